"""Tests for framing.study.stats: every statistic against scipy or a hand computation."""
from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as ss

from framing.study import stats

SMALL_PAIRS = [
    ([3.1, 4.0, 5.2, 6.3, 7.7], [1.0, 1.5, 2.2, 3.9]),
    ([1, 2, 3, 4], [5, 6, 7, 8]),
    ([1, 2, 2, 3, 3, 3], [2, 3, 3, 4, 4]),          # ties
    ([0.0, 0.0, 0.0, 1.5], [0.0, 0.0, 2.0, 2.5, 3.0]),  # many zeros, as rates often are
    (list(range(30)), [x + 0.5 for x in range(0, 60, 2)]),  # larger: normal approximation
]


def brute_delta(x, y):
    return sum((a > b) - (a < b) for a in x for b in y) / (len(x) * len(y))


# --------------------------------------------------------------------------- bootstrap


def test_bootstrap_ci_is_seeded_and_reproducible():
    x = np.random.default_rng(3).gamma(2.0, 5.0, size=80)
    a = stats.bootstrap_ci(x, seed=7)
    b = stats.bootstrap_ci(x, seed=7)
    c = stats.bootstrap_ci(x, seed=8)
    assert a == b
    assert a.estimate == pytest.approx(x.mean())
    assert a.low < a.estimate < a.high
    assert (a.low, a.high) != (c.low, c.high)


def test_bootstrap_ci_agrees_with_scipy_percentile_interval():
    x = np.random.default_rng(0).normal(10.0, 3.0, size=60)
    ours = stats.bootstrap_ci(x, n_resamples=20000, seed=1)
    ref = ss.bootstrap((x,), np.mean, method="percentile", n_resamples=20000,
                       random_state=np.random.default_rng(2)).confidence_interval
    se = x.std(ddof=1) / math.sqrt(x.size)
    # both are Monte Carlo estimates of the same percentiles
    assert ours.low == pytest.approx(ref.low, abs=0.1 * se)
    assert ours.high == pytest.approx(ref.high, abs=0.1 * se)


def test_bootstrap_ci_median_and_callable():
    x = [1.0, 2.0, 3.0, 4.0, 100.0]
    med = stats.bootstrap_ci(x, "median", n_resamples=500, seed=0)
    assert med.estimate == 3.0
    same = stats.bootstrap_ci(x, np.median, n_resamples=500, seed=0)
    assert same == med


@pytest.mark.parametrize("values, expected_n", [([], 0), ([5.0], 1), ([float("nan"), 2.0], 1)])
def test_bootstrap_ci_needs_two_values(values, expected_n):
    ci = stats.bootstrap_ci(values)
    assert ci.n == expected_n
    assert math.isnan(ci.low) and math.isnan(ci.high)


@pytest.mark.parametrize("kwargs, match", [
    ({"n_resamples": 0}, "n_resamples must be a positive integer"),
    ({"confidence_level": 1.5}, "confidence_level must be between 0 and 1"),
    ({"statistic": "mode"}, "valid options are"),
])
def test_bootstrap_ci_rejects_bad_settings(kwargs, match):
    with pytest.raises(ValueError, match=match):
        stats.bootstrap_ci([1.0, 2.0, 3.0], **kwargs)


def test_bootstrap_means_matches_single_column_bootstrap():
    rng = np.random.default_rng(5)
    m = rng.normal(size=(40, 3))
    cols = stats.bootstrap_means(m, n_resamples=300, seed=11)
    for j in range(3):
        one = stats.bootstrap_ci(m[:, j], n_resamples=300, seed=11)
        assert cols[j].n == one.n
        assert cols[j][:3] == pytest.approx(one[:3], rel=1e-12)  # the same resamples


def test_bootstrap_means_with_undefined_cells():
    m = np.array([[1.0, np.nan], [2.0, 0.5], [3.0, np.nan], [4.0, 1.5], [5.0, 1.0]])
    a, b = stats.bootstrap_means(m, n_resamples=400, seed=0)
    assert (a.n, b.n) == (5, 3)
    assert b.estimate == pytest.approx(1.0)
    assert 0.5 <= b.low <= b.estimate <= b.high <= 1.5


# --------------------------------------------------------------------------- two-sample tests


