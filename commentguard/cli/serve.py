"""``commentguard serve``: the Akismet-compatible HTTP API (needs the ``server`` extra)."""

from __future__ import annotations

import json
import os
from importlib.util import find_spec
from pathlib import Path
from typing import Annotated

import typer

from . import app


@app.command("serve")
def serve_command(
    host: Annotated[
        str, typer.Option(help="Address to bind. Anything but 127.0.0.1 exposes the API to others.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=0, max=65535)] = 8000,
    model: Annotated[
        Path | None, typer.Option(help="Model file (default: the bundled model).")
    ] = None,
    trust_model: Annotated[
        bool, typer.Option("--trust-model", help="Load a model file without a matching card.")
    ] = False,
    api_key: Annotated[
        list[str] | None,
        typer.Option(
            "--api-key",
            help="Accepted API key (repeatable). Prefer the COMMENTGUARD_API_KEYS environment "
            "variable (comma-separated): command lines are visible to other local users.",
        ),
    ] = None,
    no_auth: Annotated[
        bool,
        typer.Option("--no-auth", help="Accept requests without a valid key (local testing only)."),
    ] = False,
    history: Annotated[
        Path | None,
        typer.Option(help="SQLite history file (duplicates across posts, restarts and workers)."),
    ] = None,
    feedback: Annotated[
        Path | None,
        typer.Option(help="JSON Lines file that submit-spam/submit-ham append to."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.", min=1)] = 1,
    unsure_as: Annotated[
        str,
        typer.Option(
            "--unsure-as",
            help="Akismet answer for 'unsure': spam (true, no discard tip) or ham (false).",
        ),
    ] = "spam",
    max_body: Annotated[
        int, typer.Option("--max-body", help="Largest request body in bytes (larger: 413).", min=1)
    ] = 1_000_000,
    access_log: Annotated[
        bool, typer.Option("--access-log/--no-access-log", help="Log every request.")
    ] = True,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the Akismet-compatible API (/1.1/comment-check …) and /v1/check (JSON).

    Point an Akismet client's API host at http://HOST:PORT. Keys: --api-key or
    COMMENTGUARD_API_KEYS; without any the server refuses to start unless --no-auth.
    """
    if find_spec("uvicorn") is None or find_spec("starlette") is None:
        typer.echo("error: the server needs: pip install 'commentguard[server]'", err=True)
        raise typer.Exit(2)
    from ..server import API_KEYS_ENV, CONFIG_ENV, api_keys_from_env

    keys = [k.strip() for k in (api_key or []) if k.strip()] + api_keys_from_env()
    if any("," in k for k in keys):
        typer.echo("error: an API key cannot contain a comma", err=True)
        raise typer.Exit(2)
    if not keys and not no_auth:
        typer.echo(
            "error: no API key configured. Pass --api-key KEY or set COMMENTGUARD_API_KEYS; "
            "use --no-auth only on a socket nobody else can reach.",
            err=True,
        )
        raise typer.Exit(2)
    if unsure_as not in ("spam", "ham"):
        typer.echo("error: --unsure-as must be 'spam' or 'ham'", err=True)
        raise typer.Exit(2)
    if model is not None and not model.exists():
        typer.echo(f"error: {model}: model file not found", err=True)
        raise typer.Exit(2)
    if history is not None:
        try:
            from .. import history as _history  # noqa: F401
        except ImportError as exc:
            typer.echo(f"error: --history needs commentguard.history ({exc})", err=True)
            raise typer.Exit(2) from exc
    if workers > 1 and history is None:
        typer.echo(
            "note: without --history each worker finds duplicates only among its own requests",
            err=True,
        )
    if host not in ("127.0.0.1", "localhost", "::1") and no_auth:
        typer.echo(
            f"warning: --no-auth on {host}: anyone who can reach it can use the API", err=True
        )

    config = {
        "model": os.fspath(model) if model is not None else None,
        "trust_model": trust_model,
        "history": os.fspath(history) if history is not None else None,
        "feedback": os.fspath(feedback) if feedback is not None else None,
        "max_body_bytes": max_body,
        "unsure_as": unsure_as,
        "no_auth": no_auth,
    }
    # Worker processes read their configuration from the environment they inherit;
    # keys travel there too rather than on a command line.
    os.environ[CONFIG_ENV] = json.dumps(config)
    os.environ[API_KEYS_ENV] = ",".join(keys)
    from ..server import run

    run(host=host, port=port, workers=workers, access_log=access_log, log_level=log_level)
