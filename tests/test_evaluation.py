"""Tests for framing.evaluation: hand-checked metric tables, readers on synthetic files, and
reader checks on the shared gold data (skipped where ../shared/data is absent)."""
from __future__ import annotations

import doctest
import itertools
import pickle
import re
from collections import namedtuple
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing.evaluation as ev
from framing.evaluation import (
    POLNEAR_ROLES, RELATION_ROWS, Cue, DataFormatError, GoldAttribution, MbicSentence,
    SpanMismatchError, biased_word_spans, ci_dict, coder_agreement, cohen_kappa,
    krippendorff_alpha, macro_prf, mbic_articles, metric_ci, prf, prf_dict, read_babe,
    read_bioscope, read_brat_attributions, read_conll_wiki, read_mbic, read_polnear, read_sfu,
    relation_counts, sentence_counts, span_counts, token_counts, token_counts_by_label,
    word_spans)

#: The shared gold data lives next to the project, never inside it (../shared/data).
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def data_path(*parts: str) -> Path:
    """Path under the shared data folder; skip the test when it is not there."""
    p = DATA.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"gold data not available: {p}")
    return p


SpanObj = namedtuple("SpanObj", "start end")


def test_doctests():
    attempted = 0
    for mod in (ev.datasets, ev.metrics, ev.agreement):
        res = doctest.testmod(mod, optionflags=doctest.NORMALIZE_WHITESPACE)
        assert res.failed == 0
        attempted += res.attempted
    assert attempted > 20


# ---------------------------------------------------------------------------------------------
# prf
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("counts, expected", [
    ((8, 2, 6), (0.8, 4 / 7, 2 / 3)),
    ((5, 0, 0), (1.0, 1.0, 1.0)),
    ((1, 1, 0), (0.5, 1.0, 2 / 3)),
    ((3, 1, 2), (0.75, 0.6, 2 / 3)),
    ((2, 2, 2), (0.5, 0.5, 0.5)),
    ((1, 3, 0), (0.25, 1.0, 0.4)),
    ((0, 3, 0), (0.0, 0.0, 0.0)),       # P = 0/3; R undefined -> zero_division
    ((0, 0, 4), (0.0, 0.0, 0.0)),
    ((0, 0, 0), (0.0, 0.0, 0.0)),
])
def test_prf_table(counts, expected):
    np.testing.assert_allclose(prf(counts), expected)


def test_prf_zero_division_and_vectorised():
    np.testing.assert_allclose(prf((0, 0, 0), zero_division=1.0), (1.0, 1.0, 1.0))
    np.testing.assert_allclose(prf((0, 3, 0), zero_division=1.0), (0.0, 1.0, 0.0))
    stacked = prf(np.array([[[8, 2, 6], [1, 1, 0]]]))
    assert stacked.shape == (1, 2, 3)
    np.testing.assert_allclose(stacked[0, 1], (0.5, 1.0, 2 / 3))
    with pytest.raises(ValueError):
        prf([1, 2])


def test_prf_dict_and_macro():
    assert prf_dict([3, 1, 2]) == {"tp": 3, "fp": 1, "fn": 2, "precision": 0.75,
                                   "recall": 0.6, "f1": pytest.approx(2 / 3)}
    np.testing.assert_allclose(macro_prf([[1, 0, 0], [1, 1, 0]]), (0.75, 1.0, (1 + 2 / 3) / 2))


# ---------------------------------------------------------------------------------------------
# token level
# ---------------------------------------------------------------------------------------------

TEXT = "we may well be wrong, they said."
#       0  3   7    12 15    22   27


@pytest.mark.parametrize("pred, gold, expected", [
    ([(3, 11)], [(3, 11)], (2, 0, 0)),              # identical
    ([(3, 11)], [(0, 6)], (1, 1, 1)),               # may: tp; well: fp; we: fn
    ([(4, 5)], [(3, 6)], (1, 0, 0)),                # one character inside "may" marks it
    ([], [(0, 20)], (0, 0, 5)),
    ([(0, 20)], [], (0, 5, 0)),
    ([(6, 7)], [(3, 6)], (0, 0, 1)),                # a space only: no token
    ([(0, 2), (12, 14)], [[(0, 2), (12, 14)]], (2, 0, 0)),   # discontinuous gold
    ([(0, 11), (3, 6)], [(0, 11)], (3, 0, 0)),      # overlapping predictions count once
    ([(19, 21)], [(15, 20)], (1, 0, 0)),            # "wrong," vs "wrong": punctuation ignored
    (None, None, (0, 0, 0)),
])
def test_token_counts_table(pred, gold, expected):
    assert token_counts(TEXT, pred, gold).tolist() == list(expected)


def test_token_counts_inputs():
    # span-like objects (analyzer spans, Cue) and numpy arrays are accepted
    assert token_counts(TEXT, [SpanObj(3, 6)], np.array([[3, 6]])).tolist() == [1, 0, 0]
    cue = Cue("X1", ((0, 2), (12, 14)), ("we", "be"))
    assert token_counts(TEXT, [cue], [(0, 14)]).tolist() == [2, 0, 2]
    # with punctuation tokens: "," is a token of its own
    assert token_counts(TEXT, [(15, 21)], [(15, 20)],
                        token_pattern=r"\w+|[^\w\s]").tolist() == [1, 1, 0]
    with pytest.raises(ValueError):
        token_counts(TEXT, [(0, 100)], [])
    with pytest.raises(ValueError):
        token_counts(TEXT, [(5, 2)], [])
    with pytest.raises(TypeError):
        token_counts(TEXT, ["oops"], [])


