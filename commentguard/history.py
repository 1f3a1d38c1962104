"""The site's memory of past comments, for duplicates and campaigns across posts and restarts.

One spam comment says little; the same text on twenty posts says "campaign". To see that,
commentguard remembers a fingerprint of every comment it checked: who, on which post, an
exact hash of the normalised text and a MinHash signature (datasketch) for near-duplicates.
No comment text is stored.

Why SQLite and hand-made banding: a blog backend already runs several worker processes,
and the history must be one file they can all read and write without a server. datasketch's
``MinHashLSH`` keeps its buckets in memory (or Redis/Cassandra), so the LSH banding is done
here, in SQL: each signature of ``num_perm`` values is cut into ``bands`` bands of ``rows``
values, each band hashed to one 64-bit key, and the table ``bands(key, entry)`` (indexed by
key) answers "which entries share a band with this signature" with ``bands`` index seeks,
however many comments are stored. Candidates are then verified with the Jaccard estimate
from their stored signature (a blob of ``num_perm`` uint32 values).

Operational promises:

- WAL mode, a busy timeout and short ``BEGIN IMMEDIATE`` transactions: several processes
  share one file without "database is locked" errors. Each thread of each process has its
  own connection (re-opened after ``fork``).
- Bounded size: every ``PRUNE_EVERY`` inserts the oldest entries beyond ``max_entries`` or
  older than ``max_age_days`` are removed, at most ``PRUNE_LIMIT`` per pass, so no single
  insert pays for a big clean-up.
- Faults never escape: a corrupt, read-only or full database makes ``History`` warn once and
  switch to no-history mode (``available`` is False). The file is never deleted, truncated or
  recreated: whatever it holds stays for a human to inspect. A write killed half-way is
  rolled back by SQLite on the next open.
"""

from __future__ import annotations

import os
import random
import sqlite3
import threading
import time
import warnings
import weakref
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["Entry", "History", "Match", "band_keys"]

#: Bump when the meaning of stored values changes; a file of another version is not used.
SCHEMA_VERSION = "1"
DEFAULT_NUM_PERM = 128
DEFAULT_BANDS = 42
DEFAULT_ROWS = 3
#: Inserts (per process) between two pruning passes.
PRUNE_EVERY = 100
#: Entries removed at most by one pruning pass (each costs ``bands`` index deletions).
PRUNE_LIMIT = 500
#: Entries read per band key: a campaign with thousands of copies must not make a
#: lookup read thousands of rows; the newest copies are enough to count posts and authors.
PER_BAND_LIMIT = 32
#: Candidates whose signature is verified, most shared bands first.
MAX_CANDIDATES = 256
#: Seconds a writer waits for another process's transaction before giving up on one write.
BUSY_TIMEOUT = 10.0
#: Bytes of the file read through mmap, and KiB of page cache per connection.
MMAP_SIZE = 256 * 1024 * 1024
CACHE_KIB = 16 * 1024
#: Each insert dirties about one page per band (band keys are random), so the
#: write-ahead log grows fast; a background thread checkpoints it this often (seconds),
#: keeping the fsync of a checkpoint out of the checks' latency.
CHECKPOINT_SECONDS = 1.0
#: Safety net if the background checkpointer falls behind: the writer itself checkpoints
#: past this many log pages (SQLite's own auto-checkpoint, default 1000).
AUTOCHECKPOINT_PAGES = 10_000
#: The log file is truncated back to this size after a checkpoint.
WAL_SIZE_LIMIT = 64 * 1024 * 1024

# Held by a checkpointer while it is inside SQLite, and around fork(): a child must not
# inherit SQLite's internals half-way through a checkpoint.
_FORK_LOCK = threading.Lock()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(
        before=_FORK_LOCK.acquire,
        after_in_parent=_FORK_LOCK.release,
        after_in_child=_FORK_LOCK.release,
    )

_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_MUL1 = np.uint64(0xFF51AFD7ED558CCD)
_MUL2 = np.uint64(0xC4CEB9FE1A85EC53)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_S33 = np.uint64(33)


