"""The ``framing`` command line: the parser built from the command registry, and ``main``.

Exit status: 0 on success; 1 for problems with inputs, outputs or data (a missing file, a
malformed record under ``--on-error fail``, an unknown lexicon: any
:class:`~framing.errors.FramingError`); 2 for usage errors (unknown options, bad option values);
70 for an internal error (a bug in framing); 130 when interrupted (Ctrl-C), 143 when terminated
(SIGTERM). Every error is one line on standard error, ``framing: error: ...`` (``framing:
internal error: ...``), never a traceback: ``--debug`` (or ``FRAMING_DEBUG=1``) shows one.
"""
from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import threading
from typing import Any, Optional, Sequence

from .._version import __version__
from ..errors import FramingError, one_line
from .common import (COMMANDS, DEBUG_ENV, EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED,
                     EXIT_TERMINATED, EXIT_USAGE, PROG, ArgumentParser, Terminated, UsageError)

# Importing the command modules registers their subcommands, in the order of ``framing --help``.
from .analyze import COMMAND_NAMES as _ANALYZE  # noqa: E402,F401,I001
from .lexicon import COMMAND_NAMES as _LEXICON  # noqa: E402,F401
from .compare import COMMAND_NAMES as _COMPARE  # noqa: E402,F401
from .models import COMMAND_NAMES as _MODELS  # noqa: E402,F401
from .tagger import COMMAND_NAMES as _TAGGER  # noqa: E402,F401

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = ArgumentParser(
        prog=PROG,
        description="Media-bias and framing analysis of news text: loaded language, hedges and "
        "boosters, source attribution, readability.",
        epilog=f"Run '{PROG} COMMAND --help' for the options of a command. Errors are one line; "
        f"set {DEBUG_ENV}=1 to see tracebacks.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help=f"show the traceback of an error (as {DEBUG_ENV}=1 does)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    for cmd in COMMANDS.values():
        p = sub.add_parser(cmd.name, help=cmd.help, description=cmd.description,
                           epilog="--debug (anywhere on the line) shows the traceback of an error")
        cmd.configure(p)
        p.set_defaults(_run=cmd.run)
    return parser


def _fail(message: str) -> None:
    print(f"{PROG}: error: {' '.join(str(message).split())}", file=sys.stderr, flush=True)


#: Thread-count variables of the BLAS libraries numpy may load (OpenBLAS, MKL, OpenMP).
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")


def _one_blas_thread() -> None:
    """One BLAS thread per process unless the user set a count: framing parallelises with
    processes (``--jobs``), and the tagger's small matrix products gain nothing from threads,
    which only took CPU from the other workers (138% CPU for one job, same wall time). Read by
    the BLAS library when numpy is first imported, which the command line has not done yet."""
    if "numpy" not in sys.modules:
        for name in _BLAS_THREADS:
            os.environ.setdefault(name, "1")


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status.

    Examples
    --------
    >>> main(["--version"])  # doctest: +ELLIPSIS
    framing ...
    0
    """
    _one_blas_thread()
    parser = build_parser()
    previous_term, previous_gc = _catch_sigterm(), gc.get_threshold()
    # an analysis holds thousands of small tuples for a moment: the default threshold (700) made
    # young collections 3% of the CPU time of `framing score` (experiments/score_cpu.py)
    gc.set_threshold(max(10_000, previous_gc[0]), *previous_gc[1:])
    argv = list(sys.argv[1:] if argv is None else argv)
    # --debug may stand anywhere before a "--" (after the command too: "framing score x --debug")
    end = argv.index("--") if "--" in argv else len(argv)
    debug = bool(os.environ.get(DEBUG_ENV)) or "--debug" in argv[:end]
    argv = [a for k, a in enumerate(argv) if not (a == "--debug" and k < end)]
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help and --version
            return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
        if args.command is None:
            raise UsageError(f"choose a command: {', '.join(COMMANDS)} (see '{PROG} --help')")
        return args._run(args)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    except FramingError as exc:  # inputs, outputs, data, lexicons, settings: the user can fix it
        if debug:
            raise
        _fail(str(exc))
        return EXIT_INPUT
    except OSError as exc:  # outputs: permission denied, disk full, a folder given as file...
        if debug or isinstance(exc, BrokenPipeError):
            if isinstance(exc, BrokenPipeError):
                return _broken_pipe()
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _fail(f"{where}{exc.strerror or exc}")
        return EXIT_INPUT
    except KeyboardInterrupt as exc:
        what = "terminated" if isinstance(exc, Terminated) else "interrupted"
        print(f"{PROG}: {what}{getattr(exc, 'framing_note', '')}", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED
    except Exception as exc:  # anything else is a bug in framing
        if debug:
            raise
        print(f"{PROG}: internal error: {type(exc).__name__}: {one_line(exc)} (a bug in framing; "
              f"rerun with --debug for the traceback and report it)", file=sys.stderr, flush=True)
        return EXIT_INTERNAL
    finally:
        gc.set_threshold(*previous_gc)
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)


def _catch_sigterm() -> Any:
    """Make SIGTERM stop a run like Ctrl-C (main thread only); return the previous handler."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def terminate(signum: int, frame: Any) -> None:
        raise Terminated()

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


