"""Settings (设置): this user's UI preferences, and the administrator's limits (in the database)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ConflictError, KnownError
from ...domain.limits import Limits
from ...domain.money import fen_to_text, parse_money
from ...services.admin_settings import write_limits
from ...services.settings_view import limits_view
from .. import errors, i18n
from .. import preferences as prefs
from ..context import AppContext
from ..messages.labels import limit_labels
from .admin_settings import AdminSettingsPage

MONEY_FIELDS = ("max_amount_fen", "lawyer_fee_max_fen")


class SettingsPage(QWidget):
    """Language and font size (take effect at once); limits for administrators.

    Signals:
        language_changed(str): the user chose another language.
        font_size_changed(int): the user chose another font size (0: default).
    """

    language_changed = Signal(str)
    font_size_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("settingsPage")
        p = prefs.preferences()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.font_size = QComboBox()
        for size in prefs.FONT_SIZES:
            self.font_size.addItem(
                self.tr("System default") if size == 0 else self.tr("%1 pt").replace("%1", str(size)), size
            )
        self.font_size.setCurrentIndex(max(0, self.font_size.findData(p.get(prefs.FONT_SIZE))))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.font_size.currentIndexChanged.connect(self._font_chosen)
        ui_box = QGroupBox(self.tr("This workstation"))
        ui_form = QFormLayout(ui_box)
        ui_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        ui_form.addRow(self.tr("Language"), self.language)
        ui_form.addRow(self.tr("Font size"), self.font_size)

        self.limit_box = QGroupBox(self.tr("Limits (administrator)"))
        self.limit_box.setObjectName("limitsBox")
        self.limit_form = QFormLayout(self.limit_box)
        self.limit_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.editors: dict[str, QWidget] = {}
        names = limit_labels()
        for f in fields(Limits):
            if f.type in ("bool", bool):
                editor: QWidget = QCheckBox()
            elif f.name in MONEY_FIELDS:
                editor = QLineEdit()
                editor.setMinimumWidth(self.fontMetrics().horizontalAdvance("100000000.00") + 24)
            else:
                spin = QSpinBox()
                spin.setRange(0, 10_000)
                editor = spin
            editor.setObjectName(f"limit_{f.name}")
            self.editors[f.name] = editor
            self.limit_form.addRow(names.get(f.name, f.name), editor)
        self.limit_message = QLabel()
        self.limit_message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save limits"))
        self.save_button.clicked.connect(self.save_limits)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.load_limits)
        buttons = QHBoxLayout()
        buttons.addWidget(self.limit_message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.limit_form.addRow(buttons)
        self.limit_box.setEnabled(ctx.actor.role in ("admin", "director", "system", "mediator"))

        inner = QWidget()
        col = QVBoxLayout(inner)
        col.addWidget(ui_box)
        col.addWidget(self.limit_box)
        self.limit_box.hide()  # the administrator's page below edits every limit (with units) and more
        self.admin = AdminSettingsPage(ctx)
        self.admin.setMinimumHeight(600)
        col.addWidget(self.admin)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.load_limits()

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        prefs.preferences().set(prefs.LANGUAGE, code)
        self.language_changed.emit(code)

    def _font_chosen(self, _index: int) -> None:
        size = int(self.font_size.currentData())
        prefs.preferences().set(prefs.FONT_SIZE, size)
        self.font_size_changed.emit(size)

    def load_limits(self) -> None:
        current, self.limits_version = limits_view(self._ctx.db, self._ctx.actor)  # a stale save is refused
        for name, editor in self.editors.items():
            value: Any = getattr(current, name)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(fen_to_text(int(value)))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
        self.limit_message.clear()

    def edited_limits(self) -> Limits:
        """The limits as edited (raises a ValidationError for a bad amount)."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QLineEdit):
                values[name] = parse_money(editor.text(), maximum_fen=10**14)
            elif isinstance(editor, QSpinBox):
                values[name] = editor.value()
        return Limits(**values)

    def save_limits(self) -> None:
        try:
            new = self.edited_limits()
        except KnownError as exc:
            self.limit_message.setText(errors.message(exc))
            return
        ctx = self._ctx
        self.limit_message.setText(self.tr("Saving…"))

        def done(changes: Any) -> None:
            ctx.bus.publish(changes)
            self.limit_message.setText(self.tr("Saved."))

        values = new.to_json()
        seen = self.limits_version
        ctx.tasks.run(
            lambda: write_limits(ctx.db, ctx.actor, values, expected_version=seen),
            on_success=done,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            if isinstance(exc, ConflictError):  # show what the other administrator saved
                self.load_limits()
            self.limit_message.setText(errors.message(exc))
        else:
            self.limit_message.clear()
            errors.show_error(self, exc)
