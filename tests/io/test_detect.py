"""Format detection by content, gzip by magic bytes, atomic outputs, same-file checks."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from commentguard.io import (
    InputError,
    atomic_output,
    detect_format,
    resolve_format,
    same_file,
    sniff_format,
)

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "blog-export.xml"


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (
            b'<?xml version="1.0" encoding="UTF-8" ?>\n<!-- generator -->\n<rss version="2.0">',
            "wxr",
        ),
        (b'<?xml version="1.0"?><feed xmlns:wp="http://wordpress.org/export/1.1/">', "wxr"),
        (b'\xef\xbb\xbf  <?xml version="1.0"?>\n<disqus xmlns="http://disqus.com">', "disqus"),
        (b'\n\n{"id": 1, "content": "x"}\n', "jsonl"),
        (b"id,content\n1,hello\n", "csv"),
        (b"comment_content;comment_author\n", "csv"),
        ('<?xml version="1.0" encoding="UTF-16"?><rss>'.encode("utf-16"), "wxr"),
    ],
)
def test_sniff(head, fmt):
    assert sniff_format(head) == fmt


def test_sniff_refuses_empty_and_unknown_xml():
    with pytest.raises(InputError, match="empty"):
        sniff_format(b"  \n")
    with pytest.raises(InputError, match="neither"):
        sniff_format(b"<?xml version='1.0'?><html><body/></html>")


def test_content_wins_over_extension(tmp_path):
    misleading = tmp_path / "comments.xml"
    misleading.write_text('{"content": "I am JSON Lines"}\n')
    assert detect_format(misleading) == "jsonl"
    gz = tmp_path / "export.csv"
    gz.write_bytes(gzip.compress(EXAMPLE.read_bytes()))
    assert detect_format(gz) == "wxr"
    assert detect_format(EXAMPLE) == "wxr"


def test_resolve_format(tmp_path):
    assert resolve_format(EXAMPLE, "csv") == "csv"
    with pytest.raises(InputError, match="unknown format"):
        resolve_format(EXAMPLE, "yaml")
    with pytest.raises(InputError, match=r"no such file|cannot open"):
        resolve_format(tmp_path / "missing.xml", "auto")


def test_atomic_output_replaces_only_on_success(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_output(target) as out:
        out.write(b"half a fi")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]  # no temporary file left behind
    with atomic_output(target) as out:
        out.write(b"new\n")
    assert target.read_text() == "new\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_atomic_output_gzip_by_name(tmp_path):
    target = tmp_path / "out.jsonl.gz"
    with atomic_output(target) as out:
        out.write(b"line\n")
    assert gzip.decompress(target.read_bytes()) == b"line\n"


def test_same_file(tmp_path, monkeypatch):
    a = tmp_path / "a.xml"
    a.write_text("x")
    link = tmp_path / "link.xml"
    link.symlink_to(a)
    monkeypatch.chdir(tmp_path)
    assert same_file(a, "a.xml")
    assert same_file(a, "./sub/../a.xml")
    assert same_file(a, link)
    assert not same_file(a, tmp_path / "b.xml")


def test_forced_xml_format_checks_the_root(tmp_path):
    from commentguard.io import read_records

    with pytest.raises(InputError, match="not a Disqus export: the root element is <rss>"):
        list(read_records(EXAMPLE, "disqus"))
    path = tmp_path / "d.xml"
    path.write_text('<disqus xmlns="http://disqus.com"></disqus>')
    with pytest.raises(InputError, match=r"d.xml:1: not a WordPress export \(WXR\)"):
        list(read_records(path, "wxr"))
