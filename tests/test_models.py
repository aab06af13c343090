"""Tests for framing.learn.models and the train / predict / evaluate subcommands."""
import csv
import io
import json
import os
import pickle
import random
import zipfile
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone

import framing.cli.models  # noqa: F401  (registers train, predict, evaluate)
from framing.learn import models as M
from framing.cli import main

# --------------------------------------------------------------------------------------------
# Small synthetic data sets (fast, and independent of the bundled lexicons' evolution)

LOADED = ["disgraceful", "corrupt", "shameful", "outrageous", "brutal", "sham", "thugs", "regime"]
NEUTRAL = ["met", "reviewed", "published", "announced", "scheduled", "reported", "discussed"]
FILLER = ["the", "council", "plan", "on", "monday", "budget", "city", "a", "new", "report",
          "officials", "week", "school", "board", "members"]


def _sentence(rng, words, n_signal=2):
    body = rng.sample(FILLER, 5) + rng.sample(words, n_signal)
    rng.shuffle(body)
    return " ".join(body).capitalize() + "."


def binary_data(n=120, seed=0):
    rng = random.Random(seed)
    texts, labels = [], []
    for i in range(n):
        biased = i % 2 == 0
        if rng.random() < 0.1:  # label noise
            words = NEUTRAL if biased else LOADED
        else:
            words = LOADED if biased else NEUTRAL
        texts.append(_sentence(rng, words))
        labels.append("Biased" if biased else "Non-biased")
    return texts, labels


TOPICS = {"guns": ["rifle", "firearm", "shooting", "nra"], "health": ["hospital", "doctor", "vaccine", "clinic"],
          "money": ["tax", "budget", "market", "economy"]}


def multiclass_data(n=150, seed=0):
    rng = random.Random(seed)
    names = sorted(TOPICS)
    texts, labels = [], []
    for i in range(n):
        t = names[i % 3]
        texts.append(_sentence(rng, TOPICS[t]))
        labels.append(t)
    return texts, labels


def multilabel_data(n=150, seed=0):
    rng = random.Random(seed)
    names = sorted(TOPICS)
    texts, labels = [], []
    for i in range(n):
        on = [rng.random() < 0.4 for _ in names]
        words = [w for t, o in zip(names, on) if o for w in rng.sample(TOPICS[t], 2)]
        body = rng.sample(FILLER, 5) + words
        rng.shuffle(body)
        texts.append(" ".join(body) + ".")
        labels.append(["1" if o else "0" for o in on])
    return texts, labels, names


@pytest.fixture(scope="module")
def bias_model():
    texts, labels = binary_data()
    return M.train("bias", texts, labels, label_columns=["label"], cv=3, n_boot=200)


# --------------------------------------------------------------------------------------------
# Recipes and the stacked classifier


def test_recipes_are_documented_pipelines():
    for task in M.RECIPES:
        clf = M.make_recipe(task)
        assert [n for n, _ in clf.features.transformer_list] == ["word", "char", "framing"]
        assert clf.metric == M.RECIPES[task]["metric"]
    assert M.make_recipe("uncertainty").metric == "f1"
    c = clone(M.make_recipe("bias", seed=3)).set_params(features__word__ngram_range=(1, 1))
    assert c.random_state == 3 and c.features.transformer_list[0][1].ngram_range == (1, 1)


def test_unknown_task_lists_the_valid_ones():
    with pytest.raises(ValueError, match=r"valid options are \['bias', 'frame', 'uncertainty'\]"):
        M.make_recipe("sentiment")


def test_binary_model_predicts_probabilities_and_reproduces(bias_model):
    est = bias_model.estimator
    assert est.kind_ == "binary" and est.classes_.tolist() == ["Biased", "Non-biased"]
    assert set(est.block_C_) == {"word", "char", "framing"}
    assert all(c in est.Cs for c in est.block_C_.values())
    texts = ["A disgraceful, corrupt sham by brutal thugs.", "The board met and reviewed the budget."]
    assert bias_model.predict(texts) == ["Biased", "Non-biased"]
    P = bias_model.predict_proba(texts)
    np.testing.assert_allclose(P.sum(1), 1.0)
    assert P[0, 0] > 0.5 > P[1, 0]
    # same data and seed: the same model
    again = M.train("bias", *binary_data(), label_columns=["label"], cv=3, n_boot=200)
    np.testing.assert_array_equal(again.predict_proba(texts), P)
    assert again.card["cross_validation"]["estimate"] == bias_model.card["cross_validation"]["estimate"]


