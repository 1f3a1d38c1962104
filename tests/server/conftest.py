"""Fixtures for the HTTP server tests: a Guard (bundled model or a tiny one) and an app."""

from __future__ import annotations

from pathlib import Path

import pytest

from commentguard.guard import Guard

API_KEY = "test-key-0123456789abcdef"


@pytest.fixture(scope="session")
def model_path() -> Path | None:
    """None: the tests use the bundled model, as a site would."""
    return None


@pytest.fixture(scope="session")
def guard(model_path: Path | None) -> Guard:
    return Guard(model_path)


@pytest.fixture()
def api_key() -> str:
    return API_KEY
