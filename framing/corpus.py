"""Reading corpora and writing results: streaming, with an explicit error policy.

Readers turn the inputs of the command line (DESIGN section 2) into :class:`Document` records,
one at a time:

=============  ==========================================================================
input          documents
=============  ==========================================================================
``a.txt``      one document, id ``a`` (the file name without ``.txt``)
folder         every ``*.txt`` file below it (recursive, sorted, hidden files skipped);
               the id is the path relative to the folder without ``.txt`` (``sub/a``)
``.csv``       one per row; the delimiter (``,`` ``;`` tab ``|``) is read off the header
``.tsv``       one per row, tab-separated (CSV quoting rules)
``.jsonl``     one per line; the keys of each JSON object are its columns
``.parquet``   one per row, read in record batches
``-``          standard input: one plain-text document (``fmt=`` selects another format)
=============  ==========================================================================

``.csv``, ``.tsv``, ``.jsonl`` and ``.txt`` files may also be gzip-compressed (``.jsonl.gz``).
Columns other than the text and id pass through in :attr:`Document.meta`. Text is UTF-8, kept
exactly as read (only a leading byte-order mark is dropped), so character offsets index the file.

Problems are :class:`FramingInputError` (a ``ValueError``), one line naming the file, the line
(or Parquet row) and the field: ``data.jsonl:7: malformed JSON (Expecting ',' delimiter at
column 13)``. A bad record can be skipped (``on_error="skip"``); problems of a whole file
(missing, binary, no header, no text column) always raise. Writers never leave a truncated output.
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as _dt
import decimal
import gzip
import hashlib
import io
import itertools
import json
import math
import os
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

from .errors import InputError, RecordError

__all__ = [
    "sha256_file",
    "label_text",
    "atomic_write_bytes",
    "atomic_write_text",
    "Document",
    "FramingInputError",
    "FramingInputWarning",
    "RecordError",
    "iter_documents",
    "detect_format",
    "FORMATS",
    "JsonlWriter",
    "CsvWriter",
    "write_jsonl",
    "write_csv",
    "to_json_line",
    "csv_cells",
    "fingerprint_inputs",
    "count_documents",
]

PathLike = Union[str, "os.PathLike[str]"]

#: Input formats, and the ``fmt`` values besides ``"auto"``.
FORMATS = ("txt", "csv", "tsv", "jsonl", "parquet")
_EXTENSIONS = {".txt": "txt", ".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
               ".parquet": "parquet"}
_ON_ERROR = ("fail", "skip")
_ENCODING_ERRORS = ("strict", "replace")
_CSV_DELIMITERS = (",", "\t", ";", "|")  # candidates read off a .csv header, ties in this order
_SNIFF_BYTES = 8192  # bytes checked for NUL to tell binary from text files
_NUL = b"\x00"
_PARQUET_BATCH_ROWS = 1024
STDIN = "-"
_STDIN_NAME = "<stdin>"


# --------------------------------------------------------------------------------------------
# Records and errors


@dataclass(frozen=True)
class Document:
    """One document read from a corpus.

    Attributes
    ----------
    id : str
        The id column, the row number, or the file name without ``.txt``.
    meta : dict
        The other columns of a tabular record (empty for ``.txt`` files).
    origin : str
        The file, as named by the user (``<stdin>`` for standard input).
    line : int or None
        Where the record starts (Parquet: its row number; ``.txt`` files: ``None``).

    Examples
    --------
    >>> Document("a1", "Critics said so.", {"outlet": "x"}, "data.csv", 2).location
    'data.csv:2'
    """

    id: str
    text: str
    meta: Dict[str, Any] = field(default_factory=dict)
    origin: str = ""
    line: Optional[int] = None

    @property
    def location(self) -> str:
        """``origin:line`` (or just ``origin``), for messages."""
        return _location(self.origin, self.line)


def _location(file: str, line: Optional[int]) -> str:
    return f"{file}:{line}" if line is not None else file


#: The error of an input problem (:class:`framing.errors.InputError`), by its earlier name.
FramingInputError = InputError


class FramingInputWarning(UserWarning):
    """Something in the input was read with a repair (bytes that are not UTF-8 replaced)."""


class _RecordProblem(Exception):
    """Internal: one bad record; becomes a FramingInputError or a RecordError by policy."""

    def __init__(self, message: str, field: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


ErrorSink = Union[List[RecordError], Callable[[RecordError], Any], None]


class _Policy:
    def __init__(self, on_error: str, errors: ErrorSink) -> None:
        self.skip = on_error == "skip"
        self.errors = errors

    def handle(self, file: str, line: Optional[int], problem: _RecordProblem) -> None:
        """Raise (fail) or record (skip) one bad record."""
        if not self.skip:
            raise FramingInputError(file, problem.message, line=line, field=problem.field)
        record = RecordError(file, line, problem.field, problem.message)
        if self.errors is None:
            warnings.warn(f"skipped {record}", stacklevel=4)
        elif callable(self.errors):
            self.errors(record)
        else:
            self.errors.append(record)


# --------------------------------------------------------------------------------------------
# Reading


def detect_format(path: PathLike) -> str:
    """The input format of ``path`` from its extension (a trailing ``.gz`` is looked through).

    Examples
    --------
    >>> detect_format("news/2024.jsonl.gz"), detect_format("Articles.CSV")
    ('jsonl', 'csv')
    >>> detect_format("table.xlsx")
    Traceback (most recent call last):
    ...
    framing.errors.InputError: table.xlsx: cannot tell the input format from '.xlsx'; valid extensions are ['.csv', '.jsonl', '.ndjson', '.parquet', '.tsv', '.txt'] (or give the format explicitly)
    """
    p = Path(path)
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    raise FramingInputError(
        str(path),
        f"cannot tell the input format from {ext or 'a name without extension'!r}; valid "
        f"extensions are {sorted(_EXTENSIONS)} (or give the format explicitly)",
    )


def iter_documents(
    inputs: Union[PathLike, Iterable[PathLike]],
    *,
    text_column: str = "text",
    id_column: str = "id",
    fmt: str = "auto",
    on_error: str = "fail",
    errors: ErrorSink = None,
    encoding_errors: str = "strict",
    delimiter: Optional[str] = None,
    warn: Optional[Callable[[str], Any]] = None,
) -> Iterator[Document]:
    """Stream the documents of one or more inputs, in order.

    Parameters
    ----------
    inputs : path, ``"-"`` or iterable of them
        Files and folders as in the module docstring; ``"-"`` is standard input.
    text_column : str, default "text"
        Column (JSONL key) holding the text of tabular inputs.
    id_column : str, default "id"
        Column of the document id. When the default ``"id"`` is absent from a file the row
        number (from 1) is used; a non-default column that is absent is an error.
    fmt : {"auto", "txt", "csv", "tsv", "jsonl", "parquet"}, default "auto"
        ``"auto"`` reads the format off each file's extension (standard input: text).
    on_error : {"fail", "skip"}, default "fail"
        ``"skip"`` skips a bad record and reports a :class:`RecordError` to ``errors``.
    errors : list or callable, optional
        Receives skipped records (appended or called); default: :func:`warnings.warn`.
    encoding_errors : {"strict", "replace"}, default "strict"
        Bytes that are not UTF-8: an error of the record (or ``.txt`` file), or decoded as
        U+FFFD with a warning.
    delimiter : str, optional
        CSV delimiter; by default whichever of ``,`` ``;`` tab ``|`` the header has most of.
    warn : callable, optional
        Receives one-line warnings (``file:line: message``): the first replaced line of each
        file, then the number of replaced lines; default: :class:`FramingInputWarning`.

    Raises
    ------
    FramingInputError
        For a bad record under ``on_error="fail"``, and for any whole-file problem.

    Examples
    --------
    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> path = os.path.join(folder, "news.jsonl")
    >>> with open(path, "w", encoding="utf-8") as f:
    ...     _ = f.write('{"id": "a", "text": "Critics said so.", "outlet": "X"}\\n'
    ...                 '{"id": "b", "text": 3}\\n')
    >>> skipped = []
    >>> [(d.id, d.meta) for d in iter_documents(path, on_error="skip", errors=skipped)]
    [('a', {'outlet': 'X'})]
    >>> skipped[0].line, skipped[0].message
    (2, "field 'text' is int, expected a string")
    """
    for name, value, valid in (("fmt", fmt, ("auto",) + FORMATS), ("on_error", on_error, _ON_ERROR),
                               ("encoding_errors", encoding_errors, _ENCODING_ERRORS)):
        if value not in valid:
            raise ValueError(f"invalid {name} {value!r}; valid options are {sorted(valid)}")
    if delimiter is not None and len(delimiter) != 1:
        raise ValueError(f"delimiter must be a single character, got {delimiter!r}")
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    opts = dict(text_column=text_column, id_column=id_column, policy=_Policy(on_error, errors),
                encoding_errors=encoding_errors, delimiter=delimiter,
                warn=warn if warn is not None else _warn)
    # options are checked now, files when read
    return itertools.chain.from_iterable(_iter_one(item, fmt, opts) for item in list(inputs))


def _warn(message: str) -> None:
    warnings.warn(message, FramingInputWarning, stacklevel=4)


class _Replacements:
    """Lines of one file whose invalid UTF-8 was replaced: the first is named, the rest counted."""

    def __init__(self, name: str, warn: Callable[[str], Any]) -> None:
        self.name = name
        self.warn = warn
        self.count = 0

    def note(self, line: Optional[int], byte: int) -> None:
        self.count += 1
        if self.count == 1:
            self.warn(f"{_location(self.name, line)}: invalid UTF-8 at byte {byte} replaced by U+FFFD")

    def finish(self) -> None:
        if self.count > 1:
            self.warn(f"{self.name}: invalid UTF-8 replaced by U+FFFD on {self.count} lines in all")


def _iter_one(item: PathLike, fmt: str, opts: Dict[str, Any]) -> Iterator[Document]:
    name = os.fspath(item)
    if name == STDIN:
        yield from _iter_stdin(fmt if fmt != "auto" else "txt", opts)
        return
    path = Path(name)
    if not path.exists():
        raise FramingInputError(name, "no such file or directory")
    if path.is_dir():
        if fmt not in ("auto", "txt"):
            raise FramingInputError(name, f"is a folder, which is read as .txt files; cannot read it as {fmt!r}")
        files = _folder_files(path)
        if not files:
            raise FramingInputError(name, "folder has no .txt files")
        for relative, file in files:
            yield from _read_txt_file(file, os.path.join(name, *relative.split("/")), relative, opts)
        return
    kind = detect_format(name) if fmt == "auto" else fmt
    if kind == "txt":
        yield from _read_txt_file(path, name, path.name, opts)
        return
    if kind == "parquet":
        yield from _iter_parquet(path, name, opts)
        return
    with _open_binary(path, name) as fh:
        try:
            yield from _iter_lines(fh, kind, name, opts)
        except (OSError, EOFError) as exc:  # a truncated .gz, a disk error while reading
            raise FramingInputError(name, f"cannot read ({_one_line(exc)})") from None


def _iter_stdin(kind: str, opts: Dict[str, Any]) -> Iterator[Document]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise FramingInputError(_STDIN_NAME, "standard input is not available as bytes")
    if kind == "txt":
        yield from _txt_document(stream.read(), _STDIN_NAME, "stdin", opts)
    elif kind == "parquet":
        yield from _iter_parquet(io.BytesIO(stream.read()), _STDIN_NAME, opts)
    else:
        yield from _iter_lines(stream if hasattr(stream, "peek") else io.BufferedReader(stream),
                               kind, _STDIN_NAME, opts)


def _iter_lines(fh: Any, kind: str, name: str, opts: Dict[str, Any]) -> Iterator[Document]:
    """The records of a JSONL, CSV or TSV stream (a binary stream that can ``peek``); a file
    with NUL bytes up front is refused as binary."""
    try:
        head = fh.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
    except (OSError, EOFError) as exc:
        raise FramingInputError(name, f"cannot read ({exc})") from None
    if not head:
        raise FramingInputError(name, "file is empty")
    if _NUL in head:
        raise FramingInputError(name, _binary_message(head))
    if kind == "jsonl":
        return _iter_jsonl(fh, name, opts)
    return _iter_csv(fh, name, "\t" if kind == "tsv" else opts["delimiter"], opts)


def _open_binary(path: Path, name: str) -> IO[bytes]:
    try:
        if path.suffix.lower() == ".gz":
            return gzip.open(path, "rb")  # type: ignore[return-value]
        return open(path, "rb")
    except PermissionError:
        raise FramingInputError(name, "permission denied") from None
    except OSError as exc:
        raise FramingInputError(name, f"cannot open ({exc.strerror or exc})") from None


def _binary_message(head: bytes) -> str:
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    hint = "it looks like UTF-16: convert it to UTF-8" if utf16 else "expected UTF-8 text"
    return f"binary file (NUL byte at byte {head.index(_NUL)}); {hint}"


def _decode(raw: bytes, errors: str, base: int, replaced: Callable[[int], Any]) -> str:
    """UTF-8 decode; a strict failure raises a _RecordProblem, a replacement calls ``replaced``
    (with the absolute byte of the first invalid sequence either way)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if errors != "replace":
            raise _RecordProblem(
                f"invalid UTF-8 at byte {base + exc.start} (use --encoding-errors replace)"
            ) from None
        replaced(base + exc.start)
        return raw.decode("utf-8", "replace")


