"""Running the per-document function over a corpus: in this process, in local processes, or on
a Dask cluster; ordered, streaming, bounded in memory, and resumable.

Documents are read as a stream and cut into *chunks* (:func:`chunk_documents`); an engine
applies :func:`process_chunk`, and so :func:`document_record`, to each chunk:

=================  ===============================================================================
engine             where chunks run
=================  ===============================================================================
``SerialEngine``   in this process (``--jobs 1``)
``LocalEngine``    a pool of ``jobs`` processes on this machine (``--jobs N``)
``DaskEngine``     a Dask distributed cluster: a ``LocalCluster`` of ``jobs`` single-threaded
                   worker processes, or the scheduler at ``--scheduler ADDR`` (``--engine dask``)
=================  ===============================================================================

At most :attr:`Engine.max_in_flight` chunks are in flight and results are taken in input
order, so memory stays bounded and the output is byte-identical for any number of workers.

:func:`run_corpus` drives a whole run. With an output file, each finished chunk is a
*partition* in a work folder beside the output (``OUT.work/``): ``manifest.json`` (inputs'
sha256, settings, chunk size) and per partition ``part-NNNNNN.jsonl`` (``analyze``) or
``.csv`` (``score``: records formatted by the worker, so the merge mostly copies bytes) plus
its commit marker ``part-NNNNNN.json``, written last. At the end the partitions are merged into the output
atomically and the folder is removed. An interrupted run (Ctrl-C, SIGKILL, a crash, a full
disk) leaves its finished partitions; ``resume=True`` checks that inputs and settings are
unchanged and analyses only the partitions not yet committed.

On a cluster (e.g. dask-jobqueue's ``SLURMCluster``) pass the scheduler's address, as in
``framing score corpus/ -o scores.csv --scheduler tcp://10.0.0.5:8786``; the workers need the
same version of framing.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import shutil
import signal
import sys
import traceback
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .analyzer import analyzer_for
from .checks import (NEAR_EMPTY_WORDS, DuplicateFinder, Examples, duplicates_message,
                     foreign_message, near_empty_message, unclosed_message)
from .corpus import (STDIN, AtomicOutput, CsvWriter, Document, FramingInputError, RecordError,
                     atomic_write_bytes, csv_cells, csv_line, fingerprint_inputs, iter_documents,
                     realign_csv, sha256_file, to_json_line)
from .errors import EngineError
from .settings import AnalyzerSettings

__all__ = [
    "TASKS",
    "ENGINES",
    "Outcome",
    "Chunk",
    "EngineError",
    "Engine",
    "SerialEngine",
    "LocalEngine",
    "DaskEngine",
    "make_engine",
    "document_record",
    "process_document",
    "process_chunk",
    "chunk_documents",
    "ordered_results",
    "work_dir_for",
    "clean_stale_temporaries",
    "RunResult",
    "run_corpus",
]

#: What a run produces per document (:func:`document_record`).
TASKS = ("score", "analyze", "summary")
#: Engines by name (``--engine``).
ENGINES = ("local", "dask")
#: Documents per chunk (the unit of work and of resumption), unless the caller says otherwise.
DEFAULT_CHUNK_DOCS = 100
#: A chunk also ends once its texts reach this many characters (so chunks of long documents
#: stay small in memory); a single longer document is a chunk of its own.
DEFAULT_CHUNK_CHARS = 1_000_000
#: Chunks in flight per worker (submitted, not yet written): enough to keep workers busy while
#: the head of the queue is written, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 3
_DEBUG_ENV = "FRAMING_DEBUG"
_WORK_FORMAT = "framing-work/2"
_WARM_UP_TEXT = "Warm-up. Critics said the plan may fail, officials claimed."


# --------------------------------------------------------------------------------------------
# The per-document function

#: Documents whose attribution tagging runs as one batch (bounded memory: about 50 MB of
#: feature values for 64 long articles).
_BATCH_DOCS = 64


def document_record(settings: AnalyzerSettings, doc: Document, task: str) -> Dict[str, Any]:
    """The output record of one document: the per-document function of every engine.

    Parameters
    ----------
    task : {"score", "analyze", "summary"}
        The row of ``framing score``, the JSON object of ``framing analyze``, or what
        ``framing compare`` keeps (:meth:`framing.analysis.Analysis.summary`).

    Examples
    --------
    >>> from framing.corpus import Document
    >>> from framing.settings import AnalyzerSettings
    >>> document_record(AnalyzerSettings.create(), Document("a", "Critics said it may fail."), "analyze")["id"]
    'a'
    """
    _check_task(task)
    return _record(analyzer_for(settings).analyze(doc.text, doc.id, doc.meta), task)


def _check_task(task: str) -> None:
    if task not in TASKS:
        raise ValueError(f"invalid task {task!r}; valid options are {sorted(TASKS)}")


def _record(analysis: Any, task: str) -> Dict[str, Any]:
    if task == "score":
        return analysis.to_row()
    if task == "analyze":
        return analysis.to_dict()
    return analysis.summary()


@dataclass(frozen=True)
class Outcome:
    """The result of one document: if ``ok``, ``line`` is the record as one line of JSON (for
    ``score``, one CSV record, :func:`~framing.corpus.csv_line`, of the cells of ``columns``);
    otherwise ``error`` describes the failure in one line and ``detail`` holds its traceback if
    FRAMING_DEBUG is set.
    """

    ok: bool
    line: str = ""
    error: str = ""
    detail: str = ""
    columns: Tuple[str, ...] = ()
    #: For the data checks (:mod:`framing.checks`): the language of a document not in the
    #: analysis' language ("" otherwise) and its number of words (-1 when unknown).
    language: str = ""
    n_words: int = -1
    unclosed_quotes: int = 0


def process_document(settings: AnalyzerSettings, doc: Document, task: str) -> Outcome:
    """Apply :func:`document_record` to one document and serialise the record; never raises
    for a failure of the analysis (it becomes an ``Outcome`` with ``ok=False``)."""
    try:
        _check_task(task)
        analysis = analyzer_for(settings).analyze(doc.text, doc.id, doc.meta)
        return _outcome(_record(analysis, task), task, analysis)
    except Exception as exc:  # the analysis failed on this document: the caller decides
        return _failure(doc, exc)


def _outcome(record: Dict[str, Any], task: str, analysis: Any = None) -> Outcome:
    notes = {"language": getattr(analysis, "language", None) or "",
             "n_words": int(getattr(analysis, "n_tokens", -1) if analysis is not None else -1),
             "unclosed_quotes": sum(1 for q in getattr(analysis, "quotes", ())
                                    if not getattr(q, "closed", True))}
    if task == "score":  # formatted here, in the worker: the parent copies the text
        cells = csv_cells(record)
        return Outcome(True, csv_line(list(cells.values())), columns=tuple(cells), **notes)
    return Outcome(True, to_json_line(record), **notes)


def _failure(doc: Document, exc: BaseException) -> Outcome:
    message = " ".join(f"analysis of document {doc.id!r} failed ({type(exc).__name__}: {exc})".split())
    detail = ""
    if os.environ.get(_DEBUG_ENV):
        detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return Outcome(False, error=message, detail=detail)


def process_chunk(settings: AnalyzerSettings, task: str, docs: Sequence[Document]) -> List[Outcome]:
    """:func:`process_document` over a chunk, in order: what every engine runs.

    Examples
    --------
    >>> from framing.corpus import Document
    >>> from framing.settings import AnalyzerSettings
    >>> docs = [Document("a", "It may rain."), Document("b", "No.")]
    >>> [o.ok for o in process_chunk(AnalyzerSettings.create(), "score", docs)]
    [True, True]
    """
    _check_task(task)
    try:
        analyzer = analyzer_for(settings)
    except Exception:  # noqa: BLE001 - each document reports the failure
        analyzer = None
    if analyzer is None or not analyzer.batched:
        return [process_document(settings, doc, task) for doc in docs]
    out: List[Outcome] = []
    for lo in range(0, len(docs), _BATCH_DOCS):  # the tagger scores a batch at once
        batch = docs[lo:lo + _BATCH_DOCS]
        results = analyzer.analyze_many([(d.text, d.id, d.meta) for d in batch])
        for doc, res in zip(batch, results):
            if isinstance(res, Exception):
                out.append(_failure(doc, res))
                continue
            try:
                out.append(_outcome(_record(res, task), task, res))
            except Exception as exc:  # noqa: BLE001 - serialising this record failed
                out.append(_failure(doc, exc))
    return out


def _warm_up(settings: Optional[AnalyzerSettings]) -> None:
    """Build and warm up the analyzer of ``settings``, so that forked workers inherit it."""
    if settings is None:
        return
    with contextlib.suppress(Exception):  # a broken analyzer fails per document later, clearly
        analyzer_for(settings).analyze(_WARM_UP_TEXT, doc_id="warm-up")


# --------------------------------------------------------------------------------------------
# Engines


def _quiet_cancelled_results() -> None:
    """Keep the pool's result thread quiet when a chunk's result arrives after its future was
    cancelled (``InvalidStateError`` from ``set_result``: a race in CPython's
    ProcessPoolExecutor on shutdown with ``cancel_futures``); other thread errors still print."""
    import threading
    from concurrent.futures import InvalidStateError

    previous = threading.excepthook
    if getattr(previous, "_framing_quiet", False):
        return

    def hook(args: Any) -> None:
        if args.exc_type is not None and issubclass(args.exc_type, InvalidStateError):
            return
        previous(args)

    hook._framing_quiet = True  # type: ignore[attr-defined]
    threading.excepthook = hook


class Engine:
    """Runs :func:`process_chunk` on chunks: ``submit(settings, task, docs)`` returns a future.
    ``max_in_flight`` is how many chunks a caller should have submitted and not yet consumed."""

    workers = 1

    @property
    def max_in_flight(self) -> int:
        return IN_FLIGHT_PER_WORKER * self.workers if self.workers > 1 else 1

    def submit(self, settings: AnalyzerSettings, task: str,
               docs: Sequence[Document]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def close(self, cancel: bool = False) -> None:
        """Release the workers; ``cancel=True`` stops running work at once."""

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.close(cancel=exc_type is not None)


class SerialEngine(Engine):
    """Chunks run in this process, one at a time, when submitted."""

    def submit(self, settings: AnalyzerSettings, task: str, docs: Sequence[Document]) -> Future:
        future: Future = Future()
        future.set_result(process_chunk(settings, task, docs))
        return future


def _worker_init() -> None:
    """Pool workers: Ctrl-C is the parent's business; die with the parent (Linux)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):  # no prctl
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the parent


