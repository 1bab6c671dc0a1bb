"""Where the bundled rule library and knowledge base live (a checkout or an installed wheel)."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_data" / name  # wheels force-include the data here
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name  # a source checkout / editable install


def rules_dir() -> Path:
    return Path(os.environ.get("SECOPS_RULES_DIR") or _bundled("appsec_rules"))


def knowledge_dir() -> Path:
    return Path(os.environ.get("SECOPS_KB_DIR") or _bundled("knowledge_base"))


def user_dir() -> Path:
    """Per-user state (chat history, caches): SECOPS_USER_DIR, else XDG data home."""
    explicit = os.environ.get("SECOPS_USER_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "secops"
