"""Tests for framing.lexicon.convert: importers, exporters, round trips and suggest_entries."""
from __future__ import annotations

import warnings

import pytest

from framing.lexicon import LexiconError, load_lexicon, parse_lexicon, validate_lexicon
from framing.lexicon.convert import (
    export_lexicon, import_lexicon, parse_cat, parse_dic, parse_wordlist, read_dic,
    read_wordlist, to_cat, to_dic, to_lex, to_wordlist)
from framing.lexicon.suggest import suggest_entries
from framing.text import segment

from conftest import DATA


def _matches(lex, text):
    return [(text[d.tokens[m.start].start:d.tokens[m.end - 1].end], m.entry.category)
            for d in [segment(text)] for m in lex.compile().find(d)]


def _entries(lex):
    return [(e.term, e.category, e.options, e.note) for e in lex.entries]


# --------------------------------------------------------------------------- .dic

DIC = """%
1\tCare
2\tHarm Vice
%
safe*\t1
care\t1
hurt\t2 1
civil rights\t1
"""


def test_dic_categories_entries_and_wildcards():
    lex = parse_dic(DIC, name="mf", source="mf.dic")
    assert lex.id == "mf@1.0"
    assert sorted(lex.categories) == ["care", "harm_vice"]
    assert {c["layer"] for c in lex.categories.values()} == {"mf"}
    assert _entries(lex) == [("safe*", "care", (), ""), ("care", "care", (), ""),
                             ("hurt", "harm_vice", (), "also in: care"),
                             ("civil rights", "care", (), "")]
    assert _matches(lex, "Safety and civil rights hurt nobody.") == [
        ("Safety", "care"), ("civil rights", "care"), ("hurt", "harm_vice")]
    assert any("also in category" in n for n in lex.meta["import"]["notes"])


def test_dic_layer_option_and_space_separated_ids():
    lex = parse_dic("%\n01   Hedge\n%\nmay    01\n", name="h", layer="hedge")
    assert lex.entries[0].layer == "hedge" and lex.entries[0].category == "hedge"


@pytest.mark.parametrize("text, line, match", [
    ("1 a\n%\nx\t1\n", 1, "starts with a '%'"),
    ("%\n1 a\n", 2, "not closed"),
    ("%\none a\n%\nx\t1\n", 2, "expected 'id name'"),
    ("%\n1 a\n1 b\n%\nx\t1\n", 3, "defined twice"),
    ("%\n1 a\n%\nx\t2\n", 4, "not defined in the header"),
    ("%\n1 a\n%\nx\n", 4, "no category ids"),
    ("%\n1 a\n%\nlike\t(02 134)125/464\n", 4, "conditional"),
    ("%\n1 a\n%\nup*\t1\n", 4, "too short"),
    ("%\n1 a\n%\nd*mn\t1\n", 4, "only at the end"),
])
def test_dic_errors_name_file_and_line(text, line, match):
    with pytest.raises(LexiconError, match=rf"^bad\.dic:{line}: .*{match}"):
        parse_dic(text, name="x", source="bad.dic")


def test_dic_on_invalid_skip_records_a_note():
    lex = parse_dic("%\n1 a\n%\nup*\t1\nupset\t1\n", name="x", source="s.dic", on_invalid="skip")
    assert [e.term for e in lex.entries] == ["upset"]
    assert "s.dic:4" in lex.meta["import"]["notes"][0]


def test_dic_round_trip_restores_all_categories():
    lex = parse_dic(DIC, name="mf")
    again = parse_dic(to_dic(lex), name="mf")
    assert _entries(again) == _entries(lex)
    assert to_dic(lex).splitlines()[:4] == ["%", "1\tCare", "2\tHarm Vice", "%"]
    assert "hurt\t2 1" in to_dic(lex)


# --------------------------------------------------------------------------- .cat

CAT = """ECONOMY\r
\t+STATE+\r
\t\tTAX* (1)\r
\t\tPUBLIC_SERVICE (2)\r
\t-STATE-\r
\t\tFREE_MARKET (1)\r
\t\tTAX* (1)\r
CULTURE\r
\tART (1)\r
"""


