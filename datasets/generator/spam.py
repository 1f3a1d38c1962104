"""Synthetic spam comments for the commentguard training corpus.

Everything in this module is original text written for commentguard.  It
imitates the *shape* of real blog-comment spam (spun praise, keyword
anchors, fake support numbers, bot pretexts, broken spintax, obfuscated
pharma/casino text, foreign-language commercial spam, ...) without copying
any real corpus.

Layout:
  1. a small spintax engine (``spin``/``render``) with ``⟨name⟩`` placeholders
  2. shared vocabulary: fragments, people, e-mail addresses, domains, URLs,
     phone numbers, commercial "offers"
  3. template banks, one per family (plus per-language banks)
  4. one function per family
  5. ``generate_spam`` / ``FAMILIES``

Only methods of the ``random.Random`` instance passed in are used, so the
output is a pure function of the rng state.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable, Sequence
from typing import Union

# ---------------------------------------------------------------------------
# 1. spintax engine
# ---------------------------------------------------------------------------
# A template is spintax: ``{a|b|{c|d}}`` picks one alternative per group,
# recursively.  After spinning, ``⟨name⟩`` placeholders are filled from a
# context dict (str or callable(rng) -> str) or from the shared FRAG bank,
# whose entries are themselves spintax.  A "|" or "}" outside any group is
# literal text.

_Node = Union[str, tuple[list, str]]  # literal text, or (alternatives, raw)
_PARSE_CACHE: dict[str, list] = {}
_PH = re.compile(r"⟨(\w+)⟩")


def _parse(s: str) -> list:
    cached = _PARSE_CACHE.get(s)
    if cached is not None:
        return cached
    pos = 0
    n = len(s)

    def seq(in_group: bool) -> list:
        nonlocal pos
        parts: list = []
        buf: list[str] = []
        while pos < n:
            c = s[pos]
            if c == "{":
                if buf:
                    parts.append("".join(buf))
                    buf = []
                start = pos
                pos += 1
                alts = [seq(True)]
                while pos < n and s[pos] == "|":
                    pos += 1
                    alts.append(seq(True))
                if pos < n and s[pos] == "}":
                    pos += 1
                parts.append((alts, s[start:pos]))
            elif in_group and c in "|}":
                break
            else:
                buf.append(c)
                pos += 1
        if buf:
            parts.append("".join(buf))
        return parts

    tree = seq(False)
    _PARSE_CACHE[s] = tree
    return tree


def _expand(nodes: list, rng: random.Random, out: list[str], leak: float = 0.0) -> None:
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
            continue
        alts, raw = node
        if leak and rng.random() < leak:
            out.append(raw)
        else:
            _expand(alts[rng.randrange(len(alts))], rng, out, leak)


def spin(template: str, rng: random.Random, leak: float = 0.0) -> str:
    """Expand spintax.  With ``leak`` > 0 each group is left raw with that
    probability (used to imitate broken spinner output)."""
    out: list[str] = []
    _expand(_parse(template), rng, out, leak)
    return "".join(out)


def count_groups(template: str) -> int:
    return sum(1 for node in _parse(template) if not isinstance(node, str))


Ctx = dict[str, str | Callable[[random.Random], str]]


def render(template: str, rng: random.Random, ctx: Ctx | None = None, leak: float = 0.0) -> str:
    """Spin a template, then fill ``⟨name⟩`` placeholders (recursively)."""
    ctx = ctx or {}
    out = spin(template, rng, leak)

    def resolve(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in ctx:
            v = ctx[name]
            return v(rng) if callable(v) else v
        if name in FRAG:
            return spin(rng.choice(FRAG[name]), rng, leak)
        raise KeyError("unknown placeholder: " + name)

    for _ in range(8):
        if "⟨" not in out:
            break
        out = _PH.sub(resolve, out)
    # empty alternatives leave doubled spaces behind
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", out)


def pick(rng: random.Random, weighted: Sequence[tuple[object, float]]):
    """Choose from [(item, weight), ...]."""
    total = sum(w for _, w in weighted)
    r = rng.random() * total
    acc = 0.0
    for item, w in weighted:
        acc += w
        if r < acc:
            return item
    return weighted[-1][0]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def _clean_field(s: str) -> str:
    """Post fields go into templates: keep them from breaking the spinner."""
    return re.sub(r"[{}|⟨⟩]", " ", str(s)).strip()


# ---------------------------------------------------------------------------
# 2. shared vocabulary
# ---------------------------------------------------------------------------
# Fragment bank for placeholders such as ⟨greet⟩ or ⟨post⟩.  Each entry is a
# list of spintax strings; one is picked and spun per occurrence.
FRAG: dict[str, list[str]] = {
    "greet": [
        "{Hello|Hi there|Hey there|Good day|Hi|Howdy|Hello there|Greetings|Heya|Hey|Hiya|Good morning|Whats up|Hello mates|Hi everybody|Good afternoon}"
    ],
    "greet_lc": ["{hello|hi there|hey there|good day|hi|howdy|hello there|hey|hiya|whats up}"],
    "blog": ["{blog|website|site|weblog|web site|web page|blog site|webpage|internet site}"],
    "blogs": ["{blogs|websites|sites|weblogs|web pages|blog sites|internet sites}"],
    "post": [
        "{post|article|piece of writing|write-up|blog post|paragraph|posting|article post|content|submit|publish|post here}"
    ],
    "great": [
        "{great|wonderful|fantastic|awesome|excellent|superb|nice|good|fastidious|pleasant|remarkable|terrific|outstanding|brilliant|magnificent|marvelous|tremendous|impressive}"
    ],
    "great_lc": [
        "{great|wonderful|fantastic|awesome|excellent|superb|nice|good|fastidious|pleasant}"
    ],
    "info": ["{information|info|data|knowledge|details|stuff|material|facts}"],
    "thanks": [
        "{Thanks|Thank you|Thanks a lot|Many thanks|Thanx|Thnkx|Appreciate it|Cheers|Thanks a bunch|Thank you so much|Thanks a ton|Thank you a lot|Tks|Thx}"
    ],
    "thanks_lc": ["{thanks|thank you|thanks a lot|many thanks|thanx|thnkx|cheers|thx}"],
    "bookmark": [
        "{bookmarked|book-marked|book marked|saved as a favorite|added to my favorites|saved to my bookmarks|bookmarked it|added to my bookmark list|saved it to fav}"
    ],
    "comeback": [
        "{I will come back|I'll be back|I will return|I'll come back|I'm going to come back|I will revisit|I'll be returning|I will be checking back} {later|again|soon|in the future|down the road|once again|very soon|tomorrow|frequently|to read more}"
    ],
    "friends": ["{friends|buddies|colleagues|mates|pals|family|co-workers|followers}"],
    "webmasters": [
        "{webmasters|site owners|blog owners|website owners|bloggers|web owners|site-building people|website holders|blog writers}"
    ],
    "truly": ["{really|truly|genuinely|actually|definitely|certainly|honestly|seriously|in fact}"],
    "enjoyed": [
        "{enjoyed|loved|liked|appreciated|took pleasure in|savored|enjoyed reading|delighted in}"
    ],
    "reading": [
        "{reading|browsing|looking at|going through|surfing around|checking out|exploring|looking over}"
    ],
    "useful": [
        "{useful|helpful|valuable|informative|beneficial|handy|educational|practical|important}"
    ],
    "topic": ["{topic|subject|matter|issue|theme|area|niche}"],
    "keep": [
        "{Keep up the {good|great|superb|excellent|fantastic} {work|job|writing}|Keep it up|Keep writing|Keep on writing|Keep up the awesome works|Please keep it up|Keep them coming|Carry on the good work}"
    ],
    "smile": ["{ :)| :-)| ;)| :D| ^_^| xD|!!| !|}"],
    "bye": [
        "{Cheers|Regards|Best regards|Kind regards|Thanks again|All the best|Best wishes|Warm regards|Sincerely|Bye|Take care}"
    ],
    "today": [
        "{today|lately|these days|recently|this week|this morning|yesterday|tonight|at the moment}"
    ],
    "really_lc": ["{really|truly|very|pretty|quite|extremely|super|incredibly}"],
    "net": ["{the web|the internet|the net|online|the world wide web|the blogosphere|Google}"],
    "writer": ["{writer|author|blogger|webmaster|admin|poster|owner}"],
    "people": ["{people|folks|readers|visitors|viewers|individuals|persons|users}"],
}


FIRST_NAMES = [
    "James",
    "John",
    "Robert",
    "Michael",
    "William",
    "David",
    "Richard",
    "Joseph",
    "Thomas",
    "Charles",
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Barbara",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
    "Nancy",
    "Lisa",
    "Betty",
    "Margaret",
    "Sandra",
    "Ashley",
    "Kimberly",
    "Emily",
    "Donna",
    "Michelle",
    "Carmen",
    "Alejandro",
    "Lucia",
    "Mateo",
    "Sofia",
    "Diego",
    "Valentina",
    "Luis",
    "Camila",
    "Jorge",
    "Ivan",
    "Olga",
    "Dmitry",
    "Natalia",
    "Sergey",
    "Anastasia",
    "Alexei",
    "Tatiana",
    "Pavel",
    "Irina",
    "Wei",
    "Li",
    "Jun",
    "Mei",
    "Hiroshi",
    "Yuki",
    "Minh",
    "Linh",
    "Ji-woo",
    "Seo-yeon",
    "Rahul",
    "Priya",
    "Amit",
    "Sneha",
    "Arjun",
    "Pooja",
    "Vikram",
    "Anjali",
    "Ravi",
    "Neha",
    "Lucas",
    "Julia",
    "Felix",
    "Lena",
    "Hugo",
    "Chloe",
    "Louis",
    "Manon",
    "Pierre",
    "Camille",
    "Kevin",
    "Brandon",
    "Tyler",
    "Ryan",
    "Justin",
    "Megan",
    "Brittany",
    "Amber",
    "Kayla",
    "Heather",
    "Mohammed",
    "Fatima",
    "Omar",
    "Aisha",
    "Ahmed",
    "Leila",
    "Tariq",
    "Zainab",
    "Mustafa",
    "Nadia",
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Tuan",
    "Hanh",
    "Kofi",
    "Ama",
    "Chinedu",
    "Ngozi",
    "Rosaline",
    "Bennie",
    "Lorrie",
    "Dusty",
    "Veronique",
    "Reinaldo",
    "Minerva",
    "Cortez",
    "Latasha",
    "Wilburn",
    "Shelia",
    "Estela",
    "Rudolph",
    "Jacquelyn",
    "Otis",
    "Katrin",
    "Gilberto",
    "Antonietta",
    "Dirk",
    "Tammie",
]

LAST_NAMES = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
    "Ivanov",
    "Petrova",
    "Smirnov",
    "Kuznetsova",
    "Popov",
    "Volkova",
    "Sokolov",
    "Morozova",
    "Wang",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Tanaka",
    "Suzuki",
    "Nguyen",
    "Tran",
    "Kim",
    "Park",
    "Sharma",
    "Patel",
    "Singh",
    "Kumar",
    "Gupta",
    "Reddy",
    "Iyer",
    "Mehta",
    "Muller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Dubois",
    "Laurent",
    "Moreau",
    "Lefebvre",
    "Rossi",
    "Bianchi",
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Pereira",
    "Costa",
    "Fernandes",
    "Almeida",
    "Okafor",
    "Mensah",
    "Hassan",
    "Khan",
    "Rahman",
    "Yilmaz",
    "Kowalski",
    "Nowak",
    "Jansen",
    "de Vries",
    "Blackwood",
    "Pettigrew",
    "Mcintyre",
    "Fenwick",
    "Castellanos",
    "Ruddock",
    "Hargrove",
    "Whitlock",
    "Strand",
    "Boyle",
]

HANDLE_PARTS = [
    "dark",
    "cool",
    "super",
    "mega",
    "shadow",
    "crazy",
    "lucky",
    "silent",
    "happy",
    "red",
    "blue",
    "pro",
    "ninja",
    "wolf",
    "tiger",
    "gamer",
    "master",
    "king",
    "queen",
    "boss",
    "star",
    "moon",
    "fox",
    "pixel",
    "dragon",
    "hunter",
    "rider",
    "angel",
    "devil",
    "ice",
    "fire",
    "storm",
    "sky",
    "sun",
    "rock",
    "x",
]

EMAIL_PROVIDERS = [
    ("gmail.com", 30),
    ("yahoo.com", 10),
    ("hotmail.com", 8),
    ("outlook.com", 6),
    ("aol.com", 2),
    ("mail.ru", 6),
    ("yandex.ru", 3),
    ("bk.ru", 1),
    ("list.ru", 1),
    ("rambler.ru", 1),
    ("qq.com", 5),
    ("163.com", 2),
    ("126.com", 1),
    ("sina.com", 1),
    ("gmx.de", 2),
    ("web.de", 2),
    ("gmx.com", 1),
    ("t-online.de", 1),
    ("orange.fr", 1),
    ("free.fr", 1),
    ("yahoo.co.uk", 1),
    ("hotmail.co.uk", 1),
    ("yahoo.co.in", 1),
    ("rediffmail.com", 1),
    ("live.com", 2),
    ("msn.com", 1),
    ("icloud.com", 2),
    ("protonmail.com", 1),
    ("zoho.com", 1),
    ("naver.com", 1),
    ("hanmail.net", 1),
    ("uol.com.br", 1),
    ("bol.com.br", 1),
    ("libero.it", 1),
    ("wp.pl", 1),
    ("o2.pl", 1),
    ("seznam.cz", 1),
    ("inbox.lv", 1),
    ("ukr.net", 1),
]

TLDS = [
    (".com", 40),
    (".net", 10),
    (".org", 6),
    (".info", 6),
    (".biz", 4),
    (".xyz", 5),
    (".top", 4),
    (".ru", 4),
    (".pl", 2),
    (".in", 3),
    (".co", 3),
    (".online", 3),
    (".shop", 3),
    (".site", 2),
    (".club", 2),
    (".store", 2),
    (".us", 2),
    (".co.uk", 2),
    (".de", 1),
    (".cc", 2),
    (".me", 2),
    (".pro", 1),
    (".io", 1),
    (".win", 1),
    (".vip", 1),
    (".life", 1),
    (".live", 1),
    (".su", 1),
    (".com.au", 1),
    (".ca", 1),
    (".eu", 1),
    (".tk", 1),
    (".ga", 1),
    (".link", 1),
    (".space", 1),
]

DOMAIN_PREFIX = [
    "best",
    "top",
    "my",
    "the",
    "get",
    "buy",
    "cheap",
    "easy",
    "fast",
    "quick",
    "real",
    "pro",
    "smart",
    "true",
    "official",
    "go",
    "i",
    "e",
    "web",
    "new",
    "1st",
    "a1",
    "first",
    "prime",
]
DOMAIN_SUFFIX = [
    "24",
    "365",
    "online",
    "pro",
    "hub",
    "zone",
    "guide",
    "4u",
    "now",
    "hq",
    "world",
    "center",
    "club",
    "direct",
    "shop",
    "store",
    "review",
    "reviews",
    "usa",
    "uk",
    "ca",
    "247",
    "2024",
    "2019",
    "info",
    "site",
    "web",
    "pros",
    "expert",
    "experts",
    "deals",
    "net",
    "today",
    "mart",
    "plus",
    "city",
    "land",
    "point",
    "spot",
    "tips",
    "blog",
    "co",
    "x",
    "88",
    "99",
    "777",
]

SHORTENERS = [
    "bit.ly",
    "tinyurl.com",
    "goo.gl",
    "is.gd",
    "cutt.ly",
    "t.co",
    "ow.ly",
    "rb.gy",
    "shorturl.at",
    "v.gd",
    "tiny.cc",
]

PERSONAL_BLOG_WORDS = [
    "journey",
    "diary",
    "notes",
    "life",
    "thoughts",
    "corner",
    "kitchen",
    "garden",
    "adventures",
    "blog",
    "space",
    "world",
    "place",
    "travels",
    "musings",
    "page",
    "stories",
    "daily",
]


def _rand_chars(
    rng: random.Random, n: int, alphabet: str = string.ascii_lowercase + string.digits
) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _slug(words: Sequence[str], sep: str) -> str:
    return sep.join(w.lower().replace(" ", sep) for w in words)


def make_domain(
    rng: random.Random, words: Sequence[str], tlds: Sequence[tuple[str, float]] | None = None
) -> str:
    """Fictional commercial domain built from keyword words."""
    words = [re.sub(r"[^a-z0-9 ]", "", w.lower()) for w in words if w]
    words = [w for w in words if w] or ["online", "shop"]
    k = pick(rng, [(1, 3), (2, 5), (3, 2), (4, 1)])
    parts = [rng.choice(words) for _ in range(k)]
    # avoid silly exact duplicates such as casino-casino
    dedup: list[str] = []
    for p_ in parts:
        if not dedup or dedup[-1] != p_:
            dedup.append(p_)
    parts = dedup
    if len(parts) == 1 and not re.search(r"\d", parts[0]):
        # a lone dictionary word is likely a real domain: pad it
        if chance(rng, 0.5):
            parts.append(rng.choice([w for w in words if w != parts[0]] or DOMAIN_SUFFIX))
        else:
            parts.append(rng.choice(DOMAIN_SUFFIX))
    if chance(rng, 0.3):
        parts.insert(0, rng.choice(DOMAIN_PREFIX))
    if chance(rng, 0.35):
        parts.append(rng.choice(DOMAIN_SUFFIX))
    sep = "-" if chance(rng, 0.45) else ""
    name = _slug(parts, sep).replace(" ", sep)
    if len(name) > 48:
        name = name[:48].strip("-")
    tld = pick(rng, tlds or TLDS)
    dom = name + tld
    r = rng.random()
    if r < 0.08:
        dom = (
            rng.choice(
                ["shop", "m", "en", "blog", "go", "promo", "news", "app", "store", "us", "uk"]
            )
            + "."
            + dom
        )
    elif r < 0.12:
        dom = _rand_chars(rng, rng.randint(3, 6)) + "." + dom
    elif r < 0.14:
        # free-host style subdomain under an invented host
        host = rng.choice(
            [
                "freehostly-sites.net",
                "webnodal-pages.info",
                "siteful.me",
                "mypage-builder.org",
                "blogzet.com",
                "wikiplace-host.net",
                "pagejam-sites.xyz",
                "tumbleup-blogs.com",
                "ampblogs.net",
            ]
        )
        dom = name + "." + host
    return dom


def make_url(
    rng: random.Random,
    words: Sequence[str],
    tlds: Sequence[tuple[str, float]] | None = None,
    allow_odd: bool = True,
) -> str:
    """URL on a fictional domain; sometimes a shortener or raw IP."""
    r = rng.random()
    if allow_odd and r < 0.07:
        code = _rand_chars(rng, rng.randint(5, 8), string.ascii_letters + string.digits)
        return rng.choice(["http://", "https://"]) + rng.choice(SHORTENERS) + "/" + code
    if allow_odd and r < 0.10:
        ip = ".".join(str(rng.randint(1, 254)) for _ in range(4))
        ip = str(rng.randint(23, 223)) + ip[ip.index(".") :]
        tail = rng.choice(
            [
                "/",
                "/index.php",
                "/go/" + _rand_chars(rng, 5),
                "/~" + rng.choice(words or ["shop"]).split()[0].lower() + "/",
                ":8080/",
                "/lp/" + _rand_chars(rng, 4) + ".html",
            ]
        )
        return "http://" + ip + tail
    dom = make_domain(rng, words, tlds)
    scheme = pick(rng, [("https://", 5), ("http://", 4), ("", 1)])
    www = "www." if (dom.count(".") == 1 and chance(rng, 0.35)) else ""
    url = scheme + www + dom
    pr = rng.random()
    kw = (
        _slug([rng.choice(words)] + ([rng.choice(words)] if chance(rng, 0.5) else []), "-")
        if words
        else "page"
    )
    kw = kw.replace(" ", "-")
    if pr < 0.35:
        url += "/" if chance(rng, 0.6) else ""
    elif pr < 0.55:
        url += (
            "/"
            + kw
            + rng.choice(["/", ".html", ".php", "", "-" + str(rng.randint(2015, 2025)) + "/"])
        )
    elif pr < 0.65:
        url += (
            rng.choice(["/blog/", "/products/", "/category/", "/p/", "/item/", "/en/", "/news/"])
            + kw
            + rng.choice(["/", ".html", ""])
        )
    elif pr < 0.73:
        url += (
            "/?"
            + rng.choice(["p", "page_id", "id", "ref", "aff", "s"])
            + "="
            + str(rng.randint(2, 99999))
        )
    elif pr < 0.80:
        url += (
            "/"
            + rng.choice(["", kw + "/"])
            + "?utm_source="
            + rng.choice(["comment", "blog", "wp", "backlink", "forum"])
            + "&utm_medium="
            + rng.choice(["referral", "cpc", "comment", "post"])
            + "&utm_campaign="
            + _rand_chars(rng, 6)
        )
    elif pr < 0.86:
        url += (
            "/"
            + rng.choice(["go", "out", "click", "r", "link", "visit"])
            + rng.choice([".php?id=", "/", "?to="])
            + _rand_chars(rng, rng.randint(3, 10))
        )
    elif pr < 0.91:
        url += (
            "/index.php?"
            + rng.choice(
                [
                    "route=product",
                    "option=com_content",
                    "topic",
                    "action=profile",
                    "main_page=index",
                ]
            )
            + "&"
            + rng.choice(["id", "u", "cPath", "product_id"])
            + "="
            + str(rng.randint(1, 9999))
        )
    elif pr < 0.95:
        url += (
            "/?aff_id="
            + str(rng.randint(100, 99999))
            + rng.choice(["", "&sub=blog", "&src=cmt" + str(rng.randint(1, 99))])
        )
    else:
        url += "/members/" + _rand_chars(rng, rng.randint(5, 9)) + "/profile/"
    return url


def personal_url(rng: random.Random, name: str) -> str:
    base = re.sub(r"[^a-z]", "", name.lower()) or _rand_chars(rng, 6)
    word = rng.choice(PERSONAL_BLOG_WORDS)
    dom = pick(
        rng,
        [
            (base + word, 3),
            (base + "s" + word, 2),
            (word + "of" + base, 1),
            (base + str(rng.randint(1, 99)), 1),
        ],
    )
    return (
        rng.choice(["http://", "https://"])
        + dom
        + pick(rng, [(".com", 5), (".net", 2), (".org", 1), (".me", 1), (".info", 1)])
        + rng.choice(["", "/", "/blog/", "/about/"])
    )


def make_phone(rng: random.Random) -> str:
    area = rng.choice(["800", "833", "844", "855", "866", "877", "888"])
    a = str(rng.randint(200, 999))
    b = "".join(str(rng.randint(0, 9)) for _ in range(4))
    fmt = rng.randrange(12)
    return [
        "+1-" + area + "-" + a + "-" + b,
        "1-" + area + "-" + a + "-" + b,
        "+1 (" + area + ") " + a + "-" + b,
        "1 (" + area + ") " + a + " " + b,
        "1." + area + "." + a + "." + b,
        "+1 " + area + " " + a + " " + b,
        area + "-" + a + "-" + b,
        "(" + area + ")" + a + "-" + b,
        "+1" + area + a + b,
        "1 " + area + " " + a + " " + b,
        "+1-" + area + "-" + a + b,
        "1-" + area + "-" + a + "-" + b[:2] + " " + b[2:],
    ][fmt]


def make_person(rng: random.Random) -> str:
    f = rng.choice(FIRST_NAMES)
    r = rng.random()
    if r < 0.55:
        return f + " " + rng.choice(LAST_NAMES)
    if r < 0.8:
        return f
    if r < 0.9:
        return f + " " + rng.choice(LAST_NAMES)[0] + "."
    if r < 0.95:
        return (f + " " + rng.choice(LAST_NAMES)).lower()
    return f.upper()


def make_handle(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return rng.choice(HANDLE_PARTS) + rng.choice(HANDLE_PARTS) + str(rng.randint(1, 9999))
    if r < 0.55:
        return (
            rng.choice(FIRST_NAMES).lower()
            + rng.choice(["", "_", "."])
            + rng.choice(LAST_NAMES).lower().replace(" ", "")[: rng.randint(1, 6)]
            + str(rng.randint(1, 999))
        )
    if r < 0.75:
        return _rand_chars(rng, rng.randint(5, 10), string.ascii_lowercase)
    if r < 0.9:
        return _rand_chars(rng, rng.randint(6, 9), string.ascii_letters) + _rand_chars(
            rng, 2, string.digits
        )
    return (
        rng.choice(HANDLE_PARTS).capitalize()
        + rng.choice(["_", "", "-"])
        + rng.choice(HANDLE_PARTS).capitalize()
    )


def make_email(rng: random.Random, name: str, domain: str | None = None) -> str:
    if chance(rng, 0.02):
        return ""
    ascii_name = re.sub(r"[^a-z ]", "", name.lower()).split()
    if domain and chance(rng, 0.5):
        bare = re.sub(r"^(https?://)?(www\.)?", "", domain).split("/")[0].split(":")[0]
        if (
            bare
            and not re.match(r"^\d", bare)
            and bare.split(".")[0] not in [s.split(".")[0] for s in SHORTENERS]
        ):
            local = rng.choice(
                [
                    "info",
                    "contact",
                    "admin",
                    "support",
                    "sales",
                    "hello",
                    "office",
                    "seo",
                    "marketing",
                    "webmaster",
                ]
                + ([ascii_name[0]] if ascii_name else [])
            )
            return local + "@" + bare
    r = rng.random()
    if ascii_name and r < 0.6:
        first = ascii_name[0]
        last = ascii_name[-1] if len(ascii_name) > 1 else ""
        local = pick(
            rng,
            [
                (first + "." + last if last else first, 3),
                (first + last, 3),
                (first[:1] + last if last else first, 2),
                (first + "_" + last if last else first, 1),
                (first + str(rng.randint(1, 99)), 2),
                (first + last + str(rng.randint(1950, 2005)), 2),
                (last + first[:1] if last else first, 1),
            ],
        )
    elif r < 0.8:
        local = _rand_chars(rng, rng.randint(6, 12), string.ascii_lowercase) + (
            str(rng.randint(1, 999)) if chance(rng, 0.5) else ""
        )
    elif r < 0.9:
        local = str(rng.randint(10000, 3999999999))  # qq-style numbers
        return local + "@" + pick(rng, [("qq.com", 4), ("163.com", 1), ("gmail.com", 1)])
    else:
        local = make_handle(rng).lower().replace(" ", "")
    local = re.sub(r"[^a-z0-9._-]", "", local) or _rand_chars(rng, 7)
    if chance(rng, 0.12):
        # random throwaway domain
        return (
            local
            + "@"
            + _rand_chars(rng, rng.randint(4, 9), string.ascii_lowercase)
            + pick(rng, [(".com", 3), (".net", 1), (".ru", 1), (".xyz", 1), (".info", 1)])
        )
    return local + "@" + pick(rng, EMAIL_PROVIDERS)


def fmt_link(rng: random.Random, url: str, anchor: str, style: str | None = None) -> str:
    """Format a link as it would be stored in a comment body."""
    if style is None:
        style = pick(
            rng,
            [
                ("bare", 30),
                ("a", 28),
                ("a_nofollow", 6),
                ("a_blank", 4),
                ("bb", 8),
                ("bb_plain", 2),
                ("colon", 8),
                ("paren", 5),
                ("strong", 3),
                ("md", 2),
                ("dash", 4),
            ],
        )
    if style == "bare":
        return url
    if style == "a":
        return '<a href="' + url + '">' + anchor + "</a>"
    if style == "a_nofollow":
        return '<a href="' + url + '" rel="nofollow">' + anchor + "</a>"
    if style == "a_blank":
        return "<a href='" + url + '\' target="_blank">' + anchor + "</a>"
    if style == "bb":
        return "[url=" + url + "]" + anchor + "[/url]"
    if style == "bb_plain":
        return "[url]" + url + "[/url]"
    if style == "colon":
        return anchor + ": " + url
    if style == "paren":
        return anchor + " (" + url + ")"
    if style == "strong":
        return '<strong><a href="' + url + '">' + anchor + "</a></strong>"
    if style == "md":
        return "[" + anchor + "](" + url + ")"
    return anchor + " - " + url


# Commercial "offers": keyword anchors (also used as author names) and words
# to build domains from.  ⟨city⟩ is filled with a city name.
CITIES = [
    "Houston",
    "Dallas",
    "Austin",
    "Phoenix",
    "Denver",
    "Miami",
    "Orlando",
    "Tampa",
    "Atlanta",
    "Chicago",
    "Seattle",
    "Portland",
    "San Diego",
    "Las Vegas",
    "Toronto",
    "Calgary",
    "London",
    "Manchester",
    "Sydney",
    "Melbourne",
    "Dubai",
    "Mumbai",
    "Delhi",
    "Singapore",
    "Brooklyn",
    "Boston",
    "Charlotte",
    "Nashville",
    "Sacramento",
    "Fort Worth",
    "Jacksonville",
    "Columbus",
    "Raleigh",
    "Tucson",
    "Birmingham",
    "Leeds",
    "Perth",
    "Brisbane",
    "Auckland",
    "Kuala Lumpur",
    "Lagos",
    "Nairobi",
    "Karachi",
    "Bangalore",
]

OFFERS: dict[str, dict[str, list[str]]] = {
    "payday": {
        "anchors": [
            "payday loans",
            "best payday loans",
            "payday loans online",
            "fast cash loans",
            "same day loans",
            "no credit check loans",
            "cash advance",
            "installment loans",
            "bad credit loans",
            "quick loans",
            "payday loans near me",
            "online loans instant approval",
            "title loans",
        ],
        "words": [
            "payday",
            "loans",
            "cash",
            "advance",
            "loan",
            "fast",
            "money",
            "credit",
            "quick",
            "lender",
        ],
    },
    "crypto": {
        "anchors": [
            "bitcoin investment",
            "crypto signals",
            "forex signals",
            "best crypto exchange",
            "bitcoin trading bot",
            "binary options",
            "crypto wallet",
            "forex trading",
            "buy bitcoin",
            "automated trading",
            "NFT drops",
            "crypto mining pool",
        ],
        "words": [
            "crypto",
            "bitcoin",
            "btc",
            "coin",
            "forex",
            "trade",
            "profit",
            "invest",
            "signals",
            "token",
            "wallet",
            "fx",
        ],
    },
    "casino": {
        "anchors": [
            "online casino",
            "best online casino",
            "casino bonus",
            "free spins",
            "online slots",
            "real money slots",
            "no deposit bonus",
            "live casino",
            "slot online",
            "mobile casino",
            "casino games",
            "jackpot slots",
            "new casino sites",
            "crypto casino",
        ],
        "words": [
            "casino",
            "slots",
            "spin",
            "jackpot",
            "bonus",
            "vegas",
            "win",
            "lucky",
            "roulette",
            "slot",
            "bet",
            "royal",
        ],
    },
    "betting": {
        "anchors": [
            "sports betting",
            "betting tips",
            "football betting",
            "bookmaker",
            "betting odds",
            "poker online",
            "online poker",
            "esports betting",
            "horse racing tips",
            "betting sites",
            "toto site",
        ],
        "words": [
            "bet",
            "betting",
            "odds",
            "sport",
            "poker",
            "tips",
            "goal",
            "bookie",
            "wager",
            "score",
            "toto",
        ],
    },
    "pharma": {
        "anchors": [
            "buy viagra online",
            "cheap cialis",
            "generic viagra",
            "viagra without prescription",
            "cialis 20mg",
            "online pharmacy",
            "canadian pharmacy",
            "buy tramadol",
            "generic levitra",
            "sildenafil",
            "tadalafil online",
            "discount pharmacy",
            "buy xanax",
        ],
        "words": [
            "pharmacy",
            "pills",
            "rx",
            "meds",
            "viagra",
            "cialis",
            "generic",
            "drugstore",
            "health",
            "canada",
            "tabs",
            "med",
        ],
    },
    "diet": {
        "anchors": [
            "weight loss pills",
            "keto diet pills",
            "fat burner",
            "garcinia cambogia",
            "lose weight fast",
            "diet supplement",
            "appetite suppressant",
            "keto gummies",
            "slimming tea",
        ],
        "words": [
            "keto",
            "slim",
            "diet",
            "fat",
            "burn",
            "weight",
            "loss",
            "fit",
            "lean",
            "trim",
            "body",
        ],
    },
    "cbd": {
        "anchors": [
            "CBD gummies",
            "CBD oil",
            "hemp oil",
            "full spectrum CBD",
            "CBD for anxiety",
            "delta 8 gummies",
            "CBD capsules",
            "cannabis seeds",
        ],
        "words": [
            "cbd",
            "hemp",
            "gummies",
            "oil",
            "canna",
            "leaf",
            "green",
            "relief",
            "natural",
            "organic",
        ],
    },
    "health": {
        "anchors": [
            "hair loss treatment",
            "natural diabetes cure",
            "blood sugar supplement",
            "tinnitus relief",
            "male enhancement",
            "testosterone booster",
            "anti aging cream",
            "joint pain relief",
            "skin tag remover",
            "nail fungus treatment",
            "prostate supplement",
            "eye vision supplement",
        ],
        "words": [
            "health",
            "cure",
            "natural",
            "remedy",
            "vital",
            "care",
            "wellness",
            "nutra",
            "bio",
            "life",
            "herbal",
            "pure",
        ],
    },
    "essay": {
        "anchors": [
            "essay writing service",
            "write my essay",
            "cheap essay writing",
            "buy essay online",
            "research paper help",
            "dissertation help",
            "homework help",
            "assignment help",
            "paper writing service",
            "essay writer",
            "do my homework",
            "coursework help",
        ],
        "words": [
            "essay",
            "paper",
            "writing",
            "homework",
            "assignment",
            "writers",
            "academic",
            "grade",
            "thesis",
            "study",
        ],
    },
    "diploma": {
        "anchors": [
            "buy a diploma",
            "buy degree online",
            "fake diploma",
            "online degree",
            "accredited online degree",
            "life experience degree",
            "buy certificate",
        ],
        "words": [
            "diploma",
            "degree",
            "certificate",
            "college",
            "university",
            "graduate",
            "academic",
            "online",
        ],
    },
    "seo": {
        "anchors": [
            "SEO services",
            "buy backlinks",
            "cheap SEO",
            "link building service",
            "guest post service",
            "local SEO",
            "SEO agency",
            "high DA backlinks",
            "website traffic",
            "buy website traffic",
            "SEO expert",
            "PBN links",
        ],
        "words": [
            "seo",
            "rank",
            "backlinks",
            "links",
            "traffic",
            "serp",
            "digital",
            "marketing",
            "agency",
            "boost",
            "web",
        ],
    },
    "webdesign": {
        "anchors": [
            "web design",
            "website design company",
            "web development",
            "wordpress developer",
            "ecommerce website design",
            "logo design",
            "app development company",
            "cheap web hosting",
        ],
        "words": [
            "web",
            "design",
            "dev",
            "studio",
            "pixel",
            "sites",
            "creative",
            "digital",
            "code",
            "host",
            "apps",
        ],
    },
    "social": {
        "anchors": [
            "buy instagram followers",
            "buy youtube views",
            "buy tiktok likes",
            "real followers",
            "instagram likes",
            "spotify plays",
            "buy facebook likes",
            "twitter followers",
        ],
        "words": [
            "followers",
            "likes",
            "views",
            "social",
            "insta",
            "grow",
            "fans",
            "boost",
            "viral",
            "famous",
        ],
    },
    "jerseys": {
        "anchors": [
            "cheap jerseys",
            "cheap nfl jerseys",
            "wholesale jerseys",
            "cheap jerseys from china",
            "nba jerseys cheap",
            "soccer jerseys wholesale",
            "custom jerseys",
        ],
        "words": [
            "jerseys",
            "jersey",
            "cheap",
            "wholesale",
            "nfl",
            "sports",
            "fan",
            "team",
            "china",
        ],
    },
    "replica": {
        "anchors": [
            "replica watches",
            "rolex replica",
            "swiss replica watches",
            "fake watches",
            "luxury replica",
            "replica handbags",
            "designer handbags outlet",
            "knockoff bags",
            "cheap designer bags",
        ],
        "words": [
            "replica",
            "watches",
            "watch",
            "luxury",
            "swiss",
            "bags",
            "handbags",
            "designer",
            "copy",
            "aaa",
        ],
    },
    "shoes": {
        "anchors": [
            "cheap nike shoes",
            "nike outlet",
            "cheap jordans",
            "yeezy outlet",
            "running shoes sale",
            "air max cheap",
            "sneakers outlet",
            "ugg boots sale",
            "louboutin outlet",
        ],
        "words": [
            "shoes",
            "sneakers",
            "kicks",
            "outlet",
            "run",
            "air",
            "boots",
            "sale",
            "cheap",
            "store",
        ],
    },
    "dating": {
        "anchors": [
            "online dating",
            "meet singles",
            "dating site",
            "hookup site",
            "local singles",
            "chat rooms",
            "live cams",
            "sugar daddy site",
            "mature dating",
            "meet women online",
            "escort service",
        ],
        "words": [
            "dating",
            "singles",
            "love",
            "meet",
            "chat",
            "date",
            "flirt",
            "match",
            "hot",
            "cams",
            "hearts",
        ],
    },
    "travel": {
        "anchors": [
            "cheap flights",
            "flight deals",
            "cheap hotels",
            "last minute flights",
            "car rental",
            "airport taxi",
            "holiday packages",
            "cheap airline tickets",
        ],
        "words": [
            "flights",
            "travel",
            "fly",
            "tickets",
            "hotel",
            "trip",
            "air",
            "fare",
            "holiday",
            "tours",
        ],
    },
    "local": {
        "anchors": [
            "plumber ⟨city⟩",
            "roofing contractor ⟨city⟩",
            "locksmith near me",
            "emergency plumber",
            "movers ⟨city⟩",
            "carpet cleaning ⟨city⟩",
            "pest control ⟨city⟩",
            "HVAC repair ⟨city⟩",
            "water damage restoration",
            "garage door repair ⟨city⟩",
            "junk removal ⟨city⟩",
            "towing service ⟨city⟩",
            "dentist ⟨city⟩",
            "personal injury lawyer ⟨city⟩",
            "divorce attorney ⟨city⟩",
            "tree service ⟨city⟩",
            "painting contractor",
            "house cleaning service",
            "bathroom remodeling ⟨city⟩",
            "solar panels ⟨city⟩",
        ],
        "words": [
            "plumbing",
            "roofing",
            "locksmith",
            "movers",
            "cleaning",
            "pest",
            "hvac",
            "repair",
            "lawyer",
            "dental",
            "towing",
            "remodel",
            "solar",
            "pros",
            "services",
            "local",
            "houston",
            "dallas",
            "miami",
        ],
    },
    "realestate": {
        "anchors": [
            "condos for sale",
            "real estate agent",
            "homes for sale",
            "property investment",
            "we buy houses",
            "mortgage rates",
            "refinance mortgage",
            "reverse mortgage",
            "home loans",
        ],
        "words": [
            "homes",
            "realty",
            "property",
            "estate",
            "mortgage",
            "condo",
            "house",
            "lending",
            "keys",
            "nest",
        ],
    },
    "insurance": {
        "anchors": [
            "cheap car insurance",
            "auto insurance quotes",
            "life insurance",
            "health insurance plans",
            "insurance quotes",
            "cheap auto insurance",
        ],
        "words": ["insurance", "insure", "quotes", "cover", "auto", "policy", "safe", "shield"],
    },
    "software": {
        "anchors": [
            "free vpn",
            "best vpn",
            "download movies free",
            "cracked software",
            "iptv subscription",
            "free movies online",
            "watch anime online",
            "windows activator",
            "mp3 download",
            "apk mod",
        ],
        "words": [
            "vpn",
            "iptv",
            "movies",
            "stream",
            "download",
            "soft",
            "apk",
            "free",
            "tv",
            "mp3",
            "crack",
        ],
    },
    "misc": {
        "anchors": [
            "cheap sunglasses",
            "wedding dresses",
            "custom t-shirts",
            "promo codes",
            "coupon codes",
            "essential oils",
            "vape shop",
            "e-liquid",
            "hair extensions",
            "lace wigs",
            "cheap contact lenses",
            "phone cases",
            "gaming chair",
            "led lights",
            "kitchen cabinets",
            "home decor",
        ],
        "words": [
            "shop",
            "store",
            "deals",
            "style",
            "outlet",
            "mall",
            "market",
            "trend",
            "goods",
            "cheap",
            "best",
        ],
    },
}

# Which offer categories each commercial family draws from.
FAMILY_OFFERS: dict[str, list[str]] = {
    "pharma": ["pharma", "diet", "cbd", "health"],
    "casino": ["casino", "betting"],
    "finance": ["payday", "crypto", "realestate", "insurance"],
    "essay_degree": ["essay", "diploma"],
    "seo_webdesign": ["seo", "webdesign", "social"],
    "adult": ["dating"],
    "counterfeit": ["jerseys", "replica", "shoes"],
}


def offer_anchor(rng: random.Random, cat: str) -> str:
    a = rng.choice(OFFERS[cat]["anchors"])
    return a.replace("⟨city⟩", rng.choice(CITIES))


def offer_url(rng: random.Random, cat: str, anchor: str | None = None) -> str:
    words = list(OFFERS[cat]["words"])
    if anchor and chance(rng, 0.6):
        words = [w for w in re.split(r"\W+", anchor.lower()) if len(w) > 1] + words[:3]
    return make_url(rng, words)


def keyword_name(rng: random.Random, anchor: str) -> str:
    """Author names like 'Cheap Jerseys' or 'plumber houston'."""
    r = rng.random()
    if r < 0.45:
        return " ".join(w.capitalize() if w.islower() else w for w in anchor.split())
    if r < 0.7:
        return anchor
    if r < 0.8:
        return anchor.upper() if len(anchor) < 20 else anchor
    if r < 0.9:
        return (
            rng.choice(FIRST_NAMES) + " " + rng.choice(["@", "-", "|", "from", "at"]) + " " + anchor
        )
    return anchor.replace(" ", "")


# ---------------------------------------------------------------------------
# 3. template banks
# ---------------------------------------------------------------------------
# ⟨br⟩ is the paragraph separator chosen once per comment ("\n\n", "<br />"...).

GENERIC_PRAISE: list[str] = [
    # 1 thumbs up
    "{Huge|Big|Massive|Enormous} thumbs up {for this|to you|on this one}{!|!!|.|}",
    # 2 bookmarked / will come back
    "{I've|I have|Ive} {bookmarked|book marked|saved} your {site|blog|website} and {I will|I'll|will} {come back|be back|return} {later|soon|for more|again}{.|!|}",
    # 3 sworn I've been here
    "⟨greet⟩! {I'd swear|I was convinced|I honestly thought} I had {landed on|read} this {blog|website|site} {once before|some time ago}, {yet|but} {reading|scrolling} {a handful of|several|some} {entries|posts|articles} {showed|told} me {it's|it is} {brand new|new} to me. {Either way|In any case|Whatever the case}, {glad|happy|pleased} {I ran into it|to have found it|it turned up} {and|so} {I've saved it|it's bookmarked|I bookmarked it} {to check in|to come back to|for return visits} {often|regularly|now and then}!",
    # 4 beginner blogger
    "{I'm|I am} {a beginner|new to|just starting out in} {blogging|site-building|web design} and {truly|really|honestly} {loved|enjoyed|liked} your {web site|website|site|web page}. {Likely|Probably|Almost certainly|Very likely} I'm {likely|going} to bookmark your {blog|site|website}. You {surely|certainly|definitely|amazingly} come with {great|superb|remarkable|fantastic} {articles|posts|stories|writings}. {Thanks|Regards|Cheers|Many thanks} for sharing {your|your own} {web site|web-site|website|blog} {page|site}.",
    # 5 so awesome, genuine thoughts
    "{You are|You're|Your} {amazing|brilliant|fantastic}! {Can't say|I can't remember} I {ever read|have come across} {anything|something} {quite like this|like it} {in ages|before}. {Such a relief|Refreshing|Great} to {meet|come upon} {a writer|somebody|a person} with {fresh|real|honest} {ideas|views} {about|on} this {subject|topic}. {Truly|Honestly}, {thanks|thank you} for {creating|launching|building} {it|this place}. The {web|internet} {could use|needs} more {sites|places} like {this|yours}, {with|showing} {a little|some} {originality|individuality}!",
    # 6 effort writing
    "{Thanks|Thank you|Much appreciated|Cheers} for {all the work|the hours|every bit of effort} {behind|that went into} this {site|website|blog|page}. {I look forward to|Hoping for|Counting on} {more|further} {top-notch|first-rate|high-quality} {writing|articles|posts} {from you|like this} {soon|in the months ahead|going forward}. {To be honest|Honestly|Truth be told}, {reading you|your way with words|your writing style} {pushed|got|convinced} me to {start|set up|launch} {a blog|my own site|a website} {of my own|myself} {now|at last} ;)",
    # 7 next time I read a blog
    "{I hope|Hopefully} the {next|following} {blog|weblog} I {open|visit} {lets me down|disappoints} {less|a lot less} than {this one did|this one}. {Sure|OK|Fine}, {nobody forced me|it was up to me} to {read it|click}{, but|, still|} I {expected|was counting on} {you|the author} to {offer|bring} {something|anything} {worth my time|of value|useful}. {Instead|What I got} {it's|was} {mostly|just} {complaints|grumbling|moaning} about {things|problems} {you could|that could be} {solved|sorted} {easily|in a minute} {if you|had you} {stopped|quit} {chasing|hunting for} {attention|clicks}.",
    # 8 good points, looked on the internet
    "{Some|A few|Several} {solid|fair|good} points {here|in this one}. I {searched|browsed} {around|online} {to read more|for further info} {on this|on the topic} and {it seems|apparently} {most|plenty of} {readers|folks} {share|agree with} your {opinion|take} {here|on this site}.",
    # 9 contact details
    "{I appreciate|I really like|I value} this {post|piece|article}. {Where|How} {are|can I find} your contact {details|info|information} though?",
    # 10 short one-liners
    "{Good|Great|Nice|Awesome|Excellent} {post|article|read|share|work}{!|.|!!|} {Thanks|Thx|Cheers|Thank you}{.|!|}",
    # 11 learned something new
    "{Wow|Wow!|Whoa|Wonderful|Amazing}, {this|this particular} {piece of writing|post|article|paragraph} is {good|nice|fastidious|pleasant}, my {sister|younger sister|cousin|brother|kid} is analyzing {such|these|these kinds of} things, {so|thus|therefore} I am going to {tell|inform|let know|convey} her.",
    # 12 ask permission to share on facebook-style
    "{Very|Quite|Really|Extremely} {good|nice|great|interesting} {blog|website|site} you have here{!|.} {Did you|Do you} {make|create|design} this {website|site} yourself or did you hire someone to do it for you? {Plz|Please|Pls} {reply|answer back|respond} as I'm looking to {create|design|construct} my own blog and would like to {know|find out} where u got this from. {thanks|thanks a lot|many thanks|kudos|appreciate it}",
    # 13 subscribe rss
    "{I'm|I am} {really|truly|extremely|definitely} {enjoying|loving|digging} the {design|theme} and layout of your {blog|site|website}. It's a very easy on the eyes which makes it much more {enjoyable|pleasant} for me to come here and visit more often. {Did you hire out a designer|Did you hire out a developer} to create your theme? {Outstanding|Superb|Exceptional|Great|Fantastic} work!",
    # 14 informative, keep posting
    "{It's|It is} {really|actually|in fact} a {great|nice|cool|good} and {helpful|useful} piece of {information|info}. {I'm|I am} {glad|satisfied|happy} {that you|that you simply|that you just} shared this {helpful|useful} {information|info} with us. Please {keep|stay} us {informed|up to date} like this. {Thanks|Thank you} for sharing.",
    # 15 I'm want to (broken grammar)
    "{hi|hello|hey}!,{I love|I like|I really like} your writing {so|very} so much! {share|proportion|percentage} we {communicate|keep in touch|keep up a correspondence} {more|extra} {about|approximately} your {post|article} on AOL? {I need|I require} {a specialist|an expert} {on|in} this {area|space|house} to {solve|resolve|unravel} my problem. {May be|Maybe} {that's|that is} you! {Looking|Having a look|Taking a look} {forward|ahead} to {see|peer} you.",
    # 16 weve got produced
    "{Thnkx|Thanks|Thx} for {such a|this} {great|nice|useful} {post|site}, weve got produced {some|lots of} {good|great} {findings|learnings} from {it|your content} and I'm want to {be|become} a {regular|frequent} {reader|visitor} {here|on this blog}{.|!|}",
    # 17 forwarded to friend
    "I {was|am} {recommended|suggested} this {blog|website|web site} by my cousin. {I am|I'm} not sure whether this post is written by him as {no one|nobody} else know such detailed about my {problem|difficulty|trouble}. {You are|You're} {amazing|wonderful|incredible}! Thanks!",
    # 18 search engine found it
    "{I found|I discovered} your {blog|website|site} {through|via|by means of|using} {Google|Bing|Yahoo|a search engine} {while|whilst} {searching for|looking for|hunting for} a {related|comparable|similar} {topic|subject|matter}, your {site|web site} came up{,|} it looks {great|good|fine|excellent}. {I have|I've} bookmarked it in my google bookmarks.",
    # 19 day-to-day reading
    "I {visit|go to|go to see|pay a quick visit} {each day|everyday|daily|day-to-day} {some|a few} {websites|blogs|web sites|sites} and {blogs|information sites|websites} to read {articles|posts|content}, {but|except|however} this {blog|webpage|web site|website} {provides|gives|offers} {quality|feature} based {articles|writing|content}.",
    # 20 long multi-sentence
    "{Hmm|Wow|Hey} it {looks like|seems like|appears like} your {site|website|blog} ate my first comment (it was {extremely|super} long) so I guess I'll just sum it up what I {wrote|submitted|had written} and say, I'm thoroughly enjoying your blog. I {as well|too} am an aspiring blog {blogger|writer} but I'm still new to {the whole thing|everything}. Do you have any {helpful hints|recommendations|tips and hints|points|suggestions|tips} for {inexperienced|first-time|rookie|novice|beginner|newbie} blog writers? I'd {certainly|definitely|genuinely|really} appreciate it.",
    # 21 article like this
    "{What's up|Hi there|Hey|Greetings}, {just|only} wanted to {tell you|mention|say}, I {enjoyed|liked|loved} this {article|post|blog post}. It was {inspiring|funny|practical|helpful}. Keep on posting!",
    # 22 'this is the right blog'
    "{This is the right|This is the perfect|That is the very best|That is the right} {blog|website|site|webpage} for {anyone who|anybody who|everyone who} {wants to|really wants to|would like to} {find out|understand|learn about} this topic. You {realize|understand|know} so much its almost {hard|tough} to argue with you (not that I {actually|personally|really} would want to…HaHa). You {definitely|certainly} put a {new|brand new|fresh} spin on a {topic|subject} {that has been|that's been} {discussed|written about} for {years|decades|ages}. {Great|Excellent|Wonderful} stuff, just {great|excellent|wonderful}!",
    # 23 amazing, 1 sentence
    "{Wonderful|Amazing|Incredible|Terrific} {info|information|stuff|points} {here|on this page}, {thank you|thanks|cheers} {so much|a lot|}{!|.}",
    # 24 quality of writing
    "{Hello|Hi} {colleagues|mates|friends|all}, {how is everything|how is all|its great|nice}, and what you {want|wish|desire} to say {about|regarding|concerning} this {post|piece of writing|article|paragraph}, in my view its {really|truly|actually|in fact} {amazing|awesome|remarkable} {designed|for me|in favor of me}.",
    # 25 'excellent beat'
    "{Excellent|Wonderful|Great|Fantastic} beat ! I {wish to|would like to} apprentice {while|at the same time as|even as} you amend your {site|website|web site}, how {can|could} i subscribe for a blog {site|website|web site}? The account {helped|aided} me a {acceptable|appropriate|applicable} deal. I {had been|have been} {tiny|a little} bit {acquainted|familiar} of this your broadcast {provided|offered} {bright|brilliant|shiny|vibrant} {clear|transparent} {idea|concept}",
    # 26 two lines + name sign
    "{Way cool|Neat|Cool|Nice one}! {Some|A few|Several} {very|extremely} valid points! I {appreciate|am grateful for} you {writing this|penning this} {article|post|write-up} {and the|and also the|plus the} rest of the {site|website} is {also very|very|extremely|really} good.⟨br⟩⟨signoff⟩",
    # 27 lots of spam comments
    "{Awesome|Great|Wonderful} {article|post|blog}! {This is|That is} the {type|kind} of {information|info} that {are meant to|should|are supposed to} be shared {around the|across the} {web|net|internet}. {Shame|Disgrace} on {the search engines|Google|the seek engines} for {now not|not|no longer} positioning this {post|submit|put up} {upper|higher}! Come on over and {visit|talk over with|discuss with|seek advice from} my {site|web site|website} . {Thanks|Thank you} =)",
    # 28 read this whole thing
    "{I|I just|I actually} {read|went through|finished} {this whole|the entire|the full} {thing|piece|post} {in one go|in one sitting|twice}. {Top notch|Top-notch|First class|Quality} {stuff|work|writing}{.|!} ⟨keep⟩{.|!}",
    # 29 genuinely a good post (lowercase chatty)
    "{this is|thats|that is|its} {truly|genuinely|really} {a good|a very good|an excellent} {post|blog post|article} {man|mate|dude|bro|}, {i learnt|i learned|i got} {alot|a lot|a great deal} {from it|out of it}{ thx| thanks| thank u|!|}",
    # 30 glad I found
    "{Glad|So glad|Happy|Delighted} {I found|to have found|I stumbled upon|I came across} this {blog|site|page}{!|.} {The|Your} {writing style|way of writing|presentation} is {so|very|really} {clear|easy to follow|engaging|refreshing}. {Subscribed|Following|Added to my reader|Shared with my ⟨friends⟩}{!|.}",
    # 31 asking for more
    "{Can you|Could you|Would you} {write|post|do} {more|a follow up|a part 2|another post} {on|about} this {topic|subject|one}? {I'd|I would} {love|like} to {read|hear|see} more {details|on it|from you}{.|!|?}",
    # 32 long generic praise paragraph with typos
    "{Its|It's} {such as|like} you {read|learn} my {mind|thoughts}! You {seem|appear} to {know|understand|grasp} {so much|a lot} {approximately|about} this, {like|such as} you wrote the {book|e-book|guide|ebook} in it or something. {I think|I feel|I believe} {that you|that you simply|that you just} {could|can} do with {some|a few} {%|p.c.|percent} to {force|pressure|drive|power} the message {house|home} {a bit|a little bit}, {but|however} {other than|instead of} that, {this is|that is} {great|wonderful|fantastic|magnificent|excellent} blog. {A great|An excellent|A fantastic} read. {I'll|I will} {definitely|certainly} be back.",
    # 33 emotional and vague
    "{Your|This} {post|article|story} {made my day|brightened my day|really touched me|spoke to me}{.|!} {Honestly|Truly|Really}, {I can't|I cannot} {thank you|say thank you} enough{.|!|...} {Blessings|God bless|Love and light|Much love} {to you|}{!|.| ❤| 🙏}",
    # 34 'admin' addressed
    "{Dear|Hey|Hi|Hello} {admin|webmaster|author|blogger|sir|madam}, {your|the} {blog|site} {is|looks} {very|really|quite} {informative|helpful|nice|professional}{.|!} {Please|Pls|Kindly} {keep|continue} {updating|posting|sharing} {more|such} {content|articles|posts}{.|!} {⟨thanks⟩|}",
    # 35 rhetorical 'why don't more people'
    "{Why|How come} {don't|do not|dont} {more|other} {people|bloggers|webmasters} {write|post} {like this|content like this|this kind of stuff}? {Most|Most of the|The majority of} {blogs|sites|websites} {I visit|I read|out there} {are|feel} {so|really} {shallow|thin|generic|boring} {compared to|next to} {yours|this one}{.|!}",
    # 36 very short
    "{nice|cool|gr8|good|wow|great} {post|read|one|article|job}{!|!!|.|}",
    # 37 'hello world' style webmaster compliment
    "{Pretty|Very|Quite} {nice|good|great} {post|article}. I {just|simply} stumbled upon your {blog|weblog} and {wanted|wished} to say that I've {really|truly} {enjoyed|loved} {browsing|surfing around} your blog posts. {In any case|After all} I'll be subscribing to your {feed|rss feed} and I hope you write again {soon|very soon}!",
    # 38 shared with coworker
    "I {shared|forwarded|sent} this {article|post|link} to a {coworker|colleague|friend|co-worker} who has been {doing a little research|researching|looking into this} {on this|about this}. And he {in fact|actually} {bought|ordered} me {breakfast|lunch|dinner|a coffee} {because|simply because|due to the fact that} I {found|discovered|stumbled upon} it for him... lol. So {allow me to|let me} reword this.... {Thanks|Thank YOU} for the meal!! But yeah, thanks for spending {the time|some time} to {discuss|talk about} this {topic|issue|subject} here on your {web page|website|blog}.",
    # 39 multi-paragraph generic with questions
    "⟨greet⟩{!|,|.} {This is|This is kind of|This is somewhat} off topic but I need some {advice|guidance|help} from an established blog. Is it {hard|difficult|very hard|tough} to set up your own blog? I'm not very techincal but I can figure things out pretty {fast|quick}. I'm thinking about {creating|making|setting up} my own but I'm not sure where to {start|begin}. Do you have any {tips|points|ideas} or suggestions? {Thanks|Cheers|Thank you|Many thanks|Appreciate it}",
    # 40 sign-off praise with name
    "{Superb|Brilliant|Lovely|Solid} {write-up|blog post|piece|article}{,|.|!} {really|truly|very} {well|nicely} {written|put together|researched}{.|!} ⟨signoff⟩",
    # 41 formal odd
    "{Respected|Dear|Esteemed} {writer|author|webmaster}, {kindly|please} {accept|receive} my {sincere|heartfelt|humble} {gratitude|thanks|appreciation} for this {wonderful|valuable|precious} {info|information|content|piece}. {It|This} {has|have} {been|become} {very|much} {useful|helpful|beneficial} {for|to} me and {my|whole} {family|team|office}.",
    # 42 aggregate / will share on social
    "{Great|Fantastic|Excellent} {goods|items|stuff} from you, {man|mate|dude}. {I have|I've} {understand|take into account|bear in mind} your stuff {previous|prior} to and you're {just|simply} {extremely|too} {great|wonderful|fantastic|magnificent}. I {really|actually} like what you have {acquired|got|obtained} here, {really|certainly} like what you're {stating|saying} and the {way|best way} {in which|through which|by which} you {assert|say} it.",
    # 43 quick question
    "{Quick|Short} {question|q}: {do you|can you} {allow|accept} guest posts{ on this blog| here|}? ⟨thanks⟩{!|.}",
    # 44 just checking-in
    "{Just|Simply} {wanted|wish} to say your {article|post} is as {astonishing|amazing|surprising|astounding}. The {clearness|clarity} in your post is {just|simply} {spectacular|nice|excellent|cool|great} and {i|i can} {could|can} assume {you're|you are} an expert on this subject. {Well|Fine} with your permission {allow|let} me to grab your {RSS feed|feed} to keep {up to date|updated} with forthcoming post. Thanks a million and please {keep up|continue} the {gratifying|rewarding|enjoyable} work.",
]

SIGNOFFS = [
    "{--|-|~|—|} ⟨name⟩",
    "⟨bye⟩, ⟨name⟩",
    "⟨bye⟩{,|} ⟨name⟩ {from|in} ⟨city⟩",
    "⟨name⟩",
    "{Best|Regards|Cheers|Thanks}{,|} ⟨name⟩",
]
FRAG["signoff"] = SIGNOFFS

# Tails that attach a link to spun praise (praise_link family).
PRAISE_LINK_TAILS: list[str] = [
    "{Feel free to|Please} {visit|surf to|look at|check out} my {web page|website|blog|site|homepage|web-site}{:| -| ::| ...|} ⟨link⟩",
    "{Also visit|Here is|Look at|Take a look at|Check out|Have a look at|My|Visit} my {blog post|web site|webpage|site|page|homepage|weblog|web blog|website}{:| -| ...| ::|} ⟨link⟩",
    "my {web page|website|blog|site|homepage} {-|::|:|...|} ⟨link⟩",
    "{Stop by|Drop by|Come by} my {blog|site|website|web page}{ ...| -|:|} ⟨link⟩",
    "{Here is my|Have a look at my|Review my|Visit my} {web-site|webpage|web blog|homepage|page|site|blog} ⟨link⟩",
    "{P.S.|PS|ps.|p.s.} {if you|anyone who} {need|needs|want|wants} ⟨anchor⟩, {try|check|see|go to} ⟨link⟩",
    "{And|Also}{,|} {if you|anyone} {are|is} {looking for|searching for|in need of|interested in} ⟨anchor⟩{,|} {check out|visit|have a look at|try} ⟨link⟩ {too|as well|}{.|!|}",
    "⟨link⟩",
    "{Also|Plus}, {I|we} {wrote|posted|published} {something|a guide|an article} {about|on} ⟨anchor⟩ {here|over here|recently}: ⟨link⟩",
    "{Read more|More info|Learn more|Click here|Details|See here|Source}{:| >>| -->| »| →} ⟨link⟩",
]

# Praise that carries the keyword anchor inline.
PRAISE_LINK_INLINE: list[str] = [
    "{Great|Nice|Awesome|Informative} {post|article|read}! {I was|I've been} {looking for|searching for|reading about} ⟨link⟩ {and|when I} {found|landed on} your {blog|site}{.|!}",
    "{Thanks for|Thank you for|Appreciate} {sharing|posting} this{!|.} {I will|I'll} {share|post} it {on|with} my ⟨link⟩ {readers|community|followers} {too|as well}{.|!|}",
    "{This|Your} {blog|website} {is|looks} {great|amazing|very nice}{.|!} {We|I} {run|manage|own} a ⟨link⟩ {business|company|site} and {found|find} {this|your posts} {very|really|super} {useful|helpful|inspiring}{.|!}",
    "⟨greet⟩, {I|we} {just|} {found|discovered} your {site|blog} {while|when} {searching|looking} for ⟨link⟩. {Very|Really|Super} {nice|helpful|good} {content|info|articles}{!|.|}",
    "{Good|Great|Useful} {info|information|stuff}. {Lucky|Fortunate} me I {found|discovered|ran across} your {site|website|blog} by {accident|chance} (⟨link⟩). I have {bookmarked|book-marked|saved} it for later!",
    "{I|We} {absolutely|truly|really} {love|enjoy} your {blog|site}. {Do you|Did you} {write|manage} it {yourself|alone}? {Anyway|Anyways}, {for anyone|if anyone} {needs|need} ⟨link⟩ {we can help|we are here|my company can help}{.|!}",
    "{Nice|Good|Great} {read|article|post}, {I|we} {will|would} {link|reference} it {from|on} our {page|site} about ⟨link⟩{.|!} ⟨thanks⟩",
    "<strong>⟨anchor⟩</strong> - {I|we} {really|truly} {like|love|enjoyed} {this|your} {post|blog}{.|!} {More|Check more} at ⟨url⟩",
]

# --- pharma ---------------------------------------------------------------
FRAG.update(
    {
        "drug": [
            "{viagra|Viagra|VIAGRA|cialis|Cialis|levitra|sildenafil|tadalafil|kamagra|vardenafil|generic viagra|generic cialis|viagra soft|cialis professional|super p-force|vidalista|cenforce}"
        ],
        "rxdrug": [
            "{tramadol|xanax|valium|ambien|phentermine|modafinil|oxycodone|adderall|soma|clonazepam|lorazepam|accutane|propecia|finasteride|clomid|lasix|doxycycline|amoxicillin|prednisone|metformin|ivermectin|ozempic|semaglutide}"
        ],
        "dose": ["{20mg|50mg|100mg|10mg|40mg|5mg|200mg|150mg|2.5 mg|60 mg|25mg}"],
        "pills": ["{pills|tablets|tabs|capsules|caps}"],
        "condition": [
            "{type 2 diabetes|hair loss|erectile dysfunction|tinnitus|joint pain|high blood pressure|belly fat|insomnia|anxiety|neuropathy|toenail fungus|memory loss|acid reflux|prostate problems|low testosterone|arthritis|sciatica|vision loss|gum disease|thinning hair|bad breath|snoring|obesity|chronic fatigue|back pain|hemorrhoids}"
        ],
        "supp": [
            "{GlucoRevive|FolliMax|KetoLean Pro|VitaHush|ProstaCalm|NeuroZen Plus|SugarBalance 7|SonoQuiet|DentaVive|SlimTrue Keto|FlexiJoint X|HairVolt|TestoRush|CardioSafe|OptiSight 20/20|CalmLeaf CBD|GreenHarvest CBD Gummies|MetaBurn Drops|NitroVigor|LeanBelly Tonic|CereBoost|ZenHemp|PureFit Keto|GlycoGuard}"
        ],
        "price": ["{$0.59|$0.79|$0.99|$1.10|$1.25|$0.45|$1.99|$0.89|€0.95|$2.10}"],
        "ship": [
            "{Fast|Free|Discreet|Worldwide|Express|Overnight|Free worldwide|Fast and discreet} {shipping|delivery}"
        ],
        "weeks": ["{2|3|4|6|8|two|three|four|six|eight} weeks"],
    }
)

PHARMA: list[str] = [
    "{Buy|Order|Purchase|Get} ⟨drug⟩ {online|online now|here} {without|with no|no} {prescription|rx|doctor prescription}{.|!|} ⟨link⟩",
    "⟨drug⟩ ⟨dose⟩ {price|cost} {only|just|from} ⟨price⟩ per {pill|tablet}. ⟨ship⟩. {Order|Buy} {now|today}: ⟨url⟩",
    "{100%|All} natural {solution|remedy|cure|treatment} for ⟨condition⟩{!|.|!!} {Doctors are shocked|Doctors hate this|Big pharma doesn't want you to know|Thousands already tried it}{.|!|...} {Read more|Learn more|See how|Watch the video}{:| ->| here:|} ⟨link⟩",
    "{I've|I have|Ive} been {taking|using|on} ⟨supp⟩ for ⟨weeks⟩ {now|already} and my ⟨condition⟩ {is|has} {almost gone|gotten so much better|improved a lot|completely disappeared}. {Highly|Strongly} {recommend|recommended}{.|!} {You can|U can} {get it|order it|find it} {here|at the official site}: ⟨link⟩",
    "{canadian|online|discount|mexican|indian} pharmacy ⟨url⟩ ⟨drug⟩ ⟨dose⟩ {online|cheap|best price|no prescription}",
    "{where to buy|where can i buy|how to get|buy} ⟨drug⟩ ⟨url⟩ ⟨drug⟩ {generic|online|price|uk|usa|canada}",
    '<a href="⟨url⟩">⟨drug⟩</a> <a href="⟨url2⟩">⟨drug⟩ ⟨dose⟩</a> <a href="⟨url3⟩">buy ⟨rxdrug⟩</a>',
    "{Does|Has} anyone {tried|used} ⟨supp⟩{?|??} {I|My {wife|husband|mom|dad|friend}} {lost|dropped} {12|15|20|27|31|9} {lbs|pounds|kg} in ⟨weeks⟩ {with|using} it{!|.} {Official|Real|Trusted} {site|store}: ⟨link⟩",
    "{Struggling|Suffering|Dealing} with ⟨condition⟩? {This|One} {simple|weird|ancient|morning} {trick|ritual|recipe|drink} {fixes|reverses|melts away|cures} it in {days|weeks|21 days|30 days}{.|!} ⟨link⟩",
    "{Cheap|Discount|Low cost|Generic} ⟨rxdrug⟩ {online|overnight|no rx|without prescription}{.|} {Pay with|We accept} {bitcoin|crypto|PayPal|visa|mastercard}{.|} ⟨ship⟩ {to USA, UK, EU|worldwide|to all countries}. ⟨url⟩",
    "{Great|Nice|Good} {article|post}. {By the way|BTW|btw}, {if you|anyone who} {suffer|suffers|struggle with} ⟨condition⟩, {try|check out|look at} ⟨supp⟩{.|,} {it helped me|it worked for me|it changed my life}{.|!} ⟨link⟩",
    "⟨supp⟩ {Reviews|Review} {2023|2024|2025|} - {Does It Work|Is It Legit|Scam or Legit|Honest Review}? {Ingredients, Side Effects, Price|Read before buying|Must read}{!|:} ⟨link⟩",
    "{Erectile dysfunction|ED|Weak erections|Performance problems}? {Get|Order} ⟨drug⟩ {online|discreetly} {at|for} {the lowest price|⟨price⟩ per pill}. {No doctor visit|No prescription needed|Without prescription}. ⟨link⟩",
    "{viagra|cialis|sildenafil|tadalafil} {without|no} {a doctor prescription|prescription} ⟨url⟩ {generic|buy} {viagra|cialis} {online|usa|fast shipping}",
    "⟨rxdrug⟩ ⟨dose⟩ {x|} {30|60|90|120|180} ⟨pills⟩ - ⟨price⟩ {each|per pill}{.|} {Order|Buy} {here|now}{:|} ⟨url⟩ {⟨rxdrug⟩ ⟨dose⟩|}",
    "{Lose|Drop|Burn} {10|15|20|30} {lbs|pounds|kg} {in|within} {30 days|a month|2 weeks|one month} {without|with no} {diet|exercise|gym|dieting}! ⟨supp⟩ {is|was} {clinically|scientifically} {proven|tested}{.|!} ⟨link⟩",
    "{CBD gummies|CBD oil|Hemp gummies|Full spectrum CBD} {for|helped my} {anxiety|sleep|pain|stress|joints}{!|.} {Try|Get} ⟨supp⟩ {today|now} {with|and get} {50%|40%|60%|70%} {off|discount}{.|!} ⟨link⟩",
    "{Hello|Hi}, {we|I} {sell|offer|supply} {pharmaceuticals|medications|meds|pills} {like|such as} ⟨drug⟩, ⟨rxdrug⟩ {and|&} ⟨rxdrug⟩ {at|for} {wholesale|low|factory} prices. {Contact|Write|Message} {us|me} {on|via} {WhatsApp|Telegram|email}: ⟨contact⟩",
    "{Hair falling out|Going bald|Thinning hair|Receding hairline}? {Dermatologists|Doctors} {recommend|call it a miracle} ⟨supp⟩{.|!} {Regrow|Restore} {your hair|thick hair} {in|within} ⟨weeks⟩{.|!} ⟨link⟩",
    "{Diabetics|People with diabetes|Type 2 diabetics}{:|,} {do this|try this} {before bed|every morning|once a day} {to|and} {lower|balance|normalize} {your|} blood sugar {naturally|fast}{.|!} ⟨link⟩",
]

# --- casino / betting -------------------------------------------------------
FRAG.update(
    {
        "casino_brand": [
            "{Royal|Lucky|Golden|Vegas|Mega|Spin|Jackpot|Diamond|Wild|Crown|Red|Ace|Star|Cash|Super|Neon|Pharaoh}{ |}{Spins|Palace|Casino|Slots|Win|Bet|Play|Fortune|Joker|Dragon|Tiger|Reels|Hub|Vault|Club|City}{ Casino| 88| 777| 365|}"
        ],
        "bonus": [
            "{100%|200%|150%|300%|500%} {welcome bonus|deposit bonus|match bonus|first deposit bonus} {up to|of} {$500|$1000|€200|$1,500|€500|$300|5 BTC|1 BTC}{ + {50|100|150|200|25} free spins|}",
            "{50|100|20|25|200} free spins {no deposit|without deposit|on sign up|on registration}",
            "{$10|$20|€15|$25|$50} {no deposit bonus|free chip|free bonus}",
        ],
        "bonus_code": [
            "{WIN|SPIN|LUCKY|BONUS|VIP|FREE|GOLD|MEGA|JACKPOT}{50|100|200|777|2024|2025|X|FS|25}"
        ],
        "game": [
            "{slots|blackjack|roulette|baccarat|poker|live dealer games|video poker|crash games|sic bo|keno|bingo|scratch cards|jackpot slots|megaways slots}"
        ],
        "sport": [
            "{football|soccer|basketball|tennis|cricket|NBA|NFL|Premier League|Champions League|UFC|horse racing|esports|hockey|baseball|boxing}"
        ],
    }
)

CASINO: list[str] = [
    "{Play|Try|Enjoy} {the best|top|real money} {online casino|casino games|slots} {at|on} ⟨casino_brand⟩{!|.} {Get|Claim|Grab} ⟨bonus⟩{.|!} ⟨link⟩",
    "{Interesting|Very interesting|Curious|Intriguing} {topic|subject|post}{,|.} {I|i} {will|would} {also|} {add|say} {my|a few} {two cents|thoughts|words}{.|:} {casinos|online casinos|betting sites} {are|have become} {a|the} {big|important|popular} {part|topic} of {modern|our} {life|entertainment} {and|,} {this|your post} {is|was} worth {my|a} comment{.|!} {By the way|Anyway|Btw}, {I|i} {usually|often} {play|bet} at ⟨link⟩",
    "{New|Exclusive|Latest} {bonus|promo|bonus code|promo code}: ⟨bonus_code⟩ {gives|for} ⟨bonus⟩ {at|on} ⟨casino_brand⟩{.|!} {Sign up|Register|Join} {here|now}: ⟨url⟩",
    "{I|i} {won|hit|made} {$|€|}{500|1,200|3,400|860|12,000|2500} {on|playing} ⟨game⟩ {last night|yesterday|this weekend|in 10 minutes} {at|on} ⟨casino_brand⟩{!!|!|.} {Best|Most generous|Fastest paying} casino {ever|I tried|online}{.|!} ⟨link⟩",
    "{Looking for|Searching for|Need} {a|the best|a reliable|a trusted} {casino|betting site|bookmaker|slot site}{?|} {Check|Try|Visit} ⟨link⟩ {– fast payouts|— instant withdrawals|, licensed and safe|, crypto accepted|, no KYC|}{.|!|}",
    "{Best|Top|Free|Accurate|VIP} ⟨sport⟩ {betting|predictions|tips|odds} {today|this week|every day}{.|:|!} {Win|Winning} rate {87%|92%|78%|95%}{.|!} {Join|Follow} {our|my} {Telegram|channel|group}: ⟨contact⟩ {or||and} ⟨url⟩",
    "{Online|Real money|Live} {poker|casino|blackjack|roulette} {rooms|tables|games} {open|available} {24/7|now|all night}. {Get|Take} ⟨bonus⟩ {today|with code ⟨bonus_code⟩}. ⟨link⟩",
    "{Nice|Great|Good} {article|post|read}. {Speaking of|Talking about|On the subject of} {luck|risk|games|winning}, {have you|has anyone} {tried|played} ⟨game⟩ {online|on mobile}? {I|We} {recommend|suggest} ⟨link⟩{ – they give| with|, they have} ⟨bonus⟩{.|!|}",
    "{casino|online casino|slots|slot machines|free slots} {online|games|real money} ⟨url⟩ {casino|slots|online casino} {bonus|free spins|no deposit}",
    "⟨casino_brand⟩ {review|review 2025|bonus codes|free spins} – {is it legit|honest review|read before you play|exclusive offers}{?|!|:} ⟨link⟩",
    "{The|This} {article|post} {reminds|reminded} me {of|about} {my|a} {trip|weekend} to {Vegas|Macau|Monte Carlo|Atlantic City}. {Now|These days} {I|i} {play|spin|bet} {from home|online|on my phone} at ⟨link⟩ — {way|much} {more|better} {convenient|comfortable|fun}{.|!|}",
    "{Sports|Football|Soccer|Cricket} betting {made easy|for beginners|guide|strategy}: {how to|learn to} {win|beat the bookies|make profit} {consistently|every week|in 2025}. {Read|Full guide|More} {at|here|:} ⟨link⟩",
    "{Register|Sign up} {and|to} {get|receive|claim} ⟨bonus⟩. {Minimum|Min} deposit {only|just} {$1|$5|$10|€10}. {Play|Try} ⟨game⟩ {and|or} ⟨game⟩ {now|today}! ⟨url⟩",
    "{i|I} {agree|totally agree|think so too}{,|.} {by the way|btw|anyway} {check|check out|visit|look at} {this|the} {casino|slot site|betting site} ⟨url⟩ {they|it} {pay|pays} {fast|instantly|in minutes}{!|}",
    "{What|Which} {do you|would you} {think|say} {about|of} {online|live|crypto} {casinos|betting}? {Is it|Is betting} {just|only} {luck|chance} or {is there|can there be} {a|some} {strategy|skill}? {I've|I have} {read|been reading} {a|an} {interesting|great|good} {analysis|review|comparison} {here|on this site}: ⟨link⟩{.|}",
    "{Poker|Online poker} {players|fans}{:|,} {freeroll|free} {tournaments|tourneys} {every day|daily|weekly} {at|on} ⟨casino_brand⟩{.|!} {Guaranteed|Prize pool} {$5,000|$10K|$25,000|€1000}. ⟨link⟩",
]

# --- finance ----------------------------------------------------------------
FRAG.update(
    {
        "money_day": [
            "{$200|$300|$500|$750|$1,000|$1500|$2,500|$350|$85/hour|$97 per hour|$6,000 a month|$12k a month|$30,000 a month}"
        ],
        "crypto": ["{Bitcoin|BTC|Ethereum|ETH|crypto|USDT|Solana|altcoin|meme coin|forex|FX|gold}"],
        "lender": [
            "{QuickCash Direct|LoanStar Online|CashNow 24|FastFunds Express|GreenLeaf Lending|Apex Credit|MoneyTree Loans|BrightPath Finance|SwiftLend|CapitalOne Plus Loans|EasyMoney Hub|NovaCredit}"
        ],
        "mentor": [
            "{Mrs|Mr|Dr|Expert|Coach} {Elizabeth|Sarah|James|Mark|Olivia|Henry|Grace|Carlos|Ava|Daniel} {Morgan|Stone|Carter|Walsh|Reed|Hale|Bryant|Lucas|Dixon|Howard}"
        ],
    }
)

FINANCE: list[str] = [
    "{Need|Need some|Looking for} {cash|money|fast cash|emergency cash} {fast|today|now|before payday}? {Get|Apply for} {a|} {payday loan|cash advance|personal loan|quick loan} {up to|of} {$500|$1,000|$2,500|$5,000} {in|within} {minutes|1 hour|24 hours}{.|!} {No credit check|Bad credit OK|Instant approval}{.|!} ⟨link⟩",
    "{Earn|Make} ⟨money_day⟩ {a day|per day|daily|from home|online} {working|just} {from home|part time|on your phone|2 hours a day}{!|.|!!} {No experience|No skills} {needed|required}{.|!} {Here is|See|Start here|More info}{:| ->| ...} ⟨link⟩",
    "{I|i} {was|had been} {scammed|losing money|in debt|broke} {until|before} {I|i} {met|found|contacted} ⟨mentor⟩{, a|, an} {crypto|forex|bitcoin|binary options} {trader|expert|account manager}{.|,} {I|i} {now|already} {earn|make} ⟨money_day⟩ {weekly|every week|from my investment}{.|!} {Contact|Reach} {her|him} {on|via} {WhatsApp|Telegram|email}: ⟨contact⟩",
    "{Start|Begin} {trading|investing in} ⟨crypto⟩ {with|from} {just|only} {$100|$250|$50|$200} {and|to} {earn|make|get} {up to|} {30%|50%|200%|10%} {daily|weekly|monthly} {returns|profit|ROI}{.|!} {Automated|AI|Smart} {trading bot|signals|platform}: ⟨link⟩",
    "{Free|VIP|Premium} ⟨crypto⟩ {signals|calls|alerts} {with|at} {90%|95%|87%} accuracy{.|!} {Join|Subscribe to} {our|my} {Telegram|Discord|WhatsApp} {channel|group}: ⟨contact⟩",
    "{Bad|Poor|No} credit? {No problem|We can help|Don't worry}{.|!} ⟨lender⟩ {offers|approves|provides} {loans|personal loans|installment loans} {for everyone|even with bad credit|in 24 hours}{.|} {Apply|Get started|Check your rate} {online|now}: ⟨url⟩",
    "{Refinance|Lower} your {mortgage|home loan|car loan|student loan} {today|now}{!|.} {Rates|Interest rates} {as low as|starting at|from} {2.9%|3.25%|1.99%|4.1%} APR{.|} {Get a free quote|Compare offers|See if you qualify}: ⟨link⟩",
    "{Binary options|Forex|Crypto trading|Copy trading} {is|was} {the best|my best} {decision|thing} {I|i} {ever made|made this year}{.|!} {Started|Started with} {$250|$500|$1000}, {now|today} {I|i} {have|made} {$8,400|$23,000|$52,000|$4,750}{.|!} {Learn how|See my strategy|Try it}{:|} ⟨link⟩",
    "{Private|Legit|Trusted|Genuine} {loan|lender|loan offer|financial help}{:|!} {We|I} {offer|give} {loans|personal loans|business loans} {at|with} {2%|3%|1.5%} interest {rate|} {to|for} {individuals|companies|everyone} {worldwide|in need}{.|} {Contact|Email|Write} {us|me}: ⟨contact⟩",
    "{How I|How to} {make|earn} ⟨money_day⟩ {with|using} {affiliate marketing|dropshipping|online surveys|AI tools|ChatGPT|matched betting|my laptop|simple copy paste work} {- step by step|(full guide)|— no investment|}{:|} ⟨link⟩",
    "{Great|Good|Interesting} {post|article}{.|!} {If|For anyone who} {you|} {want|wants} {extra|passive|side} income{,|} {try|check|look at} ⟨link⟩{. I|, i} {made|earned} {my first|} {$120|$450|$980|$2,300} {last month|this week|in 3 days}{.|!|}",
    "{Crypto|Bitcoin|Ethereum} {recovery|recover lost funds|scam recovery}{:|!} {Lost|Have you lost} {money|funds|crypto} to {a scam|fake brokers|an investment scam}? {I|We} {helped|help} {thousands|many people} {get their money back|recover funds}{.|} {Contact|Email} ⟨contact⟩",
    "{Cheap|Affordable|Best} {car|auto|home|life|health} insurance {quotes|rates|plans} {in|for} ⟨city⟩{.|!|} {Save|Get} {up to|} {40%|$500|60%} {today|now|in minutes}{.|} ⟨link⟩",
    "{Stop|Quit} {working|slaving} {for|at} {a boss|your 9-5|the man}{!|.} {My|Our} {system|method|program} {pays|paid me} ⟨money_day⟩{.|!} {Only|Just} {a few|10|15} {spots|places} {left|available}{.|!} ⟨link⟩",
    "{payday loans|cash advance|installment loans|loans online} ⟨url⟩ {payday loans|fast cash|loans} {no credit check|online|same day|direct lender}",
]

# --- essays / degrees ---------------------------------------------------------
FRAG.update(
    {
        "college": [
            "{Westbridge Online University|Pacific Crest College|Northgate Institute of Technology|Ashford Lakes University|Summit Ridge Online|Kingsley Global University|Harborview Community College|St. Alden University|Brightwater Academy|Meridian Polytechnic}"
        ],
        "subject": [
            "{nursing|business administration|psychology|computer science|accounting|criminal justice|MBA|marketing|law|engineering|history|biology|economics|education|healthcare management}"
        ],
        "paper": [
            "{essay|research paper|dissertation|term paper|thesis|coursework|case study|lab report|book report|assignment|admission essay|capstone project}"
        ],
    }
)

ESSAY_DEGREE: list[str] = [
    "{Need|Need help with} {a|your} ⟨paper⟩{?|!} {Our|We have} {professional|native|PhD|expert} writers {will|who} {write|can write} {it|your paper} {from scratch|in 3 hours|overnight|for you} {starting at|from|for only} {$9.99|$10|$12|$7.95} per page{.|!} {Plagiarism free|100% original|No AI}{.|!} ⟨link⟩",
    "{Another|One further} {tip|suggestion} {I'd add|from me}: {rather than|instead of} {packing|stuffing} {every|all your} online degree {lectures|modules} {into|onto} {evenings after work|your workday evenings} {(you're|(you are} {worn out|drained} {by then|at that point}{)|)}, {put|schedule} {the bulk|most} of {them|your study} on {Saturday and Sunday|the weekend} and {keep|leave} {just one or two|only a few} for {the week|weeknights}. {Being|You'll be} {fresher|better rested} {that way|then} {and|so} {it sticks|you remember more}. {I|We} {got|earned} my ⟨subject⟩ {degree|diploma} {like this|this way} at ⟨college⟩{.|,} {highly recommend|check them out}: ⟨link⟩",
    "{Buy|Get|Order} {a|your} {real|genuine|verifiable|registered} {diploma|degree|certificate|transcript} {online|in 7 days|without exams|fast}{.|!} {Bachelor|Master|PhD|High school} {degrees|diplomas} {available|from accredited universities}{.|} {Contact|WhatsApp|Email}: ⟨contact⟩",
    "{Students|Hey students|Attention students}{!|,|:} {Stop|Don't} {stressing|worrying} {about|over} {your|} {deadlines|homework|assignments|exams}{.|!} {Let|Allow} {our|the} {experts|writers|tutors} {do|handle} {it|your ⟨paper⟩} {for you|tonight}{.|} {Get|Use code} {15%|20%|25%} off{:| with code STUDY20|} ⟨link⟩",
    "{I|i} {always|used to} {struggled|struggle} {with|writing} {my|} {essays|papers|⟨paper⟩s} {until|till} {I|i} {found|discovered|used} ⟨link⟩{.|,} {they|the writers} {got me|helped me get} {an A|a high grade|top marks|an A+}{!|.|}",
    "{Earn|Get} {your|an} {accredited|recognized} ⟨subject⟩ degree {100% online|from home|in 12 months|at your own pace}{.|!} ⟨college⟩ {offers|has} {flexible|affordable|fast-track} {programs|classes}{.|} {Apply|Enroll|Learn more} {today|now}: ⟨link⟩",
    "{Great|Nice|Useful} {tips|post|article}{!|.} {As a|Being a} {student|college student|grad student|teacher}, {I|i} {know|understand} how {hard|tough|stressful} {it is|writing can be}{.|,} {that's why|so} {I|i} {recommend|suggest} ⟨link⟩ {for|to} {anyone|everyone} {who needs|needing} {help with|} {a|their} ⟨paper⟩{.|!}",
    "{Write my essay|Do my homework|Pay someone to write my paper|Write my paper for me|Take my online class} – {cheap|fast|reliable|24/7} {service|help} ⟨url⟩ {essay writing|homework help|paper writing} {service|online}",
    "{An important|Another important|A significant} {thing|point|factor} is that {students|individuals|people} {have|get} {a choice|the option} {between|of} {federal|private} {student loans|financial aid} {where|and} it is easier to {opt for|choose} {student loan|debt} consolidation {than|over} {federal|private} loans{.|.} {Also|And} {many|most} {online|distance learning} {degree programs|colleges} {such as|like} ⟨college⟩ {accept|take} {them|financial aid}{.|} ⟨link⟩",
    "{Nursing|Medical|Law|MBA} {students|assignments}{:|!} {get|order} {custom|expert|professional} {⟨paper⟩|⟨paper⟩ writing|help} {from|by} {qualified|certified|top} writers{.|} {First order|First paper} {discount|20% off}{.|} ⟨link⟩",
    "{Thanks|Thank you} {for|for the} {this|post}{.|!} {By the way|Btw|PS}, {for anyone|anyone} {who|that} {wants|needs} {a|an} {IELTS|TOEFL|GMAT|SAT|PMP|CISSP} {certificate|score|certification} {without|with no} {exam|taking the test|studying}, {contact|message|write} ⟨contact⟩",
]

# --- SEO / web design -------------------------------------------------------
SEO_WEBDESIGN: list[str] = [
    "⟨greet⟩{,|!|.} {I|We} {noticed|saw|found} {that|} your {website|site|blog} {isn't|is not} {ranking|showing up|appearing} {well|on the first page} {on|in} {Google|search engines|the search results} for {important|key|many|several} keywords{.|!} {I|We} {can|could} {get|bring|put} {you|your site} {to|on} page 1 {in|within} {30 days|2 weeks|a month|90 days}{.|!} {Interested|Want to know more}? {Email|Contact|Reach} {me|us} {at|:} ⟨contact⟩",
    "{I|We} {noticed|see|couldn't help noticing} your {website|site} {could use|needs|is missing} {more|a lot more|some extra} traffic{.|!} {We|My team} {can|will} {send|drive|deliver} {10,000|50,000|100k|5,000+} {targeted|real|organic} {visitors|visits} {per month|a month|daily} {to|for} {just|only|} {$29|$49|$99|$19}{.|!} ⟨link⟩",
    "{Buy|Get} {high quality|high DA|permanent|dofollow|niche relevant} backlinks {from|on} {authority|DA 50+|real|high traffic} {sites|websites|blogs}{.|!} {Boost|Improve|Increase} your {rankings|SEO|Domain Authority} {fast|today|in weeks}{.|} ⟨link⟩",
    "{Hi|Hello} {there|admin|webmaster}, {I|i} {am|'m} {a|an} {SEO|digital marketing|web design|WordPress} {expert|specialist|freelancer|consultant} {with|having} {7|8|10|12|5} years {of|} experience{.|,} {I|i} {checked|analyzed|audited} your {site|website} and {found|noticed} {several|a few|some|many} {errors|issues|problems} {that|which} {are|is} {hurting|affecting|killing} your {rankings|traffic|sales}{.|!} {Can I|May I|Shall I} {send|share} {you|} {a free|the full} {report|audit}? ⟨contact⟩",
    "{Your|This} {website|site} {design|layout|theme} {looks|is} {a bit|little|somewhat|really} {outdated|old|slow|not mobile friendly}{.|,} {no offense|just saying|honestly}{.|!} {We|I} {build|design|create} {modern|responsive|fast|beautiful} {websites|WordPress sites|Shopify stores} {starting from|for just|from} {$199|$299|$149|$499}{.|!} {Portfolio|See our work|Samples}: ⟨link⟩",
    "{Guest post|Guest posting|Sponsored post} {opportunity|request|inquiry}{:|!|.} {I|We} {would like to|want to|'d love to} {publish|write|submit} {an article|a guest post|sponsored content} {on|for} your {blog|website} {with|including} {one|a|1} {do-follow|dofollow} link{.|} {We|I} {will pay|can pay|offer} {$50|$100|$75|$150}{.|} {Please|Kindly} {reply|contact} ⟨contact⟩",
    "{SEO|Search engine optimization|Local SEO|Link building} {services|packages} {in|for} ⟨city⟩ {that actually work|with guaranteed results|at affordable prices}{.|!} {Rank|Get ranked} #1 {on Google|in maps|in your city}{.|} ⟨link⟩",
    "{Do you|Would you} {want|like} {more|extra} {customers|leads|sales|visitors} {for|to} your {business|website|blog}? {I|We} {offer|provide} {SEO|social media marketing|PPC|content marketing|link building} {at|for} {very|} {low|cheap|affordable} {cost|price|rates}{.|} {WhatsApp|Skype|Telegram|Email}: ⟨contact⟩",
    "{Get|Buy} {real|active|targeted|instant} {Instagram|TikTok|YouTube|Facebook|Twitter|Spotify} {followers|likes|views|subscribers|plays} {cheap|instantly|fast}{.|!} {1000|5000|10k} {for|only} {$2.99|$4|$9.99|$1}{.|!} ⟨link⟩",
    "{Hey|Hi}{,|} {I|i} {was|just was} {checking|browsing} your {site|blog} {and|,} {I|i} {think|feel|believe} {it|you} {deserve|could get} {way|much|a lot} more {visitors|readers|traffic}{.|!} {I|i} {wrote|made|put together} {a|} {free|short} {guide|video|checklist} {on|about} {how|ways} to {fix|get} {it|more traffic}{:| here:|} ⟨link⟩",
    "{Website|Web} {development|design} {company|agency} {in|based in} {India|Pakistan|Ukraine|the Philippines|Bangladesh|⟨city⟩}{.|:|,} {We|Our team} {build|develop|create} {custom|responsive|SEO-friendly} {websites|mobile apps|eCommerce stores|CRM systems} {at|for} {affordable|low|competitive} {rates|prices}{.|} ⟨link⟩",
    "{Is|Does} your {WordPress|website|site} {slow|hacked|infected with malware|showing errors|down}? {I|We} {fix|speed up|clean|repair} {WordPress|websites} {in|within} {24 hours|one day|hours}{.|!} {Contact|Hire} {me|us}: ⟨contact⟩ {or||/} ⟨url⟩",
    "{seo services|backlinks|buy backlinks|link building|seo agency|cheap seo} ⟨url⟩ {seo|backlinks|traffic|ranking} {services|cheap|fast|guaranteed}",
    "{Hi|Hello}, {this is|I'm|my name is} ⟨name⟩ {from|at} ⟨brand⟩{.|,} {We|I} {help|helped} {{sites|websites|businesses} like yours|{bloggers|site owners}} {double|triple|10x|grow} {their|} {traffic|organic traffic|revenue} {in|within} {3 months|90 days|6 weeks}{.|} {Free|No-obligation} {consultation|audit|strategy call}: ⟨link⟩",
]

# --- fake tech support -------------------------------------------------------
FRAG.update(
    {
        "support_product": [
            "{QuickBooks|QuickBooks Desktop|QuickBooks Payroll|QuickBooks Enterprise|HP Printer|Epson Printer|Canon Printer|Brother Printer|Norton Antivirus|McAfee Antivirus|Kaspersky|AOL Mail|Yahoo Mail|Gmail|Outlook|Hotmail|Roadrunner Email|Comcast Email|Cash App|Coinbase|Binance|Trust Wallet|MetaMask|Venmo|Facebook|Instagram|Netflix|Roku|Garmin GPS|Alexa|Ring Doorbell|Belkin Router|Netgear Router|Linksys Router|Dell Laptop|Apple ID|iCloud|Windows 10|Microsoft Office|Sage 50|TurboTax}"
        ],
        "airline": [
            "{Delta Airlines|American Airlines|United Airlines|Southwest Airlines|Spirit Airlines|Frontier Airlines|JetBlue|Alaska Airlines|Lufthansa|Emirates|Air Canada|British Airways|Qatar Airways|Allegiant Air|Hawaiian Airlines}"
        ],
        "issue": [
            "{login problems|error code H202|error 6123|payroll issues|not printing|offline issue|password reset|account locked|installation error|not responding|sync error|activation problem|update failure|network error|printer offline|email not working|transaction failed|refund issue|wallet not syncing|error 1603|unable to connect|paper jam}"
        ],
    }
)

TECH_SUPPORT: list[str] = [
    "{Call|Dial|Contact} ⟨phone⟩ {for|to get} ⟨support_product⟩ {support|customer service|help desk|technical support}{.|!} {Our|The} {experts|technicians|agents} {are|is} {available|online} {24/7|24x7|round the clock}{.|}",
    "⟨support_product⟩ {Support|Customer Support|Support Number|Helpline|Phone Number} ⟨phone⟩ | ⟨support_product⟩ {Support|Customer Service|Tech Support} ⟨phone⟩ | ⟨support_product⟩ {Help|Helpline} ⟨phone⟩",
    "{If you|Anyone who|Users who} {are facing|face|have} ⟨support_product⟩ ⟨issue⟩{,|.} {just|simply} {call|dial|contact} {our|the} {toll free|toll-free|24/7} {number|helpline} ⟨phone⟩ {and|to} {get|receive} {instant|quick|immediate} {help|assistance|solution}{.|!}",
    "{Thanks|Thank you} {for|for sharing} {this|the} {info|information|post}{.|!} {If you|For} {need|any} {help with|issue with} ⟨support_product⟩ ⟨issue⟩, {call|dial|reach} ⟨phone⟩{.|} ⟨support_product⟩ {support|help} ⟨phone⟩",
    "{Book|Change|Cancel} {your|a} {flight|ticket|reservation} {with|on} ⟨airline⟩ {by calling|call} ⟨phone⟩{.|!} ⟨airline⟩ {reservations|booking|customer service} {number|phone} ⟨phone⟩ {(24/7)|toll free|}{.|}",
    "{How to|How do I|Steps to} {fix|resolve|solve} ⟨support_product⟩ ⟨issue⟩? {Call|Dial} ⟨phone⟩ {now|today}. {Our|Certified} {technicians|experts|pros} {will|can} {fix|resolve} {it|the problem} {in|within} {minutes|no time}{.|!} ⟨link⟩",
    "⟨support_product⟩ ⟨issue⟩ ⟨phone⟩ ⟨support_product⟩ {support number|tech support|helpline number} ⟨phone⟩ ⟨support_product⟩ {customer care|support phone} {number|} ⟨phone⟩ {call now|toll free|24/7}",
    "{Having|Got|Facing} {trouble|problems|issues} {with|on} {your|} ⟨support_product⟩? {Don't worry|No worries|Relax}{!|.} {Just|} {call|dial} {the|our} ⟨support_product⟩ {experts|support team|help desk} {at|on} ⟨phone⟩ {for|and get} {quick|fast|instant} {support|fixes|resolution}{.|} {Visit|More}: ⟨url⟩",
    "{Very|Really|Nice} {informative|helpful|useful} {post|blog}{.|!} {I|i} {had|was having} ⟨support_product⟩ ⟨issue⟩ {and|but} {called|contacted} ⟨phone⟩{,|.} {they|the team} {fixed|solved|resolved} {it|my issue} {in|within} {10 minutes|no time|a few minutes}{.|!} {Highly recommended|Great service|Thanks guys}{!|.}",
    "{Customer|Client} {service|support} {number|phone number|helpline} {for|of} ⟨support_product⟩: ⟨phone⟩ {||} {Email|Mail} {support|help}: ⟨contact⟩",
]

# --- adult (mild) -------------------------------------------------------------
ADULT: list[str] = [
    "{Hot|Lonely|Beautiful|Single|Cute} {girls|women|ladies|singles} {in|near|from} {your area|your city|⟨city⟩} {are waiting|want to chat|looking for fun|want to meet you} {tonight|now|today}{!|.|!!} {Free|Quick} {registration|sign up}: ⟨link⟩",
    "{Hi|Hey|Hello}{,|!} {I'm|I am|im} {Anna|Kate|Lily|Mia|Jessica|Sofia|Nina|Vika|Olivia} {, {22|24|25|27|29|31}|}{.|!} {I'm|I am} {bored|lonely|new here|single} {and|,} {looking for|searching for|want} {a|some} {serious man|friend|company|fun chat|real relationship}{.|!} {Write me|Message me|Find me} {here|on my page|at}{:|} ⟨link⟩ {😘|😉|:*|}",
    "{Free|Live|Private} {cams|video chat|webcam chat|chat rooms} {with|and} {real|verified|beautiful} {models|girls|singles}{.|} {No|Without} {registration|credit card|signup} {needed|required}{.|!} ⟨url⟩",
    "{Meet|Date|Chat with} {single|mature|lonely|beautiful} {women|men|ladies|singles} {over 40|over 50|in ⟨city⟩|from Ukraine|from Asia|near you} {on|at} {the best|a trusted|a free} {dating|matchmaking} {site|app|service}{.|!} ⟨link⟩",
    "{Looking for|Want} {a|} {sugar daddy|sugar baby|discreet affair|casual date|hookup|no strings relationship}? {Join|Try|Sign up for} ⟨brand⟩ {today|now|free}{.|!} {Thousands of|Millions of|Real} {members|profiles|singles} {online|waiting}{.|} ⟨link⟩",
    "{VIP|Elite|Premium|Independent} {escort|companion|escorts|companionship} {service|agency} {in|at} ⟨city⟩{.|!|,} {Discreet|Verified|Real photos|24/7}{.|,} {Book|Call|WhatsApp} {now|today}: ⟨contact⟩",
    "{Are you|Tired of being} {lonely|single|alone}{?|...} {Find|Meet} {your|the} {soulmate|perfect match|true love|partner} {in|within} {days|a week|30 days}{!|.} {Free|Easy} {sign up|registration|trial}: ⟨link⟩",
    "{i|I} {am|'m} {searching|looking} {for|a} {man|partner|boyfriend|husband}, {my|see my} {photos|profile|pictures} {here|at|on} ⟨url⟩ {😍|💋|❤️|}",
]

# --- counterfeit ----------------------------------------------------------------
FRAG.update(
    {
        "lux": [
            "{Rolex|Omega|Cartier|Patek Philippe|Breitling|Tag Heuer|Audemars Piguet|Hublot|Panerai|IWC}"
        ],
        "bagbrand": [
            "{Louis Vuitton|Gucci|Chanel|Prada|Hermes|Michael Kors|Coach|Dior|Fendi|Balenciaga|Goyard|Celine}"
        ],
        "shoe": [
            "{Nike Air Max|Air Jordan|Jordan 1|Yeezy 350|Nike Dunk|Adidas Ultraboost|New Balance 550|Christian Louboutin|UGG boots|Converse|Vans|Timberland|Nike Air Force 1}"
        ],
        "team": [
            "{Patriots|Cowboys|Packers|Steelers|Eagles|49ers|Chiefs|Lakers|Warriors|Celtics|Yankees|Real Madrid|Barcelona|Manchester United|Liverpool|Bayern|Juventus}"
        ],
    }
)

COUNTERFEIT: list[str] = [
    "{Best|Top|High quality|Swiss made|1:1} ⟨lux⟩ {replica|replicas|copy|clone} {watches|watch} {for sale|online|cheap|at 90% off}{.|!} {Free|Fast} shipping {worldwide|to USA}{.|} ⟨link⟩",
    "{cheap|wholesale|discount} {jerseys|nfl jerseys|nba jerseys} ⟨url⟩ {cheap jerseys|cheap nfl jerseys|wholesale jerseys from china} ⟨team⟩ {jersey|jerseys} {cheap|sale}",
    "⟨bagbrand⟩ {handbags|bags|purses|wallets} {outlet|sale|clearance} {up to|} {70%|80%|90%} off{!|.} {Authentic quality|Mirror quality|AAA quality|Top grade}{.|} {Shop|Buy} {now|here}: ⟨link⟩",
    "{Cheap|Discount|Wholesale} ⟨shoe⟩ {for sale|outlet|online store|clearance}{.|!|,} {only|just|from} {$39|$49|$59|$29.99|$65}{.|!} ⟨link⟩",
    "{Great|Nice|Good} {post|site|blog}{!|.} {Also|BTW}, {if you|anyone} {like|love|want} {fashion|designer stuff|luxury watches|sneakers}, {check|look at|visit} {our|my|this} {store|shop|outlet}: ⟨link⟩ {– ⟨bagbrand⟩, ⟨lux⟩ and more|, great prices|}",
    "{<strong>|}{cheap nike shoes|cheap jordans|nike outlet store|cheap ugg boots|louboutin outlet|michael kors outlet|coach outlet online|ray ban sunglasses outlet|oakley sunglasses cheap}{</strong>|} ⟨url⟩ {cheap|outlet|sale|wholesale} {nike|jordans|ugg|coach|kors|ray ban} ⟨url2⟩",
    "{We|Our factory} {supply|sell|provide} {top quality|AAA|1:1|mirror} {replica|copy} ⟨lux⟩, ⟨bagbrand⟩ {and|&} ⟨shoe⟩ {with|at} {factory|wholesale|low} {prices|price}{.|} {WhatsApp|WeChat|Email}: ⟨contact⟩",
    "{I|i} {bought|ordered|got} {my|a} ⟨lux⟩ {replica|copy|watch} {from|at} ⟨link⟩ {and|,} {nobody|no one} {can|could} {tell|see} {the difference|it's not real}{!|.|!!} {Highly|Totally} {recommend|recommended}{.|}",
    "⟨team⟩ {jerseys|jersey} {cheap|wholesale|authentic|stitched} {from|at} {only|just} {$18|$20|$22|$25}{!|.} {All|Every} {teams|players|sizes} {available|in stock}{.|} ⟨link⟩",
]

# --- bot pretexts ---------------------------------------------------------------
PRETEXT: list[str] = [
    # rss broken
    "{Hey|Hi|Hello|Hi there|Howdy} {there|} {would you|would you kindly|could you} {mind|} {letting me know|sharing} {which|what} {web host|hosting company|blog platform} you're {using|working with|utilizing}? I've loaded your blog in 3 {completely different|different} {browsers|internet browsers|web browsers} and I must say this blog loads a lot {faster|quicker} then most. {Can you|Can you please} {suggest|recommend} a good {internet hosting|web hosting|hosting} provider at a {honest|reasonable|fair} price? {Thanks|Thank you|Many thanks|Kudos|Cheers}, I appreciate it!",
    "{Your|The} {RSS feed|rss feed|feed|RSS} {isn't|is not|doesn't seem to be} {working|loading|updating} {for me|in my reader|properly}{.|!|...} {Anyone else|Does anyone else} {having|facing} {this|the same} {problem|issue}? {Anyone that knows the solution|If anyone knows} {can you kindly|please} respond? {Thanks|Thanx}!!",
    # notify me emails
    "{Back when|The first time} I {posted a comment|commented here} I {ticked|must have ticked} the {box|checkbox} {to get|for} {e-mail alerts|notifications} {about new comments|on new replies} and {since then|ever since} {every new comment|each reply} {sends me|lands as} {four|4|three|several} {identical|duplicate} {emails|messages}. {Could you|Is there a way to|Can you} {take me off|unsubscribe me from|stop} {that|those alerts|the list}? {Thanks|Many thanks|Appreciate it}!",
    # spam problem
    "{Howdy|Hi there|Hey there|Hello|Hey} {just wanted to|would like to} give you a {quick|brief} heads up and let you know a few of the {images|pictures} aren't loading {properly|correctly}. I'm not sure why but I think its a linking issue. I've tried it in two different {browsers|internet browsers|web browsers} and both show the same {results|outcome}.",
    "{Is your|Does this} {blog|site|website} {getting|attracting} {lots of|a lot of|tons of} spam {comments|bots}? I {run|write} a {blog|site} {as well|too} and {I'm|I am} {curious|wondering} how you {deal with|handle} it; {we've|we have} {worked out|put together} {some|a few} {useful|handy} {tricks|approaches} and {would love|are keen} to {compare notes|share ideas} with {other bloggers|fellow site owners} {-|,} {drop|send} me an {email|e-mail} if {you're interested|that sounds good}.",
    # theme
    "{Wow|Whoa|Wow!}, {awesome|amazing|superb|incredible} blog layout! How long have you been blogging for? you {make|made} blogging look easy. The overall look of your {site|web site|website} is {great|magnificent|wonderful|fantastic}, {let alone|as well as} the content!",
    "{Hey|Hi|Hello}! {Quick|Just a quick} question{ that's completely| that's entirely| that's totally|} off topic. Do you know how to make your site mobile friendly? My {blog|website|web site|site|weblog} looks weird when {viewing|browsing} from my {iphone|iphone 4|iphone4|apple iphone}. I'm trying to find a {theme|template} or plugin that might be able to {fix|resolve|correct} this {problem|issue}. If you have any {suggestions|recommendations}, please share. {Thanks|With thanks|Appreciate it|Cheers|Thank you|Many thanks}!",
    "{Is this|Is that this|Is that} a paid {theme|topic|subject} or did you {customize|modify} it {yourself|your self}? {Either way|Anyway} keep up the {nice|excellent} {quality|high quality} writing, it's rare to see a {nice|great} blog like this one {these days|nowadays|today}.",
    "{What|Which} {theme|wordpress theme|template|blog platform|CMS} {are you using|is this|do you use}{?|??} {It's|It is|Looks} {so|very|really} {clean|nice|elegant|fast}{.|!} {I|i} {want|'d like} {the same|something similar} for my {blog|site}{.|!|}",
    # translation
    "{Have you ever considered|Have you ever thought about|Did you ever think about} {publishing|creating|writing} an {e-book|ebook} or guest authoring on other {sites|websites|blogs}? I have a blog {based upon|centered|based} on the same {information|ideas|subjects|topics} you discuss and would {really like|love} to have you share some stories/information. I know my {visitors|readers|audience|subscribers|viewers} would {enjoy|value|appreciate} your work. If {you are|you're} even remotely interested, feel free to {send|shoot} me an {e mail|e-mail|email}.",
    "{Have you|Did you} ever {considered|thought about|consider} {translating|having translated} your {site|blog|website} into {German|Spanish|French|Portuguese|Chinese|Italian|Japanese|Russian|Arabic|Dutch}? I {know|have} {a few|a couple of|several} {translators|people} {here|that} {that|who} {would|could} {really|} {appreciate|help with} {it|that} {and|,} {I|i} {can|could} {connect|put} {you|you in touch}{.|!|} {Let me know|Just ask}{.|!|}",
    # slow / IE
    "{Somebody|Someone|Hey there|Hi} {essentially|necessarily} {help|assist|lend a hand} to make {seriously|critically|significantly|severely} {articles|posts} I would state. {However|But} I'm having {trouble|issues|problems} with your {website|site|blog} in Internet Explorer{,|.} it {looks|seems} {odd|weird|broken} and {loads|is loading} {very|extremely|really} {slow|slowly}{.|!} {Maybe|Perhaps} {check|test} {it|your site}? {Thanks|Best}",
    "{Your|The} {site|website|blog|page} {takes|is taking} {forever|a long time|ages} to {load|open} {for me|on my end|on mobile}{.|...|!} {Is|Is it} just me or {is|are} {anyone|others} {else|} {experiencing|having} {this|the same}? {Hope|I hope} {you|u} {can|will} {fix|look into} it{.|!|}",
    # starting a blog
    "{Hi|Hello|Hey} {are using|is using} {Wordpress|WordPress|Blogger|Joomla} for your {blog|site} platform? I'm new to the blog world but I'm trying to get started and {create|set up} my own. Do you {need|require} any {coding|html coding} {knowledge|expertise} to make your own blog? Any help would be {greatly|really} appreciated!",
    "{I'm|I am} {starting|about to start|planning to start} {a|my own} {blog|website} {soon|next month|this year} {but|and} {I|i} {have|'ve got} {no|zero|little} {idea|clue|experience}{.|...} {Any|Do you have any} {tips|advice|suggestions} {for|on} {a beginner|newbies|where to start}? {Thanks|Would appreciate it}{!|.|}",
    # quote
    "{Would you be|Are you} {interested in|interested by} exchanging links? {I|i} {run|have} a {blog|site} {in|on} {a similar|the same|a related} {niche|topic|field}{.|!}",
    "{Hello|Hi|Hi there}! {Would you|Do you} mind if I share your blog with my {facebook|twitter|myspace|zynga} group? There's a lot of {people|folks} that I think would really {enjoy|appreciate} your content. Please let me know. {Thanks|Many thanks|Cheers|Thank you}",
    "{Would you|Do you} mind if I quote a {few|couple} of your {posts|articles} as long as I provide credit and sources back to your {blog|website|site|webpage|weblog}? My {blog|blog site|website} is in the {exact|very} same {area|niche} of interest as yours and my {visitors|users} would {really|truly|genuinely} benefit from {a lot of|some of} the information you {provide|present} here. Please let me know if this {alright|okay|ok} with you. {Thanks|Many thanks|Thank you|Regards|Cheers|Appreciate it}!",
    "{It's|It is} {a pity|a shame|too bad} you don't have a donate button! I'd {most certainly|definitely|without a doubt|certainly} donate to this {superb|excellent|outstanding|brilliant|fantastic} blog! I {suppose|guess} for now i'll settle for {book-marking|bookmarking} and adding your RSS feed to my Google account. I look forward to {fresh|new|brand new} updates and will {talk about|share} this {blog|site|website} with my Facebook group. {Chat|Talk} soon!",
    "{Hey|Hi|Hello|Heya}! {I know|I realize} this is {somewhat|kind of|sort of} off topic but I was wondering {which|what} blog platform are you using for this {site|website}? I'm getting {tired|sick and tired|fed up} of WordPress because I've had {issues|problems} with hackers and I'm looking at {options|alternatives} for another platform. I would be {great|awesome|fantastic} if you could point me in the direction of a good platform.",
    "{Hi|Hello} {would you mind|is it alright|do you mind} {sharing|stating|letting me know} which blog platform you're {working with|using}? I'm {looking|going} to start my own blog {in the near future|soon} but I'm having a {tough|difficult|hard} time {making a decision|selecting|choosing|deciding} between BlogEngine/Wordpress/B2evolution and Drupal. The reason I ask is because your {design and style|layout|design} seems different then most blogs and I'm looking for something {completely unique|unique}. P.S {My apologies|Apologies|Sorry} for {getting|being} off-topic but I had to ask!",
    "{My|Our} {comment|message} {didn't|did not} {show up|appear|post}{.|,|...} {Is|Are} {comments|they} {moderated|being held}? {Testing|Test} {again|once more}{.|...|!}",
    "{Hey|Hi}, {I think|I believe} {your|the} {contact form|contact page|email link} {is|seems} {broken|not working|dead}{.|!} {I|i} {tried|wanted} to {send|write} {you|} {a message|an email} {about|regarding} {a collaboration|an opportunity|a partnership} {but|and} {it|nothing} {failed|happened}{.|} {Can you|Could you} {email|reach} me{?|.}",
    "{Test|test|testing|Testing 123|just testing|hello world|test comment}{.|!|...|}",
]

# --- on-topic comments that only exist to carry a link ---------------------------
# ⟨kw⟩/⟨kw2⟩ come from the post's keywords, ⟨title⟩ is the post title,
# ⟨topic⟩ its topic; ⟨link⟩ is the commercial link.
ON_TOPIC: list[str] = [
    "{Great|Good|Solid|Interesting|Excellent} points on ⟨kw⟩{.|!} I {wrote|posted|blogged} about ⟨kw⟩ {too|as well|recently|last week} {at|over at|here:} ⟨link⟩",
    "{I|i} {really|totally|completely} {agree|disagree} {with|about} {what you said about|your take on|your point about} ⟨kw⟩{.|,} {In my experience|From my experience|Honestly}, ⟨kw2⟩ {matters|is} {even more|just as|much more} {important|relevant}{.|!} {We|I} {cover|discuss|explain} {this|it} {in detail|in depth|more} {on|at} ⟨link⟩",
    '"⟨title⟩" {– what a|- such a|is a} {great|brilliant|useful|timely} {title|read|post}{.|!} {Anyone|Everyone} {interested in|into|curious about} ⟨kw⟩ {should|might want to} {also|} {check|read|see} ⟨link⟩',
    "{Thanks|Thank you} for {this|the} {post|write-up|article} {on|about} ⟨kw⟩{.|!} {I|We} {have been|'ve been} {looking|searching} {for|into} ⟨kw⟩ {for|since} {weeks|months|a while|ages}{.|,} {and|also} {found|came across} {this|a} {resource|guide|site} {useful|helpful}: ⟨link⟩",
    "{Regarding|About|On} ⟨kw⟩{,|:} {I|i} {would|'d} {add|mention} {that|} ⟨kw2⟩ {is|can be} {a|the} {key|big|major|often overlooked} {factor|part|issue}{.|!} {More|More info|Details} {here|on our site}: ⟨link⟩",
    "{Very|Really|Super} {helpful|informative|useful} {article|post|guide} {about|on} ⟨kw⟩{.|!} {By the way|BTW|Also}, {if|for} {anyone|readers} {need|needs|looking for} ⟨anchor⟩, {I|we} {recommend|suggest|can help}: ⟨link⟩",
    "⟨kw⟩ {is|has always been} {something|a topic} {I|i} {care|think} {a lot|deeply} about{.|!} {Your|This} {post|article} {on|about} ⟨kw2⟩ {was|is} {spot on|right on|accurate|excellent}{.|!} {I|We} {also|} {run|manage|have} {a|our own} {site|blog|store} {about|on} ⟨kw⟩{ and ⟨anchor⟩|}: ⟨link⟩",
    "{As someone who|Being someone who} {works|has worked} {in|with} ⟨kw⟩ {for|for over} {10|5|15|20|many} years, {I can say|I can confirm|I'd say} {this|your post} {is|was} {accurate|spot on|very true|mostly right}{.|!} {We|I} {offer|provide|sell} ⟨anchor⟩ {for|to} {people|customers|anyone} {interested in|into} ⟨kw⟩{:| -| at} ⟨link⟩",
    "{Nice|Good|Great} {read|post}! {Here is|Here's|This is} {my|our} {take|guide|article|list} {on|about} ⟨kw⟩ {and|&} ⟨kw2⟩ {if|in case} {anyone|someone} {is|'s} interested: ⟨link⟩",
    "{I|i} {didn't|never} {know|realize|knew} {that|} ⟨kw⟩ {could|can} {be|get} {so|this} {interesting|complicated|important}{.|!} {Bookmarked|Saved|Shared}{!|.} {Related|See also|Also useful}: ⟨link⟩",
    "{Loved|Enjoyed|Liked} {the part|the section|what you wrote} {about|on} ⟨kw⟩{.|!} {It|This} {reminds|reminded} me {of|about} {a|an} {article|guide|post} {I|we} {wrote|published} {on|about} ⟨kw2⟩{,|:} ⟨link⟩ {– would love your thoughts|— feedback welcome|}{.|}",
    "{Question|Quick question}: {does|would} {this|your advice} {also|} {apply|work} {to|for} ⟨kw2⟩? {We|I} {sell|offer|make} ⟨anchor⟩ {and|so} {this|it} {is|would be} {relevant|useful} {for|to} {our|my} {customers|clients|readers}{.|} ⟨link⟩",
    "{Interesting|Great|Useful} {post|piece} {on|about} ⟨topic⟩{.|!} {For|If} {anyone|you} {in|around} ⟨city⟩ {need|needs|looking for} ⟨anchor⟩{,|} {check|contact|call} ⟨link⟩",
    "{Wow|Whoa|Amazing}{,|!} {⟨title⟩|this post about ⟨kw⟩} {is|was} {exactly|just} what {I|i} {needed|was looking for} {today|this week|right now}{.|!} {I|i} {also|} {found|discovered} {great|good} {info|deals|tips} {about|on} ⟨kw⟩ {here|at}: ⟨link⟩",
    "⟨kw⟩ {and|+|&} ⟨kw2⟩ {– great combo|- perfect topic|, love it}{!|.} {We|I} {made|created|put together} {a|an} {infographic|video|checklist|calculator|free tool} {on|for} ⟨kw⟩{:|} ⟨link⟩",
]

# --- self promotion ---------------------------------------------------------------
FRAG.update(
    {
        "platform": [
            "{YouTube|Instagram|TikTok|Spotify|SoundCloud|Twitch|Facebook|Pinterest|Medium|Substack|Etsy|Patreon|Bandcamp|Telegram|Twitter|Threads}"
        ],
        "mycontent": [
            "{channel|page|blog|podcast|shop|new song|music|mixtape|art|vlog|stream|store|portfolio|newsletter|album|beats|videos|recipes|travel vlog}"
        ],
    }
)

SELF_PROMO: list[str] = [
    "{Check out|Check|Go check out|Please check out|Take a look at} my {channel|YouTube channel|new channel|page|new video|vlog} {:|-|!|} ⟨link⟩ {would|it would} {mean|help} {a lot|so much|the world}{!|.|} {🙏|❤|:)|}",
    "{Hey|Hi} {guys|everyone|all|friends}{!|,} {I|i} {make|produce|create} {music|beats|hip hop|lo-fi|EDM|rap|indie pop|covers}, {give it|give me} a {listen|try|chance} {on|at} ⟨platform⟩{!|.|:} ⟨link⟩",
    "{Follow|Follow me|Like|Like my page|Subscribe} {on|to my} ⟨platform⟩ {for|and get} {more|daily|weekly} {content|updates|tips|videos|posts} {like this|about this|}{!|.|!!} ⟨link⟩",
    "{I|i} {just|recently} {started|launched|opened} {my|a} {new|own|first} {blog|website|Etsy shop|podcast|YouTube channel|newsletter} {about|on} {cooking|travel|fitness|gaming|crafts|parenting|tech|photography|fashion|personal finance}{!|.} {Would|Would really} {love|appreciate} {some|any} {feedback|support|visitors|subscribers}{:|!|} ⟨link⟩",
    "{sub|subscribe|pls subscribe|plz sub} {to|2} {my|me} {channel|page} {i|I} {post|upload} {every day|daily|every week}{!!|!|} ⟨link⟩",
    "{Nice|Cool|Great|Lovely} {post|blog}{!|.} {If you|Anyone who} {like|likes|enjoy|enjoys} {this|this kind of stuff}, {you|you'll|you might} {will|} {love|like|enjoy} {my|our} ⟨mycontent⟩ {on|at} ⟨platform⟩ {too|as well|}{:|} ⟨link⟩",
    "{I'm|I am|im} {a|an} {independent|indie|upcoming|young|self-taught} {artist|musician|writer|photographer|designer|filmmaker|game developer|rapper} {from|in|based in} ⟨city⟩{.|,} {would|it would} {mean|be} {a lot|the world|amazing} if {you|someone} {checked out|listened to|looked at|shared} my {work|latest project|new release|portfolio}{:|!|} ⟨link⟩",
    "{Follow|Add} me {on|at} ⟨platform⟩ {@|}⟨handle⟩ {and|,} {I|i} {follow|will follow} {back|you back}{!|!!|.| 💯|}",
    "{Who|Anyone} {wants|want} to {be|become} {friends|mutuals|followers}{?|!} {Like|Follow|Sub} {my|me on} ⟨platform⟩ {and|,} {I|i} {will|'ll} {do|return} {the same|it back}{.|!|} ⟨link⟩",
    "{Love|Loved|Enjoying} {this|the} {post|article}! {I|i} {wrote|shared|posted} {something|a story} {similar|related} {on|over on} {my|our} ⟨platform⟩ {page|blog|account}{,|.} {come|feel free to} {say hi|check it out|drop by}{!|.|:} ⟨link⟩",
    "{My|Our} {new|latest|debut} {single|EP|album|book|ebook|course|app|game} {is|just} {out|dropped|released|live} {now|today}{!|!!|.} {Stream|Download|Read|Get|Play} {it|} {free|now} {on|at|here} ⟨platform⟩{:|} ⟨link⟩ {🔥|🎶|📚|🎮|}",
    "{Please|Pls|Kindly} {vote|vote for me|support me} {in|for} {the|this} {contest|competition|awards|giveaway} {by|with} {clicking|liking|sharing} {here|this link}{:|!|} ⟨link⟩ {thank you|thx|thanks} {all|everyone|so much}{!|}",
]

# --- long off-topic commercial musings ----------------------------------------------
OFF_TOPIC: list[str] = [
    "{An important|One important|A crucial|An essential} {element|factor|issue} for {home buyers|homebuyers|people buying a home|first-time buyers} {is|would be} {that|} {they|you} {should|must} {compare|check} {mortgage|home loan} {offers|rates} from {several|multiple|different} {lenders|banks} {before|prior to} {committing|signing anything}{.|} {Even|A difference of} {a quarter|half} {of a|a} {percent|point} {can|could} {save|cost} {you|a family} {thousands|tens of thousands} {of dollars|} over the life of the loan{.|} {Also|Another thing is that}, {don't|do not} {forget|overlook} {closing costs|property taxes|insurance|inspection fees}{,|;} {they|these} {add up|can add up} {quickly|fast|surprisingly fast}{.|} {Thanks|Thank you} {for|for your} {sharing|post|ideas}{.|}",
    "{Many|Most|A lot of} {people|drivers|motorists} {don't|do not} {realize|know|understand} {that|} car insurance {rates|premiums} {can|may} {vary|differ} {greatly|a lot|significantly} {depending on|based on} {your|the} {zip code|credit score|driving record|age|type of car}{.|} {Another|One more} {thing|tip} {is|would be} {to|} {raise|increase} {your|the} deductible{,|} {which|and this} {can|will} {lower|reduce} {your|the} {monthly|annual} {premium|payment}{.|} {And|Also}{,|} {bundling|combining} {home and auto|policies} {usually|often} {gives|brings} {a|} discount{.|} {I|i} {learned|found} {this|all this} {the hard way|after years of overpaying|by comparing quotes}{.|}",
    "{One more|Another} {thing|point} {I would like|I'd like|I want} to {say|add|mention} is that {laptop|computer|phone|gaming PC} {memory|storage|RAM} {requirements|needs} {generally|usually|often} {go up|increase|rise} {along with|with} {other|new} {advances|improvements|upgrades} in {the|} {technology|hardware}{.|} {For instance|For example}, {when|whenever} {new|newer} {generations|models} of {processors|CPUs|chips} {are|get} {brought|released} {to|on} the market, {there is|there's} {usually|normally|often} {a|an} {matching|corresponding} {increase|growth} in the {size|type} {preference|requirement} of both {computer|PC} memory and hard drive {space|storage}{.|} {This is|That is} {because|since} the software {operated|run} by {these|the new} processors {will|tends to} {increase|grow} in power to {make use of|take advantage of} the {new|added} {technology|capability}{.|}",
    "{Something else|One thing} {I|i} {would|'d} {like to|} {mention|point out} is that {weight loss|losing weight|dieting} {is|isn't} {not|} {all about|only about} {eating less|cutting calories|going on a crash diet}{.|;} {Many|Most} {people|folks} {find|discover} {that|} {their|a slow} {metabolism|thyroid|sleep schedule} {plays|is playing} {a|the} {big|major|key} {role|part}{.|} {Drinking|Having} {more|plenty of} water, {sleeping|getting} {7-8 hours|enough sleep} and {adding|including} {some|a bit of} {protein|fiber|green tea} {can|may} {help|make a real difference}{.|} {Some|Many} {people|folks} {also|} {use|try} {supplements|natural fat burners|keto products} {to|which} {speed|help speed} {things|the process} up{, but|; however,} {always|you should always} {read|check} the {reviews|labels|ingredients} {first|carefully}{.|}",
    "{Thanks|Thank you} {for|for your} {this|posting|a great post}{.|!} {I'd|I would} {also|} {like to|} {say|note} {that|} {it|it's} {can be|is} {hard|difficult|tough} {when|if} {you|one} {have|is} {been|} {laid off|unemployed|between jobs}{.|} {Many|Lots of} {people|folks|workers} {find|discover} {that|} {a|the} {payday loan|cash advance|personal loan} {can|may} {help|get them} {bridge|through} the gap {until|before} {the next|their next} paycheck{,|} {but|however} {it's|it is} {important|vital|key} {to|you} {read|understand} the {terms|fine print|interest rate}{.|} {There are|There's} {also|} {reputable|honest|legit} {lenders|companies} {online|that work online} {who|which} {offer|give} {fair|reasonable} {rates|terms}{.|}",
    "{Hello|Hi}{,|.} {I|i} {think|believe|feel} {that|} {one|a} {thing|factor} {people|many} {overlook|forget|miss} {when|while} {choosing|picking|hiring} {a|an} {moving company|contractor|roofer|plumber|lawyer|dentist} {is|are} {checking|reading} {their|the} {reviews|licenses|insurance|references}{.|} {I|We} {once|} {hired|used} {a|the} {cheapest|first} {one|company} {I|we} {found|saw} {and|,} {regretted|regret} {it|that} {for months|for a long time|ever since}{.|!} {Now|These days|Since then} {I|i} {always|only} {go with|use|call} {licensed|reputable|established} {pros|companies|contractors} {like|such as} ⟨brand⟩{.|}",
    "{In|Within} {today's|the current|this} {economy|market|world}, {it|it's} {is|} {more important than ever|crucial|essential} to {have|maintain} {a|an} {emergency fund|good credit score|diversified portfolio|retirement plan}{.|} {Many|Most} {financial|money} {experts|advisors} {suggest|recommend} {saving|keeping} {at least|} {three|six|3-6} months {of|worth of} {expenses|living costs}{.|} {Investing|Putting money} {in|into} {gold|crypto|index funds|real estate} {can|may} {also|} {help|protect} {against|you from} inflation{,|} {but|though} {you|one} {should|must} {do|always do} {your|proper} {research|homework} {first|beforehand}{.|} {I|i} {use|found} {a|some} {great|useful} {calculators|tools|guides} {online|on ⟨brand⟩}{.|}",
    "{Another|One more} {thing|issue} {is|is that} {that|} {video gaming|mobile gaming|online gaming} {became|has become} {one of|among} the {all-time|biggest|largest} {important|booming} {industries|forms of entertainment} {for|among} {people|players} of all ages{.|} {Nowadays|These days}{,|} {many|lots of} {players|gamers} {also|} {try|enjoy} {online casinos|sweepstakes games|fantasy sports|esports betting} {as|for} {extra|added} {fun|excitement}{.|} {Of course|Naturally}{,|} {it's|it is} {important|key} to {play responsibly|set limits|choose licensed sites}{.|} {I|i} {personally|} {prefer|like} ⟨brand⟩ {because|since} {they|it} {pay|pays} {out|} {fast|quickly}{.|}",
    "{Some|A few|Several} {things|points} {I|i} {have|'ve} {learned|noticed} {about|over the years about} {home|house} {renovation|remodeling|improvement}{:|.} {first|First}, {always|} {get|ask for} {multiple|at least three|3} {quotes|estimates}{;|.} {second|Second}, {don't|never} {pay|give} {the full amount|everything} {upfront|in advance}{;|.} {and|third|Third}{,|} {check|verify} {that|if} the {contractor|company|roofer} {is|has} {licensed|insured|a license and insurance}{.|} {Kitchen|Bathroom|Basement} {remodels|renovations} {in particular|especially} {can|tend to} {go over budget|get expensive} {fast|quickly}{.|} {We|I} {had|got} {a|our} {great|good} {experience|result} {with|using} ⟨brand⟩ {in|near} ⟨city⟩{.|}",
    "{I|i} {would|'d} {also|} {like|love} to {add|mention} {that|} {if|when} {you|one} {do|does} {not|n't} {already|yet} {have|own} {an|a} {insurance policy|life insurance|health plan} {or|,} {you|} {do|don't} {not|} {belong|qualify} {to|for} {any|a} {group|employer} {insurance|plan}, {you|one} {could|might} {well|} {benefit from|gain from} {seeking|getting} {the aid|help} {of|from} {a|an} {health|insurance} {broker|agent}{.|} {Self-employed|Freelance|Independent} {people|workers} {or|and} {those|people} {with|having} {medical conditions|pre-existing conditions} {typically|usually} {seek|need} {the|} {help|services} {of|from} {a|an} {health insurance|independent} {broker|agent}{.|} {Thanks|Thank you} {for|for your} {writing|post|blog}{.|}",
    "{Travel|Traveling} {tip|advice}{:|!} {booking|book} {flights|airline tickets|hotels} {on|early on a} {Tuesday|Wednesday|weekday} {can|may} {save|get} {you|} {up to|} {30%|20%|40%}{.|} {Also|And}, {clearing|clear} {your|} {cookies|browser history} {before|when} {searching|you search}{,|} {because|since} {prices|fares} {go up|rise|increase} {if|when} {sites|websites} {see|notice} {you|you're} {looking|searching} {again|repeatedly}{.|} {I|i} {use|always use} ⟨brand⟩ {to|for} {compare|comparing} {fares|deals}{.|}",
    "{Thanks|Thank you} {for|for the} {article|post}{.|!} {It's|It is} {also|} {worth|important} {noting|mentioning} that {mesothelioma|asbestos exposure|workplace injuries|car accidents} {victims|patients} {may|might|could} {be|} {entitled|eligible} {to|for} {compensation|a settlement|financial compensation}{.|} {Many|Most} {people|victims} {don't|do not} {know|realize} {this|that} {and|,} {miss|lose} {the|their} {deadline|chance} {to|for} {file|filing} {a|their} claim{.|} {A|An} {experienced|good|qualified} {lawyer|attorney} {can|will} {help|guide you}{.|} {Free|No-cost} {case review|consultation} {at|with} ⟨brand⟩{.|}",
]

# --- non-English banks --------------------------------------------------------------
# LOCAL[lang][family] -> templates.  ⟨url⟩ is a URL on a domain styled for that
# language, ⟨contact⟩ a messenger/phone contact styled for it, ⟨kw⟩ a post
# keyword.  "link_tail" is appended to praise to make praise_link.
LOCAL: dict[str, dict[str, list[str]]] = {
    "zh": {
        "generic_praise": [
            "{博主|楼主|作者|大佬}{写得|写的}{太好了|真不错|很棒|很有深度|很用心}，{收藏|已收藏|mark一下|先收藏}了{！|。|~|！！}",
            "{感谢|谢谢|多谢}{分享|楼主分享|博主的分享}，{学习了|受益匪浅|很有帮助|涨知识了}{。|！|}",
            "{好文章|好文|干货满满|写得很详细}，{顶|支持|顶一个|必须顶}{！|！！|~|}",
            "{每天|经常|天天}{都来|来}{看看|逛逛|学习}{博主|你}的{博客|网站|文章}，{希望|期待}{多多|继续}{更新|分享}{。|！}",
            "{路过|来过}，{支持一下|留个脚印|沙发}{！|~|。}",
        ],
        "link_tail": [
            "{欢迎|也欢迎}{访问|来看看|回访}{我的|我们的|小站}{网站|博客|小站}：⟨url⟩",
            "{我的|本站}{网站|地址}：⟨url⟩",
            "⟨url⟩",
        ],
        "casino": [
            "{澳门|皇冠|太阳城|新濠|金冠}{娱乐城|赌场|体育|官网}，{注册|首存|新会员}{就送|即送|立送}{88|188|888|38}{元|彩金}，{百家乐|真人视讯|时时彩|体育投注|老虎机}{应有尽有|等你来玩|24小时在线}。{网址|官网|登录}：⟨url⟩",
            "{博彩|娱乐城|彩票|六合彩}{平台|官网}{推荐|排行}，{提款|出款}{秒到|快速|无限制}，{信誉|口碑}{第一|保证}！⟨url⟩ {客服|联系}{微信|QQ}：⟨contact⟩",
            "{时时彩|北京赛车|快三|六合彩}{计划|必中|免费}{计划|导师带单}，{稳赚|包赢|月入十万}，{加|联系}⟨contact⟩",
        ],
        "finance": [
            "{无抵押|无需抵押|正规}{贷款|信用贷款|小额贷款|网贷}，{当天|秒|快速}{放款|到账|下款}，{黑户|征信不好|白户}{也能|可|都能}{贷|办理|下款}。{咨询|联系}{微信|电话}：⟨contact⟩",
            "{招聘|诚招|急招}{兼职|刷单员|打字员|宝妈兼职}，{日赚|日结|每天}{200|300|500|800}{元|+|以上}，{手机|在家}{就能做|即可操作|随时做}，{无需|不需要|不收}{押金|经验|任何费用}。{加|联系}{微信|QQ}：⟨contact⟩",
            "{代开|开}{各类|正规|全国}{发票|增值税发票|普通发票|专票}，{可验证|真票|可查验|可上网查}，{点数|税点}{低|优惠|从优}。{联系|电话|微信}：⟨contact⟩",
            "{USDT|比特币|虚拟币}{投资|理财|搬砖|跑分}，{日收益|每天收益}{5%|10%|3%}，{稳定|安全|无风险}{赚钱|收益}。{TG|飞机}：⟨contact⟩",
        ],
        "seo_webdesign": [
            "{专业|快速|正规}{网站优化|SEO排名|百度排名|关键词排名|整站优化}，{包上首页|7天上首页|快速上排名}，{不上不收费|按效果付费}。{QQ|微信}：⟨contact⟩",
            "{网站建设|网站制作|小程序开发|APP开发}，{价格优惠|一站式服务|模板建站}，{咨询|联系}：⟨contact⟩ ⟨url⟩",
            "{外链|蜘蛛池|快排|百度收录}{代发|出售|服务}，{效果|收录}{保证|显著}，⟨url⟩",
        ],
        "counterfeit": [
            "{高仿|一比一|精仿|原单}{名表|包包|手表|奢侈品|鞋子}，{工厂直销|厂家直供|支持验货}，{价格|质量}{优惠|保证}。{官网|网址}：⟨url⟩ {微信|V}：⟨contact⟩",
        ],
        "pharma": [
            "{正品|美国|印度}{伟哥|必利劲|犀利士|减肥药}{官网|专卖|代购}，{货到付款|隐私发货|保密发货}，⟨url⟩",
        ],
        "adult": [
            "{同城|本地|附近}{交友|约会|聊天}{平台|软件|APP}，{美女|单身|寂寞}{在线|等你|主播}，{免费注册|立即下载}：⟨url⟩",
        ],
        "essay_degree": [
            "{代写|代做}{论文|毕业论文|作业|留学生作业}，{原创|包过|查重}，{加急|专业}{服务|团队}。{微信|QQ}：⟨contact⟩",
            "{办理|制作}{毕业证|学位证|学历认证|国外文凭}，{学信网可查|可认证|加急}，{联系|微信}：⟨contact⟩",
        ],
        "on_topic_link": [
            "关于⟨kw⟩这个{话题|问题}，{我|我们}也{写过|整理过}一篇{文章|攻略|总结}，{欢迎|有兴趣可以}{交流|看看}：⟨url⟩",
            "{说得好|很有道理}！⟨kw⟩{确实|真的}{很重要|值得关注}。{更多|相关}{资料|内容}{见|请看}：⟨url⟩",
        ],
    },
    "ru": {
        "generic_praise": [
            "{Спасибо|Благодарю|Спасибо большое} за {статью|полезную информацию|интересный пост|материал}{!|.|!!} {Очень|Весьма|Крайне} {познавательно|полезно|интересно}{.|!}",
            "{Отличный|Классный|Хороший|Интересный} {блог|сайт|материал|пост}, {добавил|добавила} в {закладки|избранное}{.|!|)}",
            "{Полностью|Абсолютно} {согласен|согласна} с автором{.|!} {Пишите|Пиши} {ещё|чаще|больше}{!|)|.}",
        ],
        "link_tail": [
            "{Заходите|Загляните} {и|ко} {к нам|мне}: ⟨url⟩",
            "{Мой|Наш} {сайт|блог}: ⟨url⟩",
            "{Подробнее|Тут}: ⟨url⟩",
        ],
        "casino": [
            "{Лучшее|Надежное|Лицензионное|Новое} {онлайн казино|казино онлайн|интернет казино} {с|и} {быстрыми выплатами|бонусом за регистрацию|бездепозитным бонусом|фриспинами}{.|!} {Играй|Играйте} {на|в} {слоты|игровые автоматы|рулетку} {прямо сейчас|онлайн|на деньги}: ⟨url⟩",
            "{Ставки на спорт|Букмекерская контора|Прогнозы на футбол|Ставки на киберспорт} {с|—} {высокими коэффициентами|бонусом до 10000 рублей|точными прогнозами}{.|!} ⟨url⟩",
            "{Рабочее зеркало|Актуальное зеркало|Вход на сайт} {казино|БК} {на сегодня|без блокировки}{:|—} ⟨url⟩",
        ],
        "finance": [
            "{Займ|Кредит|Микрозайм|Займы} {онлайн|на карту|без отказа|без проверки кредитной истории} {за 5 минут|за 15 минут|круглосуточно}{.|!} {Одобрение|Первый займ} {99%|под 0%|бесплатно}{.|} ⟨url⟩",
            "{Заработок|Работа} {в интернете|на дому|без вложений} {от|до} {3000|5000|10000} {рублей|руб} в день{!|.} {Пиши|Пишите} в {телеграм|Telegram}: ⟨contact⟩",
        ],
        "seo_webdesign": [
            "{Прогон|Продвижение|Раскрутка} {сайта|сайтов} {хрумером|по базам|в поисковиках}{.|,} {Выведу|Вывод} {в топ|в ТОП-10} {Яндекса|Google} {за|в течение} {месяц|2 недели}{.|!} {Пишите|Телеграм}: ⟨contact⟩",
            "{Создание|Разработка} {сайтов|интернет-магазинов|лендингов} {под ключ|недорого|быстро}{.|!} ⟨url⟩",
        ],
        "essay_degree": [
            "{Купить|Куплю|Где купить} {диплом|аттестат|удостоверение} {о высшем образовании|ВУЗа|колледжа|техникума} {недорого|с занесением в реестр|с доставкой}{.|!} ⟨url⟩",
        ],
        "pharma": [
            "{Купить|Заказать} {виагру|сиалис|дженерики|препараты для похудения} {с доставкой|без рецепта|недорого} {по всей России|в Москве|анонимно}{.|} ⟨url⟩",
        ],
        "adult": [
            "{Знакомства|Сайт знакомств|Интим знакомства} {для взрослых|в твоём городе|без регистрации|без обязательств}{.|!} ⟨url⟩",
        ],
        "counterfeit": [
            "{Реплики|Копии} {брендовых|люксовых} {часов|сумок|кроссовок} {высокого качества|1:1|со скидкой}{.|!} ⟨url⟩",
        ],
        "on_topic_link": [
            "{Интересно|Полезно} про ⟨kw⟩{.|!} {У нас|У меня} {тоже|} есть {статья|обзор} на эту тему: ⟨url⟩",
        ],
    },
    "pt": {
        "generic_praise": [
            "{Ótimo|Excelente|Muito bom|Show de} {artigo|post|conteúdo}{, parabéns|! Parabéns} {pelo|pelo excelente} {trabalho|conteúdo|blog}{!|.}",
            "{Adorei|Gostei muito do|Amei o} {seu|teu|este} {blog|site|post}, {já|} {salvei|adicionei} {nos favoritos|aos favoritos}{.|!}",
            "{Obrigado|Obrigada|Valeu} {pelas|por essas} {informações|dicas}{, me ajudou muito|! Muito útil}{.|!|}",
        ],
        "link_tail": [
            "{Visite|Conheça} {também|} {meu|nosso} {site|blog}: ⟨url⟩",
            "{Veja mais|Saiba mais}: ⟨url⟩",
        ],
        "casino": [
            "{Cassino online|Apostas esportivas|Jogo do tigrinho|Slots|Aviator} {com|e} {bônus de boas-vindas|rodadas grátis|saque rápido via PIX|bônus sem depósito}{.|!} {Cadastre-se|Jogue agora|Acesse}: ⟨url⟩",
            "{Melhores|Top} {casas de apostas|sites de apostas|plataformas} {do Brasil|2025|confiáveis} {com|e} {PIX|saque na hora}{.|} ⟨url⟩",
        ],
        "finance": [
            "{Empréstimo|Crédito} {consignado|pessoal|para negativados|FGTS} {com|e} {aprovação imediata|dinheiro na conta em 24h|sem consulta ao SPC/Serasa}{.|!} {Chame no|Fale no} WhatsApp: ⟨contact⟩",
            "{Renda extra|Ganhe dinheiro} {trabalhando em casa|pelo celular|na internet}: {R$ |}{200|300|500} por dia{!|.} ⟨url⟩",
        ],
        "pharma": [
            "{Emagreça|Perca} {até|} {10|15|20} kg em {30 dias|1 mês} {com|usando} {⟨supp⟩|cápsulas naturais|chá detox}{!|.} {Site oficial|Compre aqui}: ⟨url⟩",
        ],
        "seo_webdesign": [
            "{Criação de sites|Agência de marketing digital|SEO para empresas|Tráfego pago} {em|para} {São Paulo|Rio de Janeiro|Belo Horizonte|todo o Brasil}{.|!} {Orçamento grátis|Fale conosco}: ⟨url⟩",
            "{Comprar seguidores|Seguidores brasileiros|Curtidas reais} {no Instagram|no TikTok} {barato|com entrega imediata}{.|!} ⟨url⟩",
        ],
        "counterfeit": [
            "{Réplicas|Relógios|Bolsas} {de grife|premium|primeira linha} {com|e} {preço de fábrica|frete grátis}{.|!} ⟨url⟩",
        ],
        "on_topic_link": [
            "{Muito bom|Interessante} {esse|este} {post|texto} sobre ⟨kw⟩{.|!} {Escrevi|Publicamos} {algo|um artigo} {parecido|sobre isso} {aqui|no blog}: ⟨url⟩",
        ],
    },
    "es": {
        "generic_praise": [
            "{Excelente|Muy buen|Gran} {artículo|post|aporte}{, muchas gracias|! Gracias} por {compartir|la información}{.|!}",
            "{Me encantó|Me gustó mucho} {tu|este} {blog|artículo}{, lo|. Lo} {guardo|agrego} {en favoritos|a mis favoritos}{.|!}",
            "{Muy|Súper} {interesante|útil|completo}{,|.} {seguiré|voy a seguir} {leyendo|visitando} {tu|el} {blog|sitio}{.|!|}",
        ],
        "link_tail": [
            "{Visita|Te invito a visitar} {mi|nuestra} {web|página|blog}: ⟨url⟩",
            "{Más información|Más info}: ⟨url⟩",
        ],
        "casino": [
            "{Casino en línea|Casino online|Apuestas deportivas} {con|y} {bono de bienvenida|giros gratis|retiros rápidos}{.|!} {Regístrate|Juega} {ahora|hoy}: ⟨url⟩",
        ],
        "finance": [
            "{Préstamos|Créditos} {rápidos|personales|sin buró|online} {en|en solo} {10 minutos|24 horas}{,|.} {sin aval|aprobación inmediata|aunque estés en ASNEF}{.|!} ⟨url⟩",
            "{Gana|Genera} {dinero|ingresos} {desde casa|con tu celular|por internet} {hasta|} {$100|$200|500€} {al día|diarios}{.|!} {Escríbeme|WhatsApp}: ⟨contact⟩",
        ],
        "pharma": [
            "{Pastillas para adelgazar|Gotas para bajar de peso|⟨supp⟩} {que sí funcionan|100% naturales}{.|!} {Baja|Pierde} {hasta|} 10 kilos en un mes{.|!} ⟨url⟩",
        ],
        "seo_webdesign": [
            "{Posicionamiento web|Agencia SEO|Diseño de páginas web} {en|para} {Madrid|Barcelona|CDMX|Bogotá|Lima|Buenos Aires}{.|!} {Presupuesto sin compromiso|Contáctanos}: ⟨url⟩",
            "{Comprar seguidores|Seguidores reales|Likes} {en Instagram|en TikTok} {baratos|al instante}{.|} ⟨url⟩",
        ],
        "adult": [
            "{Chicas|Mujeres|Solteras} {cerca de ti|en tu ciudad} {buscan|quieren} {conocerte|chatear}{.|!} ⟨url⟩",
        ],
        "on_topic_link": [
            "{Buen|Excelente} {artículo|post} sobre ⟨kw⟩{.|!} {Nosotros|Yo} {también|} {escribimos|escribí} sobre ⟨kw⟩ {aquí|en nuestro blog}: ⟨url⟩",
        ],
    },
    "fr": {
        "generic_praise": [
            "{Très bon|Excellent|Super} {article|billet|post}{, merci|! Merci} pour {le partage|ces informations}{.|!}",
            "{J'adore|J'apprécie beaucoup} {votre|ton} {blog|site}{, je|. Je} {l'ajoute|le mets} {à mes favoris|en favori}{.|!}",
        ],
        "link_tail": [
            "{Visitez|Découvrez} {aussi|également} {mon|notre} {site|blog}: ⟨url⟩",
            "{Plus d'infos|En savoir plus} : ⟨url⟩",
        ],
        "casino": [
            "{Casino en ligne|Meilleur casino en ligne|Paris sportifs} {fiable|légal|en France} {avec|:} {bonus de bienvenue|tours gratuits|retrait rapide}{.|!} ⟨url⟩",
            "{Voyance|Voyance gratuite|Voyance par téléphone|Voyance sérieuse} {en ligne|par tchat|sans CB} {avec|:} {des voyants|un médium} {sérieux|reconnus|de confiance}{.|!} ⟨url⟩",
        ],
        "finance": [
            "{Rachat de crédit|Prêt personnel|Crédit rapide} {sans justificatif|même fiché BDF|réponse immédiate}{.|!} {Simulation gratuite|Faites une simulation}: ⟨url⟩",
        ],
        "seo_webdesign": [
            "{Référencement naturel|Agence SEO|Création de site internet} {à|pour} {Paris|Lyon|Lille|toute la France}{.|!} ⟨url⟩",
            "{Plombier|Serrurier|Déménageur|Électricien} {pas cher|urgence|24h/24} {à|sur} {Paris|Lyon|Marseille|Toulouse|Bordeaux|Nice}{.|!} {Devis gratuit|Appelez}: ⟨url⟩",
        ],
        "pharma": [
            "{Acheter|Commander} {viagra|cialis|kamagra} {sans ordonnance|en ligne|pas cher} {en France|livraison rapide}{.|} ⟨url⟩",
        ],
        "on_topic_link": [
            "{Article intéressant|Très bon article} sur ⟨kw⟩{.|!} {J'ai|Nous avons} {écrit|publié} {un guide|un article} sur le sujet : ⟨url⟩",
        ],
    },
    "de": {
        "generic_praise": [
            "{Toller|Sehr guter|Super|Klasse} {Beitrag|Artikel|Blog}{, danke|! Danke} {fürs Teilen|für die Infos|für die Mühe}{.|!}",
            "{Ich|Wir} {finde|finden} {deinen|Ihren} {Blog|Artikel} {echt|wirklich|sehr} {klasse|hilfreich|interessant}{, habe|. Habe} {ihn|} {gleich|direkt} {gebookmarkt|in meine Favoriten gespeichert}{.|!}",
        ],
        "link_tail": [
            "{Schaut|Schau} {auch mal|gern} {auf|bei} {meiner|unserer} {Seite|Webseite} vorbei: ⟨url⟩",
            "{Mehr Infos|Mehr dazu}: ⟨url⟩",
        ],
        "finance": [
            "{Kredit|Sofortkredit|Privatkredit} {ohne Schufa|trotz negativer Schufa|ohne Einkommensnachweis} {in 24 Stunden|sofort aufs Konto|bis 5.000 Euro}{.|!} ⟨url⟩",
        ],
        "casino": [
            "{Online Casino|Online Casinos} {ohne Limit|ohne OASIS|mit Echtgeld|mit Bonus ohne Einzahlung} {– jetzt|!} {spielen|testen}: ⟨url⟩",
        ],
        "essay_degree": [
            "{Führerschein|Deutschen Führerschein|MPU Gutachten} {kaufen|ohne Prüfung} {– registriert|, legal|, schnell}{.|!} {Kontakt|WhatsApp}: ⟨contact⟩",
            "{Bachelorarbeit|Hausarbeit|Masterarbeit} {schreiben lassen|Ghostwriter} {– diskret|, schnell|, plagiatsfrei}{.|} ⟨url⟩",
        ],
        "seo_webdesign": [
            "{Schlüsseldienst|Umzugsfirma|Entrümpelung|Gebäudereinigung|Schädlingsbekämpfung} {in|für} {Berlin|Hamburg|München|Köln|Frankfurt|Stuttgart}{ – | - |: }{günstig|24h Notdienst|Festpreis}{.|!} ⟨url⟩",
            "{SEO Agentur|Suchmaschinenoptimierung|Webdesign Agentur} {in|aus} {Berlin|Hamburg|München|Wien|Zürich}{.|!} {Jetzt|Kostenlos} {anfragen|beraten lassen}: ⟨url⟩",
        ],
        "pharma": [
            "{Potenzmittel|Viagra|Cialis} {rezeptfrei|ohne Rezept} {kaufen|bestellen} {– diskreter Versand|in Deutschland}{.|} ⟨url⟩",
        ],
        "on_topic_link": [
            "{Spannender|Guter} Artikel über ⟨kw⟩{.|!} {Wir|Ich} {haben|habe} {dazu|zum Thema} {auch|} {einen Ratgeber|einen Beitrag} {geschrieben|veröffentlicht}: ⟨url⟩",
        ],
    },
    "ja": {
        "generic_praise": [
            "{とても|すごく|大変}{参考になりました|勉強になりました|良い記事ですね}{！|。}{ありがとうございます|また来ます|ブックマークしました}{！|。|}"
        ],
        "link_tail": ["{私の|当}{サイト|ブログ}{も|は}{こちら|どうぞ}：⟨url⟩"],
        "counterfeit": [
            "{スーパーコピー|ブランドコピー|N級品}{時計|バッグ|財布}{通販|専門店}、{高品質|激安|最高級}{！|。}⟨url⟩"
        ],
        "casino": [
            "{オンラインカジノ|ネットカジノ}{で|なら}{入金不要ボーナス|登録ボーナス}{プレゼント|もらえる}{！|。}⟨url⟩"
        ],
        "finance": [
            "{副業|在宅ワーク}{で|なら}{月収|月}{30万|50万|100万}{円|}{！|。}{スマホ|スマホ1台で}{簡単|OK}{。|！}⟨url⟩"
        ],
        "adult": [
            "{出会い系|マッチングアプリ}{で|なら}{今すぐ|すぐに}{出会える|彼女ができる}{！|。}⟨url⟩"
        ],
    },
    "ko": {
        "generic_praise": ["{좋은|유익한} {글|정보} {감사합니다|잘 보고 갑니다}{!|.|~}"],
        "link_tail": ["{제|저희} {블로그|사이트}{도|} {방문해 주세요|놀러오세요}: ⟨url⟩"],
        "casino": [
            "{먹튀검증|토토사이트|안전놀이터|메이저사이트} {추천|순위|커뮤니티}{,|} {검증된|안전한} {곳만|사이트만} {소개합니다|모았습니다}{.|!} ⟨url⟩",
            "{카지노사이트|바카라사이트|온라인카지노|슬롯사이트} {추천|가입머니|첫충 보너스} ⟨url⟩",
        ],
        "finance": [
            "{무직자|신용불량자|소액|비상금} 대출 {당일|즉시} {승인|입금}{.|!} {카톡|텔레그램}: ⟨contact⟩"
        ],
    },
    "vi": {
        "generic_praise": [
            "{Bài viết|Bài} {rất hay|rất hữu ích|tuyệt vời}{,|.} cảm ơn {bạn|tác giả} đã chia sẻ{!|.}"
        ],
        "link_tail": ["{Ghé thăm|Tham khảo} {website|trang} {của mình|của chúng tôi}: ⟨url⟩"],
        "casino": [
            "{Nhà cái uy tín|Cá cược bóng đá|Casino trực tuyến|Game bài đổi thưởng} {số 1 Việt Nam|hàng đầu|2025}{,|.} {nạp rút nhanh|khuyến mãi 100%|thưởng nạp đầu}{.|!} ⟨url⟩"
        ],
        "finance": [
            "{Vay tiền nhanh|Vay tiền online|Vay tín chấp} {không cần thế chấp|chỉ cần CCCD|giải ngân trong 15 phút}{.|!} ⟨url⟩"
        ],
        "seo_webdesign": [
            "{Dịch vụ SEO|Thiết kế website|Dịch vụ backlink} {uy tín|giá rẻ|chuyên nghiệp} {tại|ở} {Hà Nội|TP.HCM|Đà Nẵng}{.|} ⟨url⟩"
        ],
    },
    "id": {
        "generic_praise": [
            "{Artikel|Tulisan} yang {sangat|} {bagus|bermanfaat|menarik}{,|.} terima kasih {sudah|telah} berbagi{!|.}"
        ],
        "link_tail": ["{Kunjungi|Mampir ke} {juga|} {situs|blog} {saya|kami}: ⟨url⟩"],
        "casino": [
            "{Situs slot gacor|Slot gacor hari ini|Judi online|Agen slot|Bandar bola} {terpercaya|resmi|terbaik} {gampang maxwin|deposit 10rb|via dana|anti rungkad}{.|!} {Daftar sekarang|Link alternatif}: ⟨url⟩",
            "{Togel online|Togel hongkong|Togel singapore} {bet 100 perak|diskon terbesar|hadiah 4D terbesar}{,|.} {daftar|login} {di|:} ⟨url⟩",
        ],
        "finance": [
            "{Pinjaman online|Pinjol|Dana tunai} {cepat cair|tanpa jaminan|bunga rendah} {langsung cair|hanya dengan KTP}{.|} {WA|WhatsApp}: ⟨contact⟩"
        ],
    },
    "it": {
        "generic_praise": [
            "{Ottimo|Bellissimo|Interessante} {articolo|post}{, grazie|! Grazie} per {la condivisione|le informazioni}{.|!}"
        ],
        "link_tail": ["{Visita|Passa} {anche|} {il mio|il nostro} {sito|blog}: ⟨url⟩"],
        "casino": [
            "{Casinò online|Scommesse sportive} {AAMS|legali|con bonus senza deposito}{.|!} ⟨url⟩"
        ],
        "finance": [
            "{Prestiti|Finanziamenti} {per cattivi pagatori|senza busta paga|veloci} {in 24 ore|online}{.|} ⟨url⟩"
        ],
    },
    "pl": {
        "generic_praise": [
            "{Świetny|Bardzo dobry|Ciekawy} {artykuł|wpis}{, dzięki|! Dzięki} za {informacje|podzielenie się}{.|!}"
        ],
        "link_tail": ["{Zapraszam|Zapraszamy} {też|również} na {moją|naszą} stronę: ⟨url⟩"],
        "casino": [
            "{Kasyno online|Najlepsze kasyno internetowe|Zakłady bukmacherskie} {z bonusem bez depozytu|w Polsce|na prawdziwe pieniądze}{.|!} ⟨url⟩"
        ],
        "finance": [
            "{Pożyczki|Chwilówki|Kredyt} {bez BIK|online|na dowód} {w 15 minut|od ręki}{.|!} ⟨url⟩"
        ],
        "seo_webdesign": [
            "{Pozycjonowanie stron|Tworzenie stron www|Agencja SEO} {Warszawa|Kraków|Wrocław|Poznań}{.|} ⟨url⟩"
        ],
    },
    "tr": {
        "generic_praise": [
            "{Çok|Gerçekten} {güzel|faydalı} bir {yazı|makale} olmuş{,|.} {teşekkürler|elinize sağlık}{!|.}"
        ],
        "link_tail": ["{Sitemize|Siteme} {de|} {bekleriz|göz atın}: ⟨url⟩"],
        "casino": [
            "{Deneme bonusu veren siteler|Bahis siteleri|Casino siteleri|Canlı bahis} {2025|güncel liste|en güvenilir}{.|!} ⟨url⟩"
        ],
        "seo_webdesign": [
            "{İstanbul|Ankara|İzmir} {evden eve nakliyat|su kaçağı tespiti|kombi servisi} {uygun fiyat|7/24}{.|} ⟨url⟩"
        ],
    },
    "ar": {
        "generic_praise": [
            "{مقال|موضوع} {رائع|مفيد جدا|ممتاز}{،|} {شكرا|شكراً لك} {على|علي} {المشاركة|المعلومات}"
        ],
        "link_tail": ["{زوروا|تفضل بزيارة} {موقعنا|موقعي}: ⟨url⟩"],
        "seo_webdesign": [
            "{شركة نقل عفش|شركة تنظيف منازل|شركة مكافحة حشرات|شركة كشف تسربات} {بالرياض|بجدة|بالدمام|بمكة|بالكويت|بدبي} {بأفضل الأسعار|خصم 30%}{.|} ⟨url⟩"
        ],
        "casino": ["{كازينو اون لاين|مواقع المراهنات} {موثوق|للعرب|بمكافأة ترحيبية} ⟨url⟩"],
    },
    "th": {
        "generic_praise": ["{บทความ|เนื้อหา}{ดีมาก|มีประโยชน์มาก}{ครับ|ค่ะ} {ขอบคุณ|ขอบคุณที่แบ่งปัน}{ครับ|ค่ะ}"],
        "link_tail": ["{เว็บ|เว็บไซต์}{ของเรา|ผม}: ⟨url⟩"],
        "casino": [
            "{สล็อต|สล็อตออนไลน์|บาคาร่า|แทงบอล} {เว็บตรง|ไม่ผ่านเอเย่นต์|แตกง่าย} {ฝากถอนไม่มีขั้นต่ำ|ฝาก 1 บาท|ออโต้} {สมัครเลย|ทดลองเล่นฟรี} ⟨url⟩"
        ],
    },
    "nl": {
        "generic_praise": [
            "{Mooi|Goed|Interessant} {artikel|stuk}{, bedankt|! Bedankt} voor het delen{.|!}"
        ],
        "link_tail": ["{Kijk ook eens op|Bezoek} {mijn|onze} {site|website}: ⟨url⟩"],
        "casino": [
            "{Online casino|Beste online casino} {Nederland|met iDEAL|zonder CRUKS}{.|} ⟨url⟩"
        ],
        "finance": ["{Snel geld lenen|Lening} {zonder BKR|binnen 24 uur}{.|} ⟨url⟩"],
    },
}

LANG_DOMAIN: dict[str, tuple[list[str], list[tuple[str, float]]]] = {
    "zh": (
        [
            "yule",
            "caipiao",
            "daikuan",
            "fapiao",
            "bocai",
            "888",
            "668",
            "vip",
            "huangguan",
            "tiyu",
            "zhibo",
            "cp",
            "bet",
            "app",
        ],
        [(".com", 5), (".cc", 3), (".vip", 2), (".top", 2), (".net", 2), (".cn", 2), (".xyz", 1)],
    ),
    "ru": (
        [
            "kazino",
            "zaim",
            "kredit",
            "stavki",
            "dengi",
            "online",
            "bonus",
            "igra",
            "diplom",
            "seo",
            "prognoz",
            "vulkan",
            "zerkalo",
        ],
        [(".ru", 6), (".su", 1), (".com", 3), (".online", 2), (".xyz", 1), (".top", 1)],
    ),
    "pt": (
        [
            "cassino",
            "apostas",
            "emprestimo",
            "bonus",
            "dinheiro",
            "facil",
            "credito",
            "renda",
            "bet",
            "pix",
            "seguidores",
        ],
        [(".com.br", 5), (".com", 3), (".online", 1), (".bet.br", 1), (".net", 1)],
    ),
    "es": (
        [
            "casino",
            "apuestas",
            "prestamos",
            "dinero",
            "rapido",
            "credito",
            "seguidores",
            "seo",
            "web",
        ],
        [(".es", 3), (".com", 4), (".mx", 2), (".co", 1), (".com.ar", 1), (".online", 1)],
    ),
    "fr": (
        [
            "casino",
            "voyance",
            "credit",
            "pret",
            "plombier",
            "serrurier",
            "seo",
            "pascher",
            "paris",
            "sante",
        ],
        [(".fr", 5), (".com", 3), (".net", 1), (".eu", 1)],
    ),
    "de": (
        [
            "kredit",
            "casino",
            "schluesseldienst",
            "umzug",
            "seo",
            "fuehrerschein",
            "potenz",
            "berlin",
            "hamburg",
            "muenchen",
        ],
        [(".de", 6), (".com", 2), (".at", 1), (".ch", 1), (".info", 1)],
    ),
    "ja": (
        ["copy", "brand", "super", "casino", "fukugyo", "deai", "jp", "tokei", "bag"],
        [(".jp", 3), (".com", 3), (".net", 2), (".xyz", 1)],
    ),
    "ko": (
        ["toto", "casino", "meoktwi", "safe", "major", "baccarat", "daechul", "slot"],
        [(".com", 4), (".net", 2), (".kr", 1), (".xyz", 2), (".top", 1)],
    ),
    "vi": (
        ["nhacai", "cacuoc", "vaytien", "seo", "uytin", "casino", "gamebai"],
        [(".com", 3), (".vn", 3), (".net", 1), (".info", 1)],
    ),
    "id": (
        ["slot", "gacor", "judi", "togel", "maxwin", "bola", "pinjol", "dana", "88", "toto"],
        [(".com", 3), (".xyz", 2), (".id", 1), (".site", 1), (".net", 1), (".online", 1)],
    ),
    "it": (["casino", "scommesse", "prestiti", "bonus", "soldi"], [(".it", 4), (".com", 2)]),
    "pl": (
        ["kasyno", "pozyczki", "chwilowki", "seo", "strony", "bonus"],
        [(".pl", 5), (".com", 1), (".com.pl", 1)],
    ),
    "tr": (
        ["bahis", "deneme", "bonus", "casino", "nakliyat", "giris"],
        [(".com", 4), (".net", 2), (".xyz", 1), (".com.tr", 1)],
    ),
    "ar": (
        ["naql", "afsh", "tanzif", "riyadh", "jeddah", "casino"],
        [(".com", 4), (".net", 2), (".sa", 1)],
    ),
    "th": (
        ["slot", "baccarat", "ufa", "pg", "bet", "auto"],
        [(".com", 3), (".net", 1), (".co", 1), (".bet", 1)],
    ),
    "nl": (["casino", "lenen", "geld", "snel", "bonus"], [(".nl", 4), (".com", 2)]),
}

LANG_NAMES: dict[str, list[str]] = {
    "zh": [
        "王伟",
        "李娜",
        "张敏",
        "刘洋",
        "陈静",
        "杨帆",
        "小李",
        "阿强",
        "客服小美",
        "娱乐城客服",
        "贷款专员",
        "发票代开",
        "网站优化",
        "dsfdhh",
        "wang88",
    ],
    "ru": [
        "Андрей",
        "Сергей Иванов",
        "Ольга",
        "Дмитрий",
        "Наталья",
        "Алексей Смирнов",
        "Kazino Online",
        "Займы",
        "Виктор",
        "Mikhail",
        "IgorLex",
        "Prognoz24",
    ],
    "pt": [
        "João Silva",
        "Maria Souza",
        "Ana Paula",
        "Carlos Eduardo",
        "Lucas Oliveira",
        "Fernanda",
        "Cassino Online",
        "Empréstimo Fácil",
        "Bruna",
        "Rafael",
    ],
    "es": [
        "Juan Pérez",
        "María García",
        "Carlos",
        "Lucía",
        "José Martínez",
        "Préstamos Rápidos",
        "Casino Online",
        "Ana",
        "Miguel Ángel",
        "Sofía",
    ],
    "fr": [
        "Jean Dupont",
        "Marie",
        "Pierre Martin",
        "Sophie",
        "Voyance Gratuite",
        "Plombier Paris",
        "Nicolas",
        "Camille Bernard",
        "Julien",
    ],
    "de": [
        "Thomas Müller",
        "Anna",
        "Michael Schmidt",
        "Julia",
        "Schlüsseldienst",
        "Kredit ohne Schufa",
        "Stefan",
        "Sabine Weber",
        "Lukas",
    ],
    "ja": [
        "田中",
        "佐藤美咲",
        "スーパーコピー",
        "ブランドコピー",
        "鈴木",
        "高橋",
        "yuki",
        "カジノ",
    ],
    "ko": ["김민수", "이지은", "토토사이트", "먹튀검증", "박서준", "카지노사이트", "최유리"],
    "vi": [
        "Nguyễn Văn An",
        "Trần Thị Mai",
        "Nhà cái uy tín",
        "Lê Minh",
        "Phạm Hùng",
        "Vay tiền nhanh",
    ],
    "id": [
        "Budi Santoso",
        "Siti Rahma",
        "slot gacor",
        "Agus",
        "Dewi",
        "situs slot",
        "Judi Online",
        "Rizky",
    ],
    "it": ["Marco Rossi", "Giulia", "Luca Bianchi", "Francesca", "Casinò Online"],
    "pl": ["Jan Kowalski", "Anna Nowak", "Piotr", "Kasyno Online", "Pożyczki"],
    "tr": ["Ahmet Yılmaz", "Ayşe", "Mehmet", "Deneme Bonusu", "Bahis Siteleri"],
    "ar": ["محمد", "أحمد علي", "شركة نقل عفش", "فاطمة", "شركة تنظيف"],
    "th": ["สมชาย", "สล็อต", "บาคาร่า", "นภา", "แทงบอล"],
    "nl": ["Jan de Vries", "Sanne", "Online Casino", "Pieter", "Lenen"],
}


def local_contact(rng: random.Random, lang: str) -> str:
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    handle = make_handle(rng).replace(" ", "").lower()
    if lang == "zh":
        return pick(
            rng,
            [
                ("微信：" + rng.choice(["", "wx", "vx", "v"]) + handle, 4),
                ("QQ：" + str(rng.randint(10000, 3999999999)), 3),
                ("加V：" + handle, 2),
                ("电话：1" + rng.choice(["3", "5", "8"]) + digits(9), 2),
                ("飞机：@" + handle, 1),
                ("TG：@" + handle, 1),
                ("Q" + str(rng.randint(100000, 999999999)), 1),
            ],
        )
    if lang == "ru":
        return pick(
            rng,
            [
                ("@" + handle, 3),
                ("телеграм @" + handle, 2),
                ("+7 9" + digits(2) + " " + digits(3) + "-" + digits(2) + "-" + digits(2), 2),
                ("8-800-" + digits(3) + "-" + digits(2) + "-" + digits(2), 1),
                (handle + "@mail.ru", 1),
            ],
        )
    if lang == "pt":
        return "+55 " + str(rng.randint(11, 99)) + " 9" + digits(4) + "-" + digits(4)
    if lang == "es":
        return pick(
            rng,
            [
                ("+34 6" + digits(2) + " " + digits(3) + " " + digits(3), 1),
                ("+52 55 " + digits(4) + " " + digits(4), 1),
                ("+57 3" + digits(2) + " " + digits(7), 1),
                (handle + "@gmail.com", 1),
            ],
        )
    if lang == "de":
        return pick(
            rng,
            [
                ("+49 15" + digits(1) + " " + digits(8), 1),
                (handle + "@gmx.de", 1),
                ("WhatsApp +44 7" + digits(9), 1),
            ],
        )
    if lang == "ko":
        return pick(
            rng,
            [
                ("카톡 " + handle, 1),
                ("텔레그램 @" + handle, 1),
                ("010-" + digits(4) + "-" + digits(4), 1),
            ],
        )
    if lang == "id":
        return "+62 8" + digits(2) + "-" + digits(4) + "-" + digits(4)
    if lang == "vi":
        return "Zalo 09" + digits(8)
    return "+" + str(rng.randint(1, 99)) + " " + digits(3) + " " + digits(3) + " " + digits(4)


def intl_contact(rng: random.Random) -> str:
    """WhatsApp / Telegram / e-mail contact for English spam."""
    handle = make_handle(rng).replace(" ", "").lower()
    r = rng.random()
    if r < 0.3:
        return (
            "+"
            + rng.choice(["1", "44", "234", "91", "27", "61", "971", "63"])
            + " "
            + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(9, 11)))
        )
    if r < 0.5:
        return "@" + handle
    if r < 0.6:
        return (
            "WhatsApp: +1 ("
            + str(rng.randint(201, 989))
            + ") "
            + str(rng.randint(200, 999))
            + "-"
            + str(rng.randint(1000, 9999))
        )
    if r < 0.7:
        return "Telegram: @" + handle
    return make_email(rng, make_person(rng)) or (handle + "@gmail.com")


# ---------------------------------------------------------------------------
# text mangling helpers: typos, casing, obfuscation, URL defanging
# ---------------------------------------------------------------------------
_KEYBOARD_NEIGHBORS = {
    "a": "sqz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "y": "tu",
}
_URLISH = re.compile(r"(://|www\.|href|\.com|\.net|\.org|@|\[/?url|</?\w)")


def _typo_word(w: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(w) - 1)
    kind = rng.randrange(4)
    if kind == 0:  # swap
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    if kind == 1:  # drop
        return w[:i] + w[i + 1 :]
    if kind == 2:  # double
        return w[:i] + w[i] + w[i:]
    near = _KEYBOARD_NEIGHBORS.get(w[i].lower())
    return w[:i] + (rng.choice(near) if near else w[i]) + w[i + 1 :]


def add_typos(text: str, rng: random.Random, n: int) -> str:
    tokens = re.split(r"(\s+)", text)
    idx = [i for i, t in enumerate(tokens) if t.isalpha() and len(t) >= 4 and t.isascii()]
    for i in rng.sample(idx, min(n, len(idx))):
        tokens[i] = _typo_word(tokens[i], rng)
    return "".join(tokens)


def _lower_keep_urls(text: str) -> str:
    return "".join(t if _URLISH.search(t) else t.lower() for t in re.split(r"(\s+)", text))


def roughen(text: str, rng: random.Random, p: float = 1.0, latin: bool = True) -> str:
    """Surface noise of the kind bots and careless humans produce."""
    if latin and chance(rng, 0.10 * p):
        text = add_typos(text, rng, rng.randint(1, 3))
    x = rng.random()
    if latin and x < 0.09 * p:
        text = _lower_keep_urls(text)
    elif latin and x < 0.11 * p and len(text) < 140 and "<" not in text:
        text = text.upper()
    if chance(rng, 0.05 * p):
        text = text.replace(". ", ".  ")
    if chance(rng, 0.05 * p):
        text = text.rstrip(".!")
    if chance(rng, 0.04 * p):
        text = text.replace(", ", " , ")
    if chance(rng, 0.04 * p):
        text = text.rstrip() + rng.choice(
            ["!!!", " !!", "...", " :)", " ))", " lol", " 👍", "!!1", " 😊"]
        )
    if chance(rng, 0.03 * p) and "<a" not in text:
        text = text.replace("'", "’")
    if chance(rng, 0.03 * p):
        text = text.replace("!", "！") if not latin else text.replace("  ", " ")
    if chance(rng, 0.03 * p):
        text = rng.choice(["\n", " ", "\n\n", "\t"]) + text + rng.choice(["\n", " ", ""])
    return text


# obfuscation -----------------------------------------------------------------
OBF_TRIGGERS = re.compile(
    r"\b(viagra|cialis|levitra|sildenafil|tadalafil|kamagra|vardenafil|tramadol|xanax|valium|ambien|phentermine|"
    r"pharmacy|pills?|tablets|prescription|casinos?|slots?|poker|betting|bets?|jackpot|bonus|spins|roulette|baccarat|"
    r"blackjack|loans?|payday|cash|bitcoin|btc|crypto|forex|dating|singles|cams|escort|keto|cbd|hemp|money|"
    r"generic|cheap|free|online|win|won|deposit|credit|diet|weight|replica|rolex|jerseys)\b",
    re.I,
)

_LEET = {
    "a": ["4", "@"],
    "e": ["3"],
    "i": ["1", "!", "l"],
    "o": ["0"],
    "s": ["5", "$"],
    "t": ["7"],
    "g": ["9"],
    "l": ["1"],
    "b": ["8"],
}
_HOMO = {
    "a": ["а", "α"],
    "c": ["с"],
    "e": ["е", "ε"],
    "i": ["і", "ι"],
    "o": ["о", "ο"],
    "p": ["р", "ρ"],
    "x": ["х", "χ"],
    "y": ["у"],
    "s": ["ѕ"],
    "k": ["κ"],
    "A": ["А", "Α"],
    "B": ["В", "Β"],
    "C": ["С"],
    "E": ["Е", "Ε"],
    "H": ["Н", "Η"],
    "K": ["К", "Κ"],
    "M": ["М", "Μ"],
    "O": ["О", "Ο"],
    "P": ["Р", "Ρ"],
    "T": ["Т", "Τ"],
    "X": ["Х", "Χ"],
    "V": ["Ѵ"],
}
_INVISIBLE = ["\u200b", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _obf_word(w: str, rng: random.Random, method: str) -> str:
    if len(w) < 2:
        return w
    chars = list(w)
    if method == "leet":
        idx = [i for i, c in enumerate(chars) if c.lower() in _LEET]
        for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
            chars[i] = rng.choice(_LEET[chars[i].lower()])
        return "".join(chars)
    if method == "spaced":
        sep = pick(rng, [(" ", 5), (".", 2), ("-", 2), ("_", 1), ("  ", 1), ("*", 1)])
        out = sep.join(chars)
        return out.upper() if chance(rng, 0.4) else out
    if method == "homoglyph":
        idx = [i for i, c in enumerate(chars) if c in _HOMO]
        for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
            chars[i] = rng.choice(_HOMO[chars[i]])
        return "".join(chars)
    if method == "invisible":
        for _ in range(rng.randint(1, 3)):
            pos = rng.randrange(1, len(chars))
            chars.insert(pos, rng.choice(_INVISIBLE))
        return "".join(chars)
    if method == "shy":
        pos = rng.randrange(1, len(chars))
        chars.insert(pos, "\u00ad")
        if len(chars) > 4 and chance(rng, 0.5):
            chars.insert(rng.randrange(1, len(chars)), "\u00ad")
        return "".join(chars)
    if method == "entity":
        idx = rng.sample(range(len(chars)), min(len(chars), rng.randint(1, 3)))
        for i in idx:
            chars[i] = (
                ("&#" + str(ord(chars[i])) + ";")
                if chance(rng, 0.6)
                else ("&#x" + format(ord(chars[i]), "x") + ";")
            )
        return "".join(chars)
    if method == "symbol":
        i = rng.randrange(1, len(chars) - 1) if len(chars) > 2 else 1
        chars[i] = rng.choice(["*", "@", ".", "-", "#", "_", "!"])
        return "".join(chars)
    if method == "case":
        return "".join(c.upper() if k % 2 else c.lower() for k, c in enumerate(chars))
    if method == "double":
        i = rng.randrange(len(chars))
        chars.insert(i, chars[i])
        return "".join(chars)
    return w


OBF_METHODS = [
    ("leet", 5),
    ("spaced", 4),
    ("homoglyph", 5),
    ("invisible", 4),
    ("shy", 2),
    ("entity", 3),
    ("symbol", 3),
    ("case", 1),
    ("double", 1),
]


def defang_url(url: str, rng: random.Random) -> str:
    r = rng.random()
    bare = re.sub(r"^https?://", "", url)
    if r < 0.25:
        return re.sub(r"^http", "hxxp", url) if url.startswith("http") else "hxxp://" + url
    if r < 0.45:
        return bare.replace(".", "[.]", 1 if chance(rng, 0.5) else 5)
    if r < 0.65:
        host = bare.split("/")[0]
        return host.replace(".", rng.choice([" dot ", " (dot) ", " [dot] ", " DOT ", " . "]))
    if r < 0.75:
        host = bare.split("/")[0]
        return " ".join(host)
    if r < 0.85:
        return bare.replace(".", "(.)")
    return "h t t p : / / " + bare.split("/")[0]


def obfuscate(text: str, rng: random.Random) -> str:
    """Obfuscate trigger words (never inside URLs/markup) and defang URLs."""
    methods = [pick(rng, OBF_METHODS) for _ in range(rng.randint(1, 2))]
    p_word = rng.uniform(0.5, 1.0)
    tokens = re.split(r"(\s+)", text)
    out = []
    for tok in tokens:
        if not tok or tok.isspace():
            out.append(tok)
            continue
        if _URLISH.search(tok):
            m = re.search(
                r"(https?://\S+|www\.\S+|\b[\w-]+\.(?:com|net|org|info|biz|xyz|top|ru|online|shop|site|co)\b\S*)",
                tok,
            )
            if m and "href" not in tok and chance(rng, 0.45):
                tok = tok.replace(m.group(1), defang_url(m.group(1), rng))
            out.append(tok)
            continue

        def repl(m: re.Match[str]) -> str:
            if chance(rng, p_word):
                return _obf_word(m.group(0), rng, rng.choice(methods))
            return m.group(0)

        out.append(OBF_TRIGGERS.sub(repl, tok))
    res = "".join(out)
    if res == text:
        word = rng.choice(
            ["casino", "viagra", "cialis", "slots", "loans", "bonus", "poker", "pills", "bitcoin"]
        )
        res = (
            _obf_word(word, rng, rng.choice(["leet", "spaced", "homoglyph", "invisible", "entity"]))
            + rng.choice([" ", " - ", ": ", "! "])
            + res
        )
    return res


# ---------------------------------------------------------------------------
# 4. family functions
# ---------------------------------------------------------------------------
BRAND_TAILS = [
    "Pros",
    "Hub",
    "Direct",
    "Group",
    "Solutions",
    "Co.",
    "Online",
    "Express",
    "Experts",
    "Center",
    "Depot",
    "Lab",
    "Media",
    "Digital",
    "Partners",
    "HQ",
    "Plus",
    "Zone",
    "Point",
    "Works",
    "& Co",
    "Agency",
    "Club",
]


def make_brand(rng: random.Random, cat: str) -> str:
    words = OFFERS[cat]["words"]
    w1 = rng.choice(words).capitalize()
    r = rng.random()
    if r < 0.35:
        return w1 + " " + rng.choice(BRAND_TAILS)
    if r < 0.6:
        return (
            rng.choice(
                [
                    "Apex",
                    "Prime",
                    "Blue",
                    "Summit",
                    "Royal",
                    "Golden",
                    "Elite",
                    "True",
                    "Bright",
                    "Nova",
                    "Silver",
                    "Metro",
                ]
            )
            + " "
            + w1
            + (" " + rng.choice(BRAND_TAILS) if chance(rng, 0.5) else "")
        )
    if r < 0.8:
        return w1 + rng.choice(words).capitalize() + rng.choice(["", "24", "Pro", "ly", "ify", "X"])
    return rng.choice(CITIES) + " " + w1 + " " + rng.choice(BRAND_TAILS)


class _Job:
    """Per-comment state: offer, links, names and the placeholder context."""

    def __init__(self, post: dict, rng: random.Random, family: str):
        self.rng = rng
        self.family = family
        self.post = post
        kws = [_clean_field(k) for k in (post.get("keywords") or []) if _clean_field(k)]
        title = _clean_field(post.get("title") or "")
        topic = _clean_field(post.get("topic") or "")
        if not kws:
            kws = [w for w in re.findall(r"\w{4,}", title)] or (
                [topic] if topic else ["this topic"]
            )
        self.kws = kws
        cats = FAMILY_OFFERS.get(family) or list(OFFERS)
        self.cat = rng.choice(cats)
        self.anchor = offer_anchor(rng, self.cat)
        self.url = offer_url(rng, self.cat, self.anchor)
        self.link_style = pick(
            rng,
            [
                ("bare", 30),
                ("a", 28),
                ("a_nofollow", 6),
                ("a_blank", 4),
                ("bb", 8),
                ("bb_plain", 2),
                ("colon", 8),
                ("paren", 5),
                ("strong", 3),
                ("md", 2),
                ("dash", 4),
            ],
        )
        self.person = make_person(rng)
        self.phone = make_phone(rng)
        self.lang = "en"
        self.author_url_hint: str | None = None  # preferred author_url
        self.force_author_url = False
        self.keyword_author = False
        br = pick(
            rng, [("\n\n", 5), ("\n", 3), (" ", 6), ("<br />\n", 1), ("<br>", 1), ("\r\n\r\n", 1)]
        )
        self.ctx: Ctx = {
            "kw": lambda r: r.choice(self.kws),
            "kw2": lambda r: r.choice(self.kws),
            "title": title or rng.choice(self.kws),
            "topic": topic or rng.choice(self.kws),
            "city": lambda r: r.choice(CITIES),
            "name": self.person.split()[0] if chance(rng, 0.5) else self.person,
            "handle": lambda r: make_handle(r).replace(" ", ""),
            "brand": make_brand(rng, self.cat),
            "anchor": self.anchor,
            "anchor2": lambda r: offer_anchor(r, self.cat),
            "url": self.url,
            "url2": lambda r: offer_url(r, self.cat),
            "url3": lambda r: offer_url(r, self.cat),
            "link": lambda r: fmt_link(r, self.url, self.anchor, self.link_style),
            "contact": lambda r: intl_contact(r),
            "phone": self.phone,
            "br": br,
        }

    def r(self, template: str, leak: float = 0.0) -> str:
        return render(template, self.rng, self.ctx, leak)

    def localize(self, lang: str) -> None:
        words, tlds = LANG_DOMAIN.get(lang, (OFFERS[self.cat]["words"], TLDS))
        self.lang = lang
        self.url = make_url(self.rng, words, tlds)
        self.ctx["url"] = self.url
        self.ctx["link"] = lambda r: self.url
        self.ctx["contact"] = lambda r: local_contact(r, lang)
        self.ctx["supp"] = lambda r: render("⟨supp⟩", r)


def _join(job: _Job, *parts: str) -> str:
    parts = tuple(p for p in parts if p)
    sep = job.ctx["br"] if chance(job.rng, 0.5) else " "
    return sep.join(parts)  # type: ignore[arg-type]


def fam_generic_praise(job: _Job) -> str:
    rng = job.rng
    text = job.r(rng.choice(GENERIC_PRAISE))
    if chance(rng, 0.12):
        text = _join(job, text, job.r(rng.choice(GENERIC_PRAISE)))
    if chance(rng, 0.14) and job.ctx["name"] not in text:
        text = _join(job, text, job.r(rng.choice(SIGNOFFS)))
    if chance(rng, 0.1):
        job.keyword_author = True
    return roughen(text, rng)


def fam_praise_link(job: _Job) -> str:
    rng = job.rng
    if job.cat in FAMILY_OFFERS["adult"]:
        job.cat = "local"
    cat = pick(
        rng,
        [
            ("local", 5),
            ("payday", 2),
            ("seo", 2),
            ("travel", 2),
            ("misc", 3),
            ("realestate", 2),
            ("insurance", 1),
            ("jerseys", 1),
            ("social", 1),
            ("software", 2),
            ("webdesign", 1),
            ("casino", 1),
            ("crypto", 1),
            ("health", 1),
            ("diet", 1),
            ("cbd", 1),
            ("essay", 1),
            ("replica", 1),
            ("shoes", 1),
            ("pharma", 1),
        ],
    )
    job.cat = cat
    job.anchor = offer_anchor(rng, cat)
    job.url = offer_url(rng, cat, job.anchor)
    job.ctx.update(
        {
            "anchor": job.anchor,
            "url": job.url,
            "anchor2": lambda r: offer_anchor(r, cat),
            "brand": make_brand(rng, cat),
        }
    )
    mode = pick(rng, [("tail", 45), ("inline", 20), ("author_only", 35)])
    job.keyword_author = chance(rng, 0.5 if mode == "author_only" else 0.35)
    if mode == "inline":
        text = job.r(rng.choice(PRAISE_LINK_INLINE))
    else:
        text = job.r(rng.choice(GENERIC_PRAISE))
        if mode == "tail":
            tail = job.r(rng.choice(PRAISE_LINK_TAILS))
            text = _join(job, text, tail) if chance(rng, 0.85) else _join(job, tail, text)
        else:
            job.force_author_url = True
            job.author_url_hint = job.url
    return roughen(text, rng)


# Regex hints mapping a chosen template to the offer category that fits it.
TEMPLATE_CAT_HINTS: dict[str, list[tuple[str, str]]] = {
    "pharma": [
        (r"CBD|Hemp", "cbd"),
        (r"Lose|lbs|pounds|weight", "diet"),
        (r"⟨supp⟩|⟨condition⟩|Hair|Diabetic", "health"),
        (r".", "pharma"),
    ],
    "casino": [(r"⟨sport⟩|[Bb]etting|[Pp]oker|bookie", "betting"), (r".", "casino")],
    "finance": [
        (r"[Cc]rypto|Binary|Forex|⟨crypto⟩|trading|Bitcoin", "crypto"),
        (r"mortgage|Refinance", "realestate"),
        (r"insurance", "insurance"),
        (r"loan|payday|[Cc]redit|cash", "payday"),
        (r".", "crypto"),
    ],
    "essay_degree": [(r"diploma|degree|certificate|college", "diploma"), (r".", "essay")],
    "seo_webdesign": [
        (r"[Dd]esign|WordPress|development", "webdesign"),
        (r"followers|likes", "social"),
        (r".", "seo"),
    ],
    "counterfeit": [
        (r"[Jj]ersey|⟨team⟩", "jerseys"),
        (r"⟨shoe⟩|nike|jordans|ugg", "shoes"),
        (r".", "replica"),
    ],
    "off_topic_plausible": [
        (r"home buyers|mortgage", "realestate"),
        (r"car insurance|insurance policy", "insurance"),
        (r"laptop|computer", "software"),
        (r"weight loss", "diet"),
        (r"paycheck", "payday"),
        (r"economy", "crypto"),
        (r"gaming", "casino"),
        (r"Travel", "travel"),
        (r".", "local"),
    ],
}


def _retarget(job: _Job, template: str) -> None:
    for rx, cat in TEMPLATE_CAT_HINTS.get(job.family, []):
        if re.search(rx, template):
            if cat != job.cat:
                job.cat = cat
                job.anchor = offer_anchor(job.rng, cat)
                job.url = offer_url(job.rng, cat, job.anchor)
                job.ctx.update(
                    {
                        "anchor": job.anchor,
                        "url": job.url,
                        "brand": make_brand(job.rng, cat),
                        "anchor2": lambda r: offer_anchor(r, cat),
                        "url2": lambda r: offer_url(r, cat),
                        "url3": lambda r: offer_url(r, cat),
                    }
                )
            return


def _commercial(job: _Job, bank: list[str], extra_link_p: float = 0.0) -> str:
    rng = job.rng
    tpl = rng.choice(bank)
    _retarget(job, tpl)
    text = job.r(tpl)
    if chance(rng, 0.12):
        # praise opener in front of the pitch
        text = _join(job, job.r(rng.choice(GENERIC_PRAISE[:25] + GENERIC_PRAISE[27:])), text)
    if chance(rng, extra_link_p) and job.url not in text:
        text = _join(job, text, job.r(rng.choice(PRAISE_LINK_TAILS)))
    if chance(rng, 0.06):
        text = "<strong>" + text + "</strong>" if "<" not in text else text
    return roughen(text, rng, 0.8)


def fam_pharma(job: _Job) -> str:
    return _commercial(job, PHARMA)


def fam_casino(job: _Job) -> str:
    return _commercial(job, CASINO)


def fam_finance(job: _Job) -> str:
    return _commercial(job, FINANCE)


def fam_essay_degree(job: _Job) -> str:
    return _commercial(job, ESSAY_DEGREE)


def fam_seo_webdesign(job: _Job) -> str:
    return _commercial(job, SEO_WEBDESIGN)


def fam_adult(job: _Job) -> str:
    return _commercial(job, ADULT)


def fam_counterfeit(job: _Job) -> str:
    return _commercial(job, COUNTERFEIT)


def fam_tech_support(job: _Job) -> str:
    rng = job.rng
    job.url = make_url(
        rng,
        [
            "support",
            "help",
            "helpline",
            "customer",
            "service",
            "number",
            "desk",
            "care",
            "tech",
            "phone",
            "call",
        ],
    )
    job.ctx["url"] = job.url
    job.ctx["link"] = lambda r: fmt_link(
        r, job.url, render("⟨support_product⟩ support", r), job.link_style
    )
    product = spin(FRAG["support_product"][0], rng)
    job.ctx["support_product"] = (
        product if chance(rng, 0.7) else (lambda r: spin(FRAG["support_product"][0], r))
    )
    if chance(rng, 0.3):
        job.ctx["phone"] = lambda r: make_phone(r)
    parts = [job.r(rng.choice(TECH_SUPPORT))]
    # keyword-stuffed repetition is typical for this family
    for _ in range(pick(rng, [(0, 5), (1, 3), (2, 2), (4, 1), (7, 1)])):
        parts.append(job.r(rng.choice(TECH_SUPPORT)))
    sep = pick(rng, [(" ", 4), ("\n", 3), ("\n\n", 2), (" | ", 1), (" ... ", 1)])
    text = sep.join(parts)
    job.keyword_author = chance(rng, 0.5)
    job.anchor = product + rng.choice(
        [" support", " support number", " customer service", " helpline", " phone number", ""]
    )
    return roughen(text, rng, 0.6)


def fam_pretext(job: _Job) -> str:
    rng = job.rng
    text = job.r(rng.choice(PRETEXT))
    if chance(rng, 0.08):
        text = _join(job, text, job.r(rng.choice(SIGNOFFS)))
    return roughen(text, rng)


LEAK_SOURCES: list[tuple[list[str], float]] = [
    (GENERIC_PRAISE, 45),
    (PRETEXT, 15),
    (PRAISE_LINK_INLINE, 6),
    (PHARMA, 5),
    (CASINO, 5),
    (FINANCE, 4),
    (SEO_WEBDESIGN, 5),
    (ESSAY_DEGREE, 3),
    (ON_TOPIC, 4),
    (SELF_PROMO, 3),
    (COUNTERFEIT, 2),
    (OFF_TOPIC, 3),
]


def fam_spintax_leak(job: _Job) -> str:
    rng = job.rng
    bank = pick(rng, LEAK_SOURCES)
    tpl = rng.choice(bank)
    if bank is GENERIC_PRAISE and chance(rng, 0.3):
        tpl = tpl + " " + rng.choice(PRAISE_LINK_TAILS)
    mode = pick(rng, [("full", 3), ("partial", 6), ("single", 3)])
    if mode == "full":
        text = job.r(tpl, leak=1.0 if chance(rng, 0.4) else rng.uniform(0.75, 0.97))
    elif mode == "partial":
        text = job.r(tpl, leak=rng.uniform(0.08, 0.5))
    else:
        text = job.r(tpl)
        # spin fully, then glue a raw fragment somewhere
        frag = rng.choice(
            [
                "greet",
                "great",
                "post",
                "blog",
                "thanks",
                "info",
                "truly",
                "enjoyed",
                "comeback",
                "bookmark",
                "useful",
            ]
        )
        raw = FRAG[frag][0]
        if chance(rng, 0.5):
            text = raw + " " + text
        else:
            words = text.split(" ")
            pos = rng.randrange(len(words) + 1)
            text = " ".join(words[:pos] + [raw] + words[pos:])
    if "{" not in text or "|" not in text:
        text = job.r(tpl, leak=1.0)
    if "{" not in text:
        text = FRAG["greet"][0] + " " + text
    if chance(rng, 0.1):
        # an unbalanced group, as when the spinner chokes
        i = text.rfind("}")
        if i > 0:
            text = text[:i] + text[i + 1 :]
    if chance(rng, 0.05):
        text = text.replace("|", " | ")
    return text


def fam_keyword_stuffing(job: _Job) -> str:
    rng = job.rng
    cat = pick(
        rng,
        [
            (
                c,
                2
                if c in ("pharma", "casino", "shoes", "jerseys", "replica", "payday", "seo")
                else 1,
            )
            for c in OFFERS
        ],
    )
    job.cat = cat
    anchors = OFFERS[cat]["anchors"]
    style = pick(
        rng,
        [
            ("repeat", 5),
            ("links", 5),
            ("mix", 4),
            ("sentence", 3),
            ("hashtags", 2),
            ("pipe", 2),
            ("pairs", 3),
        ],
    )
    job.keyword_author = chance(rng, 0.55)

    def anc() -> str:
        return offer_anchor(rng, cat)

    job.anchor = anc()
    job.url = offer_url(rng, cat, job.anchor)

    link_style = pick(rng, [("a", 5), ("bare", 4), ("bb", 3), ("a_nofollow", 1)])
    if style == "repeat":
        base = anc()
        variants = [
            base,
            base,
            base
            + " "
            + rng.choice(
                ["outlet", "sale", "online", "store", "cheap", "2025", "free", "usa", "uk"]
            ),
            rng.choice(["cheap", "buy", "best", "discount", "top", "free"]) + " " + base,
            anc(),
        ]
        words = [rng.choice(variants) for _ in range(rng.randint(3, 14))]
        text = pick(rng, [(" ", 4), (", ", 2), (" - ", 1), ("\n", 1)]).join(words)
        for _ in range(rng.randint(0, 3)):
            pos = rng.randrange(len(text) + 1)
            sp = text.rfind(" ", 0, pos)
            sp = 0 if sp < 0 else sp
            text = (
                text[:sp]
                + " "
                + fmt_link(rng, offer_url(rng, cat), anc(), link_style)
                + " "
                + text[sp:]
            )
    elif style == "links":
        lines = [
            fmt_link(rng, offer_url(rng, cat), anc(), link_style) for _ in range(rng.randint(3, 14))
        ]
        if chance(rng, 0.3):
            other = rng.choice(list(OFFERS))
            lines += [
                fmt_link(rng, offer_url(rng, other), offer_anchor(rng, other), link_style)
                for _ in range(rng.randint(1, 5))
            ]
        text = pick(rng, [("\n", 5), (" ", 3), (", ", 1), ("<br>", 1), ("\n\n", 1)]).join(lines)
        if chance(rng, 0.3):
            text = (
                job.r(
                    rng.choice(
                        [
                            "{Look|Check|See} {here|this}:",
                            "{Useful|Related|More} {links|sites|resources}:",
                            "⟨greet⟩!",
                            "⟨thanks⟩!",
                        ]
                    )
                )
                + "\n"
                + text
            )
    elif style == "mix":
        cats = rng.sample(list(OFFERS), rng.randint(2, 4)) + [cat]
        pool = [
            w
            for c in cats
            for a in OFFERS[c]["anchors"]
            for w in a.replace("⟨city⟩", rng.choice(CITIES)).split()
        ]
        words = [rng.choice(pool) for _ in range(rng.randint(12, 70))]
        for _ in range(rng.randint(1, 4)):
            words.insert(rng.randrange(len(words) + 1), offer_url(rng, rng.choice(cats)))
        text = " ".join(words)
    elif style == "sentence":
        a = anc()
        text = job.r(
            "{Buy|Get|Order|Shop} "
            + a
            + " {at|from|in} {our|the} "
            + a
            + " {store|shop|outlet|site}, {the best|best|top} "
            + a
            + " {online|for sale|2025}, "
            + a
            + " {cheap|discount|wholesale}, "
            + anc()
            + " "
            + a
            + " ⟨url⟩ "
            + anc()
            + "{.|!|}"
        )
    elif style == "hashtags":
        tags = ["#" + re.sub(r"\W", "", anc()) for _ in range(rng.randint(5, 20))]
        if chance(rng, 0.4):
            tags += [
                "#" + t
                for t in rng.sample(
                    [
                        "slotgacor",
                        "judionline",
                        "maxwin",
                        "casinoonline",
                        "seo",
                        "backlinks",
                        "viral",
                        "followforfollow",
                        "crypto",
                        "bitcoin",
                        "forex",
                        "cheap",
                        "sale",
                        "deals",
                    ],
                    3,
                )
            ]
        text = " ".join(tags) + (" " + offer_url(rng, cat) if chance(rng, 0.7) else "")
    elif style == "pipe":
        text = " | ".join(anc() for _ in range(rng.randint(4, 12))) + " | " + offer_url(rng, cat)
    else:
        pairs = []
        for _ in range(rng.randint(2, 8)):
            pairs.append(
                anc()
                + pick(rng, [(" ", 3), (" - ", 2), (": ", 2), ("\n", 1)])
                + offer_url(rng, cat)
            )
        text = pick(rng, [("\n", 3), (" ", 3), (" ,", 1)]).join(pairs)
    if chance(rng, 0.15):
        text = text.upper() if "<" not in text and "http" not in text else text
    return text


def fam_on_topic_link(job: _Job) -> str:
    rng = job.rng
    cat = pick(
        rng, [(c, 1) for c in OFFERS if c != "dating"] + [("local", 3), ("misc", 2), ("seo", 2)]
    )
    job.cat = cat
    job.anchor = offer_anchor(rng, cat)
    job.url = offer_url(rng, cat, job.anchor if chance(rng, 0.5) else rng.choice(job.kws))
    job.ctx.update({"anchor": job.anchor, "url": job.url, "brand": make_brand(rng, cat)})
    if chance(rng, 0.35):
        # anchor text is the post's own keyword: "Great points on X" -> <a>X</a>
        kw = rng.choice(job.kws)
        job.ctx["link"] = lambda r: fmt_link(
            r, job.url, kw if chance(r, 0.6) else job.anchor, job.link_style
        )
    text = job.r(rng.choice(ON_TOPIC))
    if chance(rng, 0.1):
        job.force_author_url = True
        job.author_url_hint = job.url
    job.keyword_author = chance(rng, 0.3)
    return roughen(text, rng, 0.7)


PROMO_HOSTS = [
    "vidverse.tv/c/",
    "tubeclip.net/@",
    "soundwav.io/",
    "beatstream.fm/",
    "clipsy.app/u/",
    "instafeed.pics/",
    "linkhub.bio/",
    "mixdrop.fm/",
    "snapreel.co/",
    "artfolio.site/",
    "streamly.live/",
    "podnest.fm/show/",
    "pinpix.net/",
    "mycrafts.shop/",
    "writeup.blog/@",
    "gamehub.gg/u/",
    "fanbase.page/",
]


def fam_self_promo(job: _Job) -> str:
    rng = job.rng
    handle = make_handle(rng).replace(" ", "").lower()
    job.ctx["handle"] = handle
    r = rng.random()
    if r < 0.55:
        url = (
            rng.choice(["https://", "http://", "https://www.", ""])
            + rng.choice(PROMO_HOSTS)
            + handle
        )
    elif r < 0.75:
        url = personal_url(rng, handle)
    elif r < 0.9:
        url = (
            rng.choice(["http://", "https://"])
            + rng.choice(SHORTENERS)
            + "/"
            + _rand_chars(rng, 7, string.ascii_letters + string.digits)
        )
    else:
        url = make_url(
            rng, ["music", "beats", "official", "art", "studio", "vlog", "channel", handle]
        )
    job.url = url
    job.ctx["url"] = url
    job.ctx["link"] = lambda r: fmt_link(
        r,
        url,
        render("{my channel|my page|my music|here|this|my blog|my new video|my work}", r),
        job.link_style,
    )
    text = job.r(rng.choice(SELF_PROMO))
    if chance(rng, 0.1):
        text = _join(
            job,
            job.r(rng.choice(GENERIC_PRAISE[9:12] + GENERIC_PRAISE[20:24] + GENERIC_PRAISE[35:36])),
            text,
        )
    job.author_url_hint = url
    job.keyword_author = False
    return roughen(text, rng, 1.2)


def fam_off_topic_plausible(job: _Job) -> str:
    rng = job.rng
    tpl = rng.choice(OFF_TOPIC)
    _retarget(job, tpl)
    job.ctx["link"] = lambda r: fmt_link(r, job.url, job.anchor, job.link_style)
    text = job.r(tpl)
    for extra in range(pick(rng, [(0, 80), (1, 14), (2, 6)])):
        text = _join(job, text, job.r(rng.choice(OFF_TOPIC)))
    if chance(rng, 0.3):
        text = _join(job, text, job.r(rng.choice(PRAISE_LINK_TAILS)))
    job.keyword_author = chance(rng, 0.25)
    return roughen(text, rng, 0.6)


def fam_obfuscated(job: _Job) -> str:
    rng = job.rng
    bank, cat = pick(
        rng,
        [
            ((PHARMA, "pharma"), 5),
            ((CASINO, "casino"), 5),
            ((FINANCE, "payday"), 2),
            ((ADULT, "dating"), 1),
            ((COUNTERFEIT, "replica"), 1),
        ],
    )
    job.cat = cat
    job.anchor = offer_anchor(rng, cat)
    job.url = offer_url(rng, cat, job.anchor)
    job.ctx.update(
        {
            "anchor": job.anchor,
            "url": job.url,
            "link": lambda r: fmt_link(r, job.url, job.anchor, job.link_style),
        }
    )
    if chance(rng, 0.15):
        base = " ".join(
            rng.choice(
                [
                    "viagra",
                    "cialis",
                    "levitra",
                    "casino",
                    "slots",
                    "poker",
                    "loans",
                    "bitcoin",
                    "bonus",
                    "tramadol",
                    "jackpot",
                ]
            )
            for _ in range(rng.randint(2, 6))
        )
        text = base + " " + job.r("{⟨url⟩|⟨link⟩|}")
    else:
        tpl = rng.choice(bank)
        job.family, fam = (
            {
                id(PHARMA): "pharma",
                id(CASINO): "casino",
                id(FINANCE): "finance",
                id(ADULT): "adult",
                id(COUNTERFEIT): "counterfeit",
            }[id(bank)],
            job.family,
        )
        _retarget(job, tpl)
        job.family = fam
        job.ctx["link"] = lambda r: fmt_link(r, job.url, job.anchor, job.link_style)
        text = job.r(tpl)
    text = obfuscate(text, rng)
    job.keyword_author = chance(rng, 0.25)
    return text.strip()


FOREIGN_LANG_WEIGHTS = [
    ("zh", 5),
    ("ru", 4),
    ("id", 3),
    ("pt", 3),
    ("es", 3),
    ("fr", 2),
    ("de", 2),
    ("ja", 2),
    ("ko", 2),
    ("vi", 2),
    ("it", 1),
    ("pl", 1),
    ("tr", 2),
    ("ar", 1),
    ("th", 2),
    ("nl", 1),
]
_NON_COMMERCIAL = {"generic_praise", "link_tail", "on_topic_link"}


def _pick_local_lang(job: _Job) -> str:
    pl = job.post.get("lang") or "en"
    if pl in LOCAL and chance(job.rng, 0.6):
        return pl
    return pick(job.rng, FOREIGN_LANG_WEIGHTS)


def fam_foreign(job: _Job) -> str:
    rng = job.rng
    lang = _pick_local_lang(job)
    job.localize(lang)
    bank = LOCAL[lang]
    fams = [f for f in bank if f not in _NON_COMMERCIAL]
    text = job.r(rng.choice(bank[rng.choice(fams)]))
    r = rng.random()
    if r < 0.2 and "generic_praise" in bank:
        text = _join(job, job.r(rng.choice(bank["generic_praise"])), text)
    elif r < 0.3:
        text = _join(job, text, job.r(rng.choice(bank[rng.choice(fams)])))
    latin = lang in ("pt", "es", "fr", "de", "it", "pl", "tr", "nl", "id", "vi")
    job.keyword_author = False
    return roughen(text, rng, 0.5, latin=latin)


def local_version(job: _Job, family: str, lang: str) -> str | None:
    """The comment in another language, for families that have a local bank."""
    rng = job.rng
    bank = LOCAL.get(lang, {})
    latin = lang in ("pt", "es", "fr", "de", "it", "pl", "tr", "nl", "id", "vi")
    if family == "generic_praise" and "generic_praise" in bank:
        job.localize(lang)
        return roughen(job.r(rng.choice(bank["generic_praise"])), rng, 0.6, latin)
    if family == "praise_link" and "generic_praise" in bank:
        job.localize(lang)
        praise = job.r(rng.choice(bank["generic_praise"]))
        if chance(rng, 0.35):
            job.force_author_url = True
            job.author_url_hint = job.url
            return roughen(praise, rng, 0.6, latin)
        return roughen(_join(job, praise, job.r(rng.choice(bank["link_tail"]))), rng, 0.6, latin)
    if family == "spintax_leak" and bank:
        job.localize(lang)
        key = rng.choice([k for k in bank])
        text = job.r(rng.choice(bank[key]), leak=rng.uniform(0.2, 1.0))
        if "{" not in text:
            text = job.r(rng.choice(bank[key]), leak=1.0)
        return text if "{" in text else None
    if family in bank and family not in ("link_tail",):
        job.localize(lang)
        return roughen(job.r(rng.choice(bank[family])), rng, 0.5, latin)
    return None


FAMILY_FUNCS: dict[str, Callable[[_Job], str]] = {
    "generic_praise": fam_generic_praise,
    "praise_link": fam_praise_link,
    "pharma": fam_pharma,
    "casino": fam_casino,
    "finance": fam_finance,
    "essay_degree": fam_essay_degree,
    "seo_webdesign": fam_seo_webdesign,
    "tech_support": fam_tech_support,
    "adult": fam_adult,
    "counterfeit": fam_counterfeit,
    "pretext": fam_pretext,
    "spintax_leak": fam_spintax_leak,
    "keyword_stuffing": fam_keyword_stuffing,
    "foreign": fam_foreign,
    "on_topic_link": fam_on_topic_link,
    "self_promo": fam_self_promo,
    "off_topic_plausible": fam_off_topic_plausible,
    "obfuscated": fam_obfuscated,
}

# Template banks per family (for reporting / tests).
FAMILY_TEMPLATES: dict[str, list[str]] = {
    "generic_praise": GENERIC_PRAISE,
    "praise_link": PRAISE_LINK_TAILS + PRAISE_LINK_INLINE,
    "pharma": PHARMA,
    "casino": CASINO,
    "finance": FINANCE,
    "essay_degree": ESSAY_DEGREE,
    "seo_webdesign": SEO_WEBDESIGN,
    "tech_support": TECH_SUPPORT,
    "adult": ADULT,
    "counterfeit": COUNTERFEIT,
    "pretext": PRETEXT,
    "on_topic_link": ON_TOPIC,
    "self_promo": SELF_PROMO,
    "off_topic_plausible": OFF_TOPIC,
    "foreign": [
        t
        for bank in LOCAL.values()
        for k, ts in bank.items()
        if k not in _NON_COMMERCIAL
        for t in ts
    ],
}


# ---------------------------------------------------------------------------
# 5. authors and the public entry point
# ---------------------------------------------------------------------------
FAMILIES: dict[str, float] = {
    "generic_praise": 0.13,
    "praise_link": 0.12,
    "pharma": 0.05,
    "casino": 0.05,
    "finance": 0.05,
    "essay_degree": 0.04,
    "seo_webdesign": 0.05,
    "tech_support": 0.04,
    "adult": 0.03,
    "counterfeit": 0.04,
    "pretext": 0.06,
    "spintax_leak": 0.03,
    "keyword_stuffing": 0.03,
    "foreign": 0.05,
    "on_topic_link": 0.06,
    "self_promo": 0.08,
    "off_topic_plausible": 0.05,
    "obfuscated": 0.04,
}

# probability that author_url is filled in (when the family did not force it)
AUTHOR_URL_P: dict[str, float] = {
    "generic_praise": 0.3,
    "pretext": 0.3,
    "praise_link": 0.6,
    "spintax_leak": 0.6,
    "self_promo": 0.65,
    "on_topic_link": 0.6,
    "off_topic_plausible": 0.75,
    "foreign": 0.6,
    "keyword_stuffing": 0.7,
    "obfuscated": 0.65,
}
LOCALIZE_P = 0.34  # share of non-English posts' spam written in some other language


def _host(url: str) -> str:
    return re.sub(r"^(https?://)?(www\.)?", "", url).split("/")[0].split(":")[0].split("?")[0]


def _author(job: _Job) -> tuple[str, str, str]:
    rng = job.rng
    fam = job.family
    # name
    if job.lang != "en" and job.lang in LANG_NAMES and chance(rng, 0.55):
        name = rng.choice(LANG_NAMES[job.lang])
    elif job.keyword_author:
        name = keyword_name(rng, job.anchor)
    elif chance(rng, 0.72):
        name = job.person
    else:
        name = make_handle(rng)
    # url
    url = ""
    if job.force_author_url and job.author_url_hint:
        url = job.author_url_hint
    elif chance(rng, AUTHOR_URL_P.get(fam, 0.75)):
        if job.author_url_hint:
            url = job.author_url_hint
        elif fam in ("generic_praise", "pretext", "spintax_leak") and not job.keyword_author:
            if chance(rng, 0.35):
                url = personal_url(rng, name if name.isascii() else make_handle(rng))
            else:
                cat = rng.choice(list(OFFERS))
                url = offer_url(rng, cat)
        elif job.lang != "en":
            url = (
                job.url
                if chance(rng, 0.6)
                else make_url(rng, *LANG_DOMAIN.get(job.lang, (["online"], TLDS)))
            )
        else:
            url = job.url if chance(rng, 0.55) else offer_url(rng, job.cat)
    email_name = name if re.search(r"[A-Za-z]", name) else job.person
    email = make_email(rng, email_name, _host(url) if url and chance(rng, 0.5) else None)
    return name, email, url


_DUP_LABEL = re.compile(r"(?:微信|QQ|电话|加V|V|TG|飞机|客服)+：(?=(?:微信|QQ|电话|加V|TG|飞机)：)")
_DUP_LABEL_LATIN = re.compile(
    r"\b(?:WhatsApp|Telegram|Email|E-mail|Skype|WeChat|Contact|Телеграм|Пишите|телеграм)\s*:\s*(?=(?:WhatsApp|Telegram|телеграм)\b)",
    re.I,
)


def _finalize(text: str, family: str) -> str:
    text = _DUP_LABEL.sub("", text)
    text = _DUP_LABEL_LATIN.sub("", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"[ \t]{3,}", "  ", text)
    if family != "spintax_leak":
        text = text.replace("{", "").replace("}", "")
    if not text.strip():
        text = "nice post"
    return text


def _one(post: dict, rng: random.Random, family: str) -> dict:
    job = _Job(post, rng, family)
    content: str | None = None
    post_lang = (post.get("lang") or "en").lower()
    if family != "foreign" and post_lang != "en" and chance(rng, LOCALIZE_P):
        if post_lang in LOCAL and chance(rng, 0.75):
            lang = post_lang
        else:
            lang = pick(rng, FOREIGN_LANG_WEIGHTS)
        content = local_version(job, family, lang)
        if content is None:
            # the chosen language has no bank for this family: try one that has
            options = [
                lg
                for lg, bank in LOCAL.items()
                if family in bank or family in ("generic_praise", "praise_link", "spintax_leak")
            ]
            if options:
                job = _Job(post, rng, family)
                content = local_version(job, family, rng.choice(options))
        if content is None:
            job = _Job(post, rng, family)
    if content is None:
        content = FAMILY_FUNCS[family](job)
    content = _finalize(content, family)
    name, email, url = _author(job)
    return {
        "content": content,
        "author": name,
        "author_email": email,
        "author_url": url,
        "family": family,
        "lang": job.lang,
    }


def generate_spam(post: dict, rng: random.Random, n: int) -> list[dict]:
    """n spam comments for one post. Deterministic given rng state."""
    items = list(FAMILIES.items())
    return [_one(post, rng, pick(rng, items)) for _ in range(n)]


__all__ = ["FAMILIES", "generate_spam", "render", "spin"]
