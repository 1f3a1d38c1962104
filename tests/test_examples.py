"""The examples in examples/ work as documented: imported and called here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from commentguard.combine import Thresholds
from commentguard.guard import Guard

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


OBVIOUS_SPAM = (
    "Buy cheap viagra and cialis online, no prescription, discount pharmacy pills "
    "http://pills.example.com http://rx.example.com"
)
OBVIOUS_HAM = "Thanks, I moved my tomatoes to bigger pots and they are doing much better"

ALL_HAM = Thresholds(unsure=1.0, spam=1.0, discard=1.0)
ALL_UNSURE = Thresholds(unsure=0.0, spam=1.0, discard=1.0)
ALL_SPAM = Thresholds(unsure=0.0, spam=0.0, discard=1.0)


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def model_path() -> str | None:
    """None: the bundled model."""
    return None


# -- examples/hook.py --------------------------------------------------------------------


@pytest.fixture()
def hook(model_path, monkeypatch):
    module = load("hook")
    if model_path:
        monkeypatch.setenv("COMMENTGUARD_MODEL", model_path)
    else:
        monkeypatch.delenv("COMMENTGUARD_MODEL", raising=False)
    monkeypatch.delenv("COMMENTGUARD_HISTORY", raising=False)
    return module


def test_hook_with_the_environments_model(hook):
    spam = hook.on_new_comment({"comment_content": OBVIOUS_SPAM, "comment_author": "cheap pills"})
    ham = hook.on_new_comment(
        {
            "content": OBVIOUS_HAM,
            "author": "Ann",
            "post": {"title": "Growing tomatoes on a balcony"},
        }
    )
    assert spam in ("reject", "hold") and spam != "approve"
    assert ham == "approve"
    assert hook.get_guard() is hook.get_guard()  # built once, shared


@pytest.mark.parametrize(
    ("thresholds", "expected"), [(ALL_HAM, "approve"), (ALL_UNSURE, "hold"), (ALL_SPAM, "reject")]
)
def test_hook_maps_labels_to_actions(hook, model_path, monkeypatch, thresholds, expected):
    monkeypatch.setattr(hook, "_guard", Guard(model_path, thresholds=thresholds))
    assert hook.on_new_comment({"comment_content": "How deep should the pots be?"}) == expected


def test_hook_holds_when_commentguard_fails(hook, monkeypatch, tmp_path):
    monkeypatch.setattr(hook, "_guard", Guard(tmp_path / "missing.joblib"))
    assert hook.on_new_comment({"comment_content": "hi"}) == "hold"
    assert hook.on_new_comment({"comment_content": ["not", "text"]}) == "hold"


# -- examples/flask_app.py ---------------------------------------------------------------


@pytest.fixture()
def flask_example():
    pytest.importorskip("flask")
    return load("flask_app")


@pytest.mark.parametrize(
    ("thresholds", "status", "code"),
    [(ALL_HAM, "published", 201), (ALL_UNSURE, "pending", 202), (ALL_SPAM, "rejected", 403)],
)
def test_flask_app_moderates_the_form(flask_example, model_path, thresholds, status, code):
    app = flask_example.create_app(Guard(model_path, thresholds=thresholds))
    client = app.test_client()
    r = client.post(
        "/posts/1/comments",
        data={"name": "Ann", "email": "ann@example.org", "comment": "How deep should the pots be?"},
    )
    assert r.status_code == code
    assert r.get_json() == {"status": status}
    page = client.get("/posts/1").get_data(as_text=True)
    assert ("How deep should the pots be?" in page) is (status == "published")
    stored = app.extensions["comment_store"].comments
    assert len(stored) == (0 if status == "rejected" else 1)


def test_flask_app_with_the_models_thresholds(flask_example, model_path):
    app = flask_example.create_app(Guard(model_path))
    client = app.test_client()
    assert (
        client.post("/posts/1/comments", data={"name": "Ann", "comment": OBVIOUS_HAM}).status_code
        == 201
    )
    spam = client.post(
        "/posts/1/comments",
        data={"name": "cheap pills", "url": "http://pills.example.com", "comment": OBVIOUS_SPAM},
    )
    assert spam.status_code in (202, 403)
    assert client.get("/posts/2").status_code == 404
    assert client.post("/posts/2/comments", data={"comment": "x"}).status_code == 404


def test_flask_app_honeypot_is_rejected(flask_example, model_path):
    # The hidden field goes to Comment.extra["honeypot"]; the submission check forces spam.
    app = flask_example.create_app(Guard(model_path, thresholds=ALL_HAM))
    r = app.test_client().post(
        "/posts/1/comments",
        data={"name": "Ann", "comment": OBVIOUS_HAM, flask_example.HONEYPOT: "http://bot.example"},
    )
    assert r.status_code == 403
    assert app.extensions["comment_store"].comments == []
