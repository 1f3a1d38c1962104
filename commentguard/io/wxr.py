"""WordPress export files (WXR: RSS 2.0 with ``wp:``, ``content:``, ``dc:`` elements).

Reading: every ``<wp:comment>`` of every ``<item>`` becomes a ``Record``; the item gives
the comment its ``Post`` (title, text of ``content:encoded`` with HTML stripped, link,
``wp:post_id``, the channel's ``<language>``). ``wp:comment_approved`` (``1``, ``0``,
``spam``, ``trash``) is kept in ``comment.extra["status"]``, ``wp:comment_type`` in
``comment.type``; ``wp:comment_parent`` of ``0`` means "no parent".

Rewriting (``commentguard clean``): the file is copied byte for byte and only changed
comments are touched, so the result imports into WordPress like the original:

- ``spam`` in mark mode: ``<wp:comment_approved>`` becomes ``spam`` (WordPress imports
  it into the spam queue);
- ``hold`` (an ``unsure`` verdict, mark mode): an approved comment (``1``) becomes
  ``0``, i.e. pending moderation; other statuses are left alone;
- ``remove``: the ``<wp:comment>`` element is dropped, and replies to it are
  re-parented to its parent (``0`` when it was top-level) so the thread survives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO

from ..types import Comment, Post
from .base import (
    MAX_FIELD_CHARS,
    MAX_POST_TEXT_CHARS,
    Edit,
    InputError,
    Record,
    Span,
    XmlRewriter,
    XmlTarget,
    iter_xml,
    rewrite_xml,
    set_child,
    strip_html,
    xml_text,
)

WP_NS_PREFIX = "http://wordpress.org/export/"
_NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}
_ITEM_FIELDS = frozenset({"title", "link", "content:encoded", "wp:post_id", "wp:post_type"})
_SPAN_FIELDS = frozenset({"comment_approved", "comment_parent"})
_POST_HTML_LIMIT = MAX_POST_TEXT_CHARS * 4


def _short_name(tag: str, cache: dict[str, str] = {}) -> str:  # noqa: B006 - a cache
    name = cache.get(tag)
    if name is None:
        uri, brace, local = tag.rpartition("}")
        if brace:
            uri = uri.lstrip("{")
            if uri.startswith(WP_NS_PREFIX):
                prefix = "excerpt" if uri.rstrip("/").endswith("excerpt") else "wp"
            else:
                prefix = _NAMESPACES.get(uri, "ns")
            name = f"{prefix}:{local}"
        else:
            name = tag
        cache[tag] = name
    return name


@dataclass(slots=True)
class WxrComment:
    """A ``<wp:comment>`` as the target saw it."""

    fields: dict[str, str]
    post: Post | None
    post_id: str
    line: int
    oversize: str = ""
    span: Span | None = None
    children: dict[str, Span] = field(default_factory=dict)


class WxrTarget(XmlTarget):
    def __init__(self, spans: bool = False) -> None:
        super().__init__(spans)
        self.language = ""
        self._item: dict[str, str] | None = None
        self._post: Post | None = None
        self._comment: WxrComment | None = None

    def start(self, tag: str, attrs: list[str]) -> None:
        name = _short_name(tag)
        parent = self.enter(name, "rss", "a WordPress export (WXR)")
        comment = self._comment
        if comment is not None:
            if parent == "wp:comment" and name.startswith("wp:") and name != "wp:commentmeta":
                local = name[3:]
                self._capture(local, MAX_FIELD_CHARS + 1)
                if self.spans and local in _SPAN_FIELDS:
                    comment.children[local] = Span(self.last_event)
        elif name == "wp:comment" and parent == "item" and self._item is not None:
            if self._post is None:
                self._post = self._make_post()
            comment = WxrComment({}, self._post, self._item.get("wp:post_id", ""), self.line())
            if self.spans:
                comment.span = Span(self.last_event)
                self.open_at = self.last_event
            self._comment = comment
        elif parent == "item" and self._item is not None and name in _ITEM_FIELDS:
            self._capture(name, _POST_HTML_LIMIT)
        elif name == "item" and parent == "channel":
            self._item = {}
            self._post = None
        elif name == "language" and parent == "channel":
            self._capture(name, 100)

    def end(self, tag: str) -> None:
        stack = self.stack
        depth = len(stack)
        name = stack.pop()
        fresh = self._fresh
        if self.spans:
            self.last_event = self.offset()
            self._fresh = False
        text = self._captured(depth)
        if text is not None:
            comment = self._comment
            if comment is not None:
                local = self._cap_name
                if self._cap_size > MAX_FIELD_CHARS and not comment.oversize:
                    comment.oversize = local
                comment.fields[local] = text
                if self.spans and local in comment.children:
                    span = comment.children[local]
                    span.end_event = self.last_event
                    span.empty = fresh
            elif self._cap_name == "language":
                self.language = text.strip()
            elif self._item is not None:
                self._item[self._cap_name] = text
            return
        if name == "wp:comment" and self._comment is not None and stack and stack[-1] == "item":
            comment = self._comment
            self._comment = None
            if comment.span is not None:
                comment.span.end_event = self.last_event
                comment.span.empty = fresh
                self.open_at = None
            self.out.append(comment)
        elif name == "item" and stack and stack[-1] == "channel":
            self._item = None
            self._post = None

    def _make_post(self) -> Post:
        item = self._item or {}
        return Post(
            title=item.get("title", "").strip(),
            text=strip_html(item.get("content:encoded", "")),
            url=item.get("link", "").strip(),
            id=item.get("wp:post_id", "").strip(),
            language=self.language,
        )


def _comment_of(wc: WxrComment) -> Comment:
    f = wc.fields
    created = f.get("comment_date_gmt", "").strip()
    if not created or created.startswith("0000"):
        created = f.get("comment_date", "").strip()
    parent = f.get("comment_parent", "").strip()
    if parent == "0":
        parent = ""
    extra: dict[str, str] = {}
    status = f.get("comment_approved", "").strip()
    if status:
        extra["status"] = status
    user_id = f.get("comment_user_id", "").strip()
    if user_id and user_id != "0":
        extra["user_id"] = user_id
    return Comment(
        content=f.get("comment_content", ""),
        author=f.get("comment_author", "").strip(),
        author_email=f.get("comment_author_email", "").strip(),
        author_url=f.get("comment_author_url", "").strip(),
        author_ip=(f.get("comment_author_IP") or f.get("comment_author_ip") or "").strip(),
        created_at=created,
        id=f.get("comment_id", "").strip(),
        parent_id=parent,
        post_id=wc.post_id.strip(),
        type=f.get("comment_type", "").strip() or "comment",
        extra=extra,
    )


def read(stream: BinaryIO, name: str, *, skip_bad: bool = False) -> Iterator[Record]:
    """Yield a Record per ``<wp:comment>``, in document order, in constant memory."""
    target = WxrTarget()
    for index, wc in enumerate(iter_xml(stream, name, target)):
        if wc.oversize:
            message = (
                f"field 'wp:{wc.oversize}' is longer than {MAX_FIELD_CHARS:,} characters "
                "(MAX_FIELD_CHARS)"
            )
            if not skip_bad:
                raise InputError(name, wc.line, message)
            stub = Comment(id=wc.fields.get("comment_id", "").strip(), post_id=wc.post_id.strip())
            yield Record(index, stub, wc.post, wc.line, None, message)
            continue
        yield Record(index, _comment_of(wc), wc.post, wc.line)


# -- rewriting -----------------------------------------------------------------------

#: What ``clean`` does to one comment: keep it as is, remove it, mark it spam, or hold
#: it for moderation.
NewParent = Callable[[str, str], "str | None"]


def rewrite(
    stream: BinaryIO,
    name: str,
    out: IO[bytes],
    actions: Iterator[str],
    new_parent: NewParent,
) -> int:
    """Copy the WXR ``stream`` to ``out``, applying one action per comment, in order.

    ``actions`` yields ``keep``, ``remove``, ``spam`` or ``hold`` for each comment;
    ``new_parent(post_id, parent_id)`` returns the parent a kept reply must point to
    now (``""`` for top-level) or ``None`` to leave it. Returns the comments seen.
    """

    def edits_for(rw: XmlRewriter, wc: WxrComment, span: Span, action: str) -> list[Edit]:
        edits: list[Edit] = []
        status = wc.fields.get("comment_approved", "").strip()
        new_status = None
        if action == "spam" and status != "spam":
            new_status = "spam"
        elif action == "hold" and status == "1":
            new_status = "0"
        if new_status is not None:
            body = f"<![CDATA[{new_status}]]>".encode()
            edits.append(set_child(rw, wc, span, "comment_approved", body))
        parent = wc.fields.get("comment_parent", "").strip()
        if parent and parent != "0":
            moved = new_parent(wc.post_id.strip(), parent)
            if moved is not None and moved != parent:
                edits.append(set_child(rw, wc, span, "comment_parent", xml_text(moved or "0")))
        return edits

    return rewrite_xml(stream, name, out, WxrTarget(spans=True), actions, edits_for)


# -- writing (examples, benchmarks, tests) -------------------------------------------


def cdata(text: str) -> str:
    """``text`` as a CDATA section (a ``]]>`` inside is split, as WordPress does)."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