class LocalEngine(Engine):
    """A pool of ``jobs`` worker processes on this machine. On Linux they are forked after the
    analyzer of ``settings`` was built here, so they share its memory; elsewhere they are
    spawned and each builds its own."""

    def __init__(self, jobs: int, settings: Optional[AnalyzerSettings] = None) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if jobs < 2:
            raise ValueError(f"LocalEngine needs at least 2 jobs, got {jobs}; use SerialEngine")
        self.workers = jobs
        context = multiprocessing.get_context("spawn")
        if sys.platform.startswith("linux"):
            _warm_up(settings)
            context = multiprocessing.get_context("fork")
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init)
        # start the workers now, before any thread (progress bar, counter) exists in this process
        for f in [self._pool.submit(_warm_up, settings) for _ in range(jobs)]:
            f.result()

    def submit(self, settings: AnalyzerSettings, task: str, docs: Sequence[Document]) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._pool.submit(process_chunk, settings, task, list(docs))
        except BrokenProcessPool as exc:
            raise EngineError(f"a worker process died ({exc})") from None

    def close(self, cancel: bool = False) -> None:
        if cancel:
            _quiet_cancelled_results()
            processes = list(getattr(self._pool, "_processes", {}).values())  # no public API
            self._pool.shutdown(wait=False, cancel_futures=True)
            for p in processes:
                with contextlib.suppress(Exception):
                    p.terminate()
            for p in processes:
                with contextlib.suppress(Exception):
                    p.join(5)
        else:
            self._pool.shutdown(wait=True)


