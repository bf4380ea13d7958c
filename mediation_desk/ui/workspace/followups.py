"""回访 Follow-ups: the list and recording one (method, performed?, satisfaction, note)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Satisfaction
from ...services import performance
from ...store.queries.case_detail import CaseDetail, FollowUpRow
from ...store.types import utcnow
from ..models.rows import RowsModel
from . import wlabels
from .common import fmt_date, fmt_dt, from_qdatetime, make_table, to_qdatetime
from .dialogs import FormDialog

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


class FollowUpsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Done at"), self.tr("Due"), self.tr("Method"), self.tr("Performed"),
                self.tr("Satisfaction"), self.tr("Note")]

    def value(self, row: FollowUpRow, column: int) -> str:
        performed = {True: self.tr("Yes"), False: self.tr("No"), None: ""}[row.performed]
        return [fmt_dt(row.done_at), fmt_date(row.due_on),
                wlabels.name(wlabels.follow_up_methods(), row.method),
                performed, wlabels.name(wlabels.satisfaction(), row.satisfaction), row.note][column]

    def sort_key(self, row: FollowUpRow, column: int) -> Any:
        return row.done_at if column == 0 else self.value(row, column)


class FollowUpDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Record follow-up"))
        self.done_at = QDateTimeEdit(to_qdatetime(utcnow().replace(second=0, microsecond=0)), self)
        self.done_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.method = QComboBox(self)
        for code, text in wlabels.follow_up_methods().items():
            self.method.addItem(text, code)
        self.performed = QComboBox(self)
        self.performed.addItem(self.tr("Yes, performed"), True)
        self.performed.addItem(self.tr("No, not performed"), False)
        self.performed.addItem(self.tr("Not asked"), None)
        self.satisfaction = QComboBox(self)
        for code, text in wlabels.satisfaction().items():
            self.satisfaction.addItem(text, code)
        self.satisfaction.addItem(self.tr("No answer"), None)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.form.addRow(self.tr("Done at"), self.done_at)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Performed"), self.performed)
        self.form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.form.addRow(self.tr("Note"), self.note)

    def set_satisfaction(self, value: Satisfaction) -> None:
        self.satisfaction.setCurrentIndex(self.satisfaction.findData(value.value))

    def collect(self) -> dict[str, Any]:
        code = self.satisfaction.currentData()
        return {"done_at": from_qdatetime(self.done_at.dateTime()), "method": self.method.currentData(),
                "performed": self.performed.currentData(),
                "satisfaction": Satisfaction(code) if code else None, "note": self.note.toPlainText().strip()}


class FollowUpsTab(QWidget):
    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.dialog: FollowUpDialog | None = None
        self.model = FollowUpsModel(self)
        self.view = make_table(self.model, self, stretch=5)
        self.record_button = QPushButton(self.tr("Record follow-up…"), self)
        self.record_button.clicked.connect(self.open_follow_up)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

    def show_detail(self, detail: CaseDetail) -> None:
        self.model.set_rows(detail.follow_ups)

    def open_follow_up(self) -> FollowUpDialog:
        dialog = FollowUpDialog(self)
        dialog.on_submit = self._submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit(self, values: dict[str, Any], dialog: FormDialog) -> None:
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        self.ws.run(lambda: performance.record_follow_up(db, actor, case_id, **values), done=dialog.succeeded,
                    failed=dialog.failed)
