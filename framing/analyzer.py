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

import bisect
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
        self._loaded = None
        if s.loaded_model:
            from .learn.loaded_tagger import loaded_tagger_for

            self._loaded = loaded_tagger_for(s.loaded_model)
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
        attribution tagger or a loaded-word model, which score a batch of documents at once)."""
        return self._tagger is not None or self._loaded is not None

    def analyze(self, text: str, doc_id: Optional[str] = None,
                meta: Optional[Dict[str, Any]] = None) -> Analysis:
        """Analyse one document (see :func:`framing.analyze`)."""
        prepared = self._prepare(text)
        found = None
        if self._tagger is not None:
            found = self._tagger.spans(prepared[0], prepared[3])
        loaded = None
        if self._loaded is not None:
            loaded = self._loaded.spans_many([self._loaded.encode(prepared[0], prepared[3])])[0]
        return self._finish(prepared, found, doc_id, meta, loaded)

    def analyze_many(self, items: Sequence[Tuple[str, Optional[str], Optional[Dict[str, Any]]]]
                     ) -> List[Union[Analysis, Exception]]:
        """:meth:`analyze` of several ``(text, doc_id, meta)`` items, with the attribution
        tagger and the loaded-word model run on all of them at once (faster than one by one;
        the same results). A document whose analysis fails gets its exception in its place."""
        prepared: List[Any] = []
        for text, _, _ in items:
            try:
                prepared.append(self._prepare(text))
            except Exception as exc:  # noqa: BLE001 - reported per document by the caller
                prepared.append(exc)
        found = self._batch(self._tagger, prepared)
        loaded = self._batch(self._loaded, prepared)
        out: List[Union[Analysis, Exception]] = []
        for p, f, ld, (_, doc_id, meta) in zip(prepared, found, loaded, items):
            if isinstance(p, Exception):
                out.append(p)
                continue
            try:
                out.append(self._finish(p, f, doc_id, meta, ld))
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out

    @staticmethod
    def _batch(model: Any, prepared: List[Any]) -> List[Any]:
        """The spans a model (the attribution tagger, a loaded-word model: ``encode`` and
        ``spans_many``) finds in each prepared document, scored together (all None without
        a model). A document whose encoding or scoring fails gets its exception in its place
        in ``prepared``."""
        found: List[Any] = [None] * len(prepared)
        if model is None:
            return found
        encs, where = [], []
        for k, p in enumerate(prepared):
            if isinstance(p, Exception):
                continue
            try:
                encs.append(model.encode(p[0], p[3]))
                where.append(k)
            except Exception as exc:  # noqa: BLE001
                prepared[k] = exc
        try:
            batch = model.spans_many(encs)
        except Exception:  # noqa: BLE001 - find the document that fails, one by one
            batch = []
            for e in encs:
                try:
                    batch.append(model.spans_many([e])[0])
                except Exception as exc:  # noqa: BLE001
                    batch.append(exc)
        for k, spans in zip(where, batch):
            if isinstance(spans, Exception):
                prepared[k] = spans
            else:
                found[k] = spans
        return found

    def _prepare(self, text: str) -> Tuple[Doc, List[Any], VoiceMap, VoiceMap]:
        """The document, its quotations, their voice map, and the map the tagger reads (the
        quotations even with voice off)."""
        if not isinstance(text, str):
            raise TypeError(f"analyze() needs a str, got {type(text).__name__}")
        doc = Doc(text)
        quotes = find_quotes(text) if self.settings.voice else []
        vmap = VoiceMap(text, quotes)
        models = self._tagger is not None or self._loaded is not None
        qmap = vmap if self.settings.voice or not models else VoiceMap(text, find_quotes(text))
        return doc, quotes, vmap, qmap

    def _finish(self, prepared: Tuple[Doc, List[Any], VoiceMap, VoiceMap],
                found: Optional[Dict[str, Any]], doc_id: Optional[str],
                meta: Optional[Dict[str, Any]], loaded: Optional[List[Tuple[int, int]]] = None
                ) -> Analysis:
        s = self.settings
        doc, quotes, vmap, _ = prepared
        text = doc.text
        spans: List[Span] = []
        layer_hits: Dict[Tuple[str, str], float] = {}
        category_hits: Dict[Tuple[str, str, str, str], float] = {}
        by_model = self._loaded is not None
        lexicon_loaded: List[Tuple[int, int, str, str, Tuple[str, ...]]] = []

        def add(start: int, end: int, layer: str, cats: Tuple[str, ...], name: str, lid: str,
                w: float) -> None:
            voice = vmap.voice(start, end)
            spans.append(Span(start, end, text[start:end], layer, cats[0], voice, lid, w,
                              cats if len(cats) > 1 else ()))
            key = (layer, voice)
            layer_hits[key] = layer_hits.get(key, 0.0) + w
            for cat in cats:
                key4 = (name, layer, cat, voice)
                category_hits[key4] = category_hits.get(key4, 0.0) + w

        for lx, matcher in self._matchers:
            name, lid = lx.name, lx.id
            for start, end, entry in matcher.find(doc):
                for layer, cats in entry.by_layer:
                    if by_model and layer == _LOADED:  # the model decides; the lexicon names
                        lexicon_loaded.append((start, end, name, lid, cats))
                    else:
                        add(start, end, layer, cats, name, lid, entry.weight)
        if by_model:  # a span keeps the category of a lexicon match it overlaps
            lexicon_loaded.sort()
            for start, end in loaded or ():
                hit = _overlapping(lexicon_loaded, start, end)
                if hit is None:
                    add(start, end, _LOADED, (_MODEL_CATEGORY,), "", s.loaded_model_id, 1.0)
                else:
                    add(start, end, _LOADED, hit[4], hit[2], hit[3], 1.0)
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
        entities: Dict[str, Any] = {}
        if s.entities:
            from .entities import entity_counts

            entities = entity_counts(text, doc.spans, vmap.voice, attributions, spans,
                                     s.entities)
        counts = Counts(
            words=n_words, words_quoted=n_quoted, sentences=len(doc.spans),
            syllables=n_syllables, quotes=len(quotes),
            layer_hits=layer_hits, category_hits=category_hits,
            attributions=_attribution_counts(attributions), schema=self.schema,
            entities=entities,
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


#: The layer a loaded-word model predicts, and the category of its spans that no lexicon
#: entry of that layer matches.
_LOADED, _MODEL_CATEGORY = "loaded", "model"


def _overlapping(matches: List[Tuple[int, int, str, str, Tuple[str, ...]]], start: int,
                 end: int) -> Optional[Tuple[int, int, str, str, Tuple[str, ...]]]:
    """The first lexicon match of ``matches`` (sorted, ``(start, end, ...)``) that overlaps
    ``[start, end)``, or None."""
    k = bisect.bisect_left(matches, (end,))  # the matches that start before the span ends
    best = None
    for m in reversed(matches[:k]):
        if m[1] > start:
            best = m
        elif m[0] < start - 200:  # far left of the span: no earlier match reaches it
            break
    return best


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

