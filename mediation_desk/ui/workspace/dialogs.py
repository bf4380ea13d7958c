"""Dialog base for workspace actions: inline validation, stays open until the service succeeds.

A tab opens a :class:`FormDialog` with ``open()`` (window-modal, not blocking). ``accept()``
collects and checks the fields; when they are fine it hands the values to ``on_submit``,
which runs the service in the background. The dialog closes only on success — on a refusal
or a conflict it stays open with everything the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .common import inline_error_label


class FormDialog(QDialog):
    """A form in a dialog with OK/Cancel and a red message line.

    Attributes:
        on_submit: ``on_submit(values, dialog)``; call :meth:`succeeded` or :meth:`failed` later.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = inline_error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.on_submit: Callable[[Any, FormDialog], None] | None = None
        self.submitting = False

    def collect(self) -> Any:
        """The values of the form, or None after :meth:`show_error` (subclasses override)."""
        return {}

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        """Show ``text`` under the form and put the cursor in ``field``."""
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()

    def accept(self) -> None:
        if self.submitting:
            return
        values = self.collect()
        if values is None:
            return
        self.error.hide()
        if self.on_submit is None:
            super().accept()
            return
        self.submitting = True
        self.buttons.setEnabled(False)
        self.on_submit(values, self)

    def succeeded(self, _result: object = None) -> None:
        self.submitting = False
        self.buttons.setEnabled(True)
        super().accept()

    def failed(self, _exc: object = None) -> bool:
        """The service refused: stay open with everything typed (the workspace shows why)."""
        self.submitting = False
        self.buttons.setEnabled(True)
        return False


class ReasonDialog(FormDialog):
    """Asks for the reason of a status change, a decline, a correction, an override."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reasonEdit")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.form.addRow(self.prompt)
        self.form.addRow(self.tr("Reason"), self.text)

    def collect(self) -> str | None:
        reason = self.text.toPlainText().strip()
        if not reason:
            self.show_error(self.tr("Give the reason."), self.text)
            return None
        return reason
