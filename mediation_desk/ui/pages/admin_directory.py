"""The directory section of Settings (名册): committee members and their organisations.

Directory data only — names, roles, organisations, phones, whether a member is still offered for
assignment — and never case contents: the administrator manages the directory
(:data:`~mediation_desk.services.policy.DIRECTORY_MANAGE`) but may not see cases, so the members'
case load is not read (the query gets a condition no case meets) and no column speaks of cases.
Adding and editing go through the directory's own dialogs (:class:`~..dialogs.member_editor.MemberEditor`,
:class:`~..dialogs.organisations.OrganisationEditor`); deactivating through
:mod:`mediation_desk.services.directory` in the task runner. The services check the role; a refusal is
shown under the lists. Roles without the right (mediators, members) see the lists read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import KnownError
from ...services import directory, directory_read, policy
from ...services.base import Changes
from ...services.directory_read import DirectoryData, MemberRow
from .. import errors
from ..context import AppContext
from ..dialogs.organisation_table import organisation_model
from ..formatting import phone
from ..messages import labels
from ..models.rows import ROW_ID_ROLE, Column, RowsModel
from ..widgets import OpeningTableView
from .admin_lists import _Section

# The change kinds that alter what the section shows (the services' audit entities).
DIRECTORY_KINDS = frozenset({"person", "organisation"})


def load_directory(ctx: AppContext) -> DirectoryData:
    """Members and organisations without any case data (read by the service under the actor)."""
    return directory_read.directory(ctx.db, ctx.actor)


class DirectorySection(_Section):
    """Members (add, edit, deactivate / reactivate) above organisations (add, edit).

    Attributes:
        members: the members' model; ``organisations``: the organisations' model.
        dialog: the editor last opened (for tests and screenshots).
        loaded: the lists have been read once.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("adminDirectory")
        self.message.setObjectName("directoryMessage")
        self.dialog: QDialog | None = None
        self.loaded = False
        self._select_member: int | None = None
        self.may_edit = policy.can(ctx.actor, policy.DIRECTORY_MANAGE)
        roles = labels.committee_roles()
        self.members: RowsModel[MemberRow] = RowsModel(
            self,
            columns=[
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Role"), lambda r: roles.get(r.role, r.role)),
                Column(self.tr("Organisation"), lambda r: r.organisation or "—"),
                Column(self.tr("Phone"), lambda r: phone(r.phone)),
                Column(
                    self.tr("Status"), lambda r: self.tr("Active") if r.active else self.tr("Deactivated")
                ),
            ],
            row_id=lambda r: r.person_id,
        )
        self.organisations = organisation_model(self)
        self.member_view = self._view("directoryMemberTable", self.members, self.edit_member, 2)
        self.org_view = self._view(
            "directoryOrganisationTable", self.organisations, self.edit_organisation, 0
        )

        self.add_member_button = self._button(
            self.tr("Add member…"), "directoryAddMember", lambda: self.edit_member(None)
        )
        self.edit_member_button = self._button(
            self.tr("Edit…"),
            "directoryEditMember",
            lambda: self.edit_member(self._current_id(self.member_view)),
        )
        self.toggle_button = self._button(
            self.tr("Deactivate"), "directoryToggleMember", self.toggle_selected
        )
        self.toggle_button.setToolTip(
            self.tr("No longer offered for new assignments; the member's cases keep their records")
        )
        self.add_org_button = self._button(
            self.tr("New organisation…"), "directoryAddOrganisation", lambda: self.edit_organisation(None)
        )
        self.edit_org_button = self._button(
            self.tr("Edit…"),
            "directoryEditOrganisation",
            lambda: self.edit_organisation(self._current_id(self.org_view)),
        )
        self.read_only_note = QLabel(self.tr("Only directors and administrators can change the directory."))
        self.read_only_note.setObjectName("directoryReadOnlyNote")
        self.read_only_note.setVisible(not self.may_edit)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(
            self._box(
                self.tr("Committee members"),
                self.member_view,
                (self.add_member_button, self.edit_member_button, self.toggle_button),
            )
        )
        split.addWidget(
            self._box(self.tr("Organisations"), self.org_view, (self.add_org_button, self.edit_org_button))
        )
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

        self.member_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selection_changed())
        self.org_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selection_changed())
        self.members.modelReset.connect(self._selection_changed)
        self.organisations.modelReset.connect(self._selection_changed)
        ctx.bus.changed.connect(self._on_changed)
        self._selection_changed()

    # ---- building --------------------------------------------------------------------------------
    def _view(self, name: str, model: RowsModel[Any], edit: Any, stretch: int) -> OpeningTableView:
        view = OpeningTableView()
        view.setObjectName(name)
        view.setModel(model)
        header = view.horizontalHeader()  # the organisation / name column takes the spare width
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.open_requested.connect(edit)  # double-click / Enter edits (refused quietly without the right)
        return view

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(slot)
        button.setVisible(self.may_edit)
        return button

    def _box(self, title: str, view: QTableView, buttons: tuple[QPushButton, ...]) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        col = QVBoxLayout(box)
        col.addLayout(row)
        col.addWidget(view, 1)
        return box

    # ---- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read both lists in the task runner; the selected member stays selected."""
        current = self._current_id(self.member_view)
        if self._select_member is None:
            self._select_member = current
        ctx = self.ctx
        self.ctx.tasks.run(lambda: load_directory(ctx), on_success=self._show, on_error=self._failed)

    def _show(self, data: Any) -> None:
        assert isinstance(data, DirectoryData)
        self.members.set_rows(data.members)
        self.organisations.set_rows(data.organisations)
        for view, model in ((self.member_view, self.members), (self.org_view, self.organisations)):
            for column in range(model.columnCount()):  # a few dozen rows: fit header and text, plus air
                view.resizeColumnToContents(column)
                view.setColumnWidth(column, view.columnWidth(column) + 12)
        if self._select_member is not None:
            self.select_member(self._select_member)
            self._select_member = None
        self.loaded = True

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.message.setText(errors.message(exc))
        else:
            errors.show_error(self, exc)

    def _on_changed(self, changes: Changes) -> None:
        if self.loaded and changes.kinds & DIRECTORY_KINDS:
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    # ---- selection -------------------------------------------------------------------------------
    @staticmethod
    def _current_id(view: QTableView) -> int | None:
        index = view.currentIndex()
        return int(index.siblingAtColumn(0).data(ROW_ID_ROLE)) if index.isValid() else None

    def selected_member(self) -> MemberRow | None:
        index = self.member_view.currentIndex()
        return self.members.row(index.row()) if index.isValid() else None

    def select_member(self, person_id: int) -> None:
        for i in range(self.members.rowCount()):
            if self.members.row(i).person_id == person_id:
                self.member_view.selectRow(i)
                return

    def _selection_changed(self) -> None:
        member = self.selected_member()
        self.edit_member_button.setEnabled(member is not None)
        self.toggle_button.setEnabled(member is not None)
        reactivate = member is not None and not member.active
        self.toggle_button.setText(self.tr("Reactivate") if reactivate else self.tr("Deactivate"))
        self.edit_org_button.setEnabled(self.org_view.currentIndex().isValid())

    # ---- actions ---------------------------------------------------------------------------------
    def edit_member(self, person_id: int | None) -> QDialog | None:
        """The member editor for ``person_id`` (None: a new member); None without the right."""
        if not self.may_edit:
            return None
        from ..dialogs.member_editor import MemberEditor

        dialog = MemberEditor(self.ctx, person_id, self)
        dialog.saved.connect(self._remember)  # its changes reach the bus, which refreshes the list
        return self._open(dialog)

    def edit_organisation(self, org_id: int | None) -> QDialog | None:
        """The organisation editor for ``org_id`` (None: a new one); None without the right."""
        if not self.may_edit:
            return None
        from ..dialogs.organisations import OrganisationEditor

        return self._open(OrganisationEditor(self.ctx, org_id, self))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _remember(self, person_id: int) -> None:
        self._select_member = person_id

    def toggle_selected(self) -> None:
        """Deactivate the selected member, or reactivate one who is deactivated."""
        member = self.selected_member()
        if member is None:
            return
        ctx, pid = self.ctx, member.person_id
        fn = directory.reactivate_member if not member.active else directory.deactivate_member
        self._select_member = pid
        self.call(lambda: fn(ctx.db, ctx.actor, pid))


__all__ = ["DirectorySection", "load_directory"]
