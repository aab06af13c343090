"""Tests for framing.study.charts: each chart draws on the axes it is given and states its n."""
from __future__ import annotations

import pandas as pd
import pytest

from framing.study import charts
from framing.study.stats import keyness


@pytest.fixture
def summary():
    return pd.DataFrame({
        "measure": ["loaded_per_1k"] * 3 + ["vague_source_share"] * 3,
        "group": ["A", "B", "C"] * 2,
        "n": [10, 12, 9, 8, 12, float("nan")],
        "mean": [4.0, 7.5, 1.0, 0.2, 0.5, float("nan")],
        "ci_low": [3.1, 6.0, 0.5, 0.1, 0.3, float("nan")],
        "ci_high": [5.2, 9.1, 1.7, 0.4, 0.7, float("nan")],
    }).fillna({"n": 0})


@pytest.fixture
def documents():
    return pd.DataFrame({
        "outlet": ["A", "A", "B", "B", "B", "C"],
        "loaded_per_1k": [1.0, 3.0, 8.0, 7.0, 6.5, 0.0],
        "hedge_per_1k": [9.0, 7.0, 1.0, None, 2.0, 5.0],
    })


def texts(labels):
    return [t.get_text() for t in labels]


def test_dot_plot_draws_on_given_axes_with_n(summary):
    fig, axes = charts.figure(1, 2)
    ax = charts.dot_plot(summary, "loaded_per_1k", ax=axes[0], label="Loaded words")
    assert ax is axes[0]
    assert texts(ax.get_yticklabels()) == ["A (n=10)", "B (n=12)", "C (n=9)"]
    assert "N = 31 documents" in ax.get_title(loc="left")
    # a group without data still has its row, with n=0 and no dot
    ax2 = charts.dot_plot(summary, "vague_source_share", ax=axes[1], groups=["C", "B", "A"])
    assert texts(ax2.get_yticklabels()) == ["C (n=0)", "B (n=12)", "A (n=8)"]


def test_dot_plot_unknown_measure(summary):
    with pytest.raises(ValueError, match="no rows for measure 'x'; measures present"):
        charts.dot_plot(summary, "x")


def test_stacked_bars_shares_and_n():
    comp = pd.DataFrame({"group": ["A", "A", "B", "B"], "category": ["named", "vague"] * 2,
                         "count": [3, 1, 0, 0]})
    ax = charts.stacked_bars(comp, title="Source types")
    assert texts(ax.get_yticklabels()) == ["A (n=4)", "B (n=0)"]
    widths = sorted(round(p.get_width(), 3) for p in ax.patches)
    assert widths == [0.0, 0.0, 0.25, 0.75]
    assert "N = 4 attributions" in ax.get_title(loc="left")


def test_scatter_plot_samples_large_corpora(documents):
    big = pd.concat([documents] * 50, ignore_index=True)
    ax = charts.scatter_plot(big, "loaded_per_1k", "hedge_per_1k", "outlet", max_points=100)
    assert ax.get_title(loc="left") == "N = 250 documents (100 shown)"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["A (n=100)", "B (n=100)", "C (n=50)"]


def test_distribution_plot_labels(documents):
    ax = charts.distribution_plot(documents, "hedge_per_1k", "outlet", label="Hedges")
    assert texts(ax.get_xticklabels()) == ["A\nn=2", "B\nn=2", "C\nn=1"]
    assert ax.get_title(loc="left") == "Hedges\nN = 5 documents"


def test_keyness_chart_top_terms():
    t = keyness({"A": {"slammed": 30, "said": 10, "blasted": 12, "tumbled": 3},
                 "B": {"slammed": 2, "said": 60, "tumbled": 0}},
                {"A": 1000, "B": 1000})
    ax = charts.keyness_chart(t, "A", top=1, n_documents=3, unit="loaded words")
    # one term each way; "tumbled" (3 uses) is below the minimum count of 5
    assert texts(ax.get_yticklabels()) == ["slammed (30)", "said (10)"]
    assert [round(p.get_width(), 2) > 0 for p in ax.patches] == [True, False]
    assert ax.get_title(loc="left") == "A\n3 documents\n55 loaded words"
    # the group's total, when rare terms were left out of the table
    rare_left_out = charts.keyness_chart(t[t.term != "tumbled"], "A", n_documents=3,
                                         unit="loaded words", total=55)
    assert rare_left_out.get_title(loc="left").endswith("\n55 loaded words")
    everything = charts.keyness_chart(t, "A", min_count=1)
    assert "tumbled (3)" not in texts(everything.get_yticklabels())  # |z| < 1.96
    xlim = charts.keyness_xlim(t, ["A", "B"])
    shared = charts.keyness_chart(t, "B", xlim=xlim)
    assert shared.get_xlim() == xlim and xlim[0] == -xlim[1]
    empty = charts.keyness_chart(t[t.z.abs() < 1], "A")
    assert any("no term with |z| ≥ 1.96" in x.get_text() for x in empty.texts)


def test_frame_heatmap_values():
    prev = pd.DataFrame({"group": ["A", "A", "B", "B"], "measure": ["CO", "EC"] * 2,
                         "n": [4, 4, 5, 5], "mean": [0.5, 0.25, 1.0, 0.0]})
    ax = charts.frame_heatmap(prev, labels={"CO": "Conflict"})
    assert texts(ax.get_xticklabels()) == ["Conflict", "EC"]
    assert [t.get_text() for t in ax.texts] == ["50%", "25%", "100%", "0%"]


def test_missing_columns_are_explained(documents):
    with pytest.raises(ValueError, match=r"scatter_plot needs columns .* missing \['z'\]"):
        charts.scatter_plot(documents, "loaded_per_1k", "z", "outlet")


def test_save_figure_is_reproducible(tmp_path, summary):
    def draw():
        fig, ax = charts.figure()
        charts.dot_plot(summary, "loaded_per_1k", ax=ax)
        return fig

    a = charts.save_figure(draw(), tmp_path / "a")
    b = charts.save_figure(draw(), tmp_path / "b")
    for pa, pb in zip(a, b):
        assert open(pa, "rb").read() == open(pb, "rb").read()
    svg = open(a[1], encoding="utf-8").read()
    assert "<dc:date>" not in svg and "A (n=10)" in svg
    with pytest.raises(ValueError, match="valid options are"):
        charts.save_figure(draw(), tmp_path / "c", formats=["gif"])


def test_group_colors_beyond_palette():
    few = charts.group_colors(list("abc"))
    many = charts.group_colors([str(k) for k in range(12)])
    assert few["a"] == charts.PALETTE[0]
    assert len(set(many.values())) == 12


def test_rates_and_shares_start_at_zero():
    """Issue 12: Flesch 44-47 on its own non-zero axis made small differences look large; rates
    and shares are drawn from zero, other scales keep their range (and the caption says so)."""
    s = pd.DataFrame({"group": ["A", "B"], "measure": ["x", "x"], "n": [5, 7],
                      "mean": [44.0, 47.0], "ci_low": [43.0, 46.0], "ci_high": [45.0, 48.0]})
    assert charts.dot_plot(s, "x", zero=True).get_xlim()[0] == 0
    assert charts.dot_plot(s, "x").get_xlim()[0] > 40
