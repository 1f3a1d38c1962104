"""Batch pipelines: order and completeness in every format and backend, clean's
decisions per format, re-parenting, quarantine, atomic outputs.

Labels are not what these tests check (the model decides them): a tiny model is
trained here when the bundled one is absent, and the clean tests use a fake Guard that
labels by keyword, so every decision is known in advance.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import warnings
from pathlib import Path

import pytest

from commentguard import batch
from commentguard.batch import GuardSettings, RunOptions, chunked, clean_file, scan, scan_file
from commentguard.io import InputError, Record, read_records, wxr
from commentguard.types import Comment, Post, Verdict

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "blog-export.xml"

HAM = [
    "Thanks for the clear write-up, the part about starters helped me a lot.",
    "I tried this recipe last weekend and the crust came out perfect.",
    "Could you explain why the second step needs a cold oven?",
    "We walked the river trail with our kids in May, lovely views.",
    "I disagree a little, the older firmware handled the sensor better.",
    "My grandmother used the same trick with lemon zest.",
    "Where did you buy the hinges for the cabinet door?",
    "This saved me hours debugging the cron job, thank you.",
    "The photos of the harbour at dusk are lovely.",
    "Is there a metric version of the measurements?",
]
SPAM = [
    "Buy cheap pills online no prescription http://pills.example/buy",
    "Best online casino bonus 500 free spins http://casino.example/win",
    "Great post! Check my site for cheap backlinks http://seo.example/links",
    "Call +1 800 555 0199 for instant printer support, 24/7 help",
    "Very nice article, keep it up, see my page http://cheap.example/deal",
    "Earn $5000 weekly working from home click here http://money.example",
    "Cheap replica watches free shipping http://replica.example",
    "Your website has SEO errors, contact me now for a free audit",
    "Payday loans fast approval no credit check http://loans.example",
    "Discount tramadol pharmacy overnight http://rx.example",
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> GuardSettings:
    """The bundled model when there is one, else a tiny model trained here."""
    from commentguard.classifier import ModelCard, build_pipeline, default_model_path, save_model

    if default_model_path().exists():
        return GuardSettings()
    path = tmp_path_factory.mktemp("model") / "tiny.joblib"
    pipeline = build_pipeline(calibrate=False, min_df=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # sklearn on the float32 dtype
        pipeline.fit(HAM + SPAM, [0] * len(HAM) + [1] * len(SPAM))
    save_model(pipeline, path, ModelCard(name="tiny-test"))
    return GuardSettings(model=str(path))


@pytest.fixture(scope="module")
def example_records() -> list[Record]:
    return list(read_records(EXAMPLE))


def export_as(fmt: str, records: list[Record], path: Path) -> Path:
    """Write records (comment + post) in one of the four formats."""
    if fmt == "wxr":
        by_post: dict[str, tuple[Post, list[dict]]] = {}
        for r in records:
            c = r.comment
            entry = {
                "id": c.id,
                "author": c.author,
                "email": c.author_email,
                "url": c.author_url,
                "ip": c.author_ip,
                "content": c.content,
                "parent": c.parent_id or 0,
                "approved": c.extra.get("status", "1"),
                "type": c.type,
            }
            post = r.post or Post(id=c.post_id)
            by_post.setdefault(c.post_id, (post, []))[1].append(entry)
        text = wxr.header("Blog", "https://blog.example.org")
        for pid, (post, entries) in by_post.items():
            text += wxr.item(
                {"id": pid or 0, "title": post.title, "link": post.url, "content": post.text},
                entries,
            )
        path.write_text(text + wxr.WXR_FOOTER, encoding="utf-8")
    elif fmt == "disqus":
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" '
            'xmlns:dsq="http://disqus.com/disqus-internals">\n'
        ]
        seen = set()
        for r in records:
            if r.post and r.post.id not in seen:
                seen.add(r.post.id)
                parts.append(
                    f'  <thread dsq:id="{r.post.id}">\n    <link>{esc(r.post.url)}</link>\n'
                    f"    <title>{esc(r.post.title)}</title>\n    <message>{esc(r.post.text)}</message>\n  </thread>\n"
                )
        for r in records:
            c = r.comment
            parent = f'    <parent dsq:id="{c.parent_id}" />\n' if c.parent_id else ""
            parts.append(
                f'  <post dsq:id="{c.id}">\n    <message>{esc(c.content)}</message>\n'
                f"    <isSpam>false</isSpam>\n    <author><email>{esc(c.author_email)}</email>"
                f"<name>{esc(c.author)}</name></author>\n"
                f'    <thread dsq:id="{c.post_id}" />\n{parent}  </post>\n'
            )
        parts.append("</disqus>\n")
        path.write_text("".join(parts), encoding="utf-8")
    elif fmt == "csv":
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(
                [
                    "id",
                    "author",
                    "author_url",
                    "comment_content",
                    "parent_id",
                    "post_id",
                    "post_title",
                    "post_url",
                ]
            )
            for r in records:
                c = r.comment
                w.writerow(
                    [
                        c.id,
                        c.author,
                        c.author_url,
                        c.content,
                        c.parent_id or "0",
                        c.post_id,
                        r.post.title if r.post else "",
                        r.post.url if r.post else "",
                    ]
                )
    else:
        with open(path, "w", encoding="utf-8") as fh:
            for r in records:
                c = r.comment
                obj = {"id": c.id, "author": c.author, "text": c.content, "post_id": c.post_id}
                if c.parent_id:
                    obj["parent_id"] = c.parent_id
                if r.post:
                    obj["post"] = {"title": r.post.title, "url": r.post.url, "id": r.post.id}
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return path


FORMATS = ["wxr", "disqus", "csv", "jsonl"]
SUFFIX = {"wxr": ".xml", "disqus": ".xml", "csv": ".csv", "jsonl": ".jsonl"}


# -- chunking ------------------------------------------------------------------------


def _rec(i: int, post: str) -> Record:
    return Record(i, Comment(id=str(i), post_id=post))


def test_chunks_end_on_post_boundaries_when_possible():
    records = (
        [_rec(i, "a") for i in range(5)]
        + [_rec(i, "b") for i in range(5, 8)]
        + [_rec(i, "c") for i in range(8, 9)]
    )
    sizes = [[r.comment.post_id for r in ch] for ch in chunked(records, 2)]
    assert sizes == [["a"] * 5, ["b"] * 3, ["c"]]
    long = [_rec(i, "a") for i in range(20)]
    assert [len(ch) for ch in chunked(long, 2)] == [8, 8, 4]  # never past 4 × chunk_size
    no_post = [_rec(i, "") for i in range(5)]
    assert [len(ch) for ch in chunked(no_post, 2)] == [2, 2, 1]
    with pytest.raises(ValueError):
        list(chunked(no_post, 0))


# -- scan ----------------------------------------------------------------------------


def test_scan_keeps_order_and_completeness(settings, example_records):
    results = list(scan(example_records, settings, chunk_size=7))
    assert [r.index for r, _ in results] == list(range(len(example_records)))
    assert all(isinstance(v, Verdict) and v.comment_id == r.comment.id for r, v in results)


def test_parallel_equals_sequential(settings, example_records):
    one = [
        (r.index, v.label, v.spam_probability)
        for r, v in scan(example_records, settings, chunk_size=7)
    ]
    two = [
        (r.index, v.label, v.spam_probability)
        for r, v in scan(example_records, settings, jobs=2, chunk_size=7)
    ]
    assert one == two


def test_bad_records_pass_through_in_order(settings, example_records):
    mixed = []
    for r in example_records[:20]:
        if r.index % 6 == 3:
            r = Record(r.index, Comment(id=r.comment.id), None, r.source_line, None, "broken")
        mixed.append(r)
    for jobs in (1, 2):
        results = list(scan(mixed, settings, jobs=jobs, chunk_size=4))
        assert [r.index for r, _ in results] == list(range(20))
        assert [v is None for _, v in results] == [i % 6 == 3 for i in range(20)]


def test_worker_guard_is_cached(settings):
    assert batch.cached_guard(settings) is batch.cached_guard(settings)
    from commentguard.guard import Guard

    g = Guard(model=settings.model, history=None)
    assert GuardSettings.from_guard(g).model == (
        os.path.abspath(settings.model) if settings.model else None
    )
    with pytest.raises(ValueError):
        GuardSettings.from_guard(Guard(checks=[]))


def test_dask_backend_equals_local(settings, example_records):
    distributed = pytest.importorskip("distributed")
    local = [
        (r.index, v.label, v.spam_probability)
        for r, v in scan(example_records, settings, chunk_size=9)
    ]
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = list(
            scan(
                example_records,
                settings,
                chunk_size=9,
                backend="dask",
                scheduler=cluster.scheduler_address,
                max_in_flight=3,
            )
        )
    assert [(r.index, v.label, v.spam_probability) for r, v in remote] == local


def test_dask_backend_needs_a_scheduler(settings, example_records):
    from commentguard.types import CommentguardError

    with pytest.raises(CommentguardError, match="scheduler"):
        list(scan(example_records, settings, backend="dask"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_scan_file_every_format_in_equals_out(tmp_path, settings, example_records, fmt):
    src = export_as(fmt, example_records, tmp_path / f"in{SUFFIX[fmt]}")
    out = tmp_path / "out.jsonl.gz"
    summary = scan_file(src, out, RunOptions(settings=settings, chunk_size=16))
    lines = [json.loads(x) for x in gzip.decompress(out.read_bytes()).splitlines()]
    assert summary.n_in == summary.n_out == len(lines) == len(example_records)
    assert [x["id"] for x in lines] == [r.comment.id for r in example_records]
    assert [x["post_id"] for x in lines] == [r.comment.post_id for r in example_records]
    for x in lines:
        assert x["label"] in ("ham", "unsure", "spam")
        assert {"spam_probability", "action", "flags", "reasons", "line"} <= set(x)
        assert all(
            {"check", "message", "weight", "evidence"} <= set(reason) for reason in x["reasons"]
        )
    assert f"in {len(lines)} = out {len(lines)}" in "\n".join(summary.lines())


def test_scan_file_skip_bad_writes_error_lines(tmp_path, settings):
    src = tmp_path / "c.jsonl"
    src.write_text(
        '{"id": "1", "content": "hello"}\n{"id": "2", "content": \n{"id": "3", "content": "bye"}\n'
    )
    with pytest.raises(InputError, match=":2: invalid JSON"):
        scan_file(src, tmp_path / "o.jsonl", RunOptions(settings=settings))
    assert not (tmp_path / "o.jsonl").exists()
    bad: list[Record] = []
    summary = scan_file(
        src, tmp_path / "o.jsonl", RunOptions(settings=settings, skip_bad=True, on_bad=bad.append)
    )
    lines = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert [x["label"] for x in lines][1] == "error"
    assert lines[1]["id"] == "" and lines[1]["line"] == 2 and "invalid JSON" in lines[1]["error"]
    assert summary.errors == 1 and [r.source_line for r in bad] == [2]


def test_scan_refuses_to_overwrite_its_input(tmp_path, settings):
    src = export_as("jsonl", [], tmp_path / "c.jsonl")
    with pytest.raises(InputError, match="over the input"):
        scan_file(src, tmp_path / "." / "c.jsonl", RunOptions(settings=settings))


# -- clean ---------------------------------------------------------------------------


class KeywordGuard:
    """Labels by keyword: SPAM → spam, MAYBE → unsure, else ham."""

    def load(self):
        return self

    def check_many(self, items):
        out = []
        for comment, _post in items:
            if "SPAM" in comment.content:
                out.append(
                    Verdict("spam", 0.99, "reject", frozenset({"keyword"}), comment_id=comment.id)
                )
            elif "MAYBE" in comment.content:
                out.append(Verdict("unsure", 0.6, "hold", comment_id=comment.id))
            else:
                out.append(Verdict("ham", 0.01, "approve", comment_id=comment.id))
        return out


@pytest.fixture
def keyword_guard(monkeypatch):
    monkeypatch.setattr(batch, "cached_guard", lambda settings: KeywordGuard())


THREAD = [
    ("1", "", "Hello, nice post"),
    ("2", "1", "SPAM reply"),
    ("3", "2", "A reply to the spam"),
    ("4", "", "MAYBE a question"),
    ("5", "", "SPAM at the top"),
    ("6", "5", "Answer to the top spam"),
    ("7", "", "Plain ham"),
]


def thread_records() -> list[Record]:
    post = Post(title="Bread", url="https://b.example/bread", id="42")
    return [
        Record(
            i, Comment(id=cid, parent_id=parent, content=text, post_id="42", author=f"A{cid}"), post
        )
        for i, (cid, parent, text) in enumerate(THREAD)
    ]


def _parents(path: Path) -> list[tuple[str, str]]:
    return [
        (r.comment.id, "" if r.comment.parent_id == "0" else r.comment.parent_id)
        for r in read_records(path)
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_clean_remove_every_format(tmp_path, keyword_guard, fmt):
    src = export_as(fmt, thread_records(), tmp_path / f"in{SUFFIX[fmt]}")
    before = src.read_bytes()
    out = tmp_path / f"clean{SUFFIX[fmt]}"
    summary = clean_file(src, out, mode="remove")
    assert src.read_bytes() == before  # the input is never modified
    assert _parents(out) == [("1", ""), ("3", "1"), ("4", ""), ("6", ""), ("7", "")]
    quarantine = tmp_path / "clean.quarantine.jsonl"
    q = [json.loads(x) for x in quarantine.read_text().splitlines()]
    assert [x["id"] for x in q] == ["2", "5"]
    assert all(x["disposition"] == "removed" and x["verdict"]["label"] == "spam" for x in q)
    assert q[0]["content"] == "SPAM reply" and q[0]["parent_id"] == "1" and q[0]["source_line"]
    assert (summary.n_in, summary.kept, summary.quarantined) == (7, 5, 2)
    assert "in 7 = kept 5 + quarantined 2" in "\n".join(summary.lines())
    # The quarantine file is itself JSON Lines commentguard can read back.
    assert [r.comment.content for r in read_records(quarantine)] == [
        "SPAM reply",
        "SPAM at the top",
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_clean_mark_every_format(tmp_path, keyword_guard, fmt):
    src = export_as(fmt, thread_records(), tmp_path / f"in{SUFFIX[fmt]}")
    out = tmp_path / f"marked{SUFFIX[fmt]}"
    q = tmp_path / "q.jsonl"
    summary = clean_file(src, out, mode="mark", quarantine=q)
    assert (summary.n_in, summary.kept, summary.quarantined, summary.held) == (7, 5, 2, 1)
    records = list(read_records(out))
    assert _parents(out) == [(cid, parent) for cid, parent, _ in THREAD]
    assert len(q.read_text().splitlines()) == 2
    if fmt == "wxr":
        assert [r.comment.extra["status"] for r in records] == [
            "1",
            "spam",
            "1",
            "0",
            "spam",
            "1",
            "1",
        ]
        wxr_text = out.read_text()
        assert wxr_text.count("<wp:comment_approved><![CDATA[spam]]></wp:comment_approved>") == 2
    elif fmt == "disqus":
        assert [r.comment.extra["status"] for r in records] == [
            "approved",
            "spam",
            "approved",
            "approved",
            "spam",
            "approved",
            "approved",
        ]
    elif fmt == "csv":
        rows = list(csv.DictReader(open(out, encoding="utf-8", newline="")))
        assert [row["label"] for row in rows] == [
            "ham",
            "spam",
            "ham",
            "unsure",
            "spam",
            "ham",
            "ham",
        ]
        assert rows[1]["action"] == "reject" and rows[1]["flags"] == "keyword"
        assert rows[1]["spam_probability"] == "0.9900"
    else:
        objs = [json.loads(x) for x in out.read_text().splitlines()]
        assert [o["label"] for o in objs] == ["ham", "spam", "ham", "unsure", "spam", "ham", "ham"]
        assert objs[1]["flags"] == ["keyword"] and objs[1]["spam_probability"] == 0.99


def test_clean_keeps_bad_records(tmp_path, keyword_guard):
    src = tmp_path / "c.csv"
    src.write_text("id,text,parent_id\n1,ok,\n2,SPAM,\n3,too,many,cells\n4,reply,2\n")
    out = tmp_path / "o.csv"
    summary = clean_file(src, out, mode="remove", opts=RunOptions(skip_bad=True))
    rows = list(csv.reader(open(out, encoding="utf-8", newline="")))
    assert rows == [
        ["id", "text", "parent_id"],
        ["1", "ok", ""],
        ["3", "too", "many", "cells"],
        ["4", "reply", ""],
    ]
    assert (summary.n_in, summary.kept, summary.quarantined, summary.errors) == (4, 3, 1, 1)


def test_clean_gzip_round_trip(tmp_path, keyword_guard):
    src = export_as("wxr", thread_records(), tmp_path / "in.xml")
    gz = tmp_path / "in.xml.gz"
    gz.write_bytes(gzip.compress(src.read_bytes()))
    out = tmp_path / "out.xml.gz"
    clean_file(gz, out, mode="remove")
    assert gzip.decompress(out.read_bytes()).startswith(b'<?xml version="1.0"')
    assert [cid for cid, _ in _parents(out)] == ["1", "3", "4", "6", "7"]
    assert (tmp_path / "out.quarantine.jsonl.gz").exists()


def test_clean_failure_leaves_no_output(tmp_path, keyword_guard):
    src = export_as("wxr", thread_records(), tmp_path / "in.xml")
    raw = src.read_bytes()
    src.write_bytes(raw[: len(raw) - 40])
    out = tmp_path / "out.xml"
    with pytest.raises(InputError, match="truncated"):
        clean_file(src, out)
    assert sorted(os.listdir(tmp_path)) == ["in.xml"]


def test_clean_refuses_overlapping_paths(tmp_path, keyword_guard):
    src = export_as("jsonl", thread_records(), tmp_path / "in.jsonl")
    with pytest.raises(InputError, match="over the input"):
        clean_file(src, src)
    with pytest.raises(InputError, match="over the input"):
        clean_file(src, tmp_path / "o.jsonl", quarantine=src)
    with pytest.raises(InputError, match="must differ"):
        clean_file(src, tmp_path / "o.jsonl", quarantine=tmp_path / "o.jsonl")
    with pytest.raises(ValueError):
        clean_file(src, tmp_path / "o.jsonl", mode="delete")  # type: ignore[arg-type]


def test_default_quarantine_name():
    assert batch.default_quarantine("/x/clean.xml") == "/x/clean.quarantine.jsonl"
    assert batch.default_quarantine("clean.xml.gz") == "clean.quarantine.jsonl.gz"
    assert batch.default_quarantine("cleaned") == "cleaned.quarantine.jsonl"


def test_packed_chunks_round_trip_and_shrink():
    from commentguard.batch import _pack, _unpack
    from commentguard.types import Comment, Post

    post = Post(title="Bread", text="Sourdough " * 200)
    pairs = [
        (Comment(content=f"comment {i} about bread and starters", id=str(i)), post)
        for i in range(300)
    ]
    blob = _pack(pairs)
    assert _unpack(blob) == pairs
    import pickle

    assert len(blob) < len(pickle.dumps(pairs)) / 2


def test_clean_puts_the_quarantine_in_place_before_the_output(tmp_path, keyword_guard, monkeypatch):
    import commentguard.io.base as base

    renamed: list[str] = []
    real_replace = os.replace

    def recording_replace(src, dst):
        renamed.append(Path(dst).name)
        real_replace(src, dst)

    monkeypatch.setattr(base.os, "replace", recording_replace)
    src = export_as("wxr", thread_records(), tmp_path / "in.xml")
    clean_file(src, tmp_path / "clean.xml", mode="remove")
    # A kill between the two renames must not leave an output without its removed
    # comments and no quarantine holding them.
    assert renamed == ["clean.quarantine.jsonl", "clean.xml"]


def test_an_own_process_scan_freezes_the_heap_only_while_it_runs(tmp_path, keyword_guard):
    import gc

    src = export_as("jsonl", thread_records(), tmp_path / "in.jsonl")
    before = gc.get_threshold()
    seen = []
    for _record, _verdict in scan(read_records(src), GuardSettings(), own_process=True):
        seen.append((gc.get_freeze_count() > 0, gc.get_threshold()[0]))
    assert seen and all(frozen and t > before[0] for frozen, t in seen)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before  # thawed after
