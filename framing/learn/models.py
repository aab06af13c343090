"""Trainable classifiers: task recipes, training, prediction, evaluation, safe model files.

Every task recipe (:data:`RECIPES`) builds a :class:`BlockStackingClassifier` over three
feature blocks: ``word``, TF-IDF of word 1-2-grams; ``char``, TF-IDF of ``char_wb`` 2-5-grams
(``min_df=2``; both sublinear); ``framing``, the standardised measures of
:class:`framing.features.FramingFeatures`. One L2 logistic regression per block and output
scores the text; a logistic or softmax model fitted on out-of-fold block scores combines them
(stacked generalisation, Wolpert 1992), so the probabilities are calibrated on unseen data (as
in Platt scaling, Platt 1999). Every step is linear, so each prediction decomposes exactly
into per-feature contributions (:meth:`TrainedModel.explain`).

===============  ==============================  ==========================================
task             data it is meant for            metric the CV optimises
===============  ==============================  ==========================================
``bias``         sentences, BABE/MBIC style      macro-F1
``uncertainty``  sentences, CoNLL-2010 style     F1 of the positive (uncertain) class
``frame``        headlines or articles coded     macro-F1 (over classes; over labels when
                 with a researcher's codebook    several label columns are given)
===============  ==============================  ==========================================

Model files are written with :mod:`skops.io` and read back only after every type in them has
been checked against :data:`TRUSTED_TYPES`; nothing is ever unpickled. A model card (Markdown
and JSON) is written next to each model file.

Examples
--------
>>> texts = ["The corrupt regime's disgraceful sham.", "The council met on Monday.",
...          "A shameful, outrageous betrayal.", "The report was published on Tuesday."] * 6
>>> labels = ["Biased", "Non-biased", "Biased", "Non-biased"] * 6
>>> model = train("bias", texts, labels, cv=3)
>>> model.predict(["An outrageous, disgraceful sham."])
['Biased']
"""
from __future__ import annotations

import copy
import datetime as _dt
import hashlib
import json
import math
import warnings
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
from scipy import sparse
from scipy.optimize import minimize
from scipy.special import expit, log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils import _safe_indexing
from sklearn.utils.multiclass import type_of_target
from sklearn.utils.validation import check_is_fitted

from .._version import __version__, software_versions
from ..corpus import atomic_write_bytes, label_text, sha256_file
from ..errors import ModelFileError, TrainingDataError, one_line
from .skops_files import read_skops
from ..evaluation.metrics import macro_prf, metric_ci, prf
from ..settings import Signature

__all__ = [
    "RECIPES",
    "METRICS",
    "TRUSTED_TYPES",
    "CARD_PACKAGES",
    "RECIPE_NAME",
    "ModelFileError",
    "TrainingDataError",
    "BlockStackingClassifier",
    "TrainedModel",
    "make_recipe",
    "train",
    "evaluate",
    "save_model",
    "load_model",
    "card_paths",
    "model_card_markdown",
    "classification_metrics",
    "file_sha256",
]

#: The task recipes: the metric their cross-validation optimises and a one-line description.
RECIPES: Dict[str, Dict[str, str]] = {
    "bias": {
        "metric": "macro_f1",
        "description": "sentence-level media bias (BABE/MBIC style): word 1-2-grams + char "
        "2-5-grams + framing measures, stacked logistic regressions; macro-F1",
    },
    "uncertainty": {
        "metric": "f1",
        "description": "sentence-level uncertainty / hedging (CoNLL-2010 style): word 1-2-grams "
        "+ char 2-5-grams + framing measures, stacked logistic regressions; F1 of the "
        "positive class",
    },
    "frame": {
        "metric": "macro_f1",
        "description": "frames of a researcher's codebook, one label (multi-class) or several "
        "binary label columns (multi-label): word 1-2-grams + char 2-5-grams + framing "
        "measures, stacked logistic regressions; macro-F1",
    },
}

#: Metrics a :class:`BlockStackingClassifier` can optimise.
METRICS = ("macro_f1", "f1", "accuracy")

#: Regularisation grid searched for every block (inverse L2 strength of the logistic
#: regressions). TF-IDF blocks of sentence data choose 1-16 on BABE, CoNLL-2010 and GVFC
#: (reports/classifiers/); the standardised framing block is insensitive to C.
DEFAULT_CS = (0.25, 1.0, 4.0, 16.0)
#: Candidate probability thresholds for binary and multi-label decisions.
_THRESHOLDS = tuple(np.round(np.arange(0.05, 0.951, 0.005), 3).tolist())
#: Half-width of the moving average of :func:`_smoothed_best_threshold`.
_THRESHOLD_BAND = 0.05
#: Candidate exponents tau of the multi-class prior correction argmax_k p_k / prior_k**tau.
_TAUS = (0.0, 0.25, 0.5, 0.75, 1.0)
#: L2 penalty of the stacking weights (per mean log-loss); keeps them finite on separable data.
_META_L2 = 1e-3
#: Format version of the model files written by :func:`save_model`.
MODEL_FORMAT = 1
#: The software whose versions a model card records (:func:`framing._version.software_versions`).
CARD_PACKAGES = ("framing", "scikit-learn", "numpy", "scipy", "skops")
#: The name of the recipe in the signature of a model.
RECIPE_NAME = "stack-word12-charwb25-framing"


# --------------------------------------------------------------------------------------------
# The stacked block model


def _metric_value(metric: str, Y: np.ndarray, P: np.ndarray, kind: str) -> float:
    """The metric of indicator predictions ``P`` against indicator truth ``Y`` (n, L); ``kind``
    ``"binary"`` has one column, the positive class."""
    Y, P = Y.astype(bool), P.astype(bool)
    if kind == "binary":  # expand to both classes for macro-F1 and accuracy
        Y, P = np.column_stack([~Y[:, 0], Y[:, 0]]), np.column_stack([~P[:, 0], P[:, 0]])
    if metric == "accuracy":  # exact match of the indicator rows (multi-label: subset accuracy)
        return float((Y == P).all(axis=1).mean())
    f1 = prf(np.stack([(Y & P).sum(0), (~Y & P).sum(0), (Y & ~P).sum(0)], axis=-1))[:, 2]
    if metric == "f1" and kind == "binary":
        return float(f1[1])
    if metric in ("macro_f1", "f1"):  # "f1" of several outputs: the mean of their F1 (macro)
        return float(f1.mean())
    raise ValueError(f"unknown metric {metric!r}; valid options are {sorted(METRICS)}")


def _fit_block(X: Any, Y: np.ndarray, C: float, class_weight: Optional[str],
               seed: int) -> Tuple[np.ndarray, np.ndarray]:
    """Coefficients (L, F) and intercepts (L,) of one binary L2 logistic regression per output."""
    W, b = np.zeros((Y.shape[1], X.shape[1])), np.zeros(Y.shape[1])
    for l in range(Y.shape[1]):
        n_pos = int(Y[:, l].sum())
        if n_pos in (0, len(Y)):  # one class only in this training fold: its smoothed log-odds
            prior = (n_pos + 0.5) / (len(Y) + 1.0)
            b[l] = math.log(prior / (1 - prior))
            continue
        m = LogisticRegression(C=C, solver="liblinear", class_weight=class_weight,
                               random_state=seed, max_iter=1000).fit(X, Y[:, l])
        W[l], b[l] = m.coef_.ravel(), m.intercept_[0]
    return W, b


def _block_fold_scores(X_train: Any, Y_train: np.ndarray, X_test: Any, Cs: Sequence[float],
                       class_weight: Optional[str], seed: int) -> List[np.ndarray]:
    """Decision scores of the held-out rows, one (n_test, L) array per C."""
    out = []
    for C in Cs:
        W, b = _fit_block(X_train, Y_train, C, class_weight, seed)
        out.append(np.column_stack([X_test @ w + c for w, c in zip(W, b)]))
    return out


def _natural_decision(S: np.ndarray, kind: str) -> np.ndarray:
    if kind == "multiclass":
        P = np.zeros_like(S, dtype=bool)
        P[np.arange(len(S)), S.argmax(1)] = True
        return P
    return S > 0


