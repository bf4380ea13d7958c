"""12345 tickets: recorded through the policy, refused when wrong, and the three rates from the rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import Satisfaction, Source
from mediation_desk.domain.errors import PermissionDenied, RuleViolation, ValidationError
from mediation_desk.services import hotline, monitoring
from mediation_desk.services import statistics as st
from mediation_desk.services.base import Actor
from mediation_desk.services.cases import register_case
from mediation_desk.services.hotline import HotlineInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import HotlineTicket
from mediation_desk.store.queries.hotline_stats import HotlineDefinitions
from tests.helpers.factories import MEDIATOR, new_case

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)  # 09:30 Shanghai
ADMIN = Actor(user_id=None, username="admin", role="admin")
OTHER = Actor(user_id=99, username="other", role="mediator", organisation_id=1, person_id=999)


def _hotline_case(db, ticket: str = "BJ20260302-000123", at: datetime = T0, **kw):  # type: ignore[no-untyped-def]
    data = new_case(
        1,
        source=Source.HOTLINE_12345,
        received_at=at,
        hotline=HotlineInput(ticket, at, kw.pop("due", None)),
        **kw,
    )
    return register_case(db, MEDIATOR, data).case_id


def test_intake_records_the_ticket_with_the_default_reply_deadline(db) -> None:  # type: ignore[no-untyped-def]
    cid = _hotline_case(db)
    view = hotline.ticket_of(db, MEDIATOR, cid)
    assert view is not None and view.ticket_no == "BJ20260302-000123"
    assert view.received_at == T0 and view.reply_due_at == T0 + timedelta(days=7)
    assert view.first_response_at is None and view.visit_resolved is None


def test_the_workspace_records_response_reply_and_return_visit(db) -> None:  # type: ignore[no-untyped-def]
    cid = _hotline_case(db)
    with pytest.raises(RuleViolation, match="hotline.reply_before_response"):
        hotline.record_reply(db, MEDIATOR, cid, at=T0 + timedelta(hours=3), text="已调解")
    hotline.record_response(db, MEDIATOR, cid, at=T0 + timedelta(hours=2), note="电话联系诉求人")
    with pytest.raises(RuleViolation, match="hotline.visit_before_reply"):
        hotline.record_return_visit(
            db, MEDIATOR, cid, at=T0 + timedelta(days=1), resolved=True, satisfaction=Satisfaction.SATISFIED
        )
    hotline.record_reply(db, MEDIATOR, cid, at=T0 + timedelta(days=2), text="双方达成停车协议")
    hotline.record_return_visit(
        db,
        MEDIATOR,
        cid,
        at=T0 + timedelta(days=3),
        resolved=True,
        satisfaction=Satisfaction.BASICALLY_SATISFIED,
    )
    view = hotline.ticket_of(db, MEDIATOR, cid)
    assert (
        view is not None and view.visit_resolved is True and view.visit_satisfaction == "basically_satisfied"
    )
    assert view.first_response_note == "电话联系诉求人" and view.reply_text == "双方达成停车协议"


def test_bad_tickets_are_refused_and_nothing_is_half_saved(db) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.store.models import Case

    for bad, code in (("12", "hotline.ticket_no"), ("=cmd|' /C calc'!A0", "hotline.ticket_no")):
        with pytest.raises(ValidationError, match=code):
            _hotline_case(db, ticket=bad)
    with pytest.raises(ValidationError, match="hotline.before"):
        _hotline_case(db, due=T0 - timedelta(hours=1))
    with pytest.raises(ValidationError, match="hotline.future"):
        _hotline_case(db, at=datetime.now(UTC) + timedelta(days=2))
    with pytest.raises(RuleViolation, match="hotline.not_hotline"):
        register_case(db, MEDIATOR, new_case(1, hotline=HotlineInput("BJ1234", T0)))
    with read_session(db.engine) as s:  # not one case registered by the refused intakes
        assert s.execute(select(Case.id)).first() is None
    cid = _hotline_case(db)
    with pytest.raises(RuleViolation, match="hotline.ticket_taken"):
        _hotline_case(db)
    with pytest.raises(ValidationError, match="hotline.before"):
        hotline.record_response(db, MEDIATOR, cid, at=T0 - timedelta(minutes=5))


def test_only_who_works_the_case_records_its_ticket(db) -> None:  # type: ignore[no-untyped-def]
    cid = _hotline_case(db)
    with pytest.raises(PermissionDenied):
        hotline.record_response(db, OTHER, cid, at=T0 + timedelta(hours=1))
    with pytest.raises(PermissionDenied):
        hotline.ticket_of(db, ADMIN, cid)


def test_an_administrator_adjusts_the_hotline_definitions(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        hotline.save_hotline_definitions(db, MEDIATOR, HotlineDefinitions())
    for bad in (
        HotlineDefinitions(response_hours=0),
        HotlineDefinitions(satisfied_answers=()),
        HotlineDefinitions(resolution_base="closed"),
    ):
        with pytest.raises(ValidationError):
            hotline.save_hotline_definitions(db, ADMIN, bad)
    hotline.save_hotline_definitions(
        db, ADMIN, HotlineDefinitions(response_hours=2, satisfied_answers=("satisfied",))
    )
    with read_session(db.engine) as s:
        assert hotline.hotline_definitions(s) == HotlineDefinitions(2, ("satisfied",), "visited")


def _tickets(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Five March tickets worked by hand (times from receipt; 'now' is long after March)."""
    ids = {}
    plan = {  # name: (response after h, reply after h, visit (resolved, answer))
        "A": (1, 48, (True, Satisfaction.SATISFIED)),
        "B": (30, 200, (False, Satisfaction.DISSATISFIED)),  # late response, late reply
        "C": (5, 24, (True, Satisfaction.BASICALLY_SATISFIED)),
        "D": (2, 50, (True, None)),  # visited, no rating
        "E": (None, None, None),  # never responded
    }
    for k, (name, (resp, reply, visit)) in enumerate(plan.items()):
        at = T0 + timedelta(days=k)
        cid = _hotline_case(db, ticket=f"BJ2026030{k}-0001", at=at)
        if resp is not None:
            hotline.record_response(db, MEDIATOR, cid, at=at + timedelta(hours=resp))
        if reply is not None:
            hotline.record_reply(db, MEDIATOR, cid, at=at + timedelta(hours=reply), text="答复")
        if visit is not None:
            hotline.record_return_visit(
                db,
                MEDIATOR,
                cid,
                at=at + timedelta(hours=reply + 24),  # type: ignore[operator]
                resolved=visit[0],
                satisfaction=visit[1],
            )
        ids[name] = cid
    return ids


