"""Tests for framing.engine: the per-document function, chunking, ordered bounded execution, the
local process pool and Dask (a LocalCluster, and a scheduler with two workers started as
separate processes on loopback), byte-identical output for any number of workers, bounded
memory."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import stub_analyze

import framing
from framing import engine as eng
from framing.analyzer import Analyzer, analyzer_for
from framing.cli import main
from framing.corpus import Document, RecordError
from framing.settings import AnalyzerSettings

S = AnalyzerSettings.create()

ARTICLES = [
    "Critics contend the reform is a disgraceful sham. \u201cIt may fail,\u201d said Ana Ruiz, the minister.",
    "The council approved the budget on Tuesday. It will take effect in May.",
    "Analysts warned that the deal was clearly a disaster for the regi\u00f3n.",
    "Officials said the plan would perhaps cost about 40 million euros, sources claimed.",
    "\u201cWe will never accept this,\u201d the spokesman insisted. Observers argue it is a scandal.",
]


def corpus(folder: Path, n: int = 23) -> Path:
    """A JSONL corpus of n short articles (with an outlet column)."""
    path = folder / "news.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = f"{ARTICLES[i % len(ARTICLES)]} Report {i} adds that the mayor may resign."
            f.write(json.dumps({"id": f"d{i:03d}", "text": text, "outlet": "XY"[i % 2]}) + "\n")
    return path


def run(args, capsys):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def have_distributed() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


needs_dask = pytest.mark.skipif(not have_distributed(), reason="dask[distributed] is not installed")


# ------------------------------------------------------------------ the per-document function


def test_document_record_is_the_cli_record():
    doc = Document("a1", ARTICLES[0], {"outlet": "X"})
    row = eng.document_record(S, doc, "score")
    assert list(row)[:4] == ["id", "outlet", "n_tokens", "n_sentences"]
    assert row == analyzer_for(S).score_row(ARTICLES[0], "a1", {"outlet": "X"})
    record = eng.document_record(S, doc, "analyze")
    assert record == framing.analyze(ARTICLES[0], doc_id="a1", meta={"outlet": "X"}).to_dict()
    with pytest.raises(ValueError, match=r"invalid task 'frame'; valid options are "
                                         r"\['analyze', 'score', 'summary'\]"):
        eng.document_record(S, doc, "frame")


def test_the_settings_reach_the_record():
    doc = Document("a1", "It may rain, critics claimed.")
    hedges_only = AnalyzerSettings.create(lexicons=["hedges"], attribution=None)
    row = eng.document_record(hedges_only, doc, "score")
    assert "hedge_per_1k" in row and "loaded_per_1k" not in row and "attributions" not in row
    assert eng.document_record(hedges_only, doc, "analyze")["signature"] == \
        hedges_only.signature().format()


def test_process_document_turns_a_failure_into_an_outcome(monkeypatch):
    def broken(self, text, doc_id=None, meta=None):
        raise RuntimeError("tokeniser\nexploded")

    stub_analyze(monkeypatch, broken)
    outcome = eng.process_document(S, Document("b", "Text."), "score")
    assert not outcome.ok
    assert outcome.error == "analysis of document 'b' failed (RuntimeError: tokeniser exploded)"
    assert outcome.detail == ""
    monkeypatch.setenv("FRAMING_DEBUG", "1")
    assert "Traceback" in eng.process_document(S, Document("b", "Text."), "score").detail


def test_score_outcome_holds_a_csv_record():
    doc = Document("c", ARTICLES[2], {"tags": ["a"], "n": None, "note": 'x, "y"\nz'})
    [outcome] = eng.process_chunk(S, "score", [doc])
    assert outcome.line.endswith("\n")
    row = dict(zip(outcome.columns, next(csv.reader(io.StringIO(outcome.line)))))
    assert row["tags"] == '["a"]' and row["n"] == "" and row["note"] == 'x, "y"\nz'
    assert list(outcome.columns) == list(eng.document_record(S, doc, "score"))


def test_score_chunks_with_different_columns_merge_aligned(tmp_path):
    """Partitions whose rows carry other columns are realigned, cell by cell, when merged."""
    inp = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": ARTICLES[0], "outlet": "X"},
            {"id": "b\r\nx", "text": ARTICLES[1], "extra": 'l1\nl2, "q"'},
            {"id": "c", "text": ARTICLES[2], "outlet": "Z\rcr", "n": 3}]
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for chunk in (1, 2, 3):
        out = tmp_path / f"out{chunk}.csv"
        eng.run_corpus([str(inp)], str(out), "score", engine=eng.SerialEngine(), settings=S, chunk_docs=chunk)
        with open(out, encoding="utf-8", newline="") as fh:
            got = list(csv.DictReader(fh))
        assert [r["id"] for r in got] == ["a", "b\r\nx", "c"]
        assert [(r["outlet"], r["extra"], r["n"]) for r in got] == [("X", "", ""), ("", 'l1\nl2, "q"', ""), ("Z\rcr", "", "3")]
        if chunk > 1:
            assert out.read_bytes() == (tmp_path / "out1.csv").read_bytes()


# ------------------------------------------------------------------------------- chunking


def test_chunks_keep_bad_records_in_place():
    def read(bad):
        bad(RecordError("f", 1, None, "first"))
        yield Document("a", "xx")
        yield Document("b", "xx")
        bad(RecordError("f", 4, None, "between"))
        yield Document("c", "xx")
        bad(RecordError("f", 6, None, "last"))

    chunks = list(eng.chunk_documents(read, chunk_docs=2))
    assert [[d.id for d in c.docs] for c in chunks] == [["a", "b"], ["c"]]
    assert [(p, e.message) for p, e in chunks[0].reader_errors] == [(0, "first")]
    assert [(p, e.message) for p, e in chunks[1].reader_errors] == [(0, "between"), (1, "last")]


def test_chunks_end_early_on_long_texts_and_trailing_errors_get_a_chunk():
    def read(bad):
        for i in range(5):
            yield Document(str(i), "x" * 40)
        bad(RecordError("f", 9, None, "after all"))

    chunks = list(eng.chunk_documents(read, chunk_docs=100, chunk_chars=100))
    assert [len(c.docs) for c in chunks] == [3, 2]
    chunks = list(eng.chunk_documents(read, chunk_docs=5))
    assert [len(c.docs) for c in chunks] == [5, 0] and chunks[1].reader_errors[0][1].line == 9
    with pytest.raises(ValueError, match="chunk sizes must be positive"):
        list(eng.chunk_documents(read, chunk_docs=0))


class _SlowFuture:
    def __init__(self, value, ready_at):
        self.value, self.ready_at = value, ready_at

    def done(self):
        return time.monotonic() >= self.ready_at

    def result(self):
        while not self.done():
            time.sleep(0.001)
        return self.value

    def cancel(self):
        return True


class _FakeEngine(eng.Engine):
    """Futures finish out of order; records how many were in flight at most."""

    workers = 3

    def __init__(self):
        self.max_seen = 0
        self.submitted = []

    def submit(self, settings, task, docs):
        self.submitted.append(docs[0].id)
        delay = 0.004 * (len(self.submitted) % 3 == 1)  # every third chunk is slow
        return _SlowFuture([eng.Outcome(True, json.dumps({"id": d.id})) for d in docs], time.monotonic() + delay)


def test_ordered_results_are_in_order_and_bounded():
    engine = _FakeEngine()
    chunks = [eng.Chunk(i, [Document(f"d{i}", "x")]) for i in range(40)]
    in_flight = 0
    seen = []

    def source():
        nonlocal in_flight
        for c in chunks:
            in_flight += 1
            engine.max_seen = max(engine.max_seen, in_flight - len(seen))
            yield c

    for chunk, outcomes in eng.ordered_results(engine, S, "score", source(), skip=lambda c: c.index % 7 == 0):
        seen.append(chunk.index)
        assert (outcomes is None) == (chunk.index % 7 == 0)
    assert seen == list(range(40))
    assert engine.max_seen <= engine.max_in_flight + 1  # the one being read
    assert "d7" not in engine.submitted and "d8" in engine.submitted


def test_ordered_results_yield_finished_chunks_before_a_reading_error():
    from framing.corpus import FramingInputError

    def source():
        yield eng.Chunk(0, [Document("a", "x")])
        yield eng.Chunk(1, [Document("b", "x")])
        raise FramingInputError("f.jsonl", "malformed JSON", line=3)

    got = []
    with pytest.raises(FramingInputError, match="f.jsonl:3"):
        for chunk, _ in eng.ordered_results(_FakeEngine(), S, "score", source()):
            got.append(chunk.index)
    assert got == [0, 1]


def test_make_engine_validates():
    with pytest.raises(ValueError, match=r"invalid engine 'spark'; valid options are \['dask', 'local'\]"):
        eng.make_engine("spark")
    with pytest.raises(ValueError, match="non-negative integer"):
        eng.make_engine("local", jobs=-2)
    with pytest.raises(ValueError, match="needs the dask engine"):
        eng.make_engine("local", scheduler="tcp://127.0.0.1:8786")
    assert isinstance(eng.make_engine("local", jobs=1), eng.SerialEngine)


# ------------------------------------------------------------- identical output for any N


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("task, out", [("score", "s.csv"), ("analyze", "a.jsonl")])
def test_output_is_byte_identical_for_any_number_of_jobs(here, capsys, task, out):
    corpus(here)
    Path("bad.jsonl").write_text('{"id": "z1", "text": "Fine, he said."}\n{"id": "z2", "text": ""}\n'
                                 '{broken\n{"id": "z4", "text": "It may rain."}\n', encoding="utf-8")
    outputs = {}
    for jobs in (1, 2, 3):
        name = f"{jobs}-{out}"
        status, _, err = run([task, "news.jsonl", "bad.jsonl", "-o", name, "--jobs", jobs,
                              "--chunk-size", 4, "--on-error", "skip"], capsys)
        assert status == 0, err
        outputs[jobs] = (Path(name).read_bytes(), Path(eng.work_dir_for(name)).exists(),
                         Path(name).with_name(name.split(".")[0] + ".errors.jsonl").read_bytes(),
                         [line for line in err.splitlines() if not line.startswith("framing:")])
    assert outputs[1] == outputs[2] == outputs[3]
    data, work_left, errors, messages = outputs[1]
    assert not work_left
    assert [json.loads(line)["line"] for line in errors.decode().splitlines()] == [2, 3]
    assert messages == ["bad.jsonl:2: field 'text' is empty", messages[1]]
    assert messages[1].startswith("bad.jsonl:3: malformed JSON")
    if task == "score":
        rows = list(csv.DictReader(data.decode().splitlines()))
        assert [r["id"] for r in rows][-3:] == ["d022", "z1", "z4"]
        assert len(rows) == 25


def test_output_equals_the_serial_loop(here, capsys):
    """The engine writes what a plain loop over framing.analyze would (the contract)."""
    path = corpus(here, 7)
    status, _, _ = run(["analyze", path, "-o", "a.jsonl", "-j", 2, "--chunk-size", 2], capsys)
    assert status == 0
    records = [json.loads(line) for line in open("a.jsonl", encoding="utf-8")]
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    expected = [framing.analyze(d["text"], doc_id=d["id"], meta={"outlet": d["outlet"]}).to_dict() for d in docs]
    assert records == json.loads(json.dumps(expected))


def test_analysis_failure_under_fail_is_first_in_input_order(here, capsys, monkeypatch):
    real = Analyzer.analyze

    def fragile(self, text, doc_id=None, meta=None):
        if doc_id in ("d005", "d017"):
            raise ValueError(f"cannot cope with {doc_id}")
        return real(self, text, doc_id=doc_id, meta=meta)

    stub_analyze(monkeypatch, fragile)  # inherited by forked workers
    corpus(here)
    for jobs in (1, 2):
        for name in ("s.csv", "s.errors.jsonl"):
            Path(name).unlink(missing_ok=True)
        status, _, err = run(["score", "news.jsonl", "-o", "s.csv", "-j", jobs, "--chunk-size", 3], capsys)
        assert status == 1
        assert err.splitlines()[-1].startswith(
            "framing: error: news.jsonl:6: analysis of document 'd005' failed (ValueError: cannot cope with d005)")
        # the chunk before the failure is finished and kept for --resume
        assert err.rstrip().endswith("finished chunks are kept in s.csv.work: add --resume to continue")
        assert not Path("s.csv").exists()
        status, _, err = run(["score", "news.jsonl", "-o", "s.csv", "-j", jobs, "--chunk-size", 3,
                              "--on-error", "skip", "--resume"], capsys)
        assert status == 0, err
        assert [json.loads(x)["line"] for x in open("s.errors.jsonl")] == [6, 18]
        assert len(list(csv.DictReader(open("s.csv")))) == 21


# -------------------------------------------------------------------------- bounded memory


def _stub_analysis(self, text, doc_id=None, meta=None):
    row = {"id": doc_id, **dict(meta or {}), "n_tokens": len(text) // 5, "n_sentences": 1,
           "loaded_per_1k": 1.5}
    return SimpleNamespace(to_row=lambda: row)


def _big_corpus(path: Path, megabytes: int) -> Path:
    paragraph = " ".join(ARTICLES) + " "
    text = (paragraph * (4000 // len(paragraph) + 1))[:4000]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(megabytes * 250):
            f.write(json.dumps({"id": i, "text": text, "outlet": "X"}) + "\n")
    return path


def test_memory_is_flat_in_the_corpus_size(here, monkeypatch):
    """Peak traced memory of a whole run (read, chunk, write partitions, merge) does not grow
    with the corpus: 16 MB needs less than 1.5x what 4 MB needs. The analysis is stubbed so
    that only the streaming machinery is measured (the real figures with the analyzer, by
    /usr/bin/time -v, are in reports/throughput/)."""
    stub_analyze(monkeypatch, _stub_analysis)
    peaks = {}
    for mb in (4, 16):
        source = _big_corpus(here / f"c{mb}.jsonl", mb)
        tracemalloc.start()
        result = eng.run_corpus([str(source)], str(here / f"s{mb}.csv"), "score", engine=eng.SerialEngine())
        peaks[mb] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert result.written == mb * 250
    assert peaks[16] < 1.5 * peaks[4], peaks
    assert peaks[16] < 16e6, peaks  # far below the corpus size


# ------------------------------------------------------------------------------------ Dask


@needs_dask
def test_dask_local_cluster_rows_identical_to_local_engine(here, capsys):
    corpus(here, 9)
    status, _, err = run(["score", "news.jsonl", "-o", "local.csv", "--chunk-size", 2, "-q"], capsys)
    assert status == 0, err
    status, _, err = run(["score", "news.jsonl", "-o", "dask.csv", "--chunk-size", 2,
                          "--engine", "dask", "--jobs", 2], capsys)
    assert status == 0, err
    assert Path("dask.csv").read_bytes() == Path("local.csv").read_bytes()
    assert "framing: scored 9 documents, written to dask.csv" in err


def _wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@needs_dask
def test_dask_scheduler_and_two_worker_processes_on_loopback(here):
    """A scheduler and two workers started as separate processes (as on a cluster), framing
    given the scheduler's address: the rows are those of the local engine."""
    corpus(here, 9)
    env = dict(os.environ, DASK_DISTRIBUTED__WORKER__DAEMON="False")
    env.pop("FRAMING_DEBUG", None)
    scheduler_file = here / "scheduler.json"
    procs = []
    try:
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", str(scheduler_file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
        _wait_for(scheduler_file.exists, 30, "the scheduler")
        address = json.loads(scheduler_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for name in ("w1", "w2"):
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                 "--nworkers", "1", "--host", "127.0.0.1", "--no-dashboard", "--name", name],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
        from distributed import Client

        with Client(address, timeout=20) as client:
            client.wait_for_workers(2, timeout=30)
        framing_cmd = [sys.executable, "-m", "framing.cli"]
        dask_run = subprocess.run(framing_cmd + ["score", "news.jsonl", "-o", "dask.csv", "--chunk-size", "2",
                                                 "--scheduler", address],
                                  capture_output=True, env=env, timeout=120)
        assert dask_run.returncode == 0, dask_run.stderr.decode()
        assert dask_run.stderr.decode() == "framing: scored 9 documents, written to dask.csv\n"
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:  # pragma: no cover
                p.kill()
    assert main(["score", "news.jsonl", "-o", "local.csv", "--chunk-size", "2", "-q"]) == 0
    assert Path("dask.csv").read_bytes() == Path("local.csv").read_bytes()


