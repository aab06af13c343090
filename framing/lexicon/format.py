"""Lexicons: the ``.lex`` format, loading and validation.

The format is documented in ``lexicons/README.md``: a TOML header (metadata, categories,
citations) and one tab-separated entry per line after ``%% entries``. Bundled lexicons ship
inside the installed package (``framing.lexicons``) and are read through
:mod:`importlib.resources`.

Examples
--------
>>> lex = parse_lexicon('''
... [lexicon]
... name = "demo"
... version = "0.1"
... [categories.modal]
... layer = "hedge"
... definition = "Epistemic modals."
... %% entries
... may\\tmodal\\tcase=exact
... could\\tmodal\\tneg=drop
... ''')
>>> lex.id
'demo@0.1'
>>> from framing.text import Doc
>>> doc = Doc("In May it may rain, but it could not snow.")
>>> [doc.text[start:end] for start, end, entry in lex.compile().find(doc)]
['may']
"""
from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from ..errors import LexiconError

if sys.version_info >= (3, 11):  # pragma: no cover - depends on interpreter
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


__all__ = [
    "Entry",
    "Lexicon",
    "LexiconError",
    "Issue",
    "parse_lexicon",
    "load_lexicon",
    "bundled_lexicons",
    "validate_lexicon",
    "inflections",
    "build_entry",
    "FORMAT_VERSIONS",
    "ATTRIBUTION_LAYERS",
]

SEPARATOR = "%% entries"
#: Versions of the ``.lex`` format this framing reads. Version 2 (``format = 2`` in
#: ``[lexicon]``) lets an entry belong to several categories (``term<TAB>cat_a,cat_b``) and
#: requires category names of ``[a-z0-9_]``; a file without ``format`` is version 1.
FORMAT_VERSIONS = (1, 2)
_NAME_RE = re.compile(r"^[a-z0-9_]+$")
_OPTIONS = {
    "inflect": {"verb", "noun", "adj"},
    "case": {"exact"},
    "neg": {"drop"},
    "next": {"number"},
    "syntax": {"verb", "prep", "impersonal", "noun", "participle"},
    "clause": {"required"},
}
_FREE_OPTIONS = {"forms", "weight", "evidence"}


@dataclass(frozen=True)
class Issue:
    """A validation finding: ``level`` is ``error`` or ``warning``."""

    source: str
    line: int
    level: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.level}: {self.message}"


@dataclass(frozen=True)
class Entry:
    """One lexicon entry as written in the file, with its compiled surface forms.

    An entry belongs to one or more categories (``categories``; the layers of those categories
    in ``layers``, in the same order). A match of the entry counts once in each of its
    categories and once in each distinct layer, as LIWC and quanteda count a dictionary word
    that is listed under several categories.
    """

    term: str
    categories: Tuple[str, ...]
    layers: Tuple[str, ...]
    line: int
    note: str = ""
    forms: Tuple[Tuple[str, ...], ...] = ()
    wildcard: bool = False
    case_exact: bool = False
    neg_drop: bool = False
    next_number: bool = False
    weight: float = 1.0
    syntax: str = "verb"
    options: Tuple[Tuple[str, str], ...] = ()
    #: ``(annotated hits, hits)`` in annotated data (the ``evidence=`` option), else None.
    evidence: Optional[Tuple[int, int]] = None
    #: The first category (the only one of most entries) and its layer (set from the above).
    category: str = field(init=False, default="")
    layer: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "category", self.categories[0])
        object.__setattr__(self, "layer", self.layers[0])

    @property
    def precision(self) -> Optional[float]:
        """Annotated hits over hits (``evidence=``); None without evidence or without hits."""
        if self.evidence is None or self.evidence[1] == 0:
            return None
        return self.evidence[0] / self.evidence[1]

    @cached_property
    def by_layer(self) -> Tuple[Tuple[str, Tuple[str, ...]], ...]:
        """``(layer, categories of that layer)`` pairs, layers in order of first appearance."""
        out: Dict[str, List[str]] = {}
        for cat, layer in zip(self.categories, self.layers):
            out.setdefault(layer, []).append(cat)
        return tuple((layer, tuple(cats)) for layer, cats in out.items())


