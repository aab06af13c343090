"""Token features of the attribution tagger as integer arrays (hashed), computed per document.

Every token gets one value for each of :data:`TEMPLATES` (the word, its neighbours, affixes,
shape, quotation state, position in the sentence, the attribution lexicon's matches and the
rule extractor's reading). A value is a 64-bit integer (a stable CRC-32 of a string, or a small
code); :func:`hashed_columns` mixes it with the template number into a column of a hashed
feature space of ``2**bits`` columns. A token thus has exactly one active column per template,
and a linear model scores it by gathering one weight row per template (:func:`gather_scores`):
no per-token feature strings, no vocabulary lookups beyond one cache lookup per word type.

The per-type values (word, raw form, stem, suffixes, prefix, shape) are computed once per
process for each distinct token text and kept in :class:`TypeTable`.
"""
from __future__ import annotations

import zlib
from bisect import bisect_left, bisect_right
from functools import lru_cache
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..text import Doc
from ..voice import VoiceMap

__all__ = ["TEMPLATES", "Encoded", "TypeTable", "encode", "hashed_columns", "hashed_matrix",
           "gather_scores", "learn_clusters", "shape", "stem", "shift", "bucket", "code",
           "token_range", "token_offsets", "sentence_arrays", "quoted_tokens", "BOS", "EOS", "MIX"]

#: The feature templates, in column order (the model file records them: a model is read only
#: with the same list).
TEMPLATES = (
    "bias", "w", "W", "stem", "shape", "s2", "s3", "s4", "p3", "q",
    "pos", "rpos", "slen", "sip", "sq",
    "w-3", "w-2", "w-1", "w+1", "w+2", "w+3",
    "shape-2", "shape-1", "shape+1", "shape+2",
    "q-2", "q-1", "q+1", "q+2",
    "w-1|w", "w|w+1", "w-2|w-1", "w+1|w+2",
    "rule", "rule.label", "rule.voice", "rule.cat",
    "rule-2", "rule-1", "rule+1", "rule+2",
    "lexcue", "lexcue.cat", "lexcue-2", "lexcue-1", "lexcue+1", "lexcue+2", "lexsrc",
    "cueL", "cueR", "qmL", "qmR",
    "w|lexcue-1", "w|q", "shape|pos", "para1",
    "k1", "k1-1", "k1+1", "k2", "k2-2", "k2-1", "k2+1", "k2+2", "k2-1|k2",
)
_T = {name: k for k, name in enumerate(TEMPLATES)}
_N_TYPE = 10  # per-type columns: w, W, stem, shape, s2, s3, s4, p3, cluster 1, cluster 2

_QUOTE_TOKENS = frozenset({'"', "“", "”", "„", "«", "»", "'", "‘", "’", "``", "''"})
_BOS, _EOS = np.uint64(0xB05), np.uint64(0xE05)
#: Values of the neighbour templates before the first and after the last token of a sentence.
BOS, EOS = _BOS, _EOS
_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xC2B2AE3D27D4EB4F)
_M3 = np.uint64(0x100000001B3)
#: Multiplier that combines two values into one (``a * MIX ^ b``: a conjunction template).
MIX = _M3
#: Bucket of a distance or position (0,1,2,3 | 4-6 | 7-12 | 13-25 | 26+).
_BUCKET = np.array([0, 1, 2, 3, 4, 4, 4, 5, 5, 5, 5, 5, 5] + [6] * 13 + [7], dtype=np.uint64)


def bucket(x: np.ndarray) -> np.ndarray:
    """Bucket of a distance or position: 0, 1, 2, 3, 4-6, 7-12, 13-25, 26+ (values 0-7)."""
    return _BUCKET[np.clip(x, 0, len(_BUCKET) - 1)]



