"""The Statistics page's figures table: one row per group, one column per figure.

``FIGURE_ROLE`` gives the figure name a cell stands for, so a click can list the cases behind it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.money import format_money
from ...services.statistics_page import Row
from ..messages import labels

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class FiguresModel(QAbstractTableModel):
    """Rows: groups; columns: figures. ``FIGURE_ROLE`` gives the figure name a cell stands for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.by = "total"
        # received = pending + in mediation + resolved + failed + withdrawn + declined (one population)
        self.columns: list[tuple[str, str]] = [
            ("label", self.tr("Group")),
            ("received", self.tr("Received")),
            ("pending", self.tr("Pending")),
            ("in_mediation", self.tr("In mediation")),
            ("resolved", self.tr("Resolved")),
            ("failed", self.tr("Failed")),
            ("withdrawn", self.tr("Withdrawn")),
            ("declined", self.tr("Declined")),
            ("overdue", self.tr("Overdue")),
            ("response", self.tr("Response rate")),
            ("resolution", self.tr("Resolution rate")),
            ("satisfaction", self.tr("Satisfaction rate")),
            ("agreed", self.tr("Agreed")),
            ("avg_days", self.tr("Avg. days")),
        ]

    def set_rows(self, rows: list[Row], by: str) -> None:
        self.beginResetModel()
        self.rows, self.by = rows, by
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None

    def label(self, row: Row) -> str:
        if self.by == "total":
            return self.tr("All cases")
        if row.key is None:
            return self.tr("(none)")
        table = {"source": labels.sources, "track": labels.tracks}.get(self.by)
        return labels.label(table, str(row.key)) if table else row.label

    def text(self, row: Row, name: str) -> str:
        if name == "label":
            return self.label(row)
        if name in ("response", "resolution", "satisfaction"):
            return getattr(row, name).percent()
        if name in ("agreed", "paid", "outstanding"):
            return format_money(
                {"agreed": row.agreed_fen, "paid": row.paid_fen, "outstanding": row.outstanding_fen}[name]
            )
        if name in ("avg_days", "max_days"):
            value = getattr(row, name)
            return "—" if value is None else f"{value:.1f}"
        return str(row.counts[name])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, name = self.rows[index.row()], self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, name)
        if role == FIGURE_ROLE:
            return name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
