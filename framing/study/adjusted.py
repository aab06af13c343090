"""Covariate-adjusted group contrasts: a regression per measure of the document-level values
on the groups and the covariates (statsmodels).

Models (chosen by the measure's type, stated in the methods text):

* **rates and other unbounded measures** (``*_per_1k``, readability, counts): ordinary least
  squares with HC3 heteroskedasticity-consistent standard errors (MacKinnon & White 1985); a
  contrast is the adjusted difference in means between a group and the reference group;
* **shares** (``*_share``, values in [0, 1]): a fractional logit, i.e. a binomial GLM with logit
  link fitted to the proportions by quasi-likelihood (Papke & Wooldridge 1996), with HC3 standard
  errors; a contrast is an adjusted log-odds ratio.

Covariates are numeric when every value of the column reads as a number, else categorical
(dummy-coded against their first level in natural order). The reference group is the first
group of the comparison. Each measure's group coefficients are tested jointly with a Wald test;
the contrasts then follow the same selective procedure as the unadjusted pairwise tests
(:func:`framing.study.stats.selective_bh`): Benjamini-Hochberg over the measures' Wald tests,
and within the selected measures over their contrasts at the reduced level.
"""
from __future__ import annotations

import math
from typing import Any, Dict, List, Sequence, Tuple

import numpy as np

from ..errors import CompareError
from . import stats

__all__ = ["adjusted_contrasts", "design_matrix", "model_kind", "ADJUSTED_COLUMNS"]

#: Columns of the adjusted-contrasts table, in order.
ADJUSTED_COLUMNS = ["measure", "group", "reference", "model", "scale", "n", "estimate", "se",
                    "ci_low", "ci_high", "p_value", "wald_p_value", "q_value",
                    "omnibus_significant", "significant"]


def model_kind(measure: str, values: Any) -> str:
    """``"fractional-logit"`` for a share (name ending ``_share`` and values in [0, 1]), else
    ``"ols"``."""
    v = np.asarray(values, dtype=float)
    v = v[~np.isnan(v)]
    if measure.endswith("_share") and v.size and v.min() >= 0 and v.max() <= 1:
        return "fractional-logit"
    return "ols"


def design_matrix(df: Any, group_column: str, groups: Sequence[Any],
                  covariates: Sequence[str]) -> Tuple[np.ndarray, List[str]]:
    """The design matrix (intercept, group dummies against ``groups[0]``, covariates) of the
    rows of ``df`` and its column names (``group[B]``, ``cov`` or ``cov[level]``).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"g": ["a", "b", "b"], "topic": ["x", "y", "x"], "len": [1, 2, 3]})
    >>> X, names = design_matrix(df, "g", ["a", "b"], ["topic", "len"])
    >>> names
    ['intercept', 'g[b]', 'topic[y]', 'len']
    >>> X.tolist()
    [[1.0, 0.0, 0.0, 1.0], [1.0, 1.0, 1.0, 2.0], [1.0, 1.0, 0.0, 3.0]]
    """
    import pandas as pd

    cols = [np.ones(len(df))]
    names = ["intercept"]
    g = df[group_column].astype(str).to_numpy()
    for level in list(groups)[1:]:
        cols.append((g == str(level)).astype(float))
        names.append(f"{group_column}[{level}]")
    for cov in covariates:
        raw = df[cov]
        num = pd.to_numeric(raw, errors="coerce")
        if num.notna().all():
            cols.append(num.to_numpy(float))
            names.append(cov)
            continue
        levels = sorted({str(x) for x in raw}, key=stats.natural_key)
        for level in levels[1:]:
            cols.append((raw.astype(str).to_numpy() == level).astype(float))
            names.append(f"{cov}[{level}]")
    return np.column_stack(cols), names


def _fit(kind: str, y: np.ndarray, X: np.ndarray) -> Any:
    import warnings

    # the two model modules only (statsmodels.api also imports the time-series models); their
    # import warns about pandas deprecations that concern statsmodels, not the user
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from statsmodels.genmod import families
        from statsmodels.genmod.generalized_linear_model import GLM
        from statsmodels.regression.linear_model import OLS

    if kind == "fractional-logit":
        with warnings.catch_warnings():  # non-integer "counts" are the point of the model
            warnings.simplefilter("ignore")
            return GLM(y, X, family=families.Binomial()).fit(cov_type="HC3")
    return OLS(y, X).fit(cov_type="HC3")