def shape(word: str) -> str:
    """Collapsed character classes of the first 8 characters ("Obama" -> "Xx", "2016" -> "d")."""
    out: List[str] = []
    for ch in word[:8]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def stem(word: str) -> str:
    """A crude English stem (inflectional suffixes off): "warned", "warns", "warning" -> "warn"."""
    for suf in ("ing", "ed", "es", "s"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[:-len(suf)]
    return word


def _crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


class TypeTable:
    """Per-type feature values, computed once per distinct token text.

    :meth:`rows` maps token texts to rows of :data:`_N_TYPE` values. The table is a cache: it
    is emptied when it passes ``max_types`` entries, so memory stays bounded on any corpus.
    ``clusters`` maps lower-case words to their two word-cluster ids (:func:`learn_clusters`).
    """

    def __init__(self, clusters: Optional[Dict[str, Tuple[int, int]]] = None,
                 max_types: int = 300_000):
        self.clusters = clusters or {}
        self.max_types = max_types
        self.generation = 0
        self._index: Dict[str, int] = {}
        self._rows = np.zeros((1024, _N_TYPE), dtype=np.uint64)

    def _add(self, text: str) -> int:
        k = len(self._index)
        if k >= len(self._rows):
            self._rows = np.vstack([self._rows, np.zeros_like(self._rows)])
        low = "".join("_" if c.isspace() else c for c in text.lower())
        c1, c2 = self.clusters.get(low, (-1, -1))
        self._rows[k] = [_crc(low), _crc(text), _crc(stem(low)), _crc(shape(text)),
                         _crc(low[-2:]), _crc(low[-3:]), _crc(low[-4:]), _crc(low[:3]),
                         c1 + 1, c2 + 1]
        self._index[text] = k
        return k

    def ids(self, texts: Sequence[str]) -> np.ndarray:
        """The type ids of ``texts`` (rows of :attr:`values`). Ids are given in order of first
        sight; when the table is emptied, :attr:`generation` changes."""
        if len(self._index) + len(texts) > self.max_types:
            self._index.clear()
            self.generation += 1
        get = self._index.get
        ids = [get(t) for t in texts]
        if None in ids:
            add = self._add
            ids = [k if k is not None else (get(t) if t in self._index else add(t))
                   for k, t in zip(ids, texts)]
        return np.asarray(ids, dtype=np.int64)

    @property
    def values(self) -> np.ndarray:
        """The per-type values of every type id, ``(n_types, 10)``."""
        return self._rows[:len(self._index)]



@dataclass
class Encoded:
    """One document's tokens and feature values.

    Attributes
    ----------
    starts, ends : ndarray of int64
        Character offsets of the tokens.
    sent : ndarray of int64
        Sentence index of each token (sentences without tokens are skipped).
    values : ndarray of uint64, shape (n_tokens, len(TEMPLATES))
    type_ids : ndarray of int64
        The :class:`TypeTable` id of each token (``generation`` is the table's then).
    """

    starts: np.ndarray
    ends: np.ndarray
    sent: np.ndarray
    values: np.ndarray
    type_ids: Optional[np.ndarray] = None
    generation: int = 0

    def __len__(self) -> int:
        return len(self.starts)


def shift(col: np.ndarray, d: int, sent: np.ndarray, lo_fill: Any, hi_fill: Any) -> np.ndarray:
    """``col`` shifted by ``d`` tokens (``out[i] = col[i + d]``) within each sentence; outside
    it, ``lo_fill`` (before the sentence) or ``hi_fill`` (after it)."""
    n = len(col)
    out = np.full(n, hi_fill if d > 0 else lo_fill, dtype=col.dtype)
    if n > abs(d):
        if d > 0:
            same = sent[d:] == sent[:-d]
            out[:-d] = np.where(same, col[d:], out[:-d])
        else:
            same = sent[:d] == sent[-d:]
            out[-d:] = np.where(same, col[:d], out[-d:])
    return out



def token_range(starts: List[int], ends: List[int], a: int, b: int) -> Tuple[int, int]:
    """Tokens ``[i, j)`` overlapping the character span ``[a, b)``."""
    i = bisect_right(ends, a)
    j = bisect_left(starts, b, i)
    return i, max(i, j)



@lru_cache(maxsize=4096)
def code(s: str) -> int:
    """The feature value of a string (a stable CRC-32, cached)."""
    return _crc(s)



def token_offsets(doc: Doc) -> Tuple[List[int], List[int], np.ndarray, np.ndarray]:
    """The start and end offsets of the tokens of ``doc``, as lists and as int64 arrays."""
    lstarts = [t.start for t in doc.tokens]
    lends = [t.end for t in doc.tokens]
    return lstarts, lends, np.asarray(lstarts, dtype=np.int64), np.asarray(lends, dtype=np.int64)


def sentence_arrays(doc: Doc) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per token of ``doc``: its sentence index, the first token and the end (exclusive) of
    its sentence, and the sentence's index in its paragraph."""
    n = len(doc.tokens)
    sent = np.zeros(n, dtype=np.int64)
    first = np.zeros(n, dtype=np.int64)
    last = np.zeros(n, dtype=np.int64)
    sip = np.zeros(n, dtype=np.int64)
    prev_para, para_first = None, 0
    for si, s in enumerate(doc.sentences):
        if s.paragraph != prev_para:
            prev_para, para_first = s.paragraph, si
        sent[s.first:s.last] = si
        first[s.first:s.last] = s.first
        last[s.first:s.last] = s.last
        sip[s.first:s.last] = si - para_first
    return sent, first, last, sip


def quoted_tokens(starts: np.ndarray, ends: np.ndarray, vmap: VoiceMap) -> np.ndarray:
    """1 for the tokens inside a quotation of ``vmap`` (the quoted voice), else 0 (uint64)."""
    quoted = np.zeros(len(starts), dtype=np.uint64)
    if vmap.quotes:
        qs = np.asarray([q.start for q in vmap.quotes])
        qe = np.asarray([q.end for q in vmap.quotes])
        k = np.searchsorted(qs, starts, side="right") - 1
        kc = np.clip(k, 0, None)
        quoted = ((k >= 0) & (qs[kc] <= starts) & (ends <= qe[kc])).astype(np.uint64)
    return quoted


def _nearest(pos: np.ndarray, marks: np.ndarray, sent: np.ndarray, mark_sent: np.ndarray,
             left: bool) -> Tuple[np.ndarray, np.ndarray]:
    """Distance from each token to the nearest mark on its left (or right, excluding itself)
    in its sentence, and the index of that mark (-1 when none)."""
    n = len(pos)
    if not len(marks):
        return np.full(n, -1), np.full(n, -1)
    if left:
        k = np.searchsorted(marks, pos, side="left") - 1  # marks strictly before
    else:
        k = np.searchsorted(marks, pos, side="right")  # marks strictly after
    ok = (k >= 0) & (k < len(marks))
    kc = np.clip(k, 0, len(marks) - 1)
    ok &= mark_sent[kc] == sent
    idx = np.where(ok, marks[kc], -1)
    dist = np.where(ok, np.abs(pos - idx), -1)
    return dist, idx


def encode(doc: Doc, vmap: VoiceMap, extractor: Any, types: TypeTable,
           rules: bool = True) -> Encoded:
    """The feature values of every token of ``doc``.

    With ``rules=False`` the rule extractor is not run (its templates hold a constant).

    Parameters
    ----------
    doc : framing.text.Doc
    vmap : framing.voice.VoiceMap
        The quotations of the document.
    extractor : framing.attribution.AttributionExtractor
        Its cue and source matchers give the lexicon features; its attributions the rule
        features.
    types : TypeTable
    """
    toks = doc.tokens
    n = len(toks)
    lstarts, lends, starts, ends = token_offsets(doc)
    sents = doc.sentences
    sent, first, last, sip = sentence_arrays(doc)
    V = np.zeros((n, len(TEMPLATES)), dtype=np.uint64)
    if n == 0:
        return Encoded(starts, ends, sent, V)
    texts = [t.text for t in toks]
    type_ids = types.ids(texts)
    R = types.values[type_ids]
    w, sh = R[:, 0], R[:, 3]
    V[:, 1:9] = R[:, :8]
    k1, k2 = R[:, 8], R[:, 9]
    V[:, _T["k1"]] = k1
    V[:, _T["k2"]] = k2
    for d in (-1, 1):
        V[:, _T[f"k1{d:+d}"]] = shift(k1, d, sent, _BOS, _EOS)
    for d in (-2, -1, 1, 2):
        V[:, _T[f"k2{d:+d}"]] = shift(k2, d, sent, _BOS, _EOS)
    V[:, _T["k2-1|k2"]] = V[:, _T["k2-1"]] * _M3 ^ k2
    # quotation state of each token
    quoted = quoted_tokens(starts, ends, vmap)
    V[:, _T["q"]] = quoted
    idx = np.arange(n)
    V[:, _T["pos"]] = bucket(idx - first)
    V[:, _T["rpos"]] = bucket(last - 1 - idx)
    V[:, _T["slen"]] = bucket((last - first) // 4)
    V[:, _T["sip"]] = bucket(sip)
    nq_sent = np.bincount(sent, weights=quoted.astype(np.float64), minlength=len(sents))
    len_sent = np.bincount(sent, minlength=len(sents))
    sq = np.where(nq_sent == 0, 0, np.where(nq_sent == len_sent, 2, 1))
    V[:, _T["sq"]] = sq[sent]
    for d in (-3, -2, -1, 1, 2, 3):
        V[:, _T[f"w{d:+d}"]] = shift(w, d, sent, _BOS, _EOS)
    for d in (-2, -1, 1, 2):
        V[:, _T[f"shape{d:+d}"]] = shift(sh, d, sent, _BOS, _EOS)
        V[:, _T[f"q{d:+d}"]] = shift(quoted, d, sent, np.uint64(2), np.uint64(3))
    wm1, wp1 = V[:, _T["w-1"]], V[:, _T["w+1"]]
    V[:, _T["w-1|w"]] = wm1 * _M3 ^ w
    V[:, _T["w|w+1"]] = w * _M3 ^ wp1
    V[:, _T["w-2|w-1"]] = V[:, _T["w-2"]] * _M3 ^ wm1
    V[:, _T["w+1|w+2"]] = wp1 * _M3 ^ V[:, _T["w+2"]]
    # the lexicon's cues and sources
    lexcue = np.zeros(n, dtype=np.uint64)
    lexcat = np.zeros(n, dtype=np.uint64)
    cue_first: List[int] = []
    cue_hits = extractor.cue_matcher.find(doc)  # also handed to the rules below
    for a, b, entry in cue_hits:
        i, j = token_range(lstarts, lends, a, b)
        if j <= i:
            continue
        cue_first.append(i)
        cat = entry.category + ":" + entry.syntax
        lexcat[i:j] = code(cat)
        lexcue[i] = code("B:" + cat)
        lexcue[i + 1:j] = code("I:" + cat)
    lexsrc = np.zeros(n, dtype=np.uint64)
    for a, b, entry in extractor.source_matcher.find(doc):
        i, j = token_range(lstarts, lends, a, b)
        lexsrc[i:j] = code(entry.category)
    V[:, _T["lexcue"]] = lexcue
    V[:, _T["lexcue.cat"]] = lexcat
    for d in (-2, -1, 1, 2):
        V[:, _T[f"lexcue{d:+d}"]] = shift(lexcat, d, sent, _BOS, _EOS)
    V[:, _T["lexsrc"]] = lexsrc
    V[:, _T["w|lexcue-1"]] = w * _M3 ^ V[:, _T["lexcue-1"]]
    V[:, _T["w|q"]] = w * _M3 ^ quoted
    V[:, _T["shape|pos"]] = sh * _M3 ^ V[:, _T["pos"]]
    V[:, _T["para1"]] = (sip == 0).astype(np.uint64) + 2 * (len_sent[sent] <= 3)
    # distance to the nearest lexicon cue (and whether it is quoted) and quotation mark
    cues = np.unique(np.asarray(cue_first, dtype=np.int64))
    for col, left in (("cueL", True), ("cueR", False)):
        dist, at = _nearest(idx, cues, sent, sent[cues] if len(cues) else cues, left)
        v = np.where(dist < 0, np.uint64(99), bucket(dist) * np.uint64(2)
                     + quoted[np.clip(at, 0, None)])
        V[:, _T[col]] = v
    marks = np.flatnonzero(np.fromiter((t in _QUOTE_TOKENS for t in texts), dtype=bool, count=n))
    for col, left in (("qmL", True), ("qmR", False)):
        dist, _ = _nearest(idx, marks, sent, sent[marks], left)
        V[:, _T[col]] = np.where(dist < 0, np.uint64(99), bucket(dist))
    # the rule extractor's reading
    rule = np.zeros(n, dtype=np.uint64)
    for col in ("rule.label", "rule.voice", "rule.cat"):
        V[:, _T[col]] = 0
    for att in (extractor.extract(doc, vmap, cue_hits) if rules else ()):
        for role, part in (("source", att.source), ("cue", att.cue), ("content", att.content)):
            if part is None:
                continue
            i, j = token_range(lstarts, lends, part.start, part.end)
            if j <= i:
                continue
            rcode = {"source": 1, "cue": 3, "content": 5}[role]
            rule[i] = rcode
            rule[i + 1:j] = rcode + 1
            label = att.quote if role == "content" else (part.label or "")
            V[i:j, _T["rule.label"]] = code(role + "=" + label)
            V[i:j, _T["rule.voice"]] = code(role + "." + att.voice)
            if role == "cue":
                V[i:j, _T["rule.cat"]] = code(att.cue_category)
    V[:, _T["rule"]] = rule
    for d in (-2, -1, 1, 2):
        V[:, _T[f"rule{d:+d}"]] = shift(rule, d, sent, np.uint64(8), np.uint64(9))
    return Encoded(starts, ends, sent, V, type_ids, types.generation)


def learn_clusters(token_lists: Sequence[Sequence[str]], sizes: Tuple[int, int] = (256, 1000),
                   min_count: int = 3, seed: int = 0) -> Dict[str, Tuple[int, int]]:
    """Word clusters learned from unlabelled text: lower-case words seen ``min_count`` times
    are described by their positive PMI with the 3,000 most frequent words at offsets -2..2,
    reduced to 100 dimensions (truncated SVD) and clustered with k-means at two granularities
    (``sizes``). Returns ``{word: (cluster at sizes[0], cluster at sizes[1])}``.
    """
    from collections import Counter

    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    cnt = Counter(w for toks in token_lists for w in toks)
    vocab = sorted(w for w, c in cnt.items() if c >= min_count)
    n_ctx = 3000
    ctx = [w for w, _ in sorted(cnt.items(), key=lambda x: (-x[1], x[0]))[:n_ctx]]
    if len(vocab) < max(sizes) * 2:
        return {}
    vid = {w: i for i, w in enumerate(vocab)}
    cid = {w: i for i, w in enumerate(ctx)}
    rows: List[np.ndarray] = []
    cols: List[np.ndarray] = []
    for toks in token_lists:
        ids = np.asarray([vid.get(w, -1) for w in toks], dtype=np.int64)
        cs = np.asarray([cid.get(w, -1) for w in toks], dtype=np.int64)
        for k, d in enumerate((-2, -1, 1, 2)):
            if len(toks) <= abs(d):
                continue
            a, b = (ids[-d:], cs[:d]) if d < 0 else (ids[:-d], cs[d:])
            ok = (a >= 0) & (b >= 0)
            rows.append(a[ok])
            cols.append(b[ok] + k * n_ctx)
    r, c = np.concatenate(rows), np.concatenate(cols)
    M = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(vocab), 4 * n_ctx))
    M.sum_duplicates()
    tot = M.sum()
    pr = np.asarray(M.sum(1)).ravel() / tot
    pc = np.asarray(M.sum(0)).ravel() / tot
    M = M.tocoo()
    pmi = np.log((M.data / tot) / (pr[M.row] * pc[M.col]))
    pos = pmi > 0
    P = sparse.csr_matrix((pmi[pos], (M.row[pos], M.col[pos])), shape=M.shape)
    Z = normalize(TruncatedSVD(100, random_state=seed).fit_transform(P))
    labels = [MiniBatchKMeans(k, random_state=seed, n_init=3, batch_size=4096).fit_predict(Z)
              for k in sizes]
    return {w: (int(labels[0][i]), int(labels[1][i])) for i, w in enumerate(vocab)}


