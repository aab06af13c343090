"""Shared fixtures: paths to ../shared (real data and the seed article), skipped when absent."""
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SEED = SHARED / "seed" / "000_fbec259670a4f00d.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return DATA


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/seed is not present")
    return SEED.read_text(encoding="utf-8")


def check_offsets(text: str, record: dict) -> None:
    """Every span and attribution part of an analyze record indexes the text exactly."""
    for sp in record["spans"]:
        assert text[sp["start"]:sp["end"]] == sp["text"], sp
    for q in record.get("quotes", []):
        assert text[q["start"]:q["end"]] == q["text"], q
    for a in record["attributions"]:
        for part in ("source", "cue", "content"):
            p = a[part]
            if p is not None:
                assert 0 <= p["start"] < p["end"] <= len(text), (part, a)
                assert text[p["start"]:p["end"]] == p["text"], (part, a)


def stub_analyze(monkeypatch, fn) -> None:
    """Replace ``Analyzer.analyze`` with ``fn`` for the engine too: with the tagger, the
    engine calls ``analyze_many`` (a batch at once), which is then routed through ``fn``
    document by document (as the engine does for analyzers without a tagger)."""
    from framing.analyzer import Analyzer

    monkeypatch.setattr(Analyzer, "analyze", fn)
    monkeypatch.setattr(Analyzer, "batched", property(lambda self: False))


def load_experiment(name: str):
    """Import ``experiments/NAME.py`` as a module, once per session (registered in
    ``sys.modules`` before it runs: the scripts define dataclasses)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "experiments" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod
