"""Tests for framing.lexicon.convert (import, export, sidecar round trip) and suggest_entries."""
from __future__ import annotations

import hashlib
import sys
import warnings

import pytest

from framing.errors import FramingError
from framing.lexicon import LexiconError, load_lexicon, parse_lexicon, validate_lexicon
from framing.lexicon.convert import (
    export_lexicon, export_losses, import_lexicon, parse_cat, parse_dic, parse_lexicoder,
    parse_wordlist, read_dic, read_wordlist, read_wordlists, sidecar_path, to_cat, to_dic,
    to_lex, to_lexicoder, to_wordlist, write_lexicon)
from framing.lexicon.suggest import suggest_entries
from framing.text import Doc

from conftest import DATA

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _matches(lex, text):
    return [(text[s:e], e_.categories) for s, e, e_ in lex.compile().find(Doc(text))]


def _entries(lex):
    """Everything an entry is: term, categories, layers, options (forms, inflect, neg, ...),
    weight, note."""
    return [(e.term, e.categories, e.layers, e.options, e.weight, e.note) for e in lex.entries]


def _scores(lex, text):
    import framing

    return framing.analyze(text, lexicons=[lex], attribution=None, readability=False).scores


# --------------------------------------------------------------------------- .dic

# "hurt" has two ids on one line; "betray" is listed on two lines (as MFD 2.0 lists terms)
DIC = """%
1\tcare.virtue
2\tHarmVice
3\tloyalty.vice
%
safe*\t1
care\t1
hurt\t2 1
betray\t3
civil rights\t1
betray\t2
"""


def test_dic_merges_multi_category_terms_into_one_entry():
    lex = parse_dic(DIC, name="mf", source="mf.dic")
    assert lex.id == "mf@1.0" and lex.format == 2
    assert list(lex.categories) == ["care_virtue", "harm_vice", "loyalty_vice"]
    assert [(e.term, e.categories) for e in lex.entries] == [
        ("safe*", ("care_virtue",)), ("care", ("care_virtue",)),
        ("hurt", ("harm_vice", "care_virtue")), ("betray", ("loyalty_vice", "harm_vice")),
        ("civil rights", ("care_virtue",))]
    assert {c["layer"] for c in lex.categories.values()} == {"mf"}
    assert lex.categories["care_virtue"]["source_name"] == "care.virtue"
    assert "format = 2" in lex.text and "betray\tloyalty_vice,harm_vice" in lex.text
    assert any("merged into one entry" in n for n in lex.meta["import"]["notes"])
    assert _matches(lex, "Safety and civil rights; they betrayed nobody.") == [
        ("Safety", ("care_virtue",)), ("civil rights", ("care_virtue",))]


def test_a_multi_category_match_counts_once_in_each_category_and_once_in_the_layer():
    lex = parse_dic(DIC, name="mf", source="mf.dic")
    s = _scores(lex, "They hurt us.")  # 3 words, one match in two categories
    assert s["mf_care_virtue_per_1k"] == pytest.approx(1000 / 3, abs=1e-3)
    assert s["mf_harm_vice_per_1k"] == pytest.approx(1000 / 3, abs=1e-3)
    assert s["mf_loyalty_vice_per_1k"] == 0
    assert s["mf_per_1k"] == pytest.approx(1000 / 3, abs=1e-3)


@pytest.mark.parametrize("written, key", [
    ("care.virtue", "care_virtue"), ("HarmVirtue", "harm_virtue"),
    ("MoralityGeneral", "morality_general"), ("moral", "moral"), ("+STATE+", "state_pro"),
    ("-STATE-", "state_con"), ("=STATE=", "state_neutral"), ("CON ENVIRONMENT", "con_environment"),
    ("LAW_AND_ORDER", "law_and_order"), ("Modal Words (weak)", "modal_words_weak"),
])
def test_category_names_become_keys(written, key):
    lex = parse_dic(f"%\n1\t{written}\n%\nx\t1\n", name="k")
    assert list(lex.categories) == [key]


def test_dic_layer_option_and_space_separated_ids():
    lex = parse_dic("%\n01   Hedge\n%\nmay    01\n", name="h", layer="hedge")
    assert lex.entries[0].layer == "hedge" and lex.entries[0].category == "hedge"


