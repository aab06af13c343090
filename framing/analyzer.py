"""Scorers: run segmentation, lexicons, voice and attribution, and compute per-document scores.

The :class:`Analyzer` is built once per process (lexicons compiled once) and applied to many
documents. Rates are per 1,000 word tokens (tokens with a letter or digit); voice-split rates
use the word tokens of that voice as the denominator.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from operator import itemgetter
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ._version import __version__
from .analysis import Analysis, Attribution, Span
from .attribution import STANCES, AttributionExtractor
from .lexicon import Lexicon, Match, load_lexicon
from .readability import flesch_from_counts, syllables
from .lexicon import TextMatcher, boundary_text, line_breaks, spaced_words
from .text import (TOKENIZER_NAME, Doc, Sentence, Token, segment, sentence_spans, tokenize,
                   word_re)
from .voice import AUTHOR, QUOTED, VoiceMap, find_quotes

__all__ = ["Analyzer", "DEFAULT_LEXICONS", "default_analyzer", "SCORE_COLUMNS"]

#: The bundled lexicons that the default analyzer uses, in signature order.
DEFAULT_LEXICONS = ("loaded", "hedges", "attribution")

#: Score columns, in the order ``framing score`` writes them.
SCORE_COLUMNS = (
    "n_tokens",
    "n_sentences",
    "loaded_per_1k",
    "loaded_author_per_1k",
    "loaded_quoted_per_1k",
    "hedge_per_1k",
    "hedge_author_per_1k",
    "booster_per_1k",
    "booster_author_per_1k",
    "quoted_token_share",
    "attributions",
    "vague_source_share",
    "named_source_share",
    "titled_source_share",
    "pronoun_source_share",
    "nonneutral_cue_share",
    "direct_quote_share",
    "indirect_quote_share",
    "mixed_quote_share",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
)


def _round(x: float) -> Optional[float]:
    return None if x != x else round(x, 4)  # NaN (no words) becomes None: null in JSON


def _syllable_cache(lang: str) -> Dict[str, int]:
    from .readability import _SYLLABLE_CACHE

    return _SYLLABLE_CACHE.setdefault(lang, {})


_FAST_TERM = re.compile(r"^[\w'&\-]+( [\w'&\-]+)*\*?$")


def _fast_term(e) -> bool:
    return all(_FAST_TERM.match(" ".join(f)) for f in e.forms)


#: A number token touching a word token without a space: "50-state", "3rd", "1990s".
_NUMBER_TOUCH_RE = re.compile(r"\d(?:[-'’&])?[^\W\d]")
_start_of = itemgetter(0)


def _touched_sentences(text: str, sents: Sequence[Tuple[int, int, int]]) -> List[int]:
    """Indices of the sentences in which a number touches a word (sorted, unique)."""
    found = _NUMBER_TOUCH_RE.search(text)
    if found is None:
        return []
    starts = [st for st, _, _ in sents]
    out = set()
    for m in _NUMBER_TOUCH_RE.finditer(text, found.start()):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < sents[k][1]:
            out.add(k)
    return sorted(out)


def _token_hits(text: str, sents: Sequence[Tuple[int, int, int]], touched: Sequence[int],
                tokens_of: Dict[int, List[Token]], hits: List[Tuple[int, int, Any]],
                matcher: Any) -> List[Tuple[int, int, Any]]:
    """``hits`` with those in the ``touched`` sentences replaced by token matches."""
    bounds = [(sents[k][0], sents[k][1]) for k in touched]
    starts = [b[0] for b in bounds]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < bounds[i][1]

    out = [h for h in hits if not inside(h[0])]
    for k, (s0, s1) in zip(touched, bounds):
        toks = tokens_of.get(k)
        if toks is None:
            toks = tokens_of[k] = tokenize(text, s0, s1)
        for m in matcher.find_in(toks, 0, len(toks)):
            out.append((toks[m.start].start, toks[m.end - 1].end, m.entry))
    return out


def _rate(count: float, denom: int) -> float:
    return round(1000.0 * count / denom, 4) if denom else 0.0


def _share(count: int, denom: int) -> Optional[float]:
    return round(count / denom, 4) if denom else None


class Analyzer:
    """Analyse documents with a fixed set of lexicons and settings.

    Parameters
    ----------
    lexicons : sequence of str or Lexicon
        Bundled names or loaded lexicons. Categories with layer ``cue``/``source`` feed the
        attribution extractor (from the lexicon named ``attribution``); all other layers
        produce spans.
    voice : bool
        Split spans and rates by voice (author / quoted).
    readability : bool
        Compute readability (Flesch Reading Ease and Flesch–Kincaid grade) from the
        document's sentences, word tokens and textstat's syllable counts
        (:func:`framing.readability.flesch_from_counts`).
    lang : str
        Language for syllable counting and the readability constants (default ``en_US``).

    Examples
    --------
    >>> a = Analyzer()
    >>> r = a.analyze("Critics contend the plan is a disgrace.", doc_id="x")
    >>> r.attributions[0].source.text, r.attributions[0].source.label
    ('Critics', 'vague')
    """

    def __init__(self, lexicons: Sequence = DEFAULT_LEXICONS, voice: bool = True,
                 readability: bool = True, lang: str = "en_US"):
        self.lexicons: List[Lexicon] = [
            lx if isinstance(lx, Lexicon) else load_lexicon(lx) for lx in lexicons
        ]
        self.voice = voice
        self.readability = readability
        self.lang = lang
        self._span_matchers = []
        self._text_matchers = []
        self._cue_text: Optional[TextMatcher] = None
        self._attr: Optional[AttributionExtractor] = None
        for lx in self.lexicons:
            layers = {c["layer"] for c in lx.categories.values()}
            if layers & {"cue", "source"}:
                self._attr = AttributionExtractor(lx)
            span_entries = [e for e in lx.entries if e.layer not in ("cue", "source")]
            if span_entries:
                from .lexicon import Matcher

                self._span_matchers.append((lx, Matcher(span_entries)))
                self._text_matchers.append((lx, TextMatcher(span_entries)))
        if self._attr is not None:
            self._cue_text = TextMatcher([e for e in self._attr.lexicon.entries if e.layer == "cue"])
        self._extra_layers = sorted(
            {c["layer"] for lx in self.lexicons for c in lx.categories.values()}
            - {"loaded", "hedge", "booster", "cue", "source"})
        # the fast path needs every term to be made of word characters (all bundled ones are)
        self._fast = all(_fast_term(e) for lx in self.lexicons for e in lx.entries)

    @property
    def signature(self) -> str:
        """Settings signature (sacrebleu style): ``key:value`` joined by ``|``."""
        lex = "+".join(lx.id for lx in self.lexicons)
        parts = [f"framing:{__version__}", f"lex:{lex}", f"tok:{TOKENIZER_NAME}",
                 f"voice:{'on' if self.voice else 'off'}"]
        if not self.readability:
            parts.append("readability:off")
        return "|".join(parts)

    def analyze(self, text: str, doc_id: Optional[str] = None,
                meta: Optional[Dict[str, Any]] = None) -> Analysis:
        """Analyse one document (see :func:`framing.analyze`).

        The fast path finds lexicon matches with an Aho–Corasick automaton over the text,
        counts words with one regex pass, and tokenizes only the sentences that hold an
        attribution cue. It gives the same result as segmenting and matching every token
        (:meth:`analyze_tokens`, kept as the reference; tests check the two agree).
        """
        if not isinstance(text, str):
            raise TypeError(f"analyze() needs a str, got {type(text).__name__}")
        low = text.lower().replace("’", "'")
        if len(low) != len(text) or not self._fast:
            return self.analyze_tokens(text, doc_id, meta)
        quotes = find_quotes(text) if self.voice else []
        vmap = VoiceMap(text, quotes)
        btext = " " + boundary_text(low) + " "
        breaks = line_breaks(text)
        spaced = spaced_words(text)
        sents = sentence_spans(text)
        # sentences where a number touches a word ("50-state", "3rd"): a token starts inside a
        # word of the boundary text there, where the text matcher does not look, so their
        # tokens are matched instead (as the reference path does)
        touched = _touched_sentences(text, sents)
        tokens_of: Dict[int, List[Token]] = {}
        spans: List[Span] = []
        for (lx, tm), (_, matcher) in zip(self._text_matchers, self._span_matchers):
            hits = tm.find(text, low, btext, breaks, spaced)
            if touched:
                hits = _token_hits(text, sents, touched, tokens_of, hits, matcher)
            for s, e, entry in hits:
                spans.append(Span(s, e, text[s:e], entry.layer, entry.category,
                                  vmap.voice(s, e), lx.id, entry.weight))
        spans.sort(key=lambda sp: (sp.start, sp.end, sp.layer))
        attributions = []
        if self._attr is not None and self._cue_text is not None:
            attributions = self._attributions(text, low, btext, breaks, spaced, sents, vmap,
                                              touched, tokens_of)
        wre = word_re()
        words = wre.findall(low)
        n_words = len(words)
        n_quoted = sum(len(wre.findall(low, q.start, q.end)) for q in quotes)
        n_syllables = 0
        if self.readability:
            cache = _syllable_cache(self.lang)
            get = cache.get
            for w in words:
                n = get(w)
                if n is None:
                    n = syllables(w, self.lang)
                n_syllables += n
        return self._finish(text, doc_id, meta, spans, attributions, quotes, n_words, n_quoted,
                            n_syllables, len(sents))

    def _attributions(self, text: str, low: str, btext: str, breaks: List[int], spaced: bool,
                      sents: List[Tuple[int, int, int]], vmap: VoiceMap,
                      touched: Sequence[int] = (), tokens_of: Optional[Dict[int, List[Token]]] = None
                      ) -> List[Attribution]:
        """Attributions of the sentences that hold a cue, each tokenized on its own.

        The text matcher's cue matches are reused as the sentence's token matches (what
        ``cue_matcher.find_in`` would find again), except in a sentence where a number
        touches a word ("50-state", "3rd"): there a token starts inside a word of the
        boundary text, where the text matcher does not look, so the tokens are matched.
        """
        attr = self._attr
        starts = [st for st, _, _ in sents]
        by_sentence: Dict[int, list] = {}
        for hit in self._cue_text.find(text, low, btext, breaks, spaced):
            k = bisect.bisect_right(starts, hit[0]) - 1
            at = by_sentence.get(k)
            if at is None:
                by_sentence[k] = [hit]
            else:
                at.append(hit)
        for k in touched:  # their cues are found on the tokens (below), hit or no hit
            by_sentence.setdefault(k, [])
        tokens_of = {} if tokens_of is None else tokens_of
        out: List[Attribution] = []
        for k in sorted(by_sentence):
            s0, s1, par = sents[k]
            toks = tokens_of.get(k)
            if toks is None:
                toks = tokenize(text, s0, s1)
            sent = Sentence(s0, s1, 0, len(toks), par)
            local = Doc(text, toks, [sent], [(s0, s1)])
            matches: Optional[List[Match]] = None
            if not _NUMBER_TOUCH_RE.search(text, s0, s1):
                # token indices of each hit: the token starting at its start, up to the first
                # token starting at or after its end
                tstarts = list(map(_start_of, toks))
                matches = []
                for a, b, entry in by_sentence[k]:
                    i = bisect.bisect_left(tstarts, a)
                    j = bisect.bisect_left(tstarts, b, i)
                    if i == len(toks) or tstarts[i] != a or toks[j - 1].end != b:
                        matches = None  # pragma: no cover - a hit off the sentence's tokens
                        break
                    matches.append(Match(entry, i, j))
            if matches is None:
                matches = attr.cue_matcher.find_in(toks, 0, len(toks))
            out.extend(attr.extract_sentence(local, sent, matches, vmap))
        return out

    def analyze_tokens(self, text: str, doc_id: Optional[str] = None,
                       meta: Optional[Dict[str, Any]] = None) -> Analysis:
        """Reference path: segment every token, then match (same result as :meth:`analyze`)."""
        if not isinstance(text, str):
            raise TypeError(f"analyze() needs a str, got {type(text).__name__}")
        doc = segment(text)
        quotes = find_quotes(text) if self.voice else []
        vmap = VoiceMap(text, quotes)
        toks = doc.tokens
        spans: List[Span] = []
        for lx, matcher in self._span_matchers:
            for m in matcher.find(doc):
                s, e = toks[m.start].start, toks[m.end - 1].end
                voice = vmap.voice(s, e)
                spans.append(Span(s, e, text[s:e], m.entry.layer, m.entry.category, voice, lx.id,
                                  m.entry.weight))
        spans.sort(key=lambda sp: (sp.start, sp.end, sp.layer))
        attributions = self._attr.extract(doc, vmap) if self._attr is not None else []

        # one pass over the tokens: words per voice and syllables (quotes are sorted and
        # disjoint, tokens sorted, so a moving pointer replaces a search per token)
        n_words = n_quoted = n_syllables = 0
        qi, nq = 0, len(quotes)
        syl_cache = _syllable_cache(self.lang) if self.readability else None
        for t in toks:
            tx = t.text
            if not (tx[0].isalnum() or len(tx) > 1):
                continue
            n_words += 1
            if nq:
                while qi < nq and quotes[qi].end <= t.start:
                    qi += 1
                if qi < nq and quotes[qi].start <= t.start and t.end <= quotes[qi].end:
                    n_quoted += 1
            if syl_cache is not None:
                n = syl_cache.get(t.lower)
                if n is None:
                    n = syllables(t.lower, self.lang)
                n_syllables += n
        return self._finish(text, doc_id, meta, spans, attributions, quotes, n_words, n_quoted,
                            n_syllables, len(doc.sentences))

    def _finish(self, text, doc_id, meta, spans, attributions, quotes, n_words, n_quoted,
                n_syllables, n_sentences) -> Analysis:
        n_author = n_words - n_quoted
        layer_counts: Counter = Counter()
        for sp in spans:
            layer_counts[(sp.layer, sp.voice)] += sp.weight
        scores: Dict[str, Any] = {}

        def layer_total(layer: str) -> float:
            return layer_counts[(layer, AUTHOR)] + layer_counts[(layer, QUOTED)]

        scores["loaded_per_1k"] = _rate(layer_total("loaded"), n_words)
        scores["loaded_author_per_1k"] = _rate(layer_counts[("loaded", AUTHOR)], n_author)
        scores["loaded_quoted_per_1k"] = _rate(layer_counts[("loaded", QUOTED)], n_quoted)
        scores["hedge_per_1k"] = _rate(layer_total("hedge"), n_words)
        scores["hedge_author_per_1k"] = _rate(layer_counts[("hedge", AUTHOR)], n_author)
        scores["booster_per_1k"] = _rate(layer_total("booster"), n_words)
        scores["booster_author_per_1k"] = _rate(layer_counts[("booster", AUTHOR)], n_author)
        # every further span layer of the lexicons gets a column, in every document
        for layer in self._extra_layers:
            scores[f"{layer}_per_1k"] = _rate(layer_total(layer), n_words)
        scores["quoted_token_share"] = _share(n_quoted, n_words)
        # the outlet's attribution practice: attributions made in the author's voice
        own = [a for a in attributions if a.voice == AUTHOR]
        n_attr = len(own)
        scores["attributions"] = n_attr
        scores["attributions_quoted"] = len(attributions) - n_attr
        types = Counter(a.source_type for a in own if a.source is not None)
        n_src = sum(types.values())
        for t in ("vague", "named", "titled", "pronoun"):
            scores[f"{t}_source_share"] = _share(types[t], n_src)
        nonneutral = sum(1 for a in own if a.stance != "neutral")
        scores["nonneutral_cue_share"] = _share(nonneutral, n_attr)
        qtypes = Counter(a.quote for a in own)
        for q in ("direct", "indirect", "mixed"):
            scores[f"{q}_quote_share"] = _share(qtypes[q], n_attr)
        for st in STANCES:
            scores[f"cue_{st}"] = sum(1 for a in own if a.stance == st)
        if self.readability:
            r = flesch_from_counts(n_sentences, n_words, n_syllables, self.lang)
            scores["flesch_reading_ease"] = _round(r["flesch_reading_ease"])
            scores["flesch_kincaid_grade"] = _round(r["flesch_kincaid_grade"])
        return Analysis(
            id=str(doc_id) if doc_id is not None else "",
            text=text,
            n_tokens=n_words,
            n_sentences=n_sentences,
            scores=scores,
            spans=spans,
            attributions=attributions,
            quotes=quotes,
            signature=self.signature,
            meta=dict(meta or {}),
        )

    def score_row(self, text: str, doc_id: Optional[str] = None,
                  meta: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        """A flat row for ``framing score``: id, metadata, n_tokens, n_sentences, scores."""
        return self.analyze(text, doc_id, meta).to_row()


_DEFAULT: Optional[Analyzer] = None


def default_analyzer() -> Analyzer:
    """The process-wide analyzer with the bundled lexicons (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT


def default_signature() -> str:
    """The signature of the default analyzer."""
    return default_analyzer().signature