def test_cat_nested_categories_weights_and_phrases():
    lex = parse_cat(CAT, name="lg", source="lg.cat")
    assert sorted(lex.categories) == ["culture", "economy__state_con", "economy__state_pro"]
    assert [(e.term, e.category, e.weight) for e in lex.entries] == [
        ("tax*", "economy__state_pro", 1.0), ("public service", "economy__state_pro", 2.0),
        ("free market", "economy__state_con", 1.0), ("art", "culture", 1.0)]
    assert lex.entries[0].note == "also in: economy__state_con"
    assert "ECONOMY > +STATE+" in lex.categories["economy__state_pro"]["definition"]
    assert _matches(lex, "Taxation of the public service.") == [
        ("Taxation", "economy__state_pro"), ("public service", "economy__state_pro")]


def test_cat_errors():
    with pytest.raises(LexiconError, match=r"^x\.cat:1: .*not inside a category"):
        parse_cat("WORD (1)\n", name="x", source="x.cat")
    with pytest.raises(LexiconError, match=r"^x\.cat:2: .*not supported"):
        parse_cat("A\n\tWO?D (1)\n", name="x", source="x.cat")


def test_cat_export_and_reimport():
    lex = parse_cat(CAT, name="lg")
    text = to_cat(lex)
    assert text.splitlines()[:3] == ["ECONOMY__STATE_PRO", "\tTAX* (1)", "\tPUBLIC_SERVICE (2)"]
    again = parse_cat(text, name="lg")
    assert [(e.term, e.weight) for e in again.entries] == [(e.term, e.weight) for e in lex.entries]


# --------------------------------------------------------------------------- word lists


def test_wordlist_comments_case_duplicates_and_tokenisation():
    lex = parse_wordlist("; comment\n# another\n\nAlleged\nalleged\nso-called\nfact  that\n"
                         "couldn't\n", name="w", source="w.txt")
    assert [e.term for e in lex.entries] == ["alleged", "so-called", "fact that", "couldn't"]
    assert lex.meta["import"]["notes"] == ["w.txt:5: duplicate 'alleged' dropped (line 4)"]
    assert _matches(lex, "The so-called fact that he couldn't.") == [
        ("so-called", "w"), ("fact that", "w"), ("couldn't", "w")]


def test_wordlist_keep_case_and_inflect():
    lex = parse_wordlist("Trump\nclaim\nclaimed\n", name="w", keep_case=True, inflect="verb")
    e = {x.term: x for x in lex.entries}
    assert e["Trump"].case_exact and not e["claim"].case_exact
    assert [" ".join(f) for f in e["claim"].forms] == ["claim", "claims", "claimed", "claiming"]
    assert "claimed" not in e  # already a form of "claim"
    with pytest.raises(ValueError, match="inflect"):
        parse_wordlist("x\n", name="w", inflect="adverb")


def test_wordlist_rejects_tabs_and_empty():
    with pytest.raises(LexiconError, match=r"w\.txt:1: .*TAB"):
        parse_wordlist("a\tb\n", name="w", source="w.txt")
    with pytest.raises(LexiconError, match="no entries"):
        parse_wordlist("# nothing\n", name="w", source="w.txt")


def test_read_functions_hash_the_source_and_report_encoding(tmp_path):
    p = tmp_path / "list.txt"
    p.write_bytes("naïve\n".encode("latin-1"))
    with pytest.raises(LexiconError, match=r"list\.txt:1: cannot decode .*encoding="):
        read_wordlist(p)
    lex = read_wordlist(p, encoding="latin-1")
    import hashlib

    assert lex.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()
    assert lex.name == "list" and lex.entries[0].term == "naïve"
    with pytest.raises(LexiconError, match="cannot read"):
        read_dic(tmp_path / "missing.dic")


