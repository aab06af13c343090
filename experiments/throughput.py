"""Experiment: throughput and memory of ``framing score``, side by side with Empath.

Measures, in one run and on the same real news texts (PolNeAR train articles, replicated to the
corpus sizes asked for):

* ``framing score`` as a whole process (start-up included), one job, and Empath 0.89
  (``Empath().analyze(text, normalize=True)`` on every text, also as a whole process): MB/s,
  documents/s and the ratio framing/Empath, at each corpus size, by wall time and by CPU time
  (user + system, which depends less on other work on a shared machine);
* ``--jobs 1`` against ``--jobs 2`` (speed-up, and whether the outputs are byte-identical);
* peak RSS of ``framing score --jobs 1`` on the smallest and the largest corpus (``/usr/bin/time
  -v``; without GNU time, ``getrusage`` of a wrapper process), and their ratio (target < 1.5);
* one single 20 MB document (``.txt``) scored by a whole process, with a time limit (target < 60 s).

It measures whatever the installed code does when it runs; nothing is tuned here. Timings
depend on the machine and on its load, which the report states (CPU count, load average before
the run).

Usage (from the project root)::

    python experiments/throughput.py [--data ../shared/data/polnear/train/text] [--sizes 4 16]
                                     [--out reports/throughput] [--big-mb 20] [--big-timeout 300]

Writes ``reports/throughput/``: ``README.md`` (the tables and the conclusions), ``throughput.csv``
(one row per measured process), ``signature.txt`` (what was measured, with which versions), and
no corpus text.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
DEFAULT_OUT = ROOT / "reports" / "throughput"
MB = 1_000_000  # corpus sizes are decimal megabytes of UTF-8 text
TARGET_RATIO = 10.0  # issue 6: at least 10x Empath's throughput
TARGET_RSS_RATIO = 1.5  # issue 6: peak RSS(16 MB) < 1.5 x peak RSS(4 MB)
TARGET_BIG_SECONDS = 60.0  # issue 6: one 20 MB document in under 60 s
TARGET_MODEL_MBS = 1.0  # issue 11: with the tagger (the default backend), MB/s on one core
TARGET_MODEL_RATIO = 0.7  # issue 11: and at least 0.7x Empath in the same run

EMPATH_SCRIPT = r"""
import json, sys
from empath import Empath
lexicon = Empath()
n = 0
total = 0.0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        scores = lexicon.analyze(json.loads(line)["text"], normalize=True)
        total += sum(scores.values())
        n += 1
print(json.dumps({"documents": n, "checksum": round(total, 6)}))
"""

# Peak RSS of a child when GNU time is missing: a wrapper that runs the command and reports
# getrusage(RUSAGE_CHILDREN).ru_maxrss (the largest child, like GNU time's figure).
RUSAGE_WRAPPER = r"""
import resource, subprocess, sys
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def log(message: str) -> None:
    print(f"[throughput] {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------ corpora


def load_texts(folder: Path) -> List[Dict[str, str]]:
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"{folder}: no .txt files (give the PolNeAR train/text folder with --data)")
    return [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in files]


def build_corpus(texts: Sequence[Dict[str, str]], megabytes: float, path: Path) -> Dict[str, Any]:
    """A JSONL corpus of whole articles, cycled in order until the texts hold ``megabytes``."""
    target = int(megabytes * MB)
    size = docs = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            for item in texts:
                copy = docs // len(texts)
                f.write(json.dumps({"id": f"{item['id']}#{copy}", "text": item["text"]}, ensure_ascii=False) + "\n")
                size += len(item["text"].encode("utf-8"))
                docs += 1
                if size >= target:
                    break
    return {"path": path, "megabytes": size / MB, "documents": docs}


