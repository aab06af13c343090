"""Experiment: `framing score` before and after a change, measured back to back.

Two questions, on the same real news (PolNeAR articles, cut to the sizes asked for):

1. **Same output?** Both versions score the corpus with their default settings; the CSVs are
   compared column by column: columns added or removed, and for every common column the cells
   that differ (with examples). A refactor must leave every cell alone except where a change is
   intended (each such column is listed in CHANGELOG.md).
2. **Same speed?** CPU time (user + system) of whole ``framing score`` processes, the two
   versions alternating, ``--repeats`` times each, per MB of text; the median is reported.
   Then, for the version under test, ``--jobs 2``: how much of the CPU time the parent process
   spends (reading, pickling, merging, writing) against the workers' analysis: parent
   ``getrusage(RUSAGE_SELF)`` against ``RUSAGE_CHILDREN``, in a process that runs the command
   line in-process.

Usage (from the project root; the "before" version installed in its own environment)::

    git worktree add ../framing-before <commit>
    python -m venv ../venv-before && ../venv-before/bin/pip install ../framing-before
    python experiments/score_cpu.py --before ../venv-before/bin/python --out reports/refactor

Writes ``README.md`` (tables and commands), ``runs.csv`` (every process measured) and
``differences.csv`` (every differing column) into ``--out``; no corpus text.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear"
MB = 1_000_000

#: Runs ``framing`` in this process and prints the CPU seconds of this process and of its
#: (finished) children: with ``--jobs 2`` the children are the worker processes.
RUSAGE_SCRIPT = r"""
import json, resource, sys
from framing.cli import main
status = main(sys.argv[1:])
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"status": status, "parent": me.ru_utime + me.ru_stime,
                  "children": kids.ru_utime + kids.ru_stime}), file=sys.stderr)
