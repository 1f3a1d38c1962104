"""WordPress WXR: reading comments with their post context, refusing hostile or broken
XML with a clear FILE:LINE error, streaming in flat memory, and rewriting byte for byte."""

from __future__ import annotations

import gzip
import io
import tracemalloc
from pathlib import Path

import pytest

from commentguard.io import InputError, read_records, wxr
from commentguard.io.base import MAX_FIELD_CHARS, open_input

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "blog-export.xml"


def make_wxr(path: Path, posts: list[tuple[dict, list[dict]]], language: str = "en-GB") -> Path:
    text = wxr.header("Test blog", "https://blog.example.org", language=language)
    for post, comments in posts:
        text += wxr.item(post, comments)
    text += wxr.WXR_FOOTER
    path.write_text(text, encoding="utf-8")
    return path


def post(
    pid: int, title: str = "Bread", content: str = "<p>All about <b>bread</b> &amp; ovens</p>"
) -> dict:
    return {
        "id": pid,
        "title": title,
        "link": f"https://blog.example.org/p{pid}/",
        "content": content,
    }


def test_example_export_reads_every_comment_with_its_post():
    records = list(read_records(EXAMPLE))
    assert len(records) == 60
    assert [r.index for r in records] == list(range(60))
    assert len({r.comment.id for r in records}) == 60
    assert len({r.post.id for r in records if r.post}) == 6
    first = records[0]
    assert first.post is not None
    assert first.post.title.startswith("Sourdough starter troubleshooting")
    assert first.post.url == "https://notes.example.org/sourdough-starter-troubleshooting/"
    assert "<p>" not in first.post.text and "17\u00a0°C" in first.post.text
    assert first.post.language == "en-US"
    assert first.comment.post_id == first.post.id
    assert first.comment.extra["status"] == "1"
    types = {r.comment.type for r in records}
    assert types == {"comment", "pingback"}
    replies = [r for r in records if r.comment.parent_id]
    assert replies and all(r.comment.parent_id in {x.comment.id for x in records} for r in replies)
    languages = " ".join(r.comment.content for r in records)
    assert "谢谢分享" in languages and "Excelente explicação" in languages


def test_fields_lines_and_status(tmp_path):
    path = make_wxr(
        tmp_path / "a.xml",
        [
            (
                post(7),
                [
                    {
                        "id": 70,
                        "author": "Ann",
                        "email": "ann@example.com",
                        "url": "https://ann.example.net",
                        "ip": "192.0.2.5",
                        "date": "2024-01-02 10:00:00",
                        "date_gmt": "2024-01-02 09:00:00",
                        "content": "A <b>bold</b> claim ]]> with a CDATA end",
                        "approved": "0",
                    },
                    {
                        "id": 71,
                        "author": "Bob",
                        "content": "Reply",
                        "parent": 70,
                        "user_id": 3,
                        "date_gmt": "0000-00-00 00:00:00",
                        "date": "2024-01-03 10:00:00",
                    },
                ],
            ),
            (post(8, title="Empty post"), []),
            (
                post(9, title="Bikes", content="chains"),
                [{"id": 90, "content": "trackback text", "type": "trackback"}],
            ),
        ],
    )
    records = list(read_records(path))
    assert [r.comment.id for r in records] == ["70", "71", "90"]
    a, b, c = (r.comment for r in records)
    assert a.content == "A <b>bold</b> claim ]]> with a CDATA end"
    assert (a.author, a.author_email, a.author_url, a.author_ip) == (
        "Ann",
        "ann@example.com",
        "https://ann.example.net",
        "192.0.2.5",
    )
    assert a.created_at == "2024-01-02 09:00:00"  # the GMT date when there is one
    assert a.parent_id == "" and a.extra == {"status": "0"}
    assert (
        b.parent_id == "70" and b.created_at == "2024-01-03 10:00:00" and b.extra["user_id"] == "3"
    )
    assert c.type == "trackback" and c.post_id == "9" and records[2].post.title == "Bikes"
    assert records[0].post is records[1].post  # one Post per item
    assert records[0].post.language == "en-GB"
    lines = path.read_text().splitlines()
    for r in records:
        assert lines[r.source_line - 1].strip() == "<wp:comment>"


