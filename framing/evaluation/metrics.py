"""Counts and metrics: token, span, relation and sentence agreement with gold annotation.

The ``*_counts`` functions return integer arrays whose last axis is ``(tp, fp, fn)``
(:data:`COUNT_FIELDS`); stacked over documents they give ``(n_docs, ..., 3)``. :func:`prf`
turns summed counts into precision, recall and F1, and :func:`metric_ci` resamples documents
and recomputes a metric from the summed counts.

Examples
--------
>>> text = "Critics said the plan may fail."
>>> gold = [(17, 30)]                      # "plan may fail"
>>> pred = [(21, 30)]                      # "may fail"
>>> token_counts(text, pred, gold).tolist()
[2, 0, 1]
>>> counts = np.array([token_counts(text, pred, gold), token_counts(text, gold, gold)])
>>> prf(counts.sum(axis=0)).round(3).tolist()
[1.0, 0.833, 0.909]
"""
from __future__ import annotations

import re
from collections import Counter
from collections import abc as _abc
from functools import lru_cache
from typing import (Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence,
                    Tuple)

import numpy as np

from ..study.stats import ConfidenceInterval, bootstrap_ci

__all__ = [
    "COUNT_FIELDS",
    "POLNEAR_ROLES",
    "TOKEN_PATTERN",
    "RELATION_ROWS",
    "word_spans",
    "token_counts",
    "token_counts_by_label",
    "span_counts",
    "relation_counts",
    "sentence_counts",
    "prf",
    "macro_prf",
    "prf_dict",
    "metric_ci",
    "ci_dict",
]

Span = Tuple[int, int]

#: Order of the last axis of every count array returned by the ``*_counts`` functions.
COUNT_FIELDS = ("tp", "fp", "fn")

#: Word tokenizer of the token-level scores: runs of word characters with inner hyphens and
#: apostrophes ("well-known", "isn't"). Punctuation is not a token, so annotators' trailing
#: commas and quotes do not move the score (``r"\w+(?:[-'’]\w+)*|[^\w\s]"`` counts it). A
#: scoring convention, fixed so scores stay comparable; independent of framing's tokenizer.
TOKEN_PATTERN = r"\w+(?:[-'’]\w+)*"

#: Attribution roles annotated in PolNeAR (Newell, Margolin & Ruths 2018, guidelines section 2).
POLNEAR_ROLES = ("source", "cue", "content")

#: Rows of the array returned by :func:`relation_counts`.
RELATION_ROWS = ("relation",) + POLNEAR_ROLES

# ---------------------------------------------------------------------------------------------
# Span normalisation

def _is_pair(x: Any) -> bool:
    if isinstance(x, np.ndarray):
        x = x.tolist()
    return (isinstance(x, (tuple, list)) and len(x) == 2
            and all(isinstance(v, (int, np.integer)) for v in x))


def _as_parts(x: Any) -> List[Span]:
    """A role/unit given as None, (s, e), an object with .start/.end, or a list of those."""
    if x is None:
        return []
    if isinstance(x, np.ndarray):
        x = x.tolist()
    if _is_pair(x):
        return [(int(x[0]), int(x[1]))]
    if hasattr(x, "start") and hasattr(x, "end") and not callable(x.start):
        return [(int(x.start), int(x.end))]
    if hasattr(x, "spans"):  # Cue
        return _as_parts(list(x.spans))
    if isinstance(x, _abc.Iterable) and not isinstance(x, (str, bytes)):
        out: List[Span] = []
        for item in x:
            out.extend(_as_parts(item))
        return out
    raise TypeError(f"cannot interpret {x!r} as a character span")


def _merge(parts: Iterable[Span]) -> Tuple[Span, ...]:
    """Sort, drop empty parts, merge overlapping or touching parts."""
    out: List[List[int]] = []
    for s, e in sorted(p for p in parts if p[1] > p[0]):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


