from helpers import run

from commentguard.checks.praise import GenericPraiseCheck

CHECK = GenericPraiseCheck()

SPUN = (
    "Howdy! I'm pretty sure I visited this site before, but after browsing a few of the "
    "articles I saw it's new to me. Anyhow, I'm definitely happy I stumbled upon it and I'll "
    "be bookmarking it and checking back often. Great information, keep up the good work!"
)


def test_spun_praise_without_post_words_is_flagged():
    s = run(CHECK, SPUN)
    assert s is not None and "generic_praise" in s.flags and s.score >= 0.6
    assert any("bookmark" in e for e in s.evidence)


def test_specific_thanks_is_not_flagged():
    s = run(
        CHECK,
        "Great post! Leaving two leaders on the San Marzano plants doubled my fruit too, thanks.",
    )
    assert s is None or "generic_praise" not in s.flags


def test_short_thanks_is_weak_evidence_at_most():
    s = run(CHECK, "Great post, thanks!")
    assert s is None or (s.score < 0.35 and not s.flags)


def test_spintax_leftovers_are_a_bot_fingerprint():
    s = run(CHECK, "{Hi|Hello|Hey} there, {great|awesome} post about tomatoes")
    assert s is not None and "spintax" in s.flags and s.score > 1


def test_without_post_praise_is_discounted():
    with_post = run(CHECK, SPUN)
    without = run(CHECK, SPUN, post=None)
    assert without is not None and without.score < with_post.score
