"""Write a comparison out as a citable report.

:func:`write_report` turns a :class:`framing.study.compare.Comparison` into a folder::

    report.html          one self-contained file: figures embedded (SVG, base64), all text
                         escaped (jinja2 autoescape), evidence view with highlighted spans
    report.md            the same content in Markdown (figures linked, no document text)
    signature.txt        the report signature (analyzer + comparison settings)
    references.bib       BibTeX for the lexicons, their literature, the methods, the data sets
    methods.tex          the methods paragraph with \\citep{} keys
    config.json          the settings;  fingerprint.json: document count and sha256 of inputs
    environment.json     software versions (kept out of the tables and the signature)
    tables/*.csv, *.tex  group means, pairwise and omnibus tests, keyness, composition, frames
    figures/*.png, *.svg dot plots, distributions, scatter, composition, keyness, frames
    documents.csv/.parquet  per-document scores (no text), beside the report

Tables, signature, configuration and fingerprint contain no timestamps or versions: the same
inputs and settings give byte-identical files. The report holds aggregates only, so it scales.
"""
from __future__ import annotations

import base64
import json
import math
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from .._version import __version__, software_versions
from . import charts
from .stats import BOOTSTRAP_METHOD_NAMES

__all__ = [
    "write_report",
    "render_html",
    "render_markdown",
    "methods_paragraphs",
    "bibtex",
    "findings",
    "evidence_segments",
    "latex_table",
    "latex_escape",
    "md_escape",
    "METHOD_REFERENCES",
]

#: Characters of a document shown in the evidence view at most.
MAX_EVIDENCE_CHARS = 5000
#: Pairwise rows shown in the HTML/Markdown reports (all rows are in the CSV).
MAX_PAIRWISE_ROWS = 40

_LAYER_LABELS = {"loaded": "Loaded words", "hedge": "Hedges", "booster": "Boosters",
                 "approximator": "Approximators", "cue": "Attribution cues"}
#: What the counts of a keyness layer count (a cue is counted once per attribution).
_LAYER_UNITS = {"loaded": "loaded words", "hedge": "hedges", "booster": "boosters",
                "approximator": "approximators", "cue": "attributions"}
#: Span layers with their own highlight colour in the evidence view; others share one.
_COLOURED_LAYERS = ("loaded", "hedge", "booster", "approximator")
#: Attribution compositions (``Comparison.composition`` keys) and the name of one category.
_COMPOSITIONS = (("source_types", "Source type"), ("cue_stances", "Cue stance"),
                 ("quote_types", "Quotation type"))

#: Method references: key -> (in-text citation, reference text, BibTeX).
METHOD_REFERENCES: Dict[str, Tuple[str, str, str]] = {
    "efron1993": (
        "Efron & Tibshirani, 1993",
        "Efron, B., & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. New York: Chapman & Hall.",
        "@book{efron1993, author={Efron, Bradley and Tibshirani, Robert J.}, title={An Introduction "
        "to the Bootstrap}, publisher={Chapman \\& Hall}, address={New York}, year={1993}}",
    ),
    "mann1947": (
        "Mann & Whitney, 1947",
        "Mann, H. B., & Whitney, D. R. (1947). On a test of whether one of two random variables is "
        "stochastically larger than the other. The Annals of Mathematical Statistics, 18(1), 50-60.",
        "@article{mann1947, author={Mann, Henry B. and Whitney, Donald R.}, title={On a Test of "
        "Whether One of Two Random Variables Is Stochastically Larger than the Other}, "
        "journal={The Annals of Mathematical Statistics}, volume={18}, number={1}, pages={50--60}, "
        "year={1947}}",
    ),
    "good2005": (
        "Good, 2005",
        "Good, P. I. (2005). Permutation, Parametric and Bootstrap Tests of Hypotheses (3rd ed.). "
        "New York: Springer.",
        "@book{good2005, author={Good, Phillip I.}, title={Permutation, Parametric and Bootstrap "
        "Tests of Hypotheses}, edition={3}, publisher={Springer}, address={New York}, year={2005}}",
    ),
    "cliff1993": (
        "Cliff, 1993",
        "Cliff, N. (1993). Dominance statistics: Ordinal analyses to answer ordinal questions. "
        "Psychological Bulletin, 114(3), 494-509.",
        "@article{cliff1993, author={Cliff, Norman}, title={Dominance Statistics: Ordinal Analyses "
        "to Answer Ordinal Questions}, journal={Psychological Bulletin}, volume={114}, number={3}, "
        "pages={494--509}, year={1993}}",
    ),
    "benjamini1995": (
        "Benjamini & Hochberg, 1995",
        "Benjamini, Y., & Hochberg, Y. (1995). Controlling the false discovery rate: A practical and "
        "powerful approach to multiple testing. Journal of the Royal Statistical Society: Series B "
        "(Methodological), 57(1), 289-300.",
        "@article{benjamini1995, author={Benjamini, Yoav and Hochberg, Yosef}, title={Controlling "
        "the False Discovery Rate: A Practical and Powerful Approach to Multiple Testing}, "
        "journal={Journal of the Royal Statistical Society: Series B (Methodological)}, volume={57}, "
        "number={1}, pages={289--300}, year={1995}}",
    ),
    "benjamini2014": (
        "Benjamini & Bogomolov, 2014",
        "Benjamini, Y., & Bogomolov, M. (2014). Selective inference on multiple families of "
        "hypotheses. Journal of the Royal Statistical Society: Series B (Statistical Methodology), "
        "76(1), 297-318.",
        "@article{benjamini2014, author={Benjamini, Yoav and Bogomolov, Marina}, title={Selective "
        "Inference on Multiple Families of Hypotheses}, journal={Journal of the Royal Statistical "
        "Society: Series B (Statistical Methodology)}, volume={76}, number={1}, pages={297--318}, "
        "year={2014}}",
    ),
    "newell2018": (  # the training data of the bundled attribution tagger
        "Newell et al., 2018",
        "Newell, E., Margolin, D., & Ruths, D. (2018). An attribution relations corpus for "
        "political news. In Proceedings of the Eleventh International Conference on Language "
        "Resources and Evaluation (LREC 2018). Miyazaki, Japan: ELRA.",
        "@inproceedings{newell2018, author={Newell, Edward and Margolin, Drew and Ruths, Derek}, "
        "title={An Attribution Relations Corpus for Political News}, booktitle={Proceedings of "
        "the Eleventh International Conference on Language Resources and Evaluation (LREC "
        "2018)}, address={Miyazaki, Japan}, publisher={European Language Resources Association "
        "(ELRA)}, year={2018}}",
    ),
    "seabold2010": (
        "Seabold & Perktold, 2010",
        "Seabold, S., & Perktold, J. (2010). statsmodels: Econometric and statistical modeling "
        "with Python. In Proceedings of the 9th Python in Science Conference (pp. 92-96).",
        "@inproceedings{seabold2010, author={Seabold, Skipper and Perktold, Josef}, "
        "title={statsmodels: Econometric and Statistical Modeling with Python}, "
        "booktitle={Proceedings of the 9th Python in Science Conference}, pages={92--96}, "
        "year={2010}}",
    ),
    "papke1996": (
        "Papke & Wooldridge, 1996",
        "Papke, L. E., & Wooldridge, J. M. (1996). Econometric methods for fractional response "
        "variables with an application to 401(k) plan participation rates. Journal of Applied "
        "Econometrics, 11(6), 619-632.",
        "@article{papke1996, author={Papke, Leslie E. and Wooldridge, Jeffrey M.}, "
        "title={Econometric Methods for Fractional Response Variables with an Application to "
        "401(k) Plan Participation Rates}, journal={Journal of Applied Econometrics}, "
        "volume={11}, number={6}, pages={619--632}, year={1996}}",
    ),
    "mackinnon1985": (
        "MacKinnon & White, 1985",
        "MacKinnon, J. G., & White, H. (1985). Some heteroskedasticity-consistent covariance "
        "matrix estimators with improved finite sample properties. Journal of Econometrics, "
        "29(3), 305-325.",
        "@article{mackinnon1985, author={MacKinnon, James G. and White, Halbert}, title={Some "
        "Heteroskedasticity-Consistent Covariance Matrix Estimators with Improved Finite Sample "
        "Properties}, journal={Journal of Econometrics}, volume={29}, number={3}, "
        "pages={305--325}, year={1985}}",
    ),
    "kruskal1952": (
        "Kruskal & Wallis, 1952",
        "Kruskal, W. H., & Wallis, W. A. (1952). Use of ranks in one-criterion variance analysis. "
        "Journal of the American Statistical Association, 47(260), 583-621.",
        "@article{kruskal1952, author={Kruskal, William H. and Wallis, W. Allen}, title={Use of "
        "Ranks in One-Criterion Variance Analysis}, journal={Journal of the American Statistical "
        "Association}, volume={47}, number={260}, pages={583--621}, year={1952}}",
    ),
    "tomczak2014": (
        "Tomczak & Tomczak, 2014",
        "Tomczak, M., & Tomczak, E. (2014). The need to report effect size estimates revisited. An "
        "overview of some recommended measures of effect size. Trends in Sport Sciences, 21(1), 19-25.",
        "@article{tomczak2014, author={Tomczak, Maciej and Tomczak, Ewa}, title={The Need to Report "
        "Effect Size Estimates Revisited. An Overview of Some Recommended Measures of Effect Size}, "
        "journal={Trends in Sport Sciences}, volume={21}, number={1}, pages={19--25}, year={2014}}",
    ),
    "monroe2008": (
        "Monroe, Colaresi & Quinn, 2008",
        "Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words: Lexical feature "
        "selection and evaluation for identifying the content of political conflict. Political "
        "Analysis, 16(4), 372-403.",
        "@article{monroe2008, author={Monroe, Burt L. and Colaresi, Michael P. and Quinn, Kevin M.}, "
        "title={Fightin' Words: Lexical Feature Selection and Evaluation for Identifying the Content "
        "of Political Conflict}, journal={Political Analysis}, volume={16}, number={4}, "
        "pages={372--403}, year={2008}}",
    ),
    "virtanen2020": (
        "Virtanen et al., 2020",
        "Virtanen, P., Gommers, R., Oliphant, T. E., et al. (2020). SciPy 1.0: Fundamental "
        "algorithms for scientific computing in Python. Nature Methods, 17, 261-272.",
        "@article{virtanen2020, author={Virtanen, Pauli and Gommers, Ralf and Oliphant, Travis E. "
        "and others}, title={{SciPy} 1.0: Fundamental Algorithms for Scientific Computing in "
        "{Python}}, journal={Nature Methods}, volume={17}, pages={261--272}, year={2020}}",
    ),
}


