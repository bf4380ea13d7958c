"""12345 & report tab: the hotline ticket (first response, reply, return visit) and the case's facts for
the official statistics table (prevention, 防止民转刑 / 防止群体性上访 with persons, official source)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Satisfaction
from ...services import hotline, official_table
from . import wlabels
from .common import fmt_dt, from_qdatetime, to_qdatetime
from .dialogs import FormDialog

#: the workspace's times are Beijing wall-clock times
UTC_SHANGHAI = ZoneInfo("Asia/Shanghai")

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


class TicketStepDialog(FormDialog):
    """One step of the ticket: the first response, the reply, or the return visit."""

    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        from ..time_fields import TypedDateTimeEdit

        self.step = step
        self.setObjectName(f"ticket_{step}")
        self.setWindowTitle(
            {
                "response": self.tr("Record first response"),
                "reply": self.tr("Record reply"),
                "visit": self.tr("Record return visit"),
            }[step]
        )
        self.at = TypedDateTimeEdit(to_qdatetime(datetime.now(UTC).replace(second=0, microsecond=0)), self)
        self.form.addRow(self.tr("Time"), self.at)
        self.text = QPlainTextEdit(self)
        self.text.setFixedHeight(70)
        self.resolved = QComboBox(self)
        self.rating = QComboBox(self)
        if step == "visit":
            self.resolved.addItem(self.tr("Resolved"), True)
            self.resolved.addItem(self.tr("Not resolved"), False)
            self.resolved.setCurrentIndex(-1)
            for code, text in wlabels.satisfaction().items():
                self.rating.addItem(text, code)
            self.rating.addItem(self.tr("No rating given"), "")
            self.rating.setCurrentIndex(-1)
            self.form.addRow(self.tr("The citizen says the matter is"), self.resolved)
            self.form.addRow(self.tr("Rating"), self.rating)
        else:
            self.form.addRow(self.tr("Note") if step == "response" else self.tr("Reply"), self.text)

    def collect(self) -> dict[str, Any] | None:
        at = from_qdatetime(self.at.dateTime())
        if self.step == "response":
            return {"at": at, "note": self.text.toPlainText()}
        if self.step == "reply":
            return {"at": at, "text": self.text.toPlainText()}
        if self.resolved.currentIndex() < 0 or self.rating.currentIndex() < 0:
            self.show_error(self.tr("Choose whether it is resolved and the rating."), self.resolved)
            return None
        code = self.rating.currentData()
        return {
            "at": at,
            "resolved": bool(self.resolved.currentData()),
            "satisfaction": Satisfaction(code) if code else None,
        }


class TicketDialog(FormDialog):
    """Add the 12345 ticket to a case registered without one (or correct it before any response)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        from ..dialogs.intake_hotline import HotlineBox

        self.setObjectName("ticketDialog")
        self.setWindowTitle(self.tr("12345 ticket"))
        self.box = HotlineBox(self)
        self.form.addRow(self.box)

    def collect(self) -> Any:
        value = self.box.value(UTC_SHANGHAI)
        if value is None:
            self.show_error(self.tr("Enter the ticket number."), self.box.ticket_no)
        return value


