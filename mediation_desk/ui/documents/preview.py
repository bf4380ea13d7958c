"""PDF preview (QPdfView over a QPdfDocument loaded from bytes) and printing through QPrinter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter
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
    """The fallback where no spooler takes the PDF itself (Windows, no ``lp``): every page of
    ``document`` drawn as an image at the printer's own resolution, in grey levels when the
    printer prints in grey (scaled to the printable page).

    Returns:
        The number of pages sent.
    """
    from PySide6.QtGui import QImage
    from PySide6.QtPrintSupport import QPrinter

    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            size = size.scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(index, size)
            if grey:
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return document.pageCount()


#: How :func:`print_pdf` ended: sent to the spooler as PDF, drawn as images (fallback), written
#: to a file the print dialog named ("print to file": not a print job), or cancelled.
PrintOutcome = Literal["spooled", "raster", "file", "cancelled"]


def print_pdf(data: bytes, parent: QWidget | None, *, copies: int = 1, title: str = "") -> PrintOutcome:
    """The system print dialog (copies preset), then the PDF to the chosen printer.

    On a system with a spooler (CUPS ``lp``) the PDF itself is the print job — vector pages with
    their fonts, never images. "Print to file" in the dialog writes the PDF byte for byte. Only
    where there is no spooler are pages drawn as images, at the printer's resolution.

    Returns:
        What happened (see :data:`PrintOutcome`); a spooler refusal raises ``StorageError``.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ...services import printing

    printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)
    printer.setDocName(title)
    printer.setCopyCount(max(1, copies))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or dialog.windowTitle())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return "cancelled"
    return send_to_printer(printer, data, title=title, spooler=printing.spooler() is not None)


def send_to_printer(printer: QPrinter, data: bytes, *, title: str, spooler: bool) -> PrintOutcome:
    """Send ``data`` to the printer the dialog configured (see :func:`print_pdf`)."""
    from PySide6.QtPrintSupport import QPrinter

    from ...services import printing

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).write_bytes(data)
        return "file"
    if spooler:
        printing.spool(data, printer.printerName(), copies=printer.copyCount(), title=title)
        return "spooled"
    document = load_pdf(data)
    try:
        paint_pdf(printer, document)
    finally:
        document.deleteLater()
    return "raster"


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


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, shrunk to the screen's available area (taskbar and title bar
    left free), so every button stays visible on a 1366×768 screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    return QSize(min(width, free.width() - 40), min(height, free.height() - 60))


class PreviewDialog(QDialog):
    """Print preview: every page of the PDF, zoomable, with Print and Save as PDF.

    Args:
        data: The PDF.
        title: Window title (the document's name).
        copies: Copies preset in the print dialog.
        on_print: Called *instead of* printing these bytes (the agreement is printed by the panel,
            which checks it first and marks it printed after the job).
        on_mark: Shows "Mark as printed" (an agreement printed elsewhere); called when clicked.
    """

    def __init__(
        self,
        data: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        copies: int = 1,
        on_print: Callable[[], None] | None = None,
        on_mark: Callable[[], None] | None = None,
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
        self.mark_button = QPushButton(self.tr("Mark as printed"), self)
        self.mark_button.setObjectName("markPrinted")
        self.mark_button.setToolTip(self.tr("Printed another way: the agreement now awaits signature."))
        self.mark_button.setVisible(on_mark is not None)
        if on_mark is not None:
            buttons.addButton(self.mark_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.mark_button.clicked.connect(on_mark)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(lambda: save_pdf(self.data, self, f"{self.title}.pdf"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.resize(fitting_size(self, 760, 900))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> bool:
        if self.on_print is not None:
            self.on_print()
            return True
        return print_pdf(self.data, self, copies=self.copies, title=self.title)
