"""``commentguard report`` and ``write_report``: counts, escaping, errors (no browser)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from commentguard.cli import app
from commentguard.report import (
    MAX_TEXT_CHARS,
    ReportInputError,
    read_comments,
    read_labels,
    script_json,
    write_report,
)
from commentguard.types import InvalidInputError

runner = CliRunner()

# Comments written to break out of the page in every way we could think of.
HOSTILE = [
    '<script>alert("x")</script>',
    "</script><script>document.title='pwned'</script>",
    "<img src=x onerror=\"document.title='pwned'\">",
    '<a href="javascript:alert(1)">win a prize</a>',
    "<!-- <script> -->",
    "<svg onload=alert(1)>",
    "line\u2028separator\u2029paragraph & <b>bold</b>",
    '{"}]</script>',
]


def row(
    id: str,
    label: str,
    p: float,
    *,
    flags: list[str] | None = None,
    action: str | None = None,
    reasons: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    actions = {"ham": "approve", "unsure": "hold", "spam": "reject", "error": "hold"}
    return {
        "id": id,
        "post_id": extra.pop("post_id", "p1"),
        "label": label,
        "spam_probability": p,
        "model_probability": p,
        "action": action or actions[label],
        "flags": flags or [],
        "reasons": reasons or [],
        "truncated": False,
        **extra,
    }


def write_jsonl(path: Path, items: list[Any]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


class PageParser(HTMLParser):
    """Collects every start tag and the contents of every script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script, self._buf = dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._buf.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None


def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def page_data(path: Path) -> dict[str, Any]:
    scripts = parse(path).scripts
    (data,) = [text for attrs, text in scripts if attrs.get("id") == "cg-data"]
    return json.loads(data)


def count_of(parser: PageParser, element_id: str) -> int:
    for _tag, attrs in parser.tags:
        if attrs.get("id") == element_id:
            return int(attrs["data-count"] or 0)
    raise AssertionError(f"no element #{element_id}")


@pytest.fixture
def labels_file(tmp_path: Path) -> Path:
    rows = [
        row("h1", "ham", 0.02),
        row("h2", "ham", 0.10, flags=["duplicate"], action="hold"),
        row("h3", "ham", 0.30),
        row("u1", "unsure", 0.55, flags=["links"]),
        row("u2", "unsure", 0.80, flags=["links", "praise"]),
        row("s1", "spam", 0.99, flags=["links", "contact"]),
        row("s2", "spam", 0.90, flags=["links"]),
        row("s3", "spam", 0.86),
        {"id": "e1", "label": "error", "error": "could not decode"},
    ]
    return write_jsonl(tmp_path / "labels.jsonl", rows)


