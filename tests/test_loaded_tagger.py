"""The context model for loaded words (framing.learn.loaded_tagger) and --loaded."""
import csv
import json
import pickle
import random
import zipfile

import numpy as np
import pytest

from conftest import check_offsets
from framing.cli.main import main
from framing.errors import InputError, SettingsError, TaggerFileError, TrainingDataError
from framing.evaluation import token_counts
from framing.learn.loaded_tagger import (LoadedTagger, gold_from_words, load_loaded_tagger,
                                         read_loaded_gold, train_loaded_tagger)
from framing.learn.skops_files import read_plain_skops
from framing.settings import AnalyzerSettings

SUBJECTS = ["The senator", "Officials", "The council", "Her rival", "The governor", "Aides",
            "The minister", "Party leaders", "The mayor", "Lawmakers"]
POLITICS = ["plan", "agenda", "proposal", "bill", "platform", "scheme"]
CHEMISTRY = ["cell", "membrane", "protein", "sample", "molecule", "tissue"]
TAILS = ["on Monday", "last week", "in the capital", "after the vote", "", "again"]


def _sentence(rng: random.Random, loaded: bool):
    """A sentence with "radical": loaded in politics ("a radical plan"), not in chemistry
    ("a free radical damaged the cell"); the gold span of the loaded one."""
    subj, tail = rng.choice(SUBJECTS), rng.choice(TAILS)
    if loaded:
        head = f"{subj} unveiled a "
        text = f"{head}radical {rng.choice(POLITICS)} {tail}".rstrip() + "."
        return text, [(len(head), len(head) + len("radical"))]
    head = f"{subj} said a free "
    text = f"{head}radical damaged the {rng.choice(CHEMISTRY)} {tail}".rstrip() + "."
    return text, []


def _corpus(n: int, seed: int):
    rng = random.Random(seed)
    pairs = [_sentence(rng, k % 2 == 0) for k in range(n)]
    return [t for t, _ in pairs], [s for _, s in pairs]


@pytest.fixture(scope="module")
def trained():
    texts, spans = _corpus(120, 0)
    return train_loaded_tagger(texts, spans, groups=[k % 6 for k in range(120)], folds=3)


def _f1(texts, pred, gold):
    c = sum(token_counts(t, p, g) for t, p, g in zip(texts, pred, gold))
    return 2 * c[0] / (2 * c[0] + c[1] + c[2])


def test_learns_the_context_of_a_lexicon_word(trained):
    texts, gold = _corpus(60, 1)
    pred = trained.predict(texts)
    # the lexicon marks "radical" everywhere: precision 0.5 at best
    from framing import Analyzer

    an = Analyzer(attribution=None)
    lex = [[(s.start, s.end) for s in an.analyze(t).spans if s.layer == "loaded"] for t in texts]
    assert _f1(texts, lex, gold) < 0.7
    assert _f1(texts, pred, gold) > 0.95
    assert trained.cv_results_["grouped"] and trained.cv_results_["folds"] == 3
    assert 0 < trained.threshold_ < 1
    for t, p in zip(texts, pred):
        for s, e in p:
            assert t[s:e] == "radical"


def test_spans_merge_adjacent_words_and_probabilities_cover_words(trained):
    from framing.learn.loaded_tagger import _tokens_to_spans

    enc = trained._encode_text("A radical, radical plan. Radical radical")
    pos = np.zeros(len(enc), dtype=bool)
    pos[[1, 3, 6, 7]] = True  # radical , radical | Radical radical (one sentence)
    assert _tokens_to_spans(pos, enc) == [(2, 9), (11, 18), (25, 40)]
    proba = trained.predict_proba(["A free radical."])[0]
    assert [(s, e) for s, e, _ in proba] == [(0, 1), (2, 6), (7, 14)]
    assert all(0.0 <= p <= 1.0 for _, _, p in proba)
    names = [n for n, _ in trained.explain("A radical plan.", 1)]
    assert names and set(names) <= set(trained.templates)


