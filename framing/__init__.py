"""framing: measure how news text frames its subject.

Loaded language (split by the outlet's own voice and quoted voices), hedging and boosting,
source attribution (who is quoted, how, with which cue), a researcher's own dictionaries and
readability, with transparent, versioned lexicons.

The public API is re-exported here; nothing in the package imports this module.

Examples
--------
>>> import framing
>>> a = framing.analyze("Critics contend the reform is a disgraceful sham.", doc_id="ex")
>>> a.attributions[0].source.label
'vague'
>>> framing.analyze("It may rain.", lexicons=["hedges"]).scores["hedge_per_1k"]
333.3333
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, Union

from ._version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis
    from .settings import AnalyzerSettings

__all__ = ["__version__", "analyze", "score", "signature", "Analyzer", "AnalyzerSettings",
           "FramingError"]


def _analyzer(settings: Optional["AnalyzerSettings"], options: Dict[str, Any]) -> Any:
    from .analyzer import analyzer_for
    from .settings import as_settings

    return analyzer_for(as_settings(settings, **options))


def analyze(text: str, doc_id: Optional[str] = None, meta: Optional[Dict[str, Any]] = None, *,
            settings: Optional["AnalyzerSettings"] = None, **options: Any) -> "Analysis":
    """Analyse one document.

    Parameters
    ----------
    text : str
        The document, exactly as read; all offsets index into it.
    doc_id : str, optional
        Identifier carried into the record.
    meta : dict, optional
        Metadata columns carried into the record (outlet, date, ...).
    settings : framing.settings.AnalyzerSettings, optional
        The settings of the analysis; or give the options instead:
    **options
        ``lexicons`` (bundled names or ``.lex`` paths; replaces the defaults, ``"default"``
        stands for them), ``attribution`` (the attribution lexicon, None for off),
        ``attribution_backend`` (``"model"``, the default, or ``"rules"``),
        ``attribution_model`` (a tagger file instead of the bundled one), ``voice``,
        ``readability``, ``lang``: see :meth:`framing.settings.AnalyzerSettings.create`.

    Returns
    -------
    framing.analysis.Analysis
        Spans, attributions, quotations, counts and scores; ``.to_dict()`` is the JSON record
        of ``framing analyze``.
    """
    return _analyzer(settings, options).analyze(text, doc_id, meta)


def score(texts: Union[Iterable[str], Any], text_column: str = "text", id_column: str = "id", *,
          settings: Optional["AnalyzerSettings"] = None, **options: Any) -> Any:
    """Score many documents; one row per document.

    Parameters
    ----------
    texts : iterable of str, pandas.Series or pandas.DataFrame
        With a DataFrame, ``text_column`` holds the text, ``id_column`` (if present) the id,
        and all other columns pass through. The result keeps the index of a Series or
        DataFrame.
    text_column, id_column : str
    settings, **options
        As for :func:`analyze`.

    Returns
    -------
    pandas.DataFrame
        ``id``, metadata columns, ``n_tokens``, ``n_sentences``, then the score columns.

    Examples
    --------
    >>> df = score(["It may rain.", "Clearly, it will."])
    >>> list(df["hedge_per_1k"] > 0)
    [True, False]
    >>> import pandas as pd
    >>> score(pd.Series(["It may rain."], index=[7]), lexicons=["hedges"]).index.tolist()
    [7]
    """
    import pandas as pd

    an = _analyzer(settings, options)
    rows = []
    index = None
    if isinstance(texts, pd.DataFrame):
        if text_column not in texts.columns:
            raise KeyError(
                f"no column {text_column!r}; columns present: {', '.join(map(str, texts.columns))}"
            )
        has_id = id_column in texts.columns
        meta_cols = [c for c in texts.columns if c not in (text_column, id_column)]
        index = texts.index
        for k, rec in enumerate(texts.to_dict("records")):
            doc_id = str(rec[id_column]) if has_id else str(index[k])
            meta = {c: rec[c] for c in meta_cols}
            rows.append(an.score_row(str(rec[text_column]), doc_id, meta))
    else:
        if isinstance(texts, str):
            raise TypeError("score() needs several texts; wrap a single text in a list")
        if isinstance(texts, pd.Series):
            index = texts.index
            items = [(str(i), t) for i, t in texts.items()]
        else:
            items = [(str(k), t) for k, t in enumerate(texts)]
        for doc_id, t in items:
            rows.append(an.score_row(t, doc_id))
    columns = ["id"] + (meta_cols if isinstance(texts, pd.DataFrame) else []) + an.score_columns
    return pd.DataFrame(rows, columns=columns, index=index)


def signature(settings: Optional["AnalyzerSettings"] = None, **options: Any) -> str:
    """The signature of an analysis with these settings (default: the bundled lexicons).

    Examples
    --------
    >>> signature(lexicons=["hedges"], attribution=None)
    'framing:0.1.0|lex:hedges@1.1|tok:rules-1|voice:on|attribution:off'
    """
    from .settings import as_settings

    return as_settings(settings, **options).signature().format()


def __getattr__(name: str) -> Any:
    if name == "Analyzer":
        from .analyzer import Analyzer

        return Analyzer
    if name == "AnalyzerSettings":
        from .settings import AnalyzerSettings

        return AnalyzerSettings
    if name == "FramingError":
        from .errors import FramingError

        return FramingError
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