def _meta_fit(S: np.ndarray, Y: np.ndarray, kind: str) -> Tuple[np.ndarray, np.ndarray]:
    """Stacking weights ``a`` (B, L) and intercepts ``c`` (L,), by L-BFGS on the mean log-loss
    plus ``_META_L2 * |a|^2``: multi-class, a softmax of ``sum_b a_b S[:, b, :] + c`` (weights
    shared by the classes); otherwise one logistic regression per output on its block scores.
    """
    n, B, L = S.shape
    if kind == "multiclass":
        yi = Y.argmax(1)

        def loss(theta: np.ndarray) -> Tuple[float, np.ndarray]:
            a, c = theta[:B], theta[B:]
            Z = np.einsum("nbl,b->nl", S, a) + c
            logp = log_softmax(Z, axis=1)
            G = np.exp(logp)
            G[np.arange(n), yi] -= 1.0
            G /= n
            ga = np.einsum("nl,nbl->b", G, S) + 2 * _META_L2 * a
            return float(-logp[np.arange(n), yi].mean() + _META_L2 * a @ a), np.concatenate([ga, G.sum(0)])

        x0 = np.concatenate([np.full(B, 1.0 / B), np.zeros(L)])
        res = minimize(loss, x0, jac=True, method="L-BFGS-B")
        a = np.repeat(res.x[:B, None], L, axis=1)
        return a, res.x[B:].copy()
    a = np.zeros((B, L))
    c = np.zeros(L)
    for l in range(L):
        s, y = S[:, :, l], Y[:, l].astype(float)

        def loss(theta: np.ndarray) -> Tuple[float, np.ndarray]:
            w, b = theta[:B], theta[B]
            z = s @ w + b
            p = expit(z)
            ll = np.logaddexp(0, z) - y * z
            g = (p - y) / n
            return float(ll.mean() + _META_L2 * w @ w), np.concatenate([s.T @ g + 2 * _META_L2 * w, [g.sum()]])

        res = minimize(loss, np.concatenate([np.full(B, 1.0 / B), [0.0]]), jac=True, method="L-BFGS-B")
        a[:, l], c[l] = res.x[:B], res.x[B]
    return a, c


def _smoothed_best_threshold(scores: Sequence[float], thresholds: Sequence[float] = _THRESHOLDS,
                             band: float = _THRESHOLD_BAND) -> float:
    """The threshold whose neighbourhood scores best: argmax of the moving average of ``scores``.

    The out-of-fold metric of a threshold is a step function of a few hundred held-out
    positives whose raw maximum is often a spike of noise, so each threshold is judged by the
    mean metric of the candidates within ``band`` of it; ties go to the one closest to 0.5.

    Examples
    --------
    >>> _smoothed_best_threshold([0.0, 1.0, 0.0, 0.6, 0.6, 0.6], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
    ...                          band=0.1)
    0.5
    """
    t = np.asarray(thresholds, dtype=float)
    s = np.asarray(scores, dtype=float)
    near = np.abs(t[:, None] - t[None, :]) <= band + 1e-9
    smooth = (near * s[None, :]).sum(1) / near.sum(1)
    best = np.flatnonzero(np.round(smooth, 12) == np.round(smooth.max(), 12))
    return float(t[best[np.argmin(np.abs(t[best] - 0.5))]])


def _meta_proba(S: np.ndarray, a: np.ndarray, c: np.ndarray, kind: str) -> np.ndarray:
    Z = np.einsum("nbl,bl->nl", S, a) + c
    return softmax(Z, axis=1) if kind == "multiclass" else expit(Z)


def _block_slices(union: FeatureUnion) -> Dict[str, Tuple[int, int]]:
    """Column range of every block of a fitted union that produced features."""
    slices, start = {}, 0
    for name, trans in union.transformer_list:
        if trans is None or isinstance(trans, str):  # "drop", "passthrough"
            continue
        width = len(trans.get_feature_names_out())
        if width:
            slices[name] = (start, start + width)
        start += width
    return slices


def _split(Xt: Any, slices: Sequence[Tuple[int, int]]) -> List[Any]:
    """The column blocks of ``Xt`` (CSR matrices or float arrays)."""
    if sparse.issparse(Xt):
        Xc = Xt.tocsc()
        return [Xc[:, s:e].tocsr() for s, e in slices]
    Xt = np.asarray(Xt, dtype=np.float64)
    return [Xt[:, s:e] for s, e in slices]


