"""Entry evidence (``evidence=ANNOTATED/HITS``), the loaded core and its extension (issue 13).

The bundled checks need no shared data: they read the evidence recorded in the lexicon files
and the core rule in the header of loaded.lex. The evidence itself is written by
``python experiments/generalisation.py --write-evidence`` from the shared gold.
"""
from __future__ import annotations

import math

import pytest

from framing.errors import LexiconError
from framing.lexicon import load_lexicon, parse_lexicon

HEADER = ('[lexicon]\nname = "t"\nversion = "1"\n[categories.x]\nlayer = "loaded"\n'
          'definition = "d"\n%% entries\n')


def test_evidence_option_is_parsed():
    lex = parse_lexicon(HEADER + "alpha\tx\tevidence=3/4\nbeta\tx\tevidence=0/0\ngamma\tx\n")
    a, b, c = lex.entries
    assert a.evidence == (3, 4) and a.precision == 0.75
    assert b.evidence == (0, 0) and b.precision is None
    assert c.evidence is None and c.precision is None


@pytest.mark.parametrize("value, message", [
    ("0.5", "is not ANNOTATED/HITS"),
    ("5/4", "more annotated hits than hits"),
    ("a/b", "is not ANNOTATED/HITS"),
])
def test_bad_evidence_names_file_and_line(value, message):
    with pytest.raises(LexiconError, match=rf"^x\.lex:9: evidence .*{message}"):
        parse_lexicon(HEADER + f"alpha\tx\nbeta\tx\tevidence={value}\n", "x.lex")


def test_show_prints_precision_and_evidence_count(capsys):
    from framing.cli import main

    lex = load_lexicon("loaded")
    assert main(["lexicon", "show", "loaded"]) == 0
    out = capsys.readouterr().out
    assert "PRECISION" in out and "ANNOTATED/HITS" in out
    # the term column is padded with spaces; a multi-word term has single spaces
    lines = {ln[2:].split("  ")[0]: ln for ln in out.splitlines()
             if ln.startswith("  ") and ln.strip()}
    shown = 0
    for e in lex.entries:
        if e.evidence is None:
            continue
        ln = lines[e.term]
        annotated, hits = e.evidence
        assert ln.rstrip().endswith(f"{annotated}/{hits}"), ln
        if hits:
            assert f"{annotated / hits:.2f}" in ln.split()
            shown += 1
    assert shown > 100


def test_bundled_loaded_entries_carry_evidence():
    for name in ("loaded", "loaded_extended"):
        lex = load_lexicon(name)
        missing = [e.term for e in lex.entries if e.evidence is None]
        assert not missing, (name, missing[:10])
        ev = lex.meta.get("evidence")
        assert isinstance(ev, dict) and "tuning topics" in ev["data"], name


def test_core_rule_holds():
    """Every core entry passes the rule in loaded.lex's header; every entry demoted to the
    extension for its evidence fails it (topical entries are demoted by definition)."""
    core, ext = load_lexicon("loaded"), load_lexicon("loaded_extended")
    rule = core.meta["evidence"]
    min_precision, min_hits = rule["min_precision"], rule["min_hits"]
    # mirror-image labels (far-left / far-right ...) are judged on their pooled evidence
    pooled = {}
    for group in rule.get("groups", []):
        members = [e for e in core.entries + ext.entries if e.term in group]
        total = (sum(e.evidence[0] for e in members), sum(e.evidence[1] for e in members))
        pooled.update({e.term: total for e in members})
    assert pooled.get("far-right") and pooled["far-right"] == pooled["far-left"]

    def passes(e):
        annotated, hits = pooled.get(e.term, e.evidence)
        return hits < min_hits or annotated / hits >= min_precision

    assert all(passes(e) for e in core.entries), [e.term for e in core.entries if not passes(e)]
    demoted = [e for e in ext.entries if "topical" not in e.categories]
    assert demoted and not any(passes(e) for e in demoted)
    assert any("topical" in e.categories for e in ext.entries)


def _forms(lex, layer):
    return {" ".join(f).lower(): e.term for e in lex.entries if layer in e.layers for f in e.forms}


def test_core_and_extension_are_disjoint():
    core, ext = _forms(load_lexicon("loaded"), "loaded"), _forms(load_lexicon("loaded_extended"),
                                                                 "loaded")
    assert not set(core) & set(ext), sorted(set(core) & set(ext))[:10]


def test_no_reporting_verb_is_counted_twice():
    """A word is a loaded word or an attribution cue, not both (issue 13): the cue's stance
    (distancing "claimed", emotive "slammed") is measured by the attribution layer."""
    cues = _forms(load_lexicon("attribution"), "cue")
    for name in ("loaded", "loaded_extended"):
        both = set(_forms(load_lexicon(name), "loaded")) & set(cues)
        assert not both, (name, sorted(both))


def test_extension_switches_on_from_the_command_line(tmp_path):
    """``--lexicon default --lexicon loaded_extended`` adds the extension to the loaded measure; the
    signature names it."""
    import json

    from framing.cli import main

    ext = load_lexicon("loaded_extended")
    word = next(e.term for e in ext.entries if " " not in e.term and e.term.isalpha())
    doc = tmp_path / "a.txt"
    doc.write_text(f"The report mentioned {word} twice: {word}.\n", encoding="utf-8")
    for extra, expect in (([], 0), (["--lexicon", "default", "--lexicon", "loaded_extended"], 2)):
        out = tmp_path / f"r{len(extra)}.jsonl"
        assert main(["analyze", str(doc), "-o", str(out), "--attribution", "rules", *extra]) == 0
        rec = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
        hits = [s for s in rec["spans"] if s["layer"] == "loaded" and s["text"].lower() == word]
        assert len(hits) == expect, (word, extra)
        assert ("loaded_extended@" in rec["signature"]) == bool(extra)
        if extra:
            assert rec["scores"]["loaded_per_1k"] is not None and rec["scores"]["loaded_per_1k"] > 0
            assert not math.isnan(rec["scores"]["loaded_extended_" + ext.entries[
                [e.term for e in ext.entries].index(word)].category + "_per_1k"])
