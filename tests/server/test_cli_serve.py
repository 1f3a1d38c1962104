"""``commentguard serve`` refuses unsafe or impossible configurations before binding."""

from __future__ import annotations

from typer.testing import CliRunner

from commentguard.cli import app

runner = CliRunner()


def test_refuses_without_key(monkeypatch):
    monkeypatch.delenv("COMMENTGUARD_API_KEYS", raising=False)
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 2
    assert "no API key" in result.output


def test_rejects_bad_options(monkeypatch, tmp_path):
    monkeypatch.delenv("COMMENTGUARD_API_KEYS", raising=False)
    result = runner.invoke(app, ["serve", "--api-key", "k", "--unsure-as", "maybe"])
    assert result.exit_code == 2
    result = runner.invoke(
        app, ["serve", "--api-key", "k", "--model", str(tmp_path / "none.joblib")]
    )
    assert result.exit_code == 2
    assert "not found" in result.output
    result = runner.invoke(app, ["serve", "--api-key", "a,b"])
    assert result.exit_code == 2


def test_help_lists_the_options():
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in (
        "--host",
        "--port",
        "--api-key",
        "--no-auth",
        "--history",
        "--feedback",
        "--workers",
    ):
        assert option in result.output


def test_worker_socket_lets_asyncio_set_tcp_nodelay():
    # uvicorn's own multi-worker socket has proto 0, so asyncio skips TCP_NODELAY and
    # every response waits ~40 ms for a delayed ACK; serve --workers N re-wraps it.
    import socket

    import uvicorn

    from commentguard.server import bind_socket

    config = uvicorn.Config("commentguard.server:create_app_from_env", host="127.0.0.1", port=0)
    sock = bind_socket(config)
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.family == socket.AF_INET and sock.type == socket.SOCK_STREAM
    finally:
        sock.close()