"""


def log(message: str) -> None:
    print(f"[score_cpu] {message}", file=sys.stderr, flush=True)


def build_corpus(data: Path, megabytes: float, path: Path) -> Dict[str, Any]:
    """PolNeAR train then dev articles, whole, in file-name order, with their publisher and
    date, until the texts hold ``megabytes`` (UTF-8); cycled (ids ``NAME#k``) when the corpus
    is smaller than that."""
    meta: Dict[str, Dict[str, str]] = {}
    with open(data / "metadata.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            meta[r["filename"]] = r
    files = [p for split in ("train", "dev") for p in sorted((data / split / "text").glob("*.txt"))]
    size = docs = 0
    with open(path, "w", encoding="utf-8") as out:
        while size < megabytes * MB:
            p = files[docs % len(files)]
            text = p.read_text(encoding="utf-8")
            m = meta.get(p.stem, {})
            doc_id = p.stem if docs < len(files) else f"{p.stem}#{docs // len(files)}"
            out.write(json.dumps({"id": doc_id, "text": text, "publisher": m.get("publisher"),
                                  "date": m.get("publication_date")}, ensure_ascii=False) + "\n")
            size += len(text.encode("utf-8"))
            docs += 1
    return {"path": path, "megabytes": size / MB, "documents": docs}


#: The environment of the measured processes: bytecode caching on (as after ``pip install``),
#: whatever the shell says, so that no version pays for compiling its sources on every run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cpu_run(python: str, args: Sequence[str]) -> Dict[str, Any]:
    """CPU seconds (user + system) of a whole ``python -m framing.cli ARGS`` process tree."""
    before = os.times()
    start = time.perf_counter()
    # from a neutral folder: ``-m`` puts the working folder first on sys.path
    done = subprocess.run([python, "-m", "framing.cli", *args], capture_output=True, text=True,
                          cwd=tempfile.gettempdir(), env=ENV)
    wall = time.perf_counter() - start
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"{python} -m framing.cli {' '.join(args)} failed: {done.stderr.strip()}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {"cpu_s": cpu, "wall_s": wall}


def parent_share(python: str, args: Sequence[str]) -> Dict[str, Any]:
    done = subprocess.run([python, "-c", RUSAGE_SCRIPT, *args], capture_output=True, text=True,
                          cwd=tempfile.gettempdir(), env=ENV)
    usage = json.loads(done.stderr.strip().splitlines()[-1])
    if usage["status"] != 0:
        raise SystemExit(f"framing {' '.join(args)} failed: {done.stderr.strip()}")
    return usage


def compare_csv(before: Path, after: Path) -> Dict[str, Any]:
    with open(before, encoding="utf-8", newline="") as f:
        a = list(csv.DictReader(f))
    with open(after, encoding="utf-8", newline="") as f:
        b = list(csv.DictReader(f))
    ca, cb = list(a[0]), list(b[0])
    common = [c for c in ca if c in cb]
    diffs: Dict[str, List[Any]] = {}
    for x, y in zip(a, b):
        if x["id"] != y["id"]:
            raise SystemExit(f"rows are in another order: {x['id']} / {y['id']}")
        for c in common:
            if x[c] != y[c]:
                diffs.setdefault(c, []).append((x["id"], x[c], y[c]))
    return {
        "rows": (len(a), len(b)),
        "removed": [c for c in ca if c not in cb],
        "added": [c for c in cb if c not in ca],
        "order_kept": [c for c in cb if c in ca] == common,
        "differences": diffs,
        "identical_bytes": before.read_bytes() == after.read_bytes(),
    }


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, metavar="PYTHON",
                        help="a Python interpreter with the earlier framing installed")
    parser.add_argument("--after", default=sys.executable, metavar="PYTHON",
                        help="a Python interpreter with the framing under test (default: this one)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the PolNeAR folder")
    parser.add_argument("--sizes", type=float, nargs="+", default=[4.0], metavar="MB")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each version (alternating)")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "refactor")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="framing-score-cpu-"))
    runs: List[Dict[str, Any]] = []
    results = []
    for size in args.sizes:
        corpus = build_corpus(args.data, size, scratch / f"polnear-{size:g}mb.jsonl")
        outs = {v: scratch / f"{v}-{size:g}.csv" for v in ("before", "after")}
        for python in (args.before, args.after):  # warm-up: bytecode written, files cached
            cpu_run(python, ["score", str(corpus["path"]), "-o", str(scratch / "warm-up.csv"), "-q"])
        for k in range(args.repeats):
            for version, python in (("before", args.before), ("after", args.after)):
                r = cpu_run(python, ["score", str(corpus["path"]), "-o", str(outs[version]), "-q"])
                runs.append({"version": version, "corpus_mb": round(corpus["megabytes"], 3),
                             "repeat": k, "jobs": 1, **{x: round(y, 3) for x, y in r.items()}})
                log(f"{version} {corpus['megabytes']:.2f} MB: {r['cpu_s']:.2f} CPU s")
        diff = compare_csv(outs["before"], outs["after"])
        usage = parent_share(args.after, ["score", str(corpus["path"]), "-o",
                                          str(scratch / f"j2-{size:g}.csv"), "--jobs", "2", "-q"])
        cpu = {v: statistics.median(r["cpu_s"] for r in runs if r["version"] == v
                                    and r["corpus_mb"] == round(corpus["megabytes"], 3))
               for v in ("before", "after")}
        results.append({"corpus": corpus, "cpu": cpu, "diff": diff, "usage": usage})
    write_report(args, results, runs)
    return 0


def write_report(args: argparse.Namespace, results: List[Dict[str, Any]], runs: List[Dict[str, Any]]) -> None:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "runs.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, list(runs[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(runs)
    with open(out / "differences.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["corpus_mb", "column", "cells_differing", "example_id", "before", "after"])
        for r in results:
            for col, d in r["diff"]["differences"].items():
                w.writerow([round(r["corpus"]["megabytes"], 3), col, len(d), *d[0]])
    version = lambda py: subprocess.run([py, "-m", "framing.cli", "--version"], capture_output=True,  # noqa: E731
                                        text=True, cwd=tempfile.gettempdir()).stdout.strip()
    lines = ["# `framing score` before and after: output and CPU time", "",
             "Generated by `experiments/score_cpu.py`: the two versions score the same PolNeAR articles "
             "with their default settings, alternating, on one machine "
             f"({os.cpu_count()} CPUs, {platform.platform()}, load average now "
             f"{[round(x, 2) for x in os.getloadavg()]}).", "",
             f"- before: `{args.before}` ({version(args.before)})",
             f"- after: `{args.after}` ({version(args.after)})", ""]
    for r in results:
        c, d, u = r["corpus"], r["diff"], r["usage"]
        mb = c["megabytes"]
        lines += [f"## {mb:.2f} MB, {c['documents']} documents", "",
                  f"**CPU time** (median of {args.repeats} whole processes each, user + system): before "
                  f"{r['cpu']['before']:.2f} s ({r['cpu']['before'] / mb:.3f} s per MB), after "
                  f"{r['cpu']['after']:.2f} s ({r['cpu']['after'] / mb:.3f} s per MB): after/before = "
                  f"**{r['cpu']['after'] / r['cpu']['before']:.3f}**.", "",
                  f"**`--jobs 2`** (after): the parent process used {u['parent']:.2f} CPU s, the workers "
                  f"{u['children']:.2f} CPU s: the parent's share is "
                  f"**{u['parent'] / (u['parent'] + u['children']):.1%}** of the CPU time.", "",
                  f"**Output**: {d['rows'][0]} rows before, {d['rows'][1]} after; byte-identical: "
                  f"{'yes' if d['identical_bytes'] else 'no'}; columns removed: {d['removed'] or 'none'}; "
                  f"{len(d['added'])} columns added; the common columns keep their order: "
                  f"{'yes' if d['order_kept'] else 'no'}.", ""]
        if d["added"]:
            lines += ["Columns added: " + ", ".join(f"`{x}`" for x in d["added"]), ""]
        if d["differences"]:
            lines += ["| common column | cells that differ | example (id: before → after) |", "|---|---|---|"]
            for col, diffs in d["differences"].items():
                i, x, y = diffs[0]
                lines.append(f"| `{col}` | {len(diffs)} | {i}: `{x or '(empty)'}` → `{y or '(empty)'}` |")
            lines.append("")
        else:
            lines += ["Every cell of every common column is identical.", ""]
    lines += ["## Reproduce", "", "```",
              f"python experiments/score_cpu.py --before PYTHON_WITH_EARLIER_FRAMING "
              f"--sizes {' '.join(f'{s:g}' for s in args.sizes)} --repeats {args.repeats}",
              "```", "", "Every process: `runs.csv`; every differing column: `differences.csv`.", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
