"""Lexicon import and export: LIWC ``.dic``, WordStat ``.cat``, Lexicoder, plain word lists.

Researchers bring dictionaries in other formats; this module turns them into
:class:`~framing.lexicon.Lexicon` objects (whose ``.text`` is a ``.lex`` file, ready to save
and to use with ``framing analyze/score/compare --lexicon``) and writes lexicons back out.

Formats
-------
LIWC ``.dic`` (:func:`read_dic`, :func:`to_dic`)
    A block of numbered categories between two ``%`` lines, then one ``term<TAB>id id ...``
    line per term (Pennebaker et al. 2015; the Moral Foundations Dictionaries of Graham,
    Haidt & Nosek 2009 and Frimer et al. 2019; quanteda's ``dictionary(format = "LIWC")``).
    A term with several ids, and a term listed on several lines (as MFD 2.0 does), becomes
    one entry of several categories, counted once in each. Category names become
    ``[a-z0-9_]`` keys (``care.virtue`` → ``care_virtue``, ``HarmVirtue`` → ``harm_virtue``;
    the name as written is kept as ``source_name``); every category's layer is the lexicon
    name unless ``layer=`` is given.
WordStat ``.cat`` (:func:`read_cat`, :func:`to_cat`)
    Category lines, and one tab deeper ``WORD (weight)`` entry lines; ``_`` joins the words
    of a phrase (Provalis Research, WordStat manual; Laver & Garry 2000 and Loughran &
    McDonald 2011 as distributed with quanteda). In a nested file each top-level group is a
    layer and the categories inside it are its categories (entries directly under a group
    form a category named after it); in a flat file every category's layer is the lexicon
    name. A category name that occurs in two groups gets the group's name in front
    (``institutions_conservative``, ``values_conservative``); the signs of Laver & Garry's
    ``+STATE+``, ``=STATE=``, ``-STATE-`` are spelled ``state_pro``, ``state_neutral``,
    ``state_con``.
Lexicoder (:func:`read_lexicoder`, :func:`to_lexicoder`, :func:`read_wordlists`)
    The Lexicoder dictionary format (``.lc3``/``.lcd``: a line ``+category`` starts a
    category, the lines after it are its terms, as quanteda's
    ``dictionary(format = "lexicoder")`` reads it), and Lexicoder dictionaries distributed as
    one plain list per category (LSD2015: ``LSD2015_negative.txt`` ...), which
    :func:`read_wordlists` imports together, one category per file.
Plain word lists (:func:`read_wordlist`, :func:`to_wordlist`)
    One term per line, ``#`` or ``;`` comment lines.

A final ``*`` makes a prefix wildcard in every format. A stem of one word needs 2+ characters
before the ``*`` (the ``.lex`` rule); the last word of a phrase may have a shorter stem
(Lexicoder's ``cut up*``). Terms are re-tokenised with :func:`framing.text.tokenize` so that
they match the way documents are tokenised (``pandora's box``, ``fair-minded``).

Problems
--------
Every problem a user can cause raises :class:`~framing.errors.LexiconError` with ``file:line:``.
With ``on_invalid="skip"`` an entry that cannot be imported (a wildcard in the middle of a
term, a stem too short, a LIWC conditional category, an undefined category id) is left out
and listed in the report (``lexicon.meta["import"]["skipped"]``, one ``file:line: reason``
each); with ``on_invalid="fail"`` (the default) the first one raises. Other choices an
importer makes (duplicates dropped, lines merged) are counted in the report's ``notes`` and
written as comments at the top of the ``.lex`` text.

The round trip: a metadata sidecar
----------------------------------
``.dic`` and ``.cat`` files carry terms and categories (``.cat`` also layers, as groups, and
weights) but not a lexicon's version, description, citations, category definitions, entry
options (``neg=drop``, ``next=number``, ``case=exact``, ``syntax=``, ``clause=``), notes or the
fact that several lines are the forms of one entry (``inflect=``, ``forms=``). To keep the
exported file valid for LIWC, quanteda and WordStat, :func:`write_lexicon` writes all of that
into a *sidecar* next to it, ``h.dic.framing.toml``: the exact ``.lex`` text of the lexicon,
the sha256 of the ``.dic``/``.cat`` written with it, and the name of the file it belongs to.
Other tools ignore the sidecar; :func:`read_dic` and :func:`read_cat` read it back when it is
there (``sidecar=False`` ignores it):

* the file is unchanged since the export (same sha256, or the same lines in another layout):
  the lexicon is the exported one, byte for byte (same entries, options, notes, categories,
  layers, version and hash);
* the file was edited: the edits win. An entry of the sidecar is restored with its options and
  note while every line it was exported as is still in the file with the same categories (and
  weight, in a ``.cat``); the other lines are imported as a plain import would. The report
  names the entries that changed or disappeared, and so could not be restored, and the
  version gets ``+edited`` (``1.1+edited``) unless nothing changed but the layout.

The exported lines of an entry are its surface forms (``inflect=`` and ``forms=`` written out),
one line each, with all its categories; a ``.cat`` groups the categories by layer (flat when
the only layer is the lexicon's name). LIWC and quanteda then count the words framing counts,
except for the conditions the format cannot state (and where patterns of different categories
overlap: framing counts a word in the categories of its most specific entry, quanteda in
those of every pattern that matches it; ``reports/dictionaries``). :func:`write_lexicon` warns
once, with counts, about what the format cannot carry (``the LIWC .dic format cannot carry 52
entry options (weight 24, next=number 19, ...), 3 layers (...)``).

Examples
--------
>>> lex = parse_dic('''%
... 1\\tcare.virtue
... 2\\tloyalty.vice
... %
... safe*\\t1
... betray\\t2
... betray\\t1
... ''', name="mini", source="mini.dic")
>>> lex.id, lex.format, list(lex.categories)
('mini@1.0', 2, ['care_virtue', 'loyalty_vice'])
>>> [(e.term, e.categories) for e in lex.entries]
[('safe*', ('care_virtue',)), ('betray', ('loyalty_vice', 'care_virtue'))]
>>> to_dic(lex).splitlines()
['%', '1\\tcare.virtue', '2\\tloyalty.vice', '%', 'safe*\\t1', 'betray\\t2 1']
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from ..errors import LexiconError
from ..text import tokenize
from .format import (ATTRIBUTION_LAYERS, SEPARATOR, Entry, Lexicon, build_entry, inflections,
                     parse_lexicon)

if sys.version_info >= (3, 11):  # pragma: no cover - depends on interpreter
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = [
    "FORMATS",
    "ON_INVALID",
    "SIDECAR_SUFFIX",
    "ImportReport",
    "ExportReport",
    "parse_dic",
    "read_dic",
    "parse_cat",
    "read_cat",
    "parse_lexicoder",
    "read_lexicoder",
    "parse_wordlist",
    "read_wordlist",
    "read_wordlists",
    "import_lexicon",
    "guess_format",
    "sidecar_path",
    "to_lex",
    "to_dic",
    "to_cat",
    "to_lexicoder",
    "to_wordlist",
    "export_lexicon",
    "write_lexicon",
    "export_losses",
]

PathLike = Union[str, Path]

#: Formats understood by :func:`import_lexicon` and :func:`export_lexicon`, with the file
#: suffixes that select them.
FORMATS = {"dic": (".dic",), "cat": (".cat",), "lexicoder": (".lc3", ".lcd"),
           "wordlist": (".txt", ".lst", ".list"), "lex": (".lex",)}
#: What an importer does with an entry it cannot import: stop, or leave it out and report it.
ON_INVALID = ("fail", "skip")
#: Suffix of the metadata sidecar written next to an exported ``.dic``/``.cat`` file.
SIDECAR_SUFFIX = ".framing.toml"
#: Version of the sidecar layout (``[framing_sidecar] version``).
SIDECAR_VERSION = 1
#: Formats whose export gets a sidecar.
SIDECAR_FORMATS = ("dic", "cat")

_FORMAT_LABELS = {"dic": "LIWC .dic", "cat": "WordStat .cat", "lexicoder": "Lexicoder",
                  "wordlist": "plain word list", "lex": ".lex"}
_KEY_RE = re.compile(r"[^a-z0-9]+")
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
#: Signs used by WordStat category names (Laver & Garry's +STATE+, =STATE=, -STATE-) spelled
#: out so that the three do not collapse into one key.
_SIGN_WORDS = {"+": "pro", "-": "con", "=": "neutral"}
_CAT_WEIGHT_RE = re.compile(r"^(?P<term>.*?)\s*\((?P<weight>[-+]?\d+(?:\.\d+)?)\)\s*$")
_LIWC_CONDITIONAL_RE = re.compile(r"[(<>/]")
#: Entry options each export format cannot express (``inflect=`` and ``forms=`` are written
#: out as one line per form, so they are not lost for matching).
_LOST_OPTIONS = {
    "dic": ("neg", "next", "case", "syntax", "clause", "weight"),
    "cat": ("neg", "next", "case", "syntax", "clause"),
    "lexicoder": ("neg", "next", "case", "syntax", "clause", "weight"),
    "wordlist": ("neg", "next", "case", "syntax", "clause", "weight"),
}


# --------------------------------------------------------------------------- reports


@dataclass
class ImportReport:
    """What an importer did besides copying.

    Attributes
    ----------
    source : str
        The file(s) read.
    format : str
        One of :data:`FORMATS`.
    n_lines : int
        Entry lines read.
    n_entries : int
        Entries in the lexicon.
    skipped : list of str
        ``file:line: reason`` for each entry left out (``on_invalid="skip"``).
    notes : list of str
        One line per kind of decision (lines merged into multi-category entries, duplicates
        dropped, the sidecar read), with counts.
    details : list of str
        ``file:line: ...`` for each single decision behind the notes.
    source_sha256 : str
        The sha256 of the file read (of the first file, for several word lists).
    restored : dict or None
        When a sidecar was read: ``{"sidecar", "lexicon", "unchanged", "restored", "changed",
        "removed", "new"}`` (entry counts).
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
        return {"source": self.source, "format": self.format, "n_lines": self.n_lines,
                "n_entries": self.n_entries, "skipped": list(self.skipped),
                "notes": list(self.notes), "details": list(self.details),
                "source_sha256": self.source_sha256, "restored": self.restored}


