"""Attribution: source–cue–content relations, source types and cue stances.

A rule-based extractor, driven by the ``attribution`` lexicon (cue verbs and phrases by stance;
vague-source nouns, role nouns and pronouns for source types). It covers the patterns that
news uses (Pareti 2016; Newell et al. 2018):

* "X said (that) …", "…, X said.", "said X", "according to X";
* "X, who …, said", "X, the minister, said", "X told Y (that) …";
* "X claimed / argued / warned …", "Critics contend", "Diplomatic experts further caution";
* coordinated and participial cues that share a subject: "He reiterated … but stressed …",
  "Khan accused …, claiming that …";
* parenthetical cues: "The two groups, they note, are …";
* impersonal passives without a source: "it is alleged that …";
* direct quotes with the attribution before, after or in the middle of the quotation.

No part-of-speech tagger is used (NLTK's tagger needs downloaded data): noun phrases are read
off token shape (capitals, function words, punctuation), which is what the rules need.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Dict, List, Optional, Sequence, Set, Tuple

from .analysis import Attribution, Part, Quote
from .lexicon import Lexicon, Match, Matcher
from .text import Doc, Sentence, Token
from .voice import VoiceMap

__all__ = ["AttributionExtractor", "SOURCE_TYPES", "STANCES", "MAX_CONTENT_CHARS"]

#: Longest indirect content read after a cue. A real sentence is far shorter; the cap keeps
#: text without sentence punctuation (megabytes of it) linear instead of quadratic.
MAX_CONTENT_CHARS = 5000

#: Source types of the output contract (DESIGN section 2).
SOURCE_TYPES = ("named", "titled", "vague", "pronoun", "document", "unknown")
#: Cue stances: the cue categories of the attribution lexicon; ``neutral`` is the unmarked one.
STANCES = ("neutral", "distancing", "endorsing", "emphatic", "emotive")

# --- closed grammatical classes the noun-phrase reader needs (grammar, not lexicon content)
_DETERMINERS = frozenset(
    "the a an another this these those his her their its our my your such no any every each".split()
)
#: Words that may sit between a subject and its cue: auxiliaries, negation, common adverbs.
_AUX = frozenset(
    "has have had will would could should may might must can did does do is was were are be been "
    "being also further previously repeatedly later then again even still often always once "
    "recently publicly privately not never n't just already first subsequently ultimately "
    "separately flatly".split()
)
#: Prepositions allowed inside a source noun phrase ("the Chief Minister of Khyber").
_NP_PREP = frozenset("of for at from in with on".split())
#: Tokens that end a noun phrase when reading leftwards.
_NP_STOP = frozenset(
    "that which who whom whose and but or nor because while when whereas although though if as "
    "since until after before than so yet where why how what among between to by into about "
    "against under over through during without within".split()
)
#: Sentence adverbs and connectives trimmed off the front of a subject.
_LEADING = frozenset(
    "but yet however nevertheless meanwhile also now still and so then instead moreover "
    "furthermore indeed thus".split()
)
#: Verbs that take a recipient before their content ("told reporters that …").
_RECIPIENT_LEMMAS = frozenset("tell inform assure remind warn urge brief".split())
#: Words that start a short adverbial between a cue and "that" ("said on Tuesday that").
_ADVERBIAL_START = frozenset(
    "on in at during after before last this earlier later yesterday today tonight late early "
    "again also then".split()
)
_OBJECT_PRONOUNS = frozenset("me him her us them you it".split())
_QUOTE_CHARS = set("\"“”„«»'‘’")
_SENT_END = set(".!?")
# Unions used in the rules, built once (not on every call)
_PREP_OR_DET = _NP_PREP | _DETERMINERS
_TRIM_END = _SENT_END | {",", ";", ":"}
#: What may precede a capitalised cue (else a capitalised word mid-sentence is a name).
_BEFORE_CAP_CUE = _QUOTE_CHARS | {"(", "—", "–", ":"}
#: What may follow the subject of an inverted cue ("…, said X.").
_AFTER_INVERTED = {",", ";", "—", "–", "("} | _SENT_END
_AFTER_PARENTHETICAL = {",", "."} | _SENT_END
#: Cue lemmas that often have non-human subjects ("the data show"): kept only with a clause,
#: a quotation or a recognised source type.
_WEAK_SUBJECT_SYNTAX = {"verb"}


_start_of = itemgetter(0)  # a token's start offset
#: Words that may surround a pronoun in a pronoun source ("both of them", "I'm", "I don't").
_PRONOUN_FILLER = frozenset("both all each of do did does don't didn't doesn't 'm 's 're 've 'll "
                            "'d".split())
_POSSESSIVE_PRONOUNS = frozenset("my your his her its our their".split())
_RELATIVE = frozenset("who whom which that whose".split())
#: Quantifiers that make a source vague ("some Republicans", "many voters").
_QUANTIFIERS = frozenset("some many several most few others various numerous a_few one".split())
#: Heads that name a body or organisation rather than a person ("the campaign", "the Clinton
#: campaign"): titled without a name, named with a name modifier.
_ORG_HEADS = frozenset(
    "campaign administration government ministry department agency committee court military army "
    "company firm party team office council commission board panel union organization "
    "organisation group coalition foundation institute network newspaper paper station "
    "university school hospital embassy bureau service force police".split()
)


#: Capitalised labels before a colon that are not speakers ("Update: …", "Watch: …").
_COLON_LABELS = frozenset([
    "update", "updated", "note", "editor's note", "editor’s note", "breaking", "breaking news",
    "watch", "video", "photos", "photo", "read", "read more", "related", "exclusive", "source",
    "sources", "correction", "advertisement", "opinion", "analysis", "live", "transcript",
    "question", "answer", "q", "a", "summary", "background", "context", "bottom line", "why",
    "what", "how", "who", "when", "where", "the bottom line", "fact check", "poll",
])
#: Words between a determiner and an adjective ("his most suspect games").
_INTENSIFIERS = frozenset("most more very less least so too rather quite".split())
#: Cues whose physical sense takes an indefinite object ("slammed a home run").
_COMBAT_CUES = frozenset("slam blast hit fire lash".split())
#: Cues that with "you"/"I" and no content are discourse markers ("you know", "I mean").
_DISCOURSE_CUES = frozenset("know see mean think guess".split())


def _plural(low: str) -> bool:
    """A crude plural test for a noun before a verb ("critics argue"; not "outrageous")."""
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))


def _title_case(toks: Sequence[Token], lo: int, hi: int) -> bool:
    """A headline in title case: at least four words, and all but short function words
    capitalised ("Hillary Is Not Well, Former White House Doctor Says")."""
    words = [t for t in toks[lo:hi] if t.text[:1].isalpha()]
    if len(words) < 4:
        return False
    long_words = [t for t in words if len(t.text) > 3]
    return bool(long_words) and all(_is_cap(t) for t in long_words)


def _base(low: str) -> str:
    """A token's lower-case form without a contraction ("i'm" -> "i", "it’s" -> "it")."""
    for ap in ("'", "’"):
        i = low.find(ap)
        if i > 0 and low[:i] not in ("don", "didn", "doesn", "can", "won"):
            return low[:i]
    return low