def adjusted_contrasts(df: Any, group_column: str, measures: Sequence[str],
                       covariates: Sequence[str], *, groups: Sequence[Any],
                       fdr_level: float = 0.05, confidence_level: float = 0.95) -> Any:
    """Covariate-adjusted contrasts of every group against the first, per measure.

    Rows with a missing measure or covariate are left out of that measure's model (``n``
    says how many were used). Measures without variation, or with fewer documents than
    parameters, get no rows.

    Returns
    -------
    pandas.DataFrame
        :data:`ADJUSTED_COLUMNS`; ``estimate`` on the scale named in ``scale`` ("difference in
        means" or "log-odds ratio"), ``wald_p_value`` the measure's joint test of its group
        coefficients, ``q_value`` and ``significant`` from
        :func:`framing.study.stats.selective_bh`.

    Raises
    ------
    CompareError
        A covariate column is missing, or the covariates are collinear with the groups (a
        covariate that is constant within each group cannot be adjusted for).
    """
    import pandas as pd

    missing = [c for c in covariates if c not in df.columns]
    if missing:
        raise CompareError(f"covariate column{'s' if len(missing) > 1 else ''} {missing} not in "
                           f"the data; columns present: {sorted(map(str, df.columns))}")
    if group_column in covariates:
        raise CompareError(f"{group_column!r} is the group column; it cannot be a covariate")
    from scipy.stats import norm

    z = float(norm.ppf(0.5 + confidence_level / 2))
    records: List[Dict[str, Any]] = []
    wald: Dict[str, float] = {}
    k = len(groups) - 1
    for m in measures:
        part = df[[group_column, m, *covariates]].copy()
        part[m] = pd.to_numeric(part[m], errors="coerce")
        part = part.dropna()
        part = part[part[group_column].astype(str).isin([str(g) for g in groups])]
        if part.empty or part[m].nunique() < 2:
            continue
        X, names = design_matrix(part, group_column, groups, covariates)
        if len(part) <= X.shape[1]:
            continue
        present = [str(g) for g in groups if (part[group_column].astype(str) == str(g)).any()]
        if len(present) < len(groups):
            continue  # a group without values of this measure: no contrast for it
        if np.linalg.matrix_rank(X) < X.shape[1]:
            raise CompareError(f"the covariates {list(covariates)} are collinear with the groups "
                               f"or with each other for measure {m!r} (e.g. a covariate constant "
                               "within each group); they cannot be adjusted for")
        y = part[m].to_numpy(float)
        kind = model_kind(m, y)
        res = _fit(kind, y, X)
        params, bse, pvalues = (np.asarray(res.params), np.asarray(res.bse),
                                np.asarray(res.pvalues))
        R = np.zeros((k, X.shape[1]))
        R[np.arange(k), np.arange(1, k + 1)] = 1.0
        wald[m] = float(np.asarray(res.wald_test(R, scalar=True).pvalue))
        for j, g in enumerate(list(groups)[1:], start=1):
            est, se = float(params[j]), float(bse[j])
            records.append({
                "measure": m, "group": g, "reference": groups[0], "model": kind + "-hc3",
                "scale": "log-odds ratio" if kind == "fractional-logit" else "difference in means",
                "n": int(len(part)), "estimate": est, "se": se,
                "ci_low": est - z * se, "ci_high": est + z * se,
                "p_value": float(pvalues[j]), "wald_p_value": wald[m],
            })
    out = pd.DataFrame.from_records(records, columns=[c for c in ADJUSTED_COLUMNS
                                                      if c not in ("q_value", "omnibus_significant",
                                                                   "significant")])
    if out.empty:
        return pd.DataFrame(columns=ADJUSTED_COLUMNS)
    fitted = list(wald)
    families = [out.index[out["measure"] == m] for m in fitted]
    _, selected, child_q, rejected = stats.selective_bh(
        [wald[m] for m in fitted], [out.loc[i, "p_value"].to_numpy(float) for i in families],
        fdr_level)
    out["q_value"] = math.nan
    out["omnibus_significant"] = False
    out["significant"] = False
    for idx, sel, q, rej in zip(families, selected, child_q, rejected):
        out.loc[idx, "q_value"] = q
        out.loc[idx, "omnibus_significant"] = bool(sel)
        out.loc[idx, "significant"] = rej
    out["omnibus_significant"] = out["omnibus_significant"].astype(bool)
    out["significant"] = out["significant"].astype(bool)
    return out[ADJUSTED_COLUMNS]
