"""Study: attribution practices of seven US publishers in PolNeAR (2016 election news).

Compares the 924 articles of PolNeAR's train and dev splits by publisher: who is quoted (named,
titled, vague, pronoun sources), how (neutral or non-neutral cues, distancing cues such as
"claimed") and in which form (direct, indirect, mixed quotations), measured by framing's
attribution extractor; alongside, the human annotations of PolNeAR give the number of annotated
attributions per 1,000 words and the share without an explicit source, and the keyness of the
annotated cue words by publisher.

Usage (from the project root)::

    python experiments/study_polnear.py [--data ../shared/data] [--out reports/polnear]

The data folder must contain ``polnear/train``, ``polnear/dev`` and ``polnear/metadata.tsv`` as
distributed by the PolNeAR repository (networkdynamics/PolNeAR). The report holds aggregates
only: no article text (no evidence view, no per-document table).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
STUDY = "polnear"
#: Annotated cue words used fewer times in the whole corpus are left out of the keyness table.
MIN_CUE = 5

PUBLISHERS = {
    "nyt": "New York Times",
    "wash-post": "Washington Post",
    "usa-today": "USA Today",
    "politico": "Politico",
    "huff-post": "Huffington Post",
    "breitbart": "Breitbart",
    "west-journal": "Western Journalism",
}
MEASURES = (
    "attributions_per_1k",
    "gold_attributions_per_1k",
    "named_source_share",
    "titled_source_share",
    "vague_source_share",
    "pronoun_source_share",
    "gold_sourceless_share",
    "nonneutral_cue_share",
    "distancing_cue_share",
    "emphatic_cue_share",
    "direct_quote_share",
    "mixed_quote_share",
    "indirect_quote_share",
    "quoted_token_share",
    "loaded_author_per_1k",
    "hedge_author_per_1k",
)
LABELS = {
    "gold_attributions_per_1k": "Annotated attributions per 1,000 words (PolNeAR)",
    "gold_sourceless_share": "Share of annotated attributions without a source (PolNeAR)",
}
POLNEAR_BIB = (
    "@inproceedings{newell2018, author={Newell, Edward and Margolin, Drew and Ruths, Derek}, "
    "title={An Attribution Relations Corpus for Political News}, booktitle={Proceedings of the "
    "Eleventh International Conference on Language Resources and Evaluation (LREC 2018)}, "
    "address={Miyazaki, Japan}, publisher={European Language Resources Association (ELRA)}, "
    "year={2018}}"
)


def documents(data: Path):
    """PolNeAR train + dev as Documents with publisher and gold measures; and gold cue counts."""
    from framing.corpus import Document
    from framing.evaluation import read_polnear, word_spans

    docs, gold_cues, gold_words = [], {}, Counter()
    for split in ("train", "dev"):
        for d in read_polnear(data / "polnear" / split):
            if d.publisher not in PUBLISHERS:
                continue
            group = PUBLISHERS[d.publisher]
            n_words = len(word_spans(d.text))
            n_gold = len(d.attributions)
            sourceless = sum(1 for a in d.attributions if not a.source)
            meta = {
                "publisher": group,
                "split": split,
                "gold_attributions_per_1k": 1000.0 * n_gold / n_words if n_words else None,
                "gold_sourceless_share": sourceless / n_gold if n_gold else None,
            }
            docs.append(Document(d.id, d.text, meta, f"polnear/{split}/text/{d.id}.txt", None))
            counter = gold_cues.setdefault(group, Counter())
            for a in d.attributions:
                cue = " ".join(d.text[s:e] for s, e in a.cue)
                counter[" ".join(cue.replace("\u2019", "'").lower().split())] += 1
            gold_words[group] += n_words
    return docs, gold_cues, gold_words


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding polnear/")
    p.add_argument("--out", type=Path, default=ROOT / "reports" / STUDY, help="report folder")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--resamples", type=int, default=2000)
    p.add_argument("--jobs", type=int, default=1)
    args = p.parse_args(argv)
    if not (args.data / "polnear" / "train").is_dir():
        print(f"study_polnear: {args.data}/polnear/train not found; give the data folder with --data",
              file=sys.stderr)
        return 1

    from framing.study.compare import compare_documents
    from framing.study.stats import keyness

    docs, gold_cues, gold_words = documents(args.data)
    groups = tuple(PUBLISHERS.values())
    c = compare_documents(
        docs, "publisher", args.out,
        inputs=[(f"polnear/{s}", args.data / "polnear" / s) for s in ("train", "dev")],
        jobs=args.jobs, measures=MEASURES, groups=groups, seed=args.seed,
        n_resamples=args.resamples, evidence_per_group=0, write_documents=(),
        title="Attribution practices of seven US publishers (PolNeAR, 2016 election news)",
        notes=["Data: PolNeAR train and dev splits (Newell, Margolin & Ruths 2018). Measures "
               "marked PolNeAR come from the human annotations; all others from framing's "
               "attribution extractor. Aggregates only: no article text is included."],
        references=[POLNEAR_BIB], measure_labels=LABELS,
        data_description=("The documents are the train and dev articles of PolNeAR (Newell, "
                          "Margolin & Ruths, 2018), news about the 2016 US presidential election "
                          "sampled evenly from seven publishers; PolNeAR's human attribution "
                          "annotations give two additional measures."),
    )
    gold = keyness(gold_cues, gold_words, groups=list(groups))
    # annotated cues are free text spans: keep cue words used at least MIN_CUE times overall
    pooled = gold.groupby("term")["count"].sum()
    gold = gold[gold.term.isin(pooled[pooled >= MIN_CUE].index)
                & ((gold["count"] > 0) | (gold.z.abs() > 1.96))]
    gold.insert(0, "layer", "gold_cue")
    gold.to_csv(args.out / "tables" / "gold_cue_keyness.csv", index=False, float_format="%.6g",
                lineterminator="\n")
    write_readme(args.out, c, gold)
    return 0


def write_readme(out: Path, c, gold) -> None:
    from framing.study.report import findings

    top = []
    for g in c.groups:
        part = gold[(gold.group == g) & (gold.z > 1.96) & gold.term.str.contains(r"[a-z]")].head(6)
        top.append(f"| {g} | {', '.join(f'{t} ({z:.1f})' for t, z in zip(part.term, part.z)) or '–'} |")
    lines = [
        "# PolNeAR: attribution practices by publisher",
        "",
        "Aggregate report of `experiments/study_polnear.py`: framing's attribution measures for "
        f"{sum(c.group_sizes.values())} articles of PolNeAR (train and dev) by publisher, with "
        "PolNeAR's human annotations alongside. Open `report.html` for figures and tables; "
        "`report.md` has the same content. No article text is stored here.",
        "",
        "## Findings",
        "",
    ] + [f"- {f}" for f in findings(c)] + [
        "",
        "## Annotated cue words most typical of each publisher (PolNeAR gold cues)",
        "",
        "Log-odds z against all other publishers, informative Dirichlet prior (Monroe et al. 2008); "
        "punctuation cues (a colon or dash introducing a quotation) are left out here but kept in "
        f"`tables/gold_cue_keyness.csv` (cue words annotated at least {MIN_CUE} times).",
        "",
        "| publisher | cue words (z > 1.96) |",
        "|---|---|",
    ] + top + [
        "",
        "## Rerun on your copy of the data",
        "",
        "```",
        "python experiments/study_polnear.py --data /path/to/data --out reports/polnear",
        "```",
        "",
        "`/path/to/data` must contain `polnear/train`, `polnear/dev` and `polnear/metadata.tsv` "
        "from https://github.com/networkdynamics/PolNeAR. Options: `--seed`, `--resamples`, "
        "`--jobs`. The signature in `signature.txt` and the corpus fingerprint in "
        "`fingerprint.json` identify the settings and the data.",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
