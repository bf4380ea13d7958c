"""Messages for issue 14's codes: typed updates, intake visibility, obligations, unsealing, text
input, the ledger import (file and row codes) and the command line.

:func:`templates` is merged into :func:`mediation_desk.ui.errors.message`'s table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def templates() -> dict[str, str]:
    """Code → translated template (``{name}`` placeholders take the error's parameters)."""
    return {
        "field.type": QCoreApplication.translate("Errors", "{field} has a value of the wrong kind."),
        "field.range": QCoreApplication.translate("Errors", "{field} must be at least {minimum}."),
        "person.not_found": QCoreApplication.translate(
            "Errors", "This person's record was not found. Enter the person's details again."
        ),
        "obligation.not_a_party": QCoreApplication.translate(
            "Errors", "Instalment {seq}: the payer and the payee must be parties of this case."
        ),
        "perm.unseal": QCoreApplication.translate(
            "Errors", "Only the sealed-records custodian or the director may unseal a case."
        ),
        # the ledger import: the file
        "import.not_found": QCoreApplication.translate("Errors", "The file {path} cannot be opened."),
        "import.too_large": QCoreApplication.translate(
            "Errors", "The file is too large to import: at most {maximum} bytes, it has {size}."
        ),
        "import.not_xlsx": QCoreApplication.translate(
            "Errors", "The file {path} is not an Excel workbook (.xlsx)."
        ),
        "import.bomb": QCoreApplication.translate(
            "Errors",
            "The workbook would unpack to far more data than a ledger holds ({part}); it was not opened.",
        ),
        "import.too_many_rows": QCoreApplication.translate(
            "Errors", "The ledger has more than {maximum} rows; split it into several files."
        ),
        "organisation.none": QCoreApplication.translate(
            "Errors",
            "This database has no committee yet. Start the app once, set up the committee, then import.",
        ),
        # the ledger import: a cell of a row
        "number.conflict": QCoreApplication.translate(
            "Errors",
            "This case number is already used here by a different dispute "
            "(other parties); the row was not imported.",
        ),
        "number.duplicate_in_file": QCoreApplication.translate(
            "Errors", "This case number appears twice in the file."
        ),
        "header.missing": QCoreApplication.translate(
            "Errors", "The column {field} is missing from the header row."
        ),
        "required": QCoreApplication.translate("Errors", "{field} is required."),
        "date.invalid": QCoreApplication.translate("Errors", "{field} is not a date (YYYY-MM-DD)."),
        "date.before_received": QCoreApplication.translate(
            "Errors", "The acceptance date is before the date received."
        ),
        "date.before_accepted": QCoreApplication.translate(
            "Errors", "The closing date is before the acceptance date."
        ),
        "category.unknown": QCoreApplication.translate("Errors", "Unknown dispute category."),
        "source.unknown": QCoreApplication.translate("Errors", "Unknown case source."),
        "track.unknown": QCoreApplication.translate("Errors", "Unknown mediation type."),
        "result.unknown": QCoreApplication.translate("Errors", "Unknown mediation result."),
        "closed_but_open": QCoreApplication.translate(
            "Errors", "A case still open cannot have a closing date."
        ),
        "declined_but_accepted": QCoreApplication.translate(
            "Errors", "A declined case cannot have an acceptance date."
        ),
        "performance.invalid": QCoreApplication.translate(
            "Errors", "The performance entry does not fit the result."
        ),
        "performance.closed": QCoreApplication.translate(
            "Errors", "A closed case with an agreement needs its performance (performed or not)."
        ),
        "performance.unpaid": QCoreApplication.translate(
            "Errors", "Marked as performed, but the amount paid differs from the amount agreed."
        ),
        "confidential.partial": QCoreApplication.translate(
            "Errors", "Either both amounts are confidential (保密) or neither."
        ),
        "agreement.not_resolved": QCoreApplication.translate(
            "Errors", "Agreement details are given, but the result is not an agreement."
        ),
        "satisfaction.unknown": QCoreApplication.translate("Errors", "Unknown satisfaction level."),
        "party.format": QCoreApplication.translate(
            "Errors", "Write each party as role：name (ID number), separated by ；."
        ),
        "party.role": QCoreApplication.translate("Errors", "Unknown party role."),
    }
