"""``commentguard.contrib.django`` through django_comments' real moderation machinery.

Comments are posted with Django's test client to the django_comments view, so the
security form, the ``comment_will_be_posted`` signal and the registered moderator all
run as on a live site. Thresholds are set per test to make labels deterministic whatever
model is installed; one test uses the model's own thresholds on obvious texts.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("django_project")

ALL_HAM = {"unsure": 1.0, "spam": 1.0, "discard": 1.0}
ALL_UNSURE = {"unsure": 0.0, "spam": 1.0, "discard": 1.0}
ALL_SPAM = {"unsure": 0.0, "spam": 0.0, "discard": 1.0}


@pytest.fixture()
def entry():
    from djangoproject.blog.models import Entry

    e = Entry.objects.create(
        title="Growing tomatoes on a balcony", body="Pots, soil, sun and water."
    )
    yield e
    e.delete()


@pytest.fixture(autouse=True)
def clean_comments(django_project):
    yield
    import django_comments

    django_comments.get_model().objects.all().delete()


@pytest.fixture()
def commentguard_settings(model_setting, tmp_path):
    """Apply a COMMENTGUARD block for one test; the shared Guard is rebuilt from it."""
    from django.test import override_settings

    applied = []

    def apply(**extra):
        conf = {"MODEL": model_setting, **extra}
        o = override_settings(COMMENTGUARD=conf)
        o.enable()
        applied.append(o)
        return conf

    yield apply
    for o in reversed(applied):
        o.disable()


def post_comment(entry, text, *, name="Ann", email="ann@example.org", url="", user=None):
    from django.test import Client
    from django.urls import reverse
    from django_comments.forms import CommentForm

    data = dict(CommentForm(entry).initial)
    data.update(name=name, email=email, url=url, comment=text, honeypot="")
    client = Client(HTTP_USER_AGENT="Mozilla/5.0 (test)")
    if user is not None:
        client.force_login(user)
    return client.post(reverse("comments-post-comment"), data, REMOTE_ADDR="203.0.113.5")


def stored(entry):
    import django_comments

    return list(django_comments.get_model().objects.filter(object_pk=str(entry.pk)))


def test_ham_is_approved(entry, commentguard_settings):
    commentguard_settings(THRESHOLDS=ALL_HAM)
    response = post_comment(entry, "How deep should the pots be?")
    assert response.status_code == 302
    (comment,) = stored(entry)
    assert comment.is_public is True


def test_unsure_is_held(entry, commentguard_settings):
    commentguard_settings(THRESHOLDS=ALL_UNSURE)
    response = post_comment(entry, "Interesting, see my page http://example.org/me")
    assert response.status_code == 302
    (comment,) = stored(entry)
    assert comment.is_public is False


def test_spam_is_rejected(entry, commentguard_settings):
    commentguard_settings(THRESHOLDS=ALL_SPAM)
    response = post_comment(entry, "Buy cheap viagra http://pills.example.com")
    # django_comments: "comment_will_be_posted receiver killed the comment"
    assert response.status_code == 400
    assert stored(entry) == []
    # The same form with everything labelled ham goes through: the 400 was the moderator.
    commentguard_settings(THRESHOLDS=ALL_HAM)
    assert post_comment(entry, "Buy cheap viagra http://pills.example.com").status_code == 302


def test_spam_is_held_when_reject_spam_is_off(entry, commentguard_settings):
    from django_comments.moderation import moderator
    from djangoproject.blog.models import Entry
    from djangoproject.blog.moderation import EntryModerator

    class KeepSpam(EntryModerator):
        reject_spam = False

    commentguard_settings(THRESHOLDS=ALL_SPAM)
    original = moderator._registry[Entry]
    moderator._registry[Entry] = KeepSpam(Entry)
    try:
        response = post_comment(entry, "Buy cheap viagra http://pills.example.com")
    finally:
        moderator._registry[Entry] = original
    assert response.status_code == 302
    (comment,) = stored(entry)
    assert comment.is_public is False


def test_obvious_spam_and_ham_with_the_models_thresholds(entry, commentguard_settings):
    commentguard_settings()
    spam = post_comment(
        entry,
        "Buy cheap viagra and cialis online, no prescription, discount pharmacy pills "
        "http://pills.example.com http://rx.example.com",
        name="cheap pills",
        url="http://pills.example.com",
    )
    assert spam.status_code == 400
    ham = post_comment(
        entry, "Thanks, I moved my tomatoes to bigger pots and they are doing much better"
    )
    assert ham.status_code == 302
    (comment,) = stored(entry)
    assert comment.is_public is True


def test_moderators_own_options_still_apply(entry, commentguard_settings):
    commentguard_settings(THRESHOLDS=ALL_HAM)
    entry.enable_comments = False
    entry.save()
    assert post_comment(entry, "How deep should the pots be?").status_code == 400
    assert stored(entry) == []


def test_guard_failure_holds_the_comment(entry, commentguard_settings, tmp_path, caplog):
    commentguard_settings()
    from django.test import override_settings

    with override_settings(COMMENTGUARD={"MODEL": str(tmp_path / "missing.joblib")}):
        response = post_comment(entry, "How deep should the pots be?")
    assert response.status_code == 302
    (comment,) = stored(entry)
    assert comment.is_public is False  # held: neither published unchecked nor lost
    assert "could not check" in caplog.text


def test_guard_is_built_once_from_settings(commentguard_settings):
    from commentguard.contrib.django import get_guard

    commentguard_settings(WEIGHTS={"links": 2.0})
    first = get_guard()
    assert get_guard() is first
    assert first.weights == {"links": 2.0}
    commentguard_settings(WEIGHTS={"links": 3.0})  # override_settings → rebuilt
    assert get_guard() is not first
    assert get_guard().weights == {"links": 3.0}


def test_unknown_setting_is_an_error(commentguard_settings):
    from django.core.exceptions import ImproperlyConfigured

    from commentguard.contrib.django import get_guard

    commentguard_settings(MODLE="typo")
    with pytest.raises(ImproperlyConfigured, match="MODLE"):
        get_guard()


def test_post_context_and_comment_fields(entry):
    from django.test import RequestFactory
    from django_comments import get_model

    from commentguard.contrib.django import comment_from_django, post_from_object

    request = RequestFactory().post(
        "/comments/post/", HTTP_USER_AGENT="UA/1", HTTP_REFERER="http://r/"
    )
    post = post_from_object(entry, request)
    assert post.title == "Growing tomatoes on a balcony"
    assert post.text == "Pots, soil, sun and water."
    assert post.url == f"http://testserver/entries/{entry.pk}/"
    assert post.id == str(entry.pk)
    assert post_from_object(entry, None, title_field=None, body_field="missing").title == ""

    comment = get_model()(
        content_object=entry,
        user_name="Ann",
        user_email="ann@example.org",
        comment="Nice",
        ip_address="203.0.113.5",
    )
    c = comment_from_django(comment, request)
    assert (c.content, c.author, c.author_email, c.author_ip, c.user_agent) == (
        "Nice",
        "Ann",
        "ann@example.org",
        "203.0.113.5",
        "UA/1",
    )
    assert c.extra["referrer"] == "http://r/"
    assert c.post_id == str(entry.pk)


def test_verdict_is_left_on_the_comment(entry, commentguard_settings):
    from django_comments.signals import comment_was_posted

    seen = []

    def receiver(sender, comment, request, **kwargs):
        seen.append(getattr(comment, "commentguard_verdict", None))

    comment_was_posted.connect(receiver)
    try:
        commentguard_settings(THRESHOLDS=ALL_UNSURE)
        post_comment(entry, "How deep should the pots be?")
    finally:
        comment_was_posted.disconnect(receiver)
    assert seen and seen[0] is not None and seen[0].label == "unsure"


def test_record_comment_feedback(entry, commentguard_settings, tmp_path):
    from django_comments import get_model

    from commentguard.contrib.django import record_comment_feedback
    from commentguard.feedback import read_feedback

    comment = get_model()(
        content_object=entry, user_name="Bot", comment="pills", ip_address="198.51.100.1"
    )
    commentguard_settings()
    assert record_comment_feedback(comment, "spam") is None  # no FEEDBACK file configured
    path = tmp_path / "feedback.jsonl"
    commentguard_settings(FEEDBACK=str(path))
    record_comment_feedback(comment, "spam")
    (record,) = read_feedback(path)
    assert (record["label"], record["source"], record["content"]) == ("spam", "django", "pills")
    assert record["post"]["title"] == "Growing tomatoes on a balcony"


def test_site_staff_are_trusted(entry, commentguard_settings):
    from django.contrib.auth import get_user_model

    commentguard_settings(THRESHOLDS=ALL_SPAM)
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    try:
        # user_role "administrator" → the submission check forces ham.
        response = post_comment(entry, "Buy cheap viagra http://pills.example.com", user=admin)
    finally:
        admin.delete()
    assert response.status_code == 302
    (comment,) = stored(entry)
    assert comment.is_public is True