def test_batched_prediction_equals_one_by_one(trained):
    texts, _ = _corpus(40, 2)
    texts += ["", "   ", "No loaded word here at all."]
    batch = trained.predict(texts)
    assert batch == [trained.predict([t])[0] for t in texts]
    with pytest.raises(TypeError):
        trained.predict("a single text")


def test_save_load_round_trip_through_the_strict_reader(trained, tmp_path):
    path = trained.save(tmp_path / "m.skops")
    card = (tmp_path / "m.md").read_text(encoding="utf-8")
    assert trained.id in card and "Training data" in card
    plain = read_plain_skops(path, LoadedTagger)  # no skops.io, no pickle: plain containers
    assert plain is not None
    again = load_loaded_tagger(path)
    assert again.id == trained.id and again.id.startswith("loaded-tagger@1.0#")
    texts, _ = _corpus(30, 3)
    assert again.predict(texts) == trained.predict(texts)
    assert LoadedTagger.load(path).threshold_ == trained.threshold_


def test_bad_model_files_are_refused(trained, tmp_path):
    class Evil:
        def __reduce__(self):
            return (print, ("pwned",))

    pk = tmp_path / "evil.skops"
    pk.write_bytes(pickle.dumps(Evil()))
    with pytest.raises(TaggerFileError, match="not a skops model file") as e:
        load_loaded_tagger(pk)
    assert "\n" not in str(e.value)
    import skops.io as sio
    from sklearn.linear_model import LogisticRegression

    bad = tmp_path / "other.skops"
    sio.dump({"model": LogisticRegression()}, bad)
    with pytest.raises(TaggerFileError, match="refused to load"):
        load_loaded_tagger(bad)
    from framing.learn.attribution_tagger import BUNDLED_TAGGER
    from pathlib import Path

    bundled = Path(__file__).resolve().parents[1] / "framing" / "data" / BUNDLED_TAGGER
    with pytest.raises(TaggerFileError, match="refused to load"):  # another model's file
        load_loaded_tagger(bundled)
    with pytest.raises(TaggerFileError, match="no such model file"):
        load_loaded_tagger(tmp_path / "missing.skops")
    junk = tmp_path / "junk.skops"
    with zipfile.ZipFile(junk, "w") as z:
        z.writestr("schema.json", "{not json")
    with pytest.raises(TaggerFileError):
        load_loaded_tagger(junk)


def test_bad_training_data():
    with pytest.raises(TrainingDataError, match="no training texts"):
        LoadedTagger().fit([], [])
    with pytest.raises(TrainingDataError, match="outside the text"):
        LoadedTagger().fit(["A radical plan."], [[(2, 99)]])
    with pytest.raises(TrainingDataError, match="no annotated loaded word"):
        LoadedTagger().fit(["A radical plan."], [[]])
    with pytest.raises(TrainingDataError, match="2 texts but 1 span lists"):
        LoadedTagger().fit(["a", "b"], [[]])


def test_gold_from_words():
    assert gold_from_words("Radical plans; the radical's aim.", "['radical']") == [(0, 7), (19, 26)]
    assert gold_from_words("A b c.", '["b", "c"]') == [(2, 3), (4, 5)]
    with pytest.raises(InputError, match="x.csv:3"):
        gold_from_words("A b.", "[oops", "x.csv:3")


# ---------------------------------------------------------------------------- the analysis


def _write_gold(tmp_path, n=80):
    texts, spans = _corpus(n, 4)
    csv_path = tmp_path / "gold.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["text", "biased_words", "topic"])
        for k, (t, sp) in enumerate(zip(texts, spans)):
            w.writerow([t, repr([t[s:e] for s, e in sp]), f"topic{k % 4}"])
    jsonl_path = tmp_path / "gold.jsonl"
    with open(jsonl_path, "w", encoding="utf-8") as fh:
        for t, sp in zip(texts, spans):
            fh.write(json.dumps({"text": t, "spans": [list(s) for s in sp]}) + "\n")
    return csv_path, jsonl_path, texts, spans


