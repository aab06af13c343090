"""Statistics for group comparisons: bootstrap CIs, rank and permutation tests, effect sizes,
false-discovery-rate control and keyness.

Per-document rates and shares are the unit of analysis (DESIGN section 4): intervals resample
documents and tests compare per-document values; terms are compared by log-odds with an
informative Dirichlet prior.
"""
from __future__ import annotations

import itertools
import math
import re
import warnings
from typing import (Any, Callable, Hashable, Iterator, List, Mapping, NamedTuple, Optional, Sequence,
                    Tuple, Union)

import numpy as np

__all__ = [
    "ConfidenceInterval",
    "StatResult",
    "LogOdds",
    "BOOTSTRAP_METHODS",
    "BOOTSTRAP_METHOD_NAMES",
    "bootstrap_ci",
    "bootstrap_means",
    "spearman_ci",
    "cliffs_delta",
    "mann_whitney",
    "permutation_test",
    "kruskal_wallis",
    "benjamini_hochberg",
    "selective_bh",
    "log_odds_dirichlet",
    "keyness",
    "keyness_shown",
    "natural_key",
]

ArrayLike = Union[Sequence[float], np.ndarray]

_STATISTICS = ("mean", "median")
_ALTERNATIVES = ("two-sided", "less", "greater")


class _Interval(NamedTuple):
    estimate: Any
    low: Any
    high: Any
    n: int


class ConfidenceInterval(_Interval):
    """A point estimate with its confidence interval; ``n`` units entered it.

    ``estimate``, ``low`` and ``high`` are arrays when the statistic is. Outside the tuple (and
    its equality): ``distribution``, the bootstrap values (None without resamples), and ``method``.
    """

    distribution: Optional[np.ndarray] = None
    method: str = "percentile"


def _interval(estimate: Any, low: Any, high: Any, n: int, distribution: Optional[np.ndarray] = None,
              method: str = "percentile") -> ConfidenceInterval:
    ci = ConfidenceInterval(estimate, low, high, n)
    ci.distribution = distribution
    ci.method = method
    return ci


class StatResult(NamedTuple):
    """The result of a two-sample (or k-sample) test.

    ``effect_size`` is Cliff's delta for two-sample tests (positive: the first sample tends to
    be larger) and epsilon-squared for :func:`kruskal_wallis`.
    """

    statistic: float
    pvalue: float
    effect_size: float
    n_x: int
    n_y: int
    test: str


class LogOdds(NamedTuple):
    """Monroe et al. (2008) log-odds ratio estimates, their variances and z-scores."""

    delta: np.ndarray
    variance: np.ndarray
    z: np.ndarray


def _values(x: ArrayLike, name: str = "x") -> np.ndarray:
    """1-D float array without NaN."""
    a = np.asarray(x, dtype=float)
    if a.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {a.shape}")
    return a[~np.isnan(a)]


def _check_n_resamples(n_resamples: int) -> None:
    if not isinstance(n_resamples, (int, np.integer)) or n_resamples < 1:
        raise ValueError(f"n_resamples must be a positive integer, got {n_resamples!r}")


# --------------------------------------------------------------------------------------------
# bootstrap

#: Interval methods of :func:`bootstrap_ci`, as :func:`scipy.stats.bootstrap` computes them; BCa
#: corrects for bias and skew (Efron & Tibshirani 1993, ch. 13-14).
BOOTSTRAP_METHODS = ("percentile", "basic", "bca")
#: How the methods are named in a methods paragraph.
BOOTSTRAP_METHOD_NAMES = {"percentile": "percentile", "basic": "basic",
                          "bca": "bias-corrected and accelerated (BCa)"}
#: Values of the resampled data held in memory at a time; bounds memory, not results.
_BLOCK = 4_000_000