# .txt --------------------------------------------------------------------------------------


def _folder_files(folder: Path) -> List[Tuple[str, Path]]:
    """The documents of a folder, in reading order: (relative POSIX path, path) pairs."""
    files = []
    for root, dirs, filenames in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for filename in filenames:
            if not filename.startswith(".") and filename.lower().endswith(".txt"):
                files.append(Path(root) / filename)
    return sorted(((p.relative_to(folder).as_posix(), p) for p in files), key=lambda rp: rp[0])


def _read_txt_file(path: Path, name: str, relative: str, opts: Dict[str, Any]) -> Iterator[Document]:
    doc_id = relative
    for suffix in (".gz", ".txt"):
        if doc_id.lower().endswith(suffix) and len(doc_id) > len(suffix):
            doc_id = doc_id[: -len(suffix)]
    with _open_binary(path, name) as fh:
        try:
            raw = fh.read()
        except (OSError, EOFError) as exc:  # e.g. a corrupt or truncated .gz
            raise FramingInputError(name, f"cannot read ({_one_line(exc)})") from None
    return _txt_document(raw, name, doc_id, opts)


def _txt_document(raw: bytes, name: str, doc_id: str, opts: Dict[str, Any]) -> Iterator[Document]:
    """The document of a .txt file (one record: its problems are skippable record problems)."""
    try:
        if not raw:
            raise _RecordProblem("file is empty")
        if _NUL in raw:
            raise _RecordProblem(_binary_message(raw))
        body = raw.removeprefix(codecs.BOM_UTF8)
        notes = _Replacements(name, opts["warn"])
        text = _decode(body, opts["encoding_errors"], len(raw) - len(body),
                       lambda byte: notes.note(None, byte))
        if not text.strip():
            raise _RecordProblem("file contains only whitespace")
    except _RecordProblem as problem:
        opts["policy"].handle(name, None, problem)
        return
    yield Document(doc_id, text, {}, name, None)


