"""Model files: verified against their card's SHA-256 before they are unpickled.

A model file is a pickle, and unpickling runs code, so ``load_model`` and ``Guard``
refuse a file whose card is missing, unreadable or records another hash, with a
``ModelError`` (a ``CommentguardError``) that says why and how to opt out
(``trust=True`` / ``Guard(trust_model=True)``, only for one's own files). A card naming
another scikit-learn major.minor loads with a warning naming both versions and what to
do. Every test works on copies of the bundled model in ``tmp_path``.
"""

from __future__ import annotations

import json
import pickle
import shutil
import warnings
from pathlib import Path

import joblib
import pytest
import sklearn

from commentguard import CommentguardError, Verdict
from commentguard.classifier import (
    ModelError,
    card_path,
    default_model_path,
    file_sha256,
    load_model,
)
from commentguard.guard import Guard

DEFAULT = default_model_path()


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    target = tmp_path / "copy.joblib"
    shutil.copyfile(DEFAULT, target)
    shutil.copyfile(card_path(DEFAULT), card_path(target))
    return target


def edit_card(model: Path, **changes) -> None:
    path = card_path(model)
    card = json.loads(path.read_text(encoding="utf-8"))
    card.update(changes)
    path.write_text(json.dumps(card), encoding="utf-8")


def version_warnings(record: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in record if "trained with scikit-learn" in str(w.message)]


def test_model_error_is_a_commentguard_error():
    assert issubclass(ModelError, CommentguardError)


def test_the_bundled_model_matches_its_card():
    card = json.loads(card_path(DEFAULT).read_text(encoding="utf-8"))
    assert card["sha256"] == file_sha256(DEFAULT)
    major_minor = ".".join(sklearn.__version__.split(".")[:2])
    assert card["versions"]["scikit-learn"].startswith(major_minor + ".")


def test_a_verified_copy_loads_without_warnings(model_copy):
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        pipeline, card = load_model(model_copy)
    assert not version_warnings(record)
    assert card.sha256 == file_sha256(model_copy)
    assert hasattr(pipeline, "predict_proba")
    assert isinstance(Guard(model=model_copy).check("Thanks, the starter worked."), Verdict)


def test_a_tampered_file_is_refused(model_copy):
    with open(model_copy, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelError, match=r"SHA-256 .* does not match its card") as info:
        load_model(model_copy)
    assert str(model_copy) in str(info.value)
    assert "Refusing to load it" in str(info.value)
    guard = Guard(model=model_copy)  # lazy: the check happens on first use
    with pytest.raises(CommentguardError, match="does not match its card"):
        guard.check("hello")


def test_a_changed_but_valid_file_is_refused_unless_trusted(model_copy, tmp_path):
    # Re-saved with another compression: a working pickle whose bytes no longer match.
    pipeline, _card = load_model(model_copy)
    joblib.dump(pipeline, model_copy, compress=1)
    with pytest.raises(ModelError, match="does not match its card"):
        load_model(model_copy)
    with pytest.raises(ModelError, match="does not match its card"):
        Guard(model=model_copy).check("hello")
    trusted, _ = load_model(model_copy, trust=True)
    assert hasattr(trusted, "predict_proba")
    assert isinstance(Guard(model=model_copy, trust_model=True).check("hello"), Verdict)


def test_a_missing_card_is_refused_unless_trusted(model_copy):
    card_path(model_copy).unlink()
    with pytest.raises(ModelError, match="no model card") as info:
        load_model(model_copy)
    message = str(info.value)
    assert "SHA-256" in message and "trust=True" in message  # says why and how to opt out
    with pytest.raises(ModelError, match="no model card"):
        Guard(model=model_copy).check("hello")
    _pipeline, card = load_model(model_copy, trust=True)
    assert card.name == model_copy.stem
    assert isinstance(Guard(model=model_copy, trust_model=True).check("hello"), Verdict)


def test_another_sklearn_minor_version_warns_naming_both(model_copy):
    card = json.loads(card_path(model_copy).read_text(encoding="utf-8"))
    edit_card(model_copy, versions={**card["versions"], "scikit-learn": "0.24.2"})
    with pytest.warns(UserWarning, match="trained with scikit-learn 0.24.2") as record:
        pipeline, _ = load_model(model_copy)
    (message,) = version_warnings(list(record))
    assert sklearn.__version__ in message  # both versions named
    assert "scikit-learn==0.24.2" in message and "commentguard train" in message  # what to do
    assert hasattr(pipeline, "predict_proba")  # a warning, not a refusal


def test_another_patch_version_does_not_warn(model_copy):
    card = json.loads(card_path(model_copy).read_text(encoding="utf-8"))
    major, minor = sklearn.__version__.split(".")[:2]
    edit_card(model_copy, versions={**card["versions"], "scikit-learn": f"{major}.{minor}.99"})
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        load_model(model_copy)
    assert not version_warnings(record)


@pytest.mark.parametrize(
    "card_text",
    [
        "{ not json",
        "[]",
        '"a string"',
        json.dumps({"sha256": 12345}),
        json.dumps({"sha256": None}),
        json.dumps({"versions": "scikit-learn 1.0"}),
        "",
    ],
    ids=["broken-json", "list", "string", "int-hash", "null-hash", "versions-string", "empty"],
)
def test_an_unreadable_card_is_a_model_error(model_copy, card_text):
    card_path(model_copy).write_text(card_text, encoding="utf-8")
    with pytest.raises(ModelError, match=r"unreadable model card|does not match"):
        load_model(model_copy)


def test_an_empty_hash_in_the_card_is_refused(model_copy):
    edit_card(model_copy, sha256="")
    with pytest.raises(ModelError, match="does not match its card"):
        load_model(model_copy)


def test_a_file_that_is_not_a_model_is_refused_even_with_a_matching_card(tmp_path):
    junk = tmp_path / "junk.joblib"
    junk.write_bytes(b"this is not a pickle at all")
    card_path(junk).write_text(json.dumps({"sha256": file_sha256(junk)}), encoding="utf-8")
    with pytest.raises(ModelError, match="could not load the model"):
        load_model(junk)

    not_a_classifier = tmp_path / "dict.joblib"
    not_a_classifier.write_bytes(pickle.dumps({"not": "a model"}))
    card_path(not_a_classifier).write_text(
        json.dumps({"sha256": file_sha256(not_a_classifier)}), encoding="utf-8"
    )
    with pytest.raises(ModelError, match="not a classifier"):
        load_model(not_a_classifier)


def test_a_missing_file_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="model file not found"):
        load_model(tmp_path / "nope.joblib")
    with pytest.raises(CommentguardError, match="model file not found"):
        Guard(model=tmp_path / "nope.joblib").check("hello")


def test_the_cli_reports_a_tampered_model(model_copy):
    from typer.testing import CliRunner

    from commentguard.cli import app

    with open(model_copy, "ab") as fh:
        fh.write(b"\0")
    result = CliRunner().invoke(app, ["check", "--model", str(model_copy), "hello"])
    assert result.exit_code == 2
    assert "does not match its card" in result.output
