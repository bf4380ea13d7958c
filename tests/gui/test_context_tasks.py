"""``ctx.read`` / ``ctx.write``: a service call runs on the database worker, never on the UI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from mediation_desk.services import cases
from mediation_desk.services.base import Changes
from mediation_desk.ui.context import AppContext
from tests.gui.ui_helpers import drain
from tests.helpers.factories import MEDIATOR, new_case

pytestmark = pytest.mark.gui


def test_read_runs_the_service_off_the_ui_thread_and_answers_on_it(qtbot: Any, sqlite_db: Any) -> None:
    ctx = AppContext(db=sqlite_db, actor=MEDIATOR, organisation_id=1)
    case_id = cases.register_case(sqlite_db, MEDIATOR, new_case(1)).case_id
    ran_on: list[threading.Thread] = []
    answered_on: list[threading.Thread] = []
    got: list[Any] = []

    def service(db: Any, actor: Any) -> Any:
        ran_on.append(threading.current_thread())
        assert db is sqlite_db and actor is MEDIATOR
        return case_id

    def answer(result: Any) -> None:
        answered_on.append(threading.current_thread())
        got.append(result)

    ctx.read(service, answer)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert ran_on[0] is not threading.main_thread()
    assert answered_on[0] is threading.main_thread() and got == [case_id]


def test_write_publishes_the_changes_before_the_caller_hears_of_them(qtbot: Any, sqlite_db: Any) -> None:
    ctx = AppContext(db=sqlite_db, actor=MEDIATOR, organisation_id=1)
    heard: list[str] = []
    ctx.bus.changed.connect(lambda changes: heard.append(f"bus {sorted(changes.cases)}"))
    ctx.write(
        lambda db, actor: cases.register_case(db, actor, new_case(1)),
        lambda result: heard.append(f"done {result.case_id}"),
    )
    drain(qtbot, ctx)
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
    assert heard[0].startswith("bus [") and heard[1].startswith("done ")


def test_a_refusal_reaches_the_error_callback(qtbot: Any, sqlite_db: Any) -> None:
    ctx = AppContext(db=sqlite_db, actor=MEDIATOR, organisation_id=1)
    failed: list[BaseException] = []

    def refuse(_db: Any, _actor: Any) -> Changes:
        from mediation_desk.domain.errors import RuleViolation

        raise RuleViolation("case.parties_min")

    ctx.write(refuse, on_error=failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert getattr(failed[0], "code", "") == "case.parties_min"
