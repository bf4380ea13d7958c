"""Organisations of the directory: courts, procuratorates, police stations, law firms, social-work centres.

:class:`OrganisationsDialog` lists them with their number of active committee members;
:class:`OrganisationEditor` adds or edits one (the credit code and phone checked as typed).
Changes go through :mod:`mediation_desk.services.directory` (directors and administrators).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.phone import display_phone
from ...domain.uscc import normalize_uscc, validate_uscc
from ...services import directory, directory_read, policy
from ...services.directory import OrganisationInput
from ..context import AppContext
from ..messages import labels
from ..widgets import OpeningTableView
from .member_editor import (
    check_field,
    check_phone,
    finish_editor,
    message_label,
    name_missing,
    save_record,
    with_message,
)
from .organisation_table import organisation_model


class OrganisationEditor(QDialog):
    """Name, kind, code for case numbers, unified social credit code, address, phone.

    Signals:
        saved(int): the organisation's id.
    """

    saved = Signal(int)

    def __init__(self, ctx: AppContext, org_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationEditor")
        self._ctx = ctx
        self.org_id = org_id
        self.version: int | None = None  # of the organisation record shown
        self.setWindowTitle(self.tr("New organisation") if org_id is None else self.tr("Edit organisation"))
        self.name = QLineEdit(objectName="orgName")
        self.kind = QComboBox(objectName="orgKind")
        for code, text in labels.org_kinds().items():
            self.kind.addItem(text, code)
        self.org_code = QLineEdit(objectName="orgCode")
        self.org_code.setPlaceholderText(self.tr("e.g. 京朝 (used in case numbers)"))
        self.uscc = QLineEdit(objectName="orgUscc")
        self.uscc.setPlaceholderText(self.tr("18 characters (optional)"))
        self.uscc_message = message_label("orgUsccMessage")
        self.address = QLineEdit(objectName="orgAddress")
        self.phone = QLineEdit(objectName="orgPhone")
        self.phone_message = message_label("orgPhoneMessage")
        self.message = message_label("orgMessage")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Code"), self.org_code)
        form.addRow(self.tr("Credit code"), with_message(self.uscc, self.uscc_message))
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), with_message(self.phone, self.phone_message))
        self.buttons = finish_editor(self, form, self.message, self.save)
        self.uscc.textChanged.connect(lambda _t: self._check_uscc(final=False))
        self.uscc.editingFinished.connect(lambda: self._check_uscc(final=True))
        self.phone.textChanged.connect(lambda _t: self._check_phone(final=False))
        self.phone.editingFinished.connect(lambda: self._check_phone(final=True))
        if org_id is not None:
            org = directory_read.organisation(ctx.db, ctx.actor, org_id)
            if org is not None:
                self.version = org.version
                self.name.setText(org.name)
                self.kind.setCurrentIndex(max(0, self.kind.findData(org.kind)))
                self.org_code.setText(org.org_code)
                self.uscc.setText(org.uscc)
                self.address.setText(org.address)
                self.phone.setText(display_phone(org.phone) if org.phone else "")

    def _check_uscc(self, *, final: bool) -> bool:
        ready = final or len(normalize_uscc(self.uscc.text())) >= 18
        return check_field(self.uscc, self.uscc_message, validate_uscc, ready=ready)

    def _check_phone(self, *, final: bool) -> bool:
        return check_phone(self.phone, self.phone_message, final=final)

    def organisation(self) -> OrganisationInput | None:
        ok_uscc, ok_phone = self._check_uscc(final=True), self._check_phone(final=True)
        if name_missing(self.name, self.message, self.tr("Enter the name.")):
            return None
        if not ok_uscc or not ok_phone:
            (self.uscc if not ok_uscc else self.phone).setFocus()
            return None
        return OrganisationInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            org_code=self.org_code.text(),
            uscc=self.uscc.text(),
            address=self.address.text(),
            phone=self.phone.text(),
        )

    def save(self) -> None:
        org = self.organisation()
        if org is None:
            return
        saved = save_record(
            self._ctx,
            self.message,
            self.org_id,
            org,
            directory.add_organisation,
            directory.update_organisation,
            self.version,
        )
        if saved is not None:
            self.org_id = saved
            self.saved.emit(saved)
            self.accept()


class OrganisationsDialog(QDialog):
    """The organisations with New… and Edit… (double-click edits too)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationsDialog")
        self.setWindowTitle(self.tr("Organisations"))
        self._ctx = ctx
        self.editor: OrganisationEditor | None = None
        self.model = organisation_model(self)
        self.view = OpeningTableView()
        self.view.setObjectName("organisationTable")
        self.view.setModel(self.model)
        self.view.open_requested.connect(self.edit)
        fm = self.fontMetrics()
        may = policy.can(ctx.actor, policy.DIRECTORY_MANAGE)
        self.new_button = QPushButton(self.tr("New organisation…"), objectName="newOrganisationButton")
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="editOrganisationButton")
        self.edit_button.clicked.connect(self.edit_selected)
        for b in (self.new_button, self.edit_button):
            b.setEnabled(may)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.resize(fm.horizontalAdvance("M") * 95, fm.height() * 24)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(directory_read.organisations(self._ctx.db, self._ctx.actor))  # a few dozen rows
        for col in range(self.model.columnCount() - 1):  # a few dozen rows: fit the text
            self.view.resizeColumnToContents(col)

    def edit_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.edit(self.model.row(index.row()).id)

    def edit(self, org_id: int | None) -> OrganisationEditor | None:
        if not policy.can(self._ctx.actor, policy.DIRECTORY_MANAGE):
            return None
        editor = OrganisationEditor(self._ctx, org_id, self)
        editor.saved.connect(lambda _id: self.refresh())
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()
        return editor
