"""Shared pieces of the workspace tabs: formatting, date conversion, tables, messages."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableView,
    QWidget,
)

from ...domain.errors import KnownError
from ...domain.money import format_money
from ...store.types import SHANGHAI
from .. import errors


def fmt_dt(value: datetime | None) -> str:
    """A datetime as shown on screen: Shanghai time, minutes."""
    return value.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if value else ""


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def fmt_money(fen: int | None) -> str:
    return format_money(fen) if fen is not None else ""


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime showing Shanghai wall-clock time."""
    local = value.astimezone(SHANGHAI)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime edited as Shanghai wall-clock time, as an aware datetime."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=SHANGHAI)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def today() -> date:
    return datetime.now(SHANGHAI).date()


def make_table(
    model: QAbstractTableModel, parent: QWidget | None = None, *, stretch: int | None = None
) -> QTableView:
    """A read-only, row-selecting table view over ``model``."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView) -> Any:
    """The row object of the current selection, or None."""
    indexes = view.selectionModel().selectedRows()
    if not indexes:
        return None
    return indexes[0].data(Qt.ItemDataRole.UserRole)


def scrolling(layout: Any, parent: QWidget | None = None) -> QScrollArea:
    """``layout`` in a frameless scroll area: a tall form scrolls instead of making its window
    taller than a small screen (issue 16: every window fits a 1366×768 or 150 % screen)."""
    body = QWidget()
    body.setLayout(layout)
    layout.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea(parent)
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


def inline_error_label(parent: QWidget | None = None) -> QLabel:
    """A red label shown next to a field when its input is refused."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(parent: QWidget | None, exc: KnownError) -> QMessageBox:
    """The UI lead's known-error message in a window-modal box that does not block the caller.

    ``errors.show_known_error`` runs ``exec()``; the workspace opens the same text with
    ``open()`` so that a background task's callback returns at once (and tests can read it).
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        errors.title_for(exc),
        errors.message(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("knownErrorDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
