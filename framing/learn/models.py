"""Trainable classifiers: task recipes, training, prediction, evaluation, safe model files.

Three task recipes (:data:`RECIPES`) build the same kind of model, a
:class:`BlockStackingClassifier` over three feature blocks of the text:

``word``
    TF-IDF of word 1-2-grams (sublinear term frequency).
``char``
    TF-IDF of character 2-5-grams inside word boundaries (``char_wb``; sublinear, ``min_df=2``).
``framing``
    The toolkit's measures (:class:`framing.features.FramingFeatures`: lexicon category counts
    split by voice, attribution structure, readability), standardised.

One L2 logistic regression per block and output (one-vs-rest for several classes) scores the
text; the regularisation ``C`` of every block is chosen by stratified K-fold cross-validation
on the task metric. The block scores are combined by a *product of experts*: a logistic
(binary, multi-label) or softmax (multi-class) model whose weights, one per block, are fitted
on the out-of-fold scores (stacked generalisation, Wolpert 1992), so the probabilities it
returns are calibrated on data the block models did not see (as in Platt scaling, Platt
1999). The decision rule (a probability threshold for binary and multi-label tasks, a
prior correction for multi-class ones) is chosen by the same cross-validation for the task
metric; a threshold is judged by the mean metric of the thresholds within 0.05 of it, not
by its own noisy out-of-fold value alone (:func:`_smoothed_best_threshold`).

Within that cross-validation the feature blocks themselves (vocabularies, IDF weights,
scalers) are refitted on each training fold, so a held-out sentence is featurised as a new
text will be: its unseen n-grams are dropped rather than counted in its TF-IDF norm. Fitting
the vectorizers once on all rows instead leaks the held-out rows' own rare n-grams into their
normalisation, shrinks their scores, and so mis-tunes ``C``, the stacking weights and the
threshold for new data (in nested CV on CoNLL-2010 Wikipedia it cost 0.007 F1 of the
uncertain class). Because every step is linear in the features, each prediction
decomposes exactly into per-feature contributions (:meth:`TrainedModel.explain`).

===============  ==============================  ==========================================
task             data it is meant for            metric the CV optimises
===============  ==============================  ==========================================
``bias``         sentences, BABE/MBIC style      macro-F1
``uncertainty``  sentences, CoNLL-2010 style     F1 of the positive (uncertain) class
``frame``        headlines or articles coded     macro-F1 (over classes; over labels when
                 with a researcher's codebook    several label columns are given)
===============  ==============================  ==========================================

Model files are written with :mod:`skops.io` and read back only after every type they
contain has been checked against an explicit allow-list (:data:`TRUSTED_TYPES`); nothing is
ever unpickled. A model card (Markdown and JSON) is written next to each model file.

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
from sklearn.utils.multiclass import type_of_target
from sklearn.utils.validation import check_is_fitted

from .._version import __version__, software_versions
from ..corpus import atomic_write_bytes, label_text, sha256_file
from ..errors import ModelFileError, TrainingDataError, one_line
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
#: Half-width of the moving average over which the cross-validated metric of a threshold is
#: judged: the chosen threshold maximises the mean metric of the thresholds within +-0.05 of it
#: (see :func:`_smoothed_best_threshold`).
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
# Metrics


def _f1_counts(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    den = 2 * tp + fp + fn
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, 2 * tp / np.where(den > 0, den, 1), 0.0)


def _metric_value(metric: str, Y: np.ndarray, P: np.ndarray, kind: str, pos: int = 1) -> float:
    """The metric of indicator predictions ``P`` against indicator truth ``Y`` (n, L).

    ``kind`` is ``"binary"`` (one column, the positive class), ``"multiclass"`` (one-hot
    columns) or ``"multilabel"``.
    """
    Y = Y.astype(bool)
    P = P.astype(bool)
    if kind == "binary":  # expand to both classes for macro-F1 and accuracy
        Y = np.column_stack([~Y[:, 0], Y[:, 0]])
        P = np.column_stack([~P[:, 0], P[:, 0]])
    tp = (Y & P).sum(0)
    fp = (~Y & P).sum(0)
    fn = (Y & ~P).sum(0)
    f1 = _f1_counts(tp, fp, fn)
    if metric == "macro_f1":
        return float(f1.mean())
    if metric == "f1":
        if kind == "binary":
            return float(f1[1])
        return float(f1.mean())  # several outputs: the mean of their F1 (macro)
    if metric == "accuracy":  # exact match of the indicator rows (multi-label: subset accuracy)
        return float((Y == P).all(axis=1).mean())
    raise ValueError(f"unknown metric {metric!r}; valid options are {sorted(METRICS)}")


# --------------------------------------------------------------------------------------------
# The stacked block model


def _binary_lr(X: Any, y: np.ndarray, C: float, class_weight: Optional[str],
               seed: int) -> Tuple[np.ndarray, float]:
    """Coefficients and intercept of one binary L2 logistic regression (liblinear)."""
    n_pos = int(y.sum())
    if n_pos == 0 or n_pos == len(y):  # one class only in this training fold
        prior = (n_pos + 0.5) / (len(y) + 1.0)
        return np.zeros(X.shape[1]), float(math.log(prior / (1 - prior)))
    m = LogisticRegression(C=C, solver="liblinear", class_weight=class_weight,
                           random_state=seed, max_iter=1000)
    m.fit(X, y)
    return m.coef_.ravel().astype(np.float64), float(m.intercept_[0])


def _block_fold_scores(Xb_train: Any, Y_train: np.ndarray, Xb_test: Any, Cs: Sequence[float],
                       class_weight: Optional[str], seed: int) -> List[np.ndarray]:
    """Decision scores on the test rows, one (n_test, L) array per C."""
    out = []
    for C in Cs:
        S = np.zeros((Xb_test.shape[0], Y_train.shape[1]))
        for l in range(Y_train.shape[1]):
            w, b = _binary_lr(Xb_train, Y_train[:, l], C, class_weight, seed)
            S[:, l] = Xb_test @ w + b
        out.append(S)
    return out


def _natural_decision(S: np.ndarray, kind: str) -> np.ndarray:
    if kind == "multiclass":
        P = np.zeros_like(S, dtype=bool)
        P[np.arange(len(S)), S.argmax(1)] = True
        return P
    return S > 0


def _meta_fit(S: np.ndarray, Y: np.ndarray, kind: str) -> Tuple[np.ndarray, np.ndarray]:
    """Stacking weights: ``a`` (B, L) block weights and ``c`` (L,) intercepts.

    Multi-class: a softmax over the classes of ``sum_b a_b S[:, b, :] + c`` (block weights
    shared by the classes). Binary and multi-label: one logistic regression per output on
    its B block scores. Fitted by L-BFGS on the mean log-loss plus ``_META_L2 * |a|^2``.
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

    The metric of each candidate threshold, estimated on out-of-fold probabilities, is a step
    function of a few hundred held-out positives, and its raw maximum is often a narrow spike
    of sampling noise; on new data the metric around a threshold matters. Each threshold is
    therefore judged by the mean metric of the candidates within ``band`` of it (a moving
    average, truncated at the ends of the grid); ties go to the threshold closest to 0.5.

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