# --------------------------------------------------------------------------------------------
# escaping and formatting, LaTeX tables


_LATEX_SPECIALS = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
                   "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
                   "^": r"\textasciicircum{}"}


def latex_escape(text: Any) -> str:
    """Escape LaTeX special characters in ``text``.

    Examples
    --------
    >>> latex_escape("a_b & {c}")
    'a\\\\_b \\\\& \\\\{c\\\\}'
    """
    return "".join(_LATEX_SPECIALS.get(ch, ch) for ch in str(text))


_MD_PUNCT = re.compile(r"([\\`*_\[\]<>|&!~])")


def md_escape(text: Any) -> str:
    """Backslash-escape the characters that start Markdown constructs (CommonMark) and make
    whitespace runs one space, so user text stays on its line and renders literally.

    Examples
    --------
    >>> print(md_escape("*a* | [b](c) <script>"))
    \\*a\\* \\| \\[b\\](c) \\<script\\>
    """
    return _MD_PUNCT.sub(r"\\\1", " ".join(str(text).split()))


def _nan(x: Any) -> bool:
    try:
        return x is None or math.isnan(float(x))
    except (TypeError, ValueError):
        return False


def fmt_value(x: Any) -> str:
    """Three significant digits (no exponent below 1e6), "–" for missing.

    Examples
    --------
    >>> fmt_value(14.8123), fmt_value(0.28571), fmt_value(float("nan")), fmt_value(1234.5)
    ('14.8', '0.286', '–', '1234')
    """
    if _nan(x):
        return "–"
    x = float(x)
    if abs(x) >= 1000:
        return f"{x:.0f}"
    s = f"{x:.3g}"
    if "e" in s:
        s = f"{x:.2e}"
    return s


def fmt_p(p: Any) -> str:
    """p-values: three decimals, ``<0.001`` below.

    Examples
    --------
    >>> fmt_p(0.04567), fmt_p(1e-9)
    ('0.046', '<0.001')
    """
    if _nan(p):
        return "–"
    return "<0.001" if float(p) < 0.001 else f"{float(p):.3f}"


def _fmt_ci(mean: Any, lo: Any, hi: Any) -> str:
    if _nan(mean):
        return "–"
    if _nan(lo) or _nan(hi):
        return fmt_value(mean)
    return f"{fmt_value(mean)} [{fmt_value(lo)}, {fmt_value(hi)}]"


def _pct(x: Any) -> str:
    return "–" if _nan(x) else f"{100 * float(x):.0f}%"


def latex_table(df: Any, columns: Sequence[Tuple[str, str, Callable[[Any], str], str]],
                caption: str, label: str) -> str:
    """A booktabs LaTeX table.

    Parameters
    ----------
    columns : sequence of (column, header, formatter, alignment)
        ``formatter`` turns a cell into text (escaped afterwards); alignment ``l``/``r``/``c``.

    Examples
    --------
    >>> import pandas as pd
    >>> tex = latex_table(pd.DataFrame({"g": ["A_1"], "x": [0.5]}),
    ...                   [("g", "Group", str, "l"), ("x", "Mean", fmt_value, "r")], "Means", "tab:m")
    >>> print(*tex.splitlines()[3:8], sep="\\n")
    \\begin{tabular}{lr}
    \\toprule
    Group & Mean \\\\
    \\midrule
    A\\_1 & 0.5 \\\\
    """
    lines = ["\\begin{table}[ht]", "\\centering", "\\small",
             "\\begin{tabular}{" + "".join(c[3] for c in columns) + "}", "\\toprule",
             " & ".join(latex_escape(c[1]) for c in columns) + " \\\\", "\\midrule"]
    for rec in df.to_dict("records"):
        lines.append(" & ".join(latex_escape(fmt(rec[col])) for col, _, fmt, _ in columns) + " \\\\")
    lines += ["\\bottomrule", "\\end{tabular}", f"\\caption{{{latex_escape(caption)}}}",
              f"\\label{{{label}}}", "\\end{table}"]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# references


_BIB_KEY = re.compile(r"@\s*(\w+)\s*\{\s*([^,\s]+)\s*,")
_BIB_FIELD = re.compile(r"(\w+)\s*=\s*\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}")


def _bib_text(entry: str) -> str:
    """A readable reference from a BibTeX entry (authors, year, title, venue)."""
    f = {k.lower(): re.sub(r"[{}]", "", v) for k, v in _BIB_FIELD.findall(entry)}
    authors = f.get("author", f.get("editor", "")).replace(" and ", "; ")
    venue = f.get("journal") or f.get("booktitle") or f.get("publisher") or f.get("howpublished") or ""
    parts = [p for p in (authors, f"({f['year']})." if "year" in f else "", f.get("title", "") + ".",
                         venue + "." if venue else "", f.get("note", "")) if p and p != "."]
    return " ".join(parts).replace("\\&", "&").replace("--", "-")


def _pretty_bib(entry: str) -> str:
    """One field per line."""
    m = _BIB_KEY.search(entry)
    fields_ = _BIB_FIELD.findall(entry)
    if not m or not fields_:
        return entry.strip()
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields_)
    return f"@{m.group(1)}{{{m.group(2)},\n{body}\n}}"


def _lexicon_reference(lx: Any) -> Tuple[str, str]:
    """(text, BibTeX) of a lexicon file, with its version, sha256 and licence."""
    info = lx.meta.get("lexicon", {}) if isinstance(lx.meta, dict) else {}
    authors = info.get("authors") or ["framing contributors"]
    if isinstance(authors, str):
        authors = [authors]
    desc = " ".join(str(info.get("description", "")).split())
    lic = f"; licence {info['license']}" if info.get("license") else ""
    bib = (f"@misc{{framing_lexicon_{lx.name}, author={{{' and '.join('{' + a + '}' for a in authors)}}}, "
           f"title={{{lx.name}@{lx.version}: {desc}}}, howpublished={{framing lexicon file "
           f"{lx.name}.lex}}, note={{version {lx.version}; sha256 {lx.sha256}{lic}}}}}")
    text = f"{', '.join(authors)}. {lx.name}@{lx.version}: {desc} framing lexicon, sha256 {lx.sha256}{lic}."
    return text, bib


#: Citations in the bundled lexicons' metadata that name the data sets a lexicon was tuned or
#: checked on (BioScope, CoNLL-2010, SFU Review, BABE, MBIC, PARC, PolNeAR). A report cites a
#: data set only when it used it: the bundled tagger's training data, or data sets its caller
#: names; the literature behind the lexicons' categories is cited whenever they are used.
_DATA_SET_KEYS = frozenset({"vincze2008", "farkas2010", "konstantinova2012", "spinde2021babe",
                            "spinde2021mbic", "pareti2016", "newell2018"})


def _reference_items(comparison: Any) -> List[Tuple[str, str]]:
    """(text, BibTeX) of every reference the methods text cites (no orphan entries): the
    software, lexicons, the literature behind them, methods and the data sets used."""
    candidates = _reference_candidates(comparison)
    cited: Dict[str, None] = {}

    def record(keys: Sequence[str]) -> str:
        cited.update(dict.fromkeys(keys))
        return ""

    methods_paragraphs(comparison, cite=record)
    return [candidates[k] for k in candidates if k in cited]


def _reference_candidates(comparison: Any) -> Dict[str, Tuple[str, str]]:
    """key -> (text, BibTeX) of the software, lexicons, methods, data sets and the lexicons'
    literature: every reference a methods text may cite."""
    items: Dict[str, Tuple[str, str]] = {}

    def add(text: str, bib: str) -> None:
        m = _BIB_KEY.search(bib)
        if not m:
            raise ValueError(f"not a BibTeX entry (no '@type{{key,'): {bib[:60]!r}")
        items.setdefault(m.group(2), (text, bib))

    add(f"framing contributors. framing: a toolkit for media-bias and framing analysis of news "
        f"text, version {__version__}.",
        "@misc{framing, author={{framing contributors}}, title={framing: a toolkit for media-bias "
        f"and framing analysis of news text}}, note={{version {__version__}}}}}")
    for lx in comparison.lexicons:
        add(*_lexicon_reference(lx))
    for key in METHOD_REFERENCES:  # only those the methods text cites reach the report
        add(*METHOD_REFERENCES[key][1:])
    for entry in comparison.references:
        add(_bib_text(entry), entry)
    for lx in comparison.lexicons:
        for c in (lx.meta.get("citations") or []) if isinstance(lx.meta, dict) else []:
            bib = c.get("bibtex")
            if bib:
                add(" ".join(str(c.get("text") or _bib_text(bib)).split()), bib)
    return items


def _lexicon_literature(comparison: Any) -> List[str]:
    """Keys of the literature cited in the lexicons' metadata, data sets left out."""
    keys: Dict[str, None] = {}
    for lx in comparison.lexicons:
        for c in (lx.meta.get("citations") or []) if isinstance(lx.meta, dict) else []:
            m = _BIB_KEY.search(str(c.get("bibtex") or ""))
            if m and m.group(2) not in _DATA_SET_KEYS:
                keys[m.group(2)] = None
    return list(keys)


