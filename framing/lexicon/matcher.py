"""Lexicon matching: the compiled matcher of lexicon entries over a document's text and tokens.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple

from ..text import Doc, Token

if TYPE_CHECKING:  # pragma: no cover
    from .format import Entry

__all__ = ["Match", "Matcher", "TextMatcher", "boundary_text", "line_breaks", "spaced_words"]

#: Negators checked by ``neg=drop``: a closed grammatical class, not lexicon content.
NEGATORS_BEFORE = frozenset({"not", "n't", "never", "no", "hardly", "barely"})
NEGATORS_AFTER = frozenset({"not", "n't"})
_NUMBER_RE = re.compile(r"^\d[\d.,:/]*$")
#: Number words accepted by ``next=number`` besides digits.
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "billion billions trillion dozen dozens half third quarter".split()
)


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Match:
    """A match of ``entry`` over tokens ``start`` (inclusive) to ``end`` (exclusive)."""

    entry: Entry
    start: int
    end: int


def _is_number(tok: Token) -> bool:
    return bool(_NUMBER_RE.match(tok.text)) or tok.lower in _NUMBER_WORDS


def _is_negator(tok: Token) -> bool:
    return tok.lower in NEGATORS_BEFORE or tok.lower.endswith("n't")


class Matcher:
    """Token-level matcher compiled from lexicon entries.

    Single- and multi-word forms are indexed by their first token (a dict lookup per token);
    wildcard stems by prefix. Within one matcher, matches do not overlap: at each position
    the longest form wins, scanning left to right.
    """

    def __init__(self, entries: Sequence[Entry]):
        # first token -> list of (form tokens, entry), longest first
        self._ci: Dict[str, List[Tuple[Tuple[str, ...], Entry]]] = {}
        self._cs: Dict[str, List[Tuple[Tuple[str, ...], Entry]]] = {}
        self._prefix: Dict[str, List[Tuple[Tuple[str, ...], Entry]]] = {}
        self._prefix_lens: List[int] = []
        max_len = 1
        for e in entries:
            for form in e.forms:
                max_len = max(max_len, len(form))
                if e.wildcard and len(form) == 1:
                    stem = form[0][:-1]
                    self._prefix.setdefault(stem, []).append((form, e))
                    continue
                table = self._cs if e.case_exact else self._ci
                table.setdefault(form[0], []).append((form, e))
        for table in (self._ci, self._cs, self._prefix):
            for k in table:
                table[k].sort(key=lambda fe: -len(fe[0]))
        self._prefix_lens = sorted({len(k) for k in self._prefix}, reverse=True)
        self.max_len = max_len

    def _form_matches(self, form: Tuple[str, ...], entry: Entry, toks: Sequence[Token], i: int,
                      stop: int) -> bool:
        n = len(form)
        if i + n > stop:
            return False
        for k in range(1, n):
            tok = toks[i + k]
            pat = form[k]
            surface = tok.text if entry.case_exact else tok.lower
            if k == n - 1 and entry.wildcard:
                if not surface.startswith(pat[:-1]):
                    return False
            elif surface != pat:
                return False
        return True

    def _context_ok(self, entry: Entry, toks: Sequence[Token], i: int, j: int, lo: int,
                    hi: int) -> bool:
        if entry.next_number:
            if j >= hi:
                return False
            nxt = toks[j]
            # "about 40", "some forty", "about a dozen"
            if not _is_number(nxt) and not (
                nxt.lower in ("a", "an") and j + 1 < hi and toks[j + 1].lower in _NUMBER_WORDS
            ):
                return False
        if entry.neg_drop:
            if i - 1 >= lo and _is_negator(toks[i - 1]):
                return False
            if j < hi and toks[j].lower in NEGATORS_AFTER:
                return False
        return True

    def match_at(self, toks: Sequence[Token], i: int, lo: int, hi: int) -> Optional[Match]:
        """The longest valid match starting at token ``i`` within ``[lo, hi)``, if any."""
        tok = toks[i]
        best: Optional[Match] = None
        cands: List[Tuple[Tuple[str, ...], Entry]] = []
        c = self._ci.get(tok.lower)
        if c:
            cands.extend(c)
        c = self._cs.get(tok.text)
        if c:
            cands.extend(c)
        if self._prefix:
            low = tok.lower
            for n in self._prefix_lens:
                if len(low) >= n:
                    c = self._prefix.get(low[:n])
                    if c:
                        cands.extend(c)
        for form, entry in cands:
            n = len(form)
            if n == 1:
                j = i + 1
            else:
                if i + n > hi:
                    continue
                nxt = toks[i + 1]
                second = nxt.text if entry.case_exact else nxt.lower
                if n == 2 and entry.wildcard:
                    if not second.startswith(form[1][:-1]):
                        continue
                elif second != form[1]:
                    continue
                if n > 2 and not self._form_matches(form, entry, toks, i, hi):
                    continue
                j = i + n
            if best is not None and j - i <= best.end - best.start:
                continue
            if self._context_ok(entry, toks, i, j, lo, hi):
                best = Match(entry, i, j)
        return best

    def find_in(self, toks: Sequence[Token], lo: int, hi: int) -> List[Match]:
        """Non-overlapping matches in tokens ``[lo, hi)``, left to right."""
        out: List[Match] = []
        i = lo
        ci, cs, prefix, plens = self._ci, self._cs, self._prefix, self._prefix_lens
        while i < hi:
            tok = toks[i]
            low = tok.lower
            if low not in ci and tok.text not in cs and not (
                prefix and any(low[:n] in prefix for n in plens if len(low) >= n)
            ):
                i += 1
                continue
            m = self.match_at(toks, i, lo, hi)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.end
        return out

    def find(self, doc: Doc) -> List[Match]:
        """Matches over a segmented document; multi-word forms never cross a sentence."""
        out: List[Match] = []
        for s in doc.sentences:
            out.extend(self.find_in(doc.tokens, s.first, s.last))
        return out


# --------------------------------------------------------------------------- text matcher

#: Longest run of non-space characters read around a candidate. Longer runs (no real token is
#: that long) are read in a window, so pathological input stays linear.
_CHUNK_LIMIT = 256
_LINE_BREAK_RE = re.compile(r"[\r\n]")
_match_start = re.Match.start
#: One character that is not part of a word token: anything but a word character, and an
#: apostrophe, hyphen or ampersand unless it joins two word characters ("so-called", "don't").
_EDGE_RE = re.compile(r"[^\w'&\-]|(?<!\w)['&\-]|['&\-](?!\w)")
#: The joiners of the second and third case alone, charset first so the regex engine scans
#: quickly: a joiner not preceded by a word character, or not followed by one.
_JOINER_EDGE_RE = re.compile(r"['&\-](?:(?<!\w['&\-])|(?!\w))")
_WORD_CHAR_RE = re.compile(r"[\w'&\-]")
#: ``str.translate`` table: each character seen so far maps to itself (word characters and
#: joiners) or to a space (everything else). It grows with the distinct characters of the
#: texts, so it is bounded by the size of Unicode.
_BOUNDARY_TABLE: Dict[int, str] = {}
_BOUNDARY_SEEN: set = set()


def boundary_text(low: str) -> str:
    """``low`` with every character outside a word token turned into a space (same length).

    The matcher's automaton finds ``" term "`` in it, so hits fall on token boundaries.
    Computed as ``_EDGE_RE.sub(" ", low)`` would, but about twice as fast: one
    ``str.translate`` for the first case and a regex for the (rare) stray joiners.

    Examples
    --------
    >>> boundary_text("so-called 'deal', don't--no.")
    "so-called  deal   don't  no "
    """
    table = _BOUNDARY_TABLE
    for ch in set(low).difference(_BOUNDARY_SEEN):  # characters not met before (few)
        table[ord(ch)] = ch if _WORD_CHAR_RE.match(ch) else " "
        _BOUNDARY_SEEN.add(ch)
    return _JOINER_EDGE_RE.sub(" ", low.translate(table))


#: Characters that can be inside a token and next to a word character: the period and the
#: number separators (abbreviations, initialisms, numbers) and the joiners.
_MAYBE_INSIDE = frozenset(".,:/'’&-")
#: A whole-word key of ASCII letters and joiners (" so-called ").
_ASCII_KEY_RE = re.compile(r" [A-Za-z'&\-]+ \Z")
#: The next word of a boundary text: spaces, then everything up to the next space.
_PEEK_RE = re.compile(r" *([^ ]*)")


def _cand_order(cand) -> Tuple[int, int, int]:
    """Order in which :class:`TextMatcher` tries candidates: longest form first, then
    :class:`Matcher`'s priority (case-insensitive, case-exact, wildcard), then lexicon order."""
    return -len(cand[2]), cand[0], cand[1]


