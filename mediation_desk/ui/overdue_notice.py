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

from ..services.deadlines import CaseDue, overdue_summary
from ..store.engine import read_session
from ..store.types import utcnow
from . import i18n, labels
from .context import AppContext
from .workspace.track_fast import fmt_span


def load_overdue(ctx: AppContext, now: datetime | None = None) -> list[CaseDue]:
    """Cases with overdue items (task runner)."""
    with read_session(ctx.db.engine) as s:
        return overdue_summary(s, now or utcnow(), organisation_id=ctx.organisation_id, visible=ctx.visible())


class OverdueNotice(QDialog):
    """What is overdue, most overdue first; double-click (or Enter) opens the case.

    Attributes:
        items: the list; each item carries the case id in ``Qt.UserRole``.
    """

    def __init__(
        self, ctx: AppContext, rows: list[CaseDue], now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("overdueNotice")
        self.setModal(False)
        self.setWindowTitle(self.tr("Overdue"))
        self.setMinimumWidth(640)
        heading = QLabel(
            self.tr(
                "%n case(s) have overdue deadlines. Double-click a line to open the case.", "", len(rows)
            ),
            self,
        )
        heading.setWordWrap(True)
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
        layout.addWidget(buttons)

    def open_item(self, item: QListWidgetItem) -> None:
        self.ctx.bus.open_case.emit(int(item.data(Qt.ItemDataRole.UserRole)))


def notify_overdue(window: Any, now: datetime | None = None) -> None:
    """Look for overdue items in the background; show the notice and the dashboard when there are any."""
    ctx: AppContext = window.ctx
    at = now or utcnow()

    def show(rows: Any) -> None:
        if not rows:
            return
        from .main_window import PAGE_DASHBOARD

        window.show_page(PAGE_DASHBOARD)
        window.dashboard.overdue.view.setFocus()
        notice = OverdueNotice(ctx, list(rows), at, window)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.overdue_notice = notice
        notice.show()

    ctx.tasks.run(lambda: load_overdue(ctx, at), on_success=show)


__all__ = ["OverdueNotice", "load_overdue", "notify_overdue"]
