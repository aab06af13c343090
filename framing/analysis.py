"""Result records: spans, attributions and the per-document :class:`Analysis`.

``Analysis.to_dict()`` is the JSON contract of ``framing analyze`` (DESIGN section 2): keep the
names and shapes, extend freely.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

__all__ = ["Span", "Part", "Attribution", "Quote", "Analysis"]


@dataclass(frozen=True)
class Span:
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

    def to_dict(self) -> Dict[str, Any]:
        d = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "layer": self.layer,
            "category": self.category,
            "voice": self.voice,
            "lexicon": self.lexicon,
        }
        if self.weight != 1.0:
            d["weight"] = self.weight
        return d


@dataclass(frozen=True)
class Part:
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


@dataclass(frozen=True)
class Attribution:
    """A source–cue–content relation ("Critics contend that ...").

    ``source`` is ``None`` for impersonal cues ("it is alleged that ..."); ``quote`` is
    ``direct`` (the content is a quotation), ``indirect`` or ``mixed`` (paraphrase that
    contains a quoted fragment). ``voice`` is ``quoted`` when the cue itself stands inside a
    quotation (an attribution made by a quoted speaker, not by the outlet).
    """

    source: Optional[Part]
    cue: Part
    content: Optional[Part]
    quote: str
    cue_category: str = ""
    voice: str = "author"

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
        }


@dataclass(frozen=True)
class Quote:
    """A quotation span; ``start``/``end`` include the quotation marks when present."""

    start: int
    end: int
    text: str

    def to_dict(self) -> Dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


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

    def spans_of(self, layer: str, voice: Optional[str] = None) -> List[Span]:
        """Spans of one layer, optionally of one voice."""
        return [s for s in self.spans if s.layer == layer and (voice is None or s.voice == voice)]

    def to_row(self) -> Dict[str, Any]:
        """The flat row of ``framing score``: id, metadata, n_tokens, n_sentences, scores."""
        row: Dict[str, Any] = {"id": self.id}
        row.update(self.meta)
        row["n_tokens"] = self.n_tokens
        row["n_sentences"] = self.n_sentences
        row.update(self.scores)
        return row

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
        return d
