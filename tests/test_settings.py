"""Tests for framing.settings: one frozen settings object, the signature derived from it."""
import pickle

import pytest

from framing.analyzer import Analyzer, analyzer_for
from framing.errors import FramingError, LexiconError, SettingsError
from framing.lexicon import load_lexicon
from framing.settings import DEFAULT_LEXICONS, AnalyzerSettings, Signature

OWN = """[lexicon]
name = "own"
version = "1.0"
[categories.care]
layer = "moral"
definition = "Care words."
%% entries
care\tcare
"""
CUES = """[lexicon]
name = "mycues"
version = "1.0"
[categories.neutral]
layer = "cue"
definition = "Speech verbs."
[categories.vague_source]
layer = "source"
definition = "Vague sources."
%% entries
say\tneutral\tforms=says,said
critics\tvague_source
"""


@pytest.fixture()
def own(tmp_path):
    p = tmp_path / "own.lex"
    p.write_text(OWN, encoding="utf-8")
    return str(p)


@pytest.fixture()
def cues(tmp_path):
    p = tmp_path / "mycues.lex"
    p.write_text(CUES, encoding="utf-8")
    return str(p)


@pytest.mark.parametrize("options, signature", [
    ({}, "framing:0.1.0|lex:loaded@2.0+hedges@1.1+attribution@1.2|tok:rules-1|voice:on|attribution:polnear@1.0#e7e96715"),
    ({"lexicons": ["hedges"]}, "framing:0.1.0|lex:hedges@1.1+attribution@1.2|tok:rules-1|voice:on|attribution:polnear@1.0#e7e96715"),
    ({"attribution": None}, "framing:0.1.0|lex:loaded@2.0+hedges@1.1|tok:rules-1|voice:on|attribution:off"),
    ({"voice": False, "readability": False},
     "framing:0.1.0|lex:loaded@2.0+hedges@1.1+attribution@1.2|tok:rules-1|voice:off|attribution:polnear@1.0#e7e96715|readability:off"),
    ({"lang": "de_DE"},
     "framing:0.1.0|lex:loaded@2.0+hedges@1.1+attribution@1.2|tok:rules-1|voice:on|attribution:polnear@1.0#e7e96715|lang:de_DE"),
    # earlier versions listed the attribution lexicon among the lexicons: it is still taken
    ({"lexicons": ["loaded", "hedges", "attribution"]},
     "framing:0.1.0|lex:loaded@2.0+hedges@1.1+attribution@1.2|tok:rules-1|voice:on|attribution:polnear@1.0#e7e96715"),
])
def test_signature_is_pinned(options, signature):
    assert AnalyzerSettings.create(**options).signature().format() == signature


def test_default_stands_for_the_default_lexicons(own):
    s = AnalyzerSettings.create(lexicons=["default", own])
    assert [lx.name for lx in s.lexicons] == list(DEFAULT_LEXICONS) + ["own"]
    assert s.signature().info["lex"] == (
        f"loaded@2.0+hedges@1.1+own@1.0#{load_lexicon(own).sha256[:8]}+attribution@1.2")


def test_an_own_attribution_lexicon(cues):
    s = AnalyzerSettings.create(attribution=cues)
    a = Analyzer(s).analyze("Critics said the plan failed.")
    assert [(x.source.text, x.source.label, x.cue.text) for x in a.attributions] == [
        ("Critics", "vague", "said")]
    assert "mycues@1.0#" in s.signature().format()


@pytest.mark.parametrize("options, error, match", [
    ({"lexicons": ["hedges", "hedges"]}, SettingsError, r"lexicons \['hedges'\] are given twice"),
    ({"lexicons": ["nope"]}, LexiconError, r"nope: no such lexicon; bundled lexicons are"),
    ({"attribution": "hedges"}, SettingsError, "has no categories of layer cue or source"),
    ({"lang": "xx_XX"}, SettingsError, "unknown language 'xx_XX'"),
])
def test_settings_that_do_not_fit_are_refused(options, error, match):
    with pytest.raises(error, match=match):
        AnalyzerSettings.create(**options)
    assert issubclass(error, FramingError)


def test_an_attribution_lexicon_is_no_span_lexicon():
    with pytest.raises(SettingsError, match="give it as the attribution lexicon"):
        AnalyzerSettings(lexicons=(load_lexicon("attribution"),))


def test_settings_are_frozen_hashable_and_picklable(own):
    a = AnalyzerSettings.create(lexicons=[own])
    b = AnalyzerSettings.create(lexicons=[own])
    assert a == b and hash(a) == hash(b)
    with pytest.raises(Exception):
        a.voice = False
    again = pickle.loads(pickle.dumps(a))
    assert again == a and again.signature() == a.signature()
    # a bundled lexicon travels as its name and hash, a file one as its text
    assert len(pickle.dumps(AnalyzerSettings.create())) < 1000
    assert analyzer_for(a) is analyzer_for(again)
    assert a.replace(voice=False).voice is False


def test_a_worker_with_another_bundled_lexicon_is_refused():
    from framing.lexicon.format import _bundled_by_hash

    with pytest.raises(LexiconError, match="another version of the bundled lexicon 'hedges'"):
        _bundled_by_hash("hedges", "0" * 64)


def test_signature_object():
    sig = Signature({"framing": "0.1.0", "lex": "x@1"})
    assert str(sig) == "framing:0.1.0|lex:x@1" and sig == "framing:0.1.0|lex:x@1"
    assert sig.extended({"seed": 3}).format() == "framing:0.1.0|lex:x@1|seed:3"
    assert sig.format() == "framing:0.1.0|lex:x@1"  # extended() makes a new one


def test_to_dict_names_every_lexicon_with_its_hash(own):
    d = AnalyzerSettings.create(lexicons=[own]).to_dict()
    assert d["lexicons"][0]["id"] == "own@1.0" and len(d["lexicons"][0]["sha256"]) == 64
    assert d["attribution"]["id"] == "attribution@1.2"