WXR_HEADER = """<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/"
>

<channel>
\t<title>{title}</title>
\t<link>{link}</link>
\t<description>{description}</description>
\t<pubDate>{date}</pubDate>
\t<language>{language}</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>{link}</wp:base_site_url>
\t<wp:base_blog_url>{link}</wp:base_blog_url>
"""

WXR_FOOTER = "</channel>\n</rss>\n"


def header(
    title: str,
    link: str,
    *,
    description: str = "",
    language: str = "en-US",
    date: str = "Mon, 01 Jan 2024 00:00:00 +0000",
) -> str:
    return WXR_HEADER.format(
        title=_esc(title),
        link=_esc(link),
        description=_esc(description),
        date=date,
        language=_esc(language),
    )


def item(post: dict[str, Any], comments: list[dict[str, Any]]) -> str:
    """One ``<item>`` (a published post) with its comments, as WordPress 6 writes it.

    ``post``: id, title, link, content, date (``YYYY-MM-DD HH:MM:SS``), author, slug.
    ``comments``: id, author, email, url, ip, date, content, approved, type, parent, user_id.
    """
    pid = str(post["id"])
    date = post.get("date", "2024-01-01 10:00:00")
    parts = [
        "\t<item>\n",
        f"\t\t<title>{cdata(post.get('title', ''))}</title>\n",
        f"\t\t<link>{_esc(post.get('link', ''))}</link>\n",
        f"\t\t<pubDate>{_esc(post.get('pub_date', 'Mon, 01 Jan 2024 10:00:00 +0000'))}</pubDate>\n",
        f"\t\t<dc:creator>{cdata(post.get('author', 'admin'))}</dc:creator>\n",
        f'\t\t<guid isPermaLink="false">{_esc(post.get("link", ""))}?p={pid}</guid>\n',
        "\t\t<description></description>\n",
        f"\t\t<content:encoded>{cdata(post.get('content', ''))}</content:encoded>\n",
        f"\t\t<excerpt:encoded>{cdata('')}</excerpt:encoded>\n",
        f"\t\t<wp:post_id>{pid}</wp:post_id>\n",
        f"\t\t<wp:post_date>{cdata(date)}</wp:post_date>\n",
        f"\t\t<wp:post_date_gmt>{cdata(date)}</wp:post_date_gmt>\n",
        f"\t\t<wp:comment_status>{cdata('open')}</wp:comment_status>\n",
        f"\t\t<wp:ping_status>{cdata('open')}</wp:ping_status>\n",
        f"\t\t<wp:post_name>{cdata(post.get('slug', 'post-' + pid))}</wp:post_name>\n",
        f"\t\t<wp:status>{cdata('publish')}</wp:status>\n",
        "\t\t<wp:post_parent>0</wp:post_parent>\n",
        "\t\t<wp:menu_order>0</wp:menu_order>\n",
        f"\t\t<wp:post_type>{cdata(post.get('type', 'post'))}</wp:post_type>\n",
        f"\t\t<wp:post_password>{cdata('')}</wp:post_password>\n",
        "\t\t<wp:is_sticky>0</wp:is_sticky>\n",
    ]
    for category in post.get("categories", ()):
        slug = category.lower().replace(" ", "-")
        parts.append(
            f'\t\t<category domain="category" nicename="{_esc(slug)}">{cdata(category)}</category>\n'
        )
    for c in comments:
        parts.append(comment(c))
    parts.append("\t</item>\n")
    return "".join(parts)


