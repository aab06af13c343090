"""Entity-centred measures: who is quoted how, and who is written about with loaded words.

An :class:`Entity` is a name and a regular expression (plus optional aliases, literal
strings) matched on the document text, case-sensitive by default. For each document and
entity, :func:`entity_counts` counts

``mentions``
    matches of the entity, in the author's voice and inside quotations;
``as_source``
    attributions in the author's voice whose source span contains a mention ("Trump said",
    "Trump's spokesman said": the source names the entity);
``stances``, ``source_types``
    the cue stances and source types of those attributions;
``in_content``
    attributions in the author's voice whose content contains a mention, by the source type
    of whoever is attributed (``by``);
``loaded_near``
    loaded words in the author's voice in a sentence that mentions the entity.

Give entities with ``--entity NAME=REGEX`` (repeatable) or ``--entities FILE`` (TOML or CSV, see
:func:`read_entities`); in Python, ``AnalyzerSettings.create(entities=[...])``.

Examples
--------
>>> e = parse_entity("Trump=(Donald )?Trump")
>>> e.name, [m.group() for m in e.regex.finditer("Trump and Donald Trump")]
('Trump', ['Trump', 'Donald Trump'])
"""
from __future__ import annotations

import bisect
import csv
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from .attribution import STANCES as _STANCES
from .errors import InputError, SettingsError

__all__ = ["Entity", "EntityCounts", "parse_entity", "read_entities", "check_entities",
           "entity_counts", "entity_columns", "entities_id", "ENTITY_COLUMNS"]

#: What an entity name may be: it becomes part of column names (``entity.Trump.as_source``).
_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
#: The flat columns of ``framing score`` per entity (after ``entity.<NAME>.``).
ENTITY_COLUMNS = ("mentions", "mentions_author", "mentions_quoted", "as_source",
                  "as_source_per_mention", "nonneutral_share") + tuple(
    f"cue_{s}" for s in _STANCES) + ("in_content", "loaded_near", "loaded_near_per_mention")


@dataclass(frozen=True)
class Entity:
    """A named actor and how it is found in text.

    Parameters
    ----------
    name : str
        ``[A-Za-z][A-Za-z0-9_-]*`` (it becomes part of column names).
    pattern : str
        A Python regular expression, matched on the text.
    aliases : tuple of str
        Further names, matched literally (on word boundaries).
    ignore_case : bool, default False
        Match regardless of letter case (default: case-sensitive, so that "Trump" the name is
        not "trump" the verb).
    """

    name: str
    pattern: str
    aliases: Tuple[str, ...] = ()
    ignore_case: bool = False
    regex: Any = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not _NAME_RE.match(self.name):
            raise SettingsError(f"entity name {self.name!r} must match [A-Za-z][A-Za-z0-9_-]* "
                                "(it becomes part of column names)")
        parts = [f"(?:{self.pattern})"] if self.pattern else []
        parts += [rf"(?<!\w){re.escape(a)}(?!\w)" for a in self.aliases if a]
        if not parts:
            raise SettingsError(f"entity {self.name}: no pattern and no aliases")
        try:
            rx = re.compile("|".join(parts), re.IGNORECASE if self.ignore_case else 0)
        except re.error as exc:
            raise SettingsError(f"entity {self.name}: bad regular expression "
                                f"{self.pattern!r}: {exc}") from None
        if rx.search("") is not None:
            raise SettingsError(f"entity {self.name}: the pattern {self.pattern!r} matches "
                                "the empty string")
        object.__setattr__(self, "regex", rx)

    def spec(self) -> Dict[str, Any]:
        """The entity as plain values (for manifests and the settings' hash)."""
        return {"name": self.name, "pattern": self.pattern, "aliases": list(self.aliases),
                "ignore_case": self.ignore_case}


def parse_entity(option: str) -> Entity:
    """An entity from ``NAME=REGEX`` (the ``--entity`` option).

    Raises
    ------
    framing.errors.SettingsError
        No ``=``, a bad name or a bad regular expression (one line naming them).
    """
    if not isinstance(option, str) or "=" not in option:
        raise SettingsError(f"--entity {option!r}: expected NAME=REGEX, e.g. "
                            "Trump='(Donald )?Trump'")
    name, pattern = option.split("=", 1)
    try:
        return Entity(name.strip(), pattern)
    except SettingsError as exc:
        raise SettingsError(f"--entity {option!r}: {exc}") from None


