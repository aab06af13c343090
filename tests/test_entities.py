"""Entity-centred measures (issue 14, first part): --entity / --entities in analyze and score."""
import csv
import json

import pytest

from framing.analyzer import Analyzer
from framing.cli.main import main
from framing.entities import Entity, entity_counts, parse_entity, read_entities
from framing.errors import InputError, SettingsError
from framing.settings import AnalyzerSettings

TEXT = ("Critics claimed that Smith lied. Smith said the plan was a disgrace. "
        "\u201cJones is a crook,\u201d Smith said. Anna Jones denied it.")


def _analysis(**kw):
    s = AnalyzerSettings.create(entities=["Smith=Smith", "Jones=(Anna )?Jones"],
                                attribution_backend="rules", readability=False, **kw)
    return Analyzer(s).analyze(TEXT, "d1")


def test_counts_by_voice_source_content_and_nearby_loaded_words():
    rec = _analysis().to_dict()["entities"]
    smith, jones = rec["Smith"], rec["Jones"]
    assert smith["mentions"] == {"author": 3, "quoted": 0}
    assert smith["as_source"] == 2 and smith["stances"] == {"neutral": 2}
    assert smith["source_types"] == {"named": 2}
    # "Critics claimed that Smith lied": Smith is in the content of a vague source's claim
    assert smith["in_content"] == {"n": 1, "by": {"vague": 1}}
    # loaded words of the author's voice in Smith's sentences: "lied", "disgrace" ("crook" is quoted)
    assert smith["loaded_near"] == 2
    assert jones["mentions"] == {"author": 1, "quoted": 1}
    assert jones["as_source"] == 1 and jones["in_content"] == {"n": 1, "by": {"named": 1}}


def test_score_columns_and_signature():
    a = _analysis()
    assert a.scores["entity.Smith.as_source"] == 2
    assert a.scores["entity.Smith.as_source_per_mention"] == round(2 / 3, 4)
    assert a.scores["entity.Jones.mentions_quoted"] == 1
    assert a.scores["entity.Smith.nonneutral_share"] == 0.0
    assert "|entities:Smith,Jones#" in a.signature
    assert list(a.scores)[-1] == "entity.Jones.loaded_near_per_mention"
    # no entity: no key, no column, the signature as before
    plain = Analyzer(AnalyzerSettings.create(attribution_backend="rules",
                                             readability=False)).analyze(TEXT)
    assert "entities" not in plain.to_dict() and not any(k.startswith("entity.")
                                                          for k in plain.scores)
    assert "entities:" not in plain.signature


def test_rates_per_mention_are_missing_without_a_mention():
    a = Analyzer(AnalyzerSettings.create(entities=["Smith=Smith"], readability=False)
                 ).analyze("Nobody said anything.")
    assert a.scores["entity.Smith.mentions"] == 0
    assert a.scores["entity.Smith.as_source_per_mention"] is None
    assert a.scores["entity.Smith.nonneutral_share"] is None


def test_case_sensitive_by_default():
    counts = entity_counts("Trump said it would trump them.", [(0, 31, 0)],
                           lambda s, e: "author", [], [], [Entity("Trump", "Trump")])
    assert counts["Trump"].mentions == 1
    loose = Entity("Trump", "Trump", ignore_case=True)
    assert len(loose.regex.findall("Trump said it would trump them.")) == 2


@pytest.mark.parametrize("option, message", [
    ("Smith", "expected NAME=REGEX"),
    ("Smith=(", "bad regular expression"),
    ("Smith=a*", "matches the empty string"),
    ("2x=Smith", "must match"),
])
def test_bad_entity_options(option, message):
    with pytest.raises(SettingsError, match=message):
        parse_entity(option)


def test_duplicate_entity_names():
    with pytest.raises(SettingsError, match="'Smith' is given twice"):
        AnalyzerSettings.create(entities=["Smith=Smith", "Smith=John Smith"])