#: Layers of the attribution lexicon: cue words and phrases, and the nouns that type sources.
ATTRIBUTION_LAYERS = frozenset({"cue", "source"})


@dataclass(eq=False)
class Lexicon:
    """A loaded lexicon: metadata, categories and entries.

    Two lexicons are equal when their name, version and file hash are (so a lexicon can key a
    cache and sit in frozen settings); a lexicon pickles as its file text, and a bundled one
    as its name and hash.

    Attributes
    ----------
    name, version : str
        From the header; ``id`` is ``name@version`` as used in signatures.
    sha256 : str
        Hash of the file's bytes, for reports.
    categories : dict
        ``{category: {"layer": ..., "definition": ...}}``, in file order.
    entries : list of Entry
    source : str
        Where it was read from (``lexicons/NAME.lex`` for a bundled one).
    text : str
        The text of the file.
    format : int
        The ``.lex`` format version of the file (1 or 2; 2 allows several categories per
        entry).
    """

    name: str
    version: str
    sha256: str
    meta: Dict[str, Any]
    categories: Dict[str, Dict[str, Any]]
    entries: List[Entry]
    source: str = "<string>"
    text: str = field(default="", repr=False)
    format: int = 1
    _matcher: Optional[Any] = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return f"{self.name}@{self.version}"

    @property
    def bundled(self) -> bool:
        """Is this exactly (same bytes) the bundled lexicon of its name?"""
        return self.name in bundled_lexicons() and _load_bundled(self.name).sha256 == self.sha256

    @property
    def signature_id(self) -> str:
        """``name@version`` for a bundled lexicon; for any other, ``name@version#`` and the
        first 8 hex digits of its sha256, so that two files with the same name and version
        are never confused in a signature."""
        return self.id if self.bundled else f"{self.id}#{self.sha256[:8]}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Lexicon):
            return NotImplemented
        return (self.name, self.version, self.sha256) == (other.name, other.version, other.sha256)

    def __hash__(self) -> int:
        return hash((self.name, self.version, self.sha256))

    def __reduce__(self) -> Any:
        if self.bundled:
            return _bundled_by_hash, (self.name, self.sha256)
        return _parsed_by_hash, (self.text, self.source, self.sha256)

    @property
    def is_attribution(self) -> bool:
        """Does the lexicon define attribution cues or source nouns (layers ``cue``/``source``)?"""
        return any(c.get("layer") in ATTRIBUTION_LAYERS for c in self.categories.values())

    @property
    def span_entries(self) -> List[Entry]:
        """The entries whose matches are spans (every layer but ``cue`` and ``source``)."""
        return [e for e in self.entries if e.layer not in ATTRIBUTION_LAYERS]

    def span_categories(self) -> List[Tuple[str, str]]:
        """``(category, layer)`` of the span categories, in file order."""
        return [(name, str(c["layer"])) for name, c in self.categories.items()
                if c.get("layer") not in ATTRIBUTION_LAYERS]

    def compile(self) -> Any:
        """The compiled matcher of all entries (built once and cached on the lexicon)."""
        if self._matcher is None:
            from .matcher import Matcher

            self._matcher = Matcher(self.entries)
        return self._matcher

    def terms(self, category: Optional[str] = None) -> List[str]:
        """Terms as written, optionally of one category."""
        return [e.term for e in self.entries if category is None or category in e.categories]


@lru_cache(maxsize=64)
def _parsed(text: str, source: str) -> Lexicon:
    return parse_lexicon(text, source)


