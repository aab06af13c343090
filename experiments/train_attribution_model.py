"""Train the attribution tagger that ships with framing, and write its model card.

Trains :class:`framing.learn.attribution_tagger.AttributionTagger` on the PolNeAR train split
only (Newell, Margolin & Ruths 2018), scores it on the dev split (token F1 per role with 95%
bootstrap CIs over articles, the metric of ``experiments/evaluate_analyzers.py``), and writes

* ``framing/data/attribution-polnear.skops``: the model (feature weights, word clusters and
  settings; no article text), at most 5 MB;
* ``framing/data/attribution-polnear.md``: its model card.

The data stays in ``../shared/data``; only the model file and the card enter the tree.

    python experiments/train_attribution_model.py --data ../shared/data --jobs 2

Takes about 10 minutes on 2 cores.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from framing.evaluation import (POLNEAR_ROLES, ci_dict, metric_ci, prf, read_polnear,
                                token_counts_by_label)
from framing.learn.attribution_tagger import BUNDLED_TAGGER, AttributionTagger, save_tagger

ROOT = Path(__file__).resolve().parents[1]
MAX_BYTES = 5 * 1024 * 1024
CITATION = ("Newell, E., Margolin, D., & Ruths, D. (2018). An attribution relations corpus for "
            "political news. In Proceedings of LREC 2018. Miyazaki, Japan: ELRA.")


def evaluate(tagger: AttributionTagger, docs) -> dict:
    counts = np.stack([token_counts_by_label(d.text, tagger.predict_spans(d.text), d.role_spans(),
                                             POLNEAR_ROLES) for d in docs])
    d = ci_dict(metric_ci(counts, prf, n_resamples=1000, seed=0))
    return {role: {m: {b: d[m][b][k] for b in ("estimate", "low", "high")}
                   for m in ("precision", "recall", "f1")}
            for k, role in enumerate(POLNEAR_ROLES)}


def card(tagger: AttributionTagger, dev: dict, n_train: int, n_dev: int, size: int) -> str:
    cv = tagger.cv_results_

    def row(role: str) -> str:
        f = dev[role]["f1"]
        return (f"| {role} | {dev[role]['precision']['estimate']:.3f} | "
                f"{dev[role]['recall']['estimate']:.3f} | **{f['estimate']:.3f}** "
                f"[{f['low']:.3f}, {f['high']:.3f}] |")

    return f"""# Model card: {tagger.name} {tagger.version} (`{BUNDLED_TAGGER}`)

The attribution tagger that `framing analyze`, `score` and `compare` use by default
(`--attribution model`) to find the **source, cue and content spans** of attributions. Source
types, cue stances, quote types and voice are assigned on top of the spans by transparent rules
(`framing.attribution.AttributionExtractor.relate`); the model does not predict them.

- **Model id** (in signatures): `{tagger.id}`
- **sha256**: `{tagger.sha256}`
- **File size**: {size / 1e6:.2f} MB
- **Trained by**: `python experiments/train_attribution_model.py --data ../shared/data --jobs 2`
  (framing {tagger.versions_.get('framing')}, scikit-learn {tagger.versions_.get('scikit-learn')},
  numpy {tagger.versions_.get('numpy')}; {tagger.fit_seconds_ / 60:.1f} minutes)

## Training data

PolNeAR, the Political News Attribution Relations corpus: {n_train} news articles of the train
split from seven US publishers (New York Times, Washington Post, USA Today, Politico, Huffington
Post, Breitbart, Western Journalism), published during the 2016 US presidential election.
Citation: {CITATION} Source: networkdynamics/PolNeAR @ c3eee83. Licence: released publicly for
research; no licence is stated. The dev split ({n_dev} articles) was used only for the figures
below; no test portion was seen.

**Annotation scheme.** PolNeAR follows PARC (Pareti 2016): an attribution relation links a
*source* (who holds the content), a *cue* (the expression that links source and content:
verbs of saying and thinking, "according to", nouns such as "claim", a colon) and the
*content*. Spans are character offsets; a relation may lack a source. Where an article has
several annotators, the lexicographically first annotator's annotation is used.

## What the file holds

