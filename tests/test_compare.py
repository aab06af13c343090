"""Tests for the compare pipeline and the ``framing compare`` / ``framing demo`` commands."""
from __future__ import annotations

import csv
import filecmp
import json
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats as ss

import framing.cli.compare  # noqa: F401 - registers the subcommands
from framing.study import stats
from framing.cli import main
from framing.study.compare import (
    CompareError,
    CompareSettings,
    compare,
    compare_documents,
    group_summary,
    omnibus_tests,
    pairwise_tests,
    report_signature,
)
from framing.corpus import Document

OUTLETS = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]
MEASURES = "loaded_per_1k,hedge_per_1k,vague_source_share"
NEUTRAL = "The minister Ana Ruiz said the budget would grow by 40 million crowns. "
HEDGED = "Officials suggested the plan may perhaps cost about 40 million, sources said. "
LOADED = "Critics claimed the shameful, disgraceful scheme was an outrageous sham. "


def article(k: int, level: int) -> str:
    """More loaded and less neutral text as the outlet level rises (0..6)."""
    parts = []
    for s in range(6):
        r = (k * 2 + s * 3) % 7
        parts.append(LOADED if r < level else (HEDGED if r % 2 else NEUTRAL))
    return "".join(parts)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        n = 0
        for level, outlet in enumerate(OUTLETS):
            for k in range(4):
                fh.write(json.dumps({"id": f"d{n}", "text": article(k, level), "outlet": outlet,
                                     "conflict": (k + level) % 2}) + "\n")
                n += 1
        fh.write(json.dumps({"id": "orphan", "text": NEUTRAL, "outlet": ""}) + "\n")
    return path


def run(args, capsys):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


# --------------------------------------------------------------------------- the CLI, twice


@pytest.fixture(scope="module")
def two_runs(corpus, tmp_path_factory):
    base = tmp_path_factory.mktemp("runs")
    outs = []
    for name in ("r1", "r2"):
        out = base / name
        status = main(["compare", str(corpus), "--group-column", "outlet", "-o", str(out),
                       "--measures", MEASURES, "--frame-columns", "conflict", "--resamples", "300",
                       "--per-document", "csv", "--evidence", "1", "--figure-formats", "svg",
                       "--min-group-size", "2", "-q"])
        assert status == 0
        outs.append(out)
    return outs


def test_compare_writes_a_complete_report(two_runs):
    out = two_runs[0]
    for name in ("report.html", "report.md", "signature.txt", "references.bib", "methods.tex",
                 "config.json", "fingerprint.json", "documents.csv", "tables/group_summary.csv",
                 "tables/group_summary.tex", "tables/pairwise_tests.csv", "tables/keyness.csv",
                 "tables/frame_prevalence.csv", "figures/measures.svg", "figures/frames.svg",
                 "figures/keyness_loaded.svg"):
        assert (out / name).is_file(), name
    assert not (out / "figures" / "measures.png").exists()  # --figure-formats svg
    fp = json.loads((out / "fingerprint.json").read_text())
    assert (fp["n_documents_read"], fp["n_documents"], fp["n_without_group"]) == (29, 28, 1)
    summary = pd.read_csv(out / "tables" / "group_summary.csv")
    assert sorted(summary.group.unique()) == OUTLETS
    assert set(summary.measure) == set(MEASURES.split(",")) | {"conflict"}


def test_two_runs_give_identical_tables_and_signature(two_runs):
    a, b = two_runs
    names = sorted(p.name for p in (a / "tables").iterdir())
    match, mismatch, errors = filecmp.cmpfiles(a / "tables", b / "tables", names, shallow=False)
    assert not mismatch and not errors and len(match) == len(names) > 8
    for name in ("signature.txt", "config.json", "fingerprint.json", "documents.csv",
                 "references.bib", "methods.tex", "report.md", "report.html"):
        assert filecmp.cmp(a / name, b / name, shallow=False), name


