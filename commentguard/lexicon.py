"""Word lists shared by the checks: commercial spam vocabulary and praise templates.

Lists, not models, because a moderator must be able to read why a comment was flagged
("casino" under a post about social media) and a site must be able to extend them.
Words are matched on ``Document.folded`` (lower-case, leetspeak and homoglyphs undone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Spam topics and their words. Matched as whole words (prefix match for ``*`` entries).
COMMERCIAL: dict[str, tuple[str, ...]] = {
    "gambling": (
        "casino*",
        "slots",
        "slot machine*",
        "poker",
        "roulette",
        "blackjack",
        "betting",
        "bookmaker*",
        "sportsbook",
        "jackpot*",
        "free spins",
        "bonus code*",
        "baccarat",
        "gacor",
        "judi",
        "togel",
        "apuestas",
        "cassino",
        "казино",
        "ставк*",
        "博彩",
        "娱乐城",
        "赌场",
        "百家乐",
        "彩票",
        "카지노",
        "토토",
    ),
    "pharma": (
        "viagra",
        "cialis",
        "levitra",
        "kamagra",
        "tadalafil",
        "sildenafil",
        "pharmacy",
        "pharmacies",
        "pills",
        "prescription",
        "erectile",
        "weight loss",
        "diet pill*",
        "garcinia",
        "keto diet pill*",
        "dietary supplement*",
        "hypothyroidism",
        "cbd",
        "gummies",
        "testosterone",
        "hair loss",
        "penis",
        "enlargement",
        "tramadol",
        "xanax",
        "valium",
        "phentermine",
        "natural cure",
        "natural solution",
        "100% natural",
        "pregnancy miracle",
        "detox",
        "diabetes cure",
        "fat burn*",
        "anti aging",
        "anti-aging",
        "tabletki",
        "лекарств*",
        "减肥",
    ),
    "finance": (
        "payday",
        "loan",
        "loans",
        "mortgage*",
        "refinanc*",
        "credit card*",
        "bad credit",
        "forex",
        "bitcoin",
        "crypto*",
        "binary option*",
        "trading signal*",
        "investment plan",
        "earn money",
        "make money",
        "work from home",
        "per day from home",
        "passive income",
        "insurance quote*",
        "debt relief",
        "cash advance",
        "кредит*",
        "займ*",
        "贷款",
        "投资",
        "理财",
        "empréstimo*",
        "préstamo*",
    ),
    "education": (
        "essay writing",
        "essay service",
        "write my essay",
        "buy essay*",
        "term paper*",
        "dissertation*",
        "diploma*",
        "online degree*",
        "degree online",
        "college degree",
        "homework help",
        "assignment help",
    ),
    "seo": (
        "seo",
        "backlink*",
        "link building",
        "search engine optimization",
        "page 1 of google",
        "first page of google",
        "web traffic",
        "website traffic",
        "more traffic",
        "guest post*",
        "web design service*",
        "digital marketing agency",
        "buy likes",
        "instagram likes",
        "youtube views",
        "seo services",
    ),
    "adult": (
        "porn*",
        "xxx",
        "sex cam*",
        "webcam girl*",
        "escort*",
        "hookup*",
        "hot singles",
        "adult dating",
        "dating site",
        "nude*",
        "onlyfans",
    ),
    "counterfeit": (
        "replica*",
        "jerseys",
        "cheap jersey*",
        "knockoff*",
        "outlet store*",
        "factory outlet",
        "louis vuitton",
        "michael kors",
        "ray ban*",
        "uggs",
        "nike shoes",
        "cheap nike",
        "handbags",
        "rolex",
        "designer bags",
    ),
    "support_scam": (
        "customer support number",
        "support number",
        "helpline",
        "toll free",
        "tech support",
        "customer service number",
        "quickbooks",
        "antivirus support",
        "printer support",
        "reservation number",
        "call now",
    ),
    "download": (
        "keygen",
        "serial key",
        "license key",
        "activation key",
        "free download",
        "apk",
        "mod apk",
        "hack tool",
        "torrent*",
    ),
    "contact": ("whatsapp", "telegram", "wechat", "微信", "qq号", "加微信", "代开", "发票", "刷单"),
}


def _compile(words: Iterable[str]) -> re.Pattern[str]:
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        stem = re.escape(w.rstrip("*"))
        tail = r"\w*" if w.endswith("*") else ""
        if re.match(r"^[\W\d_]*[^\x00-\x7f]", w) and not re.search(r"[a-z]", w):
            parts.append(stem + tail)  # CJK/Cyrillic: no word boundaries in CJK text
        else:
            parts.append(r"(?<!\w)" + stem + tail + r"(?!\w)")
    return re.compile("|".join(parts))


_WORD_TO_TOPIC: dict[str, str] = {}
for _topic, _words in COMMERCIAL.items():
    for _w in _words:
        _WORD_TO_TOPIC[_w.rstrip("*")] = _topic
COMMERCIAL_RE = _compile(w for ws in COMMERCIAL.values() for w in ws)


def commercial_terms(folded: str) -> list[tuple[str, str]]:
    """(term, topic) for every commercial term in ``folded`` text, in order, deduplicated."""
    seen: dict[str, str] = {}
    for m in COMMERCIAL_RE.finditer(folded):
        term = m.group(0)
        if term in seen:
            continue
        topic = _WORD_TO_TOPIC.get(term)
        if topic is None:
            topic = next((t for k, t in _WORD_TO_TOPIC.items() if term.startswith(k)), "commercial")
        seen[term] = topic
    return list(seen.items())


#: Small English stop list for overlap measures; nltk's needs downloaded data.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself
    yourselves also really much many one get got im ive dont thats its us would could will
    like well even still yet ever let way thing things lot lots make made go going""".split()
)
