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
from typing import Any, Dict, List, Optional, Sequence, Tuple

__all__ = ["NEAR_EMPTY_WORDS", "EXAMPLES", "MAX_FIRST_IDS", "DuplicateFinder", "Examples", "duplicates_message",
           "near_empty_message", "foreign_message", "unclosed_message"]

#: Documents with fewer words are near-empty.
NEAR_EMPTY_WORDS = 10
#: Example ids given per message.
EXAMPLES = 5
#: Documents whose id :class:`DuplicateFinder` keeps (to name the first copy of a repeat).
MAX_FIRST_IDS = 100_000


class DuplicateFinder:
    """Remembers an 8-byte digest of every text seen (about 60 bytes a document) and the id of
    the first :data:`MAX_FIRST_IDS` documents; :meth:`add` tells whether a text repeats an
    earlier one. :attr:`count` counts the repeats, :attr:`pairs` holds the first
    :data:`EXAMPLES` as ``(id, id of the first copy)`` ("an earlier document" when that id was
    not kept)."""

    def __init__(self, keep_all: bool = False) -> None:
        self.first: Dict[int, str] = {}
        self.seen: set = set()
        self.count = 0
        self.pairs: List[Tuple[str, str]] = []
        self.keep_all = keep_all

    def add(self, doc_id: str, text: str) -> bool:
        """Whether the text repeats an earlier one (remembering it if not)."""
        digest = int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"),
                                                digest_size=8).digest(), "little")
        if digest not in self.seen:
            self.seen.add(digest)
            if len(self.first) < MAX_FIRST_IDS:
                self.first[digest] = doc_id
            return False
        self.count += 1
        if self.keep_all or len(self.pairs) < EXAMPLES:
            self.pairs.append((doc_id, self.first.get(digest, "an earlier document")))
        return True


class Examples:
    """A count and the first :data:`EXAMPLES` items (memory stays flat on any corpus)."""

    def __init__(self) -> None:
        self.count = 0
        self.items: List[Any] = []
        self.by: Counter = Counter()  # e.g. per language

    def add(self, item: Any, kind: Optional[str] = None) -> None:
        self.count += 1
        if kind is not None:
            self.by[kind] += 1
        if len(self.items) < EXAMPLES:
            self.items.append(item)


def _s(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def duplicates_message(pairs: Sequence[Tuple[str, str]], action: str,
                       n: Optional[int] = None) -> str:
    """``"N documents repeat the exact text of an earlier one (e.g. b = a); {action}"``."""
    n = len(pairs) if n is None else n
    ex = ", ".join(f"{d} = {f}" for d, f in pairs[:EXAMPLES])
    return (f"{n} {_s(n, 'document repeats', 'documents repeat')} the exact text of an earlier "
            f"one (e.g. {ex}); {action}")


def near_empty_message(ids: Sequence[str], min_words: int = NEAR_EMPTY_WORDS,
                       n: Optional[int] = None) -> str:
    n = len(ids) if n is None else n
    return (f"{n} {_s(n, 'document has', 'documents have')} fewer than {min_words} words (e.g. "
            f"{', '.join(ids[:EXAMPLES])}); their rates and shares rest on few words or are missing")


def foreign_message(found: Sequence[Tuple[str, str]], consequence: str,
                    by_language: Optional[Dict[str, int]] = None) -> str:
    """``found``: (id, language code) of documents not in English (or the first of them, with
    the counts per language in ``by_language``)."""
    counts = dict(by_language) if by_language is not None else Counter(lang for _, lang in found)
    n = sum(counts.values())
    langs = ", ".join(f"{lang} {k}" for lang, k in sorted(counts.items()))
    ex = ", ".join(f"{d} ({lang})" for d, lang in found[:EXAMPLES])
    return (f"{n} {_s(n, 'document is', 'documents are')} not in English ({langs}; e.g. {ex}); "
            f"{_s(n, 'its', 'their')} measures are {consequence}")


def unclosed_message(ids: Sequence[str], n: Optional[int] = None) -> str:
    n = len(ids) if n is None else n
    return (f"{n} {_s(n, 'document has', 'documents have')} a quotation mark that is never closed "
            f"(e.g. {', '.join(ids[:EXAMPLES])}); each such quotation ends with its paragraph")
