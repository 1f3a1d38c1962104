"""The engine: normalise, run the checks and the classifier, combine, explain.

One ``Guard`` is meant to live for the whole process and be shared by every thread:
the model is loaded once (lazily, under a lock, and cached per file across Guards),
checks keep no per-call state on themselves, and the history store opens one SQLite
connection per thread.
"""

from __future__ import annotations

import math
import os
import threading
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .checks import Check, Context, default_checks
from .classifier import ModelCard, load_model
from .combine import Combiner, Thresholds, logit
from .normalize import Document, normalize
from .types import Comment, CommentguardError, InvalidInputError, Post, Reason, Signal, Verdict

if TYPE_CHECKING:
    from .scoring import Scorer

_MODEL_CACHE: dict[tuple[str, float, bool], tuple[Any, ModelCard, Scorer]] = {}
_MODEL_LOCK = threading.Lock()

#: Below this share of known words the classifier's score is shrunk towards ham: a text
#: the model cannot read (a language it never saw, emoji only) must not fall to a prior.
MIN_COVERAGE = 0.35
#: The probability the classifier is shrunk towards when it cannot read a text.
UNKNOWN_TEXT_PROBABILITY = 0.15

CommentLike = Comment | Mapping[str, Any] | str
Item = CommentLike | tuple[CommentLike, Post | None]


def _cached_model(
    path: str | os.PathLike[str] | None, trust: bool
) -> tuple[Any, ModelCard, Scorer]:
    """The model, its card and its Scorer, loaded once per file and process: Guards on
    the same file share the Scorer's word caches."""
    from .classifier import default_model_path
    from .scoring import Scorer  # imports scikit-learn: only when a model is loaded

    p = Path(path) if path is not None else default_model_path()
    try:
        key = (str(p.resolve()), p.stat().st_mtime, trust)
    except OSError:
        key = (str(p), 0.0, trust)
    with _MODEL_LOCK:
        if key not in _MODEL_CACHE:
            pipeline, card = load_model(p, trust=trust)
            _MODEL_CACHE[key] = (pipeline, card, Scorer(pipeline))
        return _MODEL_CACHE[key]


def _as_comment(item: CommentLike) -> Comment:
    if isinstance(item, Comment):
        return item
    if isinstance(item, str):
        return Comment(content=item)
    if isinstance(item, Mapping):
        return Comment.from_dict(item)
    raise InvalidInputError(f"expected a Comment, dict or str, got {type(item).__name__}")


def _as_post(post: Post | Mapping[str, Any] | None) -> Post | None:
    if post is None or isinstance(post, Post):
        return post
    if isinstance(post, Mapping):
        return Post.from_dict(post)
    raise InvalidInputError(f"post must be a Post or dict, got {type(post).__name__}")