# line-oriented formats ---------------------------------------------------------------------


def _physical_lines(fh: IO[bytes], encoding_errors: str, problems: Dict[int, str],
                    notes: _Replacements) -> Iterator[str]:
    """Decode a binary stream line by line (keeping line endings). A line that cannot be decoded
    or holds a NUL byte is decoded leniently, its problem kept in ``problems[line_number]``."""
    offset = 0
    for number, raw in enumerate(fh, 1):
        start = offset
        offset += len(raw)
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
            start += len(codecs.BOM_UTF8)
        if _NUL in raw:
            problems[number] = f"NUL byte at byte {start + raw.index(_NUL)} (binary data?)"
            raw = raw.replace(_NUL, b"")
        try:
            yield _decode(raw, encoding_errors, start, lambda byte, n=number: notes.note(n, byte))
        except _RecordProblem as problem:
            problems.setdefault(number, problem.message)
            yield raw.decode("utf-8", "replace")


def _columns_message(what: str, column: str, present: Iterable[str]) -> str:
    listed = ", ".join(str(c) for c in present) or "(none)"
    return f"no {what} {column!r}; {what}s present: {listed}"


def _text_value(value: Any, column: str) -> str:
    if value is not None and not isinstance(value, str):
        raise _RecordProblem(f"field {column!r} is {type(value).__name__}, expected a string", column)
    if value is None or not value.strip():
        raise _RecordProblem(f"field {column!r} is empty", column)
    return value


