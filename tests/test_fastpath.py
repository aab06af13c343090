"""The one analysis path (text scan, sparse tokens) equals the token-by-token oracle.

``tests/oracle.py`` analyses a document the slow, obvious way: every token, sentences split on
the tokens, every lexicon matched token by token. These tests check that the analyzer gives
exactly the same analysis (spans, attributions, counts, scores) on generated and real text.
"""
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import text as _text
from framing.analyzer import Analyzer
from framing.lexicon import boundary_text, parse_lexicon, spaced_words
from framing.lexicon import matcher as _matcher
from framing.text import Doc, abbreviations, count_words, sentence_spans, tokenize, word_re

from oracle import analysis_record, reference_analysis, reference_segment

_PIECES = ["He", " said", " that", ", ", ".", ". ", "“", "”", '"', "''", " could", " not", " may",
           " May", " about", " 40", " a dozen", " according to", " it is alleged that", " Critics",
           " contend", " brutal", " so-called", " regime", "\n", "  ", "\t", " Mr.", " U.S.", " W.",
           " clearly", "n't", " who", " told", " reporters", "?", "!", " she", " hit out at", "’s",
           " é", " İstanbul", " 3.5", "-", " — ", " some", " people familiar with", " the", " fair-minded"]

#: A lexicon with what the bundled ones lack: several categories per entry, a term with
#: periods, punctuation as a first token, a case-exact name, short and multi-word wildcards.
_EXTRA_LEX = """[lexicon]
name = "extra"
version = "0.1"
format = 2
[categories.harm]
layer = "moral"
definition = "Harm."
[categories.betrayal]
layer = "moral"
definition = "Betrayal."
[categories.place]
layer = "place"
definition = "Places."
[categories.smile]
layer = "emoticon"
definition = "Emoticons."
%% entries
brutal\tharm,betrayal
regime\tbetrayal
u.s.\tplace
: )\tsmile
&\tsmile
Istanbul\tplace\tcase=exact
istanbul\tplace
hit out*\tharm
so*\tbetrayal
fair-*\tharm
said the\tharm
"""


def _analyzers():
    if "a" not in _CACHE:
        _CACHE["a"] = Analyzer()  # the default: attribution spans by the tagger
        _CACHE["b"] = Analyzer(lexicons=["default", parse_lexicon(_EXTRA_LEX, "extra.lex")],
                               attribution_backend="rules")
    return _CACHE["a"], _CACHE["b"]


_CACHE = {}


def _check(text):
    for an in _analyzers():
        assert analysis_record(an.analyze(text)) == analysis_record(reference_analysis(an, text)), text


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=50).map("".join))
def test_analysis_equals_the_token_oracle(text):
    _check(text)


def test_analysis_equals_the_token_oracle_on_seed(seed_text):
    _check(seed_text)


