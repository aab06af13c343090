"""Tests for framing.features: the scikit-learn transformers over the toolkit's measures."""
import warnings

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.estimator_checks import parametrize_with_checks

import framing
from framing.learn import features as F
from framing.features import (
    AttributionFeatures,
    FramingFeatures,
    LexiconFeatures,
    ReadabilityFeatures,
    as_texts,
)

# A lexicon of our own, so that the expected counts do not move when the bundled lexicons grow.
DEMO_LEX = """[lexicon]
name = "demo"
version = "0.1"
[categories.pejorative]
layer = "loaded"
definition = "Pejorative labels."
[categories.emotive]
layer = "loaded"
definition = "Emotive words."
[categories.modal]
layer = "hedge"
definition = "Epistemic modals."
%% entries
regime\tpejorative
thug\tpejorative\tinflect=noun
disgrace\temotive\tforms=disgraceful
may\tmodal\tcase=exact
"""


@pytest.fixture(scope="module")
def demo_lex(tmp_path_factory):
    path = tmp_path_factory.mktemp("lex") / "demo.lex"
    path.write_text(DEMO_LEX, encoding="utf-8")
    return str(path)


# --------------------------------------------------------------------------------------------
# The scikit-learn estimator contract: the full battery of checks, no expected failures


SKLEARN_TAGS = hasattr(__import__("sklearn.utils", fromlist=["Tags"]), "Tags")  # >= 1.6


@pytest.mark.skipif(not SKLEARN_TAGS, reason="the check battery of scikit-learn < 1.6 differs")
@parametrize_with_checks(
    [LexiconFeatures(), AttributionFeatures(), ReadabilityFeatures(), FramingFeatures(),
     ReadabilityFeatures(textstat=True), FramingFeatures(unit="binary", by_voice=False, readability=True)]
)
def test_sklearn_estimator_checks(estimator, check):
    check(estimator)


@pytest.mark.skipif(not SKLEARN_TAGS, reason="__sklearn_tags__ needs scikit-learn >= 1.6")
def test_tags_declare_string_input():
    tags = FramingFeatures().__sklearn_tags__()
    assert tags.input_tags.string and tags.input_tags.two_d_array and tags.input_tags.allow_nan
    assert not tags.input_tags.one_d_array  # see the comment in TextMeasures.__sklearn_tags__


# --------------------------------------------------------------------------------------------
# Hand-checked feature values


def _row(est, text):
    X = est.transform([text])
    return dict(zip(est.get_feature_names_out().tolist(), X[0].tolist()))


@pytest.mark.parametrize("text, expected", [
    # two author-voice matches, one quoted (inside the quotation marks)
    ('The regime is a disgrace, "thugs" he said.',
     {"loaded_count": 3.0, "loaded_author_count": 2.0, "loaded_quoted_count": 1.0,
      "loaded_pejorative_count": 2.0, "loaded_pejorative_quoted_count": 1.0,
      "loaded_emotive_author_count": 1.0, "hedge_count": 0.0}),
    ("It may rain in May.", {"hedge_modal_count": 1.0, "loaded_count": 0.0}),
    ("", {"loaded_count": 0.0, "hedge_count": 0.0}),
])
def test_lexicon_counts_by_voice(demo_lex, text, expected):
    lf = LexiconFeatures(lexicons=(demo_lex,), unit="count").fit(["x"])
    row = _row(lf, text)
    for name, value in expected.items():
        assert row[name] == value, name


def test_lexicon_feature_names(demo_lex):
    lf = LexiconFeatures(lexicons=(demo_lex,), unit="per_1k").fit(["x"])
    assert lf.get_feature_names_out().tolist() == [
        "loaded_per_1k", "loaded_author_per_1k", "loaded_quoted_per_1k",
        "hedge_per_1k", "hedge_author_per_1k", "hedge_quoted_per_1k",
        "loaded_pejorative_per_1k", "loaded_pejorative_author_per_1k", "loaded_pejorative_quoted_per_1k",
        "loaded_emotive_per_1k", "loaded_emotive_author_per_1k", "loaded_emotive_quoted_per_1k",
        "hedge_modal_per_1k", "hedge_modal_author_per_1k", "hedge_modal_quoted_per_1k",
    ]
    assert lf.lexicon_ids_ == ["demo@0.1"]
    flat = LexiconFeatures(lexicons=(demo_lex,), by_voice=False, unit="binary").fit(["x"])
    assert flat.get_feature_names_out().tolist() == [
        "loaded_binary", "hedge_binary", "loaded_pejorative_binary", "loaded_emotive_binary",
        "hedge_modal_binary"]
    assert _row(flat, "The regime, the regime.")["loaded_pejorative_binary"] == 1.0


