"""The ``framing analyze`` and ``framing score`` subcommands."""
from __future__ import annotations

import argparse

from .common import (add_analysis_options, add_corpus_options, add_engine_options, command,
                     run_engine_command)

#: The subcommands this module registers.
COMMAND_NAMES = ("analyze", "score")


def _register(task: str, verb: str, help: str, output_help: str, description: str) -> None:
    """Register ``framing TASK``: the corpus, analysis and engine options, then the engine."""

    def configure(p: argparse.ArgumentParser) -> None:
        add_corpus_options(p, output_help)
        add_analysis_options(p, entities=True)
        add_engine_options(p)

    command(task, help, configure, description=description)(
        lambda args: run_engine_command(args, task, verb))


_register(
    "analyze", "analysed",
    "analyse documents: spans, attributions and scores, one JSON object per document",
    "output .jsonl file, one JSON object per document (default: stdout)",
    "Analyse each document and write one JSON object per document (JSON Lines): id, metadata, "
    "n_tokens, n_sentences, scores, spans, attributions, quotes, signature.",
)
_register(
    "score", "scored",
    "score documents: one CSV row per document (id, metadata columns, scores)",
    "output .csv file, one row per document (default: stdout)",
    "Score each document and write one CSV row per document: id, the metadata columns, "
    "n_tokens, n_sentences, then the score columns. Empty cells are missing values.",
)
