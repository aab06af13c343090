"""The bundled demonstration corpus: fictional news from four invented outlets.

Forty articles: four outlets, each covering the same ten invented events in the fictional
country of Valdoria in a deliberately different house style (see ``README.md`` here); all of it
is fictional. Each article carries the five generic :data:`FRAMES` (1/0), assigned by hand.

Examples
--------
>>> docs = load_corpus()
>>> len(docs), sorted({d.meta["outlet"] for d in docs}) == sorted(OUTLETS)
(40, True)
"""
from __future__ import annotations

import os
from importlib import resources
from typing import Any, List, Optional, Sequence

from ...corpus import Document, iter_documents

__all__ = ["CORPUS_FILE", "FRAMES", "OUTLETS", "corpus_path", "load_corpus", "run_demo", "DEMO_NOTE",
           "DEMO_BIBTEX"]

CORPUS_FILE = "corpus.jsonl"
#: The five generic news frames of Semetko & Valkenburg (2000), as annotated in the corpus.
FRAMES = ("conflict", "responsibility", "economic", "human_interest", "morality")
#: The outlets in report order: from the most restrained to the most partisan style.
OUTLETS = ("Harbour Ledger", "Meridian Daily", "Northgate Courier", "Civic Sentinel")
DEMO_NOTE = ("Fictional data. Every outlet, person, place and event in this corpus is invented; "
             "the articles were written for the framing demonstration in four deliberately "
             "different house styles, so that the measures have clear contrasts to show. "
             "The findings describe the demo corpus, not real news media.")
DEMO_BIBTEX = ("@misc{framing_demo_corpus, author={{framing contributors}}, title={A fictional "
               "news corpus for demonstrating framing: four invented outlets covering ten "
               "invented events}, howpublished={framing/study/demo/corpus.jsonl}, note={Fictional "
               "data written for the framing demo; 40 articles with hand-assigned generic "
               "frames}}")
_FRAME_LABELS = {f: f.replace("_", " ").capitalize() for f in FRAMES}
_SEMETKO = ("@article{semetko2000, author={Semetko, Holli A. and Valkenburg, Patti M.}, "
            "title={Framing {European} Politics: A Content Analysis of Press and Television News}, "
            "journal={Journal of Communication}, volume={50}, number={2}, pages={93--109}, year={2000}}")


def corpus_path() -> Any:
    """The bundled corpus file (an :mod:`importlib.resources` traversable).

    Examples
    --------
    >>> corpus_path().name
    'corpus.jsonl'
    """
    return resources.files(__name__).joinpath(CORPUS_FILE)


def load_corpus() -> List[Document]:
    """The demo articles as documents (meta: outlet, event, headline and the frame columns).

    Examples
    --------
    >>> d = load_corpus()[0]
    >>> d.id, d.meta["outlet"], d.meta["event"], sorted(k for k in d.meta if k in FRAMES)[:2]
    ('01-ledger', 'Harbour Ledger', 'dock-strike', ['conflict', 'economic'])
    """
    with resources.as_file(corpus_path()) as path:
        return list(iter_documents(str(path)))


def run_demo(output_dir: "Optional[str | os.PathLike[str]]" = "framing-demo", *, jobs: int = 1,
             title: Optional[str] = None, write_documents: Sequence[str] = ("csv", "parquet"),
             figure_formats: Sequence[str] = ("png", "svg"), settings: Any = None,
             **options: Any) -> Any:
    """Run the flagship comparison on the demo corpus and write the report to ``output_dir``.

    Parameters
    ----------
    output_dir : path or None
        Report folder (None: compute only).
    jobs, settings, write_documents, figure_formats, **options
        As for :func:`framing.study.compare.compare_documents`.

    Returns
    -------
    framing.study.compare.Comparison

    Examples
    --------
    >>> c = run_demo(None, n_resamples=100, evidence_per_group=0)  # compute only
    >>> c.groups == list(OUTLETS), c.group_sizes["Civic Sentinel"]
    (True, 10)
    """
    from ..compare import compare_documents

    with resources.as_file(corpus_path()) as path:
        docs = iter_documents(str(path))
        options.setdefault("groups", OUTLETS)
        options.setdefault("frame_columns", FRAMES)
        return compare_documents(
            docs, "outlet", output_dir, inputs=[(f"framing/study/demo/{CORPUS_FILE}", str(path))],
            settings=settings, jobs=jobs,
            title=title or "framing demo: four fictional outlets cover the same ten events",
            notes=[DEMO_NOTE],
            references=[DEMO_BIBTEX, _SEMETKO],
            data_description=("The corpus is the fictional demonstration corpus bundled with "
                              "framing: four invented outlets each covering the same ten invented "
                              "events, with five generic frames (Semetko & Valkenburg, 2000) "
                              "assigned by hand to every article."),
            measure_labels=_FRAME_LABELS, write_documents=write_documents,
            figure_formats=figure_formats, **options,
        )
