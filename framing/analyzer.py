"""The analyzer: one pass over a document gives its spans, attributions, counts and scores.

:class:`Analyzer` is built from :class:`~framing.settings.AnalyzerSettings` (lexicons compiled
once) and applied to many documents. There is one analysis path:

1. the document is read lazily (:class:`framing.text.Doc`): sentence spans up front, the
   tokens of a sentence only when a reader asks for them;
2. each lexicon's :class:`~framing.lexicon.Matcher` scans the text; every match becomes a span
   per layer of its entry, in the author's or the quoted voice (:mod:`framing.voice`);
3. the attribution extractor finds the cues the same way and reads only the tokens of the
   sentences that hold one (:mod:`framing.attribution`);
4. words (per voice), sentences and syllables are counted without building tokens;
5. the :class:`~framing.analysis.Counts` go through :func:`framing.measures.measures`, the one
   function that derives every rate and share.

Examples
--------
>>> a = Analyzer()
>>> r = a.analyze("Critics contend the plan is a disgrace.", doc_id="x")
>>> r.attributions[0].source.text, r.attributions[0].source.label
('Critics', 'vague')
>>> r.scores["loaded_per_1k"], r.counts.words
(142.8571, 7)
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from .analysis import Analysis, Attribution, Counts, Span
from .attribution import AttributionExtractor
from .lexicon import Matcher
from .measures import NONE_SOURCE, measures, score_columns
from .readability import count_syllables
from .language import foreign_language
from .settings import AnalyzerSettings, as_settings
from .text import Doc, count_words, is_word, word_re
from .voice import AUTHOR, VoiceMap, find_quotes

__all__ = ["Analyzer", "analyzer_for"]


class Analyzer:
    """Analyse documents with fixed settings.

    Parameters
    ----------
    settings : AnalyzerSettings, optional
        The settings; default: the bundled lexicons, voice, readability, English.
    **options
        Instead of ``settings``: the arguments of :meth:`AnalyzerSettings.create`
        (``lexicons``, ``attribution``, ``voice``, ``readability``, ``lang``).

    Attributes
    ----------
    settings : AnalyzerSettings
    schema : framing.analysis.Schema
        What the analyzer measures (its score columns: :attr:`score_columns`).

    Examples
    --------
    >>> a = Analyzer(lexicons=["hedges"], attribution=None)
    >>> sorted(a.analyze("It may rain.").scores)[:3]
    ['approximator_author_per_1k', 'approximator_per_1k', 'approximator_quoted_per_1k']
    >>> "loaded_per_1k" in a.analyze("It may rain.").scores
    False
    """

    def __init__(self, settings: Optional[AnalyzerSettings] = None, **options: Any):
        self.settings = as_settings(settings, **options)
        s = self.settings
        self.schema = s.schema
        self._matchers = [(lx, Matcher(lx.span_entries)) for lx in s.lexicons]
        self._attr = AttributionExtractor(s.attribution) if s.attribution is not None else None
        self._tagger = None
        if s.uses_model:
            from .learn.attribution_tagger import tagger_for

            self._tagger = tagger_for(s.attribution_model)
        self._signature = s.signature().format()

    # -- settings, for callers of earlier versions
    @property
    def lexicons(self) -> List[Any]:
        """All lexicons: the span lexicons, then the attribution lexicon."""
        return list(self.settings.all_lexicons)

    @property
    def voice(self) -> bool:
        return self.settings.voice

    @property
    def readability(self) -> bool:
        return self.settings.readability

    @property
    def lang(self) -> str:
        return self.settings.lang

    @property
    def signature(self) -> str:
        """The settings signature (sacrebleu style): ``key:value`` joined by ``|``."""
        return self._signature

    @property
    def score_columns(self) -> List[str]:
        """The columns of a score row after ``id`` and the metadata, in order."""
        return score_columns(self.schema)

    @property
    def batched(self) -> bool:
        """Whether :meth:`analyze_many` is faster than :meth:`analyze` one by one (with the
        attribution tagger, which scores a batch of documents at once)."""
        return self._tagger is not None

    def analyze(self, text: str, doc_id: Optional[str] = None,
                meta: Optional[Dict[str, Any]] = None) -> Analysis:
        """Analyse one document (see :func:`framing.analyze`)."""
        prepared = self._prepare(text)
        found = None
        if self._tagger is not None:
            found = self._tagger.spans(prepared[0], prepared[3])
        return self._finish(prepared, found, doc_id, meta)

    def analyze_many(self, items: Sequence[Tuple[str, Optional[str], Optional[Dict[str, Any]]]]
                     ) -> List[Union[Analysis, Exception]]:
        """:meth:`analyze` of several ``(text, doc_id, meta)`` items, with the attribution
        tagger run on all of them at once (faster than one by one; the same results). A
        document whose analysis fails gets its exception in its place."""
        prepared: List[Any] = []
        for text, _, _ in items:
            try:
                prepared.append(self._prepare(text))
            except Exception as exc:  # noqa: BLE001 - reported per document by the caller
                prepared.append(exc)
        found: List[Any] = [None] * len(items)
        if self._tagger is not None:
            encs, where = [], []
            for k, p in enumerate(prepared):
                if isinstance(p, Exception):
                    continue
                try:
                    encs.append(self._tagger.encode(p[0], p[3]))
                    where.append(k)
                except Exception as exc:  # noqa: BLE001
                    prepared[k] = exc
            try:
                batch = self._tagger.spans_many(encs)
            except Exception:  # noqa: BLE001 - find the document that fails, one by one
                batch = []
                for e in encs:
                    try:
                        batch.append(self._tagger.spans_many([e])[0])
                    except Exception as exc:  # noqa: BLE001
                        batch.append(exc)
            for k, spans in zip(where, batch):
                if isinstance(spans, Exception):
                    prepared[k] = spans
                else:
                    found[k] = spans
        out: List[Union[Analysis, Exception]] = []
        for p, f, (_, doc_id, meta) in zip(prepared, found, items):
            if isinstance(p, Exception):
                out.append(p)
                continue
            try:
                out.append(self._finish(p, f, doc_id, meta))
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out

    def _prepare(self, text: str) -> Tuple[Doc, List[Any], VoiceMap, VoiceMap]:
        """The document, its quotations, their voice map, and the map the tagger reads (the
        quotations even with voice off)."""
        if not isinstance(text, str):
            raise TypeError(f"analyze() needs a str, got {type(text).__name__}")
        doc = Doc(text)
        quotes = find_quotes(text) if self.settings.voice else []
        vmap = VoiceMap(text, quotes)
        qmap = vmap if self.settings.voice or self._tagger is None else \
            VoiceMap(text, find_quotes(text))
        return doc, quotes, vmap, qmap

    def _finish(self, prepared: Tuple[Doc, List[Any], VoiceMap, VoiceMap],
                found: Optional[Dict[str, Any]], doc_id: Optional[str],
                meta: Optional[Dict[str, Any]]) -> Analysis:
        s = self.settings
        doc, quotes, vmap, _ = prepared
        text = doc.text
        spans: List[Span] = []
        layer_hits: Dict[Tuple[str, str], float] = {}
        category_hits: Dict[Tuple[str, str, str, str], float] = {}
        for lx, matcher in self._matchers:
            name, lid = lx.name, lx.id
            for start, end, entry in matcher.find(doc):
                voice = vmap.voice(start, end)
                w = entry.weight
                surface = text[start:end]
                for layer, cats in entry.by_layer:
                    spans.append(Span(start, end, surface, layer, cats[0], voice, lid, w,
                                      cats if len(cats) > 1 else ()))
                    key = (layer, voice)
                    layer_hits[key] = layer_hits.get(key, 0.0) + w
                    for cat in cats:
                        key4 = (name, layer, cat, voice)
                        category_hits[key4] = category_hits.get(key4, 0.0) + w
        spans.sort(key=lambda sp: (sp.start, sp.end, sp.layer))
        attributions: List[Attribution] = []
        if found is not None:  # spans by the model, labels by the lexicon
            attributions = self._attr.relate(doc, vmap, found)
        elif self._attr is not None:
            attributions = self._attr.extract(doc, vmap)
        low = doc.low
        n_syllables = None
        if s.readability:
            words = word_re().findall(low)
            if "_" in low:  # the only character of a match that is no letter or digit alone
                words = [w for w in words if is_word(w)]
            n_words = len(words)
            n_syllables = count_syllables(words, s.lang)
        else:
            n_words = count_words(text, low)
        n_quoted = sum(count_words(text, low, q.start, q.end) for q in quotes)
        counts = Counts(
            words=n_words, words_quoted=n_quoted, sentences=len(doc.spans),
            syllables=n_syllables, quotes=len(quotes),
            layer_hits=layer_hits, category_hits=category_hits,
            attributions=_attribution_counts(attributions), schema=self.schema,
        )
        scores = measures(counts)
        language = foreign_language(text, s.lang)
        if language is not None:  # another language: measures missing, never zeros
            scores = dict.fromkeys(scores)
            spans, attributions = [], []
        return Analysis(
            id=str(doc_id) if doc_id is not None else "",
            text=text,
            n_tokens=n_words,
            n_sentences=len(doc.spans),
            scores=scores,
            spans=spans,
            attributions=attributions,
            quotes=quotes,
            signature=self._signature,
            meta=dict(meta or {}),
            counts=counts,
            language=language,
        )

    def score_row(self, text: str, doc_id: Optional[str] = None,
                  meta: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        """A flat row for ``framing score``: id, metadata, n_tokens, n_sentences, scores."""
        return self.analyze(text, doc_id, meta).to_row()


def _attribution_counts(attributions: List[Attribution]) -> Dict[Tuple[str, str, str, str], int]:
    out: Counter = Counter()
    for a in attributions:
        source = NONE_SOURCE if a.source is None else (a.source.label or "unknown")
        out[(a.voice or AUTHOR, source, a.stance, a.quote)] += 1
    return dict(out)


@lru_cache(maxsize=8)
def analyzer_for(settings: AnalyzerSettings) -> Analyzer:
    """The analyzer of ``settings``, built once per process for each distinct settings (the
    lexicons are compiled once; workers and repeated calls reuse it).

    Examples
    --------
    >>> from framing.settings import AnalyzerSettings
    >>> analyzer_for(AnalyzerSettings.create()) is analyzer_for(AnalyzerSettings.create())
    True
    """
    return Analyzer(settings)

