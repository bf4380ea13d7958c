"""A director's and a mediator's case list: keyset pages equal one full query of what they may see.

The expected set is computed in Python from the rules of ``services/policy.py`` (organisation;
sealed and juvenile cases only when on the case; a mediator only on their cases), independently
of the SQL condition the list uses.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import OrgKind
from mediation_desk.services import list_plans, policy
from mediation_desk.services.base import Actor
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import Case, Membership, Organisation, Person
from mediation_desk.store.queries.case_list import SORT_COLUMNS, CaseFilters, count_cases, page_cases
from mediation_desk.store.search import rebuild_all

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
TODAY = date(2026, 6, 1)


@pytest.fixture
def world(db):  # type: ignore[no-untyped-def]
    """Cases of two organisations, some sealed or juvenile, with chiefs and (past) memberships."""
    rng = random.Random(11)
    with write_session(db.engine) as s:
        org = s.execute(select(Organisation.id)).scalars().first()
        other = Organisation(name="海淀区人民调解委员会", kind=OrgKind.COMMITTEE.value, org_code="京海")
        s.add(other)
        me, colleague = (
            Person(name="我调解", member_role="mediator"),
            Person(name="同事", member_role="mediator"),
        )
        s.add_all([me, colleague])
        s.flush()
        for n in range(1, 61):
            s.add(
                Case(
                    number=f"（2026）京朝调字第{n:04d}号",
                    year=2026,
                    seq=n,
                    organisation_id=rng.choice([org, org, org, other.id]),
                    title=rng.choice(["邻里纠纷", "噪声纠纷"]),
                    track="people",
                    source="hotline_12345",
                    category=rng.choice(["noise", "neighbour"]),
                    status=rng.choice(["registered", "accepted", "closed"]),
                    received_at=T0 + timedelta(days=rng.randrange(5)),
                    due_at=rng.choice([None, T0 + timedelta(days=rng.randrange(9))]),
                    chief_mediator_id=rng.choice([None, me.id, colleague.id]),
                    sealed=rng.random() < 0.2,
                    juvenile=rng.random() < 0.2,
                    party_names=rng.choice(["张伟、李娜", "王芳、赵六"]),
                )
            )
        s.flush()
        for cid in s.execute(select(Case.id)).scalars().all():
            if rng.random() < 0.4:
                start = TODAY - timedelta(days=30)
                end = rng.choice([None, TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=5)])
                s.add(
                    Membership(
                        case_id=cid,
                        person_id=rng.choice([me.id, colleague.id]),
                        role="member",
                        stages="mediation",
                        from_date=start,
                        to_date=end,
                    )
                )
    return db, int(org), int(me.id)  # type: ignore[arg-type]


def _expected(db: Any, actor: Actor) -> set[int]:
    with read_session(db.engine) as s:
        cases = s.execute(select(Case)).scalars().all()
        members = s.execute(select(Membership)).scalars().all()
    held = {
        m.case_id
        for m in members
        if m.person_id == actor.person_id
        and m.from_date <= TODAY
        and (m.to_date is None or m.to_date >= TODAY)
    }
    out = set()
    for c in cases:
        on = actor.person_id is not None and (c.chief_mediator_id == actor.person_id or c.id in held)
        if c.organisation_id != actor.organisation_id:
            continue
        if actor.role == "mediator" and not on:
            continue
        if (c.sealed or c.juvenile) and not on:
            continue
        out.add(c.id)
    return out


@pytest.mark.parametrize(
    ("walk", "by_set"),
    [(False, False), (False, True), (True, False)],
    ids=["set-in", "set-first", "walk-index"],
)
@pytest.mark.parametrize("role", ["director", "mediator"])
@pytest.mark.parametrize("column", ["received_at", "due_at", "chief_mediator", "status", "title"])
def test_keyset_pages_equal_the_visible_query(
    world,
    role: str,
    column: str,
    walk: bool,  # type: ignore[no-untyped-def]
    by_set: bool,
) -> None:
    """Every plan of the visibility rule (``walk_lists``, ``by_set``) gives exactly the visible cases."""
    db, org, me = world
    actor = Actor(
        user_id=None,
        username=role,
        role=role,
        organisation_id=org,
        person_id=me if role == "mediator" else None,
        walk_lists=walk,
    )
    visible = policy.visible_case_condition(actor, today=TODAY)
    for descending in (False, True):
        with read_session(db.engine) as s:
            full = [
                r.id
                for r in page_cases(
                    session=s,
                    filters=CaseFilters(),
                    sort_column=column,
                    descending=descending,
                    limit=1000,
                    visible=visible,
                )
            ]
            paged: list[int] = []
            last = None
            while True:
                got = page_cases(
                    session=s,
                    filters=CaseFilters(),
                    sort_column=column,
                    descending=descending,
                    limit=7,
                    visible=visible,
                    after=last,
                    by_set=by_set,
                )
                paged += [r.id for r in got]
                if len(got) < 7:
                    break
                last = got[-1]
        assert paged == full
        assert set(full) == _expected(db, actor)
        assert full  # the fixture gives each role something to see


def test_lists_walk_the_index_only_for_a_person_on_many_cases(world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, org, me = world
    mediator = Actor(user_id=None, username="m", role="mediator", organisation_id=org, person_id=me)
    nobody = Actor(user_id=None, username="n", role="mediator", organisation_id=org, person_id=10**6)
    with read_session(db.engine) as s:
        plans = list_plans.with_list_plans
        assert not plans(s, mediator, today=TODAY).walk_lists  # a few dozen cases: read them and sort
        monkeypatch.setattr(list_plans, "WALK_MIN_CASES", 1)
        assert plans(s, mediator, today=TODAY).walk_lists  # about half of all cases: walk the index
        assert not plans(s, nobody, today=TODAY).walk_lists
        planned = plans(s, mediator, today=TODAY)
        assert planned.walk_lists and not planned.walk_searches  # a search needs 25 times as many
        monkeypatch.setattr(list_plans, "SEARCH_WALK_FACTOR", 1)
        assert plans(s, mediator, today=TODAY).walk_searches


@pytest.mark.parametrize("text", ["噪声", "邻里纠纷", "纠纷"])  # titles (the fixture has no parties)
def test_a_search_reads_a_walking_persons_set_first_with_the_same_cases(world, text: str) -> None:  # type: ignore[no-untyped-def]
    """A mediator whose lists walk the sort index searches with the set-first condition (at a million
    cases walking the date index for a surname's matches took 210–260 ms, the set ~20 ms): the same
    cases, exactly the ones the rules computed in Python allow."""
    db, org, me = world
    walking = Actor(
        user_id=None, username="m", role="mediator", organisation_id=org, person_id=me, walk_lists=True
    )  # and not walk_searches: too few cases for a search to walk
    listing = list_plans.list_condition(walking, today=TODAY)
    searching = list_plans.list_condition(walking, searching=True, today=TODAY)
    with write_session(db.engine) as s:
        rebuild_all(s)  # the fixture's cases were written without the services that index them
    with read_session(db.engine) as s:
        bind = s.get_bind()
        got = {
            plan: [
                r.id
                for r in page_cases(session=s, filters=CaseFilters(text=text), limit=1000, visible=condition)
            ]
            for plan, condition in (("walk", listing), ("set", searching))
        }
        every = {r.id for r in page_cases(session=s, filters=CaseFilters(text=text), limit=1000)}
    assert got["walk"] == got["set"] and got["set"]
    assert set(got["set"]) == _expected(db, walking) & every
    counting = list_plans.list_condition(walking, counting=True, today=TODAY)
    with read_session(db.engine) as s:
        assert count_cases(session=s, filters=CaseFilters(), visible=counting) == len(_expected(db, walking))
    if bind.dialect.name == "sqlite":  # the walk tests ids as +id; a search and a count read the set
        assert '+"case".id IN' in str(listing.compile(bind))
        assert '+"case".id IN' not in str(searching.compile(bind))
        assert '+"case".id IN' not in str(counting.compile(bind))


def test_the_chief_mediator_order_reads_the_set_of_a_chief_whose_other_lists_walk(world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Sorted by chief mediator, a chief mediator's own cases lie in one block under their name: a
    walk may pass every case sorted before it (1M demo: 124 ms a first page), so that order reads
    their set unless their cases under other chief mediators alone are enough to walk, or the
    whole index is short enough to walk (100k demo: 14 ms, the set 26 ms)."""
    db, org, me = world
    mediator = Actor(user_id=None, username="m", role="mediator", organisation_id=org, person_id=me)
    director = Actor(user_id=None, username="d", role="director", organisation_id=org)
    with read_session(db.engine) as s:
        few = list_plans.with_list_plans(s, mediator, today=TODAY)
        monkeypatch.setattr(list_plans, "WALK_MIN_CASES", 1)
        short = list_plans.with_list_plans(s, mediator, today=TODAY)  # 60 cases: walking all is cheap
        monkeypatch.setattr(list_plans, "WHOLE_WALK_RATIO", 1)
        many = list_plans.with_list_plans(s, mediator, today=TODAY)  # as if the file were long
        chief = s.execute(select(Case.id).where(Case.chief_mediator_id == me)).scalars().all()
    assert not few.walk_lists and short.walk_lists and many.walk_lists and chief
    assert short.walk_chief_order
    assert not many.walk_chief_order  # most of the fixture's cases of ``me`` are theirs as chief
    for column in SORT_COLUMNS:
        assert list_plans.list_plan(few, order=column).by_set  # too few cases to walk: always the set
        assert not list_plans.list_plan(short, order=column).by_set
        assert list_plans.list_plan(many, order=column).by_set == (column == "chief_mediator")
        assert not list_plans.list_plan(director, order=column).by_set  # a director walks


@pytest.mark.parametrize("column", ["chief_mediator", "due_at"])
def test_a_set_first_page_does_not_walk_the_orders_expression_index(world, column: str) -> None:  # type: ignore[no-untyped-def]
    """Reading a person's set first, SQLite must not walk the order's ``(key IS NULL), key, id``
    index (1M demo, a member on 818 cases: 164–311 ms a chief-mediator page, 35–48 ms a deadline
    page; from the set: 5 and 16 ms); a director's page walks it."""
    db, org, me = world
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite query plans")
    from sqlalchemy import event

    index = {"chief_mediator": "ix_case_mediator_order", "due_at": "ix_case_due_order"}[column]
    mediator = Actor(user_id=None, username="m", role="mediator", organisation_id=org, person_id=me)
    director = Actor(user_id=None, username="d", role="director", organisation_id=org)
    seen: list[tuple[str, Any]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    walked = {}
    with read_session(db.engine) as s:
        for who in (mediator, director):
            plan = list_plans.list_plan(who, order=column, today=TODAY)
            seen.clear()
            event.listen(db.engine, "before_cursor_execute", record)
            try:
                page_cases(
                    session=s,
                    filters=CaseFilters(),
                    sort_column=column,
                    descending=True,
                    limit=10,
                    visible=plan.condition,
                    by_set=plan.by_set,
                )
            finally:
                event.remove(db.engine, "before_cursor_execute", record)
            statement, parameters = seen[0]  # the keyed part (cases with a key)
            steps = [
                str(r[-1])
                for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            ]
            walked[who.role] = any(index in step for step in steps)
    assert walked == {"mediator": False, "director": True}
