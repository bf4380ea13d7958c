"""Helpers for the workspace GUI tests: a context, directory members, waiting, the steps of a case."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import CommitteeRole, Satisfaction, SessionOutcome
from mediation_desk.services.base import Actor
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import Case, Organisation, Person
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.workspace import CaseWorkspace
from tests.gui.ui_helpers import ime_type
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


# -- the steps of a whole case, driven as a user does (the tests check the database in between) --------


def assign(
    qtbot: Any, ws: CaseWorkspace, person_id: int, role: CommitteeRole, *, chief: bool = False
) -> None:
    """Committee → "Assign member…": tick the directory entry, its role, (chief mediator), OK."""
    ws.committee.dialog = None
    ws.committee.open_assign()  # loads the directory in the background first
    qtbot.waitUntil(lambda: ws.committee.dialog is not None, timeout=10_000)
    dialog: Any = ws.committee.dialog
    dialog.select_person(person_id)
    dialog.select_role(role)
    if chief:
        dialog.select_chief(person_id)
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()


def schedule_session(qtbot: Any, ws: CaseWorkspace, place: str) -> None:
    """Overview → "Schedule session…" at ``place``, an hour ago (entered after it was held: a session
    can only be recorded once it has started)."""
    from datetime import timedelta

    from mediation_desk.store.types import utcnow
    from mediation_desk.ui.workspace.common import to_qdatetime

    ws.overview.trigger("schedule")
    dialog: Any = ws.sessions.dialog
    dialog.starts.setDateTime(to_qdatetime(utcnow() - timedelta(hours=1)))
    dialog.place.clear()
    ime_type(dialog.place, place)
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()


def record_session(qtbot: Any, ws: CaseWorkspace, record: str, outcome: SessionOutcome) -> Any:
    """Overview → "Record session…": everyone attended, the record typed, the outcome. Returns the dialog."""
    ws.overview.trigger("record_session")
    dialog: Any = ws.sessions.dialog
    ime_type(dialog.record, record)
    dialog.set_outcome(outcome)
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()
    return dialog


def write_agreement(
    qtbot: Any,
    ws: CaseWorkspace,
    texts: dict[str, str],
    method: str,
    *,
    amounts: Sequence[str] = (),
    split: str = "",
) -> Any:
    """Overview → "Write agreement": the texts as IME commits, obligations typed as text, Save.

    Each of ``amounts`` is one instalment, due a month after the one before; ``split`` is a total
    split with "Two instalments". Returns the agreement tab.
    """
    ws.overview.trigger("draft_agreement")
    tab = ws.agreement
    assert ws.tabs.currentWidget() is tab
    for key, text in texts.items():
        ime_type(tab.texts[key], text)
    ime_type(tab.method, method)
    for amount in amounts:
        qtbot.keyClicks(tab.entry.amount, amount)
        tab.entry.add_button.click()
        tab.entry.due.setDate(tab.entry.due.date().addMonths(1))
    if split:
        qtbot.keyClicks(tab.entry.amount, split)
        tab.entry.split_button.click()
    assert not tab.entry.error.isVisible(), tab.entry.error.text()
    assert tab.instalments.rowCount() == len(amounts) + (2 if split else 0)
    tab.save_button.click()
    wait(qtbot, ws)
    assert not tab.dirty
    return tab


def print_and_sign(qtbot: Any, ws: CaseWorkspace) -> None:
    """Overview → "Print agreement" (the preview), "Mark as printed" (printed elsewhere: only a
    print job or the user's word makes it printed), then "Sign agreement…" with every party ticked."""
    ws.overview.trigger("print")
    wait(qtbot, ws)
    assert ws.agreement.last_pdf is not None and ws.agreement.last_pdf.read_bytes().startswith(b"%PDF")
    assert ws.detail is not None and ws.detail.current_agreement is not None
    assert ws.detail.current_agreement.state == "draft"  # a PDF on screen is not a printed paper
    ws.agreement.preview.mark_button.click()
    wait(qtbot, ws)
    assert ws.detail is not None and ws.detail.current_agreement is not None
    assert ws.detail.current_agreement.state == "printed"
    ws.overview.trigger("sign")
    dialog: Any = ws.agreement.dialog
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()


def record_payment(qtbot: Any, ws: CaseWorkspace, amount: str, receipt: str) -> None:
    """Overview → "Record payment…" (or the payment dialog still open): amount typed, receipt, OK."""
    dialog = ws.payments.dialog
    if dialog is None or not dialog.isVisible():
        ws.overview.trigger("record_payment")
        dialog = ws.payments.dialog
    assert dialog is not None
    dialog.amount.clear()  # the dialog offers the outstanding amount
    qtbot.keyClicks(dialog.amount, amount)
    ime_type(dialog.receipt, receipt)
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible(), dialog.amount_error.text()


def record_follow_up(qtbot: Any, ws: CaseWorkspace, satisfaction: Satisfaction, note: str) -> None:
    """Overview → "Record follow-up…": the first party, by phone, performed, the satisfaction, a note."""
    ws.overview.trigger("follow_up")
    dialog: Any = ws.follow_ups.dialog
    dialog.contact.setCurrentIndex(0)
    dialog.method.setCurrentIndex(dialog.method.findData("phone"))
    dialog.performance.setCurrentIndex(dialog.performance.findData("performed"))
    dialog.set_satisfaction(satisfaction)
    ime_type(dialog.note, note)
    dialog.accept()
    wait(qtbot, ws)
    assert not dialog.isVisible()


@pytest.fixture(autouse=True)
def no_crash_dialog(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """A bug inside the workspace fails the test instead of blocking it in a modal crash dialog."""
    seen: list[BaseException] = []

    def crash(parent: Any, exc: BaseException, *, log_path: str = "") -> None:
        seen.append(exc)
        raise AssertionError(f"crash dialog: {exc!r}") from exc

    monkeypatch.setattr("mediation_desk.ui.errors.show_crash", crash)
    return seen
