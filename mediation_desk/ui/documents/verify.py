"""The Verify dialog: choose a PDF or a scan of an agreement → valid / altered / unknown in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import KnownError
from ..context import AppContext
from ..errors import message

COLOURS = {"valid": "#1b7f3b", "altered": "#b3261e", "unknown": "#8a6d00"}


class VerifyDialog(QDialog):
    """Checks the QR code of a printed or scanned agreement against this installation's archive."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.verdict: str | None = None
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verify agreement"))
        intro = QLabel(
            self.tr(
                "Choose the agreement as PDF, or a scan or photo of the printed paper (PNG, JPEG, "
                "TIFF). Its QR code is checked against the signed agreements archived here."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose file…"), self)
        self.choose.clicked.connect(self.pick_file)
        self.file_label = QLabel("", self)
        self.file_label.setWordWrap(True)
        self.result = QLabel("", self)
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        font = self.result.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.result.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.choose, self.file_label, self.result):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 280)

    def words(self, verdict: str) -> str:
        return {
            "valid": self.tr("Valid: this agreement matches the signed version in the archive."),
            "altered": self.tr(
                "Altered: the archived agreement no longer matches the code printed on the paper. "
                "Do not rely on it; report it to the committee director."
            ),
            "unknown": self.tr(
                "Unknown: no agreement code of this installation was found, or the agreement is not "
                "in the archive (issued elsewhere or never signed here)."
            ),
        }[verdict]

    def pick_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the agreement"),
            str(Path.home()),
            self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        if chosen:
            self.check(Path(chosen))

    def check(self, path: Path) -> None:
        """Verify ``path`` in the background; the answer appears in the dialog."""
        from ...services.documents import verify_file

        self.file_label.setText(str(path))
        self.result.setText(self.tr("Checking…"))
        self.result.setStyleSheet("")
        self.choose.setEnabled(False)
        db = self.ctx.db
        self.ctx.tasks.run(lambda: verify_file(db, path), on_success=self._show, on_error=self._failed)

    def _show(self, verdict: str) -> None:
        self.choose.setEnabled(True)
        self.verdict = verdict
        self.result.setText(self.words(verdict))
        self.result.setStyleSheet(f"color: {COLOURS[verdict]}")

    def _failed(self, exc: BaseException) -> None:
        self.choose.setEnabled(True)
        self.verdict = None
        if isinstance(exc, KnownError):
            self.result.setText(message(exc))
            self.result.setStyleSheet(f"color: {COLOURS['altered']}")
            return
        from ..errors import show_error

        self.result.setText("")
        show_error(self, exc)


def open_verify_dialog(ctx: AppContext, parent: QWidget | None = None) -> VerifyDialog:
    """Open the (window-modal) Verify dialog; returns it."""
    dialog = VerifyDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
