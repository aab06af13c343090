"""A context model for loaded words: which words of a text are loaded language, learned from
annotated sentences with a transparent linear model.

The ``loaded`` lexicon lists words whose choice frames what they describe, wherever they stand.
Whether a word is loaded often depends on its context ("a *radical* plan", "a free *radical*"),
and annotated corpora mark the loaded words of each sentence (BABE, Spinde et al. 2021:
``biased_words``). :class:`LoadedTagger` learns them, built like the attribution tagger
(:mod:`framing.learn.attribution_tagger`):

1. **Token features**, one hashed integer per template (:data:`TEMPLATES`, with the helpers of
   :mod:`framing.learn.tagger_features`): the lower-cased word, its raw form, stem, affixes
   and shape; the words within ±2 and the word pairs around it; the ``loaded`` layer of the
   lexicons (whether the token is in a match, and the category of its and its neighbours'
   matches, the entry's weight, how many matches its sentence holds); the other layers of the
   lexicons (``hedge``, ``booster``); the quotation state of the token and of its neighbours
   (voice: author or quoted); its position in the sentence. No part-of-speech tagger.
2. **A per-token logistic regression** by stochastic gradient descent, classes weighted
   (``class_weight="balanced"``: loaded tokens are rare); the L2 strength and the **decision
   threshold** are chosen by cross-validation on the training data only (folds grouped by
   ``groups`` when given, e.g. the source article or topic, else by text).
3. **Spans**: the word tokens whose probability reaches the threshold; adjacent ones in a
   sentence merge into one span. Offsets index the text exactly.

Inference is vectorised: the texts of a batch are encoded, stacked into one integer array,
hashed and scored by one weight gather. Every score is a sum of weights
(:meth:`LoadedTagger.explain`). The lexicons the model was trained with are stored in the
model file (their ``.lex`` text), so its features never change under it. Models are saved with
:mod:`skops.io` (only built-in containers, JSON scalars and numeric arrays) and read by
:func:`framing.learn.skops_files.read_plain_skops` without unpickling anything; the card
(``MODEL.md`` beside ``MODEL.skops``) says what it was trained on.

framing ships no such model: the annotated corpora at hand (BABE, MBIC) come from a
repository licensed AGPL-3.0, not framing's MIT. Train one on your own annotation with
``framing train-loaded`` and use it with ``--loaded MODEL.skops``.

Examples
--------
>>> texts = ["The radical mob stormed the hall.", "A free radical damages the cell.",
...          "Radical activists slammed the plan.", "Each free radical binds an atom."] * 6
>>> spans = [[(4, 11)], [], [(0, 7)], []] * 6
>>> tagger = train_loaded_tagger(texts, spans, folds=2)
>>> new = ["Radical protesters blocked the road.", "The free radical reacts fast."]
>>> [[t[s:e] for s, e in sp] for t, sp in zip(new, tagger.predict(new))]
[['Radical'], []]
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import (TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Tuple,
                    Union)

import numpy as np

from .._version import software_versions
from ..errors import InputError, TaggerFileError, TrainingDataError
from . import tagger_features as tf

if TYPE_CHECKING:  # pragma: no cover
    from ..lexicon import Lexicon

__all__ = [
    "TEMPLATES",
    "LOADED_FORMAT",
    "TRUSTED_TYPES",
    "LoadedTagger",
    "train_loaded_tagger",
    "read_loaded_gold",
    "save_loaded_tagger",
    "load_loaded_tagger",
    "loaded_tagger_for",
    "gold_from_words",
]

Span = Tuple[int, int]
#: The layer whose spans the model predicts.
LAYER = "loaded"
#: Format version of the model files written by :meth:`LoadedTagger.save`.
LOADED_FORMAT = 1
#: The only non-built-in types a model file may contain.
TRUSTED_TYPES = frozenset({"framing.learn.loaded_tagger.LoadedTagger", "numpy.ndarray",
                           "numpy.dtype"})
#: The feature templates, in column order (the model file records them).
TEMPLATES = (
    "bias", "w", "W", "stem", "shape", "s2", "s3", "s4", "p3",
    "w-2", "w-1", "w+1", "w+2", "stem-1", "stem+1", "shape-1", "shape+1",
    "w-1|w", "w|w+1",
    "lex", "lex.cat", "lex.weight", "lex-2", "lex-1", "lex+1", "lex+2", "lex.sent",
    "other", "other-1", "other+1",
    "q", "q-1", "q+1", "w|q", "lex|q",
    "pos", "rpos", "slen", "shape|pos",
)
_T = {name: k for k, name in enumerate(TEMPLATES)}
#: Tokens scored at once (larger batches are split at text boundaries: bounded memory).
_BATCH_TOKENS = 65536
#: Candidate decision thresholds (the one with the best cross-validated token F1 is kept).
_THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.025), 3)


@dataclass
class LoadedEncoded(tf.Encoded):
    """:class:`~framing.learn.tagger_features.Encoded` tokens of one text, and which of them
    are words (only words can be loaded)."""

    words: Optional[np.ndarray] = None


def _encode(doc: Any, vmap: Any, matchers: Sequence[Tuple[str, Any]],
            types: tf.TypeTable, exclude: Optional[Any] = None) -> LoadedEncoded:
    """The feature values of every token of a :class:`framing.text.Doc`; the tokens of the
    matches of ``exclude`` (a Matcher of attribution cues) are never loaded words."""
    from ..text import is_word

    toks = doc.tokens
    n = len(toks)
    lstarts, lends, starts, ends = tf.token_offsets(doc)
    sent, first, last, _ = tf.sentence_arrays(doc)
    V = np.zeros((n, len(TEMPLATES)), dtype=np.uint64)
    if n == 0:
        return LoadedEncoded(starts, ends, sent, V, words=np.zeros(0, dtype=bool))
    texts = [t.text for t in toks]
    type_ids = types.ids(texts)
    R = types.values[type_ids]
    w, stem, sh = R[:, 0], R[:, 2], R[:, 3]
    V[:, 0] = 1
    V[:, _T["w"]:_T["p3"] + 1] = R[:, :8]
    bos, eos, mix = tf.BOS, tf.EOS, tf.MIX
    for d in (-2, -1, 1, 2):
        V[:, _T[f"w{d:+d}"]] = tf.shift(w, d, sent, bos, eos)
    for d in (-1, 1):
        V[:, _T[f"stem{d:+d}"]] = tf.shift(stem, d, sent, bos, eos)
        V[:, _T[f"shape{d:+d}"]] = tf.shift(sh, d, sent, bos, eos)
    V[:, _T["w-1|w"]] = V[:, _T["w-1"]] * mix ^ w
    V[:, _T["w|w+1"]] = w * mix ^ V[:, _T["w+1"]]
    # the lexicons: the loaded layer (the target) and the other layers
    lex = np.zeros(n, dtype=np.uint64)
    lexcat = np.zeros(n, dtype=np.uint64)
    lexw = np.zeros(n, dtype=np.uint64)
    other = np.zeros(n, dtype=np.uint64)
    begins = np.zeros(n, dtype=np.float64)
    for name, matcher in matchers:
        for a, b, entry in matcher.find(doc):
            i, j = tf.token_range(lstarts, lends, a, b)
            if j <= i:
                continue
            for layer, cats in entry.by_layer:
                if layer == LAYER:
                    cat = f"{name}:{cats[0]}"
                    lexcat[i:j] = tf.code(cat)
                    lex[i] = tf.code("B:" + cat)
                    lex[i + 1:j] = tf.code("I:" + cat)
                    lexw[i:j] = tf.code(f"{entry.weight:g}")
                    begins[i] += 1
                else:
                    other[i:j] = tf.code(f"{layer}:{cats[0]}")
    V[:, _T["lex"]] = lex
    V[:, _T["lex.cat"]] = lexcat
    V[:, _T["lex.weight"]] = lexw
    for d in (-2, -1, 1, 2):
        V[:, _T[f"lex{d:+d}"]] = tf.shift(lexcat, d, sent, bos, eos)
    n_sent = int(sent[-1]) + 1
    V[:, _T["lex.sent"]] = tf.bucket(np.bincount(sent, weights=begins,
                                                 minlength=n_sent).astype(np.int64))[sent]
    V[:, _T["other"]] = other
    for d in (-1, 1):
        V[:, _T[f"other{d:+d}"]] = tf.shift(other, d, sent, bos, eos)
    # voice: inside a quotation or not
    quoted = tf.quoted_tokens(starts, ends, vmap)
    V[:, _T["q"]] = quoted
    for d in (-1, 1):
        V[:, _T[f"q{d:+d}"]] = tf.shift(quoted, d, sent, np.uint64(2), np.uint64(3))
    V[:, _T["w|q"]] = w * mix ^ quoted
    V[:, _T["lex|q"]] = lexcat * mix ^ quoted
    idx = np.arange(n)
    V[:, _T["pos"]] = tf.bucket(idx - first)
    V[:, _T["rpos"]] = tf.bucket(last - 1 - idx)
    V[:, _T["slen"]] = tf.bucket((last - first) // 4)
    V[:, _T["shape|pos"]] = sh * mix ^ V[:, _T["pos"]]
    words = np.fromiter((is_word(t) for t in texts), dtype=bool, count=n)
    if exclude is not None:
        for a, b, _ in exclude.find(doc):
            i, j = tf.token_range(lstarts, lends, a, b)
            words[i:j] = False
    return LoadedEncoded(starts, ends, sent, V, type_ids, types.generation, words=words)


def _gold_tokens(enc: LoadedEncoded, spans: Sequence[Span]) -> np.ndarray:
    """1 for the word tokens that overlap a gold span."""
    y = np.zeros(len(enc), dtype=np.int64)
    ls, le = enc.starts.tolist(), enc.ends.tolist()
    for s, e in spans:
        i, j = tf.token_range(ls, le, s, e)
        y[i:j] = 1
    return y * enc.words


def _tokens_to_spans(pos: np.ndarray, enc: LoadedEncoded) -> List[Span]:
    """Character spans of the positive tokens; adjacent positive tokens of a sentence merge
    (every character between two tokens is a space)."""
    k = np.flatnonzero(pos)
    if not len(k):
        return []
    cont = np.r_[False, (np.diff(k) == 1) & (enc.sent[k[1:]] == enc.sent[k[:-1]])]
    begin = k[~cont]
    end = k[np.r_[~cont[1:], True]]
    return [(int(enc.starts[b]), int(enc.ends[e])) for b, e in zip(begin, end)]


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y & pred).sum())
    den = int(y.sum() + pred.sum())
    return 2.0 * tp / den if den else 0.0


def _best_threshold(y: np.ndarray, p: np.ndarray) -> Tuple[float, float]:
    """The threshold of :data:`_THRESHOLDS` with the best token F1 (the middle one of a
    tie), and that F1."""
    yb = y.astype(bool)
    f1s = np.asarray([_f1(yb, p >= t) for t in _THRESHOLDS])
    best = np.flatnonzero(f1s >= f1s.max() - 1e-9)
    k = int(best[len(best) // 2])
    return float(_THRESHOLDS[k]), float(f1s[k])


def _fit_binary(X: Any, y: np.ndarray, alpha: float, epochs: int, seed: int,
                class_weight: Optional[str] = "balanced") -> Tuple[np.ndarray, float]:
    """Weights and intercept of a (class-weighted) logistic regression (SGD)."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import SGDClassifier

    clf = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=epochs, tol=None,
                        class_weight=class_weight, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(X, y)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def _sigmoid(s: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(s, -50, 50)))


