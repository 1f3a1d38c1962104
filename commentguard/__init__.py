"""commentguard: explainable ham / spam / unsure labels for blog comments.

>>> from commentguard import Comment, Post
>>> Comment.from_dict({"comment_content": "Nice post", "comment_author": "Ann"}).author
'Ann'

The heavy parts (scikit-learn, the model) load on first use, not on import, so a web
backend that imports commentguard at start-up pays for the model only once it checks
a comment.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from .types import (
    Comment,
    CommentguardError,
    InvalidInputError,
    Post,
    Reason,
    Signal,
    Verdict,
)

if TYPE_CHECKING:
    from .combine import Thresholds
    from .guard import Guard

__version__ = "0.1.0"

__all__ = [
    "Comment",
    "CommentguardError",
    "Guard",
    "InvalidInputError",
    "Post",
    "Reason",
    "Signal",
    "Thresholds",
    "Verdict",
    "__version__",
    "check",
]

_default_guard: Guard | None = None
_default_lock = threading.Lock()


def __getattr__(name: str) -> Any:
    if name == "Guard":
        from .guard import Guard

        return Guard
    if name == "Thresholds":
        from .combine import Thresholds

        return Thresholds
    raise AttributeError(f"module 'commentguard' has no attribute {name!r}")


def check(
    comment: Comment | dict[str, Any] | str, post: Post | dict[str, Any] | None = None
) -> Verdict:
    """Label one comment with a shared default ``Guard`` (built on first call)."""
    global _default_guard
    if _default_guard is None:
        with _default_lock:
            if _default_guard is None:
                from .guard import Guard

                _default_guard = Guard()
    return _default_guard.check(comment, post=post)
