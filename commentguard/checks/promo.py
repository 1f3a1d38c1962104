"""Self-promotion: "check out my channel", "subscribe to me", "follow me on…".

A reader who has written something related links to it with a sentence about the
post; a self-promoter asks for clicks, subscribers and likes whatever the post says.
The wording of the ask is the tell, so this check reads only that, and weighs little
on its own: fellow bloggers do say "come visit my blog".
"""

from __future__ import annotations

import re

from ..normalize import Document
from ..types import Signal
from . import register
from .base import Check, Context

_ASKS = re.compile(
    r"\b(?:check(?:ing)? out|visit|see|watch|listen to|look at) (?:my|our) (?:new |latest |youtube |music |art )?"
    r"(?:channel|videos?|vids?|songs?|music|mixtape|page|profile|playlist|covers?|shop|store)\b"
    r"|\bsubscrib\w* (?:to )?(?:my|me|our)\b|\bsub (?:4|for) sub\b|\bplease (?:like|share|subscribe|follow)\b"
    r"|\bfollow (?:me|us) (?:on|at)\b|\bgive (?:it|me|us|my \w+) a (?:listen|like|view|try)\b"
    r"|\blike (?:and|&) (?:subscribe|share)\b|\bi (?:make|made|upload|post) (?:music|videos|covers|beats)\b"
    r"|\b(?:my|our) (?:new |first )?(?:channel|mixtape|single)\b"
)


@register
class SelfPromotionCheck(Check):
    """Flags ``self_promotion`` when a comment asks for clicks, subscribers or likes."""

    name = "promo"
    weight = 1.2

    def run(self, doc: Document, context: Context) -> Signal | None:
        asks = list(dict.fromkeys(m.group(0) for m in _ASKS.finditer(doc.folded[:5000])))
        if not asks:
            return None
        return Signal(
            self.name,
            min(1.0, 0.6 + 0.4 * (len(asks) - 1)) if len(asks) > 1 else 0.6,
            frozenset({"self_promotion"}),
            "asks for clicks, subscribers or likes",
            tuple(asks[:4]),
        )
