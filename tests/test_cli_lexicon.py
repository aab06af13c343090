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


@pytest.mark.parametrize("suffix, first", [(".dic", "%"), (".lex", None), (".cat", None)])
def test_export_formats(tmp_path, capsys, suffix, first):
    out = tmp_path / f"h{suffix}"
    assert main(["lexicon", "export", "hedges", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.strip()
    if first:
        assert text.lstrip().startswith(first)


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
