"""The ``framing analyze`` and ``framing score`` subcommands."""
from __future__ import annotations

import argparse

from .common import (add_analysis_options, add_corpus_options, add_engine_options, command,
                     run_engine_command)

#: The subcommands this module registers.
COMMAND_NAMES = ("analyze", "score")


# --------------------------------------------------------------------------------------------
# analyze


def _configure_analyze(p: argparse.ArgumentParser) -> None:
    add_corpus_options(p, "output .jsonl file, one JSON object per document (default: stdout)")
    add_analysis_options(p)
    add_engine_options(p)


@command(
    "analyze",
    "analyse documents: spans, attributions and scores, one JSON object per document",
    _configure_analyze,
    description="Analyse each document and write one JSON object per document (JSON Lines): "
    "id, metadata, n_tokens, n_sentences, scores, spans, attributions, quotes, signature.",
)
def _run_analyze(args: argparse.Namespace) -> int:
    return run_engine_command(args, "analyze", "analysed")


# --------------------------------------------------------------------------------------------
# score


def _configure_score(p: argparse.ArgumentParser) -> None:
    add_corpus_options(p, "output .csv file, one row per document (default: stdout)")
    add_analysis_options(p)
    add_engine_options(p)


@command(
    "score",
    "score documents: one CSV row per document (id, metadata columns, scores)",
    _configure_score,
    description="Score each document and write one CSV row per document: id, the metadata "
    "columns, n_tokens, n_sentences, then the score columns. Empty cells are missing values.",
)
def _run_score(args: argparse.Namespace) -> int:
    return run_engine_command(args, "score", "scored")


