"""Result records: spans, attributions and the per-document :class:`Analysis`.

Spans, attribution parts, attributions and quotations are named tuples (immutable, cheap to
build: a document has many).

``Analysis.to_dict()`` is the JSON contract of ``framing analyze`` (DESIGN section 2): keep the
names and shapes, extend freely.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Tuple

__all__ = ["Span", "Part", "Attribution", "Quote", "Counts", "Schema", "Analysis",
           "normalise_term"]


def normalise_term(text: str) -> str:
    """A matched text as a term: lower-cased, curly apostrophes straight, one space between
    words (so "Claimed" and "claimed" are one term in keyness tables).

    Examples
    --------
    >>> normalise_term("Hit  out’s")
    "hit out's"
    """
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").lower().split())


class Span(NamedTuple):
    """A lexicon match: ``text[start:end]`` in the document, with its layer and voice.

    Examples
    --------
    >>> Span(0, 5, "chaos", "loaded", "sensational", "author", "loaded@1.0").to_dict()["text"]
    'chaos'
    """

    start: int
    end: int
    text: str
    layer: str
    category: str
    voice: str
    lexicon: str
    weight: float = 1.0
    #: All categories of the entry in this layer, when it has more than one (``category`` is
    #: the first of them); empty otherwise.
    categories: Tuple[str, ...] = ()

    def to_dict(self) -> Dict[str, Any]:
        d: Dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "layer": self.layer,
            "category": self.category,
            "voice": self.voice,
            "lexicon": self.lexicon,
        }
        if self.categories:
            d["categories"] = list(self.categories)
        if self.weight != 1.0:
            d["weight"] = self.weight
        return d


class Part(NamedTuple):
    """One part of an attribution (source, cue or content) with an optional label.

    ``label`` is the source type for a source (``named``, ``titled``, ``vague``, ``pronoun``,
    ``unknown``) and the stance for a cue; contents have none.
    """

    start: int
    end: int
    text: str
    label: Optional[str] = None

    def to_dict(self, key: Optional[str] = None) -> Dict[str, Any]:
        d: Dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if key is not None:
            d[key] = self.label
        return d


class Attribution(NamedTuple):
    """A source–cue–content relation ("Critics contend that ...").

    ``source`` is ``None`` for impersonal cues ("it is alleged that ..."); ``quote`` is
    ``direct`` (the content is a quotation), ``indirect`` or ``mixed`` (paraphrase that
    contains a quoted fragment). ``voice`` is ``quoted`` when the cue itself stands inside a
    quotation (an attribution made by a quoted speaker, not by the outlet). ``found_by`` is
    ``model`` when a trained tagger found the spans, ``rules`` when the rule-based extractor did.
    """

    source: Optional[Part]
    cue: Part
    content: Optional[Part]
    quote: str
    cue_category: str = ""
    voice: str = "author"
    found_by: str = "rules"

    @property
    def source_type(self) -> str:
        return self.source.label if self.source is not None else "unknown"

    @property
    def stance(self) -> str:
        return self.cue.label or "neutral"

    def to_dict(self) -> Dict[str, Any]:
        if self.source is not None:
            source = self.source.to_dict("type")
        else:
            source = None
        return {
            "source": source,
            "cue": self.cue.to_dict("stance"),
            "content": self.content.to_dict() if self.content is not None else None,
            "quote": self.quote,
            "voice": self.voice,
            "found_by": self.found_by,
        }


class Quote(NamedTuple):
    """A quotation span; ``start``/``end`` include the quotation marks when present.
    ``closed`` is False for a quotation whose mark is never closed: it ends with its paragraph
    (its record then says ``"closed": false``)."""

    start: int
    end: int
    text: str
    closed: bool = True

    def to_dict(self) -> Dict[str, Any]:
        d: Dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if not self.closed:
            d["closed"] = False
        return d


@dataclass(frozen=True)
class Schema:
    """What an analyzer measures: the layers and categories it matches, and its switches.

    It decides which measures exist (:func:`framing.measures.measures`): a layer or category
    that is not configured has no measure at all, rather than a measure of zero.

    Attributes
    ----------
    layers : tuple of str
        The span layers, in column order (``loaded``, ``hedge``, ``booster`` first).
    categories : tuple of (lexicon name, category, layer)
        The span categories of every lexicon, in column order.
    attribution : bool
        Whether attributions are extracted.
    readability : bool
        Whether syllables are counted (Flesch scores).
    voice : bool
        Whether quoted words are told apart from the author's.
    lang : str
        Language of the readability formulas.
    """

    layers: Tuple[str, ...] = ()
    categories: Tuple[Tuple[str, str, str], ...] = ()
    attribution: bool = True
    readability: bool = True
    voice: bool = True
    lang: str = "en_US"
    #: Names of the entities measured (:mod:`framing.entities`), in column order.
    entities: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Counts:
    """What was counted in one document; every rate and share is derived from these
    (:func:`framing.measures.measures`).

    Attributes
    ----------
    words, words_quoted : int
        Word tokens in the document, and those inside quotations (the rest are the author's).
    sentences : int
    syllables : int or None
        Syllables of the word tokens (None when readability is off).
    quotes : int
        Quotation spans.
    layer_hits : mapping of (layer, voice) -> float
        Weighted lexicon matches per layer and voice; a match counts once in each distinct
        layer of its entry's categories.
    category_hits : mapping of (lexicon, layer, category, voice) -> float
        Weighted matches per category and voice; a match counts once in each of its entry's
        categories.
    attributions : mapping of (voice, source type, stance, quote) -> int
        Attributions by the voice of their cue, the type of their source (``none`` without a
        source), the stance of their cue and the quotation type of their content.
    schema : Schema
        What the analyzer was configured to measure.
    entities : mapping of str -> framing.entities.EntityCounts
        Per entity of the schema, what was counted for it (:func:`framing.entities.entity_counts`).
    """

    words: int
    words_quoted: int
    sentences: int
    syllables: Optional[int]
    quotes: int
    layer_hits: Mapping[Tuple[str, str], float]
    category_hits: Mapping[Tuple[str, str, str, str], float]
    attributions: Mapping[Tuple[str, str, str, str], int]
    schema: Schema
    entities: Mapping[str, Any] = field(default_factory=dict)

    @property
    def words_author(self) -> int:
        """Word tokens in the author's voice (outside quotations)."""
        return self.words - self.words_quoted


@dataclass
class Analysis:
    """Everything ``framing`` measured in one document."""

    id: str
    text: str
    n_tokens: int
    n_sentences: int
    scores: Dict[str, Any]
    spans: List[Span] = field(default_factory=list)
    attributions: List[Attribution] = field(default_factory=list)
    quotes: List[Quote] = field(default_factory=list)
    signature: str = ""
    meta: Dict[str, Any] = field(default_factory=dict)
    #: What was counted (the scores are :func:`framing.measures.measures` of it).
    counts: Optional[Counts] = None
    #: The language of a document not in the analysis' language (its measures are missing;
    #: :func:`framing.language.foreign_language`); None otherwise.
    language: Optional[str] = None

    def to_row(self) -> Dict[str, Any]:
        """The flat row of ``framing score``: id, metadata, n_tokens, n_sentences, scores."""
        row: Dict[str, Any] = {"id": self.id}
        row.update(self.meta)
        row["n_tokens"] = self.n_tokens
        row["n_sentences"] = self.n_sentences
        row.update(self.scores)
        return row

    def summary(self) -> Dict[str, Any]:
        """What a group comparison keeps of the document (``framing compare``), as plain JSON
        values: its score row and the tallies of its terms and attributions.

        Returns
        -------
        dict
            ``row``: :meth:`to_row`; ``terms``: layer -> normalised term -> count, over the
            spans of every voice, and the cues of the attributions made in the author's voice
            under ``"cue"``; ``sources`` (source types of the author's attributions with a
            source), ``stances`` and ``quotes`` (of the author's attributions).

        Examples
        --------
        >>> import framing
        >>> s = framing.analyze("Critics claimed it was a disgrace.").summary()
        >>> s["terms"]["cue"], s["sources"], s["row"]["distancing_cue_share"]
        ({'claimed': 1}, {'vague': 1}, 1.0)
        """
        terms: Dict[str, Dict[str, int]] = {}
        for sp in self.spans:
            layer = terms.setdefault(sp.layer, {})
            t = normalise_term(sp.text)
            layer[t] = layer.get(t, 0) + 1
        sources: Dict[str, int] = {}
        stances: Dict[str, int] = {}
        quotes: Dict[str, int] = {}
        cues: Dict[str, int] = {}
        for a in self.attributions:
            if a.voice != "author":
                continue
            if a.source is not None:
                sources[a.source_type] = sources.get(a.source_type, 0) + 1
            stances[a.stance] = stances.get(a.stance, 0) + 1
            quotes[a.quote] = quotes.get(a.quote, 0) + 1
            t = normalise_term(a.cue.text)
            cues[t] = cues.get(t, 0) + 1
        if cues:
            terms["cue"] = cues
        return {"row": self.to_row(), "terms": terms, "sources": sources, "stances": stances,
                "quotes": quotes, "language": self.language,
                "unclosed_quotes": sum(1 for q in self.quotes if not q.closed)}

    def to_dict(self) -> Dict[str, Any]:
        """The JSON record of ``framing analyze`` (one per document)."""
        d: Dict[str, Any] = {"id": self.id}
        d.update(self.meta)
        d.update(
            {
                "n_tokens": self.n_tokens,
                "n_sentences": self.n_sentences,
                "scores": self.scores,
                "spans": [s.to_dict() for s in self.spans],
                "attributions": [a.to_dict() for a in self.attributions],
                "quotes": [q.to_dict() for q in self.quotes],
                "signature": self.signature,
            }
        )
        if self.language is not None:  # only for a document in another language
            d["language"] = self.language
        if self.counts is not None and self.counts.schema.entities:
            d["entities"] = {name: (c.to_dict() if c is not None and self.language is None
                                    else None)
                             for name, c in ((n, self.counts.entities.get(n))
                                             for n in self.counts.schema.entities)}
            d["signature"] = d.pop("signature")
        return d
