"""The trained attribution tagger: fit/predict, offsets, persistence safety, CLI, real data."""
from __future__ import annotations

import io
import json
import pickle
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from framing.errors import TrainingDataError
from framing.learn.attribution_tagger import (TAGS, AttributionTagger, TaggerFileError, load_tagger,
                                              save_tagger)
from framing.cli import main

NAMES = ["Anna Berg", "The minister", "Officials", "A spokesman", "Critics", "Mr. Olsen",
         "The senator", "Two aides", "Ms. Diaz", "The mayor", "Analysts", "The governor"]
CUES = ["said", "claimed", "argued", "warned", "insisted", "noted", "told reporters"]
CONTENTS = ["the plan would fail", "taxes rose sharply last year", "the vote was rigged",
            "the talks had collapsed", "nobody was hurt in the fire", "the deal is off",
            "prices will fall", "the bridge is unsafe"]
FILLER = ["The weather was cold on Monday.", "Traffic moved slowly downtown.",
          "The museum opens at nine."]


def make_doc(rng: random.Random, n: int = 4):
    """A synthetic article: attribution sentences in three patterns, and filler sentences."""
    parts, spans = [], {"source": [], "cue": [], "content": []}
    pos = 0

    def add(piece, role=None):
        nonlocal pos
        if role:
            spans[role].append((pos, pos + len(piece)))
        parts.append(piece)
        pos += len(piece)

    for _ in range(n):
        src, cue, cont = rng.choice(NAMES), rng.choice(CUES), rng.choice(CONTENTS)
        pattern = rng.randrange(3)
        if pattern == 0:  # X said that Y.
            add(src, "source"); add(" "); add(cue, "cue"); add(" "); add("that " + cont, "content")
            add(". ")
        elif pattern == 1:  # “Y,” X said.
            add("“" + cont[0].upper() + cont[1:] + ",”", "content"); add(" ")
            add(src, "source"); add(" "); add(cue, "cue"); add(". ")
        else:  # According to X, Y.
            add("According to", "cue"); add(" "); add(src, "source"); add(", ")
            add(cont, "content"); add(". ")
        if rng.random() < 0.5:
            add(rng.choice(FILLER) + " ")
    return "".join(parts).rstrip(), spans


@pytest.fixture(scope="module")
def corpus():
    rng = random.Random(7)
    return [make_doc(rng) for _ in range(40)]


@pytest.fixture(scope="module")
def tagger(corpus):
    return AttributionTagger(alphas=(1e-5,), epochs=5, folds=2, progress=False).fit(corpus[:30])


def _token_f1(docs, tg):
    from framing.evaluation import POLNEAR_ROLES, prf, token_counts_by_label

    c = sum(token_counts_by_label(t, tg.predict_spans(t), g, POLNEAR_ROLES) for t, g in docs)
    return {r: prf(c[k])[2] for k, r in enumerate(POLNEAR_ROLES)}


def test_learns_synthetic_patterns(tagger, corpus):
    f1 = _token_f1(corpus[30:], tagger)
    assert f1["cue"] > 0.9 and f1["source"] > 0.8 and f1["content"] > 0.8, f1
    assert tagger.alpha_ == 1e-5 and tagger.context2_ is not None
    assert set(tagger.cv_results_["oof_f1"]) == {"source", "cue", "content"}


def test_offsets_index_the_text(tagger):
    text = ("Intro line.\r\n\r\n“The deal is off,” the mayor said.  Críticos — and "
            "Officials claimed that prices will fall…\n\nAccording to analysts, the bridge "
            "is unsafe.")
    spans = tagger.predict_spans(text)
    assert set(spans) == {"source", "cue", "content"}
    assert spans["cue"], spans
    for role, items in spans.items():
        for s, e in items:
            assert 0 <= s < e <= len(text)
            piece = text[s:e]
            assert piece == piece.strip() and piece, (role, piece)
    for a in tagger.predict_relations(text):
        for part in (a.source, a.cue, a.content):
            if part is not None:
                assert text[part.start:part.end] == part.text
    tags = tagger.predict_tags(text)
    assert all(t in TAGS for _, _, t in tags)
    assert tagger.predict_spans("") == {"source": [], "cue": [], "content": []}


def test_relations_link_cue_source_content(tagger):
    text = "Officials said that the plan would fail. The museum opens at nine."
    rels = tagger.predict_relations(text)
    assert len(rels) == 1
    r = rels[0]
    assert (r.source.text, r.cue.text) == ("Officials", "said")
    assert r.content.text.startswith("that the plan")


