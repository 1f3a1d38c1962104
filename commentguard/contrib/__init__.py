"""Integrations with web frameworks; each module imports its framework only when imported.

- ``commentguard.contrib.django``: a ``django_comments`` moderator (``pip install
  'commentguard[django]'``).
"""
