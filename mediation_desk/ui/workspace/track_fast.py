"""The 48-hour fast-track clock (48小时全流程速裁) of a linked criminal matter.

Summons starts the clock; investigation, review for prosecution and trial are each
timestamped with one button. The remaining time is recomputed every half minute from the
workspace's clock (``ws.clock``, fixed in tests); past the limit it turns red.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import MatterStage
from ...services.tracks_matter import FAST_TRACK_STEPS, record_fast_track_step
from ...store.queries.case_detail import CaseDetail
from ..messages.labels import step_names
from .common import fmt_dt

if TYPE_CHECKING:
    from .workspace import CaseWorkspace

RED_STYLE = "QLabel { color: #c62828; font-weight: bold; }"
GREEN_STYLE = "QLabel { color: #2e7d32; font-weight: bold; }"
PLAIN_STYLE = "QLabel { font-weight: bold; }"


def fmt_span(span: timedelta) -> str:
    """A duration in words: "37 h 20 min" up to three days, then "4 d 3 h"; "12 min" (never negative)."""
    minutes = max(0, int(abs(span).total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if minutes < 72 * 60:
        days, hours = 0, hours + 24 * days
    if days:
        return QCoreApplication.translate("Track", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("Track", "{h} h {m} min").format(h=hours, m=mins)
    return QCoreApplication.translate("Track", "{m} min").format(m=mins)


def fmt_remaining(span: timedelta) -> str:
    """"5 h 20 min left" or "overdue by 2 h 10 min"."""
    if span.total_seconds() <= 0:
        return QCoreApplication.translate("Track", "overdue by {span}").format(span=fmt_span(span))
    return QCoreApplication.translate("Track", "{span} left").format(span=fmt_span(span))


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
        self.buttons: dict[str, QPushButton] = {}
        self.stamps: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, (step, _col) in enumerate(FAST_TRACK_STEPS):
            grid.addWidget(QLabel(step_names()[step.value], self), row, 0)
            stamp = QLabel(self)
            stamp.setObjectName(f"fastTrackStamp_{step.value}")
            self.stamps[step.value] = stamp
            grid.addWidget(stamp, row, 1)
            button = QPushButton(self.tr("Record now"), self)
            button.setObjectName(f"fastTrackButton_{step.value}")
            button.clicked.connect(lambda _=False, s=step: self.record(s))
            self.buttons[step.value] = button
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.remaining)
        layout.addWidget(self.until)
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
        if matter is None or due is None:
            self.remaining.setText(self.tr("The clock starts with the summons."))
            self.remaining.setStyleSheet(PLAIN_STYLE)
            self.until.setText(self.tr("Limit: {hours} hours from the summons.").format(
                hours=self.ws.limits.fast_track_hours))
            return
        self.until.setText(self.tr("Limit: {hours} hours, until {due}.").format(
            hours=self.ws.limits.fast_track_hours, due=fmt_dt(due)))
        if matter.trial_done_at is not None:
            late = matter.trial_done_at > due
            text = self.tr("Completed in {span}.").format(
                span=fmt_span(matter.trial_done_at - matter.summoned_at))
            self.remaining.setText(text + (" " + self.tr("(over the limit)") if late else ""))
            self.remaining.setStyleSheet(RED_STYLE if late else GREEN_STYLE)
            return
        left = due - self.ws.clock()
        self.overdue = left.total_seconds() <= 0
        self.remaining.setText(self.tr("Remaining: {span}").format(span=fmt_span(left)) if not self.overdue
                               else self.tr("Overdue by {span}").format(span=fmt_span(left)))
        self.remaining.setStyleSheet(RED_STYLE if self.overdue else PLAIN_STYLE)

    def record(self, step: MatterStage) -> None:
        """Timestamp ``step`` with the current time."""
        ws = self.ws
        db, actor, case_id, at = ws.ctx.db, ws.ctx.actor, ws.case_id, ws.clock()
        ws.run(lambda: record_fast_track_step(db, actor, case_id, step, at))

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.detail is not None:
            self.tick()
            self.timer.start()
