"""Gold-data readers for the human-annotated corpora that validate the analyzers.

Pure functions that parse PolNeAR attributions, CoNLL-2010 Wikipedia hedging, BioScope and SFU
speculation cues, BABE and MBIC sentence bias into small frozen dataclasses. Every character
span is a ``(start, end)`` pair of Python string indices, so ``text[start:end]`` is the annotated
surface string. Malformed input raises :class:`DataFormatError` that names the file and line.
The data itself is never bundled with the project.
"""
from __future__ import annotations

import ast
import csv
import hashlib
import re
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import (Dict, Iterable, Iterator, List, Mapping, NamedTuple, Optional, Sequence,
                    Tuple, Union)
from xml.etree import ElementTree as ET

from ..errors import DataFormatError, SpanMismatchError
from .metrics import POLNEAR_ROLES, word_spans

__all__ = [
    "DataFormatError",
    "SpanMismatchError",
    "POLNEAR_PUBLISHERS",
    "GoldAttribution",
    "PolnearDocument",
    "LabeledSentence",
    "Cue",
    "CueSentence",
    "BabeSentence",
    "MbicSentence",
    "MbicArticle",
    "read_polnear",
    "read_brat_attributions",
    "read_conll_wiki",
    "read_bioscope",
    "read_sfu",
    "read_babe",
    "read_mbic",
    "mbic_articles",
    "biased_word_spans",
]

Span = Tuple[int, int]
PathLike = Union[str, Path]

# ---------------------------------------------------------------------------------------------
# Constants

#: Publisher codes of PolNeAR (PolNeAR README, "News Publishers"), read off the file name
#: prefix when ``metadata.tsv`` is not available.
POLNEAR_PUBLISHERS = frozenset(
    {"huff-post", "breitbart", "nyt", "politico", "wash-post", "west-journal", "usa-today"})

#: brat event trigger types of a PolNeAR attribution (``Discard``, ``Discuss``: bookkeeping).
_POLNEAR_EVENT_TYPES = frozenset({"Attribution", "Attribution-no-source"})

#: PolNeAR .ann file names are ``<article>_<annotator>.ann``; annotator ids are 4 hex digits
#: (metadata.tsv, column ``annotators``).
_POLNEAR_ANN_RE = re.compile(r"^(?P<doc>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")

#: Start of a brat standoff line: an annotation id (T, E, A/M, R, N, #, *) and a TAB. Other
#: lines continue the text of the previous ``T`` line (brat writes newlines inside a span
#: verbatim; 3 PolNeAR train spans cross a paragraph).
_BRAT_LINE_RE = re.compile(r"^(?:[TEAMRN]\d+|#\d*|\*)\t")

#: Penn Treebank escapes of the CoNLL-2010 Wikipedia sentences (Farkas et al. 2010).
_PTB_ESCAPES = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{",
                "-RCB-": "}", "``": '"', "''": '"'}

#: Characters stripped from BABE/MBIC biased-word entries (:func:`biased_word_spans`).
_BIASED_WORD_STRIP = "\"'“”‘’«»`.,;:!?()[]"

