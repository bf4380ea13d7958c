"""The dashboard (工作台): what needs attention today; every line opens its case."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from ...domain.money import format_money
from ...services.base import Changes
from ...services.settings import limits
from ...store.engine import read_session
from ...store.queries import dashboard as q
from ...store.queries.dashboard import DashItem
from ...store.types import SHANGHAI, utcnow
from ..context import AppContext
from ..formatting import fmt_date, fmt_datetime, fmt_deadline
from ..messages import labels
from ..models.rows import Column, RowsModel
from ..widgets import OpeningTableView

log = logging.getLogger(__name__)

# Rows of the overdue and due-soon lists: the most pressing cases, a few screens of a section.
# The deadline engine reads every listed case's facts, and the overdue notice shows this page
# at start: 200 + 200 cases took ~1.9 s of the start's background CPU at 100,000 cases, 50 + 50 ~0.5 s.
DEADLINE_ROWS = 50


@dataclass(frozen=True)
class DashboardData:
    today: list[DashItem]
    week: list[DashItem]
    overdue: list[DashItem]
    due_soon: list[DashItem]
    instalments: list[DashItem]
    follow_ups: list[DashItem]
    waiting: list[DashItem]


def load(ctx: AppContext) -> DashboardData:
    """Run every dashboard query (in the task runner: never on the UI thread)."""
    now = utcnow()
    today = now.astimezone(SHANGHAI).date()
    end_of_week = today + timedelta(days=6 - today.weekday())
    org = ctx.organisation_id
    vis = ctx.visible()  # sealed and juvenile cases only for those on them
    with read_session(ctx.db.engine) as s:
        lim = limits(s)
        soon_until = today + timedelta(days=lim.due_soon_days)
        overdue, due_soon = _deadlines(s, now, lim.due_soon_days, org, vis)
        return DashboardData(
            today=q.sessions_between(session=s, first=today, last=today, organisation_id=org, visible=vis),
            week=q.sessions_between(
                session=s,
                first=today + timedelta(days=1),
                last=max(end_of_week, today + timedelta(days=1)),
                organisation_id=org,
                visible=vis,
            ),
            overdue=overdue,
            due_soon=due_soon,
            instalments=q.instalments_due(session=s, until=soon_until, organisation_id=org, visible=vis),
            follow_ups=q.follow_ups_due(session=s, until=soon_until, organisation_id=org, visible=vis),
            waiting=q.awaiting_acceptance(session=s, organisation_id=org, visible=vis),
        )


def _deadlines(
    session: Any, now: Any, days: int, org: int, vis: Any = None
) -> tuple[list[DashItem], list[DashItem]]:
    """Overdue and due-soon cases from the deadline engine (or the cached ``Case.due_at``)."""
    try:
        from ...services import deadlines as engine
    except ImportError:  # an older build without the deadline engine
        return q.deadlines(session=session, now=now, due_soon_days=days, organisation_id=org, visible=vis)
    kinds = labels.deadline_kinds()

    def what(item: Any) -> str:
        if str(item.kind).startswith("fast_track."):  # a 48-hour clock: the hours count
            from ..workspace.track_fast import fmt_remaining

            fast = QCoreApplication.translate("DashboardPage", "48-hour fast track")
            return f"{fast} · {fmt_remaining(item.due_at - now)}"
        return kinds.get(str(item.kind), str(item.kind))

    def items(rows: Any) -> list[DashItem]:
        return [
            DashItem(r.case_id, r.number, r.title, r.items[0].due_at, what(r.items[0]))
            for r in rows[: q.LIMIT]
        ]

    # Only the cases the lists show (the engine reads each case's facts: ~5 queries, ~3 ms CPU a case).
    return (
        items(engine.overdue_summary(session, now, organisation_id=org, visible=vis, limit=DEADLINE_ROWS)),
        items(
            engine.due_soon(
                session, now, within=timedelta(days=days), organisation_id=org, visible=vis,
                limit=DEADLINE_ROWS,
            )
        ),
    )


def _when(item: DashItem) -> str:
    from datetime import datetime

    return fmt_datetime(item.when) if isinstance(item.when, datetime) else fmt_date(item.when)


def _due(item: DashItem) -> str:
    """A deadline's day (a day deadline runs out at the next midnight: that is not the day shown)."""
    from datetime import datetime

    return fmt_deadline(item.when) if isinstance(item.when, datetime) else fmt_date(item.when)


class _Section(QGroupBox):
    def __init__(
        self, title: str, detail: Column[DashItem] | None, ctx: AppContext, name: str, when: Any = _when
    ) -> None:
        super().__init__(title)
        self.setObjectName(name)
        self._title = title
        cols: list[Column[DashItem]] = [
            Column(self.tr("When"), when),
            Column(self.tr("Case no."), lambda i: i.number),
            Column(self.tr("Title"), lambda i: i.title),
        ]
        if detail is not None:
            cols.append(detail)
        self.model: RowsModel[DashItem] = RowsModel(self, columns=cols, row_id=lambda i: i.case_id)
        self.view = OpeningTableView()
        self.view.setObjectName(name + "Table")
        self.view.setModel(self.model)
        self.view.open_requested.connect(ctx.bus.open_case.emit)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(len(cols)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the title takes what is left
        self.empty = QLabel(self.tr("Nothing here."))
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)

    def set_items(self, items: list[DashItem]) -> None:
        self.model.set_rows(items)
        self.setTitle(f"{self._title} ({len(items)})")
        self.view.setVisible(bool(items))
        self.empty.setVisible(not items)


class DashboardPage(QWidget):
    """Today's and this week's sessions, deadlines, instalments, follow-ups, new cases."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("dashboardPage")
        place = Column(self.tr("Place"), lambda i: str(i.detail or ""))
        self.today = _Section(self.tr("Sessions today"), place, ctx, "sessionsToday")
        self.week = _Section(self.tr("Sessions this week"), place, ctx, "sessionsWeek")
        what = Column(self.tr("Deadline"), lambda i: str(i.detail or ""))
        self.overdue = _Section(self.tr("Overdue"), what, ctx, "overdue", _due)
        self.overdue.view.setStyleSheet("QTableView { color: #c62828; }")  # overdue in red
        self.due_soon = _Section(self.tr("Due soon"), what, ctx, "dueSoon", _due)
        self.instalments = _Section(
            self.tr("Unpaid instalments due"),
            Column(self.tr("Outstanding"), lambda i: format_money(int(i.detail)), True),
            ctx,
            "instalmentsDue",
        )
        self.follow_ups = _Section(self.tr("Follow-ups due"), None, ctx, "followUpsDue")
        self.waiting = _Section(
            self.tr("Waiting for acceptance"),
            Column(self.tr("Parties"), lambda i: str(i.detail or "")),
            ctx,
            "awaitingAcceptance",
        )
        grid = QGridLayout(self)
        sections = (
            self.today,
            self.week,
            self.overdue,
            self.due_soon,
            self.instalments,
            self.follow_ups,
            self.waiting,
        )
        for n, section in enumerate(sections):
            grid.addWidget(section, n // 2, n % 2, 1, 2 if n == len(sections) - 1 else 1)
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
        self.today.set_items(data.today)
        self.week.set_items(data.week)
        self.overdue.set_items(data.overdue)
        self.due_soon.set_items(data.due_soon)
        self.instalments.set_items(data.instalments)
        self.follow_ups.set_items(data.follow_ups)
        self.waiting.set_items(data.waiting)
        self.loaded = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.refresh()


__all__ = ["DashboardPage", "load"]
