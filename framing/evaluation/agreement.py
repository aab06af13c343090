"""Agreement of a scorer with human coders: Cohen's kappa, Krippendorff's alpha.

All computed with :class:`nltk.metrics.agreement.AnnotationTask`; ``None``/NaN labels are missing.
"""
from __future__ import annotations

import math
from collections import abc as _abc
from typing import (Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence,
                    Tuple, Union)

import numpy as np

__all__ = ["cohen_kappa", "krippendorff_alpha", "coder_agreement"]


def _missing(x: Any) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _task(triples: Iterable[Tuple[str, Any, Any]], distance: Optional[Callable] = None):
    from nltk.metrics.agreement import AnnotationTask
    from nltk.metrics.distance import binary_distance

    return AnnotationTask(data=list(triples), distance=distance or binary_distance)


def _coder_table(labels_by_coder: Union[Mapping[str, Sequence[Any]], Sequence[Sequence[Any]]]
                 ) -> Dict[str, List[Any]]:
    if isinstance(labels_by_coder, _abc.Mapping):
        table = {str(k): list(v) for k, v in labels_by_coder.items()}
    else:
        table = {f"coder{k}": list(v) for k, v in enumerate(labels_by_coder)}
    lengths = {len(v) for v in table.values()}
    if len(lengths) > 1:
        raise ValueError(f"all coders must label the same items; lengths {sorted(lengths)}")
    return table


def cohen_kappa(labels_a: Sequence[Any], labels_b: Sequence[Any]) -> float:
    """Cohen's kappa between two label sequences (nominal labels).

    Items with a missing label are dropped. When both coders use one and the same label
    throughout, kappa is 1.0 (nltk's convention).

    Examples
    --------
    >>> # 2x2 table [[20, 5], [10, 15]]: po = 0.7, pe = 0.5, kappa = 0.4
    >>> a = [1] * 25 + [0] * 25
    >>> b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    >>> round(cohen_kappa(a, b), 10)
    0.4
    """
    a, b = list(labels_a), list(labels_b)
    if len(a) != len(b):
        raise ValueError(f"labels_a has {len(a)} items, labels_b has {len(b)}")
    pairs = [(x, y) for x, y in zip(a, b) if not (_missing(x) or _missing(y))]
    if not pairs:
        raise ValueError("no item is labelled by both coders")
    triples = [t for i, (x, y) in enumerate(pairs) for t in (("a", i, x), ("b", i, y))]
    return float(_task(triples).kappa())


def krippendorff_alpha(labels_by_coder: Union[Mapping[str, Sequence[Any]], Sequence[Sequence[Any]]],
                       distance: Optional[Callable[[Any, Any], float]] = None) -> float:
    """Krippendorff's alpha over any number of coders, missing labels allowed.

    Items with fewer than two labels do not count; nltk returns 1.0 when a single label value
    occurs.

    Parameters
    ----------
    labels_by_coder : mapping of coder to sequence, or sequence of sequences
        Item *i* of every sequence is the same unit.
    distance : callable, optional
        Label distance; default ``nltk.metrics.distance.binary_distance`` (nominal data).

    Examples
    --------
    >>> round(krippendorff_alpha({"a": [1, 1, 0, 0], "b": [1, 0, 0, 0]}), 4)
    0.5333
    """
    table = _coder_table(labels_by_coder)
    triples = [(c, i, lab) for c, labs in table.items() for i, lab in enumerate(labs)
               if not _missing(lab)]
    if not triples:
        raise ValueError("no labels")
    return float(_task(triples, distance).alpha())


def coder_agreement(scorer_labels: Sequence[Any],
                    coder_labels: Union[Mapping[str, Sequence[Any]], Sequence[Sequence[Any]]],
                    distance: Optional[Callable[[Any, Any], float]] = None) -> Dict[str, Any]:
    """Agreement of a scorer with human coders, next to the coders' agreement among themselves.

    Parameters
    ----------
    scorer_labels : sequence
    coder_labels : mapping of coder to sequence, or sequence of sequences
        Human labels, aligned with ``scorer_labels``.
    distance : callable, optional
        As in :func:`krippendorff_alpha`.

    Returns
    -------
    dict
        ``kappa`` ({coder: Cohen's kappa of scorer vs coder}), ``mean_kappa``,
        ``alpha_coders`` (alpha among humans; NaN with fewer than two coders),
        ``alpha_with_scorer`` (alpha with the scorer added as one more coder) and
        ``n_items``. A scorer as reliable as a human leaves alpha roughly unchanged.

    Examples
    --------
    >>> out = coder_agreement([1, 1, 0, 0], {"h1": [1, 1, 0, 0], "h2": [1, 0, 0, 0]})
    >>> out["kappa"], round(out["alpha_coders"], 4)
    ({'h1': 1.0, 'h2': 0.5}, 0.5333)
    """
    table = _coder_table(coder_labels)
    scorer = list(scorer_labels)
    if table and len(scorer) != len(next(iter(table.values()))):
        raise ValueError("scorer and coders must label the same items")
    kappas = {c: cohen_kappa(scorer, labs) for c, labs in table.items()}
    alpha_coders = krippendorff_alpha(table, distance) if len(table) >= 2 else float("nan")
    key = "scorer"
    while key in table:
        key = "_" + key
    alpha_all = krippendorff_alpha({**table, key: scorer}, distance)
    return {"kappa": kappas,
            "mean_kappa": float(np.mean(list(kappas.values()))) if kappas else float("nan"),
            "alpha_coders": alpha_coders, "alpha_with_scorer": alpha_all,
            "n_items": len(scorer)}
