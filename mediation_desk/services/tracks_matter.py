"""The linked police matter: fast-track step timestamps, appraisal, police recommendation, decision.

Codes: ``fast_track.step``, ``fast_track.order`` (``step``, ``previous``), ``fast_track.before_previous``
(``step``), ``fast_track.future`` (``step``), ``fast_track.after_next`` (``step``),
``matter.none``, ``decision.unknown`` (``decision``), ``datetime.naive`` (``field``),
``text.empty``/``text.too_long``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlmodel import col

from ..domain.enums import MatterStage
from ..domain.errors import RuleViolation, ValidationError
from ..domain.validation import clean
from ..store.database import Database
from ..store.models import Case, LinkedMatter
from . import policy
from .base import Actor, Changes, UnitOfWork, unit_of_work
from .deadlines import refresh_due_at

#: Fast-track steps in order, with the LinkedMatter column that timestamps each.
FAST_TRACK_STEPS: tuple[tuple[MatterStage, str], ...] = (
    (MatterStage.SUMMONS, "summoned_at"),
    (MatterStage.INVESTIGATION, "investigation_done_at"),
    (MatterStage.REVIEW_FOR_PROSECUTION, "review_done_at"),
    (MatterStage.TRIAL, "trial_done_at"),
)
PROCURATORATE_DECISIONS = ("non_prosecution", "prosecution_leniency", "prosecution", "returned", "other")


def _aware(at: datetime, name: str) -> datetime:
    if at.tzinfo is None:
        raise ValidationError("datetime.naive", field=name)
    return at


def _matter(uow: UnitOfWork, case_id: int, *, create: bool = False) -> LinkedMatter:
    matter = (
        uow.session.execute(select(LinkedMatter).where(col(LinkedMatter.case_id) == case_id))
        .scalars()
        .first()
    )
    if matter is None:
        if not create:
            raise RuleViolation("matter.none")
        matter = LinkedMatter(case_id=case_id)
        uow.session.add(matter)
        uow.session.flush()
    return matter


def record_fast_track_step(
    db: Database, actor: Actor, case_id: int, step: MatterStage, at: datetime
) -> Changes:
    """Timestamp a step of the linked matter (summons → investigation → review → trial), in order.

    ``at`` is when the step actually happened (a suspect brought in last night is summoned last
    night): never in the future, never before the previous step, never after the next one.
    """
    _aware(at, "at")
    order = [s for s, _ in FAST_TRACK_STEPS]
    if step not in order:
        raise ValidationError("fast_track.step", step=str(step))
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        matter = _matter(uow, case_id)
        i = order.index(step)
        if i > 0:
            prev_step, prev_col = FAST_TRACK_STEPS[i - 1]
            prev = getattr(matter, prev_col)
            if prev is None:
                raise RuleViolation("fast_track.order", step=step.value, previous=prev_step.value)
            if at < prev:
                raise RuleViolation("fast_track.before_previous", step=step.value)
        if at > uow.now:  # the step's actual time: entered after the fact, never ahead
            raise RuleViolation("fast_track.future", step=step.value)
        if i + 1 < len(order):  # correcting a step: it stays before the next one recorded
            nxt = getattr(matter, FAST_TRACK_STEPS[i + 1][1])
            if nxt is not None and at > nxt:
                raise RuleViolation("fast_track.after_next", step=step.value)
        col = FAST_TRACK_STEPS[i][1]
        old = getattr(matter, col)
        setattr(matter, col, at)
        matter.stage = order[i + 1].value if i + 1 < len(order) else MatterStage.CONCLUDED.value
        uow.audit(
            "matter.step",
            "case",
            case_id,
            case_id=case_id,
            diff={col: [old.isoformat() if old else None, at.isoformat()]},
        )
        refresh_due_at(uow.session, case)
        return uow.changes


def record_appraisal(db: Database, actor: Actor, case_id: int, at: datetime) -> Changes:
    """The appraisal report arrived (治安: the 3 working days count from it)."""
    _aware(at, "at")
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        matter = _matter(uow, case_id, create=True)
        old = matter.appraisal_at
        matter.appraisal_at = at
        uow.audit(
            "matter.appraisal",
            "case",
            case_id,
            case_id=case_id,
            diff={"appraisal_at": [old.isoformat() if old else None, at.isoformat()]},
        )
        refresh_due_at(uow.session, case)
        return uow.changes


def record_police_recommendation(
    db: Database, actor: Actor, case_id: int, text: str, at: datetime
) -> Changes:
    """The police's recommendation (e.g. lenient treatment after reconciliation) and its date."""
    _aware(at, "at")
    text = clean("police_recommendation", text, required=True)
    with unit_of_work(db, actor) as uow:
        policy.check_case(uow, policy.CASE_EDIT, uow.get(Case, case_id))
        matter = _matter(uow, case_id, create=True)
        old = matter.police_recommendation
        matter.police_recommendation, matter.recommendation_at = text, at
        uow.audit(
            "matter.recommendation",
            "case",
            case_id,
            case_id=case_id,
            diff={"police_recommendation": [old or None, text], "recommendation_at": [None, at.isoformat()]},
        )
        return uow.changes


def record_procuratorate_decision(
    db: Database, actor: Actor, case_id: int, decision: str, at: datetime
) -> Changes:
    """The procuratorate's decision (code in :data:`PROCURATORATE_DECISIONS`) and its date."""
    _aware(at, "at")
    if decision not in PROCURATORATE_DECISIONS:
        raise ValidationError("decision.unknown", decision=decision)
    with unit_of_work(db, actor) as uow:
        policy.check_case(uow, policy.CASE_EDIT, uow.get(Case, case_id))
        matter = _matter(uow, case_id, create=True)
        old = matter.decision
        matter.decision, matter.decision_at = decision, at
        uow.audit(
            "matter.decision",
            "case",
            case_id,
            case_id=case_id,
            diff={"decision": [old or None, decision], "decision_at": [None, at.isoformat()]},
        )
        return uow.changes


__all__ = [
    "FAST_TRACK_STEPS",
    "PROCURATORATE_DECISIONS",
    "record_appraisal",
    "record_fast_track_step",
    "record_police_recommendation",
    "record_procuratorate_decision",
]
