"""Curation aids: rank candidate lexicon entries from labelled data, as a table for a human
curator (nothing here edits a lexicon)."""
from __future__ import annotations

import ast
import json
from collections import Counter
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..errors import InputError
from ..text import segment, tokenize
from .format import Lexicon

_COLUMNS = ["term", "n", "count_annotated", "count_rest", "per_1k_annotated", "per_1k_rest",
            "log_odds", "se", "z", "share_annotated", "in_lexicon", "example"]


def suggest_entries(texts: Sequence[str],
                    spans: Optional[Sequence[Sequence[Tuple[int, int]]]] = None,
                    labels: Optional[Sequence[Any]] = None, positive: Any = 1,
                    lexicon: Optional[Lexicon] = None, ngram_range: Tuple[int, int] = (1, 1),
                    min_count: int = 3, prior_scale: float = 1.0, top: Optional[int] = 50,
                    exclude_covered: bool = False, stopwords: Iterable[str] = ()) -> Any:
    """Rank candidate lexicon entries from labelled data, for a human curator.

    Terms (lower-cased word n-grams of :func:`framing.text.tokenize`, within sentences) are
    counted in the *annotated* part of the data and in *the rest*, and ranked by the z-score of
    the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
    eqs. 16 and 18-20; :func:`framing.study.stats.log_odds_dirichlet`) whose pseudo-counts are
    the pooled counts times ``prior_scale``: a positive z marks a term typical of annotated
    text. With ``spans`` (token annotation: biased words, hedge cues) an n-gram is annotated
    when all its tokens overlap an annotated span; with ``labels`` (sentence or document
    labels) when the label of its text equals ``positive``.

    Parameters
    ----------
    texts : sequence of str
    spans : sequence of sequences of (int, int), optional
        Character spans per text.
    labels : sequence, optional
        One label per text. Give exactly one of ``spans`` and ``labels``.
    positive : object, default 1
        The annotated label value.
    lexicon : Lexicon, optional
        Fills column ``in_lexicon``: the categories of an entry matching the whole term,
        ``part: <categories>`` when one matches part of it, else empty.
    ngram_range : (int, int), default (1, 1)
    min_count : int, default 3
        Minimum count in the annotated part.
    prior_scale : float, default 1.0
        Strength of the prior (> 0).
    top : int or None, default 50
        Number of rows returned (None: all).
    exclude_covered : bool, default False
        Drop terms that ``lexicon`` already matches, wholly or in part.
    stopwords : iterable of str
        Unigrams never suggested (nor n-grams made only of them).

    Returns
    -------
    pandas.DataFrame
        Columns ``term, n, count_annotated, count_rest, per_1k_annotated, per_1k_rest,
        log_odds, se, z``, ``share_annotated`` (the share of the term's occurrences that are
        annotated: its precision as a one-word lexicon), ``in_lexicon`` and ``example`` (the
        first annotated occurrence in context); sorted by z (descending), then term.

    Examples
    --------
    >>> texts = ["They claimed it was rigged.", "He said it rained.", "She claimed victory.",
    ...          "Critics claimed fraud.", "It rained."]
    >>> spans = [[(5, 12), (20, 26)], [], [(4, 11)], [(8, 15)], []]
    >>> t = suggest_entries(texts, spans=spans, min_count=1, top=3)
    >>> t[["term", "count_annotated", "count_rest"]].values.tolist()
    [['claimed', 3, 0], ['rigged', 1, 0]]
    """
    import numpy as np
    import pandas as pd

    from ..study.stats import log_odds_dirichlet

    if (spans is None) == (labels is None):
        raise ValueError("give exactly one of spans= (token annotation) or labels= "
                         "(text labels)")
    texts = list(texts)
    marks = list(spans) if spans is not None else list(labels)  # type: ignore[arg-type]
    if len(marks) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(marks)} "
                         f"{'span lists' if spans is not None else 'labels'}")
    n_min, n_max = ngram_range
    if not 1 <= n_min <= n_max:
        raise ValueError(f"ngram_range must satisfy 1 <= min <= max, got {ngram_range!r}")
    if not prior_scale > 0:
        raise ValueError(f"prior_scale must be positive, got {prior_scale!r}")
    stop = {s.lower() for s in stopwords}
    ann: Counter = Counter()
    rest: Counter = Counter()
    example: Dict[str, str] = {}
    n_ann = n_rest = 0
    for text, mark in zip(texts, marks):
        doc = segment(text)
        if spans is not None:
            sp = [(int(a), int(b)) for a, b in mark]
        for s in doc.sentences:
            words = [t for t in doc.tokens[s.first:s.last] if t.is_word]
            if spans is not None:
                inside = [any(a < t.end and t.start < b for a, b in sp) for t in words]
            else:
                inside = [bool(mark == positive)] * len(words)
            n_ann += sum(inside)
            n_rest += len(inside) - sum(inside)
            for n in range(n_min, n_max + 1):
                for i in range(len(words) - n + 1):
                    gram = words[i:i + n]
                    if all(t.lower in stop for t in gram):
                        continue
                    term = " ".join(t.lower for t in gram)
                    is_ann = all(inside[i:i + n])
                    table = ann if is_ann else rest
                    table[term] += 1
                    if is_ann and term not in example:
                        a, b = gram[0].start, gram[-1].end
                        lo, hi = max(0, a - 40), min(len(text), b + 40)
                        example[term] = (("…" if lo else "") + text[lo:a] + "[" + text[a:b]
                                         + "]" + text[b:hi] + ("…" if hi < len(text) else ""))
    terms = sorted(set(ann) | set(rest))
    if not terms or n_ann == 0 or n_rest == 0:
        return pd.DataFrame(columns=_COLUMNS)
    yi = np.array([ann[t] for t in terms], dtype=float)
    yj = np.array([rest[t] for t in terms], dtype=float)
    # totals are token counts (n-gram counts for n > 1 are close enough for ranking)
    r = log_odds_dirichlet(yi, yj, prior_scale * (yi + yj), n_i=float(n_ann), n_j=float(n_rest),
                           alpha_0=prior_scale * float(n_ann + n_rest))
    df = pd.DataFrame({
        "term": terms,
        "n": [len(t.split(" ")) for t in terms],
        "count_annotated": yi.astype(int),
        "count_rest": yj.astype(int),
        "per_1k_annotated": 1000.0 * yi / n_ann,
        "per_1k_rest": 1000.0 * yj / n_rest,
        "log_odds": r.delta,
        "se": np.sqrt(r.variance),
        "z": r.z,
        "share_annotated": yi / (yi + yj),
    })
    df = df[df["count_annotated"] >= min_count]
    covered = {}
    if lexicon is not None:
        matcher = lexicon.compile()
        for t in df["term"]:
            toks = tokenize(t)
            m = matcher.match_at(toks, 0, 0, len(toks)) if toks else None
            if m is not None and m.end == len(toks):
                covered[t] = ",".join(m.entry.categories)
            else:
                part = matcher.find_in(toks, 0, len(toks))
                covered[t] = f"part: {','.join(part[0].entry.categories)}" if part else ""
    df["in_lexicon"] = [covered.get(t, "") for t in df["term"]]
    if exclude_covered:
        df = df[df["in_lexicon"] == ""]
    df["example"] = [example.get(t, "") for t in df["term"]]
    df = df.sort_values(["z", "term"], ascending=[False, True]).reset_index(drop=True)
    return df.head(top) if top is not None else df