@lru_cache(maxsize=256)
def _word_bounds(text: str, token_pattern: str) -> Tuple[np.ndarray, np.ndarray]:
    rx = re.compile(token_pattern)
    pairs = [(m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start()]
    arr = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    return arr[:, 0], arr[:, 1]


def word_spans(text: str, token_pattern: str = TOKEN_PATTERN) -> List[Span]:
    """Token spans of ``text``: the non-empty matches of ``token_pattern``.

    Examples
    --------
    >>> word_spans("It isn't well-known, sadly.")
    [(0, 2), (3, 8), (9, 19), (21, 26)]
    """
    starts, ends = _word_bounds(text, token_pattern)
    return list(zip(starts.tolist(), ends.tolist()))


def _token_mask(text: str, spans: Any, token_pattern: str) -> np.ndarray:
    """Boolean array over tokens: True where the token overlaps any span."""
    starts, ends = _word_bounds(text, token_pattern)
    parts = _as_parts(spans)
    for s, e in parts:
        if not 0 <= s <= e <= len(text):
            raise ValueError(f"span ({s}, {e}) is not inside a text of length {len(text)}")
    if not parts:
        return np.zeros(len(starts), dtype=bool)
    # character coverage by difference array, then prefix sums over characters
    diff = np.zeros(len(text) + 1, dtype=np.int64)
    p = np.asarray(parts, dtype=np.int64)
    np.add.at(diff, p[:, 0], 1)
    np.add.at(diff, p[:, 1], -1)
    covered = np.cumsum(diff[:-1]) > 0
    csum = np.concatenate([[0], np.cumsum(covered)])
    return (csum[ends] - csum[starts]) > 0


# ---------------------------------------------------------------------------------------------
# Count functions

def token_counts(text: str, pred_spans: Any, gold_spans: Any,
                 token_pattern: str = TOKEN_PATTERN) -> np.ndarray:
    """Token-level ``(tp, fp, fn)`` between predicted and gold character spans.

    A token (of ``token_pattern``) is positive on a side when it shares a character with a
    span of that side.

    Parameters
    ----------
    text : str
    pred_spans, gold_spans : sequence of (int, int)
        Character spans. Also accepted: objects with ``start``/``end`` (analyzer spans),
        :class:`Cue` objects, nested lists (discontinuous spans), ``None``.
    token_pattern : str, default :data:`TOKEN_PATTERN`

    Returns
    -------
    numpy.ndarray of shape (3,)

    Examples
    --------
    >>> token_counts("we may well be wrong", [(3, 11)], [(0, 6)]).tolist()
    [1, 1, 1]
    """
    pred = _token_mask(text, pred_spans, token_pattern)
    gold = _token_mask(text, gold_spans, token_pattern)
    return np.array([np.sum(pred & gold), np.sum(pred & ~gold), np.sum(~pred & gold)],
                    dtype=np.int64)


def token_counts_by_label(text: str, pred: Mapping[str, Any], gold: Mapping[str, Any],
                          labels: Optional[Sequence[str]] = None,
                          token_pattern: str = TOKEN_PATTERN) -> np.ndarray:
    """Token-level ``(tp, fp, fn)`` for several span types at once.

    Each label is scored one-vs-rest (a token predicted *source* but gold *content* is a false
    positive of *source* and a false negative of *content*). Summed over the label axis the
    counts give micro averages; :func:`macro_prf` averages per label.

    Parameters
    ----------
    text : str
    pred, gold : mapping of str to spans
        ``{label: spans}``; a missing label means no spans.
    labels : sequence of str, optional
        Row order; defaults to the sorted union of the keys.
    token_pattern : str, default :data:`TOKEN_PATTERN`

    Returns
    -------
    numpy.ndarray of shape (n_labels, 3)

    Examples
    --------
    >>> text = "Aides said it was over"
    >>> gold = {"source": [(0, 5)], "cue": [(6, 10)], "content": [(11, 22)]}
    >>> pred = {"source": [(0, 10)], "content": [(14, 22)]}
    >>> token_counts_by_label(text, pred, gold, labels=POLNEAR_ROLES).tolist()
    [[1, 1, 0], [0, 0, 1], [2, 0, 1]]
    """
    if labels is None:
        labels = sorted(set(pred) | set(gold))
    return np.stack([token_counts(text, pred.get(lab), gold.get(lab), token_pattern)
                     for lab in labels]).reshape(len(labels), 3)


def _units(items: Any) -> List[Tuple[Span, ...]]:
    """Normalise a list of span units: (s, e), lists of (s, e) parts, or span-like objects."""
    if items is None:
        return []
    if isinstance(items, np.ndarray):
        items = items.tolist()
    if _is_pair(items):
        items = [items]
    return [_merge(_as_parts(u)) for u in items]


def _overlap_matrix(a: Sequence[Tuple[Span, ...]], b: Sequence[Tuple[Span, ...]]) -> np.ndarray:
    """Characters shared by each unit of ``a`` and each unit of ``b``."""
    out = np.zeros((len(a), len(b)), dtype=np.int64)
    pa = [(i, s, e) for i, u in enumerate(a) for s, e in u]
    pb = [(j, s, e) for j, u in enumerate(b) for s, e in u]
    if not pa or not pb:
        return out
    A, B = np.array(pa, dtype=np.int64), np.array(pb, dtype=np.int64)
    ov = np.minimum(A[:, None, 2], B[None, :, 2]) - np.maximum(A[:, None, 1], B[None, :, 1])
    ov = np.clip(ov, 0, None)
    ii, jj = np.meshgrid(A[:, 0], B[:, 0], indexing="ij")
    np.add.at(out, (ii.ravel(), jj.ravel()), ov.ravel())
    return out


def _max_matching(weight: np.ndarray) -> List[Tuple[int, int]]:
    """Maximum-cardinality one-to-one matching over the positive cells of ``weight``.

    Iterative augmenting paths (Kuhn's algorithm), rows and columns tried by decreasing weight
    so that larger overlaps are preferred.
    """
    n_rows, n_cols = weight.shape
    adj = [[int(j) for j in np.argsort(-weight[i], kind="stable") if weight[i, j] > 0]
           for i in range(n_rows)]
    row_order = sorted(range(n_rows), key=lambda i: -(weight[i].max() if n_cols else 0))
    match_col: Dict[int, int] = {}  # column -> row
    for root in row_order:
        if not adj[root]:
            continue
        seen = set()
        parent: Dict[int, Tuple[int, Optional[int]]] = {}  # column -> (row, previous column)
        stack = [(root, None)]
        end_col = None
        while stack and end_col is None:
            row, via = stack.pop()
            pushed = []
            for col in adj[row]:  # best candidate first
                if col in seen:
                    continue
                seen.add(col)
                parent[col] = (row, via)
                if col not in match_col:
                    end_col = col
                    break
                pushed.append((match_col[col], col))
            stack.extend(reversed(pushed))  # depth-first, best candidate explored first
        if end_col is None:
            continue
        col: Optional[int] = end_col
        while col is not None:  # flip the augmenting path
            row, prev = parent[col]
            match_col[col] = row
            col = prev
    return sorted((r, c) for c, r in match_col.items())


def span_counts(pred_spans: Any, gold_spans: Any, mode: str = "exact") -> np.ndarray:
    """Span-level ``(tp, fp, fn)``.

    Each element is one *unit*: a span ``(s, e)`` or a list of spans of a multi-part unit
    (``[(3, 9), (16, 18)]`` for *either ... or*), its overlapping or touching parts merged.

    ``mode="exact"``: units match with exactly the same characters (multiset intersection).
    ``mode="overlap"``: units match when they share a character, one-to-one (a maximum
    matching preferring larger overlaps), so one prediction covering two gold spans earns one
    true positive and one false negative.

    Parameters
    ----------
    pred_spans, gold_spans : sequence of units
    mode : {"exact", "overlap"}, default "exact"

    Returns
    -------
    numpy.ndarray of shape (3,)

    Examples
    --------
    >>> gold = [(0, 4), [(10, 12), (20, 22)]]
    >>> span_counts([(0, 4), (10, 12)], gold).tolist()
    [1, 1, 1]
    >>> span_counts([(0, 4), (10, 12)], gold, mode="overlap").tolist()
    [2, 0, 0]
    >>> span_counts([(0, 30)], [(0, 4), (10, 12)], mode="overlap").tolist()
    [1, 0, 1]
    """
    pred, gold = _units(pred_spans), _units(gold_spans)
    if mode == "exact":
        tp = sum((Counter(pred) & Counter(gold)).values())
    elif mode == "overlap":
        tp = len(_max_matching(_overlap_matrix(pred, gold)))
    else:
        raise ValueError(f"mode must be 'exact' or 'overlap', got {mode!r}")
    return np.array([tp, len(pred) - tp, len(gold) - tp], dtype=np.int64)


def _role(rel: Any, role: str) -> Any:
    if isinstance(rel, _abc.Mapping):
        return rel.get(role)
    return getattr(rel, role, None)


def relation_counts(text: str, pred: Sequence[Any], gold: Sequence[Any],
                    match_on: Sequence[str] = ("cue",),
                    token_pattern: str = TOKEN_PATTERN) -> np.ndarray:
    """Attribution-level counts: relation ``(tp, fp, fn)`` and per-role token counts.

    Relations match one-to-one when their ``match_on`` roles overlap, preferring larger
    overlaps of the first. The roles of matched pairs are compared with :func:`token_counts`,
    so the role rows measure how well the *parts* of found relations agree, row 0 how many
    relations are found.

    Parameters
    ----------
    text : str
    pred, gold : sequence of relations
        Objects with ``source``/``cue``/``content`` attributes (e.g. :class:`GoldAttribution`
        or the analyzer's ``framing.analysis.Attribution``, whose parts have
        ``start``/``end``) or mappings with those keys; a role may be ``None``, a span, or a
        list of spans.
    match_on : sequence of str, default ("cue",)
    token_pattern : str, default :data:`TOKEN_PATTERN`

    Returns
    -------
    numpy.ndarray of shape (4, 3)
        Rows :data:`RELATION_ROWS` = relation, source, cue, content.

    Examples
    --------
    >>> from framing.evaluation.datasets import GoldAttribution
    >>> text = "Aides said it was over, he added."
    >>> gold = [GoldAttribution("E1", ((0, 5),), ((6, 10),), ((11, 22),))]
    >>> pred = [{"source": (0, 5), "cue": (6, 10), "content": (14, 22)},
    ...         {"source": (24, 26), "cue": (27, 32), "content": None}]
    >>> relation_counts(text, pred, gold).tolist()
    [[1, 1, 0], [1, 0, 0], [1, 0, 0], [2, 0, 1]]
    """
    unknown = set(match_on) - set(POLNEAR_ROLES)
    if unknown or not match_on:
        raise ValueError(f"match_on must name roles among {POLNEAR_ROLES}, got {match_on!r}")
    pred, gold = list(pred), list(gold)
    weight = None
    for k, role in enumerate(match_on):
        ov = _overlap_matrix([_merge(_as_parts(_role(r, role))) for r in pred],
                             [_merge(_as_parts(_role(r, role))) for r in gold])
        weight = ov if k == 0 else np.where(ov > 0, weight, 0)
    pairs = _max_matching(weight)
    out = np.zeros((len(RELATION_ROWS), 3), dtype=np.int64)
    tp = len(pairs)
    out[0] = tp, len(pred) - tp, len(gold) - tp
    for i, j in pairs:
        for k, role in enumerate(POLNEAR_ROLES, start=1):
            out[k] += token_counts(text, _role(pred[i], role), _role(gold[j], role),
                                   token_pattern)
    return out


def sentence_counts(pred: Sequence[Any], gold: Sequence[Any], positive: Any = 1,
                    per_unit: bool = False, both_classes: bool = False) -> np.ndarray:
    """Sentence-level ``(tp, fp, fn)`` for binary labels.

    Parameters
    ----------
    pred, gold : sequence
        Labels, compared with ``positive`` (booleans work with the default: ``True == 1``).
    positive : object, default 1
    per_unit : bool, default False
        One count row per sentence, for bootstrapping over sentences.
    both_classes : bool, default False
        Also count the negative class as positive: rows (positive, negative), whose
        :func:`macro_prf` is the macro score reported for BABE.

    Returns
    -------
    numpy.ndarray
        Shape ``(3,)``, ``(2, 3)``, ``(n, 3)`` or ``(n, 2, 3)``.

    Examples
    --------
    >>> sentence_counts([1, 1, 0, 0], [1, 0, 1, 0]).tolist()
    [1, 1, 1]
    >>> macro_prf(sentence_counts([1, 1, 0, 0], [1, 0, 0, 0], both_classes=True)).round(4).tolist()
    [0.75, 0.8333, 0.7333]
    """
    p = np.asarray([x == positive for x in pred], dtype=bool)
    g = np.asarray([x == positive for x in gold], dtype=bool)
    if p.shape != g.shape:
        raise ValueError(f"pred has {p.size} labels, gold has {g.size}")
    rows = np.stack([p & g, p & ~g, ~p & g], axis=-1).astype(np.int64)
    if both_classes:
        neg = np.stack([~p & ~g, ~p & g, p & ~g], axis=-1).astype(np.int64)
        rows = np.stack([rows, neg], axis=-2)
    return rows if per_unit else rows.sum(axis=0)


# ---------------------------------------------------------------------------------------------
# Scores and bootstrap

def prf(counts: Any, zero_division: float = 0.0) -> np.ndarray:
    """Precision, recall and F1 from summed ``(tp, fp, fn)`` counts; vectorised.

    Parameters
    ----------
    counts : array_like of shape (..., 3)
    zero_division : float, default 0.0
        Value of a score whose denominator is 0 (as in scikit-learn).

    Returns
    -------
    numpy.ndarray of shape (..., 3)
        Last axis ``precision, recall, f1``.

    Examples
    --------
    >>> prf([8, 2, 6]).tolist()
    [0.8, 0.5714285714285714, 0.6666666666666666]
    >>> prf([[0, 0, 0], [1, 1, 0]]).tolist()
    [[0.0, 0.0, 0.0], [0.5, 1.0, 0.6666666666666666]]
    """
    c = np.asarray(counts, dtype=float)
    if c.shape[-1:] != (3,):
        raise ValueError(f"counts must have a last axis of length 3, got shape {c.shape}")
    tp, fp, fn = c[..., 0], c[..., 1], c[..., 2]

    def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(den > 0, num / np.where(den > 0, den, 1), zero_division)

    # F1 = 2tp / (2tp + fp + fn), the harmonic mean of P and R when both are defined
    return np.stack([ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(2 * tp, 2 * tp + fp + fn)],
                    axis=-1)


def macro_prf(counts: Any, zero_division: float = 0.0) -> np.ndarray:
    """Macro-averaged :func:`prf` over the label axis of ``counts`` (..., n_labels, 3).

    Examples
    --------
    >>> macro_prf([[1, 0, 0], [0, 0, 1]]).tolist()
    [0.5, 0.5, 0.5]
    """
    return prf(counts, zero_division).mean(axis=-2)


def prf_dict(counts: Any, zero_division: float = 0.0) -> Dict[str, float]:
    """Counts and scores of one ``(tp, fp, fn)`` triple as a flat dict (for reports/JSON).

    Examples
    --------
    >>> prf_dict([1, 1, 0])
    {'tp': 1, 'fp': 1, 'fn': 0, 'precision': 0.5, 'recall': 1.0, 'f1': 0.6666666666666666}
    """
    c = np.asarray(counts)
    if c.shape != (3,):
        raise ValueError(f"expected one (tp, fp, fn) triple, got shape {c.shape}")
    p, r, f = prf(c, zero_division).tolist()
    tp, fp, fn = (int(v) for v in c)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def metric_ci(per_doc_counts: Any, metric: Callable[[np.ndarray], Any] = prf, *,
              n_resamples: int = 1000, seed: Any = 0, confidence_level: float = 0.95,
              method: str = "percentile") -> ConfidenceInterval:
    """A metric of summed counts with a bootstrap confidence interval (documents resampled).

    Each resample of :func:`framing.study.stats.bootstrap_ci` draws ``n`` documents with
    replacement, sums their counts and applies ``metric`` to the sum, as the estimate does.

    Parameters
    ----------
    per_doc_counts : array_like of shape (n_docs, ..., 3)
        Per-document counts, e.g. stacked :func:`token_counts` (``(n, 3)``),
        :func:`token_counts_by_label` (``(n, n_labels, 3)``) or :func:`relation_counts`
        (``(n, 4, 3)``).
    metric : callable, default :func:`prf`
        Maps summed counts to values; it must broadcast over leading axes.
    n_resamples, seed, confidence_level, method :
        As in :func:`~framing.study.stats.bootstrap_ci`.

    Returns
    -------
    framing.study.stats.ConfidenceInterval
        ``estimate``, ``low``, ``high`` (shaped as ``metric``'s output), ``n`` and
        ``distribution``. With fewer than two documents the interval is NaN.

    Examples
    --------
    >>> ci = metric_ci([[3, 1, 2]] * 25, n_resamples=200, seed=7)
    >>> ci.estimate.round(3).tolist(), ci.low.round(3).tolist()
    ([0.75, 0.6, 0.667], [0.75, 0.6, 0.667])
    >>> by_label = [[[1, 0, 0], [0, 1, 1]], [[2, 1, 0], [1, 0, 0]]]   # (documents, labels, 3)
    >>> macro = metric_ci(by_label, macro_prf, n_resamples=100)     # F1 (6/7 + 1/2) / 2
    >>> float(macro.estimate[2].round(3))
    0.679
    """
    counts = np.asarray(per_doc_counts, dtype=float)
    if counts.ndim < 1 or counts.shape[0] == 0:
        raise ValueError("per_doc_counts must contain at least one document")

    def statistic(resamples: np.ndarray, axis: int) -> np.ndarray:
        return np.asarray(metric(resamples.sum(axis=axis)), dtype=float)

    return bootstrap_ci(counts, statistic, n_resamples=n_resamples, seed=seed,
                        confidence_level=confidence_level, method=method)


def ci_dict(ci: ConfidenceInterval, names: Sequence[str] = ("precision", "recall", "f1")
            ) -> Dict[str, Any]:
    """``{name: {"estimate", "low", "high"}}`` over the last axis of a :func:`metric_ci`
    result (plain floats or lists; an undefined bound is NaN).

    Examples
    --------
    >>> ci_dict(metric_ci([[1, 1, 0]] * 3, n_resamples=50))["precision"]
    {'estimate': 0.5, 'low': 0.5, 'high': 0.5}
    """
    est, low, high = (np.asarray(x, dtype=float) for x in (ci.estimate, ci.low, ci.high))
    return {name: {"estimate": est[..., k].tolist(), "low": low[..., k].tolist(),
                   "high": high[..., k].tolist()}
            for k, name in enumerate(names)}
