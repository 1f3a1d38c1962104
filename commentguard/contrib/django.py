"""Moderate ``django_comments`` with commentguard: hold ``unsure``, reject ``spam``.

Register the moderator for each commentable model, as with any ``CommentModerator``::

    from django_comments.moderation import moderator
    from commentguard.contrib.django import CommentguardModerator

    class EntryModerator(CommentguardModerator):
        post_title_field = "title"   # attribute (or method) of the object commented on
        post_body_field = "body"     # None: no post text

    moderator.register(Entry, EntryModerator)

``allow()`` returns False for a comment whose verdict's action is ``reject`` (spam), so
django_comments refuses it (HTTP 400) and nothing is stored; set ``reject_spam = False``
to keep spam as a non-public comment instead. ``moderate()`` returns True for ``hold``
(``unsure``, or a duplicate), so the comment is saved with ``is_public=False`` for a
moderator. A ham comment is left to the other moderation options. The moderator's own
options (``enable_field``, ``auto_close_field`` …) still apply first.

Settings, read once per process (one ``Guard`` shared by every request and thread)::

    COMMENTGUARD = {
        "MODEL": None,             # model file; None: the bundled model
        "TRUST_MODEL": False,      # load a model file without a matching card
        "HISTORY": BASE_DIR / "commentguard.sqlite3",  # duplicates across posts/restarts
        "WEIGHTS": {"links": 1.5}, # per-check weight overrides
        "THRESHOLDS": {"unsure": 0.5, "spam": 0.85, "discard": 0.99},
        "DISABLE": [],             # checks to switch off
        "FEEDBACK": None,          # JSON Lines file for record_comment_feedback()
    }

The request's user is passed on as ``user_role`` (``administrator`` for superusers,
``editor`` for staff, ``user`` for other signed-in users), which the ``submission``
check trusts: the site's own staff are never labelled spam.

If the Guard fails (no model file, a broken check), the comment is held, never published
unchecked and never lost; the error is logged on ``commentguard.contrib.django``. The
verdict is left on the comment as ``comment.commentguard_verdict`` for signal receivers.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django_comments.moderation import CommentModerator

from ..combine import Thresholds
from ..feedback import record_feedback
from ..guard import Guard
from ..types import Comment, Post, Verdict

logger = logging.getLogger("commentguard.contrib.django")

SETTINGS_NAME = "COMMENTGUARD"
_KNOWN_SETTINGS = frozenset(
    {"MODEL", "TRUST_MODEL", "HISTORY", "WEIGHTS", "THRESHOLDS", "DISABLE", "FEEDBACK"}
)
#: Attribute under which the verdict is left on the comment.
VERDICT_ATTRIBUTE = "commentguard_verdict"

_guard: Guard | None = None
_guard_lock = threading.Lock()


def guard_settings() -> dict[str, Any]:
    """The ``COMMENTGUARD`` settings block, validated (unknown keys are an error)."""
    conf = getattr(settings, SETTINGS_NAME, None) or {}
    if not isinstance(conf, Mapping):
        raise ImproperlyConfigured(f"settings.{SETTINGS_NAME} must be a dict")
    unknown = set(conf) - _KNOWN_SETTINGS
    if unknown:
        raise ImproperlyConfigured(
            f"unknown keys in settings.{SETTINGS_NAME}: {sorted(unknown)}; "
            f"known: {sorted(_KNOWN_SETTINGS)}"
        )
    return dict(conf)


def build_guard(conf: Mapping[str, Any]) -> Guard:
    """A Guard from a ``COMMENTGUARD`` settings block."""
    thresholds = conf.get("THRESHOLDS")
    if isinstance(thresholds, Mapping):
        thresholds = Thresholds(**thresholds)
    elif thresholds is not None and not isinstance(thresholds, Thresholds):
        raise ImproperlyConfigured(f"{SETTINGS_NAME}['THRESHOLDS'] must be a dict or Thresholds")
    history = conf.get("HISTORY")
    if isinstance(history, (str, os.PathLike)):
        history = os.fspath(history)
    return Guard(
        conf.get("MODEL"),
        trust_model=bool(conf.get("TRUST_MODEL", False)),
        weights=conf.get("WEIGHTS") or None,
        thresholds=thresholds,
        disable=conf.get("DISABLE") or (),
        history=history,
    )


def get_guard() -> Guard:
    """The process-wide Guard, built from settings on first use."""
    global _guard
    guard = _guard
    if guard is None:
        with _guard_lock:
            if _guard is None:
                _guard = build_guard(guard_settings())
            guard = _guard
    return guard


def reset_guard() -> None:
    """Forget the shared Guard; the next ``get_guard()`` reads the settings again."""
    global _guard
    with _guard_lock:
        _guard = None


def _on_setting_changed(*, setting: str, **kwargs: Any) -> None:
    # override_settings(COMMENTGUARD=...) in tests takes effect without a restart.
    if setting == SETTINGS_NAME:
        reset_guard()


setting_changed.connect(_on_setting_changed, dispatch_uid="commentguard-reset-guard")


def _value(obj: Any, name: str | None) -> str:
    if not name:
        return ""
    value = getattr(obj, name, None)
    if callable(value):
        value = value()
    return "" if value is None else str(value)


def _user_role(request: Any) -> str:
    user = getattr(request, "user", None)
    if user is None or not getattr(user, "is_authenticated", False):
        return ""
    if getattr(user, "is_superuser", False):
        return "administrator"
    if getattr(user, "is_staff", False):
        return "editor"
    return "user"


def comment_from_django(comment: Any, request: Any = None) -> Comment:
    """A commentguard ``Comment`` from a django_comments comment (and its request)."""
    meta: Mapping[str, Any] = getattr(request, "META", None) or {}
    extra = {
        "referrer": str(meta.get("HTTP_REFERER", "")),
        "user_role": _user_role(request),
    }
    submit_date = getattr(comment, "submit_date", None)
    return Comment(
        content=getattr(comment, "comment", "") or "",
        author=getattr(comment, "name", None) or getattr(comment, "user_name", "") or "",
        author_email=getattr(comment, "email", None) or getattr(comment, "user_email", "") or "",
        author_url=getattr(comment, "url", None) or getattr(comment, "user_url", "") or "",
        author_ip=getattr(comment, "ip_address", "") or "",
        user_agent=str(meta.get("HTTP_USER_AGENT", "")),
        created_at=submit_date.isoformat() if submit_date is not None else "",
        id=str(comment.pk) if getattr(comment, "pk", None) is not None else "",
        post_id=str(getattr(comment, "object_pk", "") or ""),
        extra={k: v for k, v in extra.items() if v},
    )


def post_from_object(
    obj: Any,
    request: Any = None,
    *,
    title_field: str | None = "title",
    body_field: str | None = "body",
    url_method: str | None = "get_absolute_url",
) -> Post | None:
    """The ``Post`` a comment was left on, from the object it is attached to."""
    if obj is None:
        return None
    url = ""
    if url_method and hasattr(obj, url_method):
        try:
            url = _value(obj, url_method)
        except Exception:  # a broken get_absolute_url must not block commenting
            logger.debug("could not get the URL of %r", obj, exc_info=True)
            url = ""
        if url.startswith("/") and request is not None and hasattr(request, "build_absolute_uri"):
            url = request.build_absolute_uri(url)
    pk = getattr(obj, "pk", None)
    return Post(
        title=_value(obj, title_field),
        text=_value(obj, body_field),
        url=url,
        id="" if pk is None else str(pk),
    )


class CommentguardModerator(CommentModerator):
    """A ``CommentModerator`` that asks commentguard: reject spam, hold unsure."""

    #: Attribute or method of the commented object giving the post's title (None: none).
    post_title_field: str | None = "title"
    #: Attribute or method giving the post's text (None: none).
    post_body_field: str | None = "body"
    #: Method giving the post's URL (made absolute with the request).
    post_url_method: str | None = "get_absolute_url"
    #: Refuse spam outright (True) or keep it as a non-public comment (False).
    reject_spam: bool = True
    #: Hold the comment when the Guard fails (True) or let it through (False).
    hold_on_error: bool = True

    def get_guard(self) -> Guard:
        """The Guard to use; the shared one from settings unless overridden."""
        return get_guard()

    def get_comment(self, comment: Any, request: Any) -> Comment:
        return comment_from_django(comment, request)

    def get_post(self, content_object: Any, request: Any) -> Post | None:
        return post_from_object(
            content_object,
            request,
            title_field=self.post_title_field,
            body_field=self.post_body_field,
            url_method=self.post_url_method,
        )

    def check(self, comment: Any, content_object: Any, request: Any) -> Verdict | None:
        """The comment's verdict (computed once, then cached on it); None if the Guard failed."""
        cached = getattr(comment, VERDICT_ATTRIBUTE, None)
        if isinstance(cached, Verdict):
            return cached
        try:
            verdict = self.get_guard().check(
                self.get_comment(comment, request), self.get_post(content_object, request)
            )
        except Exception:
            logger.exception("commentguard could not check a comment on %r", content_object)
            return None
        setattr(comment, VERDICT_ATTRIBUTE, verdict)
        logger.info(
            "comment on %r: %s (p=%.2f, action=%s) %s",
            content_object,
            verdict.label,
            verdict.spam_probability,
            verdict.action,
            "; ".join(r.message for r in verdict.reasons[:3]),
        )
        return verdict

    def allow(self, comment: Any, content_object: Any, request: Any) -> bool:
        if not super().allow(comment, content_object, request):
            return False
        verdict = self.check(comment, content_object, request)
        return not (verdict is not None and verdict.action == "reject" and self.reject_spam)

    def moderate(self, comment: Any, content_object: Any, request: Any) -> bool:
        if super().moderate(comment, content_object, request):
            return True
        verdict = self.check(comment, content_object, request)
        if verdict is None:
            return self.hold_on_error
        # "hold" is unsure or a duplicate; "reject" only gets here when reject_spam is off.
        return verdict.action in ("hold", "reject")


def record_comment_feedback(
    comment: Any, label: str, *, source: str = "django", request: Any = None
) -> dict[str, Any] | None:
    """Append a moderator's decision (``"spam"``/``"ham"``) to ``COMMENTGUARD["FEEDBACK"]``.

    Call it from an admin action ("mark as spam") so ``commentguard train`` learns from
    the site's own moderation. Returns the record, or None when no file is configured.
    """
    path = guard_settings().get("FEEDBACK")
    if not path:
        return None
    content_object = getattr(comment, "content_object", None)
    return record_feedback(
        path,
        comment_from_django(comment, request),
        label,
        source,
        post=post_from_object(content_object, request) if content_object is not None else None,
    )


__all__ = [
    "CommentguardModerator",
    "build_guard",
    "comment_from_django",
    "get_guard",
    "guard_settings",
    "post_from_object",
    "record_comment_feedback",
    "reset_guard",
]
