"""Tests for framing.analyzer and the public API: signature, scores, score()."""
import math

import pandas as pd
import pytest

import framing
from framing.analyzer import Analyzer


def test_signature_is_pinned():
    # Bump deliberately when a lexicon version, the tokenizer rules or the version change.
    assert framing.signature() == (
        "framing:0.1.0|lex:loaded@2.0+hedges@1.1+attribution@1.2|tok:rules-1|voice:on|attribution:polnear@1.0#e7e96715"
    )
    assert Analyzer(voice=False, readability=False).signature.endswith("voice:off|attribution:polnear@1.0#e7e96715|readability:off")


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


# ------------------------------------------------------------------ settings flow down (issue 10)

MINI = """[lexicon]
name = "mini"
version = "2.0"
format = 2
[categories.harm]
layer = "moral"
definition = "Harm words."
[categories.betrayal]
layer = "moral"
definition = "Betrayal words."
[categories.gain]
layer = "money"
definition = "Gain words."
%% entries
betray*\tbetrayal,harm
hurt\tharm\tinflect=verb
profit\tgain,harm
"""


@pytest.fixture()
def mini(tmp_path):
    path = tmp_path / "mini.lex"
    path.write_text(MINI, encoding="utf-8")
    return str(path)


def test_lexicons_replace_the_defaults_and_default_extends_them(mini):
    only = framing.analyze("He betrayed them. It may hurt.", lexicons=[mini]).scores
    assert "loaded_per_1k" not in only and "hedge_per_1k" not in only  # not configured: absent
    assert "attributions" in only  # attribution is set on its own
    both = framing.analyze("He betrayed them. It may hurt.", lexicons=["default", mini]).scores
    assert "loaded_per_1k" in both and "mini_harm_per_1k" in both


def test_a_term_in_two_categories_counts_once_in_each(mini):
    a = framing.analyze("They betrayed us and hurt us for profit.", lexicons=[mini], attribution=None)
    s = a.scores
    # 8 words: betrayed (betrayal, harm), hurt (harm), profit (gain, harm)
    assert a.n_tokens == 8
    assert s["mini_harm_per_1k"] == 375.0
    assert s["mini_betrayal_per_1k"] == 125.0 and s["mini_gain_per_1k"] == 125.0
    # a layer counts a match once: moral has betrayed, hurt and (through harm) profit
    assert s["moral_per_1k"] == 375.0 and s["money_per_1k"] == 125.0
    [span] = [sp for sp in a.spans if sp.text == "betrayed"]
    assert (span.layer, span.category, span.categories) == ("moral", "betrayal", ("betrayal", "harm"))
    assert span.to_dict()["categories"] == ["betrayal", "harm"]


def test_signature_names_a_file_lexicon_with_its_hash(mini):
    from framing.lexicon import load_lexicon

    lex = load_lexicon(mini)
    sig = framing.signature(lexicons=["default", mini])
    assert sig == ("framing:0.1.0|lex:loaded@2.0+hedges@1.1+mini@2.0#" + lex.sha256[:8]
                   + "+attribution@1.2|tok:rules-1|voice:on|attribution:polnear@1.0#e7e96715")
    assert framing.analyze("x", lexicons=[mini]).signature == framing.signature(lexicons=[mini])


def test_voice_and_attribution_off_remove_their_measures():
    s = framing.analyze("Critics said “it is brutal”.", voice=False, attribution=None).scores
    assert not any(k.endswith(("_author_per_1k", "_quoted_per_1k")) for k in s)
    assert "quoted_token_share" not in s and "attributions" not in s
    assert "loaded_per_1k" in s


def test_rates_with_no_words_in_a_voice_are_missing_not_zero():
    s = framing.analyze("Officials met on Tuesday.").scores
    assert s["loaded_quoted_per_1k"] is None and s["loaded_author_per_1k"] == 0.0
    s = framing.analyze("").scores
    assert s["loaded_per_1k"] is None and s["attributions_per_1k"] is None


def test_score_columns_are_the_row_columns(mini, seed_text):
    for an in (Analyzer(), Analyzer(lexicons=[mini], readability=False),
               Analyzer(voice=False, attribution=None)):
        row = an.score_row(seed_text, "s", {"outlet": "X"})
        assert list(row) == ["id", "outlet"] + an.score_columns


def test_score_keeps_the_index():
    s = pd.Series(["It may rain.", "No."], index=["x", "y"])
    assert framing.score(s).index.tolist() == ["x", "y"]
    df = pd.DataFrame({"text": ["It may rain.", "No."]}, index=[10, 20])
    out = framing.score(df)
    assert out.index.tolist() == [10, 20] and out["id"].tolist() == ["10", "20"]


def test_analyzer_settings_are_one_object(mini):
    from framing.settings import AnalyzerSettings

    s = AnalyzerSettings.create(lexicons=[mini], readability=False)
    an = Analyzer(s)
    assert an.settings is s and an.signature == s.signature().format()
    with pytest.raises(framing.FramingError, match="give either settings= or"):
        Analyzer(s, voice=False)


GERMAN = ("Die Bundesregierung hat am Montag in Berlin ein neues Klimapaket vorgestellt. Die "
          "Opposition kritisierte die Vorschläge als unzureichend und sprach von einem "
          "Wahlkampfmanöver. Der Umweltminister verteidigte die Pläne vor Journalisten und "
          "kündigte weitere Gespräche an.")


def test_a_document_in_another_language_gets_missing_measures_not_zeros(tmp_path):
    """Issue 12: German and Spanish texts got all-zero scores and English Flesch formulas."""
    import json

    from framing.cli import main

    a = framing.analyze(GERMAN)
    assert a.language == "de" and all(v is None for v in a.scores.values())
    assert a.spans == [] and a.to_dict()["language"] == "de"
    assert "language" not in framing.analyze("Critics said the plan would fail.").to_dict()
    english = framing.analyze(" ".join(["The council said the plan may be late."] * 6))
    assert english.language is None and english.scores["hedge_per_1k"] > 0
    # an analysis in German is not checked (only English analyses are)
    assert framing.analyze(GERMAN, lang="de_DE").language is None
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "de", "text": GERMAN}) + "\n", encoding="utf-8")
    assert main(["score", str(src), "-o", str(tmp_path / "s.csv"), "-q"]) == 0
    row = (tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()[1].split(",")
    assert row[0] == "de" and set(row[3:]) == {""}  # id, n_tokens, n_sentences, then empty
