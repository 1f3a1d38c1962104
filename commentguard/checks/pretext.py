"""The classic bot pretexts: a reason to comment that is about the blog, never the post.

"Your RSS feed is broken", "I get four e-mails for every comment, can you remove me",
"do you have a spam problem here", "which theme is this", "have you thought of
translating your site" — spam scripts have used the same handful of excuses for years,
because they fit every blog. Each pattern names the pretext in the explanation.
"""

from __future__ import annotations

import re

from ..normalize import Document
from ..types import Signal
from . import register
from .base import Check, Context

# (name, words one of which every match contains, pattern). The words are a cheap
# substring test that skips the regular expression for nearly every comment; the tests
# generate strings from each pattern to check that none of its matches lacks them.
_PRETEXTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("broken RSS feed", ('feed', 'rss'), r"(?:rss|atom|your) feeds? (?:is|are|isn't|aren't|is not|are not|doesn't|does not|don't|do not|won't|will not|seems?|not)\b.{0,40}(?:work|load|show|updat|broken)|(?:rss|feed) (?:reader|account).{0,80}(?:nothing|didn't|not work|won't)"),
    ("notify-me e-mails", ('notify', 'mail', 'message', 'notification', 'remove me'), r"notify me (?:when|whenever|of)|(?:get|receive|receiving|getting) (?:\w+ ){0,3}(?:e-?mails?|emails|messages|notifications) (?:with the same|each time|every time|whenever)|remove me from (?:that|this|the) service"),
    ("spam problem", ('spam', 'hacker'), r"(?:have|got|with|having) (?:a |any )?(?:spam|spammers?) (?:problem|issue|comments?)|(?:problems?|issues?) with (?:spam|spammers|hackers)|protect against hackers"),
    ("theme question", ('theme', 'template', 'platform', 'plugin', 'host', 'design', 'hire'), r"(?:which|what) (?:blog |wordpress )?(?:theme|template|platform|blog platform|plugin|web host|hosting)\b.{0,30}(?:are you|do you|is this|you're|were you)|(?:is this|is that) a (?:paid|free|custom) (?:theme|template)|where did you get (?:this|that|the) (?:theme|template|design)|did you (?:hire|design) (?:someone|it yourself)"),
    ("translation offer", ('translat',), r"translat\w+ (?:your|this)(?: \w+){0,2} (?:blog|site|website|web ?page|page|content|articles?|posts?)|translat\w+ (?:right here|who|that could|service|services|team)"),
    ("browser compatibility", ('compatib', 'overlap', 'look'), r"(?:internet explorer|opera|safari|firefox|chrome|ie)\b.{0,60}(?:compatib|overlap|doesn't look|does not look|looks? (?:odd|weird|strange))|compatibility (?:issue|problem)s?"),
    ("guest post / contact request", ('guest', 'contact', 'mail', 'reach you', 'exchange'), r"(?:write|writing) (?:a |some )?guest (?:post|article)|(?:contact|e-?mail) (?:details|info|address)\b.{0,40}(?:you|your)|how (?:can|do) i (?:contact|reach) you|link exchange|exchange links"),
    ("starting a blog", ('blog', 'website', 'writer'), r"(?:starting|start|begin|launch)(?:ing)? (?:my own|a) (?:blog|website)\b.{0,80}(?:tips|advice|suggest|recommend|help)|(?:aspiring|new|novice) (?:blog(?:ger)?|writers?)\b.{0,60}(?:tips|advice)"),
    ("quoting your post", ('if i ', 'quote', 'share'), r"(?:mind|okay|ok) if i (?:quote|share|use) (?:some|a few|a couple|parts)|(?:quote|share) (?:some of )?your (?:posts?|articles?) (?:on|to) my"),
    ("site speed / hacking", ('loading', 'taking', 'hacked'), r"(?:your )?(?:site|blog|website) (?:is|was) (?:loading|taking) (?:very |really |a bit )?(?:slow|long)|(?:blog|site|website) (?:got|was|has been) hacked"),
    ("bookmarked to social", ('digg', 'stumbleupon', 'delicious', 'reddit', 'twitter', 'facebook'), r"(?:digg|stumbleupon|delicious|reddit|twitter|facebook)\b.{0,40}(?:bookmark|share|tweet)\w*\b.{0,30}(?:this|your) (?:site|blog|post|article)"),
)  # fmt: skip
_PRETEXT_RES = tuple((name, keys, re.compile(pattern)) for name, keys, pattern in _PRETEXTS)


@register
class PretextCheck(Check):
    """Flags ``generic_praise`` + ``pretext`` for the bot excuses every blog receives."""

    name = "pretext"
    weight = 2.5

    def run(self, doc: Document, context: Context) -> Signal | None:
        text = doc.folded[:5000].replace("’", "'")
        found = []
        evidence = []
        for name, keys, pattern in _PRETEXT_RES:
            if not any(k in text for k in keys):
                continue
            m = pattern.search(text)
            if m:
                found.append(name)
                evidence.append(m.group(0)[:80])
        if not found:
            return None
        # A post that is itself about feeds, themes or translation makes the words
        # ordinary: a question about a post's own subject is not a pretext.
        if doc.post is not None and any(
            w in doc.post.tokens
            for w in ("rss", "theme", "translation", "translate", "spam", "plugin")
        ):
            return Signal(
                self.name,
                0.3,
                frozenset(),
                f"mentions {found[0]}, but so does the post",
                tuple(evidence),
            )
        return Signal(
            self.name,
            min(1.0, 0.8 + 0.2 * len(found)),
            frozenset({"generic_praise", "pretext"}),
            "classic spam pretext about the blog, not the post: " + ", ".join(found),
            tuple(evidence),
        )