def _as_lexicon(spec: Any) -> "Lexicon":
    from ..lexicon import Lexicon, load_lexicon

    return spec if isinstance(spec, Lexicon) else load_lexicon(spec)


@lru_cache(maxsize=8)
def _parsed_lexicon(text: str, source: str) -> "Lexicon":
    from ..lexicon import parse_lexicon

    return parse_lexicon(text, source)


class LoadedTagger:
    """Learn which words of a text are loaded language, in context.

    Parameters
    ----------
    lexicons : sequence of str, path or Lexicon, default ("loaded", "hedges")
        The lexicons of the lexicon features: matches in the ``loaded`` layer, and in every
        other span layer (``hedge``, ``booster``, a researcher's). Stored in the model.
    alphas : sequence of float, default (1e-4, 3e-4, 1e-3)
        L2 strengths (``SGDClassifier`` ``alpha``) tried by cross-validation.
    epochs : int, default 15
        Passes of stochastic gradient descent.
    folds : int, default 5
        Cross-validation folds (grouped by ``groups`` of :meth:`fit`, else by text) that choose
        ``alpha`` and the decision threshold.
    min_count : int, default 2
        Feature columns seen in fewer training tokens are left out.
    bits : int, default 20
        Size of the hashed feature space (``2**bits`` columns).
    prune : float, default 0.01
        Weights smaller than this in absolute value are not stored.
    name, version : str
        The model's name and version, in its id (``name@version#sha8``) and the signature.
    class_weight : "balanced" or None, default "balanced"
        Weight the classes inversely to their frequency (loaded tokens are rare).
    exclude_cues : str, path, Lexicon or None, default "attribution"
        A lexicon whose ``cue`` entries are never loaded words: reporting verbs such as
        "claimed" or "slammed" are attribution cues, counted once, with their stance, by the
        attribution layer (as the bundled loaded lexicon leaves them out). Their tokens are
        neither learned as loaded (an annotated cue is not a positive) nor predicted. Stored in
        the model. None: no exclusion.
    random_state : int, default 0

    Attributes
    ----------
    alpha_ : float
    threshold_ : float
        Decision threshold on the token probability, chosen by cross-validation.
    cv_results_ : dict
        Cross-validated token F1 for every alpha (at its best threshold), the folds, whether
        they were grouped, and the number of texts and tokens.
    lexicon_ids_ : list of str
        ``name@version`` (``#sha8`` when not bundled) of the stored lexicons.
    training_ : dict
        What the model was trained on (set by the caller: files, citation, licence).
    fit_seconds_ : float
    versions_ : dict
        Software versions at training time.
    """

    def __init__(self, lexicons: Sequence[Any] = ("loaded", "hedges"),
                 alphas: Sequence[float] = (1e-4, 3e-4, 1e-3), epochs: int = 15, folds: int = 5,
                 min_count: int = 2, bits: int = 20, prune: float = 0.01,
                 name: str = "loaded-tagger", version: str = "1.0",
                 class_weight: Optional[str] = "balanced", random_state: int = 0,
                 exclude_cues: Optional[Any] = "attribution"):
        self.lexicons = tuple(lexicons)
        self.exclude_cues = exclude_cues
        self.alphas = tuple(float(a) for a in alphas)
        if not self.alphas or any(not a > 0 for a in self.alphas):
            raise ValueError(f"alphas must be positive numbers, got {alphas!r}")
        self.epochs = int(epochs)
        self.folds = int(folds)
        self.min_count = int(min_count)
        self.bits = int(bits)
        self.prune = float(prune)
        self.name = str(name)
        self.version = str(version)
        self.class_weight = class_weight
        self.random_state = int(random_state)
        self.format = LOADED_FORMAT
        self.templates = TEMPLATES
        self.training_: Dict[str, Any] = {}

    # ------------------------------------------------------------------ persistence of state
    def __getstate__(self) -> Dict[str, Any]:
        state = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        state["lexicons"] = [str(getattr(x, "name", x)) for x in self.lexicons]
        ex = state.get("exclude_cues")
        state["exclude_cues"] = None if ex is None else str(getattr(ex, "name", ex))
        return state

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__dict__.update(state)

    # ------------------------------------------------------------------ features
    def _stored_lexicons(self) -> List["Lexicon"]:
        lxs = self.__dict__.get("_lexicons")
        if lxs is None:
            lxs = [_parsed_lexicon(t, s) for t, s in zip(self.lexicon_texts_,
                                                          self.lexicon_sources_)]
            self.__dict__["_lexicons"] = lxs
        return lxs

    def _matchers(self) -> List[Tuple[str, Any]]:
        from ..lexicon import Matcher

        ms = self.__dict__.get("_matcher_list")
        if ms is None:
            ms = [(lx.name, Matcher(lx.span_entries)) for lx in self._stored_lexicons()]
            self.__dict__["_matcher_list"] = ms
        return ms

    def _exclude_matcher(self) -> Optional[Any]:
        """A Matcher of the stored exclusion lexicon's cue entries (None without one)."""
        from ..lexicon import Matcher

        if "_exclude" not in self.__dict__:
            text = getattr(self, "exclude_text_", None)
            m = None
            if text:
                lx = _parsed_lexicon(text, self.exclude_source_)
                m = Matcher([e for e in lx.entries if "cue" in e.layers])
            self.__dict__["_exclude"] = m
        return self.__dict__["_exclude"]

    def _types(self) -> tf.TypeTable:
        table = self.__dict__.get("_type_table")
        if table is None:
            table = self.__dict__["_type_table"] = tf.TypeTable()
        return table

    def encode(self, doc: Any, quotes: Any) -> LoadedEncoded:
        """The feature values of the tokens of a :class:`framing.text.Doc` with its quotations
        (a :class:`framing.voice.VoiceMap`)."""
        return _encode(doc, quotes, self._matchers(), self._types(), self._exclude_matcher())

    def _encode_text(self, text: str) -> LoadedEncoded:
        from ..text import Doc
        from ..voice import VoiceMap, find_quotes

        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        return self.encode(Doc(text), VoiceMap(text, find_quotes(text)))

    # ------------------------------------------------------------------ training
    def fit(self, texts: Sequence[str], spans: Sequence[Sequence[Span]],
            groups: Optional[Sequence[Any]] = None) -> "LoadedTagger":
        """Train on texts and the character spans of their loaded words.

        Parameters
        ----------
        texts : sequence of str
        spans : sequence of sequences of (start, end)
            Gold spans per text (empty for a text without loaded words). A token is loaded
            when it overlaps a span.
        groups : sequence, optional
            A group per text (source article, topic): cross-validation keeps a group together.

        Raises
        ------
        framing.errors.TrainingDataError
            No texts, lengths that differ, spans outside their text, no loaded token.
        """
        from sklearn.model_selection import GroupKFold

        t0 = time.time()
        texts, spans = list(texts), [list(s or []) for s in spans]
        if not texts:
            raise TrainingDataError("no training texts")
        if len(spans) != len(texts):
            raise TrainingDataError(f"{len(texts)} texts but {len(spans)} span lists")
        if groups is not None:
            groups = list(groups)
            if len(groups) != len(texts):
                raise TrainingDataError(f"{len(texts)} texts but {len(groups)} groups")
        clean: List[List[Span]] = []
        for k, (text, sp) in enumerate(zip(texts, spans)):
            if not isinstance(text, str):
                raise TrainingDataError(f"text {k}: expected a str, got {type(text).__name__}")
            out = []
            for s in sp:
                try:
                    a, b = int(s[0]), int(s[1])
                except (TypeError, ValueError, IndexError):
                    raise TrainingDataError(f"text {k}: span {s!r} is not a (start, end) "
                                            "pair") from None
                if not 0 <= a <= b <= len(text):
                    raise TrainingDataError(f"text {k}: span {(a, b)} outside the text "
                                            f"(length {len(text)})")
                out.append((a, b))
            clean.append(out)
        lxs = [_as_lexicon(x) for x in self.lexicons]
        self.lexicon_texts_ = [lx.text for lx in lxs]
        self.lexicon_sources_ = [lx.name if lx.bundled else str(lx.source) for lx in lxs]
        self.lexicon_ids_ = [lx.signature_id for lx in lxs]
        self.lexicons = tuple(lx.name for lx in lxs)
        ex = None if self.exclude_cues is None else _as_lexicon(self.exclude_cues)
        self.exclude_text_ = "" if ex is None else ex.text
        self.exclude_source_ = "" if ex is None else (ex.name if ex.bundled else str(ex.source))
        self.exclude_id_ = "" if ex is None else ex.signature_id
        for k in ("_lexicons", "_matcher_list", "_type_table", "_weights", "_sha", "_exclude"):
            self.__dict__.pop(k, None)
        encs = [self._encode_text(t) for t in texts]
        y = np.concatenate([_gold_tokens(e, sp) for e, sp in zip(encs, clean)])
        words = np.concatenate([e.words for e in encs])
        if not y.any():
            raise TrainingDataError("the training texts have no annotated loaded word (no gold "
                                    "span overlaps a word)")
        X = tf.hashed_matrix(np.vstack([e.values for e in encs]), self.bits)
        counts = np.bincount(X.indices, minlength=X.shape[1])
        X.data[(counts < self.min_count)[X.indices]] = 0
        X.eliminate_zeros()
        self.n_features_ = int((counts >= self.min_count).sum())
        doc_of = np.repeat(np.arange(len(encs)), [len(e) for e in encs])
        if groups is not None:
            codes = {g: i for i, g in enumerate(dict.fromkeys(map(str, groups)))}
            tok_groups = np.asarray([codes[str(g)] for g in groups])[doc_of]
        else:
            tok_groups = doc_of
        n_folds = min(self.folds, len(np.unique(tok_groups)))
        cv: Dict[str, Any] = {"folds": n_folds, "grouped": groups is not None,
                              "n_texts": len(texts), "n_tokens": int(words.sum()),
                              "n_loaded_tokens": int(y.sum())}
        seed = self.random_state
        self.alpha_, self.threshold_ = self.alphas[0], 0.5
        if n_folds >= 2:
            splits = list(GroupKFold(n_splits=n_folds).split(X, y, tok_groups))
            best = (-1.0, self.alpha_, 0.5)
            cv["alphas"] = {}
            for a in self.alphas:
                oof = np.zeros(len(y))
                for tr, te in splits:
                    if not y[tr].any():
                        continue
                    w, b = _fit_binary(X[tr], y[tr], a, self.epochs, seed,
                                       self.class_weight)
                    oof[te] = _sigmoid(X[te] @ w + b)
                t, f1 = _best_threshold(y[words], oof[words])
                cv["alphas"][repr(a)] = {"f1": round(f1, 4), "threshold": t}
                if f1 > best[0] + 1e-9:
                    best = (f1, a, t)
            cv["f1"], self.alpha_, self.threshold_ = round(best[0], 4), best[1], best[2]
        w, self.intercept_ = _fit_binary(X, y, self.alpha_, self.epochs, seed,
                                         self.class_weight)
        keep = np.flatnonzero(np.abs(w) >= self.prune)
        self.weight_rows_ = keep.astype(np.int32)
        self.weight_values_ = w[keep].astype(np.float16)
        cv["alpha"], cv["threshold"] = self.alpha_, self.threshold_
        self.cv_results_ = cv
        self.versions_ = software_versions(("framing", "scikit-learn", "numpy"))
        self.fit_seconds_ = round(time.time() - t0, 2)
        return self

    # ------------------------------------------------------------------ the model
    def _check_fitted(self) -> None:
        if not hasattr(self, "weight_rows_"):
            raise ValueError("this LoadedTagger is not trained yet: call fit() first")

    @property
    def weights(self) -> np.ndarray:
        """The token-feature weights, ``(2**bits,)`` float32."""
        W = self.__dict__.get("_weights")
        if W is None:
            W = np.zeros(2 ** self.bits, dtype=np.float32)
            W[self.weight_rows_] = self.weight_values_
            self.__dict__["_weights"] = W
        return W

    @property
    def sha256(self) -> str:
        """A hash of everything that decides the predictions (weights, threshold, features,
        lexicons)."""
        h = self.__dict__.get("_sha")
        if h is None:
            self._check_fitted()
            d = hashlib.sha256()
            for a in (self.weight_rows_, self.weight_values_):
                d.update(np.ascontiguousarray(a).tobytes())
            d.update(repr((float(self.intercept_), float(self.threshold_), self.bits,
                           tuple(self.templates))).encode())
            for t in self.lexicon_texts_:
                d.update(hashlib.sha256(t.encode("utf-8")).digest())
            ex = getattr(self, "exclude_text_", "")
            if ex:
                d.update(b"exclude:" + hashlib.sha256(ex.encode("utf-8")).digest())
            h = self.__dict__["_sha"] = d.hexdigest()
        return h

    @property
    def id(self) -> str:
        """``name@version#sha8``: how signatures name the model."""
        return f"{self.name}@{self.version}#{self.sha256[:8]}"

    # ------------------------------------------------------------------ prediction
    def _scores(self, encs: Sequence[LoadedEncoded]) -> np.ndarray:
        """Token probabilities of the encoded texts, stacked (one gather for all)."""
        values = np.vstack([e.values for e in encs]) if encs else \
            np.zeros((0, len(TEMPLATES)), dtype=np.uint64)
        if not len(values):
            return np.zeros(0)
        cols = tf.hashed_columns(values, self.bits)
        return _sigmoid(tf.gather_scores(cols, self.weights[:, None])[:, 0] + self.intercept_)

    def token_proba_many(self, encs: Sequence[LoadedEncoded]) -> List[np.ndarray]:
        """The probability that each token is loaded (0 for tokens that are not words), per
        encoded text; scored in batches of about 65k tokens."""
        self._check_fitted()
        out: List[np.ndarray] = []
        lo = 0
        while lo < len(encs):
            hi, size = lo, 0
            while hi < len(encs) and (hi == lo or size + len(encs[hi]) <= _BATCH_TOKENS):
                size += len(encs[hi])
                hi += 1
            batch = encs[lo:hi]
            P = self._scores(batch)
            pos = 0
            for e in batch:
                out.append(P[pos:pos + len(e)] * e.words)
                pos += len(e)
            lo = hi
        return out

    def spans_many(self, encs: Sequence[LoadedEncoded]) -> List[List[Span]]:
        """Predicted spans of encoded texts (:meth:`encode`), scored together."""
        return [_tokens_to_spans(p >= self.threshold_, e)
                for p, e in zip(self.token_proba_many(encs), encs)]

    def predict(self, texts: Iterable[str]) -> List[List[Span]]:
        """The loaded spans ``[(start, end), ...]`` of each text (a word, or adjacent words of
        a sentence that are all predicted loaded)."""
        self._check_fitted()
        if isinstance(texts, str):
            raise TypeError("predict() needs a list of texts; wrap a single text in a list")
        return self.spans_many([self._encode_text(t) for t in texts])

    def predict_proba(self, texts: Iterable[str]
                      ) -> List[List[Tuple[int, int, float]]]:
        """``(start, end, probability)`` of every word token of each text."""
        self._check_fitted()
        if isinstance(texts, str):
            raise TypeError("predict_proba() needs a list of texts; wrap a single text in a list")
        encs = [self._encode_text(t) for t in texts]
        return [[(int(s), int(e), round(float(p), 6))
                 for s, e, p, w in zip(enc.starts, enc.ends, P, enc.words) if w]
                for enc, P in zip(encs, self.token_proba_many(encs))]

    def explain(self, text: str, token: int, n: int = 10) -> List[Tuple[str, float]]:
        """The ``n`` largest weights (by absolute value) behind the score of token ``token``
        of ``text``: ``[(template, weight), ...]``; the score is their sum plus the
        intercept."""
        self._check_fitted()
        enc = self._encode_text(text)
        if not 0 <= token < len(enc):
            raise IndexError(f"token {token} out of range (the text has {len(enc)} tokens)")
        cols = tf.hashed_columns(enc.values[token:token + 1], self.bits)[0]
        w = self.weights[cols]
        order = np.argsort(-np.abs(w), kind="stable")[:n]
        return [(self.templates[i], float(w[i])) for i in order]

    def _exclude_note(self) -> str:
        ex = getattr(self, "exclude_id_", "")
        return (f" and of the lexicon whose attribution cues are never loaded words ({ex}: "
                "reporting verbs are counted once, as cues)") if ex else ""

    # ------------------------------------------------------------------ files
    def save(self, path: Union[str, Path], card: bool = True) -> Path:
        """Write the model (skops) and, with ``card``, its model card beside it
        (``MODEL.md``); returns the model's path."""
        return save_loaded_tagger(self, path, card=card)

    @classmethod
    def load(cls, path: Union[str, Path]) -> "LoadedTagger":
        """Read a model written by :meth:`save` (:func:`load_loaded_tagger`)."""
        return load_loaded_tagger(path)

    def card(self, file_name: str = "", file_sha256: str = "") -> str:
        """The model card (Markdown): id, training data, citation, licence, method, figures."""
        self._check_fitted()
        tr = dict(self.training_ or {})
        cv = self.cv_results_
        data = tr.get("data") or ["(not recorded)"]
        by = f"grouped by {tr.get('group_column') or 'group'}" if cv["grouped"] else "by text"
        cvf = (f"{cv['f1']:.3f} ({cv['folds']} folds, {by})" if "f1" in cv
               else "not cross-validated (too few texts or groups)")
        v = self.versions_
        title = f"{self.name} {self.version}" + (f" (`{file_name}`)" if file_name else "")
        sha = f"- **sha256 of the file**: `{file_sha256}`\n" if file_sha256 else ""
        trained = (f"framing {v.get('framing', '?')}, scikit-learn {v.get('scikit-learn', '?')}, "
                   f"numpy {v.get('numpy', '?')}; {self.fit_seconds_:g} s")
        files = ", ".join(f"`{d}`" for d in data)
        return f"""# Model card: {title}

A context model for loaded words (framing's `--loaded MODEL.skops`): which words of a text are
loaded language. With it, the `loaded` layer of `framing analyze`, `score` and `compare` comes
from this model instead of the lexicon's matches; analyses that use it carry
`loaded:{self.id}` in their signature.

- **Model id**: `{self.id}`
{sha}- **Trained with**: {trained}

## Training data

- **Files**: {files}
- **Texts**: {cv['n_texts']:,}; word tokens {cv['n_tokens']:,}, loaded {cv['n_loaded_tokens']:,}
- **Citation**: {tr.get('citation') or 'not given'}
- **Licence of the data**: {tr.get('licence') or 'not given'}

A model learned from data can carry the data's terms: check that the licence of the training
data allows you to share this file before you do.

## What the file holds

Feature weights only (hashed, {len(self.weight_rows_):,} of 2^{self.bits} columns, float16),
the intercept, the decision threshold and the text of the lexicons of its features
({', '.join(self.lexicon_ids_)}){self._exclude_note()}. No training text. A skops file of built-in containers, JSON
scalars and numeric arrays, read by framing without unpickling anything.

## Method

Per-token logistic regression (stochastic gradient descent, classes weighted) over hashed
features: the word, its raw form, stem, affixes and shape; the words within ±2; lexicon
membership and category of the token and its neighbours in the `loaded` layer and the other
layers; quotation state (voice); position in the sentence. L2 strength alpha
{self.alpha_:g} and decision threshold {self.threshold_:g} chosen by cross-validation on the
training data only.

## Figures

Cross-validated token F1 on the training data: {cvf}.
"""


