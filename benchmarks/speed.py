"""Speed and memory of the library itself: import time, one check, a thread, throughput.

    python -m benchmarks.speed

Each figure is measured in a fresh subprocess where start-up cost matters (import),
and as a median over many calls where it does not (check latency).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "garden tomato python release election recipe budget camera winter school river "
    "museum bicycle vaccine library football guitar harvest kernel sauce mortgage"
).split()


def import_time() -> float:
    """Median wall time of ``import commentguard`` in a fresh interpreter (5 runs)."""
    code = "import time; t=time.perf_counter(); import commentguard; print(time.perf_counter()-t)"
    runs = [
        float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(5)
    ]
    return statistics.median(runs)


def first_check_time() -> float:
    """Import + model load + first check in a fresh interpreter: a worker's cold start."""
    code = (
        "import time; t=time.perf_counter(); import commentguard; "
        "commentguard.check('hello there'); print(time.perf_counter()-t)"
    )
    return float(subprocess.check_output([sys.executable, "-c", code], text=True))


def sample_comment(rng: random.Random, i: int):
    from commentguard import Comment

    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60)))
    url = f"http://site{i % 97}.example" if i % 3 == 0 else ""
    return Comment(content=f"Comment {i}: {words}.", author=f"user{i}", author_url=url, id=str(i))


def check_latency(n: int = 2000, history_size: int = 0) -> dict[str, float]:
    """Median and p99 of ``Guard.check`` on varied comments, optionally with a history."""
    from commentguard import Post
    from commentguard.guard import Guard

    rng = random.Random(1)
    post = Post(
        title="A garden in winter",
        text="Tomatoes, kale and a cold frame. " * 20,
        url="https://blog.example/w",
    )
    history = None
    tmp = None
    if history_size:
        from commentguard.history import History

        tmp = tempfile.TemporaryDirectory()
        history = History(Path(tmp.name) / "h.db", max_entries=history_size * 2)
        _fill_history(history, history_size, rng)
    guard = Guard(history=history)
    comments = [sample_comment(rng, i) for i in range(n)]
    guard.check(comments[0], post=post)  # load the model
    times = []
    for c in comments:
        t = time.perf_counter()
        guard.check(c, post=post)
        times.append(time.perf_counter() - t)
    times.sort()
    if tmp is not None:
        tmp.cleanup()
    return {
        "median_ms": statistics.median(times) * 1e3,
        "p99_ms": times[int(len(times) * 0.99)] * 1e3,
    }


def _fill_history(history, size: int, rng: random.Random) -> None:
    """Fill the history with fingerprints of varied comments on 200 posts (bulk insert)."""
    from commentguard import Post
    from commentguard.checks.duplicates import fingerprint
    from commentguard.history import Entry
    from commentguard.normalize import normalize

    posts = [Post(title=f"post {k}", id=f"p{k}") for k in range(200)]
    entries = []
    for i in range(size):
        c = sample_comment(rng, i + 10_000_000)
        fp = fingerprint(normalize(c, posts[i % len(posts)]))
        if fp.exact is None:
            continue
        sig = fp.minhash.hashvalues if fp.minhash is not None else None
        entries.append(Entry(c.id, f"p{i % 200}", c.author, fp.exact, sig))
    history.add_many(entries)


def batch_throughput(n: int = 5000) -> float:
    """Comments per second through ``check_many`` in threads of 50 (one process)."""
    from commentguard import Post
    from commentguard.guard import Guard

    rng = random.Random(2)
    guard = Guard()
    post = Post(title="A garden in winter", text="Tomatoes and kale. " * 20)
    comments = [sample_comment(rng, i) for i in range(n)]
    guard.check(comments[0], post=post)
    t = time.perf_counter()
    for k in range(0, n, 50):
        guard.check_many(comments[k : k + 50], post=post)
    return n / (time.perf_counter() - t)


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(quick: bool = False) -> list[tuple[str, str]]:
    rows = [("import commentguard (median of 5, fresh process)", f"{import_time() * 1e3:.0f} ms")]
    rows.append(
        ("cold start: import + model load + first check", f"{first_check_time() * 1e3:.0f} ms")
    )
    lat = check_latency(1000 if quick else 3000)
    rows.append(
        (
            "Guard.check, one comment with post (median / p99)",
            f"{lat['median_ms']:.2f} / {lat['p99_ms']:.2f} ms",
        )
    )
    try:
        lat_h = check_latency(1000, history_size=20_000 if quick else 100_000)
        size = "20,000" if quick else "100,000"
        rows.append(
            (
                f"Guard.check with a {size}-comment history (median / p99)",
                f"{lat_h['median_ms']:.2f} / {lat_h['p99_ms']:.2f} ms",
            )
        )
    except ImportError as exc:  # history module absent
        rows.append(("Guard.check with history", f"n/a ({exc})"))
    rows.append(
        (
            "check_many in threads of 50, one process",
            f"{batch_throughput(2000 if quick else 10000):,.0f} comments/s",
        )
    )
    rows.append(("peak RSS of this benchmark process", f"{peak_rss_mb():.0f} MB"))
    return rows


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv), indent=1))
