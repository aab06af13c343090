"""Evaluate framing's analyzers against human annotation and against published word lists.

Usage (from the project root)::

    python experiments/evaluate_analyzers.py [--data ../shared/data] [--out reports/evaluation]
                                             [--n-boot 1000] [--seed 0]

Writes ``OUT/README.md`` (the report), ``OUT/*.csv`` (every table), ``OUT/*.png`` (charts) and
``OUT/signature.txt``. Every figure has a percentile bootstrap 95% CI that resamples documents
(PolNeAR articles, BABE/MBIC source articles, BioScope documents, SFU reviews; CoNLL-2010 has no
document ids, so its sentences are the units). Same data and seed: byte-identical CSV tables.

Evaluations
    * PolNeAR (Newell et al. 2018) dev and train: token-level P/R/F1 of attribution source, cue
      and content; relation-level matching. Also the trained attribution tagger
      (framing.learn.attribution_tagger), trained on train and scored on dev (skip: --no-tagger).
    * CoNLL-2010 Wikipedia (Farkas et al. 2010) train: sentence-level uncertainty.
    * BABE (Spinde et al. 2021) train_SG2: token-level F1 of the ``loaded`` layer against the
      annotated biased words; sentence-level agreement with the bias labels. MBIC as a check.
    * MBIC articles: Spearman correlation of our per-article loaded density with the annotated
      biased-word density.
    * BioScope (Vincze et al. 2008) and SFU Review (Konstantinova et al. 2012) speculation
      cues: token- and span-level P/R/F1.
    * The same metrics for published reference lists used as lexicons (Hyland 2005 hedges,
      Islam et al. 2020 hedges, Riloff & Wiebe 2003 strong subjectives, Recasens et al. 2013
      bias lexicon and report verbs), read at run time with framing.lexicon.convert.

The data sets are not part of the project; see ../shared/data/README.md.
"""
from __future__ import annotations

import argparse
import hashlib
import platform
import re
import shlex
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "reports" / "evaluation"

#: Targets of issue 3 (on the shared data).
TARGETS = {
    "polnear_cue": 0.80, "polnear_source": 0.70, "polnear_content": 0.60,
    "conll_sentence": 0.60, "babe_token": 0.35,
}

#: Reference lists (../shared/data/lexicons) and how they are read: path, importer options,
#: the task they are compared on. Read at run time; no word is copied into our lexicons.
REFERENCE_LISTS = {
    "hyland2005": ("recasens2013_npov_lexicons/hedges_hyland2005.txt",
                   {"layer": "hedge"}, "Hyland (2005) hedges, as distributed by Recasens et al. (2013)"),
    "islam2020_hedges": ("hedging_islam2020/hedge_words.txt", {"layer": "hedge"},
                         "Islam, Xiao & Mercer (2020) hedge words"),
    "islam2020_boosters": ("hedging_islam2020/booster_words.txt", {"layer": "booster"},
                           "Islam, Xiao & Mercer (2020) booster words"),
    "riloff2003_strong": ("recasens2013_npov_lexicons/strong_subjectives_riloff2003.txt",
                          {"layer": "loaded"}, "Riloff & Wiebe (2003) strong subjectives"),
    "recasens2013_bias": ("recasens2013_npov_lexicons/npov_lexicon.txt", {"layer": "loaded"},
                          "Recasens et al. (2013) bias lexicon (NPOV edits)"),
    "report_verbs": ("recasens2013_npov_lexicons/report_verbs.txt",
                     {"layer": "cue", "inflect": "verb"},
                     "Recasens et al. (2013) report verbs (lemmas, regular inflections added)"),
}

HEDGE_REFS = ("hyland2005", "islam2020_hedges")
LOADED_REFS = ("riloff2003_strong", "recasens2013_bias")

CITATIONS = {
    "newell2018": "Newell, E., Margolin, D., & Ruths, D. (2018). An attribution relations corpus for political news. LREC 2018.",
    "farkas2010": "Farkas, R., Vincze, V., Móra, G., Csirik, J., & Szarvas, G. (2010). The CoNLL-2010 shared task: Learning to detect hedges and their scope in natural language text. CoNLL 2010 Shared Task, 1-12.",
    "spinde2021babe": "Spinde, T., Plank, M., Krieger, J.-D., Ruas, T., Gipp, B., & Aizawa, A. (2021). Neural media bias detection using distant supervision with BABE. Findings of EMNLP 2021.",
    "spinde2021mbic": "Spinde, T., Rudnitckaia, L., Sinha, K., Hamborg, F., Gipp, B., & Donnay, K. (2021). MBIC - A media bias annotation dataset including annotator characteristics. iConference 2021.",
    "spinde2021words": "Spinde, T., Rudnitckaia, L., Mitrović, J., Hamborg, F., Granitzer, M., Gipp, B., & Donnay, K. (2021). Automated identification of bias inducing words in news articles using linguistic and context-oriented features. Information Processing & Management, 58(3).",
    "vincze2008": "Vincze, V., Szarvas, G., Farkas, R., Móra, G., & Csirik, J. (2008). The BioScope corpus: biomedical texts annotated for uncertainty, negation and their scopes. BMC Bioinformatics, 9(Suppl 11), S9.",
    "konstantinova2012": "Konstantinova, N., de Sousa, S. C. M., Díaz, N. P. C., López, M. J. M., Taboada, M., & Mitkov, R. (2012). A review corpus annotated for negation, speculation and their scope. LREC 2012.",
    "hyland2005": "Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing. Continuum.",
    "islam2020": "Islam, J., Xiao, L., & Mercer, R. E. (2020). A lexicon-based approach for detecting hedges in informal text. LREC 2020.",
    "riloff2003": "Riloff, E., & Wiebe, J. (2003). Learning extraction patterns for subjective expressions. EMNLP 2003.",
    "recasens2013": "Recasens, M., Danescu-Niculescu-Mizil, C., & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. ACL 2013.",
    "monroe2008": "Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words: Lexical feature selection and evaluation for identifying the content of political conflict. Political Analysis, 16(4), 372-403.",
    "efron1993": "Efron, B., & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. Chapman & Hall.",
}


#: Closed-class words left out of the lists of missed biased words in the report (annotators
#: often marked a whole phrase such as "their own", whose function words then count as missed).
_FUNCTION_WORDS = frozenset(
    "their there these those with from that this have were they them what when which while "
    "about into over also been more than then your down away again even some such only "
    "the of to a an on and in his her its out up for at by as is be it or he she we".split())


def _content(counter: Counter) -> Counter:
    """The counter without closed-class words (for lists of missed annotated words)."""
    return Counter({k: v for k, v in counter.items() if k not in _FUNCTION_WORDS})


# ----------------------------------------------------------------------------- utilities


def log(msg: str) -> None:
    print(msg, flush=True)


@dataclass
class Row:
    """One line of the results table."""

    task: str
    dataset: str
    split: str
    system: str
    subset: str
    unit: str
    metric: str
    estimate: float
    low: float
    high: float
    n_units: int
    tp: int
    fp: int
    fn: int

    def as_dict(self) -> Dict[str, Any]:
        return dict(self.__dict__)


def prf_rows(counts: np.ndarray, n_boot: int, seed: int, base: Dict[str, Any], unit: str,
             names: Optional[Sequence[str]] = None) -> List[Row]:
    """P/R/F1 rows with bootstrap CIs from per-unit counts.

    ``counts`` has shape ``(n, 3)`` (one label; metrics ``precision``, ``recall``, ``f1``) or
    ``(n, k, 3)`` with ``names`` giving the k labels (metrics ``<name>_precision``, ...).
    """
    from framing.evaluation import metric_ci

    counts = np.asarray(counts)
    res = metric_ci(counts, n_resamples=n_boot, seed=seed)
    tot = np.atleast_2d(counts.sum(axis=0))
    est, lo, hi = (np.atleast_2d(x) for x in (res.estimate, res.low, res.high))
    labels = list(names) if names is not None else [None]
    rows = []
    for k, name in enumerate(labels):
        for m, metric in enumerate(("precision", "recall", "f1")):
            rows.append(Row(**base, unit=unit, metric=f"{name}_{metric}" if name else metric,
                            estimate=float(est[k, m]), low=float(lo[k, m]), high=float(hi[k, m]),
                            n_units=int(counts.shape[0]), tp=int(tot[k, 0]), fp=int(tot[k, 1]),
                            fn=int(tot[k, 2])))
    return rows


def group_counts(keys: Sequence[str], counts: Sequence[np.ndarray]) -> np.ndarray:
    """Sum per-sentence counts into per-document counts (documents in first-seen order)."""
    order: Dict[str, int] = {}
    for k in keys:
        order.setdefault(k, len(order))
    arr = np.asarray(counts)
    out = np.zeros((len(order),) + arr.shape[1:], dtype=np.int64)
    idx = np.array([order[k] for k in keys])
    np.add.at(out, idx, arr)
    return out


def kappa_from_counts(c: np.ndarray) -> np.ndarray:
    """Cohen's kappa from summed (tp, fp, fn, tn) counts; vectorised over leading axes."""
    c = np.asarray(c, dtype=float)
    tp, fp, fn, tn = c[..., 0], c[..., 1], c[..., 2], c[..., 3]
    n = tp + fp + fn + tn
    po = (tp + tn) / n
    pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
    with np.errstate(divide="ignore", invalid="ignore"):
        k = np.where(pe < 1, (po - pe) / (1 - pe), 1.0)
    return k[..., None]


def agreement_rows(pred: Sequence[int], gold: Sequence[int], keys: Sequence[str], n_boot: int,
                   seed: int, base: Dict[str, Any]) -> List[Row]:
    """Cohen's kappa (nltk; CI by bootstrap over documents) and Krippendorff's alpha (nltk)."""
    from framing.evaluation import cohen_kappa, krippendorff_alpha, metric_ci

    p, g = np.asarray(pred, bool), np.asarray(gold, bool)
    per = np.stack([p & g, p & ~g, ~p & g, ~p & ~g], axis=-1).astype(np.int64)
    per_doc = group_counts(keys, list(per))
    res = metric_ci(per_doc, kappa_from_counts, n_resamples=n_boot, seed=seed)
    kappa = cohen_kappa(list(p.astype(int)), list(g.astype(int)))
    alpha = krippendorff_alpha({"framing": list(p.astype(int)), "human": list(g.astype(int))})
    tot = per.sum(axis=0)
    common = dict(n_units=int(per_doc.shape[0]), tp=int(tot[0]), fp=int(tot[1]), fn=int(tot[2]))
    return [Row(**base, metric="cohen_kappa", estimate=kappa, low=float(res.low[0]),
                high=float(res.high[0]), **common),
            Row(**base, metric="krippendorff_alpha", estimate=alpha, low=float("nan"),
                high=float("nan"), **common)]


def spearman_ci(x: Sequence[float], y: Sequence[float], n_boot: int, seed: int
                ) -> Tuple[float, float, float, float]:
    """Spearman's rho, its p-value and a bootstrap CI over units
    (:func:`framing.study.stats.spearman_ci`)."""
    from framing.study.stats import spearman_ci as rho_ci

    return rho_ci(x, y, n_resamples=n_boot, seed=seed)


