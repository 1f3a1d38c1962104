"""Tests for the synthetic spam generator (datasets/generator/spam.py)."""

import importlib.util
import random
import re
import zlib
from collections import Counter
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "datasets" / "generator" / "spam.py"


def _load():
    # Load by path: "datasets" could clash with an installed package of that name.
    spec = importlib.util.spec_from_file_location("commentguard_spam_generator", _PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


spam = _load()

KEYS = ("content", "author", "author_email", "author_url", "family", "lang")


def dummy_post(i=0, lang="en"):
    return {
        "id": i,
        "topic": "gardening",
        "lang": lang,
        "title": "Growing tomatoes on a small balcony, part %d" % i,
        "text": ["Tomatoes need sun.", "Water them in the morning."],
        "url": "https://example.org/blog/tomatoes-%d" % i,
        "keywords": ["tomatoes", "balcony garden", "compost", "watering"],
    }


def draw(seed, n=400, lang="en"):
    rng = random.Random(seed)
    out = []
    for i in range(n // 4):
        out.extend(spam.generate_spam(dummy_post(i, lang), rng, 4))
    return out


def test_families_weights():
    assert len(spam.FAMILIES) == 18
    assert abs(sum(spam.FAMILIES.values()) - 1.0) < 1e-9
    assert (
        spam.FAMILIES["generic_praise"]
        >= max(v for k, v in spam.FAMILIES.items() if k != "generic_praise") - 0.011
    )
    assert set(spam.FAMILIES) == set(spam.FAMILY_FUNCS)


def test_deterministic():
    a = spam.generate_spam(dummy_post(), random.Random(123), 200)
    b = spam.generate_spam(dummy_post(), random.Random(123), 200)
    assert a == b
    c = spam.generate_spam(dummy_post(), random.Random(124), 200)
    assert a != c


def test_does_not_touch_global_random():
    random.seed(99)
    expected = random.random()
    random.seed(99)
    spam.generate_spam(dummy_post(), random.Random(5), 100)
    assert random.random() == expected


def test_count_and_keys():
    out = spam.generate_spam(dummy_post(), random.Random(1), 37)
    assert len(out) == 37
    assert spam.generate_spam(dummy_post(), random.Random(1), 0) == []
    for d in draw(2, 600) + draw(3, 400, lang="zh"):
        assert set(d) == set(KEYS)
        for k in KEYS:
            assert isinstance(d[k], str), k
        assert d["content"].strip()
        assert d["author"].strip()
        assert d["family"] in spam.FAMILIES
        assert d["lang"]


def test_every_family_produced():
    counts = Counter(d["family"] for d in draw(4, 800))
    assert set(counts) == set(spam.FAMILIES), set(spam.FAMILIES) - set(counts)


@pytest.mark.parametrize("family", sorted(spam.FAMILIES))
def test_each_family_function(family):
    rng = random.Random(zlib.crc32(family.encode()))
    for i in range(60):
        d = spam._one(dummy_post(i), rng, family)
        assert d["family"] == family
        assert d["content"].strip()


def test_spintax_braces_only_in_leak():
    for d in draw(5, 2000) + draw(6, 800, lang="fr"):
        has_braces = "{" in d["content"] or "}" in d["content"]
        if d["family"] == "spintax_leak":
            assert "{" in d["content"], d["content"]
        else:
            assert not has_braces, (d["family"], d["content"])
        assert "⟨" not in d["content"] and "⟩" not in d["content"], d["content"]


def test_generic_praise_distinct():
    rng = random.Random(7)
    contents = [
        spam._one(dummy_post(i % 50), rng, "generic_praise")["content"] for i in range(2000)
    ]
    assert len(set(contents)) / len(contents) >= 0.9


def test_overall_distinct():
    contents = [d["content"] for d in draw(8, 2000)]
    assert len(set(contents)) / len(contents) >= 0.95


def test_generic_praise_mostly_link_free():
    rng = random.Random(9)
    outs = [spam._one(dummy_post(i), rng, "generic_praise") for i in range(500)]
    linked = sum(1 for d in outs if re.search(r"https?://|<a ", d["content"]))
    assert linked / len(outs) < 0.05
    with_url = sum(1 for d in outs if d["author_url"])
    assert 0.1 < with_url / len(outs) < 0.5


def test_author_url_share():
    out = draw(10, 2000)
    share = sum(1 for d in out if d["author_url"]) / len(out)
    assert 0.5 < share < 0.75


def test_commercial_families_carry_a_link_or_contact():
    rng = random.Random(11)
    for family in (
        "pharma",
        "casino",
        "finance",
        "seo_webdesign",
        "counterfeit",
        "keyword_stuffing",
        "on_topic_link",
    ):
        hits = 0
        for i in range(100):
            d = spam._one(dummy_post(i), rng, family)
            text = d["content"] + " " + d["author_url"]
            if re.search(r"https?://|www\.|\.\w{2,6}\b|@|\+\d|\d{3}", text):
                hits += 1
        assert hits >= 90, family


def test_on_topic_uses_post_keywords():
    rng = random.Random(12)
    post = dummy_post()
    outs = [spam._one(post, rng, "on_topic_link")["content"] for _ in range(200)]
    kw_hits = sum(1 for c in outs if any(k in c for k in post["keywords"]) or post["title"] in c)
    assert kw_hits / len(outs) > 0.6


def test_non_english_posts_get_some_local_spam():
    out = draw(13, 2000, lang="de")
    non_en = sum(1 for d in out if d["lang"] != "en") / len(out)
    assert 0.15 < non_en < 0.5
    assert any(d["lang"] == "de" for d in out)


def test_foreign_family_is_not_english():
    rng = random.Random(14)
    langs = Counter(spam._one(dummy_post(i), rng, "foreign")["lang"] for i in range(300))
    assert "en" not in langs
    assert len(langs) >= 8
    assert {"zh", "ru", "id"} <= set(langs)


def test_obfuscated_is_obfuscated():
    rng = random.Random(15)
    marks = re.compile(
        r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]|&#x?\w+;|hxxp|\[\.\]|\bdot\b|\(\.\)|[а-яΑ-ω]|\w[\d@$!*]\w|(?:\w[ .\-_*]){3,}\w"
    )
    outs = [spam._one(dummy_post(i), rng, "obfuscated")["content"] for i in range(300)]
    assert sum(1 for c in outs if marks.search(c)) / len(outs) > 0.9


def test_length_variety():
    words = [len(d["content"].split()) for d in draw(16, 2000)]
    assert min(words) <= 4
    assert max(words) >= 150


def test_missing_keywords_and_odd_fields():
    post = {
        "id": 1,
        "topic": "",
        "lang": "xx",
        "title": "A {weird} | title",
        "text": [],
        "url": "",
        "keywords": [],
    }
    out = spam.generate_spam(post, random.Random(17), 300)
    for d in out:
        if d["family"] != "spintax_leak":
            assert "{" not in d["content"] and "}" not in d["content"]


def test_spin_engine():
    rng = random.Random(0)
    seen = {spam.spin("{a|b|{c|d}} x", rng) for _ in range(200)}
    assert seen == {"a x", "b x", "c x", "d x"}
    assert spam.spin("plain | text }", rng) == "plain | text }"
    leaked = spam.spin("{a|b} and {c|d}", rng, leak=1.0)
    assert leaked == "{a|b} and {c|d}"


def test_templates_per_family():
    assert len(spam.GENERIC_PRAISE) >= 30
    for family, bank in spam.FAMILY_TEMPLATES.items():
        assert len(bank) >= 5, family
