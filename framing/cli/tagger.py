"""The ``framing train-attribution``, ``framing tag-attribution`` and ``framing train-loaded``
subcommands.

``train-attribution`` trains an :class:`~framing.learn.attribution_tagger.AttributionTagger` on
brat standoff annotation (PolNeAR's scheme); ``tag-attribution`` applies it to a corpus (JSONL).
``train-loaded`` trains a :class:`~framing.learn.loaded_tagger.LoadedTagger` (a context model
for loaded words, used with ``--loaded``) on annotated sentences (CSV or JSONL).
Registered in :data:`framing.cli.COMMANDS` on import; errors follow :mod:`framing.cli`.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from .common import (
    EXIT_OK,
    PROG,
    add_corpus_options,
    InputFailure,
    plural,
    Progress,
    SkipReporter,
    UsageError,
    check_output_is_not_an_input,
    summarise,
    command,
    errors_path,
    int_at_least,
)

__all__ = ["read_brat_folder", "tag_record"]

#: The subcommands this module registers.
COMMAND_NAMES = ("train-attribution", "tag-attribution", "train-loaded")


def read_brat_folder(folder: Any) -> List[Tuple[str, str, Dict[str, List[Tuple[int, int]]]]]:
    """Annotated documents of a brat folder: ``[(id, text, {role: [(start, end), ...]}), ...]``.

    Two layouts are read: brat's own (``DIR/<id>.txt`` beside ``DIR/<id>.ann``, also in
    sub-folders) and PolNeAR's (``DIR/text/<id>.txt`` with
    ``DIR/attributions/<id>_<annotator>.ann``; the first annotator's is used). A ``.txt``
    without ``.ann`` is a document without attributions.

    Raises
    ------
    InputFailure
        A missing folder or ``.txt``, no ``.ann`` file, a file that is not UTF-8.
    framing.errors.DataFormatError
        A malformed ``.ann`` line.
    """
    from ..evaluation.datasets import read_brat_attributions, read_polnear

    d = Path(folder)
    if not d.is_dir():
        raise InputFailure(f"{d}: no such folder")
    try:
        if (d / "text").is_dir() and (d / "attributions").is_dir():
            docs = read_polnear(d)
            out = [(doc.id, doc.text, doc.role_spans()) for doc in docs]
            if not any(doc.annotations for doc in docs):
                raise InputFailure(f"{d}: no .ann files in {d / 'attributions'}")
            return out
        anns = sorted(p for p in d.rglob("*.ann") if p.is_file())
        if not anns:
            raise InputFailure(f"{d}: no brat .ann files (expected <id>.txt beside <id>.ann, or "
                                "the PolNeAR layout text/ + attributions/)")
        out = []
        seen = set()
        for ann in anns:
            txt = ann.with_suffix(".txt")
            if not txt.is_file():
                raise InputFailure(f"{ann}: no matching text file {txt.name}")
            with open(txt, encoding="utf-8", newline="") as fh:
                text = fh.read()
            atts, _ = read_brat_attributions(ann, text, strict=True)
            spans: Dict[str, List[Tuple[int, int]]] = {"source": [], "cue": [], "content": []}
            for a in atts:
                for role in spans:
                    spans[role].extend(getattr(a, role))
            doc_id = str(txt.relative_to(d).with_suffix(""))
            seen.add(txt)
            out.append((doc_id, text, spans))
        for txt in sorted(p for p in d.rglob("*.txt") if p.is_file() and p not in seen):
            with open(txt, encoding="utf-8", newline="") as fh:
                out.append((str(txt.relative_to(d).with_suffix("")), fh.read(),
                            {"source": [], "cue": [], "content": []}))
        return out
    except FileNotFoundError as exc:  # read_polnear: a missing text/ folder or text file
        raise InputFailure(" ".join(str(exc).split())) from exc
    except UnicodeDecodeError as exc:
        raise InputFailure(f"{d}: a text or .ann file is not UTF-8 ({exc.reason} at byte "
                            f"{exc.start})") from exc


# --------------------------------------------------------------------------------------------
# train-attribution


def _check_model_output(output: str) -> Path:
    """The model file to write: not a folder, in a folder that exists."""
    out = Path(output)
    if out.is_dir():
        raise InputFailure(f"{out}: is a folder; give a model file name")
    if not out.parent.is_dir():
        raise InputFailure(f"{out.parent}: no such folder")
    return out


def _alphas(value: str) -> Tuple[float, ...]:
    try:
        xs = tuple(float(v) for v in value.split(",") if v.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected comma-separated numbers, got {value!r}") from None
    if not xs or any(not x > 0 for x in xs):
        raise argparse.ArgumentTypeError(f"expected positive numbers, got {value!r}")
    return xs


def _configure_train(p: argparse.ArgumentParser) -> None:
    p.add_argument("--brat", action="append", required=True, metavar="DIR",
                   help="folder of brat annotation (<id>.txt beside <id>.ann, or PolNeAR's "
                   "text/ + attributions/); repeat to train on several")
    p.add_argument("-o", "--output", required=True, metavar="MODEL",
                   help="model file to write (skops, e.g. attribution.skops)")
    p.add_argument("--alphas", type=_alphas, default=(1e-5, 3e-5), metavar="A,A",
                   help="L2 strengths searched by cross-validation (default: 1e-5,3e-5)")
    p.add_argument("--epochs", type=int_at_least(1), default=10, metavar="N",
                   help="passes of stochastic gradient descent (default: 10)")
    p.add_argument("--folds", type=int_at_least(2), default=3, metavar="K",
                   help="document folds of the cross-validation (default: 3)")
    p.add_argument("--no-stacking", action="store_true",
                   help="train the token model only (faster; no stage-2 context model)")
    p.add_argument("--seed", type=int_at_least(0), default=0, help="random seed (default: 0)")
    p.add_argument("--jobs", type=int_at_least(1), default=1, metavar="N",
                   help="parallel fits of the per-tag models (default: 1)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")


@command(
    "train-attribution",
    "train an attribution tagger (source, cue, content spans) on brat annotation",
    _configure_train,
    description="Train a scikit-learn attribution tagger (BIO tags of source, cue and content, "
    "linear models over word, context, quotation, lexicon and rule features, stacked, with "
    "constrained decoding) on brat standoff annotation, choose its regularisation by "
    "document-grouped cross-validation, and write it as a skops file.",
)
def _run_train(args: argparse.Namespace) -> int:
    from ..learn.attribution_tagger import AttributionTagger, save_tagger

    docs: List[Tuple[str, Dict[str, List[Tuple[int, int]]]]] = []
    for folder in args.brat:
        docs += [(text, spans) for _, text, spans in read_brat_folder(folder)]
    n_spans = sum(len(v) for _, spans in docs for v in spans.values())
    if n_spans == 0:
        raise InputFailure("the --brat folders hold no annotated Source/Cue/Content spans")
    out = _check_model_output(args.output)
    tagger = AttributionTagger(alphas=args.alphas, epochs=args.epochs,
                               folds=min(args.folds, len(docs)) if len(docs) >= 2 else 2,
                               stacking=not args.no_stacking and len(docs) >= 2,
                               random_state=args.seed, n_jobs=args.jobs,
                               progress=False if args.quiet else None)
    tagger.fit(docs)  # bad training data: a TrainingDataError, reported by main
    save_tagger(tagger, out)
    if not args.quiet:
        cv = tagger.cv_results_.get("oof_f1")
        cvs = (" cross-validated token F1 " + ", ".join(f"{r} {cv[r]:.3f}" for r in cv)
               if cv else "")
        print(f"{PROG}: trained on {plural(len(docs), 'document')} in "
              f"{tagger.fit_seconds_:.0f} s;{cvs}; model in {out}", file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------------------------
# tag-attribution


def _configure_tag(p: argparse.ArgumentParser) -> None:
    add_corpus_options(p, "JSONL file to write (default: standard output)")
    p.add_argument("--model", required=True, metavar="MODEL",
                   help="a model file written by 'framing train-attribution'")


def _part(text: str, span: Any) -> Dict[str, Any]:
    return {"start": span[0], "end": span[1], "text": text[span[0]:span[1]]}


@command(
    "tag-attribution",
    "tag attribution sources, cues and contents with a trained tagger (JSONL)",
    _configure_tag,
    description="Apply a model written by 'framing train-attribution' to every document and "
    "write one JSON line per document: id, spans per role (start, end, text; offsets index the "
    "document) and the attributions built from them.",
)
def _run_tag(args: argparse.Namespace) -> int:
    from ..learn.attribution_tagger import load_tagger
    from ..corpus import JsonlWriter, iter_documents

    if args.inputs.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    check_output_is_not_an_input(args)
    tagger = load_tagger(args.model)  # a bad file: a TaggerFileError, reported by main
    to_file = bool(args.output) and args.output != "-"
    skip = args.on_error == "skip"
    progress = Progress(args.quiet, "tagged")
    writer: Any = None
    reporter: Optional[SkipReporter] = None
    written = 0
    ok = False
    try:
        writer = JsonlWriter(args.output or "-")
        reporter = SkipReporter(progress, errors_path(args.output) if skip and to_file else None)
        for doc in iter_documents(
                args.inputs, text_column=args.text_column, id_column=args.id_column,
                fmt=args.fmt, on_error=args.on_error, errors=reporter,
                encoding_errors=args.encoding_errors, delimiter=args.delimiter):
            writer.write(tag_record(tagger, doc.id, doc.text))
            written += 1
            progress.update()
        ok = True
    finally:
        progress.close()
        if writer is not None:
            writer.close() if ok else writer.abort()
        if reporter is not None:
            reporter.close(ok)
    return summarise("tagged", written, args.output if to_file else None, reporter, args.quiet)


def tag_record(tagger: Any, doc_id: str, text: str) -> Dict[str, Any]:
    """The JSON record of one document: id, spans per role, attributions.

    Examples
    --------
    >>> from framing.learn.attribution_tagger import AttributionTagger
    >>> docs = [("Aides said it was over.", {"source": [(0, 5)], "cue": [(6, 10)],
    ...                                      "content": [(11, 22)]})] * 10
    >>> t = AttributionTagger(folds=2, stacking=False, progress=False).fit(docs)
    >>> tag_record(t, "d1", "Aides said it was over.")["cue"]
    [{'start': 6, 'end': 10, 'text': 'said'}]
    """
    spans = tagger.predict_spans(text)
    rels = tagger.predict_relations(text, spans)

    def part(p: Any) -> Optional[Dict[str, Any]]:
        return None if p is None else _part(text, (p.start, p.end))

    rec: Dict[str, Any] = {"id": doc_id}
    for role in ("source", "cue", "content"):
        rec[role] = [_part(text, s) for s in spans[role]]
    rec["attributions"] = [{"source": part(a.source), "cue": part(a.cue),
                            "content": part(a.content)} for a in rels]
    return rec


# --------------------------------------------------------------------------------------------
# train-loaded


def _configure_train_loaded(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", action="append", required=True, metavar="FILE",
                   help="annotated sentences or documents: CSV/TSV (delimiter sniffed) with a "
                   "text column and a column of annotated words (a Python or JSON list, or "
                   "';'-separated: every whole-word occurrence counts, case-insensitive), or "
                   "JSONL with 'text' and 'spans' ([[start, end], ...] character offsets); "
                   "repeat for several files")
    p.add_argument("-o", "--output", required=True, metavar="MODEL",
                   help="model file to write (skops, e.g. loaded.skops); its model card is "
                   "written beside it (loaded.md)")
    p.add_argument("--text-column", default="text", metavar="C",
                   help="column holding the text (default: text)")
    p.add_argument("--words-column", default="biased_words", metavar="C",
                   help="column of the annotated loaded words (default: biased_words)")
    p.add_argument("--spans-column", default="spans", metavar="C",
                   help="column (JSONL key) of character spans, used when a record has it "
                   "(default: spans)")
    p.add_argument("--group-column", default=None, metavar="C",
                   help="column grouping the records for the cross-validation that chooses "
                   "the threshold (e.g. news_link or topic; default: each record its own group)")
    p.add_argument("--delimiter", default=None, metavar="CHAR",
                   help="CSV delimiter (default: sniffed from the header)")
    p.add_argument("--lexicon", action="append", default=None, metavar="NAME|PATH",
                   help="lexicons of the lexicon features (default: loaded and hedges); "
                   "repeat for several. They are stored in the model")
    p.add_argument("--alphas", type=_alphas, default=(1e-4, 3e-4, 1e-3), metavar="A,A",
                   help="L2 strengths searched by cross-validation (default: 1e-4,3e-4,1e-3)")
    p.add_argument("--epochs", type=int_at_least(1), default=15, metavar="N",
                   help="passes of stochastic gradient descent (default: 15)")
    p.add_argument("--folds", type=int_at_least(2), default=5, metavar="K",
                   help="folds of the cross-validation (default: 5)")
    p.add_argument("--name", default="loaded-tagger", help="model name, in the model id and "
                   "the signature (default: loaded-tagger)")
    p.add_argument("--model-version", default="1.0", metavar="V",
                   help="model version, in the model id (default: 1.0)")
    p.add_argument("--citation", default=None, metavar="TEXT",
                   help="citation of the training data, for the model card")
    p.add_argument("--licence", "--license", dest="licence", default=None, metavar="TEXT",
                   help="licence of the training data, for the model card")
    p.add_argument("--seed", type=int_at_least(0), default=0, help="random seed (default: 0)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")


@command(
    "train-loaded",
    "train a context model for loaded words on annotated sentences (use it with --loaded)",
    _configure_train_loaded,
    description="Train a scikit-learn model of loaded words in context (per-token logistic "
    "regression over the word, its neighbours, lexicon membership and category, shape, "
    "quotation and position features), choose its regularisation and decision threshold by "
    "cross-validation on the training data, and write it as a skops file with a model card "
    "beside it. Use it with 'framing analyze/score/compare --loaded MODEL'.",
)
def _run_train_loaded(args: argparse.Namespace) -> int:
    from ..learn.loaded_tagger import LoadedTagger, read_loaded_gold, save_loaded_tagger

    out = _check_model_output(args.output)
    for path in args.data:
        if not Path(path).is_file():
            raise InputFailure(f"{path}: no such file")
        if Path(path).resolve() == out.resolve():
            raise InputFailure(f"{args.output}: the output would overwrite an input file")
    texts: List[str] = []
    spans: List[List[Tuple[int, int]]] = []
    groups: List[str] = []
    progress = Progress(args.quiet, "read")
    try:
        for path in args.data:
            t, s, g = read_loaded_gold(path, text_column=args.text_column,
                                       words_column=args.words_column,
                                       spans_column=args.spans_column,
                                       group_column=args.group_column,
                                       delimiter=args.delimiter)
            texts += t
            spans += s
            groups += g or []
            progress.update(len(t))
    finally:
        progress.close()
    if not texts:
        raise InputFailure("the --data files hold no records")
    n_spans = sum(len(s) for s in spans)
    if n_spans == 0:
        raise InputFailure(f"the --data files hold no annotated loaded words (column "
                           f"{args.words_column!r} or {args.spans_column!r})")
    if not args.quiet:
        print(f"{PROG}: training on {plural(len(texts), 'text')} with "
              f"{plural(n_spans, 'annotated span')}...", file=sys.stderr, flush=True)
    tagger = LoadedTagger(lexicons=tuple(args.lexicon or ("loaded", "hedges")),
                          alphas=args.alphas, epochs=args.epochs, folds=args.folds,
                          name=args.name, version=args.model_version, random_state=args.seed)
    tagger.training_ = {"data": [Path(p).name for p in args.data],
                        "citation": args.citation, "licence": args.licence,
                        "group_column": args.group_column}
    tagger.fit(texts, spans, groups if args.group_column else None)  # TrainingDataError: main
    save_loaded_tagger(tagger, out)
    if not args.quiet:
        cv = tagger.cv_results_
        cvs = (f"; cross-validated token F1 {cv['f1']:.3f} ({cv['folds']} folds)"
               if "f1" in cv else "")
        print(f"{PROG}: trained in {tagger.fit_seconds_:.0f} s (alpha {tagger.alpha_:g}, "
              f"threshold {tagger.threshold_:g}){cvs}; model {tagger.id} in {out}, its card in "
              f"{out.with_suffix('.md')}", file=sys.stderr)
    return EXIT_OK
