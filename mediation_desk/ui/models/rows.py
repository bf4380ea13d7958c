"""The one generic table model: a read-only list of rows, for short lists.

Two ways to describe the columns:

- pass :class:`Column` definitions (header and text of each column) — dashboards, people, dialogs;
- or subclass and define :meth:`RowsModel.headers` and :meth:`RowsModel.value` (optionally
  :meth:`~RowsModel.sort_key`, :meth:`~RowsModel.foreground`, :meth:`~RowsModel.alignment`) —
  the workspace tabs.

Roles: ``DisplayRole``/``ToolTipRole`` the cell's text, ``UserRole`` the row object,
:data:`ROW_ID_ROLE` the row's id (what a double click opens), :data:`SORT_ROLE` the sort key.
Big lists page from SQL instead (:mod:`.case_table`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

R = TypeVar("R")
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its header (already translated) and how to show a row in it."""

    header: str
    text: Callable[[R], str]
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of any type, shown through :class:`Column` definitions or a subclass's methods.

    Args:
        parent: The Qt parent.
        columns: The columns (a subclass that defines :meth:`headers`/:meth:`value` passes none).
        row_id: Returns the id carried by :data:`ROW_ID_ROLE` (e.g. the case id to open).
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        columns: Sequence[Column[R]] = (),
        row_id: Callable[[R], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._rows: list[R] = []
        self._heads: list[str] | None = None  # headers(), translated once per reset (views ask often)

    # -- what a subclass may define ----------------------------------------------------------
    def headers(self) -> list[str]:
        return [c.header for c in self._columns]

    def value(self, row: R, column: int) -> str:
        return self._columns[column].text(row)

    def sort_key(self, row: R, column: int) -> Any:
        return self.value(row, column)

    def foreground(self, row: R, column: int) -> Any:
        return None

    def alignment(self, column: int) -> Any:
        if column < len(self._columns) and self._columns[column].align_right:
            return int(RIGHT)
        return None

    # -- contents ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._heads = None
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._heads = None
        self.endResetModel()

    def row(self, index: int) -> R:
        return self._rows[index]

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def _headers(self) -> list[str]:
        if self._heads is None:
            self._heads = self.headers()
        return self._heads

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            heads = self._headers()
            return heads[section] if 0 <= section < len(heads) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.value(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == ROW_ID_ROLE:
            return self._row_id(row) if self._row_id is not None else None
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Short lists: sorted in memory by the column's sort key (empty values last)."""
        self.layoutAboutToBeChanged.emit()
        keyed = [(self.sort_key(r, column), i, r) for i, r in enumerate(self._rows)]
        keyed.sort(
            key=lambda t: (t[0] is None, t[0] if t[0] is not None else 0, t[1]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [r for _, _, r in keyed]
        self.layoutChanged.emit()
