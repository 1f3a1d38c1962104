"""Disqus XML exports (``<disqus>`` with ``<category>``, ``<thread>`` and ``<post>``).

Threads come before posts in an export; their title, link and message are kept in a
small map (one ``Post`` per thread) that gives each comment its context. A ``<post>``
references its thread and parent with ``dsq:id`` attributes; its ``<message>`` is HTML.
``isSpam``/``isDeleted`` are kept in ``comment.extra["status"]`` (``spam``,
``deleted`` or ``approved``).

Rewriting (``commentguard clean``), byte for byte like WXR:

- ``spam`` (mark mode): ``<isSpam>true</isSpam>`` (added when the post has none);
- ``hold`` (``unsure``, mark mode): left unchanged, a Disqus export has no "pending"
  state to put it in;
- ``remove``: the ``<post>`` is dropped and replies to it point to its parent (their
  ``<parent>`` is removed when it was top-level).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, BinaryIO

from ..types import Comment, Post
from .base import (
    MAX_FIELD_CHARS,
    Edit,
    InputError,
    Record,
    Span,
    XmlRewriter,
    XmlTarget,
    attribute,
    iter_xml,
    rewrite_xml,
    set_child,
    strip_html,
    xml_attr,
)
from .wxr import NewParent

DSQ_ID = "http://disqus.com/disqus-internals}id"
_THREAD_FIELDS = frozenset({"title", "link", "message", "id"})
_POST_FIELDS = frozenset({"message", "createdAt", "isDeleted", "isSpam", "ipAddress", "id"})
_AUTHOR_FIELDS = frozenset({"name", "email", "username"})
#: Threads kept in the map at most (a forum with more posts than this is unusual; past
#: it, comments of further threads get only the thread id as context).
MAX_THREADS = 200_000


def _local(tag: str, cache: dict[str, str] = {}) -> str:  # noqa: B006 - a cache
    name = cache.get(tag)
    if name is None:
        name = tag.rpartition("}")[2]
        cache[tag] = name
    return name


@dataclass(slots=True)
class DisqusPost:
    dsq_id: str
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    thread: str = ""
    parent: str = ""
    oversize: str = ""
    span: Span | None = None
    children: dict[str, Span] = field(default_factory=dict)


class DisqusTarget(XmlTarget):
    def __init__(self, spans: bool = False) -> None:
        super().__init__(spans)
        self.threads: dict[str, Post] = {}
        self._thread: dict[str, str] | None = None
        self._thread_id = ""
        self._post: DisqusPost | None = None

    def start(self, tag: str, attrs: list[str]) -> None:
        name = _local(tag)
        depth = len(self.stack)
        parent = self.enter(name, "disqus", "a Disqus export")
        post = self._post
        if post is not None:
            if depth == 2:
                if name in _POST_FIELDS:
                    self._capture(name)
                elif name == "thread":
                    post.thread = attribute(attrs, DSQ_ID)
                elif name == "parent":
                    post.parent = attribute(attrs, DSQ_ID)
                if self.spans and name in ("isSpam", "parent"):
                    post.children[name] = Span(self.last_event)
            elif depth == 3 and parent == "author" and name in _AUTHOR_FIELDS:
                self._capture("author." + name)
        elif self._thread is not None:
            if depth == 2 and name in _THREAD_FIELDS:
                self._capture(name)
        elif depth == 1:
            if name == "post":
                post = DisqusPost(attribute(attrs, DSQ_ID), self.line())
                if self.spans:
                    post.span = Span(self.last_event)
                    self.open_at = self.last_event
                self._post = post
            elif name == "thread":
                self._thread = {}
                self._thread_id = attribute(attrs, DSQ_ID)

    def end(self, tag: str) -> None:
        stack = self.stack
        depth = len(stack)
        stack.pop()
        fresh = self._fresh
        if self.spans:
            self.last_event = self.offset()
            self._fresh = False
        text = self._captured(depth)
        if text is not None:
            post = self._post
            if post is not None:
                if self._cap_size > MAX_FIELD_CHARS and not post.oversize:
                    post.oversize = self._cap_name
                post.fields[self._cap_name] = text
            elif self._thread is not None:
                self._thread[self._cap_name] = text
            return
        post = self._post
        if post is not None:
            if depth == 3:
                child = post.children.get(_local(tag))
                if child is not None and child.end_event < 0:
                    child.end_event = self.last_event
                    child.empty = fresh
            elif depth == 2:
                self._post = None
                if post.span is not None:
                    post.span.end_event = self.last_event
                    post.span.empty = fresh
                    self.open_at = None
                self.out.append(post)
        elif self._thread is not None and depth == 2:
            t = self._thread
            self._thread = None
            tid = self._thread_id or t.get("id", "").strip()
            if tid and len(self.threads) < MAX_THREADS:
                self.threads[tid] = Post(
                    title=t.get("title", "").strip()[:2000],
                    text=strip_html(t.get("message", "")),
                    url=t.get("link", "").strip()[:2000],
                    id=tid,
                )


def _is_true(value: str) -> bool:
    return value.strip().lower() in ("true", "1", "yes")


def _comment_of(p: DisqusPost) -> Comment:
    f = p.fields
    if _is_true(f.get("isSpam", "")):
        status = "spam"
    elif _is_true(f.get("isDeleted", "")):
        status = "deleted"
    else:
        status = "approved"
    extra = {"status": status}
    username = f.get("author.username", "").strip()
    if username:
        extra["username"] = username
    return Comment(
        content=f.get("message", ""),
        author=(f.get("author.name", "") or username).strip(),
        author_email=f.get("author.email", "").strip(),
        author_ip=f.get("ipAddress", "").strip(),
        created_at=f.get("createdAt", "").strip(),
        id=p.dsq_id or f.get("id", "").strip(),
        parent_id=p.parent,
        post_id=p.thread,
        extra=extra,
    )


def read(stream: BinaryIO, name: str, *, skip_bad: bool = False) -> Iterator[Record]:
    """Yield a Record per ``<post>``, in document order, in constant memory."""
    target = DisqusTarget()
    for index, p in enumerate(iter_xml(stream, name, target)):
        post = target.threads.get(p.thread)
        if p.oversize:
            message = f"field {p.oversize!r} is longer than {MAX_FIELD_CHARS:,} characters (MAX_FIELD_CHARS)"
            if not skip_bad:
                raise InputError(name, p.line, message)
            yield Record(index, Comment(id=p.dsq_id, post_id=p.thread), post, p.line, None, message)
            continue
        yield Record(index, _comment_of(p), post, p.line)


_DSQ_ATTR_RE = re.compile(rb"""(:id\s*=\s*)(["'])(.*?)\2""", re.S)


def rewrite(
    stream: BinaryIO,
    name: str,
    out: IO[bytes],
    actions: Iterator[str],
    new_parent: NewParent,
) -> int:
    """Copy the Disqus export to ``out`` applying one action per ``<post>`` (see wxr.rewrite)."""

    def edits_for(rw: XmlRewriter, p: DisqusPost, span: Span, action: str) -> list[Edit]:
        edits: list[Edit] = []
        if action == "spam" and not _is_true(p.fields.get("isSpam", "")):
            edits.append(set_child(rw, p, span, "isSpam", b"true"))
        if p.parent:
            moved = new_parent(p.thread, p.parent)
            child = p.children.get("parent")
            if (
                moved is not None
                and moved != p.parent
                and child is not None
                and child.end_event >= 0
            ):
                child_end = rw.end_of(child)
                if moved:
                    raw = rw.get(child.start, child_end)
                    value = xml_attr(moved)
                    new = _DSQ_ATTR_RE.sub(_attr_setter(value), raw, count=1)
                    edits.append((child.start, child_end, new))
                else:
                    edits.append((_line_start(rw, span.start, child.start), child_end, b""))
        return edits

    return rewrite_xml(stream, name, out, DisqusTarget(spans=True), actions, edits_for)


def _line_start(rw: XmlRewriter, floor: int, at: int) -> int:
    """``at`` moved back over the indentation and line break before it (not past ``floor``)."""
    before = rw.get(floor, at)
    stripped = before.rstrip(b" \t")
    if stripped.endswith(b"\n"):
        stripped = stripped[:-1]
        if stripped.endswith(b"\r"):
            stripped = stripped[:-1]
        return floor + len(stripped)
    return at


def _attr_setter(value: bytes) -> Callable[[re.Match[bytes]], bytes]:
    def setter(m: re.Match[bytes]) -> bytes:
        return m.group(1) + m.group(2) + value + m.group(2)

    return setter
