"""A fast run of experiments/generalisation.py (issue 13) on the shared gold data.

The loaded-language part without the context model and with few bootstrap resamples (about
15 s): the acceptance of issue 13 on the tuning topics (the default loaded measure beats every
reference list in every domain x topic fold, and its macro F1 over the folds rises over loaded
1.1), and the evidence recorded in the bundled lexicons is what the shared gold gives.
Skipped where ../shared/data is absent.
"""
from __future__ import annotations


import numpy as np
import pytest

from conftest import load_experiment



def _load_script():
    return load_experiment("generalisation")


@pytest.fixture(scope="module")
def run(shared_data):
    mod = _load_script()
    return mod, mod.evaluate_loaded(shared_data, n_boot=20, seed=0, final=False,
                                    with_model=False)


def test_final_topics_were_drawn_as_documented(shared_data):
    mod = _load_script()
    domains = {d: mod.read_domain(shared_data, d) for d in mod.DOMAINS}
    assert mod.draw_final_topics(domains) == mod.FINAL_TOPICS


def test_no_final_split_without_the_flag(run):
    mod, res = run
    assert not any(c.split == "final" or c.split in mod.FINAL_TOPICS
                   for c in res["cells"] + res["topic_cells"])
    assert set(res["ld"].folds) & set(mod.FINAL_TOPICS) == set()


def test_loaded_beats_every_reference_in_every_fold(run):
    mod, res = run
    n, losses = mod.acceptance(res["cells"])
    assert n == 3 * (mod.N_FOLDS + 1)  # 3 domains x (4 folds + all tuning topics)
    assert not losses, losses


def test_macro_f1_over_folds_rises_over_loaded_1_1(run):
    mod, res = run
    by = {(c.system, c.domain, c.split): c.f1 for c in res["cells"]}
    folds = [f"fold{f}" for f in range(mod.N_FOLDS)]
    for system in ("loaded", "loaded core, selected per fold"):
        new = [by[(system, d, f)] for d in mod.DOMAINS for f in folds]
        old = [by[("loaded 1.1", d, f)] for d in mod.DOMAINS for f in folds]
        assert np.mean(new) > np.mean(old) + 0.03, system
        assert min(new) > min(old), system  # the worst cell rises too


def test_core_rule_is_the_one_cross_validation_chose(run):
    from framing.lexicon import load_lexicon

    mod, res = run
    rule = load_lexicon("loaded").meta["evidence"]
    assert res["rule"] == (rule["min_precision"], rule["min_hits"])


def test_recorded_evidence_is_what_the_gold_gives(shared_data):
    from framing.lexicon import load_lexicon

    mod = _load_script()
    for name in ("loaded", "loaded_extended"):
        lex = load_lexicon(name)
        rows = mod.evidence_table(shared_data, [lex])
        recorded = {e.line: e.evidence for e in lex.entries}
        wrong = [(r["term"], recorded[r["line"]], (r["annotated"], r["hits"])) for r in rows
                 if recorded[r["line"]] != (r["annotated"], r["hits"])]
        assert not wrong, wrong[:5]


def test_write_evidence_changes_only_the_evidence_option(tmp_path):
    mod = _load_script()
    path = tmp_path / "t.lex"
    path.write_text('[lexicon]\nname = "t"\nversion = "1"\n[categories.x]\nlayer = "loaded"\n'
                    'definition = "d"\n%% entries\nalpha\tx\tweight=0.5;evidence=1/2\tnote\n'
                    'beta\tx\nmulti word\tx\t\tkept note\n', encoding="utf-8")
    rows = [dict(line=8, term="alpha", annotated=3, hits=4),
            dict(line=9, term="beta", annotated=0, hits=0),
            dict(line=10, term="multi word", annotated=2, hits=2)]
    assert mod.write_evidence(path, rows) == 3
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[7:] == ["alpha\tx\tweight=0.5;evidence=3/4\tnote", "beta\tx\tevidence=0/0",
                         "multi word\tx\tevidence=2/2\tkept note"]
    assert mod.write_evidence(path, rows) == 0


def test_hedges_table_covers_four_corpora(shared_data):
    mod = _load_script()
    cells = mod.evaluate_hedges(shared_data, n_boot=10, seed=0)
    corpora = {c.domain for c in cells if c.split == "all"}
    assert corpora == {"BioScope abstracts", "BioScope full papers", "SFU Review",
                       "CoNLL-2010 Wikipedia"}
    for c in cells:
        assert 0 <= c.low[2] <= c.f1 <= c.high[2] <= 1, c
