"""Benchmark: the print job of the sample dossier — the PDF itself (now) vs. page images (0.3.1).

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_print.py``. "Now" is what goes to the spooler:
the dossier PDF as generated (vector pages, embedded font subsets), time = generating it. "Before"
is the 0.3.1 path: the same PDF drawn page by page as images on a ``QPrinter`` in HighResolution
(1200 dpi), here printing to a PDF file so the job can be measured. Budget: ≤ 3 MB and ≤ 3 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mediation_desk.documents.dossier import render_dossier  # noqa: E402
from tests.helpers import doc_fixtures as fx  # noqa: E402


def main() -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from mediation_desk.ui.documents.preview import load_pdf, paint_pdf

    app = QApplication.instance() or QApplication(sys.argv)
    case = fx.sample_case()
    render_dossier(case)  # warm-up: fonts registered, modules imported
    start = time.perf_counter()
    pdf = render_dossier(case)
    now_s = time.perf_counter() - start
    document = load_pdf(pdf)
    pages = document.pageCount()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "raster.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 0.3.1: 1200 dpi page images
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        start = time.perf_counter()
        paint_pdf(printer, document)
        before_s = time.perf_counter() - start
        before_mb = target.stat().st_size / 1e6
    print(f"dossier: {pages} pages")
    print(f"now    (PDF to the spooler): {len(pdf) / 1e6:6.2f} MB  {now_s:6.2f} s")
    print(f"before (1200-dpi page images): {before_mb:6.2f} MB  {before_s:6.2f} s")
    del app


if __name__ == "__main__":
    main()