class DaskEngine(Engine):
    """Chunks run on a Dask distributed cluster.

    Parameters
    ----------
    scheduler : str, optional
        Address of a running scheduler (``tcp://host:8786``, or a scheduler file ``.json``).
        Without it, a ``LocalCluster`` of ``jobs`` (default: all CPUs) single-threaded worker
        processes is started and stopped.
    timeout : float
        Seconds to wait for the scheduler.
    """

    def __init__(self, scheduler: Optional[str] = None, jobs: Optional[int] = None,
                 timeout: float = 10.0) -> None:
        import logging

        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("--engine dask needs the optional dependency dask[distributed]; install "
                              "it with pip install 'framing[dask]'") from None
        logging.getLogger("distributed").setLevel(logging.ERROR)
        self._cluster: Any = None
        self.scheduler = scheduler
        try:
            if scheduler is None:
                self._cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1,
                                             processes=True, dashboard_address=None,
                                             silence_logs=logging.ERROR)
                self._client = Client(self._cluster, timeout=timeout)
            elif scheduler.endswith(".json"):
                self._client = Client(scheduler_file=scheduler, timeout=timeout)
            else:
                self._client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            self._shutdown_cluster()
            where = scheduler or "a LocalCluster"
            raise EngineError(f"cannot connect to the Dask scheduler at {where} "
                              f"({type(exc).__name__}: {' '.join(str(exc).split())})") from None
        threads = sum(self._client.nthreads().values())
        if threads == 0 and scheduler is not None:
            with contextlib.suppress(Exception):
                self._client.wait_for_workers(1, timeout=timeout)
            threads = sum(self._client.nthreads().values())
        if threads == 0:
            self.close(cancel=True)
            raise EngineError(f"the Dask scheduler at {scheduler} has no workers")
        self.workers = threads

    @property
    def max_in_flight(self) -> int:
        return max(2, IN_FLIGHT_PER_WORKER * self.workers)

    def submit(self, settings: AnalyzerSettings, task: str, docs: Sequence[Document]) -> Any:
        return _DaskFuture(self._client.submit(process_chunk, settings, task, list(docs), pure=False))

    def _shutdown_cluster(self) -> None:
        if self._cluster is not None:
            with contextlib.suppress(Exception):
                self._cluster.close()
            self._cluster = None

    def close(self, cancel: bool = False) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
            self._client = None
        self._shutdown_cluster()


