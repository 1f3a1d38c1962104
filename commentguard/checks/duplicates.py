"""Duplicates and campaigns: the same comment again, in a thread, across posts, over time.

Two checks share one piece of work, done once per comment and kept in ``context.batch``:

- ``DuplicatesCheck`` ("duplicates", weight 0): a comment repeating an earlier one on the
  same post is flagged ``duplicate`` (same text) or ``near_duplicate`` (spun or lightly
  edited). A reader who pressed "submit" twice is a quality problem, not a spammer, so
  this check only flags (``duplicate`` makes the combiner hold the comment).
- ``CampaignCheck`` ("campaign", weight 2.5): the same or nearly the same text on two or
  more *other* posts, or from three or more authors, is a campaign: spam evidence whose
  score rises with the number of posts and authors it reached.

How texts are compared. The exact key is a hash of the comment's word tokens (folded case,
leetspeak undone, punctuation and spacing ignored). Near-duplicates are found with
datasketch's MinHash (128 permutations) over a set of *words cut to their first five
letters, and adjacent pairs of them* (runs of CJK ideographs give character bigrams
instead). Why not the usual 3-word shingles: spinning software swaps a word or phrase for
a synonym every few words, and a 3-gram survives only if none of its words changed, so
two spun copies of the classic "I could have sworn I've been to this blog before" spam
share a 3-gram Jaccard of about 0.2, no more than two unrelated comments on the same post.
Words and word pairs give 0.46 for that pair; cutting words to five letters merges
"realised"/"realized", plurals and tenses.

The threshold, measured on real blog comments (about 2,300 approved comments of ten words
or more from WordPress exports, 2.7 million pairs, not shipped): unrelated comments stay
below a true Jaccard of 0.40 (a single pair at 0.39, same author on two posts, the rest
at 0.34 or less), while real repeats and spun spam start at 0.45. A 128-value MinHash
estimates Jaccard with a standard deviation of about 0.04 there, so the estimate is
compared with ``THRESHOLD`` = 0.38: a pair at 0.46 is missed about 3% of the time, one
at 0.30 wrongly matched about 2%. Candidates come from LSH with 42 bands of 3 rows,
which recalls 91% of pairs at 0.38 and 99% at 0.46.

Short comments: many readers write "Thanks!", "Great post, thank you" or "I love this
song so much" (on YouTube's comments, several times a day from different people), so a
comment of fewer than ``MIN_TOKENS_NEAR`` (10) words counts only as an exact repeat *by
the same author on the same post* (a double submission), is never compared
approximately and is never part of a campaign. From 10 words on, exact and
near-duplicates count from anyone, in the thread, the history and across posts.

Scopes. Within one ``check_many`` call the comments form a thread index in
``context.batch``, built for the whole batch at once when the engine calls
``prepare``: one row per distinct text; every pair of rows is compared in a short
thread, pairs sharing an LSH band (found by sorting the band keys) in a long one.
Comments with the same post id (or both without one) are "the same thread". Each
comment takes at most ``THREAD_LIMIT`` earlier copies from the batch, so a flood of one
text costs linear time, not quadratic. With ``context.history`` (a ``History``)
comments seen before, by any process, are found too; there, "the same post" needs
equal, known post ids. A comment sees only the comments before it, and joins the
history after it was looked up, so the first copy is never flagged.

A campaign needs at least two distinct authors: a blog owner pasting the same reply
("if you need the full text, leave a message") under every post is not spamming, and
WordPress exports show exactly that. Unnamed comments (no name, no e-mail) count as one
author per post, so anonymous copy-paste spam across posts still adds up while a reader
resubmitting on one post does not.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np
from datasketch import MinHash

from ..history import DEFAULT_BANDS, DEFAULT_NUM_PERM, DEFAULT_ROWS, Entry, History, band_keys
from ..normalize import Document
from ..types import Signal
from . import register
from .base import Check, Context

NUM_PERM = DEFAULT_NUM_PERM
BANDS = DEFAULT_BANDS
ROWS = DEFAULT_ROWS
SEED = 1
#: Estimated Jaccard similarity from which two comments are near-duplicates.
THRESHOLD = 0.38
#: Below this many words only an exact copy by the same author on the same post counts;
#: from it on, near-duplicates and campaigns are looked for too.
MIN_TOKENS_NEAR = 10
#: Words are cut to this many characters before shingling (a poor man's stemmer).
PREFIX = 5
#: Words of a very long comment used for its MinHash (the exact hash uses all).
MAX_SHINGLE_TOKENS = 1000
#: Earlier comments fetched from the history per lookup.
HISTORY_LIMIT = 50
#: Distinct long texts in one batch up to which every pair is compared; above it, only
#: pairs that share an LSH band.
LSH_FROM = 64
#: Earlier copies taken from the batch per comment (the history gives ``HISTORY_LIMIT``):
#: enough to count a campaign's posts and authors (its score is saturated long before),
#: and bounded so that a flood of one text stays linear in time.
THREAD_LIMIT = 50
#: Campaign: the score is 1 - CAMPAIGN_DECAY ** (spread - 1), spread >= 2.
CAMPAIGN_DECAY = 0.6

_BATCH_KEY = "duplicates.index"
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The permutations are drawn once: building them is most of a MinHash's set-up cost.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32).permutations


# -- fingerprints -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What comparing a comment needs: its exact key, its length and its MinHash."""

    exact: int | None
    #: Words, a CJK ideograph counting half (a Chinese word is about two characters).
    length: float
    minhash: MinHash | None


