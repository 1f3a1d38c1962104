"""The values that flow through commentguard: what comes in (Comment, Post) and what
goes out (Verdict, Reason, Signal).

They are frozen dataclasses so a verdict can be cached, shared between threads and
compared in tests without anyone mutating it behind the engine's back. They import
nothing else from the package: every other module may depend on them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Label = Literal["ham", "spam", "unsure"]
Action = Literal["approve", "hold", "reject"]
CommentType = Literal["comment", "pingback", "trackback"]

LABELS: tuple[Label, ...] = ("ham", "unsure", "spam")

#: Akismet's wire names (and a few other exporters' names) for Comment fields.
#: They let a backend pass the dict it already builds for Akismet unchanged.
COMMENT_ALIASES: dict[str, str] = {
    "comment_content": "content",
    "comment_author": "author",
    "comment_author_email": "author_email",
    "comment_author_url": "author_url",
    "comment_author_ip": "author_ip",
    "comment_author_IP": "author_ip",
    "user_ip": "author_ip",
    "ip": "author_ip",
    "comment_agent": "user_agent",
    "comment_date_gmt": "created_at",
    "comment_date": "created_at",
    "date": "created_at",
    "comment_type": "type",
    "comment_id": "id",
    "comment_parent": "parent_id",
    "comment_post_ID": "post_id",
    "comment_post_id": "post_id",
    "text": "content",
    "body": "content",
    "message": "content",
    "name": "author",
    "email": "author_email",
    "url": "author_url",
    "website": "author_url",
}

POST_ALIASES: dict[str, str] = {
    "post_title": "title",
    "post_text": "text",
    "post_content": "text",
    "post_url": "url",
    "permalink": "url",
    "post_id": "id",
    "blog_lang": "language",
    "post_language": "language",
    "lang": "language",
}


#: The text fields of ``Comment`` and ``Post``, in declaration order (``extra`` aside).
COMMENT_FIELDS: tuple[str, ...] = (
    "content",
    "author",
    "author_email",
    "author_url",
    "author_ip",
    "user_agent",
    "created_at",
    "id",
    "parent_id",
    "post_id",
    "type",
)
POST_FIELDS: tuple[str, ...] = ("title", "text", "url", "id", "language")


class CommentguardError(Exception):
    """Base class of every error commentguard raises on purpose.

    Backends can catch this one type around ``Guard.check`` and know that anything
    else is a bug worth reporting.
    """


class InvalidInputError(CommentguardError, ValueError):
    """A comment, post or file could not be understood; the message names the field."""


def _as_text(value: Any, field_name: str) -> str:
    # Backends hand us whatever their ORM has: None, ints, bytes. Coerce the harmless
    # cases instead of failing on them, and refuse containers, which are always a bug.
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, bool):
        return "true" if value else ""
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return ""
        try:
            return str(value)
        except ValueError as exc:  # ints beyond Python's 4,300-digit str() limit
            raise InvalidInputError(f"field {field_name!r}: integer too large") from exc
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    raise InvalidInputError(f"field {field_name!r} must be text, got {type(value).__name__}")


def _from_mapping(cls: type, data: Mapping[str, Any], aliases: Mapping[str, str]) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise InvalidInputError(
            f"{cls.__name__}.from_dict needs a mapping, got {type(data).__name__}"
        )
    names = set(getattr(cls, "__dataclass_fields__", {}))
    values: dict[str, Any] = {}
    extra: dict[str, str] = {}
    # Canonical names win over aliases, whatever the dict's order.
    for key, value in data.items():
        if key in names and key != "extra":
            values[key] = value
    for key, value in data.items():
        if key in names:
            continue
        target = aliases.get(key)
        if target is not None and target in names and target not in values:
            values[target] = value
        elif "extra" in names and isinstance(key, str) and value not in (None, ""):
            try:
                extra[key] = _as_text(value, key)
            except InvalidInputError:
                continue
    if "extra" in names:
        given = data.get("extra")
        if isinstance(given, Mapping):
            extra.update({str(k): _as_text(v, str(k)) for k, v in given.items()})
        values["extra"] = extra
    return values


@dataclass(frozen=True, slots=True)
class Post:
    """The post a comment was left on: the context that tells on-topic from off-topic."""

    title: str = ""
    text: str = ""
    url: str = ""
    id: str = ""
    language: str = ""

    def __post_init__(self) -> None:
        for name in POST_FIELDS:
            object.__setattr__(self, name, _as_text(getattr(self, name), name))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Post:
        """Build a Post from a dict, accepting ``post_title``/``post_text``/``permalink`` names."""
        return cls(**_from_mapping(cls, data, POST_ALIASES))


@dataclass(frozen=True, slots=True)
class Comment:
    """One comment as a blog stores it. Every field is text; unknown is the empty string."""

    content: str = ""
    author: str = ""
    author_email: str = ""
    author_url: str = ""
    author_ip: str = ""
    user_agent: str = ""
    created_at: str = ""
    id: str = ""
    parent_id: str = ""
    post_id: str = ""
    type: str = "comment"
    #: Fields the engine does not model but a check may use (``honeypot``,
    #: ``user_role``, ``submit_seconds`` …) and that writers carry through.
    extra: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in COMMENT_FIELDS:
            object.__setattr__(self, name, _as_text(getattr(self, name), name))
        kind = self.type.strip().lower() or "comment"
        object.__setattr__(self, "type", kind)
        if self.extra is None:
            object.__setattr__(self, "extra", {})
        elif not isinstance(self.extra, Mapping):
            raise InvalidInputError(
                f"field 'extra' must be a mapping, got {type(self.extra).__name__}"
            )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Comment:
        """Build a Comment from a dict; Akismet's ``comment_*`` names are accepted.

        Keys that are neither fields nor aliases go to ``extra`` so nothing the caller
        sent is silently lost.
        """
        return cls(**_from_mapping(cls, data, COMMENT_ALIASES))

    def __hash__(self) -> int:  # extra is a dict; hash what identifies the comment
        return hash((self.id, self.content, self.author, self.author_url, self.post_id))


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of the explanation: which check said what, how strongly, on what evidence.

    ``weight`` is the check's contribution to the spam log-odds (positive pushes towards
    spam, negative towards ham, zero for a quality flag that is not a spam signal).
    """

    check: str
    weight: float
    message: str
    evidence: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        # Verdicts cross process boundaries by the thousand in a parallel scan; the
        # default pickling of a frozen slotted dataclass sets each field through
        # object.__setattr__ and cost the main process more than parsing the input.
        return (Reason, (self.check, self.weight, self.message, self.evidence))

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "weight": round(self.weight, 3),
            "message": self.message,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class Signal:
    """What one check returns: a score, the flags it raises and why.

    ``score`` is in the check's own units (usually 0..1 strength); the combiner turns it
    into log-odds with the check's weight, so a site can re-weight a check without
    touching its code.
    """

    check: str
    score: float = 0.0
    flags: frozenset[str] = frozenset()
    message: str = ""
    evidence: tuple[str, ...] = ()
    #: A hard override: "ham" (e.g. the site's administrator) or "spam" (a honeypot hit).
    force: Label | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """The engine's answer for one comment, explained."""

    label: Label
    spam_probability: float
    action: Action
    flags: frozenset[str] = frozenset()
    reasons: tuple[Reason, ...] = ()
    #: The classifier's probability before the checks were combined in.
    model_probability: float = 0.0
    comment_id: str = ""
    #: True when the text was longer than the analysis limit and only its start was read.
    truncated: bool = False

    @property
    def is_spam(self) -> bool:
        return self.label == "spam"

    def __reduce__(self) -> tuple[Any, ...]:
        # Cheap pickling for parallel scans (see Reason.__reduce__).
        return (
            Verdict,
            (
                self.label,
                self.spam_probability,
                self.action,
                self.flags,
                self.reasons,
                self.model_probability,
                self.comment_id,
                self.truncated,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; flags sorted so output is stable across runs."""
        return {
            "id": self.comment_id,
            "label": self.label,
            "spam_probability": round(self.spam_probability, 4),
            "model_probability": round(self.model_probability, 4),
            "action": self.action,
            "flags": sorted(self.flags),
            "reasons": [r.to_dict() for r in self.reasons],
            "truncated": self.truncated,
        }

    def explain(self) -> str:
        """A few lines a moderator can read."""
        lines = [f"{self.label} (p={self.spam_probability:.2f}, action={self.action})"]
        if self.flags:
            lines.append("flags: " + ", ".join(sorted(self.flags)))
        for r in self.reasons:
            sign = "+" if r.weight > 0 else ""
            ev = f" [{', '.join(r.evidence[:5])}]" if r.evidence else ""
            lines.append(f"  {r.check} ({sign}{r.weight:.2f}): {r.message}{ev}")
        return "\n".join(lines)