# --------------------------------------------------------------------------------------------
# Training, files


def train_loaded_tagger(texts: Sequence[str], spans: Sequence[Sequence[Span]],
                        groups: Optional[Sequence[Any]] = None,
                        lexicon: Optional[Sequence[Any]] = None, seed: int = 0,
                        **options: Any) -> LoadedTagger:
    """Train a :class:`LoadedTagger` on texts and the character spans of their loaded words.

    Parameters
    ----------
    texts : sequence of str
    spans : sequence of sequences of (start, end)
    groups : sequence, optional
        A group per text (article, topic) for the cross-validation that picks alpha and the
        threshold.
    lexicon : sequence of str, path or Lexicon, optional
        The lexicons of the features (default: the bundled ``loaded`` and ``hedges``; a single
        name, path or lexicon is taken as a list of one).
    seed : int
    **options
        Other parameters of :class:`LoadedTagger` (``alphas``, ``epochs``, ``folds``, ...).
    """
    from ..lexicon import Lexicon

    if lexicon is not None:
        if isinstance(lexicon, (str, Path, Lexicon)):
            lexicon = [lexicon]
        options["lexicons"] = tuple(lexicon)
    return LoadedTagger(random_state=seed, **options).fit(texts, spans, groups)


def save_loaded_tagger(tagger: LoadedTagger, path: Union[str, Path], card: bool = True) -> Path:
    """Write ``tagger`` to ``path`` with :mod:`skops.io` (atomically) and, with ``card``, its
    model card to the same path with the extension ``.md``; returns the path."""
    from .skops_files import write_skops

    tagger._check_fitted()
    p = write_skops(tagger, path)
    if card:
        digest = hashlib.sha256(p.read_bytes()).hexdigest()
        p.with_suffix(".md").write_text(tagger.card(p.name, digest), encoding="utf-8")
    return p


