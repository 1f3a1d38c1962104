"""A minimal Flask blog whose comment form is moderated by commentguard.

    COMMENTGUARD_MODEL=path/to/model.joblib flask --app examples/flask_app.py run

``POST /posts/<id>/comments`` (form fields ``name``, ``email``, ``url``, ``comment`` and a
hidden honeypot ``website_confirm`` that people never fill in) answers

- 201 ``{"status": "published"}`` for ham,
- 202 ``{"status": "pending"}`` for unsure (held for a moderator),
- 403 ``{"status": "rejected"}`` for spam (not stored).

The commenter never sees the reasons; they are logged for the moderator. One Guard is
created with the app and shared by every request thread.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, abort, jsonify, render_template_string, request

from commentguard import CommentguardError
from commentguard.guard import Guard

logger = logging.getLogger("commentguard.flask_example")

HONEYPOT = "website_confirm"

PAGE = """<!doctype html>
<title>{{ post.title }}</title>
<h1>{{ post.title }}</h1>
<p>{{ post.text }}</p>
<h2>Comments</h2>
{% for c in comments %}<p><b>{{ c.author }}</b>: {{ c.content }}</p>{% endfor %}
<form method="post" action="{{ url_for('add_comment', post_id=post_id) }}">
  <input name="name" placeholder="Name"> <input name="email" placeholder="E-mail">
  <input name="url" placeholder="Website">
  <input name="{{ honeypot }}" style="display:none" tabindex="-1" autocomplete="off">
  <textarea name="comment"></textarea> <button>Post</button>
</form>
"""


@dataclass
class Store:
    """In-memory posts and comments (a real blog has a database)."""

    posts: dict[int, dict[str, str]] = field(
        default_factory=lambda: {
            1: {
                "title": "Growing tomatoes on a balcony",
                "text": "Pots, soil, sun and water: what worked for us this summer.",
            }
        }
    )
    comments: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, comment: dict[str, Any]) -> None:
        with self.lock:
            self.comments.append(comment)

    def published(self, post_id: int) -> list[dict[str, Any]]:
        with self.lock:
            return [
                c for c in self.comments if c["post_id"] == post_id and c["status"] == "published"
            ]


def create_app(guard: Guard | None = None) -> Flask:
    app = Flask(__name__)
    guard = guard or Guard(
        os.environ.get("COMMENTGUARD_MODEL") or None,
        history=os.environ.get("COMMENTGUARD_HISTORY") or None,
    )
    store = Store()
    app.extensions["commentguard"] = guard
    app.extensions["comment_store"] = store

    @app.get("/posts/<int:post_id>")
    def show_post(post_id: int) -> str:
        post = store.posts.get(post_id) or abort(404)
        return render_template_string(
            PAGE, post=post, post_id=post_id, comments=store.published(post_id), honeypot=HONEYPOT
        )

    @app.post("/posts/<int:post_id>/comments")
    def add_comment(post_id: int) -> Any:
        post = store.posts.get(post_id) or abort(404)
        form = request.form
        comment = {
            "content": form.get("comment", ""),
            "author": form.get("name", ""),
            "author_email": form.get("email", ""),
            "author_url": form.get("url", ""),
            "author_ip": request.remote_addr or "",
            "user_agent": request.headers.get("User-Agent", ""),
            "post_id": str(post_id),
            "extra": {"honeypot": form.get(HONEYPOT, ""), "referrer": request.referrer or ""},
        }
        context = {
            **post,
            "url": request.url_root.rstrip("/") + f"/posts/{post_id}",
            "id": str(post_id),
        }
        try:
            verdict = guard.check(comment, post=context)
            action = verdict.action
            logger.info("comment on post %s: %s", post_id, verdict.explain())
        except CommentguardError:
            logger.exception("commentguard failed; holding the comment")
            action = "hold"
        if action == "reject":
            return jsonify(status="rejected"), 403
        status = "published" if action == "approve" else "pending"
        store.add(
            {
                "post_id": post_id,
                "author": comment["author"],
                "content": comment["content"],
                "status": status,
            }
        )
        return jsonify(status=status), 201 if status == "published" else 202

    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    create_app().run(host="127.0.0.1", port=5000)
