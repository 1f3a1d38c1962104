"""Duplicates and campaigns, in a thread, in the history and across posts.

The spun sentences below were written for these tests in the style of comment-spinning
software (synonyms swapped every few words); they are not taken from any corpus.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentguard.checks import REGISTRY, default_checks
from commentguard.checks.base import Context
from commentguard.checks.duplicates import (
    MIN_TOKENS_NEAR,
    THRESHOLD,
    CampaignCheck,
    DuplicatesCheck,
    analyse,
    fingerprint,
    shingles,
)
from commentguard.combine import Combiner
from commentguard.history import History
from commentguard.normalize import normalize
from commentguard.types import Comment, Post, Signal

SPUN = [
    (
        "Does your website have a contact page? I'm having trouble locating it but I would "
        "like to send you an email about a few ideas for your blog.",
        "Does your blog have a contact page? I'm having a tough time locating it but I would "
        "like to send you an e-mail about some ideas for your site.",
    ),
    (
        "Excellent write-up! I shared it with my colleagues because we were arguing about "
        "this very question at the office last week, keep them coming.",
        "Great write-up! I shared it with my coworkers because we were debating this very "
        "question at the office last week, keep them coming.",
    ),
]
SINCERE = [
    "I tried repotting my tomato seedlings after two weeks like you suggested and the roots "
    "had already filled the little cups, so the timing was right.",
    "My tomato seedlings got leggy on the windowsill this spring; next year I will put a "
    "cheap grow light above them instead of relying on the sun.",
    "Is it safe to use coffee grounds around blueberries? A neighbour told me they make the "
    "soil too acidic but your article seems to say the opposite.",
    "We planted blueberries three years ago and they only started fruiting this summer, so "
    "do not give up if the first harvests are small.",
]
CAMPAIGN = (
    "Wonderful article, I learned so much from it! If anyone needs help with their essays "
    "our team writes them quickly and cheaply, just search for our service online."
)
CHECKS = (DuplicatesCheck(), CampaignCheck())


def _c(content: str, id: str, *, post: str = "p1", author: str = "") -> Comment:
    return Comment(content=content, id=id, post_id=post, author=author or f"reader {id}")


def run_thread(
    comments: Sequence[Comment], *, history: History | None = None, post: Post | None = None
) -> list[list[Signal]]:
    """What Guard.check_many does for these two checks: one Context for the whole batch."""
    context = Context(history=history)
    out = []
    for comment in comments:
        doc = normalize(comment, post)
        out.append([s for chk in CHECKS if (s := chk.run(doc, context)) is not None])
    return out


def flags(signals: list[Signal]) -> set[str]:
    return set().union(*(s.flags for s in signals)) if signals else set()


def by_check(signals: list[Signal], name: str) -> Signal | None:
    return next((s for s in signals if s.check == name), None)


# -- registration and weights ----------------------------------------------------------------
def test_registered_with_weights() -> None:
    default_checks()
    assert REGISTRY["duplicates"] is DuplicatesCheck
    assert REGISTRY["campaign"] is CampaignCheck
    assert DuplicatesCheck.weight == 0.0
    assert CampaignCheck.weight > 2.0


# -- within a thread ------------------------------------------------------------------------
def test_exact_duplicate_in_thread() -> None:
    text = SINCERE[0]
    first, second = run_thread([_c(text, "e02", author="April"), _c(text, "e03", author="April")])
    assert first == []  # the first copy is never flagged
    dup = by_check(second, "duplicates")
    assert dup is not None
    assert dup.flags == {"duplicate"}
    assert dup.score == 0.0
    assert "e02" in dup.message and "earlier in this thread" in dup.message
    assert dup.evidence == ("e02",)
    assert by_check(second, "campaign") is None


def test_exact_duplicate_ignores_case_punctuation_and_markup() -> None:
    a = SINCERE[2]
    b = "<p>" + a.upper().replace(",", "").replace("?", " ?!") + "</p>"
    _, second = run_thread([_c(a, "1"), _c(b, "2")])
    assert flags(second) == {"duplicate"}


@pytest.mark.parametrize("pair", SPUN, ids=["contact-page", "write-up"])
def test_spun_near_duplicate_in_thread(pair: tuple[str, str]) -> None:
    first, second = run_thread([_c(pair[0], "s1"), _c(pair[1], "s2")])
    assert first == []
    dup = by_check(second, "duplicates")
    assert dup is not None and dup.flags == {"near_duplicate"}
    assert "s1" in dup.message and "similar" in dup.message
    assert dup.evidence == ("s1",)


def test_spun_pairs_are_similar_and_sincere_ones_are_not() -> None:
    """The set similarity behind the MinHash estimate, measured exactly."""

    def jaccard(a: str, b: str) -> float:
        x, y = shingles(normalize(Comment(content=a))), shingles(normalize(Comment(content=b)))
        return len(x & y) / len(x | y)

    for a, b in SPUN:
        assert jaccard(a, b) >= THRESHOLD + 0.1
    for i, a in enumerate(SINCERE):
        for b in SINCERE[i + 1 :]:
            assert jaccard(a, b) < THRESHOLD / 2


def test_three_word_shingles_would_miss_spinning() -> None:
    """Why words and word pairs: the spun pair shares few 3-word shingles."""
    a, b = (normalize(Comment(content=t)).tokens for t in SPUN[0])
    tri_a = {a[i : i + 3] for i in range(len(a) - 2)}
    tri_b = {b[i : i + 3] for i in range(len(b) - 2)}
    assert len(tri_a & tri_b) / len(tri_a | tri_b) < THRESHOLD


def test_different_sincere_comments_are_not_flagged() -> None:
    results = run_thread([_c(t, f"s{i}") for i, t in enumerate(SINCERE)])
    assert results == [[] for _ in SINCERE]


def test_thanks_from_different_readers_is_not_flagged() -> None:
    comments = [
        _c(t, f"t{i}", author=f"reader {i}")
        for i, t in enumerate(
            ["Thanks!", "Thanks!", "Great post!", "great post", "Thanks!", "Thank you so much!!"]
        )
    ]
    assert run_thread(comments) == [[] for _ in comments]


def test_short_repeat_by_the_same_author_on_the_same_post_is_flagged() -> None:
    results = run_thread(
        [
            _c("Thanks so much!", "a", author="Kim"),
            _c("Thanks so much!", "b", author="Kim", post="p2"),  # another post: fine
            _c("thanks, so much", "c", author="Kim"),
        ]
    )
    assert results[0] == [] and results[1] == []
    assert flags(results[2]) == {"duplicate"}


def test_short_comments_are_never_near_duplicates() -> None:
    a = "Great post, really helpful, thank you for sharing it"  # 9 words
    b = "Great post, very helpful, thanks for sharing it"
    assert fingerprint(normalize(Comment(content=a))).minhash is None
    assert run_thread([_c(a, "1"), _c(b, "2")]) == [[], []]


def test_exact_copies_from_other_readers_count_from_ten_words() -> None:
    nine = "I love this song so much, makes me dance"
    ten = "I printed this out and pinned it above my desk"
    assert len(normalize(Comment(content=nine)).tokens) == MIN_TOKENS_NEAR - 1
    assert len(normalize(Comment(content=ten)).tokens) == MIN_TOKENS_NEAR
    assert run_thread([_c(nine, "1", author="A"), _c(nine, "2", author="B")]) == [[], []]
    _, same = run_thread([_c(nine, "1", author="A"), _c(nine, "2", author="a ")])
    assert flags(same) == {"duplicate"}  # names compared case- and space-insensitively
    _, second = run_thread([_c(ten, "1", author="A"), _c(ten, "2", author="B")])
    assert flags(second) == {"duplicate"}


def test_without_post_ids_a_batch_is_one_thread() -> None:
    context = Context()
    docs = [normalize(Comment(content=SINCERE[1])), normalize(Comment(content=SINCERE[1]))]
    assert DuplicatesCheck().run(docs[0], context) is None
    signal = DuplicatesCheck().run(docs[1], context)
    assert signal is not None and signal.flags == {"duplicate"}
    assert "#1" in signal.message and signal.evidence == ("#1",)


def test_post_object_gives_the_thread() -> None:
    post_a, post_b = Post(id="A", title="Tomatoes"), Post(id="B", title="Berries")
    context = Context()
    text = SINCERE[3]
    for post, expect in ((post_a, None), (post_b, None), (post_a, {"duplicate"})):
        doc = normalize(Comment(content=text, author="Jo"), post)
        s = DuplicatesCheck().run(doc, context)
        if expect is None:
            assert s is None or not s.flags
        else:
            assert s is not None and s.flags == expect


def test_checks_share_one_analysis_in_any_order() -> None:
    context = Context()
    doc1 = normalize(_c(CAMPAIGN, "1"))
    doc2 = normalize(_c(CAMPAIGN, "2"))
    for doc in (doc1, doc2):
        CampaignCheck().run(doc, context)  # campaign first this time
        DuplicatesCheck().run(doc, context)
    assert analyse(doc2, context) is analyse(doc2, context)
    assert [o.label for o in analyse(doc2, context).same_post] == ["1"]


def test_long_thread_uses_lsh_and_still_finds_copies() -> None:
    filler = [
        f"Comment number {i} talks about the {w} harvest and how the {w} plants grew this year"
        for i, w in enumerate(["apple", "pear", "plum", "fig", "kiwi", "lime"] * 5)
    ]
    comments = [_c(SPUN[1][0], "first")] + [_c(t, f"f{i}") for i, t in enumerate(filler)]
    comments.append(_c(SPUN[1][1], "last"))
    results = run_thread(comments)
    assert results[0] == []
    assert flags(results[-1]) == {"near_duplicate"}
    assert by_check(results[-1], "duplicates").evidence[0] == "first"  # type: ignore[union-attr]


def test_empty_and_emoji_comments_are_ignored() -> None:
    assert run_thread([_c("", "1"), _c("", "2"), _c("🙂🙂", "3"), _c("🙂🙂", "4")]) == [[]] * 4


def test_cjk_exact_copy_and_short_cjk() -> None:
    long_text = "这篇文章写得非常好，我按照你的步骤一步一步地操作，终于把服务器配置成功了，谢谢分享"
    _, second = run_thread([_c(long_text, "1", author="王"), _c(long_text, "2", author="李")])
    assert flags(second) == {"duplicate"}
    fp = fingerprint(normalize(Comment(content=long_text)))
    assert fp.minhash is not None  # long enough in CJK characters for near-duplicates
    short = [_c("谢谢分享", "1", author="王"), _c("谢谢分享", "2", author="李")]
    assert run_thread(short) == [[], []]


# -- campaigns ------------------------------------------------------------------------------
def test_campaign_across_three_posts() -> None:
    results = run_thread(
        [_c(CAMPAIGN, f"x{i}", post=f"post-{i}", author=f"Writer {i}") for i in range(4)]
    )
    assert results[0] == []
    # A second post: worth a note, not a campaign.
    note = by_check(results[1], "duplicates")
    assert note is not None and not note.flags and "another post" in note.message
    assert by_check(results[1], "campaign") is None
    third = by_check(results[2], "campaign")
    assert third is not None
    assert third.flags == {"campaign", "duplicate"}
    assert 0 < third.score <= 1
    assert set(third.evidence) == {"x0", "x1"}
    assert "2 other posts" in third.message
    fourth = by_check(results[3], "campaign")
    assert fourth is not None and fourth.score > third.score  # rises with the spread
    # And through the combiner it is spam evidence, while "duplicates" adds nothing.
    verdict = Combiner(weights={"campaign": CampaignCheck.weight, "duplicates": 0.0}).combine(
        0.3, results[3]
    )
    assert verdict.spam_probability > 0.5
    assert "campaign" in verdict.flags


def test_spun_campaign_across_posts() -> None:
    pair = SPUN[0]
    texts = [pair[0], pair[1], pair[0].replace("a few ideas", "some thoughts")]
    results = run_thread(
        [_c(t, f"s{i}", post=f"post-{i}", author=f"Name {i}") for i, t in enumerate(texts)]
    )
    campaign = by_check(results[2], "campaign")
    assert campaign is not None
    assert "campaign" in campaign.flags
    assert campaign.flags & {"near_duplicate", "duplicate"}


def test_anonymous_campaign_across_posts() -> None:
    comments = [Comment(content=CAMPAIGN, post_id=f"p{i}") for i in range(3)]
    results = run_thread(comments)
    assert by_check(results[2], "campaign") is not None


def test_same_author_on_many_posts_is_not_a_campaign() -> None:
    """A blog owner's boilerplate reply under every post."""
    text = "If you would like the full text of the paper, please leave a message below."
    results = run_thread([_c(text, f"o{i}", post=f"p{i}", author="Blog Owner") for i in range(5)])
    assert all(by_check(r, "campaign") is None for r in results)
    assert all("duplicate" not in flags(r) for r in results)


