"""On start, list what is overdue: a non-modal window; each line opens its case.

:func:`notify_overdue` asks the deadline engine in the task runner; when something is overdue
it shows :class:`OverdueNotice` next to the main window and focuses the dashboard's overdue list.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.dashboard import Overdue
from ..services.dashboard import load_overdue as read_overdue
from ..services.deadlines import CaseDue
from ..store.types import utcnow
from . import i18n
from .context import AppContext
from .messages import labels

# Cases the notice lists with their details (about what its list shows without scrolling, and
# a little more); the rest are counted, and the dashboard lists more. Each listed case costs
# the deadline engine ~5 queries, so listing all of them (13,604 in the 100,000-case demo)
# took seconds of CPU at every start.
NOTICE_ROWS = 20


def load_overdue(ctx: AppContext, now: datetime | None = None, *, rows: int = NOTICE_ROWS) -> Overdue:
    """The ``rows`` most overdue cases the user may see and how many are overdue (task runner)."""
    return read_overdue(ctx.db, ctx.actor, organisation_id=ctx.organisation_id, now=now, rows=rows)


class OverdueNotice(QDialog):
    """What is overdue, most overdue first; double-click (or Enter) opens the case.

    Attributes:
        items: the list; each item carries the case id in ``Qt.UserRole``.
    """

    def __init__(
        self,
        ctx: AppContext,
        rows: list[CaseDue],
        now: datetime,
        parent: QWidget | None = None,
        *,
        total: int | None = None,
    ) -> None:
        from .clock_text import fmt_span

        super().__init__(parent)
        total = len(rows) if total is None else total
        self.ctx = ctx
        self.setObjectName("overdueNotice")
        self.setModal(False)
        self.setWindowTitle(self.tr("Overdue"))
        self.setMinimumWidth(640)
        heading = QLabel(
            self.tr("%n case(s) have overdue deadlines. Double-click a line to open the case.", "", total),
            self,
        )
        heading.setWordWrap(True)
        self.more: QLabel | None = None
        if total > len(rows):
            self.more = QLabel(
                self.tr("The %n most overdue are listed here; the dashboard lists more.", "", len(rows)), self
            )
            self.more.setObjectName("overdueMore")
            self.more.setWordWrap(True)
        self.items = QListWidget(self)
        kinds = labels.deadline_kinds()
        for row in rows:
            first = row.items[0]
            what = i18n.join_list(dict.fromkeys(kinds.get(str(i.kind), str(i.kind)) for i in row.items))
            text = self.tr("{number}  {title} — {what}, overdue by {span}").format(
                number=row.number, title=row.title, what=what, span=fmt_span(now - first.due_at)
            )
            item = QListWidgetItem(text, self.items)
            item.setData(Qt.ItemDataRole.UserRole, row.case_id)
            item.setForeground(Qt.GlobalColor.darkRed)
        self.items.itemActivated.connect(self.open_item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.items)
        if self.more is not None:
            layout.addWidget(self.more)
        layout.addWidget(buttons)

    def open_item(self, item: QListWidgetItem) -> None:
        self.ctx.bus.open_case.emit(int(item.data(Qt.ItemDataRole.UserRole)))


def notify_overdue(window: Any, now: datetime | None = None) -> None:
    """Look for overdue items in the background; show the notice and the dashboard when there are any."""
    ctx: AppContext = window.ctx
    at = now or utcnow()

    def show(found: Any) -> None:
        if not found.rows:
            return
        from .main_window import PAGE_DASHBOARD

        window.show_page(PAGE_DASHBOARD)
        window.dashboard.overdue.view.setFocus()
        notice = OverdueNotice(ctx, list(found.rows), at, window, total=found.total)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.overdue_notice = notice
        notice.show()

    ctx.tasks.run(lambda: load_overdue(ctx, at), on_success=show)


__all__ = ["NOTICE_ROWS", "Overdue", "OverdueNotice", "load_overdue", "notify_overdue"]
