import pytest

from commentguard.combine import Combiner, Thresholds, action_for, logit, sigmoid
from commentguard.types import Signal


def test_thresholds_validate_order():
    with pytest.raises(ValueError):
        Thresholds(unsure=0.9, spam=0.5)


def test_labels_follow_thresholds():
    t = Thresholds(unsure=0.4, spam=0.8)
    assert [t.label(p) for p in (0.1, 0.5, 0.9)] == ["ham", "unsure", "spam"]


def test_additive_log_odds_and_reasons_sorted_by_strength():
    c = Combiner(weights={"a": 2.0, "b": 1.0}, thresholds=Thresholds(0.4, 0.8))
    v = c.combine(
        0.5, [Signal("a", 1.0, frozenset({"x"}), "a says"), Signal("b", 0.5, frozenset(), "b says")]
    )
    assert v.spam_probability == pytest.approx(sigmoid(2.5))
    assert [r.check for r in v.reasons] == ["a", "b"] and v.flags == {"x"}


def test_zero_weight_check_flags_without_moving_probability():
    c = Combiner(weights={"duplicates": 0.0})
    v = c.combine(0.2, [Signal("duplicates", 1.0, frozenset({"duplicate"}), "same as #1")])
    assert v.spam_probability == pytest.approx(0.2) and v.label == "ham" and v.action == "hold"


def test_ham_override_beats_spam_override():
    c = Combiner(weights={})
    v = c.combine(0.99, [Signal("s", 0, force="spam"), Signal("t", 0, force="ham")])
    assert v.label == "ham" and v.action == "approve"


def test_actions():
    assert (
        action_for("spam") == "reject"
        and action_for("unsure") == "hold"
        and action_for("ham") == "approve"
    )


def test_logit_sigmoid_roundtrip_and_clipping():
    assert sigmoid(logit(0.3)) == pytest.approx(0.3)
    assert logit(0.0) < -10 and logit(1.0) > 10