def _short_citation(bib: str) -> str:
    """"Author, year" (or "A & B", "A et al.") of a BibTeX entry."""
    year = re.search(r"year\s*=\s*[{\"]?(\d{4})", bib)
    author = re.search(r"author\s*=\s*\{(.*?)\}\s*,\s*\w+\s*=", bib, flags=re.S)
    names = [a.strip() for a in author.group(1).split(" and ")] if author else []
    last = [n.split(",")[0].strip("{} ") if "," in n else n.split()[-1].strip("{} ") for n in names]
    who = (last[0] if len(last) == 1 else f"{last[0]} & {last[1]}" if len(last) == 2
           else f"{last[0]} et al." if last else "")
    return f"{who}, {year.group(1) if year else 'n.d.'}".strip(", ")


def bibtex(comparison: Any) -> str:
    """``references.bib``: the software, each lexicon (with its sha256), the literature behind
    the lexicons, the statistical methods and the data sets given by the caller.

    Examples
    --------
    >>> from framing.study.demo import run_demo
    >>> c = run_demo(None, n_resamples=100, evidence_per_group=0)
    >>> bib = bibtex(c)
    >>> "@article{monroe2008," in bib, "@misc{framing_lexicon_loaded," in bib
    (True, True)
    """
    header = ("% References for a framing report: the software, the lexicons (with sha256), the\n"
              "% literature that informed them, the statistical methods and the data sets.\n")
    return header + "\n" + "\n\n".join(_pretty_bib(b) for _, b in _reference_items(comparison)) + "\n"


# --------------------------------------------------------------------------------------------
# methods and findings


def methods_paragraphs(comparison: Any, cite: Optional[Callable[[Sequence[str]], str]] = None,
                       esc: Callable[[Any], str] = str, code: Callable[[str], str] = str) -> List[str]:
    """The methods section (a list of paragraphs), generated from the settings actually used.

    Parameters
    ----------
    cite : callable, optional
        Turns a list of reference keys into a citation (default: "(Author, year)" for the
        methods, nothing for the software and lexicons, which the text names).
    esc : callable
        Applied to user-supplied strings (group and column names), e.g. :func:`md_escape`.
    code : callable
        Formats the signature (the Markdown report makes it a code span).

    Examples
    --------
    >>> from framing.study.demo import run_demo
    >>> c = run_demo(None, n_resamples=100, evidence_per_group=0)
    >>> p = methods_paragraphs(c)
    >>> "100 resamples of documents, seed 0" in p[1]
    True
    """
    c = comparison
    if cite is None:
        candidates = _reference_candidates(c)

        def cite(keys: Sequence[str]) -> str:
            known = [METHOD_REFERENCES[k][0] if k in METHOD_REFERENCES else
                     _short_citation(candidates[k][1]) for k in keys
                     if k in candidates and k != "framing" and not k.startswith("framing_lexicon_")]
            return "(" + "; ".join(known) + ")" if known else ""
    s = c.settings
    sizes = [c.group_sizes[g] for g in c.groups]
    n = sum(sizes)
    if len(c.groups) <= 10:
        group_text = ", ".join(f"{esc(g)}: {c.group_sizes[g]}" for g in c.groups)
    else:
        group_text = f"{min(sizes)} to {max(sizes)} documents per group"
    lex = ", ".join(f"{lx.name}@{lx.version} (sha256 {lx.sha256[:12]}…)" for lx in c.lexicons)
    ci = f"{s.confidence_level:.0%}"
    data = f" {c.data_description.strip()}" if c.data_description else ""
    data_keys = [m.group(2) for m in (_BIB_KEY.search(b) for b in c.references) if m]
    if data_keys:
        data += f" Data: {cite(data_keys)}."
    literature = _lexicon_literature(c)
    sw = cite(["framing"])
    lex_cite = cite([f"framing_lexicon_{lx.name}" for lx in c.lexicons])
    multi = any(len(e.categories) > 1 for lx in c.lexicons for e in lx.entries)
    attribution = c.analysis is None or c.analysis.attribution is not None
    voice = c.analysis is None or c.analysis.voice
    p1 = (f"We compared {n:,} documents in {len(c.groups)} groups defined by the column "
          f"“{esc(s.group_column)}” ({group_text}).{data} Each document was analysed with framing "
          f"{__version__}{' ' + sw if sw else ''}: text was split into sentences and word tokens, "
          f"and matched against the lexicons {lex}{' ' + lex_cite if lex_cite else ''}"
          + (f", whose categories draw on {cite(literature)}" if literature else "")
          + ("; a word listed under several categories of a lexicon counts once in each, as "
             "LIWC counts it" if multi else "")
          + ("; matches inside quotations were assigned to the quoted voice and all others to "
             "the outlet's own voice." if voice else ".")
          + (f" Attribution relations (source, cue, content) were {_found_by(c, cite)}; sources "
             "were typed as named, titled, vague, pronoun, document or unknown"
             f"{_unknown_share(c)}, cues as neutral, "
             "distancing, endorsing, emphatic or emotive, and quotations as direct, indirect or "
             "mixed; attribution measures count the attributions made in the outlet's own voice."
             if attribution else "")
          + " Rates are counts per 1,000 word tokens of a document; shares are proportions "
          "within a document and are undefined (left out) where their denominator is zero, "
          "e.g. the source shares of a document without attributions.")
    if c.frames:
        p1 += (f" Frame prevalence is the share of documents annotated with each frame (columns "
               f"{', '.join(esc(f) for f in c.frames)}); it is compared like the other measures.")
    if s.test == "mannwhitney":
        test_text = f"two-sided Mann–Whitney U tests {cite(['mann1947'])}"
    else:
        test_text = (f"two-sided permutation tests of the difference in means "
                     f"({s.n_permutations:,} random permutations, or all partitions when fewer) "
                     f"{cite(['good2005'])}")
    p2 = (f"For each group and measure we report the mean over documents with a {ci} "
          f"{BOOTSTRAP_METHOD_NAMES[s.ci_method]} bootstrap confidence interval ({s.n_resamples:,} resamples "
          f"of documents, seed {s.seed}) {cite(['efron1993'])}. Every pair of groups was compared with {test_text}, "
          f"with Cliff's delta as the effect size {cite(['cliff1993'])}. Each measure was first "
          f"tested across all groups with a Kruskal–Wallis test {cite(['kruskal1952'])} "
          f"(effect size epsilon-squared {cite(['tomczak2014'])}), its p-values adjusted across the "
          f"{len(c.measures)} measures with the Benjamini–Hochberg procedure "
          f"{cite(['benjamini1995'])}; a measure with q < {s.fdr_level:g} is selected. The "
          f"{len(c.groups) * (len(c.groups) - 1) // 2} pairwise tests of each measure form a "
          "family, tested with the selective procedure of Benjamini and Bogomolov "
          f"{cite(['benjamini2014'])}: only the families of selected measures are tested, each "
          f"with the Benjamini–Hochberg procedure at level {s.fdr_level:g} × (selected measures / "
          "measures); the reported pairwise q-values are scaled accordingly, and a pairwise "
          "difference is called significant only when its measure is selected and its q-value "
          f"is below {s.fdr_level:g} (column significant of tables/pairwise_tests.csv). So no "
          "pairwise difference is significant where the omnibus test is not. Keyness of the terms of each layer (loaded "
          "words, hedges, boosters and attribution cues) was estimated for each group against all "
          "other groups as the log-odds ratio with an informative Dirichlet prior and its z-score "
          f"{cite(['monroe2008'])}, with the prior set to the pooled corpus counts times "
          f"{s.prior_scale:g} and each group's word tokens as its total. The keyness charts and "
          "tables show the terms each group used significantly more (z ≥ 1.96, used at least "
          f"{s.keyness_min_count} times by the group) and significantly less (z ≤ −1.96, used at "
          f"least {s.keyness_min_count} times by the other groups) than the other groups; "
          "these z-scores are descriptive and not corrected for the number of terms. An "
          "attribution's cue counts once per attribution. In the bundled lexicons a word counts "
          "in one layer only (reporting verbs such as 'claimed' or 'slammed' are attribution "
          "cues, whose stance is measured, and not loaded words); a researcher's own dictionary "
          "may count a word that another layer counts too. Each layer's keyness is computed on "
          "its own. "
          f"Statistics were computed with SciPy {cite(['virtanen2020'])}. Signature: {code(c.signature)}.")
    out = [p1, p2]
    if s.time_column:
        out.append(
            f"Trends: the documents were binned by {s.freq} of {esc(s.time_column)}; for each "
            "group and period the mean of each measure has a bootstrap confidence interval as "
            f"above (periods with fewer than {s.min_group_size} documents are marked). A "
            "monotonic trend within a group was tested with Spearman's rank correlation between "
            f"the documents' values and the order of their {s.freq}; these p-values and those "
            "of the Kruskal-Wallis tests were adjusted together with the Benjamini-Hochberg "
            f"procedure {cite(['benjamini1995'])} (tables/trend_tests.csv).")
    if getattr(c, "entities", None) is not None:
        out.append(
            "Entities: a mention is a match of the entity's regular expression in the text; an "
            "attribution has the entity as its source when its source span contains a mention. "
            "Per group, the share of the attributions in the author's voice with the entity as "
            "source, the shares of non-neutral and distancing cues among them and the loaded "
            "words in sentences with a mention per 100 mentions are ratios of sums over the "
            "group's documents, with percentile bootstrap intervals that resample documents "
            "(tables/entities.csv).")
    if s.covariates:
        out.append(
            f"Covariate-adjusted contrasts: for each measure, the document-level values were "
            f"regressed on the groups (reference: {esc(c.groups[0])}) and the covariates "
            f"{', '.join(esc(x) for x in s.covariates)} (numeric columns as they are, others "
            "dummy-coded against their first level) with statsmodels "
            f"{cite(['seabold2010'])}: rates and other unbounded measures by ordinary least "
            "squares, the contrast being the adjusted difference in means; shares by a "
            f"fractional logit (a binomial GLM with logit link fitted by quasi-likelihood) "
            f"{cite(['papke1996'])}, the contrast being an adjusted log-odds ratio; both with "
            f"HC3 heteroskedasticity-consistent standard errors {cite(['mackinnon1985'])} and "
            f"{ci} Wald intervals. The group coefficients of each measure were tested jointly "
            "(Wald test), and the contrasts followed the same selective procedure as the "
            "pairwise tests (tables/adjusted_contrasts.csv).")
    return out