def _units(tokens: tuple[str, ...], cjk: bool = True) -> list[str]:
    """Words cut to ``PREFIX`` letters; runs of CJK ideographs become character bigrams.

    ``cjk=False`` says the text has no CJK at all (most comments), which skips the
    per-token test."""
    if not cjk:
        return [tok[:PREFIX] for tok in tokens]
    out: list[str] = []
    run: list[str] = []
    for tok in tokens:
        if _CJK_RE.match(tok):
            run.append(tok)
            continue
        if run:
            out += _cjk_bigrams(run)
            run = []
        out.append(tok[:PREFIX])
    if run:
        out += _cjk_bigrams(run)
    return out


def _cjk_bigrams(run: list[str]) -> list[str]:
    if len(run) == 1:
        return run
    return [a + b for a, b in itertools.pairwise(run)]


def shingles(doc: Document) -> set[str]:
    """The set a comment's MinHash is computed over: units and adjacent pairs of units."""
    units = _units(doc.tokens[:MAX_SHINGLE_TOKENS], _has_cjk(doc))
    out = set(units)
    out.update(a + " " + b for a, b in itertools.pairwise(units))
    return out


def _has_cjk(doc: Document) -> bool:
    return _CJK_RE.search(doc.folded) is not None


def fingerprint(doc: Document, seen: Mapping[int, Fingerprint] | None = None) -> Fingerprint:
    """Exact key, length and (for comments of ``MIN_TOKENS_NEAR`` words or more) MinHash.

    ``seen`` maps exact keys to fingerprints already made: the same words give the same
    fingerprint, so a repeated text (a campaign, a double submission) is hashed once.
    """
    tokens = doc.tokens
    if not tokens:
        return Fingerprint(None, 0.0, None)
    digest = hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=8).digest()
    exact = int.from_bytes(digest, "big", signed=True)
    if seen is not None and exact in seen:
        return seen[exact]
    cjk = sum(1 for t in tokens if _CJK_RE.match(t)) if _has_cjk(doc) else 0
    length = len(tokens) - cjk / 2
    minhash = None
    if length >= MIN_TOKENS_NEAR:
        minhash = MinHash(
            num_perm=NUM_PERM,
            seed=SEED,
            hashfunc=zlib.crc32,
            permutations=_PERMUTATIONS,
            scheme="affine32",
        )
        minhash.update_batch([s.encode("utf-8") for s in shingles(doc)])
    return Fingerprint(exact, length, minhash)


