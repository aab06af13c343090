"""Voice: find quotation spans, so that quoted words are kept apart from the outlet's own.

Rules (news style, AP and Chicago conventions):

* curly double quotes pair by depth, so nested “ ” inside a quotation stay inside it; German
  „…“ (a raised opener closed by “) and French « … » pair too;
* a straight ``"`` opens when it follows a space, a line start, a bracket or a dash, or when
  no quotation is open; otherwise it closes;
* a quotation left open at the end of a paragraph continues when the next paragraph starts
  with an opening quote mark (the convention for quotes running over several paragraphs);
  otherwise it ends with its paragraph, so one stray mark never swallows the article;
* single quotes (‘…’, '…' or German ‚…‘) mark a quotation only when they open before a word
  and close after one, so apostrophes (don't, Pakistan’s, Afghans') are not quotes; marks
  inside a double quotation are skipped, and a single quotation may hold a double one
  (British ‘He said “no” today’), which it then covers.

Examples
--------
>>> text = 'He said “it is over” and left.'
>>> [(q.start, q.end, q.text) for q in find_quotes(text)]
[(8, 20, '“it is over”')]
>>> v = VoiceMap(text, find_quotes(text))
>>> v.voice(9, 11), v.voice(0, 2)
('quoted', 'author')
"""
from __future__ import annotations

import bisect
import re
from typing import List, Optional, Sequence, Tuple

from .analysis import Quote

__all__ = ["find_quotes", "VoiceMap", "AUTHOR", "QUOTED", "QUOTE_TYPES"]

AUTHOR = "author"
QUOTED = "quoted"
#: How the content of an attribution is quoted (:meth:`VoiceMap.quote_type`), in column order.
QUOTE_TYPES = ("direct", "indirect", "mixed")

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
#: Double quotation marks, including the ASCII conventions ``…'' and ''…'' (two characters)
_MARK_RE = re.compile(r"''|``|[\"“”„«»]")
_OPENERS = ("“", "„", "«", "``")
_CLOSERS = ("”", "»")
_STRAIGHT = ('"', "''")
_SINGLE_RE = re.compile(r"['‘’‚]")
_BEFORE_OPEN = set(" \t\n\r([{—–-/") | set(_OPEN_DOUBLE)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _straight_is_open(text: str, i: int, inside: bool, j: int = -1) -> bool:
    """Is the straight mark ``text[i:j]`` an opening one? Decided by its neighbours."""
    j = i + 1 if j < 0 else j
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[j] if j < len(text) else "\n"
    if prev in _BEFORE_OPEN and not nxt.isspace():
        return True
    if (nxt.isspace() or nxt in ".,;:!?)]}—–-") and not prev.isspace():
        return False
    return not inside


def _double_quotes(text: str, unclosed: Optional[List[int]] = None) -> List[Tuple[int, int]]:
    """Spans ``(start, end)`` of double-quoted passages, marks included; the starts of those
    never closed (ended with their paragraph) are appended to ``unclosed``."""
    spans: List[Tuple[int, int]] = []
    unclosed = unclosed if unclosed is not None else []
    open_at = -1  # start of the open quotation, -1 when none
    open_straight = False  # was it opened by a straight mark?
    depth = 0
    low_opener: List[str] = []  # the curly opening marks of the open levels, innermost last
    prev_para_end = 0
    for pm in re.finditer(r"[^\n]+", text):
        p_start, p_end = pm.start(), pm.end()
        first = p_start
        while first < p_end and text[first].isspace():
            first += 1
        if first == p_end:
            continue
        skip = -1
        if depth > 0:
            if text.startswith(_OPENERS + _STRAIGHT, first):
                skip = first  # continuation mark: the quotation runs on into this paragraph
            else:  # unterminated quotation: it ends with its paragraph
                spans.append((open_at, _trim_end(text, open_at, prev_para_end)))
                unclosed.append(open_at)
                open_at, depth = -1, 0
        for m in _MARK_RE.finditer(text, p_start, p_end):
            i, j, mark = m.start(), m.end(), m.group()
            if i == skip:
                continue
            if mark == "“" and depth > 0 and low_opener[-1:] == ["„"]:
                mark = "”"  # German „…“: the raised opener's closing mark is “
            if mark in _OPENERS:
                if depth == 0:
                    open_at, open_straight = i, False
                    low_opener.clear()
                depth += 1
                low_opener.append(mark)
            elif mark in _CLOSERS:
                if low_opener:
                    low_opener.pop()
                if depth > 0:
                    depth -= 1
                    if depth == 0:
                        spans.append((open_at, j))
                        open_at = -1
            elif depth == 0:
                if _straight_is_open(text, i, False, j):
                    open_at, open_straight, depth = i, True, 1
            elif not open_straight and _straight_is_open(text, i, True, j):
                depth += 1  # a straight quote nested in a curly one
            else:
                depth -= 1
                if depth == 0:
                    spans.append((open_at, j))
                    open_at = -1
        prev_para_end = p_end
    if depth > 0:
        spans.append((open_at, _trim_end(text, open_at, prev_para_end)))
        unclosed.append(open_at)
    return spans