def findings(comparison: Any, esc: Callable[[Any], str] = str) -> List[str]:
    """One sentence per measure: highest and lowest group, omnibus test, significant pairs.

    Measures come first, then frames; each ordered by effect size (epsilon-squared), largest
    first. ``esc`` is applied to group names and labels (see :func:`methods_paragraphs`).

    Examples
    --------
    >>> from framing.study.demo import run_demo
    >>> c = run_demo(None, n_resamples=100, evidence_per_group=0)
    >>> len(findings(c)) == len(c.measures)
    True
    """
    c = comparison
    omni = c.omnibus.set_index("measure")
    eps = {m: omni["epsilon_squared"].get(m, math.nan) for m in c.measures}
    order = sorted(c.measures, key=lambda m: (m in c.frames, -(eps[m] if not _nan(eps[m]) else -1.0)))
    out = []
    for m in order:
        rows = c.summary[(c.summary["measure"] == m) & c.summary["mean"].notna()]
        if rows.empty:
            continue
        label = esc(("Frame: " if m in c.frames else "") + c.label(m))
        hi = rows.loc[rows["mean"].idxmax()]
        lo = rows.loc[rows["mean"].idxmin()]
        # ties: name every group that shares the extreme value
        hi_names, lo_names = (_join_names([esc(g) for g in rows.loc[rows["mean"] == r["mean"], "group"]])
                              for r in (hi, lo))
        part = c.pairwise[c.pairwise["measure"] == m]
        q = omni["q_value"].get(m, math.nan)
        if not _nan(q) and q < c.settings.fdr_level:
            out.append(f"{label}: highest in {hi_names} "
                       f"({_fmt_ci(hi['mean'], hi['ci_low'], hi['ci_high'])}), lowest in "
                       f"{lo_names} ({_fmt_ci(lo['mean'], lo['ci_low'], lo['ci_high'])}); "
                       f"Kruskal–Wallis q {_q_text(q)}, ε² = {fmt_value(eps[m])}; "
                       f"{int(part['significant'].sum())} of {len(part)} pairwise differences significant.")
        elif hi["mean"] == lo["mean"]:
            out.append(f"{label}: the same in every group ({fmt_value(hi['mean'])}).")
        else:
            out.append(f"{label}: no significant difference between groups (Kruskal–Wallis q "
                       f"{_q_text(q)}); range {fmt_value(lo['mean'])} ({lo_names}) to "
                       f"{fmt_value(hi['mean'])} ({hi_names}).")
    return out


def _join_names(names: List[str]) -> str:
    if len(names) > 4:
        return ", ".join(names[:4]) + f" and {len(names) - 4} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _q_text(q: Any) -> str:
    p = fmt_p(q)
    return p if p.startswith("<") else f"= {p}"


# --------------------------------------------------------------------------------------------
# evidence view


def _css_token(value: Any) -> str:
    return re.sub(r"[^a-z0-9_-]", "", str(value).lower()) or "x"


def evidence_segments(analysis: Any, max_chars: int = MAX_EVIDENCE_CHARS) -> Tuple[List[Dict[str, str]], int]:
    """Split a document (an :class:`~framing.analysis.Analysis`) into runs of text that share
    the same highlights: segments ``{"text", "css", "title"}`` in document order (text raw: the
    template escapes it), and the number of characters cut off after ``max_chars``.

    Examples
    --------
    >>> import framing
    >>> segs, cut = evidence_segments(framing.analyze("Critics claimed it was a disgrace."))
    >>> "".join(s["text"] for s in segs), cut
    ('Critics claimed it was a disgrace.', 0)
    >>> segs[0]["text"], segs[0]["css"], segs[0]["title"]
    ('Critics', 'src src-vague', 'source (vague, found by the model)')
    """
    text = analysis.text
    limit = min(len(text), max_chars)
    marks: List[Tuple[int, int, str, str]] = []
    for sp in analysis.spans:
        layer = _css_token(sp.layer)
        css = f"ly ly-{layer}" if layer in _COLOURED_LAYERS else "ly ly-other"
        marks.append((sp.start, sp.end, css, f"{sp.layer} · {sp.category} · {sp.voice} voice"))
    for a in analysis.attributions:
        by = f", found by the {a.found_by}" if a.found_by != "rules" else ""
        if a.source is not None:
            marks.append((a.source.start, a.source.end, f"src src-{_css_token(a.source_type)}",
                          f"source ({a.source_type}{by})"))
        marks.append((a.cue.start, a.cue.end, f"cue cue-{_css_token(a.stance)}",
                       f"cue ({a.stance}; {a.quote} quotation{by})"))
        if a.content is not None:
            marks.append((a.content.start, a.content.end, "content",
                          "attributed content" + (f" (found by the {a.found_by})"
                                                  if a.found_by != "rules" else "")))
    cuts = {0, limit}
    for s, e, _, _ in marks:
        if s < limit:
            cuts.add(max(0, s))
            cuts.add(min(limit, e))
    bounds = sorted(cuts)
    segments: List[Dict[str, str]] = []
    for s, e in zip(bounds, bounds[1:]):
        covering = [(css, title) for ms, me, css, title in marks if ms <= s and me >= e]
        # content underline last so that spans and roles read first in the tooltip
        covering.sort(key=lambda ct: ct[0] == "content")
        css = " ".join(dict.fromkeys(" ".join(ct[0] for ct in covering).split()))
        title = "; ".join(dict.fromkeys(ct[1] for ct in covering))
        if segments and (segments[-1]["css"], segments[-1]["title"]) == (css, title):
            segments[-1]["text"] += text[s:e]
        else:
            segments.append({"text": text[s:e], "css": css, "title": title})
    return segments, len(text) - limit


def _legend(evidence: Sequence[Tuple[str, Any]]) -> List[Dict[str, str]]:
    from ..attribution import SOURCE_TYPES, STANCES

    layers = list(dict.fromkeys(sp.layer for _, a in evidence for sp in a.spans))
    items = [{"css": f"ly ly-{layer}", "sample": layer, "label": _LAYER_LABELS[layer].lower()}
             for layer in _COLOURED_LAYERS if layer in ("loaded", "hedge", "booster") or layer in layers]
    others = [lay for lay in layers if lay not in _COLOURED_LAYERS]
    if others:
        items.append({"css": "ly ly-other", "sample": "other", "label": ", ".join(others)})
    items += [{"css": f"src src-{t}", "sample": "Source", "label": f"{t} source"} for t in SOURCE_TYPES]
    items += [{"css": f"cue cue-{st}", "sample": "cue", "label": f"{st} cue"} for st in STANCES]
    return items + [{"css": "content", "sample": "content", "label": "attributed content"}]


def _evidence_docs(comparison: Any) -> List[Dict[str, Any]]:
    docs = []
    for group, a in comparison.evidence:
        segs, cut = evidence_segments(a)
        sc = a.scores
        vague = sc.get("vague_source_share")
        stats_text = (f"loaded {fmt_value(sc.get('loaded_per_1k'))}/1k · hedges "
                      f"{fmt_value(sc.get('hedge_per_1k'))}/1k · {len(a.attributions)} attributions"
                      + (f" ({_pct(vague)} of sources vague)" if not _nan(vague) else ""))
        docs.append({"group": group, "id": a.id, "n_tokens": a.n_tokens, "stats": stats_text,
                     "segments": segs, "truncated": cut})
    return docs


# --------------------------------------------------------------------------------------------
# figures and tables


def _panels(n: int, max_cols: int, width: float, row_height: float, pad: float = 0.0) -> Tuple[Any, List[Any]]:
    """A figure of ``n`` panels in rows of at most ``max_cols`` (cells beyond ``n`` hidden)."""
    cols = min(max_cols, max(1, n))
    rows = int(math.ceil(n / cols))
    fig, axes = charts.figure(rows, cols, width=width * cols, height=row_height * rows + pad, squeeze=False)
    for ax in list(axes.flat)[n:]:
        ax.set_visible(False)
    return fig, list(axes.flat)


def _from_zero(measure: str) -> bool:
    """Whether a measure's chart axis starts at zero: rates (per 1,000), shares and counts do;
    readability scores and other numeric columns keep a range around the data."""
    return (measure.endswith("_per_1k") or measure.endswith("_share") or measure.endswith("_count")
            or measure.endswith("_per_mention")
            or measure in ("attributions", "n_tokens", "n_sentences"))


def _found_by(c: Any, cite: Callable[[Sequence[str]], str]) -> str:
    """How the attribution spans were found, for the methods text (the bundled tagger cites
    its training data)."""
    a = c.analysis
    if a is not None and getattr(a, "uses_model", False):
        if getattr(a, "attribution_model", "bundled") == "bundled":
            return (f"found by framing's bundled tagger ({a.attribution_model_id}), trained on "
                    f"the PolNeAR corpus {cite(['newell2018'])}, and labelled by rule")
        return f"found by a trained tagger ({a.attribution_model_id}) and labelled by rule"
    return "extracted by rule"