def comment(c: dict[str, Any]) -> str:
    date = c.get("date", "2024-01-02 12:00:00")
    return (
        "\t\t<wp:comment>\n"
        f"\t\t\t<wp:comment_id>{c['id']}</wp:comment_id>\n"
        f"\t\t\t<wp:comment_author>{cdata(c.get('author', ''))}</wp:comment_author>\n"
        f"\t\t\t<wp:comment_author_email>{cdata(c.get('email', ''))}</wp:comment_author_email>\n"
        f"\t\t\t<wp:comment_author_url>{_esc(c.get('url', ''))}</wp:comment_author_url>\n"
        f"\t\t\t<wp:comment_author_IP>{cdata(c.get('ip', ''))}</wp:comment_author_IP>\n"
        f"\t\t\t<wp:comment_date>{cdata(date)}</wp:comment_date>\n"
        f"\t\t\t<wp:comment_date_gmt>{cdata(c.get('date_gmt', date))}</wp:comment_date_gmt>\n"
        f"\t\t\t<wp:comment_content>{cdata(c.get('content', ''))}</wp:comment_content>\n"
        f"\t\t\t<wp:comment_approved>{cdata(str(c.get('approved', '1')))}</wp:comment_approved>\n"
        f"\t\t\t<wp:comment_type>{cdata(c.get('type', 'comment'))}</wp:comment_type>\n"
        f"\t\t\t<wp:comment_parent>{c.get('parent', 0)}</wp:comment_parent>\n"
        f"\t\t\t<wp:comment_user_id>{c.get('user_id', 0)}</wp:comment_user_id>\n"
        "\t\t</wp:comment>\n"
    )
