"""JSON Lines: one JSON object per line, with Comment fields or their aliases.

The same names as CSV are understood (``content``/``comment_content``/``text``/``body``/
``comment``/``message`` for the text, Akismet's ``comment_*`` names). The post comes from
a nested ``"post": {...}`` object or from flat ``post_title``/``post_text``/``post_url``/
``post_id`` keys. Lines are UTF-8; blank lines are skipped. A line that is not valid
UTF-8, not valid JSON, not an object, or has a value over ``MAX_FIELD_CHARS`` is a bad
record.

Writing back (``clean``): unchanged lines are copied byte for byte; a changed one is
the same object re-serialised with, in mark mode, ``label``, ``spam_probability``,
``action`` and ``flags`` added.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from ..types import POST_ALIASES, Comment, Post
from .base import MAX_LINE_BYTES, InputError, Record, field_problem

CONTENT_KEYS = ("content", "comment_content", "text", "body", "comment", "message")
_POST_KEYS = frozenset(POST_ALIASES) - {"post_id"}
PARENT_KEYS = ("parent_id", "comment_parent")
_POST_ID_KEYS = ("post_id", "comment_post_ID", "comment_post_id")


def _values(obj: Mapping[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in obj.items() if isinstance(v, str)}
    post = obj.get("post")
    if isinstance(post, Mapping):
        flat.update({f"post.{k}": v for k, v in post.items() if isinstance(v, str)})
    return flat


def record_from(
    obj: Mapping[str, Any], post_cache: dict[Any, Post] | None = None
) -> tuple[Comment, Post | None]:
    """A Comment and its Post from one JSON object (also used for quarantine files)."""
    data: dict[str, Any] = {}
    post_data: dict[str, Any] = {}
    content_key = next((k for k in CONTENT_KEYS if k in obj), None)
    for key, value in obj.items():
        if key == "post":
            continue
        if key in _POST_KEYS:
            post_data[key] = value
        elif key == content_key:
            data["content"] = value
        elif key in CONTENT_KEYS:
            continue
        else:
            data[key] = value
        if key in _POST_ID_KEYS and value not in (None, ""):
            post_data.setdefault("post_id", value)
    nested = obj.get("post")
    if isinstance(nested, Mapping):
        post_data.update(nested)
    comment = Comment.from_dict(data)
    post = None
    if any(
        post_data.get(k)
        for k in (
            "post_title",
            "post_text",
            "post_content",
            "post_url",
            "permalink",
            "title",
            "text",
            "url",
        )
    ):
        cache_key: tuple[tuple[str, str], ...] | None = None
        if post_cache is not None:
            cache_key = tuple(sorted((str(k), str(v)) for k, v in post_data.items()))
        post = (
            post_cache.get(cache_key) if post_cache is not None and cache_key is not None else None
        )
        if post is None:
            post = Post.from_dict(post_data)
            if post_cache is not None and cache_key is not None:
                if len(post_cache) > 1024:
                    post_cache.clear()
                post_cache[cache_key] = post
    return comment, post


def _stub(obj: Any) -> Comment:
    if isinstance(obj, Mapping):
        ident = obj.get("id", obj.get("comment_id", ""))
        post_id = obj.get("post_id", obj.get("comment_post_ID", ""))
        return Comment(
            id=str(ident)[:200] if isinstance(ident, (str, int)) else "",
            post_id=str(post_id)[:200] if isinstance(post_id, (str, int)) else "",
        )
    return Comment()


def read(stream: BinaryIO, name: str, *, skip_bad: bool = False) -> Iterator[Record]:
    """Yield a Record per non-blank line; ``Record.raw`` is ``(line_bytes, object)``."""
    index = 0
    lineno = 0
    post_cache: dict[Any, Post] = {}
    while True:
        try:
            line = stream.readline(MAX_LINE_BYTES + 1)
        except InputError as exc:
            raise InputError(exc.path, lineno + 1, exc.message) from None
        if not line:
            break
        lineno += 1
        if len(line) > MAX_LINE_BYTES:
            raise InputError(name, lineno, f"line longer than {MAX_LINE_BYTES:,} bytes")
        body = line.rstrip(b"\r\n")
        if lineno == 1:
            body = body.removeprefix(b"\xef\xbb\xbf")
        if not body.strip():
            continue
        obj: Any = None
        error = None
        try:
            obj = json.loads(body.decode("utf-8"))
        except UnicodeDecodeError as exc:
            error = f"invalid UTF-8 at byte {exc.start}"
        except json.JSONDecodeError as exc:
            error = f"invalid JSON: {exc.msg} (column {exc.colno})"
        except RecursionError:
            error = "invalid JSON: nested too deeply"
        if error is None and not isinstance(obj, dict):
            error = f"expected a JSON object, got {type(obj).__name__}"
        if error is None:
            error = field_problem(_values(obj))
        if error is None:
            try:
                comment, post = record_from(obj, post_cache)
            except ValueError as exc:
                error = str(exc)
        if error is not None:
            if not skip_bad:
                raise InputError(name, lineno, error)
            yield Record(index, _stub(obj), None, lineno, (body, obj), error)
        else:
            yield Record(index, comment, post, lineno, (body, obj))
        index += 1


def parent_key(obj: Mapping[str, Any]) -> str | None:
    return next((k for k in PARENT_KEYS if k in obj), None)


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogateescape")