def test_the_three_rates_by_hand_and_the_counts_add_up(db) -> None:  # type: ignore[no-untyped-def]
    ids = _tickets(db)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with read_session(db.engine) as s:
        row = monitoring.hotline_figures(s, st.month(2026, 3), now=now)[0]
        behind = set(monitoring.hotline_cases_behind(s, st.month(2026, 3), "response", now=now))
    c = row.counts
    assert (c["received"], c["responded_on_time"], c["responded_late"], c["unresponded_overdue"]) == (
        5,
        3,
        1,
        1,
    )
    assert (c["replied_on_time"], c["replied_late"], c["unreplied_overdue"]) == (3, 1, 1)  # due after 7 days
    assert (c["resolved"], c["unresolved"], c["not_visited"]) == (3, 1, 1)
    assert (c["rated_satisfied"], c["rated_basic"], c["rated_dissatisfied"], c["unrated"]) == (1, 1, 1, 1)
    assert (row.response.num, row.response.den) == (3, 5)  # 60.0%
    assert (row.resolution.num, row.resolution.den) == (3, 4)  # resolved ÷ visited
    assert (row.satisfaction.num, row.satisfaction.den) == (2, 3)  # (满意+基本满意) ÷ rated
    assert behind == {ids["A"], ids["C"], ids["D"]}
    hotline.save_hotline_definitions(
        db,
        ADMIN,
        HotlineDefinitions(response_hours=48, satisfied_answers=("satisfied",), resolution_base="received"),
    )
    with read_session(db.engine) as s:
        row = monitoring.hotline_figures(s, st.month(2026, 3), now=now)[0]
    assert row.response.num == 4 and (row.resolution.num, row.resolution.den) == (3, 5)
    assert (row.satisfaction.num, row.satisfaction.den) == (1, 3)


def test_today_lists_new_tickets_and_overdue_responses(db) -> None:  # type: ignore[no-untyped-def]
    ids = _tickets(db)
    with read_session(db.engine) as s:
        # 2026-03-06 (Shanghai) 12:00: E arrived at 09:30 that day, no response yet, not overdue
        day = monitoring.today_view(s, datetime(2026, 3, 6).date(), now=T0 + timedelta(days=4, hours=3))
        assert [t.case_id for t in day.new_tickets] == [ids["E"]] and day.overdue == []
        later = monitoring.today_view(s, datetime(2026, 3, 7).date(), now=T0 + timedelta(days=5, hours=2))
    assert [t.case_id for t in later.overdue] == [ids["E"]] and later.overdue[0].hours_waiting == 26.0


