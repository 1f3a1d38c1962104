"""Batch pipelines: label every comment of an export (``scan``) or write the export back
without its spam (``clean``), streaming, in constant memory, optionally in parallel.

Records flow from a reader (``commentguard.io``) in chunks of ``chunk_size`` to
``Guard.check_many`` and come back in input order:

- ``jobs=1``: in this process;
- ``jobs=N``: ``joblib.Parallel(n_jobs=N, return_as="generator")`` over the chunks; each
  worker process builds its Guard once from picklable ``GuardSettings`` (model and
  history paths …) and keeps it in a module-level cache; at most ``2 × N`` chunks are
  dispatched ahead of the results;
- ``backend="dask"``: the same chunks are submitted to a ``distributed.Client`` (the
  scheduler's address), with a bounded number of futures in flight.

Chunks end on a post boundary when they can (a chunk grows past ``chunk_size`` while the
next comment belongs to the same post, up to 4 × ``chunk_size``), so the in-batch
duplicate check sees a thread whole. Duplicates across chunks are found through the
history store (``history=``), as they are across runs.

``clean`` reads the input twice: pass 1 labels every comment and spools one small line
of decisions per comment to a temporary file (and writes the quarantine file); pass 2
copies the input to the output in its own format, applying the decisions. Two passes
let a reply be re-parented even when it comes before the comment it replies to, and
keep memory flat; the only thing held in memory is the map from removed comments to
their parents (``remove`` mode).
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import tempfile
import time
import warnings
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from .io import RecordSource, csv_, disqus, jsonl, wxr
from .io.base import (
    InputError,
    Record,
    atomic_output,
    comment_as_dict,
    open_input,
    same_file,
    text_writer,
)
from .types import CommentguardError, Verdict

if TYPE_CHECKING:
    from .combine import Thresholds
    from .guard import Guard

Backend = Literal["local", "dask"]
Mode = Literal["remove", "mark"]
Result = tuple[Record, "Verdict | None"]

DEFAULT_CHUNK_SIZE = 1000


# -- the Guard, built once per process ----------------------------------------------


@dataclass(frozen=True)
class GuardSettings:
    """Everything needed to build a Guard, picklable and hashable, so worker processes
    (joblib or dask) can build their own: paths, not loaded objects."""

    model: str | None = None
    history: str | None = None
    trust_model: bool = False
    disable: tuple[str, ...] = ()
    weights: tuple[tuple[str, float], ...] = ()
    thresholds: Thresholds | None = None

    def build(self) -> Guard:
        from .guard import Guard

        return Guard(
            model=self.model,
            trust_model=self.trust_model,
            disable=self.disable,
            weights=dict(self.weights) or None,
            thresholds=self.thresholds,
            history=self.history,
        )

    @classmethod
    def from_guard(cls, guard: Guard) -> GuardSettings:
        """Settings rebuilding ``guard`` in another process.

        Raises ValueError for a Guard built from objects rather than paths (custom
        checks, a History object): pass GuardSettings or use ``jobs=1`` then.
        """
        if guard.checks is not None:
            raise ValueError(
                "a Guard with custom checks cannot be sent to worker processes; use jobs=1"
            )
        history = guard.history
        if history is not None and not isinstance(history, (str, os.PathLike)):
            raise ValueError(
                "a Guard with a History object cannot be sent to worker processes; pass its path"
            )
        return cls(
            model=_abspath(guard.model),
            history=_abspath(history),
            trust_model=guard.trust_model,
            disable=tuple(guard.disable),
            weights=tuple(sorted(guard.weights.items())),
            thresholds=guard.thresholds,
        )


def _abspath(path: Any) -> str | None:
    return None if path is None else os.path.abspath(os.fspath(path))


_GUARDS: dict[GuardSettings, Guard] = {}


def cached_guard(settings: GuardSettings) -> Guard:
    """The process's Guard for ``settings`` (built, and its model loaded, on first use)."""
    guard = _GUARDS.get(settings)
    if guard is None:
        guard = _GUARDS[settings] = settings.build()
    return guard


