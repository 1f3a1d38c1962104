from helpers import run

from commentguard import Post
from commentguard.checks.offtopic import OffTopicCheck

CHECK = OffTopicCheck()


def test_commercial_words_absent_from_post_are_off_topic():
    s = run(
        CHECK, "A topic about casino and betting agencies is worth a comment, write more about it."
    )
    assert s is not None and "off_topic" in s.flags
    assert "casino" in s.evidence and "gambling" in s.message


def test_same_words_on_a_post_about_them_are_on_topic():
    post = Post(
        title="Why I stopped betting", text="Online casino ads and betting apps target young men."
    )
    s = run(CHECK, "The casino ads are everywhere, agreed.", post=post)
    assert s is not None and s.score < 0 and not s.flags


def test_short_comment_is_never_judged_on_overlap():
    assert run(CHECK, "So true!") is None


def test_long_unrelated_comment_shares_no_words():
    text = (
        "When refinishing hardwood floors always sand along the grain, vacuum every layer of "
        "dust thoroughly, apply thin coats of polyurethane finish, wait overnight between coats, "
        "ventilate bedrooms properly and protect furniture legs afterwards with felt pads please"
    )
    s = run(CHECK, text)
    assert s is not None and "shares" in s.message


def test_sharing_the_posts_subject_is_evidence_of_ham():
    s = run(CHECK, "Did the Brandywines need more water once you pruned the suckers?")
    assert s is not None and s.score < 0 and "brandywines" in s.evidence


def test_generic_words_do_not_count_as_on_topic():
    s = run(CHECK, "Great post, thanks for the information on this blog.")
    assert s is None
