"""The deadline engine: every due item of a case, from plain facts, limits and the calendar.

Pure Python (no SQL, no Qt). :func:`due_items` is the one place that knows the clock:

========================== ==========================================================================
kind                       due
========================== ==========================================================================
``acceptance``             ``acceptance_days`` working days after the case was received
``mediation_limit``        治安: ``public_security_working_days`` working days after acceptance, or
                           after the appraisal report when there is one; other tracks:
                           ``mediation_days`` calendar days after acceptance, or the extended date
``session``                its start time; done once its record is saved
``fast_track.<step>``      48小时全流程速裁: summons + ``fast_track_hours`` for each of investigation,
                           review for prosecution and trial; done when the step is timestamped
``instalment``             its due date (on-the-spot: the day the agreement took effect); done when paid
``follow_up``              ``follow_up_days`` after each performance deadline; done by a follow-up on or
                           after that deadline
``judicial_confirmation``  30 days after the agreement took effect (People's Mediation Law Art. 33),
                           moved to the next working day when the last day is a holiday (Civil
                           Procedure Law Art. 85); optional: never counts as overdue work
========================== ==========================================================================

A date deadline ends at the end of that day in Asia/Shanghai. An item is overdue when it is
not done, its case is still being worked, and ``now`` is at or past its due time.

The engine stops at closure: once a case is closed, withdrawn, declined, archived or its
mediation has failed, every item not done is *stopped* — never overdue, never due soon, shown
as stopped (a closed case keeps no live 回访 or 司法确认 deadline).

Relative days (today, tomorrow, overdue by N days) compare Beijing dates: :func:`days_left`.
The 48-hour clock warns at :data:`FAST_TRACK_WARN_HOURS` hours left: :func:`fast_track_alert`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from .enums import CaseStatus, Track
from .limits import Limits
from .workdays import WorkCalendar

SHANGHAI = ZoneInfo("Asia/Shanghai")

#: Statuses in which nothing more is expected of the mediator.
FINISHED = frozenset(
    {
        CaseStatus.DECLINED,
        CaseStatus.WITHDRAWN,
        CaseStatus.MEDIATION_FAILED,
        CaseStatus.CLOSED,
        CaseStatus.ARCHIVED,
    }
)
_MEDIATING = frozenset({CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION})
_CONFIRMABLE = frozenset({Track.PEOPLE, Track.LAWYER, Track.PRE_LITIGATION})


class DueKind(StrEnum):
    ACCEPTANCE = "acceptance"
    MEDIATION_LIMIT = "mediation_limit"
    SESSION = "session"
    FAST_TRACK_INVESTIGATION = "fast_track.investigation"
    FAST_TRACK_REVIEW = "fast_track.review"
    FAST_TRACK_TRIAL = "fast_track.trial"
    INSTALMENT = "instalment"
    FOLLOW_UP = "follow_up"
    JUDICIAL_CONFIRMATION = "judicial_confirmation"


@dataclass(frozen=True)
class SessionFacts:
    id: int
    starts_at: datetime
    recorded_at: datetime | None = None


@dataclass(frozen=True)
class InstalmentFacts:
    id: int
    amount_fen: int
    paid_fen: int = 0
    due_on: date | None = None
    on_the_spot: bool = False


@dataclass(frozen=True)
class FastTrackFacts:
    """Timestamps of the linked matter's 48-hour fast track (summons starts the clock)."""

    summoned_at: datetime | None = None
    investigation_done_at: datetime | None = None
    review_done_at: datetime | None = None
    trial_done_at: datetime | None = None


@dataclass(frozen=True)
class CaseFacts:
    """Everything the engine needs to know about one case."""

    case_id: int
    track: Track
    status: CaseStatus
    received_at: datetime
    accepted_at: datetime | None = None
    extended_until: date | None = None
    appraisal_at: datetime | None = None
    sessions: tuple[SessionFacts, ...] = ()
    fast_track: FastTrackFacts | None = None
    instalments: tuple[InstalmentFacts, ...] = ()
    performance_deadline: date | None = None
    agreement_effective_on: date | None = None
    judicial_applied_on: date | None = None
    follow_ups_done: tuple[datetime, ...] = ()


