"""调解委员会 Committee: members on the case; assign several from the directory (with recusal);
make one the chief mediator (explicitly, audited); release."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.recusal import CHIEF_ROLES
from ...services import committee
from ...services.case_workspace import CaseDetail, MemberRow
from ...services.committee import MemberChoice
from .. import i18n
from ..messages import labels
from ..models.rows import RowsModel
from . import wlabels
from .common import fmt_date, from_qdate, make_table, selected_row, to_qdate, today
from .dialogs import FormDialog
from .member_picker import AssignDialog
from .relations import RelationsBox

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


class MembersModel(RowsModel):
    chief_id: int | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Stages"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Recusal override"),
        ]

    def value(self, row: MemberRow, column: int) -> str:
        role = labels.label(labels.committee_roles, row.role)
        if row.person_id == self.chief_id and row.to_date is None:
            role = self.tr("{role}, chief mediator").format(role=role)
        return [
            row.name,
            role,
            i18n.join_list(wlabels.name(wlabels.stages(), s) for s in row.stages),
            fmt_date(row.from_date),
            fmt_date(row.to_date),
            row.override_reason,
        ][column]

    def sort_key(self, row: MemberRow, column: int) -> Any:
        return row.from_date if column == 3 else row.to_date if column == 4 else self.value(row, column)


class ReleaseDialog(FormDialog):
    def __init__(self, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Release {name}").format(name=member.name))
        self.member = member
        self.on = QDateEdit(to_qdate(max(today(), member.from_date)), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit(self)
        self.form.addRow(self.tr("Last day"), self.on)
        self.form.addRow(self.tr("Reason"), self.reason)

    def collect(self) -> tuple[date, str]:
        return from_qdate(self.on.date()), self.reason.text().strip()


class CommitteeTab(QWidget):
    """Members on the case (assign, make chief, release) above the relations with the parties."""

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.dialog: FormDialog | None = None
        self.model = MembersModel(self)
        self.view = make_table(self.model, self, stretch=5)
        self.assign_button = QPushButton(self.tr("Assign member…"), self)
        self.assign_button.clicked.connect(self.open_assign)
        self.assign_button.setObjectName("assignMembers")
        self.chief_button = QPushButton(self.tr("Make chief mediator"), self)
        self.chief_button.setObjectName("makeChief")
        self.chief_button.setToolTip(
            self.tr("Make the selected mediator or lawyer the case's chief mediator")
        )
        self.chief_button.clicked.connect(self.make_chief)
        self.chief_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable_chief())
        self.release_button = QPushButton(self.tr("Release…"), self)
        self.release_button.clicked.connect(self.open_release)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.chief_button)
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        self.relations = RelationsBox(ws, self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.relations)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

    def show_detail(self, detail: CaseDetail) -> None:
        self.model.chief_id = detail.case.chief_mediator_id
        self.model.set_rows(detail.members)
        self._enable_chief()
        self.relations.refresh()

    def open_assign(self) -> None:
        """Load the directory with each member's load in the background, then open the picker."""
        db, actor = self.ws.ctx.db, self.ws.ctx.actor
        self.ws.ctx.tasks.run(
            lambda: committee.member_choices(db, actor, today=today()), on_success=self._show_assign
        )

    def _show_assign(self, directory: list[MemberChoice]) -> None:
        detail = self.ws.detail
        members = detail.members if detail else ()
        on_case = frozenset(m.person_id for m in members if m.to_date is None)
        dialog = AssignDialog(
            directory,
            list(detail.parties) if detail else [],
            detail.chief_mediator if detail else "",
            on_case,
            self,
        )
        dialog.on_submit = self._submit_assign
        self.dialog = dialog
        dialog.open()

    def _submit_assign(self, values: dict[str, Any], dialog: FormDialog) -> None:
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        self.ws.run(
            lambda: committee.assign_members(db, actor, case_id, **values),
            done=dialog.succeeded,
            failed=dialog.failed,
        )

    def _enable_chief(self) -> None:
        member = selected_row(self.view)
        self.chief_button.setEnabled(
            member is not None
            and member.role in CHIEF_ROLES
            and member.to_date is None
            and member.person_id != self.model.chief_id
        )

    def make_chief(self) -> None:
        """Make the selected member chief mediator (a mediator or lawyer on the case; audited)."""
        member = selected_row(self.view)
        if member is None:
            return
        db, actor, case_id, pid = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id, member.person_id
        self.ws.run(lambda: committee.set_chief(db, actor, case_id, pid))

    def open_release(self) -> None:
        member = selected_row(self.view)
        if member is None:
            return
        dialog = ReleaseDialog(member, self)
        dialog.on_submit = self._submit_release
        self.dialog = dialog
        dialog.open()

    def _submit_release(self, values: tuple[date, str], dialog: ReleaseDialog) -> None:
        db, actor, mid = self.ws.ctx.db, self.ws.ctx.actor, dialog.member.id
        seen = dialog.member.row_version  # the version the dialog shows: a stale save is refused
        on, reason = values
        self.ws.run(
            lambda: committee.release_member(db, actor, mid, on=on, reason=reason, expected_version=seen),
            done=dialog.succeeded,
            failed=dialog.failed,
        )
