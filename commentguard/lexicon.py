"""Word lists shared by the checks: commercial spam vocabulary and praise templates.

Lists, not models, because a moderator must be able to read why a comment was flagged
("casino" under a post about social media) and a site must be able to extend them.
Words are matched on ``Document.folded`` (lower-case, leetspeak and homoglyphs undone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

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


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation shaped as a trie: at each position the engine follows only
    the branch of the next character, instead of trying every word (10× faster than a
    flat ``a|b|c`` over a few hundred words)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + "?" if end and len(alts) else body

    return build(trie)


def _compile(words: Iterable[str]) -> re.Pattern[str]:
    bounded: list[str] = []
    bounded_prefix: list[str] = []
    free: list[str] = []
    for w in set(words):
        stem = w.rstrip("*")
        if re.search(r"[\u3000-\u9fff\uac00-\ud7af]", stem):
            free.append(stem)  # CJK and Hangul: no word boundaries to rely on
        elif w.endswith("*"):
            bounded_prefix.append(stem)
        else:
            bounded.append(stem)
    parts = []
    if bounded:
        parts.append(r"(?<!\w)" + _trie_pattern(bounded) + r"(?!\w)")
    if bounded_prefix:
        parts.append(r"(?<!\w)" + _trie_pattern(bounded_prefix) + r"\w*")
    if free:
        parts.append(_trie_pattern(free))
    return re.compile("|".join(parts))


_WORD_TO_TOPIC: dict[str, str] = {}
for _topic, _words in COMMERCIAL.items():
    for _w in _words:
        _WORD_TO_TOPIC[_w.rstrip("*")] = _topic
_PREFIXES = sorted(_WORD_TO_TOPIC, key=len, reverse=True)
COMMERCIAL_RE = _compile(w for ws in COMMERCIAL.values() for w in ws)


@lru_cache(maxsize=8192)
def _terms(folded: str) -> tuple[tuple[str, str], ...]:
    seen: dict[str, str] = {}
    for m in COMMERCIAL_RE.finditer(folded):
        term = m.group(0)
        if term in seen:
            continue
        topic = _WORD_TO_TOPIC.get(term)
        if topic is None:
            topic = next((_WORD_TO_TOPIC[k] for k in _PREFIXES if term.startswith(k)), "commercial")
        seen[term] = topic
    return tuple(seen.items())


def commercial_terms(folded: str) -> list[tuple[str, str]]:
    """(term, topic) for every commercial term in ``folded`` text, in order, deduplicated.

    Cached: several checks and the classifier ask about the same text.
    """
    return list(_terms(folded))


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
