"""``commentguard train | evaluate | info | feedback``: a site's own model."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import app


def _fail(exc: Exception) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(2)


@app.command("train")
def train_command(
    data: Annotated[
        list[Path],
        typer.Argument(
            help="Labelled data: a corpus directory, WXR, Disqus, CSV or JSONL with a label column."
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Where to write the model (.joblib); its card goes beside it (.json).",
        ),
    ],
    base: Annotated[
        str,
        typer.Option(
            help="'default' adds the bundled corpus to your data; 'none' trains on yours alone."
        ),
    ] = "none",
    target_fpr: Annotated[
        float,
        typer.Option(
            "--target-fpr", help="Ham false-positive rate the spam threshold is chosen for."
        ),
    ] = 0.01,
    cv: Annotated[int, typer.Option(help="Cross-validation folds.")] = 5,
    fmt: Annotated[str, typer.Option("--format", help="auto|wxr|disqus|csv|jsonl")] = "auto",
    pending_as: Annotated[
        str | None,
        typer.Option(
            "--pending-as", help="Use unmoderated comments as 'spam' or 'ham' (default: skip them)."
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed of the folds.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Train a model on labelled comments, print a cross-validated report, write the model."""
    from ..training import TrainingDataError, load_corpus, read_labelled, train
    from ..types import CommentguardError

    if base not in ("default", "none"):
        raise _fail(ValueError(f"--base must be 'default' or 'none', not {base!r}"))
    if not 0 < target_fpr < 0.5:
        raise _fail(ValueError("--target-fpr must be between 0 and 0.5"))
    try:
        examples = []
        for path in data:
            if not path.exists():
                raise TrainingDataError(f"{path}: not found")
            examples += read_labelled(path, fmt, pending_as=pending_as)
        paths = list(data)
        if base == "default":
            corpus = bundled_corpus()
            examples += load_corpus(corpus)
            paths.append(corpus)
        report = train(
            examples,
            out,
            target_fpr=target_fpr,
            cv=cv,
            data_paths=paths,
            seed=seed,
            progress=None if quiet else (lambda m: typer.echo(m, err=True)),
        )
    except CommentguardError as exc:
        raise _fail(exc) from exc
    typer.echo(report.to_text())


def bundled_corpus() -> Path:
    from ..training import TrainingDataError

    here = Path(__file__).resolve().parents[2] / "datasets"
    if (here / "comments.jsonl").exists():
        return here
    raise TrainingDataError(
        "--base default needs the training corpus (datasets/ in a checkout of commentguard); "
        "it is not installed with the wheel"
    )


@app.command("evaluate")
def evaluate_command(
    data: Annotated[Path, typer.Argument(help="Labelled data (any format train reads).")],
    model: Annotated[Path | None, typer.Option(help="Model file (default: bundled).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="auto|wxr|disqus|csv|jsonl")] = "auto",
    plot: Annotated[
        Path | None,
        typer.Option(help="Write ROC and precision-recall curves to this PNG (needs matplotlib)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
) -> None:
    """Score labelled data with a model and all checks; print metrics and a confusion matrix."""
    import numpy as np

    from ..guard import Guard
    from ..training import metrics, read_labelled
    from ..types import CommentguardError

    try:
        examples = read_labelled(data, fmt)
        guard = Guard(model=model)
        verdicts = guard.check_many([(e.comment, e.post) for e in examples])
    except CommentguardError as exc:
        raise _fail(exc) from exc
    y = np.array([e.label for e in examples])
    p = np.array([v.spam_probability for v in verdicts])
    th = guard.combiner.thresholds
    m = metrics(p, y, th, 0.01)
    labels = [v.label for v in verdicts]
    matrix = {
        truth: {
            lab: sum(1 for yy, ll in zip(y, labels) if yy == t and ll == lab)
            for lab in ("ham", "unsure", "spam")
        }
        for truth, t in (("ham", 0), ("spam", 1))
    }
    if as_json:
        typer.echo(json.dumps({"metrics": m, "confusion": matrix}, indent=2))
    else:
        typer.echo(f"{len(y)} comments ({int(y.sum())} spam)")
        for k in (
            "accuracy",
            "f1",
            "roc_auc",
            "fpr",
            "ham_unsure",
            "recall",
            "recall_at_target_fpr",
        ):
            typer.echo(f"  {k:22} {m[k]:.4f}")
        typer.echo("\n  truth \\ label     ham  unsure    spam")
        for truth, row in matrix.items():
            typer.echo(f"  {truth:14} {row['ham']:6} {row['unsure']:7} {row['spam']:7}")
    if plot is not None:
        _plot(y, p, plot)
        typer.echo(f"plot written to {plot}", err=True)


def _plot(y, p, path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise _fail(
            RuntimeError("--plot needs matplotlib: pip install 'commentguard[plot]'")
        ) from exc
    from sklearn.metrics import precision_recall_curve, roc_curve

    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 4))
    fpr, tpr, _ = roc_curve(y, p)
    a.plot(fpr, tpr)
    a.set_xlabel("ham false-positive rate")
    a.set_ylabel("spam recall")
    a.set_title("ROC")
    prec, rec, _ = precision_recall_curve(y, p)
    b.plot(rec, prec)
    b.set_xlabel("recall")
    b.set_ylabel("precision")
    b.set_title("Precision-recall")
    fig.tight_layout()
    fig.savefig(path)


@app.command("info")
def info_command(
    model: Annotated[Path | None, typer.Option(help="Model file (default: bundled).")] = None,
) -> None:
    """Print a model's card: data, parameters, metrics, thresholds, combiner weights."""
    from ..classifier import ModelError, default_model_path, read_card

    path = model or default_model_path()
    try:
        card = read_card(path)
    except ModelError as exc:
        raise _fail(exc) from exc
    typer.echo(f"model: {path}")
    typer.echo(card.to_json())


@app.command("feedback")
def feedback_command(
    data: Annotated[
        Path,
        typer.Argument(
            help="Moderator decisions: JSONL/CSV with a label column (e.g. from the review page)."
        ),
    ],
    store: Annotated[
        Path,
        typer.Option(help="Feedback file to append to; `train` reads it like any labelled file."),
    ] = Path("commentguard-feedback.jsonl"),
    fmt: Annotated[str, typer.Option("--format", help="auto|csv|jsonl")] = "auto",
) -> None:
    """Record moderator decisions so the next `commentguard train` learns from them."""
    from ..feedback import record_feedback
    from ..training import read_labelled
    from ..types import CommentguardError

    try:
        examples = read_labelled(data, fmt)
    except CommentguardError as exc:
        raise _fail(exc) from exc
    for e in examples:
        record_feedback(store, e.comment, "spam" if e.label else "ham", "cli")
    typer.echo(f"recorded {len(examples)} decisions in {store}", err=True)
    sys.stdout.flush()
