"""The ``framing train``, ``framing predict`` and ``framing evaluate`` subcommands.

Registered in :data:`framing.cli.COMMANDS` on import; errors follow :mod:`framing.cli` (a
bad data or model file is a :class:`~framing.errors.FramingError`: exit 1, one line).

Examples
--------

>>> import os, tempfile
>>> from framing.cli import main
>>> d = tempfile.mkdtemp()
>>> rows = [("The corrupt regime's disgraceful sham.", "Biased"),
...         ("The council met on Monday.", "Non-biased")] * 10
>>> with open(os.path.join(d, "train.csv"), "w", encoding="utf-8") as f:
...     _ = f.write("text,label\\n" + "".join(f'"{t}",{y}\\n' for t, y in rows))
>>> main(["train", "bias", "--data", os.path.join(d, "train.csv"), "--label-column", "label",
...       "--cv", "3", "-o", os.path.join(d, "m.skops"), "-q"])
0
>>> main(["predict", os.path.join(d, "m.skops"), os.path.join(d, "train.csv"),
...       "-o", os.path.join(d, "pred.csv"), "-q"])
0
>>> open(os.path.join(d, "pred.csv")).readline().strip()
'id,prediction,probability,p_Biased,p_Non-biased'
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import warnings
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from .common import (
    DEBUG_ENV,
    int_at_least,
    EXIT_OK,
    PROG,
    add_corpus_options,
    add_reader_options,
    check_output_is_not_an_input,
    summarise,
    InputFailure,
    plural,
    Progress,
    SkipReporter,
    UsageError,
    command,
    errors_path,
)
from ..corpus import CsvWriter, Document, RecordError, atomic_write_text, iter_documents
from ..errors import TrainingDataError, one_line

__all__: List[str] = []

#: The subcommands this module registers.
COMMAND_NAMES = ("train", "predict", "evaluate")

#: Documents predicted together (vectorising a batch is much faster than one at a time).
_BATCH = 512


def _note(message: str, quiet: bool = False) -> None:
    if not quiet:
        print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr, flush=True)


def _warn_lines(caught: Sequence[warnings.WarningMessage]) -> None:
    seen = set()
    for w in caught:
        msg = " ".join(str(w.message).split())
        if msg not in seen:
            seen.add(msg)
            print(f"{PROG}: warning: {msg}", file=sys.stderr, flush=True)


def _split_columns(values: Optional[Sequence[str]], present: Sequence[str]) -> List[str]:
    """``--label-column`` values: repeated, or comma-separated unless the name is a column."""
    out: List[str] = []
    for v in values or []:
        if v in present or "," not in v:
            out.append(v)
        else:
            out.extend(p.strip() for p in v.split(",") if p.strip())
    return out


# --------------------------------------------------------------------------------------------
# Reading labelled data


def _read_labelled(paths: Sequence[str], args: argparse.Namespace, label_columns: Optional[List[str]],
                   reporter: Any) -> Tuple[List[str], List[Any], List[str], int]:
    """Texts, labels (one value, or a list of values per row) and the label columns."""
    texts: List[str] = []
    labels: List[Any] = []
    columns: Optional[List[str]] = None
    n_read = 0
    for doc in iter_documents(
        paths, text_column=args.text_column, id_column=args.id_column, fmt=args.fmt,
        on_error=args.on_error, errors=reporter, encoding_errors=args.encoding_errors,
        delimiter=args.delimiter,
    ):
        n_read += 1
        if columns is None:
            present = list(doc.meta)
            columns = _split_columns(label_columns, present)
            missing = [c for c in columns if c not in doc.meta]
            if missing:
                raise InputFailure(
                    f"{doc.origin}: no label column {', '.join(map(repr, missing))}; columns "
                    f"present: {', '.join([args.text_column] + present) or 'none'}"
                )
        values = [doc.meta.get(c) for c in columns]
        texts.append(doc.text)
        labels.append(values if len(columns) > 1 else values[0])
    if columns is None:
        raise InputFailure(f"{', '.join(paths)}: no documents to read")
    return texts, labels, columns, n_read


# --------------------------------------------------------------------------------------------
# train


#: The recipes of :data:`framing.learn.models.RECIPES`, without importing scikit-learn (a test
#: checks the two agree).
TASKS = ("bias", "frame", "uncertainty")


def _configure_train(p: argparse.ArgumentParser) -> None:
    p.add_argument("task", choices=TASKS,
                   help="task recipe: bias (sentence-level bias; macro-F1), uncertainty (hedged "
                   "sentences; F1 of the positive class), frame (a codebook's frames, "
                   "multi-class or multi-label; macro-F1)")
    p.add_argument("--data", required=True, metavar="FILE",
                   help="labelled training data: .csv/.tsv/.jsonl/.parquet")
    p.add_argument("--label-column", action="append", required=True, metavar="L",
                   help="column holding the label; give several (repeated or comma-separated) "
                   "for a multi-label model whose columns are binary (0/1, true/false, yes/no)")
    p.add_argument("-o", "--output", required=True, metavar="MODEL.skops",
                   help="model file to write; the model card goes beside it as "
                   "MODEL.card.md and MODEL.card.json")
    p.add_argument("--exclude-label", action="append", default=[], metavar="VALUE",
                   help="drop rows with this label (repeatable), e.g. a 'no frame' code such as 99")
    p.add_argument("--positive-label", default=None, metavar="VALUE",
                   help="binary tasks: the positive class (default: 1/true/yes if present, "
                   "else the minority class)")
    p.add_argument("--metric", default=None, choices=("macro_f1", "f1", "accuracy"),
                   help="metric that cross-validation optimises (default: the task's: bias and "
                   "frame macro_f1, uncertainty f1)")
    p.add_argument("--seed", type=int, default=0, help="random seed of folds and solvers (default: 0)")
    p.add_argument("--cv", type=int_at_least(2), default=5, metavar="K",
                   help="cross-validation folds (default: 5)")
    p.add_argument("--jobs", type=int_at_least(1), default=1, metavar="N",
                   help="parallel jobs over folds and blocks (default: 1)")
    p.add_argument("--n-boot", type=int_at_least(1), default=1000, metavar="N",
                   help="bootstrap replicates of the model card's CIs (default: 1000)")
    add_reader_options(p, stdin=False)


@command(
    "train",
    "train a classifier (bias, uncertainty, frame) on labelled data; writes a .skops model and its card",
    _configure_train,
    description="Train a task recipe on labelled data: word and character n-grams plus framing "
    "measures, stacked logistic regressions with hyperparameters chosen by K-fold "
    "cross-validation and calibrated probabilities. Writes the model (skops) and a model card "
    "(Markdown and JSON: data fingerprint, label distribution, CV metrics with bootstrap CIs, "
    "signature, library versions).",
)
def _run_train(args: argparse.Namespace) -> int:
    from ..learn.models import file_sha256, save_model, train

    data = args.data
    if not Path(data).is_file():
        raise InputFailure(f"{data}: no such file")
    if Path(args.output).resolve() == Path(data).resolve():
        raise InputFailure(f"{args.output}: the model would overwrite the training data")
    progress = Progress(True, "reading")
    reporter = SkipReporter(progress, None)
    texts, labels, columns, n_read = _read_labelled([data], args, args.label_column, reporter)
    if reporter.count:
        _note(f"skipped {plural(reporter.count, 'bad record')} of {data}", args.quiet)
    notes: List[str] = []
    info = {"file": os.path.basename(data), "sha256": file_sha256(data), "n_rows_read": n_read}
    _note(f"training {args.task} on {plural(len(texts), 'row')} of {data} "
          f"({'multi-label: ' + ', '.join(columns) if len(columns) > 1 else 'label ' + columns[0]}); "
          f"{args.cv}-fold CV", args.quiet)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = train(
                args.task, texts, labels, label_columns=columns, seed=args.seed, cv=args.cv,
                n_jobs=args.jobs, exclude_labels=args.exclude_label,
                positive_label=args.positive_label, metric=args.metric, data_info=info,
                text_column=args.text_column, n_boot=args.n_boot, notes=notes,
            )
    except TrainingDataError as exc:  # name the file the data came from
        raise TrainingDataError(f"{data}: {one_line(exc) or type(exc).__name__}") from exc
    for n in notes:
        _note(f"note: {n}", args.quiet)
    path, md, js = save_model(model, args.output)
    est = model.card["cross_validation"]["estimate"]
    metric = model.estimator.metric
    if metric == "f1" and "positive" in est:
        m, name = est["positive"]["f1"], f"F1({model.positive_label})"
    elif metric == "accuracy":
        m, name = est["exact_match" if model.multilabel else "accuracy"], metric
    else:
        m, name = est["macro"]["f1"], "macro-F1"
    _note(f"trained {args.task} model ({len(model.classes)} "
          f"{'labels' if model.multilabel else 'classes'}); CV {name} {_fmt_ci(m)}; "
          f"written to {path} (card: {md.name}, {js.name})",
          args.quiet)
    return EXIT_OK


# --------------------------------------------------------------------------------------------
# predict


def _configure_predict(p: argparse.ArgumentParser) -> None:
    p.add_argument("model", metavar="MODEL", help="a model file written by 'framing train'")
    add_corpus_options(p, "output .csv file: id, prediction, probability, p_<class>... "
                        "(default: stdout)")
    p.add_argument("--explain", action="store_true",
                   help="add an 'explanation' column: the features that contributed most to "
                   "each prediction (feature:contribution to the logit)")
    p.add_argument("--top-k", type=int_at_least(1), default=5, metavar="K",
                   help="features per explanation (default: 5)")
    for action in p._actions:  # default text column: the one the model was trained on
        if action.dest == "text_column":
            action.default = None
            action.help = ("column (JSONL key) holding the text of tabular inputs (default: the "
                           "model's training text column)")


def _batches(docs: Iterator[Document], size: int) -> Iterator[List[Document]]:
    docs = iter(docs)
    return iter(lambda: list(itertools.islice(docs, size)), [])  # lists of size, until empty


@command(
    "predict",
    "predict with a trained model: one CSV row per document (id, prediction, probability)",
    _configure_predict,
    description="Predict with a model written by 'framing train'. One CSV row per document, in "
    "input order: id, prediction (a class; for a multi-label model the predicted labels joined "
    "by ';'), probability (calibrated probability of the prediction), then p_<class> for every "
    "class or label, and with --explain the top contributing features.",
)
def _run_predict(args: argparse.Namespace) -> int:
    from ..learn.models import load_model

    if args.inputs.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    check_output_is_not_an_input(args)
    model = load_model(args.model)  # a bad file: a ModelFileError, reported by main
    if args.text_column is None:
        args.text_column = model.text_column
    fields = ["id", "prediction", "probability"] + [f"p_{c}" for c in model.classes]
    if args.explain:
        fields.append("explanation")
    to_file = bool(args.output) and args.output != "-"
    skip = args.on_error == "skip"
    progress = Progress(args.quiet, "predicted")
    writer: Any = None
    reporter: Optional[SkipReporter] = None
    written = 0
    ok = False
    caught: List[warnings.WarningMessage] = []
    try:
        writer = CsvWriter(args.output or "-", fieldnames=fields)
        reporter = SkipReporter(progress, errors_path(args.output) if skip and to_file else None)
        docs = iter_documents(
            args.inputs, text_column=args.text_column, id_column=args.id_column, fmt=args.fmt,
            on_error=args.on_error, errors=reporter, encoding_errors=args.encoding_errors,
            delimiter=args.delimiter,
        )
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for batch in _batches(docs, _BATCH):
                for doc, row in _predict_batch(model, batch, args, reporter, skip):
                    writer.write(row)
                    written += 1
                    progress.update()
        ok = True
    finally:
        progress.close()
        _warn_lines(caught)
        if writer is not None:
            writer.close() if ok else writer.abort()
        if reporter is not None:
            reporter.close(ok)
    return summarise("predicted", written, args.output if to_file else None, reporter, args.quiet)


def _rows(model: Any, docs: List[Document], explain: bool, k: int) -> List[Dict[str, Any]]:
    texts = [d.text for d in docs]
    preds, P = model.predict_with_probability(texts)
    expl = model.explain(texts, k=k) if explain else None
    rows = []
    for i, (d, (pred, prob)) in enumerate(zip(docs, preds)):
        row: Dict[str, Any] = {"id": d.id, "prediction": pred, "probability": round(prob, 6)}
        for c, p in zip(model.classes, _class_probs(model, P[i])):
            row[f"p_{c}"] = round(float(p), 6)
        if expl is not None:
            row["explanation"] = expl[i]
        rows.append(row)
    return rows


def _class_probs(model: Any, p: Any) -> List[float]:
    """Probabilities in the order of ``model.classes`` (the estimator's order for one label)."""
    if model.multilabel:
        return list(p)
    order = {str(c): j for j, c in enumerate(model.estimator.classes_.tolist())}
    return [p[order[c]] for c in model.classes]


def _predict_batch(model: Any, batch: List[Document], args: argparse.Namespace, reporter: Any,
                   skip: bool) -> List[Tuple[Document, Dict[str, Any]]]:
    """The rows of a batch; with ``--on-error skip`` a document that cannot be predicted is
    reported as a bad record, otherwise the error stops the run."""
    try:
        return list(zip(batch, _rows(model, batch, args.explain, args.top_k)))
    except Exception:
        if not skip or os.environ.get(DEBUG_ENV):
            raise
    out = []  # --on-error skip: find the document(s) that failed
    for doc in batch:
        try:
            out.append((doc, _rows(model, [doc], args.explain, args.top_k)[0]))
        except Exception as exc:  # the per-document error policy
            reporter(RecordError(doc.origin, doc.line, None,
                                 f"prediction for document {doc.id!r} failed "
                                 f"({type(exc).__name__}: {one_line(exc) or type(exc).__name__})"))
    return out


# --------------------------------------------------------------------------------------------
# evaluate


def _configure_evaluate(p: argparse.ArgumentParser) -> None:
    p.add_argument("model", metavar="MODEL", help="a model file written by 'framing train'")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="labelled data: .csv/.tsv/.jsonl/.parquet")
    p.add_argument("--label-column", action="append", default=None, metavar="L",
                   help="column(s) holding the gold label (default: the model's training "
                   "label columns)")
    p.add_argument("--exclude-label", action="append", default=None, metavar="VALUE",
                   help="drop rows with this gold label (default: the labels excluded in "
                   "training); give --exclude-label '' to keep every row")
    p.add_argument("-o", "--output", default=None, metavar="OUT.json",
                   help="also write the metrics as JSON")
    p.add_argument("--n-boot", type=int_at_least(1), default=1000, metavar="N",
                   help="bootstrap replicates (default: 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    add_reader_options(p, text_default=None)


def _num(x: Optional[float]) -> str:
    return "–" if x is None else f"{x:.3f}"


def _fmt_ci(d: Dict[str, Optional[float]]) -> str:
    return f"{_num(d['estimate'])}  [{_num(d['low'])}, {_num(d['high'])}]"


@command(
    "evaluate",
    "evaluate a trained model on labelled data: metrics with bootstrap CIs",
    _configure_evaluate,
    description="Evaluate a model written by 'framing train' on labelled data: the task "
    "metric, macro and micro precision/recall/F1, per-class scores and accuracy, each with a "
    "95% bootstrap confidence interval (documents resampled), plus calibration (Brier, ECE).",
)
def _run_evaluate(args: argparse.Namespace) -> int:
    from ..learn.models import evaluate, load_model

    model = load_model(args.model)
    if args.text_column is None:
        args.text_column = model.text_column
    label_columns = args.label_column or model.label_columns
    if args.output and Path(args.output).resolve() in {Path(i).resolve() for i in args.inputs}:
        raise InputFailure(f"{args.output}: the output would overwrite an input file")
    progress = Progress(True, "reading")
    reporter = SkipReporter(progress, None)
    texts, labels, columns, n_read = _read_labelled(args.inputs, args, label_columns, reporter)
    if (len(columns) > 1) != model.multilabel or (model.multilabel and len(columns) != len(model.label_columns)):
        raise InputFailure(
            f"the model was trained on {len(model.label_columns)} label column(s) "
            f"({', '.join(model.label_columns)}); give as many with --label-column, got {len(columns)}"
        )
    exclude = None if args.exclude_label is None else [x for x in args.exclude_label if x != ""]
    notes: List[str] = []
    caught: List[warnings.WarningMessage] = []
    try:  # unusable data: a TrainingDataError, reported by main
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = evaluate(model, texts, labels, n_boot=args.n_boot, seed=args.seed,
                              exclude_labels=exclude, notes=notes)
    finally:
        _warn_lines(caught)
    for n in notes:
        _note(f"note: {n}", args.quiet)
    result["data"] = {"files": [os.path.basename(i) for i in args.inputs], "n_rows_read": n_read,
                      "label_columns": columns}
    if args.output:
        text = json.dumps(result, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        if args.output == "-":
            sys.stdout.write(text)
        else:
            atomic_write_text(args.output, text)
    print("\n".join(_evaluation_lines(result, model)))
    return EXIT_OK


def _evaluation_lines(r: Dict[str, Any], model: Any) -> List[str]:
    key = "exact_match" if model.multilabel else "accuracy"
    lines = [
        f"task: {r['task']}    documents: {r['n']}    signature: {r['signature']}",
        f"{r['metric']}: {_fmt_ci(r['score'])}",
        f"macro P/R/F1: {_num(r['macro']['precision']['estimate'])} / "
        f"{_num(r['macro']['recall']['estimate'])} / {_fmt_ci(r['macro']['f1'])}",
        f"{key.replace('_', ' ')}: {_fmt_ci(r[key])}",
    ]
    if "brier" in r:
        lines.append(f"calibration: Brier {_num(r['brier'])}, ECE {_num(r['ece'])}, "
                     f"log loss {_num(r['log_loss'])}")
    width = max([len("class")] + [len(c) for c in r["per_class"]])
    lines.append(f"{'class':<{width}}  {'precision':>9}  {'recall':>7}  {'F1 [95% CI]':>22}  support")
    for c, d in r["per_class"].items():
        lines.append(f"{c:<{width}}  {_num(d['precision']['estimate']):>9}  "
                     f"{_num(d['recall']['estimate']):>7}  {_fmt_ci(d['f1']):>22}  "
                     f"{d['support']:>7}")
    return lines
