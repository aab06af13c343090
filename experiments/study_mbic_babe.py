"""Study: loaded language and hedging by outlet and by leaning in MBIC and BABE.

Four comparisons, each an aggregate report under ``reports/mbic_babe/``:

* ``mbic_by_outlet``, ``mbic_by_leaning``: the full MBIC articles (usable texts only: not
  missing, not a scraping error, not truncated at Excel's cell limit) by outlet and by the
  outlet's leaning (left / center / right), with MBIC's crowd annotations alongside (share of
  the article's annotated sentences labelled biased; biased-word annotations per 1,000 words);
* ``babe_by_outlet``, ``babe_by_leaning``: the BABE sentences (``train_SG2.csv``) by outlet
  (outlets with at least 25 sentences) and by leaning (sentences whose leaning is given), with
  the expert label (biased or not) alongside.

The README also reports how well framing's loaded-language rate tracks the human annotations
(Spearman correlation for articles, ROC AUC for sentences).

Usage (from the project root)::

    python experiments/study_mbic_babe.py [--data ../shared/data] [--out reports/mbic_babe]

The data folder must contain ``mbic/MBIC.csv`` and ``babe/train_SG2.csv`` as distributed in the
Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE repository.
The reports hold aggregates only: no article or sentence text.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
STUDY = "mbic_babe"

MBIC_OUTLETS = {"alternet": "AlterNet", "msnbc": "MSNBC", "reuters": "Reuters",
                "usa-today": "USA Today", "fox-news": "Fox News", "breitbart": "Breitbart",
                "federalist": "The Federalist"}
BABE_OUTLETS = ("Alternet", "MSNBC", "HuffPost", "Daily Beast", "Reuters", "USA Today", "Fox News",
                "Breitbart", "Federalist")
LEANINGS = ("left", "center", "right")
MIN_SENTENCES = 25
LANGUAGE = ("loaded_per_1k", "loaded_author_per_1k", "hedge_per_1k", "hedge_author_per_1k",
            "booster_per_1k")
ARTICLE_MEASURES = LANGUAGE + ("vague_source_share", "nonneutral_cue_share",
                               "gold_biased_sentence_share", "gold_biased_words_per_1k")
SENTENCE_MEASURES = LANGUAGE + ("gold_biased",)
LABELS = {
    "gold_biased_sentence_share": "Share of annotated sentences labelled biased (MBIC)",
    "gold_biased_words_per_1k": "Annotated biased words per 1,000 words (MBIC)",
    "gold_biased": "Share of sentences labelled biased (BABE experts)",
}
MBIC_BIB = (
    "@inproceedings{spinde2021mbic, author={Spinde, Timo and Rudnitckaia, Lada and Sinha, "
    "Kanishka and Hamborg, Felix and Gipp, Bela and Donnay, Karsten}, title={{MBIC} -- A Media "
    "Bias Annotation Dataset Including Annotator Characteristics}, booktitle={Proceedings of the "
    "iConference 2021}, year={2021}}"
)
BABE_BIB = (
    "@inproceedings{spinde2021babe, author={Spinde, Timo and Plank, Manuel and Krieger, Jan-David "
    "and Ruas, Terry and Gipp, Bela and Aizawa, Akiko}, title={Neural Media Bias Detection Using "
    "Distant Supervision With {BABE} -- Bias Annotations By Experts}, booktitle={Findings of the "
    "Association for Computational Linguistics: EMNLP 2021}, pages={1166--1177}, year={2021}}"
)
NOTE = "Aggregates only: no article or sentence text is included."


def mbic_documents(data: Path):
    from framing.corpus import Document
    from framing.evaluation import mbic_articles, read_mbic

    docs = []
    for k, a in enumerate(mbic_articles(read_mbic(data / "mbic" / "MBIC.csv"))):
        if not a.article_usable or a.outlet not in MBIC_OUTLETS:
            continue
        meta = {"outlet": MBIC_OUTLETS[a.outlet], "leaning": a.type,
                "topic": (a.topic or "unknown").strip().lower(),
                "gold_biased_sentence_share": a.bias_share,
                "gold_biased_words_per_1k": a.biased_word_density}
        docs.append(Document(a.key, a.article, meta, "mbic/MBIC.csv", None))
    return docs


def babe_documents(data: Path):
    from framing.corpus import Document
    from framing.evaluation import read_babe

    docs = []
    for s in read_babe(data / "babe" / "train_SG2.csv"):
        flag = s.is_biased
        meta = {"outlet": s.outlet, "leaning": s.type,
                "topic": (s.topic or "unknown").strip().lower(),
                "gold_biased": None if flag is None else float(flag)}
        docs.append(Document(f"babe:{s.line}", s.text, meta, "babe/train_SG2.csv", s.line))
    return docs


def validity(c, gold: str, kind: str) -> str:
    """How framing's loaded rate tracks a human annotation, on the compared documents."""
    import numpy as np
    from scipy import stats

    df = c.documents[["loaded_per_1k", gold]].dropna()
    if kind == "spearman":
        r = stats.spearmanr(df["loaded_per_1k"], df[gold])
        return (f"Spearman correlation of framing's loaded words per 1,000 tokens with "
                f"{LABELS[gold][0].lower() + LABELS[gold][1:]}: rho = {r.statistic:.2f} "
                f"(p = {r.pvalue:.2g}, n = {len(df)}).")
    pos = df.loc[df[gold] == 1, "loaded_per_1k"].to_numpy()
    neg = df.loc[df[gold] == 0, "loaded_per_1k"].to_numpy()
    u = stats.mannwhitneyu(pos, neg).statistic
    auc = float(u) / (len(pos) * len(neg))
    share = float(np.mean(pos > 0)), float(np.mean(neg > 0))
    return (f"ROC AUC of framing's loaded-word rate for the expert label 'biased': {auc:.2f} "
            f"(n = {len(df)} sentences); sentences with at least one loaded word: "
            f"{share[0]:.0%} of biased and {share[1]:.0%} of non-biased sentences.")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding mbic/ and babe/")
    p.add_argument("--out", type=Path, default=ROOT / "reports" / STUDY, help="report folder")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--resamples", type=int, default=2000)
    p.add_argument("--jobs", type=int, default=1)
    args = p.parse_args(argv)
    for f in ("mbic/MBIC.csv", "babe/train_SG2.csv"):
        if not (args.data / f).is_file():
            print(f"study_mbic_babe: {args.data / f} not found; give the data folder with --data",
                  file=sys.stderr)
            return 1
    from collections import Counter

    from framing.study.compare import compare_documents

    common = dict(jobs=args.jobs, seed=args.seed, n_resamples=args.resamples, evidence_per_group=0,
                  dedupe=True,  # exact duplicate texts (the same article under two links)
                  write_documents=(), measure_labels=LABELS)
    mbic = mbic_documents(args.data)
    babe = babe_documents(args.data)
    big = Counter(d.meta["outlet"] for d in babe)
    babe_outlets = tuple(o for o in BABE_OUTLETS if big[o] >= MIN_SENTENCES)
    mbic_text = ("The documents are the full articles of MBIC (Spinde et al., 2021) with a usable "
                 "text; MBIC's crowd annotations of the articles' sentences give two additional "
                 "measures.")
    babe_text = ("The documents are the sentences of BABE (Spinde et al., 2021, train_SG2.csv); the "
                 "expert bias label of each sentence gives an additional measure.")
    results = {}
    args.out.mkdir(parents=True, exist_ok=True)
    runs = [
        ("mbic_by_outlet", mbic, "outlet", tuple(MBIC_OUTLETS.values()), ARTICLE_MEASURES, MBIC_BIB,
         mbic_text, "MBIC articles by outlet", "mbic/MBIC.csv"),
        ("mbic_by_leaning", mbic, "leaning", LEANINGS, ARTICLE_MEASURES, MBIC_BIB, mbic_text,
         "MBIC articles by outlet leaning", "mbic/MBIC.csv"),
        ("babe_by_outlet", babe, "outlet", babe_outlets, SENTENCE_MEASURES, BABE_BIB, babe_text,
         f"BABE sentences by outlet (outlets with at least {MIN_SENTENCES} sentences)",
         "babe/train_SG2.csv"),
        ("babe_by_leaning", babe, "leaning", LEANINGS, SENTENCE_MEASURES, BABE_BIB, babe_text,
         "BABE sentences by outlet leaning", "babe/train_SG2.csv"),
    ]
    for name, docs, column, groups, measures, bib, text, title, source in runs:
        # by leaning, the topics differ between leanings: adjust for topic (a reviewer's first
        # question); the unadjusted tests stay in the same report
        covariates = ("topic",) if column == "leaning" else ()
        results[name] = compare_documents(
            docs, column, args.out / name, inputs=[(source, args.data / source)], groups=groups,
            measures=measures, title=f"Loaded language and hedging: {title}",
            notes=[NOTE], references=[bib], data_description=text, covariates=covariates,
            **common)
        for problem in results[name].data_checks:
            print(f"study_mbic_babe: {name}: warning: {problem}", file=sys.stderr)
    write_readme(args.out, results)
    return 0


