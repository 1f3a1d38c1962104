"""An Akismet-compatible HTTP API over a shared ``Guard`` (Starlette + uvicorn).

Any Akismet client can use commentguard by pointing its API host at this server:

``POST /1.1/verify-key``
    ``valid`` / ``invalid``.
``POST /1.1/comment-check``
    ``true`` (spam) / ``false`` (ham); ``X-akismet-pro-tip: discard`` for blatant spam
    (spam probability at or above ``Thresholds.discard``); ``invalid`` with an
    ``X-akismet-debug-help`` header for a bad key, as Akismet does.
``POST /1.1/submit-spam``, ``POST /1.1/submit-ham``
    ``Thanks for making the web a better place.``; the comment is appended to the
    feedback file (``--feedback``) that ``commentguard train`` reads, unless ``is_test``.

Requests use Akismet's wire format: ``application/x-www-form-urlencoded`` fields
(``api_key``, ``blog``, ``user_ip``, ``user_agent``, ``referrer``, ``permalink``,
``comment_type``, ``comment_author``, ``comment_author_email``, ``comment_author_url``,
``comment_content``, ``comment_date_gmt``, ``blog_lang``, ``blog_charset``, ``user_role``,
``is_test``, ``honeypot_field_name`` …). Unknown fields are accepted and ignored. The key
is read from ``api_key`` (what ``akismet.SyncClient`` sends to comment-check and the
submit endpoints), ``key`` (what it sends to verify-key), the same names in the query
string, or the first label of the host name (``KEY.rest.akismet.com``, old clients).
``user_ip`` and ``blog``, required by Akismet, are optional here.

**Unsure.** Akismet has no third answer. By default an ``unsure`` verdict is answered
``true`` *without* the discard tip, plus ``X-commentguard-label: unsure``. Reason: a
``false`` publishes the comment at once on most blogs (WordPress only holds it if the
site moderates every comment), while ``true`` puts it in the spam queue, where nothing
is deleted at once and a moderator can rescue it; the discard tip is never sent for
unsure, so clients that honour it never drop such a comment. A client that reads the
extra header can hold the comment as "pending" instead, which is what ``unsure``
means. ``unsure_as="ham"`` (``--unsure-as ham``) answers ``false`` instead, for sites
that moderate every comment anyway. Every comment-check answer carries
``X-commentguard-label`` (ham/unsure/spam) and ``X-commentguard-probability``.

**Akismet's test values** are protocol behaviour, applied on the ``/1.1`` endpoints
before the model runs (so they hold whatever checks a site disables):
``comment_author`` ``viagra-test-123`` or ``akismet-guaranteed-spam``, or
``comment_author_email`` ``akismet-guaranteed-spam@example.com`` → spam;
``user_role=administrator`` → ham (ham wins over spam, as in the combiner); ``is_test=1``
→ nothing is recorded (no feedback line, and the comment is checked without the history
store). A filled honeypot (``honeypot_field_name`` names a field whose value is
non-empty) is bot spam; its value is also passed on as ``Comment.extra["honeypot"]``.
These forced spam verdicts get the probability the combiner gives any forced spam
(``Thresholds.discard``), so they are answered ``true`` *with* the discard tip, the
same as ``/v1/check`` reports them through the ``submission`` check.

**Beyond Akismet.** ``POST /v1/check`` takes JSON (comment fields, canonical or Akismet
names, plus an optional ``post`` object; or ``{"comments": [...], "post": {...}}`` for a
thread) and returns ``Verdict.to_dict()`` with the reasons. ``POST /v1/feedback`` takes
the same comment plus ``"label": "spam"|"ham"`` and records it (source ``api``).
``GET /healthz`` needs no key. ``/v1`` endpoints take the key as
``Authorization: Bearer KEY``, ``X-Api-Key: KEY`` or ``api_key`` in the query string.

**Security.** Keys come from ``api_keys`` / ``--api-key`` and the comma-separated
environment variable ``COMMENTGUARD_API_KEYS``; they are compared in constant time
(``hmac.compare_digest`` of their SHA-256). Without any key the server refuses to start
unless ``no_auth=True`` (``--no-auth``), which accepts every request and answers
``valid`` to any key: only for a socket nobody else can reach. Request bodies over
``max_body_bytes`` (1 MB by default) are answered 413 before they are read in full. The
CLI binds to 127.0.0.1 unless told otherwise.

``Guard.check`` runs in Starlette's thread pool, so the event loop keeps accepting
requests while the model works; the Guard is built once per process and loaded at
start-up. For several worker processes, use ``commentguard serve --workers N`` (``run``,
which also keeps uvicorn's multi-worker socket from adding ~40 ms to every response) or
any ASGI server with the factory ``commentguard.server:create_app_from_env``; with
``--history`` they all share one SQLite file.
"""