def _id_value(value: Any, column: str) -> str:
    if isinstance(value, (dict, list)):
        raise _RecordProblem(f"field {column!r} is {type(value).__name__}, expected a string or number",
                             column)
    doc_id = "" if value is None else value if isinstance(value, str) else str(value)
    if not doc_id.strip():
        raise _RecordProblem(f"field {column!r} is empty", column)
    return doc_id


def _make_document(
    record: Mapping[str, Any], number: int, name: str, line: int, opts: Dict[str, Any], has_id: bool
) -> Document:
    text_column, id_column = opts["text_column"], opts["id_column"]
    text = _text_value(record.get(text_column), text_column)
    doc_id = _id_value(record.get(id_column), id_column) if has_id else str(number)
    meta = {k: v for k, v in record.items() if k != text_column and not (has_id and k == id_column)}
    return Document(doc_id, text, meta, name, line)


def _require_id_column(columns: Sequence[str], name: str, line: Optional[int], id_column: str) -> bool:
    """Whether ids come from a column; an explicitly requested but absent column is an error."""
    if id_column in columns:
        return True
    if id_column != "id":
        raise FramingInputError(name, _columns_message("column", id_column, columns), line=line,
                                field=id_column)
    return False


def _iter_jsonl(fh: IO[bytes], name: str, opts: Dict[str, Any]) -> Iterator[Document]:
    policy: _Policy = opts["policy"]
    text_column = opts["text_column"]
    problems: Dict[int, str] = {}
    has_id: Optional[bool] = None  # decided by the first JSON object of the file
    number = 0
    notes = _Replacements(name, opts["warn"])
    for line_number, line in enumerate(_physical_lines(fh, opts["encoding_errors"], problems, notes), 1):
        if not line.strip():
            problems.pop(line_number, None)
            continue
        number += 1
        try:
            if line_number in problems:
                raise _RecordProblem(problems.pop(line_number))
            try:
                record = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as exc:
                raise _RecordProblem(f"malformed JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(record, dict):
                kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
                raise _RecordProblem(f"expected a JSON object, got {kind.get(type(record), 'a number')}")
            if has_id is None:
                if text_column not in record:  # the first object decides: a whole-file error
                    raise FramingInputError(name, _columns_message("column", text_column, record),
                                            line=line_number, field=text_column)
                has_id = _require_id_column(list(record), name, line_number, opts["id_column"])
            if text_column not in record:
                raise _RecordProblem(_columns_message("field", text_column, record), text_column)
            if has_id and opts["id_column"] not in record:
                raise _RecordProblem(_columns_message("field", opts["id_column"], record), opts["id_column"])
            doc = _make_document(record, number, name, line_number, opts, bool(has_id))
        except _RecordProblem as problem:
            policy.handle(name, line_number, problem)
            continue
        yield doc
    notes.finish()
    if number == 0:
        raise FramingInputError(name, "file has no JSON records (only blank lines)")


def _raise_csv_field_limit() -> None:
    limit = sys.maxsize
    while True:  # sys.maxsize overflows a C long on some platforms (Windows)
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in _CSV_DELIMITERS}
    best = max(_CSV_DELIMITERS, key=lambda d: (counts[d], -_CSV_DELIMITERS.index(d)))
    return best if counts[best] else ","