#: The templates whose value is a per-type value of the token or of a neighbour: ``template:
#: (offset, column of TypeTable.values)``. Their weights can be summed per type in advance.
TYPE_TEMPLATES = {
    "w": (0, 0), "W": (0, 1), "stem": (0, 2), "shape": (0, 3), "s2": (0, 4), "s3": (0, 5),
    "s4": (0, 6), "p3": (0, 7), "k1": (0, 8), "k2": (0, 9),
    "w-3": (-3, 0), "w-2": (-2, 0), "w-1": (-1, 0), "w+1": (1, 0), "w+2": (2, 0), "w+3": (3, 0),
    "shape-2": (-2, 3), "shape-1": (-1, 3), "shape+1": (1, 3), "shape+2": (2, 3),
    "k1-1": (-1, 8), "k1+1": (1, 8), "k2-2": (-2, 9), "k2-1": (-1, 9), "k2+1": (1, 9),
    "k2+2": (2, 9),
}
#: Column indices of the other templates (hashed per token at inference).
OTHER_TEMPLATES = np.array([k for k, t in enumerate(TEMPLATES) if t not in TYPE_TEMPLATES])
OFFSETS = (-3, -2, -1, 0, 1, 2, 3)


def type_scores(type_values: np.ndarray, weights: np.ndarray, bits: int,
                fillers: bool = True) -> np.ndarray:
    """Summed weights of the type templates of each type, per offset: ``(2 + n_types,
    len(OFFSETS), width)``. Rows 0 and 1 hold the sentence-start and sentence-end fillers
    of the neighbour templates; row ``2 + k`` type ``k``. With ``fillers=False`` the two
    filler rows are left out (to extend a table with more types)."""
    m = len(type_values)
    base = 2 if fillers else 0
    out = np.zeros((base + m, len(OFFSETS), weights.shape[1]), dtype=weights.dtype)
    for name, (d, c) in TYPE_TEMPLATES.items():
        t = np.array([_T[name]])
        j = OFFSETS.index(d)
        if m:
            out[base:, j] += weights[hashed_columns(type_values[:, c:c + 1], bits, t)[:, 0]]
        if fillers and d < 0:
            out[0, j] += weights[hashed_columns(np.array([[_BOS]]), bits, t)[0, 0]]
        elif fillers and d > 0:
            out[1, j] += weights[hashed_columns(np.array([[_EOS]]), bits, t)[0, 0]]
    return out


