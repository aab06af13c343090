"""The ``framing`` command line.

Subcommands live in one registry (:data:`COMMANDS`); each declares its options and a ``run``
function returning the exit status. This module is the output layer: it alone prints.

Exit status: 0 on success; 1 for problems with inputs, outputs or data (a missing file, a
malformed record under ``--on-error fail``, an unknown lexicon); 2 for usage errors (unknown
options, bad option values); 130 when interrupted (Ctrl-C), 143 when terminated (SIGTERM). Every
error is one line on standard error, ``framing: error: ...``, never a traceback (set
``FRAMING_DEBUG=1`` to see one).

``score`` and ``analyze`` run on :mod:`framing.engine`: ``--jobs N`` local processes or
``--engine dask [--scheduler ADDR]``; output to a file goes through a work folder beside it
(``OUT.work/``), so that an interrupted run can be continued with ``--resume``.
"""
from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from . import __version__
from .corpus import FORMATS, FramingInputError, JsonlWriter, RecordError
from .engine import score_row  # noqa: F401  (kept here for callers of framing.cli.score_row)

__all__ = ["main", "COMMANDS", "Command", "build_parser"]

PROG = "framing"
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
_DEBUG_ENV = "FRAMING_DEBUG"


class _UsageError(Exception):
    """A command-line usage error (exit 2)."""


class _InputFailure(Exception):
    """A problem with inputs, outputs or data (exit 1); the message is one line."""


class _Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that a run stops as cleanly as on Ctrl-C."""


class _ArgumentParser(argparse.ArgumentParser):
    """argparse, but errors become one line and no exit (main decides the status)."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        raise _UsageError(f"{message} (see '{self.prog} --help')")


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, one-line help, options and the function that runs it."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
    description: str = ""


#: The subcommands, by name, in the order they are listed in ``framing --help``.
COMMANDS: Dict[str, Command] = {}


def command(
    name: str, help: str, configure: Callable[[argparse.ArgumentParser], None], description: str = ""
) -> Callable[[Callable[[argparse.Namespace], int]], Callable[[argparse.Namespace], int]]:
    """Register ``run`` as the subcommand ``name`` (decorator)."""

    def register(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        if name in COMMANDS:
            raise ValueError(f"subcommand {name!r} is registered twice")
        COMMANDS[name] = Command(name, help, configure, run, description or help)
        return run

    return register


# --------------------------------------------------------------------------------------------
# Shared plumbing: reading corpora, reporting skipped records, progress


def _add_corpus_options(p: argparse.ArgumentParser, output_help: str) -> None:
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT",
        help="a .txt file, a folder of .txt files, a .csv/.tsv/.jsonl/.parquet file, "
        "or - for standard input",
    )
    p.add_argument("-o", "--output", metavar="OUT", help=output_help)
    p.add_argument("--text-column", default="text", metavar="C",
                   help="column (JSONL key) holding the text of tabular inputs (default: text)")
    p.add_argument("--id-column", default="id", metavar="C",
                   help="column holding the document id (default: id if present, else the row number)")
    p.add_argument("--format", default="auto", choices=("auto",) + FORMATS, dest="fmt",
                   help="input format (default: from the file extension; standard input: txt)")
    p.add_argument("--delimiter", default=None, metavar="CHAR",
                   help="CSV delimiter (default: , ; tab or |, read off the header line)")
    p.add_argument("--on-error", default="fail", choices=("fail", "skip"),
                   help="fail at the first bad record (default), or skip bad records, report each "
                   "on stderr as file:line: message and in OUT.errors.jsonl")
    p.add_argument("--encoding-errors", default="strict", choices=("strict", "replace"),
                   help="bytes that are not UTF-8: an error (default) or replaced by U+FFFD")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no summary line")


def errors_path(output: str) -> str:
    """Where skipped records are listed: ``OUT.errors.jsonl`` beside the output.

    Examples
    --------
    >>> errors_path("out/scores.csv"), errors_path("run.jsonl")
    ('out/scores.errors.jsonl', 'run.errors.jsonl')
    """
    p = Path(output)
    return str(p.with_name((p.stem if p.suffix else p.name) + ".errors.jsonl"))


