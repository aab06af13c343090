"""framing: measure how news text frames its subject.

Loaded language (split by the outlet's own voice and quoted voices), hedging and boosting,
source attribution (who is quoted, how, with which cue) and readability, with transparent,
versioned lexicons.

Examples
--------
>>> import framing
>>> a = framing.analyze("Critics contend the reform is a disgraceful sham.", doc_id="ex")
>>> a.attributions[0].source.label
'vague'
"""
from __future__ import annotations

from ._version import __version__

from typing import Any, Dict, Iterable, Optional, Union

__all__ = ["__version__", "analyze", "score", "signature", "Analyzer"]


def analyze(text: str, doc_id: Optional[str] = None, meta: Optional[Dict[str, Any]] = None):
    """Analyse one document with the bundled lexicons.

    Parameters
    ----------
    text : str
        The document, exactly as read; all offsets index into it.
    doc_id : str, optional
        Identifier carried into the record.
    meta : dict, optional
        Metadata columns carried into the record (outlet, date, ...).

    Returns
    -------
    framing.analysis.Analysis
        Spans, attributions, quotations and scores; ``.to_dict()`` is the JSON record of
        ``framing analyze``.
    """
    from .analyzer import default_analyzer

    return default_analyzer().analyze(text, doc_id, meta)


def score(texts: Union[Iterable[str], "Any"], text_column: str = "text", id_column: str = "id"):
    """Score many documents; one row per document.

    Parameters
    ----------
    texts : iterable of str, pandas.Series or pandas.DataFrame
        With a DataFrame, ``text_column`` holds the text, ``id_column`` (if present) the id,
        and all other columns pass through.
    text_column, id_column : str

    Returns
    -------
    pandas.DataFrame
        ``id``, metadata columns, then the score columns.

    Examples
    --------
    >>> df = score(["It may rain.", "Clearly, it will."])
    >>> list(df["hedge_per_1k"] > 0)
    [True, False]
    """
    import pandas as pd

    from .analyzer import default_analyzer

    an = default_analyzer()
    rows = []
    if isinstance(texts, pd.DataFrame):
        if text_column not in texts.columns:
            raise KeyError(
                f"no column {text_column!r}; columns present: {', '.join(map(str, texts.columns))}"
            )
        has_id = id_column in texts.columns
        meta_cols = [c for c in texts.columns if c not in (text_column, id_column)]
        for k, rec in enumerate(texts.to_dict("records")):
            doc_id = str(rec[id_column]) if has_id else str(k)
            meta = {c: rec[c] for c in meta_cols}
            rows.append(an.score_row(str(rec[text_column]), doc_id, meta))
    else:
        if isinstance(texts, str):
            raise TypeError("score() needs several texts; wrap a single text in a list")
        if isinstance(texts, pd.Series):
            items = [(str(i), t) for i, t in texts.items()]
        else:
            items = [(str(k), t) for k, t in enumerate(texts)]
        for doc_id, t in items:
            rows.append(an.score_row(t, doc_id))
    return pd.DataFrame(rows)


def signature() -> str:
    """The signature of the default analyzer (lexicon versions and settings)."""
    from .analyzer import default_analyzer

    return default_analyzer().signature


def __getattr__(name: str):
    if name == "Analyzer":
        from .analyzer import Analyzer

        return Analyzer
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
