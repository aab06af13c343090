"""A trained attribution tagger: source, cue and content spans learned from annotated text.

The rule-based :class:`~framing.attribution.AttributionExtractor` finds the patterns it was
written for; corpora such as PolNeAR (Newell, Margolin & Ruths 2018) annotate many more cue
forms ("reserved his most eloquent passion for", nominal and multi-word cues). The
:class:`AttributionTagger` learns them from annotation (brat standoff, or
``(text, {role: spans})`` pairs) with transparent linear models. framing ships one, trained on
the PolNeAR train split (:func:`bundled_tagger`); the default analysis finds its spans with it.

1. **Token features** (:mod:`framing.learn.tagger_features`): the word, its neighbours within
   ±3 tokens, affixes, shape, word clusters learned from the training text, quotation state,
   position in the sentence, distances to the nearest quotation mark and lexicon cue, the
   attribution lexicon's cue and source categories and the rule extractor's reading. Each is an
   integer; a token has one hashed column per feature template.
2. **Stage 1**: one L2 logistic regression per BIO tag (one-vs-rest, stochastic gradient
   descent), ``alpha`` chosen by document-grouped cross-validation.
3. **Stage 2** (stacked generalisation, Wolpert 1992): a second such model sees the token
   features plus the *out-of-fold* stage-1 probabilities of the token, its ±3 neighbours, its
   sentence and the neighbouring sentences.
4. **Decoding**: the most probable tag sequence of each sentence under the BIO constraints
   (Viterbi, all sentences of a document at once), turned into character spans that index the
   text exactly. :meth:`framing.attribution.AttributionExtractor.relate` links them into
   attributions and labels them (source type, cue stance, quote type, voice).

Inference is vectorised: one cache lookup per word type, integer feature arrays, one weight
gather for both stages. Every score is a sum of weights (:meth:`AttributionTagger.explain`).
Models are saved with :mod:`skops.io` (weights pruned and stored as float16) and loaded only
after every type in the file has been checked against :data:`TRUSTED_TYPES`.

Examples
--------
>>> docs = [("Officials said the plan would fail.",
...          {"source": [(0, 9)], "cue": [(10, 14)], "content": [(15, 34)]}),
...         ("The mayor claimed that taxes rose.",
...          {"source": [(0, 9)], "cue": [(10, 17)], "content": [(18, 33)]})] * 20
>>> tagger = AttributionTagger(folds=2, stacking=False, progress=False).fit(docs)
>>> text = "Officials said the plan would fail."
>>> spans = tagger.predict_spans(text)
>>> [text[s:e] for s, e in spans["cue"]]
['said']
"""
from __future__ import annotations

import bisect
import hashlib
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import (TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple,
                    Union)

import numpy as np

from .._version import software_versions
from ..analysis import Attribution
from ..errors import TaggerFileError, TrainingDataError
from . import tagger_features as tf

if TYPE_CHECKING:  # scipy is imported where training needs it (not to read a model)
    from scipy import sparse

__all__ = [
    "ROLES",
    "TAGS",
    "TRUSTED_TYPES",
    "TAGGER_FORMAT",
    "AttributionTagger",
    "TaggerFileError",
    "save_tagger",
    "load_tagger",
    "bundled_tagger",
    "tagger_for",
    "BUNDLED_TAGGER",
]

Span = Tuple[int, int]
RoleSpans = Dict[str, List[Span]]

#: Attribution roles, in the order of PolNeAR (Newell et al. 2018) and of the output.
ROLES = ("source", "cue", "content")
#: BIO tags; index 0 is ``O``.
TAGS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")
_K = len(TAGS)
_TAG_ID = {t: i for i, t in enumerate(TAGS)}
#: When gold spans of two roles share a token, the token takes the later role of this order.
_LABEL_PRIORITY = ("content", "source", "cue")
#: Format version of tagger files written by :func:`save_tagger` (2: hashed integer features).
TAGGER_FORMAT = 2
#: The only types a tagger file may contain (besides Python built-ins, which skops trusts).
TRUSTED_TYPES = frozenset({
    "framing.learn.attribution_tagger.AttributionTagger",
    "framing.attribution_tagger.AttributionTagger",  # files of framing 0.1.0: told to retrain
    "numpy.ndarray",
    "numpy.dtype",
})
#: File name of the tagger shipped in the package (``framing/data``), trained on PolNeAR train.
BUNDLED_TAGGER = "attribution-polnear.skops"
#: Tokens scored at once by :meth:`AttributionTagger.spans_many` (larger batches are split
#: at document boundaries: the temporary arrays stay under about 30 MB).
_BATCH_TOKENS = 16384
#: Columns of the weight table in use: stage 1 in 0-6, stage 2 in 8-14 (16 for alignment).
_USED = np.r_[0:7, 8:15]


# --------------------------------------------------------------------------------------------
# Gold tags, stage-2 context, decoding


def _gold_tags(starts: np.ndarray, ends: np.ndarray, spans: Mapping[str, Sequence[Span]]
               ) -> np.ndarray:
    """BIO tag ids of the tokens (``starts``, ``ends``) from gold character spans."""
    y = np.zeros(len(starts), dtype=np.int64)
    ls, le = starts.tolist(), ends.tolist()
    for role in _LABEL_PRIORITY:
        for s, e in sorted(spans.get(role, []) or []):
            a = bisect.bisect_right(le, s)
            b = max(a, bisect.bisect_left(ls, e))
            if b > a:
                y[a] = _TAG_ID["B-" + role]
                y[a + 1:b] = _TAG_ID["I-" + role]
    return y


