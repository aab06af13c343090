"""Lexicons: the ``.lex`` format, loading and validation (:mod:`.format`), the compiled matcher
(:mod:`.matcher`), import and export of other dictionary formats (:mod:`.convert`) and curation
aids (:mod:`.suggest`).

Examples
--------
>>> from framing.lexicon import load_lexicon
>>> load_lexicon("hedges").name
'hedges'
"""
from __future__ import annotations

from .format import (ATTRIBUTION_LAYERS, FORMAT_VERSIONS, SEPARATOR, Entry, Issue, Lexicon,
                     LexiconError, bundled_lexicons, inflections, load_lexicon, parse_lexicon,
                     validate_lexicon)
from .matcher import Match, Matcher, boundary_text, line_breaks, spaced_words

__all__ = [
    "Entry",
    "Lexicon",
    "Match",
    "Matcher",
    "LexiconError",
    "Issue",
    "SEPARATOR",
    "FORMAT_VERSIONS",
    "ATTRIBUTION_LAYERS",
    "parse_lexicon",
    "load_lexicon",
    "bundled_lexicons",
    "validate_lexicon",
    "inflections",
    "boundary_text",
    "line_breaks",
    "spaced_words",
]
