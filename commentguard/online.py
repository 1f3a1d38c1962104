"""An online spam model that learns from one moderator decision at a time.

A site has two ways to learn from its moderators, and should use both:

**Full retraining** (``commentguard train`` on the moderation history and the
feedback file, e.g. nightly or weekly, or after a few hundred new decisions) builds the
main model: cross-validated, thresholds chosen for a target false-positive rate, the
checks' weights learned, and a card with its metrics. It is the model to trust, and the
only one whose numbers you can read before you deploy it. It takes seconds to minutes,
so it is not what you run after every click.

**This online model** (``OnlineModel``, updated the moment a moderator decides) covers
the time in between: a logistic regression trained by stochastic gradient descent
(``SGDClassifier(loss="log_loss")``) over hashed word and character features, updated
with ``partial_fit`` in 10-30 ms per decision (2 cores), no vocabulary to refit. When
this morning's spam wave gets through and a moderator marks three of them, the next
ones score higher this afternoon. It has no cross-validation, no thresholds and no
metrics of its own, so it is an *additional* signal beside the main model (the Guard
adds its evidence, ``Guard(online=path)``), never a replacement for it; and it says
nothing (probability 0.5) until it has seen ``MIN_PER_CLASS`` decisions of each class.

After a full retrain that included the feedback, start the online model afresh
(delete its file, or ``OnlineModel().save(path)``): what it knew is now in the main
model, and it should carry only the corrections the main model has not seen.

Feed it both kinds of decision: spam a moderator marked, and ham they approved (a
released false positive, or simply every comment approved from the queue). Fed only
spam, it would learn that everything is spam; its sample weights balance the classes
by the counts seen so far, but balance needs some ham to work with.

Files: ``save`` writes the model atomically with a JSON card beside it recording its
SHA-256 (``classifier.save_model``); ``load``/``load_or_create`` refuse a file whose
card is missing or does not match (unpickling runs code), unless ``trust=True``. In a
server with several worker processes, let one process learn and save, and have the
others reload the file when it changes (``load_or_create`` again): each process
learning and saving on its own would overwrite the others' updates.

>>> model = OnlineModel.load_or_create("online.joblib")     # doctest: +SKIP
>>> model.learn([comment], ["spam"])                          # doctest: +SKIP
>>> model.predict_proba([other_comment])[:, 1]                # doctest: +SKIP
>>> model.save("online.joblib")                               # doctest: +SKIP
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from .classifier import ModelCard, ModelError, library_versions, load_model, save_model
from .features import META_FEATURES, MetaFeatures, as_document, char_text, word_features
from .normalize import Document, normalize
from .types import Comment, InvalidInputError, Post

#: Below this many decisions of either class the model abstains (probability 0.5).
MIN_PER_CLASS = 5
#: Version of the pickled state; a file of another version is refused.
FORMAT = 1
#: Weights of the three feature blocks (each block is L2-normalised on its own).
WORD_WEIGHT = 1.0
CHAR_WEIGHT = 1.0


def _as_document(item: Any) -> Document:
    if isinstance(item, tuple) and len(item) == 2:
        comment, post = item
        c = comment if isinstance(comment, Comment) else _comment(comment)
        p = post if post is None or isinstance(post, Post) else Post.from_dict(post)
        return normalize(c, p)
    try:
        return as_document(item)
    except TypeError as exc:
        raise InvalidInputError(str(exc)) from None


def _comment(item: Any) -> Comment:
    if isinstance(item, str):
        return Comment(content=item)
    if isinstance(item, Mapping):
        return Comment.from_dict(item)
    raise InvalidInputError(f"expected a Comment, dict or str, got {type(item).__name__}")


def _label(value: Any) -> int:
    from .training import TrainingDataError, parse_label

    try:
        return parse_label(value)
    except TrainingDataError as exc:
        raise InvalidInputError(str(exc)) from None


class OnlineModel:
    """Spam probability from hashed word stems, character n-grams and metadata, learned
    one decision at a time (see the module docstring for when to use it).

    - ``n_features``: hash space of each text block (words, characters).
    - ``char_ngrams``: character n-gram lengths (as ``build_pipeline``'s).
    - ``alpha``: L2 regularisation of the SGD logistic regression; smaller remembers
      single corrections more strongly.
    - ``meta``: metadata features (``features.META_FEATURES``; all by default: the
      decisions are a site's real comments).

    ``learn`` and ``predict_proba`` may be called from several threads.
    """

    def __init__(
        self,
        *,
        n_features: int = 2**18,
        char_ngrams: tuple[int, int] = (2, 5),
        alpha: float = 1e-3,
        meta: Sequence[str] = tuple(META_FEATURES),
        seed: int = 0,
    ) -> None:
        from sklearn.linear_model import SGDClassifier

        unknown = set(meta) - set(META_FEATURES)
        if unknown:
            raise ValueError(f"unknown meta features: {sorted(unknown)}")
        if n_features < 2**10:
            raise ValueError("n_features must be at least 1024")
        self.params: dict[str, Any] = {
            "n_features": int(n_features),
            "char_ngrams": [int(char_ngrams[0]), int(char_ngrams[1])],
            "alpha": float(alpha),
            "meta": list(meta),
            "seed": int(seed),
        }
        self.classifier = SGDClassifier(
            loss="log_loss", alpha=float(alpha), random_state=seed, learning_rate="optimal"
        )
        self.n_spam = 0
        self.n_ham = 0
        self.created = _now()
        self.updated = ""
        self._init_runtime()

    # -- runtime state (not pickled) -------------------------------------------------
    def _init_runtime(self) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        n = self.params["n_features"]
        lo, hi = self.params["char_ngrams"]
        self._words = HashingVectorizer(
            analyzer=word_features, n_features=n, alternate_sign=False, binary=True
        )
        self._chars = HashingVectorizer(
            analyzer="char_wb",
            preprocessor=char_text,
            ngram_range=(lo, hi),
            n_features=n,
            alternate_sign=False,
            binary=True,
        )
        self._meta = MetaFeatures(features=tuple(self.params["meta"])).fit([])
        self._lock = threading.RLock()

    def __getstate__(self) -> dict[str, Any]:
        state = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        state["format"] = FORMAT
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        if state.get("format") != FORMAT:
            raise ModelError(
                f"online model format {state.get('format')!r}, this version reads {FORMAT}"
            )
        state = dict(state)
        state.pop("format")
        self.__dict__.update(state)
        self._init_runtime()

    # -- features ----------------------------------------------------------------------
    def transform(self, items: Iterable[Any]) -> sparse.csr_matrix:
        """The feature matrix of comments (``Comment``, dict, str, ``Document`` or
        ``(comment, post)`` pairs)."""
        docs = [_as_document(it) for it in items]
        blocks = [
            self._words.transform(docs) * WORD_WEIGHT,
            self._chars.transform(docs) * CHAR_WEIGHT,
        ]
        if self.params["meta"]:
            blocks.append(self._meta.transform(docs))
        return sparse.hstack(blocks, format="csr")

    # -- learning ----------------------------------------------------------------------
    @property
    def n_learned(self) -> int:
        return self.n_spam + self.n_ham

    @property
    def ready(self) -> bool:
        """Whether it has seen ``MIN_PER_CLASS`` decisions of each class (else it abstains)."""
        return self.n_spam >= MIN_PER_CLASS and self.n_ham >= MIN_PER_CLASS

    def learn(self, comments: Iterable[Any], labels: Iterable[Any]) -> int:
        """Update the model with moderator decisions; returns how many were learned.

        ``labels``: ``"spam"``/``"ham"``, 1/0 or True/False, one per comment. Each call
        is one SGD step per comment, weighted so that both classes count alike given
        the decisions seen so far.
        """
        items = list(comments)
        y = np.array([_label(v) for v in labels], dtype=int)
        if len(items) != len(y):
            raise InvalidInputError(f"{len(items)} comments but {len(y)} labels")
        if not items:
            return 0
        X = self.transform(items)
        with self._lock:
            n_spam = self.n_spam + int(y.sum())
            n_ham = self.n_ham + int(len(y) - y.sum())
            total = n_spam + n_ham
            w_spam = total / (2 * n_spam) if n_spam else 1.0
            w_ham = total / (2 * n_ham) if n_ham else 1.0
            weights = np.where(y == 1, w_spam, w_ham)
            self.classifier.partial_fit(X, y, classes=np.array([0, 1]), sample_weight=weights)
            self.n_spam, self.n_ham = n_spam, n_ham
            self.updated = _now()
        return len(items)

    def predict_proba(self, comments: Iterable[Any]) -> np.ndarray:
        """``(n, 2)`` array of [ham, spam] probabilities, like a scikit-learn classifier.

        Until the model is ``ready`` every row is [0.5, 0.5]: no evidence either way.
        """
        items = list(comments)
        if not items:
            return np.zeros((0, 2))
        if not self.ready:
            return np.full((len(items), 2), 0.5)
        X = self.transform(items)
        with self._lock:
            p = self.classifier.predict_proba(X)
        return np.asarray(p, dtype=float)

    # -- files ---------------------------------------------------------------------------
    def card(self, name: str = "online") -> ModelCard:
        return ModelCard(
            name=name,
            created=self.created,
            versions=library_versions(),
            params={"kind": "online", "estimator": "SGDClassifier(log_loss)", **self.params},
            training_data={
                "n": self.n_learned,
                "n_spam": self.n_spam,
                "n_ham": self.n_ham,
                "updated": self.updated,
            },
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the model and its card (with the file's SHA-256) atomically."""
        p = Path(path)
        with self._lock:
            return save_model(self, p, self.card(p.stem))

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, trust: bool = False) -> OnlineModel:
        """Load a saved model, verifying it against its card's SHA-256 (unless ``trust``).

        A read that races a concurrent ``save`` (new file, old card) is retried briefly.
        """
        last: ModelError | None = None
        for attempt in range(3):
            try:
                obj, card = load_model(path, trust=trust)
                break
            except ModelError as exc:
                last = exc
                if attempt < 2:
                    time.sleep(0.05 * (attempt + 1))
        else:
            assert last is not None
            raise last
        if not isinstance(obj, cls) or card.params.get("kind") not in ("online", None):
            raise ModelError(f"{path}: not an online model ({type(obj).__name__})")
        return obj

    @classmethod
    def load_or_create(
        cls, path: str | os.PathLike[str], *, trust: bool = False, **params: Any
    ) -> OnlineModel:
        """The model saved at ``path``, or a new one (with ``params``) if there is none.

        Nothing is written until ``save``.
        """
        if Path(path).exists():
            return cls.load(path, trust=trust)
        return cls(**params)

    def __repr__(self) -> str:
        return f"OnlineModel(n_spam={self.n_spam}, n_ham={self.n_ham}, ready={self.ready})"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


__all__ = ["MIN_PER_CLASS", "OnlineModel"]
