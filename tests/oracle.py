"""The token-by-token reference analysis: a test oracle for the one analysis path.

framing analyses a document by scanning its text (an automaton over the boundary text,
sentence spans found without tokens, words counted by one regex pass, tokens built only for
the sentences that hold an attribution cue). This module does everything the slow, obvious
way instead: it tokenizes every paragraph, splits sentences by the rules stated on the tokens,
matches every lexicon token by token (:meth:`framing.lexicon.Matcher.find_in`), runs the
attribution rules on every sentence (with the tagger: its spans, labelled by the lexicon), and counts words, quoted words and syllables token by
token. The tests check that both give the same analysis.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Dict, List, Tuple

from framing.analysis import Analysis, Counts, Span
from framing.attribution import AttributionExtractor
from framing.language import foreign_language
from framing.measures import NONE_SOURCE, measures
from framing.readability import syllables
from framing.text import Sentence, Token, lower, tokenize
from framing.voice import AUTHOR, VoiceMap, find_quotes

_PARA_RE = re.compile(r"[^\r\n]+")
#: Sentence-final punctuation tokens.
_FINAL = frozenset(".!?")
#: Tokens that stay with the sentence they close when they touch the final punctuation.
_CLOSERS = frozenset("\"”’'»)]}")


def split_sentences(toks: List[Token]) -> List[Tuple[int, int]]:
    """Half-open token ranges of the sentences of one paragraph, by the rules stated on
    tokens: a sentence ends at ``.``, ``!`` or ``?`` (with the final punctuation and closing
    marks touching it) unless the next token starts in lower case or with ``,;:``, or the
    period ends an initial ("W.")."""
    out: List[Tuple[int, int]] = []
    n = len(toks)
    first = 0
    i = 0
    while i < n:
        t = toks[i]
        if t.text in _FINAL:
            j = i + 1
            while j < n and toks[j].text in _FINAL and toks[j].start == toks[j - 1].end:
                j += 1  # "?!" and "..."
            while j < n and toks[j].text in _CLOSERS and toks[j].start == toks[j - 1].end:
                j += 1  # ." and .” and .)
            if j >= n:
                break
            nxt = toks[j].text
            prev = toks[i - 1].text if i > first else ""
            initial = t.text == "." and len(prev) == 1 and prev.isupper() and toks[i - 1].end == t.start
            if not initial and not nxt[:1].islower() and nxt[:1] not in ",;:":
                out.append((first, j))
                first = j
            i = j
            continue
        i += 1
    if first < n:
        out.append((first, n))
    return out


def reference_segment(text: str) -> Tuple[List[Token], List[Sentence]]:
    """Every token and sentence of ``text``, paragraph by paragraph."""
    low = lower(text)
    tokens: List[Token] = []
    sentences: List[Sentence] = []
    p_index = 0
    for pm in _PARA_RE.finditer(text):
        para = tokenize(text, pm.start(), pm.end(), low)
        if not para:
            continue
        base = len(tokens)
        for a, b in split_sentences(para):
            sentences.append(Sentence(para[a].start, para[b - 1].end, base + a, base + b, p_index))
        tokens.extend(para)
        p_index += 1
    return tokens, sentences


def reference_analysis(analyzer: Any, text: str, doc_id: str = "") -> Analysis:
    """What ``analyzer.analyze(text)`` must give, computed token by token."""
    s = analyzer.settings
    tokens, sentences = reference_segment(text)
    quotes = find_quotes(text) if s.voice else []
    vmap = VoiceMap(text, quotes)
    spans: List[Span] = []
    layer_hits: Counter = Counter()
    category_hits: Counter = Counter()
    for lx, matcher in analyzer._matchers:
        for sent in sentences:
            for m in matcher.find_in(tokens, sent.first, sent.last):
                start, end = tokens[m.start].start, tokens[m.end - 1].end
                voice = vmap.voice(start, end)
                w = m.entry.weight
                for layer, cats in m.entry.by_layer:
                    spans.append(Span(start, end, text[start:end], layer, cats[0], voice, lx.id, w,
                                      cats if len(cats) > 1 else ()))
                    layer_hits[(layer, voice)] += w
                    for cat in cats:
                        category_hits[(lx.name, layer, cat, voice)] += w
    spans.sort(key=lambda sp: (sp.start, sp.end, sp.layer))
    attributions = []
    if s.uses_model:  # the tagger's spans (tested on their own), the lexicon's labels
        from framing.text import Doc

        qmap = vmap if s.voice else VoiceMap(text, find_quotes(text))
        doc = Doc(text)
        attributions = AttributionExtractor(s.attribution).relate(
            doc, vmap, analyzer._tagger.spans(doc, qmap))
    elif s.attribution is not None:
        extractor = AttributionExtractor(s.attribution)
        for k, sent in enumerate(sentences):
            toks = tokens[sent.first:sent.last]
            local = Sentence(sent.start, sent.end, 0, len(toks), sent.paragraph)
            matches = extractor.cue_matcher.find_in(toks, 0, len(toks))
            opens = k == 0 or sentences[k - 1].paragraph != sent.paragraph
            attributions.extend(extractor.extract_sentence(text, toks, local, matches, vmap,
                                                           opens))
    words = [t for t in tokens if t.is_word]
    n_quoted = sum(1 for t in words if vmap.quote_at(t.start, t.end) is not None)
    n_syllables = sum(syllables(t.lower, s.lang) for t in words) if s.readability else None
    attr_counts: Counter = Counter()
    for a in attributions:
        source = NONE_SOURCE if a.source is None else (a.source.label or "unknown")
        attr_counts[(a.voice or AUTHOR, source, a.stance, a.quote)] += 1
    counts = Counts(len(words), n_quoted, len(sentences), n_syllables, len(quotes),
                    dict(layer_hits), dict(category_hits), dict(attr_counts), analyzer.schema)
    scores = measures(counts)
    language = foreign_language(text, s.lang)
    if language is not None:
        scores, spans, attributions = dict.fromkeys(scores), [], []
    return Analysis(doc_id, text, len(words), len(sentences), scores, spans,
                    attributions, quotes, analyzer.signature, {}, counts, language)


def analysis_record(analysis: Analysis) -> Dict[str, Any]:
    """The comparable record of an analysis: the JSON record and the counts."""
    record = analysis.to_dict()
    c = analysis.counts
    record["counts"] = (c.words, c.words_quoted, c.sentences, c.syllables, c.quotes,
                        sorted(c.layer_hits.items()), sorted(c.category_hits.items()),
                        sorted(c.attributions.items()))
    return record
