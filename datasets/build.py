"""Build the training corpus: ``datasets/posts.jsonl`` and ``datasets/comments.jsonl``.

    python -m datasets.build [--seed 20261124] [--out datasets]

Deterministic: the same seed and generator code give byte-identical files, so the
shipped model can be rebuilt bit for bit (see datasets/README.md). Every post keeps its
hand-written reader comments; the generators add hard ham and spam of many families.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from datasets.generator import (
    ham,
    ham_extra_en,
    ham_extra_en2,
    ham_extra_en3,
    ham_extra_intl,
    posts_a,
    posts_b,
    spam,
)

DEFAULT_SEED = 20261124
#: Generated comments per post, on top of the hand-written ones.
EXTRA_HAM_PER_POST = 24
SPAM_PER_POST = 34
#: Post topics grouped into the areas the free-standing hard-ham comments are written for.
AREAS = {
    "tech": {"programming", "tech", "science"},
    "home": {"health", "finance", "gardening", "cooking", "diy", "photography", "pets"},
    "society": {
        "books", "travel", "politics", "local_news", "film_tv", "environment", "history",
        "parenting", "sports", "music", "education", "business", "personal",
    },
}  # fmt: skip


def _area(topic: str) -> str:
    return next((a for a, topics in AREAS.items() if topic in topics), "society")


def _place_free_ham(posts: list[dict], rng: random.Random) -> dict[str, list[dict]]:
    """Give every hand-written free-standing ham comment a post of its area and language.

    A Chinese comment goes under a Chinese post when there is one of its area (else any
    Chinese post, else any post: real blogs get comments in other languages too).
    """
    placed: dict[str, list[dict]] = {p["id"]: [] for p in posts}
    items = [
        dict(h, lang=h.get("lang", "en"))
        for h in ham_extra_en.HAM + ham_extra_en2.HAM + ham_extra_en3.HAM
    ]
    items += [dict(h) for h in ham_extra_intl.HAM]
    for h in items:
        lang = h["lang"]
        same_lang = [p for p in posts if p["lang"] == lang] or posts
        area = h.get("area", "any")
        pool = (
            same_lang
            if area == "any"
            else ([p for p in same_lang if _area(p["topic"]) == area] or same_lang)
        )
        placed[rng.choice(pool)["id"]].append(h)
    return placed


def build(seed: int = DEFAULT_SEED) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    posts_out: list[dict] = []
    comments_out: list[dict] = []
    all_posts = posts_a.POSTS + posts_b.POSTS
    free_ham = _place_free_ham(all_posts, random.Random(seed + 1))
    for post in all_posts:
        pid = post["id"]
        posts_out.append(
            {k: post[k] for k in ("id", "topic", "lang", "title", "text", "url", "keywords")}
        )
        rows = []
        for c in post["comments"]:
            rows.append(
                {
                    "content": c["content"],
                    "author": c.get("author", ""),
                    "author_email": c.get("author_email", ""),
                    "author_url": c.get("author_url", ""),
                    "label": "ham",
                    "category": c.get("kind", "handwritten"),
                    "lang": post["lang"],
                    "source": "handwritten",
                }
            )
        for c in free_ham[pid]:
            rows.append(
                {
                    "content": c["content"],
                    "author": c.get("author", ""),
                    "author_email": "",
                    "author_url": c.get("author_url", ""),
                    "label": "ham",
                    "category": c.get("kind", "free"),
                    "lang": c["lang"],
                    "source": "handwritten",
                }
            )
        for c in ham.generate_ham(post, rng, EXTRA_HAM_PER_POST):
            rows.append(
                {
                    "content": c["content"],
                    "author": c["author"],
                    "author_email": c.get("author_email", ""),
                    "author_url": c.get("author_url", ""),
                    "label": "ham",
                    "category": c["kind"],
                    "lang": c.get("lang", post["lang"]),
                    "source": "generated",
                }
            )
        for c in spam.generate_spam(post, rng, SPAM_PER_POST):
            rows.append(
                {
                    "content": c["content"],
                    "author": c["author"],
                    "author_email": c.get("author_email", ""),
                    "author_url": c.get("author_url", ""),
                    "label": "spam",
                    "category": c["family"],
                    "lang": c.get("lang", "en"),
                    "source": "generated",
                }
            )
        rng.shuffle(rows)
        for i, row in enumerate(rows):
            comments_out.append({"id": f"{pid}-c{i:03d}", "post_id": pid, **row})
    return posts_out, comments_out


def write_jsonl(path: Path, rows: list[dict]) -> None:
    tmp = path.with_suffix(".jsonl.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    tmp.replace(path)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = ap.parse_args()
    posts, comments = build(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out / "posts.jsonl", posts)
    write_jsonl(args.out / "comments.jsonl", comments)
    labels = Counter(c["label"] for c in comments)
    print(f"{len(posts)} posts, {len(comments)} comments: {dict(labels)}")
    for (label, cat), n in sorted(Counter((c["label"], c["category"]) for c in comments).items()):
        print(f"  {label:5} {cat:24} {n}")
    for lang, n in Counter((c["label"], c["lang"]) for c in comments).most_common():
        print(f"  lang {lang}: {n}")


if __name__ == "__main__":
    main()
