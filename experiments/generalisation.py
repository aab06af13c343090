"""Loaded language and hedging across corpora and topics: the evaluation protocol of issue 13.

Usage (from the project root)::

    python experiments/generalisation.py [--data ../shared/data] [--out reports/evaluation]
        [--n-boot 1000] [--seed 0] [--no-model] [--final]
    python experiments/generalisation.py --write-evidence     # refresh evidence= in the lexicons

Loaded language
    Three gold annotations of biased words are three *domains*: BABE train_SG2 (expert labels,
    ``babe/train_SG2.csv``), the MBIC crowd labels (``mbic/MBIC.csv``) and the SG1 expert
    relabelling of the MBIC sentences (``babe/SG1_experts.csv``). Every domain is split by its
    ``topic`` column (aliases merged: *gun control* = *gun-control*, *vaccine* = *vaccines*,
    *blm* = *black lives matter*):

    * :data:`FINAL_TOPICS` are the **final split**, the same topics in every domain. Nothing
      was tuned on them: their figures are written only with ``--final`` and were computed
      once, after loaded 1.2 was frozen.
    * the other topics are the **tuning topics**, dealt into :data:`N_FOLDS` topic folds.
      Topic-held-out figures: whatever is fitted (the entry evidence behind the core/extended
      split, the context model) is fitted on the other folds and scored on the held-out one.

    Per domain, per topic fold and per topic: token P/R/F1 of the ``loaded`` layer against the
    annotated words (a token is positive when it overlaps an annotated word; every occurrence
    of an annotated word in its sentence counts, :func:`framing.evaluation.biased_word_spans`),
    with percentile bootstrap 95% CIs that resample source articles (``news_link``). Systems:
    loaded 1.1 (``experiments/baselines/loaded-1.1.lex``), the bundled loaded lexicon (its
    core, the default), the core plus the switchable ``loaded_extended`` categories, the
    context model (:mod:`framing.learn.loaded_tagger`, trained per fold on the other tuning
    topics of BABE train_SG2), and the reference lists of ``../shared/data/lexicons`` read at
    run time and matched with framing's matcher on the same sentences.

    Note that the three domains share text: MBIC's 1,328 sentences are the SG1 sentences, and
    1,325 of them are also in BABE train_SG2. The domains differ in who annotated and how; the
    topic splits are what keeps text apart.

Hedging
    The hedges lexicon and the reference hedge lists on CoNLL-2010 Wikipedia (sentence F1),
    BioScope abstracts, BioScope full papers and the SFU Review corpus (speculation cue token
    F1), each per corpus with CIs, and the macro average.

Entry evidence
    ``--write-evidence`` counts, for every entry of ``lexicons/loaded.lex`` and
    ``lexicons/loaded_extended.lex``, its matches in the three domains' tuning topics and how
    many of them overlap an annotated word, pooled over the domains, and rewrites the
    ``evidence=PRECISION/HITS`` option of each entry (nothing else in the files changes).
    ``framing lexicon show loaded`` prints it.

Outputs in ``--out``: ``generalisation.md`` (the report), ``generalisation_loaded.csv``,
``generalisation_topics.csv``, ``generalisation_hedges.csv`` and ``generalisation_entries.csv``.
Same data and seed: byte-identical CSV tables.
"""
from __future__ import annotations

import argparse
import bisect
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "reports" / "evaluation"
BASELINE = ROOT / "experiments" / "baselines" / "loaded-1.1.lex"

#: Topic names that mean the same topic.
TOPIC_ALIASES = {"gun control": "gun-control", "vaccine": "vaccines",
                 "blm": "black lives matter"}
#: The final split: never used for tuning. Drawn once, before any tuning, with
#: ``numpy.random.default_rng(13)``: three of the 14 topics all three domains share and one of
#: the 6 topics only BABE train_SG2 has (see :func:`draw_final_topics`).
FINAL_TOPICS = ("student-debt", "taxes", "trump-presidency", "white-nationalism")
#: Number of topic folds of the tuning topics.
N_FOLDS = 4

#: Gold annotations of biased words: domain -> (file, reader name).
DOMAINS = {
    "BABE SG2": ("babe/train_SG2.csv", "babe"),
    "MBIC crowd": ("mbic/MBIC.csv", "mbic"),
    "SG1 experts": ("babe/SG1_experts.csv", "babe"),
}

#: Reference lists for loaded language (../shared/data/lexicons), read at run time.
LOADED_REFERENCES = {
    "riloff2003_strong": (["recasens2013_npov_lexicons/strong_subjectives_riloff2003.txt"],
                          "Riloff & Wiebe (2003) strong subjectives"),
    "riloff2003_weak": (["recasens2013_npov_lexicons/weak_subjectives_riloff2003.txt"],
                        "Riloff & Wiebe (2003) weak subjectives"),
    "recasens2013_bias": (["recasens2013_npov_lexicons/npov_lexicon.txt"],
                          "Recasens et al. (2013) bias lexicon"),
    "liu2005_negative": (["recasens2013_npov_lexicons/negative_liu2005.txt"],
                         "Hu & Liu (2004) negative opinion words"),
    "liu2005_all": (["recasens2013_npov_lexicons/negative_liu2005.txt",
                     "recasens2013_npov_lexicons/positive_liu2005.txt"],
                    "Hu & Liu (2004) opinion words, negative and positive"),
    "lsd2015_negative": (["lexicoder_lsd2015/LSD2015_negative.txt"],
                         "Young & Soroka (2012) LSD2015 negative"),
    "lsd2015_all": (["lexicoder_lsd2015/LSD2015_negative.txt",
                     "lexicoder_lsd2015/LSD2015_positive.txt"],
                    "Young & Soroka (2012) LSD2015 negative and positive"),
    "mfd2": (["moral_foundations/mfd2.0.dic"], "Frimer et al. (2019) MFD 2.0, all foundations"),
}


