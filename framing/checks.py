"""Data checks shared by ``framing score``, ``analyze`` and ``compare``: what each problem is
called, in one sentence (the CLI prints it as ``framing: warning: ...``; ``compare`` also lists
it in the report's "Data checks" section).

* exact duplicate texts (:class:`DuplicateFinder`);
* near-empty documents: fewer than :data:`NEAR_EMPTY_WORDS` words;
* documents not in the analysis' language (:func:`framing.language.foreign_language`);
* quotation marks never closed (:func:`framing.voice.find_quotes` ends such a quotation with its
  paragraph).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Dict, List, Optional, Sequence, Tuple

__all__ = ["NEAR_EMPTY_WORDS", "EXAMPLES", "DuplicateFinder", "duplicates_message",
           "near_empty_message", "foreign_message", "unclosed_message"]

#: Documents with fewer words are near-empty.
NEAR_EMPTY_WORDS = 10
#: Example ids given per message.
EXAMPLES = 5


class DuplicateFinder:
    """Remembers a 16-byte digest of every text seen; :meth:`add` tells whether a text repeats
    an earlier one, and :attr:`pairs` lists ``(id, id of the first copy)``."""

    def __init__(self) -> None:
        self.first: Dict[bytes, str] = {}
        self.pairs: List[Tuple[str, str]] = []

    def add(self, doc_id: str, text: str) -> Optional[str]:
        """The id of the earlier document with this exact text, or None (and remember it)."""
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        first = self.first.get(digest)
        if first is None:
            self.first[digest] = doc_id
            return None
        self.pairs.append((doc_id, first))
        return first


def _s(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def duplicates_message(pairs: Sequence[Tuple[str, str]], action: str) -> str:
    """``"N documents repeat the exact text of an earlier one (e.g. b = a); {action}"``."""
    n = len(pairs)
    ex = ", ".join(f"{d} = {f}" for d, f in pairs[:EXAMPLES])
    return (f"{n} {_s(n, 'document repeats', 'documents repeat')} the exact text of an earlier "
            f"one (e.g. {ex}); {action}")


def near_empty_message(ids: Sequence[str], min_words: int = NEAR_EMPTY_WORDS) -> str:
    n = len(ids)
    return (f"{n} {_s(n, 'document has', 'documents have')} fewer than {min_words} words (e.g. "
            f"{', '.join(ids[:EXAMPLES])}); their rates and shares rest on few words or are missing")


def foreign_message(found: Sequence[Tuple[str, str]], consequence: str) -> str:
    """``found``: (id, language code) of documents not in English."""
    n = len(found)
    langs = ", ".join(f"{lang} {k}" for lang, k in sorted(Counter(lang for _, lang in found).items()))
    ex = ", ".join(f"{d} ({lang})" for d, lang in found[:EXAMPLES])
    return (f"{n} {_s(n, 'document is', 'documents are')} not in English ({langs}; e.g. {ex}); "
            f"{_s(n, 'its', 'their')} measures are {consequence}")


def unclosed_message(ids: Sequence[str]) -> str:
    n = len(ids)
    return (f"{n} {_s(n, 'document has', 'documents have')} a quotation mark that is never closed "
            f"(e.g. {', '.join(ids[:EXAMPLES])}); each such quotation ends with its paragraph")
