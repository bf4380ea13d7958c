"""The Verify dialog: choose a PDF or a scan of an agreement → valid / altered / unknown in words,
what was checked, the differences found, and the archived content to compare a scan with."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import KnownError
from ..context import AppContext
from ..errors import message

if TYPE_CHECKING:
    from ...services.verification import VerifyReport

COLOURS = {
    "valid": "#1b7f3b",
    "altered": "#b3261e",
    "altered_text": "#b3261e",
    "unknown": "#8a6d00",
    "scan": "#8a6d00",
}


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
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("verifyDetails")
        self.details.setReadOnly(True)
        self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.choose, self.file_label, self.result):
            layout.addWidget(widget)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)

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
            "altered_text": self.tr(
                "Altered: the printed text differs from the signed agreement in the archive (see "
                "below). Do not rely on it; report it to the committee director."
            ),
            "scan": self.tr(
                "Code valid, text not checked: this file has no printed text (a scan or photo). "
                "Compare the paper with the archived signed content below."
            ),
        }[verdict]

    def checked_words(self) -> dict[str, str]:
        return {
            "signature": self.tr(
                "QR signature: made with this installation's key (or a trusted workstation's)"
            ),
            "archive": self.tr("Archive: the archived signed content still matches the code"),
            "printed_items": self.tr(
                "Printed items: each item of the archived content looked for on the paper"
            ),
            "printed_text": self.tr(
                "Printed text: compared with the agreement as archived, character by character"
            ),
            "text_unavailable": self.tr("Printed text: not checked (the file has no text)"),
        }

    def detail_text(self, report: VerifyReport) -> str:
        """What was checked, the differences, and the archived content, as plain text."""
        words = self.checked_words()
        lines = [self.tr("Checked:")] + [f"  • {words[c]}" for c in report.checked]
        if not report.checked:
            lines.append("  " + self.tr("No agreement code of this installation was found."))
        if report.missing:
            lines += [self.tr("Not printed:")] + [f"  {m}" for m in report.missing]
        if report.changed:
            lines += [self.tr("Printed differently:")] + [f"  {c}" for c in report.changed]
        if report.archived:
            lines += ["", self.tr("Archived signed content:")] + [f"  {a}" for a in report.archived]
        if report.archived_withheld:
            lines += ["", self.tr("The archived content is shown only to those who may open this case.")]
        return "\n".join(lines)

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
        from ...services.verification import verify_report

        self.file_label.setText(str(path))
        self.result.setText(self.tr("Checking…"))
        self.result.setStyleSheet("")
        self.choose.setEnabled(False)
        db = self.ctx.db
        self.details.hide()
        actor = self.ctx.actor
        self.ctx.tasks.run(
            lambda: verify_report(db, path, actor), on_success=self._show, on_error=self._failed
        )

    def _show(self, report: VerifyReport) -> None:
        self.choose.setEnabled(True)
        self.verdict = report.verdict
        shown = "scan" if report.verdict == "valid" and not report.text_checked else report.verdict
        if report.missing or report.changed:
            shown = "altered_text"
        self.result.setText(self.words(shown))
        self.result.setStyleSheet(f"color: {COLOURS[shown]}")
        self.details.setPlainText(self.detail_text(report))
        self.details.show()

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
