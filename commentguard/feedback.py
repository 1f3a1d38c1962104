"""An append-only store of moderators' corrections: the labelled data ``train`` learns from.

The store is a JSON Lines file, one record per line::

    {"label": "spam", "source": "akismet-submit", "received_at": "2025-01-31T12:00:00Z",
     "content": "…", "author": "…", "author_url": "…", …, "post": {"url": "…"}}

``label`` is ``"spam"`` or ``"ham"``; ``source`` says who sent it (``"akismet-submit"``
for the Akismet-compatible ``submit-spam``/``submit-ham`` endpoints, ``"api"`` for the
JSON API, anything else a caller chooses). The comment's fields follow under their
canonical ``Comment`` names (empty ones left out, ``extra`` as a nested object), so
``Comment.from_dict(record)`` reads a record back; the post, when known, is a nested
``post`` object that ``Post.from_dict`` reads.

Several server workers (processes) and threads append to the same file. Each record is
written with one ``write`` on a descriptor opened with ``O_APPEND``, under an exclusive
``flock`` where the platform has one (and a process-wide lock for threads), so lines
never interleave. A torn last line (disk full, power cut) is skipped by ``read_feedback``
rather than poisoning the whole file.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from .types import COMMENT_FIELDS, POST_FIELDS, Comment, InvalidInputError, Post

try:  # POSIX only; elsewhere O_APPEND and the thread lock have to do.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

FeedbackLabel = Literal["spam", "ham"]
FEEDBACK_LABELS: tuple[str, ...] = ("spam", "ham")

#: Comment fields written to a record, in this order.
_COMMENT_FIELDS = COMMENT_FIELDS
_POST_FIELDS = POST_FIELDS

_THREAD_LOCK = threading.Lock()


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def feedback_record(
    comment: Comment | Mapping[str, Any],
    label: str,
    source: str,
    *,
    post: Post | Mapping[str, Any] | None = None,
    received_at: str | None = None,
) -> dict[str, Any]:
    """The dict ``record_feedback`` writes: label, source, time, then the comment's fields."""
    if label not in FEEDBACK_LABELS:
        raise InvalidInputError(f"feedback label must be 'spam' or 'ham', got {label!r}")
    if not source or not isinstance(source, str):
        raise InvalidInputError("feedback source must be a non-empty string")
    c = comment if isinstance(comment, Comment) else Comment.from_dict(comment)
    record: dict[str, Any] = {
        "label": label,
        "source": source,
        "received_at": received_at or _utc_now(),
        "content": c.content,
    }
    for name in _COMMENT_FIELDS[1:]:
        value = getattr(c, name)
        if value and not (name == "type" and value == "comment"):
            record[name] = value
    if c.extra:
        record["extra"] = dict(c.extra)
    if post is not None:
        p = post if isinstance(post, Post) else Post.from_dict(post)
        post_fields = {name: getattr(p, name) for name in _POST_FIELDS if getattr(p, name)}
        if post_fields:
            record["post"] = post_fields
    return record


def _encode(record: Mapping[str, Any]) -> bytes:
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    try:
        return (line + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (possible from JSON input) cannot be UTF-8; \u-escape everything.
        return (json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")


def append_record(
    path: str | os.PathLike[str], record: Mapping[str, Any], *, fsync: bool = False
) -> None:
    """Append one JSON line to ``path`` atomically with respect to other writers."""
    data = _encode(record)
    p = Path(path)
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    with _THREAD_LOCK:
        fd = os.open(p, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if fsync:
                os.fsync(fd)
        finally:
            # Closing the descriptor releases the flock.
            os.close(fd)


def record_feedback(
    path: str | os.PathLike[str],
    comment: Comment | Mapping[str, Any],
    label: str,
    source: str,
    *,
    post: Post | Mapping[str, Any] | None = None,
    fsync: bool = False,
) -> dict[str, Any]:
    """Append one labelled comment to the feedback file at ``path`` and return the record.

    ``label`` is ``"spam"`` or ``"ham"``; anything else raises ``InvalidInputError``.
    Safe to call from many threads and processes at once.
    """
    record = feedback_record(comment, label, source, post=post)
    append_record(path, record, fsync=fsync)
    return record


def read_feedback(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Yield the well-formed records of a feedback file, oldest first.

    Lines that are not JSON objects with a ``spam``/``ham`` label (a torn last line, a
    hand edit gone wrong) are skipped; a missing file yields nothing.
    """
    try:
        fh = open(path, encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return
    with fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("label") in FEEDBACK_LABELS:
                yield record


__all__ = [
    "FEEDBACK_LABELS",
    "FeedbackLabel",
    "append_record",
    "feedback_record",
    "read_feedback",
    "record_feedback",
]