@dataclass
class ExportReport:
    """What :func:`write_lexicon` wrote, and what the target format could not carry.

    Attributes
    ----------
    path : str
    format : str
    sidecar : str or None
        The sidecar written next to ``path`` (``.dic`` and ``.cat``).
    losses : str or None
        One sentence: what the format cannot carry, with counts (None when nothing).
    """

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

    def error(self, exc: LexiconError) -> None:
        """A problem found by the ``.lex`` rules (the message already starts with the place)."""
        where, _, reason = str(exc).partition(": ")
        self(where, reason)


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
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, hashlib.sha256(data).hexdigest()


def _key(name: str) -> str:
    """A category key ``[a-z0-9_]+`` from a category name as written.

    Examples
    --------
    >>> [_key(n) for n in ("care.virtue", "HarmVirtue", "+STATE+", "CON ENVIRONMENT", "Modal")]
    ['care_virtue', 'harm_virtue', 'state_pro', 'con_environment', 'modal']
    """
    s = name.strip()
    m = re.fullmatch(r"([+\-=]?)(.*?)([+\-=]?)", s)
    lead, core, trail = m.groups() if m else ("", s, "")
    sign = lead or trail
    if not core.isupper():  # HarmVirtue -> Harm_Virtue (not ECONOMY -> E_C_...)
        core = _CAMEL_RE.sub("_", core)
    key = _KEY_RE.sub("_", core.lower()).strip("_")
    if sign and key:
        key = f"{key}_{_SIGN_WORDS[sign]}"
    return key or "category"


def _lex_name(name: Optional[str], path: str) -> str:
    raw = name if name is not None else Path(path).stem
    key = _KEY_RE.sub("_", raw.lower()).strip("_")
    if not key:
        raise LexiconError(f"{path}:1: cannot derive a lexicon name from {raw!r}; pass name= "
                           "(--name)")
    return key


def _normalise_term(raw: str, where: str, keep_case: bool) -> str:
    """The term as the ``.lex`` format writes it: tokens of :func:`framing.text.tokenize`
    joined by single spaces, lower-cased unless ``keep_case``; a final ``*`` kept.

    A wildcard stem is kept as written (it matches the start of one token, so ``fair-*``
    matches ``fair-minded``); the words before it are re-tokenised. A run of ``*`` at the end
    is one wildcard (``heckl**`` in LSD2015 means ``heckl*``, as a glob pattern does).
    """
    term = " ".join(raw.split())
    wildcard = term.endswith("*")
    if wildcard:
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


def _form_key(term: str) -> Tuple[str, ...]:
    """The case-insensitive key of a surface form (a wildcard keeps its ``*``)."""
    return tuple(term.lower().split(" "))


def _note_text(note: str) -> str:
    return " ".join(note.replace("\t", " ").split())


def _one_line(name: str) -> str:
    return " ".join(str(name).split())


# --------------------------------------------------------------------------- writing .lex


def _toml_str(s: str) -> str:
    """A TOML basic string (JSON string escapes are valid TOML escapes)."""
    return json.dumps(str(s), ensure_ascii=False)


_TOML_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _toml_multiline(s: str) -> str:
    """A TOML multi-line string that reads back as exactly ``s``: a literal string (no
    escapes, so the text reads as written) when ``s`` allows it, else a basic string."""
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


def _toml_table(lines: List[str], header: str, table: Mapping[str, Any]) -> None:
    lines.append(header)
    for k, v in table.items():
        if isinstance(v, Mapping):
            continue
        key = k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else _toml_str(k)
        lines.append(f"{key} = {_toml_value(v)}")
    lines.append("")


_Row = Tuple[str, Sequence[str], Mapping[str, str], str]  # term, categories, options, note


def _lex_text(meta: Mapping[str, Any], rows: Sequence[_Row], preamble: Sequence[str] = ()) -> str:
    """The ``.lex`` text of a header and entry rows. ``format = 2`` is written when an entry
    has several categories (or the header asks for it)."""
    lines: List[str] = [f"# {p}" if p else "#" for p in preamble]
    if lines:
        lines.append("")
    info = dict(meta.get("lexicon", {}))
    multi = any(len(cats) > 1 for _, cats, _, _ in rows)
    fmt = max(int(info.get("format", 1)), 2 if multi else 1)
    head = {"name": info.pop("name"), "version": info.pop("version")}
    info.pop("format", None)
    if fmt > 1 or "format" in meta.get("lexicon", {}):
        head["format"] = fmt
    _toml_table(lines, "[lexicon]", {**head, **info})
    for cit in meta.get("citations", []) or []:
        _toml_table(lines, "[[citations]]", cit)
    for key, cdef in (meta.get("categories") or {}).items():
        _toml_table(lines, f"[categories.{key}]", cdef)
    for ch in meta.get("changes", []) or []:
        _toml_table(lines, "[[changes]]", ch)
    for k, v in meta.items():
        if k in ("lexicon", "citations", "categories", "changes", "import"):
            continue
        if isinstance(v, Mapping):
            _toml_table(lines, f"[{k}]", v)
    lines.append(SEPARATOR)
    lines.append("# term\tcategories\toptions\tnote")
    for term, cats, opts, note in rows:
        opt = ";".join(f"{k}={v}" for k, v in sorted(opts.items()))
        row = [term, ",".join(cats), opt, _note_text(note)]
        while row and not row[-1]:
            row.pop()
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def _entry_row(e: Entry) -> _Row:
    return (e.term, e.categories, dict(e.options), e.note)


def _import_preamble(report: Mapping[str, Any], limit: int = 200) -> List[str]:
    """The comments at the top of an imported ``.lex``: what the import did, with the source
    files named without their folders (the file may be shared)."""
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
    out += [f"skipped: {local(s)}" for s in report.get("skipped", [])[:limit]]
    details = list(report.get("details", []))
    out += [f"import: {local(d)}" for d in details[:limit]]
    if len(details) > limit:
        out.append(f"import: ... and {len(details) - limit} more")
    return out