def check_entities(entities: Iterable[Entity]) -> Tuple[Entity, ...]:
    """The entities as a tuple; a name given twice is an error."""
    out = tuple(entities)
    seen = set()
    for e in out:
        if not isinstance(e, Entity):
            raise SettingsError(f"entities must be Entity objects, got {type(e).__name__}")
        if e.name in seen:
            raise SettingsError(f"entity {e.name!r} is given twice; entity names must differ")
        seen.add(e.name)
    return out


def read_entities(path: Union[str, Path]) -> List[Entity]:
    """Entities from a TOML or CSV file.

    TOML: one table per entity, ``[Trump]`` with ``pattern = "..."``, optional
    ``aliases = ["..."]`` and ``ignore_case = true``. CSV: columns ``name``, ``pattern`` and
    optional ``aliases`` (``;``-separated) and ``ignore_case`` (true/false).

    Raises
    ------
    framing.errors.InputError
        An unreadable file or a bad entry, naming the file and line (TOML: the entity).

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "actors.toml"
    >>> _ = p.write_text('[Clinton]\\npattern = "(Hillary )?Clinton"\\naliases = ["HRC"]\\n')
    >>> [(e.name, e.aliases) for e in read_entities(p)]
    [('Clinton', ('HRC',))]
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(p), f"cannot read entities "
                         f"({getattr(exc, 'strerror', None) or exc})") from None
    out: List[Entity] = []
    if p.suffix.lower() == ".toml":
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(str(p), f"invalid TOML ({exc})") from None
        for name, table in data.items():
            line = _toml_line(text, name)
            if not isinstance(table, dict) or not isinstance(table.get("pattern", ""), str):
                raise InputError(str(p), f"entity {name!r}: expected a table with "
                                 "pattern = \"REGEX\"", line=line, field="pattern")
            aliases = table.get("aliases", [])
            if isinstance(aliases, str):
                aliases = [aliases]
            try:
                out.append(Entity(str(name), table.get("pattern", ""),
                                  tuple(str(a) for a in aliases),
                                  bool(table.get("ignore_case", False))))
            except SettingsError as exc:
                raise InputError(str(p), str(exc), line=line, field=str(name)) from None
    elif p.suffix.lower() in (".csv", ".tsv"):
        rows = csv.DictReader(text.splitlines(), delimiter="\t" if p.suffix.lower() == ".tsv"
                              else ",")
        if rows.fieldnames is None or "name" not in rows.fieldnames:
            raise InputError(str(p), "the header needs the columns name and pattern (and "
                             "optionally aliases, ignore_case)", line=1)
        for k, row in enumerate(rows, start=2):
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";")
                            if a.strip())
            flag = (row.get("ignore_case") or "").strip().lower() in ("1", "true", "yes")
            try:
                out.append(Entity((row.get("name") or "").strip(), row.get("pattern") or "",
                                  aliases, flag))
            except SettingsError as exc:
                raise InputError(str(p), str(exc), line=k, field="pattern") from None
    else:
        raise InputError(str(p), "entities are read from .toml or .csv/.tsv files")
    if not out:
        raise InputError(str(p), "no entities in the file")
    try:
        return list(check_entities(out))
    except SettingsError as exc:
        raise InputError(str(p), str(exc)) from None


def _toml_line(text: str, name: str) -> int:
    m = re.search(rf'^\s*\[\s*"?{re.escape(name)}"?\s*\]', text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def entities_id(entities: Sequence[Entity]) -> str:
    """``NAME,NAME#sha8``: the entities in signatures (the hash covers every pattern)."""
    h = hashlib.sha256(repr([e.spec() for e in entities]).encode("utf-8")).hexdigest()[:8]
    return ",".join(e.name for e in entities) + f"#{h}"


@dataclass
class EntityCounts:
    """What was counted for one entity in one document (see the module docstring)."""

    mentions_author: int = 0
    mentions_quoted: int = 0
    as_source: int = 0
    stances: Counter = field(default_factory=Counter)
    source_types: Counter = field(default_factory=Counter)
    in_content: int = 0
    in_content_by: Counter = field(default_factory=Counter)
    loaded_near: int = 0

    @property
    def mentions(self) -> int:
        return self.mentions_author + self.mentions_quoted

    def to_dict(self) -> Dict[str, Any]:
        """The entity's part of the ``analyze`` record."""
        return {"mentions": {"author": self.mentions_author, "quoted": self.mentions_quoted},
                "as_source": self.as_source,
                "stances": dict(sorted(self.stances.items())),
                "source_types": dict(sorted(self.source_types.items())),
                "in_content": {"n": self.in_content, "by": dict(sorted(self.in_content_by.items()))},
                "loaded_near": self.loaded_near}


