"""Evaluation against human annotation: gold-data readers, span/relation metrics, agreement.

The module has three parts.

Readers
    Pure functions that parse the human-annotated corpora used to validate the analyzers
    (PolNeAR attributions, CoNLL-2010 Wikipedia hedging, BioScope and SFU speculation cues,
    BABE and MBIC sentence bias) into small frozen dataclasses. Every character span is a
    ``(start, end)`` pair of Python string indices, so ``text[start:end]`` is the annotated
    surface string. Malformed input raises :class:`DataFormatError` (a ``ValueError``) that names
    the file and line. The data itself is never bundled with the project.

Counts and metrics
    Every metric is computed from per-unit *count tuples* ``(tp, fp, fn)`` (see
    :data:`COUNT_FIELDS`): :func:`token_counts`, :func:`token_counts_by_label`,
    :func:`span_counts`, :func:`relation_counts` and :func:`sentence_counts` return integer
    arrays whose last axis has length 3. Stacking them over documents gives an array of shape
    ``(n_docs, ..., 3)``; :func:`prf` turns summed counts into micro-averaged precision, recall
    and F1, and :func:`bootstrap_ci` resamples documents and recomputes the metric from the
    summed counts in one vectorised pass.

Agreement
    :func:`cohen_kappa`, :func:`krippendorff_alpha` and :func:`coder_agreement` compare a
    scorer with human coders through :class:`nltk.metrics.agreement.AnnotationTask`.

Examples
--------
>>> text = "Critics said the plan may fail."
>>> gold = [(17, 30)]                      # "plan may fail"
>>> pred = [(21, 30)]                      # "may fail"
>>> token_counts(text, pred, gold).tolist()
[2, 0, 1]
>>> counts = np.array([token_counts(text, pred, gold), token_counts(text, gold, gold)])
>>> prf(counts.sum(axis=0)).round(3).tolist()
[1.0, 0.833, 0.909]
"""
from __future__ import annotations

import ast
import csv
import hashlib
import math
import re
from collections import Counter, OrderedDict, defaultdict
from collections import abc as _abc
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Mapping, NamedTuple,
                    Optional, Sequence, Tuple, Union)
from xml.etree import ElementTree as ET

import numpy as np

__all__ = [
    # errors
    "DataFormatError",
    "SpanMismatchError",
    # constants
    "COUNT_FIELDS",
    "TOKEN_PATTERN",
    "POLNEAR_ROLES",
    "POLNEAR_PUBLISHERS",
    "RELATION_ROWS",
    # records
    "GoldAttribution",
    "PolnearDocument",
    "LabeledSentence",
    "Cue",
    "CueSentence",
    "BabeSentence",
    "MbicSentence",
    "MbicArticle",
    # readers
    "read_polnear",
    "read_conll_wiki",
    "read_bioscope",
    "read_sfu",
    "read_babe",
    "read_mbic",
    "mbic_articles",
    "biased_word_spans",
    # counts and metrics
    "word_spans",
    "token_counts",
    "token_counts_by_label",
    "span_counts",
    "relation_counts",
    "sentence_counts",
    "prf",
    "macro_prf",
    "prf_dict",
    "BootstrapResult",
    "bootstrap_ci",
    # agreement
    "cohen_kappa",
    "krippendorff_alpha",
    "coder_agreement",
]

Span = Tuple[int, int]
PathLike = Union[str, Path]

# ---------------------------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------------------------

#: Order of the last axis of every count array returned by the ``*_counts`` functions.
COUNT_FIELDS = ("tp", "fp", "fn")

#: Default word tokenizer for token-level scores: runs of word characters, with inner hyphens
#: and apostrophes kept ("well-known", "isn't"). Punctuation is deliberately not a token, so
#: annotators' differing conventions about trailing commas and quotation marks do not move the
#: score. Pass ``token_pattern=r"\w+(?:[-'’]\w+)*|[^\w\s]"`` to count punctuation as well.
TOKEN_PATTERN = r"\w+(?:[-'’]\w+)*"

#: Attribution roles annotated in PolNeAR (Newell, Margolin & Ruths 2018, guidelines section 2).
POLNEAR_ROLES = ("source", "cue", "content")

#: Publisher codes of PolNeAR (PolNeAR README, "News Publishers"); used to infer the publisher
#: from the file name prefix when ``metadata.tsv`` is not available.
POLNEAR_PUBLISHERS = frozenset(
    {"huff-post", "breitbart", "nyt", "politico", "wash-post", "west-journal", "usa-today"})

#: brat event (``E`` line) trigger types that denote an attribution in PolNeAR. The corpus also
#: has ``Discard`` and ``Discuss`` text-bound annotations, which are annotator bookkeeping.
_POLNEAR_EVENT_TYPES = frozenset({"Attribution", "Attribution-no-source"})

#: PolNeAR .ann file names are ``<article>_<annotator>.ann``; annotator ids are 4 hex digits
#: (metadata.tsv, column ``annotators``).
_POLNEAR_ANN_RE = re.compile(r"^(?P<doc>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")

#: Start of a brat standoff line: an annotation id and a TAB (brat standoff format docs:
#: T text-bound, E event, A/M attribute, R relation, N normalisation, # note, * equivalence).
#: A line that does not start like this continues the text of the previous ``T`` line (brat
#: writes newlines inside an annotated span verbatim; 3 PolNeAR train spans cross a paragraph).
_BRAT_LINE_RE = re.compile(r"^(?:[TEAMRN]\d+|#\d*|\*)\t")

#: Rows of the array returned by :func:`relation_counts`.
RELATION_ROWS = ("relation",) + POLNEAR_ROLES

#: Penn Treebank escapes found in the CoNLL-2010 Wikipedia sentences (the sentences come
#: tokenised from the shared-task release; Farkas et al. 2010).
_PTB_ESCAPES = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{",
                "-RCB-": "}", "``": '"', "''": '"'}

#: Characters stripped from BABE/MBIC biased-word entries before matching: annotators' lists
#: use straight quotes ("experts") where the sentence has curly ones (“experts”).
_BIASED_WORD_STRIP = "\"'“”‘’«»`.,;:!?()[]"

