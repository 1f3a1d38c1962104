"""``commentguard train | evaluate | info | feedback`` through the typer app: the formats
a site exports, the report, the files written, and every way bad data is refused
(exit code 2, a message naming the file and, where there is one, the line)."""

from __future__ import annotations

import csv
import json
import warnings
from pathlib import Path

import pytest
from sitedata import labelled_rows
from typer.testing import CliRunner

from commentguard.classifier import read_card
from commentguard.cli import app
from commentguard.feedback import read_feedback
from commentguard.io import wxr
from commentguard.training import SITE_PIPELINE_PARAMS

runner = CliRunner()


def rows(n_per_class: int = 15, seed: int = 0, spam_label="spam", ham_label="ham") -> list[dict]:
    return labelled_rows(n_per_class, seed, spam_label=spam_label, ham_label=ham_label)


def write_csv(path: Path, data: list[dict]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(data[0]))
        w.writeheader()
        w.writerows(data)
    return path


def write_jsonl(path: Path, data: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in data), encoding="utf-8")
    return path


def write_wxr(path: Path, data: list[tuple[str, str]], extra_statuses: list[str] = ()) -> Path:
    """``data``: (content, status) pairs, split over three posts."""
    posts: dict[int, list[dict]] = {0: [], 1: [], 2: []}
    for i, (content, status) in enumerate(data):
        posts[i % 3].append(
            {"id": i + 1, "author": f"a{i}", "content": content, "approved": status}
        )
    for j, status in enumerate(extra_statuses):
        posts[0].append(
            {"id": 1000 + j, "author": "x", "content": f"unmoderated {j}", "approved": status}
        )
    text = wxr.header("Blog", "https://blog.example.org")
    for pid, comments in posts.items():
        post = {"id": pid + 10, "title": f"Post {pid}", "link": f"https://blog.example.org/{pid}/"}
        text += wxr.item(post, comments)
    text += wxr.WXR_FOOTER
    path.write_text(text, encoding="utf-8")
    return path