#: Form words the prefilter handles: ASCII letters, with joiners only inside (a stem may
#: end in ``*``). Such a word can only match a word token, which the boundary text keeps whole.
_ASCII_WORD_RE = re.compile(r"[A-Za-z](?:[A-Za-z'&\-]*[A-Za-z])?\*?\Z")


def _form_prefilter(form: Tuple[str, ...], entry: Entry) -> Optional[str]:
    """What the boundary text holds at an occurrence of a multi-word ``form`` in a text
    without :func:`spaced_words`: its words, lower-cased, one space apart, the last one
    followed by a space unless it is a wildcard stem.

    In such a text consecutive tokens are one whitespace character apart, and a word of
    ASCII letters (joiners inside) is a word token kept whole in the boundary text, so every
    occurrence passes ``btext.startswith(prefilter, start + 1)``. Punctuation also becomes a
    space there, so the test can pass where the form does not occur: the token check that
    follows decides. Forms with other characters (digits, which can touch the next token as
    in "3rd"; curly apostrophes; other scripts) get ``None`` and are checked token by token.
    """
    if len(form) < 2 or not all(_ASCII_WORD_RE.match(w) for w in form):
        return None
    words = [w.lower() for w in form]
    words[-1] = words[-1][:-1] if entry.wildcard else words[-1] + " "
    return " ".join(words)


