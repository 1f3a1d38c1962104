"""Tests for datasets/generator/ham.py (synthetic hard-ham comments)."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

_HAM_PATH = Path(__file__).resolve().parents[2] / "datasets" / "generator" / "ham.py"
_spec = importlib.util.spec_from_file_location("commentguard_datasets_ham", _HAM_PATH)
assert _spec is not None and _spec.loader is not None
ham = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = ham
_spec.loader.exec_module(ham)

REQUIRED_KEYS = {"content", "author", "author_email", "author_url", "kind", "lang"}
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
URL = re.compile(r"(https?://|doi\.org/)\S+")

POST_TECH = {
    "id": "t-001",
    "topic": "programming",
    "lang": "en",
    "title": "Why I stopped using global state in small Python scripts",
    "text": (
        "Global variables feel convenient when a script is small. Then the script grows, and suddenly "
        "every function depends on something defined three hundred lines away.\n\n"
        "I rewrote my backup tool last month. The new version passes a config object around explicitly, "
        "and testing became almost pleasant.\n\n"
        "Dependency injection sounds fancy, but in Python it mostly means passing arguments. Start with "
        "that, and only reach for a framework when it hurts."
    ),
    "url": "https://codewithmira.dev/2024/03/global-state-python/",
    "keywords": [
        "global state",
        "dependency injection",
        "config object",
        "unit tests",
        "refactoring",
        "Python scripts",
    ],
}
POST_COOKING = {
    "id": "c-001",
    "topic": "cooking",
    "lang": "en",
    "title": "A forgiving weeknight dal",
    "text": (
        "This dal is the dish I make when the fridge is empty and everyone is tired. Red lentils cook in "
        "about twenty minutes, which is the whole point.\n\n"
        "The tempering at the end matters more than anything else. Heat the ghee until the cumin seeds "
        "crackle, then pour it over the lentils while they are still hot.\n\n"
        "If you have no fresh tomatoes, a spoon of tomato paste works fine. Serve it with rice, flatbread, "
        "or just a spoon."
    ),
    "url": "https://saltandsaffron.blog/weeknight-dal/",
    "keywords": [
        "red lentils",
        "tempering",
        "cumin seeds",
        "ghee",
        "tomato paste",
        "weeknight dinner",
    ],
}
POST_GARDEN = {
    "id": "g-001",
    "topic": "gardening",
    "lang": "en",
    "title": "Starting tomatoes indoors in March",
    "text": (
        "Every year I promise myself I will start fewer tomato seedlings. Every year I end up with forty "
        "pots on the windowsill.\n\n"
        "The most common mistake is leggy seedlings, caused by too little light. A cheap shop light hung a "
        "few centimetres above the trays fixes most of it.\n\n"
        "Harden them off for a week before planting out. Skipping this step is how I lost half my plants "
        "two springs ago."
    ),
    "url": "https://muddyboots.example.org/2023/03/tomatoes-indoors/",
    "keywords": ["leggy seedlings", "hardening off", "grow lights", "seed trays", "potting mix"],
}
POST_ZH = {
    "id": "z-001",
    "topic": "travel",
    "lang": "zh",
    "title": "第一次一个人去云南",
    "text": (
        "出发之前我紧张了好几天，担心语言、担心安全，也担心自己会不会太孤单。\n\n"
        "到了大理之后，这些担心几乎都消失了。青旅里认识的朋友带我去了洱海边，我们骑车骑到天黑。\n\n"
        "如果你也想一个人旅行，我的建议是不要把行程排得太满。留一点空白，才会遇到意外的惊喜。"
    ),
    "url": "https://xiaolin.blog/2023/10/yunnan-solo/",
    "keywords": ["独自旅行", "大理", "洱海", "青旅", "行程安排", "高原反应"],
}
POST_ZH_HANT = {
    "id": "zt-001",
    "topic": "food",
    "lang": "zh-hant",
    "title": "阿嬤的菜脯蛋",
    "text": (
        "小時候每次放學回家，廚房裡都是菜脯蛋的香味。阿嬤總是說，菜脯要先泡水，不然會太鹹。\n\n"
        "蛋要打得很散，油要多一點，煎到邊緣酥脆才好吃。這是我後來自己試了好多次才明白的事情。"
    ),
    "url": "https://akai.tw/caipu-egg/",
    "keywords": ["菜脯蛋", "菜脯", "阿嬤", "煎蛋", "家常菜"],
}
POST_PT = {
    "id": "p-001",
    "topic": "personal finance",
    "lang": "pt",
    "title": "Como montei minha reserva de emergência",
    "text": (
        "Durante anos eu achei que guardar dinheiro era coisa de quem ganhava muito. Estava errada.\n\n"
        "Comecei separando um valor pequeno todo mês, assim que o salário caía na conta. Depois de um ano, "
        "tinha o equivalente a três meses de despesas.\n\n"
        "O segredo não foi ganhar mais, foi automatizar. Quando o dinheiro nem passa pela conta corrente, "
        "é muito mais fácil não gastar."
    ),
    "url": "https://cantinhodacarol.com.br/reserva-de-emergencia/",
    "keywords": ["reserva de emergência", "orçamento", "despesas fixas", "automatizar", "salário"],
}
POST_FR = {
    "id": "f-001",
    "topic": "books",
    "lang": "fr",
    "title": "Relire un classique à quarante ans",
    "text": (
        "J'ai relu ce livre pendant les vacances, presque par hasard. Il traînait sur une étagère chez "
        "mes parents.\n\n"
        "À dix ans, je trouvais le renard un peu ennuyeux. À quarante, c'est le passage que j'ai lu trois "
        "fois.\n\n"
        "On ne lit jamais deux fois le même livre, parce qu'on n'est jamais deux fois la même personne."
    ),
    "url": "https://lepetitcarnet.fr/relire-un-classique/",
    "keywords": ["relecture", "le renard", "enfance", "vacances", "étagère"],
}
POST_ES = {
    "id": "e-001",
    "topic": "fitness",
    "lang": "es",
    "title": "Empezar a correr después de los cuarenta",
    "text": (
        "Nunca fui deportista. A los cuarenta y dos años me compré unas zapatillas y salí a correr diez "
        "minutos.\n\n"
        "La primera semana me dolía todo. Alterné caminar y trotar, y poco a poco los minutos de trote "
        "fueron creciendo.\n\n"
        "No hace falta correr rápido. Lo importante es volver a salir al día siguiente."
    ),
    "url": "https://elrincondelucia.es/correr-cuarenta/",
    "keywords": ["correr", "zapatillas", "caminar y trotar", "constancia", "calentamiento"],
}
POST_DE = {
    "id": "d-001",
    "topic": "diy",
    "lang": "de",
    "title": "Unser Balkon-Hochbeet aus alten Paletten",
    "text": (
        "Im Frühjahr haben wir aus drei alten Paletten ein Hochbeet für den Balkon gebaut. Die Paletten "
        "hat uns ein Nachbar geschenkt.\n\n"
        "Wichtig ist eine Folie an den Innenseiten, sonst fault das Holz schnell. Wir haben Teichfolie "
        "genommen, die hält seit zwei Jahren.\n\n"
        "Das Beet ist nicht perfekt, aber die Tomaten waren die besten, die wir je hatten."
    ),
    "url": "https://janabloggt.de/balkon-hochbeet/",
    "keywords": ["Hochbeet", "Paletten", "Teichfolie", "Balkon", "Tomaten"],
}
ALL_POSTS = [
    POST_TECH,
    POST_COOKING,
    POST_GARDEN,
    POST_ZH,
    POST_ZH_HANT,
    POST_PT,
    POST_FR,
    POST_ES,
    POST_DE,
]
EN_POSTS = [POST_TECH, POST_COOKING, POST_GARDEN]


def _gen(post: dict, seed: int, n: int) -> list[dict]:
    return ham.generate_ham(post, random.Random(seed), n)


@pytest.fixture(scope="module")
def big_sample() -> list[tuple[dict, dict]]:
    """~3,000 comments over all dummy posts, shared by several tests."""
    rng = random.Random(2024)
    out = []
    for post in ALL_POSTS:
        out += [(post, c) for c in ham.generate_ham(post, rng, 340)]
    return out


def _by_kind(sample, kind):
    return [(p, c) for p, c in sample if c["kind"] == kind]


def test_kinds_declared_with_positive_weights():
    expected = {
        "specific_thanks",
        "short_sincere",
        "question",
        "disagreement",
        "quote_reply",
        "relevant_link",
        "non_native",
        "other_language",
        "code",
        "reply",
        "personal_story",
        "pingback",
    }
    assert set(ham.KINDS) == expected
    assert all(w > 0 for w in ham.KINDS.values())
    assert abs(sum(ham.KINDS.values()) - 1.0) < 1e-6


def test_deterministic_given_rng_state():
    for post in ALL_POSTS:
        assert _gen(post, 7, 60) == _gen(post, 7, 60)
    assert _gen(POST_TECH, 7, 60) != _gen(POST_TECH, 8, 60)


def test_does_not_touch_global_random():
    random.seed(123)
    state = random.getstate()
    a = _gen(POST_COOKING, 3, 80)
    assert random.getstate() == state
    random.seed(999)
    assert _gen(POST_COOKING, 3, 80) == a


def test_returns_n_items_and_handles_zero():
    assert _gen(POST_TECH, 1, 0) == []
    assert len(_gen(POST_TECH, 1, 37)) == 37


def test_required_keys_and_types(big_sample):
    for _, c in big_sample:
        assert set(c) == REQUIRED_KEYS
        assert all(isinstance(v, str) for v in c.values())
        assert c["content"].strip()
        assert c["author"].strip()
        assert c["kind"] in ham.KINDS
        assert c["lang"]
        if c["kind"] != "pingback":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", c["author_email"]), c["author_email"]
        if c["author_url"]:
            assert c["author_url"].startswith(("http://", "https://")), c["author_url"]


def test_all_kinds_appear(big_sample):
    kinds = Counter(c["kind"] for _, c in big_sample)
    assert set(kinds) == set(ham.KINDS), kinds


def test_kind_mix_roughly_follows_weights():
    rng = random.Random(5)
    comments = [c for _ in range(4) for post in EN_POSTS for c in ham.generate_ham(post, rng, 250)]
    kinds = Counter(c["kind"] for c in comments)
    total = len(comments)
    assert 0.10 < kinds["specific_thanks"] / total < 0.20
    assert 0.09 < kinds["short_sincere"] / total < 0.19
    assert 0.06 < kinds["relevant_link"] / total < 0.14
    assert 0.05 < kinds["other_language"] / total < 0.15


def test_code_only_on_tech_posts():
    comments = _gen(POST_COOKING, 11, 600) + _gen(POST_GARDEN, 12, 600)
    assert not [c for c in comments if c["kind"] == "code"]
    tech = [c for c in _gen(POST_TECH, 13, 600) if c["kind"] == "code"]
    assert tech
    assert all(
        ("<pre>" in c["content"] or "<code>" in c["content"] or "`" in c["content"]) for c in tech
    )


@pytest.mark.parametrize("post", [POST_ZH, POST_ZH_HANT])
def test_chinese_posts_get_mostly_chinese_comments(post):
    comments = _gen(post, 21, 400)
    share = sum(bool(CJK.search(c["content"])) for c in comments) / len(comments)
    assert share >= 0.65, share
    assert sum(c["lang"] == post["lang"] for c in comments) / len(comments) >= 0.65


@pytest.mark.parametrize("post", [POST_PT, POST_FR, POST_ES, POST_DE])
def test_non_english_posts_get_mostly_post_language(post):
    comments = _gen(post, 31, 400)
    share = sum(c["lang"] == post["lang"] for c in comments) / len(comments)
    assert share >= 0.65, share
    # some English remains, as on real blogs
    assert any(c["lang"] == "en" for c in comments)


def test_traditional_chinese_comments_use_traditional_characters():
    comments = [c for c in _gen(POST_ZH_HANT, 41, 300) if c["lang"] == "zh-hant"]
    text = "".join(c["content"] for c in comments)
    # very common simplified-only characters should not show up in zh-hant comments
    for ch in "这们谢说问题学习会还写":
        assert ch not in text, ch


def _quoted_parts(content: str) -> list[str]:
    pats = [
        r"(?s)<blockquote>(?:<p>)?(.*?)(?:</p>)?</blockquote>",
        r"\"([^\"]+)\"",
        r"“([^”]+)”",
        r"«\s?([^»]+?)\s?»",
        r"„([^“]+)“",
        r"「([^」]+)」",
        r"(?m)^> (.+)$",
    ]
    parts = []
    for pat in pats:
        parts += re.findall(pat, content)
    return [p.strip() for p in parts if p.strip()]


def test_quote_reply_really_quotes_the_post(big_sample):
    quotes = _by_kind(big_sample, "quote_reply")
    assert len(quotes) > 50
    for post, c in quotes:
        parts = _quoted_parts(c["content"])
        assert any(len(p) >= 8 and p in post["text"] for p in parts), c["content"]


def test_relevant_link_contains_url(big_sample):
    links = _by_kind(big_sample, "relevant_link")
    assert len(links) > 100
    for _, c in links:
        assert URL.search(c["content"]), c["content"]
    contents = " ".join(c["content"] for _, c in links)
    assert "wikipedia.org/wiki/" in contents or "wikipedia.org/zh-tw/" in contents
    assert "doi.org/" in contents
    assert "<a href=" in contents
    # links to the post's own site are part of the mix
    assert any(
        urlpart in contents
        for urlpart in ("codewithmira.dev/", "saltandsaffron.blog/", "muddyboots.example.org/")
    )


def test_pingback_links_back(big_sample):
    for post, c in _by_kind(big_sample, "pingback"):
        assert c["author_url"].startswith("http")
        assert c["content"].startswith(("[…]", "Pingback:")) or "[…]" in c["content"]


def test_short_sincere_is_short(big_sample):
    for _, c in _by_kind(big_sample, "short_sincere"):
        text = c["content"]
        if CJK.search(text):
            assert len(text) <= 30, text
        else:
            assert len(re.findall(r"[\w'’-]+", text)) <= 8, text


def test_english_length_ranges(big_sample):
    for _, c in _by_kind(big_sample, "specific_thanks"):
        if c["lang"] == "en":
            assert 4 <= len(re.findall(r"[\w'’-]+", c["content"])) <= 60, c["content"]
    stories = [c for _, c in _by_kind(big_sample, "personal_story") if c["lang"] == "en"]
    assert stories
    for c in stories:
        assert 60 <= len(re.findall(r"[\w'’-]+", c["content"])) <= 200, c["content"]


def test_other_language_variety():
    rng = random.Random(77)
    comments = [
        c
        for post in EN_POSTS
        for c in ham.generate_ham(post, rng, 500)
        if c["kind"] == "other_language"
    ]
    langs = Counter(c["lang"] for c in comments)
    assert "en" not in langs
    assert len(langs) >= 12, langs
    for major in ("zh", "pt", "fr", "es", "de"):
        assert langs[major] > 0


def test_keywords_are_used(big_sample):
    for kind in ("specific_thanks", "question", "disagreement", "non_native"):
        items = [(p, c) for p, c in _by_kind(big_sample, kind) if c["lang"] in ("en", p["lang"])]
        hits = sum(any(k.lower() in c["content"].lower() for k in p["keywords"]) for p, c in items)
        assert hits / len(items) > 0.6, kind


def test_author_url_share(big_sample):
    share = sum(bool(c["author_url"]) for _, c in big_sample) / len(big_sample)
    assert 0.35 <= share <= 0.55, share
    emails = " ".join(c["author_email"] for _, c in big_sample)
    for dom in ("gmail.com", "qq.com", "163.com", "uol.com.br", "orange.fr", "web.de"):
        assert dom in emails, dom


def test_uniqueness_ratio(big_sample):
    contents = [c["content"] for _, c in big_sample]
    assert len(contents) >= 3000
    assert len(set(contents)) / len(contents) >= 0.85


def test_robust_to_sparse_post():
    post = {
        "id": "x",
        "topic": "misc",
        "lang": "xx",
        "title": "Hello",
        "text": "",
        "url": "",
        "keywords": [],
    }
    comments = ham.generate_ham(post, random.Random(1), 200)
    assert len(comments) == 200
    assert all(set(c) == REQUIRED_KEYS and c["content"] for c in comments)
