"""Deadlines of stored cases: facts from the database → :func:`domain.deadlines.due_items`.

``col(Case.due_at)`` caches the next open due time of each case (for sorting and for finding
overdue cases with one indexed query); every service that changes what a deadline depends
on calls :func:`refresh_due_at` inside its unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Table, func, or_, select, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col

from ..domain.deadlines import (
    FINISHED,
    CaseFacts,
    DueItem,
    FastTrackFacts,
    InstalmentFacts,
    SessionFacts,
    due_items,
    fast_track_due,
    next_open,
)
from ..domain.enums import AgreementState, CaseStatus, Procedure, Track
from ..domain.errors import NotFoundError
from ..domain.workdays import WorkCalendar
from ..store.models import (
    Agreement,
    CalendarOverride,
    Case,
    FollowUp,
    JudicialConfirmation,
    LinkedMatter,
    MediationSession,
    Obligation,
    Payment,
)
from ..store.types import utcnow
from .settings import limits

CASE_TABLE: Table = Case.__table__  # type: ignore[attr-defined]  # SQLModel declares it untyped

_FINISHED_CODES = [s.value for s in FINISHED]


def work_calendar(session: Session) -> WorkCalendar:
    """The working-day calendar with the administrator's overrides."""
    rows = session.execute(select(col(CalendarOverride.day), col(CalendarOverride.working))).all()
    return WorkCalendar({day: working for day, working in rows})


def current_agreement(session: Session, case_id: int) -> Agreement | None:
    """The agreement in force: the latest signed (or oral) version that is not superseded."""
    stmt = (
        select(Agreement)
        .where(
            col(Agreement.case_id) == case_id,
            col(Agreement.state) != AgreementState.SUPERSEDED.value,
            or_(col(Agreement.state) == AgreementState.SIGNED.value, col(Agreement.form) == "oral"),
        )
        .order_by(col(Agreement.version).desc())
        .limit(1)
    )
    return session.execute(stmt).scalars().first()


class CaseColumns(Protocol):
    """What :func:`case_facts` reads of a case: a ``Case`` or a row of those columns."""

    id: int | None
    track: str
    status: str
    received_at: datetime
    accepted_at: datetime | None
    extended_until: date | None


def case_facts(session: Session, case: CaseColumns) -> CaseFacts:
    """Load everything the deadline engine needs about ``case`` (a ``Case`` or a row of its columns)."""
    cid = case.id
    assert cid is not None
    sessions = tuple(
        SessionFacts(s.id, s.starts_at, s.recorded_at)
        for s in session.execute(
            select(MediationSession).where(col(MediationSession.case_id) == cid)
        ).scalars()
    )
    matter = session.execute(select(LinkedMatter).where(col(LinkedMatter.case_id) == cid)).scalars().first()
    fast = None
    if matter is not None and matter.procedure == Procedure.FAST_TRACK_48H.value:
        fast = FastTrackFacts(
            matter.summoned_at, matter.investigation_done_at, matter.review_done_at, matter.trial_done_at
        )
    agreement = current_agreement(session, cid)
    instalments: tuple[InstalmentFacts, ...] = ()
    applied = None
    if agreement is not None:
        paid = func.coalesce(
            select(func.sum(col(Payment.amount_fen)))
            .where(col(Payment.obligation_id) == col(Obligation.id))
            .correlate(Obligation)
            .scalar_subquery(),
            0,
        )
        rows = session.execute(
            select(Obligation, paid)
            .where(col(Obligation.agreement_id) == agreement.id)
            .order_by(col(Obligation.seq))
        ).all()
        instalments = tuple(
            InstalmentFacts(o.id, o.amount_fen, int(p), o.due_date, o.on_the_spot) for o, p in rows
        )
        applied = session.execute(
            select(func.min(col(JudicialConfirmation.applied_on))).where(
                col(JudicialConfirmation.case_id) == cid
            )
        ).scalar_one()
    follow_ups = tuple(
        session.execute(
            select(col(FollowUp.done_at)).where(
                col(FollowUp.case_id) == cid, col(FollowUp.done_at).is_not(None)
            )
        ).scalars()
    )
    return CaseFacts(
        case_id=cid,
        track=Track(case.track),
        status=CaseStatus(case.status),
        received_at=case.received_at,
        accepted_at=case.accepted_at,
        extended_until=case.extended_until,
        appraisal_at=matter.appraisal_at if matter is not None else None,
        sessions=sessions,
        fast_track=fast,
        instalments=instalments,
        performance_deadline=agreement.performance_deadline if agreement else None,
        agreement_effective_on=agreement.effective_on if agreement else None,
        judicial_applied_on=applied,
        follow_ups_done=follow_ups,
    )


