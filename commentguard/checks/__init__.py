"""The registry of built-in checks: the one place that lists them.

A site switches a check off or re-weights it through ``Guard(weights={...})``; a new
check is a new module here plus one line in ``REGISTRY``.
"""

from __future__ import annotations

from .base import Check, Context

REGISTRY: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    """Class decorator adding a check to the registry under its ``name``."""
    if cls.name in REGISTRY and REGISTRY[cls.name] is not cls:
        raise ValueError(f"a check named {cls.name!r} is already registered")
    REGISTRY[cls.name] = cls
    return cls


def default_checks() -> list[Check]:
    """One instance of every registered check, in registration order."""
    _load_builtin()
    return [cls() for cls in REGISTRY.values()]


def _load_builtin() -> None:
    # Imported for their @register side effect; kept lazy so importing commentguard
    # stays cheap and a broken optional check cannot break the import of the package.
    from . import (  # noqa: F401
        contact,
        duplicates,
        links,
        obfuscation,
        offtopic,
        praise,
        pretext,
        promo,
        style,
        submission,
    )


__all__ = ["REGISTRY", "Check", "Context", "default_checks", "register"]