def post_key(doc: Document) -> str:
    """The post a comment belongs to: its ``post_id``, else the post's id or URL, else ""."""
    if doc.comment.post_id:
        return doc.comment.post_id
    if doc.post is not None:
        return doc.post.post.id or doc.post.post.url
    return ""


def author_key(doc: Document) -> str:
    """Who wrote it, as far as we can tell: the name (case-folded), else the e-mail, else ""."""
    return doc.author.strip().casefold() or doc.comment.author_email.strip().lower()


# -- the shared analysis ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Occurrence:
    """An earlier comment that the current one repeats."""

    #: What to show: the comment's id, "#n" (n-th of the batch) or "" if unknown.
    label: str
    post: str
    author: str
    similarity: float
    exact: bool
    #: "thread" (this batch) or "history".
    where: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the two checks report on, computed once per comment."""

    fingerprint: Fingerprint
    post: str
    author: str
    #: Earlier copies on the same post (the duplicates check's business).
    same_post: tuple[Occurrence, ...] = ()
    #: Earlier copies on other posts (long comments only).
    other_posts: tuple[Occurrence, ...] = ()
    #: Every earlier copy that counts towards a campaign (long comments only).
    spread: tuple[Occurrence, ...] = ()


@dataclass
class _ThreadIndex:
    """The comments of one ``check_many`` call, indexed for the lookups ``analyse`` makes.

    ``extend`` takes the whole batch at once when the engine calls ``prepare`` (one
    comment at a time otherwise): fingerprints, exact groups, and the near-duplicate
    pairs between distinct texts, found with a handful of numpy operations (LSH band
    keys sorted, equal keys paired, candidates verified on their full MinHash) instead
    of a Python dict update per band and comment. Lookups then only read: a comment sees
    the comments *before* it in the batch, as if they had been added one by one.

    The near-duplicate index holds distinct texts ("rows"), not comments: identical
    texts have identical MinHashes, so a text posted 500 times is one row.
    """

    docs: list[Document] = field(default_factory=list)
    #: id(doc) → position (``docs`` keeps the objects, and so their ids, alive).
    where: dict[int, int] = field(default_factory=dict)
    fingerprints: list[Fingerprint] = field(default_factory=list)
    #: (label, post, author) of each comment, by position.
    seen: list[tuple[str, str, str]] = field(default_factory=list)
    #: exact key → the fingerprint of that text.
    by_exact: dict[int, Fingerprint] = field(default_factory=dict)
    #: exact key → positions of the comments with that text (ascending).
    exact: dict[int, list[int]] = field(default_factory=dict)
    #: (exact key, post, author) → positions: a double submission is found even when the
    #: same short text was posted by hundreds of other readers first.
    repeats: dict[tuple[int, str, str], list[int]] = field(default_factory=dict)
    #: exact key → row, and each row's exact key.
    row_of: dict[int, int] = field(default_factory=dict)
    row_keys: list[int] = field(default_factory=list)
    signatures: np.ndarray = field(default_factory=lambda: np.empty((0, NUM_PERM), dtype=np.uint64))
    bands: np.ndarray = field(default_factory=lambda: np.empty((0, BANDS), dtype=np.int64))
    #: row → [(other row, similarity)] for every near-duplicate pair (both directions).
    neighbours: dict[int, list[tuple[int, float]]] = field(default_factory=dict)
    #: History rows written during this batch: they are already in the thread index.
    history_rows: set[int] = field(default_factory=set)
    last: tuple[Document, Analysis] | None = None

    def position(self, doc: Document) -> int:
        pos = self.where.get(id(doc))
        if pos is None or self.docs[pos] is not doc:
            self.extend([doc])
            pos = len(self.docs) - 1
        return pos

    def extend(self, docs: Sequence[Document]) -> None:
        """Add comments at the end of the batch (fingerprints, groups, near pairs)."""
        first_row = len(self.row_keys)
        new_sigs = []
        for doc in docs:
            pos = len(self.docs)
            fp = fingerprint(doc, self.by_exact)
            post, author = post_key(doc), author_key(doc)
            self.docs.append(doc)
            self.where[id(doc)] = pos
            self.fingerprints.append(fp)
            self.seen.append((doc.comment.id or f"#{pos + 1}", post, author))
            if fp.exact is None:
                continue
            self.by_exact.setdefault(fp.exact, fp)
            self.exact.setdefault(fp.exact, []).append(pos)
            self.repeats.setdefault((fp.exact, post, author), []).append(pos)
            if fp.minhash is not None and fp.exact not in self.row_of:
                self.row_of[fp.exact] = len(self.row_keys)
                self.row_keys.append(fp.exact)
                new_sigs.append(fp.minhash.hashvalues)
        if not new_sigs:
            return
        self.signatures = np.concatenate([self.signatures, np.stack(new_sigs)])
        self.bands = np.concatenate([self.bands, band_keys(np.stack(new_sigs), BANDS, ROWS)])
        i, j = self._candidates(first_row)
        if len(i) == 0:
            return
        sims = (self.signatures[i] == self.signatures[j]).sum(axis=1) / NUM_PERM
        keep = sims >= THRESHOLD
        for a, b, sim in zip(i[keep].tolist(), j[keep].tolist(), sims[keep].tolist()):
            self.neighbours.setdefault(a, []).append((b, sim))
            self.neighbours.setdefault(b, []).append((a, sim))

    def _candidates(self, first_new: int) -> tuple[np.ndarray, np.ndarray]:
        """Row pairs (i < j, j new) worth comparing: all of them in a short thread, else
        those sharing an LSH band (each row paired with the first ``THREAD_LIMIT``
        earlier rows of each band bucket, which keeps a flood of spun copies linear)."""
        m = len(self.row_keys)
        if m <= LSH_FROM or m - first_new <= 2:
            j = np.arange(first_new, m)
            counts = j  # row j is compared with rows 0 .. j-1
            jj = np.repeat(j, counts)
            ii = np.arange(len(jj)) - np.repeat(np.cumsum(counts) - counts, counts)
            return ii, jj
        flat = self.bands.ravel()
        order = np.argsort(flat, kind="stable")  # equal keys stay in row order
        keys, rows = flat[order], order // BANDS
        new_run = np.empty(len(keys), dtype=bool)
        new_run[0] = True
        np.not_equal(keys[1:], keys[:-1], out=new_run[1:])
        starts = np.flatnonzero(new_run)
        run_start = starts[np.cumsum(new_run) - 1]
        take = np.minimum(np.arange(len(keys)) - run_start, THREAD_LIMIT)
        take[rows < first_new] = 0  # pairs among old rows were found before
        later = np.repeat(np.arange(len(keys)), take)
        offset = np.arange(len(later)) - np.repeat(np.cumsum(take) - take, take)
        ii = rows[run_start[later] + offset]
        jj = rows[later]
        code = np.unique(ii.astype(np.int64) * m + jj)
        return code // m, code % m

    def lookup(self, pos: int) -> list[Occurrence]:
        """Earlier comments of the batch with the same or nearly the same text: the
        first ``THREAD_LIMIT`` of them, plus any by the same author on the same post."""
        fp = self.fingerprints[pos]
        assert fp.exact is not None
        _label, post, author = self.seen[pos]
        found: dict[int, tuple[float, bool]] = {}
        for p in _before(self.exact[fp.exact], pos):
            found[p] = (1.0, True)
        if fp.minhash is not None:
            for row, sim in self.neighbours.get(self.row_of[fp.exact], ()):
                for p in _before(self.exact[self.row_keys[row]], pos):
                    found.setdefault(p, (sim, False))
        # The same author's own earlier copies on this post always count, however many
        # other readers posted the text in between (the duplicate check's business).
        mine = _before(self.repeats[(fp.exact, post, author)], pos)
        for p in mine:
            found[p] = (1.0, True)
        chosen = set(sorted(found)[:THREAD_LIMIT]).union(mine)
        out = []
        for p in sorted(chosen):
            label, other_post, other_author = self.seen[p]
            sim, exact = found[p]
            out.append(Occurrence(label, other_post, other_author, sim, exact, "thread"))
        return out


def _before(positions: list[int], pos: int) -> list[int]:
    """The first ``THREAD_LIMIT`` of ``positions`` (ascending) that come before ``pos``."""
    return positions[: min(bisect.bisect_left(positions, pos), THREAD_LIMIT)]


def prepare(docs: Sequence[Document], context: Context) -> None:
    """Index a whole batch before its comments are analysed one by one (idempotent)."""
    index = _index(context)
    # The indexed documents are kept alive, so an id found here is that document: the
    # second check to prepare the same batch adds nothing.
    index.extend([d for d in docs if id(d) not in index.where])


def _index(context: Context) -> _ThreadIndex:
    index: _ThreadIndex | None = context.batch.get(_BATCH_KEY)
    if index is None:
        index = context.batch[_BATCH_KEY] = _ThreadIndex()
    return index


def analyse(doc: Document, context: Context) -> Analysis:
    """Look the comment up in the thread and the history, then add it to the history.

    Cached for the comment being checked, so the second check to ask gets the same
    answer and the comment is added once.
    """
    index = _index(context)
    if index.last is not None and index.last[0] is doc:
        return index.last[1]
    pos = index.position(doc)
    fp = index.fingerprints[pos]
    _label, post, author = index.seen[pos]
    if fp.exact is None:
        analysis = Analysis(fp, post, author)
        index.last = (doc, analysis)
        return analysis

    found = index.lookup(pos) + _from_history(context.history, index, doc, fp, post)
    same_post: list[Occurrence] = []
    other_posts: list[Occurrence] = []
    for occ in found:
        same = occ.post == post if occ.where == "thread" else bool(post) and occ.post == post
        if fp.length < MIN_TOKENS_NEAR and not (same and author and occ.author == author):
            continue
        if same:
            same_post.append(occ)
        elif fp.length >= MIN_TOKENS_NEAR and occ.post:
            other_posts.append(occ)
    spread = tuple(found) if fp.length >= MIN_TOKENS_NEAR else ()
    analysis = Analysis(fp, post, author, tuple(same_post), tuple(other_posts), spread)

    # Only now, after the lookup, does the comment join the history.
    history = context.history
    if history is not None:
        row = history.add(
            Entry(
                comment_id=doc.comment.id,
                post_id=post,
                author=author,
                exact=fp.exact,
                signature=fp.minhash.hashvalues if fp.minhash is not None else None,
            )
        )
        if row is not None:
            index.history_rows.add(row)
    index.last = (doc, analysis)
    return analysis


def _from_history(
    history: History | None, index: _ThreadIndex, doc: Document, fp: Fingerprint, post: str
) -> list[Occurrence]:
    if history is None:
        return []
    matches = history.find_similar(
        fp.exact,
        fp.minhash.hashvalues if fp.minhash is not None else None,
        threshold=THRESHOLD,
        limit=HISTORY_LIMIT,
    )
    out = []
    cid = doc.comment.id
    for m in matches:
        if m.row in index.history_rows:
            continue  # written by this batch: already found in the thread index
        if cid and m.comment_id == cid and m.post_id == post:
            continue  # the same comment checked again (a re-scan), not a copy of it
        out.append(Occurrence(m.comment_id, m.post_id, m.author, m.similarity, m.exact, "history"))
    return out


# -- wording ------------------------------------------------------------------------------
def _labels(occs: Sequence[Occurrence]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for o in occs:
        if o.label:
            seen.setdefault(o.label, None)
    return tuple(seen)


def _which(occs: Sequence[Occurrence]) -> str:
    labels = _labels(occs)
    if len(occs) == 1:
        return f"comment {labels[0]}" if labels else "an earlier comment"
    shown = ", ".join(labels[:3]) + (", …" if len(labels) > 3 else "")
    many = "or more " if len(occs) >= THREAD_LIMIT else ""
    return f"{len(occs)} {many}earlier comments" + (f" ({shown})" if shown else "")


def _where(occs: Sequence[Occurrence]) -> str:
    if all(o.where == "thread" for o in occs):
        return "earlier in this thread"
    if all(o.where == "history" for o in occs):
        return "already posted on this post"
    return "earlier on this post"


# -- the checks ---------------------------------------------------------------------------
@register
class DuplicatesCheck(Check):
    """Flags a comment that repeats an earlier one on the same post (no spam weight)."""

    name: ClassVar[str] = "duplicates"
    weight: ClassVar[float] = 0.0

    def prepare(self, docs: Sequence[Document], context: Context) -> None:
        prepare(docs, context)

    def run(self, doc: Document, context: Context) -> Signal | None:
        a = analyse(doc, context)
        if a.same_post:
            exact = [o for o in a.same_post if o.exact]
            if exact:
                what, flag = f"same text as {_which(exact)} {_where(exact)}", "duplicate"
                occs = exact
            else:
                occs = sorted(a.same_post, key=lambda o: -o.similarity)
                best = occs[0].similarity
                what = f"nearly the same text ({best:.0%} similar) as {_which(occs)} {_where(occs)}"
                flag = "near_duplicate"
            return Signal(self.name, 0.0, frozenset({flag}), what, evidence=_labels(occs)[:10])
        if a.other_posts and not _campaign(a):
            posts = {o.post for o in a.other_posts}
            where = "another post" if len(posts) == 1 else f"{len(posts)} other posts"
            return Signal(
                self.name,
                0.0,
                frozenset(),
                f"the same text was also posted on {where} ({_which(a.other_posts)})",
                evidence=_labels(a.other_posts)[:10],
            )
        return None


def _authors(a: Analysis) -> set[str]:
    # Unnamed copies on one post may be one reader pressing "submit" again: they count
    # as one author per post.
    names = {o.author or f"\0{o.post}" for o in a.spread}
    names.add(a.author or f"\0{a.post}")
    return names


def _other_posts(a: Analysis) -> set[str]:
    return {o.post for o in a.spread if o.post and o.post != a.post}


def _campaign(a: Analysis) -> bool:
    if not a.spread:
        return False
    authors = len(_authors(a))
    return authors >= 2 and (len(_other_posts(a)) >= 2 or authors >= 3)


@register
class CampaignCheck(Check):
    """The same (or spun) text on several posts or from several authors: spam evidence."""

    name: ClassVar[str] = "campaign"
    weight: ClassVar[float] = 2.5

    def prepare(self, docs: Sequence[Document], context: Context) -> None:
        prepare(docs, context)

    def run(self, doc: Document, context: Context) -> Signal | None:
        a = analyse(doc, context)
        if not _campaign(a):
            return None
        posts, authors = len(_other_posts(a)), len(_authors(a))
        spread = max(posts, authors - 1)
        score = 1.0 - CAMPAIGN_DECAY ** (spread - 1)
        exact = any(o.exact for o in a.spread)
        # Past THREAD_LIMIT copies the batch stops collecting: the counts are a floor.
        floor = "at least " if len(a.spread) >= THREAD_LIMIT else ""
        parts = []
        if posts:
            parts.append(f"on {floor}{posts} other post{'s' if posts != 1 else ''}")
        parts.append(f"by {floor}{authors} different authors")
        kind = "the same text" if exact else "nearly the same (spun) text"
        message = f"campaign: {kind} was posted {' '.join(parts)} ({_which(a.spread)})"
        flags = frozenset({"campaign", "duplicate" if exact else "near_duplicate"})
        return Signal(self.name, score, flags, message, evidence=_labels(a.spread)[:10])
