"""Tiny made-up labelled comments for training tests: a 'site' with a few posts."""

from __future__ import annotations

import random

TOPICS = ["bread", "bikes", "garden", "python", "hiking", "coffee"]
HAM = [
    "Thanks for the write-up on {t}, the second step finally worked for me.",
    "I tried your {t} tip last weekend and it went well, cheers.",
    "Could you explain why the {t} part needs so much patience?",
    "We talked about {t} at the club yesterday and your post came up.",
    "My experience with {t} was a bit different, but I learned something.",
]
SPAM = [
    "Buy cheap {t} pills online now http://pills{n}.example/buy",
    "Best casino bonus, {t} free spins today http://casino{n}.example",
    "Check out my channel for {t} videos!!! http://channel{n}.example",
    "Earn $500 a day from home with {t}, click http://money{n}.example",
]


def labelled_rows(
    n_per_class: int = 15,
    seed: int = 0,
    *,
    posts: int = 3,
    spam_label: str = "spam",
    ham_label: str = "ham",
    id_prefix: str | None = None,
    authors: bool = True,
) -> list[dict]:
    """Alternating ham/spam rows with a label column, spread over ``posts`` posts."""
    rnd = random.Random(seed)
    prefix = f"c{seed}-" if id_prefix is None else id_prefix
    out = []
    for i in range(2 * n_per_class):
        spam = i % 2 == 1
        t = rnd.choice(TOPICS)
        row = {
            "id": f"{prefix}{i}",
            "content": rnd.choice(SPAM if spam else HAM).format(t=t, n=i),
            "author": f"reader{i}",
            "post_id": f"p{i % posts}",
            "post_title": f"Notes on {TOPICS[i % posts]}",
            "label": spam_label if spam else ham_label,
        }
        if not authors:
            del row["author"]
        out.append(row)
    return out