def _parsed_by_hash(text: str, source: str, sha256: str) -> Lexicon:
    """Unpickle a lexicon: parsed once per process for each text."""
    lex = _parsed(text, source)
    if lex.sha256 != sha256:  # pragma: no cover - the text is the file's text
        raise LexiconError(f"{source}: the lexicon changed in transit")
    return lex


def _bundled_by_hash(name: str, sha256: str) -> Lexicon:
    """Unpickle a bundled lexicon: load it here, and check that it is the same file (a worker
    with another version of framing installed would count differently)."""
    lex = _load_bundled(name)
    if lex.sha256 != sha256:
        raise LexiconError(
            f"lexicons/{name}.lex: this process has another version of the bundled lexicon "
            f"{name!r} (sha256 {lex.sha256[:12]}…, expected {sha256[:12]}…); install the same "
            "version of framing on every worker")
    return lex


# --------------------------------------------------------------------------- inflection

_VOWELS = set("aeiou")


def _s_form(w: str) -> str:
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def inflections(word: str, kind: str) -> List[str]:
    """Regular inflections of ``word`` (the word itself first).

    Parameters
    ----------
    word : str
    kind : {'verb', 'noun', 'adj'}

    Examples
    --------
    >>> inflections("claim", "verb")
    ['claim', 'claims', 'claimed', 'claiming']
    >>> inflections("note", "verb")
    ['note', 'notes', 'noted', 'noting']
    >>> inflections("deny", "verb")
    ['deny', 'denies', 'denied', 'denying']
    >>> inflections("critic", "noun")
    ['critic', 'critics']
    """
    w = word
    if kind == "verb":
        if w.endswith("ie"):
            ed, ing = w + "d", w[:-2] + "ying"
        elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
            ed, ing = w + "d", w[:-1] + "ing"
        elif w.endswith("ee"):
            ed, ing = w + "d", w + "ing"
        elif len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS:
            ed, ing = w[:-1] + "ied", w + "ing"
        else:
            ed, ing = w + "ed", w + "ing"
        return [w, _s_form(w), ed, ing]
    if kind == "noun":
        return [w, _s_form(w)]
    if kind == "adj":
        if w.endswith("e"):
            return [w, w + "r", w + "st"]
        if len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS:
            return [w, w[:-1] + "ier", w[:-1] + "iest"]
        return [w, w + "er", w + "est"]
    raise ValueError(f"unknown inflection kind {kind!r}; valid options are ['adj', 'noun', 'verb']")


# --------------------------------------------------------------------------- parsing


def _parse_options(raw: str, where: str) -> Dict[str, str]:
    opts: Dict[str, str] = {}
    for part in raw.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise LexiconError(f"{where}: option {part!r} is not key=value")
        key, value = (x.strip() for x in part.split("=", 1))
        if key in _OPTIONS:
            if value not in _OPTIONS[key]:
                raise LexiconError(
                    f"{where}: option {key}={value!r} is not valid; valid options are "
                    f"{sorted(_OPTIONS[key])}"
                )
        elif key not in _FREE_OPTIONS:
            raise LexiconError(
                f"{where}: unknown option {key!r}; valid options are "
                f"{sorted(set(_OPTIONS) | _FREE_OPTIONS)}"
            )
        if key in opts:
            raise LexiconError(f"{where}: option {key!r} given twice")
        opts[key] = value
    return opts


def _term_tokens(term: str) -> Tuple[str, ...]:
    return tuple(term.split(" "))