def log(msg: str) -> None:
    print(msg, flush=True)


# ----------------------------------------------------------------------------- data


@dataclass
class Item:
    """One annotated sentence: its text, topic, source article and gold token indices."""

    text: str
    topic: str
    key: str
    starts: List[int]
    ends: List[int]
    gold: Set[int]
    spans: List[Tuple[int, int]] = field(default_factory=list)

    def tokens_of(self, spans: Iterable[Tuple[int, int]]) -> Set[int]:
        """Indices of the word tokens that overlap any of ``spans``."""
        out: Set[int] = set()
        for s, e in spans:
            i = bisect.bisect_right(self.ends, s)
            while i < len(self.starts) and self.starts[i] < e:
                out.add(i)
                i += 1
        return out


def norm_topic(topic: Optional[str]) -> str:
    t = (topic or "").strip().lower()
    return TOPIC_ALIASES.get(t, t)


def read_domain(data: Path, name: str) -> List[Item]:
    from framing.evaluation import read_babe, read_mbic
    from framing.evaluation.metrics import word_spans

    rel, kind = DOMAINS[name]
    sents = (read_babe if kind == "babe" else read_mbic)(data / rel)
    items = []
    for i, s in enumerate(sents):
        ws = word_spans(s.text)
        item = Item(text=s.text, topic=norm_topic(s.topic), key=s.news_link or f"row{i}",
                    starts=[a for a, _ in ws], ends=[b for _, b in ws], gold=set(),
                    spans=list(s.biased_spans()))
        item.gold = item.tokens_of(item.spans)
        items.append(item)
    return items


def draw_final_topics(domains: Mapping[str, List[Item]]) -> Tuple[str, ...]:
    """How :data:`FINAL_TOPICS` was drawn (kept to show it; the constant is what is used)."""
    topic_sets = [set(it.topic for it in items) for items in domains.values()]
    shared = sorted(set.intersection(*topic_sets))
    only = sorted(set.union(*topic_sets) - set(shared))
    rng = np.random.default_rng(13)
    return tuple(sorted(list(rng.choice(shared, 3, replace=False))
                        + list(rng.choice(only, 1, replace=False))))


def topic_folds(domains: Mapping[str, List[Item]], n_folds: int = N_FOLDS, seed: int = 0
                ) -> Dict[str, int]:
    """Tuning topic -> fold: topics sorted by size (all domains), dealt round-robin after a
    seeded shuffle, so that the folds have similar sizes."""
    size = Counter(it.topic for items in domains.values() for it in items
                   if it.topic not in FINAL_TOPICS)
    topics = sorted(size)
    rng = np.random.default_rng(seed)
    rng.shuffle(topics)
    topics.sort(key=lambda t: -size[t])
    return {t: k % n_folds for k, t in enumerate(topics)}


# ----------------------------------------------------------------------------- matching


def layer_entries(lexicons: Any, layer: str = "loaded") -> List[Any]:
    """The entries of ``layer`` of one lexicon or of several, in order."""
    if not isinstance(lexicons, (list, tuple)):
        lexicons = [lexicons]
    return [e for lx in lexicons for e in lx.entries if layer in e.layers]


def entry_matches(lexicon: Any, items: Sequence[Item], layer: str = "loaded"
                  ) -> List[List[Tuple[int, Set[int]]]]:
    """Per item, ``(entry index, token indices)`` of every match of the entries of ``layer``
    of ``lexicon`` (one or a list; index into :func:`layer_entries`), found by framing's
    matcher on framing's segmentation, as the analyzer scans."""
    from framing.lexicon import Matcher
    from framing.text import segment

    entries = layer_entries(lexicon, layer)
    index = {id(e): k for k, e in enumerate(entries)}
    matcher = Matcher(entries)
    out = []
    for it in items:
        doc = segment(it.text)
        out.append([(index[id(entry)], it.tokens_of([(s, e)]))
                    for s, e, entry in matcher.find(doc)])
    return out


def counts_of(items: Sequence[Item], predicted: Sequence[Set[int]]) -> np.ndarray:
    """Per-item ``(tp, fp, fn)`` token counts."""
    out = np.zeros((len(items), 3), dtype=np.int64)
    for k, (it, p) in enumerate(zip(items, predicted)):
        tp = len(p & it.gold)
        out[k] = (tp, len(p) - tp, len(it.gold) - tp)
    return out


def predicted_tokens(matches: Sequence[List[Tuple[int, Set[int]]]],
                     keep: Optional[Set[int]] = None) -> List[Set[int]]:
    """The union of the matched tokens per item (only entries in ``keep`` when given)."""
    out = []
    for ms in matches:
        p: Set[int] = set()
        for k, toks in ms:
            if keep is None or k in keep:
                p |= toks
        out.append(p)
    return out


def entry_evidence(matches: Sequence[List[Tuple[int, Set[int]]]], items: Sequence[Item],
                   n_entries: int) -> np.ndarray:
    """``(hits, hits on annotated words)`` per entry: a match is a hit on an annotated word
    when any of its tokens is annotated."""
    ev = np.zeros((n_entries, 2), dtype=np.int64)
    for ms, it in zip(matches, items):
        for k, toks in ms:
            ev[k, 0] += 1
            ev[k, 1] += bool(toks & it.gold)
    return ev



#: Reference hedge lists (../shared/data/lexicons), read at run time.
HEDGE_REFERENCES = {
    "hyland2005": ("recasens2013_npov_lexicons/hedges_hyland2005.txt",
                   "Hyland (2005) hedges, as distributed by Recasens et al. (2013)"),
    "islam2020_hedges": ("hedging_islam2020/hedge_words.txt",
                         "Islam, Xiao & Mercer (2020) hedge words"),
}
#: Encodings of reference files that are not UTF-8.
_ENCODINGS = {"negative_liu2005.txt": "latin-1", "positive_liu2005.txt": "latin-1"}

