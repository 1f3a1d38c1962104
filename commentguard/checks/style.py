"""Style: shouting and stretched characters.

Neither is spam on its own (angry readers shout), so the weight is small; the flag
helps a moderator sort a queue, and keyword-stuffed gibberish shows up here too.
"""

from __future__ import annotations

import re
from collections import Counter

from ..normalize import Document
from ..types import Signal
from . import register
from .base import Check, Context

_REPEAT_RE = re.compile(r"(\S)\1{5,}")
# Cased letters of the scripts that have case; counted with C-speed findall, not a loop.
_UPPER_RE = re.compile(r"[A-Z\u00c0-\u00de\u0391-\u03a9\u0400-\u042f]")
_LOWER_RE = re.compile(r"[a-z\u00df-\u00ff\u03b1-\u03c9\u0430-\u045f]")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")


@register
class StyleCheck(Check):
    """Flags ``shouting``, ``repeated_characters`` and ``repetitive`` (stuffed keywords)."""

    name = "style"
    weight = 0.4

    def run(self, doc: Document, context: Context) -> Signal | None:
        text = doc.text[:5000]
        flags = set()
        notes = []
        evidence: list[str] = []
        score = 0.0
        upper = len(_UPPER_RE.findall(text))
        # Shouting needs 20 cased letters, 70% of them capitals: at least 14 capitals,
        # which most comments do not have, so their lower case is never counted.
        cased = upper + len(_LOWER_RE.findall(text)) if upper >= 14 else 0
        if cased >= 20 and upper / cased > 0.7:
            flags.add("shouting")
            notes.append("written in capitals")
            score += 0.5
        m = _REPEAT_RE.search(text)
        if m:
            flags.add("repeated_characters")
            notes.append("stretched characters")
            evidence.append(m.group(0)[:20])
            score += 0.3
        words = _WORD_RE.findall(doc.folded[:5000])
        if len(words) >= 12:
            top, count = Counter(words).most_common(1)[0]
            bigrams = Counter(zip(words, words[1:]))
            (b1, b2), bcount = bigrams.most_common(1)[0]
            if bcount >= 4 and bcount / len(words) > 0.08:
                flags.add("repetitive")
                notes.append(f"repeats {b1} {b2!s} {bcount} times")
                evidence.append(f"{b1} {b2}")
                score += 2.5
            elif count / len(words) > 0.25 and top not in ("the", "and"):
                flags.add("repetitive")
                notes.append(f"repeats {top!r} {count} times")
                evidence.append(top)
                score += 1.5
        if not flags:
            return None
        return Signal(self.name, score, frozenset(flags), "; ".join(notes), tuple(evidence))