from __future__ import annotations

import codecs
import hashlib
import hmac
import json
import logging
import os
import socket
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from . import __version__
from .combine import Thresholds
from .feedback import record_feedback
from .guard import Guard
from .types import Comment, CommentguardError, InvalidInputError, Post, Reason, Verdict

logger = logging.getLogger("commentguard.server")

#: Largest request body accepted, in bytes; larger ones get 413.
MAX_BODY_BYTES = 1_000_000
#: Most comments one ``/v1/check`` call may carry.
MAX_BATCH = 1000
#: Environment variable with comma-separated API keys.
API_KEYS_ENV = "COMMENTGUARD_API_KEYS"
#: Environment variable with the JSON configuration read by ``create_app_from_env``.
CONFIG_ENV = "COMMENTGUARD_SERVE_CONFIG"

SUBMISSION_RESPONSE = "Thanks for making the web a better place."
INVALID_KEY_HELP = "Invalid API key. Check the key configured for this commentguard server."
FEEDBACK_SOURCE = "akismet-submit"

#: Akismet's documented test values.
SPAM_TEST_AUTHORS = frozenset({"akismet-guaranteed-spam", "viagra-test-123"})
SPAM_TEST_EMAILS = frozenset({"akismet-guaranteed-spam@example.com"})
HAM_TEST_ROLE = "administrator"

UnsureAs = Literal["spam", "ham"]

#: Akismet form fields that become Comment fields.
_COMMENT_FIELDS = {
    "comment_content": "content",
    "comment_author": "author",
    "comment_author_email": "author_email",
    "comment_author_url": "author_url",
    "user_ip": "author_ip",
    "user_agent": "user_agent",
    "comment_date_gmt": "created_at",
    "comment_type": "type",
}
#: Akismet form fields kept in ``Comment.extra`` (a check may use them; feedback keeps them).
_EXTRA_FIELDS = (
    "blog",
    "referrer",
    "permalink",
    "blog_lang",
    "user_role",
    "recheck_reason",
    "comment_post_modified_gmt",
)
_KEY_FIELDS = ("api_key", "key")


class ServerConfigError(CommentguardError):
    """The server was asked to start in a way that would be unsafe or cannot work."""


class _BodyTooLarge(Exception):
    pass


class _BadRequest(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def api_keys_from_env(environ: Mapping[str, str] | None = None) -> list[str]:
    """The keys in ``COMMENTGUARD_API_KEYS`` (comma-separated, blanks ignored)."""
    raw = (environ if environ is not None else os.environ).get(API_KEYS_ENV, "")
    return [k.strip() for k in raw.split(",") if k.strip()]


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).digest()


# -- protocol helpers (pure functions, tested directly) ---------------------------------


