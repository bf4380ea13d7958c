"""The people directory (人员库): committee members with their case load; parties and their cases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import directory, people_lists, policy
from ...services.base import Changes
from ...services.people_lists import MemberRow, PartyRow, PersonCase
from ..context import AppContext
from ..formatting import fmt_date, masked_id, phone
from ..messages import labels
from ..models.rows import Column, RowsModel
from ..widgets import OpeningTableView


class PeoplePage(QWidget):
    """Two tabs: the committee directory and the parties with all their cases."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("peoplePage")
        roles = labels.committee_roles()
        self.members: RowsModel[MemberRow] = RowsModel(
            self,
            columns=[
                Column(self.tr("Role"), lambda r: roles.get(r.role, r.role)),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Phone"), lambda r: phone(r.phone)),
                Column(self.tr("Open cases"), lambda r: str(r.open_cases), True),
                Column(self.tr("Available"), lambda r: self.tr("Yes") if r.active else self.tr("No longer")),
            ],
            row_id=lambda r: r.person_id,
        )
        self.member_view = OpeningTableView()
        self.member_view.setObjectName("memberTable")
        self.member_view.setModel(self.members)
        self.member_dialog: QWidget | None = None
        member_tab = self._member_tab()

        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a party by name, ID number or phone"))
        kinds = {"natural": self.tr("Person"), "organisation": self.tr("Organisation")}
        self.parties: RowsModel[PartyRow] = RowsModel(
            self,
            columns=[
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
                Column(self.tr("ID number / credit code"), lambda r: masked_id(r.id_number)),
                Column(self.tr("Phone"), lambda r: phone(r.phone)),
                Column(self.tr("Cases"), lambda r: str(r.cases), True),
            ],
            row_id=lambda r: r.person_id,
        )
        self.party_view = OpeningTableView()
        self.party_view.setObjectName("partyTable")
        self.party_view.setModel(self.parties)
        statuses = labels.statuses()
        party_roles = labels.party_roles()
        self.cases: RowsModel[PersonCase] = RowsModel(
            self,
            columns=[
                Column(self.tr("Case no."), lambda r: r.number),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Role"), lambda r: party_roles.get(r.role, r.role)),
                Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status)),
                Column(self.tr("Received"), lambda r: fmt_date(r.received_at)),
            ],
            row_id=lambda r: r.case_id,
        )
        self.case_view = OpeningTableView()
        self.case_view.setObjectName("personCaseTable")
        self.case_view.setModel(self.cases)
        self.case_view.open_requested.connect(ctx.bus.open_case.emit)
        self.party_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_cases(cur.row())
        )
        self.party_view.open_requested.connect(lambda _pid: self.case_view.setFocus())
        self.cases_label = QLabel(self.tr("Cases of the selected party"))

        fm = self.fontMetrics()
        for view, widths in (
            (
                self.member_view,
                (
                    "人民调解员调解",
                    "欧阳明明明",
                    "北京市公安局朝阳分局三里屯派出所",
                    "138 1234 5678 ",
                    "Open cases ",
                ),
            ),
            (self.party_view, ("欧阳明明明明明", "Organisation", "110105********1234 ", "138 1234 5678 ")),
            (
                self.case_view,
                ("（2026）京朝治调字第0000号", "张三与李四财产损害纠纷", "被申请人人", "调解中调解"),
            ),
        ):
            for col, sample in enumerate(widths):
                view.setColumnWidth(col, fm.horizontalAdvance(sample) + 20)
        longest_role = max(fm.horizontalAdvance(t) for t in roles.values()) + 20
        self.member_view.setColumnWidth(0, max(self.member_view.columnWidth(0), longest_role))

        party_tab = QWidget()
        upper = QWidget()
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addWidget(self.search)
        up.addWidget(self.party_view)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addWidget(self.cases_label)
        low.addWidget(self.case_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        pl = QVBoxLayout(party_tab)
        pl.addWidget(split)
        self.tabs = QTabWidget()
        self.tabs.addTab(member_tab, self.tr("Committee members"))
        self.tabs.addTab(party_tab, self.tr("Parties"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_parties)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        ctx.bus.changed.connect(self._on_changed)
        self.loaded = False

    # ---- committee directory (directors and administrators edit it) ------------------------------
    def _member_tab(self) -> QWidget:
        self.add_member_button = QPushButton(self.tr("Add member…"), objectName="addMemberButton")
        self.add_member_button.clicked.connect(lambda: self.open_member_editor(None))
        self.edit_member_button = QPushButton(self.tr("Edit…"), objectName="editMemberButton")
        self.edit_member_button.clicked.connect(self.edit_selected_member)
        self.deactivate_button = QPushButton(self.tr("Deactivate"), objectName="deactivateMemberButton")
        self.deactivate_button.setToolTip(
            self.tr("No longer offered for new assignments; the member's cases keep their records")
        )
        self.deactivate_button.clicked.connect(self.toggle_selected_member)
        self.organisations_button = QPushButton(self.tr("Organisations…"), objectName="organisationsButton")
        self.organisations_button.clicked.connect(self.open_organisations)
        may = policy.can(self._ctx.actor, policy.DIRECTORY_MANAGE)
        row = QHBoxLayout()
        for b in (self.add_member_button, self.edit_member_button, self.deactivate_button):
            b.setVisible(may)
            row.addWidget(b)
        row.addWidget(self.organisations_button)
        row.addStretch(1)
        self.member_view.open_requested.connect(lambda pid: self.open_member_editor(pid) if may else None)
        self.member_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._member_selected())
        self.members.modelReset.connect(self._member_selected)
        tab = QWidget()
        col = QVBoxLayout(tab)
        col.addLayout(row)
        col.addWidget(self.member_view)
        self._member_selected()
        return tab

    def selected_member(self) -> MemberRow | None:
        index = self.member_view.currentIndex()
        return self.members.row(index.row()) if index.isValid() else None

    def _member_selected(self) -> None:
        member = self.selected_member()
        self.edit_member_button.setEnabled(member is not None)
        self.deactivate_button.setEnabled(member is not None)
        reactivate = member is not None and not member.active
        self.deactivate_button.setText(self.tr("Reactivate") if reactivate else self.tr("Deactivate"))

    def open_member_editor(self, person_id: int | None) -> QWidget:
        from ..dialogs.member_editor import MemberEditor

        dialog = MemberEditor(self._ctx, person_id, self)
        dialog.finished.connect(dialog.deleteLater)
        self.member_dialog = dialog
        dialog.open()
        return dialog

    def edit_selected_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.open_member_editor(member.person_id)

    def toggle_selected_member(self) -> None:
        """Deactivate the selected member (or reactivate one no longer available)."""
        from .. import errors

        member = self.selected_member()
        if member is None:
            return
        fn = directory.reactivate_member if not member.active else directory.deactivate_member
        try:
            changes = fn(self._ctx.db, self._ctx.actor, member.person_id)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        self._ctx.bus.publish(changes)

    def open_organisations(self) -> QWidget:
        from ..dialogs.organisations import OrganisationsDialog

        dialog = OrganisationsDialog(self._ctx, self)
        dialog.finished.connect(dialog.deleteLater)
        self.member_dialog = dialog
        dialog.open()
        return dialog

    def _on_changed(self, changes: Changes) -> None:
        if self.loaded and (changes.cases or changes.kinds & {"person", "membership", "organisation"}):
            self.refresh()

    def refresh(self) -> None:
        self.refresh_members()
        self.refresh_parties()
        self.loaded = True

    def refresh_members(self) -> None:
        db, actor = self._ctx.db, self._ctx.actor

        def work() -> list[MemberRow]:
            return people_lists.members(db, actor)

        self._ctx.tasks.run(work, on_success=lambda rows: self.members.set_rows(rows))  # type: ignore[arg-type]

    def refresh_parties(self) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        text = self.search.text()

        def work() -> list[PartyRow]:
            return people_lists.parties(db, actor, text)

        def done(rows: Any) -> None:
            if text == self.search.text():
                self.parties.set_rows(rows)
                self.cases.set_rows([])

        self._ctx.tasks.run(work, on_success=done)

    def _show_cases(self, row: int) -> None:
        if row < 0 or row >= self.parties.rowCount():
            self.cases.set_rows([])
            return
        party = self.parties.row(row)
        # one person's cases: an indexed, small query
        self.cases.set_rows(people_lists.cases_of(self._ctx.db, self._ctx.actor, party.person_id))
        self.cases_label.setText(self.tr("Cases of %1").replace("%1", party.name))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.refresh()