class BlockStackingClassifier(ClassifierMixin, BaseEstimator):
    """Stacked logistic regressions over the blocks of a :class:`~sklearn.pipeline.FeatureUnion`.

    ``fit`` (1) fits ``features`` on the training texts; (2) for every block (every
    transformer of the union), every ``C`` in ``Cs`` and every output (the positive class of a
    binary task, each class of a multi-class task, each label of a multi-label task), fits a
    binary L2 logistic regression on K-1 folds and scores the held-out fold (with
    ``fold_features``, on a copy of ``features`` fitted on those K-1 folds only); (3) keeps
    for each block the ``C`` whose out-of-fold scores give the best ``metric``; (4) fits the stacking
    weights (one per block; per output for binary and multi-label tasks) on the out-of-fold
    scores, and (5) the decision rule on cross-validated stacked probabilities; (6) refits
    every block model on all rows. Probabilities are therefore calibrated on held-out scores.

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
        Choose the threshold (binary, multi-label) or prior correction (multi-class) by CV;
        otherwise 0.5 and argmax. A threshold (grid 0.05-0.95 in steps of 0.005) is chosen
        by the moving average of its out-of-fold metric over +-0.05 (robust to the sampling
        noise of a few hundred held-out positives).
    random_state : int, default 0
        Seeds the folds and the solvers.
    n_jobs : int, optional
        Parallel jobs over folds and blocks (joblib).
    fold_features : bool, default True
        Refit ``features`` on the training rows of every fold of the cross-validation, so that
        the held-out rows are featurised as new texts are (a vocabulary and IDF weights that
        have not seen them). ``False`` fits ``features`` once on all rows (faster: one
        vectorizer fit instead of K+1, but the held-out scores are then biased: rare n-grams
        of a held-out row count in its TF-IDF norm although new texts' unseen n-grams do not).

    Attributes
    ----------
    features_ : FeatureUnion
        Fitted on all training texts.
    classes_ : ndarray
        Class labels (binary and multi-class); for multi-label, ``arange(n_labels)``.
    kind_ : str
        ``"binary"``, ``"multiclass"`` or ``"multilabel"``.
    pos_index_ : int or None
        Index in ``classes_`` of the positive class (binary tasks).
    blocks_ : list of str
    block_slices_ : list of (int, int)
        Column ranges of the blocks in the union's output.
    block_C_ : dict
        The ``C`` chosen for each block.
    coef_ : list of ndarray
        Per block, the (L, n_block_features) coefficients of the refitted block regressions.
    intercept_ : list of ndarray
        Per block, the (L,) intercepts.
    stack_weights_ : ndarray of shape (n_blocks, L)
    stack_intercept_ : ndarray of shape (L,)
    threshold_ : ndarray of shape (L,) or None
        Probability thresholds (binary and multi-label).
    prior_exponent_ : float or None
        Exponent tau of the multi-class rule ``argmax_k p_k / prior_k**tau``.
    class_prior_ : ndarray
        Training frequency of each output.
    cv_results_ : dict
        Out-of-fold metric of every block and C, the chosen values, the stacked metric.
    oof_proba_ : ndarray
        Cross-validated stacked probabilities of the training rows (binary: of the positive
        class; multi-class: (n, K); multi-label: (n, L)).
    oof_pred_ : ndarray of bool, shape (n, L)
        Cross-validated decisions (indicator columns as for ``oof_proba_``).

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
        y = np.asarray(y)
        if y.ndim == 2:
            y = y.ravel()
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

        Parameters
        ----------
        X : sequence of str
        y : array-like of shape (n,) with class labels, or (n, L) 0/1 indicators

        Returns
        -------
        self
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
        self.blocks_, self.block_slices_ = self._block_layout()
        blocks = self._split(Xt)
        Cs = sorted(float(c) for c in self.Cs)
        seed = int(self.random_state)
        if kind == "multilabel":
            folds = list(KFold(self.cv, shuffle=True, random_state=seed).split(np.zeros(n)))
        else:
            folds = list(StratifiedKFold(self.cv, shuffle=True, random_state=seed).split(
                np.zeros(n), Y.argmax(1) if kind == "multiclass" else Y[:, 0]))
        # (2) out-of-fold scores of every block, C and output; with fold_features the blocks
        # are refitted on each training fold, so held-out rows are featurised as new texts are
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
        oof = [[np.zeros((n, Y.shape[1])) for _ in Cs] for _ in blocks]
        for (f, b), scores in zip(tasks, results):
            for k, S in enumerate(scores):
                oof[b][k][folds[f][1]] = S
        # (3) C per block
        per_block: Dict[str, Dict[str, float]] = {}
        chosen = []
        for b, name in enumerate(self.blocks_):
            vals = [_metric_value(self.metric, Y, _natural_decision(oof[b][k], kind), kind)
                    for k in range(len(Cs))]
            per_block[name] = {repr(C): round(v, 6) for C, v in zip(Cs, vals)}
            chosen.append(int(np.argmax(vals)))
        self.block_C_ = {name: Cs[k] for name, k in zip(self.blocks_, chosen)}
        S = np.stack([oof[b][chosen[b]] for b in range(len(blocks))], axis=1)  # (n, B, L)
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
            delayed(_refit_block)(blocks[b], Y, self.block_C_[self.blocks_[b]], self.class_weight, seed)
            for b in range(len(blocks))
        )
        self.coef_ = [w for w, _ in refits]
        self.intercept_ = [i for _, i in refits]
        return self

    def _block_layout(self) -> Tuple[List[str], List[Tuple[int, int]]]:
        names, slices, start = [], [], 0
        for name, trans in self.features_.transformer_list:
            if trans is None or (isinstance(trans, str) and trans in ("drop", "passthrough")):
                continue
            width = len(trans.get_feature_names_out())
            if width == 0:
                continue
            names.append(name)
            slices.append((start, start + width))
            start += width
        if not names:
            raise TrainingDataError("the feature union produced no features from the texts")
        return names, slices

    def _fold_blocks(self, X: Any, train: np.ndarray, test: np.ndarray) -> Tuple[List[Any], List[Any]]:
        """The blocks of the training and held-out rows of one fold, ``features`` fitted on the
        training rows only (a block empty in this fold is one column of zeros)."""
        from sklearn.utils import _safe_indexing

        fu = clone(self.features)
        Xtr = fu.fit_transform(_safe_indexing(X, train))
        Xte = fu.transform(_safe_indexing(X, test))
        widths = {}
        for name, trans in fu.transformer_list:
            if trans is None or (isinstance(trans, str) and trans in ("drop", "passthrough")):
                continue
            widths[name] = len(trans.get_feature_names_out())
        out_tr, out_te, start = {}, {}, 0
        Xtr = Xtr.tocsc() if sparse.issparse(Xtr) else np.asarray(Xtr, dtype=np.float64)
        Xte = Xte.tocsc() if sparse.issparse(Xte) else np.asarray(Xte, dtype=np.float64)
        for name, w in widths.items():
            if w:
                a, b = Xtr[:, start:start + w], Xte[:, start:start + w]
                out_tr[name] = a.tocsr() if sparse.issparse(a) else a
                out_te[name] = b.tocsr() if sparse.issparse(b) else b
            start += w
        zeros = lambda n: sparse.csr_matrix((n, 1))  # noqa: E731
        return ([out_tr.get(name, zeros(len(train))) for name in self.blocks_],
                [out_te.get(name, zeros(len(test))) for name in self.blocks_])

    def _split(self, Xt: Any) -> List[Any]:
        if sparse.issparse(Xt):
            Xc = Xt.tocsc()
            return [Xc[:, s:e].tocsr() for s, e in self.block_slices_]
        Xt = np.asarray(Xt, dtype=np.float64)
        return [Xt[:, s:e] for s, e in self.block_slices_]

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
        blocks = self._split(self.features_.transform(X))
        S = np.stack([np.asarray(blk @ w.T) + b for blk, w, b in zip(blocks, self.coef_, self.intercept_)],
                     axis=1)
        return S, blocks

    def _proba_columns(self, X: Any) -> np.ndarray:
        S, _ = self._scores(X)
        return _meta_proba(S, self.stack_weights_, self.stack_intercept_, self.kind_)

    def predict_proba(self, X: Any) -> np.ndarray:
        """Calibrated probabilities.

        Returns
        -------
        ndarray
            Binary and multi-class: (n, n_classes), columns in the order of ``classes_``.
            Multi-label: (n, n_labels), the probability of each label.
        """
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
        """Weights of every feature in the stacked score of each output, shape (L, n_features).

        The stacked logit of output ``l`` is ``intercept + X @ effective_coef()[l]``: block
        coefficients times the block's stacking weight.
        """
        check_is_fitted(self, "coef_")
        return np.hstack([self.stack_weights_[b][:, None] * self.coef_[b]
                          for b in range(len(self.blocks_))])

    def feature_names(self) -> np.ndarray:
        """Names of the features (``block__feature``), as the union's ``get_feature_names_out``."""
        check_is_fitted(self, "coef_")
        return self.features_.get_feature_names_out()

    def contributions(self, X: Any) -> Tuple[Any, np.ndarray]:
        """The transformed features and the effective coefficients, for per-feature contributions.

        Returns
        -------
        Xt : sparse matrix (n, n_features)
        W : ndarray (L, n_features)
            The contribution of feature ``j`` to output ``l`` of row ``i`` is ``Xt[i, j] * W[l, j]``.
        """
        _, blocks = self._scores(X)
        Xt = sparse.hstack([sparse.csr_matrix(b) for b in blocks]).tocsr()
        return Xt, self.effective_coef()


