"""The acceptance case: the Egypt post and its comments, checked as one thread.

Reads the seed documents and the labelled thread from ../shared (skips without it);
none of their text is in this repository.
"""

from __future__ import annotations

import json
import re

import pytest

from commentguard import Comment, Post


def read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _post_from_seed(path) -> Post:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    # The post ends where the comment section starts ("46 comments", "Leave a comment").
    end = next(
        (
            i
            for i, line in enumerate(lines)
            if re.match(r"^\s*(\d+ comments|Leave a comment)\s*$", line)
        ),
        len(lines),
    )
    title = next(line for line in lines if line.strip() and not line.startswith("Posted by"))
    return Post(title=title.strip(), text="\n".join(lines[:end]))


@pytest.fixture(scope="module")
def egypt(shared_dir, guard):
    seeds = {p.name[:3]: p for p in (shared_dir / "seeds").glob("*.txt")}
    rows = read_jsonl(shared_dir / "corpora" / "egypt" / "comments.jsonl")
    posts = {"001": _post_from_seed(seeds["001"]), "004": _post_from_seed(seeds["004"])}
    thread = [r for r in rows if r["post_id"] == "001"]
    verdicts = guard.check_many(
        [
            Comment(
                content=r["content"], author=r["author"], author_url=r["author_url"], id=r["id"]
            )
            for r in thread
        ],
        post=posts["001"],
    )
    other = [r for r in rows if r["post_id"] == "004"]
    other_verdicts = [
        guard.check(Comment(content=r["content"], id=r["id"]), post=posts["004"]) for r in other
    ]
    return {r["id"]: (r, v) for r, v in zip(thread + other, verdicts + other_verdicts)}


def test_spam_is_caught(egypt):
    spam = [v for r, v in egypt.values() if r["label"] == "spam"]
    assert len(spam) == 15
    missed = [v.comment_id for v in spam if v.label == "ham"]
    unsure = [v.comment_id for v in spam if v.label == "unsure"]
    assert not missed, f"spam labelled ham: {missed}"
    assert len(unsure) <= 2, f"too many spam comments only unsure: {unsure}"


def test_sincere_replies_are_ham(egypt):
    for r, v in egypt.values():
        if r["label"] == "ham":
            assert v.label == "ham", f"{r['id']} is a sincere reply, got {v.label}: {v.explain()}"


def test_repeated_reply_is_flagged_duplicate_not_spam(egypt):
    dups = [(r, v) for r, v in egypt.values() if r["label"] == "duplicate"]
    assert dups
    for r, v in dups:
        assert "duplicate" in v.flags and v.label != "spam" and v.action == "hold"


def test_every_spam_comment_has_a_recognisable_reason(egypt):
    for r, v in egypt.values():
        if r["label"] == "spam":
            checks = {
                reason.check
                for reason in v.reasons
                if reason.weight > 0 and reason.check != "model"
            }
            assert v.flags or checks, f"{r['id']}: no flag or check reason, only the model"
