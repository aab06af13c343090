"""Normalisation-free segmentation: paragraphs, sentences and tokens with character offsets.

Nothing here rewrites the text. Every token and sentence is a ``(start, end)`` pair of Python
string indices into the document exactly as it was read, so ``text[start:end]`` is always the
surface string. Sentences are split by rules over the tokens, in the manner of Punkt
(Kiss & Strunk 2006) run with fixed parameters: a sentence ends at ``.``, ``!`` or ``?``
(with any closing quotation marks or brackets attached to it), unless the next word starts in
lower case or the period belongs to an abbreviation (``lexicons/abbreviations.txt``) or an
initial ("George W. Bush"). No NLTK data is needed. (Earlier versions ran NLTK's Punkt with
these parameters; the rules give the same sentences on our tests at a fraction of the cost:
Punkt was the largest single cost of analysing a news article.)

Examples
--------
>>> doc = segment("Mr. Smith said the U.S. would act. “It is late,” he said.")
>>> [doc.text[s.start:s.end] for s in doc.sentences]
['Mr. Smith said the U.S. would act.', '“It is late,” he said.']
>>> [t.text for t in doc.tokens[:5]]
['Mr.', 'Smith', 'said', 'the', 'U.S.']
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
import bisect
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Tuple

__all__ = [
    "Token",
    "Sentence",
    "Doc",
    "segment",
    "tokenize",
    "lower",
    "is_word",
    "count_words",
    "sentence_spans",
    "token_re",
    "word_re",
    "abbreviations",
    "TOKENIZER_NAME",
    "OPEN_QUOTES",
    "CLOSE_QUOTES",
    "DASHES",
]

#: Name of the tokenizer and sentence rules, carried in the signature.
TOKENIZER_NAME = "rules-1"

#: Double quotation marks that open or close a quote (straight ones are decided by context).
OPEN_QUOTES = "“„«"
CLOSE_QUOTES = "”»"
#: Dash characters treated as punctuation tokens (hyphen-minus inside a word stays in the word).
DASHES = "‐‑‒–—―"


def lower(text: str) -> str:
    """``text`` lower-cased, with the curly apostrophe (’) written as ``'``: the form lexicons
    match on. Always the same length as ``text``, so offsets into one are offsets into the
    other (a character whose lower case is longer, such as "İ", keeps its first character).

    Examples
    --------
    >>> lower("Don’t İzmir")
    "don't izmir"
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[0] for c in text)
    return low.replace("’", "'")


def is_word(token_text: str) -> bool:
    """Is a token a *word*: does it contain a letter or a digit? The one definition of a word
    token in framing: rates are per 1,000 words, readability counts words, and punctuation
    (a dash, "…", "_") is no word.

    Examples
    --------
    >>> [is_word(t) for t in ("U.S.", "3.5", "—", "_", "n't")]
    [True, True, False, False, True]
    """
    for ch in token_text:
        if ch.isalnum():
            return True
    return False


class Token(NamedTuple):
    """A token: ``text == document[start:end]``.

    ``lower`` is :func:`lower` of the text, the key that lexicons match on; it has the same
    length as ``text``.
    """

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        """True when the token contains a letter or digit (:func:`is_word`)."""
        t = self.text  # inlined: the attribution rules ask for every token they read
        return t[:1].isalnum() or t[-1:].isalnum() or (len(t) > 2 and is_word(t))


class Sentence(NamedTuple):
    """A sentence: character span and the half-open range of its token indices."""

    start: int
    end: int
    first: int
    last: int  # one past the last token index
    paragraph: int


