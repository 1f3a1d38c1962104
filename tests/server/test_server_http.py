"""Edge cases of the HTTP API through Starlette's TestClient (no network)."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from commentguard.combine import Thresholds
from commentguard.feedback import read_feedback
from commentguard.server import (
    ServerConfigError,
    akismet_answer,
    comment_from_form,
    create_app,
    parse_form,
    protocol_verdict,
)
from commentguard.types import Comment, Verdict

BLOG = "http://blog.example.com/"


@pytest.fixture()
def feedback_file(tmp_path):
    return tmp_path / "feedback.jsonl"


@pytest.fixture()
def client(guard, api_key, feedback_file):
    app = create_app(guard, api_keys=[api_key], feedback=feedback_file)
    with TestClient(app) as c:  # runs the lifespan: the model is loaded at start-up
        yield c


def form(api_key, **fields):
    return {"api_key": api_key, "blog": BLOG, "user_ip": "203.0.113.7", **fields}


# -- configuration -----------------------------------------------------------------------


def test_refuses_to_start_without_a_key(guard, monkeypatch):
    monkeypatch.delenv("COMMENTGUARD_API_KEYS", raising=False)
    with pytest.raises(ServerConfigError, match="no API key"):
        create_app(guard)
    create_app(guard, no_auth=True)  # explicitly allowed


def test_keys_from_environment(guard, monkeypatch):
    monkeypatch.setenv("COMMENTGUARD_API_KEYS", " one , two ,,")
    with TestClient(create_app(guard)) as c:
        assert c.post("/1.1/verify-key", data={"key": "two", "blog": BLOG}).text == "valid"
        assert c.post("/1.1/verify-key", data={"key": "three", "blog": BLOG}).text == "invalid"


def test_no_auth_accepts_anything(guard):
    with TestClient(create_app(guard, api_keys=[], no_auth=True)) as c:
        assert c.post("/1.1/verify-key", data={"key": "whatever"}).text == "valid"
        r = c.post("/1.1/comment-check", data={"comment_author": "akismet-guaranteed-spam"})
        assert r.text == "true"


# -- keys --------------------------------------------------------------------------------


def test_verify_key(client, api_key):
    r = client.post("/1.1/verify-key", data={"key": api_key, "blog": BLOG})
    assert r.status_code == 200
    assert r.text == "valid"
    assert r.headers["content-type"].startswith("text/plain")
    assert client.post("/1.1/verify-key", data={"key": "nope", "blog": BLOG}).text == "invalid"
    assert client.post("/1.1/verify-key", data={"blog": BLOG}).text == "invalid"


def test_comment_check_with_bad_key_answers_invalid_with_debug_help(client):
    r = client.post("/1.1/comment-check", data=form("wrong", comment_content="hello"))
    assert r.status_code == 200
    assert r.text == "invalid"
    assert "X-akismet-debug-help" in r.headers
    for path in ("/1.1/submit-spam", "/1.1/submit-ham"):
        assert client.post(path, data=form("wrong")).text == "invalid"


def test_key_in_query_string_and_subdomain(client, api_key):
    r = client.post(
        f"/1.1/comment-check?api_key={api_key}", data={"comment_author": "viagra-test-123"}
    )
    assert r.text == "true"
    r = client.post(
        "/1.1/verify-key", data={"blog": BLOG}, headers={"host": f"{api_key}.rest.akismet.com"}
    )
    assert r.text == "valid"


# -- comment-check -----------------------------------------------------------------------


def test_akismet_test_values(client, api_key):
    spam = client.post(
        "/1.1/comment-check", data=form(api_key, comment_author="akismet-guaranteed-spam")
    )
    assert spam.text == "true"
    assert spam.headers["X-akismet-pro-tip"] == "discard"  # forced spam, as in the combiner
    assert spam.headers["X-commentguard-label"] == "spam"
    for data in (
        form(api_key, comment_author="viagra-test-123"),
        form(api_key, comment_author_email="akismet-guaranteed-spam@example.com"),
    ):
        assert client.post("/1.1/comment-check", data=data).text == "true"
    ham = client.post(
        "/1.1/comment-check",
        data=form(
            api_key,
            user_role="administrator",
            comment_author="viagra-test-123",
            comment_content="buy cheap viagra http://x.example",
        ),
    )
    assert ham.text == "false"  # ham wins over spam
    assert ham.headers["X-commentguard-label"] == "ham"
    assert "X-akismet-pro-tip" not in ham.headers


def test_labels_from_the_guard(model_path, api_key):
    from commentguard.guard import Guard

    cases = [
        (Thresholds(unsure=1.0, spam=1.0, discard=1.0), "false", "ham"),
        (Thresholds(unsure=0.0, spam=1.0, discard=1.0), "true", "unsure"),
        (Thresholds(unsure=0.0, spam=0.0, discard=1.0), "true", "spam"),
    ]
    for thresholds, body, label in cases:
        app = create_app(Guard(model_path, thresholds=thresholds), api_keys=[api_key])
        with TestClient(app) as c:
            r = c.post("/1.1/comment-check", data=form(api_key, comment_content="How deep?"))
            assert (r.text, r.headers["X-commentguard-label"]) == (body, label)
            assert "X-akismet-pro-tip" not in r.headers  # p < discard
    unsure_as_ham = create_app(
        Guard(model_path, thresholds=cases[1][0]), api_keys=[api_key], unsure_as="ham"
    )
    with TestClient(unsure_as_ham) as c:
        r = c.post("/1.1/comment-check", data=form(api_key, comment_content="How deep?"))
        assert (r.text, r.headers["X-commentguard-label"]) == ("false", "unsure")


def test_filled_honeypot_is_discarded(client, api_key):
    data = form(
        api_key,
        comment_content="Nice post",
        honeypot_field_name="hp_url",
        hp_url="http://bot.example",
    )
    r = client.post("/1.1/comment-check", data=data)
    assert r.text == "true"
    assert r.headers["X-akismet-pro-tip"] == "discard"
    empty = form(
        api_key,
        comment_content="Nice post",
        honeypot_field_name="hp_url",
        hp_url="",
        user_role="administrator",
    )
    assert client.post("/1.1/comment-check", data=empty).text == "false"


def test_missing_content_and_unknown_fields_are_accepted(client, api_key):
    r = client.post("/1.1/comment-check", data=form(api_key))
    assert r.status_code == 200
    assert r.text in ("true", "false")
    r = client.post(
        "/1.1/comment-check",
        data=form(
            api_key,
            comment_content="I enjoyed the photos",
            some_future_field="x",
            **{"weird[]": "y"},
        ),
    )
    assert r.status_code == 200
    assert r.text in ("true", "false")
    assert r.headers["X-commentguard-label"] in ("ham", "unsure", "spam")


def test_all_akismet_fields(client, api_key):
    data = form(
        api_key,
        user_agent="Mozilla/5.0",
        referrer="http://www.google.com/",
        permalink="http://blog.example.com/2024/05/tomatoes",
        comment_type="comment",
        comment_author="Ann",
        comment_author_email="ann@example.org",
        comment_author_url="",
        comment_content="How deep should the pots be for the tomatoes?",
        comment_date_gmt="2024-05-01T10:00:00Z",
        comment_post_modified_gmt="2024-04-30T08:00:00Z",
        blog_lang="en",
        blog_charset="UTF-8",
        user_role="",
        is_test="1",
        recheck_reason="edit",
    )
    r = client.post("/1.1/comment-check", data=data)
    assert r.status_code == 200
    assert r.text in ("true", "false")


def test_get_is_not_allowed(client):
    assert client.get("/1.1/comment-check").status_code == 405


def test_multipart_is_refused(client, api_key):
    r = client.post(
        "/1.1/comment-check", files={"comment_content": ("a.txt", b"hi")}, data={"api_key": api_key}
    )
    assert r.status_code == 415
    assert "X-akismet-debug-help" in r.headers


# -- limits ------------------------------------------------------------------------------


def test_oversized_body_is_413(guard, api_key):
    app = create_app(guard, api_keys=[api_key], max_body_bytes=1000)
    with TestClient(app) as c:
        big = form(api_key, comment_content="x" * 2000)
        r = c.post("/1.1/comment-check", data=big)
        assert r.status_code == 413
        r = c.post(
            "/v1/check",
            json={"content": "x" * 2000},
            headers={"Authorization": f"Bearer {api_key}"},
        )
        assert r.status_code == 413
        assert "error" in r.json()

        # Without Content-Length (chunked), the limit holds while streaming.
        def chunks():
            for _ in range(20):
                yield b"comment_content=" + b"y" * 100 + b"&"

        r = c.post(
            "/1.1/comment-check",
            content=chunks(),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert r.status_code == 413


def test_default_limit_is_one_megabyte(client, api_key):
    r = client.post("/1.1/comment-check", data=form(api_key, comment_content="z" * 1_100_000))
    assert r.status_code == 413
    r = client.post("/1.1/comment-check", data=form(api_key, comment_content="z" * 200_000))
    assert r.status_code == 200


# -- submissions -------------------------------------------------------------------------


def test_submissions_append_feedback(client, api_key, feedback_file):
    msg = "Thanks for making the web a better place."
    r = client.post(
        "/1.1/submit-spam",
        data=form(
            api_key,
            comment_content="cheap pills",
            comment_author="bot",
            permalink="http://blog.example.com/p/1",
        ),
    )
    assert r.text == msg
    r = client.post("/1.1/submit-ham", data=form(api_key, comment_content="lovely photos"))
    assert r.text == msg
    r = client.post(
        "/1.1/submit-spam", data=form(api_key, comment_content="test only", is_test="1")
    )
    assert r.text == msg
    records = list(read_feedback(feedback_file))
    assert [(rec["label"], rec["content"]) for rec in records] == [
        ("spam", "cheap pills"),
        ("ham", "lovely photos"),
    ]
    assert records[0]["source"] == "akismet-submit"
    assert records[0]["author"] == "bot"
    assert records[0]["post"] == {"url": "http://blog.example.com/p/1"}
    assert records[0]["received_at"].endswith("Z")
    raw = feedback_file.read_text()
    assert api_key not in raw  # the key never reaches the training data


def test_submissions_without_feedback_file(guard, api_key):
    with TestClient(create_app(guard, api_keys=[api_key])) as c:
        r = c.post("/1.1/submit-ham", data=form(api_key, comment_content="hi"))
        assert r.text == "Thanks for making the web a better place."


# -- JSON API ----------------------------------------------------------------------------


def test_v1_check_returns_the_full_verdict(client, api_key):
    body = {
        "comment_content": "How deep should the pots be for the tomatoes?",
        "author": "Ann",
        "post": {
            "title": "Growing tomatoes",
            "text": "Pots, soil and sun.",
            "url": "http://blog.example.com/t",
        },
    }
    r = client.post("/v1/check", json=body, headers={"Authorization": f"Bearer {api_key}"})
    assert r.status_code == 200
    data = r.json()
    assert data["label"] in ("ham", "unsure", "spam")
    assert set(data) >= {
        "label",
        "spam_probability",
        "action",
        "flags",
        "reasons",
        "model_probability",
    }
    assert data["reasons"] and {"check", "weight", "message", "evidence"} <= set(data["reasons"][0])


def test_v1_check_batch_keeps_order(client, api_key):
    body = {
        "comments": ["first comment here", {"content": "second one"}, "third"],
        "post": {"title": "T"},
    }
    r = client.post("/v1/check", json=body, headers={"X-Api-Key": api_key})
    assert r.status_code == 200
    assert len(r.json()["verdicts"]) == 3


def test_v1_auth_and_errors(client, api_key):
    assert client.post("/v1/check", json={"content": "x"}).status_code == 401
    assert (
        client.post(
            "/v1/check", json={"content": "x"}, headers={"Authorization": "Bearer nope"}
        ).status_code
        == 401
    )
    auth = {"Authorization": f"Bearer {api_key}"}
    assert client.post("/v1/check", content=b"{not json", headers=auth).status_code == 400
    assert client.post("/v1/check", json=["a list"], headers=auth).status_code == 400
    r = client.post("/v1/check", json={"content": ["not", "text"]}, headers=auth)
    assert r.status_code == 422
    assert "content" in r.json()["error"]
    assert (
        client.post("/v1/check", json={"content": "x", "post": "nope"}, headers=auth).status_code
        == 422
    )
    assert client.post(f"/v1/check?api_key={api_key}", json={}).status_code == 200


def test_v1_feedback(client, api_key, feedback_file):
    auth = {"Authorization": f"Bearer {api_key}"}
    r = client.post(
        "/v1/feedback",
        json={"label": "spam", "content": "pills", "post": {"title": "T"}},
        headers=auth,
    )
    assert r.json() == {"recorded": True}
    assert (
        client.post(
            "/v1/feedback", json={"label": "maybe", "content": "x"}, headers=auth
        ).status_code
        == 422
    )
    (record,) = read_feedback(feedback_file)
    assert record["source"] == "api"
    assert record["post"] == {"title": "T"}


def test_healthz_needs_no_key(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


# -- pure protocol helpers ---------------------------------------------------------------


def test_parse_form_honours_blog_charset():
    body = b"blog_charset=ISO-8859-1&comment_content=caf%E9"
    assert parse_form(body)["comment_content"] == ["café"]
    assert parse_form(b"comment_content=caf%C3%A9")["comment_content"] == ["café"]
    assert parse_form(b"a=1&a=2&b=")["a"] == ["1", "2"]
    assert parse_form(b"blog_charset=no-such-codec&x=%C3%A9")["x"] == ["é"]


def test_comment_from_form_maps_akismet_fields():
    comment, post = comment_from_form(
        {
            "comment_content": ["hi"],
            "comment_author": ["Ann"],
            "user_ip": ["203.0.113.9"],
            "permalink": ["http://b/p"],
            "blog_lang": ["en"],
            "comment_context[]": ["tomatoes", "gardening"],
            "api_key": ["secret"],
            "honeypot_field_name": ["hp"],
            "hp": ["filled"],
            "unknown": ["ignored"],
        }
    )
    assert (comment.content, comment.author, comment.author_ip) == ("hi", "Ann", "203.0.113.9")
    assert comment.extra["honeypot"] == "filled"
    assert "unknown" not in comment.extra and "api_key" not in comment.extra
    assert post is not None and post.url == "http://b/p" and post.language == "en"
    assert post.text == "tomatoes gardening"


def test_honeypot_cannot_point_at_the_key():
    comment, _ = comment_from_form({"honeypot_field_name": ["api_key"], "api_key": ["secret"]})
    assert "honeypot" not in comment.extra


def test_unsure_mapping():
    t = Thresholds(unsure=0.5, spam=0.85, discard=0.99)
    unsure = Verdict(label="unsure", spam_probability=0.6, action="hold")
    assert akismet_answer(unsure, t) == (
        "true",
        {"X-commentguard-label": "unsure", "X-commentguard-probability": "0.6000"},
    )
    assert akismet_answer(unsure, t, "ham")[0] == "false"
    blatant = Verdict(label="spam", spam_probability=0.995, action="reject")
    assert akismet_answer(blatant, t)[1]["X-akismet-pro-tip"] == "discard"
    plain = Verdict(label="spam", spam_probability=0.9, action="reject")
    assert "X-akismet-pro-tip" not in akismet_answer(plain, t)[1]
    assert (
        akismet_answer(Verdict(label="ham", spam_probability=0.1, action="approve"), t)[0]
        == "false"
    )


def test_protocol_verdict_leaves_ordinary_comments_to_the_guard():
    assert protocol_verdict(Comment(content="hello", author="Ann"), Thresholds()) is None


def test_unsure_as_option(guard, api_key):
    with pytest.raises(ServerConfigError):
        create_app(guard, api_keys=[api_key], unsure_as="maybe")  # type: ignore[arg-type]


def test_lone_surrogates_do_not_break_json_or_feedback(client, api_key, feedback_file):
    body = b'{"content": "\\ud800 lone surrogate", "label": "spam"}'
    headers = {"X-Api-Key": api_key, "content-type": "application/json"}
    r = client.post("/v1/check", content=body, headers=headers)
    assert r.status_code == 200
    json.loads(r.text)
    assert client.post("/v1/feedback", content=body, headers=headers).json() == {"recorded": True}
    (record,) = read_feedback(feedback_file)
    assert record["content"] == "\ud800 lone surrogate"