def _covers(mentions: Sequence[Tuple[int, int]], starts: Sequence[int], a: int, b: int) -> bool:
    """Whether a mention lies within ``[a, b)`` (mentions sorted by start)."""
    k = bisect.bisect_left(starts, a)
    return k < len(mentions) and mentions[k][0] < b and mentions[k][1] <= b


def entity_counts(text: str, sentences: Sequence[Tuple[int, int]], voice: Any,
                  attributions: Sequence[Any], spans: Sequence[Any],
                  entities: Sequence[Entity]) -> Dict[str, EntityCounts]:
    """The counts of every entity in one document.

    Parameters
    ----------
    text : str
    sentences : sequence of (start, end, ...)
        Sentence offsets, in order (:attr:`framing.text.Doc.spans`).
    voice : callable (start, end) -> "author" | "quoted"
        The document's voice map (:meth:`framing.voice.VoiceMap.voice`).
    attributions : sequence of framing.analysis.Attribution
    spans : sequence of framing.analysis.Span
    entities : sequence of Entity

    Examples
    --------
    >>> import framing
    >>> from framing.entities import Entity
    >>> a = framing.analyze("Critics claimed that Smith lied. Smith said the plan was a disgrace.")
    >>> c = entity_counts(a.text, [(0, 32), (33, 68)], lambda s, e: "author", a.attributions,
    ...                   a.spans, [Entity("Smith", "Smith")])["Smith"]
    >>> c.mentions, c.as_source, dict(c.stances), c.in_content, dict(c.in_content_by)
    (2, 1, {'neutral': 1}, 1, {'vague': 1})
    """
    sent_starts = [s[0] for s in sentences]
    loaded = [sp for sp in spans if sp.layer == "loaded" and sp.voice == "author"]
    out: Dict[str, EntityCounts] = {}
    for ent in entities:
        c = EntityCounts()
        mentions = [(m.start(), m.end()) for m in ent.regex.finditer(text) if m.end() > m.start()]
        starts = [m[0] for m in mentions]
        mention_sentences = set()
        for a, b in mentions:
            if voice(a, b) == "author":
                c.mentions_author += 1
            else:
                c.mentions_quoted += 1
            mention_sentences.add(max(0, bisect.bisect_right(sent_starts, a) - 1))
        if mentions:
            for att in attributions:
                if att.voice != "author":
                    continue
                if att.source is not None and _covers(mentions, starts, att.source.start,
                                                      att.source.end):
                    c.as_source += 1
                    c.stances[att.stance] += 1
                    c.source_types[att.source_type] += 1
                if att.content is not None and _covers(mentions, starts, att.content.start,
                                                       att.content.end):
                    c.in_content += 1
                    c.in_content_by[att.source_type if att.source is not None else "none"] += 1
            for sp in loaded:
                k = max(0, bisect.bisect_right(sent_starts, sp.start) - 1)
                if k in mention_sentences:
                    c.loaded_near += 1
        out[ent.name] = c
    return out


def entity_columns(name: str, c: Optional[EntityCounts]) -> Dict[str, Any]:
    """The flat ``framing score`` columns of one entity (:data:`ENTITY_COLUMNS`); rates per
    mention are missing without a mention, the non-neutral share without an attribution."""
    p = f"entity.{name}."
    if c is None:
        return {p + k: None for k in ENTITY_COLUMNS}
    n = c.mentions
    nonneutral = c.as_source - c.stances.get("neutral", 0)
    return {
        p + "mentions": n,
        p + "mentions_author": c.mentions_author,
        p + "mentions_quoted": c.mentions_quoted,
        p + "as_source": c.as_source,
        p + "as_source_per_mention": round(c.as_source / n, 4) if n else None,
        p + "nonneutral_share": round(nonneutral / c.as_source, 4) if c.as_source else None,
        **{f"{p}cue_{s}": c.stances.get(s, 0) for s in _STANCES},
        p + "in_content": c.in_content,
        p + "loaded_near": c.loaded_near,
        p + "loaded_near_per_mention": round(c.loaded_near / n, 4) if n else None,
    }
