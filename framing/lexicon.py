"""Lexicons: the ``.lex`` format, loading, validation and a compiled token matcher.

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
>>> from framing.text import segment
>>> doc = segment("In May it may rain, but it could not snow.")
>>> [doc.tokens[m.start].text for m in lex.compile().find(doc)]
['may']
"""
from __future__ import annotations

import bisect
import hashlib
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

if sys.version_info >= (3, 11):  # pragma: no cover - depends on interpreter
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .text import Doc, Token

__all__ = [
    "Entry",
    "Lexicon",
    "Match",
    "Matcher",
    "LexiconError",
    "Issue",
    "parse_lexicon",
    "load_lexicon",
    "bundled_lexicons",
    "validate_lexicon",
    "inflections",
]

SEPARATOR = "%% entries"
_NAME_RE = re.compile(r"^[a-z0-9_]+$")
_OPTIONS = {
    "inflect": {"verb", "noun", "adj"},
    "case": {"exact"},
    "neg": {"drop"},
    "next": {"number"},
    "syntax": {"verb", "prep", "impersonal", "noun", "participle"},
    "clause": {"required"},
}
_FREE_OPTIONS = {"forms", "weight"}
#: Negators checked by ``neg=drop``: a closed grammatical class, not lexicon content.
NEGATORS_BEFORE = frozenset({"not", "n't", "never", "no", "hardly", "barely"})
NEGATORS_AFTER = frozenset({"not", "n't"})
_NUMBER_RE = re.compile(r"^\d[\d.,:/]*$")
#: Number words accepted by ``next=number`` besides digits.
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "billion billions trillion dozen dozens half third quarter".split()
)


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message starts with ``file:line:``."""


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
    """One lexicon entry as written in the file, with its compiled surface forms."""

    term: str
    category: str
    layer: str
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


@dataclass
class Lexicon:
    """A loaded lexicon: metadata, categories and entries.

    Attributes
    ----------
    name, version : str
        From the header; ``id`` is ``name@version`` as used in signatures.
    sha256 : str
        Hash of the file's bytes, for reports.
    categories : dict
        ``{category: {"layer": ..., "definition": ...}}``.
    """

    name: str
    version: str
    sha256: str
    meta: Dict[str, Any]
    categories: Dict[str, Dict[str, Any]]
    entries: List[Entry]
    source: str = "<string>"
    _matcher: Optional["Matcher"] = field(default=None, repr=False, compare=False)

    @property
    def id(self) -> str:
        return f"{self.name}@{self.version}"

    def compile(self) -> "Matcher":
        """The compiled matcher (built once and cached on the lexicon)."""
        if self._matcher is None:
            self._matcher = Matcher(self.entries)
        return self._matcher

    def layer_of(self, category: str) -> str:
        return self.categories[category]["layer"]

    def terms(self, category: Optional[str] = None) -> List[str]:
        """Terms as written, optionally of one category."""
        return [e.term for e in self.entries if category is None or e.category == category]


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


def _build_entry(term: str, category: str, layer: str, opts: Dict[str, str], note: str,
                 line: int, where: str) -> Entry:
    if term != term.strip() or "  " in term or "\t" in term:
        raise LexiconError(f"{where}: term {term!r} has stray whitespace")
    toks = _term_tokens(term)
    wildcard = toks[-1].endswith("*")
    if any("*" in t for t in toks[:-1]) or toks[-1].count("*") > 1 or (
        "*" in toks[-1] and not wildcard
    ):
        raise LexiconError(f"{where}: a wildcard '*' may only end the last token of {term!r}")
    if wildcard and len(toks[-1]) < 4:
        raise LexiconError(f"{where}: wildcard stem {toks[-1]!r} is too short (3+ letters)")
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
    return Entry(
        term=term,
        category=category,
        layer=layer,
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
    )


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
    cats = meta.get("categories")
    if not isinstance(cats, dict) or not cats:
        raise LexiconError(f"{source}:1: the header defines no [categories.NAME] tables")
    for cname, cdef in cats.items():
        if not isinstance(cdef, dict) or not isinstance(cdef.get("layer"), str):
            raise LexiconError(f"{source}:1: category {cname!r} needs a layer = \"...\"")
        if not isinstance(cdef.get("definition"), str) or not cdef["definition"].strip():
            raise LexiconError(f"{source}:1: category {cname!r} needs a definition")
    entries: List[Entry] = []
    seen: Dict[Tuple[str, ...], Tuple[int, str]] = {}
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
            if category not in cats:
                raise LexiconError(
                    f"{where}: category {category!r} is not defined in the header; defined: "
                    f"{sorted(cats)}"
                )
            opts = _parse_options(options, where)
            entry = _build_entry(term, category, cats[category]["layer"], opts, note.strip(),
                                 lineno, where)
            for form in entry.forms:
                key = tuple(t.lower() for t in form) if not entry.case_exact else form
                key = key + (("*",) if entry.wildcard else ())
                if key in seen:
                    prev_line, prev_cat = seen[key]
                    kind = "duplicate" if prev_cat == category else "conflicting categories for"
                    raise LexiconError(
                        f"{where}: {kind} {' '.join(form)!r} (also line {prev_line}, "
                        f"category {prev_cat!r})"
                    )
                seen[key] = (lineno, category)
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
    used = {e.category for e in lex.entries}
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


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Match:
    """A match of ``entry`` over tokens ``start`` (inclusive) to ``end`` (exclusive)."""

    entry: Entry
    start: int
    end: int


def _is_number(tok: Token) -> bool:
    return bool(_NUMBER_RE.match(tok.text)) or tok.lower in _NUMBER_WORDS


def _is_negator(tok: Token) -> bool:
    return tok.lower in NEGATORS_BEFORE or tok.lower.endswith("n't")


class Matcher:
    """Token-level matcher compiled from lexicon entries.

    Single- and multi-word forms are indexed by their first token (a dict lookup per token);
    wildcard stems by prefix. Within one matcher, matches do not overlap: at each position
    the longest form wins, scanning left to right.
    """

    def __init__(self, entries: Sequence[Entry]):
        # first token -> list of (form tokens, entry), longest first
        self._ci: Dict[str, List[Tuple[Tuple[str, ...], Entry]]] = {}
        self._cs: Dict[str, List[Tuple[Tuple[str, ...], Entry]]] = {}
        self._prefix: Dict[str, List[Tuple[Tuple[str, ...], Entry]]] = {}
        self._prefix_lens: List[int] = []
        max_len = 1
        for e in entries:
            for form in e.forms:
                max_len = max(max_len, len(form))
                if e.wildcard and len(form) == 1:
                    stem = form[0][:-1]
                    self._prefix.setdefault(stem, []).append((form, e))
                    continue
                table = self._cs if e.case_exact else self._ci
                table.setdefault(form[0], []).append((form, e))
        for table in (self._ci, self._cs, self._prefix):
            for k in table:
                table[k].sort(key=lambda fe: -len(fe[0]))
        self._prefix_lens = sorted({len(k) for k in self._prefix}, reverse=True)
        self.max_len = max_len

    def _form_matches(self, form: Tuple[str, ...], entry: Entry, toks: Sequence[Token], i: int,
                      stop: int) -> bool:
        n = len(form)
        if i + n > stop:
            return False
        for k in range(1, n):
            tok = toks[i + k]
            pat = form[k]
            surface = tok.text if entry.case_exact else tok.lower
            if k == n - 1 and entry.wildcard:
                if not surface.startswith(pat[:-1]):
                    return False
            elif surface != pat:
                return False
        return True

    def _context_ok(self, entry: Entry, toks: Sequence[Token], i: int, j: int, lo: int,
                    hi: int) -> bool:
        if entry.next_number:
            if j >= hi:
                return False
            nxt = toks[j]
            # "about 40", "some forty", "about a dozen"
            if not _is_number(nxt) and not (
                nxt.lower in ("a", "an") and j + 1 < hi and toks[j + 1].lower in _NUMBER_WORDS
            ):
                return False
        if entry.neg_drop:
            if i - 1 >= lo and _is_negator(toks[i - 1]):
                return False
            if j < hi and toks[j].lower in NEGATORS_AFTER:
                return False
        return True

    def match_at(self, toks: Sequence[Token], i: int, lo: int, hi: int) -> Optional[Match]:
        """The longest valid match starting at token ``i`` within ``[lo, hi)``, if any."""
        tok = toks[i]
        best: Optional[Match] = None
        cands: List[Tuple[Tuple[str, ...], Entry]] = []
        c = self._ci.get(tok.lower)
        if c:
            cands.extend(c)
        c = self._cs.get(tok.text)
        if c:
            cands.extend(c)
        if self._prefix:
            low = tok.lower
            for n in self._prefix_lens:
                if len(low) >= n:
                    c = self._prefix.get(low[:n])
                    if c:
                        cands.extend(c)
        for form, entry in cands:
            n = len(form)
            if n == 1:
                j = i + 1
            else:
                if i + n > hi:
                    continue
                nxt = toks[i + 1]
                second = nxt.text if entry.case_exact else nxt.lower
                if n == 2 and entry.wildcard:
                    if not second.startswith(form[1][:-1]):
                        continue
                elif second != form[1]:
                    continue
                if n > 2 and not self._form_matches(form, entry, toks, i, hi):
                    continue
                j = i + n
            if best is not None and j - i <= best.end - best.start:
                continue
            if self._context_ok(entry, toks, i, j, lo, hi):
                best = Match(entry, i, j)
        return best

    def find_in(self, toks: Sequence[Token], lo: int, hi: int) -> List[Match]:
        """Non-overlapping matches in tokens ``[lo, hi)``, left to right."""
        out: List[Match] = []
        i = lo
        ci, cs, prefix, plens = self._ci, self._cs, self._prefix, self._prefix_lens
        while i < hi:
            tok = toks[i]
            low = tok.lower
            if low not in ci and tok.text not in cs and not (
                prefix and any(low[:n] in prefix for n in plens if len(low) >= n)
            ):
                i += 1
                continue
            m = self.match_at(toks, i, lo, hi)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.end
        return out

    def find(self, doc: Doc) -> List[Match]:
        """Matches over a segmented document; multi-word forms never cross a sentence."""
        out: List[Match] = []
        for s in doc.sentences:
            out.extend(self.find_in(doc.tokens, s.first, s.last))
        return out


# --------------------------------------------------------------------------- text matcher

#: Longest run of non-space characters read around a candidate. Longer runs (no real token is
#: that long) are read in a window, so pathological input stays linear.
_CHUNK_LIMIT = 256
_LINE_BREAK_RE = re.compile(r"[\r\n]")
_match_start = re.Match.start
#: One character that is not part of a word token: anything but a word character, and an
#: apostrophe, hyphen or ampersand unless it joins two word characters ("so-called", "don't").
_EDGE_RE = re.compile(r"[^\w'&\-]|(?<!\w)['&\-]|['&\-](?!\w)")
#: The joiners of the second and third case alone, charset first so the regex engine scans
#: quickly: a joiner not preceded by a word character, or not followed by one.
_JOINER_EDGE_RE = re.compile(r"['&\-](?:(?<!\w['&\-])|(?!\w))")
_WORD_CHAR_RE = re.compile(r"[\w'&\-]")
#: ``str.translate`` table: each character seen so far maps to itself (word characters and
#: joiners) or to a space (everything else). It grows with the distinct characters of the
#: texts, so it is bounded by the size of Unicode.
_BOUNDARY_TABLE: Dict[int, str] = {}
_BOUNDARY_SEEN: set = set()


def boundary_text(low: str) -> str:
    """``low`` with every character outside a word token turned into a space (same length).

    The matcher's automaton finds ``" term "`` in it, so hits fall on token boundaries.
    Computed as ``_EDGE_RE.sub(" ", low)`` would, but about twice as fast: one
    ``str.translate`` for the first case and a regex for the (rare) stray joiners.

    Examples
    --------
    >>> boundary_text("so-called 'deal', don't--no.")
    "so-called  deal   don't  no "
    """
    table = _BOUNDARY_TABLE
    for ch in set(low).difference(_BOUNDARY_SEEN):  # characters not met before (few)
        table[ord(ch)] = ch if _WORD_CHAR_RE.match(ch) else " "
        _BOUNDARY_SEEN.add(ch)
    return _JOINER_EDGE_RE.sub(" ", low.translate(table))


#: Characters that can be inside a token and next to a word character: the period and the
#: number separators (abbreviations, initialisms, numbers) and the joiners.
_MAYBE_INSIDE = frozenset(".,:/'’&-")
#: A whole-word key of ASCII letters and joiners (" so-called ").
_ASCII_KEY_RE = re.compile(r" [A-Za-z'&\-]+ \Z")
#: The next word of a boundary text: spaces, then everything up to the next space.
_PEEK_RE = re.compile(r" *([^ ]*)")


def _cand_order(cand) -> Tuple[int, int, int]:
    """Order in which :class:`TextMatcher` tries candidates: longest form first, then
    :class:`Matcher`'s priority (case-insensitive, case-exact, wildcard), then lexicon order."""
    return -len(cand[2]), cand[0], cand[1]


