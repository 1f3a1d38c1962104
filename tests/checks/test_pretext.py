import pytest
from helpers import run
from hypothesis import given, settings
from hypothesis import strategies as st

from commentguard import Post
from commentguard.checks.pretext import PretextCheck

CHECK = PretextCheck()


@pytest.mark.parametrize(
    "text,name",
    [
        ("Just a heads up, your RSS feed is not working for me, my reader shows nothing.", "RSS"),
        (
            "Each time someone comments I receive three emails with the same comment. Is there a way to remove me from that service?",
            "notify",
        ),
        (
            "Do you have a spam problem on this blog? I'm a blogger too and wondered about your situation.",
            "spam problem",
        ),
        ("Which theme are you using? Is this a paid theme or did you customise it?", "theme"),
        (
            "Have you ever considered translating your blog into Spanish? I know a few translators who could help.",
            "translation",
        ),
    ],
)
def test_classic_pretexts(text, name):
    s = run(CHECK, text)
    assert s is not None and "pretext" in s.flags and s.score >= 0.8


def test_a_question_about_the_post_is_not_a_pretext():
    assert run(CHECK, "Which variety would you plant in a cold spring?") is None


def test_pretext_words_on_a_post_about_them_are_discounted():
    post = Post(
        title="Fixing my RSS feed after the theme update", text="The rss feed and theme broke."
    )
    s = run(CHECK, "Your RSS feed is not working in Feedly either.", post=post)
    assert s is not None and not s.flags and s.score < 0.5


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_every_pattern_match_contains_one_of_its_prefilter_words(data):
    from commentguard.checks.pretext import _PRETEXTS

    for name, keys, pattern in _PRETEXTS:
        text = data.draw(st.from_regex(pattern), label=name)
        assert any(k in text for k in keys), (name, text)