@pytest.mark.parametrize("text, line, match", [
    ("1 a\n%\nx\t1\n", 1, "starts with a '%'"),
    ("%\n1 a\n", 2, "not closed"),
    ("%\none a\n%\nx\t1\n", 2, "expected 'id name'"),
    ("%\n1 a\n1 b\n%\nx\t1\n", 3, "defined twice"),
])
def test_dic_header_errors_name_file_and_line(text, line, match):
    with pytest.raises(LexiconError, match=rf"^bad\.dic:{line}: .*{match}"):
        parse_dic(text, name="x", source="bad.dic", on_invalid="skip")  # never skipped


@pytest.mark.parametrize("text, line, match", [
    ("%\n1 a\n%\nx\t2\n", 4, "not defined in the header"),
    ("%\n1 a\n%\nx\n", 4, "no category ids"),
    ("%\n1 a\n%\nlike\t(02 134)125/464\n", 4, "conditional"),
    ("%\n1 a\n%\na*\t1\n", 4, "too short"),
    ("%\n1 a\n%\nd*mn\t1\n", 4, "may only end a term"),
    ("%\n1 a\n%\n#metoo\t1\n", 4, "starts with '#'"),
])
def test_dic_entry_errors_fail_with_file_line_or_are_skipped(text, line, match):
    with pytest.raises(LexiconError, match=rf"^bad\.dic:{line}: .*{match}.*--on-invalid skip"):
        parse_dic(text, name="x", source="bad.dic")
    lex = parse_dic(text + "ok\t1\n", name="x", source="bad.dic", on_invalid="skip")
    assert [e.term for e in lex.entries] == ["ok"]
    (skipped,) = lex.meta["import"]["skipped"]
    assert skipped.startswith(f"bad.dic:{line}: ") and match.split("'")[0] in skipped
    assert f"# skipped: bad.dic:{line}:" in lex.text


def test_on_invalid_fail_stops_at_the_first_problem_in_file_order():
    text = "%\n1 a\n%\nx*y\t1\nok\t1\nfoo\t7\n"
    with pytest.raises(LexiconError, match=r"^s\.dic:4: "):
        parse_dic(text, name="x", source="s.dic")
    lex = parse_dic(text, name="x", source="s.dic", on_invalid="skip")
    assert [s.split(": ")[0] for s in lex.meta["import"]["skipped"]] == ["s.dic:4", "s.dic:6"]
    with pytest.raises(LexiconError, match=r"valid options are \['fail', 'skip'\]"):
        parse_dic(text, name="x", on_invalid="maybe")
    with pytest.warns(DeprecationWarning, match="on_invalid='fail'"):
        with pytest.raises(LexiconError, match=r"^<string>:4: "):
            parse_dic(text, name="x", on_invalid="error")


def test_short_stems_follow_the_lex_rules():
    lex = parse_dic("%\n1 a\n%\nok*\t1\ncut up*\t1\nugh*\t1\n", name="s")
    assert [e.term for e in lex.entries] == ["ok*", "cut up*", "ugh*"]
    assert [m[0] for m in _matches(lex, "Okay, they cut upwards. Ugh!")] == [
        "Okay", "cut upwards", "Ugh"]


# --------------------------------------------------------------------------- .cat

CAT = """ECONOMY\r
\t+STATE+\r
\t\tTAX* (1)\r
\t\tPUBLIC_SERVICE (2)\r
\t-STATE-\r
\t\tFREE_MARKET (1)\r
\t\tSELL* (1)\r
\t=STATE=\r
\t\tSELL* (1)\r
CULTURE\r
\tCONSERVATIVE\r
\t\tOPERA* (1)\r
\tART (1)\r
VALUES\r
\tCONSERVATIVE\r
\t\tFAMILY (1)\r
RURAL\r
\tFARM* (1)\r
"""