#: Candidate rules of the core: an entry stays in the core unless it has at least ``min_hits``
#: matches in the tuning data and a precision below ``threshold``.
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
MIN_HITS = (3, 5, 10)


def _read_reference(data: Path, rels: Sequence[str], key: str, layer: str) -> Any:
    from framing.lexicon.convert import import_lexicon, read_wordlists

    paths = [data / "lexicons" / r for r in rels]
    if paths[0].suffix == ".dic":
        return import_lexicon(paths[0], name=key, layer=layer)
    enc = _ENCODINGS.get(paths[0].name, "utf-8")
    return read_wordlists(paths, name=key, layer=layer, encoding=enc, on_invalid="skip")


def read_reference(data: Path, key: str) -> Any:
    """A reference list of :data:`LOADED_REFERENCES` (every entry in the layer ``loaded``) or
    :data:`HEDGE_REFERENCES` (layer ``hedge``), read with framing's importers."""
    if key in LOADED_REFERENCES:
        return _read_reference(data, LOADED_REFERENCES[key][0], key, "loaded")
    return _read_reference(data, [HEDGE_REFERENCES[key][0]], key, "hedge")


# ----------------------------------------------------------------------------- scores


@dataclass
class Cell:
    """P/R/F1 with bootstrap CIs of one system on one set of items."""

    system: str
    domain: str
    split: str
    n_items: int
    n_docs: int
    tp: int
    fp: int
    fn: int
    est: Tuple[float, float, float]
    low: Tuple[float, float, float]
    high: Tuple[float, float, float]

    @property
    def f1(self) -> float:
        return self.est[2]

    def row(self) -> Dict[str, Any]:
        out = dict(system=self.system, domain=self.domain, split=self.split,
                   n_sentences=self.n_items, n_articles=self.n_docs, tp=self.tp, fp=self.fp,
                   fn=self.fn)
        for k, name in enumerate(("precision", "recall", "f1")):
            out[name] = round(self.est[k], 4)
            out[f"{name}_low"] = round(self.low[k], 4)
            out[f"{name}_high"] = round(self.high[k], 4)
        return out


def score_cell(system: str, domain: str, split: str, items: Sequence[Item],
               counts: np.ndarray, n_boot: int, seed: int) -> Cell:
    """Token P/R/F1 of summed counts, CIs by resampling articles (:func:`metric_ci`)."""
    from framing.evaluation import metric_ci

    order: Dict[str, int] = {}
    for it in items:
        order.setdefault(it.key, len(order))
    per_doc = np.zeros((len(order), 3), dtype=np.int64)
    np.add.at(per_doc, [order[it.key] for it in items], counts)
    res = metric_ci(per_doc, n_resamples=n_boot, seed=seed)
    tot = counts.sum(axis=0)
    return Cell(system, domain, split, len(items), len(order), int(tot[0]), int(tot[1]),
                int(tot[2]), tuple(float(x) for x in res.estimate),
                tuple(float(x) for x in res.low), tuple(float(x) for x in res.high))


def pool_groups(evidence: np.ndarray, groups: Sequence[Sequence[int]]) -> np.ndarray:
    """Evidence with each group's entries given the group's summed counts (mirror-image
    labels such as far-left / far-right are judged together)."""
    ev = evidence.copy()
    for g in groups:
        if len(g):
            ev[list(g)] = evidence[list(g)].sum(axis=0)
    return ev


def entry_groups(entries: Sequence[Any], groups: Sequence[Sequence[str]]) -> List[List[int]]:
    """Indices of the entries of each group of terms (``[evidence] groups`` of loaded.lex)."""
    index = {e.term: k for k, e in enumerate(entries)}
    return [[index[t] for t in g if t in index] for g in groups]


def select_core(evidence: np.ndarray, threshold: float, min_hits: int,
                eligible: Optional[np.ndarray] = None,
                groups: Sequence[Sequence[int]] = ()) -> Set[int]:
    """Entries kept in the core: fewer than ``min_hits`` hits, or precision >= threshold
    (and ``eligible``: topical entries never are); grouped entries by their pooled counts."""
    evidence = pool_groups(evidence, groups)
    hits, ann = evidence[:, 0], evidence[:, 1]
    prec = ann / np.maximum(hits, 1)
    keep = (hits < min_hits) | (prec >= threshold)
    if eligible is not None:
        keep &= eligible
    return set(np.flatnonzero(keep).tolist())


def core_eligible(entries: Sequence[Any]) -> np.ndarray:
    """Entries that may be in the core: all but the ``topical`` ones (a word that names a
    topic is not loaded language by itself, whatever its evidence)."""
    return np.array(["topical" not in e.categories for e in entries], dtype=bool)


@dataclass
class LoadedData:
    """The three domains, their split and the matches of every system, computed once."""

    domains: Dict[str, List[Item]]
    folds: Dict[str, int]
    preds: Dict[str, Dict[str, List[Set[int]]]] = field(default_factory=dict)

    def split_of(self, it: Item) -> str:
        return "final" if it.topic in FINAL_TOPICS else f"fold{self.folds[it.topic]}"

    def select(self, domain: str, split: str) -> List[int]:
        items = self.domains[domain]
        if split == "tuning":
            return [i for i, it in enumerate(items) if it.topic not in FINAL_TOPICS]
        return [i for i, it in enumerate(items) if self.split_of(it) == split]


