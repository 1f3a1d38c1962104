"""Turn a raw comment into the clean ``Document`` every check and the classifier read.

Spammers hide words from filters with HTML, entities, zero-width characters, letters
borrowed from Cyrillic or Greek, leetspeak and s p a c e d letters. Undoing all of that
once, here, means no check has to know the tricks, and the classifier sees the same
text at training and at run time.

Every pattern in this module is linear: no nested quantifiers, and input is truncated
to ``MAX_ANALYSIS_CHARS`` before the expensive steps, so a hostile 10 MB comment costs
a bounded, proportional amount of time.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from urllib.parse import urlsplit

from .lexicon import COMMERCIAL_RE, STOPWORDS, commercial_terms
from .types import Comment, Post

#: Raw characters read from a comment's HTML; the rest is ignored (and the verdict says so).
MAX_RAW_CHARS = 200_000
#: Characters of clean text analysed by checks and the classifier.
MAX_ANALYSIS_CHARS = 20_000
#: Links kept per comment; a 10,000-link comment is already spam at 200.
MAX_LINKS = 200

_INVISIBLE = dict.fromkeys(
    [
        0x00AD,  # soft hyphen
        0x034F,  # combining grapheme joiner
        0x061C,  # arabic letter mark
        0x115F,
        0x1160,
        0x17B4,
        0x17B5,
        0x180E,
        *range(0x200B, 0x2010),  # zero-width space/joiners, LRM/RLM
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2060, 0x2070),  # word joiner, invisible operators, bidi isolates
        0xFEFF,
        0xFFF9,
        0xFFFA,
        0xFFFB,
    ]
)
# C0/C1 controls except tab/newline/carriage return, and lone surrogates.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# Letters from Cyrillic and Greek that render like Latin ones. Folded only inside a
# word that also has Latin letters, so real Russian or Greek text is left alone.
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "в": "b", "с": "c", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i",
        "ј": "j", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "т": "t", "у": "y",
        "х": "x", "ѕ": "s", "ԁ": "d", "ɡ": "g", "ո": "n", "ս": "u",
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
        "М": "M", "О": "O", "Р": "P", "Т": "T", "Х": "X", "Ѕ": "S", "У": "Y",
        "α": "a", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u",
        "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y", "Ζ": "Z",
    }
)  # fmt: skip
_LATIN_RE = re.compile(r"[A-Za-z]")
_NON_LATIN_LETTER_RE = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0250-\u02af\u0560-\u058f]")
_WORD_RE = re.compile(r"\w+")

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# A word whose letters are interrupted by leet digits/symbols: v1agra, c@sino, ca$ino, 0nline.
# The leet character must be followed by a letter, so "mp3", "web3", "covid19" stay.
_LEET_WORD_RE = re.compile(r"(?<![\w@$])[a-z0-9@$]*[013457@$][a-z][a-z0-9@$]*")
# Every word with leet characters, read as leet only where that spells a commercial term
# ("fr33 sp1ns", "cryp70", "b4d cr3dit"): too short or too numeric for ``_unleet``.
_ANY_LEET_WORD_RE = re.compile(r"(?<![\w@$])(?=[a-z0-9@$]*[013457@$])[a-z0-9@$]*[a-z][a-z0-9@$]*")
# Numbers with units or ordinals: "4th", "10am", "1080p", "3d", "5g", "x64".
# The look-behind keeps a search linear on long digit runs (``fullmatch`` is unaffected).
_UNIT_RE = re.compile(
    r"(?<!\d)\d+(?:st|nd|rd|th|am|pm|px|mb|gb|kb|tb|kg|km|mm|cm|ml|mg|hz|khz|mhz|ghz|fps|mp|k|p|d|g|s|x|v|w)|[a-z]\d+"
)

# Latin letters with diacritics → their base letter, one for one; combining marks dropped.
# Used only to uncover a commercial word disguised with accents ("cásino", "v\u0308iagra").
_DIACRITICS: dict[int, str | None] = {
    cp: d[0]
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    if len(d := unicodedata.normalize("NFD", chr(cp))) > 1
    and d[0].isascii()
    and d[0].isalpha()
    and all(unicodedata.combining(c) for c in d[1:])
}
_DIACRITICS.update(dict.fromkeys(range(0x0300, 0x0370)))

# Four or more single letters separated by single spaces/dots: "c a s i n o".
# The same separator throughout, so "f.r.e.e s.p.i.n.s" is two words and "a p.i.l.l" is
# "a pill". A letter between a space and another separator belongs to the other one's
# run, the space being the gap between words: "m-o-n-e-y o n l i n e c-a-s-i-n-o".
_SPACED_RE = re.compile(
    r"(?<!\w)[^\W\d_]([ .\-_*])(?:[^\W\d_]\1){2,}[^\W\d_](?!\w)"
    r"(?!(?<= [^\W\d_])([.\-_*])[^\W\d_]\2)"
)
# The same with two or three spaces between letters ("c  a  s  i  n  o"); read before
# whitespace is collapsed, so wider gaps part the words.
_WIDE_SPACED_RE = re.compile(r"(?<!\w)[^\W\d_]( {2,3})(?:[^\W\d_]\1){2,}[^\W\d_](?!\w)")

# (pattern, replacement, substrings one of which every match contains: a C-speed test
# that spares nearly every comment the pattern's position-by-position scan).
_URL_OBFUSCATIONS = (
    (re.compile(r"\bhxxps?(?=://)", re.I), lambda m: "http" + m.group(0)[4:], ("://",)),
    (re.compile(r"\s?[\[(]\s?(?:\.|dot)\s?[\])]\s?", re.I), lambda m: ".", ("[", "(")),
    (
        re.compile(r"(?<=\w) (?:dot|DOT) (?=(?:com|net|org|info|biz|ru|xyz|top|io|co)\b)"),
        lambda m: ".",
        (" dot ", " DOT "),
    ),
)
# URLs: scheme or www. followed by non-space; bare domains with a common TLD.
_TLDS = (
    "com|net|org|info|biz|ru|xyz|top|online|site|shop|store|club|io|co|us|uk|in|cn|pl|de|fr"
    "|br|ly|me|tk|ml|ga|cf|gq|pw|cc|ws|su|vip|win|bid|loan|casino|bet"
)
_URL_RE = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'`]{1,2000}"
    r"|(?<![\w@./-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,4}"
    r"\.(?:" + _TLDS + ")"
    r"(?:/[^\s<>\"'`]{0,2000})?(?![\w-])",
    re.I,
)
_TRAILING_PUNCT = ".,;:!?)]}'\"»”’"

_CJK_RE = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff]"
)
_TOKEN_RE = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"  # one CJK ideograph / kana
    r"|[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+(?:['’][^\W\d_]+)?"
    r"|\d+"
)
# What every URL match contains: "://", "www." or a dot before one of the TLDs. Python's
# re cannot skip ahead on _URL_RE (its bare-domain branch starts with a lookbehind), but
# can on this, so text without it (most comments) is never scanned for URLs.
_URL_HINT_RE = re.compile(r"://|www\.|\.(?:" + _TLDS + ")", re.I)
_WS_RE = re.compile(r"\s+")
# A numeric entity glued to letters, as in "&#99;asino": spelling a word, not a symbol.
# Only entities that encode letters (&#97;-&#122;, &#65;-&#90;, &#x61; …): "&#39;" is an
# apostrophe every WordPress export is full of.
_ENTITY_IN_WORD_RE = re.compile(
    r"&#(?:6[5-9]|[7-8]\d|9[0789]|1[01]\d|12[0-2]|x[46][1-9a-f]|x[57][0-9a]);", re.I
)

#: html.parser is fed this many characters at a time, and may hold at most
#: ``MAX_PENDING_HTML`` of them unparsed (an unterminated tag or comment) before
#: ``strip_html`` stops using it.
_FEED_CHUNK = 1024
MAX_PENDING_HTML = 2048
# What ``strip_html`` falls back on for such input: any tag, and <a href> values.
_ANY_TAG_RE = re.compile(r"<[^<>]{0,2000}>")
_HREF_RE = re.compile(r"<a\s[^<>]{0,2000}?\bhref\s*=\s*[\"']?([^\"'\s<>]{1,2000})", re.I)


@dataclass(frozen=True, slots=True)
class Link:
    """A link found in a comment's body, author URL or author name."""

    url: str
    domain: str
    anchor: str = ""
    where: str = "body"  # body | author_url | author


