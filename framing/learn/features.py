"""scikit-learn transformers over the toolkit's measures.

Each transformer turns raw texts into a dense matrix of :mod:`framing` measures, so that they can
sit next to a :class:`~sklearn.feature_extraction.text.TfidfVectorizer` in a
:class:`~sklearn.pipeline.FeatureUnion` and be tuned in a
:class:`~sklearn.model_selection.GridSearchCV`:

:class:`LexiconFeatures`
    Lexicon category rates (every span category of every lexicon, e.g. ``loaded/pejorative``,
    ``hedge/modal``), overall and split by voice (the outlet's own words versus quoted words).
:class:`AttributionFeatures`
    Source-attribution structure: how many attributions, of which source types (named, titled,
    vague, pronoun, none), with which cue stances and quotation types, and how much of the text
    is quoted.
:class:`ReadabilityFeatures`
    Flesch reading ease and grade, sentence length; optionally textstat's Gunning fog and SMOG.
:class:`FramingFeatures`
    All three blocks from one analysis per text (what the task recipes in
    :mod:`framing.learn.models` use).

Input
    ``X`` is a one-dimensional sequence of texts (a list, a :class:`pandas.Series`, a 1-D array
    of ``str``), exactly what ``TfidfVectorizer`` takes; missing entries (``None``, ``NaN``)
    are empty texts. A two-dimensional table is also accepted (a DataFrame or array with one
    or more text columns, e.g. ``title`` and ``body``): the cells of a row are joined with a
    space into one document, missing cells are skipped and other values are converted with
    :class:`str`. A 1-D input that does not hold texts (numbers) is refused, as is a single
    string.

Speed
    Each distinct text is analysed once per process: the measures of a text are memoised in a
    bounded least-recently-used cache keyed by a digest of the text and the analyzer settings,
    so that the folds and candidates of a cross-validation, and ``fit`` followed by
    ``transform``, do not analyse the same text twice. The Flesch scores come with the analysis
    (cached syllable counts); textstat's further grades (``ReadabilityFeatures(textstat=True)``,
    10-20 ms per article) are computed only when asked for. :func:`clear_cache` empties the
    cache.

Estimator contract
    ``__init__`` only stores its keyword arguments; ``fit`` validates them, loads the lexicons
    and sets the ``_``-suffixed attributes (``feature_names_out_``, ``lexicon_ids_``,
    ``n_features_in_`` for 2-D input); ``get_feature_names_out`` returns meaningful names. The
    tags declare string input (``input_tags.string``), tables of text columns
    (``two_d_array``), 1-D sequences of texts (``one_d_array``) and missing cells
    (``allow_nan``), so :func:`sklearn.utils.estimator_checks.parametrize_with_checks` runs its
    full battery on them (with ``two_d_array=False``, as for ``TfidfVectorizer``, it would skip
    every check).

Examples
--------
>>> from framing.features import FramingFeatures
>>> ff = FramingFeatures().fit(["Critics slammed the disgraceful plan.", "It may rain."])
>>> X = ff.transform(["Critics slammed the disgraceful plan."])
>>> names = list(ff.get_feature_names_out())
>>> float(X[0, names.index("loaded_per_1k")]) > 0, float(X[0, names.index("source_vague")])
(True, 1.0)
"""
from __future__ import annotations

import hashlib
import math
import numbers
import threading
import warnings
from collections import Counter, OrderedDict
from functools import lru_cache
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_array, check_is_fitted

try:  # scikit-learn >= 1.6
    from sklearn.utils.validation import validate_data as _sk_validate_data

    _FINITE = "ensure_all_finite"
except ImportError:  # pragma: no cover - scikit-learn 1.3-1.5
    _sk_validate_data = None
    _FINITE = "force_all_finite"

__all__ = [
    "LexiconFeatures",
    "AttributionFeatures",
    "ReadabilityFeatures",
    "FramingFeatures",
    "as_texts",
    "clear_cache",
    "cache_info",
    "SOURCE_FEATURES",
    "CUE_FEATURES",
    "QUOTE_FEATURES",
]