def _unknown_share(c: Any) -> str:
    """" (x% of the sources were typed unknown)" over all attributions with a source."""
    comp = c.composition.get("source_types")
    if comp is None:
        return ""
    with_source = comp[comp["category"] != "none"]["count"].sum()
    if not with_source:
        return ""
    unknown = comp[comp["category"] == "unknown"]["count"].sum()
    return f" ({unknown / with_source:.1%} of the sources could not be typed and are unknown)"


def _compositions(c: Any, nonempty: bool = True) -> Iterator[Tuple[str, str, Any]]:
    """(key, category name, table) of the attribution compositions (with attributions)."""
    for key, title in _COMPOSITIONS:
        comp = c.composition.get(key)
        if comp is not None and (comp["count"].sum() > 0 or not nonempty):
            yield key, title, comp


def _composition_wide(c: Any, comp: Any) -> Any:
    """Columns ``group``, the share of each category, ``n`` (attributions); a row per group."""
    wide = comp.pivot_table(index="group", columns="category", values="share", aggfunc="first")
    wide = wide.reindex(index=c.groups, columns=list(dict.fromkeys(comp["category"])))
    wide["n"] = comp.groupby("group")["count"].sum().reindex(c.groups).astype(int)
    return wide.reset_index()


def _make_figures(c: Any, fig_dir: Path, formats: Sequence[str]) -> List[Dict[str, str]]:
    """Draw all figures; return [{name, caption, data (base64 SVG)}]."""
    s = c.settings
    gcol = s.group_column
    colors = charts.group_colors(c.groups)
    ng = len(c.groups)
    row_h = 0.28 * ng + 0.9
    out: List[Dict[str, str]] = []

    def save(fig: Any, name: str, caption: str) -> None:
        charts.save_figure(fig, fig_dir / name, formats=list(dict.fromkeys(list(formats) + ["svg"])))
        data = (fig_dir / f"{name}.svg").read_bytes()
        if "svg" not in formats:
            (fig_dir / f"{name}.svg").unlink()
        out.append({"name": name, "caption": caption, "data": base64.b64encode(data).decode("ascii")})

    measures = [m for m in c.measures if m not in c.frames]
    if measures:
        fig, axes = _panels(len(measures), 3, 3.6, row_h, 0.2)
        for ax, m in zip(axes, measures):
            charts.dot_plot(c.summary, m, ax=ax, groups=c.groups, colors=colors,
                            label=c.label(m), confidence_level=s.confidence_level,
                            zero=_from_zero(m))
        scales = [c.label(m) for m in measures if not _from_zero(m)]
        axes_text = ("Rates, counts and shares are drawn from zero"
                     + (f"; the axes of {_join_names(scales)} (scores on their own scale) do not "
                        "start at zero, so judge their differences by the intervals, not by the "
                        "distance on the page." if scales else "."))
        save(fig, "measures", f"Group means with {s.confidence_level:.0%} {s.ci_method_name} bootstrap "
             f"confidence intervals ({s.n_resamples:,} resamples of documents, seed {s.seed}); n is "
             f"the number of documents for which the measure is defined (N = {sum(c.group_sizes.values()):,}). "
             + axes_text)
    dist = [m for m in ("loaded_per_1k", "hedge_per_1k", "vague_source_share", "distancing_cue_share")
            if m in measures] or measures[:4]
    if dist:
        fig, axes = _panels(len(dist), 2, max(3.4, 0.55 * ng + 1.6), 2.9)
        for ax, m in zip(axes, dist):
            charts.distribution_plot(c.documents, m, gcol, ax=ax, groups=c.groups,
                                     colors=colors, label=c.label(m), seed=s.seed)
        save(fig, "distributions", "Distributions of per-document values by group: boxes span "
             "the quartiles, whiskers 1.5 times the interquartile range, diamonds mark the mean, "
             "dots are documents (a seeded sample of at most 1,000 when there are more).")
    if "loaded_per_1k" in c.documents.columns and "hedge_per_1k" in c.documents.columns:
        fig, ax = charts.figure(width=5.2, height=3.4)
        charts.scatter_plot(c.documents, "loaded_per_1k", "hedge_per_1k", gcol, ax=ax, groups=c.groups,
                            colors=colors, xlabel=c.label("loaded_per_1k"),
                            ylabel=c.label("hedge_per_1k"), seed=s.seed)
        save(fig, "scatter_loaded_hedging", "Each document's hedging against its loaded-language "
             "density, coloured by group; n per group in the legend.")
    comps = list(_compositions(c))
    if comps:
        fig, axes = _panels(len(comps), 1, 6.4, row_h, 0.3)
        for ax, (_, title, comp) in zip(axes, comps):
            charts.stacked_bars(comp, ax=ax, groups=c.groups, title=f"{title}s")
        save(fig, "attribution", "Composition of attributions by group: source types, cue stances "
             "and quotation types, pooled over all attributions of a group (n = attributions).")
    top = min(s.top_terms, 10)
    kmin = s.keyness_min_count
    for layer in [lay for lay in ("loaded", "hedge", "cue") if lay in set(c.keyness["layer"])]:
        table = c.keyness[c.keyness["layer"] == layer]
        xlim = charts.keyness_xlim(table, c.groups, top=top, min_count=kmin)
        slots = max([2] + [charts.keyness_rows(table, g, top=top, min_count=kmin) for g in c.groups])
        fig, axes = _panels(ng, 3, 3.3, 0.24 * slots + 1.7)
        for ax, g in zip(axes, c.groups):
            charts.keyness_chart(table, g, ax=ax, top=top, color=colors[g],
                                 n_documents=c.group_sizes[g], min_count=kmin, xlim=xlim,
                                 unit=_LAYER_UNITS.get(layer, "terms"), slots=slots,
                                 total=c.term_totals.get(layer, {}).get(g))
        save(fig, f"keyness_{layer}", f"{_LAYER_LABELS[layer]}: the terms each group uses more "
             "(right, group colour) and less (left, grey) than all other groups: z-score of the "
             "log-odds ratio with an informative Dirichlet prior, |z| ≥ 1.96 (dashed lines) and "
             f"at least {kmin} uses by the group (more) or by the others (less); at most {top} "
             "each way; one x-scale for all panels. Uses in this group in brackets; the panel "
             f"title counts the group's {_LAYER_UNITS.get(layer, 'terms')}.")
    ents = getattr(c, "entities", None)
    if ents is not None and len(ents):
        _entity_figure(c, ents, colors, save)
    tr = getattr(c, "trends", None)
    if tr is not None and len(tr):
        from .trends import trend_chart

        shown = [m for m in c.measures if (tr["measure"] == m).any()]
        fig, axes = _panels(len(shown), 3, 3.4, 2.8)
        for ax, m in zip(axes, shown):
            trend_chart(tr, m, ax=ax, groups=c.groups, colors=colors, label=c.label(m),
                        zero=_from_zero(m))
        if axes:
            handles, names = axes[0].get_legend_handles_labels()
            fig.legend(handles, names, loc="outside lower center", ncols=min(len(names), 6),
                       frameon=False, fontsize=8)
        save(fig, "trends", f"Trends: each group's mean per {s.freq} of {s.time_column} with its "
             f"bootstrap CI (band); open circles mark periods with fewer than "
             f"{s.min_group_size} documents. Table: tables/trends.csv; tests of a monotonic "
             "trend: tables/trend_tests.csv.")
    if c.frames:
        prev = c.summary[c.summary["measure"].isin(c.frames)]
        fig, ax = charts.figure(width=0.9 * len(c.frames) + 2.6, height=0.32 * ng + 1.3)
        charts.frame_heatmap(prev, ax=ax, groups=c.groups, frames=c.frames,
                             labels={f: c.label(f) for f in c.frames})
        save(fig, "frames", "Frame prevalence: the share of each group's documents annotated with "
             "each frame (n = documents with a frame annotation).")
    return out