def test_analysis_equals_the_token_oracle_on_real_news(shared_data):
    for p in sorted((shared_data / "polnear" / "dev" / "text").glob("*.txt"))[:20]:
        _check(p.read_text(encoding="utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + list("ab .!?\n_")), max_size=60).map("".join))
def test_sentence_spans_and_words_match_the_token_oracle(text):
    tokens, sentences = reference_segment(text)
    assert sentence_spans(text) == [(s.start, s.end, s.paragraph) for s in sentences]
    assert count_words(text) == sum(1 for t in tokens if t.is_word)
    doc = Doc(text)
    assert [(t.start, t.end, t.text, t.lower) for t in doc.tokens] == \
        [(t.start, t.end, t.text, t.lower) for t in tokens]
    assert doc.sentences == sentences


def test_a_word_has_a_letter_or_digit():
    # one definition of a word token (text.is_word): "a _ b." has two words
    assert count_words("a _ b.") == 2 == Analyzer().analyze("a _ b.").n_tokens
    assert count_words("___ 3 x__y") == 2


def test_boundary_text_keeps_length():
    low = "so-called 'deal', don't--no. é—x"
    assert len(boundary_text(low)) == len(low)


def test_abbreviations_fit_the_tokenizer_lookahead():
    # text._token_re only tries the abbreviation alternation before [A-Za-z.]{1,6}\.
    for a in abbreviations():
        assert len(a) <= 7 and all(c.isalpha() or c == "." for c in a), a


# --------------------------------------------------------------------------- speed-ups (issue 6)
# Each speed-up of the fast path is checked against the plain rule it replaces.

_PLAIN_TOKEN_RE = re.compile(_text._token_pattern(True, shortcuts=False), re.VERBOSE)  # noqa
_PLAIN_WORD_RE = re.compile(_text._token_pattern(False, shortcuts=False), re.VERBOSE)  # noqa
_EDGE_RULE_RE = re.compile(r"[^\w'&\-]|(?<!\w)['&\-]|['&\-](?!\w)")

#: More pieces: numbers touching words, runs of spaces and other whitespace, brackets, slashes.
_MORE_PIECES = _PIECES + [" 3rd", "1990s", "  ", " \u00a0", "\u00a0", " \t ", "(", ")",
                          "/", ":", ",", " e.g.", " x-ray", " rock'n'roll", "’", "'", "&", " AT&T",
                          " state", " State", " post", " it seems", " in  part", " to some extent",
                          " according  to", " at least", " U.S.-led", " 10:30", " 1,000", " Σ",
                          " vs.", " approx.", " Gen.", " said.", " Said."]
#: With a lexicon word right after a number and a joiner ("50-state"), which the text matcher
#: does not see; the analyzer matches the tokens of such sentences instead.
_NUMBER_TOUCH_PIECES = _MORE_PIECES + [" 50-state", "said.", "brutal", "claimed", " 10-", "3",
                                       "-", " 1990s-era", " according to", " tyranny"]
_CHARS = st.sampled_from(list("aZé.,:/'’&-_ \t\n\u00a0\u2003“”\"()!?3Σ") + ["Mr.", "U.S.", "dept.",
                                                                               ":)", "İ"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_CHARS, max_size=40).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_tokenizer_shortcuts_change_no_token(text, a, b):
    a, b = min(a, b, len(text)), min(max(a, b), len(text))
    assert [m.span() for m in _text.token_re().finditer(text, a, b)] == \
        [m.span() for m in _PLAIN_TOKEN_RE.finditer(text, a, b)]
    assert word_re().findall(text) == _PLAIN_WORD_RE.findall(text)
    toks = tokenize(text, a, b)
    assert all(type(t) is _text.Token for t in toks)
    # the tokens of a region: those of the text up to the next whitespace that start in it
    # (unless one of them runs past the region's end: then the region's own tokens)
    stop = b
    if b < len(text) and not text[b].isspace():
        stop = next((i for i in range(b, len(text)) if text[i].isspace()), len(text))
    want = [m for m in _PLAIN_TOKEN_RE.finditer(text, a, stop) if m.start() < b]
    if want and want[-1].end() > b:
        want = list(_PLAIN_TOKEN_RE.finditer(text, a, b))
    low = text[a:stop].lower().replace("’", "'")  # lower-cased as a region (final sigma)
    if len(low) == stop - a:
        assert [(t.start, t.end, t.text, t.lower) for t in toks] == [
            (m.start(), m.end(), m.group(), low[m.start() - a:m.end() - a]) for m in want]
    else:
        assert [(t.start, t.end) for t in toks] == [m.span() for m in want]


def test_a_sentence_is_tokenized_as_in_its_text():
    text = "He according to vs.He left."
    assert [t.text for t in tokenize(text, 0, 19)] == ["He", "according", "to", "vs", "."]
    assert [t.text for t in tokenize(text, 0, 17)] == ["He", "according", "to", "v"]  # inside "vs"


@settings(max_examples=500, deadline=None)
@given(st.lists(_CHARS, max_size=40).map("".join))
def test_boundary_text_equals_its_rule(text):
    low = text.lower()
    assert boundary_text(low) == _EDGE_RULE_RE.sub(" ", low)


def test_no_whitespace_above_the_spaced_words_ceiling():
    # spaced_words lists the whitespace characters up to U+3000; a newer Unicode with a space
    # above that would make it miss gaps, so this fails first
    assert not any(chr(o).isspace() for o in range(_matcher._SPACE_CEILING + 1, sys.maxunicode + 1))


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=30).map("".join))
def test_spaced_words_equals_its_regex(text):
    assert spaced_words(text) == bool(re.search(r"\w[^\S\r\n]{2,}\w", text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MORE_PIECES), max_size=50).map("".join))
def test_analysis_equals_the_token_oracle_more_pieces(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MORE_PIECES + list("ab .!?\n")), max_size=60).map("".join))
def test_sentence_spans_match_the_token_oracle_more_pieces(text):
    _, sentences = reference_segment(text)
    assert sentence_spans(text) == [(s.start, s.end, s.paragraph) for s in sentences]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_TOUCH_PIECES), max_size=40).map("".join))
def test_the_text_scan_equals_the_token_scan_per_sentence(text):
    # Matcher.find (text scan, token scan where a number touches a word) against find_in
    # over each sentence's tokens, for every matcher (cues included)
    a, b = _analyzers()
    matchers = [m for _, m in a._matchers + b._matchers] + [a._attr.cue_matcher]
    doc = Doc(text)
    tokens, sentences = reference_segment(text)
    for m in matchers:
        want = []
        for sent in sentences:
            want += [(tokens[x.start].start, tokens[x.end - 1].end, x.entry)
                     for x in m.find_in(tokens, sent.first, sent.last)]
        assert m.find(doc) == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_TOUCH_PIECES), max_size=40).map("".join))
def test_the_text_scan_with_and_without_phrase_keys(text):
    # the second automaton (phrase keys " it seems ") finds what the first-word automaton does
    a, b = _analyzers()
    for m in [m for _, m in a._matchers + b._matchers] + [a._attr.cue_matcher]:
        doc = Doc(text)
        first = m._scan_text(doc)
        _matcher._text_view(doc).spaced = True  # forces the first automaton, no prefilter
        assert m._scan_text(doc) == first


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_TOUCH_PIECES), max_size=40).map("".join))
def test_analysis_equals_the_token_oracle_where_numbers_touch_words(text):
    # "a 10-brutal war", "Critics 50-claimed that": the token after the number is matched
    _check(text)


def test_lexicon_word_after_a_number_and_a_hyphen_is_found():
    d = Analyzer().analyze("A 10-brutal war. Critics 50-disgraceful, he lied.").to_dict()
    assert {sp["text"] for sp in d["spans"]} >= {"brutal", "disgraceful"}


@pytest.mark.parametrize("text, terms", [
    ("The U.S. army hit out and smiled :) at Istanbul & İstanbul.",
     {"U.S.", ":)", "&", "Istanbul", "İstanbul", "hit out"}),
    ("It was so brutal, said the regime.", {"so", "brutal", "said the", "regime"}),
    ("A fair-minded, fair-ish judge.", {"fair-minded", "fair-ish"}),
])
def test_terms_beyond_word_characters_are_found(text, terms):
    an = _analyzers()[1]
    a = an.analyze(text)
    assert {sp.text for sp in a.spans} >= terms
    assert analysis_record(a) == analysis_record(reference_analysis(an, text))
