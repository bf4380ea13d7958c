"""Administrator lists: dispute categories (add, rename, deactivate) and working-day calendar overrides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import SHANGHAI, utcnow
from ...domain.errors import ConflictError, KnownError
from ...services import admin_settings as admin
from ...services.settings_view import SettingsView
from .. import errors
from ..context import AppContext
from ..models.rows import Column, RowsModel


@dataclass(frozen=True)
class CategoryRow:
    code: str
    name_zh: str
    name_en: str
    active: bool
    version: int = 1  # the category's row_version when read: a stale save is refused


@dataclass(frozen=True)
class Snapshot:
    """The categories and calendar overrides, read in the task runner."""

    categories: list[CategoryRow]
    calendar: list[admin.CalendarDay]
    covered: range

    @classmethod
    def of(cls, view: SettingsView) -> Snapshot:
        cats = [CategoryRow(c.code, c.name_zh, c.name_en, c.active, c.row_version) for c in view.categories]
        return cls(cats, view.calendar, view.covered)


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class _Section(QWidget):
    """Runs a service call, shows a refusal in :attr:`message`, emits ``changed`` on success.

    Signals:
        changed(): something was saved; the page reloads.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

    def call(self, fn: Any) -> None:
        ctx = self.ctx

        def ok(changes: Any) -> None:
            self.message.clear()
            ctx.bus.publish(changes)
            self.changed.emit()

        def fail(exc: BaseException) -> None:
            if isinstance(exc, KnownError):
                self.message.setText(errors.message(exc))
                if isinstance(exc, ConflictError):  # show what the other administrator saved
                    self.changed.emit()
            else:
                errors.show_error(self, exc)

        ctx.tasks.run(fn, on_success=ok, on_error=fail)


class CategoryDialog(QDialog):
    """Code (new categories only), Chinese and English name."""

    def __init__(self, row: CategoryRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename category") if row else self.tr("Add category"))
        self.setMinimumWidth(420)
        self.code = QLineEdit(row.code if row else "")
        self.code.setEnabled(row is None)
        self.code.setPlaceholderText(self.tr("e.g. pets (letters, digits, _)"))
        self.name_zh = QLineEdit(row.name_zh if row else "")
        self.name_en = QLineEdit(row.name_en if row else "")
        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Chinese name"), self.name_zh)
        form.addRow(self.tr("English name"), self.name_en)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CategoriesSection(_Section):
    """The dispute categories, active and inactive; add, rename, deactivate / reactivate."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: CategoryDialog | None = None
        self.model: RowsModel[CategoryRow] = RowsModel(
            self,
            columns=[
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Chinese name"), lambda r: r.name_zh),
                Column(self.tr("English name"), lambda r: r.name_en),
                Column(
                    self.tr("In use"),
                    lambda r: self.tr("yes") if r.active else self.tr("no (hidden for new cases)"),
                ),
            ],
            row_id=lambda r: 0,
        )
        self.view = _table(self.model)
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(lambda: self.open_dialog(None))
        rename = QPushButton(self.tr("Rename…"))
        rename.clicked.connect(lambda: self.open_dialog(self.selected()))
        self.toggle = QPushButton(self.tr("Deactivate / reactivate"))
        self.toggle.clicked.connect(lambda: self.toggle_active(self.selected()))
        row = QHBoxLayout()
        for b in (add, rename, self.toggle):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view)
        layout.addWidget(self.message)

    def show_rows(self, rows: list[CategoryRow]) -> None:
        self.model.set_rows(rows)

    def selected(self) -> CategoryRow | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row(indexes[0].row()) if indexes else None

    def select(self, code: str) -> None:
        for i in range(self.model.rowCount()):
            if self.model.row(i).code == code:
                self.view.selectRow(i)

    def open_dialog(self, row: CategoryRow | None) -> CategoryDialog:
        dialog = CategoryDialog(row, self)
        dialog.accepted.connect(lambda: self._submit(row, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit(self, row: CategoryRow | None, dialog: CategoryDialog) -> None:
        ctx = self.ctx
        code, zh, en = dialog.code.text(), dialog.name_zh.text(), dialog.name_en.text()
        if row is None:
            self.call(lambda: admin.add_category(ctx.db, ctx.actor, code, zh, en))
        else:
            self.call(
                lambda: admin.rename_category(
                    ctx.db, ctx.actor, row.code, name_zh=zh, name_en=en, expected_version=row.version
                )
            )

    def toggle_active(self, row: CategoryRow | None) -> None:
        if row is not None:
            ctx = self.ctx
            self.call(
                lambda: admin.set_category_active(
                    ctx.db, ctx.actor, row.code, not row.active, expected_version=row.version
                )
            )


class CalendarSection(_Section):
    """Administrator overrides of the working-day calendar: date, working/holiday, note; remove."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.coverage = QLabel(self)
        self.coverage.setWordWrap(True)
        self.coverage.setObjectName("calendarCoverage")
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = utcnow().astimezone(SHANGHAI).date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Holiday (no work)"), False)
        self.kind.addItem(self.tr("Working day (e.g. adjusted Saturday)"), True)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note, e.g. 国庆节"))
        set_button = QPushButton(self.tr("Set"))
        set_button.clicked.connect(self.set_day)
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self.remove_selected)
        self.model: RowsModel[admin.CalendarDay] = RowsModel(
            self,
            columns=[
                Column(self.tr("Date"), lambda r: r.day.isoformat()),
                Column(self.tr("Weekday"), lambda r: self.weekday(r.day)),
                Column(
                    self.tr("Kind"), lambda r: self.tr("working day") if r.working else self.tr("holiday")
                ),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            row_id=lambda r: 0,
        )
        self.view = _table(self.model)
        row = QHBoxLayout()
        for w in (self.day, self.kind):
            row.addWidget(w)
        row.addWidget(self.note, 1)
        row.addWidget(set_button)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.coverage)
        layout.addLayout(row)
        layout.addWidget(self.view)
        layout.addWidget(self.message)

    def weekday(self, day: date) -> str:
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        return names[day.weekday()]

    def show_rows(self, rows: list[admin.CalendarDay], covered: range) -> None:
        self.model.set_rows(rows)
        year = utcnow().astimezone(SHANGHAI).year
        span = f"{covered.start}–{covered.stop - 1}" if len(covered) else "—"
        if year in covered:
            self.coverage.setText(
                self.tr(
                    "Official holidays and adjusted working days are known for {span}. Add corrections below."
                ).format(span=span)
            )
            self.coverage.setStyleSheet("")
        else:
            self.coverage.setText(
                self.tr(
                    "Warning: the official holidays of {year} are not known to this version "
                    "(known: {span}). Enter this year's holidays and adjusted working days "
                    "below, or deadlines count only weekends."
                ).format(year=year, span=span)
            )
            self.coverage.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")

    def set_day(self) -> None:
        ctx, d = self.ctx, self.day.date()
        day, working, note = (
            date(d.year(), d.month(), d.day()),
            bool(self.kind.currentData()),
            self.note.text(),
        )
        self.call(lambda: admin.set_calendar_day(ctx.db, ctx.actor, day, working=working, note=note))

    def remove_selected(self) -> None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return
        ctx, day = self.ctx, self.model.row(indexes[0].row()).day
        self.call(lambda: admin.remove_calendar_day(ctx.db, ctx.actor, day))
