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

__all__ = ["read_skops", "read_plain_skops", "write_skops", "BUILTIN_TYPES"]

#: Built-in container and scalar types a model file may hold (besides its own class and numpy
#: arrays).
BUILTIN_TYPES = frozenset(f"builtins.{t}" for t in
                          ("str", "int", "float", "bool", "dict", "list", "tuple", "NoneType"))


def write_skops(obj: Any, path: Any) -> Path:
    """Write ``obj`` to ``path`` with :mod:`skops.io`, compressed, atomically; returns the
    path (a missing folder is a FileNotFoundError)."""
    import skops.io as sio

    from ..corpus import atomic_write_bytes

    p = Path(path)
    if not p.parent.exists():
        raise FileNotFoundError(f"{p.parent}: no such folder")
    atomic_write_bytes(p, sio.dumps(obj, compression=zipfile.ZIP_DEFLATED, compresslevel=9))
    return p

#: skops node loaders :func:`read_plain_skops` builds itself (a closed set: containers,
#: JSON scalars, numeric arrays, and the one object class the caller names).
_PLAIN_LOADERS = frozenset({"DictNode", "ListNode", "TupleNode", "JsonNode", "NdArrayNode",
                            "TypeNode", "ObjectNode"})


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


def read_plain_skops(path: Path, cls: type) -> Any:
    """The object of a skops file that holds only an instance of ``cls`` built from built-in
    containers, JSON scalars and numeric numpy arrays, or None if the file holds anything else
    (the caller then reads it with :func:`read_skops` and its allow-list).

    This reads the skops format (protocol 2: a ``schema.json`` and ``.npy`` members) without
    importing :mod:`skops.io`, whose import loads every scikit-learn estimator (about 1.7 s,
    more than the rest of a model's loading). It is stricter than skops: no other class, no
    object arrays (``np.load`` with ``allow_pickle=False``), only ``builtins.str`` dict keys.
    Tests check that it builds the same object as ``skops.io.load``.
    """
    import io

    import numpy as np

    try:
        with zipfile.ZipFile(path) as z:
            schema = json.loads(z.read("schema.json"))
            if schema.get("protocol") != 2:
                return None
            arrays = {}

            def build(node: Any, top: bool = False) -> Any:
                if not isinstance(node, dict) or node.get("__loader__") not in _PLAIN_LOADERS:
                    raise _NotPlain
                loader, content = node["__loader__"], node.get("content")
                module, name = node.get("__module__"), node.get("__class__")
                if loader == "ObjectNode":
                    if not top or (module, name) != (cls.__module__, cls.__name__):
                        raise _NotPlain
                    obj = cls.__new__(cls)
                    state = build(content)
                    if not isinstance(state, dict):
                        raise _NotPlain
                    obj.__setstate__(state) if hasattr(obj, "__setstate__") else \
                        obj.__dict__.update(state)
                    return obj
                if module != "builtins" and loader != "NdArrayNode":
                    raise _NotPlain
                if loader == "JsonNode":
                    return json.loads(content)
                if loader == "NdArrayNode":
                    if (module, name, node.get("type")) != ("numpy", "ndarray", "numpy"):
                        raise _NotPlain
                    member = node["file"]
                    if member not in arrays:
                        arrays[member] = np.load(io.BytesIO(z.read(member)), allow_pickle=False)
                    return arrays[member]
                if loader == "DictNode" and name == "dict":
                    keys = node.get("key_types", {})
                    if any(k.get("__loader__") != "TypeNode" or k.get("__class__") != "str"
                           or k.get("__module__") != "builtins" for k in keys.get("content", [])):
                        raise _NotPlain
                    return {str(k): build(v) for k, v in content.items()}
                if loader == "ListNode" and name == "list":
                    return [build(v) for v in content]
                if loader == "TupleNode" and name == "tuple":
                    return tuple(build(v) for v in content)
                raise _NotPlain

            return build(schema, top=True)
    except _NotPlain:
        return None
    except Exception:  # let skops read it and report what is wrong
        return None


class _NotPlain(Exception):
    """The file holds a node :func:`read_plain_skops` does not build."""
