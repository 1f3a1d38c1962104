"""Where a scan's time goes: the share of each stage, from cProfile.

    python -m benchmarks.profile_scan [FILE] [--n 20000] [--chunk-size 1000]

Reads the first N comments of FILE (default: the generated 100,000-comment WXR of
``benchmarks.bench_scan``), then labels them with ``Guard.check_many`` in chunks, as a
scan's worker does, under cProfile. Prints microseconds per comment and the share of
each stage: reading the export, normalisation, the classifier, each check (its
``prepare`` and ``run``), combining. cProfile slows Python code down unevenly, so the
shares are a guide to where to look, not a stopwatch; the throughput figures come from
``benchmarks.bench_scan``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import itertools
import pstats
import tempfile
import time
import warnings
from pathlib import Path

# (stage, the functions whose cumulative time is that stage's)
STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("normalise", ("normalize.py:normalize",)),
    ("classifier", ("scoring.py:probabilities", "guard.py:_model_evidence")),
    ("combine", ("combine.py:combine",)),
)


def _key(func: tuple[str, int, str]) -> str:
    filename, _line, name = func
    return f"{Path(filename).name}:{name}"


def profile(path: Path, n: int, chunk_size: int) -> list[tuple[str, float]]:
    from commentguard.batch import GuardSettings, cached_guard
    from commentguard.io import RecordSource

    started = time.perf_counter()
    with RecordSource(str(path), "auto") as source:
        records = list(itertools.islice(iter(source), n))
    read_us = (time.perf_counter() - started) / len(records) * 1e6
    guard = cached_guard(GuardSettings()).load()
    pairs = [(r.comment, r.post) for r in records if r.error is None]
    chunks = [pairs[i : i + chunk_size] for i in range(0, len(pairs), chunk_size)]
    warnings.simplefilter("ignore")
    guard.check_many(chunks[0][:10])  # warm the caches a scan would have warm
    gc.collect()
    gc.freeze()  # as a scan's worker does
    prof = cProfile.Profile()
    prof.enable()
    for chunk in chunks:
        guard.check_many(chunk)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    cumulative: dict[str, float] = {}
    for func, (_cc, _nc, _tt, ct, _callers) in stats.items():
        key = _key(func)
        cumulative[key] = cumulative.get(key, 0.0) + ct
    total = sum(tt for (_cc, _nc, tt, _ct, _callers) in stats.values())
    per = 1e6 / len(pairs)
    rows = [("read the export (outside the profile)", read_us)]
    accounted = 0.0
    for stage, keys in STAGES:
        t = sum(cumulative.get(k, 0.0) for k in keys)
        accounted += t
        rows.append((stage, t * per))
    for check in guard._setup()[2]:
        # The check's own run/prepare code objects (two checks may share a module).
        codes = {
            (c.co_filename, c.co_firstlineno, c.co_name)
            for c in (type(check).run.__code__, type(check).prepare.__code__)
        }
        t = sum(stats[f][3] for f in codes if f in stats)
        accounted += t
        rows.append((f"check {check.name}", t * per))
    rows.append(("engine (loop, signals, verdicts)", max(total - accounted, 0.0) * per))
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Where a scan's time goes (cProfile shares).")
    default = Path(tempfile.gettempdir()) / "commentguard-bench" / "bench-100000.xml"
    ap.add_argument("file", nargs="?", type=Path, default=default)
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--chunk-size", type=int, default=1000)
    args = ap.parse_args(argv)
    if not args.file.exists():
        from benchmarks.bench_scan import ensure_input

        args.file = ensure_input(100_000, args.file.parent)
    rows = profile(args.file, args.n, args.chunk_size)
    labelled = sum(us for name, us in rows[1:])
    print(f"{args.n:,} comments of {args.file.name}, chunks of {args.chunk_size}")
    print(f"{'stage':<40} {'µs/comment':>11} {'share':>7}")
    for name, us in rows:
        share = "" if name.startswith("read") else f"{us / labelled:7.0%}"
        print(f"{name:<40} {us:11.1f} {share:>7}")


if __name__ == "__main__":
    main()