def test_cv_metrics_are_out_of_fold(bias_model):
    est = bias_model.estimator
    cvr = est.cv_results_
    assert set(cvr["block_metric_by_C"]) == {"word", "char", "framing"}
    assert 0.6 < cvr["stacked_metric"] <= 1.0
    assert est.oof_proba_.shape == (120,) and est.oof_pred_.shape == (120, 1)
    est_card = bias_model.card["cross_validation"]["estimate"]
    assert est_card["macro"]["f1"]["estimate"] == pytest.approx(cvr["stacked_metric"], abs=1e-4)
    lo, hi = est_card["macro"]["f1"]["low"], est_card["macro"]["f1"]["high"]
    assert lo <= est_card["macro"]["f1"]["estimate"] <= hi


def test_cv_fits_the_features_on_each_training_fold():
    """Held-out rows of the inner CV are featurised as new texts: by vectorizers that have not
    seen them (an n-gram only a held-out row has is not in its fold's vocabulary)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    texts = [f"good fine token{i}" if i % 2 else f"bad awful token{i}" for i in range(40)]
    y = np.arange(40) % 2
    clf = M.BlockStackingClassifier(FeatureUnion([("word", TfidfVectorizer())]), cv=4)
    assert clf.fold_features is True  # the default
    clf.fit(texts, y)
    assert "token0" in clf.features_.transformer_list[0][1].vocabulary_
    folds = [np.arange(0, 30), np.arange(30, 40)]
    tr, te = clf._fold_blocks(texts, *folds)
    assert tr[0].shape[1] == te[0].shape[1] == 2 + 2 + 30  # 4 shared words + 30 training-row ids
    # each held-out row has its two class words only, so its TF-IDF norm is not diluted
    np.testing.assert_allclose(np.sqrt(np.asarray(te[0].multiply(te[0]).sum(1))).ravel(), 1.0)
    np.testing.assert_array_equal(te[0].getnnz(axis=1), 2)
    once = M.BlockStackingClassifier(FeatureUnion([("word", TfidfVectorizer())]), cv=4,
                                     fold_features=False).fit(texts, y)
    assert once.predict(["good fine", "bad awful"]).tolist() == [1, 0]
    assert clf.predict(["good fine", "bad awful"]).tolist() == [1, 0]
    # a model pickled before the parameter existed was fitted with the features fitted once
    state = clf.__getstate__()
    del state["fold_features"]
    old = M.BlockStackingClassifier.__new__(M.BlockStackingClassifier)
    old.__setstate__(state)
    assert old.fold_features is False and old.predict(["good fine"]).tolist() == [1]


def test_threshold_is_the_best_neighbourhood_not_a_spike():
    grid = np.round(np.arange(0.05, 0.951, 0.005), 3)
    scores = np.where(np.abs(grid - 0.4) <= 0.1, 0.70, 0.5)  # a broad plateau around 0.4
    scores[np.flatnonzero(grid == 0.2)] = 0.72  # and a higher single-threshold spike
    t = M._smoothed_best_threshold(scores.tolist(), grid.tolist())
    assert abs(t - 0.4) <= 0.05 + 1e-9
    assert M._smoothed_best_threshold([0.5] * len(grid), grid.tolist()) == 0.5  # ties: 0.5


def test_multiclass_and_prior_correction():
    texts, labels = multiclass_data()
    model = M.train("frame", texts, labels, label_columns=["frame"], cv=3, n_boot=100)
    est = model.estimator
    assert est.kind_ == "multiclass" and model.classes == ["guns", "health", "money"]
    assert est.prior_exponent_ in M._TAUS and est.threshold_ is None
    assert model.predict(["The doctor at the hospital gave a vaccine."]) == ["health"]
    P = model.predict_proba(["The nra rifle shooting."])
    assert P.shape == (1, 3) and P.sum() == pytest.approx(1.0)
    # block weights are shared by the classes
    assert np.allclose(est.stack_weights_, est.stack_weights_[:, :1])


def test_multilabel_model():
    texts, labels, names = multilabel_data()
    model = M.train("frame", texts, labels, label_columns=names, cv=3, n_boot=100)
    assert model.multilabel and model.classes == names
    (pred, prob), = model.predict_with_probability(["hospital doctor tax budget the city."])[0]
    assert set(pred.split(";")) == {"health", "money"}
    assert 0 < prob <= 1
    assert model.estimator.threshold_.shape == (3,)


def test_explanations_are_exact_linear_contributions(bias_model):
    est = bias_model.estimator
    texts = ["A disgraceful, corrupt sham.", "The board met on Monday."]
    Xt, W = est.contributions(texts)
    # the stacked logit equals the intercept plus the sum of the contributions
    from scipy.special import logit

    p_pos = est.predict_proba(texts)[:, est.pos_index_]
    intercept = est.stack_intercept_[0] + sum(
        est.stack_weights_[b, 0] * est.intercept_[b][0] for b in range(len(est.blocks_)))
    np.testing.assert_allclose(intercept + Xt @ W[0], logit(p_pos), rtol=1e-6, atol=1e-8)
    expl = bias_model.explain(texts, k=3)
    assert len(expl) == 2 and expl[0].count(":+") <= 3
    assert any(w in expl[0] for w in ("disgraceful", "corrupt", "sham", "framing__"))
    top = bias_model.top_features(5)
    assert set(top) == {"Biased", "Non-biased"}
    assert all(w > 0 for _, w in top["Biased"]) and all(w < 0 for _, w in top["Non-biased"])
    assert all(n.startswith("framing__") for n, _ in bias_model.top_features(5, block="framing")["Biased"])


# --------------------------------------------------------------------------------------------
# Labels


def test_label_handling_and_notes():
    texts, labels = binary_data(60)
    texts += ["odd one"] + ["ninety-nine"] * 4
    labels += ["No agreement"] + ["99"] * 4
    notes = []
    model = M.train("bias", texts, labels, cv=3, exclude_labels=["99"], notes=notes, n_boot=50)
    assert model.classes == ["Biased", "Non-biased"]
    assert model.excluded_labels == ["99", "No agreement"]
    assert any("dropped 4 rows labelled 99" in n for n in notes)
    assert any("'No agreement' (1 rows): fewer rows than CV folds" in n for n in notes)
    assert model.positive_label == "Biased"
    assert model.card["data"]["n_rows_used"] == 60


@pytest.mark.parametrize("labels, positive", [(["0", "1"], "1"), (["False", "True"], "True"),
                                              (["a", "b"], "b")])
def test_default_positive_label(labels, positive):
    counts = {labels[0]: 10, labels[1]: 5}
    assert M._default_positive(labels, counts) == positive


@pytest.mark.parametrize("labels, columns, message", [
    (["x"] * 30, ["y"], "at least two classes"),
    (["x", "y"] * 2, ["y"], "at least two classes with 3 or more rows each"),
    ([["1", "0"], ["0", "1"]] * 2, ["a", "b"], "only 4 usable rows; 3-fold CV needs at least 6"),
    ([["1", "0"], ["1", "1"]] * 5, ["a", "b"], "label column 'a' is always true"),
])
def test_unusable_training_data(labels, columns, message):
    with pytest.raises(M.TrainingDataError, match=message):
        M.train("bias", ["some text"] * len(labels), labels, label_columns=columns, cv=3)


def test_multilabel_columns_must_be_binary():
    with pytest.raises(M.TrainingDataError, match="must be binary"):
        M.train("frame", ["t"] * 10, [["1", "maybe"]] * 10, label_columns=["a", "b"], cv=3)


# --------------------------------------------------------------------------------------------
# Evaluation


def test_evaluate_reports_cis_and_unknown_labels(bias_model):
    texts, labels = binary_data(40, seed=5)
    texts.append("A brand new label.")
    labels.append("Satire")
    notes = []
    r = M.evaluate(bias_model, texts, labels, n_boot=200, notes=notes)
    assert r["metric"] == "macro_f1" and r["n"] == 41
    assert r["score"] == r["macro"]["f1"]
    assert r["unknown_labels"] == {"Satire": 1} and any("Satire" in n for n in notes)
    for key in ("accuracy", "micro", "per_class", "brier", "ece", "log_loss", "signature"):
        assert key in r
    assert r["macro"]["f1"]["low"] <= r["macro"]["f1"]["estimate"] <= r["macro"]["f1"]["high"]


def test_classification_metrics_hand_checked():
    Y = np.array([[1, 0], [1, 0], [0, 1], [0, 1]], dtype=bool)
    D = np.array([[1, 0], [0, 1], [0, 1], [0, 1]], dtype=bool)
    m = M.classification_metrics(Y, D, ["a", "b"], positive="a", n_boot=100)
    # a: tp 1, fp 0, fn 1 -> P 1, R .5, F1 .667; b: tp 2, fp 1 -> P .667, R 1, F1 .8
    assert m["per_class"]["a"]["f1"]["estimate"] == pytest.approx(0.6667, abs=1e-4)
    assert m["per_class"]["b"]["precision"]["estimate"] == pytest.approx(0.6667, abs=1e-4)
    assert m["macro"]["f1"]["estimate"] == pytest.approx((2 / 3 + 0.8) / 2, abs=1e-4)
    assert m["accuracy"]["estimate"] == 0.75
    assert m["positive"]["label"] == "a"


# --------------------------------------------------------------------------------------------
# Safe persistence and the model card


def test_save_load_roundtrip_and_card(bias_model, tmp_path):
    path, md, js = M.save_model(bias_model, tmp_path / "bias.skops")
    assert (md.name, js.name) == ("bias.card.md", "bias.card.json")
    loaded = M.load_model(path)
    texts = ["A disgraceful sham.", "The board met."]
    np.testing.assert_array_equal(loaded.predict_proba(texts), bias_model.predict_proba(texts))
    assert loaded.explain(texts) == bias_model.explain(texts)
    card = json.loads(js.read_text())
    for key in ("data", "labels", "cross_validation", "signature", "versions", "hyperparameters",
                "top_features", "model_file"):
        assert key in card
    assert card["labels"]["distribution"] == {"Biased": 60, "Non-biased": 60}
    assert card["cross_validation"]["estimate"]["macro"]["f1"].keys() == {"estimate", "low", "high"}
    assert set(card["versions"]) >= {"framing", "scikit-learn", "numpy", "scipy", "skops", "python"}
    assert card["signature"].startswith("framing:") and "|task:bias|" in card["signature"]
    assert [lx["id"].split("@")[0] for lx in card["lexicons"]] == ["loaded", "hedges", "attribution"]
    assert all(len(lx["sha256"]) == 64 for lx in card["lexicons"])
    assert card["model_file"]["sha256"] == M.file_sha256(path)
    text = md.read_text()
    assert "## Cross-validated performance" in text and "macro-F1" in text and "Biased" in text


def test_model_signature_is_the_settings_signature_extended(bias_model):
    """sacrebleu style: the features' settings signature, then the recipe's pairs (pinned)."""
    from framing.settings import AnalyzerSettings

    assert bias_model.signature == (
        "framing:0.1.0|lex:loaded@2.0+hedges@1.1+attribution@1.2|tok:rules-1|voice:on|attribution:polnear@1.0#e7e96715"
        "|task:bias|recipe:stack-word12-charwb25-framing-foldfit|metric:macro_f1|cv:3|seed:0")
    assert bias_model.signature.startswith(AnalyzerSettings.create().signature().format())
    texts, labels = binary_data(60)
    plain = M.train("bias", texts, labels, cv=3, n_boot=20, readability=False, seed=2)
    assert plain.signature == (
        "framing:0.1.0|lex:loaded@2.0+hedges@1.1+attribution@1.2|tok:rules-1|voice:on|attribution:polnear@1.0#e7e96715"
        "|readability:off|task:bias|recipe:stack-word12-charwb25-framing-foldfit"
        "|metric:macro_f1|cv:3|seed:2")


def test_versions_come_from_the_one_collector(bias_model):
    from framing._version import software_versions

    assert bias_model.card["versions"] == software_versions(M.CARD_PACKAGES)


def test_texts_without_words_are_a_training_data_error():
    with pytest.raises(M.TrainingDataError, match="too few words"):
        M.train("bias", ["!!!", "?!"] * 10, ["a", "b"] * 10, cv=3, n_boot=10)


def test_model_file_is_compact(bias_model, tmp_path):
    path, _, _ = M.save_model(bias_model, tmp_path / "m.skops")
    with zipfile.ZipFile(path) as z:
        schema = z.read("schema.json")
    assert b'"vocabulary_"' not in schema  # packed into one string per vectorizer


class _Boom:
    """Unpickling this would create a marker file: proof that a file was (not) unpickled."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_pickle_renamed_skops_is_refused_without_unpickling(tmp_path):
    marker = tmp_path / "pwned"
    bad = tmp_path / "model.skops"
    bad.write_bytes(pickle.dumps(_Boom(str(marker))))
    with pytest.raises(M.ModelFileError, match="not a skops model file.*never loads pickle"):
        M.load_model(bad)
    assert not marker.exists()