def test_rates_agree_with_the_scorers():
    """Voice-split rates use the words of each voice as denominator, as ``framing score``:
    a feature named like a score measure is that measure."""
    text = ('Officials said the brutal crackdown was "a shameful disgrace and a massacre", '
            "while critics called the regime corrupt. It may end.")
    lf = LexiconFeatures(unit="per_1k").fit(["x"])
    row = _row(lf, text)
    scores = framing.analyze(text).scores
    for name in ("loaded_per_1k", "loaded_author_per_1k", "loaded_quoted_per_1k",
                 "hedge_per_1k", "hedge_author_per_1k", "loaded_pejorative_per_1k",
                 "loaded_emotive_quoted_per_1k"):
        assert row[name] == scores[name], name


# an attribution in the author's voice, and one made by a quoted speaker inside a quotation
QUOTED_ATTRIBUTION = ('Critics claimed the plan would fail. The minister said: "Analysts '
                      'warned that it is a disgrace, and they are right."')


@pytest.mark.parametrize("normalize", [False, True])
def test_attribution_features_agree_with_the_scorers(normalize):
    """Attribution features count the author's voice, as the score measures do (the rules find
    the attribution inside the quotation; the bundled tagger does not tag nested ones)."""
    analysis = framing.analyze(QUOTED_ATTRIBUTION, attribution_backend="rules")
    assert [a.voice for a in analysis.attributions].count("quoted") == 1  # the premise
    scores = analysis.scores
    af = AttributionFeatures(normalize=normalize, attribution_backend="rules").fit(["x"])
    row = _row(af, QUOTED_ATTRIBUTION)
    if normalize:
        names = ["attributions_per_1k", "vague_source_share", "named_source_share",
                 "distancing_cue_share", "direct_quote_share", "indirect_quote_share",
                 "quoted_token_share"]
        assert row["attributions_quoted_share"] == pytest.approx(1 / 3, abs=1e-4)
    else:
        names = ["attributions", "attributions_quoted", "cue_neutral", "cue_distancing",
                 "cue_emphatic", "quoted_token_share"]
        assert row["attributions"] == 2.0 and row["attributions_quoted"] == 1.0
        assert row["source_vague"] + row["source_titled"] == 2.0  # not the quoted "Analysts"
    for name in names:
        assert row[name] == scores[name], name


@pytest.mark.parametrize("normalize", [False, True])
def test_attribution_features_follow_the_default_backend(normalize):
    """By default the features find attributions as `framing score` does (the tagger)."""
    text = "Critics claimed the plan would fail. Analysts said it was late, the paper reported."
    scores = framing.analyze(text).scores
    row = _row(AttributionFeatures(normalize=normalize).fit(["x"]), text)
    names = (["attributions_per_1k", "vague_source_share", "distancing_cue_share"] if normalize
             else ["attributions", "cue_neutral", "cue_distancing"])
    assert scores["attributions"] >= 2
    for name in names:
        assert row[name] == scores[name], name
    with pytest.raises(ValueError, match="attribution_backend='neural' is not valid"):
        AttributionFeatures(attribution_backend="neural").fit(["x"])