class Guard:
    """Labels comments ham / spam / unsure, with flags and reasons.

    Parameters are stored as given; the model is loaded on first use.

    - ``model``: path of a model file (default: the model shipped with the package).
    - ``trust_model``: skip the SHA-256 check of the model's card (only for your own files).
    - ``checks``: the checks to run (default: every registered check).
    - ``disable``: names of checks to switch off.
    - ``weights``: per-check log-odds weights overriding the model card's and defaults.
    - ``thresholds``: ``Thresholds`` overriding the model card's.
    - ``history``: path of the SQLite history file (duplicates across posts and restarts),
      a ``History`` object, or None for thread-only duplicate detection.
    - ``online``: path of an online model (``commentguard.online``) that ``learn`` updates
      one decision at a time; its probability is added as the ``online`` signal.
    - ``feedback``: path of a JSON Lines file where ``learn`` records each decision for
      the next ``commentguard train``.
    """

    def __init__(
        self,
        model: str | os.PathLike[str] | None = None,
        *,
        trust_model: bool = False,
        checks: Sequence[Check] | None = None,
        disable: Iterable[str] = (),
        weights: Mapping[str, float] | None = None,
        thresholds: Thresholds | None = None,
        history: Any = None,
        online: str | os.PathLike[str] | None = None,
        feedback: str | os.PathLike[str] | None = None,
    ) -> None:
        self.model = model
        self.trust_model = trust_model
        self.checks = checks
        self.disable = tuple(disable)
        self.weights = dict(weights or {})
        self.thresholds = thresholds
        self.history = history
        self.online = online
        self.feedback = feedback
        self._lock = threading.Lock()
        self._online_model: Any = None
        self._ready: tuple[Scorer, ModelCard, list[Check], Combiner, Any] | None = None

    # -- set-up ------------------------------------------------------------------------
    def _setup(self) -> tuple[Scorer, ModelCard, list[Check], Combiner, Any]:
        ready = self._ready
        if ready is not None:
            return ready
        with self._lock:
            if self._ready is None:
                _pipeline, card, scorer = _cached_model(self.model, self.trust_model)
                checks = list(self.checks) if self.checks is not None else default_checks()
                unknown = set(self.disable) - {c.name for c in checks}
                if unknown:
                    raise CommentguardError(f"cannot disable unknown checks: {sorted(unknown)}")
                checks = [c for c in checks if c.name not in self.disable]
                weights = {c.name: float(c.weight) for c in checks}
                weights["online"] = 1.0
                card_comb = card.combiner or {}
                weights.update({k: float(v) for k, v in card_comb.get("weights", {}).items()})
                weights.update(self.weights)
                thresholds = self.thresholds or (
                    Thresholds(**card.thresholds) if card.thresholds else Thresholds()
                )
                combiner = Combiner(
                    weights=weights,
                    bias=float(card_comb.get("bias", 0.0)),
                    model_scale=float(card_comb.get("model_scale", 1.0)),
                    thresholds=thresholds,
                )
                self._ready = (scorer, card, checks, combiner, self._open_history())
            return self._ready

    def _open_history(self) -> Any:
        if self.history is None:
            return None
        if isinstance(self.history, (str, os.PathLike)):
            from .history import History

            return History(self.history)
        return self.history

    def load(self) -> Guard:
        """Load the model and set up the checks now rather than on the first check: a
        server warms up before taking traffic, a worker before freezing its heap."""
        self._setup()
        return self

    @property
    def card(self) -> ModelCard:
        """The model card of the loaded model (loads it if needed)."""
        return self._setup()[1]

    @property
    def combiner(self) -> Combiner:
        return self._setup()[3]

    # -- checking ----------------------------------------------------------------------
    def check(self, comment: CommentLike, post: Post | Mapping[str, Any] | None = None) -> Verdict:
        """Label one comment, optionally with the post it was left on."""
        return self.check_many([comment], post=post)[0]

    def check_many(
        self, comments: Iterable[Item], post: Post | Mapping[str, Any] | None = None
    ) -> list[Verdict]:
        """Label a thread or batch; duplicates inside the batch are found too.

        Items are comments (with ``post`` as their shared post) or ``(comment, post)``
        pairs. Order is kept: ``verdicts[i]`` belongs to the i-th comment.
        """
        scorer, _card, checks, combiner, history = self._setup()
        default_post = _as_post(post)
        if isinstance(comments, (str, bytes, Mapping, Comment)):
            raise InvalidInputError(
                "check_many takes a sequence of comments; use check() for one comment"
            )
        try:
            items = iter(comments)
        except TypeError as exc:
            raise InvalidInputError(
                f"check_many takes a sequence of comments, not {type(comments).__name__}"
            ) from exc
        docs: list[Document] = []
        for item in items:
            if isinstance(item, tuple):
                if len(item) != 2:
                    raise InvalidInputError(
                        f"a tuple item must be (comment, post), got {len(item)} elements"
                    )
                c, p = item
                docs.append(normalize(_as_comment(c), _as_post(p) or default_post))
            else:
                docs.append(normalize(_as_comment(item), default_post))
        if not docs:
            return []
        probs = scorer.probabilities(docs)
        online = self._online()
        online_p = online.predict_proba(docs)[:, 1] if online is not None and online.ready else None
        context = Context(history=history)
        for chk in checks:
            try:
                chk.prepare(docs, context)
            except Exception as exc:  # its run() will report the failure per comment
                warnings.warn(f"check {chk.name} failed: {exc!r}", RuntimeWarning, stacklevel=2)
        verdicts = []
        for i, (doc, p) in enumerate(zip(docs, probs)):
            model_p, model_reason = _model_evidence(float(p), doc, scorer)
            signals = []
            if online_p is not None:
                q = float(online_p[i])
                signals.append(
                    Signal(
                        "online",
                        logit(q),
                        frozenset(),
                        f"this site's moderators' decisions: {q:.2f}",
                    )
                )
            for chk in checks:
                try:
                    s = chk.run(doc, context)
                except Exception as exc:  # a broken check must not lose the comment
                    warnings.warn(f"check {chk.name} failed: {exc!r}", RuntimeWarning, stacklevel=2)
                    continue
                if s is not None:
                    signals.append(s)
            verdicts.append(
                combiner.combine(
                    model_p,
                    signals,
                    comment_id=doc.comment.id,
                    truncated=doc.truncated,
                    model_reason=model_reason,
                )
            )
        return verdicts

    # -- learning ----------------------------------------------------------------------
    def _online(self) -> Any:
        if self.online is None:
            return None
        if self._online_model is None:
            from .online import OnlineModel

            with self._lock:
                if self._online_model is None:
                    self._online_model = OnlineModel.load_or_create(self.online)
        return self._online_model

    def learn(
        self, comment: CommentLike, label: str, post: Post | Mapping[str, Any] | None = None
    ) -> None:
        """Record a moderator's decision (``"spam"`` or ``"ham"``), like Akismet's submit calls.

        The decision goes to the feedback file (read by the next ``commentguard train``)
        and updates the online model at once, when either is configured. With neither,
        there is nowhere to learn to, which is an error rather than a silent no-op.
        """
        if label not in ("spam", "ham"):
            raise InvalidInputError(f"label must be 'spam' or 'ham', not {label!r}")
        if self.online is None and self.feedback is None:
            raise CommentguardError("Guard.learn needs Guard(online=...) or Guard(feedback=...)")
        c = _as_comment(comment)
        if self.feedback is not None:
            from .feedback import record_feedback

            record_feedback(self.feedback, c, label, "api")
        online = self._online()
        if online is not None:
            online.learn([normalize(c, _as_post(post))], [label])
            with self._lock:
                online.save(self.online)

    def __repr__(self) -> str:
        return f"Guard(model={self.model!r}, history={self.history!r})"


def _model_evidence(p: float, doc: Document, scorer: Scorer) -> tuple[float, Reason]:
    """The classifier's probability, shrunk towards ham when it cannot read the text."""
    tokens = doc.tokens[:400]
    known = scorer.known_words(tokens)
    if known is not None:
        coverage = known / len(tokens) if tokens else 0.0
        if not doc.body_links and coverage < MIN_COVERAGE:
            s = coverage / MIN_COVERAGE
            shrunk = s * logit(p) + (1 - s) * logit(UNKNOWN_TEXT_PROBABILITY)
            q = 1 / (1 + math.exp(-shrunk))
            msg = (
                f"text model: spam probability {p:.2f}, discounted to {q:.2f} because it "
                f"knows only {known} of {len(tokens)} words"
            )
            return q, Reason("model", logit(q), msg)
    return p, Reason("model", logit(p), f"text model: spam probability {p:.2f}")