def test_cat_groups_become_layers_and_leaves_categories():
    lex = parse_cat(CAT, name="lg", source="lg.cat")
    assert {k: c["layer"] for k, c in lex.categories.items()} == {
        "state_pro": "economy", "state_con": "economy", "state_neutral": "economy",
        "culture_conservative": "culture", "culture": "culture",
        "values_conservative": "values", "rural": "rural"}
    assert [(e.term, e.categories, e.weight) for e in lex.entries] == [
        ("tax*", ("state_pro",), 1.0), ("public service", ("state_pro",), 2.0),
        ("free market", ("state_con",), 1.0), ("sell*", ("state_con", "state_neutral"), 1.0),
        ("opera*", ("culture_conservative",), 1.0), ("art", ("culture",), 1.0),
        ("family", ("values_conservative",), 1.0), ("farm*", ("rural",), 1.0)]
    assert lex.categories["state_pro"]["source_name"] == "+STATE+"
    assert "ECONOMY > +STATE+" in lex.categories["state_pro"]["definition"]
    assert _matches(lex, "Taxation of the public service.") == [
        ("Taxation", ("state_pro",)), ("public service", ("state_pro",))]


def test_flat_cat_layer_is_the_lexicon_name_unless_given():
    flat = "NEGATIVE\n\tABANDON (1)\nPOSITIVE\n\tABLE (1)\n\tABANDON (1)\n"
    lex = parse_cat(flat, name="lm")
    assert {c["layer"] for c in lex.categories.values()} == {"lm"}
    assert lex.entries[0].categories == ("negative", "positive")
    lex = parse_cat(CAT, name="lg", layer="policy")
    assert {c["layer"] for c in lex.categories.values()} == {"policy"}


def test_cat_errors_and_skips():
    with pytest.raises(LexiconError, match=r"^x\.cat:1: .*not inside a category"):
        parse_cat("WORD (1)\n", name="x", source="x.cat")
    with pytest.raises(LexiconError, match=r"^x\.cat:2: .*not supported"):
        parse_cat("A\n\tWO?D (1)\n", name="x", source="x.cat")
    lex = parse_cat("A\n\tWO?D (1)\n\tWORD (1)\nEMPTY\n", name="x", source="x.cat",
                    on_invalid="skip")
    assert [e.term for e in lex.entries] == ["word"]
    assert any("'EMPTY' (x.cat:4)" in n for n in lex.meta["import"]["notes"])


# --------------------------------------------------------------------------- Lexicoder


def test_lexicoder_format_categories_and_wildcard_phrases():
    text = "+negative\nabandon*\ncut up*\n\n+neg_positive\nnot abandon*\nno man's land\n"
    lex = parse_lexicoder(text, name="lsd", source="lsd.lc3")
    assert [(e.term, e.category) for e in lex.entries] == [
        ("abandon*", "negative"), ("cut up*", "negative"), ("not abandon*", "neg_positive"),
        ("no man's land", "neg_positive")]
    assert _matches(lex, "They did not abandon it, nor cut up the abandoned land.") == [
        ("not abandon", ("neg_positive",)), ("cut up", ("negative",)),
        ("abandoned", ("negative",))]
    with pytest.raises(LexiconError, match=r"^x\.lc3:1: .*before the first category"):
        parse_lexicoder("abandon*\n", source="x.lc3")
    assert to_lexicoder(lex, on_loss="ignore") == text.replace("\n\n", "\n")