def test_seven_groups_are_compared_pairwise(two_runs):
    pw = pd.read_csv(two_runs[0] / "tables" / "pairwise_tests.csv")
    assert len(pw) == 4 * 21  # 3 measures and one frame, 21 pairs each
    # the selective procedure: within each measure's 21 pairs, BH times measures / selected
    om = pd.read_csv(two_runs[0] / "tables" / "omnibus_tests.csv").set_index("measure")
    selected = om.q_value < 0.05
    scale = len(om) / max(int(selected.sum()), 1)
    for m, part in pw.groupby("measure"):
        want = np.minimum(stats.benjamini_hochberg(part.p_value.to_numpy()) * scale, 1)
        assert np.allclose(part.q_value, want)
        assert (part.omnibus_significant == selected[m]).all()
        assert (part.significant == (selected[m] & (part.q_value < 0.05))).all()
    loaded = pd.read_csv(two_runs[0] / "tables" / "group_summary.csv").query("measure == 'loaded_per_1k'")
    assert loaded.set_index("group")["mean"].idxmax() == "Golf"


def test_signature_file_matches_report(two_runs):
    out = two_runs[0]
    sig = (out / "signature.txt").read_text(encoding="utf-8")
    assert sig.endswith("\n") and sig.count("\n") == 1
    sig = sig.strip()
    assert sig.startswith("framing:") and "|group:outlet|" in sig and "|seed:0" in sig
    assert f"<code id=\"signature\">{sig}</code>" in (out / "report.html").read_text(encoding="utf-8")
    assert f"`{sig}`" in (out / "report.md").read_text(encoding="utf-8")


def test_different_seed_changes_intervals_but_not_tests(corpus):
    kw = dict(measures=MEASURES.split(","), n_resamples=300, min_group_size=2)
    a = compare(corpus, "outlet", **kw, seed=1)
    b = compare(corpus, "outlet", **kw, seed=2)
    assert not np.allclose(a.summary.ci_low.fillna(0), b.summary.ci_low.fillna(0))
    assert np.allclose(a.summary["mean"], b.summary["mean"])
    assert a.pairwise.p_value.equals(b.pairwise.p_value)
    assert a.signature != b.signature


def test_jobs_give_the_same_result(corpus):
    kw = dict(measures=["loaded_per_1k"], n_resamples=200, evidence_per_group=0, min_group_size=2)
    one = compare(corpus, "outlet", **kw)
    two = compare(corpus, "outlet", jobs=2, **kw)
    pd.testing.assert_frame_equal(one.summary, two.summary)
    pd.testing.assert_frame_equal(one.keyness, two.keyness)


# --------------------------------------------------------------------------- statistics tables


@pytest.fixture
def table():
    rng = np.random.default_rng(0)
    return pd.DataFrame({"g": np.repeat(["a", "b", "c"], [12, 9, 10]),
                         "x": rng.normal(size=31) + np.repeat([0.0, 1.0, 0.2], [12, 9, 10]),
                         "y": np.where(rng.uniform(size=31) < 0.2, np.nan, rng.uniform(size=31))})


def test_group_summary_matches_pandas(table):
    s = group_summary(table, "g", ["x", "y"], n_resamples=200)
    ref = table.groupby("g")[["x", "y"]].agg(["mean", "count", "median", "std"])
    for rec in s.to_dict("records"):
        assert rec["mean"] == pytest.approx(ref.loc[rec["group"], (rec["measure"], "mean")])
        assert rec["n"] == ref.loc[rec["group"], (rec["measure"], "count")]
        assert rec["sd"] == pytest.approx(ref.loc[rec["group"], (rec["measure"], "std")])
        assert rec["ci_low"] <= rec["mean"] <= rec["ci_high"]


def test_pairwise_tests_match_scipy(table):
    t = pairwise_tests(table, "g", ["x", "y"])
    assert list(t[["group_a", "group_b"]].itertuples(index=False, name=None))[:3] == [
        ("a", "b"), ("a", "c"), ("b", "c")]
    for rec in t.to_dict("records"):
        x = table.loc[table.g == rec["group_a"], rec["measure"]].dropna()
        y = table.loc[table.g == rec["group_b"], rec["measure"]].dropna()
        ref = ss.mannwhitneyu(x, y, alternative="two-sided")
        assert rec["p_value"] == pytest.approx(ref.pvalue)
        assert rec["cliffs_delta"] == pytest.approx(stats.cliffs_delta(x, y))
    assert np.allclose(t.q_value, ss.false_discovery_control(t.p_value))


def test_permutation_option(table):
    t = pairwise_tests(table, "g", ["x"], test="permutation", n_permutations=999, seed=3)
    assert t.equals(pairwise_tests(table, "g", ["x"], test="permutation", n_permutations=999, seed=3))
    assert (t.p_value >= 1 / 1000).all()


def test_omnibus_matches_scipy(table):
    o = omnibus_tests(table, "g", ["x"])
    ref = ss.kruskal(*[table.loc[table.g == g, "x"] for g in "abc"])
    assert o.loc[0, "H"] == pytest.approx(ref.statistic)
    assert o.loc[0, "p_value"] == pytest.approx(ref.pvalue)


def test_report_signature_names_the_settings():
    from framing.settings import AnalyzerSettings, Signature

    s = CompareSettings("leaning", seed=4, n_resamples=500, test="permutation", n_permutations=999,
                        ci_method="percentile")
    assert report_signature(Signature({"framing": "0.1.0"}), s).format() == (
        "framing:0.1.0|group:leaning|ci:percentile-500-0.95|test:permutation-999|fdr:selective-bh-0.05|"
        "keyness:logodds-dirichlet-1-min5|data:duplicates-kept-min5|seed:4")
    mine = AnalyzerSettings.create(lexicons=["hedges"], attribution=None)
    assert report_signature(mine, CompareSettings("leaning")).format().startswith(
        "framing:0.1.0|lex:hedges@1.1|tok:rules-1|voice:on|attribution:off|group:leaning|ci:bca-2000")


@pytest.mark.parametrize("kwargs, match", [
    ({"test": "t-test"}, r"unknown test 't-test'; valid options are \['mannwhitney', 'permutation'\]"),
    ({"n_resamples": 3}, "n_resamples must be an integer >= 10"),
    ({"fdr_level": 2}, "fdr_level must be between 0 and 1"),
    ({"groups": ["a", "a"]}, "listed twice"),
])
def test_settings_are_validated(kwargs, match):
    with pytest.raises(CompareError, match=match):
        CompareSettings("g", **kwargs)


def test_compare_documents_errors():
    docs = [Document("1", "Critics said so.", {"outlet": "A"}), Document("2", "He said it.", {"outlet": "A"})]
    with pytest.raises(CompareError, match="needs at least two"):
        compare_documents(docs, "outlet", min_group_size=1)
    with pytest.raises(CompareError, match=r"no column 'leaning'; columns present: \['outlet'\]"):
        compare_documents(docs, "leaning")
    bad = [Document("1", "x y", {"g": "A", "f": "maybe"}), Document("2", "x y", {"g": "B", "f": 1})]
    with pytest.raises(CompareError, match="frame column 'f' holds 'maybe'"):
        compare_documents(bad, "g", frame_columns=["f"], min_group_size=1)
    many = [Document(str(k), "Some text.", {"g": str(k)}) for k in range(5)]
    with pytest.raises(CompareError, match="5 distinct values; compare handles up to 3"):
        compare_documents(many, "g", max_groups=3)


# --------------------------------------------------------------------------- CLI errors


