"""Lexicon matching: one matcher of lexicon entries over a document's text and tokens.

:class:`Matcher` is compiled once from the entries of a lexicon. It has one rule set and two
ways to apply it:

* :meth:`Matcher.find` scans a :class:`~framing.text.Doc`'s text: an Aho–Corasick automaton
  (``pyahocorasick``) over the *boundary text* (:func:`boundary_text`) finds the candidate
  positions in one pass at C speed, and each candidate is verified on the tokens that start
  there, read with the tokenizer's own pattern. In the sentences where a number touches a word
  ("a 10-brutal war", "3rd"), a token starts inside a word of the boundary text, where the
  automaton does not look, so there :meth:`find` uses the token scan instead.
* :meth:`Matcher.find_in` scans a list of tokens (one sentence).

Both take the candidates of a position from the same table, in the same order, and accept
them by the same functions (:func:`_form_ok`, :func:`_context_ok`):

* longest form first; then case-insensitive forms before case-exact ones before wildcard
  stems, longer stems first; then the order of the entries in the lexicon;
* matches do not overlap: at each position the first acceptable candidate wins, scanning left
  to right;
* ``case=exact`` compares the text, other forms its lower case; a final ``*`` on the last
  token matches any token that starts with the stem;
* ``neg=drop``: not when the token before is a negator or the token after is "not"/"n't";
  ``next=number``: only when a number follows;
* multi-word forms and context never cross a line break, and the token scan never crosses a
  sentence (a sentence ends in punctuation, which no form or context word contains).

Tests check that :meth:`find` equals the token scan over every sentence of a document
(``tests/oracle.py``); :mod:`framing.lexicon.format` has an example.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple

from ..text import Doc, Token, token_re

if TYPE_CHECKING:  # pragma: no cover
    from .format import Entry

__all__ = ["Match", "Matcher", "boundary_text", "line_breaks", "spaced_words",
           "NEGATORS_BEFORE", "NEGATORS_AFTER"]

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


@dataclass(frozen=True)
class Match:
    """A match of ``entry`` over tokens ``start`` (inclusive) to ``end`` (exclusive)."""

    entry: Entry
    start: int
    end: int


# --------------------------------------------------------------------------- the rules


def _form_ok(form: Tuple[str, ...], entry: Entry, texts: Sequence[str],
             lows: Sequence[str]) -> bool:
    """Do the tokens (``texts``, their lower case ``lows``) spell ``form``?"""
    n = len(form)
    if n > len(texts):
        return False
    last = n - 1
    for k in range(n):
        surface = texts[k] if entry.case_exact else lows[k]
        pat = form[k]
        if k == last and entry.wildcard:
            if not surface.startswith(pat[:-1]):
                return False
        elif surface != pat:
            return False
    return True


def _is_number(text: str, low: str) -> bool:
    return bool(_NUMBER_RE.match(text)) or low in _NUMBER_WORDS


def _context_ok(entry: Entry, prev: Optional[Tuple[str, str]],
                following: Sequence[Tuple[str, str]]) -> bool:
    """The context options of ``entry`` given the token before (``(text, lower)`` or None)
    and up to two tokens after the match."""
    if entry.next_number:
        if not following:
            return False
        # "about 40", "some forty", "about a dozen"
        text, low = following[0]
        if not _is_number(text, low) and not (
                low in ("a", "an") and len(following) > 1 and following[1][1] in _NUMBER_WORDS):
            return False
    if entry.neg_drop:
        if prev is not None and (prev[1] in NEGATORS_BEFORE or prev[1].endswith("n't")):
            return False
        if following and following[0][1] in NEGATORS_AFTER:
            return False
    return True


def _cand_order(cand: "_Cand") -> Tuple[int, int, int, int]:
    """The order in which candidates are tried (see the module docstring)."""
    return cand[0]


#: A candidate: (sort key, form, entry, prefilter or None). The sort key is (-length of the
#: form, priority 0 case-insensitive / 1 case-exact / 2 wildcard stem, -stem length, order).
_Cand = Tuple[Tuple[int, int, int, int], Tuple[str, ...], Any, Optional[str]]


# --------------------------------------------------------------------------- boundary text

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
#: A word that the boundary text keeps as it is: ASCII letters, joiners only between letters.
_PLAIN_WORD_RE = re.compile(r"[a-z]+(?:['&\-][a-z]+)*\Z")
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


class _TextView:
    """What the text scan reads off a document, computed once per document and matcher
    family (kept in :meth:`framing.text.Doc.memo`)."""

    __slots__ = ("btext", "breaks", "spaced")

    def __init__(self, doc: Doc) -> None:
        self.btext = " " + boundary_text(doc.low) + " "
        self.breaks = line_breaks(doc.text)
        self.spaced = spaced_words(doc.text)


def _text_view(doc: Doc) -> _TextView:
    return doc.memo("matcher.text_view", lambda: _TextView(doc))


#: A number token touching a word token without a space: "50-state", "3rd", "1990s".
_NUMBER_TOUCH_RE = re.compile(r"\d(?:[-'’&])?[^\W\d]")


def touched_sentences(doc: Doc) -> List[int]:
    """Indices of the sentences of ``doc`` in which a number touches a word (sorted, unique).

    There a token starts inside a word of the boundary text, so the text scan would not see
    a match that starts at it ("a 10-brutal war"); :meth:`Matcher.find` scans their tokens.
    """
    def compute() -> List[int]:
        text = doc.text
        found = _NUMBER_TOUCH_RE.search(text)
        if found is None:
            return []
        out = set()
        for m in _NUMBER_TOUCH_RE.finditer(text, found.start()):
            k = doc.sentence_at(m.start())
            if k >= 0:
                out.add(k)
        return sorted(out)

    return doc.memo("matcher.touched", compute)


# --------------------------------------------------------------------------- the matcher


class Matcher:
    """The compiled matcher of lexicon entries (see the module docstring for the rules).

    Parameters
    ----------
    entries : sequence of Entry
        The entries, in lexicon order (the order breaks ties).

    Attributes
    ----------
    empty : bool
        True when there is nothing to match.
    """

    def __init__(self, entries: Sequence[Entry]):
        import ahocorasick

        self._rx = token_re()
        self.entries = list(entries)
        # one candidate table: every form of every entry, with its sort key
        cands: List[_Cand] = []
        for order, (form, e) in enumerate((f, e) for e in self.entries for f in e.forms):
            wild_single = e.wildcard and len(form) == 1
            prio = 2 if wild_single else (1 if e.case_exact else 0)
            stem = len(form[0]) - 1 if wild_single else 0
            cands.append(((-len(form), prio, -stem, order), form, e, _form_prefilter(form, e)))
        cands.sort(key=_cand_order)
        self.empty = not cands
        self.max_len = max((len(c[1]) for c in cands), default=1)

        # --- the token scan: candidates by first token (lower case, exact text, stem)
        self._ci: Dict[str, List[_Cand]] = {}
        self._cs: Dict[str, List[_Cand]] = {}
        self._prefix: Dict[str, List[_Cand]] = {}
        for c in cands:
            form, e = c[1], c[2]
            if e.wildcard and len(form) == 1:
                self._prefix.setdefault(form[0][:-1], []).append(c)
            else:
                (self._cs if e.case_exact else self._ci).setdefault(form[0], []).append(c)
        self._prefix_lens = sorted({len(k) for k in self._prefix}, reverse=True)

        # --- the text scan: candidates by the boundary text of their first token
        groups: Dict[str, List[_Cand]] = {}
        punct: Dict[str, List[_Cand]] = {}
        for c in cands:
            form, e = c[1], c[2]
            wild_single = e.wildcard and len(form) == 1
            first = form[0].lower()
            first = first[:-1] if wild_single else first
            bt = first if _PLAIN_WORD_RE.match(first) else boundary_text(first)
            if wild_single:  # "fair-*": the stem's boundary text is "fair ", a word prefix
                bt = bt.rstrip()
            if not bt.strip():  # a first token without a word character (":)", "&", "$")
                punct.setdefault(first, []).append(c)
                continue
            groups.setdefault(" " + bt + ("" if wild_single else " "), []).append(c)
        self._automaton = ahocorasick.Automaton()
        values: Dict[str, tuple] = {}
        for key, group in groups.items():
            values[key] = self._value(key, group)
            self._automaton.add_word(key, values[key])
        if groups:
            self._automaton.make_automaton()
        # Tokens without a word character are found by a regular expression over the lower-
        # cased text instead (the boundary text holds only spaces there).
        self._punct = {first: self._value(first, group, punctuation=True)
                       for first, group in punct.items()}
        self._punct_re = re.compile("|".join(re.escape(k) for k in sorted(punct, key=len, reverse=True))) \
            if punct else None
        # A second automaton where a first word that only starts phrases ("it", "in", "to") is
        # keyed with each possible second word, one space apart (" it seems "): a frequent
        # first word then gives no hit at all where no phrase follows. It finds exactly the
        # phrases that the first automaton would let through unless the text separates two
        # words by more than one whitespace character; for such a text (see
        # :func:`spaced_words`) ``find`` uses the first automaton.
        self._automaton2 = None
        if any(v[5] for v in values.values()):
            self._automaton2 = ahocorasick.Automaton()
            for key, value in values.items():
                if not value[5]:
                    self._automaton2.add_word(key, value)
                    continue
                for second in value[2]:
                    key2 = key + second + " "
                    self._automaton2.add_word(key2, (len(key2),) + value[1:5] + (False,) + value[6:])
            self._automaton2.make_automaton()

    @staticmethod
    def _value(key: str, group: List[_Cand], punctuation: bool = False) -> tuple:
        """What the text scan keeps for one key.

        The value of a key: [0] its length, [1] one-token forms, [2] longer forms by their
        second token, [3] two-token forms with a wildcard second token, [4] the longest form's
        length, [5] "only phrases start here" (and every second token is a plain word of the
        boundary text, so a peek at the next word decides), [6] forms that need no second
        token, in match order, [7] "a second token is read", [8] "the key is a whole word of
        ASCII letters and joiners" (see ``find``), [9] by second token, all the forms to try,
        in match order. Candidates longer than one token are indexed by their second token,
        so a frequent first word ("it") does not try every phrase that starts with it.
        """
        singles = [c for c in group if len(c[1]) == 1]
        by_second: Dict[str, List[_Cand]] = {}
        wild_second: List[_Cand] = []
        for c in group:
            form, entry = c[1], c[2]
            if len(form) < 2:
                continue
            if len(form) == 2 and entry.wildcard:
                wild_second.append(c)
            else:
                by_second.setdefault(form[1].lower(), []).append(c)
        base = sorted(singles + wild_second, key=_cand_order)
        plain_seconds = all(_PLAIN_WORD_RE.match(w) or boundary_text(w) == w for w in by_second)
        return (
            len(key), singles, by_second, wild_second, max(len(c[1]) for c in group),
            not punctuation and not singles and not wild_second and plain_seconds,
            base,
            bool(by_second or wild_second),
            not punctuation and bool(_ASCII_KEY_RE.match(key)),
            {w: sorted(base + more, key=_cand_order) for w, more in by_second.items()},
        )

    # ------------------------------------------------------------------ the token scan

    def candidates(self, tok: Token) -> List[_Cand]:
        """The candidates of a position whose first token is ``tok``, in match order."""
        found = []
        c = self._ci.get(tok.lower)
        if c:
            found.append(c)
        c = self._cs.get(tok.text)
        if c:
            found.append(c)
        if self._prefix:
            low = tok.lower
            for n in self._prefix_lens:
                if len(low) >= n:
                    c = self._prefix.get(low[:n])
                    if c:
                        found.append(c)
        if len(found) == 1:
            return found[0]  # one table's list, already in match order
        out = [cand for lst in found for cand in lst]
        out.sort(key=_cand_order)
        return out

    def match_at(self, toks: Sequence[Token], i: int, lo: int, hi: int) -> Optional[Match]:
        """The match starting at token ``i`` within ``[lo, hi)``, if any."""
        cands = self.candidates(toks[i])
        if not cands:
            return None
        tok = toks[i]
        texts: Optional[List[str]] = None
        lows: List[str] = []
        for _, form, entry, _ in cands:
            n = len(form)
            if n == 1 and not entry.wildcard:  # the common case, inline (= _form_ok)
                if (tok.text if entry.case_exact else tok.lower) != form[0]:
                    continue
            else:
                if i + n > hi:
                    continue
                if n > 1 and not (n == 2 and entry.wildcard):
                    nxt = toks[i + 1]  # most phrases fail on their second word (= _form_ok)
                    if (nxt.text if entry.case_exact else nxt.lower) != form[1]:
                        continue
                if texts is None:
                    texts, lows = [tok.text], [tok.lower]
                while len(texts) < n:
                    t = toks[i + len(texts)]
                    texts.append(t.text)
                    lows.append(t.lower)
                if not _form_ok(form, entry, texts, lows):
                    continue
            j = i + n
            if entry.next_number or entry.neg_drop:
                prev = (toks[i - 1].text, toks[i - 1].lower) if i - 1 >= lo and entry.neg_drop else None
                following = [(t.text, t.lower) for t in toks[j:min(j + 2, hi)]]
                if not _context_ok(entry, prev, following):
                    continue
            return Match(entry, i, j)
        return None

    def find_in(self, toks: Sequence[Token], lo: int = 0, hi: Optional[int] = None) -> List[Match]:
        """Non-overlapping matches in tokens ``[lo, hi)`` (one sentence), left to right."""
        hi = len(toks) if hi is None else hi
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

    # ------------------------------------------------------------------ the text scan

    def find(self, doc: Doc) -> List[Tuple[int, int, Entry]]:
        """Matches ``(start, end, entry)`` in ``doc``, in text order (character offsets).

        The text scan, except in the sentences where a number touches a word: there the
        tokens of the sentence are scanned (see the module docstring).
        """
        if self.empty:
            return []
        hits = self._scan_text(doc)
        touched = touched_sentences(doc)
        if not touched:
            return hits
        inside = set(touched)
        out = [h for h in hits if doc.sentence_at(h[0]) not in inside]
        for k in touched:
            toks = doc.tokens_of(k)
            for m in self.find_in(toks, 0, len(toks)):
                out.append((toks[m.start].start, toks[m.end - 1].end, m.entry))
        out.sort(key=lambda h: h[0])
        return out

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

    def _prev_token(self, text: str, low: str, start: int) -> Optional[Tuple[str, str]]:
        """The token that ends before ``start`` on its line, as ``(text, lower)``."""
        q = start - 1
        while q >= 0 and text[q].isspace():
            if text[q] in "\r\n":
                return None
            q -= 1
        if q < 0:
            return None
        # the token that ends at q: tokenize its whitespace-delimited chunk
        a = q
        while a > 0 and not text[a - 1].isspace() and q - a < _CHUNK_LIMIT:
            a -= 1
        last = None
        for m in self._rx.finditer(text, a, q + 1):
            last = m
        return (last.group(), low[last.start():last.end()]) if last is not None else None

    def _next_tokens(self, text: str, low: str, end: int, count: int) -> List[Tuple[str, str]]:
        """Up to ``count`` tokens after ``end`` on its line, as ``(text, lower)`` pairs."""
        out: List[Tuple[str, str]] = []
        pos = end
        hi = len(text)
        while len(out) < count:
            while pos < hi and text[pos].isspace():
                if text[pos] in "\r\n":
                    return out
                pos += 1
            m = self._rx.match(text, pos, hi) if pos < hi else None
            if m is None:
                return out
            out.append((m.group(), low[m.start():m.end()]))
            pos = m.end()
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

    def _scan_text(self, doc: Doc) -> List[Tuple[int, int, Entry]]:
        text, low = doc.text, doc.low
        view = _text_view(doc)
        btext, spaced = view.btext, view.spaced
        automaton = self._automaton if spaced or self._automaton2 is None else self._automaton2
        hits: Dict[int, list] = {}
        peek = _PEEK_RE.match
        if len(automaton):
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
        if self._punct_re is not None:
            for m in self._punct_re.finditer(low):
                start = m.start()
                if self._token_starts_here(text, start):
                    hits.setdefault(start, []).append(self._punct[m.group()])
        if not hits:
            return []
        breaks = view.breaks
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
            texts = None
            for _, form, entry, prefilter in cands:
                n = len(form)
                if n == 1 and not entry.wildcard:  # the common case, inline (= _form_ok)
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
                    if texts is None or len(texts) < len(toks):  # the tokens read, as text
                        texts = [text[a:b] for a, b in toks]
                        lows = [low[a:b] for a, b in toks]
                    if not _form_ok(form, entry, texts, lows):
                        continue
                end = toks[n - 1][1]
                if (entry.next_number or entry.neg_drop) and not _context_ok(
                        entry, self._prev_token(text, low, start) if entry.neg_drop else None,
                        self._next_tokens(text, low, end, 2 if entry.next_number else 1)):
                    continue
                best = (start, end, entry)
                break
            if best is not None:
                out.append(best)
                free = best[1]
        return out
