"""Tests for framing.measures: every rate and share from counts, by one pure function."""
import pytest

from framing.analysis import Counts, Schema
from framing.measures import measure_names, measures, rate, score_columns, share

SCHEMA = Schema(layers=("loaded", "moral"), categories=(("mfd", "care", "moral"),))


def counts(**kw):
    base = dict(words=100, words_quoted=20, sentences=5, syllables=150, quotes=1,
                layer_hits={}, category_hits={}, attributions={}, schema=SCHEMA)
    base.update(kw)
    return Counts(**base)


def test_rates_per_voice():
    m = measures(counts(layer_hits={("loaded", "author"): 2.0, ("loaded", "quoted"): 1.0},
                        category_hits={("mfd", "moral", "care", "quoted"): 2.0}))
    assert (m["loaded_per_1k"], m["loaded_author_per_1k"], m["loaded_quoted_per_1k"]) == (30.0, 25.0, 50.0)
    assert (m["mfd_care_per_1k"], m["mfd_care_author_per_1k"], m["mfd_care_quoted_per_1k"]) == (20.0, 0.0, 100.0)
    assert m["quoted_token_share"] == 0.2


def test_a_zero_denominator_is_missing_never_zero():
    m = measures(counts(words=10, words_quoted=0))
    assert m["loaded_quoted_per_1k"] is None and m["loaded_author_per_1k"] == 0.0
    m = measures(counts(words=0, words_quoted=0, sentences=0, syllables=0))
    assert all(m[k] is None for k in ("loaded_per_1k", "quoted_token_share", "attributions_per_1k",
                                      "vague_source_share", "flesch_reading_ease"))
    assert m["attributions"] == 0 and m["cue_neutral"] == 0


def test_attribution_measures_count_the_authors_voice():
    att = {("author", "vague", "distancing", "indirect"): 2, ("author", "named", "neutral", "direct"): 1,
           ("author", "none", "neutral", "indirect"): 1, ("quoted", "vague", "distancing", "direct"): 5}
    m = measures(counts(attributions=att))
    assert (m["attributions"], m["attributions_quoted"]) == (4, 5)
    assert m["attributions_per_1k"] == 50.0  # 4 per 80 words of the author's voice
    assert m["vague_source_share"] == round(2 / 3, 4)  # over the 3 with a source
    assert m["named_source_share"] == round(1 / 3, 4) and m["unknown_source_share"] == 0.0
    assert m["distancing_cue_share"] == 0.5 and m["nonneutral_cue_share"] == 0.5
    assert m["direct_quote_share"] == 0.25 and m["cue_distancing"] == 2


def test_unconfigured_measures_are_absent():
    s = Schema(layers=("hedge",), attribution=False, readability=False, voice=False)
    assert measure_names(s) == ["hedge_per_1k"]
    assert score_columns(s) == ["n_tokens", "n_sentences", "hedge_per_1k"]


@pytest.mark.parametrize("fn, args, expected", [
    (rate, (3, 200), 15.0), (rate, (0, 0), None), (rate, (1, 3), 333.3333),
    (share, (1, 3), 0.3333), (share, (0, 0), None), (share, (0, 4), 0.0),
])
def test_rate_and_share(fn, args, expected):
    assert fn(*args) == expected
