"""Tests for framing.text: offsets, abbreviations, quotes, dashes, paragraphs."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.text import abbreviations, segment, tokenize


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Mr. Smith met Gov. Lee.", ["Mr.", "Smith", "met", "Gov.", "Lee", "."]),
        ("The U.S. and the U.K. agreed.", ["The", "U.S.", "and", "the", "U.K.", "agreed", "."]),
        ("It isn't over—yet.", ["It", "isn't", "over", "—", "yet", "."]),
        ("Pakistan’s so-called deal", ["Pakistan’s", "so-called", "deal"]),
        ("“Go,” he said.", ["“", "Go", ",", "”", "he", "said", "."]),
        ("About 1,000 people (3.5%) left on Jan. 5.", ["About", "1,000", "people", "(", "3.5", "%",
                                                      ")", "left", "on", "Jan.", "5", "."]),
        ("The F.B.I. said so.", ["The", "F.B.I.", "said", "so", "."]),
    ],
)
def test_tokens(text, tokens):
    toks = tokenize(text)
    assert [t.text for t in toks] == tokens
    assert all(text[t.start:t.end] == t.text for t in toks)


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Mr. Smith said the U.S. would act. Then he left.",
         ["Mr. Smith said the U.S. would act.", "Then he left."]),
        ("Sen. Warren spoke on Jan. 5 in Washington. She left.",
         ["Sen. Warren spoke on Jan. 5 in Washington.", "She left."]),
        ("“It is late,” he said. “We must go.” She agreed.",
         ["“It is late,” he said.", "“We must go.”", "She agreed."]),
        ('"It is late." He left.', ['"It is late."', "He left."]),
        ("George W. Bush spoke. It rained.", ["George W. Bush spoke.", "It rained."]),
        ("A headline without a period\nThe body starts here. It ends.",
         ["A headline without a period", "The body starts here.", "It ends."]),
    ],
)
def test_sentences(text, sentences):
    doc = segment(text)
    assert [text[s.start:s.end] for s in doc.sentences] == sentences


def test_sentences_never_cross_paragraphs():
    doc = segment("One two\nthree four.\n\nFive six")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2]
    assert len(doc.paragraphs) == 3


def test_every_token_in_exactly_one_sentence():
    text = "He lives in the U.S. He works in N.Y. today. Dr. No agreed."
    doc = segment(text)
    covered = [i for s in doc.sentences for i in range(s.first, s.last)]
    assert covered == list(range(len(doc.tokens)))
    for s in doc.sentences:
        for t in doc.tokens[s.first:s.last]:
            assert s.start <= t.start and t.end <= s.end


def test_abbreviation_list_is_bundled():
    ab = abbreviations()
    assert "Mr." in ab and "U.S." in ab and "Jan." in ab


def test_sentence_of():
    doc = segment("Aa bb. Cc dd. Ee ff.")
    assert doc.sentence_of(3).first == 3
    assert doc.sentence_of(0).first == 0


def test_segment_rejects_bytes():
    with pytest.raises(TypeError, match="needs a str"):
        segment(b"bytes")


_ALPHABET = st.sampled_from(list("ab A.U.S,;:!?'\"“”‘’—–-\n\t ()0123456789éß😀\u200b\r") + ["Mr.", "U.S.", " said ", "Jan. "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_offsets_property(text):
    doc = segment(text)
    prev_end = 0
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
        assert t.start >= prev_end
        prev_end = t.end
    covered = [i for s in doc.sentences for i in range(s.first, s.last)]
    assert covered == list(range(len(doc.tokens)))
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert "\n" not in text[s.start:s.end]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_offsets_random_unicode(text):
    doc = segment(text)
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
    for s in doc.sentences:
        assert text[s.start:s.end].strip() == text[s.start:s.end]
