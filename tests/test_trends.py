"""Trends over time in framing compare (issue 14): --time-column COL --freq ..."""
import json

import numpy as np
import pandas as pd
import pytest

from framing.cli.main import main
from framing.study.compare import trend_table
from framing.study.trends import periods, trend_tests


@pytest.mark.parametrize("freq, expected", [
    ("day", ["2016-01-05", "2016-02-10"]),
    ("week", ["2016-01-04", "2016-02-08"]),
    ("month", ["2016-01", "2016-02"]),
    ("quarter", ["2016Q1", "2016Q1"]),
    ("year", ["2016", "2016"]),
])
def test_periods(freq, expected):
    labels, bad = periods(pd.Series(["2016-01-05", "2016-02-10T08:00:00Z"]), freq)
    assert labels.tolist() == expected and bad == []


def test_unreadable_dates_are_reported_and_empty_cells_are_not():
    labels, bad = periods(pd.Series(["2016-01-05", "soon", "", None, "31/02/2016"]), "month")
    assert labels.tolist() == ["2016-01", None, None, None, None]
    assert bad == ["soon", "31/02/2016"]


def _docs():
    rng = np.random.default_rng(0)
    rows = []
    for g, slope in (("A", 3.0), ("B", 0.0)):
        for month in range(1, 7):
            for k in range(6):
                rows.append({"g": g, "p": f"2016-{month:02d}",
                             "x": slope * month + rng.normal(0, 1),
                             "c": 1.0})
    return pd.DataFrame(rows)


def test_trend_tests_find_the_rising_group_only():
    t = trend_tests(_docs(), "g", "p", ["A", "B"], ["x", "c"]).set_index(["group", "measure"])
    assert t.loc[("A", "x"), "rho"] > 0.8 and t.loc[("A", "x"), "significant"]
    assert not t.loc[("B", "x"), "significant"]
    assert np.isnan(t.loc[("A", "c"), "p_value"])  # a constant: no test
    assert t.loc[("A", "x"), "periods"] == 6


def test_trend_table_marks_periods_with_few_documents():
    docs = _docs()
    docs = docs[~((docs.g == "B") & (docs.p == "2016-06") & (docs.index % 6 > 1))]
    t = trend_table(docs, "g", "p", ["A", "B"], ["x"], n_resamples=50, min_n=5)
    row = t[(t.group == "B") & (t.period == "2016-06")].iloc[0]
    assert row["n"] == 2 and row["few"]
    assert not t[t.group == "A"]["few"].any()
    assert (t["ci_low"] <= t["mean"]).all() and (t["mean"] <= t["ci_high"]).all()


def _corpus(path, bad_date=None):
    with open(path, "w", encoding="utf-8") as fh:
        for month in range(1, 7):
            for k in range(3):
                for outlet, word in (("A", "disgraceful" if month > 3 else "notable"),
                                     ("B", "notable")):
                    date = f"2016-{month:02d}-{10 + k}"
                    if bad_date and month == 2 and k == 0 and outlet == "A":
                        date = bad_date
                    fh.write(json.dumps({
                        "id": f"{outlet}{month}{k}", "outlet": outlet, "date": date,
                        "text": f"The council met on day {k} of month {month}. Officials said "
                                f"the {word} plan would be voted on. Critics said it was "
                                f"{'shameful' if outlet == 'A' and month > 4 else 'long'}."})
                             + "\n")


def test_compare_writes_trend_tables_chart_and_report(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    _corpus(corpus, bad_date="not a date")
    out = tmp_path / "r"
    assert main(["compare", str(corpus), "--group-column", "outlet", "--time-column", "date",
                 "--freq", "month", "--attribution", "rules", "--resamples", "100",
                 "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 document with a date that is not a date (e.g. 'not a date')" in err
    trends = pd.read_csv(out / "tables" / "trends.csv")
    a = trends[(trends.group == "A") & (trends.measure == "loaded_per_1k")]
    assert list(a.period) == [f"2016-{m:02d}" for m in range(1, 7)]
    assert a.set_index("period").loc["2016-02", "n"] == 2  # the bad date is left out
    assert a["few"].all()  # 3 documents a month, fewer than --min-group-size 5
    tests = pd.read_csv(out / "tables" / "trend_tests.csv").set_index(["group", "measure"])
    assert tests.loc[("A", "loaded_per_1k"), "rho"] > 0.5
    assert (out / "figures" / "trends.svg").is_file()
    # trend tests are corrected together with the omnibus tests (one BH procedure)
    from scipy.stats import false_discovery_control

    omni = pd.read_csv(out / "tables" / "omnibus_tests.csv")
    tt = pd.read_csv(out / "tables" / "trend_tests.csv")
    p = pd.concat([omni.p_value, tt.p_value]).dropna().to_numpy()
    q = false_discovery_control(p, method="bh")
    got = pd.concat([omni.q_value, tt.q_value]).dropna().to_numpy()
    assert np.allclose(np.sort(q), np.sort(got))
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "### Trends by month of date" in md
    assert "adjusted together with the Benjamini-Hochberg" in (out / "methods.tex").read_text(
        encoding="utf-8")
    assert "not a date" in md  # the data check is in the report too
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<h3>Trends by month of date</h3>" in html


@pytest.mark.parametrize("args, message", [
    (["--time-column", "when"], "no time column 'when' (--time-column)"),
    (["--time-column", "outlet"], "time column 'outlet' has no readable date in any of the 36 "
                                  "documents (e.g. 'A')"),
])
def test_bad_time_column_is_one_line(tmp_path, capsys, args, message):
    corpus = tmp_path / "c.jsonl"
    _corpus(corpus)
    status = main(["compare", str(corpus), "--group-column", "outlet", "--attribution", "rules",
                   "-o", str(tmp_path / "r"), *args])
    err = capsys.readouterr().err
    assert status != 0 and message in err and err.count("\n") == 1, err