#: C1 control characters and the Windows-1252 characters of the same byte (5 are undefined).
_CP1252_C1 = {chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
              if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_C1_RE = re.compile("[\x80-\x9f]")

#: Excel's maximum number of characters in a cell (Microsoft "Excel specifications and
#: limits"). MBIC was distributed as .xlsx; articles of exactly this length are truncated.
_EXCEL_CELL_LIMIT = 32767

#: Starts of MBIC ``article`` values that are scraping failures, not articles (the most
#: frequent ``article`` values of MBIC.csv: 91 and 11 rows).
_MBIC_BOILERPLATE = ("HuffPost is part of Verizon Media", "Access temporarily suspended")


# ---------------------------------------------------------------------------------------------
# Records

@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution relation (PolNeAR ``E`` line).

    Attributes
    ----------
    id : str
        brat event id (``"E3"``).
    source, cue, content : tuple of (int, int)
        Sorted spans of each role (several for a discontinuous span or a repeated role).
    kind : str
        ``"Attribution"`` or ``"Attribution-no-source"``.
    cue_from_trigger : bool
        The event had no ``Cue``: the trigger span is the cue (it is in all but 11 of 24,785
        PolNeAR events).
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
    annotations : dict
        All annotators' attributions, ``{annotator: tuple of GoldAttribution}``; agreement
        articles have six.
    metadata : dict
        The ``metadata.tsv`` row (empty when unavailable).
    n_span_mismatches : int
        Spans whose ``.ann`` text differs from the text (``strict=False``; 0 on PolNeAR).
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
        """Spans of each role over all attributions, for :func:`token_counts_by_label`."""
        out: Dict[str, List[Span]] = {role: [] for role in POLNEAR_ROLES}
        for att in self.attributions:
            for role in POLNEAR_ROLES:
                out[role].extend(getattr(att, role))
        return out


class LabeledSentence(NamedTuple):
    """A ``(text, label)`` pair; unpacks like a tuple (see :func:`read_conll_wiki`)."""

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
    type : {"speculation", "negation"}
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


class _BiasLabelled:
    """What BABE and MBIC sentences share: a bias label and annotated biased words."""

    label: str
    text: str
    biased_words: Tuple[str, ...]

    @property
    def is_biased(self) -> Optional[bool]:
        """True/False for ``Biased``/``Non-biased``; None for ``No agreement``."""
        return {"Biased": True, "Non-biased": False}.get(self.label)

    def biased_spans(self) -> List[Span]:
        """Character spans of :attr:`biased_words` in :attr:`text` (:func:`biased_word_spans`)."""
        return biased_word_spans(self.text, self.biased_words)


@dataclass(frozen=True)
class BabeSentence(_BiasLabelled):
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
    label : {"Biased", "Non-biased", "No agreement"}
    opinion : str
        ``label_opinion`` as written.
    biased_words : tuple of str
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


@dataclass(frozen=True)
class MbicSentence(_BiasLabelled):
    """An MBIC sentence (``MBIC.csv``), with the article it was taken from.

    Attributes
    ----------
    text, news_link, outlet, topic, type, label, opinion, biased_words, line
        As in :class:`BabeSentence` (MBIC outlet codes are lower-case, ``fox-news``).
    group_id, num_sent : int
        MBIC annotation batch and number of sentences in :attr:`text` (up to 5).
    article : str or None
        Full article text (see :attr:`MbicArticle.article_usable`).
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


@dataclass(frozen=True)
class MbicArticle:
    """MBIC sentences grouped by source article, for per-article bias density.

    Attributes
    ----------
    key : str
        The article's ``news_link`` (see :func:`mbic_articles` when it is missing).
    article : str or None
    outlet, topic, type : str or None
        Taken from the first sentence.
    sentences : tuple of MbicSentence
    """

    key: str
    article: Optional[str]
    outlet: Optional[str]
    topic: Optional[str]
    type: Optional[str]
    sentences: Tuple[MbicSentence, ...]

    @property
    def article_usable(self) -> bool:
        """False when the article text is missing, a scraping failure, or truncated."""
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
        """Biased-word entries per 1,000 article words (:data:`TOKEN_PATTERN`), None when not
        :attr:`article_usable`; a lower bound, as only annotated sentences have entries."""
        if not self.article_usable:
            return None
        n_words = len(word_spans(self.article))
        return 1000.0 * self.n_biased_words / n_words if n_words else None


# ---------------------------------------------------------------------------------------------
# PolNeAR

def _brat_lines(path: Path) -> Iterator[Tuple[int, str]]:
    """Logical lines of a brat .ann file with their 1-based starting line numbers."""
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    # tolerate CRLF .ann files: span texts are compared modulo line ends (_unify_newlines)
    raw = raw.replace("\r\n", "\n")
    if raw.endswith("\n"):
        raw = raw[:-1]
    pending: Optional[Tuple[int, str]] = None
    for lineno, line in enumerate(raw.split("\n"), start=1):
        if _BRAT_LINE_RE.match(line):
            if pending is not None:
                yield pending
            pending = (lineno, line)
        elif pending is not None and pending[1].startswith("T"):  # a span text with a newline
            pending = (pending[0], pending[1] + "\n" + line)
        elif line.strip():
            raise DataFormatError(path, lineno, f"not a brat annotation line: {line[:60]!r}")
    if pending is not None:
        yield pending


def _unify_newlines(s: str) -> str:
    return s.replace("\r\n", "\n").replace("\r", "\n") if "\r" in s else s


def read_brat_attributions(path: PathLike, text: str, strict: bool = True
                           ) -> Tuple[Tuple[GoldAttribution, ...], int]:
    """The attributions of one brat standoff ``.ann`` file of ``text`` (PolNeAR's scheme).

    ``T`` lines give spans (discontinuous ones included), ``E`` lines of type
    ``Attribution`` or ``Attribution-no-source`` link them (roles in any order and subset,
    repeats numbered: ``Content2``); other lines are skipped. Each span's surface is checked
    against ``text``.

    Parameters
    ----------
    path : str or Path
    text : str
        The document, read with ``newline=""`` (brat counts every character).
    strict : bool, default True
        Raise :class:`SpanMismatchError` on a span whose text differs; with False, count it.

    Returns
    -------
    attributions : tuple of GoldAttribution
    mismatches : int
        Spans whose text differs from the document (0 when ``strict``).

    Examples
    --------
    >>> import tempfile
    >>> ann = Path(tempfile.mkdtemp()) / "a.ann"
    >>> _ = ann.write_text("T1\\tSource 0 5\\tAides\\nT2\\tCue 6 10\\tsaid\\n"
    ...                    "T3\\tContent 11 22\\tit was over\\n"
    ...                    "E1\\tAttribution:T2 Source:T1 Content:T3\\n")
    >>> atts, bad = read_brat_attributions(ann, "Aides said it was over.")
    >>> atts[0].source, atts[0].cue, atts[0].content, bad
    (((0, 5),), ((6, 10),), ((11, 22),), 0)
    """
    path = Path(path)
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
            # brat joins the fragments of a discontinuous span with one space, in file order
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

    Reads ``SPLIT/text/<id>.txt`` and ``SPLIT/attributions/<id>_<annotator>.ann`` (with
    :func:`read_brat_attributions`).

    Parameters
    ----------
    split_dir : str or Path
        E.g. ``.../polnear/dev``.
    metadata : str or Path, optional
        ``metadata.tsv``; default ``split_dir/../metadata.tsv`` if it exists.
    annotator : str, optional
        Whose annotation of a multiply annotated article goes into
        :attr:`PolnearDocument.attributions`; default the lexicographically first.
    strict : bool, default True
        As in :func:`read_brat_attributions`; see :attr:`PolnearDocument.n_span_mismatches`.

    Returns
    -------
    list of PolnearDocument
        Sorted by id; articles without any ``.ann`` file have no attributions.

    Raises
    ------
    FileNotFoundError
        If ``text/`` or ``attributions/`` is missing, or an ``.ann`` has no text file.

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
    meta = {}
    if meta_path.is_file():
        rows = _csv_records(meta_path, ("filename",), "expected a header with a 'filename' column",
                            delimiter="\t", quoting=csv.QUOTE_NONE)
        meta = {rec["filename"]: rec for _, rec in rows}

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
        # newline="": brat offsets count "\r\n" as two characters
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        annotations, n_bad = {}, 0
        for who, ann in sorted(by_doc.get(doc_id, {}).items()):
            annotations[who], bad = read_brat_attributions(ann, text, strict)
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

def read_conll_wiki(path: PathLike, unescape_ptb: bool = False, drop_empty: bool = True
                    ) -> List[LabeledSentence]:
    """Read the CoNLL-2010 Wikipedia (WikiWeasel) sentences, ``text,label`` CSV.

    Texts are stripped (each ends with a newline in the release) and Penn-Treebank tokenised.

    Parameters
    ----------
    path : str or Path
        ``train.csv`` or ``extra_balanced.csv`` (column order does not matter).
    unescape_ptb : bool, default False
        Replace PTB escapes: brackets (``-LRB-`` -> ``(``) and doubled backtick/apostrophe quotes.
    drop_empty : bool, default True
        Skip empty texts (``train.csv`` has 20, all labelled 0: trivially correct negatives).

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
    for line, row in _csv_records(path, ("text", "label"), "expected columns text,label, got {header}"):
        label = row["label"].strip()
        if label not in ("0", "1"):
            raise DataFormatError(path, line, f"label must be 0 or 1, got {label!r}")
        text = row["text"].strip()
        if drop_empty and not text:
            continue
        if unescape_ptb:
            for esc, rep in _PTB_ESCAPES.items():
                text = text.replace(esc, rep)
        out.append(LabeledSentence(text, int(label)))
    return out


# ---------------------------------------------------------------------------------------------
# BioScope and SFU (XML)

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
    cues = sorted((Cue(id=ref, spans=tuple(sp for sp, _ in ps), texts=tuple(t for _, t in ps),
                       type=cue_type) for ref, ps in parts.items()), key=lambda c: c.spans)
    return "".join(pieces), tuple(cues)


def read_bioscope(path: PathLike, cue_type: str = "speculation") -> List[CueSentence]:
    """Read a BioScope XML file (``abstracts.xml``, ``full_papers.xml``).

    The sentence text is all character data of ``<sentence>`` in document order, so offsets
    are exact. Cues sharing a ``ref`` in a sentence are the parts of one multi-part cue
    (*either ... or*).

    Parameters
    ----------
    path : str or Path
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
            if repair:  # C1 controls to the cp1252 characters meant (offsets do not move)
                tok = _C1_RE.sub(lambda m: _CP1252_C1.get(m.group(), m.group()), tok)
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

    The sentence text is its tokens ``<W>`` joined by single spaces (``"can 't"``); a cue's
    span runs from its first to its last token. Cues may nest, and the parts of a multi-part
    cue (*either ... or*), separate elements in SFU, are separate :class:`Cue` objects.

    Parameters
    ----------
    path_or_dir : str or Path
        One ``.xml`` file, or a directory searched recursively for ``*.xml``
        (``sfu_review_negation_speculation/`` has 8 domain folders of 50 reviews).
    cue_type : {"speculation", "negation"}, default "speculation"
        Which cues to keep.
    repair_cp1252 : bool, default True
        Map the C1 control characters of the files (about 1,850, mostly U+0092) back to the
        Windows-1252 punctuation they were (U+0085 is an ellipsis, alone in 13 tokens, which
        without the repair are empty and skipped).

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


def _csv_records(path: Path, required: Sequence[str], header_error: str, skip_blank: bool = False,
                 **dialect: object) -> Iterator[Tuple[int, Dict[str, str]]]:
    """``(line, {column: value})`` of each record of a CSV file whose header has the
    ``required`` columns (else ``header_error``, formatted with ``missing`` and ``header``)."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, **dialect)
        header = next(reader, None)
        missing = [c for c in required if not header or c not in header]
        if missing:
            raise DataFormatError(path, 1, header_error.format(missing=missing, header=header))
        for row in reader:
            if skip_blank and not row:
                continue
            if len(row) != len(header):
                raise DataFormatError(path, reader.line_num,
                                      f"expected {len(header)} fields, got {len(row)}")
            yield reader.line_num, dict(zip(header, row))


def _read_semicolon_csv(path: Path, required: Sequence[str]
                        ) -> Iterator[Tuple[int, Dict[str, str]]]:
    return _csv_records(path, required, "missing columns {missing}; header is {header}",
                        skip_blank=True, delimiter=";")


def _opt(value: Optional[str]) -> Optional[str]:
    value = (value or "").strip()
    return value or None


def _sentence_fields(row: Mapping[str, str], path: Path, line: int) -> Dict[str, object]:
    """The fields BABE and MBIC rows share, as keyword arguments of their records."""
    return dict(text=row["text"].strip(), news_link=_opt(row["news_link"]),
                outlet=_opt(row["outlet"]), topic=_opt(row["topic"]), type=_opt(row["type"]),
                label=row["label_bias"].strip(), opinion=row["label_opinion"].strip(),
                biased_words=_parse_word_list(row["biased_words"], path, line), line=line)


_BABE_COLUMNS = ("text", "news_link", "outlet", "topic", "type", "label_bias", "label_opinion",
                 "biased_words")


def read_babe(path: PathLike) -> List[BabeSentence]:
    """Read BABE (``train_SG2.csv`` or ``SG1_experts.csv``), a ``;``-separated CSV.

    ``biased_words`` is a Python list literal, parsed with :func:`ast.literal_eval`.

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
    return [BabeSentence(**_sentence_fields(row, path, line))
            for line, row in _read_semicolon_csv(path, _BABE_COLUMNS)]


def read_mbic(path: PathLike) -> List[MbicSentence]:
    """Read MBIC (``MBIC.csv``, ``;``-separated) with the full article of each sentence.

    Use :func:`mbic_articles` to group the sentences by article.

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
        out.append(MbicSentence(**_sentence_fields(row, path, line), group_id=group_id,
                                num_sent=num_sent, article=row["article"] or None))
    return out


def mbic_articles(sentences: Iterable[MbicSentence]) -> List[MbicArticle]:
    """Group MBIC sentences by source article, in order of first appearance.

    The key is ``news_link``; sentences without a link are grouped by article text, or stand
    alone. Check :attr:`MbicArticle.article_usable` before using the article text: 71 MBIC
    rows have none, 102 a cookie wall or rate-limit page, and some are cut at Excel's
    32,767-character cell limit.

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

    Quotes and punctuation around an entry are stripped (annotators typed ``"experts"`` where
    the text has ``“experts”``); matching is case-insensitive, on word boundaries (*ban* is
    not in *urban*), inner whitespace matching any; *every* occurrence is returned, as the
    annotation does not say which was meant. Entries not found (typos such as *demoize*,
    about 2% in BABE) are skipped.

    Parameters
    ----------
    text : str
    words : iterable of str
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