def build_entry(term: str, categories: Tuple[str, ...], layers: Tuple[str, ...],
                opts: Dict[str, str], note: str, line: int, where: str) -> Entry:
    """One entry from its fields as parsed (the rules of the ``.lex`` format: whitespace,
    wildcards, case, inflections, extra forms, weight); ``where`` (``file:line``) prefixes the
    :class:`LexiconError` of a bad entry."""
    if term != term.strip() or "  " in term or "\t" in term:
        raise LexiconError(f"{where}: term {term!r} has stray whitespace")
    toks = _term_tokens(term)
    wildcard = toks[-1].endswith("*")
    if any("*" in t for t in toks[:-1]) or toks[-1].count("*") > 1 or (
        "*" in toks[-1] and not wildcard
    ):
        raise LexiconError(f"{where}: a wildcard '*' may only end the last token of {term!r}")
    # a stem of one token needs 2+ characters ("ok*"; "a*" would match every word starting
    # with a); after other words any stem is specific enough (Lexicoder's "cut up*")
    minimum = 2 if len(toks) == 1 else 1
    if wildcard and len(toks[-1]) - 1 < minimum:
        raise LexiconError(f"{where}: wildcard stem {toks[-1]!r} is too short "
                           f"({minimum}+ characters before the '*')")
    case_exact = opts.get("case") == "exact"
    if not case_exact and term != term.lower():
        raise LexiconError(f"{where}: term {term!r} has capitals; write it lower-case or add case=exact")
    forms: List[Tuple[str, ...]] = [toks]
    kind = opts.get("inflect")
    if kind:
        if wildcard:
            raise LexiconError(f"{where}: inflect= cannot be combined with a wildcard")
        idx = 0 if kind == "verb" else len(toks) - 1
        for f in inflections(toks[idx], kind)[1:]:
            forms.append(toks[:idx] + (f,) + toks[idx + 1:])
    if "forms" in opts:
        for f in opts["forms"].split(","):
            f = f.strip()
            if not f:
                continue
            if not case_exact and f != f.lower():
                raise LexiconError(f"{where}: form {f!r} has capitals; add case=exact")
            forms.append(_term_tokens(f))
    seen = set()
    uniq = []
    for f in forms:
        if f not in seen:
            seen.add(f)
            uniq.append(f)
    try:
        weight = float(opts.get("weight", "1"))
    except ValueError:
        raise LexiconError(f"{where}: weight {opts['weight']!r} is not a number") from None
    evidence = parse_evidence(opts["evidence"], where) if "evidence" in opts else None
    return Entry(
        term=term,
        categories=categories,
        layers=layers,
        line=line,
        note=note,
        forms=tuple(uniq),
        wildcard=wildcard,
        case_exact=case_exact,
        neg_drop=opts.get("neg") == "drop",
        next_number=opts.get("next") == "number",
        weight=weight,
        syntax=opts.get("syntax", "verb"),
        options=tuple(sorted(opts.items())),
        evidence=evidence,
    )


def parse_evidence(value: str, where: str = "<string>") -> Tuple[int, int]:
    """The ``evidence=ANNOTATED/HITS`` option: of the entry's ``HITS`` matches in annotated
    data, ``ANNOTATED`` fell on words the annotators marked (its precision is their ratio).

    Examples
    --------
    >>> parse_evidence("28/45")
    (28, 45)
    """
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", value)
    if not m:
        raise LexiconError(f"{where}: evidence {value!r} is not ANNOTATED/HITS (e.g. 28/45: "
                           "28 of 45 matches fell on annotated words)")
    annotated, hits = int(m.group(1)), int(m.group(2))
    if annotated > hits:
        raise LexiconError(f"{where}: evidence {value!r}: more annotated hits than hits")
    return annotated, hits


def _split(text: str, source: str) -> Tuple[str, List[Tuple[int, str]], int]:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip() == SEPARATOR:
            header = "\n".join(lines[:i])
            return header, list(enumerate(lines[i + 1:], start=i + 2)), i + 1
    raise LexiconError(f"{source}:1: no '{SEPARATOR}' line separates the header from the entries")