def _iter_csv(fh: IO[bytes], name: str, delimiter: Optional[str], opts: Dict[str, Any]) -> Iterator[Document]:
    _raise_csv_field_limit()
    policy: _Policy = opts["policy"]
    text_column, id_column = opts["text_column"], opts["id_column"]
    problems: Dict[int, str] = {}
    notes = _Replacements(name, opts["warn"])
    lines = _physical_lines(fh, opts["encoding_errors"], problems, notes)
    first = next(lines, None)
    if first is None or not first.strip():
        raise FramingInputError(name, "file is empty" if first is None else "first line (the header) is blank")
    if 1 in problems:
        raise FramingInputError(name, f"header: {problems.pop(1)}", line=1)
    delim = delimiter or _sniff_delimiter(first)

    reader = csv.reader(itertools.chain([first], lines), delimiter=delim, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise FramingInputError(name, f"malformed CSV header ({exc})", line=1) from None
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates:
        raise FramingInputError(name, f"duplicate column names in the header: {', '.join(duplicates)}",
                                line=1)
    if text_column not in header:
        single = len(header) == 1 and delimiter is None
        hint = " (a single column: is the file delimited by something other than , ; tab |?)" if single else ""
        raise FramingInputError(name, _columns_message("column", text_column, header) + hint,
                                field=text_column)
    has_id = _require_id_column(header, name, None, id_column)
    end = reader.line_num
    number = 0
    while True:
        start = end + 1
        try:
            row: Optional[List[str]] = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row, malformed = None, f"malformed CSV ({exc})"
        end = reader.line_num
        bad = [problems.pop(n) for n in range(start, end + 1) if n in problems]  # lines of this record
        if row == []:  # a blank line
            continue
        number += 1
        try:
            if row is None:
                raise _RecordProblem(malformed)
            if bad:
                raise _RecordProblem(bad[0])
            if len(row) != len(header):
                raise _RecordProblem(f"{len(row)} fields, but the header has {len(header)}")
            record = dict(zip(header, row))
            doc = _make_document(record, number, name, start, opts, has_id)
        except _RecordProblem as problem:
            policy.handle(name, start, problem)
            continue
        yield doc
    notes.finish()


# Parquet -----------------------------------------------------------------------------------


def _iter_parquet(source: Any, name: str, opts: Dict[str, Any]) -> Iterator[Document]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    policy: _Policy = opts["policy"]
    text_column, id_column = opts["text_column"], opts["id_column"]
    try:
        if isinstance(source, Path) and source.stat().st_size == 0:
            raise FramingInputError(name, "file is empty")
        parquet = pq.ParquetFile(source)
    except PermissionError:
        raise FramingInputError(name, "permission denied") from None
    except (pa.ArrowException, OSError) as exc:
        raise FramingInputError(name, f"not a readable Parquet file ({_one_line(exc)})") from None
    schema = parquet.schema_arrow
    columns = list(schema.names)
    if text_column not in columns:
        raise FramingInputError(name, _columns_message("column", text_column, columns), field=text_column)
    text_type = schema.field(text_column).type
    if pa.types.is_dictionary(text_type):
        text_type = text_type.value_type
    if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)
            or getattr(pa.types, "is_string_view", lambda t: False)(text_type)):
        raise FramingInputError(name, f"column {text_column!r} has type {text_type}, expected strings",
                                field=text_column)
    has_id = _require_id_column(columns, name, None, id_column)
    number = 0
    try:
        for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
            for record in batch.to_pylist():
                number += 1
                try:
                    doc = _make_document(record, number, name, number, opts, has_id)
                except _RecordProblem as problem:
                    policy.handle(name, number, problem)
                    continue
                yield doc
    except (pa.ArrowException, OSError) as exc:
        raise FramingInputError(name, f"cannot read row group ({_one_line(exc)})", line=number + 1) from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