def _items(
    session: Session, case: Case, now: datetime, calendar: WorkCalendar | None = None
) -> list[DueItem]:
    return due_items(case_facts(session, case), limits(session), calendar or work_calendar(session), now)


def due_items_for_case(session: Session, case_id: int, now: datetime) -> list[DueItem]:
    """Every due item of a case, earliest first (see :mod:`mediation_desk.domain.deadlines`).

    Raises:
        NotFoundError: ``record.not_found`` when the case does not exist.
    """
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError("record.not_found", entity="case", id=case_id)
    return _items(session, case, now)


def refresh_due_at(session: Session, case: Case, *, calendar: WorkCalendar | None = None) -> datetime | None:
    """Store the next open due time in ``col(Case.due_at)`` (None when nothing is open), and the end of
    a running 48-hour clock in ``col(Case.fast_track_due_at)`` (None when none runs or the case is finished).

    The cache is written without bumping the case's optimistic-lock version: it is derived
    data, and a mediator's open edit form must not turn stale because a payment was recorded.
    """
    if case.id is None:
        session.flush()
    facts = case_facts(session, case)
    lim = limits(session)
    items = due_items(facts, lim, calendar or work_calendar(session), utcnow())
    finished = CaseStatus(case.status) in FINISHED
    nxt = None if finished else next_open(items)
    value = nxt.due_at if nxt is not None else None
    ft = facts.fast_track
    clock = (
        None
        if finished or ft is None
        else fast_track_due(ft.summoned_at, ft.trial_done_at, lim.fast_track_hours)
    )
    if value != case.due_at or clock != case.fast_track_due_at:
        session.execute(
            update(CASE_TABLE).where(CASE_TABLE.c.id == case.id).values(due_at=value, fast_track_due_at=clock)
        )
        set_committed_value(case, "due_at", value)
        set_committed_value(case, "fast_track_due_at", clock)
    return value


def refresh_all_due_at(session: Session) -> int:
    """Refresh every case still being worked (after a limit or calendar change); returns the count."""
    calendar = work_calendar(session)
    cases = list(session.execute(select(Case).where(col(Case.status).not_in(_FINISHED_CODES))).scalars())
    for case in cases:
        refresh_due_at(session, case, calendar=calendar)
    return len(cases)


@dataclass(frozen=True)
class CaseDue:
    """A case with the due items to show on the start-up list or the dashboard."""

    case_id: int
    number: str
    title: str
    track: str
    status: str
    party_names: str
    items: tuple[DueItem, ...]


_DUE_COLUMNS = (
    col(Case.id),
    col(Case.number),
    col(Case.title),
    col(Case.track),
    col(Case.status),
    col(Case.party_names),
    col(Case.received_at),
    col(Case.accepted_at),
    col(Case.extended_until),
    col(Case.due_at),
)
_BATCH = 100  # candidate cases read per query (plain columns, not ORM objects)


def _due_filter(
    now: datetime, horizon: datetime, *, organisation_id: int | None, keep: str, visible: Any
) -> list[Any]:
    # col(Case.due_at) caches each case's next open item (None: nothing open), so only cases due by
    # the horizon can have an overdue or due-soon item: an indexed range, not every open case.
    where: list[Any] = [
        col(Case.status).not_in(_FINISHED_CODES),
        col(Case.due_at) <= horizon,
    ]
    if keep == "soon":
        # A case whose next item is already overdue is on the overdue list; here: next item ahead.
        where.append(col(Case.due_at) > now)
    if organisation_id is not None:
        where.append(col(Case.organisation_id) == organisation_id)
    if visible is not None:  # policy.visible_case_condition(actor): sealed cases stay hidden
        where.append(visible)
    return where


