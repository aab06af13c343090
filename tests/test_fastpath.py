"""The analyzer's fast path (automaton + sparse tokens) equals the reference token path."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.lexicon import boundary_text, load_lexicon
from framing.scorers import Analyzer
from framing.text import abbreviations, segment, sentence_spans, word_re

_PIECES = ["He", " said", " that", ", ", ".", ". ", "“", "”", '"', "''", " could", " not", " may",
           " May", " about", " 40", " a dozen", " according to", " it is alleged that", " Critics",
           " contend", " brutal", " so-called", " regime", "\n", "  ", "\t", " Mr.", " U.S.", " W.",
           " clearly", "n't", " who", " told", " reporters", "?", "!", " she", " hit out at", "’s",
           " é", " İstanbul", " 3.5", "-", " — ", " some", " people familiar with", " the"]


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=50).map("".join))
def test_fast_path_equals_token_path(text):
    an = Analyzer.__new__(Analyzer)  # reuse one analyzer across examples
    an.__dict__.update(_shared().__dict__)
    assert an.analyze(text).to_dict() == an.analyze_tokens(text).to_dict()


_CACHE = {}


def _shared():
    if "a" not in _CACHE:
        _CACHE["a"] = Analyzer()
    return _CACHE["a"]


def test_fast_path_equals_token_path_on_seed(analyzer, seed_text):
    assert analyzer.analyze(seed_text).to_dict() == analyzer.analyze_tokens(seed_text).to_dict()


def test_fast_path_on_real_news(analyzer, shared_data):
    texts = sorted((shared_data / "polnear" / "dev" / "text").glob("*.txt"))[:20]
    for p in texts:
        t = p.read_text(encoding="utf-8")
        assert analyzer.analyze(t).to_dict() == analyzer.analyze_tokens(t).to_dict(), p.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + list("ab .!?\n")), max_size=60).map("".join))
def test_sentence_spans_and_words_match_segment(text):
    doc = segment(text)
    assert sentence_spans(text) == [(s.start, s.end, s.paragraph) for s in doc.sentences]
    assert len(word_re().findall(text)) == sum(1 for t in doc.tokens if t.is_word)


def test_boundary_text_keeps_length():
    low = "so-called 'deal', don't--no. é—x"
    assert len(boundary_text(low)) == len(low)


def test_abbreviations_fit_the_tokenizer_lookahead():
    # text._token_re only tries the abbreviation alternation before [A-Za-z.]{1,6}\.
    for a in abbreviations():
        assert len(a) <= 7 and all(c.isalpha() or c == "." for c in a), a


def test_lexicon_terms_are_fast_path_compatible():
    an = Analyzer()
    assert an._fast
