"""Where things live: data, logs, backups, keys, and bundled resources (also when frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "MediationDesk"
APP_AUTHOR = "MediationDesk"


def resources_dir() -> Path:
    """The ``resources/`` folder: next to the package, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user data directory (``MEDIATION_DESK_HOME`` overrides it, e.g. in tests)."""
    override = os.environ.get("MEDIATION_DESK_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _sub(name: str) -> Path:
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    return _sub("logs")


def backup_dir() -> Path:
    return _sub("backups")


def attachments_dir() -> Path:
    return _sub("attachments")


def keys_dir() -> Path:
    """Installation keys (agreement signing), kept outside the database file."""
    return _sub("keys")


def default_database_path() -> Path:
    return data_dir() / "mediation_desk.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"
