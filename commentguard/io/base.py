"""What every reader and writer shares: the ``Record``, the input error, limits, format
detection, transparent gzip and the atomic output file.

This module (like the rest of ``commentguard.io``) imports nothing of the package but
``types``: readers turn bytes into ``Comment``/``Post`` values and know nothing of the
engine.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import re
import tempfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal

from ..types import Comment, InvalidInputError, Post

Format = Literal["wxr", "disqus", "csv", "jsonl"]
FORMATS: tuple[Format, ...] = ("wxr", "disqus", "csv", "jsonl")

#: A record whose field (comment text, author, any CSV cell or JSON value) is longer
#: than this many characters is a bad record: an error, or skipped with ``skip_bad``.
#: Real comments are far shorter; such a field is an attack or a broken export.
MAX_FIELD_CHARS = 1 << 20  # 1 MiB
#: A line of CSV/JSON Lines longer than this (bytes), or a CSV field longer than this
#: (characters; broken quoting that swallows the rest of the file), stops the read: past
#: it the reader can no longer tell where the next record starts.
MAX_LINE_BYTES = 16 << 20  # 16 MiB
#: Post text kept as context for the checks (HTML stripped); the rest is not needed.
MAX_POST_TEXT_CHARS = 50_000
#: Bytes read from the input at a time.
READ_SIZE = 1 << 16

_GZIP_MAGIC = b"\x1f\x8b"
_SURROGATE_RE = re.compile("[\udc80-\udcff]")


class InputError(InvalidInputError):
    """An input file could not be read; ``str()`` is ``FILE:LINE: what``.

    ``line`` is the 1-based line of the input (of the decompressed text for gzip) or
    ``None`` when the problem is not tied to a place in the file.
    """

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.line, self.message))


@dataclass(frozen=True, slots=True)
class Record:
    """One comment read from an input file, with the post it belongs to.

    - ``index``: 0-based position among the input's comments (bad records included), so
      ``index`` is also the position of the comment's line in ``scan`` output.
    - ``source_line``: 1-based line where the comment starts in the input, if known.
    - ``raw``: the format's own record, for writers that copy it back (CSV: the list of
      cells; JSON Lines: the line's bytes without the newline; XML: ``None``, the XML
      rewriter copies the input's bytes itself).
    - ``error``: set on a *bad* record (read with ``skip_bad``): why it could not be
      read. ``comment`` then holds only what could be recovered (often just the id).
    """

    index: int
    comment: Comment
    post: Post | None = None
    source_line: int | None = None
    raw: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# -- input ---------------------------------------------------------------------------


class _GuardedStream(io.RawIOBase):
    """Wraps a (possibly gzip) binary stream: counts compressed bytes read for progress
    and turns decompression failures into ``InputError``."""

    def __init__(self, stream: BinaryIO, raw: BinaryIO, path: str) -> None:
        self._stream = stream
        self._raw = raw
        self._path = path

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        try:
            data = self._stream.read(len(b))
        except EOFError as exc:
            raise InputError(
                self._path, None, "truncated gzip file (ends before the end-of-stream marker)"
            ) from exc
        except (gzip.BadGzipFile, zlib.error) as exc:
            raise InputError(self._path, None, f"corrupt gzip data ({exc})") from exc
        n = len(data)
        b[:n] = data
        return n

    def position(self) -> int:
        """Bytes of the file on disk consumed so far (compressed bytes for gzip)."""
        try:
            return self._raw.tell()
        except (OSError, ValueError):
            return 0

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._raw.close()
            super().close()


def open_input(path: str | os.PathLike[str]) -> io.BufferedReader:
    """Open ``path`` for binary reading, decompressing gzip transparently (by magic bytes).

    The returned reader's ``raw.position()`` tells how far into the file on disk it is.
    """
    name = os.fspath(path)
    try:
        raw: BinaryIO = open(name, "rb")
    except OSError as exc:
        raise InputError(name, None, f"cannot open: {exc.strerror or exc}") from exc
    head = raw.read(2)
    raw.seek(0)
    stream: BinaryIO = raw
    if head == _GZIP_MAGIC:
        stream = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
    return io.BufferedReader(_GuardedStream(stream, raw, name), buffer_size=READ_SIZE)


def input_size(path: str | os.PathLike[str]) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def detect_format(path: str | os.PathLike[str]) -> Format:
    """Guess an input's format from its first bytes (after gzip decompression).

    ``<rss``/``xmlns:wp=`` → ``wxr``; ``<disqus`` → ``disqus``; ``{`` → ``jsonl``;
    anything else → ``csv``. The extension is not trusted: ``comments.xml`` holding
    JSON Lines is read as JSON Lines.
    """
    name = os.fspath(path)
    with open_input(name) as fh:
        head = fh.read(8192)
    return sniff_format(head, name)


def sniff_format(head: bytes, name: str = "<input>") -> Format:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    text = text.lstrip("\ufeff \t\r\n")
    if not text:
        raise InputError(name, None, "empty input: cannot detect its format (use --format)")
    if text.startswith("<"):
        if "<rss" in text or "xmlns:wp=" in text or "wordpress.org/export/" in text:
            return "wxr"
        if "<disqus" in text:
            return "disqus"
        raise InputError(
            name,
            1,
            "XML that is neither a WordPress export (<rss … xmlns:wp=…>) nor a Disqus export (<disqus>)",
        )
    if text.startswith("{"):
        return "jsonl"
    return "csv"


def resolve_format(path: str | os.PathLike[str], fmt: str) -> Format:
    if fmt == "auto":
        return detect_format(path)
    if fmt not in FORMATS:
        raise InputError(
            os.fspath(path), None, f"unknown format {fmt!r}; use one of auto, {', '.join(FORMATS)}"
        )
    return fmt


# -- helpers for readers -------------------------------------------------------------


class _TextExtractor(HTMLParser):
    def __init__(self, limit: int) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.size = 0
        self.limit = limit
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and self.size < self.limit:
            self.parts.append(data)
            self.size += len(data)


_BLANKS_RE = re.compile(r"[ \t\r\f\v]+")
_NEWLINES_RE = re.compile(r"(?<!\s)\s*\n\s*")


def strip_html(text: str, limit: int = MAX_POST_TEXT_CHARS) -> str:
    """Plain text of an HTML fragment (post bodies), at most ``limit`` characters."""
    if "<" not in text and "&" not in text:
        return text[:limit].strip()
    parser = _TextExtractor(limit)
    try:
        parser.feed(text[: limit * 4])
        parser.close()
    except Exception:  # HTMLParser is lenient; be safe with hostile input anyway
        return text[:limit]
    out = _NEWLINES_RE.sub("\n", _BLANKS_RE.sub(" ", "".join(parser.parts)))
    return out.strip()[:limit]


def field_problem(values: Mapping[str, Any]) -> str | None:
    """Why a record's fields are unacceptable (too long, invalid UTF-8), or None."""
    for key, value in values.items():
        if isinstance(value, str):
            if len(value) > MAX_FIELD_CHARS:
                return (
                    f"field {key!r} is {len(value):,} characters long; the limit is "
                    f"{MAX_FIELD_CHARS:,} (MAX_FIELD_CHARS)"
                )
            if _SURROGATE_RE.search(value):
                return f"field {key!r} is not valid UTF-8"
    return None


def escape_formula(cell: str) -> str:
    """Defuse a spreadsheet formula: a cell starting with ``= + - @``, tab or CR gets a
    leading ``'`` (OWASP's advice for CSV injection)."""
    if cell and cell[0] in "=+-@\t\r":
        return "'" + cell
    return cell


def comment_as_dict(comment: Comment) -> dict[str, Any]:
    """A Comment as a JSON-ready dict (what the quarantine file holds)."""
    return {
        "id": comment.id,
        "post_id": comment.post_id,
        "parent_id": comment.parent_id,
        "author": comment.author,
        "author_email": comment.author_email,
        "author_url": comment.author_url,
        "author_ip": comment.author_ip,
        "user_agent": comment.user_agent,
        "created_at": comment.created_at,
        "type": comment.type,
        "content": comment.content,
        "extra": dict(comment.extra),
    }


# -- output --------------------------------------------------------------------------


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when two paths name the same file (resolved path or same inode)."""
    pa, pb = Path(a), Path(b)
    try:
        if pa.resolve() == pb.resolve():
            return True
    except OSError:
        pass
    try:
        return os.path.samefile(pa, pb)
    except OSError:
        return False


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_output(
    path: str | os.PathLike[str], *, compress: bool | None = None
) -> Iterator[IO[bytes]]:
    """Write a file all at once: yield a binary stream on a temporary file in the same
    directory, and ``os.replace`` it over ``path`` only when the block ends without an
    exception. An interrupted run leaves the old file (or none), never half a file.

    ``compress`` defaults to whether the name ends in ``.gz``.
    """
    target = Path(path)
    if compress is None:
        compress = target.name.endswith(".gz")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(str(target), None, f"cannot write here: {exc.strerror or exc}") from exc
    raw = os.fdopen(fd, "wb")
    stream: IO[bytes] = raw
    gz: gzip.GzipFile | None = None
    if compress:
        gz = gzip.GzipFile(
            filename=target.name.removesuffix(".gz"), fileobj=raw, mode="wb", mtime=0
        )
        stream = gz  # type: ignore[assignment]
    ok = False
    try:
        buffered = io.BufferedWriter(_NoClose(stream), buffer_size=1 << 16)
        yield buffered
        if not buffered.closed:
            buffered.flush()
        if gz is not None:
            gz.close()
        raw.flush()
        os.fsync(raw.fileno())
        raw.close()
        mode = os.stat(target).st_mode & 0o777 if target.exists() else _umask_mode()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        ok = True
    finally:
        if not ok:
            with contextlib.suppress(Exception):
                if gz is not None:
                    gz.close()
            with contextlib.suppress(Exception):
                raw.close()
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class _NoClose(io.RawIOBase):
    """Lets a BufferedWriter sit on a stream that ``atomic_output`` closes itself."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self._stream.write(b)
        return len(b)

    def close(self) -> None:
        super().close()


def text_writer(stream: IO[bytes]) -> io.TextIOWrapper:
    """A UTF-8 text layer over a binary output stream (invalid input bytes that a reader
    kept as surrogate escapes are written back unchanged)."""
    return io.TextIOWrapper(
        stream,
        encoding="utf-8",
        errors="surrogateescape",
        newline="",
        write_through=True,
    )


# -- streaming XML -------------------------------------------------------------------
#
# WXR and Disqus files are read with defusedxml's ``DefusedXMLParser`` (expat with DTDs,
# entity declarations and external references refused, so entity bombs and XXE fail
# with a clear error) fed 64 KiB at a time. Instead of building elements (iterparse)
# and clearing them, the parser drives a small streaming *target* that keeps only the
# text of the fields it wants: memory stays flat whatever the file's size, and the
# target can read expat's line number and byte offset of each element, which iterparse
# does not expose. The byte offsets let ``XmlRewriter`` copy the input byte for byte and
# replace only the comment elements that change (CDATA, namespaces, comments and
# formatting of everything else stay exactly as WordPress or Disqus wrote them).


@dataclass(slots=True)
class Span:
    """Byte offsets of one element in the (decompressed) input.

    ``start`` is the offset of its start tag's ``<``; ``end_event`` the offset expat
    reported for its end: the ``<`` of the end tag, or just past ``/>`` for an empty
    element (``empty``).
    """

    start: int
    end_event: int = -1
    empty: bool = False
    qname: str = ""


class XmlTarget:
    """Base of the WXR and Disqus streaming targets.

    Subclasses implement ``start(name, attrs)``/``end(name)``/``data(text)`` and append
    what they finish to ``self.out``. Names come from expat as ``uri}local`` (or ``local``
    without a namespace), attributes as a flat ``[name, value, ...]`` list. ``self.expat`` is the underlying expat parser (for line numbers and
    byte offsets); ``self.spans`` turns offset recording on (rewriting only).
    """

    def __init__(self, spans: bool = False) -> None:
        self.out: list[Any] = []
        self.expat: Any = None
        self.source = "<input>"
        self.spans = spans
        #: Offset of the start of the innermost open record element, or None.
        self.open_at: int | None = None
        #: Offset of the latest start/end event (everything before is settled).
        self.last_event = 0
        self._fresh = False
        #: Open element names, outermost first.
        self.stack: list[str] = []
        # The element whose text is being captured (one at a time: fields are leaves).
        self._cap: list[str] | None = None
        self._cap_name = ""
        self._cap_depth = 0
        self._cap_size = 0
        self._cap_limit = 0

    def _capture(self, name: str, limit: int = MAX_FIELD_CHARS + 1) -> None:
        """Start collecting the text of the element just opened, up to ``limit`` chars.

        Stopping at the limit keeps memory flat on hostile input; a size past
        ``MAX_FIELD_CHARS`` is still recorded, so the record can be refused as oversized.
        """
        self._cap = []
        self._cap_name = name
        self._cap_depth = len(self.stack)
        self._cap_size = 0
        self._cap_limit = limit

    def data(self, text: str) -> None:
        self._fresh = False
        cap = self._cap
        if cap is not None and self._cap_size < self._cap_limit:
            cap.append(text)
            self._cap_size += len(text)

    def _captured(self, depth: int) -> str | None:
        """The captured text if the element closing at ``depth`` is the captured one."""
        cap = self._cap
        if cap is None or depth != self._cap_depth:
            return None
        self._cap = None
        return "".join(cap)

    # expat state, read inside callbacks
    def line(self) -> int:
        return int(self.expat.CurrentLineNumber)

    def offset(self) -> int:
        return int(self.expat.CurrentByteIndex)

    def start(self, tag: str, attrs: list[str]) -> None:
        raise NotImplementedError

    def enter(self, name: str, root: str, what: str) -> str:
        """Bookkeeping every element start shares: the root check, the element stack and
        the rewriter's last event offset. Returns the parent element's name."""
        stack = self.stack
        if not stack:
            self.check_root(name, root, what)
        parent = stack[-1] if stack else ""
        stack.append(name)
        if self.spans:
            self.last_event = self.offset()
            self._fresh = True
        return parent

    def check_root(self, local: str, expected: str, what: str) -> None:
        if local != expected:
            raise InputError(
                self.source,
                self.line(),
                f"not {what}: the root element is <{local}>, not <{expected}>",
            )

    def end(self, tag: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        return None


def attribute(attrs: list[str], name: str) -> str:
    """The value of attribute ``name`` in expat's flat ``[name, value, ...]`` list."""
    for i in range(0, len(attrs) - 1, 2):
        if attrs[i] == name:
            return attrs[i + 1]
    return ""


def _parse_error(name: str, exc: Exception, chunk: bytes, *, at_end: bool) -> InputError:
    from defusedxml.common import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

    position = getattr(exc, "position", None)
    line = position[0] if position else None
    if isinstance(exc, DTDForbidden):
        return InputError(
            name,
            line,
            "XML document type declarations (DTD) are not allowed: they carry entity-expansion and external-entity attacks",
        )
    if isinstance(exc, EntitiesForbidden):
        return InputError(
            name,
            line,
            f"XML entity declarations are not allowed (entity {getattr(exc, 'name', '?')!r}): they carry entity-expansion attacks",
        )
    if isinstance(exc, ExternalReferenceForbidden):
        return InputError(name, line, "XML external entity references are not allowed")
    message = re.sub(r": line \d+, column \d+$", "", str(exc))
    if at_end and ("no element found" in message or "unclosed token" in message):
        message += " (the file is truncated)"
    elif "invalid token" in message:
        try:
            chunk.decode("utf-8")
        except UnicodeDecodeError:
            message += (
                " (invalid UTF-8: is the file in another encoding than its XML declaration says?)"
            )
    return InputError(name, line, f"malformed XML: {message}")


def iter_xml(
    stream: BinaryIO,
    name: str,
    target: XmlTarget,
    on_data: Any = None,
    after_feed: Any = None,
) -> Iterator[Any]:
    """Feed ``stream`` to a defused expat parser driving ``target``; yield what the
    target finishes, as soon as each chunk is parsed.

    ``on_data(chunk)`` sees every chunk before it is parsed and ``after_feed()`` is
    called once the chunk's items were consumed (the rewriter keeps and flushes its
    byte buffer with them).
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml.common import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    parser = DefusedXMLParser(
        target=target, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    # Call the target straight from expat (names as "uri}local", attributes as a flat
    # [name, value, ...] list), skipping ElementTree's per-event wrappers; the defused
    # DTD/entity handlers stay in place.
    target.source = name
    expat = target.expat = parser.parser
    expat.StartElementHandler = target.start
    expat.EndElementHandler = target.end
    chunk = b""
    while True:
        try:
            chunk = stream.read(READ_SIZE)
        except InputError as exc:
            if exc.line is None:
                exc = InputError(exc.path, target.line(), exc.message)
            raise exc from None
        if not chunk:
            break
        if on_data is not None:
            on_data(chunk)
        try:
            parser.feed(chunk)
        except (ParseError, DefusedXmlException) as exc:
            err = _parse_error(name, exc, chunk, at_end=False)
            if err.line is None:
                err = InputError(name, target.line(), err.message)
            raise err from None
        if target.out:
            items, target.out = target.out, []
            yield from items
        if after_feed is not None:
            after_feed()
    try:
        parser.close()
    except (ParseError, DefusedXmlException) as exc:
        raise _parse_error(name, exc, chunk, at_end=True) from None
    if target.out:
        items, target.out = target.out, []
        yield from items
    if after_feed is not None:
        after_feed()


_QNAME_RE = re.compile(rb"<([^\s/>]+)")


class XmlRewriter:
    """Copies an XML input to ``out`` byte for byte, letting the caller replace or drop
    the byte ranges of record elements.

    Only the bytes since the last settled point are kept: memory is bounded by the
    largest record element (or text node), not by the file.
    """

    def __init__(self, out: IO[bytes], name: str) -> None:
        self.out = out
        self.name = name
        self.buf = bytearray()
        self.base = 0  # input offset of buf[0]
        self.copied = 0  # input offset up to which output is written (or skipped)
        self._checked = False

    def on_data(self, chunk: bytes) -> None:
        if not self._checked:
            self._checked = True
            head = chunk[:4]
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head in (
                b"<\x00?\x00",
                b"\x00<\x00?",
            ):
                raise InputError(
                    self.name, 1, "cannot rewrite UTF-16 XML; convert the file to UTF-8 first"
                )
        self.buf += chunk

    def get(self, start: int, end: int) -> bytes:
        return bytes(self.buf[start - self.base : end - self.base])

    def end_of(self, span: Span) -> int:
        """Offset just past the element's end tag."""
        if span.empty:
            return span.end_event
        at = self.buf.find(b">", span.end_event - self.base)
        if at < 0:  # cannot happen: expat reported the end tag, so its bytes are here
            raise InputError(self.name, None, "internal error: end tag not in buffer")
        return at + 1 + self.base

    def qname(self, span: Span) -> str:
        m = _QNAME_RE.match(self.buf, span.start - self.base)
        return m.group(1).decode("ascii", "replace") if m else ""

    def copy_to(self, offset: int) -> None:
        if offset > self.copied:
            self.out.write(self.buf[self.copied - self.base : offset - self.base])
            self.copied = offset

    def drop_to(self, start: int, end: int) -> None:
        """Copy up to ``start`` (less the indentation before it) and skip to ``end``."""
        before = bytes(self.buf[self.copied - self.base : start - self.base])
        stripped = before.rstrip(b" \t")
        if stripped.endswith(b"\n"):
            stripped = stripped[:-1]
            if stripped.endswith(b"\r"):
                stripped = stripped[:-1]
        else:
            stripped = before
        self.out.write(stripped)
        self.copied = end

    def write(self, data: bytes) -> None:
        self.out.write(data)

    def settle(self, target: XmlTarget) -> None:
        """Flush what can no longer change and drop it from the buffer."""
        safe = target.open_at if target.open_at is not None else target.last_event
        if safe > self.copied:
            self.copy_to(safe)
        if self.copied > self.base:
            del self.buf[: self.copied - self.base]
            self.base = self.copied

    def finish(self) -> None:
        self.copy_to(self.base + len(self.buf))
        self.buf.clear()


def xml_text(value: str) -> bytes:
    """Escape text for an element body; non-ASCII as character references, so the
    bytes are right in any ASCII-compatible document encoding."""
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.encode("ascii", "xmlcharrefreplace")


def xml_attr(value: str) -> bytes:
    return xml_text(value).replace(b'"', b"&quot;")


Edit = tuple[int, int, bytes]


def set_child(rw: XmlRewriter, element: Any, span: Span, local: str, body: bytes) -> Edit:
    """An edit that sets child element ``local`` of ``element`` to ``body``.

    Replaces the child when the export has it, else adds it just before the element's
    end tag, with the element's own namespace prefix.
    """
    child = element.children.get(local)
    if child is not None and child.end_event >= 0:
        qname = rw.qname(child).encode()
        return (child.start, rw.end_of(child), b"<" + qname + b">" + body + b"</" + qname + b">")
    prefix = rw.qname(span).rpartition(":")[0]
    qname = (f"{prefix}:{local}" if prefix else local).encode()
    at = span.end_event
    return (at, at, b"<" + qname + b">" + body + b"</" + qname + b">")


def write_edited(
    rw: XmlRewriter, start: int, end: int, edits: list[tuple[int, int, bytes]]
) -> None:
    """Write input bytes ``start..end`` with ``edits`` (sorted, non-overlapping) applied."""
    pos = start
    for a, b, repl in sorted(edits, key=lambda e: (e[0], e[1])):
        rw.write(rw.get(pos, a))
        rw.write(repl)
        pos = b
    rw.write(rw.get(pos, end))
    rw.copied = end


def rewrite_xml(
    stream: BinaryIO,
    name: str,
    out: IO[bytes],
    target: Any,
    actions: Iterator[str],
    edits_for: Callable[[XmlRewriter, Any, Span, str], list[Edit]],
) -> int:
    """Copy an XML export to ``out``, applying one action per comment element, in order.

    The one loop behind ``wxr.rewrite`` and ``disqus.rewrite``: ``remove`` drops the
    element; any other action asks ``edits_for`` for byte edits inside it; an element
    without edits (and everything between elements) is copied verbatim, so CDATA,
    namespaces and formatting stay as the exporter wrote them. The number of actions
    must equal the number of comments, or the input changed since it was scanned.
    Returns the comments seen.
    """
    rw = XmlRewriter(out, name)
    count = 0
    for element in iter_xml(
        stream, name, target, on_data=rw.on_data, after_feed=lambda: rw.settle(target)
    ):
        count += 1
        action = next(actions, None)
        if action is None:
            raise InputError(
                name,
                element.line,
                "the input has more comments than when it was scanned; was it changed?",
            )
        span = element.span
        assert span is not None
        end = rw.end_of(span)
        if action == "remove":
            rw.drop_to(span.start, end)
            continue
        edits = edits_for(rw, element, span, action)
        if not edits:
            continue  # copied verbatim by settle()
        rw.copy_to(span.start)
        write_edited(rw, span.start, end, edits)
    if next(actions, None) is not None:
        raise InputError(
            name, None, "the input has fewer comments than when it was scanned; was it changed?"
        )
    rw.finish()
    return count