class _Progress:
    """A tqdm bar on stderr (documents, rate, ETA), shown only on a terminal, without --quiet.

    The total, when known, gives the ETA; :meth:`count_in_background` estimates it from the
    inputs in a thread while the run goes on.
    """

    def __init__(self, quiet: bool, desc: str, total: Optional[int] = None) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self._bar: Any = None
        self._pending_total: Optional[int] = None
        self._chars = 0
        self._start = time.monotonic()
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(desc=desc, unit="doc", total=total, file=sys.stderr,
                             dynamic_ncols=True, leave=False, smoothing=0.1)

    def count_in_background(self, inputs: Sequence[str], fmt: str, delimiter: Optional[str]) -> None:
        """Estimate the number of documents in a daemon thread (only when the bar is shown)."""
        if self._bar is None:
            return
        from .corpus import count_documents

        def count() -> None:
            self._pending_total = count_documents(inputs, fmt=fmt, delimiter=delimiter)

        threading.Thread(target=count, name="framing-count", daemon=True).start()

    def update(self, n: int = 1, chars: int = 0) -> None:
        if self._bar is None:
            return
        if self._pending_total is not None:
            self._bar.total = max(self._pending_total, self._bar.n + n)
            self._pending_total = None
        self._chars += chars
        if chars:
            rate = self._chars / max(time.monotonic() - self._start, 1e-9) / 1e6
            self._bar.set_postfix_str(f"{rate:.2f} M chars/s", refresh=False)
        self._bar.update(n)

    def message(self, line: str) -> None:
        """A line on stderr that does not garble the bar."""
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


class _SkipReporter:
    """Receives skipped records: one stderr line each, and a line in OUT.errors.jsonl."""

    def __init__(self, progress: _Progress, path: Optional[str]) -> None:
        self.progress = progress
        self.path = path
        self.count = 0
        self._writer: Optional[JsonlWriter] = JsonlWriter(path) if path else None

    def __call__(self, error: RecordError) -> None:
        self.count += 1
        self.progress.message(str(error))
        if self._writer is not None:
            self._writer.write(error.to_dict())

    def close(self, ok: bool) -> None:
        """Commit (``ok``) or discard the errors file; later calls do nothing."""
        writer, self._writer = self._writer, None
        if writer is None:
            return
        if ok:
            writer.close()
        else:
            writer.abort()


def _check_output_is_not_an_input(args: argparse.Namespace) -> None:
    if not args.output or args.output == "-":
        return
    out = Path(args.output).resolve()
    for item in args.inputs:
        if item != "-" and Path(item).resolve() == out:
            raise _InputFailure(f"{args.output}: the output would overwrite an input file")
    if args.on_error == "skip" and Path(errors_path(args.output)).resolve() in {
        Path(i).resolve() for i in args.inputs if i != "-"
    }:
        raise _InputFailure(f"{errors_path(args.output)}: the errors file would overwrite an input")
    model = getattr(args, "model", None)  # predict, tag-attribution: the model file read
    if model and Path(model).resolve() == out:
        raise _InputFailure(f"{args.output}: the output would overwrite the model")


def int_at_least(minimum: int):
    """An argparse ``type`` for integers of at least ``minimum`` (one-line errors).

    Examples
    --------
    >>> int_at_least(1)("3")
    3
    """
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {value!r}") from None
        if n < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {n}")
        return n

    return parse


_non_negative_int = int_at_least(0)
_positive_int = int_at_least(1)


def _add_engine_options(p: argparse.ArgumentParser) -> None:
    from .engine import DEFAULT_CHUNK_DOCS, ENGINES

    g = p.add_argument_group("execution")
    g.add_argument("-j", "--jobs", type=_non_negative_int, default=None, metavar="N",
                   help="worker processes: local (default 1: this process) or of a Dask "
                   "LocalCluster (default: all CPUs); 0 means all CPUs. The output is the same "
                   "for any N")
    g.add_argument("--engine", choices=ENGINES, default=None,
                   help="local processes (default) or a Dask distributed cluster (needs "
                   "'pip install framing[dask]')")
    g.add_argument("--scheduler", default=None, metavar="ADDR",
                   help="address of a running Dask scheduler (tcp://host:8786, or a scheduler "
                   "file .json); implies --engine dask. Without it, --engine dask starts a "
                   "LocalCluster")
    g.add_argument("--chunk-size", type=_positive_int, default=None, metavar="N",
                   help=f"documents per chunk, the unit of work and of --resume (default: "
                   f"{DEFAULT_CHUNK_DOCS}; a chunk also ends after 1M characters)")
    g.add_argument("--resume", action="store_true",
                   help="continue the unfinished run of this output (kept in OUT.work/ beside it) "
                   "without redoing finished chunks; starts afresh if there is none")


