"""Class 7 (two workstations at once): read-check-write rules hold when writers really overlap.

Each rule is checked under a lock on the row it protects, or by a database constraint, never on a
value read earlier: two workstations (each its own engine) start the same write at the same moment
(a barrier), ten times over. On 0.3.1 PostgreSQL accepted both full payments of one instalment
(280.00 owed, 558.34 paid), let two workstations starting a number series collide on its key
(a traceback), and refused one of two mediators assigned at once with a bare ``record.stale``;
two workstations booking one room at once both got it, and the connection pool allowed 10 each.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from typing import Any

import pytest
from sqlalchemy import func, select, text

from mediation_desk.domain.enums import CommitteeRole, PaymentMethod, Stage
from mediation_desk.domain.errors import ConflictError, RuleViolation
from mediation_desk.services import admin_settings, cases, committee, performance, sessions
from mediation_desk.services.base import Actor
from mediation_desk.services.setup import initialise
from mediation_desk.store.database import Database, open_database
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import (
    AuditEvent,
    Case,
    Membership,
    NumberSeries,
    Obligation,
    Payment,
    Person,
)
from tests.conftest import _pg_database
from tests.helpers.documents_case import T0, signed_case
from tests.helpers.factories import MEDIATOR, new_case, person, seed_users

pytestmark = pytest.mark.postgres
REPEATS = 10


@pytest.fixture
def pg() -> Iterator[Database]:
    """A migrated PostgreSQL database with one organisation and the test mediator."""
    for url in _pg_database():
        database = open_database(url)
        initialise(database, org_name="朝阳区人民调解委员会", org_code="京朝")
        seed_users(database)
        yield database
        database.dispose()


def at_once(db: Database, *work: Callable[[Database], Any]) -> list[Any]:
    """Run each ``work`` on its own workstation (engine) and thread, released together."""
    stations = [open_database(db.url) for _ in work]
    barrier = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = work[i](stations[i])
        except Exception as exc:  # noqa: BLE001 - the outcome under test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        for ws in stations:
            ws.dispose()
    return results


def pay(ws: Database, *, ob_id: int, fen: int, receipt: str) -> Any:
    return performance.record_payment(
        ws, MEDIATOR, ob_id, amount_fen=fen, paid_at=T0, method=PaymentMethod.CASH, receipt_no=receipt
    )


def register(ws: Database, *, name: str, seq: int) -> Any:
    return cases.register_case(ws, MEDIATOR, new_case(1, applicant=person(name, seq=seq)))


def assign(ws: Database, *, case_id: int, person_id: int) -> Any:
    return committee.assign_member(
        ws,
        MEDIATOR,
        case_id,
        person_id,
        CommitteeRole.MEDIATOR,
        [Stage.MEDIATION],
        from_date=date(2026, 3, 2),
        chief=True,
    )


def test_two_full_payments_at_once_exactly_one_is_accepted(pg: Database) -> None:
    for i in range(REPEATS):
        c = signed_case(pg, session_at=T0 + timedelta(hours=2 * i))  # one room: one session at a time
        with read_session(pg.engine) as s:
            ob = (
                s.execute(
                    select(Obligation)
                    .where(Obligation.agreement_id == c.agreement_id)
                    .order_by(Obligation.seq)
                )
                .scalars()
                .first()
            )
            assert ob is not None
            owed, ob_id = ob.amount_fen, ob.id

        results = at_once(
            pg,
            partial(pay, ob_id=ob_id, fen=owed, receipt="SK-A"),
            partial(pay, ob_id=ob_id, fen=owed, receipt="SK-B"),
        )
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(refused) == 1, results
        assert isinstance(refused[0], RuleViolation) and refused[0].code == "payment.exceeds", refused
        assert refused[0].params["remaining_fen"] == 0  # the message names what is left: nothing
        with read_session(pg.engine) as s:
            paid = s.execute(
                select(func.sum(Payment.amount_fen)).where(Payment.obligation_id == ob_id)
            ).scalar_one()
        assert paid == owed


def test_two_workstations_starting_a_number_series_get_two_numbers(pg: Database) -> None:
    for i in range(REPEATS):
        with write_session(pg.engine) as s:  # a new year's series for each round: no row yet
            s.execute(text("UPDATE organisation SET org_code = :code"), {"code": f"京{chr(0x4E00 + i)}"})
            s.execute(NumberSeries.__table__.delete())  # type: ignore[attr-defined]
        results = at_once(
            pg, partial(register, name="张伟", seq=31 + i % 9), partial(register, name="王芳", seq=41 + i % 9)
        )
        assert not [r for r in results if isinstance(r, Exception)], results
        assert len({r.number for r in results}) == 2
        assert sorted(r.number[-6:] for r in results) == ["第0001号", "第0002号"]
    with read_session(pg.engine) as s:
        numbers = s.execute(select(Case.number)).scalars().all()
    assert len(numbers) == len(set(numbers)) == 2 * REPEATS


def test_two_mediators_made_chief_at_once_the_case_has_one_chief(pg: Database) -> None:
    """Each workstation puts its mediator on the case as chief at the same moment: both are
    members, one is chief, and the second change of chief saw the first (checked under the lock)."""
    with write_session(pg.engine) as s:
        mediators = [Person(name=name, member_role="mediator") for name in ("赵敏", "钱进")]
        s.add_all(mediators)
        s.flush()
        ids = [m.id for m in mediators]
    for _ in range(REPEATS):
        case_id = cases.register_case(pg, MEDIATOR, new_case(1)).case_id
        results = at_once(
            pg,
            partial(assign, case_id=case_id, person_id=ids[0]),
            partial(assign, case_id=case_id, person_id=ids[1]),
        )
        assert not [r for r in results if isinstance(r, Exception)], results
        with read_session(pg.engine) as s:
            case = s.get(Case, case_id)
            members = s.execute(select(Membership.person_id).where(Membership.case_id == case_id)).scalars()
            changes = (
                s.execute(
                    select(AuditEvent.diff)
                    .where(AuditEvent.case_id == case_id, AuditEvent.action == "committee.chief")
                    .order_by(AuditEvent.id)
                )
                .scalars()
                .all()
            )
            assert case is not None and sorted(members) == sorted(ids)
        first, second = (json.loads(d)["chief_mediator_id"] for d in changes)
        assert first[0] is None and second[0] == first[1]  # the second saw the first chief
        assert case.chief_mediator_id == second[1] and {first[1], second[1]} == set(ids)


def test_two_administrators_adding_one_category_at_once_get_a_message(pg: Database) -> None:
    admin = Actor(user_id=None, username="admin1", role="admin", workstation="ws-admin", organisation_id=1)
    for i in range(5):
        code = f"neighbour_{i}"
        results = at_once(pg, *(partial(_add_category, admin=admin, code=code) for _ in range(2)))
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(refused) == 1, results
        assert isinstance(refused[0], (ConflictError, RuleViolation)), refused  # a message, not a traceback
        assert refused[0].code in ("record.duplicate", "category.exists")


def _add_category(ws: Database, *, admin: Actor, code: str) -> Any:
    return admin_settings.add_category(ws, admin, code, "邻里纠纷")


def test_ten_workstations_fit_in_postgresql_default_connections(pg: Database) -> None:
    """Each workstation's pool is sized for a desktop client: ten stay well under 100 connections."""
    stations = [open_database(pg.url) for _ in range(10)]
    try:
        at_once(pg, *(partial(_busy, station=ws) for ws in stations))
        with read_session(pg.engine) as s:
            used = s.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"))
            assert used.scalar_one() <= 10 * 3 + 2  # + this test's own engines
        for ws in stations:
            pool: Any = ws.engine.pool
            assert pool.size() + pool._max_overflow <= 3  # at most 3 connections each
    finally:
        for ws in stations:
            ws.dispose()


def _busy(_ws: Database, *, station: Database) -> None:
    """Three reads at once on one workstation's engine (the UI thread, a worker, a check)."""
    threads = [threading.Thread(target=_read, args=(station,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)


def _read(station: Database) -> None:
    with read_session(station.engine) as s:
        s.execute(text("SELECT pg_sleep(0.2)"))


def test_one_room_booked_from_two_workstations_at_once_is_booked_once(pg: Database) -> None:
    """A rule about several cases (no row to lock): the same room at the same time, two cases."""
    for i in range(REPEATS):
        pair = [cases.register_case(pg, MEDIATOR, new_case(1)).case_id for _ in range(2)]
        for case_id in pair:
            cases.accept_case(pg, MEDIATOR, case_id)
        at = T0 + timedelta(days=i)
        results = at_once(pg, *(partial(_book, case_id=case_id, at=at) for case_id in pair))
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(refused) == 1, results
        assert isinstance(refused[0], RuleViolation) and refused[0].code == "session.overlap", refused


def _book(ws: Database, *, case_id: int, at: Any) -> Any:
    return sessions.schedule_session(ws, MEDIATOR, case_id, starts_at=at, place="第一调解室")