@dataclass(frozen=True)
class DueItem:
    """One thing due on a case. ``due_on`` is set for date deadlines (they end with that day)."""

    kind: DueKind
    due_at: datetime
    done: bool
    overdue: bool
    remaining: timedelta
    due_on: date | None = None
    ref_id: int | None = None
    optional: bool = False
    params: dict[str, object] = field(default_factory=dict)
    stopped: bool = False  # not done when the case was finished: nothing more is expected

    @property
    def due_day(self) -> date:
        """The Beijing day the item falls due (a day deadline's own day, not the next midnight)."""
        return self.due_on if self.due_on is not None else local_date(self.due_at)


def end_of_day(d: date) -> datetime:
    """The instant a deadline on day ``d`` (Asia/Shanghai) runs out: the next midnight."""
    return datetime.combine(d + timedelta(days=1), time(0), tzinfo=SHANGHAI)


def local_date(at: datetime) -> date:
    return at.astimezone(SHANGHAI).date()


class _Builder:
    def __init__(self, facts: CaseFacts, now: datetime) -> None:
        self.now = now
        self.finished = facts.status in FINISHED
        self.items: list[DueItem] = []

    def add(
        self,
        kind: DueKind,
        due: date | datetime,
        done: bool,
        *,
        ref_id: int | None = None,
        optional: bool = False,
        **params: object,
    ) -> None:
        due_on = due if not isinstance(due, datetime) else None
        due_at = end_of_day(due_on) if due_on is not None else due
        assert isinstance(due_at, datetime)
        stopped = not done and self.finished
        overdue = not done and not stopped and self.now >= due_at
        self.items.append(
            DueItem(
                kind,
                due_at,
                done,
                overdue,
                due_at - self.now,
                due_on,
                ref_id,
                optional,
                dict(params),
                stopped,
            )
        )


def due_items(facts: CaseFacts, limits: Limits, calendar: WorkCalendar, now: datetime) -> list[DueItem]:
    """Every due item of a case, sorted by due time.

    Args:
        facts: The case as plain data.
        limits: The configured limits.
        calendar: The working-day calendar (with the administrator's overrides).
        now: The current time (timezone-aware), for the overdue flags and remaining time.

    Returns:
        The due items, earliest first.
    """
    b = _Builder(facts, now)
    received = local_date(facts.received_at)
    b.add(
        DueKind.ACCEPTANCE,
        calendar.add_working_days(received, limits.acceptance_days),
        facts.status != CaseStatus.REGISTERED,
    )
    _mediation_limit(b, facts, limits, calendar)
    for s in facts.sessions:
        b.add(DueKind.SESSION, s.starts_at, s.recorded_at is not None, ref_id=s.id)
    _fast_track(b, facts.fast_track, limits)
    _performance(b, facts, limits, calendar)
    return sorted(b.items, key=lambda i: (i.due_at, i.kind.value, i.ref_id or 0))


def _mediation_limit(b: _Builder, facts: CaseFacts, limits: Limits, calendar: WorkCalendar) -> None:
    if facts.accepted_at is None:
        return
    done = facts.status not in _MEDIATING
    if facts.track == Track.PUBLIC_SECURITY:
        start = facts.appraisal_at if facts.appraisal_at is not None else facts.accepted_at
        due = calendar.add_working_days(local_date(start), limits.public_security_working_days)
        b.add(DueKind.MEDIATION_LIMIT, due, done, from_appraisal=facts.appraisal_at is not None)
        return
    due = local_date(facts.accepted_at) + timedelta(days=limits.mediation_days)
    if facts.extended_until is not None and facts.extended_until > due:
        b.add(DueKind.MEDIATION_LIMIT, facts.extended_until, done, extended=True)
    else:
        b.add(DueKind.MEDIATION_LIMIT, due, done, extended=False)


