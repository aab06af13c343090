"""A trained attribution tagger: source, cue and content spans learned from annotated text.

The rule-based :class:`~framing.attribution.AttributionExtractor` finds the patterns it was
written for; corpora such as PolNeAR (Newell, Margolin & Ruths 2018) annotate many more cue
forms ("reserved his most eloquent passion for", nominal and multi-word cues). The
:class:`AttributionTagger` learns them from a researcher's own annotation (brat standoff, or
``(text, {role: spans})`` pairs) with transparent linear models:

1. **Token features** (:func:`token_features`): word, affixes, shape, words and shapes within
   ±3 tokens, quotation state, sentence position, distance to the nearest quotation mark and
   lexicon cue, the lexicon's cue and source categories, and the rule-based extractor's
   reading of the token.
2. **Stage 1**: one L2 logistic regression per BIO tag (one-vs-rest, stochastic gradient
   descent), ``alpha`` chosen by document-grouped cross-validation.
3. **Stage 2** (stacked generalisation, Wolpert 1992): a second such model sees the token
   features plus the *out-of-fold* stage-1 probabilities of the token, its ±3 neighbours, its
   sentence and the neighbouring sentences, so it learns how reliable stage 1 is on unseen text.
4. **Decoding**: the most probable tag sequence under the BIO constraints (Viterbi), turned
   into character spans that index the text exactly;
   :meth:`AttributionTagger.predict_relations` links them into
   :class:`~framing.analysis.Attribution` records.

Every score is a sum of feature weights (:meth:`AttributionTagger.top_features`). Models are
saved with :mod:`skops.io` and loaded only after every type in the file has been checked
against :data:`TRUSTED_TYPES`; they hold only numpy arrays, strings and numbers.

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
import sys
import time
import zipfile
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
from scipy import sparse

from .._version import software_versions
from ..analysis import Attribution, Part
from ..corpus import atomic_write_bytes
from ..errors import TaggerFileError, TrainingDataError

__all__ = [
    "ROLES",
    "TAGS",
    "TRUSTED_TYPES",
    "TAGGER_FORMAT",
    "AttributionTagger",
    "TaggerFileError",
    "token_features",
    "save_tagger",
    "load_tagger",
]

Span = Tuple[int, int]
RoleSpans = Dict[str, List[Span]]

#: Attribution roles, in the order of PolNeAR (Newell et al. 2018) and of the output.
ROLES = ("source", "cue", "content")
#: BIO tags; index 0 is ``O``.
TAGS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")
_TAG_ID = {t: i for i, t in enumerate(TAGS)}
#: When gold spans of two roles share a token, the token takes the later role of this order.
_LABEL_PRIORITY = ("content", "source", "cue")
#: Format version of tagger files written by :func:`save_tagger`.
TAGGER_FORMAT = 1
#: The only types a tagger file may contain (besides Python built-ins, which skops trusts).
TRUSTED_TYPES = frozenset({
    "framing.learn.attribution_tagger.AttributionTagger",
    "framing.attribution_tagger.AttributionTagger",  # files written by framing 0.1.0
    "numpy.ndarray",
})
_QUOTE_TOKENS = frozenset({'"', "“", "”", "„", "«", "»", "'", "‘", "’", "``", "''"})
_SEP = "\n"


# --------------------------------------------------------------------------------------------
# Features


def _shape(word: str) -> str:
    """Collapsed character classes of the first 8 characters ("Obama" -> "Xx", "2016" -> "d")."""
    out: List[str] = []
    for ch in word[:8]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _stem(word: str) -> str:
    """A crude English stem (inflectional suffixes off): "warned", "warns", "warning" -> "warn"."""
    for suf in ("ing", "ed", "es", "s"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[:-len(suf)]
    return word


def _bucket(n: int) -> str:
    if n <= 3:
        return str(n)
    if n <= 6:
        return "4-6"
    if n <= 12:
        return "7-12"
    if n <= 25:
        return "13-25"
    return "26+"


@lru_cache(maxsize=None)
def _extractor(lexicon: str) -> Any:
    """The rule-based extractor of an attribution lexicon (one per process)."""
    from ..attribution import AttributionExtractor
    from ..lexicon import load_lexicon

    return AttributionExtractor(load_lexicon(lexicon))


@dataclass
class _DocFeatures:
    """The tokens of one document: offsets, sentence, paragraph and feature strings."""

    text: str
    starts: np.ndarray
    ends: np.ndarray
    sent: np.ndarray
    para: np.ndarray
    features: List[List[str]]

    def __len__(self) -> int:
        return len(self.starts)


def _token_range(starts: Sequence[int], ends: Sequence[int], s: int, e: int) -> Tuple[int, int]:
    """Tokens ``[a, b)`` overlapping the character span ``[s, e)``."""
    a = bisect.bisect_right(ends, s)
    b = bisect.bisect_left(starts, e)
    return a, max(a, b)


def _gap(span: Span, other: Span) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    if other[0] >= span[1]:
        return other[0] - span[1]
    return span[0] - other[1] if span[0] >= other[1] else 0


def token_features(text: str, lexicon: str = "attribution") -> _DocFeatures:
    """Segment ``text`` and describe every token by a list of feature strings.

    Parameters
    ----------
    text : str
    lexicon : str, default "attribution"
        Of the rule-based extractor and the cue/source features.

    Returns
    -------
    _DocFeatures
        ``starts``/``ends`` (character offsets of the tokens), ``sent`` and ``para`` (sentence
        and paragraph index of each token) and ``features`` (one list of strings per token).

    Examples
    --------
    >>> f = token_features("Critics said it failed.")
    >>> "w=said" in f.features[1] and "lexcue" in " ".join(f.features[1])
    True
    """
    from ..text import Doc
    from ..voice import VoiceMap, find_quotes

    extractor = _extractor(lexicon)
    doc = Doc(text)
    toks = doc.tokens
    n = len(toks)
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    vmap = VoiceMap(text, find_quotes(text))
    rule: List[List[str]] = [[] for _ in range(n)]
    rule_bi: List[List[str]] = [[] for _ in range(n)]
    for att in extractor.extract(doc, vmap):
        for role, part in (("source", att.source), ("cue", att.cue), ("content", att.content)):
            if part is None:
                continue
            a, b = _token_range(starts, ends, part.start, part.end)
            label = att.quote if role == "content" else part.label
            for k in range(a, b):
                tag = ("B" if k == a else "I") + role
                rule_bi[k].append(tag)
                rule[k] += ["r" + tag, f"r{role}={label}", f"r{role}.voice={att.voice}"]
                if role == "cue":
                    rule[k].append(f"rcue.cat={att.cue_category}")
    cue_hit: List[Optional[str]] = [None] * n
    cue_first: List[int] = []
    src_hit: List[Optional[str]] = [None] * n
    for sent in doc.sentences:  # lexicon matches by token index (a match never crosses one)
        for m in extractor.cue_matcher.find_in(toks, sent.first, sent.last):
            cue_first.append(m.start)
            for k in range(m.start, m.end):
                cue_hit[k] = (("B:" if k == m.start else "I:") + m.entry.category + ":"
                              + m.entry.syntax)
        for m in extractor.source_matcher.find_in(toks, sent.first, sent.last):
            for k in range(m.start, m.end):
                src_hit[k] = m.entry.category
    low = ["".join(c if not c.isspace() else "_" for c in t.lower) for t in toks]
    shapes = [_shape(t.text) for t in toks]
    quoted = [vmap.quote_at(t.start, t.end) is not None for t in toks]
    qmark = [k for k in range(n) if toks[k].text in _QUOTE_TOKENS]
    sent_of = np.zeros(n, dtype=np.int64)
    para_of = np.zeros(n, dtype=np.int64)
    feats: List[List[str]] = [[] for _ in range(n)]
    para_first_sent = -1
    prev_para = None
    for si, sent in enumerate(doc.sentences):
        lo, hi = sent.first, sent.last
        sent_of[lo:hi] = si
        para_of[lo:hi] = sent.paragraph
        if sent.paragraph != prev_para:
            prev_para, para_first_sent = sent.paragraph, si
        sent_in_para = _bucket(si - para_first_sent)
        slen = _bucket((hi - lo) // 4)
        cues = [k for k in cue_first if lo <= k < hi]
        n_quoted = sum(quoted[lo:hi])
        sq = "none" if n_quoted == 0 else "all" if n_quoted == hi - lo else "part"
        for i in range(lo, hi):
            w = low[i]
            f = feats[i]
            f += ["bias", "w=" + w, "W=" + toks[i].text, "st=" + _stem(w), "sh=" + shapes[i],
                  "s2=" + w[-2:], "s3=" + w[-3:], "s4=" + w[-4:], "p3=" + w[:3], "q=%d" % quoted[i],
                  "pos=" + _bucket(i - lo), "rpos=" + _bucket(hi - 1 - i), "slen=" + slen,
                  "sip=" + sent_in_para, "sq=" + sq]
            near = {}  # the words around, sentence bounds as <s> and </s>
            for d in (-3, -2, -1, 1, 2, 3):
                j = i + d
                near[d] = low[j] if lo <= j < hi else ("<s>" if j < lo else "</s>")
                f.append(f"w{d:+d}={near[d]}")
                if -2 <= d <= 2:
                    f.append(f"sh{d:+d}=" + (shapes[j] if lo <= j < hi else near[d]))
                    if lo <= j < hi:
                        f.append(f"q{d:+d}=%d" % quoted[j])
            f += [f"w-1|w={near[-1]}|{w}", f"w|w+1={w}|{near[1]}", f"w-2|w-1={near[-2]}|{near[-1]}",
                  f"w+1|w+2={near[1]}|{near[2]}"]
            f += rule[i]
            for d in (-2, -1, 1, 2):
                j = i + d
                if lo <= j < hi:
                    f += [f"{d:+d}r{t}" for t in rule_bi[j]]
            if not rule_bi[i]:
                f.append("rO")
            if cue_hit[i]:
                c = cue_hit[i]
                f += ["lexcue=" + c, "lexcue.cat=" + c[2:]]
            for d in (-2, -1, 1, 2):
                j = i + d
                if lo <= j < hi and cue_hit[j]:
                    f.append(f"lexcue{d:+d}=" + cue_hit[j][2:])
            if src_hit[i]:
                f.append("lexsrc=" + src_hit[i])
            k = bisect.bisect_left(cues, i)
            if k > 0:
                f += ["cueL=" + _bucket(i - cues[k - 1]), "cueLq=%d" % quoted[cues[k - 1]]]
            else:
                f.append("cueL=none")
            kk = k + 1 if k < len(cues) and cues[k] == i else k
            if kk < len(cues):
                f += ["cueR=" + _bucket(cues[kk] - i), "cueRq=%d" % quoted[cues[kk]]]
            else:
                f.append("cueR=none")
            k = bisect.bisect_left(qmark, i)
            left = qmark[k - 1] if k > 0 and qmark[k - 1] >= lo else None
            kk = k + 1 if k < len(qmark) and qmark[k] == i else k
            right = qmark[kk] if kk < len(qmark) and qmark[kk] < hi else None
            f.append("qmL=" + (_bucket(i - left) if left is not None else "none"))
            f.append("qmR=" + (_bucket(right - i) if right is not None else "none"))
    return _DocFeatures(text, np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64),
                        sent_of, para_of, feats)


def _gold_tags(df: _DocFeatures, spans: Mapping[str, Sequence[Span]]) -> np.ndarray:
    """BIO tag ids of the tokens of ``df`` from gold character spans."""
    y = np.zeros(len(df), dtype=np.int64)
    starts, ends = df.starts.tolist(), df.ends.tolist()
    for role in _LABEL_PRIORITY:
        for s, e in sorted(spans.get(role, []) or []):
            a, b = _token_range(starts, ends, s, e)
            for k in range(a, b):
                y[k] = _TAG_ID[("B-" if k == a else "I-") + role]
    return y


# --------------------------------------------------------------------------------------------
# Stage-2 (stacked) context features


def _role_probs(P: np.ndarray) -> np.ndarray:
    """Per token: P(O), P(source), P(cue), P(content), P(B-source), P(B-cue), P(B-content)."""
    return np.column_stack([P[:, 0], P[:, 1] + P[:, 2], P[:, 3] + P[:, 4], P[:, 5] + P[:, 6],
                            P[:, 1], P[:, 3], P[:, 5]])


_RP_NAMES = ("O", "source", "cue", "content", "B-source", "B-cue", "B-content")
_BINS = np.array([0.05, 0.2, 0.4, 0.6, 0.8, 0.95])
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


def _context_block(P: np.ndarray, sent: np.ndarray) -> sparse.csr_matrix:
    """Stage-2 features from stage-1 probabilities ``P`` (n, 7) and sentence ids ``sent``: raw
    values and their one-hot bins (so the linear model can be non-linear in them)."""
    R = _role_probs(P)
    n = R.shape[0]
    cols = [R]
    for d in (-3, -2, -1, 1, 2, 3):
        sh = np.zeros_like(R)
        if n > abs(d):
            if d < 0:
                sh[-d:] = R[:d] * (sent[-d:] == sent[:d])[:, None]
            else:
                sh[:-d] = R[d:] * (sent[:-d] == sent[d:])[:, None]
        cols.append(sh)
    agg = np.zeros((n, 24))
    if n:
        bounds = np.r_[0, np.flatnonzero(np.diff(sent)) + 1, n]
        m = len(bounds) - 1
        smean, smax = np.zeros((m, 3)), np.zeros((m, 3))
        for si in range(m):
            a, b = bounds[si], bounds[si + 1]
            r = R[a:b, 1:4]
            smean[si], smax[si] = r.mean(0), r.max(0)
            cl = np.maximum.accumulate(r, axis=0)
            agg[a + 1:b, 0:3] = cl[:-1]
            cr = np.maximum.accumulate(r[::-1], axis=0)[::-1]
            agg[a:b - 1, 3:6] = cr[1:]
            agg[a:b, 6:9] = smean[si]
            agg[a:b, 9:12] = smax[si]
            if si > 0:
                agg[a:b, 12:15], agg[a:b, 15:18] = smean[si - 1], smax[si - 1]
            if si + 1 < m:
                agg[a:b, 18:21], agg[a:b, 21:24] = smean[si + 1], smax[si + 1]
    cols.append(agg)
    D = np.hstack(cols)
    nb = len(_BINS) + 1
    Db = D[:, _BINNED]
    binned = np.digitize(Db, _BINS)  # (n, d) in 0..nb-1
    rows = np.repeat(np.arange(n), Db.shape[1])
    cidx = (np.arange(Db.shape[1]) * nb)[None, :] + binned
    B = sparse.csr_matrix((np.ones(rows.size, dtype=np.float32), (rows, cidx.ravel())),
                          shape=(n, Db.shape[1] * nb))
    return sparse.hstack([sparse.csr_matrix(D.astype(np.float32)), B], format="csr")


def _context_feature_names() -> List[str]:
    names = _context_names()
    nb = len(_BINS) + 1
    edges = [0.0] + _BINS.tolist() + [1.0]
    binned = [f"{names[j]} in [{edges[k]:g}, {edges[k + 1]:g})" for j in _BINNED
              for k in range(nb)]
    return names + binned


# --------------------------------------------------------------------------------------------
# Linear models (stochastic gradient descent, logistic loss, one-vs-rest)


def _fit_linear(X: sparse.csr_matrix, y: np.ndarray, alpha: float, epochs: int, seed: int,
                n_jobs: Optional[int]) -> Tuple[np.ndarray, np.ndarray]:
    """Coefficients (K, F) and intercepts (K,) of OvR logistic regressions for every tag."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import SGDClassifier

    K = len(TAGS)
    clf = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=epochs, tol=None,
                        random_state=seed, n_jobs=n_jobs)
    present = np.unique(y)
    if len(present) < 2:  # degenerate: a constant model
        coef = np.zeros((K, X.shape[1]), dtype=np.float32)
        icpt = np.full(K, -10.0)
        icpt[present[0] if len(present) else 0] = 10.0
        return coef, icpt
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(X, y)
    coef = np.zeros((K, X.shape[1]), dtype=np.float32)
    icpt = np.full(K, -30.0)
    if len(present) == 2:  # sklearn fits one binary model: the second tag's, negated for the first
        coef[present] = np.vstack([-clf.coef_, clf.coef_])
        icpt[present] = [-clf.intercept_[0], clf.intercept_[0]]
    else:
        coef[present], icpt[present] = clf.coef_, clf.intercept_
    return coef, icpt


