"""回访 Follow-ups: the list and recording one (who, how, what they said, performance, satisfaction)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import utcnow
from ...domain.enums import FollowUpPerformance, Satisfaction
from ...services import performance
from ...services.case_workspace import CaseDetail, FollowUpRow
from ..models.rows import RowsModel
from ..time_fields import TypedDateTimeEdit
from . import wlabels
from .common import fmt_date, fmt_dt, from_qdatetime, make_table, to_qdatetime
from .dialogs import FormDialog

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


class FollowUpsModel(RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Done at"),
            self.tr("Due"),
            self.tr("Contacted"),
            self.tr("Method"),
            self.tr("Performance"),
            self.tr("Satisfaction"),
            self.tr("What they said"),
        ]

    def value(self, row: FollowUpRow, column: int) -> str:
        if row.performance:
            performance = wlabels.name(wlabels.follow_up_performance(), row.performance)
        else:
            performance = {True: self.tr("Yes"), False: self.tr("No"), None: ""}[row.performed]
        if row.satisfaction:
            satisfaction = wlabels.name(wlabels.satisfaction(), row.satisfaction)
        elif row.done_at is not None:
            satisfaction = self.tr("No answer") if row.satisfaction_asked else self.tr("Not asked")
        else:
            satisfaction = ""
        return [
            fmt_dt(row.done_at),
            fmt_date(row.due_on),
            row.contact_person,
            wlabels.name(wlabels.follow_up_methods(), row.method),
            performance,
            satisfaction,
            row.response or row.note,
        ][column]

    def sort_key(self, row: FollowUpRow, column: int) -> Any:
        return row.done_at if column == 0 else self.value(row, column)


NOT_ASKED, NO_ANSWER = "not_asked", "no_answer"


class FollowUpDialog(FormDialog):
    """Who was contacted, how, what they said, performance, satisfaction — nothing chosen for the user.

    Every choice starts empty and must be made: a default answer would be counted as the
    person's (a pre-selected 满意 once made a month's satisfaction 100 %).
    """

    def __init__(self, people: list[str], parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Record follow-up"))
        self.setMinimumWidth(520)
        self.done_at = TypedDateTimeEdit(to_qdatetime(utcnow().replace(second=0, microsecond=0)), self)
        self.contact = QComboBox(self)
        self.contact.setObjectName("followUpContact")
        self.contact.setEditable(True)
        self.contact.addItems(people)
        self.contact.setCurrentIndex(-1)
        self.contact.lineEdit().setPlaceholderText(self.tr("Name of the person reached"))
        self.method = self._choices(
            "followUpMethod",
            [
                (code, text)
                for code, text in wlabels.follow_up_methods().items()
                if code in ("phone", "visit", "sms", "wechat")
            ],
        )
        self.response = QPlainTextEdit(self)
        self.response.setObjectName("followUpResponse")
        self.response.setTabChangesFocus(True)
        self.response.setFixedHeight(70)
        self.performance = self._choices("followUpPerformance", list(wlabels.follow_up_performance().items()))
        self.satisfaction = self._choices(
            "followUpSatisfaction",
            [
                *wlabels.satisfaction().items(),
                (NO_ANSWER, self.tr("Asked, no answer")),
                (NOT_ASKED, self.tr("Not asked")),
            ],
        )
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.form.addRow(self.tr("Done at"), self.done_at)
        self.form.addRow(self.tr("Contacted"), self.contact)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("What they said"), self.response)
        self.form.addRow(self.tr("Performance"), self.performance)
        self.form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.form.addRow(self.tr("Note"), self.note)

    def _choices(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setPlaceholderText(self.tr("— choose —"))
        for code, text in items:
            box.addItem(text, code)
        box.setCurrentIndex(-1)  # nothing pre-selected
        return box

    def set_satisfaction(self, value: Satisfaction | str) -> None:
        self.satisfaction.setCurrentIndex(self.satisfaction.findData(str(getattr(value, "value", value))))

    def collect(self) -> dict[str, Any] | None:
        checks = (
            (self.contact.currentText().strip(), self.tr("Enter who was contacted."), self.contact),
            (self.method.currentData(), self.tr("Choose how they were contacted."), self.method),
            (
                self.performance.currentData(),
                self.tr("Choose what was found of the performance."),
                self.performance,
            ),
            (
                self.satisfaction.currentData(),
                self.tr("Choose the satisfaction answer, or that it was not asked."),
                self.satisfaction,
            ),
        )
        for value, message, field in checks:
            if not value:
                self.show_error(message, field)
                return None
        code = self.satisfaction.currentData()
        answered = code not in (NOT_ASKED, NO_ANSWER)
        return {
            "done_at": from_qdatetime(self.done_at.dateTime()),
            "method": self.method.currentData(),
            "contact_person": self.contact.currentText().strip(),
            "response": self.response.toPlainText().strip(),
            "performance": FollowUpPerformance(self.performance.currentData()),
            "satisfaction_asked": code != NOT_ASKED,
            "satisfaction": Satisfaction(code) if answered else None,
            "note": self.note.toPlainText().strip(),
        }


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
        detail = self.ws.detail
        people = list(dict.fromkeys(p.name for p in detail.parties)) if detail is not None else []
        dialog = FollowUpDialog(people, self)
        dialog.on_submit = self._submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit(self, values: dict[str, Any], dialog: FormDialog) -> None:
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        self.ws.run(
            lambda: performance.record_follow_up(db, actor, case_id, **values),
            done=dialog.succeeded,
            failed=dialog.failed,
        )