class _DaskFuture:
    """A Dask future whose failures are engine errors (a killed worker, a lost scheduler)."""

    def __init__(self, future: Any) -> None:
        self._future = future

    def done(self) -> bool:
        return self._future.done()

    def result(self) -> Any:
        try:
            return self._future.result()
        except Exception as exc:
            raise EngineError(f"the Dask cluster failed to run a chunk ({type(exc).__name__}: {exc})") from None

    def cancel(self) -> bool:
        return self._future.cancel()


def make_engine(engine: str = "local", jobs: Optional[int] = 1, scheduler: Optional[str] = None,
                settings: Optional[AnalyzerSettings] = None) -> Engine:
    """The engine for ``--engine``/``--jobs``/``--scheduler``.

    Parameters
    ----------
    engine : {"local", "dask"}
    jobs : int, optional
        Worker processes: local (default 1: this process) or of a Dask LocalCluster (default:
        the number of CPUs); 0 means the number of CPUs.
    scheduler : str, optional
        Dask scheduler address (``engine="dask"`` only).
    settings : AnalyzerSettings, optional
        The settings mostly run: local workers are forked after their analyzer was built.

    Raises
    ------
    EngineError
        When Dask is missing or its scheduler cannot be reached.

    Examples
    --------
    >>> from framing.corpus import Document
    >>> from framing.settings import AnalyzerSettings
    >>> with make_engine("local", jobs=1) as engine:
    ...     future = engine.submit(AnalyzerSettings.create(), "score", [Document("d1", "Critics said so.")])
    >>> [o.ok for o in future.result()]
    [True]
    """
    if engine not in ENGINES:
        raise ValueError(f"invalid engine {engine!r}; valid options are {sorted(ENGINES)}")
    if jobs is not None and (not isinstance(jobs, int) or jobs < 0):
        raise ValueError(f"jobs must be a non-negative integer, got {jobs!r}")
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if engine == "dask":
        return DaskEngine(scheduler=scheduler, jobs=jobs)
    if scheduler is not None:
        raise ValueError("a scheduler address needs the dask engine")
    jobs = jobs or 1
    return SerialEngine() if jobs == 1 else LocalEngine(jobs, settings)


# --------------------------------------------------------------------------------------------
# Chunks, in order


@dataclass
class Chunk:
    """Consecutive documents of the input, and the bad records met while reading them:
    ``(position, error)`` pairs, the bad record coming just before ``docs[position]``."""

    index: int
    docs: List[Document] = field(default_factory=list)
    reader_errors: List[Tuple[int, RecordError]] = field(default_factory=list)
    chars: int = 0


