"""Load test of ``commentguard serve``: N worker processes, one SQLite history, many clients.

Starts ``commentguard serve --workers W`` on 127.0.0.1 (a free port), sends a fixed
number of Akismet ``comment-check`` requests from C concurrent clients (a bounded loop:
it stops by itself), checks that every answer is ``true``/``false``, stops the server
and prints requests/s and p50/p99 latency. One request in ten repeats the same comment
on another post (a campaign), so the history store sees concurrent duplicate writes from
every worker; the rest are varied texts. The server's log is scanned for ``database is locked`` and tracebacks.

    python benchmarks/bench_server.py                      # 20,000 requests, 8 clients, 2 workers
    python benchmarks/bench_server.py --requests 2000 --workers 4 --model models/default.joblib

Without ``--model`` the bundled model is used, or, if it is not there yet, a tiny model
is trained into a temporary directory (figures are then only about the server). The
history file is used when ``commentguard.history`` exists (``--no-history`` to skip).
``tests/server/test_server_load.py`` runs a small version of this as a test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
API_KEY = "bench-key-5b2f0c1e"
BLOG = "http://blog.example.com/"

_HAM = [
    "Thanks for the clear explanation of the build steps, it finally works for me",
    "I visited that museum last spring and the old maps room was my favourite",
    "Could you say more about how you chose the soil mix for the tomatoes?",
    "Small correction: the bridge opened in 1932, not 1923",
    "My kids loved this recipe, we added a little more garlic",
    "Interesting argument, though I think the second chapter contradicts it",
    "The photo of the harbour at dusk is beautiful",
    "I had the same error with the driver and rolling back fixed it",
]
_SPAM = [
    "Buy cheap viagra online no prescription http://pills.example.com",
    "Best online casino bonus click here http://casino.example.net",
    "Cheap replica watches and handbags free shipping http://replica.example",
    "Make money fast working from home, click my link http://earn.example",
    "Payday loans approved instantly no credit check http://loans.example",
    "Discount pharmacy pills cialis cheap http://rx.example",
]
#: Sent on many different posts: the duplicate the history store must keep track of.
REPEATED = (
    "Great post, I learned a lot from reading it. Check out my site for more tips on "
    "the same topic http://tips.example.org/best"
)


def tiny_model(directory: Path) -> Path:
    """Train and save a small model (only used when no bundled model exists)."""
    from commentguard.classifier import ModelCard, build_pipeline, save_model

    pipeline = build_pipeline(calibrate=False, min_df=1)
    pipeline.fit(_HAM + _SPAM, [0] * len(_HAM) + [1] * len(_SPAM))
    return save_model(pipeline, directory / "bench.joblib", ModelCard(name="bench-tiny"))


def history_available() -> bool:
    try:
        import commentguard.history  # noqa: F401
    except ImportError:
        return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@contextmanager
def running_server(
    *,
    workers: int = 2,
    model: Path | None = None,
    history: Path | None = None,
    log_path: Path,
    startup_timeout: float = 120.0,
) -> Iterator[Server]:
    """``commentguard serve`` in a subprocess; stopped (SIGTERM, then SIGKILL) on exit."""
    port = free_port()
    cmd = [
        sys.executable, "-m", "commentguard", "serve",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    if model is not None:
        cmd += ["--model", str(model)]
    if history is not None:
        cmd += ["--history", str(history)]
    env = dict(os.environ)
    env["COMMENTGUARD_API_KEYS"] = API_KEY
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("PYTHONWARNINGS", "ignore::UserWarning")
    log = open(log_path, "wb")
    proc = subprocess.Popen(
        cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, proc, log_path, startup_timeout, workers)
        yield Server(url=url, process=proc, log_path=log_path)
    finally:
        _stop(proc)
        log.close()


def _wait_ready(
    url: str, proc: subprocess.Popen[bytes], log_path: Path, timeout: float, workers: int
) -> None:
    deadline = time.monotonic() + timeout
    ready = 0
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"server exited with {proc.returncode}:\n{log_path.read_text(errors='replace')}"
            )
        try:
            # Every worker loads the model at start-up; wait until a few answer in a row.
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                ready += 1
                if ready >= 2 * workers:
                    return
        except httpx.HTTPError:
            ready = 0
        time.sleep(0.1)
    raise RuntimeError(
        f"server not ready after {timeout:.0f} s:\n{log_path.read_text(errors='replace')}"
    )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # our own session: the server and its workers
        proc.wait(timeout=10)


_WORDS = (
    "garden tomato soil pots water sun balcony harvest seeds compost leaves roots recipe "
    "garlic oven bread flour butter museum maps harbour bridge train station river coast "
    "birds hiking rain route summit camera photo lens light evening morning winter spring "
    "driver kernel compiler error update version laptop screen battery keyboard library "
    "chapter author argument history city village church market festival music guitar "
    "piano choir school teacher lesson question answer example detail paragraph section "
    "source article series part next previous weekend holiday family kids grandmother"
).split()
_OPENERS = (
    "Thanks for this,",
    "I wonder about",
    "Small note on",
    "We tried the",
    "Could you explain",
    "Lovely write-up about",
    "My experience with",
    "Not sure I agree on",
)


def request_fields(i: int) -> dict[str, str]:
    """The i-th request: varied ham-like texts, some spam, and every tenth one repeated text.

    The repeated comment (same text, many posts, many authors) is a campaign the history
    store must see across workers; the other texts are drawn at random (seeded by ``i``)
    so they are not near-duplicates of one another.
    """
    rng = random.Random(i)
    if i % 10 == 0:
        content = REPEATED
    elif i % 7 == 0:
        content = f"{_SPAM[i % len(_SPAM)]} {' '.join(rng.sample(_WORDS, 6))}"
    else:
        content = f"{rng.choice(_OPENERS)} {' '.join(rng.sample(_WORDS, 14))}."
    return {
        "api_key": API_KEY,
        "blog": BLOG,
        "user_ip": f"198.51.100.{i % 250}",
        "user_agent": "bench/1.0",
        "permalink": f"{BLOG}post/{i % 500}",
        "comment_type": "comment",
        "comment_author": f"reader{i % 300}",
        "comment_author_email": f"reader{i % 300}@example.org",
        "comment_content": content,
    }


@dataclass
class LoadResult:
    requests: int = 0
    elapsed: float = 0.0
    latencies: list[float] = field(default_factory=list)
    answers: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and self.answers["true"] + self.answers["false"] == self.requests

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def summary(self) -> str:
        rate = self.requests / self.elapsed if self.elapsed else 0.0
        mean = statistics.fmean(self.latencies) if self.latencies else float("nan")
        return (
            f"{self.requests} requests in {self.elapsed:.1f} s: {rate:.0f} req/s; latency "
            f"p50 {self.percentile(0.50) * 1000:.1f} ms, p99 {self.percentile(0.99) * 1000:.1f} ms, "
            f"mean {mean * 1000:.1f} ms; answers {dict(self.answers)}; labels {dict(self.labels)}; "
            f"errors {len(self.errors)}"
        )


async def _load(url: str, n: int, concurrency: int, timeout: float) -> LoadResult:
    result = LoadResult(requests=n)
    counter = iter(range(n))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=timeout) as client:

        async def worker() -> None:
            for i in counter:  # shared iterator: each index is sent exactly once
                start = time.perf_counter()
                try:
                    r = await client.post("/1.1/comment-check", data=request_fields(i))
                except httpx.HTTPError as exc:
                    result.errors.append(f"request {i}: {type(exc).__name__}: {exc}")
                    continue
                result.latencies.append(time.perf_counter() - start)
                if r.status_code != 200 or r.text not in ("true", "false"):
                    result.errors.append(f"request {i}: HTTP {r.status_code} {r.text[:200]!r}")
                result.answers[r.text if r.text in ("true", "false") else "other"] += 1
                result.labels[r.headers.get("x-commentguard-label", "?")] += 1

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        result.elapsed = time.perf_counter() - start
    return result


def run_load(url: str, n: int = 20_000, concurrency: int = 8, timeout: float = 30.0) -> LoadResult:
    """Send ``n`` comment-check requests from ``concurrency`` clients; never raises on errors."""
    return asyncio.run(_load(url, n, concurrency, timeout))


SERVER_LOG_PROBLEMS = (
    "database is locked",
    "Traceback",
    "Exception in ASGI application",
    "was busy for more than",  # History skipped a read or write
    "cannot be used",  # History gave up on the file
    "RuntimeWarning",
)


def log_problems(log: str) -> list[str]:
    return [line for line in log.splitlines() if any(p in line for p in SERVER_LOG_PROBLEMS)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--no-history", action="store_true")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from commentguard.classifier import default_model_path

    with tempfile.TemporaryDirectory(prefix="cg-bench-") as tmp:
        tmpdir = Path(tmp)
        model = args.model
        if model is None and not default_model_path().exists():
            model = tiny_model(tmpdir)
            print(f"note: no bundled model; using a tiny model trained at {model}", file=sys.stderr)
        history = None
        if not args.no_history:
            if history_available():
                history = tmpdir / "history.sqlite3"
            else:
                print(
                    "note: commentguard.history not available; running without --history",
                    file=sys.stderr,
                )
        with running_server(
            workers=args.workers, model=model, history=history, log_path=tmpdir / "server.log"
        ) as server:
            print(
                f"serve --workers {args.workers} at {server.url}, history={'on' if history else 'off'}; "
                f"{args.requests} requests from {args.concurrency} clients",
                file=sys.stderr,
            )
            result = run_load(server.url, args.requests, args.concurrency)
        if history is not None:
            from commentguard.history import History

            stored = History(history).count()
            print(f"history: {stored} entries for {args.requests} requests", file=sys.stderr)
        problems = log_problems((tmpdir / "server.log").read_text(errors="replace"))
    print(result.summary())
    for err in result.errors[:10]:
        print("error:", err, file=sys.stderr)
    for line in problems[:10]:
        print("server log:", line, file=sys.stderr)
    return 0 if result.ok and not problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
