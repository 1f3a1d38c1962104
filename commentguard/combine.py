"""Signals → one probability → label and action.

The combination is additive in log-odds: the classifier's logit, plus each check's
``weight × score``, plus a bias. Log-odds add up the way independent evidence does
(naive-Bayes style), each term is one line in the explanation, and a site can re-weight
or silence a check without retraining anything. The default weights are fitted by
logistic regression on out-of-fold classifier scores and check scores of the training
corpus (see ``training.fit_combiner``) and stored in the model card; the values below
are the fall-back when a model file carries none.

Thresholds: a comment is ``spam`` only when the combined probability reaches
``spam_threshold`` and ``ham`` only below ``unsure_threshold``; in between it is
``unsure`` and goes to a human. Both are chosen for a low false-positive rate (a real
reader's comment thrown away is the costliest error), see ``Thresholds``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .types import Action, Label, Reason, Signal, Verdict

#: Flags that hold a comment for a human even when it is not spam: a duplicate
#: reply is a quality problem, not a reason to call the reader a spammer.
HOLD_FLAGS = frozenset({"duplicate"})


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Probability cut-offs. ``unsure <= spam``; ``discard`` marks blatant spam."""

    unsure: float = 0.5
    spam: float = 0.85
    discard: float = 0.99

    def __post_init__(self) -> None:
        if not 0.0 <= self.unsure <= self.spam <= self.discard <= 1.0:
            raise ValueError(
                f"thresholds must satisfy 0 <= unsure <= spam <= discard <= 1, got {self}"
            )

    def label(self, p: float) -> Label:
        if p >= self.spam:
            return "spam"
        if p >= self.unsure:
            return "unsure"
        return "ham"


def logit(p: float, eps: float = 1e-6) -> float:
    p = min(max(p, eps), 1.0 - eps)
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@dataclass(frozen=True, slots=True)
class Combiner:
    """Additive log-odds combination with per-check weights."""

    weights: Mapping[str, float]
    bias: float = 0.0
    model_scale: float = 1.0
    thresholds: Thresholds = Thresholds()

    def combine(
        self,
        model_probability: float,
        signals: Iterable[Signal],
        *,
        comment_id: str = "",
        truncated: bool = False,
        model_reason: Reason | None = None,
    ) -> Verdict:
        total = self.bias + self.model_scale * logit(model_probability)
        reasons: list[Reason] = []
        flags: set[str] = set()
        forced: Label | None = None
        if model_reason is not None:
            reasons.append(model_reason)
        for s in signals:
            flags |= s.flags
            w = self.weights.get(s.check, 0.0)
            contribution = w * s.score
            total += contribution
            if s.force is not None and forced != "ham":
                # "ham" overrides win over "spam" ones: an administrator's own comment
                # is never thrown away, even if a honeypot misfired.
                forced = s.force
            if s.message:
                reasons.append(Reason(s.check, contribution, s.message, s.evidence))
        p = sigmoid(total)
        label = forced or self.thresholds.label(p)
        if forced == "ham":
            p = min(p, self.thresholds.unsure / 2)
        elif forced == "spam":
            p = max(p, self.thresholds.discard)
        reasons.sort(key=lambda r: -abs(r.weight))
        return Verdict(
            label=label,
            spam_probability=p,
            action=action_for(label, flags),
            flags=frozenset(flags),
            reasons=tuple(reasons),
            model_probability=model_probability,
            comment_id=comment_id,
            truncated=truncated,
        )


def action_for(label: Label, flags: Iterable[str] = ()) -> Action:
    """ham → approve, unsure → hold, spam → reject; a ham duplicate is held, not approved."""
    if label == "spam":
        return "reject"
    if label == "unsure" or HOLD_FLAGS.intersection(flags):
        return "hold"
    return "approve"
