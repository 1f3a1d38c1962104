"""Disqus XML exports: thread context, post fields, hostile XML, byte-exact rewriting."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from commentguard.io import InputError, disqus, read_records
from commentguard.io.base import open_input

EXPORT = """<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <category dsq:id="1">
    <forum>notes</forum>
    <title>General</title>
    <isDefault>true</isDefault>
  </category>
  <thread dsq:id="500">
    <id>post-17</id>
    <forum>notes</forum>
    <category dsq:id="1" />
    <link>https://notes.example.org/bread/</link>
    <title>Baking rye bread</title>
    <message><![CDATA[<p>Rye needs a <b>sour</b> start.</p>]]></message>
    <createdAt>2023-01-02T10:00:00Z</createdAt>
    <author><email>marta@example.org</email><name>Marta</name><isAnonymous>false</isAnonymous></author>
    <isClosed>false</isClosed>
    <isDeleted>false</isDeleted>
  </thread>
  <thread dsq:id="501">
    <link>https://notes.example.org/bikes/</link>
    <title>Chains</title>
    <message />
  </thread>
  <post dsq:id="9001">
    <id />
    <message><![CDATA[<p>My rye loaf finally rose, <a href="https://x.example">thanks</a>!</p>]]></message>
    <createdAt>2023-01-03T08:00:00Z</createdAt>
    <isDeleted>false</isDeleted>
    <isSpam>false</isSpam>
    <author>
      <email>ann@example.com</email>
      <name>Ann</name>
      <isAnonymous>false</isAnonymous>
      <username>ann_bakes</username>
    </author>
    <ipAddress>192.0.2.10</ipAddress>
    <thread dsq:id="500" />
  </post>
  <post dsq:id="9002">
    <message><![CDATA[Buy cheap pills http://rx.example]]></message>
    <createdAt>2023-01-03T09:00:00Z</createdAt>
    <isDeleted>false</isDeleted>
    <isSpam>false</isSpam>
    <author><email>rx@example.net</email><name>pills</name><isAnonymous>true</isAnonymous></author>
    <ipAddress>198.51.100.3</ipAddress>
    <thread dsq:id="500" />
    <parent dsq:id="9001" />
  </post>
  <post dsq:id="9003">
    <message><![CDATA[Reply to the pills, oddly]]></message>
    <createdAt>2023-01-03T10:00:00Z</createdAt>
    <isDeleted>true</isDeleted>
    <author><name>Bo</name></author>
    <thread dsq:id="500" />
    <parent dsq:id="9002" />
  </post>
  <post dsq:id="9004">
    <message>Chain wear is real &amp; expensive</message>
    <isSpam>true</isSpam>
    <author><name>Cy</name></author>
    <thread dsq:id="501" />
  </post>
  <post dsq:id="9005">
    <message>Comment on a thread not in the file</message>
    <thread dsq:id="999" />
  </post>
</disqus>
"""


@pytest.fixture
def export(tmp_path) -> Path:
    path = tmp_path / "disqus.xml"
    path.write_text(EXPORT, encoding="utf-8")
    return path


def test_posts_become_comments_with_thread_context(export):
    records = list(read_records(export))
    assert [r.comment.id for r in records] == ["9001", "9002", "9003", "9004", "9005"]
    a = records[0]
    assert a.comment.content.startswith("<p>My rye loaf")  # HTML kept for the checks
    assert (a.comment.author, a.comment.author_email, a.comment.author_ip) == (
        "Ann",
        "ann@example.com",
        "192.0.2.10",
    )
    assert a.comment.created_at == "2023-01-03T08:00:00Z"
    assert a.comment.extra == {"status": "approved", "username": "ann_bakes"}
    assert a.post is not None and a.post.title == "Baking rye bread"
    assert a.post.url == "https://notes.example.org/bread/" and a.post.id == "500"
    assert a.post.text == "Rye needs a sour start."
    assert records[1].comment.parent_id == "9001" and records[1].comment.post_id == "500"
    assert records[2].comment.extra["status"] == "deleted"
    assert records[3].comment.extra["status"] == "spam"
    assert records[3].comment.content == "Chain wear is real & expensive"
    assert records[3].post.title == "Chains"
    assert records[4].post is None and records[4].comment.post_id == "999"
    lines = EXPORT.splitlines()
    assert all(lines[r.source_line - 1].strip().startswith("<post ") for r in records)


def test_detected_as_disqus(export):
    from commentguard.io import detect_format

    assert detect_format(export) == "disqus"


def test_entities_refused_and_truncation_reported(tmp_path):
    evil = tmp_path / "evil.xml"
    evil.write_text('<?xml version="1.0"?>\n<!DOCTYPE disqus [<!ENTITY x "y">]>\n<disqus/>')
    with pytest.raises(InputError, match="not allowed"):
        list(read_records(evil, "disqus"))
    cut = tmp_path / "cut.xml"
    cut.write_text(EXPORT[: EXPORT.index('<post dsq:id="9003">') + 30])
    with pytest.raises(InputError, match="truncated") as info:
        list(read_records(cut, "disqus"))
    assert info.value.line is not None


class Parents:
    def __init__(self, removed):
        self.removed = removed

    def __call__(self, thread, parent):
        if (thread, parent) not in self.removed:
            return None
        while (thread, parent) in self.removed:
            parent = self.removed[(thread, parent)]
        return parent


def rewrite(path: Path, actions, removed=None) -> bytes:
    out = io.BytesIO()
    with open_input(path) as stream:
        assert disqus.rewrite(stream, str(path), out, iter(actions), Parents(removed or {})) == len(
            actions
        )
    return out.getvalue()


def test_keep_everything_is_byte_identical(export):
    assert rewrite(export, ["keep"] * 5) == export.read_bytes()


def test_mark_sets_is_spam(export, tmp_path):
    out = tmp_path / "o.xml"
    out.write_bytes(rewrite(export, ["spam", "keep", "spam", "spam", "hold"]))
    status = [r.comment.extra["status"] for r in read_records(out)]
    # 9003 had no <isSpam>: one is added; 9004 already spam; "hold" changes nothing.
    assert status == ["spam", "approved", "spam", "spam", "approved"]
    assert out.read_text().count("<isSpam>true</isSpam>") == 3


def test_remove_reparents_or_drops_the_parent(export, tmp_path):
    out = tmp_path / "o.xml"
    out.write_bytes(
        rewrite(export, ["keep", "remove", "keep", "keep", "keep"], {("500", "9002"): "9001"})
    )
    records = list(read_records(out))
    assert [(r.comment.id, r.comment.parent_id) for r in records] == [
        ("9001", ""),
        ("9003", "9001"),
        ("9004", ""),
        ("9005", ""),
    ]
    out.write_bytes(
        rewrite(
            export,
            ["remove", "remove", "keep", "keep", "keep"],
            {("500", "9001"): "", ("500", "9002"): "9001"},
        )
    )
    records = list(read_records(out))
    assert [(r.comment.id, r.comment.parent_id) for r in records] == [
        ("9003", ""),
        ("9004", ""),
        ("9005", ""),
    ]
    assert "<parent" not in out.read_text()
