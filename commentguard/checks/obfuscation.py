"""Obfuscation: tricks that only exist to get words past a filter.

``normalize`` already undoes them, so the classifier and the other checks read
"casino" whatever was written; this check adds that someone *tried* to hide a word,
which honest readers have no reason to do. Invisible characters alone are weak
evidence (some keyboards and editors insert them); a hidden commercial word is strong.
"""

from __future__ import annotations

from ..lexicon import commercial_terms
from ..normalize import Document
from ..types import Signal
from . import register
from .base import Check, Context

#: Tricks honest text has no reason to use. Leetspeak ("a11y", "k8s"), invisible
#: characters and "example dot com" also occur in honest comments, so on their own
#: they count only when they hid a commercial word.
_STRONG = frozenset({"spaced_letters", "homoglyphs", "html_entities"})


@register
class ObfuscationCheck(Check):
    """Flags ``obfuscated`` when a comment disguises its words or links."""

    name = "obfuscation"
    weight = 1.5

    def run(self, doc: Document, context: Context) -> Signal | None:
        tricks = doc.obfuscations
        if not tricks:
            return None
        hidden = [t for t, _ in commercial_terms(doc.folded[:5000])]
        if hidden:
            # Was the word hidden, or just written? Compare with what the author typed.
            plain = doc.comment.content[:20_000].lower()
            hidden = [t for t in hidden if t not in plain]
        strong = sorted(tricks & _STRONG)
        if not strong and not hidden:
            return None
        score = 0.5 * len(strong) + (1.5 if hidden else 0.0)
        what = ", ".join(sorted(tricks))
        message = f"disguised text ({what})"
        if hidden:
            message += ": hides " + ", ".join(hidden[:3])
        return Signal(self.name, score, frozenset({"obfuscated"}), message, tuple(hidden[:5]))