@dataclass(frozen=True, slots=True)
class PostContext:
    """A post reduced to what checks compare comments with; built once per post."""

    post: Post
    text: str
    tokens: frozenset[str]
    domain: str
    #: ``text`` lower-cased, once per post rather than once per comment.
    lower: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """A comment after normalisation: the single input of every check and the classifier."""

    comment: Comment
    #: Clean visible text: no HTML, NFKC, no invisible characters, homoglyphs folded.
    text: str
    #: ``text`` lower-cased with leetspeak and spaced letters undone: for lexicons.
    folded: str
    #: Word tokens of ``folded`` without its URLs (CJK ideographs one by one): a URL's
    #: "http" and "com" say nothing; its domain is read from ``links`` instead.
    tokens: tuple[str, ...]
    links: tuple[Link, ...]
    author: str
    author_domain: str
    email_domain: str
    post: PostContext | None = None
    truncated: bool = False
    #: Tricks undone while normalising ("homoglyphs", "leetspeak", "spaced_letters", …).
    obfuscations: frozenset[str] = field(default_factory=frozenset)

    @property
    def body_links(self) -> tuple[Link, ...]:
        return tuple(link for link in self.links if link.where == "body")


class _TextAndLinks(HTMLParser):
    """Collect visible text and <a href> links; drop script/style content."""

    _SKIP = frozenset({"script", "style", "noscript", "template"})
    _BREAK = frozenset({"p", "br", "div", "li", "blockquote", "pre", "tr", "h1", "h2", "h3", "h4"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[tuple[str, list[str]]] = []
        self._skip = 0
        self._anchor: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "a":
            href = next((v for k, v in attrs if k == "href" and v), None)
            self._anchor = []
            if href and len(self.links) < MAX_LINKS:
                self.links.append((href, self._anchor))
        elif tag == "img":
            alt = next((v for k, v in attrs if k == "alt" and v), "")
            if alt:
                self.parts.append(" " + alt + " ")
        if tag in self._BREAK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag == "a":
            self._anchor = None
        if tag in self._BREAK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data)
        if self._anchor is not None:
            self._anchor.append(data)


def strip_html(raw: str) -> tuple[str, list[tuple[str, str]]]:
    """Visible text and ``(href, anchor text)`` pairs of an HTML fragment.

    Plain text (no ``<`` or ``&``) skips the parser: most comments are plain.
    """
    if "<" not in raw and "&" not in raw:
        return raw, []
    if "<" not in raw:
        return html.unescape(raw), []
    # html.parser rescans the rest of its input for every tag or comment it cannot
    # terminate, so "<a/" or "<!--" repeated 50,000 times took minutes. Fed in small
    # pieces, it holds such input unparsed instead: past a few KB of that, the input is
    # not HTML anyone wrote, and a linear tag stripper reads it.
    parser = _TextAndLinks()
    try:
        for start in range(0, len(raw), _FEED_CHUNK):
            parser.feed(raw[start : start + _FEED_CHUNK])
            if len(getattr(parser, "rawdata", "")) > MAX_PENDING_HTML:
                return _strip_tags_linear(raw)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        return _strip_tags_linear(raw)
    return "".join(parser.parts), [(href, "".join(a).strip()) for href, a in parser.links]


def _strip_tags_linear(raw: str) -> tuple[str, list[tuple[str, str]]]:
    """Text and hrefs of hostile markup: tags dropped, no anchors, linear time."""
    links = [(m.group(1), "") for m in itertools.islice(_HREF_RE.finditer(raw), MAX_LINKS)]
    return html.unescape(_ANY_TAG_RE.sub(" ", raw)), links


def clean_text(text: str) -> str:
    """NFKC, no invisible or control characters, homoglyphs folded in mixed words."""
    text = _CONTROL_RE.sub("", text)
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    if _NON_LATIN_LETTER_RE.search(text):
        text = _WORD_RE.sub(_fold_mixed_word, text)
    return text


def _fold_mixed_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if _LATIN_RE.search(word) and _NON_LATIN_LETTER_RE.search(word):
        return word.translate(_CONFUSABLES)
    return word


def fold(text: str) -> tuple[str, frozenset[str]]:
    """Lower-case text with leetspeak and spaced letters undone, and which tricks were seen."""
    tricks: set[str] = set()
    lowered = text.lower()
    if _SPACED_RE.search(lowered):
        lowered = _SPACED_RE.sub(_join_spaced, lowered)
        tricks.add("spaced_letters")
    if any(ch in lowered for ch in "013457@$"):
        new = _LEET_WORD_RE.sub(_unleet, lowered)
        new = _uncover(new, _ANY_LEET_WORD_RE.sub(_leet_all, new))
        if new != lowered:
            tricks.add("leetspeak")
            lowered = new
    if not lowered.isascii() and _mostly_english(lowered):
        # Accents on an English commercial word are a disguise ("cásino", "v\u0308iagra");
        # in Spanish or Portuguese "póker" and "réplica" are how the words are spelt, so
        # only English text is read this way, and only where it uncovers such a word.
        plain = lowered.translate(_DIACRITICS)
        if plain != lowered:
            known = {t for t, _ in commercial_terms(lowered)}
            if any(t not in known for t, _ in commercial_terms(plain)):
                tricks.add("diacritics")
                lowered = plain
    return lowered, frozenset(tricks)


#: Function words of the Romance languages whose accents are spelling, not disguise.
_ROMANCE_WORDS = frozenset(
    "de del la las los el y que en un una unos unas por para con sin es son se lo le les des "
    "du et est une pour avec dans il che di per non não uma um os das dos com ao às é".split()
)


def _mostly_english(text: str) -> bool:
    """English function words and no Romance ones among the first 300 words."""
    words = _WORD_RE.findall(text[:3000])[:300]
    return (
        len(words) >= 4
        and any(w in STOPWORDS for w in words)
        and not any(w in _ROMANCE_WORDS for w in words)
    )


def _leet_all(match: re.Match[str]) -> str:
    return match.group(0).translate(_LEET)


def _uncover(text: str, candidate: str) -> str:
    """``text`` with the commercial terms that ``candidate`` (a same-length reading of
    it) spells and ``text`` does not copied over from ``candidate``."""
    if candidate == text:
        return text
    parts: list[str] = []
    last = 0
    for m in COMMERCIAL_RE.finditer(candidate):
        start, end = m.span()
        # Only where ``text`` shows no term yet ("casino24" is not "casino2a").
        if text[start:end] != m.group(0) and not COMMERCIAL_RE.match(text, start):
            parts += [text[last:start], m.group(0)]
            last = end
    return "".join(parts) + text[last:] if parts else text


def _join_spaced(match: re.Match[str]) -> str:
    s = match.group(0)
    return s[::2]


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    # A number with a unit ("4g", "5am", "1st") or a handle is not leetspeak: require
    # at least two letters and that the word is not just digits around a suffix.
    letters = sum(ch.isalpha() for ch in word)
    digits = len(word) - letters
    if letters < 3 or digits > letters or _UNIT_RE.fullmatch(word):
        return word
    return word.translate(_LEET)


def tokenize(folded: str) -> tuple[str, ...]:
    """Word tokens; CJK ideographs and kana one by one (bigrams come from char n-grams)."""
    return tuple(_TOKEN_RE.findall(folded))


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


def deobfuscate_urls(text: str) -> str:
    for pattern, repl, needs in _URL_OBFUSCATIONS:
        if any(n in text for n in needs):
            text = pattern.sub(repl, text)
    return text


def domain_of(url: str) -> str:
    """The host of a URL, lower-case, without ``www.``; "" if there is none."""
    url = url.strip()
    if not url:
        return ""
    if "://" not in url[:12]:
        url = "http://" + url.lstrip("/")
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    host = host.rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host


def may_contain_url(text: str) -> bool:
    """False only when ``text`` certainly holds no URL (a cheap test before _URL_RE)."""
    return _URL_HINT_RE.search(text) is not None


def strip_urls(text: str) -> str:
    """``text`` with each URL replaced by a space."""
    return _URL_RE.sub(" ", text) if may_contain_url(text) else text


def find_urls(text: str) -> list[str]:
    if not may_contain_url(text):
        return []
    out = []
    for m in _URL_RE.finditer(text):
        url = m.group(0).rstrip(_TRAILING_PUNCT)
        if url:
            out.append(url)
            if len(out) >= MAX_LINKS:
                break
    return out


@lru_cache(maxsize=4096)
def post_context(post: Post) -> PostContext:
    """Normalise a post once; cached because a thread's comments share their post."""
    text, _ = strip_html(post.title + "\n" + post.text[:MAX_RAW_CHARS])
    text = clean_text(text)[: MAX_ANALYSIS_CHARS * 5]
    folded, _ = fold(text)
    return PostContext(
        post=post,
        text=text,
        tokens=frozenset(tokenize(folded)),
        domain=domain_of(post.url),
        lower=text.lower(),
    )


def normalize(comment: Comment, post: Post | None = None) -> Document:
    """Build the ``Document`` for a comment (and its post, when known)."""
    raw = comment.content
    truncated = len(raw) > MAX_RAW_CHARS
    if truncated:
        raw = raw[:MAX_RAW_CHARS]
    tricks: set[str] = set()
    if "&#" in raw and _ENTITY_IN_WORD_RE.search(raw):
        tricks.add("html_entities")
    text, anchors = strip_html(raw)
    cleaned = clean_text(text)
    if len(cleaned) != len(text):
        if any(ord(ch) in _INVISIBLE for ch in text[:MAX_ANALYSIS_CHARS]):
            tricks.add("invisible_characters")
    if (
        cleaned != text
        and _NON_LATIN_LETTER_RE.search(text)
        and not _NON_LATIN_LETTER_RE.search(cleaned)
    ):
        tricks.add("homoglyphs")
    text = _WS_RE.sub(" ", cleaned).strip()
    if len(text) > MAX_ANALYSIS_CHARS:
        text = text[:MAX_ANALYSIS_CHARS]
        truncated = True
    deobf = deobfuscate_urls(text)
    if deobf != text:
        tricks.add("url_obfuscation")
    fold_src = deobf
    if _SPACED_RE.search(deobf):
        # Letters spaced out word by word ("w e i g h t   l o s s"): join each word
        # before whitespace is collapsed, or the words run together into one.
        joined = _WIDE_SPACED_RE.sub(lambda m: m.group(0).replace(" ", ""), cleaned)
        joined = _WS_RE.sub(" ", _SPACED_RE.sub(_join_spaced, joined)).strip()
        fold_src = deobfuscate_urls(joined[:MAX_ANALYSIS_CHARS])
        tricks.add("spaced_letters")
    folded, fold_tricks = fold(fold_src)
    tricks |= fold_tricks

    links: list[Link] = []
    for href, anchor in anchors:
        links.append(
            Link(url=href, domain=domain_of(href), anchor=clean_text(anchor), where="body")
        )
    seen = {link.url for link in links}
    for url in find_urls(deobf):
        if url not in seen and len(links) < MAX_LINKS:
            seen.add(url)
            links.append(Link(url=url, domain=domain_of(url), where="body"))
    author = clean_text(comment.author[:2000])[:500]
    author_domain = domain_of(comment.author_url[:2000]) if comment.author_url else ""
    if author_domain:
        links.append(
            Link(
                url=comment.author_url[:2000],
                domain=author_domain,
                anchor=author,
                where="author_url",
            )
        )
    for url in find_urls(deobfuscate_urls(author)):
        links.append(Link(url=url, domain=domain_of(url), anchor=author, where="author"))
    email = comment.author_email.strip().lower()
    email_domain = email.rpartition("@")[2] if "@" in email else ""

    return Document(
        comment=comment,
        text=text,
        folded=folded,
        tokens=tokenize(strip_urls(folded)),
        links=tuple(links),
        author=author,
        author_domain=author_domain,
        email_domain=email_domain,
        post=post_context(post) if post is not None else None,
        truncated=truncated,
        obfuscations=frozenset(tricks),
    )
