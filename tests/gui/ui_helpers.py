"""Helpers for the shell's GUI tests: a populated database, test preferences, IME typing, intake."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from mediation_desk.app import build_window
from mediation_desk.services.cases import register_case
from mediation_desk.services.setup import initialise
from mediation_desk.store.database import Database, open_database
from mediation_desk.ui import preferences as prefs
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.main_window import MainWindow
from tests.helpers.factories import MEDIATOR, new_case, person, seed_users

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"


def populated_db(path: Path, cases: int) -> tuple[Database, int]:
    """A SQLite database with ``cases`` cases registered through the service."""
    db = open_database(f"sqlite:///{path}")
    org = initialise(db, org_name="朝阳区人民调解委员会", org_code="京朝")
    seed_users(db)
    start = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)
    for i in range(cases):
        a = SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + GIVEN[(i * 7) % 20]
        b = SURNAMES[(i * 3 + 1) % 20] + GIVEN[(i * 11) % 20]
        register_case(
            db,
            MEDIATOR,
            new_case(
                org,
                title=f"{a}与{b}纠纷{i:04d}",
                applicant=person(
                    a,
                    seq=(2 * i) % 1000,
                    birth=date(1970 + i % 30, 1 + i % 12, 1 + i % 28),
                    phone=f"138{i:08d}",
                ),
                respondent=person(
                    b,
                    seq=(2 * i + 1) % 1000,
                    birth=date(1960 + i % 30, 1 + i % 12, 1 + i % 28),
                    phone=f"139{i:08d}",
                ),
                received_at=start + timedelta(hours=7 * i),
            ),
        )
    return db, org


def use_test_preferences(tmp: Path) -> None:
    """Keep the tests away from the user's real QSettings."""
    prefs.use(prefs.Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat)))


def context(db: Database, org: int) -> AppContext:
    return AppContext(db=db, actor=MEDIATOR, organisation_id=org)


def ime_type(widget: QWidget, text: str) -> None:
    """Type Chinese as an input method does: a commit string (qtbot.keyClicks aborts on CJK)."""
    if isinstance(widget, QPlainTextEdit):
        widget.moveCursor(widget.textCursor().MoveOperation.End)
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)
    if isinstance(widget, QLineEdit):
        assert text in widget.text()
    elif isinstance(widget, QPlainTextEdit):
        assert text in widget.toPlainText()


def add_party(qtbot: Any, dialog: Any, name: str, id_number: str, phone: str) -> None:
    """Add a party in the intake dialog: the name as IME commits it, ID and phone typed, "Add" clicked."""
    ime_type(dialog.editor.name, name)
    qtbot.keyClicks(dialog.editor.id_number, id_number)
    qtbot.keyClicks(dialog.editor.phone, phone)
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)


def drain(qtbot: Any, ctx: AppContext) -> None:
    """Wait until background tasks are done and their results delivered."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=10_000)


def make_window(qtbot: Any, db: Database, org: int) -> MainWindow:
    """The real main window (``build_window``) signed in as ``MEDIATOR``, shown, its first loads done."""
    window: MainWindow = build_window(context(db, org))
    qtbot.addWidget(window)
    window.show()
    drain(qtbot, window.ctx)
    return window