def _write_tables(c: Any, tdir: Path) -> List[str]:
    import pandas as pd

    s = c.settings
    written = []

    def put(df: Any, name: str, tex: Optional[str] = None) -> None:
        df.to_csv(tdir / f"{name}.csv", index=False, float_format="%.6g", lineterminator="\n")
        written.append(f"tables/{name}.csv")
        if tex is not None:
            (tdir / f"{name}.tex").write_text(tex, encoding="utf-8")
            written.append(f"tables/{name}.tex")

    ci = f"{s.confidence_level:.0%}"
    summ = c.summary.copy()
    summ.insert(1, "label", summ["measure"].map(c.label))
    summ_tex = summ.copy()
    summ_tex["ci"] = [_fmt_ci(m, lo, hi) for m, lo, hi in zip(summ["mean"], summ["ci_low"], summ["ci_high"])]
    put(summ, "group_summary", latex_table(
        summ_tex, [("label", "Measure", str, "l"), ("group", "Group", str, "l"), ("n", "n", str, "r"),
                   ("ci", f"Mean [{ci} CI]", str, "r"), ("median", "Median", fmt_value, "r")],
        f"Group means with {ci} {s.ci_method_name} bootstrap confidence intervals ({s.n_resamples} "
        f"resamples of documents, seed {s.seed}).", "tab:group-summary"))
    pw = c.pairwise.copy()
    pw.insert(1, "label", pw["measure"].map(c.label))
    sig = pw[pw["significant"] == True]  # noqa: E712 - a boolean column
    put(pw, "pairwise_tests", latex_table(
        sig, [("label", "Measure", str, "l"), ("group_a", "Group A", str, "l"),
              ("group_b", "Group B", str, "l"), ("mean_a", "Mean A", fmt_value, "r"),
              ("mean_b", "Mean B", fmt_value, "r"), ("cliffs_delta", "Cliff's delta", lambda d: f"{d:+.2f}", "r"),
              ("q_value", "q (BH)", fmt_p, "r")],
        f"Significant pairwise differences ({len(sig)} of {len(pw)} tests): measures selected "
        f"by their Kruskal-Wallis test, pairs with q < {s.fdr_level:g} under the selective "
        "Benjamini-Bogomolov procedure.", "tab:pairwise"))
    om = c.omnibus.copy()
    om.insert(1, "label", om["measure"].map(c.label))
    put(om, "omnibus_tests", latex_table(
        om, [("label", "Measure", str, "l"), ("n", "n", str, "r"), ("k", "Groups", str, "r"),
             ("H", "H", fmt_value, "r"), ("q_value", "q (BH)", fmt_p, "r"),
             ("epsilon_squared", "epsilon²", fmt_value, "r")],
        "Kruskal-Wallis tests across groups.", "tab:omnibus"))
    adj = getattr(c, "adjusted", None)
    if adj is not None:
        adj = adj.copy()
        adj.insert(1, "label", adj["measure"].map(c.label))
        put(adj, "adjusted_contrasts", latex_table(
            adj, [("label", "Measure", str, "l"), ("group", "Group", str, "l"),
                  ("scale", "Scale", str, "l"), ("estimate", "Estimate", fmt_value, "r"),
                  ("ci_low", f"{ci} CI low", fmt_value, "r"), ("ci_high", f"{ci} CI high", fmt_value, "r"),
                  ("q_value", "q", fmt_p, "r")],
            f"Covariate-adjusted contrasts against {c.groups[0]} (adjusted for "
            f"{', '.join(s.covariates)}): OLS with HC3 errors for rates, fractional logit with "
            "HC3 errors for shares.", "tab:adjusted"))
    tr = getattr(c, "trends", None)
    if tr is not None:
        tr = tr.copy()
        tr.insert(2, "label", tr["measure"].map(c.label))
        put(tr, "trends", latex_table(
            tr[~tr["few"]], [("label", "Measure", str, "l"), ("group", "Group", str, "l"),
                             ("period", "Period", str, "l"), ("n", "n", str, "r"),
                             ("mean", "Mean", fmt_value, "r"), ("ci_low", f"{ci} CI low", fmt_value, "r"),
                             ("ci_high", f"{ci} CI high", fmt_value, "r")],
            f"Trends by {s.freq} of {s.time_column}: group means per period with {ci} bootstrap "
            f"CIs; periods with fewer than {s.min_group_size} documents are in "
            "tables/trends.csv (column few) but not here.", "tab:trends"))
        tt = c.trend_tests.copy()
        tt.insert(2, "label", tt["measure"].map(c.label))
        put(tt, "trend_tests", latex_table(
            tt[tt["significant"] == True], [  # noqa: E712 - a boolean column
                ("label", "Measure", str, "l"), ("group", "Group", str, "l"),
                ("periods", "Periods", str, "r"), ("rho", "Spearman rho", fmt_value, "r"),
                ("q_value", "q (BH)", fmt_p, "r")],
            f"Monotonic trends (Spearman's rho of the documents' values with the order of their "
            f"{s.freq}), q < {s.fdr_level:g} after Benjamini-Hochberg over the trend tests and the Kruskal-Wallis tests together.",
            "tab:trend-tests"))
    ents = getattr(c, "entities", None)
    if ents is not None:
        put(ents, "entities", latex_table(
            ents, [("entity", "Entity", str, "l"), ("group", "Group", str, "l"),
                   ("mentions", "Mentions", str, "r"), ("as_source", "As source", str, "r"),
                   ("source_share", "Share of attributions", fmt_value, "r"),
                   ("nonneutral_share", "Non-neutral", fmt_value, "r"),
                   ("distancing_share", "Distancing", fmt_value, "r"),
                   ("loaded_near_per_100_mentions", "Loaded near /100", fmt_value, "r")],
            f"Entities, pooled per group: the share of the group's attributions (author's voice) "
            f"whose source names the entity; among those, the shares of non-neutral and of "
            f"distancing cues; loaded words (author's voice) in sentences that mention the entity "
            f"per 100 mentions. {ci} CIs in tables/entities.csv (percentile bootstrap, "
            f"{s.n_resamples} resamples of documents).", "tab:entities"))
    put(c.keyness, "keyness", latex_table(  # written even when empty: no term is frequent enough
        _keyness_top(c),
        [("layer", "Layer", str, "l"), ("group", "Group", str, "l"),
         ("more", "Used more (z)", str, "l"), ("less", "Used less (z)", str, "l")],
        f"Keyness of terms of each group against the rest (log-odds with informative Dirichlet "
        f"prior, prior scale {s.prior_scale:g}): terms with |z| >= 1.96 and at least "
        f"{s.keyness_min_count} uses by the group (more) or the other groups (less).",
        "tab:keyness"))
    for key, title, comp in _compositions(c, nonempty=False):
        wide = _composition_wide(c, comp)
        cols = ([("group", "Group", str, "l")] + [(cat, str(cat), _pct, "r") for cat in wide.columns[1:-1]]
                + [("n", "n", str, "r")])
        put(comp, key, latex_table(wide, cols, f"{title}s by group (share of attributions).",
                                   f"tab:{key.replace('_', '-')}"))
    if c.frames:
        prev = c.summary[c.summary["measure"].isin(c.frames)]
        wide = prev.pivot_table(index="group", columns="measure", values="mean", aggfunc="first")
        wide = wide.reindex(index=c.groups, columns=c.frames).reset_index()
        put(prev.reset_index(drop=True), "frame_prevalence", latex_table(
            wide, [("group", "Group", str, "l")] + [(f, c.label(f), _pct, "r") for f in c.frames],
            "Frame prevalence by group (share of documents).", "tab:frames"))
    put(pd.DataFrame({"group": c.groups, "documents": [c.group_sizes[g] for g in c.groups],
                      "tokens": [c.token_totals[g] for g in c.groups]}), "groups")
    return written


def _keyness_top(c: Any) -> Any:
    """Per layer and group, the shown terms (:func:`~framing.study.stats.keyness_shown`):
    over-represented (largest z first) and under-represented (most negative first)."""
    import pandas as pd

    kept = c.keyness[c.keyness["shown"].astype(bool)] if "shown" in c.keyness else c.keyness.iloc[:0]
    n = min(c.settings.top_terms, 10)
    rows = []
    for layer in dict.fromkeys(c.keyness["layer"]):
        for g in c.groups:
            part = kept[(kept["layer"] == layer) & (kept["group"] == g)]
            over = part[part["z"] > 0].sort_values(["z", "term"], ascending=[False, True]).head(n)
            under = part[part["z"] < 0].sort_values(["z", "term"]).head(n)
            rows.append({"layer": layer, "group": g,
                         "more": ", ".join(f"{t} ({z:.1f})" for t, z in zip(over["term"], over["z"])),
                         "less": ", ".join(f"{t} ({z:.1f})" for t, z in zip(under["term"], under["z"]))})
    return pd.DataFrame(rows, columns=["layer", "group", "more", "less"])


# --------------------------------------------------------------------------------------------
# HTML and Markdown


def _template() -> Any:
    import jinja2
    from importlib import resources

    source = resources.files("framing.study").joinpath("templates", "report.html.j2").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True)
    return env.from_string(source)


def _means_table(c: Any) -> List[Dict[str, Any]]:
    summ = c.summary.set_index(["measure", "group"])
    rows = []
    for m in c.measures:
        cells = [_fmt_ci(*summ.loc[(m, g), ["mean", "ci_low", "ci_high"]]) if (m, g) in summ.index else "–"
                 for g in c.groups]
        rows.append({"label": c.label(m), "cells": cells})
    return rows


def _pairwise_rows(c: Any) -> Tuple[List[Dict[str, str]], bool, int]:
    pw = c.pairwise
    sig = pw[pw["significant"] == True].copy()  # noqa: E712
    n_sig = len(sig)
    sig["_abs"] = -sig["cliffs_delta"].abs()
    sig = sig.sort_values(["_abs", "measure", "group_a", "group_b"], kind="mergesort")
    shown = sig.head(MAX_PAIRWISE_ROWS)
    rows = [{"label": c.label(r["measure"]), "a": r["group_a"], "b": r["group_b"],
             "mean_a": fmt_value(r["mean_a"]), "mean_b": fmt_value(r["mean_b"]),
             "delta": f"{r['cliffs_delta']:+.2f}", "p": fmt_p(r["p_value"]), "q": fmt_p(r["q_value"])}
            for r in shown.to_dict("records")]
    return rows, n_sig > len(shown), n_sig


def _adjusted_rows(c: Any) -> List[Dict[str, Any]]:
    """The covariate-adjusted contrasts for the HTML and Markdown tables."""
    adj = getattr(c, "adjusted", None)
    if adj is None:
        return []
    return [{"label": c.label(r["measure"]), "group": r["group"], "scale": r["scale"],
             "estimate": fmt_value(r["estimate"]),
             "ci": f"[{fmt_value(r['ci_low'])}, {fmt_value(r['ci_high'])}]",
             "q": fmt_p(r["q_value"]), "sig": bool(r["significant"]), "n": int(r["n"])}
            for r in adj.to_dict("records")]


#: The panels of the entity figure: pooled measure -> title.
_ENTITY_PANELS = {"source_share": "Share of attributions\nwith the entity as source",
                  "nonneutral_share": "Share of non-neutral cues\nwhen it is the source",
                  "loaded_near_per_100_mentions": "Loaded words near it\nper 100 mentions"}