_RP_NAMES = ("O", "source", "cue", "content", "B-source", "B-cue", "B-content")
_BINS = np.array([0.05, 0.2, 0.4, 0.6, 0.8, 0.95])
_NB = len(_BINS) + 1
#: Candidate log-probability offsets of each role's tags (decision rule, tuned by CV).
_OFFSETS = (-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


def _context_names() -> List[str]:
    names = [f"p1[{r}]" for r in _RP_NAMES]
    for d in (-3, -2, -1, 1, 2, 3):
        names += [f"p1[{r}]@{d:+d}" for r in _RP_NAMES]
    for what in ("max left in sentence", "max right in sentence", "mean in sentence",
                 "max in sentence", "mean in previous sentence", "max in previous sentence",
                 "mean in next sentence", "max in next sentence"):
        names += [f"p1[{r}] {what}" for r in ("source", "cue", "content")]
    return names


_N_DENSE = len(_context_names())
#: Context columns that are also one-hot binned: the token's own probabilities and the
#: sentence summaries (not the neighbours', which enter linearly).
_BINNED = np.r_[0:7, 49:_N_DENSE]


def _segment_cummax(x: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Running maximum of ``x`` (values in [0, 1], shape (n, c)) restarting at every sentence
    (``first[i]`` is True where a sentence starts)."""
    seg = np.cumsum(first) - 1
    return np.maximum.accumulate(x + 2.0 * seg[:, None], axis=0) - 2.0 * seg[:, None]


def _context(P: np.ndarray, sent: np.ndarray, doc: Optional[np.ndarray] = None) -> np.ndarray:
    """Stage-2 inputs from stage-1 probabilities ``P`` (n, 7) and sentence ids ``sent``
    (non-decreasing; ``doc``, the document of each token when several are stacked): the dense
    values ``(n, _N_DENSE)``; the columns :data:`_BINNED` are also one-hot binned."""
    R = np.column_stack([P[:, 0], P[:, 1] + P[:, 2], P[:, 3] + P[:, 4], P[:, 5] + P[:, 6],
                         P[:, 1], P[:, 3], P[:, 5]])
    n = R.shape[0]
    D = np.zeros((n, _N_DENSE))
    D[:, :7] = R
    for k, d in enumerate((-3, -2, -1, 1, 2, 3)):
        col = slice(7 + 7 * k, 14 + 7 * k)
        if n > abs(d):
            if d < 0:
                D[-d:, col] = R[:d] * (sent[-d:] == sent[:d])[:, None]
            else:
                D[:-d, col] = R[d:] * (sent[:-d] == sent[d:])[:, None]
    if n:
        r = R[:, 1:4]
        first = np.r_[True, sent[1:] != sent[:-1]]
        last = np.r_[sent[1:] != sent[:-1], True]
        cl = _segment_cummax(r, first)  # max up to and including i
        D[1:, 49:52] = np.where(first[1:, None], 0.0, cl[:-1])  # strictly left
        cr = _segment_cummax(r[::-1], last[::-1])[::-1]
        D[:-1, 52:55] = np.where(last[:-1, None], 0.0, cr[1:])
        starts = np.flatnonzero(first)
        sid = np.cumsum(first) - 1
        sums = np.add.reduceat(r, starts, axis=0)
        lens = np.diff(np.r_[starts, n])[:, None]
        smean, smax = sums / lens, np.maximum.reduceat(r, starts, axis=0)
        D[:, 55:58], D[:, 58:61] = smean[sid], smax[sid]
        prev_mean = np.vstack([np.zeros((1, 3)), smean[:-1]])
        prev_max = np.vstack([np.zeros((1, 3)), smax[:-1]])
        next_mean = np.vstack([smean[1:], np.zeros((1, 3))])
        next_max = np.vstack([smax[1:], np.zeros((1, 3))])
        if doc is not None:  # no previous or next sentence across documents
            sdoc = doc[starts]
            cut = np.r_[True, sdoc[1:] != sdoc[:-1]]
            prev_mean[cut] = prev_max[cut] = 0.0
            cut_next = np.r_[sdoc[1:] != sdoc[:-1], True]
            next_mean[cut_next] = next_max[cut_next] = 0.0
        D[:, 61:64], D[:, 64:67] = prev_mean[sid], prev_max[sid]
        D[:, 67:70], D[:, 70:73] = next_mean[sid], next_max[sid]
    return D


def _context_matrix(P: np.ndarray, sent: np.ndarray) -> sparse.csr_matrix:
    """The stage-2 context block as a sparse matrix (training): the dense values and the
    one-hot bins of the binned ones."""
    from scipy import sparse

    D = _context(P, sent)
    bins = np.digitize(D[:, _BINNED], _BINS) + (np.arange(len(_BINNED)) * _NB)[None, :]
    n, nb = bins.shape
    B = sparse.csr_matrix((np.ones(n * nb, dtype=np.float32), bins.ravel(),
                           np.arange(0, n * nb + 1, nb)), shape=(n, len(_BINNED) * _NB))
    return sparse.hstack([sparse.csr_matrix(D.astype(np.float32)), B], format="csr")


def _context_feature_names() -> List[str]:
    names = _context_names()
    edges = [0.0] + _BINS.tolist() + [1.0]
    return names + [f"{names[j]} in [{edges[k]:g}, {edges[k + 1]:g})" for j in _BINNED
                    for k in range(_NB)]


def _allowed_transitions() -> Tuple[np.ndarray, np.ndarray]:
    """Log scores of the tag transitions and first tags: -1e30 where BIO forbids them (an
    ``I-x`` tag only after ``B-x`` or ``I-x``)."""
    trans = np.zeros((_K, _K))
    start = np.zeros(_K)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            ok = {_TAG_ID["B-" + tag[2:]], j}
            trans[[i for i in range(_K) if i not in ok], j] = -1e30
            start[j] = -1e30
    return trans, start


_TRANS, _START = _allowed_transitions()


def _viterbi(logp: np.ndarray, lengths: Optional[Sequence[int]] = None) -> np.ndarray:
    """Most probable tag sequence of each segment under the BIO constraints.

    ``logp`` (n_tokens, n_tags) holds the segments (sentences or documents) one after the
    other, ``lengths`` their token counts (default: one). They are decoded together, so the
    loop runs over the longest.
    """
    N, K = logp.shape
    L_all = np.asarray([N] if lengths is None else lengths, dtype=np.int64)
    tags = np.zeros(N, dtype=np.int64)
    if N == 0:
        return tags
    offsets = np.r_[0, np.cumsum(L_all)[:-1]]
    order = np.argsort(-L_all, kind="stable")
    L, off = L_all[order], offsets[order]
    keep = L > 0
    L, off = L[keep], off[keep]
    max_len = int(L[0])
    n_active = np.searchsorted(-L, -np.arange(max_len), side="left")
    back = np.zeros((N, K), dtype=np.int8)
    score = logp[off] + _START
    for t in range(1, max_len):
        k = n_active[t]
        cand = score[:k, :, None] + _TRANS
        rows = off[:k] + t
        back[rows] = cand.argmax(axis=1)
        score[:k] = cand.max(axis=1) + logp[rows]
    cur = score.argmax(axis=1)
    tags[off + L - 1] = cur
    for t in range(max_len - 1, 0, -1):
        k = n_active[t]
        rows = off[:k] + t
        prev = back[rows, cur[:k]].astype(np.int64)
        tags[rows - 1] = prev
        cur[:k] = prev
    return tags


def _sentence_lengths(sent: np.ndarray) -> np.ndarray:
    if not len(sent):
        return np.zeros(0, dtype=np.int64)
    first = np.flatnonzero(np.r_[True, sent[1:] != sent[:-1]])
    return np.diff(np.r_[first, len(sent)])


def _log(P: np.ndarray) -> np.ndarray:
    return np.log(np.clip(P, 1e-12, 1.0))


def _normalised_sigmoid(S: np.ndarray) -> np.ndarray:
    """One-vs-rest logistic probabilities normalised over the tags (as scikit-learn's SGD)."""
    P = 1.0 / (1.0 + np.exp(-np.clip(S, -50, 50)))
    tot = P.sum(axis=1, keepdims=True)
    return P / np.where(tot > 0, tot, 1.0)


def _tags_to_spans(tags: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> RoleSpans:
    out: RoleSpans = {r: [] for r in ROLES}
    if not len(tags):
        return out
    # a span starts at every B- tag and at an I- tag that does not continue its role
    role_of = np.array([0, 1, 1, 2, 2, 3, 3])[tags]
    is_b = np.isin(tags, (1, 3, 5))
    prev_role = np.r_[0, role_of[:-1]]
    begin = (role_of > 0) & (is_b | (prev_role != role_of))
    next_begin = np.r_[begin[1:], True]
    next_role = np.r_[role_of[1:], 0]
    end = (role_of > 0) & (next_begin | (next_role != role_of))
    for b, e in zip(np.flatnonzero(begin).tolist(), np.flatnonzero(end).tolist()):
        out[ROLES[role_of[b] - 1]].append((int(starts[b]), int(ends[e])))
    return out


def _token_f1(y: np.ndarray, pred: np.ndarray) -> Dict[str, float]:
    """Token F1 of each role (a token has a role when its tag is B- or I- of it)."""
    out = {}
    for role in ROLES:
        ids = [_TAG_ID["B-" + role], _TAG_ID["I-" + role]]
        p, g = np.isin(pred, ids), np.isin(y, ids)
        den = p.sum() + g.sum()
        out[role] = float(2 * (p & g).sum() / den) if den else 0.0
    return out


def _progress(iterable: Iterable[Any], total: Optional[int], desc: str, enabled: Optional[bool]):
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit="doc", leave=False)


# --------------------------------------------------------------------------------------------
# Linear models (stochastic gradient descent, logistic loss, one-vs-rest)


def _fit_linear(X: sparse.csr_matrix, y: np.ndarray, alpha: float, epochs: int, seed: int,
                n_jobs: Optional[int]) -> Tuple[np.ndarray, np.ndarray]:
    """Coefficients (K, F) and intercepts (K,) of OvR logistic regressions for every tag."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import SGDClassifier

    clf = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=epochs, tol=None,
                        random_state=seed, n_jobs=n_jobs)
    present = np.unique(y)
    coef = np.zeros((_K, X.shape[1]), dtype=np.float32)
    if len(present) < 2:  # degenerate: a constant model
        icpt = np.full(_K, -10.0)
        icpt[present[0] if len(present) else 0] = 10.0
        return coef, icpt
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(X, y)
    icpt = np.full(_K, -30.0)
    if len(present) == 2:  # sklearn fits one binary model: the second tag's, negated for the first
        coef[present] = np.vstack([-clf.coef_, clf.coef_])
        icpt[present] = [-clf.intercept_[0], clf.intercept_[0]]
    else:
        coef[present], icpt[present] = clf.coef_, clf.intercept_
    return coef, icpt


def _proba(X: sparse.csr_matrix, coef: np.ndarray, icpt: np.ndarray) -> np.ndarray:
    return _normalised_sigmoid(np.asarray(X @ coef.T, dtype=np.float64) + icpt)


# --------------------------------------------------------------------------------------------
# The tagger


def _as_pairs(docs: Iterable[Any]) -> List[Tuple[str, Dict[str, List[Span]]]]:
    out = []
    for k, d in enumerate(docs):
        if hasattr(d, "text") and hasattr(d, "role_spans"):  # PolnearDocument
            text, spans = d.text, d.role_spans()
        else:
            try:
                text, spans = d
            except (TypeError, ValueError):
                raise TypeError(f"document {k}: expected a (text, {{role: spans}}) pair") from None
        if not isinstance(text, str):
            raise TypeError(f"document {k}: text must be a str, got {type(text).__name__}")
        clean: Dict[str, List[Span]] = {}
        for role in ROLES:
            sp = []
            for s in (spans or {}).get(role, []) or []:
                s0, s1 = int(s[0]), int(s[1])
                if not 0 <= s0 <= s1 <= len(text):
                    raise TrainingDataError(f"document {k}: {role} span {(s0, s1)} outside the "
                                            f"text (length {len(text)})")
                sp.append((s0, s1))
            clean[role] = sp
        unknown = set(spans or {}) - set(ROLES)
        if unknown:
            raise TrainingDataError(f"document {k}: unknown role(s) {sorted(unknown)}; roles are "
                                    f"{ROLES}")
        out.append((text, clean))
    return out


@lru_cache(maxsize=4)
def _extractor(lexicon: str) -> Any:
    """The rule-based extractor of a bundled attribution lexicon (one per process)."""
    from ..attribution import AttributionExtractor
    from ..lexicon import load_lexicon

    return AttributionExtractor(load_lexicon(lexicon))


class AttributionTagger:
    """Learn attribution source, cue and content spans from annotated documents.

    Parameters
    ----------
    alphas : sequence of float, default (1e-5, 3e-5)
        L2 strengths (``SGDClassifier`` ``alpha``) tried for stage 1; the one with the best
        cross-validated mean token F1 of the roles is kept, for stage 2 too.
    epochs : int, default 25
        Passes of stochastic gradient descent.
    folds : int, default 3
        Document-grouped folds for ``alpha`` and the out-of-fold probabilities of stage 2.
    stacking : bool, default True
        Train the stage-2 model.
    min_count : int, default 2
        Feature columns seen in fewer training tokens are left out.
    bits : int, default 20
        Size of the hashed feature space (``2**bits`` columns).
    clusters : bool, default True
        Learn word clusters from the training text (:func:`~framing.learn.tagger_features.
        learn_clusters`) and use them as features.
    lexicon : str, default "attribution"
        The bundled attribution lexicon of the lexicon and rule features.
    name, version : str
        Recorded in the model and in the signature of analyses that use it.
    rule_features : bool, default True
        Give the model the rule extractor's reading of each token (costs the rules' time at
        inference).
    prune : float, default 0.15
        Feature columns whose weights are all smaller than this in absolute value are left
        out of the model (keeps the bundled file under 5 MB at no measurable cost in F1).
    random_state : int, default 0
    n_jobs : int, optional
        Parallel one-vs-rest fits (joblib).
    progress : bool, optional
        Show progress bars (default: when standard error is a terminal).

    Attributes
    ----------
    alpha_, alpha2_ : float
        Regularisation of stage 1 and stage 2 (None without stacking).
    cv_results_ : dict
        Cross-validated token F1 per role for every alpha and of the stacked model, with the
        folds and the number of documents and tokens.
    tag_bias_ : ndarray of shape (len(TAGS),)
        Log-probability offsets of each role's tags before decoding, chosen to maximise each
        role's out-of-fold token F1.
    oof_spans_ : list of dict
        Out-of-fold predicted spans of each training document (not saved).
    fit_seconds_ : float
    lexicon_id_ : str
        ``name@version`` of the attribution lexicon.
    versions_ : dict
        Software versions at training time.
    training_ : dict
        What the model was trained on (set by the caller, e.g. the training script).
    """

    def __init__(self, alphas: Sequence[float] = (1e-5, 3e-5), epochs: int = 25, folds: int = 3,
                 stacking: bool = True, min_count: int = 2, bits: int = 20, clusters: bool = True,
                 lexicon: str = "attribution", name: str = "attribution-tagger",
                 version: str = "1.0", prune: float = 0.15, rule_features: bool = True,
                 random_state: int = 0, n_jobs: Optional[int] = None,
                 progress: Optional[bool] = None):
        self.alphas = tuple(float(a) for a in alphas)
        self.epochs = int(epochs)
        self.folds = int(folds)
        self.stacking = bool(stacking)
        self.min_count = int(min_count)
        self.bits = int(bits)
        self.clusters = bool(clusters)
        self.lexicon = str(lexicon)
        self.name = str(name)
        self.version = str(version)
        self.prune = float(prune)
        self.rule_features = bool(rule_features)
        self.random_state = int(random_state)
        self.n_jobs = n_jobs
        self.progress = progress
        self.format = TAGGER_FORMAT
        self.templates = tf.TEMPLATES
        self.training_: Dict[str, Any] = {}

    # ------------------------------------------------------------------ features
    def _types(self) -> tf.TypeTable:
        table = self.__dict__.get("_type_table")
        if table is None:
            table = self.__dict__["_type_table"] = tf.TypeTable(self._cluster_map())
        return table

    def _cluster_map(self) -> Dict[str, Tuple[int, int]]:
        words = getattr(self, "cluster_words_", None)
        if words is None or not len(words):
            return {}
        names = bytes(words).decode("utf-8").split("\n")
        ids = self.cluster_ids_.tolist()
        return {w: (a, b) for w, (a, b) in zip(names, ids)}

    def encode(self, doc: Any, quotes: Any) -> tf.Encoded:
        """The feature values of the tokens of a :class:`framing.text.Doc`."""
        return tf.encode(doc, quotes, _extractor(self.lexicon), self._types(),
                         getattr(self, "rule_features", True))

    def _encode_text(self, text: str) -> tf.Encoded:
        from ..text import Doc
        from ..voice import VoiceMap, find_quotes

        return self.encode(Doc(text), VoiceMap(text, find_quotes(text)))

    def _matrix(self, values: np.ndarray) -> sparse.csr_matrix:
        return tf.hashed_matrix(values, self.bits)

    # ------------------------------------------------------------------ training
    def fit(self, docs: Iterable[Any]) -> "AttributionTagger":
        """Train on annotated documents.

        Parameters
        ----------
        docs : iterable
            ``(text, {"source": [(start, end), ...], "cue": [...], "content": [...]})`` pairs
            (missing roles mean no spans), or :class:`framing.evaluation.PolnearDocument`.
        """
        from sklearn.model_selection import GroupKFold

        from ..text import Doc
        from ..voice import VoiceMap, find_quotes

        t0 = time.time()
        pairs = _as_pairs(docs)
        if not pairs:
            raise TrainingDataError("no training documents")
        parsed = [Doc(text) for text, _ in pairs]
        self.cluster_words_ = np.zeros(0, dtype=np.uint8)
        self.cluster_ids_ = np.zeros((0, 2), dtype=np.int16)
        if self.clusters:
            cmap = tf.learn_clusters([[t.lower for t in d.tokens] for d in parsed],
                                     seed=self.random_state)
            words = sorted(cmap)
            self.cluster_words_ = np.frombuffer("\n".join(words).encode("utf-8"),
                                                dtype=np.uint8).copy()
            self.cluster_ids_ = np.asarray([cmap[w] for w in words], dtype=np.int16).reshape(-1, 2)
        self.__dict__.pop("_type_table", None)
        encs, ys = [], []
        for (text, spans), doc in _progress(list(zip(pairs, parsed)), len(pairs), "features",
                                            self.progress):
            e = self.encode(doc, VoiceMap(text, find_quotes(text)))
            encs.append(e)
            ys.append(_gold_tags(e.starts, e.ends, spans))
        y = np.concatenate(ys) if ys else np.zeros(0, dtype=np.int64)
        if not (y > 0).any():
            raise TrainingDataError("the training documents have no annotated spans")
        X = self._matrix(np.vstack([e.values for e in encs]))
        counts = np.bincount(X.indices, minlength=X.shape[1])
        rare = counts < self.min_count
        X.data[rare[X.indices]] = 0
        X.eliminate_zeros()
        self.n_features_ = int((counts >= self.min_count).sum())
        groups = np.concatenate([np.full(len(e), k) for k, e in enumerate(encs)])
        shift = np.cumsum([0] + [int(e.sent.max()) + 1 if len(e) else 0 for e in encs])
        sent = np.concatenate([e.sent + shift[k] for k, e in enumerate(encs)])
        lengths = _sentence_lengths(sent)
        n_folds = min(self.folds, len(encs))
        cv: Dict[str, Any] = {"folds": n_folds, "n_docs": len(encs), "n_tokens": int(len(y))}
        seed = self.random_state
        splits = (list(GroupKFold(n_splits=n_folds).split(X, y, groups)) if n_folds >= 2
                  else [])
        alpha1, oof1 = self._select(X, y, lengths, splits, cv, "stage1", "stage 1")
        self.alpha_ = alpha1
        coef1, self.intercept1_ = _fit_linear(X, y, alpha1, self.epochs, seed, self.n_jobs)
        coef2, self.intercept2_, self.context2_, self.alpha2_ = None, None, None, None
        oof = oof1
        if self.stacking and oof1 is not None:
            from scipy import sparse

            X2 = sparse.hstack([X, _context_matrix(oof1, sent)], format="csr")
            alpha2, oof = self._select(X2, y, lengths, splits, cv, "stage2", "stage 2",
                                       alphas=(alpha1,))
            self.alpha2_ = alpha2
            c2, self.intercept2_ = _fit_linear(X2, y, alpha2, self.epochs, seed, self.n_jobs)
            coef2 = c2[:, :X.shape[1]]
            self.context2_ = c2[:, X.shape[1]:].T.astype(np.float32)  # (n_context, K)
        # both stages' token weights in one table: one gather scores both
        W = np.zeros((X.shape[1], 16), dtype=np.float32)
        W[:, :_K] = coef1.T
        if coef2 is not None:
            W[:, 8:8 + _K] = coef2.T
        self.__dict__["_weights"] = W
        self.tag_bias_ = np.zeros(_K)
        if oof is not None:
            logp = _log(oof)
            cv["oof_f1_before_offsets"] = _token_f1(y, _viterbi(logp, lengths))
            for role in ROLES:
                best, best_b = -1.0, 0.0
                for b in _OFFSETS:
                    bias = self.tag_bias_.copy()
                    bias[[_TAG_ID["B-" + role], _TAG_ID["I-" + role]]] = b
                    f1 = _token_f1(y, _viterbi(logp + bias, lengths))[role]
                    if f1 > best + 1e-9:
                        best, best_b = f1, b
                self.tag_bias_[[_TAG_ID["B-" + role], _TAG_ID["I-" + role]]] = best_b
            cv["offsets"] = {r: float(self.tag_bias_[_TAG_ID["B-" + r]]) for r in ROLES}
            tags = _viterbi(logp + self.tag_bias_, lengths)
            cv["oof_f1"] = _token_f1(y, tags)
            ends = np.cumsum([len(e) for e in encs])
            self.__dict__["oof_spans_"] = [_tags_to_spans(tags[end - len(e):end], e.starts, e.ends)
                                           for e, end in zip(encs, ends)]
        cv["alpha"] = alpha1
        cv["alpha2"] = self.alpha2_
        self.lexicon_id_ = _extractor(self.lexicon).lexicon.id
        self.versions_ = software_versions(("framing", "scikit-learn", "numpy"))
        self.cv_results_ = cv
        self.fit_seconds_ = time.time() - t0
        self._pack()
        return self

    def cross_validate(self, docs: Iterable[Any], folds: int = 5) -> Dict[str, Any]:
        """Out-of-fold predictions of this configuration on ``docs`` (grouped by document):
        ``{"spans": [RoleSpans per document], "folds": folds}``."""
        from sklearn.model_selection import KFold

        pairs = _as_pairs(docs)
        preds: List[Optional[RoleSpans]] = [None] * len(pairs)
        kf = KFold(n_splits=min(folds, len(pairs)), shuffle=True, random_state=self.random_state)
        for tr, te in kf.split(np.arange(len(pairs))):
            t = self._clone().fit([pairs[i] for i in tr])
            for i in te:
                preds[i] = t.predict_spans(pairs[i][0])
        return {"spans": preds, "folds": kf.get_n_splits()}

    def _clone(self) -> "AttributionTagger":
        return AttributionTagger(self.alphas, self.epochs, self.folds, self.stacking,
                                 self.min_count, self.bits, self.clusters, self.lexicon,
                                 self.name, self.version, self.prune, self.rule_features,
                                 self.random_state, self.n_jobs, self.progress)

    def _select(self, X: sparse.csr_matrix, y: np.ndarray, lengths: np.ndarray,
                splits: List[Tuple[np.ndarray, np.ndarray]], cv: Dict[str, Any], key: str,
                desc: str, alphas: Optional[Sequence[float]] = None
                ) -> Tuple[float, Optional[np.ndarray]]:
        """The alpha with the best out-of-fold mean token F1, and its out-of-fold probabilities."""
        alphas = tuple(self.alphas if alphas is None else alphas)
        if not splits:
            return alphas[0], None
        cv[key] = {}
        steps = [(a, k) for a in alphas for k in range(len(splits))]
        oofs = {a: np.zeros((len(y), _K)) for a in alphas}
        for a, k in _progress(steps, len(steps), desc, self.progress):
            tr, te = splits[k]
            coef, icpt = _fit_linear(X[tr], y[tr], a, self.epochs, self.random_state,
                                     self.n_jobs)
            oofs[a][te] = _proba(X[te], coef, icpt)
        for a in alphas:
            cv[key][repr(a)] = _token_f1(y, _viterbi(_log(oofs[a]), lengths))
        best = max(alphas, key=lambda a: float(np.mean(list(cv[key][repr(a)].values()))))
        return best, oofs[best]

    # ------------------------------------------------------------------ storage
    def _pack(self) -> None:
        """The weight table as its rows with a weight of at least :attr:`prune` in absolute
        value (``weight_rows_``) and their float16 values (the 14 used columns)."""
        W = self.__dict__["_weights"]
        keep = np.flatnonzero(np.abs(W).max(axis=1) >= self.prune)
        self.weight_rows_ = keep.astype(np.int32)
        self.weight_values_ = W[keep][:, _USED].astype(np.float16)
        self.__dict__["_weights"] = self._unpack()
        for k in ("_tscores", "_sha"):
            self.__dict__.pop(k, None)

    def _unpack(self) -> np.ndarray:
        W = np.zeros((2 ** self.bits, 16), dtype=np.float32)
        rows = np.zeros((len(self.weight_rows_), 16), dtype=np.float32)
        rows[:, _USED] = self.weight_values_
        W[self.weight_rows_] = rows
        return W

    @property
    def weights(self) -> np.ndarray:
        """Token-feature weights ``(2**bits, 16)``: stage 1 in columns 0-6, stage 2 in 8-14."""
        W = self.__dict__.get("_weights")
        if W is None:
            W = self.__dict__["_weights"] = self._unpack()
        return W

    @property
    def sha256(self) -> str:
        """A hash of everything that decides the predictions (weights and settings)."""
        h = self.__dict__.get("_sha")
        if h is None:
            d = hashlib.sha256()
            for a in (self.weight_rows_, self.weight_values_, self.intercept1_, self.tag_bias_,
                      self.cluster_words_, self.cluster_ids_):
                d.update(np.ascontiguousarray(a).tobytes())
            if self.context2_ is not None:
                d.update(np.ascontiguousarray(self.context2_).tobytes())
                d.update(np.ascontiguousarray(self.intercept2_).tobytes())
            d.update(repr((self.bits, tuple(self.templates), self.lexicon_id_)).encode())
            if not getattr(self, "rule_features", True):
                d.update(b"no rule features")
            h = self.__dict__["_sha"] = d.hexdigest()
        return h

    @property
    def id(self) -> str:
        """``name@version#sha8``: how signatures name the model."""
        return f"{self.name}@{self.version}#{self.sha256[:8]}"

    def __getstate__(self) -> Dict[str, Any]:
        state = dict(self.__dict__)
        for k in ("_weights", "_type_table", "oof_spans_", "_sha", "_tscores", "_ctables"):
            state.pop(k, None)
        return state

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__dict__.update(state)

    # ------------------------------------------------------------------ prediction
    def _check_fitted(self) -> None:
        if not hasattr(self, "weight_rows_"):
            raise ValueError("this AttributionTagger is not trained yet: call fit() first")

    def _type_score_table(self) -> np.ndarray:
        """Per-type summed weights of the type templates (:func:`tf.type_scores`), extended
        as the type table grows; rebuilt when it is emptied."""
        types = self._types()
        cached = self.__dict__.get("_tscores")
        m = len(types.values)
        if cached is None or cached[0] != types.generation:
            table = tf.type_scores(types.values, self.weights, self.bits)
            cached = [types.generation, table, m]
            self.__dict__["_tscores"] = cached
        _, table, have = cached
        if have < m:  # new types: their rows, in a table that grows by doubling
            if 2 + m > len(table):
                bigger = np.zeros((2 + 2 * m,) + table.shape[1:], dtype=table.dtype)
                bigger[:2 + have] = table[:2 + have]
                table = cached[1] = bigger
            table[2 + have:2 + m] = tf.type_scores(types.values[have:], self.weights, self.bits,
                                                   fillers=False)
            cached[2] = m
        return table

    def _scores(self, values: np.ndarray, sent: np.ndarray,
                type_ids: Optional[np.ndarray]) -> np.ndarray:
        """Token scores of both stages ``(n, 16)``: the type templates' from the per-type table,
        the others gathered from the hashed weights."""
        if type_ids is None:
            return tf.gather_scores(tf.hashed_columns(values, self.bits), self.weights)
        other = tf.OTHER_TEMPLATES
        S = tf.gather_type_scores(self._type_score_table(), type_ids, sent)
        cols = tf.hashed_columns(values[:, other], self.bits, other)
        W = self.weights
        for t in range(cols.shape[1]):
            S += W[cols[:, t]]
        return S

    def _proba(self, values: np.ndarray, sent: np.ndarray, doc: Optional[np.ndarray] = None,
               type_ids: Optional[np.ndarray] = None) -> np.ndarray:
        n = len(values)
        if n == 0:
            return np.zeros((0, _K))
        S = self._scores(values, sent, type_ids)
        P = _normalised_sigmoid(S[:, :_K] + self.intercept1_)
        if self.context2_ is not None:
            D = _context(P, sent, doc)
            dense, base, steps = self._context_tables()
            # the one-hot bins as steps: bin k of a value = the number of edges it reaches
            above = (D[:, _BINNED, None] >= _BINS).reshape(n, -1).astype(np.float32)
            S2 = S[:, 8:8 + _K] + D @ dense + above @ steps + base
            P = _normalised_sigmoid(S2)
        return P

    def _context_tables(self) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Stage-2 context weights as (dense weights, constant, step weights of the bins)."""
        cached = self.__dict__.get("_ctables")
        if cached is None:
            C = self.context2_.astype(np.float64)
            Cb = C[_N_DENSE:].reshape(len(_BINNED), _NB, _K)
            base = Cb[:, 0, :].sum(axis=0) + self.intercept2_
            steps = (Cb[:, 1:, :] - Cb[:, :-1, :]).reshape(-1, _K)
            cached = self.__dict__["_ctables"] = (C[:_N_DENSE], base, steps.astype(np.float32))
        return cached

    def proba(self, enc: tf.Encoded) -> np.ndarray:
        """Tag probabilities ``(n_tokens, len(TAGS))`` of an encoded document."""
        self._check_fitted()
        return self._proba(enc.values, enc.sent, None, self._type_ids([enc]))

    def tags(self, enc: tf.Encoded) -> np.ndarray:
        """Tag ids of the tokens of an encoded document (each sentence decoded on its own,
        all at once)."""
        P = self.proba(enc)
        return _viterbi(_log(P) + getattr(self, "tag_bias_", 0.0), _sentence_lengths(enc.sent))

    def spans(self, doc: Any, quotes: Any) -> RoleSpans:
        """Predicted spans of each role of a :class:`framing.text.Doc`."""
        enc = self.encode(doc, quotes)
        return _tags_to_spans(self.tags(enc), enc.starts, enc.ends)

    def _type_ids(self, encs: Sequence[tf.Encoded]) -> Optional[np.ndarray]:
        """The type ids of the encoded documents, if they index this tagger's current type
        table (else None: the scores are then gathered template by template)."""
        types = self.__dict__.get("_type_table")
        if types is None or any(e.type_ids is None or e.generation != types.generation
                                for e in encs):
            return None
        return np.concatenate([e.type_ids for e in encs])

    def spans_many(self, encs: Sequence[tf.Encoded]) -> List[RoleSpans]:
        """:meth:`spans` of several encoded documents, scored and decoded together (one
        weight gather and one Viterbi pass for all; the same result as one by one)."""
        self._check_fitted()
        if not encs:
            return []
        if len(encs) > 1 and sum(len(e) for e in encs) > _BATCH_TOKENS:  # bounded memory
            out: List[RoleSpans] = []
            group: List[tf.Encoded] = []
            size = 0
            for e in encs:
                if group and size + len(e) > _BATCH_TOKENS:
                    out += self.spans_many(group)
                    group, size = [], 0
                group.append(e)
                size += len(e)
            return out + self.spans_many(group)
        lens = [len(e) for e in encs]
        values = np.vstack([e.values for e in encs])
        shift = np.cumsum([0] + [int(e.sent.max()) + 1 if len(e) else 0 for e in encs])
        sent = np.concatenate([e.sent + shift[k] for k, e in enumerate(encs)])
        doc = np.repeat(np.arange(len(encs)), lens)
        P = self._proba(values, sent, doc, self._type_ids(encs))
        tags = _viterbi(_log(P) + getattr(self, "tag_bias_", 0.0), _sentence_lengths(sent))
        out, pos = [], 0
        for e, n in zip(encs, lens):
            out.append(_tags_to_spans(tags[pos:pos + n], e.starts, e.ends))
            pos += n
        return out

    def predict_proba_tokens(self, text: str) -> Tuple[tf.Encoded, np.ndarray]:
        """The encoded tokens of ``text`` and their tag probabilities."""
        self._check_fitted()
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        enc = self._encode_text(text)
        return enc, self.proba(enc)

    def predict_tags(self, text: str) -> List[Tuple[int, int, str]]:
        """``(start, end, tag)`` of every token of ``text``."""
        self._check_fitted()
        enc = self._encode_text(text)
        return [(int(s), int(e), TAGS[t]) for s, e, t in zip(enc.starts, enc.ends, self.tags(enc))]

    def predict_spans(self, text: str) -> RoleSpans:
        """Predicted spans of each role: ``{"source": [(start, end), ...], "cue": ..., ...}``."""
        self._check_fitted()
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        enc = self._encode_text(text)
        return _tags_to_spans(self.tags(enc), enc.starts, enc.ends)

    def predict_relations(self, text: str, spans: Optional[RoleSpans] = None) -> List[Attribution]:
        """Attributions built from the predicted spans (or ``spans``) by
        :meth:`framing.attribution.AttributionExtractor.relate`: sources typed, cues with
        their stance, quote type and voice."""
        from ..text import Doc
        from ..voice import VoiceMap, find_quotes

        doc = Doc(text)
        quotes = VoiceMap(text, find_quotes(text))
        if spans is None:
            spans = self.spans(doc, quotes)
        return _extractor(self.lexicon).relate(doc, quotes, spans)

    # ------------------------------------------------------------------ transparency
    def explain(self, text: str, token: int, tag: str = "B-cue", n: int = 10
                ) -> List[Tuple[str, float]]:
        """The ``n`` largest stage-1 weights (by absolute value) behind ``tag`` for token
        ``token`` of ``text``: ``[(template, weight), ...]``. Stage 2 adds the context of
        the neighbours' stage-1 probabilities on top."""
        self._check_fitted()
        if tag not in _TAG_ID:
            raise ValueError(f"unknown tag {tag!r}; tags are {TAGS}")
        enc = self._encode_text(text)
        if not 0 <= token < len(enc):
            raise IndexError(f"token {token} out of range (the text has {len(enc)} tokens)")
        cols = tf.hashed_columns(enc.values[token:token + 1], self.bits)[0]
        w = self.weights[cols, _TAG_ID[tag]]
        order = np.argsort(-np.abs(w), kind="stable")[:n]
        return [(self.templates[i], float(w[i])) for i in order]

    def context_weights(self, tag: str = "B-cue", n: int = 20) -> List[Tuple[str, float]]:
        """The ``n`` largest stage-2 weights of the context features (the stage-1
        probabilities around the token) for ``tag``: ``[(feature, weight), ...]``."""
        self._check_fitted()
        if tag not in _TAG_ID:
            raise ValueError(f"unknown tag {tag!r}; tags are {TAGS}")
        if self.context2_ is None:
            return []
        w = self.context2_[:, _TAG_ID[tag]]
        names = _context_feature_names()
        order = np.argsort(-w, kind="stable")[:n]
        return [(names[i], float(w[i])) for i in order]

    def __repr__(self) -> str:
        fitted = f", alpha_={self.alpha_:g}" if hasattr(self, "alpha_") else ""
        return (f"AttributionTagger(name={self.name!r}, version={self.version!r}, "
                f"epochs={self.epochs}, folds={self.folds}, stacking={self.stacking}{fitted})")


# --------------------------------------------------------------------------------------------
# Persistence


def save_tagger(tagger: AttributionTagger, path: Union[str, Path]) -> Path:
    """Write ``tagger`` to ``path`` with :mod:`skops.io` (atomically); returns the path."""
    from .skops_files import write_skops

    tagger._check_fitted()
    return write_skops(tagger, path)


def load_tagger(path: Union[str, Path]) -> AttributionTagger:
    """Read a tagger written by :func:`save_tagger`, refusing anything outside the allow-list.

    Raises
    ------
    TaggerFileError
        With a one-line message naming the file: not a skops archive, a type outside
        :data:`TRUSTED_TYPES`, not an :class:`AttributionTagger` of :data:`TAGGER_FORMAT`, or
        trained with another version of its attribution lexicon.
    """
    from .skops_files import BUILTIN_TYPES, read_plain_skops, read_skops

    p = Path(path)
    obj = read_plain_skops(p, AttributionTagger) if p.is_file() else None
    if obj is None:  # anything but plain containers and arrays: skops and the allow-list
        obj = read_skops(p, TaggerFileError, TRUSTED_TYPES | BUILTIN_TYPES,
                         "the attribution tagger's allow-list", every_type=True)
    if not isinstance(obj, AttributionTagger):
        raise TaggerFileError(f"{p}: not an attribution tagger (found {type(obj).__name__})")
    if getattr(obj, "format", None) != TAGGER_FORMAT or not hasattr(obj, "weight_rows_"):
        raise TaggerFileError(f"{p}: tagger file format {getattr(obj, 'format', None)!r}; this "
                              f"framing reads format {TAGGER_FORMAT}: retrain the model")
    if tuple(obj.templates) != tf.TEMPLATES:
        raise TaggerFileError(f"{p}: the tagger's feature templates differ from this framing's: "
                              "retrain the model")
    have = _extractor(obj.lexicon).lexicon.id
    if have != obj.lexicon_id_:
        raise TaggerFileError(f"{p}: the tagger was trained with {obj.lexicon_id_}; this framing "
                              f"has {have}: retrain the model")
    return obj


@lru_cache(maxsize=4)
def tagger_for(spec: str) -> AttributionTagger:
    """The tagger of a settings' ``attribution_model``: ``bundled`` or a file path, loaded once
    per process."""
    return bundled_tagger() if spec == "bundled" else load_tagger(spec)


@lru_cache(maxsize=1)
def bundled_tagger() -> AttributionTagger:
    """The attribution tagger shipped with framing (trained on PolNeAR train; see its model
    card, ``framing/data/attribution-polnear.md``), loaded once per process."""
    from importlib.resources import as_file, files

    with as_file(files("framing.data") / BUNDLED_TAGGER) as p:
        if not p.is_file():
            raise TaggerFileError(f"{p}: the bundled attribution tagger is missing from this "
                                  "installation; reinstall framing, or use --attribution rules")
        return load_tagger(p)
