"""Feature extraction for the classifier: word stems, character n-grams, metadata.

Each extractor accepts a ``Document`` (what the Guard passes), a ``Comment``, a dict or a
plain string, so the same Pipeline works inside the Guard, in a user's GridSearchCV on
raw comments, and on training data. Everything here is picklable module-level code:
a model file refers to it by import path.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np
from nltk.stem.snowball import SnowballStemmer
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from .normalize import Document, has_cjk, normalize
from .types import Comment

_STEMMER = SnowballStemmer("english")
_ASCII_WORD = re.compile(r"[a-z]+")
_PHONE_RE = re.compile(r"(?:\+?\d[\s.\-()]{0,2}){9,14}\d")
_UPPER_RE = re.compile(r"[A-Z]")
_LETTER_RE = re.compile(r"[^\W\d_]")

#: Domains of personal publishing and references: a link here says little about spam.
#: Kept short and generic on purpose; the links check has the fuller picture.
_META_NAMES = (
    "log_length",
    "n_body_links",
    "has_author_url",
    "author_url_deep_path",
    "author_has_link",
    "anchor_words",
    "upper_ratio",
    "digit_ratio",
    "exclaim",
    "phone",
    "cjk",
    "question",
    "non_letter_ratio",
)


def as_document(item: Any) -> Document:
    """Coerce a training or prediction item to a Document."""
    if isinstance(item, Document):
        return item
    if isinstance(item, Comment):
        return normalize(item)
    if isinstance(item, Mapping):
        return normalize(Comment.from_dict(item))
    if isinstance(item, str):
        return normalize(Comment(content=item))
    raise TypeError(f"cannot classify a {type(item).__name__}; pass Comment, dict or str")


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    if len(token) > 3 and _ASCII_WORD.fullmatch(token):
        return str(_STEMMER.stem(token))
    return token


def word_features(item: Any) -> list[str]:
    """Stemmed unigrams and bigrams, plus link-domain and author tokens.

    Link domains and the author's URL become tokens (``__dom:foo.com``) so the model can
    learn commercial keyword domains without a separate vocabulary.
    """
    doc = as_document(item)
    toks = [stem(t) for t in doc.tokens[:3000]]
    feats = toks + [a + " " + b for a, b in zip(toks, toks[1:])]
    for link in doc.links:
        feats.append("__link:" + link.where)
        for part in re.split(r"[.\-/]", link.domain):
            if len(part) > 2:
                feats.append("__dompart:" + part)
    if doc.author:
        feats.extend("__author:" + stem(w) for w in _ASCII_WORD.findall(doc.author.lower())[:6])
    return feats


def char_text(item: Any) -> str:
    """The text whose character n-grams the model reads: folded body text."""
    return as_document(item).folded


def meta_features(doc: Document) -> list[float]:
    text = doc.text
    n = len(text)
    letters = len(_LETTER_RE.findall(text[:5000])) or 1
    body_links = [link for link in doc.links if link.where == "body"]
    author_url = doc.comment.author_url
    path = author_url.split("://", 1)[-1].partition("/")[2].strip("/")
    return [
        math.log1p(n) / 8.0,
        min(len(body_links), 10) / 5.0,
        1.0 if doc.author_domain else 0.0,
        1.0 if len(path) > 1 else 0.0,
        1.0 if any(link.where == "author" for link in doc.links) else 0.0,
        min(sum(len(link.anchor.split()) for link in body_links), 20) / 10.0,
        len(_UPPER_RE.findall(text[:5000])) / letters,
        sum(ch.isdigit() for ch in text[:5000]) / max(n, 1),
        min(text.count("!"), 10) / 5.0,
        1.0 if _PHONE_RE.search(text[:5000]) else 0.0,
        1.0 if has_cjk(text[:2000]) else 0.0,
        1.0 if "?" in text else 0.0,
        1.0 - letters / max(min(n, 5000), 1),
    ]


class MetaFeatures(TransformerMixin, BaseEstimator):
    """Scaled metadata the text misses: links, author URL, length, casing, phone numbers."""

    def fit(self, X: Iterable[Any], y: Any = None) -> MetaFeatures:
        return self

    def transform(self, X: Iterable[Any]) -> sparse.csr_matrix:
        rows = [meta_features(as_document(x)) for x in X]
        return sparse.csr_matrix(np.asarray(rows, dtype=np.float64).reshape(-1, len(_META_NAMES)))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray(["meta__" + n for n in _META_NAMES], dtype=object)