# --------------------------------------------------------------------------------------------
# Fingerprints and counts


def sha256_file(path: PathLike, block: int = 1 << 20) -> str:
    """Hex sha256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for piece in iter(lambda: fh.read(block), b""):
            h.update(piece)
    return h.hexdigest()


def fingerprint_inputs(inputs: Union[PathLike, Iterable[Any]]) -> List[Dict[str, Any]]:
    """The sha256 and size of each input, in order: what a resumed run checks and what a report
    states as its corpus fingerprint.

    A folder is hashed by the relative paths and hashes of its ``.txt`` files; standard input
    has ``sha256`` None. A ``(label, path)`` item reports the label instead of the path, so that
    a report need not record where the data lay on one machine. Raises
    :class:`FramingInputError` when an input does not exist or cannot be read.

    Examples
    --------
    >>> import os, tempfile
    >>> p = os.path.join(tempfile.mkdtemp(), "a.txt")
    >>> _ = open(p, "w").write("abc")
    >>> fingerprint_inputs(p)[0]["sha256"]
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    >>> fingerprint_inputs([("data/a.txt", p)])[0]["input"]
    'data/a.txt'
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    out: List[Dict[str, Any]] = []
    for item in inputs:
        label, item = (str(item[0]), item[1]) if isinstance(item, tuple) else (os.fspath(item), item)
        name = os.fspath(item)
        if name == STDIN:
            out.append({"input": _STDIN_NAME, "sha256": None, "bytes": None})
            continue
        path = Path(name)
        try:
            if path.is_dir():
                h = hashlib.sha256()
                size = 0
                for relative, file in _folder_files(path):
                    size += file.stat().st_size
                    h.update(f"{relative}\x00{sha256_file(file)}\n".encode("utf-8"))
                out.append({"input": label, "sha256": h.hexdigest(), "bytes": size})
            elif path.exists():
                out.append({"input": label, "sha256": sha256_file(path), "bytes": path.stat().st_size})
            else:
                raise FramingInputError(name, "no such file or directory")
        except PermissionError:
            raise FramingInputError(name, "permission denied") from None
        except OSError as exc:
            raise FramingInputError(name, f"cannot read ({exc.strerror or exc})") from None
    return out


def count_documents(
    inputs: Union[PathLike, Iterable[PathLike]], *, fmt: str = "auto", delimiter: Optional[str] = None
) -> Optional[int]:
    """Estimate how many records the inputs hold, cheaply, for progress bars; ``None`` when it
    cannot tell. Bad records are counted too; it never raises.

    Examples
    --------
    >>> import os, tempfile
    >>> p = os.path.join(tempfile.mkdtemp(), "n.jsonl")
    >>> _ = open(p, "w").write('{"text": "a"}\\n\\n{"text": "b"}\\n')
    >>> count_documents(p)
    2
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    total = 0
    try:
        for item in inputs:
            name = os.fspath(item)
            if name == STDIN:
                return None
            path = Path(name)
            if path.is_dir():
                total += len(_folder_files(path))
                continue
            kind = detect_format(name) if fmt == "auto" else fmt
            if kind == "txt":
                total += 1
            elif kind == "parquet":
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            elif kind == "jsonl":
                with _open_binary(path, name) as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                _raise_csv_field_limit()
                with _open_binary(path, name) as fh:
                    lines = io.TextIOWrapper(fh, encoding="utf-8", errors="replace", newline="")
                    first = lines.readline()
                    delim = "\t" if kind == "tsv" else delimiter or _sniff_delimiter(first)
                    total += sum(1 for row in csv.reader(lines, delimiter=delim) if row)
    except Exception:  # an estimate only: the reader reports the real problems
        return None
    return total


# --------------------------------------------------------------------------------------------
# Writing


def _json_default(value: Any) -> Any:
    if hasattr(value, "tolist") and callable(value.tolist):  # numpy scalars and arrays
        return _clean(value.tolist())
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return _clean(float(value))
    if isinstance(value, (set, frozenset)):
        return _clean(sorted(value, key=repr))
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8", "replace")
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return _clean(value.to_dict())
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


def _clean(value: Any) -> Any:
    """Replace non-finite floats (NaN, inf) by None, which JSON can express, recursively."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def to_json_line(record: Any, *, ensure_ascii: bool = False) -> str:
    """One record as a single line of strict JSON (no trailing newline).

    Non-finite floats become ``null``; numpy scalars, dates, sets and paths are converted.

    Examples
    --------
    >>> to_json_line({"id": "ö", "score": float("nan"), "n": 3})
    '{"id": "ö", "score": null, "n": 3}'
    """
    return json.dumps(_clean(record), ensure_ascii=ensure_ascii, allow_nan=False, default=_json_default)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicOutput:
    """A text file written to a temporary name beside the target: ``close`` moves it into place,
    ``abort`` removes it (a ``with`` block aborts on an exception). ``"-"`` is standard output."""

    def __init__(self, path: PathLike, newline: Optional[str] = None) -> None:
        self.path = os.fspath(path)
        self._tmp: Optional[str] = None
        if self.path == STDIN:
            self.handle: IO[str] = sys.stdout
            return
        target = Path(self.path)
        if target.is_dir():
            raise IsADirectoryError(f"{self.path}: is a folder, expected a file name")
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=str(target.parent), prefix=f".{target.name}.", suffix=".tmp")
        self.handle = io.open(fd, "w", encoding="utf-8", newline=newline)

    def close(self) -> None:
        """Finish: move the file into place."""
        self.handle.flush()
        if self._tmp is None:
            return
        os.fsync(self.handle.fileno())
        self.handle.close()
        mode = 0o666 & ~_current_umask()
        if os.path.exists(self.path):
            mode = os.stat(self.path).st_mode & 0o777
        os.chmod(self._tmp, mode)
        os.replace(self._tmp, self.path)
        self._tmp = None

    def abort(self) -> None:
        """Give up: remove the temporary file, leave any existing output untouched."""
        if self._tmp is None:
            return
        self.handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._tmp)
        self._tmp = None

    def __enter__(self) -> "AtomicOutput":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class JsonlWriter(AtomicOutput):
    """Write records as JSON Lines, atomically (an :class:`AtomicOutput`; ``"-"`` writes to
    standard output); ``ensure_ascii`` escapes non-ASCII characters (default: UTF-8 text).

    Examples
    --------
    >>> import os, tempfile
    >>> out = os.path.join(tempfile.mkdtemp(), "out.jsonl")
    >>> with JsonlWriter(out) as w:
    ...     w.write({"id": "a", "loaded_per_1k": 14.8})
    >>> open(out, encoding="utf-8").read()
    '{"id": "a", "loaded_per_1k": 14.8}\\n'
    """

    def __init__(self, path: PathLike, *, ensure_ascii: bool = False) -> None:
        super().__init__(path)
        self.ensure_ascii = ensure_ascii
        self.n_written = 0

    def write(self, record: Mapping[str, Any]) -> None:
        """Write one record as one line."""
        self.handle.write(to_json_line(record, ensure_ascii=self.ensure_ascii) + "\n")
        self.n_written += 1


