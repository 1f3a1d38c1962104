"""Configure the tiny Django project once per test session (SQLite file, migrated)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

django = pytest.importorskip("django")
pytest.importorskip("django_comments")

from django.conf import settings  # noqa: E402


@pytest.fixture(scope="session")
def django_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Set up Django with the test project and a migrated SQLite database file."""
    from djangoproject.settings import SETTINGS

    db = tmp_path_factory.mktemp("django") / "db.sqlite3"
    if not settings.configured:
        settings.configure(
            **SETTINGS,
            DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(db)}},
        )
    django.setup()
    from django.core.management import call_command

    call_command("migrate", run_syncdb=True, verbosity=0)
    return db


@pytest.fixture(scope="session")
def model_setting() -> str | None:
    """None: the bundled model, as a site would use it."""
    return None