def test_import_lexicon_dispatches_on_suffix(tmp_path):
    (tmp_path / "a.dic").write_text(DIC)
    (tmp_path / "b.cat").write_text(CAT)
    (tmp_path / "c.txt").write_text("maybe\n")
    assert import_lexicon(tmp_path / "a.dic").name == "a"
    assert import_lexicon(tmp_path / "b.cat").name == "b"
    assert import_lexicon(tmp_path / "c.txt", layer="hedge").entries[0].layer == "hedge"
    assert import_lexicon(tmp_path / "c.txt", format="wordlist").name == "c"
    with pytest.raises(ValueError, match="valid options are"):
        import_lexicon(tmp_path / "c.xyz")
    with pytest.raises(ValueError, match="valid options are"):
        import_lexicon(tmp_path / "c.txt", format="liwc")


# --------------------------------------------------------------------------- export and .lex


@pytest.mark.parametrize("name", ["loaded", "hedges", "attribution"])
def test_to_lex_round_trips_bundled_lexicons(name):
    lex = load_lexicon(name)
    text = to_lex(lex)
    again = parse_lexicon(text)
    assert again.id == lex.id
    assert again.categories == lex.categories
    assert _entries(again) == _entries(lex)
    assert again.meta["citations"] == lex.meta["citations"]
    assert [i for i in validate_lexicon(text) if i.level == "error"] == []


def test_imported_lexicon_saves_as_valid_lex():
    lex = parse_dic(DIC, name="mf", source="mf.dic")
    text = to_lex(lex)
    assert text.startswith("# Imported from mf.dic")
    again = parse_lexicon(text)
    assert _entries(again) == _entries(lex)
    assert [i for i in validate_lexicon(text) if i.level == "error"] == []


