"""framing.checks: the data checks keep counts and a few examples (flat memory)."""
from framing import checks


def test_duplicates_are_counted_with_bounded_examples(monkeypatch):
    monkeypatch.setattr(checks, "MAX_FIRST_IDS", 2)
    f = checks.DuplicateFinder()
    assert [f.add(str(k), f"text {k % 3}") for k in range(12)] == [False] * 3 + [True] * 9
    assert f.count == 9 and len(f.pairs) == checks.EXAMPLES
    assert f.pairs[:3] == [("3", "0"), ("4", "1"), ("5", "an earlier document")]
    assert checks.duplicates_message(f.pairs, "all are kept", f.count).startswith(
        "9 documents repeat the exact text of an earlier one (e.g. 3 = 0, 4 = 1, 5 = an earlier")


def test_examples_keep_counts_per_kind():
    e = checks.Examples()
    for k in range(8):
        e.add((f"d{k}", "de" if k % 2 else "es"), "de" if k % 2 else "es")
    assert e.count == 8 and len(e.items) == checks.EXAMPLES and dict(e.by) == {"de": 4, "es": 4}
    assert checks.foreign_message(e.items, "left empty", e.by).startswith(
        "8 documents are not in English (de 4, es 4; e.g. d0 (es), d1 (de)")