#: Whitespace other than the space and line breaks (tab, no-break space, ...), listed so that
#: the regex engine tests a plain character set rather than a Unicode category. No code point
#: above U+3000 is whitespace (a test checks this against the running interpreter).
_SPACE_CEILING = 0x3000
_OTHER_SPACES = "".join(chr(o) for o in range(_SPACE_CEILING + 1)
                        if chr(o).isspace() and chr(o) not in " \n\r")
_OTHER_SPACE_RE = re.compile("[%s]" % re.escape(_OTHER_SPACES))
#: A run of two or more whitespace characters other than line breaks (``[^\S\r\n]{2,}``).
_SPACE_RUN_RE = re.compile("[ %s]{2,}" % re.escape(_OTHER_SPACES))
_WORD_CHAR_AT_RE = re.compile(r"\w")


def spaced_words(text: str) -> bool:
    r"""Does ``text`` separate two words by more than one whitespace character (not a line
    break), as ``re.search(r"\w[^\S\r\n]{2,}\w", text)`` would find? Such a gap is one
    space longer in the boundary text than a phrase key has.

    Most texts have neither two spaces in a row nor any other whitespace than spaces and line
    breaks; for them two fast scans answer. Otherwise each run of two or more spaces is
    checked for a word character on both sides.
    """
    if text.find("  ") < 0 and _OTHER_SPACE_RE.search(text) is None:
        return False
    match = _WORD_CHAR_AT_RE.match
    n = len(text)
    for m in _SPACE_RUN_RE.finditer(text):
        a, b = m.span()
        if a > 0 and b < n and match(text, a - 1) and match(text, b):
            return True
    return False


