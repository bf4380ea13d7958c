"""The organisations' table model, shared by the organisations dialog and the administrator's directory.

Kept apart from the editors so that a page can show the table without importing the dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ...services.directory_read import OrganisationRow
from ..formatting import phone
from ..messages import labels
from ..models.rows import Column, RowsModel


def organisation_model(parent: QObject | None = None) -> RowsModel[OrganisationRow]:
    """The organisations' table: name, kind, code, credit code, phone, active members (the organisations
    dialog, the administrator's directory)."""
    kinds = labels.org_kinds()
    return RowsModel(
        parent,
        columns=[
            Column(QCoreApplication.translate("OrganisationsDialog", "Name"), lambda r: r.name),
            Column(
                QCoreApplication.translate("OrganisationsDialog", "Kind"), lambda r: kinds.get(r.kind, r.kind)
            ),
            Column(QCoreApplication.translate("OrganisationsDialog", "Code"), lambda r: r.org_code),
            Column(QCoreApplication.translate("OrganisationsDialog", "Credit code"), lambda r: r.uscc),
            Column(QCoreApplication.translate("OrganisationsDialog", "Phone"), lambda r: phone(r.phone)),
            Column(
                QCoreApplication.translate("OrganisationsDialog", "Members"), lambda r: str(r.members), True
            ),
        ],
        row_id=lambda r: r.id,
    )