#: Form words the prefilter handles: ASCII letters, with joiners only inside (a stem may
#: end in ``*``). Such a word can only match a word token, which the boundary text keeps whole.
_ASCII_WORD_RE = re.compile(r"[A-Za-z](?:[A-Za-z'&\-]*[A-Za-z])?\*?\Z")


def _form_prefilter(form: Tuple[str, ...], entry: Entry) -> Optional[str]:
    """What the boundary text holds at an occurrence of a multi-word ``form`` in a text
    without :func:`spaced_words`: its words, lower-cased, one space apart, the last one
    followed by a space unless it is a wildcard stem.

    In such a text consecutive tokens are one whitespace character apart, and a word of
    ASCII letters (joiners inside) is a word token kept whole in the boundary text, so every
    occurrence passes ``btext.startswith(prefilter, start + 1)``. Punctuation also becomes a
    space there, so the test can pass where the form does not occur: the token check that
    follows decides. Forms with other characters (digits, which can touch the next token as
    in "3rd"; curly apostrophes; other scripts) get ``None`` and are checked token by token.
    """
    if len(form) < 2 or not all(_ASCII_WORD_RE.match(w) for w in form):
        return None
    words = [w.lower() for w in form]
    words[-1] = words[-1][:-1] if entry.wildcard else words[-1] + " "
    return " ".join(words)


