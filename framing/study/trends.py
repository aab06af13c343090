"""Trends over time for ``framing compare --time-column COL --freq month``.

Documents are binned into periods of their date (pandas periods: day, week, month, quarter,
year). Per group, period and measure: the number of documents, the mean and its bootstrap CI
(:func:`framing.study.compare.trend_table`); periods with fewer than ``min_n`` documents are
kept and marked (``few``). Per group and measure, a
test for a monotonic trend: Spearman's rho between the documents' values and the ordinal of
their period; ``framing compare`` corrects their p-values together with its omnibus tests
(:func:`framing.study.compare.joint_bh`).

Examples
--------
>>> import pandas as pd
>>> labels, bad = periods(pd.Series(["2016-01-05", "2016-02-10", "not a date", None]), "month")
>>> labels.tolist(), bad
(['2016-01', '2016-02', None, None], ['not a date'])
"""
from __future__ import annotations

import textwrap
from typing import Any, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from . import stats

__all__ = ["FREQS", "periods", "trend_tests", "trend_chart"]

#: ``--freq`` -> pandas period alias.
FREQS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}


def periods(values: Any, freq: str) -> Tuple[Any, List[str]]:
    """Period labels of dates (a pandas Series): ``2016-03`` for a month, ``2016Q1`` for a
    quarter...; None where there is no value or it is not a date. Returns the labels and the
    values that could not be read as dates (empty cells are not errors)."""
    import pandas as pd

    if freq not in FREQS:
        raise ValueError(f"unknown freq {freq!r}; valid options are {list(FREQS)}")
    raw = pd.Series(values, dtype="object")
    present = raw.notna() & (raw.astype(str).str.strip() != "")
    dates = pd.to_datetime(raw.where(present), errors="coerce", format="mixed", utc=True)
    bad = raw[present & dates.isna()].astype(str).tolist()
    per = dates.dt.tz_localize(None).dt.to_period(FREQS[freq])
    if freq == "week":  # "2016-09-05/2016-09-11" -> its first day
        labels = per.dt.start_time.dt.strftime("%Y-%m-%d")
    else:
        labels = per.astype(str)
    labels = labels.where(dates.notna(), None).astype("object")
    labels = labels.where(labels.notna(), None)
    return labels, bad


def trend_tests(docs: Any, group_column: str, period_column: str, groups: Sequence[Any],
                measures: Sequence[str], fdr_level: float = 0.05) -> Any:
    """Per group and measure: Spearman's rho of the documents' values with the ordinal of their
    period (scipy), its p-value, and the BH q-value over all rows; ``significant`` when
    ``q < fdr_level``. A group with values in fewer than 3 periods, or constant values, has
    no test (NaN)."""
    import pandas as pd
    from scipy.stats import spearmanr

    rows = []
    for g in groups:
        sub = docs[(docs[group_column] == g) & docs[period_column].notna()]
        order = {p: k for k, p in enumerate(sorted(sub[period_column].unique()))}
        for m in measures:
            d = sub[[period_column, m]].dropna()
            x = d[period_column].map(order).to_numpy(dtype=float)
            y = pd.to_numeric(d[m], errors="coerce").to_numpy(dtype=float)
            n_periods = len(set(x.tolist()))
            rho = p = float("nan")
            if n_periods >= 3 and len(set(y.tolist())) > 1:
                r = spearmanr(x, y)
                rho, p = float(r[0]), float(r[1])
            rows.append({"group": g, "measure": m, "n": int(len(d)), "periods": n_periods,
                         "rho": rho, "p_value": p})
    out = pd.DataFrame(rows, columns=["group", "measure", "n", "periods", "rho", "p_value"])
    q = np.full(len(out), np.nan)
    ok = out["p_value"].notna().to_numpy() if len(out) else np.zeros(0, bool)
    if ok.any():
        q[ok] = stats.benjamini_hochberg(out.loc[ok, "p_value"].to_numpy())
    out["q_value"] = q
    out["significant"] = out["q_value"] < fdr_level
    return out


def trend_chart(table: Any, measure: str, *, ax: Any = None, groups: Optional[Sequence[Any]] = None,
                colors: Optional[Mapping[Any, str]] = None, label: Optional[str] = None,
                zero: bool = True) -> Any:
    """One measure over the periods: a line per group with its CI band; periods with few
    documents drawn as open circles."""
    from . import charts

    rows = table[table["measure"] == measure]
    order = list(groups) if groups is not None else list(dict.fromkeys(rows["group"]))
    colors = dict(colors or charts.group_colors(order))
    periods_all = sorted(rows["period"].unique())
    pos = {p: k for k, p in enumerate(periods_all)}
    if ax is None:
        _, ax = charts.figure()
    with charts.style():
        for g in order:
            r = rows[rows["group"] == g].sort_values("period")
            if r.empty:
                continue
            x = r["period"].map(pos).to_numpy()
            c = colors.get(g, "#333333")
            ax.fill_between(x, r["ci_low"].to_numpy(float), r["ci_high"].to_numpy(float),
                            color=c, alpha=0.15, linewidth=0)
            ax.plot(x, r["mean"].to_numpy(float), color=c, lw=1.4, label=str(g))
            few = r["few"].to_numpy(bool)
            ax.scatter(x[~few], r["mean"].to_numpy(float)[~few], color=c, s=14, zorder=3)
            ax.scatter(x[few], r["mean"].to_numpy(float)[few], facecolors="white",
                       edgecolors=c, s=14, zorder=3)
        step = max(1, -(-len(periods_all) // 6))  # at most 6 labels
        ax.set_xticks(range(0, len(periods_all), step))
        ax.set_xticklabels(periods_all[::step], rotation=45, ha="right")
        if zero:
            ax.set_ylim(bottom=0)
        ax.set_title(textwrap.fill(label or measure, 28), loc="left")
    return ax
