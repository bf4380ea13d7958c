"""Small shared widgets: a table view that opens rows with Enter or double-click."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .models.rows import ROW_ID_ROLE


class OpeningTableView(QTableView):
    """A read-only, row-selecting table; Enter or double-click emits ``open_requested(id)``.

    Signals:
        open_requested(int): the id in ``id_role`` of the current row.
    """

    open_requested = Signal(int)

    def __init__(self, parent: Any = None, *, id_role: int = ROW_ID_ROLE) -> None:
        super().__init__(parent)
        self._id_role = id_role
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(self._open_index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            value = index.siblingAtColumn(0).data(self._id_role)
            if value is not None:
                self.open_requested.emit(int(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