def test_word_spans():
    assert word_spans("It isn't well-known, sadly.") == [(0, 2), (3, 8), (9, 19), (21, 26)]
    assert word_spans("") == []


@pytest.mark.parametrize("pred, gold, labels, expected", [
    ({"a": [(0, 6)]}, {"a": [(0, 6)]}, None, [[2, 0, 0]]),
    ({"a": [(0, 6)]}, {"b": [(0, 6)]}, None, [[0, 2, 0], [0, 0, 2]]),
    ({"source": [(22, 26)], "cue": [(27, 31)], "content": [(0, 20)]},
     {"source": [(22, 26)], "cue": [(27, 31)], "content": [(3, 20)]},
     POLNEAR_ROLES, [[1, 0, 0], [1, 0, 0], [4, 1, 0]]),
    ({}, {"cue": [(27, 31)]}, ("cue", "other"), [[0, 0, 1], [0, 0, 0]]),
])
def test_token_counts_by_label_table(pred, gold, labels, expected):
    assert token_counts_by_label(TEXT, pred, gold, labels=labels).tolist() == expected


# ---------------------------------------------------------------------------------------------
# span level
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pred, gold, mode, expected", [
    ([(0, 4)], [(0, 4)], "exact", (1, 0, 0)),
    ([(0, 4)], [(0, 5)], "exact", (0, 1, 1)),
    ([(0, 4)], [(0, 5)], "overlap", (1, 0, 0)),
    ([(0, 4)], [(4, 8)], "overlap", (0, 1, 1)),                # touching is not overlapping
    ([(0, 4), (0, 4)], [(0, 4)], "exact", (1, 1, 0)),          # duplicates count once each
    ([(0, 30)], [(0, 4), (10, 12)], "overlap", (1, 0, 1)),     # one-to-one
    ([(0, 4), (10, 12)], [[(0, 4)], [(10, 12), (20, 22)]], "exact", (1, 1, 1)),
    ([(0, 4), (10, 12)], [[(0, 4)], [(10, 12), (20, 22)]], "overlap", (2, 0, 0)),
    ([[(20, 22), (10, 12)]], [[(10, 12), (20, 22)]], "exact", (1, 0, 0)),  # part order
    ([[(0, 2), (2, 4)]], [(0, 4)], "exact", (1, 0, 0)),        # touching parts merge
    # greedy largest-overlap-first would pair (0,10)-(0,8) and leave 2 unmatched;
    # the maximum matching pairs (0,10)-(9,12) and (6,8)-(0,8)
    ([(0, 10), (6, 8)], [(0, 8), (9, 12)], "overlap", (2, 0, 0)),
    ([], [(1, 2)], "overlap", (0, 0, 1)),
    ([(1, 2)], [], "exact", (0, 1, 0)),
    ((1, 2), (1, 2), "exact", (1, 0, 0)),                      # a bare span is one unit
])
def test_span_counts_table(pred, gold, mode, expected):
    assert span_counts(pred, gold, mode=mode).tolist() == list(expected)


def test_span_counts_bad_mode():
    with pytest.raises(ValueError):
        span_counts([], [], mode="fuzzy")


spans_st = st.lists(st.tuples(st.integers(0, 20), st.integers(1, 6)).map(
    lambda t: (t[0], t[0] + t[1])), max_size=5)


def _brute_force_matching(pred, gold):
    def ov(a, b):
        return min(a[1], b[1]) > max(a[0], b[0])
    best = 0
    small, large = (pred, gold) if len(pred) <= len(gold) else (gold, pred)
    for perm in itertools.permutations(range(len(large)), len(small)):
        best = max(best, sum(ov(small[i], large[j]) for i, j in enumerate(perm)))
    return best


@settings(max_examples=150, deadline=None)
@given(spans_st, spans_st)
def test_overlap_matching_is_maximum(pred, gold):
    tp, fp, fn = span_counts(pred, gold, mode="overlap").tolist()
    assert tp == _brute_force_matching(pred, gold)
    assert tp + fp == len(pred) and tp + fn == len(gold)


@settings(max_examples=100, deadline=None)
@given(spans_st, spans_st)
def test_token_counts_properties(pred, gold):
    text = "ab cd ef gh ij kl mn op qr st uv"
    pred = [(s, min(e, len(text))) for s, e in pred]
    gold = [(s, min(e, len(text))) for s, e in gold]
    tp, fp, fn = token_counts(text, pred, gold).tolist()
    assert token_counts(text, gold, pred).tolist() == [tp, fn, fp]
    assert tp + fn == token_counts(text, gold, gold)[0]


# ---------------------------------------------------------------------------------------------
# relation level
# ---------------------------------------------------------------------------------------------

REL_TEXT = "Aides said it was over, and he added that it was not."
#           0     6    11          24  28 31    37   42


def _rel(source, cue, content):
    return {"source": source, "cue": cue, "content": content}


GOLD_RELS = [GoldAttribution("E1", ((0, 5),), ((6, 10),), ((11, 22),)),
             GoldAttribution("E2", ((28, 30),), ((31, 36),), ((37, 52),))]


