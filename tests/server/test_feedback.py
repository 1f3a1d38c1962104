"""The append-only feedback store: format, validation, and concurrent writers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from commentguard.feedback import read_feedback, record_feedback
from commentguard.types import Comment, InvalidInputError, Post

ROOT = Path(__file__).resolve().parents[2]


def test_record_format_round_trips(tmp_path):
    path = tmp_path / "fb.jsonl"
    comment = Comment(
        content="Cheap pills", author="bot", author_ip="198.51.100.2", extra={"referrer": "x"}
    )
    record = record_feedback(
        path, comment, "spam", "api", post=Post(title="Tomatoes", url="http://b/t")
    )
    assert list(read_feedback(path)) == [record]
    assert record["label"] == "spam" and record["source"] == "api"
    assert record["post"] == {"title": "Tomatoes", "url": "http://b/t"}
    assert "author_email" not in record  # empty fields are left out
    back = Comment.from_dict(
        {k: v for k, v in record.items() if k not in ("label", "source", "received_at", "post")}
    )
    assert (back.content, back.author, back.author_ip, dict(back.extra)) == (
        "Cheap pills",
        "bot",
        "198.51.100.2",
        {"referrer": "x"},
    )
    assert Post.from_dict(record["post"]).title == "Tomatoes"


def test_accepts_akismet_dicts_and_rejects_bad_labels(tmp_path):
    path = tmp_path / "sub" / "fb.jsonl"
    record_feedback(
        path, {"comment_content": "hi", "comment_author": "Ann"}, "ham", "akismet-submit"
    )
    (record,) = read_feedback(path)
    assert record["author"] == "Ann"
    with pytest.raises(InvalidInputError):
        record_feedback(path, {"content": "x"}, "unsure", "api")
    with pytest.raises(InvalidInputError):
        record_feedback(path, {"content": "x"}, "spam", "")


def test_reader_skips_torn_and_foreign_lines(tmp_path):
    path = tmp_path / "fb.jsonl"
    record_feedback(path, {"content": "ok"}, "ham", "api")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"label": "maybe", "content": "x"}\n[1, 2]\n\n{"label": "spam", "cont')
    assert [r["content"] for r in read_feedback(path)] == ["ok"]
    assert list(read_feedback(tmp_path / "missing.jsonl")) == []


WRITER = """
import sys
from commentguard.feedback import record_feedback
path, who, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(n):
    # Long lines: bigger than a pipe buffer, so interleaving would show.
    record_feedback(path, {"content": f"{who}-{i} " + who * 5000}, "spam" if i % 2 else "ham", "api")
"""


def test_concurrent_processes_and_threads_never_interleave(tmp_path):
    path = tmp_path / "fb.jsonl"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"p{k}", "150"], env=env)
        for k in range(4)
    ]

    def thread_writer(k: int) -> None:
        for i in range(150):
            record_feedback(path, {"content": f"t{k}-{i} " + f"t{k}" * 5000}, "ham", "api")

    threads = [threading.Thread(target=thread_writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for p in procs:
        assert p.wait(timeout=120) == 0

    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b""
    records = [json.loads(line) for line in lines[:-1]]  # every line is whole JSON
    assert len(records) == 8 * 150
    seen = {r["content"].split(" ", 1)[0] for r in records}
    assert len(seen) == 8 * 150