def load_loaded_tagger(path: Union[str, Path]) -> LoadedTagger:
    """Read a model written by :func:`save_loaded_tagger`, refusing anything outside the
    allow-list.

    Raises
    ------
    framing.errors.TaggerFileError
        With a one-line message naming the file: not a skops archive, a type outside
        :data:`TRUSTED_TYPES`, not a :class:`LoadedTagger` of :data:`LOADED_FORMAT`, other
        feature templates.
    """
    from .skops_files import BUILTIN_TYPES, read_plain_skops, read_skops

    p = Path(path)
    obj = read_plain_skops(p, LoadedTagger) if p.is_file() else None
    if obj is None:
        obj = read_skops(p, TaggerFileError, TRUSTED_TYPES | BUILTIN_TYPES,
                         "the loaded-word model's allow-list", every_type=True)
    if not isinstance(obj, LoadedTagger):
        raise TaggerFileError(f"{p}: not a loaded-word model (found {type(obj).__name__}); "
                              "train one with 'framing train-loaded'")
    if getattr(obj, "format", None) != LOADED_FORMAT or not hasattr(obj, "weight_rows_"):
        raise TaggerFileError(f"{p}: loaded-word model format {getattr(obj, 'format', None)!r}; "
                              f"this framing reads format {LOADED_FORMAT}: retrain the model")
    if tuple(obj.templates) != TEMPLATES:
        raise TaggerFileError(f"{p}: the model's feature templates differ from this framing's: "
                              "retrain the model")
    try:
        obj._stored_lexicons()
    except Exception as exc:  # a damaged lexicon text
        raise TaggerFileError(f"{p}: the lexicons stored in the model cannot be read "
                              f"({type(exc).__name__}): retrain the model") from None
    return obj


