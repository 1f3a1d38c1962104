"""A tiny Django project for testing ``commentguard.contrib.django`` (SQLite, django_comments)."""
