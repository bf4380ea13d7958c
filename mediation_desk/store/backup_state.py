"""The backup directory's ``state.json``: the last verified backup and the pause set by a restore.

The last backup's time and audit-chain head make "data changed since" a string comparison
(:func:`.backup_schedule.backup_due`); a restore pauses automatic backups until the user has
checked the restored data (:func:`confirm_restore`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .. import paths


def state_path(dest_dir: Path | None = None) -> Path:
    return (dest_dir or paths.backup_dir()) / "state.json"


def read_state(dest_dir: Path | None = None) -> dict[str, Any]:
    try:
        data = json.loads(state_path(dest_dir).read_text("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def write_state(data: dict[str, Any], dest_dir: Path | None = None) -> None:
    target = state_path(dest_dir)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), "utf-8")
    os.replace(tmp, target)


def record_backup(path: Path, manifest: dict[str, Any], *, dest_dir: Path | None = None) -> None:
    state = read_state(dest_dir)
    state["last_backup"] = {
        "path": str(path),
        "created_at": manifest["created_at"],
        "audit_head": manifest.get("audit_head"),
    }
    write_state(state, dest_dir)


def automatic_paused(dest_dir: Path | None = None) -> bool:
    """Whether automatic backups wait for the user to confirm restored data."""
    return bool(read_state(dest_dir).get("paused"))


def confirm_restore(dest_dir: Path | None = None) -> None:
    """The user has checked the restored data: automatic backups resume."""
    state = read_state(dest_dir)
    state["paused"] = False
    state.pop("restored_from", None)
    write_state(state, dest_dir)
