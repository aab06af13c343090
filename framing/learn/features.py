"""scikit-learn transformers over the toolkit's measures.

Each transformer turns raw texts into a dense matrix of :mod:`framing` measures, to sit next
to a ``TfidfVectorizer`` in a :class:`~sklearn.pipeline.FeatureUnion`: :class:`LexiconFeatures`,
:class:`AttributionFeatures`, :class:`ReadabilityFeatures` and :class:`FramingFeatures` (all
three from one analysis per text, as the recipes of :mod:`framing.learn.models` use them).

Settings
    The parameters ``lexicons`` and ``lang`` give the :class:`~framing.settings.AnalyzerSettings`
    of the analysis (:meth:`TextMeasures.analyzer_settings`; voice and readability on).
    ``lexicons`` lists *every* lexicon, the attribution lexicon included: ``None`` means the
    defaults (``loaded``, ``hedges`` and ``attribution``; ``default`` stands for them in a
    list), and a list without a lexicon of cue and source categories switches attribution off
    (the attribution features are then 0). ``attribution_backend`` (of
    :class:`AttributionFeatures` and :class:`FramingFeatures`) chooses how attributions are
    found, as ``framing score --attribution`` does: the bundled tagger (``model``, the default)
    or the rules; the other transformers, and files written before the parameter, use the rules.

Definitions
    Every feature is derived from the :class:`~framing.analysis.Counts` of the analysis with
    the :func:`framing.measures.rate` and :func:`framing.measures.share` of the score measures
    (per 1,000 words, rounded to 4 decimals), so a feature named like a column of ``framing
    score`` (``loaded_per_1k``, ``quoted_token_share``, ``attributions``, ``cue_{stance}``,
    ``flesch_reading_ease``, ...) equals it. A rate or share whose denominator is zero is
    undefined: the score measure is missing, the feature is the transformer's ``fill_value``
    (0 by default), since models need finite inputs.

Input
    ``X`` is a 1-D sequence of texts (list, :class:`pandas.Series`, array of ``str``), as
    ``TfidfVectorizer`` takes; missing entries (``None``, ``NaN``) are empty texts. In a 2-D
    table of text columns (``title``, ``body``) the cells of a row are joined with a space,
    missing cells skipped, others converted with :class:`str`. A 1-D input that does not hold
    texts is refused, as is a single string.

Speed
    Each distinct text is analysed once per process: its measures are memoised in a bounded
    LRU cache keyed by the settings and a digest of the text (:func:`clear_cache` empties it).
    textstat's grades (10-20 ms per article) are computed only when asked for.

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
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_array, check_is_fitted, validate_data

from ..analysis import Counts
from ..analyzer import analyzer_for
from ..attribution import SOURCE_TYPES, STANCES
from ..measures import NONE_SOURCE, rate, share
from ..readability import check_lang, readability
from ..settings import (ATTRIBUTION_BACKENDS, DEFAULT_ATTRIBUTION, DEFAULT_LEXICONS,
                        AnalyzerSettings)
from ..voice import AUTHOR, QUOTE_TYPES, QUOTED

__all__ = [
    "TextMeasures",
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
    "FEATURES_VERSION",
]

#: Source types counted by :class:`AttributionFeatures`: those of
#: :data:`framing.attribution.SOURCE_TYPES`, and ``none`` for an impersonal cue such as
#: "it is alleged that", whose attribution has no source.
SOURCE_FEATURES = tuple(SOURCE_TYPES) + (NONE_SOURCE,)
#: Cue stances (:data:`framing.attribution.STANCES`).
CUE_FEATURES = tuple(STANCES)
#: Quotation types of an attribution (:data:`framing.voice.QUOTE_TYPES`, DESIGN section 2).
QUOTE_FEATURES = tuple(QUOTE_TYPES)
#: Version of the feature definitions, kept by a fitted transformer (``features_version_``).
#: 2: attribution features count the author's voice, as the score measures do (1: every voice);
#: rates and shares are rounded as the measures are. 3: the source type ``document`` and the
#: attribution lexicon 1.2 source types. An attribution block fitted under another version
#: warns on transform.
FEATURES_VERSION = 3

#: What ``default`` stands for in a transformer's ``lexicons``: every default lexicon.
_DEFAULTS = tuple(DEFAULT_LEXICONS) + (DEFAULT_ATTRIBUTION,)
_UNITS = ("per_1k", "count", "binary")
_VOICES = (AUTHOR, QUOTED)
#: Entries of the per-process measure cache; at a few hundred bytes to a few kilobytes each,
#: the cache stays near 100 MB.
_CACHE_SIZE = 100_000
#: The error of a single string given as ``X``.
_SINGLE_STRING = "expected a sequence of texts, got a single string; wrap one text in a list"


# --------------------------------------------------------------------------------------------
# Input handling


def _is_missing(value: Any) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    try:  # pandas.NA, pandas.NaT, numpy.nan of other float types
        import pandas as pd

        return bool(pd.isna(value)) if np.ndim(value) == 0 else False
    except (TypeError, ValueError, ImportError):
        return False


def as_texts(X: Any) -> List[str]:
    """The documents of ``X`` as a list of ``str`` (rules: "Input" in the module docstring).

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
        raise ValueError(_SINGLE_STRING)
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
    items = list(X)
    if items and all(isinstance(v, (list, tuple, np.ndarray)) for v in items):  # rows of cells
        return np.asarray([list(v) for v in items], dtype=object)
    arr = np.empty(len(items), dtype=object)
    arr[:] = items
    return arr