@lru_cache(maxsize=4)
def loaded_tagger_for(path: str) -> LoadedTagger:
    """The model of a settings' ``loaded_model`` (a file path), loaded once per process."""
    return load_loaded_tagger(path)


# --------------------------------------------------------------------------------------------
# Reading gold


def gold_from_words(text: str, words: Any, where: str = "<input>") -> List[Span]:
    """Spans of annotated loaded words in ``text``: every whole-word, case-insensitive
    occurrence of each listed word (:func:`framing.evaluation.biased_word_spans`). ``words``
    is a list, a JSON or Python list literal (BABE's ``biased_words``) or ``;``-separated.

    Examples
    --------
    >>> gold_from_words("Radical plans, radical aims.", "['radical']")
    [(0, 7), (15, 22)]
    """
    from ..evaluation.datasets import biased_word_spans
    from ..lexicon.suggest import word_list_cell

    return biased_word_spans(text, word_list_cell(words, where))


def _json_spans(value: Any, text: str, where: Tuple[str, Optional[int]], column: str
                ) -> List[Span]:
    import json

    file, line = where
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise InputError(file, f"field {column!r} is not a JSON list of [start, end] pairs",
                             line=line, field=column) from None
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(file, f"field {column!r} must be a list of [start, end] pairs, got "
                         f"{type(value).__name__}", line=line, field=column)
    out = []
    for s in value:
        if (not isinstance(s, (list, tuple)) or len(s) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in s)):
            raise InputError(file, f"field {column!r}: {s!r} is not a [start, end] pair of "
                             "integers", line=line, field=column)
        if not 0 <= s[0] <= s[1] <= len(text):
            raise InputError(file, f"field {column!r}: span {list(s)} is outside the text "
                             f"(length {len(text)})", line=line, field=column)
        out.append((s[0], s[1]))
    return out


