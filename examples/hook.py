"""The smallest integration: one function any backend calls for each new comment.

    from hook import on_new_comment

    action = on_new_comment({
        "comment_content": text,          # Akismet's names or commentguard's ("content")
        "comment_author": name,
        "comment_author_email": email,
        "comment_author_url": website,
        "user_ip": ip,
        "user_agent": user_agent,
        "post": {"title": post.title, "text": post.body, "url": post.url},   # optional
    })
    if action == "approve": publish(...)
    elif action == "hold": queue_for_moderation(...)
    else: discard(...)                    # "reject"

One Guard is built on the first call and shared by every later call and thread (the
model loads once). ``COMMENTGUARD_MODEL`` and ``COMMENTGUARD_HISTORY`` (environment)
choose the model file and the SQLite history file. If commentguard fails (no model, bad
input), the comment is held: never published unchecked, never lost.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any, Literal

from commentguard import CommentguardError
from commentguard.guard import Guard

logger = logging.getLogger("commentguard.hook")

Action = Literal["approve", "hold", "reject"]

_guard: Guard | None = None
_lock = threading.Lock()


def get_guard() -> Guard:
    """The shared Guard, built on first use from the environment."""
    global _guard
    if _guard is None:
        with _lock:
            if _guard is None:
                _guard = Guard(
                    os.environ.get("COMMENTGUARD_MODEL") or None,
                    history=os.environ.get("COMMENTGUARD_HISTORY") or None,
                )
    return _guard


def on_new_comment(data: dict[str, Any]) -> Action:
    """``"approve"``, ``"hold"`` or ``"reject"`` for one new comment (see the module doc)."""
    fields = {k: v for k, v in data.items() if k != "post"}
    post = data.get("post")
    try:
        verdict = get_guard().check(fields, post=post)
    except CommentguardError:
        logger.exception("commentguard failed; holding the comment for a moderator")
        return "hold"
    logger.info("%s", verdict.explain())
    return verdict.action


if __name__ == "__main__":
    import json
    import sys

    logging.basicConfig(level=logging.INFO)
    # echo '{"comment_content": "Nice post"}' | python examples/hook.py
    print(on_new_comment(json.load(sys.stdin)))