def run(*args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return runner.invoke(app, [str(a) for a in args])


def refused(result, *fragments: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.stderr.startswith("error: ")
    for f in fragments:
        assert f in result.stderr, (f, result.stderr)


@pytest.fixture(scope="module")
def site_model(tmp_path_factory) -> tuple[Path, Path]:
    """A model trained by the CLI on a CSV export (train once, reuse)."""
    d = tmp_path_factory.mktemp("site")
    data = write_csv(d / "moderated.csv", rows(15))
    out = d / "site.joblib"
    result = run("train", data, "--out", out, "--cv", "2", "--quiet")
    assert result.exit_code == 0, result.stderr
    return data, out


# -- train ------------------------------------------------------------------------------------
def test_train_on_csv_prints_a_cross_validated_report_and_writes_model_and_card(site_model):
    data, out = site_model
    assert out.exists() and out.with_suffix(".json").exists()
    card = read_card(out)
    assert card.training_data["n"] == 30 and card.training_data["n_spam"] == 15
    assert card.training_data["paths"] == [str(data)] and card.training_data["sha256"]
    # --base none: site parameters and learned check weights.
    assert card.params["learn_check_weights"] is True
    assert card.params["meta"] == list(SITE_PIPELINE_PARAMS["meta"])
    assert card.params["C"] == SITE_PIPELINE_PARAMS["C"]


def test_train_report_lists_every_figure(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", rows(12, spam_label="1", ham_label="0"))
    result = run("train", data, "--out", tmp_path / "m.joblib", "--cv", "2")
    assert result.exit_code == 0, result.stderr
    for figure in (
        "examples: 24 (12 spam, 12 ham)",
        "accuracy at p=0.5",
        "spam F1",
        "ROC AUC",
        "ham labelled spam",
        "recall at 1% FPR",
        "thresholds:",
        "classifier parameters: site; check weights: learned",
    ):
        assert figure in result.stdout
    assert "fold 1/2" in result.stderr  # progress on stderr


def test_train_on_jsonl_with_boolean_labels(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", rows(12, spam_label=True, ham_label=False))
    result = run("train", data, "--out", tmp_path / "m.joblib", "--cv", "2", "-q")
    assert result.exit_code == 0, result.stderr
    assert read_card(tmp_path / "m.joblib").training_data["n_spam"] == 12


def test_train_on_several_files_with_true_false_labels(tmp_path):
    a = write_csv(tmp_path / "a.csv", rows(6, 1, spam_label="true", ham_label="false"))
    b = write_csv(tmp_path / "b.csv", rows(6, 2, spam_label="TRUE", ham_label="False"))
    result = run("train", a, b, "--out", tmp_path / "m.joblib", "--cv", "2", "-q")
    assert result.exit_code == 0, result.stderr
    assert read_card(tmp_path / "m.joblib").training_data["n"] == 24


def test_train_on_wxr_uses_approved_and_spam_and_skips_pending_and_trash(tmp_path):
    data = [(r["content"], "spam" if r["label"] == "spam" else "1") for r in rows(12)]
    path = write_wxr(tmp_path / "blog.xml", data, ["0", "0", "trash"])
    result = run("train", path, "--out", tmp_path / "m.joblib", "--cv", "2")
    assert result.exit_code == 0, result.stderr
    assert "skipped 2 pending, 1 trash" in result.stderr
    card = read_card(tmp_path / "m.joblib")
    assert card.training_data["n"] == 24 and card.training_data["n_posts"] == 3

    result = run("train", path, "--out", tmp_path / "p.joblib", "--cv", "2", "--pending-as", "spam")
    assert result.exit_code == 0, result.stderr
    card = read_card(tmp_path / "p.joblib")
    assert card.training_data["n"] == 27 and card.training_data["n_spam"] == 15


def test_train_overrides_weights_and_parameters(tmp_path):
    data = write_csv(tmp_path / "d.csv", rows(12))
    result = run(
        "train", data, "--out", tmp_path / "m.joblib", "--cv", "2",
        "--prior-weights", "--params", "default", "-q",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "classifier parameters: default; check weights: priors" in result.stdout
    card = read_card(tmp_path / "m.joblib")
    assert card.params["learn_check_weights"] is False
    assert card.params["meta"] == ["author_has_link"] and card.params["C"] == 1.0
    assert card.combiner["bias"] == 0.0 and card.combiner["model_scale"] == 1.0


def test_train_base_default_adds_the_corpus_with_weighted_site_examples(tmp_path, monkeypatch):
    import commentguard.cli.train as cli_train

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    base = rows(20, seed=5)
    write_jsonl(corpus / "posts.jsonl", [{"id": f"p{i}", "title": f"Post {i}"} for i in range(3)])
    write_jsonl(
        corpus / "comments.jsonl", [{k: v for k, v in r.items() if k != "post_title"} for r in base]
    )
    monkeypatch.setattr(cli_train, "bundled_corpus", lambda: corpus)
    data = write_csv(tmp_path / "d.csv", rows(10, seed=6))
    result = run("train", data, "--out", tmp_path / "m.joblib", "--base", "default", "--cv", "2")
    assert result.exit_code == 0, result.stderr
    assert "your 20 examples weigh 1 corpus comments each" in result.stderr
    assert "classifier parameters: default; check weights: priors" in result.stdout
    card = read_card(tmp_path / "m.joblib")
    assert card.training_data["n"] == 60 and str(corpus) in card.training_data["paths"]

    result = run(
        "train", data, "--out", tmp_path / "w.joblib", "--base", "default", "--cv", "2",
        "--site-weight", "3",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert read_card(tmp_path / "w.joblib").training_data["weights"] == [1.0, 3.0]


def test_the_bundled_corpus_alone_is_trained_with_the_shipped_recipe(tmp_path, monkeypatch):
    import commentguard.cli.train as cli_train

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "posts.jsonl", [{"id": f"p{i}", "title": f"Post {i}"} for i in range(3)])
    write_jsonl(corpus / "comments.jsonl", rows(12, seed=7))
    monkeypatch.setattr(cli_train, "bundled_corpus", lambda: corpus)
    result = run("train", corpus, "--out", tmp_path / "m.joblib", "--cv", "2", "-q")
    assert result.exit_code == 0, result.stderr
    assert "classifier parameters: default; check weights: priors" in result.stdout
    # Another corpus directory is a site's data like any other.
    other = tmp_path / "other"
    other.mkdir()
    for name in ("posts.jsonl", "comments.jsonl"):
        (other / name).write_bytes((corpus / name).read_bytes())
    result = run("train", other, "--out", tmp_path / "o.joblib", "--cv", "2", "-q")
    assert result.exit_code == 0, result.stderr
    assert "classifier parameters: site; check weights: learned" in result.stdout


def test_cv_sample(tmp_path):
    data = write_csv(tmp_path / "d.csv", rows(60))
    result = run("train", data, "--out", tmp_path / "m.joblib", "--cv", "2", "--cv-sample", "100")
    assert result.exit_code == 0, result.stderr
    assert "on a sample of 100" in result.stdout
    card = read_card(tmp_path / "m.joblib")
    assert card.params["cv_examples"] == 100 and card.training_data["n"] == 120


def test_auto_site_weight():
    from commentguard.cli.train import _auto_site_weight

    assert _auto_site_weight(10_000, 20) == 50.0  # capped
    assert _auto_site_weight(10_000, 200) == 12.5
    assert _auto_site_weight(10_000, 5_000) == 1.0  # never below 1
    assert _auto_site_weight(10_000, 0) == 1.0


# -- train: bad data --------------------------------------------------------------------------
def test_no_label_column(tmp_path):
    path = tmp_path / "nolabel.csv"
    path.write_text("content,author\nhello there,ann\n", encoding="utf-8")
    refused(run("train", path, "--out", tmp_path / "m.joblib"), "nolabel.csv:2: no label")


def test_unknown_label_value(tmp_path):
    data = rows(12)
    data[5]["label"] = "probably"
    path = write_csv(tmp_path / "odd.csv", data)
    refused(
        run("train", path, "--out", tmp_path / "m.joblib"),
        "odd.csv:7: unknown label 'probably'",
    )


def test_unknown_label_in_jsonl_names_the_line(tmp_path):
    data = rows(12)
    data[3]["label"] = 7
    path = write_jsonl(tmp_path / "odd.jsonl", data)
    refused(run("train", path, "--out", tmp_path / "m.joblib"), "odd.jsonl:4: unknown label 7")


def test_one_class_only(tmp_path):
    path = write_csv(tmp_path / "allham.csv", [r for r in rows(12) if r["label"] == "ham"])
    refused(
        run("train", path, "--out", tmp_path / "m.joblib"),
        "allham.csv",
        "only one class in the data (0 spam, 12 ham)",
    )


def test_too_few_of_a_class(tmp_path):
    data = [r for r in rows(12) if r["label"] == "ham"] + [
        r for r in rows(12) if r["label"] == "spam"
    ][:4]
    path = write_csv(tmp_path / "few.csv", data)
    refused(
        run("train", path, "--out", tmp_path / "m.joblib"),
        "few.csv",
        "too few examples: 4 spam and 12 ham; need at least 10 of each",
    )
    # The minimum can be lowered.
    result = run("train", path, "--out", tmp_path / "m.joblib", "--min-per-class", "4", "--cv", "2")
    assert result.exit_code == 0, result.stderr


def test_wxr_with_only_unmoderated_comments(tmp_path):
    path = write_wxr(tmp_path / "pending.xml", [], ["0", "0", "trash"])
    refused(
        run("train", path, "--out", tmp_path / "m.joblib"),
        "pending.xml: no labelled comments",
        "--pending-as",
    )


def test_empty_file(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    refused(run("train", path, "--out", tmp_path / "m.joblib"), "empty.jsonl: empty input")
    refused(
        run("train", path, "--out", tmp_path / "m.joblib", "--format", "jsonl"),
        "empty.jsonl: no labelled comments",
    )


def test_missing_file(tmp_path):
    refused(
        run("train", tmp_path / "nope.csv", "--out", tmp_path / "m.joblib"), "nope.csv: not found"
    )


def test_broken_json_names_the_line(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"content": "a", "label": "ham"}\n{"content": \n', encoding="utf-8")
    refused(run("train", path, "--out", tmp_path / "m.joblib"), "broken.jsonl:2")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base", "mine"], "--base must be"),
        (["--params", "fast"], "--params must be"),
        (["--target-fpr", "0.7"], "--target-fpr"),
        (["--cv", "1"], "--cv must be"),
        (["--site-weight", "0"], "--site-weight"),
        (["--cv-sample", "5"], "--cv-sample"),
        (["--pending-as", "maybe"], "--pending-as: unknown label 'maybe'"),
    ],
)
def test_bad_options(tmp_path, args, message):
    data = write_csv(tmp_path / "d.csv", rows(12))
    refused(run("train", data, "--out", tmp_path / "m.joblib", *args), message)


def test_help_documents_the_weight_default():
    result = run("train", "--help")
    assert result.exit_code == 0
    assert "--learn-weights" in result.stdout and "--base none" in result.stdout


# -- evaluate -----------------------------------------------------------------------------------
def test_evaluate_prints_metrics_and_a_confusion_matrix(site_model, tmp_path):
    _data, model = site_model
    held_out = write_csv(tmp_path / "new.csv", rows(8, seed=9))
    result = run("evaluate", held_out, "--model", model)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "16 comments (8 spam, 8 ham)" in out
    for name in ("accuracy at p=0.5", "ROC AUC", "ham labelled spam", "recall at 1% FPR"):
        assert name in out
    assert "truth \\ label" in out
    matrix = out.split("truth \\ label", 1)[1].splitlines()[1:3]
    assert [row.split()[0] for row in matrix] == ["ham", "spam"]
    assert [sum(map(int, row.split()[1:])) for row in matrix] == [8, 8]


def test_evaluate_json(site_model, tmp_path):
    _data, model = site_model
    held_out = write_csv(tmp_path / "new.csv", rows(8, seed=9))
    result = run("evaluate", held_out, "--model", model, "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["metrics"]["roc_auc"] > 0.8
    assert sum(doc["confusion"]["spam"].values()) == 8


def test_evaluate_plot(site_model, tmp_path):
    pytest.importorskip("matplotlib")
    _data, model = site_model
    held_out = write_csv(tmp_path / "new.csv", rows(8, seed=9))
    png = tmp_path / "curves.png"
    result = run("evaluate", held_out, "--model", model, "--plot", png)
    assert result.exit_code == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_evaluate_plot_without_matplotlib_is_a_clear_error(site_model, tmp_path, monkeypatch):
    import sys

    # Simulate a machine without the optional extra: importing it fails.
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    _data, model = site_model
    held_out = write_csv(tmp_path / "new.csv", rows(8, seed=9))
    refused(
        run("evaluate", held_out, "--model", model, "--plot", tmp_path / "x.png"),
        "--plot needs matplotlib",
    )


def test_evaluate_refuses_bad_data_and_models(site_model, tmp_path):
    _data, model = site_model
    bad = tmp_path / "bad.csv"
    bad.write_text("content,label\nhi,ham\nyo,perhaps\n", encoding="utf-8")
    refused(run("evaluate", bad, "--model", model), "bad.csv:3: unknown label")
    refused(run("evaluate", tmp_path / "none.csv", "--model", model), "none.csv: not found")
    good = write_csv(tmp_path / "good.csv", rows(3))
    refused(run("evaluate", good, "--model", tmp_path / "missing.joblib"), "model file not found")


# -- info ---------------------------------------------------------------------------------------
def test_info_prints_the_card(site_model):
    _data, model = site_model
    result = run("info", "--model", model)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"model: {model}")
    card = json.loads(result.stdout.split("\n", 1)[1])
    assert card["sha256"] == read_card(model).sha256
    assert {"metrics", "thresholds", "combiner", "params", "training_data"} <= set(card)


def test_info_without_a_card_is_refused(tmp_path):
    path = tmp_path / "orphan.joblib"
    path.write_bytes(b"not a model")
    refused(run("info", "--model", path), "no model card")


# -- feedback -------------------------------------------------------------------------------------
def test_feedback_records_decisions_that_train_reads_back(tmp_path):
    decisions = rows(10, seed=3)
    src = write_jsonl(tmp_path / "decisions.jsonl", decisions)
    store = tmp_path / "fb" / "feedback.jsonl"
    result = run("feedback", src, "--store", store)
    assert result.exit_code == 0, result.stderr
    assert f"recorded 20 decisions in {store}" in result.stderr
    records = list(read_feedback(store))
    assert [r["label"] for r in records] == [r["label"] for r in decisions]
    assert all(r["source"] == "cli" for r in records)
    assert records[0]["content"] == decisions[0]["content"]
    assert records[0]["post"]["title"] == decisions[0]["post_title"]

    # Appending, not overwriting.
    more = write_csv(tmp_path / "more.csv", rows(5, seed=4))
    assert run("feedback", more, "--store", store).exit_code == 0
    assert len(list(read_feedback(store))) == 30

    result = run("train", store, "--out", tmp_path / "m.joblib", "--cv", "2", "-q")
    assert result.exit_code == 0, result.stderr
    assert read_card(tmp_path / "m.joblib").training_data["n"] == 30


def test_feedback_refuses_bad_labels_and_writes_nothing(tmp_path):
    data = rows(3)
    data[2]["label"] = "dunno"
    src = write_csv(tmp_path / "d.csv", data)
    store = tmp_path / "feedback.jsonl"
    refused(run("feedback", src, "--store", store), "d.csv:4: unknown label 'dunno'")
    assert not store.exists()
    refused(run("feedback", tmp_path / "gone.csv", "--store", store), "gone.csv: not found")
