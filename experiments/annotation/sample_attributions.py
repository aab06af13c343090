"""Draw the random sample of PolNeAR dev attributions for hand-labelling source type and stance.

The sample is reproducible (seeded) and holds offsets only; the article text stays in
``../shared/data``. ``--sheet`` writes a labelling sheet with the sentence context of each item
(for the annotator, not for the repository); ``--labels`` writes the label file skeleton
(offsets, empty labels) that the annotator fills in, following ``GUIDELINES.md``.

    python experiments/annotation/sample_attributions.py --data ../shared/data \
        --sheet /tmp/sheet.md --labels experiments/annotation/polnear_dev_labels.tsv

Label file columns: ``item``, ``doc``, ``source`` and ``cue`` (``start-end`` spans joined by
``;``, empty for none), ``source_type``, ``stance``.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path
from typing import Iterable, List, Sequence, Tuple

from framing.evaluation import read_polnear

Span = Tuple[int, int]
FIELDS = ("item", "doc", "source", "cue", "source_type", "stance")


def spans_str(spans: Iterable[Span]) -> str:
    return ";".join(f"{s}-{e}" for s, e in spans)


def parse_spans(value: str) -> List[Span]:
    out = []
    for part in filter(None, value.split(";")):
        s, e = part.split("-")
        out.append((int(s), int(e)))
    return out


def sample(data: Path, n: int, seed: int) -> List[dict]:
    """``n`` gold attributions of PolNeAR dev drawn uniformly at random (without replacement)."""
    docs = read_polnear(data / "polnear" / "dev", data / "polnear" / "metadata.tsv")
    pool = [(d.id, a) for d in sorted(docs, key=lambda d: d.id) for a in d.attributions
            if a.cue]
    rng = random.Random(seed)
    picked = sorted(rng.sample(range(len(pool)), n))
    rows = []
    for k, i in enumerate(picked, 1):
        doc, att = pool[i]
        rows.append({"item": k, "doc": doc, "source": spans_str(att.source),
                     "cue": spans_str(att.cue), "source_type": "", "stance": ""})
    return rows


def context(text: str, spans: Sequence[Tuple[Span, str]]) -> str:
    """The paragraph of the spans and the non-empty paragraphs before and after it, with the
    spans marked ``[S ...]`` and ``[C ...]``."""
    lo = min(s for (s, _), _ in spans)
    hi = max(e for (_, e), _ in spans)
    a = text.rfind("\n", 0, lo) + 1
    a = text.rfind("\n", 0, len(text[:a].rstrip())) + 1 if text[:a].strip() else a
    b = text.find("\n", hi)
    b = len(text) if b < 0 else b
    if text[b:].strip():
        nxt = len(text) - len(text[b:].lstrip())
        b = text.find("\n", nxt)
        b = len(text) if b < 0 else b
    marks = sorted([(s, 1, "[" + tag + " ") for (s, e), tag in spans]
                   + [(e, 0, "]") for (s, e), tag in spans])
    out, pos = [], a
    for p, _, m in marks:
        out.append(text[pos:p])
        out.append(m)
        pos = p
    out.append(text[pos:b])
    return "".join(out).strip()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--sheet", type=Path, help="labelling sheet with context (keep out of the tree)")
    ap.add_argument("--labels", type=Path, help="label file skeleton to write")
    args = ap.parse_args(argv)
    rows = sample(args.data, args.n, args.seed)
    if args.labels:
        if args.labels.exists():
            sys.exit(f"{args.labels}: exists; not overwriting labels")
        with open(args.labels, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    if args.sheet:
        texts = {d.id: d.text for d in read_polnear(args.data / "polnear" / "dev")}
        with open(args.sheet, "w", encoding="utf-8") as f:
            for r in rows:
                text = texts[r["doc"]]
                marked = [(sp, "S") for sp in parse_spans(r["source"])]
                marked += [(sp, "C") for sp in parse_spans(r["cue"])]
                src = " ... ".join(text[s:e] for s, e in parse_spans(r["source"])) or "(none)"
                cue = " ... ".join(text[s:e] for s, e in parse_spans(r["cue"]))
                f.write(f"## item {r['item']}\n\nsource: {src}\ncue: {cue}\n\n"
                        f"{context(text, marked)}\n\n")
    print(f"{len(rows)} attributions sampled (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
