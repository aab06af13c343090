"""Is a document written in the language of the analysis? Offline, and cheap for English.

framing's lexicons and readability formulas are English by default; a German or Spanish article
would get near-zero rates and English Flesch scores that look like findings. So each document of
an English analysis (``lang`` ``en_*``) is checked:

1. a gate that costs one regex pass: the share of English function words ("the", "of", "and",
   ...) among the first 3,000 characters' words. English news text has 13-50% of them (PolNeAR
   articles: at least 13.6%, median 35%); documents of fewer than :data:`MIN_WORDS` words are
   not checked (too short to tell);
2. only below :data:`GATE_SHARE`, the language is identified with py3langid (a maintained fork
   of langid.py, Lui & Baldwin 2012, whose model ships in its wheel as a numpy archive: no
   download, no pickle), on the same characters. A document is foreign when py3langid names
   another language with normalised probability of at least :data:`MIN_PROBABILITY`.

A foreign document keeps its counts, but all its measures are missing (never zeros), its spans
and attributions are dropped, and its record names the language (``"language": "de"``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

__all__ = ["foreign_language", "MIN_WORDS", "GATE_SHARE", "MIN_PROBABILITY"]

#: Documents with fewer words are not checked.
MIN_WORDS = 30
#: Below this share of English function words, the language is identified.
GATE_SHARE = 0.2
#: py3langid's normalised probability needed to call a document foreign.
MIN_PROBABILITY = 0.9
#: Characters read from the start of a document.
_PREFIX = 3000
_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for it on was with as be by at this are from his her he she "
    "they we you not have has had but or an will said i its their our been were would who "
    "which".split())


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once per process (~1 s),
    and only when a document fails the gate."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def foreign_language(text: str, lang: str = "en_US") -> Optional[str]:
    """The ISO 639-1 code of the language ``text`` is written in when it is not that of
    ``lang`` (only English analyses are checked), else None.

    Examples
    --------
    >>> foreign_language("Critics said the plan would fail.")  # too short to tell: None
    >>> de = ("Die Regierung hat am Montag in Berlin neue Pläne vorgestellt. Die Opposition "
    ...       "kritisierte die Vorschläge scharf und sprach von einem Wahlkampfmanöver, das den "
    ...       "Bürgern nichts bringe. Der Minister verteidigte die Pläne vor Journalisten und "
    ...       "kündigte weitere Gespräche mit den Ländern an.")
    >>> foreign_language(de)
    'de'
    >>> foreign_language(de, "de_DE") is None  # only English analyses are checked
    True
    """
    if not lang.lower().startswith("en"):
        return None
    words = _WORD.findall(text[:_PREFIX].lower())
    if len(words) < MIN_WORDS:
        return None
    if sum(w in _FUNCTION_WORDS for w in words) / len(words) >= GATE_SHARE:
        return None
    code, prob = _identifier().classify(text[:_PREFIX])
    return code if code != "en" and prob >= MIN_PROBABILITY else None