def _fast_track(b: _Builder, ft: FastTrackFacts | None, limits: Limits) -> None:
    if ft is None or ft.summoned_at is None:
        return
    due = ft.summoned_at + timedelta(hours=limits.fast_track_hours)
    for kind, at in (
        (DueKind.FAST_TRACK_INVESTIGATION, ft.investigation_done_at),
        (DueKind.FAST_TRACK_REVIEW, ft.review_done_at),
        (DueKind.FAST_TRACK_TRIAL, ft.trial_done_at),
    ):
        b.add(kind, due, at is not None, started_at=ft.summoned_at, done_at=at)


def _performance(b: _Builder, facts: CaseFacts, limits: Limits, calendar: WorkCalendar) -> None:
    deadlines: set[date] = set()
    for ins in facts.instalments:
        due_on = ins.due_on or (facts.agreement_effective_on if ins.on_the_spot else None)
        if due_on is None:
            continue
        deadlines.add(due_on)
        b.add(
            DueKind.INSTALMENT,
            due_on,
            ins.paid_fen >= ins.amount_fen,
            ref_id=ins.id,
            amount_fen=ins.amount_fen,
            paid_fen=ins.paid_fen,
        )
    if facts.performance_deadline is not None:
        deadlines.add(facts.performance_deadline)
    done_days = [local_date(d) for d in facts.follow_ups_done]
    for d in sorted(deadlines):
        b.add(
            DueKind.FOLLOW_UP,
            d + timedelta(days=limits.follow_up_days),
            any(x >= d for x in done_days),
            after=d.isoformat(),
        )
    if facts.track in _CONFIRMABLE and facts.agreement_effective_on is not None:
        due = facts.agreement_effective_on + timedelta(days=limits.judicial_confirmation_days)
        while not calendar.is_working_day(due):
            due += timedelta(days=1)
        b.add(DueKind.JUDICIAL_CONFIRMATION, due, facts.judicial_applied_on is not None, optional=True)


def next_open(items: list[DueItem]) -> DueItem | None:
    """The earliest item still to be done (optional and stopped items excluded)."""
    return next((i for i in items if not i.done and not i.optional and not i.stopped), None)


def days_left(due: date | datetime, now: datetime) -> int:
    """Beijing days from ``now``'s date to the due day: 0 today, 1 tomorrow, -3 three days overdue.

    A ``datetime`` counts by its own Beijing date (a session at 09:30 tomorrow is "tomorrow"),
    whatever the workstation's time zone and whatever the hour now.
    """
    day = local_date(due) if isinstance(due, datetime) else due
    return (day - local_date(now)).days


#: The 48-hour clock warns when this many hours or fewer are left (first the earlier warning).
FAST_TRACK_WARN_HOURS: tuple[int, ...] = (12, 4)


def fast_track_alert(left: timedelta) -> int | None:
    """The warning level of a running 48-hour clock with ``left`` to go.

    Returns:
        0 when the time is up, else the smallest threshold of :data:`FAST_TRACK_WARN_HOURS`
        reached (4, then 12), or None when more time is left than the first warning.
    """
    if left <= timedelta(0):
        return 0
    reached = [h for h in FAST_TRACK_WARN_HOURS if left <= timedelta(hours=h)]
    return min(reached) if reached else None


def fast_track_due(
    summoned_at: datetime | None, trial_done_at: datetime | None, hours: int
) -> datetime | None:
    """When a running 48-hour clock runs out (None: not started, or finished by the trial)."""
    if summoned_at is None or trial_done_at is not None:
        return None
    return summoned_at + timedelta(hours=hours)


__all__ = [
    "FINISHED",
    "CaseFacts",
    "DueItem",
    "DueKind",
    "FastTrackFacts",
    "InstalmentFacts",
    "SessionFacts",
    "FAST_TRACK_WARN_HOURS",
    "days_left",
    "due_items",
    "end_of_day",
    "fast_track_alert",
    "fast_track_due",
    "local_date",
    "next_open",
]
