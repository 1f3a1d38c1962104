"""Shared fixtures: the real default model, the shared evaluation data when present."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def guard():
    """One Guard with the bundled model, shared like a backend would share it."""
    from commentguard.guard import Guard

    return Guard()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (it holds evaluation data, not part of a clone)")
    return SHARED