def _entity_figure(c: Any, ents: Any, colors: Mapping[Any, str], save: Callable[..., Any]) -> None:
    """``figures/entities``: per pooled entity measure, each group's value for each entity with
    its bootstrap CI (rows ``group · entity``, coloured by group)."""
    import pandas as pd

    labels, color_of, records = [], {}, []
    for ent in dict.fromkeys(ents["entity"]):
        for r in ents[ents["entity"] == ent].to_dict("records"):
            lab = f"{r['group']} · {ent}"
            labels.append(lab)
            color_of[lab] = colors[r["group"]]
            for k in _ENTITY_PANELS:
                records.append({"group": lab, "measure": k, "n": r["documents"], "mean": r[k],
                                "ci_low": r[f"{k}_low"], "ci_high": r[f"{k}_high"]})
    table = pd.DataFrame.from_records(records)
    table = table[table["mean"].notna()]
    panels = [k for k in _ENTITY_PANELS if (table["measure"] == k).any()]
    if not panels:
        return
    fig, axes = _panels(len(panels), 2, 4.8, 0.28 * len(labels) + 1.4)
    n_docs = int(sum(c.group_sizes.values()))
    pct = f"{100 * c.settings.confidence_level:g}%"
    for ax, k in zip(axes, panels):
        charts.dot_plot(table, k, ax=ax, groups=[g for g in labels if g in set(table["group"])],
                        colors=color_of, label=_ENTITY_PANELS[k],
                        confidence_level=c.settings.confidence_level, zero=True)
        with charts.style():  # pooled over documents: one N for the figure, not one per entity
            ax.set_title(f"{_ENTITY_PANELS[k]}\nN = {n_docs:,} documents", loc="left")
            ax.set_xlabel(f"pooled over documents; {pct} bootstrap CI")
    save(fig, "entities", "Entities, pooled per group: each group's value for each entity with a "
         "percentile bootstrap CI over documents (n = the group's documents); shares and rates "
         "drawn from zero. Table: tables/entities.csv.")


def _trend_rows(c: Any) -> List[Dict[str, Any]]:
    """The significant monotonic trends for the HTML and Markdown reports."""
    tt = getattr(c, "trend_tests", None)
    if tt is None:
        return []
    sig = tt[tt["significant"] == True]  # noqa: E712 - a boolean column
    return [{"label": c.label(r["measure"]), "group": r["group"], "periods": int(r["periods"]),
             "n": int(r["n"]), "rho": f"{r['rho']:+.2f}", "q": fmt_p(r["q_value"])}
            for r in sig.to_dict("records")]


def _entity_rows(c: Any) -> List[Dict[str, Any]]:
    """The pooled entity table (``--entity``) for the HTML and Markdown reports."""
    ents = getattr(c, "entities", None)
    if ents is None:
        return []

    def cell(r: Mapping[str, Any], k: str) -> str:
        return _fmt_ci(r[k], r[f"{k}_low"], r[f"{k}_high"]) if not _nan(r[k]) else "–"

    return [{"entity": r["entity"], "group": r["group"], "mentions": f"{r['mentions']:,}",
             "as_source": f"{r['as_source']:,}", "source_share": cell(r, "source_share"),
             "nonneutral": cell(r, "nonneutral_share"), "distancing": cell(r, "distancing_share"),
             "loaded": cell(r, "loaded_near_per_100_mentions")}
            for r in ents.to_dict("records")]


def _composition_views(c: Any) -> List[Dict[str, Any]]:
    views = []
    for _, title, comp in _compositions(c):
        wide = _composition_wide(c, comp)
        rows = [{"group": rec[0], "cells": [_pct(x) for x in rec[1:-1]], "n": f"{rec[-1]:,}"}
                for rec in wide.itertuples(index=False)]
        views.append({"title": title, "categories": list(wide.columns[1:-1]), "rows": rows})
    return views


def _context(c: Any, figures: List[Dict[str, str]], document_files: List[str]) -> Dict[str, Any]:
    s = c.settings
    pw_rows, truncated, n_sig = _pairwise_rows(c)
    omni_rows = [{"label": c.label(r["measure"]), "n": r["n"], "k": r["k"], "H": fmt_value(r["H"]),
                  "p": fmt_p(r["p_value"]), "q": fmt_p(r["q_value"]), "eps": fmt_value(r["epsilon_squared"]),
                  "sig": (not _nan(r["q_value"])) and r["q_value"] < s.fdr_level}
                 for r in c.omnibus.to_dict("records")]
    key_layers = [{"label": _LAYER_LABELS.get(layer, layer.title()), "rows": part.to_dict("records")}
                  for layer, part in _keyness_top(c).groupby("layer", sort=False)]
    quotes = c.composition.get("quote_types")
    attributions = quotes.groupby("group")["count"].sum() if quotes is not None else {}
    return {
        "version": __version__,
        "title": c.title or f"Comparison by {s.group_column}",
        "notes": list(c.notes),
        "group_column": s.group_column,
        "groups": c.groups,
        "measures": c.measures,
        "n_documents": int(sum(c.group_sizes.values())),
        "n_significant": n_sig,
        "n_tests": int(c.pairwise["p_value"].notna().sum()),
        "fdr_level": f"{s.fdr_level:g}",
        "keyness_min_count": s.keyness_min_count,
        "data_checks": list(getattr(c, "data_checks", [])),
        "adjusted_rows": _adjusted_rows(c),
        "entity_rows": _entity_rows(c),
        "trend_rows": _trend_rows(c),
        "time_column": s.time_column or "",
        "freq": s.freq,
        "covariates": ", ".join(s.covariates),
        "reference_group": c.groups[0],
        "min_group_size": s.min_group_size,
        "near_empty_words": s.near_empty_words,
        "ci_percent": f"{100 * s.confidence_level:g}",
        "findings": findings(c),
        "group_rows": [{"name": g, "n": c.group_sizes[g], "tokens": c.token_totals[g],
                        "attributions": int(attributions.get(g, 0))} for g in c.groups],
        "figures": figures,
        "document_files": document_files,
        "means_table": _means_table(c),
        "omnibus_rows": omni_rows,
        "pairwise_rows": pw_rows,
        "pairwise_truncated": truncated,
        "keyness_layers": key_layers,
        "compositions": _composition_views(c),
        "evidence": _evidence_docs(c),
        "evidence_per_group": s.evidence_per_group,
        "legend": _legend(c.evidence),
        "methods": methods_paragraphs(c),
        "signature": c.signature,
        "fingerprint": c.fingerprint,
        "lexicons": [{"id": lx.id, "entries": len(lx.entries), "sha256": lx.sha256} for lx in c.lexicons],
        "config": [(k, json.dumps(v, ensure_ascii=False)) for k, v in s.to_dict().items()],
        "versions": list(software_versions().items()),
        "references": [text for text, _ in _reference_items(c)],
        "bibtex": bibtex(c),
    }


def render_html(comparison: Any, figures: Sequence[Mapping[str, str]] = (),
                document_files: Sequence[str] = ()) -> str:
    """The self-contained HTML report (jinja2 with autoescape: all text is escaped).
    ``figures`` are ``{"name", "caption", "data"}`` with ``data`` a base64-encoded SVG.

    Examples
    --------
    >>> from framing.study.demo import run_demo
    >>> html = render_html(run_demo(None, n_resamples=100, evidence_per_group=1))
    >>> html.startswith("<!DOCTYPE html>"), "Fictional data" in html
    (True, True)
    """
    return _template().render(**_context(comparison, list(figures), list(document_files)))


