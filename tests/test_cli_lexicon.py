"""CLI tests for framing lexicon validate|import|export|suggest."""
import json

import pytest

from framing.cli import main

BAD = ('[lexicon]\nname="x"\nversion="1"\n[categories.a]\nlayer="l"\ndefinition="d"\n'
       "%% entries\nfoo\ta\nfoo\ta\n")


def test_validate_bundled_ok(capsys):
    assert main(["lexicon", "validate", "hedges", "loaded", "attribution"]) == 0
    assert capsys.readouterr().out.count(": ok") == 3


def test_validate_reports_file_line_and_fails(tmp_path, capsys):
    p = tmp_path / "bad.lex"
    p.write_text(BAD, encoding="utf-8")
    assert main(["lexicon", "validate", str(p)]) == 1
    out = capsys.readouterr().out
    assert f"{p}:9: error: duplicate 'foo' (also line 8, category 'a')" in out


def test_import_wordlist_then_use_it(tmp_path, capsys):
    src = tmp_path / "hedges.txt"
    src.write_text("# my hedges\nperhaps\narguably\nit seems\n", encoding="utf-8")
    out = tmp_path / "mine.lex"
    assert main(["lexicon", "import", str(src), "-o", str(out), "--category", "hedge"]) == 0
    from framing.lexicon import load_lexicon
    from framing.analyzer import Analyzer

    lex = load_lexicon(out)
    assert sorted(lex.terms()) == ["arguably", "it seems", "perhaps"]
    a = Analyzer(lexicons=[lex], readability=False).analyze("Perhaps it seems odd.")
    assert [s.text for s in a.spans] == ["Perhaps", "it seems"]


@pytest.mark.parametrize("suffix, first", [(".dic", "%"), (".lex", "# hedges.lex"),
                                           (".cat", "HEDGE"), (".lc3", "+modal"),
                                           (".txt", "may")])