def bootstrap_ci(
    data: Any,
    statistic: Union[str, Callable[[np.ndarray], Any]] = "mean",
    *,
    n_resamples: int = 2000,
    confidence_level: float = 0.95,
    method: str = "percentile",
    seed: Any = 0,
) -> ConfidenceInterval:
    """Bootstrap confidence interval of a statistic of units (documents) resampled with
    replacement: the one bootstrap of framing, on :func:`scipy.stats.bootstrap`.

    Parameters
    ----------
    data : array-like, shape (n, ...)
        One row per unit (a document's value, or its array of counts). With
        ``statistic="mean"`` or ``"median"`` the data are 1-D and NaN values are dropped.
    statistic : {"mean", "median"} or callable
        A callable is called as ``statistic(resamples, axis=1)`` on ``B`` resamples of the rows
        (shape ``(B, n, ...)``) and returns one value (or array) per resample, as ``np.median``
        does or ``lambda s, axis: prf(s.sum(axis=axis))`` for a metric of summed counts.
    method : {"percentile", "basic", "bca"}, default "percentile"
        ``bca`` falls back to the percentile interval where BCa is undefined (all resamples equal).
    seed : int, numpy Generator or None, default 0

    Returns
    -------
    ConfidenceInterval
        With the bootstrap ``distribution``; with fewer than two units the interval is NaN.

    Examples
    --------
    >>> ci = bootstrap_ci([2.0, 4.0, 4.0, 5.0, 7.0, 9.0], seed=1)
    >>> ci.estimate, ci.n
    (5.166666666666667, 6)
    >>> bool(ci.low < ci.estimate < ci.high)
    True
    >>> counts = [[3, 1, 0], [1, 0, 2], [4, 2, 1]]          # per-document (tp, fp, fn)
    >>> ci = bootstrap_ci(counts, lambda s, axis: s.sum(axis)[..., 0] / s.sum(axis).sum(axis=-1))
    >>> round(float(ci.estimate), 3)
    0.571
    """
    from scipy.stats import bootstrap

    _check_n_resamples(n_resamples)
    if not 0 < confidence_level < 1:
        raise ValueError(f"confidence_level must be between 0 and 1, got {confidence_level!r}")
    if method not in BOOTSTRAP_METHODS:
        raise ValueError(f"unknown bootstrap method {method!r}; valid options are "
                         f"{list(BOOTSTRAP_METHODS)}")
    if isinstance(statistic, str):
        if statistic not in _STATISTICS:
            raise ValueError(f"unknown statistic {statistic!r}; valid options are "
                             f"{list(_STATISTICS)} or a callable(resamples, axis)")
        stat: Callable[..., Any] = np.mean if statistic == "mean" else np.median
    elif callable(statistic):
        stat = statistic
    else:
        raise TypeError(f"statistic must be a name or a callable, got {type(statistic).__name__}")
    rows = np.asarray(data, dtype=float)
    if rows.ndim == 1:
        rows = rows[~np.isnan(rows)]  # an undefined value is no observation
    elif isinstance(statistic, str) or rows.ndim == 0:
        raise ValueError(f"data must be one-dimensional for statistic={statistic!r}, got shape "
                         f"{rows.shape}")
    n = rows.shape[0]
    if n == 0:
        return _interval(math.nan, math.nan, math.nan, 0, None, method)
    estimate = _squeeze(np.asarray(stat(rows[None, ...], axis=1), dtype=float)[0])
    nan = _squeeze(np.full(np.shape(estimate), math.nan))
    if n < 2:
        return _interval(estimate, nan, nan, n, None, method)
    width = int(np.prod(rows.shape[1:]))

    def on_indices(idx: np.ndarray, axis: int = -1) -> np.ndarray:
        lead = idx.shape[:-1]
        sample = rows[idx.reshape(-1, idx.shape[-1])]  # (B, n, ...)
        out = np.asarray(stat(sample, axis=1), dtype=float)
        out = out.reshape(lead + out.shape[1:])
        # scipy expects the statistic's own dimensions first, then the resample dimensions
        return np.moveaxis(out, list(range(len(lead))), list(range(out.ndim - len(lead), out.ndim)))

    batch = max(1, _BLOCK // max(n * width, 1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # undefined resamples and degenerate BCa: handled below
        res = bootstrap((np.arange(n),), on_indices, n_resamples=n_resamples, vectorized=True,
                        batch=batch, confidence_level=confidence_level,
                        method="BCa" if method == "bca" else "percentile",
                        random_state=np.random.default_rng(seed))
    dist = np.moveaxis(np.asarray(res.bootstrap_distribution, dtype=float), -1, 0)
    # percentiles over the defined resamples (a resample can leave a ratio undefined): scipy's
    # percentile interval where every resample is defined
    alpha = (1.0 - confidence_level) / 2.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns stay NaN
        p_lo, p_hi = np.nanpercentile(dist, [100 * alpha, 100 * (1 - alpha)], axis=0)
    if method == "percentile":
        low, high = p_lo, p_hi
    elif method == "basic":
        low, high = 2 * np.asarray(estimate) - p_hi, 2 * np.asarray(estimate) - p_lo
    else:
        low = np.asarray(res.confidence_interval.low, dtype=float)
        high = np.asarray(res.confidence_interval.high, dtype=float)
        low = np.where(np.isnan(low), p_lo, low)
        high = np.where(np.isnan(high), p_hi, high)
    return _interval(estimate, _squeeze(low), _squeeze(high), n, dist, method)


def _squeeze(a: Any) -> Any:
    """A 0-d array as a float; other arrays unchanged."""
    a = np.asarray(a, dtype=float)
    return float(a) if a.ndim == 0 else a


def bootstrap_means(
    matrix: Any,
    *,
    n_resamples: int = 2000,
    confidence_level: float = 0.95,
    method: str = "percentile",
    seed: Any = 0,
) -> List[ConfidenceInterval]:
    """Bootstrap CIs of the column means of a documents-by-measures matrix, the rows resampled
    once for all columns (:func:`bootstrap_ci`, same options).

    A NaN cell is a measure undefined for that document (a share of zero attributions): each
    resample's column mean is taken over the rows where the column is defined, so the interval
    also reflects how many documents define the measure.

    Returns
    -------
    list of ConfidenceInterval
        One per column; ``n`` counts the defined cells (fewer than two: a NaN interval).

    Examples
    --------
    >>> m = [[1.0, 0.5], [2.0, float("nan")], [4.0, 0.25], [5.0, 1.0]]
    >>> [(round(c.estimate, 3), c.n) for c in bootstrap_means(m, seed=0)]
    [(3.0, 4), (0.583, 3)]
    >>> bootstrap_means(m, seed=0)[0] == bootstrap_ci([1.0, 2.0, 4.0, 5.0], seed=0)
    True
    """
    a = np.asarray(matrix, dtype=float)
    if a.ndim != 2:
        raise ValueError(f"matrix must be two-dimensional (documents x measures), got shape {a.shape}")
    n, m = a.shape
    defined = ~np.isnan(a)
    n_def = defined.sum(axis=0)
    estimates = [float(np.mean(a[defined[:, j], j])) if n_def[j] else math.nan for j in range(m)]

    def means(sample: np.ndarray, axis: int) -> np.ndarray:
        total = sample.sum(axis=axis)  # (B, m, 2)
        with np.errstate(invalid="ignore", divide="ignore"):
            return total[..., 0] / total[..., 1]

    if n >= 2 and m:
        # rows of (value or 0, defined or not): a resample's mean over its defined rows
        rows = np.stack([np.where(defined, a, 0.0), defined.astype(float)], axis=-1)
        ci = bootstrap_ci(rows, means, n_resamples=n_resamples, confidence_level=confidence_level,
                          method=method, seed=seed)
    out = []
    for j in range(m):
        if n_def[j] < 2:  # no interval (with n < 2 no column has two defined cells)
            out.append(_interval(estimates[j], math.nan, math.nan, int(n_def[j]), None, method))
        else:
            out.append(_interval(estimates[j], float(ci.low[j]), float(ci.high[j]),
                                 int(n_def[j]), ci.distribution[:, j], method))
    return out


# --------------------------------------------------------------------------------------------
# tests, effect sizes, multiple testing


def cliffs_delta(x: ArrayLike, y: ArrayLike) -> float:
    """Cliff's delta: ``P(X > Y) - P(X < Y)`` over all pairs (Cliff 1993).

    The rank-biserial correlation of the Mann-Whitney U test, ``2U/(n_x n_y) - 1`` (Kerby 2014),
    from -1 (every y larger) to 1 (every x larger); NaN values are dropped.

    Examples
    --------
    >>> cliffs_delta([1, 2, 3], [1, 2, 3]), cliffs_delta([4, 5], [1, 2, 3]), cliffs_delta([1, 2], [2, 3])
    (0.0, 1.0, -0.75)
    """
    a, b = _values(x, "x"), _values(y, "y")
    if a.size == 0 or b.size == 0:
        return math.nan
    bs = np.sort(b)
    less = np.searchsorted(bs, a, side="left").sum()  # pairs with y < x
    greater = (b.size - np.searchsorted(bs, a, side="right")).sum()  # pairs with y > x
    return float((less - greater) / (a.size * b.size))


def mann_whitney(x: ArrayLike, y: ArrayLike, *, alternative: str = "two-sided") -> StatResult:
    """Mann-Whitney U test (``statistic``: U of ``x``) with Cliff's delta as effect size.

    A wrapper of :func:`scipy.stats.mannwhitneyu` (``method="auto"``); NaN values are dropped.
    When all values are identical, ``pvalue`` is 1 and ``effect_size`` 0. ``alternative`` is
    ``"two-sided"``, ``"less"`` or ``"greater"``.

    Examples
    --------
    >>> r = mann_whitney([1, 2, 3, 4], [5, 6, 7, 8])
    >>> r.statistic, round(r.pvalue, 4), r.effect_size
    (0.0, 0.0286, -1.0)
    """
    from scipy import stats

    if alternative not in _ALTERNATIVES:
        raise ValueError(f"unknown alternative {alternative!r}; valid options are {list(_ALTERNATIVES)}")
    a, b = _values(x, "x"), _values(y, "y")
    if a.size == 0 or b.size == 0:
        return StatResult(math.nan, math.nan, math.nan, int(a.size), int(b.size), "mann-whitney")
    pooled = np.concatenate([a, b])
    if np.all(pooled == pooled[0]):
        return StatResult(a.size * b.size / 2.0, 1.0, 0.0, int(a.size), int(b.size), "mann-whitney")
    res = stats.mannwhitneyu(a, b, alternative=alternative, method="auto")
    delta = 2.0 * float(res.statistic) / (a.size * b.size) - 1.0
    return StatResult(float(res.statistic), float(res.pvalue), delta, int(a.size), int(b.size),
                      "mann-whitney")


def _mean_diff(x: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


def permutation_test(
    x: ArrayLike,
    y: ArrayLike,
    statistic: Union[str, Callable[..., Any]] = "mean_diff",
    *,
    n_resamples: int = 9999,
    alternative: str = "two-sided",
    seed: Any = 0,
) -> StatResult:
    """Two-sample permutation test (independent samples), with Cliff's delta as effect size.

    When there are at most ``n_resamples`` distinct partitions all are enumerated (an exact
    test), otherwise ``n_resamples`` random permutations are drawn. P-values follow
    :func:`scipy.stats.permutation_test` (two-sided: twice the smaller one-sided, at most 1).
    NaN values are dropped.

    Parameters
    ----------
    statistic : "mean_diff" or callable
        A callable is called as ``statistic(x, y, axis=-1)`` with batches of permuted samples
        along the first axis and must be vectorised (as in scipy).
    alternative : {"two-sided", "less", "greater"}

    Examples
    --------
    >>> r = permutation_test([5.0, 6.0, 7.0], [1.0, 2.0, 3.0])   # 20 partitions: exact
    >>> r.statistic, r.pvalue
    (4.0, 0.1)
    """
    if alternative not in _ALTERNATIVES:
        raise ValueError(f"unknown alternative {alternative!r}; valid options are {list(_ALTERNATIVES)}")
    if statistic == "mean_diff":
        func: Callable[..., Any] = _mean_diff
    elif callable(statistic):
        func = statistic
    else:
        raise ValueError(f"unknown statistic {statistic!r}; valid options are ['mean_diff'] or a "
                         "callable(x, y, axis)")
    _check_n_resamples(n_resamples)
    a, b = _values(x, "x"), _values(y, "y")
    nx, ny = a.size, b.size
    if nx == 0 or ny == 0:
        return StatResult(math.nan, math.nan, math.nan, nx, ny, "permutation")
    observed = float(np.asarray(func(a[None, :], b[None, :], axis=-1))[0])
    pooled = np.concatenate([a, b])
    n = nx + ny
    n_partitions = math.comb(n, nx)
    exact = n_partitions <= n_resamples
    batch = max(1, _BLOCK // n)

    def samples() -> Iterator[Tuple[np.ndarray, np.ndarray]]:
        """Batches of (x, y) under the null: every partition (exact) or random permutations."""
        if exact:
            combos = itertools.combinations(range(n), nx)
            while chunk := list(itertools.islice(combos, batch)):
                xi = np.array(chunk)
                mask = np.ones((len(chunk), n), dtype=bool)
                mask[np.arange(len(chunk))[:, None], xi] = False
                yield pooled[xi], pooled[np.nonzero(mask)[1].reshape(len(chunk), ny)]
        else:
            rng = np.random.default_rng(seed)
            for done in range(0, n_resamples, batch):
                perm = rng.permuted(np.broadcast_to(pooled, (min(batch, n_resamples - done), n)), axis=1)
                yield perm[:, :nx], perm[:, nx:]

    null = np.concatenate([np.asarray(func(xs, ys, axis=-1), dtype=float) for xs, ys in samples()])
    denominator, adjustment = (n_partitions, 0) if exact else (n_resamples, 1)
    gamma = abs(np.finfo(float).eps * 100 * observed)  # float tolerance, as scipy uses
    p_less = (np.count_nonzero(null <= observed + gamma) + adjustment) / (denominator + adjustment)
    p_greater = (np.count_nonzero(null >= observed - gamma) + adjustment) / (denominator + adjustment)
    if alternative == "less":
        p = p_less
    elif alternative == "greater":
        p = p_greater
    else:
        p = min(1.0, 2.0 * min(p_less, p_greater))
    return StatResult(observed, float(p), cliffs_delta(a, b), nx, ny, "permutation")


def kruskal_wallis(*samples: ArrayLike) -> StatResult:
    """Kruskal-Wallis H test over k samples, with epsilon-squared ``H / (n - 1)`` (Tomczak &
    Tomczak 2014).

    A wrapper of :func:`scipy.stats.kruskal`; NaN values and empty samples are dropped. ``n_x``
    is the number of values, ``n_y`` of non-empty samples.

    Examples
    --------
    >>> r = kruskal_wallis([1, 2, 3], [4, 5, 6], [7, 8, 9])
    >>> round(r.statistic, 3), round(r.pvalue, 4), round(r.effect_size, 3)
    (7.2, 0.0273, 0.9)
    """
    from scipy import stats

    groups = [v for v in (_values(s, "sample") for s in samples) if v.size]
    n = int(sum(v.size for v in groups))
    if len(groups) < 2:
        return StatResult(math.nan, math.nan, math.nan, n, len(groups), "kruskal-wallis")
    pooled = np.concatenate(groups)
    if np.all(pooled == pooled[0]):
        return StatResult(0.0, 1.0, 0.0, n, len(groups), "kruskal-wallis")
    res = stats.kruskal(*groups)
    h = float(res.statistic)
    return StatResult(h, float(res.pvalue), h / (n - 1), n, len(groups), "kruskal-wallis")


def benjamini_hochberg(pvalues: ArrayLike) -> np.ndarray:
    """Benjamini-Hochberg (1995) adjusted p-values (q-values) for a family of tests.

    NaN p-values (tests that could not be run) stay NaN and are not counted in the family.

    Examples
    --------
    >>> benjamini_hochberg([0.01, 0.04, 0.03, float("nan"), 0.5]).round(4).tolist()
    [0.04, 0.0533, 0.0533, nan, 0.5]
    """
    p = np.asarray(pvalues, dtype=float)
    if p.ndim != 1:
        raise ValueError(f"pvalues must be one-dimensional, got shape {p.shape}")
    ok = ~np.isnan(p)
    if np.any((p[ok] < 0) | (p[ok] > 1)):
        raise ValueError("p-values must lie between 0 and 1")
    q = np.full(p.shape, np.nan)
    m = int(ok.sum())
    if m == 0:
        return q
    pv = p[ok]
    order = np.argsort(pv, kind="mergesort")
    ranked = pv[order] * m / np.arange(1, m + 1)
    adj = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adj, 1.0)
    q[ok] = out
    return q


def selective_bh(family_p: ArrayLike, children_p: Sequence[ArrayLike],
                 level: float = 0.05) -> Tuple[np.ndarray, np.ndarray, List[np.ndarray], List[np.ndarray]]:
    """Benjamini and Bogomolov's (2014) selective procedure for families of hypotheses.

    Families (here: one per measure, its pairwise tests) are selected by the Benjamini-Hochberg
    procedure on their family-level p-values (here: the Kruskal-Wallis test); within each of the
    ``R`` selected families of ``m``, the Benjamini-Hochberg procedure runs at level
    ``level * R / m``. This controls the expected average false discovery proportion over the
    selected families at ``level``, and no child is rejected in a family that was not selected,
    so a pairwise difference is never called significant where the omnibus test is not.

    Returns
    -------
    family_q : ndarray
        BH q-values of the family p-values.
    selected : ndarray of bool
        ``family_q < level``.
    children_q : list of ndarray
        Within-family BH q-values times ``m / R`` (capped at 1; ``m / 1`` when nothing is
        selected), so that a child is rejected when its value is below ``level``.
    children_rejected : list of ndarray of bool
        Rejected children: in a selected family and below ``level``.

    Examples
    --------
    >>> fq, sel, cq, rej = selective_bh([0.001, 0.5], [[0.01, 0.04], [0.001, 0.2]])
    >>> sel.tolist(), [r.tolist() for r in rej]
    ([True, False], [[True, False], [False, False]])
    >>> [c.round(3).tolist() for c in cq]
    [[0.04, 0.08], [0.004, 0.4]]
    """
    fp = np.asarray(family_p, dtype=float)
    if len(children_p) != len(fp):
        raise ValueError(f"{len(fp)} family p-values but {len(children_p)} families of children")
    family_q = benjamini_hochberg(fp)
    selected = np.nan_to_num(family_q, nan=1.0) < level
    m = int((~np.isnan(fp)).sum())
    scale = m / max(int(selected.sum()), 1)
    children_q, rejected = [], []
    for sel, cp in zip(selected, children_p):
        cq = np.minimum(benjamini_hochberg(np.asarray(cp, dtype=float)) * scale, 1.0)
        children_q.append(cq)
        rejected.append(bool(sel) & (np.nan_to_num(cq, nan=1.0) < level))
    return family_q, selected, children_q, rejected


# --------------------------------------------------------------------------------------------
# keyness


def log_odds_dirichlet(
    y_i: ArrayLike,
    y_j: ArrayLike,
    alpha: ArrayLike,
    *,
    n_i: Optional[float] = None,
    n_j: Optional[float] = None,
    alpha_0: Optional[float] = None,
) -> LogOdds:
    """Log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

    For each word w (eq. 16 and 18-20 of the paper)::

        delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
                - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
        var_w  ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    Positive values: w is more typical of group i.

    Parameters
    ----------
    y_i, y_j : array-like of float
        Counts of each word in group i and group j.
    alpha : array-like of float
        Dirichlet prior pseudo-counts ``a_w`` (> 0), e.g. background frequencies times a
        prior scale.
    n_i, n_j : float, optional
        Total word counts of each group, including words outside ``y`` (default: the sums of
        ``y_i`` and ``y_j``, i.e. a closed vocabulary).
    alpha_0 : float, optional
        Total prior mass over the whole vocabulary (default: ``sum(alpha)``).

    Examples
    --------
    >>> r = log_odds_dirichlet([10, 2], [2, 10], [6, 6])
    >>> round(float(r.delta[0]), 4), round(float(r.z[0]), 4)
    (1.3863, 3.2015)
    """
    yi, yj, a = (np.asarray(v, dtype=float) for v in (y_i, y_j, alpha))
    if not (yi.shape == yj.shape == a.shape) or yi.ndim != 1:
        raise ValueError(f"y_i, y_j and alpha must be 1-D of equal length, got shapes "
                         f"{yi.shape}, {yj.shape}, {a.shape}")
    if np.any(a <= 0):
        raise ValueError("every prior pseudo-count alpha must be positive")
    if np.any(yi < 0) or np.any(yj < 0):
        raise ValueError("counts must be non-negative")
    ni = float(yi.sum()) if n_i is None else float(n_i)
    nj = float(yj.sum()) if n_j is None else float(n_j)
    a0 = float(a.sum()) if alpha_0 is None else float(alpha_0)
    rest_i = ni + a0 - yi - a
    rest_j = nj + a0 - yj - a
    if np.any(rest_i <= 0) or np.any(rest_j <= 0):
        raise ValueError("n_i + alpha_0 (and n_j + alpha_0) must exceed each word's count plus "
                         "its prior; are the totals the groups' token counts?")
    delta = np.log((yi + a) / rest_i) - np.log((yj + a) / rest_j)
    var = 1.0 / (yi + a) + 1.0 / (yj + a)
    return LogOdds(delta, var, delta / np.sqrt(var))


def keyness(
    counts: Mapping[Hashable, Mapping[str, float]],
    totals: Mapping[Hashable, float],
    *,
    prior_scale: float = 1.0,
    groups: Optional[Sequence[Hashable]] = None,
) -> "Any":
    """Keyness of terms for each group against all other groups (one versus rest).

    :func:`log_odds_dirichlet` with the prior ``a_w = prior_scale * (pooled count of w)``,
    ``a_0 = prior_scale * (pooled tokens)``, as the ``tidylo`` package does by default
    (Schnoebelen & Silge); the totals are the groups' token counts.

    Parameters
    ----------
    counts : mapping group -> mapping term -> count
    totals : mapping group -> number of tokens
    groups : sequence, optional
        Order of the groups (default: the order of ``counts``).

    Returns
    -------
    pandas.DataFrame
        Columns ``group, term, count, count_rest, per_1k, per_1k_rest, log_odds, se, z``,
        sorted by group, then z descending, then term.

    Examples
    --------
    >>> t = keyness({"A": {"slammed": 8, "said": 2}, "B": {"slammed": 1, "said": 9}},
    ...             {"A": 1000, "B": 1000})
    >>> t[t.group == "A"][["term", "count", "z"]].round(3).to_dict("records")
    [{'term': 'slammed', 'count': 8, 'z': 1.337}, {'term': 'said', 'count': 2, 'z': -1.216}]
    """
    import pandas as pd

    if not prior_scale > 0:
        raise ValueError(f"prior_scale must be positive, got {prior_scale!r}")
    order = list(groups) if groups is not None else list(counts)
    missing = [g for g in order if g not in totals]
    if missing:
        raise ValueError(f"no token total for groups {missing}")
    terms = sorted({t for g in order for t, c in counts.get(g, {}).items() if c > 0})
    columns = ["group", "term", "count", "count_rest", "per_1k", "per_1k_rest", "log_odds", "se", "z"]
    if not terms or len(order) < 2:
        return pd.DataFrame(columns=columns)
    mat = np.array([[float(counts.get(g, {}).get(t, 0)) for t in terms] for g in order])
    tot = np.array([float(totals[g]) for g in order])
    pooled = mat.sum(axis=0)
    n_all = tot.sum()
    alpha = prior_scale * pooled
    alpha_0 = prior_scale * n_all
    frames = []
    for k, g in enumerate(order):
        yi = mat[k]
        yj = pooled - yi
        ni, nj = tot[k], n_all - tot[k]
        if ni <= 0 or nj <= 0:
            continue
        r = log_odds_dirichlet(yi, yj, alpha, n_i=ni, n_j=nj, alpha_0=alpha_0)
        frame = pd.DataFrame({
            "group": [g] * len(terms),
            "term": terms,
            "count": yi.astype(int),
            "count_rest": yj.astype(int),
            "per_1k": 1000.0 * yi / ni,
            "per_1k_rest": 1000.0 * yj / nj,
            "log_odds": r.delta,
            "se": np.sqrt(r.variance),
            "z": r.z,
        })
        frames.append(frame.sort_values(["z", "term"], ascending=[False, True], kind="mergesort"))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def keyness_shown(table: Any, min_count: int = 5, z: float = 1.96) -> Any:
    """Which rows of a :func:`keyness` table the charts and tables show: ``|z| >= z`` and
    enough evidence, i.e. at least ``min_count`` uses by the group (over-represented, ``z > 0``)
    or by the other groups (under-represented, ``z < 0``).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"count": [3, 9, 0, 0], "count_rest": [0, 2, 12, 2],
    ...                   "z": [2.5, 3.1, -2.2, -2.4]})
    >>> keyness_shown(t).tolist()
    [False, True, True, False]
    """
    over = (table["z"] >= z) & (table["count"] >= min_count)
    under = (table["z"] <= -z) & (table["count_rest"] >= min_count)
    return (over | under).astype(bool)


def natural_key(value: str) -> List[Any]:
    """Sort key of names with numbers in natural order ("g2" before "g10"), case-insensitive.

    >>> sorted(["g10", "G2", "a"], key=natural_key)
    ['a', 'G2', 'g10']
    """
    return [(0, int(t), "") if t.isdigit() else (1, 0, t.lower())
            for t in re.split(r"(\d+)", value) if t]


def spearman_ci(x: ArrayLike, y: ArrayLike, *, n_resamples: int = 2000, seed: Any = 0,
                confidence_level: float = 0.95) -> Tuple[float, float, float, float]:
    """Spearman's rho (scipy), its p-value, and a percentile bootstrap CI that resamples the
    (x, y) pairs (:func:`bootstrap_ci`; a resample in which x or y is constant has no rho and
    is left out of the percentiles).

    Examples
    --------
    >>> rho, p, low, high = spearman_ci([1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5], n_resamples=200)
    >>> round(rho, 3), low <= rho <= high
    (0.829, True)
    """
    from scipy.stats import rankdata, spearmanr

    x, y = np.asarray(x, float), np.asarray(y, float)
    rho, pval = spearmanr(x, y)

    def rho_of(resamples: np.ndarray, axis: int) -> np.ndarray:
        """Spearman's rho of each resample, shape (B, n, 2): Pearson's r of the ranks."""
        r = rankdata(resamples, axis=axis)  # mid-ranks of ties, as spearmanr
        r = r - r.mean(axis=axis, keepdims=True)
        num = (r[..., 0] * r[..., 1]).sum(axis=axis)
        den = np.sqrt((r[..., 0] ** 2).sum(axis=axis) * (r[..., 1] ** 2).sum(axis=axis))
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)

    ci = bootstrap_ci(np.column_stack([x, y]), rho_of, n_resamples=n_resamples, seed=seed,
                      confidence_level=confidence_level)
    return float(rho), float(pval), float(ci.low), float(ci.high)