class BlockStackingClassifier(ClassifierMixin, BaseEstimator):
    """Stacked logistic regressions over the blocks of a :class:`~sklearn.pipeline.FeatureUnion`.

    ``fit`` (1) fits ``features``; (2) for every block, ``C`` in ``Cs`` and output (the positive
    class if binary, else each class or label) fits a binary L2 logistic regression on K-1 folds
    and scores the held-out fold; (3) keeps per block the ``C`` with the best ``metric``; fits
    (4) the stacking weights on the out-of-fold scores and (5) the decision rule (threshold or
    multi-class prior correction) on cross-validated stacked probabilities; (6) refits the
    blocks on all rows.

    Parameters
    ----------
    features : sklearn.pipeline.FeatureUnion
        The blocks; each transformer must implement ``get_feature_names_out``.
    Cs : sequence of float, default :data:`DEFAULT_CS`
    cv : int, default 5
        Folds (stratified for binary and multi-class targets).
    metric : {"macro_f1", "f1", "accuracy"}, default "macro_f1"
        What the choice of ``C`` and of the decision rule maximises. ``"f1"`` is the F1 of
        ``positive_label`` (binary) or the mean F1 of the labels (multi-label).
    positive_label : optional
        The positive class of a binary task; default the last of the sorted classes (as
        scikit-learn's ``pos_label=1``).
    class_weight : {"balanced", None}, default "balanced"
        Class weights of the block regressions (the stacked probabilities are unweighted).
    tune_decision : bool, default True
        Choose the threshold (:func:`_smoothed_best_threshold`, grid 0.05-0.95 by 0.005) or the
        multi-class prior correction by CV; otherwise 0.5 and argmax.
    random_state : int, default 0
    n_jobs : int, optional
        Parallel jobs over folds and blocks (joblib).
    fold_features : bool, default True
        Refit ``features`` on the training rows of every fold, so held-out rows are featurised
        as new texts are. ``False`` (one fit on all rows) leaks their rare n-grams into the
        TF-IDF norms and mis-tunes ``C``, stacking and threshold (in nested CV on CoNLL-2010
        Wikipedia it cost 0.007 F1 of the uncertain class).

    Attributes
    ----------
    features_ : FeatureUnion
    classes_ : ndarray
        Class labels; for multi-label, ``arange(n_labels)``.
    kind_ : {"binary", "multiclass", "multilabel"}
    pos_index_ : int or None
        Index in ``classes_`` of the positive class (binary tasks).
    blocks_, block_slices_ : list
        Names of the blocks and their column ranges in the union's output.
    block_C_ : dict of {block: C}
    coef_, intercept_ : list of ndarray
        Per block, (L, n_block_features) and (L,), of the refitted regressions.
    stack_weights_, stack_intercept_ : ndarray of shape (n_blocks, L) and (L,)
    threshold_, prior_exponent_ : ndarray of shape (L,) or None, float or None
        The decision rule: probability thresholds (binary and multi-label), or the exponent
        tau of the multi-class rule ``argmax_k p_k / prior_k**tau``.
    class_prior_ : ndarray
        Training frequency of each output.
    cv_results_ : dict
        Out-of-fold metric of every block and C, the chosen values, the stacked metric.
    oof_proba_, oof_pred_ : ndarray
        Cross-validated stacked probabilities of the training rows (binary: of the positive
        class, shape (n,); otherwise (n, L)) and decisions (bool, (n, L)).

    Examples
    --------
    >>> from sklearn.pipeline import FeatureUnion
    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> union = FeatureUnion([("word", TfidfVectorizer()),
    ...                       ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3)))])
    >>> clf = BlockStackingClassifier(union, cv=2).fit(
    ...     ["good fine", "bad awful", "fine good", "awful bad"] * 3, [1, 0, 1, 0] * 3)
    >>> clf.predict(["good", "awful"]).tolist()
    [1, 0]
    """

    def __init__(self, features: Any = None, Cs: Sequence[float] = DEFAULT_CS, cv: int = 5,
                 metric: str = "macro_f1", positive_label: Any = None,
                 class_weight: Optional[str] = "balanced", tune_decision: bool = True,
                 random_state: int = 0, n_jobs: Optional[int] = None, fold_features: bool = True):
        self.features = features
        self.Cs = Cs
        self.cv = cv
        self.metric = metric
        self.positive_label = positive_label
        self.class_weight = class_weight
        self.tune_decision = tune_decision
        self.random_state = random_state
        self.n_jobs = n_jobs
        self.fold_features = fold_features

    # -- persistence: vocabularies packed into one string each (see _pack_vocabularies)
    def __getstate__(self) -> Dict[str, Any]:
        state = super().__getstate__()
        if "features_" in state:
            state = dict(state)
            state["features_"], state["_packed_vocabularies"] = _pack_vocabularies(state["features_"])
        return state

    def __setstate__(self, state: Dict[str, Any]) -> None:
        state = dict(state)
        packed = state.pop("_packed_vocabularies", None)
        state.setdefault("fold_features", False)  # model files written before the parameter
        if packed:
            _unpack_vocabularies(state["features_"], packed)
        super().__setstate__(state)

    # -- validation
    def _check_params(self) -> None:
        if not isinstance(self.features, FeatureUnion):
            raise ValueError(
                f"features must be a sklearn.pipeline.FeatureUnion of the blocks, got "
                f"{type(self.features).__name__}"
            )
        if self.metric not in METRICS:
            raise ValueError(f"metric={self.metric!r} is not valid; valid options are {sorted(METRICS)}")
        if self.class_weight not in ("balanced", None):
            raise ValueError(
                f"class_weight={self.class_weight!r} is not valid; valid options are 'balanced', None"
            )
        Cs = list(self.Cs)
        if not Cs or not all(isinstance(c, (int, float)) and c > 0 for c in Cs):
            raise ValueError(f"Cs must be a non-empty sequence of positive numbers, got {self.Cs!r}")
        if not isinstance(self.cv, (int, np.integer)) or self.cv < 2:
            raise ValueError(f"cv must be an integer of at least 2, got {self.cv!r}")

    def _encode(self, y: Any) -> Tuple[np.ndarray, str]:
        target = type_of_target(y, input_name="y")
        if target == "multilabel-indicator":
            Y = np.asarray(y)
            if Y.ndim != 2:
                raise TrainingDataError("a multi-label target must be a 2-D indicator array")
            self.classes_ = np.arange(Y.shape[1])
            self.pos_index_ = None
            return Y.astype(bool), "multilabel"
        if target not in ("binary", "multiclass"):
            raise TrainingDataError(
                f"Unknown label type: {target!r}; expected class labels (binary or multi-class) "
                "or a 2-D 0/1 indicator array (multi-label)"
            )
        y = np.asarray(y).ravel()  # (n,) or (n, 1)
        classes = np.unique(y)
        if len(classes) < 2:
            raise TrainingDataError(f"y has only one class ({classes[0]!r}); a classifier needs two or more")
        self.classes_ = classes
        if len(classes) == 2:
            pos = self.positive_label if self.positive_label is not None else classes[1]
            matches = np.flatnonzero(classes == pos)
            if len(matches) != 1:
                raise TrainingDataError(
                    f"positive_label={pos!r} is not one of the classes; valid options are "
                    f"{classes.tolist()}"
                )
            self.pos_index_ = int(matches[0])
            return (y == classes[self.pos_index_])[:, None], "binary"
        self.pos_index_ = None
        return y[:, None] == classes[None, :], "multiclass"

    # -- fitting
    def fit(self, X: Any, y: Any) -> "BlockStackingClassifier":
        """Fit the blocks, choose C per block by CV, fit the stacking and the decision rule.

        ``y`` holds class labels (n,) or 0/1 indicators (n, L).
        """
        from joblib import Parallel, delayed

        self._check_params()
        Y, kind = self._encode(y)
        n = Y.shape[0]
        self.kind_ = kind
        if not hasattr(X, "__getitem__"):  # e.g. a generator of texts: folds index into X
            X = list(X)
        self.features_ = clone(self.features)
        Xt = self.features_.fit_transform(X)
        _drop_stop_words(self.features_)
        if Xt.shape[0] != n:
            raise TrainingDataError(f"X has {Xt.shape[0]} samples but y has {n}")
        slices = _block_slices(self.features_)
        if not slices:
            raise TrainingDataError("the feature union produced no features from the texts")
        self.blocks_, self.block_slices_ = list(slices), list(slices.values())
        blocks = _split(Xt, self.block_slices_)
        Cs = sorted(float(c) for c in self.Cs)
        seed = int(self.random_state)
        if kind == "multilabel":
            folds = list(KFold(self.cv, shuffle=True, random_state=seed).split(np.zeros(n)))
        else:
            folds = list(StratifiedKFold(self.cv, shuffle=True, random_state=seed).split(
                np.zeros(n), Y.argmax(1) if kind == "multiclass" else Y[:, 0]))
        # (2) out-of-fold scores of every block, C and output
        if self.fold_features:
            fold_data = [self._fold_blocks(X, tr, te) for tr, te in folds]
        else:
            fold_data = [([blk[tr] for blk in blocks], [blk[te] for blk in blocks]) for tr, te in folds]
        tasks = [(f, b) for f in range(len(folds)) for b in range(len(blocks))]
        results = Parallel(n_jobs=self.n_jobs)(
            delayed(_block_fold_scores)(fold_data[f][0][b], Y[folds[f][0]], fold_data[f][1][b],
                                        Cs, self.class_weight, seed)
            for f, b in tasks
        )
        del fold_data
        oof = [[np.zeros(Y.shape) for _ in Cs] for _ in blocks]
        for (f, b), scores in zip(tasks, results):
            for k, S in enumerate(scores):
                oof[b][k][folds[f][1]] = S
        # (3) C per block
        per_block: Dict[str, Dict[str, float]] = {}
        chosen = []
        for name, scores in zip(self.blocks_, oof):
            vals = [_metric_value(self.metric, Y, _natural_decision(S, kind), kind) for S in scores]
            per_block[name] = {repr(C): round(v, 6) for C, v in zip(Cs, vals)}
            chosen.append(int(np.argmax(vals)))
        self.block_C_ = {name: Cs[k] for name, k in zip(self.blocks_, chosen)}
        S = np.stack([scores[k] for scores, k in zip(oof, chosen)], axis=1)  # (n, B, L)
        # (4)-(5) stacking weights and decision rule, cross-validated on the same folds
        self.class_prior_ = Y.mean(0)
        oof_proba = np.zeros(Y.shape)
        for tr, te in folds:
            a, c = _meta_fit(S[tr], Y[tr], kind)
            oof_proba[te] = _meta_proba(S[te], a, c, kind)
        self.stack_weights_, self.stack_intercept_ = _meta_fit(S, Y, kind)
        self.threshold_, self.prior_exponent_ = self._choose_decision(oof_proba, Y, kind)
        self.oof_pred_ = self._decide(oof_proba)
        self.oof_proba_ = oof_proba[:, 0] if kind == "binary" else oof_proba
        self.cv_results_ = {
            "metric": self.metric,
            "folds": len(folds),
            "block_metric_by_C": per_block,
            "block_C": dict(self.block_C_),
            "stack_weights": {name: self.stack_weights_[b].round(6).tolist()
                              for b, name in enumerate(self.blocks_)},
            "threshold": None if self.threshold_ is None else self.threshold_.tolist(),
            "prior_exponent": self.prior_exponent_,
            "block_metric": {name: per_block[name][repr(self.block_C_[name])] for name in self.blocks_},
            "stacked_metric": _metric_value(self.metric, Y, self.oof_pred_, kind),
        }
        # (6) refit the block models on all rows
        refits = Parallel(n_jobs=self.n_jobs)(
            delayed(_fit_block)(blk, Y, self.block_C_[name], self.class_weight, seed)
            for blk, name in zip(blocks, self.blocks_)
        )
        self.coef_ = [w for w, _ in refits]
        self.intercept_ = [i for _, i in refits]
        return self

    def _fold_blocks(self, X: Any, train: np.ndarray, test: np.ndarray) -> Tuple[List[Any], List[Any]]:
        """The blocks of the training and held-out rows of one fold, ``features`` fitted on the
        training rows only (a block empty in this fold is one column of zeros)."""
        union = clone(self.features)
        Xs = union.fit_transform(_safe_indexing(X, train)), union.transform(_safe_indexing(X, test))
        slices = _block_slices(union)
        present = [name for name in self.blocks_ if name in slices]
        out = []
        for Xt in Xs:
            found = dict(zip(present, _split(Xt, [slices[name] for name in present])))
            out.append([found.get(name, sparse.csr_matrix((Xt.shape[0], 1))) for name in self.blocks_])
        return out[0], out[1]

    def _choose_decision(self, proba: np.ndarray, Y: np.ndarray,
                         kind: str) -> Tuple[Optional[np.ndarray], Optional[float]]:
        if kind == "multiclass":
            if not self.tune_decision:
                return None, 0.0
            prior = np.clip(self.class_prior_, 1e-12, None)
            best = max(_TAUS, key=lambda t: (_metric_value(
                self.metric, Y, _natural_decision(proba / prior ** t, kind), kind), -t))
            return None, float(best)
        thresholds = np.full(Y.shape[1], 0.5)
        if self.tune_decision:
            m = self.metric if kind == "binary" else "f1"
            for l in range(Y.shape[1]):
                col = Y[:, l:l + 1]
                scores = [_metric_value(m, col, proba[:, l:l + 1] >= t, "binary") for t in _THRESHOLDS]
                thresholds[l] = _smoothed_best_threshold(scores)
        return thresholds, None

    def _decide(self, proba: np.ndarray) -> np.ndarray:
        if self.kind_ == "multiclass":
            prior = np.clip(self.class_prior_, 1e-12, None)
            return _natural_decision(proba / prior ** (self.prior_exponent_ or 0.0), "multiclass")
        return proba >= self.threshold_[None, :]

    # -- prediction
    def _scores(self, X: Any) -> Tuple[np.ndarray, List[Any]]:
        check_is_fitted(self, "coef_")
        blocks = _split(self.features_.transform(X), self.block_slices_)
        S = np.stack([np.asarray(blk @ w.T) + b for blk, w, b in zip(blocks, self.coef_, self.intercept_)],
                     axis=1)
        return S, blocks

    def _proba_columns(self, X: Any) -> np.ndarray:
        S, _ = self._scores(X)
        return _meta_proba(S, self.stack_weights_, self.stack_intercept_, self.kind_)

    def predict_proba(self, X: Any) -> np.ndarray:
        """Calibrated probabilities (n, n_classes) in the order of ``classes_``; multi-label:
        (n, n_labels), the probability of each label."""
        return self._proba_from_columns(self._proba_columns(X))

    def predict(self, X: Any) -> np.ndarray:
        """Class labels (binary, multi-class) or a 0/1 indicator array (multi-label)."""
        return self._labels_from_decision(self._decide(self._proba_columns(X)))

    def _proba_from_columns(self, P: np.ndarray) -> np.ndarray:
        if self.kind_ == "binary":
            out = np.zeros((P.shape[0], 2))
            out[:, self.pos_index_] = P[:, 0]
            out[:, 1 - self.pos_index_] = 1 - P[:, 0]
            return out
        return P

    def _labels_from_decision(self, D: np.ndarray) -> np.ndarray:
        if self.kind_ == "binary":
            return np.where(D[:, 0], self.classes_[self.pos_index_], self.classes_[1 - self.pos_index_])
        if self.kind_ == "multiclass":
            return self.classes_[D.argmax(1)]
        return D.astype(int)

    # -- explanations
    def effective_coef(self) -> np.ndarray:
        """Weights of every feature in the stacked logit of each output, shape (L, n_features):
        block coefficients times the block's stacking weight."""
        check_is_fitted(self, "coef_")
        return np.hstack([self.stack_weights_[b][:, None] * self.coef_[b]
                          for b in range(len(self.blocks_))])

    def feature_names(self) -> np.ndarray:
        """Names of the features (``block__feature``), as the union's ``get_feature_names_out``."""
        check_is_fitted(self, "coef_")
        return self.features_.get_feature_names_out()

    def contributions(self, X: Any) -> Tuple[Any, np.ndarray]:
        """The features ``Xt`` (sparse, (n, n_features)) and :meth:`effective_coef` ``W``: feature
        ``j`` contributes ``Xt[i, j] * W[l, j]`` to output ``l`` of row ``i``."""
        _, blocks = self._scores(X)
        Xt = sparse.hstack([sparse.csr_matrix(b) for b in blocks]).tocsr()
        return Xt, self.effective_coef()