def chunk_documents(
    read: Callable[[Callable[[RecordError], Any]], Iterable[Document]],
    chunk_docs: int = DEFAULT_CHUNK_DOCS,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[Chunk]:
    """Cut a stream of documents into chunks, keeping each skipped record in its place.

    Parameters
    ----------
    read : callable
        ``read(on_bad_record)`` returns the documents, calling ``on_bad_record`` with each
        skipped :class:`~framing.corpus.RecordError` as it meets it.
    chunk_docs, chunk_chars : int
        A chunk ends after ``chunk_docs`` documents or once its texts hold ``chunk_chars``
        characters, so boundaries depend only on the input and these two numbers.

    Examples
    --------
    >>> from framing.corpus import Document
    >>> docs = [Document(str(i), "x" * 10) for i in range(5)]
    >>> [len(c.docs) for c in chunk_documents(lambda bad: docs, chunk_docs=2)]
    [2, 2, 1]
    """
    if chunk_docs < 1 or chunk_chars < 1:
        raise ValueError(f"chunk sizes must be positive, got {chunk_docs} documents, {chunk_chars} characters")
    current = Chunk(0)

    def on_bad_record(error: RecordError) -> None:
        current.reader_errors.append((len(current.docs), error))

    for doc in read(on_bad_record):
        current.docs.append(doc)
        current.chars += len(doc.text)
        if len(current.docs) >= chunk_docs or current.chars >= chunk_chars:
            finished, current = current, Chunk(current.index + 1)
            yield finished
    if current.docs or current.reader_errors:
        yield current


def ordered_results(
    engine: Engine,
    settings: AnalyzerSettings,
    task: str,
    chunks: Iterable[Chunk],
    skip: Callable[[Chunk], bool] = lambda chunk: False,
) -> Iterator[Tuple[Chunk, Optional[List[Outcome]]]]:
    """Submit chunks to ``engine`` and yield ``(chunk, outcomes)`` in input order, at most
    ``engine.max_in_flight`` in flight. Chunks for which ``skip(chunk)`` is true (already done)
    are yielded with ``None``. A reading error is raised after the chunks before it."""
    window: Deque[Tuple[Chunk, Any]] = deque()
    limit = engine.max_in_flight
    source = iter(chunks)

    def first() -> Tuple[Chunk, Optional[List[Outcome]]]:
        done, future = window.popleft()
        return done, None if future is None else future.result()

    try:
        while True:
            try:
                chunk = next(source)
            except StopIteration:
                break
            except FramingInputError:
                while window:  # what was read before the error is finished and yielded first
                    yield first()
                raise
            window.append((chunk, None if skip(chunk) else engine.submit(settings, task, chunk.docs)))
            while window and (window[0][1] is None or window[0][1].done() or len(window) > limit):
                yield first()
        while window:
            yield first()
    finally:
        for _, future in window:  # abandoned: an error downstream, or an interrupt
            if future is not None:
                with contextlib.suppress(Exception):
                    future.cancel()


# --------------------------------------------------------------------------------------------
# Partitions in a work folder, and the merge


def work_dir_for(output: str) -> Path:
    """The work folder of an output file: ``OUT.work`` beside it.

    Examples
    --------
    >>> work_dir_for("out/scores.csv").as_posix()
    'out/scores.csv.work'
    """
    p = Path(output)
    return p.with_name(p.name + ".work")


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(str(path), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _doc_key(doc: Document) -> List[Any]:
    return [doc.id, doc.origin, doc.line]


class _WorkDir:
    """The partitions of one run in ``OUT.work/``, with the manifest that says what they are."""

    MANIFEST = "manifest.json"

    def __init__(self, path: Path, manifest: Dict[str, Any]) -> None:
        self.path = path
        self.manifest = manifest
        self.markers: Dict[int, Dict[str, Any]] = {}

    @classmethod
    def open(cls, path: Path, manifest: Dict[str, Any], resume: bool) -> "_WorkDir":
        """Start a work folder, or take up the unfinished one (``resume``) after checks."""
        if path.exists() and not (path / cls.MANIFEST).is_file():
            raise EngineError(f"{path}: exists and is not a framing work folder; move it away")
        if path.exists() and not any(path.glob("part-*.json")):
            shutil.rmtree(path)  # stopped before its first chunk was finished: nothing to keep
        if path.exists():
            if not resume:
                raise EngineError(f"{path}: an unfinished run of this output is there; add --resume to "
                                  "continue it, or delete the folder to start over")
            work = cls(path, manifest)
            work._check_manifest()
            work._load_markers()
            return work
        path.mkdir(parents=True)
        atomic_write_bytes(path / cls.MANIFEST, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode())
        _fsync_dir(path.parent)
        return cls(path, manifest)

    def _check_manifest(self) -> None:
        try:
            old = json.loads((self.path / self.MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise EngineError(f"{self.path / self.MANIFEST}: unreadable ({exc}); delete {self.path} "
                              "to start over") from None
        if old.get("format") != _WORK_FORMAT:
            raise EngineError(f"{self.path}: written by another version of framing "
                              f"({old.get('format')!r}); delete it to start over")
        new = self.manifest
        changed = [k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
        if changed:
            what = ", ".join(
                "the inputs" if k == "inputs" else f"{k} ({old.get(k)!r} then, {new.get(k)!r} now)"
                for k in changed
            )
            raise EngineError(f"cannot resume the run in {self.path}: {what} changed since; delete "
                              "the folder to start over")

    def _load_markers(self) -> None:
        for tmp in self.path.glob(".*.tmp"):  # writes cut short by a kill
            with contextlib.suppress(OSError):
                tmp.unlink()
        for marker_path in sorted(self.path.glob("part-*.json")):
            try:
                marker = json.loads(marker_path.read_text(encoding="utf-8"))
                index = int(marker["index"])
                data = self.path / marker["file"]
                ok = data.is_file() and data.stat().st_size == marker["bytes"] and \
                    sha256_file(data) == marker["sha256"]
            except (OSError, ValueError, KeyError, TypeError):
                ok = False
            if ok:
                self.markers[index] = marker
            else:  # damaged: the partition is done again
                with contextlib.suppress(OSError):
                    marker_path.unlink()

    def is_done(self, chunk: Chunk) -> bool:
        marker = self.markers.get(chunk.index)
        if marker is None:
            return False
        keys = [_doc_key(d) for d in chunk.docs]
        if marker["n_docs"] != len(keys) or (keys and (marker["first"] != keys[0] or marker["last"] != keys[-1])):
            raise EngineError(f"cannot resume the run in {self.path}: partition {chunk.index} held other "
                              "documents (the inputs were read differently); delete the folder to start over")
        return True

    def failures(self, chunk: Chunk) -> List[Tuple[int, RecordError]]:
        return [(int(p), RecordError(**e)) for p, e in self.markers[chunk.index]["failures"]]

    def n_written(self, chunk: Chunk) -> int:
        return int(self.markers[chunk.index]["n_written"])

    def notes(self, chunk: Chunk) -> List[Tuple[int, str, int, int]]:
        """The data-check notes of a finished chunk (see :func:`_notes`)."""
        return [(int(n[0]), str(n[1]), int(n[2]), int(n[3]) if len(n) > 3 else 0)
                for n in self.markers[chunk.index].get("notes", [])]

    def commit(self, chunk: Chunk, outcomes: Sequence[Outcome],
               failures: Sequence[Tuple[int, RecordError]], columns: Sequence[str]) -> None:
        """Write the partition, then its marker: a partition without marker is not done."""
        name = f"part-{chunk.index:06d}"
        data = "".join(_lines(outcomes, columns)).encode("utf-8")
        data_path = self.path / f"{name}.{'csv' if columns else 'jsonl'}"
        atomic_write_bytes(data_path, data)
        keys = [_doc_key(d) for d in chunk.docs]
        marker = {
            "index": chunk.index,
            "file": data_path.name,
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "n_docs": len(keys),
            "n_written": sum(1 for o in outcomes if o.ok),
            "first": keys[0] if keys else None,
            "last": keys[-1] if keys else None,
            "columns": list(columns),
            "failures": [[p, e.to_dict()] for p, e in failures],
            "notes": _notes(outcomes),
        }
        atomic_write_bytes(self.path / f"{name}.json", json.dumps(marker, sort_keys=True).encode("utf-8"))
        self.markers[chunk.index] = marker

    def partitions(self, n: int) -> Iterator[Tuple[Path, Dict[str, Any]]]:
        for index in range(n):
            marker = self.markers.get(index)
            if marker is None:  # pragma: no cover - every chunk was committed before the merge
                raise EngineError(f"{self.path}: partition {index} is missing")
            yield self.path / marker["file"], marker

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _merge(work: _WorkDir, n_chunks: int, task: str, output: str) -> None:
    """Write the output from the partitions, in order, atomically."""
    if task == "analyze":
        with AtomicOutput(output) as out:
            for path, _ in work.partitions(n_chunks):
                with open(path, "r", encoding="utf-8", newline="") as fh:
                    shutil.copyfileobj(fh, out.handle, 1 << 20)
        return
    columns = list(dict.fromkeys(c for _, marker in work.partitions(n_chunks) for c in marker["columns"]))
    with AtomicOutput(output, newline="") as out:
        out.handle.write(csv_line(columns) if columns else "")
        for path, marker in work.partitions(n_chunks):
            with open(path, "r", encoding="utf-8", newline="") as fh:
                if marker["columns"] == columns:
                    shutil.copyfileobj(fh, out.handle, 1 << 20)
                else:
                    out.handle.writelines(realign_csv(fh, marker["columns"], columns))


def clean_stale_temporaries(output: str) -> None:
    """Remove the temporary files that a killed run left beside an output (``.OUT.*.tmp``)."""
    p = Path(output)
    for tmp in p.parent.glob(f".{p.name}.*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()


# --------------------------------------------------------------------------------------------
# A whole run


@dataclass
class RunResult:
    """What :func:`run_corpus` did."""

    written: int = 0
    skipped: int = 0
    resumed: int = 0
    chunks: int = 0
    work_dir: Optional[str] = None
    #: Data checks (:mod:`framing.checks`), counts with the first few examples (memory stays
    #: flat): exact duplicate texts, documents not in the analysis' language, near-empty
    #: documents, documents with a quotation mark never closed.
    duplicates: DuplicateFinder = field(default_factory=DuplicateFinder)
    foreign: Examples = field(default_factory=Examples)
    near_empty: Examples = field(default_factory=Examples)
    unclosed: Examples = field(default_factory=Examples)

    def warnings(self) -> List[str]:
        """One sentence per data-check problem (the CLI prints them as warnings)."""
        out = []
        if self.duplicates.count:
            out.append(duplicates_message(self.duplicates.pairs, "all are kept",
                                          self.duplicates.count))
        if self.foreign.count:
            out.append(foreign_message(self.foreign.items, "left empty", self.foreign.by))
        if self.near_empty.count:
            out.append(near_empty_message(self.near_empty.items, n=self.near_empty.count))
        if self.unclosed.count:
            out.append(unclosed_message(self.unclosed.items, self.unclosed.count))
        return out


def _notes(outcomes: Sequence[Outcome]) -> List[List[Any]]:
    """``[position, language, words, unclosed quotations]`` of the chunk's documents a data
    check flags: not in the analysis' language, near-empty, or with a quotation never closed."""
    return [[k, o.language, o.n_words, o.unclosed_quotes] for k, o in enumerate(outcomes)
            if o.ok and (o.language or 0 <= o.n_words < NEAR_EMPTY_WORDS or o.unclosed_quotes)]


def _columns_of(outcomes: Sequence[Outcome]) -> List[str]:
    return list(dict.fromkeys(key for cols in dict.fromkeys(o.columns for o in outcomes if o.ok) for key in cols))


def _lines(outcomes: Sequence[Outcome], columns: Sequence[str]) -> Iterator[str]:
    """The records of a chunk: JSON lines, or CSV records of ``columns`` (realigned if need be)."""
    want = tuple(columns)
    for o in outcomes:
        if o.ok:
            yield o.line + "\n" if not want else o.line if o.columns == want else next(realign_csv([o.line], o.columns, want))


def run_corpus(
    inputs: Sequence[str],
    output: str,
    task: str,
    *,
    engine: Engine,
    settings: Optional[AnalyzerSettings] = None,
    text_column: str = "text",
    id_column: str = "id",
    fmt: str = "auto",
    delimiter: Optional[str] = None,
    encoding_errors: str = "strict",
    on_error: str = "fail",
    chunk_docs: Optional[int] = None,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    resume: bool = False,
    on_record_error: Optional[Callable[[RecordError], Any]] = None,
    on_progress: Optional[Callable[[int, int], Any]] = None,
    on_warning: Optional[Callable[[str], Any]] = None,
    on_detail: Optional[Callable[[str], Any]] = None,
    on_finish: Optional[Callable[[], Any]] = None,
) -> RunResult:
    """Read ``inputs``, apply the per-document function with ``engine``, write ``output``.

    Parameters
    ----------
    inputs, text_column, id_column, fmt, delimiter, encoding_errors, on_error
        As for :func:`framing.corpus.iter_documents`; ``on_error`` also governs documents whose
        analysis fails.
    output : str
        Output file (``.csv`` for ``score``, ``.jsonl`` for ``analyze``), or ``"-"`` for standard
        output (then nothing is kept for resumption).
    task : {"score", "analyze"}
    engine : Engine
        From :func:`make_engine`; the caller closes it.
    chunk_docs : int, optional
        Default :data:`DEFAULT_CHUNK_DOCS`, or on resumption the unfinished run's.
    resume : bool
        Take up the unfinished run of ``output`` if there is one (else start afresh).
    on_record_error, on_warning, on_detail : callable, optional
        Receive each skipped record (in input order), the readers' one-line warnings, and the
        traceback of a failed analysis (when ``FRAMING_DEBUG`` is set).
    on_progress : callable, optional
        ``on_progress(n_documents, n_characters)`` after each chunk.
    on_finish : callable, optional
        Called before the output is moved into place (where the command line commits its
        errors file, so that it never lags behind the output).

    Raises
    ------
    framing.corpus.FramingInputError
        For input problems (under ``on_error="fail"``, the first bad record).
    EngineError
        When a document's analysis fails under ``on_error="fail"``, on a resumption that does
        not match, and when workers die.
    """
    if task not in ("score", "analyze"):
        raise ValueError(f"invalid task {task!r}; valid options are ['analyze', 'score']")
    settings = settings if settings is not None else AnalyzerSettings.create()
    to_file = output != STDIN
    if to_file and Path(output).is_dir():
        raise EngineError(f"{output}: is a folder, expected a file name")
    resumable = to_file and STDIN not in inputs
    if resume and not resumable:
        raise ValueError("resuming needs an output file and input files (not standard input/output)")
    result = RunResult()
    work: Optional[_WorkDir] = None
    read_options = dict(text_column=text_column, id_column=id_column, fmt=fmt, delimiter=delimiter,
                        encoding_errors=encoding_errors)
    if resumable:
        work_path = work_dir_for(output)
        old_chunk = None
        if resume and (work_path / _WorkDir.MANIFEST).is_file():
            with contextlib.suppress(OSError, ValueError, KeyError):
                old_chunk = json.loads((work_path / _WorkDir.MANIFEST).read_text(encoding="utf-8"))["chunk_docs"]
        if chunk_docs is None:
            chunk_docs = old_chunk or DEFAULT_CHUNK_DOCS
        manifest = {"format": _WORK_FORMAT, "task": task,
                    "inputs": [[f["input"], f["sha256"]] for f in fingerprint_inputs(inputs)],
                    "signature": settings.signature().format(),
                    "lexicons": [f"{lx.id}:{lx.sha256}" for lx in settings.all_lexicons],
                    "chunk_docs": chunk_docs, "chunk_chars": chunk_chars, **read_options}
        work = _WorkDir.open(work_path, manifest, resume)
        result.work_dir = str(work_path)
        clean_stale_temporaries(output)
    chunk_docs = chunk_docs or DEFAULT_CHUNK_DOCS

    def read(on_bad_record: Callable[[RecordError], Any]) -> Iterator[Document]:
        return iter_documents(inputs, on_error=on_error, errors=on_bad_record, warn=on_warning,
                              **read_options)

    stream: Optional[AtomicOutput] = None  # the output when there is no work folder
    if not resumable:
        stream = CsvWriter(output) if task == "score" else AtomicOutput(output)
    try:
        chunks = chunk_documents(read, chunk_docs, chunk_chars)
        skip = work.is_done if work is not None else (lambda chunk: False)
        for chunk, outcomes in ordered_results(engine, settings, task, chunks, skip):
            if outcomes is None:  # done in the unfinished run
                failures = work.failures(chunk)  # type: ignore[union-attr]
                result.resumed += len(chunk.docs)
                n_written = work.n_written(chunk)  # type: ignore[union-attr]
                notes = work.notes(chunk)  # type: ignore[union-attr]
            else:
                failures = [(k, RecordError(d.origin, d.line, None, o.error))
                            for k, (d, o) in enumerate(zip(chunk.docs, outcomes)) if not o.ok]
                n_written = len(chunk.docs) - len(failures)
                notes = _notes(outcomes)
            for d in chunk.docs:
                result.duplicates.add(str(d.id), d.text)
            for k, lang, n, unclosed in notes:
                doc_id = str(chunk.docs[k].id)
                if lang:
                    result.foreign.add((doc_id, lang), lang)
                elif 0 <= n < NEAR_EMPTY_WORDS:
                    result.near_empty.add(doc_id)
                if unclosed:
                    result.unclosed.add(doc_id)
            if failures and on_error != "skip":
                position, error = failures[0]
                if outcomes is not None and outcomes[position].detail and on_detail is not None:
                    on_detail(outcomes[position].detail)
                raise EngineError(f"{error}; rerun with {_DEBUG_ENV}=1 for the traceback, or with "
                                  "--on-error skip to go on")
            if outcomes is not None:
                if work is not None:
                    work.commit(chunk, outcomes, failures, _columns_of(outcomes) if task == "score" else [])
                elif isinstance(stream, CsvWriter):  # standard output: rows spooled for all columns
                    for o in (o for o in outcomes if o.ok):
                        stream.write(dict(zip(o.columns, next(csv.reader([o.line])))))
                else:
                    stream.handle.write("".join(_lines(outcomes, ())))  # type: ignore[union-attr]
            events = sorted([(p, 0, e) for p, e in chunk.reader_errors] + [(p, 1, e) for p, e in failures],
                            key=lambda t: (t[0], t[1]))
            for _, _, error in events:
                result.skipped += 1
                if on_record_error is not None:
                    on_record_error(error)
            result.written += n_written
            result.chunks += 1
            if on_progress is not None:
                on_progress(len(chunk.docs), chunk.chars)
        if on_finish is not None:
            on_finish()
        if work is not None:
            _merge(work, result.chunks, task, output)
        else:
            stream.close()
    except BaseException:
        if stream is not None:
            stream.abort()
        if work is not None and not work.markers:
            work.remove()  # nothing worth keeping for a resumption
        raise
    if work is not None:
        work.remove()
    return result

