"""Every rate and share framing reports, derived from a document's counts by one pure function.

:func:`measures` turns the :class:`~framing.analysis.Counts` of one document into the scores of
``framing score`` (and of the ``scores`` of ``framing analyze``). ``framing compare`` and the
scikit-learn features (:mod:`framing.learn.features`) read the same scores or use the same
:func:`rate` and :func:`share`, so a measure means the same thing everywhere.

Definitions
-----------
* A *word* is a token with a letter or digit (:func:`framing.text.is_word`). The *author's*
  words are those outside quotations, the *quoted* words those inside.
* ``{layer}_per_1k``: weighted lexicon matches of the layer per 1,000 words;
  ``{layer}_author_per_1k`` and ``{layer}_quoted_per_1k``: the matches in that voice per
  1,000 words of that voice. A match counts once in each distinct layer of its entry.
* ``{lexicon}_{category}_per_1k`` (and ``_author_``, ``_quoted_``): the same per category; a
  match counts once in every category of its entry, as LIWC and quanteda count.
* ``quoted_token_share``: quoted words over all words.
* Attribution measures count the attributions made in the author's voice (whose cue stands
  outside a quotation) unless their name says otherwise: ``attributions`` (a count),
  ``attributions_quoted`` (made inside quotations, by quoted speakers),
  ``attributions_per_1k`` (per 1,000 words of the author's voice), ``{type}_source_share``
  (over the attributions with a source), ``nonneutral_cue_share`` and ``{stance}_cue_share``
  (over the attributions), ``{type}_quote_share`` (over the attributions), ``cue_{stance}``
  (counts).
* ``flesch_reading_ease``, ``flesch_kincaid_grade``: from the counts of sentences, words and
  syllables (:func:`framing.readability.flesch_from_counts`).

A rate or share whose denominator is zero is missing (``None``: empty in CSV, ``null`` in
JSON), never 0. A measure of something the analyzer was not configured to measure (a layer
of no lexicon, attribution or readability switched off, voice switched off) is absent.

Examples
--------
>>> from framing.analysis import Counts, Schema
>>> c = Counts(words=200, words_quoted=50, sentences=10, syllables=None, quotes=1,
...            layer_hits={("loaded", "author"): 3.0}, category_hits={},
...            attributions={}, schema=Schema(layers=("loaded",), attribution=False,
...                                           readability=False))
>>> measures(c)
{'loaded_per_1k': 15.0, 'loaded_author_per_1k': 20.0, 'loaded_quoted_per_1k': 0.0, 'quoted_token_share': 0.25}
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Any, Dict, List, Optional, Tuple

from .analysis import Counts, Schema
from .attribution import STANCES
from .readability import flesch_from_counts
from .voice import AUTHOR, QUOTED, QUOTE_TYPES

__all__ = ["measures", "measure_names", "score_columns", "rate", "share", "CORE_LAYERS",
           "NONE_SOURCE"]

#: Layers whose columns come first, in this order, when configured.
CORE_LAYERS = ("loaded", "hedge", "booster")
#: The source type of an attribution without a source ("it is alleged that ...").
NONE_SOURCE = "none"
#: Decimal places of rates and shares in the output.
DIGITS = 4
#: Source types with a share column, in column order (a share is over the attributions that
#: have a source).
SOURCE_SHARES = ("vague", "named", "titled", "pronoun", "document", "unknown")


def rate(count: float, denominator: float) -> Optional[float]:
    """``count`` per 1,000 of ``denominator``, rounded; None when the denominator is zero.

    Examples
    --------
    >>> rate(3, 200), rate(0, 0)
    (15.0, None)
    """
    return round(1000.0 * count / denominator, DIGITS) if denominator else None


def share(count: float, denominator: float) -> Optional[float]:
    """``count`` over ``denominator``, rounded; None when the denominator is zero.

    Examples
    --------
    >>> share(1, 3), share(0, 0)
    (0.3333, None)
    """
    return round(count / denominator, DIGITS) if denominator else None


def _rounded(x: float) -> Optional[float]:
    return None if x != x or math.isinf(x) else round(x, DIGITS)  # NaN: undefined


def measures(counts: Counts) -> Dict[str, Any]:
    """The scores of one document, in column order (see the module docstring).

    Parameters
    ----------
    counts : Counts

    Returns
    -------
    dict
        Measure name -> value (``None`` where undefined).
    """
    schema = counts.schema
    voice = schema.voice
    out: Dict[str, Any] = {}
    n = counts.words
    nq = counts.words_quoted
    na = n - nq
    # rates of every layer and category: (names, keys) planned once per schema
    for hits, plan in ((counts.layer_hits, _plan(schema)[0]), (counts.category_hits, _plan(schema)[1])):
        get = hits.get
        for total, author, quoted, key_a, key_q in plan:
            a = get(key_a, 0.0)
            q = get(key_q, 0.0)
            out[total] = round(1000.0 * (a + q) / n, DIGITS) if n else None
            if voice:
                out[author] = round(1000.0 * a / na, DIGITS) if na else None
                out[quoted] = round(1000.0 * q / nq, DIGITS) if nq else None
    if voice:
        out["quoted_token_share"] = share(nq, n)
    if schema.attribution:
        _attribution_measures(counts, na, out)
    if schema.readability:
        r = flesch_from_counts(counts.sentences, n, counts.syllables or 0, schema.lang)
        out["flesch_reading_ease"] = _rounded(r["flesch_reading_ease"])
        out["flesch_kincaid_grade"] = _rounded(r["flesch_kincaid_grade"])
    if schema.entities:
        from .entities import entity_columns

        for name in schema.entities:
            out.update(entity_columns(name, counts.entities.get(name)))
    return out


_Plan = List[Tuple[str, str, str, tuple, tuple]]


@lru_cache(maxsize=32)
def _plan(schema: Schema) -> Tuple[_Plan, _Plan]:
    """The names and count keys of the layer and category rates of ``schema``, in order."""
    layers: _Plan = [(f"{la}_per_1k", f"{la}_author_per_1k", f"{la}_quoted_per_1k",
                      (la, AUTHOR), (la, QUOTED)) for la in schema.layers]
    categories: _Plan = [
        (f"{lx}_{cat}_per_1k", f"{lx}_{cat}_author_per_1k", f"{lx}_{cat}_quoted_per_1k",
         (lx, la, cat, AUTHOR), (lx, la, cat, QUOTED)) for lx, cat, la in schema.categories]
    return layers, categories


def _attribution_measures(counts: Counts, words_author: int, out: Dict[str, Any]) -> None:
    own = {key[1:]: n for key, n in counts.attributions.items() if key[0] == AUTHOR}
    n_own = sum(own.values())
    n_all = sum(counts.attributions.values())
    by_source: Dict[str, int] = {}
    by_stance: Dict[str, int] = {}
    by_quote: Dict[str, int] = {}
    for (source, stance, quote), k in own.items():
        by_source[source] = by_source.get(source, 0) + k
        by_stance[stance] = by_stance.get(stance, 0) + k
        by_quote[quote] = by_quote.get(quote, 0) + k
    out["attributions"] = n_own
    out["attributions_quoted"] = n_all - n_own
    out["attributions_per_1k"] = rate(n_own, words_author)
    n_sourced = n_own - by_source.get(NONE_SOURCE, 0)
    for t in SOURCE_SHARES:
        out[f"{t}_source_share"] = share(by_source.get(t, 0), n_sourced)
    out["nonneutral_cue_share"] = share(n_own - by_stance.get("neutral", 0), n_own)
    for st in STANCES:
        if st != "neutral":
            out[f"{st}_cue_share"] = share(by_stance.get(st, 0), n_own)
    for q in QUOTE_TYPES:
        out[f"{q}_quote_share"] = share(by_quote.get(q, 0), n_own)
    for st in STANCES:
        out[f"cue_{st}"] = by_stance.get(st, 0)


def measure_names(schema: Schema) -> List[str]:
    """The names :func:`measures` gives for this schema, in order.

    Examples
    --------
    >>> from framing.analysis import Schema
    >>> measure_names(Schema(layers=("hedge",), attribution=False, voice=False))
    ['hedge_per_1k', 'flesch_reading_ease', 'flesch_kincaid_grade']
    """
    empty = Counts(0, 0, 0, 0, 0, {}, {}, {}, schema)
    return list(measures(empty))


def score_columns(schema: Schema) -> List[str]:
    """The columns of a ``framing score`` row after ``id`` and the metadata columns."""
    return ["n_tokens", "n_sentences"] + measure_names(schema)