def _walk(est: Any, path: Tuple[str, ...] = ()) -> Iterable[Tuple[Tuple[str, ...], Any]]:
    """``est`` and every estimator inside it (unions, pipelines), each with its path of names."""
    yield path, est
    for attr in ("transformer_list", "steps"):
        for name, sub in getattr(est, attr, None) or []:
            if sub is not None and not isinstance(sub, str):
                yield from _walk(sub, path + (name,))


def _vectorizers(est: Any) -> List[Tuple[Tuple[str, ...], CountVectorizer]]:
    """The CountVectorizer/TfidfVectorizer objects inside a union or pipeline, by path."""
    return [(path, sub) for path, sub in _walk(est) if isinstance(sub, CountVectorizer)]


def _drop_stop_words(est: Any) -> None:
    """Remove the vectorizers' ``stop_words_``, which scikit-learn documents "can be safely
    removed"; for character n-grams they are millions of strings, most of a model file."""
    for _, vec in _vectorizers(est):
        if hasattr(vec, "stop_words_"):
            del vec.stop_words_


_VOCAB_SEP = "\x00"


def _pack_vocabularies(features: Any) -> Tuple[Any, List[List[Any]]]:
    """A copy of ``features`` whose vectorizers keep their vocabulary as one string.

    As a dict, a vocabulary of a few hundred thousand n-grams costs skops one JSON node per
    entry (tens of megabytes); the terms in column order joined by NUL are one string.
    Vocabularies with a NUL in a term or indices other than 0..V-1 stay dicts.
    """
    packed: List[List[Any]] = []
    if not any(hasattr(v, "vocabulary_") for _, v in _vectorizers(features)):
        return features, packed
    features = copy.deepcopy(features)
    for path, vec in _vectorizers(features):
        vocab = getattr(vec, "vocabulary_", None)
        if not isinstance(vocab, dict) or sorted(vocab.values()) != list(range(len(vocab))) \
                or any(_VOCAB_SEP in term for term in vocab):
            continue
        del vec.vocabulary_
        packed.append([list(path), _VOCAB_SEP.join(sorted(vocab, key=vocab.get)), len(vocab)])
    return features, packed


def _unpack_vocabularies(features: Any, packed: List[List[Any]]) -> None:
    by_path = dict(_vectorizers(features))
    for path, joined, n in packed:
        vec = by_path.get(tuple(path))
        if vec is None:
            raise ModelFileError(f"model file: no vectorizer at {'/'.join(path)} for a packed "
                                 "vocabulary")
        terms = joined.split(_VOCAB_SEP) if n else []
        if len(terms) != n:
            raise ModelFileError(f"model file: the vocabulary at {'/'.join(path)} is damaged")
        vec.vocabulary_ = {t: j for j, t in enumerate(terms)}


# --------------------------------------------------------------------------------------------
# Recipes


def make_recipe(task: str, *, seed: int = 0, cv: int = 5, n_jobs: Optional[int] = None,
                metric: Optional[str] = None, positive_label: Any = None,
                readability: bool = True, Cs: Sequence[float] = DEFAULT_CS,
                lexicons: Optional[Sequence[str]] = None,
                blocks: Sequence[str] = ("word", "char", "framing")) -> BlockStackingClassifier:
    """The unfitted model of a task recipe (see the module docstring).

    Parameters
    ----------
    task : {"bias", "uncertainty", "frame"}
    seed, cv, n_jobs, positive_label, Cs :
        As in :class:`BlockStackingClassifier` (``seed`` is ``random_state``).
    metric : {"macro_f1", "f1", "accuracy"}, optional
        Default: the task's (:data:`RECIPES`).
    readability, lexicons :
        Of the framing block, as in :class:`~framing.features.FramingFeatures`.
    blocks : sequence of {"word", "char", "framing"}, default all three
        Blocks to include (for ablations).

    Examples
    --------
    >>> clf = make_recipe("bias")
    >>> [name for name, _ in clf.features.transformer_list], clf.metric
    (['word', 'char', 'framing'], 'macro_f1')
    """
    from .features import FramingFeatures

    if task not in RECIPES:
        raise ValueError(f"unknown task {task!r}; valid options are {sorted(RECIPES)}")
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float64)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2,
                           dtype=np.float64)
    framing = Pipeline([
        ("measures", FramingFeatures(lexicons=None if lexicons is None else tuple(lexicons),
                                     unit="count", readability=readability)),
        ("scale", StandardScaler()),
    ])
    available = {"word": word, "char": char, "framing": framing}
    unknown = [b for b in blocks if b not in available]
    if unknown or not blocks:
        raise ValueError(f"unknown blocks {unknown or list(blocks)}; valid options are {list(available)}")
    union = FeatureUnion([(b, available[b]) for b in available if b in blocks])
    return BlockStackingClassifier(
        features=union, Cs=tuple(Cs), cv=cv, metric=metric or RECIPES[task]["metric"],
        positive_label=positive_label, class_weight="balanced", tune_decision=True,
        random_state=seed, n_jobs=n_jobs,
    )


# --------------------------------------------------------------------------------------------
# The trained model: what a model file holds


