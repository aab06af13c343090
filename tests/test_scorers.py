"""Tests for framing.analyzer and the public API: signature, scores, score()."""
import math

import pandas as pd
import pytest

import framing
from framing.analyzer import Analyzer


def test_signature_is_pinned():
    # Bump deliberately when a lexicon version, the tokenizer rules or the version change.
    assert framing.signature() == (
        "framing:0.1.0|lex:loaded@1.1+hedges@1.1+attribution@1.1|tok:rules-1|voice:on"
    )
    assert Analyzer(voice=False, readability=False).signature.endswith("voice:off|readability:off")


def test_voice_split_rates():
    a = framing.analyze("The regime is brutal. “It is a brutal regime,” he said.")
    s = a.scores
    assert s["loaded_author_per_1k"] > 0 and s["loaded_quoted_per_1k"] > 0
    quoted = [sp for sp in a.spans if sp.voice == "quoted"]
    assert quoted and all(a.text[sp.start:sp.end] == sp.text for sp in quoted)
    assert 0 < s["quoted_token_share"] < 1


def test_shares_are_none_without_attributions():
    s = framing.analyze("Rain fell on the town.").scores
    assert s["attributions"] == 0
    assert s["vague_source_share"] is None and s["nonneutral_cue_share"] is None


def test_empty_text_gives_no_readability():
    a = framing.analyze("")
    assert a.n_tokens == 0 and a.scores["flesch_reading_ease"] is None


def test_score_dataframe_passes_metadata_through():
    df = pd.DataFrame({"id": ["a", "b"], "text": ["It may rain.", "Clearly it will."],
                       "outlet": ["X", "Y"]})
    out = framing.score(df)
    assert list(out["id"]) == ["a", "b"] and list(out["outlet"]) == ["X", "Y"]
    assert out.loc[0, "hedge_per_1k"] > 0 and out.loc[1, "booster_per_1k"] > 0
    assert "approximator_per_1k" in out.columns  # every lexicon layer has a column


def test_score_errors():
    with pytest.raises(KeyError, match="no column 'body'; columns present: id, text"):
        framing.score(pd.DataFrame({"id": [1], "text": ["x"]}), text_column="body")
    with pytest.raises(TypeError, match="several texts"):
        framing.score("just one string")


def test_analyze_rejects_non_str():
    with pytest.raises(TypeError, match="needs a str"):
        framing.analyze(b"bytes")


def test_readability_is_plausible(seed_text):
    s = framing.analyze(seed_text).scores
    assert 0 < s["flesch_reading_ease"] < 60 and not math.isnan(s["flesch_kincaid_grade"])
