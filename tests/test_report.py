"""Tests for framing.study.report: a report opens, escapes hostile text, cites what it used."""
from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import framing
from framing.study.compare import CompareError, compare
from framing.study.report import (
    evidence_segments,
    latex_escape,
    latex_table,
    md_escape,
    write_report,
)

HOSTILE = '<script>alert("pwned")</script>'
TEXTS = {
    "Good <b>Outlet</b>": [
        f"Critics claimed the shameful plan {HOSTILE} was a disgrace. “It may fail,” said Ana Ruiz.",
        "Observers alleged a brazen cover-up & a sham vote <img src=x onerror=alert(1)>.",
        "The minister said the budget may perhaps grow by about 40 million crowns.",
    ],
    "Plain": [
        "The council approved the budget on Tuesday, the mayor said.",
        "Officials said the bridge would reopen in May. It could cost 2 million.",
        "The minister told reporters the plan was clearly a success.",
    ],
}


class Collector(HTMLParser):
    """Records start tags, attributes and text of a document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    src = base / "hostile.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for group, texts in TEXTS.items():
            for k, t in enumerate(texts):
                fh.write(json.dumps({"id": f"{group[:4]}<{k}>", "text": t, "outlet": group}) + "\n")
    c = compare(src, "outlet", measures=["loaded_per_1k", "hedge_per_1k"], n_resamples=100, min_group_size=1,
                evidence_per_group=3, title="Report <i>title</i>",
                notes=["Note with <script>x</script>"])
    out = base / "report"
    write_report(c, out, figure_formats=("svg",), write_documents=("csv",))
    return out


def parse(path: Path) -> Collector:
    p = Collector()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


def test_report_opens_and_is_self_contained(report):
    p = parse(report / "report.html")
    assert p.tags[:3] == ["html", "head", "meta"]
    srcs = [v for k, v in p.attrs if k in ("src", "href") and v and not v.startswith("#")]
    assert srcs and all(v.startswith("data:image/svg+xml;base64,") for v in srcs)
    assert "link" not in p.tags  # no external stylesheets


def test_hostile_text_is_escaped_everywhere(report):
    html = (report / "report.html").read_text(encoding="utf-8")
    p = parse(report / "report.html")
    assert "script" not in p.tags and "i" not in p.tags
    assert "onerror" not in {k for k, _ in p.attrs}
    assert all(v.startswith("data:image/svg+xml;base64,") for k, v in p.attrs if k == "src")
    assert "<script>" not in html and "<b>Outlet</b>" not in html
    # escaped, even where evidence highlighting splits it (an attributed content may end inside)
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in re.sub(r"</?span[^>]*>", "", html)
    assert "Good &lt;b&gt;Outlet&lt;/b&gt;" in html and "Report &lt;i&gt;title&lt;/i&gt;" in html
    assert HOSTILE in "".join(p.text)  # shown to the reader as text
    md = (report / "report.md").read_text(encoding="utf-8")
    assert "<b>" not in md and "<script>" not in md
    assert r"Good \<b\>Outlet\</b\>" in md


def test_evidence_view_highlights_spans(report):
    p = parse(report / "report.html")
    classes = " ".join(v for k, v in p.attrs if k == "class" and v)
    for css in ("ly-loaded", "ly-hedge", "src-vague", "cue-distancing", "src-named", "content"):
        assert css in classes, css
    titles = [v for k, v in p.attrs if k == "title" and v]
    assert any(t.startswith("loaded · ") and "author voice" in t for t in titles)
    assert any("quoted voice" in t for t in titles)


def test_signature_and_fingerprint(report):
    sig = (report / "signature.txt").read_text(encoding="utf-8").strip()
    html = (report / "report.html").read_text(encoding="utf-8")
    assert re.search(r'<meta name="framing-signature" content="([^"]*)">', html).group(1) == sig
    assert sig.startswith(framing.signature() + "|group:outlet|")
    fp = json.loads((report / "fingerprint.json").read_text())
    src = report.parent / "hostile.jsonl"
    assert fp["inputs"] == [{"input": str(src), "sha256": hashlib.sha256(src.read_bytes()).hexdigest(),
                             "bytes": src.stat().st_size}]
    assert fp["n_documents"] == 6 and len(fp["documents_sha256"]) == 64


def test_references_cover_lexicons_methods_and_literature(report):
    bib = (report / "references.bib").read_text(encoding="utf-8")
    keys = re.findall(r"^@\w+\{([^,]+),", bib, flags=re.M)
    assert len(keys) == len(set(keys))
    for key in ("framing", "framing_lexicon_loaded", "framing_lexicon_hedges",
                "framing_lexicon_attribution", "monroe2008", "benjamini1995", "mann1947",
                "cliff1993", "efron1993", "recasens2013", "newell2018", "benjamini2014"):
        assert key in keys, key
    from framing.lexicon import load_lexicon

    assert load_lexicon("loaded").sha256 in bib
    assert bib.count("{") == bib.count("}")


def test_no_orphan_references(report):
    """Issue 12: references.bib holds exactly what the methods text cites; the data sets the
    lexicons were tuned on (BioScope, CoNLL-2010, SFU, BABE, MBIC) are not cited when unused."""
    bib = (report / "references.bib").read_text(encoding="utf-8")
    keys = set(re.findall(r"^@\w+\{([^,]+),", bib, flags=re.M))
    tex = (report / "methods.tex").read_text(encoding="utf-8")
    cited = {k.strip() for group in re.findall(r"\\citep\{([^}]*)\}", tex) for k in group.split(",")}
    assert keys == cited
    assert not keys & {"vincze2008", "farkas2010", "konstantinova2012", "spinde2021babe",
                       "spinde2021mbic"}
    html = (report / "report.html").read_text(encoding="utf-8")
    assert "(Recasens et al., 2013;" in html and "(Newell et al., 2018)" in html


def test_methods_paragraph_reflects_settings(report):
    config = json.loads((report / "config.json").read_text())
    assert config["n_resamples"] == 100 and config["group_column"] == "outlet"
    tex = (report / "methods.tex").read_text(encoding="utf-8")
    assert "100 resamples of documents, seed 0" in tex
    assert "\\citep{monroe2008}" in tex and "\\citep{benjamini1995}" in tex
    assert "95\\% bias-corrected and accelerated (BCa) bootstrap" in tex
    assert "adjusted across the 2 measures" in tex and "The 1 pairwise tests of each measure" in tex
    assert "\\citep{benjamini2014}" in tex and "significant only when its measure is selected" in tex


def test_tables_are_written_as_csv_and_latex(report):
    tables = {p.name for p in (report / "tables").iterdir()}
    for name in ("group_summary", "pairwise_tests", "omnibus_tests", "keyness", "source_types",
                 "cue_stances", "quote_types"):
        assert f"{name}.csv" in tables and f"{name}.tex" in tables
    tex = (report / "tables" / "group_summary.tex").read_text(encoding="utf-8")
    assert "\\begin{tabular}" in tex and "Good <b>Outlet</b>" in tex  # LaTeX needs no HTML escaping


def test_rewriting_replaces_an_earlier_report(report, tmp_path):
    c = compare(report.parent / "hostile.jsonl", "outlet", measures=["loaded_per_1k"], n_resamples=50, min_group_size=1,
                evidence_per_group=0)
    out = tmp_path / "again"
    write_report(c, out, figure_formats=("svg",), write_documents=())
    (out / "figures" / "stale.svg").write_text("old")
    write_report(c, out, figure_formats=("svg",), write_documents=())
    assert not (out / "figures" / "stale.svg").exists()
    assert "evidence" not in (out / "report.html").read_text(encoding="utf-8").split("<main>")[1][:200]
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "thesis.tex").write_text("keep")
    with pytest.raises(CompareError, match="holds no framing report"):
        write_report(c, foreign)
    assert (foreign / "thesis.tex").read_text() == "keep"
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_no_text_without_evidence(tmp_path):
    src = tmp_path / "c.csv"
    src.write_text('id,text,g\n1,"Secret sentence one, said Ann.",A\n2,"Secret two may be.",B\n'
                   '3,"Secret three, critics claimed.",A\n4,"Secret four said Bo.",B\n', encoding="utf-8")
    compare(src, "g", tmp_path / "r", measures=["hedge_per_1k"], n_resamples=50, evidence_per_group=0, min_group_size=1,
            write_documents=())
    for path in (tmp_path / "r").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".md", ".csv", ".tex", ".json", ".bib"):
            assert "Secret" not in path.read_text(encoding="utf-8"), path


# --------------------------------------------------------------------------- unit helpers


def test_evidence_segments_rebuild_the_text():
    a = framing.analyze("Critics claimed the plan was a shameful sham. It may rain, the minister said.")
    segs, cut = evidence_segments(a)
    assert cut == 0 and "".join(s["text"] for s in segs) == a.text
    by_text = {s["text"]: s["css"] for s in segs}
    assert by_text["Critics"] == "src src-vague"
    assert "cue cue-distancing" in by_text["claimed"]
    assert "ly-loaded" in by_text["shameful"] and "ly-hedge" in by_text["may"]


def test_evidence_segments_truncate():
    a = framing.analyze("The minister said so. " * 50)
    segs, cut = evidence_segments(a, max_chars=100)
    assert "".join(s["text"] for s in segs) == a.text[:100] and cut == len(a.text) - 100


@pytest.mark.parametrize("raw, escaped", [
    ("R&D 50%", "R\\&D 50\\%"),
    ("a_b {c} #1 $2", "a\\_b \\{c\\} \\#1 \\$2"),
    ("~^\\", "\\textasciitilde{}\\textasciicircum{}\\textbackslash{}"),
])
def test_latex_escape(raw, escaped):
    assert latex_escape(raw) == escaped


@pytest.mark.parametrize("raw, escaped", [
    ("<script>", "\\<script\\>"),
    ("[x](http://e) | *y* & `z`", "\\[x\\](http://e) \\| \\*y\\* \\& \\`z\\`"),
    ("two\nlines", "two lines"),
])
def test_md_escape(raw, escaped):
    assert md_escape(raw) == escaped


def test_latex_table_escapes_cells():
    import pandas as pd

    tex = latex_table(pd.DataFrame({"g": ["50%_A"]}), [("g", "Group & co", str, "l")], "Cap_", "t")
    assert "Group \\& co \\\\" in tex and "50\\%\\_A \\\\" in tex and "\\caption{Cap\\_}" in tex


@pytest.mark.parametrize("backend", ["rules", "model"])
def test_methods_name_the_attribution_backend_and_the_unknown_share(backend):
    from framing.settings import AnalyzerSettings
    from framing.study.demo import run_demo
    from framing.study.report import render_markdown

    settings = AnalyzerSettings.create(attribution_backend=backend)
    c = run_demo(None, n_resamples=50, evidence_per_group=1, settings=settings)
    md = render_markdown(c)
    assert re.search(r"\(\d+\.\d% of the sources could not be typed and are unknown\)", md)
    if backend == "model":
        assert f"found by framing's bundled tagger ({settings.attribution_model_id}), trained on the PolNeAR corpus" in md
        assert "attribution:polnear@1.0#" in md  # the signature names the tagger
        assert all(a.found_by == "model" for _, an in c.evidence for a in an.attributions)
    else:
        assert "were extracted by rule" in md