def test_undefined_rates_and_shares_are_the_fill_value():
    text = "The council met on Monday."  # no quotation: no quoted words
    row = _row(FramingFeatures(fill_value=-1.0, readability=True).fit(["x"]), text)
    assert row["loaded_quoted_per_1k"] == -1.0 and row["hedge_quoted_per_1k"] == -1.0
    assert row["loaded_author_per_1k"] == 0.0  # defined: no match among the author's words
    empty = _row(FramingFeatures(fill_value=-1.0, normalize_attribution=True).fit(["x"]), "")
    assert empty["attributions_per_1k"] == -1.0 and empty["vague_source_share"] == -1.0
    assert empty["quoted_token_share"] == -1.0 and empty["loaded_per_1k"] == -1.0
    zero = _row(FramingFeatures(normalize_attribution=True).fit(["x"]), "")
    assert set(zero.values()) == {0.0}


@pytest.mark.parametrize("text, expected", [
    ("Critics claimed the plan would fail.",
     {"attributions": 1.0, "source_vague": 1.0, "cue_distancing": 1.0, "quote_indirect": 1.0}),
    ('"We will win," the minister said.',
     {"attributions": 1.0, "source_titled": 1.0, "cue_neutral": 1.0, "quote_direct": 1.0,
      "quotes": 1.0}),
    ("The sky is blue.", {"attributions": 0.0, "quotes": 0.0, "quoted_token_share": 0.0}),
])
def test_attribution_features(text, expected):
    af = AttributionFeatures().fit(["x"])
    row = _row(af, text)
    for name, value in expected.items():
        assert row[name] == value, name


def test_attribution_normalized_shares():
    af = AttributionFeatures(normalize=True).fit(["x"])
    assert af.get_feature_names_out().tolist() == [
        "attributions_per_1k", "attributions_quoted_share", "named_source_share",
        "titled_source_share", "vague_source_share", "pronoun_source_share",
        "document_source_share", "unknown_source_share", "no_source_share", "neutral_cue_share", "distancing_cue_share",
        "endorsing_cue_share", "emphatic_cue_share", "emotive_cue_share", "direct_quote_share",
        "indirect_quote_share", "mixed_quote_share", "quotes_per_sentence", "quoted_token_share"]
    row = _row(af, "Critics claimed the plan would fail. Analysts said it was fine.")
    assert row["attributions_per_1k"] == pytest.approx(2000 / 11, abs=1e-4)  # 2 in 11 words
    assert row["attributions_quoted_share"] == 0.0
    assert row["vague_source_share"] == pytest.approx(1.0)  # critics, analysts: both vague
    assert row["distancing_cue_share"] + row["neutral_cue_share"] == pytest.approx(1.0)
    row = _row(af, "It is alleged that the plan failed.")  # an attribution without a source
    assert row["no_source_share"] == 1.0 and row["vague_source_share"] == 0.0


def test_readability_features():
    rf = ReadabilityFeatures().fit(["x"])
    assert rf.get_feature_names_out().tolist() == [
        "flesch_reading_ease", "flesch_kincaid_grade", "words_per_sentence", "n_words", "n_sentences"]
    row = _row(rf, "The quick brown fox jumps over the lazy dog.")
    assert row["words_per_sentence"] == 9.0 and row["n_words"] == 9.0 and row["n_sentences"] == 1.0
    # 9 words, 11 syllables: 206.835 - 1.015 * 9 - 84.6 * 11 / 9 (Flesch 1948)
    assert row["flesch_reading_ease"] == pytest.approx(94.30, abs=0.01)
    full = ReadabilityFeatures(textstat=True).fit(["x"])
    row = _row(full, "The quick brown fox jumps over the lazy dog.")
    assert row["syllables_per_word"] == pytest.approx(11 / 9, abs=1e-3)
    assert {"gunning_fog", "smog_index"} <= set(row)
    empty = _row(ReadabilityFeatures(fill_value=-1.0, textstat=True).fit(["x"]), "")
    assert empty["flesch_reading_ease"] == -1.0 and empty["gunning_fog"] == -1.0  # never NaN
    assert np.isfinite(FramingFeatures(readability=True).fit(["x"]).transform(["", "?"])).all()


