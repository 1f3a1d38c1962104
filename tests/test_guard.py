"""The engine: configuration, learning, thread safety, the unknown-text rule."""

from __future__ import annotations

import threading

import pytest

from commentguard import Comment, CommentguardError, InvalidInputError, Post
from commentguard.guard import Guard

POST = Post(title="Pruning tomatoes", text="Suckers, leaders and San Marzano plants.")
SPAM = "Buy cheap viagra and cialis online at http://pills-best-price.example no prescription"


def test_check_accepts_dicts_and_strings(guard):
    v1 = guard.check({"comment_content": SPAM, "comment_author": "pills"})
    v2 = guard.check(SPAM)
    assert v1.label == v2.label == "spam"
    assert v1.reasons and v1.reasons[0].weight > 0


def test_text_the_model_cannot_read_falls_to_ham_not_a_spam_prior(guard):
    for text in (
        "",
        "   ",
        "👍👍",
        "ありがとうございます",
        "감사합니다 정말 좋은 글이에요",
        "🙂 ❤️",
    ):
        v = guard.check(Comment(content=text), post=POST)
        assert v.label == "ham", (text, v.explain())


def test_disable_and_reweight(guard):
    base = Guard(disable=["off_topic", "links"])
    v = base.check(SPAM, post=POST)
    assert not {r.check for r in v.reasons} & {"off_topic", "links"}
    with pytest.raises(CommentguardError, match="unknown"):
        Guard(disable=["nope"]).check("x")
    silent = Guard(weights={"off_topic": 0.0, "links": 0.0, "contact": 0.0})
    loud = Guard()
    assert (
        silent.check(SPAM, post=POST).spam_probability
        < loud.check(SPAM, post=POST).spam_probability
    )


def test_one_guard_many_threads_gives_the_same_answers(guard):
    texts = [
        SPAM,
        "Which variety did you grow?",
        "Great post!",
        "Call +1 888 555 0199 for printer support",
    ] * 25
    expected = [guard.check(t, post=POST).label for t in texts]
    results: list[list[str]] = []

    def work():
        results.append([guard.check(t, post=POST).label for t in texts])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)


def test_learn_needs_somewhere_to_learn(guard):
    with pytest.raises(CommentguardError):
        guard.learn("x", "spam")
    with pytest.raises(InvalidInputError):
        Guard(feedback="x.jsonl").learn("x", "maybe")


def test_learn_records_feedback_and_updates_the_online_model(tmp_path):
    from commentguard.feedback import read_feedback

    g = Guard(online=tmp_path / "online.joblib", feedback=tmp_path / "fb.jsonl")
    campaign = "Our new energy drink gives you wings, order at http://zing-drink.example today"
    before = g.check(campaign, post=POST).spam_probability
    for i in range(12):
        g.learn(f"{campaign} code {i}", "spam", post=POST)
        g.learn(f"I pruned {i} suckers and kept two leaders on the San Marzano.", "ham", post=POST)
    assert len(list(read_feedback(tmp_path / "fb.jsonl"))) == 24
    again = Guard(online=tmp_path / "online.joblib")  # a new process would load the file
    after = again.check(campaign, post=POST)
    assert "online" in {r.check for r in after.reasons}
    assert after.spam_probability > before


def test_load_surfaces_a_bad_model_at_start_up_not_at_the_first_check(tmp_path):
    from commentguard.classifier import ModelError

    with pytest.raises(ModelError, match="not found"):
        Guard(model=tmp_path / "missing.joblib").load()
    g = Guard()
    assert g.load() is g and g.card.name  # ready, and chainable


def test_checks_see_the_whole_batch_once_before_each_comment():
    from commentguard.checks.base import Check

    calls: list[tuple[str, int]] = []

    class Recorder(Check):
        name = "recorder"
        weight = 0.0

        def prepare(self, docs, context):
            calls.append(("prepare", len(docs)))

        def run(self, doc, context):
            calls.append(("run", 1))
            return None

    class BrokenPrepare(Recorder):
        name = "broken"

        def prepare(self, docs, context):
            raise RuntimeError("a bug in a batch step")

    guard = Guard(checks=[Recorder(), BrokenPrepare()])
    with pytest.warns(RuntimeWarning, match="broken"):
        verdicts = guard.check_many(["one comment", "another", "a third"])
    assert len(verdicts) == 3  # a failing prepare loses no comment
    assert calls[0] == ("prepare", 3)
    assert calls.count(("prepare", 3)) == 1 and calls.count(("run", 1)) == 6