def _md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> List[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return lines


def render_markdown(comparison: Any, figures: Sequence[Mapping[str, str]] = (),
                    document_files: Sequence[str] = ()) -> str:
    """The Markdown report: the findings, tables and methods of :func:`render_html`, figures
    linked (``figures/*.png``), no document text, user-supplied strings escaped (:func:`md_escape`).

    Examples
    --------
    >>> from framing.study.demo import run_demo
    >>> md = render_markdown(run_demo(None, n_resamples=100, evidence_per_group=0))
    >>> md.splitlines()[0]
    '# framing demo: four fictional outlets cover the same ten events'
    """
    c = comparison
    ctx = _context(c, list(figures), list(document_files))
    e = md_escape
    L: List[str] = [f"# {e(ctx['title'])}", ""]
    for note in ctx["notes"]:
        L += [f"> {e(note)}", ""]
    L += [f"{ctx['n_documents']:,} documents in {len(c.groups)} groups of column `{c.settings.group_column}`; "
          f"{ctx['n_significant']} of {ctx['n_tests']} pairwise differences significant (in measures selected by their omnibus test, q < {ctx['fdr_level']}).", "",
          "## Data checks", ""]
    if ctx["data_checks"]:
        L += [f"- {e(p)}" for p in ctx["data_checks"]]
    else:
        L += [f"No exact duplicate texts, no group smaller than {ctx['min_group_size']} documents, "
              f"no document with fewer than {ctx['near_empty_words']} words, none in another language, "
              "no quotation mark left open."]
    L += ["", "## Findings at a glance", ""]
    L += [f"- {f}" for f in findings(c, esc=e)]
    L += ["", "## Groups", ""]
    L += _md_table(["Group", "Documents", "Word tokens", "Attributions"],
                   [[e(g["name"]), f"{g['n']:,}", f"{g['tokens']:,}", f"{g['attributions']:,}"] for g in ctx["group_rows"]])
    L += ["", "## Figures", ""]
    for k, fig in enumerate(ctx["figures"], 1):
        L += [f"![Figure {k}](figures/{fig['name']}.png)", "", f"*Figure {k}.* {fig['caption']}", ""]
    L += ["## Tables", "", f"Group means with {ctx['ci_percent']}% bootstrap confidence intervals "
          "(all tables: `tables/*.csv`, `tables/*.tex`).", ""]
    L += _md_table(["Measure"] + [e(g) for g in c.groups],
                   [[e(r["label"])] + r["cells"] for r in ctx["means_table"]])
    L += ["", "### Omnibus tests (Kruskal–Wallis)", ""]
    L += _md_table(["Measure", "n", "groups", "H", "p", "q (BH)", "ε²"],
                   [[e(r["label"]), str(r["n"]), str(r["k"]), r["H"], r["p"], r["q"], r["eps"]] for r in ctx["omnibus_rows"]])
    L += ["", f"### Significant pairwise differences (q < {ctx['fdr_level']}, omnibus test significant)", ""]
    if ctx["pairwise_rows"]:
        L += _md_table(["Measure", "Group A", "Group B", "mean A", "mean B", "Cliff's δ", "p", "q"],
                       [[e(r["label"]), e(r["a"]), e(r["b"]), r["mean_a"], r["mean_b"], r["delta"], r["p"], r["q"]]
                        for r in ctx["pairwise_rows"]])
        if ctx["pairwise_truncated"]:
            L += ["", f"Largest {len(ctx['pairwise_rows'])} of {ctx['n_significant']} by |Cliff's δ|; all in `tables/pairwise_tests.csv`."]
    else:
        L += ["No pairwise difference is significant."]
    if ctx["adjusted_rows"]:
        L += ["", f"### Covariate-adjusted contrasts against {e(ctx['reference_group'])} (adjusted "
                  f"for {e(ctx['covariates'])})", ""]
        L += _md_table(["Measure", "Group", "Scale", "Estimate", f"{ctx['ci_percent']}% CI", "q",
                        "significant"],
                       [[e(r["label"]), e(r["group"]), r["scale"], r["estimate"], r["ci"], r["q"],
                         "yes" if r["sig"] else "no"] for r in ctx["adjusted_rows"]])
    if getattr(c, "trend_tests", None) is not None:
        L += ["", f"### Trends by {ctx['freq']} of {e(ctx['time_column'])}", "",
              "Monotonic trends within each group: Spearman's rho of the documents' values with "
              f"the order of their {ctx['freq']}, Benjamini-Hochberg over the trend tests and the omnibus tests together "
              "(`tables/trend_tests.csv`; means per period in `tables/trends.csv`).", ""]
        if ctx["trend_rows"]:
            L += _md_table(["Measure", "Group", "Periods", "Documents", "rho", "q"],
                           [[e(r["label"]), e(r["group"]), str(r["periods"]), str(r["n"]), r["rho"],
                             r["q"]] for r in ctx["trend_rows"]])
        else:
            L += ["No monotonic trend is significant."]
    if ctx["entity_rows"]:
        L += ["", "### Entities (pooled per group)", "",
              "Share of the group's attributions whose source names the entity; among those, "
              "the shares of non-neutral and distancing cues; loaded words near a mention per "
              f"100 mentions; {ctx['ci_percent']}% bootstrap CIs (`tables/entities.csv`).", ""]
        L += _md_table(["Entity", "Group", "Mentions", "As source", "Share of attributions",
                        "Non-neutral", "Distancing", "Loaded near /100"],
                       [[e(r["entity"]), e(r["group"]), r["mentions"], r["as_source"],
                         r["source_share"], r["nonneutral"], r["distancing"], r["loaded"]]
                        for r in ctx["entity_rows"]])
    if ctx["keyness_layers"]:
        L += ["", f"### Keyness (log-odds z against all other groups, |z| ≥ 1.96, at least "
                  f"{c.settings.keyness_min_count} uses)", ""]
        for layer in ctx["keyness_layers"]:
            L += _md_table(["Group", f"{layer['label']}: used more (z)", "used less (z)"],
                           [[e(r["group"]), e(r["more"]) or "–", e(r["less"]) or "–"]
                            for r in layer["rows"]])
            L += [""]
    for comp in ctx["compositions"]:
        L += [""] + _md_table([comp["title"]] + [e(x) for x in comp["categories"]] + ["n"],
                              [[e(r["group"])] + r["cells"] + [r["n"]] for r in comp["rows"]])
    L += ["", "## Methods", ""]
    for p in methods_paragraphs(c, esc=e, code=lambda x: f"`{x}`"):
        L += [p, ""]
    if ctx["evidence"]:
        L += [f"The evidence view ({len(ctx['evidence'])} documents with highlighted spans) is in `report.html`.", ""]
    L += ["## Reproducibility", "", f"Signature: `{c.signature}`", "",
          f"Documents read: {c.fingerprint['n_documents_read']}; compared: {c.fingerprint['n_documents']}; "
          f"without a group value: {c.fingerprint['n_without_group']}; in groups not selected: "
          f"{c.fingerprint['n_other_groups']}; skipped: {c.fingerprint['n_skipped']}.", "",
          f"sha256 of the documents (id, group, text): `{c.fingerprint['documents_sha256']}`", ""]
    for inp in c.fingerprint["inputs"]:
        L += [f"- input {e(inp['input'])}: `{inp['sha256'] or 'standard input, not hashed'}`"]
    L += ["", "Lexicons:", ""] + [f"- {lx['id']}: {lx['entries']} entries, sha256 `{lx['sha256']}`" for lx in ctx["lexicons"]]
    L += ["", "Settings:", ""] + [f"- {k}: `{v}`" for k, v in ctx["config"]]
    L += ["", "Software:", ""] + [f"- {k} {v}" for k, v in ctx["versions"]]
    L += ["", "## References", ""] + [f"- {md_escape(r)}" for r in ctx["references"]] + ["", "BibTeX: `references.bib`.", ""]
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------------------------
# writing


def _sanitize_for_parquet(df: Any) -> Any:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            vals = out[col]
            if not all(v is None or isinstance(v, str) or (isinstance(v, float) and math.isnan(v)) for v in vals):
                out[col] = [None if v is None or (isinstance(v, float) and math.isnan(v)) else
                            (json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)
                             if isinstance(v, (dict, list)) else str(v)) for v in vals]
    return out


def write_report(comparison: Any, output_dir: "str | os.PathLike[str]", *,
                 write_documents: Sequence[str] = ("csv", "parquet"),
                 figure_formats: Sequence[str] = ("png", "svg")) -> Dict[str, Any]:
    """Write the report folder (see the module docstring); return ``{"dir", "files"}``.

    The report is assembled beside ``output_dir`` and moved into place at the end, so a failed
    run leaves an earlier report untouched. ``output_dir`` must be new, empty, or hold an
    earlier framing report (whose files are replaced).

    Parameters
    ----------
    write_documents : sequence of {"csv", "parquet"}
        Per-document score tables to write beside the report (no text).
    figure_formats : sequence of {"png", "svg", "pdf"}

    Examples
    --------
    >>> import os, tempfile
    >>> from framing.study.demo import run_demo
    >>> c = run_demo(None, n_resamples=100, evidence_per_group=1)
    >>> out = write_report(c, os.path.join(tempfile.mkdtemp(), "report"), figure_formats=["svg"],
    ...                    write_documents=["csv"])
    >>> {"report.html", "signature.txt", "tables/group_summary.csv"} <= set(out["files"])
    True
    """
    from ..errors import CompareError

    out = Path(output_dir)
    if out.exists():
        if not out.is_dir():
            raise CompareError(f"{out}: exists and is not a folder; give a folder for the report")
        if any(out.iterdir()) and not (out / "signature.txt").is_file():
            raise CompareError(f"{out}: the folder is not empty and holds no framing report "
                               "(signature.txt); choose a new or empty folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=str(out.parent)))
    try:
        files = _write_all(comparison, tmp, write_documents, figure_formats)
        out.mkdir(exist_ok=True)
        for entry in sorted(tmp.iterdir()):
            target = out / entry.name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()
            os.replace(entry, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"dir": str(out), "files": files}


def _write_all(c: Any, d: Path, write_documents: Sequence[str], figure_formats: Sequence[str]) -> List[str]:
    (d / "tables").mkdir()
    (d / "figures").mkdir()
    files = _write_tables(c, d / "tables")
    figures = _make_figures(c, d / "figures", figure_formats)
    files += [f"figures/{f['name']}.{fmt}" for f in figures for fmt in figure_formats]
    doc_files = [f"documents.{fmt}" for fmt in ("csv", "parquet") if fmt in write_documents]
    if "csv" in write_documents:
        c.documents.to_csv(d / "documents.csv", index=False, lineterminator="\n")
    if "parquet" in write_documents:
        _sanitize_for_parquet(c.documents).to_parquet(d / "documents.parquet", index=False)
    files += doc_files
    texts = {}  # file name -> content, in the order of the list returned
    if c.skipped:
        texts["errors.jsonl"] = "".join(json.dumps(err.to_dict(), ensure_ascii=False) + "\n" for err in c.skipped)
    texts["signature.txt"] = c.signature + "\n"
    texts["references.bib"] = bibtex(c)
    tex = "\n\n".join(methods_paragraphs(c, cite=lambda keys: "\\citep{" + ",".join(keys) + "}"))
    texts["methods.tex"] = latex_escape_text_keep_cites(tex) + "\n"
    for name, data in (("config", c.settings.to_dict()), ("fingerprint", c.fingerprint),
                       ("environment", software_versions())):
        texts[f"{name}.json"] = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    texts["report.md"] = render_markdown(c, figures, doc_files)
    texts["report.html"] = render_html(c, figures, doc_files)
    for name, text in texts.items():
        (d / name).write_text(text, encoding="utf-8")
    return files + list(texts)


_CITEP = re.compile(r"(\\citep\{[^}]*\})")


def latex_escape_text_keep_cites(text: str) -> str:
    """Escape LaTeX specials in running text but keep ``\\citep{...}`` commands intact.

    Examples
    --------
    >>> latex_escape_text_keep_cites("50% \\\\citep{a_b}")
    '50\\\\% \\\\citep{a_b}'
    """
    parts = _CITEP.split(text)
    return "".join(p if _CITEP.fullmatch(p) else latex_escape(p) for p in parts)
