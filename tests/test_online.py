"""The online model: learns one decision at a time, abstains until it has seen both
classes, saves atomically with a verified card, and is safe to share across threads."""

from __future__ import annotations

import copy
import json
import random
import threading
import warnings

import numpy as np
import pytest

from commentguard.classifier import ModelCard, ModelError, build_pipeline, read_card, save_model
from commentguard.normalize import normalize
from commentguard.online import MIN_PER_CLASS, OnlineModel
from commentguard.types import Comment, InvalidInputError, Post

TOPICS = ["bread", "bikes", "garden", "python", "hiking", "coffee", "birds", "chess"]
HAM = [
    "Thanks for the write-up on {t}, the second step finally worked for me.",
    "I tried your {t} tip last weekend and it went well, cheers.",
    "Could you explain why the {t} part needs so much patience?",
    "We talked about {t} at the club yesterday and your post came up.",
]
SPAM = [
    "Buy cheap {t} pills online now http://pills{n}.example/buy",
    "Best casino bonus, {t} free spins today http://casino{n}.example",
    "Check out my channel for {t} videos!!! http://channel{n}.example",
]


def stream(n: int, seed: int = 0) -> tuple[list[str], list[int]]:
    rnd = random.Random(seed)
    texts, labels = [], []
    for i in range(n):
        spam = rnd.random() < 0.5
        texts.append(rnd.choice(SPAM if spam else HAM).format(t=rnd.choice(TOPICS), n=i))
        labels.append(int(spam))
    return texts, labels


@pytest.fixture(scope="module")
def fitted() -> OnlineModel:
    model = OnlineModel()
    texts, labels = stream(120)
    for t, y in zip(texts, labels):  # one decision at a time, as a backend would
        model.learn([t], [y])
    return model


def test_abstains_until_it_has_seen_both_classes():
    model = OnlineModel()
    assert not model.ready
    assert model.predict_proba(["anything"]).tolist() == [[0.5, 0.5]]
    model.learn(["buy pills http://p.example"] * MIN_PER_CLASS, ["spam"] * MIN_PER_CLASS)
    assert not model.ready  # spam only: still no opinion
    assert model.predict_proba(["buy pills"])[0, 1] == 0.5
    model.learn(["nice bread recipe"] * MIN_PER_CLASS, ["ham"] * MIN_PER_CLASS)
    assert model.ready and model.n_learned == 2 * MIN_PER_CLASS
    assert model.predict_proba(["buy pills http://p.example"])[0, 1] > 0.5


def test_learns_from_a_stream_of_decisions(fitted):
    texts, labels = stream(60, seed=1)  # unseen comments of the same kinds
    p = fitted.predict_proba(texts)
    assert p.shape == (60, 2) and np.allclose(p.sum(axis=1), 1)
    accuracy = np.mean((p[:, 1] >= 0.5) == np.array(labels))
    assert accuracy >= 0.9
    assert fitted.n_spam + fitted.n_ham == 120


def test_one_correction_moves_the_score_at_once(fitted):
    novel = "Visit my crypto doubling service, guaranteed returns http://doubler.example"
    model = copy.deepcopy(fitted)
    before = model.predict_proba([novel])[0, 1]
    model.learn([novel], ["spam"])
    after = model.predict_proba([novel])[0, 1]
    assert after > before + 0.2 and after > 0.5
    # A near variant benefits too.
    variant = "Visit my crypto doubling service today http://doubler2.example"
    assert model.predict_proba([variant])[0, 1] > fitted.predict_proba([variant])[0, 1]


def test_accepts_every_kind_of_comment(fitted):
    items = [
        "Buy cheap pills online http://pills.example",
        Comment(content="Buy cheap pills online http://pills.example"),
        {"content": "Buy cheap pills online http://pills.example", "author": "x"},
        normalize(Comment(content="Buy cheap pills online http://pills.example")),
        (Comment(content="Buy cheap pills online http://pills.example"), Post(title="Bread")),
        ({"content": "Buy cheap pills online http://pills.example"}, {"title": "Bread"}),
    ]
    p = fitted.predict_proba(items)[:, 1]
    assert (p > 0.5).all()
    assert fitted.predict_proba([]).shape == (0, 2)


@pytest.mark.parametrize("label", ["spam", "SPAM", 1, True, "1", "true"])
def test_spam_labels(label):
    model = OnlineModel()
    model.learn(["x"], [label])
    assert (model.n_spam, model.n_ham) == (1, 0)


