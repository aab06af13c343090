"""The errors framing raises for problems a user can fix: one base class, a few subclasses.

Every error from an input, a file, data, a lexicon or a setting is a :class:`FramingError`
whose one-line message names the file, line and field where there are some. The command line
reports it in one line (exit status 1); any other exception is a bug, reported as an internal
error (exit status 70; ``--debug`` shows the traceback). The subclasses keep ``ValueError`` (or
``RuntimeError``) as a second base, so code that caught those still works.

Examples
--------
>>> err = InputError("data.jsonl", "malformed JSON", line=7, field="text")
>>> str(err), isinstance(err, FramingError)
('data.jsonl:7: malformed JSON', True)
>>> issubclass(LexiconError, ValueError)
True
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Optional

__all__ = [
    "RecordError",
    "FramingError",
    "InputError",
    "LexiconError",
    "SettingsError",
    "EngineError",
    "CompareError",
    "ModelFileError",
    "TrainingDataError",
    "TaggerFileError",
    "DataFormatError",
    "SpanMismatchError",
    "one_line",
]


def one_line(message: Any) -> str:
    """``message`` as one line: runs of whitespace (line breaks included) become one space."""
    return " ".join(str(message).split())


def _location(file: str, line: Optional[int]) -> str:
    return f"{file}:{line}" if line is not None else file


@dataclass(frozen=True)
class RecordError:
    """A bad record skipped under ``on_error="skip"``.

    Examples
    --------
    >>> e = RecordError("data.csv", 7, "text", "field 'text' is empty")
    >>> str(e)
    "data.csv:7: field 'text' is empty"
    >>> e.to_dict()["line"]
    7
    """

    file: str
    line: Optional[int]
    field: Optional[str]
    message: str

    def __str__(self) -> str:
        return f"{_location(self.file, self.line)}: {self.message}"

    def to_dict(self) -> Dict[str, Any]:
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message}


class FramingError(Exception):
    """Base of the errors framing raises for problems a user can fix (not for its own bugs)."""


class InputError(FramingError, ValueError):
    """An input problem, ``file[:line]: message``; ``file``, ``line``, ``field`` and ``message``
    are attributes too."""

    def __init__(self, file: str, message: str, *, line: Optional[int] = None,
                 field: Optional[str] = None) -> None:
        self.file = str(file)
        self.line = line
        self.field = field
        self.message = one_line(message)
        super().__init__(f"{_location(self.file, line)}: {self.message}")

    def __reduce__(self) -> Any:  # picklable with its keyword arguments (process pools)
        return _rebuild_input_error, (self.file, self.message, self.line, self.field)

    def to_record_error(self) -> RecordError:
        """The skipped record this error describes (``--on-error skip``)."""
        return RecordError(self.file, self.line, self.field, self.message)


def _rebuild_input_error(file: str, message: str, line: Optional[int],
                         field: Optional[str]) -> InputError:
    return InputError(file, message, line=line, field=field)


class LexiconError(FramingError, ValueError):
    """A lexicon file or name that cannot be used; the message starts with ``file:line:``."""


class SettingsError(FramingError, ValueError):
    """Analyzer settings that do not fit together (two columns of the same name, an attribution
    lexicon given as a span lexicon, an unknown option value)."""


class EngineError(FramingError, RuntimeError):
    """A run cannot go on; the message is one line (file and line where there are some)."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class CompareError(FramingError, ValueError):
    """A comparison that cannot be made as asked; the message says why and what would work."""


class ModelFileError(FramingError, ValueError):
    """A model file that cannot be loaded safely (or at all); the message is one line."""


class TrainingDataError(FramingError, ValueError):
    """Training or evaluation data that cannot be used (too few rows or classes, bad labels)."""


class TaggerFileError(FramingError, ValueError):
    """A tagger file that cannot be loaded safely (or at all); the message is one line."""


class DataFormatError(FramingError, ValueError):
    """Malformed annotation file: ``DataFormatError(path, line or None, message)``, whose
    message starts with ``path:line:``.

    Examples
    --------
    >>> str(DataFormatError("a.ann", 3, "bad offsets"))
    'a.ann:3: bad offsets'
    """

    def __init__(self, path: Any, line: Optional[int], message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(f"{_location(self.path, line)}: {message}")

    def __reduce__(self) -> Any:  # keep the exception picklable (multiprocessing, joblib)
        return type(self), (self.path, self.line, self.message)


class SpanMismatchError(DataFormatError):
    """The text stored in a standoff annotation differs from ``text[start:end]``."""
