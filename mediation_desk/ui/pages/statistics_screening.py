"""The 排查 log on the Statistics page: the committee's screening rounds of the period, and a new one."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import official_table
from ..context import AppContext
from ..models.rows import Column, RowsModel


class ScreeningPanel(QWidget):
    """Rounds held in the period (date, scope, disputes found) and a line to record one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("screeningPanel")
        self.start, self.end = date.today(), date.today()
        cols: list[Column[Any]] = [
            Column(self.tr("Held on"), lambda r: r.held_on.isoformat()),
            Column(self.tr("Disputes found"), lambda r: str(r.disputes_found), True),
            Column(self.tr("Where / scope"), lambda r: r.scope),
        ]
        self.model = RowsModel(self, columns=cols, row_id=lambda r: r.id)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        self.total = QLabel()
        today = date.today()
        self.held_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.found = QSpinBox()
        self.found.setRange(0, 10_000)
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("Where / scope"))
        self.record_button = QPushButton(self.tr("Record round"))
        self.record_button.clicked.connect(self.record)
        row = QHBoxLayout()
        for w in (self.held_on, QLabel(self.tr("found")), self.found, self.scope, self.record_button):
            row.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(view, 1)
        layout.addLayout(row)

    def show_period(self, start: date, end: date) -> None:
        """List the rounds of ``start``..``end`` (inclusive), in the background."""
        self.start, self.end = start, end
        ctx = self.ctx
        ctx.tasks.run(
            lambda: official_table.screening_rounds(ctx.db, ctx.actor, start=start, end=end),
            on_success=self._rows,
            on_error=lambda exc: None,
        )

    def _rows(self, rows: Any) -> None:
        self.model.set_rows(rows)
        self.total.setText(
            self.tr("%1 rounds, %2 disputes found")
            .replace("%1", str(len(rows)))
            .replace("%2", str(sum(r.disputes_found for r in rows)))
        )

    def record(self) -> None:
        ctx = self.ctx
        held, found, scope = self.held_on.date().toPython(), self.found.value(), self.scope.text()

        def work() -> None:
            official_table.record_screening(
                ctx.db,
                ctx.actor,
                held_on=held,
                disputes_found=found,  # type: ignore[arg-type]
                scope=scope,
            )

        ctx.tasks.run(work, on_success=lambda _: self.show_period(self.start, self.end), on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        from ..errors import show_error

        show_error(self, exc)


__all__ = ["ScreeningPanel"]