#: Source types counted by :class:`AttributionFeatures` (``none``: an impersonal cue such as
#: "it is alleged that", whose attribution has no source).
SOURCE_FEATURES = ("named", "titled", "vague", "pronoun", "unknown", "none")
#: Cue stances (those of :data:`framing.attribution.STANCES`).
CUE_FEATURES = ("neutral", "distancing", "endorsing", "emphatic", "emotive")
#: Quotation types of an attribution (DESIGN section 2).
QUOTE_FEATURES = ("direct", "indirect", "mixed")

_UNITS = ("per_1k", "count", "binary")
_VOICES = ("author", "quoted")
#: Entries kept in the per-process measure cache; one entry is a few hundred bytes (a digest
#: and a small dict of counts), so the bound keeps the cache under roughly 100 MB.
_CACHE_SIZE = 100_000


# --------------------------------------------------------------------------------------------
# Input handling


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:  # pandas.NA, pandas.NaT, numpy.nan of other float types
        import pandas as pd

        return bool(pd.isna(value)) if np.ndim(value) == 0 else False
    except (TypeError, ValueError, ImportError):
        return False


def as_texts(X: Any) -> List[str]:
    """The documents of ``X`` as a list of ``str`` (see the module docstring for the rules).

    Parameters
    ----------
    X : sequence of str, or 2-D array-like of text columns

    Returns
    -------
    list of str

    Raises
    ------
    ValueError
        For a single string, or a 1-D input whose entries are not texts.

    Examples
    --------
    >>> as_texts(["a", None, "b"])
    ['a', '', 'b']
    >>> import numpy as np
    >>> as_texts(np.array([["Title", "Body."], ["Other", None]], dtype=object))
    ['Title Body.', 'Other']
    >>> as_texts([1.5, 2.0])
    Traceback (most recent call last):
    ...
    ValueError: a 1-D input must hold texts (str), but entry 0 is float: 1.5; pass a list of texts, or a 2-D table (n_samples, n_columns) to read its cells as text
    """
    if isinstance(X, (str, bytes)):
        raise ValueError(
            "expected a sequence of texts, got a single string; wrap one text in a list"
        )
    arr = X if isinstance(X, np.ndarray) else _to_object_array(X)
    if arr.ndim == 1:
        out = []
        for k, value in enumerate(arr):
            if isinstance(value, str):
                out.append(value)
            elif _is_missing(value):
                out.append("")
            else:
                raise ValueError(
                    f"a 1-D input must hold texts (str), but entry {k} is "
                    f"{type(value).__name__}: {value!r}; pass a list of texts, or a 2-D table "
                    "(n_samples, n_columns) to read its cells as text"
                )
        return out
    if arr.ndim == 2:
        return [
            " ".join(v if isinstance(v, str) else str(v) for v in row if not _is_missing(v))
            for row in arr
        ]
    raise ValueError(f"expected a 1-D sequence of texts or a 2-D table, got {arr.ndim} dimensions")


def _to_object_array(X: Any) -> np.ndarray:
    if hasattr(X, "to_numpy"):  # pandas Series / DataFrame
        return np.asarray(X.to_numpy(dtype=object), dtype=object)
    if isinstance(X, np.ndarray):
        return X
    items = list(X)
    arr = np.empty(len(items), dtype=object)
    arr[:] = items
    if items and all(isinstance(v, (list, tuple, np.ndarray)) for v in items):
        return np.asarray([list(v) for v in items], dtype=object)
    return arr


# --------------------------------------------------------------------------------------------
# Analysers and the measure cache


@lru_cache(maxsize=16)
def _analyzer(lexicons: Tuple[str, ...], voice: bool, lang: str = "en_US") -> Any:
    """One analyzer per settings per process (lexicons compiled once).

    Readability is on: the analyzer's Flesch scores come from its own word and sentence counts
    and cached syllable counts, at little cost (:func:`framing.readability.flesch_from_counts`).
    """
    from ..analyzer import Analyzer

    return Analyzer(lexicons=lexicons, voice=voice, readability=True, lang=lang)


