"""A dashboard panel (a titled list with its true count and "show all") and the full-list dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.dashboard import DashItem, DashList
from ..models.rows import Column, RowsModel
from ..widgets import OpeningTableView

#: Rows a panel shows without scrolling (its minimum height); the splitters give it more.
VISIBLE_ROWS = 6


class _ItemsModel(RowsModel[DashItem]):
    """Dashboard rows; an optional ``color(item)`` paints a row (a clock's warning)."""

    def __init__(
        self, columns: Sequence[Column[DashItem]], color: Callable[[DashItem], Any] | None, parent: Any = None
    ) -> None:
        super().__init__(parent, columns=columns, row_id=lambda i: i.case_id)
        self._color = color

    def foreground(self, row: DashItem, column: int) -> Any:
        return self._color(row) if self._color is not None else None


def make_table(
    columns: Sequence[Column[DashItem]], color: Callable[[DashItem], Any] | None, parent: QWidget, name: str
) -> tuple[OpeningTableView, _ItemsModel]:
    model = _ItemsModel(columns, color, parent)
    view = OpeningTableView(parent)
    view.setObjectName(name + "Table")
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)  # compact rows
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for col in range(len(columns)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the title takes what is left
    return view, model


class Section(QGroupBox):
    """One dashboard list: its title with the true count, the rows, "Show all".

    Signals:
        open_item(object): the :class:`DashItem` the user opened (Enter or double-click).
        show_all(str): the user asked for the whole list (the section's key).
    """

    open_item = Signal(object)
    show_all = Signal(str)

    def __init__(
        self,
        key: str,
        title: str,
        columns: Sequence[Column[DashItem]],
        name: str,
        color: Callable[[DashItem], Any] | None = None,
    ) -> None:
        super().__init__(title)
        self.key = key
        self.setObjectName(name)
        self._title = title
        self.columns = list(columns)
        self.color = color
        self.total = 0
        self.view, self.model = make_table(self.columns, color, self, name)
        self.view.open_requested.connect(self._opened)
        rows = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(rows * VISIBLE_ROWS + self.view.horizontalHeader().sizeHint().height() + 4)
        self.empty = QLabel(self.tr("Nothing here."), self)
        self.empty.setEnabled(False)
        self.more = QLabel(self)
        self.more.setEnabled(False)
        self.all_button = QPushButton(self.tr("Show all"), self)
        self.all_button.setObjectName(name + "ShowAll")
        self.all_button.clicked.connect(lambda: self.show_all.emit(self.key))
        foot = QHBoxLayout()
        foot.addWidget(self.empty)
        foot.addWidget(self.more, 1)
        foot.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addLayout(foot)

    def _opened(self, _case_id: int) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.open_item.emit(self.model.row(row))

    def set_items(self, items: DashList) -> None:
        self.model.set_rows(items.items)
        self.total = items.total
        self.setTitle(f"{self._title} ({items.total})")  # the true count, even when cut short
        shown = len(items.items)
        self.more.setText(self.tr("The first %n are listed.", "", shown) if items.total > shown else "")
        self.view.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        self.all_button.setEnabled(bool(shown))


class FullListDialog(QDialog):
    """Every row of a dashboard list; opening a row opens its case on the right tab.

    Signals:
        open_item(object): the :class:`DashItem` opened.
    """

    open_item = Signal(object)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardFullList")
        self.setWindowTitle(section._title)
        self.heading = QLabel(self.tr("Loading…"), self)
        self.view, self.model = make_table(section.columns, section.color, self, "fullList")
        self.view.open_requested.connect(self._opened)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def set_items(self, items: DashList) -> None:
        self.model.set_rows(items.items)
        self.heading.setText(self.tr("%n line(s). Double-click a line to open it.", "", len(items.items)))

    def _opened(self, _case_id: int) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.open_item.emit(self.model.row(row))


__all__ = ["FullListDialog", "Section", "VISIBLE_ROWS"]