def check_chunk(
    settings: GuardSettings, pairs: list[tuple[Any, Any]], own_process: bool = False
) -> list[Verdict]:
    """Label one chunk in a worker process (module-level, so it pickles by reference).

    ``own_process``: the worker belongs to this scan (joblib's), so once its Guard is
    loaded the heap can be frozen (``freeze_heap``); a dask worker is not ours to tune.
    """
    if own_process and settings not in _GUARDS:
        cached_guard(settings).load()
        freeze_heap()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return cached_guard(settings).check_many(pairs)


def check_packed(settings: GuardSettings, chunk: bytes, own_process: bool = False) -> bytes:
    """``check_chunk`` on a packed chunk, returning packed verdicts (joblib workers).

    A 1,000-comment chunk pickles to about 250 KB and its verdicts to about 370 KB,
    several times a pipe's 64 KB buffer: the worker waited, mid-read, for the busy main
    process to write the rest, and the main process for the worker. Compressed (zlib
    level 1, a millisecond per chunk) both fit in the buffer in one write, which took
    the two-worker scan from 1.75 to about 1.95 busy cores.
    """
    return _pack(check_chunk(settings, _unpack(chunk), own_process))


def _pack(obj: Any) -> bytes:
    return zlib.compress(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes) -> Any:
    return pickle.loads(zlib.decompress(blob))


def freeze_heap() -> tuple[int, ...]:
    """Move every object alive now out of the garbage collector's sight; returns the
    previous collection thresholds, for ``thaw_heap``.

    A loaded model is hundreds of thousands of long-lived objects; each full collection
    walked them all again. After ``gc.freeze`` only objects made during the scan are
    traversed, and young collections are made rarer: a chunk allocates hundreds of
    thousands of short-lived objects that reference counting frees anyway. Together
    about 8% of a scan's time. Only for a process the scan owns (a worker, the CLI):
    frozen objects are never collected as cycles.
    """
    before = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, before[1], before[2])
    return before


def thaw_heap(thresholds: tuple[int, ...]) -> None:
    """Undo ``freeze_heap`` (the CLI's process may go on: its tests run in one)."""
    gc.unfreeze()
    gc.set_threshold(*thresholds)


# -- scanning -----------------------------------------------------------------------


def chunked(
    records: Iterable[Record], chunk_size: int = DEFAULT_CHUNK_SIZE
) -> Iterator[list[Record]]:
    """Group records into chunks of about ``chunk_size``, ending on a post boundary when
    possible (never longer than 4 × ``chunk_size``)."""
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    hard = 4 * chunk_size
    chunk: list[Record] = []
    for record in records:
        if len(chunk) >= chunk_size and (
            len(chunk) >= hard
            or record.comment.post_id != chunk[-1].comment.post_id
            or not record.comment.post_id
        ):
            yield chunk
            chunk = []
        chunk.append(record)
    if chunk:
        yield chunk


def _pairs(chunk: list[Record]) -> list[tuple[Any, Any]]:
    return [(r.comment, r.post) for r in chunk if r.error is None]


def _merge(chunk: list[Record], verdicts: list[Verdict]) -> Iterator[Result]:
    it = iter(verdicts)
    for record in chunk:
        yield (record, next(it) if record.error is None else None)