def _gap(span: Tuple[int, int], other: Tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    if other[0] >= span[1]:
        return other[0] - span[1]
    return span[0] - other[1] if span[0] >= other[1] else 0


def _nearest_cue(starts: List[int], ends: List[int], s: int, e: int) -> int:
    """Index of the cue nearest to the span ``[s, e)`` by :func:`_gap` (the first of equals),
    among cues that do not overlap each other, sorted (their ``starts`` and ``ends``):
    ``min(range(n), key=lambda k: _gap((s, e), (starts[k], ends[k])))`` in log time."""
    i = bisect.bisect_left(starts, e)  # cues [i:] start at or after the span's end
    j = bisect.bisect_left(ends, s)  # cues [j:] end at or after its start
    if j < i:  # cue j touches or overlaps the span: gap 0, and the first such
        return j
    if i == 0:
        return 0
    if i == len(starts):
        return i - 1
    return i - 1 if s - ends[i - 1] <= starts[i] - e else i


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


@dataclass
class _Source:
    first: int
    last: int  # exclusive token index
    type: str


class AttributionExtractor:
    """Extract attributions from a segmented document.

    Parameters
    ----------
    lexicon : Lexicon
        The attribution lexicon: categories with layer ``cue`` (named by stance) and layer
        ``source`` (``vague_source``, ``role_noun``, ``pronoun_source``).
    """

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        cue_entries = [e for e in lexicon.entries if e.layer == "cue"]
        src_entries = [e for e in lexicon.entries if e.layer == "source"]
        self.cue_matcher = Matcher(cue_entries)
        self.source_matcher = Matcher(src_entries)
        self._forms: Dict[str, Set[str]] = {}
        for e in src_entries:
            for form in e.forms:
                if len(form) == 1 and not e.wildcard:
                    self._forms.setdefault(e.category, set()).add(form[0].lower())
        self.vague = self._forms.get("vague_source", set())
        self.roles = self._forms.get("role_noun", set())
        # a cue category's stance is its "stance" key, else the category name itself
        self.stance_of = {
            name: str(c.get("stance", name)) for name, c in lexicon.categories.items()
            if c.get("layer") == "cue"
        }
        self.pronouns = self._forms.get("pronoun_source", set())
        self.documents = self._forms.get("document_source", set())

    # ------------------------------------------------------------------ noun phrases
    def _np_left(self, toks: Sequence[Token], end: int, lo: int) -> Optional[Tuple[int, int]]:
        """The noun phrase ending just before token ``end`` (exclusive), reading leftwards."""
        i = end - 1
        start = end
        n = 0
        if i >= lo and toks[i].text == ")":  # "Rep. Jim McDermott (D-Wash.) said"
            k = i - 1
            while k >= lo and toks[k].text != "(" and i - k < 8:
                k -= 1
            if k > lo and toks[k].text == "(":
                end = k
                i = k - 1
                start = end
        while i >= lo and n < 9:
            t = toks[i]
            low = t.lower
            if not t.is_word:
                if t.text in ("&",) or (t.text == "-" and i > lo):
                    start = i
                    i -= 1
                    continue
                break
            if low in _NP_STOP:
                break
            if low in _AUX and start == end:
                break
            start = i
            n += 1
            i -= 1
        if start == end:
            return None
        # trim leading prepositions / connectives, trailing prepositions
        while start < end and (toks[start].lower in _NP_PREP or toks[start].lower in _LEADING):
            start += 1
        while end > start and (toks[end - 1].lower in _NP_PREP or toks[end - 1].lower in _DETERMINERS):
            end -= 1
        if start >= end:
            return None
        # an auxiliary or a lower-case verb-like word inside means we crossed a clause
        for k in range(end - 1, start - 1, -1):
            if toks[k].lower in _AUX:
                start = k + 1
                break
        return (start, end) if start < end else None

    def _np_right(self, toks: Sequence[Token], begin: int, hi: int) -> Optional[Tuple[int, int]]:
        """The noun phrase starting at token ``begin``, up to punctuation or a clause word."""
        i = begin
        n = 0
        while i < hi and n < 12:
            t = toks[i]
            if not t.is_word:
                if t.text == "&" or t.text == "-":
                    i += 1
                    continue
                break
            if t.lower in _NP_STOP and t.lower not in ("to",):
                break
            if t.lower == "to" and i > begin:
                break
            i += 1
            n += 1
        while i > begin and toks[i - 1].lower in _PREP_OR_DET:
            i -= 1
        return (begin, i) if i > begin else None

    def _head(self, toks: Sequence[Token], a: int, b: int) -> int:
        for k in range(a, b):
            if toks[k].lower in _NP_PREP and k > a:
                return k - 1
        return b - 1

    def source_type(self, toks: Sequence[Token], a: int, b: int, sent_first: int) -> str:
        """Classify the source noun phrase ``toks[a:b]``.

        Order: vague (vague-source head or quantifier), pronoun, named (a capitalised word
        that is not a role or vague noun and not a capitalised function word), titled (a role
        noun head), unknown.
        """
        head = self._head(toks, a, b)
        hlow = toks[head].lower
        # a name as head ("historian Vernon Burton") makes the source named, whatever precedes
        # unless a vague quantifier governs a plural group ("Some Republicans", "many Democrats")
        name_head = _is_cap(toks[head]) and head != sent_first and hlow not in self.vague \
            and hlow not in self.roles and hlow not in self.pronouns \
            and not (toks[a].lower in self.vague and a != head and hlow.endswith("s"))
        if not name_head:  # (a name as head is never vague: no need to match the phrase)
            for m in self.source_matcher.find_in(toks, a, b):
                if m.entry.category == "vague_source" and (m.start <= head < m.end or m.start == a):
                    return "vague"
        if hlow in self.vague:
            return "vague"
        if b - a == 1 and (hlow in self.pronouns or toks[a].text in self.pronouns):
            return "pronoun"
        if b - a <= 2 and toks[b - 1].lower in self.pronouns and toks[a].lower in ("both", "all"):
            return "pronoun"
        named = False
        for k in range(a, b):
            t = toks[k]
            if not _is_cap(t) or t.lower in _DETERMINERS or t.lower in _LEADING:
                continue
            if t.lower in self.roles or t.lower in self.vague or t.lower in self.pronouns:
                continue
            if k == sent_first and k != head and not (k + 1 < b and _is_cap(toks[k + 1])):
                continue  # a capitalised sentence-initial modifier ("Diplomatic experts")
            named = True
            break
        if named and (_is_cap(toks[head]) or hlow not in self.roles):
            return "named"
        if hlow in self.roles or any(toks[k].lower in self.roles for k in range(a, b)):
            return "titled"
        if named:
            return "named"
        return "unknown"

    def _is_name(self, toks: Sequence[Token], k: int, a: int, sent_first: int) -> bool:
        """Token ``k`` of the phrase starting at ``a`` reads as (part of) a proper name."""
        t = toks[k]
        if not _is_cap(t):
            return False
        low = _base(t.lower)
        if low in _DETERMINERS or low in _LEADING or low in self.roles or low in self.vague \
                or low in self.pronouns or low in self.documents or low in _NP_STOP:
            return False
        return True

    def classify_source(self, toks: Sequence[Token], a: int, b: int, sent_first: int = -1,
                        _depth: int = 0) -> str:
        """The type of the source phrase ``toks[a:b]`` (:data:`SOURCE_TYPES`), following
        ``experiments/annotation/GUIDELINES.md``:

        1. a personal pronoun, alone or with a contraction or quantifier ("I'm", "both of
           them"), is ``pronoun``; a relative pronoun takes its antecedent's type;
        2. a proper name of the speaker (the head, or a name in apposition) is ``named``;
        3. a role or office ("Obama's former campaign strategist", "the campaign") is ``titled``;
        4. a document, record or recording ("the report", "Video") is ``document``;
        5. an indefinite or generic group, a quantifier or anonymity formula is ``vague``;
        6. otherwise ``unknown``.
        """
        words = [k for k in range(a, b) if toks[k].is_word]
        if not words:
            return "unknown"
        lows = [_base(toks[k].lower) for k in words]
        # 1. pronouns (contractions and quantifiers around them)
        core = [w for w in lows if w not in _PRONOUN_FILLER]
        if core and all(w in self.pronouns or w in _OBJECT_PRONOUNS or w in _POSSESSIVE_PRONOUNS
                        for w in core) and any(w in self.pronouns or w in _OBJECT_PRONOUNS
                                               for w in core):
            return "pronoun"
        if len(words) == 1 and lows[0] in _RELATIVE:
            ante = self._antecedent(toks, a, sent_first)
            if ante is not None and _depth == 0:
                return self.classify_source(toks, ante[0], ante[1], sent_first, 1)
            return "unknown"
        # the head: the last word before a preposition, comma, relative or participle
        seg_end = b
        for k in range(a, b):
            if k > a and (toks[k].lower in _NP_PREP or toks[k].lower in _RELATIVE
                          or toks[k].text in (",", "(", "—", "–")):
                seg_end = k
                break
        head_words = [k for k in words if k < seg_end] or words
        head = head_words[-1]
        hlow = _base(toks[head].lower)
        if lows[0] in _QUANTIFIERS:  # "some Republicans", "many of his aides"
            return "vague"
        # 2. named: the head is a name, or a name in apposition after a comma, or a
        # multi-word name at the end ("Secretary of State John Kerry")
        last = words[-1]
        if seg_end < b and toks[seg_end].text != "," and len(words) >= 2 \
                and self._is_name(toks, last, a, sent_first) \
                and self._is_name(toks, words[-2], a, sent_first):
            return "named"
        if self._is_name(toks, head, a, sent_first) and not (
                hlow.endswith("s") and hlow[:-1] in self.vague):
            return "named"
        if seg_end < b and toks[seg_end].text == ",":
            rest = [k for k in words if k > seg_end]
            if rest and self._is_name(toks, rest[0], a, sent_first) and (
                    len(rest) == 1 or self._is_name(toks, rest[-1], a, sent_first)
                    or _is_cap(toks[rest[1]])):
                return "named"
        # possessive names and name modifiers of an organisation ("the Clinton campaign")
        mods = [k for k in head_words[:-1] if self._is_name(toks, k, a, sent_first)
                and (k != sent_first or _is_cap(toks[k + 1])) and not toks[k].lower.endswith(("'s", "’s")) and not (
                    k + 1 < len(toks) and toks[k + 1].lower in ("'s", "’s"))]
        if mods and hlow in _ORG_HEADS:
            return "named"
        # 4. documents
        if hlow in self.documents:
            return "document"
        # 5. vague: quantifier or vague head
        first = lows[0]
        if hlow in self.vague or first in self.vague and len(lows) <= 2:
            return "vague"
        for m in self.source_matcher.find_in(toks, a, b):
            if m.entry.category == "vague_source":
                return "vague"
        # 3. titled: a role noun, an office, or a described person with a determiner
        if hlow in self.roles or hlow in _ORG_HEADS or any(w in self.roles for w in lows):
            return "titled"
        if _is_cap(toks[head]) and len(head_words) > 1:
            return "named"
        if first in _DETERMINERS or toks[words[0]].lower.endswith(("'s", "’s")):
            return "titled" if not hlow.endswith("s") or first not in ("a", "an") else "vague"
        if hlow.endswith("s") and not _is_cap(toks[head]):
            return "vague"  # a bare plural group ("voters", "demonstrators")
        if _is_cap(toks[head]):
            return "named"
        return "unknown"

    def _antecedent(self, toks: Sequence[Token], k: int, sent_first: int
                    ) -> Optional[Tuple[int, int]]:
        """The noun phrase before a relative pronoun at ``k`` ("Sanders, who ...")."""
        j = k
        if j - 1 >= max(sent_first, 0) and toks[j - 1].text == ",":
            j -= 1
        lo = max(sent_first, 0)
        i = j
        while i > lo and toks[i - 1].is_word and toks[i - 1].lower not in _NP_STOP \
                and toks[i - 1].lower not in _AUX:
            i -= 1
        return (i, j) if i < j else None

    # ------------------------------------------------------------------ content
    def _trim(self, text: str, s: int, e: int, quotes: VoiceMap) -> Tuple[int, int]:
        while e > s and (text[e - 1].isspace() or (text[e - 1] in _TRIM_END
                                                   and quotes.quote_at(e - 1, e) is None)):
            e -= 1
        while s < e and (text[s].isspace() or text[s] in ",;:—–"):
            s += 1
        return s, e

    def _quote_starting(self, text: str, pos: int, quotes: VoiceMap) -> Optional[Quote]:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        q = quotes.quote_at(pos, pos + 1)
        if q is not None and q.start == pos:
            return q
        return None

    def _quote_ending(self, text: str, pos: int, quotes: VoiceMap) -> Optional[Quote]:
        """A quotation that ends at ``pos``, allowing a comma between (“…,” or “…”,)."""
        e = pos
        while e > 0 and (text[e - 1].isspace() or text[e - 1] in ",—–"):
            e -= 1
        if e == 0:
            return None
        q = quotes.quote_at(e - 1, e)
        if q is not None and q.end == e:
            return q
        return None

    # ------------------------------------------------------------------ main
    def extract(self, doc: Doc, quotes: VoiceMap,
                cue_hits: Optional[Sequence[Tuple[int, int, Any]]] = None) -> List[Attribution]:
        """All attributions of ``doc`` in text order.

        The cue matcher scans the text (:meth:`framing.lexicon.Matcher.find`; ``cue_hits``,
        when a caller has already scanned); only the sentences that hold a cue are tokenized,
        each on its own.
        """
        by_sentence: Dict[int, List[Tuple[int, int, Any]]] = {}
        for hit in self.cue_matcher.find(doc) if cue_hits is None else cue_hits:
            k = doc.sentence_at(hit[0])
            if k >= 0:
                by_sentence.setdefault(k, []).append(hit)
        out: List[Attribution] = []
        text = doc.text
        spans = doc.spans
        # a paragraph that opens "Name: …" (headlines, interviews, transcripts) has no cue word
        opening = {k for k, (s0, s1, par) in enumerate(spans)
                   if (k == 0 or spans[k - 1][2] != par) and ":" in text[s0:min(s1, s0 + 60)]}
        for k in sorted(set(by_sentence) | opening):
            toks = doc.tokens_of(k)
            s0, s1, par = spans[k]
            starts = list(map(_start_of, toks))
            matches = []
            for a, b, entry in by_sentence.get(k, ()):
                # the tokens of a hit: the one starting at its start, up to the first token
                # starting at or after its end (hits fall on token boundaries)
                i = bisect.bisect_left(starts, a)
                j = bisect.bisect_left(starts, b, i)
                matches.append(Match(entry, i, j))
            out.extend(self.extract_sentence(text, toks, Sentence(s0, s1, 0, len(toks), par),
                                             matches, quotes, k == 0 or spans[k - 1][2] != par))
        return out

    def _colon(self, text: str, toks: Sequence[Token], quotes: VoiceMap) -> Optional[Attribution]:
        """"Pat Caddell: Democrat voters are worried …", "WALLACE: Governor, …": one to four
        capitalised words that name a speaker, a colon, then the content."""
        k = next((n for n, t in enumerate(toks[:6]) if t.text == ":"), None)
        if k is None or k == 0 or k + 1 >= len(toks):
            return None
        words = toks[:k]
        if not all(_is_cap(t) and t.text.replace(".", "").replace("’", "").replace("'", "").isalpha()
                   for t in words):
            return None
        if " ".join(t.lower for t in words) in _COLON_LABELS:
            return None
        if len(words) > 1 and all(t.text.isupper() for t in words):
            return None  # a headline kicker ("PORT CHAOS: …"); a transcript speaker is one word
        src_type = self.classify_source(toks, 0, k, 0)
        if src_type not in ("named", "titled"):
            return None
        cs, ce = self._trim(text, toks[k].end, toks[-1].end, quotes)
        if ce <= cs:
            return None
        source = Part(toks[0].start, toks[k - 1].end, text[toks[0].start:toks[k - 1].end], src_type)
        cue = Part(toks[k].start, toks[k].end, ":", "neutral")
        return Attribution(source, cue, Part(cs, ce, text[cs:ce]), quotes.quote_type(cs, ce),
                           "colon", quotes.voice(cue.start, cue.end))

    def relate(self, doc: Doc, quotes: VoiceMap, spans: Dict[str, Sequence[Tuple[int, int]]],
               found_by: str = "model") -> List[Attribution]:
        """Attributions from source, cue and content spans found by any span finder (a trained
        model), with this extractor's transparent labels on top.

        Every cue span starts one attribution. Each source and content span goes to the
        nearest cue of its paragraph; a cue keeps the nearest of its sources. Its content spans
        are joined when on one side of it, else (a quotation interrupted by "he said") the
        nearest is kept. The source gets its type (:meth:`classify_source`), the cue its
        stance from the cue lexicon (the first cue entry inside the span; ``neutral`` when none
        matches), the content its quote type; the voice is that of the cue. ``cue_category``
        is the lexicon category, or ``found_by`` when no entry matches.
        """
        text = doc.text
        cues = sorted(spans.get("cue", ()))
        if not cues:
            return []
        sents = doc.spans
        sent_starts = [s for s, _, _ in sents]

        def para_of(pos: int) -> int:
            k = doc.sentence_at(pos)
            if k < 0:  # between sentences: the next one
                k = min(bisect.bisect_left(sent_starts, pos), len(sents) - 1)
            return sents[k][2] if sents else 0

        cues_of_para: Dict[int, List[int]] = {}
        for k, (s, _) in enumerate(cues):
            cues_of_para.setdefault(para_of(s), []).append(k)
        bounds = {p: ([cues[k][0] for k in ks], [cues[k][1] for k in ks])
                  for p, ks in cues_of_para.items()}
        linked: Dict[str, Dict[int, List[Tuple[int, int]]]] = {"source": {}, "content": {}}
        for role, by_cue in linked.items():
            for s, e in spans.get(role, ()):
                p = para_of(s)
                near = cues_of_para.get(p)
                if near:
                    best = near[_nearest_cue(*bounds[p], s, e)]
                    by_cue.setdefault(best, []).append((s, e))
        out = []
        for k, (c0, c1) in enumerate(cues):
            category, stance = self._cue_category(doc, c0, c1)
            cue = Part(c0, c1, text[c0:c1], stance)
            src = min(linked["source"].get(k, []), key=lambda sp: _gap(sp, (c0, c1)), default=None)
            source = None
            if src is not None:
                source = Part(src[0], src[1], text[src[0]:src[1]], self._span_type(doc, *src))
            conts = sorted(linked["content"].get(k, []))
            content = None
            if conts:
                a, b = conts[0][0], conts[-1][1]
                if not (c0 >= b or c1 <= a):  # on both sides of the cue: the nearest part
                    a, b = min(conts, key=lambda sp: _gap(sp, (c0, c1)))
                content = Part(a, b, text[a:b])
            quote = "indirect" if content is None else quotes.quote_type(content.start, content.end)
            out.append(Attribution(source, cue, content, quote, category or found_by,
                                   quotes.voice(c0, c1), found_by))
        return out

    def _tokens_of_span(self, doc: Doc, s: int, e: int) -> Tuple[Sequence[Token], int, int]:
        """The tokens of the sentence holding ``s`` and the range ``[a, b)`` of those in
        ``[s, e)``."""
        k = doc.sentence_at(s)
        if k < 0:
            k = doc.sentence_at(min(e, len(doc.text)) - 1)
        if k < 0:
            return [], 0, 0
        toks = doc.tokens_of(k)
        a = bisect.bisect_left(toks, s, key=_start_of)
        b = bisect.bisect_left(toks, e, a, key=_start_of)
        return toks, a, b

    def _span_type(self, doc: Doc, s: int, e: int) -> str:
        toks, a, b = self._tokens_of_span(doc, s, e)
        return self.classify_source(toks, a, b, 0) if b > a else "unknown"

    def _cue_category(self, doc: Doc, s: int, e: int) -> Tuple[Optional[str], str]:
        """The cue lexicon's category of the cue span and its stance (neutral when none)."""
        toks, a, b = self._tokens_of_span(doc, s, e)
        for m in self.cue_matcher.find_in(toks, a, b):
            cat = m.entry.category
            return cat, self.stance_of.get(cat, "neutral")
        return None, "neutral"

    def extract_sentence(self, text: str, toks: Sequence[Token], sent: Sentence,
                         matches: Sequence[Match], quotes: VoiceMap,
                         opens_paragraph: bool = False) -> List[Attribution]:
        """The attributions of one sentence, given its cue matches.

        ``toks`` holds the sentence's tokens (``toks[sent.first:sent.last]``) and ``matches``
        what ``self.cue_matcher.find_in(toks, sent.first, sent.last)`` returns. A sentence
        that opens a paragraph may be "Name: content" (:meth:`_colon`).
        """
        out: List[Attribution] = []
        sent_attrs: List[Tuple[_Source, Attribution]] = []
        # coordinated cues ("… but stressed that …") end the content of the cue before them
        # and so do participial ones ("…, claiming that …")
        bounds = [toks[m.start - 1].start for m in matches
                  if m.start - 1 > sent.first and (
                      toks[m.start - 1].lower in ("and", "but")
                      or (toks[m.start - 1].text == "," and toks[m.start].lower.endswith("ing")))]
        if opens_paragraph:
            colon = self._colon(text, toks[sent.first:sent.last], quotes)
            if colon is not None:
                out.append(colon)
        for m in matches:
            k = bisect.bisect_right(bounds, toks[m.end - 1].end)
            limit = bounds[k] if k < len(bounds) else None
            a = self._one(text, toks, sent, m, quotes, sent_attrs, limit)
            if a is not None:
                out.append(a[1])
                sent_attrs.append(a)
        return out

    def _one(self, text: str, toks: Sequence[Token], sent: Sentence, m: Match, quotes: VoiceMap,
             sent_attrs: List[Tuple[_Source, Attribution]], limit: Optional[int] = None):
        lo, hi = sent.first, sent.last
        e = m.entry
        syntax = e.syntax
        i, j = m.start, m.end
        stance = self.stance_of.get(e.category, e.category)
        cue = Part(toks[i].start, toks[j - 1].end, text[toks[i].start:toks[j - 1].end], stance)
        prev = toks[i - 1] if i > lo else None
        sent_end = toks[hi - 1].end if limit is None else limit

        if syntax == "impersonal":
            cs, ce = self._trim(text, toks[j - 1].end, sent_end, quotes)
            if ce <= cs:
                return None
            content = Part(cs, ce, text[cs:ce])
            return (_Source(i, i, "unknown"),
                    Attribution(None, cue, content, quotes.quote_type(cs, ce), e.category,
                                quotes.voice(cue.start, cue.end)))

        if syntax == "prep":
            np = self._np_right(toks, j, hi)
            if np is None:
                return None
            a, b = np
            src = _Source(a, b, self.source_type(toks, a, b, lo))
            if i == lo or (i - 1 >= lo and toks[i - 1].lower in _LEADING) or (
                prev is not None and prev.text == ","
                and all(not t.is_word or t.lower in _LEADING for t in toks[lo:i - 1])
            ):
                cs, ce = self._trim(text, toks[b - 1].end, sent_end, quotes)
            else:
                cs, ce = self._trim(text, toks[lo].start, toks[i].start, quotes)
            return self._build(text, toks, src, cue, cs, ce, quotes, e.category)

        # verbs and nouns used as cues
        if _is_cap(toks[i]) and prev is not None and prev.text not in _BEFORE_CAP_CUE \
                and not _title_case(toks, lo, hi):
            return None  # "United States", "Washington Post": capitalised mid-sentence, a name
        if prev is not None and (prev.lower in _DETERMINERS or prev.lower.endswith(("'s", "s'"))):
            return None  # "the claims", "his remarks", "Gandapur’s remarks": a noun, not a cue
        if prev is not None and prev.lower == "to" and i - 2 >= lo and toks[i - 2].lower in _DETERMINERS:
            return None
        if self._noun_reading(toks, i, lo, hi, e):
            return None

        # 1. inversion: “…,” said X.  /  …, said X.  (an appositive subject wins over a comma)
        # (at the start of a sentence, a quotation ending right before it: “Why?” said X.)
        q_left = self._quote_ending(text, toks[i].start, quotes)
        left_punct = prev is None or prev.text in {"—", "–"} or prev.text in _QUOTE_CHARS or (
            prev.text == "," and (q_left is not None or self._appositive_subject(toks, i - 1, lo) is None)
        )
        needs_clause = ("clause", "required") in e.options
        if left_punct and j < hi and (q_left is not None or not needs_clause):
            np = self._np_right(toks, j, hi)
            if np is not None and self._looks_like_subject(toks, np) and (
                q_left is not None or np[1] >= hi or toks[np[1]].text in _AFTER_INVERTED
                or toks[np[1]].text in _QUOTE_CHARS
            ):
                a, b = np
                src = _Source(a, b, self.source_type(toks, a, b, lo))
                if q_left is not None:
                    cs, ce = q_left.start, q_left.end
                else:
                    cs, ce = self._trim(text, toks[lo].start, toks[i].start, quotes)
                if ce > cs:
                    return self._build(text, toks, src, cue, cs, ce, quotes, e.category)

        # 2. subject to the left, skipping auxiliaries and adverbs
        k = i - 1
        while k >= lo and (toks[k].lower in _AUX or (toks[k].lower.endswith("ly") and len(toks[k].lower) > 4
                                                      and not _is_cap(toks[k]))):
            k -= 1
        if k >= lo and toks[k].lower == "to" and k - 1 > lo and not _is_cap(toks[k - 1]):
            k -= 2  # "declined to comment": skip the governing verb
            while k >= lo and toks[k].lower in _AUX:
                k -= 1
        src: Optional[_Source] = None
        relative = False
        if k >= lo and toks[k].lower in ("who", "which"):
            relative = True
            k -= 1
            if k >= lo and toks[k].text == ",":
                k -= 1
        elif k >= lo and toks[k].text == ",":
            # "X, the Chief Minister of K, announced" / "X, who …, said"
            src = self._appositive_subject(toks, k, lo)
            if src is None and not toks[i].lower.endswith("ing"):
                src = self._leading_subject(toks, lo, k)  # "Hunter, meanwhile, told …"
        elif k >= lo and toks[k].lower in ("and", "but") or (
            k >= lo and toks[k].text == "," and toks[i].lower.endswith("ing")
        ):
            src = self._inherited(sent_attrs)
        if src is None and k >= lo and toks[k].lower not in ("and", "but") and toks[k].text != ",":
            np = self._np_left(toks, k + 1, lo)
            if np is not None:
                a, b = np
                src = _Source(a, b, self.source_type(toks, a, b, lo))
        if src is None and (k < lo or toks[k].lower in ("and", "but") or toks[k].text == ","):
            if toks[i].lower.endswith("ing") or (k >= lo and toks[k].lower in ("and", "but")):
                src = self._inherited(sent_attrs) or self._subject(toks, lo, k)
        if src is None:
            return None
        if e.term in _DISCOURSE_CUES and src.last - src.first == 1 \
                and toks[src.first].lower in ("you", "i") and (j >= hi or not toks[j].is_word):
            return None  # "you know," "I mean": a discourse marker, not an attribution

        # content
        after = toks[j - 1].end
        q = self._quote_starting(text, after if not (j < hi and toks[j].text in ":,") else toks[j].end, quotes)
        if q is not None:
            cs, ce = q.start, q.end
            # attribution in the middle: “A,” he said, “B.”
            q_before = self._quote_ending(text, toks[src.first].start if src.last > src.first else toks[i].start, quotes)
            if q_before is not None and q_before.start >= toks[lo].start - 1:
                cs = q_before.start
        else:
            q_before = None
            if src.last > src.first and src.first - 1 >= lo:
                q_before = self._quote_ending(text, toks[src.first].start, quotes)
            if q_before is not None and src.first > lo:
                cs, ce = q_before.start, q_before.end
            elif src.last > src.first and src.first > lo and toks[src.first - 1].text == "," and \
                    (j >= hi or toks[j].text in _AFTER_PARENTHETICAL):
                # "…, he said." or parenthetical "A, they note, B."
                cs = toks[lo].start
                ce = sent_end
                if j < hi and toks[j].text == ",":
                    cs, ce = self._trim(text, cs, ce, quotes)
                else:
                    cs, ce = self._trim(text, cs, toks[src.first - 1].start, quotes)
            else:
                c = self._content_start(toks, j, hi, e.term.split(" ")[0])
                if c >= hi or (c + 1 == hi and not toks[c].is_word):
                    # nothing after the cue: “…,” another friend, Mariam Emara told CNN.
                    q_prev = quotes.last_within(toks[lo].start - 1, toks[src.first].start)
                    if q_prev is None and src.first == lo:  # “How many times?” Clinton said.
                        q_prev = self._quote_ending(text, toks[lo].start, quotes)
                    if q_prev is None:
                        return None
                    return self._build(text, toks, src, cue, q_prev.start, q_prev.end, quotes, e.category)
                if needs_clause and not relative and toks[c].lower != "that" and \
                        toks[c].text not in _QUOTE_CHARS and not (j < hi and toks[j].text == ":"):
                    return None  # "swing states", "was found dead": no clause, no attribution
                q = self._quote_starting(text, toks[c].start, quotes)
                if q is not None and q.end >= sent_end - 1:
                    cs, ce = q.start, q.end
                else:
                    cs, ce = self._trim(text, toks[c].start, min(sent_end, toks[c].start
                                                                  + MAX_CONTENT_CHARS), quotes)
                    # a quotation running past the sentence end belongs to the content
                    qq = quotes.quote_at(ce - 1, ce)
                    if qq is not None and qq.end > ce:
                        ce = qq.end
                # an unrecognised subject with no clause after the cue is kept only for neutral
                # (speech) cues: "The report said the …" yes; "The data reveals nothing" no
                if src.type == "unknown" and not relative and (
                        stance != "neutral" or not self._looks_like_subject(toks, (src.first, src.last))
                ) and not (
                        j < hi and (toks[j].lower == "that" or toks[j].text in _QUOTE_CHARS
                                    or toks[j].text == ":")):
                    return None  # "… sanctuary to extremists reveals the …": no source
        if ce <= cs:
            return None
        return self._build(text, toks, src, cue, cs, ce, quotes, e.category)

    def _noun_reading(self, toks: Sequence[Token], i: int, lo: int, hi: int, e: Any) -> bool:
        """A cue form that reads as a noun or adjective here, not as a reporting verb:
        after a preposition ("secretary of state", "in question"); an uninflected form after a
        determiner and a singular word ("a trick question", "an outrageous tweet"; a verb would
        agree: "a critic argues"); after a determiner and an intensifier ("his most suspect
        games"); a combat verb with an indefinite object ("slammed a home run")."""
        if e.syntax != "verb":
            return False
        prev = toks[i - 1] if i > lo else None
        if prev is None:
            return False
        low = toks[i].lower
        if prev.lower in _NP_PREP:
            return True
        if low == e.term and i - 2 >= lo and toks[i - 2].lower in _DETERMINERS and prev.is_word \
                and not _is_cap(prev) and prev.lower not in _AUX and not _plural(prev.lower):
            return True
        if prev.lower in _INTENSIFIERS and i - 2 >= lo and (
                toks[i - 2].lower in _DETERMINERS or toks[i - 2].lower.endswith(("'s", "’s"))):
            return True
        if e.term in _COMBAT_CUES and i + 1 < hi and toks[i + 1].lower in ("a", "an"):
            return True
        return False

    def _content_start(self, toks: Sequence[Token], j: int, hi: int, lemma: str) -> int:
        """First token of the content after a cue ending at ``j``.

        The complementiser belongs to the content ("said [that …]", as in PARC and PolNeAR);
        a short adverbial before it ("said on Tuesday that") and the recipient of verbs like
        *tell* ("told reporters (that)") are skipped.
        """
        c = j
        if c >= hi:
            return c
        if toks[c].lower == "that":
            return c
        first = toks[c].lower
        if first in _ADVERBIAL_START or (first.endswith("ly") and len(first) > 4):
            for r in range(c, min(hi, c + 6)):
                if toks[r].lower == "that":
                    return r
                if not toks[r].is_word:
                    break
        if lemma in _RECIPIENT_LEMMAS:
            for r in range(c, min(hi, c + 7)):
                if toks[r].lower == "that":
                    return r
                if not toks[r].is_word:
                    break
            t = toks[c]
            if _is_cap(t) and t.lower not in _DETERMINERS:
                while c < hi and _is_cap(toks[c]) and toks[c].is_word:
                    c += 1
                return c
            if t.lower in _OBJECT_PRONOUNS:
                return c + 1
            if t.lower in _DETERMINERS and c + 2 <= hi:
                return c + 2
            if t.lower not in _NP_PREP and t.lower not in _NP_STOP and t.is_word:
                return c + 1
        return c

    def _looks_like_subject(self, toks: Sequence[Token], np: Tuple[int, int]) -> bool:
        a, b = np
        if b - a > 8:
            return False
        first = toks[a]
        return _is_cap(first) or first.lower in _DETERMINERS or first.lower in self.pronouns \
            or first.lower in self.vague or first.lower in self.roles or first.text[:1].isdigit() \
            or toks[b - 1].lower in self.pronouns

    def _appositive_subject(self, toks: Sequence[Token], k: int, lo: int) -> Optional[_Source]:
        """Subject before an appositive or relative clause closed by the comma at ``k``.

        "X, the Chief Minister of K, announced", "X, who chairs …, said", "X, whose firm,
        Y, makes …, said": earlier commas are tried from the nearest, and the first one that
        opens an appositive after a plausible subject wins.
        """
        for c in range(k - 1, max(lo, k - 40) - 1, -1):
            if toks[c].text != ",":
                continue
            nxt = toks[c + 1] if c + 1 < k else None
            if nxt is None:
                return None
            opens = (nxt.lower in ("who", "whose", "which") or nxt.lower in _DETERMINERS
                     or _is_cap(nxt) or nxt.lower in self.roles or nxt.lower.endswith("ing")
                     or nxt.lower in _NP_STOP or nxt.text[:1].isdigit())
            if not opens:
                continue
            np = self._np_left(toks, c, lo)
            if np is None:
                continue
            a, b = np
            t = self.source_type(toks, a, b, lo)
            if t == "unknown" and not self._looks_like_subject(toks, np):
                continue
            if t == "unknown":
                t2 = self.source_type(toks, c + 1, k, lo)
                t = t2 if t2 != "unknown" else t
            # the source span holds the appositive, as PolNeAR's does ("Its chair, Ruth Amsel")
            return _Source(a, k, t)
        return None

    def _subject(self, toks: Sequence[Token], lo: int, hi: int) -> Optional[_Source]:
        """The subject at the start of the sentence, for a participle or coordinated cue.

        Read conservatively: a pronoun, a run of capitalised words ("Secretary of State John
        Kerry"), or a determiner phrase whose head is a role or vague-source noun.
        """
        a = lo
        while a < hi and (toks[a].lower in _LEADING or not toks[a].is_word):
            a += 1
        if a >= hi:
            return None
        t = toks[a]
        if t.lower in self.pronouns:
            return _Source(a, a + 1, "pronoun")
        if _is_cap(t) and t.lower not in _DETERMINERS:
            b = a
            while b < hi and (_is_cap(toks[b]) or (toks[b].lower in ("of", "the")
                                                   and b + 1 < hi and _is_cap(toks[b + 1]))):
                b += 1
            if b < hi and not toks[b].is_word and toks[b].text != ",":
                return None
            return _Source(a, b, self.source_type(toks, a, b, lo))
        if t.lower in _DETERMINERS:
            for b in range(a + 1, min(hi, a + 5)):
                if toks[b].lower in self.roles or toks[b].lower in self.vague:
                    return _Source(a, b + 1, self.source_type(toks, a, b + 1, lo))
        return None

    def _leading_subject(self, toks: Sequence[Token], lo: int, k: int) -> Optional[_Source]:
        """The sentence-initial phrase before the first comma, when it reads as a subject."""
        for c in range(lo, k + 1):
            if toks[c].text == ",":
                if c - lo == 0 or c - lo > 6:
                    return None
                np = self._np_left(toks, c, lo)
                if np is None or np[0] != lo or not self._looks_like_subject(toks, np):
                    return None
                t = self.source_type(toks, np[0], np[1], lo)
                return _Source(np[0], np[1], t) if t != "unknown" else None
        return None

    def _inherited(self, sent_attrs: List[Tuple[_Source, Attribution]]) -> Optional[_Source]:
        for s, _ in reversed(sent_attrs):
            if s.last > s.first:
                return s
        return None

    def _build(self, text: str, toks: Sequence[Token], src: _Source, cue: Part, cs: int, ce: int,
               quotes: VoiceMap, category: str):
        source = None
        if src.last > src.first:
            s0, s1 = toks[src.first].start, toks[src.last - 1].end
            source = Part(s0, s1, text[s0:s1], self.classify_source(toks, src.first, src.last, 0))
        if ce <= cs:
            return None
        ce = min(ce, cs + MAX_CONTENT_CHARS)
        if not any(ch.isalnum() for ch in text[cs:ce]):
            return None  # a quotation mark or dash is no content ("“Hail Trump!”")
        content = Part(cs, ce, text[cs:ce])
        return src, Attribution(source, cue, content, quotes.quote_type(cs, ce), category,
                                quotes.voice(cue.start, cue.end))