def _run(args, capsys):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    import contextlib
    import io

    tmp = tmp_path_factory.mktemp("loaded")
    csv_path, jsonl_path, _, _ = _write_gold(tmp)
    model = tmp / "loaded.skops"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["train-loaded", "--data", str(csv_path), "--data", str(jsonl_path),
                       "--group-column", "topic", "-o", str(model), "--folds", "3"])
    assert status == 1 and "no column 'topic'" in err.getvalue()  # the JSONL has no topic
    with contextlib.redirect_stderr(err):
        status = main(["train-loaded", "--data", str(csv_path), "--data", str(jsonl_path),
                       "-o", str(model), "--folds", "3", "--citation", "Synthetic (tests)",
                       "--licence", "CC0"])
    assert status == 0, err.getvalue()
    return model


def test_read_loaded_gold_csv_and_jsonl(tmp_path):
    csv_path, jsonl_path, texts, spans = _write_gold(tmp_path, 10)
    t1, s1, g1 = read_loaded_gold(csv_path, group_column="topic")
    t2, s2, g2 = read_loaded_gold(jsonl_path)
    assert t1 == t2 == texts and s1 == s2 == spans
    assert g1[:2] == ["topic0", "topic1"] and g2 is None


def test_cli_train_loaded_writes_model_and_card(model_file, tmp_path, capsys):
    assert model_file.is_file()
    card = model_file.with_suffix(".md").read_text(encoding="utf-8")
    assert "gold.csv" in card and "Synthetic (tests)" in card and "CC0" in card
    m = load_loaded_tagger(model_file)
    assert m.cv_results_["n_texts"] == 160
    csv_path, _, _, _ = _write_gold(tmp_path, 40)
    status, _, err = _run(["train-loaded", "--data", csv_path, "-o", tmp_path / "m.skops",
                           "--group-column", "topic", "--folds", "2"], capsys)
    assert status == 0 and "cross-validated token F1" in err and "loaded-tagger@1.0#" in err


def test_cli_train_loaded_bad_inputs_are_one_line(tmp_path, capsys):
    def fails(args, *needles):
        status, _, err = _run(["train-loaded"] + args, capsys)
        assert status in (1, 2) and err.count("\n") == 1 and "Traceback" not in err, err
        for n in needles:
            assert n in err, err

    fails(["--data", tmp_path / "nope.csv", "-o", tmp_path / "m.skops"], "nope.csv",
          "no such file")
    bad = tmp_path / "bad.csv"
    bad.write_text("text;biased_words\nA radical plan.;['radical']\nA plan.;[oops\n",
                   encoding="utf-8")
    fails(["--data", bad, "-o", tmp_path / "m.skops"], "bad.csv:3", "word list")
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("text,label\nA radical plan.,1\n", encoding="utf-8")
    fails(["--data", nocol, "-o", tmp_path / "m.skops"], "nocol.csv:2", "biased_words")
    js = tmp_path / "bad.jsonl"
    js.write_text('{"text": "A radical plan.", "spans": [[2, 9]]}\n'
                  '{"text": "Short.", "spans": [[2, 90]]}\n', encoding="utf-8")
    fails(["--data", js, "-o", tmp_path / "m.skops"], "bad.jsonl:2", "spans", "outside")
    js.write_text('{"text": "A radical plan.", "spans": [["a", 9]]}\n', encoding="utf-8")
    fails(["--data", js, "-o", tmp_path / "m.skops"], "bad.jsonl:1", "spans")
    empty = tmp_path / "empty.csv"
    empty.write_text("text;biased_words\nA plan.;[]\n", encoding="utf-8")
    fails(["--data", empty, "-o", tmp_path / "m.skops"], "no annotated loaded words")
    fails(["--data", empty, "-o", tmp_path / "no" / "m.skops"], "no such folder")
    junk = tmp_path / "junk.skops"
    junk.write_text("not a model", encoding="utf-8")
    texts = tmp_path / "a.txt"
    texts.write_text("A radical plan.", encoding="utf-8")
    status, _, err = _run(["score", texts, "--loaded", junk], capsys)
    assert status == 1 and err.count("\n") == 1 and "junk.skops" in err


def _docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    texts = {
        "a": 'The senator unveiled a radical plan on Monday. "It is a radical agenda," '
             "critics said, and a free radical damaged the cell.",
        "b": "Officials said a free radical damaged the sample. Nothing else happened.",
        "c": "Aides unveiled a radical proposal. The brutal regime slammed it.",
    }
    for k, t in texts.items():
        (folder / f"{k}.txt").write_text(t, encoding="utf-8")
    return folder, texts


