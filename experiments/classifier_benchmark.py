"""Benchmark: the classifier recipes against plain TF-IDF baselines, on the same folds.

For each task (``bias`` on BABE, ``uncertainty`` on CoNLL-2010 Wikipedia, ``frame`` on GVFC) the
script runs an outer stratified K-fold cross-validation (default 5 folds, seed 0). Every
system is trained on the same outer training folds and predicts the same held-out folds:

``tfidf_lr``        TF-IDF word 1-2-grams + logistic regression, scikit-learn defaults
                    (the baseline the issue names for bias and frame);
``tfidf_svm``       TF-IDF word 1-2-grams + linear SVM, scikit-learn defaults (the uncertainty
                    baseline);
``tfidf_lr_tuned``  TF-IDF word 1-2-grams (sublinear tf) + logistic regression with balanced
                    class weights and C chosen by inner 5-fold CV (a stronger baseline);
``framing_only``    the recipe with the framing-measures block alone;
``word_char``       the recipe without the framing block (ablation);
``recipe``          the full task recipe (:func:`framing.learn.models.make_recipe`), trained exactly
                    as ``framing train`` does, i.e. with its own inner CV: nested CV;
``*_alt``           with ``--alt-lexicons``: ``framing_only`` and ``recipe`` with other lexicon
                    files (e.g. an earlier release, to see what a lexicon revision changes).

Scores are computed on the pooled out-of-fold predictions, with 95% bootstrap CIs (documents
resampled, seeded) and paired bootstrap CIs of each system's difference to the baselines;
per-fold scores are kept too. Learning curves retrain the recipe and the default baseline on
stratified subsamples of each outer training fold. The recipe's out-of-fold probabilities give
a reliability diagram. The bias recipe is also timed on the whole training file.

Usage (from the project root)::

    python experiments/classifier_benchmark.py [--data ../shared/data] [--out reports/classifiers]
        [--tasks bias,uncertainty,frame] [--folds 5] [--seed 0] [--jobs 2]
        [--fractions 0.1,0.25,0.5] [--lexicons PATH,...] [--alt-lexicons PATH,...]

Outputs in ``--out``: ``README.md`` (the report), ``scores.csv``, ``differences.csv``,
``folds.csv``, ``learning_curves.csv``, ``calibration.csv``, ``scores.png``,
``learning_curves.png``, ``calibration.png`` (and SVGs), ``signature.txt`` and ``run.json``
(timings, versions). Same inputs and seed: byte-identical CSV tables (timings live only in
``README.md`` and ``run.json``). No text of the data sets is written.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Callable, Dict, List, Sequence, Tuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "reports" / "classifiers"

#: The benchmark data: file (relative to --data), text and label columns, labels excluded,
#: positive class, the metric of the task and its target (issue 4).
TASKS: Dict[str, Dict[str, Any]] = {
    "bias": {
        "file": "babe/train_SG2.csv", "text": "text", "label": "label_bias",
        "exclude": ("No agreement",), "positive": "Biased", "metric": "macro_f1",
        "target": "macro-F1 >= TF-IDF 1-2-grams + LR + 0.03",
        "citation": "Spinde et al. (2021), BABE (SG2)",
    },
    "uncertainty": {
        "file": "conll2010_wiki/train.csv", "text": "text", "label": "label",
        "exclude": (), "positive": "1", "metric": "f1",
        "target": "F1 of the uncertain class >= 0.65 (TF-IDF linear SVM about 0.61)",
        "citation": "Farkas et al. (2010), CoNLL-2010 Wikipedia",
    },
    "frame": {
        "file": "gvfc/train.csv", "text": "news_title", "label": "Q3 Theme1",
        "exclude": ("99",), "positive": None, "metric": "macro_f1",
        "target": "macro-F1 >= TF-IDF + LR + 0.02",
        "citation": "Liu et al. (2019), GVFC headlines, main frame (Q3 Theme1) 1-9",
    },
}
SYSTEMS = ("tfidf_lr", "tfidf_svm", "tfidf_lr_tuned", "framing_only", "word_char", "recipe")
BASELINES = ("tfidf_lr", "tfidf_svm", "tfidf_lr_tuned")
METRIC_NAMES = {"macro_f1": "macro-F1", "f1": "F1 (positive class)"}


# --------------------------------------------------------------------------------------------
# Data


def load_task(task: str, data_dir: Path) -> Tuple[List[str], np.ndarray, str, int]:
    """Texts and string labels of a task, read as ``framing train --on-error skip`` reads them.

    Returns the texts, the labels, the file's sha256 and the number of records skipped (empty
    texts: CoNLL-2010 has 20).
    """
    from framing.corpus import iter_documents

    spec = TASKS[task]
    path = data_dir / spec["file"]
    if not path.is_file():
        raise FileNotFoundError(f"{path}: not found (give the data folder with --data)")
    texts, labels = [], []
    skipped: List[Any] = []
    for doc in iter_documents(path, text_column=spec["text"], on_error="skip", errors=skipped):
        y = doc.meta.get(spec["label"])
        if y is None or str(y).strip() == "" or str(y) in spec["exclude"]:
            continue
        texts.append(doc.text)
        labels.append(str(y).strip())
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return texts, np.asarray(labels, dtype=object), sha, len(skipped)


# --------------------------------------------------------------------------------------------
# Systems


def systems(alt_lexicons: Any) -> Tuple[str, ...]:
    return SYSTEMS + (("framing_only_alt", "recipe_alt") if alt_lexicons else ())


def make_system(name: str, task: str, seed: int, jobs: int, lexicons: Any,
                alt_lexicons: Any = None) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, make_scorer
    from sklearn.model_selection import GridSearchCV, StratifiedKFold
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline
    from sklearn.svm import LinearSVC

    from framing.learn.models import make_recipe

    spec = TASKS[task]
    if name == "tfidf_lr":
        return Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2))),
                         ("lr", LogisticRegression(max_iter=2000))])
    if name == "tfidf_svm":
        return Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2))),
                         ("svm", LinearSVC(random_state=seed))])
    if name == "tfidf_lr_tuned":
        lr = LogisticRegression(solver="liblinear", class_weight="balanced", random_state=seed)
        clf = lr if spec["positive"] is not None else OneVsRestClassifier(lr)
        key = "lr__C" if spec["positive"] is not None else "lr__estimator__C"
        if spec["metric"] == "f1":
            scorer = make_scorer(f1_score, pos_label=spec["positive"])
        else:
            scorer = make_scorer(f1_score, average="macro")
        pipe = Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)), ("lr", clf)])
        return GridSearchCV(pipe, {key: [0.25, 1.0, 4.0, 16.0]}, scoring=scorer,
                            cv=StratifiedKFold(5, shuffle=True, random_state=seed), n_jobs=jobs)
    if name.endswith("_alt"):
        name, lexicons = name[: -len("_alt")], alt_lexicons
    blocks = {"framing_only": ("framing",), "word_char": ("word", "char"),
              "recipe": ("word", "char", "framing")}[name]
    return make_recipe(task, seed=seed, n_jobs=jobs, positive_label=spec["positive"],
                       lexicons=lexicons, blocks=blocks)


# --------------------------------------------------------------------------------------------
# Metrics


def _counts(y: np.ndarray, pred: np.ndarray, classes: Sequence[str]) -> np.ndarray:
    """Per-document (tp, fp, fn) of every class, shape (n, K, 3)."""
    Y = y[:, None] == np.asarray(classes, dtype=object)[None, :]
    D = pred[:, None] == np.asarray(classes, dtype=object)[None, :]
    return np.stack([Y & D, ~Y & D, Y & ~D], axis=-1).astype(float)


def metric_fn(task: str, classes: Sequence[str]) -> Callable[[np.ndarray], np.ndarray]:
    """Summed counts (..., K, 3) -> the task metric (...)."""
    from framing.evaluation import prf

    spec = TASKS[task]
    if spec["metric"] == "f1":
        k = list(classes).index(spec["positive"])
        return lambda c: prf(c)[..., k, 2]
    return lambda c: prf(c)[..., 2].mean(axis=-1)


def score_with_ci(task: str, y: np.ndarray, pred: np.ndarray, classes: Sequence[str], n_boot: int,
                  seed: int) -> Tuple[float, float, float]:
    from framing.evaluation import metric_ci

    res = metric_ci(_counts(y, pred, classes), metric_fn(task, classes), n_resamples=n_boot,
                    seed=seed)
    return float(res.estimate), float(res.low), float(res.high)


def paired_difference(task: str, y: np.ndarray, a: np.ndarray, b: np.ndarray, classes: Sequence[str],
                      n_boot: int, seed: int) -> Tuple[float, float, float]:
    """metric(a) - metric(b) with a paired bootstrap CI (the same documents resampled)."""
    from framing.evaluation import metric_ci

    f = metric_fn(task, classes)
    stats = np.stack([_counts(y, a, classes), _counts(y, b, classes)], axis=1)  # (n, 2, K, 3)
    res = metric_ci(stats, lambda c: f(c[..., 0, :, :]) - f(c[..., 1, :, :]), n_resamples=n_boot,
                    seed=seed)
    return float(res.estimate), float(res.low), float(res.high)


def fold_score(task: str, y: np.ndarray, pred: np.ndarray, classes: Sequence[str]) -> float:
    return float(metric_fn(task, classes)(_counts(y, pred, classes).sum(axis=0)))


# --------------------------------------------------------------------------------------------
# The benchmark


def run_task(task: str, data_dir: Path, folds: int, seed: int, jobs: int, fractions: Sequence[float],
             n_boot: int, lexicons: Any, log: Callable[[str], None],
             alt_lexicons: Any = None) -> Dict[str, Any]:
    from sklearn.model_selection import StratifiedKFold, train_test_split

    texts, y, sha, n_skipped = load_task(task, data_dir)
    X = np.asarray(texts, dtype=object)
    classes = sorted(set(y.tolist()))
    outer = list(StratifiedKFold(folds, shuffle=True, random_state=seed).split(X, y))
    names = systems(alt_lexicons)
    oof = {s: np.empty(len(y), dtype=object) for s in names}
    proba = np.zeros((len(y), len(classes)))
    per_fold: List[Dict[str, Any]] = []
    fit_seconds: Dict[str, float] = {s: 0.0 for s in names}
    for f, (tr, te) in enumerate(outer):
        for s in names:
            t0 = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model = make_system(s, task, seed, jobs, lexicons, alt_lexicons).fit(list(X[tr]), y[tr])
                oof[s][te] = np.asarray([str(p) for p in model.predict(list(X[te]))], dtype=object)
                if s == "recipe":
                    order = [str(c) for c in model.classes_]
                    P = model.predict_proba(list(X[te]))
                    proba[np.ix_(te, [order.index(c) for c in classes])] = P
            fit_seconds[s] += time.perf_counter() - t0
            per_fold.append({"task": task, "fold": f, "system": s, "n_test": len(te),
                             "score": round(fold_score(task, y[te], oof[s][te], classes), 6)})
        log(f"{task}: fold {f + 1}/{folds} done")
    scores = []
    for s in names:
        est, lo, hi = score_with_ci(task, y, oof[s], classes, n_boot, seed)
        fs = [r["score"] for r in per_fold if r["system"] == s]
        scores.append({"task": task, "system": s, "metric": TASKS[task]["metric"], "n": len(y),
                       "estimate": round(est, 4), "low": round(lo, 4), "high": round(hi, 4),
                       "fold_mean": round(float(np.mean(fs)), 4), "fold_sd": round(float(np.std(fs, ddof=1)), 4)})
    diffs = []
    for s in ("recipe", "word_char", "framing_only", "tfidf_lr_tuned"):
        for b in BASELINES + ("word_char",):
            if s == b:
                continue
            d, lo, hi = paired_difference(task, y, oof[s], oof[b], classes, n_boot, seed)
            diffs.append({"task": task, "system": s, "versus": b, "difference": round(d, 4),
                          "low": round(lo, 4), "high": round(hi, 4)})
    if alt_lexicons:
        for s in ("recipe", "framing_only"):
            d, lo, hi = paired_difference(task, y, oof[s], oof[s + "_alt"], classes, n_boot, seed)
            diffs.append({"task": task, "system": s, "versus": s + "_alt", "difference": round(d, 4),
                          "low": round(lo, 4), "high": round(hi, 4)})
    # learning curves: recipe and the default TF-IDF + LR baseline on subsamples of each fold
    curves = []
    for frac in list(fractions) + [1.0]:
        for s in ("tfidf_lr", "recipe"):
            vals, sizes = [], []
            for f, (tr, te) in enumerate(outer):
                if frac >= 1.0:
                    pred, n_train = oof[s][te], len(tr)
                else:
                    sub, _ = train_test_split(tr, train_size=frac, stratify=y[tr], random_state=seed + f)
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        model = make_system(s, task, seed, jobs, lexicons).fit(list(X[sub]), y[sub])
                    pred = np.asarray([str(p) for p in model.predict(list(X[te]))], dtype=object)
                    n_train = len(sub)
                vals.append(fold_score(task, y[te], pred, classes))
                sizes.append(n_train)
            curves.append({"task": task, "system": s, "fraction": frac, "n_train": int(np.mean(sizes)),
                           "mean": round(float(np.mean(vals)), 4), "sd": round(float(np.std(vals, ddof=1)), 4)})
        log(f"{task}: learning curve at {frac:g} done")
    calib = calibration_table(task, y, proba, classes)
    distribution = {c: int((y == c).sum()) for c in classes}
    return {"task": task, "n": len(y), "sha256": sha, "skipped": n_skipped, "classes": classes,
            "distribution": distribution,
            "scores": scores, "differences": diffs, "folds": per_fold, "curves": curves,
            "calibration": calib, "fit_seconds": {k: round(v, 1) for k, v in fit_seconds.items()}}


def calibration_table(task: str, y: np.ndarray, P: np.ndarray, classes: Sequence[str],
                      bins: int = 10) -> List[Dict[str, Any]]:
    """Reliability of the recipe's out-of-fold probabilities (confidence of the top class)."""
    k = P.argmax(1)
    conf = P[np.arange(len(P)), k]
    correct = (np.asarray(classes, dtype=object)[k] == y).astype(float)
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(conf, edges[1:-1]), 0, bins - 1)
    rows = []
    for b in range(bins):
        m = idx == b
        if m.any():
            rows.append({"task": task, "bin_low": round(edges[b], 2), "bin_high": round(edges[b + 1], 2),
                         "n": int(m.sum()), "confidence": round(float(conf[m].mean()), 4),
                         "accuracy": round(float(correct[m].mean()), 4)})
    return rows