def build_big_document(texts: Sequence[Dict[str, str]], megabytes: float, path: Path) -> float:
    """One .txt document: the articles joined by blank lines, cut at ``megabytes`` (UTF-8)."""
    block = "\n\n".join(t["text"] for t in texts) + "\n\n"
    data = (block * (int(megabytes * MB) // len(block.encode("utf-8")) + 1)).encode("utf-8")[: int(megabytes * MB)]
    path.write_bytes(data.decode("utf-8", "ignore").encode("utf-8"))
    return path.stat().st_size / MB


# ----------------------------------------------------------------------------------- measuring


def gnu_time() -> Optional[str]:
    path = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    if path is None:
        return None
    probe = subprocess.run([path, "-v", "true"], capture_output=True, text=True)
    return path if "Maximum resident set size" in probe.stderr else None


def measure(command: Sequence[str], timeout: float, time_binary: Optional[str]) -> Dict[str, Any]:
    """Run ``command`` as a whole process: wall time, peak RSS (MB), exit status."""
    if time_binary:
        full = [time_binary, "-v"] + list(command)
    else:
        full = [sys.executable, "-c", RUSAGE_WRAPPER] + list(command)
    start = time.perf_counter()
    try:
        proc = subprocess.run(full, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"wall_s": time.perf_counter() - start, "rss_mb": None, "status": "timeout", "stdout": "",
                "cpu_s": None, "cpu_percent": None}
    wall = time.perf_counter() - start
    rss = cpu = percent = None
    if time_binary:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        rss = int(m.group(1)) / 1024 if m else None
        user = re.search(r"User time \(seconds\): ([\d.]+)", proc.stderr)
        system = re.search(r"System time \(seconds\): ([\d.]+)", proc.stderr)
        cpu = float(user.group(1)) + float(system.group(1)) if user and system else None
        pct = re.search(r"Percent of CPU this job got: (\d+)%", proc.stderr)
        percent = int(pct.group(1)) if pct else None
    else:
        last = proc.stderr.strip().splitlines()[-1:] or [""]
        rss = int(last[0]) / 1024 if last[0].isdigit() else None
    status = "ok" if proc.returncode == 0 else f"exit {proc.returncode}: {proc.stderr.strip().splitlines()[-1:] }"
    return {"wall_s": wall, "rss_mb": rss, "status": status, "stdout": proc.stdout, "cpu_s": cpu,
            "cpu_percent": percent}


def framing_command(args: Sequence[str]) -> List[str]:
    return [sys.executable, "-m", "framing.cli"] + list(args)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


# ------------------------------------------------------------------------------------- report


def fmt(x: Any, digits: int = 2) -> str:
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x)


def versions() -> Dict[str, str]:
    from importlib import metadata

    out = {"python": platform.python_version()}
    for pkg in ("framing", "empath", "dask", "distributed"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of news .txt files (PolNeAR train/text)")
    parser.add_argument("--sizes", type=float, nargs="+", default=[4.0, 16.0], metavar="MB",
                        help="corpus sizes in MB of text (default: 4 16); RSS compares the first and the last")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="report folder (default: reports/throughput)")
    parser.add_argument("--big-mb", type=float, default=20.0, help="size of the single large document (0: skip)")
    parser.add_argument("--big-timeout", type=float, default=300.0, help="seconds allowed for the large document")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds allowed for each other run")
    parser.add_argument("--scratch", type=Path, default=None, help="where corpora are built (default: a temp folder)")
    parser.add_argument("--attribution", choices=("rules", "model"), default="model",
                        help="framing's attribution backend (default: model, framing's default)")
    args = parser.parse_args(argv)

    import framing

    texts = load_texts(args.data)
    time_binary = gnu_time()
    scratch = Path(args.scratch or tempfile.mkdtemp(prefix="framing-throughput-"))
    scratch.mkdir(parents=True, exist_ok=True)
    machine = {"cpus": os.cpu_count(), "load_before": [round(x, 2) for x in os.getloadavg()],
               "platform": platform.platform(), "rss_tool": "GNU time -v" if time_binary else "getrusage wrapper"}
    log(f"{len(texts)} source articles; scratch {scratch}; machine {machine}")

    backend = ["--attribution", args.attribution]
    rows: List[Dict[str, Any]] = []
    corpora = {}
    for size in args.sizes:
        corpora[size] = build_corpus(texts, size, scratch / f"corpus-{size:g}mb.jsonl")
    one = build_corpus(texts[:1], 0.000001, scratch / "one-doc.jsonl")

    def record(tool: str, corpus: Dict[str, Any], jobs: Optional[int], m: Dict[str, Any], note: str = "") -> Dict[str, Any]:
        ok = m["status"] == "ok"
        row = {
            "tool": tool, "corpus_mb": round(corpus["megabytes"], 3), "documents": corpus["documents"],
            "jobs": jobs if jobs is not None else "", "wall_s": round(m["wall_s"], 3),
            "mb_per_s": round(corpus["megabytes"] / m["wall_s"], 4) if ok else None,
            "docs_per_s": round(corpus["documents"] / m["wall_s"], 2) if ok else None,
            "peak_rss_mb": round(m["rss_mb"], 1) if m["rss_mb"] is not None else None,
            "cpu_s": round(m["cpu_s"], 2) if m.get("cpu_s") is not None else None,
            "cpu_percent": m.get("cpu_percent"),
            "status": m["status"], "note": note,
        }
        rows.append(row)
        log(f"{tool} jobs={jobs} {corpus['megabytes']:.1f} MB: {m['wall_s']:.1f} s, "
            f"{row['mb_per_s']} MB/s, RSS {row['peak_rss_mb']} MB ({m['status']})")
        return row

    # start-up of each tool (one short document), to separate fixed from per-MB costs
    record("framing", one, 1, measure(framing_command(["score", str(one["path"]), "-o", str(scratch / "one.csv"), "-q", *backend]),
                                     args.timeout, time_binary), "start-up: one document")
    record("empath", one, None, measure([sys.executable, "-c", EMPATH_SCRIPT, str(one["path"])], args.timeout, time_binary),
           "start-up: one document")

    hashes = {}
    for size, corpus in corpora.items():
        for jobs in (1, 2):
            out = scratch / f"scores-{size:g}mb-j{jobs}.csv"
            m = measure(framing_command(["score", str(corpus["path"]), "-o", str(out), "--jobs", str(jobs), "-q",
                                         *backend]),
                        args.timeout, time_binary)
            record("framing", corpus, jobs, m)
            hashes[(size, jobs)] = sha256(out)
        m = measure([sys.executable, "-c", EMPATH_SCRIPT, str(corpus["path"])], args.timeout, time_binary)
        record("empath", corpus, None, m)

    big = None
    if args.big_mb > 0:
        big_path = scratch / "big-document.txt"
        big_mb = build_big_document(texts, args.big_mb, big_path)
        m = measure(framing_command(["score", str(big_path), "-o", str(scratch / "big.csv"), "-q", *backend]), args.big_timeout,
                    time_binary)
        big = record("framing", {"megabytes": big_mb, "documents": 1}, 1, m, "one single document")

    machine["load_after"] = [round(x, 2) for x in os.getloadavg()]
    write_report(args, rows, hashes, corpora, big, machine,
                 framing.signature(attribution_backend=args.attribution))
    if not args.scratch:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def write_report(args: argparse.Namespace, rows: List[Dict[str, Any]], hashes: Dict[Any, str],
                 corpora: Dict[float, Dict[str, Any]], big: Optional[Dict[str, Any]], machine: Dict[str, Any],
                 analyzer_signature: str) -> None:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    columns = ["tool", "corpus_mb", "documents", "jobs", "wall_s", "mb_per_s", "docs_per_s", "peak_rss_mb", "cpu_s",
               "cpu_percent", "status", "note"]
    with open(out / "throughput.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, columns, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: "" if r[k] is None else r[k] for k in columns})

    def find(tool: str, mb: float, jobs: Any) -> Optional[Dict[str, Any]]:
        for r in rows:
            if r["tool"] == tool and r["note"] == "" and r["corpus_mb"] == round(corpora[mb]["megabytes"], 3) and \
                    (jobs is None or r["jobs"] == jobs):
                return r
        return None

    start_f = next(r for r in rows if r["tool"] == "framing" and r["note"].startswith("start-up"))
    start_e = next(r for r in rows if r["tool"] == "empath" and r["note"].startswith("start-up"))
    sizes = list(corpora)
    lines = [
        "# Throughput and memory of `framing score`, with Empath as the baseline",
        "",
        "Generated by `experiments/throughput.py`; every figure is a whole process (start-up included),",
        "measured on this machine in one run. Texts: PolNeAR train articles (real US political news),",
        f"corpora built by cycling the {len(list(Path(args.data).glob('*.txt')))} articles (whole, in file-name order) to the sizes below",
        "(size = UTF-8 bytes of the texts, 1 MB = 10^6 bytes).",
        "",
        f"Machine: {machine['cpus']} CPUs, {machine['platform']}; load average before the run "
        f"{machine['load_before']}, after {machine['load_after']} (a shared machine: timings vary with its load).",
        f"Peak RSS measured with {machine['rss_tool']}.",
        "",
        "## framing against Empath (one job each)",
        "",
        "| corpus | documents | framing s | framing MB/s | framing docs/s | Empath s | Empath MB/s | Empath docs/s | ratio (framing/Empath) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    ratios = []
    for mb in sizes:
        f1, e = find("framing", mb, 1), find("empath", mb, None)
        if f1 is None or e is None:
            continue
        ratio = (f1["mb_per_s"] / e["mb_per_s"]) if f1["mb_per_s"] and e["mb_per_s"] else None
        ratios.append(ratio)
        lines.append(f"| {corpora[mb]['megabytes']:.1f} MB | {corpora[mb]['documents']} | {fmt(f1['wall_s'], 1)} | "
                     f"{fmt(f1['mb_per_s'], 3)} | {fmt(f1['docs_per_s'], 1)} | {fmt(e['wall_s'], 1)} | {fmt(e['mb_per_s'], 3)} | "
                     f"{fmt(e['docs_per_s'], 1)} | {fmt(ratio, 3)} |")
    lines += [
        "",
        f"Start-up (one short document): framing {start_f['wall_s']:.2f} s, Empath {start_e['wall_s']:.2f} s. "
        "Without it (wall time minus start-up):",
        "",
    ]
    for mb in sizes:
        f1, e = find("framing", mb, 1), find("empath", mb, None)
        if f1 is None or e is None or f1["status"] != "ok" or e["status"] != "ok":
            continue
        fs = corpora[mb]["megabytes"] / max(f1["wall_s"] - start_f["wall_s"], 1e-9)
        es = corpora[mb]["megabytes"] / max(e["wall_s"] - start_e["wall_s"], 1e-9)
        lines.append(f"- {corpora[mb]['megabytes']:.1f} MB: framing {fs:.3f} MB/s, Empath {es:.3f} MB/s, ratio {fs / es:.3f}")
    lines += ["", "CPU time (user + system, GNU time) is less sensitive than wall time to other work on a shared",
              "machine:", ""]
    for mb in sizes:
        f1, e = find("framing", mb, 1), find("empath", mb, None)
        if f1 is None or e is None or not f1.get("cpu_s") or not e.get("cpu_s"):
            continue
        fc = corpora[mb]["megabytes"] / f1["cpu_s"]
        ec = corpora[mb]["megabytes"] / e["cpu_s"]
        lines.append(f"- {corpora[mb]['megabytes']:.1f} MB: framing {f1['cpu_s']:.1f} CPU s ({fc:.3f} MB per CPU second), "
                     f"Empath {e['cpu_s']:.1f} CPU s ({ec:.3f}), ratio {fc / ec:.3f}")
    lines.append("")
    best = max((r for r in ratios if r is not None), default=None)
    if best is not None:
        verdict = "meets" if best >= TARGET_RATIO else "does not meet"
        lines.append(f"**Target (at least {TARGET_RATIO:g}x Empath): {verdict} it** (best ratio {best:.3f}). "
                     "framing does far more per document than Empath's word counting (sentence and token "
                     "offsets, multi-word lexicon matching with voice, attribution extraction, readability).")
    if args.attribution == "model":  # issue 11: the default (tagger) backend's targets
        one_core = [corpora[mb]["megabytes"] / find("framing", mb, 1)["wall_s"] for mb in sizes
                    if find("framing", mb, 1) and find("framing", mb, 1)["status"] == "ok"]
        best_mbs = max(one_core, default=None)
        if best_mbs is not None and best is not None:
            ok = best_mbs >= TARGET_MODEL_MBS and best >= TARGET_MODEL_RATIO
            lines += ["", f"**Targets with the tagger (at least {TARGET_MODEL_MBS:g} MB/s on one core and "
                      f"{TARGET_MODEL_RATIO:g}x Empath, whole process): {'meets' if ok else 'does not meet'} "
                      f"them** (best {best_mbs:.3f} MB/s, ratio {best:.3f})."]
    lines += ["", "## Scaling: `--jobs 1` against `--jobs 2`", "",
              "CPU % is the share of one core the process tree received (GNU time): with 2 jobs on 2 idle",
              "cores it approaches 200%; less means the cores were busy with other work.", "",
              "| corpus | jobs 1 s | jobs 2 s | speed-up | CPU % (jobs 1 / jobs 2) | outputs byte-identical |",
              "|---|---|---|---|---|---|"]
    for mb in sizes:
        a, b = find("framing", mb, 1), find("framing", mb, 2)
        if a is None or b is None:
            continue
        speedup = a["wall_s"] / b["wall_s"] if a["status"] == b["status"] == "ok" else None
        same = hashes.get((mb, 1)) and hashes.get((mb, 1)) == hashes.get((mb, 2))
        lines.append(f"| {corpora[mb]['megabytes']:.1f} MB | {a['wall_s']:.1f} | {b['wall_s']:.1f} | {fmt(speedup)} | "
                     f"{fmt(a['cpu_percent'])} / {fmt(b['cpu_percent'])} | {'yes' if same else 'NO'} |")
    lines += ["", "## Memory: peak RSS (`--jobs 1`)", "",
              "| corpus | peak RSS MB |", "|---|---|"]
    for mb in sizes:
        r = find("framing", mb, 1)
        if r is not None:
            lines.append(f"| {corpora[mb]['megabytes']:.1f} MB | {fmt(r['peak_rss_mb'], 1)} |")
    small, large = find("framing", sizes[0], 1), find("framing", sizes[-1], 1)
    if small and large and small["peak_rss_mb"] and large["peak_rss_mb"] and len(sizes) > 1:
        ratio = large["peak_rss_mb"] / small["peak_rss_mb"]
        verdict = "meets" if ratio < TARGET_RSS_RATIO else "does not meet"
        lines += ["", f"Peak RSS {corpora[sizes[-1]]['megabytes']:.1f} MB / {corpora[sizes[0]]['megabytes']:.1f} MB = "
                  f"**{ratio:.2f}** ({verdict} the target of < {TARGET_RSS_RATIO}): input and output are streamed."]
    if big is not None:
        lines += ["", "## One single large document", ""]
        if big["status"] == "ok":
            verdict = "meets" if big["wall_s"] < TARGET_BIG_SECONDS else "does not meet"
            lines.append(f"A {big['corpus_mb']:.1f} MB document took **{big['wall_s']:.1f} s** ({big['mb_per_s']:.3f} MB/s, "
                         f"peak RSS {fmt(big['peak_rss_mb'], 0)} MB): {verdict} the target of < {TARGET_BIG_SECONDS:g} s.")
        else:
            lines.append(f"A {big['corpus_mb']:.1f} MB document did not finish within {args.big_timeout:g} s "
                         f"({big['status']}).")
    lines += ["", "## Reproduce", "", "```",
              "python experiments/throughput.py --data ../shared/data/polnear/train/text "
              f"--sizes {' '.join(f'{s:g}' for s in sizes)} --big-mb {args.big_mb:g}",
              "```", "", "All rows: `throughput.csv`. What was measured: `signature.txt`."]
    if (out / "profile.md").exists():
        lines.append("Where the time goes (profile by stage, before and after the optimisation of issue 6): "
                     "`profile.md`.")
    lines.append("")
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
    v = versions()
    signature = "|".join([
        "throughput:1", f"sizes:{'+'.join(f'{s:g}' for s in sizes)}", f"big:{args.big_mb:g}",
        "data:polnear-train", "empath:analyze(normalize=True)", f"empath-version:{v['empath']}",
        f"python:{v['python']}", f"analyzer:{analyzer_signature}",
    ])
    (out / "signature.txt").write_text(signature + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