def take(items: Sequence[Any], limit: Optional[int]) -> List[Any]:
    """``limit`` evenly spaced items (all items when ``limit`` is None): a quick run keeps the
    mix of labels and documents (the CoNLL file, for one, is sorted by label)."""
    items = list(items)
    if not limit or limit >= len(items):
        return items
    step = len(items) / limit
    return [items[int(k * step)] for k in range(limit)]


def fmt(x: Any, nd: int = 3) -> str:
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return "–"
    if isinstance(x, (float, np.floating)):
        return f"{x:.{nd}f}"
    return str(x)


def md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(fmt(v) if not isinstance(v, str) else v for v in r) + " |")
    return "\n".join(lines)


def ci(est: float, lo: float, hi: float) -> str:
    return f"{est:.3f} [{lo:.3f}, {hi:.3f}]"


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----------------------------------------------------------------------------- systems


class Systems:
    """Our analyzer and the reference lexicons, built once."""

    def __init__(self, data: Path):
        from framing.lexicon import load_lexicon
        from framing.lexicon.convert import read_wordlist
        from framing.analyzer import Analyzer

        self.analyzer = Analyzer(readability=False, attribution_backend="rules")  # the rules
        self.model_analyzer = Analyzer(readability=False, attribution_backend="model")
        self.lexicons = {lx.name: lx for lx in self.analyzer.lexicons}
        hedges = self.lexicons["hedges"]
        self.hedge_matcher = _layer_matcher(hedges, {"hedge"})
        self.loaded_matcher = _layer_matcher(self.lexicons["loaded"], {"loaded"})
        att = load_lexicon("attribution")
        self.cue_list_matcher = _layer_matcher(att, {"cue"})
        self.refs = {}
        self.ref_info = {}
        for key, (rel, opts, label) in REFERENCE_LISTS.items():
            path = data / "lexicons" / rel
            lex = read_wordlist(path, name=key, **opts)
            self.refs[key] = lex
            self.ref_info[key] = {"label": label, "path": str(Path("lexicons") / rel),
                                  "entries": len(lex.entries), "sha256": lex.sha256,
                                  "import_notes": len(lex.meta["import"]["notes"])}


def _layer_matcher(lex: Any, layers: set) -> Any:
    from framing.lexicon import Matcher

    return Matcher([e for e in lex.entries if e.layer in layers])


def match_spans(matcher: Any, doc: Any) -> List[Tuple[int, int, str, str]]:
    """(start, end, category, surface) of every match of ``matcher`` in a
    :class:`framing.text.Doc` (the analyzer's own scan, :meth:`framing.lexicon.Matcher.find`)."""
    return [(s, e, entry.category, doc.text[s:e].lower()) for s, e, entry in matcher.find(doc)]


def is_vague(att: Any) -> bool:
    """A vague attribution: a vague-source type, or no source at all (impersonal cues such as
    "it is alleged that", whose source is left entirely unspecified)."""
    return att.source is None or att.source.label == "vague"


# ----------------------------------------------------------------------------- PolNeAR


def eval_polnear(data: Path, sysm: Systems, n_boot: int, seed: int, limit: Optional[int]
                 ) -> Tuple[List[Row], Dict[str, Any]]:
    from framing.evaluation import (POLNEAR_ROLES, read_polnear, relation_counts,
                                    token_counts, token_counts_by_label)
    from framing.text import segment

    rows: List[Row] = []
    extra: Dict[str, Any] = {"human": {}, "n_docs": {}, "examples": {}}
    for split in ("dev", "train"):
        docs = read_polnear(data / "polnear" / split)
        docs = take(docs, limit)
        extra["n_docs"][split] = len(docs)
        log(f"  PolNeAR {split}: {len(docs)} articles")
        tok = {"author": [], "all": []}
        rel = {"author": [], "all": []}
        cue_lists = {"report_verbs": [], "attribution_lex_cues": []}
        cue_fn: Counter = Counter()
        cue_fp: Counter = Counter()
        for d in docs:
            a = sysm.analyzer.analyze(d.text)
            gold = d.role_spans()
            for subset in ("author", "all"):
                atts = [x for x in a.attributions if subset == "all" or x.voice == "author"]
                pred = {"source": [x.source for x in atts if x.source is not None],
                        "cue": [x.cue for x in atts],
                        "content": [x.content for x in atts if x.content is not None]}
                tok[subset].append(token_counts_by_label(d.text, pred, gold, POLNEAR_ROLES))
                rel[subset].append(relation_counts(d.text, atts, d.attributions))
            if split == "dev":
                atts = [x for x in a.attributions if x.voice == "author"]
                pc = [(x.cue.start, x.cue.end) for x in atts]
                for s, e in pc:
                    if not any(gs < e and s < ge for gs, ge in gold["cue"]):
                        cue_fp[d.text[s:e].lower()] += 1
                for gs, ge in gold["cue"]:
                    if not any(gs < e and s < ge for s, e in pc) and \
                            re.search(r"\w", d.text[gs:ge]):
                        cue_fn[d.text[gs:ge].lower()] += 1
            doc = segment(d.text)
            for name, matcher in (("report_verbs", _ref_matcher(sysm, "report_verbs")),
                                  ("attribution_lex_cues", sysm.cue_list_matcher)):
                sp = [(s, e) for s, e, _, _ in match_spans(matcher, doc)]
                cue_lists[name].append(token_counts(d.text, sp, gold["cue"]))
        for subset in ("author", "all"):
            base = dict(task="attribution", dataset="PolNeAR", split=split, system="framing",
                        subset=subset)
            rows += prf_rows(np.array(tok[subset]), n_boot, seed, base, "token", POLNEAR_ROLES)
            rows += prf_rows(np.array(rel[subset]), n_boot, seed, base, "relation",
                             ["relation", "matched_source", "matched_cue", "matched_content"])
        for name, counts in cue_lists.items():
            base = dict(task="attribution", dataset="PolNeAR", split=split, system=name,
                        subset="cue list")
            rows += prf_rows(np.array(counts), n_boot, seed, base, "token", ["cue"])
        if split == "dev":
            extra["examples"]["cue_fn"] = cue_fn.most_common(15)
            extra["examples"]["cue_fp"] = cue_fp.most_common(15)
    # human agreement on the articles annotated by several annotators (train + dev)
    hum = []
    n_art = 0
    for split in ("dev", "train"):
        for d in read_polnear(data / "polnear" / split):
            anns = sorted(d.annotations)
            if len(anns) < 2:
                continue
            n_art += 1
            a0, a1 = d.annotations[anns[0]], d.annotations[anns[1]]
            spans = [{r: [s for x in atts for s in getattr(x, r)] for r in POLNEAR_ROLES}
                     for atts in (a0, a1)]
            hum.append(token_counts_by_label(d.text, spans[0], spans[1], POLNEAR_ROLES))
    if hum:
        base = dict(task="attribution", dataset="PolNeAR", split="train+dev agreement articles",
                    system="annotator A vs B", subset="human")
        rows += prf_rows(np.array(hum), n_boot, seed, base, "token", POLNEAR_ROLES)
        extra["human"]["n_articles"] = n_art
    return rows, extra


#: Issue 11's targets for the bundled tagger (PolNeAR dev token F1).
TAGGER_TARGETS = {"cue": 0.70, "source": 0.78, "content": 0.88}
#: System name of the bundled tagger in the results table.
TAGGER_SYSTEM = "framing tagger (bundled, trained on PolNeAR train)"


def eval_polnear_tagger(data: Path, n_boot: int, seed: int, limit: Optional[int]
                        ) -> Tuple[List[Row], Dict[str, Any]]:
    """Score the attribution tagger shipped with framing (``--attribution model``) on dev.

    The tagger was trained on the PolNeAR train split only, by
    ``experiments/train_attribution_model.py`` (hyperparameters and decision offsets chosen by
    document-grouped cross-validation inside train); dev labels are read here only to score
    its predictions. Its out-of-fold train figures come from the model file.
    """
    from importlib.resources import as_file, files

    from framing.learn.attribution_tagger import BUNDLED_TAGGER, load_tagger
    from framing.evaluation import (POLNEAR_ROLES, read_polnear, relation_counts,
                                    token_counts_by_label)

    dev = take(read_polnear(data / "polnear" / "dev"), limit)
    t0 = time.time()
    with as_file(files("framing.data") / BUNDLED_TAGGER) as path:
        tagger = load_tagger(path)  # not the process cache: the load time is reported
    tagger.weights  # the dense table is built on first use
    load_seconds = time.time() - t0
    rows: List[Row] = []
    t0 = time.time()
    tok, rel = [], []
    for d in dev:
        spans = tagger.predict_spans(d.text)
        tok.append(token_counts_by_label(d.text, spans, d.role_spans(), POLNEAR_ROLES))
        rel.append(relation_counts(d.text, tagger.predict_relations(d.text, spans),
                                   d.attributions))
    predict_seconds = time.time() - t0
    base = dict(task="attribution", dataset="PolNeAR", split="dev", system=TAGGER_SYSTEM,
                subset="held out")
    rows += prf_rows(np.array(tok), n_boot, seed, base, "token", POLNEAR_ROLES)
    rows += prf_rows(np.array(rel), n_boot, seed, base, "relation",
                     ["relation", "matched_source", "matched_cue", "matched_content"])
    cv = tagger.cv_results_
    extra = {"model": tagger.id, "load_seconds": load_seconds, "predict_seconds": predict_seconds,
             "train_seconds": tagger.fit_seconds_, "n_train": cv.get("n_docs"),
             "n_dev": len(dev), "alpha": tagger.alpha_, "alpha2": tagger.alpha2_,
             "n_features": tagger.n_features_, "folds": cv.get("folds"),
             "offsets": cv.get("offsets", {}), "oof_f1": cv.get("oof_f1", {})}
    return rows, extra


# ------------------------------------------------------------ source types and cue stances

#: The hand labels of issue 11 (experiments/annotation).
LABELS = Path(__file__).resolve().parent / "annotation" / "polnear_dev_labels.tsv"
SECOND = Path(__file__).resolve().parent / "annotation" / "polnear_dev_labels_second.tsv"
#: The hand-labelled stance categories that the contract's stance folds into "neutral".
NEUTRAL_CATEGORIES = ("cognition", "position")


def _spans(value: str) -> List[Tuple[int, int]]:
    return [tuple(map(int, p.split("-"))) for p in value.split(";") if p]


def confusion_scores(C: np.ndarray) -> np.ndarray:
    """Accuracy, Cohen's kappa and each label's F1 from confusion matrices ``(..., K, K)``
    (predicted × gold; broadcasts over leading axes, as :func:`metric_ci` needs)."""
    C = np.asarray(C, dtype=float)
    n = C.sum(axis=(-2, -1))
    diag = np.diagonal(C, axis1=-2, axis2=-1)
    pred, gold = C.sum(axis=-1), C.sum(axis=-2)
    with np.errstate(divide="ignore", invalid="ignore"):
        po = diag.sum(axis=-1) / n
        pe = (pred * gold).sum(axis=-1) / (n * n)
        kappa = np.where(pe < 1, (po - pe) / (1 - pe), 1.0)
        f1 = 2 * diag / (pred + gold)
    return np.concatenate([po[..., None], kappa[..., None], f1], axis=-1)