def scan(
    records: Iterable[Record],
    guard: Guard | GuardSettings | None = None,
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    backend: Backend = "local",
    scheduler: Any = None,
    max_in_flight: int | None = None,
    own_process: bool = False,
) -> Iterator[Result]:
    """Label ``records``; yield ``(record, verdict)`` in input order.

    ``verdict`` is None for a bad record (``record.error`` says why). ``guard`` is a
    Guard or GuardSettings (default: the bundled model). ``scheduler`` (dask backend) is
    a scheduler address or a ``distributed.Client``. ``own_process``: this process and
    its local workers exist for the scan (the CLI), so their heaps may be frozen once
    the model is loaded (``freeze_heap``).
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    chunks = chunked(records, chunk_size)
    if backend == "dask":
        settings = guard if isinstance(guard, GuardSettings) else _settings_of(guard)
        yield from _scan_dask(chunks, settings, scheduler, max_in_flight)
        return
    if backend != "local":
        raise ValueError(f"unknown backend {backend!r}; use 'local' or 'dask'")
    if jobs == 1:
        g = (
            guard
            if guard is not None and not isinstance(guard, GuardSettings)
            else cached_guard(guard or GuardSettings())
        )
        thresholds = None
        if own_process:
            g.load()
            thresholds = freeze_heap()
        try:
            for chunk in chunks:
                pairs = _pairs(chunk)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    verdicts = g.check_many(pairs) if pairs else []
                yield from _merge(chunk, verdicts)
        finally:
            if thresholds is not None:
                thaw_heap(thresholds)
        return
    settings = guard if isinstance(guard, GuardSettings) else _settings_of(guard)
    yield from _scan_joblib(chunks, settings, jobs, max_in_flight, own_process)


def _settings_of(guard: Guard | None) -> GuardSettings:
    return GuardSettings() if guard is None else GuardSettings.from_guard(guard)


def _scan_joblib(
    chunks: Iterator[list[Record]],
    settings: GuardSettings,
    jobs: int,
    max_in_flight: int | None,
    own_process: bool,
) -> Iterator[Result]:
    from joblib import Parallel, delayed

    # Chunks waiting for their verdicts, in dispatch order (= result order). joblib
    # dispatches ``pre_dispatch`` chunks ahead and one more each time a result comes
    # back, so this deque never holds more than that plus the results not yet read.
    pending: deque[list[Record]] = deque()

    def tasks() -> Iterator[Any]:
        for chunk in chunks:
            pending.append(chunk)
            yield delayed(check_packed)(settings, _pack(_pairs(chunk)), own_process)

    ahead = max_in_flight or 2 * jobs
    parallel = Parallel(n_jobs=jobs, return_as="generator", batch_size=1, pre_dispatch=ahead)
    for packed in parallel(tasks()):
        yield from _merge(pending.popleft(), _unpack(packed))


def _scan_dask(
    chunks: Iterator[list[Record]],
    settings: GuardSettings,
    scheduler: Any,
    max_in_flight: int | None,
) -> Iterator[Result]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise CommentguardError(
            "the dask backend needs the optional 'distributed' package: pip install 'commentguard[dask]'"
        ) from exc
    if scheduler is None:
        raise CommentguardError(
            "the dask backend needs a scheduler address (--scheduler tcp://HOST:8786)"
        )
    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, set_as_default=False, timeout=15) if own else scheduler
    except OSError as exc:
        raise CommentguardError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from exc
    try:
        limit = max_in_flight or max(4, 2 * sum(client.nthreads().values()))
        in_flight: deque[tuple[list[Record], Any]] = deque()
        try:
            for chunk in chunks:
                in_flight.append(
                    (chunk, client.submit(check_chunk, settings, _pairs(chunk), pure=False))
                )
                if len(in_flight) >= limit:
                    done, future = in_flight.popleft()
                    yield from _merge(done, future.result())
            while in_flight:
                done, future = in_flight.popleft()
                yield from _merge(done, future.result())
        finally:
            for _chunk, future in in_flight:
                future.cancel()
    finally:
        if own:
            client.close()


# -- summary -------------------------------------------------------------------------


@dataclass
class Summary:
    """Counts of a scan or clean run, for the closing lines on stderr."""

    command: str = "scan"
    n_in: int = 0
    n_out: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    kept: int = 0
    held: int = 0
    quarantined: int = 0
    mode: str = ""
    output: str = ""
    quarantine: str = ""
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        return self.n_in / self.elapsed if self.elapsed > 0 else 0.0

    def add(self, record: Record, verdict: Verdict | None) -> None:
        self.n_in += 1
        if verdict is None:
            self.errors += 1
            self.labels["error"] += 1
        else:
            self.labels[verdict.label] += 1
            self.flags.update(verdict.flags)

    def lines(self) -> list[str]:
        verb = "scanned" if self.command == "scan" else "cleaned"
        out = [
            f"{verb} {self.n_in:,} comments in {self.elapsed:.1f} s ({self.rate:,.0f} comments/s)"
        ]
        order = ["ham", "unsure", "spam", "error"]
        labels = [f"{k} {self.labels[k]:,}" for k in order if self.labels.get(k)]
        labels += [f"{k} {v:,}" for k, v in sorted(self.labels.items()) if k not in order]
        out.append("  labels: " + (", ".join(labels) or "none"))
        if self.flags:
            out.append(
                "  flags: "
                + ", ".join(
                    f"{k} {v:,}"
                    for k, v in sorted(self.flags.items(), key=lambda kv: (-kv[1], kv[0]))
                )
            )
        if self.errors:
            out.append(f"  bad records: {self.errors:,} (kept in the output with their error)")
        if self.command == "scan":
            sign = "=" if self.n_in == self.n_out else "≠"
            out.append(f"  in {self.n_in:,} {sign} out {self.n_out:,}")
        else:
            sign = "=" if self.n_in == self.kept + self.quarantined else "≠"
            out.append(
                f"  in {self.n_in:,} {sign} kept {self.kept:,} + quarantined {self.quarantined:,}"
            )
            if self.mode == "remove":
                what = f"{self.quarantined:,} spam removed (their replies moved up a level)"
            else:
                what = f"{self.quarantined:,} marked spam, {self.held:,} unsure held for moderation"
            out.append(f"  mode {self.mode}: {what}")
            if self.quarantine:
                out.append(f"  quarantine: {self.quarantine}")
        return out


# -- scan / clean a file ---------------------------------------------------------------

Progress = Callable[[int, int], None]  # (comments done, input bytes read)
OnBad = Callable[[Record], None]


def result_dict(record: Record, verdict: Verdict | None) -> dict[str, Any]:
    """One line of ``scan`` output: the verdict, the comment's id and post id."""
    if verdict is None:
        out: dict[str, Any] = {
            "id": record.comment.id,
            "post_id": record.comment.post_id,
            "label": "error",
            "spam_probability": None,
            "action": None,
            "flags": [],
            "reasons": [],
            "error": record.error,
        }
    else:
        d = verdict.to_dict()
        out = {"id": d.pop("id") or record.comment.id, "post_id": record.comment.post_id}
        out.update(d)
    if record.source_line is not None:
        out["line"] = record.source_line
    return out


