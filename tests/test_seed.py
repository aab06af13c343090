"""Acceptance on the seed article (../shared/seed): attributions, voice and hedges."""
import pytest

from conftest import check_offsets


@pytest.fixture(scope="module", params=["rules", "model"])
def record(seed_text, request):
    """The seed article's record, with attribution by the rules and by the bundled tagger."""
    import framing

    rec = framing.analyze(seed_text, doc_id="seed", attribution_backend=request.param).to_dict()
    check_offsets(seed_text, rec)
    assert {a["found_by"] for a in rec["attributions"]} == {request.param}
    return rec


def _find(rec, source_text=None, cue=None, text=None):
    """The attributions with this cue and source. With ``text`` (the model's PolNeAR-style
    spans), a cue may hold an adverb ("further caution") and a source may be the relative
    pronoun right after the expected phrase ("political analysts, who view")."""
    out = []
    for a in rec["attributions"]:
        if cue is not None and a["cue"]["text"] != cue and not (
                text is not None and cue in a["cue"]["text"].split()):
            continue
        src = a["source"]
        if source_text is not None and (src is None or src["text"] != source_text):
            if not (text is not None and src is not None and src["text"] in ("who", "which")
                    and text[:src["start"]].rstrip(" ,").endswith(source_text)):
                continue
        out.append(a)
    return out


def test_at_least_twelve_attributions(record):
    assert len(record["attributions"]) >= 12


@pytest.mark.parametrize(
    "source, cue",
    [("Critics", "contend"), ("Observers", "argue"), ("political analysts", "view"),
     ("Diplomatic experts", "caution")],
)
def test_vague_sources(record, seed_text, source, cue):
    found = _find(record, source, cue, seed_text if record["attributions"][0]["found_by"] ==
                  "model" else None)
    assert found, (source, cue)
    assert found[0]["source"]["type"] == "vague"


def test_gandapur_claimed(record):
    found = _find(record, "Gandapur", "claimed")
    assert found
    assert found[0]["source"]["type"] == "named"
    assert found[0]["cue"]["stance"] != "neutral"


def test_remarked_and_said_are_neutral(record):
    remarked = _find(record, cue="remarked")
    assert remarked and remarked[0]["source"]["text"] == "he"
    assert remarked[0]["cue"]["stance"] == "neutral"
    assert remarked[0]["quote"] == "direct"
    said = _find(record, cue="said")
    assert len(said) == 2  # "he said" twice in the article
    assert all(a["cue"]["stance"] == "neutral" for a in said)


@pytest.mark.parametrize("word", ["brutality", "tyranny", "oppressive"])
def test_loaded_author_voice(record, word):
    spans = [s for s in record["spans"] if s["text"] == word and s["layer"] == "loaded"]
    assert spans and all(s["voice"] == "author" for s in spans)


@pytest.mark.parametrize("word, where", [
    ("chaos", "The chaos and violence under Taliban rule"),
    ("fueling", "They have seeped into our own communities fueling")])
def test_loaded_quoted_voice(record, seed_text, word, where):
    start = seed_text.index(where)
    spans = [s for s in record["spans"] if s["text"] == word and s["layer"] == "loaded"
             and start <= s["start"] < start + 60]
    assert spans and spans[0]["voice"] == "quoted"


@pytest.mark.parametrize("word", ["could", "may", "likely"])
def test_hedges(record, word):
    assert any(s["text"] == word and s["layer"] == "hedge" for s in record["spans"])


def test_scores(record):
    sc = record["scores"]
    assert sc["attributions"] + sc["attributions_quoted"] == len(record["attributions"])
    assert 0 < sc["vague_source_share"] < 1
    assert sc["loaded_quoted_per_1k"] > 0 and sc["loaded_author_per_1k"] > 0
    assert sc["hedge_per_1k"] > 0
    assert sc["flesch_reading_ease"] is not None
    assert record["signature"].startswith("framing:")