def fold_core_predictions(ld: LoadedData, matches: Dict[str, List[List[Tuple[int, Set[int]]]]],
                          eligible: np.ndarray, threshold: float, min_hits: int,
                          groups: Sequence[Sequence[int]] = ()
                          ) -> Dict[str, List[Optional[Set[int]]]]:
    """Topic-held-out predictions of the core *selection procedure*: for each fold, the entry
    evidence is counted on the other tuning folds (all domains pooled), the core is selected
    with the rule, and the held-out fold is predicted with it. Final-split items: None."""
    n_entries = len(eligible)
    out = {d: [None] * len(items) for d, items in ld.domains.items()}
    for f in range(N_FOLDS):
        ev = np.zeros((n_entries, 2), dtype=np.int64)
        for d, items in ld.domains.items():
            sel = [i for i, it in enumerate(items)
                   if it.topic not in FINAL_TOPICS and ld.folds[it.topic] != f]
            ev += entry_evidence([matches[d][i] for i in sel], [items[i] for i in sel], n_entries)
        keep = select_core(ev, threshold, min_hits, eligible, groups)
        for d, items in ld.domains.items():
            sel = ld.select(d, f"fold{f}")
            for i, p in zip(sel, predicted_tokens([matches[d][i] for i in sel], keep)):
                out[d][i] = p
    return out


def tune_core(ld: LoadedData, matches: Dict[str, List[List[Tuple[int, Set[int]]]]],
              eligible: np.ndarray, groups: Sequence[Sequence[int]] = ()
              ) -> Tuple[Tuple[float, int], List[Dict[str, Any]]]:
    """Choose (threshold, min_hits) by the worst topic-held-out domain x fold F1 (ties: the
    higher macro F1, then the smaller threshold). Returns the choice and the grid."""
    grid = []
    for min_hits in MIN_HITS:
        for thr in THRESHOLDS:
            preds = fold_core_predictions(ld, matches, eligible, thr, min_hits, groups)
            f1s = []
            for d, items in ld.domains.items():
                for f in range(N_FOLDS):
                    sel = ld.select(d, f"fold{f}")
                    c = counts_of([items[i] for i in sel], [preds[d][i] for i in sel]).sum(0)
                    f1s.append(2 * c[0] / max(1, 2 * c[0] + c[1] + c[2]))
            grid.append(dict(threshold=thr, min_hits=min_hits, worst_f1=round(min(f1s), 4),
                             macro_f1=round(float(np.mean(f1s)), 4)))
    best = max(grid, key=lambda g: (g["worst_f1"], g["macro_f1"], -g["threshold"]))
    return (best["threshold"], best["min_hits"]), grid


# ----------------------------------------------------------------------------- loaded language


def bundled_loaded() -> Dict[str, Any]:
    """The bundled loaded lexicon and, when present, its switchable extension."""
    from framing.lexicon import bundled_lexicons, load_lexicon

    out = {"core": load_lexicon("loaded")}
    if "loaded_extended" in bundled_lexicons():
        out["extended"] = load_lexicon("loaded_extended")
    return out


def model_predictions(ld: LoadedData, seed: int) -> Dict[str, List[Optional[Set[int]]]]:
    """Topic-held-out predictions of the context model (:mod:`framing.learn.loaded_tagger`):
    for each fold, a model trained on BABE train_SG2's other tuning topics (grouped inner CV
    by article) predicts the held-out fold of every domain; a model trained on all tuning
    topics predicts the final split."""
    from framing.learn.loaded_tagger import train_loaded_tagger

    babe = ld.domains["BABE SG2"]
    out: Dict[str, List[Optional[Set[int]]]] = {d: [None] * len(v) for d, v in ld.domains.items()}
    for f in list(range(N_FOLDS)) + ["final"]:
        train = [it for it in babe if it.topic not in FINAL_TOPICS
                 and (f == "final" or ld.folds[it.topic] != f)]
        log(f"  context model, held-out {'final split' if f == 'final' else f'fold {f}'}: "
            f"training on {len(train)} BABE sentences")
        model = train_loaded_tagger([it.text for it in train], [it.spans for it in train],
                                    groups=[it.key for it in train], seed=seed)
        split = "final" if f == "final" else f"fold{f}"
        for d, items in ld.domains.items():
            sel = ld.select(d, split)
            spans = model.predict([items[i].text for i in sel])
            for i, sp in zip(sel, spans):
                out[d][i] = items[i].tokens_of(sp)
    return out


def evaluate_loaded(data: Path, n_boot: int, seed: int, final: bool, with_model: bool
                    ) -> Dict[str, Any]:
    from framing.lexicon import load_lexicon

    domains = {d: read_domain(data, d) for d in DOMAINS}
    ld = LoadedData(domains, topic_folds(domains))
    log(f"  domains: {', '.join(f'{d} {len(v)}' for d, v in domains.items())}; final topics "
        f"{', '.join(FINAL_TOPICS)}; {len(ld.folds)} tuning topics in {N_FOLDS} folds")
    bundled = bundled_loaded()
    lexicons: Dict[str, Any] = {"loaded 1.1": [load_lexicon(str(BASELINE))],
                                "loaded": [bundled["core"]]}
    if "extended" in bundled:
        lexicons["loaded + extended"] = [bundled["core"], bundled["extended"]]
    for key in LOADED_REFERENCES:
        lexicons[key] = [read_reference(data, key)]
    preds: Dict[str, Dict[str, List[Optional[Set[int]]]]] = {}
    union_matches = {}
    for name, lxs in lexicons.items():
        preds[name] = {}
        for d, items in domains.items():
            m = entry_matches(lxs, items)
            preds[name][d] = predicted_tokens(m)
            if name == ("loaded + extended" if "extended" in bundled else "loaded"):
                union_matches[d] = m
        log(f"  matched {name}")
    union = layer_entries(lexicons.get("loaded + extended", lexicons["loaded"]))
    eligible = core_eligible(union)
    groups = entry_groups(union, bundled["core"].meta.get("evidence", {}).get("groups", []))
    (thr, min_hits), grid = tune_core(ld, union_matches, eligible, groups)
    log(f"  core rule chosen by topic-fold CV: precision >= {thr} unless fewer than "
        f"{min_hits} hits")
    preds["loaded core, selected per fold"] = fold_core_predictions(ld, union_matches, eligible,
                                                                     thr, min_hits, groups)
    if with_model:
        preds["context model"] = model_predictions(ld, seed)
    splits = [f"fold{f}" for f in range(N_FOLDS)] + ["tuning"] + (["final"] if final else [])
    cells: List[Cell] = []
    topic_cells: List[Cell] = []
    for name, by_domain in preds.items():
        for d, items in domains.items():
            for split in splits:
                sel = [i for i in ld.select(d, split) if by_domain[d][i] is not None]
                if not sel:
                    continue
                sub = [items[i] for i in sel]
                c = counts_of(sub, [by_domain[d][i] for i in sel])
                cells.append(score_cell(name, d, split, sub, c, n_boot, seed))
            for topic in sorted(set(it.topic for it in items)):
                if topic in FINAL_TOPICS and not final:
                    continue
                sel = [i for i, it in enumerate(items)
                       if it.topic == topic and by_domain[d][i] is not None]
                if not sel:
                    continue
                sub = [items[i] for i in sel]
                c = counts_of(sub, [by_domain[d][i] for i in sel])
                topic_cells.append(score_cell(name, d, topic, sub, c, n_boot, seed))
    return {"ld": ld, "cells": cells, "topic_cells": topic_cells, "grid": grid,
            "rule": (thr, min_hits), "systems": list(preds)}