@pytest.mark.parametrize("pred, match_on, expected", [
    (GOLD_RELS, ("cue",), [[2, 0, 0], [2, 0, 0], [2, 0, 0], [7, 0, 0]]),
    ([], ("cue",), [[0, 0, 2], [0, 0, 0], [0, 0, 0], [0, 0, 0]]),
    # cue overlaps E1; source too long by one token, content misses one token
    ([_rel((0, 10), (6, 10), (14, 22))], ("cue",),
     [[1, 0, 1], [1, 1, 0], [1, 0, 0], [2, 0, 1]]),
    # cue does not overlap any gold cue: no match, nothing scored on the roles
    ([_rel((0, 5), (24, 27), (11, 22))], ("cue",), [[0, 1, 2], [0, 0, 0], [0, 0, 0], [0, 0, 0]]),
    # two predictions on the same gold cue: one-to-one, the larger overlap wins
    ([_rel(None, (6, 8), None), _rel(None, (6, 10), None)], ("cue",),
     [[1, 1, 1], [0, 0, 1], [1, 0, 0], [0, 0, 3]]),
    # requiring the source to overlap too
    ([_rel((28, 30), (6, 10), (11, 22))], ("cue", "source"),
     [[0, 1, 2], [0, 0, 0], [0, 0, 0], [0, 0, 0]]),
    ([_rel((28, 30), (31, 36), None)], ("cue", "source"),
     [[1, 0, 1], [1, 0, 0], [1, 0, 0], [0, 0, 4]]),
])
def test_relation_counts_table(pred, match_on, expected):
    out = relation_counts(REL_TEXT, pred, GOLD_RELS, match_on=match_on)
    assert out.shape == (len(RELATION_ROWS), 3)
    assert out.tolist() == expected


def test_relation_counts_accepts_analyzer_like_objects():
    Part = namedtuple("Part", "start end text label")
    Att = namedtuple("Att", "source cue content quote")
    pred = [Att(Part(0, 5, "Aides", None), Part(6, 10, "said", None), None, "indirect")]
    out = relation_counts(REL_TEXT, pred, GOLD_RELS[:1])
    assert out.tolist() == [[1, 0, 0], [1, 0, 0], [1, 0, 0], [0, 0, 3]]
    with pytest.raises(ValueError):
        relation_counts(REL_TEXT, pred, GOLD_RELS, match_on=("speaker",))


# ---------------------------------------------------------------------------------------------
# sentence level
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pred, gold, positive, expected", [
    ([1, 1, 0, 0], [1, 0, 1, 0], 1, (1, 1, 1)),
    ([True, True], [1, 1], 1, (2, 0, 0)),
    (["Biased", "Non-biased", "Biased"], ["Biased", "Biased", "Non-biased"], "Biased", (1, 1, 1)),
    ([0, 0], [0, 0], 1, (0, 0, 0)),
    ([], [], 1, (0, 0, 0)),
])
def test_sentence_counts_table(pred, gold, positive, expected):
    assert sentence_counts(pred, gold, positive=positive).tolist() == list(expected)


def test_sentence_counts_shapes_and_macro():
    per = sentence_counts([1, 1, 0, 0], [1, 0, 0, 0], per_unit=True)
    assert per.shape == (4, 3) and per.sum(axis=0).tolist() == [1, 1, 0]
    both = sentence_counts([1, 1, 0, 0], [1, 0, 0, 0], both_classes=True)
    assert both.tolist() == [[1, 1, 0], [2, 0, 1]]
    # positive class F1 2/3, negative class F1 0.8
    assert macro_prf(both)[2] == pytest.approx((2 / 3 + 0.8) / 2)
    assert sentence_counts([1, 0], [1, 0], per_unit=True, both_classes=True).shape == (2, 2, 3)
    with pytest.raises(ValueError):
        sentence_counts([1], [1, 0])


# ---------------------------------------------------------------------------------------------
# bootstrap
# ---------------------------------------------------------------------------------------------

def test_metric_ci_identical_documents_is_degenerate():
    res = metric_ci([[3, 1, 2]] * 25, n_resamples=300, seed=7)
    np.testing.assert_allclose(res.low, res.estimate)
    np.testing.assert_allclose(res.high, res.estimate)
    np.testing.assert_allclose(res.estimate, prf([75, 25, 50]))


def test_metric_ci_is_the_one_bootstrap_of_summed_counts():
    """metric_ci is framing.study.stats.bootstrap_ci of the metric of summed counts."""
    from framing.study.stats import bootstrap_ci

    rng = np.random.default_rng(1)
    stats = rng.integers(0, 10, size=(30, 3))
    res = metric_ci(stats, n_resamples=200, seed=3, confidence_level=0.9)
    same = bootstrap_ci(stats, lambda s, axis: prf(s.sum(axis=axis)), n_resamples=200, seed=3,
                        confidence_level=0.9)
    np.testing.assert_array_equal(res.distribution, same.distribution)
    np.testing.assert_array_equal(res.low, same.low)
    # each resample is the metric of the summed counts of n documents drawn with replacement
    totals = stats.sum(axis=0)
    assert res.distribution.shape == (200, 3)
    np.testing.assert_allclose(res.estimate, prf(totals))
    np.testing.assert_allclose(res.low, np.quantile(res.distribution, 0.05, axis=0))
    np.testing.assert_allclose(res.high, np.quantile(res.distribution, 0.95, axis=0))
    # reproducible, and seed-dependent
    again = metric_ci(stats, n_resamples=200, seed=3, confidence_level=0.9)
    np.testing.assert_array_equal(again.distribution, res.distribution)
    assert not np.array_equal(metric_ci(stats, n_resamples=200, seed=4).distribution,
                              res.distribution)
    assert np.all(res.low <= res.high)


