"""12345 hotline tickets (接诉即办): record the ticket, the first response, the reply, the return visit.

Every read and write goes through the visibility policy like any other case record: recording
the ticket, the response and the reply is editing the case (``case.edit``), the return visit is a
follow-up (``case.follow_up``), reading it is ``case.read``. Times are aware datetimes; the
platform's reply deadline defaults to ``Limits.hotline_reply_days`` after receipt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from ..domain.enums import Satisfaction, Source
from ..domain.errors import ConflictError, NotFoundError, RuleViolation, ValidationError
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, HotlineTicket
from ..store.queries.hotline_stats import RESOLUTION_BASES, HotlineDefinitions
from . import policy
from .base import Actor, Changes, UnitOfWork, snapshot_of, unit_of_work
from .settings import get_value, limits, set_value

HOTLINE_DEFINITIONS_KEY = "hotline_definitions"
#: 工单号: letters, digits and - _ / (the platforms print e.g. ``BJ20261207-000123``)
TICKET_NO = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-_/]{3,39}")
#: a time "in the future" beyond this is a typing error (workstation clocks drift a little)
CLOCK_SLACK = timedelta(minutes=10)


@dataclass(frozen=True)
class HotlineInput:
    """The ticket as intake records it (``reply_due_at`` None: the configured default)."""

    ticket_no: str
    received_at: datetime
    reply_due_at: datetime | None = None


@dataclass(frozen=True)
class TicketView:
    """A ticket as the workspace shows it."""

    case_id: int
    ticket_no: str
    received_at: datetime
    reply_due_at: datetime
    first_response_at: datetime | None
    first_response_note: str
    reply_at: datetime | None
    reply_text: str
    visit_at: datetime | None
    visit_resolved: bool | None
    visit_satisfaction: str | None
    version: int


def _view(t: HotlineTicket) -> TicketView:
    return TicketView(
        t.case_id,
        t.ticket_no,
        t.received_at,
        t.reply_due_at,
        t.first_response_at,
        t.first_response_note,
        t.reply_at,
        t.reply_text,
        t.visit_at,
        t.visit_resolved,
        t.visit_satisfaction,
        t.version,
    )


# --- definitions ------------------------------------------------------------------------------


def hotline_definitions(session: Session) -> HotlineDefinitions:
    """The hotline definitions in force (stored, else the defaults)."""
    return HotlineDefinitions.from_json(get_value(session, HOTLINE_DEFINITIONS_KEY, {}))


def save_hotline_definitions(db: Database, actor: Actor, value: HotlineDefinitions) -> Changes:
    """Store new hotline definitions (administrators).

    Raises:
        PermissionDenied: unless the actor may manage settings.
        ValidationError: ``statistics.response_hours`` (under 1 hour), ``hotline.satisfied_answers``
            (no answer, or an unknown one), ``hotline.resolution_base``.
    """
    policy.require(actor, policy.SETTINGS)
    if value.response_hours < 1:
        raise ValidationError("statistics.response_hours", value=value.response_hours)
    known = {s.value for s in Satisfaction}
    if not value.satisfied_answers or not set(value.satisfied_answers) <= known:
        raise ValidationError("hotline.satisfied_answers", value=",".join(value.satisfied_answers))
    if value.resolution_base not in RESOLUTION_BASES:
        raise ValidationError("hotline.resolution_base", value=value.resolution_base)
    with unit_of_work(db, actor) as uow:
        set_value(uow, HOTLINE_DEFINITIONS_KEY, value.to_json())
        return uow.changes


# --- checks -----------------------------------------------------------------------------------


def _ticket_no(text: str) -> str:
    value = text.strip()
    if not TICKET_NO.fullmatch(value):
        raise ValidationError("hotline.ticket_no", value=value[:60])
    return value


def _aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None:
        raise ValidationError("hotline.time", field=field)
    return value


def _not_future(uow: UnitOfWork, value: datetime, field: str) -> None:
    if value > uow.now + CLOCK_SLACK:
        raise ValidationError("hotline.future", field=field)


def _not_before(value: datetime, earlier: datetime, field: str, before: str) -> None:
    if value < earlier:
        raise ValidationError("hotline.before", field=field, before=before)


def _text(value: str, field: str, max_len: int) -> str:
    value = value.strip()
    if len(value) > max_len:
        raise ValidationError("text.too_long", field=field, max=max_len, length=len(value))
    return value


def add_ticket(uow: UnitOfWork, case: Case, data: HotlineInput) -> HotlineTicket:
    """Record the ticket of ``case`` inside a unit of work (intake calls this on registration).

    Raises:
        ValidationError: ``hotline.ticket_no``, ``hotline.time``, ``hotline.future``, ``hotline.before``.
        RuleViolation: ``hotline.not_hotline`` (the case is not from 12345), ``hotline.ticket_taken``.
    """
    if case.source != Source.HOTLINE_12345.value:
        raise RuleViolation("hotline.not_hotline", source=case.source)
    number = _ticket_no(data.ticket_no)
    received = _aware(data.received_at, "received_at")
    _not_future(uow, received, "received_at")
    due = data.reply_due_at or received + timedelta(days=limits(uow.session).hotline_reply_days)
    _not_before(_aware(due, "reply_due_at"), received, "reply_due_at", "received_at")
    taken = (
        uow.session.execute(
            select(col(HotlineTicket.case_id)).where(
                col(HotlineTicket.ticket_no) == number, col(HotlineTicket.case_id) != case.id
            )
        )
        .scalars()
        .first()
    )
    if taken is not None:
        raise RuleViolation("hotline.ticket_taken", ticket_no=number)
    ticket = HotlineTicket(
        case_id=case.id,  # type: ignore[arg-type]
        ticket_no=number,
        received_at=received,
        reply_due_at=due,
    )
    uow.session.add(ticket)
    uow.session.flush()
    uow.audit(
        "hotline.ticket",
        "hotline",
        ticket.id,
        case_id=case.id,
        diff=snapshot_of(ticket, ["ticket_no", "received_at", "reply_due_at"]),
    )
    return ticket


def _find(session: Session, case_id: int) -> HotlineTicket | None:
    stmt = select(HotlineTicket).where(col(HotlineTicket.case_id) == case_id)
    return session.execute(stmt).scalars().first()


def _ticket(uow: UnitOfWork, case_id: int, action: str, version: int | None) -> HotlineTicket:
    case = uow.get(Case, case_id)
    policy.check_case(uow, action, case)
    ticket = _find(uow.session, case_id)
    if ticket is None:
        raise RuleViolation("hotline.no_ticket", case_id=case_id)
    if version is not None and ticket.version != version:
        raise ConflictError("record.stale", by="", at="")
    return ticket


# --- use cases --------------------------------------------------------------------------------


def record_ticket(db: Database, actor: Actor, case_id: int, data: HotlineInput) -> Changes:
    """Record (or correct, before any response) the 12345 ticket of an existing case."""
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        old = _find(uow.session, case_id)
        if old is None:
            add_ticket(uow, case, data)
            return uow.changes
        if old.first_response_at is not None:
            raise RuleViolation("hotline.ticket_fixed")
        uow.session.delete(old)
        uow.session.flush()
        add_ticket(uow, case, data)
        return uow.changes


def record_response(
    db: Database, actor: Actor, case_id: int, *, at: datetime, note: str = "", version: int | None = None
) -> Changes:
    """Record the first response to the citizen (first contact) and its time."""
    with unit_of_work(db, actor) as uow:
        t = _ticket(uow, case_id, policy.CASE_EDIT, version)
        at = _aware(at, "first_response_at")
        _not_future(uow, at, "first_response_at")
        _not_before(at, t.received_at, "first_response_at", "received_at")
        t.first_response_at, t.first_response_note = at, _text(note, "first_response_note", 500)
        uow.session.flush()
        uow.audit(
            "hotline.response",
            "hotline",
            t.id,
            case_id=case_id,
            diff=snapshot_of(t, ["first_response_at", "first_response_note"]),
        )
        return uow.changes


def record_reply(
    db: Database, actor: Actor, case_id: int, *, at: datetime, text: str, version: int | None = None
) -> Changes:
    """Record the reply given to the platform (办理结果答复)."""
    with unit_of_work(db, actor) as uow:
        t = _ticket(uow, case_id, policy.CASE_EDIT, version)
        at = _aware(at, "reply_at")
        _not_future(uow, at, "reply_at")
        _not_before(at, t.received_at, "reply_at", "received_at")
        reply = _text(text, "reply_text", 5000)
        if not reply:
            raise ValidationError("hotline.reply_empty")
        if t.first_response_at is None:
            raise RuleViolation("hotline.reply_before_response")
        t.reply_at, t.reply_text = at, reply
        uow.session.flush()
        uow.audit("hotline.reply", "hotline", t.id, case_id=case_id, diff=snapshot_of(t, ["reply_at"]))
        return uow.changes


def record_return_visit(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    at: datetime,
    resolved: bool,
    satisfaction: Satisfaction | None,
    version: int | None = None,
) -> Changes:
    """Record the citizen's return-visit answer: resolved or not, and the rating (if given)."""
    with unit_of_work(db, actor) as uow:
        t = _ticket(uow, case_id, policy.CASE_FOLLOW_UP, version)
        at = _aware(at, "visit_at")
        _not_future(uow, at, "visit_at")
        if t.reply_at is None:
            raise RuleViolation("hotline.visit_before_reply")
        _not_before(at, t.reply_at, "visit_at", "reply_at")
        t.visit_at, t.visit_resolved = at, bool(resolved)
        t.visit_satisfaction = satisfaction.value if satisfaction is not None else None
        uow.session.flush()
        uow.audit(
            "hotline.visit",
            "hotline",
            t.id,
            case_id=case_id,
            diff=snapshot_of(t, ["visit_at", "visit_resolved", "visit_satisfaction"]),
        )
        return uow.changes


def ticket_of(db: Database, actor: Actor, case_id: int) -> TicketView | None:
    """The case's ticket (None when the case has none)."""
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFoundError("record.not_found", entity="case", id=case_id)
        policy.require(actor, policy.CASE_READ, case=case, session=s)
        t = _find(s, case_id)
        return None if t is None else _view(t)


__all__ = [
    "HOTLINE_DEFINITIONS_KEY",
    "HotlineInput",
    "TicketView",
    "add_ticket",
    "definitions_in_force",
    "hotline_definitions",
    "record_reply",
    "record_response",
    "record_return_visit",
    "record_ticket",
    "save_hotline_definitions",
    "ticket_of",
]


def definitions_in_force(db: Database) -> tuple[Any, HotlineDefinitions]:
    """The case statistics' and the hotline's definitions in force (for the settings screen)."""
    from .statistics import definitions

    with read_session(db.engine) as s:
        return definitions(s), hotline_definitions(s)
