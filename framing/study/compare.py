"""Compare groups of documents (outlets, leanings, periods): the ``framing compare`` pipeline.

The corpus is streamed once: each document is reduced to a score row and a few tallies (terms
per layer, source types, cue stances, quote types), and only a seeded sample is kept for the
evidence view, so memory grows with the rows, not the text. :func:`compare` reads files,
:func:`compare_documents` takes documents from anywhere; both return a :class:`Comparison` and,
with ``output_dir``, write the report (:func:`framing.study.report.write_report`).
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import math
import os
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from ..attribution import SOURCE_TYPES, STANCES
from ..corpus import Document, RecordError, fingerprint_inputs, iter_documents, label_text
from ..checks import (NEAR_EMPTY_WORDS, DuplicateFinder, duplicates_message, foreign_message,
                      near_empty_message, unclosed_message)
from ..errors import CompareError
from ..settings import AnalyzerSettings, Signature, as_settings
from ..voice import QUOTE_TYPES
from . import stats

__all__ = [
    "CompareError",
    "CompareSettings",
    "Comparison",
    "DEFAULT_MEASURES",
    "default_measures",
    "category_labels",
    "MEASURE_LABELS",
    "TESTS",
    "compare",
    "compare_documents",
    "group_summary",
    "pairwise_tests",
    "gate_pairwise",
    "omnibus_tests",
    "composition_table",
    "report_signature",
    "measure_label",
]

#: Measures compared by default (in this order), when the analyzer produces them.
DEFAULT_MEASURES: Tuple[str, ...] = (
    "loaded_per_1k", "loaded_author_per_1k", "hedge_per_1k", "booster_per_1k",
    "attributions_per_1k", "vague_source_share", "named_source_share", "nonneutral_cue_share",
    "distancing_cue_share", "direct_quote_share", "quoted_token_share", "flesch_reading_ease",
)


def default_measures(analysis: AnalyzerSettings) -> List[str]:
    """The measures ``framing compare`` reports unless told otherwise: the
    :data:`DEFAULT_MEASURES` that the analyzer produces, the rate of every further layer, and
    the rate of every category of each lexicon not bundled with framing (a researcher's own).

    Examples
    --------
    >>> from framing.settings import AnalyzerSettings
    >>> default_measures(AnalyzerSettings.create(lexicons=["hedges"]))[:3]
    ['hedge_per_1k', 'booster_per_1k', 'attributions_per_1k']
    """
    from ..measures import CORE_LAYERS, measure_names

    schema = analysis.schema
    present = set(measure_names(schema))
    out = [m for m in DEFAULT_MEASURES if m in present]
    out += [f"{layer}_per_1k" for layer in schema.layers if layer not in CORE_LAYERS]
    for lx in analysis.lexicons:
        if not lx.bundled:
            out += [f"{lx.name}_{cat}_per_1k" for cat, _ in lx.span_categories()]
    for name in schema.entities:  # --entity: per-document rates of each entity
        out += [f"entity.{name}.{m}" for m in ENTITY_MEASURES]
    return list(dict.fromkeys(out))


#: The entity columns ``framing compare`` compares between groups, and their labels.
ENTITY_MEASURES = {"as_source_per_mention": "attributions as source per mention",
                   "nonneutral_share": "share of non-neutral cues when the source",
                   "loaded_near_per_mention": "loaded words near a mention, per mention"}


def category_labels(analysis: AnalyzerSettings) -> Dict[str, str]:
    """Labels of the category rates of the analyzer's lexicons, for charts and tables.

    Examples
    --------
    >>> from framing.settings import AnalyzerSettings
    >>> category_labels(AnalyzerSettings.create())["loaded_pejorative_per_1k"]
    'loaded: pejorative per 1,000 tokens'
    """
    out: Dict[str, str] = {}
    for lx in analysis.lexicons:
        for cat, _ in lx.span_categories():
            name = cat.replace("_", " ")
            out[f"{lx.name}_{cat}_per_1k"] = f"{lx.name}: {name} per 1,000 tokens"
            out[f"{lx.name}_{cat}_author_per_1k"] = f"{lx.name}: {name} in own voice per 1,000 tokens"
            out[f"{lx.name}_{cat}_quoted_per_1k"] = f"{lx.name}: {name} in quotations per 1,000 quoted tokens"
    for ent in analysis.schema.entities:
        for m, label in ENTITY_MEASURES.items():
            out[f"entity.{ent}.{m}"] = f"{ent}: {label}"
    return out


#: Human-readable labels of measures, for charts and tables.
MEASURE_LABELS: Dict[str, str] = {
    "loaded_per_1k": "Loaded words per 1,000 tokens",
    "loaded_author_per_1k": "Loaded words in own voice per 1,000 tokens",
    "loaded_quoted_per_1k": "Loaded words in quotations per 1,000 quoted tokens",
    "hedge_per_1k": "Hedges per 1,000 tokens",
    "hedge_author_per_1k": "Hedges in own voice per 1,000 tokens",
    "approximator_per_1k": "Approximators per 1,000 tokens",
    "approximator_author_per_1k": "Approximators in own voice per 1,000 tokens",
    "booster_per_1k": "Boosters per 1,000 tokens",
    "booster_author_per_1k": "Boosters in own voice per 1,000 tokens",
    "attributions_per_1k": "Attributions per 1,000 tokens",
    "vague_source_share": "Share of sources that are vague",
    "named_source_share": "Share of sources that are named",
    "titled_source_share": "Share of sources that are titled",
    "pronoun_source_share": "Share of sources that are pronouns",
    "nonneutral_cue_share": "Share of non-neutral cues",
    "distancing_cue_share": "Share of distancing cues (claimed, alleged)",
    "emphatic_cue_share": "Share of emphatic cues (warned, stressed)",
    "direct_quote_share": "Share of direct quotations",
    "indirect_quote_share": "Share of indirect quotations",
    "mixed_quote_share": "Share of mixed quotations",
    "quoted_token_share": "Share of tokens inside quotations",
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "n_tokens": "Tokens per document",
}

#: Bootstrap interval methods of a comparison (:data:`framing.study.stats.BOOTSTRAP_METHODS`).
CI_METHODS = ("bca", "percentile")
#: Pairwise tests: name -> description used in the methods paragraph.
TESTS = {"mannwhitney": "two-sided Mann-Whitney U tests", "permutation": "two-sided permutation tests of the difference in means"}

#: Keyness rows of terms a group never used are kept only beyond this |z| (two-sided 5%).
KEYNESS_KEEP_Z = 1.96
#: Layers whose terms are tallied for keyness: span layers, plus attribution cues (last).
CUE_LAYER = "cue"
_LAYER_ORDER = {"loaded": 0, "hedge": 1, "booster": 2}
_TRUE = {"1", "true", "t", "yes", "y"}
_FALSE = {"0", "false", "f", "no", "n"}


# --------------------------------------------------------------------------------------------
# settings and the result


@dataclass(frozen=True)
class CompareSettings:
    """Settings of a comparison; every field is reported in the methods and config.

    Attributes
    ----------
    measures : tuple of str or None
        Score columns or numeric metadata columns; None: :func:`default_measures`.
    frame_columns : tuple of str
        Binary metadata columns (annotated frames: 1/0, true/false, yes/no), compared like
        measures and drawn as a heatmap.
    groups : tuple of str or None
        Groups to keep, in this order (default: all, in natural sort order).
    seed : int
        Seed of all resampling (bootstrap, permutations, evidence sample, chart samples).
    ci_method : {"bca", "percentile"}
        Bias-corrected and accelerated (default; it corrects for the skew of rates of rare
        words) or percentile (Efron & Tibshirani 1993, ch. 13-14).
    fdr_level : float
        Benjamini-Hochberg level at which a difference is called significant.
    prior_scale : float
        Strength of the keyness prior relative to the corpus (:func:`framing.study.stats.keyness`).
    keyness_min_count : int
        Keyness charts and tables show a term over-represented in a group when the group used
        it at least this often, and under-represented when the other groups did (and |z| >= 1.96
        either way); ``tables/keyness.csv`` marks them in column ``shown``.
    evidence_per_group : int
        Documents per group in the evidence view (0: none; the report then holds no text).
    max_groups : int
        Refuse group columns with more distinct values (a column of ids is a likely mistake).
    dedupe : bool
        Drop documents whose text exactly repeats an earlier one (else they are counted and
        reported in the data checks, and compared).
    min_group_size : int
        Groups with fewer documents are left out of the comparison (a data-check warning), or
        refused with ``strict``.
    strict : bool
        Refuse, with an error, what the data checks would only warn about for groups: too small.
    near_empty_words : int
        Documents with fewer words are near-empty (a data-check warning).
    covariates : tuple of str
        Metadata columns to adjust for (numeric or categorical): each measure also gets
        covariate-adjusted contrasts against the first group
        (:func:`framing.study.adjusted.adjusted_contrasts`).
    time_column : str or None
        A metadata column of dates: trends per group and period (:mod:`framing.study.trends`).
    freq : {"day", "week", "month", "quarter", "year"}
        The periods of the trends (default: month).
    """

    group_column: str
    measures: Optional[Tuple[str, ...]] = None
    frame_columns: Tuple[str, ...] = ()
    groups: Optional[Tuple[str, ...]] = None
    seed: int = 0
    n_resamples: int = 2000
    ci_method: str = "bca"
    confidence_level: float = 0.95
    test: str = "mannwhitney"
    n_permutations: int = 9999
    fdr_level: float = 0.05
    prior_scale: float = 1.0
    keyness_min_count: int = 5
    top_terms: int = 15
    evidence_per_group: int = 2
    max_groups: int = 40
    dedupe: bool = False
    min_group_size: int = 5
    strict: bool = False
    near_empty_words: int = NEAR_EMPTY_WORDS
    covariates: Tuple[str, ...] = ()
    time_column: Optional[str] = None
    freq: str = "month"

    def __post_init__(self) -> None:
        if not isinstance(self.group_column, str) or not self.group_column:
            raise CompareError("group_column must be a non-empty column name")
        for name in ("measures", "frame_columns", "groups", "covariates"):
            v = getattr(self, name)
            if v is not None and not isinstance(v, tuple):
                object.__setattr__(self, name, tuple(v))
        if self.test not in TESTS:
            raise CompareError(f"unknown test {self.test!r}; valid options are {sorted(TESTS)}")
        if self.ci_method not in CI_METHODS:
            raise CompareError(f"unknown ci_method {self.ci_method!r}; valid options are "
                               f"{sorted(CI_METHODS)}")
        for name, minimum in (("n_resamples", 10), ("n_permutations", 10), ("top_terms", 1),
                              ("keyness_min_count", 1), ("min_group_size", 1),
                              ("near_empty_words", 0),
                              ("evidence_per_group", 0), ("max_groups", 2)):
            v = getattr(self, name)
            if not isinstance(v, (int, np.integer)) or isinstance(v, bool) or v < minimum:
                raise CompareError(f"{name} must be an integer >= {minimum}, got {v!r}")
        if not isinstance(self.seed, (int, np.integer)) or isinstance(self.seed, bool) or self.seed < 0:
            raise CompareError(f"seed must be a non-negative integer, got {self.seed!r}")
        for name in ("confidence_level", "fdr_level"):
            v = getattr(self, name)
            if not isinstance(v, (int, float)) or not 0 < v < 1:
                raise CompareError(f"{name} must be between 0 and 1, got {v!r}")
        if not isinstance(self.prior_scale, (int, float)) or not self.prior_scale > 0:
            raise CompareError(f"prior_scale must be positive, got {self.prior_scale!r}")
        if self.groups is not None and len(set(self.groups)) != len(self.groups):
            raise CompareError(f"groups are listed twice: {list(self.groups)}")
        if self.frame_columns and self.group_column in self.frame_columns:
            raise CompareError(f"{self.group_column!r} is both the group column and a frame column")
        from .trends import FREQS

        if self.freq not in FREQS:
            raise CompareError(f"unknown freq {self.freq!r}; valid options are {list(FREQS)}")
        if self.time_column is not None and (not isinstance(self.time_column, str)
                                             or not self.time_column):
            raise CompareError("time_column must be a non-empty column name")

    @property
    def ci_method_name(self) -> str:
        """The interval method as a methods paragraph names it."""
        return stats.BOOTSTRAP_METHOD_NAMES[self.ci_method]

    def to_dict(self) -> Dict[str, Any]:
        """The settings as plain JSON-able values."""
        out: Dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = list(v) if isinstance(v, tuple) else v
        return out


def report_signature(analyzer: "AnalyzerSettings | Signature", settings: CompareSettings) -> Signature:
    """The report signature: the analyzer's signature plus the comparison settings; everything
    that changes a number in the tables except the data (the corpus fingerprint names those).

    Examples
    --------
    >>> from framing.settings import AnalyzerSettings
    >>> report_signature(AnalyzerSettings.create(lexicons=["hedges"], attribution=None),
    ...                  CompareSettings("outlet")).format()
    'framing:0.1.0|lex:hedges@1.1|tok:rules-1|voice:on|attribution:off|group:outlet|ci:bca-2000-0.95|test:mannwhitney|fdr:selective-bh-0.05|keyness:logodds-dirichlet-1-min5|data:duplicates-kept-min5|seed:0'
    """
    s = settings
    base = analyzer.signature() if isinstance(analyzer, AnalyzerSettings) else analyzer
    test = s.test if s.test == "mannwhitney" else f"permutation-{s.n_permutations}"
    return base.extended({
        "group": s.group_column,
        "ci": f"{s.ci_method}-{s.n_resamples}-{s.confidence_level:g}",
        "test": test,
        "fdr": f"selective-bh-{s.fdr_level:g}",
        "keyness": f"logodds-dirichlet-{s.prior_scale:g}-min{s.keyness_min_count}",
        "data": f"{'dedupe' if s.dedupe else 'duplicates-kept'}-min{s.min_group_size}",
        **({"adjusted": "+".join(s.covariates)} if s.covariates else {}),
        "seed": s.seed,
    })


@dataclass
class Comparison:
    """Everything a comparison computed; :func:`framing.study.report.write_report` writes it out.

    Attributes
    ----------
    groups : list of str
        Groups in report order.
    group_sizes, token_totals : dict
        Documents and word tokens per group.
    documents : pandas.DataFrame
        One row per grouped document: id, group column, frame columns, all scores.
    measures, frames : list of str
        Compared measures (frames included), and the frame measures among them.
    summary, pairwise, omnibus, keyness : pandas.DataFrame
        See :func:`group_summary`, :func:`pairwise_tests`, :func:`omnibus_tests`,
        :func:`framing.study.stats.keyness` (plus a ``layer`` column).
    composition : dict of str -> pandas.DataFrame
        ``source_types``, ``cue_stances``, ``quote_types``: ``group, category, count, share``.
    evidence : list of (group, Analysis)
        The sampled documents for the evidence view.
    lexicons : list
        The analyzer's :class:`~framing.lexicon.Lexicon` objects (for hashes and citations).
    fingerprint : dict
        ``n_documents_read``, ``n_documents``, ``n_without_group``, ``n_other_groups``,
        ``n_skipped``, ``inputs`` (name, sha256), ``documents_sha256``.
    entities : pandas.DataFrame or None
        With ``--entity``: :func:`entity_table` (per group and entity, pooled shares with
        bootstrap CIs).
    trends, trend_tests : pandas.DataFrame or None
        With ``settings.time_column``: :func:`framing.study.trends.trend_table` and
        :func:`framing.study.trends.trend_tests`.
    term_totals : dict of str -> dict of str -> int
        Per layer and group, the count of all its terms (loaded words, hedges, attribution
        cues), including the terms too rare to be kept in ``keyness``.
    adjusted : pandas.DataFrame or None
        Covariate-adjusted contrasts (with ``settings.covariates``; see
        :func:`framing.study.adjusted.adjusted_contrasts`).
    data_checks : list of str
        The problems the data checks found (exact duplicate texts, groups too small to test,
        near-empty documents), one sentence each; the CLI prints them as warnings and the
        report lists them.
    title, notes, references, data_description
        Report text: notes are paragraphs shown at the top (e.g. "this corpus is fictional"),
        references extra BibTeX entries (e.g. for data sets), the data description a part of
        the methods paragraph.
    """

    settings: CompareSettings
    groups: List[str]
    group_sizes: Dict[str, int]
    documents: Any
    measures: List[str]
    frames: List[str]
    summary: Any
    pairwise: Any
    omnibus: Any
    keyness: Any
    composition: Dict[str, Any]
    token_totals: Dict[str, int]
    evidence: List[Tuple[str, Any]]
    signature: str
    analyzer_signature: str
    lexicons: List[Any]
    fingerprint: Dict[str, Any]
    analysis: Optional[AnalyzerSettings] = None
    skipped: List[RecordError] = field(default_factory=list)
    title: str = ""
    notes: List[str] = field(default_factory=list)
    references: List[str] = field(default_factory=list)
    data_description: str = ""
    measure_labels: Dict[str, str] = field(default_factory=dict)
    data_checks: List[str] = field(default_factory=list)
    adjusted: Any = None
    term_totals: Dict[str, Dict[str, int]] = field(default_factory=dict)
    entities: Any = None
    trends: Any = None
    trend_tests: Any = None

    def label(self, measure: str) -> str:
        """Human-readable label of a measure (see :func:`measure_label`)."""
        return measure_label(measure, self.measure_labels)


def measure_label(measure: str, labels: Optional[Mapping[str, str]] = None) -> str:
    """Human-readable label of a measure: from ``labels``, :data:`MEASURE_LABELS`, or made
    from the name of a rate (``*_per_1k``) or share (``*_share``).

    Examples
    --------
    >>> measure_label("hedge_per_1k"), measure_label("approximator_per_1k")
    ('Hedges per 1,000 tokens', 'Approximators per 1,000 tokens')
    >>> measure_label("gold_share"), measure_label("year")
    ('Gold share', 'year')
    """
    if labels and measure in labels:
        return labels[measure]
    if measure in MEASURE_LABELS:
        return MEASURE_LABELS[measure]
    if measure.endswith("_per_1k"):
        return measure[: -len("_per_1k")].replace("_", " ").capitalize() + " per 1,000 tokens"
    if measure.endswith("_share"):
        return measure.replace("_", " ").capitalize()
    return measure


# --------------------------------------------------------------------------------------------
# statistics on a documents table (usable with framing.score output)


def _ordered_groups(df: Any, group_column: str, groups: Optional[Sequence[Any]]) -> List[Any]:
    if group_column not in df.columns:
        raise CompareError(f"no column {group_column!r}; columns present: {list(df.columns)}")
    present = [g for g in df[group_column].dropna().unique()]
    if groups is not None:
        return [g for g in groups if g in set(present)]
    return sorted(present, key=lambda g: stats.natural_key(str(g)))


def _values(df: Any, group_column: str, measure: str, group: Any) -> np.ndarray:
    """The defined values of ``measure`` in one group."""
    import pandas as pd

    return pd.to_numeric(df.loc[df[group_column] == group, measure], errors="coerce").dropna().to_numpy(float)


def _check_measures(df: Any, measures: Sequence[str]) -> None:
    missing = [m for m in measures if m not in df.columns]
    if missing:
        raise CompareError(f"unknown measures {missing}; columns available: {list(df.columns)}")


def group_summary(df: Any, group_column: str, measures: Sequence[str], *,
                  groups: Optional[Sequence[Any]] = None, n_resamples: int = 2000,
                  confidence_level: float = 0.95, seed: int = 0, method: str = "bca") -> Any:
    """Per-group mean, bootstrap CI, median and SD of each measure.

    Each group is resampled with its own seed (from ``seed`` and the group name), so its
    interval does not change when other groups are added.

    Parameters
    ----------
    df : pandas.DataFrame
        One row per document (e.g. :func:`framing.score` output plus a group column).
    measures : sequence of str
        Numeric columns; empty cells are undefined values.
    groups : sequence, optional
        Groups in order (default: natural sort order of the values present).
    n_resamples, confidence_level, seed, method
        As for :func:`framing.study.stats.bootstrap_means` (``bca`` or ``percentile``).

    Returns
    -------
    pandas.DataFrame
        Columns ``measure, group, n, mean, ci_low, ci_high, median, sd``; one row per measure
        and group, measures in the given order.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"g": ["a", "a", "a", "b", "b"], "x": [1.0, 2.0, 3.0, 5.0, None]})
    >>> group_summary(df, "g", ["x"], n_resamples=100)[["group", "n", "mean", "median"]]
      group  n  mean  median
    0     a  3   2.0     2.0
    1     b  1   5.0     5.0
    """
    import pandas as pd

    _check_measures(df, measures)
    order = _ordered_groups(df, group_column, groups)
    records = []
    for g in order:
        part = df[df[group_column] == g]
        mat = part[list(measures)].apply(pd.to_numeric, errors="coerce").to_numpy(float)
        cis = stats.bootstrap_means(mat, n_resamples=n_resamples, confidence_level=confidence_level,
                                    method=method, seed=_group_seed(seed, g))
        for j, m in enumerate(measures):
            col = mat[:, j]
            col = col[~np.isnan(col)]
            ci = cis[j]
            records.append({
                "measure": m, "group": g, "n": ci.n, "mean": ci.estimate, "ci_low": ci.low,
                "ci_high": ci.high,
                "median": float(np.median(col)) if col.size else math.nan,
                "sd": float(np.std(col, ddof=1)) if col.size > 1 else math.nan,
            })
    position = {m: k for k, m in enumerate(measures)}
    records.sort(key=lambda r: position[r["measure"]])
    return pd.DataFrame.from_records(records, columns=["measure", "group", "n", "mean", "ci_low",
                                                       "ci_high", "median", "sd"])


#: Distinct group values remembered to name the valid ones after a typo in ``groups``.
_MAX_SEEN_GROUPS = 10_000


def _group_seed(seed: int, group: Any) -> np.random.Generator:
    digest = hashlib.sha256(f"{seed}\x00{group}".encode("utf-8")).digest()
    return np.random.default_rng([seed, int.from_bytes(digest[:8], "little")])


def pairwise_tests(df: Any, group_column: str, measures: Sequence[str], *,
                   groups: Optional[Sequence[Any]] = None, test: str = "mannwhitney",
                   n_permutations: int = 9999, seed: int = 0, fdr_level: float = 0.05) -> Any:
    """All pairwise group tests for each measure, with BH q-values across the whole family.

    Parameters
    ----------
    df, group_column, measures, groups
        As for :func:`group_summary`.
    test : {"mannwhitney", "permutation"}
    fdr_level : float
        ``significant`` is ``q < fdr_level``.

    Returns
    -------
    pandas.DataFrame
        Columns ``measure, group_a, group_b, n_a, n_b, mean_a, mean_b, difference, statistic,
        p_value, q_value, cliffs_delta, significant``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"g": list("aaaabbbbcccc"), "x": [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 5]})
    >>> t = pairwise_tests(df, "g", ["x"])
    >>> t[["group_a", "group_b", "cliffs_delta"]].to_dict("records")[0]
    {'group_a': 'a', 'group_b': 'b', 'cliffs_delta': -1.0}
    """
    import pandas as pd

    if test not in TESTS:
        raise CompareError(f"unknown test {test!r}; valid options are {sorted(TESTS)}")
    _check_measures(df, measures)
    order = _ordered_groups(df, group_column, groups)
    records = []
    for m in measures:
        values = {g: _values(df, group_column, m, g) for g in order}
        for a, b in itertools.combinations(order, 2):
            x, y = values[a], values[b]
            if test == "mannwhitney":
                r = stats.mann_whitney(x, y)
            else:
                pair_seed = _group_seed(seed, f"{m}\x00{a}\x00{b}")
                r = stats.permutation_test(x, y, n_resamples=n_permutations, seed=pair_seed)
            mean_a = float(x.mean()) if x.size else math.nan
            mean_b = float(y.mean()) if y.size else math.nan
            records.append({
                "measure": m, "group_a": a, "group_b": b, "n_a": int(x.size), "n_b": int(y.size),
                "mean_a": mean_a, "mean_b": mean_b, "difference": mean_a - mean_b,
                "statistic": r.statistic, "p_value": r.pvalue, "cliffs_delta": r.effect_size,
            })
    columns = ["measure", "group_a", "group_b", "n_a", "n_b", "mean_a", "mean_b", "difference",
               "statistic", "p_value", "q_value", "cliffs_delta", "significant"]
    out = pd.DataFrame.from_records(records)
    if out.empty:
        return pd.DataFrame(columns=columns)
    out["q_value"] = stats.benjamini_hochberg(out["p_value"].to_numpy(float))
    out["significant"] = out["q_value"] < fdr_level
    return out[columns]


def gate_pairwise(pairwise: Any, omnibus: Any, fdr_level: float = 0.05) -> Any:
    """The pairwise tests under the omnibus tests: Benjamini and Bogomolov's (2014) selective
    procedure (:func:`framing.study.stats.selective_bh`), with each measure's pairwise tests a
    family selected by its Kruskal-Wallis test.

    Returns a copy of ``pairwise`` with ``q_value`` the within-measure BH q-value times
    (measures / selected measures), ``omnibus_significant`` the measure's selection, and
    ``significant`` true only for a selected measure's pair with ``q_value < fdr_level``: a
    pairwise difference is never significant where the omnibus test is not.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"g": list("aaaabbbbcccc"), "x": [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 5]})
    >>> t = gate_pairwise(pairwise_tests(df, "g", ["x"]), omnibus_tests(df, "g", ["x"]))
    >>> t[["group_a", "group_b", "omnibus_significant", "significant"]].values.tolist()[0]
    ['a', 'b', True, False]
    """
    import pandas as pd

    out = pairwise.copy()
    if out.empty:
        out["omnibus_significant"] = pd.Series(dtype=bool)
        return out
    measures = list(omnibus["measure"])
    families = [out.index[out["measure"] == m] for m in measures]
    _, selected, child_q, rejected = stats.selective_bh(
        omnibus["p_value"].to_numpy(float),
        [out.loc[idx, "p_value"].to_numpy(float) for idx in families], fdr_level)
    out["omnibus_significant"] = False
    for idx, sel, q, rej in zip(families, selected, child_q, rejected):
        out.loc[idx, "q_value"] = q
        out.loc[idx, "significant"] = rej
        out.loc[idx, "omnibus_significant"] = bool(sel)
    out["significant"] = out["significant"].astype(bool)
    out["omnibus_significant"] = out["omnibus_significant"].astype(bool)
    return out


def omnibus_tests(df: Any, group_column: str, measures: Sequence[str], *,
                  groups: Optional[Sequence[Any]] = None) -> Any:
    """Kruskal-Wallis test of each measure across all groups, with BH q-values over measures.

    Returns
    -------
    pandas.DataFrame
        Columns ``measure, n, k, H, p_value, q_value, epsilon_squared``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"g": list("aaabbbccc"), "x": range(9)})
    >>> omnibus_tests(df, "g", ["x"])[["k", "H"]].round(2).to_dict("records")
    [{'k': 3, 'H': 7.2}]
    """
    import pandas as pd

    _check_measures(df, measures)
    order = _ordered_groups(df, group_column, groups)
    records = []
    for m in measures:
        r = stats.kruskal_wallis(*(_values(df, group_column, m, g) for g in order))
        records.append({"measure": m, "n": r.n_x, "k": r.n_y, "H": r.statistic, "p_value": r.pvalue,
                        "epsilon_squared": r.effect_size})
    out = pd.DataFrame.from_records(records, columns=["measure", "n", "k", "H", "p_value", "epsilon_squared"])
    out.insert(5, "q_value", stats.benjamini_hochberg(out["p_value"].to_numpy(float)) if len(out) else [])
    return out


def composition_table(tallies: Mapping[Any, Mapping[str, int]], categories: Sequence[str],
                      groups: Sequence[Any]) -> Any:
    """Counts and shares of categories per group (long table).

    Examples
    --------
    >>> composition_table({"A": {"named": 3, "vague": 1}}, ["named", "vague"], ["A"]).to_dict("records")
    [{'group': 'A', 'category': 'named', 'count': 3, 'share': 0.75}, {'group': 'A', 'category': 'vague', 'count': 1, 'share': 0.25}]
    """
    import pandas as pd

    cats = list(categories) + sorted({c for g in groups for c in tallies.get(g, {})} - set(categories))
    records = []
    for g in groups:
        t = tallies.get(g, {})
        total = sum(t.values())
        for c in cats:
            n = int(t.get(c, 0))
            records.append({"group": g, "category": c, "count": n,
                            "share": n / total if total else math.nan})
    return pd.DataFrame.from_records(records, columns=["group", "category", "count", "share"])


#: The pooled entity measures of :func:`entity_table`: name -> (numerator, denominator)
#: columns of the documents table (``{e}`` is ``entity.<NAME>``), and a scale.
ENTITY_POOLED = {
    "source_share": ("{e}.as_source", "attributions", 1.0),
    "nonneutral_share": ("{e}.nonneutral", "{e}.as_source", 1.0),
    "distancing_share": ("{e}.cue_distancing", "{e}.as_source", 1.0),
    "loaded_near_per_100_mentions": ("{e}.loaded_near", "{e}.mentions", 100.0),
}


def entity_table(docs: Any, group_column: str, groups: Sequence[Any], entities: Sequence[str],
                 n_resamples: int = 2000, confidence_level: float = 0.95, seed: Any = 0) -> Any:
    """Per group and entity, pooled over the group's documents: the share of the attributions
    in the author's voice that have the entity as their source, the share of non-neutral and
    of distancing cues among those, and loaded words near its mentions per 100 mentions, each
    a ratio of sums with a percentile bootstrap CI that resamples documents.

    Examples
    --------
    >>> import pandas as pd
    >>> d = pd.DataFrame({"g": ["A", "A", "B"], "attributions": [4, 6, 5],
    ...                   "entity.X.mentions": [2, 2, 1], "entity.X.as_source": [1, 3, 0],
    ...                   "entity.X.cue_neutral": [1, 1, 0], "entity.X.cue_distancing": [0, 2, 0],
    ...                   "entity.X.loaded_near": [1, 0, 0]})
    >>> t = entity_table(d, "g", ["A", "B"], ["X"], n_resamples=50)
    >>> t[["group", "source_share", "distancing_share", "loaded_near_per_100_mentions"]].values.tolist()
    [['A', 0.4, 0.5, 25.0], ['B', 0.0, nan, 0.0]]
    """
    import pandas as pd

    from ..attribution import STANCES

    rows = []
    for ent in entities:
        e = f"entity.{ent}"
        cols = {k: (num.format(e=e), den.format(e=e), scale)
                for k, (num, den, scale) in ENTITY_POOLED.items()}
        for g in groups:
            sub = docs[docs[group_column] == g]
            values = sub.reindex(columns=[f"{e}.mentions", f"{e}.as_source", "attributions",
                                          f"{e}.loaded_near"]
                                 + [f"{e}.cue_{st}" for st in STANCES]).fillna(0)
            values[f"{e}.nonneutral"] = values[f"{e}.as_source"] - values[f"{e}.cue_neutral"]
            row: Dict[str, Any] = {"group": g, "entity": ent, "documents": int(len(sub)),
                                   "documents_mentioning": int((values[f"{e}.mentions"] > 0).sum()),
                                   "mentions": int(values[f"{e}.mentions"].sum()),
                                   "as_source": int(values[f"{e}.as_source"].sum()),
                                   "attributions": int(values["attributions"].sum())}
            for k, (num, den, scale) in cols.items():
                xy = values[[num, den]].to_numpy(dtype=float)
                tot = xy.sum(axis=0)
                row[k] = float(scale * tot[0] / tot[1]) if tot[1] > 0 else math.nan
                if tot[1] > 0 and len(xy) >= 2:
                    def ratio(res: np.ndarray, axis: int, _s: float = scale) -> np.ndarray:
                        t = res.sum(axis=axis)
                        with np.errstate(invalid="ignore", divide="ignore"):
                            return _s * t[..., 0] / t[..., 1]

                    ci = stats.bootstrap_ci(xy, ratio, n_resamples=n_resamples,
                                            confidence_level=confidence_level, seed=seed)
                    row[f"{k}_low"], row[f"{k}_high"] = float(ci.low), float(ci.high)
                else:
                    row[f"{k}_low"] = row[f"{k}_high"] = math.nan
            rows.append(row)
    columns = ["group", "entity", "documents", "documents_mentioning", "mentions", "as_source",
               "attributions"] + [c for k in ENTITY_POOLED for c in (k, f"{k}_low", f"{k}_high")]
    return pd.DataFrame.from_records(rows, columns=columns)


def trend_table(docs: Any, group_column: str, period_column: str, groups: Sequence[Any],
                measures: Sequence[str], n_resamples: int = 2000, confidence_level: float = 0.95,
                seed: int = 0, method: str = "bca", min_n: int = 5) -> Any:
    """Per group, period and measure: n, mean and bootstrap CI (``few``: n < ``min_n``)."""
    import pandas as pd

    parts = []
    for g in groups:
        sub = docs[(docs[group_column] == g) & docs[period_column].notna()]
        if not len(sub):
            continue
        order = sorted(sub[period_column].unique())
        t = group_summary(sub, period_column, list(measures), groups=order,
                          n_resamples=n_resamples, confidence_level=confidence_level,
                          seed=seed, method=method)
        t = t.rename(columns={"group": "period"})
        t.insert(0, "group", g)
        parts.append(t)
    cols = ["group", "measure", "period", "n", "mean", "ci_low", "ci_high", "median", "sd"]
    if not parts:
        return pd.DataFrame(columns=cols + ["few"])
    out = pd.concat(parts, ignore_index=True)
    out = out[["group", "measure", "period", "n", "mean", "ci_low", "ci_high", "median", "sd"]]
    out["few"] = out["n"] < min_n
    return out


def joint_bh(omnibus: Any, trend_tests: Any, fdr_level: float) -> Tuple[Any, Any]:
    """The omnibus tests and the trend tests with their q-values from one Benjamini-Hochberg
    procedure over both families' p-values (the trend tests are corrected with the rest).

    Examples
    --------
    >>> import pandas as pd
    >>> om = pd.DataFrame({"measure": ["a"], "p_value": [0.01], "q_value": [0.01]})
    >>> tr = pd.DataFrame({"p_value": [0.04, float("nan")], "q_value": [0.04, float("nan")],
    ...                    "significant": [True, False]})
    >>> om2, tr2 = joint_bh(om, tr, 0.05)
    >>> om2.q_value.tolist(), tr2.q_value.round(3).tolist()[0], bool(tr2.significant[0])
    ([0.02], 0.04, True)
    """
    om, tr = omnibus.copy(), trend_tests.copy()
    p = np.concatenate([om["p_value"].to_numpy(float), tr["p_value"].to_numpy(float)])
    ok = ~np.isnan(p)
    q = np.full(len(p), np.nan)
    if ok.any():
        q[ok] = stats.benjamini_hochberg(p[ok])
    om["q_value"] = q[:len(om)]
    tr["q_value"] = q[len(om):]
    tr["significant"] = tr["q_value"] < fdr_level
    return om, tr


def _trends(docs: Any, cfg: "CompareSettings", groups: Sequence[Any], measures: Sequence[str],
            checks: List[str]) -> Tuple[Any, Any]:
    """The trend table and tests of ``cfg.time_column``; dates that are not dates are a data
    check (counted, with examples); a column that is missing or has no date at all is an error."""
    from .trends import periods, trend_tests

    col = cfg.time_column
    if col not in docs.columns:
        raise CompareError(f"no time column {col!r} (--time-column); columns present: "
                           f"{[c for c in docs.columns if not str(c).endswith(('_per_1k', '_share'))][:20]}")
    labels, bad = periods(docs[col], cfg.freq)
    if labels.isna().all():
        example = f" (e.g. {bad[0]!r})" if bad else ""
        raise CompareError(f"time column {col!r} has no readable date in any of the "
                           f"{len(docs)} documents{example}")
    if bad:
        shown = ", ".join(repr(b) for b in bad[:3])
        checks.append(f"{len(bad)} document{'s' if len(bad) > 1 else ''} with a {col} that is "
                      f"not a date (e.g. {shown}): left out of the trends")
    period = "__period__"
    tdocs = docs.assign(**{period: labels.to_numpy()})
    table = trend_table(tdocs, cfg.group_column, period, groups, measures,
                        n_resamples=cfg.n_resamples, confidence_level=cfg.confidence_level,
                        seed=cfg.seed, method=cfg.ci_method, min_n=cfg.min_group_size)
    tests = trend_tests(tdocs, cfg.group_column, period, groups, measures,
                        fdr_level=cfg.fdr_level)
    return table, tests


# --------------------------------------------------------------------------------------------
# the pipeline


def _frame_value(value: Any, column: str, doc: Document) -> Optional[float]:
    if value is None:
        return None
    if isinstance(value, (bool, int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None
        if value in (0, 1):
            return float(value)
    else:
        s = str(value).strip().lower()
        if s == "":
            return None
        if s in _TRUE:
            return 1.0
        if s in _FALSE:
            return 0.0
    raise CompareError(f"{doc.location}: frame column {column!r} holds {value!r}; frame columns "
                       f"must be binary: {sorted(_TRUE)} or {sorted(_FALSE)} (empty: missing)")


#: Attribution tallies of a document summary: its key, the composition's name, the categories.
_TALLIES = (("sources", "source_types", SOURCE_TYPES), ("stances", "cue_stances", STANCES),
            ("quotes", "quote_types", QUOTE_TYPES))


class _Accumulator:
    """Collects per-document summaries, group by group (streaming)."""

    def __init__(self, settings: CompareSettings) -> None:
        self.s = settings
        self.rows: List[Dict[str, Any]] = []
        self.terms: Dict[str, Dict[str, Counter]] = {}
        self.tallies: Dict[str, Dict[str, Counter]] = {key: {} for key, _, _ in _TALLIES}
        self.tokens: Counter = Counter()
        self.reservoir: Dict[str, List[Tuple[bytes, Document]]] = {}
        self.n_read = 0
        self.n_without_group = 0
        self.seen_groups: set = set()  # every value of the group column (to name typos)
        self.duplicates = DuplicateFinder(keep_all=True)  # exact duplicate texts
        self.n_dropped_duplicates = 0
        self.near_empty: List[str] = []
        self.foreign: List[Tuple[str, str]] = []  # (document id, language) not in English
        self.unclosed: List[str] = []  # documents with a quotation mark never closed
        self.n_other_groups = 0
        self.hasher = hashlib.sha256()

    def _check_columns(self, doc: Document) -> None:
        s = self.s
        present = list(doc.meta)
        if s.group_column not in doc.meta:
            if not present:
                raise CompareError(f"{doc.location}: no column {s.group_column!r}: the input has no "
                                   "metadata columns (plain .txt input); compare needs a tabular "
                                   "input (.csv, .tsv, .jsonl, .parquet) with a group column")
            raise CompareError(f"{doc.location}: no column {s.group_column!r}; columns present: "
                               f"{present} (give one with --group-column)")
        missing = [c for c in s.frame_columns if c not in doc.meta]
        if missing:
            raise CompareError(f"{doc.location}: frame columns {missing} not found; columns present: "
                               f"{present}")

    def accept(self, doc: Document) -> bool:
        """Count and hash a document read (checking the first one's columns); is it compared?"""
        if self.n_read == 0:
            self._check_columns(doc)
        self.n_read += 1
        group = label_text(doc.meta.get(self.s.group_column))
        if group is not None and len(self.seen_groups) < _MAX_SEEN_GROUPS:
            self.seen_groups.add(group)
        if group is None:
            self.n_without_group += 1
        elif self.s.groups is not None and group not in self.s.groups:
            self.n_other_groups += 1
            group = None
        data = doc.text.encode("utf-8", "surrogatepass")
        self.hasher.update(f"{doc.id}\x1f{group if group is not None else ''}\x1f".encode("utf-8"))
        self.hasher.update(data)
        self.hasher.update(b"\x1e")
        if group is not None and self.duplicates.add(str(doc.id), doc.text):
            if self.s.dedupe:  # an exact duplicate text among the compared documents
                self.n_dropped_duplicates += 1
                return False
        return group is not None

    def add(self, doc: Document, summary: Dict[str, Any]) -> None:
        s = self.s
        group = label_text(doc.meta.get(s.group_column))
        row = summary["row"]
        out: Dict[str, Any] = {"id": doc.id, s.group_column: group}
        for c in s.frame_columns:
            out[c] = _frame_value(doc.meta.get(c), c, doc)
        for k, v in row.items():  # metadata columns pass through, then the scores
            if k == "id" or k in out:
                continue
            out[k] = v
        self.rows.append(out)
        self.tokens[group] += int(row.get("n_tokens") or 0)
        if int(row.get("n_tokens") or 0) < s.near_empty_words:
            self.near_empty.append(str(doc.id))
        if summary.get("language"):
            self.foreign.append((str(doc.id), str(summary["language"])))
        if summary.get("unclosed_quotes"):
            self.unclosed.append(str(doc.id))
        gterms = self.terms.setdefault(group, {})
        for layer, counter in summary["terms"].items():
            gterms.setdefault(layer, Counter()).update(counter)
        for key, _, _ in _TALLIES:
            self.tallies[key].setdefault(group, Counter()).update(summary[key])
        if s.evidence_per_group > 0:  # a seeded sample, keyed by place, not by worker timing
            where = f"{s.seed}\x00{group}\x00{doc.origin}\x00{doc.line}\x00{doc.id}"
            key = hashlib.sha256(where.encode("utf-8")).digest()
            picked = self.reservoir.setdefault(group, [])
            bisect.insort(picked, (key, doc), key=lambda item: item[0])
            del picked[s.evidence_per_group:]


def compare_documents(
    documents: Iterable[Document],
    group_column: str,
    output_dir: "Optional[str | os.PathLike[str]]" = None,
    *,
    inputs: Sequence[Any] = (),
    settings: Optional[AnalyzerSettings] = None,
    lexicons: Optional[Sequence[Any]] = None,
    jobs: int = 1,
    on_error: str = "fail",
    errors: Optional[Callable[[RecordError], Any]] = None,
    progress: Optional[Callable[[], Any]] = None,
    title: str = "",
    notes: Sequence[str] = (),
    references: Sequence[str] = (),
    data_description: str = "",
    measure_labels: Optional[Mapping[str, str]] = None,
    write_documents: Sequence[str] = ("csv", "parquet"),
    figure_formats: Sequence[str] = ("png", "svg"),
    **options: Any,
) -> Comparison:
    """Compare groups of documents (from any source) and optionally write the report.

    Parameters
    ----------
    documents : iterable of framing.corpus.Document
        Each document's ``meta`` holds the group column (and any frame columns).
    inputs : sequence of paths or (label, path) pairs
        Files the documents came from, hashed for the corpus fingerprint
        (:func:`framing.corpus.fingerprint_inputs`).
    lexicons : sequence of str, optional
        Instead of ``settings``: the lexicons (bundled names or ``.lex`` paths; ``"default"``
        stands for the defaults), with the other settings at default.
    on_error : {"fail", "skip"}
        What to do when the analysis of a document fails; ``errors`` receives each skipped
        document's :class:`~framing.corpus.RecordError`, ``progress()`` each analysed one.
    title, notes, references, data_description : str, list of str, list of str, str
        Report text (see :class:`Comparison`).
    measure_labels : mapping, optional
        Labels for measures not in :data:`MEASURE_LABELS` (e.g. frame columns).
    write_documents, figure_formats
        As for :func:`framing.study.report.write_report` (empty: no per-document tables).
    **options
        Fields of :class:`CompareSettings` (``seed``, ``n_resamples``, ``measures``, ...).

    Examples
    --------
    >>> from framing.corpus import Document
    >>> docs = [Document(str(k), t, {"leaning": g}) for k, (g, t) in enumerate([
    ...     ("left", "Critics claimed the shameful plan failed."),
    ...     ("left", "Observers alleged a brazen cover-up."),
    ...     ("right", "The minister said the plan may cost about 40 million."),
    ...     ("right", "Officials said the budget could grow.")])]
    >>> c = compare_documents(docs, "leaning", n_resamples=100, measures=["distancing_cue_share"],
    ...                       min_group_size=2)
    >>> c.summary[["group", "n", "mean"]].to_dict("records")
    [{'group': 'left', 'n': 2, 'mean': 1.0}, {'group': 'right', 'n': 2, 'mean': 0.0}]
    """
    from ..engine import chunk_documents, make_engine, ordered_results

    if on_error not in ("fail", "skip"):
        raise CompareError(f"unknown on_error {on_error!r}; valid options are ['fail', 'skip']")
    if not isinstance(jobs, int) or jobs < 1:
        raise CompareError(f"jobs must be a positive integer, got {jobs!r}")
    unknown = sorted(set(options) - {f.name for f in fields(CompareSettings)})
    if unknown:
        raise TypeError(f"unknown settings {unknown}; valid options are "
                        f"{sorted(f.name for f in fields(CompareSettings) if f.name != 'group_column')}")
    analysis = as_settings(settings, **({} if lexicons is None else {"lexicons": lexicons}))
    cfg = CompareSettings(group_column=group_column, **options)
    for what, chosen, valid in (("per-document format", write_documents, ["csv", "parquet"]),
                                ("figure format", figure_formats, ["pdf", "png", "svg"])):
        for value in chosen:
            if value not in valid:
                raise CompareError(f"unknown {what} {value!r}; valid options are {valid}")
    fingerprint = fingerprint_inputs(inputs) if inputs else []
    acc = _Accumulator(cfg)
    skipped: List[RecordError] = []
    with make_engine("local", jobs=jobs, settings=analysis) as engine:  # documents in input order
        chunks = chunk_documents(lambda on_bad_record: filter(acc.accept, documents))
        for chunk, outcomes in ordered_results(engine, analysis, "summary", chunks):
            for doc, outcome in zip(chunk.docs, outcomes or []):
                if outcome.ok:
                    acc.add(doc, json.loads(outcome.line))  # the Analysis.summary() of the document
                    if progress is not None:
                        progress()
                    continue
                if on_error != "skip":
                    raise CompareError(f"{doc.location}: {outcome.error}; rerun with --on-error "
                                       "skip to go on")
                skipped.append(RecordError(doc.origin, doc.line, None, outcome.error))
                if errors is not None:
                    errors(skipped[-1])
    labels = category_labels(analysis)
    labels.update(measure_labels or {})
    comparison = _finish(acc, cfg, analysis, skipped, fingerprint, title=title, notes=list(notes),
                         references=list(references), data_description=data_description,
                         measure_labels=labels)
    if output_dir is not None:
        from .report import write_report

        write_report(comparison, output_dir, write_documents=write_documents,
                     figure_formats=figure_formats)
    return comparison


def compare(
    inputs: "str | os.PathLike[str] | Sequence[str | os.PathLike[str]]",
    group_column: str,
    output_dir: "Optional[str | os.PathLike[str]]" = None,
    *,
    text_column: str = "text",
    id_column: str = "id",
    fmt: str = "auto",
    delimiter: Optional[str] = None,
    encoding_errors: str = "strict",
    on_error: str = "fail",
    errors: Optional[Callable[[RecordError], Any]] = None,
    **kwargs: Any,
) -> Comparison:
    """Compare the groups of a corpus read from files; write the report to ``output_dir``.

    The files are read with :func:`framing.corpus.iter_documents` (same options); other keyword
    arguments go to :func:`compare_documents` (``jobs``, ``title``, ``seed``, ``measures``, ...).

    Examples
    --------
    >>> import os, tempfile, json
    >>> folder = tempfile.mkdtemp()
    >>> path = os.path.join(folder, "news.jsonl")
    >>> with open(path, "w", encoding="utf-8") as f:
    ...     for k, (o, t) in enumerate([("X", "Critics claimed it was a disgrace."),
    ...                                  ("X", "Observers alleged a shameful cover-up."),
    ...                                  ("Y", "The mayor said it may rain."),
    ...                                  ("Y", "Officials said costs could rise.")]):
    ...         _ = f.write(json.dumps({"id": str(k), "text": t, "outlet": o}) + "\\n")
    >>> c = compare(path, "outlet", os.path.join(folder, "report"), n_resamples=100,
    ...             min_group_size=2)
    >>> c.group_sizes
    {'X': 2, 'Y': 2}
    >>> {"report.html", "signature.txt", "tables"} <= set(os.listdir(os.path.join(folder, "report")))
    True
    """
    paths = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    if not paths:
        raise CompareError("no inputs given")
    if output_dir is not None:
        out = Path(output_dir).resolve()
        for p in paths:
            if os.fspath(p) != "-" and (Path(p).resolve() == out or out in Path(p).resolve().parents):
                raise CompareError(f"{os.fspath(p)}: the input lies inside the output folder "
                                   f"{os.fspath(output_dir)}, which the report replaces")
    skip_sink: List[RecordError] = []

    def reader_error(err: RecordError) -> None:
        skip_sink.append(err)
        if errors is not None:
            errors(err)

    docs = iter_documents(paths, text_column=text_column, id_column=id_column, fmt=fmt,
                          on_error=on_error, errors=reader_error, encoding_errors=encoding_errors,
                          delimiter=delimiter)
    comparison = compare_documents(docs, group_column, None, inputs=paths, on_error=on_error,
                                   errors=errors, **kwargs)
    comparison.skipped = skip_sink + comparison.skipped
    comparison.fingerprint["n_skipped"] = len(comparison.skipped)
    if output_dir is not None:
        from .report import write_report

        write_report(comparison, output_dir,
                     write_documents=kwargs.get("write_documents", ("csv", "parquet")),
                     figure_formats=kwargs.get("figure_formats", ("png", "svg")))
    return comparison


def _finish(acc: _Accumulator, cfg: CompareSettings, analysis: AnalyzerSettings,
            skipped: List[RecordError], fingerprint_inputs: List[Dict[str, Any]],
            **text: Any) -> Comparison:
    import pandas as pd

    from ..analyzer import analyzer_for

    if acc.n_read == 0:
        raise CompareError("the input holds no documents")
    docs = pd.DataFrame.from_records(acc.rows)
    if docs.empty:
        where = f" among {list(cfg.groups)}" if cfg.groups is not None else ""
        raise CompareError(f"no document has a value in column {cfg.group_column!r}{where}; "
                           f"{acc.n_without_group} documents without a value")
    present = sorted(docs[cfg.group_column].unique(), key=lambda g: stats.natural_key(str(g)))
    if cfg.groups is not None:  # a typo in --groups is named, with the valid names
        unknown = [g for g in cfg.groups if g not in acc.seen_groups]
        if unknown and len(acc.seen_groups) < _MAX_SEEN_GROUPS:  # all values seen: a typo
            valid = sorted(acc.seen_groups, key=lambda g: stats.natural_key(str(g)))
            raise CompareError(f"unknown group{'s' if len(unknown) > 1 else ''} {unknown} in "
                               f"column {cfg.group_column!r}; its groups are {valid}")
    groups = [g for g in cfg.groups if g in set(present)] if cfg.groups is not None else present
    if len(groups) > cfg.max_groups:
        raise CompareError(f"column {cfg.group_column!r} has {len(groups)} distinct values; compare "
                           f"handles up to {cfg.max_groups} groups (raise max_groups / --max-groups "
                           "if this is intended; a column of ids or free text is a likely mistake)")
    checks: List[str] = []
    if acc.duplicates.pairs:  # exact duplicate texts
        checks.append(duplicates_message(
            acc.duplicates.pairs, f"{acc.n_dropped_duplicates} dropped (--dedupe)" if cfg.dedupe
            else "they are compared as they are; --dedupe drops them"))
    if acc.foreign:
        checks.append(foreign_message(acc.foreign, "missing and left out of the statistics"))
    if acc.near_empty:
        checks.append(near_empty_message(acc.near_empty, cfg.near_empty_words))
    if acc.unclosed:
        checks.append(unclosed_message(acc.unclosed))
    counts = docs[cfg.group_column].value_counts()
    small = [g for g in groups if int(counts.get(g, 0)) < cfg.min_group_size]
    if small:
        sizes_text = ", ".join(f"{g} ({int(counts.get(g, 0))})" for g in small)
        if cfg.strict:
            raise CompareError(f"group{'s' if len(small) > 1 else ''} with fewer than "
                               f"{cfg.min_group_size} documents (--min-group-size): {sizes_text}; "
                               "refused (--strict)")
        checks.append(f"group{'s' if len(small) > 1 else ''} with fewer than {cfg.min_group_size} "
                      f"documents left out of the comparison (--min-group-size): {sizes_text}")
        groups = [g for g in groups if g not in small]
        docs = docs[docs[cfg.group_column].isin(groups)].reset_index(drop=True)
    if len(groups) < 2:
        left = f" after leaving out groups smaller than {cfg.min_group_size}" if small else ""
        raise CompareError(f"column {cfg.group_column!r} has {len(groups)} group ({groups}){left}; "
                           "a comparison needs at least two")
    if cfg.groups is not None:
        absent = [g for g in cfg.groups if g not in set(present)]
        if absent:
            raise CompareError(f"groups {absent} have no documents; values present in column "
                               f"{cfg.group_column!r}: {present}")
    frames = list(cfg.frame_columns)
    if cfg.measures is not None:
        measures = [m for m in cfg.measures if m not in frames]
        _check_measures(docs, measures)
    else:
        measures = [m for m in default_measures(analysis) if m in docs.columns]
    for m in measures:
        if not (pd.api.types.is_numeric_dtype(docs[m]) or docs[m].isna().all()):
            converted = pd.to_numeric(docs[m], errors="coerce")
            bad = docs[m][converted.isna() & docs[m].notna()]
            if len(bad):
                raise CompareError(f"measure {m!r} is not numeric (e.g. {bad.iloc[0]!r})")
            docs[m] = converted
    all_measures = measures + frames
    sizes = {g: int((docs[cfg.group_column] == g).sum()) for g in groups}
    summary = group_summary(docs, cfg.group_column, all_measures, groups=groups,
                            n_resamples=cfg.n_resamples, confidence_level=cfg.confidence_level,
                            seed=cfg.seed, method=cfg.ci_method)
    pairwise = pairwise_tests(docs, cfg.group_column, all_measures, groups=groups, test=cfg.test,
                              n_permutations=cfg.n_permutations, seed=cfg.seed,
                              fdr_level=cfg.fdr_level)
    omnibus = omnibus_tests(docs, cfg.group_column, all_measures, groups=groups)
    trends = trend_tests_table = None
    if cfg.time_column:
        trends, trend_tests_table = _trends(docs, cfg, groups, all_measures, checks)
        omnibus, trend_tests_table = joint_bh(omnibus, trend_tests_table, cfg.fdr_level)
    pairwise = gate_pairwise(pairwise, omnibus, cfg.fdr_level)
    adjusted = None
    if cfg.covariates:
        from .adjusted import adjusted_contrasts

        adjusted = adjusted_contrasts(docs, cfg.group_column, all_measures, cfg.covariates,
                                      groups=groups, fdr_level=cfg.fdr_level,
                                      confidence_level=cfg.confidence_level)
    layers = sorted({layer for g in groups for layer in acc.terms.get(g, {})},
                    key=lambda layer: (layer == CUE_LAYER, _LAYER_ORDER.get(layer, 99), layer))
    tables = []
    for layer in layers:
        t = stats.keyness({g: acc.terms.get(g, {}).get(layer, {}) for g in groups},
                          {g: acc.tokens[g] for g in groups}, prior_scale=cfg.prior_scale,
                          groups=groups)
        if len(t):  # terms the group used, and those it significantly avoided, among the
            # terms used at least keyness_min_count times in all (no other can be shown; with
            # the tagger the rest are mostly one-off multi-word cue spans, fragments of text)
            used = t["count"] + t["count_rest"] >= cfg.keyness_min_count
            t = t[used & ((t["count"] > 0) | (t["z"].abs() > KEYNESS_KEEP_Z))].copy()
            t.insert(0, "layer", layer)
            t["shown"] = stats.keyness_shown(t, cfg.keyness_min_count)
            tables.append(t)
    key_cols = ["layer", "group", "term", "count", "count_rest", "per_1k", "per_1k_rest",
                "log_odds", "se", "z", "shown"]
    keyness = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=key_cols)
    composition = {name: composition_table(acc.tallies[key], categories, groups)
                   for key, name, categories in _TALLIES}
    analyzer = analyzer_for(analysis)
    evidence = [(g, analyzer.analyze(doc.text, doc.id, doc.meta))
                for g in groups for _, doc in acc.reservoir.get(g, [])]
    fingerprint = {
        "n_documents_read": acc.n_read,
        "n_documents": int(len(docs)),
        "n_without_group": acc.n_without_group,
        "n_other_groups": acc.n_other_groups,
        "n_skipped": len(skipped),
        "n_duplicates": len(acc.duplicates.pairs),
        "n_duplicates_dropped": acc.n_dropped_duplicates,
        "not_in_english": [{"id": d, "language": lang} for d, lang in acc.foreign],
        "groups_too_small": small,
        "inputs": fingerprint_inputs,
        "documents_sha256": acc.hasher.hexdigest(),
    }
    return Comparison(
        settings=cfg, groups=groups, group_sizes=sizes, documents=docs, measures=all_measures,
        frames=frames, summary=summary, pairwise=pairwise, omnibus=omnibus, keyness=keyness,
        composition=composition, token_totals={g: int(acc.tokens[g]) for g in groups},
        evidence=evidence, signature=report_signature(analysis, cfg).format(),
        analyzer_signature=analysis.signature().format(),
        lexicons=list(analysis.all_lexicons), analysis=analysis,
        fingerprint=fingerprint, skipped=skipped, data_checks=checks, adjusted=adjusted,
        term_totals={layer: {g: int(sum(acc.terms.get(g, {}).get(layer, {}).values()))
                             for g in groups} for layer in layers},
        trends=trends, trend_tests=trend_tests_table,
        entities=(entity_table(docs, cfg.group_column, groups, analysis.schema.entities,
                               n_resamples=cfg.n_resamples,
                               confidence_level=cfg.confidence_level, seed=cfg.seed)
                  if analysis.schema.entities else None),
        **text,
    )

