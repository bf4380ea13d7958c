"""The documents panel: list, preview, save, dossier with progress, print path, scan, verify."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from mediation_desk.services.setup import initialise
from mediation_desk.store.database import open_database
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.documents import DocumentsPanel, VerifyDialog, load_pdf, paint_pdf
from tests.gui.ui_helpers import drain, use_test_preferences
from tests.helpers.documents_case import drafted_case, signed_case
from tests.helpers.factories import MEDIATOR, seed_users

# the offscreen platform warns about top-level windows it cannot size (Qt limitation, not ours)
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def ctx(tmp_path: Path, qtbot: Any):  # type: ignore[no-untyped-def]
    use_test_preferences(tmp_path)
    db = open_database(f"sqlite:///{tmp_path / 'docs.sqlite3'}")
    org = initialise(db, org_name="朝阳区人民调解委员会", org_code="京朝")
    seed_users(db)
    context = AppContext(db=db, actor=MEDIATOR, organisation_id=org)
    yield context
    context.tasks.wait()
    db.dispose()


def make_panel(qtbot: Any, ctx: AppContext, case_id: int) -> DocumentsPanel:
    panel = DocumentsPanel(ctx, case_id)
    qtbot.addWidget(panel)
    panel.resize(820, 520)
    panel.show()
    drain(qtbot, ctx)
    return panel


def test_lists_documents_in_dossier_order(qtbot: Any, ctx: AppContext) -> None:
    c = signed_case(ctx.db, paid=True)
    panel = make_panel(qtbot, ctx, c.case_id)
    assert [i.kind for i in panel.model.items] == [
        "registration",
        "rights_notice",
        "session_record",
        "agreement",
        "receipt",
        "follow_up",
    ]
    agreement_row = [i.kind for i in panel.model.items].index("agreement")
    assert panel.model.index(agreement_row, panel.model.COPIES).data() == "3"
    assert panel.buttons["scan"].isEnabled()  # signed, no scan yet


def test_preview_shows_the_pages(qtbot: Any, ctx: AppContext) -> None:
    c = signed_case(ctx.db)
    panel = make_panel(qtbot, ctx, c.case_id)
    panel.select_kind("agreement")
    with qtbot.waitSignal(panel.preview_opened, timeout=20_000) as opened:
        panel.buttons["preview"].click()
    dialog = opened.args[0]
    assert dialog.page_count > 0 and dialog.copies == 3
    assert dialog.view.document() is dialog.document
    dialog.close()


def test_save_as_pdf_writes_the_file(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    c = signed_case(ctx.db)
    panel = make_panel(qtbot, ctx, c.case_id)
    panel.select_kind("session_record")
    target = tmp_path / "out" / "record.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(panel.saved, timeout=20_000):
        panel.save_selected(target)
    assert target.read_bytes().startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "调解记录" in text.replace(" ", "")


def test_dossier_generation_reports_progress(qtbot: Any, ctx: AppContext) -> None:
    c = signed_case(ctx.db, paid=True)
    panel = make_panel(qtbot, ctx, c.case_id)
    seen: list[tuple[int, int]] = []
    panel.dossier_progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(panel.dossier_ready, timeout=60_000) as ready:
        panel.generate_dossier()
        assert panel.progress is not None and panel.progress.isVisible()
    pdf = ready.args[0]
    assert pdf.startswith(b"%PDF")
    assert [d for d, _t in seen] == sorted(d for d, _t in seen) and seen[-1][0] == seen[-1][1] >= 6
    assert panel.progress is None and panel.buttons["dossier"].isEnabled()


def test_dossier_progress_never_steps_back_when_steps_pile_up(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many steps queued at once: the modal dialog's setValue() handles the next one inside the
    previous one; the panel must still report (and show) them in order, each once."""
    from mediation_desk.services import dossier as docs

    c = signed_case(ctx.db)
    panel = make_panel(qtbot, ctx, c.case_id)

    def quick_dossier(_db: Any, _actor: Any, _case_id: int, progress: Any = None) -> bytes:
        for step in range(1, 301):  # no pause: the steps queue up faster than the UI takes them
            progress(step, 300)
        return b"%PDF-1.4 quick"

    monkeypatch.setattr(docs, "dossier_pdf", quick_dossier)
    seen: list[int] = []
    panel.dossier_progress.connect(lambda done, _total: seen.append(done))
    with qtbot.waitSignal(panel.dossier_ready, timeout=30_000):
        panel.generate_dossier()
    assert seen == sorted(set(seen)) and seen[-1] == 300


