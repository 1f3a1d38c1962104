"""Readers and writers for comment exports: WordPress WXR, Disqus XML, CSV, JSON Lines.

>>> from commentguard.io import RecordSource
>>> with RecordSource("examples/blog-export.xml") as source:   # doctest: +SKIP
...     for record in source:
...         print(record.index, record.comment.author, record.post.title)

Every reader streams: it holds one record (plus, for Disqus, the small thread map) at a
time, whatever the size of the file. Gzip input is decompressed transparently (by its
magic bytes, not its name). Errors are ``InputError``: ``FILE:LINE: what``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import BinaryIO

from . import csv_, disqus, jsonl, wxr
from .base import (
    FORMATS,
    MAX_FIELD_CHARS,
    MAX_LINE_BYTES,
    Format,
    InputError,
    Record,
    atomic_output,
    detect_format,
    input_size,
    open_input,
    resolve_format,
    same_file,
    sniff_format,
)

Reader = Callable[..., Iterator[Record]]

READERS: dict[str, Reader] = {
    "wxr": wxr.read,
    "disqus": disqus.read,
    "csv": csv_.read,
    "jsonl": jsonl.read,
}


class RecordSource:
    """An input file as a stream of Records, with its format and read progress.

    ``fmt="auto"`` detects the format from the first bytes. Iterate once; use as a
    context manager (or call ``close``) to release the file.
    """

    def __init__(
        self, path: str | os.PathLike[str], fmt: str = "auto", *, skip_bad: bool = False
    ) -> None:
        self.path = os.fspath(path)
        self.format: Format = resolve_format(self.path, fmt)
        self.skip_bad = skip_bad
        self.size = input_size(self.path)
        self._stream: BinaryIO | None = None
        self._last_position = 0

    def __iter__(self) -> Iterator[Record]:
        if self._stream is not None:
            raise RuntimeError("a RecordSource can be iterated only once")
        self._stream = stream = open_input(self.path)
        try:
            yield from READERS[self.format](stream, self.path, skip_bad=self.skip_bad)
            self._last_position = self.size or self._last_position
        finally:
            stream.close()

    def position(self) -> int:
        """Bytes of the file on disk read so far (compressed bytes for gzip input)."""
        stream = self._stream
        if stream is None:
            return 0
        if stream.closed:
            return self._last_position
        raw = getattr(stream, "raw", None)
        if raw is not None and hasattr(raw, "position"):
            self._last_position = int(raw.position())
        return self._last_position

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()

    def __enter__(self) -> RecordSource:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def read_records(
    path: str | os.PathLike[str], fmt: str = "auto", *, skip_bad: bool = False
) -> Iterator[Record]:
    """Yield the Records of a file (see ``RecordSource``)."""
    yield from RecordSource(path, fmt, skip_bad=skip_bad)


__all__ = [
    "FORMATS",
    "MAX_FIELD_CHARS",
    "MAX_LINE_BYTES",
    "READERS",
    "Format",
    "InputError",
    "Record",
    "RecordSource",
    "atomic_output",
    "csv_",
    "detect_format",
    "disqus",
    "jsonl",
    "open_input",
    "read_records",
    "resolve_format",
    "same_file",
    "sniff_format",
    "wxr",
]
