"""Tests for framing.voice: quotation spans and voice."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.voice import AUTHOR, QUOTED, VoiceMap, find_quotes


def quoted(text):
    return [q.text for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said “it is over” today.', ["“it is over”"]),
        ('He said "it is over" today.', ['"it is over"']),
        ('“It is ‘fake news,’ he says,” she said.', ["“It is ‘fake news,’ he says,”"]),
        ('“Outer “inner” outer” done.', ["“Outer “inner” outer”"]),
        ("Pakistan’s leaders don't agree with the Afghans’ plan.", []),
        ("He called it a ‘disgrace’ and left.", ["‘disgrace’"]),
        ("He called it a 'disgrace' and left.", ["'disgrace'"]),
        ('“A first sentence. A second one,” he said.', ["“A first sentence. A second one,”"]),
        ('"Open quote never closed\nNext paragraph is author text.', ['"Open quote never closed']),
        # a quote running over two paragraphs: the first is left open, the second reopens
        ("“First paragraph of quote.\n“Second paragraph,” he said.\nAuthor.",
         ["“First paragraph of quote.\n“Second paragraph,”"]),
        ('It was "a so-called deal", he said, and "a sham."', ['"a so-called deal"', '"a sham."']),
        # issue 12: German, French and British conventions
        ("„Wir werden gewinnen“, sagte sie. Dann ging sie.", ["„Wir werden gewinnen“"]),
        ("„Wir werden gewinnen”, sagte sie.", ["„Wir werden gewinnen”"]),
        ("Er sagte: „Das ist ‚gut‘ so“ und ging.", ["„Das ist ‚gut‘ so“"]),
        ("Er sagte: ‚Das ist gut‘ und ging.", ["‚Das ist gut‘"]),
        ("« Nous gagnerons », a-t-elle dit. Puis elle est partie.", ["« Nous gagnerons »"]),
        ("‘He said “no” today,’ she recalled. Then she left.", ["‘He said “no” today,’"]),
        ("He said “it is ‘over’ now” and left.", ["“it is ‘over’ now”"]),
        ("„Unclosed, sagte sie.\n\nThe next paragraph is the author's.", ["„Unclosed, sagte sie."]),
    ],
)
def test_find_quotes(text, expected):
    qs = find_quotes(text)
    assert [q.text for q in qs] == expected
    for q in qs:
        assert text[q.start:q.end] == q.text


def test_voice_map():
    text = "The regime, “a brutal tyranny,” fell."
    vm = VoiceMap(text, find_quotes(text))
    i = text.index("brutal")
    assert vm.voice(i, i + 6) == QUOTED
    j = text.index("regime")
    assert vm.voice(j, j + 6) == AUTHOR
    assert vm.quote_at(j, j + 6) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab .,\n\"“”‘’'«»„‚") + [" he said", "n't"]), max_size=60).map("".join))
def test_quote_spans_are_consistent(text):
    qs = find_quotes(text)
    last = -1
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.start >= last and q.end > q.start
        last = q.end


def test_german_quotation_is_not_the_whole_document():
    """Issue 12: „Wir werden gewinnen“, sagte sie. gave quoted_token_share 1.0."""
    import framing

    share = framing.analyze("„Wir werden gewinnen“, sagte sie.").scores["quoted_token_share"]
    assert share == pytest.approx(3 / 5)


def test_an_unclosed_quotation_is_capped_at_its_paragraph_and_recorded():
    """Issue 12: unbalanced marks never make a whole document quoted; the record says so."""
    import framing

    text = "„Unclosed, sagte sie.\n\nThe next paragraph is the author's. He said “fine” today."
    qs = find_quotes(text)
    assert [(q.text, q.closed) for q in qs] == [("„Unclosed, sagte sie.", False), ("“fine”", True)]
    rec = framing.analyze(text, attribution_backend="rules").to_dict()
    assert rec["quotes"][0]["closed"] is False and "closed" not in rec["quotes"][1]
    assert framing.analyze(text, attribution_backend="rules").summary()["unclosed_quotes"] == 1