class TrainedModel:
    """A trained recipe with its labels and model card; what :func:`save_model` writes.

    Attributes
    ----------
    task, text_column : str
    estimator : BlockStackingClassifier
    label_columns : list of str
        One column (single-label) or several (multi-label).
    multilabel : bool
    classes : list of str
        The class labels (single-label) or the label column names (multi-label).
    positive_label : str or None
    excluded_labels : list of str
        Labels whose rows were dropped from training; :func:`evaluate` drops them too.
    card : dict
        The model card (see :func:`model_card_markdown`).
    """

    def __init__(self, task: str, estimator: BlockStackingClassifier, label_columns: Sequence[str],
                 multilabel: bool, classes: Sequence[str], positive_label: Optional[str] = None,
                 excluded_labels: Sequence[str] = (), text_column: str = "text",
                 card: Optional[Dict[str, Any]] = None):
        self.task = task
        self.estimator = estimator
        self.label_columns = list(label_columns)
        self.multilabel = bool(multilabel)
        self.classes = [str(c) for c in classes]
        self.positive_label = positive_label
        self.excluded_labels = list(excluded_labels)
        self.text_column = text_column
        self.card = dict(card or {})
        self.format = MODEL_FORMAT

    def __repr__(self) -> str:
        kind = "multi-label" if self.multilabel else f"{len(self.classes)} classes"
        return f"TrainedModel(task={self.task!r}, {kind}: {self.classes})"

    @property
    def signature(self) -> str:
        """The framing signature of the features, plus the recipe settings."""
        return self.card.get("signature", "")

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probabilities, columns in the order of :attr:`classes`."""
        return self.estimator.predict_proba(list(texts))

    def predict(self, texts: Sequence[str]) -> List[str]:
        """Predicted labels: a class, or the predicted labels joined by ``;`` (multi-label)."""
        return [p for p, _ in self.predict_with_probability(texts)[0]]

    def _predict(self, texts: Sequence[str]) -> Tuple[np.ndarray, np.ndarray]:
        """The probability matrix and the decisions: class labels, or label indicators."""
        est = self.estimator
        columns = est._proba_columns(list(texts))
        return est._proba_from_columns(columns), est._labels_from_decision(est._decide(columns))

    def predict_with_probability(self, texts: Sequence[str]) -> Tuple[List[Tuple[str, float]], np.ndarray]:
        """``(prediction, probability)`` per text, and the probability matrix.

        ``probability`` is that of the predicted class; multi-label, of the predicted label set
        with labels independent given the text (``p`` of predicted times ``1 - p`` of others).
        """
        P, decided = self._predict(texts)
        if self.multilabel:
            return [(";".join(c for c, on in zip(self.classes, d) if on),
                     float(np.prod(np.where(d, p, 1 - p)))) for d, p in zip(decided, P)], P
        index = {str(c): k for k, c in enumerate(self.estimator.classes_.tolist())}
        return [(str(y), float(p[index[str(y)]])) for y, p in zip(decided, P)], P

    def top_features(self, k: int = 15, block: Optional[str] = None) -> Dict[str, List[Tuple[str, float]]]:
        """The ``k`` features with the largest weights towards each class (or label).

        Returns ``{class: [(feature, weight), ...]}``, weights of
        :meth:`BlockStackingClassifier.effective_coef` (a binary model's negative class gets the
        most negative); ``block`` keeps the features of one block.
        """
        est = self.estimator
        W = est.effective_coef()
        names = est.feature_names()
        idx = np.arange(len(names))
        if block is not None:
            if block not in est.blocks_:
                raise ValueError(f"unknown block {block!r}; valid options are {est.blocks_}")
            idx = np.flatnonzero(np.char.startswith(names.astype(str), block + "__"))

        def ranked(w: np.ndarray, sign: float) -> List[Tuple[str, float]]:
            order = np.argsort(-sign * w, kind="stable")[:k]
            return [(str(names[idx[j]]), float(w[j])) for j in order if sign * w[j] > 0]

        if est.kind_ == "binary":
            return {str(est.classes_[est.pos_index_]): ranked(W[0, idx], 1.0),
                    str(est.classes_[1 - est.pos_index_]): ranked(W[0, idx], -1.0)}
        return {c: ranked(W[l, idx], 1.0) for l, c in enumerate(self.classes)}

    def explain(self, texts: Sequence[str], k: int = 5) -> List[str]:
        """Per-prediction contributions: the ``k`` features that pushed most towards the prediction.

        Each item reads ``feature:+0.123; feature:+0.045; ...``, contributions to the stacked
        logit of the predicted class; multi-label: ``label: ...`` per predicted label, joined by
        `` | ``.
        """
        est = self.estimator
        Xt, W = est.contributions(list(texts))
        names = est.feature_names()
        D = est._decide(est._proba_columns(list(texts)))
        out = []
        for i in range(Xt.shape[0]):
            row = Xt.getrow(i)
            cols, vals = row.indices, row.data

            def top(l: int, sign: float) -> str:
                contrib = sign * vals * W[l, cols]
                order = np.argsort(-contrib, kind="stable")[:k]
                return "; ".join(f"{names[cols[j]]}:{contrib[j]:+.3f}" for j in order if contrib[j] > 0)

            if est.kind_ == "binary":
                out.append(top(0, 1.0 if D[i, 0] else -1.0))
            elif est.kind_ == "multiclass":
                out.append(top(int(D[i].argmax()), 1.0))
            else:
                out.append(" | ".join(f"{self.classes[l]}: {top(l, 1.0)}" for l in np.flatnonzero(D[i])))
        return out


# --------------------------------------------------------------------------------------------
# Training


_TRUE = {"1", "true", "yes", "y", "t", "1.0"}
_FALSE = {"0", "false", "no", "n", "f", "0.0"}


def _as_bool(value: Optional[str], column: str, row: int) -> bool:
    v = (value or "").lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise TrainingDataError(
        f"row {row}: label column {column!r} holds {value!r}; a multi-label column must be "
        f"binary (valid values: {sorted(_TRUE | _FALSE)})"
    )


def _default_positive(classes: Sequence[str], counts: Mapping[str, int]) -> str:
    lower = {c.lower(): c for c in classes}
    for v in ("1", "true", "yes", "positive", "uncertain", "biased"):
        if v in lower:
            return lower[v]
    return min(classes, key=lambda c: (counts[c], c))  # the minority class


def _labelled_rows(texts: Sequence[str], labels: Sequence[Any], label_columns: Sequence[str],
                   multilabel: bool, excluded: Sequence[str]) -> Tuple[List[str], List[Any], int, int]:
    """The texts and labels of the rows with a usable label (multi-label: a list of booleans per
    row), the number of rows dropped for a missing label and for an ``excluded`` one."""
    texts, labels = list(texts), list(labels)
    if len(texts) != len(labels):
        raise TrainingDataError(f"{len(texts)} texts but {len(labels)} labels")
    kept_texts: List[str] = []
    kept_labels: List[Any] = []
    n_missing = n_excluded = 0
    for i, (text, label) in enumerate(zip(texts, labels)):
        if multilabel:
            values = [label_text(v) for v in label]
            if any(v is None for v in values):
                n_missing += 1
                continue
            label = [_as_bool(v, c, i + 1) for v, c in zip(values, label_columns)]
        else:
            label = label_text(label)
            if label is None:
                n_missing += 1
                continue
            if label in excluded:
                n_excluded += 1
                continue
        kept_texts.append(text)
        kept_labels.append(label)
    return kept_texts, kept_labels, n_missing, n_excluded


def file_sha256(path: Union[str, Path]) -> str:
    """Hex sha256 of a file's bytes.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "x.txt")
    >>> _ = open(p, "w").write("abc")
    >>> file_sha256(p)[:12]
    'ba7816bf8f01'
    """
    return sha256_file(path)


def train(task: str, texts: Sequence[str], labels: Union[Sequence[Any], Sequence[Sequence[Any]]], *,
          label_columns: Sequence[str] = ("label",), seed: int = 0, cv: int = 5,
          n_jobs: Optional[int] = None, exclude_labels: Sequence[str] = (),
          positive_label: Optional[str] = None, metric: Optional[str] = None,
          data_info: Optional[Dict[str, Any]] = None, text_column: str = "text",
          n_boot: int = 1000, readability: bool = True,
          notes: Optional[List[str]] = None) -> TrainedModel:
    """Train a task recipe and build its model card.

    Parameters
    ----------
    task : {"bias", "uncertainty", "frame"}
    texts : sequence of str
    labels : sequence
        One label per text; with several ``label_columns``, one sequence of binary values per
        text (multi-label, one value per column).
    label_columns : sequence of str, default ("label",)
        Several make a multi-label model.
    seed, cv, n_jobs, metric, readability :
        As in :func:`make_recipe`.
    exclude_labels : sequence of str
        Single-label: rows with these labels are dropped (e.g. ``"99"`` for "no frame").
    positive_label : str, optional
        Binary tasks; default ``1``/``true``/``yes`` if present, else the minority class.
    data_info : dict, optional
        Provenance for the card (file, sha256, rows read), as is ``text_column``.
    n_boot : int, default 1000
        Bootstrap replicates of the card's confidence intervals.
    notes : list of str, optional
        Receives one line per notable decision (dropped rows and classes).

    Raises
    ------
    TrainingDataError
        Too few rows or classes, or labels that cannot be used.

    Examples
    --------
    >>> texts = ["It may rain, reportedly.", "It rained on Monday."] * 8
    >>> model = train("uncertainty", texts, ["1", "0"] * 8, cv=2, n_boot=50)
    >>> model.positive_label, model.card["labels"]["distribution"]
    ('1', {'0': 8, '1': 8})
    """
    if task not in RECIPES:
        raise ValueError(f"unknown task {task!r}; valid options are {sorted(RECIPES)}")
    notes = notes if notes is not None else []
    label_columns = list(label_columns)
    multilabel = len(label_columns) > 1
    excluded = [str(x) for x in exclude_labels]
    texts, labels, n_missing, n_excluded = _labelled_rows(texts, labels, label_columns,
                                                          multilabel, excluded)
    positive = None
    if multilabel:
        if n_missing:
            notes.append(f"dropped {n_missing} rows with a missing label value")
        if not labels:
            raise TrainingDataError("no labelled rows to train on")
        y: Any = np.asarray(labels, dtype=int)
        classes = list(label_columns)
        distribution = {c: int(y[:, j].sum()) for j, c in enumerate(classes)}
        for c, k in distribution.items():
            if k == 0 or k == len(y):
                raise TrainingDataError(
                    f"label column {c!r} is {'never' if k == 0 else 'always'} true in the "
                    "training data; drop it or add examples of both values"
                )
    else:
        if n_missing:
            notes.append(f"dropped {n_missing} rows without a label")
        if n_excluded:
            notes.append(f"dropped {n_excluded} rows labelled {', '.join(excluded)} (--exclude-label)")
        counts = Counter(labels)
        rare = sorted(c for c, k in counts.items() if k < cv)
        for c in rare:
            notes.append(f"dropped label {c!r} ({counts[c]} rows): fewer rows than CV folds ({cv}); "
                         "use --exclude-label to drop labels explicitly")
        if rare:
            keep = [i for i, v in enumerate(labels) if v not in rare]
            texts, labels = [texts[i] for i in keep], [labels[i] for i in keep]
            excluded += rare
            counts = Counter(labels)
        if len(counts) < 2:
            raise TrainingDataError(
                f"training needs at least two classes with {cv} or more rows each; found "
                f"{dict(counts) or 'no labelled rows'}"
            )
        classes = sorted(counts)
        distribution = {c: counts[c] for c in classes}
        y = np.asarray(labels, dtype=object)
        if len(classes) == 2:
            if positive_label is not None and str(positive_label) not in classes:
                raise TrainingDataError(
                    f"positive label {positive_label!r} is not a class; valid options are {classes}"
                )
            positive = str(positive_label) if positive_label is not None else _default_positive(classes, counts)
        elif positive_label is not None:
            raise TrainingDataError(
                f"--positive-label applies to two classes, but the data has {len(classes)}: {classes}"
            )
    if len(texts) < 2 * cv:
        raise TrainingDataError(f"only {len(texts)} usable rows; {cv}-fold CV needs at least {2 * cv}")
    est = make_recipe(task, seed=seed, cv=cv, n_jobs=n_jobs, metric=metric,
                      positive_label=positive, readability=readability)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=UserWarning)  # liblinear/sklearn chatter
        try:
            est.fit(texts, y)
        except ValueError as exc:
            # scikit-learn's vectorizers refuse texts without any word (or a fold of them)
            if "empty vocabulary" not in str(exc):
                raise
            raise TrainingDataError(f"the texts have too few words to learn from "
                                    f"({one_line(exc)})") from exc
    model = TrainedModel(task, est, label_columns, multilabel, classes, positive, excluded,
                         text_column)
    model.card = _build_card(model, texts, y, distribution, data_info or {}, seed, cv,
                             n_boot, notes)
    return model


def _framing_steps(est: BlockStackingClassifier) -> List[Any]:
    """The fitted framing transformers of the model's feature union."""
    from .features import TextMeasures

    return [step for _, step in _walk(est.features_) if isinstance(step, TextMeasures)]