def label_rows(pred: Sequence[str], gold: Sequence[str], n_boot: int, seed: int,
               base: Dict[str, Any]) -> List[Row]:
    """Accuracy and Cohen's kappa of ``pred`` against ``gold``, and each label's F1, with
    bootstrap CIs over items (:func:`framing.evaluation.metric_ci` on per-item confusion
    matrices)."""
    from framing.evaluation import metric_ci

    labels = sorted(set(gold) | set(pred))
    index = {label: k for k, label in enumerate(labels)}
    per_item = np.zeros((len(gold), len(labels), len(labels)), dtype=np.int64)
    for i, (p, g) in enumerate(zip(pred, gold)):
        per_item[i, index[p], index[g]] = 1
    ci = metric_ci(per_item, confusion_scores, n_resamples=n_boot, seed=seed)
    est, lo, hi = (np.asarray(x, dtype=float) for x in (ci.estimate, ci.low, ci.high))
    n = len(gold)
    rows = [Row(**base, unit="attribution", metric=m, estimate=est[k], low=lo[k], high=hi[k],
                n_units=n, tp=0, fp=0, fn=0) for k, m in enumerate(("accuracy", "cohen_kappa"))]
    C = per_item.sum(axis=0)
    for k, label in enumerate(labels):
        tp = int(C[k, k])
        rows.append(Row(**base, unit="attribution", metric=f"{label}_f1", estimate=est[2 + k],
                        low=lo[2 + k], high=hi[2 + k], n_units=n, tp=tp,
                        fp=int(C[k].sum()) - tp, fn=int(C[:, k].sum()) - tp))
    return rows


def eval_types_stances(data: Path, sysm: Systems, n_boot: int, seed: int,
                       limit: Optional[int] = None) -> Tuple[List[Row], Dict[str, Any]]:
    """framing's source types and cue stances on 300 hand-labelled PolNeAR dev attributions.

    The labels (``experiments/annotation``) were made from the text alone, following
    ``GUIDELINES.md``, before framing's output was looked at. framing labels the *gold* spans
    (its typing layer, as it labels the spans of either backend). The contract's stance folds
    the hand categories cognition and position into neutral (as the attribution lexicon does);
    the seven-category agreement is reported too. 60 items were labelled twice, independently.
    """
    import csv as _csv

    from framing.attribution import AttributionExtractor
    from framing.evaluation import read_polnear
    from framing.text import Doc

    if not LABELS.is_file():
        return [], {}
    ex = AttributionExtractor(sysm.analyzer.settings.attribution)
    docs = {d.id: d for d in read_polnear(data / "polnear" / "dev")}
    items = list(_csv.DictReader(open(LABELS, encoding="utf-8"), delimiter="\t"))
    types_p, types_g, st_p, st_g, cat_p, cat_g = [], [], [], [], [], []
    for r in items:
        d = docs[r["doc"]]
        doc = Doc(d.text)
        src = _spans(r["source"])
        if src:
            types_p.append(ex._span_type(doc, min(s for s, _ in src), max(e for _, e in src)))
        else:
            types_p.append("none")
        types_g.append(r["source_type"])
        cue = _spans(r["cue"])
        cat, stance = ex._cue_category(doc, min(s for s, _ in cue), max(e for _, e in cue))
        st_p.append(stance)
        st_g.append("neutral" if r["stance"] in NEUTRAL_CATEGORIES else r["stance"])
        cat_p.append(cat or "neutral")  # the lexicon category (neutral when none matches)
        cat_g.append(r["stance"])
    base = dict(task="source type and stance", dataset="PolNeAR", split="dev (300 hand-labelled)",
                system="framing")
    rows = label_rows(types_p, types_g, n_boot, seed, dict(base, subset="source type"))
    rows += label_rows(st_p, st_g, n_boot, seed, dict(base, subset="cue stance"))
    rows += label_rows(cat_p, cat_g, n_boot, seed, dict(base, subset="cue category (7)"))
    extra: Dict[str, Any] = {"n": len(items),
                             "unknown_share_sample": types_p.count("unknown") / len(types_p)}
    if SECOND.is_file():
        first = {r["item"]: r for r in items}
        sec = list(_csv.DictReader(open(SECOND, encoding="utf-8"), delimiter="\t"))
        hb = dict(base, system="annotator 1 vs 2")
        rows += label_rows([first[r["item"]]["source_type"] for r in sec],
                           [r["source_type"] for r in sec], n_boot, seed,
                           dict(hb, subset="source type"))
        rows += label_rows([first[r["item"]]["stance"] for r in sec],
                           [r["stance"] for r in sec], n_boot, seed,
                           dict(hb, subset="cue category (7)"))
        extra["n_double"] = len(sec)
    # the unknown share of every source framing finds on PolNeAR dev, by backend
    for backend, analyzer in (("rules", sysm.analyzer), ("model", sysm.model_analyzer)):
        types = [a.source_type for d in take(list(docs.values()), limit)
                 for a in analyzer.analyze(d.text).attributions
                 if a.source is not None and a.voice == "author"]
        extra[f"unknown_share_dev_{backend}"] = types.count("unknown") / max(len(types), 1)
        extra[f"type_counts_dev_{backend}"] = dict(Counter(types))
    return rows, extra


# ----------------------------------------------------------------------------- CoNLL


def eval_conll(data: Path, sysm: Systems, n_boot: int, seed: int, limit: Optional[int]
               ) -> Tuple[List[Row], Dict[str, Any]]:
    from framing.evaluation import read_conll_wiki, sentence_counts
    from framing.text import segment

    rows: List[Row] = []
    extra: Dict[str, Any] = {}
    for fname, split in (("train.csv", "train"), ("extra_balanced.csv", "extra_balanced")):
        sents = read_conll_wiki(data / "conll2010_wiki" / fname, unescape_ptb=True)
        sents = take(sents, limit)
        log(f"  CoNLL-2010 {split}: {len(sents)} sentences")
        gold = [s.label for s in sents]
        keys = [str(i) for i in range(len(sents))]
        preds: Dict[str, List[int]] = defaultdict(list)
        cue_stats: Dict[str, Counter] = {"tp": Counter(), "fp": Counter()}
        ref_stats = {k: {"tp": Counter(), "fp": Counter()} for k in HEDGE_REFS}
        # uncertain sentences one system catches and the other misses, by the cues that fire
        ref_only = {k: Counter() for k in HEDGE_REFS}
        ours_only = {k: Counter() for k in HEDGE_REFS}
        n_ref_only = Counter()
        n_ours_only = Counter()
        fn_examples: List[str] = []
        for s in sents:
            a = sysm.analyzer.analyze(s.text)
            hedge = [sp for sp in a.spans if sp.layer == "hedge"]
            vague = [x for x in a.attributions if is_vague(x)]
            preds["framing"].append(int(bool(hedge or vague)))
            preds["framing: hedges.lex only"].append(int(bool(hedge)))
            preds["framing: vague attributions only"].append(int(bool(vague)))
            preds["framing: hedges + approximators"].append(
                int(bool(hedge or vague or any(sp.layer == "approximator" for sp in a.spans))))
            keys_here = {f"{sp.category}: {sp.text.lower()}" for sp in hedge}
            keys_here |= {f"attribution: impersonal {x.cue.text.lower()}" if x.source is None
                          else f"attribution: vague source + {x.cue.text.lower()}" for x in vague}
            for k in keys_here:
                cue_stats["tp" if s.label else "fp"][k] += 1
            if s.label and not (hedge or vague) and len(fn_examples) < 12:
                fn_examples.append(s.text)
            doc = segment(s.text)
            for ref in HEDGE_REFS:
                hits = match_spans(_ref_matcher(sysm, ref), doc)
                preds[ref].append(int(bool(hits)))
                for k in {h[3] for h in hits}:
                    ref_stats[ref]["tp" if s.label else "fp"][k] += 1
                if s.label and hits and not (hedge or vague):
                    n_ref_only[ref] += 1
                    ref_only[ref].update({h[3] for h in hits})
                if s.label and not hits and (hedge or vague):
                    n_ours_only[ref] += 1
                    ours_only[ref].update(keys_here)
        for system, p in preds.items():
            base = dict(task="uncertainty", dataset="CoNLL-2010 Wikipedia", split=split,
                        system=system, subset="sentence")
            per = sentence_counts(p, gold, per_unit=True)
            rows.extend(prf_rows(per, n_boot, seed, base, "sentence"))
            if system in ("framing",) + HEDGE_REFS:
                rows.extend(agreement_rows(p, gold, keys, n_boot, seed,
                                           dict(task="uncertainty", dataset="CoNLL-2010 Wikipedia",
                                                split=split, system=system, subset="sentence",
                                                unit="sentence")))
        if split == "train":
            from framing.lexicon.suggest import suggest_entries

            extra["suggestions"] = suggest_entries(
                [x.text for x in sents], labels=gold, lexicon=sysm.lexicons["hedges"],
                ngram_range=(1, 2), min_count=5, top=100, exclude_covered=True)
            extra["cue_stats"] = cue_stats
            extra["ref_stats"] = ref_stats
            extra["ref_only"], extra["n_ref_only"] = ref_only, n_ref_only
            extra["ours_only"], extra["n_ours_only"] = ours_only, n_ours_only
            extra["fn_examples"] = fn_examples
            extra["n"] = len(sents)
            extra["n_pos"] = int(sum(gold))
    return rows, extra


def _ref_matcher(sysm: Systems, key: str) -> Any:
    cache = sysm.__dict__.setdefault("_ref_matchers", {})
    if key not in cache:
        cache[key] = sysm.refs[key].compile()
    return cache[key]


# ----------------------------------------------------------------------------- BABE / MBIC