def dump_line(obj: Any) -> bytes:
    # A lone surrogate (possible in JSON input) is written as its \\u escape: still
    # valid JSON, and the same string.
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "backslashreplace") + b"\n"


def _check_paths(input_path: str, *outputs: str | None) -> None:
    if not os.path.exists(input_path):
        raise InputError(input_path, None, "no such file")
    if os.path.isdir(input_path):
        raise InputError(input_path, None, "is a directory")
    seen: list[str] = []
    for out in outputs:
        if out is None:
            continue
        if same_file(input_path, out):
            raise InputError(
                out, None, "refusing to write over the input file; choose another output"
            )
        for other in seen:
            if same_file(other, out):
                raise InputError(out, None, "the output and quarantine files must differ")
        seen.append(out)
        parent = Path(out).parent
        if not parent.is_dir():
            raise InputError(out, None, f"directory {str(parent)!r} does not exist")


@dataclass
class RunOptions:
    """Options shared by ``scan_file`` and ``clean_file``."""

    fmt: str = "auto"
    settings: GuardSettings = field(default_factory=GuardSettings)
    jobs: int = 1
    chunk_size: int = DEFAULT_CHUNK_SIZE
    backend: Backend = "local"
    scheduler: Any = None
    skip_bad: bool = False
    on_bad: OnBad | None = None
    progress: Progress | None = None
    #: The process runs only this job (the CLI): see ``scan(own_process=...)``.
    own_process: bool = False


def _results(source: RecordSource, opts: RunOptions, summary: Summary) -> Iterator[Result]:
    done = 0
    for record, verdict in scan(
        source,
        opts.settings,
        jobs=opts.jobs,
        chunk_size=opts.chunk_size,
        backend=opts.backend,
        scheduler=opts.scheduler,
        own_process=opts.own_process,
    ):
        summary.add(record, verdict)
        if verdict is None and opts.on_bad is not None:
            opts.on_bad(record)
        yield record, verdict
        done += 1
        if opts.progress is not None and done % 256 == 0:
            opts.progress(done, source.position())
    if opts.progress is not None:
        opts.progress(done, source.position())