def test_analyze_score_compare_with_the_model(model_file, tmp_path, capsys):
    folder, texts = _docs(tmp_path)
    mid = load_loaded_tagger(model_file).id
    out = tmp_path / "a.jsonl"
    status, _, err = _run(["analyze", folder, "-o", out, "--loaded", model_file, "-q"], capsys)
    assert status == 0, err
    recs = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    for k, r in recs.items():
        check_offsets(texts[k], r)
        assert r["signature"].endswith(f"|loaded:{mid}")
    loaded_a = [s for s in recs["a"]["spans"] if s["layer"] == "loaded"]
    assert [s["text"] for s in loaded_a] == ["radical", "radical"]  # not the free radical
    assert [s["voice"] for s in loaded_a] == ["author", "quoted"]
    assert {s["category"] for s in loaded_a} == {"pejorative"}  # the lexicon's category
    assert not [s for s in recs["b"]["spans"] if s["layer"] == "loaded"]
    assert recs["b"]["scores"]["loaded_per_1k"] == 0.0
    assert recs["a"]["scores"]["loaded_author_per_1k"] > 0
    assert recs["a"]["scores"]["loaded_quoted_per_1k"] > 0
    # without the model, the lexicon: every "radical"
    status, _, _ = _run(["analyze", folder, "-o", tmp_path / "plain.jsonl", "-q"], capsys)
    plain = {r["id"]: r for r in map(json.loads, (tmp_path / "plain.jsonl").read_text(
        encoding="utf-8").splitlines())}
    assert len([s for s in plain["a"]["spans"] if s["layer"] == "loaded"]) == 3
    assert "loaded:" not in plain["a"]["signature"]
    # score, in two processes too: the same rows
    rows = []
    for jobs in ("1", "2"):
        sc = tmp_path / f"s{jobs}.csv"
        status, _, err = _run(["score", folder, "-o", sc, "--loaded", model_file, "-q",
                               "--jobs", jobs], capsys)
        assert status == 0, err
        rows.append(sc.read_text(encoding="utf-8"))
    assert rows[0] == rows[1]
    table = list(csv.DictReader(rows[0].splitlines()))
    by_id = {r["id"]: r for r in table}
    assert float(by_id["b"]["loaded_per_1k"]) == 0.0
    assert float(by_id["a"]["loaded_per_1k"]) == recs["a"]["scores"]["loaded_per_1k"]
    # compare
    meta = tmp_path / "meta.csv"
    with open(meta, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "outlet"])
        for k in range(12):
            w.writerow([f"d{k}", texts["abc"[k % 3]], "X" if k % 2 else "Y"])
    rep = tmp_path / "report"
    status, _, err = _run(["compare", meta, "--group-column", "outlet", "-o", rep,
                           "--loaded", model_file, "-q"], capsys)
    assert status == 0, err
    assert f"loaded:{mid}" in (rep / "signature.txt").read_text(encoding="utf-8")


def test_settings_carry_the_model(model_file, tmp_path):
    s = AnalyzerSettings.create(loaded_model=model_file)
    plain = AnalyzerSettings.create()
    mid = load_loaded_tagger(model_file).id
    assert s.loaded_model_id == mid and s.signature().info["loaded"] == mid
    assert s != plain and hash(s) != hash(plain)
    assert s == AnalyzerSettings.create(loaded_model=str(model_file))
    assert pickle.loads(pickle.dumps(s)) == s
    assert s.to_dict()["loaded_model"]["id"] == mid and "loaded_model" not in plain.to_dict()
    with pytest.raises(SettingsError, match="loaded layer"):
        AnalyzerSettings.create(lexicons=["hedges"], loaded_model=model_file)
    import framing

    a = framing.analyze("Aides unveiled a radical proposal.", loaded_model=model_file)
    assert [sp.text for sp in a.spans if sp.layer == "loaded"] == ["radical"]
    assert framing.signature(loaded_model=model_file).endswith(f"|loaded:{mid}")
    df = framing.score(["A free radical damaged the cell.", "Aides unveiled a radical plan."],
                       loaded_model=model_file)
    assert list(df["loaded_per_1k"] > 0) == [False, True]