def test_metric_ci_structured_counts_and_metric():
    rng = np.random.default_rng(0)
    stats = rng.integers(0, 5, size=(12, 4, 3))     # e.g. stacked relation_counts
    res = metric_ci(stats, n_resamples=100)
    assert res.estimate.shape == res.low.shape == (4, 3)
    assert res.distribution.shape == (100, 4, 3)
    macro = metric_ci(stats[:, 1:], macro_prf, n_resamples=100)
    assert macro.estimate.shape == (3,)
    f1_only = metric_ci(stats[:, 0], lambda c: prf(c)[..., 2], n_resamples=50)
    assert np.ndim(f1_only.estimate) == 0
    d = ci_dict(res)
    assert set(d) == {"precision", "recall", "f1"} and len(d["f1"]["low"]) == 4


def test_metric_ci_of_one_document_has_no_interval():
    res = metric_ci([[2, 1, 0]], n_resamples=50)
    np.testing.assert_allclose(res.estimate, prf([2, 1, 0]))
    assert np.isnan(res.low).all() and np.isnan(res.high).all()


@pytest.mark.parametrize("args, kwargs", [((np.zeros((0, 3)),), {}),
                                          (([[1, 0, 0]] * 3,), dict(confidence_level=1.5)),
                                          (([[1, 0, 0]] * 3,), dict(n_resamples=0)),
                                          (([[1, 0, 0]] * 3,), dict(method="student"))])
def test_metric_ci_rejects_bad_input(args, kwargs):
    with pytest.raises(ValueError):
        metric_ci(*args, **kwargs)


# ---------------------------------------------------------------------------------------------
# agreement
# ---------------------------------------------------------------------------------------------

def _kappa_from_table(t):
    """Cohen's kappa from a square contingency table: (po - pe) / (1 - pe)."""
    t = np.asarray(t, dtype=float)
    n = t.sum()
    po = np.trace(t) / n
    pe = (t.sum(axis=0) * t.sum(axis=1)).sum() / n ** 2
    return (po - pe) / (1 - pe)


def _labels_from_table(t):
    a, b = [], []
    for i, row in enumerate(t):
        for j, n in enumerate(row):
            a += [i] * n
            b += [j] * n
    return a, b


@pytest.mark.parametrize("table, expected", [
    ([[20, 5], [10, 15]], 0.4),                     # po 0.70, pe 0.50
    ([[45, 15], [25, 15]], 0.1304347826),           # po 0.60, pe 0.54
    ([[25, 35], [5, 35]], 0.2592592593),            # po 0.60, pe 0.46
    ([[10, 0], [0, 10]], 1.0),
    ([[0, 10], [10, 0]], -1.0),
    ([[5, 5], [5, 5]], 0.0),
])
def test_cohen_kappa_2x2(table, expected):
    a, b = _labels_from_table(table)
    assert cohen_kappa(a, b) == pytest.approx(expected, abs=1e-9)
    assert cohen_kappa(a, b) == pytest.approx(_kappa_from_table(table), abs=1e-12)


def test_cohen_kappa_nominal_missing_and_errors():
    table = [[8, 1, 1], [2, 6, 2], [0, 1, 9]]
    a, b = _labels_from_table(table)
    assert cohen_kappa(a, b) == pytest.approx(_kappa_from_table(table))
    # missing labels (None, NaN) drop the item
    assert cohen_kappa(a + [None, 1], b + [0, float("nan")]) == pytest.approx(
        _kappa_from_table(table))
    assert cohen_kappa(["x", "x"], ["x", "x"]) == 1.0
    with pytest.raises(ValueError):
        cohen_kappa([1, 0], [1])
    with pytest.raises(ValueError):
        cohen_kappa([None], [1])