def test_printing_the_agreement_marks_it_printed(qtbot: Any, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    c = drafted_case(ctx.db)
    panel = make_panel(qtbot, ctx, c.case_id)
    assert "draft" in panel.signing.text()
    printed: list[tuple[bytes, int]] = []
    monkeypatch.setattr(
        "mediation_desk.ui.documents.panel.print_pdf",
        lambda pdf, parent, copies=1, title="": printed.append((pdf, copies)) or True,
    )
    panel.select_kind("agreement")
    panel.buttons["print"].click()
    qtbot.waitUntil(lambda: bool(printed), timeout=20_000)
    drain(qtbot, ctx)
    assert printed[0][1] == 3 and printed[0][0].startswith(b"%PDF")
    assert panel.state.agreement_state == "printed" and "printed for signature" in panel.signing.text()


def test_pdf_pages_reach_the_printer(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    from mediation_desk.services.dossier import agreement_pdf

    c = signed_case(ctx.db)
    document = load_pdf(agreement_pdf(ctx.db, MEDIATOR, c.agreement_id))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, document) == document.pageCount() > 0
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == document.pageCount()


def test_attach_scan_from_the_panel(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    c = signed_case(ctx.db)
    panel = make_panel(qtbot, ctx, c.case_id)
    scan = tmp_path / "scan.png"
    from PIL import Image

    Image.new("L", (200, 280), 255).save(scan)
    panel.attach_scan(scan)
    qtbot.waitUntil(lambda: panel.state.has_scan, timeout=20_000)
    assert not panel.buttons["scan"].isEnabled() and "attached" in panel.signing.text()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
def test_verify_dialog_says_valid(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    from mediation_desk.services.dossier import agreement_pdf

    c = signed_case(ctx.db)
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(agreement_pdf(ctx.db, MEDIATOR, c.agreement_id))
    dialog = VerifyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.check(pdf)
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=30_000)
    assert dialog.verdict == "valid" and dialog.result.text().startswith("Valid")


def test_panel_and_preview_in_chinese(qtbot: Any, ctx: AppContext) -> None:
    """Renders in Chinese with a CJK font (``MD_WRITE_SCREENSHOTS=1``: docs/screenshots/documents_*.png)."""
    import os

    from PySide6.QtWidgets import QApplication

    from mediation_desk.app import choose_font
    from mediation_desk.ui import i18n

    app = QApplication.instance()
    assert choose_font(app), "no CJK-capable font"
    i18n.install(app, "zh_CN")
    try:
        c = signed_case(ctx.db, paid=True)
        panel = make_panel(qtbot, ctx, c.case_id)
        assert panel.buttons["preview"].text() == "预览"
        assert "已签字" in panel.signing.text()
        panel.select_kind("agreement")
        with qtbot.waitSignal(panel.preview_opened, timeout=20_000) as opened:
            panel.preview_selected()
        dialog = opened.args[0]
        dialog.resize(760, 900)
        qtbot.wait(300)  # QPdfView renders pages asynchronously
        shots = {"documents_panel": panel.grab().toImage(), "documents_preview": dialog.grab().toImage()}
        assert all(not image.isNull() for image in shots.values())
        if os.environ.get("MD_WRITE_SCREENSHOTS") == "1":
            folder = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
            folder.mkdir(parents=True, exist_ok=True)
            for name, image in shots.items():
                image.save(str(folder / f"{name}.png"))
        dialog.close()
    finally:
        i18n.install(app, "en")