def _features_signature(est: BlockStackingClassifier) -> Signature:
    """The signature of the model's :class:`~framing.features.FramingFeatures` settings, with
    the blocks it leaves out switched off (``readability:off``, ``attribution:off``)."""
    from .features import FramingFeatures

    for step in _framing_steps(est):
        if isinstance(step, FramingFeatures):
            settings = step.analyzer_settings()
            if not step.readability:
                settings = settings.replace(readability=False)
            if not step.attribution and settings.attribution is not None:
                settings = settings.replace(attribution=None)
            return settings.signature()
    return Signature({"framing": __version__, "measures": "off"})  # n-gram blocks only


def _lexicon_provenance(est: BlockStackingClassifier) -> List[Dict[str, str]]:
    """``name@version`` and file sha256 of the lexicons behind the framing features."""
    pairs = dict.fromkeys((i, h) for step in _framing_steps(est) for i, h in zip(
        getattr(step, "lexicon_ids_", []), getattr(step, "lexicon_sha256_", [])))
    return [{"id": i, "sha256": h} for i, h in pairs]


def _model_signature(model: TrainedModel, seed: int, cv: int) -> str:
    """The features' signature extended with the recipe: task, recipe, metric, folds, seed."""
    est = model.estimator
    recipe = RECIPE_NAME + ("-foldfit" if getattr(est, "fold_features", False) else "")
    return _features_signature(est).extended({
        "task": model.task, "recipe": recipe, "metric": est.metric, "cv": cv, "seed": seed,
    }).format()


def _indicator(model: TrainedModel, y: Any) -> np.ndarray:
    """Labels as indicator columns in the order of ``model.classes`` (multi-label: as given)."""
    if model.multilabel:
        return np.asarray(y, dtype=bool)
    y = np.asarray([str(v) for v in y], dtype=object)
    return y[:, None] == np.asarray(model.classes, dtype=object)[None, :]


