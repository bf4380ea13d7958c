"""关联案件的处理决定 The linked criminal or administrative matter's decisions, on every track:
不起诉, 撤案, 判决, 行政处罚, 取保候审 (and "other"), each with its date, authority and a note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.matter_decisions import DecisionRow, decisions, record_decision
from ..messages import labels
from ..models.rows import RowsModel
from .common import fmt_date, from_qdate, make_table, to_qdate, today
from .dialogs import FormDialog

if TYPE_CHECKING:
    from ...services.case_workspace import CaseDetail
    from .workspace import CaseWorkspace


class DecisionsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Decision"), self.tr("Authority"), self.tr("Note")]

    def value(self, row: DecisionRow, column: int) -> str:
        return [
            fmt_date(row.decided_on),
            labels.matter_decisions().get(row.kind, row.kind),
            row.authority,
            row.note,
        ][column]

    def sort_key(self, row: DecisionRow, column: int) -> Any:
        return row.decided_on if column == 0 else self.value(row, column)


class DecisionDialog(FormDialog):
    """The decision, its date (not in the future), the deciding authority, a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Record a decision of the linked matter"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("decisionKind")
        for code, text in labels.matter_decisions().items():
            self.kind.addItem(text, code)
        self.on = QDateEdit(to_qdate(today()), self)
        self.on.setObjectName("decisionDate")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMaximumDate(to_qdate(today()))
        self.authority = QLineEdit(self)
        self.authority.setObjectName("decisionAuthority")
        self.authority.setPlaceholderText(self.tr("e.g. Chaoyang District People's Procuratorate"))
        self.note = QLineEdit(self)
        self.note.setObjectName("decisionNote")
        self.form.addRow(self.tr("Decision"), self.kind)
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.tr("Authority"), self.authority)
        self.form.addRow(self.tr("Note"), self.note)

    def collect(self) -> dict[str, Any] | None:
        return {
            "kind": str(self.kind.currentData()),
            "on": from_qdate(self.on.date()),
            "authority": self.authority.text(),
            "note": self.note.text(),
        }


class MatterDecisionsSection(QGroupBox):
    """The matter's decisions with their dates, and "Record decision…" (shown on every track)."""

    def __init__(self, ws: CaseWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matterDecisions")
        self.setTitle(self.tr("Linked criminal or administrative matter: decisions"))
        self.ws = ws
        self.dialog: DecisionDialog | None = None
        self.matter = QLabel(self)
        self.matter.setWordWrap(True)
        self.model = DecisionsModel(self)
        self.view = make_table(self.model, self, stretch=3)
        self.view.setObjectName("decisionsView")
        self.view.setMinimumHeight(self.fontMetrics().height() * 6)
        self.add_button = QPushButton(self.tr("Record decision…"), self)
        self.add_button.setObjectName("recordDecision")
        self.add_button.clicked.connect(self.open_decision)
        row = QHBoxLayout()
        row.addWidget(self.matter, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view)

    def show_detail(self, detail: CaseDetail) -> None:
        m = detail.matter
        self.matter.setText(
            self.tr("Police case no. {no} · {charge}").format(
                no=m.police_case_no or "—", charge=m.charge or "—"
            )
            if m is not None
            else self.tr("No linked matter recorded yet; recording a decision creates it.")
        )
        self.add_button.setEnabled(detail.case.status not in ("closed", "archived"))
        self.refresh()

    def refresh(self) -> None:
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        self.ws.ctx.tasks.run(lambda: decisions(db, actor, case_id), on_success=self.model.set_rows)

    def open_decision(self) -> DecisionDialog:
        dialog = DecisionDialog(self)
        dialog.on_submit = self._submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit(self, values: dict[str, Any], dialog: FormDialog) -> None:
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id

        def done(result: object) -> None:
            dialog.succeeded(result)
            self.refresh()

        self.ws.run(lambda: record_decision(db, actor, case_id, **values), done=done, failed=dialog.failed)
