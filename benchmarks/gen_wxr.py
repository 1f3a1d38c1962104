"""Generate a large synthetic WordPress export for the scale benchmark.

    python -m benchmarks.gen_wxr 1000000 /tmp/big.xml [--seed 7] [--gzip]

Writes ``N`` comments spread over posts of 1–60 comments, streaming (constant memory,
about 1 KB of XML per comment), deterministically for a given seed. About 70 % of the
comments are sincere-sounding ham built from templates, 30 % spam of the usual
families (spun praise with an author link, link lists, pharmacy, casino, fake support
numbers); some are replies. All text is made up here from small word lists.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from commentguard.io import wxr

TOPICS = [
    ("bread", ["starter", "crust", "oven", "dough", "rye", "proofing", "flour", "loaf"]),
    ("cycling", ["chain", "cassette", "tyre", "brake", "gravel", "saddle", "gear", "climb"]),
    ("walking", ["trail", "cliff", "boots", "map", "tide", "village", "bus", "ridge"]),
    ("python", ["venv", "import", "test", "library", "upgrade", "typing", "release", "bug"]),
    ("garden", ["tomato", "pot", "compost", "seedling", "balcony", "watering", "frost", "soil"]),
    ("music", ["choir", "tenor", "rehearsal", "score", "concert", "organ", "tune", "alto"]),
]
NAMES = [
    "Ann",
    "Bo",
    "Chen Li",
    "Dara",
    "Eli",
    "Femi",
    "Gus",
    "Hana",
    "Ivo",
    "Jude",
    "Kasia",
    "Leo",
    "Mona",
    "Nils",
    "Omar",
    "Pia",
    "Quinn",
    "Rosa",
    "Sami",
    "Tess",
    "Uma",
    "Vik",
    "Wen",
    "Yara",
]
HAM = [
    "I tried the {a} tip last week and the {b} finally behaved.",
    "How long did the {a} take you?",
    "Mine needed twice as long, maybe because of the {b}.",
    "Good point about the {a}.",
    "We had the same problem with the {b} last {season}.",
    "Could you say more about the {a}?",
    "I never know when to change the {b}.",
    "The part on the {a} reminded me of my {relative} and the old {b}.",
    "I disagree a little: the {a} matters less than the {b}, at least here.",
    "Bookmarked for when I deal with my own {a} this {day}.",
    "Small correction: the {a} changed in the newer version.",
    "The {b} still works the old way though.",
    "Thanks for writing this up, {name}.",
    "Our {relative} swears by a {adj} {a}, I never believed it.",
    "After {num} tries the {a} is finally {adj}.",
    "Is the {b} really necessary, or just nice to have?",
    "We did it on a {adj} {day} and it took {num} hours.",
    "Photos of the {a} would help a lot.",
    "This is the first explanation of the {b} that made sense to me.",
    "I would add one thing: check the {a} before you start.",
    "Funny, I read this right after my {a} gave up.",
    "The {adj} {b} you mention, where did you find it?",
]
SEASONS = ["spring", "summer", "autumn", "winter"]
RELATIVES = ["grandfather", "aunt", "neighbour", "sister", "colleague", "dad"]
DAYS = ["weekend", "Monday", "evening", "morning", "holiday"]
ADJS = [
    "old",
    "new",
    "cheap",
    "heavy",
    "small",
    "stubborn",
    "quiet",
    "bright",
    "slow",
    "sturdy",
    "odd",
    "borrowed",
]
SPAM = [
    (
        "Great post! I truly enjoyed reading this, very informative. Keep up the good work and visit my site.",
        "https://seo-{n}.example/best",
    ),
    (
        "Buy cheap v1agra, c1alis and tramadol online, no prescription, overnight delivery http://rx{n}.example",
        "http://rx{n}.example",
    ),
    (
        "WIN BIG!!! 500 free spins and 200% bonus at the best online casino https://casino{n}.example/bonus",
        "",
    ),
    (
        "Printer offline? Call toll free +1 (800) 555-01{d} for instant support 24/7, certified technicians.",
        "",
    ),
    (
        '<a href="https://links{n}.example">cheap hosting</a> <a href="https://links{n}.example/a">seo</a> <a href="https://links{n}.example/b">backlinks</a>',
        "",
    ),
    (
        "Hello admin, your website has SEO errors, we can bring it to the first page of Google, reply now.",
        "",
    ),
    (
        "Earn $3000 per day from home with our crypto trading bot, 100% guaranteed profit, join now!",
        "https://crypto{n}.example",
    ),
]


def comments(n: int, seed: int = 7) -> Iterator[tuple[dict[str, object], list[dict[str, object]]]]:
    """Yield (post, comments) pairs until ``n`` comments were produced."""
    rng = random.Random(seed)
    made = 0
    post_id = 0
    comment_id = 0
    while made < n:
        post_id += 1
        topic, words = TOPICS[post_id % len(TOPICS)]
        count = min(rng.randint(1, 60), n - made)
        post = {
            "id": post_id,
            "title": f"Notes on {topic}: the {rng.choice(words)} and the {rng.choice(words)}",
            "link": f"https://bench.example.org/{topic}/{post_id}/",
            "content": f"<p>A long post about {topic}, the {words[0]}, the {words[1]} and the {words[2]}.</p>"
            f"<p>It covers {', '.join(words)} in some detail.</p>",
            "slug": f"{topic}-{post_id}",
        }
        items: list[dict[str, object]] = []
        for _ in range(count):
            comment_id += 1
            is_spam = rng.random() >= 0.7
            if not is_spam:
                name = rng.choice(NAMES)
                text = " ".join(
                    t.format(
                        a=rng.choice(words),
                        b=rng.choice(words),
                        season=rng.choice(SEASONS),
                        relative=rng.choice(RELATIVES),
                        day=rng.choice(DAYS),
                        adj=rng.choice(ADJS),
                        num=rng.randint(2, 40),
                        name=rng.choice(NAMES),
                    )
                    for t in rng.sample(HAM, rng.randint(1, 4))
                )
                url = ""
                email = f"{name.split()[0].lower()}{rng.randint(1, 999)}@example.com"
            else:
                template, url_t = rng.choice(SPAM)
                k = rng.randint(1, 5000)
                text = template.format(n=k, d=f"{rng.randint(0, 99):02d}")
                url = url_t.format(n=k)
                name = rng.choice(
                    ["Best Deals", "cheap pills", "SEO Expert", "Support", "casino online", "John"]
                )
                email = f"promo{k}@spam.example"
            parent = 0
            if items and rng.random() < 0.2:
                parent = int(str(rng.choice(items)["id"]))
            items.append(
                {
                    "id": comment_id,
                    "author": name,
                    "email": email,
                    "url": url,
                    "ip": f"198.51.100.{rng.randint(1, 254)}",
                    "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00",
                    "content": text,
                    "parent": parent,
                    "spam": is_spam,
                }
            )
        made += count
        yield post, items


def write(n: int, out: IO[str], seed: int = 7) -> int:
    out.write(wxr.header("Benchmark blog", "https://bench.example.org"))
    total = 0
    for post, items in comments(n, seed):
        out.write(wxr.item(post, items))
        total += len(items)
    out.write(wxr.WXR_FOOTER)
    return total


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("n", type=int, help="number of comments")
    ap.add_argument("output", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--gzip", action="store_true", help="gzip the output")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    if args.gzip:
        with gzip.open(args.output, "wt", encoding="utf-8", compresslevel=1) as fh:
            total = write(args.n, fh, args.seed)
    else:
        with open(args.output, "w", encoding="utf-8", buffering=1 << 20) as fh:
            total = write(args.n, fh, args.seed)
    size = args.output.stat().st_size
    print(
        f"wrote {total:,} comments to {args.output} ({size / 1e6:,.1f} MB) in {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
