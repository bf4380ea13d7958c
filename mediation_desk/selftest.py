"""``mediation-desk --self-test``: a smoke test of an installed (or frozen) build.

In a temporary directory (data, keys and a SQLite file — the user's data is never touched) it
initialises a database, registers a case with two parties through the services, drafts, prints
and signs its agreement, renders the agreement PDF and checks the embedded font, round-trips the
QR code when ``pdftoppm`` is present, and opens the main window offscreen when PySide6 loads.
Each step is printed; the exit code is 0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any


class _Run:
    def __init__(self) -> None:
        self.failed = 0
        self.state: dict[str, Any] = {}

    def step(self, name: str, fn: Callable[[], str | None]) -> None:
        try:
            note = fn()
        except Exception as exc:  # a smoke test reports every failure and goes on
            self.failed += 1
            print(f"[FAIL] {name}: {type(exc).__name__}: {exc}")
            traceback.print_exc(limit=3)
        else:
            print(f"[ OK ] {name}" + (f" — {note}" if note else ""))


def _case(run: _Run) -> str:
    from sqlalchemy import select

    from .domain.enums import IdType, PartyRole, Source, Track
    from .domain.idcard import make_resident_id
    from .services import agreements, cases
    from .services.base import SYSTEM
    from .services.inputs import AgreementInput, NewCase, ObligationInput, PartyInput, PersonInput
    from .store.engine import read_session
    from .store.models import CaseParty

    db = run.state["db"]
    people = [
        PersonInput(
            name=name,
            id_type=IdType.RESIDENT_ID,
            id_number=make_resident_id("110105", born, seq),
            phone=phone,
            address="北京市朝阳区建国路88号",
        )
        for name, born, seq, phone in (
            ("张伟", date(1985, 3, 14), 11, "13811112222"),
            ("李娜", date(1990, 7, 2), 22, "13933334444"),
        )
    ]
    data = NewCase(
        organisation_id=run.state["org_id"],
        title="张伟与李娜财产损害赔偿纠纷",
        track=Track.PEOPLE,
        source=Source.APPLICATION,
        category="property_damage",
        facts="自检用案件。",
        claims="赔偿损失",
        parties=[PartyInput(PartyRole.APPLICANT, people[0]), PartyInput(PartyRole.RESPONDENT, people[1])],
        received_at=datetime.now(UTC),
    )
    r = cases.register_case(db, SYSTEM, data)
    cases.accept_case(db, SYSTEM, r.case_id)
    with read_session(db.engine) as s:
        ids = {
            p.role: p.person_id
            for p in s.execute(select(CaseParty).where(CaseParty.case_id == r.case_id)).scalars()
        }
    ag = agreements.draft_agreement(
        db,
        SYSTEM,
        r.case_id,
        AgreementInput(
            facts="自检",
            issues="赔偿数额",
            responsibility="被申请人承担责任",
            terms="被申请人赔偿申请人人民币12,300.00元。",
            performance_method="现金",
            performance_place="调解室",
            obligations=[ObligationInput(ids["respondent"], ids["applicant"], 12300_00, on_the_spot=True)],
        ),
    )
    agreements.mark_printed(db, SYSTEM, ag.agreement_id)
    agreements.sign_agreement(
        db, SYSTEM, ag.agreement_id, signatories=["张伟", "李娜"], signed_at=datetime.now(UTC)
    )
    run.state.update(case_id=r.case_id, agreement_id=ag.agreement_id)
    return f"case {r.number}, agreement {ag.number} signed"


def _pdf(run: _Run) -> str:
    from pypdf import PdfReader

    from .services import dossier
    from .services.base import SYSTEM

    pdf = dossier.agreement_pdf(run.state["db"], SYSTEM, run.state["agreement_id"])
    if not pdf.startswith(b"%PDF"):
        raise AssertionError("the agreement is not a PDF")
    if b"/FontFile2" not in pdf:
        raise AssertionError("the CJK font is not embedded")
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if "壹万贰仟叁佰元整" not in text:
        raise AssertionError("the amount in capitals is missing")
    path = run.state["tmp"] / "agreement.pdf"
    path.write_bytes(pdf)
    run.state["pdf"] = path
    return f"{len(pdf)} bytes, {len(reader.pages)} pages, font embedded"


def _qr(run: _Run) -> str:
    if shutil.which("pdftoppm") is None:
        return "skipped (pdftoppm not installed)"
    from .services.verification import verify_file

    verdict = verify_file(run.state["db"], run.state["pdf"])
    if verdict != "valid":
        raise AssertionError(f"verification says {verdict}")
    return "valid"


def _gui(run: _Run) -> str:
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        return f"skipped (PySide6 not available: {exc})"
    from .ui.context import AppContext
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["mediation-desk-self-test"])
    previous = _quiet_offscreen_warning()
    try:
        ctx = AppContext(db=run.state["db"], actor=_gui_actor(run), organisation_id=run.state["org_id"])
        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        window.close()
        ctx.tasks.wait(10_000)
        app.processEvents()
    finally:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(previous)
    return f"{app.platformName()} platform, window {window.width()}×{window.height()}"


OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen_warning() -> Any:
    """Install a Qt message handler that drops exactly :data:`OFFSCREEN_NOISE`; returns the previous handler.

    The self-test shows the window on the offscreen platform, which has no window manager and so
    lacks the size-hint propagation feature: Qt warns about it on every top-level window. That line
    is not a fault of the build, so it must not look like one; every other message passes through.
    """
    import sys

    from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

    previous: Any = None

    def handler(mode: QtMsgType, context: Any, message: str) -> None:
        if message == OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(qFormatLogMessage(mode, context, message), file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    return previous


def _gui_actor(run: _Run) -> Any:
    from .services.base import Actor

    return Actor(user_id=None, username="self-test", role="director", organisation_id=run.state["org_id"])


def run_self_test() -> int:
    """Run the smoke test; prints each step. Returns 0 when everything passed, else 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run = _Run()
    with tempfile.TemporaryDirectory(prefix="md-selftest-") as tmp:
        old_home = os.environ.get("MEDIATION_DESK_HOME")
        os.environ["MEDIATION_DESK_HOME"] = str(Path(tmp) / "home")  # keys and attachments of the test only
        run.state["tmp"] = Path(tmp)
        try:

            def open_db() -> str:
                from .services.setup import initialise
                from .store.database import open_database

                db = open_database(f"sqlite:///{Path(tmp) / 'selftest.sqlite3'}")
                run.state["db"] = db
                run.state["org_id"] = initialise(db, org_name="自检人民调解委员会", org_code="自检")
                return str(db.path)

            run.step("open and initialise a temporary database", open_db)
            if "db" in run.state:
                run.step("register a case and sign its agreement", lambda: _case(run))
            if "agreement_id" in run.state:
                run.step("render the agreement PDF with the embedded font", lambda: _pdf(run))
            if "pdf" in run.state:
                run.step("verify the agreement's QR code", lambda: _qr(run))
            if "db" in run.state:
                run.step("open the main window", lambda: _gui(run))
        finally:
            if "db" in run.state:
                run.state["db"].dispose()
            if old_home is None:
                os.environ.pop("MEDIATION_DESK_HOME", None)
            else:
                os.environ["MEDIATION_DESK_HOME"] = old_home
    print(
        "自检通过 / self-test passed"
        if not run.failed
        else f"自检失败 / self-test failed: {run.failed} step(s)"
    )
    return 0 if not run.failed else 1