def test_word_lists_import_together_one_category_per_file(tmp_path):
    names = ["LSD2015_negative.txt", "LSD2015_positive.txt", "LSD2015_neg_negative.txt"]
    for n, words in zip(names, ["abandon*\nheckl**\n", "able*\n", "not abandon*\n"]):
        (tmp_path / n).write_text(words, encoding="utf-8")
    lex = read_wordlists([tmp_path / n for n in names])
    assert lex.id == "lsd2015@1.0"
    assert list(lex.categories) == ["negative", "positive", "neg_negative"]
    assert {c["layer"] for c in lex.categories.values()} == {"lsd2015"}
    assert [e.term for e in lex.entries] == ["abandon*", "heckl*", "able*", "not abandon*"]
    assert any("'heckl**' read as 'heckl*'" in d for d in lex.meta["import"]["details"])
    assert import_lexicon([tmp_path / n for n in names], name="mine").name == "mine"
    (tmp_path / "other.txt").write_text("x\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="share no name prefix.*--name"):
        import_lexicon([tmp_path / names[0], tmp_path / "other.txt"])
    with pytest.raises(LexiconError, match="several files"):
        import_lexicon([tmp_path / names[0], tmp_path / names[1]], category="x")
    (tmp_path / "a.dic").write_text(DIC, encoding="utf-8")
    with pytest.raises(LexiconError, match="only as plain word lists"):
        import_lexicon([tmp_path / names[0], tmp_path / "a.dic"])


# --------------------------------------------------------------------------- word lists


def test_wordlist_comments_case_duplicates_and_tokenisation():
    lex = parse_wordlist("; comment\n# another\n\nAlleged\nalleged\nso-called\nfact  that\n"
                         "couldn't\n", name="w", source="w.txt")
    assert [e.term for e in lex.entries] == ["alleged", "so-called", "fact that", "couldn't"]
    assert lex.meta["import"]["details"] == ["w.txt:5: duplicate 'alleged' dropped (w.txt:4)"]
    assert [m[0] for m in _matches(lex, "The so-called fact that he couldn't.")] == [
        "so-called", "fact that", "couldn't"]


def test_wordlist_keep_case_and_inflect():
    lex = parse_wordlist("Trump\nclaim\nclaimed\n", name="w", keep_case=True, inflect="verb")
    e = {x.term: x for x in lex.entries}
    assert e["Trump"].case_exact and not e["claim"].case_exact
    assert [" ".join(f) for f in e["claim"].forms] == ["claim", "claims", "claimed", "claiming"]
    assert "claimed" not in e  # already a form of "claim", in the same category
    with pytest.raises(LexiconError, match="inflect"):
        parse_wordlist("x\n", name="w", inflect="adverb")


def test_an_explicit_term_of_another_list_wins_over_a_generated_form(tmp_path):
    (tmp_path / "rv_neutral.txt").write_text("claim\n", encoding="utf-8")
    (tmp_path / "rv_distancing.txt").write_text("claimed\n", encoding="utf-8")
    lex = read_wordlists([tmp_path / "rv_neutral.txt", tmp_path / "rv_distancing.txt"],
                         inflect="verb")
    e = {x.term: x for x in lex.entries}
    assert [" ".join(f) for f in e["claim"].forms] == ["claim", "claims", "claiming"]
    assert e["claimed"].categories == ("distancing",)


def test_wordlist_rejects_tabs_and_empty():
    with pytest.raises(LexiconError, match=r"w\.txt:1: .*TAB"):
        parse_wordlist("a\tb\n", name="w", source="w.txt")
    with pytest.raises(LexiconError, match="no entries"):
        parse_wordlist("# nothing\n", name="w", source="w.txt")


def test_read_functions_record_the_source_hash_and_report_encoding(tmp_path):
    p = tmp_path / "list.txt"
    p.write_bytes("naïve\n".encode("latin-1"))
    with pytest.raises(LexiconError, match=r"list\.txt:1: cannot decode .*encoding"):
        read_wordlist(p)
    lex = read_wordlist(p, encoding="latin-1")
    source_sha = hashlib.sha256(p.read_bytes()).hexdigest()
    assert lex.meta["lexicon"]["imported_sha256"] == source_sha
    assert lex.meta["import"]["source_sha256"] == source_sha
    # the lexicon's own hash is that of its .lex text, so it pickles and compares as a file
    assert lex.sha256 == hashlib.sha256(lex.text.encode("utf-8")).hexdigest()
    assert lex.name == "list" and lex.entries[0].term == "naïve"
    with pytest.raises(LexiconError, match="cannot read"):
        read_dic(tmp_path / "missing.dic")


def test_imported_lexicon_pickles_for_worker_processes():
    import pickle

    lex = parse_dic(DIC, name="mf", source="mf.dic")
    again = pickle.loads(pickle.dumps(lex))
    assert again == lex and _entries(again) == _entries(lex)


def test_import_lexicon_dispatches_on_suffix(tmp_path):
    (tmp_path / "a.dic").write_text(DIC)
    (tmp_path / "b.cat").write_text(CAT)
    (tmp_path / "c.txt").write_text("maybe\n")
    (tmp_path / "d.lc3").write_text("+neg\nbad\n")
    assert import_lexicon(tmp_path / "a.dic").name == "a"
    assert import_lexicon(tmp_path / "b.cat").name == "b"
    assert import_lexicon(tmp_path / "c.txt", layer="hedge").entries[0].layer == "hedge"
    assert import_lexicon(tmp_path / "c.txt", format="wordlist").name == "c"
    assert import_lexicon(tmp_path / "d.lc3").entries[0].category == "neg"
    for call in (lambda: import_lexicon(tmp_path / "c.xyz"),
                 lambda: import_lexicon(tmp_path / "c.txt", format="liwc")):
        with pytest.raises(LexiconError, match="valid options are|one of"):
            call()


def test_import_lexicon_rejects_options_of_other_formats(tmp_path):
    from framing.lexicon.convert import guess_format

    (tmp_path / "a.dic").write_text(DIC)
    with pytest.raises(LexiconError, match=r"\['inflect'\] do not apply to the dic format"):
        import_lexicon(tmp_path / "a.dic", inflect="verb")
    assert guess_format("x.LEX") == "lex"
    lex = load_lexicon("hedges")
    (tmp_path / "h.lex").write_text(lex.text, encoding="utf-8")
    assert import_lexicon(tmp_path / "h.lex") == lex
    with pytest.raises(FramingError, match="do not apply to the lex format"):
        import_lexicon(tmp_path / "h.lex", name="x")


# --------------------------------------------------------------------------- export


def test_to_lex_writes_format_2_only_when_an_entry_has_several_categories():
    one = parse_wordlist("a\nb\n", name="w")
    assert "format =" not in to_lex(one) and parse_lexicon(to_lex(one)).format == 1
    multi = parse_dic(DIC, name="mf")
    text = to_lex(multi)
    assert "format = 2" in text and parse_lexicon(text).format == 2
    assert _entries(parse_lexicon(text)) == _entries(multi)


@pytest.mark.parametrize("name", ["loaded", "hedges", "attribution"])
def test_to_lex_round_trips_bundled_lexicons(name):
    lex = load_lexicon(name)
    text = to_lex(lex)
    again = parse_lexicon(text)
    assert again.id == lex.id and again.format == lex.format
    assert again.categories == lex.categories
    assert _entries(again) == _entries(lex)
    assert again.meta["citations"] == lex.meta["citations"]
    assert [i for i in validate_lexicon(text) if i.level == "error"] == []
    assert export_lexicon(lex, "lex") == lex.text  # the file as it is, comments kept


def test_to_dic_and_to_cat_write_every_form_under_every_category():
    lex = parse_dic(DIC, name="mf")
    assert to_dic(lex).splitlines() == [
        "%", "1\tcare.virtue", "2\tHarmVice", "3\tloyalty.vice", "%", "safe*\t1", "care\t1",
        "hurt\t2 1", "betray\t3 2", "civil rights\t1"]
    assert _entries(parse_dic(to_dic(lex), name="mf")) == _entries(lex)
    cat = to_cat(parse_cat(CAT, name="lg"))
    assert cat.splitlines()[:8] == ["ECONOMY", "\t+STATE+", "\t\tTAX* (1)",
                                    "\t\tPUBLIC_SERVICE (2)", "\t-STATE-", "\t\tFREE_MARKET (1)",
                                    "\t\tSELL* (1)", "\t=STATE="]
    assert _entries(parse_cat(cat, name="lg")) == _entries(parse_cat(CAT, name="lg"))
    hedges = to_cat(load_lexicon("hedges"), on_loss="ignore").splitlines()
    assert hedges[:2] == ["HEDGE", "\tMODAL"]  # layer > category
    assert "APPROXIMATOR" in hedges and "\tABOUT (1)" in hedges  # a layer's own category


def test_export_losses_are_counted_in_one_warning():
    lex = load_lexicon("hedges")
    assert export_losses(lex, "dic") == (
        "the LIWC .dic format cannot carry 52 entry options (weight 24, next=number 19, "
        "neg=drop 8, case=exact 1), 3 layers (hedge, approximator, booster), notes of 90 "
        "entries, the version and the other metadata")
    assert "layers" not in export_losses(lex, "cat")  # .cat groups carry the layers
    assert export_losses(parse_dic(DIC, name="mf"), "dic") is None
    with pytest.warns(UserWarning) as record:
        words = to_wordlist(lex, category="modal").split()
    assert len(record) == 1 and "7 categories (a word list has one)" in str(record[0].message)
    assert words == ["may", "might", "could"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "appears to\t" in to_dic(lex, on_loss="ignore")
    with pytest.raises(LexiconError, match="cannot carry"):
        to_cat(lex, on_loss="error")
    for call in (lambda: to_wordlist(lex, category="nope"), lambda: export_lexicon(lex, "xml"),
                 lambda: to_dic(lex, on_loss="maybe")):
        with pytest.raises(LexiconError, match="valid options"):
            call()


# --------------------------------------------------------------------------- the round trip


@pytest.mark.parametrize("fmt", ["dic", "cat", "lex"])
@pytest.mark.parametrize("name", ["loaded", "hedges", "attribution"])
def test_export_then_import_gives_the_bundled_lexicon_back(tmp_path, name, fmt):
    lex = load_lexicon(name)
    out = tmp_path / f"{name}.{fmt}"
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        report = write_lexicon(lex, out)
    assert (report.sidecar is not None) == (fmt != "lex")
    again = import_lexicon(out)
    assert again.id == lex.id and again.format == lex.format
    assert _entries(again) == _entries(lex)
    assert again.categories == lex.categories
    assert again.text == lex.text and again.sha256 == lex.sha256 and again.bundled


def test_without_the_sidecar_a_dic_is_one_entry_per_line():
    lex = load_lexicon("hedges")
    plain = parse_dic(to_dic(lex, on_loss="ignore"), name="hedges")
    assert plain.version == "1.0" and len(plain.entries) > len(lex.entries)
    assert {c["layer"] for c in plain.categories.values()} == {"hedges"}
    assert all(not e.options for e in plain.entries)


def test_sidecar_is_valid_toml_holding_the_lex_text(tmp_path):
    lex = load_lexicon("attribution")
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        write_lexicon(lex, tmp_path / "a.cat")
    side = tomllib.loads(sidecar_path(tmp_path / "a.cat").read_text(encoding="utf-8"))
    info = side["framing_sidecar"]
    assert info["lex"] == lex.text and info["lexicon"] == lex.id and info["target"] == "a.cat"
    assert info["target_sha256"] == hashlib.sha256((tmp_path / "a.cat").read_bytes()).hexdigest()


@pytest.mark.parametrize("text", ["plain", "it's '''quoted''' \"\"\" \\ back\\slash\n",
                                  "ends in a quote'", "ends in a quote\"", "tab\tcr\r\nnul\x00",
                                  "ünïcode “quotes”\n"])
def test_sidecar_strings_read_back_exactly(text):
    from framing.lexicon.convert import _toml_multiline

    assert tomllib.loads(f"x = {_toml_multiline(text)}\n")["x"] == text


def _export(lex, path):
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        write_lexicon(lex, path)


def test_an_edited_dic_keeps_the_edits_and_restores_the_rest(tmp_path):
    lex = load_lexicon("hedges")
    out = tmp_path / "h.dic"
    _export(lex, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    ids = {line.split("\t")[1]: int(line.split("\t")[0]) for line in lines[1:lines.index("%", 1)]}
    lines.remove(next(x for x in lines if x.startswith("appears to\t")))  # a form of "appear to"
    lines = [f"could\t{ids['booster']}" if x.startswith("could\t") else x for x in lines]
    lines = [x for x in lines if not x.startswith("largely\t")]  # an entry removed
    lines.append(f"brand new\t{ids['modal']}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = import_lexicon(out)
    imp = again.meta["import"]
    assert again.version == "1.1+edited" and again.name == "hedges"
    assert imp["restored"]["changed"] == 2 and imp["restored"]["removed"] == 1
    assert imp["restored"]["restored"] == len(lex.entries) - 3
    by_term = {e.term: e for e in again.entries}
    assert by_term["could"].categories == ("booster",) and by_term["could"].options == ()
    assert ("appear to" in by_term and "appeared to" in by_term and by_term["appear to"].options
            == ())
    assert "largely" not in by_term and by_term["brand new"].categories == ("modal",)
    kept = {e.term: e for e in lex.entries if e.term not in ("could", "appear to", "largely")}
    assert [(e.term, e.categories, e.options, e.note) for e in again.entries
            if e.term in kept] == [(e.term, e.categories, e.options, e.note)
                                   for e in kept.values()]
    assert {c["layer"] for c in again.categories.values()} == {"hedge", "booster", "approximator"}
    assert any("'could'" in d and "without neg=drop" in d for d in imp["details"])


def test_an_edited_cat_with_a_new_category(tmp_path):
    lex = load_lexicon("hedges")
    out = tmp_path / "h.cat"
    _export(lex, out)
    out.write_text(out.read_text(encoding="utf-8") + "HEDGE\n\tNEW ONE\n\t\tSURELY_NOT (1)\n",
                   encoding="utf-8")
    again = import_lexicon(out)
    assert again.categories["new_one"]["layer"] == "hedge"
    assert again.entries[-1].term == "surely not" and again.version == "1.1+edited"
    assert again.meta["import"]["restored"]["restored"] == len(lex.entries)


def test_same_lines_in_another_layout_restore_the_exact_file(tmp_path):
    lex = load_lexicon("loaded")
    out = tmp_path / "l.dic"
    _export(lex, out)
    out.write_bytes(out.read_bytes().replace(b"\n", b"\r\n"))
    again = import_lexicon(out)
    assert again.text == lex.text and "another layout" in again.meta["import"]["notes"][0]


def test_sidecar_overrides_and_opt_out(tmp_path):
    lex = load_lexicon("hedges")
    out = tmp_path / "h.dic"
    _export(lex, out)
    renamed = import_lexicon(out, name="my_hedges", version="2.0")
    assert renamed.id == "my_hedges@2.0" and _entries(renamed)[:3] == _entries(lex)[:3]
    assert import_lexicon(out, sidecar=False).id == "h@1.0"
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        report = write_lexicon(lex, out, sidecar=False)  # a stale sidecar would mislead
    assert report.sidecar is None and not sidecar_path(out).exists()
    with pytest.raises(LexiconError, match="sidecar"):
        write_lexicon(lex, tmp_path / "h.txt", sidecar=True)


def test_a_broken_sidecar_is_a_one_line_error(tmp_path):
    out = tmp_path / "h.dic"
    _export(load_lexicon("hedges"), out)
    sidecar_path(out).write_text("[framing_sidecar]\nversion = 99\nlex = ''\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"h\.dic\.framing\.toml:1: sidecar version 99"):
        import_lexicon(out)
    sidecar_path(out).write_text("not = [toml", encoding="utf-8")
    with pytest.raises(LexiconError, match="invalid sidecar"):
        import_lexicon(out)
    assert import_lexicon(out, sidecar=False).name == "h"


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


def test_suggest_entries_names_all_categories_of_a_multi_category_entry():
    lex = parse_dic(DIC, name="mf")
    t = suggest_entries(["They hurt us.", "They helped."], labels=[1, 0], lexicon=lex,
                        min_count=1)
    assert {r.term: r.in_lexicon for r in t.itertuples()}["hurt"] == "harm_vice,care_virtue"


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


# --------------------------------------------------------------------------- reference files


@pytest.mark.parametrize("rel, kwargs, n_min", [
    ("lexicons/recasens2013_npov_lexicons/hedges_hyland2005.txt", {}, 90),
    ("lexicons/recasens2013_npov_lexicons/report_verbs.txt", {"inflect": "verb"}, 150),
    ("lexicons/recasens2013_npov_lexicons/negative_liu2005.txt",
     {"encoding": "latin-1", "on_invalid": "skip"}, 4000),
])
def test_reference_word_lists_import_and_round_trip(rel, kwargs, n_min):
    path = DATA / rel
    if not path.exists():
        pytest.skip(f"{path} not available")
    lex = import_lexicon(path, **kwargs)
    assert len(lex.entries) >= n_min
    assert _entries(parse_lexicon(to_lex(lex))) == _entries(lex)


def test_doctests():
    import doctest

    import framing.lexicon.convert as mod

    res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert res.attempted > 30 and res.failed == 0


def test_an_invalid_line_added_to_an_exported_file_is_reported(tmp_path):
    out = tmp_path / "h.dic"
    _export(load_lexicon("hedges"), out)
    out.write_text(out.read_text(encoding="utf-8") + "x*y\t1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"h\.dic:\d+: a wildcard"):
        import_lexicon(out)
    again = import_lexicon(out, on_invalid="skip")
    assert len(again.meta["import"]["skipped"]) == 1 and again.version == "1.1+edited"
