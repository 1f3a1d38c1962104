"""``commentguard train | evaluate | info | feedback``: a site's own model."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from . import app


def _fail(exc: Exception) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(2)


_TRAIN_HELP = (
    "Train a model on labelled comments, print a cross-validated report, write the model."
    "\n\n"
    "DATA is a site's moderation history: a WordPress export (approved comments are ham, "
    "the spam queue is spam; pending and trash are skipped unless --pending-as), a Disqus "
    "export, or CSV / JSON Lines with a 'label' column (spam/ham, 1/0, true/false), such "
    "as the file `commentguard feedback` writes. Several files may be given."
    "\n\n"
    "--base none (the default) trains on your data alone. Your comments are real, so the "
    "classifier uses the site parameters (every metadata feature, C=10) and "
    "the checks' weights are learned from your data (--learn-weights). (The bundled "
    "corpus given as DATA is the exception: `commentguard train datasets --out "
    "models/default.joblib` rebuilds the shipped model with its own recipe.)"
    "\n\n"
    "--base default adds the bundled training corpus (in a checkout of commentguard). "
    "The classifier keeps the shipped model's parameters and the checks their documented "
    "weights (--prior-weights): fitted on our generated corpus, the checks would get ~0. "
    "Each of your examples counts --site-weight times a corpus comment."
    "\n\n"
    "--learn-weights/--prior-weights and --params override those choices. Bad data (no "
    "labels, one class, too few examples of a class, an unknown label) is refused with "
    "exit code 2 and a message naming the file (and line)."
)


@app.command("train", help=_TRAIN_HELP)
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
        typer.Option(help="'none' trains on your data alone; 'default' adds the bundled corpus."),
    ] = "none",
    target_fpr: Annotated[
        float,
        typer.Option(
            "--target-fpr", help="Ham false-positive rate the spam threshold is chosen for."
        ),
    ] = 0.01,
    cv: Annotated[int, typer.Option(help="Cross-validation folds (grouped by post).")] = 5,
    cv_sample: Annotated[
        int | None,
        typer.Option(
            "--cv-sample",
            help="Cross-validate on a stratified sample of at most this many comments "
            "(0: all; default 15,000). The final model is always fitted on all.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="auto|wxr|disqus|csv|jsonl")] = "auto",
    pending_as: Annotated[
        str | None,
        typer.Option(
            "--pending-as",
            help="Use unmoderated (pending, trash) comments as 'spam' or 'ham' (default: skip them).",
        ),
    ] = None,
    learn_weights: Annotated[
        bool | None,
        typer.Option(
            "--learn-weights/--prior-weights",
            help="Learn the checks' weights from the data, or keep their documented priors "
            "(default: learn with --base none, priors with --base default).",
            show_default=False,
        ),
    ] = None,
    params: Annotated[
        str,
        typer.Option(
            "--params",
            help="Classifier parameters: 'site' (for real comments), 'default' (the shipped "
            "model's) or 'auto' (site with --base none, default with --base default).",
        ),
    ] = "auto",
    site_weight: Annotated[
        float | None,
        typer.Option(
            "--site-weight",
            help="With --base default: weight of each of your examples against a corpus "
            "comment (default: enough for your data to count as a quarter of the corpus, "
            "between 1 and 50).",
            show_default=False,
        ),
    ] = None,
    min_per_class: Annotated[
        int, typer.Option("--min-per-class", help="Fewest examples of each class accepted.")
    ] = 10,
    seed: Annotated[int, typer.Option(help="Random seed of the folds.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    from ..training import (
        MAX_CV_EXAMPLES,
        SITE_PIPELINE_PARAMS,
        TrainingDataError,
        load_corpus,
        read_labelled,
        train,
        validate,
    )
    from ..types import CommentguardError

    if base not in ("default", "none"):
        raise _fail(ValueError(f"--base must be 'default' or 'none', not {base!r}"))
    if params not in ("auto", "site", "default"):
        raise _fail(ValueError(f"--params must be 'auto', 'site' or 'default', not {params!r}"))
    if not 0 < target_fpr < 0.5:
        raise _fail(ValueError("--target-fpr must be between 0 and 0.5"))
    if cv < 2:
        raise _fail(ValueError("--cv must be at least 2"))
    if site_weight is not None and site_weight <= 0:
        raise _fail(ValueError("--site-weight must be positive"))
    if cv_sample is not None and 0 < cv_sample < 100:
        raise _fail(ValueError("--cv-sample must be 0 (all) or at least 100"))
    if min_per_class < 2:
        raise _fail(ValueError("--min-per-class must be at least 2"))
    site = base == "none"
    # The bundled corpus on its own is the shipped model's recipe, not a site's data:
    # `commentguard train datasets --out models/default.joblib` rebuilds that model.
    real = site and not all(_is_bundled_corpus(p) for p in data)
    use_site_params = params == "site" or (params == "auto" and real)
    learn = real if learn_weights is None else learn_weights
    say = None if quiet else (lambda m: typer.echo(m, err=True))
    try:
        examples = []
        for path in data:
            if not path.exists():
                raise TrainingDataError(f"{path}: not found")
            skipped: dict[str, int] = {}
            got = read_labelled(path, fmt, pending_as=pending_as, skipped=skipped)
            if not got:
                hint = (
                    f"; {_counts(skipped)} were skipped: pass --pending-as spam|ham to use them"
                    if skipped
                    else ""
                )
                raise TrainingDataError(f"{path}: no labelled comments{hint}")
            if skipped and say:
                say(f"{path}: skipped {_counts(skipped)} (unlabelled; see --pending-as)")
            examples += got
        names = ", ".join(str(p) for p in data)
        try:
            validate(examples, min_per_class)
        except TrainingDataError as exc:
            raise TrainingDataError(f"{names}: {exc}") from None
        paths = list(data)
        if not site:
            corpus = bundled_corpus()
            base_examples = load_corpus(corpus)
            weight = site_weight or _auto_site_weight(len(base_examples), len(examples))
            for e in examples:
                e.weight = weight
            if say:
                say(f"your {len(examples)} examples weigh {weight:g} corpus comments each")
            examples += base_examples
            paths.append(corpus)
        report = train(
            examples,
            out,
            target_fpr=target_fpr,
            cv=cv,
            pipeline_params=dict(SITE_PIPELINE_PARAMS) if use_site_params else None,
            data_paths=paths,
            seed=seed,
            learn_check_weights=learn,
            min_per_class=min_per_class,
            max_cv_examples=(cv_sample or None) if cv_sample is not None else MAX_CV_EXAMPLES,
            progress=say,
        )
    except CommentguardError as exc:
        raise _fail(exc) from exc
    typer.echo(report.to_text())
    typer.echo(
        f"classifier parameters: {'site' if use_site_params else 'default'}; "
        f"check weights: {'learned' if learn else 'priors'}"
    )


def _is_bundled_corpus(path: Path) -> bool:
    from ..training import TrainingDataError

    try:
        return path.resolve() == bundled_corpus().resolve()
    except (TrainingDataError, OSError):
        return False


def _counts(skipped: dict[str, int]) -> str:
    return ", ".join(f"{n} {status}" for status, n in sorted(skipped.items()))


#: Bounds of the automatic --site-weight.
MAX_AUTO_SITE_WEIGHT = 50.0


def _auto_site_weight(n_base: int, n_site: int) -> float:
    """Weight that makes a site's examples count as a quarter of the corpus, in [1, 50].

    Twenty site comments among 10,000 corpus comments barely move the classifier; on
    the YouTube collection weighting them up raised AUC at every amount of site data
    (benchmarks/bench_youtube.py, learning curve).
    """
    if n_site <= 0:
        return 1.0
    return float(min(MAX_AUTO_SITE_WEIGHT, max(1.0, round(n_base / (4 * n_site), 1))))


def bundled_corpus() -> Path:
    """The training corpus: $COMMENTGUARD_CORPUS, ./datasets, or the checkout's datasets/.

    The corpus is not in the wheel (it would triple its size for a step most users never
    run), so an installed commentguard finds it in the working directory of a checkout.
    """
    import os

    from ..training import TrainingDataError

    candidates = (
        [Path(os.environ["COMMENTGUARD_CORPUS"])] if os.environ.get("COMMENTGUARD_CORPUS") else []
    )
    candidates += [Path.cwd() / "datasets", Path(__file__).resolve().parents[2] / "datasets"]
    for here in candidates:
        if (here / "comments.jsonl").exists() and (here / "posts.jsonl").exists():
            return here
    raise TrainingDataError(
        "--base default needs the training corpus: run from a checkout of commentguard "
        "(its datasets/ folder) or set COMMENTGUARD_CORPUS to that folder"
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
    target_fpr: Annotated[
        float, typer.Option("--target-fpr", help="Ham FPR at which spam recall is reported.")
    ] = 0.01,
    pending_as: Annotated[
        str | None,
        typer.Option("--pending-as", help="Count unmoderated comments as 'spam' or 'ham'."),
    ] = None,
) -> None:
    """Score labelled data with a model and all checks; print metrics and a confusion matrix.

    Metrics: accuracy and spam F1 at probability 0.5, ROC AUC, ham labelled spam (FPR)
    and unsure at the model's thresholds, spam recall, and spam recall at --target-fpr.
    """
    import numpy as np

    from ..guard import Guard
    from ..training import TrainingDataError, metrics, read_labelled
    from ..types import CommentguardError

    if not 0 < target_fpr < 0.5:
        raise _fail(ValueError("--target-fpr must be between 0 and 0.5"))
    if plot is not None:
        _need_matplotlib()
    try:
        if not data.exists():
            raise TrainingDataError(f"{data}: not found")
        examples = read_labelled(data, fmt, pending_as=pending_as)
        if not examples:
            raise TrainingDataError(f"{data}: no labelled comments")
        guard = Guard(model=model)
        verdicts = guard.check_many([(e.comment, e.post) for e in examples])
    except CommentguardError as exc:
        raise _fail(exc) from exc
    y = np.array([e.label for e in examples])
    p = np.array([v.spam_probability for v in verdicts])
    th = guard.combiner.thresholds
    m = metrics(p, y, th, target_fpr)
    labels = [v.label for v in verdicts]
    matrix = {
        truth: {
            lab: sum(1 for yy, ll in zip(y, labels) if yy == t and ll == lab)
            for lab in ("ham", "unsure", "spam")
        }
        for truth, t in (("ham", 0), ("spam", 1))
    }
    if as_json:
        clean = {k: (v if v == v else None) for k, v in m.items()}  # NaN is not JSON
        typer.echo(json.dumps({"metrics": clean, "confusion": matrix}, indent=2))
    else:
        typer.echo(f"{len(y)} comments ({int(y.sum())} spam, {len(y) - int(y.sum())} ham)")
        typer.echo(f"thresholds: unsure {th.unsure:.3f}, spam {th.spam:.3f}")
        for k, name in (
            ("accuracy", "accuracy at p=0.5"),
            ("f1", "spam F1 at p=0.5"),
            ("roc_auc", "ROC AUC"),
            ("fpr", "ham labelled spam"),
            ("ham_unsure", "ham labelled unsure"),
            ("recall", "spam labelled spam"),
            ("recall_at_target_fpr", f"recall at {target_fpr:.0%} FPR"),
        ):
            typer.echo(f"  {name:22} {m[k]:.4f}")
        typer.echo("\n  truth \\ label     ham  unsure    spam")
        for truth, row in matrix.items():
            typer.echo(f"  {truth:14} {row['ham']:6} {row['unsure']:7} {row['spam']:7}")
    if plot is not None:
        if 0 < y.sum() < len(y):
            _plot(y, p, plot)
            typer.echo(f"plot written to {plot}", err=True)
        else:
            typer.echo("no plot: the data has only one class", err=True)


def _need_matplotlib() -> None:
    import importlib.util

    if importlib.util.find_spec("matplotlib") is None:
        raise _fail(RuntimeError("--plot needs matplotlib: pip install 'commentguard[plot]'"))


def _plot(y: Any, p: Any, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
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
    plt.close(fig)


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
        if not data.exists():
            raise CommentguardError(f"{data}: not found")
        examples = read_labelled(data, fmt)
        for e in examples:
            record_feedback(store, e.comment, "spam" if e.label else "ham", "cli", post=e.post)
    except (CommentguardError, OSError) as exc:
        raise _fail(exc) from exc
    typer.echo(f"recorded {len(examples)} decisions in {store}", err=True)
    sys.stdout.flush()
