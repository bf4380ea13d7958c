"""Two workstations on one database: a stale save is refused, nothing is overwritten."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from mediation_desk.domain.errors import ConflictError
from mediation_desk.services import cases
from mediation_desk.store.database import open_database
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case
from tests.helpers.factories import MEDIATOR, new_case

EXAMPLES = 1000
STEPS = 4


def _row(db, case_id: int) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case.title, case.version


def test_second_workstation_is_refused_and_sees_who_changed_it(db) -> None:  # type: ignore[no-untyped-def]
    ws1 = db
    ws2 = open_database(db.url)  # a second workstation: its own engine on the same database
    try:
        r = cases.register_case(ws1, MEDIATOR, new_case(1))
        title1, version = _row(ws1, r.case_id)
        _t2, version2 = _row(ws2, r.case_id)  # both opened the case at the same version
        assert version2 == version
        cases.update_case(ws1, MEDIATOR, r.case_id, {"title": "工作站一的修改"}, expected_version=version)
        with pytest.raises(ConflictError) as err:
            cases.update_case(
                ws2, MEDIATOR, r.case_id, {"title": "工作站二的修改"}, expected_version=version2
            )
        assert (
            err.value.code == "case.changed"
            and err.value.params["by"] == "mediator1"
            and err.value.params["at"]
        )
        assert err.value.params["version"] == version + 1  # the newer data the UI shows next
        assert _row(ws2, r.case_id) == ("工作站一的修改", version + 1)
    finally:
        ws2.dispose()


def test_no_lost_update_over_random_interleavings(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """Three workstations open, edit and save one case in random orders (hypothesis stateful)."""
    stations = [sqlite_db, open_database(sqlite_db.url), open_database(sqlite_db.url)]
    totals = {"examples": 0, "saved": 0, "refused": 0, "lost": 0}

    class Workstations(RuleBasedStateMachine):
        @initialize()
        def new_case(self) -> None:
            totals["examples"] += 1
            self.case_id = cases.register_case(stations[0], MEDIATOR, new_case(1, title="初始")).case_id
            self.truth = _row(
                stations[0], self.case_id
            )  # what the database must hold: the last accepted save
            assert self.truth[0] == "初始"
            self.held: dict[int, tuple[str, int]] = {ws: self.truth for ws in range(3)}  # all three open it

        @rule(ws=st.integers(0, 2))
        def open_case(self, ws: int) -> None:
            self.held[ws] = _row(stations[ws], self.case_id)

        @rule(ws=st.integers(0, 2), text=st.sampled_from(["甲", "乙", "丙", "丁"]))
        def save(self, ws: int, text: str) -> None:
            if ws not in self.held:
                return
            _title, version = self.held[ws]
            title = f"{text}{ws}"
            try:
                cases.update_case(
                    stations[ws], MEDIATOR, self.case_id, {"title": title}, expected_version=version
                )
            except ConflictError as exc:
                assert version != self.truth[1] and exc.params["version"] == self.truth[1]
                totals["refused"] += 1
                self.held[ws] = _row(stations[ws], self.case_id)  # the newer data is shown
                return
            assert version == self.truth[1], "a stale save was accepted"
            new_version = version + 1 if title != self.truth[0] else version
            self.truth = (title, new_version)
            self.held[ws] = self.truth
            totals["saved"] += 1

        @invariant()
        def nothing_lost(self) -> None:
            if hasattr(self, "case_id") and _row(stations[0], self.case_id) != self.truth:
                totals["lost"] += 1
                raise AssertionError("lost update")

    started = time.monotonic()
    try:
        run_state_machine_as_test(
            Workstations,
            settings=settings(
                max_examples=EXAMPLES,
                stateful_step_count=STEPS,
                deadline=None,
                database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            ),
        )
    finally:
        for ws in stations[1:]:
            ws.dispose()
    print(
        f"\nconflicts: {totals['examples']} random interleavings in {time.monotonic() - started:.0f} s, "
        f"{totals['saved']} saves accepted, {totals['refused']} stale saves refused, "
        f"{totals['lost']} lost updates"
    )
    with read_session(sqlite_db.engine) as s:
        assert s.execute(select(Case.id)).first() is not None
    assert totals["lost"] == 0 and totals["examples"] >= EXAMPLES
