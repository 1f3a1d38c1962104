"""End to end with the real ``akismet`` client from PyPI against a local server.

``akismet.SyncClient`` always talks to https://rest.akismet.com; a custom httpx transport
sends its requests to a uvicorn server running in a thread on a free localhost port
instead (real TCP, real HTTP). ``akismet.AsyncClient`` is also run over
``httpx.ASGITransport`` (in-process ASGI).
"""

from __future__ import annotations

import threading
import time

import akismet
import httpx
import pytest
import uvicorn

from commentguard.combine import Thresholds
from commentguard.feedback import read_feedback
from commentguard.guard import Guard
from commentguard.server import create_app

BLOG = "http://blog.example.com/"
IP = "203.0.113.7"
SPAM_AUTHOR = "akismet-guaranteed-spam"


class LocalAkismet(httpx.BaseTransport):
    """Sends requests meant for rest.akismet.com to a local server (Host header kept)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.inner = httpx.HTTPTransport()
        self.seen: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self.port)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@pytest.fixture()
def feedback_file(tmp_path):
    return tmp_path / "feedback.jsonl"


@pytest.fixture()
def serve():
    """Start create_app(...) under uvicorn in a thread; returns the port. Stopped after the test."""
    servers = []

    def start(app) -> int:
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive(), "uvicorn failed to start"
            assert time.monotonic() < deadline, "uvicorn did not start in 30 s"
            time.sleep(0.02)
        return server.servers[0].sockets[0].getsockname()[1]

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture()
def live_server(serve, guard, api_key, feedback_file):
    return serve(create_app(guard, api_keys=[api_key], feedback=feedback_file))


def akismet_client(port: int, key: str) -> akismet.SyncClient:
    http = httpx.Client(
        transport=LocalAkismet(port), headers={"User-Agent": akismet.USER_AGENT}, timeout=10
    )
    return akismet.SyncClient.validated_client(akismet.Config(key=key, url=BLOG), http_client=http)


@pytest.fixture()
def transport(live_server):
    return LocalAkismet(live_server)


@pytest.fixture()
def client(transport, api_key):
    http = httpx.Client(transport=transport, headers={"User-Agent": akismet.USER_AGENT}, timeout=10)
    with akismet.SyncClient(akismet.Config(key=api_key, url=BLOG), http_client=http) as c:
        # Entering the context manager already verified the key.
        yield c


def test_verify_key(transport, api_key, client):
    assert client.verify_key() is True
    assert client.verify_key("wrong-key", BLOG) is False
    # What the client sends, which the server must read: `key` for verify-key.
    assert transport.seen[0].url.path == "/1.1/verify-key"
    assert b"key=" + api_key.encode() in transport.seen[0].content


def test_invalid_key_raises_in_the_client(transport):
    http = httpx.Client(transport=transport, timeout=10)
    with pytest.raises(akismet.APIKeyError):
        akismet.SyncClient.validated_client(akismet.Config(key="wrong", url=BLOG), http_client=http)
    unvalidated = akismet.SyncClient(akismet.Config(key="wrong", url=BLOG), http_client=http)
    with pytest.raises(akismet.APIKeyError):  # comment-check answers "invalid"
        unvalidated.comment_check(IP, comment_content="hello")


def test_comment_check_ham(client):
    result = client.comment_check(
        IP,
        comment_content="Thanks, the section on pruning answered my question",
        comment_author="Ann",
        user_role="administrator",
        permalink=BLOG + "2024/pruning",
        comment_type="comment",
    )
    assert result == akismet.CheckResponse.HAM


def test_comment_check_spam(serve, model_path, api_key):
    # A Guard whose spam threshold is 0 labels every comment spam, below the discard level.
    guard = Guard(model_path, thresholds=Thresholds(unsure=0.0, spam=0.0, discard=1.0))
    client = akismet_client(serve(create_app(guard, api_keys=[api_key])), api_key)
    result = client.comment_check(IP, comment_content="How deep should the pots be?")
    assert result == akismet.CheckResponse.SPAM


def test_comment_check_unsure_is_spam_without_discard(serve, model_path, api_key):
    guard = Guard(model_path, thresholds=Thresholds(unsure=0.0, spam=1.0, discard=1.0))
    client = akismet_client(serve(create_app(guard, api_keys=[api_key])), api_key)
    result = client.comment_check(IP, comment_content="How deep should the pots be?")
    assert result == akismet.CheckResponse.SPAM


def test_comment_check_discard_for_akismet_test_values(client):
    for kwargs in (
        {"comment_author": SPAM_AUTHOR},
        {"comment_author": "viagra-test-123"},
        {"comment_author_email": "akismet-guaranteed-spam@example.com"},
    ):
        result = client.comment_check(IP, comment_content="Hello there", **kwargs)
        assert result == akismet.CheckResponse.DISCARD


def test_comment_check_discard_for_a_filled_honeypot(client):
    # The client has no argument for the honeypot's value; send the fields as a form would.
    response = client._request(
        "POST",
        "1.1",
        "comment-check",
        {
            "api_key": client._config.key,
            "blog": BLOG,
            "user_ip": IP,
            "comment_content": "Great article",
            "honeypot_field_name": "website_confirm",
            "website_confirm": "http://bot.example",
        },
    )
    assert response.text == "true"
    assert response.headers["X-akismet-pro-tip"] == "discard"
    assert akismet._common._handle_check_response(response) == akismet.CheckResponse.DISCARD


def test_comment_check_model_path_is_well_formed(client):
    # An ordinary comment goes through the Guard; whatever the label, the answer parses.
    for text in ("I liked the harbour photo", "Buy cheap viagra http://pills.example.com now"):
        result = client.comment_check(IP, comment_content=text, comment_author="x", is_test=True)
        assert result in (
            akismet.CheckResponse.HAM,
            akismet.CheckResponse.SPAM,
            akismet.CheckResponse.DISCARD,
        )


def test_submit_spam_and_ham_record_feedback(client, feedback_file):
    assert client.submit_spam(
        IP,
        comment_content="Cheap pills here http://rx.example",
        comment_author="pillbot",
        comment_author_email="bot@rx.example",
        permalink=BLOG + "p/1",
    )
    assert client.submit_ham(IP, comment_content="Lovely photos of the coast", comment_author="Ann")
    assert client.submit_ham(IP, comment_content="just testing", is_test=True)
    records = list(read_feedback(feedback_file))
    assert [r["label"] for r in records] == ["spam", "ham"]
    spam, ham = records
    assert spam["content"] == "Cheap pills here http://rx.example"
    assert spam["author_email"] == "bot@rx.example"
    assert spam["author_ip"] == IP
    assert spam["source"] == "akismet-submit"
    assert spam["post"]["url"] == BLOG + "p/1"
    assert ham["author"] == "Ann"


@pytest.mark.anyio
async def test_async_client_over_asgi_transport(guard, api_key, feedback_file):
    app = create_app(guard, api_keys=[api_key], feedback=feedback_file)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), timeout=10)
    config = akismet.Config(key=api_key, url=BLOG)
    async with akismet.AsyncClient(config, http_client=http) as c:
        assert await c.verify_key()
        assert (
            await c.comment_check(IP, comment_author=SPAM_AUTHOR) == akismet.CheckResponse.DISCARD
        )
        assert (
            await c.comment_check(IP, comment_content="hi", user_role="administrator")
            == akismet.CheckResponse.HAM
        )
        assert await c.submit_spam(IP, comment_content="spam via async")
    assert [r["content"] for r in read_feedback(feedback_file)] == ["spam via async"]