class Doc:
    """A document read lazily: its sentences up front, the tokens of a sentence when asked.

    The analyzer reads a document through this object: the sentence spans
    (:func:`sentence_spans`) are found once, the tokens of a sentence are built on first use
    and kept (:meth:`tokens_of`), and derived text that several readers need (the matcher's
    boundary text) is kept in :meth:`memo`. The whole segmentation (:attr:`tokens`,
    :attr:`sentences` with token indices, :attr:`paragraphs`) is built only when asked for.

    Attributes
    ----------
    text : str
        The document exactly as read; every offset indexes it.
    low : str
        :func:`lower` of the text (same length).

    Examples
    --------
    >>> doc = Doc("Gov. Lee spoke.\\nShe left.")
    >>> doc.spans
    [(0, 15, 0), (16, 25, 1)]
    >>> [t.text for t in doc.tokens_of(1)]
    ['She', 'left', '.']
    >>> doc.sentence_at(17), doc.n_words
    (1, 5)
    """

    __slots__ = ("text", "low", "_spans", "_starts", "_ends", "_toks", "_tokens", "_sentences",
                 "_paragraphs", "_memo")

    def __init__(self, text: str):
        if not isinstance(text, str):
            raise TypeError(f"a document must be a str, got {type(text).__name__}")
        self.text = text
        self.low = lower(text)
        self._spans: Optional[List[Tuple[int, int, int]]] = None
        self._starts: List[int] = []
        self._ends: List[int] = []
        self._toks: Dict[int, List[Token]] = {}
        self._tokens: Optional[List[Token]] = None
        self._sentences: Optional[List[Sentence]] = None
        self._paragraphs: Optional[List[Tuple[int, int]]] = None
        self._memo: Dict[str, Any] = {}

    @property
    def spans(self) -> List[Tuple[int, int, int]]:
        """The sentences as ``(start, end, paragraph)`` (:func:`sentence_spans`)."""
        if self._spans is None:
            self._spans = sentence_spans(self.text)
            self._starts = [s for s, _, _ in self._spans]
            self._ends = [e for _, e, _ in self._spans]
        return self._spans

    def tokens_of(self, k: int) -> List[Token]:
        """The tokens of sentence ``k`` (built on first use, then kept)."""
        toks = self._toks.get(k)
        if toks is None:
            s0, s1, _ = (self._spans or self.spans)[k]
            toks = self._toks[k] = tokenize(self.text, s0, s1, self.low)
        return toks

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence that holds character ``pos``, or -1 between sentences."""
        if self._spans is None:
            self.spans
        k = bisect.bisect_right(self._starts, pos) - 1
        return k if k >= 0 and pos < self._ends[k] else -1

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value derived from the document, computed once (keyed by its reader's name)."""
        value = self._memo.get(key)
        if value is None:
            value = self._memo[key] = compute()
        return value

    @property
    def n_words(self) -> int:
        """Number of word tokens (:func:`is_word`), counted without building tokens."""
        return count_words(self.text, self.low)

    # -- the whole segmentation, for readers that walk every token
    def _segment(self) -> None:
        tokens: List[Token] = []
        sentences: List[Sentence] = []
        for k, (s0, s1, par) in enumerate(self.spans):
            toks = self.tokens_of(k)
            sentences.append(Sentence(s0, s1, len(tokens), len(tokens) + len(toks), par))
            tokens.extend(toks)
        self._tokens, self._sentences = tokens, sentences

    @property
    def tokens(self) -> List[Token]:
        """All tokens, in order."""
        if self._tokens is None:
            self._segment()
        return self._tokens  # type: ignore[return-value]

    @property
    def sentences(self) -> List[Sentence]:
        """All sentences, with the range of their indices in :attr:`tokens`."""
        if self._sentences is None:
            self._segment()
        return self._sentences  # type: ignore[return-value]

    @property
    def paragraphs(self) -> List[Tuple[int, int]]:
        """Spans of the paragraphs that hold a token (maximal runs without a line break)."""
        if self._paragraphs is None:
            self._paragraphs = [m.span() for m in _PARA_RE.finditer(self.text)
                                if not m.group().isspace()]
        return self._paragraphs

    def sentence_of(self, token_index: int) -> Sentence:
        """The sentence that holds token ``token_index``."""
        sents = self.sentences
        k = bisect.bisect_right([s.first for s in sents], token_index) - 1
        return sents[max(k, 0)]