def word_list_cell(value: Any, where: str) -> List[str]:
    """Annotated words of one record: a list, or a JSON / Python list literal, or ';'-separated
    (an error names ``where``, e.g. ``file:line``).

    Examples
    --------
    >>> word_list_cell("['radical', 'slammed']", "x.csv:2"), word_list_cell("a; b", "x.csv:3")
    (['radical', 'slammed'], ['a', 'b'])
    """
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    s = str(value).strip()
    if not s:
        return []
    if s.startswith("["):
        for parse in (json.loads, ast.literal_eval):
            try:
                v = parse(s)
            except (ValueError, SyntaxError):
                continue
            if isinstance(v, list):
                return [str(x) for x in v]
        raise InputError(where, f"cannot read the word list {s[:60]!r} (expected a JSON or "
                         "Python list, or ';'-separated words)")
    return [w.strip() for w in s.split(";") if w.strip()]


def suggest_from_documents(documents: Iterable[Any], label_column: Optional[str] = None,
                           words_column: Optional[str] = None, positive: Any = "1",
                           **kwargs: Any) -> Any:
    """:func:`suggest_entries` over documents read by :func:`framing.corpus.iter_documents`.

    Parameters
    ----------
    documents : iterable of framing.corpus.Document
        Objects with ``text`` and ``meta`` (and optionally ``origin``/``line`` for messages).
    label_column, words_column : str, optional
        Give exactly one: a column of text labels (a document is annotated when its value, as a
        string, is ``str(positive)``), or of annotated words (a list, a JSON or Python list
        literal such as BABE's ``biased_words``, or ``;``-separated words; every occurrence of
        each word is annotated, see :func:`framing.evaluation.biased_word_spans`). A document
        without the column raises a ValueError naming its file and line.
    positive : object, default "1"
    **kwargs
        Passed to :func:`suggest_entries`.

    Returns
    -------
    pandas.DataFrame
        As :func:`suggest_entries`.

    Examples
    --------
    >>> from types import SimpleNamespace as D
    >>> docs = [D(text="A rigged vote.", meta={"w": "['rigged']"}),
    ...         D(text="A fair vote.", meta={"w": "[]"}),
    ...         D(text="Rigged again.", meta={"w": "rigged"})]
    >>> suggest_from_documents(docs, words_column="w", min_count=1)["term"].tolist()[:1]
    ['rigged']
    """
    from ..evaluation import biased_word_spans

    if (label_column is None) == (words_column is None):
        raise ValueError("give exactly one of label_column (text labels) or words_column "
                         "(annotated words)")
    column = label_column or words_column
    texts: List[str] = []
    marks: List[Any] = []
    for k, d in enumerate(documents):
        where = f"{getattr(d, 'origin', '<input>')}:{getattr(d, 'line', None) or k + 1}"
        meta = getattr(d, "meta", {}) or {}
        if column not in meta:
            raise InputError(where, f"no column {column!r}; columns present: "
                             f"{', '.join(map(str, meta)) or '(none)'}", field=column)
        texts.append(d.text)
        if label_column is not None:
            marks.append(str(meta[column]).strip() == str(positive))
        else:
            marks.append(biased_word_spans(d.text, word_list_cell(meta[column], where)))
    if label_column is not None:
        return suggest_entries(texts, labels=marks, positive=True, **kwargs)
    return suggest_entries(texts, spans=marks, **kwargs)
