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
from typing import List, NamedTuple, Tuple

__all__ = [
    "Token",
    "Sentence",
    "Doc",
    "segment",
    "tokenize",
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


class Token(NamedTuple):
    """A token: ``text == document[start:end]``.

    ``lower`` is the lower-cased form with the curly apostrophe (’) written as ``'``, the key
    that lexicons match on; it has the same length as ``text``.
    """

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        """True when the token contains a letter or digit (punctuation is not counted)."""
        return any(ch.isalnum() for ch in self.text)


class Sentence(NamedTuple):
    """A sentence: character span and the half-open range of its token indices."""

    start: int
    end: int
    first: int
    last: int  # one past the last token index
    paragraph: int


class Doc:
    """A segmented document: text, tokens, sentences and paragraph spans."""

    __slots__ = ("text", "tokens", "sentences", "paragraphs", "_lower")

    def __init__(self, text: str, tokens: List[Token], sentences: List[Sentence],
                 paragraphs: List[Tuple[int, int]]):
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs

    @property
    def n_words(self) -> int:
        """Number of word tokens (tokens with a letter or digit)."""
        return sum(1 for t in self.tokens if t.is_word)

    def sentence_of(self, token_index: int) -> Sentence:
        """The sentence that holds token ``token_index``."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].first <= token_index:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]


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
def _token_re() -> "re.Pattern[str]":
    return re.compile(_token_pattern(True), re.VERBOSE)


_new_tuple = tuple.__new__
_Match = re.Match


def tokenize(text: str, start: int = 0, end: int | None = None) -> List[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    Parameters
    ----------
    text : str
        The whole document.
    start, end : int, optional
        The region to tokenize (default: all of it).

    Examples
    --------
    >>> [(t.start, t.text) for t in tokenize("It isn't 3.5%—yet.")]
    [(0, 'It'), (3, "isn't"), (9, '3.5'), (12, '%'), (13, '—'), (14, 'yet'), (17, '.')]
    """
    rx = _token_re()
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
    low = text[start:stop].lower().replace("’", "'")
    if len(low) != stop - start:  # a few characters change length when lower-cased (İ)
        return [Token(m.start(), m.end(), m.group(), m.group().lower().replace("’", "'"))
                for m in _region_matches(rx, text, start, end, stop)]
    # ``tuple.__new__(Token, fields)`` is what ``Token(*fields)`` does, without the call
    # overhead of the generated ``__new__``; the spans come from a C-level ``map``.
    if stop == end:
        spans = list(map(_Match.span, rx.finditer(text, start, end)))
    else:
        spans = [m.span() for m in _region_matches(rx, text, start, end, stop)]
    return [_new_tuple(Token, (a, b, text[a:b], low[a - start:b - start])) for a, b in spans]


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


def _split_sentences(toks: List[Token]) -> List[Tuple[int, int]]:
    """Half-open token ranges of the sentences of one paragraph."""
    out: List[Tuple[int, int]] = []
    n = len(toks)
    first = 0
    i = 0
    while i < n:
        t = toks[i]
        if t.text in _FINAL:
            j = i + 1
            while j < n and toks[j].text in _FINAL and toks[j].start == toks[j - 1].end:
                j += 1  # "?!" and "..."
            while j < n and toks[j].text in _CLOSERS and toks[j].start == toks[j - 1].end:
                j += 1  # ." and .” and .)
            if j >= n:
                break
            nxt = toks[j].text
            prev = toks[i - 1].text if i > first else ""
            initial = t.text == "." and len(prev) == 1 and prev.isupper() and toks[i - 1].end == t.start
            if not initial and not nxt[:1].islower() and nxt[:1] not in ",;:":
                out.append((first, j))
                first = j
            i = j
            continue
        i += 1
    if first < n:
        out.append((first, n))
    return out


def segment(text: str) -> Doc:
    """Split a document into paragraphs (lines), sentences and tokens, all with offsets.

    A paragraph is a maximal run of characters without a line break; sentences never cross a
    paragraph, and every token belongs to exactly one sentence.

    Parameters
    ----------
    text : str
        The document, exactly as read.

    Returns
    -------
    Doc

    Examples
    --------
    >>> doc = segment("Gov. Lee spoke.\\nShe left.")
    >>> [(s.start, s.end, s.paragraph) for s in doc.sentences]
    [(0, 15, 0), (16, 25, 1)]
    """
    if not isinstance(text, str):
        raise TypeError(f"segment() needs a str, got {type(text).__name__}")
    tokens: List[Token] = []
    sentences: List[Sentence] = []
    paragraphs: List[Tuple[int, int]] = []
    for pm in _PARA_RE.finditer(text):
        p_start, p_end = pm.start(), pm.end()
        para_tokens = tokenize(text, p_start, p_end)
        if not para_tokens:
            continue
        p_index = len(paragraphs)
        paragraphs.append((p_start, p_end))
        base = len(tokens)
        for a, b in _split_sentences(para_tokens):
            sentences.append(Sentence(para_tokens[a].start, para_tokens[b - 1].end,
                                      base + a, base + b, p_index))
        tokens.extend(para_tokens)
    return Doc(text, tokens, sentences, paragraphs)


# --------------------------------------------------------------------------- sparse fast path
# The analyzer does not need a token object for every word: it counts words with one regex
# pass and builds tokens only for the few sentences that attribution rules read. The
# functions below give the same sentences and word counts as :func:`segment` without
# tokenizing everything (tests check the equivalence).

_FINAL_CHAR_RE = re.compile(r"[.!?]")
#: Longest run of non-space characters read around a candidate period; longer runs are read
#: in a window so that pathological input (megabytes without a space) stays linear.
_CHUNK_LIMIT = 256
_WS_RUN_RE = re.compile(r"\S+")


@lru_cache(maxsize=1)
def word_re() -> "re.Pattern[str]":
    """The tokenizer's pattern without its punctuation alternative: word tokens only."""
    return re.compile(_token_pattern(False), re.VERBOSE)


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

    Gives exactly the sentences of :func:`segment` (same rules), at a fraction of the cost.

    Examples
    --------
    >>> sentence_spans("Mr. Lee left. “Why?” he asked.\\nNew line")
    [(0, 13, 0), (14, 30, 0), (31, 39, 1)]
    """
    rx = _token_re()
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
