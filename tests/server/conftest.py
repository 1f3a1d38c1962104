"""Fixtures for the HTTP server tests: a Guard (bundled model or a tiny one) and an app."""

from __future__ import annotations

from pathlib import Path

import pytest

from commentguard.classifier import ModelCard, build_pipeline, default_model_path, save_model
from commentguard.guard import Guard

API_KEY = "test-key-0123456789abcdef"

HAM = [
    "Thanks for the clear explanation of the build steps, it finally works for me",
    "I visited that museum last spring and the old maps room was my favourite",
    "Could you say more about how you chose the soil mix for the tomatoes?",
    "Small correction: the bridge opened in 1932, not 1923",
    "My kids loved this recipe, we added a little more garlic",
    "Interesting argument, though I think the second chapter contradicts it",
    "The photo of the harbour at dusk is beautiful",
    "I had the same error with the driver and rolling back fixed it",
    "Looking forward to part two of the series on birds of the coast",
    "We tried the hiking route in the rain and it was still worth it",
]
SPAM = [
    "Buy cheap viagra online no prescription http://pills.example.com",
    "Best online casino bonus click here http://casino.example.net",
    "Cheap replica watches and handbags free shipping http://replica.example",
    "Make money fast working from home, click my link http://earn.example",
    "Payday loans approved instantly no credit check http://loans.example",
    "Hot singles are waiting for you http://dating.example.org",
    "Buy instagram followers and SEO backlinks cheap http://seo.example",
    "Discount pharmacy pills cialis viagra cheap http://rx.example",
    "Win big at online poker, use bonus code now http://poker.example",
    "Crypto investment doubles your money guaranteed http://coin.example",
]


def tiny_model(directory: Path) -> Path:
    """A small model trained on the strings above (used until the bundled model ships)."""
    pipeline = build_pipeline(calibrate=False, min_df=1)
    pipeline.fit(HAM + SPAM, [0] * len(HAM) + [1] * len(SPAM))
    return save_model(pipeline, directory / "m.joblib", ModelCard(name="tiny-test"))


@pytest.fixture(scope="session")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """None when the bundled model exists (use it), else the path of a tiny model."""
    if default_model_path().exists():
        return None
    return tiny_model(tmp_path_factory.mktemp("model"))


@pytest.fixture(scope="session")
def guard(model_path: Path | None) -> Guard:
    return Guard(model_path)


@pytest.fixture()
def api_key() -> str:
    return API_KEY