_VOCAB_SEP = "\x00"


def _vectorizers(est: Any, path: Tuple[str, ...] = ()) -> Iterable[Tuple[Tuple[str, ...], Any]]:
    """The fitted CountVectorizer/TfidfVectorizer objects inside a union or pipeline, by path."""
    if isinstance(est, CountVectorizer):
        yield path, est
    for attr in ("transformer_list", "steps"):
        for name, sub in getattr(est, attr, []) or []:
            if not isinstance(sub, str) and sub is not None:
                yield from _vectorizers(sub, path + (name,))


def _pack_vocabularies(features: Any) -> Tuple[Any, List[List[Any]]]:
    """A copy of ``features`` whose vectorizers keep their vocabulary as one string.

    A vocabulary of a few hundred thousand n-grams stored as a dict costs skops one JSON node
    per entry (tens of megabytes, seconds to write and read); stored as the terms in column
    order, joined by NUL, it is one string. Vocabularies that cannot be packed (a term with a
    NUL, indices that are not 0..V-1) stay dicts.
    """
    import copy

    packed: List[List[Any]] = []
    if not any(hasattr(v, "vocabulary_") for _, v in _vectorizers(features)):
        return features, packed
    features = copy.deepcopy(features)
    for path, vec in _vectorizers(features):
        vocab = getattr(vec, "vocabulary_", None)
        if not isinstance(vocab, dict):
            continue
        terms = [None] * len(vocab)
        ok = True
        for term, j in vocab.items():
            if not (0 <= j < len(terms)) or terms[j] is not None or _VOCAB_SEP in term:
                ok = False
                break
            terms[j] = term
        if ok:
            del vec.vocabulary_
            packed.append([list(path), _VOCAB_SEP.join(terms), len(terms)])
    return features, packed


