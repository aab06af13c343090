"""Tests for framing.lexicon: format, validation with file:line, inflection, matching."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.lexicon import (
    LexiconError,
    bundled_lexicons,
    inflections,
    load_lexicon,
    parse_lexicon,
    validate_lexicon,
)
from framing.text import segment

HEADER = """[lexicon]
name = "t"
version = "0.1"
description = "test"
license = "CC0-1.0"
authors = ["tests"]
[[citations]]
key = "x"
text = "X (2000)."
[categories.modal]
layer = "hedge"
definition = "Modals."
[categories.cue]
layer = "cue"
definition = "Cues."
[categories.approx]
layer = "hedge"
definition = "Approximators."
%% entries
"""


def lex(body):
    return parse_lexicon(HEADER + body, "t.lex")


def words(lexicon, text):
    doc = segment(text)
    found = [text[start:end] for start, end, _ in lexicon.compile().find(doc)]
    # the token scan of every sentence finds the same (the matcher's two scans, one rule set)
    by_tokens = [text[doc.tokens[m.start].start:doc.tokens[m.end - 1].end]
                 for s in doc.sentences for m in lexicon.compile().find_in(doc.tokens, s.first, s.last)]
    assert found == by_tokens
    return found


@pytest.mark.parametrize(
    "body, text, found",
    [
        ("may\tmodal\tcase=exact\n", "In May it may rain. May I?", ["may"]),
        ("could\tmodal\tneg=drop\n", "It could not rain, but it could snow.", ["could"]),
        ("clearly\tmodal\tneg=drop\n", "It is not clearly wrong; it is clearly right.", ["clearly"]),
        ("say\tcue\tforms=says,said,saying\n", "He says, she said, saying so.", ["says", "said", "saying"]),
        ("claim\tcue\tinflect=verb\n", "He claims; they claimed; claiming.", ["claims", "claimed", "claiming"]),
        ("point out\tcue\tinflect=verb\n", "She pointed out and points out.", ["pointed out", "points out"]),
        ("according to\tcue\n", "According to him, accordingly, to", ["According to"]),
        ("alleg*\tcue\n", "The alleged plot, allegedly; gallegos.", ["alleged", "allegedly"]),
        ("about\tapprox\tnext=number\n", "About 40 people talked about it; about a dozen.", ["About", "about"]),
        ("it's clear\tmodal\n", "It’s clear now.", ["It’s clear"]),
        ("could\tmodal\tneg=drop\n", "It couldn't rain. It never could.", []),
    ],
)
def test_matching(body, text, found):
    assert words(lex(body), text) == found


def test_longest_match_wins_and_no_overlap():
    lx = lex("according\tcue\naccording to\tcue\tsyntax=prep\n")
    doc = segment("according to them")
    ms = lx.compile().find(doc)
    assert [(s, e) for s, e, _ in ms] == [(0, 12)]
    assert ms[0][2].syntax == "prep"


def test_multiword_does_not_cross_sentences():
    assert words(lex("according to\tcue\n"), "It was according. To them it was not.") == []


@pytest.mark.parametrize(
    "word, kind, forms",
    [
        ("claim", "verb", ["claim", "claims", "claimed", "claiming"]),
        ("argue", "verb", ["argue", "argues", "argued", "arguing"]),
        ("deny", "verb", ["deny", "denies", "denied", "denying"]),
        ("stress", "verb", ["stress", "stresses", "stressed", "stressing"]),
        ("agree", "verb", ["agree", "agrees", "agreed", "agreeing"]),
        ("lie", "verb", ["lie", "lies", "lied", "lying"]),
        ("critic", "noun", ["critic", "critics"]),
        ("analysis", "noun", ["analysis", "analysises"]),  # irregulars go in forms=
        ("crazy", "adj", ["crazy", "crazier", "craziest"]),
    ],
)
def test_inflections(word, kind, forms):
    assert inflections(word, kind) == forms


@pytest.mark.parametrize(
    "body, message",
    [
        ("foo\tnope\n", r"t\.lex:20: category 'nope' is not defined"),
        ("foo\tmodal\tcase=upper\n", r"t\.lex:20: option case='upper' is not valid; valid options are \['exact'\]"),
        ("foo\tmodal\tcolour=red\n", r"t\.lex:20: unknown option 'colour'"),
        ("Foo\tmodal\n", r"t\.lex:20: term 'Foo' has capitals"),
        ("fo*o\tmodal\n", r"t\.lex:20: a wildcard"),
        ("foo\tmodal\nfoo\tcue\n", r"t\.lex:21: conflicting categories for 'foo' \(also line 20"),
        ("foo\n", r"t\.lex:20: expected 2 to 4 tab-separated fields"),
        ("", r"t\.lex:19: the lexicon has no entries"),
        ("x\tmodal\tweight=heavy\n", r"t\.lex:20: weight 'heavy' is not a number"),
    ],
)
def test_errors_name_file_and_line(body, message):
    with pytest.raises(LexiconError, match=message):
        lex(body)


def test_bad_header():
    with pytest.raises(LexiconError, match=r"x\.lex:1: no '%% entries'"):
        parse_lexicon("[lexicon]\nname='x'\n", "x.lex")
    with pytest.raises(LexiconError, match=r"x\.lex:2: invalid TOML header"):
        parse_lexicon("[lexicon]\nname = = 'x'\n%% entries\n", "x.lex")


def test_validate_collects_all_issues():
    issues = validate_lexicon(HEADER + "foo\tmodal\nfoo\tmodal\nbar\tnope\n", "t.lex")
    errors = [str(i) for i in issues if i.level == "error"]
    assert errors == [
        "t.lex:21: error: duplicate 'foo' (also line 20, category 'modal')",
        "t.lex:22: error: category 'nope' is not defined in the header; defined: ['approx', 'cue', 'modal']",
    ]
    warnings = [i.message for i in issues if i.level == "warning"]
    assert "category 'cue' has no entries" in warnings


@pytest.mark.parametrize("name", ["loaded", "hedges", "attribution"])
def test_bundled_lexicons_are_valid_and_documented(name):
    assert name in bundled_lexicons()
    lx = load_lexicon(name)
    from importlib import resources

    text = resources.files("framing.lexicons").joinpath(f"{name}.lex").read_text("utf-8")
    assert [str(i) for i in validate_lexicon(text, f"{name}.lex")] == []
    assert lx.meta["citations"], "each lexicon cites the literature that informed it"
    for cat in lx.categories.values():
        assert len(cat["definition"]) > 20
    assert len(lx.sha256) == 64
    assert lx.id == f"{name}@{lx.version}"


def test_load_unknown_lexicon():
    with pytest.raises(LexiconError, match="no such lexicon; bundled lexicons are"):
        load_lexicon("nonexistent")


def test_load_lexicon_from_path(tmp_path):
    p = tmp_path / "mine.lex"
    p.write_text(HEADER + "perhaps\tmodal\n", encoding="utf-8")
    assert load_lexicon(p).terms() == ["perhaps"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab \t\n=;*#%[]\"'") + ["%% entries", "modal", "case=exact"]),
                max_size=60).map("".join))
def test_parser_never_crashes(body):
    try:
        lex(body)
    except LexiconError as exc:
        assert str(exc).startswith("t.lex:")
    issues = validate_lexicon(HEADER + body, "t.lex")
    assert all(str(i).startswith("t.lex:") for i in issues)