def to_lex(lexicon: Lexicon) -> str:
    """The ``.lex`` text of a lexicon object (header and entries), for saving and curation.

    Entries are written as they are defined (term, categories, options, note), so parsing the
    result gives the same entries; ``format = 2`` is written when an entry has several
    categories. Comments of the original file are not kept: to copy a lexicon file as it is,
    use ``lexicon.text``.

    Examples
    --------
    >>> from framing.lexicon import load_lexicon, parse_lexicon
    >>> lex = load_lexicon("hedges")
    >>> again = parse_lexicon(to_lex(lex))
    >>> [(e.term, e.categories, e.options, e.note) for e in again.entries] == [
    ...     (e.term, e.categories, e.options, e.note) for e in lex.entries]
    True
    """
    meta = dict(lexicon.meta)
    info = dict(meta.get("lexicon") or {})
    info.update(name=lexicon.name, version=lexicon.version)
    meta["lexicon"] = info
    meta["categories"] = lexicon.categories
    imp = lexicon.meta.get("import")
    pre = _import_preamble(imp) if isinstance(imp, Mapping) else []
    return _lex_text(meta, [_entry_row(e) for e in lexicon.entries], preamble=pre)


# --------------------------------------------------------------------------- raw dictionaries


@dataclass
class _RawCategory:
    """A category as written: its path (``.cat``: group names down to it; else its name)."""

    path: Tuple[str, ...]
    where: str

    @property
    def name(self) -> str:
        return self.path[-1]


@dataclass
class _RawRow:
    """One entry line: its term as the ``.lex`` format writes it, and as written."""

    where: str
    term: str
    cats: Tuple[int, ...]  # indices into the raw categories
    weight: Optional[float] = None
    written: str = ""


def _row(where: str, written: str, cats: Tuple[int, ...], problems: "_Problems",
         weight: Optional[float] = None, keep_case: bool = False) -> Optional[_RawRow]:
    """A checked entry line, or None (after telling ``problems``) when the ``.lex`` rules
    cannot hold its term (a ``*`` inside it, a stem too short, ...)."""
    try:
        term = _normalise_term(written, where, keep_case)
        opts = {"case": "exact"} if term != term.lower() else {}
        build_entry(term, ("category",), ("layer",), opts, "", 0, where)
    except LexiconError as exc:
        problems.error(exc)
        return None
    return _RawRow(where, term, cats, weight, written.strip())


@dataclass
class _Raw:
    """What a reader found in a file: categories and entry lines, nothing interpreted."""

    source: str
    format: str
    categories: List[_RawCategory]
    rows: List[_RawRow]
    sha256: str = ""


def _dic_raw(text: str, source: str, problems: _Problems) -> _Raw:
    lines = text.splitlines()
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or lines[i].strip() != "%":
        raise LexiconError(f"{source}:{i + 1}: a .dic file starts with a '%' line (then one "
                           "'id name' line per category, then '%')")
    cats: List[_RawCategory] = []
    ids: Dict[str, int] = {}
    i += 1
    while True:
        if i >= len(lines):
            raise LexiconError(f"{source}:{i}: the category block is not closed by a '%' line")
        raw = lines[i].strip()
        i += 1
        if not raw:
            continue
        if raw == "%":
            break
        parts = raw.split(None, 1)
        if len(parts) != 2 or not parts[0].isdigit():
            raise LexiconError(f"{source}:{i}: expected 'id name' in the category block, "
                               f"got {raw[:60]!r}")
        cid = str(int(parts[0]))
        if cid in ids:
            raise LexiconError(f"{source}:{i}: category id {parts[0]} is defined twice")
        ids[cid] = len(cats)
        cats.append(_RawCategory((_one_line(parts[1]),), f"{source}:{i}"))
    if not cats:
        raise LexiconError(f"{source}:{i}: the category block defines no categories")
    rows: List[_RawRow] = []
    for lineno in range(i + 1, len(lines) + 1):
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
            continue
        row = _row(where, term, tuple(dict.fromkeys(ids[str(int(r))] for r in ids_written)),
                   problems)
        if row is not None:
            rows.append(row)
    return _Raw(source, "dic", cats, rows)


def _cat_raw(text: str, source: str, problems: _Problems) -> _Raw:
    cats: List[_RawCategory] = []
    rows: List[_RawRow] = []
    stack: List[Tuple[int, int]] = []  # (depth, category index)
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        body = line.rstrip()
        depth = len(body) - len(body.lstrip("\t"))
        content = body.strip()
        m = _CAT_WEIGHT_RE.match(content)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if m is None:  # a category
            path = (cats[stack[-1][1]].path if stack else ()) + (_one_line(content),)
            stack.append((depth, len(cats)))
            cats.append(_RawCategory(path, where))
            continue
        if not stack:
            problems(where, f"entry {content[:40]!r} is not inside a category (a category "
                            "line, without a weight, must come first and be less indented)")
            continue
        term = m.group("term").replace("_", " ")
        if not term.strip():
            problems(where, "empty entry")
            continue
        if re.search(r"[?@\[\]{}]", term):
            problems(where, f"WordStat pattern {content[:40]!r} is not supported (only a "
                            "final '*')")
            continue
        row = _row(where, term, (stack[-1][1],), problems, weight=float(m.group("weight")))
        if row is not None:
            rows.append(row)
    return _Raw(source, "cat", cats, rows)


def _lexicoder_raw(text: str, source: str, problems: _Problems) -> _Raw:
    cats: List[_RawCategory] = []
    rows: List[_RawRow] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if not s:
            continue
        where = f"{source}:{lineno}"
        if s.startswith("+"):
            name = _one_line(s[1:])
            if not name:
                raise LexiconError(f"{where}: a '+' line needs a category name")
            cats.append(_RawCategory((name,), where))
            continue
        if not cats:
            raise LexiconError(f"{where}: term {s[:40]!r} comes before the first category "
                               "(a Lexicoder dictionary starts with a '+category' line)")
        row = _row(where, s, (len(cats) - 1,), problems)
        if row is not None:
            rows.append(row)
    if not cats:
        raise LexiconError(f"{source}:1: no '+category' line; is this a plain word list? "
                           "(format='wordlist')")
    return _Raw(source, "lexicoder", cats, rows)