def _candidates(session: Session, where: list[Any]) -> Any:
    """The cases matching ``where``, most overdue first, as rows of plain columns, read in batches.

    Batches with SQL ``LIMIT`` (keyset on ``(due_at, id)``): a caller that stops after a few cases
    never loads the rest (13,604 overdue cases of the 100,000-case demo as ORM objects: ~57 MiB).
    """
    after: tuple[Any, Any] | None = None
    while True:
        stmt = select(*_DUE_COLUMNS).where(*where)
        if after is not None:
            due, cid = after
            stmt = stmt.where(  # the range on due_at keeps the index in use
                col(Case.due_at) >= due, or_(col(Case.due_at) > due, col(Case.id) > cid)
            )
        rows = session.execute(stmt.order_by(col(Case.due_at), col(Case.id)).limit(_BATCH)).all()
        yield from rows
        if len(rows) < _BATCH:
            return
        after = (rows[-1].due_at, rows[-1].id)


def _collect(
    session: Session,
    now: datetime,
    horizon: datetime,
    *,
    organisation_id: int | None,
    keep: str,
    visible: Any = None,
    limit: int | None = None,
) -> list[CaseDue]:
    where = _due_filter(now, horizon, organisation_id=organisation_id, keep=keep, visible=visible)
    calendar = work_calendar(session)
    lim = limits(session)
    out: list[CaseDue] = []
    for case in _candidates(session, where):
        items = due_items(case_facts(session, case), lim, calendar, now)
        if keep == "overdue":
            chosen = [i for i in items if i.overdue and not i.optional]
        else:
            chosen = [
                i for i in items if not i.done and not i.overdue and not i.stopped and i.due_at <= horizon
            ]
        if chosen:
            out.append(
                CaseDue(
                    case.id, case.number, case.title, case.track, case.status, case.party_names, tuple(chosen)
                )
            )
            if limit is not None and len(out) >= limit:
                break  # cases come most overdue first: the first ``limit`` are the ones to show
    out.sort(key=lambda c: (c.items[0].due_at, c.case_id))
    return out


def count_overdue(
    session: Session, now: datetime, *, organisation_id: int | None = None, visible: Any = None
) -> int:
    """How many cases have an overdue item: one indexed ``COUNT`` on the cached ``col(Case.due_at)``.

    ``due_at`` is the next open non-optional item, so a case counts when that is past — the
    cases :func:`overdue_summary` lists (it reads each one's facts; this reads none).
    """
    where = _due_filter(now, now, organisation_id=organisation_id, keep="overdue", visible=visible)
    return int(session.execute(select(func.count()).select_from(Case).where(*where)).scalar_one())


def count_due_soon(
    session: Session,
    now: datetime,
    *,
    within: timedelta | None = None,
    organisation_id: int | None = None,
    visible: Any = None,
) -> int:
    """How many cases :func:`due_soon` would list without a limit (one indexed ``COUNT``)."""
    horizon = now + (within if within is not None else timedelta(days=limits(session).due_soon_days))
    where = _due_filter(now, horizon, organisation_id=organisation_id, keep="soon", visible=visible)
    return int(session.execute(select(func.count()).select_from(Case).where(*where)).scalar_one())


def overdue_summary(
    session: Session,
    now: datetime,
    *,
    organisation_id: int | None = None,
    visible: Any = None,
    limit: int | None = 500,
) -> list[CaseDue]:
    """Cases with overdue items (optional ones such as judicial confirmation left out), most overdue first.

    At most ``limit`` cases (None: all) — a screen list, not a report; statistics count them all.
    """
    return _collect(
        session, now, now, organisation_id=organisation_id, keep="overdue", visible=visible, limit=limit
    )


def due_soon(
    session: Session,
    now: datetime,
    *,
    within: timedelta | None = None,
    organisation_id: int | None = None,
    visible: Any = None,
    limit: int | None = 500,
) -> list[CaseDue]:
    """Open items due within ``within`` (default: the ``due_soon_days`` limit), not yet overdue
    (at most ``limit`` cases).
    """
    horizon = now + (within if within is not None else timedelta(days=limits(session).due_soon_days))
    return _collect(
        session, now, horizon, organisation_id=organisation_id, keep="soon", visible=visible, limit=limit
    )


__all__ = [
    "CaseDue",
    "case_facts",
    "count_due_soon",
    "count_overdue",
    "current_agreement",
    "due_items_for_case",
    "due_soon",
    "overdue_summary",
    "refresh_all_due_at",
    "refresh_due_at",
    "work_calendar",
]