def test_exports_expand_forms_and_warn_about_lost_options():
    lex = load_lexicon("hedges")
    with pytest.warns(UserWarning, match="drops the context options"):
        words = to_wordlist(lex, category="modal").split()
    assert words == ["may", "might", "could"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = to_dic(lex, on_loss="ignore")
    assert "appears to\t" in text  # inflected form of "appear to"
    with pytest.raises(ValueError, match="cannot express"):
        to_cat(lex, on_loss="error")
    with pytest.raises(ValueError, match="valid options"):
        to_wordlist(lex, category="nope")
    with pytest.raises(ValueError, match="valid options"):
        export_lexicon(lex, "xml")
    assert export_lexicon(lex, "lex") == to_lex(lex)


# --------------------------------------------------------------------------- suggest_entries


def test_suggest_entries_spans_ranks_annotated_words():
    texts = ["They claimed the vote was rigged.", "He said the vote was held.",
             "She claimed victory.", "Critics claimed fraud.", "The vote was held."]
    spans = [[(5, 12), (26, 32)], [], [(4, 11)], [(8, 15)], []]
    t = suggest_entries(texts, spans=spans, min_count=1, top=None)
    assert t.iloc[0]["term"] == "claimed"
    assert t.iloc[0]["count_annotated"] == 3 and t.iloc[0]["count_rest"] == 0
    assert t.iloc[0]["share_annotated"] == 1.0
    assert "[claimed]" in t.iloc[0]["example"]
    assert list(t["z"]) == sorted(t["z"], reverse=True)
    assert set(t.columns) >= {"term", "log_odds", "se", "z", "in_lexicon"}


def test_suggest_entries_labels_lexicon_and_ngrams():
    texts = ["Some critics say it may fail.", "It failed.", "Many believe it may work.",
             "It worked.", "Some say so."]
    lex = load_lexicon("hedges")
    t = suggest_entries(texts, labels=[1, 0, 1, 0, 1], lexicon=lex, min_count=2,
                        ngram_range=(1, 2), stopwords=["it"])
    rows = {r.term: r for r in t.itertuples()}
    assert rows["may"].in_lexicon == "modal"
    assert rows["some"].in_lexicon == "vague_quantifier"
    assert "it" not in rows
    assert rows["it may"].in_lexicon == "part: modal"
    t2 = suggest_entries(texts, labels=[1, 0, 1, 0, 1], lexicon=lex, min_count=2,
                         exclude_covered=True)
    assert "may" not in set(t2["term"]) and "it may" not in set(t2["term"])


def test_suggest_entries_never_changes_the_lexicon():
    lex = load_lexicon("hedges")
    before = _entries(lex)
    suggest_entries(["a b c", "a d"], labels=[1, 0], lexicon=lex, min_count=1)
    assert _entries(lex) == before


@pytest.mark.parametrize("kwargs, match", [
    ({}, "exactly one"),
    ({"spans": [[]], "labels": [1]}, "exactly one"),
    ({"labels": [1, 0]}, "1 texts but 2"),
    ({"labels": [1], "ngram_range": (2, 1)}, "ngram_range"),
    ({"labels": [1], "prior_scale": 0}, "prior_scale"),
])
def test_suggest_entries_argument_errors(kwargs, match):
    with pytest.raises(ValueError, match=match):
        suggest_entries(["a b"], **kwargs)


# --------------------------------------------------------------------------- reference files


@pytest.mark.parametrize("rel, kwargs, n_min", [
    ("lexicons/moral_foundations/mfd2.0.dic", {}, 1500),
    ("lexicons/moral_foundations/mft_original.dic", {}, 300),
    ("lexicons/laver_garry_2000/Laver_and_Garry_2000.cat", {}, 300),
    ("lexicons/loughran_mcdonald_2014/Loughran_and_McDonald_2014.cat", {}, 3000),
    ("lexicons/recasens2013_npov_lexicons/hedges_hyland2005.txt", {}, 90),
    ("lexicons/recasens2013_npov_lexicons/report_verbs.txt", {"inflect": "verb"}, 150),
    ("lexicons/lexicoder_lsd2015/LSD2015_negative.txt", {"on_invalid": "skip"}, 2500),
    ("lexicons/recasens2013_npov_lexicons/negative_liu2005.txt",
     {"encoding": "latin-1", "on_invalid": "skip"}, 4000),
])
def test_reference_files_import_and_round_trip(rel, kwargs, n_min):
    path = DATA / rel
    if not path.exists():
        pytest.skip(f"{path} not available")
    lex = import_lexicon(path, **kwargs)
    assert len(lex.entries) >= n_min
    again = parse_lexicon(to_lex(lex))
    assert _entries(again) == _entries(lex)


def test_suggest_from_documents_reads_corpus_files(tmp_path):
    from framing.corpus import iter_documents
    from framing.lexicon.suggest import suggest_from_documents

    p = tmp_path / "babe.csv"
    p.write_text("text;biased_words;label\n"
                 "They claimed the vote was rigged.;['claimed', 'rigged'];1\n"
                 "He said the vote was held.;[];0\n"
                 "She claimed victory.;[\"claimed\"];1\n"
                 "Critics claimed fraud.;claimed;1\n", encoding="utf-8")
    docs = list(iter_documents(p))
    t = suggest_from_documents(docs, words_column="biased_words", min_count=1)
    assert t.iloc[0]["term"] == "claimed" and t.iloc[0]["count_annotated"] == 3
    t = suggest_from_documents(docs, label_column="label", positive=1, min_count=2)
    assert "claimed" in set(t["term"])
    with pytest.raises(ValueError, match=r"babe\.csv:2: no column 'nope'"):
        suggest_from_documents(docs, label_column="nope")
    with pytest.raises(ValueError, match="exactly one"):
        suggest_from_documents(docs)


def test_import_lexicon_rejects_options_of_other_formats(tmp_path):
    from framing.lexicon.convert import guess_format

    (tmp_path / "a.dic").write_text(DIC)
    with pytest.raises(ValueError, match=r"\['inflect'\] do not apply to the dic format"):
        import_lexicon(tmp_path / "a.dic", inflect="verb")
    assert guess_format("x.LEX") == "lex"
    lex = load_lexicon("hedges")
    (tmp_path / "h.lex").write_text(to_lex(lex), encoding="utf-8")
    assert import_lexicon(tmp_path / "h.lex").id == lex.id
    with pytest.raises(ValueError, match="do not apply to the lex format"):
        import_lexicon(tmp_path / "h.lex", name="x")


def test_doctests():
    import doctest

    import framing.lexicon.convert as mod

    res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert res.attempted > 10 and res.failed == 0
