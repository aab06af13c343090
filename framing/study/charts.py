"""Publication charts for group comparisons (matplotlib figures, no pyplot state).

One function per chart; each draws on the ``ax`` it is given (or on a new figure) and returns
the axes. ``groups`` sets the order of the groups (default: the order of the table) and
``colors`` maps groups to colours (default: :func:`group_colors`). Every chart states its n:
group labels carry the number of documents (or attributions) behind each estimate, titles the
total. :func:`save_figure` writes files byte-for-byte reproducibly.
"""
from __future__ import annotations

import contextlib
import math
import os
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from .stats import keyness_shown

__all__ = [
    "STYLE",
    "PALETTE",
    "style",
    "figure",
    "group_colors",
    "save_figure",
    "dot_plot",
    "stacked_bars",
    "scatter_plot",
    "keyness_chart",
    "keyness_xlim",
    "keyness_rows",
    "frame_heatmap",
    "distribution_plot",
]

#: Publication style: small sans-serif type, light grid, no top/right spines, text kept as
#: text in SVG (editable in vector editors), a fixed SVG id salt for reproducible files.
STYLE: Dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.titlesize": 9,
    "axes.titleweight": "bold",
    "axes.labelsize": 8.5,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 7.5,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "axes.edgecolor": "#555555",
    "axes.linewidth": 0.8,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "svg.fonttype": "none",
    "svg.hashsalt": "framing",
    "path.simplify": True,
}

#: Okabe & Ito (2008) colour-blind safe palette (yellow last: low contrast on white); groups
#: beyond eight take the tab20 colours.
PALETTE: Tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
                            "#000000", "#F0E442")
_TAB20 = ("#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896",
          "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7",
          "#bcbd22", "#dbdb8d", "#17becf", "#9edae5")