def _fmix64(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> _S33)
    h = h * _MUL1
    h = h ^ (h >> _S33)
    h = h * _MUL2
    return h ^ (h >> _S33)


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One signed 32-bit key per band of each signature: shape ``(n, bands)``, int64 dtype.

    The key mixes the band's index with its ``rows`` values (MurmurHash3's 64-bit
    finaliser after each), so equal values in different bands do not share a key.
    32 bits keep the index small (SQLite stores such integers in 4 bytes); a chance
    collision only adds a candidate, which the signature check then rejects.
    Deterministic across processes and platforms: it is what the file stores.
    """
    sig = np.asarray(signatures, dtype=np.uint64)
    if sig.ndim == 1:
        sig = sig[None, :]
    n = sig.shape[0]
    x = sig[:, : bands * rows].reshape(n, bands, rows)
    h = np.broadcast_to(
        (np.arange(1, bands + 1, dtype=np.uint64) * _GOLDEN) & _M64, (n, bands)
    ).copy()
    with np.errstate(over="ignore"):
        for r in range(rows):
            h = _fmix64(h ^ x[:, :, r])
    return (h >> np.uint64(32)).astype(np.int64) - (1 << 31)


@dataclass(frozen=True, slots=True)
class Entry:
    """What the history keeps of one comment (no text)."""

    comment_id: str
    post_id: str
    author: str
    #: Signed 64-bit hash of the normalised text.
    exact: int
    #: MinHash hash values (uint32, ``num_perm`` of them), or None for texts too short to
    #: compare approximately: those are found by ``exact`` only.
    signature: np.ndarray | None = None
    #: Unix time; None means now. Expiry by age uses it.
    created: float | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """An earlier comment similar to the one looked up."""

    row: int
    comment_id: str
    post_id: str
    author: str
    #: 1.0 for the same text, else the Jaccard estimate of the two signatures.
    similarity: float
    exact: bool
    created: float


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class _Unusable(Exception):
    """The database cannot be used any more (corrupt, read-only, full, wrong format)."""


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS entries("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " comment_id TEXT NOT NULL, post_id TEXT NOT NULL, author TEXT NOT NULL,"
    " exact INTEGER NOT NULL, created REAL NOT NULL, sig BLOB)",
    "CREATE INDEX IF NOT EXISTS entries_exact ON entries(exact)",
    # A re-checked comment (same id on the same post) is stored once.
    "CREATE UNIQUE INDEX IF NOT EXISTS entries_comment ON entries(post_id, comment_id)"
    " WHERE comment_id <> ''",
    "CREATE TABLE IF NOT EXISTS bands(key INTEGER NOT NULL, entry INTEGER NOT NULL,"
    " PRIMARY KEY (key, entry)) WITHOUT ROWID",
)
_COLUMNS = "id, comment_id, post_id, author, exact, created, sig"


class History:
    """A SQLite file of comment fingerprints, shared by threads and processes.

    ``History(path)`` opens (or creates) the file lazily, on first use; ``":memory:"``
    gives a private in-process store (for tests and one-off runs). Methods never raise
    database errors: on a fault the store warns once and behaves as empty
    (``available`` False) until re-created by the user.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        max_entries: int = 200_000,
        max_age_days: float = 180,
        num_perm: int = DEFAULT_NUM_PERM,
        bands: int = DEFAULT_BANDS,
        rows: int = DEFAULT_ROWS,
    ) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        if max_age_days <= 0:
            raise ValueError("max_age_days must be positive")
        if bands < 1 or rows < 1 or bands * rows > num_perm:
            raise ValueError(f"bands × rows must be at most num_perm ({num_perm})")
        self.path = os.fspath(path)
        self.max_entries = int(max_entries)
        self.max_age_days = float(max_age_days)
        self.num_perm = int(num_perm)
        self.bands = int(bands)
        self.rows = int(rows)
        self._memory = self.path == ":memory:" or "mode=memory" in self.path
        self._lock = threading.RLock()
        self._local = threading.local()
        self._connections: list[tuple[int, sqlite3.Connection]] = []
        self._failed: str | None = None
        self._closed = False
        self._busy_warned = False
        self._inserts = 0
        self._pid = os.getpid()
        self._shared: sqlite3.Connection | None = None  # the one connection of ":memory:"
        self._checkpointer_pid = 0
        self._dirty = threading.Event()
        self._query_sql = self._band_query(self.bands)

    # -- public API -------------------------------------------------------------------
    @property
    def available(self) -> bool:
        """False once the store has failed (or was closed): lookups return nothing."""
        if self._failed is not None or self._closed:
            return False
        return self._run(lambda con: True, default=False, write=False)

    def add(self, entry: Entry) -> int | None:
        """Store one comment's fingerprint; returns its row id (None if not stored)."""
        rows = self._write_entries([entry])
        return rows[0] if rows else None

    def add_many(self, entries: Iterable[Entry], *, chunk: int = 5000) -> int:
        """Store many fingerprints, ``chunk`` per transaction; returns how many were stored."""
        stored = 0
        batch: list[Entry] = []
        for entry in entries:
            batch.append(entry)
            if len(batch) >= chunk:
                stored += sum(r is not None for r in self._write_entries(batch))
                batch = []
        if batch:
            stored += sum(r is not None for r in self._write_entries(batch))
        return stored

    def find_similar(
        self,
        exact: int | None,
        signature: np.ndarray | None = None,
        *,
        threshold: float = 0.4,
        limit: int = 50,
    ) -> list[Match]:
        """Earlier entries with the same ``exact`` hash or a signature at least ``threshold``
        similar, best first (then newest), at most ``limit`` of them."""

        def query(con: sqlite3.Connection) -> list[Match]:
            return self._find(con, exact, signature, threshold, limit)

        return self._run(query, default=[], write=False)

    def count(self) -> int:
        """Entries stored (0 when the store is unavailable)."""
        return self._run(
            lambda con: int(con.execute("SELECT count(*) FROM entries").fetchone()[0]),
            default=0,
            write=False,
        )

    def prune(self, limit: int | None = PRUNE_LIMIT, *, now: float | None = None) -> int:
        """Remove the oldest entries beyond ``max_entries`` or ``max_age_days``.

        At most ``limit`` per call (None: all that are due); returns how many went.
        Called automatically every ``PRUNE_EVERY`` inserts.
        """
        removed = 0
        while True:
            step = PRUNE_LIMIT if limit is None else min(limit - removed, PRUNE_LIMIT)
            if step <= 0:
                return removed
            n = self._run(lambda con, k=step: self._prune(con, k, now), default=0, write=True)
            removed += n
            if n < step:
                return removed

    def close(self) -> None:
        """Close every connection this process opened; later calls find nothing."""
        with self._lock:
            self._closed = True
            self._dirty.set()  # wakes the checkpointer, which then sees the store closed
            pid = os.getpid()
            for owner, con in self._connections:
                if owner == pid:
                    try:
                        con.close()
                    except sqlite3.Error:  # pragma: no cover - closing is best effort
                        pass
            self._connections = [(o, c) for o, c in self._connections if o != pid]
            self._shared = None

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "failed" if self._failed else "closed" if self._closed else "open"
        return f"History({self.path!r}, max_entries={self.max_entries}, {state})"

    def __getstate__(self) -> dict[str, Any]:
        # Connections and locks do not cross process boundaries; the path does.
        return {
            "path": self.path,
            "max_entries": self.max_entries,
            "max_age_days": self.max_age_days,
            "num_perm": self.num_perm,
            "bands": self.bands,
            "rows": self.rows,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        path = state.pop("path")
        self.__init__(path, **state)  # type: ignore[misc]

    # -- connections ------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        uri = self.path.startswith("file:")
        con = sqlite3.connect(
            self.path,
            timeout=BUSY_TIMEOUT,
            isolation_level=None,  # autocommit; transactions are explicit
            check_same_thread=False,
            uri=uri,
        )
        try:
            con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            if not self._memory:
                mode = con.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "wal":  # a new file (WAL mode is stored in it)
                    mode = con.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise sqlite3.OperationalError(f"cannot switch the journal to WAL ({mode})")
                con.execute("PRAGMA synchronous = NORMAL")
                con.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
                con.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
                # Reads through the OS page cache, shared by every connection of the host.
                con.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")
            con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._ensure_schema(con)
        except BaseException:
            con.close()
            raise
        return con

    def _ensure_schema(self, con: sqlite3.Connection) -> None:
        expected = {
            "schema": SCHEMA_VERSION,
            "num_perm": str(self.num_perm),
            "bands": str(self.bands),
            "rows": str(self.rows),
        }
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables or "entries" not in tables or "bands" not in tables:
            if tables - {"meta", "entries", "bands", "sqlite_sequence"}:
                raise _Unusable("the file holds other tables: it is not a commentguard history")
            con.execute("BEGIN IMMEDIATE")
            try:
                for stmt in _SCHEMA:
                    con.execute(stmt)
                con.executemany(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", expected.items()
                )
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        for key, value in expected.items():
            if meta.get(key) != value:
                raise _Unusable(
                    f"it was written with {key}={meta.get(key)!r}, this History uses {value!r}"
                )

    def _connection(self) -> sqlite3.Connection:
        if self._memory:
            if self._shared is None:
                self._shared = self._connect()
                self._connections.append((os.getpid(), self._shared))
            return self._shared
        pid = os.getpid()
        local = self._local
        con: sqlite3.Connection | None = getattr(local, "con", None)
        if con is not None and getattr(local, "pid", None) == pid:
            return con
        # First use in this thread, or a child process after fork(): never reuse (or
        # close) the parent's connection, whose locks belong to the parent.
        con = self._connect()
        local.con, local.pid = con, pid
        with self._lock:
            self._connections.append((pid, con))
        return con

    # -- fault handling ----------------------------------------------------------------
    def _run(self, fn: Any, *, default: Any, write: bool) -> Any:
        if self._failed is not None or self._closed:
            return default
        if os.getpid() != self._pid:  # a forked child: fresh counters, fresh lock
            self._pid = os.getpid()
            self._lock = threading.RLock()
            self._inserts = 0
        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                if self._memory:
                    with self._lock:
                        return fn(self._connection())
                return fn(self._connection())
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    self._fail(exc)
                    return default
                # SQLite's busy handler waits for most locks, but not all (switching a
                # new file to WAL, recovering a log): every operation here is one
                # transaction that was rolled back, so simply try again until the deadline.
                if time.monotonic() < deadline:
                    time.sleep(random.uniform(0.002, 0.02))
                    continue
                # Another process held the lock for longer than BUSY_TIMEOUT: lose this
                # one read or write, keep the store.
                if not self._busy_warned:
                    self._busy_warned = True
                    warnings.warn(
                        f"commentguard history {self.path!r} was busy for more than "
                        f"{BUSY_TIMEOUT:g}s ({getattr(exc, 'sqlite_errorname', exc)}); "
                        f"one {'write' if write else 'lookup'} was skipped",
                        RuntimeWarning,
                        stacklevel=3,
                    )
                return default
            except (sqlite3.Error, _Unusable, OSError) as exc:
                self._fail(exc)
                return default

    def _fail(self, exc: BaseException) -> None:
        with self._lock:
            if self._failed is not None:
                return
            self._failed = f"{type(exc).__name__}: {exc}"
        warnings.warn(
            f"commentguard history {self.path!r} cannot be used ({self._failed}); "
            "duplicates are now looked for within the current batch only. The file was "
            "left as it is: move or repair it, nothing in it has been deleted.",
            RuntimeWarning,
            stacklevel=4,
        )

    # -- writing ----------------------------------------------------------------------
    def _write_entries(self, entries: list[Entry]) -> list[int | None]:
        if not entries:
            return []
        now = time.time()
        sigs: list[bytes | None] = []
        with_sig: list[int] = []
        arrays: list[np.ndarray] = []
        for i, e in enumerate(entries):
            if e.signature is None:
                sigs.append(None)
                continue
            arr = np.asarray(e.signature, dtype="<u4")
            if arr.shape != (self.num_perm,):
                raise ValueError(f"signature must have {self.num_perm} values, got {arr.shape}")
            sigs.append(arr.tobytes())
            with_sig.append(i)
            arrays.append(arr)
        keys = band_keys(np.stack(arrays), self.bands, self.rows) if arrays else None
        key_of = dict(zip(with_sig, keys.tolist() if keys is not None else [], strict=True))

        def write(con: sqlite3.Connection) -> list[int | None]:
            out: list[int | None] = []
            band_rows: list[tuple[int, int]] = []
            con.execute("BEGIN IMMEDIATE")
            try:
                for i, e in enumerate(entries):
                    cur = con.execute(
                        "INSERT OR IGNORE INTO entries"
                        "(comment_id, post_id, author, exact, created, sig)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            e.comment_id,
                            e.post_id,
                            e.author,
                            int(e.exact),
                            now if e.created is None else float(e.created),
                            sigs[i],
                        ),
                    )
                    row = cur.lastrowid if cur.rowcount == 1 else None
                    out.append(row)
                    if row is not None and i in key_of:
                        band_rows.extend((k, row) for k in key_of[i])
                if band_rows:
                    band_rows.sort()  # key order: neighbouring B-tree pages, far fewer reads
                    con.executemany(
                        "INSERT OR IGNORE INTO bands(key, entry) VALUES (?, ?)", band_rows
                    )
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            return out

        result: list[int | None] = self._run(write, default=[], write=True)
        if result:
            self._wake_checkpointer()
        self._inserts += sum(r is not None for r in result)
        if self._inserts >= PRUNE_EVERY:
            self._inserts = 0
            self._run(lambda con: self._prune(con, PRUNE_LIMIT, None), default=0, write=True)
        return result

    # -- checkpoints ------------------------------------------------------------------
    def _wake_checkpointer(self) -> None:
        if self._memory:
            return
        pid = os.getpid()
        if self._checkpointer_pid != pid:
            with self._lock:
                if self._checkpointer_pid != pid:
                    self._checkpointer_pid = pid
                    self._dirty = threading.Event()
                    threading.Thread(
                        target=_checkpoint_loop,
                        args=(weakref.ref(self), self._dirty, pid),
                        name="commentguard-history-checkpoint",
                        daemon=True,
                    ).start()
        self._dirty.set()

    def _prune(self, con: sqlite3.Connection, limit: int, now: float | None) -> int:
        cutoff = (time.time() if now is None else now) - self.max_age_days * 86400.0
        lo, hi = con.execute("SELECT min(id), max(id) FROM entries").fetchone()
        if lo is None:
            return 0
        # Ids only grow and only the oldest are ever deleted, so hi - lo + 1 is the
        # number of entries (an upper bound if a user deleted rows by hand).
        excess = max(0, hi - lo + 1 - self.max_entries)
        oldest_created = con.execute("SELECT created FROM entries WHERE id = ?", (lo,)).fetchone()
        if excess == 0 and (oldest_created is None or oldest_created[0] >= cutoff):
            return 0
        con.execute("BEGIN IMMEDIATE")
        try:
            rows = con.execute(
                "SELECT id, created, sig FROM entries ORDER BY id LIMIT ?", (limit,)
            ).fetchall()
            lo2, hi2 = con.execute("SELECT min(id), max(id) FROM entries").fetchone()
            excess = max(0, (hi2 or 0) - (lo2 or 0) + 1 - self.max_entries) if lo2 else 0
            doomed: list[tuple[int, bytes | None]] = []
            for i, (row, created, sig) in enumerate(rows):
                if i < excess or created < cutoff:
                    doomed.append((row, sig))
                else:
                    break  # entries are in insertion order: the rest is newer
            if doomed:
                blobs = [(row, sig) for row, sig in doomed if sig is not None]
                if blobs:
                    sigs = np.frombuffer(b"".join(s for _, s in blobs), dtype="<u4")
                    keys = band_keys(sigs.reshape(len(blobs), -1), self.bands, self.rows)
                    con.executemany(
                        "DELETE FROM bands WHERE key = ? AND entry = ?",
                        (
                            (k, row)
                            for (row, _), ks in zip(blobs, keys.tolist(), strict=True)
                            for k in ks
                        ),
                    )
                con.execute("DELETE FROM entries WHERE id <= ?", (doomed[-1][0],))
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        return len(doomed)

    # -- reading ----------------------------------------------------------------------
    @staticmethod
    def _band_query(bands: int) -> str:
        # One statement, one bounded index range per band key (newest first).
        part = (
            "SELECT entry FROM (SELECT entry FROM bands WHERE key = ? ORDER BY entry DESC LIMIT ?)"
        )
        return " UNION ALL ".join([part] * bands)

    def _find(
        self,
        con: sqlite3.Connection,
        exact: int | None,
        signature: np.ndarray | None,
        threshold: float,
        limit: int,
    ) -> list[Match]:
        found: dict[int, Match] = {}
        if exact is not None:
            for row, cid, post, author, _ex, created, _sig in con.execute(
                f"SELECT {_COLUMNS} FROM entries WHERE exact = ? ORDER BY id DESC LIMIT ?",  # noqa: S608 - constant columns
                (int(exact), limit),
            ):
                found[row] = Match(row, cid, post, author, 1.0, True, created)
        if signature is not None and len(found) < limit:
            sig = np.asarray(signature, dtype=np.uint32)
            if sig.shape == (self.num_perm,):
                keys = band_keys(sig, self.bands, self.rows)[0].tolist()
                params: list[int] = []
                for k in keys:
                    params += (k, PER_BAND_LIMIT)
                hits = Counter(r for (r,) in con.execute(self._query_sql, params))
                for row in found:
                    hits.pop(row, None)
                if hits:
                    best = sorted(hits.items(), key=lambda kv: (-kv[1], -kv[0]))[:MAX_CANDIDATES]
                    ids = [row for row, _ in best]
                    marks = ",".join("?" * len(ids))
                    cands = con.execute(
                        f"SELECT {_COLUMNS} FROM entries WHERE id IN ({marks}) AND sig IS NOT NULL",  # noqa: S608 - placeholders only
                        ids,
                    ).fetchall()
                    if cands:
                        mat = np.frombuffer(b"".join(c[6] for c in cands), dtype="<u4")
                        sims = (mat.reshape(len(cands), -1) == sig).mean(axis=1)
                        for c, s in zip(cands, sims.tolist(), strict=True):
                            if s >= threshold:
                                found[c[0]] = Match(c[0], c[1], c[2], c[3], s, False, c[5])
        ranked = sorted(found.values(), key=lambda m: (-m.similarity, -m.row))
        return ranked[:limit]


def _checkpoint_loop(ref: weakref.ref[History], dirty: threading.Event, pid: int) -> None:
    """Checkpoint the log about once a second while there are writes; exit with the store.

    Holds only a weak reference between rounds, so a History nobody uses any more is
    collected and its thread ends. Errors are left to the checks' own calls to report.
    """
    con: sqlite3.Connection | None = None
    try:
        while os.getpid() == pid:
            if not dirty.wait(30.0):
                if ref() is None:
                    return
                continue
            time.sleep(CHECKPOINT_SECONDS)  # let a second of writes gather
            dirty.clear()
            history = ref()
            if history is None or history._closed or history._failed is not None:
                return
            path, uri = history.path, history.path.startswith("file:")
            del history
            try:
                with _FORK_LOCK:
                    if con is None:
                        con = sqlite3.connect(
                            path, timeout=BUSY_TIMEOUT, isolation_level=None, uri=uri
                        )
                    con.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:
                pass
    finally:
        if con is not None and os.getpid() == pid:
            con.close()