def _proba(X: sparse.csr_matrix, coef: np.ndarray, icpt: np.ndarray) -> np.ndarray:
    """OvR logistic probabilities normalised over the tags (as scikit-learn's SGD does)."""
    S = np.asarray(X @ coef.T, dtype=np.float64) + icpt
    P = 1.0 / (1.0 + np.exp(-np.clip(S, -50, 50)))
    tot = P.sum(axis=1, keepdims=True)
    return P / np.where(tot > 0, tot, 1.0)


def _allowed_transitions() -> Tuple[np.ndarray, np.ndarray]:
    """Log scores of the tag transitions and first tags: -1e30 where BIO forbids them (an
    ``I-x`` tag only after ``B-x`` or ``I-x``)."""
    K = len(TAGS)
    trans = np.zeros((K, K))
    start = np.zeros(K)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            ok = {_TAG_ID["B-" + tag[2:]], j}
            trans[[i for i in range(K) if i not in ok], j] = -1e30
            start[j] = -1e30
    return trans, start


_TRANS, _START = _allowed_transitions()


def _viterbi(logp: np.ndarray, lengths: Optional[Sequence[int]] = None) -> np.ndarray:
    """Most probable tag sequence of each document under the BIO constraints.

    ``logp`` (n_tokens, n_tags) holds the documents one after the other, ``lengths`` their
    token counts (default: one). They are decoded together, so the loop runs over the longest.
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
    # active[t]: documents (a prefix, as L is sorted) that have a token at position t
    n_active = np.searchsorted(-L, -np.arange(max_len), side="left")
    back = np.zeros((N, K), dtype=np.int8)
    score = logp[off] + _START
    for t in range(1, max_len):
        k = n_active[t]
        cand = score[:k, :, None] + _TRANS[None, :, :]
        best = cand.argmax(axis=1)
        rows = off[:k] + t
        back[rows] = best
        score[:k] = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0, :] + logp[rows]
    cur = score.argmax(axis=1)
    tags[off + L - 1] = cur
    for t in range(max_len - 1, 0, -1):
        k = n_active[t]
        rows = off[:k] + t
        prev = back[rows, cur[:k]].astype(np.int64)
        tags[rows - 1] = prev
        cur[:k] = prev
    return tags


def _log(P: np.ndarray) -> np.ndarray:
    return np.log(np.clip(P, 1e-12, 1.0))


def _tags_to_spans(tags: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> RoleSpans:
    out: RoleSpans = {r: [] for r in ROLES}
    cur_role, first = None, 0
    for i in range(len(tags) + 1):
        tag = TAGS[tags[i]] if i < len(tags) else "O"
        if cur_role is not None and tag != "I-" + cur_role:
            out[cur_role].append((int(starts[first]), int(ends[i - 1])))
            cur_role = None
        if tag != "O" and cur_role is None:
            cur_role, first = tag[2:], i
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
                    raise TrainingDataError(f"document {k}: {role} span {(s0, s1)} outside the text "
                                     f"(length {len(text)})")
                sp.append((s0, s1))
            clean[role] = sp
        unknown = set(spans or {}) - set(ROLES)
        if unknown:
            raise TrainingDataError(f"document {k}: unknown role(s) {sorted(unknown)}; roles are {ROLES}")
        out.append((text, clean))
    return out


class AttributionTagger:
    """Learn attribution source, cue and content spans from annotated documents.

    Parameters
    ----------
    alphas : sequence of float, default (1e-5, 3e-5)
        L2 strengths (``SGDClassifier`` ``alpha``) tried for stage 1; the one with the best
        cross-validated mean token F1 of the roles is kept, for stage 2 too.
    epochs : int, default 10
        Passes of stochastic gradient descent.
    folds : int, default 3
        Document-grouped folds for ``alpha`` and the out-of-fold probabilities of stage 2.
    stacking : bool, default True
        Train the stage-2 model.
    min_count : int, default 2
        Features seen in fewer training tokens are dropped.
    lexicon : str, default "attribution"
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
    n_features_ : int
        Size of the token-feature vocabulary.
    fit_seconds_ : float
    lexicon_id_ : str
        ``name@version`` of the attribution lexicon.
    versions_ : dict
        Software versions at training time (:func:`framing._version.software_versions`).
    """

    def __init__(self, alphas: Sequence[float] = (1e-5, 3e-5), epochs: int = 10, folds: int = 3,
                 stacking: bool = True, min_count: int = 2, lexicon: str = "attribution",
                 random_state: int = 0, n_jobs: Optional[int] = None,
                 progress: Optional[bool] = None):
        self.alphas = tuple(float(a) for a in alphas)
        self.epochs = int(epochs)
        self.folds = int(folds)
        self.stacking = bool(stacking)
        self.min_count = int(min_count)
        self.lexicon = str(lexicon)
        self.random_state = int(random_state)
        self.n_jobs = n_jobs
        self.progress = progress
        self.format = TAGGER_FORMAT

    # ------------------------------------------------------------------ vocabulary
    def _token_feature_names(self) -> List[str]:
        return bytes(self.vocabulary_).decode("utf-8").split(_SEP) if self.n_features_ else []

    def _vocab(self) -> Dict[str, int]:
        if "_vocab_cache" not in self.__dict__:
            self.__dict__["_vocab_cache"] = {s: i for i, s in enumerate(self._token_feature_names())}
        return self.__dict__["_vocab_cache"]

    def _matrix(self, dfs: Sequence[_DocFeatures]) -> sparse.csr_matrix:
        vocab = self._vocab()
        ind: List[int] = []
        ptr = [0]
        get = vocab.get
        for df in dfs:
            for f in df.features:
                for s in f:
                    j = get(s)
                    if j is not None:
                        ind.append(j)
                ptr.append(len(ind))
        return sparse.csr_matrix((np.ones(len(ind), dtype=np.float32),
                                  np.asarray(ind, dtype=np.int64), np.asarray(ptr, dtype=np.int64)),
                                 shape=(len(ptr) - 1, self.n_features_))

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

        t0 = time.time()
        pairs = _as_pairs(docs)
        if not pairs:
            raise TrainingDataError("no training documents")
        dfs, ys = [], []
        for text, spans in _progress(pairs, len(pairs), "features", self.progress):
            df = token_features(text, self.lexicon)
            dfs.append(df)
            ys.append(_gold_tags(df, spans))
        y = np.concatenate(ys) if ys else np.zeros(0, dtype=np.int64)
        if not (y > 0).any():
            raise TrainingDataError("the training documents have no annotated spans")
        # vocabulary: features seen in at least min_count tokens, in order of first appearance
        counts = Counter(s for df in dfs for f in df.features for s in f)
        names = [s for s, c in counts.items() if c >= self.min_count]
        del counts
        self.n_features_ = len(names)
        self.vocabulary_ = np.frombuffer(_SEP.join(names).encode("utf-8"), dtype=np.uint8).copy()
        self.__dict__["_vocab_cache"] = {s: i for i, s in enumerate(names)}
        X = self._matrix(dfs)
        groups = np.concatenate([np.full(len(df), k) for k, df in enumerate(dfs)])
        # sentence ids unique over the corpus (each document's ids shifted past the previous)
        shift = np.cumsum([0] + [int(df.sent.max()) + 1 if len(df) else 0 for df in dfs])
        sent = np.concatenate([df.sent + shift[k] for k, df in enumerate(dfs)])
        n_folds = min(self.folds, len(dfs))
        cv: Dict[str, Any] = {"folds": n_folds, "n_docs": len(dfs), "n_tokens": int(len(y)),
                              "stage1": {}}
        seed = self.random_state
        splits = (list(GroupKFold(n_splits=n_folds).split(X, y, groups)) if n_folds >= 2
                  else [])
        lengths = [len(df) for df in dfs]
        alpha1, oof1 = self._select(X, y, lengths, splits, cv, "stage1", "stage 1")
        self.alpha_ = alpha1
        self.coef1_, self.intercept1_ = _fit_linear(X, y, alpha1, self.epochs, seed, self.n_jobs)
        self.coef2_, self.intercept2_, self.alpha2_ = None, None, None
        oof = oof1
        if self.stacking and oof1 is not None:
            X2 = sparse.hstack([X, _context_block(oof1, sent)], format="csr")
            alpha2, oof = self._select(X2, y, lengths, splits, cv, "stage2", "stage 2",
                                       alphas=(alpha1,))
            self.alpha2_ = alpha2
            self.coef2_, self.intercept2_ = _fit_linear(X2, y, alpha2, self.epochs, seed,
                                                        self.n_jobs)
        # decision offsets per role, tuned on the out-of-fold probabilities of the final model
        self.tag_bias_ = np.zeros(len(TAGS))
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
            # out-of-fold spans of the training documents (not saved with the model)
            self.__dict__["oof_spans_"] = [_tags_to_spans(tags[end - len(df):end], df.starts, df.ends)
                                           for df, end in zip(dfs, np.cumsum(lengths))]
        cv["alpha"] = alpha1
        cv["alpha2"] = self.alpha2_
        self.lexicon_id_ = _extractor(self.lexicon).lexicon.id
        self.versions_ = software_versions(("framing", "scikit-learn", "numpy"))
        self.cv_results_ = cv
        self.fit_seconds_ = time.time() - t0
        return self

    def cross_validate(self, docs: Iterable[Any], folds: int = 5) -> Dict[str, Any]:
        """Out-of-fold predictions of this configuration on ``docs`` (grouped by document):
        ``{"spans": [RoleSpans per document], "folds": folds}``."""
        from sklearn.model_selection import KFold

        pairs = _as_pairs(docs)
        preds: List[Optional[RoleSpans]] = [None] * len(pairs)
        kf = KFold(n_splits=min(folds, len(pairs)), shuffle=True, random_state=self.random_state)
        for tr, te in kf.split(np.arange(len(pairs))):
            t = AttributionTagger(self.alphas, self.epochs, self.folds, self.stacking,
                                  self.min_count, self.lexicon, self.random_state, self.n_jobs,
                                  self.progress).fit([pairs[i] for i in tr])
            for i in te:
                preds[i] = t.predict_spans(pairs[i][0])
        return {"spans": preds, "folds": kf.get_n_splits()}

    def _select(self, X: sparse.csr_matrix, y: np.ndarray, lengths: Sequence[int],
                splits: List[Tuple[np.ndarray, np.ndarray]], cv: Dict[str, Any], key: str,
                desc: str, alphas: Optional[Sequence[float]] = None
                ) -> Tuple[float, Optional[np.ndarray]]:
        """The alpha with the best out-of-fold mean token F1, and its out-of-fold probabilities."""
        alphas = tuple(self.alphas if alphas is None else alphas)
        if not splits:
            return alphas[0], None
        cv[key] = {}
        steps = [(a, k) for a in alphas for k in range(len(splits))]
        oofs = {a: np.zeros((len(y), len(TAGS))) for a in alphas}
        for a, k in _progress(steps, len(steps), desc, self.progress):
            tr, te = splits[k]
            coef, icpt = _fit_linear(X[tr], y[tr], a, self.epochs, self.random_state,
                                     self.n_jobs)
            oofs[a][te] = _proba(X[te], coef, icpt)
        for a in alphas:
            cv[key][repr(a)] = _token_f1(y, _viterbi(_log(oofs[a]), lengths))
        best = max(alphas, key=lambda a: float(np.mean(list(cv[key][repr(a)].values()))))
        return best, oofs[best]

    # ------------------------------------------------------------------ prediction
    def _check_fitted(self) -> None:
        if not hasattr(self, "coef1_"):
            raise ValueError("this AttributionTagger is not trained yet: call fit() first")

    def predict_proba_tokens(self, text: str) -> Tuple[_DocFeatures, np.ndarray]:
        """Token features of ``text`` and the tag probabilities (n_tokens, len(TAGS))."""
        self._check_fitted()
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        df = token_features(text, self.lexicon)
        X = self._matrix([df])
        P = _proba(X, self.coef1_, self.intercept1_)
        if self.coef2_ is not None:
            X2 = sparse.hstack([X, _context_block(P, df.sent)], format="csr")
            P = _proba(X2, self.coef2_, self.intercept2_)
        return df, P

    def _tags(self, text: str) -> Tuple[_DocFeatures, np.ndarray]:
        """Token features and tags of ``text``, decoded over the whole document (a content span
        may cover several sentences)."""
        df, P = self.predict_proba_tokens(text)
        return df, _viterbi(_log(P) + getattr(self, "tag_bias_", 0.0))

    def predict_tags(self, text: str) -> List[Tuple[int, int, str]]:
        """``(start, end, tag)`` of every token of ``text``."""
        df, tags = self._tags(text)
        return [(int(s), int(e), TAGS[t]) for s, e, t in zip(df.starts, df.ends, tags)]

    def predict_spans(self, text: str) -> RoleSpans:
        """Predicted spans of each role: ``{"source": [(start, end), ...], "cue": ..., ...}``."""
        df, tags = self._tags(text)
        return _tags_to_spans(tags, df.starts, df.ends)

    def predict_relations(self, text: str, spans: Optional[RoleSpans] = None) -> List[Attribution]:
        """Attributions built from the predicted spans.

        Every cue span starts one attribution. Each source and content span is linked to the
        nearest cue of its paragraph; a cue keeps the nearest of its sources. Its content spans
        are joined when on one side of it, else (a quotation interrupted by "he said") the
        nearest is kept. ``quote`` and ``voice`` follow :class:`framing.voice.VoiceMap`; the
        cue category is ``"tagger"``; stance and source type are not predicted. ``spans``
        defaults to :meth:`predict_spans`.
        """
        from ..text import Doc
        from ..voice import VoiceMap, find_quotes

        if spans is None:
            df, tags = self._tags(text)
            spans = _tags_to_spans(tags, df.starts, df.ends)
            starts, paras = df.starts.tolist(), df.para.tolist()
        else:  # the paragraphs of the sentences (a token's paragraph is its sentence's)
            sentences = Doc(text).spans
            starts, paras = [s for s, _, _ in sentences], [p for _, _, p in sentences]

        def para_of(pos: int) -> int:  # that of the last token or sentence starting by pos
            k = bisect.bisect_right(starts, pos) - 1
            return paras[k] if k >= 0 else (paras[0] if paras else 0)

        cues = sorted(spans.get("cue", []))
        if not cues:
            return []
        cue_para = [para_of(s) for s, _ in cues]
        linked: Dict[str, Dict[int, List[Span]]] = {"source": {}, "content": {}}
        for role, by_cue in linked.items():
            for s, e in spans.get(role, []):
                p = para_of(s)
                near = [k for k, q in enumerate(cue_para) if q == p]
                if near:
                    nearest = min(near, key=lambda k: _gap((s, e), cues[k]))
                    by_cue.setdefault(nearest, []).append((s, e))
        vmap = VoiceMap(text, find_quotes(text))
        out = []
        for k, cue in enumerate(cues):
            src = min(linked["source"].get(k, []), key=lambda sp: _gap(sp, cue), default=None)
            conts = sorted(linked["content"].get(k, []))
            content = None
            if conts:
                a, b = conts[0][0], conts[-1][1]
                if cue[0] >= b or cue[1] <= a:  # all on one side of the cue: one span from first to last
                    content = Part(a, b, text[a:b])
                else:  # on both sides ("A," he said, "B."): the nearest part
                    a, b = min(conts, key=lambda sp: _gap(sp, cue))
                    content = Part(a, b, text[a:b])
            source = Part(src[0], src[1], text[src[0]:src[1]]) if src else None
            quote = "indirect" if content is None else vmap.quote_type(content.start, content.end)
            out.append(Attribution(source, Part(cue[0], cue[1], text[cue[0]:cue[1]]), content, quote,
                                   "tagger", vmap.voice(*cue)))
        return out

    # ------------------------------------------------------------------ transparency
    def feature_names(self, stage: int = 2) -> List[str]:
        """Names of the model's features (stage 1: token features; stage 2 adds context)."""
        self._check_fitted()
        names = self._token_feature_names()
        if stage == 2 and self.coef2_ is not None:
            names += _context_feature_names()
        return names

    def top_features(self, tag: str = "B-cue", n: int = 20, stage: int = 2
                     ) -> List[Tuple[str, float]]:
        """The ``n`` features with the largest positive weight for ``tag``."""
        self._check_fitted()
        if tag not in _TAG_ID:
            raise ValueError(f"unknown tag {tag!r}; tags are {TAGS}")
        coef = self.coef2_ if stage == 2 and self.coef2_ is not None else self.coef1_
        names = self.feature_names(2 if coef is self.coef2_ else 1)
        w = coef[_TAG_ID[tag]]
        idx = np.argsort(-w, kind="stable")[:n]
        return [(names[i], float(w[i])) for i in idx]

    def __getstate__(self) -> Dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_vocab_cache", None)
        state.pop("oof_spans_", None)
        return state

    def __repr__(self) -> str:
        fitted = f", alpha_={self.alpha_:g}" if hasattr(self, "alpha_") else ""
        return (f"AttributionTagger(alphas={self.alphas}, epochs={self.epochs}, "
                f"folds={self.folds}, stacking={self.stacking}{fitted})")


