"""The classifier's spam probability for a batch of Documents: ``predict_proba``, faster.

Why this exists: in a scan, turning comments into features was a third of the time,
most of it character n-grams built in Python one short string at a time, and for a
single comment FeatureUnion's dispatch cost more than the features themselves. Two
facts remove most of that work without changing a single number:

- a fitted FeatureUnion is only the horizontal stack of its transformers' outputs, so
  they can be called directly;
- ``char_wb`` n-grams never cross a word boundary, so a comment's n-grams are the sum of
  its words' n-grams, and words repeat (a few thousand words make most of any text):
  each word's vocabulary indices are computed once and cached (``CharNgramCache``).

``Scorer.probabilities(docs)`` equals ``pipeline.predict_proba(docs)[:, 1]`` (the tests
compare them on the training corpus and on hostile text). A pipeline of another shape,
or a vectoriser with options the cache does not reproduce, goes through the ordinary
sklearn calls unchanged, so a user's own model always works, only maybe slower.

The caches are plain dicts bounded in size (cleared when full): safe to share between
threads, since a lost race only computes a word twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import normalize as normalize_rows

from .features import stem
from .normalize import Document

#: Words whose n-gram indices are kept (about 150 bytes each).
MAX_CACHED_WORDS = 100_000
#: Tokens whose "does the model know this word" answer is kept.
MAX_CACHED_TOKENS = 200_000


class CharNgramCache:
    """``vectorizer.transform`` for a fitted ``TfidfVectorizer(analyzer="char_wb")``,
    computing each distinct word's n-grams once.

    A word's entry is the int32 vocabulary indices of its padded n-grams (with
    repetition), as bytes: the row of a comment is the concatenation of its words'
    entries, counted once per chunk by scipy rather than one n-gram at a time in Python.
    """

    def __init__(self, vectorizer: TfidfVectorizer, max_words: int = MAX_CACHED_WORDS) -> None:
        self.vectorizer = vectorizer
        self.max_words = max_words
        self._vocab: Mapping[str, int] = vectorizer.vocabulary_
        self._preprocess = vectorizer.build_preprocessor()
        self._decode = vectorizer.decode
        self._lo, self._hi = vectorizer.ngram_range
        self._idf = np.asarray(vectorizer.idf_) if vectorizer.use_idf else None
        self._words: dict[str, bytes] = {}

    @staticmethod
    def supports(vectorizer: Any) -> bool:
        """Whether the cache reproduces this vectoriser exactly (else use ``transform``)."""
        return (
            type(vectorizer) is TfidfVectorizer
            and vectorizer.analyzer == "char_wb"
            and vectorizer.input == "content"
            and vectorizer.norm in ("l1", "l2", None)
            and np.dtype(vectorizer.dtype) == np.float64
            and hasattr(vectorizer, "vocabulary_")
            and (not vectorizer.use_idf or hasattr(vectorizer, "idf_"))
        )

    def _word(self, word: str) -> bytes:
        # The n-grams of " word ", as sklearn's ``_char_wb_ngrams`` makes them: every
        # length from lo to hi, and a word no longer than n counted once, whole.
        w = f" {word} "
        size = len(w)
        get = self._vocab.get
        ids: list[int] = []
        for n in range(self._lo, self._hi + 1):
            if size <= n:
                j = get(w)
                if j is not None:
                    ids.append(j)
                break
            for i in range(size - n + 1):
                j = get(w[i : i + n])
                if j is not None:
                    ids.append(j)
        entry = np.asarray(ids, dtype=np.int32).tobytes()
        if len(self._words) >= self.max_words:
            self._words.clear()
        self._words[word] = entry
        return entry

    def transform(self, docs: Sequence[Any]) -> sparse.csr_matrix:
        words = self._words
        parts: list[bytes] = []
        lengths = np.empty(len(docs), dtype=np.int64)
        for k, doc in enumerate(docs):
            split = self._text(doc).split()
            found = [words.get(w) for w in split]
            if None in found:
                found = [self._word(w) if e is None else e for w, e in zip(split, found)]
            row = b"".join(cast("list[bytes]", found))
            lengths[k] = len(row) // 4
            parts.append(row)
        cols = np.frombuffer(b"".join(parts), dtype=np.int32)
        rows = np.repeat(np.arange(len(docs)), lengths)
        X = sparse.csr_matrix(
            (np.ones(len(cols)), (rows, cols)), shape=(len(docs), len(self._vocab))
        )
        X.sum_duplicates()  # n-gram counts
        v = self.vectorizer
        if v.binary:
            X.data[:] = 1.0
        if v.sublinear_tf:
            np.log(X.data, X.data)
            X.data += 1.0
        if self._idf is not None:
            X.data *= self._idf[X.indices]
        if v.norm is not None:
            X = normalize_rows(X, norm=v.norm, copy=False)
        return X

    def _text(self, doc: Any) -> str:
        return str(self._preprocess(self._decode(doc)))


class Scorer:
    """Spam probabilities and word coverage for one fitted pipeline (build once, reuse)."""

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self._parts: list[Any] | None = None
        self._clf: Any = None
        if (
            isinstance(pipeline, Pipeline)
            and len(pipeline.steps) == 2
            and isinstance(pipeline.steps[0][1], FeatureUnion)
            and not pipeline.steps[0][1].transformer_weights
        ):
            union = pipeline.steps[0][1]
            self._clf = pipeline.steps[1][1]
            self._parts = [
                CharNgramCache(t) if CharNgramCache.supports(t) else t
                for _name, t in union.transformer_list
                if t not in ("drop", None)
            ]
        self.vocabulary = _word_vocabulary(pipeline)
        self._known: dict[str, bool] = {}

    def probabilities(self, docs: list[Document]) -> np.ndarray:
        """``pipeline.predict_proba(docs)[:, 1]``."""
        if self._parts is None:
            return np.asarray(self.pipeline.predict_proba(docs)[:, 1])
        X = sparse.hstack([t.transform(docs) for t in self._parts], format="csr")
        return np.asarray(self._clf.predict_proba(X)[:, 1])

    def known_words(self, tokens: Sequence[str]) -> int | None:
        """How many of ``tokens`` the word vectoriser knows (None: no word vocabulary)."""
        vocab = self.vocabulary
        if vocab is None:
            return None
        known = self._known
        count = 0
        for t in tokens:
            k = known.get(t)
            if k is None:
                if len(known) >= MAX_CACHED_TOKENS:
                    known.clear()
                k = known[t] = stem(t) in vocab
            count += k
        return count


def _word_vocabulary(pipeline: Any) -> Mapping[str, int] | None:
    try:
        features = pipeline.named_steps["features"]
        words = dict(features.transformer_list)["words"]
        vocab: Mapping[str, int] = words.vocabulary_
        return vocab
    except (AttributeError, KeyError, TypeError):
        return None


__all__ = ["CharNgramCache", "Scorer"]
