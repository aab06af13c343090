"""Reading skops files safely: every type in the file is checked against an allow-list first.

framing never loads pickle or joblib files (they can run code when loaded); a skops archive
names the types it holds, and :func:`read_skops` refuses a file with any type outside the
caller's allow-list before anything is built.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from ..errors import one_line

__all__ = ["read_skops"]


def read_skops(path: Path, error: type, allowed: frozenset, allow_list: str, note: str = "",
                every_type: bool = False) -> Any:
    """The object of a skops file whose types (those skops does not trust by default, or with
    ``every_type`` all) are ``allowed``; problems raise ``error`` with a one-line message."""
    import skops.io as sio

    if not path.is_file():
        raise error(f"{path}: no such model file")
    if not zipfile.is_zipfile(path):
        raise error(f"{path}: not a skops model file (skops files are zip archives; framing "
                    "never loads pickle or joblib files, which can run code when loaded)")
    try:
        untrusted = sio.get_untrusted_types(file=path)
        named = set(untrusted)
        if every_type:
            with zipfile.ZipFile(path) as z:
                named |= _schema_types(json.loads(z.read("schema.json")))
    except Exception as exc:  # malformed archive or schema
        raise error(f"{path}: not a readable skops model file ({type(exc).__name__}: "
                    f"{one_line(exc)})") from exc
    refused = sorted(named - allowed)
    if refused:
        raise error(f"{path}: refused to load: the file contains types outside {allow_list} "
                    f"({', '.join(refused)}){note}")
    try:
        return sio.load(path, trusted=list(untrusted))
    except Exception as exc:
        raise error(f"{path}: cannot load the model ({type(exc).__name__}: {one_line(exc)})") from exc


def _schema_types(node: Any) -> set:
    """``module.class`` of every object described in a skops schema."""
    out = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            if "__class__" in n:
                out.add(f"{n.get('__module__')}.{n['__class__']}")
            stack.extend(n.values())
        elif isinstance(n, list):
            stack.extend(n)
    return out