class ReportingTab(QWidget):
    """The ticket and the official-table facts of the case."""

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.ticket: hotline.TicketView | None = None
        self.dialog: TicketStepDialog | None = None
        self.ticket_label = QLabel(self.tr("No 12345 ticket on this case."))
        self.ticket_label.setObjectName("ticketSummary")
        self.ticket_label.setWordWrap(True)
        self.buttons = {
            step: QPushButton(text)
            for step, text in (
                ("response", self.tr("Record first response…")),
                ("reply", self.tr("Record reply…")),
                ("visit", self.tr("Record return visit…")),
            )
        }
        self.ticket_button = QPushButton(self.tr("Add or correct ticket…"))
        self.ticket_button.clicked.connect(self.open_ticket)
        row = QHBoxLayout()
        row.addWidget(self.ticket_button)
        for step, button in self.buttons.items():
            button.clicked.connect(lambda _=False, step=step: self.open_step(step))
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        box = QGroupBox(self.tr("12345 ticket"))
        bl = QVBoxLayout(box)
        bl.addWidget(self.ticket_label)
        bl.addLayout(row)
        self.prevented = QCheckBox(self.tr("Dispute prevented (found early)"))
        self.crime = QCheckBox(self.tr("Prevented a civil dispute turning criminal"))
        self.crime_persons = QSpinBox()
        self.petition = QCheckBox(self.tr("Prevented a group petition"))
        self.petition_persons = QSpinBox()
        for spin in (self.crime_persons, self.petition_persons):
            spin.setRange(0, 100_000)
            spin.setSuffix(self.tr(" persons"))
        self.source = QComboBox()
        self.source.addItem(self.tr("As the case's source implies"), None)
        for code, text in (
            ("initiative", self.tr("Initiative")),
            ("application", self.tr("Application")),
            ("referral", self.tr("Referral")),
        ):
            self.source.addItem(text, code)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_report)
        report = QGroupBox(self.tr("Official statistics table"))
        form = QFormLayout(report)
        form.addRow(self.prevented)
        form.addRow(self.crime, self.crime_persons)
        form.addRow(self.petition, self.petition_persons)
        form.addRow(self.tr("Official source"), self.source)
        form.addRow(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(report)
        layout.addStretch(1)

    def show_detail(self, detail: Any) -> None:
        ctx, case_id = self.ws.ctx, self.ws.case_id

        def work() -> tuple[Any, Any]:
            return hotline.ticket_of(ctx.db, ctx.actor, case_id), official_table.case_report_of(
                ctx.db, ctx.actor, case_id
            )

        ctx.tasks.run(work, on_success=self._loaded, on_error=lambda exc: None)

    def _loaded(self, result: Any) -> None:
        ticket, report = result
        self.ticket = ticket
        if ticket is None:
            self.ticket_label.setText(self.tr("No 12345 ticket on this case."))
        else:
            lines = [
                self.tr("Ticket %1, received %2, reply due %3")
                .replace("%1", ticket.ticket_no)
                .replace("%2", fmt_dt(ticket.received_at))
                .replace("%3", fmt_dt(ticket.reply_due_at)),
                self.tr("First response: %1").replace("%1", fmt_dt(ticket.first_response_at) or "—"),
                self.tr("Reply: %1").replace("%1", fmt_dt(ticket.reply_at) or "—"),
                self.tr("Return visit: %1").replace("%1", self._visit(ticket)),
            ]
            self.ticket_label.setText("\n".join(lines))
        self.ticket_button.setEnabled(ticket is None or ticket.first_response_at is None)
        self.buttons["response"].setEnabled(ticket is not None)
        self.buttons["reply"].setEnabled(ticket is not None and ticket.first_response_at is not None)
        self.buttons["visit"].setEnabled(ticket is not None and ticket.reply_at is not None)
        self.prevented.setChecked(bool(report["prevented"]))
        self.crime.setChecked(bool(report["prevent_crime"]))
        self.crime_persons.setValue(int(report["prevent_crime_persons"]))
        self.petition.setChecked(bool(report["prevent_petition"]))
        self.petition_persons.setValue(int(report["prevent_petition_persons"]))
        self.source.setCurrentIndex(max(0, self.source.findData(report["official_source"])))

    def _visit(self, t: hotline.TicketView) -> str:
        if t.visit_resolved is None:
            return "—"
        said = self.tr("matter resolved") if t.visit_resolved else self.tr("matter not resolved")
        rating = wlabels.name(wlabels.satisfaction(), t.visit_satisfaction) if t.visit_satisfaction else ""
        return " ".join(x for x in (fmt_dt(t.visit_at), said, rating) if x)

    def open_step(self, step: str) -> TicketStepDialog:
        dialog = TicketStepDialog(step, self)
        dialog.on_submit = self._submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit(self, values: dict[str, Any], dialog: FormDialog) -> None:
        assert isinstance(dialog, TicketStepDialog)
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        fn = {
            "response": hotline.record_response,
            "reply": hotline.record_reply,
            "visit": hotline.record_return_visit,
        }[dialog.step]
        self.ws.run(lambda: fn(db, actor, case_id, **values), done=dialog.succeeded, failed=dialog.failed)

    def open_ticket(self) -> TicketDialog:
        dialog = TicketDialog(self)
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id

        def submit(value: Any, d: FormDialog) -> None:
            self.ws.run(
                lambda: hotline.record_ticket(db, actor, case_id, value), done=d.succeeded, failed=d.failed
            )

        dialog.on_submit = submit
        self.dialog_ticket = dialog
        dialog.open()
        return dialog

    def save_report(self) -> None:
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        values = {
            "prevented": self.prevented.isChecked(),
            "prevent_crime": self.crime.isChecked(),
            "crime_persons": self.crime_persons.value(),
            "prevent_petition": self.petition.isChecked(),
            "petition_persons": self.petition_persons.value(),
            "source": self.source.currentData(),
        }
        self.ws.run(lambda: official_table.record_case_report(db, actor, case_id, **values))


__all__ = ["ReportingTab", "TicketStepDialog"]