def test_gzip_input_is_read_transparently(tmp_path):
    raw = EXAMPLE.read_bytes()
    gz = tmp_path / "export.xml.gz"
    gz.write_bytes(gzip.compress(raw))
    plain = [(r.comment, r.post, r.source_line) for r in read_records(EXAMPLE)]
    assert [(r.comment, r.post, r.source_line) for r in read_records(gz)] == plain
    renamed = tmp_path / "export.bin"  # detected by magic bytes, not the name
    renamed.write_bytes(gzip.compress(raw))
    assert len(list(read_records(renamed))) == 60


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        list(read_records(path, "wxr"))
    return info.value


def test_truncated_file_is_a_clear_error(tmp_path):
    raw = EXAMPLE.read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(raw[: len(raw) // 2])
    err = _error(cut)
    assert "truncated" in str(err) and err.line is not None
    assert str(err).startswith(f"{cut}:{err.line}: malformed XML")
    gz = tmp_path / "cut.xml.gz"
    gz.write_bytes(gzip.compress(raw)[:-200])
    assert "truncated" in str(_error(gz))


def test_mismatched_tags_report_the_line(tmp_path):
    text = EXAMPLE.read_text().replace("</wp:comment_author>", "</wp:comment_autor>", 1)
    bad = tmp_path / "bad.xml"
    bad.write_text(text)
    err = _error(bad)
    expected = next(
        i for i, line in enumerate(text.splitlines(), 1) if "</wp:comment_autor>" in line
    )
    assert err.line == expected and "mismatched tag" in err.message


def test_invalid_utf8_is_reported(tmp_path):
    raw = EXAMPLE.read_bytes().replace(b"Jonas Berg", b"Jonas \xff\xfeBerg", 1)
    bad = tmp_path / "latin.xml"
    bad.write_bytes(raw)
    err = _error(bad)
    assert "invalid UTF-8" in err.message and err.line is not None


ENTITY_BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&c;</title></item></channel></rss>
"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item>
<wp:comment><wp:comment_content>&xxe;</wp:comment_content></wp:comment></item></channel></rss>
"""


@pytest.mark.parametrize("text", [ENTITY_BOMB, EXTERNAL], ids=["entity-bomb", "external-entity"])
def test_dtds_and_entities_are_refused(tmp_path, text):
    path = tmp_path / "evil.xml"
    path.write_text(text)
    err = _error(path)
    assert err.line == 2
    assert "not allowed" in err.message


def test_undeclared_entity_is_malformed(tmp_path):
    path = tmp_path / "undeclared.xml"
    path.write_text(
        '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item>\n'
        "<wp:comment><wp:comment_content>&nbsp;</wp:comment_content></wp:comment></item></channel></rss>"
    )
    err = _error(path)
    assert err.line == 2 and "undefined entity" in err.message


def test_oversized_field_is_a_bad_record(tmp_path):
    big = "x" * (MAX_FIELD_CHARS + 10)
    path = make_wxr(
        tmp_path / "big.xml",
        [
            (
                post(1),
                [
                    {"id": 1, "content": "fine"},
                    {"id": 2, "content": big},
                    {"id": 3, "content": "ok"},
                ],
            )
        ],
    )
    err = _error(path)
    assert "MAX_FIELD_CHARS" in err.message and err.line is not None
    records = list(read_records(path, skip_bad=True))
    assert [r.comment.id for r in records] == ["1", "2", "3"]
    assert [r.ok for r in records] == [True, False, True]
    assert records[1].comment.content == ""


def test_reading_uses_flat_memory(tmp_path):
    def peak(n: int) -> int:
        comments = [
            {"id": i, "author": f"A{i}", "content": f"comment number {i} " * 20} for i in range(n)
        ]
        posts = [(post(p), comments[p * 50 : (p + 1) * 50]) for p in range(n // 50)]
        path = make_wxr(tmp_path / f"m{n}.xml", posts)
        tracemalloc.start()
        count = sum(1 for _ in read_records(path))
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == n
        return top

    small, large = peak(500), peak(5000)
    assert large < small * 1.5 + 200_000, (small, large)


# -- rewriting ---------------------------------------------------------------------


class Parents:
    def __init__(self, removed: dict[tuple[str, str], str]) -> None:
        self.removed = removed

    def __call__(self, post_id: str, parent: str) -> str | None:
        if (post_id, parent) not in self.removed:
            return None
        while (post_id, parent) in self.removed:
            parent = self.removed[(post_id, parent)]
        return parent


def rewrite(path: Path, actions: list[str], removed: dict | None = None) -> bytes:
    out = io.BytesIO()
    with open_input(path) as stream:
        n = wxr.rewrite(stream, str(path), out, iter(actions), Parents(removed or {}))
    assert n == len(actions)
    return out.getvalue()


def test_keep_everything_is_byte_identical():
    n = len(list(read_records(EXAMPLE)))
    assert rewrite(EXAMPLE, ["keep"] * n) == EXAMPLE.read_bytes()


def test_remove_reparents_replies(tmp_path):
    path = make_wxr(
        tmp_path / "t.xml",
        [
            (
                post(1),
                [
                    {"id": 10, "content": "top"},
                    {"id": 11, "content": "spam reply", "parent": 10},
                    {"id": 12, "content": "spam reply to spam", "parent": 11},
                    {"id": 13, "content": "answer to the spam", "parent": 12},
                    {"id": 14, "content": "answer to the top", "parent": 10},
                    {"id": 15, "content": "top-level spam"},
                    {"id": 16, "content": "reply to top-level spam", "parent": 15},
                ],
            )
        ],
    )
    out = tmp_path / "out.xml"
    out.write_bytes(
        rewrite(
            path,
            ["keep", "remove", "remove", "keep", "keep", "remove", "keep"],
            {("1", "11"): "10", ("1", "12"): "11", ("1", "15"): ""},
        )
    )
    records = list(read_records(out))
    assert [(r.comment.id, r.comment.parent_id) for r in records] == [
        ("10", ""),
        ("13", "10"),
        ("14", "10"),
        ("16", ""),
    ]
    text = out.read_text()
    assert "<wp:comment_parent>0</wp:comment_parent>" in text
    assert "\n\n" not in text.split("<item>")[1]  # no blank lines where comments were


def test_mark_sets_spam_and_holds_only_approved(tmp_path):
    path = make_wxr(
        tmp_path / "m.xml",
        [
            (
                post(1),
                [
                    {"id": 1, "content": "a", "approved": "1"},
                    {"id": 2, "content": "b", "approved": "1"},
                    {"id": 3, "content": "c", "approved": "trash"},
                    {"id": 4, "content": "d", "approved": "1"},
                ],
            )
        ],
    )
    out = tmp_path / "o.xml"
    out.write_bytes(rewrite(path, ["spam", "hold", "hold", "keep"]))
    status = [r.comment.extra["status"] for r in read_records(out)]
    assert status == ["spam", "0", "trash", "1"]
    assert "<wp:comment_approved><![CDATA[spam]]></wp:comment_approved>" in out.read_text()


def test_mark_adds_a_missing_status(tmp_path):
    text = EXAMPLE.read_text()
    first = text.index("<wp:comment_approved>")
    end = text.index("</wp:comment_approved>", first) + len("</wp:comment_approved>")
    path = tmp_path / "nostatus.xml"
    path.write_text(text[:first] + text[end:])
    n = len(list(read_records(path)))
    out = tmp_path / "o.xml"
    out.write_bytes(rewrite(path, ["spam"] + ["keep"] * (n - 1)))
    assert next(iter(read_records(out))).comment.extra["status"] == "spam"


def test_rewrite_refuses_a_changed_input():
    n = len(list(read_records(EXAMPLE)))
    with pytest.raises(InputError, match="more comments"):
        rewrite(EXAMPLE, ["keep"] * (n - 1))
    out = io.BytesIO()
    with open_input(EXAMPLE) as stream, pytest.raises(InputError, match="fewer comments"):
        wxr.rewrite(stream, "x", out, iter(["keep"] * (n + 1)), Parents({}))


def test_cdata_helper_splits_the_terminator():
    assert wxr.cdata("a]]>b") == "<![CDATA[a]]]]><![CDATA[>b]]>"