# ----------------------------------------------------------------------------- hedging


def hedge_corpora(data: Path) -> Dict[str, List[Item]]:
    """BioScope abstracts and full papers and the SFU Review corpus (by genre) as items with
    gold speculation-cue tokens, and CoNLL-2010 Wikipedia train as sentence items (gold: the
    whole sentence when uncertain; scored at sentence level)."""
    from framing.evaluation import read_bioscope, read_conll_wiki, read_sfu
    from framing.evaluation.metrics import word_spans

    def items_of(sents: Sequence[Any], topic_of: Any) -> List[Item]:
        out = []
        for s in sents:
            ws = word_spans(s.text)
            it = Item(text=s.text, topic=topic_of(s), key=s.doc_id, starts=[a for a, _ in ws],
                      ends=[b for _, b in ws], gold=set(), spans=list(s.spans))
            it.gold = it.tokens_of(it.spans)
            out.append(it)
        return out

    corpora = {
        "BioScope abstracts": items_of(read_bioscope(data / "bioscope" / "abstracts.xml"),
                                       lambda s: "abstracts"),
        "BioScope full papers": items_of(read_bioscope(data / "bioscope" / "full_papers.xml"),
                                         lambda s: "full papers"),
        "SFU Review": items_of(read_sfu(data / "sfu_review_negation_speculation"),
                               lambda s: s.doc_id.split("/")[0].lower()),
    }
    conll = []
    for k, s in enumerate(read_conll_wiki(data / "conll2010_wiki" / "train.csv",
                                          unescape_ptb=True)):
        conll.append(Item(text=s.text, topic="wikipedia", key=str(k), starts=[], ends=[],
                          gold={0} if s.label else set()))
    corpora["CoNLL-2010 Wikipedia"] = conll
    return corpora


def evaluate_hedges(data: Path, n_boot: int, seed: int) -> List[Cell]:
    """The hedges lexicon (``hedge`` layer) and the reference hedge lists on every corpus,
    per corpus and per SFU genre: token P/R/F1 of speculation cues (CoNLL: sentence P/R/F1,
    a sentence is uncertain when a list matches in it)."""
    from framing.lexicon import load_lexicon
    from framing.text import segment

    corpora = hedge_corpora(data)
    systems = {"hedges": load_lexicon("hedges")}
    for key in HEDGE_REFERENCES:
        systems[key] = read_reference(data, key)
    cells: List[Cell] = []
    for name, lex in systems.items():
        for corpus, items in corpora.items():
            if corpus.startswith("CoNLL"):
                from framing.lexicon import Matcher

                matcher = Matcher(layer_entries(lex, "hedge"))
                pred = [{0} if matcher.find(segment(it.text)) else set() for it in items]
            else:
                pred = predicted_tokens(entry_matches(lex, items, layer="hedge"))
            c = counts_of(items, pred)
            cells.append(score_cell(name, corpus, "all", items, c, n_boot, seed))
            if corpus == "SFU Review":
                for genre in sorted(set(it.topic for it in items)):
                    sel = [i for i, it in enumerate(items) if it.topic == genre]
                    cells.append(score_cell(name, corpus, genre, [items[i] for i in sel],
                                            c[sel], n_boot, seed))
        log(f"  hedges: matched {name}")
    return cells


# ----------------------------------------------------------------------------- entry evidence


def evidence_table(data: Path, lexicons: Sequence[Any]) -> List[Dict[str, Any]]:
    """Per entry of each lexicon's ``loaded`` layer: hits and annotated hits in every
    domain's tuning topics, and pooled (the final split is never counted)."""
    domains = {d: [it for it in read_domain(data, d) if it.topic not in FINAL_TOPICS]
               for d in DOMAINS}
    rows = []
    for lex in lexicons:
        entries = layer_entries(lex)
        per = {d: entry_evidence(entry_matches(lex, items), items, len(entries))
               for d, items in domains.items()}
        for k, e in enumerate(entries):
            hits = int(sum(per[d][k, 0] for d in domains))
            ann = int(sum(per[d][k, 1] for d in domains))
            row = dict(lexicon=lex.name, line=e.line, term=e.term,
                       categories=",".join(e.categories), hits=hits, annotated=ann,
                       precision=round(ann / hits, 4) if hits else None)
            for d in domains:
                row[f"hits {d}"] = int(per[d][k, 0])
                row[f"annotated {d}"] = int(per[d][k, 1])
            rows.append(row)
    return rows