def _unpack_vocabularies(features: Any, packed: List[List[Any]]) -> None:
    by_path = {tuple(p): vec for p, vec in _vectorizers(features)}
    for path, joined, n in packed:
        vec = by_path.get(tuple(path))
        if vec is None:
            raise ModelFileError(f"model file: no vectorizer at {'/'.join(path)} for a packed "
                                 "vocabulary")
        terms = joined.split(_VOCAB_SEP) if n else []
        if len(terms) != n:
            raise ModelFileError(f"model file: the vocabulary at {'/'.join(path)} is damaged")
        vec.vocabulary_ = {t: j for j, t in enumerate(terms)}


def _drop_stop_words(est: Any) -> None:
    """Remove the vectorizers' ``stop_words_`` (the terms cut by ``min_df``/``max_features``).

    scikit-learn keeps them for introspection only and documents that they "can be safely
    removed"; for character n-grams they are millions of strings, most of a model file.
    """
    if hasattr(est, "stop_words_") and isinstance(est, CountVectorizer):
        del est.stop_words_
    for attr in ("transformer_list", "steps"):
        for _, sub in getattr(est, attr, []) or []:
            if not isinstance(sub, str) and sub is not None:
                _drop_stop_words(sub)


def _refit_block(Xb: Any, Y: np.ndarray, C: float, class_weight: Optional[str],
                 seed: int) -> Tuple[np.ndarray, np.ndarray]:
    W = np.zeros((Y.shape[1], Xb.shape[1]))
    b = np.zeros(Y.shape[1])
    for l in range(Y.shape[1]):
        W[l], b[l] = _binary_lr(Xb, Y[:, l], C, class_weight, seed)
    return W, b


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
    seed : int, default 0
        Seeds the folds and solvers: the same data and seed give the same model.
    cv : int, default 5
    n_jobs : int, optional
    metric : {"macro_f1", "f1", "accuracy"}, optional
        Default: the task's (:data:`RECIPES`).
    positive_label : optional
        Positive class of a binary task.
    readability : bool, default True
        Include the readability block of :class:`~framing.features.FramingFeatures`.
    Cs : sequence of float, default :data:`DEFAULT_CS`
    lexicons : sequence of str, optional
        Lexicons of the framing block (bundled names or ``.lex`` paths, the attribution
        lexicon included); default the bundled ``loaded``, ``hedges`` and ``attribution``
        (see :class:`framing.features.FramingFeatures`).
    blocks : sequence of {"word", "char", "framing"}, default all three
        Blocks to include (for ablations).

    Returns
    -------
    BlockStackingClassifier

    Examples
    --------
    >>> clf = make_recipe("bias")
    >>> [name for name, _ in clf.features.transformer_list]
    ['word', 'char', 'framing']
    >>> clf.metric
    'macro_f1'
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
    task : str
    estimator : BlockStackingClassifier
    label_columns : list of str
        One column (single-label) or several (multi-label).
    multilabel : bool
    classes : list of str
        The class labels (single-label) or the label column names (multi-label).
    positive_label : str or None
    excluded_labels : list of str
        Labels whose rows were dropped from training; :func:`evaluate` drops them too.
    text_column : str
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

    def predict_with_probability(self, texts: Sequence[str]) -> Tuple[List[Tuple[str, float]], np.ndarray]:
        """``(prediction, probability)`` per text, and the probability matrix.

        ``probability`` is the calibrated probability of the predicted class; for a multi-label
        model, the probability of the predicted label set, treating labels as independent
        given the text (the product of ``p`` for predicted and ``1 - p`` for other labels).
        """
        est = self.estimator
        cols = est._proba_columns(list(texts))
        P = est._proba_from_columns(cols)
        D = est._decide(cols)
        out: List[Tuple[str, float]] = []
        if self.multilabel:
            for d, p in zip(D, P):
                labels = [c for c, on in zip(self.classes, d) if on]
                prob = float(np.prod(np.where(d, p, 1 - p)))
                out.append((";".join(labels), prob))
        else:
            index = {str(c): k for k, c in enumerate(est.classes_.tolist())}
            for y, p in zip(est._labels_from_decision(D), P):
                out.append((str(y), float(p[index[str(y)]])))
        return out, P

    def top_features(self, k: int = 15, block: Optional[str] = None) -> Dict[str, List[Tuple[str, float]]]:
        """The features with the largest weights towards each class (or label).

        For a binary model the negative class gets the most negative weights. Weights are on
        the scale of each block's features (TF-IDF values; standard deviations of the framing
        measures) times the block's stacking weight.

        Parameters
        ----------
        k : int, default 15
        block : str, optional
            Only features of this block (``word``, ``char``, ``framing``).

        Returns
        -------
        dict of str to list of (feature, weight)
        """
        est = self.estimator
        W = est.effective_coef()
        names = est.feature_names()
        mask = np.ones(len(names), dtype=bool)
        if block is not None:
            if block not in est.blocks_:
                raise ValueError(f"unknown block {block!r}; valid options are {est.blocks_}")
            mask = np.char.startswith(names.astype(str), block + "__")
        idx = np.flatnonzero(mask)
        out: Dict[str, List[Tuple[str, float]]] = {}
        if est.kind_ == "binary":
            w = W[0, idx]
            pos = str(est.classes_[est.pos_index_])
            neg = str(est.classes_[1 - est.pos_index_])
            order = np.argsort(-w, kind="stable")
            out[pos] = [(str(names[idx[j]]), float(w[j])) for j in order[:k] if w[j] > 0]
            order = np.argsort(w, kind="stable")
            out[neg] = [(str(names[idx[j]]), float(w[j])) for j in order[:k] if w[j] < 0]
            return out
        for l, c in enumerate(self.classes):
            w = W[l, idx]
            order = np.argsort(-w, kind="stable")
            out[c] = [(str(names[idx[j]]), float(w[j])) for j in order[:k] if w[j] > 0]
        return out

    def explain(self, texts: Sequence[str], k: int = 5) -> List[str]:
        """Per-prediction contributions: the ``k`` features that pushed most towards the prediction.

        Each item reads ``feature:+0.123; feature:+0.045; ...`` (contribution to the stacked
        logit of the predicted class; for a binary model, towards the predicted class; for a
        multi-label model, per predicted label, ``label: feature:+0.1, ...``, separated by
        `` | ``).
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
                parts = [f"{self.classes[l]}: {top(l, 1.0)}" for l in np.flatnonzero(D[i])]
                out.append(" | ".join(parts))
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
        Names of the label columns (their number decides single- or multi-label).
    seed, cv, n_jobs :
        As in :func:`make_recipe`.
    exclude_labels : sequence of str
        Single-label: rows with these labels are dropped (e.g. ``"99"`` for "no frame").
    positive_label : str, optional
        Binary tasks: the positive class (default: ``1``/``true``/``yes`` if present, else the
        minority class).
    metric : str, optional
        Default: the task's.
    data_info : dict, optional
        Provenance for the card (file, sha256, rows read).
    text_column : str
    n_boot : int, default 1000
        Bootstrap replicates of the card's confidence intervals.
    readability : bool, default True
    notes : list of str, optional
        Receives one line per notable decision (dropped rows and classes).

    Returns
    -------
    TrainedModel

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
    texts = list(texts)
    labels = list(labels)
    if len(texts) != len(labels):
        raise TrainingDataError(f"{len(texts)} texts but {len(labels)} labels")
    excluded = [str(x) for x in exclude_labels]
    keep_texts: List[str] = []
    if multilabel:
        rows: List[List[bool]] = []
        n_missing = 0
        for i, (t, lab) in enumerate(zip(texts, labels)):
            values = [label_text(v) for v in lab]
            if any(v is None for v in values):
                n_missing += 1
                continue
            rows.append([_as_bool(v, c, i + 1) for v, c in zip(values, label_columns)])
            keep_texts.append(t)
        if n_missing:
            notes.append(f"dropped {n_missing} rows with a missing label value")
        if not rows:
            raise TrainingDataError("no labelled rows to train on")
        y: Any = np.asarray(rows, dtype=int)
        classes = list(label_columns)
        distribution = {c: int(y[:, j].sum()) for j, c in enumerate(classes)}
        for c, k in distribution.items():
            if k == 0 or k == len(y):
                raise TrainingDataError(
                    f"label column {c!r} is {'never' if k == 0 else 'always'} true in the "
                    "training data; drop it or add examples of both values"
                )
        positive = None
    else:
        ys: List[str] = []
        n_missing = n_excluded = 0
        for t, lab in zip(texts, labels):
            v = label_text(lab)
            if v is None:
                n_missing += 1
                continue
            if v in excluded:
                n_excluded += 1
                continue
            ys.append(v)
            keep_texts.append(t)
        if n_missing:
            notes.append(f"dropped {n_missing} rows without a label")
        if n_excluded:
            notes.append(f"dropped {n_excluded} rows labelled {', '.join(excluded)} (--exclude-label)")
        counts = Counter(ys)
        rare = sorted(c for c, k in counts.items() if k < cv)
        if rare:
            for c in rare:
                notes.append(
                    f"dropped label {c!r} ({counts[c]} rows): fewer rows than CV folds ({cv}); "
                    "use --exclude-label to drop labels explicitly"
                )
            keep = [i for i, v in enumerate(ys) if v not in rare]
            ys = [ys[i] for i in keep]
            keep_texts = [keep_texts[i] for i in keep]
            excluded += rare
            counts = Counter(ys)
        if len(counts) < 2:
            raise TrainingDataError(
                f"training needs at least two classes with {cv} or more rows each; found "
                f"{dict(counts) or 'no labelled rows'}"
            )
        classes = sorted(counts)
        distribution = {c: counts[c] for c in classes}
        y = np.asarray(ys, dtype=object)
        positive = None
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
    n = len(keep_texts)
    if n < 2 * cv:
        raise TrainingDataError(f"only {n} usable rows; {cv}-fold CV needs at least {2 * cv}")
    est = make_recipe(task, seed=seed, cv=cv, n_jobs=n_jobs, metric=metric,
                      positive_label=positive, readability=readability)
    y_fit = y if multilabel else np.asarray([str(v) for v in y], dtype=object)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=UserWarning)  # liblinear/sklearn chatter
        try:
            est.fit(keep_texts, y_fit)
        except ValueError as exc:
            # scikit-learn's vectorizers refuse texts without any word (or a fold of them)
            if "empty vocabulary" not in str(exc):
                raise
            raise TrainingDataError(f"the texts have too few words to learn from "
                                    f"({one_line(exc)})") from exc
    model = TrainedModel(task, est, label_columns, multilabel, classes, positive, excluded,
                         text_column)
    model.card = _build_card(model, keep_texts, y, distribution, data_info or {}, seed, cv,
                             n_boot, notes)
    return model


def _framing_features(est: BlockStackingClassifier) -> List[Any]:
    """The fitted framing transformers of the model's feature union (in pipelines or not)."""
    from .features import TextMeasures

    out = []
    for _, trans in est.features_.transformer_list:
        steps = trans.steps if isinstance(trans, Pipeline) else [(None, trans)]
        out += [step for _, step in steps if isinstance(step, TextMeasures)]
    return out


