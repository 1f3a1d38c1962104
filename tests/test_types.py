import pytest

from commentguard import Comment, InvalidInputError, Post, Reason, Verdict


def test_from_dict_accepts_akismet_names_and_keeps_unknown_fields():
    c = Comment.from_dict(
        {
            "comment_content": "Hi",
            "comment_author": "Ann",
            "comment_author_url": "http://ann.example",
            "user_ip": "10.0.0.1",
            "honeypot": "x",
        }
    )
    assert (c.content, c.author, c.author_url, c.author_ip) == (
        "Hi",
        "Ann",
        "http://ann.example",
        "10.0.0.1",
    )
    assert c.extra["honeypot"] == "x"


def test_canonical_name_wins_over_alias():
    c = Comment.from_dict({"comment_content": "alias", "content": "canonical"})
    assert c.content == "canonical"


def test_none_and_numbers_are_coerced_containers_refused():
    c = Comment(content=None, id=42)  # type: ignore[arg-type]
    assert c.content == "" and c.id == "42"
    with pytest.raises(InvalidInputError, match="author"):
        Comment(author=["x"])  # type: ignore[arg-type]


def test_post_from_dict_aliases():
    p = Post.from_dict({"post_title": "T", "post_text": "body", "permalink": "https://b.example/t"})
    assert (p.title, p.text, p.url) == ("T", "body", "https://b.example/t")


def test_verdict_to_dict_is_json_ready_and_sorted():
    v = Verdict(
        label="spam",
        spam_probability=0.912345,
        action="reject",
        flags=frozenset({"b", "a"}),
        reasons=(Reason("links", 1.5, "3 links", ("x.example",)),),
        comment_id="7",
    )
    d = v.to_dict()
    assert d["flags"] == ["a", "b"] and d["id"] == "7" and d["spam_probability"] == 0.9123
    assert d["reasons"][0]["evidence"] == ["x.example"]
    assert "links" in v.explain()


def test_verdicts_survive_pickling_between_processes():
    import pickle

    from commentguard.types import Reason, Verdict

    v = Verdict(
        "spam",
        0.97,
        "hold",
        frozenset({"campaign", "near_duplicate"}),
        (Reason("model", 2.5, "text model: 0.92"), Reason("links", 1.0, "link", ("a.example",))),
        0.92,
        "c17",
        True,
    )
    back = pickle.loads(pickle.dumps([v, v], protocol=pickle.HIGHEST_PROTOCOL))
    assert back == [v, v] and back[0].reasons[1].evidence == ("a.example",)
