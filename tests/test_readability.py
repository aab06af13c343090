"""Tests for framing.readability, run with the network unreachable and no NLTK data."""
from __future__ import annotations

import importlib
import json
import math
import os
import socket
import subprocess
import sys
import textwrap

import pytest

import framing.readability as fr
from framing.readability import READABILITY_METRICS, readability

SYLLABLE_MODULE = "textstat.backend.counts._count_syllables"


def _clear_textstat_caches():
    """Forget every memoised textstat result, so the next call really counts syllables."""
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend") and module is not None:
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


@pytest.fixture
def offline(monkeypatch, tmp_path):
    """No network, an empty NLTK data dir, nltk.download forbidden, provider not yet installed."""

    def refuse(*args, **kwargs):
        raise OSError("network access attempted during a readability test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    monkeypatch.setenv("NLTK_DATA", str(empty))
    import nltk

    monkeypatch.setattr(nltk.data, "path", [str(empty)])

    def no_download(*args, **kwargs):
        pytest.fail(f"nltk.download was called with {args} {kwargs}")

    monkeypatch.setattr(nltk, "download", no_download)
    # Start from textstat's own (downloading) lookup, so the test covers the installation.
    module = importlib.import_module(SYLLABLE_MODULE)
    original = importlib.import_module("textstat.backend.utils._get_cmudict").get_cmudict
    monkeypatch.setattr(module, "get_cmudict", original)
    monkeypatch.setattr(fr, "_installed", False)
    fr._cmu_pronunciations.cache_clear()
    _clear_textstat_caches()
    yield
    _clear_textstat_caches()


# Hand-checked: syllables from CMUdict (the(1) quick(1) brown(1) fox(1) jumps(1) over(2) the(1)
# lazy(2) dog(1) = 11 in 9 words, 1 sentence):
#   FRE  = 206.835 - 1.015 * 9 - 84.6 * 11/9          = 94.30
#   FKGL = 0.39 * 9 + 11.8 * 11/9 - 15.59             = 2.3422
#   fog  = 0.4 * (9 + 100 * 0/9)                      = 3.60   (no word of 3+ syllables)
#   SMOG = 1.043 * sqrt(30 * 0/1) + 3.1291            = 3.1291
# Second sentence pair: the(1) committee(3) unanimously(5) rejected(3) the(1) proposal(3) |
# critics(2) said(1) it(1) was(1) a(1) disaster(3) = 25 syllables, 12 words, 2 sentences;
# 5 words of 3+ syllables, none of them in the Dale-Chall easy list:
#   FRE  = 206.835 - 1.015 * 6 - 84.6 * 25/12         = 24.495
#   FKGL = 0.39 * 6 + 11.8 * 25/12 - 15.59            = 11.3333
#   fog  = 0.4 * (6 + 100 * 5/12)                     = 19.0667
#   SMOG = 1.043 * sqrt(30 * 5/2) + 3.1291            = 12.1617
# pyphen alone would count "unanimously" as 4 syllables, so these values prove CMUdict is used.
HAND_CHECKED = [
    (
        "The quick brown fox jumps over the lazy dog.",
        {
            "flesch_reading_ease": 94.30,
            "flesch_kincaid_grade": 2.3422,
            "gunning_fog": 3.60,
            "smog_index": 3.1291,
            "words_per_sentence": 9.0,
            "syllables_per_word": 11 / 9,
        },
    ),
    (
        "The committee unanimously rejected the proposal. Critics said it was a disaster.",
        {
            "flesch_reading_ease": 24.495,
            "flesch_kincaid_grade": 11.3333,
            "gunning_fog": 19.0667,
            "smog_index": 12.1617,
            "words_per_sentence": 6.0,
            "syllables_per_word": 25 / 12,
        },
    ),
]


@pytest.mark.parametrize("text, expected", HAND_CHECKED)
def test_hand_checked_values_offline(offline, text, expected):
    result = readability(text, lang="en_US")
    assert list(result) == list(READABILITY_METRICS)
    for name, value in expected.items():
        assert result[name] == pytest.approx(value, abs=1e-3), name


def test_syllables_come_from_cmudict_offline(offline):
    readability("An idea about the area.")
    counter = importlib.import_module(SYLLABLE_MODULE)
    assert counter.get_cmudict is fr._offline_get_cmudict
    # CMUdict: i-de-a (3) + ar-e-a (3); pyphen alone would say 1 + 1.
    assert counter.count_syllables("idea area", "en_US") == 6


def test_words_missing_from_cmudict_fall_back_to_pyphen(offline):
    counter = importlib.import_module(SYLLABLE_MODULE)
    readability("warm up")
    assert "zzyzxqua" not in fr._cmu_pronunciations()
    assert counter.count_syllables("zzyzxqua", "en_US") >= 1
    assert "zzyzxqua" not in fr._cmu_pronunciations()  # lookups insert nothing


def test_fresh_interpreter_stays_offline(tmp_path):
    """A new process, network blocked from its first line, never reaches for NLTK data."""
    script = textwrap.dedent(
        """
        import json, socket, sys
        def refuse(*a, **k):
            raise OSError("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        import nltk
        def no_download(*a, **k):
            sys.exit("nltk.download called")
        nltk.download = no_download
        from framing.readability import readability
        print(json.dumps(readability(sys.argv[1])))
        """
    )
    env = dict(os.environ, NLTK_DATA=str(tmp_path), HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-c", script, HAND_CHECKED[1][0]],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["flesch_reading_ease"] == pytest.approx(24.495, abs=1e-3)
    assert result["smog_index"] == pytest.approx(12.1617, abs=1e-3)


@pytest.mark.parametrize("text", ["", "   \n\t", "... !!! ??", "—"])
def test_text_without_words_is_nan(text):
    result = readability(text)
    assert list(result) == list(READABILITY_METRICS)
    assert all(math.isnan(v) for v in result.values())


def test_other_language_grade_formulas_are_nan():
    text = "Der Ausschuss hat den Vorschlag einstimmig abgelehnt. Kritiker sprachen von einer Katastrophe."
    result = readability(text, lang="de_DE")
    assert math.isnan(result["flesch_kincaid_grade"])
    assert math.isnan(result["gunning_fog"])
    assert math.isnan(result["smog_index"])
    assert result["words_per_sentence"] == 6.0
    # German Flesch (Amstad 1978): 180 - words/sentence - 58.5 syllables/word
    expected = 180 - 6.0 - 58.5 * result["syllables_per_word"]
    assert result["flesch_reading_ease"] == pytest.approx(expected)


def test_language_without_flesch_constants_gives_nan_flesch():
    result = readability("Os deputados aprovaram a proposta ontem.", lang="pt_BR")
    assert math.isnan(result["flesch_reading_ease"])
    assert result["words_per_sentence"] == 6.0


@pytest.mark.parametrize("lang", ["xx", "english", ""])
def test_unknown_language_is_explained(lang):
    with pytest.raises(ValueError, match=r"unknown language .* valid options are \["):
        readability("Some text here.", lang=lang)


def test_non_string_text_rejected():
    with pytest.raises(TypeError, match="needs the document text as str, got bytes"):
        readability(b"bytes are not text")


def test_unsupported_textstat_layout_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(fr, "_installed", False)
    real_import = importlib.import_module

    def fake_import(name, *args, **kwargs):
        if name == SYLLABLE_MODULE:
            raise ImportError("No module named 'textstat.backend'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    with pytest.raises(RuntimeError, match=r"not supported by framing\.readability.*textstat>=0\.7\.8"):
        readability("A short sentence for the test.")


def test_missing_hook_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(fr, "_installed", False)
    module = importlib.import_module(SYLLABLE_MODULE)
    monkeypatch.delattr(module, "get_cmudict")
    with pytest.raises(RuntimeError, match="has no get_cmudict"):
        fr.install_cmudict_provider()