def test_cli_unknown_group_names_the_typo_and_the_valid_groups(corpus, tmp_path, capsys):
    """Issue 12: "--groups Alpha,Bravoo" said "column has 1 group" instead of naming the typo."""
    status, _, err = run(["compare", corpus, "--group-column", "outlet", "--groups", "Alpha,Bravoo",
                          "-o", tmp_path / "r"], capsys)
    assert status == 1 and err.count("\n") == 1
    assert "unknown group ['Bravoo'] in column 'outlet'; its groups are ['Alpha', 'Bravo'" in err


def test_cli_missing_group_column_is_one_line(corpus, tmp_path, capsys):
    status, out, err = run(["compare", corpus, "--group-column", "leaning", "-o", tmp_path / "r"], capsys)
    assert status == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "no column 'leaning'; columns present: ['outlet', 'conflict']" in err


@pytest.mark.parametrize("extra, message", [
    (["--resamples", "0"], "--resamples: must be at least 10"),
    (["--confidence", "95"], "must lie strictly between 0 and 1"),
    (["--test", "ttest"], "invalid choice: 'ttest'"),
    (["--figure-formats", "png,gif"], "unknown format 'gif'; valid options are png, svg, pdf"),
])
def test_cli_bad_option_values_are_usage_errors(corpus, tmp_path, capsys, extra, message):
    status, _, err = run(["compare", corpus, "--group-column", "outlet", "-o", tmp_path / "r"] + extra,
                         capsys)
    assert status == 2 and message in err and err.count("\n") == 1


def test_cli_needs_an_output_folder(corpus, capsys):
    status, _, err = run(["compare", corpus, "--group-column", "outlet"], capsys)
    assert status == 2 and "give the report folder with -o DIR" in err


