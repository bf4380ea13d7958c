"""The dashboard (工作台): what needs attention today; every line opens its case on the right tab.

Panels sit in splitters (drag a handle to give a list more room) inside a scroll area; each
panel's title carries its true count and "Show all" opens the whole list.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...domain.deadlines import DueItem, days_left
from ...domain.money import format_money
from ...domain.phone import display_phone, mask_phone
from ...services import policy
from ...services.base import Changes
from ...services.dashboard import (
    DEADLINE_ROWS,
    DashboardData,
    DashItem,
    DashList,
    load_dashboard,
    load_full_list,
)
from ...store.types import utcnow
from ..clock_text import clock_color, fmt_remaining
from ..context import AppContext
from ..formatting import fmt_date, fmt_datetime, fmt_deadline
from ..messages import labels
from ..models.rows import Column
from .dashboard_panels import FullListDialog, Section

log = logging.getLogger(__name__)

__all__ = ["DEADLINE_ROWS", "DashboardData", "DashboardPage", "load"]


def describe(item: DueItem, now: datetime) -> str:
    """What a due item is, in the user's language (a 48-hour clock with its hours and minutes)."""
    if str(item.kind).startswith("fast_track."):
        fast = QCoreApplication.translate("DashboardPage", "48-hour fast track")
        return f"{fast} · {fmt_remaining(item.due_at - now)}"
    kinds = labels.deadline_kinds()
    return kinds.get(str(item.kind), str(item.kind))


def load(ctx: AppContext) -> DashboardData:
    """Run every dashboard query (in the task runner: never on the UI thread)."""
    return load_dashboard(ctx.db, ctx.actor, organisation_id=ctx.organisation_id, describe=describe)


def _when(item: DashItem) -> str:
    return fmt_datetime(item.when) if isinstance(item.when, datetime) else fmt_date(item.when)


def _due(item: DashItem) -> str:
    """A deadline's day (a day deadline runs out at the next midnight: that is not the day shown)."""
    return fmt_deadline(item.when) if isinstance(item.when, datetime) else fmt_date(item.when)


def _days_overdue(item: DashItem) -> str:
    if not isinstance(item.when, date):
        return ""
    days = -days_left(item.when, utcnow())
    if days <= 0:
        return (
            QCoreApplication.translate("DashboardPage", "due in %n day(s)", "", -days)
            if days
            else QCoreApplication.translate("DashboardPage", "due today")
        )
    return QCoreApplication.translate("DashboardPage", "%n day(s)", "", days)


def _clock_left(item: DashItem) -> str:
    return fmt_remaining(item.when - utcnow()) if isinstance(item.when, datetime) else ""


def _clock_colour(item: DashItem) -> Any:
    return clock_color(item.when - utcnow()) if isinstance(item.when, datetime) else None


