"""A small, fast run of experiments/evaluate_analyzers.py on the shared gold data.

5 PolNeAR articles per split, 200 sentences of each sentence corpus (evenly spaced, so both
labels occur), 60 bootstrap resamples. Checks that every evaluation runs, that the metrics are
computed and sane, and that the report and its files are written. Skipped where ../shared/data
is absent.
"""
from __future__ import annotations

import math

import pytest

from conftest import load_experiment



def _load_script():
    return load_experiment("evaluate_analyzers")


@pytest.fixture(scope="module")
def small_run(shared_data, tmp_path_factory):
    mod = _load_script()
    out = tmp_path_factory.mktemp("evaluation")
    res = mod.run(shared_data, out, n_boot=60, seed=0, limit=200, polnear_limit=5,
                  cmd="python experiments/evaluate_analyzers.py --limit 200 --polnear-limit 5")
    return mod, out, res


def _value(df, **kw):
    sub = df
    for k, v in kw.items():
        sub = sub[sub[k] == v]
    assert len(sub) == 1, kw
    return sub.iloc[0]


def test_files_written(small_run):
    _, out, _ = small_run
    for name in ("README.md", "results.csv", "terms.csv", "mbic_articles.csv", "signature.txt",
                 "f1_overview.png", "precision_recall.png"):
        assert (out / name).stat().st_size > 0, name
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "## Targets: reached / not reached" in readme
    assert "--limit 200" in readme
    sig = (out / "signature.txt").read_text(encoding="utf-8").splitlines()
    import framing

    assert sig[0] == framing.signature()
    assert any(line.startswith("hedges@") and "sha256:" in line for line in sig)
    assert any(line.startswith("reference hyland2005 sha256:") for line in sig)


def test_every_evaluation_produced_rows(small_run):
    _, _, res = small_run
    df = res["results"]
    assert set(df["task"]) >= {"attribution", "uncertainty", "loaded", "bias (sentence)",
                               "articles vs sentences", "speculation cues"}
    assert set(df["dataset"]) >= {"PolNeAR", "CoNLL-2010 Wikipedia", "BABE", "MBIC",
                                  "BioScope", "SFU Review"}
    assert set(df["system"]) >= {"framing", "hyland2005", "islam2020_hedges",
                                 "riloff2003_strong", "recasens2013_bias", "report_verbs"}


def test_metrics_are_sane(small_run):
    _, _, res = small_run
    df = res["results"]
    prf = df[df.metric.str.contains("precision|recall|f1")]
    assert prf["estimate"].between(0, 1).all()
    assert (prf["low"] <= prf["estimate"] + 1e-9).all()
    assert (prf["estimate"] <= prf["high"] + 1e-9).all()
    # F1 recomputed from the stored counts
    f1 = prf[prf.metric.str.endswith("f1") & (prf.tp + prf.fp + prf.fn > 0)]
    for r in f1.itertuples():
        assert math.isclose(r.estimate, 2 * r.tp / (2 * r.tp + r.fp + r.fn), abs_tol=1e-9)
    # better than nothing on every headline task, even on a small sample
    assert _value(df, dataset="CoNLL-2010 Wikipedia", split="train", system="framing",
                  metric="f1").estimate > 0.3
    assert _value(df, dataset="BABE", system="framing", subset="all sentences",
                  metric="f1").estimate > 0.2
    assert _value(df, dataset="PolNeAR", split="dev", system="framing", subset="author",
                  metric="cue_precision").estimate > 0.5
    k = _value(df, dataset="CoNLL-2010 Wikipedia", split="train", system="framing",
               metric="cohen_kappa")
    assert -1 <= k.estimate <= 1 and k.low <= k.estimate <= k.high
    rho = df[df.metric == "spearman_rho"]
    assert len(rho) >= 3 and rho["estimate"].between(-1, 1).all()


def test_author_voice_subset_is_no_larger_than_all(small_run):
    _, _, res = small_run
    df = res["results"]
    for split in ("dev", "train"):
        a = _value(df, dataset="PolNeAR", split=split, system="framing", subset="author",
                   metric="cue_precision")
        b = _value(df, dataset="PolNeAR", split=split, system="framing", subset="all",
                   metric="cue_precision")
        assert a.tp + a.fp <= b.tp + b.fp


def test_evaluation_is_deterministic(small_run, shared_data):
    mod, _, _ = small_run
    sysm = mod.Systems(shared_data)
    r1, _ = mod.eval_conll(shared_data, sysm, 50, 0, 100)
    r2, _ = mod.eval_conll(shared_data, sysm, 50, 0, 100)
    import pandas as pd

    assert pd.DataFrame([x.as_dict() for x in r1]).equals(pd.DataFrame([x.as_dict() for x in r2]))


def test_take_keeps_evenly_spaced_items():
    mod = _load_script()
    assert mod.take(list(range(10)), 5) == [0, 2, 4, 6, 8]
    assert mod.take([1, 2], None) == [1, 2]
    assert mod.take([1, 2], 5) == [1, 2]


def test_missing_data_folder_is_a_clean_error(tmp_path, capsys):
    mod = _load_script()
    assert mod.main(["--data", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 1
    assert "data folder not found" in capsys.readouterr().err


def test_source_types_and_stances_against_the_hand_labels(small_run):
    """The 300 hand labels of experiments/annotation are scored (accuracy and kappa with CIs),
    and the bundled tagger is scored on the dev articles."""
    mod, out, res = small_run
    import pandas as pd

    df = pd.read_csv(out / "results.csv")
    for subset in ("source type", "cue stance"):
        acc = _value(df, task="source type and stance", system="framing", subset=subset,
                     metric="accuracy")
        assert acc.n_units == 300 and 0.5 < acc.estimate <= 1 and acc.low <= acc.estimate <= acc.high
        kappa = _value(df, task="source type and stance", system="framing", subset=subset,
                       metric="cohen_kappa")
        assert 0 < kappa.estimate <= 1
    human = _value(df, task="source type and stance", system="annotator 1 vs 2",
                   subset="source type", metric="accuracy")
    assert human.n_units == 60
    tagged = _value(df, dataset="PolNeAR", split="dev", system=mod.TAGGER_SYSTEM, metric="cue_f1")
    assert 0.3 < tagged.estimate <= 1
    assert "Source types and cue stances" in (out / "README.md").read_text(encoding="utf-8")
