"""The 12345 ticket at intake: shown when the case comes from the hotline (工单号, when the platform
received it, the platform's reply deadline when it differs from the configured default)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QFormLayout, QGroupBox, QLineEdit, QWidget

from ...domain.enums import Source
from ...services.hotline import HotlineInput
from ..formatting import now_local

SHANGHAI_FORMAT = "yyyy-MM-dd HH:mm"


def _edit(at: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))
    edit.setDisplayFormat(SHANGHAI_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class HotlineBox(QGroupBox):
    """Ticket number, received, optional reply deadline; :meth:`value` gives the service input."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotlineBox")
        self.setTitle(self.tr("12345 ticket"))
        now = now_local()
        self.ticket_no = QLineEdit()
        self.ticket_no.setObjectName("ticketNo")
        self.ticket_no.setPlaceholderText(self.tr("e.g. BJ20261207-000123"))
        self.received = _edit(now)
        self.own_deadline = QCheckBox(self.tr("The platform set another reply deadline:"))
        self.deadline = _edit(now)
        self.deadline.setEnabled(False)
        self.own_deadline.toggled.connect(self.deadline.setEnabled)
        form = QFormLayout(self)
        form.addRow(self.tr("Ticket no."), self.ticket_no)
        form.addRow(self.tr("Received by the platform"), self.received)
        form.addRow(self.own_deadline, self.deadline)

    def follow(self, source: object) -> None:
        """Show the box only for the hotline source."""
        self.setVisible(source == Source.HOTLINE_12345.value)

    def value(self, tz: object) -> HotlineInput | None:
        """The ticket to register, or None when no number was typed (it can be added later)."""
        if not self.ticket_no.text().strip():
            return None
        received = self.received.dateTime().toPython().replace(tzinfo=tz)  # type: ignore[union-attr]
        due = None
        if self.own_deadline.isChecked():
            due = self.deadline.dateTime().toPython().replace(tzinfo=tz)  # type: ignore[union-attr]
        return HotlineInput(self.ticket_no.text(), received, due)


__all__ = ["HotlineBox"]