def line_breaks(text: str) -> List[int]:
    """Offsets of the line breaks of ``text``, then ``len(text)`` (multi-word forms and
    context never cross a line break)."""
    if "\r" in text:
        out = list(map(_match_start, _LINE_BREAK_RE.finditer(text)))
    else:  # a few paragraphs: str.find is cheaper than a regex scan
        out = []
        i = text.find("\n")
        while i >= 0:
            out.append(i)
            i = text.find("\n", i + 1)
    out.append(len(text))
    return out


class TextMatcher:
    """The same matches as :class:`Matcher`, found in the text without tokenizing it.

    An Aho–Corasick automaton (``pyahocorasick``) over the first tokens of all forms finds
    candidate positions in one pass at C speed; each candidate is then verified token by
    token with the tokenizer's own pattern, and the same rules apply as in :class:`Matcher`
    (longest form first, no overlap, ``case``, ``neg``, ``next``; multi-word forms never cross
    a sentence or paragraph).
    """

    def __init__(self, entries: Sequence[Entry]):
        import ahocorasick

        from ..text import _token_re

        self._rx = _token_re()
        # candidates: (priority, lexicon order, form, entry, prefilter or None)
        groups: Dict[str, List[Tuple[int, int, Tuple[str, ...], Entry, Any]]] = {}
        order = 0
        for e in entries:
            for form in e.forms:
                first = form[0].lower()
                wild_first = e.wildcard and len(form) == 1
                key = " " + (first[:-1] if wild_first else first + " ")
                # priority as in Matcher: case-insensitive, then case-exact, then wildcards
                prio = 2 if wild_first else (1 if e.case_exact else 0)
                groups.setdefault(key, []).append((prio, order, form, e, _form_prefilter(form, e)))
                order += 1
        self._automaton = ahocorasick.Automaton()
        for key, cands in groups.items():
            cands.sort(key=_cand_order)
            # candidates longer than one token are indexed by their second token, so a
            # frequent first word ("it") does not try every phrase that starts with it
            singles = [c for c in cands if len(c[2]) == 1]
            by_second: Dict[str, list] = {}
            wild_second = []
            for c in cands:
                form, entry = c[2], c[3]
                if len(form) < 2:
                    continue
                if len(form) == 2 and entry.wildcard:
                    wild_second.append(c)
                else:
                    by_second.setdefault(form[1].lower(), []).append(c)
            max_len = len(cands[0][2])
            # the value of a key: [0] its length, [1] one-token forms, [2] longer forms by
            # their second token, [3] two-token forms with a wildcard second token, [4] the
            # longest form's length, [5] "only phrases start here", [6] forms that need no
            # second token, in match order, [7] "a second token is read", [8] "the key is a
            # whole word of ASCII letters and joiners" (see ``find``), [9] by second token,
            # all the forms to try, in match order
            base = sorted(singles + wild_second, key=_cand_order)
            self._automaton.add_word(key, (
                len(key), singles, by_second, wild_second, max_len,
                not singles and not wild_second,
                base,
                bool(by_second or wild_second),
                bool(_ASCII_KEY_RE.match(key)),
                {w: sorted(base + more, key=_cand_order) for w, more in by_second.items()},
            ))
        self.empty = not groups
        if not self.empty:
            self._automaton.make_automaton()
        # A second automaton where a first word that only starts phrases ("it", "in", "to") is
        # keyed with each possible second word, one space apart (" it seems "): a frequent
        # first word then gives no hit at all where no phrase follows. It finds exactly the
        # phrases that the first automaton would let through unless the text separates two
        # words by more than one whitespace character; for such a text (see
        # :func:`spaced_words`) ``find`` uses the first automaton.
        self._automaton2 = None
        phrase_only = [(k, v) for k, v in self._automaton.items() if v[5]]
        if phrase_only:
            self._automaton2 = ahocorasick.Automaton()
            for key, value in self._automaton.items():
                if not value[5]:
                    self._automaton2.add_word(key, value)
                    continue
                for second in value[2]:
                    key2 = key + second + " "
                    self._automaton2.add_word(key2, (len(key2),) + value[1:5] + (False,) + value[6:])
            self._automaton2.make_automaton()

    def _token_at(self, text: str, pos: int, hi: int):
        m = self._rx.match(text, pos, hi)
        return m

    def _tokens_from(self, text: str, start: int, hi: int, count: int) -> List[Tuple[int, int]]:
        """Up to ``count`` consecutive tokens from ``start``, not crossing ``hi`` (a line break)."""
        out: List[Tuple[int, int]] = []
        pos = start
        rx = self._rx
        while len(out) < count:
            while pos < hi and text[pos].isspace():
                pos += 1
            if pos >= hi:
                break
            m = rx.match(text, pos, hi)
            if m is None:
                break
            out.append(m.span())
            pos = m.end()
        return out

    @staticmethod
    def _form_ok(text: str, low: str, toks: List[Tuple[int, int]], form: Tuple[str, ...],
                 entry: Entry) -> bool:
        n = len(form)
        if n > len(toks):
            return False
        for k in range(n):
            a, b = toks[k]
            surface = text[a:b] if entry.case_exact else low[a:b]
            pat = form[k]
            if k == n - 1 and entry.wildcard:
                if not surface.startswith(pat[:-1]):
                    return False
            elif surface != pat:
                return False
        return True

    def _prev_token(self, text: str, low: str, start: int, lo: int) -> Optional[str]:
        q = start - 1
        while q >= lo and text[q].isspace():
            if text[q] in "\r\n":
                return None
            q -= 1
        if q < lo:
            return None
        # the token that ends at q: tokenize its whitespace-delimited chunk
        a = q
        while a > lo and not text[a - 1].isspace() and q - a < _CHUNK_LIMIT:
            a -= 1
        last = None
        for m in self._rx.finditer(text, a, q + 1):
            last = m
        return low[last.start():last.end()] if last is not None else None

    def _next_tokens(self, text: str, low: str, end: int, hi: int, count: int) -> List[str]:
        out: List[str] = []
        pos = end
        while len(out) < count:
            while pos < hi and text[pos].isspace():
                if text[pos] in "\r\n":
                    return out
                pos += 1
            m = self._rx.match(text, pos, hi) if pos < hi else None
            if m is None:
                return out
            out.append(low[m.start():m.end()])
            pos = m.end()
        return out

    def _context_ok(self, entry: Entry, text: str, low: str, start: int, end: int) -> bool:
        n = len(text)
        if entry.next_number:
            nxt = self._next_tokens(text, low, end, n, 2)
            if not nxt:
                return False
            ok = bool(_NUMBER_RE.match(nxt[0])) or nxt[0] in _NUMBER_WORDS or (
                nxt[0] in ("a", "an") and len(nxt) > 1 and nxt[1] in _NUMBER_WORDS)
            if not ok:
                return False
        if entry.neg_drop:
            prev = self._prev_token(text, low, start, 0)
            if prev is not None and (prev in NEGATORS_BEFORE or prev.endswith("n't")):
                return False
            nxt = self._next_tokens(text, low, end, n, 1)
            if nxt and nxt[0] in NEGATORS_AFTER:
                return False
        return True

    def find(self, text: str, low: str, btext: str, breaks: Optional[List[int]] = None,
             spaced: Optional[bool] = None) -> List[Tuple[int, int, Entry]]:
        """Matches ``(start, end, entry)`` in text order.

        Parameters
        ----------
        text : str
            The document.
        low : str
            ``text`` lower-cased with ’ written as ', the same length as ``text``.
        btext : str
            ``" " + boundary_text(low) + " "``.
        breaks : list of int, optional
            :func:`line_breaks` of ``text``, when the caller has it already.
        spaced : bool, optional
            :func:`spaced_words` of ``text``, when the caller has it already.
        """
        if self.empty:
            return []
        if spaced is None:
            spaced = spaced_words(text)
        automaton = self._automaton if spaced or self._automaton2 is None else self._automaton2
        hits: Dict[int, list] = {}
        peek = _PEEK_RE.match
        for end_idx, value in automaton.iter(btext):
            # only phrases start here: peek at the next word before doing any real work
            if value[5] and peek(btext, end_idx + 1).group(1) not in value[2]:
                continue
            start = end_idx - value[0] + 1  # the leading space in btext = token start in text
            at = hits.get(start)
            if at is None:
                hits[start] = [value]
            else:
                at.append(value)
        if not hits:
            return []
        if breaks is None:
            breaks = line_breaks(text)
        out: List[Tuple[int, int, Entry]] = []
        free = 0
        tokens_from = self._tokens_from
        for start in sorted(hits):
            if start < free:
                continue
            # Does a token start here? Yes after whitespace, and after a character that is
            # always a token of its own (quotes, brackets, dashes): only periods, number
            # separators and joiners can sit inside a longer token ("U.S.", "3.5", "x-ray").
            if start and not text[start - 1].isspace() and text[start - 1] in _MAYBE_INSIDE \
                    and not self._token_starts_here(text, start):
                continue
            hi = breaks[bisect.bisect_left(breaks, start)]
            values = hits[start]
            # candidates in match order (longest first), reading only the tokens they need
            if len(values) == 1:
                value = values[0]
                cands = value[6]
                asked = 2 if value[7] else 1
                word_end = start + value[0] - 2
                if asked == 1 and value[8] and text[word_end:word_end + 1] != ".":
                    # The key " word " is a whole word of the boundary text: made of ASCII
                    # letters and joiners, without a period after it, that word is the token
                    # here (only a number, an abbreviation or an initialism is cut otherwise).
                    toks = [(start, word_end)]
                else:
                    toks = tokens_from(text, start, hi, asked)
                if len(toks) > 1:
                    cands = value[9].get(low[toks[1][0]:toks[1][1]], cands)
            else:
                asked = max(v[4] for v in values)
                toks = tokens_from(text, start, hi, asked)
                cands = []
                second = low[toks[1][0]:toks[1][1]] if len(toks) > 1 else None
                for _, singles, by_second, wild_second, *_ in values:
                    cands.extend(singles)
                    cands.extend(wild_second)
                    if second is not None:
                        cands.extend(by_second.get(second, ()))
                cands.sort(key=_cand_order)
            if not cands or not toks:
                continue
            best = None
            best_len = 0
            for prio, order, form, entry, prefilter in cands:
                n = len(form)
                if n <= best_len:
                    break
                if n == 1 and not entry.wildcard:  # the common case, inline
                    a, b = toks[0]
                    if (text[a:b] if entry.case_exact else low[a:b]) != form[0]:
                        continue
                else:
                    # most phrases fail on a later word: the boundary text says so before
                    # any token is read
                    if prefilter is not None and not spaced and \
                            not btext.startswith(prefilter, start + 1):
                        continue
                    if n > len(toks) and len(toks) == asked:
                        toks = tokens_from(text, start, hi, n)
                        asked = n
                    if not self._form_ok(text, low, toks, form, entry):
                        continue
                end = toks[n - 1][1]
                if (entry.next_number or entry.neg_drop) and \
                        not self._context_ok(entry, text, low, start, end):
                    continue
                best, best_len = (start, end, entry), n
            if best is not None:
                out.append(best)
                free = best[1]
        return out

    def _token_starts_here(self, text: str, pos: int) -> bool:
        """Does a tokenizer token start at ``pos``? (Tokenize the chunk that holds it.)"""
        if pos == 0 or text[pos - 1].isspace():
            return True
        a = pos
        while a > 0 and not text[a - 1].isspace() and pos - a < _CHUNK_LIMIT:
            a -= 1
        b = pos
        while b < len(text) and not text[b].isspace() and b - pos < _CHUNK_LIMIT:
            b += 1
        return any(m.start() == pos for m in self._rx.finditer(text, a, b))