#: Whitespace other than the space and line breaks (tab, no-break space, ...), listed so that
#: the regex engine tests a plain character set rather than a Unicode category. No code point
#: above U+3000 is whitespace (a test checks this against the running interpreter).
_SPACE_CEILING = 0x3000
_OTHER_SPACES = "".join(chr(o) for o in range(_SPACE_CEILING + 1)
                        if chr(o).isspace() and chr(o) not in " \n\r")
_OTHER_SPACE_RE = re.compile("[%s]" % re.escape(_OTHER_SPACES))
#: A run of two or more whitespace characters other than line breaks (``[^\S\r\n]{2,}``).
_SPACE_RUN_RE = re.compile("[ %s]{2,}" % re.escape(_OTHER_SPACES))
_WORD_CHAR_AT_RE = re.compile(r"\w")


def spaced_words(text: str) -> bool:
    r"""Does ``text`` separate two words by more than one whitespace character (not a line
    break), as ``re.search(r"\w[^\S\r\n]{2,}\w", text)`` would find? Such a gap is one
    space longer in the boundary text than a phrase key has.

    Most texts have neither two spaces in a row nor any other whitespace than spaces and line
    breaks; for them two fast scans answer. Otherwise each run of two or more spaces is
    checked for a word character on both sides.
    """
    if text.find("  ") < 0 and _OTHER_SPACE_RE.search(text) is None:
        return False
    match = _WORD_CHAR_AT_RE.match
    n = len(text)
    for m in _SPACE_RUN_RE.finditer(text):
        a, b = m.span()
        if a > 0 and b < n and match(text, a - 1) and match(text, b):
            return True
    return False


