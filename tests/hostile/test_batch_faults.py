"""Batch under faults: ``commentguard clean`` killed or interrupted mid-run.

``clean`` writes its output and quarantine files through temporary files in the same
directory, replaced over the real names only when a run completes. These tests start
``commentguard clean`` as a subprocess on a generated WordPress export big enough to
take a few seconds, kill it (SIGKILL: no clean-up at all; SIGTERM: a service manager
stopping it; SIGINT: Ctrl-C) in its first pass (labelling) or its second (writing the
output), and check that:

- an output and quarantine file from an earlier run stay byte for byte as they were;
- no file appears under the output's name, and what a SIGKILL leaves behind is a
  hidden ``.NAME.*.tmp`` file, never a visible partial output; SIGTERM and Ctrl-C
  leave nothing;
- running again after an interruption writes output byte-identical to an
  uninterrupted run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from commentguard.batch import RunOptions, clean_file

REPO = Path(__file__).resolve().parents[2]
N_COMMENTS = 1500
OLD_OUTPUT = b"<rss>an earlier run's cleaned export</rss>\n"
OLD_QUARANTINE = b'{"earlier": "quarantine"}\n'

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("wxr") / "blog.xml"
    subprocess.run(
        [sys.executable, "-m", "benchmarks.gen_wxr", str(N_COMMENTS), str(path), "--seed", "11"],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return path


@pytest.fixture(scope="module")
def reference(export, tmp_path_factory) -> tuple[bytes, bytes]:
    """Output and quarantine of an uninterrupted run (in this process)."""
    out = tmp_path_factory.mktemp("reference") / "clean.xml"
    clean_file(export, out, opts=RunOptions())
    return out.read_bytes(), out.with_name("clean.quarantine.jsonl").read_bytes()


def start_clean(export: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "commentguard", "clean", str(export), "-o", str(out), "-q"],
        cwd=out.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for(
    proc: subprocess.Popen[bytes], directory: Path, glob: str, min_size: int = 0, timeout=60.0
) -> None:
    """Wait until a file matching ``glob`` (of at least ``min_size`` bytes) exists in
    ``directory``: the run reached that stage. Fail if the process ends first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in directory.glob(glob):
            try:
                if path.stat().st_size >= min_size:
                    return
            except FileNotFoundError:
                continue
        if proc.poll() is not None:
            _out, err = proc.communicate()
            pytest.fail(f"clean ended (rc={proc.returncode}) before {glob}: {err.decode()}")
        time.sleep(0.002)
    proc.kill()
    pytest.fail(f"no {glob} after {timeout} s")


def prepare(tmp_path: Path) -> Path:
    out = tmp_path / "clean.xml"
    out.write_bytes(OLD_OUTPUT)
    out.with_name("clean.quarantine.jsonl").write_bytes(OLD_QUARANTINE)
    return out


def assert_earlier_files_intact(out: Path) -> None:
    assert out.read_bytes() == OLD_OUTPUT
    assert out.with_name("clean.quarantine.jsonl").read_bytes() == OLD_QUARANTINE
    visible = sorted(p.name for p in out.parent.iterdir() if not p.name.startswith("."))
    assert visible == ["clean.quarantine.jsonl", "clean.xml"], visible
    for p in out.parent.iterdir():  # whatever is left is hidden and marked temporary
        if p.name.startswith("."):
            assert p.name.endswith(".tmp"), p.name


def rerun(export: Path, out: Path) -> tuple[bytes, bytes]:
    proc = start_clean(export, out)
    _stdout, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    return out.read_bytes(), out.with_name("clean.quarantine.jsonl").read_bytes()


def test_sigkill_while_labelling_then_rerun(export, reference, tmp_path):
    out = prepare(tmp_path)
    proc = start_clean(export, out)
    # Pass 1 is labelling: quarantined comments are reaching the temporary file.
    wait_for(proc, tmp_path, ".clean.quarantine.jsonl.*.tmp", min_size=1)
    assert proc.poll() is None, "clean finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    # It was still in pass 1: the output's temporary file exists but is empty.
    assert all(p.stat().st_size == 0 for p in tmp_path.glob(".clean.xml.*.tmp"))
    assert_earlier_files_intact(out)
    left_by_the_kill = {p.name for p in tmp_path.iterdir() if p.name.startswith(".")}
    assert rerun(export, out) == reference
    # The rerun cleans up after itself (what SIGKILL left stays: nothing could remove it).
    assert {p.name for p in tmp_path.iterdir() if p.name.startswith(".")} == left_by_the_kill


def test_sigkill_while_writing_the_output(export, tmp_path):
    out = prepare(tmp_path)
    proc = start_clean(export, out)
    wait_for(proc, tmp_path, ".clean.xml.*.tmp", min_size=1)  # pass 2 is writing it
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert_earlier_files_intact(out)


def test_sigterm_while_labelling(export, tmp_path):
    out = prepare(tmp_path)
    proc = start_clean(export, out)
    wait_for(proc, tmp_path, ".clean.quarantine.jsonl.*.tmp")
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    _stdout, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err.decode()
    assert "terminated: no output written" in err.decode()
    assert_earlier_files_intact(out)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_ctrl_c_leaves_nothing_behind_and_says_so(export, tmp_path):
    out = prepare(tmp_path)
    proc = start_clean(export, out)
    wait_for(proc, tmp_path, ".clean.quarantine.jsonl.*.tmp", min_size=1)
    proc.send_signal(signal.SIGINT)
    _stdout, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    assert "interrupted: no output written" in err.decode()
    assert_earlier_files_intact(out)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_an_interrupted_first_run_leaves_no_output_at_all(export, reference, tmp_path):
    out = tmp_path / "clean.xml"
    proc = start_clean(export, out)
    wait_for(proc, tmp_path, ".clean.quarantine.jsonl.*.tmp")
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
