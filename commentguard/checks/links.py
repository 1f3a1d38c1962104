"""Links: where a comment sends its readers, and whether that has to do with the post.

Link spam is the reason comment spam exists, so links are read closely: how many, to
where (shorteners, raw IPs, punycode, tracking and redirect parameters), with what
anchor text, and from where (the body, the author's URL, or keywords posing as the
author's name). A link to the post's own site or to a reference (Wikipedia, docs, a
paper) is normal reader behaviour and lowers the score; so does a personal blog in the
author URL, which is what most real commenters leave there.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from ..lexicon import commercial_terms
from ..normalize import Document, Link
from ..types import Signal
from . import register
from .base import Check, Context

SHORTENERS = frozenset(
    "bit.ly tinyurl.com goo.gl t.co ow.ly is.gd buff.ly cutt.ly rebrand.ly shorturl.at "
    "tiny.cc rb.gy v.gd s.id t.ly bl.ink lnkd.in soo.gd clck.ru u.to adf.ly shorte.st "
    "bc.vc ouo.io linktr.ee".split()
)
#: Reference and publishing domains: a link there is what real readers post.
REFERENCE_SUFFIXES = (
    "wikipedia.org", "wikimedia.org", "wiktionary.org", "github.com", "github.io", "gitlab.com",
    "stackoverflow.com", "stackexchange.com", "python.org", "mozilla.org", "w3.org", "doi.org",
    "arxiv.org", "nih.gov", "nature.com", "sciencedirect.com", "youtube.com", "youtu.be",
    "vimeo.com", "archive.org", "readthedocs.io", "docs.rs", "pypi.org", "npmjs.com",
    "microsoft.com", "apple.com", "bbc.co.uk", "nytimes.com", "theguardian.com", "reuters.com",
    "imgur.com", "flickr.com", "openstreetmap.org", "google.com", "maps.google.com",
)  # fmt: skip
PERSONAL_SUFFIXES = (
    "wordpress.com", "blogspot.com", "blogger.com", "medium.com", "substack.com", "tumblr.com",
    "github.io", "twitter.com", "x.com", "mastodon.social", "facebook.com", "instagram.com",
    "linkedin.com", "about.me", "livejournal.com", "wix.com", "weebly.com", "neocities.org",
    "typepad.com", "blog.163.com", "weibo.com", "zhihu.com", "douban.com", "qzone.qq.com",
    "csdn.net", "cnblogs.com", "jianshu.com", "sapo.pt", "uol.com.br", "over-blog.com",
)  # fmt: skip
_IP_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_KEYWORD_NAME_RE = re.compile(r"^[a-z]+(?:[ -][a-z]+){1,5}$")
_PERSON_NAME_RE = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]*){0,3}$")
_TRACKING = ("utm_", "ref", "aff", "affiliate", "partner", "campaign", "clickid", "tag")


def _suffix_in(domain: str, suffixes: tuple[str, ...]) -> bool:
    return any(domain == s or domain.endswith("." + s) for s in suffixes)


def _same_site(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return a == b or a.endswith("." + b) or b.endswith("." + a)


@register
class LinksCheck(Check):
    """Flags ``link_heavy`` and, for commercial links unrelated to the post, ``off_topic``."""

    name = "links"
    weight = 1.0

    def run(self, doc: Document, context: Context) -> Signal | None:
        if not doc.links:
            return None
        post_domain = doc.post.domain if doc.post else ""
        post_tokens = doc.post.tokens if doc.post else frozenset()
        score = 0.0
        notes: list[str] = []
        evidence: list[str] = []
        flags: set[str] = set()
        body = [link for link in doc.links if link.where == "body"]
        suspicious = [link for link in doc.links if self._is_suspicious(link, post_domain)]
        n_body = len(body)
        if n_body >= 3:
            score += min(0.5 * (n_body - 2), 3.0)
            flags.add("link_heavy")
            notes.append(f"{n_body} links in the body")
        elif n_body and len(doc.text) < 40 * n_body:
            score += 0.5
            flags.add("link_heavy")
            notes.append("more link than text")
        for link in doc.links:
            tricks = self._tricks(link)
            if tricks:
                score += 0.8 * len(tricks)
                notes.append(f"{', '.join(tricks)} ({link.domain or link.url[:40]})")
                evidence.append(link.url[:80])
        # Commercial words in domains, anchors or a keyword "name" the post never uses.
        commercial: list[str] = []
        for link in suspicious:
            words = " ".join([link.domain.replace("-", " ").replace(".", " "), link.anchor.lower()])
            for term, _topic in commercial_terms(words):
                if term not in post_tokens and term not in commercial:
                    commercial.append(term)
        if commercial:
            score += min(1.0 + 0.5 * len(commercial), 3.0)
            flags.add("off_topic")
            notes.append("links about " + ", ".join(commercial[:4]) + " under a post that is not")
            evidence.extend(commercial[:4])
        if doc.comment.author and self._keyword_author(doc):
            score += 1.0
            notes.append(f"author name looks like keywords: {doc.comment.author[:40]!r}")
            evidence.append(doc.comment.author[:40])
        if any(link.where == "author" for link in doc.links):
            score += 1.0
            notes.append("a link hidden in the author name")
        # Reassurance: links only to the post's site, references or a personal blog.
        if not score and all(not self._is_suspicious(link, post_domain) for link in doc.links):
            kinds = sorted({self._benign_kind(link, post_domain) for link in doc.links})
            return Signal(self.name, -0.5, frozenset(), "links only to " + " and ".join(kinds), ())
        if score <= 0:
            return None
        return Signal(
            self.name, score, frozenset(flags), "; ".join(notes), tuple(dict.fromkeys(evidence))
        )

    @staticmethod
    def _is_suspicious(link: Link, post_domain: str) -> bool:
        d = link.domain
        if not d:
            return link.where == "body"
        if _same_site(d, post_domain) or _suffix_in(d, REFERENCE_SUFFIXES):
            return False
        if d.endswith((".gov", ".edu", ".ac.uk", ".gov.uk", ".edu.au", ".gouv.fr", ".gov.br")):
            return False
        return not (link.where == "author_url" and _suffix_in(d, PERSONAL_SUFFIXES))

    @staticmethod
    def _benign_kind(link: Link, post_domain: str) -> str:
        d = link.domain
        if _same_site(d, post_domain):
            return "the post's own site"
        if _suffix_in(d, REFERENCE_SUFFIXES) or d.endswith((".gov", ".edu")):
            return "references"
        return "a personal page"

    @staticmethod
    def _tricks(link: Link) -> list[str]:
        d = link.domain
        out = []
        if d in SHORTENERS:
            out.append("URL shortener")
        if _IP_RE.match(d):
            out.append("raw IP address")
        if "xn--" in d:
            out.append("punycode domain")
        try:
            query = urlsplit(link.url if "://" in link.url[:12] else "http://" + link.url).query
        except ValueError:
            return out
        if query:
            params = parse_qsl(query[:2000])
            if any(v.startswith(("http://", "https://", "www.")) for _k, v in params):
                out.append("redirect in query string")
            elif any(k.lower().startswith(_TRACKING) for k, _v in params):
                out.append("tracking/affiliate parameters")
        return out

    @staticmethod
    def _keyword_author(doc: Document) -> bool:
        name = doc.comment.author.strip()
        if _PERSON_NAME_RE.match(name):
            # "John Smith" is a person even with a commercial word in it, unless it is one.
            return bool(commercial_terms(name.lower())) and len(name.split()) >= 2
        return bool(commercial_terms(name.lower())) or bool(
            doc.author_domain and _KEYWORD_NAME_RE.match(name.lower()) and len(name.split()) >= 3
        )
