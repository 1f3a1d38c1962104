"""Quality on real comments: the shipped model, with and without checks, per corpus.

    python -m benchmarks.evaluate [--corpora ../shared/corpora] [--model PATH] [--details]

Reads ``../shared/corpora/*/comments.jsonl`` (real comments written outside this
project; evaluation only, never training) and prints one markdown table. Skips cleanly
when the folder is absent. Threads are checked as threads: each post's comments go
through ``Guard.check_many`` in date order, as a moderation queue would see them.

Labels: ``spam`` is spam; ``ham`` and ``duplicate`` (a repeated copy of a ham comment)
are ham; ``pending``/``trash`` are unlabelled and only counted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_guard(guard, rows: list[dict]):
    from commentguard import Comment, Post

    by_post: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_post[r.get("post_id", "")].append(i)
    verdicts = [None] * len(rows)
    for _pid, idx in by_post.items():
        idx.sort(key=lambda i: rows[i].get("date", ""))
        r0 = rows[idx[0]]
        post = Post(
            title=r0.get("post_title", ""),
            text=r0.get("post_text", ""),
            url=r0.get("post_url", ""),
            id=r0.get("post_id", ""),
        )
        comments = [
            Comment(
                content=rows[i].get("content", ""),
                author=rows[i].get("author", ""),
                author_url=rows[i].get("author_url", ""),
                author_email="x@" + rows[i]["author_email_domain"]
                if rows[i].get("author_email_domain")
                else "",
                id=rows[i].get("id", ""),
                post_id=rows[i].get("post_id", ""),
                parent_id=rows[i].get("parent_id", ""),
                type=rows[i].get("type", "comment") or "comment",
            )
            for i in idx
        ]
        for i, v in zip(idx, guard.check_many(comments, post=post)):
            verdicts[i] = v
    return verdicts


def figures(verdicts, rows, thresholds, use_model_only: bool) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    y, p, labels = [], [], []
    unlabelled_spam = unlabelled = 0
    for v, r in zip(verdicts, rows):
        lab = r.get("label")
        prob = v.model_probability if use_model_only else v.spam_probability
        label = thresholds.label(prob) if use_model_only else v.label
        if lab in ("pending", "trash"):
            unlabelled += 1
            unlabelled_spam += label == "spam"
            continue
        y.append(1 if lab == "spam" else 0)
        p.append(prob)
        labels.append(label)
    y_arr, p_arr, l_arr = np.array(y), np.array(p), np.array(labels)
    ham, spam = y_arr == 0, y_arr == 1
    out = {
        "n": len(y),
        "spam": int(spam.sum()),
        "recall": float((l_arr[spam] == "spam").mean()) if spam.any() else float("nan"),
        "fpr": float((l_arr[ham] == "spam").mean()) if ham.any() else float("nan"),
        "ham_unsure": float((l_arr[ham] == "unsure").mean()) if ham.any() else float("nan"),
        "spam_unsure": float((l_arr[spam] == "unsure").mean()) if spam.any() else float("nan"),
        "auc": float(roc_auc_score(y_arr, p_arr)) if spam.any() and ham.any() else float("nan"),
        "recall_at_1": float("nan"),
        "unlabelled": unlabelled,
        "unlabelled_spam": unlabelled_spam,
    }
    if spam.any() and ham.any():
        cut = np.quantile(p_arr[ham], 0.99, method="higher")
        out["recall_at_1"] = float((p_arr[spam] > cut).mean())
    return out


def evaluate_all(corpora: Path, model: Path | None = None):
    """(corpus, setting, figures) for every corpus, model alone and with checks."""
    from commentguard.guard import Guard

    guard = Guard(model=model)
    th = guard.combiner.thresholds
    out = []
    for corpus in sorted(p for p in corpora.iterdir() if (p / "comments.jsonl").exists()):
        rows = load(corpus / "comments.jsonl")
        verdicts = run_guard(guard, rows)
        for setting, model_only in (("model alone", True), ("model + checks", False)):
            out.append((corpus.name, setting, figures(verdicts, rows, th, model_only)))
    return out


def fmt(x: float) -> str:
    return "–" if x != x else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument(
        "--details",
        action="store_true",
        help="list misclassified comments (ids only for real data)",
    )
    args = ap.parse_args(argv)
    if not args.corpora.is_dir():
        print(
            f"skipped: {args.corpora} is absent (evaluation data is not part of a clone)",
            file=sys.stderr,
        )
        return 0
    from commentguard.guard import Guard

    guard = Guard(model=args.model)
    th = guard.combiner.thresholds
    print(f"thresholds: unsure {th.unsure:.3f}, spam {th.spam:.3f}\n")
    print(
        "| corpus | setting | n (spam) | spam recall | ham → spam (FPR) | ham → unsure | spam → unsure | ROC AUC | recall @1% FPR | unlabelled → spam |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for corpus in sorted(p for p in args.corpora.iterdir() if (p / "comments.jsonl").exists()):
        rows = load(corpus / "comments.jsonl")
        verdicts = run_guard(guard, rows)
        for setting, model_only in (("model alone", True), ("model + checks", False)):
            f = figures(verdicts, rows, th, model_only)
            unl = f"{f['unlabelled_spam']}/{f['unlabelled']}" if f["unlabelled"] else "–"
            print(
                f"| {corpus.name} | {setting} | {f['n']} ({f['spam']}) | {fmt(f['recall'])} | {fmt(f['fpr'])} | "
                f"{fmt(f['ham_unsure'])} | {fmt(f['spam_unsure'])} | {fmt(f['auc'])} | {fmt(f['recall_at_1'])} | {unl} |"
            )
        if args.details:
            for v, r in zip(verdicts, rows):
                lab = r.get("label")
                wrong = (lab in ("ham", "duplicate") and v.label != "ham") or (
                    lab == "spam" and v.label != "spam"
                )
                if wrong:
                    print(
                        f"    {corpus.name} {r['id']} {lab}->{v.label} p={v.spam_probability:.2f} flags={sorted(v.flags)} lang={r.get('lang')}",
                        file=sys.stderr,
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