class _MeasureCache:
    """A thread-safe bounded LRU map from (settings key, text digest) to measures."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: "OrderedDict[Tuple[str, bytes], Any]" = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Tuple[str, bytes]) -> Any:
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: Tuple[str, bytes], value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.hits = self.misses = 0


_CACHE = _MeasureCache(_CACHE_SIZE)


def clear_cache() -> None:
    """Empty the per-process cache of text measures (see the module docstring).

    Examples
    --------
    >>> clear_cache(); cache_info()["size"]
    0
    """
    _CACHE.clear()


def cache_info() -> Dict[str, int]:
    """Size, capacity, hits and misses of the per-process measure cache.

    Examples
    --------
    >>> sorted(cache_info())
    ['hits', 'maxsize', 'misses', 'size']
    """
    return {"size": len(_CACHE._data), "maxsize": _CACHE.maxsize, "hits": _CACHE.hits,
            "misses": _CACHE.misses}


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _quoted_words(analysis: Any) -> int:
    """Word tokens inside quotations.

    The analysis reports ``quoted_token_share`` rounded to 4 decimals; multiplying back gives
    the exact count for texts under 10,000 words (the rounding error is below half a word).
    """
    share = analysis.scores.get("quoted_token_share") or 0.0
    return int(round(share * analysis.n_tokens))


def _measure(analysis: Any) -> Dict[str, float]:
    """The counts of one analysis that every transformer draws on (a small flat dict)."""
    m: Counter = Counter()
    m["n_words"] = analysis.n_tokens
    m["n_sentences"] = analysis.n_sentences
    m["n_quoted"] = _quoted_words(analysis)
    m["quotes"] = len(analysis.quotes)
    for name in _FLESCH:
        value = analysis.scores.get(name)
        m[name] = float(value) if value is not None and value == value else math.nan
    for sp in analysis.spans:
        m[f"span|{sp.layer}|{sp.category}|{sp.voice}"] += sp.weight
        m[f"layer|{sp.layer}|{sp.voice}"] += sp.weight
    m["attributions"] = len(analysis.attributions)
    for a in analysis.attributions:
        if getattr(a, "voice", "author") != "author":
            m["attributions_quoted"] += 1
        src = "none" if a.source is None else (a.source.label or "unknown")
        m[f"source|{src}"] += 1
        m[f"cue|{a.stance}"] += 1
        m[f"quote|{a.quote}"] += 1
    return dict(m)


def _settings_key(an: Any) -> str:
    """Cache key of an analyzer: its lexicons (id and file hash), voice and language."""
    lex = "+".join(f"{lx.id}#{getattr(lx, 'sha256', '')[:16]}" for lx in an.lexicons)
    return f"lex={lex}|voice={an.voice}|lang={getattr(an, 'lang', '')}"


def _measures(texts: Sequence[str], lexicons: Tuple[str, ...], voice: bool,
              lang: str = "en_US") -> List[Dict[str, float]]:
    """Measures of each text: one analysis per distinct text, memoised per process."""
    an = _analyzer(lexicons, voice, lang)
    key = _settings_key(an)
    out: List[Optional[Dict[str, float]]] = []
    todo: Dict[bytes, List[int]] = {}
    digests = [_digest(t) for t in texts]
    for k, d in enumerate(digests):
        hit = _CACHE.get((key, d))
        out.append(hit)
        if hit is None:
            todo.setdefault(d, []).append(k)
    if todo:
        for d, positions in todo.items():
            value = _measure(an.analyze(texts[positions[0]]))
            _CACHE.put((key, d), value)
            for k in positions:
                out[k] = value
    return out  # type: ignore[return-value]


def _textstat(texts: Sequence[str], lang: str) -> List[Dict[str, float]]:
    """textstat's readability metrics of each text (:func:`framing.readability.readability`)."""
    from ..readability import readability

    key = f"textstat|lang={lang}"
    out: List[Dict[str, float]] = []
    for t in texts:
        d = _digest(t)
        hit = _CACHE.get((key, d))
        if hit is None:
            hit = readability(t, lang=lang)
            _CACHE.put((key, d), hit)
        out.append(hit)
    return out


# --------------------------------------------------------------------------------------------
# The transformers