#: C1 control characters and the Windows-1252 characters with the same byte value (the code
#: page's table, as implemented by Python's ``cp1252`` codec; 5 bytes are undefined there).
_CP1252_C1 = {chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
              if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_C1_RE = re.compile("[\x80-\x9f]")

#: Excel's maximum number of characters in a cell (Microsoft "Excel specifications and
#: limits"). MBIC was distributed as .xlsx; articles of exactly this length are truncated.
_EXCEL_CELL_LIMIT = 32767

#: Starts of MBIC ``article`` values that are scraping failures (cookie walls, rate-limit
#: pages) rather than article text; found by inspecting the most frequent ``article`` values
#: of MBIC.csv (91 and 11 rows respectively).
_MBIC_BOILERPLATE = ("HuffPost is part of Verizon Media", "Access temporarily suspended")


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------

class DataFormatError(ValueError):
    """Malformed annotation file; the message starts with ``path:line:``.

    Parameters
    ----------
    path : str or Path
        File being read.
    line : int or None
        1-based line number (``None`` when the problem is not tied to a line).
    message : str
        What is wrong.

    Examples
    --------
    >>> str(DataFormatError("a.ann", 3, "bad offsets"))
    'a.ann:3: bad offsets'
    """

    def __init__(self, path: PathLike, line: Optional[int], message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        where = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # keep the exception picklable (multiprocessing, joblib)
        return type(self), (self.path, self.line, self.message)


class SpanMismatchError(DataFormatError):
    """The text stored in a standoff annotation differs from ``text[start:end]``."""


# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution relation (PolNeAR ``E`` line).

    Attributes
    ----------
    id : str
        brat event id (``"E3"``).
    source, cue, content : tuple of (int, int)
        Character spans of each role, sorted; empty when the role is not annotated. A
        discontinuous brat span contributes several spans, as does a repeated role
        (``Content2``).
    kind : str
        ``"Attribution"`` or ``"Attribution-no-source"``.
    cue_from_trigger : bool
        True when the event had no ``Cue`` argument and the trigger span is used as the cue
        (the trigger coincides with the cue in all but 11 of 24,785 PolNeAR events).
    """

    id: str
    source: Tuple[Span, ...]
    cue: Tuple[Span, ...]
    content: Tuple[Span, ...]
    kind: str = "Attribution"
    cue_from_trigger: bool = False


@dataclass(frozen=True)
class PolnearDocument:
    """A PolNeAR article with its gold attributions.

    Attributes
    ----------
    id : str
        Article file name without extension (``"nyt_2016-09-20_..."``).
    text : str
        The article exactly as stored (read with ``newline=""``; offsets index this string).
    publisher : str or None
        Publisher code (``nyt``, ``breitbart``, ...), from ``metadata.tsv`` or the file name.
    annotator : str or None
        Annotator whose annotation is in :attr:`attributions` (None if the article has none).
    attributions : tuple of GoldAttribution
        Attributions of :attr:`annotator`.
    annotations : dict
        All annotators' attributions, ``{annotator: tuple of GoldAttribution}``; agreement
        articles have six.
    metadata : dict
        The ``metadata.tsv`` row (empty when unavailable).
    n_span_mismatches : int
        Spans whose ``.ann`` text differs from the text slice (0 on PolNeAR train and dev;
        only non-zero when reading with ``strict=False``).
    """

    id: str
    text: str
    publisher: Optional[str]
    annotator: Optional[str]
    attributions: Tuple[GoldAttribution, ...]
    annotations: Mapping[str, Tuple[GoldAttribution, ...]] = field(
        default_factory=dict, compare=False, hash=False)
    metadata: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    n_span_mismatches: int = 0

    def role_spans(self) -> Dict[str, List[Span]]:
        """Spans of each role over all attributions, for :func:`token_counts_by_label`.

        Returns
        -------
        dict
            ``{"source": [...], "cue": [...], "content": [...]}``.
        """
        out: Dict[str, List[Span]] = {role: [] for role in POLNEAR_ROLES}
        for att in self.attributions:
            for role in POLNEAR_ROLES:
                out[role].extend(getattr(att, role))
        return out


class LabeledSentence(NamedTuple):
    """A ``(text, label)`` pair; unpacks like a tuple.

    Examples
    --------
    >>> text, label = LabeledSentence("It may rain.", 1)
    >>> label
    1
    """

    text: str
    label: int


@dataclass(frozen=True)
class Cue:
    """A hedge/negation cue: one or more character spans (multi-part cues such as
    *either ... or* have several).

    Attributes
    ----------
    id : str
        Identifier within the sentence (BioScope ``ref`` of the cue, SFU cue ``ID``).
    spans : tuple of (int, int)
        Character spans into :attr:`CueSentence.text`, in text order.
    texts : tuple of str
        The annotated string of each part, as found in the XML.
    type : str
        ``"speculation"`` or ``"negation"``.
    """

    id: str
    spans: Tuple[Span, ...]
    texts: Tuple[str, ...]
    type: str = "speculation"


@dataclass(frozen=True)
class CueSentence:
    """A sentence with its cues.

    Attributes
    ----------
    id : str
        Sentence id (BioScope ``S1.4``; SFU ``DOMAIN/file:index``).
    doc_id : str
        BioScope ``DocID``; SFU ``DOMAIN/file``.
    text : str
        Sentence text; cue offsets index this string.
    cues : tuple of Cue
        Cues of the requested type.
    section : str
        BioScope ``DocumentPart`` type (``Title``, ``AbstractText``, ...); SFU domain.
    """

    id: str
    doc_id: str
    text: str
    cues: Tuple[Cue, ...]
    section: str = ""

    @property
    def spans(self) -> List[Span]:
        """All cue parts as a flat list of spans (for :func:`token_counts`)."""
        return [s for cue in self.cues for s in cue.spans]

    @property
    def label(self) -> int:
        """1 if the sentence has at least one cue, else 0 (sentence-level gold)."""
        return int(bool(self.cues))


@dataclass(frozen=True)
class BabeSentence:
    """A BABE sentence (``train_SG2.csv``).

    Attributes
    ----------
    text : str
        The sentence (surrounding whitespace stripped).
    news_link, outlet, topic : str or None
        Source article URL, outlet name, topic (as written; topics are not normalised, e.g.
        ``blm`` and ``black lives matter`` both occur).
    type : str or None
        Outlet leaning ``left`` / ``center`` / ``right`` (empty for 780 of 2,892 rows).
    label : str
        ``Biased``, ``Non-biased`` or ``No agreement``.
    opinion : str
        ``label_opinion`` as written.
    biased_words : tuple of str
        Words marked as biased by the annotators.
    line : int
        Line of the record's end in the CSV file.
    """

    text: str
    news_link: Optional[str]
    outlet: Optional[str]
    topic: Optional[str]
    type: Optional[str]
    label: str
    opinion: str
    biased_words: Tuple[str, ...]
    line: int = 0

    @property
    def is_biased(self) -> Optional[bool]:
        """True/False for ``Biased``/``Non-biased``; None for ``No agreement``."""
        return _bias_flag(self.label)

    def biased_spans(self) -> List[Span]:
        """Character spans of :attr:`biased_words` in :attr:`text` (:func:`biased_word_spans`)."""
        return biased_word_spans(self.text, self.biased_words)


@dataclass(frozen=True)
class MbicSentence:
    """An MBIC sentence (``MBIC.csv``), with the article it was taken from.

    Attributes
    ----------
    text, news_link, outlet, topic, type, label, opinion, biased_words, line
        As in :class:`BabeSentence` (MBIC outlet codes are lower-case, ``fox-news``).
    group_id : int
        MBIC ``group_id`` (annotation batch).
    num_sent : int
        Number of sentences in :attr:`text` (MBIC ``num_sent``; some items have up to 5).
    article : str or None
        Full article text (missing for 71 rows; see :class:`MbicArticle` for quality flags).
    """

    text: str
    news_link: Optional[str]
    outlet: Optional[str]
    topic: Optional[str]
    type: Optional[str]
    label: str
    opinion: str
    biased_words: Tuple[str, ...]
    group_id: int
    num_sent: int
    article: Optional[str]
    line: int = 0

    @property
    def is_biased(self) -> Optional[bool]:
        """True/False for ``Biased``/``Non-biased``; None for ``No agreement``."""
        return _bias_flag(self.label)

    def biased_spans(self) -> List[Span]:
        """Character spans of :attr:`biased_words` in :attr:`text` (:func:`biased_word_spans`)."""
        return biased_word_spans(self.text, self.biased_words)


@dataclass(frozen=True)
class MbicArticle:
    """MBIC sentences grouped by source article, for per-article bias density.

    Attributes
    ----------
    key : str
        The article's ``news_link`` (or a substitute key when the link is missing).
    article : str or None
        Article text.
    outlet, topic, type : str or None
        Taken from the first sentence.
    sentences : tuple of MbicSentence
        Annotated sentences of the article.
    """

    key: str
    article: Optional[str]
    outlet: Optional[str]
    topic: Optional[str]
    type: Optional[str]
    sentences: Tuple[MbicSentence, ...]

    @property
    def article_usable(self) -> bool:
        """False when the article text is missing, a scraping failure, or truncated at
        Excel's cell limit (32,767 characters)."""
        a = self.article
        return bool(a) and not a.startswith(_MBIC_BOILERPLATE) and len(a) < _EXCEL_CELL_LIMIT

    @property
    def n_biased(self) -> int:
        """Number of sentences labelled ``Biased``."""
        return sum(s.is_biased is True for s in self.sentences)

    @property
    def n_labelled(self) -> int:
        """Number of sentences labelled ``Biased`` or ``Non-biased``."""
        return sum(s.is_biased is not None for s in self.sentences)

    @property
    def bias_share(self) -> Optional[float]:
        """Share of labelled sentences that are biased (None if none is labelled)."""
        return self.n_biased / self.n_labelled if self.n_labelled else None

    @property
    def n_biased_words(self) -> int:
        """Number of biased-word entries over the article's sentences."""
        return sum(len(s.biased_words) for s in self.sentences)

    @property
    def biased_word_density(self) -> Optional[float]:
        """Biased-word entries per 1,000 article words (:data:`TOKEN_PATTERN` words); None
        when :attr:`article_usable` is False. Only the annotated sentences contribute
        entries, so this is a lower bound on the article's density."""
        if not self.article_usable:
            return None
        n_words = len(word_spans(self.article))
        return 1000.0 * self.n_biased_words / n_words if n_words else None


def _bias_flag(label: str) -> Optional[bool]:
    return {"Biased": True, "Non-biased": False}.get(label)


# ---------------------------------------------------------------------------------------------
# PolNeAR
# ---------------------------------------------------------------------------------------------

def _read_polnear_metadata(path: Path) -> Dict[str, Dict[str, str]]:
    out: Dict[str, Dict[str, str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if not header or "filename" not in header:
            raise DataFormatError(path, 1, "expected a header with a 'filename' column")
        for row in reader:
            if len(row) != len(header):
                raise DataFormatError(
                    path, reader.line_num, f"expected {len(header)} fields, got {len(row)}")
            rec = dict(zip(header, row))
            out[rec["filename"]] = rec
    return out


def _brat_lines(path: Path) -> Iterator[Tuple[int, str]]:
    """Logical lines of a brat .ann file with their 1-based starting line numbers."""
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    # brat writes "\n"; tolerate CRLF .ann files (span texts are compared with the document
    # modulo line-end style, see _unify_newlines, so this cannot cause a false mismatch)
    raw = raw.replace("\r\n", "\n")
    if raw.endswith("\n"):
        raw = raw[:-1]
    pending: Optional[Tuple[int, str]] = None
    for lineno, line in enumerate(raw.split("\n"), start=1):
        if _BRAT_LINE_RE.match(line):
            if pending is not None:
                yield pending
            pending = (lineno, line)
        elif pending is not None and pending[1].startswith("T"):
            # continuation of a span text that contains a newline
            pending = (pending[0], pending[1] + "\n" + line)
        elif line.strip():
            raise DataFormatError(path, lineno, f"not a brat annotation line: {line[:60]!r}")
    if pending is not None:
        yield pending


def _unify_newlines(s: str) -> str:
    return s.replace("\r\n", "\n").replace("\r", "\n") if "\r" in s else s


def _parse_polnear_ann(path: Path, text: str, strict: bool
                       ) -> Tuple[Tuple[GoldAttribution, ...], int]:
    tbs: Dict[str, Tuple[str, Tuple[Span, ...]]] = {}
    events: List[Tuple[int, str, List[str]]] = []
    mismatches = 0
    for lineno, line in _brat_lines(path):
        if line.startswith("T"):
            parts = line.split("\t", 2)
            if len(parts) != 3:
                raise DataFormatError(path, lineno, "text-bound line needs 3 TAB-separated fields")
            tid, mid, span_text = parts
            type_, _, locs = mid.partition(" ")
            spans = []
            for frag in locs.split(";"):
                m = re.fullmatch(r"\s*(\d+) (\d+)\s*", frag)
                if not m:
                    raise DataFormatError(path, lineno, f"bad offsets {locs!r}")
                s, e = int(m.group(1)), int(m.group(2))
                if not 0 <= s <= e <= len(text):
                    raise DataFormatError(
                        path, lineno, f"span {s} {e} outside the text (length {len(text)})")
                spans.append((s, e))
            # brat joins the fragments of a discontinuous span with one space, in file order;
            # line ends are compared modulo CRLF/LF (offsets themselves count every character)
            surface = " ".join(text[s:e] for s, e in spans)
            if _unify_newlines(surface) != _unify_newlines(span_text):
                if strict:
                    raise SpanMismatchError(
                        path, lineno,
                        f"{tid}: text[{locs}] is {surface[:40]!r}, annotation has "
                        f"{span_text[:40]!r}")
                mismatches += 1
            tbs[tid] = (type_, tuple(spans))
        elif line.startswith("E"):
            eid, _, args = line.partition("\t")
            events.append((lineno, eid, args.split()))
        # A (attributes), R, N, # (AnnotatorNotes) and * lines carry nothing we evaluate.

    attributions = []
    for lineno, eid, args in events:
        if not args:
            raise DataFormatError(path, lineno, f"{eid} has no trigger")
        roles: Dict[str, List[Span]] = {role: [] for role in POLNEAR_ROLES}
        trigger_type = trigger = None
        for k, arg in enumerate(args):
            name, sep, ref = arg.partition(":")
            if not sep:
                raise DataFormatError(path, lineno, f"bad event argument {arg!r}")
            if ref not in tbs:
                raise DataFormatError(path, lineno, f"{eid} refers to unknown {ref!r}")
            if k == 0:
                trigger_type, trigger = name, ref
                continue
            role = re.sub(r"\d+$", "", name).lower()  # "Content2" is a second Content
            if role not in roles:
                raise DataFormatError(path, lineno, f"{eid} has unknown role {name!r}")
            roles[role].extend(tbs[ref][1])
        if trigger_type not in _POLNEAR_EVENT_TYPES:
            continue
        from_trigger = not roles["cue"]
        if from_trigger:
            roles["cue"].extend(tbs[trigger][1])
        attributions.append(GoldAttribution(
            id=eid, source=tuple(sorted(roles["source"])), cue=tuple(sorted(roles["cue"])),
            content=tuple(sorted(roles["content"])), kind=trigger_type,
            cue_from_trigger=from_trigger))
    return tuple(attributions), mismatches


def read_polnear(split_dir: PathLike, metadata: Optional[PathLike] = None,
                 annotator: Optional[str] = None, strict: bool = True
                 ) -> List[PolnearDocument]:
    """Read one PolNeAR split (``train`` or ``dev``) in brat standoff format.

    Reads ``SPLIT/text/<id>.txt`` and ``SPLIT/attributions/<id>_<annotator>.ann``. ``T`` lines
    (``Tn<TAB>Type start end[;start end...]<TAB>text``) give spans, discontinuous ones included;
    ``E`` lines (``En<TAB>Attribution:Tx Content:Ty Cue:Tz Source:Tw``, roles in any order and
    any subset, repeated roles numbered ``Content2``) link them into attributions. Each span's
    surface ``text[start:end]`` (fragments joined by one space, as brat does) is checked against
    the annotation text.

    Parameters
    ----------
    split_dir : str or Path
        The split directory, e.g. ``.../polnear/dev``.
    metadata : str or Path, optional
        ``metadata.tsv``; defaults to ``split_dir/../metadata.tsv`` when that file exists.
    annotator : str, optional
        For articles annotated by several annotators (agreement articles), whose annotation goes
        into :attr:`PolnearDocument.attributions`. Default: the lexicographically first one. All
        annotations are in :attr:`PolnearDocument.annotations`.
    strict : bool, default True
        Raise :class:`SpanMismatchError` on a span whose text differs from the document; with
        False, count it in :attr:`PolnearDocument.n_span_mismatches` instead.

    Returns
    -------
    list of PolnearDocument
        Sorted by id; articles without any ``.ann`` file have no attributions.

    Raises
    ------
    FileNotFoundError
        If ``text/`` or ``attributions/`` is missing, or an ``.ann`` has no text file.
    DataFormatError
        On a malformed line (message ``path:line: ...``).

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> (d / "text").mkdir(); (d / "attributions").mkdir()
    >>> _ = (d / "text" / "nyt_x.txt").write_text("Aides said it was over.")
    >>> _ = (d / "attributions" / "nyt_x_ab12.ann").write_text(
    ...     "T1\\tSource 0 5\\tAides\\nT2\\tCue 6 10\\tsaid\\nT3\\tContent 11 22\\tit was over\\n"
    ...     "T4\\tAttribution 6 10\\tsaid\\nE1\\tAttribution:T4 Source:T1 Cue:T2 Content:T3\\n")
    >>> doc, = read_polnear(d)
    >>> doc.publisher, doc.annotator, doc.attributions[0].content
    ('nyt', 'ab12', ((11, 22),))
    """
    split_dir = Path(split_dir)
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    for d in (text_dir, ann_dir):
        if not d.is_dir():
            raise FileNotFoundError(f"{d}: PolNeAR split directory not found")
    meta_path = Path(metadata) if metadata is not None else split_dir.parent / "metadata.tsv"
    meta = _read_polnear_metadata(meta_path) if meta_path.is_file() else {}

    by_doc: Dict[str, Dict[str, Path]] = defaultdict(dict)
    for ann in sorted(ann_dir.glob("*.ann")):
        m = _POLNEAR_ANN_RE.match(ann.name)
        doc_id, who = (m.group("doc"), m.group("annotator")) if m else (ann.stem, "")
        by_doc[doc_id][who] = ann
    doc_ids = sorted({p.stem for p in text_dir.glob("*.txt")} | set(by_doc))

    docs = []
    for doc_id in doc_ids:
        txt = text_dir / f"{doc_id}.txt"
        if not txt.is_file():
            raise FileNotFoundError(f"{txt}: no text for {sorted(by_doc[doc_id].values())[0]}")
        # newline="" keeps "\r\n" as two characters: brat offsets count the file's characters
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        annotations, n_bad = {}, 0
        for who, ann in sorted(by_doc.get(doc_id, {}).items()):
            annotations[who], bad = _parse_polnear_ann(ann, text, strict)
            n_bad += bad
        chosen = None
        if annotations:
            chosen = annotator if annotator in annotations else sorted(annotations)[0]
        row = meta.get(doc_id, {})
        publisher = row.get("publisher") or None
        if publisher is None:
            prefix = doc_id.split("_", 1)[0]
            publisher = prefix if prefix in POLNEAR_PUBLISHERS else None
        docs.append(PolnearDocument(
            id=doc_id, text=text, publisher=publisher, annotator=chosen,
            attributions=annotations[chosen] if chosen is not None else (),
            annotations=annotations, metadata=row, n_span_mismatches=n_bad))
    return docs


# ---------------------------------------------------------------------------------------------
# CoNLL-2010 Wikipedia
# ---------------------------------------------------------------------------------------------

def read_conll_wiki(path: PathLike, unescape_ptb: bool = False, drop_empty: bool = True
                    ) -> List[LabeledSentence]:
    """Read the CoNLL-2010 Wikipedia (WikiWeasel) sentences, ``text,label`` CSV.

    Every ``text`` in the released CSV ends with a newline inside the quotes; surrounding
    whitespace is stripped. The sentences are Penn-Treebank tokenised (``-LRB-`` for a bracket,
    doubled backticks and apostrophes for quotation marks).

    Parameters
    ----------
    path : str or Path
        ``train.csv`` or ``extra_balanced.csv`` (column order does not matter).
    unescape_ptb : bool, default False
        Replace PTB escapes: brackets (``-LRB-`` -> ``(``) and doubled backtick/apostrophe quotes.
    drop_empty : bool, default True
        Skip rows whose text is empty after stripping (``train.csv`` has 20, all labelled 0;
        they would only add trivially correct negatives).

    Returns
    -------
    list of LabeledSentence
        ``(text, label)`` pairs, label 1 = uncertain (hedged), 0 = certain.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = p.write_text('text,label\\n"It is -LRB- reportedly -RRB- big.\\n",1\\n')
    >>> read_conll_wiki(p, unescape_ptb=True)
    [LabeledSentence(text='It is ( reportedly ) big.', label=1)]
    """
    path = Path(path)
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if not header or not {"text", "label"} <= set(header):
            raise DataFormatError(path, 1, f"expected columns text,label, got {header}")
        i_text, i_label = header.index("text"), header.index("label")
        for row in reader:
            if len(row) != len(header):
                raise DataFormatError(path, reader.line_num,
                                      f"expected {len(header)} fields, got {len(row)}")
            label = row[i_label].strip()
            if label not in ("0", "1"):
                raise DataFormatError(path, reader.line_num, f"label must be 0 or 1, got {label!r}")
            text = row[i_text].strip()
            if drop_empty and not text:
                continue
            if unescape_ptb:
                for esc, rep in _PTB_ESCAPES.items():
                    text = text.replace(esc, rep)
            out.append(LabeledSentence(text, int(label)))
    return out


# ---------------------------------------------------------------------------------------------
# BioScope and SFU (XML)
# ---------------------------------------------------------------------------------------------

def _parse_xml(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise DataFormatError(path, line, f"XML error: {exc}") from None


def _bioscope_sentence(sent: ET.Element, cue_type: str, path: Path
                       ) -> Tuple[str, Tuple[Cue, ...]]:
    """Reconstruct the sentence text (all character data, in order) and its cue spans."""
    pieces: List[str] = []
    pos = 0
    parts: Dict[str, List[Tuple[Span, str]]] = OrderedDict()

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            pieces.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                pos += len(child.tail)
        if el.tag == "cue" and el.get("type") == cue_type:
            ref = el.get("ref")
            if not ref:
                raise DataFormatError(path, None, f"sentence {sent.get('id')}: cue without ref")
            parts.setdefault(ref, []).append(((start, pos), "".join(el.itertext())))

    walk(sent)
    text = "".join(pieces)
    cues = []
    for ref, ps in parts.items():
        for (s, e), t in ps:
            if text[s:e] != t:  # cannot happen unless the walk above is wrong
                raise DataFormatError(path, None, f"sentence {sent.get('id')}: offset error")
        cues.append(Cue(id=ref, spans=tuple(sp for sp, _ in ps), texts=tuple(t for _, t in ps),
                        type=cue_type))
    cues.sort(key=lambda c: c.spans)
    return text, tuple(cues)


def read_bioscope(path: PathLike, cue_type: str = "speculation") -> List[CueSentence]:
    """Read a BioScope XML file (``abstracts.xml``, ``full_papers.xml``).

    Structure: ``Document`` (with ``DocID``) > ``DocumentPart type=...`` > ``sentence id=...``;
    inside a sentence, nested ``<xcope id=X>`` scopes and ``<cue type="negation|speculation"
    ref=X>``. The sentence text is all character data in document order, so offsets are exact.
    Cues sharing a ``ref`` in a sentence are the parts of one multi-part cue (*either ... or*,
    *would ... likely*). Cues of other types (negation, by default) are left out.

    Parameters
    ----------
    path : str or Path
        BioScope XML file.
    cue_type : {"speculation", "negation"}, default "speculation"
        Which cues to keep.

    Returns
    -------
    list of CueSentence
        Every sentence, with or without cues, in file order.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "b.xml"
    >>> _ = p.write_text('<Annotation><DocumentSet><Document><DocID>7</DocID>'
    ...     '<DocumentPart type="Text"><sentence id="S1.1">It <xcope id="X1"><cue '
    ...     'type="speculation" ref="X1">either</cue> binds <cue type="speculation" ref="X1">or'
    ...     '</cue> <xcope id="X2"><cue type="negation" ref="X2">not</cue> not</xcope></xcope>.'
    ...     '</sentence></DocumentPart></Document></DocumentSet></Annotation>')
    >>> s, = read_bioscope(p)
    >>> s.text, s.cues[0].spans, [s.text[a:b] for a, b in s.cues[0].spans]
    ('It either binds or not not.', ((3, 9), (16, 18)), ['either', 'or'])
    """
    path = Path(path)
    root = _parse_xml(path)
    out = []
    for doc in root.iter("Document"):
        doc_id_el = doc.find("DocID")
        doc_id = (doc_id_el.text or "").strip() if doc_id_el is not None else ""
        for part in doc.iter("DocumentPart"):
            for sent in part.iter("sentence"):
                text, cues = _bioscope_sentence(sent, cue_type, path)
                out.append(CueSentence(id=sent.get("id", ""), doc_id=doc_id, text=text,
                                       cues=cues, section=part.get("type", "")))
    return out


def _repair_cp1252(s: str) -> str:
    """Map C1 control characters to the cp1252 characters they were meant to be."""
    return _C1_RE.sub(lambda m: _CP1252_C1.get(m.group(), m.group()), s)


def _sfu_sentence(sent: ET.Element, cue_type: str, repair: bool
                  ) -> Tuple[str, Tuple[Cue, ...]]:
    """Tokens (``<W>``) joined by single spaces; cue span = its first to last token."""
    tokens: List[Span] = []
    pieces: List[str] = []
    pos = 0
    found: Dict[Span, str] = OrderedDict()

    def walk(el: ET.Element) -> None:
        nonlocal pos
        if el.tag == "W":
            tok = "".join(el.itertext())
            if repair:
                tok = _repair_cp1252(tok)  # one character for one: offsets do not move
            if not tok.strip():
                return  # an empty token carries no text
            if pieces:
                pieces.append(" ")
                pos += 1
            tokens.append((pos, pos + len(tok)))
            pieces.append(tok)
            pos += len(tok)
            return
        first = len(tokens)
        for child in el:
            walk(child)
        if el.tag == "cue" and el.get("type") == cue_type and len(tokens) > first:
            span = (tokens[first][0], tokens[-1][1])
            # nested cues of the same type with the same extent are one cue
            found.setdefault(span, el.get("ID", ""))

    walk(sent)
    text = "".join(pieces)
    cues = tuple(Cue(id=cid, spans=(span,), texts=(text[span[0]:span[1]],), type=cue_type)
                 for span, cid in sorted(found.items()))
    return text, cues


def read_sfu(path_or_dir: PathLike, cue_type: str = "speculation", repair_cp1252: bool = True
             ) -> List[CueSentence]:
    """Read the SFU Review corpus with negation/speculation annotation (one XML per review).

    Structure: ``DOCUMENT`` > ``P`` > ``SENTENCE`` > tokens ``<W>``, possibly wrapped in
    ``<cue ID type>``, ``<xcope ID>`` (whose ``<ref SRC>`` points at its cue) and ``<C>``
    elements (which mark coordinated/complex units and are transparent here). Cues may nest
    (a speculation cue inside a negation cue) and may contain several tokens (*would n't*,
    *at least*). The corpus is tokenised, so the sentence text is the tokens joined by single
    spaces (``"can 't"``); a cue's span runs from its first to its last token. Multi-part cues
    such as *either ... or* are annotated as separate cue elements in SFU, each with its own
    scope, and are returned as separate :class:`Cue` objects.

    Parameters
    ----------
    path_or_dir : str or Path
        One ``.xml`` file, or a directory searched recursively for ``*.xml``
        (``sfu_review_negation_speculation/`` has 8 domain folders of 50 reviews).
    cue_type : {"speculation", "negation"}, default "speculation"
        Which cues to keep.
    repair_cp1252 : bool, default True
        The XML files contain C1 control characters (U+0080-U+009F; about 1,850, mostly
        U+0092) that are Windows-1252 punctuation decoded as Latin-1: U+0092 is a right single
        quotation mark, U+0085 an ellipsis (13 tokens consist of it alone). Map them back;
        each is one character for one. Without the repair, a lone U+0085 (whitespace to
        Python) is an empty token and is skipped.

    Returns
    -------
    list of CueSentence
        ``id`` is ``"DOMAIN/file:index"``, ``section`` the domain folder.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "r.xml"
    >>> _ = p.write_text('<DOCUMENT><P><SENTENCE><W>I</W><cue ID="1" type="speculation">'
    ...     '<W>would</W><W>n\\'t</W></cue><xcope ID="2"><ref ID="3" SRC="1"/><W>buy</W></xcope>'
    ...     '<cue ID="4" type="negation"><W>not</W></cue></SENTENCE></P></DOCUMENT>')
    >>> s, = read_sfu(p)
    >>> s.text, s.cues[0].spans
    ("I would n't buy not", ((2, 11),))
    """
    path = Path(path_or_dir)
    if path.is_dir():
        files = sorted(path.rglob("*.xml"))
        base = path
    elif path.is_file():
        files, base = [path], path.parent
    else:
        raise FileNotFoundError(f"{path}: no such file or directory")
    out = []
    for f in files:
        root = _parse_xml(f)
        rel = f.relative_to(base).with_suffix("").as_posix()
        section = f.parent.name if f.parent != base else ""
        for i, sent in enumerate(root.iter("SENTENCE")):
            text, cues = _sfu_sentence(sent, cue_type, repair_cp1252)
            out.append(CueSentence(id=f"{rel}:{i}", doc_id=rel, text=text, cues=cues,
                                   section=section))
    return out


# ---------------------------------------------------------------------------------------------
# BABE and MBIC
# ---------------------------------------------------------------------------------------------

def _parse_word_list(value: str, path: Path, line: int) -> Tuple[str, ...]:
    value = (value or "").strip()
    if not value:
        return ()
    try:
        words = ast.literal_eval(value)  # a Python list literal; never eval()
    except (ValueError, SyntaxError):
        raise DataFormatError(path, line, f"biased_words is not a list literal: {value[:60]!r}"
                              ) from None
    if not isinstance(words, (list, tuple)) or not all(isinstance(w, str) for w in words):
        raise DataFormatError(path, line, f"biased_words must be a list of strings: {value[:60]!r}")
    return tuple(words)


def _read_semicolon_csv(path: Path, required: Sequence[str]
                        ) -> Iterator[Tuple[int, Dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        header = next(reader, None)
        missing = [c for c in required if not header or c not in header]
        if missing:
            raise DataFormatError(path, 1, f"missing columns {missing}; header is {header}")
        for row in reader:
            if not row:
                continue
            if len(row) != len(header):
                raise DataFormatError(path, reader.line_num,
                                      f"expected {len(header)} fields, got {len(row)}")
            yield reader.line_num, dict(zip(header, row))


def _opt(value: Optional[str]) -> Optional[str]:
    value = (value or "").strip()
    return value or None


_BABE_COLUMNS = ("text", "news_link", "outlet", "topic", "type", "label_bias", "label_opinion",
                 "biased_words")


def read_babe(path: PathLike) -> List[BabeSentence]:
    """Read BABE (``train_SG2.csv`` or ``SG1_experts.csv``), a ``;``-separated CSV.

    ``biased_words`` is a Python list literal and is parsed with :func:`ast.literal_eval`.

    Parameters
    ----------
    path : str or Path
        The CSV file.

    Returns
    -------
    list of BabeSentence

    Raises
    ------
    DataFormatError
        On a row with the wrong number of fields or a malformed ``biased_words``.

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "b.csv"
    >>> _ = p.write_text("text;news_link;outlet;topic;type;label_bias;label_opinion;"
    ...     "biased_words\\nA radical plan.;http://x;Fox News;taxes;right;Biased;"
    ...     "Entirely factual;['radical']\\n")
    >>> s, = read_babe(p)
    >>> s.is_biased, s.biased_words, s.biased_spans()
    (True, ('radical',), [(2, 9)])
    """
    path = Path(path)
    out = []
    for line, row in _read_semicolon_csv(path, _BABE_COLUMNS):
        out.append(BabeSentence(
            text=row["text"].strip(), news_link=_opt(row["news_link"]), outlet=_opt(row["outlet"]),
            topic=_opt(row["topic"]), type=_opt(row["type"]), label=row["label_bias"].strip(),
            opinion=row["label_opinion"].strip(),
            biased_words=_parse_word_list(row["biased_words"], path, line), line=line))
    return out


def read_mbic(path: PathLike) -> List[MbicSentence]:
    """Read MBIC (``MBIC.csv``, ``;``-separated) with the full article of each sentence.

    Columns: ``text;news_link;outlet;topic;type;group_id;num_sent;label_bias;label_opinion;
    article;biased_words``. Use :func:`mbic_articles` to group sentences by article.

    Parameters
    ----------
    path : str or Path
        The CSV file.

    Returns
    -------
    list of MbicSentence

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "m.csv"
    >>> _ = p.write_text("text;news_link;outlet;topic;type;group_id;num_sent;label_bias;"
    ...     "label_opinion;article;biased_words\\nA wild claim.;http://a;msnbc;taxes;left;1;1;"
    ...     "Biased;Entirely factual;It was A wild claim.;['wild']\\n")
    >>> s, = read_mbic(p)
    >>> s.outlet, s.biased_spans(), mbic_articles([s])[0].biased_word_density
    ('msnbc', [(2, 6)], 200.0)
    """
    path = Path(path)
    cols = ("text", "news_link", "outlet", "topic", "type", "group_id", "num_sent", "label_bias",
            "label_opinion", "article", "biased_words")
    out = []
    for line, row in _read_semicolon_csv(path, cols):
        try:
            group_id, num_sent = int(row["group_id"]), int(row["num_sent"])
        except ValueError:
            raise DataFormatError(path, line, "group_id and num_sent must be integers") from None
        out.append(MbicSentence(
            text=row["text"].strip(), news_link=_opt(row["news_link"]), outlet=_opt(row["outlet"]),
            topic=_opt(row["topic"]), type=_opt(row["type"]), label=row["label_bias"].strip(),
            opinion=row["label_opinion"].strip(),
            biased_words=_parse_word_list(row["biased_words"], path, line),
            group_id=group_id, num_sent=num_sent, article=row["article"] or None, line=line))
    return out


def mbic_articles(sentences: Iterable[MbicSentence]) -> List[MbicArticle]:
    """Group MBIC sentences by source article.

    The key is ``news_link``; sentences without a link are grouped by article text, or stand
    alone when that is missing too. Check :attr:`MbicArticle.article_usable` before using the
    article text: 71 MBIC rows have none, 102 carry a cookie wall or rate-limit page, and
    articles cut at Excel's 32,767-character cell limit are truncated.

    Parameters
    ----------
    sentences : iterable of MbicSentence

    Returns
    -------
    list of MbicArticle
        In order of first appearance.

    Examples
    --------
    >>> s = MbicSentence("Bad.", "u", "fox-news", "t", "right", "Biased", "", ("Bad",), 1, 1,
    ...                  "Bad. Good.")
    >>> a, = mbic_articles([s, s])
    >>> a.n_biased, a.bias_share, a.n_biased_words
    (2, 1.0, 2)
    """
    groups: Dict[str, List[MbicSentence]] = OrderedDict()
    for i, s in enumerate(sentences):
        if s.news_link:
            key = s.news_link
        elif s.article:  # stable across processes, unlike hash()
            key = "article:" + hashlib.sha1(s.article.encode("utf-8")).hexdigest()[:16]
        else:
            key = f"row:{s.line or i}"
        groups.setdefault(key, []).append(s)
    out = []
    for key, ss in groups.items():
        article = next((s.article for s in ss if s.article), None)
        first = ss[0]
        out.append(MbicArticle(key=key, article=article, outlet=first.outlet, topic=first.topic,
                               type=first.type, sentences=tuple(ss)))
    return out


def biased_word_spans(text: str, words: Iterable[str], return_missing: bool = False
                      ) -> Union[List[Span], Tuple[List[Span], List[str]]]:
    """Map annotated biased words to character spans in a sentence.

    Matching choices: quotation marks and sentence punctuation around an entry are stripped
    (annotators typed ``"experts"`` where the text has ``“experts”``); the match is
    case-insensitive; it must sit on word boundaries (no letter/digit/underscore on either side,
    so *ban* does not match inside *urban*); inner whitespace matches any whitespace; and
    *every* occurrence is returned, because the annotation does not say which occurrence was
    meant. Entries that do not occur (typos such as *demoize*) are skipped; about 2% of BABE
    entries.

    Parameters
    ----------
    text : str
        The sentence.
    words : iterable of str
        Annotated words or phrases.
    return_missing : bool, default False
        Also return the entries that were not found.

    Returns
    -------
    spans : list of (int, int)
        Sorted, duplicates removed.
    missing : list of str
        Only with ``return_missing=True``.

    Examples
    --------
    >>> biased_word_spans("Radical plans; the radicals' “radical” urge.", ['radical', '"urge"'])
    [(0, 7), (30, 37), (39, 43)]
    >>> biased_word_spans("A ban.", ["bans"], return_missing=True)
    ([], ['bans'])
    """
    spans = set()
    missing = []
    for w in words:
        core = w.strip().strip(_BIASED_WORD_STRIP).strip()
        if not core:
            missing.append(w)
            continue
        pattern = r"\s+".join(re.escape(p) for p in core.split())
        hits = [(m.start(), m.end())
                for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)]
        if hits:
            spans.update(hits)
        else:
            missing.append(w)
    out = sorted(spans)
    return (out, missing) if return_missing else out


# ---------------------------------------------------------------------------------------------
# Span normalisation
# ---------------------------------------------------------------------------------------------

def _is_pair(x: Any) -> bool:
    if isinstance(x, np.ndarray):
        x = x.tolist()
    return (isinstance(x, (tuple, list)) and len(x) == 2
            and all(isinstance(v, (int, np.integer)) for v in x))


def _as_parts(x: Any) -> List[Span]:
    """A role/unit given as None, (s, e), an object with .start/.end, or a list of those."""
    if x is None:
        return []
    if isinstance(x, np.ndarray):
        x = x.tolist()
    if _is_pair(x):
        return [(int(x[0]), int(x[1]))]
    if hasattr(x, "start") and hasattr(x, "end") and not callable(x.start):
        return [(int(x.start), int(x.end))]
    if hasattr(x, "spans"):  # Cue
        return _as_parts(list(x.spans))
    if isinstance(x, _abc.Iterable) and not isinstance(x, (str, bytes)):
        out: List[Span] = []
        for item in x:
            out.extend(_as_parts(item))
        return out
    raise TypeError(f"cannot interpret {x!r} as a character span")


def _merge(parts: Iterable[Span]) -> Tuple[Span, ...]:
    """Sort, drop empty parts, merge overlapping or touching parts."""
    out: List[List[int]] = []
    for s, e in sorted(p for p in parts if p[1] > p[0]):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def _check_spans(spans: Sequence[Span], n: int) -> None:
    for s, e in spans:
        if not 0 <= s <= e <= n:
            raise ValueError(f"span ({s}, {e}) is not inside a text of length {n}")


@lru_cache(maxsize=256)
def _word_bounds(text: str, token_pattern: str) -> Tuple[np.ndarray, np.ndarray]:
    rx = re.compile(token_pattern)
    pairs = [(m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start()]
    arr = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    return arr[:, 0], arr[:, 1]


def word_spans(text: str, token_pattern: str = TOKEN_PATTERN) -> List[Span]:
    """Token spans of ``text`` under the regex tokenizer used by the token-level metrics.

    Parameters
    ----------
    text : str
    token_pattern : str, default :data:`TOKEN_PATTERN`
        Regular expression; each non-empty match is a token.

    Returns
    -------
    list of (int, int)

    Examples
    --------
    >>> word_spans("It isn't well-known, sadly.")
    [(0, 2), (3, 8), (9, 19), (21, 26)]
    """
    starts, ends = _word_bounds(text, token_pattern)
    return list(zip(starts.tolist(), ends.tolist()))


def _token_mask(text: str, spans: Any, token_pattern: str) -> np.ndarray:
    """Boolean array over tokens: True where the token overlaps any span."""
    starts, ends = _word_bounds(text, token_pattern)
    parts = _as_parts(spans)
    _check_spans(parts, len(text))
    if not parts:
        return np.zeros(len(starts), dtype=bool)
    # character coverage by difference array, then prefix sums over characters
    diff = np.zeros(len(text) + 1, dtype=np.int64)
    p = np.asarray(parts, dtype=np.int64)
    np.add.at(diff, p[:, 0], 1)
    np.add.at(diff, p[:, 1], -1)
    covered = np.cumsum(diff[:-1]) > 0
    csum = np.concatenate([[0], np.cumsum(covered)])
    return (csum[ends] - csum[starts]) > 0


def _mask_counts(pred: np.ndarray, gold: np.ndarray) -> np.ndarray:
    return np.array([np.sum(pred & gold), np.sum(pred & ~gold), np.sum(~pred & gold)],
                    dtype=np.int64)


# ---------------------------------------------------------------------------------------------
# Count functions
# ---------------------------------------------------------------------------------------------

def token_counts(text: str, pred_spans: Any, gold_spans: Any,
                 token_pattern: str = TOKEN_PATTERN) -> np.ndarray:
    """Token-level ``(tp, fp, fn)`` between predicted and gold character spans.

    ``text`` is tokenised with ``token_pattern``; a token is positive on a side when it
    overlaps (shares at least one character with) a span of that side.

    Parameters
    ----------
    text : str
        The document the spans index.
    pred_spans, gold_spans : sequence of (int, int)
        Character spans. Also accepted: objects with ``start``/``end`` (analyzer spans),
        :class:`Cue` objects, nested lists (discontinuous spans), ``None``.
    token_pattern : str, default :data:`TOKEN_PATTERN`

    Returns
    -------
    numpy.ndarray of shape (3,)
        ``tp, fp, fn`` token counts (int64).

    Examples
    --------
    >>> token_counts("we may well be wrong", [(3, 11)], [(0, 6)]).tolist()
    [1, 1, 1]
    """
    return _mask_counts(_token_mask(text, pred_spans, token_pattern),
                        _token_mask(text, gold_spans, token_pattern))


def token_counts_by_label(text: str, pred: Mapping[str, Any], gold: Mapping[str, Any],
                          labels: Optional[Sequence[str]] = None,
                          token_pattern: str = TOKEN_PATTERN) -> np.ndarray:
    """Token-level ``(tp, fp, fn)`` for several span types at once.

    Each label is scored one-vs-rest: a token is a true positive for label *L* when it overlaps
    a predicted *L* span and a gold *L* span. A token predicted as *source* but gold *content*
    is a false positive for *source* and a false negative for *content*. Summing the result over
    the label axis gives micro-averaged counts; :func:`macro_prf` averages per label.

    Parameters
    ----------
    text : str
    pred, gold : mapping of str to spans
        ``{label: spans}``; a missing label means no spans.
    labels : sequence of str, optional
        Row order; defaults to the sorted union of the keys.
    token_pattern : str, default :data:`TOKEN_PATTERN`

    Returns
    -------
    numpy.ndarray of shape (n_labels, 3)

    Examples
    --------
    >>> text = "Aides said it was over"
    >>> gold = {"source": [(0, 5)], "cue": [(6, 10)], "content": [(11, 22)]}
    >>> pred = {"source": [(0, 10)], "content": [(14, 22)]}
    >>> token_counts_by_label(text, pred, gold, labels=POLNEAR_ROLES).tolist()
    [[1, 1, 0], [0, 0, 1], [2, 0, 1]]
    """
    if labels is None:
        labels = sorted(set(pred) | set(gold))
    return np.stack([token_counts(text, pred.get(lab), gold.get(lab), token_pattern)
                     for lab in labels]).reshape(len(labels), 3)


def _units(items: Any) -> List[Tuple[Span, ...]]:
    """Normalise a list of span units; a unit is (s, e), a list of (s, e) parts, or a
    span-like object."""
    if items is None:
        return []
    if isinstance(items, np.ndarray):
        items = items.tolist()
    if _is_pair(items):
        items = [items]
    return [_merge(_as_parts(u)) for u in items]


def _overlap_matrix(a: Sequence[Tuple[Span, ...]], b: Sequence[Tuple[Span, ...]]) -> np.ndarray:
    """Characters shared by each unit of ``a`` and each unit of ``b``."""
    out = np.zeros((len(a), len(b)), dtype=np.int64)
    if not len(a) or not len(b):
        return out
    pa = [(i, s, e) for i, u in enumerate(a) for s, e in u]
    pb = [(j, s, e) for j, u in enumerate(b) for s, e in u]
    if not pa or not pb:
        return out
    A, B = np.array(pa, dtype=np.int64), np.array(pb, dtype=np.int64)
    ov = np.minimum(A[:, None, 2], B[None, :, 2]) - np.maximum(A[:, None, 1], B[None, :, 1])
    ov = np.clip(ov, 0, None)
    ii, jj = np.meshgrid(A[:, 0], B[:, 0], indexing="ij")
    np.add.at(out, (ii.ravel(), jj.ravel()), ov.ravel())
    return out


def _max_matching(weight: np.ndarray) -> List[Tuple[int, int]]:
    """Maximum-cardinality one-to-one matching over the positive cells of ``weight``.

    Augmenting paths (Kuhn's algorithm); rows and candidate columns are tried in order of
    decreasing weight, so among equally large matchings the larger overlaps are preferred.
    Iterative, so long chains of overlapping spans cannot hit the recursion limit.
    """
    n_rows, n_cols = weight.shape
    adj = [[int(j) for j in np.argsort(-weight[i], kind="stable") if weight[i, j] > 0]
           for i in range(n_rows)]
    row_order = sorted(range(n_rows), key=lambda i: -(weight[i].max() if n_cols else 0))
    match_col: Dict[int, int] = {}  # column -> row
    for root in row_order:
        if not adj[root]:
            continue
        seen = set()
        parent: Dict[int, Tuple[int, Optional[int]]] = {}  # column -> (row, previous column)
        stack = [(root, None)]
        end_col = None
        while stack and end_col is None:
            row, via = stack.pop()
            pushed = []
            for col in adj[row]:  # best candidate first
                if col in seen:
                    continue
                seen.add(col)
                parent[col] = (row, via)
                if col not in match_col:
                    end_col = col
                    break
                pushed.append((match_col[col], col))
            stack.extend(reversed(pushed))  # depth-first, best candidate explored first
        if end_col is None:
            continue
        col: Optional[int] = end_col
        while col is not None:  # flip the augmenting path
            row, prev = parent[col]
            match_col[col] = row
            col = prev
    return sorted((r, c) for c, r in match_col.items())


def span_counts(pred_spans: Any, gold_spans: Any, mode: str = "exact") -> np.ndarray:
    """Span-level ``(tp, fp, fn)``.

    Each element of ``pred_spans``/``gold_spans`` is one *unit*: a span ``(s, e)`` or, for a
    discontinuous/multi-part unit, a list of spans (``[(3, 9), (16, 18)]`` for *either ... or*).
    Parts are sorted and overlapping or touching parts merged.

    ``mode="exact"``: a predicted unit matches a gold unit with exactly the same characters
    (multiset intersection, so duplicates count once each). ``mode="overlap"`` (partial match):
    units match when they share at least one character; matching is one-to-one (a maximum
    matching that prefers larger overlaps), so one long prediction covering two gold spans
    earns one true positive, one false negative.

    Parameters
    ----------
    pred_spans, gold_spans : sequence of units
    mode : {"exact", "overlap"}, default "exact"

    Returns
    -------
    numpy.ndarray of shape (3,)

    Examples
    --------
    >>> gold = [(0, 4), [(10, 12), (20, 22)]]
    >>> span_counts([(0, 4), (10, 12)], gold).tolist()
    [1, 1, 1]
    >>> span_counts([(0, 4), (10, 12)], gold, mode="overlap").tolist()
    [2, 0, 0]
    >>> span_counts([(0, 30)], [(0, 4), (10, 12)], mode="overlap").tolist()
    [1, 0, 1]
    """
    pred, gold = _units(pred_spans), _units(gold_spans)
    if mode == "exact":
        tp = sum((Counter(pred) & Counter(gold)).values())
    elif mode == "overlap":
        tp = len(_max_matching(_overlap_matrix(pred, gold)))
    else:
        raise ValueError(f"mode must be 'exact' or 'overlap', got {mode!r}")
    return np.array([tp, len(pred) - tp, len(gold) - tp], dtype=np.int64)


def _role(rel: Any, role: str) -> Any:
    if isinstance(rel, _abc.Mapping):
        return rel.get(role)
    return getattr(rel, role, None)


def relation_counts(text: str, pred: Sequence[Any], gold: Sequence[Any],
                    match_on: Sequence[str] = ("cue",),
                    token_pattern: str = TOKEN_PATTERN) -> np.ndarray:
    """Attribution-level counts: relation ``(tp, fp, fn)`` and per-role token counts.

    A predicted (source, cue, content) relation matches a gold one when their cues share at
    least one character (and, with a longer ``match_on``, the other listed roles overlap too);
    matching is one-to-one, preferring larger cue overlaps. For each matched pair the source,
    cue and content spans are compared token by token (:func:`token_counts`); unmatched
    relations add nothing to the role rows, so those rows measure how well the *parts* of found
    relations agree, while row 0 measures how many relations are found.

    Parameters
    ----------
    text : str
    pred, gold : sequence of relations
        Objects with ``source``/``cue``/``content`` attributes (e.g. :class:`GoldAttribution`
        or the analyzer's ``framing.analysis.Attribution``, whose parts have
        ``start``/``end``) or mappings with those keys; a role may be ``None``, a span, or a
        list of spans.
    match_on : sequence of str, default ("cue",)
        Roles that must overlap for two relations to match; the first one weights the matching.
    token_pattern : str, default :data:`TOKEN_PATTERN`

    Returns
    -------
    numpy.ndarray of shape (4, 3)
        Rows :data:`RELATION_ROWS` = relation, source, cue, content.

    Examples
    --------
    >>> text = "Aides said it was over, he added."
    >>> gold = [GoldAttribution("E1", ((0, 5),), ((6, 10),), ((11, 22),))]
    >>> pred = [{"source": (0, 5), "cue": (6, 10), "content": (14, 22)},
    ...         {"source": (24, 26), "cue": (27, 32), "content": None}]
    >>> relation_counts(text, pred, gold).tolist()
    [[1, 1, 0], [1, 0, 0], [1, 0, 0], [2, 0, 1]]
    """
    unknown = set(match_on) - set(POLNEAR_ROLES)
    if unknown or not match_on:
        raise ValueError(f"match_on must name roles among {POLNEAR_ROLES}, got {match_on!r}")
    pred, gold = list(pred), list(gold)
    weight = None
    for k, role in enumerate(match_on):
        ov = _overlap_matrix([_merge(_as_parts(_role(r, role))) for r in pred],
                             [_merge(_as_parts(_role(r, role))) for r in gold])
        weight = ov if k == 0 else np.where(ov > 0, weight, 0)
    pairs = _max_matching(weight)
    out = np.zeros((len(RELATION_ROWS), 3), dtype=np.int64)
    tp = len(pairs)
    out[0] = tp, len(pred) - tp, len(gold) - tp
    for i, j in pairs:
        for k, role in enumerate(POLNEAR_ROLES, start=1):
            out[k] += token_counts(text, _role(pred[i], role), _role(gold[j], role),
                                   token_pattern)
    return out


def sentence_counts(pred: Sequence[Any], gold: Sequence[Any], positive: Any = 1,
                    per_unit: bool = False, both_classes: bool = False) -> np.ndarray:
    """Sentence-level ``(tp, fp, fn)`` for binary labels.

    Parameters
    ----------
    pred, gold : sequence
        Labels, compared with ``positive`` (``True == 1`` holds, so booleans work with the
        default).
    positive : object, default 1
        The positive label.
    per_unit : bool, default False
        Return one count row per sentence, shape ``(n, 3)`` (or ``(n, 2, 3)``), for bootstrapping
        over sentences.
    both_classes : bool, default False
        Also count the negative class as if it were positive: a ``(2, 3)`` array (positive
        class, negative class) whose :func:`macro_prf` is the macro-averaged score reported for
        BABE.

    Returns
    -------
    numpy.ndarray
        Shape ``(3,)``, ``(2, 3)``, ``(n, 3)`` or ``(n, 2, 3)``.

    Examples
    --------
    >>> sentence_counts([1, 1, 0, 0], [1, 0, 1, 0]).tolist()
    [1, 1, 1]
    >>> macro_prf(sentence_counts([1, 1, 0, 0], [1, 0, 0, 0], both_classes=True)).round(4).tolist()
    [0.75, 0.8333, 0.7333]
    """
    p = np.asarray([x == positive for x in pred], dtype=bool)
    g = np.asarray([x == positive for x in gold], dtype=bool)
    if p.shape != g.shape:
        raise ValueError(f"pred has {p.size} labels, gold has {g.size}")
    rows = np.stack([p & g, p & ~g, ~p & g], axis=-1).astype(np.int64)
    if both_classes:
        neg = np.stack([~p & ~g, ~p & g, p & ~g], axis=-1).astype(np.int64)
        rows = np.stack([rows, neg], axis=-2)
    return rows if per_unit else rows.sum(axis=0)


# ---------------------------------------------------------------------------------------------
# Scores and bootstrap
# ---------------------------------------------------------------------------------------------

def prf(counts: Any, zero_division: float = 0.0) -> np.ndarray:
    """Precision, recall and F1 from summed ``(tp, fp, fn)`` counts; vectorised.

    Parameters
    ----------
    counts : array_like of shape (..., 3)
        Counts, last axis ``tp, fp, fn``.
    zero_division : float, default 0.0
        Value of a score whose denominator is 0 (as ``zero_division`` in scikit-learn).

    Returns
    -------
    numpy.ndarray of shape (..., 3)
        Last axis ``precision, recall, f1``.

    Examples
    --------
    >>> prf([8, 2, 6]).tolist()
    [0.8, 0.5714285714285714, 0.6666666666666666]
    >>> prf([[0, 0, 0], [1, 1, 0]]).tolist()
    [[0.0, 0.0, 0.0], [0.5, 1.0, 0.6666666666666666]]
    """
    c = np.asarray(counts, dtype=float)
    if c.shape[-1:] != (3,):
        raise ValueError(f"counts must have a last axis of length 3, got shape {c.shape}")
    tp, fp, fn = c[..., 0], c[..., 1], c[..., 2]

    def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(den > 0, num / np.where(den > 0, den, 1), zero_division)

    # F1 = 2tp / (2tp + fp + fn), the harmonic mean of P and R when both are defined
    return np.stack([ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(2 * tp, 2 * tp + fp + fn)],
                    axis=-1)


def macro_prf(counts: Any, zero_division: float = 0.0) -> np.ndarray:
    """Macro-averaged precision, recall, F1 over the label axis (second to last).

    Parameters
    ----------
    counts : array_like of shape (..., n_labels, 3)
    zero_division : float, default 0.0

    Returns
    -------
    numpy.ndarray of shape (..., 3)

    Examples
    --------
    >>> macro_prf([[1, 0, 0], [0, 0, 1]]).tolist()
    [0.5, 0.5, 0.5]
    """
    return prf(counts, zero_division).mean(axis=-2)


def prf_dict(counts: Any, zero_division: float = 0.0) -> Dict[str, float]:
    """Counts and scores of one ``(tp, fp, fn)`` triple as a flat dict (for reports/JSON).

    Examples
    --------
    >>> prf_dict([1, 1, 0])
    {'tp': 1, 'fp': 1, 'fn': 0, 'precision': 0.5, 'recall': 1.0, 'f1': 0.6666666666666666}
    """
    c = np.asarray(counts)
    if c.shape != (3,):
        raise ValueError(f"expected one (tp, fp, fn) triple, got shape {c.shape}")
    p, r, f = prf(c, zero_division).tolist()
    tp, fp, fn = (int(v) for v in c)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


@dataclass(frozen=True)
class BootstrapResult:
    """Point estimate and percentile confidence interval.

    Attributes
    ----------
    estimate, low, high : numpy.ndarray
        Metric on all units, and the ``alpha/2`` and ``1 - alpha/2`` percentiles of the
        bootstrap distribution; same shape as ``metric_fn``'s output.
    distribution : numpy.ndarray
        The ``n_boot`` bootstrap values (first axis).
    n_boot : int
    alpha : float
    """

    estimate: np.ndarray
    low: np.ndarray
    high: np.ndarray
    distribution: np.ndarray = field(repr=False)
    n_boot: int = 1000
    alpha: float = 0.05

    def to_dict(self, names: Sequence[str] = ("precision", "recall", "f1")) -> Dict[str, Any]:
        """``{name: {"estimate", "low", "high"}}`` over the last axis (plain floats/lists)."""
        return {name: {"estimate": self.estimate[..., k].tolist(),
                       "low": self.low[..., k].tolist(), "high": self.high[..., k].tolist()}
                for k, name in enumerate(names)}


#: Upper bound on ``n_boot * n_units`` resampling weights held in memory at once.
_BOOTSTRAP_BLOCK = 4_000_000


def bootstrap_ci(per_doc_stats: Any, metric_fn: Callable[[np.ndarray], np.ndarray] = prf,
                 n_boot: int = 1000, seed: int = 0, alpha: float = 0.05) -> BootstrapResult:
    """Bootstrap confidence interval by resampling documents (units) with replacement.

    Each replicate draws ``n`` documents with :func:`numpy.random.default_rng` ``(seed)``, sums
    their count arrays and applies ``metric_fn`` to the sum, so the metric is micro-averaged
    over the resample exactly as the point estimate is over all documents. The sums are one
    matrix product (resampling weights x counts), so 1,000 replicates over 1,000 documents take
    milliseconds.

    Parameters
    ----------
    per_doc_stats : array_like of shape (n_docs, ..., 3)
        Per-document counts, e.g. stacked :func:`token_counts` (``(n, 3)``),
        :func:`token_counts_by_label` (``(n, n_labels, 3)``) or :func:`relation_counts`
        (``(n, 4, 3)``).
    metric_fn : callable, default :func:`prf`
        Maps summed counts of shape ``(..., *per_doc_stats.shape[1:])`` to metric values; it
        must broadcast over leading axes (``prf``, ``macro_prf`` and numpy expressions of them
        do).
    n_boot : int, default 1000
    seed : int, default 0
    alpha : float, default 0.05
        ``1 - alpha`` is the interval's nominal coverage (percentile method).

    Returns
    -------
    BootstrapResult

    Examples
    --------
    >>> res = bootstrap_ci([[1, 1, 0], [1, 1, 0], [1, 1, 0]], n_boot=200)
    >>> res.estimate.tolist() == res.low.tolist() == res.high.tolist()
    True
    >>> res = bootstrap_ci([[5, 0, 0], [0, 5, 5]], n_boot=200)
    >>> bool(res.low[2] <= res.estimate[2] <= res.high[2])
    True
    """
    stats = np.asarray(per_doc_stats, dtype=float)
    if stats.ndim < 1 or stats.shape[0] == 0:
        raise ValueError("per_doc_stats must contain at least one document")
    if n_boot < 1:
        raise ValueError(f"n_boot must be positive, got {n_boot}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    n = stats.shape[0]
    flat = stats.reshape(n, -1)
    estimate = np.asarray(metric_fn(stats.sum(axis=0)))
    rng = np.random.default_rng(seed)
    block = max(1, _BOOTSTRAP_BLOCK // n)
    totals = []
    for b0 in range(0, n_boot, block):
        m = min(block, n_boot - b0)
        idx = rng.integers(0, n, size=(m, n))
        # resampling weights: how often each document was drawn in each replicate
        w = np.bincount((idx + n * np.arange(m)[:, None]).ravel(), minlength=m * n)
        totals.append(w.reshape(m, n).astype(float) @ flat)
    sums = np.concatenate(totals).reshape((n_boot,) + stats.shape[1:])
    dist = np.asarray(metric_fn(sums))
    low, high = np.quantile(dist, [alpha / 2, 1 - alpha / 2], axis=0)
    return BootstrapResult(estimate=estimate, low=low, high=high, distribution=dist,
                           n_boot=n_boot, alpha=alpha)


# ---------------------------------------------------------------------------------------------
# Agreement
# ---------------------------------------------------------------------------------------------

def _missing(x: Any) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _task(triples: Iterable[Tuple[str, Any, Any]], distance: Optional[Callable] = None):
    from nltk.metrics.agreement import AnnotationTask
    from nltk.metrics.distance import binary_distance

    return AnnotationTask(data=list(triples), distance=distance or binary_distance)


def _coder_table(labels_by_coder: Union[Mapping[str, Sequence[Any]], Sequence[Sequence[Any]]]
                 ) -> Dict[str, List[Any]]:
    if isinstance(labels_by_coder, _abc.Mapping):
        table = {str(k): list(v) for k, v in labels_by_coder.items()}
    else:
        table = {f"coder{k}": list(v) for k, v in enumerate(labels_by_coder)}
    lengths = {len(v) for v in table.values()}
    if len(lengths) > 1:
        raise ValueError(f"all coders must label the same items; lengths {sorted(lengths)}")
    return table


def cohen_kappa(labels_a: Sequence[Any], labels_b: Sequence[Any]) -> float:
    """Cohen's kappa between two label sequences (nominal labels).

    Computed with :class:`nltk.metrics.agreement.AnnotationTask` (``kappa``). Items where
    either label is missing (``None`` or NaN) are dropped, since Cohen's kappa needs complete
    pairs. When both coders use one and the same label throughout, kappa is 1.0 (nltk's
    convention for perfect agreement with chance agreement 1).

    Parameters
    ----------
    labels_a, labels_b : sequence of hashable

    Returns
    -------
    float

    Examples
    --------
    >>> # 2x2 table [[20, 5], [10, 15]]: po = 0.7, pe = 0.5, kappa = 0.4
    >>> a = [1] * 25 + [0] * 25
    >>> b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    >>> round(cohen_kappa(a, b), 10)
    0.4
    """
    a, b = list(labels_a), list(labels_b)
    if len(a) != len(b):
        raise ValueError(f"labels_a has {len(a)} items, labels_b has {len(b)}")
    pairs = [(x, y) for x, y in zip(a, b) if not (_missing(x) or _missing(y))]
    if not pairs:
        raise ValueError("no item is labelled by both coders")
    triples = [t for i, (x, y) in enumerate(pairs) for t in (("a", i, x), ("b", i, y))]
    return float(_task(triples).kappa())


def krippendorff_alpha(labels_by_coder: Union[Mapping[str, Sequence[Any]], Sequence[Sequence[Any]]],
                       distance: Optional[Callable[[Any, Any], float]] = None) -> float:
    """Krippendorff's alpha over any number of coders, missing labels allowed.

    Computed with :class:`nltk.metrics.agreement.AnnotationTask` (``alpha``); ``None``/NaN
    labels are omitted, and items with fewer than two labels do not count. nltk returns 1.0
    when a single label value occurs.

    Parameters
    ----------
    labels_by_coder : mapping of coder to sequence, or sequence of sequences
        Item *i* of every sequence is the same unit.
    distance : callable, optional
        Label distance; default ``nltk.metrics.distance.binary_distance`` (nominal data).

    Returns
    -------
    float

    Examples
    --------
    >>> round(krippendorff_alpha({"a": [1, 1, 0, 0], "b": [1, 0, 0, 0]}), 4)
    0.5333
    """
    table = _coder_table(labels_by_coder)
    triples = [(c, i, lab) for c, labs in table.items() for i, lab in enumerate(labs)
               if not _missing(lab)]
    if not triples:
        raise ValueError("no labels")
    return float(_task(triples, distance).alpha())


def coder_agreement(scorer_labels: Sequence[Any],
                    coder_labels: Union[Mapping[str, Sequence[Any]], Sequence[Sequence[Any]]],
                    distance: Optional[Callable[[Any, Any], float]] = None) -> Dict[str, Any]:
    """Agreement of a scorer with human coders, next to the coders' agreement among themselves.

    Parameters
    ----------
    scorer_labels : sequence
        The scorer's label per item.
    coder_labels : mapping of coder to sequence, or sequence of sequences
        Human labels, aligned with ``scorer_labels``; ``None``/NaN where a coder skipped.
    distance : callable, optional
        For alpha; default nominal (``binary_distance``).

    Returns
    -------
    dict
        ``kappa`` ({coder: Cohen's kappa of scorer vs coder}), ``mean_kappa``,
        ``alpha_coders`` (alpha among humans; NaN with fewer than two coders),
        ``alpha_with_scorer`` (alpha with the scorer added as one more coder) and
        ``n_items``. A scorer as reliable as a human leaves alpha roughly unchanged.

    Examples
    --------
    >>> out = coder_agreement([1, 1, 0, 0], {"h1": [1, 1, 0, 0], "h2": [1, 0, 0, 0]})
    >>> out["kappa"], round(out["alpha_coders"], 4)
    ({'h1': 1.0, 'h2': 0.5}, 0.5333)
    """
    table = _coder_table(coder_labels)
    scorer = list(scorer_labels)
    if table and len(scorer) != len(next(iter(table.values()))):
        raise ValueError("scorer and coders must label the same items")
    kappas = {c: cohen_kappa(scorer, labs) for c, labs in table.items()}
    alpha_coders = krippendorff_alpha(table, distance) if len(table) >= 2 else float("nan")
    key = "scorer"
    while key in table:
        key = "_" + key
    alpha_all = krippendorff_alpha({**table, key: scorer}, distance)
    return {"kappa": kappas,
            "mean_kappa": float(np.mean(list(kappas.values()))) if kappas else float("nan"),
            "alpha_coders": alpha_coders, "alpha_with_scorer": alpha_all,
            "n_items": len(scorer)}
