"""Lexicon import and export: LIWC ``.dic``, WordStat ``.cat``, Lexicoder, plain word lists.

Importers turn a dictionary into a :class:`~framing.lexicon.Lexicon` whose ``.text`` is a
``.lex`` file, for ``framing analyze/score/compare --lexicon``; exporters write it back out. The
formats, the naming of categories and the sidecar are documented in ``lexicons/README.md``; in
short:

* LIWC ``.dic`` (numbered categories between ``%`` lines; Pennebaker et al. 2015, the Moral
  Foundations Dictionaries), WordStat ``.cat`` (nested categories, ``WORD (weight)``, ``_``
  joining phrase words; a top-level group is a layer), Lexicoder ``.lc3``/``.lcd``
  (``+category`` lines) and plain word lists (several files: one category each, as LSD2015).
* A term under several categories becomes one entry of those categories, counted once in each;
  category names become ``[a-z0-9_]`` keys (the name as written is kept as ``source_name``); a
  final ``*`` is a prefix wildcard; terms are re-tokenised as documents are.
* Problems raise :class:`~framing.errors.LexiconError` with ``file:line:``; with
  ``on_invalid="skip"`` an entry that cannot be imported is left out and listed in
  ``lexicon.meta["import"]["skipped"]``.
* An exported ``.dic``/``.cat`` writes every surface form with all its entry's categories;
  :func:`write_lexicon` keeps what the format cannot hold (version, layers, options, notes) in a
  sidecar ``h.dic.framing.toml`` with the exact ``.lex`` text and the sha256 of the file
  written. An import of the unchanged file gives the exported lexicon byte for byte; edits to
  the file win (entries whose lines are intact keep their options; the version gets
  ``+edited``).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import warnings
from collections import Counter, namedtuple
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence
from typing import Tuple, Union

from ..errors import LexiconError
from ..text import tokenize
from .format import (ATTRIBUTION_LAYERS, SEPARATOR, Entry, Lexicon, build_entry, inflections,
                     load_lexicon, parse_lexicon)

if sys.version_info >= (3, 11):  # pragma: no cover - depends on interpreter
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = [
    "FORMATS", "ON_INVALID", "SIDECAR_SUFFIX", "ImportReport", "ExportReport",
    "parse_dic", "read_dic", "parse_cat", "read_cat", "parse_lexicoder", "read_lexicoder",
    "parse_wordlist", "read_wordlist", "read_wordlists", "import_lexicon", "guess_format",
    "sidecar_path", "to_lex", "to_dic", "to_cat", "to_lexicoder", "to_wordlist",
    "export_lexicon", "write_lexicon", "export_losses",
]

PathLike = Union[str, Path]

#: Formats of :func:`import_lexicon` and :func:`export_lexicon`, and the suffixes that select them.
FORMATS = {"dic": (".dic",), "cat": (".cat",), "lexicoder": (".lc3", ".lcd"),
           "wordlist": (".txt", ".lst", ".list"), "lex": (".lex",)}
#: What an importer does with an entry it cannot import: stop, or leave it out and report it.
ON_INVALID = ("fail", "skip")
#: Suffix of the sidecar of an exported ``.dic``/``.cat`` file; version of its layout.
SIDECAR_SUFFIX = ".framing.toml"
SIDECAR_VERSION = 1
SIDECAR_FORMATS = ("dic", "cat")

_FORMAT_LABELS = {"dic": "LIWC .dic", "cat": "WordStat .cat", "lexicoder": "Lexicoder",
                  "wordlist": "plain word list", "lex": ".lex"}
_KEY_RE = re.compile(r"[^a-z0-9]+")
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SIGN_WORDS = {"+": "pro", "-": "con", "=": "neutral"}  # WordStat's +STATE+, -STATE-, =STATE=
_CAT_WEIGHT_RE = re.compile(r"^(?P<term>.*?)\s*\((?P<weight>[-+]?\d+(?:\.\d+)?)\)\s*$")
_LIWC_CONDITIONAL_RE = re.compile(r"[(<>/]")
_TOML_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: Entry options an export format cannot carry (``inflect=``, ``forms=`` are written out).
_LOST_OPTIONS = {fmt: ("neg", "next", "case", "syntax", "clause") + (() if fmt == "cat" else
                                                                    ("weight",))
                 for fmt in ("dic", "cat", "lexicoder", "wordlist")}
_PREAMBLE_LIMIT = 200  # skipped entries, and details, listed atop an imported .lex


@dataclass
class ImportReport:
    """What an importer did besides copying; ``lexicon.meta["import"]`` is its :meth:`to_dict`.

    Attributes
    ----------
    source, format : str
        The file(s) read, and their format (a key of :data:`FORMATS`).
    n_lines, n_entries : int
        Entry lines read; entries in the lexicon.
    skipped, notes, details : list of str
        ``file:line: reason`` per entry left out (``on_invalid="skip"``); a line per kind of
        decision (lines merged, duplicates dropped, the sidecar read), with counts;
        ``file:line: ...`` per decision.
    source_sha256 : str
        The sha256 of the (first) file read.
    restored : dict or None
        With a sidecar: its path, the ``lexicon``, whether the file is ``unchanged``, and the
        numbers of entries ``restored``, ``changed``, ``removed`` and ``new``.
    """

    source: str
    format: str
    n_lines: int = 0
    n_entries: int = 0
    skipped: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    details: List[str] = field(default_factory=list)
    source_sha256: str = ""
    restored: Optional[Dict[str, Any]] = None

    def to_dict(self) -> Dict[str, Any]:
        return asdict(self)


@dataclass
class ExportReport:
    """What :func:`write_lexicon` wrote: ``path``, ``format``, the ``sidecar`` next to it (or
    None), and ``losses``, one sentence on what the format cannot carry (or None)."""

    path: str
    format: str
    sidecar: Optional[str] = None
    losses: Optional[str] = None


class _Problems:
    """Entry-level problems: raised (``fail``) or collected (``skip``)."""

    def __init__(self, on_invalid: str):
        if on_invalid == "error":  # the name before framing 0.2
            warnings.warn("on_invalid='error' is deprecated; use on_invalid='fail'",
                          DeprecationWarning, stacklevel=4)
            on_invalid = "fail"
        if on_invalid not in ON_INVALID:
            raise LexiconError(f"on_invalid={on_invalid!r} is not valid; valid options are "
                               f"{list(ON_INVALID)}")
        self.on_invalid = on_invalid
        self.skipped: List[str] = []

    def __call__(self, where: str, reason: str) -> None:
        message = f"{where}: {reason}"
        if self.on_invalid == "fail":
            raise LexiconError(message + " (on_invalid='skip' / --on-invalid skip leaves such "
                               "entries out)")
        self.skipped.append(message)


# --------------------------------------------------------------------------- helpers


def _read_text(path: PathLike, encoding: str) -> Tuple[str, str]:
    """Text and sha256 of a file; decoding errors name the line."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise LexiconError(f"{p}:1: cannot read file ({exc.strerror or exc})") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise LexiconError(
            f"{p}:{line}: cannot decode byte {exc.start} as {encoding}; pass encoding= / "
            "--encoding (for example 'latin-1')") from None
    except LookupError:
        raise LexiconError(f"{p}:1: unknown encoding {encoding!r}") from None
    return text.removeprefix("\ufeff"), hashlib.sha256(data).hexdigest()


def _key(name: str) -> str:
    """A category key ``[a-z0-9_]+`` from a category name as written.

    >>> [_key(n) for n in ("care.virtue", "HarmVirtue", "+STATE+", "CON ENVIRONMENT", "Modal")]
    ['care_virtue', 'harm_virtue', 'state_pro', 'con_environment', 'modal']
    """
    s = name.strip()
    m = re.fullmatch(r"([+\-=]?)(.*?)([+\-=]?)", s)
    lead, core, trail = m.groups() if m else ("", s, "")
    if not core.isupper():  # HarmVirtue -> Harm_Virtue (not ECONOMY -> E_C_...)
        core = _CAMEL_RE.sub("_", core)
    key = _KEY_RE.sub("_", core.lower()).strip("_")
    if (lead or trail) and key:
        key = f"{key}_{_SIGN_WORDS[lead or trail]}"
    return key or "category"