def test_krippendorff_alpha_reference_example():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example with
    # missing data: 4 observers, 12 units, alpha = 0.743
    N = None
    data = {"A": [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
            "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
            "C": [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
            "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]}
    assert krippendorff_alpha(data) == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(list(data.values())) == pytest.approx(0.743, abs=5e-4)


def test_krippendorff_alpha_hand_computed():
    # pairable values: three 1s, five 0s; Do = 2/8, De = 2*3*5/(8*7); alpha = 1 - Do/De
    assert krippendorff_alpha({"a": [1, 1, 0, 0], "b": [1, 0, 0, 0]}) == pytest.approx(
        1 - 0.25 / (30 / 56))
    with pytest.raises(ValueError):
        krippendorff_alpha({"a": [1, 0], "b": [1]})


def test_coder_agreement():
    out = coder_agreement([1, 1, 0, 0], {"h1": [1, 1, 0, 0], "h2": [1, 0, 0, 0]})
    assert out["kappa"] == {"h1": 1.0, "h2": pytest.approx(0.5)}
    assert out["mean_kappa"] == pytest.approx(0.75)
    assert out["alpha_coders"] == pytest.approx(1 - 0.25 / (30 / 56))
    assert out["n_items"] == 4
    assert 0 < out["alpha_with_scorer"] <= 1
    single = coder_agreement([1, 0, 1], {"gold": [1, 0, 0]})
    assert np.isnan(single["alpha_coders"])
    with pytest.raises(ValueError):
        coder_agreement([1, 0], {"gold": [1, 0, 0]})


# ---------------------------------------------------------------------------------------------
# readers on synthetic files
# ---------------------------------------------------------------------------------------------

def _polnear_split(tmp_path, text, ann, name="nyt_2016-01-01_x", annotator="ab12",
                   newline="\n"):
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True, exist_ok=True)
    (split / "attributions").mkdir(exist_ok=True)
    (split / "text" / f"{name}.txt").write_bytes(text.replace("\n", newline).encode("utf-8"))
    (split / "attributions" / f"{name}_{annotator}.ann").write_text(ann, encoding="utf-8")
    return split


POLNEAR_TEXT = "“Yes,” she said. It was\n\nover, aides told reporters. Read more."
#               0     6   10   15   20  24        34         45         57


def _polnear_ann():
    t = POLNEAR_TEXT
    i = t.index
    lines = [
        f"T1\tContent 0 6\t{t[0:6]}",
        f"T2\tSource {i('she')} {i('she') + 3}\tshe",
        f"T3\tCue {i('said')} {i('said') + 4}\tsaid",
        f"T4\tAttribution {i('said')} {i('said') + 4}\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        # a content span crossing a paragraph break: brat writes the newlines verbatim
        f"T5\tContent {i('It')} {i('over') + 4}\t{t[i('It'):i('over') + 4]}",
        # discontinuous source, fragments listed out of order, joined by one space in brat
        f"T6\tSource {i('reporters')} {i('reporters') + 9};{i('aides')} {i('aides') + 5}"
        "\treporters aides",
        f"T7\tCue {i('told')} {i('told') + 4}\ttold",
        f"T8\tAttribution {i('told')} {i('told') + 4}\ttold",
        "E2\tAttribution:T8 Source:T6 Content:T5 Cue:T7",   # roles in any order
        f"T9\tDiscard {i('Read')} {len(t)}\tRead more.",
        "#1\tAnnotatorNotes T9\tboilerplate",
        f"T10\tAttribution-no-source {i('Read')} {i('Read') + 4}\tRead",
        f"T11\tContent {i('more')} {i('more') + 4}\tmore",
        "E3\tAttribution-no-source:T10 Content2:T11 ",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_read_polnear_synthetic(tmp_path, newline):
    text = POLNEAR_TEXT.replace("\n", newline)
    ann = _polnear_ann() if newline == "\n" else _crlf_offsets(_polnear_ann())
    split = _polnear_split(tmp_path, POLNEAR_TEXT, ann, newline=newline)
    (doc,) = read_polnear(split)
    assert doc.text == text                       # CRLF kept: offsets count "\r"
    assert doc.publisher == "nyt" and doc.annotator == "ab12" and doc.metadata == {}
    assert [a.id for a in doc.attributions] == ["E1", "E2", "E3"]
    e1, e2, e3 = doc.attributions
    assert doc.text[slice(*e1.source[0])] == "she"
    assert [doc.text[s:e] for s, e in e2.source] == ["aides", "reporters"]   # sorted
    assert doc.text[slice(*e2.content[0])].startswith("It was") and "over" in \
        doc.text[slice(*e2.content[0])]
    assert e3.kind == "Attribution-no-source" and e3.source == ()
    assert e3.cue_from_trigger and doc.text[slice(*e3.cue[0])] == "Read"
    assert doc.text[slice(*e3.content[0])] == "more"                         # Content2
    roles = doc.role_spans()
    assert set(roles) == set(POLNEAR_ROLES) and len(roles["source"]) == 3
    assert doc.n_span_mismatches == 0
    hash(doc)                                     # hashable despite the dict fields


def _crlf_offsets(ann):
    """Shift offsets of the synthetic .ann for a text whose two newlines became CRLF."""
    brk = POLNEAR_TEXT.index("\n")

    def shift(m):
        n = int(m.group(0))
        return str(n + (n > brk) + (n > brk + 1))
    out = []
    for line in ann.split("\n"):
        if line.startswith("T"):
            tid, mid, txt = line.split("\t", 2)
            typ, locs = mid.split(" ", 1)
            line = f"{tid}\t{typ} {re.sub(r'[0-9]+', shift, locs)}\t{txt}"
        out.append(line)
    return "\n".join(out).replace("It was\n\nover", "It was\r\n\r\nover")


def test_read_polnear_metadata_and_annotators(tmp_path):
    ann = _polnear_ann()
    split = _polnear_split(tmp_path, POLNEAR_TEXT, ann, name="wash-post_x", annotator="ffff")
    (split / "attributions" / "wash-post_x_0a0a.ann").write_text(ann.split("T5")[0])
    (tmp_path / "metadata.tsv").write_text(
        "compartment\tfilename\tpublisher\ttitle\ndev\twash-post_x\twash-post\tA \"title\n")
    (doc,) = read_polnear(split)
    assert doc.publisher == "wash-post" and doc.metadata["title"] == 'A "title'
    assert sorted(doc.annotations) == ["0a0a", "ffff"] and doc.annotator == "0a0a"
    assert len(doc.attributions) == 1
    (doc,) = read_polnear(split, annotator="ffff")
    assert doc.annotator == "ffff" and len(doc.attributions) == 3


@pytest.mark.parametrize("bad_line, error, fragment", [
    ("T1\tSource 0 3\tXYZ", SpanMismatchError, ":1: T1"),
    ("T1\tSource 0 x\tshe", DataFormatError, ":1: bad offsets"),
    ("T1\tSource 0 999\tshe", DataFormatError, "outside the text"),
    ("T1\tSource 0 3", DataFormatError, "3 TAB-separated"),
    ("garbage line", DataFormatError, ":1: not a brat"),
    ("E1\tAttribution:T9 Cue:T8", DataFormatError, ":1: E1 refers to unknown"),
])
def test_read_polnear_errors_name_file_and_line(tmp_path, bad_line, error, fragment):
    split = _polnear_split(tmp_path, POLNEAR_TEXT, bad_line + "\n")
    with pytest.raises(error) as info:
        read_polnear(split)
    msg = str(info.value)
    assert "nyt_2016-01-01_x_ab12.ann" in msg and fragment in msg
    assert isinstance(info.value, ValueError)
    clone = pickle.loads(pickle.dumps(info.value))
    assert str(clone) == msg


def test_read_polnear_non_strict_counts_mismatches(tmp_path):
    split = _polnear_split(tmp_path, POLNEAR_TEXT, "T1\tSource 0 3\tXYZ\n")
    (doc,) = read_polnear(split, strict=False)
    assert doc.n_span_mismatches == 1


def test_read_polnear_missing_dirs(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_polnear(tmp_path)


def test_read_conll_wiki_synthetic(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text('text,label\n"A -LRB- b -RRB- ``c\'\'.\n",1\n"\n",0\n"Plain.\n",0\n')
    assert read_conll_wiki(p) == [("A -LRB- b -RRB- ``c''.", 1), ("Plain.", 0)]
    assert read_conll_wiki(p, unescape_ptb=True)[0].text == 'A ( b ) "c".'
    assert len(read_conll_wiki(p, drop_empty=False)) == 3
    p.write_text('text,label\n"ok",1\n"bad",2\n')
    with pytest.raises(DataFormatError, match=r"t\.csv:3: label"):
        read_conll_wiki(p)


BIOSCOPE_XML = """<?xml version="1.0" encoding="utf-8"?>
<Annotation><DocumentSet><Document type="Biological_abstract"><DocID type="PMID">42</DocID>
<DocumentPart type="AbstractText">
<sentence id="S1.1">These results <xcope id="X1.1.2"><cue type="speculation" ref="X1.1.2">indicate that</cue> HIV <xcope id="X1.1.1"><cue type="speculation" ref="X1.1.1">could</cue> <cue type="negation" ref="X1.1.3">not</cue> act</xcope></xcope>.</sentence>
<sentence id="S1.2">It <xcope id="X1.2.1"><cue type="speculation" ref="X1.2.1">either</cue> binds <cue type="speculation" ref="X1.2.1">or</cue> &amp; fails</xcope>.</sentence>
<sentence id="S1.3">Plain.</sentence>
</DocumentPart></Document></DocumentSet></Annotation>"""


def test_read_bioscope_synthetic(tmp_path):
    p = tmp_path / "b.xml"
    p.write_text(BIOSCOPE_XML, encoding="utf-8")
    s1, s2, s3 = read_bioscope(p)
    assert s1.text == "These results indicate that HIV could not act."
    assert [[s1.text[a:b] for a, b in c.spans] for c in s1.cues] == [["indicate that"], ["could"]]
    assert s2.text == "It either binds or & fails."
    assert len(s2.cues) == 1 and s2.cues[0].texts == ("either", "or")
    assert [s2.text[a:b] for a, b in s2.cues[0].spans] == ["either", "or"]
    assert (s3.cues, s3.label, s1.doc_id, s1.section) == ((), 0, "42", "AbstractText")
    neg = read_bioscope(p, cue_type="negation")
    assert [c.texts for c in neg[0].cues] == [("not",)] and neg[1].cues == ()


def test_read_bioscope_malformed(tmp_path):
    p = tmp_path / "b.xml"
    p.write_text("<Annotation><sentence>\n<oops></Annotation>")
    with pytest.raises(DataFormatError, match=r"b\.xml:2"):
        read_bioscope(p)


SFU_XML = """<?xml version="1.0" encoding="UTF-8"?>
<DOCUMENT><P><SENTENCE><W>I</W><cue ID="0" type="speculation"><C><W>would</W></C><W>n\x92t</W></cue><xcope ID="1"><ref ID="2" SRC="0"></ref><W>recommend</W><W></W><W>it</W></xcope><W>\x85</W></SENTENCE>
<SENTENCE><C><cue ID="19" type="speculation"><W>either</W></cue></C><W>stay</W><C><cue ID="20" type="speculation"><cue ID="86" type="negation"><W>or</W></cue></cue></C><W>go</W><C><cue ID="82" type="speculation"><cue ID="83" type="speculation"><W>may</W></cue></cue></C></SENTENCE>
<SENTENCE><cue ID="5" type="negation"><W>not</W></cue><W>bad</W></SENTENCE></P></DOCUMENT>"""


def test_read_sfu_synthetic(tmp_path):
    d = tmp_path / "BOOKS"
    d.mkdir()
    (d / "no1done.xml").write_text(SFU_XML, encoding="utf-8")
    s1, s2, s3 = read_sfu(tmp_path)
    assert s1.text == "I would n’t recommend it …"          # empty <W/> skipped, cp1252 fixed
    assert s1.id == "BOOKS/no1done:0" and s1.section == "BOOKS"
    assert [c.texts for c in s1.cues] == [("would n’t",)]
    # unrepaired, a lone U+0085 (whitespace to Python) is an empty token and is skipped
    assert read_sfu(tmp_path, repair_cp1252=False)[0].text == "I would n\x92t recommend it"
    assert [s2.text[a:b] for c in s2.cues for a, b in c.spans] == ["either", "or", "may"]
    assert s3.cues == ()
    assert read_sfu(d / "no1done.xml")[0].text == s1.text
    assert [c.texts for c in read_sfu(tmp_path, cue_type="negation")[2].cues] == [("not",)]
    with pytest.raises(FileNotFoundError):
        read_sfu(tmp_path / "nope")


BABE_HEADER = "text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n"


def test_read_babe_synthetic(tmp_path):
    p = tmp_path / "b.csv"
    p.write_text(BABE_HEADER
                 + '"Healthcare “experts” say; ""so"".";http://a;Fox News;vaccine;;Biased;'
                 "Expresses writer’s opinion;['\"experts\"', 'so']\n"
                 "Calm.;;Reuters;taxes;center;Non-biased;Entirely factual;[]\n", encoding="utf-8")
    s1, s2 = read_babe(p)
    assert s1.text == 'Healthcare “experts” say; "so".' and s1.type is None
    assert s1.biased_words == ('"experts"', "so") and s1.is_biased is True
    assert [s1.text[a:b] for a, b in s1.biased_spans()] == ["experts", "so"]
    assert s2.news_link is None and s2.biased_words == () and s2.is_biased is False
    assert s2.line == 3


@pytest.mark.parametrize("words, fragment", [
    ("__import__('os').system('true')", "not a list literal"),
    ("['a', 1]", "list of strings"),
    ("{'a'}", "list of strings"),
    ("['unclosed", "not a list literal"),
])
def test_read_babe_rejects_bad_word_lists(tmp_path, words, fragment):
    p = tmp_path / "b.csv"
    p.write_text(BABE_HEADER + f"T.;l;o;t;left;Biased;x;{words}\n")
    with pytest.raises(DataFormatError, match=rf"b\.csv:2: .*{fragment}"):
        read_babe(p)


def test_read_babe_wrong_field_count(tmp_path):
    p = tmp_path / "b.csv"
    p.write_text(BABE_HEADER + "only;three;fields\n")
    with pytest.raises(DataFormatError, match=r"b\.csv:2: expected 8 fields"):
        read_babe(p)
    p.write_text("text;label\nx;y\n")
    with pytest.raises(DataFormatError, match="missing columns"):
        read_babe(p)


@pytest.mark.parametrize("text, words, expected, missing", [
    ("Radical plans, radically radical.", ["radical"], [(0, 7), (25, 32)], []),
    ("A RADICAL plan", ["radical"], [(2, 9)], []),
    ("the urban ban", ["ban"], [(10, 13)], []),                      # not inside "urban"
    ("so-called “experts” said", ['"experts"'], [(11, 18)], []),
    ("a fat  cat", ["fat cat"], [(2, 10)], []),                      # inner whitespace
    ("demonize them", ["demoize"], [], ["demoize"]),
    ("anti-LGBTQ laws", ["anti-LGBTQ"], [(0, 10)], []),
    ("x", ["", '""'], [], ["", '""']),
])
def test_biased_word_spans_table(text, words, expected, missing):
    spans, miss = biased_word_spans(text, words, return_missing=True)
    assert spans == expected and miss == missing
    assert biased_word_spans(text, words) == expected


def test_read_mbic_and_articles(tmp_path):
    p = tmp_path / "m.csv"
    head = ("text;news_link;outlet;topic;type;group_id;num_sent;label_bias;label_opinion;"
            "article;biased_words\n")
    art = "One two three four. A wild claim here. Calm words."
    rows = [f"A wild claim here.;http://a;msnbc;t;left;1;1;Biased;x;{art};['wild', 'claim']",
            f"Calm words.;http://a;msnbc;t;left;1;1;Non-biased;x;{art};[]",
            "Lone.;;fox-news;t;right;2;1;No agreement;x;;[]",
            "Wall.;http://b;huffpost;t;left;3;1;Biased;x;"
            "HuffPost is part of Verizon Media. ;['Wall']"]
    p.write_text(head + "\n".join(rows) + "\n")
    sents = read_mbic(p)
    assert len(sents) == 4 and sents[2].article is None and sents[2].news_link is None
    a, lone, wall = mbic_articles(sents)
    assert a.key == "http://a" and len(a.sentences) == 2 and a.article_usable
    assert (a.n_biased, a.n_labelled, a.bias_share, a.n_biased_words) == (1, 2, 0.5, 2)
    assert a.biased_word_density == pytest.approx(1000 * 2 / 10)
    assert lone.article is None and not lone.article_usable and lone.bias_share is None
    assert not wall.article_usable and wall.biased_word_density is None
    p.write_text(head + "x;l;o;t;left;one;1;Biased;x;a;[]\n")
    with pytest.raises(DataFormatError, match=r"m\.csv:2: group_id"):
        read_mbic(p)


def test_mbic_article_truncation_flag():
    s = MbicSentence("x", "u", "o", "t", "left", "Biased", "", (), 1, 1, "a" * 32767)
    assert not mbic_articles([s])[0].article_usable


# ---------------------------------------------------------------------------------------------
# readers on the real gold data (skipped when ../shared/data is absent)
# ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def polnear_dev():
    return read_polnear(data_path("polnear", "dev"))


def test_polnear_dev_counts(polnear_dev):
    docs = polnear_dev
    split = DATA / "polnear" / "dev"
    assert len(docs) == 84
    assert len({d.publisher for d in docs}) == 7
    assert all(sum(d.publisher == p for d in docs) == 12 for p in {d.publisher for d in docs})
    # every .ann file is read; the two agreement articles have six annotators
    n_ann_files = len(list((split / "attributions").glob("*.ann")))
    assert sum(len(d.annotations) for d in docs) == n_ann_files == 94
    assert sorted(len(d.annotations) for d in docs)[-2:] == [6, 6]
    # every E line of the split becomes one attribution
    n_events = sum(line.startswith("E") for f in (split / "attributions").glob("*.ann")
                   for line in f.read_text(encoding="utf-8").splitlines())
    assert sum(len(a) for d in docs for a in d.annotations.values()) == n_events == 2320
    assert sum(len(d.attributions) for d in docs) == 2193


def test_polnear_dev_spans_match_text(polnear_dev):
    # strict reading (the fixture) already compared every T line with its text slice
    assert sum(d.n_span_mismatches for d in polnear_dev) == 0
    n_multi = 0
    for d in polnear_dev:
        for atts in d.annotations.values():
            for a in atts:
                assert a.cue, (d.id, a.id)
                for role in POLNEAR_ROLES:
                    spans = getattr(a, role)
                    n_multi += len(spans) > 1
                    for s, e in spans:
                        assert 0 <= s < e <= len(d.text)
    assert n_multi > 100          # discontinuous spans are common (mostly split quotations)


def test_polnear_independent_span_check(polnear_dev):
    """Re-check single-fragment T lines with a plain line parser (no continuation logic)."""
    split = DATA / "polnear" / "dev"
    texts = {d.id: d.text for d in polnear_dev}
    checked = 0
    for f in sorted((split / "attributions").glob("*.ann"))[:30]:
        text = texts[f.name.rsplit("_", 1)[0]]
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"T\d+\t\S+ (\d+) (\d+)\t(.*)$", line)
            if m:
                assert text[int(m.group(1)):int(m.group(2))] == m.group(3)
                checked += 1
    assert checked > 500


def test_polnear_train_reads_strictly():
    docs = read_polnear(data_path("polnear", "train"))
    assert len(docs) == 840
    assert sum(d.n_span_mismatches for d in docs) == 0
    # three train T lines have span text crossing a paragraph break (written over several
    # .ann lines); one of them is linked into an attribution
    assert sum("\n" in d.text[s:e] for d in docs for atts in d.annotations.values()
               for a in atts for s, e in a.content) >= 1


def test_conll_wiki_counts():
    rows = read_conll_wiki(data_path("conll2010_wiki", "train.csv"))
    assert len(rows) == 7343                     # 7,363 rows, 20 of them empty
    assert sum(label for _, label in rows) == 2131
    assert all(t and t == t.strip() for t, _ in rows)
    assert len(read_conll_wiki(DATA / "conll2010_wiki" / "train.csv", drop_empty=False)) == 7363


@pytest.mark.parametrize("name, n_sent, n_docs, n_spec_sent, n_parts", [
    ("abstracts.xml", 11871, 1273, 2101, 2694),  # 2,101 / 519 speculative sentences, as in
    ("full_papers.xml", 2670, 9, 519, 682),      # Vincze et al. (2008), Table 2
])
def test_bioscope_counts_and_offsets(name, n_sent, n_docs, n_spec_sent, n_parts):
    path = data_path("bioscope", name)
    sents = read_bioscope(path)
    assert len(sents) == n_sent and len({s.doc_id for s in sents}) == n_docs
    assert sum(s.label for s in sents) == n_spec_sent
    parts = [(s, sp, t) for s in sents for c in s.cues for sp, t in zip(c.spans, c.texts)]
    # one part per <cue type="speculation"> element in the file
    assert len(parts) == n_parts == path.read_text(encoding="utf-8").count('type="speculation"')
    assert all(s.text[a:b] == t and t.strip() for s, (a, b), t in parts)
    assert any(len(c.spans) > 1 for s in sents for c in s.cues)      # either ... or
    assert all(c.type == "speculation" for s in sents for c in s.cues)


def test_sfu_counts_and_offsets():
    root = data_path("sfu_review_negation_speculation")
    sents = read_sfu(root)
    assert len(sents) == 17263 and len({s.doc_id for s in sents}) == 400
    cues = [(s, c) for s in sents for c in s.cues]
    assert len(cues) == 5362          # 5,363 speculation elements, one nested duplicate
    assert all(s.text[a:b] == c.texts[0] for s, c in cues for a, b in c.spans)
    assert sum(s.label for s in sents) == 3912
    # tokens joined by single spaces: no double spaces, no edge spaces, and no C1 controls
    # left from the cp1252 mis-decoding
    assert all("  " not in s.text and s.text == s.text.strip() for s in sents)
    assert not any(re.search("[\x80-\x9f]", s.text) for s in sents)
    assert sum(s.text.count("\u2019") for s in sents) > 1000      # from U+0092


def test_babe_rows_parse():
    rows = read_babe(data_path("babe", "train_SG2.csv"))
    assert len(rows) == 2892
    labels = [r.label for r in rows]
    assert (labels.count("Biased"), labels.count("Non-biased")) == (1419, 1472)
    assert {r.type for r in rows} == {"left", "center", "right", None}
    n_words = sum(len(r.biased_words) for r in rows)
    found = 0
    for r in rows:
        spans, missing = biased_word_spans(r.text, r.biased_words, return_missing=True)
        found += len(r.biased_words) - len(missing)
        words = {w.strip().strip("\"'“”‘’«»`.,;:!?()[]").lower() for w in r.biased_words}
        assert all(r.text[a:b].lower() in words for a, b in spans)
    assert n_words == 3091 and found / n_words > 0.98


def test_mbic_rows_and_articles():
    rows = read_mbic(data_path("mbic", "MBIC.csv"))
    assert len(rows) == 1328
    arts = mbic_articles(rows)
    assert sum(len(a.sentences) for a in arts) == 1328
    assert len({r.news_link for r in rows if r.news_link}) <= len(arts)
    usable = [a for a in arts if a.article_usable]
    assert 0 < len(usable) < len(arts)
    assert all(a.biased_word_density >= 0 for a in usable if a.biased_word_density is not None)


def test_read_polnear_crlf_ann_file(tmp_path):
    """An .ann saved with CRLF line ends reads like the LF original."""
    lf = read_polnear(_polnear_split(tmp_path / "lf", POLNEAR_TEXT, _polnear_ann()))
    crlf = read_polnear(_polnear_split(tmp_path / "crlf", POLNEAR_TEXT,
                                       _polnear_ann().replace("\n", "\r\n")))
    assert crlf[0].attributions == lf[0].attributions