def write_evidence(path: Path, rows: Sequence[Mapping[str, Any]]) -> int:
    """Set ``evidence=ANNOTATED/HITS`` on every entry line of ``path`` from ``rows`` (of
    :func:`evidence_table`, matched by line); nothing else in the file changes. Returns the
    number of lines changed."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    changed = 0
    for r in rows:
        k = int(r["line"]) - 1
        fields = lines[k].split("\t")
        if fields[0] != r["term"]:
            raise SystemExit(f"{path}:{k + 1}: expected the entry {r['term']!r}")
        fields += [""] * (4 - len(fields))
        opts = [o.strip() for o in fields[2].split(";")
                if o.strip() and not o.strip().startswith("evidence=")]
        opts.append(f"evidence={r['annotated']}/{r['hits']}")
        fields[2] = ";".join(opts)
        new = "\t".join(fields).rstrip("\t")
        if new != lines[k]:
            lines[k] = new
            changed += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return changed


# ----------------------------------------------------------------------------- report


def _ci(c: Optional[Cell], k: int = 2) -> str:
    if c is None:
        return "–"
    return f"{c.est[k]:.3f} [{c.low[k]:.3f}, {c.high[k]:.3f}]"


def _table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def _lexicon_ids() -> List[str]:
    from framing.lexicon import load_lexicon

    out = [f"{lx.id} (sha256 {lx.sha256[:16]}…)" for lx in bundled_loaded().values()]
    hedges = load_lexicon("hedges")
    out.append(f"{hedges.id} (sha256 {hedges.sha256[:16]}…)")
    base = load_lexicon(str(BASELINE))
    out.append(f"baseline {base.id} = experiments/baselines/loaded-1.1.lex (sha256 "
               f"{base.sha256[:16]}…)")
    return out


def acceptance(cells: Sequence[Cell], system: str = "loaded") -> Tuple[int, List[str]]:
    """Cells (domain x split) where ``system`` does not beat every reference list."""
    by = {(c.system, c.domain, c.split): c for c in cells}
    keys = sorted({(c.domain, c.split) for c in cells if c.system == system})
    losses = []
    for d, split in keys:
        ours = by[(system, d, split)].f1
        for ref in LOADED_REFERENCES:
            r = by.get((ref, d, split))
            if r is not None and r.f1 >= ours:
                losses.append(f"{d} {split}: {ref} {r.f1:.3f} >= {ours:.3f}")
    return len(keys), losses


def _worst(cells: Sequence[Cell], system: str, splits: Sequence[str]) -> Optional[Cell]:
    sub = [c for c in cells if c.system == system and c.split in splits]
    return min(sub, key=lambda c: c.f1) if sub else None


def topic_losses(topic_cells: Sequence[Cell], system: str = "loaded") -> Tuple[int, List[str]]:
    """Domain x topic cells where ``system`` does not beat every reference list."""
    by = {(c.system, c.domain, c.split): c for c in topic_cells}
    keys = sorted({(c.domain, c.split) for c in topic_cells if c.system == system})
    out = []
    for d, t in keys:
        ours = by[(system, d, t)]
        refs = [by[(r, d, t)] for r in LOADED_REFERENCES if (r, d, t) in by]
        best = max(refs, key=lambda c: c.f1)
        if best.f1 >= ours.f1:
            out.append(f"{d} / {t}{' (final)' if t in FINAL_TOPICS else ''}: {best.system} "
                       f"{best.f1:.3f} vs {ours.f1:.3f} ({ours.n_items} sentences)")
    return len(keys), out


def summary_lines(res: Mapping[str, Any], hedge_cells: Sequence[Cell]) -> List[str]:
    """The figures the issue asks for: worst domain before and after, acceptance."""
    cells = res["cells"]
    folds = [f"fold{f}" for f in range(N_FOLDS)]
    lines = []
    for label, splits in (("topic folds (tuning topics)", folds), ("final split", ["final"])):
        old, new = _worst(cells, "loaded 1.1", splits), _worst(cells, "loaded", splits)
        if old is None or new is None:
            continue
        model = _worst(cells, "context model", splits)
        lines.append(f"* Worst domain, {label}: loaded 1.1 {old.f1:.3f} ({old.domain}"
                     f"{'' if len(splits) == 1 else ' ' + old.split}) -> loaded "
                     f"{new.f1:.3f} ({new.domain}{'' if len(splits) == 1 else ' ' + new.split})"
                     + (f"; context model {model.f1:.3f} ({model.domain}"
                        f"{'' if len(splits) == 1 else ' ' + model.split})" if model else "")
                     + ".")
    macro_old = np.mean([c.f1 for c in cells if c.system == "loaded 1.1" and c.split in folds])
    macro_new = np.mean([c.f1 for c in cells if c.system == "loaded" and c.split in folds])
    lines.append(f"* Macro F1 over the 12 topic-held-out domain × fold cells: loaded 1.1 "
                 f"{macro_old:.3f} -> loaded {macro_new:.3f} (the lexicon's curation saw these "
                 "topics; the final split is the out-of-sample figure).")
    fin = {s: [c.f1 for c in cells if c.system == s and c.split == "final"]
           for s in ("loaded 1.1", "loaded", "context model")}
    if all(fin.values()):
        lines.append(f"* Macro F1 on the final split (3 domains, never tuned on): loaded 1.1 "
                     f"{np.mean(fin['loaded 1.1']):.3f} -> loaded {np.mean(fin['loaded']):.3f}; "
                     f"context model {np.mean(fin['context model']):.3f}.")
    n, losses = acceptance(cells)
    bad = {x.split(":")[0] for x in losses}
    lines.append(f"* The default loaded measure beats every reference list in {n - len(bad)} of "
                 f"{n} domain × split cells.")
    n_t, t_losses = topic_losses(res["topic_cells"])
    lines.append(f"* Per topic: in {n_t - len(t_losses)} of {n_t} domain × topic cells"
                 + (". Not in: " + "; ".join(t_losses) + "." if t_losses else "."))
    hmain = [c for c in hedge_cells if c.split == "all"]
    if hmain:
        w = {s: min((c for c in hmain if c.system == s), key=lambda c: c.f1)
             for s in ["hedges"] + list(HEDGE_REFERENCES)}
        lines.append("* Hedges, worst corpus: " + "; ".join(
            f"{s} {c.f1:.3f} ({c.domain})" for s, c in w.items()) + ".")
    return lines


def write_report(out: Path, res: Mapping[str, Any], hedge_cells: Sequence[Cell],
                 ev_rows: Sequence[Mapping[str, Any]], args: argparse.Namespace) -> None:
    import shlex

    cells = res["cells"]
    by = {(c.system, c.domain, c.split): c for c in cells}
    folds = [f"fold{f}" for f in range(N_FOLDS)]
    ours = [s for s in res["systems"] if s not in LOADED_REFERENCES]
    has_final = any(c.split == "final" for c in cells)
    ld = res["ld"]
    fold_topics = {f: sorted(t for t, k in ld.folds.items() if k == f) for f in range(N_FOLDS)}
    cmd = "python experiments/generalisation.py" + "".join(
        f" {shlex.quote(a)}" for a in (sys.argv[1:] if args is not None else []))
    thr, min_hits = res["rule"]
    L: List[str] = []
    L.append("# Loaded language and hedging across corpora and topics")
    L.append("")
    L.append("Generated by `experiments/generalisation.py` (issue 13); do not edit by hand. "
             "Command:\n\n```\n" + cmd + "\n```\n")
    L.append("Lexicons: " + "; ".join(_lexicon_ids()) + ". Bootstrap: "
             f"{args.n_boot} resamples of source articles (BioScope/SFU: documents; CoNLL: "
             f"sentences), seed {args.seed}; percentile 95% CIs.")
    L.append("")
    L.append("## In short")
    L.append("")
    L.extend(summary_lines(res, hedge_cells))
    L.append("")
    L.append("## Protocol")
    L.append("")
    L.append("* **Domains.** Three gold annotations of biased words: BABE train_SG2 (experts; "
             "2,892 sentences), MBIC (crowd; 1,328 sentences) and SG1 (experts relabelling the "
             "MBIC sentences). They share text (MBIC's sentences are SG1's, and 1,325 of them "
             "are in BABE train_SG2); they differ in who annotated and how.")
    L.append(f"* **Final split (untouched).** The topics {', '.join(FINAL_TOPICS)} in every "
             "domain, drawn once with a fixed seed before any tuning (`draw_final_topics`). "
             "Nothing was tuned on them; their figures are computed only with `--final`, run "
             "once after loaded 1.2 was frozen." + ("" if has_final else
                                                     " **This run does not show them.**"))
    L.append("* **Topic folds.** The other topics form 4 folds: " + "; ".join(
        f"fold{f}: {', '.join(ts)}" for f, ts in fold_topics.items()) + ". What is fitted is "
        "fitted on the other folds: the core rule (`loaded core, selected per fold`: entry "
        "evidence counted on the other folds, entries below the precision threshold left "
        "out) and the context model (trained on BABE train_SG2 sentences of the other folds).")
    L.append("* **Caveat.** The bundled lexicon was curated looking at misses and false "
             "positives on the tuning topics, and its core/extended split used evidence from "
             "all tuning topics; its fold figures are therefore not held out. The held-out "
             "figures are the `selected per fold` and `context model` rows and the final "
             "split.")
    L.append("* **Metric.** Token P/R/F1: a word token is positive when it overlaps an "
             "annotated word (every occurrence of an annotated word in its sentence counts). "
             "The reference lists are matched by framing's matcher on the same sentences.")
    L.append("")
    L.append("## Loaded language: F1 per domain and topic fold")
    L.append("")
    header = ["system"] + [f"{d} {f}" for d in DOMAINS for f in folds]
    rows = []
    for sname in ours + list(LOADED_REFERENCES):
        rows.append([sname] + [(f"{by[(sname, d, f)].f1:.3f}" if (sname, d, f) in by else "–")
                               for d in DOMAINS for f in folds])
    L.append(_table(header, rows))
    L.append("")
    L.append("Summary over the 12 domain × fold cells, and the final split:")
    L.append("")
    rows = []
    for sname in ours + list(LOADED_REFERENCES):
        f1s = [by[(sname, d, f)].f1 for d in DOMAINS for f in folds if (sname, d, f) in by]
        worst = min(((by[(sname, d, f)].f1, f"{d} {f}") for d in DOMAINS for f in folds
                     if (sname, d, f) in by), default=None)
        fin = [by[(sname, d, "final")] for d in DOMAINS if (sname, d, "final") in by]
        rows.append([sname, f"{np.mean(f1s):.3f}" if f1s else "–",
                     f"{worst[0]:.3f} ({worst[1]})" if worst else "–"]
                    + [_ci(by.get((sname, d, "final"))) for d in DOMAINS]
                    + [f"{np.mean([c.f1 for c in fin]):.3f}" if fin else "–",
                       f"{min(c.f1 for c in fin):.3f}" if fin else "–"])
    L.append(_table(["system", "macro F1 (folds)", "worst cell"]
                    + [f"final: {d}" for d in DOMAINS] + ["final macro", "final worst"], rows))
    L.append("")
    n, losses = acceptance(cells)
    L.append(f"**Acceptance:** the default loaded measure (`loaded`) beats every reference "
             f"list in {n - len({x.split(':')[0] for x in losses})} of {n} domain × split cells"
             + (": all." if not losses else "; not in: " + "; ".join(losses) + "."))
    L.append("")
    L.append("F1 with 95% CIs, the main systems and the best reference list of each cell "
             "(all systems in `generalisation_loaded.csv`):")
    L.append("")
    rows = []
    splits = folds + ["tuning"] + (["final"] if has_final else [])
    for d in DOMAINS:
        for f in splits:
            refs = [by[(r, d, f)] for r in LOADED_REFERENCES if (r, d, f) in by]
            best = max(refs, key=lambda c: c.f1) if refs else None
            rows.append([d, f] + [_ci(by.get((s, d, f))) for s in ours]
                        + [f"{best.system} {_ci(best)}" if best else "–"])
    L.append(_table(["domain", "split"] + ours + ["best reference"], rows))
    L.append("")
    L.append(f"**Core rule** (chosen by the worst topic-held-out domain × fold F1 over the "
             f"grid in `generalisation_core_rule.csv`): an entry stays in the core unless it "
             f"has at least {min_hits} hits in the tuning data and a precision below {thr}.")
    L.append("")
    # per topic
    tc = res["topic_cells"]
    tby = {(c.system, c.domain, c.split): c for c in tc}
    topics = sorted({c.split for c in tc})
    rows = []
    for t in topics:
        for d in DOMAINS:
            c = tby.get(("loaded", d, t))
            if c is None:
                continue
            refs = [tby[(r, d, t)] for r in LOADED_REFERENCES if (r, d, t) in tby]
            best = max(refs, key=lambda x: x.f1)
            base = tby.get(("loaded 1.1", d, t))
            tag = " (final)" if t in FINAL_TOPICS else ""
            rows.append([t + tag, d, c.n_items, _ci(base), _ci(c), f"{best.system} {_ci(best)}"])
    L.append("## Loaded language per topic")
    L.append("")
    L.append(_table(["topic", "domain", "sentences", "loaded 1.1", "loaded", "best reference"],
                    rows))
    L.append("")
    # hedges
    hby = {(c.system, c.domain, c.split): c for c in hedge_cells}
    hsys = ["hedges"] + list(HEDGE_REFERENCES)
    L.append("## Hedging across corpora")
    L.append("")
    L.append("The `hedge` layer of the hedges lexicon and the reference hedge lists, matched "
             "alike. Speculation cues, token P/R/F1 (BioScope, SFU Review); CoNLL-2010 "
             "Wikipedia train: sentence P/R/F1 (a sentence is uncertain when a list matches "
             "in it; the full uncertainty decision of framing, with vague attributions, is in "
             "`README.md` section 2). F1 [95% CI]:")
    L.append("")
    rows = []
    corpora = sorted({(c.domain, c.split) for c in hedge_cells},
                     key=lambda x: (x[0], x[1] != "all", x[1]))
    for corpus, split in corpora:
        rows.append([corpus if split == "all" else f"{corpus}: {split}"]
                    + [_ci(hby.get((s, corpus, split))) for s in hsys])
    main_c = [(c, s) for c, s in corpora if s == "all"]
    rows.append(["**macro (4 corpora)**"] + [
        f"{np.mean([hby[(s, c, 'all')].f1 for c, _ in main_c]):.3f}" for s in hsys])
    rows.append(["**worst corpus**"] + [
        "{:.3f} ({})".format(*min((hby[(s, c, 'all')].f1, c) for c, _ in main_c))
        for s in hsys])
    L.append(_table(["corpus"] + hsys, rows))
    L.append("")
    # entries
    n_ev = sum(1 for r in ev_rows if r["hits"])
    L.append("## Entry evidence")
    L.append("")
    L.append(f"`generalisation_entries.csv`: every entry of the loaded lexicons with its hits "
             f"and annotated hits per domain (tuning topics only), {n_ev} of {len(ev_rows)} "
             "entries with at least one hit. The same pooled figures are the `evidence=` "
             "options in the lexicon files (`framing lexicon show loaded`).")
    L.append("")
    (out / "generalisation.md").write_text("\n".join(L) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- main


def _write_csv(path: Path, rows: Sequence[Mapping[str, Any]]) -> None:
    import pandas as pd

    pd.DataFrame(list(rows)).to_csv(path, index=False, lineterminator="\n")


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-model", action="store_true", help="skip the context model")
    ap.add_argument("--final", action="store_true",
                    help="also score the final split (do this once, after tuning)")
    ap.add_argument("--write-evidence", action="store_true",
                    help="rewrite evidence= of lexicons/loaded.lex and loaded_extended.lex")
    args = ap.parse_args(argv)
    if not (args.data / "babe" / "train_SG2.csv").exists():
        print(f"generalisation: no shared data in {args.data}", file=sys.stderr)
        return 2
    t0 = time.time()
    if args.write_evidence:
        from framing.lexicon import load_lexicon

        for name in ("loaded", "loaded_extended"):
            path = ROOT / "lexicons" / f"{name}.lex"
            if path.exists():
                rows = evidence_table(args.data, [load_lexicon(str(path))])
                log(f"{path.relative_to(ROOT)}: {write_evidence(path, rows)} entries updated")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    log("loaded language")
    res = evaluate_loaded(args.data, args.n_boot, args.seed, args.final, not args.no_model)
    _write_csv(args.out / "generalisation_loaded.csv", [c.row() for c in res["cells"]])
    _write_csv(args.out / "generalisation_topics.csv", [c.row() for c in res["topic_cells"]])
    _write_csv(args.out / "generalisation_core_rule.csv", res["grid"])
    log("entry evidence")
    lexs = list(bundled_loaded().values())
    ev_rows = evidence_table(args.data, lexs)
    _write_csv(args.out / "generalisation_entries.csv", ev_rows)
    log("hedges")
    hedge_cells = evaluate_hedges(args.data, args.n_boot, args.seed)
    _write_csv(args.out / "generalisation_hedges.csv", [c.row() for c in hedge_cells])
    write_report(args.out, res, hedge_cells, ev_rows, args)
    log(f"done in {time.time() - t0:.0f} s; wrote {args.out / 'generalisation.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