def _build_card(model: TrainedModel, texts: List[str], y: Any, distribution: Dict[str, int],
                data_info: Dict[str, Any], seed: int, cv: int, n_boot: int,
                notes: List[str]) -> Dict[str, Any]:
    est = model.estimator
    Y = _indicator(model, y)
    metrics = classification_metrics(
        Y, _indicator(model, est._labels_from_decision(est.oof_pred_)), model.classes,
        multilabel=model.multilabel, positive=model.positive_label,
        proba=est._proba_from_columns(est.oof_proba_.reshape(len(Y), -1)), n_boot=n_boot,
        seed=seed)
    sha_texts = hashlib.sha256("\n".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
    return {
        "model_card_version": 1,
        "task": model.task,
        "recipe": RECIPES[model.task]["description"],
        "created": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
        "signature": _model_signature(model, seed, cv),
        "lexicons": _lexicon_provenance(est),
        "data": {
            **data_info,
            "n_rows_used": len(texts),
            "texts_sha256": sha_texts,
            "text_column": model.text_column,
            "label_columns": model.label_columns,
            "excluded_labels": model.excluded_labels,
        },
        "labels": {
            "kind": est.kind_,
            "classes": model.classes,
            "positive_label": model.positive_label,
            "distribution": distribution,
        },
        "cross_validation": {
            "folds": cv,
            "seed": seed,
            "stratified": est.kind_ != "multilabel",
            "metric": est.metric,
            "estimate": metrics,
            "note": (
                "Out-of-fold predictions of the trained configuration. C per block and the "
                "decision rule were chosen on these same folds, so the figures are slightly "
                "optimistic; experiments/classifier_benchmark.py reports nested CV."
            ),
        },
        "hyperparameters": {
            "block_C": est.block_C_,
            "C_grid": list(map(float, est.Cs)),
            "block_metric_by_C": est.cv_results_["block_metric_by_C"],
            "stack_weights": est.cv_results_["stack_weights"],
            "threshold": est.cv_results_["threshold"],
            "prior_exponent": est.cv_results_["prior_exponent"],
            "class_weight": est.class_weight,
            "features_refitted_per_fold": bool(getattr(est, "fold_features", False)),
        },
        "top_features": {c: [[n, round(w, 5)] for n, w in feats]
                         for c, feats in model.top_features(10).items()},
        "top_framing_features": {c: [[n, round(w, 5)] for n, w in feats]
                                 for c, feats in model.top_features(8, block="framing").items()}
        if "framing" in est.blocks_ else {},
        "versions": software_versions(CARD_PACKAGES),
        "notes": list(notes),
    }


# --------------------------------------------------------------------------------------------
# Metrics with bootstrap confidence intervals


def classification_metrics(Y: np.ndarray, D: np.ndarray, classes: Sequence[str], *,
                           multilabel: bool = False, positive: Optional[str] = None,
                           proba: Optional[np.ndarray] = None, n_boot: int = 1000,
                           seed: int = 0) -> Dict[str, Any]:
    """Classification metrics with bootstrap 95% CIs (documents resampled).

    Parameters
    ----------
    Y, D : ndarray of bool, shape (n, L)
        Gold and predicted indicators: one-hot rows (single-label; an unknown gold label is an
        all-false row, a miss of every class) or label columns.
    classes : sequence of str
        Names of the L columns.
    multilabel : bool
    positive : str, optional
        Binary tasks: the class reported as ``positive``.
    proba : ndarray (n, L), optional
        Predicted probabilities, for the Brier score, calibration error and log loss.
    n_boot, seed : int
        Bootstrap resamples of the documents, the same for every interval
        (:func:`framing.evaluation.metric_ci`; percentile intervals).

    Returns
    -------
    dict
        ``n``, ``macro`` and ``micro`` (precision/recall/F1, each ``{estimate, low, high}``),
        ``per_class``, ``accuracy`` (single-label) or ``exact_match`` (multi-label), and
        ``positive``, ``brier``, ``ece``, ``log_loss`` when they apply. A value that is
        undefined (an interval of fewer than two documents) is None.

    Examples
    --------
    >>> import numpy as np
    >>> Y = np.array([[1, 0], [0, 1], [1, 0], [0, 1]], dtype=bool)
    >>> m = classification_metrics(Y, Y.copy(), ["a", "b"], n_boot=50)
    >>> m["macro"]["f1"]["estimate"], m["accuracy"]["estimate"]
    (1.0, 1.0)
    """
    Y = np.asarray(Y, dtype=bool)
    D = np.asarray(D, dtype=bool)
    counts = np.stack([Y & D, ~Y & D, Y & ~D], axis=-1).astype(float)  # (n, L, 3)
    names = ("precision", "recall", "f1")

    def ci(per_doc: np.ndarray, metric: Any) -> Any:  # one bootstrap, the same resamples
        return metric_ci(per_doc, metric, n_resamples=n_boot, seed=seed)

    def fmt(res: Any, index: Tuple[int, ...] = ()) -> Dict[str, Dict[str, Optional[float]]]:
        return {nm: _interval_dict(res, index + (k,)) for k, nm in enumerate(names)}

    out: Dict[str, Any] = {"n": int(len(Y))}
    out["macro"] = fmt(ci(counts, macro_prf))
    out["micro"] = fmt(ci(counts, lambda c: prf(c.sum(axis=-2))))
    per = ci(counts, prf)
    out["per_class"] = {str(c): {**fmt(per, (l,)), "support": int(Y[:, l].sum())}
                        for l, c in enumerate(classes)}
    exact = (Y == D).all(axis=1).astype(float)
    acc = ci(np.stack([exact, np.ones_like(exact)], axis=-1), lambda s: s[..., 0] / s[..., 1])
    out["exact_match" if multilabel else "accuracy"] = _interval_dict(acc)
    if positive is not None and positive in classes:
        out["positive"] = {"label": positive, **out["per_class"][positive]}
    if proba is not None:
        Pm = np.asarray(proba, dtype=float)
        if Pm.shape == Y.shape:
            out["brier"] = _rounded(((Pm - Y) ** 2).sum(axis=1).mean())
            out["ece"] = _rounded(_ece(Pm, Y, multilabel))
            out["log_loss"] = _rounded(_log_loss(Pm, Y, multilabel))
    return out


def _rounded(x: Any) -> Optional[float]:
    """``x`` rounded to 4 decimals; None where it is undefined (NaN: JSON has no NaN)."""
    x = float(x)
    return round(x, 4) if math.isfinite(x) else None


def _interval_dict(res: Any, index: Tuple[int, ...] = ()) -> Dict[str, Optional[float]]:
    """``{"estimate", "low", "high"}`` of one value of a confidence interval (an undefined
    bound, as with fewer than two documents, is None)."""
    return {key: _rounded(np.asarray(getattr(res, key), dtype=float)[index])
            for key in ("estimate", "low", "high")}


def _ece(P: np.ndarray, Y: np.ndarray, multilabel: bool, bins: int = 10) -> float:
    """Expected calibration error (equal-width bins; Guo et al. 2017) of the predicted class
    (single-label) or of all label probabilities (multi-label)."""
    if multilabel:
        conf, correct = P.ravel(), Y.ravel().astype(float)
    else:
        k = P.argmax(1)
        conf = P[np.arange(len(P)), k]
        correct = Y[np.arange(len(P)), k].astype(float)
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(conf, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.mean() * abs(conf[m].mean() - correct[m].mean())
    return float(total)


def _log_loss(P: np.ndarray, Y: np.ndarray, multilabel: bool) -> float:
    P = np.clip(P, 1e-12, 1 - 1e-12)
    if multilabel:
        return float(-(Y * np.log(P) + (~Y) * np.log(1 - P)).sum(axis=1).mean())
    known = Y.any(axis=1)
    if not known.any():
        return float("nan")
    return float(-np.log(P[known][Y[known]]).mean())


def evaluate(model: TrainedModel, texts: Sequence[str], labels: Sequence[Any], *,
             n_boot: int = 1000, seed: int = 0, exclude_labels: Optional[Sequence[str]] = None,
             notes: Optional[List[str]] = None) -> Dict[str, Any]:
    """Score a trained model on labelled texts: metrics with bootstrap 95% CIs.

    Parameters
    ----------
    model : TrainedModel
    texts, labels :
        As in :func:`train` (multi-label values in the order of ``model.label_columns``).
    n_boot, seed : int
        As in :func:`classification_metrics`.
    exclude_labels : sequence of str, optional
        Rows with these gold labels are dropped; default the labels excluded in training.
    notes : list, optional
        Receives one line per notable decision.

    Returns
    -------
    dict
        See :func:`classification_metrics`; plus ``task``, ``metric`` (the task's) and its
        ``score``, and ``unknown_labels`` (gold labels the model does not know, counted as
        errors).

    Examples
    --------
    >>> hedged = ["It may rain.", "Perhaps it will snow.", "Reportedly it might flood.",
    ...           "It could possibly hail."]
    >>> plain = ["It rained.", "It snowed on Monday.", "The river flooded.", "It hailed yesterday."]
    >>> model = train("uncertainty", (hedged + plain) * 3, (["1"] * 4 + ["0"] * 4) * 3, cv=2,
    ...               n_boot=50)
    >>> r = evaluate(model, ["It may snow.", "It snowed."], ["1", "0"], n_boot=50)
    >>> r["metric"], r["score"]["estimate"], r["n"]
    ('f1', 1.0, 2)
    """
    notes = notes if notes is not None else []
    excluded = set(model.excluded_labels if exclude_labels is None else map(str, exclude_labels))
    kept, gold, n_missing, n_excluded = _labelled_rows(texts, labels, model.label_columns,
                                                       model.multilabel, excluded)
    if n_missing + n_excluded:
        notes.append(f"dropped {n_missing + n_excluded} rows without a label or with an excluded "
                     f"label ({', '.join(sorted(excluded)) or 'none excluded'})")
    unknown = Counter() if model.multilabel else Counter(v for v in gold if v not in model.classes)
    if unknown:
        notes.append(
            "gold labels unknown to the model (counted as errors): "
            + ", ".join(f"{k!r} ({v})" for k, v in sorted(unknown.items()))
        )
    if not kept:
        raise TrainingDataError("no labelled rows to evaluate")
    P, predicted = model._predict(kept)
    out = classification_metrics(_indicator(model, gold), _indicator(model, predicted),
                                 model.classes, multilabel=model.multilabel,
                                 positive=model.positive_label, proba=P, n_boot=n_boot, seed=seed)
    metric = model.estimator.metric
    if metric == "f1" and model.positive_label is not None:
        score = out["positive"]["f1"]
    elif metric == "accuracy":
        score = out["exact_match" if model.multilabel else "accuracy"]
    else:
        score = out["macro"]["f1"]
    return {"task": model.task, "metric": metric, "score": score, **out,
            "unknown_labels": dict(unknown), "signature": model.signature}


# --------------------------------------------------------------------------------------------
# Safe persistence

#: Types a framing model file may contain beyond those skops trusts by default. Loading
#: refuses a file with any other type (:func:`load_model`).
TRUSTED_TYPES = frozenset({
    "framing.learn.models.TrainedModel", "framing.learn.models.BlockStackingClassifier",
    "framing.learn.features.FramingFeatures", "framing.learn.features.LexiconFeatures",
    "framing.learn.features.AttributionFeatures", "framing.learn.features.ReadabilityFeatures",
    # the same types under their framing 0.1.0 module paths (files written before the
    # layout of 0.2.0; the old paths are aliases of the new modules)
    "framing.models.TrainedModel", "framing.models.BlockStackingClassifier",
    "framing.features.FramingFeatures", "framing.features.LexiconFeatures",
    "framing.features.AttributionFeatures", "framing.features.ReadabilityFeatures",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.CountVectorizer",
    "sklearn.pipeline.FeatureUnion", "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.StandardScaler", "sklearn.preprocessing._data.MaxAbsScaler",
    "builtins.dict", "builtins.list", "builtins.tuple", "builtins.str", "builtins.int",
    "builtins.float", "builtins.bool",
    "numpy.float64", "numpy.int64", "numpy.dtype", "numpy.ndarray",
    "numpy.dtypes.Float64DType", "numpy.dtypes.Int64DType", "numpy.dtypes.Int32DType",
    "numpy.dtypes.ObjectDType", "numpy.dtypes.BoolDType",
    "scipy.sparse._csr.csr_matrix",
})


def _unsafe_settings(model: Any) -> Optional[str]:
    """A reason to refuse a loaded model whose settings would reach outside it: vectorizers
    must read the texts given (not files) with a built-in analyzer, and the framing features
    must use bundled lexicons (a lexicon path in a model file could point anywhere)."""
    from .features import TextMeasures
    from ..lexicon import bundled_lexicons

    est = getattr(model, "estimator", None)
    features = getattr(est, "features_", None)
    if not isinstance(est, BlockStackingClassifier) or not isinstance(features, FeatureUnion):
        return "it holds no fitted framing classifier"
    for path, vec in _vectorizers(features):
        if vec.input != "content" or vec.analyzer not in ("word", "char", "char_wb") or \
                vec.preprocessor is not None or vec.tokenizer is not None:
            return (f"the vectorizer at {'/'.join(path)} has non-standard settings (input="
                    f"{vec.input!r}, analyzer={vec.analyzer!r})")
    bundled = set(bundled_lexicons())
    for _, step in _walk(features):
        lex = getattr(step, "lexicons", None) if isinstance(step, TextMeasures) else None
        if lex is not None and (isinstance(lex, str) or any(
                x not in bundled and x != "default" for x in lex)):
            return (f"its features use lexicons {list(lex) if not isinstance(lex, str) else lex!r}; "
                    f"model files may refer only to bundled lexicons {sorted(bundled)}")
    return None


def card_paths(model_path: Union[str, Path]) -> Tuple[Path, Path]:
    """Where the model card of ``model_path`` is written: ``NAME.card.md`` and ``NAME.card.json``.

    Examples
    --------
    >>> [p.name for p in card_paths("models/bias.skops")]
    ['bias.card.md', 'bias.card.json']
    """
    p = Path(model_path)
    stem = p.name[: -len(p.suffix)] if p.suffix else p.name
    return p.with_name(stem + ".card.md"), p.with_name(stem + ".card.json")


def save_model(model: TrainedModel, path: Union[str, Path]) -> Tuple[Path, Path, Path]:
    """Write ``model`` with :func:`skops.io.dumps`, and its card as Markdown and JSON beside it.

    Examples
    --------
    >>> import os, tempfile
    >>> model = train("bias", ["A disgraceful sham.", "The board met."] * 8,
    ...               ["Biased", "Non-biased"] * 8, cv=2, n_boot=50)
    >>> paths = save_model(model, os.path.join(tempfile.mkdtemp(), "bias.skops"))
    >>> [p.name for p in paths]
    ['bias.skops', 'bias.card.md', 'bias.card.json']
    >>> load_model(paths[0]).predict(["A disgraceful sham."])
    ['Biased']
    """
    import skops.io as sio

    path = Path(path)
    data = sio.dumps(model, compression=zipfile.ZIP_DEFLATED)
    md, js = card_paths(path)
    atomic_write_bytes(path, data)
    card = dict(model.card)
    card["model_file"] = {"name": path.name, "sha256": hashlib.sha256(data).hexdigest(),
                          "format": "skops", "bytes": len(data)}
    atomic_write_bytes(js, (json.dumps(card, indent=2, ensure_ascii=False, default=_json_default) + "\n").encode("utf-8"))
    atomic_write_bytes(md, model_card_markdown(card).encode("utf-8"))
    return path, md, js


def _json_default(value: Any) -> Any:
    if isinstance(value, (np.integer, np.floating, np.ndarray)):
        return value.tolist()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def load_model(path: Union[str, Path]) -> TrainedModel:
    """Load a model file written by :func:`save_model`, safely (see the module docstring).

    Raises
    ------
    ModelFileError
        Missing, unreadable, not a skops file, untrusted types, or not a framing model.

    Examples
    --------
    >>> import os, pickle, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "evil.skops")
    >>> _ = open(path, "wb").write(pickle.dumps({"not": "a model"}))
    >>> load_model(path)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    framing.errors.ModelFileError: ...: not a skops model file (skops files are zip archives; framing never loads pickle or joblib files, which can run code when loaded)
    """
    p = Path(path)
    model = read_skops(p, ModelFileError, TRUSTED_TYPES, "framing's allow-list", "; a framing "
                        "model contains only framing, scikit-learn, numpy and scipy types")
    if not isinstance(model, TrainedModel):
        raise ModelFileError(f"{p}: not a framing model (found {type(model).__name__})")
    problem = _unsafe_settings(model)
    if problem:
        raise ModelFileError(f"{p}: refused to use the model: {problem}")
    if getattr(model, "format", None) != MODEL_FORMAT:
        raise ModelFileError(
            f"{p}: model file format {getattr(model, 'format', None)!r}; this framing reads "
            f"format {MODEL_FORMAT}: retrain the model"
        )
    return model


# --------------------------------------------------------------------------------------------
# Model card (Markdown)


def _num(x: Optional[float]) -> str:
    return "–" if x is None else f"{x:.3f}"


def _ci(d: Mapping[str, Optional[float]]) -> str:
    return f"{_num(d['estimate'])} [{_num(d['low'])}, {_num(d['high'])}]"


def model_card_markdown(card: Mapping[str, Any]) -> str:
    """The Markdown model card of a card dict (as stored in ``TrainedModel.card``).

    Examples
    --------
    >>> model_card_markdown({"task": "bias", "recipe": "stacked"}).splitlines()[0]
    '# Model card: framing `bias` classifier'
    """
    cvd = card.get("cross_validation", {})
    est = cvd.get("estimate", {})
    data = card.get("data", {})
    labels = card.get("labels", {})
    lines = [
        f"# Model card: framing `{card.get('task')}` classifier",
        "",
        f"{card.get('recipe', '')}.",
        "",
        f"- Signature: `{card.get('signature', '')}`",
        f"- Created: {card.get('created', '')}",
    ]
    if "model_file" in card:
        mf = card["model_file"]
        lines.append(f"- Model file: `{mf['name']}` (skops, {mf['bytes']} bytes, sha256 `{mf['sha256']}`)")
    lines += [f"- Lexicon `{lx['id']}`: sha256 `{lx['sha256']}`" for lx in card.get("lexicons", [])]
    lines += ["", "## Training data", ""]
    if data.get("file"):
        lines.append(f"- File: `{data['file']}`")
    if data.get("sha256"):
        lines.append(f"- File sha256: `{data['sha256']}`")
    if "n_rows_read" in data:
        lines.append(f"- Rows read: {data['n_rows_read']}")
    lines.append(f"- Rows used: {data.get('n_rows_used')} (sha256 of the texts used: `{data.get('texts_sha256')}`)")
    lines.append(f"- Text column: `{data.get('text_column')}`; label column(s): "
                 + ", ".join(f"`{c}`" for c in data.get("label_columns", [])))
    if data.get("excluded_labels"):
        lines.append("- Excluded labels: " + ", ".join(f"`{x}`" for x in data["excluded_labels"]))
    lines += ["", "## Labels", "", f"Kind: {labels.get('kind')}."
              + (f" Positive class: `{labels['positive_label']}`." if labels.get("positive_label") else ""),
              "", "| label | rows |", "|---|---:|"]
    lines += [f"| {c} | {k} |" for c, k in labels.get("distribution", {}).items()]
    lines += ["", f"## Cross-validated performance ({cvd.get('folds')}-fold, seed {cvd.get('seed')})", "",
              f"Metric optimised: **{cvd.get('metric')}**. 95% bootstrap CIs (documents resampled).", ""]
    if est:
        lines += ["| measure | estimate [95% CI] |", "|---|---|"]
        lines.append(f"| macro-F1 | {_ci(est['macro']['f1'])} |")
        lines.append(f"| macro precision | {_ci(est['macro']['precision'])} |")
        lines.append(f"| macro recall | {_ci(est['macro']['recall'])} |")
        if "positive" in est:
            lines.append(f"| F1 of `{est['positive']['label']}` | {_ci(est['positive']['f1'])} |")
        key = "accuracy" if "accuracy" in est else "exact_match"
        lines.append(f"| {key.replace('_', ' ')} | {_ci(est[key])} |")
        for k in ("brier", "ece", "log_loss"):
            if k in est:
                lines.append(f"| {k.replace('_', ' ')} | {_num(est[k])} |")
        lines += ["", "| class | precision | recall | F1 | support |", "|---|---|---|---|---:|"]
        lines += [f"| {c} | {_ci(d['precision'])} | {_ci(d['recall'])} | {_ci(d['f1'])} | {d['support']} |"
                  for c, d in est.get("per_class", {}).items()]
    if cvd.get("note"):
        lines += ["", cvd["note"]]
    hp = card.get("hyperparameters", {})
    if hp:
        lines += ["", "## Hyperparameters (chosen by cross-validation)", "",
                  f"- C per block: {hp.get('block_C')} (grid {hp.get('C_grid')})",
                  f"- Stacking weights per block: {hp.get('stack_weights')}",
                  f"- Decision threshold(s): {hp.get('threshold')}; multi-class prior exponent: "
                  f"{hp.get('prior_exponent')}",
                  f"- Class weights of the block regressions: {hp.get('class_weight')}"]
    for title, key in (("Top features per class", "top_features"),
                       ("Top framing measures per class", "top_framing_features")):
        if card.get(key):
            lines += ["", f"## {title}", ""]
            lines += [f"- **{c}**: " + ", ".join(f"`{n}` ({w:+.3f})" for n, w in feats)
                      for c, feats in card[key].items()]
    lines += ["", "## Software", ""] + [f"- {k} {v}" for k, v in card.get("versions", {}).items()]
    if card.get("notes"):
        lines += ["", "## Notes", ""] + [f"- {n}" for n in card["notes"]]
    return "\n".join(lines) + "\n"