def test_a_skops_file_with_untrusted_types_is_refused(tmp_path, bias_model):
    import functools
    import skops.io as sio

    marker = tmp_path / "pwned"
    bad = tmp_path / "evil.skops"
    # a model whose card smuggles a callable that would run on use
    evil = M.TrainedModel("bias", bias_model.estimator, ["label"], False, bias_model.classes)
    evil.card = {"hook": functools.partial(os.system, f"touch {marker}")}
    sio.dump(evil, bad)
    with pytest.raises(M.ModelFileError, match=r"refused to load.*(posix|nt)\.system"):
        M.load_model(bad)
    assert not marker.exists()


@pytest.mark.parametrize("tamper, message", [
    (lambda est: est.features_.transformer_list[0][1].set_params(input="filename"), "non-standard settings"),
    (lambda est: est.features_.transformer_list[2][1].steps[0][1].set_params(lexicons=("/etc/passwd",)),
     "model files may refer only to bundled lexicons"),
])
def test_a_skops_file_with_unsafe_settings_is_refused(tmp_path, tamper, message):
    import copy
    import skops.io as sio

    texts, labels = binary_data(60)
    model = M.train("bias", texts, labels, cv=3, n_boot=20)
    tampered = copy.deepcopy(model)
    tamper(tampered.estimator)
    path = tmp_path / "tampered.skops"
    sio.dump(tampered, path)
    with pytest.raises(M.ModelFileError, match=message):
        M.load_model(path)