@pytest.mark.parametrize("x, y", SMALL_PAIRS)
def test_mann_whitney_matches_scipy(x, y):
    ours = stats.mann_whitney(x, y)
    ref = ss.mannwhitneyu(x, y, alternative="two-sided", method="auto")
    assert ours.statistic == pytest.approx(ref.statistic)
    assert ours.pvalue == pytest.approx(ref.pvalue, rel=1e-12)
    assert ours.effect_size == pytest.approx(brute_delta(x, y))
    assert (ours.n_x, ours.n_y) == (len(x), len(y))


def test_mann_whitney_identical_values_and_empty_samples():
    r = stats.mann_whitney([0.0, 0.0, 0.0], [0.0, 0.0])
    assert (r.pvalue, r.effect_size) == (1.0, 0.0)
    r = stats.mann_whitney([], [1.0])
    assert math.isnan(r.pvalue)


@pytest.mark.parametrize("x, y, expected", [
    ([1, 2, 3], [1, 2, 3], 0.0),
    ([4, 5], [1, 2, 3], 1.0),
    ([1, 2], [2, 3], -0.75),
    ([1, 1, 1], [1, 2], -0.5),
])
def test_cliffs_delta_hand_cases(x, y, expected):
    assert stats.cliffs_delta(x, y) == pytest.approx(expected)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=1, max_size=12),
       st.lists(st.integers(0, 6), min_size=1, max_size=12))
def test_cliffs_delta_equals_pairwise_definition(x, y):
    assert stats.cliffs_delta(x, y) == pytest.approx(brute_delta(x, y))


def _scipy_mean_diff(a, b, axis):
    return np.mean(a, axis=axis) - np.mean(b, axis=axis)


@pytest.mark.parametrize("alternative", ["two-sided", "less", "greater"])
@pytest.mark.parametrize("x, y", SMALL_PAIRS[:4])
def test_exact_permutation_test_matches_scipy(x, y, alternative):
    ours = stats.permutation_test(x, y, alternative=alternative, n_resamples=100000)
    ref = ss.permutation_test((x, y), _scipy_mean_diff, vectorized=True, n_resamples=100000,
                              alternative=alternative)
    assert ours.statistic == pytest.approx(ref.statistic)
    assert ours.pvalue == pytest.approx(ref.pvalue, rel=1e-9)


def test_randomized_permutation_test_is_seeded_and_close_to_scipy():
    rng = np.random.default_rng(9)
    x, y = rng.normal(0.0, 1.0, 25), rng.normal(0.6, 1.0, 25)
    a = stats.permutation_test(x, y, n_resamples=4999, seed=1)
    assert a == stats.permutation_test(x, y, n_resamples=4999, seed=1)
    ref = ss.permutation_test((x, y), _scipy_mean_diff, vectorized=True, n_resamples=4999,
                              random_state=np.random.default_rng(2))
    assert a.pvalue == pytest.approx(ref.pvalue, abs=0.015)


def test_kruskal_wallis_matches_scipy():
    groups = [[1.0, 2.5, 3.0, 4.0], [2.0, 3.5, 6.0], [5.0, 7.0, 8.0, 9.5, 9.0]]
    ours = stats.kruskal_wallis(*groups)
    ref = ss.kruskal(*groups)
    assert ours.statistic == pytest.approx(ref.statistic)
    assert ours.pvalue == pytest.approx(ref.pvalue)
    assert ours.effect_size == pytest.approx(ref.statistic / (12 - 1))
    assert stats.kruskal_wallis([1, 1], [1, 1]).pvalue == 1.0


# --------------------------------------------------------------------------- multiple testing


def test_benjamini_hochberg_matches_scipy():
    p = np.random.default_rng(4).uniform(size=40) ** 3
    assert np.allclose(stats.benjamini_hochberg(p), ss.false_discovery_control(p, method="bh"))


def test_benjamini_hochberg_hand_case_and_nan():
    # sorted p: .01 .03 .04 .5 (m = 4): .04, .06, .0533, .5 -> monotone: .04, .0533, .0533, .5
    q = stats.benjamini_hochberg([0.01, 0.04, 0.03, float("nan"), 0.5])
    assert q[:3] == pytest.approx([0.04, 0.16 / 3, 0.16 / 3])
    assert math.isnan(q[3]) and q[4] == pytest.approx(0.5)


