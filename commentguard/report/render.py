"""Build the self-contained review page from ``commentguard scan`` labels.

The page is one HTML file: the summary (counts and a histogram drawn here as inline
SVG) is static markup, and the table of comments is rendered by the page's own script
from a JSON block. Everything a commenter wrote travels only inside that JSON block,
escaped so it can never close the ``<script>`` element, and the script puts it on the
page with ``textContent``/``createElement`` only. A Content-Security-Policy pinned to the
SHA-256 of the page's one script and one style blocks every other script, style and any
network load, so even a mistake in the escaping could not run a commenter's markup.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import html
import io
import json
import math
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import IO, Any

from ..types import LABELS, Comment, InvalidInputError, Post

#: Labels a row of the labels file may carry: the engine's three, plus ``error`` for a
#: comment the scan could not check.
ROW_LABELS: tuple[str, ...] = (*LABELS, "error")
#: Order of the review table: what most needs a human first.
TABLE_ORDER: dict[str, int] = {"unsure": 0, "spam": 1, "error": 2, "ham": 3}
#: Comment text longer than this is cut in the page (and in the downloaded decisions).
MAX_TEXT_CHARS = 50_000
#: At most this many reasons, and evidence strings per reason, are kept per comment.
MAX_REASONS = 20
MAX_EVIDENCE = 20
#: Evidence strings are cut to this many characters.
MAX_EVIDENCE_CHARS = 200
#: Rows per page of the review table.
PAGE_SIZE = 200
#: Bins of the spam-probability histogram.
HISTOGRAM_BINS = 50

_TEXT_FIELDS = ("content", "author", "author_url", "post_id", "post_title")


class ReportInputError(InvalidInputError):
    """A labels or export file could not be read; the message starts with ``FILE:LINE:``."""


@dataclass(frozen=True)
class ReportSummary:
    """What ``write_report`` wrote: the counts shown at the top of the page."""

    output: Path
    total: int
    #: Rows in the review table (unsure, spam and errors; ham too with ``include_all``).
    shown: int
    labels: Mapping[str, int]
    actions: Mapping[str, int]
    flags: Mapping[str, int]
    #: Counts of spam probabilities in ``HISTOGRAM_BINS`` equal bins over [0, 1].
    histogram: tuple[int, ...]
    thresholds: tuple[float, float]
    #: Rows whose comment text was found (in the labels file or the joined export).
    with_text: int = 0
    size_bytes: int = 0


# -- reading --------------------------------------------------------------------------


def _text(value: Any, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise InvalidInputError(f"field {name!r} must be text, got {type(value).__name__}")


def _probability(value: Any, name: str, *, required: bool) -> float | None:
    if value is None:
        if required:
            raise InvalidInputError(f"field {name!r} is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidInputError(f"field {name!r} must be a number, got {type(value).__name__}")
    p = float(value)
    if not (math.isfinite(p) and 0.0 <= p <= 1.0):
        raise InvalidInputError(f"field {name!r} must be between 0 and 1, got {value!r}")
    return p


def _string_list(value: Any, name: str, limit: int) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidInputError(f"field {name!r} must be a list, got {type(value).__name__}")
    return [_text(v, name) for v in value[:limit]]


def normalise_row(row: Any) -> dict[str, Any]:
    """Check one labels-file object and return it in the shape the page uses.

    Raises ``InvalidInputError`` naming the field; unknown keys are ignored.
    """
    if not isinstance(row, Mapping):
        raise InvalidInputError(f"expected a JSON object, got {type(row).__name__}")
    label = row.get("label")
    if label not in ROW_LABELS:
        raise InvalidInputError(
            f"field 'label' must be one of {', '.join(ROW_LABELS)}, got {label!r}"
        )
    p = _probability(row.get("spam_probability"), "spam_probability", required=label != "error")
    mp = _probability(row.get("model_probability"), "model_probability", required=False)
    reasons: list[dict[str, Any]] = []
    raw_reasons = row.get("reasons") or []
    if not isinstance(raw_reasons, list):
        raise InvalidInputError("field 'reasons' must be a list")
    for r in raw_reasons[:MAX_REASONS]:
        if not isinstance(r, Mapping):
            raise InvalidInputError("field 'reasons' must hold objects")
        weight = r.get("weight", 0.0)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)):
            raise InvalidInputError("field 'reasons[].weight' must be a number")
        reasons.append(
            {
                "check": _text(r.get("check"), "reasons[].check"),
                "weight": round(float(weight), 3) if math.isfinite(weight) else 0.0,
                "message": _text(r.get("message"), "reasons[].message"),
                "evidence": [
                    e[:MAX_EVIDENCE_CHARS]
                    for e in _string_list(r.get("evidence"), "reasons[].evidence", MAX_EVIDENCE)
                ],
            }
        )
    out: dict[str, Any] = {
        "id": _text(row.get("id"), "id"),
        "label": label,
        "spam_probability": p,
        "model_probability": mp,
        "action": _text(row.get("action"), "action"),
        "flags": sorted(set(_string_list(row.get("flags"), "flags", 10_000))),
        "reasons": reasons,
        "truncated": bool(row.get("truncated", False)),
        "error": _text(row.get("error"), "error"),
    }
    for name in _TEXT_FIELDS:
        out[name] = _text(row.get(name), name)
    return out


def read_labels(path: str | os.PathLike[str] | IO[str]) -> Iterator[dict[str, Any]]:
    """Yield the checked rows of a labels file (JSON Lines), blank lines skipped.

    ``path`` may be an open text stream (``-`` on the command line). Errors are
    ``ReportInputError("FILE:LINE: …")``.
    """
    if isinstance(path, (str, os.PathLike)):
        name = os.fspath(path)
        try:
            stream: IO[str] = open(path, encoding="utf-8", newline="")
        except OSError as exc:
            raise ReportInputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
        close = True
    else:
        stream, name, close = path, getattr(path, "name", "<stdin>"), False
    try:
        lineno = 0
        while True:
            lineno += 1
            try:
                line = stream.readline()
            except UnicodeDecodeError as exc:
                raise ReportInputError(f"{name}:{lineno}: not UTF-8 text ({exc.reason})") from exc
            except OSError as exc:
                raise ReportInputError(f"{name}:{lineno}: cannot read: {exc}") from exc
            if not line:
                return
            if not line.strip():
                continue
            if lineno == 1:
                line = line.lstrip("\ufeff")
            try:
                obj = json.loads(line)
            except ValueError as exc:
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                raise ReportInputError(f"{name}:{lineno}: bad JSON: {msg}") from exc
            try:
                yield normalise_row(obj)
            except InvalidInputError as exc:
                raise ReportInputError(f"{name}:{lineno}: {exc}") from exc
    finally:
        if close:
            stream.close()


def _comment_fields(comment: Comment, post: Post | None) -> dict[str, str]:
    return {
        "content": comment.content,
        "author": comment.author,
        "author_url": comment.author_url,
        "post_id": comment.post_id or (post.id if post else ""),
        "post_title": post.title if post else comment.extra.get("post_title", ""),
    }


def _fallback_records(path: Path) -> Iterator[tuple[Comment, Post | None]]:
    """A small reader of JSON Lines / JSON array / CSV exports, for when ``commentguard.io``
    is not available. Field names go through ``Comment.from_dict``/``Post.from_dict``."""
    name = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportInputError(f"{name}: cannot read: {exc}") from exc
    suffix = path.suffix.lower()
    objects: Iterable[tuple[int, Any]]
    if suffix == ".csv":
        objects = ((n + 2, r) for n, r in enumerate(csv.DictReader(io.StringIO(raw, newline=""))))
    elif suffix == ".json" or raw.lstrip().startswith("["):
        try:
            data = json.loads(raw)
        except ValueError as exc:
            lineno = getattr(exc, "lineno", 1)
            raise ReportInputError(f"{name}:{lineno}: bad JSON: {exc}") from exc
        if isinstance(data, Mapping):
            data = data.get("comments", [])
        if not isinstance(data, list):
            raise ReportInputError(f"{name}:1: expected a list of comments")
        objects = ((1, o) for o in data)
    else:

        def jsonl() -> Iterator[tuple[int, Any]]:
            for n, line in enumerate(raw.splitlines(), 1):
                if line.strip():
                    try:
                        yield n, json.loads(line)
                    except ValueError as exc:
                        raise ReportInputError(f"{name}:{n}: bad JSON: {exc}") from exc

        objects = jsonl()
    for n, obj in objects:
        if not isinstance(obj, Mapping):
            raise ReportInputError(f"{name}:{n}: expected an object")
        try:
            comment = Comment.from_dict(obj)
            post_keys = {k[5:]: v for k, v in obj.items() if k.startswith("post_")}
            post = Post.from_dict(post_keys) if post_keys else None
        except InvalidInputError as exc:
            raise ReportInputError(f"{name}:{n}: {exc}") from exc
        yield comment, post


def read_comments(path: str | os.PathLike[str]) -> dict[str, dict[str, str]]:
    """Read the original export and map comment id → text, author, post title.

    Uses ``commentguard.io.read_records`` (any format it knows); when that module is
    not available, falls back to a small reader of JSON Lines, JSON and CSV. Comments
    without an id cannot be joined and are skipped.
    """
    p = Path(path)
    try:
        from ..io import read_records  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        records: Iterable[tuple[Comment, Post | None]] = _fallback_records(p)
    else:
        records = ((r.comment, r.post) for r in read_records(p, "auto"))
    out: dict[str, dict[str, str]] = {}
    for comment, post in records:
        if comment.id:
            out[comment.id] = _comment_fields(comment, post)
    return out


# -- thresholds -------------------------------------------------------------------------


def default_thresholds() -> tuple[float, float]:
    """The default model card's (unsure, spam) thresholds, or the library defaults.

    Reads only the model's JSON card (the same source ``Guard`` uses), so no pickle
    is loaded to draw two lines.
    """
    from ..combine import Thresholds

    try:
        from ..classifier import default_model_path, read_card

        card = read_card(default_model_path())
        t = Thresholds(**card.thresholds) if card.thresholds else Thresholds()
    except Exception:  # no model shipped, unreadable card, sklearn missing
        t = Thresholds()
    return (t.unsure, t.spam)


# -- writing --------------------------------------------------------------------------


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_json(data: Any) -> str:
    """JSON safe to put between ``<script type="application/json">`` tags.

    ``<``, ``>`` and ``&`` only ever occur inside JSON strings, where their ``\\uXXXX``
    escapes mean the same, so the text can never contain ``</script`` or ``<!--``.
    """
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def _csp_hash(text: str) -> str:
    import base64

    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _fmt(n: int) -> str:
    return f"{n:,}"


def _histogram_svg(bins: list[int], thresholds: tuple[float, float]) -> str:
    width, height, left, bottom, top = 640, 180, 44, 26, 18
    plot_w, plot_h = width - left - 12, height - bottom - top
    peak = max(bins) if bins and max(bins) > 0 else 1
    bw = plot_w / len(bins)
    unsure, spam = thresholds
    parts = [
        f'<svg class="histogram" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        ' role="img" aria-labelledby="hist-title" xmlns="http://www.w3.org/2000/svg">',
        '<title id="hist-title">Histogram of spam probabilities with the thresholds</title>',
    ]

    def x(p: float) -> float:
        return left + p * plot_w

    for cls, a, b in (("ham", 0.0, unsure), ("unsure", unsure, spam), ("spam", spam, 1.0)):
        if b > a:
            parts.append(
                f'<rect class="zone zone-{cls}" x="{x(a):.1f}" y="{top}" '
                f'width="{x(b) - x(a):.1f}" height="{plot_h}"/>'
            )
    for i, n in enumerate(bins):
        lo, hi = i / len(bins), (i + 1) / len(bins)
        mid = (lo + hi) / 2
        cls = "spam" if mid >= spam else "unsure" if mid >= unsure else "ham"
        h = plot_h * n / peak
        parts.append(
            f'<rect class="bar bar-{cls}" data-n="{n}" x="{x(lo) + 0.5:.1f}" '
            f'y="{top + plot_h - h:.1f}" width="{max(bw - 1, 0.5):.1f}" height="{h:.1f}">'
            f"<title>{lo:.2f}–{hi:.2f}: {_fmt(n)} comment{'s' if n != 1 else ''}</title></rect>"
        )
    base = top + plot_h
    parts.append(f'<line class="axis" x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}"/>')
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<line class="axis" x1="{x(t):.1f}" y1="{base}" x2="{x(t):.1f}" y2="{base + 4}"/>'
            f'<text class="tick" x="{x(t):.1f}" y="{base + 16}" text-anchor="middle">{t:g}</text>'
        )
    parts.append(
        f'<text class="tick" id="hist-peak" x="{left - 6}" y="{top + 4}" text-anchor="end">'
        f"{_fmt(peak)}</text>"
        f'<text class="tick" x="{left - 6}" y="{base}" text-anchor="end">0</text>'
    )
    for name, t, anchor, dx in (("unsure", unsure, "end", -4), ("spam", spam, "start", 4)):
        parts.append(
            f'<line class="threshold threshold-{name}" x1="{x(t):.1f}" y1="{top - 4}" '
            f'x2="{x(t):.1f}" y2="{base}"/>'
            f'<text class="threshold-label" x="{x(t) + dx:.1f}" y="{top - 6}" '
            f'text-anchor="{anchor}">{name} ≥ {t:.2f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _count_list(kind: str, counts: Mapping[str, int], order: Iterable[str] = ()) -> str:
    keys = [k for k in order if k in counts] + sorted(
        (k for k in counts if k not in set(order)), key=lambda k: (-counts[k], k)
    )
    if not keys:
        return '<p class="none">none</p>'
    items = []
    for k in keys:
        ek = html.escape(k, quote=True)
        items.append(
            f'<li><button type="button" class="count count-{kind}" data-kind="{kind}" '
            f'data-value="{ek}" id="count-{kind}-{ek}" data-count="{counts[k]}">'
            f'<span class="count-name">{html.escape(k)}</span> '
            f'<span class="count-n">{_fmt(counts[k])}</span></button></li>'
        )
    return f'<ul class="counts counts-{kind}">' + "".join(items) + "</ul>"


def _summary_html(s: ReportSummary, source: str) -> str:
    unsure, spam = s.thresholds
    return (
        '<section id="summary" aria-label="Summary">'
        f'<div class="totals"><p><span class="big" id="count-total" data-count="{s.total}">'
        f"{_fmt(s.total)}</span> comments in <code>{html.escape(source)}</code>; "
        f'<span id="count-shown" data-count="{s.shown}">{_fmt(s.shown)}</span> in the table '
        f"below.</p>"
        f'<p class="muted">ham &lt; {unsure:.2f} ≤ unsure &lt; {spam:.2f} ≤ spam</p></div>'
        '<div class="summary-grid">'
        f'<div class="box"><h2>Labels</h2>{_count_list("label", s.labels, ROW_LABELS)}</div>'
        f'<div class="box"><h2>Actions</h2>'
        f"{_count_list('action', s.actions, ('approve', 'hold', 'reject'))}</div>"
        f'<div class="box box-flags"><h2>Flags</h2>{_count_list("flag", s.flags)}</div>'
        '<div class="box box-hist"><h2>Spam probability '
        '<label class="log-toggle"><input type="checkbox" id="hist-log"> log scale</label></h2>'
        f"{_histogram_svg(list(s.histogram), s.thresholds)}</div>"
        "</div></section>"
    )


def _safe_filename(stem: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip(".-") or "review"
    return cleaned[:80] + ".decisions.jsonl"


def _page_row(row: Mapping[str, Any], post_index: int) -> dict[str, Any]:
    text = row["content"]
    out: dict[str, Any] = {"id": row["id"], "label": row["label"], "post": post_index}
    if row["spam_probability"] is not None:
        out["p"] = round(row["spam_probability"], 4)
    if row["model_probability"] is not None:
        out["mp"] = round(row["model_probability"], 4)
    if row["action"]:
        out["action"] = row["action"]
    if row["flags"]:
        out["flags"] = row["flags"]
    if row["reasons"]:
        out["reasons"] = row["reasons"]
    if text:
        if len(text) > MAX_TEXT_CHARS:
            out["cut"] = True
            text = text[:MAX_TEXT_CHARS]
        out["text"] = text
    if row["author"]:
        out["author"] = row["author"]
    if row["author_url"]:
        out["url"] = row["author_url"]
    if row["truncated"]:
        out["truncated"] = True
    if row["error"]:
        out["error"] = row["error"]
    return out


def _table_key(row: Mapping[str, Any]) -> tuple[int, float]:
    """unsure: most spam-like first; spam: least certain first (likeliest mistakes);
    ham: most spam-like first."""
    p = row["spam_probability"]
    p = 0.0 if p is None else p
    order = TABLE_ORDER[row["label"]]
    return (order, p if row["label"] == "spam" else -p)


def write_report(
    rows: Iterable[Mapping[str, Any]],
    output: str | os.PathLike[str],
    *,
    comments: Mapping[str, Mapping[str, Any]] | None = None,
    thresholds: tuple[float, float] | None = None,
    include_all: bool = False,
    source: str = "",
) -> ReportSummary:
    """Write the review page for ``rows`` (labels-file objects) to ``output``.

    ``comments`` maps comment id → ``content``/``author``/``author_url``/``post_title``
    /``post_id`` from the original export; its values win over the row's own. Rows are
    checked with ``normalise_row`` (``InvalidInputError`` names the row). The file is
    written to a temporary file next to ``output`` and moved into place, so a failure
    never leaves a half-written page. ``thresholds`` is ``(unsure, spam)``, defaulting
    to the default model's.
    """
    from ..combine import Thresholds

    out_path = Path(output)
    unsure, spam = thresholds if thresholds is not None else default_thresholds()
    Thresholds(unsure=unsure, spam=spam, discard=max(spam, 0.99))  # validates the order
    comments = comments or {}

    labels: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    bins = [0] * HISTOGRAM_BINS
    # Only the compact page form of a table row is kept, with its sort key.
    kept: list[tuple[tuple[int, float], dict[str, Any]]] = []
    posts: list[list[str]] = []
    post_index: dict[tuple[str, str], int] = {}
    total = with_text = 0
    for n, raw in enumerate(rows, 1):
        try:
            row = normalise_row(raw)
        except InvalidInputError as exc:
            raise InvalidInputError(f"row {n}: {exc}") from exc
        joined = comments.get(row["id"]) if row["id"] else None
        if joined:
            for name in _TEXT_FIELDS:
                value = joined.get(name)
                if value:
                    row[name] = _text(value, name)
        total += 1
        labels[row["label"]] += 1
        if row["action"]:
            actions[row["action"]] += 1
        flags.update(row["flags"])
        p = row["spam_probability"]
        if p is not None:
            bins[min(int(p * HISTOGRAM_BINS), HISTOGRAM_BINS - 1)] += 1
        if row["content"]:
            with_text += 1
        if include_all or row["label"] != "ham":
            key = (row["post_id"], row["post_title"])
            if key not in post_index:
                post_index[key] = len(posts)
                posts.append([row["post_id"], row["post_title"]])
            kept.append((_table_key(row), _page_row(row, post_index[key])))
    kept.sort(key=lambda entry: entry[0])  # stable: input order within a key

    summary = ReportSummary(
        output=out_path,
        total=total,
        shown=len(kept),
        labels=dict(labels),
        actions=dict(actions),
        flags=dict(flags),
        histogram=tuple(bins),
        thresholds=(unsure, spam),
        with_text=with_text,
    )
    script, style = _asset("report.js"), _asset("report.css")
    assert "</script" not in script.lower() and "</style" not in style.lower()
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(script)}; "
        f"style-src {_csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    source_name = source or "labels"
    values = {
        "CSP": html.escape(csp, quote=False),  # no quote in it: the attribute is "…"
        "TITLE": html.escape(f"commentguard review — {source_name}"),
        "GENERATED": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "STYLE": style,
        "SUMMARY": _summary_html(summary, source_name),
        "SCRIPT": script,
    }
    head, tail = _asset("template.html").split("{{DATA}}")

    def fill(part: str) -> str:
        # One pass: inserted text is never scanned for placeholders.
        return re.sub(r"\{\{([A-Z]+)\}\}", lambda m: values[m.group(1)], part)

    def data_pieces() -> Iterator[str]:
        """The JSON block, in pieces, so the page is never one string in memory."""
        yield '{"rows":['
        for start in range(0, len(kept), 1000):
            comma = "," if start else ""
            yield comma + ",".join(script_json(r) for _, r in kept[start : start + 1000])
        yield '],"posts":' + script_json(posts)

    fd, tmp = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=out_path.parent)
    size = 0
    try:
        with os.fdopen(fd, "wb") as fh:
            digest = hashlib.sha256()

            def write(text: str, *, hashed: bool = False) -> None:
                nonlocal size
                # Lone surrogates (from "\udXXX" escapes in the input) cannot be encoded
                # as UTF-8; they only occur inside JSON strings, where "\udXXX" is their
                # valid escape.
                chunk = text.encode("utf-8", "backslashreplace")
                if hashed:
                    digest.update(chunk)
                fh.write(chunk)
                size += len(chunk)

            write(fill(head))
            for piece in data_pieces():
                write(piece, hashed=True)
            meta = {
                "version": 1,
                # Same rows, same id: the page's saved decisions survive a re-run.
                "reportId": digest.hexdigest()[:16],
                "thresholds": {"unsure": unsure, "spam": spam},
                "pageSize": PAGE_SIZE,
                "includeAll": include_all,
                "total": total,
                "downloadName": _safe_filename(out_path.stem),
                "maxTextChars": MAX_TEXT_CHARS,
            }
            write("," + script_json(meta)[1:])
            write(fill(tail))
        os.chmod(tmp, 0o644)
        os.replace(tmp, out_path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return dataclasses.replace(summary, size_bytes=size)
