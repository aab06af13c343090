"""Tests for the ``framing`` command line, on real files of every input format."""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import stub_analyze

import framing
from framing.cli import common as cli
from framing.analyzer import Analyzer
from framing.cli import main
from framing.cli.common import COMMANDS, errors_path

ARTICLE_A = (
    "Critics contend the reform is a disgraceful sham. \u201cIt may fail,\u201d said Ana Ruiz, "
    "the minister. Officials said the plan would perhaps cost about 40 million euros."
)
ARTICLE_B = "The council approved the budget on Tuesday. It will take effect in May."
ARTICLE_C = "Analysts warned that the deal was clearly a disaster for the región."


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def put(path, content):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        Path(path).write_bytes(content)
    else:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(content)
    return str(path)


def csv_file(path, rows, header=("id", "text", "outlet")):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return str(path)


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def run(args, capsys):
    """main(args) in-process: (status, stdout, stderr)."""
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def framing_command():
    script = Path(sys.executable).with_name("framing")
    return [str(script)] if script.exists() else [sys.executable, "-m", "framing.cli"]


def run_process(args, cwd, stdin=None):
    env = dict(os.environ)
    env.pop("FRAMING_DEBUG", None)
    return subprocess.run(
        framing_command() + [str(a) for a in args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def assert_one_line_error(err, pattern):
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert re.fullmatch(r"framing: error: " + pattern, lines[0]), lines[0]


def check_record(record, text):
    """The analyze contract: offsets index the text exactly as read."""
    for key in ("id", "n_tokens", "n_sentences", "scores", "spans", "attributions", "signature"):
        assert key in record
    for span in record["spans"]:
        assert text[span["start"]:span["end"]] == span["text"]
        assert span["voice"] in ("author", "quoted")
    for attribution in record["attributions"]:
        for part in ("source", "cue", "content"):
            p = attribution[part]
            if p is not None:
                assert text[p["start"]:p["end"]] == p["text"]


# ------------------------------------------------------------------------------------ analyze


def test_analyze_txt_folder_to_file(here, capsys):
    put("corpus/a.txt", ARTICLE_A)
    put("corpus/sub/b.txt", ARTICLE_B)
    status, out, err = run(["analyze", "corpus", "-o", "out.jsonl"], capsys)
    assert status == 0, err
    assert out == ""
    records = jsonl("out.jsonl")
    assert [r["id"] for r in records] == ["a", "sub/b"]
    check_record(records[0], ARTICLE_A)
    check_record(records[1], ARTICLE_B)
    assert records[0]["scores"]["attributions"] >= 1
    assert "framing: analysed 2 documents, written to out.jsonl" in err


def test_analyze_csv_metadata_passes_through(here, capsys):
    csv_file("news.csv", [["n1", ARTICLE_A, "Daily"], ["n2", ARTICLE_C, "Herald"]])
    status, out, _ = run(["analyze", "news.csv", "--quiet"], capsys)
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["outlet"]) for r in records] == [("n1", "Daily"), ("n2", "Herald")]
    check_record(records[1], ARTICLE_C)
    assert "región" in out  # written as UTF-8, not \\u escapes


def test_analyze_jsonl_custom_columns(here, capsys):
    put("news.jsonl", json.dumps({"doc": "j1", "body": ARTICLE_B, "outlet": "X"}) + "\n")
    status, out, _ = run(
        ["analyze", "news.jsonl", "--text-column", "body", "--id-column", "doc", "-q"], capsys
    )
    assert status == 0
    [record] = [json.loads(line) for line in out.splitlines()]
    assert (record["id"], record["outlet"]) == ("j1", "X")
    check_record(record, ARTICLE_B)


def test_analyze_parquet(here, capsys):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [ARTICLE_A, ARTICLE_B], "year": [2020, 2021]}),
                   "news.parquet")
    status, _, _ = run(["analyze", "news.parquet", "-o", "out.jsonl", "-q"], capsys)
    assert status == 0
    records = jsonl("out.jsonl")
    assert [(r["id"], r["year"]) for r in records] == [("p1", 2020), ("p2", 2021)]


def test_analyze_stdin_subprocess(here):
    proc = run_process(["analyze", "-"], here, stdin=ARTICLE_A.encode())
    assert proc.returncode == 0, proc.stderr
    [record] = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert record["id"] == "stdin"
    check_record(record, ARTICLE_A)
    # stderr is not a terminal here: no progress bar, just the summary line
    assert proc.stderr.decode() == "framing: analysed 1 document, written to standard output\n"