class DashboardPage(QWidget):
    """Sessions, deadlines, 48-hour clocks, instalments, follow-ups, new cases.

    Attributes:
        sections: every panel by key (the :class:`DashboardData` field it shows).
        full_list: the "show all" dialog last opened.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("dashboardPage")
        self.full_list: FullListDialog | None = None
        reveal = policy.can(ctx.actor, policy.ID_REVEAL)  # the phone in full for those who may see it

        def payer_phone(item: DashItem) -> str:
            if not item.extra:
                return ""
            return display_phone(item.extra) if reveal else mask_phone(item.extra)

        def col(header: str, text: Any, right: bool = False) -> Column[DashItem]:
            return Column(header, text, right)

        def base(when_header: str, when: Any = _when) -> list[Column[DashItem]]:
            return [
                col(when_header, when),
                col(self.tr("Case no."), lambda i: i.number),
                col(self.tr("Title"), lambda i: i.title),
            ]

        place = col(self.tr("Place"), lambda i: str(i.detail or ""))
        what = col(self.tr("Deadline"), lambda i: str(i.detail or ""))
        self.today = Section(
            "today", self.tr("Sessions today"), [*base(self.tr("When")), place], "sessionsToday"
        )
        self.week = Section(
            "week", self.tr("Sessions this week"), [*base(self.tr("When")), place], "sessionsWeek"
        )
        self.overdue = Section("overdue", self.tr("Overdue"), [*base(self.tr("When"), _due), what], "overdue")
        self.overdue.view.setStyleSheet("QTableView { color: #c62828; }")  # overdue in red
        self.due_soon = Section(
            "due_soon", self.tr("Due soon"), [*base(self.tr("When"), _due), what], "dueSoon"
        )
        self.clocks = Section(
            "clocks",
            self.tr("48-hour clocks"),
            [*base(self.tr("Runs out")), col(self.tr("Time left"), _clock_left)],
            "fastTrackClocks",
            _clock_colour,
        )
        self.instalments = Section(
            "instalments",
            self.tr("Unpaid instalments due"),
            [
                *base(self.tr("Due")),
                col(self.tr("Outstanding"), lambda i: format_money(int(i.detail)), True),
                col(self.tr("Days overdue"), _days_overdue, True),
                col(self.tr("Payer's phone"), payer_phone),
            ],
            "instalmentsDue",
        )
        self.follow_ups = Section(
            "follow_ups", self.tr("Follow-ups due"), base(self.tr("When")), "followUpsDue"
        )
        parties = col(self.tr("Parties"), lambda i: str(i.detail or ""))
        self.waiting = Section(
            "waiting",
            self.tr("Waiting for acceptance"),
            [*base(self.tr("When")), parties],
            "awaitingAcceptance",
        )
        self.sections: dict[str, Section] = {
            s.key: s
            for s in (
                self.overdue,
                self.due_soon,
                self.clocks,
                self.today,
                self.instalments,
                self.follow_ups,
                self.week,
                self.waiting,
            )
        }
        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.setObjectName("dashboardRows")
        self.rows.setChildrenCollapsible(False)
        keys = list(self.sections)
        self.pairs: list[QSplitter] = []
        for n in range(0, len(keys), 2):  # the most pressing lists first
            pair = QSplitter(Qt.Orientation.Horizontal)
            pair.setChildrenCollapsible(False)
            for key in keys[n : n + 2]:
                pair.addWidget(self.sections[key])
            self.rows.addWidget(pair)
            self.pairs.append(pair)
        for section in self.sections.values():
            section.open_item.connect(self.open_item)
            section.show_all.connect(self.show_all)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.rows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.loaded = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_changed)

    def _on_changed(self, _changes: Changes) -> None:
        self._refresh_timer.start()  # many changes in a row: one reload

    def refresh(self) -> None:
        """Reload every list in the background."""
        ctx = self._ctx
        self._ctx.tasks.run(lambda: load(ctx), on_success=self._show)

    def _show(self, data: Any) -> None:
        assert isinstance(data, DashboardData)
        for key, section in self.sections.items():
            section.set_items(getattr(data, key))
        for pair in self.pairs:  # a row of empty lists shrinks to its titles: the others get the room
            empty = all(not pair.widget(i).model.rowCount() for i in range(pair.count()))
            pair.setMaximumHeight(
                max(pair.widget(i).minimumSizeHint().height() for i in range(pair.count()))
                if empty
                else 16_777_215
            )
        self.loaded = True

    def open_item(self, item: DashItem) -> None:
        """Open the item's case on the tab where it is dealt with."""
        self._ctx.bus.open_case_at.emit(item.case_id, item.tab)

    def show_all(self, key: str) -> FullListDialog:
        """Open the whole list ``key`` in a dialog (read in the background)."""
        section = self.sections[key]
        dialog = FullListDialog(section, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_item.connect(self.open_item)
        self.full_list = dialog
        ctx = self._ctx

        def read() -> DashList:
            return load_full_list(
                ctx.db, ctx.actor, key, organisation_id=ctx.organisation_id, describe=describe
            )

        ctx.tasks.run(read, on_success=dialog.set_items)
        dialog.show()
        return dialog

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.refresh()