def test_deterministic_and_explainable(corpus, tagger):
    again = AttributionTagger(alphas=(1e-5,), epochs=5, folds=2, progress=False).fit(corpus[:30])
    np.testing.assert_array_equal(again.weight_values_, tagger.weight_values_)
    assert again.sha256 == tagger.sha256
    text = "Critics argued that the vote was rigged."
    why = tagger.explain(text, 1, "B-cue", n=8)  # token 1 is "argued"
    assert len(why) == 8 and all(isinstance(w, float) for _, w in why)
    assert sum(w for _, w in tagger.explain(text, 1, "B-cue", n=200)) > 0
    ctx = tagger.context_weights("B-cue", 5)
    assert len(ctx) == 5 and all(name.startswith("p1[") for name, _ in ctx)
    with pytest.raises(IndexError):
        tagger.explain(text, 99)


def test_fast_paths_give_the_same_spans(corpus, tagger):
    """Per-type score tables and batches of documents change no prediction."""
    from framing.text import Doc
    from framing.voice import VoiceMap, find_quotes

    texts = [t for t, _ in corpus[30:]] + ["", "No attribution here.", "“Why now?” he said."]
    encs = [tagger.encode(Doc(t), VoiceMap(t, find_quotes(t))) for t in texts]
    one_by_one = [tagger.spans(Doc(t), VoiceMap(t, find_quotes(t))) for t in texts]
    assert tagger.spans_many(encs) == one_by_one
    import framing.learn.attribution_tagger as at

    small, at._BATCH_TOKENS = at._BATCH_TOKENS, 40  # batches split at document boundaries
    try:
        assert tagger.spans_many(encs) == one_by_one
    finally:
        at._BATCH_TOKENS = small
    for e in encs:  # per-type tables versus one column per template
        fast = tagger._scores(e.values, e.sent, tagger._type_ids([e]))
        plain = tagger._scores(e.values, e.sent, None)
        np.testing.assert_allclose(fast, plain, atol=1e-4)


def test_cross_validate_predicts_every_document(corpus):
    t = AttributionTagger(alphas=(1e-5,), epochs=3, folds=2, stacking=False, progress=False)
    out = t.cross_validate(corpus[:12], folds=3)
    assert out["folds"] == 3 and len(out["spans"]) == 12
    assert all(set(sp) == {"source", "cue", "content"} for sp in out["spans"])


def test_save_load_round_trip(tagger, corpus, tmp_path):
    path = save_tagger(tagger, tmp_path / "t.skops")
    loaded = load_tagger(path)
    for text, _ in corpus[30:]:
        assert loaded.predict_spans(text) == tagger.predict_spans(text)
    assert loaded.cv_results_ == tagger.cv_results_
    assert loaded.id == tagger.id and loaded.id.startswith("attribution-tagger@1.0#")


def test_crafted_files_are_refused(tmp_path):
    class Evil:
        def __reduce__(self):
            return (print, ("pwned",))

    pk = tmp_path / "evil.skops"
    pk.write_bytes(pickle.dumps(Evil()))
    with pytest.raises(TaggerFileError, match="not a skops model file") as e:
        load_tagger(pk)
    assert "\n" not in str(e.value)
    # a real skops archive holding a type outside the allow-list
    import skops.io as sio
    from sklearn.linear_model import LogisticRegression

    bad = tmp_path / "other.skops"
    sio.dump({"model": LogisticRegression()}, bad)
    with pytest.raises(TaggerFileError, match="refused to load") as e:
        load_tagger(bad)
    assert "\n" not in str(e.value)
    junk = tmp_path / "junk.skops"
    with zipfile.ZipFile(junk, "w") as z:
        z.writestr("schema.json", "{not json")
    with pytest.raises(TaggerFileError):
        load_tagger(junk)
    with pytest.raises(TaggerFileError, match="no such model file"):
        load_tagger(tmp_path / "missing.skops")


def _same(a, b):
    if isinstance(a, np.ndarray):
        return isinstance(b, np.ndarray) and a.dtype == b.dtype and np.array_equal(a, b)
    if isinstance(a, dict):
        return type(b) is dict and a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(map(_same, a, b))
    return type(a) is type(b) and a == b