def _wordlist_rows(text: str, source: str, cat: int, problems: _Problems,
                   comment_prefixes: Sequence[str], keep_case: bool) -> List[_RawRow]:
    rows = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if not s or any(s.startswith(p) for p in comment_prefixes):
            continue
        where = f"{source}:{lineno}"
        if "\t" in s:
            problems(where, f"a plain word list has one term per line; found a TAB in "
                            f"{s[:40]!r} (is it a .dic or .lex file?)")
            continue
        row = _row(where, s, (cat,), problems, keep_case=keep_case)
        if row is not None:
            rows.append(row)
    return rows


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
        # form key -> (draft index, generated by inflect?)
        self._by_form: Dict[Tuple[str, ...], Tuple[int, bool]] = {}
        self.details: List[str] = []
        self.n_lines = 0
        self.n_merged = 0
        self.n_duplicates = 0
        self.n_weight_conflicts = 0

    def category(self, key: str, table: Dict[str, Any]) -> None:
        self.categories[key] = table

    def _form_keys(self, term: str, case_exact: bool) -> Tuple[str, ...]:
        return tuple(term.split(" ")) if case_exact else _form_key(term)

    def keep(self, entry: Entry) -> None:
        """Add an entry restored from a sidecar, as it was."""
        idx = len(self.drafts)
        self.drafts.append(_Draft(entry.term, list(entry.categories), dict(entry.options),
                                  entry.note, f"line {entry.line}"))
        for form in entry.forms:
            key = form if entry.case_exact else tuple(t.lower() for t in form)
            self._by_form.setdefault(key, (idx, False))

    def add(self, row: _RawRow, cats: Sequence[str], inflect: Optional[str] = None) -> None:
        """Add a checked line (see :func:`_row`) under the category keys ``cats``."""
        self.n_lines += 1
        term, where, weight, raw = row.term, row.where, row.weight, row.written
        options: Dict[str, str] = {}
        case_exact = term != term.lower()
        if case_exact:
            options["case"] = "exact"
        if weight is not None and weight != 1.0:
            options["weight"] = f"{weight:g}"
        if raw.endswith("**"):
            self.details.append(f"{where}: {raw!r} read as {term!r}")
        key = self._form_keys(term, case_exact)
        if key in self._by_form:
            idx, generated = self._by_form[key]
            prev = self.drafts[idx]
            new = [c for c in cats if c not in prev.categories]
            if not new:
                self.n_duplicates += 1
                self.details.append(f"{where}: duplicate {raw!r} dropped ({prev.where})")
                return
            if generated:  # an explicit term wins over a form made by inflect=
                prev.generated.remove(" ".join(key))
                self._set_forms(prev)
                del self._by_form[key]
            else:
                if ATTRIBUTION_LAYERS & {str(self.categories[c]["layer"])
                                         for c in prev.categories + new}:
                    self.problems(where, f"{raw!r} is also listed at {prev.where}; an "
                                         "attribution cue or source noun has one category")
                    return
                self.n_merged += 1
                prev.categories.extend(new)
                self.details.append(f"{where}: {raw!r} is also listed at {prev.where}; "
                                    f"one entry of categories {','.join(prev.categories)}")
                if weight is not None and f"{weight:g}" != prev.options.get("weight", "1"):
                    self.n_weight_conflicts += 1
                    self.details.append(f"{where}: weight {weight:g} of {raw!r} differs "
                                        f"from {prev.where}; the first is kept")
                return
        idx = len(self.drafts)
        draft = _Draft(term, list(cats), options, "", where)
        self.drafts.append(draft)
        self._by_form[key] = (idx, False)
        if inflect and not term.endswith("*"):
            toks = term.split(" ")
            at = 0 if inflect == "verb" else len(toks) - 1
            for f in inflections(toks[at], inflect)[1:]:
                form = " ".join(toks[:at] + [f] + toks[at + 1:])
                fkey = self._form_keys(form, case_exact)
                if fkey not in self._by_form:  # forms listed earlier stay their own entries
                    draft.generated.append(form)
                    self._by_form[fkey] = (idx, True)
            self._set_forms(draft)

    @staticmethod
    def _set_forms(draft: _Draft) -> None:
        if draft.generated:
            draft.options["forms"] = ",".join(draft.generated)
        else:
            draft.options.pop("forms", None)

    def notes(self) -> List[str]:
        out = []
        if self.n_merged:
            out.append(f"{self.n_merged} lines listed a term that another line lists under "
                       "another category: merged into one entry of several categories (a match "
                       "counts once in each)")
        if self.n_duplicates:
            out.append(f"{self.n_duplicates} duplicate lines dropped")
        if self.n_weight_conflicts:
            out.append(f"{self.n_weight_conflicts} merged lines had another weight; the first "
                       "was kept")
        return out

    def build(self, meta: Dict[str, Any], report: ImportReport, source: str) -> Lexicon:
        if not self.drafts:
            raise LexiconError(f"{report.source}:1: no entries found"
                               + (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
        used = {c for d in self.drafts for c in d.categories}
        meta = dict(meta)
        meta["categories"] = {k: v for k, v in self.categories.items() if k in used}
        empty = [k for k in self.categories if k not in used]
        if empty:
            report.notes.append(f"categories without entries left out: {', '.join(empty)}")
        report.n_lines = max(report.n_lines, self.n_lines)
        report.n_entries = len(self.drafts)
        report.skipped = list(self.problems.skipped)
        report.details = self.details + report.details
        rows = [(d.term, d.categories, d.options, d.note) for d in self.drafts]
        text = _lex_text(meta, rows, preamble=_import_preamble(report.to_dict()))
        try:
            lex = parse_lexicon(text, source)
        except LexiconError as exc:
            raise LexiconError(f"{report.source}:1: the import does not give a valid lexicon: "
                               f"{exc}") from None
        lex.meta["import"] = report.to_dict()
        return lex


def _source_meta(name: str, version: str, description: Optional[str], sources: Sequence[str],
                 fmt: str, sha256: str) -> Dict[str, Any]:
    files = ", ".join(Path(s).name for s in sources)
    info: Dict[str, Any] = {
        "name": name, "version": version,
        "description": description or f"Imported from the {_FORMAT_LABELS[fmt]} dictionary "
                                      f"{files}.",
        "license": "see the source dictionary",
        "authors": ["see the source dictionary"],
        "imported_from": files,
    }
    if sha256:
        info["imported_sha256"] = sha256
    return {"lexicon": info}


def _category_keys(raw: _Raw, used: Iterable[int]) -> Dict[int, Tuple[str, Optional[str]]]:
    """``{raw category index: (key, group key or None)}`` for the categories in use.

    In a nested ``.cat`` the group is the top-level category; a key is the name below the
    group (or the group's own, for entries directly under it), made unique by putting the
    group in front when two groups hold categories of the same name.
    """
    used = sorted(set(used))
    nested = any(len(c.path) > 1 for c in raw.categories)
    keys: Dict[int, Tuple[str, Optional[str]]] = {}
    for i in used:
        path = raw.categories[i].path
        if nested:
            below = path[1:] or path[:1]
            keys[i] = ("_".join(_key(p) for p in below), _key(path[0]))
        else:
            keys[i] = (_key(path[-1]), None)
    counts = Counter(k for k, _ in keys.values())
    taken: set = set()
    for i in used:
        key, group = keys[i]
        if counts[key] > 1 and group is not None and key != group:
            key = "_".join(_key(p) for p in raw.categories[i].path)
        base, n = key, 2
        while key in taken:
            key, n = f"{base}_{n}", n + 1
        taken.add(key)
        keys[i] = (key, group)
    return keys


def _plain_lexicon(raw: _Raw, name: Optional[str], layer: Optional[str], version: Optional[str],
                   description: Optional[str], problems: _Problems, *,
                   sources: Optional[Sequence[str]] = None,
                   inflect: Optional[str] = None) -> Lexicon:
    """A lexicon from a raw dictionary that did not come from framing (no sidecar)."""
    sources = list(sources or [raw.source])
    lex_name = _lex_name(name, raw.source)
    used = {c for r in raw.rows for c in r.cats}
    keys = _category_keys(raw, used)
    b = _Builder(problems)
    for i in sorted(used):
        key, group = keys[i]
        cat = raw.categories[i]
        path = " > ".join(cat.path)
        table: Dict[str, Any] = {
            "layer": layer or group or lex_name,
            "definition": f"Category '{path}' of the imported dictionary "
                          f"{Path(cat.where.rsplit(':', 1)[0]).name}.",
        }
        if cat.name != key:
            table["source_name"] = cat.name
        b.category(key, table)
    for r in raw.rows:
        b.add(r, [keys[c][0] for c in r.cats], inflect=inflect)
    report = ImportReport(", ".join(sources), raw.format, source_sha256=raw.sha256)
    report.notes = b.notes()
    groups = {c.path[:-1] for c in raw.categories}
    empty = [c for i, c in enumerate(raw.categories) if i not in used and c.path not in groups]
    if empty:
        report.notes.append("categories without entries left out: " + ", ".join(
            f"{' > '.join(c.path)!r} ({c.where})" for c in empty))
    meta = _source_meta(lex_name, version or "1.0", description, sources, raw.format, raw.sha256)
    return b.build(meta, report, raw.source)


# --------------------------------------------------------------------------- importers


def parse_dic(text: str, name: Optional[str] = None, layer: Optional[str] = None,
              version: Optional[str] = None, source: str = "<string>",
              description: Optional[str] = None, on_invalid: str = "fail") -> Lexicon:
    """Parse the text of a LIWC-style ``.dic`` dictionary.

    Parameters
    ----------
    text : str
        The dictionary: ``%``, one ``id<whitespace>name`` line per category, ``%``, then one
        ``term<TAB>id [id ...]`` line per term (terms may contain spaces; a final ``*`` makes
        a wildcard stem).
    name : str, optional
        Lexicon name (default: the file stem of ``source``), made ``[a-z0-9_]+``.
    layer : str, optional
        Layer of every category (default: the lexicon name).
    version : str, optional
        Default "1.0".
    source : str
        File name used in messages.
    description : str, optional
    on_invalid : {"fail", "skip"}, default "fail"
        An entry that cannot be imported (a LIWC conditional category, an undefined id, a
        wildcard stem too short, a ``*`` inside a term): raise, or leave it out and list it
        in ``meta["import"]["skipped"]``.

    Returns
    -------
    Lexicon
        Its ``text`` is the ``.lex`` file; ``meta["import"]`` is the :class:`ImportReport`.

    Raises
    ------
    LexiconError
        ``source:line:`` for a malformed header, and for invalid entries unless skipped.

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
    raw = _dic_raw(text, source, problems)
    return _plain_lexicon(raw, name, layer, version, description, problems)


def parse_cat(text: str, name: Optional[str] = None, layer: Optional[str] = None,
              version: Optional[str] = None, source: str = "<string>",
              description: Optional[str] = None, on_invalid: str = "fail") -> Lexicon:
    """Parse the text of a WordStat ``.cat`` dictionary.

    Category lines have no weight; their depth is the number of leading TABs. Entry lines are
    ``WORD (weight)`` and belong to the nearest category above them that is less indented.
    ``_`` joins the words of a phrase; ``*`` ends a wildcard stem. Entries are lower-cased (a
    WordStat dictionary is case-insensitive). In a nested file each top-level group is a
    layer (see the module docstring); ``layer=`` puts every category in one layer.

    Parameters
    ----------
    text : str
    name, layer, version, source, description, on_invalid
        As in :func:`parse_dic`.

    Returns
    -------
    Lexicon

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
    raw = _cat_raw(text, source, problems)
    return _plain_lexicon(raw, name, layer, version, description, problems)


def parse_lexicoder(text: str, name: Optional[str] = None, layer: Optional[str] = None,
                    version: Optional[str] = None, source: str = "<string>",
                    description: Optional[str] = None, on_invalid: str = "fail") -> Lexicon:
    """Parse a dictionary in the Lexicoder format (``.lc3``/``.lcd``).

    A line ``+name`` starts a category; every non-blank line after it is one of its terms
    (as quanteda's ``dictionary(format = "lexicoder")`` reads it). A term in several
    categories becomes one entry of those categories.

    Parameters
    ----------
    text : str
    name, layer, version, source, description, on_invalid
        As in :func:`parse_dic`.

    Returns
    -------
    Lexicon

    Examples
    --------
    >>> lex = parse_lexicoder("+negative\\nabandon*\\ncut up*\\n+neg_positive\\nnot abandon*\\n",
    ...                       name="lsd")
    >>> [(e.term, e.category) for e in lex.entries]
    [('abandon*', 'negative'), ('cut up*', 'negative'), ('not abandon*', 'neg_positive')]
    """
    problems = _Problems(on_invalid)
    raw = _lexicoder_raw(text, source, problems)
    return _plain_lexicon(raw, name, layer, version, description, problems)


def parse_wordlist(text: str, name: Optional[str] = None, category: Optional[str] = None,
                   layer: Optional[str] = None, version: Optional[str] = None,
                   source: str = "<string>", inflect: Optional[str] = None,
                   keep_case: bool = False, comment_prefixes: Sequence[str] = ("#", ";"),
                   description: Optional[str] = None, on_invalid: str = "fail") -> Lexicon:
    """Parse a plain word list: one term per line.

    Blank lines and lines starting with a comment prefix are skipped; surrounding whitespace is
    removed. Terms are lower-cased unless ``keep_case`` (then capitalised terms get
    ``case=exact``). Duplicates are dropped and noted.

    Parameters
    ----------
    text : str
    name : str, optional
        Lexicon name (default: the file stem of ``source``).
    category : str, optional
        The one category of all terms (default: the lexicon name).
    layer : str, optional
        Layer (default: the lexicon name). Use ``"cue"`` to feed a list of reporting verbs to
        the attribution extractor.
    version : str, optional
        Default "1.0".
    source : str
    inflect : {None, "verb", "noun", "adj"}
        Add regular inflections of each term (for lists of lemmas, such as report verbs), as
        explicit ``forms=``; a form that the list has as a term of its own stays that term.
    keep_case : bool, default False
    comment_prefixes : sequence of str, default ("#", ";")
    description : str, optional
    on_invalid : {"fail", "skip"}, default "fail"
        As in :func:`parse_dic`.

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
    return _wordlists([(text, source, category)], name=name, layer=layer, version=version,
                      inflect=inflect, keep_case=keep_case, comment_prefixes=comment_prefixes,
                      description=description, on_invalid=on_invalid)


def _check_inflect(inflect: Optional[str]) -> None:
    if inflect not in (None, "verb", "noun", "adj"):
        raise LexiconError(f"inflect={inflect!r} is not valid; valid options are "
                           "[None, 'adj', 'noun', 'verb']")


def _common_stem_prefix(stems: Sequence[str]) -> str:
    """The common prefix of file stems, cut back to a separator (``LSD2015_``), or ""."""
    prefix = os.path.commonprefix(list(stems))
    cut = max(prefix.rfind(c) for c in "_-. ")
    prefix = prefix[:cut + 1] if cut >= 0 else ""
    if any(len(s) <= len(prefix) for s in stems):
        return ""
    return prefix


def _wordlists(items: Sequence[Tuple[str, str, Optional[str]]], name: Optional[str],
               layer: Optional[str], version: Optional[str], inflect: Optional[str],
               keep_case: bool, comment_prefixes: Sequence[str], description: Optional[str],
               on_invalid: str, sha256: str = "") -> Lexicon:
    """Word lists ``(text, source, category or None)`` as one lexicon, a category per list."""
    _check_inflect(inflect)
    problems = _Problems(on_invalid)
    sources = [s for _, s, _ in items]
    if len(items) == 1:
        lex_name = _lex_name(name, sources[0])
        default_names = [lex_name]
    else:
        stems = [Path(s).stem for s in sources]
        prefix = _common_stem_prefix(stems)
        if name is None and not prefix.strip("_-. "):
            raise LexiconError(f"{sources[0]}:1: the files {[Path(s).name for s in sources]} "
                               "share no name prefix to name the lexicon; pass name= (--name)")
        lex_name = _lex_name(name if name is not None else prefix.strip("_-. "), sources[0])
        default_names = [s[len(prefix):] for s in stems]
    cats: List[_RawCategory] = []
    rows: List[_RawRow] = []
    for k, (text, source, category) in enumerate(items):
        cats.append(_RawCategory((category or default_names[k],), f"{source}:1"))
        rows += _wordlist_rows(text, source, k, problems, comment_prefixes, keep_case)
    keys = [_key(c.name) for c in cats]
    twice = sorted(k for k, n in Counter(keys).items() if n > 1)
    if twice:
        raise LexiconError(f"{sources[0]}:1: two word lists would be category {twice[0]!r}; "
                           "name the files differently")
    raw = _Raw(sources[0], "wordlist", cats, rows, sha256)
    return _plain_lexicon(raw, lex_name, layer, version, description, problems, sources=sources,
                          inflect=inflect)


_READERS = {"dic": _dic_raw, "cat": _cat_raw, "lexicoder": _lexicoder_raw}


def _read_lexicon_file(path: PathLike, fmt: str, sidecar: bool, on_invalid: str,
                       encoding: str, name: Optional[str], layer: Optional[str],
                       version: Optional[str], description: Optional[str]) -> Lexicon:
    """Read a ``.dic``, ``.cat`` or Lexicoder file; with its sidecar when there is one."""
    text, sha = _read_text(path, encoding)
    problems = _Problems(on_invalid)
    raw = _READERS[fmt](text, str(path), problems)
    raw.sha256 = sha
    side = _read_sidecar(sidecar_path(path), path) if sidecar else None
    if side is not None:
        return _restore(raw, side, problems, name=name, layer=layer, version=version)
    return _plain_lexicon(raw, name, layer, version, description, problems)


def read_dic(path: PathLike, name: Optional[str] = None, layer: Optional[str] = None,
             version: Optional[str] = None, encoding: str = "utf-8", on_invalid: str = "fail",
             sidecar: bool = True, description: Optional[str] = None) -> Lexicon:
    """Read a LIWC-style ``.dic`` file (see :func:`parse_dic`).

    When a sidecar written by :func:`write_lexicon` sits next to the file
    (``PATH.framing.toml``), the lexicon it was exported from is restored (see the module
    docstring); ``sidecar=False`` ignores it.

    Raises
    ------
    LexiconError
        ``path:line:`` for unreadable, undecodable or malformed files.
    """
    return _read_lexicon_file(path, "dic", sidecar, on_invalid, encoding, name, layer,
                              version, description)


def read_cat(path: PathLike, name: Optional[str] = None, layer: Optional[str] = None,
             version: Optional[str] = None, encoding: str = "utf-8", on_invalid: str = "fail",
             sidecar: bool = True, description: Optional[str] = None) -> Lexicon:
    """Read a WordStat ``.cat`` file (see :func:`parse_cat`), with its sidecar when present
    (as :func:`read_dic`).

    Raises
    ------
    LexiconError
        ``path:line:`` for unreadable, undecodable or malformed files.
    """
    return _read_lexicon_file(path, "cat", sidecar, on_invalid, encoding, name, layer,
                              version, description)


def read_lexicoder(path: PathLike, name: Optional[str] = None, layer: Optional[str] = None,
                   version: Optional[str] = None, encoding: str = "utf-8",
                   on_invalid: str = "fail", description: Optional[str] = None) -> Lexicon:
    """Read a Lexicoder ``.lc3``/``.lcd`` dictionary file (see :func:`parse_lexicoder`)."""
    return _read_lexicon_file(path, "lexicoder", False, on_invalid, encoding, name, layer,
                              version, description)


def read_wordlist(path: PathLike, name: Optional[str] = None, category: Optional[str] = None,
                  layer: Optional[str] = None, version: Optional[str] = None,
                  inflect: Optional[str] = None, keep_case: bool = False,
                  encoding: str = "utf-8", comment_prefixes: Sequence[str] = ("#", ";"),
                  on_invalid: str = "fail", description: Optional[str] = None) -> Lexicon:
    """Read a plain word list file (see :func:`parse_wordlist`).

    Raises
    ------
    LexiconError
        ``path:line:`` for unreadable or undecodable files and invalid terms.
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
    """Read several word lists as one lexicon, one category per file.

    This is how Lexicoder dictionaries are often distributed: LSD2015 is four lists,
    ``LSD2015_negative.txt``, ``LSD2015_positive.txt``, ``LSD2015_neg_negative.txt`` and
    ``LSD2015_neg_positive.txt``. A category is named after its file, without the prefix that
    all the file names share (``negative``, ``positive``, ``neg_negative``,
    ``neg_positive``); the lexicon after that prefix (``lsd2015``) unless ``name`` is given.
    Every category's layer is the lexicon name unless ``layer`` is given.

    Parameters
    ----------
    paths : sequence of str or Path
    name : str, optional
    categories : sequence of str, optional
        One category name per file (default: from the file names).
    layer, version, inflect, keep_case, encoding, comment_prefixes, on_invalid, description
        As in :func:`parse_wordlist`.

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        ``path:line:`` for unreadable or undecodable files and invalid terms; no name when
        the files share no prefix and ``name`` is not given.
    """
    paths = list(paths)
    if not paths:
        raise LexiconError("no word list given")
    if categories is not None and len(categories) != len(paths):
        raise LexiconError(f"{len(paths)} word lists but {len(categories)} category names; "
                           "give one per file")
    items = []
    sha = ""
    for k, p in enumerate(paths):
        text, h = _read_text(p, encoding)
        sha = sha or h
        items.append((text, str(p), categories[k] if categories else None))
    lex = _wordlists(items, name=name, layer=layer, version=version, inflect=inflect,
                     keep_case=keep_case, comment_prefixes=comment_prefixes,
                     description=description, on_invalid=on_invalid, sha256=sha)
    return lex


def guess_format(path: PathLike, fmt: Optional[str] = None) -> str:
    """The lexicon format of ``path`` from its suffix (or ``fmt`` when given, checked).

    Examples
    --------
    >>> guess_format("mfd2.0.dic"), guess_format("hedges.txt"), guess_format("x.list", "cat")
    ('dic', 'wordlist', 'cat')
    >>> guess_format("lsd.lc3")
    'lexicoder'
    """
    if fmt is not None:
        if fmt not in FORMATS:
            raise LexiconError(f"unknown lexicon format {fmt!r}; valid options are "
                               f"{sorted(FORMATS)}")
        return fmt
    suffix = Path(str(path)).suffix.lower()
    for name, suffixes in FORMATS.items():
        if suffix in suffixes:
            return name
    known = sorted(s for suffixes in FORMATS.values() for s in suffixes)
    raise LexiconError(f"{path}: cannot tell the lexicon format from the suffix {suffix!r} "
                       f"(known: {known}); pass format= (--format), one of {sorted(FORMATS)}")


_COMMON_OPTIONS = {"name", "layer", "version", "encoding", "on_invalid", "description"}
#: Keyword options of :func:`import_lexicon` for each format.
_IMPORT_OPTIONS = {"dic": _COMMON_OPTIONS | {"sidecar"}, "cat": _COMMON_OPTIONS | {"sidecar"},
                   "lexicoder": _COMMON_OPTIONS,
                   "wordlist": _COMMON_OPTIONS | {"category", "inflect", "keep_case",
                                                  "comment_prefixes"},
                   "lex": set()}


def import_lexicon(path: Union[PathLike, Sequence[PathLike]], format: Optional[str] = None,
                   **kwargs: Any) -> Lexicon:
    """Read a dictionary in any supported format; several word lists as one lexicon.

    Parameters
    ----------
    path : str or Path, or a sequence of them
        Several paths are read by :func:`read_wordlists` (one category per file); they must
        all be word lists.
    format : {"dic", "cat", "lexicoder", "wordlist", "lex"}, optional
        Default: from the suffix (``.dic``, ``.cat``, ``.lc3``/``.lcd``,
        ``.txt``/``.lst``/``.list``, ``.lex``).
    **kwargs
        Passed to the reader: ``name``, ``layer``, ``version``, ``encoding``, ``on_invalid``
        (``"fail"`` or ``"skip"``), ``description``; ``sidecar`` for ``.dic`` and ``.cat``;
        ``category``, ``inflect``, ``keep_case``, ``comment_prefixes`` for word lists.

    Returns
    -------
    Lexicon
        Save its ``text`` as a ``.lex`` file, for ``framing analyze/score/compare --lexicon``.

    Raises
    ------
    LexiconError
        For problems in a file (``path:line:``), an unknown format, or an option that does not
        apply to the format (``inflect`` for a ``.dic`` file, any option for a ``.lex`` file).
    """
    if isinstance(path, (str, Path)):
        paths: List[PathLike] = [path]
    else:
        paths = list(path)
    if not paths:
        raise LexiconError("no dictionary file given")
    fmts = [guess_format(p, format) for p in paths]
    fmt = fmts[0]
    if len(paths) > 1 and any(f != "wordlist" for f in fmts):
        odd = next(p for p, f in zip(paths, fmts) if f != "wordlist")
        raise LexiconError(f"{odd}: several files are imported together only as plain word "
                           f"lists (one category per file); this one is {_FORMAT_LABELS[fmt]}")
    allowed = _IMPORT_OPTIONS[fmt]
    given = {k for k, v in kwargs.items() if v is not None}
    extra = sorted(given - allowed)
    if extra:
        raise LexiconError(f"option(s) {extra} do not apply to the {fmt} format; valid options "
                           f"are {sorted(allowed)}")
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    if fmt == "wordlist":
        category = kwargs.pop("category", None)
        if category is not None and len(paths) > 1:
            raise LexiconError("category= (--category) names the category of one word list; "
                               "with several files each file is a category named after it")
        return read_wordlists(paths, categories=[category] if category else None, **kwargs)
    if fmt == "dic":
        return read_dic(paths[0], **kwargs)
    if fmt == "cat":
        return read_cat(paths[0], **kwargs)
    if fmt == "lexicoder":
        return read_lexicoder(paths[0], **kwargs)
    from .format import load_lexicon

    return load_lexicon(Path(paths[0]))


# --------------------------------------------------------------------------- the sidecar


def sidecar_path(path: PathLike) -> Path:
    """Where the sidecar of an exported ``.dic``/``.cat`` file is (``h.dic.framing.toml``).

    Examples
    --------
    >>> sidecar_path("out/h.dic").as_posix()
    'out/h.dic.framing.toml'
    """
    p = Path(path)
    return p.with_name(p.name + SIDECAR_SUFFIX)


def _sidecar_text(lexicon: Lexicon, target: Path, fmt: str, target_text: str) -> str:
    from .._version import __version__

    sha = hashlib.sha256(target_text.encode("utf-8")).hexdigest()
    lex_text = _lexicon_text(lexicon)
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
        f"target_sha256 = {_toml_str(sha)}",
        f"lexicon = {_toml_str(lexicon.id)}",
        f"lexicon_sha256 = {_toml_str(hashlib.sha256(lex_text.encode('utf-8')).hexdigest())}",
        f"lex = {_toml_multiline(lex_text)}",
    ]
    return "\n".join(lines) + "\n"


def _lexicon_text(lexicon: Lexicon) -> str:
    """The ``.lex`` text of a lexicon: its file text when it has one, else :func:`to_lex`."""
    return lexicon.text or to_lex(lexicon)


def _read_sidecar(path: Path, target: PathLike) -> Optional[Dict[str, Any]]:
    if not path.is_file():
        return None
    text, _ = _read_text(path, "utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}:1: invalid sidecar ({exc}); delete it to import "
                           f"{Path(target).name} without it (sidecar=False)") from None
    info = data.get("framing_sidecar")
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


def _category_paths(lexicon: Lexicon, fmt: str) -> Dict[str, Tuple[str, ...]]:
    """``{category key: path written}``: the names :func:`to_dic`/:func:`to_cat` write."""
    if fmt == "cat":
        out: Dict[str, Tuple[str, ...]] = {}
        for group, members in _cat_layout(lexicon):
            for key, leaf in members:
                out[key] = tuple(p for p in (group, leaf) if p is not None)
        return out
    return {k: (n,) for k, n in _written_names(lexicon).items()}


def _restore(raw: _Raw, side: Dict[str, Any], problems: _Problems, name: Optional[str],
             layer: Optional[str], version: Optional[str]) -> Lexicon:
    """The lexicon of a sidecar, with the edits made to its exported file (module docstring)."""
    old: Lexicon = side["lexicon_object"]
    sidecar_name = Path(side["path"]).name
    report = ImportReport(raw.source, raw.format, source_sha256=raw.sha256)
    report.n_lines = len(raw.rows)
    unchanged = raw.sha256 == side.get("target_sha256")
    report.restored = {"sidecar": side["path"], "lexicon": old.id, "unchanged": unchanged,
                       "restored": 0, "changed": 0, "removed": 0, "new": 0}

    # Which categories of the file are the sidecar's (same names as exported)?
    fold = (lambda p: tuple(x.casefold() for x in p))
    by_path = {fold(p): k for k, p in _category_paths(old, raw.format).items()}
    known = {i: by_path.get(fold(c.path)) for i, c in enumerate(raw.categories)}
    # The file's lines by form: categories (sidecar keys, or the raw index of a new one)
    lines: Dict[Tuple[str, ...], Tuple[set, Optional[float]]] = {}
    for r in raw.rows:
        cats, weight = lines.setdefault(_form_key(r.term), (set(), r.weight))
        cats.update(known[c] if known[c] is not None else c for c in r.cats)
    restored, consumed = [], set()
    changed, removed = [], []
    for e in old.entries:
        keys = [tuple(t.lower() for t in f) for f in e.forms]
        intact = all(k in lines and lines[k][0] == set(e.categories) and
                     (raw.format != "cat" or lines[k][1] == e.weight) for k in keys)
        if intact:
            restored.append(e)
            consumed.update(keys)
        elif any(k in lines for k in keys):
            changed.append(e)
        else:
            removed.append(e)
    new_rows = [r for r in raw.rows if _form_key(r.term) not in consumed]
    same_categories = all(v is not None for i, v in known.items()
                          if any(i in r.cats for r in raw.rows))
    untouched = (not changed and not removed and not new_rows and same_categories
                 and not problems.skipped)
    overrides = [k for k, v in (("name", name), ("layer", layer), ("version", version))
                 if v is not None]
    info = dict(old.meta.get("lexicon", {}))
    if untouched and not overrides:
        lex = parse_lexicon(old.text, raw.source)
        report.n_entries = len(lex.entries)
        report.restored.update(restored=len(restored))
        how = ("is unchanged since the export" if unchanged else
               "has the exported lines, in another layout")
        report.notes.append(f"restored {old.id} from {sidecar_name} ({Path(raw.source).name} "
                            f"{how})")
        lex.meta["import"] = report.to_dict()
        return lex

    b = _Builder(problems)
    for key, table in old.categories.items():
        b.category(key, dict(table) if layer is None else {**table, "layer": layer})
    for e in restored:
        b.keep(e)
    new_keys: Dict[int, str] = {}
    for i, c in enumerate(raw.categories):
        if known[i] is None and any(i in r.cats for r in raw.rows):
            key, n = _key(c.name), 2
            base = key
            while key in b.categories or key in new_keys.values():
                key, n = f"{base}_{n}", n + 1
            new_keys[i] = key
            group = _key(c.path[0]) if len(c.path) > 1 else None
            table: Dict[str, Any] = {"layer": layer or group or old.name,
                                     "definition": f"Category '{' > '.join(c.path)}' added in "
                                                   f"{Path(raw.source).name}."}
            if c.name != key:
                table["source_name"] = c.name
            b.category(key, table)
    for r in new_rows:
        cats = [known[c] if known[c] is not None else new_keys[c] for c in r.cats]
        b.add(r, cats)
    report.restored.update(restored=len(restored), changed=len(changed), removed=len(removed),
                           new=len(new_rows))
    report.notes.append(
        f"{Path(raw.source).name} differs from the export of {old.id} ({sidecar_name}): "
        f"{len(restored)} entries restored with their options and notes, {len(changed)} "
        f"changed and {len(removed)} removed in the file, {len(new_rows)} new lines; the "
        "edits win")
    for e in changed:
        report.details.append(f"{raw.source}: entry {e.term!r} of {old.id} (line {e.line} of "
                              f"its .lex) changed; its lines are imported as written"
                              f"{_lost_parts(e)}")
    for e in removed:
        report.details.append(f"{raw.source}: entry {e.term!r} of {old.id} (line {e.line} of "
                              "its .lex) is no longer in the file")
    report.notes += b.notes()
    new_version = version or old.version
    if version is None and not untouched and not new_version.endswith("+edited"):
        new_version += "+edited"
    if overrides:
        report.notes.append(f"{', '.join(overrides)} given: set as asked")
    info.update(name=_lex_name(name, raw.source) if name is not None else old.name,
                version=new_version)
    meta = {k: v for k, v in old.meta.items() if k not in ("categories", "import")}
    meta["lexicon"] = info
    return b.build(meta, report, raw.source)


def _lost_parts(e: Entry) -> str:
    parts = [f"{k}={v}" for k, v in e.options if k not in ("forms", "inflect")]
    if e.note:
        parts.append("its note")
    return f", without {', '.join(parts)}" if parts else ""


# --------------------------------------------------------------------------- exporters


def _surface_forms(e: Entry) -> List[str]:
    """Every surface form of an entry, as written in a dictionary line."""
    return [" ".join(f) for f in e.forms]


def _written_names(lexicon: Lexicon) -> Dict[str, str]:
    """The category names an export writes: the name it was imported from, else the key
    (the key when two names would be the same)."""
    names = {k: _one_line(str(c.get("source_name") or k)) for k, c in lexicon.categories.items()}
    twice = {n for n, c in Counter(n.casefold() for n in names.values()).items() if c > 1}
    return {k: (k if n.casefold() in twice else n) for k, n in names.items()}


def export_losses(lexicon: Lexicon, format: str) -> Optional[str]:
    """What ``format`` cannot carry of ``lexicon``, as one sentence with counts.

    None when the format holds every term, category, option and note (the version and
    metadata alone are not counted as a loss: no format but ``.lex`` has a place for them,
    and the sidecar of :func:`write_lexicon` keeps them).

    Examples
    --------
    >>> from framing.lexicon import load_lexicon
    >>> export_losses(load_lexicon("hedges"), "dic")  # doctest: +ELLIPSIS
    'the LIWC .dic format cannot carry 52 entry options (weight 24, next=number 19, neg=drop 8, case=exact 1), 3 layers (...), notes of 90 entries, the version and the other metadata'
    """
    if format == "lex":
        return None
    if format not in _LOST_OPTIONS:
        raise LexiconError(f"unknown lexicon format {format!r}; valid options are "
                           f"{sorted(FORMATS)}")
    opts: Counter = Counter()
    for e in lexicon.entries:
        for k, v in e.options:
            if k in _LOST_OPTIONS[format]:
                opts["weight" if k == "weight" else f"{k}={v}"] += 1
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
    if not parts:  # terms and categories fit: nothing a user of the file would miss
        return None
    parts.append("the version and the other metadata")
    return f"the {_FORMAT_LABELS[format]} format cannot carry " + ", ".join(parts)


def _on_loss(lexicon: Lexicon, fmt: str, on_loss: str, sidecar: Optional[Path] = None,
             stacklevel: int = 3) -> Optional[str]:
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
        warnings.warn(lost, UserWarning, stacklevel=stacklevel)
    return lost


def to_dic(lexicon: Lexicon, on_loss: str = "warn") -> str:
    """A LIWC-style ``.dic`` text of a lexicon.

    Categories are numbered 1, 2, ... in order of definition, under the names they were
    imported from (``source_name``) or their keys; every surface form (inflections and
    ``forms=``) becomes a line of its own, with the ids of all the entry's categories.

    Parameters
    ----------
    lexicon : Lexicon
    on_loss : {"warn", "ignore", "error"}, default "warn"
        What to do when the lexicon has what ``.dic`` cannot carry (entry options such as
        ``neg=drop``, layers, notes, the version; see :func:`export_losses`). To keep them,
        use :func:`write_lexicon`, which writes a sidecar.

    Returns
    -------
    str

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
    lines = ["%"] + [f"{num[k]}\t{names[k]}" for k in lexicon.categories] + ["%"]
    seen = set()
    for e in lexicon.entries:
        ids = " ".join(str(num[c]) for c in e.categories)
        for form in _surface_forms(e):
            if form not in seen:
                seen.add(form)
                lines.append(f"{form}\t{ids}")
    return "\n".join(lines) + "\n"


def _cat_layout(lexicon: Lexicon) -> List[Tuple[Optional[str], List[Tuple[str, Optional[str]]]]]:
    """``[(group name or None, [(category key, leaf name or None)])]`` of a ``.cat`` export.

    Flat when every category's layer is the lexicon name; otherwise one group per layer, the
    categories inside it; a category named as its layer holds the group's own entries (unless
    no group has other categories, where that would look flat).
    """
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
    """A WordStat ``.cat`` text of a lexicon.

    Categories are grouped by layer (a top-level group per layer) unless the lexicon has one
    layer named like itself, when the file is flat. Entries are upper-cased with ``_`` for
    spaces and their weight in brackets; every surface form is a line, under each of the
    entry's categories.

    Parameters
    ----------
    lexicon : Lexicon
    on_loss : {"warn", "ignore", "error"}, default "warn"
        As in :func:`to_dic`.

    Returns
    -------
    str

    Examples
    --------
    >>> lex = parse_wordlist("so-called\\nwitch hunt\\n", name="demo")
    >>> to_cat(lex).splitlines()
    ['DEMO', '\\tSO-CALLED (1)', '\\tWITCH_HUNT (1)']
    """
    _on_loss(lexicon, "cat", on_loss)
    by_cat: Dict[str, List[Entry]] = {k: [] for k in lexicon.categories}
    for e in lexicon.entries:
        for c in e.categories:
            by_cat[c].append(e)
    lines: List[str] = []

    def entries(key: str, depth: int) -> None:
        seen = set()
        for e in by_cat[key]:
            for form in _surface_forms(e):
                w = form.upper().replace(" ", "_")
                if w not in seen:
                    seen.add(w)
                    lines.append("\t" * depth + f"{w} ({e.weight:g})")

    for group, members in _cat_layout(lexicon):
        if group is not None:
            lines.append(group)
        depth = 0 if group is None else 1
        for key, leaf in sorted(members, key=lambda m: m[1] is None):  # own entries last
            if leaf is None:
                entries(key, depth)
                continue
            lines.append("\t" * depth + leaf)
            entries(key, depth + 1)
    return "\n".join(lines) + "\n"


def to_lexicoder(lexicon: Lexicon, on_loss: str = "warn") -> str:
    """A Lexicoder dictionary (``.lc3``): ``+category`` lines, each followed by its terms
    (every surface form), lower-case.

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
        seen = set()
        for e in lexicon.entries:
            if k in e.categories:
                for form in _surface_forms(e):
                    if form.lower() not in seen:
                        seen.add(form.lower())
                        lines.append(form.lower())
    return "\n".join(lines) + "\n"


