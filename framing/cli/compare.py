"""The ``framing compare`` and ``framing demo`` subcommands (registered on import)."""
from __future__ import annotations

import argparse
import sys
from typing import Any, Callable, List

from .common import (
    EXIT_OK,
    PROG,
    InputFailure,
    Progress,
    SkipReporter,
    UsageError,
    add_analysis_options,
    add_corpus_options,
    analysis_settings,
    command,
    int_at_least,
    plural,
)

__all__: List[str] = []

#: The subcommands this module registers.
COMMAND_NAMES = ("compare", "demo")


def _number(expected: str, condition: str, ok: Callable[[float], bool]) -> Callable[[str], float]:
    """An argparse type: a float for which ``ok`` holds."""
    def parse(value: str) -> float:
        try:
            x = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {expected}, got {value!r}") from None
        if not ok(x):
            raise argparse.ArgumentTypeError(f"{condition}, got {value}")
        return x

    return parse


_fraction = _number("a number between 0 and 1", "must lie strictly between 0 and 1", lambda x: 0 < x < 1)
_positive_float = _number("a positive number", "must be positive", lambda x: x > 0)


def _names(value: str) -> List[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected a comma-separated list of names")
    return names


def _formats(value: str) -> tuple:
    names = tuple(dict.fromkeys(_names(value)))
    bad = [n for n in names if n not in ("png", "svg", "pdf")]
    if bad:
        raise argparse.ArgumentTypeError(f"unknown format {bad[0]!r}; valid options are png, svg, pdf")
    return names


def _add_statistics_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("statistics")
    g.add_argument("--seed", type=int_at_least(0), default=0,
                   help="seed of the bootstrap, permutations and samples (default: 0)")
    g.add_argument("--resamples", type=int_at_least(10), default=2000, metavar="N",
                   help="bootstrap resamples of documents for the CIs (default: 2000)")
    g.add_argument("--confidence", type=_fraction, default=0.95, metavar="LEVEL",
                   help="confidence level of the intervals (default: 0.95)")
    g.add_argument("--ci-method", choices=("bca", "percentile"), default="bca",
                   help="bootstrap interval: bias-corrected and accelerated (default; corrects "
                   "for skewed rates) or percentile")
    g.add_argument("--test", choices=("mannwhitney", "permutation"), default="mannwhitney",
                   help="pairwise test (default: mannwhitney)")
    g.add_argument("--permutations", type=int_at_least(10), default=9999, metavar="N",
                   help="permutations per test with --test permutation (default: 9999)")
    g.add_argument("--fdr", type=_fraction, default=0.05, metavar="Q",
                   help="false discovery rate: the Benjamini-Hochberg level of the omnibus tests and, within the measures they select, of the pairwise tests (default: 0.05)")
    g.add_argument("--keyness-min-count", type=int_at_least(1), default=5, metavar="N",
                   help="keyness charts and tables show a term when the group used it at least N "
                   "times (over-represented) or the other groups did (under-represented), with "
                   "|z| >= 1.96 (default: 5)")
    g.add_argument("--prior-scale", type=_positive_float, default=1.0, metavar="S",
                   help="strength of the keyness prior relative to the corpus counts (default: 1)")


def _add_report_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("report")
    g.add_argument("--title", default=None, help="report title")
    g.add_argument("--top-terms", type=int_at_least(1), default=15, metavar="N",
                   help="terms per group in keyness charts and tables (default: 15)")
    g.add_argument("--evidence", type=int_at_least(0), default=2, metavar="N",
                   help="documents per group in the evidence view (default: 2; 0: none, the "
                   "report then contains no document text)")
    g.add_argument("--per-document", choices=("csv", "parquet", "both", "none"), default="both",
                   help="per-document score tables beside the report (default: both)")
    g.add_argument("--figure-formats", type=_formats, default=("png", "svg"), metavar="F,F",
                   help="files written for each figure: png, svg, pdf (default: png,svg; the HTML "
                   "report embeds SVG in any case)")


def _configure_compare(p: argparse.ArgumentParser) -> None:
    add_corpus_options(p, "the report folder (created; an earlier report in it is replaced)")
    for action in p._actions:  # adapt the shared corpus options to a report folder
        if "--output" in action.option_strings:
            action.metavar = "DIR"
        elif "--on-error" in action.option_strings:
            action.help = ("fail at the first bad record (default), or skip bad records, report "
                           "each on stderr as file:line: message and in DIR/errors.jsonl")
    p.add_argument("--group-column", required=True, metavar="COL",
                   help="metadata column (CSV column, JSONL key) that defines the groups")
    p.add_argument("--groups", type=_names, default=None, metavar="G,G,...",
                   help="groups to compare, in this order (default: all, in natural sort order)")
    p.add_argument("--measures", type=_names, default=None, metavar="M,M,...",
                   help="measures to compare: score columns or numeric metadata columns "
                   "(default: loaded, hedging, boosting, attribution and readability measures)")
    p.add_argument("--frame-columns", type=_names, default=None, metavar="C,C,...",
                   help="binary metadata columns with annotated frames (1/0, true/false, yes/no); "
                   "their prevalence is compared and drawn as a heatmap")
    p.add_argument("--max-groups", type=int_at_least(2), default=40, metavar="N",
                   help="refuse group columns with more distinct values (default: 40)")
    p.add_argument("--jobs", type=int_at_least(1), default=1, metavar="N",
                   help="processes for the analysis (default: 1)")
    g = p.add_argument_group("data checks (each problem is a warning on stderr and in the report)")
    g.add_argument("--dedupe", action="store_true",
                   help="drop documents whose text exactly repeats an earlier one (default: "
                   "keep and compare them, with a warning)")
    g.add_argument("--min-group-size", type=int_at_least(1), default=5, metavar="N",
                   help="leave groups with fewer documents out of the comparison, with a warning "
                   "(default: 5)")
    p.add_argument("--covariates", type=_names, default=None, metavar="COL,COL",
                   help="metadata columns (numeric or categorical) to adjust for: each measure "
                   "also gets group contrasts from a regression on group and covariates (OLS with "
                   "HC3 errors; fractional logit for shares), in tables/adjusted_contrasts.csv")
    g.add_argument("--strict", action="store_true",
                   help="refuse groups smaller than --min-group-size instead of leaving them out")
    p.add_argument("--time-column", default=None, metavar="COL",
                   help="a metadata column of dates: trends per group and period (means with "
                   "CIs, a chart per measure, a test for a monotonic trend per group)")
    p.add_argument("--freq", choices=("day", "week", "month", "quarter", "year"),
                   default="month", help="the periods of --time-column (default: month)")
    add_analysis_options(p, entities=True)
    _add_statistics_options(p)
    _add_report_options(p)


def _settings(args: argparse.Namespace) -> dict:
    return dict(seed=args.seed, n_resamples=args.resamples, confidence_level=args.confidence,
                ci_method=args.ci_method, test=args.test, n_permutations=args.permutations,
                fdr_level=args.fdr, prior_scale=args.prior_scale, top_terms=args.top_terms,
                keyness_min_count=args.keyness_min_count,
                evidence_per_group=args.evidence)


def _per_document(choice: str) -> tuple:
    return {"csv": ("csv",), "parquet": ("parquet",), "both": ("csv", "parquet"), "none": ()}[choice]


@command(
    "compare",
    "compare groups of documents: statistics, charts and a report (HTML, Markdown, tables)",
    _configure_compare,
    description="Analyse every document, check the data (duplicates, small groups, near-empty "
    "documents), compare the groups given by --group-column (bootstrap CIs, Kruskal-Wallis tests "
    "and, within the measures they select, pairwise tests with false discovery rate control; "
    "keyness) and write a report folder: "
    "report.html (self-contained), report.md, tables/ (CSV, LaTeX), figures/ (PNG, SVG), "
    "signature.txt, references.bib, methods.tex and per-document scores.",
)
def _run_compare(args: argparse.Namespace) -> int:
    from ..study.compare import CompareError, compare

    if not args.output:
        raise UsageError("compare: give the report folder with -o DIR (see 'framing compare --help')")
    if args.inputs.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    progress = Progress(args.quiet, "compared")
    reporter = SkipReporter(progress, None)
    try:
        c = compare(
            args.inputs, args.group_column, args.output,
            text_column=args.text_column, id_column=args.id_column, fmt=args.fmt,
            delimiter=args.delimiter, encoding_errors=args.encoding_errors, on_error=args.on_error,
            errors=reporter, jobs=args.jobs, progress=progress.update,
            title=args.title or "", write_documents=_per_document(args.per_document),
            figure_formats=args.figure_formats,
            groups=args.groups, measures=args.measures, frame_columns=tuple(args.frame_columns or ()),
            max_groups=args.max_groups, settings=analysis_settings(args),
            dedupe=args.dedupe, min_group_size=args.min_group_size, strict=args.strict,
            covariates=tuple(args.covariates or ()),
            time_column=args.time_column, freq=args.freq,
            **_settings(args),
        )
    except CompareError as exc:
        raise InputFailure(str(exc)) from exc
    finally:
        progress.close()
    for problem in c.data_checks:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    _summary(args, c, reporter.count)
    return EXIT_OK


def _summary(args: argparse.Namespace, c: Any, skipped: int) -> None:
    if args.quiet:
        return
    n = int(sum(c.group_sizes.values()))
    line = (f"{PROG}: compared {plural(n, 'document')} in {len(c.groups)} groups; report in "
            f"{args.output}/report.html")
    if skipped:
        line += f"; skipped {plural(skipped, 'bad record')} (listed in {args.output}/errors.jsonl)"
    print(line, file=sys.stderr)


# --------------------------------------------------------------------------------------------
# demo


def _configure_demo(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", default="framing-demo", metavar="DIR",
                   help="the report folder (default: framing-demo)")
    p.add_argument("--jobs", type=int_at_least(1), default=1, metavar="N",
                   help="processes for the analysis (default: 1)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    add_analysis_options(p)
    _add_statistics_options(p)
    _add_report_options(p)


@command(
    "demo",
    "the flagship comparison on the bundled corpus of fictional news (four outlets, ten events)",
    _configure_demo,
    description="Compare four fictional outlets that cover the same ten fictional events in "
    "different styles (loaded language, hedging, vague sources, 'claimed' against 'said'), and "
    "write the full report to DIR. The corpus is invented for this demonstration; see "
    "framing/study/demo/README.md.",
)
def _run_demo(args: argparse.Namespace) -> int:
    from ..study.compare import CompareError
    from ..study.demo import run_demo

    try:
        c = run_demo(args.output, jobs=args.jobs, title=args.title,
                     settings=analysis_settings(args),
                     write_documents=_per_document(args.per_document),
                     figure_formats=args.figure_formats, **_settings(args))
    except CompareError as exc:
        raise InputFailure(str(exc)) from exc
    _summary(args, c, 0)
    return EXIT_OK
