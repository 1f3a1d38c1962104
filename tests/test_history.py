"""The SQLite history store: persistence, LSH lookups, expiry, concurrency and faults."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import numpy as np
import pytest

from commentguard import history as history_module
from commentguard.history import Entry, History, band_keys

NUM_PERM = history_module.DEFAULT_NUM_PERM


def _sig(seed: int) -> np.ndarray:
    return (
        np.random.default_rng(seed).integers(0, 2**32, NUM_PERM, dtype=np.uint64).astype(np.uint32)
    )


def _similar(sig: np.ndarray, share: float, seed: int) -> np.ndarray:
    """A signature agreeing with ``sig`` on the first ``share`` of its values."""
    other = _sig(seed)
    keep = round(share * NUM_PERM)
    other[:keep] = sig[:keep]
    return other


def _entry(i: int, *, post: str = "p1", author: str = "", sig: bool = True, **kw: object) -> Entry:
    return Entry(
        comment_id=f"c{i}",
        post_id=post,
        author=author or f"a{i}",
        exact=1_000_000 + i,
        signature=_sig(i) if sig else None,
        **kw,  # type: ignore[arg-type]
    )


def _band_rows(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM bands").fetchone()[0])
    finally:
        con.close()


# -- basics ---------------------------------------------------------------------------------
def test_add_and_find_exact_and_near(tmp_path: Path) -> None:
    with History(tmp_path / "h.db") as h:
        base = _sig(1)
        row = h.add(Entry("e1", "p1", "ann", 42, base))
        assert row is not None
        h.add(Entry("e2", "p1", "bob", 43, _sig(2)))  # unrelated
        h.add(Entry("e3", "p2", "cid", 44, None))  # short comment: exact only

        exact = h.find_similar(42, None)
        assert [(m.comment_id, m.exact, m.similarity) for m in exact] == [("e1", True, 1.0)]

        near = h.find_similar(999, _similar(base, 0.8, seed=7), threshold=0.5)
        assert [m.comment_id for m in near] == ["e1"]
        assert not near[0].exact
        assert 0.75 <= near[0].similarity <= 0.85

        # Below the threshold: nothing, even though a few values agree.
        assert h.find_similar(999, _similar(base, 0.2, seed=8), threshold=0.5) == []
        assert [m.comment_id for m in h.find_similar(44, None)] == ["e3"]
        assert h.count() == 3
        assert h.available


def test_memory_store(tmp_path: Path) -> None:
    h = History(":memory:")
    h.add(_entry(1))
    assert h.count() == 1
    assert h.find_similar(1_000_001, None)[0].comment_id == "c1"
    h.close()
    assert not h.available
    assert h.count() == 0


def test_persists_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    with History(path) as h:
        h.add_many(_entry(i) for i in range(50))
    with History(path) as h:
        assert h.count() == 50
        match = h.find_similar(None, _sig(7))
        assert match and match[0].comment_id == "c7" and match[0].similarity == 1.0


def test_same_comment_is_stored_once(tmp_path: Path) -> None:
    with History(tmp_path / "h.db") as h:
        assert h.add(_entry(1)) is not None
        assert h.add(_entry(1)) is None  # same id on the same post: a re-check
        assert h.add(Entry("", "p1", "x", 5, None)) is not None
        assert h.add(Entry("", "p1", "x", 5, None)) is not None  # no id: both kept
        assert h.count() == 3


def test_many_copies_stay_bounded(tmp_path: Path) -> None:
    """A campaign with thousands of copies must not make lookups read them all."""
    sig = _sig(3)
    with History(tmp_path / "h.db") as h:
        h.add_many(Entry(f"c{i}", f"p{i}", f"a{i}", 7, sig) for i in range(3000))
        t0 = time.perf_counter()
        found = h.find_similar(7, sig, limit=50)
        assert len(found) == 50
        assert time.perf_counter() - t0 < 0.5
        assert found[0].comment_id == "c2999"  # newest first among equals


def test_band_keys_are_stable_and_band_specific() -> None:
    sig = _sig(5)
    keys = band_keys(sig, 42, 3)
    assert keys.shape == (1, 42)
    assert np.array_equal(keys, band_keys(sig.copy(), 42, 3))
    assert len(set(keys[0].tolist())) == 42
    assert keys.min() >= -(2**31) and keys.max() < 2**31
    # Same values in another band position give another key.
    same = np.tile(sig[:3], NUM_PERM // 3 + 1)[:NUM_PERM]
    assert len(set(band_keys(same, 42, 3)[0].tolist())) == 42


def test_pickle_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    h = History(path, max_entries=123)
    h.add(_entry(1))
    clone = pickle.loads(pickle.dumps(h))
    assert clone.max_entries == 123
    assert clone.count() == 1
    clone.close()
    h.close()


# -- expiry -----------------------------------------------------------------------------------
def test_expiry_by_count(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    every = history_module.PRUNE_EVERY
    with History(path, max_entries=50) as h:
        for i in range(400):
            h.add(_entry(i))
        # Automatic pruning runs every PRUNE_EVERY inserts.
        assert h.count() <= 50 + every
        h.prune(limit=None)
        assert h.count() == 50
        assert h.find_similar(1_000_000 + 399, None)  # the newest stay
        assert h.find_similar(1_000_000 + 350, None)
        assert h.find_similar(1_000_000 + 349, None) == []  # the oldest went
        assert h.find_similar(None, _sig(0)) == []
    # Band rows of pruned entries went with them.
    assert _band_rows(path) == 50 * history_module.DEFAULT_BANDS


def test_expiry_by_age(tmp_path: Path) -> None:
    now = time.time()
    with History(tmp_path / "h.db", max_age_days=30) as h:
        h.add_many(_entry(i, created=now - 40 * 86400) for i in range(20))
        h.add_many(_entry(i, created=now - 10 * 86400) for i in range(20, 30))
        assert h.prune() == 20
        assert h.count() == 10
        assert h.prune() == 0


def test_prune_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history_module, "PRUNE_EVERY", 100)
    monkeypatch.setattr(history_module, "PRUNE_LIMIT", 50)
    with History(tmp_path / "h.db", max_entries=10) as h:
        h.add_many(_entry(i) for i in range(300))
        assert h.count() == 250  # the automatic pass removed PRUNE_LIMIT entries only
        assert h.prune(limit=100) == 100
        assert h.count() == 150
        assert h.prune(limit=None) == 140
        assert h.count() == 10


# -- concurrency ------------------------------------------------------------------------------
def _writer(path: str, worker: int, n: int, history: History | None) -> None:
    h = history or History(path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any "busy"/degraded warning fails the child
        for i in range(n):
            row = h.add(
                Entry(f"w{worker}-{i}", f"p{i % 7}", f"a{worker}", worker * 10_000 + i, _sig(i))
            )
            if row is None:
                os._exit(3)
    os._exit(0 if h.available else 4)


@pytest.mark.parametrize("shared", [False, True], ids=["own-history", "inherited-history"])
def test_concurrent_processes(tmp_path: Path, shared: bool) -> None:
    path = tmp_path / "h.db"
    parent = History(path)
    parent.add(Entry("seed", "p0", "x", 1, _sig(0)))  # the parent has a live connection
    ctx = multiprocessing.get_context("fork")
    procs = [
        ctx.Process(target=_writer, args=(str(path), w, 500, parent if shared else None))
        for w in range(4)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    assert parent.count() == 1 + 4 * 500
    # The parent's own connection still works after its children used the file.
    assert parent.find_similar(3 * 10_000 + 5, None)[0].comment_id == "w3-5"
    parent.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_threads_share_a_history(tmp_path: Path) -> None:
    import threading

    h = History(tmp_path / "h.db")
    errors: list[BaseException] = []

    def work(t: int) -> None:
        try:
            for i in range(100):
                h.add(Entry(f"t{t}-{i}", "p", f"a{t}", t * 1000 + i, _sig(i)))
                h.find_similar(t * 1000 + i, _sig(i))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert h.count() == 400
    h.close()


def test_sigkill_mid_write_leaves_a_usable_store(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    script = textwrap.dedent(
        f"""
        import numpy as np, sys
        from commentguard.history import History, Entry
        h = History({str(path)!r})
        rng = np.random.default_rng(0)
        i = 0
        while True:
            sig = rng.integers(0, 2**32, {NUM_PERM}, dtype=np.uint64).astype(np.uint32)
            if i % 3 == 0:
                h.add_many(Entry(f"b{{i}}-{{k}}", "p", "a", i * 100 + k, sig) for k in range(200))
            else:
                h.add(Entry(f"c{{i}}", "p", "a", i, sig))
            i += 1
            if i == 5:
                print("ready", flush=True)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, env=env, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(0.3)  # deep in the insert loop, most likely inside a transaction
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert child.returncode == -signal.SIGKILL

    with History(path) as h:
        n = h.count()
        assert n > 0
        assert h.add(Entry("after", "p", "b", -1, _sig(1))) is not None
        assert h.count() == n + 1
        assert h.available
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_busy_database_skips_one_write_and_stays_available(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.db"
    h = History(path)
    h.add(_entry(1))
    monkeypatch.setattr(history_module, "BUSY_TIMEOUT", 0.05)
    h2 = History(path)  # connects with the short timeout
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another process holding the write lock
    try:
        with pytest.warns(RuntimeWarning, match="busy"):
            assert h2.add(_entry(2)) is None
        assert h2.available  # a lock is not a fault
        assert h2.find_similar(1_000_001, None)  # readers are not blocked in WAL mode
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert h2.add(_entry(3)) is not None
    h.close()
    h2.close()


# -- faults -----------------------------------------------------------------------------------
def test_corrupt_file_degrades_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    junk = b"this is not a database, but it is someone's data\n" * 200
    path.write_bytes(junk)
    h = History(path)
    with pytest.warns(RuntimeWarning, match="cannot be used"):
        assert not h.available
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # only one warning, not one per call
        assert h.add(_entry(1)) is None
        assert h.find_similar(1, _sig(1)) == []
        assert h.count() == 0
    assert path.read_bytes() == junk  # never deleted, truncated or recreated


def test_corruption_discovered_later_degrades(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    with History(path) as h:
        h.add_many(_entry(i) for i in range(300))
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = int(con.execute("PRAGMA page_size").fetchone()[0])
    con.close()
    data = bytearray(path.read_bytes())
    for offset in range(page * 2, len(data), page):  # wreck every page but the header's
        data[offset : offset + page] = b"\xff" * page
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    h = History(path)
    with pytest.warns(RuntimeWarning, match="cannot be used"):
        h.find_similar(1_000_001, _sig(1))
        h.add(_entry(999))
    assert not h.available
    h.close()
    assert path.read_bytes() == before


def test_read_only_database_degrades(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    with History(path) as h:
        h.add_many(_entry(i) for i in range(5))
    ro = History(f"file:{path}?mode=ro")
    with pytest.warns(RuntimeWarning, match="cannot be used"):
        assert ro.add(_entry(10)) is None
    assert not ro.available
    ro.close()
    with History(path) as h:  # nothing was lost
        assert h.count() == 5


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_read_only_file_mode_degrades(tmp_path: Path) -> None:  # pragma: no cover - non-root
    path = tmp_path / "h.db"
    with History(path) as h:
        h.add_many(_entry(i) for i in range(5))
    for p in tmp_path.iterdir():
        p.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        h = History(path)
        with pytest.warns(RuntimeWarning):
            h.add(_entry(10))
        assert not h.available
    finally:
        tmp_path.chmod(0o755)
        for p in tmp_path.iterdir():
            p.chmod(0o644)


def test_disk_full_degrades_and_keeps_what_was_stored(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    h = History(path)
    h.add_many(_entry(i) for i in range(20))
    con = h._connection()
    pages = int(con.execute("PRAGMA page_count").fetchone()[0])
    con.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is now (nearly) full
    with pytest.warns(RuntimeWarning, match="full"):
        for i in range(100, 400):
            h.add(_entry(i))
            if not h.available:
                break
    assert not h.available
    h.close()
    with History(path) as again:
        assert again.count() >= 20
        assert again.find_similar(1_000_005, None)


def test_missing_directory_degrades(tmp_path: Path) -> None:
    h = History(tmp_path / "no" / "such" / "dir" / "h.db")
    with pytest.warns(RuntimeWarning):
        assert not h.available
    assert h.find_similar(1, None) == []


def test_other_layout_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    with History(path) as h:
        h.add(_entry(1))
    other = History(path, num_perm=64, bands=21, rows=3)
    with pytest.warns(RuntimeWarning, match="num_perm"):
        assert not other.available
    with History(path) as h:
        assert h.count() == 1


def test_foreign_sqlite_file_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE users(name TEXT)")
    con.commit()
    con.close()
    h = History(path)
    with pytest.warns(RuntimeWarning, match="not a commentguard history"):
        assert not h.available
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert tables == {"users"}


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError):
        History(":memory:", max_entries=0)
    with pytest.raises(ValueError):
        History(":memory:", max_age_days=0)
    with pytest.raises(ValueError):
        History(":memory:", num_perm=64, bands=42, rows=3)