def parse_form(body: bytes, content_type: str = "") -> dict[str, list[str]]:
    """Decode an ``application/x-www-form-urlencoded`` body, honouring ``blog_charset``.

    Every field maps to the list of its values (``comment_context[]`` may repeat).
    """
    text = body.decode("latin-1")  # url-encoded bodies are ASCII; latin-1 never fails
    charset = "utf-8"
    for param in content_type.split(";")[1:]:
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip('"')
    charset = _known_codec(charset) or "utf-8"
    pairs = parse_qsl(text, keep_blank_values=True, encoding=charset, errors="replace")
    blog_charset = next((v for k, v in pairs if k == "blog_charset"), "")
    wanted = _known_codec(blog_charset.strip()) if blog_charset else None
    if wanted and wanted != charset:
        pairs = parse_qsl(text, keep_blank_values=True, encoding=wanted, errors="replace")
    fields: dict[str, list[str]] = {}
    for k, v in pairs:
        fields.setdefault(k, []).append(v)
    return fields


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except (LookupError, TypeError, ValueError):
        return None


def _first(fields: Mapping[str, Sequence[str]], name: str) -> str:
    values = fields.get(name)
    return values[0] if values else ""


def _truthy(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def comment_from_form(fields: Mapping[str, Sequence[str]]) -> tuple[Comment, Post | None]:
    """The Comment and Post an Akismet request describes. Unknown fields are ignored."""
    data: dict[str, Any] = {}
    for wire, name in _COMMENT_FIELDS.items():
        value = _first(fields, wire)
        if value:
            data[name] = value
    extra: dict[str, str] = {}
    for name in _EXTRA_FIELDS:
        value = _first(fields, name)
        if value:
            extra[name] = value
    honeypot_name = _first(fields, "honeypot_field_name").strip()
    if honeypot_name and honeypot_name not in _KEY_FIELDS:
        extra["honeypot_field_name"] = honeypot_name
        honeypot_value = _first(fields, honeypot_name)
        if honeypot_value:
            extra["honeypot"] = honeypot_value
    data["extra"] = extra
    comment = Comment.from_dict(data)

    context = [
        v for name in ("comment_context", "comment_context[]") for v in fields.get(name, ()) if v
    ]
    permalink = _first(fields, "permalink")
    language = _first(fields, "blog_lang")
    post = None
    if permalink or context or language:
        post = Post(url=permalink, text=" ".join(context), language=language)
    return comment, post


def protocol_verdict(comment: Comment, thresholds: Thresholds) -> Verdict | None:
    """The verdict Akismet's protocol fixes without looking at the text, or None.

    ``user_role=administrator`` → ham; Akismet's test author/e-mail or a filled honeypot
    → spam at the discard level, as the combiner treats any forced spam. Ham wins over
    spam, as in ``Combiner``.
    """
    extra = comment.extra
    if extra.get("user_role", "").strip().lower() == HAM_TEST_ROLE:
        message = "Akismet test value: user_role 'administrator' is always ham"
        return _forced("ham", 0.0, "trusted", message)
    if comment.author.strip().lower() in SPAM_TEST_AUTHORS:
        message = f"Akismet test value: comment_author {comment.author!r} is always spam"
        return _forced("spam", thresholds.discard, "test_spam", message)
    if comment.author_email.strip().lower() in SPAM_TEST_EMAILS:
        message = (
            f"Akismet test value: comment_author_email {comment.author_email!r} is always spam"
        )
        return _forced("spam", thresholds.discard, "test_spam", message)
    if extra.get("honeypot"):
        name = extra.get("honeypot_field_name", "")
        message = f"the hidden honeypot field {name!r} was filled in, which only bots do"
        return _forced("spam", thresholds.discard, "honeypot", message)
    return None


def _forced(label: Literal["ham", "spam"], p: float, flag: str, message: str) -> Verdict:
    return Verdict(
        label=label,
        spam_probability=p,
        action="reject" if label == "spam" else "approve",
        flags=frozenset({flag}),
        reasons=(Reason("akismet", 0.0, message),),
        model_probability=p,
    )


def akismet_answer(
    verdict: Verdict, thresholds: Thresholds, unsure_as: UnsureAs = "spam"
) -> tuple[str, dict[str, str]]:
    """The comment-check body (``true``/``false``) and headers for a verdict."""
    headers = {
        "X-commentguard-label": verdict.label,
        "X-commentguard-probability": f"{verdict.spam_probability:.4f}",
    }
    if verdict.label == "spam":
        if verdict.spam_probability >= thresholds.discard:
            headers["X-akismet-pro-tip"] = "discard"
        return "true", headers
    if verdict.label == "unsure":
        return ("true" if unsure_as == "spam" else "false"), headers
    return "false", headers


# -- the application --------------------------------------------------------------------


@dataclass
class _Service:
    guard: Guard
    #: The same Guard without the history store, for ``is_test`` requests.
    test_guard: Guard
    key_digests: tuple[bytes, ...]
    no_auth: bool
    feedback: str | None
    max_body_bytes: int
    unsure_as: UnsureAs

    def key_ok(self, candidates: Iterable[str]) -> bool:
        if self.no_auth:
            return True
        ok = False
        for candidate in candidates:
            if not candidate:
                continue
            d = _digest(candidate)
            for key in self.key_digests:
                # No early exit: the time taken does not depend on which key matched.
                ok |= hmac.compare_digest(d, key)
        return ok

    @property
    def thresholds(self) -> Thresholds:
        return self.guard.combiner.thresholds


def _without_history(guard: Guard) -> Guard:
    if guard.history is None:
        return guard
    return Guard(
        guard.model,
        trust_model=guard.trust_model,
        checks=guard.checks,
        disable=guard.disable,
        weights=guard.weights,
        thresholds=guard.thresholds,
        history=None,
    )


def create_app(
    guard: Guard | None = None,
    *,
    api_keys: Iterable[str] | None = None,
    no_auth: bool = False,
    feedback: str | os.PathLike[str] | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    unsure_as: UnsureAs = "spam",
) -> Starlette:
    """The ASGI application.

    - ``guard``: the shared Guard (default: ``Guard()`` with the bundled model).
    - ``api_keys``: accepted keys; None reads ``COMMENTGUARD_API_KEYS``.
    - ``no_auth``: accept requests without a valid key (refused otherwise when no key is set).
    - ``feedback``: JSON Lines file that submit-spam/submit-ham append to (None: not kept).
    - ``max_body_bytes``: larger request bodies get 413.
    - ``unsure_as``: the Akismet answer for ``unsure`` (see the module docstring).
    """
    keys = list(api_keys) if api_keys is not None else api_keys_from_env()
    keys = [k for k in keys if k]
    if not keys and not no_auth:
        raise ServerConfigError(
            "no API key configured: pass --api-key KEY (or set COMMENTGUARD_API_KEYS), "
            "or --no-auth to accept every request"
        )
    if unsure_as not in ("spam", "ham"):
        raise ServerConfigError(f"unsure_as must be 'spam' or 'ham', got {unsure_as!r}")
    if max_body_bytes <= 0:
        raise ServerConfigError("max_body_bytes must be positive")
    guard = guard if guard is not None else Guard()
    service = _Service(
        guard=guard,
        test_guard=_without_history(guard),
        key_digests=tuple(_digest(k) for k in keys),
        no_auth=no_auth,
        feedback=os.fspath(feedback) if feedback is not None else None,
        max_body_bytes=max_body_bytes,
        unsure_as=unsure_as,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Load the model (and open the history store) once, before the first request.
        await run_in_threadpool(lambda: service.guard.card)
        if service.feedback is None:
            logger.info("no feedback file configured: submit-spam/submit-ham are not kept")
        yield

    routes = [
        Route("/1.1/verify-key", _verify_key, methods=["POST"]),
        Route("/1.1/comment-check", _comment_check, methods=["POST"]),
        Route("/1.1/submit-spam", _submit_spam, methods=["POST"]),
        Route("/1.1/submit-ham", _submit_ham, methods=["POST"]),
        Route("/v1/check", _v1_check, methods=["POST"]),
        Route("/v1/feedback", _v1_feedback, methods=["POST"]),
        Route("/healthz", _healthz, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={
            _BodyTooLarge: _too_large,
            _BadRequest: _bad_request,
            InvalidInputError: _invalid_input,
        },
    )
    app.state.service = service
    return app


def create_app_from_env() -> Starlette:
    """Factory for ASGI servers: configuration from ``COMMENTGUARD_SERVE_CONFIG`` (JSON).

    Keys: ``model``, ``trust_model``, ``history``, ``feedback``, ``max_body_bytes``,
    ``unsure_as``, ``no_auth``. API keys come from ``COMMENTGUARD_API_KEYS``. This is what
    each worker process of ``commentguard serve --workers N`` runs::

        uvicorn --factory commentguard.server:create_app_from_env
    """
    raw = os.environ.get(CONFIG_ENV, "")
    try:
        config = json.loads(raw) if raw else {}
    except ValueError as exc:
        raise ServerConfigError(f"{CONFIG_ENV} is not valid JSON: {exc}") from exc
    if not isinstance(config, dict):
        raise ServerConfigError(f"{CONFIG_ENV} must be a JSON object")
    guard = Guard(
        config.get("model"),
        trust_model=bool(config.get("trust_model", False)),
        history=config.get("history"),
    )
    return create_app(
        guard,
        no_auth=bool(config.get("no_auth", False)),
        feedback=config.get("feedback"),
        max_body_bytes=int(config.get("max_body_bytes", MAX_BODY_BYTES)),
        unsure_as=config.get("unsure_as", "spam"),
    )


def run(
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 1,
    *,
    access_log: bool = True,
    log_level: str = "info",
) -> None:
    """Serve ``create_app_from_env`` with uvicorn, in ``workers`` processes.

    Like ``uvicorn.run(..., factory=True, workers=N)`` with one fix: for several workers
    uvicorn binds its listening socket without naming the TCP protocol, so asyncio does
    not set ``TCP_NODELAY`` on the connections, and Nagle's algorithm meets the client's
    delayed ACK: every response waits about 40 ms (measured: 0.5 ms vs 44 ms per request
    on one keep-alive connection). Here the socket is re-created with its protocol known.
    """
    import inspect

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    app = "commentguard.server:create_app_from_env"
    options: dict[str, Any] = {
        "factory": True,
        "host": host,
        "port": port,
        "workers": workers,
        "access_log": access_log,
        "log_level": log_level,
    }
    if workers <= 1:
        uvicorn.run(app, **options)
        return
    config = uvicorn.Config(app, **options)
    sockets = [bind_socket(config)]
    try:
        if "target" in inspect.signature(Multiprocess).parameters:  # older uvicorn
            server = uvicorn.Server(config)
            Multiprocess(config, target=server.run, sockets=sockets).run()  # type: ignore[call-arg]
        else:
            Multiprocess(config, sockets=sockets).run()
    except KeyboardInterrupt:
        pass


def bind_socket(config: Any) -> socket.socket:
    """``config.bind_socket()`` of a ``uvicorn.Config``, with the TCP protocol recorded.

    uvicorn creates the socket as ``socket.socket(family=...)``, whose ``proto`` is 0;
    connections accepted from it inherit that, and asyncio only sets ``TCP_NODELAY`` when
    ``proto`` is ``IPPROTO_TCP``. Given just a file descriptor, Python reads family, type
    and protocol from the kernel, so re-wrapping the descriptor fixes it.
    """
    sock: socket.socket = config.bind_socket()
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        sock = socket.socket(fileno=sock.detach())
    return sock


def _service(request: Request) -> _Service:
    service: _Service = request.app.state.service
    return service


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise _BadRequest("invalid Content-Length") from None
        if size > limit:
            raise _BodyTooLarge
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise _BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


async def _akismet_fields(request: Request) -> dict[str, list[str]]:
    service = _service(request)
    body = await _read_body(request, service.max_body_bytes)
    content_type = request.headers.get("content-type", "")
    if content_type.lower().startswith("multipart/"):
        raise _BadRequest("send fields as application/x-www-form-urlencoded, as Akismet does", 415)
    fields: dict[str, list[str]] = {}
    # Query-string fields first so the body's win: Akismet clients send everything in
    # the body; some old ones put the key in the URL.
    for k, v in request.query_params.multi_items():
        fields.setdefault(k, []).append(v)
    fields.update(parse_form(body, content_type))
    return fields


def _akismet_key_candidates(request: Request, fields: Mapping[str, Sequence[str]]) -> list[str]:
    candidates = [v for name in _KEY_FIELDS for v in fields.get(name, ()) if v]
    if not candidates:
        # Old clients put the key in the host name: KEY.rest.akismet.com.
        host = request.headers.get("host", "").rsplit(":", 1)[0]
        labels = host.split(".")
        if len(labels) > 2 and not labels[0].isdigit():
            candidates.append(labels[0])
    return candidates


def _invalid_key_response() -> PlainTextResponse:
    return PlainTextResponse("invalid", headers={"X-akismet-debug-help": INVALID_KEY_HELP})


async def _verify_key(request: Request) -> Response:
    service = _service(request)
    fields = await _akismet_fields(request)
    ok = service.key_ok(_akismet_key_candidates(request, fields))
    if not ok:
        return _invalid_key_response()
    return PlainTextResponse("valid")


async def _comment_check(request: Request) -> Response:
    service = _service(request)
    fields = await _akismet_fields(request)
    if not service.key_ok(_akismet_key_candidates(request, fields)):
        return _invalid_key_response()
    comment, post = comment_from_form(fields)
    thresholds = service.thresholds
    verdict = protocol_verdict(comment, thresholds)
    if verdict is None:
        guard = service.test_guard if _truthy(_first(fields, "is_test")) else service.guard
        verdict = await run_in_threadpool(guard.check, comment, post)
    body, headers = akismet_answer(verdict, thresholds, service.unsure_as)
    return PlainTextResponse(body, headers=headers)


async def _submit(request: Request, label: Literal["spam", "ham"]) -> Response:
    service = _service(request)
    fields = await _akismet_fields(request)
    if not service.key_ok(_akismet_key_candidates(request, fields)):
        return _invalid_key_response()
    if service.feedback is not None and not _truthy(_first(fields, "is_test")):
        comment, post = comment_from_form(fields)
        await run_in_threadpool(
            record_feedback, service.feedback, comment, label, FEEDBACK_SOURCE, post=post
        )
    return PlainTextResponse(SUBMISSION_RESPONSE)


async def _submit_spam(request: Request) -> Response:
    return await _submit(request, "spam")


async def _submit_ham(request: Request) -> Response:
    return await _submit(request, "ham")


# -- the JSON API -----------------------------------------------------------------------


def _bearer_candidates(request: Request) -> list[str]:
    candidates = []
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        candidates.append(token.strip())
    candidates.extend(request.headers.getlist("x-api-key"))
    candidates.extend(request.query_params.getlist("api_key"))
    return candidates


def _unauthorized() -> JSONResponse:
    return JSONResponse(
        {"error": "missing or invalid API key"},
        status_code=401,
        headers={"WWW-Authenticate": 'Bearer realm="commentguard"'},
    )


async def _json_body(request: Request) -> dict[str, Any]:
    service = _service(request)
    body = await _read_body(request, service.max_body_bytes)
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise _BadRequest(f"body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise _BadRequest("body must be a JSON object")
    return data


def _split_post(data: Mapping[str, Any]) -> tuple[dict[str, Any], Post | None]:
    fields = {k: v for k, v in data.items() if k not in ("post", "api_key", "key")}
    raw_post = data.get("post")
    if raw_post is None:
        return fields, None
    if not isinstance(raw_post, Mapping):
        raise InvalidInputError("field 'post' must be an object")
    return fields, Post.from_dict(raw_post)


async def _v1_check(request: Request) -> Response:
    service = _service(request)
    if not service.key_ok(_bearer_candidates(request)):
        return _unauthorized()
    data = await _json_body(request)
    if "comments" in data:
        items = data["comments"]
        if not isinstance(items, list):
            raise InvalidInputError("field 'comments' must be a list")
        if len(items) > MAX_BATCH:
            raise _BadRequest(f"at most {MAX_BATCH} comments per request", 413)
        _, post = _split_post(data)
        comments = [_as_comment(item) for item in items]
        verdicts = await run_in_threadpool(service.guard.check_many, comments, post)
        return JSONResponse({"verdicts": [v.to_dict() for v in verdicts]})
    fields, post = _split_post(data)
    comment = Comment.from_dict(fields)
    verdict = await run_in_threadpool(service.guard.check, comment, post)
    return JSONResponse(verdict.to_dict())


def _as_comment(item: Any) -> Comment:
    if isinstance(item, str):
        return Comment(content=item)
    if isinstance(item, Mapping):
        return Comment.from_dict({k: v for k, v in item.items() if k not in ("api_key", "key")})
    raise InvalidInputError(
        f"each comment must be an object or a string, got {type(item).__name__}"
    )


async def _v1_feedback(request: Request) -> Response:
    service = _service(request)
    if not service.key_ok(_bearer_candidates(request)):
        return _unauthorized()
    data = await _json_body(request)
    label = data.get("label")
    source = data.get("source") or "api"
    if label not in ("spam", "ham"):
        raise InvalidInputError("field 'label' must be 'spam' or 'ham'")
    if not isinstance(source, str):
        raise InvalidInputError("field 'source' must be a string")
    fields, post = _split_post({k: v for k, v in data.items() if k not in ("label", "source")})
    comment = Comment.from_dict(fields)
    if service.feedback is None:
        return JSONResponse({"recorded": False, "reason": "no feedback file configured"})
    await run_in_threadpool(record_feedback, service.feedback, comment, label, source, post=post)
    return JSONResponse({"recorded": True})


async def _healthz(request: Request) -> Response:
    service = _service(request)
    try:
        card = await run_in_threadpool(lambda: service.guard.card)
    except CommentguardError as exc:
        logger.error("health check failed: %s", exc)
        return JSONResponse({"status": "error"}, status_code=503)
    return JSONResponse({"status": "ok", "version": __version__, "model": card.name})


# -- error responses --------------------------------------------------------------------


def _is_akismet(request: Request) -> bool:
    return request.url.path.startswith("/1.1/")


async def _too_large(request: Request, exc: Exception) -> Response:
    limit = _service(request).max_body_bytes
    message = f"request body larger than {limit} bytes"
    if _is_akismet(request):
        return PlainTextResponse(
            message, status_code=413, headers={"X-akismet-debug-help": message}
        )
    return JSONResponse({"error": message}, status_code=413)


async def _bad_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, _BadRequest)
    if _is_akismet(request):
        return PlainTextResponse(
            exc.message, status_code=exc.status, headers={"X-akismet-debug-help": exc.message}
        )
    return JSONResponse({"error": exc.message}, status_code=exc.status)


async def _invalid_input(request: Request, exc: Exception) -> Response:
    message = str(exc)
    if _is_akismet(request):
        return PlainTextResponse(
            message, status_code=400, headers={"X-akismet-debug-help": message}
        )
    return JSONResponse({"error": message}, status_code=422)


__all__ = [
    "API_KEYS_ENV",
    "CONFIG_ENV",
    "MAX_BODY_BYTES",
    "ServerConfigError",
    "akismet_answer",
    "api_keys_from_env",
    "bind_socket",
    "comment_from_form",
    "create_app",
    "create_app_from_env",
    "parse_form",
    "protocol_verdict",
    "run",
]