#: Points drawn in per-document charts at most (a seeded sample beyond that; n stays the total).
MAX_POINTS = 4000
#: Above this many points, point clouds are rasterised inside SVG files to keep them small.
RASTER_POINTS = 500


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Context manager applying :data:`STYLE` (matplotlib ``rc_context``)."""
    import matplotlib

    with matplotlib.rc_context(STYLE):
        yield


def figure(nrows: int = 1, ncols: int = 1, *, width: Optional[float] = None,
           height: Optional[float] = None, squeeze: bool = True, **kwargs: Any):
    """A new styled figure and its axes (no pyplot): ``(Figure, Axes or array of Axes)``.

    Parameters
    ----------
    width, height : float, optional
        Inches (default: 3.4 per column, 2.6 per row).

    Examples
    --------
    >>> fig, axes = figure(2, 3)
    >>> axes.shape
    (2, 3)
    """
    from matplotlib.figure import Figure

    with style():
        fig = Figure(figsize=(width or 3.4 * ncols, height or 2.6 * nrows), layout="constrained")
        axes = fig.subplots(nrows, ncols, squeeze=squeeze, **kwargs)
    return fig, axes


def group_colors(groups: Sequence[Any]) -> Dict[Any, str]:
    """A colour for each group, in order: Okabe-Ito for up to eight groups, else tab20.

    Examples
    --------
    >>> group_colors(["a", "b"])
    {'a': '#0072B2', 'b': '#E69F00'}
    """
    groups = list(groups)
    palette = PALETTE if len(groups) <= len(PALETTE) else _TAB20
    return {g: palette[k % len(palette)] for k, g in enumerate(groups)}


def save_figure(fig: Any, stem: "str | os.PathLike[str]", formats: Sequence[str] = ("png", "svg")
                ) -> List[str]:
    """Save a :class:`~matplotlib.figure.Figure` as ``stem.png`` and ``stem.svg`` (or in the
    ``formats`` given, among png, svg and pdf) reproducibly, and return the paths.

    Examples
    --------
    >>> import os, tempfile
    >>> fig, ax = figure()
    >>> paths = save_figure(fig, os.path.join(tempfile.mkdtemp(), "empty"))
    >>> [os.path.basename(p) for p in paths]
    ['empty.png', 'empty.svg']
    """
    valid = ("png", "svg", "pdf")
    paths = []
    for fmt in formats:
        if fmt not in valid:
            raise ValueError(f"unknown figure format {fmt!r}; valid options are {list(valid)}")
        path = f"{os.fspath(stem)}.{fmt}"
        metadata: Dict[str, Any] = {"png": {"Software": None}, "svg": {"Date": None},
                                    "pdf": {"CreationDate": None, "ModDate": None}}[fmt]
        with style():
            fig.savefig(path, format=fmt, metadata=metadata)
            # the layout is now computed: keep it for the other formats (saves a layout pass)
            if fig.get_layout_engine() is not None and fig.get_layout_engine().adjust_compatible is False:
                fig.set_layout_engine("none")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------------------------
# helpers


def _new_ax(ax: Any, width: float = 3.4, height: float = 2.6) -> Any:
    return ax if ax is not None else figure(width=width, height=height)[1]


def _order(values: Sequence[Any], groups: Optional[Sequence[Any]]) -> List[Any]:
    return list(groups) if groups is not None else list(dict.fromkeys(values))


def _fmt_n(n: Any) -> str:
    try:
        return f"{int(n):,}"
    except (TypeError, ValueError):
        return "?"


def _wrap(text: str, width: int = 28) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def _require(df: Any, columns: Sequence[str], what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{what} needs columns {list(columns)}; missing {missing} "
                         f"(columns present: {list(df.columns)})")


def _sample_rows(n: int, limit: int, seed: int) -> np.ndarray:
    if n <= limit:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size=limit, replace=False))


# --------------------------------------------------------------------------------------------
# charts


def dot_plot(summary: Any, measure: str, *, ax: Any = None, groups: Optional[Sequence[Any]] = None,
             colors: Optional[Mapping[Any, str]] = None, label: Optional[str] = None,
             confidence_level: float = 0.95, zero: bool = False) -> Any:
    """Per-group means with confidence intervals for one measure (a dot-and-whisker plot).

    Parameters
    ----------
    summary : pandas.DataFrame
        Columns ``group, measure, n, mean, ci_low, ci_high``, as
        :func:`framing.study.compare.group_summary` returns.
    label : str, optional
        Title (default: the measure name).
    confidence_level : float
        Only used in the axis label.
    zero : bool
        Start the x-axis at zero (rates and shares), so that small differences do not look
        large; else matplotlib's range around the data.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"group": ["A", "B"], "measure": ["x", "x"], "n": [5, 7],
    ...                   "mean": [1.0, 2.0], "ci_low": [0.5, 1.2], "ci_high": [1.6, 2.9]})
    >>> dot_plot(s, "x", label="Hedges per 1,000 tokens").get_title(loc="left").splitlines()
    ['Hedges per 1,000 tokens', 'N = 12 documents']
    """
    _require(summary, ["group", "measure", "n", "mean", "ci_low", "ci_high"], "dot_plot")
    rows = summary[summary["measure"] == measure]
    if rows.empty:
        raise ValueError(f"no rows for measure {measure!r}; measures present: "
                         f"{sorted(summary['measure'].unique())}")
    order = _order(rows["group"].tolist(), groups)
    rows = rows.set_index("group")
    colors = dict(colors or group_colors(order))
    ax = _new_ax(ax)
    with style():
        ys = np.arange(len(order))[::-1]
        total = 0
        for y, g in zip(ys, order):
            if g not in rows.index:
                continue
            r = rows.loc[g]
            total += int(r["n"])
            c = colors.get(g, "#333333")
            if not (math.isnan(r["ci_low"]) or math.isnan(r["ci_high"])):
                ax.plot([r["ci_low"], r["ci_high"]], [y, y], color=c, lw=1.6, solid_capstyle="butt")
            if not math.isnan(r["mean"]):
                ax.plot([r["mean"]], [y], "o", color=c, ms=5.5, mec="white", mew=0.6, zorder=3)
        ax.set_yticks(ys)
        ax.set_yticklabels([f"{g} (n={_fmt_n(rows.loc[g, 'n']) if g in rows.index else 0})" for g in order])
        ax.set_ylim(-0.6, len(order) - 0.4)
        ax.grid(axis="y", visible=False)
        ax.set_title(f"{_wrap(label or measure)}\nN = {_fmt_n(total)} documents", loc="left")
        ax.set_xlabel(f"mean and {confidence_level:.0%} bootstrap CI")
        if zero:
            right = max(ax.get_xlim()[1], 1e-9)
            ax.set_xlim(0, right)
    return ax


def stacked_bars(composition: Any, *, ax: Any = None, groups: Optional[Sequence[Any]] = None,
                 categories: Optional[Sequence[str]] = None,
                 colors: Optional[Mapping[str, str]] = None, title: str = "",
                 unit: str = "attributions") -> Any:
    """Horizontal 100% stacked bars: the share of each category within each group.

    Parameters
    ----------
    composition : pandas.DataFrame
        Columns ``group, category, count``.
    categories : sequence of str, optional
        Categories, left to right (default: table order).
    colors : mapping category -> colour, optional
    unit : str
        What the counts count, for the n labels.

    Examples
    --------
    >>> import pandas as pd
    >>> comp = pd.DataFrame({"group": ["A", "A", "B"], "category": ["named", "vague", "named"],
    ...                      "count": [3, 1, 2]})
    >>> ax = stacked_bars(comp, title="Source types")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['A (n=4)', 'B (n=2)']
    """
    from matplotlib.ticker import PercentFormatter

    _require(composition, ["group", "category", "count"], "stacked_bars")
    order = _order(composition["group"].tolist(), groups)
    cats = _order(composition["category"].tolist(), categories)
    table = composition.pivot_table(index="group", columns="category", values="count",
                                    aggfunc="sum", fill_value=0)
    table = table.reindex(index=order, columns=cats, fill_value=0)
    totals = table.sum(axis=1)
    palette = dict(colors) if colors else {c: (PALETTE + _TAB20)[k % 28] for k, c in enumerate(cats)}
    ax = _new_ax(ax)
    with style():
        ys = np.arange(len(order))[::-1]
        left = np.zeros(len(order))
        for cat in cats:
            with np.errstate(invalid="ignore", divide="ignore"):
                share = np.where(totals.values > 0, table[cat].values / totals.values, 0.0)
            colour = palette.get(cat, "#999999")
            ax.barh(ys, share, left=left, color=colour, label=str(cat), height=0.7,
                    edgecolor="white", linewidth=0.5)
            for y, x0, s in zip(ys, left, share):
                if s >= 0.08:  # dark text on the light colours
                    ax.text(x0 + s / 2, y, f"{s:.0%}", ha="center", va="center", fontsize=6.5,
                            color="black" if colour in ("#F0E442", "#E69F00", "#56B4E9") else "white")
            left += share
        ax.set_yticks(ys)
        ax.set_yticklabels([f"{g} (n={_fmt_n(totals[g])})" for g in order])
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        ax.grid(axis="y", visible=False)
        ax.set_title((f"{title}\n" if title else "") + f"N = {_fmt_n(totals.sum())} {unit}", loc="left")
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), handlelength=1.0)
    return ax


def scatter_plot(documents: Any, x: str, y: str, group_column: str, *, ax: Any = None,
                 groups: Optional[Sequence[Any]] = None, colors: Optional[Mapping[Any, str]] = None,
                 xlabel: Optional[str] = None, ylabel: Optional[str] = None,
                 max_points: int = MAX_POINTS, seed: int = 0) -> Any:
    """Per-document scatter of columns ``x`` and ``y``, coloured by group.

    With more than ``max_points`` documents a seeded random sample is drawn (the title says
    so); the legend gives each group's full n.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"g": ["A", "B", "A"], "loaded_per_1k": [1.0, 5.0, 2.0],
    ...                      "hedge_per_1k": [3.0, 0.0, 4.0]})
    >>> ax = scatter_plot(docs, "loaded_per_1k", "hedge_per_1k", "g")
    >>> ax.get_title(loc="left")
    'N = 3 documents'
    """
    _require(documents, [x, y, group_column], "scatter_plot")
    data = documents[[x, y, group_column]].dropna(subset=[x, y])
    order = _order(data[group_column].tolist(), groups)
    colors = dict(colors or group_colors(order))
    n_total = len(data)
    keep = _sample_rows(n_total, max_points, seed)
    shown = data.iloc[keep]
    ax = _new_ax(ax, 3.8, 3.0)
    raster = len(shown) > RASTER_POINTS
    with style():
        counts = data[group_column].value_counts()
        for g in order:
            part = shown[shown[group_column] == g]
            ax.scatter(part[x], part[y], s=12 if len(shown) < 500 else 5, color=colors.get(g),
                       alpha=0.75 if len(shown) < 500 else 0.45, linewidths=0,
                       label=f"{g} (n={_fmt_n(counts.get(g, 0))})", rasterized=raster)
        ax.set_xlabel(xlabel or x)
        ax.set_ylabel(ylabel or y)
        note = f" ({_fmt_n(len(shown))} shown)" if len(shown) < n_total else ""
        ax.set_title(f"N = {_fmt_n(n_total)} documents{note}", loc="left")
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), markerscale=1.5)
    return ax


def keyness_chart(keyness: Any, group: Any, *, ax: Any = None, top: int = 10,
                  color: str = "#0072B2", n_documents: Optional[int] = None,
                  min_count: int = 5, z: float = 1.96, xlim: Optional[Tuple[float, float]] = None,
                  unit: str = "terms", under_color: str = "#9a9a9a",
                  slots: Optional[int] = None, total: Optional[int] = None) -> Any:
    """The terms most over- and under-represented in one group against the rest (log-odds z,
    Monroe et al. 2008).

    A term is drawn when ``|z| >= z`` and the evidence has at least ``min_count`` uses: by the
    group for an over-represented term (bar to the right, the group's colour), by the other
    groups for an under-represented one (bar to the left, grey); at most ``top`` of each.

    Parameters
    ----------
    keyness : pandas.DataFrame
        Columns ``group, term, count, count_rest, z``, as :func:`framing.study.stats.keyness`
        returns.
    top : int
        Terms per direction (largest ``|z|`` first).
    n_documents : int, optional
        Shown in the title with the group's count of ``unit``.
    min_count : int
        See above.
    xlim : (float, float), optional
        The x-range, to share one scale between the panels of a figure.
    unit : str
        What the group's total count counts ("loaded words", "attribution cues", ...).
    total : int, optional
        The group's count of ``unit`` in the title (default: the sum of its counts in
        ``keyness``, which undercounts when rare terms were left out of the table).
    slots : int, optional
        Rows of the y-axis (at least the terms drawn), so that the panels of a figure draw
        bars of one height, from the top.

    Examples
    --------
    >>> from framing.study.stats import keyness
    >>> t = keyness({"A": {"slammed": 40, "said": 10}, "B": {"slammed": 5, "said": 45}},
    ...             {"A": 1000, "B": 1000})
    >>> ax = keyness_chart(t, "A")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['slammed (40)', 'said (10)']
    """
    _require(keyness, ["group", "term", "count", "count_rest", "z"], "keyness_chart")
    part = keyness[(keyness["group"] == group)]
    n_terms = int(part["count"].sum()) if total is None else int(total)
    kept = part[keyness_shown(part, min_count, z)]
    over = kept[kept["z"] > 0].sort_values(["z", "term"], ascending=[False, True],
                                           kind="mergesort").head(top)
    under = kept[kept["z"] < 0].sort_values(["z", "term"], ascending=[True, True],
                                            kind="mergesort").head(top)
    under = under.iloc[::-1]  # the most under-represented at the bottom
    shown = list(over.itertuples(index=False)) + list(under.itertuples(index=False))
    ax = _new_ax(ax)
    with style():
        rows = max(slots or 0, len(shown))
        ys = rows - 1 - np.arange(len(shown))
        zs = np.array([r.z for r in shown], dtype=float)
        ax.barh(ys, zs, color=[color if v > 0 else under_color for v in zs], height=0.65)
        ax.set_yticks(ys)
        ax.set_yticklabels([f"{r.term} ({r.count})" for r in shown])
        for x in (z, -z):
            ax.axvline(x, color="#888888", lw=0.7, ls="--")
        ax.axvline(0, color="#444444", lw=0.7)
        ax.grid(axis="y", visible=False)
        ax.set_xlabel("log-odds z (> 0: more than the\nother groups; (n) uses in this group)")
        docs = f"{_fmt_n(n_documents)} documents\n" if n_documents is not None else ""
        ax.set_title(f"{_wrap(str(group), 24)}\n{docs}{_fmt_n(n_terms)} {unit}", loc="left")
        if xlim is not None:
            ax.set_xlim(*xlim)
        if slots:
            ax.set_ylim(-0.5, rows - 0.5)
        if not shown:
            ax.text(0.5, 0.5, f"no term with |z| ≥ {z:g}\nand {min_count}+ uses",
                    transform=ax.transAxes, ha="center", va="center", color="#777777",
                    bbox={"facecolor": "white", "edgecolor": "none"})
            ax.set_yticks([])
            if xlim is None:
                ax.set_xlim(-2.5, 2.5)
    return ax


def keyness_rows(keyness: Any, group: Any, *, top: int = 10, min_count: int = 5,
                 z: float = 1.96) -> int:
    """The number of terms :func:`keyness_chart` draws for ``group``."""
    part = keyness[keyness["group"] == group]
    z_kept = part["z"][keyness_shown(part, min_count, z)]
    return min(int((z_kept > 0).sum()), top) + min(int((z_kept < 0).sum()), top)


def keyness_xlim(keyness: Any, groups: Sequence[Any], *, top: int = 10, min_count: int = 5,
                 z: float = 1.96) -> Tuple[float, float]:
    """One x-range for the keyness panels of ``groups`` (the largest ``|z|`` drawn, with a
    margin; from 0 when no panel has an under-represented term).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"group": ["A", "B"], "term": ["x", "x"], "count": [9, 0],
    ...                   "count_rest": [0, 9], "z": [3.0, -3.0]})
    >>> keyness_xlim(t, ["A", "B"])
    (-3.3, 3.3)
    """
    part = keyness[keyness["group"].isin(list(groups))]
    kept = part["z"][keyness_shown(part, min_count, z)]
    over, under = kept[kept > 0], kept[kept < 0]
    hi = max([float(over.max()) if len(over) else 0.0, -float(under.min()) if len(under) else 0.0,
              z + 0.5]) * 1.1
    return (round(-hi, 2) if len(under) else 0.0, round(hi, 2))


def frame_heatmap(prevalence: Any, *, ax: Any = None, groups: Optional[Sequence[Any]] = None,
                  frames: Optional[Sequence[str]] = None,
                  labels: Optional[Mapping[str, str]] = None, cmap: str = "Blues") -> Any:
    """Heatmap of frame prevalence (share of documents with each frame) by group.

    Parameters
    ----------
    prevalence : pandas.DataFrame
        Columns ``group, measure, n, mean``: ``mean`` is the share of documents with the frame.
    frames : sequence of str, optional
        Frame measures, left to right (default: all measures in the table).
    labels : mapping measure -> column label, optional

    Examples
    --------
    >>> import pandas as pd
    >>> prev = pd.DataFrame({"group": ["A", "A", "B", "B"], "measure": ["CO", "EC"] * 2,
    ...                      "n": [4, 4, 5, 5], "mean": [0.5, 0.25, 1.0, 0.0]})
    >>> ax = frame_heatmap(prev)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['A (n=4)', 'B (n=5)']
    """
    _require(prevalence, ["group", "measure", "n", "mean"], "frame_heatmap")
    order = _order(prevalence["group"].tolist(), groups)
    cols = _order(prevalence["measure"].tolist(), frames)
    mat = prevalence.pivot_table(index="group", columns="measure", values="mean", aggfunc="first")
    mat = mat.reindex(index=order, columns=cols)
    ns = prevalence.groupby("group")["n"].max().reindex(order).fillna(0)
    ax = _new_ax(ax, 0.9 * len(cols) + 1.8, 0.35 * len(order) + 1.0)
    with style():
        vals = mat.values.astype(float)
        ax.imshow(vals, cmap=cmap, vmin=0.0, vmax=1.0, aspect="auto")
        for i in range(vals.shape[0]):
            for j in range(vals.shape[1]):
                v = vals[i, j]
                if not math.isnan(v):
                    ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=7,
                            color="white" if v > 0.55 else "black")
        ax.set_xticks(range(len(cols)))
        ax.set_xticklabels([(labels or {}).get(c, c) for c in cols], rotation=30, ha="right")
        ax.set_yticks(range(len(order)))
        ax.set_yticklabels([f"{g} (n={_fmt_n(ns[g])})" for g in order])
        ax.grid(False)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_title(f"Share of documents with each frame\nN = {_fmt_n(ns.sum())} documents", loc="left")
    return ax


def distribution_plot(documents: Any, measure: str, group_column: str, *, ax: Any = None,
                      groups: Optional[Sequence[Any]] = None,
                      colors: Optional[Mapping[Any, str]] = None, label: Optional[str] = None,
                      max_points: int = 1000, seed: int = 0) -> Any:
    """Distribution of a per-document measure by group: box plots with the documents as dots.

    Boxes span the quartiles, whiskers 1.5 IQR, the white diamond marks the mean. With more than
    ``max_points`` documents, a seeded sample of dots is drawn (boxes use all documents).

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"g": ["A", "A", "B"], "hedge_per_1k": [1.0, 3.0, 2.0]})
    >>> ax = distribution_plot(docs, "hedge_per_1k", "g")
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['A\\nn=2', 'B\\nn=1']
    """
    _require(documents, [measure, group_column], "distribution_plot")
    data = documents[[group_column, measure]].dropna()
    order = _order(data[group_column].tolist(), groups)
    colors = dict(colors or group_colors(order))
    ax = _new_ax(ax)
    keep = _sample_rows(len(data), max_points, seed)
    shown = data.iloc[keep]
    rng = np.random.default_rng(seed)
    with style():
        series = [data.loc[data[group_column] == g, measure].to_numpy(float) for g in order]
        positions = np.arange(len(order))
        nonempty = [k for k, s in enumerate(series) if s.size]
        if nonempty:
            bp = ax.boxplot([series[k] for k in nonempty], positions=positions[nonempty],
                            widths=0.55, showfliers=False, patch_artist=True, showmeans=True,
                            meanprops=dict(marker="D", markerfacecolor="white",
                                           markeredgecolor="#333333", markersize=4),
                            medianprops=dict(color="#333333", lw=1.0),
                            whiskerprops=dict(color="#666666"), capprops=dict(color="#666666"))
            for patch, k in zip(bp["boxes"], nonempty):
                patch.set_facecolor(colors.get(order[k], "#999999"))
                patch.set_alpha(0.35)
                patch.set_edgecolor("#555555")
        raster = len(shown) > RASTER_POINTS
        for k, g in enumerate(order):
            vals = shown.loc[shown[group_column] == g, measure].to_numpy(float)
            jitter = rng.uniform(-0.18, 0.18, size=vals.size)
            ax.scatter(k + jitter, vals, s=6, color=colors.get(g, "#333333"), alpha=0.6,
                       linewidths=0, zorder=3, rasterized=raster)
        ax.set_xticks(positions)
        rotate = {"rotation": 30, "ha": "right"} if len(order) > 5 else {}
        ax.set_xticklabels([f"{g}\nn={_fmt_n(s.size)}" for g, s in zip(order, series)], **rotate)
        ax.grid(axis="x", visible=False)
        ax.set_title(f"{_wrap(label or measure)}\nN = {_fmt_n(len(data))} documents", loc="left")
    return ax