def time_bias_training(data_dir: Path, seed: int, jobs: int) -> Dict[str, Any]:
    """Wall-clock time of ``framing train bias`` on the whole BABE file (fresh process)."""
    import subprocess

    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"framing-benchmark-bias-{os.getpid()}.skops"
    cmd = [sys.executable, "-c", "import sys, framing.cli.models; from framing.cli import main; "
           "sys.exit(main(sys.argv[1:]))", "train", "bias", "--data",
           str(data_dir / TASKS["bias"]["file"]), "--label-column", "label_bias", "--seed", str(seed),
           "--jobs", str(jobs), "-q", "-o", str(out)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    seconds = time.perf_counter() - t0
    for p in (out, out.with_name(out.stem + ".card.md"), out.with_name(out.stem + ".card.json")):
        if p.exists():
            p.unlink()
    return {"seconds": round(seconds, 1), "jobs": jobs, "cpus": os.cpu_count(),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


# --------------------------------------------------------------------------------------------
# Output


def write_csv(path: Path, rows: List[Dict[str, Any]]) -> None:
    if not rows:
        return
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def charts(results: List[Dict[str, Any]], out: Path) -> None:
    import matplotlib.ticker

    from framing.study.charts import figure, save_figure

    tasks = [r["task"] for r in results]
    fig, axes = figure(1, len(tasks), squeeze=False, width=3.6 * len(tasks), height=2.9)
    for ax, r in zip(axes[0], results):
        rows = r["scores"]
        yv = np.arange(len(rows))
        est = np.array([s["estimate"] for s in rows])
        err = np.array([[s["estimate"] - s["low"] for s in rows], [s["high"] - s["estimate"] for s in rows]])
        colors = ["#0072B2" if s["system"] == "recipe" else "#999999" for s in rows]
        ax.barh(yv, est, xerr=err, color=colors, capsize=2)
        ax.set_yticks(yv, [s["system"] for s in rows])
        ax.set_xlabel(METRIC_NAMES[TASKS[r["task"]]["metric"]])
        ax.set_title(f"{r['task']} (n={r['n']})")
        ax.set_xlim(0, 1)
    save_figure(fig, out / "scores")
    fig, axes = figure(1, len(tasks), squeeze=False, width=3.6 * len(tasks), height=2.7)
    for ax, r in zip(axes[0], results):
        for s, color in (("tfidf_lr", "#999999"), ("recipe", "#0072B2")):
            rows = [c for c in r["curves"] if c["system"] == s]
            n = [c["n_train"] for c in rows]
            m = np.array([c["mean"] for c in rows])
            sd = np.array([c["sd"] for c in rows])
            ax.plot(n, m, marker="o", color=color, label=s)
            ax.fill_between(n, m - sd, m + sd, color=color, alpha=0.2, linewidth=0)
        ax.set_xscale("log")
        ax.set_xticks(sorted({c["n_train"] for c in r["curves"]}))
        ax.xaxis.set_major_formatter(matplotlib.ticker.FormatStrFormatter("%d"))
        ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        ax.set_xlabel("training documents")
        ax.set_ylabel(METRIC_NAMES[TASKS[r["task"]]["metric"]])
        ax.set_title(r["task"])
        ax.legend(loc="lower right")
    save_figure(fig, out / "learning_curves")
    fig, axes = figure(1, len(tasks), squeeze=False, width=3.2 * len(tasks), height=3.0)
    for ax, r in zip(axes[0], results):
        rows = r["calibration"]
        ax.plot([0, 1], [0, 1], color="#999999", linestyle="--", linewidth=1)
        ax.plot([c["confidence"] for c in rows], [c["accuracy"] for c in rows], marker="o", color="#0072B2")
        ax.set_xlabel("predicted probability (top class)")
        ax.set_ylabel("observed accuracy")
        ax.set_title(f"{r['task']}: recipe, out-of-fold")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
    save_figure(fig, out / "calibration")


def alt_lexicon_paths(spec: str, out: Path) -> Tuple[str, ...]:
    """``.lex`` paths from ``--alt-lexicons``: given paths, or ``git:REV`` (see ``--help``)."""
    import subprocess

    from framing.settings import DEFAULT_ATTRIBUTION, DEFAULT_LEXICONS

    if not spec.startswith("git:"):
        return tuple(spec.split(","))
    rev = spec[len("git:"):]
    folder = out / ".partial" / f"lexicons-{rev}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in DEFAULT_LEXICONS + (DEFAULT_ATTRIBUTION,):
        data = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:lexicons/{name}.lex"],
                              check=True, capture_output=True).stdout
        path = folder / f"{name}.lex"
        path.write_bytes(data)
        paths.append(str(path))
    return tuple(paths)


def signature_text(lexicons: Any) -> str:
    """The signature of the framing block's settings, and the sha256 of every lexicon."""
    from framing.features import FramingFeatures

    settings = FramingFeatures(lexicons=lexicons, readability=True).analyzer_settings()
    hashes = "\n".join(f"{lx.id} sha256:{lx.sha256}" for lx in settings.all_lexicons)
    return f"{settings.signature().format()}\n{hashes}\n"


def versions() -> Dict[str, str]:
    from framing._version import software_versions
    from framing.learn.models import CARD_PACKAGES

    return software_versions(CARD_PACKAGES)


def report(results: List[Dict[str, Any]], timing: Any, args: argparse.Namespace, sig: str) -> str:
    lines = [
        "# Classifier benchmark: recipes versus TF-IDF baselines",
        "",
        "Generated by `python experiments/classifier_benchmark.py"
        + "".join(f" {a}" for a in (args.argv or [])) + f"` (folds {args.folds}, seed "
        f"{args.seed}). Outer stratified {args.folds}-fold cross-validation; all systems are "
        "trained and scored on the same folds; the recipe chooses its hyperparameters with its "
        "own inner 5-fold CV on each outer training fold (nested CV), exactly as `framing train` "
        "does. Scores are on the pooled out-of-fold predictions, with 95% bootstrap CIs "
        f"({args.n_boot} replicates, documents resampled); differences are paired bootstraps.",
        "",
        "Signature: `" + sig.splitlines()[0] + "`",
        "",
    ]
    for r in results:
        spec = TASKS[r["task"]]
        mname = METRIC_NAMES[spec["metric"]]
        lines += [f"## {r['task']}: {spec['citation']}", "",
                  f"`{spec['file']}` (sha256 `{r['sha256'][:16]}…`), {r['n']} documents; labels "
                  + ", ".join(f"{k}: {v}" for k, v in r["distribution"].items())
                  + (f"; excluded: {', '.join(spec['exclude'])}" if spec["exclude"] else "")
                  + (f"; {r['skipped']} records with an empty text skipped" if r.get("skipped") else "")
                  + f". Target: {spec['target']}.", "",
                  f"| system | {mname} [95% CI] | per-fold mean ± sd |", "|---|---|---|"]
        for s in r["scores"]:
            name = f"**{s['system']}**" if s["system"] == "recipe" else s["system"]
            lines.append(f"| {name} | {s['estimate']:.3f} [{s['low']:.3f}, {s['high']:.3f}] | "
                         f"{s['fold_mean']:.3f} ± {s['fold_sd']:.3f} |")
        lines += ["", "Paired differences (system − versus):", "", "| system | versus | difference [95% CI] |",
                  "|---|---|---|"]
        for d in r["differences"]:
            if d["system"] in ("recipe", "word_char") or d["versus"].endswith("_alt"):
                lines.append(f"| {d['system']} | {d['versus']} | {d['difference']:+.3f} "
                             f"[{d['low']:+.3f}, {d['high']:+.3f}] |")
        lines += ["", "Learning curve (per-fold mean ± sd of the held-out score):", "",
                  "| training docs | tfidf_lr | recipe |", "|---:|---|---|"]
        fr = sorted({c["fraction"] for c in r["curves"]})
        for f in fr:
            a = next(c for c in r["curves"] if c["fraction"] == f and c["system"] == "tfidf_lr")
            b = next(c for c in r["curves"] if c["fraction"] == f and c["system"] == "recipe")
            lines.append(f"| {b['n_train']} | {a['mean']:.3f} ± {a['sd']:.3f} | {b['mean']:.3f} ± {b['sd']:.3f} |")
        lines += ["", "Training time over all outer folds (s): "
                  + ", ".join(f"{k} {v}" for k, v in r["fit_seconds"].items()), ""]
    if timing:
        lines += ["## Training time of the bias recipe", "",
                  f"`framing train bias` on the whole BABE file, {timing['jobs']} jobs: "
                  f"**{timing['seconds']} s** wall-clock (machine: {timing['cpus']} CPUs, load average "
                  f"{timing['load_average']} at the end). Target: under 60 s on 2 cores.", ""]
    lines += ["## Figures", "", "![scores](scores.png)", "", "![learning curves](learning_curves.png)", "",
              "![calibration](calibration.png)", "",
              "## Notes", "",
              "- The baselines are plain scikit-learn pipelines with default settings (`tfidf_lr`, "
              "`tfidf_svm`), plus a tuned TF-IDF + LR (`tfidf_lr_tuned`) so that the gain of the "
              "recipe is not only a matter of class weights and C.",
              "- `framing_only` and `word_char` are ablations of the recipe: the framing measures "
              "alone, and the recipe without them.",
              "- The framing block uses the bundled lexicons listed in `signature.txt`. Releases "
              "1.1 of `hedges` and `loaded` were revised after error analysis on the CoNLL-2010 "
              "and BABE training data used here, so cross-validated figures on those two data "
              "sets can be optimistic for the framing block. The `*_alt` systems, when present, "
              "run the same folds with other lexicon files (see `signature.txt`); held-out data "
              "settle the question."
              + (f" Here `--alt-lexicons {args.alt_lexicons}`"
                 + (" (the bundled lexicons at that git revision)" if str(args.alt_lexicons).startswith("git:") else "")
                 + "." if args.alt_lexicons else ""),
              "",
              "## Software", ""] + [f"- {k} {v}" for k, v in versions().items()] + [""]
    return "\n".join(lines)


def main(argv: Any = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"data folder (default: {DEFAULT_DATA})")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"report folder (default: {DEFAULT_OUT})")
    p.add_argument("--tasks", default=",".join(TASKS), help="comma-separated tasks (default: all)")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--jobs", type=int, default=2, help="parallel jobs inside the recipe (default: 2)")
    p.add_argument("--fractions", default="0.1,0.25,0.5",
                   help="training fractions of the learning curves, besides 1 (default: 0.1,0.25,0.5)")
    p.add_argument("--n-boot", type=int, default=1000)
    p.add_argument("--lexicons", default=None,
                   help="comma-separated lexicons (names or .lex paths) of the framing block "
                   "(default: the bundled ones)")
    p.add_argument("--alt-lexicons", default=None,
                   help="also run framing_only and recipe with other lexicons (systems *_alt): "
                   "comma-separated .lex paths, or git:REV for the bundled lexicons at git "
                   "revision REV of this repository (e.g. git:524a5de, their release 1.0)")
    p.add_argument("--no-timing", action="store_true", help="skip timing the bias recipe")
    p.add_argument("--resume", action="store_true",
                   help="reuse the results of tasks finished by an interrupted run with the same settings")
    args = p.parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)
    tasks = [t.strip() for t in args.tasks.split(",") if t.strip()]
    unknown = [t for t in tasks if t not in TASKS]
    if unknown:
        p.error(f"unknown tasks {unknown}; valid options are {sorted(TASKS)}")
    fractions = [float(x) for x in args.fractions.split(",") if x.strip()]
    lexicons = tuple(args.lexicons.split(",")) if args.lexicons else None
    alt = alt_lexicon_paths(args.alt_lexicons, args.out) if args.alt_lexicons else None
    args.out.mkdir(parents=True, exist_ok=True)

    def log(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    t_start = time.perf_counter()
    partial = args.out / ".partial"
    partial.mkdir(parents=True, exist_ok=True)
    key = json.dumps([args.folds, args.seed, fractions, args.n_boot, lexicons, signature_text(lexicons),
                      alt, signature_text(alt) if alt else None])
    results = []
    for t in tasks:  # each task's results are kept until the run completes (--resume reuses them)
        cached = partial / f"{t}.json"
        if args.resume and cached.is_file():
            saved = json.loads(cached.read_text(encoding="utf-8"))
            if saved.get("key") == key:
                results.append(saved["result"])
                log(f"{t}: reused {cached}")
                continue
        r = run_task(t, args.data, args.folds, args.seed, args.jobs, fractions, args.n_boot, lexicons,
                     log, alt)
        cached.write_text(json.dumps({"key": key, "result": r}), encoding="utf-8")
        results.append(r)
    timing = None
    if "bias" in tasks and not args.no_timing:
        timing = time_bias_training(args.data, args.seed, 2)
        log(f"bias training: {timing['seconds']} s")
    for name in ("scores", "differences", "folds", "curves", "calibration"):
        rows = [row for r in results for row in r[name]]
        write_csv(args.out / f"{'learning_curves' if name == 'curves' else name}.csv", rows)
    charts(results, args.out)
    sig = signature_text(lexicons)
    if alt:
        sig += "alternative lexicons (systems *_alt):\n" + signature_text(alt)
    (args.out / "signature.txt").write_text(sig, encoding="utf-8")
    (args.out / "README.md").write_text(report(results, timing, args, sig), encoding="utf-8")
    run = {"args": {k: str(v) for k, v in vars(args).items()}, "timing_bias_train": timing,
           "fit_seconds": {r["task"]: r["fit_seconds"] for r in results},
           "total_seconds": round(time.perf_counter() - t_start, 1), "versions": versions(),
           "data_sha256": {r["task"]: r["sha256"] for r in results}}
    (args.out / "run.json").write_text(json.dumps(run, indent=2) + "\n", encoding="utf-8")
    import shutil

    shutil.rmtree(partial, ignore_errors=True)
    log(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
