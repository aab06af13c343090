"""Lexicon import, export and curation aids.

Researchers bring dictionaries in other formats; this module turns them into
:class:`framing.lexicon.Lexicon` objects (and ``.lex`` text) and writes ours back out.

Formats
    * LIWC-style ``.dic`` (:func:`read_dic`, :func:`to_dic`): a ``%``-delimited block of
      numbered categories, then one ``term<TAB>id id ...`` line per term; ``*`` ends a
      wildcard stem. Used by LIWC (Pennebaker et al. 2015), the Moral Foundations Dictionary
      (Graham, Haidt & Nosek 2009) and quanteda.
    * WordStat ``.cat`` (:func:`read_cat`, :func:`to_cat`): categories as unindented or
      tab-indented lines, entries as ``WORD (weight)`` one tab deeper than their category;
      ``_`` joins the words of a phrase (Provalis Research, WordStat manual). Used by
      Laver & Garry (2000) and Loughran & McDonald (2011) as distributed with quanteda.
    * Plain word lists (:func:`read_wordlist`, :func:`to_wordlist`): one term per line,
      ``#`` or ``;`` comment lines (Hu & Liu 2004 opinion lexicon, Hyland's hedges as
      distributed by Recasens et al. 2013).
    * Our own ``.lex`` format (:func:`to_lex`), for saving an imported lexicon for curation.

Every importer goes through the ``.lex`` parser, so an imported lexicon obeys exactly the rules
of a bundled one. Terms are re-tokenised with :func:`framing.text.tokenize` so that they match
the way documents are tokenised. Problems raise :class:`framing.lexicon.LexiconError` with
``file:line``. Choices an importer has to make are reported in
:attr:`ImportReport.notes <ImportReport>` (``lexicon.meta["import"]``), never silently.

Curation
    :func:`suggest_entries` ranks candidate entries from labelled data by the log-odds ratio
    with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) of annotated text
    against the rest. It returns a table for a human curator and never edits a lexicon.

Examples
--------
>>> lex = parse_dic('''%
... 1\\tHedge
... 2\\tBoost
... %
... may\\t1
... perhaps\\t1
... clear*\\t2
... ''', name="mini", source="mini.dic")
>>> lex.id, sorted(lex.categories)
('mini@1.0', ['boost', 'hedge'])
>>> from framing.text import segment
>>> [(m.entry.term, m.entry.category) for m in lex.compile().find(segment("It may clearly work."))]
[('may', 'hedge'), ('clear*', 'boost')]
>>> to_dic(lex).splitlines()
['%', '1\\tHedge', '2\\tBoost', '%', 'may\\t1', 'perhaps\\t1', 'clear*\\t2']
"""
from __future__ import annotations

import hashlib
import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from .format import Entry, Lexicon, LexiconError, inflections, parse_lexicon, SEPARATOR
from ..text import tokenize

__all__ = [
    "FORMATS",
    "ImportReport",
    "read_dic",
    "parse_dic",
    "read_cat",
    "parse_cat",
    "read_wordlist",
    "parse_wordlist",
    "import_lexicon",
    "guess_format",
    "to_lex",
    "to_dic",
    "to_cat",
    "to_wordlist",
    "export_lexicon",
]

PathLike = Union[str, Path]

#: Formats understood by :func:`import_lexicon` and :func:`export_lexicon`, with the file
#: suffixes that select them.
FORMATS = {"dic": (".dic",), "cat": (".cat",), "wordlist": (".txt", ".lst", ".list"),
           "lex": (".lex",)}

_KEY_RE = re.compile(r"[^a-z0-9]+")
#: Signs used by WordStat category names (Laver & Garry's +STATE+, =STATE=, -STATE-) spelled
#: out so that the three do not collapse into one key.
_SIGN_WORDS = {"+": "pro", "-": "con", "=": "neutral"}
_WILDCARD_MIN = 3  # the .lex format's minimum wildcard stem (framing.lexicon)
_CAT_WEIGHT_RE = re.compile(r"^(?P<term>.*?)\s*\((?P<weight>[-+]?\d+(?:\.\d+)?)\)\s*$")
_LIWC_CONDITIONAL_RE = re.compile(r"[(<>/]")


