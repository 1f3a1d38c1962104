"""Settings of the test project; ``tests/contrib/conftest.py`` passes them to ``settings.configure``."""

SETTINGS = {
    "DEBUG": False,
    "SECRET_KEY": "commentguard-tests-only",
    "ALLOWED_HOSTS": ["testserver", "blog.example.com"],
    "INSTALLED_APPS": [
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.sites",
        "django_comments",
        "djangoproject.blog",
    ],
    "SITE_ID": 1,
    "MIDDLEWARE": [
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
    "ROOT_URLCONF": "djangoproject.urls",
    "TEMPLATES": [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "APP_DIRS": True,
            "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
        }
    ],
    "DEFAULT_AUTO_FIELD": "django.db.models.AutoField",
    "USE_TZ": True,
    # Filled in per test with override_settings (the model path is made at run time).
    "COMMENTGUARD": {},
}
