"""The ``framing`` command line (entry point ``framing.cli:main``).

* :mod:`.main`: the parser built from the command registry, and :func:`main`;
* :mod:`.common`: the registry, exit codes and the option helpers shared by the commands;
* one module per command family: :mod:`.analyze` (analyze, score), :mod:`.compare` (compare,
  demo), :mod:`.lexicon`, :mod:`.models` (train, predict, evaluate), :mod:`.tagger`
  (train-attribution, tag-attribution).
"""
from __future__ import annotations

from .main import build_parser, main

__all__ = ["main", "build_parser"]
