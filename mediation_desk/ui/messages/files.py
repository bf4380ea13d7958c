"""Error messages about files and storage: backups, restores, the database file, server transfers, imports.

Codes ``backup.*``, ``restore.*``, ``db.*``, ``transfer.*``, ``file.*``, ``storage.*``, ``key.*``,
``protector.*``, ``import.*``, ``ledger.*``, ``export.*``
(:data:`mediation_desk.ui.messages.AREAS`). A new code of this area goes here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "protector.role": translate(
            "Errors", "Only a guardian or an appropriate adult can be added here."
        ),
        "protector.ward": translate(
            "Errors", "The guardian must be for a party of this case."
        ),
        "db.newer_version": translate(
            "Errors",
            "This database was written by a newer version of Mediation Desk. Install "
            "the newer version to open it.",
        ),
        "db.is_directory": translate(
            "Errors", "The database path {path} is a folder, not a file."
        ),
        "file.unreadable": translate("Errors", "The file could not be read."),
        "key.unreadable": translate("Errors", "The signing key could not be read."),
        "file.write_failed": translate("Errors", "The file could not be written to {path}."),
        "backup.damaged": translate(
            "Errors", "The backup {path} is damaged and cannot be used ({reason})."
        ),
        "backup.missing": translate("Errors", "The backup file {path} does not exist."),
        "backup.disk": translate(
            "Errors", "The backup could not be written to {path}: {detail}"
        ),
        "backup.foreign": translate(
            "Errors", "This backup was made by another installation of Mediation Desk. It was not restored."
        ),
        "backup.foreign_seal": translate(
            "Errors",
            "This backup was sealed by another installation of Mediation Desk (key {key_id}), so "
            "this computer cannot prove it was not changed. It was not restored. To restore it, an "
            "administrator copies that installation's seal key (keys/backup-seal.key) into "
            "keys/trusted-backup-keys/ here, or restores it from the command line with --seal-key.",
        ),
        "backup.unkeyed": translate(
            "Errors",
            "This backup carries no installation seal (made before version 0.4, or rebuilt by "
            "someone), so it cannot be proved unchanged. It was not restored. An administrator "
            "who knows where it came from can restore it from the command line with --trust-unverified.",
        ),
        "disk.full": translate(
            "Errors",
            "The disk holding {path} is full. Nothing was changed. Free some space (or choose "
            "another folder) and try again.",
        ),
        "disk.read_only": translate(
            "Errors",
            "{path} is read-only, so nothing could be written there. Nothing was changed. Choose a "
            "folder you may write to, or ask your administrator for write permission.",
        ),
        "db.read_only": translate(
            "Errors",
            "The database {path} is read-only (the file or its folder cannot be written). It is "
            "not damaged. Mediation Desk shows the data but cannot save changes; ask your "
            "administrator for write permission to the file and its folder.",
        ),
        "backup.server_mode": translate(
            "Errors",
            "In server mode the database is backed up on the server (pg_dump); see the server-mode guide.",
        ),
        "restore.server_mode": translate(
            "Errors",
            "In server mode the database is restored on the server (pg_restore); see the server-mode guide.",
        ),
        "backup.source_damaged": translate(
            "Errors",
            "The database is damaged ({detail}); a backup of it would be useless. Restore a backup instead.",
        ),
        "backup.source_missing": translate(
            "Errors", "There is no database file at {path} to back up."
        ),
        "db.network_filesystem": translate(
            "Errors",
            "The database {path} is on a network drive ({fstype}). A database file on a shared "
            "drive can be damaged when several computers use it. Keep it on this computer's own "
            "disk, or use server mode (a PostgreSQL server) for several workstations.",
        ),
        "db.damaged": translate(
            "Errors",
            "The database is damaged; Mediation Desk saves no more changes to it. Restore the newest "
            "verified backup when Mediation Desk offers it.",
        ),
        "db.server_unreachable": translate(
            "Errors",
            "The database server cannot be reached ({detail}). Check the network and that the "
            "server is running, then start Mediation Desk again.",
        ),
        "transfer.source_not_sqlite": translate(
            "Errors", "Only a SQLite database file can be copied to a server."
        ),
        "transfer.target_not_postgresql": translate(
            "Errors", "The target must be a PostgreSQL server address."
        ),
        "transfer.target_not_empty": translate(
            "Errors", "The server database already holds data ({tables})."
        ),
        "transfer.mismatch": translate(
            "Errors", "The copy on the server differs from the original ({tables}). Do not use it; try again."
        ),
        "file.write": translate(
            "Errors",
            "The file {path} could not be written ({reason}). Check that the folder exists and is "
            "writable and that the disk is not full.",
        ),
    }