def to_wordlist(lexicon: Lexicon, category: Optional[str] = None, on_loss: str = "warn") -> str:
    """A plain word list: every surface form on its own line, in entry order.

    Parameters
    ----------
    lexicon : Lexicon
    category : str, optional
        Only this category (default: all).
    on_loss : {"warn", "ignore", "error"}, default "warn"

    Returns
    -------
    str

    Raises
    ------
    LexiconError
        For an unknown category.
    """
    if category is not None and category not in lexicon.categories:
        raise LexiconError(f"unknown category {category!r} of {lexicon.id}; valid options are "
                           f"{sorted(lexicon.categories)}")
    _on_loss(lexicon, "wordlist", on_loss)
    out, seen = [], set()
    for e in lexicon.entries:
        if category is not None and category not in e.categories:
            continue
        for form in _surface_forms(e):
            if form not in seen:
                seen.add(form)
                out.append(form)
    return "\n".join(out) + "\n"


def export_lexicon(lexicon: Lexicon, format: str, **kwargs: Any) -> str:
    """Text of ``lexicon`` in ``format`` (``"lex"``, ``"dic"``, ``"cat"``, ``"lexicoder"`` or
    ``"wordlist"``).

    ``"lex"`` gives the lexicon's file text as read (comments kept); ``kwargs`` go to
    :func:`to_dic`, :func:`to_cat`, :func:`to_lexicoder` or :func:`to_wordlist`. To keep
    what ``.dic`` and ``.cat`` cannot carry, use :func:`write_lexicon`.
    """
    if format == "lex":
        return _lexicon_text(lexicon)
    writers = {"dic": to_dic, "cat": to_cat, "lexicoder": to_lexicoder, "wordlist": to_wordlist}
    if format not in writers:
        raise LexiconError(f"unknown lexicon format {format!r}; valid options are "
                           f"{sorted(FORMATS)}")
    return writers[format](lexicon, **kwargs)


