"""Messages for the data-safety error codes: permissions, sign-in, accounts, backups, start-up.

:func:`templates` is merged into :func:`mediation_desk.ui.errors.message`'s table;
:func:`display_params` turns raw parameters (ISO times, role codes, table lists) into text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication


def role_names() -> dict[str, str]:
    """Account roles in the user's language."""
    return {
        "mediator": QCoreApplication.translate("Roles", "Mediator"),
        "director": QCoreApplication.translate("Roles", "Director"),
        "member": QCoreApplication.translate("Roles", "Committee member"),
        "custodian": QCoreApplication.translate("Roles", "Sealed-records custodian"),
        "admin": QCoreApplication.translate("Roles", "Administrator"),
        "auditor": QCoreApplication.translate("Roles", "Auditor"),
        "system": QCoreApplication.translate("Roles", "System"),
    }


def templates() -> dict[str, str]:
    """Code → translated template (``{name}`` placeholders take the error's parameters)."""
    return {
        "perm.role": QCoreApplication.translate("Errors", "Your role ({role}) does not allow this."),
        "perm.case_required": QCoreApplication.translate("Errors", "Choose a case first."),
        "perm.not_on_case": QCoreApplication.translate("Errors", "You are not assigned to this case."),
        "perm.other_organisation": QCoreApplication.translate(
            "Errors", "This case belongs to another organisation."
        ),
        "perm.sealed": QCoreApplication.translate(
            "Errors",
            "This record is sealed (juvenile or public-security record). Only the people on the "
            "case and the sealed-records custodian may open it.",
        ),
        "perm.stage": QCoreApplication.translate(
            "Errors", "Your assignment to this case does not cover this stage."
        ),
        "perm.no_case_content": QCoreApplication.translate(
            "Errors", "Administrators and auditors do not see case contents."
        ),
        "perm.legal_basis_required": QCoreApplication.translate(
            "Errors", "Record the legal basis before opening this sealed record."
        ),
        "auth.failed": QCoreApplication.translate("Errors", "The user name or password is wrong."),
        "auth.failed.remaining": QCoreApplication.translate(
            "Errors",
            "The user name or password is wrong. {remaining} more attempts before the account is locked.",
        ),
        "auth.locked": QCoreApplication.translate(
            "Errors", "This account is locked after too many wrong passwords until {until}."
        ),
        "password.too_short": QCoreApplication.translate(
            "Errors", "The password must have at least {minimum} characters."
        ),
        "password.too_long": QCoreApplication.translate(
            "Errors", "The password may have at most {maximum} characters."
        ),
        "user.admin_exists": QCoreApplication.translate("Errors", "An administrator account already exists."),
        "user.exists": QCoreApplication.translate("Errors", "The user name {username} is already taken."),
        "user.name_required": QCoreApplication.translate("Errors", "Enter a user name."),
        "user.role": QCoreApplication.translate("Errors", "Unknown role {role}."),
        "backup.damaged": QCoreApplication.translate(
            "Errors", "The backup {path} is damaged and cannot be used ({reason})."
        ),
        "backup.missing": QCoreApplication.translate("Errors", "The backup file {path} does not exist."),
        "backup.disk": QCoreApplication.translate(
            "Errors", "The backup could not be written to {path}: {detail}"
        ),
        "backup.foreign": QCoreApplication.translate(
            "Errors", "This backup was made by another installation of Mediation Desk. It was not restored."
        ),
        "backup.foreign_seal": QCoreApplication.translate(
            "Errors",
            "This backup was sealed by another installation of Mediation Desk (key {key_id}), so "
            "this computer cannot prove it was not changed. It was not restored. To restore it, an "
            "administrator copies that installation's seal key (keys/backup-seal.key) into "
            "keys/trusted-backup-keys/ here, or restores it from the command line with --seal-key.",
        ),
        "backup.unkeyed": QCoreApplication.translate(
            "Errors",
            "This backup carries no installation seal (made before version 0.4, or rebuilt by "
            "someone), so it cannot be proved unchanged. It was not restored. An administrator "
            "who knows where it came from can restore it from the command line with --trust-unverified.",
        ),
        "disk.full": QCoreApplication.translate(
            "Errors",
            "The disk holding {path} is full. Nothing was changed. Free some space (or choose "
            "another folder) and try again.",
        ),
        "disk.read_only": QCoreApplication.translate(
            "Errors",
            "{path} is read-only, so nothing could be written there. Nothing was changed. Choose a "
            "folder you may write to, or ask your administrator for write permission.",
        ),
        "db.read_only": QCoreApplication.translate(
            "Errors",
            "The database {path} is read-only (the file or its folder cannot be written). It is "
            "not damaged. Mediation Desk shows the data but cannot save changes; ask your "
            "administrator for write permission to the file and its folder.",
        ),
        "backup.server_mode": QCoreApplication.translate(
            "Errors",
            "In server mode the database is backed up on the server (pg_dump); see the server-mode guide.",
        ),
        "restore.server_mode": QCoreApplication.translate(
            "Errors",
            "In server mode the database is restored on the server (pg_restore); see the server-mode guide.",
        ),
        "backup.source_damaged": QCoreApplication.translate(
            "Errors",
            "The database is damaged ({detail}); a backup of it would be useless. Restore a backup instead.",
        ),
        "backup.source_missing": QCoreApplication.translate(
            "Errors", "There is no database file at {path} to back up."
        ),
        "db.network_filesystem": QCoreApplication.translate(
            "Errors",
            "The database {path} is on a network drive ({fstype}). A database file on a shared "
            "drive can be damaged when several computers use it. Keep it on this computer's own "
            "disk, or use server mode (a PostgreSQL server) for several workstations.",
        ),
        "db.damaged": QCoreApplication.translate(
            "Errors",
            "The database is damaged; Mediation Desk saves no more changes to it. Restore the newest "
            "verified backup when Mediation Desk offers it.",
        ),
        "db.server_unreachable": QCoreApplication.translate(
            "Errors",
            "The database server cannot be reached ({detail}). Check the network and that the "
            "server is running, then start Mediation Desk again.",
        ),
        "sealed.legal_basis_required": QCoreApplication.translate(
            "Errors", "Enter the legal basis for opening this sealed record."
        ),
        "sealed.not_sealed": QCoreApplication.translate("Errors", "This case is not sealed."),
        "id.reveal_reason_required": QCoreApplication.translate(
            "Errors", "Enter why the full ID number is needed."
        ),
        "transfer.source_not_sqlite": QCoreApplication.translate(
            "Errors", "Only a SQLite database file can be copied to a server."
        ),
        "transfer.target_not_postgresql": QCoreApplication.translate(
            "Errors", "The target must be a PostgreSQL server address."
        ),
        "transfer.target_not_empty": QCoreApplication.translate(
            "Errors", "The server database already holds data ({tables})."
        ),
        "transfer.mismatch": QCoreApplication.translate(
            "Errors", "The copy on the server differs from the original ({tables}). Do not use it; try again."
        ),
    }


def display_params(code: str, params: dict[str, Any], out: dict[str, Any]) -> str:
    """Fill ``out`` with readable parameters; returns the template code to use."""
    if isinstance(params.get("until"), str):
        from ..store.types import SHANGHAI

        try:
            when = datetime.fromisoformat(params["until"]).astimezone(SHANGHAI)
            out["until"] = when.strftime("%Y-%m-%d %H:%M")
        except ValueError:
            pass
    if "role" in params:
        out["role"] = role_names().get(str(params["role"]), str(params["role"]))
    if isinstance(params.get("tables"), list | dict):
        out["tables"] = ", ".join(str(t) for t in params["tables"])
    if code == "auth.failed" and params.get("remaining") is not None:
        return "auth.failed.remaining"
    return code
