"""Issue 16 — demo data a mediator would believe: sessions in office hours on working days, and a
case's title agrees with its category."""

from __future__ import annotations

from datetime import time
from typing import Any

from sqlalchemy import select

from mediation_desk.demo.generator import generate
from mediation_desk.demo.texts import CHARGE_CATEGORY
from mediation_desk.domain.workdays import WORKING_HOURS, WorkCalendar
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, MediationSession, Payment, StatusHistory
from mediation_desk.store.types import SHANGHAI


def _in_hours(at: Any, calendar: WorkCalendar) -> bool:
    local = at.astimezone(SHANGHAI)
    return calendar.is_working_day(local.date()) and any(a <= local.time() <= b for a, b in WORKING_HOURS)


def test_demo_sessions_and_events_fall_in_office_hours_and_titles_match_categories(sqlite_db: Any) -> None:
    generate(sqlite_db, cases=150, seed=16)
    calendar = WorkCalendar()
    with read_session(sqlite_db.engine) as s:
        starts = list(s.execute(select(MediationSession.starts_at, MediationSession.ends_at)).all())
        payments = list(s.execute(select(Payment.paid_at)).scalars())
        changes = list(s.execute(select(StatusHistory.at).where(StatusHistory.seq > 1)).scalars())
        titles = list(s.execute(select(Case.title, Case.category)).all())
    assert starts and all(_in_hours(a, calendar) for a, _ in starts)
    assert all(b is None or (_in_hours(b, calendar) and b > a) for a, b in starts)
    assert all(_in_hours(p, calendar) for p in payments) and all(_in_hours(c, calendar) for c in changes)
    assert not any(a.astimezone(SHANGHAI).time() < time(8, 30) for a, _ in starts)
    for title, category in titles:
        for charge, expected in CHARGE_CATEGORY.items():
            if f"与{charge}" in title or title.endswith(f"{charge}治安调解") or f"涉嫌{charge}刑事" in title:
                assert category == expected, (title, category)


def test_demo_agreements_name_the_way_their_payments_are_made(sqlite_db: Any) -> None:
    from mediation_desk.domain.vocabulary import payment_method_in
    from mediation_desk.store.models import Agreement, Obligation

    generate(sqlite_db, cases=120, seed=5)
    with read_session(sqlite_db.engine) as s:
        rows = s.execute(
            select(Agreement.performance_method, Payment.method)
            .join(Obligation, Obligation.agreement_id == Agreement.id)
            .join(Payment, Payment.obligation_id == Obligation.id)
        ).all()
    named = [(text, method) for text, method in rows if payment_method_in(text) is not None]
    assert named and all(payment_method_in(text).value == method for text, method in named)  # type: ignore[union-attr]