Feature weights only: a hashed table of token-feature weights (pruned below {tagger.prune:g} and stored
as float16), the stage-2 context weights, decision offsets, and the word clusters learned from the
training text (a sorted list of {len(tagger.cluster_ids_):,} lower-case words with two cluster ids
each). It holds no article text and no training sentences. It is a skops file holding only
built-in containers, JSON scalars and numeric arrays, which `framing.learn.attribution_tagger.load_tagger`
reads without unpickling anything (any other content goes through skops with framing's
allow-list).

**Method.** Token features (word, neighbours within ±3, affixes, shape, word clusters,
quotation state, sentence position, distances to the nearest quotation mark and lexicon cue, the
attribution lexicon `{tagger.lexicon_id_}` and the rule extractor's reading) hashed into
2^{tagger.bits} columns; stage 1: one-vs-rest logistic regressions by SGD (alpha
{tagger.alpha_:g}, {tagger.epochs} epochs); stage 2 (stacking) adds the out-of-fold stage-1
probabilities of the token's context; Viterbi decoding under BIO constraints per sentence;
per-role decision offsets tuned on out-of-fold predictions ({json.dumps(cv.get('offsets'))}).

## Figures

PolNeAR **dev** split ({n_dev} articles), token-level precision, recall and F1 per role, 95%
bootstrap CIs over articles (1,000 resamples):

| role | precision | recall | F1 [95% CI] |
|---|---|---|---|
{row('source')}
{row('cue')}
{row('content')}

Cross-validated on train ({cv['folds']} folds grouped by article), token F1:
{json.dumps({k: round(v, 3) for k, v in cv.get('oof_f1', {}).items()})}.

For comparison on the same dev articles: two PolNeAR annotators agree at about 0.82 (source),
0.71 (cue) and 0.92 (content); `reports/evaluation/` has the full table, including the rules.

## Known failure modes

- Trained on US political news of 2016: other genres, periods and varieties of English will
  score lower; cues that are rare in that corpus are missed.
- Cue boundaries are the hardest part: multi-word and nominal cues ("reserved his most eloquent
  passion for") are often found in part, and a cue inside a quotation is tagged like one outside.
- A relation may be linked to the wrong cue when a paragraph holds several (each source and
  content goes to the nearest cue of its paragraph).
- Relative pronouns ("who") are sources in PolNeAR's scheme and are tagged as such; their type
  comes from the antecedent in the sentence.
- English only. Retrain on your own brat annotation with `framing train-attribution --brat DIR
  -o model.skops` and use it with `--attribution-model model.skops`, or use the rules
  (`--attribution rules`) when every decision must be explainable.
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "framing" / "data")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    root = args.data / "polnear"
    train = read_polnear(root / "train", root / "metadata.tsv")
    dev = read_polnear(root / "dev", root / "metadata.tsv")
    print(f"PolNeAR train {len(train)} articles, dev {len(dev)}", file=sys.stderr)
    t0 = time.time()
    tagger = AttributionTagger(name="polnear", version="1.0", alphas=(1e-5,), n_jobs=args.jobs,
                               progress=False)
    tagger.training_ = {"data": "PolNeAR train split", "n_documents": len(train),
                        "citation": CITATION, "source": "networkdynamics/PolNeAR @ c3eee83",
                        "licence": "released publicly for research; no licence stated"}
    tagger.fit(train)
    print(f"trained in {time.time() - t0:.0f} s: {tagger.cv_results_.get('oof_f1')}",
          file=sys.stderr)
    path = save_tagger(tagger, args.out / BUNDLED_TAGGER)
    size = path.stat().st_size
    if size > MAX_BYTES:
        print(f"warning: {path} is {size / 1e6:.1f} MB, over the 5 MB budget", file=sys.stderr)
    dev_scores = evaluate(tagger, dev)
    (args.out / BUNDLED_TAGGER.replace(".skops", ".md")).write_text(
        card(tagger, dev_scores, len(train), len(dev), size), encoding="utf-8")
    print(json.dumps({r: round(dev_scores[r]["f1"]["estimate"], 4) for r in POLNEAR_ROLES}))
    print(f"{path}: {size / 1e6:.2f} MB, {tagger.id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