def test_cli_refuses_a_foreign_folder(corpus, tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    status, _, err = run(["compare", corpus, "--group-column", "outlet", "-o", tmp_path,
                          "--measures", "loaded_per_1k", "--min-group-size", "2", "-q"], capsys)
    assert status == 1 and "holds no framing report" in err
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_cli_txt_input_has_no_group_column(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Critics said so.", encoding="utf-8")
    status, _, err = run(["compare", tmp_path / "a.txt", "--group-column", "outlet", "-o",
                          tmp_path / "r"], capsys)
    assert status == 1 and "compare needs a tabular input" in err


def test_cli_help_lists_the_commands(capsys):
    status, out, _ = run(["--help"], capsys)
    assert status == 0 and "compare" in out and "demo" in out
    status, out, _ = run(["compare", "--help"], capsys)
    assert status == 0 and "--group-column" in out


# --------------------------------------------------------------------------- the demo


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.images, self.stack = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "img":
            self.images.append(dict(attrs)["src"])


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "report"
    assert main(["demo", "-o", str(out), "-q"]) == 0
    return out


def test_demo_report_opens(demo):
    html = (demo / "report.html").read_text(encoding="utf-8")
    p = _Parser()
    p.feed(html)
    p.close()
    assert p.tags[0] == "html" and "script" not in p.tags
    assert len(p.images) >= 7 and all(src.startswith("data:image/svg+xml;base64,") for src in p.images)
    assert "Fictional data" in html
    assert html.count('class="evidence"') == 8  # two documents per outlet
    assert (demo / "signature.txt").read_text().strip() in html
    assert (demo / "figures" / "measures.png").is_file() and (demo / "figures" / "frames.svg").is_file()


def test_demo_shows_the_designed_contrasts(demo):
    s = pd.read_csv(demo / "tables" / "group_summary.csv")
    top = {m: s[s.measure == m].set_index("group")["mean"].idxmax() for m in s.measure.unique()}
    assert top["loaded_per_1k"] == "Northgate Courier"
    assert top["hedge_per_1k"] == "Meridian Daily"
    assert top["vague_source_share"] == "Meridian Daily"
    assert top["booster_per_1k"] == "Civic Sentinel"
    assert top["distancing_cue_share"] == "Civic Sentinel"
    assert top["named_source_share"] == "Harbour Ledger"
    assert top["human_interest"] == "Northgate Courier"
    key = pd.read_csv(demo / "tables" / "keyness.csv")
    cues = key[(key.layer == "cue")]
    assert cues[cues.group == "Harbour Ledger"].iloc[0].term == "said"
    assert cues[cues.group == "Civic Sentinel"].iloc[0].term == "claimed"
    fp = json.loads((demo / "fingerprint.json").read_text())
    assert fp["n_documents"] == 40 and len(fp["inputs"][0]["sha256"]) == 64


def test_keyness_shows_significant_frequent_terms_both_ways(demo):
    """Issue 12: no rare or non-significant term is shown; terms a group avoids are shown too
    (the methods text says so), in the charts' data, the tables and the report."""
    key = pd.read_csv(demo / "tables" / "keyness.csv")
    shown = key[key.shown]
    assert len(shown) and (shown.z.abs() >= 1.96).all()
    assert ((shown.z > 0) & (shown["count"] >= 5) | (shown.z < 0) & (shown.count_rest >= 5)).all()
    hidden = key[~key.shown]
    assert ((hidden.z.abs() < 1.96) | (hidden.z > 0) & (hidden["count"] < 5)
            | (hidden.z < 0) & (hidden.count_rest < 5)).all()
    assert (key["count"] + key.count_rest >= 5).all()  # the table holds no term that cannot show
    avoided = shown[(shown.layer == "cue") & (shown.z < 0)]
    assert "said" in set(avoided[avoided.group == "Civic Sentinel"].term)
    md = (demo / "report.md").read_text(encoding="utf-8")
    assert "used less (z)" in md and "said (-" in md
    html = (demo / "report.html").read_text(encoding="utf-8")
    assert "used less (z)" in html and "at least 5 uses" in html
    assert ("Rates, counts and shares are drawn from zero; the axes of Flesch reading ease "
            "(scores on their own scale) do not start at zero") in html


def test_keyness_titles_count_all_of_a_groups_terms(demo):
    """A panel title counts every loaded word of the group, also those too rare to be kept in
    keyness.csv (a neutral outlet with two loaded words said "0 loaded words")."""
    import re

    svg = (demo / "figures" / "keyness_loaded.svg").read_text(encoding="utf-8")
    counts = [int(n) for n in re.findall(r"(\d+) loaded words", svg)]
    docs = pd.read_csv(demo / "documents.csv")
    per_group = docs.groupby("outlet")["loaded_per_1k"].sum()
    assert len(counts) == 4 and all(n > 0 for n in counts), counts
    assert (per_group > 0).all()


def test_demo_documents_have_scores_not_text(demo):
    with open(demo / "documents.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert "text" not in header and {"id", "outlet", "loaded_per_1k", "conflict"} <= set(header)
    assert pd.read_parquet(demo / "documents.parquet").shape[0] == 40


# --------------------------------------------------------------------------- the study scripts


def load_study(name):
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "experiments" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["study_polnear", "study_mbic_babe", "study_frames",
                                  "study_polnear_candidates"])
def test_studies_explain_missing_data(name, tmp_path, capsys):
    assert load_study(name).main(["--data", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "not found; give the data folder with --data" in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_polnear_study_reads_seven_publishers(shared_data):
    docs, gold_cues, gold_words = load_study("study_polnear").documents(shared_data)
    assert len(docs) == 924
    assert len({d.meta["publisher"] for d in docs}) == 7 == len(gold_cues)
    assert all(d.meta["gold_attributions_per_1k"] > 0 for d in docs[:50])
    assert gold_cues["Breitbart"]["said"] > 100 and min(gold_words.values()) > 50000


def test_mbic_babe_study_documents(shared_data):
    study = load_study("study_mbic_babe")
    mbic = study.mbic_documents(shared_data)
    assert len(mbic) == 793 and {d.meta["leaning"] for d in mbic} == {"left", "center", "right"}
    babe = study.babe_documents(shared_data)
    assert len(babe) == 2892 and {d.meta["gold_biased"] for d in babe} == {0.0, 1.0, None}


def test_no_pairwise_difference_is_significant_where_the_omnibus_test_is_not():
    """Issue 12: Kruskal-Wallis q = 0.06 for x, yet plain BH over all pairwise tests called
    a vs b significant (q = 0.044). Under the selective procedure it is not, and the findings
    and the pairwise table agree."""
    from framing.study.compare import gate_pairwise, omnibus_tests, pairwise_tests

    rng = np.random.default_rng(11)
    g = np.repeat(list("abcd"), 15)
    x = rng.normal(size=60)
    x[g == "a"] += 0.5
    df = pd.DataFrame({"g": g, "x": x, "y": rng.normal(size=60)})
    plain = pairwise_tests(df, "g", ["x", "y"])
    om = omnibus_tests(df, "g", ["x", "y"])
    assert plain.significant.sum() == 1 and (om.q_value >= 0.05).all()  # the premise
    gated = gate_pairwise(plain, om)
    assert not gated.significant.any() and not gated.omnibus_significant.any()
    assert list(gated.columns) == list(plain.columns) + ["omnibus_significant"]


def test_selective_bh_is_bh_at_the_reduced_level_within_selected_families():
    """Against a direct step-up implementation: reject the k smallest p-values of a selected
    family, k the largest i with p_(i) <= i * level * R / (m * n)."""
    def step_up(p, level):
        p = np.asarray(p)
        order = np.sort(p)
        ok = np.nonzero(order <= level * np.arange(1, len(p) + 1) / len(p))[0]
        return p <= order[ok[-1]] if len(ok) else np.zeros(len(p), bool)

    rng = np.random.default_rng(3)
    for _ in range(200):
        m = int(rng.integers(1, 6))
        fam = rng.uniform(0, 0.1, m) ** rng.uniform(0.5, 3)
        kids = [rng.uniform(0, 1, int(rng.integers(1, 8))) ** 3 for _ in range(m)]
        _, selected, _, rejected = stats.selective_bh(fam, kids, 0.05)
        assert np.array_equal(selected, step_up(fam, 0.05))
        R = int(selected.sum())
        for sel, k, rej in zip(selected, kids, rejected):
            want = step_up(k, 0.05 * R / m) if sel else np.zeros(len(k), bool)
            assert np.array_equal(rej, want)


def test_data_checks_on_real_news(shared_data, tmp_path, capsys):
    """Issue 12: PolNeAR dev articles by publisher with 6 planted duplicates and a one-article
    publisher: both are warned about on stderr and in the report; the small group is left out
    (refused with --strict); --dedupe drops the duplicates."""
    files = sorted((shared_data / "polnear" / "dev" / "text").glob("*.txt"))
    by_pub = {}
    for p in files:
        by_pub.setdefault(p.name.split("_")[0], []).append(p)
    meta = pd.read_csv(shared_data / "polnear" / "metadata.tsv", sep="\t").set_index("filename")

    def focus(stem):  # which candidate an article names more often: a covariate
        t, c = meta.loc[stem, "trump_count"], meta.loc[stem, "clinton_count"]
        return "trump" if t > c else "clinton" if c > t else "neither"

    rows = [{"id": p.stem, "publisher": pub, "focus": focus(p.stem),
             "text": p.read_text(encoding="utf-8")}
            for pub in ("nyt", "breitbart", "politico") for p in by_pub[pub][:6]]
    rows += [{"id": f"copy{k}", "publisher": r["publisher"], "focus": r["focus"], "text": r["text"]}
             for k, r in enumerate(rows[::3])]  # 6 planted duplicates
    german = [  # two German articles (written for this test), filed under nyt
        "Die Bundesregierung hat am Montag in Berlin ein neues Klimapaket vorgestellt. Die "
        "Opposition kritisierte die Vorschläge als unzureichend und sprach von einem "
        "Wahlkampfmanöver. Der Umweltminister verteidigte die Pläne vor Journalisten und "
        "kündigte weitere Gespräche mit den Ländern und den Verbänden an.",
        "Nach wochenlangen Verhandlungen haben sich die Koalitionspartner auf einen Haushalt "
        "geeinigt. Die Finanzministerin sagte, die Schuldenbremse werde eingehalten, während "
        "Kritiker vor Kürzungen bei Bildung und Infrastruktur warnten. Der Bundestag soll im "
        "Dezember über den Entwurf abstimmen.",
    ]
    rows += [{"id": f"de{k}", "publisher": "nyt", "focus": "neither", "text": t}
             for k, t in enumerate(german)]
    lone = by_pub["usa-today"][0]
    rows.append({"id": lone.stem, "publisher": "usa-today", "focus": focus(lone.stem),
                 "text": lone.read_text(encoding="utf-8")})
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    base = ["compare", src, "--group-column", "publisher", "--covariates", "focus",
            "--measures", "hedge_per_1k,vague_source_share", "--resamples", "50", "--evidence",
            "0", "--per-document", "none", "--figure-formats", "svg", "-q"]
    status, _, err = run(base + ["-o", tmp_path / "rep"], capsys)
    assert status == 0, err
    warnings = [line for line in err.splitlines() if line.startswith("framing: warning: ")]
    assert len(warnings) == 3, err
    assert "6 documents repeat the exact text of an earlier one" in warnings[0]
    assert "--dedupe drops them" in warnings[0]
    assert ("2 documents are not in English (de 2; e.g. de0 (de), de1 (de)); their measures are "
            "missing") in warnings[1]
    assert "fewer than 5 documents left out of the comparison (--min-group-size): usa-today (1)" in warnings[2]
    md = (tmp_path / "rep" / "report.md").read_text(encoding="utf-8")
    html = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    for phrase in ("6 documents repeat the exact text of an earlier one",
                   "2 documents are not in English",
                   "left out of the comparison (--min-group-size): usa-today (1)"):
        assert phrase in md.split("## Data checks")[1].split("##")[0] and phrase in html
    summary = pd.read_csv(tmp_path / "rep" / "tables" / "group_summary.csv")
    assert set(summary.group) == {"nyt", "breitbart", "politico"}
    # 18 articles and 6 copies have measures; the German articles' are missing
    assert summary.query("measure == 'hedge_per_1k'").n.sum() == 24
    # covariate-adjusted contrasts: both models, a section of the report, the methods text
    adj = pd.read_csv(tmp_path / "rep" / "tables" / "adjusted_contrasts.csv")
    assert set(adj.measure) == {"hedge_per_1k", "vague_source_share"} and len(adj) == 4
    assert set(adj.model) == {"ols-hc3", "fractional-logit-hc3"} and set(adj.reference) == {"breitbart"}
    assert not (adj.significant & ~adj.omnibus_significant).any()
    assert "Covariate-adjusted contrasts against breitbart (adjusted for focus)" in html
    assert "fractional logit" in md and "|adjusted:focus|" in (tmp_path / "rep" / "signature.txt").read_text()
    pw = pd.read_csv(tmp_path / "rep" / "tables" / "pairwise_tests.csv")
    assert not (pw.significant & ~pw.omnibus_significant).any()
    status, _, err = run(base + ["-o", tmp_path / "dedup", "--dedupe"], capsys)
    assert status == 0 and "6 dropped (--dedupe)" in err
    fp = json.loads((tmp_path / "dedup" / "fingerprint.json").read_text())
    assert (fp["n_duplicates"], fp["n_duplicates_dropped"], fp["n_documents"]) == (6, 6, 20)
    assert [d["language"] for d in fp["not_in_english"]] == ["de", "de"]
    status, _, err = run(base + ["-o", tmp_path / "strict", "--strict"], capsys)
    assert status == 1 and err.count("\n") == 1
    assert "fewer than 5 documents (--min-group-size): usa-today (1); refused (--strict)" in err
