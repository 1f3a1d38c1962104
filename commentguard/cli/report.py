"""``commentguard report``: the self-contained HTML review page for a scan's labels."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from . import app


@app.command("report")
def report_command(
    labels: Annotated[
        str,
        typer.Argument(
            help="Labels file written by `commentguard scan` (JSON Lines); '-' reads stdin."
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")],
    input_path: Annotated[
        Path | None,
        typer.Option(
            "--input",
            "-i",
            help="The original export, to join comment text, author and post title by id.",
        ),
    ] = None,
    include_all: Annotated[
        bool, typer.Option("--all", help="Put ham comments in the table too.")
    ] = False,
    unsure_threshold: Annotated[
        float | None,
        typer.Option(
            "--unsure-threshold", help="Line between ham and unsure (default: the model's)."
        ),
    ] = None,
    spam_threshold: Annotated[
        float | None,
        typer.Option(
            "--spam-threshold", help="Line between unsure and spam (default: the model's)."
        ),
    ] = None,
) -> None:
    """Write one HTML page to review a scan: summary, histogram, and a table of the
    comments that need a human, with spam / ham buttons whose decisions download as
    labelled data for `commentguard train` / `feedback`.

    The page is self-contained: it opens from disk, offline, and never runs anything a
    commenter wrote. Exit codes: 0 written, 2 bad input.
    """
    from ..report import default_thresholds, read_comments, read_labels, write_report
    from ..types import CommentguardError

    def fail(message: str) -> typer.Exit:
        typer.echo(f"error: {message}", err=True)
        return typer.Exit(2)

    unsure, spam = default_thresholds()
    unsure = unsure if unsure_threshold is None else unsure_threshold
    spam = spam if spam_threshold is None else spam_threshold
    if not 0.0 <= unsure <= spam <= 1.0:
        raise fail(
            f"thresholds must satisfy 0 <= unsure <= spam <= 1, got unsure={unsure}, spam={spam}"
        )
    if not output.parent.is_dir():
        raise fail(f"{output.parent}: no such directory")

    try:
        comments = read_comments(input_path) if input_path is not None else None
        source = "<stdin>" if labels == "-" else labels
        rows = read_labels(sys.stdin if labels == "-" else Path(labels))
        summary = write_report(
            rows,
            output,
            comments=comments,
            thresholds=(unsure, spam),
            include_all=include_all,
            source=Path(source).name if labels != "-" else source,
        )
    except CommentguardError as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:
        raise fail(f"{exc.filename or output}: {exc.strerror or exc}") from exc

    counts = ", ".join(f"{summary.labels.get(k, 0):,} {k}" for k in ("ham", "unsure", "spam"))
    if summary.labels.get("error"):
        counts += f", {summary.labels['error']:,} error"
    missing = ""
    if summary.shown and summary.with_text == 0:
        missing = " (no comment text: pass --input EXPORT to join it)"
    typer.echo(
        f"wrote {output}: {summary.total:,} comments ({counts}); "
        f"{summary.shown:,} to review{missing}; {summary.size_bytes / 1e6:.1f} MB",
        err=True,
    )
