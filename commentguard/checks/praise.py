"""Generic praise: a compliment that would fit under any post.

Spinning bots praise "your blog", "this site", "the great information", promise to
bookmark and come back, and never mention what the post is about. Real readers praise
too, but name something from the post. So the score is template phrases *times*
lack of specificity: "Nice post" with nothing else is weak evidence; four template
phrases and no word of the post is strong. Spintax leftovers (``{Hi|Hello}``) are the
machine's fingerprint and count on their own.
"""

from __future__ import annotations

import re

from ..lexicon import STOPWORDS
from ..normalize import Document
from ..types import Signal
from . import register
from .base import Check, Context

# Template phrases, matched on folded text with apostrophes normalised to "'".
_PHRASES = (
    r"thumbs? up", r"book ?mark(?:ed|ing)?", r"(?:come|coming|be) back", r"check back",
    r"could have sworn", r"been (?:to|on) this (?:blog|site|website)", r"(?:this|your) (?:blog|site|website|web site|weblog|webpage|web page)",
    r"blog ?posts?", r"(?:great|good|nice|wonderful|useful|valuable|fantastic|helpful|awesome) (?:info|information|content|article|post|piece|read|stuff|blog|site|website|write[- ]?up|job|work)",
    r"genuine thoughts", r"high[- ]grade", r"in the (?:upcoming|future)", r"keep (?:up|it up)", r"(?:the )?good work",
    r"very (?:informative|helpful|useful|nice|interesting)", r"informative", r"this (?:paragraph|piece of writing|post|article|write[- ]?up|topic|subject|matter|issue)",
    r"blog(?:ger)?s? owners?", r"webmasters?", r"site[- ]building", r"blogging", r"glad i (?:found|stumbled|came)",
    r"stumbled (?:upon|across|over)", r"(?:rss|atom) feed", r"added (?:you|it|this) to my", r"share (?:this|it) with",
    r"(?:my )?(?:friends|colleagues|followers)", r"i(?:'ll| will) be (?:back|returning)", r"subscribed?", r"you(?:'re| are) (?:so )?(?:awesome|amazing|great)",
    r"so nice to find", r"what a (?:great|nice|wonderful)", r"many thanks", r"thanks? (?:you )?(?:for|a lot for) (?:sharing|posting|writing|the effort|this)",
    r"appreciate", r"well written", r"learn(?:ed|t) (?:a lot|lots|something)", r"lots? of useful", r"look(?:ing)? forward",
    r"future (?:posts?|articles?)", r"more (?:posts?|articles?)", r"on the (?:web|internet|net)", r"browsing", r"googling",
    r"searching for", r"found your", r"(?:your|the) (?:writing|articles?|posts?|content)", r"(?:you|u) (?:made|make) some",
    r"(?:nice|great|good|excellent|wonderful|fantastic|superb|amazing) (?:post|blog|site|article|job|read)", r"hello there", r"hi there", r"good day",
    r"howdy", r"heya", r"hey there", r"i'm (?:impressed|really impressed)", r"i (?:really )?(?:like|love|enjoy(?:ed)?) (?:your|this|the) (?:blog|site|post|writing|article|theme|design)",
    r"quality (?:content|articles?|posts?)", r"continue (?:the|this|your) (?:good|great) work", r"daily basis", r"it's (?:pretty|very|really) (?:worth|nice)",
    r"worth (?:enough|reading)", r"(?:this|that) is (?:really|very|truly) (?:a )?(?:nice|great|good)", r"your (?:efforts|effort|hard work)",
)  # fmt: skip
_PHRASE_RE = re.compile(r"(?<!\w)(?:" + "|".join(_PHRASES) + r")(?!\w)")
_SPINTAX_RE = re.compile(r"\{[^{}|\n]{1,80}\|[^{}\n]{1,200}\}")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_META_WORDS = frozenset(
    "blog blogs site sites website websites web page pages post posts article articles content "
    "information info writing paragraph topic subject matter issue thanks thank great good nice "
    "awesome amazing wonderful useful helpful interesting informative work time people".split()
)


@register
class GenericPraiseCheck(Check):
    """Flags ``generic_praise``: template compliments with nothing specific to the post."""

    name = "generic_praise"
    weight = 2.2

    def run(self, doc: Document, context: Context) -> Signal | None:
        text = doc.folded.replace("’", "'").replace("`", "'")
        spintax = _SPINTAX_RE.findall(doc.comment.content[:20_000])
        hits = list(dict.fromkeys(m.group(0) for m in _PHRASE_RE.finditer(text[:5000])))
        if not hits and not spintax:
            return None
        words = [w for w in _WORD_RE.findall(text[:5000]) if w not in STOPWORDS]
        specific = self._specific_words(words, doc)
        # Two or more template phrases make a pattern; one is ordinary politeness.
        strength = min(max(len(hits) - 1, 0) / 4.0, 1.0)
        if specific is None:
            # No post to compare with: template density alone, discounted.
            factor = 0.6
        else:
            factor = max(0.0, 1.0 - len(specific) / 3.0)
        # Short thanks ("Great post, thanks!") carry little evidence either way.
        if len(words) < 8:
            factor *= 0.3
        score = strength * factor
        evidence = tuple(hits[:8])
        if spintax:
            score = max(score, 1.0) + 0.5
            evidence = tuple(spintax[:3]) + evidence
            return Signal(
                self.name,
                score,
                frozenset({"generic_praise", "spintax"}),
                "unexpanded spinning template {a|b} left in the text: written by a bot",
                evidence,
            )
        if score < 0.15:
            return None
        where = (
            "names nothing from the post"
            if specific == set()
            else "no post to compare with"
            if specific is None
            else "mentions little of the post (" + ", ".join(sorted(specific)[:3]) + ")"
        )
        flags = frozenset({"generic_praise"}) if score >= 0.35 else frozenset()
        return Signal(
            self.name,
            score,
            flags,
            f"generic praise that would fit any post ({len(hits)} template phrases); {where}",
            evidence,
        )

    @staticmethod
    def _specific_words(words: list[str], doc: Document) -> set[str] | None:
        if doc.post is None:
            return None
        post_tokens = doc.post.tokens
        return {w for w in words if w in post_tokens and w not in _META_WORDS}
