"""What the backend knows about how the comment was sent.

A filled honeypot field (a form input hidden from people) is a bot, whatever it wrote;
a form submitted within two seconds of loading was not typed by a person; the site's
own administrators and authors are never spam; a commenter the site approved before
has earned some trust. These come in through ``Comment.extra`` when the backend passes
them (``honeypot``, ``submit_seconds``, ``user_role``, ``approved_before``), and
Akismet's test values behave as Akismet documents them.
"""

from __future__ import annotations

from ..normalize import Document
from ..types import Signal
from . import register
from .base import Check, Context

TRUSTED_ROLES = frozenset({"administrator", "admin", "editor", "author", "owner"})
#: Seconds between page load and submit below which no person typed the comment.
MIN_HUMAN_SECONDS = 2.0


@register
class SubmissionCheck(Check):
    """Honeypot, submit timing, trusted roles, previously approved authors, Akismet test values."""

    name = "submission"
    weight = 1.0

    def run(self, doc: Document, context: Context) -> Signal | None:
        c = doc.comment
        extra = c.extra
        role = str(extra.get("user_role", "")).strip().lower()
        if role in TRUSTED_ROLES:
            return Signal(
                self.name,
                -3.0,
                frozenset({"trusted"}),
                f"posted by the site's {role}",
                (),
                force="ham",
            )
        if (
            c.author.strip().lower() == "viagra-test-123"
            or c.author_email.strip().lower() == "akismet-guaranteed-spam@example.com"
        ):
            return Signal(
                self.name,
                5.0,
                frozenset({"test_spam"}),
                "Akismet's guaranteed-spam test value",
                (),
                force="spam",
            )
        if str(extra.get("honeypot", "")).strip():
            return Signal(
                self.name,
                5.0,
                frozenset({"honeypot"}),
                "filled in a form field hidden from people",
                (),
                force="spam",
            )
        score = 0.0
        notes = []
        flags = set()
        seconds = _float(extra.get("submit_seconds"))
        if seconds is not None and 0 <= seconds < MIN_HUMAN_SECONDS:
            score += 2.0
            flags.add("too_fast")
            notes.append(f"form sent {seconds:.1f} s after the page loaded")
        if str(extra.get("approved_before", "")).strip().lower() in ("1", "true", "yes"):
            score -= 1.5
            flags.add("trusted")
            notes.append("this author had comments approved before")
        if c.type in ("pingback", "trackback") and not doc.links:
            score += 1.0
            notes.append(f"a {c.type} with no link back")
        if not notes:
            return None
        return Signal(self.name, score, frozenset(flags), "; ".join(notes))


def _float(value: object) -> float | None:
    try:
        return float(str(value)) if value not in (None, "") else None
    except ValueError:
        return None