# --------------------------------------------------------------------------------------------
# Persistence


def save_tagger(tagger: AttributionTagger, path: Union[str, Path]) -> Path:
    """Write ``tagger`` to ``path`` with :mod:`skops.io` (atomically); returns the path."""
    import skops.io as sio

    tagger._check_fitted()
    p = Path(path)
    if not p.parent.exists():
        raise FileNotFoundError(f"{p.parent}: no such folder")
    atomic_write_bytes(p, sio.dumps(tagger, compression=zipfile.ZIP_DEFLATED))
    return p


#: Built-in container and scalar types a tagger file may hold.
_BUILTIN_TYPES = frozenset(f"builtins.{t}" for t in
                           ("str", "int", "float", "bool", "dict", "list", "tuple", "NoneType"))


def load_tagger(path: Union[str, Path]) -> AttributionTagger:
    """Read a tagger written by :func:`save_tagger`, refusing anything outside the allow-list.

    Raises
    ------
    TaggerFileError
        With a one-line message naming the file: not a skops archive, a type outside
        :data:`TRUSTED_TYPES`, not an :class:`AttributionTagger` of :data:`TAGGER_FORMAT`.
    """
    from .models import read_skops

    p = Path(path)
    obj = read_skops(p, TaggerFileError, TRUSTED_TYPES | _BUILTIN_TYPES,
                      "the attribution tagger's allow-list", every_type=True)
    if not isinstance(obj, AttributionTagger):
        raise TaggerFileError(f"{p}: not an attribution tagger (found {type(obj).__name__})")
    if getattr(obj, "format", None) != TAGGER_FORMAT or not hasattr(obj, "coef1_"):
        raise TaggerFileError(f"{p}: tagger file format {getattr(obj, 'format', None)!r}; this "
                              f"framing reads format {TAGGER_FORMAT}: retrain the model")
    return obj