def scan_file(
    input_path: str | os.PathLike[str],
    output: str | os.PathLike[str] | None,
    opts: RunOptions | None = None,
) -> Summary:
    """Label every comment of ``input_path``; write one JSON line per comment to
    ``output`` (atomically; stdout when None). Returns the run's Summary."""
    opts = opts or RunOptions()
    name = os.fspath(input_path)
    out_name = os.fspath(output) if output is not None else None
    _check_paths(name, out_name)
    summary = Summary("scan", output=out_name or "-")
    started = time.perf_counter()
    with RecordSource(name, opts.fmt, skip_bad=opts.skip_bad) as source:
        if out_name is None:
            import sys

            stream = sys.stdout.buffer
            for record, verdict in _results(source, opts, summary):
                stream.write(dump_line(result_dict(record, verdict)))
                summary.n_out += 1
            stream.flush()
        else:
            with atomic_output(out_name) as out:
                for record, verdict in _results(source, opts, summary):
                    out.write(dump_line(result_dict(record, verdict)))
                    summary.n_out += 1
    summary.elapsed = time.perf_counter() - started
    return summary


def decide(verdict: Verdict | None, mode: Mode) -> str:
    """What ``clean`` does with a comment: ``keep``, ``remove``, ``spam`` (mark it) or
    ``hold`` (an unsure comment in mark mode: pending moderation)."""
    if verdict is None:
        return "keep"
    if verdict.label == "spam":
        return "remove" if mode == "remove" else "spam"
    if verdict.label == "unsure" and mode == "mark":
        return "hold"
    return "keep"


def default_quarantine(output: str) -> str:
    """``cleaned.xml`` → ``cleaned.quarantine.jsonl`` (``.gz`` kept)."""
    p = Path(output)
    gz = p.name.endswith(".gz")
    base = p.name.removesuffix(".gz")
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    return str(p.with_name(f"{stem}.quarantine.jsonl" + (".gz" if gz else "")))


class _Parents:
    """Removed comments → their parents, to re-parent replies of removed comments."""

    def __init__(self) -> None:
        self.removed: dict[tuple[str, str], str] = {}

    def add(self, post_id: str, comment_id: str, parent_id: str) -> None:
        if comment_id:
            self.removed[(post_id, comment_id)] = parent_id

    def __call__(self, post_id: str, parent_id: str) -> str | None:
        key = (post_id, parent_id)
        if key not in self.removed:
            return None
        seen = set()
        while key in self.removed and key[1] not in seen:
            seen.add(key[1])
            parent_id = self.removed[key]
            key = (post_id, parent_id)
        return parent_id


