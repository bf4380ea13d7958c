"""Decisions of the linked criminal or administrative matter, on every track (issue 16: a 人民调解
case could not record the procuratorate's 不起诉 and its date — the seed's bike-theft story).

Codes: ``decision.unknown`` (``decision``), ``decision.future`` (``on``), ``decision.note``,
``text.too_long``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from ..domain.errors import NotFoundError, RuleViolation, ValidationError
from ..domain.matter import DecisionKind
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, MatterDecision
from ..store.types import SHANGHAI
from . import policy
from .base import Actor, Changes, snapshot_of, unit_of_work
from .tracks_matter import _matter


@dataclass(frozen=True)
class DecisionRow:
    id: int
    kind: str
    decided_on: date
    authority: str
    note: str


def _text(value: str, field: str, limit: int) -> str:
    text = " ".join(value.split())
    if len(text) > limit:
        raise ValidationError("text.too_long", field=field, max=limit, length=len(text))
    return text


def record_decision(
    db: Database, actor: Actor, case_id: int, kind: str, on: date, *, authority: str = "", note: str = ""
) -> Changes:
    """Record a decision of the linked matter (the matter record is made if the case had none).

    Raises:
        ValidationError: ``decision.unknown`` for a kind outside :class:`DecisionKind`,
            ``decision.note`` for "other" without a note, ``text.too_long``.
        RuleViolation: ``decision.future`` for a date after today (Beijing).
    """
    try:
        decision = DecisionKind(kind)
    except ValueError:
        raise ValidationError("decision.unknown", decision=kind) from None
    authority, note = _text(authority, "authority", 100), _text(note, "note", 500)
    if decision == DecisionKind.OTHER and not note:
        raise ValidationError("decision.note")
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        if on > uow.now.astimezone(SHANGHAI).date():
            raise RuleViolation("decision.future", on=on.isoformat())
        _matter(uow, case_id, create=True)
        row = MatterDecision(
            case_id=case_id,
            kind=decision.value,
            decided_on=on,
            authority=authority,
            note=note,
            recorded_at=uow.now,
            user_id=actor.user_id,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            "matter.decision_add",
            "case",
            case_id,
            case_id=case_id,
            diff=snapshot_of(row, ["kind", "decided_on", "authority", "note"]),
        )
        return uow.changes


def decisions(db: Database, actor: Actor, case_id: int) -> list[DecisionRow]:
    """The case's matter decisions by date (the actor must be allowed to read the case)."""
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFoundError("record.not_found", entity="case", id=case_id)
        policy.require(actor, policy.CASE_READ, case=case, session=s)
        rows = s.execute(
            select(MatterDecision)
            .where(col(MatterDecision.case_id) == case_id)
            .order_by(col(MatterDecision.decided_on), col(MatterDecision.id))
        ).scalars()
        return [DecisionRow(int(r.id or 0), r.kind, r.decided_on, r.authority, r.note) for r in rows]


__all__ = ["DecisionKind", "DecisionRow", "decisions", "record_decision"]