def test_analyze_stdin_jsonl_format(here, capsys, monkeypatch):
    import io

    data = (json.dumps({"id": "s1", "text": ARTICLE_B}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out, _ = run(["analyze", "-", "--format", "jsonl", "-q"], capsys)
    assert status == 0
    assert json.loads(out)["id"] == "s1"


# -------------------------------------------------------------------------------------- score


def test_score_csv_columns_match_the_api(here, capsys):
    import pandas as pd

    csv_file("news.csv", [["n1", ARTICLE_A, "Daily"], ["n2", ARTICLE_C, "Herald"]])
    status, out, err = run(["score", "news.csv", "-o", "scores.csv"], capsys)
    assert status == 0, err
    table = pd.read_csv("scores.csv", dtype={"id": str})
    api = framing.score(pd.read_csv("news.csv", dtype={"id": str}))
    assert list(table.columns) == list(api.columns)
    assert list(table.columns[:4]) == ["id", "outlet", "n_tokens", "n_sentences"]
    assert list(table["id"]) == ["n1", "n2"]
    for column in table.columns[4:]:
        assert table[column].tolist() == pytest.approx(api[column].astype(float).tolist(), nan_ok=True)


def test_score_to_stdout(here, capsys):
    put("a.txt", ARTICLE_B)
    status, out, _ = run(["score", "a.txt", "-q"], capsys)
    assert status == 0
    rows = list(csv.DictReader(out.splitlines()))
    assert len(rows) == 1 and rows[0]["id"] == "a"
    assert "hedge_per_1k" in rows[0]


# ----------------------------------------------------------------------------- error policy

BAD_CSV_ROWS = [["ok1", ARTICLE_A, "X"], ["empty", "", "Y"], ["ok2", ARTICLE_B, "Z"]]


def test_on_error_skip_reports_and_writes_errors_file(here, capsys):
    csv_file("news.csv", BAD_CSV_ROWS)
    put("extra.jsonl", '{"id": "j1", "text": "Fine text here."}\n{"id": "j2", "text": "broken\n')
    status, out, err = run(["score", "news.csv", "extra.jsonl", "--on-error", "skip", "-o", "s.csv"], capsys)
    assert status == 0
    assert [r["id"] for r in csv.DictReader(open("s.csv", encoding="utf-8"))] == ["ok1", "ok2", "j1"]
    lines = err.splitlines()
    assert "news.csv:3: field 'text' is empty" in lines
    assert any(line.startswith("extra.jsonl:2: malformed JSON (") for line in lines)
    assert lines[-1] == ("framing: scored 3 documents, written to s.csv; skipped 2 bad records "
                         "(listed in s.errors.jsonl)")
    assert "Traceback" not in err
    errors = jsonl("s.errors.jsonl")
    assert errors[0] == {"file": "news.csv", "line": 3, "field": "text", "message": "field 'text' is empty"}
    assert errors[1]["file"] == "extra.jsonl" and errors[1]["line"] == 2


def test_on_error_skip_writes_empty_errors_file_when_all_is_well(here, capsys):
    put("a.txt", ARTICLE_B)
    put("s.errors.jsonl", "stale\n")
    status, _, _ = run(["score", "a.txt", "--on-error", "skip", "-o", "s.csv", "-q"], capsys)
    assert status == 0
    assert Path("s.errors.jsonl").read_text() == ""


def test_on_error_fail_is_one_line_and_leaves_no_output(here, capsys):
    csv_file("news.csv", BAD_CSV_ROWS)
    status, out, err = run(["analyze", "news.csv", "-o", "out.jsonl"], capsys)
    assert status == 1
    assert_one_line_error(err, re.escape("news.csv:3: field 'text' is empty"))
    assert sorted(os.listdir(".")) == ["news.csv"]  # no output, no temporary file


def test_all_records_skipped_is_an_error(here, capsys):
    put("bad.jsonl", '{"id": 1, "text": ""}\n')
    status, _, err = run(["analyze", "bad.jsonl", "--on-error", "skip", "-o", "o.jsonl"], capsys)
    assert status == 1
    assert err.splitlines()[-1] == "framing: error: no documents left: all 1 records were skipped"


def test_analysis_failure_of_one_document(here, capsys, monkeypatch):
    real = Analyzer.analyze

    def fragile(self, text, doc_id=None, meta=None):
        if doc_id == "boom":
            raise RuntimeError("tokeniser exploded\non two lines")
        return real(self, text, doc_id=doc_id, meta=meta)

    stub_analyze(monkeypatch, fragile)
    csv_file("news.csv", [["ok", ARTICLE_B, "X"], ["boom", ARTICLE_C, "Y"]])
    status, _, err = run(["analyze", "news.csv", "-o", "o.jsonl"], capsys)
    assert status == 1
    assert_one_line_error(
        err,
        re.escape("news.csv:3: analysis of document 'boom' failed (RuntimeError: tokeniser exploded "
                  "on two lines); rerun with FRAMING_DEBUG=1 for the traceback, or with --on-error "
                  "skip to go on"),
    )
    status, _, err = run(["analyze", "news.csv", "-o", "o.jsonl", "--on-error", "skip"], capsys)
    assert status == 0
    assert [r["id"] for r in jsonl("o.jsonl")] == ["ok"]
    assert jsonl("o.errors.jsonl")[0]["message"].startswith("analysis of document 'boom' failed")


# ------------------------------------------------------------------------------ user errors


@pytest.mark.parametrize(
    "args, pattern",
    [
        (["analyze", "missing.txt"], r"missing\.txt: no such file or directory"),
        (["score", "data.csv"], r"data\.csv: no column 'text'; columns present: id, body"),
        (["analyze", "blob.txt"], r"blob\.txt: binary file \(NUL byte at byte 2\); expected UTF-8 text"),
        (["analyze", "data.xlsx"], r"data\.xlsx: cannot tell the input format from '\.xlsx'.*"),
        (["analyze", "data.csv", "-o", "data.csv"], r"data\.csv: the output would overwrite an input file"),
        (["lexicon", "show", "nope"], r"nope: no such lexicon; bundled lexicons are .*"),
    ],
)
def test_input_errors_exit_1_with_one_line(here, capsys, args, pattern):
    put("data.csv", "id,body\n1,x\n")
    put("data.xlsx", b"PK\x03\x04")
    put("blob.txt", b"ab\x00cd")
    status, out, err = run(args, capsys)
    assert status == 1
    assert_one_line_error(err, pattern)
    assert Path("data.csv").read_text() == "id,body\n1,x\n"


@pytest.mark.parametrize(
    "args, pattern",
    [
        ([], r"choose a command: analyze, score, lexicon.*"),
        (["analyze"], r"the following arguments are required: INPUT \(see 'framing analyze --help'\)"),
        (["analyze", "a.txt", "--on-error", "ignore"], r"argument --on-error: invalid choice: 'ignore'.*"),
        (["score", "a.txt", "--format", "xlsx"], r"argument --format: invalid choice: 'xlsx'.*"),
        (["frame"], r"argument COMMAND: invalid choice: 'frame'.*"),
        (["analyze", "a.txt", "--bogus"], r"unrecognized arguments: --bogus.*"),
        (["analyze", "-", "-"], r"standard input \(-\) can be read only once"),
        (["lexicon"], r"lexicon: choose an action: list, show, validate.*"),
    ],
)
def test_usage_errors_exit_2_with_one_line(here, capsys, args, pattern):
    put("a.txt", ARTICLE_B)
    status, out, err = run(args, capsys)
    assert status == 2
    assert_one_line_error(err, pattern)


def test_errors_in_a_real_process_have_no_traceback(here):
    put("blob.txt", b"\x00\x01\x02")
    for args, code in ((["analyze", "blob.txt"], 1), (["analyze", "--nope"], 2), (["score", "gone.csv"], 1)):
        proc = run_process(args, here)
        assert proc.returncode == code
        err = proc.stderr.decode()
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1 and err.startswith("framing: error: ")


def test_output_folder_is_an_error(here, capsys):
    put("a.txt", ARTICLE_B)
    os.mkdir("outdir")
    status, _, err = run(["analyze", "a.txt", "-o", "outdir"], capsys)
    assert status == 1
    assert_one_line_error(err, r"outdir: is a folder, expected a file name")


# ------------------------------------------------------------------------- help, version, lexicon


HELP_INVOCATIONS = [[name, "--help"] for name in COMMANDS] + [
    ["--help"], ["lexicon", "list", "--help"], ["lexicon", "show", "--help"]]


@pytest.mark.parametrize("args", HELP_INVOCATIONS, ids=" ".join)
def test_every_command_has_help(capsys, args):
    status, out, err = run(args, capsys)
    assert status == 0
    assert out.startswith("usage: framing")
    assert err == ""


def test_version(capsys):
    status, out, _ = run(["--version"], capsys)
    assert (status, out) == (0, f"framing {framing.__version__}\n")


def test_lexicon_list(capsys):
    from framing.lexicon import bundled_lexicons, load_lexicon

    status, out, _ = run(["lexicon", "list"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["LEXICON", "ENTRIES", "SHA256"]
    names = list(bundled_lexicons())
    assert len(lines) == len(names) + 1
    for name, line in zip(names, lines[1:]):
        lex = load_lexicon(name)
        assert line.split() == [f"{lex.name}@{lex.version}", str(len(lex.entries)), lex.sha256]
        assert re.fullmatch(r"[0-9a-f]{64}", lex.sha256)


def test_lexicon_show(capsys):
    from framing.lexicon import bundled_lexicons, load_lexicon

    name = bundled_lexicons()[0]
    lex = load_lexicon(name)
    status, out, _ = run(["lexicon", "show", name], capsys)
    assert status == 0
    assert f"version:     {lex.version}" in out
    assert f"sha256:      {lex.sha256}" in out
    assert "categories:" in out
    for category in lex.categories:
        assert f"  {category} (layer " in out


def test_console_script_entry_point_is_declared():
    from importlib.metadata import entry_points

    eps = entry_points()
    scripts = eps.select(group="console_scripts") if hasattr(eps, "select") else eps["console_scripts"]
    assert any(ep.name == "framing" and ep.value == "framing.cli:main" for ep in scripts)


def test_errors_path():
    assert errors_path("out/run.jsonl") == os.path.join("out", "run.errors.jsonl")
    assert errors_path("scores") == "scores.errors.jsonl"


def test_progress_bar_only_on_a_terminal(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert not cli.Progress(quiet=False, desc="x").enabled
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert not cli.Progress(quiet=True, desc="x").enabled
    bar = cli.Progress(quiet=False, desc="x")
    assert bar.enabled
    bar.close()


def test_doctests_of_the_cli_and_corpus_modules():
    import doctest

    import framing.corpus
    import framing.readability

    for module in (cli, framing.corpus, framing.readability):
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert result.failed == 0, module.__name__
        assert result.attempted > 0


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a shell for the pipe")
def test_broken_pipe_is_quiet(here):
    for i in range(30):
        put(f"c/{i:02d}.txt", ARTICLE_A)
    command = " ".join(f"'{c}'" for c in framing_command())
    proc = subprocess.run(f"{command} analyze c -q | head -c 10", shell=True, cwd=here,
                          capture_output=True, timeout=300)
    assert "Traceback" not in proc.stderr.decode()
    assert len(proc.stdout) == 10


# ------------------------------------------------------------------------- engine options


def test_score_and_analyze_document_the_engine_options(capsys):
    for name in ("score", "analyze"):
        status, out, _ = run([name, "--help"], capsys)
        assert status == 0
        for option in ("--jobs", "--engine {local,dask}", "--scheduler ADDR", "--chunk-size", "--resume"):
            assert option in out, (name, option)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")
def test_progress_bar_with_rate_and_eta_on_a_terminal(here):
    """On a terminal, stderr shows a tqdm bar with a total (counted in the background), the
    rate and an ETA; the summary line comes after it."""
    import fcntl
    import pty
    import struct
    import termios

    for i in range(12):
        put(f"c/{i:02d}.txt", ARTICLE_A)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    env = dict(os.environ)
    env.pop("FRAMING_DEBUG", None)
    proc = subprocess.Popen(framing_command() + ["score", "c", "-o", "s.csv", "--chunk-size", "2"],
                            cwd=here, stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the terminal closed
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=300) == 0
    os.close(master)
    screen = b"".join(chunks).decode("utf-8", "replace").replace("\r", "\n")
    bars = [line for line in screen.splitlines() if line.startswith("scored:")]
    assert any(re.search(r"\d+/12 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+(doc/s|s/doc)", b) for b in bars), screen
    assert screen.rstrip().endswith("framing: scored 12 documents, written to s.csv")


def test_quiet_run_prints_nothing(here, capsys):
    put("a.txt", ARTICLE_B)
    assert run(["score", "a.txt", "-o", "s.csv", "-q", "--jobs", "2"], capsys) == (0, "", "")


@pytest.mark.parametrize("argv", [["predict", "m.skops"], ["tag-attribution", "--model", "m.skops"]])
def test_output_that_would_overwrite_the_model_is_refused(here, capsys, argv):
    put(here / "doc.txt", "Officials said the plan would fail.")
    put(here / "m.skops", "not really a model")
    status, out, err = run(argv + ["doc.txt", "-o", "m.skops"], capsys)
    assert status != 0
    assert err.strip().splitlines() == ["framing: error: m.skops: the output would overwrite the model"]
    assert (here / "m.skops").read_text() == "not really a model"


# ---------------------------------------------------------------- settings on the command line

MFD_LIKE = """[lexicon]
name = "moral"
version = "1.0"
format = 2
[categories.care_virtue]
layer = "moral"
definition = "Care."
[categories.loyalty_vice]
layer = "moral"
definition = "Betrayal."
[categories.sanctity_vice]
layer = "moral"
definition = "Degradation."
%% entries
compassion\tcare_virtue
betray*\tloyalty_vice,sanctity_vice
"""


def test_lexicon_option_on_score_analyze_compare_and_demo(here, capsys):
    put("moral.lex", MFD_LIKE)
    rows = [[f"{o}{k}", ("He betrayed the party. " if o == "A" else "Compassion won. ") * (k + 1), o]
            for o in "AB" for k in range(4)]
    csv_file("news.csv", rows)
    status, _, err = run(["score", "news.csv", "-o", "s.csv", "--lexicon", "moral.lex", "-q"], capsys)
    assert status == 0, err
    row = next(csv.DictReader(open("s.csv", encoding="utf-8")))
    cats = [c for c in row if c.startswith("moral_")]
    assert {"moral_care_virtue_per_1k", "moral_loyalty_vice_per_1k",
            "moral_sanctity_vice_per_1k"} <= set(cats)
    assert "loaded_per_1k" not in row  # the given lexicons replace the defaults
    assert float(row["moral_loyalty_vice_per_1k"]) == float(row["moral_sanctity_vice_per_1k"]) > 0
    status, _, err = run(["analyze", "news.csv", "-o", "a.jsonl", "--lexicon", "default",
                          "--lexicon", "moral.lex", "--attribution", "off", "-q"], capsys)
    assert status == 0, err
    rec = jsonl("a.jsonl")[0]
    assert "loaded_per_1k" in rec["scores"] and "attributions" not in rec["scores"]
    assert "+moral@1.0#" in rec["signature"] and rec["signature"].endswith("attribution:off")
    [sp] = [s for s in rec["spans"] if s["layer"] == "moral"][:1]
    assert sp["categories"] == ["loyalty_vice", "sanctity_vice"]
    status, _, err = run(["compare", "news.csv", "--group-column", "outlet", "-o", "rep",
                          "--lexicon", "moral.lex", "--resamples", "50", "--evidence", "0",
                          "--min-group-size", "1", "-q"], capsys)
    assert status == 0, err
    measures = {r["measure"] for r in csv.DictReader(open("rep/tables/group_summary.csv"))}
    assert {"moral_care_virtue_per_1k", "moral_loyalty_vice_per_1k"} <= measures
    sig = Path("rep/signature.txt").read_text()
    assert "lex:moral@1.0#" in sig
    assert "moral@1.0" in Path("rep/report.md").read_text(encoding="utf-8")
    status, _, err = run(["demo", "-o", "demo", "--lexicon", "default", "--lexicon", "moral.lex",
                          "--resamples", "50", "-q"], capsys)
    assert status == 0, err
    assert "moral@1.0#" in Path("demo/signature.txt").read_text()


def test_a_bad_lexicon_option_is_a_one_line_error(here, capsys):
    csv_file("news.csv", [["a", ARTICLE_B, "X"]])
    status, _, err = run(["score", "news.csv", "--lexicon", "nope"], capsys)
    assert status == 1
    assert_one_line_error(err, r"nope: no such lexicon; bundled lexicons are .*")
    put("bad.lex", "[lexicon]\nname='b'\nversion='1'\n[categories.x]\nlayer='l'\ndefinition='d'\n"
                   "%% entries\nfoo\ty\n")
    status, _, err = run(["score", "news.csv", "--lexicon", "bad.lex"], capsys)
    assert status == 1
    assert_one_line_error(err, r"bad.lex:8: category 'y' is not defined in the header; .*")
    status, _, err = run(["score", "news.csv", "--attribution", "off", "--attribution-lexicon",
                          "attribution"], capsys)
    assert status == 2


def test_an_internal_error_is_one_line_with_exit_70(here, capsys, monkeypatch):
    def bug(args):
        raise KeyError("oops")

    monkeypatch.setitem(COMMANDS, "lexicon", COMMANDS["lexicon"].__class__(
        "lexicon", "x", COMMANDS["lexicon"].configure, bug))
    status, _, err = run(["lexicon", "list"], capsys)
    assert status == 70
    assert err.splitlines() == ["framing: internal error: KeyError: 'oops' (a bug in framing; "
                                "rerun with --debug for the traceback and report it)"]
    with pytest.raises(KeyError):
        main(["lexicon", "list", "--debug"])
    with pytest.raises(KeyError):
        main(["--debug", "lexicon", "list"])


def test_the_errors_file_is_named_as_the_help_says(capsys):
    assert main(["score", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    example = re.search(r"\((\S+\.csv): (\S+\.errors\.jsonl)\)", help_text)
    assert example, help_text
    assert errors_path(example.group(1)) == example.group(2)


@pytest.mark.parametrize("preset, expected", [(None, "1"), ("3", "3")])
def test_one_blas_thread_per_process_unless_the_user_sets_it(preset, expected):
    """framing parallelises with processes: the command line asks BLAS for one thread each
    (before numpy loads), and keeps a count the user set."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if preset:
        env["OPENBLAS_NUM_THREADS"] = preset
    code = ("import os, sys\nfrom framing.cli import main\nmain(['--version'])\n"
            "import numpy\nprint(os.environ['OPENBLAS_NUM_THREADS'])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)
    assert out.stdout.splitlines()[-1] == expected


def test_score_and_analyze_print_the_data_checks(tmp_path, capsys):
    """Issue 12: score shares compare's data checks (duplicates, not in English, near-empty),
    and a resumed run still reports the documents of its finished chunks."""
    import json

    german = ("Die Bundesregierung hat am Montag in Berlin ein neues Klimapaket vorgestellt. Die "
              "Opposition kritisierte die Vorschläge als unzureichend und sprach von einem "
              "Wahlkampfmanöver. Der Umweltminister verteidigte die Pläne vor Journalisten.")
    long = "The council said on Monday that the new budget may be delayed until the spring."
    unclosed = 'He said "this never ends, and it goes on.\n\nThe next paragraph is the author again.'
    docs = [("a", long), ("b", long), ("de", german), ("s", "Short."), ("u", unclosed)]
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs), encoding="utf-8")
    for command in ("score", "analyze"):
        assert main([command, str(src), "-o", str(tmp_path / f"out.{command}"), "-q",
                     "--chunk-size", "1"]) == 0
        err = capsys.readouterr().err.splitlines()
        assert err == [
            "framing: warning: 1 document repeats the exact text of an earlier one (e.g. b = a); "
            "all are kept",
            "framing: warning: 1 document is not in English (de 1; e.g. de (de)); its measures "
            "are left empty",
            "framing: warning: 1 document has fewer than 10 words (e.g. s); their rates and "
            "shares rest on few words or are missing",
            "framing: warning: 1 document has a quotation mark that is never closed (e.g. u); "
            "each such quotation ends with its paragraph"], command
    # a finished chunk keeps its notes in its marker, so that --resume reports them
    from framing.corpus import Document
    from framing.engine import Chunk, Outcome, _WorkDir

    manifest = {"format": "framing-work/2", "task": "score"}
    work = _WorkDir.open(tmp_path / "out.csv.work", manifest, resume=False)
    chunk = Chunk(0, [Document("x", "Short."), Document("de", german), Document("y", long)])
    outcomes = [Outcome(True, "x,1", columns=("id",), n_words=1),
                Outcome(True, "de,30", columns=("id",), language="de", n_words=30),
                Outcome(True, "y,15", columns=("id",), n_words=15, unclosed_quotes=1)]
    work.commit(chunk, outcomes, [], ["id"])
    again = _WorkDir(tmp_path / "out.csv.work", manifest)
    again._load_markers()
    assert again.notes(chunk) == [(0, "", 1, 0), (1, "de", 30, 0), (2, "", 15, 1)]
