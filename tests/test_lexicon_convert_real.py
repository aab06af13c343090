"""The real dictionaries of ../shared/data/lexicons: import without error, round trip, scoring,
and agreement with an independent LIWC/quanteda-style count (a small run of
experiments/dictionary_agreement.py). Skipped when the shared data is absent."""
from __future__ import annotations

import importlib.util
import json
import sys
import warnings

import pytest

from framing.cli import main
from framing.lexicon import load_lexicon, parse_lexicon, validate_lexicon
from framing.lexicon.convert import import_lexicon, write_lexicon

from conftest import DATA, ROOT

LEX = DATA / "lexicons"
LSD = [LEX / "lexicoder_lsd2015" / f"LSD2015_{c}.txt"
       for c in ("negative", "positive", "neg_negative", "neg_positive")]
MFD2 = LEX / "moral_foundations" / "mfd2.0.dic"
FOUNDATIONS = [f"{f}_{v}" for f in ("care", "fairness", "loyalty", "authority", "sanctity")
               for v in ("virtue", "vice")]

# file(s), entries, categories (as checked by hand against the files: MFD 2.0 lists 63 terms
# on a second line under another category; Loughran & McDonald's MODAL WORDS WEAK is empty in
# the quanteda copy; Laver & Garry's CONSERVATIVE occurs in two groups)
REAL = [
    (["moral_foundations/mfd2.0.dic"], 2040, FOUNDATIONS),
    (["moral_foundations/mft_original.dic"], 324, FOUNDATIONS + ["moral"]),
    (["moral_foundations/moral_foundations_dictionary.dic"], 324,
     ["harm_virtue", "harm_vice", "fairness_virtue", "fairness_vice", "ingroup_virtue",
      "ingroup_vice", "authority_virtue", "authority_vice", "purity_virtue", "purity_vice",
      "morality_general"]),
    (["laver_garry_2000/Laver_and_Garry_2000.cat"], 417, None),
    (["loughran_mcdonald_2014/Loughran_and_McDonald_2014.cat"], 3997,
     ["negative", "positive", "uncertainty", "litigious", "constraining", "superfluous",
      "interesting", "modal_words_strong"]),
    ([f"lexicoder_lsd2015/LSD2015_{c}.txt"
      for c in ("negative", "positive", "neg_negative", "neg_positive")], 9148,
     ["negative", "positive", "neg_negative", "neg_positive"]),
]


@pytest.fixture(scope="module")
def lexicons_dir():
    if not LEX.is_dir():
        pytest.skip("../shared/data/lexicons is not present")
    return LEX


def _entries(lex):
    return [(e.term, e.categories, e.layers, e.options, e.weight, e.note) for e in lex.entries]


@pytest.mark.parametrize("files, n_entries, categories", REAL,
                         ids=["mfd2", "mft_original", "mfd_graham", "laver_garry",
                              "loughran_mcdonald", "lsd2015"])
def test_real_dictionaries_import_without_error_and_round_trip(lexicons_dir, tmp_path, files,
                                                               n_entries, categories):
    paths = [lexicons_dir / f for f in files]
    lex = import_lexicon(paths if len(paths) > 1 else paths[0])  # on_invalid="fail"
    assert lex.meta["import"]["skipped"] == []
    assert len(lex.entries) == n_entries
    if categories is not None:
        assert list(lex.categories) == categories
    assert [i for i in validate_lexicon(lex.text) if i.level == "error"] == []
    assert _entries(parse_lexicon(lex.text)) == _entries(lex)
    for suffix in (".dic", ".cat"):
        out = tmp_path / f"x{suffix}"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            write_lexicon(lex, out)
        # no entry options or notes to lose; a .dic has no place for Laver & Garry's groups
        assert [str(w.message).split(";")[0] for w in caught] == (
            ["the LIWC .dic format cannot carry 9 layers (culture, economy, environment, "
             "groups, institutions, law_and_order, rural, urban, values), the version and the "
             "other metadata"] if "laver" in files[0] and suffix == ".dic" else [])
        again = import_lexicon(out)
        assert again.text == lex.text and _entries(again) == _entries(lex)


def test_laver_garry_groups_are_layers(lexicons_dir):
    lex = import_lexicon(lexicons_dir / "laver_garry_2000" / "Laver_and_Garry_2000.cat")
    layers = {k: c["layer"] for k, c in lex.categories.items()}
    assert layers["state_pro"] == layers["state_neutral"] == layers["state_con"] == "economy"
    assert layers["institutions_conservative"] == "institutions"
    assert layers["values_conservative"] == "values"
    assert layers["culture"] == layers["culture_high"] == "culture"
    assert layers["rural"] == "rural"