def _parse(text: str, source: str, collect: Optional[List[Issue]] = None) -> Lexicon:
    """Parse; with ``collect`` given, entry-level problems are collected instead of raised."""
    raw_bytes = text.encode("utf-8")
    header, body, sep_line = _split(text, source)
    try:
        meta = tomllib.loads(header)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = m.group(1) if m else "1"
        raise LexiconError(f"{source}:{line}: invalid TOML header ({exc})") from None
    info = meta.get("lexicon")
    if not isinstance(info, dict):
        raise LexiconError(f"{source}:1: the header needs a [lexicon] table with name and version")
    name, version = info.get("name"), info.get("version")
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise LexiconError(f"{source}:1: [lexicon] name {name!r} must match [a-z0-9_]+")
    if not isinstance(version, str) or not version:
        raise LexiconError(f"{source}:1: [lexicon] version must be a non-empty string")
    fmt = info.get("format", 1)
    if fmt not in FORMAT_VERSIONS or isinstance(fmt, bool):
        raise LexiconError(f"{source}:1: [lexicon] format {fmt!r} is not known; valid options "
                           f"are {list(FORMAT_VERSIONS)} (a newer framing may read it)")
    cats = meta.get("categories")
    if not isinstance(cats, dict) or not cats:
        raise LexiconError(f"{source}:1: the header defines no [categories.NAME] tables")
    for cname, cdef in cats.items():
        if fmt >= 2 and not _NAME_RE.match(cname):
            raise LexiconError(f"{source}:1: category name {cname!r} must match [a-z0-9_]+ "
                               "(it becomes part of column names)")
        if not isinstance(cdef, dict) or not isinstance(cdef.get("layer"), str):
            raise LexiconError(f"{source}:1: category {cname!r} needs a layer = \"...\"")
        if not isinstance(cdef.get("definition"), str) or not cdef["definition"].strip():
            raise LexiconError(f"{source}:1: category {cname!r} needs a definition")
    entries: List[Entry] = []
    seen: Dict[Tuple[str, ...], Tuple[int, Tuple[str, ...]]] = {}
    for lineno, line in body:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        where = f"{source}:{lineno}"
        fields = line.rstrip("\r\n").split("\t")
        try:
            if len(fields) < 2 or len(fields) > 4:
                raise LexiconError(
                    f"{where}: expected 2 to 4 tab-separated fields (term, category, options, "
                    f"note), found {len(fields)}"
                )
            fields += [""] * (4 - len(fields))
            term, category, options, note = fields
            if not term:
                raise LexiconError(f"{where}: empty term")
            names = tuple(c.strip() for c in category.split(",")) if fmt >= 2 else (category,)
            for c in names:
                if c not in cats:
                    raise LexiconError(
                        f"{where}: category {c!r} is not defined in the header; defined: "
                        f"{sorted(cats)}"
                    )
            if len(set(names)) != len(names):
                raise LexiconError(f"{where}: a category is listed twice in {category!r}")
            layers = tuple(str(cats[c]["layer"]) for c in names)
            if len(names) > 1 and ATTRIBUTION_LAYERS & set(layers):
                raise LexiconError(f"{where}: an attribution cue or source noun has one category "
                                   f"(its stance or source type), found {category!r}")
            opts = _parse_options(options, where)
            entry = build_entry(term, names, layers, opts, note.strip(), lineno, where)
            for form in entry.forms:
                key = tuple(t.lower() for t in form) if not entry.case_exact else form
                key = key + (("*",) if entry.wildcard else ())
                if key in seen:
                    prev_line, prev_cats = seen[key]
                    kind = "duplicate" if prev_cats == names else "conflicting categories for"
                    hint = ("; list all its categories on one line, separated by commas"
                            if fmt >= 2 and prev_cats != names else "")
                    raise LexiconError(
                        f"{where}: {kind} {' '.join(form)!r} (also line {prev_line}, "
                        f"category {','.join(prev_cats)!r}){hint}"
                    )
                seen[key] = (lineno, names)
        except LexiconError as exc:
            if collect is None:
                raise
            collect.append(Issue(source, lineno, "error", str(exc).split(": ", 1)[1]))
            continue
        entries.append(entry)
    if not entries and collect is None:
        raise LexiconError(f"{source}:{sep_line}: the lexicon has no entries")
    return Lexicon(
        name=name,
        version=version,
        sha256=hashlib.sha256(raw_bytes).hexdigest(),
        meta=meta,
        categories=cats,
        entries=entries,
        source=source,
        text=text,
        format=fmt,
    )