def _features_signature(est: BlockStackingClassifier) -> Signature:
    """The signature of what the model's framing measures measure: the settings of its
    :class:`~framing.features.FramingFeatures`, with the blocks it leaves out switched off
    (``readability:off``, ``attribution:off``)."""
    from .features import FramingFeatures

    for step in _framing_features(est):
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
    out: List[Dict[str, str]] = []
    for step in _framing_features(est):
        for i, h in zip(getattr(step, "lexicon_ids_", []), getattr(step, "lexicon_sha256_", [])):
            if {"id": i, "sha256": h} not in out:
                out.append({"id": i, "sha256": h})
    return out


def _model_signature(model: TrainedModel, seed: int, cv: int) -> str:
    """The features' signature extended with the recipe: task, recipe, metric, folds, seed.

    Examples
    --------
    >>> est = make_recipe("bias", cv=2).fit(["A disgraceful sham.", "The board met."] * 4,
    ...                                     ["Biased", "Non-biased"] * 4)
    >>> sig = _model_signature(TrainedModel("bias", est, ["label"], False, est.classes_), 0, 2)
    >>> sig.split("|")[3:]
    ['voice:on', 'task:bias', 'recipe:stack-word12-charwb25-framing-foldfit', 'metric:macro_f1', 'cv:2', 'seed:0']
    """
    est = model.estimator
    recipe = RECIPE_NAME + ("-foldfit" if getattr(est, "fold_features", False) else "")
    return _features_signature(est).extended({
        "task": model.task, "recipe": recipe, "metric": est.metric, "cv": cv, "seed": seed,
    }).format()


