"""Feature extraction for the classifier: word stems, character n-grams, metadata.

Each extractor accepts a ``Document`` (what the Guard passes), a ``Comment``, a dict or a
plain string, so the same Pipeline works inside the Guard, in a user's GridSearchCV on
raw comments, and on training data. Everything here is picklable module-level code:
a model file refers to it by import path.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np
from nltk.stem.snowball import SnowballStemmer
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from .lexicon import commercial_terms
from .normalize import Document, has_cjk, normalize, strip_urls
from .types import Comment

_STEMMER = SnowballStemmer("english")
_ASCII_WORD = re.compile(r"[a-z]+")
_PHONE_RE = re.compile(r"(?:\+?\d[\s.\-()]{0,2}){9,14}\d")
_UPPER_RE = re.compile(r"[A-Z]")
_LETTER_RE = re.compile(r"[^\W\d_]")


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
    """Stemmed unigrams and bigrams, plus tokens for commercial words in links and author.

    Link domains and author names enter only through the commercial lexicon
    (``__domterm:gambling``, ``__authorterm:pharma``), never as raw names: a model trained
    on our corpus cannot know what a real reader's personal domain looks like, and raw
    domain parts taught it that any unfamiliar ``.com`` is spam.
    """
    doc = as_document(item)
    toks = [stem(t) for t in doc.tokens[:3000]]
    feats = toks + [a + " " + b for a, b in zip(toks, toks[1:])]
    for link in doc.links[:50]:
        if link.where == "author":
            feats.append("__link:author")
        words = link.domain.replace("-", " ").replace(".", " ") + " " + link.anchor.lower()
        feats.extend("__domterm:" + topic for _term, topic in commercial_terms(words))
    if doc.author:
        feats.extend(
            "__authorterm:" + topic for _term, topic in commercial_terms(doc.author.lower()[:200])
        )
    return feats


def word_features_no_links(item: Any) -> list[str]:
    """``word_features`` without the link-domain and author tokens (an ablation)."""
    return [f for f in word_features(item) if not f.startswith("__")]


def char_text(item: Any) -> str:
    """The text whose character n-grams the model reads: folded body text without URLs."""
    doc = as_document(item)
    if not doc.links:
        return doc.folded
    return strip_urls(doc.folded)


def _body_links(doc: Document) -> list[Any]:
    return [link for link in doc.links if link.where == "body"]


#: Metadata the text vectorisers cannot see. Each is bounded to about 0..1.
META_FEATURES: dict[str, Callable[[Document], float]] = {
    "log_length": lambda d: math.log1p(len(d.text)) / 8.0,
    "n_body_links": lambda d: min(len(_body_links(d)), 10) / 5.0,
    "has_author_url": lambda d: 1.0 if d.author_domain else 0.0,
    "author_has_link": lambda d: 1.0 if any(lk.where == "author" for lk in d.links) else 0.0,
    "anchor_words": lambda d: min(sum(len(lk.anchor.split()) for lk in _body_links(d)), 20) / 10.0,
    "upper_ratio": lambda d: (
        len(_UPPER_RE.findall(d.text[:5000])) / (len(_LETTER_RE.findall(d.text[:5000])) or 1)
    ),
    "exclaim": lambda d: min(d.text.count("!"), 10) / 5.0,
    "phone": lambda d: 1.0 if _PHONE_RE.search(d.text[:5000]) else 0.0,
    "cjk": lambda d: 1.0 if has_cjk(d.text[:2000]) else 0.0,
}
#: The default subset: features that separate real spam from real ham, not merely our
#: generated spam from our generated ham. Length, exclamation marks, the link count,
#: anchor words and "looks like a phone number" were all dropped after each caused
#: false positives on real blog comments: real readers write long, excited comments,
#: link with anchor text to all kinds of sites, and paste IP addresses and version
#: numbers. Phone numbers are left to the contact check, which needs "support" nearby.
DEFAULT_META: tuple[str, ...] = ("author_has_link",)


class MetaFeatures(TransformerMixin, BaseEstimator):
    """Bounded metadata the text misses (``features`` names entries of ``META_FEATURES``)."""

    def __init__(self, features: tuple[str, ...] = DEFAULT_META, scale: float = 1.0) -> None:
        self.features = features
        self.scale = scale

    def fit(self, X: Iterable[Any], y: Any = None) -> MetaFeatures:
        unknown = set(self.features) - set(META_FEATURES)
        if unknown:
            raise ValueError(f"unknown meta features: {sorted(unknown)}")
        return self

    def transform(self, X: Iterable[Any]) -> sparse.csr_matrix:
        funcs = [META_FEATURES[n] for n in self.features]
        rows = [[f(d) for f in funcs] for d in map(as_document, X)]
        m = np.asarray(rows, dtype=np.float64).reshape(-1, len(funcs)) * self.scale
        return sparse.csr_matrix(m)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray(list(self.features), dtype=object)
