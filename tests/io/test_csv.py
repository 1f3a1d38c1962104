"""CSV: header aliases, post columns, bad rows with line numbers, limits, formula-safe output."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pytest

from commentguard.io import InputError, csv_, read_records
from commentguard.io.base import MAX_FIELD_CHARS, escape_formula, text_writer


def write(tmp_path: Path, text: str, name: str = "c.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_akismet_names_and_post_columns(tmp_path):
    path = write(
        tmp_path,
        "comment_ID,comment_author,comment_author_email,comment_content,comment_parent,post_id,post_title,post_url,rating\n"
        "1,Ann,ann@example.com,Lovely bread,0,7,Rye bread,https://b.example/rye,5\n"
        '2,Bob,,"Reply, with a comma\nand a second line",1,7,Rye bread,https://b.example/rye,\n'
        "3,Cy,,No post here,,,,,\n",
    )
    records = list(read_records(path, "csv"))
    assert [r.index for r in records] == [0, 1, 2]
    a, b, c = records
    assert (a.comment.author, a.comment.author_email, a.comment.content) == (
        "Ann",
        "ann@example.com",
        "Lovely bread",
    )
    assert a.comment.post_id == "7" and a.post is not None
    assert (a.post.title, a.post.url, a.post.id) == ("Rye bread", "https://b.example/rye", "7")
    assert a.post is b.post  # same post columns, one Post
    assert a.comment.extra == {"comment_ID": "1", "rating": "5"}
    assert "post_title" not in a.comment.extra
    assert (
        b.comment.content == "Reply, with a comma\nand a second line" and b.comment.parent_id == "1"
    )
    assert c.post is None
    assert [r.source_line for r in records] == [2, 3, 5]
    assert a.raw[3] == "Lovely bread"


@pytest.mark.parametrize(
    "column", ["content", "comment_content", "text", "body", "comment", "message"]
)
def test_every_text_alias(tmp_path, column):
    path = write(tmp_path, f"id,{column},author\n1,hello there,Ann\n")
    (record,) = read_records(path, "csv")
    assert record.comment.content == "hello there" and record.comment.author == "Ann"


def test_missing_text_column_is_a_clear_error(tmp_path):
    path = write(tmp_path, "id,author,url\n1,Ann,https://a.example\n")
    with pytest.raises(InputError) as info:
        list(read_records(path, "csv"))
    assert info.value.line == 1
    assert "no comment text column" in str(info.value) and "found: id, author, url" in str(
        info.value
    )


def test_empty_file(tmp_path):
    with pytest.raises(InputError, match="no header"):
        list(read_records(write(tmp_path, ""), "csv"))


def test_semicolon_tab_and_bom(tmp_path):
    path = write(tmp_path, "\ufeffid;text;author\n1;a, b and c;Ann\n")
    (record,) = read_records(path, "csv")
    assert record.comment.content == "a, b and c" and record.comment.id == "1"
    path = write(tmp_path, "id\ttext\n1\tx;y\n", name="t.tsv")
    (record,) = read_records(path, "csv")
    assert record.comment.content == "x;y"


def test_bad_rows_stop_or_are_skipped_in_order(tmp_path):
    big = "x" * (MAX_FIELD_CHARS + 1)
    text = f"id,text\n1,fine\n2,too,many,fields\n3,{big}\n4,still fine\n"
    raw = text.encode() + b"5,caf\xe9 latin-1\n6,last\n"
    path = tmp_path / "bad.csv"
    path.write_bytes(raw)
    with pytest.raises(InputError) as info:
        list(read_records(path, "csv"))
    assert info.value.line == 3 and "4 fields but the header has 2" in info.value.message
    records = list(read_records(path, "csv", skip_bad=True))
    assert [r.comment.id for r in records] == ["1", "2", "3", "4", "5", "6"]
    assert [r.ok for r in records] == [True, False, False, True, False, True]
    assert "MAX_FIELD_CHARS" in records[2].error
    assert "not valid UTF-8" in records[4].error and records[4].source_line == 6


def test_truncated_inside_quotes(tmp_path):
    path = write(tmp_path, 'id,text\n1,ok\n2,"an open quote that never\ncloses')
    with pytest.raises(InputError, match="truncated") as info:
        list(read_records(path, "csv"))
    assert info.value.line == 3


def test_gzip_csv(tmp_path):
    path = tmp_path / "c.csv.gz"
    path.write_bytes(gzip.compress(b"id,text\n1,hello\n2,world\n"))
    assert [r.comment.content for r in read_records(path)] == ["hello", "world"]


@pytest.mark.parametrize("cell", ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_defused(cell):
    assert escape_formula(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "hello", "1", "'=quoted", " =x"])
def test_ordinary_cells_are_untouched(cell):
    assert escape_formula(cell) == cell


def test_writer_marks_and_escapes(tmp_path):
    path = write(tmp_path, 'id;text;parent_id;label\n1;=HYPERLINK("x");0;old\n2;reply;1;\n')
    with open(path, "rb") as fh:
        reader = csv_.Reader(fh, str(path))
        rows = [r.raw for r in reader]
        layout = reader.layout
    buf = io.BytesIO()
    text = text_writer(buf)
    writer = csv_.Writer(text, layout, mark=True)
    writer.write(rows[0], ["spam", "0.9900", "reject", "links;praise"])
    writer.write(rows[1], ["ham", "0.1000", "approve", ""], parent="0")
    text.flush()
    out = list(csv.reader(io.StringIO(buf.getvalue().decode()), delimiter=";"))
    assert out[0] == ["id", "text", "parent_id", "label", "spam_probability", "action", "flags"]
    assert out[1] == ["1", '\'=HYPERLINK("x")', "0", "spam", "0.9900", "reject", "links;praise"]
    assert out[2] == ["2", "reply", "0", "ham", "0.1000", "approve", ""]