def eval_babe(data: Path, sysm: Systems, n_boot: int, seed: int, limit: Optional[int]
              ) -> Tuple[List[Row], Dict[str, Any]]:
    from framing.evaluation import read_babe, read_mbic, token_counts
    from framing.text import segment

    rows: List[Row] = []
    extra: Dict[str, Any] = {}
    for dataset, split, reader, path in (
            ("BABE", "train_SG2", read_babe, data / "babe" / "train_SG2.csv"),
            ("MBIC", "all (check)", read_mbic, data / "mbic" / "MBIC.csv")):
        sents = reader(path)
        sents = take(sents, limit)
        log(f"  {dataset}: {len(sents)} sentences")
        systems = ("framing",) + LOADED_REFS
        counts = {k: [] for k in systems}
        keys = []
        biased_mask = []
        pred_sent = []
        term_stats = {k: {"tp": Counter(), "fp": Counter(), "fn": Counter()} for k in systems}
        cat_stats = {"tp": Counter(), "fp": Counter()}
        for i, s in enumerate(sents):
            gold = s.biased_spans()
            a = sysm.analyzer.analyze(s.text)
            ours = [(sp.start, sp.end, sp.category, sp.text.lower()) for sp in a.spans
                    if sp.layer == "loaded"]
            doc = segment(s.text)
            spans = {"framing": ours}
            for ref in LOADED_REFS:
                spans[ref] = match_spans(_ref_matcher(sysm, ref), doc)
            for k in systems:
                sp = [(x[0], x[1]) for x in spans[k]]
                counts[k].append(token_counts(s.text, sp, gold))
                for x in spans[k]:
                    hit = any(g0 < x[1] and x[0] < g1 for g0, g1 in gold)
                    term_stats[k]["tp" if hit else "fp"][x[3]] += 1
                    if k == "framing":
                        cat_stats["tp" if hit else "fp"][x[2]] += 1
                for g0, g1 in gold:
                    if not any(g0 < x[1] and x[0] < g1 for x in spans[k]):
                        term_stats[k]["fn"][s.text[g0:g1].lower()] += 1
            keys.append(s.news_link or f"row{i}")
            biased_mask.append(s.is_biased is True)
            pred_sent.append(int(bool(ours)))
        mask = np.array(biased_mask)
        for k in systems:
            arr = np.array(counts[k])
            for subset, sel in (("all sentences", np.ones(len(arr), bool)),
                                ("biased sentences", mask)):
                per_doc = group_counts([kk for kk, m in zip(keys, sel) if m], list(arr[sel]))
                base = dict(task="loaded", dataset=dataset, split=split, system=k, subset=subset)
                rows.extend(prf_rows(per_doc, n_boot, seed, base, "token"))
        # sentence level: a sentence is biased when it has a loaded span
        lab = [(p, int(s.is_biased), kk) for p, s, kk in zip(pred_sent, sents, keys)
               if s.is_biased is not None]
        from framing.evaluation import sentence_counts

        p_, g_, k_ = zip(*lab)
        per = group_counts(list(k_), list(sentence_counts(p_, g_, per_unit=True)))
        base = dict(task="bias (sentence)", dataset=dataset, split=split, system="framing",
                    subset="sentence: biased class")
        rows.extend(prf_rows(per, n_boot, seed, base, "sentence"))
        rows.extend(agreement_rows(list(p_), list(g_), list(k_), n_boot, seed,
                                   dict(task="bias (sentence)", dataset=dataset, split=split,
                                        system="framing", subset="sentence", unit="sentence")))
        if dataset == "BABE":
            from framing.lexicon.suggest import suggest_entries

            extra["suggestions"] = suggest_entries(
                [x.text for x in sents], spans=[x.biased_spans() for x in sents],
                lexicon=sysm.lexicons["loaded"], min_count=3, top=100, exclude_covered=True)
        extra[dataset] = {"term_stats": term_stats, "cat_stats": cat_stats,
                          "n_sentences": len(sents), "n_articles": len(set(keys)),
                          "n_gold_tokens": int(np.array(counts["framing"])[:, [0, 2]].sum())}
    return rows, extra


def eval_mbic_articles(data: Path, sysm: Systems, n_boot: int, seed: int, limit: Optional[int]
                       ) -> Tuple[List[Row], Dict[str, Any], Any]:
    import pandas as pd

    from framing.evaluation import mbic_articles, read_mbic, word_spans, token_counts

    sents = read_mbic(data / "mbic" / "MBIC.csv")
    arts = [a for a in mbic_articles(sents) if a.article_usable]
    arts = take(arts, limit)
    log(f"  MBIC articles: {len(arts)} usable articles")
    recs = []
    for a in arts:
        an = sysm.analyzer.analyze(a.article)
        n_ann_words = 0
        n_biased_tok = 0
        n_loaded_sent = 0
        for s in a.sentences:
            words = word_spans(s.text)
            n_ann_words += len(words)
            c = token_counts(s.text, s.biased_spans(), s.biased_spans())
            n_biased_tok += int(c[0])
            sa = sysm.analyzer.analyze(s.text)
            n_loaded_sent += sum(1 for sp in sa.spans if sp.layer == "loaded")
        recs.append({
            "article": a.key, "outlet": a.outlet, "topic": a.topic,
            "n_annotated_sentences": len(a.sentences), "article_words": an.n_tokens,
            "loaded_per_1k_article": an.scores["loaded_per_1k"],
            "loaded_author_per_1k_article": an.scores["loaded_author_per_1k"],
            "loaded_per_1k_annotated_sentences": 1000.0 * n_loaded_sent / n_ann_words if n_ann_words else np.nan,
            "biased_tokens_per_1k_annotated_sentences": 1000.0 * n_biased_tok / n_ann_words if n_ann_words else np.nan,
            "biased_word_density_module": a.biased_word_density,
            "bias_share": a.bias_share,
        })
    df = pd.DataFrame(recs)
    rows = []
    pairs = [
        ("article loaded density vs annotated biased-token density", "loaded_per_1k_article",
         "biased_tokens_per_1k_annotated_sentences", df.index == df.index),
        ("article loaded density vs annotated biased-token density (2+ annotated sentences)",
         "loaded_per_1k_article", "biased_tokens_per_1k_annotated_sentences",
         df["n_annotated_sentences"] >= 2),
        ("article author-voice loaded density vs annotated biased-token density",
         "loaded_author_per_1k_article", "biased_tokens_per_1k_annotated_sentences",
         df.index == df.index),
        ("article loaded density vs share of biased sentences", "loaded_per_1k_article",
         "bias_share", df["bias_share"].notna()),
        ("loaded density vs biased-token density on the annotated sentences",
         "loaded_per_1k_annotated_sentences", "biased_tokens_per_1k_annotated_sentences",
         df.index == df.index),
    ]
    extra = {"spearman": []}
    for label, xcol, ycol, sel in pairs:
        sub = df[sel & df[xcol].notna() & df[ycol].notna()]
        rho, pval, lo, hi = spearman_ci(sub[xcol], sub[ycol], n_boot, seed)
        rows.append(Row(task="articles vs sentences", dataset="MBIC", split="articles",
                        system="framing", subset=label, unit="article", metric="spearman_rho",
                        estimate=rho, low=lo, high=hi, n_units=len(sub), tp=0, fp=0, fn=0))
        extra["spearman"].append((label, rho, lo, hi, pval, len(sub)))
    return rows, extra, df


# ----------------------------------------------------------------------------- BioScope / SFU


def eval_speculation(data: Path, sysm: Systems, n_boot: int, seed: int, limit: Optional[int]
                     ) -> Tuple[List[Row], Dict[str, Any]]:
    from framing.evaluation import (read_bioscope, read_sfu, sentence_counts, span_counts,
                                    token_counts)
    from framing.text import segment

    rows: List[Row] = []
    extra: Dict[str, Any] = {}
    corpora = (("BioScope", "abstracts", lambda: read_bioscope(data / "bioscope" / "abstracts.xml")),
               ("BioScope", "full papers", lambda: read_bioscope(data / "bioscope" / "full_papers.xml")),
               ("SFU Review", "all", lambda: read_sfu(data / "sfu_review_negation_speculation")))
    for dataset, split, read in corpora:
        sents = read()
        sents = take(sents, limit)
        log(f"  {dataset} {split}: {len(sents)} sentences")
        systems = ("framing",) + HEDGE_REFS
        tok = {k: [] for k in systems}
        exact = {k: [] for k in systems}
        overlap = {k: [] for k in systems}
        sent_pred = {k: [] for k in systems}
        keys = []
        fn: Counter = Counter()
        fp: Counter = Counter()
        ref_only = {k: Counter() for k in HEDGE_REFS}  # gold cues a list finds and we miss
        ref_fp = {k: Counter() for k in HEDGE_REFS}
        for s in sents:
            doc = segment(s.text)
            gold_units = [list(c.spans) for c in s.cues]
            sp = {"framing": match_spans(sysm.hedge_matcher, doc)}
            for ref in HEDGE_REFS:
                sp[ref] = match_spans(_ref_matcher(sysm, ref), doc)
            for k in systems:
                pu = [(x[0], x[1]) for x in sp[k]]
                tok[k].append(token_counts(s.text, pu, s.spans))
                exact[k].append(span_counts(pu, gold_units, mode="exact"))
                overlap[k].append(span_counts(pu, gold_units, mode="overlap"))
                sent_pred[k].append(int(bool(pu)))
            for x in sp["framing"]:
                if not any(a < x[1] and x[0] < b for a, b in s.spans):
                    fp[x[3]] += 1
            for c in s.cues:
                ours_hit = any(a < x[1] and x[0] < b for x in sp["framing"] for a, b in c.spans)
                if not ours_hit:
                    fn[" ... ".join(t.lower() for t in c.texts)] += 1
                    for ref in HEDGE_REFS:
                        if any(a < x[1] and x[0] < b for x in sp[ref] for a, b in c.spans):
                            ref_only[ref][" ... ".join(t.lower() for t in c.texts)] += 1
            for ref in HEDGE_REFS:
                for x in sp[ref]:
                    if not any(a < x[1] and x[0] < b for a, b in s.spans):
                        ref_fp[ref][x[3]] += 1
            keys.append(s.doc_id)
        gold_sent = [s.label for s in sents]
        for k in systems:
            for unit, arr in (("token", tok[k]), ("span (exact)", exact[k]),
                              ("span (overlap)", overlap[k])):
                base = dict(task="speculation cues", dataset=dataset, split=split, system=k,
                            subset=unit)
                rows.extend(prf_rows(group_counts(keys, arr), n_boot, seed, base,
                                     unit.split(" ")[0]))
            per = group_counts(keys, list(sentence_counts(sent_pred[k], gold_sent, per_unit=True)))
            base = dict(task="speculation cues", dataset=dataset, split=split, system=k,
                        subset="sentence")
            rows.extend(prf_rows(per, n_boot, seed, base, "sentence"))
        extra[f"{dataset} {split}"] = {"fn": fn.most_common(12), "fp": fp.most_common(12),
                                       "ref_only": {k: v.most_common(8) for k, v in ref_only.items()},
                                       "ref_fp": {k: v.most_common(8) for k, v in ref_fp.items()},
                                       "n_sentences": len(sents), "n_docs": len(set(keys)),
                                       "n_cues": sum(len(s.cues) for s in sents)}
    return rows, extra


# ----------------------------------------------------------------------------- charts