def test_framing_features_is_the_union_of_the_blocks(demo_lex):
    texts = ['The regime may fall, "thugs" said critics.', "Nothing here."]
    ff = FramingFeatures(lexicons=(demo_lex, "attribution"), unit="count", readability=True).fit(texts)
    parts = [LexiconFeatures(lexicons=(demo_lex, "attribution"), unit="count"),
             AttributionFeatures(lexicons=(demo_lex, "attribution")), ReadabilityFeatures()]
    expected = np.hstack([p.fit(texts).transform(texts) for p in parts])
    np.testing.assert_allclose(ff.transform(texts), expected)
    names = sum((p.get_feature_names_out().tolist() for p in parts), [])
    assert ff.get_feature_names_out().tolist() == names


# --------------------------------------------------------------------------------------------
# Input handling


def test_input_kinds_give_the_same_rows():
    texts = ["The regime is a disgrace.", "It may rain."]
    ff = FramingFeatures().fit(texts)
    expected = ff.transform(texts)
    for X in (tuple(texts), pd.Series(texts), np.array(texts), np.array(texts, dtype=object),
              iter(texts)):
        np.testing.assert_array_equal(ff.transform(X), expected)


def test_two_dimensional_tables_join_their_cells():
    df = pd.DataFrame({"title": ["Regime falls", "Rain"], "body": ["A disgrace.", None]})
    ff = FramingFeatures().fit(df)
    assert ff.n_features_in_ == 2 and ff.feature_names_in_.tolist() == ["title", "body"]
    np.testing.assert_array_equal(ff.transform(df), FramingFeatures().fit(["x"]).transform(
        ["Regime falls A disgrace.", "Rain"]))
    with pytest.raises(ValueError, match="fitted on a table of 2 columns"):
        ff.transform(["a text"])
    assert as_texts(np.array([[1, 2.5]], dtype=object)) == ["1 2.5"]


def test_missing_values_are_empty_texts():
    ff = FramingFeatures().fit(["x"])
    np.testing.assert_array_equal(ff.transform([None, float("nan")]), ff.transform(["", ""]))


@pytest.mark.parametrize("X, message", [
    ("one text", "got a single string; wrap one text in a list"),
    (np.array([1.0, 2.0]), "must hold texts"),
    ([1.0, 2.0], "must hold texts"),
    (["ok", 3], "entry 1 is int"),
])
def test_bad_inputs_are_explained(X, message):
    with pytest.raises(ValueError, match=message):
        FramingFeatures().fit(X)


@pytest.mark.parametrize("params, message", [
    ({"unit": "percent"}, r"unit='percent' is not valid; valid options are \['binary', 'count', 'per_1k'\]"),
    ({"lexicon": False, "attribution": False}, "every block is switched off"),
    ({"by_voice": "yes"}, "by_voice must be True or False"),
    ({"lexicons": "loaded"}, "sequence of bundled lexicon names"),
    ({"lexicons": ("no_such_lexicon",)}, "no_such_lexicon"),
    ({"readability": True, "lang": "xx_XX"}, "unknown language"),
    ({"lang": "xx_XX"}, "unknown language"),
    ({"fill_value": float("nan")}, "fill_value must be a finite number"),
    ({"fill_value": "0"}, "fill_value must be a finite number"),
])
def test_bad_parameters_fail_in_fit_with_the_valid_options(params, message):
    est = FramingFeatures(**params)  # __init__ only stores
    with pytest.raises(Exception, match=message):
        est.fit(["x"])


def test_transform_before_fit_raises_not_fitted():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        FramingFeatures().transform(["x"])


# --------------------------------------------------------------------------------------------
# Composition with TfidfVectorizer, Pipeline, FeatureUnion, GridSearchCV, set_output

TEXTS = (["The corrupt regime's thugs staged a disgraceful sham.",
          "Critics claimed the brutal crackdown was a shameful disgrace.",
          "The committee met on Tuesday to review the budget.",
          "The report was published on Monday, officials said."] * 6)
LABELS = [1, 1, 0, 0] * 6