def line_breaks(text: str) -> List[int]:
    """Offsets of the line breaks of ``text``, then ``len(text)`` (multi-word forms and
    context never cross a line break)."""
    if "\r" in text:
        out = list(map(_match_start, _LINE_BREAK_RE.finditer(text)))
    else:  # a few paragraphs: str.find is cheaper than a regex scan
        out = []
        i = text.find("\n")
        while i >= 0:
            out.append(i)
            i = text.find("\n", i + 1)
    out.append(len(text))
    return out


class TextMatcher:
    """The same matches as :class:`Matcher`, found in the text without tokenizing it.

    An Aho–Corasick automaton (``pyahocorasick``) over the first tokens of all forms finds
    candidate positions in one pass at C speed; each candidate is then verified token by
    token with the tokenizer's own pattern, and the same rules apply as in :class:`Matcher`
    (longest form first, no overlap, ``case``, ``neg``, ``next``; multi-word forms never cross
    a sentence or paragraph).
    """

    def __init__(self, entries: Sequence[Entry]):
        import ahocorasick

        from .text import _token_re

        self._rx = _token_re()
        # candidates: (priority, lexicon order, form, entry, prefilter or None)
        groups: Dict[str, List[Tuple[int, int, Tuple[str, ...], Entry, Any]]] = {}
        order = 0
        for e in entries:
            for form in e.forms:
                first = form[0].lower()
                wild_first = e.wildcard and len(form) == 1
                key = " " + (first[:-1] if wild_first else first + " ")
                # priority as in Matcher: case-insensitive, then case-exact, then wildcards
                prio = 2 if wild_first else (1 if e.case_exact else 0)
                groups.setdefault(key, []).append((prio, order, form, e, _form_prefilter(form, e)))
                order += 1
        self._automaton = ahocorasick.Automaton()
        for key, cands in groups.items():
            cands.sort(key=_cand_order)
            # candidates longer than one token are indexed by their second token, so a
            # frequent first word ("it") does not try every phrase that starts with it
            singles = [c for c in cands if len(c[2]) == 1]
            by_second: Dict[str, list] = {}
            wild_second = []
            for c in cands:
                form, entry = c[2], c[3]
                if len(form) < 2:
                    continue
                if len(form) == 2 and entry.wildcard:
                    wild_second.append(c)
                else:
                    by_second.setdefault(form[1].lower(), []).append(c)
            max_len = len(cands[0][2])
            # the value of a key: [0] its length, [1] one-token forms, [2] longer forms by
            # their second token, [3] two-token forms with a wildcard second token, [4] the
            # longest form's length, [5] "only phrases start here", [6] forms that need no
            # second token, in match order, [7] "a second token is read", [8] "the key is a
            # whole word of ASCII letters and joiners" (see ``find``), [9] by second token,
            # all the forms to try, in match order
            base = sorted(singles + wild_second, key=_cand_order)
            self._automaton.add_word(key, (
                len(key), singles, by_second, wild_second, max_len,
                not singles and not wild_second,
                base,
                bool(by_second or wild_second),
                bool(_ASCII_KEY_RE.match(key)),
                {w: sorted(base + more, key=_cand_order) for w, more in by_second.items()},
            ))
        self.empty = not groups
        if not self.empty:
            self._automaton.make_automaton()
        # A second automaton where a first word that only starts phrases ("it", "in", "to") is
        # keyed with each possible second word, one space apart (" it seems "): a frequent
        # first word then gives no hit at all where no phrase follows. It finds exactly the
        # phrases that the first automaton would let through unless the text separates two
        # words by more than one whitespace character; for such a text (see
        # :func:`spaced_words`) ``find`` uses the first automaton.
        self._automaton2 = None
        phrase_only = [(k, v) for k, v in self._automaton.items() if v[5]]
        if phrase_only:
            self._automaton2 = ahocorasick.Automaton()
            for key, value in self._automaton.items():
                if not value[5]:
                    self._automaton2.add_word(key, value)
                    continue
                for second in value[2]:
                    key2 = key + second + " "
                    self._automaton2.add_word(key2, (len(key2),) + value[1:5] + (False,) + value[6:])
            self._automaton2.make_automaton()

    def _token_at(self, text: str, pos: int, hi: int):
        m = self._rx.match(text, pos, hi)
        return m

    def _tokens_from(self, text: str, start: int, hi: int, count: int) -> List[Tuple[int, int]]:
        """Up to ``count`` consecutive tokens from ``start``, not crossing ``hi`` (a line break)."""
        out: List[Tuple[int, int]] = []
        pos = start
        rx = self._rx
        while len(out) < count:
            while pos < hi and text[pos].isspace():
                pos += 1
            if pos >= hi:
                break
            m = rx.match(text, pos, hi)
            if m is None:
                break
            out.append(m.span())
            pos = m.end()
        return out

    @staticmethod
    def _form_ok(text: str, low: str, toks: List[Tuple[int, int]], form: Tuple[str, ...],
                 entry: Entry) -> bool:
        n = len(form)
        if n > len(toks):
            return False
        for k in range(n):
            a, b = toks[k]
            surface = text[a:b] if entry.case_exact else low[a:b]
            pat = form[k]
            if k == n - 1 and entry.wildcard:
                if not surface.startswith(pat[:-1]):
                    return False
            elif surface != pat:
                return False
        return True

    def _prev_token(self, text: str, low: str, start: int, lo: int) -> Optional[str]:
        q = start - 1
        while q >= lo and text[q].isspace():
            if text[q] in "\r\n":
                return None
            q -= 1
        if q < lo:
            return None
        # the token that ends at q: tokenize its whitespace-delimited chunk
        a = q
        while a > lo and not text[a - 1].isspace() and q - a < _CHUNK_LIMIT:
            a -= 1
        last = None
        for m in self._rx.finditer(text, a, q + 1):
            last = m
        return low[last.start():last.end()] if last is not None else None

    def _next_tokens(self, text: str, low: str, end: int, hi: int, count: int) -> List[str]:
        out: List[str] = []
        pos = end
        while len(out) < count:
            while pos < hi and text[pos].isspace():
                if text[pos] in "\r\n":
                    return out
                pos += 1
            m = self._rx.match(text, pos, hi) if pos < hi else None
            if m is None:
                return out
            out.append(low[m.start():m.end()])
            pos = m.end()
        return out

    def _context_ok(self, entry: Entry, text: str, low: str, start: int, end: int) -> bool:
        n = len(text)
        if entry.next_number:
            nxt = self._next_tokens(text, low, end, n, 2)
            if not nxt:
                return False
            ok = bool(_NUMBER_RE.match(nxt[0])) or nxt[0] in _NUMBER_WORDS or (
                nxt[0] in ("a", "an") and len(nxt) > 1 and nxt[1] in _NUMBER_WORDS)
            if not ok:
                return False
        if entry.neg_drop:
            prev = self._prev_token(text, low, start, 0)
            if prev is not None and (prev in NEGATORS_BEFORE or prev.endswith("n't")):
                return False
            nxt = self._next_tokens(text, low, end, n, 1)
            if nxt and nxt[0] in NEGATORS_AFTER:
                return False
        return True

    def find(self, text: str, low: str, btext: str, breaks: Optional[List[int]] = None,
             spaced: Optional[bool] = None) -> List[Tuple[int, int, Entry]]:
        """Matches ``(start, end, entry)`` in text order.

        Parameters
        ----------
        text : str
            The document.
        low : str
            ``text`` lower-cased with ’ written as ', the same length as ``text``.
        btext : str
            ``" " + boundary_text(low) + " "``.
        breaks : list of int, optional
            :func:`line_breaks` of ``text``, when the caller has it already.
        spaced : bool, optional
            :func:`spaced_words` of ``text``, when the caller has it already.
        """
        if self.empty:
            return []
        if spaced is None:
            spaced = spaced_words(text)
        automaton = self._automaton if spaced or self._automaton2 is None else self._automaton2
        hits: Dict[int, list] = {}
        peek = _PEEK_RE.match
        for end_idx, value in automaton.iter(btext):
            # only phrases start here: peek at the next word before doing any real work
            if value[5] and peek(btext, end_idx + 1).group(1) not in value[2]:
                continue
            start = end_idx - value[0] + 1  # the leading space in btext = token start in text
            at = hits.get(start)
            if at is None:
                hits[start] = [value]
            else:
                at.append(value)
        if not hits:
            return []
        if breaks is None:
            breaks = line_breaks(text)
        out: List[Tuple[int, int, Entry]] = []
        free = 0
        tokens_from = self._tokens_from
        for start in sorted(hits):
            if start < free:
                continue
            # Does a token start here? Yes after whitespace, and after a character that is
            # always a token of its own (quotes, brackets, dashes): only periods, number
            # separators and joiners can sit inside a longer token ("U.S.", "3.5", "x-ray").
            if start and not text[start - 1].isspace() and text[start - 1] in _MAYBE_INSIDE \
                    and not self._token_starts_here(text, start):
                continue
            hi = breaks[bisect.bisect_left(breaks, start)]
            values = hits[start]
            # candidates in match order (longest first), reading only the tokens they need
            if len(values) == 1:
                value = values[0]
                cands = value[6]
                asked = 2 if value[7] else 1
                word_end = start + value[0] - 2
                if asked == 1 and value[8] and text[word_end:word_end + 1] != ".":
                    # The key " word " is a whole word of the boundary text: made of ASCII
                    # letters and joiners, without a period after it, that word is the token
                    # here (only a number, an abbreviation or an initialism is cut otherwise).
                    toks = [(start, word_end)]
                else:
                    toks = tokens_from(text, start, hi, asked)
                if len(toks) > 1:
                    cands = value[9].get(low[toks[1][0]:toks[1][1]], cands)
            else:
                asked = max(v[4] for v in values)
                toks = tokens_from(text, start, hi, asked)
                cands = []
                second = low[toks[1][0]:toks[1][1]] if len(toks) > 1 else None
                for _, singles, by_second, wild_second, *_ in values:
                    cands.extend(singles)
                    cands.extend(wild_second)
                    if second is not None:
                        cands.extend(by_second.get(second, ()))
                cands.sort(key=_cand_order)
            if not cands or not toks:
                continue
            best = None
            best_len = 0
            for prio, order, form, entry, prefilter in cands:
                n = len(form)
                if n <= best_len:
                    break
                if n == 1 and not entry.wildcard:  # the common case, inline
                    a, b = toks[0]
                    if (text[a:b] if entry.case_exact else low[a:b]) != form[0]:
                        continue
                else:
                    # most phrases fail on a later word: the boundary text says so before
                    # any token is read
                    if prefilter is not None and not spaced and \
                            not btext.startswith(prefilter, start + 1):
                        continue
                    if n > len(toks) and len(toks) == asked:
                        toks = tokens_from(text, start, hi, n)
                        asked = n
                    if not self._form_ok(text, low, toks, form, entry):
                        continue
                end = toks[n - 1][1]
                if (entry.next_number or entry.neg_drop) and \
                        not self._context_ok(entry, text, low, start, end):
                    continue
                best, best_len = (start, end, entry), n
            if best is not None:
                out.append(best)
                free = best[1]
        return out

    def _token_starts_here(self, text: str, pos: int) -> bool:
        """Does a tokenizer token start at ``pos``? (Tokenize the chunk that holds it.)"""
        if pos == 0 or text[pos - 1].isspace():
            return True
        a = pos
        while a > 0 and not text[a - 1].isspace() and pos - a < _CHUNK_LIMIT:
            a -= 1
        b = pos
        while b < len(text) and not text[b].isspace() and b - pos < _CHUNK_LIMIT:
            b += 1
        return any(m.start() == pos for m in self._rx.finditer(text, a, b))
