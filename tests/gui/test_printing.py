"""Printing: the PDF itself goes to the spooler; print-to-file and save write it byte for byte and
never count as printed; the preview fits the screen."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from mediation_desk.domain.errors import StorageError
from mediation_desk.services import printing
from mediation_desk.services.dossier import agreement_pdf
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.documents.preview import PreviewDialog, send_to_printer
from tests.gui.test_documents_panel import ctx, make_panel  # noqa: F401 - the fixture
from tests.gui.ui_helpers import drain
from tests.helpers.documents_case import drafted_case
from tests.helpers.factories import MEDIATOR

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def fake_lp(tmp_path: Path, monkeypatch: Any, *, status: int = 0) -> Path:
    """An ``lp`` on PATH that keeps its arguments and standard input, as CUPS would take them."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s " "$@" > "{tmp_path}/args"\n'
        f'cat > "{tmp_path}/job.pdf"\n'
        + ('echo "lp: The printer or class does not exist." >&2; exit 1\n' if status else "")
        + 'echo "request id is Office-42 (1 file(s))"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


def test_the_pdf_itself_is_the_print_job(tmp_path: Path, monkeypatch: Any, ctx: AppContext) -> None:  # noqa: F811
    where = fake_lp(tmp_path, monkeypatch)
    pdf = agreement_pdf(ctx.db, MEDIATOR, drafted_case(ctx.db).agreement_id)
    job = printing.spool(pdf, "Office", copies=3, title="人民调解协议书")
    assert job.job_id == "Office-42" and job.pages_bytes == len(pdf)
    assert (where / "job.pdf").read_bytes() == pdf  # vector PDF, byte for byte: no page images
    assert "-n 3" in (where / "args").read_text() and "-d Office" in (where / "args").read_text()


def test_a_refused_job_is_a_known_error(tmp_path: Path, monkeypatch: Any) -> None:
    fake_lp(tmp_path, monkeypatch, status=1)
    with pytest.raises(StorageError) as info:
        printing.spool(b"%PDF-1.4", "Nowhere")
    assert info.value.code == "print.failed" and "does not exist" in info.value.params["reason"]


def test_print_to_file_writes_the_pdf_byte_for_byte(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    pdf = agreement_pdf(ctx.db, MEDIATOR, drafted_case(ctx.db).agreement_id)
    printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "saved.pdf"))
    assert send_to_printer(printer, pdf, title="协议", spooler=True) == "file"
    assert (tmp_path / "saved.pdf").read_bytes() == pdf


def test_saving_or_previewing_does_not_mark_printed(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    c = drafted_case(ctx.db)
    panel = make_panel(qtbot, ctx, c.case_id)
    item = panel.select_kind("agreement")
    with qtbot.waitSignal(panel.saved, timeout=20_000):
        panel.save_selected(tmp_path / "agreement.pdf")
    drain(qtbot, ctx)
    assert (tmp_path / "agreement.pdf").read_bytes() == agreement_pdf(ctx.db, MEDIATOR, item.ref)  # type: ignore[arg-type]
    assert panel.state.agreement_state == "draft"
    panel.preview_selected()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=20_000)
    preview = panel.preview
    assert preview is not None and preview.mark_button.isVisible()
    preview.mark_button.click()  # the user says it was printed elsewhere
    drain(qtbot, ctx)
    qtbot.waitUntil(lambda: panel.state.agreement_state == "printed", timeout=20_000)


def test_preview_fits_a_1366_by_768_screen(qtbot: Any) -> None:
    dialog = PreviewDialog(b"%PDF-1.4\n%%EOF\n", "协议", None)
    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    assert dialog.height() <= free.height() - 60 and dialog.width() <= free.width() - 40
    assert dialog.height() <= 768 - 60 or free.height() > 768
