from helpers import run

from commentguard.checks.links import LinksCheck

CHECK = LinksCheck()


def test_commercial_link_under_unrelated_post_is_off_topic():
    s = run(
        CHECK, 'Nice! <a href="http://best-online-casino.example/bonus">online casino bonus</a>'
    )
    assert s is not None and "off_topic" in s.flags and s.score >= 1.5
    assert "casino" in " ".join(s.evidence)


def test_many_links_are_link_heavy():
    text = " ".join(f"http://site{i}.example/page" for i in range(6))
    s = run(CHECK, text)
    assert s is not None and "link_heavy" in s.flags


def test_shortener_ip_punycode_and_redirect_are_named():
    s = run(
        CHECK,
        "see http://bit.ly/x and http://203.0.113.9/a and http://xn--80ak6aa92e.example and http://r.example/?u=http://spam.example",
    )
    assert s is not None
    for word in ("shortener", "IP", "punycode", "redirect"):
        assert word in s.message


def test_reference_and_own_site_links_reassure():
    s = run(
        CHECK,
        "See https://en.wikipedia.org/wiki/Tomato and your older post https://mygarden.example/2025/06/staking/",
    )
    assert s is not None and s.score < 0 and not s.flags


def test_personal_blog_in_author_url_is_normal():
    s = run(CHECK, "I tried two leaders too.", author="Mia", author_url="https://mia.wordpress.com")
    assert s is not None and s.score < 0


def test_keyword_author_name_with_commercial_url():
    s = run(
        CHECK,
        "Great article.",
        author="Cheap Jerseys",
        author_url="http://jerseys-wholesale.example",
    )
    assert s is not None and s.score >= 1.0 and "author name" in s.message
