"""The ``commentguard`` command: a thin typer layer over the library.

Results go to stdout, messages and progress to stderr. Exit codes: 0 success, 1 an
unexpected failure, 2 bad input or usage (a file that cannot be read, a bad option).
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="commentguard",
    help="Label blog comments ham / spam / unsure, with reasons.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module registers its commands on ``app`` when imported.
from . import batch, check, report, serve, train  # noqa: E402,F401


def main() -> None:
    app()