def _single_quotes(text: str, lo: int, hi: int,
                   skip: Sequence[Tuple[int, int]] = ()) -> List[Tuple[int, int]]:
    """Single-quoted passages in ``text[lo:hi]``; marks inside the ``skip`` spans (the double
    quotations, sorted) are not read."""
    spans = []
    open_at = -1
    starts = [a for a, _ in skip]
    for m in _SINGLE_RE.finditer(text, lo, hi):
        i = m.start()
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and i < skip[k][1]:
            continue
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        low = open_at >= 0 and text[open_at] == "‚"  # German ‚…‘ closes with ‘
        opener = (not prev.isalnum()) and nxt.isalnum() and text[i] in "'‘‚"
        closer = ((prev.isalnum() or prev in ".,!?") and not nxt.isalnum()
                  and text[i] in ("'’‘" if low else "'’"))
        if open_at < 0:
            if opener:
                open_at = i
        elif closer:
            if prev == "s" and text[i] == "’" and nxt == " " and i - open_at < 3:
                continue
            if "\n" not in text[open_at:i]:
                spans.append((open_at, i + 1))
            open_at = -1
        elif opener and "\n" in text[open_at:i]:
            open_at = i
    return spans


def find_quotes(text: str) -> List[Quote]:
    """All quotation spans of ``text``, in order, marks included.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of Quote
        Non-overlapping; ``text[q.start:q.end] == q.text``.
    """
    unclosed: List[int] = []
    doubles = _double_quotes(text, unclosed)
    open_starts = set(unclosed)
    spans = list(doubles) + _single_quotes(text, 0, len(text), doubles)
    spans.sort(key=lambda sp: (sp[0], -sp[1]))  # an outer quotation before those it holds
    out: List[Quote] = []
    last_end = -1
    for s, e in spans:
        if s >= last_end and e > s:
            out.append(Quote(s, e, text[s:e], s not in open_starts))
            last_end = e
    return out


class VoiceMap:
    """Answers "is this character span inside a quotation?" in O(log n)."""

    def __init__(self, text: str, quotes: Sequence[Quote]):
        self.text = text
        self.quotes = list(quotes)
        self._starts = [q.start for q in self.quotes]
        self._ends = [q.end for q in self.quotes]  # quotations are disjoint: also sorted

    def overlapping(self, start: int, end: int) -> List[Quote]:
        """Quotations that overlap ``[start, end)``, in order (O(log n + k))."""
        i = bisect.bisect_right(self._ends, start)
        j = bisect.bisect_left(self._starts, end)
        return self.quotes[i:j]

    def last_within(self, start: int, end: int):
        """The last quotation lying wholly inside ``[start, end]``, or ``None``."""
        j = bisect.bisect_right(self._ends, end) - 1
        if j >= 0 and self.quotes[j].start >= start:
            return self.quotes[j]
        return None

    def quote_at(self, start: int, end: int):
        """The quotation containing ``[start, end)``, or ``None``."""
        k = bisect.bisect_right(self._starts, start) - 1
        if k >= 0:
            q = self.quotes[k]
            if q.start <= start and end <= q.end:
                return q
        return None

    def voice(self, start: int, end: int) -> str:
        """``'quoted'`` when the span lies inside a quotation, else ``'author'``."""
        return QUOTED if self.quote_at(start, end) is not None else AUTHOR

    def quote_type(self, start: int, end: int) -> str:
        """How the content ``text[start:end]`` of an attribution is quoted.

        ``direct`` when quotations cover at least 90% of it, ``mixed`` when they cover part
        of it, ``indirect`` when none overlaps it. A leading complementiser ("that ...") is
        not paraphrase and is left out of the comparison.

        Examples
        --------
        >>> text = 'She said that the plan was “a disgrace”.'
        >>> v = VoiceMap(text, find_quotes(text))
        >>> v.quote_type(9, 39), v.quote_type(26, 39), v.quote_type(0, 8)
        ('mixed', 'direct', 'indirect')
        """
        if self.text.startswith("that ", start):
            start += 5
        inner = self.overlapping(start, end)
        if not inner:
            return "indirect"
        covered = sum(min(q.end, end) - max(q.start, start) for q in inner)
        return "direct" if covered >= (end - start) * 0.9 else "mixed"