def _engine_settings(args: argparse.Namespace) -> Tuple[str, Optional[int], Optional[str]]:
    engine = args.engine or ("dask" if args.scheduler else "local")
    if args.scheduler and engine != "dask":
        raise _UsageError("--scheduler needs --engine dask")
    if args.resume and (not args.output or args.output == "-" or "-" in args.inputs):
        raise _UsageError("--resume needs input files and an output file (-o OUT), not standard "
                          "input or output")
    return engine, args.jobs, args.scheduler


def _run_engine_command(args: argparse.Namespace, task: str, verb: str) -> int:
    """Read the inputs, apply the per-document function with the chosen engine, write the
    output; report skipped records and summarise.

    Outputs are written atomically: if the run fails, neither OUT nor OUT.errors.jsonl is
    created or changed; finished chunks stay in OUT.work/ for --resume.
    """
    from .engine import EngineError, clean_stale_temporaries, make_engine, run_corpus, work_dir_for

    if args.inputs.count("-") > 1:
        raise _UsageError("standard input (-) can be read only once")
    engine_name, jobs, scheduler = _engine_settings(args)
    _check_output_is_not_an_input(args)
    output = args.output or "-"
    to_file = output != "-"
    skip = args.on_error == "skip"
    work_dir = str(work_dir_for(output)) if to_file and "-" not in args.inputs else None
    engine: Any = None
    progress: Optional[_Progress] = None
    reporter: Optional[_SkipReporter] = None
    ok = False
    try:
        try:
            engine = make_engine(engine_name, jobs=jobs, scheduler=scheduler)
        except ValueError as exc:
            raise _UsageError(str(exc)) from None
        if args.resume and skip and to_file:
            clean_stale_temporaries(errors_path(output))
        progress = _Progress(args.quiet, verb)
        progress.count_in_background(args.inputs, args.fmt, args.delimiter)
        reporter = _SkipReporter(progress, errors_path(output) if skip and to_file else None)
        result = run_corpus(
            args.inputs, output, task, engine=engine,
            text_column=args.text_column, id_column=args.id_column, fmt=args.fmt,
            delimiter=args.delimiter, encoding_errors=args.encoding_errors, on_error=args.on_error,
            chunk_docs=args.chunk_size, resume=args.resume,
            on_record_error=reporter, on_progress=progress.update,
            on_warning=lambda message: progress.message(f"{PROG}: warning: {message}"),  # type: ignore[union-attr]
            on_detail=lambda detail: progress.message(detail.rstrip()),  # type: ignore[union-attr]
            on_finish=lambda: reporter.close(True),  # type: ignore[union-attr]
        )
        ok = True
    except (EngineError, FramingInputError) as exc:
        note = "" if work_dir and work_dir in str(exc) else _kept(work_dir, args)
        raise _InputFailure(str(exc) + note) from exc
    except (BrokenPipeError, KeyboardInterrupt) as exc:
        exc.framing_note = _kept(work_dir, args)  # type: ignore[attr-defined]
        raise
    except OSError as exc:  # outputs: a full disk, permissions
        if os.environ.get(_DEBUG_ENV):
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        raise _InputFailure(f"{where}{exc.strerror or exc}{_kept(work_dir, args)}") from exc
    finally:
        if progress is not None:
            progress.close()
        if reporter is not None:
            reporter.close(ok)
        if engine is not None:
            engine.close(cancel=not ok)
    resumed = f" ({result.resumed} of them read from the unfinished run)" if result.resumed else ""
    return _summarise(verb, result.written, args.output if to_file else None, reporter,
                      args.quiet, resumed)


