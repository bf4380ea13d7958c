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
        "import.not_found": translate(
            "Errors",
            "The file {path} cannot be opened.",
        ),
        "import.too_large": translate(
            "Errors",
            "The file is too large to import: at most {maximum} bytes, it has {size}.",
        ),
        "import.not_xlsx": translate(
            "Errors",
            "The file {path} is not an Excel workbook (.xlsx).",
        ),
        "import.bomb": translate(
            "Errors",
            "The workbook would unpack to far more data than a ledger holds ({part}); it was not opened.",
        ),
        "import.too_many_rows": translate(
            "Errors",
            "The ledger has more than {maximum} rows; split it into several files.",
        ),
        "import.row.number.conflict": translate(
            "Errors",
            "This case number is already used here by a different dispute (other parties); "
            "the row was not imported.",
        ),
        "import.row.number.duplicate_in_file": translate(
            "Errors",
            "This case number appears twice in the file.",
        ),
        "import.row.header.missing": translate(
            "Errors",
            "The column {field} is missing from the header row.",
        ),
        "import.row.required": translate(
            "Errors",
            "{field} is required.",
        ),
        "import.row.date.invalid": translate(
            "Errors",
            "{field} is not a date (YYYY-MM-DD).",
        ),
        "import.row.date.before_received": translate(
            "Errors",
            "The acceptance date is before the date received.",
        ),
        "import.row.date.before_accepted": translate(
            "Errors",
            "The closing date is before the acceptance date.",
        ),
        "import.row.category.unknown": translate(
            "Errors",
            "Unknown dispute category.",
        ),
        "import.row.source.unknown": translate(
            "Errors",
            "Unknown case source.",
        ),
        "import.row.track.unknown": translate(
            "Errors",
            "Unknown mediation type.",
        ),
        "import.row.result.unknown": translate(
            "Errors",
            "Unknown mediation result.",
        ),
        "import.row.closed_but_open": translate(
            "Errors",
            "A case still open cannot have a closing date.",
        ),
        "import.row.declined_but_accepted": translate(
            "Errors",
            "A declined case cannot have an acceptance date.",
        ),
        "import.row.performance.invalid": translate(
            "Errors",
            "The performance entry does not fit the result.",
        ),
        "import.row.performance.closed": translate(
            "Errors",
            "A closed case with an agreement needs its performance (performed or not).",
        ),
        "import.row.performance.unpaid": translate(
            "Errors",
            "Marked as performed, but the amount paid differs from the amount agreed.",
        ),
        "import.row.confidential.partial": translate(
            "Errors",
            "Either both amounts are confidential (保密) or neither.",
        ),
        "import.row.agreement.not_resolved": translate(
            "Errors",
            "Agreement details are given, but the result is not an agreement.",
        ),
        "import.row.satisfaction.unknown": translate(
            "Errors",
            "Unknown satisfaction level.",
        ),
        "import.row.party.format": translate(
            "Errors",
            "Write each party as role：name (ID number), separated by ；.",
        ),
        "import.row.party.role": translate(
            "Errors",
            "Unknown party role.",
        ),
        "protector.role": translate("Errors", "Only a guardian or an appropriate adult can be added here."),
        "protector.ward": translate("Errors", "The guardian must be for a party of this case."),
        "db.newer_version": translate(
            "Errors",
            "This database was written by a newer version of Mediation Desk. Install "
            "the newer version to open it.",
        ),
        "db.is_directory": translate("Errors", "The database path {path} is a folder, not a file."),
        "file.unreadable": translate("Errors", "The file could not be read."),
        "key.unreadable": translate("Errors", "The signing key could not be read."),
        "file.write_failed": translate("Errors", "The file could not be written to {path}."),
        "backup.damaged": translate("Errors", "The backup {path} is damaged and cannot be used ({reason})."),
        "backup.missing": translate("Errors", "The backup file {path} does not exist."),
        "backup.disk": translate("Errors", "The backup could not be written to {path}: {detail}"),
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
        "db.open": translate("Errors", "The database folder {path} could not be created: {detail}"),
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
            "not damaged. Mediation Desk cannot open it: even reading records who opened what in "
            "the audit log. Ask your administrator for write permission to the file and its folder, "
            "or copy the file to a folder you may write to.",
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
        "backup.source_missing": translate("Errors", "There is no database file at {path} to back up."),
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