def _unique(key: str, taken: Iterable[str]) -> str:
    """``key``, or ``key_2``, ``key_3`` ... when it is taken."""
    base, n = key, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def _lex_name(name: Optional[str], path: str) -> str:
    raw = name if name is not None else Path(path).stem
    key = _KEY_RE.sub("_", raw.lower()).strip("_")
    if not key:
        raise LexiconError(f"{path}:1: cannot derive a lexicon name from {raw!r}; pass name= "
                           "(--name)")
    return key


def _normalise_term(raw: str, where: str, keep_case: bool) -> str:
    """The term as a ``.lex`` file writes it: tokens of :func:`framing.text.tokenize` joined by
    spaces, lower-cased unless ``keep_case``. A wildcard stem is kept as written (it matches the
    start of a token: ``fair-*``), and ``**`` is one wildcard (``heckl**`` in LSD2015)."""
    term = " ".join(raw.split())
    wildcard = term.endswith("*")
    term = term.rstrip("*")
    if "*" in term:
        raise LexiconError(f"{where}: a wildcard '*' may only end a term, found {raw!r}")
    if not keep_case:
        term = term.lower()
    if wildcard:
        head, _, stem = term.rpartition(" ")
        if not stem:
            raise LexiconError(f"{where}: wildcard without a stem: {raw!r}")
        toks = [t.text for t in tokenize(head)] + [stem]
    else:
        toks = [t.text for t in tokenize(term)]
    if not toks:
        raise LexiconError(f"{where}: empty term {raw!r}")
    if toks[0].startswith("#"):
        raise LexiconError(f"{where}: term {raw!r} starts with '#', which starts a "
                           "comment in the .lex format")
    return " ".join(toks) + ("*" if wildcard else "")


def _form_key(term: str, exact: bool = False) -> Tuple[str, ...]:
    """The tokens of a surface form, lower-cased unless ``exact`` (a wildcard keeps its ``*``)."""
    return tuple((term if exact else term.lower()).split(" "))


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- writing .lex


def _toml_str(s: str) -> str:
    return json.dumps(str(s), ensure_ascii=False)  # JSON string escapes are valid in TOML