def test_many_authors_on_one_post_is_a_campaign() -> None:
    results = run_thread([_c(CAMPAIGN, f"y{i}", author=f"Bot {i}") for i in range(3)])
    assert flags(results[1]) == {"duplicate"}
    assert by_check(results[1], "campaign") is None
    assert by_check(results[2], "campaign") is not None


def test_anonymous_resubmission_on_one_post_is_not_a_campaign() -> None:
    results = run_thread([Comment(content=SINCERE[0], post_id="p") for _ in range(4)])
    assert all(by_check(r, "campaign") is None for r in results)
    assert all(flags(r) == {"duplicate"} for r in results[1:])


# -- with a history -------------------------------------------------------------------------
def test_history_finds_copies_from_earlier_calls_and_restarts(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with History(path) as h:
        run_thread([_c(SPUN[0][0], "old1", post="p1", author="Sam")], history=h)
    with History(path) as h:  # another process, another day
        (signals,) = run_thread([_c(SPUN[0][1], "new1", post="p1", author="Pat")], history=h)
        dup = by_check(signals, "duplicates")
        assert dup is not None and dup.flags == {"near_duplicate"}
        assert "old1" in dup.message and "already posted on this post" in dup.message
        (again,) = run_thread([_c(SPUN[0][0], "new2", post="p1", author="Lee")], history=h)
        assert "duplicate" in flags(again)
        assert h.count() == 3


def test_history_campaign_across_calls(tmp_path: Path) -> None:
    with History(tmp_path / "h.db") as h:
        for i in range(2):
            run_thread([_c(CAMPAIGN, f"h{i}", post=f"post-{i}", author=f"W{i}")], history=h)
        (signals,) = run_thread([_c(CAMPAIGN, "h2", post="post-2", author="W2")], history=h)
        campaign = by_check(signals, "campaign")
        assert campaign is not None and campaign.score > 0
        assert set(campaign.evidence) == {"h0", "h1"}


def test_rechecking_the_same_comment_is_not_a_duplicate(tmp_path: Path) -> None:
    with History(tmp_path / "h.db") as h:
        comment = _c(SINCERE[1], "same-id")
        assert run_thread([comment], history=h) == [[]]
        assert run_thread([comment], history=h) == [[]]
        assert h.count() == 1


def test_thread_and_history_do_not_double_count(tmp_path: Path) -> None:
    with History(tmp_path / "h.db") as h:
        results = run_thread(
            [_c(CAMPAIGN, "a", author="A"), _c(CAMPAIGN, "b", author="B")], history=h
        )
        dup = by_check(results[1], "duplicates")
        assert dup is not None and dup.evidence == ("a",)
        assert "comment a earlier in this thread" in dup.message
        assert by_check(results[1], "campaign") is None  # two authors on one post


def test_corrupt_history_degrades_to_thread_only(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    junk = b"\x00garbage that is not SQLite" * 100
    path.write_bytes(junk)
    h = History(path)
    with pytest.warns(RuntimeWarning, match="cannot be used"):
        results = run_thread([_c(SINCERE[0], "1"), _c(SINCERE[0], "2")], history=h)
    assert results[0] == []
    assert flags(results[1]) == {"duplicate"}  # the thread still works
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # warned once, then quiet
        run_thread([_c(SINCERE[0], "3")], history=h)
    assert not h.available
    assert path.read_bytes() == junk


def test_read_only_history_degrades_without_raising(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    with History(path) as h:
        run_thread([_c(CAMPAIGN, "a")], history=h)
    ro = History(f"file:{path}?mode=ro")
    with pytest.warns(RuntimeWarning):
        results = run_thread([_c(CAMPAIGN, "b"), _c(CAMPAIGN, "c")], history=ro)
    assert flags(results[1]) == {"duplicate"}
    ro.close()


# -- properties -----------------------------------------------------------------------------
_words = st.sampled_from(
    "the a tomato seed blog post great thanks i you we garden water sun rain soil grow "
    "light leaf root pot spring summer week year good bad very really".split()
)
_texts = st.lists(_words, min_size=0, max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_texts, st.integers(0, 2), st.integers(0, 3)), min_size=1, max_size=8))
def test_first_comment_is_never_flagged_and_nothing_raises(
    items: list[tuple[str, int, int]],
) -> None:
    comments = [
        Comment(content=t, id=str(i), post_id=f"p{p}", author=f"u{a}")
        for i, (t, p, a) in enumerate(items)
    ]
    results = run_thread(comments)
    assert results[0] == []
    for signals in results:
        for s in signals:
            assert 0.0 <= s.score <= 1.0
            assert s.check in {"duplicates", "campaign"}
            if s.check == "duplicates":
                assert s.score == 0.0


def test_a_flood_of_one_text_keeps_each_lookup_bounded_and_says_so():
    from commentguard.checks.duplicates import THREAD_LIMIT

    context = Context()
    comments = [_c(CAMPAIGN, f"f{i}", post=f"p{i % 7}", author=f"bot {i}") for i in range(300)]
    last = None
    for comment in comments:
        doc = normalize(comment)
        signals = [s for chk in CHECKS if (s := chk.run(doc, context)) is not None]
        last = analyse(doc, context)
    assert last is not None and len(last.spread) == THREAD_LIMIT
    assert [o.label for o in last.spread] == [f"f{i}" for i in range(THREAD_LIMIT)]
    campaign = next(s for s in signals if s.check == "campaign")
    assert f"{THREAD_LIMIT} or more earlier comments" in campaign.message
    assert "on at least 6 other posts by at least" in campaign.message


def test_a_double_submission_is_found_behind_hundreds_of_the_same_short_text():
    text = "Thanks, great post!"
    comments = [_c(text, f"t{i}", author=f"reader {i}") for i in range(120)]
    comments.append(_c(text, "again", author="reader 100"))  # reader 100 submits twice
    out = run_thread(comments)
    assert all(not flags(s) for s in out[:120])  # short and from different readers
    assert "duplicate" in flags(out[120])


def _random_thread(n: int, seed: int = 7) -> list[Comment]:
    """n long comments of random words, with every fifth one a lightly edited copy of an
    earlier one (one word changed) and every seventh an exact copy by another reader."""
    import random

    rng = random.Random(seed)
    words = [f"w{k}x" for k in range(400)]
    texts: list[str] = []
    for i in range(n):
        if i >= 10 and i % 5 == 0:
            base = texts[rng.randrange(i)].split()
            base[rng.randrange(len(base))] = rng.choice(words)
            texts.append(" ".join(base))
        elif i >= 10 and i % 7 == 0:
            texts.append(texts[rng.randrange(i)])
        else:
            texts.append(" ".join(rng.choice(words) for _ in range(18)))
    return [_c(t, f"r{i}", post=f"p{i % 3}") for i, t in enumerate(texts)]


def test_preparing_a_long_thread_finds_what_checking_one_by_one_finds():
    from commentguard.checks.duplicates import LSH_FROM, prepare

    comments = _random_thread(4 * LSH_FROM)  # long enough for the LSH path
    docs = [normalize(c) for c in comments]
    one_by_one, batched = Context(), Context()
    prepare(docs, batched)
    prepare(docs, batched)  # a second check preparing the same batch adds nothing
    for doc in docs:
        a, b = analyse(doc, one_by_one), analyse(doc, batched)
        assert [o.label for o in a.spread] == [o.label for o in b.spread], doc.comment.id
        assert [o.label for o in a.same_post] == [o.label for o in b.same_post]
    found = sum(1 for d in docs if analyse(d, batched).spread)
    assert found >= 4 * LSH_FROM // 5  # the copies (a fifth and a seventh) were found