def test_the_plain_reader_builds_what_skops_builds(tagger, tmp_path):
    """load_tagger reads plain files (containers, JSON scalars, numeric arrays) without
    importing skops.io; the object is the same as skops.io.load's."""
    import skops.io as sio

    from framing.learn.attribution_tagger import BUNDLED_TAGGER
    from framing.learn.skops_files import read_plain_skops

    bundled = Path(__file__).resolve().parents[1] / "framing" / "data" / BUNDLED_TAGGER
    for path in (save_tagger(tagger, tmp_path / "t.skops"), bundled):
        plain = read_plain_skops(path, AttributionTagger)
        ref = sio.load(path, trusted=sio.get_untrusted_types(file=path))
        assert plain is not None and _same(plain.__dict__, ref.__dict__)
    # another class at the top, or a non-numeric array: not plain (skops and its allow-list)
    assert read_plain_skops(tmp_path / "t.skops", TaggerFileError) is None
    obj = tmp_path / "object-array.skops"
    with zipfile.ZipFile(tmp_path / "t.skops") as z, zipfile.ZipFile(obj, "w") as out:
        members = [m for m in z.namelist() if m.endswith(".npy")]
        for m in z.namelist():
            data = z.read(m)
            if m == members[0]:
                buf = io.BytesIO()
                np.save(buf, np.array([{"x": 1}], dtype=object), allow_pickle=True)
                data = buf.getvalue()
            out.writestr(m, data)
    assert read_plain_skops(obj, AttributionTagger) is None
    with pytest.raises(TaggerFileError, match="cannot load the model") as e:
        load_tagger(obj)
    assert "\n" not in str(e.value)


