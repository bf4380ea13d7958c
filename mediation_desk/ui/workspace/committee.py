"""调解委员会 Committee: members on the case; assign from the directory (with recusal); release."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import CommitteeRole, Stage
from ...domain.errors import KnownError
from ...services import committee
from ...store.engine import read_session
from ...store.queries.case_detail import CaseDetail, DirectoryRow, MemberRow, PartyRow, get_directory
from .. import i18n
from ..messages import labels
from . import wlabels
from .common import RowsModel, fmt_date, from_qdate, make_table, selected_row, to_qdate, today
from .dialogs import FormDialog

if TYPE_CHECKING:
    from .workspace import CaseWorkspace

DEFAULT_STAGES = (Stage.MEDIATION, Stage.AGREEMENT, Stage.PERFORMANCE)


class MembersModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Role"), self.tr("Stages"), self.tr("From"), self.tr("To"),
                self.tr("Recusal override")]

    def value(self, row: MemberRow, column: int) -> str:
        return [row.name, labels.label(labels.committee_roles, row.role),
                i18n.join_list(wlabels.name(wlabels.stages(), s) for s in row.stages),
                fmt_date(row.from_date),
                fmt_date(row.to_date), row.override_reason][column]

    def sort_key(self, row: MemberRow, column: int) -> Any:
        return row.from_date if column == 3 else row.to_date if column == 4 else self.value(row, column)


class AssignDialog(FormDialog):
    """Pick a directory member, their role and stages; on a recusal conflict, ask for the override."""

    def __init__(self, directory: list[DirectoryRow], parties: list[PartyRow],
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Assign committee member"))
        self.parties = {p.person_id: p for p in parties}
        self.person = QComboBox(self)
        for row in directory:
            role = labels.label(labels.committee_roles, row.member_role)
            self.person.addItem(f"{row.name}（{role}{'，' + row.organisation if row.organisation else ''}）",
                                row.person_id)
            self.person.setItemData(self.person.count() - 1, row.member_role, 256 + 2)
        self.role = QComboBox(self)
        for code, text in labels.committee_roles().items():
            self.role.addItem(text, code)
        self.person.currentIndexChanged.connect(self._default_role)
        self.stages: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, (code, text) in enumerate(wlabels.stages().items()):
            box = QCheckBox(text, self)
            box.setChecked(code in DEFAULT_STAGES)
            self.stages[code] = box
            grid.addWidget(box, i // 3, i % 3)
        stage_widget = QWidget(self)
        stage_widget.setLayout(grid)
        self.from_date = QDateEdit(to_qdate(today()), self)
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("yyyy-MM-dd")
        self.conflict = QLabel(self)
        self.conflict.setObjectName("recusalConflict")
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet("color: #b00020;")
        self.conflict.hide()
        self.override = QPlainTextEdit(self)
        self.override.setObjectName("overrideReason")
        self.override.setFixedHeight(70)
        self.override.setTabChangesFocus(True)
        self.override_label = QLabel(self.tr("Override reason"), self)
        self.form.addRow(self.tr("Member"), self.person)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Stages"), stage_widget)
        self.form.addRow(self.tr("From"), self.from_date)
        self.form.addRow(self.conflict)
        self.form.addRow(self.override_label, self.override)
        self.override.hide()
        self.override_label.hide()
        self._default_role()

    def _default_role(self) -> None:
        code = self.person.currentData(256 + 2)
        index = self.role.findData(code)
        if index >= 0:
            self.role.setCurrentIndex(index)

    def select_person(self, person_id: int) -> None:
        self.person.setCurrentIndex(self.person.findData(person_id))

    def select_role(self, role: CommitteeRole) -> None:
        self.role.setCurrentIndex(self.role.findData(role.value))

    def collect(self) -> dict[str, Any] | None:
        if self.person.currentData() is None:
            self.show_error(self.tr("Choose a member from the directory."), self.person)
            return None
        stages = [Stage(code) for code, box in self.stages.items() if box.isChecked()]
        if not stages:
            self.show_error(self.tr("Choose at least one stage."))
            return None
        return {"person_id": int(self.person.currentData()), "role": CommitteeRole(self.role.currentData()),
                "stages": stages, "from_date": from_qdate(self.from_date.date()),
                "override_reason": self.override.toPlainText().strip() if self.override.isVisible() else ""}

    def failed(self, exc: object = None) -> bool:
        super().failed(exc)
        if isinstance(exc, KnownError) and exc.code == "recusal.conflict":
            member = self.person.currentText().split("（")[0]
            reasons = []
            for c in exc.params.get("conflicts", []):
                kind = wlabels.name(wlabels.conflict_kinds(), str(c.get("kind")))
                party = self.parties.get(c.get("party_id"))  # type: ignore[arg-type]
                reasons.append(f"{member} {kind} {party.name}" if party and c.get("kind") != "is_party"
                               else f"{member} {kind}")
            self.conflict.setText(self.tr("Conflict of interest:") + "\n"
                                  + "\n".join(dict.fromkeys(reasons)) + "\n"
                                  + self.tr("Record why the member may still take part, or choose another."))
            self.conflict.show()
            self.override_label.show()
            self.override.show()
            self.override.setFocus()
            return True
        return False


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
    """Members on the case; assign and release."""

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.dialog: FormDialog | None = None
        self.model = MembersModel(self)
        self.view = make_table(self.model, self, stretch=5)
        self.assign_button = QPushButton(self.tr("Assign member…"), self)
        self.assign_button.clicked.connect(self.open_assign)
        self.release_button = QPushButton(self.tr("Release…"), self)
        self.release_button.clicked.connect(self.open_release)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

    def show_detail(self, detail: CaseDetail) -> None:
        self.model.set_rows(detail.members)

    def open_assign(self) -> None:
        """Load the directory in the background, then open the dialog (``self.dialog``)."""
        engine = self.ws.ctx.db.engine

        def load() -> list[DirectoryRow]:
            with read_session(engine) as session:
                return get_directory(session=session)

        self.ws.ctx.tasks.run(load, on_success=self._show_assign)

    def _show_assign(self, directory: list[DirectoryRow]) -> None:
        dialog = AssignDialog(directory, list(self.ws.detail.parties) if self.ws.detail else [], self)
        dialog.on_submit = self._submit_assign
        self.dialog = dialog
        dialog.open()

    def _submit_assign(self, values: dict[str, Any], dialog: FormDialog) -> None:
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        self.ws.run(lambda: committee.assign_member(db, actor, case_id, **values), done=dialog.succeeded,
                    failed=dialog.failed)

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
        on, reason = values
        self.ws.run(lambda: committee.release_member(db, actor, mid, on=on, reason=reason),
                    done=dialog.succeeded, failed=dialog.failed)