def test_entities_files(tmp_path):
    toml = tmp_path / "actors.toml"
    toml.write_text('[Trump]\npattern = "(Donald )?Trump"\n\n[Clinton]\npattern = "Clinton"\n'
                    'aliases = ["HRC"]\nignore_case = true\n', encoding="utf-8")
    got = read_entities(toml)
    assert [(e.name, e.aliases, e.ignore_case) for e in got] == [
        ("Trump", (), False), ("Clinton", ("HRC",), True)]
    table = tmp_path / "actors.csv"
    with open(table, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "pattern", "aliases"])
        w.writerow(["Trump", "(Donald )?Trump", "The Donald; DJT"])
    assert read_entities(table)[0].aliases == ("The Donald", "DJT")
    bad = tmp_path / "bad.toml"
    bad.write_text('[Trump]\npattern = "Trump"\n[Clinton]\npattern = "(Clinton"\n',
                   encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.toml:3: entity Clinton: bad regular"):
        read_entities(bad)
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("name,pattern\nTrump,Trump\nTrump,Donald\n", encoding="utf-8")
    with pytest.raises(InputError, match="given twice"):
        read_entities(bad_csv)


def test_cli_analyze_and_score(tmp_path, capsys):
    doc = tmp_path / "d.txt"
    doc.write_text(TEXT, encoding="utf-8")
    ents = tmp_path / "e.toml"
    ents.write_text('[Jones]\npattern = "(Anna )?Jones"\n', encoding="utf-8")
    out = tmp_path / "d.jsonl"
    assert main(["analyze", str(doc), "-o", str(out), "--entity", "Smith=Smith",
                 "--entities", str(ents), "--attribution", "rules", "-q"]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert list(rec["entities"]) == ["Jones", "Smith"]  # the file first, then --entity
    assert rec["entities"]["Smith"]["as_source"] == 2
    assert list(rec)[-1] == "signature" and "entities:Jones,Smith#" in rec["signature"]
    scores = tmp_path / "s.csv"
    assert main(["score", str(doc), "-o", str(scores), "--entity", "Smith=Smith",
                 "--attribution", "rules", "-q"]) == 0
    with open(scores, newline="", encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert row["entity.Smith.as_source"] == "2" and row["entity.Smith.mentions"] == "3"
    capsys.readouterr()


@pytest.mark.parametrize("args, message", [
    (["--entity", "Smith=("], "--entity 'Smith=(': entity Smith: bad regular expression"),
    (["--entity", "Smith=Smith", "--entity", "Smith=X"], "entity 'Smith' is given twice"),
    (["--entities", "missing.toml"], "missing.toml: cannot read entities"),
])
def test_cli_bad_entities_one_line(tmp_path, capsys, args, message):
    doc = tmp_path / "d.txt"
    doc.write_text(TEXT, encoding="utf-8")
    status = main(["score", str(doc), "-o", str(tmp_path / "s.csv"), *args])
    err = capsys.readouterr().err
    assert status != 0 and message in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_polnear_as_source_tracks_annotated_sources(shared_data):
    """Issue 14 acceptance: on PolNeAR dev, per article, the attributions whose source names
    Trump / Clinton track the annotators' Source spans that name them (the figures with CIs:
    experiments/evaluate_entities.py -> reports/evaluation/entities.md)."""
    from scipy.stats import spearmanr

    from conftest import load_experiment
    from framing.evaluation import read_polnear

    script = load_experiment("evaluate_entities")
    docs = read_polnear(shared_data / "polnear" / "dev", shared_data / "polnear" / "metadata.tsv")
    ents = [Entity(n, p) for n, p in script.ENTITIES.items()]
    an = Analyzer(AnalyzerSettings.create(entities=ents, readability=False))
    res = an.analyze_many([(d.text, d.id, None) for d in docs])
    for e in ents:
        ours = [a.counts.entities[e.name].as_source for a in res]
        gold = [script.gold_as_source(d, e) for d in docs]
        assert spearmanr(ours, gold)[0] >= 0.85, e.name
        assert 0.7 <= sum(ours) / sum(gold) <= 1.5, e.name


def test_entity_evaluation_needs_the_data(tmp_path, capsys):
    from conftest import load_experiment

    assert load_experiment("evaluate_entities").main(["--data", str(tmp_path)]) == 1
    assert "not found; give the data folder with --data" in capsys.readouterr().err


def test_compare_compares_entity_rates_between_groups(tmp_path):
    """compare --entity: each entity's per-mention rates and stance share are measures like the
    others (group means with CIs, the omnibus test and the selective pairwise tests), with
    labels, and their axes start at zero."""
    import pandas as pd

    corpus = tmp_path / "c.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for k in range(8):
            fh.write(json.dumps({"id": f"a{k}", "outlet": "A", "text":
                                 f"Smith said the plan was fine. Officials said Smith {k} met "
                                 "the council on Monday and the vote was held."}) + "\n")
            fh.write(json.dumps({"id": f"b{k}", "outlet": "B", "text":
                                 f"Smith claimed the disgraceful plan was fine. Critics said "
                                 f"Smith {k} lied to the council on Monday, a shameful act."})
                     + "\n")
    out = tmp_path / "report"
    assert main(["compare", str(corpus), "--group-column", "outlet", "--entity", "Smith=Smith",
                 "--attribution", "rules", "-o", str(out), "--resamples", "200",
                 "--min-group-size", "2", "-q"]) == 0
    omni = pd.read_csv(out / "tables" / "omnibus_tests.csv")
    rows = omni[omni.measure.str.startswith("entity.Smith.")]
    assert set(rows.measure) == {"entity.Smith.as_source_per_mention",
                                 "entity.Smith.nonneutral_share",
                                 "entity.Smith.loaded_near_per_mention"}
    summary = pd.read_csv(out / "tables" / "group_summary.csv")
    near = summary[summary.measure == "entity.Smith.loaded_near_per_mention"].set_index("group")
    assert near.loc["B", "mean"] > near.loc["A", "mean"] == 0
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "Smith: share of non-neutral cues when the source" in md
    assert "entities:Smith#" in (out / "signature.txt").read_text(encoding="utf-8")
    # the entity section: pooled table with CIs, figure, report sections
    ent = pd.read_csv(out / "tables" / "entities.csv").set_index("group")
    # B: "Smith claimed ..." (distancing) and "Critics said Smith lied" (Smith in content)
    assert ent.loc["B", "as_source"] == 8 and ent.loc["B", "distancing_share"] == 1.0
    assert ent.loc["A", "distancing_share"] == 0.0 and ent.loc["A", "nonneutral_share"] == 0.0
    assert ent.loc["B", "loaded_near_per_100_mentions"] > ent.loc["A",
                                                                  "loaded_near_per_100_mentions"]
    assert (ent["source_share_low"] <= ent["source_share"]).all()
    assert (ent["source_share"] <= ent["source_share_high"]).all()
    assert (out / "figures" / "entities.svg").is_file()
    assert "### Entities (pooled per group)" in md
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<h3>Entities (pooled per group)</h3>" in html
