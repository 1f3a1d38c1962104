"""Training's building blocks: labels, thresholds, the combiner, recall at a fixed FPR,
reading labelled files, and ``train()`` end to end on tiny made-up data."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pytest
from sitedata import labelled_rows

from commentguard.classifier import read_card
from commentguard.combine import Thresholds
from commentguard.io import wxr
from commentguard.training import (
    MIN_SPAM_THRESHOLD,
    MIN_UNSURE_THRESHOLD,
    SITE_PIPELINE_PARAMS,
    TARGET_UNSURE_RATE,
    Example,
    TrainingDataError,
    _cv_sample,
    choose_thresholds,
    combined_probabilities,
    fit_combiner,
    metrics,
    parse_label,
    read_labelled,
    recall_at_fpr,
    train,
    validate,
)
from commentguard.types import Comment, Post


def make_rows(n_per_class: int = 20, seed: int = 0) -> list[dict]:
    return labelled_rows(n_per_class, seed, posts=4, id_prefix="c", authors=False)


def make_examples(n_per_class: int = 20, seed: int = 0) -> list[Example]:
    out = []
    for r in make_rows(n_per_class, seed):
        c = Comment(content=r["content"], id=r["id"], post_id=r["post_id"])
        out.append(
            Example(c, Post(title=r["post_title"], id=r["post_id"]), int(r["label"] == "spam"))
        )
    return out


# -- parse_label ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("spam", 1),
        ("ham", 0),
        (" SPAM ", 1),
        ("Ham", 0),
        ("1", 1),
        ("0", 0),
        ("true", 1),
        ("FALSE", 0),
        (True, 1),
        (False, 0),
        (1, 1),
        (0, 0),
        (1.0, 1),
    ],
)
def test_parse_label_accepts_the_documented_spellings(value, expected):
    assert parse_label(value) == expected


@pytest.mark.parametrize("value", ["maybe", "", "2", 2, None, "spammy", -1])
def test_parse_label_refuses_anything_else_and_says_where(value):
    with pytest.raises(TrainingDataError) as info:
        parse_label(value, "data.csv:7: ")
    message = str(info.value)
    assert message.startswith("data.csv:7: unknown label")
    assert "spam/ham" in message


# -- choose_thresholds ------------------------------------------------------------------------
def test_thresholds_keep_ham_fpr_under_half_the_target():
    rng = np.random.default_rng(0)
    ham = rng.beta(2, 5, 2000)  # most ham low, a long tail up to ~0.95
    spam = rng.beta(6, 2, 500)
    p = np.concatenate([ham, spam])
    y = np.r_[np.zeros(len(ham)), np.ones(len(spam))]
    th = choose_thresholds(p, y, target_fpr=0.02)
    assert MIN_SPAM_THRESHOLD <= th.spam <= 0.98
    assert (ham >= th.spam).mean() <= 0.01 + 1e-9  # half of the 2% target
    assert MIN_UNSURE_THRESHOLD <= th.unsure <= th.spam
    assert (ham >= th.unsure).mean() <= TARGET_UNSURE_RATE + 1e-9
    assert th.discard >= max(0.99, th.spam)


def test_thresholds_never_looser_than_the_floors_on_easy_data():
    p = np.r_[np.full(50, 0.01), np.full(50, 0.99)]
    y = np.r_[np.zeros(50), np.ones(50)]
    th = choose_thresholds(p, y, 0.01)
    assert (th.unsure, th.spam) == (MIN_UNSURE_THRESHOLD, MIN_SPAM_THRESHOLD)


def test_thresholds_are_capped_when_ham_scores_high():
    p = np.r_[np.full(50, 0.999), np.full(50, 0.9999)]
    y = np.r_[np.zeros(50), np.ones(50)]
    th = choose_thresholds(p, y, 0.01)
    assert th.spam == 0.98 and th.unsure <= th.spam


def test_thresholds_without_ham_are_the_floors():
    th = choose_thresholds(np.array([0.9, 0.95]), np.array([1, 1]), 0.01)
    assert th == Thresholds(MIN_UNSURE_THRESHOLD, MIN_SPAM_THRESHOLD)


# -- fit_combiner ----------------------------------------------------------------------------
def _combiner_data(n: int = 3000, seed: int = 0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    # A weak model, so the checks have something to add.
    model_p = 1 / (1 + np.exp(-(rng.normal(0, 1.5, n) + (y * 2 - 1) * 0.8)))
    useful = np.where(rng.random(n) < np.where(y == 1, 0.6, 0.05), 1.0, 0.0)
    useless = rng.random(n)
    misleading = np.where(rng.random(n) < np.where(y == 1, 0.05, 0.5), 1.0, 0.0)
    dupes = np.where(rng.random(n) < np.where(y == 1, 0.5, 0.05), 1.0, 0.0)
    scores = np.c_[useful, useless, misleading, dupes]
    return model_p, scores, ["useful", "useless", "misleading", "duplicates"], y


def test_learned_weights_are_non_negative_and_a_useless_check_gets_about_zero():
    model_p, scores, names, y = _combiner_data()
    comb = fit_combiner(model_p, scores, names, y)
    w = comb["weights"]
    assert all(v >= 0 for v in w.values())
    # The penalty (1/n) is light: the useful check gets about its true log-odds ratio
    # (log(0.6/0.05) ≈ 2.5, plus what the bias takes of its absence), the useless one
    # stays within noise of zero.
    assert 2.0 < w["useful"] < 4.0
    assert w["useless"] < 0.25
    assert w["misleading"] < 0.05  # evidence *against* spam cannot get a negative weight
    assert w["duplicates"] == 0.0  # a flag-only check is never spam evidence
    assert 0.2 <= comb["model_scale"] <= 3.0 and -5 <= comb["bias"] <= 5


def test_learned_combination_beats_the_model_alone():
    from sklearn.metrics import log_loss

    model_p, scores, names, y = _combiner_data()
    comb = fit_combiner(model_p, scores, names, y)
    p = combined_probabilities(model_p, scores, names, comb)
    assert log_loss(y, p) < log_loss(y, model_p)


def test_prior_weights_are_used_as_given():
    model_p, scores, names, y = _combiner_data(200)
    priors = {"useful": 2.5, "useless": 1.0, "misleading": 0.4, "duplicates": 3.0}
    comb = fit_combiner(model_p, scores, names, y, prior_weights=priors)
    assert comb["bias"] == 0.0 and comb["model_scale"] == 1.0
    assert comb["weights"] == {"useful": 2.5, "useless": 1.0, "misleading": 0.4, "duplicates": 0.0}


# -- recall_at_fpr ----------------------------------------------------------------------------
def test_recall_at_fpr_counts_spam_strictly_above_the_ham_quantile():
    ham = np.arange(100) / 100  # 0.00 … 0.99
    spam = np.array([0.2, 0.985, 0.99, 0.995, 1.0])
    p = np.r_[ham, spam]
    y = np.r_[np.zeros(100), np.ones(5)]
    # At 1% FPR the cut is the highest ham (0.99): only 0.995 and 1.0 are above it.
    assert recall_at_fpr(p, y, 0.01) == pytest.approx(2 / 5)
    # At 5% the cut is 0.95: everything but 0.2.
    assert recall_at_fpr(p, y, 0.05) == pytest.approx(4 / 5)


def test_recall_at_fpr_is_nan_with_one_class():
    assert np.isnan(recall_at_fpr(np.array([0.1, 0.2]), np.array([0, 0]), 0.01))
    assert np.isnan(recall_at_fpr(np.array([0.1, 0.2]), np.array([1, 1]), 0.01))


def test_metrics_report_every_figure():
    p = np.array([0.1, 0.2, 0.6, 0.85, 0.9, 0.95])
    y = np.array([0, 0, 0, 1, 1, 1])
    m = metrics(p, y, Thresholds(0.5, 0.8), 0.01)
    assert m["accuracy"] == pytest.approx(5 / 6)
    assert m["roc_auc"] == 1.0
    assert m["fpr"] == 0.0 and m["ham_unsure"] == pytest.approx(1 / 3)
    assert m["recall"] == 1.0 and m["recall_at_target_fpr"] == 1.0


# -- validate ----------------------------------------------------------------------------------
def test_validate_refuses_empty_one_class_and_too_few():
    ex = make_examples(12)
    with pytest.raises(TrainingDataError, match="no labelled examples"):
        validate([])
    with pytest.raises(TrainingDataError, match="only one class"):
        validate([e for e in ex if e.label == 1])
    with pytest.raises(TrainingDataError, match="need at least 20 of each"):
        validate(ex, min_per_class=20)
    validate(ex)


# -- read_labelled -----------------------------------------------------------------------------
def test_csv_labels_in_every_spelling(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(
        "content,label,post_id\n"
        "hello,spam,1\nhello,HAM,1\nhello,1,2\nhello,0,2\nhello,true,3\nhello,False,3\n",
        encoding="utf-8",
    )
    assert [e.label for e in read_labelled(path)] == [1, 0, 1, 0, 1, 0]
    assert [e.group for e in read_labelled(path)] == ["1", "1", "2", "2", "3", "3"]


def test_jsonl_labels_as_json_booleans_and_numbers(tmp_path):
    path = tmp_path / "d.jsonl"
    lines = [
        {"content": "a", "label": True},
        {"content": "b", "label": False},
        {"content": "c", "label": 1},
        {"content": "d", "label": 0},
        {"content": "e", "label": "spam", "post": {"title": "T", "id": "9"}},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    ex = read_labelled(path)
    assert [e.label for e in ex] == [1, 0, 1, 0, 1]
    assert ex[4].post is not None and ex[4].post.title == "T"


def test_unknown_label_names_file_and_line(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("content,label\nfine,ham\nodd,maybe\n", encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"d\.csv:3: unknown label 'maybe'"):
        read_labelled(path)


def test_missing_label_names_file_and_line(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"content": "a", "label": "ham"}\n{"content": "b"}\n', encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"d\.jsonl:2: no label"):
        read_labelled(path)


def _wxr(path: Path, statuses: list[str]) -> Path:
    comments = [
        {"id": i + 1, "author": f"a{i}", "content": f"comment number {i}", "approved": s}
        for i, s in enumerate(statuses)
    ]
    text = wxr.header("Blog", "https://blog.example.org")
    text += wxr.item({"id": 5, "title": "Bread", "link": "https://blog.example.org/b/"}, comments)
    text += wxr.WXR_FOOTER
    path.write_text(text, encoding="utf-8")
    return path


def test_wxr_status_approved_is_ham_spam_is_spam_pending_and_trash_skipped(tmp_path):
    path = _wxr(tmp_path / "e.xml", ["1", "spam", "0", "trash", "1", "spam", "0"])
    skipped: dict[str, int] = {}
    ex = read_labelled(path, skipped=skipped)
    assert [e.label for e in ex] == [0, 1, 0, 1]
    assert skipped == {"pending": 2, "trash": 1}
    assert all(e.group == "5" and e.post is not None for e in ex)
    ex = read_labelled(path, pending_as="spam")
    assert [e.label for e in ex] == [0, 1, 1, 1, 0, 1, 1]
    with pytest.raises(TrainingDataError, match="--pending-as"):
        read_labelled(path, pending_as="perhaps")


# -- train() ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("model") / "site.joblib"
    messages: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        report = train(
            make_examples(20),
            out,
            cv=2,
            pipeline_params=dict(SITE_PIPELINE_PARAMS),
            learn_check_weights=True,
            progress=messages.append,
        )
    return report, out, messages


def test_train_reports_and_writes_model_and_card(trained):
    report, out, messages = trained
    assert report.n == 40 and report.n_spam == 20 and report.n_cv == 40
    for key in ("accuracy", "f1", "roc_auc", "fpr", "recall_at_target_fpr", "model_only_roc_auc"):
        assert key in report.metrics
    assert report.metrics["roc_auc"] > 0.9
    text = report.to_text()
    assert "accuracy at p=0.5" in text and "recall at 1% FPR" in text and str(out) in text
    card = read_card(out)
    assert card.sha256 and card.params["learn_check_weights"] is True
    assert card.params["C"] == SITE_PIPELINE_PARAMS["C"]
    assert card.params["meta"] == list(SITE_PIPELINE_PARAMS["meta"])
    assert card.training_data["n"] == 40 and card.training_data["n_posts"] == 4
    assert all(w >= 0 for w in card.combiner["weights"].values())
    assert any(m.startswith("fold 1/2") for m in messages)


def test_train_switches_calibration_off_on_tiny_data():
    messages: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        train(
            make_examples(10), cv=2, pipeline_params={"calibrate": True}, progress=messages.append
        )
    assert any(m.startswith("calibration off") for m in messages)


def test_large_data_cross_validates_on_a_stratified_sample(tmp_path):
    y = np.r_[np.zeros(900), np.ones(100)].astype(int)
    idx = _cv_sample(y, 200, seed=0)
    assert len(idx) == 200 and y[idx].sum() == 20 and len(set(idx)) == 200
    assert len(_cv_sample(y, None, 0)) == 1000 and len(_cv_sample(y, 5000, 0)) == 1000

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        report = train(make_examples(30), tmp_path / "m.joblib", cv=2, max_cv_examples=40)
    assert report.n == 60 and report.n_cv == 40
    assert "on a sample of 40" in report.to_text()
    card = read_card(tmp_path / "m.joblib")
    assert card.params["cv_examples"] == 40 and card.training_data["n"] == 60


def test_example_weights_reach_the_classifier(tmp_path):
    ex = make_examples(15)
    for e in ex[:10]:
        e.weight = 5.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        train(ex, tmp_path / "w.joblib", cv=2)
    assert read_card(tmp_path / "w.joblib").training_data["weights"] == [1.0, 5.0]


def test_one_post_or_one_class_per_post_falls_back_to_ungrouped_folds():
    messages: list[str] = []
    one_post = make_examples(12)
    for e in one_post:
        e.group = "only-post"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        report = train(one_post, cv=3, progress=messages.append)
    assert len(report.fold_metrics) == 3
    assert any("not grouped by post" in m for m in messages)

    messages.clear()
    split_by_class = make_examples(12)
    for e in split_by_class:
        e.group = "spam-post" if e.label else "ham-post"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        report = train(split_by_class, cv=2, progress=messages.append)
    assert any("not grouped by post" in m for m in messages)
    assert report.metrics["roc_auc"] > 0.9


def test_folds_stay_grouped_by_post_when_they_can():
    from commentguard.training import _folds

    y = np.array([0, 1] * 20)
    groups = [f"p{i % 4}" for i in range(40)]
    splits = _folds(y, groups, 5, 0, lambda m: None)
    assert len(splits) == 4  # no more folds than posts
    for tr, te in splits:
        assert not {groups[i] for i in tr} & {groups[i] for i in te}
