"""JSON Lines: Comment fields and aliases, nested or flat post, bad lines with line numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commentguard.io import InputError, jsonl, read_records
from commentguard.io.base import MAX_FIELD_CHARS


def write_lines(tmp_path: Path, lines: list[object], name: str = "c.jsonl") -> Path:
    path = tmp_path / name
    with open(path, "wb") as fh:
        for line in lines:
            fh.write(
                line if isinstance(line, bytes) else json.dumps(line, ensure_ascii=False).encode()
            )
            fh.write(b"\n")
    return path


def test_fields_aliases_and_posts(tmp_path):
    path = write_lines(
        tmp_path,
        [
            {
                "id": 1,
                "comment_author": "Ann",
                "comment_content": "Nice loaf",
                "post": {"title": "Rye", "url": "https://b.example/rye", "id": "7"},
            },
            b"",
            {
                "id": "2",
                "author": "Bob",
                "text": "Reply",
                "parent_id": 1,
                "post_title": "Rye",
                "post_url": "https://b.example/rye",
                "post_id": "7",
                "score": 3,
            },
            {"id": "3", "comment": "Third alias", "user_ip": "192.0.2.1"},
        ],
    )
    records = list(read_records(path, "jsonl"))
    assert [r.index for r in records] == [0, 1, 2]
    assert [r.source_line for r in records] == [1, 3, 4]
    a, b, c = (r.comment for r in records)
    assert (a.id, a.author, a.content) == ("1", "Ann", "Nice loaf")
    assert records[0].post.title == "Rye" and records[0].post.id == "7"
    assert (b.content, b.parent_id, b.post_id) == ("Reply", "1", "7")
    assert records[1].post.url == "https://b.example/rye" and records[1].post.id == "7"
    assert b.extra == {"score": "3"}
    assert (c.content, c.author_ip) == ("Third alias", "192.0.2.1") and records[2].post is None


def test_bad_lines(tmp_path):
    big = "x" * (MAX_FIELD_CHARS + 1)
    path = write_lines(
        tmp_path,
        [
            {"id": "1", "content": "ok"},
            b'{"id": "2", "content": "missing brace"',
            b"[1, 2]",
            {"id": "4", "content": big},
            b'{"id": "5", "content": "caf\xe9"}',
            {"id": "6", "content": {"nested": "dict"}},
            {"id": "7", "content": "last"},
        ],
    )
    with pytest.raises(InputError) as info:
        list(read_records(path, "jsonl"))
    assert info.value.line == 2 and "invalid JSON" in info.value.message
    assert str(info.value).startswith(f"{path}:2: invalid JSON")
    records = list(read_records(path, "jsonl", skip_bad=True))
    assert [r.index for r in records] == list(range(7))
    assert [r.ok for r in records] == [True, False, False, False, False, False, True]
    assert "expected a JSON object" in records[2].error
    assert "MAX_FIELD_CHARS" in records[3].error and records[3].comment.id == "4"
    assert "invalid UTF-8" in records[4].error
    assert "must be text" in records[5].error and records[5].comment.id == "6"


def test_lone_surrogate_escape_is_read(tmp_path):
    path = write_lines(tmp_path, [b'{"id": "1", "content": "odd \\ud800 text"}'])
    (record,) = read_records(path, "jsonl")
    assert record.ok and "\ud800" in record.comment.content


def test_dumps_keeps_unicode():
    assert jsonl.dumps({"t": "谢谢"}) == '{"t": "谢谢"}'.encode()