def test_lsd2015_keeps_short_and_phrase_wildcards(lexicons_dir):
    lex = import_lexicon(LSD)
    terms = {e.term: e.categories for e in lex.entries}
    assert lex.id == "lsd2015@1.0"
    assert terms["cut up*"] == ("negative",) and terms["not cut up*"] == ("neg_negative",)
    assert terms["ugh*"] == ("negative",) and terms["no man's land"] == ("negative",)
    assert terms["not heckl*"] == ("neg_negative",)  # 'heckl**' in the file


def test_cli_mfd2_import_then_score_gives_a_column_per_foundation(lexicons_dir, tmp_path,
                                                                  capsys):
    out = tmp_path / "mfd.lex"
    assert main(["lexicon", "import", str(MFD2), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "63 lines listed a term" in err and "2040 entries" in err
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": "a", "text": "He betrayed his friends and harmed the innocent."},
            {"id": "b", "text": "The priest blessed the holy water; obey the law, be fair."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    scores = tmp_path / "s.csv"
    assert main(["score", str(corpus), "--lexicon", str(out), "-o", str(scores)]) == 0
    import pandas as pd

    df = pd.read_csv(scores)
    name = load_lexicon(out).name
    for f in FOUNDATIONS:
        assert f"{name}_{f}_per_1k" in df.columns, f
    assert df.loc[0, f"{name}_loyalty_vice_per_1k"] > 0  # betrayed
    assert df.loc[1, f"{name}_sanctity_virtue_per_1k"] > 0  # holy


def _experiment():
    spec = importlib.util.spec_from_file_location(
        "dictionary_agreement", ROOT / "experiments" / "dictionary_agreement.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look the module up
    spec.loader.exec_module(mod)
    return mod


def test_simple_counter_counts_liwc_style():
    da = _experiment()
    c = da.SimpleCounter({"a": ["fair-*", "civil rights", "right*"], "b": ["rights"]})
    assert c.count("Fair-minded people defend civil rights and rights.") == ({"a": 3, "b": 2}, 7)


def test_agreement_with_an_independent_count_on_mfd2(lexicons_dir):
    if not (DATA / "mbic" / "MBIC.csv").is_file():
        pytest.skip("../shared/data/mbic is not present")
    da = _experiment()
    texts = da.mbic_texts(DATA, 30, seed=0)
    assert len(texts) == 30 and len({t for _, t in texts}) == 30
    rows, _ = da.agreement("mfd2", DATA, texts)
    assert len(rows) == 10 and all(r.pattern_overlap == 1.0 for r in rows)
    for r in rows:
        assert r.spearman is not None and r.spearman >= da.TARGET_SPEARMAN, r
        assert r.ratio is not None and abs(r.ratio - 1) <= da.TARGET_RATIO, r


@pytest.mark.parametrize("files", [f for f, _, _ in REAL],
                         ids=["mfd2", "mft_original", "mfd_graham", "laver_garry",
                              "loughran_mcdonald", "lsd2015"])
def test_compare_reports_every_category_of_an_imported_dictionary(lexicons_dir, tmp_path, capsys,
                                                                  files):
    out = tmp_path / "dict.lex"
    assert main(["lexicon", "import", *[str(lexicons_dir / f) for f in files], "-o", str(out)]) == 0
    lex = load_lexicon(out)
    mbic = DATA / "mbic" / "MBIC.csv"
    if not mbic.is_file():
        pytest.skip("../shared/data/mbic is not present")
    import pandas as pd

    df = pd.read_csv(mbic, sep=";").dropna(subset=["text", "outlet"]).drop_duplicates("text")
    df = df[df["outlet"].isin(["fox-news", "msnbc"])].groupby("outlet").head(20)
    corpus = tmp_path / "c.csv"
    df[["text", "outlet"]].to_csv(corpus, index=False)
    rep = tmp_path / "rep"
    status = main(["compare", str(corpus), "--group-column", "outlet", "-o", str(rep), "--lexicon",
                   str(out), "--resamples", "50", "--evidence", "0", "--per-document", "none",
                   "--figure-formats", "png", "-q"])
    assert status == 0, capsys.readouterr().err
    measures = set(pd.read_csv(rep / "tables" / "group_summary.csv")["measure"])
    for cat, _ in lex.span_categories():
        assert f"{lex.name}_{cat}_per_1k" in measures, cat
    assert f"lex:{lex.signature_id}+attribution@" in (rep / "signature.txt").read_text()
    assert lex.sha256 in (rep / "report.md").read_text(encoding="utf-8")