def parse_lexicon(text: str, source: str = "<string>") -> Lexicon:
    """Parse the text of a ``.lex`` file.

    Raises
    ------
    LexiconError
        With a ``source:line:`` prefix naming the first problem.
    """
    return _parse(text, source)


def validate_lexicon(text: str, source: str = "<string>") -> List[Issue]:
    """All problems of a ``.lex`` text: schema, duplicates, conflicts, missing metadata.

    Returns an empty list for a clean lexicon.

    Examples
    --------
    >>> bad = '[lexicon]\\nname="x"\\nversion="1"\\n[categories.a]\\nlayer="l"\\ndefinition="d"\\n%% entries\\nfoo\\ta\\nfoo\\ta\\n'
    >>> [str(i) for i in validate_lexicon(bad, "x.lex")][-1]
    "x.lex:9: error: duplicate 'foo' (also line 8, category 'a')"
    """
    issues: List[Issue] = []
    try:
        lex = _parse(text, source, collect=issues)
    except LexiconError as exc:
        msg = str(exc)
        m = re.match(r"^(.*?):(\d+): (.*)$", msg)
        if m:
            return [Issue(source, int(m.group(2)), "error", m.group(3))]
        return [Issue(source, 1, "error", msg)]  # pragma: no cover
    info = lex.meta.get("lexicon", {})
    for key in ("description", "license", "authors"):
        if not info.get(key):
            issues.append(Issue(source, 1, "warning", f"[lexicon] has no {key}"))
    if not lex.meta.get("citations"):
        issues.append(Issue(source, 1, "warning", "no [[citations]] of the literature that informed it"))
    used = {c for e in lex.entries for c in e.categories}
    for cname in lex.categories:
        if cname not in used:
            issues.append(Issue(source, 1, "warning", f"category {cname!r} has no entries"))
    if not lex.entries and not issues:
        issues.append(Issue(source, 1, "error", "the lexicon has no entries"))
    return sorted(issues, key=lambda i: (i.line, i.level, i.message))


@lru_cache(maxsize=None)
def bundled_lexicons() -> Tuple[str, ...]:
    """Names of the lexicons shipped with the package (``lexicons/*.lex``)."""
    root = resources.files("framing.lexicons")
    return tuple(sorted(p.name[:-4] for p in root.iterdir() if p.name.endswith(".lex")))


@lru_cache(maxsize=None)
def _load_bundled(name: str) -> Lexicon:
    root = resources.files("framing.lexicons")
    res = root.joinpath(f"{name}.lex")
    return parse_lexicon(res.read_bytes().decode("utf-8"), f"lexicons/{name}.lex")


def load_lexicon(name_or_path: "str | Path") -> Lexicon:
    """Load a bundled lexicon by name (``"hedges"``) or a ``.lex`` file by path.

    Bundled lexicons are parsed once per process and shared.

    Raises
    ------
    LexiconError
        Unknown name, unreadable file, or invalid content (with ``file:line``).
    """
    s = str(name_or_path)
    if s in bundled_lexicons():
        return _load_bundled(s)
    p = Path(s)
    if p.suffix != ".lex":
        # only .lex files are read: a name from a config or a model file cannot reach other
        # files ("../../etc/passwd")
        raise LexiconError(
            f"{s}: no such lexicon; bundled lexicons are {list(bundled_lexicons())}, "
            "or give the path of a .lex file"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise LexiconError(f"{s}: cannot read lexicon ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{s}: invalid UTF-8 at byte {exc.start}") from None
    return parse_lexicon(text, s)