def write_readme(out: Path, results) -> None:
    from framing.study.report import findings

    lines = [
        "# MBIC and BABE: loaded language and hedging by outlet and leaning",
        "",
        "Aggregate reports of `experiments/study_mbic_babe.py`, one folder per comparison (open "
        "`report.html` in each). framing's lexicon measures are compared with the human "
        "annotations of the two data sets (MBIC: crowd workers; BABE: experts). No article or "
        "sentence text is stored here.",
        "",
        "## Do the measures track the annotations?",
        "",
        "- MBIC articles: " + validity(results["mbic_by_outlet"], "gold_biased_words_per_1k", "spearman"),
        "- BABE sentences: " + validity(results["babe_by_outlet"], "gold_biased", "auc"),
        "",
    ]
    for name, c in results.items():
        lines += [f"## `{name}/`: {c.title.split(': ', 1)[1]}", "",
                  f"{sum(c.group_sizes.values())} documents; groups: "
                  + ", ".join(f"{g} ({c.group_sizes[g]})" for g in c.groups) + ".", ""]
        wanted = [f for f in findings(c)]
        lines += [f"- {f}" for f in wanted[:6]] + [""]
        if c.data_checks:
            lines += ["Data checks:", ""] + [f"- {p}" for p in c.data_checks] + [""]
        if c.adjusted is not None and len(c.adjusted):
            sig = c.adjusted[c.adjusted.significant]
            lines += [f"Adjusted for {', '.join(c.settings.covariates)} "
                      f"(`{name}/tables/adjusted_contrasts.csv`, reference {c.groups[0]}): "
                      f"{len(sig)} of {len(c.adjusted)} contrasts significant"
                      + (": " + "; ".join(f"{c.label(r.measure)}, {r.group} {r.estimate:+.3g} "
                                          f"[{r.ci_low:.3g}, {r.ci_high:.3g}] ({r.scale})"
                                          for r in sig.itertuples()) if len(sig) else "")
                      + ".", ""]
    lines += [
        "## Rerun on your copy of the data",
        "",
        "```",
        "python experiments/study_mbic_babe.py --data /path/to/data --out reports/mbic_babe",
        "```",
        "",
        "`/path/to/data` must contain `mbic/MBIC.csv` and `babe/train_SG2.csv` (semicolon-separated, "
        "as in the BABE repository). Options: `--seed`, `--resamples`, `--jobs`. Each report's "
        "`signature.txt` and `fingerprint.json` identify the settings and the data.",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
