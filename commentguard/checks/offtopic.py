"""Off-topic: how far a comment's language is from its post's.

In the spirit of Mishne, Carmel and Lempel (2005, "Blocking blog spam with language
model disagreement"): a comment about casinos under a post about social media speaks
a different language than its post. Two measures, both explainable by the words that
set the comment apart:

- commercial vocabulary (gambling, pharma, loans, degrees …) that the post never uses;
- for long comments only, next to no shared content words with the post. Short
  comments are never judged on overlap: "So true!" shares nothing with any post and is
  still a real reader.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import STOPWORDS, commercial_terms
from ..normalize import Document, has_cjk
from ..types import Signal
from . import register
from .base import Check, Context

_WORD_RE = re.compile(r"[a-z]{3,}")
#: Content words a comment needs before a lack of overlap with the post means anything.
MIN_WORDS_FOR_OVERLAP = 25
#: Share of a long comment's content words found in the post below which it is off-topic.
MIN_OVERLAP = 0.05
#: Words any comment may share with any post; they say nothing about topic.
_GENERIC = frozenset(
    "blog post posts article site website web page information info great good nice thanks "
    "thank time people work really just know think make read reading write writing "
    "new way things thing also here there more most some many much lot".split()
)


@register
class OffTopicCheck(Check):
    """Flags ``off_topic`` with the words that set the comment apart from its post."""

    name = "off_topic"
    weight = 1.5

    def run(self, doc: Document, context: Context) -> Signal | None:
        folded = doc.folded[:8000]
        post_text = doc.post.lower if doc.post else ""
        terms = [(t, topic) for t, topic in commercial_terms(folded) if t not in post_text]
        score = 0.0
        notes = []
        evidence: list[str] = []
        if terms:
            topics = list(dict.fromkeys(topic for _t, topic in terms))
            score += min(1.0 + 0.4 * (len(terms) - 1), 2.5)
            where = "under a post that never mentions them" if doc.post else "(no post given)"
            notes.append(f"talks about {', '.join(topics)} {where}")
            evidence.extend(t for t, _ in terms[:6])
            if doc.post is None:
                score *= 0.6
        on_topic: list[str] = []
        if doc.post is not None and not has_cjk(folded[:500]):
            words = [w for w in _WORD_RE.findall(folded) if w not in STOPWORDS]
            shared = [w for w in words if w in doc.post.tokens and w not in _GENERIC]
            if len(words) >= MIN_WORDS_FOR_OVERLAP:
                overlap = len(shared) / len(words)
                if overlap < MIN_OVERLAP:
                    score += 0.6
                    notes.append(f"shares {overlap:.0%} of its words with the post")
                    apart = [w for w, _ in Counter(words).most_common(6)]
                    evidence.extend(w for w in apart if w not in evidence)
            on_topic = list(dict.fromkeys(shared))
        if score <= 0:
            # Talking about what the post talks about is what readers do, and what
            # template spam cannot: distinct post words shared are evidence of ham.
            if len(on_topic) >= 2 and not terms:
                return Signal(
                    self.name,
                    -min(len(on_topic) / 6.0, 1.0),
                    frozenset(),
                    "on topic: talks about " + ", ".join(on_topic[:5]),
                    tuple(on_topic[:5]),
                )
            return None
        return Signal(
            self.name,
            score,
            frozenset({"off_topic"}),
            "; ".join(notes),
            tuple(evidence[:8]),
        )