def read_loaded_gold(path: Union[str, Path], text_column: str = "text",
                     words_column: str = "biased_words", spans_column: str = "spans",
                     group_column: Optional[str] = None, delimiter: Optional[str] = None
                     ) -> Tuple[List[str], List[List[Span]], Optional[List[str]]]:
    """Texts, gold spans and groups of an annotated file.

    Two kinds of record are read (by :func:`framing.corpus.iter_documents`: CSV/TSV with the
    delimiter sniffed, JSONL, Parquet):

    * with a ``spans_column`` (JSONL ``{"text": ..., "spans": [[start, end], ...]}``): the
      character spans of the loaded words;
    * else with a ``words_column`` (BABE's ``biased_words``: a Python or JSON list literal, or
      ``;``-separated words): every whole-word occurrence of a listed word, case-insensitive
      (:func:`gold_from_words`).

    Returns
    -------
    texts, spans, groups
        ``groups`` holds the ``group_column`` of each record (None without one).

    Raises
    ------
    framing.errors.InputError
        One line naming the file, the line and the field: a missing column, a malformed list
        or span, a span outside its text.
    """
    from ..corpus import iter_documents

    texts: List[str] = []
    spans: List[List[Span]] = []
    groups: List[str] = []
    for d in iter_documents(path, text_column=text_column, delimiter=delimiter):
        meta = d.meta or {}
        file, line = d.origin or str(path), d.line
        if spans_column in meta:
            sp = _json_spans(meta[spans_column], d.text, (file, line), spans_column)
        elif words_column in meta:
            where = f"{file}:{line}" if line is not None else file
            sp = gold_from_words(d.text, meta[words_column], where)
        else:
            raise InputError(file, f"no column {words_column!r} (annotated words) or "
                             f"{spans_column!r} (character spans); columns present: "
                             f"{', '.join(map(str, [text_column] + list(meta))) or '(none)'}",
                             line=line, field=words_column)
        if group_column is not None:
            if group_column not in meta:
                raise InputError(file, f"no column {group_column!r} (the group column)",
                                 line=line, field=group_column)
            g = meta[group_column]
            groups.append("" if g is None else str(g))
        texts.append(d.text)
        spans.append(sp)
    return texts, spans, (groups if group_column is not None else None)
