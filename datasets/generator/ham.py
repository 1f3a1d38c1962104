"""Synthetic *hard ham* for the commentguard training corpus.

Sincere reader comments that a naive spam filter is likely to throw away:
very short praise, comments with links, comments in other languages,
imperfect English, angry disagreement, code pastes, pingbacks, commenters
with a website (including small businesses).  Every sentence in this module
was written for commentguard; nothing is copied from a real corpus.

Public interface::

    KINDS: dict[str, float]                      # kind -> sampling weight
    generate_ham(post, rng, n) -> list[dict]     # n extra comments for a post

``post`` keys: id, topic, lang, title, text, url, keywords.  Every returned
dict has: content, author, author_email, author_url, kind, lang.

Only the methods of the ``random.Random`` instance passed in are used (no
module-level randomness, no set iteration), so the output is a pure function
of ``(post, rng state, n)``.

Layout of this file:
  1. small template engine: ``[[a|b]]`` spin groups, ``{slot}`` slots
  2. post text helpers (sentences, clause fragments, keywords)
  3. people: names per culture, e-mail addresses, author URLs
  4. English banks, one per kind
  5. per-language banks (zh, zh-hant, pt, fr, es, de) and free sentences
     for ja, ko, it, ru, pl, tr, vi, id, ar, hi
  6. code snippets and reference links
  7. one builder per kind, ``generate_ham``
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import quote as _urlquote
from urllib.parse import urlsplit

__all__ = ["KINDS", "generate_ham"]

KINDS: dict[str, float] = {
    "specific_thanks": 0.15,
    "short_sincere": 0.14,
    "question": 0.12,
    "disagreement": 0.10,
    "quote_reply": 0.06,
    "relevant_link": 0.10,
    "non_native": 0.08,
    "other_language": 0.10,
    "code": 0.05,
    "reply": 0.05,
    "personal_story": 0.04,
    "pingback": 0.01,
}

# For posts written in another language more of the ham is in that language
# and imperfect English becomes rarer.
_NON_EN_KINDS: dict[str, float] = dict(KINDS, other_language=0.22, non_native=0.03)

# Probability that a comment on a non-English post is written in the post's
# language (kinds other than other_language / non_native).
_P_POST_LANG = 0.85

_MAJOR_LANGS = ("zh", "zh-hant", "pt", "fr", "es", "de")
_MINOR_LANGS = ("ja", "ko", "it", "ru", "pl", "tr", "vi", "id", "ar", "hi")

# Language mix for other_language comments on English posts.
_OTHER_LANG_WEIGHTS: dict[str, float] = {
    "zh": 14,
    "zh-hant": 6,
    "pt": 12,
    "es": 12,
    "fr": 11,
    "de": 10,
    "ja": 5,
    "ko": 4,
    "it": 5,
    "ru": 5,
    "pl": 3,
    "tr": 3,
    "vi": 3,
    "id": 3,
    "ar": 3,
    "hi": 3,
}

_TECH_TOPIC_HINTS = (
    "software",
    "programming",
    "program",
    "code",
    "coding",
    "tech",
    "gadget",
    "science",
    "data",
    "dev",
    "web",
    "linux",
    "python",
    "computer",
    "ai",
    "machine learning",
    "security",
    "engineering",
    "hardware",
    "electronics",
    "math",
    "statistic",
    "network",
    "cloud",
    "database",
    "open source",
)

# ---------------------------------------------------------------------------
# 1. template engine
# ---------------------------------------------------------------------------
_SPIN_RE = re.compile(r"\[\[([^\[\]]*)\]\]")
_SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _spin(rng: random.Random, s: str) -> str:
    """Resolve ``[[a|b|c]]`` groups (innermost first)."""
    for _ in range(50):
        m = _SPIN_RE.search(s)
        if not m:
            break
        s = s[: m.start()] + rng.choice(m.group(1).split("|")) + s[m.end() :]
    return s


def _fill(template: str, slots: dict[str, str]) -> str:
    """Replace ``{slot}`` with ``slots[slot]``; unknown slots stay as they are."""
    return _SLOT_RE.sub(lambda m: slots.get(m.group(1), m.group(0)), template)


def _render(rng: random.Random, template: str, slots: dict[str, str]) -> str:
    return _fill(_spin(rng, template), slots)


def _wchoice(rng: random.Random, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys], k=1)[0]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _words(s: str) -> int:
    return len(re.findall(r"[\w'’-]+", s))


_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _is_cjk(s: str) -> bool:
    return bool(_CJK_RE.search(s))


def _ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _slug(s: str, sep: str = "-") -> str:
    out = re.sub(r"[^a-z0-9]+", sep, _ascii_fold(s).lower()).strip(sep)
    return out


def _handle_part(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii_fold(s).lower())


# ---------------------------------------------------------------------------
# 2. post text helpers
# ---------------------------------------------------------------------------
_SENT_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[\"“«„¿¡(\[]?[A-ZÀ-ÖØ-ÞА-Я0-9])|(?<=[。！？])")
_CLAUSE_SPLIT = re.compile(r"\s*[,;:—–()]\s*|[，；：（）]")
_QUOTE_CHARS = '"“”«»„「」『』'


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for line in re.split(r"\n+", text or ""):
        line = line.strip()
        if not line:
            continue
        for part in _SENT_SPLIT.split(line):
            part = part.strip()
            if part:
                out.append(part)
    return out


def _quotable(sents: list[str]) -> list[str]:
    good = []
    for s in sents:
        if any(c in s for c in _QUOTE_CHARS) or "<" in s:
            continue
        if _is_cjk(s):
            if 8 <= len(s) <= 110:
                good.append(s)
        elif 25 <= len(s) <= 240 and _words(s) >= 5:
            good.append(s)
    return good


def _fragments(sents: list[str]) -> list[str]:
    frags = []
    for s in sents:
        for clause in _CLAUSE_SPLIT.split(s):
            clause = clause.strip().strip(".!?…。！？、 ").strip()
            if not clause or any(c in clause for c in _QUOTE_CHARS):
                continue
            if _is_cjk(clause):
                if 4 <= len(clause) <= 26:
                    frags.append(clause)
            elif 3 <= _words(clause) <= 12 and len(clause) <= 90:
                frags.append(clause)
    return frags


class _Post:
    """Pre-computed, read-only view of a post."""

    def __init__(self, post: dict[str, Any]) -> None:
        self.id = str(post.get("id", ""))
        self.topic = str(post.get("topic", "") or "")
        lang = str(post.get("lang", "en") or "en")
        self.lang = lang if lang in ("en", *_MAJOR_LANGS) else "en"
        self.title = str(post.get("title", "") or "").strip() or "this post"
        self.text = str(post.get("text", "") or "")
        self.url = str(post.get("url", "") or "").strip()
        kws = [str(k).strip() for k in (post.get("keywords") or []) if str(k).strip()]
        if not kws:
            kws = [w for w in re.findall(r"\w+", self.title) if len(w) > 3] or [self.title]
        self.keywords = kws
        self.sentences = _sentences(self.text)
        self.quotable = (
            _quotable(self.sentences) or [s for s in self.sentences if s] or [self.title]
        )
        self.fragments = _fragments(self.sentences) or list(self.keywords)
        parts = urlsplit(self.url) if self.url else None
        netloc = parts.netloc if parts and parts.netloc else ""
        if not netloc:
            netloc = (_slug(self.title)[:24] or "myblog") + ".blog"
        self.domain = netloc
        self.scheme = parts.scheme if parts and parts.scheme else "https"
        self.root = f"{self.scheme}://{self.domain}"
        if not self.url:
            self.url = f"{self.root}/{_slug(self.title) or 'post'}/"
        topic_l = self.topic.lower()
        self.is_tech = any(re.search(r"\b" + re.escape(h), topic_l) for h in _TECH_TOPIC_HINTS)
        self.seed = zlib.crc32((self.id or self.url).encode("utf-8"))

    def owner_first(self, lang: str) -> str:
        pool = _OWNER_NAMES.get(lang, _OWNER_NAMES["en"])
        return pool[self.seed % len(pool)]


# ---------------------------------------------------------------------------
# 3. people
# ---------------------------------------------------------------------------
# culture -> (first names, family names, e-mail language)
_CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "anglo": (
        (
            "James",
            "Emily",
            "Sarah",
            "Michael",
            "Jessica",
            "David",
            "Laura",
            "Chris",
            "Megan",
            "Tom",
            "Rachel",
            "Ben",
            "Hannah",
            "Kevin",
            "Lisa",
            "Ryan",
            "Katie",
            "Andrew",
            "Nicole",
            "Dan",
            "Amanda",
            "Pete",
            "Claire",
            "Gareth",
            "Siobhan",
            "Fiona",
            "Callum",
            "Aoife",
            "Declan",
            "Moira",
            "Brenda",
            "Gary",
            "Doug",
            "Sharon",
            "Tyler",
            "Brittany",
            "Jenna",
            "Zach",
            "Marcus",
            "Keisha",
            "DeShawn",
            "Tamika",
            "Heather",
            "Colin",
            "Bethany",
            "Nate",
            "Judy",
            "Walt",
            "Margaret",
            "Earl",
            "Trish",
            "Rob",
            "Liz",
            "Jo",
            "Sam",
            "Alex",
            "Jamie",
        ),
        (
            "Smith",
            "Johnson",
            "Walker",
            "O'Brien",
            "McAllister",
            "Thompson",
            "Hughes",
            "Murphy",
            "Baker",
            "Carter",
            "Evans",
            "Foster",
            "Griffiths",
            "Harris",
            "Jenkins",
            "Kelly",
            "Lewis",
            "Morgan",
            "Nolan",
            "Price",
            "Reed",
            "Shaw",
            "Turner",
            "Wallace",
            "Young",
            "Brooks",
            "Campbell",
            "Doyle",
            "Fletcher",
            "Hayes",
            "Irving",
            "Washington",
            "Jackson",
            "Coleman",
        ),
        "en",
    ),
    "hispanic": (
        (
            "María",
            "José",
            "Lucía",
            "Carlos",
            "Sofía",
            "Javier",
            "Valentina",
            "Diego",
            "Camila",
            "Alejandro",
            "Isabel",
            "Andrés",
            "Paula",
            "Mateo",
            "Carmen",
            "Pablo",
            "Ximena",
            "Raúl",
            "Guadalupe",
            "Nacho",
            "Marisol",
            "Fernando",
            "Elena",
            "Rodrigo",
        ),
        (
            "García",
            "Martínez",
            "López",
            "Hernández",
            "González",
            "Rodríguez",
            "Pérez",
            "Sánchez",
            "Ramírez",
            "Torres",
            "Flores",
            "Morales",
            "Ortega",
            "Castillo",
            "Vargas",
            "Romero",
            "Navarro",
            "Iglesias",
            "Fuentes",
            "Medina",
        ),
        "es",
    ),
    "brazilian": (
        (
            "Ana",
            "João",
            "Beatriz",
            "Lucas",
            "Mariana",
            "Gabriel",
            "Juliana",
            "Rafael",
            "Larissa",
            "Thiago",
            "Fernanda",
            "Bruno",
            "Patrícia",
            "Felipe",
            "Camila",
            "Rodrigo",
            "Aline",
            "Gustavo",
            "Letícia",
            "Caio",
            "Renata",
            "Vinícius",
            "Tânia",
            "Sebastião",
        ),
        (
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Costa",
            "Pereira",
            "Almeida",
            "Ferreira",
            "Ribeiro",
            "Carvalho",
            "Gomes",
            "Martins",
            "Araújo",
            "Barbosa",
            "Rocha",
            "Lima",
            "Moura",
            "Teixeira",
            "Cavalcanti",
            "Nogueira",
        ),
        "pt",
    ),
    "french": (
        (
            "Camille",
            "Louis",
            "Chloé",
            "Julien",
            "Manon",
            "Thomas",
            "Léa",
            "Nicolas",
            "Élodie",
            "Antoine",
            "Sophie",
            "Mathieu",
            "Inès",
            "Guillaume",
            "Aurélie",
            "Hugo",
            "Margaux",
            "Benoît",
            "Céline",
            "Yann",
            "Sandrine",
            "Étienne",
            "Amélie",
            "Rémi",
        ),
        (
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Simon",
            "Laurent",
            "Lefebvre",
            "Michel",
            "Fontaine",
            "Rousseau",
            "Girard",
            "Bonnet",
            "Chevalier",
            "Lemoine",
        ),
        "fr",
    ),
    "german": (
        (
            "Lukas",
            "Anna",
            "Jonas",
            "Lena",
            "Felix",
            "Laura",
            "Maximilian",
            "Katharina",
            "Tobias",
            "Julia",
            "Jan",
            "Sabine",
            "Stefan",
            "Birgit",
            "Matthias",
            "Franziska",
            "Jürgen",
            "Annika",
            "Florian",
            "Ute",
            "Sebastian",
            "Heike",
            "Moritz",
            "Greta",
        ),
        (
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Zimmermann",
            "Braun",
            "Krüger",
            "Hartmann",
        ),
        "de",
    ),
    "italian": (
        (
            "Giulia",
            "Marco",
            "Francesca",
            "Luca",
            "Chiara",
            "Alessandro",
            "Sara",
            "Matteo",
            "Elisa",
            "Davide",
            "Federica",
            "Giorgio",
            "Valentina",
            "Paolo",
            "Martina",
            "Simone",
        ),
        (
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
            "Mancini",
            "Costa",
        ),
        "it",
    ),
    "polish": (
        (
            "Kasia",
            "Piotr",
            "Agnieszka",
            "Tomasz",
            "Magda",
            "Paweł",
            "Ola",
            "Marcin",
            "Zofia",
            "Krzysztof",
            "Ewa",
            "Michał",
        ),
        (
            "Kowalski",
            "Nowak",
            "Wiśniewska",
            "Wójcik",
            "Kowalczyk",
            "Kamińska",
            "Lewandowski",
            "Zielińska",
            "Szymański",
            "Dąbrowska",
        ),
        "pl",
    ),
    "russian": (
        (
            "Dmitri",
            "Olga",
            "Alexei",
            "Natalia",
            "Sergei",
            "Irina",
            "Pavel",
            "Yulia",
            "Andrei",
            "Svetlana",
            "Maxim",
            "Ekaterina",
        ),
        (
            "Ivanov",
            "Smirnova",
            "Kuznetsov",
            "Popova",
            "Sokolov",
            "Lebedeva",
            "Kozlov",
            "Novikova",
            "Morozov",
            "Volkova",
        ),
        "ru",
    ),
    "turkish": (
        ("Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Can", "Deniz", "Oğuz"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan"),
        "tr",
    ),
    "arabic": (
        (
            "Ahmed",
            "Fatima",
            "Omar",
            "Layla",
            "Youssef",
            "Nour",
            "Karim",
            "Mariam",
            "Hassan",
            "Salma",
            "Tariq",
            "Rania",
        ),
        (
            "Haddad",
            "El-Amin",
            "Nasser",
            "Khalil",
            "Mansour",
            "Saleh",
            "Farouk",
            "Aziz",
            "Hamdan",
            "Bakri",
        ),
        "ar",
    ),
    "indian": (
        (
            "Priya",
            "Rahul",
            "Ananya",
            "Vikram",
            "Sneha",
            "Arjun",
            "Deepa",
            "Karthik",
            "Lakshmi",
            "Rohan",
            "Meera",
            "Suresh",
            "Aditi",
            "Nikhil",
            "Kavya",
            "Sanjay",
        ),
        (
            "Sharma",
            "Iyer",
            "Patel",
            "Reddy",
            "Nair",
            "Gupta",
            "Banerjee",
            "Singh",
            "Menon",
            "Kulkarni",
            "Desai",
            "Chatterjee",
            "Rao",
            "Joshi",
        ),
        "hi",
    ),
    "chinese": (
        (
            "Wei",
            "Li Na",
            "Jun",
            "Xiaoming",
            "Mei",
            "Hao",
            "Yan",
            "Jing",
            "Kevin",
            "Vivian",
            "Tony",
            "Cindy",
            "Yifan",
            "Ruoxi",
        ),
        ("Zhang", "Wang", "Chen", "Liu", "Huang", "Lin", "Wu", "Zhou", "Xu", "Sun"),
        "zh",
    ),
    "japanese": (
        ("Yuki", "Haruto", "Aiko", "Kenji", "Sakura", "Takeshi", "Mai", "Ren", "Hina", "Daisuke"),
        ("Tanaka", "Suzuki", "Sato", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi"),
        "ja",
    ),
    "korean": (
        ("Min-jun", "Ji-woo", "Seo-yeon", "Hyun", "Soo-jin", "Jae", "Eun-ji", "Dong-hyun"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"),
        "ko",
    ),
    "vietnamese": (
        ("Linh", "Minh", "Thao", "Huy", "Trang", "Duc", "Anh", "Phuong", "Tuan", "Mai"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"),
        "vi",
    ),
    "indonesian": (
        ("Putri", "Budi", "Dewi", "Agus", "Rina", "Wahyu", "Sari", "Fajar", "Indah", "Rizky"),
        ("Santoso", "Wijaya", "Pratama", "Hidayat", "Saputra", "Kusuma", "Nugroho", "Lestari"),
        "id",
    ),
    "african": (
        (
            "Chinedu",
            "Amara",
            "Kwame",
            "Ngozi",
            "Tendai",
            "Wanjiru",
            "Oluwaseun",
            "Thabo",
            "Fatou",
            "Kofi",
            "Zanele",
            "Emeka",
            "Abena",
            "Jabari",
        ),
        (
            "Okafor",
            "Mensah",
            "Adeyemi",
            "Mwangi",
            "Nkosi",
            "Diallo",
            "Boateng",
            "Okonkwo",
            "Achieng",
            "Dlamini",
            "Owusu",
            "Kamau",
        ),
        "en",
    ),
    "nordic_dutch": (
        (
            "Lars",
            "Ingrid",
            "Sven",
            "Astrid",
            "Pieter",
            "Sanne",
            "Jens",
            "Freya",
            "Maarten",
            "Sigrid",
            "Joost",
            "Annelies",
        ),
        (
            "Andersson",
            "Johansen",
            "de Vries",
            "Jansen",
            "Nielsen",
            "Lindqvist",
            "van Dijk",
            "Bakker",
            "Halvorsen",
            "Visser",
        ),
        "en",
    ),
    "filipino": (
        ("Maricel", "Jomar", "Angelica", "Paolo", "Rowena", "Jun", "Kristine", "Rodel"),
        ("Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva", "Garcia", "Mendoza"),
        "en",
    ),
}

# Culture mix of English-language commenters.
_EN_CULTURE_WEIGHTS: dict[str, float] = {
    "anglo": 46,
    "hispanic": 5,
    "brazilian": 3,
    "french": 3,
    "german": 4,
    "italian": 3,
    "polish": 2,
    "russian": 2,
    "turkish": 2,
    "arabic": 3,
    "indian": 8,
    "chinese": 4,
    "japanese": 2,
    "korean": 2,
    "vietnamese": 2,
    "indonesian": 2,
    "african": 4,
    "nordic_dutch": 3,
    "filipino": 3,
}
_NON_NATIVE_CULTURES = [c for c in _EN_CULTURE_WEIGHTS if c != "anglo"]

# Which culture writes comments in which language.
_LANG_CULTURE: dict[str, str] = {
    "pt": "brazilian",
    "es": "hispanic",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "pl": "polish",
    "tr": "turkish",
    "vi": "vietnamese",
    "id": "indonesian",
}

# Names written in their own script, with a romanised handle for e-mail.
_SCRIPT_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "zh": (
        ("王磊", "wanglei"),
        ("李静", "lijing"),
        ("张伟", "zhangwei"),
        ("刘洋", "liuyang"),
        ("陈晨", "chenchen"),
        ("小王", "xiaowang"),
        ("阿杰", "ajie"),
        ("老李", "laoli"),
        ("路人甲", "luren"),
        ("爱吃鱼的猫", "maomao"),
        ("晴天", "qingtian"),
        ("木子", "muzi"),
        ("一只小透明", "xiaotouming"),
        ("程序猿老张", "laozhang"),
        ("周末去钓鱼", "diaoyu"),
        ("七月", "qiyue"),
        ("南风", "nanfeng"),
        ("小鹿", "xiaolu"),
        ("大白", "dabai"),
        ("赵敏", "zhaomin"),
        ("孙悦", "sunyue"),
        ("胡小明", "huxiaoming"),
        ("吃瓜群众", "chigua"),
        ("Lily Chen", "lilychen"),
        ("Kevin", "kevin"),
        ("杨帆", "yangfan"),
        ("林夕", "linxi"),
        ("徐老师", "xulaoshi"),
        ("北京的雪", "beijingxue"),
        ("葡萄不酸", "putao"),
    ),
    "zh-hant": (
        ("林志明", "zhiming"),
        ("陳怡君", "yijun"),
        ("阿宏", "ahong"),
        ("小美", "xiaomei"),
        ("黃先生", "mrhuang"),
        ("Kevin Lin", "kevinlin"),
        ("張家豪", "chiahao"),
        ("蔡小姐", "tsai"),
        ("路過的", "passerby"),
        ("貓奴阿傑", "catjay"),
        ("吳佩珊", "peishan"),
        ("Ivy", "ivy"),
        ("阿德", "ade"),
        ("許文華", "wenhua"),
        ("鄭大哥", "cheng"),
        ("Winnie 陳", "winnie"),
        ("台中小農", "taichungfarm"),
        ("香港仔", "hkboy"),
        ("劉雅婷", "yating"),
    ),
    "ja": (
        ("田中", "tanaka"),
        ("佐藤ゆき", "yuki.sato"),
        ("やまだ", "yamada"),
        ("けんじ", "kenji"),
        ("通りすがり", "torisugari"),
        ("Haruka", "haruka"),
        ("鈴木 健太", "kenta"),
        ("みほ", "miho"),
        ("たけし", "takeshi"),
        ("ななし", "nanashi"),
        ("ねこ好き", "nekozuki"),
        ("高橋", "takahashi"),
    ),
    "ko": (
        ("김민준", "minjun"),
        ("이서연", "seoyeon"),
        ("박지훈", "jihoon"),
        ("최유나", "yuna"),
        ("지우", "jiwoo"),
        ("민지", "minji"),
        ("정현우", "hyunwoo"),
        ("Sora Kim", "sorakim"),
        ("산책하는곰", "walkingbear"),
        ("한결", "hangyeol"),
    ),
    "ru": (
        ("Дмитрий", "dmitry"),
        ("Ольга Смирнова", "olga.smirnova"),
        ("Алексей К.", "alexk"),
        ("Наталья", "natalia"),
        ("Сергей", "sergey"),
        ("Ирина", "irina"),
        ("Max Petrov", "maxpetrov"),
        ("Андрей Волков", "volkov"),
        ("Катя", "katya"),
        ("Николай Петрович", "nikolay"),
    ),
    "ar": (
        ("أحمد", "ahmed"),
        ("فاطمة الزهراء", "fatima.z"),
        ("محمد علي", "m.ali"),
        ("نور", "nour"),
        ("يوسف", "youssef"),
        ("Omar Haddad", "omarhaddad"),
        ("سارة", "sara"),
        ("خالد", "khaled"),
        ("ليلى", "layla"),
        ("أبو عمر", "abuomar"),
    ),
    "hi": (
        ("राहुल", "rahul"),
        ("प्रिया शर्मा", "priya.sharma"),
        ("अमित", "amit"),
        ("Neha Gupta", "nehagupta"),
        ("Sunil Kumar", "sunilk"),
        ("अनीता", "anita"),
        ("विकास", "vikas"),
        ("Pooja", "pooja"),
        ("संजय वर्मा", "sanjayv"),
        ("Ravi", "ravi"),
    ),
}

_HANDLE_ADJ = (
    "quiet",
    "happy",
    "grumpy",
    "curious",
    "sleepy",
    "rainy",
    "lazy",
    "busy",
    "old",
    "tiny",
    "wandering",
    "stubborn",
    "midnight",
    "coffee",
    "salty",
    "northern",
    "clumsy",
    "weekend",
    "retired",
    "amateur",
)
_HANDLE_NOUN = (
    "gardener",
    "coder",
    "reader",
    "baker",
    "owl",
    "hiker",
    "fox",
    "teacher",
    "nurse",
    "dad",
    "mum",
    "cyclist",
    "fisherman",
    "knitter",
    "traveler",
    "tinkerer",
    "bookworm",
    "cook",
    "nomad",
    "runner",
    "student",
    "grandma",
    "engineer",
)
_DESCRIPTIVE_NAMES = (
    "Anonymous",
    "A reader",
    "Long-time lurker",
    "Mom of three",
    "Retired teacher",
    "A fellow nurse",
    "Night shift",
    "Grandpa Joe",
    "Auntie Bee",
    "Just a student",
    "Former skeptic",
    "Bookish Beth",
    "Farmer Dan",
    "The Tinker",
    "Dr. K",
    "anon",
    "Your neighbour",
    "Night Owl",
    "Coffee first",
    "Sunday cook",
)
_OWNER_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Sam",
        "Jess",
        "Mark",
        "Hannah",
        "Priya",
        "Tom",
        "Ellie",
        "Nina",
        "Ben",
        "Rosa",
        "Matt",
        "Kate",
        "Omar",
        "Lucy",
        "Dave",
        "Ana",
    ),
    "zh": ("小林", "阿文", "老周", "晓雯", "大伟", "静静", "阿May", "小陈"),
    "zh-hant": ("阿凱", "小芸", "志偉", "佩君", "阿Ben", "雅雯"),
    "pt": ("Carol", "Marcelo", "Júlia", "Rafa", "Bia", "Dani", "Paulo", "Lu"),
    "fr": ("Claire", "Julien", "Sophie", "Marc", "Élise", "Nico", "Anne", "Lucas"),
    "es": ("Lucía", "Javi", "Marta", "Pablo", "Ana", "Dani", "Carmen", "Sergio"),
    "de": ("Jana", "Markus", "Steffi", "Tim", "Anke", "Jonas", "Katrin", "Uli"),
}

_EMAIL_DOMAINS: dict[str, dict[str, float]] = {
    "en": {
        "gmail.com": 40,
        "yahoo.com": 11,
        "outlook.com": 12,
        "hotmail.com": 8,
        "icloud.com": 6,
        "protonmail.com": 3,
        "aol.com": 2,
        "comcast.net": 2,
        "btinternet.com": 2,
        "yahoo.co.uk": 2,
        "hey.com": 1,
        "@personal": 11,
    },
    "zh": {
        "qq.com": 40,
        "163.com": 24,
        "126.com": 8,
        "gmail.com": 12,
        "sina.com": 5,
        "foxmail.com": 5,
        "outlook.com": 5,
        "@qqnum": 14,
    },
    "zh-hant": {
        "gmail.com": 45,
        "yahoo.com.tw": 20,
        "hotmail.com": 14,
        "outlook.com": 9,
        "icloud.com": 4,
        "netvigator.com": 3,
        "@personal": 4,
    },
    "pt": {
        "gmail.com": 40,
        "uol.com.br": 15,
        "bol.com.br": 8,
        "hotmail.com": 15,
        "outlook.com": 8,
        "yahoo.com.br": 8,
        "terra.com.br": 4,
        "sapo.pt": 4,
        "@personal": 5,
    },
    "fr": {
        "gmail.com": 35,
        "orange.fr": 15,
        "free.fr": 10,
        "laposte.net": 8,
        "hotmail.fr": 10,
        "yahoo.fr": 8,
        "sfr.fr": 6,
        "wanadoo.fr": 3,
        "outlook.fr": 5,
        "@personal": 5,
    },
    "es": {
        "gmail.com": 45,
        "hotmail.com": 20,
        "yahoo.es": 8,
        "outlook.es": 8,
        "yahoo.com.mx": 5,
        "telefonica.net": 3,
        "@personal": 5,
    },
    "de": {
        "gmail.com": 25,
        "web.de": 20,
        "gmx.de": 20,
        "t-online.de": 10,
        "posteo.de": 5,
        "outlook.de": 5,
        "gmx.net": 6,
        "mailbox.org": 3,
        "@personal": 6,
    },
    "it": {"gmail.com": 45, "libero.it": 20, "hotmail.it": 12, "virgilio.it": 8, "alice.it": 6},
    "pl": {"wp.pl": 25, "onet.pl": 20, "o2.pl": 12, "interia.pl": 13, "gmail.com": 30},
    "ru": {"mail.ru": 35, "yandex.ru": 30, "gmail.com": 25, "rambler.ru": 10},
    "tr": {"gmail.com": 60, "hotmail.com": 30, "yandex.com.tr": 10},
    "vi": {"gmail.com": 75, "yahoo.com.vn": 25},
    "id": {"gmail.com": 75, "yahoo.co.id": 25},
    "ar": {"gmail.com": 60, "hotmail.com": 25, "yahoo.com": 15},
    "hi": {"gmail.com": 65, "rediffmail.com": 15, "yahoo.co.in": 20},
    "ja": {"gmail.com": 45, "yahoo.co.jp": 30, "docomo.ne.jp": 10, "icloud.com": 15},
    "ko": {"naver.com": 45, "daum.net": 20, "gmail.com": 25, "kakao.com": 10},
}

_PERSONAL_TLDS = (".com", ".net", ".me", ".dev", ".org", ".io", ".name", ".blog")
_LANG_TLD = {
    "pt": ".com.br",
    "fr": ".fr",
    "de": ".de",
    "es": ".es",
    "it": ".it",
    "pl": ".pl",
    "ru": ".ru",
    "tr": ".com.tr",
    "ja": ".jp",
    "zh": ".cn",
    "zh-hant": ".tw",
    "vi": ".vn",
    "id": ".id",
    "ko": ".kr",
    "hi": ".in",
}

# Small real businesses comment sincerely too.
_BUSINESSES = (
    "{last} Plumbing",
    "Sunrise Bakery",
    "{first}'s Bike Repair",
    "Green Thumb Nursery",
    "Corner Bookshop",
    "{last} & Sons Carpentry",
    "Blue Door Café",
    "Little Paws Vet Clinic",
    "{first} {last} Photography",
    "Harbour Yoga Studio",
    "{last} Family Dental",
    "Maple Street Hardware",
    "Riverside Piano Tuning",
    "{first}'s Sewing Room",
    "Hillside Honey Farm",
    "{last} Electrical",
    "Two Rivers Pottery",
    "Old Mill Bakehouse",
    "{first} the Tutor",
    "Northside Auto Repair",
    "Lavender Lane Florist",
    "{last} Bookkeeping",
)
_BUSINESS_LOCAL = {
    "pt": (
        "Padaria {last}",
        "Oficina do {first}",
        "Ateliê {first}",
        "Floricultura Primavera",
        "{first} Doces Caseiros",
        "Pet Shop Amigo Fiel",
    ),
    "fr": (
        "Boulangerie {last}",
        "Plomberie {last}",
        "Atelier {first}",
        "La Petite Librairie",
        "Fromagerie du Marché",
        "Cave {last}",
    ),
    "es": (
        "Panadería {last}",
        "Fontanería {last}",
        "Taller {first}",
        "Librería La Esquina",
        "Floristería Las Flores",
        "Carpintería {last}",
    ),
    "de": (
        "Bäckerei {last}",
        "Sanitär {last}",
        "Fahrradwerkstatt {first}",
        "Buchhandlung am Markt",
        "Imkerei {last}",
        "Gärtnerei {last}",
    ),
    "zh": ("老{last}家常菜", "小{first}烘焙", "阳光花店", "{first}的咖啡馆"),
    "zh-hant": ("阿{first}手作", "{last}記麵包店", "小巷咖啡", "好日子花藝"),
}


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


class _Person:
    __slots__ = ("display", "email", "first", "handle", "last", "url")

    def __init__(self, display: str, first: str, last: str, handle: str) -> None:
        self.display = display
        self.first = first
        self.last = last
        self.handle = handle
        self.email = ""
        self.url = ""


def _name_for(rng: random.Random, lang: str, culture: str | None = None) -> _Person:
    """A commenter whose name fits the language of the comment."""
    if culture is None:
        if lang == "en":
            culture = _wchoice(rng, _EN_CULTURE_WEIGHTS)
        elif lang in _LANG_CULTURE and rng.random() < 0.93:
            culture = _LANG_CULTURE[lang]
        elif lang in _SCRIPT_NAMES and rng.random() < 0.8:
            disp, rom = rng.choice(_SCRIPT_NAMES[lang])
            first = disp.split()[0] if " " in disp else disp
            return _Person(disp, first, "", rom)
        elif lang in ("zh", "zh-hant"):
            culture = "chinese"
        elif lang == "ja":
            culture = "japanese"
        elif lang == "ko":
            culture = "korean"
        elif lang == "ru":
            culture = "russian"
        elif lang == "ar":
            culture = "arabic"
        elif lang == "hi":
            culture = "indian"
        else:
            culture = _LANG_CULTURE.get(lang, "anglo")
    firsts, lasts, _ = _CULTURES[culture]
    first = rng.choice(firsts)
    last = rng.choice(lasts)
    hf, hl = _handle_part(first), _handle_part(last)
    r = rng.random()
    if r < 0.38:
        display = f"{first} {last}"
    elif r < 0.58:
        display = first
    elif r < 0.63:
        display = first.lower()
    elif r < 0.73:
        display = f"{first} {last[0]}."
    elif r < 0.85:
        display = rng.choice(
            (
                f"{hf}{hl}{_digits(rng, rng.choice((0, 2, 2, 4)))}",
                f"{hf}_{rng.choice(_HANDLE_NOUN)}",
                f"{rng.choice(_HANDLE_ADJ)}_{rng.choice(_HANDLE_NOUN)}",
                f"{rng.choice(_HANDLE_ADJ).title()}{rng.choice(_HANDLE_NOUN).title()}{_digits(rng, rng.choice((0, 2)))}",
                f"{hf}.{hl}",
            )
        )
    elif r < 0.91 and lang == "en":
        display = rng.choice(_DESCRIPTIVE_NAMES)
    elif r < 0.95:
        display = rng.choice(
            (
                f"Dr. {first} {last}",
                f"{first} {last}-{rng.choice(lasts)}",
                f"{first} ({rng.choice(_HANDLE_NOUN)})",
                f"{first} from {rng.choice(_PLACES_SHORT)}",
            )
        )
    else:
        display = (
            f"{first} {last}".upper() if rng.random() < 0.3 else f"{first.lower()} {last.lower()}"
        )
    handle = rng.choice(
        (
            f"{hf}{hl}",
            f"{hf}.{hl}",
            f"{hf}{_digits(rng, 2)}",
            f"{hf[:1]}{hl}",
            f"{hf}_{hl}",
            f"{hf}{hl}{_digits(rng, 4)}",
        )
    )
    handle = handle.strip("._") or f"user{_digits(rng, 5)}"
    return _Person(display, first, last, handle)


_PLACES_SHORT = (
    "Leeds",
    "Ohio",
    "Cork",
    "Perth",
    "Nairobi",
    "Manila",
    "Toronto",
    "Austin",
    "Glasgow",
    "Pune",
    "Auckland",
    "Cape Town",
    "Vancouver",
    "Bristol",
    "Lagos",
)


def _email_for(rng: random.Random, p: _Person, lang: str) -> str:
    dom = _wchoice(rng, _EMAIL_DOMAINS.get(lang, _EMAIL_DOMAINS["en"]))
    if dom == "@qqnum":
        return f"{rng.randint(10000, 3999999999)}@qq.com"
    local = p.handle or f"user{_digits(rng, 5)}"
    r = rng.random()
    if r < 0.25:
        local = f"{local}{_digits(rng, rng.choice((2, 2, 4)))}"
    elif r < 0.32:
        local = f"{local}.{rng.choice(_HANDLE_NOUN)}"
    if dom == "@personal":
        base = _handle_part(p.last) or _handle_part(p.handle) or "home"
        first = _handle_part(p.first) or "hello"
        tld = rng.choice(_PERSONAL_TLDS + ((_LANG_TLD[lang],) if lang in _LANG_TLD else ()))
        return rng.choice(
            (
                f"{first}@{base}{tld}",
                f"hello@{first}{base}{tld}",
                f"me@{first}{base}{tld}",
                f"{first[:1]}@{first}{base}{tld}",
            )
        )
    return f"{local}@{dom}"


def _blog_url(rng: random.Random, p: _Person, lang: str) -> str:
    """A personal blog URL (used when a commenter links to their own post)."""
    h = _slug(p.handle) or f"blog{_digits(rng, 4)}"
    hs = h.replace("-", "")
    name = rng.choice(
        (
            hs,
            f"{hs}{rng.choice(('blog', 'writes', 'notes', 'journal', 'diary'))}",
            f"{rng.choice(_HANDLE_ADJ)}{rng.choice(_HANDLE_NOUN)}{rng.choice(('', 's', 'life'))}",
        )
    )
    if lang == "zh":
        return rng.choice(
            (
                f"https://blog.csdn.net/{hs}",
                f"https://www.cnblogs.com/{hs}",
                f"https://{hs}.github.io",
                f"https://www.jianshu.com/u/{_digits(rng, 12)}",
                f"https://{name}.com",
            )
        )
    if lang == "zh-hant":
        return rng.choice(
            (
                f"https://{hs}.pixnet.net/blog",
                f"https://{name}.blogspot.com",
                f"https://medium.com/@{hs}",
                f"https://{name}.tw",
            )
        )
    if lang == "fr":
        return rng.choice(
            (
                f"https://{name}.over-blog.com",
                f"http://{name}.canalblog.com",
                f"https://{name}.wordpress.com",
                f"https://www.{name}.fr",
            )
        )
    if lang == "de":
        return rng.choice(
            (
                f"https://{name}.wordpress.com",
                f"https://www.{name}.de",
                f"https://{name}.blogspot.com",
                f"https://{name}.de/blog",
            )
        )
    if lang == "pt":
        return rng.choice(
            (
                f"https://{name}.blogspot.com",
                f"https://{name}.wordpress.com",
                f"https://www.{name}.com.br",
                f"https://{name}.com.br/blog",
            )
        )
    if lang == "ja":
        return rng.choice(
            (
                f"https://ameblo.jp/{hs}",
                f"https://note.com/{hs}",
                f"https://{hs}.hatenablog.com",
                f"https://qiita.com/{hs}",
            )
        )
    if lang == "ko":
        return rng.choice(
            (f"https://blog.naver.com/{hs}", f"https://{hs}.tistory.com", f"https://velog.io/@{hs}")
        )
    if lang == "ru":
        return rng.choice(
            (
                f"https://{hs}.livejournal.com",
                f"https://habr.com/ru/users/{hs}/",
                f"https://{name}.ru",
            )
        )
    return rng.choice(
        (
            f"https://{name}.wordpress.com",
            f"https://{name}.blogspot.com",
            f"https://{hs}.github.io",
            f"https://medium.com/@{hs}",
            f"https://{name}.substack.com",
            f"https://{hs}{rng.choice(_PERSONAL_TLDS)}",
            f"https://www.{name}.com",
            f"https://{name}.ghost.io",
            f"http://{name}.net",
            f"https://{hs}.micro.blog",
        )
    )


def _social_url(rng: random.Random, p: _Person, lang: str) -> str:
    h = _handle_part(p.handle) or f"user{_digits(rng, 5)}"
    if lang == "zh":
        return rng.choice(
            (
                f"https://weibo.com/u/{_digits(rng, 10)}",
                f"https://www.zhihu.com/people/{h}",
                f"https://space.bilibili.com/{_digits(rng, 9)}",
                f"https://www.douban.com/people/{_digits(rng, 8)}/",
            )
        )
    if lang == "zh-hant":
        return rng.choice(
            (
                f"https://www.facebook.com/{h}",
                f"https://www.instagram.com/{h}/",
                f"https://www.threads.net/@{h}",
            )
        )
    if lang == "ru":
        return rng.choice((f"https://vk.com/{h}", f"https://t.me/{h}"))
    if lang == "ja":
        return rng.choice((f"https://twitter.com/{h}", f"https://www.instagram.com/{h}/"))
    slug_name = "-".join(x for x in (_handle_part(p.first), _handle_part(p.last)) if x) or h
    return rng.choice(
        (
            f"https://twitter.com/{h}",
            f"https://x.com/{h}",
            f"https://www.instagram.com/{h}/",
            f"https://www.linkedin.com/in/{slug_name}-{rng.choice('abcdef0123456789')}{_digits(rng, 3)}/",
            f"https://mastodon.social/@{h}",
            f"https://fosstodon.org/@{h}",
            f"https://bsky.app/profile/{h}.bsky.social",
            f"https://www.youtube.com/@{h}",
            f"https://www.flickr.com/photos/{h}/",
            f"https://www.facebook.com/{h}",
            f"https://github.com/{h}",
        )
    )


def _business(rng: random.Random, p: _Person, lang: str) -> tuple[str, str]:
    """(business name, website) for a small business commenter."""
    pool = _BUSINESS_LOCAL.get(lang, ()) if rng.random() < 0.75 else ()
    pool = pool or _BUSINESSES
    first = p.first if not _is_cjk(p.first) else p.first[:1]
    last = p.last or (p.display[:1] if _is_cjk(p.display) else "Smith")
    name = rng.choice(pool).replace("{first}", first).replace("{last}", last)
    base = _slug(name).replace("-", "") or f"shop{_digits(rng, 4)}"
    if _is_cjk(name):
        base = (
            f"{_handle_part(p.handle) or 'shop'}{rng.choice(('shop', 'cafe', 'bakery', 'studio'))}"
        )
    tld = _LANG_TLD.get(
        lang, rng.choice((".com", ".com", ".co.uk", ".com.au", ".ca", ".net", ".co"))
    )
    url = rng.choice((f"https://www.{base}{tld}", f"https://{base}{tld}/", f"http://{base}{tld}"))
    return name, url


def _make_author(
    rng: random.Random, lang: str, culture: str | None = None, url_p: float = 0.42
) -> _Person:
    p = _name_for(rng, lang, culture)
    email_lang = lang
    if lang == "en" and culture is None:
        email_lang = "en"
    elif culture is not None:
        email_lang = _CULTURES[culture][2] if rng.random() < 0.6 else "en"
    p.email = _email_for(rng, p, email_lang)
    if rng.random() < url_p:
        r = rng.random()
        if r < 0.50:
            p.url = _blog_url(rng, p, lang)
        elif r < 0.82:
            p.url = _social_url(rng, p, lang)
        else:
            bname, burl = _business(rng, p, lang)
            if rng.random() < 0.6:
                p.display = bname if rng.random() < 0.5 else f"{p.first} @ {bname}"
            p.url = burl
    return p


# ---------------------------------------------------------------------------
# 4. English banks
# ---------------------------------------------------------------------------
# Slots: {kw} {kw2} {Kw} {Kw2} {title} {frag} {ctx} {relative} {name} {oname}
#        {cond} {place} {year} {month}; spin groups: [[a|b|c]].

_CTX_BY_TOPIC: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("garden", "plant", "allotment", "grow", "compost", "seed"),
        (
            "my allotment",
            "our balcony garden",
            "the community garden plot",
            "my first vegetable bed",
            "the school garden club",
            "my mum's overgrown backyard",
        ),
    ),
    (
        ("cook", "food", "recipe", "bak", "kitchen", "bread", "meal", "vegan"),
        (
            "Sunday lunch",
            "my daughter's birthday cake",
            "our family dinner",
            "the school bake sale",
            "meal prep this week",
            "my first dinner party",
            "the potluck at work",
        ),
    ),
    (
        ("travel", "trip", "hik", "camp"),
        (
            "our trip next month",
            "a week in Portugal",
            "my first solo trip",
            "the honeymoon planning",
            "a long train journey",
            "the family road trip",
        ),
    ),
    (
        (
            "software",
            "programming",
            "code",
            "dev",
            "web",
            "python",
            "data",
            "tech",
            "linux",
            "computer",
            "cloud",
            "database",
        ),
        (
            "my side project",
            "a migration at work",
            "our team's codebase",
            "my thesis code",
            "the internal tool I maintain",
            "a hackathon this weekend",
            "a code review tomorrow",
            "the Raspberry Pi in my closet",
        ),
    ),
    (
        ("financ", "money", "budget", "invest", "tax", "saving", "debt", "retire"),
        (
            "our household budget",
            "my tax return",
            "my first proper payslip",
            "the family savings plan",
            "a meeting with my bank",
            "my parents' retirement plans",
        ),
    ),
    (
        ("health", "fitness", "run", "sport", "yoga", "sleep", "nutrition", "diet", "medic"),
        (
            "my 10k training",
            "my physio exercises",
            "the new routine I'm trying",
            "my dad's rehab",
            "a half marathon in spring",
            "getting back into shape after surgery",
        ),
    ),
    (
        ("parent", "child", "kid", "baby", "family", "toddler"),
        (
            "our toddler's bedtime",
            "the school holidays",
            "my teenager's exam year",
            "a very long car ride with kids",
            "the first week of nursery",
        ),
    ),
    (
        ("photo", "camera", "film"),
        (
            "a wedding I'm shooting",
            "my first photo walk",
            "the family album",
            "a small product shoot",
        ),
    ),
    (
        ("music", "guitar", "piano", "sing", "song"),
        ("my piano lessons", "band practice", "the choir concert", "my grade 5 exam"),
    ),
    (
        ("book", "read", "writ", "literat", "novel", "poet"),
        (
            "my book club",
            "the novel I'm drafting",
            "a reading list for my class",
            "my dissertation chapter",
        ),
    ),
    (
        ("diy", "home", "repair", "renovat", "house", "wood", "craft"),
        ("our kitchen renovation", "the shed project", "fixing up the spare room", "my first flat"),
    ),
    (
        ("pet", "dog", "cat", "animal", "bird"),
        (
            "our rescue dog",
            "the new kitten",
            "my neighbour's elderly cat",
            "the dog-sitting job next week",
        ),
    ),
    (
        ("science", "space", "physics", "biology", "chemistry", "climate", "astronom", "math"),
        (
            "a lesson I'm teaching",
            "my lab report",
            "the science fair project",
            "a stargazing night with my kids",
        ),
    ),
    (
        ("gadget", "phone", "laptop", "hardware", "electronic"),
        ("my old laptop", "a phone upgrade", "setting up my parents' tablet", "the home server"),
    ),
    (
        ("educat", "school", "teach", "learn", "language", "study"),
        ("my class next week", "our homeschool plan", "exam prep", "tutoring my niece"),
    ),
)
_GENERIC_CTX = (
    "a project I'm stuck on",
    "my own situation",
    "a talk I'm giving",
    "the newsletter I write",
    "a conversation with my partner",
    "my notes",
    "the week ahead",
    "work",
    "a friend who asked me about this",
    "my evening class",
)
_RELATIVES = (
    "mum",
    "dad",
    "partner",
    "grandmother",
    "roommate",
    "teenager",
    "husband",
    "wife",
    "boss",
    "sister",
    "brother-in-law",
    "neighbour",
    "best friend",
    "uncle",
)
_CONDS = (
    "you're a complete beginner",
    "you only have an hour a week",
    "you're on a tight budget",
    "you live in a small flat",
    "it's for a group of ten",
    "you're starting from scratch in your fifties",
    "you have kids under five running around",
    "you can't drive",
    "you work night shifts",
    "English isn't the main language at home",
)
_PLACES = (
    "a small town",
    "a cold climate",
    "a tiny apartment",
    "the tropics",
    "a big city",
    "rural Ireland",
    "northern Sweden",
    "a shared house",
    "the Australian outback",
    "a high-altitude town",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_EN_THANKS = (
    "The bit about {kw} finally made it click for me. [[Thank you!|Thanks!|Cheers.]]",
    "[[Thanks|Thank you]] — {kw} was exactly what I needed for {ctx}.",
    "Thank you for the section on {kw}. I've read a dozen explanations and this is the first one that stuck.",
    '"{frag}" — that line alone was worth the read. Thanks.',
    "Really appreciate you explaining {kw} without assuming we all already know it.",
    "Printed the part about {kw} and stuck it on the fridge. Thank you!",
    "This is the clearest take on {kw} I've come across. Saving it for {ctx}.",
    'Thanks for writing "{title}". The {kw} part [[especially|in particular]].',
    "Love how you connected {kw} and {kw2}. Never thought of them together.",
    "I came for {kw} and stayed for the bit about {kw2}. [[Great post.|Lovely post.|Really good read.]]",
    "Thanks for this. Sending it to my {relative}, who has been asking me about {kw} for months.",
    "Finally someone talks about {kw} honestly. Thank you.",
    "Your explanation of {kw} saved me from a very expensive mistake. [[Thanks a lot!|Much appreciated.]]",
    "Thank you for the practical details on {kw} — most posts stay way too vague.",
    "Great write-up. The {kw} tip alone was worth it for me.",
    "Thank you, {kw} has been on my mind for a while and this gave me a place to start.",
    "Just wanted to say thanks. I tried your suggestion about {kw} last weekend and it [[worked|actually worked|worked first time]].",
    "Bookmarking this for the {kw} section. Thanks for taking the time.",
    "Such a helpful post. I had never considered {kw2} when thinking about {kw}.",
    "Thank you for mentioning {kw}. It rarely gets the attention it deserves.",
    "This was lovely to read. The part about {kw} made me smile.",
    "Appreciate the honesty about {kw}. Refreshing.",
    "Thank you! I've been getting {kw} wrong for years, apparently.",
    "Ha, I needed the reminder about {kw}. Thanks!",
    "Came here from a search on {kw} and this answered everything. Thank you.",
    "Thank you for explaining {kw} in plain language — my {relative} finally understands what I've been going on about.",
    "Best explanation of {kw} I've read this year, no exaggeration.",
    'Thanks for "{title}" — forwarded it to my whole team and the {kw} part sparked a good discussion.',
    "Many thanks. I read the {kw} paragraph twice and then went and did it.",
    "Thank you for the reminder that {kw} doesn't have to be complicated.",
    "Thanks for including the bit on {kw2}. I'd have missed that completely.",
    "Short version: {kw} finally makes sense. Long version: thank you, seriously.",
    'Thank you for sharing this. "{frag}" is going on a sticky note above my desk.',
    "[[Brilliant|Excellent|Fantastic]]. The way you broke down {kw} step by step is exactly how I learn.",
    "Thanks so much! I used your {kw} advice for {ctx} and it went [[smoothly|better than expected|really well]].",
    "What a helpful post. I especially liked the part where you talk about {kw}.",
    "Thank you for not skipping over {kw}. Most people do.",
    "Saved me an afternoon of searching about {kw}. Thanks!",
    "I appreciate the nuance here, especially around {kw} and {kw2}.",
    'Really enjoyed "{title}". I had no idea about {kw}.',
    "Thank you for the kind, practical tone. The {kw} section felt like advice from a friend.",
    "This is gold for anyone dealing with {kw}. Thank you.",
    "Your note on {kw} cleared up something my teacher never managed to explain.",
    "Thank you for writing about {kw} without the hype.",
    "Huge thanks. I've shared the {kw} part with our [[neighbourhood group|parents' WhatsApp group|reading group|team Slack]].",
    'Of everything here, "{frag}" is what I\'ll remember. Thank you.',
    "Thanks for the update on {kw} — I'd been working off outdated info.",
    "Wonderful post. Thank you for the time you clearly put into the {kw} section.",
    "Just what I needed before {ctx}. The {kw} reminder especially. Thanks!",
    "Thank you thank you thank you. {Kw} was driving me mad.",
    "Great post on {kw}! I'd add that {kw2} matters just as much, but you covered it well.",
    "Thanks for this, the bit on {kw} answered a question I didn't know how to ask.",
    'Wow, thanks. I did not expect a post titled "{title}" to teach me so much about {kw}.',
    "Thank you for the {kw} explanation. My notes from {ctx} make much more sense now.",
    "Clear, kind and useful. Thanks for the {kw} section in particular.",
    "I've been reading about {kw} for weeks and your post is the one I'll come back to. Thank you.",
    "{Kw} + {kw2} in one post? You read my mind. Thanks!",
    "Thanks! The example you gave for {kw} is the one that finally worked for my brain.",
    "Thank you for admitting what went wrong with {kw}. That's more useful than any success story.",
    'Lovely, thoughtful post. "{frag}" really stayed with me.',
    "Thanks for the {kw} tips. Tried two of them already for {ctx}, both helped.",
    "My {relative} sent me this and I'm so glad. The part on {kw} is spot on. Thank you.",
    "Thank you! Exactly the level of detail on {kw} I was looking for, not too much, not too little.",
    "I always learn something here. Today it was {kw}. Thanks!",
)

_EN_SHORT = (
    "Great read.",
    "Love this!",
    "So true",
    "Thanks for sharing",
    "Beautiful.",
    "Well said",
    "Bookmarked for later, thanks!",
    "wow",
    "+1",
    "Nice post!",
    "Agree 100%",
    "Congrats!!",
    "Great post",
    "Very helpful, thank you.",
    "This is great.",
    "Love it",
    "Spot on.",
    "Needed this today.",
    "Exactly this.",
    "Yes!",
    "Thank you!",
    "Thanks!",
    "Brilliant.",
    "So helpful!",
    "Amazing work.",
    "Beautifully written.",
    "Lovely post.",
    "Really useful.",
    "Saved!",
    "Sharing this.",
    "Interesting read.",
    "Good stuff.",
    "Thanks, very clear.",
    "Couldn't agree more.",
    "This made my day.",
    "Great tips!",
    "Super helpful.",
    "Well written.",
    "Fascinating.",
    "Such a good post.",
    "Thanks for this!",
    "Nicely done.",
    "Very informative.",
    "I needed to hear this.",
    "Ha! Love it.",
    "Gorgeous photos!",
    "Great photos.",
    "Clear and concise.",
    "Agreed.",
    "Yes, this.",
    "Keep writing!",
    "Looking forward to part 2!",
    "More posts like this please.",
    "Excellent as always.",
    "Another great one.",
    "Thank you so much!",
    "Wonderful.",
    "Very cool.",
    "Neat!",
    "So good.",
    "Ooh, useful.",
    "Love your blog.",
    "Always a pleasure to read.",
    "Learned something new today.",
    "TIL, thanks!",
    "Great explanation.",
    "Simple and useful.",
    "This is so helpful.",
    "Real talk.",
    "Mind blown.",
    "Thanks for writing this.",
    "Amen.",
    "Huge help, thanks!",
    "Well put.",
    "Saving this.",
    "Very well explained.",
    "Good one!",
    "Great advice.",
    "I love this so much.",
    "Thank you for this post.",
    "Great insight.",
    "Cool post!",
    "Fantastic!",
    "Awesome, thanks.",
    "This is wonderful.",
    "Very true.",
    "Absolutely.",
    "Couldn't have said it better.",
    "So inspiring.",
    "Informative and fun.",
    "Thanks, mate!",
    "Cheers!",
    "Lovely!",
    "Adorable!",
    "Top post.",
    "Great job!",
    "Nice work!",
    "Perfect timing!",
    "Just what I needed.",
    "Very timely.",
    "So relatable.",
    "Hahaha, so true",
    "lol yes",
    "omg yes",
    "Good read, thanks.",
    "Bravo!",
    "Thoughtful post.",
    "Solid advice.",
    "Hear, hear!",
    "Thank you for sharing this.",
    "Excellent summary.",
    "Superb.",
    "Love the new layout!",
    "First time here, loved it.",
    "Long-time reader, first comment: great post!",
    "This is the one.",
    "Printed and pinned.",
    "Nailed it.",
    "Beautiful words.",
    "Very moving.",
    "Made me smile.",
    "Can confirm, works.",
    "Same here!",
    "Thanks, that helped.",
    "Subscribed!",
    "Love, love, love.",
    "Brilliant stuff.",
    "You always explain things so clearly.",
    "Loved every word.",
    "Ha, guilty.",
    "Good reminder.",
    "Really enjoyed this.",
    "Count me in!",
    "10/10",
    "Great stuff as usual.",
    "Quality post.",
    "Very interesting, thanks.",
    "I'm sharing this everywhere.",
    "This deserves more readers.",
    "Thank you, really.",
    "Such a lovely read.",
    "Glad I found this.",
    "This. So much this.",
)

_EN_OCCASIONS = (
    "Happy birthday {oname}!",
    "Happy birthday!! 🎂",
    "Congrats on the new baby!",
    "Congratulations {oname}!",
    "Congrats on the book deal!",
    "Happy anniversary to you both!",
    "Get well soon, {oname}.",
    "Welcome back! Missed your posts.",
    "Merry Christmas to you and yours!",
    "Happy new year!",
    "Congrats on ten years of blogging!",
    "So sorry for your loss. Hugs.",
    "Happy retirement!",
    "Safe travels!",
    "Congrats on the graduation!",
    "Good luck with the move!",
    "Happy Diwali!",
    "Eid Mubarak!",
    "Happy Lunar New Year!",
    "Congrats on the new job, {oname}!",
    "Happy Thanksgiving, {oname}!",
    "Thinking of you, {oname}.",
    "Congrats, well deserved!",
    "Best wishes to you both!",
    "Happy 40th, {oname}!",
    "Congrats on 500 posts!",
)

_EMOJI_ONLY = (
    "👍",
    "❤️❤️",
    "🙏",
    "👏👏👏",
    "🔥🔥",
    "💯",
    "🙌",
    "😍",
    "👍🏽",
    "🤯",
    "❤️",
    "😂😂😂",
    "🥰",
    "👏",
    "💪",
    "✨",
    "🙏🙏",
    "😊",
    "👌",
    "👍👍",
    "💕",
    "🎉🎉",
    "😭❤️",
    "🙌🏾",
    "👏🏻👏🏻",
    "😄",
    "🌸",
    "🤩",
    "😮",
    ":)",
    ":-)",
    "<3",
    "^^",
)
_EMOJI_TAIL = (" 🙂", " 😊", " 👍", " ❤️", " 🙏", " :)", " :D", " 😂", " 👏", " 🔥", " 💯", " ✨")

_EN_QUESTIONS = (
    "Does {kw} still work if {cond}?",
    "How long did it take before you noticed a difference with {kw}?",
    "Quick question: would you recommend {kw} or {kw2} for someone just starting out?",
    "Where did you learn about {kw}? Any books you'd recommend?",
    "Could you expand on {kw}? You mention it briefly but I'd love more detail.",
    "What would you do differently about {kw} if you started over?",
    "Is there a reason you didn't say more about {kw2}? Genuinely curious.",
    "Any tips for explaining {kw} to kids?",
    'When you say "{frag}", do you mean always, or just in your situation?',
    "Has anyone here tried {kw} in {place}? Wondering if it translates.",
    "How much did {kw} end up costing you, roughly?",
    "Would this apply outside the US? The rules around {kw} are different where I live.",
    "Do you have a follow-up planned on {kw}? I'd read it.",
    "Sorry if this is a dumb question, but what exactly is {kw}?",
    "Is {kw} something you do every day or just occasionally?",
    "Did you ever run into problems with {kw2}? That's where I keep getting stuck.",
    "What's the one thing about {kw} you wish someone had told you earlier?",
    "Can {kw} be done without special equipment?",
    "How do you balance {kw} with {kw2}?",
    "I'm confused about the order: {kw} first, then {kw2}, or the other way around?",
    "Does anyone have a source for the claim about {kw}? Not doubting, just want to read more.",
    "Is the advice about {kw} still current in {year}?",
    "What would you suggest for someone who tried {kw} and it didn't work?",
    "Question for the author: how did you figure out the bit about {kw}? Trial and error?",
    "How do I know if I'm overdoing {kw}?",
    "Any beginner-friendly resources on {kw} you trust?",
    "Which mistakes with {kw} are the most common, in your experience?",
    "Genuine question, not trying to be difficult: what's the evidence behind {kw}?",
    "Would {kw} still make sense if I'm only doing this part-time?",
    "Is there a printable version of this? I'd love to keep the {kw} section handy.",
    "What do you think about the opposite view, that {kw} is overrated?",
    "Are there any risks with {kw} people should know about?",
    'I read "{title}" twice. Still not sure: is {kw} the first step or the last?',
    "Is it possible to do {kw} as a family activity, or is it more of a solo thing?",
    "How often do you revisit your approach to {kw}?",
    "What made you change your mind about {kw}? You seemed skeptical in earlier posts.",
    "Is {kw} something I can start in {month}, or should I wait?",
    "Would you mind sharing what you used for {kw2}? Brand doesn't matter, just the type.",
    "Does {kw} work the same way if {cond}? Asking for myself, obviously.",
    "You mention {kw2} in passing. Is that essential or optional?",
    "How would you adapt {kw} for {ctx}?",
    "Can I ask how you measured the results with {kw}? I'd like to compare with mine.",
    "Is there a version of {kw} that takes less time? I'm juggling a lot right now.",
    "Did your view on {kw} change after writing this? Curious what the comments taught you.",
    "Would {kw} be too much for someone in their seventies? My {relative} is keen to try.",
    "Is there anything you'd add about {kw} now, a few months on?",
    'How strict do you have to be with {kw}? Is "mostly" good enough?',
    "What's your opinion on doing {kw} and {kw2} at the same time?",
)
_EN_Q_PREFIX = (
    "",
    "",
    "",
    "",
    "Hi! ",
    "Great post. ",
    "Thanks for this. ",
    "Quick one: ",
    "Hello from {place_short}! ",
    "Hi {oname}, ",
    "Hey, ",
    "Love the post. ",
    "Longtime reader here. ",
    "Sorry if this was covered already. ",
)

_EN_DISAGREE = (
    "I respectfully disagree about {kw}. In my experience it causes more problems than it solves.",
    "Not sure I agree on {kw}. It depends a lot on the circumstances, which the post kind of glosses over.",
    "Good post overall, but I think you're underselling {kw2}.",
    "I'd push back a little on \"{frag}\". That hasn't been my experience at all.",
    "Hmm, I see it differently. {Kw} worked for me only after I ignored most of the standard advice.",
    "With respect, the section on {kw} oversimplifies things.",
    "I've been doing this for twenty years and I don't think {kw} matters as much as you say.",
    "I'd love to agree, but the numbers on {kw} just don't back this up where I live.",
    "Fair points, but you're ignoring the cost side of {kw}.",
    "Interesting, though I think {kw} is more of a luxury than a necessity for most people.",
    "I don't buy this. {Kw} is overhyped.",
    "You're wrong about {kw}. Flat out.",
    "Sorry, but this is bad advice on {kw}.",
    "No. Just no. {Kw} does not work like that.",
    "This whole post hinges on {kw} being true, and it isn't.",
    "Nope. Tried {kw} exactly as described. Didn't work.",
    "Honestly this reads like you've never actually done {kw} yourself.",
    "Please STOP telling people {kw} is easy. It is NOT easy for everyone.",
    "This is EXACTLY the kind of advice that got me into trouble with {kw}. NOT impressed.",
    "I am so tired of posts pretending {kw} is the answer to EVERYTHING.",
    "Did you even READ the comments on your last post about {kw}? People told you this was wrong.",
    "{Kw} is NOT a solution for people with no money. Some of us live in the real world.",
    "WRONG about {kw2}. Completely, totally wrong. Check your sources.",
    "I'm honestly ANGRY reading this. People are going to try {kw} because of this post and regret it.",
    "Oh great, another post telling me {kw} will fix my life. Can't wait.",
    "Sure, {kw} is easy — if you have unlimited time and money. The rest of us will manage somehow.",
    "Ah yes, {kw}, the thing that works perfectly in every blog post and never in real life.",
    'Love how "{title}" skips the part where {kw} costs a fortune.',
    "Wow, groundbreaking. {Kw}. Who would have thought.",
    "Right, because everyone has a spare weekend to spend on {kw}.",
    "Cool story, but my {relative} tried {kw} and it was a disaster.",
    "Half agree. {Kw} yes, {kw2} absolutely not.",
    "I liked the post but the {kw} part is just wrong for anyone living in {place}.",
    "Counterpoint: {kw} made things worse for us. Not everyone's situation is the same.",
    "You contradict yourself: first {kw} is essential, then it's optional?",
    "I think the conclusion is right but for the wrong reasons — it's {kw2}, not {kw}.",
    "Strongly disagree. I've seen {kw} fail more often than succeed.",
    "Respectfully, your take on {kw} ignores people with disabilities.",
    "Not convinced. Where's the evidence on {kw}? Anecdotes aren't data.",
    "Been reading you for years and this is the first time I think you got it wrong. {Kw} isn't the issue.",
    "This is dangerous advice about {kw}. PLEASE add a warning to the post.",
    "Meh. Everything here about {kw} has been said before, and better.",
    "I'm sorry but \"{frag}\"? That's simply not true.",
    "Disagree on {kw}, agree on pretty much everything else.",
    "You make {kw} sound like a moral failing if people don't do it. That's unfair.",
    "I was nodding along until the part about {kw}. Then, no.",
    "Gonna be the grumpy one here: {kw} is a fad and in five years nobody will care.",
    "This only works if {cond} isn't true. Which, for a lot of your readers, it is.",
    "Uh, {kw} was debunked years ago? Surprised to see it here.",
    "Your post, your rules, but I think {kw2} deserved at least a mention before {kw}.",
)

_EN_QUOTE_RESPONSES = (
    "This. Exactly this.",
    "I had to read that twice — it's so true.",
    "I'm not sure I agree. In my case it was the opposite.",
    "Wish I'd known this before I started with {kw}.",
    "Could you say more about this? It seems like the key point of the whole post.",
    "This is the line I'm going to send to everyone who asks me about {kw}.",
    "Hard disagree here, at least for beginners.",
    "So much truth in one sentence.",
    "My experience exactly. Took me years to learn it.",
    "Is this always the case, though? I've seen exceptions.",
    "Yes! And it applies to {kw2} too.",
    "Printed this and put it on the wall.",
    "Funny, my {relative} used to say almost exactly the same thing.",
    "This is where I got stuck. Glad it's not just me.",
    "I think this deserves its own post.",
    "Completely agree, and nobody else seems to say it out loud.",
    "Hmm, that depends a lot on where you live.",
    "Best sentence in the post.",
    "I laughed out loud at this because it's painfully accurate.",
    "Needed to hear that today.",
    "Not quite — I'd say it's more about {kw} than anything else.",
    "This changed how I think about {kw}. Thank you.",
    "Would love a source for this.",
    "Same conclusion I came to after a lot of trial and error.",
    "Could not have put it better.",
    "I wrote this down. Then I underlined it.",
    "Respectfully, this is where the post lost me. It hasn't matched anything I've seen.",
    "Ha! Tell that to my {relative}.",
    'I\'d add "most of the time", but otherwise yes.',
    "This is the most underrated point about {kw}.",
    "Going to think about this one for a while.",
    "Is there a typo here? I think you meant {kw2}.",
)
_EN_QUOTE_LEADS = (
    "You wrote:",
    "Loved this line:",
    "This part:",
    "Re:",
    "About this:",
    "When you say",
    "On the part where you say",
    "Quoting you:",
    "This bit —",
    "",
    "",
    "",
)

_EN_LINK = {
    "wiki": (
        "For anyone who wants the background, the Wikipedia article on {kw} is a decent start: {link}",
        "There's a surprisingly good summary of {kw} on Wikipedia: {link}",
        "Related: {link} (the history section is fascinating).",
        "If like me you had to look up {kw}: {link}",
        "Wikipedia has a nice overview, with references at the bottom: {link}",
    ),
    "docs": (
        "The official guidance covers {kw} in more detail: {link}",
        "Worth adding the official page here, it answers a few of the questions above: {link}",
        "For the nitty-gritty on {kw}, this reference helped me a lot: {link}",
        "Good post! The docs also have a section on this: {link}",
    ),
    "stats": (
        "If anyone wants the actual numbers, the statistics office has a page on this: {link}",
        "The official figures are here, for what it's worth: {link} — they roughly match what you describe.",
        "Data nerd here: the latest numbers related to {kw} are at {link}",
    ),
    "paper": (
        "There's a paper that backs up the {kw} point: {link} — the abstract is readable even for non-specialists.",
        "Relevant study: {link}. Small sample, but interesting.",
        "For the skeptics in the comments, here's the study I think you're referring to: {link}",
        "This review article is a good starting point on {kw}: {link}",
    ),
    "github": (
        "I wrote a tiny tool for {kw} a while back, might help someone: {link}",
        "This repo has a good collection of {kw} examples: {link}",
        "If you want to automate the {kw} part, there's an open-source project for it: {link}",
    ),
    "own_site": (
        "Your earlier post at {link} goes really well with this one.",
        "This reminded me of your older piece on {kw}: {link} — maybe link them together?",
        "Is this an update to {link}? Some of the advice seems to have changed.",
        "For new readers: the first part of this series is here {link}",
    ),
    "own_blog": (
        "I wrote about my own experience with {kw} here, in case it's useful: {link}",
        "Funny timing — I just published something similar on {kw}: {link}. Your take is better though!",
        "Your post inspired me to finally write up my notes on {kw}: {link}",
        "I linked to this from my blog, hope that's ok: {link}",
    ),
    "video": (
        "This video explains {kw} visually, if anyone's a visual learner: {link}",
        "There's a good talk on exactly this: {link} (starts getting interesting around minute 12).",
    ),
    "archive": (
        "The original source you mention seems to be gone, but the archived copy is here: {link}",
        "Dead link in the post, by the way — archived version: {link}",
    ),
    "forum": (
        "There's a good discussion thread on this too: {link}",
        "Someone asked almost the same question on Stack Exchange: {link}",
    ),
}
_EN_ANCHORS = (
    "this article",
    "here",
    "this page",
    "Wikipedia",
    "this",
    "the official page",
    "a related write-up",
    "my post",
    "this study",
    "{kw}",
)

_EN_NON_NATIVE: tuple[tuple[str, str], ...] = (
    ("hispanic", "I have 35 years and never I understood {kw} until today. Thank you very much!"),
    (
        "hispanic",
        "Very interesting the part of {kw}. In my country we make it different, but I will try your form.",
    ),
    (
        "hispanic",
        "Thanks for the post, is very util for me. I was searching information about {kw} since weeks.",
    ),
    ("hispanic", "I am agree with you in the topic of {kw}, but {kw2} is more important for me."),
    (
        "brazilian",
        "Congratulations for the post! The explanation of {kw} is very clear, I will apply in my work.",
    ),
    (
        "brazilian",
        "Very good article. Here in Brazil {kw} is a little bit different but the idea is the same.",
    ),
    ("brazilian", "I stayed very happy reading this about {kw}. Thanks for share!"),
    ("brazilian", "Is possible to do {kw} without {kw2}? Sorry my english."),
    ("french", "I am agree with you about {kw}. Since two years I do exactly like that."),
    (
        "french",
        "Thank you for this article, it is very interesting. I did not know that {kw} could be so simple.",
    ),
    ("french", "Very nice article! I have a question: the {kw}, it is necessary every day?"),
    ("french", "Sorry for my bad english. I find your explication of {kw} very clear, merci!"),
    ("german", "I become always confused with {kw}, now it is clear for me. Thanks a lot!"),
    (
        "german",
        "Very good article. Since last year I make {kw} and I can confirm everything what you write.",
    ),
    ("german", "Thank you for the article. Only one remark: {kw2} is in Germany a bit other."),
    ("german", "I must say, this is the best explanation of {kw} I have read until now."),
    ("italian", "Very beautiful post! I have try {kw} last summer and is true what you say."),
    ("italian", "Thank you, is very clear. In Italy we say {kw} is for the patient people :)"),
    (
        "russian",
        "Article is good, but author forgot mention {kw2}. In our climate is very important.",
    ),
    (
        "russian",
        "Thank you for article. I was doing {kw} wrong all this time, now I understand where is mistake.",
    ),
    ("russian", "Very useful information about {kw}. Please write more about this theme."),
    ("chinese", "This article very helpful, I learn a lot about {kw}. Thank you!"),
    (
        "chinese",
        "I am student from China. {Kw} is difficult for me but your post make it easy to understand.",
    ),
    ("chinese", "Very good! I want to know more detail about {kw}, can you write next article?"),
    ("chinese", "Thanks your sharing. I try {kw} yesterday and it is work."),
    ("japanese", "I was very impressed. {Kw} is difficult for me, but I will try my best."),
    (
        "japanese",
        "Thank you for your nice article. I learned about {kw} for the first time. It was very helpful.",
    ),
    (
        "korean",
        "Thank you for good information about {kw}. I will try it this weekend and share the result.",
    ),
    ("korean", "Your post is so helpful for me. In Korea, {kw} is not so popular yet."),
    ("indian", "Very nice article. I have one doubt regarding {kw2}, kindly clarify."),
    (
        "indian",
        "Nice explanation. I am doing {kw} since 2 years but I was not knowing about {kw2}.",
    ),
    ("indian", "Kindly tell whether {kw} is applicable for beginners also."),
    ("indian", "Superb article. My mother was telling the same thing about {kw} from long time."),
    (
        "arabic",
        "Thank you for this beautiful article. I am trying {kw} from one month and I see the difference.",
    ),
    ("arabic", "Very useful, but please explain more the point of {kw2}, is not clear for me."),
    ("turkish", "Very nice writing. In Turkey we do {kw} little bit different but idea is same."),
    ("turkish", "Thank you, I read it two times. {Kw} part is very good explained."),
    ("polish", "Very good article. I was thinking always that {kw} is only for professionals."),
    (
        "polish",
        "Thanks for the text. I have a question - how long it takes to see results with {kw}?",
    ),
    ("vietnamese", "Thank you so much, your article help me understand {kw} more clearly."),
    ("vietnamese", "Very useful post! I will share to my friends who also interest in {kw}."),
    ("indonesian", "Very nice article. I just know about {kw} from your post, thank you."),
    ("indonesian", "Thank you for the information. I want to ask, {kw} is can be done at home?"),
    (
        "nordic_dutch",
        "Nice article! In the Netherlands we do {kw} since long time, good to see it also other places.",
    ),
    ("nordic_dutch", "I think you have right about {kw}. Thanks for writing it down so clear."),
    (
        "african",
        "Thank you for this, we are also facing this issue of {kw} here. It is well explained.",
    ),
    ("filipino", "Thanks for this po! Very informative especially the {kw} part."),
    ("", "Is very good post. Before I was thinking {kw} is not important, now I change my mind."),
    (
        "",
        "Sorry my english is not so good. I want say thank you, the part of {kw} help me very much.",
    ),
    ("", "Please can you make one more post about {kw2}? For me is the most difficult part."),
    ("", "I read many article about {kw} but this one is more clear. Thank for your work."),
    (
        "",
        "In my opinion you are right but {kw} is not so easy like you write. Anyway good article.",
    ),
    ("", "I don't agree the part of {kw}. In my experience it make things more complicated."),
    ("", "Thanks! I was not know that {kw} and {kw2} is connected. Very interesting."),
    ("", "My english is bad but I understand everything, because you explain {kw} so good."),
    (
        "",
        "Good morning from {place_short}. I follow your blog since long time, this post about {kw} is my favorite.",
    ),
    ("", "I have problem with {kw}, I do like you say but nothing happen. What I do wrong?"),
    ("", "Beautiful article, is like you read my mind about {kw}."),
    ("", "One question please, {kw} is also good for old people? My father want to try."),
    ("", "Thank you, this information about {kw} I was needing since long time."),
    ("", "Is true what you write about {kw2}, many peoples don't know it."),
)

_EN_REPLY_READER = (
    "@{name} I had the same problem with {kw}. What fixed it for me was starting over with smaller steps.",
    "@{name} same here! Glad it's not just me.",
    "{name}, try doing {kw2} first — that's what made the difference for me.",
    "@{name} I don't think that's quite right. The post says {kw} comes after, not before.",
    "Thanks {name}, that worked!",
    "@{name} thank you, that tip about {kw} saved my weekend.",
    "Replying to {name}: I'm in the same boat, would love to hear if you figure it out.",
    "@{name} ha, my {relative} says exactly the same thing.",
    "@{name} not the author, but I think the answer is in the second half of the post, where {kw} comes up.",
    "@{name} +1 to this. {Kw} deserves its own post.",
    "{name} — I emailed the author about {kw} last year and got a really helpful reply, so worth asking.",
    "@{name} which part of {kw} are you stuck on? Might be able to help.",
    "@{name} I was skeptical too, but give it a couple of weeks.",
    "Agree with {name} above. The {kw} bit is the heart of the post.",
    "@{name} where are you based? It's quite different here in {place_short}.",
    "@{name} I think you're being a bit harsh, but I get the frustration with {kw}.",
)
_EN_REPLY_OWNER = (
    "Glad it helped!",
    "Good catch, fixed. Thanks {name}!",
    "Thanks {name}! I'm planning a follow-up on {kw}, stay tuned.",
    "@{name} Great question. Short answer: yes, but go slowly with {kw} at first.",
    "Thanks for reading, {name}. You're right that {kw2} deserves more space — I'll update the post.",
    "Fair point, {name}. I wrote this from my own experience and it clearly doesn't cover everyone.",
    "Ha, thank you! That photo took about forty attempts.",
    "@{name} I've added a note about {kw} at the end of the post. Thanks for pointing it out.",
    "So happy to hear that, {name}. Let me know how it goes!",
    "Thank you all for the comments on this one. I'm reading every single one, replies coming slowly!",
    "Typo fixed, thanks for the sharp eyes {name}.",
    "@{name} I don't have a good source for that yet — I'll dig one up and link it here.",
    "@{name} I hear you. {Kw} isn't for everyone and I should have said so more clearly.",
    "Thanks {name}, that's a really useful addition about {kw2}.",
    "@{name} Yes! Exactly. Thanks for putting it better than I did.",
)
_EN_REPLY_THANKS = (
    "Thanks for the quick reply!",
    "Thank you for answering, that clears it up.",
    "Oh that makes sense now. Thanks for taking the time to explain.",
    "Appreciate the reply! Going to try {kw} again this weekend.",
    "Thanks, and sorry for the double comment — it didn't show up the first time.",
    "Just coming back to say: it worked. Thanks again!",
    "Thanks {oname}, didn't expect an answer so fast.",
    "Update: did what you suggested with {kw} and it's much better now. Thank you!",
)

_EN_STORY = {
    "open": (
        "Three summers ago I decided, rather impulsively, to get serious about {kw}.",
        "When my daughter was born I had zero time for anything, and {kw} was the first thing to go.",
        "My dad was the one who first got me interested in {kw}, mostly by doing it badly and laughing about it.",
        "I spent most of {year_old} stubbornly ignoring {kw} because I assumed it was only for experts.",
        "Years ago I worked with a woman who talked about {kw} every single lunch break.",
        "The first time I heard about {kw} was from a stranger on a delayed train, of all places.",
        "After I was made redundant I suddenly had a lot of time, and I filled some of it with {kw}.",
        "My grandmother never used the word {kw}, but looking back that's exactly what she was doing.",
        "I moved to {place} in my late twenties and {kw} was one of the things I had to learn from scratch.",
        "Last winter my {relative} and I made a bet about {kw}. I lost, obviously.",
        "Back in university I wrote a terrible essay about {kw} and got the grade it deserved.",
        "For about a decade I was convinced that {kw} was a waste of time.",
    ),
    "trouble": (
        "The first attempt was a disaster — I skipped half the steps and wondered why nothing worked.",
        "I read everything I could find, which mostly left me more confused.",
        "At one point I almost gave up entirely, and a friend had to talk me out of it.",
        "I made every mistake you list, plus a couple you were too kind to mention.",
        "It cost me more money than I like to admit, and a fair bit of pride.",
        "For months I kept doing the same thing and expecting a different result.",
        "My family were patient about it, mostly, although there was a lot of eye-rolling.",
        "Nobody around me really understood why I cared so much about it.",
        "I was too proud to ask for help, which in hindsight was the real problem.",
        "There was one evening when I honestly sat down and cried about it.",
    ),
    "turn": (
        "What finally changed things was a neighbour who showed me the same thing you describe here about {kw2}.",
        "Then I found an old notebook where I'd written down exactly the mistake you warn about.",
        "The breakthrough came when I stopped trying to do everything at once.",
        "A retired teacher in our village sat me down for an hour and explained it properly.",
        "Eventually I slowed down, kept notes, and things started to make sense.",
        "Funnily enough it was {kw2} that unlocked the rest for me.",
        "I joined a small local group and learned more in a month than in the previous year.",
        'Somebody finally told me "you\'re overthinking it", and they were right.',
    ),
    "now": (
        "These days it's one of the calmest parts of my week.",
        "It's not perfect, but it's mine and it works.",
        "Now I'm the one my friends ask, which still feels slightly ridiculous.",
        "I still get it wrong sometimes, but I know why, which makes all the difference.",
        "My kids have started joining in, which I never expected.",
        "I've kept at it for four years now, with a few breaks.",
        "It turned into a small tradition in our house.",
        "I even started keeping a little logbook, which my {relative} teases me about.",
    ),
    "close": (
        "Reading your post brought all of that back, especially the part about {kw}.",
        "I wish I'd had this post back then — it would have saved me a lot of grief.",
        "Anyway, thank you for writing this; it made me feel less alone in the mess.",
        'So when I read "{frag}" I laughed, because that was me exactly.',
        "Thanks for putting into words what took me years to figure out.",
        "Sorry for the long comment — this one hit close to home.",
        "I'm sending this to my {relative}, who is just starting out.",
        "All of which is a long way of saying: great post, and you're right about {kw}.",
    ),
}

_EN_PINGBACK_CONTENT = (
    "[…] as explained in this post about {title} […]",
    '[…] I found <a href="{post_url}">this excellent write-up on {kw}</a>, which covers most of what I wanted to say […]',
    "[…] For a deeper dive, see {title} ({post_url}). […]",
    '[…] {oname} has a great piece on {kw} that\'s worth your time: <a href="{post_url}">{title}</a> […]',
    "[…] a friend's post on {kw} ({post_url}) convinced me to finally try it. […]",
    '[…] Source: <a href="{post_url}">{title}</a> […]',
    "[…] I'm not going to repeat everything here — read <a href=\"{post_url}\">{title}</a> instead, it's better than anything I'd write on {kw}. […]",
    "[…] This week's favourite read: {title}. Thoughtful and practical about {kw}. […]",
    "[…] borrowed the idea about {kw2} from {post_url} and adapted it for our group […]",
    '[…] (via <a href="{post_url}">{domain}</a>) […]',
)
_EN_PINGBACK_TITLES = (
    "{Kw}: what I learned this year | {blog}",
    "Weekly links #{num} – {blog}",
    "Reading list for {month} | {blog}",
    "{blog} » Blog Archive » {Kw} revisited",
    "Friday favourites #{num}",
    "Notes on {kw} – {blog}",
    "Link roundup: {month} {year}",
    "Things I read this week ({num})",
    "{Kw}, again | {blog}",
    "Sunday links – {blog}",
)
_BLOG_NAMES = (
    "The Quiet Kitchen",
    "Notes from the Shed",
    "Small Steps",
    "Byte-sized",
    "Field Notes",
    "The Slow Lane",
    "Muddy Boots",
    "Half-Baked Thoughts",
    "Ordinary Days",
    "Open Tabs",
    "Second Breakfast",
    "The Tinkerer's Log",
    "Pages & Pints",
    "Under the Pear Tree",
    "Late Night Commits",
    "Allotment Diaries",
    "Around the Table",
    "Low Tide",
)


# ---------------------------------------------------------------------------
# 5. per-language banks
# ---------------------------------------------------------------------------
# Each major language has the same categories as the English banks; {q} is
# the quoted sentence in "quote_fmt", {r} the response.

_ZH: dict[str, Any] = {
    "short": (
        "写得很好，谢谢分享",
        "学习了",
        "好文，收藏了",
        "感谢分享！",
        "说得太对了",
        "受教了",
        "马克一下",
        "mark",
        "顶",
        "支持一下",
        "写得真好",
        "干货满满",
        "收藏了，慢慢看",
        "谢谢博主",
        "很有用，谢谢",
        "赞！",
        "太实用了",
        "涨知识了",
        "同感",
        "说到心坎里了",
        "学到了，谢谢",
        "期待下一篇",
        "已转发给朋友",
        "每次都能学到东西",
        "必须点赞",
        "前排支持",
        "博主辛苦了",
        "收藏+关注",
        "写得很清楚",
        "感谢博主的分享",
        "路过，支持一下",
        "生日快乐！",
        "恭喜恭喜！",
        "新年快乐，博主！",
        "加油！",
        "赞赞赞",
        "好文章",
        "有道理",
        "真不错",
        "讲得明白",
        "终于看懂了",
        "mark，回头细看",
        "太有共鸣了",
        "哈哈哈，真实",
        "已收藏",
        "好棒",
    ),
    "suffix": ("！", "~", "～", " 👍", "，支持", "!!!", "。", "[赞]", " 🙏", "，感谢", "😄"),
    "joiner": "，",
    "thanks": (
        "关于{kw}的那一段讲得特别清楚，终于看懂了，谢谢！",
        "感谢分享！{kw}这部分正是我最近需要的。",
        "《{title}》这篇写得真用心，尤其是{kw}那部分。",
        "之前一直搞不明白{kw}，看完这篇豁然开朗。",
        "谢谢博主，{kw}和{kw2}放在一起讲，思路一下子就清楚了。",
        "文中提到的{kw}我试了一下，效果确实不错，感谢！",
        "“{frag}”这句话说得太好了，已经抄在笔记本上。",
        "找了很久关于{kw}的资料，这篇是讲得最实在的。",
        "谢谢分享，{kw}这块的细节很少有人写得这么详细。",
        "看完就去试了{kw}，果然有用，谢谢博主！",
        "这篇关于{kw}的总结太及时了，下周正好用得上。",
        "收藏了！{kw}那一节准备打印出来慢慢看。",
        "感谢博主把{kw}讲得这么通俗易懂，已经推荐给同事了。",
        "第一次留言，{kw}这部分真的帮了大忙。",
        "写得很实在，没有夸大{kw}的作用，这点特别好。",
        "原来{kw2}也这么重要，以前完全忽略了，谢谢提醒。",
        "转给我爸妈看了，他们说{kw}这段终于讲明白了。",
        "谢谢！按照{kw}的思路调整了一下，省了不少事。",
    ),
    "question": (
        "请问{kw}适合新手吗？需要准备什么？",
        "想问一下，{kw}和{kw2}哪个应该先做？",
        "博主好，文中说的{kw}有没有推荐的参考资料？",
        "如果预算有限，{kw}还有必要吗？",
        "请问“{frag}”具体是指什么情况？",
        "{kw}大概需要多长时间才能看到效果？",
        "在国内的话，{kw}有什么需要注意的地方吗？",
        "有没有更详细的{kw}教程？想深入了解一下。",
        "请教一下，{kw}失败了一次之后还能再试吗？",
        "博主后续会写关于{kw2}的文章吗？很期待。",
        "小白问一句：{kw}到底是什么意思？",
        "这个方法对上班族来说现实吗？{kw}那一步感觉挺花时间的。",
        "请问{kw}有没有什么风险是需要提前知道的？",
        "老人家也可以尝试{kw}吗？我妈很感兴趣。",
    ),
    "disagree": (
        "不太同意关于{kw}的观点，我自己的经验正好相反。",
        "{kw}被说得太神了吧，实际没那么简单。",
        "文章整体不错，但{kw}那部分有点片面。",
        "说实话，我不认同。{kw}并不适合所有人。",
        "这个结论太武断了，{kw}的数据从哪里来的？",
        "按文中的方法试了{kw}，完全没用。",
        "呵呵，又是一篇说{kw}万能的文章。",
        "博主可能没考虑到普通人的情况，{kw}成本太高了。",
        "我觉得{kw2}比{kw}重要得多，本末倒置了。",
        "有一点要纠正：{kw}不是这样理解的。",
        "不敢苟同。{kw}这种说法早就被证明有问题了。",
        "写得挺好，可惜关于{kw}的部分我完全不同意。",
        "“{frag}”？这句话我真的不同意。",
        "拜托别再说{kw}很简单了，对很多人来说一点都不简单！",
    ),
    "quote": (
        "这句话太真实了。",
        "完全同意，深有体会。",
        "这一点我有不同看法，至少在我这里不成立。",
        "这句话值得单独写一篇文章。",
        "说得太好了，一针见血。",
        "请问这个结论有出处吗？想深入了解。",
        "看到这句笑出声，太准确了。",
        "这正是我卡住的地方，原来不止我一个人。",
        "关于{kw}，这句话总结得最到位。",
        "要是早点看到这句话就好了。",
    ),
    "quote_fmt": (
        "「{q}」\n{r}",
        "“{q}”——{r}",
        "<blockquote>{q}</blockquote>\n{r}",
        "引用一下：“{q}” {r}",
        "「{q}」{r}",
    ),
    "link": {
        "wiki": (
            "补充一个资料，维基百科上关于{kw}的介绍也挺全的：{link}",
            "不了解{kw}的朋友可以先看看维基百科：{link}",
        ),
        "own_site": (
            "博主之前那篇也很不错，可以一起看：{link}",
            "和你之前写的这篇正好对上：{link}",
        ),
        "own_blog": (
            "我也写过一篇关于{kw}的文章，欢迎交流：{link}",
            "受这篇启发，我也整理了一下自己的笔记：{link}",
        ),
        "paper": ("有兴趣的可以看看这篇论文：{link}", "这个说法有研究支持，论文在这里：{link}"),
        "stats": ("统计局的数据在这里：{link}", "官方数据可以参考这个：{link}"),
        "github": ("GitHub上有个相关项目，挺好用的：{link}",),
        "video": ("这个视频讲{kw}讲得很直观：{link}",),
        "docs": ("官方文档里有更详细的说明：{link}",),
    },
    "reply_reader": (
        "@{name} 我也遇到过同样的问题，后来换了个方法就好了。",
        "回复{name}：谢谢，按你说的试了，果然可以！",
        "@{name} 同感+1",
        "@{name} 我觉得不是这样的，文章里说的{kw}是在后面一步。",
        "谢谢{name}的补充，学到了。",
        "@{name} 你是哪个城市的？我们这边{kw}的情况不太一样。",
    ),
    "reply_owner": (
        "谢谢支持！很高兴对你有帮助。",
        "感谢指正，已经改过来了。",
        "@{name} 好问题，下一篇会专门写{kw}。",
        "谢谢{name}，你说得对，{kw2}这部分我会补充一下。",
        "@{name} 有空的话可以说说你的情况，我看看能不能帮上忙。",
    ),
    "reply_thanks": ("谢谢回复，明白了！", "感谢博主这么快回复！", "按你说的改了，成功了，谢谢！"),
    "story": {
        "open": (
            "前几年我刚开始接触{kw}的时候，完全是一头雾水。",
            "记得小时候，家里老人就经常说起{kw}。",
            "去年换了工作以后，才第一次认真了解{kw}。",
            "我第一次尝试{kw}是在大学宿舍里，现在想起来还挺好笑的。",
            "疫情那段时间在家待着，我开始琢磨{kw}。",
        ),
        "middle": (
            "那时候网上资料很少，只能自己一点点摸索，走了不少弯路。",
            "第一次失败得很彻底，差点就放弃了。",
            "后来一个朋友教了我一个小窍门，跟文中说的{kw2}几乎一模一样。",
            "慢慢地我发现，最重要的其实是坚持，而不是技巧。",
            "中间有好几次想放弃，是家人一直鼓励我。",
            "花了不少冤枉钱，也被朋友笑话过。",
        ),
        "close": (
            "看到这篇文章，一下子想起了那段日子，谢谢博主。",
            "要是当时能看到这篇文章就好了，能少走很多弯路。",
            "现在{kw}已经成了我生活的一部分，感谢分享这么用心的文章。",
            "所以特别认同文中的观点，尤其是关于{kw}的部分。",
        ),
    },
    "pingback": (
        "[…] 这篇关于《{title}》的文章写得很详细，推荐大家看看 […]",
        '[…] 详见 <a href="{post_url}">{title}</a> […]',
        "[…] 参考：{post_url} […]",
        "[…] 关于{kw}，之前看到一篇很好的文章：{post_url} […]",
    ),
    "pingback_titles": (
        "{kw}学习笔记 | {blog}",
        "每周分享第{num}期",
        "读书笔记：{kw}",
        "本周好文推荐（{num}）",
    ),
    "blogs": ("小林的博客", "慢生活笔记", "老张说技术", "一颗柠檬", "周末厨房", "码农日记"),
    "code": (
        "按照文中{kw}的步骤运行，报了下面这个错，有人遇到过吗？\n<pre>{trace}</pre>",
        "补充一下，如果遇到 `{fixerr}`，先执行 `{fixcmd}` 就好了。",
        "文中的代码有个小问题：`{inline}` 应该改成 `{inline2}`。",
        "分享一下我的配置，亲测可用：\n<pre>{config}</pre>",
        "谢谢博主！{kw}那部分我用 `{cmd}` 一行就搞定了。",
        "请问这个报错怎么解决？\n<code>{err}</code>\n环境是按文章配置的。",
    ),
    "free": (
        "收藏了，周末慢慢看",
        "博主写得太好了，每篇都认真看",
        "从朋友圈看到的，果然不错",
        "一直在关注这个博客，今天终于留言了",
        "请问博主还会继续更新这个系列吗？",
        "看完了，很有启发",
        "这个话题很少有人讲，谢谢",
        "{kw}这部分我读了三遍",
        "我妈看了也说写得好",
        "已经分享到群里了",
        "有些地方不太同意，但整体很有收获",
        "十年老读者路过，支持",
        "写得很接地气，喜欢",
        "请问{kw}有视频教程吗？",
        "文章里的例子很生动",
        "第一次来，已关注",
        "昨天刚好在讨论{kw}，今天就看到这篇",
        "谢谢，终于搞明白了",
        "好文章要顶一下",
        "希望能多写一些关于{kw}的内容",
        "和我的经历很像，感同身受",
        "内容很扎实，点赞",
        "看得出来博主花了很多心思",
        "深夜看完，睡不着了哈哈",
        "这篇值得反复看",
        "不同意{kw}那段，但是其他部分写得很好",
        "作为过来人，{kw}这点真的很重要",
    ),
}

# Simplified -> Traditional, enough for the sentences in this module.
_S2T_PAIRS = (
    "写寫 谢謝 这這 学學 习習 们們 个個 对對 说說 问問 题題 经經 觉覺 实實 时時 会會 后後 发發 现現 还還 "
    "为為 么麼 样樣 点點 请請 试試 错錯 没沒 关關 长長 开開 间間 过過 里裡 电電 网網 读讀 书書 难難 节節 "
    "当當 头頭 种種 从從 让讓 认認 识識 应應 该該 边邊 动動 场場 处處 几幾 机機 术術 码碼 给給 见見 观觀 "
    "论論 详詳 细細 帮幫 办辦 图圖 变變 总總 结結 证證 据據 数數 统統 计計 局局 维維 础礎 资資 料料 "
    "荐薦 满滿 藏藏 慢慢 谢謝 顶頂 转轉 发發 朋朋 圈圈 终終 于於 择擇 钱錢 笔筆 记記 乐樂 恭恭 喜喜 "
    "专專 门門 补補 充充 误誤 误誤 鲜鮮 简簡 单單 备備 险險 风風 险險 验驗 样樣 条條 确確 实實 "
    "达達 运運 报報 环環 境境 决決 执執 行行 议議 参參 考考 视視 频頻 项項 页頁 讲講 窍竅 弯彎 "
    "爷爺 妈媽 爸爸 亲親 测測 兴興 趣趣 调調 整整 费費 冤冤 枉枉 疫疫 宿宿 舍舍 琢琢 磨磨 换換 "
    "态態 灵靈 红紅 绿綠 蓝藍 语語 读讀 卖賣 买買 价價 钟鐘 园園 饭飯 药藥 医醫 术術 卫衛 "
    "轻輕 聪聰 惊驚 庆慶 欢歡 伤傷 谈談 谁誰 虽雖 离離 远遠 进進 选選 连連 这這 适適 "
    "觉覺 赞讚 丰豐 众眾 众眾 释釋 师師 乡鄉 广廣 庄莊 录錄 阅閱 续續 绍紹 织織 "
    "纠糾 贵貴 费費 质質 购購 车車 设設 备備 饮飲 传傳 随隨 级級 给給 线線 网網 复復 杂雜 干乾 准準 并並 励勵 档檔 柠檸 触觸 颗顆 骤驟 "
    "听聽 声聲 写寫 脑腦 惯慣 坚堅 持持 导導 钓釣 鱼魚 头頭 晓曉 马馬 凯凱 岁歲 时時 "
    "啰囉 样樣 户戶 状狀 问問 两兩 严嚴 业業 东東 丝絲 乱亂 争爭 亏虧 产產 亿億 仅僅 从從 "
    "众眾 优優 伙夥 体體 余餘 侠俠 儿兒 党黨 兰蘭 关關 兴興 养養 兽獸 内內 冈岡 册冊 农農 "
    "决決 况況 冻凍 净淨 减減 凤鳳 击擊 创創 刚剛 则則 刘劉 剧劇 劝勸 务務 劳勞 势勢 勋勳 "
    "区區 医醫 华華 协協 单單 卖賣 卢盧 卫衛 却卻 厂廠 厅廳 历歷 压壓 厌厭 县縣 叁參 "
    "双雙 发發 变變 叙敘 叶葉 号號 叹嘆 吓嚇 吗嗎 启啟 员員 响響 哑啞 哟喲 唤喚 啸嘯 "
    "团團 园園 围圍 国國 图圖 圆圓 圣聖 场場 坏壞 块塊 坛壇 垒壘 垦墾 埋埋 声聲 壳殼 处處 "
    "备備 复復 头頭 夸誇 夹夾 夺奪 奋奮 奖獎 妆妝 妇婦 妈媽 妩嫵 娇嬌 娱娛 孙孫 学學 宁寧 "
    "宝寶 实實 宠寵 审審 宪憲 宫宮 宽寬 宾賓 对對 寻尋 导導 寿壽 将將 尔爾 尘塵 尝嘗 层層 "
    "届屆 属屬 岁歲 岂豈 岛島 岭嶺 峡峽 币幣 师師 帐帳 带帶 帮幫 库庫 应應 庙廟 废廢 开開 "
    "异異 弃棄 张張 弥彌 弯彎 强強 归歸 当當 录錄 彦彥 彻徹 径徑 总總 恋戀 恶惡 悦悅 "
    "惊驚 惧懼 惩懲 惯慣 愤憤 愿願 懒懶 戏戲 战戰 户戶 扑撲 执執 扩擴 扫掃 扬揚 扰擾 "
    "抚撫 抢搶 护護 报報 担擔 拟擬 拥擁 拦攔 拨撥 择擇 挂掛 挡擋 挤擠 挥揮 捡撿 损損 "
    "换換 据據 掷擲 搁擱 携攜 摄攝 摆擺 摇搖 敌敵 数數 斋齋 斗鬥 断斷 无無 旧舊 时時 "
    "显顯 晒曬 晓曉 晕暈 暂暫 术術 杀殺 杂雜 权權 条條 来來 杨楊 极極 构構 枪槍 柜櫃 "
    "标標 栏欄 树樹 样樣 桥橋 检檢 楼樓 欢歡 毕畢 气氣 汇匯 汉漢 汤湯 沟溝 没沒 沪滬 "
    "泪淚 泽澤 洁潔 浅淺 测測 济濟 浏瀏 浓濃 涂塗 涨漲 润潤 渐漸 温溫 湾灣 滚滾 满滿 "
    "滤濾 滥濫 灭滅 灯燈 灵靈 灾災 炉爐 点點 炼煉 烂爛 烦煩 烧燒 热熱 爱愛 爷爺 牵牽 "
    "犹猶 独獨 狮獅 猎獵 猫貓 献獻 环環 现現 璃璃 电電 画畫 畅暢 疗療 疯瘋 痒癢 发發 "
    "盏盞 盐鹽 监監 盖蓋 盘盤 着著 睁睜 矫矯 码碼 砖磚 础礎 硕碩 确確 码碼 礼禮 祸禍 "
    "离離 种種 积積 称稱 稳穩 穷窮 窃竊 竞競 笔筆 笋筍 筑築 签簽 简簡 类類 粮糧 紧緊 "
    "红紅 级級 纪紀 约約 纯純 纲綱 纳納 纵縱 纷紛 纸紙 练練 组組 细細 终終 经經 结結 "
    "绕繞 绘繪 给給 络絡 统統 继繼 绩績 续續 维維 综綜 绿綠 缓緩 编編 缘緣 缩縮 网網 "
    "罗羅 罚罰 职職 联聯 聪聰 肃肅 肠腸 肤膚 肿腫 胜勝 胁脅 脉脈 脏髒 脑腦 脚腳 腊臘 "
    "舆輿 舰艦 艺藝 节節 芜蕪 苏蘇 苹蘋 范範 茧繭 荣榮 药藥 莱萊 获獲 营營 萝蘿 "
    "虑慮 虚虛 虫蟲 虽雖 蚁蟻 蛮蠻 衅釁 补補 表表 衬襯 袭襲 装裝 见見 观觀 规規 视視 "
    "览覽 觉覺 誉譽 计計 订訂 认認 讨討 让讓 训訓 议議 讯訊 记記 讲講 许許 论論 设設 "
    "访訪 证證 评評 识識 诉訴 词詞 译譯 试試 诗詩 诚誠 话話 诞誕 询詢 该該 详詳 语語 "
    "误誤 说說 请請 诸諸 读讀 课課 谁誰 调調 谈談 谊誼 谋謀 谓謂 谜謎 谢謝 谦謙 谨謹 "
    "贝貝 负負 贡貢 财財 责責 贤賢 败敗 货貨 质質 贩販 贪貪 购購 贯貫 贴貼 贵貴 费費 "
    "贺賀 资資 赋賦 赏賞 赔賠 赖賴 赚賺 赛賽 赞讚 赶趕 趋趨 跃躍 践踐 轨軌 转轉 轮輪 "
    "软軟 轻輕 载載 较較 辅輔 辆輛 辈輩 输輸 辞辭 边邊 辽遼 达達 迁遷 过過 迈邁 运運 "
    "还還 这這 进進 远遠 违違 连連 迟遲 适適 选選 递遞 逻邏 遗遺 邮郵 邻鄰 郑鄭 酱醬 "
    "释釋 里裡 鉴鑑 针針 钟鐘 钢鋼 钥鑰 钱錢 铁鐵 铃鈴 铺鋪 链鏈 销銷 锁鎖 锅鍋 错錯 "
    "键鍵 镇鎮 镜鏡 长長 门門 闪閃 闭閉 问問 闲閒 间間 闷悶 闹鬧 闻聞 阅閱 阔闊 队隊 "
    "阳陽 阴陰 阵陣 阶階 际際 陆陸 陈陳 险險 随隨 隐隱 难難 雏雛 离離 雾霧 静靜 面面 "
    "韩韓 页頁 顶頂 项項 顺順 须須 顾顧 顿頓 预預 领領 频頻 题題 颜顏 额額 风風 飞飛 "
    "饭飯 饮飲 饰飾 饱飽 饼餅 馆館 首首 驱驅 驶駛 驻駐 驾駕 验驗 骑騎 骗騙 鱼魚 鲁魯 "
    "鸟鳥 鸡雞 鸣鳴 鸭鴨 麦麥 黄黃 齐齊 齿齒 龙龍 龟龜 厉厲 别別 体體 划劃 刹剎 虾蝦 "
    "护護 冲衝 尽盡 尽盡 凑湊 饿餓 确確 帘簾 乡鄉 汇匯 拼拼 伤傷 吨噸 听聽 佣傭 万萬 托託 "
    "个個 宁寧 宝寶 圈圈 赢贏 馈饋 侧側 侣侶 厨廚 呗唄 趣趣 荡盪 浑渾 况況 丢丟"
)
_S2T: dict[int, str] = {}
for _pair in _S2T_PAIRS.split():
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        _S2T[ord(_pair[0])] = _pair[1]


# Word-level differences first (Taiwan usage), then character mapping.
_S2T_PHRASES = (
    ("收获", "收穫"),
    ("回复", "回覆"),
    ("反复", "反覆"),
    ("下周", "下週"),
    ("周末", "週末"),
    ("每周", "每週"),
    ("本周", "本週"),
    ("打印", "列印"),
    ("视频", "影片"),
    ("博客", "部落格"),
    ("代码", "程式碼"),
    ("文档", "文件"),
    ("网上", "網路上"),
    ("“", "「"),
    ("”", "」"),
)


def _to_hant(s: str) -> str:
    for simp, trad in _S2T_PHRASES:
        s = s.replace(simp, trad)
    return s.translate(_S2T)


def _hant_bank(zh: dict[str, Any], extra: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, val in zh.items():
        if isinstance(val, tuple):
            out[key] = tuple(_to_hant(v) for v in val) + extra.get(key, ())
        elif isinstance(val, dict):
            out[key] = {k: tuple(_to_hant(x) for x in v) for k, v in val.items()}
        else:
            out[key] = _to_hant(val) if isinstance(val, str) else val
    # The simplified "quote_fmt"/"joiner" are the same in Traditional.
    out["blogs"] = extra.get("blogs", out["blogs"])
    return out


_ZH_HANT_EXTRA: dict[str, tuple[str, ...]] = {
    "short": (
        "推",
        "推推",
        "感謝分享",
        "好文推一個",
        "筆記一下",
        "寫得真好，感謝分享！",
        "受益良多",
        "先收藏",
        "謝謝版主",
        "大推！",
        "超實用",
        "好文必推",
        "真的假的 XD",
        "太有感了",
        "讚啦",
        "感恩",
        "先存起來",
        "獲益良多，謝謝",
    ),
    "thanks": (
        "{kw}這段寫得超清楚，感謝！",
        "謝謝分享，{kw}的部分剛好派上用場。",
        "看完才知道原來{kw}有這麼多眉角，感謝版主整理。",
        "《{title}》這篇真的很用心，{kw}那段我存起來了。",
    ),
    "question": (
        "請問{kw}在台灣也適用嗎？",
        "想請教一下，{kw}大概要多久才會看到效果？",
        "請問版主，{kw}跟{kw2}要怎麼取捨？",
        "香港這邊可以做{kw}嗎？有沒有要注意的地方？",
    ),
    "disagree": ("{kw}這點我不太認同耶，我的經驗剛好相反。", "說真的，{kw}沒有文中說得那麼簡單。"),
    "free": (
        "版主好用心",
        "從PTT過來的，寫得很棒",
        "在香港也遇到同樣的情況，{kw}真的很重要",
        "默默看了很久，第一次留言",
        "已分享給朋友",
        "每篇都有收穫，謝謝版主",
        "{kw}那段太有共鳴了",
        "期待下一篇！",
        "我阿嬤以前也是這樣說{kw}的，好懷念",
    ),
    "blogs": ("阿凱的部落格", "慢活筆記", "小芸的廚房", "台北散步日記", "工程師的碎碎念"),
}
_ZH_HANT: dict[str, Any] = _hant_bank(_ZH, _ZH_HANT_EXTRA)

_PT: dict[str, Any] = {
    "short": (
        "mto bom!",
        "Muito bom!",
        "Adorei!",
        "Obrigada por compartilhar!",
        "Obrigado pelo post!",
        "Excelente texto.",
        "Que post incrível!",
        "Amei ❤️",
        "Show de bola!",
        "Top demais!",
        "Parabéns pelo texto!",
        "Salvei aqui!",
        "Muito útil, valeu!",
        "Valeu!",
        "Sensacional.",
        "Que lindo!",
        "Concordo 100%",
        "Perfeito.",
        "Ótimo conteúdo!",
        "Arrasou!",
        "Muito bem explicado.",
        "Adorei as dicas!",
        "Que texto gostoso de ler.",
        "Parabéns!!",
        "Feliz aniversário!",
        "Que orgulho!",
        "Excelente artigo, obrigado.",
        "Gostei muito.",
        "Muito obrigada!",
        "Nossa, que legal!",
        "kkkkk verdade",
        "Sucesso sempre!",
        "Lindo demais.",
        "Falou tudo.",
        "Amei demais!",
        "Muito bom mesmo.",
        "Que máximo!",
        "Obg pelas dicas!",
    ),
    "suffix": ("!", "!!", " 👏", " ❤️", " 😍", " kkk", ".", " 🙏", " rs", " 👍"),
    "joiner": " ",
    "thanks": (
        "A parte sobre {kw} finalmente fez sentido pra mim. Obrigada!",
        "Valeu pelo post! {Kw} era exatamente o que eu precisava agora.",
        "Adorei a explicação sobre {kw}, muito clara e sem enrolação.",
        "Obrigado por falar de {kw} com tanta honestidade.",
        '"{frag}" — essa frase resumiu tudo. Obrigada pelo texto!',
        'Li o post "{title}" duas vezes. A parte de {kw} é ouro.',
        "Nunca tinha pensado em juntar {kw} e {kw2}. Obrigado pela ideia!",
        "Testei a dica de {kw} no fim de semana e deu super certo. Valeu!",
        "Que bom encontrar um texto sobre {kw} em português e tão bem escrito.",
        "Obrigada! Mandei o trecho sobre {kw} pra minha mãe.",
        "Muito obrigado pela dica de {kw}, me poupou um tempão.",
        "Texto excelente. A parte de {kw2} me pegou de surpresa, não sabia disso.",
        "Finalmente alguém explica {kw} de um jeito que dá pra entender. Parabéns!",
        "Salvei o post por causa da parte de {kw}. Obrigada por compartilhar!",
        "Obrigado pelo cuidado com os detalhes sobre {kw}. Faz muita diferença.",
    ),
    "question": (
        "Uma dúvida: {kw} funciona também para quem está começando do zero?",
        "Você recomenda começar por {kw} ou por {kw2}?",
        "Onde você aprendeu sobre {kw}? Tem algum livro pra indicar?",
        "Quanto tempo leva pra ver resultado com {kw}?",
        "Isso vale aqui no Brasil também? As regras de {kw} são diferentes por aqui.",
        'Quando você diz "{frag}", é sempre assim ou só no seu caso?',
        "Vai ter continuação sobre {kw}? Fiquei curiosa!",
        "Pergunta de iniciante: o que exatamente é {kw}?",
        "Dá pra fazer {kw} gastando pouco?",
        "Alguém aqui já tentou {kw}? Queria saber como foi na prática.",
        "Tem algum risco em {kw} que a gente deveria saber?",
        "Oi! Você pode explicar melhor a parte de {kw2}? Fiquei meio perdido.",
        "E em Portugal, {kw} funciona do mesmo jeito?",
    ),
    "disagree": (
        "Discordo sobre {kw}. Na minha experiência foi o contrário.",
        "Com todo respeito, a parte de {kw} está bem simplificada.",
        "Não concordo. {Kw} não funciona pra todo mundo.",
        "Gostei do texto, mas acho que você subestimou {kw2}.",
        "Sério? {Kw} é caro demais pra maioria das pessoas, faltou falar disso.",
        "Tentei {kw} exatamente como está aí e não deu certo nenhuma vez.",
        "Ah, claro, {kw} resolve tudo... só que não.",
        "Essa história de {kw} é muito exagerada, sinceramente.",
        "NÃO é bem assim. {Kw} depende muito da região.",
        "Acho que a conclusão está certa, mas o motivo é {kw2}, não {kw}.",
        "Leio o blog há anos e dessa vez discordo totalmente sobre {kw}.",
        "Cadê as fontes sobre {kw}? Experiência pessoal não é dado.",
    ),
    "quote": (
        "Isso! Exatamente isso.",
        "Tive que ler duas vezes, é muito verdade.",
        "Aqui discordo um pouco, pelo menos no meu caso.",
        "Essa frase merece um post só pra ela.",
        "Queria ter lido isso antes de começar com {kw}.",
        "Ri alto porque é verdade.",
        "Tem alguma fonte pra isso? Queria ler mais.",
        "Foi justamente aqui que eu travei.",
        "Perfeito, não poderia concordar mais.",
    ),
    "quote_fmt": (
        "“{q}”\n{r}",
        "<blockquote>{q}</blockquote>\n{r}",
        '"{q}" — {r}',
        'Você escreveu: "{q}" {r}',
    ),
    "link": {
        "wiki": (
            "Pra quem quiser se aprofundar, o verbete da Wikipédia sobre {kw} é bem completo: {link}",
        ),
        "own_site": ("Seu post anterior combina muito com esse: {link}",),
        "own_blog": (
            "Escrevi sobre minha experiência com {kw} aqui, se ajudar alguém: {link}",
            "Seu texto me inspirou a escrever sobre {kw} também: {link}",
        ),
        "paper": ("Tem um estudo interessante sobre isso: {link}",),
        "stats": ("Os dados oficiais sobre o tema estão aqui: {link}",),
        "github": ("Tem um repositório bem útil sobre {kw}: {link}",),
        "video": ("Esse vídeo explica {kw} de um jeito bem visual: {link}",),
        "docs": ("A documentação oficial fala mais sobre isso: {link}",),
    },
    "reply_reader": (
        "@{name} aconteceu o mesmo comigo! Resolvi fazendo {kw2} antes.",
        "Valeu, {name}, deu certo!",
        "@{name} também acho, {kw} merecia um post só dele.",
        "@{name} acho que não é bem isso, o texto fala que {kw} vem depois.",
        "@{name} de onde você é? Aqui no sul é bem diferente.",
    ),
    "reply_owner": (
        "Que bom que ajudou!",
        "Bem observado, já corrigi. Obrigada, {name}!",
        "@{name} boa pergunta! Vou escrever um post só sobre {kw}.",
        "Obrigado pelo carinho, {name}!",
        "@{name} você tem razão sobre {kw2}, vou atualizar o texto.",
    ),
    "reply_thanks": (
        "Obrigada pela resposta! Agora entendi.",
        "Valeu pela resposta rápida!",
        "Fiz o que você sugeriu e funcionou, obrigado!",
    ),
    "story": {
        "open": (
            "Há uns três anos comecei a me interessar por {kw}, meio sem querer.",
            "Minha avó sempre falava de {kw}, mas eu nunca dava bola.",
            "Quando me mudei pra outra cidade, {kw} foi a primeira coisa que tive que aprender.",
            "Lembro da primeira vez que tentei {kw}: foi um desastre completo.",
        ),
        "middle": (
            "Errei muito no começo e quase desisti várias vezes.",
            "Uma amiga me ensinou um truque muito parecido com o que você descreve sobre {kw2}.",
            "Li tudo o que encontrava, mas só fui entender mesmo na prática.",
            "Demorou, mas aos poucos as coisas foram se encaixando.",
            "Minha família achava que era só mais uma mania minha.",
        ),
        "close": (
            "Seu texto me fez lembrar de tudo isso. Obrigada!",
            "Queria ter lido esse post naquela época, teria me poupado muita dor de cabeça.",
            "Hoje {kw} faz parte da minha rotina, e concordo com cada palavra do post.",
            "Por isso me identifiquei tanto com a parte sobre {kw}.",
        ),
    },
    "pingback": (
        "[…] como explicado neste post sobre {title} […]",
        '[…] recomendo a leitura de <a href="{post_url}">{title}</a> […]',
        "[…] Fonte: {post_url} […]",
    ),
    "pingback_titles": (
        "Links da semana #{num} | {blog}",
        "{Kw}: o que aprendi | {blog}",
        "Leituras de {month}",
    ),
    "blogs": (
        "Cantinho da Carol",
        "Diário de Bordo",
        "Café com Código",
        "Horta na Varanda",
        "Blog da Bia",
    ),
    "code": (
        "Segui o passo a passo de {kw} mas deu esse erro aqui:\n<pre>{trace}</pre>\nAlguém sabe o que pode ser?",
        "Se aparecer `{fixerr}`, é só rodar `{fixcmd}` antes.",
        "Pequena correção: no exemplo de {kw}, `{inline}` deveria ser `{inline2}`.",
        "Minha configuração final ficou assim, funcionando:\n<pre>{config}</pre>",
        "Valeu! Consegui resolver com `{cmd}`.",
    ),
    "free": (
        "Que texto bom de ler, obrigada.",
        "Sempre aprendo alguma coisa por aqui.",
        "Cheguei aqui pelo Google procurando sobre {kw} e amei.",
        "Leitora há anos, primeira vez comentando!",
        "Mandei pro grupo da família.",
        "Parabéns pelo trabalho, dá pra ver o carinho em cada parágrafo.",
        "Concordo em partes, mas gostei muito da reflexão.",
        "Esse blog é um achado.",
        "Que saudade dos seus posts!",
        "Vou testar {kw} essa semana e volto pra contar.",
        "Amei a parte de {kw}!",
        "Muito obrigada por compartilhar sua experiência.",
        "Texto maravilhoso, me emocionei.",
        "Discordo um pouquinho sobre {kw}, mas adorei o post.",
        "Bom demais, continua escrevendo!",
        "Olá, de Portugal! Muito útil, obrigado.",
        "Fiquei com vontade de saber mais sobre {kw2}.",
        "Que explicação clara, parabéns.",
        "Estou aprendendo muito com você.",
        "Uau, não sabia disso sobre {kw}!",
        "Post salvo nos favoritos.",
        "Obrigado, resolveu minha dúvida.",
        "Isso é muito verdade, infelizmente.",
        "Minha mãe leu e disse que vai tentar {kw} também rs",
        "Abraço de Recife e obrigado pelo texto!",
    ),
}

_FR: dict[str, Any] = {
    "short": (
        "Merci pour cet article",
        "Merci !",
        "Très bon article.",
        "Super article, merci !",
        "Bravo !",
        "Top !",
        "J'adore.",
        "Tellement vrai.",
        "Article très intéressant.",
        "Merci pour le partage.",
        "Très utile, merci.",
        "Génial !",
        "Magnifique.",
        "Trop bien !",
        "Entièrement d'accord.",
        "Bien dit.",
        "Excellent, comme d'habitude.",
        "Merci beaucoup !",
        "Joli billet.",
        "Très clair, merci.",
        "C'est exactement ça.",
        "Je garde sous le coude !",
        "Félicitations !",
        "Bon anniversaire !",
        "Chouette article !",
        "Merci, ça m'aide beaucoup.",
        "Superbe !",
        "Vivement la suite !",
        "Quel plaisir de vous lire.",
        "Bonne continuation !",
        "Trop vrai 😂",
        "Merci pour ce partage 🙏",
        "Très juste.",
        "Merci, c'est top.",
        "Un régal à lire.",
    ),
    "suffix": (" !", "!", " :)", " 👍", ".", " 😊", " !!", " 🙏", " ❤️"),
    "joiner": " ",
    "thanks": (
        "Le passage sur {kw} m'a enfin fait comprendre. Merci !",
        "Merci, {kw} c'était exactement ce qu'il me fallait.",
        "Merci pour l'explication sur {kw}, claire et sans jargon.",
        "« {frag} » : tout est dit. Merci pour ce billet.",
        "J'ai lu « {title} » deux fois. La partie sur {kw} est précieuse.",
        "Je n'avais jamais pensé à relier {kw} et {kw2}. Merci pour l'idée !",
        "J'ai testé votre conseil sur {kw} ce week-end, et ça marche. Merci !",
        "Enfin un article honnête sur {kw}. Merci beaucoup.",
        "Merci ! J'ai envoyé le passage sur {kw} à ma sœur.",
        "Votre explication de {kw} m'a évité une belle erreur. Merci.",
        "Très bel article. Je ne connaissais pas du tout {kw2}.",
        "Merci d'avoir pris le temps de détailler {kw}, c'est rare.",
        "Article sauvegardé, surtout pour la partie sur {kw}. Merci !",
        "Merci pour cet article sur {kw}, c'est limpide.",
        "Merci de parler de {kw} sans en faire une recette miracle.",
    ),
    "question": (
        "Petite question : est-ce que {kw} convient aussi aux débutants ?",
        "Vous conseillez de commencer par {kw} ou par {kw2} ?",
        "Où avez-vous appris tout ça sur {kw} ? Un livre à conseiller ?",
        "Combien de temps avant de voir un résultat avec {kw} ?",
        "Est-ce que ça s'applique aussi en France ? Les règles pour {kw} sont différentes ici.",
        "Quand vous écrivez « {frag} », c'est toujours vrai ou seulement dans votre cas ?",
        "Une suite est prévue sur {kw} ? Je suis preneuse !",
        "Question de débutant : c'est quoi exactement, {kw} ?",
        "Peut-on faire {kw} avec un petit budget ?",
        "Y a-t-il des risques avec {kw} dont il faudrait être conscient ?",
        "Bonjour, pourriez-vous développer un peu la partie sur {kw2} ?",
        "Quelqu'un a déjà essayé {kw} ? Je voudrais des retours concrets.",
        "Et au Québec, {kw} fonctionne pareil ?",
    ),
    "disagree": (
        "Je ne suis pas d'accord sur {kw}. Chez moi, c'est l'inverse.",
        "Avec tout le respect, la partie sur {kw} est un peu simpliste.",
        "Bof. {Kw} ne marche pas pour tout le monde.",
        "Bon article, mais vous sous-estimez {kw2}.",
        "Sérieusement ? {Kw} coûte une fortune, vous n'en parlez même pas.",
        "J'ai essayé {kw} exactement comme décrit. Aucun résultat.",
        "Ah oui, {kw}, la solution miracle… On y croit.",
        "Franchement, tout ce battage autour de {kw} me fatigue.",
        "NON, ce n'est pas aussi simple. {Kw} dépend énormément du contexte.",
        "La conclusion est juste, mais pour de mauvaises raisons : c'est {kw2} qui compte.",
        "Je vous lis depuis des années et là, je ne suis pas du tout d'accord sur {kw}.",
        "Des sources sur {kw} ? Un témoignage ne fait pas une étude.",
    ),
    "quote": (
        "Tellement vrai.",
        "J'ai dû relire deux fois, c'est tellement juste.",
        "Là je ne suis pas d'accord, du moins dans mon cas.",
        "Cette phrase mériterait un article à elle seule.",
        "J'aurais aimé lire ça avant de me lancer dans {kw}.",
        "J'ai ri parce que c'est exactement ça.",
        "Auriez-vous une source ? Ça m'intéresse.",
        "C'est précisément là que je bloquais.",
        "Rien à ajouter, c'est parfait.",
    ),
    "quote_fmt": (
        "« {q} »\n{r}",
        "<blockquote>{q}</blockquote>\n{r}",
        "Vous écrivez : « {q} » {r}",
        '"{q}"\n{r}',
    ),
    "link": {
        "wiki": (
            "Pour ceux qui veulent creuser, l'article Wikipédia sur {kw} est plutôt complet : {link}",
        ),
        "own_site": ("Votre ancien billet va bien avec celui-ci : {link}",),
        "own_blog": (
            "J'ai raconté mon expérience avec {kw} ici, si ça peut servir : {link}",
            "Votre billet m'a donné envie d'écrire sur {kw} moi aussi : {link}",
        ),
        "paper": ("Il y a une étude intéressante à ce sujet : {link}",),
        "stats": ("Les chiffres officiels sont ici : {link}",),
        "github": ("Un dépôt GitHub bien pratique sur {kw} : {link}",),
        "video": ("Cette vidéo explique {kw} très clairement : {link}",),
        "docs": ("La documentation officielle détaille ce point : {link}",),
    },
    "reply_reader": (
        "@{name} pareil pour moi ! J'ai résolu le problème en faisant {kw2} d'abord.",
        "Merci {name}, ça a marché !",
        "@{name} je ne pense pas, l'article dit que {kw} vient après.",
        "@{name} +1, {kw} mériterait un billet entier.",
        "@{name} vous êtes d'où ? En Bretagne c'est assez différent.",
    ),
    "reply_owner": (
        "Ravie que ça vous aide !",
        "Bien vu, c'est corrigé. Merci {name} !",
        "@{name} bonne question, je prépare un billet sur {kw}.",
        "Merci pour votre message, {name} !",
        "@{name} vous avez raison pour {kw2}, je vais compléter l'article.",
    ),
    "reply_thanks": (
        "Merci pour la réponse, c'est plus clair maintenant.",
        "Merci d'avoir répondu si vite !",
        "J'ai suivi votre conseil et ça fonctionne, merci !",
    ),
    "story": {
        "open": (
            "Il y a quelques années, je me suis intéressée à {kw} un peu par hasard.",
            "Ma grand-mère parlait souvent de {kw}, mais je n'écoutais pas vraiment.",
            "Quand j'ai déménagé, {kw} a été la première chose que j'ai dû apprendre.",
            "Je me souviens de ma première tentative avec {kw} : un vrai fiasco.",
        ),
        "middle": (
            "J'ai fait beaucoup d'erreurs au début et j'ai failli abandonner.",
            "Un ami m'a montré une astuce très proche de ce que vous décrivez sur {kw2}.",
            "J'ai tout lu sur le sujet, mais c'est la pratique qui m'a vraiment appris.",
            "Petit à petit, les choses se sont mises en place.",
            "Ma famille trouvait ça un peu étrange, au début.",
        ),
        "close": (
            "Votre article m'a rappelé tout ça. Merci.",
            "J'aurais adoré tomber sur ce billet à l'époque.",
            "Aujourd'hui {kw} fait partie de mon quotidien, et je me retrouve dans chaque ligne.",
            "C'est pour ça que la partie sur {kw} m'a tant parlé.",
        ),
    },
    "pingback": (
        "[…] comme expliqué dans ce billet sur {title} […]",
        '[…] à lire absolument : <a href="{post_url}">{title}</a> […]',
        "[…] Source : {post_url} […]",
    ),
    "pingback_titles": (
        "Mes lectures de la semaine #{num} | {blog}",
        "{Kw} : ce que j'en retiens – {blog}",
        "Revue de liens de {month}",
    ),
    "blogs": (
        "Le Petit Carnet",
        "Chez Claire",
        "Un jardin en ville",
        "Code et Croissants",
        "Carnet de route",
    ),
    "code": (
        "J'ai suivi les étapes pour {kw}, mais j'obtiens cette erreur :\n<pre>{trace}</pre>\nUne idée ?",
        "Si vous avez l'erreur `{fixerr}`, il suffit de lancer `{fixcmd}` avant.",
        "Petite correction : dans l'exemple sur {kw}, `{inline}` devrait être `{inline2}`.",
        "Voici ma config qui fonctionne :\n<pre>{config}</pre>",
        "Merci ! J'ai fini par régler ça avec `{cmd}`.",
    ),
    "free": (
        "Toujours un plaisir de vous lire.",
        "Je découvre le blog grâce à cet article sur {kw}, je m'abonne !",
        "Lectrice depuis longtemps, premier commentaire.",
        "Partagé avec toute la famille.",
        "On sent le travail derrière chaque paragraphe, bravo.",
        "D'accord en partie, mais la réflexion est très intéressante.",
        "Quel blog précieux.",
        "Vos articles me manquaient !",
        "Je teste {kw} cette semaine et je vous raconte.",
        "J'adore la partie sur {kw} !",
        "Merci d'avoir partagé votre expérience.",
        "Très beau texte, ça m'a ému.",
        "Pas tout à fait d'accord sur {kw}, mais j'ai adoré l'article.",
        "Continuez comme ça !",
        "Bonjour du Québec ! Très utile, merci.",
        "Coucou depuis la Belgique, super article.",
        "J'aimerais en savoir plus sur {kw2}.",
        "Explication très claire, bravo.",
        "J'apprends énormément grâce à vous.",
        "Ah, je ne savais pas ça sur {kw} !",
        "Article mis en favori.",
        "Merci, ça répond à ma question.",
        "C'est tellement vrai, malheureusement.",
        "Bonjour, merci pour ce partage, c'est très inspirant.",
        "Mon père a lu l'article et veut essayer {kw}, ha ha.",
    ),
}

_ES: dict[str, Any] = {
    "short": (
        "¡Gracias por compartir!",
        "Muy buen artículo.",
        "¡Me encantó!",
        "Excelente post.",
        "Qué buena info, gracias.",
        "Totalmente de acuerdo.",
        "¡Genial!",
        "Muy útil, gracias.",
        "¡Bravo!",
        "Gran artículo.",
        "Qué bien explicado.",
        "Me lo guardo.",
        "Muy cierto.",
        "¡Felicidades!",
        "¡Feliz cumpleaños!",
        "Buenísimo.",
        "Gracias, de verdad.",
        "Precioso.",
        "¡Qué maravilla!",
        "Me sirvió muchísimo.",
        "Tal cual.",
        "Muy interesante.",
        "Excelente como siempre.",
        "¡Gracias!",
        "Espectacular.",
        "Lo comparto ya mismo.",
        "¡Qué crack!",
        "Me encanta tu blog.",
        "Muy claro todo.",
        "¡Esperando la segunda parte!",
        "Jajaja, tal cual 😂",
        "Un abrazo desde Chile.",
        "Qué lindo texto.",
        "Muy bueno, gracias.",
        "Brutal.",
    ),
    "suffix": ("!", "!!", " 👏", " ❤️", " 😊", ".", " 🙌", " jaja", " 👍"),
    "joiner": " ",
    "thanks": (
        "La parte sobre {kw} por fin me hizo clic. ¡Gracias!",
        "Gracias, {kw} era justo lo que necesitaba.",
        "Me encantó cómo explicas {kw}, claro y sin rodeos.",
        "«{frag}»: eso lo resume todo. Gracias por el artículo.",
        "Leí «{title}» dos veces. Lo de {kw} vale oro.",
        "Nunca había pensado en relacionar {kw} con {kw2}. ¡Gracias por la idea!",
        "Probé tu consejo sobre {kw} el fin de semana y funcionó. ¡Mil gracias!",
        "Por fin un artículo honesto sobre {kw}.",
        "¡Gracias! Le pasé la parte de {kw} a mi madre.",
        "Tu explicación de {kw} me ahorró un error bastante caro. Gracias.",
        "Muy buen artículo. No conocía nada de {kw2}.",
        "Gracias por tomarte el tiempo de detallar {kw}, no es común.",
        "Guardado en favoritos por la sección de {kw}. ¡Gracias!",
        "Mil gracias por escribir sobre {kw} en español y tan bien.",
        "Gracias por contar también lo que salió mal con {kw}. Eso ayuda más que nada.",
    ),
    "question": (
        "Una pregunta: ¿{kw} sirve también para principiantes?",
        "¿Recomiendas empezar por {kw} o por {kw2}?",
        "¿Dónde aprendiste sobre {kw}? ¿Algún libro que recomiendes?",
        "¿Cuánto tiempo tarda en notarse el efecto de {kw}?",
        "¿Esto aplica también en México? Aquí lo de {kw} es distinto.",
        "Cuando dices «{frag}», ¿es siempre así o solo en tu caso?",
        "¿Habrá segunda parte sobre {kw}? ¡Me quedé con ganas!",
        "Pregunta de novato: ¿qué es exactamente {kw}?",
        "¿Se puede hacer {kw} con poco presupuesto?",
        "¿Hay algún riesgo con {kw} que debamos conocer?",
        "Hola, ¿podrías explicar un poco más lo de {kw2}?",
        "¿Alguien ha probado {kw}? Me gustaría leer experiencias reales.",
        "¿Y en España funciona igual lo de {kw}?",
    ),
    "disagree": (
        "No estoy de acuerdo con lo de {kw}. En mi caso fue al revés.",
        "Con todo respeto, la parte de {kw} está muy simplificada.",
        "Pues no. {Kw} no funciona para todo el mundo.",
        "Buen artículo, pero creo que subestimas {kw2}.",
        "¿En serio? {Kw} cuesta un dineral y ni lo mencionas.",
        "Probé {kw} tal cual lo explicas. Nada de nada.",
        "Claro, {kw} lo arregla todo… ya.",
        "Sinceramente, tanto bombo con {kw} me cansa.",
        "NO es tan sencillo. {Kw} depende muchísimo del contexto.",
        "La conclusión está bien, pero la razón es {kw2}, no {kw}.",
        "Te leo desde hace años y esta vez no coincido para nada sobre {kw}.",
        "¿Fuentes sobre {kw}? Una experiencia personal no es un dato.",
    ),
    "quote": (
        "Esto. Exactamente esto.",
        "Tuve que leerlo dos veces, qué verdad.",
        "Aquí no coincido, al menos en mi caso.",
        "Esta frase merece un artículo aparte.",
        "Ojalá hubiera leído esto antes de meterme con {kw}.",
        "Me reí porque es tal cual.",
        "¿Tienes alguna fuente? Me interesa.",
        "Justo aquí es donde me atasqué.",
        "No podría estar más de acuerdo.",
    ),
    "quote_fmt": (
        "«{q}»\n{r}",
        "<blockquote>{q}</blockquote>\n{r}",
        '"{q}" — {r}',
        "Dices: «{q}» {r}",
    ),
    "link": {
        "wiki": (
            "Para quien quiera profundizar, el artículo de Wikipedia sobre {kw} está muy completo: {link}",
        ),
        "own_site": ("Tu entrada anterior va genial con esta: {link}",),
        "own_blog": (
            "Conté mi experiencia con {kw} aquí, por si le sirve a alguien: {link}",
            "Tu post me animó a escribir sobre {kw} también: {link}",
        ),
        "paper": ("Hay un estudio interesante sobre esto: {link}",),
        "stats": ("Los datos oficiales están aquí: {link}",),
        "github": ("Este repositorio sobre {kw} es muy útil: {link}",),
        "video": ("Este vídeo explica {kw} de forma muy visual: {link}",),
        "docs": ("La documentación oficial lo explica con más detalle: {link}",),
    },
    "reply_reader": (
        "@{name} ¡me pasó lo mismo! Lo solucioné haciendo {kw2} primero.",
        "¡Gracias, {name}, funcionó!",
        "@{name} no creo, el artículo dice que {kw} va después.",
        "@{name} +1, {kw} merece su propio artículo.",
        "@{name} ¿de dónde eres? En Argentina es bastante distinto.",
    ),
    "reply_owner": (
        "¡Me alegra que te sirva!",
        "Buena observación, ya está corregido. ¡Gracias, {name}!",
        "@{name} buena pregunta, estoy preparando una entrada sobre {kw}.",
        "¡Gracias por leer, {name}!",
        "@{name} tienes razón con lo de {kw2}, actualizaré el artículo.",
    ),
    "reply_thanks": (
        "Gracias por responder, ahora lo entiendo.",
        "¡Gracias por la respuesta tan rápida!",
        "Hice lo que dijiste y funcionó, ¡gracias!",
    ),
    "story": {
        "open": (
            "Hace unos años empecé con {kw} casi sin querer.",
            "Mi abuela siempre hablaba de {kw}, pero yo nunca le hacía caso.",
            "Cuando me mudé de ciudad, {kw} fue lo primero que tuve que aprender.",
            "Recuerdo mi primer intento con {kw}: un desastre total.",
        ),
        "middle": (
            "Me equivoqué muchísimo al principio y estuve a punto de dejarlo.",
            "Un amigo me enseñó un truco muy parecido a lo que cuentas sobre {kw2}.",
            "Leí todo lo que encontré, pero aprendí de verdad con la práctica.",
            "Poco a poco las cosas fueron encajando.",
            "Mi familia pensaba que era otra de mis manías.",
        ),
        "close": (
            "Tu artículo me recordó todo eso. Gracias.",
            "Ojalá hubiera leído esto en aquel momento.",
            "Hoy {kw} es parte de mi rutina y me identifico con cada línea.",
            "Por eso la parte sobre {kw} me llegó tanto.",
        ),
    },
    "pingback": (
        "[…] como se explica en este artículo sobre {title} […]",
        '[…] recomiendo leer <a href="{post_url}">{title}</a> […]',
        "[…] Fuente: {post_url} […]",
    ),
    "pingback_titles": (
        "Enlaces de la semana #{num} | {blog}",
        "{Kw}: lo que aprendí – {blog}",
        "Lecturas de {month}",
    ),
    "blogs": (
        "El Rincón de Lucía",
        "Cuaderno de Bitácora",
        "Huerto Urbano",
        "Código y Café",
        "Pequeñas Cosas",
    ),
    "code": (
        "Seguí los pasos de {kw} pero me sale este error:\n<pre>{trace}</pre>\n¿Alguna idea?",
        "Si os sale `{fixerr}`, basta con ejecutar `{fixcmd}` antes.",
        "Pequeña corrección: en el ejemplo de {kw}, `{inline}` debería ser `{inline2}`.",
        "Así quedó mi configuración, funcionando:\n<pre>{config}</pre>",
        "¡Gracias! Lo resolví con `{cmd}`.",
    ),
    "free": (
        "Qué gusto leerte.",
        "Siempre aprendo algo nuevo aquí.",
        "Llegué buscando sobre {kw} en Google y me quedo.",
        "Te leo hace años, primera vez que comento.",
        "Lo compartí con mi familia.",
        "Se nota el cariño en cada párrafo.",
        "Coincido en parte, pero me hizo pensar mucho.",
        "Este blog es una joya.",
        "¡Extrañaba tus entradas!",
        "Voy a probar {kw} esta semana y te cuento.",
        "¡Me encantó lo de {kw}!",
        "Gracias por compartir tu experiencia.",
        "Qué texto tan bonito, me emocionó.",
        "No estoy del todo de acuerdo con lo de {kw}, pero gran artículo.",
        "¡Sigue escribiendo!",
        "Saludos desde Argentina, muy útil.",
        "Un saludo desde Valencia, gracias por el post.",
        "Me quedé con ganas de saber más sobre {kw2}.",
        "Explicación muy clara, felicidades.",
        "Estoy aprendiendo mucho contigo.",
        "¡No sabía eso de {kw}!",
        "Guardado en marcadores.",
        "Gracias, resolvió mi duda.",
        "Qué cierto es esto, por desgracia.",
        "Hola! Muy bueno, gracias por compartir.",
    ),
}

_DE: dict[str, Any] = {
    "short": (
        "Danke fürs Teilen!",
        "Toller Artikel.",
        "Sehr hilfreich, danke!",
        "Super, danke!",
        "Schön geschrieben.",
        "Genau so ist es.",
        "Stimmt!",
        "Klasse!",
        "Gefällt mir sehr.",
        "Vielen Dank!",
        "Sehr interessant.",
        "Gut erklärt.",
        "Spannend!",
        "Top!",
        "Danke, genau das habe ich gesucht.",
        "Wunderbar.",
        "Volle Zustimmung.",
        "Herzlichen Glückwunsch!",
        "Alles Gute zum Geburtstag!",
        "Gebookmarkt, danke!",
        "Mega!",
        "Sehr schöner Beitrag.",
        "Danke für die Mühe!",
        "Lesenswert.",
        "Wie immer großartig.",
        "Freue mich auf Teil 2!",
        "Gut auf den Punkt gebracht.",
        "Danke dir!",
        "Sehr cool.",
        "Grüße aus Wien!",
        "Haha, so wahr 😂",
        "Danke, sehr informativ.",
        "Stark!",
        "Schöner Text.",
    ),
    "suffix": ("!", "!!", " 👍", " :)", ".", " 🙂", " 👏", " ;-)"),
    "joiner": " ",
    "thanks": (
        "Beim Abschnitt über {kw} hat es bei mir endlich Klick gemacht. Danke!",
        "Danke, {kw} war genau das, was ich gerade gebraucht habe.",
        "Tolle Erklärung zu {kw}, klar und ohne Fachchinesisch.",
        "„{frag}“ – damit ist eigentlich alles gesagt. Danke für den Beitrag.",
        "Ich habe „{title}“ zweimal gelesen. Der Teil über {kw} ist Gold wert.",
        "Auf die Idee, {kw} und {kw2} zusammenzudenken, wäre ich nie gekommen. Danke!",
        "Habe deinen Tipp zu {kw} am Wochenende ausprobiert – funktioniert. Vielen Dank!",
        "Endlich mal ein ehrlicher Artikel über {kw}.",
        "Danke! Habe den Teil über {kw} gleich an meine Schwester geschickt.",
        "Deine Erklärung zu {kw} hat mir einen teuren Fehler erspart. Danke.",
        "Sehr guter Beitrag. {Kw2} kannte ich bisher überhaupt nicht.",
        "Danke, dass du dir die Zeit genommen hast, {kw} so genau zu erklären.",
        "Wegen des Abschnitts zu {kw} gespeichert. Danke fürs Teilen!",
        "Vielen Dank für den Artikel über {kw}, sehr verständlich.",
        "Danke, dass du auch erzählst, was bei {kw} schiefgegangen ist. Das hilft mehr als jede Erfolgsgeschichte.",
    ),
    "question": (
        "Kurze Frage: Eignet sich {kw} auch für Anfänger?",
        "Würdest du eher mit {kw} oder mit {kw2} anfangen?",
        "Wo hast du das über {kw} gelernt? Kannst du ein Buch empfehlen?",
        "Wie lange dauert es, bis man bei {kw} Ergebnisse sieht?",
        "Gilt das auch in Österreich? Bei uns ist das mit {kw} etwas anders geregelt.",
        "Wenn du schreibst „{frag}“, meinst du das generell oder nur in deinem Fall?",
        "Kommt noch ein zweiter Teil zu {kw}? Würde mich sehr interessieren.",
        "Anfängerfrage: Was genau ist eigentlich {kw}?",
        "Geht {kw} auch mit kleinem Budget?",
        "Gibt es bei {kw} Risiken, die man kennen sollte?",
        "Hallo, könntest du den Punkt zu {kw2} noch etwas ausführen?",
        "Hat hier schon jemand {kw} ausprobiert? Mich würden Erfahrungen aus der Praxis interessieren.",
        "Und in der Schweiz, funktioniert {kw} da genauso?",
    ),
    "disagree": (
        "Beim Thema {kw} sehe ich das anders. Bei mir war es genau umgekehrt.",
        "Bei allem Respekt, der Teil über {kw} ist stark vereinfacht.",
        "Nee. {Kw} funktioniert nicht für jeden.",
        "Guter Artikel, aber {kw2} wird hier unterschätzt.",
        "Im Ernst? {Kw} kostet ein Vermögen, und das wird nicht mal erwähnt.",
        "Habe {kw} genau so versucht wie beschrieben. Null Ergebnis.",
        "Klar, {kw} löst alle Probleme… schön wär's.",
        "Ehrlich gesagt nervt mich der ganze Hype um {kw}.",
        "NEIN, so einfach ist das nicht. {Kw} hängt stark vom Kontext ab.",
        "Das Fazit stimmt, aber aus dem falschen Grund: Es liegt an {kw2}, nicht an {kw}.",
        "Ich lese hier seit Jahren mit, aber beim Thema {kw} liegst du diesmal daneben.",
        "Quellen zu {kw}? Eine Anekdote ist noch keine Studie.",
    ),
    "quote": (
        "Genau das.",
        "Musste ich zweimal lesen, so wahr.",
        "Hier widerspreche ich, zumindest in meinem Fall.",
        "Dieser Satz verdient einen eigenen Artikel.",
        "Hätte ich das nur gelesen, bevor ich mit {kw} angefangen habe.",
        "Musste lachen, weil es genau so ist.",
        "Gibt es dafür eine Quelle? Würde gern mehr lesen.",
        "Genau da hänge ich gerade fest.",
        "Besser kann man es nicht sagen.",
    ),
    "quote_fmt": (
        "„{q}“\n{r}",
        "<blockquote>{q}</blockquote>\n{r}",
        "Du schreibst: „{q}“ – {r}",
        '"{q}"\n{r}',
    ),
    "link": {
        "wiki": (
            "Wer tiefer einsteigen will: Der Wikipedia-Artikel zu {kw} ist ziemlich gut: {link}",
        ),
        "own_site": ("Dein älterer Beitrag passt gut dazu: {link}",),
        "own_blog": (
            "Ich habe über meine Erfahrungen mit {kw} hier geschrieben, falls es jemandem hilft: {link}",
            "Dein Beitrag hat mich motiviert, auch über {kw} zu schreiben: {link}",
        ),
        "paper": ("Dazu gibt es eine interessante Studie: {link}",),
        "stats": ("Die offiziellen Zahlen gibt es hier: {link}",),
        "github": ("Dieses Repo zu {kw} ist sehr praktisch: {link}",),
        "video": ("Dieses Video erklärt {kw} sehr anschaulich: {link}",),
        "docs": ("In der offiziellen Dokumentation steht mehr dazu: {link}",),
    },
    "reply_reader": (
        "@{name} Ging mir genauso! Geholfen hat, zuerst {kw2} zu machen.",
        "Danke, {name}, hat geklappt!",
        "@{name} Ich glaube nicht, im Artikel steht, dass {kw} danach kommt.",
        "@{name} +1, {kw} hätte einen eigenen Beitrag verdient.",
        "@{name} Wo wohnst du? In Bayern ist das ganz anders.",
    ),
    "reply_owner": (
        "Freut mich, dass es geholfen hat!",
        "Gut aufgepasst, ist korrigiert. Danke, {name}!",
        "@{name} Gute Frage – ich schreibe gerade an einem Beitrag zu {kw}.",
        "Danke fürs Lesen, {name}!",
        "@{name} Du hast recht mit {kw2}, ich ergänze den Artikel.",
    ),
    "reply_thanks": (
        "Danke für die schnelle Antwort, jetzt ist es klar.",
        "Vielen Dank für die Antwort!",
        "Habe es so gemacht, wie du vorgeschlagen hast – klappt. Danke!",
    ),
    "story": {
        "open": (
            "Vor ein paar Jahren bin ich eher zufällig auf {kw} gestoßen.",
            "Meine Oma hat oft von {kw} erzählt, aber ich habe nie richtig zugehört.",
            "Als ich umgezogen bin, war {kw} das Erste, was ich lernen musste.",
            "Ich erinnere mich noch an meinen ersten Versuch mit {kw}: ein totales Desaster.",
        ),
        "middle": (
            "Am Anfang habe ich viele Fehler gemacht und hätte fast aufgegeben.",
            "Ein Freund hat mir einen Trick gezeigt, der fast genau dem entspricht, was du über {kw2} schreibst.",
            "Ich habe alles gelesen, was ich finden konnte, aber gelernt habe ich es erst in der Praxis.",
            "Nach und nach hat sich alles gefügt.",
            "Meine Familie hielt das anfangs für eine Schnapsidee.",
        ),
        "close": (
            "Dein Artikel hat mich an all das erinnert. Danke.",
            "Hätte ich diesen Beitrag damals nur gehabt.",
            "Heute gehört {kw} fest zu meinem Alltag, und ich finde mich in jeder Zeile wieder.",
            "Deshalb hat mich der Teil über {kw} so angesprochen.",
        ),
    },
    "pingback": (
        "[…] wie in diesem Beitrag über {title} erklärt wird […]",
        '[…] sehr lesenswert: <a href="{post_url}">{title}</a> […]',
        "[…] Quelle: {post_url} […]",
    ),
    "pingback_titles": (
        "Linkliste KW {num} | {blog}",
        "{Kw}: was ich gelernt habe – {blog}",
        "Gelesen im {month}",
    ),
    "blogs": (
        "Gartenglück",
        "Notizen aus der Werkstatt",
        "Kaffee & Code",
        "Jana bloggt",
        "Draußen unterwegs",
    ),
    "code": (
        "Ich habe die Schritte zu {kw} befolgt, bekomme aber diesen Fehler:\n<pre>{trace}</pre>\nJemand eine Idee?",
        "Falls jemand `{fixerr}` bekommt: vorher `{fixcmd}` ausführen, dann klappt es.",
        "Kleine Korrektur: Im Beispiel zu {kw} sollte `{inline}` eigentlich `{inline2}` sein.",
        "So sieht meine funktionierende Config aus:\n<pre>{config}</pre>",
        "Danke! Mit `{cmd}` hat es dann geklappt.",
    ),
    "free": (
        "Immer wieder schön, hier zu lesen.",
        "Ich lerne hier jedes Mal etwas Neues.",
        "Bin über die Suche nach {kw} hier gelandet und bleibe.",
        "Lese schon lange mit, heute mein erster Kommentar.",
        "Habe den Artikel an die ganze Familie weitergeleitet.",
        "Man merkt, wie viel Arbeit in jedem Absatz steckt.",
        "Ich stimme nicht in allem zu, aber sehr anregend.",
        "Was für ein wertvoller Blog.",
        "Hab deine Beiträge vermisst!",
        "Ich probiere {kw} diese Woche aus und berichte.",
        "Der Teil über {kw} ist super!",
        "Danke, dass du deine Erfahrungen teilst.",
        "Sehr berührender Text.",
        "Bei {kw} bin ich anderer Meinung, aber toller Artikel.",
        "Mach weiter so!",
        "Grüße aus der Schweiz, sehr hilfreich.",
        "Liebe Grüße aus Hamburg und danke für den Beitrag.",
        "Über {kw2} würde ich gern mehr lesen.",
        "Sehr klar erklärt, Kompliment.",
        "Ich lerne so viel von dir.",
        "Das mit {kw} wusste ich nicht!",
        "Direkt in die Lesezeichen.",
        "Danke, damit ist meine Frage beantwortet.",
        "Leider nur zu wahr.",
        "Hallo! Danke für diesen tollen Beitrag.",
    ),
}

# Greetings and sign-offs real commenters wrap around their comment.
_LOC_FRAME: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "zh": (
        (
            "博主好，",
            "你好，",
            "哈哈，",
            "说实话，",
            "终于更新了！",
            "同意楼上，",
            "{oname}你好，",
            "深夜留言，",
        ),
        (
            "谢谢！",
            "期待回复。",
            "加油！",
            "😊",
            "👍",
            "~",
            "（手机打字，见谅）",
            "支持博主！",
            "哈哈",
            "[抱拳]",
        ),
    ),
    "zh-hant": (
        (
            "版主好，",
            "你好，",
            "哈哈，",
            "說真的，",
            "終於更新了！",
            "同意樓上，",
            "{oname}你好，",
            "推！",
        ),
        (
            "謝謝！",
            "期待回覆。",
            "加油！",
            "😊",
            "👍",
            "~",
            "（手機打字見諒）",
            "感恩",
            "XD",
            "推推",
        ),
    ),
    "pt": (
        ("Oi! ", "Olá! ", "Oi, {oname}! ", "Boa tarde! ", "Bom dia! ", "Oi gente, ", "Nossa, "),
        (
            " Beijos!",
            " Abraços!",
            " Obrigada!",
            " 😊",
            " Valeu!",
            " Sucesso!",
            " Bjs",
            " Abraço de BH!",
            " rs",
        ),
    ),
    "fr": (
        ("Bonjour ! ", "Bonsoir, ", "Coucou {oname} ! ", "Salut ! ", "Bonjour {oname}, ", "Ah, "),
        (
            " Merci !",
            " Bonne journée !",
            " Bises.",
            " 😊",
            " Belle soirée à vous.",
            " Amitiés.",
            " À bientôt !",
        ),
    ),
    "es": (
        ("¡Hola! ", "Hola, {oname}. ", "Buenas, ", "Buenos días. ", "Hola a todos. ", "Uf, "),
        (
            " ¡Saludos!",
            " Un abrazo.",
            " ¡Gracias!",
            " 😊",
            " Besos.",
            " Saludos desde Madrid.",
            " ¡Ánimo!",
        ),
    ),
    "de": (
        ("Hallo! ", "Hallo {oname}, ", "Moin! ", "Servus, ", "Hi, ", "Guten Morgen! "),
        (
            " Liebe Grüße!",
            " LG",
            " Danke!",
            " 🙂",
            " Viele Grüße aus Köln.",
            " Weiter so!",
            " Schönen Abend noch.",
        ),
    ),
}


def _loc_frame(
    rng: random.Random,
    s: str,
    lang: str,
    slots: dict[str, str],
    p_pre: float = 0.2,
    p_post: float = 0.25,
) -> str:
    pre, post = _LOC_FRAME.get(lang, ((), ()))
    if pre and rng.random() < p_pre and not s.startswith(("@", "<", "[", "「", "“", "«", "„")):
        s = _fill(rng.choice(pre), slots) + s
    if post and rng.random() < p_post and not s.endswith(("</pre>", "```", "</blockquote>")):
        s = s + _fill(rng.choice(post), slots)
    return s


_LOC: dict[str, dict[str, Any]] = {
    "zh": _ZH,
    "zh-hant": _ZH_HANT,
    "pt": _PT,
    "fr": _FR,
    "es": _ES,
    "de": _DE,
}

# Free sentences for the other languages (used by other_language).
_MINOR_FREE: dict[str, tuple[str, ...]] = {
    "ja": (
        "とても参考になりました。ありがとうございます！",
        "{kw}の部分、すごく分かりやすかったです。",
        "いつも楽しく読ませていただいています。",
        "{kw}について、もう少し詳しく知りたいです。続編を期待しています。",
        "なるほど、そういう考え方もあるんですね。",
        "私も同じ経験があります。{kw}は本当に大事ですよね。",
        "ちょっと違うと思います。{kw}は人によると思います。",
        "ブックマークしました！",
        "素敵な記事をありがとうございます。",
        "質問です。{kw}は初心者でもできますか？",
        "勉強になりました。",
        "めっちゃわかる笑",
    ),
    "ko": (
        "좋은 글 감사합니다!",
        "{kw} 부분이 특히 도움이 됐어요.",
        "항상 잘 읽고 있습니다.",
        "질문이 있는데요, {kw}는 초보자도 할 수 있나요?",
        "저도 비슷한 경험이 있어서 공감하면서 읽었어요.",
        "{kw}에 대해서는 조금 다르게 생각해요. 제 경우에는 반대였거든요.",
        "북마크 해두고 천천히 다시 읽을게요.",
        "정리가 정말 깔끔하네요. 감사합니다.",
        "와 대박, 몰랐던 내용이에요.",
        "다음 글도 기대할게요!",
        "좋은 정보 감사합니다 👍",
    ),
    "it": (
        "Bellissimo articolo, grazie!",
        "La parte su {kw} mi è stata utilissima.",
        "Ti seguo da anni, primo commento: complimenti!",
        "Domanda: {kw} va bene anche per chi inizia da zero?",
        "Non sono del tutto d'accordo su {kw}, nella mia esperienza è diverso.",
        "Grazie per la condivisione, molto chiaro.",
        "Verissimo!",
        "Salvato nei preferiti.",
        "Mia nonna diceva sempre la stessa cosa su {kw} 😄",
        "Ottimo post, aspetto la seconda parte.",
        "Che bello leggerti, grazie.",
    ),
    "ru": (
        "Спасибо за статью, очень полезно!",
        "Про {kw} особенно понравилось, наконец-то понял.",
        "Давно читаю ваш блог, пишу впервые. Спасибо!",
        "Вопрос: а {kw} подходит для новичков?",
        "Не соглашусь насчёт {kw}, у меня было наоборот.",
        "Отличный пост, сохранил в закладки.",
        "Полностью согласна.",
        "Спасибо, очень понятно объяснили.",
        "Интересно, а будет продолжение про {kw2}?",
        "Класс!",
        "Жизненно 😅",
    ),
    "pl": (
        "Świetny artykuł, dzięki!",
        "Fragment o {kw} bardzo mi pomógł.",
        "Czytam od dawna, pierwszy raz komentuję. Dziękuję!",
        "Pytanie: czy {kw} nadaje się dla początkujących?",
        "Nie do końca się zgadzam co do {kw}.",
        "Zapisane na później.",
        "Bardzo przydatne, dziękuję.",
        "Super sprawa!",
        "Czekam na kolejny wpis.",
        "Dobrze napisane, konkretnie i bez lania wody.",
    ),
    "tr": (
        "Çok güzel bir yazı, teşekkürler!",
        "{kw} kısmı özellikle çok faydalı oldu.",
        "Uzun zamandır okuyorum, ilk defa yorum yazıyorum.",
        "Bir sorum var: {kw} yeni başlayanlar için uygun mu?",
        "{kw} konusunda pek katılmıyorum, benim deneyimim farklıydı.",
        "Kaydettim, sonra tekrar okuyacağım.",
        "Eline sağlık, çok açıklayıcı.",
        "Harika!",
        "Devamını bekliyorum.",
        "Paylaşım için teşekkürler.",
    ),
    "vi": (
        "Bài viết rất hay, cảm ơn bạn!",
        "Phần về {kw} rất hữu ích với mình.",
        "Mình theo dõi blog lâu rồi, giờ mới bình luận lần đầu.",
        "Cho mình hỏi, {kw} có phù hợp với người mới không?",
        "Mình không đồng ý lắm về {kw}, trường hợp của mình thì ngược lại.",
        "Cảm ơn bạn đã chia sẻ.",
        "Lưu lại để đọc sau.",
        "Hay quá!",
        "Mong phần tiếp theo.",
        "Viết dễ hiểu ghê.",
    ),
    "id": (
        "Artikelnya bagus sekali, terima kasih!",
        "Bagian tentang {kw} sangat membantu.",
        "Sudah lama baca blog ini, baru pertama kali komentar.",
        "Mau tanya, {kw} cocok untuk pemula nggak?",
        "Kurang setuju soal {kw}, pengalaman saya justru sebaliknya.",
        "Makasih sudah berbagi.",
        "Simpan dulu buat dibaca nanti.",
        "Mantap!",
        "Ditunggu lanjutannya.",
        "Penjelasannya jelas banget.",
    ),
    "ar": (
        "مقال رائع، شكرًا جزيلًا!",
        "الجزء الخاص بـ{kw} كان مفيدًا جدًا.",
        "أتابع المدونة منذ مدة، وهذا أول تعليق لي.",
        "سؤال: هل {kw} مناسب للمبتدئين؟",
        "لا أتفق تمامًا بخصوص {kw}، تجربتي كانت مختلفة.",
        "شكرًا على المشاركة.",
        "حفظته للقراءة لاحقًا.",
        "ممتاز!",
        "بانتظار الجزء الثاني.",
        "شرح واضح جدًا، بارك الله فيك.",
    ),
    "hi": (
        "बहुत अच्छा लेख, धन्यवाद!",
        "{kw} वाला हिस्सा बहुत काम का लगा।",
        "काफी समय से आपका ब्लॉग पढ़ रहा हूँ, पहली बार कमेंट कर रहा हूँ।",
        "एक सवाल है: क्या {kw} नए लोगों के लिए भी सही है?",
        "{kw} के बारे में मैं पूरी तरह सहमत नहीं हूँ, मेरा अनुभव अलग था।",
        "शेयर करने के लिए शुक्रिया।",
        "बाद में पढ़ने के लिए सेव कर लिया।",
        "बहुत बढ़िया!",
        "अगले भाग का इंतज़ार रहेगा।",
        "बहुत आसान भाषा में समझाया है।",
    ),
}

_MONTHS_LOC: dict[str, tuple[str, ...]] = {
    "en": _MONTHS,
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "zh": tuple(f"{i}月" for i in range(1, 13)),
    "zh-hant": tuple(f"{i}月" for i in range(1, 13)),
}

# ---------------------------------------------------------------------------
# 6. code snippets and reference links
# ---------------------------------------------------------------------------
# Placeholders inside code use <%name%> so they never clash with braces.
_CODE_WORDS: dict[str, tuple[str, ...]] = {
    "ident": (
        "user_id",
        "items",
        "config",
        "payload",
        "row",
        "count",
        "session",
        "token",
        "path",
        "result",
        "records",
        "cache",
        "ts",
        "value",
        "buf",
        "conn",
        "resp",
        "cfg",
        "slug",
        "created_at",
        "price",
        "label",
        "node",
        "entry",
    ),
    "file": (
        "main",
        "app",
        "run",
        "script",
        "sync",
        "import_data",
        "build",
        "server",
        "cli",
        "utils",
        "process",
        "backup",
        "scrape",
        "report",
        "train",
        "convert",
    ),
    "mod": (
        "yaml",
        "dotenv",
        "requests",
        "bs4",
        "PIL",
        "cv2",
        "sklearn",
        "toml",
        "dateutil",
        "matplotlib",
        "pandas",
        "numpy",
        "serial",
        "gpiozero",
    ),
    "pkg": (
        "requests",
        "pandas",
        "numpy",
        "flask",
        "django",
        "fastapi",
        "pydantic",
        "sqlalchemy",
        "matplotlib",
        "scikit-learn",
        "boto3",
        "pillow",
        "openpyxl",
        "httpx",
        "pytest",
        "black",
        "poetry",
        "uvicorn",
        "celery",
        "redis",
        "torch",
        "jupyterlab",
    ),
    "func": (
        "load_config",
        "parse_row",
        "fetch_page",
        "handle",
        "render",
        "connect",
        "save",
        "process_batch",
        "get_user",
        "build_index",
        "resize",
        "upload",
    ),
    "svc": (
        "nginx",
        "postgresql",
        "docker",
        "home-assistant",
        "pihole-FTL",
        "jellyfin",
        "gitea",
        "mosquitto",
        "caddy",
        "syncthing",
        "grafana-server",
    ),
    "img": (
        "nginx:alpine",
        "postgres:16",
        "redis:7",
        "node:20-slim",
        "python:3.12-slim",
        "ghcr.io/home-assistant/home-assistant:stable",
        "jellyfin/jellyfin",
        "grafana/grafana",
    ),
    "user": ("pi", "ubuntu", "alex", "dev", "maria", "tom", "admin", "deploy", "sam", "kenji"),
    "host": (
        "192.168.1.20",
        "10.0.0.5",
        "myserver.local",
        "nas.home",
        "raspberrypi.local",
        "vps.example.net",
        "build-01",
    ),
    "aptpkg": (
        "build-essential",
        "python3-venv",
        "libpq-dev",
        "ffmpeg",
        "libssl-dev",
        "git-lfs",
        "pkg-config",
        "libjpeg-dev",
    ),
    "rpkg": ("tidyverse", "data.table", "lme4", "ggplot2", "sf", "janitor"),
    "table": ("orders", "users", "events", "readings", "posts", "comments", "visits"),
    "cls": ("OrderService", "CsvImporter", "UserRepository", "ReportBuilder", "Parser"),
    "os": (
        "Ubuntu 22.04",
        "Windows 11",
        "macOS Sonoma",
        "an M1 Mac",
        "Debian 12",
        "Fedora 40",
        "WSL2",
        "a Raspberry Pi 4",
        "Arch",
        "Windows 10",
        "Linux Mint",
    ),
}

_TRACES = (
    'Traceback (most recent call last):\n  File "<%home%>/<%file%>.py", line <%line%>, in <module>\n'
    "    import <%mod%>\nModuleNotFoundError: No module named '<%mod%>'",
    'Traceback (most recent call last):\n  File "<%file%>.py", line <%line%>, in <module>\n    main()\n'
    '  File "<%file%>.py", line <%line2%>, in main\n    value = cfg["<%ident%>"]\nKeyError: \'<%ident%>\'',
    'Traceback (most recent call last):\n  File "<%file%>.py", line <%line%>, in <%func%>\n'
    "    return result.<%ident%>\nAttributeError: 'NoneType' object has no attribute '<%ident%>'",
    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x<%hex%> in position <%num%>: invalid start byte",
    "TypeError: <%func%>() got an unexpected keyword argument '<%ident%>'",
    "TypeError: Cannot read properties of undefined (reading '<%ident%>')\n    at <%func%> (<%file%>.js:<%line%>:<%col%>)\n"
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR!\n"
    "npm ERR! Found: react@<%major%>.<%minor%>.<%patch%>\nnpm ERR! node_modules/react",
    'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "<%ident%>" is null\n'
    "\tat com.example.<%cls%>.<%func%>(<%cls%>.java:<%line%>)\n\tat com.example.Main.main(Main.java:<%line2%>)",
    "error[E0382]: borrow of moved value: `<%ident%>`\n  --> src/main.rs:<%line%>:<%col%>\n   |\n"
    "<%line%> |     let a = <%ident%>;\n   |             - value moved here",
    "Error response from daemon: driver failed programming external connectivity on endpoint <%svcid%>: "
    "Bind for 0.0.0.0:<%port%> failed: port is already allocated",
    "! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to 'github.com:<%user%>/<%repo%>.git'",
    "requests.exceptions.SSLError: HTTPSConnectionPool(host='<%host%>', port=443): Max retries exceeded "
    "(Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed')))",
    "pandas.errors.ParserError: Error tokenizing data. C error: Expected <%small%> fields in line <%line%>, saw <%small2%>",
    "Error in `mutate()`:\ni In argument: `<%ident%> = as.numeric(x)`.\nCaused by error:\n! object 'x' not found",
    "PermissionError: [Errno 13] Permission denied: '/var/lib/<%svc%>/<%file%>.db'",
    "<%svc%>.service: Main process exited, code=exited, status=1/FAILURE\n<%svc%>.service: Failed with result 'exit-code'.",
    "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate <%num%>.00 MiB (GPU 0; 7.79 GiB total capacity)",
    "adb: error: failed to get feature set: no devices/emulators found",
    "ValueError: operands could not be broadcast together with shapes (<%small%>,3) (<%small2%>,)",
    "fatal: refusing to merge unrelated histories",
    "sqlite3.OperationalError: database is locked",
    "zsh: command not found: <%file%>",
)
_ERRS = (
    "ModuleNotFoundError: No module named '<%mod%>'",
    "fatal: refusing to merge unrelated histories",
    "EACCES: permission denied, open '<%home%>/.npmrc'",
    "sqlite3.OperationalError: database is locked",
    "error: externally-managed-environment",
    "Segmentation fault (core dumped)",
    "SSL: CERTIFICATE_VERIFY_FAILED",
    "port is already allocated",
    "KeyError: '<%ident%>'",
    "zsh: command not found: <%file%>",
    "ImportError: cannot import name '<%func%>'",
    "403 Forbidden",
    "ERR_CONNECTION_REFUSED",
    "Permission denied (publickey).",
)
# (error, command that fixes it) pairs, for "if you get X, Y fixed it" comments.
_ERR_FIXES = (
    ("ModuleNotFoundError: No module named '<%mod%>'", "python -m pip install -r requirements.txt"),
    ("error: externally-managed-environment", "python3 -m venv .venv && . .venv/bin/activate"),
    (
        "fatal: refusing to merge unrelated histories",
        "git pull origin main --allow-unrelated-histories",
    ),
    (
        "EACCES: permission denied, mkdir '/usr/local/lib/node_modules'",
        "npm config set prefix ~/.npm-global",
    ),
    ("Permission denied (publickey).", "ssh-add ~/.ssh/id_ed25519"),
    (
        "Bind for 0.0.0.0:<%port%> failed: port is already allocated",
        "docker compose down && docker compose up -d",
    ),
    ("SSL: CERTIFICATE_VERIFY_FAILED", "pip install --upgrade certifi"),
    ("UnicodeDecodeError: 'charmap' codec can't decode byte 0x<%hex%>", "set PYTHONUTF8=1"),
    ("zsh: command not found: <%file%>", 'export PATH="$HOME/.local/bin:$PATH"'),
    (
        "sqlite3.OperationalError: database is locked",
        "sqlite3 <%file%>.db 'PRAGMA journal_mode=WAL;'",
    ),
    (
        "permission denied while trying to connect to the Docker daemon socket",
        "sudo usermod -aG docker $USER && newgrp docker",
    ),
    ("Could not build wheels for <%pkg%>", "sudo apt install -y build-essential python3-dev"),
    ("npm ERR! ERESOLVE unable to resolve dependency tree", "npm install --legacy-peer-deps"),
    ("ImportError: libGL.so.1: cannot open shared object file", "sudo apt install -y libgl1"),
    (
        "fatal: detected dubious ownership in repository",
        "git config --global --add safe.directory '*'",
    ),
    (
        "cannot be loaded because running scripts is disabled on this system",
        "Set-ExecutionPolicy -Scope CurrentUser RemoteSigned",
    ),
)
_CMDS = (
    "pip install --upgrade <%pkg%>==<%major%>.<%minor%>.<%patch%>",
    "python -m venv .venv && source .venv/bin/activate",
    "git rebase -i HEAD~<%small%>",
    "git config --global pull.rebase true",
    "docker compose up -d --build",
    'docker run --rm -p <%port%>:<%port%> -v "$PWD":/app <%img%>',
    "sudo systemctl restart <%svc%> && journalctl -u <%svc%> -f",
    "brew install <%aptpkg%>",
    "sudo apt install -y <%aptpkg%>",
    "npm install --legacy-peer-deps",
    "ssh -L <%port%>:localhost:<%port%> <%user%>@<%host%>",
    "ffmpeg -i input.mov -vf scale=1280:-2 -c:v libx264 -crf 23 out.mp4",
    "adb shell pm list packages | grep <%ident%>",
    "find . -name '*.log' -mtime +<%small%> -delete",
    "export PYTHONUTF8=1",
    "chcp 65001",
    "Set-ExecutionPolicy -Scope CurrentUser RemoteSigned",
    "conda install -c conda-forge <%pkg%>",
    "pip cache purge",
    "xattr -d com.apple.quarantine <%file%>.app",
    "rsync -avz --progress ./<%file%>/ <%user%>@<%host%>:~/<%file%>/",
    "Rscript -e 'install.packages(\"<%rpkg%>\")'",
    "nvidia-smi",
    "git push --force-with-lease origin <%branch%>",
    "sudo chown -R $USER:$USER /var/lib/<%svc%>",
    "python -m pip install --user pipx && pipx ensurepath",
    "git lfs install && git lfs pull",
    "sudo usermod -aG docker $USER",
    "npx prettier --write .",
)
_CONFIGS = (
    'services:\n  <%svcid%>:\n    image: <%img%>\n    ports:\n      - "<%port%>:<%port%>"\n    restart: unless-stopped',
    "location /<%ident%>/ {\n    proxy_pass http://127.0.0.1:<%port%>/;\n    proxy_set_header Host $host;\n}",
    '- uses: actions/setup-python@v5\n  with:\n    python-version: "3.<%pyminor%>"\n- run: pip install -r requirements.txt',
    '[tool.ruff]\nline-length = <%ll%>\n\n[tool.pytest.ini_options]\naddopts = "-q"',
    "[alias]\n    lg = log --oneline --graph --decorate\n    st = status -sb",
    '{\n  "editor.formatOnSave": true,\n  "python.defaultInterpreterPath": ".venv/bin/python"\n}',
    "*/<%small%> * * * * /usr/bin/python3 <%home%>/<%file%>.py >> /tmp/<%file%>.log 2>&1",
    "Host <%hostalias%>\n    HostName <%host%>\n    User <%user%>\n    IdentityFile ~/.ssh/id_ed25519",
    "DATABASE_URL=postgres://<%user%>@localhost:5432/<%ident%>\nDEBUG=false",
    "void setup() {\n  Serial.begin(115200);\n  pinMode(LED_BUILTIN, OUTPUT);\n}",
    'df = pd.read_csv("<%file%>.csv", parse_dates=["date"])\ndf.groupby("<%ident%>")["price"].mean()',
    "SELECT <%ident%>, COUNT(*) AS n\nFROM <%table%>\nGROUP BY <%ident%>\nORDER BY n DESC\nLIMIT <%small%>;",
    "const res = await fetch(url);\nif (!res.ok) throw new Error(`HTTP ${res.status}`);\nconst data = await res.json();",
    "ggplot(df, aes(x = date, y = <%ident%>)) +\n  geom_line() +\n  theme_minimal()",
    'with open(path, encoding="utf-8", errors="replace") as f:\n    for line in f:\n        <%func%>(line)',
    'for f in *.jpg; do\n  convert "$f" -resize 50% "small_$f"\ndone',
    "[Unit]\nDescription=<%file%>\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/bin/python3 <%home%>/<%file%>.py\nRestart=on-failure",
)
_INLINE_PAIRS = (
    ("==", "is"),
    ("range(len(xs))", "enumerate(xs)"),
    ("git push -f", "git push --force-with-lease"),
    ("var", "let"),
    ("sudo pip install", "pip install --user"),
    ("except:", "except Exception:"),
    ("http://", "https://"),
    ("chmod 777", "chmod 755"),
    ("SELECT *", "SELECT id, name"),
    ("time.sleep(1)", "await asyncio.sleep(1)"),
    ("df.append(row)", "pd.concat([df, row])"),
    ("os.system(cmd)", "subprocess.run(cmd, check=True)"),
    ("==", "==="),
    (":latest", ":1.25"),
    ("open(path)", 'open(path, encoding="utf-8")'),
    ("apt-get upgrade", "apt-get update"),
    ("git add .", "git add -p"),
    ("print(e)", "logging.exception(e)"),
    ("float(price)", "Decimal(price)"),
    ("datetime.now()", "datetime.now(timezone.utc)"),
    ("yaml.load(f)", "yaml.safe_load(f)"),
    ("innerHTML", "textContent"),
    ("localhost", "127.0.0.1"),
    ("rm -rf $DIR/", 'rm -rf "${DIR:?}"/'),
)
_EN_CODE = (
    "Tried the {kw} approach from the post but I'm getting this:\n<pre>{trace}</pre>\nAny idea what I'm missing?",
    "Small correction: in the {kw} example, `{inline}` should be `{inline2}` — took me a while to spot.",
    "For anyone on {os}, I had to run this first:\n<code>{cmd}</code>",
    "If you get <code>{fixerr}</code> when trying {kw}, this fixed it for me: `{fixcmd}`",
    "For the record, the <code>{fixerr}</code> thing people mention above goes away with:\n<pre>{fixcmd}</pre>",
    "Took me an hour, so posting it: if {kw} fails with `{fixerr}`, run `{fixcmd}` and try again.",
    "Here's the config that finally worked for me after reading the {kw} section:\n<pre>{config}</pre>",
    "Ran into this with {kw} — stack trace below in case someone has seen it:\n<pre>{trace}</pre>",
    "Is there a reason to prefer `{inline2}` over `{inline}`? Both seem to work for {kw}.",
    "Quick tip: `{cmd}` does the same thing in one line.",
    "Got it working! The trick was adding this:\n<pre>{config}</pre>\nThanks for the {kw} post.",
    "```\n{trace}\n```\nAnyone? Followed the {kw} steps exactly, on {os}.",
    "Same error as @{name}:\n<pre>{trace}</pre>\nDowngrading {pkg} to {ver} fixed it for me.",
    "This is how I ended up doing the {kw} part, a bit shorter:\n<pre>{config}</pre>",
    "Heads up: `{cmd}` needs sudo on {os}, otherwise you get <code>{err}</code>.",
    "Your {kw} snippet fails for me on {os}. Output:\n<pre>{trace}</pre>\nPython {pyver}, if that matters.",
    "Works on my machine ({os}, {pkg} {ver}). Full steps:\n<pre>$ {cmd}\n$ {cmd2}</pre>",
    "Anyone else getting `{err}` after the last update? It broke my {kw} setup.",
    "Thanks! One thing I'd add for {kw}: run `{fixcmd}` before step 3, or the next part fails with <code>{fixerr}</code>.",
    "I think there's a bug in the second snippet. `{inline}` there should probably be `{inline2}`, otherwise {kw} doesn't behave as described.",
    "Posting my fix in case it saves someone an evening:\n<pre><code>{config}</code></pre>",
    "@{oname} the {kw} example throws <code>{err}</code> for me. I'm on {os} with {pkg} {ver}.",
)

_REF_SITES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("garden", "plant", "grow", "allotment", "compost"),
        (
            "https://www.rhs.org.uk/advice/{slug}",
            "https://extension.umn.edu/yard-and-garden/{slug}",
            "https://www.gardeningknowhow.com/{slug}.htm",
        ),
    ),
    (
        ("cook", "food", "recipe", "bak", "kitchen", "bread", "meal"),
        (
            "https://www.seriouseats.com/{slug}",
            "https://www.fsis.usda.gov/food-safety/{slug}",
            "https://www.food.gov.uk/safety-hygiene/{slug}",
        ),
    ),
    (
        ("health", "fitness", "medic", "nutrition", "sleep", "run", "yoga", "diet"),
        (
            "https://www.nhs.uk/conditions/{slug}/",
            "https://www.cdc.gov/{slug}/index.html",
            "https://www.who.int/news-room/fact-sheets/detail/{slug}",
            "https://medlineplus.gov/{slugnd}.html",
        ),
    ),
    (
        ("financ", "money", "budget", "invest", "tax", "saving", "debt"),
        (
            "https://www.investor.gov/introduction-investing/{slug}",
            "https://www.consumerfinance.gov/ask-cfpb/{slug}/",
            "https://www.moneyhelper.org.uk/en/{slug}",
        ),
    ),
    (
        ("travel", "trip", "hik", "camp"),
        (
            "https://travel.state.gov/content/travel/en/{slug}.html",
            "https://www.gov.uk/foreign-travel-advice",
            "https://en.wikivoyage.org/wiki/{Wiki}",
        ),
    ),
    (
        (
            "software",
            "programming",
            "code",
            "python",
            "web",
            "dev",
            "data",
            "tech",
            "linux",
            "computer",
            "cloud",
        ),
        (
            "https://docs.python.org/3/library/{slugnd}.html",
            "https://developer.mozilla.org/en-US/docs/Web/{Wiki}",
            "https://docs.github.com/en/{slug}",
            "https://learn.microsoft.com/en-us/{slug}",
            "https://man7.org/linux/man-pages/man1/{slugnd}.1.html",
            "https://www.postgresql.org/docs/current/{slugnd}.html",
        ),
    ),
    (
        ("science", "space", "physics", "biology", "climate", "astronom", "chemistry", "math"),
        (
            "https://www.nasa.gov/{slug}/",
            "https://climate.nasa.gov/{slug}/",
            "https://www.britannica.com/science/{slug}",
            "https://www.noaa.gov/education/resource-collections/{slug}",
        ),
    ),
    (
        ("photo", "camera"),
        (
            "https://www.dpreview.com/articles/{slug}",
            "https://www.cambridgeincolour.com/tutorials/{slug}.htm",
        ),
    ),
    (
        ("parent", "kid", "child", "baby", "school", "educat"),
        (
            "https://www.cdc.gov/parents/{slug}.html",
            "https://www.unicef.org/parenting/{slug}",
            "https://www.nhs.uk/baby/{slug}/",
        ),
    ),
    (
        ("pet", "dog", "cat", "animal"),
        (
            "https://www.aspca.org/pet-care/{slug}",
            "https://www.rspca.org.uk/adviceandwelfare/pets/{slug}",
            "https://www.avma.org/resources/pet-owners/{slug}",
        ),
    ),
    (
        ("diy", "home", "repair", "renovat", "house", "wood"),
        ("https://www.energy.gov/energysaver/{slug}", "https://www.thisoldhouse.com/{slug}"),
    ),
    (
        ("book", "read", "literat", "writ", "poet"),
        (
            "https://www.gutenberg.org/ebooks/search/?query={q}",
            "https://openlibrary.org/search?q={q}",
        ),
    ),
    (
        ("music", "piano", "guitar"),
        ("https://imslp.org/wiki/{Wiki}", "https://www.britannica.com/art/{slug}"),
    ),
)
_REF_FALLBACK = (
    "https://www.britannica.com/topic/{slug}",
    "https://www.khanacademy.org/search?page_search_query={q}",
)
_STATS_SITES: dict[str, tuple[str, ...]] = {
    "en": (
        "https://www.census.gov/topics/{slug}.html",
        "https://www.ons.gov.uk/search?q={q}",
        "https://ourworldindata.org/{slug}",
        "https://www.bls.gov/{slugnd}/",
        "https://data.worldbank.org/topic/{slug}",
        "https://www.abs.gov.au/statistics/{slug}",
        "https://www.statcan.gc.ca/en/subjects-start/{slugu}",
    ),
    "pt": (
        "https://www.ibge.gov.br/estatisticas/sociais/{slug}.html",
        "https://www.ine.pt/xportal/xmain?xpid=INE&q={q}",
    ),
    "fr": (
        "https://www.insee.fr/fr/statistiques?q={q}",
        "https://www.data.gouv.fr/fr/datasets/?q={q}",
    ),
    "es": (
        "https://www.ine.es/dyngs/INEbase/es/buscar.htm?q={q}",
        "https://www.inegi.org.mx/temas/{slug}/",
    ),
    "de": (
        "https://www.destatis.de/DE/Themen/{Wiki}/_inhalt.html",
        "https://www.statistik.at/statistiken/{slug}",
    ),
    "zh": (
        "https://www.stats.gov.cn/sj/zxfb/202{d1}{d2}/t202{d1}{d2}{dd}_{n7}.html",
        "https://data.stats.gov.cn/search.htm?s={q}",
    ),
    "zh-hant": (
        "https://www.stat.gov.tw/News_Content.aspx?n={n4}&s={n6}",
        "https://www.censtatd.gov.hk/tc/search.html?q={q}",
    ),
}
_WIKI_HOST = {
    "en": "en.wikipedia.org/wiki/",
    "zh": "zh.wikipedia.org/wiki/",
    "zh-hant": "zh.wikipedia.org/zh-tw/",
    "pt": "pt.wikipedia.org/wiki/",
    "fr": "fr.wikipedia.org/wiki/",
    "es": "es.wikipedia.org/wiki/",
    "de": "de.wikipedia.org/wiki/",
}
_DOI_PATTERNS = (
    "10.1038/s4{d1}586-0{d2}{d1}-0{n4}-{d2}",
    "10.1016/j.{journal}.20{yy}.{n6}",
    "10.1371/journal.pone.0{n6}",
    "10.1093/{short}/{shorts}{n3}",
    "10.1145/{n7}.{n7b}",
    "10.1186/s{n5}-0{yy}-0{n4}-{d1}",
    "10.3389/f{fj}.20{yy}.{n6}",
    "10.1111/{short}.{n5}",
    "10.1177/0{n8}",
    "10.48550/arXiv.2{d1}{d2}{dd}.{n5}",
)
_JOURNALS = (
    "foodres",
    "envint",
    "jenvman",
    "scitotenv",
    "appet",
    "jclepro",
    "cell",
    "neuron",
    "ssmph",
    "jad",
)
_SHORTS = ("ajcn", "ije", "eurheartj", "sleep", "brain", "jn", "aje", "gigascience")
_SUBREDDITS = (
    "AskReddit",
    "gardening",
    "Cooking",
    "personalfinance",
    "travel",
    "Parenting",
    "Fitness",
    "photography",
    "learnprogramming",
    "homelab",
    "DIY",
    "books",
    "askscience",
    "Breadit",
)


def _code_fill(rng: random.Random, s: str, slug: str) -> str:
    vals: dict[str, str] = {
        "line": str(rng.randint(3, 420)),
        "line2": str(rng.randint(3, 420)),
        "col": str(rng.randint(1, 60)),
        "hex": rng.choice("89abcdef") + rng.choice("0123456789abcdef"),
        "num": str(rng.randint(2, 4096)),
        "port": str(rng.choice((3000, 5000, 5432, 8000, 8080, 8123, 8096, 9000, 1883, 6379, 8443))),
        "major": str(rng.randint(0, 19)),
        "minor": str(rng.randint(0, 30)),
        "patch": str(rng.randint(0, 12)),
        "small": str(rng.randint(2, 12)),
        "small2": str(rng.randint(2, 12)),
        "pyminor": str(rng.randint(9, 13)),
        "ll": str(rng.choice((88, 100, 110, 120))),
        "branch": rng.choice(
            ("main", "dev", "fix-" + (slug or "build"), "feature/" + (slug or "x"))
        ),
        "repo": slug or rng.choice(("dotfiles", "homelab", "notes")),
        "hostalias": rng.choice(("pi", "nas", "box", "work", "vps")),
        "svcid": rng.choice(
            ("web", "db", "app", "proxy", slug.replace("-", "_") if slug else "svc")
        ),
    }
    user = rng.choice(_CODE_WORDS["user"])
    vals["home"] = rng.choice(
        (
            f"/home/{user}/projects/{slug or 'app'}",
            f"/Users/{user}/dev/{slug or 'site'}",
            f"C:\\Users\\{user}\\code\\{slug or 'tools'}",
            f"/home/{user}",
        )
    )
    for key, pool in _CODE_WORDS.items():
        vals.setdefault(key, rng.choice(pool))
    return re.sub(r"<%(\w+)%>", lambda m: vals.get(m.group(1), m.group(0)), s)


def _code_slots(rng: random.Random, kw: str) -> dict[str, str]:
    slug = _slug(kw)[:24].strip("-")
    inline, inline2 = rng.choice(_INLINE_PAIRS)
    fix = rng.choice(_ERR_FIXES)
    return {
        "trace": _code_fill(rng, rng.choice(_TRACES), slug),
        "err": _code_fill(rng, rng.choice(_ERRS), slug),
        "cmd": _code_fill(rng, rng.choice(_CMDS), slug),
        "cmd2": _code_fill(rng, rng.choice(_CMDS), slug),
        "config": _code_fill(rng, rng.choice(_CONFIGS), slug),
        "inline": inline,
        "inline2": inline2,
        "fixerr": _code_fill(rng, fix[0], slug),
        "fixcmd": _code_fill(rng, fix[1], slug),
        "os": rng.choice(_CODE_WORDS["os"]),
        "pkg": rng.choice(_CODE_WORDS["pkg"]),
        "ver": f"{rng.randint(0, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
        "pyver": f"3.{rng.randint(8, 13)}.{rng.randint(0, 12)}",
    }


def _wiki_title(kw: str) -> str:
    t = kw.strip()
    if not _is_cjk(t):
        t = _cap(t)
    return t.replace(" ", "_")


def _url_slots(rng: random.Random, kw: str) -> dict[str, str]:
    slug = _slug(kw) or f"topic-{_digits(rng, 4)}"
    return {
        "slug": slug,
        "slugnd": slug.replace("-", ""),
        "slugu": slug.replace("-", "_"),
        "Wiki": _wiki_title(kw) if not _is_cjk(kw) else _urlquote(kw),
        "q": _urlquote(kw),
        "d1": str(rng.randint(0, 4)),
        "d2": str(rng.randint(0, 9)),
        "dd": f"{rng.randint(1, 28):02d}",
        "n3": _digits(rng, 3),
        "n4": _digits(rng, 4),
        "n5": _digits(rng, 5),
        "n6": _digits(rng, 6),
        "n7": _digits(rng, 7),
        "n7b": _digits(rng, 7),
        "n8": _digits(rng, 8),
        "yy": str(rng.randint(12, 24)),
        "journal": rng.choice(_JOURNALS),
        "short": rng.choice(_SHORTS),
        "shorts": rng.choice(_SHORTS),
        "fj": rng.choice(("psyg", "nut", "pls", "micb", "pubh", "env")),
    }


def _link_url(
    rng: random.Random, post: _Post, ltype: str, kw: str, lang: str, person: _Person
) -> str:
    us = _url_slots(rng, kw)
    slug = _slug(kw)
    if ltype == "wiki":
        title = _wiki_title(kw)
        if rng.random() < 0.5 or not title.isascii():
            title = _urlquote(title, safe="_()'")
        return f"https://{_WIKI_HOST.get(lang, _WIKI_HOST['en'])}{title}"
    if ltype == "docs":
        topic = post.topic.lower()
        pool: Sequence[str] = _REF_FALLBACK
        for hints, sites in _REF_SITES:
            if any(h in topic for h in hints):
                pool = sites
                break
        return _fill(rng.choice(pool), us)
    if ltype == "stats":
        return _fill(rng.choice(_STATS_SITES.get(lang, _STATS_SITES["en"])), us)
    if ltype == "paper":
        doi = _fill(rng.choice(_DOI_PATTERNS), us)
        return rng.choice(
            (
                f"https://doi.org/{doi}",
                f"https://doi.org/{doi}",
                f"doi.org/{doi}",
                f"https://dx.doi.org/{doi}",
            )
        )
    if ltype == "github":
        owner = _handle_part(person.handle) or rng.choice(_CODE_WORDS["user"])
        repo = slug or f"notes-{_digits(rng, 3)}"
        return rng.choice(
            (
                f"https://github.com/{owner}/{repo}",
                f"https://github.com/{owner}/awesome-{repo}",
                f"https://github.com/{owner}/{repo}-tools",
                f"https://github.com/{owner}/{repo}#readme",
            )
        )
    if ltype == "own_site":
        y, m = rng.randint(2012, 2024), rng.randint(1, 12)
        if slug:
            path = rng.choice(
                (
                    f"/{y}/{m:02d}/{slug}/",
                    f"/{slug}/",
                    f"/tag/{slug}/",
                    f"/{y}/{m:02d}/{slug}-part-1/",
                    f"/blog/{slug}",
                    f"/?p={rng.randint(12, 9999)}",
                )
            )
        else:
            path = rng.choice(
                (
                    f"/archives/{rng.randint(12, 9999)}",
                    f"/?p={rng.randint(12, 9999)}",
                    f"/{y}/{m:02d}/{rng.randint(1, 99)}.html",
                    f"/{y}/{m:02d}/{rng.randint(10, 31)}/",
                )
            )
        return post.root + path
    if ltype == "own_blog":
        if not person.url or not any(
            b in person.url
            for b in (
                "wordpress",
                "blogspot",
                "github.io",
                "medium",
                "substack",
                "csdn",
                "cnblogs",
                "pixnet",
                "over-blog",
                "canalblog",
                "ghost",
                "note.com",
                "hatena",
                "tistory",
                "naver",
                "livejournal",
            )
        ):
            person.url = _blog_url(rng, person, lang)
        base = person.url.rstrip("/")
        y, m = rng.randint(2015, 2025), rng.randint(1, 12)
        tail = slug or str(rng.randint(100, 99999))
        return base + rng.choice(
            (
                f"/{y}/{m:02d}/{tail}/",
                f"/{tail}",
                f"/p/{tail}",
                f"/posts/{tail}/",
                f"/article/details/{_digits(rng, 9)}" if "csdn" in base else f"/{tail}.html",
            )
        )
    if ltype == "video":
        vid = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            for _ in range(11)
        )
        if lang in ("zh",) and rng.random() < 0.7:
            return f"https://www.bilibili.com/video/BV1{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789') for _ in range(9))}"
        return rng.choice(
            (
                f"https://www.youtube.com/watch?v={vid}",
                f"https://youtu.be/{vid}",
                f"https://youtu.be/{vid}?t={rng.randint(30, 900)}",
                f"https://vimeo.com/{rng.randint(10000000, 999999999)}",
            )
        )
    if ltype == "archive":
        ts = f"20{rng.randint(5, 22):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 6)}"
        site = rng.choice(
            (
                f"www.{slug or 'oldsite'}.org",
                f"{slug or 'members'}.info",
                f"members.aol.com/{slug or 'home'}",
                f"www.geocities.ws/{slug or 'page'}",
            )
        )
        return f"https://web.archive.org/web/{ts}/http://{site}/"
    # forum
    if post.is_tech:
        return rng.choice(
            (
                f"https://stackoverflow.com/questions/{rng.randint(1000000, 79000000)}/{slug or 'error'}",
                f"https://superuser.com/questions/{rng.randint(10000, 1800000)}/{slug or 'question'}",
                f"https://unix.stackexchange.com/questions/{rng.randint(10000, 780000)}/{slug or 'question'}",
            )
        )
    sub = rng.choice(_SUBREDDITS)
    return f"https://www.reddit.com/r/{sub}/comments/{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(6))}/{_slug(kw, '_') or 'thread'}/"


# ---------------------------------------------------------------------------
# 7. builders
# ---------------------------------------------------------------------------
_Built = tuple[str, str, _Person, str]  # content, lang, author, kind


def _ctx_for(rng: random.Random, topic: str) -> str:
    t = topic.lower()
    for hints, ctxs in _CTX_BY_TOPIC:
        if any(h in t for h in hints):
            if rng.random() < 0.8:
                return rng.choice(ctxs)
            break
    return rng.choice(_GENERIC_CTX)


def _slots(post: _Post, rng: random.Random, lang: str) -> dict[str, str]:
    kw = rng.choice(post.keywords)
    others = [k for k in post.keywords if k != kw] or [kw]
    kw2 = rng.choice(others)
    other = _name_for(rng, lang)
    name = other.first if rng.random() < 0.7 else other.display
    blogs = _LOC[lang]["blogs"] if lang in _LOC else _BLOG_NAMES
    months = _MONTHS_LOC.get(lang, _MONTHS)
    return {
        "kw": kw,
        "kw2": kw2,
        "Kw": _cap(kw),
        "Kw2": _cap(kw2),
        "title": post.title,
        "frag": rng.choice(post.fragments),
        "ctx": _ctx_for(rng, post.topic),
        "relative": rng.choice(_RELATIVES),
        "name": name,
        "oname": post.owner_first(post.lang),
        "cond": rng.choice(_CONDS),
        "place": rng.choice(_PLACES),
        "place_short": rng.choice(_PLACES_SHORT),
        "year": str(rng.randint(2019, 2025)),
        "year_old": str(rng.randint(2008, 2019)),
        "month": rng.choice(months),
        "post_url": post.url,
        "domain": post.domain,
        "num": str(rng.randint(2, 180)),
        "blog": rng.choice(blogs),
    }


def _typo(rng: random.Random, s: str) -> str:
    words = [m for m in re.finditer(r"\b[a-z]{5,}\b", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return s[: m.start()] + w2 + s[m.end() :]


def _en_noise(rng: random.Random, s: str) -> str:
    """Light, realistic sloppiness for English comments without links or code."""
    if "http" in s or "<" in s or "`" in s:
        return s
    r = rng.random()
    if r < 0.05:
        s = s.lower()
    elif r < 0.14 and s.endswith("."):
        s = s[:-1]
    elif r < 0.17:
        s = re.sub(r"\bI\b", "i", s).replace("I'm", "i'm").replace("I've", "i've")
    elif r < 0.21:
        s = _typo(rng, s)
    elif r < 0.23:
        s = s.replace(". ", ".  ")
    if rng.random() < 0.05:
        s += rng.choice(_EMOJI_TAIL)
    return s


def _lead(lead: str, s: str) -> str:
    """Prefix ``lead``; after a comma the sentence continues in lower case."""
    if lead.endswith(", ") and s[:1].isupper() and not re.match(r"(I\b|I'|[A-Z]{2})", s):
        s = s[:1].lower() + s[1:]
    return lead + s


def _en_frame(rng: random.Random, s: str, person: _Person, slots: dict[str, str]) -> str:
    """Occasional greeting / sign-off, as real commenters write them."""
    r = rng.random()
    if r < 0.07:
        s = _lead(
            rng.choice(("Hi {oname}! ", "Hello! ", "Hey! ", "Hi there. ", "Hi {oname}, ")).replace(
                "{oname}", slots["oname"]
            ),
            s,
        )
    first = person.first if person.first and not _is_cjk(person.first) else ""
    r = rng.random()
    if r < 0.04 and first:
        s += f"\n\n– {first}"
    elif r < 0.07 and first:
        s += f"\nCheers, {first}"
    elif r < 0.09:
        s += rng.choice(
            ("\n\nGreetings from {p}", " (from {p})", "\nBest wishes from {p}.")
        ).replace("{p}", slots["place_short"])
    elif r < 0.11:
        s += rng.choice((" Thanks again!", " Keep it up.", " Just my two cents.", " x"))
    return s


def _author(
    rng: random.Random, lang: str, culture: str | None = None, url_p: float = 0.42
) -> _Person:
    return _make_author(rng, lang, culture, url_p)


def _b_thanks(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    person = _author(rng, lang)
    if lang in _LOC:
        return (
            _loc_frame(rng, _render(rng, rng.choice(_LOC[lang]["thanks"]), slots), lang, slots),
            lang,
            person,
            "specific_thanks",
        )
    s = _render(rng, rng.choice(_EN_THANKS), slots)
    if _words(s) > 60:  # very long keywords/titles
        s = _render(rng, "Thanks for the bit about {kw}.", slots)
    s = _en_noise(rng, _en_frame(rng, s, person, slots))
    return s, "en", person, "specific_thanks"


def _vary_short(rng: random.Random, s: str, lang: str) -> str:
    if lang == "en":
        r = rng.random()
        if r < 0.12:
            s = s.lower()
        elif r < 0.22:
            s = s.rstrip(".!")
        elif r < 0.28:
            s = s.rstrip(".") + ("!" if not s.endswith("!") else "!!")
        if rng.random() < 0.06:
            s = rng.choice(("Wow. ", "Oh, ", "Aw, ", "Ha! ", "Yes. ", "Ooh. ")) + s
        if rng.random() < 0.14:
            s += rng.choice(_EMOJI_TAIL)
        return s
    bank = _LOC[lang]
    if rng.random() < 0.35:
        s = s.rstrip("!！.。 ") + rng.choice(bank["suffix"])
    return s


def _b_short(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    person = _author(rng, lang)
    r = rng.random()
    if r < 0.08:
        return rng.choice(_EMOJI_ONLY), lang, person, "short_sincere"
    if lang in _LOC:
        bank = _LOC[lang]["short"]
        s = rng.choice(bank)
        if rng.random() < 0.18:
            s2 = rng.choice(bank)
            if s2 != s:
                if lang in ("zh", "zh-hant"):
                    s = s.rstrip("!！.。") + _LOC[lang]["joiner"] + s2
                else:
                    s = (s if s[-1:] in ".!?…)" else s + rng.choice((".", "!", ","))) + " " + s2
        if _words(s) > 8 and not _is_cjk(s):
            s = rng.choice(bank)
        return _vary_short(rng, s, lang), lang, person, "short_sincere"
    if r < 0.20:
        s = _fill(rng.choice(_EN_OCCASIONS), slots)
    else:
        s = rng.choice(_EN_SHORT)
        if rng.random() < 0.12:
            s2 = rng.choice(_EN_SHORT)
            joined = f"{s.rstrip()} {s2}" if s.rstrip()[-1:] in ".!?" else f"{s}. {s2}"
            if _words(joined) <= 8 and s2 != s:
                s = joined
    s = _vary_short(rng, s, "en")
    return s, "en", person, "short_sincere"


def _b_question(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    person = _author(rng, lang)
    if lang in _LOC:
        return (
            _loc_frame(rng, _render(rng, rng.choice(_LOC[lang]["question"]), slots), lang, slots),
            lang,
            person,
            "question",
        )
    pre = _fill(rng.choice(_EN_Q_PREFIX), slots)
    q = _render(rng, rng.choice(_EN_QUESTIONS), slots)
    if rng.random() < 0.2:
        q2 = _render(rng, rng.choice(_EN_QUESTIONS), slots)
        if q2 != q:
            q = f"{q} {rng.choice(('Also,', 'And', 'Oh, and'))} {q2[:1].lower() + q2[1:] if not q2.startswith(('I ', 'I’', 'I' + chr(39))) else q2}"
    if rng.random() < 0.15:
        q += rng.choice(
            (
                " Thanks!",
                " Thanks in advance.",
                " Cheers.",
                " Would love to hear your thoughts.",
                " TIA!",
            )
        )
    return _en_noise(rng, _en_frame(rng, _lead(pre, q), person, slots)), "en", person, "question"


def _b_disagree(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    person = _author(rng, lang)
    if lang in _LOC:
        return (
            _loc_frame(
                rng, _render(rng, rng.choice(_LOC[lang]["disagree"]), slots), lang, slots, 0.15, 0.1
            ),
            lang,
            person,
            "disagreement",
        )
    s = _render(rng, rng.choice(_EN_DISAGREE), slots)
    r = rng.random()
    if r < 0.15:
        s += rng.choice(
            (
                " Otherwise, good post.",
                " Sorry, had to say it.",
                " Just my experience.",
                " Rant over.",
                " Still a fan of the blog though.",
                " Happy to be proven wrong.",
            )
        )
    elif r < 0.22:
        s = _lead(
            rng.choice(("Ugh. ", "Hmm. ", "Sorry, but ", "Honestly? ", "Look, ", "Okay, ")), s
        )
    return _en_noise(rng, _en_frame(rng, s, person, slots)), "en", person, "disagreement"


def _b_quote(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    person = _author(rng, lang)
    q = rng.choice(post.quotable)
    if rng.random() < 0.25:
        frags = [f for f in _fragments([q]) if len(f) >= 12]
        if frags:
            q = rng.choice(frags)
    if lang in _LOC:
        r = _render(rng, rng.choice(_LOC[lang]["quote"]), slots)
        fmt = rng.choice(_LOC[lang]["quote_fmt"])
        return fmt.replace("{r}", r).replace("{q}", q), lang, person, "quote_reply"
    r = _render(rng, rng.choice(_EN_QUOTE_RESPONSES), slots)
    if rng.random() < 0.3:
        r2 = _render(rng, rng.choice(_EN_QUOTE_RESPONSES), slots)
        if r2 != r:
            r = f"{r} {r2}"
    lead = rng.choice(_EN_QUOTE_LEADS)
    fmt = rng.choice(
        (
            "<blockquote>{q}</blockquote>\n{r}",
            "<blockquote>{q}</blockquote>\n\n{r}",
            '"{q}"\n\n{r}',
            "> {q}\n\n{r}",
            '{lead} "{q}"\n{r}',
            "“{q}” — {r}",
            "<blockquote><p>{q}</p></blockquote>\n<p>{r}</p>",
            '{lead}\n<i>"{q}"</i>\n{r}',
        )
    )
    if "{lead}" in fmt and not lead:
        fmt = '"{q}"\n\n{r}'
    return (
        fmt.replace("{lead}", lead).replace("{r}", r).replace("{q}", q),
        "en",
        person,
        "quote_reply",
    )


_LINK_TYPES = {
    "wiki": 26,
    "docs": 14,
    "stats": 8,
    "paper": 12,
    "github": 6,
    "own_site": 12,
    "own_blog": 12,
    "video": 5,
    "archive": 2,
    "forum": 3,
}
_LINK_TYPES_TECH = dict(_LINK_TYPES, github=16, docs=20, forum=8, stats=4)


def _b_link(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    person = _author(rng, lang, url_p=0.35)
    ltype = _wchoice(rng, _LINK_TYPES_TECH if post.is_tech else _LINK_TYPES)
    if lang in _LOC:
        bank: dict[str, tuple[str, ...]] = _LOC[lang]["link"]
        if ltype not in bank:
            ltype = rng.choice(("wiki", "own_site", "own_blog", "paper"))
        template = rng.choice(bank[ltype])
    else:
        template = rng.choice(_EN_LINK[ltype])
    url = _link_url(rng, post, ltype, slots["kw"], lang, person)
    r = rng.random()
    if r < 0.62:
        link = url
    else:
        anchor = rng.choice(_EN_ANCHORS) if lang == "en" else slots["kw"]
        anchor = _fill(anchor, slots)
        rel = rng.choice(("", "", ' rel="nofollow"', ' rel="nofollow ugc"', ' target="_blank"'))
        href = url if url.startswith("http") else "https://" + url
        link = f'<a href="{href}"{rel}>{anchor}</a>'
    s = _render(rng, template, dict(slots, link=link))
    if lang == "en":
        s = _en_frame(rng, s, person, slots)
    return s, lang, person, "relevant_link"


def _non_native_noise(rng: random.Random, s: str) -> str:
    r = rng.random()
    if r < 0.15:
        s = s.replace(", ", " ,", 1)
    elif r < 0.28:
        s = re.sub(r"\bI\b", "i", s)
    elif r < 0.36:
        s = s.replace(". ", ".", 1)
    elif r < 0.44:
        s = s.rstrip(".!") + rng.choice(("!!", "!!!", " :)", " ..", "...", " ^^"))
    if rng.random() < 0.1:
        s = rng.choice(("Hello, ", "Hello! ", "Hi sir, ", "Dear friend, ", "Good day. ")) + s
    return s


def _b_non_native(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    culture, template = rng.choice(_EN_NON_NATIVE)
    culture = culture or rng.choice(_NON_NATIVE_CULTURES)
    person = _author(rng, "en", culture=culture)
    s = _render(rng, template, slots)
    if rng.random() < 0.25:
        culture2, t2 = rng.choice(_EN_NON_NATIVE)
        if t2 != template and culture2 in ("", culture):
            s = f"{s} {_render(rng, t2, slots)}"
    return _non_native_noise(rng, s), "en", person, "non_native"


def _b_other_lang(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    person = _author(rng, lang)
    if lang in _LOC:
        bank = _LOC[lang]
        cat = _wchoice(
            rng,
            {
                "free": 40,
                "short": 18,
                "thanks": 16,
                "question": 14,
                "disagree": 8,
                "reply_thanks": 4,
            },
        )
        s = _render(rng, rng.choice(bank[cat]), slots)
        if cat == "short":
            s = _vary_short(rng, s, lang)
        elif rng.random() < 0.2:
            s2 = _render(rng, rng.choice(bank["free"]), slots)
            if s2 != s:
                sep = "" if lang in ("zh", "zh-hant") else " "
                end = "。" if lang in ("zh", "zh-hant") else "."
                s = s if s[-1:] in "。！？!?.~～" else s + end
                s = f"{s}{sep}{s2}"
        if cat != "short":
            s = _loc_frame(rng, s, lang, slots)
        return s, lang, person, "other_language"
    pool = _MINOR_FREE.get(lang) or _MINOR_FREE["it"]
    s = _render(rng, rng.choice(pool), slots)
    if rng.random() < 0.2:
        s2 = _render(rng, rng.choice(pool), slots)
        if s2 != s:
            s = f"{s} {s2}"
    return s, lang, person, "other_language"


def _b_code(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    if not post.is_tech:
        return _b_question(post, rng, lang, slots)
    person = _author(rng, lang, url_p=0.5)
    cs = dict(slots, **_code_slots(rng, slots["kw"]))
    if lang in _LOC:
        return _render(rng, rng.choice(_LOC[lang]["code"]), cs), lang, person, "code"
    s = _render(rng, rng.choice(_EN_CODE), cs)
    return s, "en", person, "code"


def _b_reply(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    r = rng.random()
    loc = _LOC.get(lang)
    if r < 0.3:  # the blog owner answering
        first = post.owner_first(post.lang)
        person = _Person(first, first, "", _handle_part(first) or "admin")
        person.display = rng.choice(
            (first, first, f"{first} (author)", f"{first} | {post.domain}", "admin")
        )
        person.url = rng.choice((post.root, post.root + "/", post.root + "/about/"))
        person.email = rng.choice(
            (
                f"{person.handle or 'hello'}@{post.domain}",
                f"hello@{post.domain}",
                _email_for(rng, person, lang if lang in _EMAIL_DOMAINS else "en"),
            )
        )
        template = rng.choice(loc["reply_owner"] if loc else _EN_REPLY_OWNER)
    elif r < 0.75:
        person = _author(rng, lang)
        template = rng.choice(loc["reply_reader"] if loc else _EN_REPLY_READER)
    else:
        person = _author(rng, lang)
        template = rng.choice(loc["reply_thanks"] if loc else _EN_REPLY_THANKS)
    s = _render(rng, template, slots)
    s = _loc_frame(rng, s, lang, slots, 0.0, 0.25) if loc else _en_noise(rng, s)
    return s, lang, person, "reply"


def _b_story(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    person = _author(rng, lang)
    if lang in _LOC:
        st = _LOC[lang]["story"]
        middle = rng.sample(list(st["middle"]), k=min(len(st["middle"]), rng.choice((1, 2, 2, 3))))
        parts = [rng.choice(st["open"]), *middle, rng.choice(st["close"])]
        sep = "" if lang in ("zh", "zh-hant") else " "
        return _render(rng, sep.join(parts), slots), lang, person, "personal_story"
    st = _EN_STORY
    trouble = rng.sample(list(st["trouble"]), k=rng.choice((1, 2, 2)))
    parts = [
        rng.choice(st["open"]),
        *trouble,
        rng.choice(st["turn"]),
        rng.choice(st["now"]),
        rng.choice(st["close"]),
    ]
    s = _render(rng, " ".join(parts), slots)
    extra = [x for x in st["trouble"] + st["now"] if x not in parts]
    while _words(s) < 60 and extra:
        add = extra.pop(rng.randrange(len(extra)))
        parts.insert(len(parts) - 2, add)
        s = _render(rng, " ".join(parts), slots)
    while _words(s) > 200 and len(parts) > 4:
        parts.pop(1)
        s = _render(rng, " ".join(parts), slots)
    if rng.random() < 0.35:  # paragraph break, as people do in longer comments
        sents = s.split(". ")
        cut = rng.randint(1, max(1, len(sents) - 1))
        s = ". ".join(sents[:cut]) + ".\n\n" + ". ".join(sents[cut:]) if len(sents) > 2 else s
    return _en_noise(rng, s), "en", person, "personal_story"


def _b_pingback(post: _Post, rng: random.Random, lang: str, slots: dict[str, str]) -> _Built:
    loc = _LOC.get(lang)
    blog = slots["blog"]
    title = _render(
        rng,
        rng.choice(loc["pingback_titles"] if loc else _EN_PINGBACK_TITLES),
        dict(slots, blog=blog),
    )
    content = _render(rng, rng.choice(loc["pingback"] if loc else _EN_PINGBACK_CONTENT), slots)
    if rng.random() < 0.2:
        content = (
            f"Pingback: {title}\n{content}"
            if rng.random() < 0.5
            else f"[…] {post.url} […]\n{content}"
        )
    base_person = _name_for(rng, lang)
    base = _blog_url(rng, base_person, lang).rstrip("/")
    y, m = rng.randint(2014, 2025), rng.randint(1, 12)
    tail = _slug(title)[:60].strip("-") or str(rng.randint(100, 9999))
    person = _Person(title, base_person.first, base_person.last, base_person.handle)
    person.url = f"{base}/{y}/{m:02d}/{tail}/"
    person.email = ""
    return content, lang, person, "pingback"


_BUILDERS: dict[str, Callable[[_Post, random.Random, str, dict[str, str]], _Built]] = {
    "specific_thanks": _b_thanks,
    "short_sincere": _b_short,
    "question": _b_question,
    "disagreement": _b_disagree,
    "quote_reply": _b_quote,
    "relevant_link": _b_link,
    "non_native": _b_non_native,
    "other_language": _b_other_lang,
    "code": _b_code,
    "reply": _b_reply,
    "personal_story": _b_story,
    "pingback": _b_pingback,
}


def _pick_lang(post: _Post, rng: random.Random, kind: str) -> str:
    if kind == "non_native":
        return "en"
    if kind == "other_language":
        if post.lang != "en" and rng.random() < 0.75:
            return post.lang
        weights = {k: v for k, v in _OTHER_LANG_WEIGHTS.items() if k != post.lang}
        return _wchoice(rng, weights)
    if post.lang != "en":
        return post.lang if rng.random() < _P_POST_LANG else "en"
    if kind == "short_sincere" and rng.random() < 0.15:
        return rng.choice(_MAJOR_LANGS)
    return "en"


def _one(post: _Post, rng: random.Random, kind: str) -> dict[str, str]:
    lang = _pick_lang(post, rng, kind)
    slots = _slots(post, rng, lang)
    content, lang, person, kind = _BUILDERS[kind](post, rng, lang, slots)
    return {
        "content": content.strip(),
        "author": person.display,
        "author_email": person.email,
        "author_url": person.url,
        "kind": kind,
        "lang": lang,
    }


def generate_ham(post: dict, rng: random.Random, n: int) -> list[dict]:
    """n extra sincere comments for one post. Deterministic given rng state."""
    p = _Post(post)
    weights = KINDS if p.lang == "en" else _NON_EN_KINDS
    return [_one(p, rng, _wchoice(rng, weights)) for _ in range(max(0, int(n)))]
