"""Covariate-adjusted contrasts (issue 12): statsmodels against hand-built computations."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.errors import CompareError
from framing.study.adjusted import adjusted_contrasts, design_matrix
from framing.study import stats


def _data(seed=0, n=90):
    rng = np.random.default_rng(seed)
    g = np.repeat(["a", "b", "c"], n // 3)
    topic = rng.choice(["econ", "crime", "health"], n)
    length = rng.normal(600, 150, n)
    rate = (5 + 2 * (g == "b") - 1 * (g == "c") + 3 * (topic == "crime") + 0.004 * length
            + rng.normal(0, 1 + (g == "c"), n))
    share = 1 / (1 + np.exp(-(-1 + 0.8 * (g == "b") + 0.5 * (topic == "econ"))))
    share = np.clip(share + rng.normal(0, 0.08, n), 0, 1)
    return pd.DataFrame({"g": g, "topic": topic, "length": length, "loaded_per_1k": rate,
                         "vague_source_share": share})


def test_ols_hc3_matches_the_formula():
    """OLS on a design matrix built by hand; HC3 = (X'X)^-1 X' diag(e^2 / (1 - h)^2) X (X'X)^-1."""
    df = _data()
    out = adjusted_contrasts(df, "g", ["loaded_per_1k"], ["topic", "length"], groups=["a", "b", "c"])
    X = np.column_stack([np.ones(len(df)), df.g == "b", df.g == "c", df.topic == "econ",
                         df.topic == "health", df.length]).astype(float)  # crime is the base level
    y = df.loaded_per_1k.to_numpy()
    XtXi = np.linalg.inv(X.T @ X)
    beta = XtXi @ X.T @ y
    e = y - X @ beta
    h = np.einsum("ij,jk,ik->i", X, XtXi, X)
    cov = XtXi @ (X.T * (e ** 2 / (1 - h) ** 2)) @ X @ XtXi
    se = np.sqrt(np.diag(cov))
    assert np.allclose(out.estimate, beta[1:3]) and np.allclose(out.se, se[1:3])
    assert np.allclose(out.ci_low, beta[1:3] - 1.959964 * se[1:3], atol=1e-5)
    assert list(out.group) == ["b", "c"] and set(out.model) == {"ols-hc3"}
    assert out.estimate.iloc[0] == pytest.approx(2, abs=0.6)  # the planted effect


def test_fractional_logit_matches_newton_iterations():
    """The quasi-likelihood estimate of a binomial GLM with logit link on proportions, by
    Newton-Raphson in numpy."""
    df = _data(1)
    out = adjusted_contrasts(df, "g", ["vague_source_share"], ["topic"], groups=["a", "b", "c"])
    X, names = design_matrix(df, "g", ["a", "b", "c"], ["topic"])
    y = df.vague_source_share.to_numpy()
    b = np.zeros(X.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ b))
        b = b + np.linalg.solve(X.T @ (X * (p * (1 - p))[:, None]), X.T @ (y - p))
    assert names[:3] == ["intercept", "g[b]", "g[c]"]
    assert np.allclose(out.estimate, b[1:3], atol=1e-6)
    assert set(out.scale) == {"log-odds ratio"} and set(out.model) == {"fractional-logit-hc3"}


def test_selective_procedure_and_errors():
    df = _data(2)
    df["noise"] = np.random.default_rng(5).normal(size=len(df))
    out = adjusted_contrasts(df, "g", ["loaded_per_1k", "noise"], ["topic"], groups=["a", "b", "c"])
    _, sel, q, rej = stats.selective_bh(
        [out[out.measure == m].wald_p_value.iloc[0] for m in ("loaded_per_1k", "noise")],
        [out[out.measure == m].p_value.to_numpy() for m in ("loaded_per_1k", "noise")])
    assert np.allclose(out.q_value, np.concatenate(q))
    assert list(out.significant) == list(np.concatenate(rej))
    assert not (out.significant & ~out.omnibus_significant).any()
    with pytest.raises(CompareError, match="not in the data"):
        adjusted_contrasts(df, "g", ["noise"], ["topik"], groups=["a", "b", "c"])
    df["outlet_size"] = df.g.map({"a": 1, "b": 2, "c": 3})  # constant within each group
    with pytest.raises(CompareError, match="collinear"):
        adjusted_contrasts(df, "g", ["noise"], ["outlet_size"], groups=["a", "b", "c"])
