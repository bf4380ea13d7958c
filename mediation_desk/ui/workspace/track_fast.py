"""The 48-hour fast-track clock (48小时全流程速裁) of a linked criminal matter.

Summons starts the clock; investigation, review for prosecution and trial each get their
actual time in :class:`StepTimeDialog` (default now; never in the future; never before the
step before it). The remaining time, in hours and minutes, is recomputed every half minute from
the workspace's clock (``ws.clock``, fixed in tests); it turns amber at 12 hours left, red at 4
and past the limit, with a warning line.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import MatterStage
from ...services.case_workspace import CaseDetail
from ...services.tracks_matter import FAST_TRACK_STEPS, record_fast_track_step
from ..clock_text import AMBER, clock_color, clock_warning, fmt_span
from ..messages.labels import step_names
from ..time_fields import TypedDateTimeEdit
from .common import fmt_dt, from_qdatetime, to_qdatetime
from .dialogs import FormDialog

if TYPE_CHECKING:
    from .workspace import CaseWorkspace

RED_STYLE = "QLabel { color: #c62828; font-weight: bold; }"
AMBER_STYLE = f"QLabel {{ color: {AMBER.name()}; font-weight: bold; }}"
GREEN_STYLE = "QLabel { color: #2e7d32; font-weight: bold; }"
PLAIN_STYLE = "QLabel { font-weight: bold; }"


class StepTimeDialog(FormDialog):
    """When a fast-track step actually happened: default now, typed or picked; checked before saving.

    Attributes:
        at: the date-time field (Beijing wall-clock time).
    """

    def __init__(
        self, step: MatterStage, now: datetime, previous: datetime | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setObjectName("fastTrackStepDialog")
        self.setWindowTitle(step_names()[step.value])
        self.now, self.previous = now, previous
        self.at = TypedDateTimeEdit(to_qdatetime(now), self)
        self.at.setObjectName("fastTrackStepTime")
        self.at.setCalendarPopup(True)
        self.form.addRow(self.tr("Actual time"), self.at)
        hint = QLabel(
            self.tr("Enter when it happened (a suspect brought in last night: last night's time)."), self
        )
        hint.setWordWrap(True)
        self.form.addRow("", hint)

    def collect(self) -> datetime | None:
        at = from_qdatetime(self.at.dateTime())
        if at > self.now + timedelta(minutes=1):
            self.show_error(self.tr("The time cannot lie in the future."), self.at)
            return None
        if self.previous is not None and at < self.previous.replace(second=0, microsecond=0):
            self.show_error(
                self.tr("The time cannot be earlier than the step before it ({at}).").format(
                    at=fmt_dt(self.previous)
                ),
                self.at,
            )
            return None
        return at


class FastTrackClock(QGroupBox):
    """Each step with its timestamp and a "record now" button; the remaining time in big letters.

    Attributes:
        buttons: the "record now" button of each step (by ``MatterStage`` value).
        stamps: the timestamp label of each step.
        remaining: the label with the remaining time (red when overdue).
    """

    def __init__(self, ws: CaseWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("48-hour fast track"))
        self.setObjectName("fastTrackClock")
        self.ws = ws
        self.detail: CaseDetail | None = None
        self.overdue = False
        self.remaining = QLabel(self)
        self.remaining.setObjectName("fastTrackRemaining")
        font = self.remaining.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.remaining.setFont(font)
        self.until = QLabel(self)
        self.warning = QLabel(self)
        self.warning.setObjectName("fastTrackWarning")
        self.warning.setWordWrap(True)
        self.dialog: StepTimeDialog | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.stamps: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, (step, _col) in enumerate(FAST_TRACK_STEPS):
            grid.addWidget(QLabel(step_names()[step.value], self), row, 0)
            stamp = QLabel(self)
            stamp.setObjectName(f"fastTrackStamp_{step.value}")
            self.stamps[step.value] = stamp
            grid.addWidget(stamp, row, 1)
            button = QPushButton(self.tr("Record time…"), self)
            button.setObjectName(f"fastTrackButton_{step.value}")
            button.clicked.connect(lambda _=False, s=step: self.record(s))
            self.buttons[step.value] = button
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.remaining)
        layout.addWidget(self.until)
        layout.addWidget(self.warning)
        layout.addLayout(grid)
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.tick)

    def show_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        matter = detail.matter
        if matter is None:
            return
        open_found = False
        for step, col in FAST_TRACK_STEPS:
            at: datetime | None = getattr(matter, col)
            self.stamps[step.value].setText(fmt_dt(at) if at else self.tr("not yet"))
            # only the next step can be recorded (the service enforces the order too)
            self.buttons[step.value].setEnabled(at is None and not open_found)
            open_found = open_found or at is None
        self.tick()
        self.timer.start()

    def due_at(self) -> datetime | None:
        matter = self.detail.matter if self.detail else None
        if matter is None or matter.summoned_at is None:
            return None
        return matter.summoned_at + timedelta(hours=self.ws.limits.fast_track_hours)

    def tick(self) -> None:
        """Recompute the remaining time from ``ws.clock()``."""
        matter = self.detail.matter if self.detail else None
        due = self.due_at()
        self.overdue = False
        self.warning.setText("")
        if matter is None or due is None:
            self.remaining.setText(self.tr("The clock starts with the summons."))
            self.remaining.setStyleSheet(PLAIN_STYLE)
            self.until.setText(
                self.tr("Limit: {hours} hours from the summons.").format(
                    hours=self.ws.limits.fast_track_hours
                )
            )
            return
        self.until.setText(
            self.tr("Limit: {hours} hours, until {due}.").format(
                hours=self.ws.limits.fast_track_hours, due=fmt_dt(due)
            )
        )
        if matter.trial_done_at is not None:
            late = matter.trial_done_at > due
            text = self.tr("Completed in {span}.").format(
                span=fmt_span(matter.trial_done_at - matter.summoned_at)
            )
            self.remaining.setText(text + (" " + self.tr("(over the limit)") if late else ""))
            self.remaining.setStyleSheet(RED_STYLE if late else GREEN_STYLE)
            return
        left = due - self.ws.clock()
        self.overdue = left.total_seconds() <= 0
        self.remaining.setText(
            self.tr("Remaining: {span}").format(span=fmt_span(left))
            if not self.overdue
            else self.tr("Overdue by {span}").format(span=fmt_span(left))
        )
        colour = clock_color(left)  # amber at 12 h left, red at 4 h and past the limit
        style = PLAIN_STYLE if colour is None else RED_STYLE if colour != AMBER else AMBER_STYLE
        self.remaining.setStyleSheet(style)
        self.warning.setText(clock_warning(left))
        self.warning.setStyleSheet(style)

    def record(self, step: MatterStage) -> StepTimeDialog:
        """Ask when ``step`` happened (default now), then timestamp it."""
        ws = self.ws
        matter = self.detail.matter if self.detail else None
        order = [s for s, _ in FAST_TRACK_STEPS]
        i = order.index(step)
        previous = getattr(matter, FAST_TRACK_STEPS[i - 1][1]) if matter is not None and i > 0 else None
        dialog = StepTimeDialog(step, ws.clock(), previous, self)
        db, actor, case_id = ws.ctx.db, ws.ctx.actor, ws.case_id

        def submit(at: datetime, dlg: FormDialog) -> None:
            ws.run(
                lambda: record_fast_track_step(db, actor, case_id, step, at),
                done=dlg.succeeded,
                failed=dlg.failed,
            )

        dialog.on_submit = submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.detail is not None:
            self.tick()
            self.timer.start()