def test_bad_labels_and_lengths_are_refused():
    model = OnlineModel()
    with pytest.raises(InvalidInputError, match="unknown label 'maybe'"):
        model.learn(["x"], ["maybe"])
    with pytest.raises(InvalidInputError, match="2 comments but 1 labels"):
        model.learn(["x", "y"], ["spam"])
    with pytest.raises(InvalidInputError):
        model.learn([42], ["spam"])
    assert model.n_learned == 0
    assert model.learn([], []) == 0


def test_bad_parameters_are_refused():
    with pytest.raises(ValueError, match="unknown meta"):
        OnlineModel(meta=("nope",))
    with pytest.raises(ValueError, match="n_features"):
        OnlineModel(n_features=16)


# -- files -----------------------------------------------------------------------------------
def test_save_and_load_round_trip(fitted, tmp_path):
    path = tmp_path / "online.joblib"
    fitted.save(path)
    card = read_card(path)
    assert card.sha256 and card.params["kind"] == "online"
    assert card.training_data["n"] == 120 and card.training_data["n_spam"] == fitted.n_spam
    assert sorted(p.name for p in tmp_path.iterdir()) == ["online.joblib", "online.json"]
    loaded = OnlineModel.load_or_create(path)
    texts, _ = stream(10, seed=2)
    assert np.allclose(loaded.predict_proba(texts), fitted.predict_proba(texts))
    # A loaded model keeps learning and saves again.
    loaded.learn(texts[:1], ["ham"])
    loaded.save(path)
    assert OnlineModel.load(path).n_learned == 121


def test_load_or_create_makes_a_new_model_and_writes_nothing(tmp_path):
    path = tmp_path / "sub" / "online.joblib"
    model = OnlineModel.load_or_create(path, alpha=1e-4)
    assert model.n_learned == 0 and model.params["alpha"] == 1e-4
    assert not path.exists()
    model.save(path)  # creates the folder
    assert path.exists() and path.with_suffix(".json").exists()


def test_a_replaced_file_is_refused_unless_trusted(fitted, tmp_path):
    path = tmp_path / "online.joblib"
    fitted.save(path)
    card = path.with_suffix(".json").read_bytes()
    other = OnlineModel()
    other.learn(["hello"], ["ham"])
    other.save(path)
    path.with_suffix(".json").write_bytes(card)  # the file changed after its card was written
    with pytest.raises(ModelError, match="does not match its card"):
        OnlineModel.load(path)
    assert OnlineModel.load(path, trust=True).n_learned == 1
    # (Not a byte appended to the file: joblib then tries to allocate without bound
    # before failing; the SHA-256 check is what stops that without trust.)


def test_a_file_without_card_is_refused(fitted, tmp_path):
    path = tmp_path / "online.joblib"
    fitted.save(path)
    path.with_suffix(".json").unlink()
    with pytest.raises(ModelError, match="no model card"):
        OnlineModel.load_or_create(path)


def test_a_classifier_file_is_not_an_online_model(tmp_path):
    path = tmp_path / "clf.joblib"
    pipeline = build_pipeline(min_df=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        pipeline.fit(["buy pills now", "nice bread", "cheap pills", "lovely bread"], [1, 0, 1, 0])
    save_model(pipeline, path, ModelCard(name="clf"))
    with pytest.raises(ModelError, match="not an online model"):
        OnlineModel.load(path)


def test_info_prints_an_online_card(fitted, tmp_path):
    from typer.testing import CliRunner

    from commentguard.cli import app

    path = tmp_path / "online.joblib"
    fitted.save(path)
    result = CliRunner().invoke(app, ["info", "--model", str(path)])
    assert result.exit_code == 0, result.stderr
    card = json.loads(result.stdout.split("\n", 1)[1])
    assert card["params"]["kind"] == "online"


# -- threads -------------------------------------------------------------------------------------
def test_concurrent_learning_and_scoring(tmp_path):
    model = OnlineModel()
    model.learn(*stream(20, seed=5))
    errors: list[BaseException] = []

    def worker(seed: int) -> None:
        try:
            texts, labels = stream(15, seed=seed)
            for t, y in zip(texts, labels):
                model.learn([t], [y])
                model.predict_proba([t])
            model.save(tmp_path / f"m{seed}.joblib")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(s,)) for s in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert model.n_learned == 20 + 4 * 15
    assert OnlineModel.load(tmp_path / "m0.joblib").n_learned >= 35
