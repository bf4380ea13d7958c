"""Demo data: valid, varied, consistent with the workflow, searchable, numbered without reuse."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from mediation_desk.__main__ import main
from mediation_desk.demo.generator import ACTION, generate
from mediation_desk.domain.enums import (
    DEFAULT_CATEGORIES,
    CaseStatus,
    CommitteeRole,
    PartyRole,
    Procedure,
    Source,
    Track,
)
from mediation_desk.domain.idcard import parse_resident_id
from mediation_desk.domain.numbering import parse_case_number
from mediation_desk.domain.uscc import validate_uscc
from mediation_desk.domain.workflow import ALLOWED
from mediation_desk.services import cases
from mediation_desk.store import audit, search
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import (
    AuditEvent,
    Case,
    CaseParty,
    LinkedMatter,
    Membership,
    Obligation,
    Organisation,
    Payment,
    Person,
    StatusHistory,
)
from tests.helpers.factories import MEDIATOR, new_case, person


def _all(session, stmt):  # type: ignore[no-untyped-def]
    return session.execute(stmt).all()


def test_generated_data_is_valid_varied_and_consistent(db) -> None:  # type: ignore[no-untyped-def]
    progress: list[tuple[int, int]] = []
    summary = generate(db, cases=400, seed=7, progress=lambda d, t: progress.append((d, t)))
    assert summary.cases == 400 and progress[-1] == (400, 400)
    now = datetime.now(UTC)
    with read_session(db.engine) as s:
        people = s.execute(select(Person)).scalars().all()
        ids = [p.id_number for p in people if p.id_number]
        assert len(ids) == len(set(ids)) > 400
        for number in ids:
            parse_resident_id(number)  # raises on a bad check digit or date
        assert sum(n.startswith("11") for n in ids) > len(ids) // 2  # mostly Beijing-born
        codes = [p.uscc for p in people if p.uscc] + [
            o.uscc for o in s.execute(select(Organisation)).scalars() if o.uscc
        ]
        assert codes and all(validate_uscc(c) == c for c in codes)
        assert any(c.startswith("N") for c in codes)  # village collectives
        assert all(p.phone.startswith("+86") for p in people if p.phone)
        assert any(len(p.name) == 2 for p in people) and any(len(p.name) == 3 for p in people)

        rows = s.execute(select(Case)).scalars().all()
        assert len(rows) == 400
        assert {c.source for c in rows} == {x.value for x in Source}
        assert {c.track for c in rows} == {x.value for x in Track}
        assert {c.status for c in rows} == {x.value for x in CaseStatus}
        assert set(DEFAULT_CATEGORIES) <= {c.category for c in rows}
        assert {r for (r,) in _all(s, select(CaseParty.role).distinct())} == {x.value for x in PartyRole}
        assert {r for (r,) in _all(s, select(Membership.role).distinct())} == {x.value for x in CommitteeRole}
        assert {p.member_role for p in people if p.member_role} == {x.value for x in CommitteeRole}
        assert all(p.organisation_id for p in people if p.member_role)
        assert any(c.sealed for c in rows) and any(c.confidential_amounts for c in rows)
        assert s.execute(
            select(func.count()).where(LinkedMatter.procedure == Procedure.FAST_TRACK_48H.value)
        ).scalar_one()
        for c in rows:
            assert c.party_names and c.received_at <= now and c.received_at > now - timedelta(days=740)
        history: dict[int, list[StatusHistory]] = defaultdict(list)
        for h in s.execute(
            select(StatusHistory).order_by(StatusHistory.case_id, StatusHistory.seq)
        ).scalars():
            history[h.case_id].append(h)
        for c in rows:
            steps = history[c.id]
            assert steps[0].from_status is None and steps[0].to_status == "registered"
            for before, after in zip(steps, steps[1:], strict=False):
                assert after.from_status == before.to_status
                assert CaseStatus(after.to_status) in ALLOWED[CaseStatus(before.to_status)]
                assert after.at >= before.at
            assert steps[-1].to_status == c.status
            assert (c.accepted_at is not None) == any(h.to_status == "accepted" for h in steps)

        owed = dict(_all(s, select(Obligation.id, Obligation.amount_fen)))
        paid: dict[int, int] = defaultdict(int)
        for oid, fen in _all(s, select(Payment.obligation_id, Payment.amount_fen)):
            paid[oid] += fen
        assert all(paid[o] <= owed[o] for o in paid)
        case_of = dict(_all(s, select(Obligation.id, Obligation.case_id)))
        unpaid_cases = {case_of[o] for o in owed if paid[o] < owed[o]}
        performed = [c.id for c in rows if c.status == "performed"]
        assert performed and not set(performed) & unpaid_cases
        assert any(c.status == "performing" and c.id in unpaid_cases for c in rows)

        by_id = {}
        for link in s.execute(select(CaseParty)).scalars():
            by_id[link.id] = link
        for link in by_id.values():
            if link.role in ("guardian", "appropriate_adult"):
                assert by_id[link.guardian_of_id].case_id == link.case_id
        juvenile = {c.id for c in rows if c.juvenile}
        guarded = {link.case_id for link in by_id.values() if link.role in ("guardian", "appropriate_adult")}
        assert juvenile and juvenile <= guarded

        report = audit.verify_chain(s)
        assert report.ok
        events = s.execute(select(AuditEvent).where(AuditEvent.action == ACTION)).scalars().all()
        assert len(events) == 1 and '"cases": [null, 400]' in events[0].diff


def test_later_real_cases_continue_the_number_series(db) -> None:  # type: ignore[no-untyped-def]
    generate(db, cases=120, seed=3)
    with read_session(db.engine) as s:
        org_id = s.execute(select(Organisation.id).where(Organisation.org_code == "京朝")).scalar_one()
        numbers = {n for (n,) in _all(s, select(Case.number))}
    received = datetime.now(UTC)
    result = cases.register_case(db, MEDIATOR, new_case(org_id, received_at=received))
    assert result.number not in numbers
    year, _, code, seq = parse_case_number(result.number)
    same = [parse_case_number(n)[3] for n in numbers if n.startswith(f"（{year}）京朝{code}字")]
    assert same and seq == max(same) + 1
    with read_session(db.engine) as s:
        assert audit.verify_chain(s).ok


def test_search_finds_demo_cases_by_surname_and_two_character_name(db) -> None:  # type: ignore[no-untyped-def]
    generate(db, cases=200, seed=11)
    with read_session(db.engine) as s:
        names: dict[int, list[str]] = defaultdict(list)
        for case_id, name in _all(
            s, select(CaseParty.case_id, Person.name).join(Person, Person.id == CaseParty.person_id)
        ):
            names[case_id].append(name)
        titles = dict(_all(s, select(Case.id, Case.title)))
        two = next(n for ns in names.values() for n in ns if len(n) == 2)
        for query in ("王", two):
            expected = {cid for cid, ns in names.items() if any(query in n for n in ns)}
            if len(query) == 2:
                expected |= {cid for cid, t in titles.items() if query in t}
            found = {cid for (cid,) in _all(s, select(Case.id).where(search.match_condition(s, query)))}
            assert expected and found == expected, query
        three = next(n for ns in names.values() for n in ns if len(n) == 3)
        found = {cid for (cid,) in _all(s, select(Case.id).where(search.match_condition(s, three)))}
        assert {cid for cid, ns in names.items() if three in ns} <= found


def test_cli_demo_refuses_a_database_with_real_cases_unless_forced(db, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--database", db.url, "demo", "--cases", "50"]) == 0
    out = capsys.readouterr().out
    assert "50/50" in out and "done" in out
    assert main(["--database", db.url, "demo", "--cases", "20", "--seed", "5"]) == 0  # demo on demo is fine
    with read_session(db.engine) as s:
        org_id = s.execute(select(Organisation.id).where(Organisation.org_code == "京朝")).scalar_one()
    cases.register_case(db, MEDIATOR, new_case(org_id, applicant=person("赵敏", seq=41, phone="13600001111")))
    assert main(["--database", db.url, "demo", "--cases", "10"]) == 3
    assert "1 real case" in capsys.readouterr().err
    assert main(["--database", db.url, "demo", "--cases", "10", "--force"]) == 0
    with read_session(db.engine) as s:
        assert s.execute(select(func.count()).select_from(Case)).scalar_one() == 81
        assert audit.verify_chain(s).ok


@pytest.mark.parametrize("count", [0])
def test_zero_cases_still_records_the_run(db, count: int) -> None:  # type: ignore[no-untyped-def]
    summary = generate(db, cases=count)
    assert summary.cases == 0
    with read_session(db.engine) as s:
        assert s.execute(select(func.count()).where(AuditEvent.action == ACTION)).scalar_one() == 1


@pytest.mark.slow  # long: CI runs it; `pytest -m "not slow"` skips it locally
@pytest.mark.parametrize("base", [None, 10])
def test_worker_process_builds_the_same_data_as_in_process(tmp_path, monkeypatch, base):  # type: ignore[no-untyped-def]
    # base=10: a "big" run (60 cases = 6 base districts: six years, six times the committee)
    from mediation_desk.demo import plan as demo_plan
    from mediation_desk.store.database import open_database

    if base:
        monkeypatch.setattr(demo_plan, "BASE_CASES", base)

    titles = []
    for parallel in (False, True):
        db = open_database(f"sqlite:///{tmp_path / f'p{parallel}.sqlite3'}")
        try:
            summary = generate(db, cases=60, seed=99, parallel=parallel, today=datetime(2026, 6, 1).date())
            assert summary.cases == 60
            with read_session(db.engine) as s:
                titles.append(
                    _all(
                        s,
                        select(
                            Case.number, Case.title, Case.status, Case.received_at, Case.chief_mediator_id
                        ).order_by(Case.id),
                    )
                )
                assert audit.verify_chain(s).ok
        finally:
            db.dispose()
    assert titles[0] == titles[1] and len(titles[0]) == 60


def test_fresh_file_is_filled_fast_and_left_a_normal_durable_database(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    # A database without cases is filled with foreign keys unchecked and WAL commits unsynced
    # (demo_copy.bulk_begin); afterwards every reference holds and the house settings are back.
    generate(sqlite_db, cases=300, seed=13, parallel=False)
    with sqlite_db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    generate(sqlite_db, cases=50, seed=14, parallel=False)  # not fresh any more: normal settings
    with read_session(sqlite_db.engine) as s:
        assert s.execute(select(func.count()).select_from(Case)).scalar_one() == 350
        assert audit.verify_chain(s).ok


# --- size of the district: runs past 100,000 cases span more years and have a bigger committee ---

_HORIZON = datetime(2026, 6, 1, 10, tzinfo=UTC)


def _ages(plans) -> list[float]:  # type: ignore[no-untyped-def]
    return [(_HORIZON - p.received).total_seconds() / 86400 for p in plans]


def test_runs_up_to_100000_cases_keep_the_two_year_base_district() -> None:
    import random

    from mediation_desk.demo import plan as P
    from mediation_desk.demo.setup import MEMBERS, members_wanted

    for n in (0, 2000, 100_000):
        assert P.district_scale(n) == 1 and P.span_factor(n) == 1
        assert P.destinies(n) == (P.DESTINY, P.AGE_DAYS) and P.destinies(n)[0] is P.DESTINY
        assert members_wanted(n) == {role: base for role, (_, base) in MEMBERS.items()}
    assert members_wanted(100_000)[CommitteeRole.MEDIATOR] == 12
    plans = P.make_plan(random.Random(1), 3000, _HORIZON, list(DEFAULT_CATEGORIES), district=100_000)
    assert plans == P.make_plan(random.Random(1), 3000, _HORIZON, list(DEFAULT_CATEGORIES))
    ages = _ages(plans)
    assert 700 < max(ages) <= 731 and min(ages) >= 0  # (night-time receipts move back some hours)


def test_big_runs_make_a_bigger_older_district() -> None:
    import random

    from mediation_desk.demo import plan as P
    from mediation_desk.demo.setup import MEMBERS, members_wanted

    assert P.district_scale(1_000_000) == 10 and P.span_factor(1_000_000) == 5  # capped at ten years
    assert P.span_factor(250_000) == 2.5 and P.span_factor(150_000) == 1.5
    wanted = members_wanted(1_000_000)
    assert wanted == {role: 10 * base for role, (_, base) in MEMBERS.items()}
    assert wanted[CommitteeRole.MEDIATOR] == 120 and wanted[CommitteeRole.LAWYER] == 60
    assert members_wanted(150_000)[CommitteeRole.MEDIATOR] == 18

    weights, ages = P.destinies(1_000_000)
    for status, (lo, hi) in P.AGE_DAYS.items():
        if hi == P.BASE_SPAN_DAYS:  # finished cases spread over ten years
            assert ages[status] == (lo, P.MAX_SPAN_DAYS) and weights[status] == P.DESTINY[status]
        else:  # open cases stay recent, and as many per day received as at 100,000
            assert ages[status] == (lo, hi) and weights[status] == P.DESTINY[status] / 5
    assert ages[CaseStatus.PERFORMING] == (20, 300)

    sample = P.make_plan(random.Random(1), 6000, _HORIZON, list(DEFAULT_CATEGORIES), district=1_000_000)
    days = _ages(sample)
    assert 3500 < max(days) <= P.MAX_SPAN_DAYS + 1
    assert sum(d > 730 for d in days) > len(days) * 0.7
    recent = [d for p, d in zip(sample, days, strict=True) if p.destiny == CaseStatus.REGISTERED]
    assert recent and max(recent) <= 3.2  # 2.5 days (and a night moved into office hours)
    # months: ~8,000 cases a month at 1,000,000 (the sample is 6,000 of them), not 41,000
    per_month = 6000 / (P.MAX_SPAN_DAYS / 30.44)
    older = [d for d in days if 400 < d <= 3600]
    assert abs(len(older) / ((3600 - 400) / 30.44) - per_month) < per_month * 0.25
    # case numbers for the older years: one series per (organisation, type, year)
    assert min(p.received for p in sample).year <= _HORIZON.year - 9


@pytest.mark.slow  # long: CI runs it; `pytest -m "not slow"` skips it locally
def test_a_scaled_run_shares_the_work_and_links_demo_users_to_members(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The whole path with a small "base": 1,000 cases behave like 1,000,000 with BASE_CASES = 100.
    from mediation_desk.demo import plan as P
    from mediation_desk.demo.users import create_demo_users
    from mediation_desk.store.database import open_database

    monkeypatch.setattr(P, "BASE_CASES", 100)
    db = open_database(f"sqlite:///{tmp_path / 'big.sqlite3'}")
    try:
        summary = generate(db, cases=1000, seed=21, parallel=False, today=datetime(2026, 6, 1).date())
        assert summary.created_members == 10 * (12 + 6 + 8 + 3 + 3 + 4 + 5)
        with read_session(db.engine) as s:
            role_count = select(Person.member_role, func.count()).where(Person.member_role.is_not(None))
            roles = dict(_all(s, role_count.group_by(Person.member_role)))
            assert roles["mediator"] == 120 and roles["lawyer"] == 60
            chief = Case.chief_mediator_id
            chiefs = dict(_all(s, select(chief, func.count()).where(chief.is_not(None)).group_by(chief)))
            assert len(chiefs) > 100 and max(chiefs.values()) < 40  # shared: ~1000 / 180 each
            received = [r for (r,) in _all(s, select(Case.received_at))]
            # ten years back (deadlines computed for 2016 too)
            assert min(received).replace(tzinfo=None) < datetime(2017, 1, 1)
            years = {y for (y,) in _all(s, select(Case.year).distinct())}
            assert years >= set(range(2017, 2027))
            numbers = [n for (n,) in _all(s, select(Case.number))]
            assert len(numbers) == len(set(numbers))
            assert audit.verify_chain(s).ok
        # a database with the members already gets none (only the missing are added)
        assert generate(db, cases=10, seed=22, parallel=False).created_members == 0
        assert {"mediator1", "mediator2"} <= set(create_demo_users(db))
        with read_session(db.engine) as s:
            from mediation_desk.store.models import User

            demo = select(User.username, Person.member_role).join(Person, Person.id == User.person_id)
            linked = _all(s, demo.where(User.username.in_(("mediator1", "mediator2"))))
            assert sorted(linked) == [("mediator1", "mediator"), ("mediator2", "mediator")]
    finally:
        db.dispose()


def test_working_days_fall_back_to_monday_to_friday_for_years_without_a_schedule() -> None:
    from datetime import date

    from mediation_desk.domain.workdays import WorkCalendar

    cal = WorkCalendar()
    years = cal.known_years()
    before, after = years.start - 3, years.stop + 3
    for year in (before, after):
        start = date(year, 1, 1)
        end = cal.add_working_days(start, 30)
        assert cal.working_days_between(start, end) == 30 and end.weekday() < 5
