"""CSV with a header row.

Columns are Comment fields or their aliases (Akismet's ``comment_content``,
``comment_author`` …, and ``text``, ``body``, ``comment``, ``message`` for the text);
``post_title``, ``post_text``/``post_content``, ``post_url``/``permalink`` and ``post_id``
give the comment's post. Other columns go to ``comment.extra``. A file without a text
column is refused with an error naming the columns it has.

The file is read as UTF-8 (a BOM is allowed); the delimiter (``,``, ``;``, tab or ``|``)
is the one the header line uses most. A row that cannot be read (wrong number of
fields, invalid UTF-8, a field over ``MAX_FIELD_CHARS``, broken quoting) is a bad
record: an error, or reported and kept with ``skip_bad``.

Writing back (``clean``): every cell is written as read, except that a cell starting
with ``= + - @``, tab or CR gets a leading ``'`` so no spreadsheet runs it as a formula.
Mark mode adds (or overwrites) the columns ``label``, ``spam_probability``, ``action``
and ``flags`` (``;``-separated).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any, BinaryIO

from ..types import POST_ALIASES, Comment, Post
from .base import MAX_LINE_BYTES, InputError, Record, escape_formula, field_problem

#: Column names accepted for the comment text, canonical first.
CONTENT_COLUMNS = ("content", "comment_content", "text", "body", "comment", "message")
_POST_COLUMNS = frozenset(POST_ALIASES) - {"post_id"}
MARK_COLUMNS = ("label", "spam_probability", "action", "flags")
_PARENT_COLUMNS = ("parent_id", "comment_parent")
_POST_ID_COLUMNS = ("post_id", "comment_post_ID", "comment_post_id")
_DELIMITERS = ",;\t|"


def _ensure_field_limit() -> None:
    # The csv module's own limit (131,072 by default) is process-wide; raise it to the
    # hard cap, past which quoting is certainly broken. MAX_FIELD_CHARS is checked per
    # record below, so a long field is a bad record rather than a stopped read.
    if csv.field_size_limit() < MAX_LINE_BYTES:
        csv.field_size_limit(MAX_LINE_BYTES)


class _Lines:
    """Decoded lines of a binary stream, counted, each at most MAX_LINE_BYTES."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.stream = stream
        self.name = name
        self.count = 0
        self.last = ""

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        try:
            line = self.stream.readline(MAX_LINE_BYTES + 1)
        except InputError as exc:
            raise InputError(exc.path, self.count + 1, exc.message) from None
        if not line:
            raise StopIteration
        if len(line) > MAX_LINE_BYTES:
            raise InputError(
                self.name, self.count + 1, f"line longer than {MAX_LINE_BYTES:,} bytes"
            )
        text = line.decode("utf-8", "surrogateescape")
        if self.count == 0:
            text = text.removeprefix("\ufeff")
        self.count += 1
        self.last = text
        return text


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass(frozen=True)
class Layout:
    """What the header says: column names and where the interesting ones are."""

    header: tuple[str, ...]
    content: int
    delimiter: str

    def column(self, names: Sequence[str]) -> int | None:
        for n in names:
            if n in self.header:
                return self.header.index(n)
        return None


def _layout(header: list[str], delimiter: str, name: str, line: int) -> Layout:
    cols = tuple(h.strip() for h in header)
    for c in CONTENT_COLUMNS:
        if c in cols:
            return Layout(cols, cols.index(c), delimiter)
    found = ", ".join(c for c in cols if c) or "none"
    raise InputError(
        name,
        line,
        f"no comment text column: expected one of {', '.join(CONTENT_COLUMNS)} (found: {found[:300]})",
    )


def _record_from(
    values: Mapping[str, str], layout: Layout, post_cache: dict[tuple[tuple[str, str], ...], Post]
) -> tuple[Comment, Post | None]:
    comment_data: dict[str, Any] = {}
    post_data: dict[str, str] = {}
    content_name = layout.header[layout.content]
    for key, value in values.items():
        if not key:
            continue
        if key in _POST_COLUMNS:
            post_data[key] = value
        elif key == content_name:
            comment_data["content"] = value
        elif key in CONTENT_COLUMNS:
            # A second text-like column ("message" next to "content") stays in extra.
            comment_data.setdefault("extra", {})[key] = value
        else:
            comment_data[key] = value
        if key in _POST_ID_COLUMNS and value:
            post_data.setdefault("post_id", value)
    comment = Comment.from_dict(comment_data)
    post = None
    if any(post_data.get(k) for k in _POST_COLUMNS):
        post_key = tuple(sorted(post_data.items()))
        post = post_cache.get(post_key)
        if post is None:
            post = Post.from_dict(post_data)
            if len(post_cache) > 1024:
                post_cache.clear()
            post_cache[post_key] = post
    return comment, post