def test_benjamini_hochberg_rejects_invalid_p():
    with pytest.raises(ValueError, match="between 0 and 1"):
        stats.benjamini_hochberg([0.2, 1.3])


# --------------------------------------------------------------------------- keyness


def test_log_odds_dirichlet_by_hand():
    # Monroe et al. (2008), eqs. 16, 18-20 with y_i = (10, 2), y_j = (2, 10), alpha = (6, 6)
    r = stats.log_odds_dirichlet([10, 2], [2, 10], [6, 6])
    d0 = math.log(16 / (12 + 12 - 16)) - math.log(8 / (12 + 12 - 8))
    v0 = 1 / 16 + 1 / 8
    assert r.delta[0] == pytest.approx(d0)
    assert r.variance[0] == pytest.approx(v0)
    assert r.z[0] == pytest.approx(d0 / math.sqrt(v0))
    assert r.delta[1] == pytest.approx(-d0)


def test_log_odds_dirichlet_with_open_vocabulary_totals():
    r = stats.log_odds_dirichlet([3], [1], [0.5], n_i=100, n_j=200, alpha_0=15)
    expected = math.log(3.5 / (100 + 15 - 3.5)) - math.log(1.5 / (200 + 15 - 1.5))
    assert r.delta[0] == pytest.approx(expected)
    swapped = stats.log_odds_dirichlet([1], [3], [0.5], n_i=200, n_j=100, alpha_0=15)
    assert swapped.z[0] == pytest.approx(-r.z[0])


@pytest.mark.parametrize("alpha, match", [([0, 1], "positive"), ([1], "equal length")])
def test_log_odds_dirichlet_rejects_bad_input(alpha, match):
    with pytest.raises(ValueError, match=match):
        stats.log_odds_dirichlet([1, 2], [2, 1], alpha)


def test_keyness_one_versus_rest_uses_pooled_prior():
    counts = {"A": {"slammed": 8, "said": 2}, "B": {"slammed": 1, "said": 9}, "C": {"said": 5}}
    totals = {"A": 1000, "B": 1000, "C": 500}
    t = stats.keyness(counts, totals, prior_scale=0.5)
    row = t[(t.group == "A") & (t.term == "slammed")].iloc[0]
    pooled, n = 9.0, 2500.0
    a, a0 = 0.5 * pooled, 0.5 * n
    expected = stats.log_odds_dirichlet([8], [1], [a], n_i=1000, n_j=1500, alpha_0=a0)
    assert row["z"] == pytest.approx(expected.z[0])
    assert (row["count"], row["count_rest"]) == (8, 1)
    assert row["per_1k"] == pytest.approx(8.0) and row["per_1k_rest"] == pytest.approx(1000 / 1500)
    assert list(t.columns) == ["group", "term", "count", "count_rest", "per_1k", "per_1k_rest",
                               "log_odds", "se", "z"]
    # sorted by group, then z descending
    assert list(t.group) == ["A", "A", "B", "B", "C", "C"]
    assert t[t.group == "A"].z.is_monotonic_decreasing


def test_keyness_of_two_groups_is_antisymmetric():
    t = stats.keyness({"A": {"x": 5, "y": 1}, "B": {"x": 1, "y": 6}}, {"A": 300, "B": 400})
    za = t[t.group == "A"].set_index("term").z
    zb = t[t.group == "B"].set_index("term").z
    assert np.allclose(za.sort_index(), -zb.sort_index())


def test_keyness_needs_totals():
    with pytest.raises(ValueError, match="no token total"):
        stats.keyness({"A": {"x": 1}, "B": {"x": 2}}, {"A": 10})


def test_permutation_enumerates_every_partition():
    x, y = [1.0, 4.0], [2.0, 3.0, 5.0]
    r = stats.permutation_test(x, y)
    pooled = x + y
    null = []
    for idx in itertools.combinations(range(5), 2):
        a = [pooled[i] for i in idx]
        b = [pooled[i] for i in range(5) if i not in idx]
        null.append(np.mean(a) - np.mean(b))
    obs = np.mean(x) - np.mean(y)
    p_less = np.mean(np.array(null) <= obs + 1e-12)
    p_greater = np.mean(np.array(null) >= obs - 1e-12)
    assert r.pvalue == pytest.approx(min(1.0, 2 * min(p_less, p_greater)))
