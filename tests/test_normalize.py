from hypothesis import given, settings
from hypothesis import strategies as st

import commentguard.normalize as normalize_module
from commentguard import Comment, Post
from commentguard.normalize import MAX_ANALYSIS_CHARS, domain_of, fold, normalize, tokenize


def doc(text, **kw):
    return normalize(Comment(content=text, **kw))


def test_html_is_stripped_and_links_kept_with_anchor():
    d = doc(
        'Nice <b>post</b>! <a href="http://pills.example/buy">cheap pills</a><script>alert(1)</script>'
    )
    assert "<" not in d.text and "alert" not in d.text
    assert d.links[0].domain == "pills.example" and d.links[0].anchor == "cheap pills"


def test_zero_width_and_homoglyphs_are_folded():
    d = doc("c\u0430s\u200bino")  # Cyrillic a, zero-width space
    assert "casino" in d.folded
    assert {"homoglyphs", "invisible_characters"} <= d.obfuscations


def test_real_cyrillic_words_are_left_alone():
    d = doc("Спасибо за статью")
    assert d.text == "Спасибо за статью" and "homoglyphs" not in d.obfuscations


def test_leetspeak_and_spaced_letters():
    assert fold("buy v1agra at the c a s i n o")[0] == "buy viagra at the casino"
    assert (
        fold("python3 and mp3 on 4th street at 10am")[0] == "python3 and mp3 on 4th street at 10am"
    )


def test_url_obfuscations_are_found_as_links():
    d = doc("visit hxxp://spam[.]example now or cheap-meds dot com")
    domains = {link.domain for link in d.links}
    assert "spam.example" in domains and "cheap-meds.com" in domains


def test_author_url_and_author_name_links():
    d = doc("hello", author="best-loans.com", author_url="https://www.Loans.example/x")
    where = {(link.where, link.domain) for link in d.links}
    assert ("author_url", "loans.example") in where and ("author", "best-loans.com") in where


def test_cjk_is_tokenised_per_character():
    assert tokenize("写得很好 thanks") == ("写", "得", "很", "好", "thanks")


def test_long_input_is_truncated_and_says_so():
    d = doc("word " * (MAX_ANALYSIS_CHARS // 2))
    assert d.truncated and len(d.text) <= MAX_ANALYSIS_CHARS


def test_post_context_tokens():
    d = normalize(
        Comment(content="x"),
        Post(title="Tomato pruning", text="<p>Prune tomatoes</p>", url="https://g.example/a"),
    )
    assert "pruning" in d.post.tokens and d.post.domain == "g.example"


def test_domain_of_handles_junk():
    assert domain_of("http://[::1") == ""
    assert domain_of("WWW.Example.COM/path") == "example.com"


@settings(max_examples=150, deadline=None)
@given(st.from_regex(normalize_module._URL_RE))
def test_the_cheap_url_test_never_misses_a_url(text):
    assert normalize_module.may_contain_url(text)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_every_obfuscation_match_contains_one_of_its_substrings(data):
    for pattern, _repl, needs in normalize_module._URL_OBFUSCATIONS:
        text = data.draw(st.from_regex(pattern))
        assert any(n in text for n in needs), (pattern.pattern, text)


def test_urls_are_still_found_and_stripped():
    text = "see www.example.org/a and pills-shop.com, not e.g. this. Or hxxp://x.example.net"
    assert normalize_module.find_urls(normalize_module.deobfuscate_urls(text)) == [
        "www.example.org/a",
        "pills-shop.com",
        "http://x.example.net",
    ]
    assert "example" not in normalize_module.strip_urls(text.replace("hxxp", "http"))
    assert normalize_module.strip_urls("no links here. none at all") == "no links here. none at all"
