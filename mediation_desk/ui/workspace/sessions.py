"""调解会 Sessions: schedule, then record attendance, the record (笔录) and the outcome."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import utcnow
from ...domain.enums import SessionOutcome
from ...domain.workdays import WorkCalendar, in_working_hours
from ...services import sessions
from ...services.case_workspace import CaseDetail, SessionRow
from ..errors import message
from ..messages import labels
from ..models.rows import RowsModel
from ..time_fields import TypedDateTimeEdit
from . import wlabels
from .common import fmt_dt, from_qdatetime, make_table, selected_row, to_qdatetime
from .dialogs import FormDialog

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


class SessionsModel(RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Starts"),
            self.tr("Place"),
            self.tr("Outcome"),
            self.tr("Attendance"),
            self.tr("Recorded"),
        ]

    def value(self, row: SessionRow, column: int) -> str:
        return [
            fmt_dt(row.starts_at),
            row.place,
            wlabels.name(wlabels.outcomes(), row.outcome),
            "、".join(row.attendee_names),
            fmt_dt(row.recorded_at),
        ][column]

    def sort_key(self, row: SessionRow, column: int) -> Any:
        return row.starts_at if column == 0 else self.value(row, column)


class ScheduleDialog(FormDialog):
    def __init__(self, place: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Schedule session"))
        # tomorrow at this hour, moved into office hours on a working day (never 20:00 or a Sunday)
        start = in_working_hours(
            (utcnow() + timedelta(days=1)).replace(minute=0, second=0, microsecond=0), WorkCalendar()
        )
        self.starts = TypedDateTimeEdit(to_qdatetime(start), self)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.setCalendarPopup(True)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("sessionDuration")
        self.duration.setRange(15, 480)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit(place, self)
        self.public = QCheckBox(self.tr("Public session"), self)
        self.form.addRow(self.tr("Date and time"), self.starts)
        self.form.addRow(self.tr("Duration"), self.duration)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow("", self.public)

    def collect(self) -> dict[str, Any] | None:
        if not self.place.text().strip():
            self.show_error(self.tr("Enter the place."), self.place)
            return None
        starts = from_qdatetime(self.starts.dateTime())
        return {
            "starts_at": starts,
            "ends_at": starts + timedelta(minutes=self.duration.value()),
            "place": self.place.text().strip(),
            "public": self.public.isChecked(),
        }


class RecordDialog(FormDialog):
    """Attendance (parties and members), the record, the outcome, the end time."""

    def __init__(self, session: SessionRow, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Record session of {start}").format(start=fmt_dt(session.starts_at)))
        self.setMinimumWidth(620)
        self.session = session
        self.attendance: dict[int, QCheckBox] = {}
        grid = QGridLayout()
        people: list[tuple[int, str]] = [
            (p.person_id, f"{p.name}（{labels.label(labels.party_roles, p.role)}）") for p in detail.parties
        ]
        people += [
            (m.person_id, f"{m.name}（{labels.label(labels.committee_roles, m.role)}）")
            for m in detail.members
            if m.to_date is None
        ]
        attended = set(session.attendee_ids)
        for pid, text in people:
            if pid in self.attendance:
                continue
            box = QCheckBox(text, self)
            box.setChecked(pid in attended or not session.recorded_at)
            n = len(self.attendance)
            self.attendance[pid] = box
            grid.addWidget(box, n // 2, n % 2)
        attendance = QWidget(self)
        attendance.setLayout(grid)
        self.record = QPlainTextEdit(session.record, self)
        self.record.setObjectName("sessionRecord")
        self.record.setTabChangesFocus(True)
        self.record.setMinimumHeight(140)
        self.outcome = QComboBox(self)
        for code, text in wlabels.outcomes().items():
            if code != SessionOutcome.PENDING.value:
                self.outcome.addItem(text, code)
        self.ends = TypedDateTimeEdit(
            to_qdatetime(max(session.starts_at + timedelta(hours=1), session.starts_at)), self
        )
        self.ends.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.addRow(self.tr("Attendance"), attendance)
        self.form.addRow(self.tr("Record"), self.record)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.tr("Ended"), self.ends)

    def set_outcome(self, outcome: SessionOutcome) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(outcome.value))

    def collect(self) -> dict[str, Any] | None:
        if not self.record.toPlainText().strip():
            self.show_error(self.tr("Write the record of the session."), self.record)
            return None
        attendees = [pid for pid, box in self.attendance.items() if box.isChecked()]
        if not attendees:
            self.show_error(self.tr("Tick who attended."))
            return None
        return {
            "record": self.record.toPlainText(),
            "outcome": SessionOutcome(self.outcome.currentData()),
            "attendee_ids": attendees,
            "ends_at": from_qdatetime(self.ends.dateTime()),
        }


class SessionsTab(QWidget):
    """Sessions list with the selected session's record below."""

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.dialog: FormDialog | None = None
        self.overlap_question: QMessageBox | None = None  # "schedule anyway?" after a clash
        self.model = SessionsModel(self)
        self.view = make_table(self.model, self, stretch=3)
        self.view.selectionModel().selectionChanged.connect(self._show_record)
        self.record_view = QPlainTextEdit(self)
        self.record_view.setReadOnly(True)
        self.record_view.setPlaceholderText(self.tr("Select a session to read its record."))
        self.schedule_button = QPushButton(self.tr("Schedule session…"), self)
        self.schedule_button.clicked.connect(self.open_schedule)
        self.record_button = QPushButton(self.tr("Record session…"), self)
        self.record_button.clicked.connect(self.open_record)
        buttons = QHBoxLayout()
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.record_view)
        split.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split)

    def show_detail(self, detail: CaseDetail) -> None:
        self.model.set_rows(detail.sessions)
        open_case = detail.case.status in ("accepted", "in_mediation")
        self.schedule_button.setEnabled(open_case)
        self.record_button.setEnabled(bool(detail.sessions))
        self.record_view.clear()

    def _show_record(self) -> None:
        row = selected_row(self.view)
        self.record_view.setPlainText(row.record if row else "")

    def open_schedule(self) -> ScheduleDialog:
        detail = self.ws.detail
        last = detail.sessions[-1].place if detail and detail.sessions else self.tr("Mediation room")
        dialog = ScheduleDialog(last, self)
        dialog.on_submit = self._submit_schedule
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit_schedule(self, values: dict[str, Any], dialog: FormDialog) -> None:
        """Schedule; over a clash (same member or room at that time) ask whether to book it anyway."""
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id

        def failed(exc: Any) -> bool:
            dialog.failed(exc)
            if getattr(exc, "code", "") != "session.overlap":
                return False
            self.overlap_question = box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Overlapping session"),
                message(exc) + "\n\n" + self.tr("Schedule this session anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                dialog,
            )
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.finished.connect(
                lambda answer: (
                    answer == QMessageBox.StandardButton.Yes
                    and self._submit_schedule({**values, "allow_overlap": True}, dialog)
                )
            )
            box.open()
            return True

        self.ws.run(
            lambda: sessions.schedule_session(db, actor, case_id, **values),
            done=dialog.succeeded,
            failed=failed,
        )

    def open_record(self) -> RecordDialog | None:
        """Record the selected session, else the first one not yet recorded."""
        detail = self.ws.detail
        if detail is None or not detail.sessions:
            return None
        row = selected_row(self.view) or next(
            (s for s in detail.sessions if s.recorded_at is None), detail.sessions[-1]
        )
        dialog = RecordDialog(row, detail, self)
        dialog.on_submit = self._submit_record
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit_record(self, values: dict[str, Any], dialog: RecordDialog) -> None:
        db, actor, sid = self.ws.ctx.db, self.ws.ctx.actor, dialog.session.id
        seen = dialog.session.row_version  # the version the dialog shows: a stale save is refused
        self.ws.run(
            lambda: sessions.record_session(db, actor, sid, expected_version=seen, **values),
            done=dialog.succeeded,
            failed=dialog.failed,
        )