def test_a_model_span_the_lexicon_does_not_know_gets_category_model(tmp_path):
    rng = random.Random(5)
    texts, spans = [], []
    for k in range(60):
        subj = rng.choice(SUBJECTS)
        if k % 2:
            t = f"{subj} called the plan a snarflegate {rng.choice(TAILS)}".rstrip() + "."
            i = t.index("snarflegate")
            texts.append(t)
            spans.append([(i, i + len("snarflegate"))])
        else:
            texts.append(f"{subj} called the plan a success {rng.choice(TAILS)}".rstrip() + ".")
            spans.append([])
    m = train_loaded_tagger(texts, spans, folds=2)
    path = m.save(tmp_path / "b.skops")
    a = AnalyzerSettings.create(loaded_model=path, attribution=None)
    from framing.analyzer import Analyzer

    r = Analyzer(a).analyze("Critics called it a snarflegate.")
    sp = [s for s in r.spans if s.layer == "loaded"]
    assert [(s.text, s.category, s.lexicon) for s in sp] == [("snarflegate", "model", m.id)]
    assert r.scores["loaded_per_1k"] > 0


# ---------------------------------------------------------------------------- real data


def test_babe_topic_held_out_beats_a_trivial_baseline(shared_data):
    """Trained on BABE train_SG2 sentences of some topics, scored on the others: token F1
    above marking every word the training gold ever marked (a memorised word list)."""
    from framing.evaluation import read_babe

    sents = read_babe(shared_data / "babe" / "train_SG2.csv")
    test_topics = {"immigration", "gun control", "gun-control", "abortion"}
    train = [s for s in sents if (s.topic or "").lower() not in test_topics]
    test = [s for s in sents if (s.topic or "").lower() in test_topics]
    assert len(train) > 1000 and len(test) > 200
    m = train_loaded_tagger([s.text for s in train], [s.biased_spans() for s in train],
                            groups=[s.news_link or k for k, s in enumerate(train)], folds=3,
                            alphas=(3e-4,))
    pred = m.predict([s.text for s in test])
    gold = [s.biased_spans() for s in test]
    from framing.evaluation import word_spans

    words = {s.text[a:b].lower() for s in train for a, b in s.biased_spans()}
    memorised = [[(a, b) for a, b in word_spans(s.text) if s.text[a:b].lower() in words]
                 for s in test]
    f1 = _f1([s.text for s in test], pred, gold)
    base = _f1([s.text for s in test], memorised, gold)
    assert f1 > base + 0.05 and f1 > 0.35, (f1, base)


def test_attribution_cues_are_never_loaded_words():
    """Reporting verbs are attribution cues, counted once there (issue 13): annotated
    "slammed" and "claimed" are not learned as loaded, and never predicted, unless the
    exclusion is switched off."""
    rng = random.Random(3)
    texts, spans = [], []
    for k in range(80):
        subj, verb = rng.choice(SUBJECTS), ("slammed" if k % 2 else "claimed")
        text = f"{subj} {verb} the disgraceful {rng.choice(POLITICS)}."
        a = text.index(verb)
        b = text.index("disgraceful")
        texts.append(text)
        spans.append([(a, a + len(verb)), (b, b + len("disgraceful"))])
    m = train_loaded_tagger(texts, spans, groups=[k % 4 for k in range(80)], folds=2)
    assert m.exclude_id_.startswith("attribution@")
    pred = m.predict(texts[:10])
    words = {t[s:e] for t, p in zip(texts, pred) for s, e in p}
    assert "disgraceful" in words and not words & {"slammed", "claimed"}
    free = train_loaded_tagger(texts, spans, groups=[k % 4 for k in range(80)], folds=2,
                               exclude_cues=None)
    assert free.exclude_id_ == "" and free.id != m.id
    words = {t[s:e] for t, p in zip(texts, free.predict(texts[:10])) for s, e in p}
    assert words & {"slammed", "claimed"}