def test_every_hotline_figure_equals_plain_sql_on_random_rows(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """Reconciliation: 400 random tickets; every count and rate recomputed with plain SQL."""
    import random

    from sqlalchemy import text

    from mediation_desk.store.engine import write_session
    from mediation_desk.store.models import Case

    rng = random.Random(17)
    with write_session(sqlite_db.engine) as s:
        for i in range(400):
            at = datetime(2026, 2, 20, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 60 * 24 * 50))
            c = Case(
                number=f"N{i}",
                year=2026,
                seq=i,
                organisation_id=1,
                title="t",
                track="people",
                source="hotline_12345",
                category=rng.choice(["noise", "parking", "neighbour"]),
                status="registered",
                received_at=at,
            )
            s.add(c)
            s.flush()
            resp = None if rng.random() < 0.15 else at + timedelta(hours=rng.uniform(0, 60))
            reply = (
                None if resp is None or rng.random() < 0.2 else resp + timedelta(hours=rng.uniform(0, 300))
            )
            visited = reply is not None and rng.random() < 0.8
            s.add(
                HotlineTicket(
                    case_id=c.id,
                    ticket_no=f"T{i:05d}",
                    received_at=at,  # type: ignore[arg-type]
                    reply_due_at=at + timedelta(days=7),
                    first_response_at=resp,
                    reply_at=reply,
                    visit_at=reply + timedelta(days=1) if visited else None,  # type: ignore[operator]
                    visit_resolved=rng.random() < 0.7 if visited else None,
                    visit_satisfaction=rng.choice(["satisfied", "basically_satisfied", "dissatisfied", None])
                    if visited
                    else None,
                )
            )
    now = datetime(2026, 3, 20, tzinfo=UTC)
    period = st.month(2026, 3)
    w = period.window(now)
    with read_session(sqlite_db.engine) as s:
        row = monitoring.hotline_figures(s, period, now=now)[0]
        raw = s.execute(
            text(
                """SELECT count(*),  -- noqa: E501 (SQL)
                 sum(first_response_at IS NOT NULL AND (julianday(first_response_at) - julianday(received_at)) * 24 <= 24),
                 sum(first_response_at IS NOT NULL AND (julianday(first_response_at) - julianday(received_at)) * 24 > 24),
                 sum(first_response_at IS NULL AND (julianday(:asof) - julianday(received_at)) * 24 > 24),
                 sum(first_response_at IS NULL AND (julianday(:asof) - julianday(received_at)) * 24 <= 24),
                 sum(reply_at IS NOT NULL AND reply_at <= reply_due_at), sum(reply_at > reply_due_at),
                 sum(reply_at IS NULL AND reply_due_at < :asof), sum(reply_at IS NULL AND reply_due_at >= :asof),
                 sum(visit_resolved = 1), sum(visit_resolved = 0), sum(visit_resolved IS NULL),
                 sum(visit_resolved IS NOT NULL AND visit_satisfaction = 'satisfied'),
                 sum(visit_resolved IS NOT NULL AND visit_satisfaction = 'basically_satisfied'),
                 sum(visit_resolved IS NOT NULL AND visit_satisfaction = 'dissatisfied'),
                 sum(visit_resolved IS NOT NULL AND visit_satisfaction IS NULL)
               FROM hotlineticket WHERE received_at >= :start AND received_at < :end"""  # noqa: E501
            ),
            {
                "asof": w.as_of.replace(tzinfo=None).isoformat(sep=" "),
                "start": w.start.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" "),
                "end": w.end.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" "),
            },
        ).one()
    names = (
        "received",
        "responded_on_time",
        "responded_late",
        "unresponded_overdue",
        "unresponded_waiting",
        "replied_on_time",
        "replied_late",
        "unreplied_overdue",
        "unreplied_waiting",
        "resolved",
        "unresolved",
        "not_visited",
        "rated_satisfied",
        "rated_basic",
        "rated_dissatisfied",
        "unrated",
    )
    assert {n: row.counts[n] for n in names} == {n: int(v or 0) for n, v in zip(names, raw, strict=True)}
    c = row.counts
    assert c["received"] > 100 and c["unresponded_waiting"] > 0 and c["unreplied_waiting"] > 0
    assert row.response.num == raw[1] and row.response.den == raw[0]
    assert (row.resolution.num, row.resolution.den) == (raw[9], raw[9] + raw[10])
    assert (row.satisfaction.num, row.satisfaction.den) == (raw[12] + raw[13], raw[12] + raw[13] + raw[14])
    for parts in (names[1:5], names[5:9], names[9:12]):
        assert sum(c[n] for n in parts) == c["received"]
    assert sum(c[n] for n in names[12:16]) == row.visited
