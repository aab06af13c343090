"""Curation aids: rank candidate lexicon entries from labelled data (never edits a lexicon).

:func:`suggest_entries` ranks candidate entries from labelled data by the log-odds ratio with an
informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) of annotated text against the rest.
It returns a table for a human curator and never edits a lexicon.
"""
from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..errors import InputError
from ..text import tokenize
from .format import Lexicon



def _ngrams(words: Sequence[str], n_min: int, n_max: int) -> Iterable[Tuple[int, int]]:
    for n in range(n_min, n_max + 1):
        for i in range(len(words) - n + 1):
            yield i, i + n


def suggest_entries(texts: Sequence[str], spans: Optional[Sequence[Sequence[Tuple[int, int]]]] = None,
                    labels: Optional[Sequence[Any]] = None, positive: Any = 1,
                    lexicon: Optional[Lexicon] = None, ngram_range: Tuple[int, int] = (1, 1),
                    min_count: int = 3, prior_scale: float = 1.0, top: Optional[int] = 50,
                    exclude_covered: bool = False, stopwords: Iterable[str] = ()) -> Any:
    """Rank candidate lexicon entries from labelled data, for a human curator.

    Terms (lower-cased word n-grams of :func:`framing.text.tokenize`, within sentences) are
    counted in the *annotated* part of the data and in *the rest*, and ranked by the z-score of
    the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
    eqs. 16 and 18-20; :func:`framing.study.stats.log_odds_dirichlet`), whose pseudo-counts are the
    pooled counts times ``prior_scale``. Positive z: the term is typical of annotated text.

    Two kinds of annotation are supported:

    * ``spans`` (token annotation: biased words, hedge cues): an n-gram is *annotated* when all
      its tokens overlap an annotated span of its text; all other n-grams are the rest.
    * ``labels`` (sentence or document labels: uncertain / certain): n-grams of texts whose
      label equals ``positive`` against n-grams of the other texts.

    The function returns a table and never changes a lexicon.

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
        Reports for each term the category it already matches (column ``in_lexicon``: the
        categories, comma-separated, when an entry matches the whole term,
        ``part: <categories>`` when an entry matches part of an n-gram, else empty).
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
        Unigrams never suggested (n-grams made only of stopwords are dropped too).

    Returns
    -------
    pandas.DataFrame
        Columns ``term, n, count_annotated, count_rest, per_1k_annotated, per_1k_rest,
        log_odds, se, z, share_annotated, in_lexicon, example``; sorted by z (descending),
        then term. ``share_annotated`` is the share of the term's occurrences that are
        annotated (its precision as a one-word lexicon); ``example`` is the first annotated
        occurrence in context.

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
    ann: Dict[str, int] = {}
    rest: Dict[str, int] = {}
    example: Dict[str, str] = {}
    n_ann = n_rest = 0
    from ..text import segment

    for text, mark in zip(texts, marks):
        doc = segment(text)
        if spans is not None:
            sp = [(int(a), int(b)) for a, b in mark]
        for s in doc.sentences:
            words = [t for t in doc.tokens[s.first:s.last] if t.is_word]
            if spans is not None:
                inside = [any(a < t.end and t.start < b for a, b in sp) for t in words]
                n_ann += sum(inside)
                n_rest += len(inside) - sum(inside)
            else:
                pos = mark == positive
                n_ann += len(words) if pos else 0
                n_rest += 0 if pos else len(words)
            for i, j in _ngrams(words, n_min, n_max):
                gram = words[i:j]
                term = " ".join(t.lower for t in gram)
                if all(t.lower in stop for t in gram):
                    continue
                is_ann = all(inside[i:j]) if spans is not None else (mark == positive)
                table = ann if is_ann else rest
                table[term] = table.get(term, 0) + 1
                if is_ann and term not in example:
                    a, b = gram[0].start, gram[-1].end
                    lo, hi = max(0, a - 40), min(len(text), b + 40)
                    example[term] = (("…" if lo else "") + text[lo:a] + "[" + text[a:b] + "]"
                                     + text[b:hi] + ("…" if hi < len(text) else ""))
    columns = ["term", "n", "count_annotated", "count_rest", "per_1k_annotated", "per_1k_rest",
               "log_odds", "se", "z", "share_annotated", "in_lexicon", "example"]
    terms = sorted(set(ann) | set(rest))
    if not terms or n_ann == 0 or n_rest == 0:
        return pd.DataFrame(columns=columns)
    yi = np.array([ann.get(t, 0) for t in terms], dtype=float)
    yj = np.array([rest.get(t, 0) for t in terms], dtype=float)
    alpha = prior_scale * (yi + yj)
    # totals are token counts (n-gram counts for n > 1 are close enough for ranking)
    r = log_odds_dirichlet(yi, yj, alpha, n_i=float(n_ann), n_j=float(n_rest),
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
    df = df.assign(_negz=-df["z"]).sort_values(["_negz", "term"], kind="mergesort")
    df = df.drop(columns="_negz").reset_index(drop=True)[columns]
    return df.head(top).reset_index(drop=True) if top is not None else df


def _word_list_cell(value: Any, where: str) -> List[str]:
    """Annotated words of one record: a list, or a JSON / Python list literal, or ';'-separated."""
    import ast

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

    Give exactly one of ``label_column`` (text labels; a document is annotated when the
    column's value, as a string, equals ``str(positive)``) and ``words_column`` (annotated words
    per document, as a list, a JSON or Python list literal such as BABE's ``biased_words``, or
    ``;``-separated words; every occurrence of each word is annotated, see
    :func:`framing.evaluation.biased_word_spans`).

    Parameters
    ----------
    documents : iterable of framing.corpus.Document
        Objects with ``text`` and ``meta`` (and optionally ``origin``/``line`` for messages).
    label_column, words_column : str, optional
    positive : object, default "1"
    **kwargs
        Passed to :func:`suggest_entries` (``lexicon``, ``ngram_range``, ``min_count``,
        ``top``, ``exclude_covered``, ``stopwords``, ``prior_scale``).

    Returns
    -------
    pandas.DataFrame
        As :func:`suggest_entries`.

    Raises
    ------
    ValueError
        When neither or both columns are given, or a document lacks the column (the message
        names the file and line).

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
            marks.append(biased_word_spans(d.text, _word_list_cell(meta[column], where)))
    if label_column is not None:
        return suggest_entries(texts, labels=marks, positive=True, **kwargs)
    return suggest_entries(texts, spans=marks, **kwargs)