def _summarise(verb: str, written: int, output: Optional[str], reporter: Any, quiet: bool,
               note: str = "") -> int:
    """The closing line of a run on stderr ("framing: scored 3 documents, written to x.csv"),
    with the skipped records if any; all records skipped is an error."""
    target = output or "standard output"
    summary = f"{PROG}: {verb} {_plural(written, 'document')}, written to {target}{note}"
    if reporter is not None and reporter.count:
        where = f" (listed in {reporter.path})" if reporter.path else ""
        print(f"{summary}; skipped {_plural(reporter.count, 'bad record')}{where}", file=sys.stderr)
        if written == 0:
            raise _InputFailure(f"no documents left: all {reporter.count} records were skipped")
    elif not quiet:
        print(summary, file=sys.stderr)
    return EXIT_OK


def _kept(work_dir: Optional[str], args: argparse.Namespace) -> str:
    """The note on finished work kept for --resume after a failed or interrupted run."""
    if work_dir is None or not os.path.isdir(work_dir):
        return ""
    if any(name.endswith(".json") and name.startswith("part-") for name in os.listdir(work_dir)):
        return f"; finished chunks are kept in {work_dir}: add --resume to continue"
    return ""


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# --------------------------------------------------------------------------------------------
# analyze


def _configure_analyze(p: argparse.ArgumentParser) -> None:
    _add_corpus_options(p, "output .jsonl file, one JSON object per document (default: stdout)")
    _add_engine_options(p)


@command(
    "analyze",
    "analyse documents: spans, attributions and scores, one JSON object per document",
    _configure_analyze,
    description="Analyse each document and write one JSON object per document (JSON Lines): "
    "id, metadata, n_tokens, n_sentences, scores, spans, attributions, quotes, signature.",
)
def _run_analyze(args: argparse.Namespace) -> int:
    return _run_engine_command(args, "analyze", "analysed")


# --------------------------------------------------------------------------------------------
# score


def _configure_score(p: argparse.ArgumentParser) -> None:
    _add_corpus_options(p, "output .csv file, one row per document (default: stdout)")
    _add_engine_options(p)


@command(
    "score",
    "score documents: one CSV row per document (id, metadata columns, scores)",
    _configure_score,
    description="Score each document and write one CSV row per document: id, the metadata "
    "columns, n_tokens, n_sentences, then the score columns. Empty cells are missing values.",
)
def _run_score(args: argparse.Namespace) -> int:
    return _run_engine_command(args, "score", "scored")


# --------------------------------------------------------------------------------------------
# lexicon


def _configure_lexicon(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_ArgumentParser)
    sub.add_parser("list", help="list the bundled lexicons: name@version, entries, sha256",
                   description="List the bundled lexicons with their version, number of "
                   "entries and the sha256 of their file.")
    show = sub.add_parser("show", help="show a lexicon's metadata and categories",
                          description="Show the metadata and categories of a bundled lexicon "
                          "(by name) or of a .lex file (by path).")
    show.add_argument("name", metavar="NAME", help="bundled lexicon name, or path of a .lex file")
    from . import cli_lexicon

    cli_lexicon.configure(sub)


def _load_lexicon(name: str) -> Any:
    from .lexicon import load_lexicon

    try:
        return load_lexicon(name)
    except (ValueError, OSError) as exc:  # LexiconError is a ValueError
        raise _InputFailure(" ".join(str(exc).split())) from exc


@command("lexicon", "list, show, validate, import, export lexicons; suggest entries",
         _configure_lexicon)
def _run_lexicon(args: argparse.Namespace) -> int:
    if args.action is None:
        raise _UsageError("lexicon: choose an action: list, show, validate, import, export or "
                          "suggest (see 'framing lexicon --help')")
    from . import cli_lexicon

    if args.action in cli_lexicon.ACTIONS:
        try:
            return cli_lexicon.run(args)
        except (ValueError, OSError) as exc:  # LexiconError and FramingInputError are ValueErrors
            raise _InputFailure(" ".join(str(exc).split())) from exc
    if args.action == "list":
        from .lexicon import bundled_lexicons

        rows = [("LEXICON", "ENTRIES", "SHA256")]
        for name in bundled_lexicons():
            lex = _load_lexicon(name)
            rows.append((f"{lex.name}@{lex.version}", str(len(lex.entries)), lex.sha256))
        width = [max(len(r[i]) for r in rows) for i in range(2)]
        for r in rows:
            print(f"{r[0]:<{width[0]}}  {r[1]:>{width[1]}}  {r[2]}")
        return EXIT_OK
    lex = _load_lexicon(args.name)
    print("\n".join(_describe_lexicon(lex)))
    return EXIT_OK


