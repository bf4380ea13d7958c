"""PDF preview (QPdfView over a QPdfDocument loaded from bytes) and printing through QPrinter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

# QtPdf and QtPrintSupport (~10 MiB) are imported when a PDF is first shown or printed, not with
# the window (issue 8).


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument over ``data`` (the QBuffer is parented to the document, so it lives as long)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def paint_pdf(printer: QPrinter, document: QPdfDocument) -> int:
    """Render every page of ``document`` onto ``printer`` (scaled to the printable page).

    Returns:
        The number of pages sent.
    """
    from PySide6.QtPrintSupport import QPrinter

    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            size = size.scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(index, size)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return document.pageCount()


def print_pdf(data: bytes, parent: QWidget | None, *, copies: int = 1, title: str = "") -> bool:
    """The system print dialog (copies preset), then the pages on the chosen printer.

    Returns:
        True when printed, False when the user cancelled.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCopyCount(max(1, copies))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or dialog.windowTitle())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = load_pdf(data)
    try:
        paint_pdf(printer, document)
    finally:
        document.deleteLater()
    return True


def save_pdf(data: bytes, parent: QWidget | None, suggested: str, *, path: Path | None = None) -> Path | None:
    """Write ``data`` to ``path`` or to a file the user picks; returns where, or None if cancelled."""
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PreviewDialog", "Save as PDF"),
            str(Path.home() / suggested),
            "PDF (*.pdf)",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
    path.write_bytes(data)
    return path


class PreviewDialog(QDialog):
    """Print preview: every page of the PDF, zoomable, with Print and Save as PDF.

    Args:
        data: The PDF.
        title: Window title (the document's name).
        copies: Copies preset in the print dialog.
        on_print: Called *instead of* printing these bytes (the agreement is printed by the panel:
            marked printed for signature first, then rendered with that date).
    """

    def __init__(
        self,
        data: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        copies: int = 1,
        on_print: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", title))
        self.data, self.title, self.copies, self.on_print = data, title, copies, on_print
        from PySide6.QtPdfWidgets import QPdfView

        self.document = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.info = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(lambda: save_pdf(self.data, self, f"{self.title}.pdf"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.resize(760, 900)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> bool:
        if self.on_print is not None:
            self.on_print()
            return True
        return print_pdf(self.data, self, copies=self.copies, title=self.title)