def _toml_multiline(s: str) -> str:
    """A TOML multi-line string that reads back as exactly ``s``: literal (no escapes, so it
    reads as written) when ``s`` allows it, else basic."""
    if "'''" not in s and not _TOML_CONTROL_RE.search(s) and not s.endswith("'"):
        return "'''\n" + s + "'''"
    body = s.replace("\\", "\\\\").replace('"', '\\"')
    body = _TOML_CONTROL_RE.sub(lambda m: "\\u%04x" % ord(m.group()), body)
    return '"""\n' + body + '"""'


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        if "\n" in v and "'''" not in v and not _TOML_CONTROL_RE.search(v):
            return "'''" + v + "'''"
        return _toml_str(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    raise LexiconError(f"cannot write a value of type {type(v).__name__} to a .lex header")


_Row = Tuple[str, Sequence[str], Mapping[str, str], str]  # term, categories, options, note


def _lex_text(meta: Mapping[str, Any], rows: Sequence[_Row]) -> str:
    """The ``.lex`` text of a header and entry rows, below comments on ``meta["import"]`` if
    any; ``format = 2`` when an entry has several categories (or the header says so)."""
    imported = meta.get("import")
    lines = [f"# {p}" if p else "#"
             for p in (_import_preamble(imported) if isinstance(imported, Mapping) else [])]
    if lines:
        lines.append("")
    info = dict(meta["lexicon"])
    had_format = "format" in info
    fmt = max(int(info.pop("format", 1)), 2 if any(len(r[1]) > 1 for r in rows) else 1)
    head = {"name": info.pop("name"), "version": info.pop("version")}
    if fmt > 1 or had_format:
        head["format"] = fmt
    tables = [("[lexicon]", {**head, **info})]
    tables += [("[[citations]]", t) for t in meta.get("citations") or []]
    tables += [(f"[categories.{k}]", t) for k, t in (meta.get("categories") or {}).items()]
    tables += [("[[changes]]", t) for t in meta.get("changes") or []]
    tables += [(f"[{k}]", t) for k, t in meta.items() if isinstance(t, Mapping)
               and k not in ("lexicon", "citations", "categories", "changes", "import")]
    for header, table in tables:
        lines.append(header)
        for k, v in table.items():
            if not isinstance(v, Mapping):
                key = k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else _toml_str(k)
                lines.append(f"{key} = {_toml_value(v)}")
        lines.append("")
    lines += [SEPARATOR, "# term\tcategories\toptions\tnote"]
    for term, cats, opts, note in rows:
        row = [term, ",".join(cats), ";".join(f"{k}={v}" for k, v in sorted(opts.items())),
               _one_line(note)]
        while row and not row[-1]:
            row.pop()
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def _import_preamble(report: Mapping[str, Any]) -> List[str]:
    """The comments atop an imported ``.lex``: what the import did, naming the source files
    without their folders (the file may be shared)."""
    paths = [p for p in str(report.get("source", "")).split(", ") if p]

    def local(line: str) -> str:
        for p in paths:
            line = line.replace(p, Path(p).name)
        return line

    label = _FORMAT_LABELS.get(str(report.get("format", "")), "")
    out = [f"Imported from {', '.join(Path(p).name for p in paths)}"
           f"{f' ({label})' if label else ''} by framing.lexicon.convert: "
           f"{report.get('n_lines', 0)} entry lines read, {report.get('n_entries', 0)} entries."]
    out += [f"import: {local(n)}" for n in report.get("notes", [])]
    out += [f"skipped: {local(s)}" for s in report.get("skipped", [])[:_PREAMBLE_LIMIT]]
    details = list(report.get("details", []))
    out += [f"import: {local(d)}" for d in details[:_PREAMBLE_LIMIT]]
    if len(details) > _PREAMBLE_LIMIT:
        out.append(f"import: ... and {len(details) - _PREAMBLE_LIMIT} more")
    return out


def to_lex(lexicon: Lexicon) -> str:
    """The ``.lex`` text of a lexicon object: its header and entries (not the comments of its
    file, which ``lexicon.text`` is).

    Examples
    --------
    >>> from framing.lexicon import load_lexicon, parse_lexicon
    >>> lex = load_lexicon("hedges")
    >>> again = parse_lexicon(to_lex(lex))
    >>> [(e.term, e.categories, e.options, e.note) for e in again.entries] == [
    ...     (e.term, e.categories, e.options, e.note) for e in lex.entries]
    True
    """
    info = {**(lexicon.meta.get("lexicon") or {}), "name": lexicon.name,
            "version": lexicon.version}
    meta = {**lexicon.meta, "lexicon": info, "categories": lexicon.categories}
    return _lex_text(meta, [(e.term, e.categories, dict(e.options), e.note)
                            for e in lexicon.entries])


# --------------------------------------------------------------------------- reading dictionaries

#: A category as written: its path (in a ``.cat``, the groups down to it) and ``file:line``.
_RawCategory = namedtuple("_RawCategory", "path where")
#: An entry line: ``file:line``, the term as a ``.lex`` writes it, the indices of its categories,
#: its weight (``.cat``) and the term as written.
_RawRow = namedtuple("_RawRow", "where term cats weight written")
#: What a reader found in a file: categories and entry lines, nothing interpreted.
_Raw = namedtuple("_Raw", "source format categories rows sha256", defaults=("",))


def _add_row(rows: List[_RawRow], where: str, written: str, cats: Tuple[int, ...],
             problems: _Problems, weight: Optional[float] = None, keep_case: bool = False) -> None:
    """Append an entry line, unless the ``.lex`` rules cannot hold its term (a ``*`` inside it,
    a stem too short, ...): then tell ``problems``."""
    try:
        term = _normalise_term(written, where, keep_case)
        build_entry(term, ("category",), ("layer",),
                    {"case": "exact"} if term != term.lower() else {}, "", 0, where)
    except LexiconError as exc:  # its message starts with the place
        place, _, reason = str(exc).partition(": ")
        problems(place, reason)
        return
    rows.append(_RawRow(where, term, cats, weight, written.strip()))


def _dic_raw(text: str, source: str, problems: _Problems) -> _Raw:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start == len(lines) or lines[start].strip() != "%":
        raise LexiconError(f"{source}:{start + 1}: a .dic file starts with a '%' line (then one "
                           "'id name' line per category, then '%')")
    cats: List[_RawCategory] = []
    ids: Dict[str, int] = {}
    for lineno in range(start + 2, len(lines) + 1):
        raw = lines[lineno - 1].strip()
        if raw == "%":
            break
        if not raw:
            continue
        parts = raw.split(None, 1)
        if len(parts) != 2 or not parts[0].isdigit():
            raise LexiconError(f"{source}:{lineno}: expected 'id name' in the category block, "
                               f"got {raw[:60]!r}")
        if str(int(parts[0])) in ids:
            raise LexiconError(f"{source}:{lineno}: category id {parts[0]} is defined twice")
        ids[str(int(parts[0]))] = len(cats)
        cats.append(_RawCategory((_one_line(parts[1]),), f"{source}:{lineno}"))
    else:
        raise LexiconError(f"{source}:{len(lines)}: the category block is not closed by a '%' "
                           "line")
    if not cats:
        raise LexiconError(f"{source}:{lineno}: the category block defines no categories")
    rows: List[_RawRow] = []
    for lineno in range(lineno + 1, len(lines) + 1):
        line = lines[lineno - 1].strip()
        if not line:
            continue
        where = f"{source}:{lineno}"
        if "\t" in line:  # term<TAB>ids: the term may hold spaces and digits
            term, _, rest = line.partition("\t")
            ids_written = rest.split()
        else:  # term ids, separated by spaces: the trailing numbers are the ids
            toks = line.split()
            k = len(toks)
            while k > 1 and toks[k - 1].isdigit():
                k -= 1
            term, ids_written = " ".join(toks[:k]), toks[k:]
        if any(_LIWC_CONDITIONAL_RE.search(r) for r in ids_written):
            problems(where, f"LIWC conditional categories are not supported: {line[:60]!r}")
            continue
        if not ids_written:
            problems(where, f"term {term.strip()!r} has no category ids")
            continue
        bad = [r for r in ids_written if not r.isdigit() or str(int(r)) not in ids]
        if bad:
            problems(where, f"category id {bad[0]!r} is not defined in the header; defined: "
                            f"{sorted(ids, key=int)}")
        else:
            cat_ids = tuple(dict.fromkeys(ids[str(int(r))] for r in ids_written))
            _add_row(rows, where, term, cat_ids, problems)
    return _Raw(source, "dic", cats, rows)


def _cat_raw(text: str, source: str, problems: _Problems) -> _Raw:
    cats: List[_RawCategory] = []
    rows: List[_RawRow] = []
    stack: List[Tuple[int, int]] = []  # (depth, category index)
    for lineno, line in enumerate(text.splitlines(), start=1):
        content = line.strip()
        if not content:
            continue
        where = f"{source}:{lineno}"
        depth = len(line) - len(line.lstrip("\t"))
        while stack and stack[-1][0] >= depth:
            stack.pop()
        m = _CAT_WEIGHT_RE.match(content)
        if m is None:  # a category
            path = (cats[stack[-1][1]].path if stack else ()) + (_one_line(content),)
            stack.append((depth, len(cats)))
            cats.append(_RawCategory(path, where))
        elif not stack:
            problems(where, f"entry {content[:40]!r} is not inside a category (a category "
                            "line, without a weight, must come first and be less indented)")
        elif not m.group("term").replace("_", " ").strip():
            problems(where, "empty entry")
        elif re.search(r"[?@\[\]{}]", m.group("term")):
            problems(where, f"WordStat pattern {content[:40]!r} is not supported (only a "
                            "final '*')")
        else:
            _add_row(rows, where, m.group("term").replace("_", " "), (stack[-1][1],), problems,
                     weight=float(m.group("weight")))
    return _Raw(source, "cat", cats, rows)


def _lexicoder_raw(text: str, source: str, problems: _Problems) -> _Raw:
    cats: List[_RawCategory] = []
    rows: List[_RawRow] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        where = f"{source}:{lineno}"
        if s.startswith("+"):
            if not _one_line(s[1:]):
                raise LexiconError(f"{where}: a '+' line needs a category name")
            cats.append(_RawCategory((_one_line(s[1:]),), where))
        elif s and not cats:
            raise LexiconError(f"{where}: term {s[:40]!r} comes before the first category "
                               "(a Lexicoder dictionary starts with a '+category' line)")
        elif s:
            _add_row(rows, where, s, (len(cats) - 1,), problems)
    if not cats:
        raise LexiconError(f"{source}:1: no '+category' line; is this a plain word list? "
                           "(format='wordlist')")
    return _Raw(source, "lexicoder", cats, rows)


# --------------------------------------------------------------------------- building lexicons


@dataclass
class _Draft:
    term: str
    categories: List[str]
    options: Dict[str, str]
    note: str
    where: str
    generated: List[str] = field(default_factory=list)  # forms= made by inflect


class _Builder:
    """Collects categories and entries under the ``.lex`` rules: a term listed under several
    categories becomes one entry of those categories; a repeated term is dropped."""

    def __init__(self, problems: _Problems):
        self.problems = problems
        self.categories: Dict[str, Dict[str, Any]] = {}
        self.drafts: List[_Draft] = []
        self._by_form: Dict[Tuple[str, ...], Tuple[int, bool]] = {}  # -> (draft, by inflect?)
        self.details: List[str] = []
        self.counts: Counter = Counter()

    def keep(self, entry: Entry) -> None:
        """Add an entry restored from a sidecar, as it was."""
        self.drafts.append(_Draft(entry.term, list(entry.categories), dict(entry.options),
                                  entry.note, f"line {entry.line}"))
        for form in entry.forms:
            self._by_form.setdefault(_form_key(" ".join(form), entry.case_exact),
                                     (len(self.drafts) - 1, False))

    def add(self, row: _RawRow, cats: Sequence[str], inflect: Optional[str] = None) -> None:
        """Add an entry line under the category keys ``cats``."""
        self.counts["lines"] += 1
        case_exact = row.term != row.term.lower()
        if row.written.endswith("**"):
            self.details.append(f"{row.where}: {row.written!r} read as {row.term!r}")
        key = _form_key(row.term, case_exact)
        if key in self._by_form:
            idx, generated = self._by_form[key]
            prev = self.drafts[idx]
            new = [c for c in cats if c not in prev.categories]
            if not new:
                self.counts["duplicates"] += 1
                self.details.append(f"{row.where}: duplicate {row.written!r} dropped "
                                    f"({prev.where})")
                return
            if not generated:
                self._merge(prev, new, row)
                return
            prev.generated.remove(" ".join(key))  # an explicit term wins over an inflection
            del self._by_form[key]
        options = {"case": "exact"} if case_exact else {}
        if row.weight is not None and row.weight != 1.0:
            options["weight"] = f"{row.weight:g}"
        draft = _Draft(row.term, list(cats), options, "", row.where)
        self.drafts.append(draft)
        self._by_form[key] = (len(self.drafts) - 1, False)
        if inflect and not row.term.endswith("*"):
            toks = row.term.split(" ")
            at = 0 if inflect == "verb" else len(toks) - 1
            for f in inflections(toks[at], inflect)[1:]:
                form = " ".join(toks[:at] + [f] + toks[at + 1:])
                if _form_key(form, case_exact) not in self._by_form:  # else a term of its own
                    draft.generated.append(form)
                    self._by_form[_form_key(form, case_exact)] = (len(self.drafts) - 1, True)

    def _merge(self, prev: _Draft, new: List[str], row: _RawRow) -> None:
        """A term listed again under other categories: one entry of all of them."""
        if ATTRIBUTION_LAYERS & {str(self.categories[c]["layer"]) for c in prev.categories + new}:
            self.problems(row.where, f"{row.written!r} is also listed at {prev.where}; an "
                                     "attribution cue or source noun has one category")
            return
        self.counts["merged"] += 1
        prev.categories.extend(new)
        self.details.append(f"{row.where}: {row.written!r} is also listed at {prev.where}; one "
                            f"entry of categories {','.join(prev.categories)}")
        if row.weight is not None and f"{row.weight:g}" != prev.options.get("weight", "1"):
            self.counts["weight_conflicts"] += 1
            self.details.append(f"{row.where}: weight {row.weight:g} of {row.written!r} differs "
                                f"from {prev.where}; the first is kept")

    def notes(self) -> List[str]:
        messages = {
            "merged": "{} lines listed a term that another line lists under another category: "
                      "merged into one entry of several categories (a match counts once in each)",
            "duplicates": "{} duplicate lines dropped",
            "weight_conflicts": "{} merged lines had another weight; the first was kept",
        }
        return [m.format(self.counts[k]) for k, m in messages.items() if self.counts[k]]

    def build(self, meta: Dict[str, Any], report: ImportReport, source: str) -> Lexicon:
        if not self.drafts:
            raise LexiconError(f"{report.source}:1: no entries found"
                               + (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
        used = {c for d in self.drafts for c in d.categories}
        empty = [k for k in self.categories if k not in used]
        if empty:
            report.notes.append(f"categories without entries left out: {', '.join(empty)}")
        report.n_lines = max(report.n_lines, self.counts["lines"])
        report.n_entries = len(self.drafts)
        report.skipped = list(self.problems.skipped)
        report.details = self.details + report.details
        meta = {**meta, "import": report.to_dict(),
                "categories": {k: v for k, v in self.categories.items() if k in used}}
        for d in self.drafts:
            if d.generated:
                d.options["forms"] = ",".join(d.generated)
        rows = [(d.term, d.categories, d.options, d.note) for d in self.drafts]
        try:
            lex = parse_lexicon(_lex_text(meta, rows), source)
        except LexiconError as exc:
            raise LexiconError(f"{report.source}:1: the import does not give a valid lexicon: "
                               f"{exc}") from None
        lex.meta["import"] = report.to_dict()
        return lex


def _plain_lexicon(raw: _Raw, name: Optional[str], layer: Optional[str], version: Optional[str],
                   description: Optional[str], problems: _Problems,
                   sources: Optional[Sequence[str]] = None,
                   inflect: Optional[str] = None) -> Lexicon:
    """A lexicon from a dictionary that did not come from framing (no sidecar)."""
    sources = list(sources or [raw.source])
    lex_name = _lex_name(name, raw.source)
    used = {c for r in raw.rows for c in r.cats}
    nested = any(len(c.path) > 1 for c in raw.categories)
    keys = {}
    for i in used:  # in a nested .cat, the names below the top-level group (which is the layer)
        path = raw.categories[i].path
        keys[i] = "_".join(map(_key, path[1:] or path[:1])) if nested else _key(path[-1])
    counts = Counter(keys.values())
    b = _Builder(problems)
    for i in sorted(used):
        cat = raw.categories[i]
        group = _key(cat.path[0]) if nested else None
        key = keys[i]
        if counts[key] > 1 and group is not None and key != group:  # a name in two groups
            key = "_".join(map(_key, cat.path))
        keys[i] = key = _unique(key, b.categories)
        file = Path(cat.where.rsplit(":", 1)[0]).name
        b.categories[key] = {"layer": layer or group or lex_name, "definition": f"Category "
                             f"'{' > '.join(cat.path)}' of the imported dictionary {file}."}
        if cat.path[-1] != key:
            b.categories[key]["source_name"] = cat.path[-1]
    for r in raw.rows:
        b.add(r, [keys[c] for c in r.cats], inflect=inflect)
    report = ImportReport(", ".join(sources), raw.format, source_sha256=raw.sha256,
                          notes=b.notes())
    groups = {c.path[:-1] for c in raw.categories}
    empty = [c for i, c in enumerate(raw.categories) if i not in used and c.path not in groups]
    if empty:
        report.notes.append("categories without entries left out: " + ", ".join(
            f"{' > '.join(c.path)!r} ({c.where})" for c in empty))
    files = ", ".join(Path(s).name for s in sources)
    info: Dict[str, Any] = {
        "name": lex_name, "version": version or "1.0",
        "description": description or f"Imported from the {_FORMAT_LABELS[raw.format]} "
                                      f"dictionary {files}.",
        "license": "see the source dictionary", "authors": ["see the source dictionary"],
        "imported_from": files,
    }
    if raw.sha256:
        info["imported_sha256"] = raw.sha256
    return b.build({"lexicon": info}, report, raw.source)


# --------------------------------------------------------------------------- importers

def parse_dic(text: str, name: Optional[str] = None, layer: Optional[str] = None,
              version: Optional[str] = None, source: str = "<string>",
              description: Optional[str] = None, on_invalid: str = "fail") -> Lexicon:
    """Parse the text of a LIWC-style ``.dic`` dictionary.

    Parameters
    ----------
    text : str
    name, layer, version, description : str, optional
        The lexicon's name (default: the file stem of ``source``, made ``[a-z0-9_]+``), the layer
        of every category (default: the name), the version (default "1.0"), a description.
    source : str
        File name used in messages.
    on_invalid : {"fail", "skip"}, default "fail"
        An entry that cannot be imported: raise, or leave it out and list it in
        ``meta["import"]["skipped"]``.

    Returns
    -------
    Lexicon
        Its ``text`` is the ``.lex`` file; ``meta["import"]`` is the :class:`ImportReport`.

    Examples
    --------
    >>> lex = parse_dic("%\\n01 HarmVirtue\\n02 HarmVice\\n%\\nsafe*\\t01\\nhurt\\t02 01\\n",
    ...                 name="mfd")
    >>> [(e.term, e.categories, e.layers) for e in lex.entries]
    [('safe*', ('harm_virtue',), ('mfd',)), ('hurt', ('harm_vice', 'harm_virtue'), ('mfd', 'mfd'))]
    >>> lex = parse_dic("%\\n1 a\\n%\\na*\\t1\\nupset\\t1\\n", name="x", source="x.dic",
    ...                 on_invalid="skip")
    >>> lex.meta["import"]["skipped"]  # doctest: +ELLIPSIS
    ["x.dic:4: wildcard stem 'a*' is too short ..."]
    """
    problems = _Problems(on_invalid)
    return _plain_lexicon(_dic_raw(text, source, problems), name, layer, version, description,
                          problems)


def parse_cat(text: str, name: Optional[str] = None, layer: Optional[str] = None,
              version: Optional[str] = None, source: str = "<string>",
              description: Optional[str] = None, on_invalid: str = "fail") -> Lexicon:
    """Parse the text of a WordStat ``.cat`` dictionary (parameters as in :func:`parse_dic`).

    A category line has no weight and its depth is its number of leading TABs; an entry line
    belongs to the nearest less indented category above it. Entries are lower-cased.

    Examples
    --------
    >>> lex = parse_cat("ECONOMY\\n\\t+STATE+\\n\\t\\tTAX* (1)\\n\\t-STATE-\\n"
    ...                 "\\t\\tFREE_MARKET (2)\\nRURAL\\n\\tFARM* (1)\\n", name="lg")
    >>> for e in lex.entries:
    ...     print(e.term, e.category, e.layer, e.weight)
    tax* state_pro economy 1.0
    free market state_con economy 2.0
    farm* rural rural 1.0
    """
    problems = _Problems(on_invalid)
    return _plain_lexicon(_cat_raw(text, source, problems), name, layer, version, description,
                          problems)


def parse_lexicoder(text: str, name: Optional[str] = None, layer: Optional[str] = None,
                    version: Optional[str] = None, source: str = "<string>",
                    description: Optional[str] = None, on_invalid: str = "fail") -> Lexicon:
    """Parse a Lexicoder dictionary (``.lc3``/``.lcd``; parameters as in :func:`parse_dic`).

    Examples
    --------
    >>> lex = parse_lexicoder("+negative\\nabandon*\\ncut up*\\n+neg_positive\\nnot abandon*\\n",
    ...                       name="lsd")
    >>> [(e.term, e.category) for e in lex.entries]
    [('abandon*', 'negative'), ('cut up*', 'negative'), ('not abandon*', 'neg_positive')]
    """
    problems = _Problems(on_invalid)
    return _plain_lexicon(_lexicoder_raw(text, source, problems), name, layer, version, description,
                          problems)


def parse_wordlist(text: str, name: Optional[str] = None, category: Optional[str] = None,
                   layer: Optional[str] = None, version: Optional[str] = None,
                   source: str = "<string>", inflect: Optional[str] = None,
                   keep_case: bool = False, comment_prefixes: Sequence[str] = ("#", ";"),
                   description: Optional[str] = None, on_invalid: str = "fail") -> Lexicon:
    """Parse a plain word list, one term per line; duplicates are dropped and noted.

    Parameters
    ----------
    text : str
    name, layer, version, source, description, on_invalid
        As in :func:`parse_dic` (layer ``"cue"`` feeds reporting verbs to attribution).
    category : str, optional
        The category of all terms (default: the lexicon name).
    inflect : {None, "verb", "noun", "adj"}
        Add the regular inflections of each term (a list of lemmas) as ``forms=``; a form the
        list has as a term of its own stays that term.
    keep_case : bool, default False
        Keep capitals (the term gets ``case=exact``) instead of lower-casing.
    comment_prefixes : sequence of str, default ("#", ";")

    Returns
    -------
    Lexicon

    Examples
    --------
    >>> lex = parse_wordlist("# report verbs\\nclaim\\nclaims\\ndeny\\n", name="rv", inflect="verb")
    >>> [(e.term, [" ".join(f) for f in e.forms]) for e in lex.entries]
    [('claim', ['claim', 'claims', 'claimed', 'claiming']), ('deny', ['deny', 'denies', 'denied', 'denying'])]
    >>> lex.meta["import"]["details"]
    ["<string>:3: duplicate 'claims' dropped (<string>:2)"]
    """
    return _wordlists([(text, source, category)], name, layer, version, inflect, keep_case,
                      comment_prefixes, description, on_invalid)


def _wordlists(items: Sequence[Tuple[str, str, Optional[str]]], name: Optional[str],
               layer: Optional[str], version: Optional[str], inflect: Optional[str],
               keep_case: bool, comment_prefixes: Sequence[str], description: Optional[str],
               on_invalid: str, sha256: str = "") -> Lexicon:
    """Word lists ``(text, source, category or None)`` as one lexicon, a category per list."""
    if inflect not in (None, "verb", "noun", "adj"):
        raise LexiconError(f"inflect={inflect!r} is not valid; valid options are "
                           "[None, 'adj', 'noun', 'verb']")
    problems = _Problems(on_invalid)
    sources = [s for _, s, _ in items]
    stems = [Path(s).stem for s in sources]
    if len(items) == 1:
        lex_name = _lex_name(name, sources[0])
        default_names = [lex_name]
    else:  # named after the prefix the file names share, cut back to a separator (LSD2015_)
        prefix = os.path.commonprefix(stems)
        prefix = prefix[:max(prefix.rfind(c) for c in "_-. ") + 1]
        if any(len(s) <= len(prefix) for s in stems):
            prefix = ""
        if name is None and not prefix.strip("_-. "):
            raise LexiconError(f"{sources[0]}:1: the files {[Path(s).name for s in sources]} "
                               "share no name prefix to name the lexicon; pass name= (--name)")
        lex_name = _lex_name(name if name is not None else prefix.strip("_-. "), sources[0])
        default_names = [s[len(prefix):] for s in stems]
    cats: List[_RawCategory] = []
    rows: List[_RawRow] = []
    for k, (text, source, category) in enumerate(items):
        cats.append(_RawCategory((category or default_names[k],), f"{source}:1"))
        for lineno, line in enumerate(text.splitlines(), start=1):
            s = line.strip()
            if not s or s.startswith(tuple(comment_prefixes)):
                continue
            if "\t" in s:
                problems(f"{source}:{lineno}", f"a plain word list has one term per line; found "
                         f"a TAB in {s[:40]!r} (is it a .dic or .lex file?)")
            else:
                _add_row(rows, f"{source}:{lineno}", s, (k,), problems, keep_case=keep_case)
    twice = sorted(k for k, n in Counter(_key(c.path[-1]) for c in cats).items() if n > 1)
    if twice:
        raise LexiconError(f"{sources[0]}:1: two word lists would be category {twice[0]!r}; "
                           "name the files differently")
    return _plain_lexicon(_Raw(sources[0], "wordlist", cats, rows, sha256), lex_name, layer,
                          version, description, problems, sources=sources, inflect=inflect)


def _read_lexicon_file(path: PathLike, reader: Callable[..., _Raw], sidecar: bool, on_invalid: str,
                       encoding: str, name: Optional[str], layer: Optional[str],
                       version: Optional[str], description: Optional[str]) -> Lexicon:
    """Read a ``.dic``, ``.cat`` or Lexicoder file; with its sidecar when there is one."""
    text, sha = _read_text(path, encoding)
    problems = _Problems(on_invalid)
    raw = reader(text, str(path), problems)._replace(sha256=sha)
    side = _read_sidecar(sidecar_path(path), path) if sidecar else None
    if side is not None:
        return _restore(raw, side, problems, name=name, layer=layer, version=version)
    return _plain_lexicon(raw, name, layer, version, description, problems)


def read_dic(path: PathLike, name: Optional[str] = None, layer: Optional[str] = None,
             version: Optional[str] = None, encoding: str = "utf-8", on_invalid: str = "fail",
             sidecar: bool = True, description: Optional[str] = None) -> Lexicon:
    """Read a LIWC-style ``.dic`` file (see :func:`parse_dic`); with the sidecar written next
    to it by :func:`write_lexicon`, the exported lexicon (``sidecar=False`` ignores it).

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "mini.dic"
    >>> _ = path.write_text("%\\n1\\tcare\\n%\\nsafe*\\t1\\n", encoding="utf-8")
    >>> read_dic(path).id
    'mini@1.0'
    """
    return _read_lexicon_file(path, _dic_raw, sidecar, on_invalid, encoding, name, layer,
                              version, description)


def read_cat(path: PathLike, name: Optional[str] = None, layer: Optional[str] = None,
             version: Optional[str] = None, encoding: str = "utf-8", on_invalid: str = "fail",
             sidecar: bool = True, description: Optional[str] = None) -> Lexicon:
    """Read a WordStat ``.cat`` file (see :func:`parse_cat`), with its sidecar as :func:`read_dic`.

    Examples
    --------
    >>> import tempfile
    >>> from framing.lexicon import load_lexicon
    >>> path = Path(tempfile.mkdtemp()) / "h.cat"
    >>> _ = write_lexicon(load_lexicon("hedges"), path, on_loss="ignore")
    >>> read_cat(path).id, read_cat(path, sidecar=False).id
    ('hedges@1.1', 'h@1.0')
    """
    return _read_lexicon_file(path, _cat_raw, sidecar, on_invalid, encoding, name, layer,
                              version, description)


def read_lexicoder(path: PathLike, name: Optional[str] = None, layer: Optional[str] = None,
                   version: Optional[str] = None, encoding: str = "utf-8",
                   on_invalid: str = "fail", description: Optional[str] = None) -> Lexicon:
    """Read a Lexicoder ``.lc3``/``.lcd`` file (see :func:`parse_lexicoder`).

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "lsd.lc3"
    >>> _ = path.write_text("+negative\\nabandon*\\n", encoding="utf-8")
    >>> read_lexicoder(path).entries[0].category
    'negative'
    """
    return _read_lexicon_file(path, _lexicoder_raw, False, on_invalid, encoding, name, layer,
                              version, description)


def read_wordlist(path: PathLike, name: Optional[str] = None, category: Optional[str] = None,
                  layer: Optional[str] = None, version: Optional[str] = None,
                  inflect: Optional[str] = None, keep_case: bool = False,
                  encoding: str = "utf-8", comment_prefixes: Sequence[str] = ("#", ";"),
                  on_invalid: str = "fail", description: Optional[str] = None) -> Lexicon:
    """Read a plain word list file (see :func:`parse_wordlist`).

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "hedges.txt"
    >>> _ = path.write_text("# mine\\nperhaps\\nit seems\\n", encoding="utf-8")
    >>> read_wordlist(path, category="hedge").terms("hedge")
    ['perhaps', 'it seems']
    """
    return read_wordlists([path], name=name, categories=[category] if category else None,
                          layer=layer, version=version, inflect=inflect, keep_case=keep_case,
                          encoding=encoding, comment_prefixes=comment_prefixes,
                          on_invalid=on_invalid, description=description)


def read_wordlists(paths: Sequence[PathLike], name: Optional[str] = None,
                   categories: Optional[Sequence[str]] = None, layer: Optional[str] = None,
                   version: Optional[str] = None, inflect: Optional[str] = None,
                   keep_case: bool = False, encoding: str = "utf-8",
                   comment_prefixes: Sequence[str] = ("#", ";"), on_invalid: str = "fail",
                   description: Optional[str] = None) -> Lexicon:
    """Read several word lists as one lexicon, a category per file, as Lexicoder dictionaries
    are often distributed (``LSD2015_negative.txt``, ``LSD2015_positive.txt``, ...).

    A category is named after its file without the prefix all the names share (``negative``);
    the lexicon after that prefix (``lsd2015``) unless ``name`` is given. ``categories`` gives a
    name per file instead; the other parameters are those of :func:`read_wordlist`.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for cat in ("negative", "positive"):
    ...     _ = (folder / f"LSD2015_{cat}.txt").write_text(f"{cat[:4]}*\\n", encoding="utf-8")
    >>> lex = read_wordlists(sorted(folder.glob("*.txt")))
    >>> lex.id, list(lex.categories)
    ('lsd2015@1.0', ['negative', 'positive'])
    """
    paths = list(paths)
    if not paths:
        raise LexiconError("no word list given")
    if categories is not None and len(categories) != len(paths):
        raise LexiconError(f"{len(paths)} word lists but {len(categories)} category names; "
                           "give one per file")
    texts = [_read_text(p, encoding) for p in paths]
    items = [(text, str(p), category) for p, (text, _), category
             in zip(paths, texts, categories or [None] * len(paths))]
    return _wordlists(items, name, layer, version, inflect, keep_case, comment_prefixes,
                      description, on_invalid, sha256=texts[0][1])


def _unknown_format(fmt: str) -> LexiconError:
    return LexiconError(f"unknown lexicon format {fmt!r}; valid options are {sorted(FORMATS)}")


def guess_format(path: PathLike, fmt: Optional[str] = None) -> str:
    """The lexicon format of ``path`` from its suffix (or ``fmt`` when given, checked).

    Examples
    --------
    >>> guess_format("mfd2.0.dic"), guess_format("lsd.lc3"), guess_format("x.list", "cat")
    ('dic', 'lexicoder', 'cat')
    """
    if fmt is not None:
        if fmt not in FORMATS:
            raise _unknown_format(fmt)
        return fmt
    suffix = Path(str(path)).suffix.lower()
    for name, suffixes in FORMATS.items():
        if suffix in suffixes:
            return name
    known = sorted(s for suffixes in FORMATS.values() for s in suffixes)
    raise LexiconError(f"{path}: cannot tell the lexicon format from the suffix {suffix!r} "
                       f"(known: {known}); pass format= (--format), one of {sorted(FORMATS)}")


_COMMON_OPTIONS = {"name", "layer", "version", "encoding", "on_invalid", "description"}
_IMPORT_OPTIONS = {"dic": _COMMON_OPTIONS | {"sidecar"}, "cat": _COMMON_OPTIONS | {"sidecar"},
                   "lexicoder": _COMMON_OPTIONS, "lex": set(),
                   "wordlist": _COMMON_OPTIONS | {"category", "inflect", "keep_case",
                                                  "comment_prefixes"}}


def import_lexicon(path: Union[PathLike, Sequence[PathLike]], format: Optional[str] = None,
                   **kwargs: Any) -> Lexicon:
    """Read a dictionary in any supported format; several word lists as one lexicon.

    Parameters
    ----------
    path : str or Path, or a sequence of word lists (see :func:`read_wordlists`)
    format : {"dic", "cat", "lexicoder", "wordlist", "lex"}, optional
        Default: from the suffix (see :data:`FORMATS`).
    **kwargs
        The reader's options: ``name``, ``layer``, ``version``, ``encoding``, ``on_invalid``,
        ``description``; ``sidecar`` for ``.dic`` and ``.cat``; ``category``, ``inflect``,
        ``keep_case``, ``comment_prefixes`` for word lists (others raise a LexiconError).

    Returns
    -------
    Lexicon
        Save its ``text`` as a ``.lex`` file, for ``framing analyze/score/compare --lexicon``.

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "mini.lc3"
    >>> _ = path.write_text("+negative\\nabandon*\\n", encoding="utf-8")
    >>> import_lexicon(path, name="neg").id
    'neg@1.0'
    """
    paths: List[PathLike] = [path] if isinstance(path, (str, Path)) else list(path)
    if not paths:
        raise LexiconError("no dictionary file given")
    fmts = [guess_format(p, format) for p in paths]
    fmt = fmts[0]
    if len(paths) > 1 and any(f != "wordlist" for f in fmts):
        odd = next(p for p, f in zip(paths, fmts) if f != "wordlist")
        raise LexiconError(f"{odd}: several files are imported together only as plain word "
                           f"lists (one category per file); this one is {_FORMAT_LABELS[fmt]}")
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    extra = sorted(set(kwargs) - _IMPORT_OPTIONS[fmt])
    if extra:
        raise LexiconError(f"option(s) {extra} do not apply to the {fmt} format; valid options "
                           f"are {sorted(_IMPORT_OPTIONS[fmt])}")
    if fmt == "lex":
        return load_lexicon(Path(paths[0]))
    if fmt != "wordlist":
        reader = {"dic": read_dic, "cat": read_cat, "lexicoder": read_lexicoder}[fmt]
        return reader(paths[0], **kwargs)
    category = kwargs.pop("category", None)
    if category is not None and len(paths) > 1:
        raise LexiconError("category= (--category) names the category of one word list; "
                           "with several files each file is a category named after it")
    return read_wordlists(paths, categories=[category] if category else None, **kwargs)


# --------------------------------------------------------------------------- the sidecar


def sidecar_path(path: PathLike) -> Path:
    """Where the sidecar of an exported ``.dic``/``.cat`` file is.

    Examples
    --------
    >>> sidecar_path("out/h.dic").as_posix()
    'out/h.dic.framing.toml'
    """
    p = Path(path)
    return p.with_name(p.name + SIDECAR_SUFFIX)


def _sidecar_text(lexicon: Lexicon, target: Path, fmt: str, target_text: str) -> str:
    from .._version import __version__

    lex_text = lexicon.text or to_lex(lexicon)
    lines = [
        f"# Written by framing {__version__} with {target.name}: what the {_FORMAT_LABELS[fmt]}",
        "# format cannot carry (version, layers, entry options, notes, citations), as the .lex",
        f"# text of {lexicon.id}. 'framing lexicon import {target.name}' reads it back while it",
        f"# sits next to {target.name}. Edit {target.name}, not this file: an entry is restored",
        f"# from here only while its lines in {target.name} are unchanged.",
        "[framing_sidecar]",
        f"version = {SIDECAR_VERSION}",
        f"target = {_toml_str(target.name)}",
        f"target_format = {_toml_str(fmt)}",
        f"target_sha256 = {_toml_str(_sha256(target_text))}",
        f"lexicon = {_toml_str(lexicon.id)}",
        f"lexicon_sha256 = {_toml_str(_sha256(lex_text))}",
        f"lex = {_toml_multiline(lex_text)}",
    ]
    return "\n".join(lines) + "\n"


def _read_sidecar(path: Path, target: PathLike) -> Optional[Dict[str, Any]]:
    if not path.is_file():
        return None
    try:
        info = tomllib.loads(_read_text(path, "utf-8")[0]).get("framing_sidecar")
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}:1: invalid sidecar ({exc}); delete it to import "
                           f"{Path(target).name} without it (sidecar=False)") from None
    if not isinstance(info, dict) or not isinstance(info.get("lex"), str):
        raise LexiconError(f"{path}:1: not a framing sidecar (no [framing_sidecar] table with "
                           "lex = ...); delete or rename it")
    if info.get("version") != SIDECAR_VERSION:
        raise LexiconError(f"{path}:1: sidecar version {info.get('version')!r} is not known; "
                           f"valid options are [{SIDECAR_VERSION}] (a newer framing wrote it)")
    try:
        info["lexicon_object"] = parse_lexicon(info["lex"], f"{path} (lex)")
    except LexiconError as exc:
        raise LexiconError(f"{path}:1: the sidecar's lexicon is invalid: {exc}") from None
    info["path"] = str(path)
    return info


def _restore(raw: _Raw, side: Dict[str, Any], problems: _Problems, name: Optional[str],
             layer: Optional[str], version: Optional[str]) -> Lexicon:
    """The lexicon of a sidecar, with the edits made to its exported file (module docstring)."""
    old: Lexicon = side["lexicon_object"]
    file, sidecar_name = Path(raw.source).name, Path(side["path"]).name
    report = ImportReport(raw.source, raw.format, n_lines=len(raw.rows),
                          source_sha256=raw.sha256)
    unchanged = raw.sha256 == side.get("target_sha256")
    report.restored = {"sidecar": side["path"], "lexicon": old.id, "unchanged": unchanged,
                       "restored": 0, "changed": 0, "removed": 0, "new": 0}
    # the file's categories that are the sidecar's (the names written at the export)
    if raw.format == "cat":
        written = {key: tuple(p for p in (group, leaf) if p is not None)
                   for group, members in _cat_layout(old) for key, leaf in members}
    else:
        written = {k: (n,) for k, n in _written_names(old).items()}
    by_path = {tuple(x.casefold() for x in p): k for k, p in written.items()}
    known = {i: by_path.get(tuple(x.casefold() for x in c.path))
             for i, c in enumerate(raw.categories)}
    used = {c for r in raw.rows for c in r.cats}
    # the file's lines by form: categories (a sidecar key, or the index of a new category)
    lines: Dict[Tuple[str, ...], Tuple[set, Optional[float]]] = {}
    for r in raw.rows:
        cats, _ = lines.setdefault(_form_key(r.term), (set(), r.weight))
        cats.update(known[c] if known[c] is not None else c for c in r.cats)
    restored: List[Entry] = []
    changed: List[Entry] = []
    removed: List[Entry] = []
    for e in old.entries:
        keys = [tuple(t.lower() for t in f) for f in e.forms]
        if all(k in lines and lines[k][0] == set(e.categories)
               and (raw.format != "cat" or lines[k][1] == e.weight) for k in keys):
            restored.append(e)
        else:
            (changed if any(k in lines for k in keys) else removed).append(e)
    consumed = {tuple(t.lower() for t in f) for e in restored for f in e.forms}
    new_rows = [r for r in raw.rows if _form_key(r.term) not in consumed]
    untouched = (not changed and not removed and not new_rows and not problems.skipped
                 and all(known[i] is not None for i in used))
    overrides = [k for k, v in (("name", name), ("layer", layer), ("version", version))
                 if v is not None]
    report.restored.update(restored=len(restored))
    if untouched and not overrides:
        lex = parse_lexicon(old.text, raw.source)
        report.n_entries = len(lex.entries)
        how = ("is unchanged since the export" if unchanged else
               "has the exported lines, in another layout")
        report.notes.append(f"restored {old.id} from {sidecar_name} ({file} {how})")
        lex.meta["import"] = report.to_dict()
        return lex

    b = _Builder(problems)
    for key, table in old.categories.items():
        b.categories[key] = dict(table) if layer is None else {**table, "layer": layer}
    for e in restored:
        b.keep(e)
    for i in sorted(used):
        if known[i] is None:  # a category added in the file
            c = raw.categories[i]
            known[i] = key = _unique(_key(c.path[-1]), b.categories)
            group = _key(c.path[0]) if len(c.path) > 1 else None
            b.categories[key] = {"layer": layer or group or old.name, "definition":
                                 f"Category '{' > '.join(c.path)}' added in {file}."}
            if c.path[-1] != key:
                b.categories[key]["source_name"] = c.path[-1]
    for r in new_rows:
        b.add(r, [known[c] for c in r.cats])
    report.restored.update(changed=len(changed), removed=len(removed), new=len(new_rows))
    report.notes.append(
        f"{file} differs from the export of {old.id} ({sidecar_name}): {len(restored)} entries "
        f"restored with their options and notes, {len(changed)} changed and {len(removed)} "
        f"removed in the file, {len(new_rows)} new lines; the edits win")
    for e in changed:
        lost = [f"{k}={v}" for k, v in e.options if k not in ("forms", "inflect")]
        lost += ["its note"] if e.note else []
        report.details.append(f"{raw.source}: entry {e.term!r} of {old.id} (line {e.line} of "
                              f"its .lex) changed; its lines are imported as written"
                              + (f", without {', '.join(lost)}" if lost else ""))
    report.details += [f"{raw.source}: entry {e.term!r} of {old.id} (line {e.line} of its "
                       ".lex) is no longer in the file" for e in removed]
    report.notes += b.notes()
    new_version = version or old.version
    if version is None and not untouched and not new_version.endswith("+edited"):
        new_version += "+edited"
    if overrides:
        report.notes.append(f"{', '.join(overrides)} given: set as asked")
    info = {**old.meta.get("lexicon", {}), "version": new_version,
            "name": _lex_name(name, raw.source) if name is not None else old.name}
    meta = {k: v for k, v in old.meta.items() if k not in ("categories", "import")}
    return b.build({**meta, "lexicon": info}, report, raw.source)


# --------------------------------------------------------------------------- exporters


def _unique_forms(entries: Iterable[Entry],
                  fold: Callable[[str], str] = str) -> Iterator[Tuple[Entry, str]]:
    """``(entry, folded surface form)`` for every surface form of ``entries`` (inflections and
    ``forms=`` written out) whose folded form was not seen before."""
    seen = set()
    for e in entries:
        for form in (fold(" ".join(f)) for f in e.forms):
            if form not in seen:
                seen.add(form)
                yield e, form


def _written_names(lexicon: Lexicon) -> Dict[str, str]:
    """The category names an export writes: the name imported from, else the key (the key
    when two names would be the same)."""
    names = {k: _one_line(str(c.get("source_name") or k)) for k, c in lexicon.categories.items()}
    twice = {n for n, c in Counter(n.casefold() for n in names.values()).items() if c > 1}
    return {k: (k if n.casefold() in twice else n) for k, n in names.items()}


def export_losses(lexicon: Lexicon, format: str) -> Optional[str]:
    """What ``format`` cannot carry of ``lexicon``, as one sentence with counts; None when it
    holds every term, category, option and note (then the version and metadata do not count).

    Examples
    --------
    >>> from framing.lexicon import load_lexicon
    >>> export_losses(load_lexicon("hedges"), "dic")  # doctest: +ELLIPSIS
    'the LIWC .dic format cannot carry 52 entry options (weight 24, next=number 19, neg=drop 8, case=exact 1), 3 layers (...), notes of 90 entries, the version and the other metadata'
    """
    if format == "lex":
        return None
    if format not in _LOST_OPTIONS:
        raise _unknown_format(format)
    opts = Counter("weight" if k == "weight" else f"{k}={v}" for e in lexicon.entries
                   for k, v in e.options if k in _LOST_OPTIONS[format])
    parts = []
    if opts:
        detail = ", ".join(f"{k} {n}" for k, n in opts.most_common())
        parts.append(f"{sum(opts.values())} entry options ({detail})")
    layers = list(dict.fromkeys(str(c["layer"]) for c in lexicon.categories.values()))
    if format != "cat" and layers != [lexicon.name]:
        parts.append(f"{len(layers)} layer{'s' if len(layers) > 1 else ''} "
                     f"({', '.join(layers)})")
    if format == "wordlist" and len(lexicon.categories) > 1:
        parts.append(f"{len(lexicon.categories)} categories (a word list has one)")
    n_notes = sum(1 for e in lexicon.entries if e.note)
    if n_notes:
        parts.append(f"notes of {n_notes} entries")
    if not parts:
        return None
    parts.append("the version and the other metadata")
    return f"the {_FORMAT_LABELS[format]} format cannot carry " + ", ".join(parts)


def _on_loss(lexicon: Lexicon, fmt: str, on_loss: str,
             sidecar: Optional[Path] = None) -> Optional[str]:
    if on_loss not in ("warn", "ignore", "error"):
        raise LexiconError(f"on_loss={on_loss!r} is not valid; valid options are "
                           "['error', 'ignore', 'warn']")
    lost = export_losses(lexicon, fmt)
    if lost is None:
        return None
    if sidecar is not None:
        lost += (f"; they are kept in {sidecar.name}, which 'framing lexicon import' reads back "
                 "(LIWC, quanteda and WordStat ignore it and count those entries without their "
                 "conditions)")
    if on_loss == "error":
        raise LexiconError(f"exporting {lexicon.id}: {lost} (on_loss='warn' exports anyway)")
    if on_loss == "warn":
        warnings.warn(lost, UserWarning, stacklevel=3)
    return lost


def to_dic(lexicon: Lexicon, on_loss: str = "warn") -> str:
    """A LIWC-style ``.dic`` text of a lexicon.

    Categories are numbered in order, under the names they were imported from or their keys;
    each surface form is a line with the ids of all its entry's categories.

    ``on_loss`` (``"warn"``, ``"ignore"`` or ``"error"``) says what to do when the lexicon has
    what the format cannot carry (:func:`export_losses`; :func:`write_lexicon` keeps it in a
    sidecar).

    Examples
    --------
    >>> from framing.lexicon import load_lexicon
    >>> text = to_dic(load_lexicon("hedges"), on_loss="ignore")
    >>> text.splitlines()[:3]
    ['%', '1\\tmodal', '2\\tapproximator']
    >>> "appears to\\t" in text  # the inflected forms of "appear to" (inflect=verb)
    True
    """
    _on_loss(lexicon, "dic", on_loss)
    names = _written_names(lexicon)
    num = {k: i for i, k in enumerate(lexicon.categories, start=1)}
    lines = ["%", *(f"{num[k]}\t{names[k]}" for k in lexicon.categories), "%"]
    lines += [f"{form}\t{' '.join(str(num[c]) for c in e.categories)}"
              for e, form in _unique_forms(lexicon.entries)]
    return "\n".join(lines) + "\n"


def _cat_layout(lexicon: Lexicon) -> List[Tuple[Optional[str], List[Tuple[str, Optional[str]]]]]:
    """``[(group name or None, [(category key, leaf name or None)])]`` of a ``.cat`` export:
    flat when every category's layer is the lexicon name, else a group per layer, in which a
    category named as the layer holds the group's own entries (unless that would look flat)."""
    names = {k: n.upper() for k, n in _written_names(lexicon).items()}
    layers: Dict[str, List[str]] = {}
    for k, c in lexicon.categories.items():
        layers.setdefault(str(c["layer"]), []).append(k)
    if list(layers) == [lexicon.name]:
        return [(None, [(k, names[k]) for k in lexicon.categories])]
    deep = any(k != layer for layer, keys in layers.items() for k in keys)
    return [(_one_line(layer).upper(),
             [(k, None if (k == layer and deep) else names[k]) for k in keys])
            for layer, keys in layers.items()]


def to_cat(lexicon: Lexicon, on_loss: str = "warn") -> str:
    """A WordStat ``.cat`` text of a lexicon: a group per layer (none when the only layer is
    the lexicon's name), each surface form as ``WORD_WORD (weight)`` under each of its entry's
    categories. ``on_loss`` as in :func:`to_dic`.

    Examples
    --------
    >>> lex = parse_wordlist("so-called\\nwitch hunt\\n", name="demo")
    >>> to_cat(lex).splitlines()
    ['DEMO', '\\tSO-CALLED (1)', '\\tWITCH_HUNT (1)']
    """
    _on_loss(lexicon, "cat", on_loss)
    lines: List[str] = []
    for group, members in _cat_layout(lexicon):
        if group is not None:
            lines.append(group)
        depth = 0 if group is None else 1
        for key, leaf in sorted(members, key=lambda m: m[1] is None):  # own entries last
            if leaf is not None:
                lines.append("\t" * depth + leaf)
            indent = "\t" * (depth + (leaf is not None))
            entries = [e for e in lexicon.entries if key in e.categories]
            lines += [f"{indent}{w} ({e.weight:g})"
                      for e, w in _unique_forms(entries, lambda f: f.upper().replace(" ", "_"))]
    return "\n".join(lines) + "\n"


def to_lexicoder(lexicon: Lexicon, on_loss: str = "warn") -> str:
    """A Lexicoder dictionary (``.lc3``): a ``+category`` line, then its surface forms in lower
    case, for each category. ``on_loss`` as in :func:`to_dic`.

    Examples
    --------
    >>> lex = parse_lexicoder("+negative\\nabandon*\\n+positive\\nable\\n", name="x")
    >>> to_lexicoder(lex, on_loss="ignore").splitlines()
    ['+negative', 'abandon*', '+positive', 'able']
    """
    _on_loss(lexicon, "lexicoder", on_loss)
    names = _written_names(lexicon)
    lines: List[str] = []
    for k in lexicon.categories:
        lines.append(f"+{names[k]}")
        entries = [e for e in lexicon.entries if k in e.categories]
        lines += [form for _, form in _unique_forms(entries, str.lower)]
    return "\n".join(lines) + "\n"


def to_wordlist(lexicon: Lexicon, category: Optional[str] = None, on_loss: str = "warn") -> str:
    """A plain word list: each surface form of the lexicon, or of one ``category`` of it, on a
    line. ``on_loss`` as in :func:`to_dic`.

    Examples
    --------
    >>> from framing.lexicon import load_lexicon
    >>> to_wordlist(load_lexicon("hedges"), category="modal", on_loss="ignore").split()
    ['may', 'might', 'could']
    """
    if category is not None and category not in lexicon.categories:
        raise LexiconError(f"unknown category {category!r} of {lexicon.id}; valid options are "
                           f"{sorted(lexicon.categories)}")
    _on_loss(lexicon, "wordlist", on_loss)
    entries = [e for e in lexicon.entries if category is None or category in e.categories]
    return "\n".join(form for _, form in _unique_forms(entries)) + "\n"


def export_lexicon(lexicon: Lexicon, format: str, **kwargs: Any) -> str:
    """Text of ``lexicon`` in ``format`` (a key of :data:`FORMATS`): its file text for
    ``"lex"``, else :func:`to_dic`, :func:`to_cat`, :func:`to_lexicoder` or :func:`to_wordlist`
    with ``kwargs``.

    Examples
    --------
    >>> from framing.lexicon import load_lexicon
    >>> export_lexicon(load_lexicon("hedges"), "lexicoder", on_loss="ignore").split()[:2]
    ['+modal', 'may']
    """
    if format == "lex":
        return lexicon.text or to_lex(lexicon)
    writers = {"dic": to_dic, "cat": to_cat, "lexicoder": to_lexicoder, "wordlist": to_wordlist}
    if format not in writers:
        raise _unknown_format(format)
    return writers[format](lexicon, **kwargs)


def write_lexicon(lexicon: Lexicon, path: PathLike, format: Optional[str] = None,
                  sidecar: Optional[bool] = None, on_loss: str = "warn",
                  category: Optional[str] = None) -> ExportReport:
    """Write ``lexicon`` to ``path``; for ``.dic`` and ``.cat`` also its sidecar, from which
    :func:`import_lexicon` of ``path`` gives the lexicon back.

    Parameters
    ----------
    lexicon : Lexicon
    path : str or Path
    format : str, optional
        Default: from the suffix of ``path``.
    sidecar : bool, optional
        Default: True for ``.dic`` and ``.cat``. With False, the sidecar of an earlier export
        to ``path`` is removed (it would no longer match).
    on_loss : {"warn", "ignore", "error"}, default "warn"
        As in :func:`to_dic`; one warning, with counts, says what other tools will not see.
    category : str, optional
        For a word list: only this category.

    Returns
    -------
    ExportReport

    Examples
    --------
    >>> import tempfile
    >>> from framing.lexicon import load_lexicon
    >>> out = Path(tempfile.mkdtemp()) / "h.dic"
    >>> Path(write_lexicon(load_lexicon("hedges"), out, on_loss="ignore").sidecar).name
    'h.dic.framing.toml'
    >>> again = import_lexicon(out)
    >>> again.id, again.sha256 == load_lexicon("hedges").sha256
    ('hedges@1.1', True)
    """
    from ..corpus import atomic_write_text

    fmt = guess_format(path, format)
    if sidecar is None:
        sidecar = fmt in SIDECAR_FORMATS
    if sidecar and fmt not in SIDECAR_FORMATS:
        raise LexiconError(f"a sidecar is written for {list(SIDECAR_FORMATS)} files only, not "
                           f"for {fmt}")
    if category is not None and fmt != "wordlist":
        raise LexiconError(f"category= (--category) selects the category of a word list; it "
                           f"does not apply to the {fmt} format")
    side = sidecar_path(path)
    lost = _on_loss(lexicon, fmt, on_loss, sidecar=side if sidecar else None)
    kwargs: Dict[str, Any] = {} if fmt == "lex" else {"on_loss": "ignore"}
    if category is not None:
        kwargs["category"] = category
    text = export_lexicon(lexicon, fmt, **kwargs)
    atomic_write_text(path, text)
    if sidecar:
        atomic_write_text(side, _sidecar_text(lexicon, Path(path), fmt, text))
    elif fmt in SIDECAR_FORMATS and side.is_file():  # a stale sidecar of ours would mislead
        try:
            ours = "[framing_sidecar]" in side.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            ours = False
        if ours:
            side.unlink()
    return ExportReport(str(path), fmt, str(side) if sidecar else None, lost)