def _describe_lexicon(lex: Any) -> List[str]:
    info = lex.meta.get("lexicon", {}) if isinstance(lex.meta, dict) else {}
    lines = [f"name:        {lex.name}", f"version:     {lex.version}"]
    for key in ("description", "license"):
        if info.get(key):
            lines.append(f"{key + ':':<12} {' '.join(str(info[key]).split())}")
    authors = info.get("authors")
    if authors:
        lines.append(f"authors:     {', '.join(authors) if isinstance(authors, list) else authors}")
    lines += [
        f"source:      {getattr(lex, 'source', '')}",
        f"sha256:      {lex.sha256}",
        f"entries:     {len(lex.entries)}",
    ]
    citations = lex.meta.get("citations") if isinstance(lex.meta, dict) else None
    if citations:
        lines.append("citations:")
        for c in citations:
            lines.append(f"  [{c.get('key', '?')}] {' '.join(str(c.get('text', '')).split())}")
    counts: Dict[str, int] = {}
    for entry in lex.entries:
        counts[entry.category] = counts.get(entry.category, 0) + 1
    lines.append("categories:")
    for name, definition in lex.categories.items():
        layer = definition.get("layer", "") if isinstance(definition, dict) else ""
        text = definition.get("definition", "") if isinstance(definition, dict) else str(definition)
        lines.append(f"  {name} (layer {layer}, {counts.get(name, 0)} entries): {' '.join(text.split())}")
    return lines


# --------------------------------------------------------------------------------------------
# The parser and main


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = _ArgumentParser(
        prog=PROG,
        description="Media-bias and framing analysis of news text: loaded language, hedges and "
        "boosters, source attribution, readability.",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command. Errors are one line; "
        f"set {_DEBUG_ENV}=1 to see tracebacks.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_ArgumentParser)
    for cmd in COMMANDS.values():
        p = sub.add_parser(cmd.name, help=cmd.help, description=cmd.description)
        cmd.configure(p)
        p.set_defaults(_run=cmd.run)
    return parser


def _fail(message: str) -> None:
    print(f"{PROG}: error: {' '.join(str(message).split())}", file=sys.stderr, flush=True)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status.

    Examples
    --------
    >>> main(["--version"])  # doctest: +ELLIPSIS
    framing ...
    0
    """
    parser = build_parser()
    previous_term = _catch_sigterm()
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help and --version
            return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
        if args.command is None:
            raise _UsageError(f"choose a command: {', '.join(COMMANDS)} (see '{PROG} --help')")
        return args._run(args)
    except _UsageError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    except (_InputFailure, FramingInputError) as exc:
        if os.environ.get(_DEBUG_ENV):
            raise
        _fail(str(exc))
        return EXIT_INPUT
    except OSError as exc:  # outputs: permission denied, disk full, a folder given as file...
        if os.environ.get(_DEBUG_ENV) or isinstance(exc, BrokenPipeError):
            if isinstance(exc, BrokenPipeError):
                return _broken_pipe()
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _fail(f"{where}{exc.strerror or exc}")
        return EXIT_INPUT
    except KeyboardInterrupt as exc:
        what = "terminated" if isinstance(exc, _Terminated) else "interrupted"
        print(f"{PROG}: {what}{getattr(exc, 'framing_note', '')}", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED
    finally:
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)


def _catch_sigterm() -> Any:
    """Make SIGTERM stop a run like Ctrl-C (main thread only); return the previous handler."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def terminate(signum: int, frame: Any) -> None:
        raise _Terminated()

    try:
        return signal.signal(signal.SIGTERM, terminate)
    except (ValueError, OSError):  # pragma: no cover - not the main thread of the interpreter
        return None


def _broken_pipe() -> int:
    """The reader of our stdout went away (``framing analyze x | head``): stop quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout without a file descriptor
        pass
    return 141  # 128 + SIGPIPE, as a shell reports it


#: Modules whose subcommands register themselves in :data:`COMMANDS` when imported.
COMMAND_MODULES = ("framing.cli_compare", "framing.cli_models", "framing.cli_tagger")
for _module in COMMAND_MODULES:
    importlib.import_module(_module)


if __name__ == "__main__":  # pragma: no cover - ``python -m framing.cli``
    from framing.cli import main as _main  # the registry lives in the imported module

    sys.exit(_main())