def _csv_cell(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int:  # most cells, at once
        return value
    if value is None:
        return ""
    if isinstance(value, float):  # float() first: numpy 2 reprs np.float64(0.25) as such
        return "" if math.isnan(value) else repr(float(value))
    if isinstance(value, (str, int)):
        return value
    if isinstance(value, (dict, list, tuple)):
        return to_json_line(value)
    if hasattr(value, "tolist") and callable(value.tolist):  # numpy scalars and arrays
        return _csv_cell(value.tolist())
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    return str(value)


def csv_cells(row: Mapping[str, Any]) -> Dict[str, Any]:
    """A row as :class:`CsvWriter` writes its cells: strings and integers, ``""`` for missing.

    Floats become their ``repr`` (NaN: empty), lists and dicts JSON, dates ISO 8601; applying it
    twice changes nothing, so rows can be converted early (in a worker) and written later.

    Examples
    --------
    >>> csv_cells({"id": "a", "x": 1.5, "y": float("nan"), "n": 3, "tags": ["u"], "z": None})
    {'id': 'a', 'x': '1.5', 'y': '', 'n': 3, 'tags': '["u"]', 'z': ''}
    """
    return {str(k): _csv_cell(v) for k, v in row.items()}


def csv_line(cells: Sequence[Any]) -> str:
    """One CSV record (with its "\n") as :class:`CsvWriter` writes ``cells`` (from :func:`csv_cells`)."""
    buffer = io.StringIO()
    _RowWriter(buffer).writerow(cells)
    return buffer.getvalue()


def realign_csv(records: Iterable[str], have: Sequence[str], want: Sequence[str]) -> Iterator[str]:
    """CSV records (:func:`csv_line`) whose cells are the columns ``have``, as records of the
    columns ``want`` (``""`` for a column not in ``have``)."""
    for values in csv.reader(records):
        cells = dict(zip(have, values))
        yield csv_line([cells.get(c, "") for c in want])


class _RowWriter:
    """csv.writer with "\n" line ends that also quotes fields holding a carriage return
    (QUOTE_MINIMAL would write a lone "\r" bare, ending the record when read back)."""

    def __init__(self, handle: IO[str]) -> None:
        self._minimal = csv.writer(handle, lineterminator="\n")
        self._quoted = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)

    def writerow(self, cells: Sequence[Any]) -> None:
        if any(isinstance(c, str) and "\r" in c for c in cells):
            self._quoted.writerow([c if isinstance(c, str) else str(c) for c in cells])
        else:
            self._minimal.writerow(cells)