def test_counts_in_summary(labels_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["report", str(labels_file), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr and "9 comments" in result.stderr
    page = parse(out)
    assert count_of(page, "count-total") == 9
    assert count_of(page, "count-shown") == 6  # unsure, spam, error; not ham
    assert count_of(page, "count-label-ham") == 3
    assert count_of(page, "count-label-unsure") == 2
    assert count_of(page, "count-label-spam") == 3
    assert count_of(page, "count-label-error") == 1
    assert count_of(page, "count-action-approve") == 2
    assert count_of(page, "count-action-hold") == 3  # the error row has no action
    assert count_of(page, "count-action-reject") == 3
    assert count_of(page, "count-flag-links") == 4
    assert count_of(page, "count-flag-duplicate") == 1
    # The histogram has one bar per bin and they add up to the rows with a probability.
    bars = [int(a["data-n"] or 0) for t, a in page.tags if t == "rect" and "data-n" in a]
    assert len(bars) == 50 and sum(bars) == 8
    # Table order: unsure most spam-like first, spam least certain first, then errors.
    data = page_data(out)
    assert [r["id"] for r in data["rows"]] == ["u2", "u1", "s3", "s2", "s1", "e1"]
    from commentguard.classifier import default_model_path, read_card

    card = read_card(default_model_path())
    assert data["thresholds"] == {
        "unsure": card.thresholds["unsure"],
        "spam": card.thresholds["spam"],
    }


def test_all_includes_ham(labels_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["report", str(labels_file), "-o", str(out), "--all"])
    assert result.exit_code == 0, result.output
    ids = [r["id"] for r in page_data(out)["rows"]]
    assert ids[-3:] == ["h3", "h2", "h1"] and len(ids) == 9


def test_threshold_options(labels_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    args = ["report", str(labels_file), "-o", str(out)]
    result = runner.invoke(app, [*args, "--unsure-threshold", "0.4", "--spam-threshold", "0.7"])
    assert result.exit_code == 0, result.output
    assert page_data(out)["thresholds"] == {"unsure": 0.4, "spam": 0.7}
    text = out.read_text(encoding="utf-8")
    assert "unsure ≥ 0.40" in text and "spam ≥ 0.70" in text
    bad = runner.invoke(app, [*args, "--unsure-threshold", "0.9", "--spam-threshold", "0.7"])
    assert bad.exit_code == 2
    assert "thresholds" in bad.stderr


def test_hostile_comments_stay_data(tmp_path: Path) -> None:
    rows = []
    export = []
    for n, text in enumerate(HOSTILE):
        rows.append(
            row(
                f"x{n}",
                "unsure",
                0.6,
                flags=['<script>alert("flag")</script>'],
                reasons=[
                    {
                        "check": "<b>check</b>",
                        "weight": 1.0,
                        "message": "<img src=x onerror=alert(2)>",
                        "evidence": ["<script>", "</script>"],
                    }
                ],
            )
        )
        export.append(
            {
                "id": f"x{n}",
                "content": text,
                "author": "<script>alert('author')</script>",
                "author_url": "javascript:alert(1)",
                "post_id": "p1",
                "post_title": "</title><script>alert('title')</script>",
            }
        )
    labels = write_jsonl(tmp_path / "labels.jsonl", rows)
    exported = write_jsonl(tmp_path / "export.jsonl", export)
    out = tmp_path / "review.html"
    result = runner.invoke(
        app, ["report", str(labels), "--input", str(exported), "--output", str(out)]
    )
    assert result.exit_code == 0, result.output

    raw = out.read_text(encoding="utf-8")
    page = parse(out)
    # Exactly our two script elements: the JSON block and the page's own script.
    assert len(page.scripts) == 2
    (data_attrs, data_text), (code_attrs, code_text) = page.scripts
    assert data_attrs == {"type": "application/json", "id": "cg-data"}
    assert code_attrs == {}
    js = resources.files("commentguard.report").joinpath("report.js").read_text(encoding="utf-8")
    assert code_text == js
    assert raw.lower().count("<script") == 2 and raw.lower().count("</script") == 2
    # No element, attribute or link came from the data.
    tags = {t for t, _ in page.tags}
    assert not tags & {"img", "a", "iframe", "object", "embed", "b", "link"}
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert "javascript:" not in (value or ""), (tag, name)
    for ch in "<>&\u2028\u2029":
        assert ch not in data_text
    # …and the data still says exactly what the commenters wrote.
    data = json.loads(data_text)
    assert [r["text"] for r in data["rows"]] == HOSTILE
    assert data["posts"] == [["p1", "</title><script>alert('title')</script>"]]
    assert data["rows"][0]["url"] == "javascript:alert(1)"
    # The page's CSP allows only its own script and style, by hash.
    csp = next(
        a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp is not None and "default-src 'none'" in csp and "script-src 'sha256-" in csp
    assert "unsafe-inline" not in csp


def test_script_json_escapes() -> None:
    value = {"a": "</script><!--\u2028\u2029&", "b": ["<", ">"]}
    text = script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == value


def test_bad_json_line_exit_2(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps(row("a", "ham", 0.1)) + "\n\n" + '{"id": "b", "label": \n', encoding="utf-8"
    )
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["report", str(labels), "-o", str(out)])
    assert result.exit_code == 2
    assert f"error: {labels}:3: bad JSON" in result.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [labels]  # no temporary file left behind


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "label": "maybe", "spam_probability": 0.5}', "field 'label'"),
        ('{"id": "a", "label": "spam"}', "field 'spam_probability' is missing"),
        ('{"id": "a", "label": "spam", "spam_probability": 1.5}', "between 0 and 1"),
        ('{"id": "a", "label": "spam", "spam_probability": "high"}', "must be a number"),
        (
            '{"id": "a", "label": "ham", "spam_probability": 0.1, "flags": "x"}',
            "'flags' must be a list",
        ),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_row_exit_2(tmp_path: Path, line: str, message: str) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(row("ok", "ham", 0.1)) + "\n" + line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(labels), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert f"{labels}:2:" in result.stderr and message in result.stderr


def test_unreadable_inputs_exit_2(labels_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    missing = runner.invoke(app, ["report", str(tmp_path / "nope.jsonl"), "-o", str(out)])
    assert missing.exit_code == 2 and "nope.jsonl" in missing.stderr
    no_dir = runner.invoke(app, ["report", str(labels_file), "-o", str(tmp_path / "x" / "r.html")])
    assert no_dir.exit_code == 2 and "no such directory" in no_dir.stderr
    not_utf8 = tmp_path / "latin1.jsonl"
    not_utf8.write_bytes(b'{"id": "\xe9", "label": "ham", "spam_probability": 0.1}\n')
    bad = runner.invoke(app, ["report", str(not_utf8), "-o", str(out)])
    assert bad.exit_code == 2 and f"{not_utf8}:1:" in bad.stderr
    bad_export = tmp_path / "export.jsonl"
    bad_export.write_text('{"id": "a", "content": "hi"}\nnot json\n', encoding="utf-8")
    bad = runner.invoke(app, ["report", str(labels_file), "-i", str(bad_export), "-o", str(out)])
    assert bad.exit_code == 2 and "export.jsonl:2" in bad.stderr


def test_failed_write_keeps_old_page(labels_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    out.write_text("old page", encoding="utf-8")
    labels_file.write_text(labels_file.read_text() + "{broken\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(labels_file), "-o", str(out)])
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.jsonl", "review.html"]


def test_stdin_and_text_in_labels(tmp_path: Path) -> None:
    line = row("a", "spam", 0.95, content="Buy cheap pills", author="Bob", post_title="Hello")
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["report", "-", "-o", str(out)], input=json.dumps(line) + "\n")
    assert result.exit_code == 0, result.output
    data = page_data(out)
    assert data["rows"][0]["text"] == "Buy cheap pills"
    assert data["posts"] == [["p1", "Hello"]]


def test_join_export_wins_and_fallback_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    labels = write_jsonl(
        tmp_path / "labels.jsonl",
        [
            row("a", "unsure", 0.6, content="cut text…", author="old"),
            row("b", "spam", 0.9),
            row("zz", "spam", 0.9),  # not in the export: no text
        ],
    )
    export = write_jsonl(
        tmp_path / "export.jsonl",
        [
            {"id": "a", "content": "The whole text", "author": "Ann", "post_title": "Gears"},
            # Akismet / WordPress names are understood too.
            {"comment_id": "b", "comment_content": "Spam text", "comment_author": "Bot"},
            {"content": "no id: cannot be joined"},
        ],
    )
    # Force the built-in reader, whatever the state of commentguard.io.
    monkeypatch.setitem(sys.modules, "commentguard.io", None)
    comments = read_comments(export)
    assert set(comments) == {"a", "b"}
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["report", str(labels), "-i", str(export), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in page_data(out)["rows"]}
    assert rows["a"]["text"] == "The whole text" and rows["a"]["author"] == "Ann"
    assert rows["b"]["text"] == "Spam text" and rows["b"]["author"] == "Bot"
    assert "text" not in rows["zz"]


def test_fallback_reader_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "commentguard.io", None)
    export = tmp_path / "export.csv"
    export.write_text(
        'id,content,author,post_id,post_title\n7,"Hello, ""world""",Eve,p9,Cats\n',
        encoding="utf-8",
    )
    assert read_comments(export) == {
        "7": {
            "content": 'Hello, "world"',
            "author": "Eve",
            "author_url": "",
            "post_id": "p9",
            "post_title": "Cats",
        }
    }


def test_write_report_library(tmp_path: Path) -> None:
    rows = [row(str(i), "ham" if i % 3 else "spam", (i % 10) / 10, flags=["f"]) for i in range(30)]
    summary = write_report(
        rows,
        tmp_path / "r.html",
        comments={"0": {"content": "x" * (MAX_TEXT_CHARS + 10)}},
        thresholds=(0.3, 0.6),
    )
    assert summary.total == 30 and summary.shown == 10
    assert summary.labels == dict(Counter(r["label"] for r in rows))
    assert summary.flags == {"f": 30}
    assert sum(summary.histogram) == 30
    assert summary.size_bytes == (tmp_path / "r.html").stat().st_size
    data = page_data(tmp_path / "r.html")
    first = next(r for r in data["rows"] if r["id"] == "0")
    assert first["cut"] is True and len(first["text"]) == MAX_TEXT_CHARS
    with pytest.raises(InvalidInputError, match="row 2"):
        write_report([rows[0], {"label": "nope"}], tmp_path / "r2.html", thresholds=(0.5, 0.8))
    with pytest.raises(ValueError):
        write_report(rows, tmp_path / "r3.html", thresholds=(0.9, 0.5))
    assert not (tmp_path / "r2.html").exists()


def test_lone_surrogates_do_not_break_the_page(tmp_path: Path) -> None:
    # "\ud800" is valid in a JSON file but cannot be written as UTF-8.
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        '{"id": "s", "label": "spam", "spam_probability": 0.9, "content": "a\\ud800b"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["report", str(labels), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert page_data(out)["rows"][0]["text"] == "a\ud800b"


def test_read_labels_errors_name_line(tmp_path: Path) -> None:
    labels = tmp_path / "l.jsonl"
    labels.write_text('\ufeff{"id": "a", "label": "ham", "spam_probability": 0}\n{"id": 1}\n')
    it = read_labels(labels)
    assert next(it)["id"] == "a"
    with pytest.raises(ReportInputError, match=r"l\.jsonl:2: field 'label'"):
        next(it)