class Reader:
    """Reads the header at once (``layout``); iterating yields a Record per data row.

    Blank lines are skipped; ``Record.raw`` is the row's list of cells.
    """

    def __init__(self, stream: BinaryIO, name: str, *, skip_bad: bool = False) -> None:
        _ensure_field_limit()
        self.name = name
        self.skip_bad = skip_bad
        self._lines = lines = _Lines(stream, name)
        first = next(lines, None)
        while first is not None and not first.strip():
            first = next(lines, None)
        if first is None:
            raise InputError(name, None, "empty CSV file: no header row")
        delimiter = _delimiter(first)

        def chain() -> Iterator[str]:
            yield first
            yield from lines

        self._reader = csv.reader(chain(), delimiter=delimiter, strict=True)
        try:
            header = next(self._reader)
        except csv.Error as exc:
            raise InputError(name, lines.count, f"unreadable CSV header: {exc}") from None
        problem = field_problem({h: h for h in header})
        if problem:
            raise InputError(name, lines.count, f"CSV header: {problem}")
        self.layout = _layout(header, delimiter, name, lines.count)

    def __iter__(self) -> Iterator[Record]:
        name, layout, lines, reader = self.name, self.layout, self._lines, self._reader
        id_col = layout.column(("id", "comment_id"))
        post_cache: dict[tuple[tuple[str, str], ...], Post] = {}
        index = 0
        while True:
            start = lines.count + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                message = f"broken CSV quoting: {exc}"
                if "end of data" in str(exc):
                    message = "the file ends inside a quoted field (truncated?)"
                if not self.skip_bad:
                    raise InputError(name, start, message) from None
                yield Record(index, Comment(), None, start, [], message)
                index += 1
                continue
            if not row or (len(row) == 1 and not row[0].strip() and len(layout.header) > 1):
                continue
            error = None
            if len(row) != len(layout.header):
                error = f"row has {len(row)} fields but the header has {len(layout.header)}"
            values = dict(zip(layout.header, row, strict=False))
            if error is None:
                error = field_problem(values)
            if error is None:
                try:
                    comment, post = _record_from(values, layout, post_cache)
                except ValueError as exc:
                    error = str(exc)
            if error is not None:
                if not self.skip_bad:
                    raise InputError(name, start, error)
                rid = row[id_col] if id_col is not None and id_col < len(row) else ""
                yield Record(index, Comment(id=rid[:200]), None, start, row, error)
            else:
                yield Record(index, comment, post, start, row)
            index += 1


def read(stream: BinaryIO, name: str, *, skip_bad: bool = False) -> Iterator[Record]:
    """Yield a Record per data row of a CSV stream."""
    yield from Reader(stream, name, skip_bad=skip_bad)


# -- writing -------------------------------------------------------------------------


class Writer:
    """Writes rows back with the input's header and delimiter (formula-safe cells)."""

    def __init__(self, out: IO[str], layout: Layout, *, mark: bool) -> None:
        self.layout = layout
        self.mark = mark
        self.header = list(layout.header)
        self.positions: list[int] = []
        if mark:
            for col in MARK_COLUMNS:
                if col in self.header:
                    self.positions.append(self.header.index(col))
                else:
                    self.header.append(col)
                    self.positions.append(len(self.header) - 1)
        self.parent_col = layout.column(_PARENT_COLUMNS)
        self.writer = csv.writer(out, delimiter=layout.delimiter, lineterminator="\r\n")
        self.writer.writerow([escape_formula(h) for h in self.header])

    def write(
        self, row: Sequence[str], marks: Sequence[str] | None = None, parent: str | None = None
    ) -> None:
        cells = list(row)
        if len(cells) == len(self.layout.header):
            if parent is not None and self.parent_col is not None:
                cells[self.parent_col] = parent
            if self.mark and marks is not None:
                cells.extend([""] * (len(self.header) - len(cells)))
                for pos, value in zip(self.positions, marks, strict=False):
                    cells[pos] = value
        self.writer.writerow([escape_formula(c) for c in cells])