def clean_file(
    input_path: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    mode: Mode = "remove",
    quarantine: str | os.PathLike[str] | None = None,
    opts: RunOptions | None = None,
) -> Summary:
    """Write ``input_path`` back to ``output`` in its own format without its spam.

    ``mode="remove"`` drops spam comments (replies move up to the removed comment's
    parent); ``mode="mark"`` keeps them marked as spam (WXR ``comment_approved=spam``,
    Disqus ``isSpam``, CSV/JSONL columns) and holds ``unsure`` ones (WXR ``0``).
    Removed or marked comments are also written to ``quarantine`` (JSON Lines; default
    ``OUTPUT_STEM.quarantine.jsonl``). Both files are replaced atomically at the end,
    the quarantine first.
    """
    if mode not in ("remove", "mark"):
        raise ValueError(f"unknown mode {mode!r}; use 'remove' or 'mark'")
    opts = opts or RunOptions()
    name = os.fspath(input_path)
    out_name = os.fspath(output)
    q_name = os.fspath(quarantine) if quarantine is not None else default_quarantine(out_name)
    _check_paths(name, out_name, q_name)
    summary = Summary("clean", mode=mode, output=out_name, quarantine=q_name)
    started = time.perf_counter()
    parents = _Parents()
    # The output is the outer block and the quarantine the inner one, so at the end the
    # quarantine is renamed into place first: a kill between the two renames leaves the
    # new quarantine beside the old output, and every removed comment somewhere.
    with (
        tempfile.TemporaryFile(prefix="commentguard-clean-") as spool,
        atomic_output(out_name) as out,
        atomic_output(q_name) as qout,
    ):
        with RecordSource(name, opts.fmt, skip_bad=opts.skip_bad) as source:
            fmt = source.format
            for record, verdict in _results(source, opts, summary):
                action = decide(verdict, mode)
                if verdict is None:
                    entry = [action, "error", "", "", ""]
                else:
                    entry = [
                        action,
                        verdict.label,
                        f"{verdict.spam_probability:.4f}",
                        verdict.action,
                        ";".join(sorted(verdict.flags)),
                    ]
                spool.write(dump_line(entry))
                if action in ("remove", "spam"):
                    summary.quarantined += 1
                    assert verdict is not None
                    qrec = comment_as_dict(record.comment)
                    qrec["source_line"] = record.source_line
                    qrec["disposition"] = "removed" if action == "remove" else "marked"
                    qrec["verdict"] = verdict.to_dict()
                    qout.write(dump_line(qrec))
                    if action == "remove":
                        c = record.comment
                        parents.add(c.post_id, c.id, c.parent_id)
                else:
                    summary.kept += 1
                    summary.held += action == "hold"
        spool.seek(0)
        entries = (json.loads(line) for line in spool)
        _rewrite(fmt, name, out, entries, parents, mode, summary)
    summary.elapsed = time.perf_counter() - started
    return summary


def _rewrite(
    fmt: str,
    name: str,
    out: IO[bytes],
    entries: Iterator[list[str]],
    parents: _Parents,
    mode: Mode,
    summary: Summary,
) -> None:
    with open_input(name) as stream:
        if fmt in ("wxr", "disqus"):
            module: Any = wxr if fmt == "wxr" else disqus
            summary.n_out = module.rewrite(stream, name, out, (e[0] for e in entries), parents)
            return
        mark = mode == "mark"
        if fmt == "csv":
            reader = csv_.Reader(stream, name, skip_bad=True)
            text = text_writer(out)
            writer = csv_.Writer(text, reader.layout, mark=mark)
            for record in reader:
                entry = _next_entry(entries, name, record)
                summary.n_out += 1
                if entry[0] == "remove":
                    continue
                parent = (
                    parents(record.comment.post_id, record.comment.parent_id)
                    if record.ok and record.comment.parent_id
                    else None
                )
                writer.write(record.raw, entry[1:], parent)
            text.flush()
            text.detach()
        else:
            for record in jsonl.read(stream, name, skip_bad=True):
                entry = _next_entry(entries, name, record)
                summary.n_out += 1
                if entry[0] == "remove":
                    continue
                body, obj = record.raw
                if record.ok and isinstance(obj, dict):
                    changed = False
                    moved = (
                        parents(record.comment.post_id, record.comment.parent_id)
                        if record.comment.parent_id
                        else None
                    )
                    key = jsonl.parent_key(obj)
                    if moved is not None and key is not None:
                        old = obj[key]
                        obj[key] = int(moved) if isinstance(old, int) and moved.isdigit() else moved
                        changed = True
                    if mark:
                        obj.update(_marks(entry))
                        changed = True
                    if changed:
                        out.write(jsonl.dumps(obj) + b"\n")
                        continue
                out.write(body + b"\n")
        if next(entries, None) is not None:
            raise InputError(
                name, None, "the input has fewer comments than when it was scanned; was it changed?"
            )


def _next_entry(entries: Iterator[list[str]], name: str, record: Record) -> list[str]:
    entry = next(entries, None)
    if entry is None:
        raise InputError(
            name,
            record.source_line,
            "the input has more comments than when it was scanned; was it changed?",
        )
    return entry


def _marks(entry: list[str]) -> Mapping[str, Any]:
    _action, label, prob, vaction, flags = entry
    return {
        "label": label,
        "spam_probability": float(prob) if prob else None,
        "action": vaction or None,
        "flags": flags.split(";") if flags else [],
    }
