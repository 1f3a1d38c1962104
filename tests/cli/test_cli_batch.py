"""``commentguard scan`` / ``clean`` from the command line: outputs, summaries, exit
codes (0 ok, 2 bad input or usage) and one-line ``error: FILE:LINE: what`` messages."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commentguard.cli import app

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "blog-export.xml"
N_EXAMPLE = 60

runner = CliRunner()

TRAIN = [
    ("Thanks for the clear write-up, the starter tip helped a lot.", 0),
    ("I tried this last weekend and the crust came out perfect.", 0),
    ("Could you explain why the second step needs a cold oven?", 0),
    ("We walked the river trail with our kids in May.", 0),
    ("Where did you buy the hinges for the cabinet door?", 0),
    ("This saved me hours debugging the cron job, thank you.", 0),
    ("Buy cheap pills online no prescription http://pills.example/buy", 1),
    ("Best online casino bonus 500 free spins http://casino.example", 1),
    ("Great post! Check my site for cheap backlinks http://seo.example", 1),
    ("Call +1 800 555 0199 for instant printer support 24/7", 1),
    ("Earn $5000 weekly from home, click here http://money.example", 1),
    ("Payday loans fast approval no credit check http://loans.example", 1),
]


@pytest.fixture(scope="module")
def model_args(tmp_path_factory) -> list[str]:
    """No --model with the bundled model present; else a tiny model trained here."""
    from commentguard.classifier import ModelCard, build_pipeline, default_model_path, save_model

    if default_model_path().exists():
        return []
    path = tmp_path_factory.mktemp("model") / "tiny.joblib"
    pipeline = build_pipeline(calibrate=False, min_df=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        pipeline.fit([t for t, _ in TRAIN], [y for _, y in TRAIN])
    save_model(pipeline, path, ModelCard(name="tiny-test"))
    return ["--model", str(path)]


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_scan_to_stdout(model_args):
    result = run("scan", EXAMPLE, *model_args)
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == N_EXAMPLE
    assert {"id", "post_id", "label", "spam_probability", "action", "flags", "reasons"} <= set(
        lines[0]
    )
    assert f"in {N_EXAMPLE} = out {N_EXAMPLE}" in result.stderr
    assert "comments/s" in result.stderr and "labels:" in result.stderr
    assert "\x1b[" not in result.stderr  # no progress bar when stderr is not a terminal


def test_scan_to_gzip_file_quietly(tmp_path, model_args):
    out = tmp_path / "verdicts.jsonl.gz"
    result = run("scan", EXAMPLE, "--output", out, "--quiet", "--format", "wxr", *model_args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert len(gzip.decompress(out.read_bytes()).splitlines()) == N_EXAMPLE


def test_clean_remove_and_mark(tmp_path, model_args):
    out = tmp_path / "clean.xml"
    result = run("clean", EXAMPLE, "-o", out, *model_args)
    assert result.exit_code == 0, result.stderr
    summary = result.stderr
    assert "quarantine:" in summary and (tmp_path / "clean.quarantine.jsonl").exists()
    q = len((tmp_path / "clean.quarantine.jsonl").read_text().splitlines())
    kept = out.read_text().count("<wp:comment>")
    assert kept + q == N_EXAMPLE
    assert f"in {N_EXAMPLE} = kept {kept} + quarantined {q}" in summary
    marked = tmp_path / "marked.xml"
    result = run(
        "clean",
        EXAMPLE,
        "-o",
        marked,
        "--mode",
        "mark",
        "--quarantine",
        tmp_path / "q.jsonl",
        *model_args,
    )
    assert result.exit_code == 0, result.stderr
    assert marked.read_text().count("<wp:comment>") == N_EXAMPLE
    assert marked.read_text().count("<![CDATA[spam]]></wp:comment_approved>") == q


def test_malformed_xml_is_a_one_line_error(tmp_path, model_args):
    bad = tmp_path / "bad.xml"
    text = EXAMPLE.read_text()
    bad.write_text(text[: len(text) // 3])
    out = tmp_path / "out.jsonl"
    result = run("scan", bad, "-o", out, *model_args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {bad}:")
    assert "malformed XML" in result.stderr and "truncated" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_entity_bomb_is_refused(tmp_path, model_args):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n'
        '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel/></rss>\n'
    )
    result = run("scan", bomb, *model_args)
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"error: {bomb}:2: XML document type declarations (DTD) are not allowed"
    )


def test_csv_without_text_column(tmp_path, model_args):
    src = tmp_path / "c.csv"
    src.write_text("id,author\n1,Ann\n")
    result = run("scan", src, *model_args)
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == f"error: {src}:1: no comment text column: expected one of content, comment_content, text, body, comment, message (found: id, author)"
    )


def test_skip_bad_reports_and_counts(tmp_path, model_args):
    src = tmp_path / "c.csv"
    src.write_bytes(b"id,text\n1,fine\n2,bad,row\n3,caf\xe9\n4,fine again\n")
    result = run("scan", src, *model_args)
    assert result.exit_code == 2 and f"{src}:3: row has 3 fields" in result.stderr
    result = run("scan", src, "--skip-bad", *model_args)
    assert result.exit_code == 0, result.stderr
    labels = [json.loads(x)["label"] for x in result.stdout.splitlines()]
    assert labels[1] == labels[2] == "error" and len(labels) == 4
    assert f"skipped: {src}:3: row has 3 fields" in result.stderr
    assert f"skipped: {src}:4: field 'text' is not valid UTF-8" in result.stderr
    assert "bad records: 2" in result.stderr and "in 4 = out 4" in result.stderr


def test_refuses_to_overwrite_the_input(tmp_path, model_args, monkeypatch):
    src = tmp_path / "in.xml"
    src.write_bytes(EXAMPLE.read_bytes())
    before = src.read_bytes()
    monkeypatch.chdir(tmp_path)
    result = run("clean", src, "--output", "in.xml", *model_args)
    assert result.exit_code == 2 and "refusing to write over the input" in result.stderr
    result = run("scan", "in.xml", "--output", src, *model_args)
    assert result.exit_code == 2
    assert src.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "missing.xml"],
        ["scan", str(EXAMPLE), "--format", "yaml"],
        ["scan", str(EXAMPLE), "--backend", "dask"],
        ["scan", str(EXAMPLE), "--scheduler", "tcp://127.0.0.1:1"],
        ["scan", str(EXAMPLE), "--jobs", "0"],
        ["clean", str(EXAMPLE)],
        ["clean", str(EXAMPLE), "-o", "x.xml", "--mode", "delete"],
    ],
)
def test_usage_errors_exit_2(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2
    assert not os.listdir(tmp_path)


def test_missing_model_exits_2(tmp_path):
    result = run("scan", EXAMPLE, "--model", tmp_path / "nope.joblib")
    assert result.exit_code == 2 and "model file not found" in result.stderr


def test_subprocess_with_two_jobs(tmp_path, model_args):
    """The real entry point, worker processes included."""
    out = tmp_path / "o.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "commentguard",
            "scan",
            str(EXAMPLE),
            "--jobs",
            "2",
            "--chunk-size",
            "8",
            "-o",
            str(out),
            *model_args,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    ids = [json.loads(x)["id"] for x in out.read_text().splitlines()]
    assert ids == [str(1001 + i) for i in range(N_EXAMPLE)]
    assert f"in {N_EXAMPLE} = out {N_EXAMPLE}" in proc.stderr


def test_unexpected_failure_exits_1(monkeypatch):
    from commentguard import batch

    class Broken:
        def load(self):
            return self

        def check_many(self, items):
            raise RuntimeError("a bug")

    monkeypatch.setattr(batch, "cached_guard", lambda settings: Broken())
    result = run("scan", EXAMPLE)
    assert result.exit_code == 1
    assert isinstance(result.exception, RuntimeError)