def test_composes_with_tfidf_in_a_pipeline_and_grid_search():
    pipe = Pipeline([
        ("features", FeatureUnion([
            ("tfidf", TfidfVectorizer()),
            ("framing", Pipeline([("measures", FramingFeatures()), ("scale", StandardScaler())])),
        ])),
        ("clf", LogisticRegression()),
    ])
    grid = GridSearchCV(pipe, {"features__framing__measures__unit": ["count", "per_1k"],
                               "clf__C": [0.1, 1.0]}, cv=3)
    grid.fit(TEXTS, LABELS)
    assert grid.best_params_["features__framing__measures__unit"] in ("count", "per_1k")
    assert grid.predict(["A disgraceful sham by the regime's thugs."]).tolist() == [1]
    names = grid.best_estimator_[0].get_feature_names_out()
    assert "framing__loaded_count" in names or "framing__loaded_per_1k" in names
    assert any(n.startswith("tfidf__") for n in names)


def test_set_output_pandas_uses_the_feature_names():
    ff = FramingFeatures().set_output(transform="pandas").fit(TEXTS)
    df = ff.transform(TEXTS[:2])
    assert list(df.columns) == ff.get_feature_names_out().tolist()
    assert df["loaded_per_1k"].iloc[0] > 0


def test_clone_and_params_roundtrip():
    ff = FramingFeatures(unit="binary", readability=True)
    c = clone(ff)
    assert c.get_params() == ff.get_params()
    assert not hasattr(c, "feature_names_out_")


# --------------------------------------------------------------------------------------------
# One analysis per distinct text; cache; lexicon changes


def test_each_distinct_text_is_analysed_once(monkeypatch):
    calls = []
    real = F.analyzer_for

    class Counting:
        def __init__(self, an):
            self.an = an

        def analyze(self, text, *args, **kwargs):
            calls.append(text)
            return self.an.analyze(text, *args, **kwargs)

    monkeypatch.setattr(F, "analyzer_for", lambda settings: Counting(real(settings)))
    F.clear_cache()
    texts = ["A text about a regime.", "Another one.", "A text about a regime."]
    ff = FramingFeatures(readability=True).fit(texts)
    ff.transform(texts)
    ff.transform(texts[::-1])  # memoised across calls too
    assert sorted(calls) == sorted(set(texts))
    assert F.cache_info()["hits"] > 0


def test_settings_are_built_from_the_parameters(demo_lex):
    from framing.settings import AnalyzerSettings

    assert FramingFeatures().analyzer_settings() == AnalyzerSettings.create()
    own = LexiconFeatures(lexicons=(demo_lex,)).analyzer_settings()
    assert [lx.name for lx in own.lexicons] == ["demo"] and own.attribution is None
    both = FramingFeatures(lexicons=(demo_lex, "attribution"), lang="de_DE").analyzer_settings()
    assert both.attribution.name == "attribution" and both.lang == "de_DE"
    assert both.voice and both.readability
    # no attribution features: the rules' (cheaper) analysis; so do files written before
    # attribution_backend, whose features came from the rules
    rules = FramingFeatures(attribution_backend="rules").analyzer_settings()
    assert ReadabilityFeatures().analyzer_settings() == rules
    old = FramingFeatures()
    del old.attribution_backend
    assert old.analyzer_settings() == rules
    extended = FramingFeatures(lexicons=("default", demo_lex, "attribution")).analyzer_settings()
    assert [lx.name for lx in extended.all_lexicons] == ["loaded", "hedges", "demo", "attribution"]


def test_models_fitted_with_older_definitions_warn():
    ff = FramingFeatures().fit(["x"])
    assert ff.features_version_ == F.FEATURES_VERSION
    del ff.features_version_  # as in a model file of framing 0.1
    with pytest.warns(UserWarning, match="count the attributions made in the author's voice"):
        ff.transform(["x"])
    lf = LexiconFeatures().fit(["x"])
    del lf.features_version_  # no attribution block: nothing changed
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lf.transform(["x"])


def test_changed_lexicon_files_warn():
    ff = FramingFeatures().fit(["x"])
    ff.lexicon_sha256_ = ["0" * 64] * len(ff.lexicon_sha256_)
    with pytest.warns(UserWarning, match="refit the model"):
        ff.transform(["x"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        FramingFeatures().fit(["x"]).transform(["x"])