class CsvWriter(AtomicOutput):
    """Write rows (mappings) as CSV with a header, atomically (an :class:`AtomicOutput`).

    With ``fieldnames`` the rows stream straight out (other keys are an error). Without, the
    columns are all rows' keys in first-seen order: rows are spooled to a temporary file and
    written on close. Cells are written as :func:`csv_cells` makes them.

    Examples
    --------
    >>> import os, tempfile
    >>> out = os.path.join(tempfile.mkdtemp(), "scores.csv")
    >>> with CsvWriter(out) as w:
    ...     w.write({"id": "a", "outlet": "X", "hedge_per_1k": 9.9})
    ...     w.write({"id": "b", "hedge_per_1k": float("nan"), "extra": 1})
    >>> print(open(out, encoding="utf-8").read(), end="")
    id,outlet,hedge_per_1k,extra
    a,X,9.9,
    b,,,1
    """

    def __init__(self, path: PathLike, fieldnames: Optional[Sequence[str]] = None) -> None:
        self.fieldnames: Optional[List[str]] = list(fieldnames) if fieldnames is not None else None
        self._fieldset = set(self.fieldnames or ())
        self.n_written = 0
        super().__init__(path, newline="")
        self._writer: Optional[Any] = None
        self._spool: Optional[IO[str]] = None
        self._columns: Dict[str, None] = {}
        if self.fieldnames is not None:
            self._writer = _RowWriter(self.handle)
            self._writer.writerow(self.fieldnames)
        else:
            spool_dir = None if self.path == STDIN else str(Path(self.path).parent)
            self._spool = tempfile.TemporaryFile("w+", encoding="utf-8", dir=spool_dir)

    def write(self, row: Mapping[str, Any]) -> None:
        """Write one row."""
        if self._writer is not None:
            unknown = [k for k in row if k not in self._fieldset]
            if unknown:
                raise ValueError(f"row has columns {unknown} outside the fieldnames {self.fieldnames}")
            self._writer.writerow([_csv_cell(row.get(k)) for k in self.fieldnames])  # type: ignore[union-attr]
        else:
            for key in row:
                self._columns.setdefault(str(key), None)
            self._spool.write(to_json_line({str(k): _csv_cell(v) for k, v in row.items()}) + "\n")  # type: ignore[union-attr]
        self.n_written += 1

    def close(self) -> None:
        """Finish: write the spooled rows if any, move the file into place."""
        if self._spool is not None:
            columns = list(self._columns)
            writer = _RowWriter(self.handle)
            if columns:
                writer.writerow(columns)
            self._spool.seek(0)
            for line in self._spool:
                row = json.loads(line)
                writer.writerow([row.get(c, "") for c in columns])
            self._spool.close()
            self._spool = None
        super().close()

    def abort(self) -> None:
        """Give up: remove temporary files, leave any existing output untouched."""
        if self._spool is not None:
            self._spool.close()
            self._spool = None
        super().abort()


def write_jsonl(records: Iterable[Mapping[str, Any]], path: PathLike, **kwargs: Any) -> int:
    """Write ``records`` to ``path`` as JSON Lines (atomically); returns the number written.

    Examples
    --------
    >>> import os, tempfile
    >>> write_jsonl([{"id": "a"}, {"id": "b"}], os.path.join(tempfile.mkdtemp(), "x.jsonl"))
    2
    """
    with JsonlWriter(path, **kwargs) as writer:
        for record in records:
            writer.write(record)
    return writer.n_written


def write_csv(rows: Iterable[Mapping[str, Any]], path: PathLike, fieldnames: Optional[Sequence[str]] = None) -> int:
    """Write ``rows`` to ``path`` as CSV (atomically); returns the number written.

    Examples
    --------
    >>> import os, tempfile
    >>> write_csv([{"id": "a", "x": 1.5}], os.path.join(tempfile.mkdtemp(), "x.csv"))
    1
    """
    with CsvWriter(path, fieldnames) as writer:
        for row in rows:
            writer.write(row)
    return writer.n_written


def atomic_write_bytes(path: PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename, so a
    reader never sees a half-written file. The file gets the usual permissions (not 0600).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> atomic_write_bytes(p, b"done")
    >>> p.read_bytes()
    b'done'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: PathLike, text: str) -> None:
    """:func:`atomic_write_bytes` of ``text`` encoded as UTF-8."""
    atomic_write_bytes(path, text.encode("utf-8"))


def label_text(value: Any) -> Optional[str]:
    """A cell as a label or group name: stripped text, ``None`` when missing.

    Whole floats lose their ``.0`` (a label column read as floats: ``2.0`` → ``"2"``).

    Examples
    --------
    >>> label_text(2.0), label_text(" left "), label_text(float("nan")), label_text("")
    ('2', 'left', None, None)
    """
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
    s = str(value).strip()
    return s or None
