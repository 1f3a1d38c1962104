"""Concurrency: one Guard shared by many threads; several server workers under load.

The multi-process part runs a small version of ``benchmarks/bench_server.py``
(2,000 comment-check requests, 8 clients, ``serve --workers 2``) and asserts only
correctness: every answer well-formed, no request error, nothing alarming in the server
log ("database is locked", tracebacks). No timing assertions.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import warnings
from pathlib import Path

import httpx
import pytest

from commentguard.checks import REGISTRY, default_checks
from commentguard.guard import Guard

ROOT = Path(__file__).resolve().parents[2]


def _load_bench():
    spec = importlib.util.spec_from_file_location(
        "bench_server", ROOT / "benchmarks" / "bench_server.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_server", module)
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


def _history_path(tmp_path: Path) -> Path | None:
    return tmp_path / "history.sqlite3" if bench.history_available() else None


def test_one_guard_shared_by_many_threads(model_path, tmp_path):
    history = _history_path(tmp_path)
    guard = Guard(model_path, history=str(history) if history else None)
    plain = Guard(model_path)
    fields = [bench.request_fields(i) for i in range(400)]
    expected = [plain.check(f).label for f in fields] if history is None else None
    results: dict[int, str] = {}
    errors: list[BaseException] = []
    lock = threading.Lock()
    todo = iter(range(len(fields)))

    def worker() -> None:
        try:
            for i in todo:
                label = guard.check(fields[i]).label
                with lock:
                    results[i] = label
        except BaseException as exc:
            errors.append(exc)

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # a failing check warns: make it fail
        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors, errors
    assert len(results) == len(fields)
    if expected is not None:
        # Without a history store the verdict depends on the comment alone.
        assert [results[i] for i in range(len(fields))] == expected
    else:
        from commentguard.history import History

        # Eight threads wrote at once (one connection each): no fingerprint was lost.
        assert History(history).count() == len(fields)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_two_workers_under_load(model_path, tmp_path):
    history = _history_path(tmp_path)
    with bench.running_server(
        workers=2, model=model_path, history=history, log_path=tmp_path / "server.log"
    ) as server:
        result = bench.run_load(server.url, n=2000, concurrency=8)
        # The repeated comment was sent ~200 times on other posts, through both workers.
        r = httpx.post(
            server.url + "/v1/check",
            json={"content": bench.REPEATED, "post": {"url": bench.BLOG + "post/new"}},
            headers={"Authorization": f"Bearer {bench.API_KEY}"},
            timeout=30,
        )
    problems = bench.log_problems((tmp_path / "server.log").read_text(errors="replace"))
    print(result.summary())
    assert result.errors == []
    assert result.answers["true"] + result.answers["false"] == 2000
    assert problems == []
    assert r.status_code == 200
    if history is None:
        return
    from commentguard.history import History

    # Two workers wrote to one SQLite file at once: every comment checked is there.
    assert History(history).count() == 2000 + 1
    default_checks()  # fills the registry
    if any(c.__module__.endswith(".duplicates") for c in REGISTRY.values()):
        assert {"campaign", "duplicate"} <= set(r.json()["flags"]), r.json()