@dataclass
class ImportReport:
    """What an importer did besides copying: merged duplicates, extra categories, skips.

    Attributes
    ----------
    source : str
        The file read.
    n_read : int
        Entry lines read.
    n_entries : int
        Entries in the resulting lexicon.
    notes : list of str
        One ``file:line: message`` per decision (duplicate dropped, term in several
        categories, ...).
    """

    source: str
    n_read: int = 0
    n_entries: int = 0
    notes: List[str] = field(default_factory=list)

    def to_dict(self) -> Dict[str, Any]:
        return {"source": self.source, "n_read": self.n_read, "n_entries": self.n_entries,
                "notes": list(self.notes)}


# --------------------------------------------------------------------------- helpers


def _read_text(path: PathLike, encoding: str) -> Tuple[str, str]:
    """Text and sha256 of a file; decoding errors name the byte offset."""
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
            f"{p}:{line}: cannot decode byte {exc.start} as {encoding}; pass encoding= "
            "(for example 'latin-1')") from None
    except LookupError:
        raise LexiconError(f"{p}:1: unknown encoding {encoding!r}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, hashlib.sha256(data).hexdigest()


def _key(name: str) -> str:
    """A category key ``[a-z0-9_]+`` from a category name."""
    s = name.strip()
    m = re.fullmatch(r"([+\-=]?)(.*?)([+\-=]?)", s)
    lead, core, trail = m.groups() if m else ("", s, "")
    sign = lead or trail
    key = _KEY_RE.sub("_", core.lower()).strip("_")
    if sign and key:
        key = f"{key}_{_SIGN_WORDS[sign]}"
    return key or "category"


def _unique_key(name: str, taken: Dict[str, str]) -> str:
    base = _key(name)
    key, k = base, 2
    while key in taken:
        key, k = f"{base}_{k}", k + 1
    taken[key] = name
    return key


def _lex_name(name: Optional[str], path: str) -> str:
    raw = name if name is not None else Path(path).stem
    key = _KEY_RE.sub("_", raw.lower()).strip("_")
    if not key:
        raise LexiconError(f"{path}:1: cannot derive a lexicon name from {raw!r}; pass name=")
    return key


def _normalise_term(raw: str, where: str, keep_case: bool) -> Tuple[str, bool]:
    """Term tokens joined by single spaces, as framing.text tokenises; wildcard flag.

    A wildcard stem is kept as written (it matches the start of one token, so ``fair-*``
    matches ``fair-minded``); the words before it are re-tokenised.
    """
    term = " ".join(raw.split())
    wildcard = term.endswith("*")
    if wildcard:
        term = term[:-1]
    if "*" in term:
        raise LexiconError(f"{where}: wildcard '*' is supported only at the end of a term: {raw!r}")
    if not keep_case:
        term = term.lower()
    if wildcard:
        head, _, stem = term.rpartition(" ")
        if not stem:
            raise LexiconError(f"{where}: wildcard without a stem: {raw!r}")
        if len(stem) < _WILDCARD_MIN:
            raise LexiconError(
                f"{where}: wildcard stem {stem + '*'!r} is too short for the .lex format "
                f"({_WILDCARD_MIN}+ characters)")
        toks = [t.text for t in tokenize(head)] + [stem]
    else:
        toks = [t.text for t in tokenize(term)]
    if not toks:
        raise LexiconError(f"{where}: empty term {raw!r}")
    return " ".join(toks) + ("*" if wildcard else ""), wildcard


def _note_text(note: str) -> str:
    return " ".join(note.replace("\t", " ").split())


def _toml_str(s: str) -> str:
    """A TOML basic string (JSON string escapes are valid TOML escapes)."""
    return json.dumps(str(s), ensure_ascii=False)


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        if "\n" in v:
            if "'''" not in v:
                return "'''" + v + "'''"
            return _toml_str(v)
        return _toml_str(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} to a .lex header")


def _toml_table(lines: List[str], header: str, table: Mapping[str, Any]) -> None:
    lines.append(header)
    for k, v in table.items():
        if isinstance(v, Mapping):
            continue
        key = k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else _toml_str(k)
        lines.append(f"{key} = {_toml_value(v)}")
    lines.append("")


@dataclass
class _Draft:
    term: str
    category: str
    options: Dict[str, str]
    note: str
    line: int


class _Builder:
    """Collects categories and entries, resolving duplicates the .lex format forbids."""

    def __init__(self, source: str, keep_case: bool = False, on_invalid: str = "error"):
        if on_invalid not in ("error", "skip"):
            raise ValueError(f"on_invalid must be 'error' or 'skip', got {on_invalid!r}")
        self.source = source
        self.keep_case = keep_case
        self.on_invalid = on_invalid
        self.categories: Dict[str, Dict[str, Any]] = {}
        self.drafts: List[_Draft] = []
        self._by_form: Dict[Tuple[str, ...], int] = {}  # form key -> index into drafts
        self.report = ImportReport(source)

    def category(self, key: str, layer: str, definition: str) -> None:
        self.categories[key] = {"layer": layer, "definition": definition}

    def _forms(self, term: str, wildcard: bool, options: Dict[str, str]) -> List[Tuple[str, ...]]:
        toks = tuple(term.rstrip("*").split(" ")) if wildcard else tuple(term.split(" "))
        forms = [toks]
        for f in options.get("forms", "").split(","):
            if f.strip():
                forms.append(tuple(f.strip().split(" ")))
        keyed = []
        for f in forms:
            k = f if self.keep_case else tuple(t.lower() for t in f)
            keyed.append(k + (("*",) if wildcard else ()))
        return keyed

    def add(self, raw: str, category: str, line: int, weight: Optional[float] = None,
            note: str = "", inflect: Optional[str] = None) -> None:
        where = f"{self.source}:{line}"
        self.report.n_read += 1
        try:
            term, wildcard = _normalise_term(raw, where, self.keep_case)
        except LexiconError as exc:
            if self.on_invalid == "error":
                raise
            self.report.notes.append(f"{exc} (skipped)")
            return
        options: Dict[str, str] = {}
        if self.keep_case and term != term.lower():
            options["case"] = "exact"
        if weight is not None and weight != 1.0:
            options["weight"] = f"{weight:g}"
        if inflect and not wildcard:
            # explicit forms (not inflect=) so that forms listed elsewhere do not collide
            toks = term.split(" ")
            idx = 0 if inflect == "verb" else len(toks) - 1
            extra = []
            for f in inflections(toks[idx], inflect)[1:]:
                form = toks[:idx] + [f] + toks[idx + 1:]
                k = tuple(form) if self.keep_case else tuple(t.lower() for t in form)
                if k not in self._by_form:
                    extra.append(" ".join(form))
            if extra:
                options["forms"] = ",".join(extra)
        keys = self._forms(term, wildcard, options)
        if keys[0] in self._by_form:
            prev = self.drafts[self._by_form[keys[0]]]
            if prev.category == category:
                self.report.notes.append(f"{where}: duplicate {raw!r} dropped (line {prev.line})")
            else:
                self.report.notes.append(
                    f"{where}: {raw!r} is also in category {prev.category!r} (line {prev.line}); "
                    f"the .lex format allows one category per term, so the first is kept and "
                    f"{category!r} is recorded in its note")
                if "also in: " in prev.note:
                    prev.note = f"{prev.note}, {category}"
                else:
                    prev.note = f"{prev.note}; also in: {category}" if prev.note else \
                        f"also in: {category}"
            return
        if len(keys) > 1:  # drop generated forms that an earlier entry already has
            kept = [f for f, k in zip(options.get("forms", "").split(","), keys[1:])
                    if k not in self._by_form]
            if kept:
                options["forms"] = ",".join(kept)
            else:
                options.pop("forms", None)
            keys = self._forms(term, wildcard, options)
        idx = len(self.drafts)
        self.drafts.append(_Draft(term, category, options, _note_text(note), line))
        for k in keys:
            self._by_form.setdefault(k, idx)

    def build(self, name: str, version: str, description: str, layer_note: str,
              extra_meta: Mapping[str, Any]) -> Lexicon:
        if not self.drafts:
            raise LexiconError(f"{self.source}:1: no entries found")
        used = {d.category for d in self.drafts}
        cats = {k: v for k, v in self.categories.items() if k in used}
        for k in sorted(set(self.categories) - used):
            self.report.notes.append(f"{self.source}: category {k!r} has no entries and is "
                                     "left out")
        meta = {"lexicon": {"name": name, "version": version, "description": description,
                            **extra_meta}, "categories": cats}
        text = _lex_text(meta, [(d.term, d.category, d.options, d.note) for d in self.drafts],
                         preamble=[layer_note])
        try:
            lex = parse_lexicon(text, f"{self.source} (imported)")
        except LexiconError as exc:  # pragma: no cover - the builder prevents these
            raise LexiconError(f"{self.source}:1: import produced an invalid lexicon: {exc}") \
                from None
        self.report.n_entries = len(lex.entries)
        lex.meta["import"] = self.report.to_dict()
        return lex


def _lex_text(meta: Mapping[str, Any], entries: Iterable[Tuple[str, str, Mapping[str, str], str]],
              preamble: Sequence[str] = ()) -> str:
    lines: List[str] = [f"# {p}" for p in preamble if p]
    if lines:
        lines.append("")
    info = dict(meta.get("lexicon", {}))
    _toml_table(lines, "[lexicon]", info)
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
    lines.append("# term\tcategory\toptions\tnote")
    for term, cat, opts, note in entries:
        opt = ";".join(f"{k}={v}" for k, v in opts.items())
        row = [term, cat, opt, note]
        while row and not row[-1]:
            row.pop()
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- importers


def parse_dic(text: str, name: Optional[str] = None, layer: Optional[str] = None,
              version: str = "1.0", source: str = "<string>",
              description: Optional[str] = None, on_invalid: str = "error") -> Lexicon:
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
        Output layer of every category (default: the lexicon name).
    version : str, default "1.0"
    source : str
        File name used in error messages.
    description : str, optional
    on_invalid : {"error", "skip"}, default "error"
        What to do with a term the ``.lex`` format cannot hold (a wildcard stem shorter than
        3 characters such as ``up*``, a ``*`` inside a term): raise, or skip it and record a
        note in ``meta["import"]``.

    Returns
    -------
    Lexicon
        ``meta["import"]`` lists the choices made (see :class:`ImportReport`). A term in several
        categories is kept in the first and the others are written into its note as
        ``also in: ...`` (the ``.lex`` format allows one category per term; :func:`to_dic`
        restores them).

    Raises
    ------
    LexiconError
        ``source:line:`` for a malformed header, an undefined category id, a term without
        categories, LIWC conditional entries (``like (02 134)125/464``), or a wildcard stem too
        short for the ``.lex`` format.

    Examples
    --------
    >>> lex = parse_dic("%\\n1 care\\n2 harm\\n%\\nsafe*\\t1\\nhurt\\t2 1\\n", name="mf")
    >>> [(e.term, e.category, e.note) for e in lex.entries]
    [('safe*', 'care', ''), ('hurt', 'harm', 'also in: care')]
    """
    lines = text.splitlines()
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or lines[i].strip() != "%":
        raise LexiconError(f"{source}:{i + 1}: a .dic file starts with a '%' line")
    lex_name = _lex_name(name, source)
    lay = layer or lex_name
    b = _Builder(source, on_invalid=on_invalid)
    ids: Dict[str, str] = {}
    taken: Dict[str, str] = {}
    i += 1
    while True:
        if i >= len(lines):
            raise LexiconError(f"{source}:{i}: the category block is not closed by '%'")
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
        key = _unique_key(parts[1], taken)
        ids[cid] = key
        b.category(key, lay, f"Category {parts[0]} '{parts[1].strip()}' of the imported "
                             f"dictionary {Path(source).name}.")
    if not ids:
        raise LexiconError(f"{source}:{i}: the category block defines no categories")
    for lineno in range(i + 1, len(lines) + 1):
        raw = lines[lineno - 1]
        if not raw.strip():
            continue
        where = f"{source}:{lineno}"
        fields = raw.strip().split("\t") if "\t" in raw.strip() else None
        if fields is not None and len(fields) > 1:
            term = fields[0].strip()
            rest = " ".join(f.strip() for f in fields[1:]).split()
        else:
            toks = raw.split()
            k = len(toks)
            while k > 1 and toks[k - 1].isdigit():
                k -= 1
            term, rest = " ".join(toks[:k]), toks[k:]
        if any(_LIWC_CONDITIONAL_RE.search(r) for r in rest):
            raise LexiconError(f"{where}: LIWC conditional categories are not supported: "
                               f"{raw.strip()[:60]!r}")
        if not rest:
            raise LexiconError(f"{where}: term {term!r} has no category ids")
        cats = []
        for r in rest:
            if not r.isdigit():
                raise LexiconError(f"{where}: category id {r!r} is not a number")
            cid = str(int(r))
            if cid not in ids:
                raise LexiconError(f"{where}: category id {r} is not defined in the header; "
                                   f"defined: {sorted(ids, key=int)}")
            cats.append(ids[cid])
        b.add(term, cats[0], lineno)
        for extra in cats[1:]:
            b.add(term, extra, lineno)
            b.report.n_read -= 1
    return b.build(lex_name, version,
                   description or f"Imported from the LIWC-style dictionary {Path(source).name}.",
                   f"Imported from {Path(source).name} (LIWC .dic) by framing.lexicon.convert.",
                   {"license": "see the source dictionary", "authors": ["see the source"],
                    "imported_from": Path(source).name})


def read_dic(path: PathLike, name: Optional[str] = None, layer: Optional[str] = None,
             version: str = "1.0", encoding: str = "utf-8", on_invalid: str = "error") -> Lexicon:
    """Read a LIWC-style ``.dic`` file (see :func:`parse_dic`).

    The lexicon's ``sha256`` is that of the file read, so reports carry the hash of the
    dictionary the user brought.

    Raises
    ------
    LexiconError
        ``path:line:`` for unreadable, undecodable or malformed files.
    """
    text, sha = _read_text(path, encoding)
    lex = parse_dic(text, name=name, layer=layer, version=version, source=str(path),
                    on_invalid=on_invalid)
    lex.sha256 = sha
    return lex


def parse_cat(text: str, name: Optional[str] = None, layer: Optional[str] = None,
              version: str = "1.0", source: str = "<string>",
              description: Optional[str] = None, on_invalid: str = "error") -> Lexicon:
    """Parse the text of a WordStat ``.cat`` dictionary.

    Category lines have no weight; their depth is the number of leading TABs. Entry lines are
    ``WORD (weight)`` and belong to the nearest category above them that is less indented.
    ``_`` joins the words of a phrase; ``*`` ends a wildcard stem. Entries are lower-cased (a
    WordStat dictionary is case-insensitive). Nested categories become keys joined by ``__``
    (``ECONOMY`` > ``+STATE+`` gives ``economy__state_pro``; the signs ``+``, ``-``, ``=`` are
    spelled ``pro``, ``con``, ``neutral``).

    Parameters
    ----------
    text : str
    name, layer, version, source, description, on_invalid
        As in :func:`parse_dic`.

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        ``source:line:`` for an entry before any category, an entry indented as deep as its
        category, or an unsupported pattern.

    Examples
    --------
    >>> lex = parse_cat("ECONOMY\\n\\t+STATE+\\n\\t\\tTAX* (1)\\n\\t-STATE-\\n\\t\\tFREE_MARKET (2)\\n",
    ...                 name="lg")
    >>> [(e.term, e.category, e.weight) for e in lex.entries]
    [('tax*', 'economy__state_pro', 1.0), ('free market', 'economy__state_con', 2.0)]
    """
    lex_name = _lex_name(name, source)
    lay = layer or lex_name
    b = _Builder(source, on_invalid=on_invalid)
    taken: Dict[str, str] = {}
    stack: List[Tuple[int, str, str]] = []  # (depth, key, display path)
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{source}:{lineno}"
        body = raw.rstrip()
        depth = len(body) - len(body.lstrip("\t"))
        content = body.strip()
        m = _CAT_WEIGHT_RE.match(content)
        if m is None:  # a category
            while stack and stack[-1][0] >= depth:
                stack.pop()
            path = (stack[-1][2] + " > " if stack else "") + content
            key_name = "__".join([_key(p) for p in path.split(" > ")])
            key = key_name
            k = 2
            while key in taken:
                key, k = f"{key_name}_{k}", k + 1
            taken[key] = path
            b.category(key, lay, f"WordStat category {path} of the imported dictionary "
                                 f"{Path(source).name}.")
            stack.append((depth, key, path))
            continue
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if not stack:
            raise LexiconError(f"{where}: entry {content[:40]!r} is not inside a category")
        term = m.group("term").replace("_", " ")
        if not term.strip():
            raise LexiconError(f"{where}: empty entry")
        if re.search(r"[?@\[\]{}]", term):
            raise LexiconError(f"{where}: WordStat pattern {content[:40]!r} is not supported "
                               "(only a final '*')")
        b.add(term, stack[-1][1], lineno, weight=float(m.group("weight")))
    return b.build(lex_name, version,
                   description or f"Imported from the WordStat dictionary {Path(source).name}.",
                   f"Imported from {Path(source).name} (WordStat .cat) by framing.lexicon.convert.",
                   {"license": "see the source dictionary", "authors": ["see the source"],
                    "imported_from": Path(source).name})


def read_cat(path: PathLike, name: Optional[str] = None, layer: Optional[str] = None,
             version: str = "1.0", encoding: str = "utf-8", on_invalid: str = "error") -> Lexicon:
    """Read a WordStat ``.cat`` file (see :func:`parse_cat`).

    Raises
    ------
    LexiconError
        ``path:line:`` for unreadable, undecodable or malformed files.
    """
    text, sha = _read_text(path, encoding)
    lex = parse_cat(text, name=name, layer=layer, version=version, source=str(path),
                    on_invalid=on_invalid)
    lex.sha256 = sha
    return lex


def parse_wordlist(text: str, name: Optional[str] = None, category: Optional[str] = None,
                   layer: Optional[str] = None, version: str = "1.0", source: str = "<string>",
                   inflect: Optional[str] = None, keep_case: bool = False,
                   comment_prefixes: Sequence[str] = ("#", ";"),
                   description: Optional[str] = None, on_invalid: str = "error") -> Lexicon:
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
        Output layer (default: the category). Use ``"cue"`` to feed a list of reporting verbs
        to the attribution extractor.
    version : str, default "1.0"
    source : str
    inflect : {None, "verb", "noun", "adj"}
        Add regular inflections of each term (for lists of lemmas, such as report verbs), as
        explicit ``forms=`` so that inflected forms already in the list do not collide.
    keep_case : bool, default False
    comment_prefixes : sequence of str, default ("#", ";")
    description : str, optional
    on_invalid : {"error", "skip"}, default "error"
        As in :func:`parse_dic`.

    Returns
    -------
    Lexicon

    Examples
    --------
    >>> lex = parse_wordlist("# report verbs\\nclaim\\nclaims\\ndeny\\n", name="rv", inflect="verb")
    >>> [(e.term, [" ".join(f) for f in e.forms]) for e in lex.entries]
    [('claim', ['claim', 'claims', 'claimed', 'claiming']), ('deny', ['deny', 'denies', 'denied', 'denying'])]
    >>> lex.meta["import"]["notes"]
    ["<string>:3: duplicate 'claims' dropped (line 2)"]
    """
    if inflect not in (None, "verb", "noun", "adj"):
        raise ValueError(f"inflect must be None, 'verb', 'noun' or 'adj', got {inflect!r}")
    lex_name = _lex_name(name, source)
    cat = _key(category) if category else lex_name
    b = _Builder(source, keep_case=keep_case, on_invalid=on_invalid)
    b.category(cat, layer or cat, f"Terms of the imported word list {Path(source).name}.")
    for lineno, raw in enumerate(text.splitlines(), start=1):
        s = raw.strip()
        if not s or any(s.startswith(p) for p in comment_prefixes):
            continue
        if "\t" in s:
            raise LexiconError(f"{source}:{lineno}: a plain word list has one term per line; "
                               f"found a TAB in {s[:40]!r} (is it a .dic or .lex file?)")
        b.add(s, cat, lineno, inflect=inflect)
    return b.build(lex_name, version,
                   description or f"Imported from the word list {Path(source).name}.",
                   f"Imported from {Path(source).name} (plain word list) by framing.lexicon.convert.",
                   {"license": "see the source list", "authors": ["see the source"],
                    "imported_from": Path(source).name})


def read_wordlist(path: PathLike, name: Optional[str] = None, category: Optional[str] = None,
                  layer: Optional[str] = None, version: str = "1.0",
                  inflect: Optional[str] = None, keep_case: bool = False,
                  encoding: str = "utf-8",
                  comment_prefixes: Sequence[str] = ("#", ";"),
                  on_invalid: str = "error") -> Lexicon:
    """Read a plain word list file (see :func:`parse_wordlist`).

    Raises
    ------
    LexiconError
        ``path:line:`` for unreadable or undecodable files and invalid terms.
    """
    text, sha = _read_text(path, encoding)
    lex = parse_wordlist(text, name=name, category=category, layer=layer, version=version,
                         source=str(path), inflect=inflect, keep_case=keep_case,
                         comment_prefixes=comment_prefixes, on_invalid=on_invalid)
    lex.sha256 = sha
    return lex


def guess_format(path: PathLike, fmt: Optional[str] = None) -> str:
    """The lexicon format of ``path`` from its suffix (or ``fmt`` when given, checked).

    Examples
    --------
    >>> guess_format("mfd2.0.dic"), guess_format("hedges.txt"), guess_format("x.list", "cat")
    ('dic', 'wordlist', 'cat')
    """
    if fmt is not None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown lexicon format {fmt!r}; valid options are {sorted(FORMATS)}")
        return fmt
    suffix = Path(str(path)).suffix.lower()
    for name, suffixes in FORMATS.items():
        if suffix in suffixes:
            return name
    raise ValueError(f"cannot tell the lexicon format of {str(path)!r} from its suffix {suffix!r}; "
                     f"pass format= (valid options are {sorted(FORMATS)})")


_COMMON_OPTIONS = {"name", "layer", "version", "encoding", "on_invalid"}
#: Keyword options of :func:`import_lexicon` for each format.
_IMPORT_OPTIONS = {"dic": _COMMON_OPTIONS, "cat": _COMMON_OPTIONS,
                   "wordlist": _COMMON_OPTIONS | {"category", "inflect", "keep_case",
                                                  "comment_prefixes"},
                   "lex": set()}


def import_lexicon(path: PathLike, format: Optional[str] = None, **kwargs: Any) -> Lexicon:
    """Read a dictionary in any supported format.

    Parameters
    ----------
    path : str or Path
    format : {"dic", "cat", "wordlist", "lex"}, optional
        Default: from the suffix (``.dic``, ``.cat``, ``.txt``/``.lst``/``.list``, ``.lex``).
    **kwargs
        Passed to :func:`read_dic`, :func:`read_cat` or :func:`read_wordlist`
        (``name``, ``layer``, ``category``, ``inflect``, ``encoding``, ...).

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        For problems in the file (``path:line:``).
    ValueError
        For an unknown format, or an option that does not apply to the format (``inflect``
        for a ``.dic`` file, any option for a ``.lex`` file).
    """
    fmt = guess_format(path, format)
    allowed = _IMPORT_OPTIONS[fmt]
    extra = sorted(set(kwargs) - allowed)
    if extra:
        raise ValueError(f"option(s) {extra} do not apply to the {fmt} format; valid options are "
                         f"{sorted(allowed)}")
    if fmt == "dic":
        return read_dic(path, **kwargs)
    if fmt == "cat":
        return read_cat(path, **kwargs)
    if fmt == "wordlist":
        return read_wordlist(path, **kwargs)
    from .format import load_lexicon

    return load_lexicon(Path(path))


# --------------------------------------------------------------------------- exporters


def to_lex(lexicon: Lexicon) -> str:
    """The ``.lex`` text of a lexicon (header and entries), for saving and curation.

    Entries are written as they were defined (term, category, options, note), so parsing the
    result gives the same entries. Comments of the original file are not kept.

    Examples
    --------
    >>> from framing.lexicon import load_lexicon, parse_lexicon
    >>> lex = load_lexicon("hedges")
    >>> again = parse_lexicon(to_lex(lex))
    >>> [(e.term, e.category, e.options) for e in again.entries] == [
    ...     (e.term, e.category, e.options) for e in lex.entries]
    True
    """
    meta = dict(lexicon.meta)
    meta.setdefault("lexicon", {"name": lexicon.name, "version": lexicon.version})
    meta["categories"] = lexicon.categories
    rows = [(e.term, e.category, dict(e.options), e.note) for e in lexicon.entries]
    pre = []
    imp = lexicon.meta.get("import")
    if isinstance(imp, Mapping):
        pre.append(f"Imported from {Path(str(imp.get('source', ''))).name} by "
                   f"framing.lexicon.convert ({imp.get('n_entries', len(rows))} entries).")
        for n in imp.get("notes", [])[:200]:
            pre.append(f"import note: {n}")
    return _lex_text(meta, rows, preamble=pre)


def _surface_forms(e: Entry) -> List[str]:
    """Every surface form of an entry (the wildcard stays on the term)."""
    if e.wildcard:
        return [e.term]
    return [" ".join(f) for f in e.forms]


_LOST_OPTIONS = {"neg", "next", "case", "clause", "syntax"}


def _lost(lexicon: Lexicon, fmt: str, on_loss: str) -> None:
    lost = sorted({k for e in lexicon.entries for k, _ in e.options if k in _LOST_OPTIONS})
    if not lost or on_loss == "ignore":
        return
    msg = (f"exporting {lexicon.id} to {fmt} drops the context options {lost}: the {fmt} format "
           "cannot express them, so those entries will match more than they do in framing")
    if on_loss == "error":
        raise ValueError(msg)
    warnings.warn(msg, UserWarning, stacklevel=3)


def _check_on_loss(on_loss: str) -> None:
    if on_loss not in ("warn", "ignore", "error"):
        raise ValueError(f"on_loss must be 'warn', 'ignore' or 'error', got {on_loss!r}")


def _also_in(note: str) -> List[str]:
    m = re.search(r"also in: ([a-z0-9_, ]+)", note)
    return [c.strip() for c in m.group(1).split(",") if c.strip()] if m else []


def _display_names(lexicon: Lexicon) -> Dict[str, str]:
    """Original category names for imported lexicons (from the definitions), else keys."""
    out = {}
    for k, c in lexicon.categories.items():
        m = re.match(r"Category \d+ '(.*)' of the imported", str(c.get("definition", "")))
        out[k] = m.group(1) if m else k
    return out


def to_dic(lexicon: Lexicon, on_loss: str = "warn") -> str:
    """A LIWC-style ``.dic`` text of a lexicon.

    Categories are numbered 1, 2, ... in order of definition; every surface form (inflections
    and ``forms=``) becomes its own line, since ``.dic`` has no inflection rules. A term that
    an import recorded as ``also in: ...`` gets those categories back.

    Parameters
    ----------
    lexicon : Lexicon
    on_loss : {"warn", "ignore", "error"}, default "warn"
        What to do when entries have context options (``neg=drop``, ``next=number``,
        ``case=exact``, ...) that ``.dic`` cannot express.

    Returns
    -------
    str
    """
    _check_on_loss(on_loss)
    _lost(lexicon, ".dic", on_loss)
    names = _display_names(lexicon)
    num = {k: i for i, k in enumerate(lexicon.categories, start=1)}
    lines = ["%"] + [f"{num[k]}\t{names[k]}" for k in lexicon.categories] + ["%"]
    seen = set()
    for e in lexicon.entries:
        cats = [num[e.category]] + [num[c] for c in _also_in(e.note) if c in num]
        for form in _surface_forms(e):
            if form in seen:
                continue
            seen.add(form)
            lines.append(f"{form}\t{' '.join(str(c) for c in cats)}")
    return "\n".join(lines) + "\n"


def to_cat(lexicon: Lexicon, on_loss: str = "warn") -> str:
    """A WordStat ``.cat`` text of a lexicon: one top-level category per category, entries
    upper-cased with ``_`` for spaces and their weight in brackets.

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
    _check_on_loss(on_loss)
    _lost(lexicon, ".cat", on_loss)
    lines: List[str] = []
    for k in lexicon.categories:
        entries = [e for e in lexicon.entries if e.category == k]
        if not entries:
            continue
        lines.append(k.upper())
        seen = set()
        for e in entries:
            for form in _surface_forms(e):
                w = form.upper().replace(" ", "_")
                if w in seen:
                    continue
                seen.add(w)
                lines.append(f"\t{w} ({e.weight:g})")
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
    ValueError
        For an unknown category.
    """
    _check_on_loss(on_loss)
    if category is not None and category not in lexicon.categories:
        raise ValueError(f"unknown category {category!r}; valid options are "
                         f"{sorted(lexicon.categories)}")
    _lost(lexicon, "a word list", on_loss)
    out, seen = [], set()
    for e in lexicon.entries:
        if category is not None and e.category != category:
            continue
        for form in _surface_forms(e):
            if form not in seen:
                seen.add(form)
                out.append(form)
    return "\n".join(out) + "\n"


def export_lexicon(lexicon: Lexicon, format: str, **kwargs: Any) -> str:
    """Text of ``lexicon`` in ``format`` (``"lex"``, ``"dic"``, ``"cat"`` or ``"wordlist"``).

    ``kwargs`` go to :func:`to_dic`, :func:`to_cat` or :func:`to_wordlist`.
    """
    if format == "lex":
        return to_lex(lexicon)
    if format == "dic":
        return to_dic(lexicon, **kwargs)
    if format == "cat":
        return to_cat(lexicon, **kwargs)
    if format == "wordlist":
        return to_wordlist(lexicon, **kwargs)
    raise ValueError(f"unknown lexicon format {format!r}; valid options are {sorted(FORMATS)}")