def write_lexicon(lexicon: Lexicon, path: PathLike, format: Optional[str] = None,
                  sidecar: Optional[bool] = None, on_loss: str = "warn",
                  category: Optional[str] = None) -> ExportReport:
    """Write ``lexicon`` to ``path`` in ``format``; for ``.dic`` and ``.cat`` also its sidecar.

    The sidecar (``PATH.framing.toml``, see the module docstring) holds what the format cannot
    carry, so that :func:`import_lexicon` of ``path`` gives the lexicon back. A warning (one,
    with counts) says what other tools will not see.

    Parameters
    ----------
    lexicon : Lexicon
    path : str or Path
    format : str, optional
        Default: from the suffix of ``path``.
    sidecar : bool, optional
        Default: True for ``.dic`` and ``.cat``. With False, a sidecar of an earlier export
        at that place is removed (it would no longer match).
    on_loss : {"warn", "ignore", "error"}, default "warn"
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
    >>> report = write_lexicon(load_lexicon("hedges"), out, on_loss="ignore")
    >>> Path(report.sidecar).name
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
    side = sidecar_path(path) if sidecar else None
    lost = _on_loss(lexicon, fmt, on_loss, sidecar=side, stacklevel=3)
    kwargs: Dict[str, Any] = {} if fmt == "lex" else {"on_loss": "ignore"}
    if category is not None:
        kwargs["category"] = category
    text = export_lexicon(lexicon, fmt, **kwargs)
    atomic_write_text(path, text)
    stale = sidecar_path(path)
    if side is not None:
        atomic_write_text(side, _sidecar_text(lexicon, Path(path), fmt, text))
    elif fmt in SIDECAR_FORMATS and stale.is_file():
        try:
            ours = "[framing_sidecar]" in stale.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            ours = False
        if ours:
            stale.unlink()
    return ExportReport(str(path), fmt, str(side) if side is not None else None, lost)
