"""``commentguard scan`` and ``commentguard clean``: label or clean a whole export.

Both stream the input (WordPress WXR, Disqus XML, CSV or JSON Lines, gzip or not) in
constant memory, in parallel with ``--jobs N`` or on a dask cluster with ``--backend
dask --scheduler ADDRESS``, and write their output atomically. A summary goes to stderr
at the end, a progress bar too when stderr is a terminal.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from . import app

#: Bad records shown one by one on stderr with --skip-bad; the rest are only counted.
MAX_BAD_SHOWN = 50


class FormatChoice(str, Enum):
    auto = "auto"
    wxr = "wxr"
    disqus = "disqus"
    csv = "csv"
    jsonl = "jsonl"


class BackendChoice(str, Enum):
    local = "local"
    dask = "dask"


class ModeChoice(str, Enum):
    remove = "remove"
    mark = "mark"


InputArg = Annotated[
    Path,
    typer.Argument(
        help="Export to read: WordPress WXR, Disqus XML, CSV or JSON Lines (gzip is read transparently).",
        metavar="INPUT",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    FormatChoice, typer.Option("--format", help="Input format; 'auto' detects it from the content.")
]
JobsOpt = Annotated[
    int, typer.Option("--jobs", "-j", min=1, help="Worker processes (local backend).")
]
ModelOpt = Annotated[Path | None, typer.Option(help="Model file (default: the bundled model).")]
HistoryOpt = Annotated[
    Path | None,
    typer.Option(help="SQLite history file: finds duplicates across chunks, posts and runs."),
]
BackendOpt = Annotated[BackendChoice, typer.Option(help="Where chunks are labelled.")]
SchedulerOpt = Annotated[
    str | None, typer.Option(help="Dask scheduler address (tcp://HOST:8786) for --backend dask.")
]
SkipBadOpt = Annotated[
    bool,
    typer.Option(
        "--skip-bad",
        help="Report unreadable records on stderr and go on (scan writes them with label 'error').",
    ),
]
TrustOpt = Annotated[
    bool,
    typer.Option(
        "--trust-model",
        help="Load --model even without a matching SHA-256 card (only files you made).",
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
ChunkOpt = Annotated[
    int, typer.Option("--chunk-size", min=1, help="Comments per chunk sent to a worker.")
]


def _options(
    fmt: FormatChoice,
    jobs: int,
    model: Path | None,
    history: Path | None,
    backend: BackendChoice,
    scheduler: str | None,
    skip_bad: bool,
    chunk_size: int,
    trust_model: bool = False,
) -> Any:
    from ..batch import GuardSettings, RunOptions

    if backend is BackendChoice.dask and not scheduler:
        raise typer.BadParameter(
            "--backend dask needs --scheduler ADDRESS", param_hint="--scheduler"
        )
    if scheduler and backend is not BackendChoice.dask:
        raise typer.BadParameter(
            "--scheduler is only used with --backend dask", param_hint="--scheduler"
        )
    if history is not None and importlib.util.find_spec("commentguard.history") is None:
        raise typer.BadParameter(
            "this version of commentguard has no history store", param_hint="--history"
        )
    settings = GuardSettings(
        model=os.path.abspath(model) if model is not None else None,
        history=os.path.abspath(history) if history is not None else None,
        trust_model=trust_model,
    )
    return RunOptions(
        fmt=fmt.value,
        settings=settings,
        jobs=jobs,
        chunk_size=chunk_size,
        backend=backend.value,
        scheduler=scheduler,
        skip_bad=skip_bad,
        own_process=True,
    )


def _bad_reporter(input_name: str) -> Callable[[Any], None]:
    shown = 0

    def report(record: Any) -> None:
        nonlocal shown
        shown += 1
        if shown <= MAX_BAD_SHOWN:
            where = f":{record.source_line}" if record.source_line is not None else ""
            typer.echo(
                f"skipped: {input_name}{where}: {record.error} (record {record.index + 1})",
                err=True,
            )
        elif shown == MAX_BAD_SHOWN + 1:
            typer.echo(
                f"skipped: more bad records are counted in the summary, not shown (limit {MAX_BAD_SHOWN})",
                err=True,
            )

    return report


@contextmanager
def _progress(
    quiet: bool, input_path: Path, label: str
) -> Iterator[Callable[[int, int], None] | None]:
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    try:
        total = os.path.getsize(input_path)
    except OSError:
        total = None
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TextColumn("{task.fields[comments]:,} comments"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = progress.add_task(label, total=total, comments=0)

    def update(done: int, position: int) -> None:
        progress.update(task, completed=position, comments=done)

    with progress:
        yield update


class _Terminated(BaseException):
    """SIGTERM arrived (a BaseException, so no ``except Exception`` swallows it)."""


def _terminated(signum: int, frame: Any) -> None:
    raise _Terminated


def _run(fn: Callable[[], Any]) -> Any:
    """Run a batch job with its errors turned into messages and exit codes.

    SIGTERM (a service manager stopping us, ``timeout``) unwinds like Ctrl-C, so the
    temporary output files are removed on the way out rather than left behind by
    Python's default handler; the exit code is the shell's 143.
    """
    import signal
    import threading

    restore = None
    if threading.current_thread() is threading.main_thread():
        restore = signal.signal(signal.SIGTERM, _terminated)
    try:
        return _run_inner(fn)
    finally:
        if restore is not None:
            signal.signal(signal.SIGTERM, restore)


def _run_inner(fn: Callable[[], Any]) -> Any:
    from ..types import CommentguardError

    try:
        return fn()
    except CommentguardError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    except KeyboardInterrupt:
        typer.echo("interrupted: no output written", err=True)
        raise typer.Exit(130) from None
    except _Terminated:
        typer.echo("terminated: no output written", err=True)
        raise typer.Exit(143) from None
    except BrokenPipeError:
        # stdout closed early (| head): not an error of ours.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        raise typer.Exit(0) from None


def _print_summary(summary: Any, quiet: bool) -> None:
    if not quiet:
        for line in summary.lines():
            typer.echo(line, err=True)


@app.command("scan")
def scan_command(
    input_path: InputArg,
    fmt: FormatOpt = FormatChoice.auto,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="JSON Lines file to write (default: stdout); .gz compresses."
        ),
    ] = None,
    jobs: JobsOpt = 1,
    model: ModelOpt = None,
    history: HistoryOpt = None,
    backend: BackendOpt = BackendChoice.local,
    scheduler: SchedulerOpt = None,
    skip_bad: SkipBadOpt = False,
    quiet: QuietOpt = False,
    chunk_size: ChunkOpt = 1000,
    trust_model: TrustOpt = False,
) -> None:
    """Label every comment of an export; write one JSON line per comment.

    Each line has id, post_id, label (ham/unsure/spam, or error for an unreadable record
    with --skip-bad), spam_probability, action, flags and reasons. A summary (counts per
    label and flag, speed, in = out) goes to stderr.
    """
    from ..batch import scan_file

    opts = _options(
        fmt, jobs, model, history, backend, scheduler, skip_bad, chunk_size, trust_model
    )
    opts.on_bad = _bad_reporter(str(input_path))

    def go() -> Any:
        with _progress(quiet, input_path, "scanning") as update:
            opts.progress = update
            return scan_file(input_path, output, opts)

    summary = _run(go)
    _print_summary(summary, quiet)


@app.command("clean")
def clean_command(
    input_path: InputArg,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Cleaned export to write, in the input's format (.gz compresses).",
        ),
    ],
    quarantine: Annotated[
        Path | None,
        typer.Option(
            help="JSON Lines file for removed/marked comments (default: OUTPUT_STEM.quarantine.jsonl)."
        ),
    ] = None,
    mode: Annotated[
        ModeChoice,
        typer.Option(
            help="remove: drop spam (replies move up a level); mark: keep it marked as spam."
        ),
    ] = ModeChoice.remove,
    fmt: FormatOpt = FormatChoice.auto,
    jobs: JobsOpt = 1,
    model: ModelOpt = None,
    history: HistoryOpt = None,
    backend: BackendOpt = BackendChoice.local,
    scheduler: SchedulerOpt = None,
    skip_bad: SkipBadOpt = False,
    quiet: QuietOpt = False,
    chunk_size: ChunkOpt = 1000,
    trust_model: TrustOpt = False,
) -> None:
    """Write an export back without its spam, in the same format.

    Spam is removed (--mode remove) or marked (--mode mark: WXR comment_approved=spam,
    Disqus isSpam=true, CSV/JSONL label columns); in mark mode an unsure comment is held
    for moderation (WXR comment_approved=0). Removed or marked comments also go to the
    quarantine file. Unreadable records (--skip-bad) are kept as they are.
    """
    from ..batch import clean_file

    opts = _options(
        fmt, jobs, model, history, backend, scheduler, skip_bad, chunk_size, trust_model
    )
    opts.on_bad = _bad_reporter(str(input_path))

    def go() -> Any:
        with _progress(quiet, input_path, "cleaning") as update:
            opts.progress = update
            return clean_file(input_path, output, mode=mode.value, quarantine=quarantine, opts=opts)

    summary = _run(go)
    _print_summary(summary, quiet)
