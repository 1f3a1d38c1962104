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

from commentguard.classifier import ModelCard, build_pipeline, default_model_path, save_model  # noqa: E402

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
def model_setting(tmp_path_factory: pytest.TempPathFactory) -> str | None:
    """None to use the bundled model, else the path of a tiny model trained here."""
    if default_model_path().exists():
        return None
    pipeline = build_pipeline(calibrate=False, min_df=1)
    pipeline.fit(HAM + SPAM, [0] * len(HAM) + [1] * len(SPAM))
    path = tmp_path_factory.mktemp("model") / "m.joblib"
    save_model(pipeline, path, ModelCard(name="tiny-test"))
    return str(path)