def test_dask_missing_is_a_one_line_error(here, capsys, monkeypatch):
    corpus(here, 2)
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    status, _, err = run(["score", "news.jsonl", "-o", "s.csv", "--engine", "dask"], capsys)
    assert status == 1
    assert err == ("framing: error: --engine dask needs the optional dependency dask[distributed]; "
                   "install it with pip install 'framing[dask]'\n")
    assert not Path("s.csv").exists() and not Path("s.csv.work").exists()


@needs_dask
def test_unreachable_scheduler_is_a_one_line_error(here, capsys, monkeypatch):
    corpus(here, 2)
    monkeypatch.setattr(eng.DaskEngine.__init__, "__defaults__", (None, None, 1.0))
    status, _, err = run(["score", "news.jsonl", "-o", "s.csv", "--scheduler", "tcp://127.0.0.1:9"], capsys)
    assert status == 1
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "framing: error: cannot connect to the Dask scheduler at tcp://127.0.0.1:9 (")


def test_doctests_of_the_engine_module():
    import doctest

    result = doctest.testmod(eng, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted >= 8


def test_results_of_cancelled_chunks_do_not_print(capsys):
    """On an interrupt the pool's result thread may set the result of a cancelled future
    (a CPython race): that InvalidStateError is not printed; other thread errors are."""
    import threading
    from concurrent.futures import InvalidStateError

    from framing.engine import _quiet_cancelled_results

    saved = threading.excepthook
    try:
        seen = []
        threading.excepthook = lambda args: seen.append(args.exc_type)
        _quiet_cancelled_results()
        _quiet_cancelled_results()  # installed once

        def run(exc):
            def target():
                raise exc
            t = threading.Thread(target=target)
            t.start()
            t.join()

        run(InvalidStateError("CANCELLED: <Future state=cancelled>"))
        run(ValueError("a real bug"))
        assert seen == [ValueError]
    finally:
        threading.excepthook = saved