@lru_cache(maxsize=1)
def abbreviations() -> Tuple[str, ...]:
    """The bundled list of period-final abbreviations (``lexicons/abbreviations.txt``).

    Returns
    -------
    tuple of str
        Abbreviations as written, e.g. ``'Mr.'``, ``'U.S.'``.
    """
    raw = resources.files("framing.lexicons").joinpath("abbreviations.txt").read_text("utf-8")
    out = []
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


def _token_pattern(punctuation: bool, shortcuts: bool = True) -> str:
    """The tokenizer's regular expression; without ``punctuation``, word tokens only.

    ``shortcuts=False`` gives the rules alone, without the two speed-ups described below
    (tests check that both patterns give the same tokens).
    """
    abbrevs = sorted({a for a in abbreviations()}, key=len, reverse=True)
    alt = "|".join(re.escape(a) for a in abbrevs)
    # Two prefixes make the pattern nearly twice as fast without changing a single token:
    # ``(?=\S)`` lets the regex engine skip whitespace without trying every alternative, and
    # ``[A-Za-z]+(?![\w.'’&-])`` takes the commonest token, a plain ASCII word, at once. That
    # shortcut only fires where the full rules give the same token: a run of ASCII letters not
    # followed by a word character, a period or a joiner cannot be an abbreviation or an
    # initialism (both end in a period), nor a number, and the word rule takes exactly the run.
    punct = r"| [^\w\s]                                # any other character on its own"
    head = r"""(?=\S)(?:
        [A-Za-z]+(?![\w.'’&\-])                # plain ASCII words (the shortcut above)
      |""" if shortcuts else "(?:"
    return rf"""
        {head}
        (?<![\w.])(?=[A-Za-z.]{{1,6}}\.)(?i:{alt})(?!\w)  # known abbreviations, period included
                                               # (the lookahead keeps the alternation cheap)
      | (?<![\w.])(?:[A-Za-z]\.){{2,}}(?!\w)  # other initialisms: F.B.I.
      | \d+(?:[.,:/]\d+)*                      # numbers: 1,000  3.5  10:30  9/11
      | \w+(?:[-'’&]\w+)*                      # words, hyphenated words, contractions
      {punct if punctuation else ""}
        )
    """


@lru_cache(maxsize=1)
def token_re() -> "re.Pattern[str]":
    """The tokenizer's regular expression (every token is one match)."""
    return re.compile(_token_pattern(True), re.VERBOSE)


_new_tuple = tuple.__new__
_Match = re.Match