class _TextMeasures(TransformerMixin, BaseEstimator):
    """Shared machinery: input validation, fit, transform, names and tags."""

    def _more_tags(self) -> Dict[str, Any]:  # pragma: no cover - scikit-learn < 1.6
        return {"X_types": ["2darray", "string"], "allow_nan": True,
                "preserves_dtype": [np.float64]}

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True  # raw texts in, like TfidfVectorizer
        # one_d_array stays False: sklearn's checks read it as "1-D input only" and then feed
        # the first numeric column (X[:, 0]); 1-D input here means texts, which ``string``
        # declares.
        tags.input_tags.two_d_array = True  # a table of text columns, joined per row
        tags.input_tags.allow_nan = True  # a missing cell is an empty text
        tags.transformer_tags.preserves_dtype = ["float64"]
        return tags

    # -- settings shared by the analysis-based transformers
    def _lexicon_names(self) -> Tuple[str, ...]:
        from ..analyzer import DEFAULT_LEXICONS

        lex = getattr(self, "lexicons", None)
        if lex is None:
            return tuple(DEFAULT_LEXICONS)
        if isinstance(lex, str) or not all(isinstance(x, str) for x in lex):
            raise ValueError(
                f"lexicons must be a sequence of bundled lexicon names or .lex paths, got {lex!r}"
            )
        if not lex:
            raise ValueError("lexicons must name at least one lexicon")
        return tuple(lex)

    def _check_choice(self, name: str, valid: Sequence[str]) -> None:
        value = getattr(self, name)
        if value not in valid:
            raise ValueError(
                f"{type(self).__name__}: {name}={value!r} is not valid; valid options are "
                f"{sorted(valid)}"
            )

    def _check_bool(self, name: str) -> None:
        value = getattr(self, name)
        if not isinstance(value, (bool, np.bool_)):
            raise ValueError(f"{type(self).__name__}: {name} must be True or False, got {value!r}")

    # -- the estimator API
    def _validated_texts(self, X: Any, reset: bool) -> List[str]:
        if isinstance(X, (str, bytes)):
            raise ValueError(
                "expected a sequence of texts, got a single string; wrap one text in a list"
            )
        ndim = getattr(X, "ndim", None)
        if ndim is None:
            if hasattr(X, "__array__"):  # array-likes without ndim
                ndim = np.asarray(X).ndim
            else:  # lists, tuples, generators of texts (or of rows)
                X = _to_object_array(X)
                ndim = X.ndim
        if ndim == 1:
            arr = check_array(X, dtype=None, ensure_2d=False, ensure_min_samples=1,
                              input_name="X", **{_FINITE: False})
            if arr.dtype.kind not in "OUS":
                raise ValueError(
                    f"a 1-D input must hold texts (str), got an array of {arr.dtype}. Reshape "
                    "your data to 2-D (n_samples, n_columns) to read its cells as text, or pass "
                    "a list of texts"
                )
            if reset:  # fitted on texts (again): forget any earlier table's columns
                for attr in ("n_features_in_", "feature_names_in_"):
                    if hasattr(self, attr):
                        delattr(self, attr)
            elif hasattr(self, "n_features_in_"):
                raise ValueError(
                    f"X is a 1-D sequence of texts, but {type(self).__name__} was fitted on a "
                    f"table of {self.n_features_in_} columns; pass the same columns"
                )
        else:
            # a table of text columns: sklearn's validation sets and checks n_features_in_ and
            # feature_names_in_
            kwargs = dict(dtype=None, ensure_min_samples=1, ensure_min_features=1, reset=reset,
                          **{_FINITE: False})
            if _sk_validate_data is not None:
                arr = _sk_validate_data(self, X, **kwargs)
            else:  # pragma: no cover - scikit-learn < 1.6
                arr = self._validate_data(X, **kwargs)
        return as_texts(arr)

    def fit(self, X: Any, y: Any = None) -> "_TextMeasures":
        """Validate the parameters, load the lexicons and fix the output columns.

        Parameters
        ----------
        X : sequence of str, or 2-D array-like of text columns
        y : ignored

        Returns
        -------
        self
        """
        self._validated_texts(X, reset=True)
        names, lexicon_ids = self._layout()
        self.feature_names_out_ = list(names)
        self.lexicon_ids_ = list(lexicon_ids)
        self.lexicon_sha256_ = list(self._current_lexicons()[1]) if lexicon_ids else []
        return self

    def transform(self, X: Any) -> np.ndarray:
        """The measures of each text, one row per text.

        Parameters
        ----------
        X : sequence of str, or 2-D array-like of text columns

        Returns
        -------
        numpy.ndarray of shape (n_samples, n_features), float64
        """
        check_is_fitted(self, "feature_names_out_")
        texts = self._validated_texts(X, reset=False)
        self._check_lexicons_unchanged()
        rows = self._rows(texts)
        out = np.zeros((len(texts), len(self.feature_names_out_)), dtype=np.float64)
        index = {n: j for j, n in enumerate(self.feature_names_out_)}
        for i, row in enumerate(rows):
            for name, value in row.items():
                j = index.get(name)
                if j is not None and value:
                    out[i, j] = value
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Names of the output columns (see each class for the scheme).

        Returns
        -------
        numpy.ndarray of str (object dtype)
        """
        check_is_fitted(self, "feature_names_out_")
        return np.asarray(self.feature_names_out_, dtype=object)

    def _current_lexicons(self) -> Tuple[List[str], List[str]]:
        an = _analyzer(self._lexicon_names(), True, getattr(self, "lang", "en_US"))
        return [lx.id for lx in an.lexicons], [lx.sha256 for lx in an.lexicons]

    def _check_lexicons_unchanged(self) -> None:
        if not self.lexicon_ids_:
            return
        ids, hashes = self._current_lexicons()
        if ids != self.lexicon_ids_ or hashes != getattr(self, "lexicon_sha256_", hashes):
            changed = ids if ids != self.lexicon_ids_ else [
                f"{i} (file changed)" for i, h, h0 in zip(ids, hashes, self.lexicon_sha256_)
                if h != h0
            ]
            warnings.warn(
                f"{type(self).__name__} was fitted with lexicons {self.lexicon_ids_} but now "
                f"finds {changed}; its features may have changed meaning, refit the model",
                UserWarning,
                stacklevel=3,
            )

    # -- to be provided by the subclasses
    def _layout(self) -> Tuple[List[str], List[str]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _rows(self, texts: Sequence[str]) -> List[Dict[str, float]]:  # pragma: no cover
        raise NotImplementedError


def _span_categories(lexicon_names: Tuple[str, ...]) -> Tuple[List[Tuple[str, str]], List[str], List[str]]:
    """(layer, category) pairs of the span lexicons in file order, the layers, and lexicon ids."""
    an = _analyzer(lexicon_names, True)
    pairs: List[Tuple[str, str]] = []
    layers: List[str] = []
    for lx in an.lexicons:
        for cat, definition in lx.categories.items():
            layer = definition.get("layer") if isinstance(definition, dict) else None
            if layer in (None, "cue", "source"):
                continue
            if (layer, cat) not in pairs:
                pairs.append((layer, cat))
            if layer not in layers:
                layers.append(layer)
    return pairs, layers, [lx.id for lx in an.lexicons]


def _scaled(count: float, denom: float, unit: str) -> float:
    if unit == "count":
        return count
    if unit == "binary":
        return 1.0 if count > 0 else 0.0
    return 1000.0 * count / denom if denom else 0.0


class LexiconFeatures(_TextMeasures):
    """Lexicon category rates, overall and split by voice.

    For every span category of the lexicons (``layer/category``: ``loaded/pejorative``,
    ``hedge/modal``, ``booster/booster``, ...) and for every layer as a whole, the weighted
    number of matches per 1,000 words of the text (``unit="per_1k"``), the raw weighted count
    (``"count"``) or its presence (``"binary"``). With ``by_voice`` each also comes split by
    voice, with the words of that voice as the denominator of a rate (as in
    ``framing score``): the outlet's own words (``author``) and quoted words (``quoted``).

    Feature names: ``{layer}_{category}_{unit}`` and ``{layer}_{unit}``, and with ``by_voice``
    ``{layer}_{category}_{voice}_{unit}`` and ``{layer}_{voice}_{unit}``, e.g.
    ``loaded_pejorative_author_per_1k``. Categories that two lexicons share on the same layer
    are summed.

    Parameters
    ----------
    lexicons : sequence of str, optional
        Bundled lexicon names or ``.lex`` paths; default :data:`framing.analyzer.DEFAULT_LEXICONS`.
        Categories of layers ``cue`` and ``source`` feed the attribution extractor and give no
        span features.
    by_voice : bool, default True
        Add the author/quoted split of every feature.
    unit : {"per_1k", "count", "binary"}, default "per_1k"

    Attributes
    ----------
    feature_names_out_ : list of str
    lexicon_ids_, lexicon_sha256_ : list of str
        ``name@version`` and file hashes of the lexicons at fit time; a transform that finds
        other versions or changed files warns.
    n_features_in_ : int
        Number of text columns, set only when fitted on a 2-D table.

    Examples
    --------
    >>> lf = LexiconFeatures(unit="count").fit(["x"])
    >>> X = lf.transform(['The regime\\'s brutal crackdown, "a disgrace", she said.'])
    >>> row = dict(zip(lf.get_feature_names_out(), X[0].tolist()))
    >>> row["loaded_count"], row["loaded_author_count"], row["loaded_quoted_count"]
    (3.0, 2.0, 1.0)
    """

    def __init__(self, lexicons: Optional[Sequence[str]] = None, by_voice: bool = True,
                 unit: str = "per_1k"):
        self.lexicons = lexicons
        self.by_voice = by_voice
        self.unit = unit

    def _layout(self) -> Tuple[List[str], List[str]]:
        self._check_choice("unit", _UNITS)
        self._check_bool("by_voice")
        pairs, layers, ids = _span_categories(self._lexicon_names())
        names: List[str] = []
        for layer in layers:
            names.append(f"{layer}_{self.unit}")
            if self.by_voice:
                names += [f"{layer}_{v}_{self.unit}" for v in _VOICES]
        for layer, cat in pairs:
            names.append(f"{layer}_{cat}_{self.unit}")
            if self.by_voice:
                names += [f"{layer}_{cat}_{v}_{self.unit}" for v in _VOICES]
        return names, ids

    def _rows(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        ms = _measures(texts, self._lexicon_names(), True)
        return [_lexicon_row(m, self.unit, self.by_voice) for m in ms]


def _lexicon_row(m: Dict[str, float], unit: str, by_voice: bool) -> Dict[str, float]:
    n_words = m.get("n_words", 0)
    n_quoted = m.get("n_quoted", 0)
    denom = {"author": n_words - n_quoted, "quoted": n_quoted}
    row: Dict[str, float] = {}
    totals: Counter = Counter()
    for key, value in m.items():
        kind, *rest = key.split("|")
        if kind == "layer":
            layer, voice = rest
            base = f"{layer}"
        elif kind == "span":
            layer, cat, voice = rest
            base = f"{layer}_{cat}"
        else:
            continue
        totals[base] += value
        if by_voice:
            row[f"{base}_{voice}_{unit}"] = _scaled(value, denom[voice], unit)
    for base, value in totals.items():
        row[f"{base}_{unit}"] = _scaled(value, n_words, unit)
    return row


class AttributionFeatures(_TextMeasures):
    """Source-attribution structure of a text.

    Features (``normalize=False``): ``attributions`` (the number of source–cue–content
    relations) and ``attributions_quoted`` (those whose cue stands inside a quotation, i.e.
    made by a quoted speaker rather than by the outlet); ``source_{type}`` for the types :data:`SOURCE_FEATURES` (``none`` counts
    impersonal cues such as "it is alleged that"); ``cue_{stance}`` for the stances
    :data:`CUE_FEATURES`; ``quote_{type}`` for :data:`QUOTE_FEATURES`; ``quotes`` (quotation
    spans) and ``quoted_token_share`` (share of the words inside quotations). With
    ``normalize=True`` the source, cue and quote-type counts become shares of the
    attributions (0 when there are none) and ``attributions`` and ``quotes`` are divided by the
    number of sentences, and ``attributions_quoted`` becomes the share of attributions made
    in quotations.

    Parameters
    ----------
    lexicons : sequence of str, optional
        As in :class:`LexiconFeatures`; the lexicon with ``cue``/``source`` categories drives
        the extractor.
    normalize : bool, default False

    Examples
    --------
    >>> af = AttributionFeatures().fit(["x"])
    >>> row = dict(zip(af.get_feature_names_out(),
    ...                af.transform(["Critics claimed the plan would fail."])[0].tolist()))
    >>> row["attributions"], row["source_vague"], row["cue_distancing"]
    (1.0, 1.0, 1.0)
    """

    def __init__(self, lexicons: Optional[Sequence[str]] = None, normalize: bool = False):
        self.lexicons = lexicons
        self.normalize = normalize

    def _layout(self) -> Tuple[List[str], List[str]]:
        self._check_bool("normalize")
        _, _, ids = _span_categories(self._lexicon_names())
        return _attribution_names(), ids

    def _rows(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        ms = _measures(texts, self._lexicon_names(), True)
        return [_attribution_row(m, self.normalize) for m in ms]


def _attribution_names() -> List[str]:
    return (["attributions", "attributions_quoted"] + [f"source_{s}" for s in SOURCE_FEATURES]
            + [f"cue_{c}" for c in CUE_FEATURES] + [f"quote_{q}" for q in QUOTE_FEATURES]
            + ["quotes", "quoted_token_share"])


def _attribution_row(m: Dict[str, float], normalize: bool) -> Dict[str, float]:
    n_attr = m.get("attributions", 0)
    n_words = m.get("n_words", 0)
    n_sent = m.get("n_sentences", 0)
    row: Dict[str, float] = {}
    for prefix, values in (("source", SOURCE_FEATURES), ("cue", CUE_FEATURES),
                           ("quote", QUOTE_FEATURES)):
        for v in values:
            c = m.get(f"{prefix}|{v}", 0)
            row[f"{prefix}_{v}"] = (c / n_attr if n_attr else 0.0) if normalize else c
    n_attr_q = m.get("attributions_quoted", 0)
    if normalize:
        row["attributions"] = n_attr / n_sent if n_sent else 0.0
        row["attributions_quoted"] = n_attr_q / n_attr if n_attr else 0.0
        row["quotes"] = m.get("quotes", 0) / n_sent if n_sent else 0.0
    else:
        row["attributions"] = n_attr
        row["attributions_quoted"] = n_attr_q
        row["quotes"] = m.get("quotes", 0)
    row["quoted_token_share"] = m.get("n_quoted", 0) / n_words if n_words else 0.0
    return row


class ReadabilityFeatures(_TextMeasures):
    """Readability and length: Flesch scores, sentence length and, optionally, textstat's grades.

    Features: ``flesch_reading_ease`` and ``flesch_kincaid_grade`` as the analyzer reports them
    (framing's own sentences and word tokens, cached syllable counts:
    :func:`framing.readability.flesch_from_counts`), ``words_per_sentence``, ``n_words`` and
    ``n_sentences``. With ``textstat=True`` also ``gunning_fog``, ``smog_index`` and
    ``syllables_per_word`` from :func:`framing.readability.readability` (textstat's own
    segmentation; 10-20 ms more per news article). A metric that is undefined (an empty text;
    grade formulas for a language other than English) is ``fill_value``, since downstream
    linear models need finite inputs.

    Parameters
    ----------
    lang : str, default "en_US"
        Language for syllable counting (a pyphen code).
    textstat : bool, default False
        Add textstat's Gunning fog, SMOG and syllables per word.
    fill_value : float, default 0.0
        Value of undefined metrics.

    Examples
    --------
    >>> rf = ReadabilityFeatures().fit(["x"])
    >>> row = dict(zip(rf.get_feature_names_out(),
    ...                rf.transform(["The quick brown fox jumps over the lazy dog."])[0].tolist()))
    >>> row["words_per_sentence"], row["n_words"], round(row["flesch_reading_ease"], 1)
    (9.0, 9.0, 94.3)
    """

    def __init__(self, lang: str = "en_US", textstat: bool = False, fill_value: float = 0.0):
        self.lang = lang
        self.textstat = textstat
        self.fill_value = fill_value

    def _layout(self) -> Tuple[List[str], List[str]]:
        self._check_bool("textstat")
        _check_readability_params(type(self).__name__, self.lang, self.fill_value)
        return _readability_names(self.textstat), []

    def _rows(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        from ..analyzer import DEFAULT_LEXICONS

        ms = _measures(texts, tuple(DEFAULT_LEXICONS), True, self.lang)
        ts = _textstat(texts, self.lang) if self.textstat else [None] * len(texts)
        return [_readability_row(m, t, self.fill_value) for m, t in zip(ms, ts)]


def _check_readability_params(owner: str, lang: Any, fill_value: Any) -> None:
    from ..readability import check_lang

    check_lang(lang)
    if not isinstance(fill_value, numbers.Real) or not math.isfinite(fill_value):
        raise ValueError(f"{owner}: fill_value must be a finite number, got {fill_value!r}")


#: Readability features computed from the analysis (cheap).
_FLESCH = ("flesch_reading_ease", "flesch_kincaid_grade")
#: Further readability features from textstat (``ReadabilityFeatures(textstat=True)``).
_TEXTSTAT = ("gunning_fog", "smog_index", "syllables_per_word")


def _readability_names(textstat: bool = False) -> List[str]:
    return list(_FLESCH) + ["words_per_sentence", "n_words", "n_sentences"] + (
        list(_TEXTSTAT) if textstat else [])


def _readability_row(m: Dict[str, float], t: Optional[Dict[str, float]], fill: float) -> Dict[str, float]:
    def finite(v: Any) -> float:
        return float(v) if v is not None and math.isfinite(v) else float(fill)

    n_words, n_sent = m.get("n_words", 0), m.get("n_sentences", 0)
    row = {k: finite(m.get(k)) for k in _FLESCH}
    row["words_per_sentence"] = n_words / n_sent if n_sent else float(fill)
    row["n_words"] = n_words
    row["n_sentences"] = n_sent
    if t is not None:
        row.update({k: finite(t.get(k)) for k in _TEXTSTAT})
    return row


class FramingFeatures(_TextMeasures):
    """Lexicon, attribution and (optionally) readability features from one analysis per text.

    The columns are those of :class:`LexiconFeatures` (when ``lexicon``), then
    :class:`AttributionFeatures` (when ``attribution``), then :class:`ReadabilityFeatures`
    (when ``readability``), with the same names; the blocks share one analysis per text.

    Parameters
    ----------
    lexicons : sequence of str, optional
    by_voice : bool, default True
    unit : {"per_1k", "count", "binary"}, default "per_1k"
        Unit of the lexicon features.
    lexicon, attribution : bool, default True
        Include these blocks.
    readability : bool, default False
        Include the readability features of :class:`ReadabilityFeatures` (Flesch scores from
        the analysis, sentence length; no textstat).
    normalize_attribution : bool, default False
    lang : str, default "en_US"

    Examples
    --------
    >>> ff = FramingFeatures(unit="count", attribution=False).fit(["x"])
    >>> [n for n in ff.get_feature_names_out() if n.startswith("hedge_modal")]
    ['hedge_modal_count', 'hedge_modal_author_count', 'hedge_modal_quoted_count']
    """

    def __init__(self, lexicons: Optional[Sequence[str]] = None, by_voice: bool = True,
                 unit: str = "per_1k", lexicon: bool = True, attribution: bool = True,
                 readability: bool = False, normalize_attribution: bool = False,
                 lang: str = "en_US"):
        self.lexicons = lexicons
        self.by_voice = by_voice
        self.unit = unit
        self.lexicon = lexicon
        self.attribution = attribution
        self.readability = readability
        self.normalize_attribution = normalize_attribution
        self.lang = lang

    def _layout(self) -> Tuple[List[str], List[str]]:
        for name in ("by_voice", "lexicon", "attribution", "readability", "normalize_attribution"):
            self._check_bool(name)
        self._check_choice("unit", _UNITS)
        if not (self.lexicon or self.attribution or self.readability):
            raise ValueError(
                "FramingFeatures: every block is switched off; set at least one of lexicon, "
                "attribution, readability to True"
            )
        names: List[str] = []
        ids: List[str] = []
        if self.lexicon or self.attribution:
            lex = LexiconFeatures(self.lexicons, self.by_voice, self.unit)
            lex_names, ids = lex._layout()
            if self.lexicon:
                names += lex_names
            if self.attribution:
                names += _attribution_names()
        _check_readability_params(type(self).__name__, self.lang, 0.0)
        if self.readability:
            names += _readability_names()
        return names, ids

    def _rows(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        ms = _measures(texts, self._lexicon_names(), True, self.lang)
        rows: List[Dict[str, float]] = [{} for _ in texts]
        for i, m in enumerate(ms):
            if self.lexicon:
                rows[i].update(_lexicon_row(m, self.unit, self.by_voice))
            if self.attribution:
                rows[i].update(_attribution_row(m, self.normalize_attribution))
            if self.readability:
                rows[i].update(_readability_row(m, None, 0.0))
        return rows
