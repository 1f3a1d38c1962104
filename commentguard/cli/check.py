"""``commentguard check``: label one comment from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import app


@app.command("check")
def check_command(
    text: Annotated[str, typer.Argument(help="Comment text; '-' reads it from stdin.")],
    author: Annotated[str, typer.Option(help="Author name.")] = "",
    author_url: Annotated[str, typer.Option("--author-url", help="Author's website.")] = "",
    author_email: Annotated[str, typer.Option("--author-email", help="Author's e-mail.")] = "",
    post_title: Annotated[str, typer.Option("--post-title", help="Title of the post.")] = "",
    post_text: Annotated[str, typer.Option("--post-text", help="Text of the post.")] = "",
    post_url: Annotated[str, typer.Option("--post-url", help="URL of the post.")] = "",
    model: Annotated[
        Path | None, typer.Option(help="Model file (default: the bundled model).")
    ] = None,
    trust_model: Annotated[
        bool,
        typer.Option(
            "--trust-model", help="Load --model without a matching card (your own files)."
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the verdict as JSON.")] = False,
) -> None:
    """Label one comment and print the verdict with its reasons.

    Exit code 0 whatever the label; use --json and read "label" to branch on it.
    """
    from .. import Comment, Post
    from ..guard import Guard
    from ..types import CommentguardError

    if text == "-":
        text = sys.stdin.read()
    post = (
        Post(title=post_title, text=post_text, url=post_url)
        if (post_title or post_text or post_url)
        else None
    )
    try:
        verdict = Guard(model=model, trust_model=trust_model).check(
            Comment(content=text, author=author, author_url=author_url, author_email=author_email),
            post=post,
        )
    except CommentguardError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps(verdict.to_dict(), ensure_ascii=False))
    else:
        typer.echo(verdict.explain())
