"""Shared plumbing of the command line: the command registry (command modules register with
:func:`command`, :mod:`framing.cli.main` builds the parser from :data:`COMMANDS`), exit codes,
option helpers, progress, skipped-record reporting and the engine runner of ``analyze`` and
``score``. Only the command line prints.
"""
from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from ..errors import FramingError
from ..corpus import FORMATS, FramingInputError, JsonlWriter, RecordError

__all__ = ["COMMANDS", "Command", "command", "PROG", "UsageError", "InputFailure"]

PROG = "framing"
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
#: Exit status of an internal error, a bug in framing (EX_SOFTWARE of BSD's sysexits.h).
EXIT_INTERNAL = 70
DEBUG_ENV = "FRAMING_DEBUG"


class UsageError(Exception):
    """A command-line usage error (exit 2)."""


class InputFailure(FramingError):
    """A problem with inputs, outputs or data (exit 1); the message is one line."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that a run stops as cleanly as on Ctrl-C."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but errors become one line and no exit (main decides the status)."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


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


def add_corpus_options(p: argparse.ArgumentParser, output_help: str) -> None:
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT",
        help="a .txt file, a folder of .txt files, a .csv/.tsv/.jsonl/.parquet file, "
        "or - for standard input",
    )
    p.add_argument("-o", "--output", metavar="OUT", help=output_help)
    add_reader_options(p, skipped="report each on stderr as file:line: message and in a file named as "
                       "OUT with the extension .errors.jsonl (scores.csv: scores.errors.jsonl)")


def add_reader_options(p: argparse.ArgumentParser, text_default: Optional[str] = "text",
                       skipped: str = "report each on stderr", stdin: bool = True) -> None:
    """The options of :func:`framing.corpus.iter_documents`, and ``-q``."""
    p.add_argument("--text-column", default=text_default, metavar="C",
                   help="column (JSONL key) holding the text of tabular inputs (default: %s)"
                   % (text_default or "the model's training text column"))
    p.add_argument("--id-column", default="id", metavar="C",
                   help="column holding the document id (default: id if present, else the row number)")
    p.add_argument("--format", default="auto", choices=("auto",) + FORMATS, dest="fmt",
                   help="input format (default: from the file extension%s)" % ("; standard input: txt" * stdin))
    p.add_argument("--delimiter", default=None, metavar="CHAR",
                   help="CSV delimiter (default: , ; tab or |, read off the header line)")
    p.add_argument("--on-error", default="fail", choices=("fail", "skip"),
                   help=f"fail at the first bad record (default), or skip bad records and {skipped}")
    p.add_argument("--encoding-errors", default="strict", choices=("strict", "replace"),
                   help="bytes that are not UTF-8: an error (default) or replaced by U+FFFD")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")


def errors_path(output: str) -> str:
    """Where skipped records are listed: beside the output, with the extension ``.errors.jsonl``.

    Examples
    --------
    >>> errors_path("out/scores.csv"), errors_path("run.jsonl")
    ('out/scores.errors.jsonl', 'run.errors.jsonl')
    """
    p = Path(output)
    return str(p.with_name((p.stem if p.suffix else p.name) + ".errors.jsonl"))


class Progress:
    """A tqdm bar on stderr (documents, rate, ETA), shown only on a terminal, without --quiet;
    :meth:`count_in_background` estimates the total for the ETA while the run goes on."""

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
        from ..corpus import count_documents

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


class SkipReporter:
    """Receives skipped records: one stderr line each, and a line in the errors file."""

    def __init__(self, progress: Progress, path: Optional[str]) -> None:
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


def check_output_is_not_an_input(args: argparse.Namespace) -> None:
    if not args.output or args.output == "-":
        return
    out = Path(args.output).resolve()
    for item in args.inputs:
        if item != "-" and Path(item).resolve() == out:
            raise InputFailure(f"{args.output}: the output would overwrite an input file")
    if args.on_error == "skip" and Path(errors_path(args.output)).resolve() in {
        Path(i).resolve() for i in args.inputs if i != "-"
    }:
        raise InputFailure(f"{errors_path(args.output)}: the errors file would overwrite an input")
    for option in ("model", "loaded"):  # predict, tag-attribution; --loaded: a model read
        model = getattr(args, option, None)
        if model and Path(model).resolve() == out:
            raise InputFailure(f"{args.output}: the output would overwrite the model")


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


non_negative_int = int_at_least(0)
positive_int = int_at_least(1)


def add_analysis_options(p: argparse.ArgumentParser, entities: bool = False) -> None:
    """The options that make the analyzer settings (``analyze``, ``score``, ``compare``,
    ``demo``); with ``entities``, also ``--entity`` and ``--entities``."""
    g = p.add_argument_group("analysis")
    g.add_argument("--lexicon", action="append", default=None, metavar="NAME|PATH",
                   help="a lexicon to match: a bundled name (see 'framing lexicon list') or a .lex "
                   "file (import a LIWC .dic, WordStat .cat or word list with 'framing lexicon "
                   "import'); repeat for several. The lexicons given replace the defaults "
                   "(loaded, hedges); 'default' stands for them, so '--lexicon default "
                   "--lexicon mine.lex' adds one. Every category gets its own rate columns")
    g.add_argument("--attribution", choices=("model", "rules", "off"), default="model",
                   help="source attribution: spans found by the bundled tagger trained on "
                   "PolNeAR and labelled by the attribution lexicon (model, the default), by "
                   "the transparent rules (every decision explainable; faster, finds fewer "
                   "attributions), or off")
    g.add_argument("--attribution-model", default=None, metavar="PATH",
                   help="a tagger file from 'framing train-attribution' to use instead of the "
                   "bundled one (with --attribution model)")
    g.add_argument("--attribution-lexicon", default=None, metavar="NAME|PATH",
                   help="the lexicon of attribution cues and source nouns (default: the bundled "
                   "'attribution')")
    g.add_argument("--loaded", default=None, metavar="MODEL",
                   help="a loaded-word model from 'framing train-loaded': the loaded layer's "
                   "spans (and every loaded_* measure) come from it instead of the lexicon's "
                   "matches; the signature records it")
    g.add_argument("--no-voice", dest="voice", action="store_false",
                   help="do not tell quoted words from the outlet's own (no *_author_* and "
                   "*_quoted_* measures)")
    g.add_argument("--no-readability", dest="readability", action="store_false",
                   help="no syllable counts and Flesch scores")
    g.add_argument("--lang", default="en_US", metavar="CODE",
                   help="language of the readability formulas and syllable counts, a pyphen "
                   "code (default: en_US)")
    if entities:
        g.add_argument("--entity", action="append", default=None, metavar="NAME=REGEX",
                       help="a named actor to measure: its mentions (author's voice and "
                       "quoted), the attributions whose source names it (with their stances "
                       "and source types), those whose content mentions it, and loaded words "
                       "near it; the regular expression is matched on the text, "
                       "case-sensitive. Repeat for several, e.g. --entity "
                       "Trump='(Donald )?Trump' --entity Clinton='(Hillary )?Clinton'")
        g.add_argument("--entities", default=None, metavar="FILE",
                       help="entities from a TOML file ([NAME] tables with pattern = \"REGEX\", "
                       "optional aliases = [...], ignore_case = true) or a CSV file (columns "
                       "name, pattern, optional aliases separated by ';', ignore_case)")


def analysis_settings(args: argparse.Namespace) -> Any:
    """The :class:`~framing.settings.AnalyzerSettings` of the analysis options."""
    from ..settings import DEFAULT_ATTRIBUTION, AnalyzerSettings

    if args.attribution == "off" and args.attribution_lexicon:
        raise UsageError("--attribution-lexicon needs attribution on (not --attribution off)")
    if args.attribution != "model" and args.attribution_model:
        raise UsageError(f"--attribution-model needs --attribution model (not "
                         f"--attribution {args.attribution})")
    attribution = None if args.attribution == "off" else (args.attribution_lexicon
                                                           or DEFAULT_ATTRIBUTION)
    return AnalyzerSettings.create(lexicons=args.lexicon, attribution=attribution,
                                   voice=args.voice, readability=args.readability,
                                   lang=args.lang,
                                   attribution_backend=("rules" if args.attribution == "rules"
                                                        else "model"),
                                   attribution_model=args.attribution_model,
                                   loaded_model=getattr(args, "loaded", None),
                                   entities=_entities_of(args))


def _entities_of(args: argparse.Namespace) -> List[Any]:
    """The entities of ``--entities FILE`` then ``--entity NAME=REGEX`` (names must differ)."""
    from ..entities import parse_entity, read_entities

    out: List[Any] = []
    if getattr(args, "entities", None):
        out.extend(read_entities(args.entities))
    for option in getattr(args, "entity", None) or ():
        out.append(parse_entity(option))
    return out


def add_engine_options(p: argparse.ArgumentParser) -> None:
    from ..engine import DEFAULT_CHUNK_DOCS, ENGINES

    g = p.add_argument_group("execution")
    g.add_argument("-j", "--jobs", type=non_negative_int, default=None, metavar="N",
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
    g.add_argument("--chunk-size", type=positive_int, default=None, metavar="N",
                   help=f"documents per chunk, the unit of work and of --resume (default: "
                   f"{DEFAULT_CHUNK_DOCS}; a chunk also ends after 1M characters)")
    g.add_argument("--resume", action="store_true",
                   help="continue the unfinished run of this output (kept in OUT.work/ beside it) "
                   "without redoing finished chunks; starts afresh if there is none")


def engine_settings(args: argparse.Namespace) -> Tuple[str, Optional[int], Optional[str]]:
    engine = args.engine or ("dask" if args.scheduler else "local")
    if args.scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if args.resume and (not args.output or args.output == "-" or "-" in args.inputs):
        raise UsageError("--resume needs input files and an output file (-o OUT), not standard "
                          "input or output")
    return engine, args.jobs, args.scheduler


def run_engine_command(args: argparse.Namespace, task: str, verb: str) -> int:
    """Run ``analyze`` or ``score`` with the chosen engine; report skipped records and summarise.
    If the run fails, neither OUT nor its errors file changes; finished chunks stay for --resume.
    """
    from ..engine import EngineError, clean_stale_temporaries, make_engine, run_corpus, work_dir_for

    if args.inputs.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    engine_name, jobs, scheduler = engine_settings(args)
    check_output_is_not_an_input(args)
    output = args.output or "-"
    to_file = output != "-"
    skip = args.on_error == "skip"
    work_dir = str(work_dir_for(output)) if to_file and "-" not in args.inputs else None
    settings = analysis_settings(args)
    engine: Any = None
    progress: Optional[Progress] = None
    reporter: Optional[SkipReporter] = None
    ok = False
    try:
        try:
            engine = make_engine(engine_name, jobs=jobs, scheduler=scheduler, settings=settings)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if args.resume and skip and to_file:
            clean_stale_temporaries(errors_path(output))
        progress = Progress(args.quiet, verb)
        progress.count_in_background(args.inputs, args.fmt, args.delimiter)
        reporter = SkipReporter(progress, errors_path(output) if skip and to_file else None)
        result = run_corpus(
            args.inputs, output, task, engine=engine, settings=settings,
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
        note = "" if work_dir and work_dir in str(exc) else kept_note(work_dir, args)
        raise InputFailure(str(exc) + note) from exc
    except (BrokenPipeError, KeyboardInterrupt) as exc:
        exc.framing_note = kept_note(work_dir, args)  # type: ignore[attr-defined]
        raise
    except OSError as exc:  # outputs: a full disk, permissions
        if os.environ.get(DEBUG_ENV):
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        raise InputFailure(f"{where}{exc.strerror or exc}{kept_note(work_dir, args)}") from exc
    finally:
        if progress is not None:
            progress.close()
        if reporter is not None:
            reporter.close(ok)
        if engine is not None:
            engine.close(cancel=not ok)
    for problem in result.warnings():  # the data checks of compare, for score and analyze
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    resumed = f" ({result.resumed} of them read from the unfinished run)" if result.resumed else ""
    return summarise(verb, result.written, args.output if to_file else None, reporter,
                      args.quiet, resumed)


def summarise(verb: str, written: int, output: Optional[str], reporter: Any, quiet: bool,
               note: str = "") -> int:
    """The closing line of a run on stderr, with the skipped records; all skipped is an error."""
    target = output or "standard output"
    summary = f"{PROG}: {verb} {plural(written, 'document')}, written to {target}{note}"
    if reporter is not None and reporter.count:
        where = f" (listed in {reporter.path})" if reporter.path else ""
        print(f"{summary}; skipped {plural(reporter.count, 'bad record')}{where}", file=sys.stderr)
        if written == 0:
            raise InputFailure(f"no documents left: all {reporter.count} records were skipped")
    elif not quiet:
        print(summary, file=sys.stderr)
    return EXIT_OK


def kept_note(work_dir: Optional[str], args: argparse.Namespace) -> str:
    """The note on finished work kept for --resume after a failed or interrupted run."""
    if work_dir is None or not os.path.isdir(work_dir):
        return ""
    if any(name.endswith(".json") and name.startswith("part-") for name in os.listdir(work_dir)):
        return f"; finished chunks are kept in {work_dir}: add --resume to continue"
    return ""


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