def gather_type_scores(table: np.ndarray, type_ids: np.ndarray, sent: np.ndarray) -> np.ndarray:
    """The type templates' part of the token scores ``(n, width)`` from a :func:`type_scores`
    table (type ids index it from row 2)."""
    rows = type_ids + 2
    S = table[rows, OFFSETS.index(0)]
    for j, d in enumerate(OFFSETS):
        if d:
            S += table[shift(rows, d, sent, 0, 1), j]
    return S


def hashed_columns(values: np.ndarray, bits: int,
                   templates: Optional[np.ndarray] = None) -> np.ndarray:
    """Columns of the hashed feature space (``2**bits``) of the values ``(n, n_templates)``:
    each template's values land in their own pseudo-random columns. ``templates`` gives the
    template index of each column of ``values`` (default: all, in order)."""
    if templates is None:
        templates = np.arange(values.shape[1])
    t = (np.asarray(templates, dtype=np.uint64) + np.uint64(1)) * _M1
    h = (values * _M2) ^ t[None, :]
    h ^= h >> np.uint64(29)
    h *= _M1
    return (h >> np.uint64(64 - bits)).astype(np.int64)


def hashed_matrix(values: np.ndarray, bits: int) -> "Any":
    """The one-hot matrix (scipy CSR, ``(n, 2**bits)``, float32) of the hashed columns of
    ``values`` (:func:`hashed_columns`): what a linear model is trained on."""
    from scipy import sparse

    C = hashed_columns(values, bits)
    n, T = C.shape
    X = sparse.csr_matrix((np.ones(n * T, dtype=np.float32), C.ravel(),
                           np.arange(0, n * T + 1, T)), shape=(n, 2 ** bits))
    X.sum_duplicates()
    return X


def gather_scores(cols: np.ndarray, weights: np.ndarray,
                  intercept: Optional[np.ndarray] = None) -> np.ndarray:
    """Scores ``(n, K)``: the sum over templates of ``weights[cols[:, t]]`` plus ``intercept``."""
    n, T = cols.shape
    S = weights[cols[:, 0]].astype(np.float64)
    for t in range(1, T):
        S += weights[cols[:, t]]
    if intercept is not None:
        S += intercept
    return S