def test_other_bad_model_files(tmp_path):
    import skops.io as sio
    from sklearn.linear_model import LogisticRegression

    with pytest.raises(M.ModelFileError, match="no such model file"):
        M.load_model(tmp_path / "missing.skops")
    z = tmp_path / "plain.skops"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("hello.txt", "hi")
    with pytest.raises(M.ModelFileError, match="not a readable skops model file"):
        M.load_model(z)
    other = tmp_path / "lr.skops"
    sio.dump(LogisticRegression(), other)
    with pytest.raises(M.ModelFileError, match="not a framing model"):
        M.load_model(other)


# --------------------------------------------------------------------------------------------
# The command line


def _write_csv(path, header, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return str(path)


@pytest.fixture(scope="module")
def cli_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    texts, labels = binary_data(90, seed=1)
    train = _write_csv(d / "train.csv", ["id", "text", "label"],
                       [(f"doc{i}", t, y) for i, (t, y) in enumerate(zip(texts, labels))])
    model = str(d / "bias.skops")
    assert main(["train", "bias", "--data", train, "--label-column", "label", "--cv", "3",
                 "--n-boot", "100", "-o", model, "-q"]) == 0
    test_texts, test_labels = binary_data(30, seed=2)
    test = _write_csv(d / "test.csv", ["id", "text", "label"],
                      [(f"t{29 - i}", t, y) for i, (t, y) in enumerate(zip(test_texts, test_labels))])
    return {"dir": d, "train": train, "model": model, "test": test}


def test_cli_train_writes_model_and_card(cli_files):
    d = cli_files["dir"]
    card = json.loads((d / "bias.card.json").read_text())
    assert card["data"]["file"] == "train.csv"
    assert card["data"]["sha256"] == M.file_sha256(cli_files["train"])
    assert card["data"]["n_rows_read"] == 90 and card["data"]["n_rows_used"] == 90
    assert (d / "bias.card.md").read_text().startswith("# Model card")


def test_cli_predict_keeps_order_and_ids(cli_files, capsys):
    out = cli_files["dir"] / "pred.csv"
    assert main(["predict", cli_files["model"], cli_files["test"], "-o", str(out), "--explain"]) == 0
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert [r["id"] for r in rows] == [f"t{29 - i}" for i in range(30)]
    assert list(rows[0]) == ["id", "prediction", "probability", "p_Biased", "p_Non-biased", "explanation"]
    for r in rows:
        assert r["prediction"] in ("Biased", "Non-biased")
        assert float(r["probability"]) == pytest.approx(float(r[f"p_{r['prediction']}"]))
        assert float(r["p_Biased"]) + float(r["p_Non-biased"]) == pytest.approx(1.0, abs=2e-6)
    assert "predicted 30 documents" in capsys.readouterr().err


def test_cli_predict_to_stdout_and_txt_inputs(cli_files, capsys):
    d = cli_files["dir"] / "txt"
    d.mkdir(exist_ok=True)
    (d / "a.txt").write_text("A disgraceful, corrupt sham by brutal thugs.", encoding="utf-8")
    (d / "b.txt").write_text("The board met and reviewed the budget.", encoding="utf-8")
    assert main(["predict", cli_files["model"], str(d), "-q"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["id"], r["prediction"]) for r in rows] == [("a", "Biased"), ("b", "Non-biased")]


def test_cli_evaluate(cli_files, capsys):
    out = cli_files["dir"] / "eval.json"
    assert main(["evaluate", cli_files["model"], cli_files["test"], "--label-column", "label",
                 "-o", str(out), "--n-boot", "200"]) == 0
    printed = capsys.readouterr().out
    assert "macro_f1:" in printed and "Biased" in printed
    r = json.loads(out.read_text())
    assert r["n"] == 30 and r["macro"]["f1"]["estimate"] > 0.6
    assert r["data"]["files"] == ["test.csv"]


def test_cli_evaluate_one_document_has_no_interval(cli_files, capsys, tmp_path):
    one = _write_csv(tmp_path / "one.csv", ["id", "text", "label"],
                     [("a", "A disgraceful, corrupt sham by brutal thugs.", "Biased")])
    out = tmp_path / "one.json"
    assert main(["evaluate", cli_files["model"], one, "-o", str(out), "-q"]) == 0
    r = json.loads(out.read_text())  # strict JSON: an undefined bound is null, not NaN
    assert r["n"] == 1 and r["accuracy"]["low"] is None and r["accuracy"]["estimate"] == 1.0
    assert "[–, –]" in capsys.readouterr().out


@pytest.mark.parametrize("policy", ["fail", "skip"])
def test_cli_predict_error_policy(cli_files, capsys, tmp_path, monkeypatch, policy):
    """A document that cannot be predicted stops the run (--on-error fail: an internal error
    unless framing reports a FramingError) or is skipped and reported (--on-error skip)."""
    import framing.cli.models as cli_models

    real = cli_models._rows

    def rows(model, docs, explain, k):
        if any("BOOM" in d.text for d in docs):
            raise RuntimeError("a bug")
        return real(model, docs, explain, k)

    monkeypatch.setattr(cli_models, "_rows", rows)
    data = _write_csv(tmp_path / "in.csv", ["id", "text"],
                      [("a", "The board met."), ("b", "BOOM"), ("c", "A disgraceful sham.")])
    out = tmp_path / "p.csv"
    status = main(["predict", cli_files["model"], data, "-o", str(out), "--on-error", policy])
    err = capsys.readouterr().err
    if policy == "fail":
        assert status == 70 and "internal error: RuntimeError: a bug" in err
        assert not out.exists()
    else:
        assert status == 0 and "prediction for document 'b' failed" in err
        assert [r["id"] for r in csv.DictReader(open(out, encoding="utf-8"))] == ["a", "c"]


def test_cli_same_seed_same_predictions(cli_files, tmp_path):
    model2 = str(tmp_path / "again.skops")
    assert main(["train", "bias", "--data", cli_files["train"], "--label-column", "label", "--cv", "3",
                 "--n-boot", "100", "-o", model2, "-q"]) == 0
    outs = []
    for m in (cli_files["model"], model2):
        out = tmp_path / (Path(m).stem + ".csv")
        assert main(["predict", m, cli_files["test"], "-o", str(out), "-q"]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_cli_multilabel_train_and_predict(tmp_path):
    texts, labels, names = multilabel_data(90, seed=3)
    path = tmp_path / "ml.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, (t, y) in enumerate(zip(texts, labels)):
            rec = {"id": f"m{i}", "text": t, **{n: v == "1" for n, v in zip(names, y)}}
            f.write(json.dumps(rec) + "\n")
    model = str(tmp_path / "ml.skops")
    assert main(["train", "frame", "--data", str(path), "--label-column", ",".join(names),
                 "--cv", "3", "--n-boot", "50", "-o", model, "-q"]) == 0
    out = tmp_path / "ml.csv"
    assert main(["predict", model, str(path), "-o", str(out), "-q"]) == 0
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert list(rows[0]) == ["id", "prediction", "probability"] + [f"p_{n}" for n in names]
    assert all(set(filter(None, r["prediction"].split(";"))) <= set(names) for r in rows)
    assert main(["evaluate", model, str(path), "-q"]) == 0


@pytest.mark.parametrize("argv, status, message", [
    (["train", "sentiment", "--data", "x.csv", "--label-column", "y", "-o", "m.skops"], 2, "invalid choice"),
    (["train", "bias", "--data", "missing.csv", "--label-column", "y", "-o", "m.skops"], 1, "missing.csv: no such file"),
    (["predict", "missing.skops", "x.csv"], 1, "missing.skops: no such model file"),
])
def test_cli_errors_are_one_line(argv, status, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == status
    err = capsys.readouterr().err.strip()
    assert message in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_cli_missing_label_column(cli_files, capsys, tmp_path):
    assert main(["train", "bias", "--data", cli_files["train"], "--label-column", "bias",
                 "-o", str(tmp_path / "m.skops")]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "no label column 'bias'; columns present: text, label" in err


def test_cli_refuses_a_pickle_model(cli_files, capsys, tmp_path):
    marker = tmp_path / "pwned"
    bad = tmp_path / "evil.skops"
    bad.write_bytes(pickle.dumps(_Boom(str(marker))))
    assert main(["predict", str(bad), cli_files["test"], "-o", str(tmp_path / "p.csv")]) == 1
    err = capsys.readouterr().err.strip()
    assert "not a skops model file" in err and len(err.splitlines()) == 1
    assert not marker.exists() and not (tmp_path / "p.csv").exists()


# --------------------------------------------------------------------------------------------
# Real data (small subsets of ../shared/data; skipped when absent)


def test_bias_recipe_on_a_babe_subset(shared_data, tmp_path):
    path = shared_data / "babe" / "train_SG2.csv"
    if not path.is_file():
        pytest.skip("BABE is not present")
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()[:401]
    subset = tmp_path / "babe400.csv"
    subset.write_text("".join(lines), encoding="utf-8")
    model = tmp_path / "babe.skops"
    assert main(["train", "bias", "--data", str(subset), "--label-column", "label_bias", "--cv", "3",
                 "--n-boot", "100", "-o", str(model), "-q"]) == 0
    card = json.loads((tmp_path / "babe.card.json").read_text())
    assert card["labels"]["classes"] == ["Biased", "Non-biased"]
    assert card["cross_validation"]["estimate"]["macro"]["f1"]["estimate"] > 0.55
    out = tmp_path / "pred.csv"
    assert main(["predict", str(model), str(subset), "-o", str(out), "-q"]) == 0
    ids = [r["id"] for r in csv.DictReader(open(out, encoding="utf-8"))]
    assert ids == [str(i) for i in range(1, 401)]
