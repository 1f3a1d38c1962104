"""Scale benchmark of ``commentguard scan``: comments/s and peak memory on big exports.

    python -m benchmarks.bench_scan [--sizes 10000,100000,1000000] [--jobs 1,2]
                                    [--model PATH] [--workdir DIR]

For each size a synthetic WXR is generated once (``benchmarks.gen_wxr``, cached in the
work directory), then ``python -m commentguard scan FILE --jobs J --output …`` runs as
a subprocess, each in a fresh helper process so that ``getrusage(RUSAGE_CHILDREN)``
reports that run alone. Reported per run:

- throughput: comments/s as the CLI's own summary reports it (reading, labelling and
  writing; interpreter and model start-up excluded) and wall time including start-up;
- peak RSS of the largest process (``ru_maxrss``: the main process or one worker);
- peak RSS of the whole process tree (main + workers), sampled every 0.1 s with psutil
  when it is installed, and its PSS (each shared page counted once) every second.

Without ``--model`` the bundled model is used; when the package has none yet, a small
model is trained on generated comments (a stand-in: speed depends mostly on the checks
and the vectorisers, little on the weights).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)

# Runs the CLI and prints the children's peak RSS: a fresh process per measurement.
_HELPER = """
import json, resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({"rc": proc.returncode, "stderr": proc.stderr,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def ensure_input(n: int, workdir: Path) -> Path:
    from benchmarks import gen_wxr

    path = workdir / f"bench-{n}.xml"
    if not path.exists():
        tmp = path.with_suffix(".part")
        with open(tmp, "w", encoding="utf-8", buffering=1 << 20) as fh:
            gen_wxr.write(n, fh)
        os.replace(tmp, path)
    return path


def ensure_model(workdir: Path) -> str | None:
    """None (the bundled model) when it exists, else a stand-in trained on generated text."""
    from commentguard.classifier import ModelCard, build_pipeline, default_model_path, save_model

    if default_model_path().exists():
        return None
    path = workdir / "bench-model.joblib"
    if not path.exists():
        import warnings

        from benchmarks import gen_wxr

        texts: list[str] = []
        labels: list[int] = []
        for _post, items in gen_wxr.comments(4000, seed=99):
            for c in items:
                texts.append(str(c["content"]))
                labels.append(int(bool(c["spam"])))
        pipeline = build_pipeline(calibrate=False)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pipeline.fit(texts, labels)
        save_model(pipeline, path, ModelCard(name="bench-stand-in"))
    return str(path)


def _tree_memory(pid: int, pss: bool = True) -> tuple[int, int]:
    """RSS and PSS summed over the process tree. RSS counts the pages a worker shares
    with its siblings (the interpreter, numpy, scikit-learn) once per process; PSS
    splits each shared page between its sharers, so the tree's PSS is what the
    machine actually spends."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    rss_total = pss_total = 0
    for p in procs:
        try:
            info = p.memory_full_info() if pss else p.memory_info()
        except psutil.Error:
            continue
        rss_total += info.rss
        pss_total += getattr(info, "pss", 0)
    return rss_total, pss_total


def measure(path: Path, n: int, jobs: int, model: str | None, workdir: Path) -> dict[str, float]:
    out = workdir / f"out-{n}-{jobs}.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "commentguard",
        "scan",
        str(path),
        "--jobs",
        str(jobs),
        "--output",
        str(out),
    ]
    if model:
        cmd += ["--model", model]
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.perf_counter()
    helper = subprocess.Popen(
        [sys.executable, "-c", _HELPER, *cmd], stdout=subprocess.PIPE, text=True, env=env
    )
    tree_peak = pss_peak = 0
    try:
        import psutil  # noqa: F401

        tick = 0
        while helper.poll() is None:
            # PSS reads every mapping of every process (smaps): sampled once a second
            # so that measuring does not take the CPU the scan is being timed on.
            rss, pss = _tree_memory(helper.pid, pss=tick % 10 == 0)
            tree_peak, pss_peak = max(tree_peak, rss), max(pss_peak, pss)
            tick += 1
            time.sleep(0.1)
    except ImportError:
        pass
    stdout, _ = helper.communicate()
    wall = time.perf_counter() - started
    report = json.loads(stdout)
    if report["rc"] != 0:
        raise RuntimeError(f"scan failed ({report['rc']}): {report['stderr'][-2000:]}")
    with open(out, "rb") as fh:
        lines = sum(1 for _ in fh)
    out.unlink()
    if lines != n:
        raise RuntimeError(f"scan wrote {lines} lines for {n} comments")
    m = re.search(r"\(([\d,]+) comments/s\)", report["stderr"])
    rate = float(m.group(1).replace(",", "")) if m else n / wall
    return {
        "n": n,
        "jobs": jobs,
        "rate": rate,
        "wall": wall,
        "maxrss_mb": report["maxrss_kb"] / 1024,
        "tree_mb": tree_peak / 2**20,
        "tree_pss_mb": pss_peak / 2**20,
    }


def run(
    sizes: tuple[int, ...],
    jobs: tuple[int, ...],
    model: str | None,
    workdir: Path,
    echo: bool = True,
) -> list[dict[str, float]]:
    workdir.mkdir(parents=True, exist_ok=True)
    model = model or ensure_model(workdir)
    results = []
    for n in sizes:
        path = ensure_input(n, workdir)
        for j in jobs:
            r = measure(path, n, j, model, workdir)
            results.append(r)
            if echo:
                print(
                    f"{n:>9,} comments, jobs {j}: {r['rate']:7,.0f} comments/s, wall {r['wall']:7.1f} s, "
                    f"peak RSS {r['maxrss_mb']:6.0f} MB (largest process), {r['tree_mb']:6.0f} MB "
                    f"(all processes; PSS {r['tree_pss_mb']:.0f} MB)",
                    flush=True,
                )
    return results


def rows(quick: bool = False) -> list[tuple[str, str]]:
    """Rows for ``python -m benchmarks --scale``."""
    sizes = (10_000,) if quick else (10_000, 100_000)
    workdir = Path(tempfile.gettempdir()) / "commentguard-bench"
    out = []
    for r in run(sizes, (1, 2), None, workdir, echo=False):
        out.append(
            (
                f"batch scan, {int(r['n']):,} comments, --jobs {int(r['jobs'])}",
                f"{r['rate']:,.0f} comments/s; peak RSS {r['maxrss_mb']:.0f} MB largest process, "
                f"{r['tree_mb']:.0f} MB all processes (PSS {r['tree_pss_mb']:.0f} MB)",
            )
        )
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Scale benchmark of commentguard scan.")
    ap.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES))
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--model", default=None)
    ap.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "commentguard-bench"
    )
    args = ap.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(","))
    jobs = tuple(int(j) for j in args.jobs.split(","))
    run(sizes, jobs, args.model, args.workdir)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