def test_the_bundled_tagger_loads_without_scikit_learn():
    """Model loading is paid once per process and stays short: no skops.io (whose import
    loads every scikit-learn estimator) for the bundled file."""
    code = ("import sys\nfrom framing.learn.attribution_tagger import bundled_tagger\n"
            "bundled_tagger()\nprint(sorted(m for m in ('skops.io', 'sklearn') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_bad_training_data():
    with pytest.raises(TrainingDataError, match="no training documents"):
        AttributionTagger().fit([])
    with pytest.raises(TrainingDataError, match="outside the text"):
        AttributionTagger().fit([("short", {"cue": [(0, 99)]})])
    with pytest.raises(TrainingDataError, match="unknown role"):
        AttributionTagger().fit([("short", {"speaker": [(0, 2)]})])
    with pytest.raises(TrainingDataError, match="no annotated spans"):
        AttributionTagger().fit([("It rained.", {})])
    with pytest.raises(ValueError, match="not trained"):
        AttributionTagger().predict_spans("x")


@pytest.mark.parametrize("text, content, expected", [
    ("She said that the plan was “a disgrace”.", (9, 39), "mixed"),  # partly quoted
    ("She said that the plan was “a disgrace”.", (27, 39), "direct"),  # “a disgrace”
    ("She said that the plan was “a disgrace”.", (14, 26), "indirect"),  # the plan was
    ("She said that “the plan is a disgrace”.", (9, 38), "direct"),  # "that" is no paraphrase
    ("She said so.", None, "indirect"),
])
def test_relations_use_the_one_quote_type_rule(tagger, text, content, expected):
    """The tagger's relations read their quotation type off VoiceMap.quote_type."""
    from framing.voice import VoiceMap, find_quotes

    spans = {"source": [(0, 3)], "cue": [(4, 8)], "content": [content] if content else []}
    rel, = tagger.predict_relations(text, spans)
    assert rel.quote == expected
    if content:
        assert rel.quote == VoiceMap(text, find_quotes(text)).quote_type(*content)


# ------------------------------------------------------------------------------------ CLI


def _write_brat(folder, docs):
    folder.mkdir(parents=True, exist_ok=True)
    for k, (text, spans) in enumerate(docs):
        (folder / f"doc{k:02d}.txt").write_text(text, encoding="utf-8", newline="")
        lines, n = [], 0
        roles = sorted((s, role) for role, items in spans.items() for s in items)
        # one attribution per cue: the roles between two cues' sentences share an event
        tids = {}
        for (s, e), role in roles:
            n += 1
            tids[(s, e, role)] = f"T{n}"
            lines.append(f"T{n}\t{role.capitalize()} {s} {e}\t{text[s:e]}")
        for m, (s, e) in enumerate(spans["cue"], start=1):
            n += 1
            lines.append(f"T{n}\tAttribution {s} {e}\t{text[s:e]}")
            args = [f"Attribution:T{n}", f"Cue:{tids[(s, e, 'cue')]}"]
            lines.append(f"E{m}\t" + " ".join(args))
        # sources and contents attached to the first event are enough for span training
        extra = [f"Source:{tids[(s, e, 'source')]}" for s, e in spans["source"]]
        extra += [f"Content{'' if i == 0 else i + 1}:{tids[(s, e, 'content')]}"
                  for i, (s, e) in enumerate(spans["content"])]
        if spans["cue"]:
            lines = [ln + (" " + " ".join(extra) if ln.startswith("E1\t") else "") for ln in lines]
        (folder / f"doc{k:02d}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _run(args, capsys):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_train_and_tag(corpus, tmp_path, capsys):
    _write_brat(tmp_path / "brat", corpus[:24])
    model = tmp_path / "m.skops"
    status, _, err = _run(["train-attribution", "--brat", tmp_path / "brat", "-o", model,
                           "--alphas", "1e-5", "--epochs", "4", "--folds", "2"], capsys)
    assert status == 0, err
    assert model.is_file() and "trained on 24 documents" in err
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(corpus[30][0], encoding="utf-8")
    (texts / "b.txt").write_text("Critics argued that the vote was rigged.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status, _, err = _run(["tag-attribution", "--model", model, texts, "-o", out, "-q"], capsys)
    assert status == 0, err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    text = (texts / "b.txt").read_text(encoding="utf-8")
    b = rows[1]
    assert [c["text"] for c in b["cue"]] == ["argued"]
    for role in ("source", "cue", "content"):
        for sp in b[role]:
            assert text[sp["start"]:sp["end"]] == sp["text"]
    assert b["attributions"][0]["source"]["text"] == "Critics"


def test_cli_bad_inputs_are_one_line(corpus, tmp_path, capsys):
    status, _, err = _run(["train-attribution", "--brat", tmp_path / "nope", "-o",
                           tmp_path / "m.skops"], capsys)
    assert status == 1 and err.count("\n") == 1 and "no such folder" in err
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    (lonely / "x.ann").write_text("T1\tCue 0 4\tsaid\n", encoding="utf-8")
    status, _, err = _run(["train-attribution", "--brat", lonely, "-o", tmp_path / "m.skops"],
                          capsys)
    assert status == 1 and err.count("\n") == 1 and "x.ann: no matching text file x.txt" in err
    bad = tmp_path / "bad"
    _write_brat(bad, corpus[:2])
    with open(bad / "doc01.ann", "a", encoding="utf-8") as fh:
        fh.write("T99\tCue 5 nine\tsaid\n")
    status, _, err = _run(["train-attribution", "--brat", bad, "-o", tmp_path / "m.skops"],
                          capsys)
    assert status == 1 and err.count("\n") == 1, err
    assert "doc01.ann:" in err and "bad offsets" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    status, _, err = _run(["train-attribution", "--brat", empty, "-o", tmp_path / "m.skops"],
                          capsys)
    assert status == 1 and "no brat .ann files" in err
    fake = tmp_path / "fake.skops"
    fake.write_bytes(b"\x80\x04not a zip")
    (tmp_path / "t.txt").write_text("Hello.", encoding="utf-8")
    status, _, err = _run(["tag-attribution", "--model", fake, tmp_path / "t.txt"], capsys)
    assert status == 1 and err.count("\n") == 1 and "not a skops model file" in err
    status, _, err = _run(["train-attribution", "-o", tmp_path / "m.skops"], capsys)
    assert status == 2 and "--brat" in err


# ------------------------------------------------------------------------------ real data


def test_real_polnear_beats_floor(shared_data):
    from framing.evaluation import POLNEAR_ROLES, prf, read_polnear, token_counts_by_label

    root = shared_data / "polnear"
    if not (root / "train").is_dir():
        pytest.skip("PolNeAR is not present")
    train = read_polnear(root / "train")[::42][:20]
    dev = read_polnear(root / "dev")[::8][:10]
    tg = AttributionTagger(alphas=(1e-5,), epochs=5, folds=2, stacking=False,
                           progress=False).fit(train)
    c = sum(token_counts_by_label(d.text, tg.predict_spans(d.text), d.role_spans(), POLNEAR_ROLES)
            for d in dev)
    f1 = {r: prf(c[k])[2] for k, r in enumerate(POLNEAR_ROLES)}
    # trivial floors: tagging nothing scores 0; 20 articles are enough for well above these
    assert f1["cue"] > 0.3 and f1["source"] > 0.3 and f1["content"] > 0.5, f1


def test_without_rule_features(corpus):
    """rule_features=False: the rule extractor is not read (its templates stay constant) and
    the id says the model differs."""
    from framing.learn.tagger_features import TEMPLATES

    t = AttributionTagger(alphas=(1e-5,), epochs=3, folds=2, stacking=False, rule_features=False,
                          progress=False).fit(corpus[:20])
    enc = t._encode_text(corpus[30][0])
    for name in ("rule", "rule.label", "rule.voice", "rule.cat"):
        assert not enc.values[:, TEMPLATES.index(name)].any()
    assert t.predict_spans(corpus[30][0])["cue"]
    same = AttributionTagger(alphas=(1e-5,), epochs=3, folds=2, stacking=False,
                             progress=False).fit(corpus[:20])
    assert same.id != t.id