def charts(df: Any, mb: Any, out: Path) -> List[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    files = []

    def grouped(ax, sub, title, target=None):
        """Bars grouped by data set (x) and system (colour), with 95% CI whiskers."""
        sub = sub.assign(group=[f"{d}\n{sp}" for d, sp in zip(sub["dataset"], sub["split"])])
        groups = list(dict.fromkeys(sub["group"]))
        systems = list(dict.fromkeys(sub["system"]))
        width = 0.8 / len(systems)
        greys = ["#999999", "#cccccc", "#666666", "#e0e0e0"]
        for j, system in enumerate(systems):
            colour = "#1f77b4" if system == "framing" else (
                "#6baed6" if system.startswith("framing") else greys[j % len(greys)])
            xs, ys, lo, hi = [], [], [], []
            for i, grp in enumerate(groups):
                r = sub[(sub["group"] == grp) & (sub["system"] == system)]
                if len(r) != 1:
                    continue
                r = r.iloc[0]
                xs.append(i - 0.4 + width * (j + 0.5))
                ys.append(r.estimate)
                lo.append(r.estimate - r.low)
                hi.append(r.high - r.estimate)
            ax.bar(xs, ys, width=width * 0.95, yerr=[lo, hi], capsize=2, color=colour,
                   label=system, edgecolor="white")
        ax.set_xticks(range(len(groups)))
        ax.set_xticklabels(groups, fontsize=7)
        ax.set_ylim(0, 1)
        ax.set_title(title, fontsize=9)
        ax.legend(fontsize=6, loc="upper right")
        if target is not None:
            ax.axhline(target, color="#d62728", ls="--", lw=1)
            ax.text(len(groups) - 0.55, target + 0.015, f"target {target:.2f}", color="#d62728",
                    fontsize=7, ha="right")

    f1 = df[df.metric.str.endswith("f1")]
    fig, axes = plt.subplots(2, 3, figsize=(14, 8))
    pol = f1[(f1.dataset == "PolNeAR") & (f1.split == "dev") & (f1.subset == "author") &
             f1.metric.isin(["source_f1", "cue_f1", "content_f1"])]
    ax = axes[0, 0]
    roles = [m.split("_")[0] for m in pol["metric"]]
    y = pol["estimate"].to_numpy()
    tagged = f1[(f1.dataset == "PolNeAR") & (f1.split == "dev") & (f1.system == TAGGER_SYSTEM)
                & f1.metric.isin(list(pol["metric"]))]
    tagged = tagged.set_index("metric").reindex(list(pol["metric"]))
    if len(pol) and tagged["estimate"].notna().all():
        x = np.arange(len(y))
        ax.bar(x - 0.2, y, width=0.4, yerr=np.vstack([y - pol["low"], pol["high"] - y]),
               capsize=3, color="#1f77b4", label="rules (author voice)")
        yt = tagged["estimate"].to_numpy()
        ax.bar(x + 0.2, yt, width=0.4, yerr=np.vstack([yt - tagged["low"], tagged["high"] - yt]),
               capsize=3, color="#6baed6", label="trained tagger")
        ax.legend(fontsize=6, loc="upper left")
    else:
        ax.bar(range(len(y)), y, yerr=np.vstack([y - pol["low"], pol["high"] - y]), capsize=3,
               color="#1f77b4")
    for k, role in enumerate(roles):
        t = TARGETS[f"polnear_{role}"]
        ax.hlines(t, k - 0.4, k + 0.4, color="#d62728", ls="--", lw=1)
        ax.text(k, t + 0.015, f"target {t:.2f}", color="#d62728", fontsize=7, ha="center")
    ax.set_xticks(range(len(y)))
    ax.set_xticklabels(roles)
    ax.set_ylim(0, 1)
    ax.set_title("PolNeAR dev: token F1 (rules: author-voice attributions)", fontsize=9)
    conll = f1[(f1.dataset == "CoNLL-2010 Wikipedia") & (f1.task == "uncertainty") &
               f1.system.isin(["framing", "framing: hedges.lex only", "hyland2005",
                               "islam2020_hedges"])]
    grouped(axes[0, 1], conll, "CoNLL-2010 Wikipedia: sentence F1", TARGETS["conll_sentence"])
    babe = f1[(f1.task == "loaded") & (f1.subset == "all sentences")]
    grouped(axes[0, 2], babe, "Biased words: token F1 (all sentences)", TARGETS["babe_token"])
    spec = f1[(f1.task == "speculation cues") & (f1.subset == "token")]
    grouped(axes[1, 0], spec, "Speculation cues: token F1")
    spec_s = f1[(f1.task == "speculation cues") & (f1.subset == "sentence")]
    grouped(axes[1, 1], spec_s, "Speculative sentences: F1")
    ax = axes[1, 2]
    if mb is not None and len(mb):
        ax.scatter(mb["biased_tokens_per_1k_annotated_sentences"], mb["loaded_per_1k_article"],
                   s=6, alpha=0.4)
        ax.set_xlabel("annotated biased tokens per 1k (annotated sentences)", fontsize=8)
        ax.set_ylabel("framing loaded per 1k (whole article)", fontsize=8)
        ax.set_title("MBIC articles (one point per article)", fontsize=9)
    fig.tight_layout()
    p = out / "f1_overview.png"
    fig.savefig(p, dpi=120)
    plt.close(fig)
    files.append(p.name)

    # precision-recall view of every system on the token / sentence tasks
    fig, ax = plt.subplots(figsize=(7, 5.5))
    piv = df[df.metric.isin(["precision", "recall"]) & df.task.isin(
        ["uncertainty", "loaded", "speculation cues"]) & df.subset.isin(
        ["sentence", "all sentences", "token"]) & ~df.split.isin(["extra_balanced"])]
    piv = piv[~piv.system.str.startswith("framing:")]
    tab = piv.pivot_table(index=["task", "dataset", "split", "system", "subset"], columns="metric",
                          values="estimate").reset_index()
    markers = {"uncertainty": "o", "loaded": "s", "speculation cues": "^"}
    for r in tab.itertuples():
        c = "#1f77b4" if r.system == "framing" else "#999999"
        ax.scatter(r.recall, r.precision, marker=markers[r.task], color=c, s=30)
        ax.annotate(f"{r.dataset.split(' ')[0]} {r.split[:8]} {r.subset[:4]}\n{r.system}",
                    (r.recall, r.precision), fontsize=5, alpha=0.7)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_title("Precision and recall (blue: framing; grey: reference lists)\n"
                 "o uncertainty, s biased words, ^ speculation cues", fontsize=9)
    fig.tight_layout()
    p = out / "precision_recall.png"
    fig.savefig(p, dpi=120)
    plt.close(fig)
    files.append(p.name)
    return files


# ----------------------------------------------------------------------------- report


def _get(df: Any, **kw: Any) -> Any:
    sub = df
    for k, v in kw.items():
        sub = sub[sub[k] == v]
    if len(sub) != 1:
        return None
    return sub.iloc[0]


def _cell(df: Any, **kw: Any) -> str:
    r = _get(df, **kw)
    return ci(r.estimate, r.low, r.high) if r is not None else "–"


def _terms(counter: Counter, n: int = 10) -> str:
    return ", ".join(f"{k} ({v})" for k, v in counter.most_common(n)) or "–"


def _precision_terms(tp: Counter, fp: Counter, n: int, min_n: int = 5, worst: bool = True) -> str:
    items = [(k, tp[k], fp[k]) for k in set(tp) | set(fp) if tp[k] + fp[k] >= min_n]
    items.sort(key=lambda x: (x[1] / (x[1] + x[2]) if worst else -x[1] / (x[1] + x[2]),
                              -(x[1] + x[2]), x[0]))
    return ", ".join(f"{k} ({a}/{a + b})" for k, a, b in items[:n]) or "–"


def write_report(out: Path, df: Any, extras: Dict[str, Any], sysm: Systems, cmd: str,
                 chart_files: List[str], data: Path, n_boot: int, seed: int) -> str:
    import framing

    L: List[str] = []
    A = L.append
    A("# Evaluation of framing's analyzers against human annotation")
    A("")
    A("Generated by `experiments/evaluate_analyzers.py`; do not edit by hand. Every figure is a "
      "point estimate with a percentile bootstrap 95% CI (1,000 resamples unless stated) that "
      "resamples documents: PolNeAR articles, BABE/MBIC source articles (`news_link`), BioScope "
      "documents and SFU reviews. CoNLL-2010 has no document ids, so its sentences are resampled. "
      "All tables are also in `results.csv` (one row per figure, with tp/fp/fn).")
    A("")
    A("```")
    A(cmd)
    A("```")
    A("")
    A(f"Signatures: `{framing.signature()}` (the default, rows of the bundled tagger); "
      f"`{framing.signature(attribution_backend='rules')}` (every other row)  ")
    A(f"Bootstrap: {n_boot} resamples, seed {seed}.")
    A("")

    # ---------------------------------------------------------------- targets
    A("## Targets: reached / not reached")
    A("")
    rows = []

    def target_row(name, target, r, where):
        if r is None:
            rows.append((name, f"≥ {target:.2f}", "–", "not run", where))
            return
        status = "**reached**" if r.estimate >= target else "not reached"
        rows.append((name, f"≥ {target:.2f}", ci(r.estimate, r.low, r.high), status, where))

    for role, key in (("cue", "polnear_cue"), ("source", "polnear_source"),
                      ("content", "polnear_content")):
        target_row(f"PolNeAR dev, token F1, {role} (author-voice attributions)", TARGETS[key],
                   _get(df, dataset="PolNeAR", split="dev", system="framing", subset="author",
                        metric=f"{role}_f1"), "PolNeAR dev (84 articles)")
    if "polnear_tagger" in extras:
        for role in ("cue", "source", "content"):
            target_row(f"PolNeAR dev, token F1, {role} (bundled tagger, all attributions; "
                       "issue 11)", TAGGER_TARGETS[role],
                       _get(df, dataset="PolNeAR", split="dev", system=TAGGER_SYSTEM,
                            metric=f"{role}_f1"), "trained on PolNeAR train; scored on dev")
    if "types_stances" in extras:
        for subset in ("source type", "cue stance"):
            target_row(f"{subset} accuracy on 300 hand-labelled PolNeAR dev attributions "
                       "(issue 11)", 0.85,
                       _get(df, task="source type and stance", system="framing", subset=subset,
                            metric="accuracy"), "experiments/annotation")
    target_row("CoNLL-2010 Wikipedia train, sentence F1", TARGETS["conll_sentence"],
               _get(df, dataset="CoNLL-2010 Wikipedia", split="train", system="framing",
                    metric="f1"), "train.csv")
    target_row("BABE biased words, token F1 of the loaded layer (all sentences)",
               TARGETS["babe_token"],
               _get(df, dataset="BABE", system="framing", subset="all sentences", metric="f1"),
               "train_SG2.csv")
    A(md_table(["target", "goal", "measured [95% CI]", "status", "data"], rows))
    A("")
    A("PolNeAR and BABE train_SG2 and CoNLL train are also the splits the lexicons were tuned "
      "on (PolNeAR dev was the attribution tuning check); held-out test portions kept elsewhere "
      "will show how much of each figure carries over.")
    A("")

    # ---------------------------------------------------------------- PolNeAR
    A("## 1. Attribution: PolNeAR")
    A("")
    hn = extras.get("polnear", {}).get("human", {}).get("n_articles")
    A("Token-level P/R/F1 of each role over all attributions of an article (a token is positive "
      "when it overlaps a span of that role; punctuation is not a token), and relation-level "
      "matching (a predicted attribution matches a gold one when their cues overlap; one-to-one). "
      "The *matched_* rows compare the parts of matched pairs only.")
    A("")
    A("**Why author-voice attributions are the primary figure.** PolNeAR is univocal: every token "
      "belongs to at most one attribution, and attributions nested inside another attribution's "
      "content or quotation are not annotated (Newell et al. 2018, guidelines). framing also "
      "extracts the attributions that a quoted speaker makes inside a quotation (voice "
      "`quoted`); those are correct readings but can only count as false positives here. The "
      "author-voice subset is what PolNeAR annotates and what framing's per-document scores use "
      "(`attributions`, `vague_source_share`, ... count author-voice attributions only); the "
      "`all` rows are reported beside it.")
    A("")
    hdr = ["split", "subset", "source F1", "cue F1", "content F1", "relation F1", "cue P", "cue R"]
    tr = []
    for split in ("dev", "train"):
        for subset in ("author", "all"):
            g = dict(dataset="PolNeAR", split=split, system="framing", subset=subset)
            tr.append((split + (" (tuning)" if split == "train" else ""), subset,
                       _cell(df, **g, metric="source_f1"), _cell(df, **g, metric="cue_f1"),
                       _cell(df, **g, metric="content_f1"), _cell(df, **g, metric="relation_f1"),
                       _cell(df, **g, metric="cue_precision"), _cell(df, **g, metric="cue_recall")))
    for split in ("dev", "train"):
        for sysname in ("report_verbs", "attribution_lex_cues"):
            g = dict(dataset="PolNeAR", split=split, system=sysname, subset="cue list")
            tr.append((split, f"{sysname} (plain list)", "–", _cell(df, **g, metric="cue_f1"),
                       "–", "–", _cell(df, **g, metric="cue_precision"),
                       _cell(df, **g, metric="cue_recall")))
    tg = extras.get("polnear_tagger")
    if tg:
        for split in ("dev", "train"):
            sub = df[(df.dataset == "PolNeAR") & (df.split == split) & (df.system == TAGGER_SYSTEM)]
            if not len(sub):
                continue
            subset = sub.iloc[0].subset
            g = dict(dataset="PolNeAR", split=split, system=TAGGER_SYSTEM, subset=subset)
            tr.append((split, f"trained tagger, {subset}", _cell(df, **g, metric="source_f1"),
                       _cell(df, **g, metric="cue_f1"), _cell(df, **g, metric="content_f1"),
                       _cell(df, **g, metric="relation_f1"),
                       _cell(df, **g, metric="cue_precision"), _cell(df, **g, metric="cue_recall")))
    if hn:
        g = dict(dataset="PolNeAR", system="annotator A vs B", subset="human")
        tr.append((f"{hn} agreement articles", "human vs human", _cell(df, **g, metric="source_f1"),
                   _cell(df, **g, metric="cue_f1"), _cell(df, **g, metric="content_f1"), "–",
                   _cell(df, **g, metric="cue_precision"), _cell(df, **g, metric="cue_recall")))
    A(md_table(hdr, tr))
    A("")
    ex = extras.get("polnear", {}).get("examples", {})
    if ex:
        A("Most frequent dev cue tokens missed (gold cue not overlapped by an author-voice cue): "
          + ", ".join(f"{k} ({v})" for k, v in ex.get("cue_fn", [])) + ".  ")
        A("Most frequent dev cues predicted but not annotated: "
          + ", ".join(f"{k} ({v})" for k, v in ex.get("cue_fp", [])) + ".")
        A("")
    if tg:
        A(f"**The bundled tagger** (`--attribution model`; `{tg['model']}`). "
          f"`framing.learn.attribution_tagger.AttributionTagger` learns the three roles from "
          f"annotation: BIO tags per token predicted by one-vs-rest logistic regressions "
          f"(scikit-learn SGD) over hashed word, window, affix, shape, word-cluster, quotation, "
          f"lexicon and rule-extractor features, a second stacked model over the first model's "
          f"out-of-fold probabilities in context, and constrained (Viterbi) decoding per "
          f"sentence. `experiments/train_attribution_model.py` trained it on the "
          f"{tg['n_train']} train articles only ({tg['train_seconds'] / 60:.0f} minutes; "
          f"{tg['n_features']:,} features; L2 alpha {tg['alpha']:g}, chosen by "
          f"{tg['folds']}-fold cross-validation grouped by article within train; per-role "
          f"log-probability offsets "
          + ", ".join(f"{r} {v:+.1f}" for r, v in tg["offsets"].items())
          + " chosen on the out-of-fold predictions, whose token F1 was "
          + ", ".join(f"{r} {v:.3f}" for r, v in tg["oof_f1"].items())
          + "); dev annotation is used only to score it (loading took "
          f"{tg['load_seconds']:.1f} s, prediction on the {tg['n_dev']} dev articles "
          f"{tg['predict_seconds']:.0f} s). Its rows count every attribution, as PolNeAR "
          "annotates them: the tagger learns from the annotation which attributions (not those "
          "nested in quotations) to mark, so no voice filter is applied. Relations are built "
          "from the predicted spans (each source and content span goes to the nearest cue of "
          "its paragraph); matching is as for the rules.")
        A("")
    ts = extras.get("types_stances")
    if ts:
        A("**Source types and cue stances.** 300 gold attributions drawn at random from PolNeAR "
          "dev (`experiments/annotation/sample_attributions.py`) were labelled from the text "
          "alone, before framing's output was looked at, following "
          "`experiments/annotation/GUIDELINES.md`; 60 of them twice, independently. framing "
          "labels the gold spans with its typing layer (the one both backends use). The "
          "contract's stance folds the hand categories cognition and position into neutral, as "
          "the attribution lexicon does; the seven-category agreement is shown too. 95% CIs by "
          "bootstrap over items.")
        A("")
        rows_t = []
        for system, subset in (("framing", "source type"), ("framing", "cue stance"),
                               ("framing", "cue category (7)"),
                               ("annotator 1 vs 2", "source type"),
                               ("annotator 1 vs 2", "cue category (7)")):
            g = dict(task="source type and stance", system=system, subset=subset)
            if not len(df[(df.task == g["task"]) & (df.system == system) & (df.subset == subset)]):
                continue
            n = df[(df.task == g["task"]) & (df.system == system) & (df.subset == subset)].iloc[0]
            rows_t.append((system, subset, int(n.n_units), _cell(df, **g, metric="accuracy"),
                           _cell(df, **g, metric="cohen_kappa")))
        A(md_table(["labels by", "label", "items", "accuracy", "Cohen's kappa"], rows_t))
        A("")
        A(f"Share of framing's `unknown` source type: {ts['unknown_share_sample']:.1%} on the "
          f"300 gold sources; over all author-voice attributions framing finds on PolNeAR dev, "
          f"{ts['unknown_share_dev_rules']:.1%} with the rules and "
          f"{ts['unknown_share_dev_model']:.1%} with the tagger. Per-label F1 is in "
          "`results.csv` (metrics `<label>_f1`).")
        A("")
    A("The plain lists match every occurrence of a cue form regardless of syntax; the report-"
      "verb list is the baseline of the issue (about 0.25). `attribution_lex_cues` is our own cue "
      "inventory used the same way, which separates the contribution of the lexicon from that of "
      "the extractor's rules. The human row compares two annotators of the same articles "
      "(annotator A as prediction, B as gold): a ceiling for any system.")
    A("")

    # ---------------------------------------------------------------- CoNLL
    A("## 2. Uncertainty: CoNLL-2010 Wikipedia (weasel sentences)")
    A("")
    c = extras.get("conll", {})
    A(f"A sentence is predicted uncertain when it holds a span of the `hedge` layer or an "
      f"attribution with a vague source (`source.type == vague`, or no source at all: impersonal "
      f"cues such as *it is alleged that*). Train has {c.get('n', '–')} sentences, "
      f"{c.get('n_pos', '–')} labelled uncertain; `extra_balanced` (3,000 sentences, half "
      f"uncertain) is a check. Rules and lexicons only.")
    A("")
    tr = []
    for split in ("train", "extra_balanced"):
        for sysname in ("framing", "framing: hedges.lex only", "framing: vague attributions only",
                        "framing: hedges + approximators", "hyland2005", "islam2020_hedges"):
            g = dict(dataset="CoNLL-2010 Wikipedia", split=split, system=sysname, subset="sentence")
            r = _get(df, **g, metric="f1")
            if r is None:
                continue
            tr.append((split, sysname, _cell(df, **g, metric="precision"),
                       _cell(df, **g, metric="recall"), _cell(df, **g, metric="f1"),
                       _cell(df, **g, metric="cohen_kappa"),
                       fmt(_get(df, **g, metric="krippendorff_alpha").estimate)
                       if _get(df, **g, metric="krippendorff_alpha") is not None else "–"))
    A(md_table(["split", "system", "precision", "recall", "F1", "Cohen's κ", "Krippendorff's α"], tr))
    A("")
    A("`hedges + approximators` adds the `approximator` layer (numeric approximators such as "
      "*about 40*, degree and frequency rounders such as *largely*, *often*); it is not part of "
      "the uncertainty decision because no uncertainty corpus annotates approximators as cues "
      "(Farkas et al. 2010; Vincze et al. 2008; Konstantinova et al. 2012), which the row "
      "confirms. κ and α compare the sentence decisions with the gold labels (nltk "
      "`AnnotationTask`); the κ CI resamples sentences.")
    A("")
    if c.get("cue_stats"):
        cs = c["cue_stats"]
        A("Which of our cues fire on CoNLL train (sentences: labelled uncertain / all), "
          "the most frequent: " + ", ".join(
              f"{k} ({cs['tp'][k]}/{cs['tp'][k] + cs['fp'][k]})"
              for k, _ in (cs["tp"] + cs["fp"]).most_common(18)) + ".")
        A("")
        A("Least precise cues with 5+ sentences: " + _precision_terms(cs["tp"], cs["fp"], 10) + ".")
        A("")
        rs = c["ref_stats"]
        ours_terms = {k.split(": ", 1)[-1] for k in set(cs["tp"]) | set(cs["fp"])}
        A("Hyland's list, cues that fire most (uncertain/all): " + ", ".join(
            f"{k} ({rs['hyland2005']['tp'][k]}/{rs['hyland2005']['tp'][k] + rs['hyland2005']['fp'][k]})"
            for k, _ in (rs["hyland2005"]["tp"] + rs["hyland2005"]["fp"]).most_common(15)) + ".")
        A("")
        only_ref = Counter({k: v for k, v in (rs["hyland2005"]["fp"]).items() if k not in ours_terms})
        A("Hyland terms that our decision does not use, with the number of certain sentences "
          "(false positives) they fire on: "
          + _terms(only_ref, 10) + ".")
        A("")

    A("Candidate entries for a curator (never applied automatically): "
      "`suggestions_conll_hedges.csv`, uni- and bigrams ranked by the log-odds ratio with an "
      "informative Dirichlet prior (Monroe et al. 2008) of uncertain against certain sentences, "
      "terms hedges.lex already matches left out (`framing.lexicon.suggest.suggest_entries`).")
    A("")

    # ---------------------------------------------------------------- BABE
    A("## 3. Loaded language: BABE biased words (and MBIC)")
    A("")
    A("The whole of BABE train_SG2 and MBIC, as they were used to curate the lexicon. Across "
      "three annotations, topic folds, an untouched final split of topics and eight reference "
      "lists, with the context model: [`generalisation.md`](generalisation.md) "
      "(`python experiments/generalisation.py --final`).")
    A("")
    A("Token-level P/R/F1 of the `loaded` layer against the words annotators marked as biased "
      "(`biased_words`; every occurrence of a marked word in its sentence counts, see "
      "`framing.evaluation.biased_word_spans`). **Setup.** Spinde et al. (2021, IP&M) detect "
      "bias-inducing words as a word-level classification over the words of the annotated "
      "sentences, biased and non-biased sentences alike, and report F1 of the bias-inducing "
      "class (0.43 with their feature-based model, on MBIC). As we read that setup, the primary "
      "figure is therefore over **all sentences**; the figure over biased sentences only is "
      "reported beside it (it removes the false positives a lexicon makes in neutral "
      "sentences, so it is higher). Note that MBIC's 1,328 sentences are almost all (1,325) also "
      "in BABE train_SG2 with expert labels, so MBIC is not an independent check of the tuning; "
      "its crowd annotation differs.")
    A("")
    tr = []
    for dataset in ("BABE", "MBIC"):
        for sysname in ("framing",) + LOADED_REFS:
            for subset in ("all sentences", "biased sentences"):
                g = dict(task="loaded", dataset=dataset, system=sysname, subset=subset)
                if _get(df, **g, metric="f1") is None:
                    continue
                tr.append((dataset, sysname, subset, _cell(df, **g, metric="precision"),
                           _cell(df, **g, metric="recall"), _cell(df, **g, metric="f1")))
    A(md_table(["data", "system", "sentences", "precision", "recall", "F1"], tr))
    A("")
    tr = []
    for dataset in ("BABE", "MBIC"):
        g = dict(task="bias (sentence)", dataset=dataset, system="framing")
        r = _get(df, **g, subset="sentence: biased class", metric="f1")
        if r is None:
            continue
        tr.append((dataset, _cell(df, **g, subset="sentence: biased class", metric="precision"),
                   _cell(df, **g, subset="sentence: biased class", metric="recall"),
                   _cell(df, **g, subset="sentence: biased class", metric="f1"),
                   _cell(df, **g, subset="sentence", metric="cohen_kappa"),
                   fmt(_get(df, **g, subset="sentence", metric="krippendorff_alpha").estimate)))
    A("Sentence level (a sentence is predicted biased when it has a loaded span; `No agreement` "
      "sentences left out):")
    A("")
    A(md_table(["data", "precision (biased)", "recall (biased)", "F1 (biased)", "Cohen's κ",
                "Krippendorff's α"], tr))
    A("")
    b = extras.get("babe", {}).get("BABE")
    if b:
        ts = b["term_stats"]
        A("Our loaded categories on BABE (spans overlapping a biased word / all spans): " + ", ".join(
            f"{k} ({b['cat_stats']['tp'][k]}/{b['cat_stats']['tp'][k] + b['cat_stats']['fp'][k]})"
            for k, _ in (b["cat_stats"]["tp"] + b["cat_stats"]["fp"]).most_common()) + ".")
        A("")
        A("Our most frequent false positives: " + _terms(ts["framing"]["fp"], 12) + ".  ")
        A("Most frequent biased words we miss (closed-class words left out; annotators often "
          "marked phrases): " + _terms(_content(ts["framing"]["fn"]), 20) + ".")
        A("")
        for ref in LOADED_REFS:
            rt = ts[ref]
            caught = Counter({k: v for k, v in rt["tp"].items() if ts["framing"]["fn"].get(k)})
            A(f"{ref}: most frequent false positives: {_terms(rt['fp'], 12)}. Biased words it "
              f"catches that we miss: {_terms(caught, 12)}.")
            A("")

    A("Candidate entries for a curator: `suggestions_babe_loaded.csv` (words inside annotated "
      "biased-word spans against all other words, same method; loaded.lex matches left out). "
      "Most top candidates are topical (*aliens* in *illegal aliens*, *wuhan*, *kill*), which is "
      "why they are not in the lexicon.")
    A("")

    # ---------------------------------------------------------------- MBIC articles
    A("## 4. Articles versus sentences: MBIC")
    A("")
    A("MBIC gives, for each annotated sentence, the full article it was taken from. Per usable "
      "article (text present, not a cookie wall, not cut at Excel's cell limit), we compare "
      "framing's loaded density over the **whole article** with the annotators' density of "
      "biased-word tokens in the **annotated sentences** (per 1,000 word tokens of those "
      "sentences). Most articles have a single annotated sentence, so the human side is a noisy "
      "sample of the article; the row restricted to articles with two or more annotated "
      "sentences, and the sentence-aligned row (our density on the same annotated sentences), "
      "bracket what the data allows. `framing.evaluation.MbicArticle.biased_word_density` "
      "divides by the article's length instead; it is in `mbic_articles.csv` but not used for "
      "the correlation, because both sides would then share the article length as a factor.")
    A("")
    sp = extras.get("mbic_articles", {}).get("spearman", [])
    A(md_table(["comparison", "Spearman ρ [95% CI]", "p", "articles"],
               [(lab, ci(r, lo, hi), f"{p:.2g}", str(n)) for lab, r, lo, hi, p, n in sp]))
    A("")

    # ---------------------------------------------------------------- BioScope / SFU
    A("## 5. Speculation cues: BioScope and SFU Review")
    A("")
    A("Our `hedge` layer (hedges.lex) as a cue detector, against the annotated speculation cues; "
      "no target. Token level; span level exact (same characters) and overlap (one-to-one "
      "partial match); sentence level (a sentence is speculative when it holds a cue). Both "
      "corpora annotate cues that our news-oriented lexicon deliberately leaves out: "
      "alternatives (*or*, *either ... or*), the modals *can*, *would*, *should*, *must*, "
      "conditional *if* and, in BioScope, hypothesis vocabulary (*propose*, *hypothesis*, "
      "*potential*); the missed cues are listed below each corpus.")
    A("")
    tr = []
    for dataset, split in (("BioScope", "abstracts"), ("BioScope", "full papers"), ("SFU Review", "all")):
        for sysname in ("framing",) + HEDGE_REFS:
            g = dict(task="speculation cues", dataset=dataset, split=split, system=sysname)
            tr.append((f"{dataset} {split}", sysname,
                       _cell(df, **g, subset="token", metric="precision"),
                       _cell(df, **g, subset="token", metric="recall"),
                       _cell(df, **g, subset="token", metric="f1"),
                       _cell(df, **g, subset="span (exact)", metric="f1"),
                       _cell(df, **g, subset="span (overlap)", metric="f1"),
                       _cell(df, **g, subset="sentence", metric="f1")))
    A(md_table(["corpus", "system", "token P", "token R", "token F1", "span F1 (exact)",
                "span F1 (overlap)", "sentence F1"], tr))
    A("")
    for key, v in extras.get("spec", {}).items():
        A(f"{key} ({v['n_docs']} documents, {v['n_sentences']} sentences, {v['n_cues']} cues): "
          f"most frequent missed cues: {', '.join(f'{k} ({n})' for k, n in v['fn'])}; most "
          f"frequent false positives: {', '.join(f'{k} ({n})' for k, n in v['fp'])}.")
        A("")

    # ---------------------------------------------------------------- comparison
    A("## 6. Our lexicons against the published lists")
    A("")
    A("The reference lists are read at run time from `../shared/data/lexicons` with "
      "`framing.lexicon.convert.read_wordlist` and matched with the same token matcher as our "
      "lexicons (case-insensitive, whole tokens, multi-word phrases). No word of them is copied "
      "into framing's lexicons.")
    A("")
    A(md_table(["list", "file", "entries", "sha256"],
               [(v["label"], v["path"], str(v["entries"]), v["sha256"][:16] + "…")
                for v in sysm.ref_info.values()]))
    A("")
    A(_comparison_text(df, extras))
    A("")

    # ---------------------------------------------------------------- provenance
    A("## Provenance")
    A("")
    A("framing lexicons used (sha256 of the file):")
    A("")
    A(md_table(["lexicon", "sha256"], [(lx.id, lx.sha256) for lx in sysm.analyzer.lexicons]))
    A("")
    import matplotlib
    import nltk
    import pandas
    import scipy

    A(f"Software: Python {platform.python_version()}, numpy {np.__version__}, pandas "
      f"{pandas.__version__}, scipy {scipy.__version__}, nltk {nltk.__version__}, matplotlib "
      f"{matplotlib.__version__}.")
    A("")
    A("Data files (sha256):")
    A("")
    A(md_table(["file", "sha256"], [(str(p.relative_to(data)), sha256_file(p)[:16] + "…")
                                     for p in _data_files(data)]))
    A("")
    for f in chart_files:
        A(f"![{f}]({f})")
        A("")
    A("## References")
    A("")
    for k, v in CITATIONS.items():
        A(f"- [{k}] {v}")
    A("")
    text = "\n".join(L)
    (out / "README.md").write_text(text, encoding="utf-8")
    return text


def _data_files(data: Path) -> List[Path]:
    files = [data / "polnear" / "metadata.tsv", data / "conll2010_wiki" / "train.csv",
             data / "conll2010_wiki" / "extra_balanced.csv", data / "babe" / "train_SG2.csv",
             data / "mbic" / "MBIC.csv", data / "bioscope" / "abstracts.xml",
             data / "bioscope" / "full_papers.xml"]
    return [p for p in files if p.exists()]


def _comparison_text(df: Any, extras: Dict[str, Any]) -> str:
    """Where our lexicons are better or worse than the reference lists, and why: every claim is
    computed from this run's figures and error counts."""
    out = []

    def g(**kw):
        return _get(df, **kw)

    def pr(**kw):
        p, r, f = (g(**kw, metric=m) for m in ("precision", "recall", "f1"))
        return p, r, f

    def top(pairs, n=8):
        return ", ".join(f"*{k}* ({v})" for k, v in pairs[:n]) or "–"

    # hedges on CoNLL
    c = extras.get("conll", {})
    base = dict(dataset="CoNLL-2010 Wikipedia", split="train", subset="sentence")
    o = pr(**base, system="framing: hedges.lex only")
    full = g(**base, system="framing", metric="f1")
    if o[2] is not None and c.get("ref_stats"):
        parts = []
        for ref in HEDGE_REFS:
            p, r, f = pr(**base, system=ref)
            parts.append(f"{ref} {f.estimate:.3f} (P {p.estimate:.3f}, R {r.estimate:.3f})")
        rs = c["ref_stats"]["hyland2005"]
        ours_terms = {k.split(": ", 1)[-1] for k in set(c["cue_stats"]["tp"]) | set(c["cue_stats"]["fp"])}
        noisy = sorted(((k, rs["fp"][k], rs["tp"][k]) for k in rs["fp"] if k not in ours_terms),
                       key=lambda x: (-x[1], x[0]))[:8]
        out.append(
            f"**Hedges, CoNLL-2010 train.** hedges.lex alone: sentence F1 {o[2].estimate:.3f} "
            f"(P {o[0].estimate:.3f}, R {o[1].estimate:.3f}); with vague attributions "
            f"{full.estimate:.3f}. Reference lists: " + "; ".join(parts) + ". "
            "*Why ours is better here:* the reference lists were compiled for academic prose "
            "and count frequency, degree and deontic words that in encyclopaedic prose mostly "
            "state plain facts; the noisiest of Hyland's terms that our decision does not use "
            "(certain sentences / uncertain sentences they fire on): " + ", ".join(
                f"*{k}* ({a}/{b})" for k, a, b in noisy) + ". They also lack the vague "
            "quantifiers and agentless passives that Wikipedia's weasel-word annotation is "
            f"about: of the uncertain sentences we catch and Hyland misses "
            f"({c['n_ours_only']['hyland2005']}), the cues are mostly "
            + top(c["ours_only"]["hyland2005"].most_common(), 8) + ". "
            f"*Where Hyland is better:* {c['n_ref_only']['hyland2005']} uncertain sentences "
            "are caught by Hyland's list and not by us, through " +
            top(c["ref_only"]["hyland2005"].most_common(), 10) + " — mostly words we leave out "
            "on purpose (approximators, *would*, *should*) or count only as attribution cues "
            "with a source (*claim*, *believe*).")
    # speculation corpora
    for dataset, split in (("BioScope", "abstracts"), ("BioScope", "full papers"),
                           ("SFU Review", "all")):
        base = dict(task="speculation cues", dataset=dataset, split=split, subset="token")
        o = pr(**base, system="framing")
        if o[2] is None:
            continue
        ex = extras.get("spec", {}).get(f"{dataset} {split}", {})
        refs = {ref: pr(**base, system=ref) for ref in HEDGE_REFS}
        best = max(refs, key=lambda k: refs[k][2].estimate)
        lo = min(r[2].estimate for r in refs.values())
        hi = refs[best][2].estimate
        verdict = ("above both reference lists" if o[2].estimate > hi else
                   "between the two reference lists" if o[2].estimate > lo else
                   "below both reference lists")
        out.append(
            f"**Speculation cues, {dataset} {split}.** Token F1 {o[2].estimate:.3f} "
            f"(P {o[0].estimate:.3f}, R {o[1].estimate:.3f}) for hedges.lex, "
            + "; ".join(f"{ref} {r[2].estimate:.3f} (P {r[0].estimate:.3f}, R {r[1].estimate:.3f})"
                        for ref, r in refs.items())
            + f": ours is {verdict}. Cues that {best} finds and we miss: "
            + top(ex.get("ref_only", {}).get(best, [])) + "; our most frequent false positives: "
            + top(ex.get("fp", [])) + "; its most frequent false positives: "
            + top(ex.get("ref_fp", {}).get(best, [])) + ". Our lexicon leaves out the modals "
            "*would*, *should*, *can* and the conditional *if* (mostly future-in-the-past, "
            "deontic, ability or plain conditions in news), which these corpora annotate as "
            "speculation; our vague quantifiers and weasel passives are not cues there.")
    # loaded
    base = dict(task="loaded", dataset="BABE", subset="all sentences")
    o = pr(**base, system="framing")
    b = extras.get("babe", {}).get("BABE")
    if o[2] is not None and b:
        ts = b["term_stats"]
        parts = []
        for ref in LOADED_REFS:
            p, r, f = pr(**base, system=ref)
            parts.append(f"{ref} {f.estimate:.3f} (P {p.estimate:.3f}, R {r.estimate:.3f})")
        rec = {ref: pr(**base, system=ref)[1].estimate for ref in LOADED_REFS}
        ril = ts["riloff2003_strong"]
        caught = Counter({k: v for k, v in ril["tp"].items() if ts["framing"]["fn"].get(k)})
        recall_word = ("higher recall than loaded.lex but much lower precision"
                       if rec["riloff2003_strong"] > o[1].estimate else
                       "lower recall than loaded.lex and much lower precision")
        out.append(
            f"**Loaded language, BABE train_SG2 (all sentences).** loaded.lex: token F1 "
            f"{o[2].estimate:.3f} (P {o[0].estimate:.3f}, R {o[1].estimate:.3f}); "
            + "; ".join(parts) + ". "
            f"Riloff & Wiebe's strong subjectives (about 4,700 entries) have {recall_word}: "
            "its most frequent false "
            f"positives are {top(ril['fp'].most_common(), 8)} — *trump* (the verb) and "
            "everyday words whose subjectivity depends on sense and context. The Recasens et "
            "al. list was learned from Wikipedia NPOV edits and is dominated by topical words of "
            "contested articles (" + top(ts["recasens2013_bias"]["fp"].most_common(), 8) +
            "), which annotators do not mark as biased in themselves. *Where the references are "
            "better:* annotated words that Riloff's list catches and we miss: "
            + top(caught.most_common(), 10) + ". *Where we still fail:* the words we miss most "
            "often are topical or contextual (" + top(
                [(k, v) for k, v in ts["framing"]["fn"].most_common(60)
                 if k not in _FUNCTION_WORDS], 8) + "), which a context-free lexicon should "
            "not list; and our largest false positives are descriptive uses of words that are "
            "loaded elsewhere (" + top(ts["framing"]["fp"].most_common(), 6) + ").")
    # cues
    rv = g(dataset="PolNeAR", split="dev", system="report_verbs", metric="cue_f1")
    al = g(dataset="PolNeAR", split="dev", system="attribution_lex_cues", metric="cue_f1")
    fr = g(dataset="PolNeAR", split="dev", system="framing", subset="author", metric="cue_f1")
    if rv is not None and fr is not None:
        out.append(
            f"**Attribution cues, PolNeAR dev.** The report-verb list used as a plain cue list "
            f"scores token F1 {rv.estimate:.3f}; attribution.lex's cues used the same way "
            f"{al.estimate:.3f}; the extractor (lexicon plus source/content rules, author voice) "
            f"{fr.estimate:.3f}. A plain list fires on every noun or non-reporting use of a cue "
            "form (*report*, *claims*, *state*) and misses cues outside the verb class "
            "(*according to*, nominal cues).")
    return "\n\n".join(out)


# ----------------------------------------------------------------------------- main


def run(data: Path, out: Path, n_boot: int = 1000, seed: int = 0, limit: Optional[int] = None,
        polnear_limit: Optional[int] = None, cmd: Optional[str] = None,
        tagger: bool = True) -> Dict[str, Any]:
    """Run every evaluation and write the report; returns the results table and extras.

    ``limit`` caps the number of sentences of each sentence corpus and of MBIC articles;
    ``polnear_limit`` the number of PolNeAR articles per split (for quick runs and tests).
    ``tagger=False`` skips scoring the bundled attribution tagger.
    """
    import pandas as pd

    data, out = Path(data), Path(out)
    if not data.is_dir():
        raise FileNotFoundError(f"{data}: data folder not found (see ../shared/data/README.md)")
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    sysm = Systems(data)
    rows: List[Row] = []
    extras: Dict[str, Any] = {}
    log("PolNeAR ...")
    r, extras["polnear"] = eval_polnear(data, sysm, n_boot, seed, polnear_limit)
    rows += r
    if tagger:
        log("PolNeAR: bundled tagger ...")
        r, extras["polnear_tagger"] = eval_polnear_tagger(data, n_boot, seed, polnear_limit)
        rows += r
    log("PolNeAR: source types and stances (hand labels) ...")
    r, extras["types_stances"] = eval_types_stances(data, sysm, n_boot, seed, polnear_limit)
    rows += r
    log("CoNLL-2010 ...")
    r, extras["conll"] = eval_conll(data, sysm, n_boot, seed, limit)
    rows += r
    log("BABE / MBIC ...")
    r, extras["babe"] = eval_babe(data, sysm, n_boot, seed, limit)
    rows += r
    log("MBIC articles ...")
    r, extras["mbic_articles"], mb = eval_mbic_articles(data, sysm, n_boot, seed, limit)
    rows += r
    log("BioScope / SFU ...")
    r, extras["spec"] = eval_speculation(data, sysm, n_boot, seed, limit)
    rows += r
    df = pd.DataFrame([x.as_dict() for x in rows])
    df.to_csv(out / "results.csv", index=False, float_format="%.4f")
    mb.to_csv(out / "mbic_articles.csv", index=False, float_format="%.4f")
    _write_term_tables(out, extras)
    for name, sug in (("suggestions_conll_hedges.csv", extras["conll"].get("suggestions")),
                      ("suggestions_babe_loaded.csv", extras["babe"].get("suggestions"))):
        if sug is not None:
            # aggregates only: the keyword-in-context column quotes the data, so it stays out
            sug.drop(columns=["example"], errors="ignore").to_csv(
                out / name, index=False, float_format="%.4f")
    files = charts(df, mb, out)
    import framing

    sig_lines = [framing.signature(), framing.signature(attribution_backend="rules")]
    sig_lines += [f"{lx.id} sha256:{lx.sha256}" for lx in sysm.analyzer.lexicons]
    sig_lines += [f"reference {k} sha256:{v['sha256']}" for k, v in sysm.ref_info.items()]
    (out / "signature.txt").write_text("\n".join(sig_lines) + "\n", encoding="utf-8")
    cmd = cmd or "python experiments/evaluate_analyzers.py"
    write_report(out, df, extras, sysm, cmd, files, data, n_boot, seed)
    log(f"done in {time.time() - t0:.0f} s; wrote {out}")
    return {"results": df, "extras": extras, "mbic_articles": mb, "seconds": time.time() - t0}


def _write_term_tables(out: Path, extras: Dict[str, Any]) -> None:
    """Error-analysis tables: per-term counts for our system and the reference lists."""
    import pandas as pd

    recs = []
    for dataset in ("BABE", "MBIC"):
        b = extras.get("babe", {}).get(dataset)
        if b is None:
            continue
        for system, st in b["term_stats"].items():
            terms = set(st["tp"]) | set(st["fp"]) | set(st["fn"])
            for t in terms:
                recs.append({"task": "loaded", "dataset": dataset, "system": system, "term": t,
                             "tp": st["tp"][t], "fp": st["fp"][t], "fn": st["fn"][t]})
    c = extras.get("conll", {})
    if c.get("cue_stats"):
        for t in set(c["cue_stats"]["tp"]) | set(c["cue_stats"]["fp"]):
            recs.append({"task": "uncertainty", "dataset": "CoNLL-2010 Wikipedia train",
                         "system": "framing", "term": t, "tp": c["cue_stats"]["tp"][t],
                         "fp": c["cue_stats"]["fp"][t], "fn": 0})
        for ref, st in c["ref_stats"].items():
            for t in set(st["tp"]) | set(st["fp"]):
                recs.append({"task": "uncertainty", "dataset": "CoNLL-2010 Wikipedia train",
                             "system": ref, "term": t, "tp": st["tp"][t], "fp": st["fp"][t],
                             "fn": 0})
    df = pd.DataFrame(recs, columns=["task", "dataset", "system", "term", "tp", "fp", "fn"])
    # aggregates only: terms seen at least 3 times (the table is for error analysis, not a copy
    # of the annotation)
    df = df[df[["tp", "fp", "fn"]].sum(axis=1) >= 3]
    df = df.sort_values(["task", "dataset", "system", "term"], kind="mergesort")
    df.to_csv(out / "terms.csv", index=False)


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="folder of the shared data sets (default: ../shared/data)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="output folder (default: reports/evaluation)")
    ap.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    ap.add_argument("--limit", type=int, default=None,
                    help="use only the first N sentences of each sentence corpus (quick runs)")
    ap.add_argument("--polnear-limit", type=int, default=None,
                    help="use only the first N PolNeAR articles per split (quick runs)")
    ap.add_argument("--no-tagger", action="store_true",
                    help="skip training and evaluating the attribution tagger on PolNeAR")
    args = ap.parse_args(argv)
    cmd = "python experiments/evaluate_analyzers.py " + " ".join(
        shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    try:
        run(args.data, args.out, args.n_boot, args.seed, args.limit, args.polnear_limit,
            cmd=cmd.strip(), tagger=not args.no_tagger)
    except FileNotFoundError as exc:
        print(f"evaluate_analyzers: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