def _indicator(model: TrainedModel, y: Any) -> np.ndarray:
    est = model.estimator
    if model.multilabel:
        return np.asarray(y, dtype=bool)
    y = np.asarray([str(v) for v in y], dtype=object)
    return y[:, None] == np.asarray(model.classes, dtype=object)[None, :]


def _pred_indicator(model: TrainedModel, oof_pred: np.ndarray) -> np.ndarray:
    est = model.estimator
    if est.kind_ == "binary":
        D = np.zeros((len(oof_pred), 2), dtype=bool)
        D[:, est.pos_index_] = oof_pred[:, 0]
        D[:, 1 - est.pos_index_] = ~oof_pred[:, 0]
        return D
    return oof_pred.astype(bool)


def _build_card(model: TrainedModel, texts: List[str], y: Any, distribution: Dict[str, int],
                data_info: Dict[str, Any], seed: int, cv: int, n_boot: int,
                notes: List[str]) -> Dict[str, Any]:
    est = model.estimator
    Y = _indicator(model, y)
    D = _pred_indicator(model, est.oof_pred_)
    if est.kind_ == "binary":
        P = np.zeros(Y.shape)
        P[:, est.pos_index_] = est.oof_proba_
        P[:, 1 - est.pos_index_] = 1 - est.oof_proba_
    else:
        P = est.oof_proba_
    metrics = classification_metrics(Y, D, model.classes, multilabel=model.multilabel,
                                     positive=model.positive_label, proba=P, n_boot=n_boot,
                                     seed=seed)
    sha_texts = hashlib.sha256("\n".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
    card: Dict[str, Any] = {
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
    return card


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
        Gold and predicted indicators: one-hot rows for single-label tasks (a gold label the
        model does not know is an all-false row: it counts as a miss of every class), label
        columns for multi-label ones.
    classes : sequence of str
        Names of the L columns.
    multilabel : bool
    positive : str, optional
        Binary tasks: the class whose precision, recall and F1 are reported as ``positive``.
    proba : ndarray (n, L), optional
        Predicted probabilities, for the Brier score and the expected calibration error.
    n_boot, seed : int
        Bootstrap resamples and their seed: every interval comes from the same resamples of
        the documents (:func:`framing.evaluation.metric_ci`, on framing's one bootstrap,
        :func:`framing.study.stats.bootstrap_ci`; percentile intervals).

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
    from ..evaluation.metrics import macro_prf, metric_ci, prf

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
    out["per_class"] = {}
    for l, c in enumerate(classes):
        d = fmt(per, (l,))
        d["support"] = int(Y[:, l].sum())
        out["per_class"][str(c)] = d
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
    """Expected calibration error (equal-width bins; Guo et al. 2017): of the predicted class
    (single-label) or over all label probabilities (multi-label)."""
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
    texts : sequence of str
    labels : sequence
        Gold labels (single-label), or one sequence of binary values per text (multi-label,
        in the order of ``model.label_columns``).
    n_boot, seed : int
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
    texts = list(texts)
    labels = list(labels)
    if len(texts) != len(labels):
        raise TrainingDataError(f"{len(texts)} texts but {len(labels)} labels")
    excluded = set(model.excluded_labels if exclude_labels is None else map(str, exclude_labels))
    keep_t: List[str] = []
    gold: List[Any] = []
    unknown: Counter = Counter()
    for i, (t, lab) in enumerate(zip(texts, labels)):
        if model.multilabel:
            vals = [label_text(v) for v in lab]
            if any(v is None for v in vals):
                continue
            gold.append([_as_bool(v, c, i + 1) for v, c in zip(vals, model.label_columns)])
        else:
            v = label_text(lab)
            if v is None or v in excluded:
                continue
            if v not in model.classes:
                unknown[v] += 1
            gold.append(v)
        keep_t.append(t)
    dropped = len(texts) - len(keep_t)
    if dropped:
        notes.append(f"dropped {dropped} rows without a label or with an excluded label "
                     f"({', '.join(sorted(excluded)) or 'none excluded'})")
    if unknown:
        notes.append(
            "gold labels unknown to the model (counted as errors): "
            + ", ".join(f"{k!r} ({v})" for k, v in sorted(unknown.items()))
        )
    if not keep_t:
        raise TrainingDataError("no labelled rows to evaluate")
    est = model.estimator
    P = est.predict_proba(keep_t)
    if model.multilabel:
        Y = np.asarray(gold, dtype=bool)
        D = est._decide(P).astype(bool)
        Pm = P
    else:
        Y = np.asarray(gold, dtype=object)[:, None] == np.asarray(model.classes, dtype=object)[None, :]
        pred = est.predict(keep_t)
        D = np.asarray([str(p) for p in pred], dtype=object)[:, None] == np.asarray(model.classes, dtype=object)[None, :]
        Pm = P
    out = classification_metrics(Y, D, model.classes, multilabel=model.multilabel,
                                 positive=model.positive_label, proba=Pm, n_boot=n_boot, seed=seed)
    metric = est.metric
    if metric == "f1" and model.positive_label is not None:
        score = out["positive"]["f1"]
    elif metric == "accuracy":
        score = out["exact_match" if model.multilabel else "accuracy"]
    else:
        score = out["macro"]["f1"]
    result: Dict[str, Any] = {"task": model.task, "metric": metric, "score": score}
    result.update(out)
    result["unknown_labels"] = dict(unknown)
    result["signature"] = model.signature
    return result


# --------------------------------------------------------------------------------------------
# Safe persistence

#: Types a framing model file may contain beyond those skops trusts by default. Loading
#: refuses a file with any other type (:func:`load_model`).
TRUSTED_TYPES = frozenset({
    "framing.learn.models.TrainedModel",
    "framing.learn.models.BlockStackingClassifier",
    "framing.learn.features.FramingFeatures",
    "framing.learn.features.LexiconFeatures",
    "framing.learn.features.AttributionFeatures",
    "framing.learn.features.ReadabilityFeatures",
    # the same types under their framing 0.1.0 module paths (files written before the
    # layout of 0.2.0; the old paths are aliases of the new modules)
    "framing.models.TrainedModel",
    "framing.models.BlockStackingClassifier",
    "framing.features.FramingFeatures",
    "framing.features.LexiconFeatures",
    "framing.features.AttributionFeatures",
    "framing.features.ReadabilityFeatures",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.CountVectorizer",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.preprocessing._data.MaxAbsScaler",
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.str",
    "builtins.int",
    "builtins.float",
    "builtins.bool",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "numpy.ndarray",
    "numpy.dtypes.Float64DType",
    "numpy.dtypes.Int64DType",
    "numpy.dtypes.Int32DType",
    "numpy.dtypes.ObjectDType",
    "numpy.dtypes.BoolDType",
    "scipy.sparse._csr.csr_matrix",
})


def _unsafe_settings(model: Any) -> Optional[str]:
    """A reason to refuse a loaded model whose settings would reach outside the model.

    Types are checked before loading; this checks values: vectorizers must read the texts given
    to them (not files named by them) with a built-in analyzer, and the framing features must
    use bundled lexicons (a lexicon path in a model file could point anywhere).
    """
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

    def walk(obj: Any) -> Optional[str]:
        if isinstance(obj, TextMeasures):
            lex = getattr(obj, "lexicons", None)
            if lex is not None and (isinstance(lex, str) or any(
                    x not in bundled and x != "default" for x in lex)):
                return (f"its features use lexicons {list(lex) if not isinstance(lex, str) else lex!r}; "
                        f"model files may refer only to bundled lexicons {sorted(bundled)}")
        for attr in ("transformer_list", "steps"):
            for _, sub in getattr(obj, attr, []) or []:
                found = walk(sub)
                if found:
                    return found
        return None

    return walk(features)


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

    Returns
    -------
    (model path, card.md path, card.json path)

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
    card.setdefault("model_file", {})
    card["model_file"] = {"name": path.name, "sha256": hashlib.sha256(data).hexdigest(),
                          "format": "skops", "bytes": len(data)}
    atomic_write_bytes(js, (json.dumps(card, indent=2, ensure_ascii=False, default=_json_default) + "\n").encode("utf-8"))
    atomic_write_bytes(md, model_card_markdown(card).encode("utf-8"))
    return path, md, js


def _json_default(value: Any) -> Any:
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def load_model(path: Union[str, Path]) -> TrainedModel:
    """Load a model file written by :func:`save_model`, safely.

    The file is read with :mod:`skops.io`; every type it would construct that skops does not
    trust by default must be in :data:`TRUSTED_TYPES`, else the file is refused. Files that
    are not skops archives (a pickle or joblib file renamed ``.skops``, say) are refused
    without being unpickled.

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
    import skops.io as sio

    p = Path(path)
    if not p.is_file():
        raise ModelFileError(f"{p}: no such model file")
    if not zipfile.is_zipfile(p):
        raise ModelFileError(
            f"{p}: not a skops model file (skops files are zip archives; framing never loads "
            "pickle or joblib files, which can run code when loaded)"
        )
    try:
        untrusted = sio.get_untrusted_types(file=p)
    except Exception as exc:  # malformed archive or schema
        raise ModelFileError(f"{p}: not a readable skops model file ({type(exc).__name__}: "
                             f"{' '.join(str(exc).split())})") from exc
    refused = sorted(t for t in untrusted if t not in TRUSTED_TYPES)
    if refused:
        raise ModelFileError(
            f"{p}: refused to load: the file contains types outside framing's allow-list "
            f"({', '.join(refused)}); a framing model contains only framing, scikit-learn, "
            "numpy and scipy types"
        )
    try:
        model = sio.load(p, trusted=list(untrusted))
    except Exception as exc:
        raise ModelFileError(f"{p}: cannot load the model ({type(exc).__name__}: "
                             f"{' '.join(str(exc).split())})") from exc
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
    for lx in card.get("lexicons", []):
        lines.append(f"- Lexicon `{lx['id']}`: sha256 `{lx['sha256']}`")
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
    for c, k in labels.get("distribution", {}).items():
        lines.append(f"| {c} | {k} |")
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
        for c, d in est.get("per_class", {}).items():
            lines.append(f"| {c} | {_ci(d['precision'])} | {_ci(d['recall'])} | {_ci(d['f1'])} | {d['support']} |")
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
        tf = card.get(key) or {}
        if tf:
            lines += ["", f"## {title}", ""]
            for c, feats in tf.items():
                lines.append(f"- **{c}**: " + ", ".join(f"`{n}` ({w:+.3f})" for n, w in feats))
    lines += ["", "## Software", ""]
    for k, v in card.get("versions", {}).items():
        lines.append(f"- {k} {v}")
    if card.get("notes"):
        lines += ["", "## Notes", ""] + [f"- {n}" for n in card["notes"]]
    return "\n".join(lines) + "\n"