# --------------------------------------------------------------------------------------------
# Settings, analyses and the measure cache


@lru_cache(maxsize=32)
def _settings(lexicons: Optional[Tuple[str, ...]], lang: str,
              backend: str = "rules") -> AnalyzerSettings:
    """The analyzer settings of a transformer's parameters ("Settings" in the module docstring),
    built once per process. Readability is on: the Flesch scores cost little."""
    if lexicons is None:
        return AnalyzerSettings.create(voice=True, readability=True, lang=lang,
                                       attribution_backend=backend)
    names: List[str] = []
    for name in lexicons:
        for one in _DEFAULTS if name == "default" else (name,):
            if one not in names:
                names.append(one)
    return AnalyzerSettings.create(lexicons=names, attribution=None, voice=True,
                                   readability=True, lang=lang, attribution_backend=backend)


class _Measured(NamedTuple):
    """What the transformers read off one analysis: its counts and its Flesch scores."""

    counts: Counts
    flesch_reading_ease: Optional[float]
    flesch_kincaid_grade: Optional[float]


class _MeasureCache:
    """A thread-safe bounded LRU map from (settings, text digest) to measures."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: "OrderedDict[Tuple[Any, bytes], Any]" = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Tuple[Any, bytes]) -> Any:
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: Tuple[Any, bytes], value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._data)


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
    return {"size": len(_CACHE), "maxsize": _CACHE.maxsize, "hits": _CACHE.hits,
            "misses": _CACHE.misses}


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _measures(texts: Sequence[str], settings: AnalyzerSettings) -> List[_Measured]:
    """The measures of each text under ``settings``, memoised per process."""
    out: List[Optional[_Measured]] = []
    todo: Dict[bytes, List[int]] = {}
    for k, d in enumerate(_digest(t) for t in texts):
        hit = _CACHE.get((settings, d))
        out.append(hit)
        if hit is None:
            todo.setdefault(d, []).append(k)
    if todo:
        an = analyzer_for(settings)
        for d, positions in todo.items():
            analysis = an.analyze(texts[positions[0]])
            value = _Measured(analysis.counts, analysis.scores.get("flesch_reading_ease"),
                              analysis.scores.get("flesch_kincaid_grade"))
            _CACHE.put((settings, d), value)
            for k in positions:
                out[k] = value
    return out  # type: ignore[return-value]


def _textstat(texts: Sequence[str], lang: str) -> List[Dict[str, float]]:
    """:func:`framing.readability.readability` of each text, memoised."""
    key = ("textstat", lang)
    out: List[Dict[str, float]] = []
    for t in texts:
        d = _digest(t)
        hit = _CACHE.get((key, d))
        if hit is None:
            hit = readability(t, lang=lang)
            _CACHE.put((key, d), hit)
        out.append(hit)
    return out


def _defined(value: Optional[float], fill: float) -> float:
    """``value``, or ``fill`` where it is undefined (None, NaN, infinite)."""
    return float(value) if value is not None and math.isfinite(value) else float(fill)


# --------------------------------------------------------------------------------------------
# The transformers

class TextMeasures(TransformerMixin, BaseEstimator):
    """Base of the transformers: input validation, settings, fit, transform, names and tags.

    A subclass provides ``_check_params()`` and ``_blocks()``. The tags declare string input,
    tables of text columns and missing cells, so ``parametrize_with_checks`` runs its full
    battery (with ``two_d_array=False``, as for ``TfidfVectorizer``, it would skip every check).

    Attributes
    ----------
    feature_names_out_ : list of str
    lexicon_ids_, lexicon_sha256_ : list of str
        ``name@version`` and file hashes of the lexicons at fit time; a transform that finds
        other versions or changed files warns.
    features_version_ : int
        :data:`FEATURES_VERSION` at fit time.
    n_features_in_ : int
        Number of text columns, set only when fitted on a 2-D table.
    """

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True  # raw texts in, like TfidfVectorizer
        # one_d_array stays False: sklearn's checks read it as "1-D input only" and then feed
        # the first numeric column (X[:, 0]); 1-D input here means texts (``string``)
        tags.input_tags.two_d_array = True  # a table of text columns, joined per row
        tags.input_tags.allow_nan = True  # a missing cell is an empty text
        tags.transformer_tags.preserves_dtype = ["float64"]
        return tags

    def __setstate__(self, state: Dict[str, Any]) -> None:
        state = dict(state)
        state.setdefault("fill_value", 0.0)  # model files written before the parameter
        super().__setstate__(state)

    # -- settings
    def _lexicon_names(self) -> Optional[Tuple[str, ...]]:
        """The ``lexicons`` parameter as a tuple of names and paths (None: the defaults)."""
        lex = getattr(self, "lexicons", None)
        if lex is None:
            return None
        if isinstance(lex, str) or not all(isinstance(x, str) for x in lex):
            raise ValueError(
                f"lexicons must be a sequence of bundled lexicon names or .lex paths, got {lex!r}"
            )
        if not lex:
            raise ValueError("lexicons must name at least one lexicon")
        return tuple(lex)

    def analyzer_settings(self) -> AnalyzerSettings:
        """The settings this transformer analyses texts with ("Settings" in the module docstring).

        Raises
        ------
        framing.errors.LexiconError
            An unknown lexicon name or an unreadable ``.lex`` file.

        Examples
        --------
        >>> str(LexiconFeatures(lexicons=["hedges"]).analyzer_settings().signature())
        'framing:0.1.0|lex:hedges@1.1|tok:rules-1|voice:on|attribution:off'
        """
        # transformers without attribution features, and files written before the parameter
        # (their features came from the rules), analyse with the rules
        return _settings(self._lexicon_names(), getattr(self, "lang", "en_US"),
                         getattr(self, "attribution_backend", "rules"))

    def _fill(self) -> float:
        return float(getattr(self, "fill_value", 0.0))

    # -- parameter checks
    def _check_choice(self, name: str, valid: Sequence[str]) -> None:
        value = getattr(self, name)
        if value not in valid:
            raise ValueError(
                f"{type(self).__name__}: {name}={value!r} is not valid; valid options are "
                f"{sorted(valid)}"
            )

    def _check_fill_value(self) -> None:
        fill = getattr(self, "fill_value", 0.0)
        if isinstance(fill, bool) or not isinstance(fill, numbers.Real) or \
                not math.isfinite(fill):
            raise ValueError(f"{type(self).__name__}: fill_value must be a finite number, got "
                             f"{fill!r}")

    def _check_bool(self, name: str) -> None:
        value = getattr(self, name)
        if not isinstance(value, (bool, np.bool_)):
            raise ValueError(f"{type(self).__name__}: {name} must be True or False, got {value!r}")

    # -- the estimator API
    def _validated_texts(self, X: Any, reset: bool) -> List[str]:
        if isinstance(X, (str, bytes)):
            raise ValueError(_SINGLE_STRING)
        ndim = getattr(X, "ndim", None)
        if ndim is None:
            if hasattr(X, "__array__"):  # array-likes without ndim
                ndim = np.asarray(X).ndim
            else:  # lists, tuples, generators of texts (or of rows)
                X = _to_object_array(X)
                ndim = X.ndim
        if ndim != 1:  # a table of text columns: sklearn keeps and checks n_features_in_
            return as_texts(validate_data(self, X, dtype=None, ensure_min_samples=1,
                                          ensure_min_features=1, reset=reset,
                                          ensure_all_finite=False))
        arr = check_array(X, dtype=None, ensure_2d=False, ensure_min_samples=1, input_name="X",
                          ensure_all_finite=False)
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
        return as_texts(arr)

    def fit(self, X: Any, y: Any = None) -> "TextMeasures":
        """Validate the parameters, load the lexicons and fix the output columns (``y`` ignored)."""
        self._validated_texts(X, reset=True)
        self._check_params()
        lexicon, attribution, readability = self._blocks()
        settings = self.analyzer_settings()  # an unknown lexicon fails here, whatever the blocks
        names: List[str] = []
        if lexicon is not None:
            names += _lexicon_names_out(_feature_bases(settings), *lexicon)
        if attribution is not None:
            names += _attribution_names(attribution)
        if readability is not None:
            names += _readability_names(readability)
        self.feature_names_out_ = names
        uses_lexicons = lexicon is not None or attribution is not None
        self.lexicon_ids_, self.lexicon_sha256_ = self._current_lexicons() if uses_lexicons else ([], [])
        self.features_version_ = FEATURES_VERSION
        return self

    def transform(self, X: Any) -> np.ndarray:
        """The measures of each text: a float64 array (n_samples, n_features)."""
        check_is_fitted(self, "feature_names_out_")
        texts = self._validated_texts(X, reset=False)
        self._check_lexicons_unchanged()
        self._check_definitions_unchanged()
        out = np.zeros((len(texts), len(self.feature_names_out_)), dtype=np.float64)
        index = {n: j for j, n in enumerate(self.feature_names_out_)}
        for i, row in enumerate(self._rows(texts)):
            for name, value in row.items():
                j = index.get(name)
                if j is not None and value:
                    out[i, j] = value
        return out

    def _rows(self, texts: Sequence[str]) -> List[Dict[str, float]]:
        """One ``{feature name: value}`` dict per text."""
        lexicon, attribution, readability = self._blocks()
        settings = self.analyzer_settings()
        bases = _feature_bases(settings) if lexicon is not None else []
        fill = self._fill()
        grades = _textstat(texts, self.lang) if readability else [None] * len(texts)
        rows = []
        for m, t in zip(_measures(texts, settings), grades):
            row: Dict[str, float] = {}
            if lexicon is not None:
                row.update(_lexicon_row(m.counts, bases, *lexicon, fill))
            if attribution is not None:
                row.update(_attribution_row(m.counts, attribution, fill))
            if readability is not None:
                row.update(_readability_row(m, t, fill))
            rows.append(row)
        return rows

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Names of the output columns (object array; see each class for the scheme)."""
        check_is_fitted(self, "feature_names_out_")
        return np.asarray(self.feature_names_out_, dtype=object)

    def _current_lexicons(self) -> Tuple[List[str], List[str]]:
        lexicons = self.analyzer_settings().all_lexicons
        return [lx.id for lx in lexicons], [lx.sha256 for lx in lexicons]

    def _check_lexicons_unchanged(self) -> None:
        if not self.lexicon_ids_:
            return
        ids, hashes = self._current_lexicons()
        fitted_hashes = getattr(self, "lexicon_sha256_", hashes)
        # in any order (files of framing 0.1 list the attribution lexicon where it was given)
        if sorted(zip(ids, hashes)) != sorted(zip(self.lexicon_ids_, fitted_hashes)):
            fitted = dict(zip(self.lexicon_ids_, fitted_hashes))
            changed = ids if sorted(ids) != sorted(self.lexicon_ids_) else [
                f"{i} (file changed)" for i, h in zip(ids, hashes) if fitted.get(i) != h]
            warnings.warn(
                f"{type(self).__name__} was fitted with lexicons {self.lexicon_ids_} but now "
                f"finds {changed}; its features may have changed meaning, refit the model",
                UserWarning,
                stacklevel=3,
            )

    def _check_definitions_unchanged(self) -> None:
        fitted = getattr(self, "features_version_", 1)  # files of framing 0.1 have none
        if fitted != FEATURES_VERSION and self._blocks()[1] is not None:  # an attribution block
            warnings.warn(
                f"{type(self).__name__} was fitted with the feature definitions of version "
                f"{fitted}; since version 2 its attribution features count the attributions "
                "made in the author's voice (as the score measures do), not those of every "
                "voice; refit the model",
                UserWarning,
                stacklevel=3,
            )

    # -- to be provided by the subclasses
    def _check_params(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _blocks(self) -> Tuple[Optional[Tuple[str, bool]], Optional[bool], Optional[bool]]:
        """The options of the blocks: lexicon ``(unit, by_voice)``, attribution (``normalize``)
        and readability (``textstat``); None for a block left out."""
        raise NotImplementedError  # pragma: no cover - abstract


def _feature_bases(settings: AnalyzerSettings) -> List[str]:
    """The span layers of the lexicons in order of first appearance, then their
    ``{layer}_{category}`` pairs in file order (a pair that two lexicons share appears once)."""
    layers: List[str] = []
    pairs: List[Tuple[str, str]] = []
    for lx in settings.lexicons:
        for cat, layer in lx.span_categories():
            if (layer, cat) not in pairs:
                pairs.append((layer, cat))
            if layer not in layers:
                layers.append(layer)
    return layers + [f"{layer}_{cat}" for layer, cat in pairs]


class LexiconFeatures(TextMeasures):
    """Lexicon category rates, overall and split by voice.

    For every span category of the lexicons (``loaded/pejorative``, ...) and every layer, the
    weighted matches per 1,000 words (``unit="per_1k"``), their weighted count (``"count"``) or
    presence (``"binary"``); with ``by_voice`` also split into the author's and quoted words,
    each rate over the words of its voice. Matches count as in :class:`~framing.analysis.Counts`,
    so ``{layer}_per_1k`` and ``{layer}_{voice}_per_1k`` are the score measures of those names;
    a category feature sums the lexicons with that category on that layer (the score measures
    are per lexicon). Names: ``{layer}_{unit}``, ``{layer}_{category}_{unit}`` and with
    ``by_voice`` ``{layer}_{voice}_{unit}``, ``{layer}_{category}_{voice}_{unit}``.

    Parameters
    ----------
    lexicons : sequence of str, optional
        Bundled lexicon names or ``.lex`` paths ("Settings" in the module docstring); layers
        ``cue`` and ``source`` feed the attribution extractor and give no span features.
    by_voice : bool, default True
    unit : {"per_1k", "count", "binary"}, default "per_1k"
    fill_value : float, default 0.0
        Value of an undefined rate (a voice without words).

    Examples
    --------
    >>> lf = LexiconFeatures(unit="count").fit(["x"])
    >>> X = lf.transform(['The regime\\'s brutal crackdown, "a disgrace", she said.'])
    >>> row = dict(zip(lf.get_feature_names_out(), X[0].tolist()))
    >>> row["loaded_count"], row["loaded_author_count"], row["loaded_quoted_count"]
    (3.0, 2.0, 1.0)
    """

    def __init__(self, lexicons: Optional[Sequence[str]] = None, by_voice: bool = True,
                 unit: str = "per_1k", fill_value: float = 0.0):
        self.lexicons = lexicons
        self.by_voice = by_voice
        self.unit = unit
        self.fill_value = fill_value

    def _check_params(self) -> None:
        self._check_choice("unit", _UNITS)
        self._check_bool("by_voice")
        self._check_fill_value()

    def _blocks(self) -> Tuple[Any, Any, Any]:
        return (self.unit, self.by_voice), None, None


def _lexicon_names_out(bases: List[str], unit: str, by_voice: bool) -> List[str]:
    names: List[str] = []
    for base in bases:
        names.append(f"{base}_{unit}")
        if by_voice:
            names += [f"{base}_{v}_{unit}" for v in _VOICES]
    return names


def _lexicon_row(c: Counts, bases: List[str], unit: str, by_voice: bool,
                 fill: float) -> Dict[str, float]:
    """The lexicon features of one document's counts."""
    hits: Dict[Tuple[str, str], float] = {}  # (feature base, voice) -> weighted count
    for (layer, voice), w in c.layer_hits.items():
        hits[(layer, voice)] = hits.get((layer, voice), 0.0) + w
    for (_, layer, cat, voice), w in c.category_hits.items():  # summed over the lexicons
        key = (f"{layer}_{cat}", voice)
        hits[key] = hits.get(key, 0.0) + w
    words = {AUTHOR: c.words - c.words_quoted, QUOTED: c.words_quoted}

    def value(count: float, denominator: int) -> float:
        if unit == "count":
            return float(count)
        if unit == "binary":
            return 1.0 if count > 0 else 0.0
        return _defined(rate(count, denominator), fill)

    row: Dict[str, float] = {}
    for base in bases:
        author, quoted = hits.get((base, AUTHOR), 0.0), hits.get((base, QUOTED), 0.0)
        row[f"{base}_{unit}"] = value(author + quoted, c.words)
        if by_voice:
            row[f"{base}_{AUTHOR}_{unit}"] = value(author, words[AUTHOR])
            row[f"{base}_{QUOTED}_{unit}"] = value(quoted, words[QUOTED])
    return row


class AttributionFeatures(TextMeasures):
    """Source-attribution structure of a text.

    The features count the attributions made in the author's voice (cue outside a quotation),
    as the score measures do; one made inside a quotation counts in ``attributions_quoted``
    only.

    With ``normalize=False`` (counts): ``attributions`` and ``attributions_quoted``;
    ``source_{type}`` (:data:`SOURCE_FEATURES`), ``cue_{stance}`` (:data:`CUE_FEATURES`),
    ``quote_{type}`` (:data:`QUOTE_FEATURES`); ``quotes`` (quotation spans) and
    ``quoted_token_share`` (share of the words inside quotations).

    With ``normalize=True`` (rates and shares): ``attributions_per_1k`` (per 1,000 words of
    the author's voice), ``attributions_quoted_share`` (share of all attributions made inside
    quotations), ``{type}_source_share`` for the source types with a source (over the
    attributions that have one) and ``no_source_share`` (over all), ``{stance}_cue_share`` and
    ``{type}_quote_share`` (over the attributions), ``quotes_per_sentence`` and
    ``quoted_token_share``. Undefined values (no attributions, no words) are ``fill_value``.

    Parameters
    ----------
    lexicons : sequence of str, optional
    normalize : bool, default False
    fill_value : float, default 0.0
    attribution_backend : {"model", "rules"}, default "model"
        How attributions are found, as ``--attribution`` of ``framing score`` (the bundled
        tagger by default; the rules are faster and explain every decision).

    Examples
    --------
    >>> af = AttributionFeatures().fit(["x"])
    >>> row = dict(zip(af.get_feature_names_out(),
    ...                af.transform(["Critics claimed the plan would fail."])[0].tolist()))
    >>> row["attributions"], row["source_vague"], row["cue_distancing"]
    (1.0, 1.0, 1.0)
    """

    def __init__(self, lexicons: Optional[Sequence[str]] = None, normalize: bool = False,
                 fill_value: float = 0.0, attribution_backend: str = "model"):
        self.lexicons = lexicons
        self.normalize = normalize
        self.fill_value = fill_value
        self.attribution_backend = attribution_backend

    def _check_params(self) -> None:
        self._check_bool("normalize")
        self._check_fill_value()
        self._check_choice("attribution_backend", ATTRIBUTION_BACKENDS)

    def _blocks(self) -> Tuple[Any, Any, Any]:
        return None, self.normalize, None


#: Source types with a share of the attributions that have a source (``normalize=True``).
_SOURCED = tuple(t for t in SOURCE_FEATURES if t != NONE_SOURCE)


def _attribution_names(normalize: bool) -> List[str]:
    if normalize:
        return (["attributions_per_1k", "attributions_quoted_share"]
                + [f"{s}_source_share" for s in _SOURCED] + ["no_source_share"]
                + [f"{c}_cue_share" for c in CUE_FEATURES]
                + [f"{q}_quote_share" for q in QUOTE_FEATURES]
                + ["quotes_per_sentence", "quoted_token_share"])
    return (["attributions", "attributions_quoted"] + [f"source_{s}" for s in SOURCE_FEATURES]
            + [f"cue_{c}" for c in CUE_FEATURES] + [f"quote_{q}" for q in QUOTE_FEATURES]
            + ["quotes", "quoted_token_share"])


def _attribution_row(c: Counts, normalize: bool, fill: float) -> Dict[str, float]:
    """The attribution features of one document's counts."""
    by_source: Counter = Counter()
    by_stance: Counter = Counter()
    by_quote: Counter = Counter()
    n_all = 0
    for (voice, source, stance, quote), k in c.attributions.items():
        n_all += k
        if voice != AUTHOR:
            continue
        by_source[source] += k
        by_stance[stance] += k
        by_quote[quote] += k
    n_own = sum(by_stance.values())
    if normalize:
        n_sourced = n_own - by_source[NONE_SOURCE]
        row = {"attributions_per_1k": rate(n_own, c.words - c.words_quoted),
               "attributions_quoted_share": share(n_all - n_own, n_all),
               **{f"{s}_source_share": share(by_source[s], n_sourced) for s in _SOURCED},
               "no_source_share": share(by_source[NONE_SOURCE], n_own),
               **{f"{st}_cue_share": share(by_stance[st], n_own) for st in CUE_FEATURES},
               **{f"{q}_quote_share": share(by_quote[q], n_own) for q in QUOTE_FEATURES},
               "quotes_per_sentence": c.quotes / c.sentences if c.sentences else None}
    else:
        row = {"attributions": n_own, "attributions_quoted": n_all - n_own,
               **{f"source_{s}": by_source[s] for s in SOURCE_FEATURES},
               **{f"cue_{st}": by_stance[st] for st in CUE_FEATURES},
               **{f"quote_{q}": by_quote[q] for q in QUOTE_FEATURES},
               "quotes": c.quotes}
    row["quoted_token_share"] = share(c.words_quoted, c.words)
    return {name: _defined(value, fill) for name, value in row.items()}


class ReadabilityFeatures(TextMeasures):
    """Readability and length: Flesch scores, sentence length and, optionally, textstat's grades.

    Features: ``flesch_reading_ease`` and ``flesch_kincaid_grade`` (the score measures,
    :func:`framing.readability.flesch_from_counts`), ``words_per_sentence``, ``n_words`` and
    ``n_sentences`` (``n_tokens`` and ``n_sentences`` of ``framing score``); with ``textstat``
    also ``gunning_fog``, ``smog_index`` and ``syllables_per_word`` of
    :func:`framing.readability.readability`. An undefined metric (empty text; grades of a
    language other than English) is ``fill_value``. The analysis has the default lexicons, so
    it is shared with a :class:`FramingFeatures` of the same ``lang``.

    Parameters
    ----------
    lang : str, default "en_US"
        Language for syllable counting (a pyphen code).
    textstat : bool, default False
    fill_value : float, default 0.0

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

    def _check_params(self) -> None:
        self._check_bool("textstat")
        check_lang(self.lang)
        self._check_fill_value()

    def _blocks(self) -> Tuple[Any, Any, Any]:
        return None, None, self.textstat


#: Further readability features from textstat (``ReadabilityFeatures(textstat=True)``).
_TEXTSTAT = ("gunning_fog", "smog_index", "syllables_per_word")


def _readability_names(textstat: bool) -> List[str]:
    return ["flesch_reading_ease", "flesch_kincaid_grade", "words_per_sentence", "n_words",
            "n_sentences"] + (list(_TEXTSTAT) if textstat else [])


def _readability_row(m: _Measured, t: Optional[Dict[str, float]], fill: float) -> Dict[str, float]:
    c = m.counts
    row = {"flesch_reading_ease": _defined(m.flesch_reading_ease, fill),
           "flesch_kincaid_grade": _defined(m.flesch_kincaid_grade, fill),
           # a ratio of counts, not a measure of framing score (no rounding)
           "words_per_sentence": c.words / c.sentences if c.sentences else float(fill),
           "n_words": float(c.words),
           "n_sentences": float(c.sentences)}
    if t is not None:
        row.update({k: _defined(t.get(k), fill) for k in _TEXTSTAT})
    return row


class FramingFeatures(TextMeasures):
    """Lexicon, attribution and (optionally) readability features from one analysis per text.

    The columns, names and definitions of :class:`LexiconFeatures`, :class:`AttributionFeatures`
    and :class:`ReadabilityFeatures`, in that order, for the blocks switched on.

    Parameters
    ----------
    lexicons : sequence of str, optional
    by_voice : bool, default True
    unit : {"per_1k", "count", "binary"}, default "per_1k"
        Unit of the lexicon features.
    lexicon, attribution : bool, default True
        Include these blocks.
    readability : bool, default False
        Include the readability block (without textstat's grades).
    normalize_attribution : bool, default False
    lang : str, default "en_US"
    fill_value : float, default 0.0
    attribution_backend : {"model", "rules"}, default "model"
        How attributions are found (see :class:`AttributionFeatures`).

    Examples
    --------
    >>> ff = FramingFeatures(unit="count", attribution=False).fit(["x"])
    >>> [n for n in ff.get_feature_names_out() if n.startswith("hedge_modal")]
    ['hedge_modal_count', 'hedge_modal_author_count', 'hedge_modal_quoted_count']
    """

    def __init__(self, lexicons: Optional[Sequence[str]] = None, by_voice: bool = True,
                 unit: str = "per_1k", lexicon: bool = True, attribution: bool = True,
                 readability: bool = False, normalize_attribution: bool = False,
                 lang: str = "en_US", fill_value: float = 0.0,
                 attribution_backend: str = "model"):
        self.lexicons = lexicons
        self.by_voice = by_voice
        self.unit = unit
        self.lexicon = lexicon
        self.attribution = attribution
        self.readability = readability
        self.normalize_attribution = normalize_attribution
        self.lang = lang
        self.fill_value = fill_value
        self.attribution_backend = attribution_backend

    def _check_params(self) -> None:
        for name in ("by_voice", "lexicon", "attribution", "readability", "normalize_attribution"):
            self._check_bool(name)
        self._check_choice("unit", _UNITS)
        self._check_fill_value()
        self._check_choice("attribution_backend", ATTRIBUTION_BACKENDS)
        if not (self.lexicon or self.attribution or self.readability):
            raise ValueError(
                "FramingFeatures: every block is switched off; set at least one of lexicon, "
                "attribution, readability to True"
            )
        check_lang(self.lang)

    def _blocks(self) -> Tuple[Any, Any, Any]:
        return ((self.unit, self.by_voice) if self.lexicon else None,
                self.normalize_attribution if self.attribution else None,
                False if self.readability else None)  # no textstat grades