def tokenize(text: str, start: int = 0, end: Optional[int] = None,
             low: Optional[str] = None) -> List[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    Parameters
    ----------
    text : str
        The whole document.
    start, end : int, optional
        The region to tokenize (default: all of it).
    low : str, optional
        :func:`lower` of the whole ``text``, when the caller has it (a :class:`Doc` does):
        the tokens' ``lower`` is sliced from it.

    Examples
    --------
    >>> [(t.start, t.text) for t in tokenize("It isn't 3.5%—yet.")]
    [(0, 'It'), (3, "isn't"), (9, '3.5'), (12, '%'), (13, '—'), (14, 'yet'), (17, '.')]
    """
    rx = token_re()
    end = len(text) if end is None else end
    # The tokens of a region are those of the whole text that start in it: where the region
    # ends right before a non-space character ("vs.He", a sentence end without a space), the
    # regex must see that character (its lookaheads would otherwise take "vs." for an
    # abbreviation), so it reads on to the next whitespace and keeps the tokens starting
    # before ``end``.
    stop = end
    if end < len(text) and not text[end].isspace():
        gap = _SPACE_RE.search(text, end)
        stop = gap.start() if gap else len(text)
    if low is None:
        low, base = lower(text[start:stop]), start
    else:
        base = 0
    # ``tuple.__new__(Token, fields)`` is what ``Token(*fields)`` does, without the call
    # overhead of the generated ``__new__``; the spans come from a C-level ``map``.
    if stop == end:
        spans = list(map(_Match.span, rx.finditer(text, start, end)))
    else:
        spans = [m.span() for m in _region_matches(rx, text, start, end, stop)]
    if base:
        return [_new_tuple(Token, (a, b, text[a:b], low[a - base:b - base])) for a, b in spans]
    return [_new_tuple(Token, (a, b, text[a:b], low[a:b])) for a, b in spans]


_SPACE_RE = re.compile(r"\s")


def _region_matches(rx: "re.Pattern[str]", text: str, start: int, end: int, stop: int
                    ) -> List["re.Match[str]"]:
    """Token matches of ``text[start:stop]`` that start before ``end``; if the last one runs
    past ``end`` (a region boundary inside a token), the matches of ``text[start:end]``."""
    out = []
    for m in rx.finditer(text, start, stop):
        if m.start() >= end:
            break
        out.append(m)
    if out and out[-1].end() > end:
        return list(rx.finditer(text, start, end))
    return out


_PARA_RE = re.compile(r"[^\r\n]+")
#: Sentence-final punctuation tokens.
_FINAL = frozenset(".!?")
#: Tokens that stay with the sentence they close when they touch the final punctuation.
_CLOSERS = frozenset("\"”’'»)]}")


def segment(text: str) -> Doc:
    """Split a document into paragraphs (lines), sentences and tokens, all with offsets: a lazy
    :class:`Doc`, whose tokens are built when first read. Sentences never cross a paragraph (a
    run without a line break); every token belongs to one sentence.

    Examples
    --------
    >>> doc = segment("Gov. Lee spoke.\\nShe left.")
    >>> [(s.start, s.end, s.paragraph) for s in doc.sentences]
    [(0, 15, 0), (16, 25, 1)]
    """
    if not isinstance(text, str):
        raise TypeError(f"segment() needs a str, got {type(text).__name__}")
    return Doc(text)


# --------------------------------------------------------------------------- sparse fast path
# The analyzer does not need a token object for every word: it counts words with one regex
# pass and builds tokens only for the few sentences that attribution rules read. The
# functions below give the sentences and word counts of the tokens without tokenizing
# everything (tests check them against a token-by-token oracle).

_FINAL_CHAR_RE = re.compile(r"[.!?]")
#: Longest run of non-space characters read around a candidate period; longer runs are read
#: in a window so that pathological input (megabytes without a space) stays linear.
_CHUNK_LIMIT = 256
_WS_RUN_RE = re.compile(r"\S+")


@lru_cache(maxsize=1)
def word_re() -> "re.Pattern[str]":
    """The tokenizer's pattern without its punctuation alternative.

    Its matches are the tokens that are not a single punctuation character; those among them
    with a letter or digit are the word tokens (:func:`count_words`).
    """
    return re.compile(_token_pattern(False), re.VERBOSE)


def count_words(text: str, low: Optional[str] = None, start: int = 0,
                end: Optional[int] = None) -> int:
    """Number of word tokens (:func:`is_word`) of ``text[start:end]``, without building tokens.

    Parameters
    ----------
    text : str
    low : str, optional
        :func:`lower` of ``text``, when the caller has it (the pattern runs faster on it).
    start, end : int, optional
        A region: its tokens are those the tokenizer finds in it.

    Examples
    --------
    >>> count_words("A _ b — 3.5, U.S.")
    4
    """
    low = lower(text) if low is None else low
    end = len(low) if end is None else end
    rx = word_re()
    if low.find("_", start, end) < 0:
        # without an underscore every match has a letter or digit (\w is [^\W_] plus "_")
        return len(rx.findall(low, start, end))
    return sum(1 for w in rx.findall(low, start, end) if is_word(w))


def _chunk_bounds(text: str, i: int, lo: int, hi: int) -> Tuple[int, int]:
    """The whitespace-delimited chunk of ``text[lo:hi]`` around position ``i``."""
    a = i
    while a > lo and not text[a - 1].isspace() and i - a < _CHUNK_LIMIT:
        a -= 1
    b = i
    while b < hi and not text[b].isspace() and b - i < _CHUNK_LIMIT:
        b += 1
    return a, b


def _first_char_of_next_token(text: str, pos: int, hi: int) -> str:
    while pos < hi and text[pos].isspace():
        pos += 1
    return text[pos] if pos < hi else ""


_ASCII_LETTERS_RE = re.compile(r"[A-Za-z]{2,}")


@lru_cache(maxsize=1)
def _abbreviations_lower() -> frozenset:
    return frozenset(a.lower() for a in abbreviations())


def _plain_word_before(text: str, lo: int, p: int) -> bool:
    """Is the period at ``p`` (followed by a space or the paragraph end) a token of its own
    after a plain word?

    True when the characters from the last space (or the paragraph start ``lo``) up to ``p``
    are 2 to about 200 ASCII letters and that word with its period is not an abbreviation. Then
    the tokenizer gives exactly the word and the period (an initialism needs single letters
    between periods, a number digits), and the word is no initial ("W."): the split rules
    need nothing else from the chunk. Anything else (other whitespace, punctuation, digits,
    a long run) returns False and goes the general way.
    """
    floor = max(lo, p - 201)
    space = text.rfind(" ", floor, p)
    if space < 0:
        if floor > lo:
            return False
        w0 = lo
    else:
        w0 = space + 1
    return (_ASCII_LETTERS_RE.fullmatch(text, w0, p) is not None
            and text[w0:p + 1].lower() not in _abbreviations_lower())


def sentence_spans(text: str) -> List[Tuple[int, int, int]]:
    """Sentences of ``text`` as ``(start, end, paragraph)`` without building every token.

    The rules of the module docstring, applied where a sentence can end; the tests hold the
    result to the sentences split on every token (``tests/oracle.py``).

    Examples
    --------
    >>> sentence_spans("Mr. Lee left. “Why?” he asked.\\nNew line")
    [(0, 13, 0), (14, 30, 0), (31, 39, 1)]
    """
    rx = token_re()
    out: List[Tuple[int, int, int]] = []
    p_index = 0
    for pm in _PARA_RE.finditer(text):
        lo, hi = pm.start(), pm.end()
        start = lo
        while start < hi and text[start].isspace():
            start += 1
        if start >= hi:
            continue
        consumed = start
        for fm in _FINAL_CHAR_RE.finditer(text, start, hi):
            p = fm.start()
            if p < consumed:
                continue
            if text[p] == "." and (p + 1 == hi or text[p + 1] == " ") and \
                    _plain_word_before(text, lo, p):
                # the commonest case, "word. " or "word." ending the paragraph, decided
                # without tokenizing the chunk
                run_end = p + 1
                nxt = _first_char_of_next_token(text, run_end, hi)
                initial = False
            else:
                a, b = _chunk_bounds(text, p, lo, hi)
                toks = [(m.start(), m.end(), m.group()) for m in rx.finditer(text, a, b)]
                k = next((x for x, t in enumerate(toks) if t[0] == p), None)
                if k is None or toks[k][1] != p + 1:
                    continue  # the character is inside a token (Mr., U.S., 3.5)
                j = k + 1
                while j < len(toks) and toks[j][2] in _FINAL and toks[j][0] == toks[j - 1][1]:
                    j += 1
                while j < len(toks) and toks[j][2] in _CLOSERS and toks[j][0] == toks[j - 1][1]:
                    j += 1
                run_end = toks[j - 1][1]
                nxt = toks[j][2][:1] if j < len(toks) else _first_char_of_next_token(text, b, hi)
                prev = toks[k - 1] if k > 0 else None
                initial = (toks[k][2] == "." and prev is not None and len(prev[2]) == 1
                           and prev[2].isupper() and prev[1] == p)
            consumed = run_end
            if not nxt:
                break  # the run ends the paragraph
            if not initial and not nxt.islower() and nxt not in ",;:":
                out.append((start, run_end, p_index))
                start = run_end
                while start < hi and text[start].isspace():
                    start += 1
        end = hi
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end, p_index))
        p_index += 1
    return out