def test_export_formats(tmp_path, capsys, suffix, first):
    out = tmp_path / f"h{suffix}"
    assert main(["lexicon", "export", "hedges", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith(first)
    err = capsys.readouterr().err
    assert (tmp_path / f"h{suffix}.framing.toml").exists() == (suffix in (".dic", ".cat"))
    warnings = [line for line in err.splitlines() if line.startswith("framing: warning:")]
    assert len(warnings) == (0 if suffix == ".lex" else 1)


@pytest.mark.parametrize("name", ["loaded", "hedges", "attribution"])
@pytest.mark.parametrize("suffix", [".dic", ".cat", ".lex"])
def test_export_then_import_gives_the_same_lexicon_file(tmp_path, capsys, name, suffix):
    from framing.lexicon import load_lexicon

    out = tmp_path / f"x{suffix}"
    assert main(["lexicon", "export", name, "-o", str(out)]) == 0
    assert main(["lexicon", "import", str(out), "-o", str(tmp_path / "back.lex")]) == 0
    lex = load_lexicon(name)
    assert (tmp_path / "back.lex").read_text(encoding="utf-8") == lex.text
    back = load_lexicon(tmp_path / "back.lex")
    assert back.id == lex.id and len(back.entries) == len(lex.entries)


def test_export_warns_once_with_counts(tmp_path, capsys):
    assert main(["lexicon", "export", "hedges", "-o", str(tmp_path / "h.dic")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "framing: warning: the LIWC .dic format cannot carry 52 entry options (weight 24, "
        "next=number 19, neg=drop 8, case=exact 1), 3 layers (hedge, approximator, booster), "
        "notes of 90 entries, the version and the other metadata; they are kept in "
        "h.dic.framing.toml, which 'framing lexicon import' reads back (LIWC, quanteda and "
        "WordStat ignore it and count those entries without their conditions)")
    assert err[1].endswith("h.dic (and " + str(tmp_path / "h.dic.framing.toml") + ")")
    assert main(["lexicon", "import", str(tmp_path / "h.dic"), "--no-sidecar",
                 "-o", str(tmp_path / "plain.lex")]) == 0
    assert "h@1.0 (500 entries" in capsys.readouterr().err


def test_import_on_invalid_skip_lists_each_entry_and_fail_stops(tmp_path, capsys):
    src = tmp_path / "bad.dic"
    src.write_text("%\n1 a\n%\nx*y\t1\nok\t1\nfoo\t7\n", encoding="utf-8")
    out = tmp_path / "bad.lex"
    assert main(["lexicon", "import", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{src}:4: a wildcard" in err and not out.exists()
    assert main(["lexicon", "import", str(src), "-o", str(out), "--on-invalid", "skip"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"framing: warning: {src}:4: a wildcard '*' may only end a term")
    assert err[1].startswith(f"framing: warning: {src}:6: category id '7' is not defined")
    assert "2 lines skipped" in err[-1]
    from framing.lexicon import load_lexicon

    assert load_lexicon(out).terms() == ["ok"]


def test_import_several_word_lists_as_one_lexicon(tmp_path, capsys):
    files = []
    for cat, words in (("negative", "abandon*\ncut up*\n"), ("positive", "ability*\n"),
                       ("neg_negative", "not abandon*\n"), ("neg_positive", "not ability*\n")):
        files.append(tmp_path / f"LSD2015_{cat}.txt")
        files[-1].write_text(words, encoding="utf-8")
    out = tmp_path / "lsd.lex"
    assert main(["lexicon", "import", *map(str, files), "--name", "lsd2015", "-o", str(out)]) == 0
    assert main(["lexicon", "show", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "name:        lsd2015" in shown
    for cat in ("negative", "positive", "neg_negative", "neg_positive"):
        assert f"  {cat} (layer lsd2015, 1 entries)" in shown or \
            f"  {cat} (layer lsd2015, 2 entries)" in shown


def test_show_counts_a_multi_category_entry_in_each_category(tmp_path, capsys):
    src = tmp_path / "mf.dic"
    src.write_text("%\n1 care.virtue\n2 loyalty.vice\n%\nbetray\t2\nbetray\t1\nsafe\t1\n",
                   encoding="utf-8")
    assert main(["lexicon", "import", str(src), "-o", str(tmp_path / "mf.lex")]) == 0
    assert main(["lexicon", "show", str(tmp_path / "mf.lex")]) == 0
    out = capsys.readouterr().out
    assert "entries:     2" in out and "multi:       1 entries in several categories" in out
    assert "  mf (2 entries): care_virtue, loyalty_vice" in out
    assert "  care_virtue (layer mf, 2 entries)" in out
    assert "  loyalty_vice (layer mf, 1 entries)" in out


def test_import_help_points_to_the_analysis_commands(capsys):
    assert main(["lexicon", "import", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "for use with framing analyze/score/compare --lexicon" in out
    assert "--on-invalid {fail,skip}" in out


def test_suggest_writes_candidates_and_never_edits(tmp_path, capsys):
    rows = [{"id": i, "text": t, "label": lab} for i, (t, lab) in enumerate(
        [("The outrageous scheme failed.", 1), ("The scheme failed.", 0),
         ("An outrageous, shameful plan.", 1), ("A plan was announced.", 0)] * 5)]
    src = tmp_path / "d.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "s.csv"
    assert main(["lexicon", "suggest", str(src), "--label-column", "label", "-o", str(out),
                 "--min-count", "2", "--top", "5"]) == 0
    head = out.read_text(encoding="utf-8").splitlines()
    assert head[0].startswith("term,") and any("outrageous" in line for line in head[1:])


def test_unknown_lexicon_is_one_line_error(tmp_path, capsys):
    assert main(["lexicon", "export", "nope", "-o", str(tmp_path / "x.dic")]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such lexicon" in err and "Traceback" not in err


def test_cli_start_up_does_not_import_heavy_libraries():
    import subprocess
    import sys

    code = ("import sys, framing.cli; framing.cli.build_parser(); "
            "print(sorted(m for m in ('sklearn', 'pandas', 'matplotlib', 'textstat', 'nltk') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_tasks_match_the_recipes():
    from framing.cli.models import TASKS
    from framing.learn.models import RECIPES

    assert tuple(sorted(RECIPES)) == TASKS
