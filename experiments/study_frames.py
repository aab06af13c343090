"""Study: generic narrative frames in climate news by the outlet's media-bias rating.

The 345 climate-change articles of the narrative-framing data set (Frermann et al. 2023,
``narrative_frames_climate/train.tsv``) carry five binary frame annotations: resolution (RE),
human interest (HI), conflict (CO), morality (MO) and economic (EC), and the Media Bias/Fact
Check rating of their outlet. The annotated frames are the frame measure; framing's lexicon and
attribution measures are compared alongside.

The comparison is the one the command line makes with the file::

    framing compare train.tsv --id-column ID --group-column mbfc \\
        --groups left_bias,left_center_bias,right_bias,questionable_source \\
        --frame-columns RE,HI,CO,MO,EC --evidence 0 --per-document none -o reports/frames

Usage (from the project root)::

    python experiments/study_frames.py [--data ../shared/data] [--out reports/frames]

The report holds aggregates only: no article text.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
STUDY = "frames"

RATINGS = ("left_bias", "left_center_bias", "right_bias", "questionable_source")
FRAMES = ("RE", "HI", "CO", "MO", "EC")
LABELS = {"RE": "Resolution (RE)", "HI": "Human interest (HI)", "CO": "Conflict (CO)",
          "MO": "Morality (MO)", "EC": "Economic (EC)"}
MEASURES = ("loaded_per_1k", "loaded_author_per_1k", "hedge_per_1k", "booster_per_1k",
            "attributions_per_1k", "vague_source_share", "named_source_share",
            "nonneutral_cue_share", "direct_quote_share", "flesch_reading_ease")
FRAMES_BIB = (
    "@inproceedings{frermann2023, author={Frermann, Lea and Li, Jiatong and Khanehzar, Shima and "
    "Mikolajczak, Gosia}, title={Conflicts, Villains, Resolutions: Towards Models of Narrative "
    "Media Framing}, booktitle={Proceedings of the 61st Annual Meeting of the Association for "
    "Computational Linguistics (Volume 1: Long Papers)}, pages={8712--8732}, address={Toronto, "
    "Canada}, publisher={Association for Computational Linguistics}, year={2023}}"
)
SEMETKO_BIB = (
    "@article{semetko2000, author={Semetko, Holli A. and Valkenburg, Patti M.}, title={Framing "
    "{European} Politics: A Content Analysis of Press and Television News}, journal={Journal of "
    "Communication}, volume={50}, number={2}, pages={93--109}, year={2000}}"
)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA,
                   help="folder holding narrative_frames_climate/")
    p.add_argument("--out", type=Path, default=ROOT / "reports" / STUDY, help="report folder")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--resamples", type=int, default=2000)
    p.add_argument("--jobs", type=int, default=1)
    args = p.parse_args(argv)
    src = args.data / "narrative_frames_climate" / "train.tsv"
    if not src.is_file():
        print(f"study_frames: {src} not found; give the data folder with --data", file=sys.stderr)
        return 1
    from framing.study.compare import compare_documents
    from framing.corpus import iter_documents

    c = compare_documents(
        iter_documents(src, id_column="ID"), "mbfc", args.out,
        inputs=[("narrative_frames_climate/train.tsv", src)], groups=RATINGS, frame_columns=FRAMES,
        measures=MEASURES, jobs=args.jobs, seed=args.seed, n_resamples=args.resamples,
        evidence_per_group=0, write_documents=(), measure_labels=LABELS,
        title="Narrative frames in climate news by outlet bias rating",
        notes=["Data: narrative_frames_climate/train.tsv (Frermann et al. 2023): climate-change "
               "articles with five binary generic-frame annotations and the Media Bias/Fact Check "
               "rating of their outlet. Aggregates only: no article text is included."],
        references=[FRAMES_BIB, SEMETKO_BIB],
        data_description=("The documents are the 345 annotated climate-change articles of the "
                          "narrative-framing data set of Frermann et al. (2023); their five binary "
                          "annotations of generic frames (after Semetko & Valkenburg, 2000) are the "
                          "frame measure, and the Media Bias/Fact Check rating of each article's "
                          "outlet defines the groups."),
    )
    write_readme(args.out, c)
    return 0


def write_readme(out: Path, c) -> None:
    from framing.study.report import findings

    prev = c.summary[c.summary.measure.isin(c.frames)].pivot(index="group", columns="measure",
                                                             values="mean")
    prev = prev.reindex(index=c.groups, columns=list(c.frames))
    table = ["| rating | n | " + " | ".join(LABELS[f] for f in c.frames) + " |",
             "|---|---|" + "---|" * len(c.frames)]
    for g in c.groups:
        table.append(f"| {g} | {c.group_sizes[g]} | "
                     + " | ".join(f"{100 * prev.loc[g, f]:.0f}%" for f in c.frames) + " |")
    lines = [
        "# Narrative frames in climate news by outlet bias rating",
        "",
        "Aggregate report of `experiments/study_frames.py` on the annotated climate articles of "
        "Frermann et al. (2023). Open `report.html` for figures (frame heatmap, dot plots, "
        "keyness) and tables. No article text is stored here.",
        "",
        "## Frame prevalence (share of articles annotated with each frame)",
        "",
    ] + table + [
        "",
        "## Findings",
        "",
    ] + [f"- {f}" for f in findings(c)] + [
        "",
        "## Rerun on your copy of the data",
        "",
        "```",
        "python experiments/study_frames.py --data /path/to/data --out reports/frames",
        "# or, equivalently, with the command line:",
        "framing compare /path/to/data/narrative_frames_climate/train.tsv --id-column ID \\",
        "    --group-column mbfc --groups left_bias,left_center_bias,right_bias,questionable_source \\",
        "    --frame-columns RE,HI,CO,MO,EC --evidence 0 --per-document none -o reports/frames",
        "```",
        "",
        "`/path/to/data` must contain `narrative_frames_climate/train.tsv` from "
        "https://github.com/phenixace/narrative-framing. The command line uses the default measures "
        "instead of the study's selection; add `--measures` to match. Options: `--seed`, "
        "`--resamples`, `--jobs`.",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
