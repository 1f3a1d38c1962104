"""Every speed, memory and quality figure the project tracks, as one markdown table.

    python -m benchmarks [--quick] [--scale]

``--scale`` adds the batch scan benchmark (10k/100k comments, 1 and 2 jobs), which
takes a few minutes. Quality rows need ``../shared/corpora`` and are left out without it.
"""

from __future__ import annotations

import os
import platform
import sys

from . import evaluate, speed


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    quick = "--quick" in sys.argv
    rows: list[tuple[str, str]] = []
    rows += speed.run(quick=quick)
    if "--scale" in sys.argv:
        try:
            from . import bench_scan

            rows += bench_scan.rows(quick=quick)
        except ImportError as exc:
            rows.append(("batch scan", f"n/a ({exc})"))
    if evaluate.DEFAULT_CORPORA.is_dir():
        for corpus, setting, f in evaluate.evaluate_all(evaluate.DEFAULT_CORPORA):
            fm = evaluate.fmt
            rows.append(
                (
                    f"{corpus}, {setting}: recall / FPR / ham unsure / AUC / recall@1%FPR",
                    f"{fm(f['recall'])} / {fm(f['fpr'])} / {fm(f['ham_unsure'])} / {fm(f['auc'])} / {fm(f['recall_at_1'])}",
                )
            )
    print(f"Machine: {machine()}\n")
    print("| figure | value |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
