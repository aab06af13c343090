"""Normalisation-free segmentation: paragraphs, sentences and tokens with character offsets.

Nothing here rewrites the text. Every token and sentence is a ``(start, end)`` pair of Python
string indices into the document exactly as it was read, so ``text[start:end]`` is always the
surface string. Sentences come from NLTK's Punkt algorithm (Kiss & Strunk 2006) run with
parameters built here (news abbreviations, initials), so no NLTK data needs downloading.

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

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

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

#: Name of the tokenizer settings, carried in the signature.
TOKENIZER_NAME = "punkt-default"

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


@lru_cache(maxsize=1)
def _token_re() -> "re.Pattern[str]":
    abbrevs = sorted({a for a in abbreviations()}, key=len, reverse=True)
    alt = "|".join(re.escape(a) for a in abbrevs)
    pattern = rf"""
        (?<![\w.])(?i:{alt})(?!\w)            # known abbreviations, period included
      | (?<![\w.])(?:[A-Za-z]\.){{2,}}(?!\w)  # other initialisms: F.B.I.
      | \d+(?:[.,:/]\d+)*                      # numbers: 1,000  3.5  10:30  9/11
      | \w+(?:[-'’&]\w+)*                      # words, hyphenated words, contractions
      | [^\w\s]                                # any other character on its own
    """
    return re.compile(pattern, re.VERBOSE)


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
    return [Token(m.start(), m.end(), m.group(), m.group().lower().replace("’", "'"))
            for m in rx.finditer(text, start, end)]


class _NewsLanguageVars(PunktLanguageVars):
    """Punkt language variables for news English (curly quotes are handled by NLTK >= 3.9)."""


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    types = set()
    for a in abbreviations():
        types.add(a.lower().rstrip("."))
    # Single-letter initials ("George W. Bush") are abbreviations, not sentence ends.
    types.update("abcdefghijklmnopqrstuvwxyz")
    params.abbrev_types = types
    return PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars())


_PARA_RE = re.compile(r"[^\r\n]+")


def _sentence_spans(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """Punkt sentence spans inside one paragraph, shifted to document offsets."""
    chunk = text[start:end]
    spans: List[Tuple[int, int]] = []
    for s, e in _punkt().span_tokenize(chunk):
        # strip surrounding whitespace without changing the characters kept
        while s < e and chunk[s].isspace():
            s += 1
        while e > s and chunk[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        if spans and chunk[s].islower():
            # a sentence cannot start with a lower-case word: “Why?” he asked. / “No!” she said.
            spans[-1] = (spans[-1][0], start + e)
        else:
            spans.append((start + s, start + e))
    return spans


def segment(text: str) -> Doc:
    """Split a document into paragraphs (lines), sentences and tokens, all with offsets.

    A paragraph is a maximal run of characters without a line break; sentences never cross a
    paragraph. A sentence boundary that falls inside a token (rare: "U.S." at the end of a
    sentence) is moved to the token's end so that every token belongs to one sentence.

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
        if not text[p_start:p_end].strip():
            continue
        p_index = len(paragraphs)
        paragraphs.append((p_start, p_end))
        para_tokens = tokenize(text, p_start, p_end)
        if not para_tokens:
            continue
        spans = _sentence_spans(text, p_start, p_end)
        ti = 0
        n = len(para_tokens)
        for k, (s, e) in enumerate(spans):
            if ti >= n:
                break
            last_sentence = k == len(spans) - 1
            first = ti
            # every token whose start lies before the sentence end belongs to it
            while ti < n and (last_sentence or para_tokens[ti].start < e):
                ti += 1
            if ti == first:
                continue
            s_start = min(s, para_tokens[first].start)
            s_end = max(e, para_tokens[ti - 1].end) if not last_sentence else para_tokens[ti - 1].end
            base = len(tokens)
            sentences.append(Sentence(s_start, s_end, base + first, base + ti, p_index))
        if ti < n:  # tokens after the last span (should not happen): one more sentence
            base = len(tokens)
            sentences.append(Sentence(para_tokens[ti].start, para_tokens[-1].end,
                                      base + ti, base + n, p_index))
        tokens.extend(para_tokens)
    return Doc(text, tokens, sentences, paragraphs)
