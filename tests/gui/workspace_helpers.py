"""Helpers for the workspace GUI tests: a context, directory members, IME typing, waiting."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import select

from mediation_desk.services.base import Actor
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import Case, Organisation, Person
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.workspace import CaseWorkspace
from tests.helpers.factories import MEDIATOR

OTHER = Actor(user_id=None, username="王调解员", role="director", workstation="ws-2", organisation_id=1)


def org_id(db: Any) -> int:
    with read_session(db.engine) as s:
        return int(s.execute(select(Organisation.id)).scalar_one())


def add_member(db: Any, name: str, role: str, org: int) -> int:
    """A committee directory entry (test set-up; the People page owns editing the directory)."""
    with write_session(db.engine) as s:
        p = Person(name=name, member_role=role, organisation_id=org)
        s.add(p)
        s.flush()
        return int(p.id)  # type: ignore[arg-type]


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


def open_workspace(qtbot: Any, db: Any, case_id: int, actor: Actor = MEDIATOR) -> CaseWorkspace:
    ctx = AppContext(db=db, actor=actor, organisation_id=org_id(db))
    ws = CaseWorkspace(ctx, case_id)
    qtbot.addWidget(ws)
    ws.resize(1366, 740)
    ws.show()
    wait(qtbot, ws)
    return ws


def wait(qtbot: Any, ws: CaseWorkspace) -> None:
    """Until every background load and service call has finished and the tabs show the result."""
    qtbot.waitUntil(lambda: not ws.busy and ws.detail is not None, timeout=15_000)


def case_row(db: Any, case_id: int) -> Case:
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case


@pytest.fixture(autouse=True)
def no_crash_dialog(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """A bug inside the workspace fails the test instead of blocking it in a modal crash dialog."""
    seen: list[BaseException] = []

    def crash(parent: Any, exc: BaseException, *, log_path: str = "") -> None:
        seen.append(exc)
        raise AssertionError(f"crash dialog: {exc!r}") from exc

    monkeypatch.setattr("mediation_desk.ui.errors.show_crash", crash)
    return seen
