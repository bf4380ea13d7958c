"""The 司法部 people's-mediation statistics table (人民调解统计表): what it needs recorded, and the table.

Recorded here (the app had no place for them): rounds of dispute screening (排查) with the
disputes found, and per case the prevention flags (预防纠纷, 防止民转刑 and 防止群体性上访 with
the persons concerned) and the official source when it differs from what the case's source implies.

The table counts the cases **received in the period** (the same population as the statistics
page), by the ministry's standard dispute types (the app's categories mapped by
``domain/official.py``): 受理 (accepted for mediation: every received case not pending and not
declined), 调解成功, oral and written agreements, the amount agreed (confidential amounts left
out), 司法确认, performed, prevention, and the source. Screening rounds count by their date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, exists, func, select
from sqlalchemy import case as sql_case
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from ..domain.enums import AgreementState
from ..domain.errors import ValidationError
from ..domain.official import OFFICIAL_TYPES, OfficialSource, official_source, official_type
from ..store.database import Database
from ..store.models import (
    Agreement,
    Case,
    CaseReport,
    JudicialConfirmation,
    Obligation,
    ScreeningRound,
    StatusHistory,
)
from ..store.queries import statistics as q
from ..store.queries.hints import unindexed
from ..store.types import SHANGHAI, utcnow
from . import policy
from .base import Actor, Changes, snapshot_of, unit_of_work
from .settings import get_value

TYPE_MAP_KEY = "official_type_map"
#: the table's columns after the type, in order (see :class:`TypeLine`)
FIELDS = (
    "accepted",
    "resolved",
    "oral",
    "written",
    "amount_fen",
    "confirmed",
    "performed",
    "prevented",
    "crime_cases",
    "crime_persons",
    "petition_cases",
    "petition_persons",
    "initiative",
    "application",
    "referral",
)
MAX_PERSONS = 100_000


@dataclass
class TypeLine:
    """One dispute type's figures (or the total)."""

    name: str
    values: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))


@dataclass(frozen=True)
class OfficialTable:
    """The table of one period: screening, the lines by type, the total."""

    start: date
    end: date  # inclusive
    organisation: str
    screening_rounds: int
    screening_found: int
    lines: list[TypeLine]
    total: TypeLine


# --- recording ---------------------------------------------------------------------------------


def record_screening(
    db: Database, actor: Actor, *, held_on: date, disputes_found: int, scope: str = "", note: str = ""
) -> Changes:
    """Record one round of dispute screening (排查) by the actor's committee."""
    policy.require(actor, policy.CASE_REGISTER, organisation_id=actor.organisation_id)
    if not isinstance(disputes_found, int) or not 0 <= disputes_found <= 10_000:
        raise ValidationError("screening.found", value=disputes_found)
    if held_on > utcnow().astimezone(SHANGHAI).date():
        raise ValidationError("screening.date")
    with unit_of_work(db, actor) as uow:
        r = ScreeningRound(
            organisation_id=actor.organisation_id,  # type: ignore[arg-type]  # CASE_REGISTER needs one
            held_on=held_on,
            scope=scope.strip()[:200],
            disputes_found=disputes_found,
            note=note.strip()[:1000],
            created_by=actor.user_id,
        )
        uow.session.add(r)
        uow.session.flush()
        uow.audit(
            "screening.record", "screening", r.id, diff=snapshot_of(r, ["held_on", "disputes_found", "scope"])
        )
        return uow.changes


@dataclass(frozen=True)
class RoundLine:
    """One screening round as listed."""

    id: int
    held_on: date
    scope: str
    disputes_found: int
    note: str


def screening_rounds(db: Database, actor: Actor, *, start: date, end: date) -> list[RoundLine]:
    """The actor's committee's screening rounds held ``start``..``end`` (inclusive), newest first."""
    from ..store.engine import read_session

    policy.require(actor, policy.STATISTICS)
    stmt = (
        select(ScreeningRound)
        .where(col(ScreeningRound.held_on) >= start, col(ScreeningRound.held_on) <= end)
        .order_by(col(ScreeningRound.held_on).desc(), col(ScreeningRound.id).desc())
    )
    if actor.organisation_id is not None:
        stmt = stmt.where(col(ScreeningRound.organisation_id) == actor.organisation_id)
    with read_session(db.engine) as s:
        return [
            RoundLine(r.id, r.held_on, r.scope, r.disputes_found, r.note) for r in s.execute(stmt).scalars()
        ]


def _persons(flag: bool, persons: int) -> int:
    if not flag:
        return 0
    if not isinstance(persons, int) or not 1 <= persons <= MAX_PERSONS:
        raise ValidationError("official.persons", value=persons)
    return persons


def record_case_report(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    prevented: bool = False,
    prevent_crime: bool = False,
    crime_persons: int = 0,
    prevent_petition: bool = False,
    petition_persons: int = 0,
    source: str | None = None,
) -> Changes:
    """Record a case's facts for the official table (replaces what was recorded before)."""
    if source is not None and source not in OfficialSource._value2member_map_:
        raise ValidationError("official.source", value=source)
    crime, petition = _persons(prevent_crime, crime_persons), _persons(prevent_petition, petition_persons)
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_EDIT, case)
        r = (
            uow.session.execute(select(CaseReport).where(col(CaseReport.case_id) == case_id))
            .scalars()
            .first()
        )
        if r is None:
            r = CaseReport(case_id=case_id)
            uow.session.add(r)
        r.prevented, r.prevent_crime, r.prevent_crime_persons = prevented, prevent_crime, crime
        r.prevent_petition, r.prevent_petition_persons, r.official_source = prevent_petition, petition, source
        uow.session.flush()
        uow.audit(
            "case.report",
            "case",
            case_id,
            case_id=case_id,
            diff=snapshot_of(
                r,
                [
                    "prevented",
                    "prevent_crime",
                    "prevent_crime_persons",
                    "prevent_petition",
                    "prevent_petition_persons",
                    "official_source",
                ],
            ),
        )
        return uow.changes


def case_report_of(db: Database, actor: Actor, case_id: int) -> dict[str, object]:
    """What is recorded for ``case_id`` (defaults when nothing is)."""
    from ..store.engine import read_session

    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        policy.require(actor, policy.CASE_READ, case=case, session=s)
        r = s.execute(select(CaseReport).where(col(CaseReport.case_id) == case_id)).scalars().first()
        keys = (
            "prevented",
            "prevent_crime",
            "prevent_crime_persons",
            "prevent_petition",
            "prevent_petition_persons",
            "official_source",
        )
        return {k: getattr(r, k) if r is not None else CaseReport.model_fields[k].default for k in keys}


# --- the table ----------------------------------------------------------------------------------


def official_table(
    session: Session,
    start: date,
    end: date,
    *,
    organisation: str = "",
    organisation_id: int | None = None,
    visible: ColumnElement[bool] | None = None,
    now: datetime | None = None,
) -> OfficialTable:
    """The official table of the cases received on days ``start``..``end`` (inclusive)."""
    from .statistics import definitions, make_period

    period = make_period("custom", start, end)
    w = period.window(now)
    sub = q._cohort(session, w, definitions(session), "category", visible)
    current = and_(
        col(Agreement.case_id) == sub.c.case_id, col(Agreement.state) != AgreementState.SUPERSEDED.value
    )
    form = (
        select(col(Agreement.form))
        .where(current)
        .order_by(col(Agreement.version).desc())
        .limit(1)
        .scalar_subquery()
    )
    agreed = (
        select(func.sum(col(Obligation.amount_fen)))
        .join(
            Agreement,
            and_(
                col(Agreement.id) == col(Obligation.agreement_id),
                col(Agreement.state) != AgreementState.SUPERSEDED.value,
            ),
        )
        .where(col(Obligation.case_id) == sub.c.case_id)
        .scalar_subquery()
    )
    confirmed = exists().where(col(JudicialConfirmation.case_id) == sub.c.case_id)
    performed = exists().where(
        col(StatusHistory.case_id) == sub.c.case_id, unindexed(col(StatusHistory.to_status)) == "performed"
    )
    resolved = sub.c.outcome == "resolved"
    counted = and_(resolved, sub.c.secret.is_(False))
    stmt = (
        select(
            sub.c.key,
            col(Case.source),
            col(CaseReport.official_source),
            sub.c.outcome,
            sql_case((resolved, form), else_=None).label("form"),
            sql_case((and_(resolved, confirmed), 1), else_=0).label("confirmed"),
            sql_case((and_(resolved, performed), 1), else_=0).label("performed"),
            func.coalesce(col(CaseReport.prevented), False).label("prev"),
            func.coalesce(col(CaseReport.prevent_crime), False).label("crime"),
            func.coalesce(col(CaseReport.prevent_petition), False).label("petition"),
            func.count(),
            func.sum(sql_case((counted, agreed), else_=0)),
            func.sum(func.coalesce(col(CaseReport.prevent_crime_persons), 0)),
            func.sum(func.coalesce(col(CaseReport.prevent_petition_persons), 0)),
        )
        .select_from(sub)
        .join(Case, col(Case.id) == sub.c.case_id)
        .outerjoin(CaseReport, col(CaseReport.case_id) == sub.c.case_id)
        .group_by(
            sub.c.key,
            col(Case.source),
            col(CaseReport.official_source),
            sub.c.outcome,
            "form",
            "confirmed",
            "performed",
            "prev",
            "crime",
            "petition",
        )
    )
    overrides = get_value(session, TYPE_MAP_KEY, {})
    lines = {name: TypeLine(name) for name in OFFICIAL_TYPES}
    for (
        category,
        source,
        override,
        outcome,
        form_,
        conf,
        perf,
        prev,
        crime,
        petition,
        n,
        amount,
        crime_p,
        petition_p,
    ) in session.execute(stmt).all():
        v = lines[official_type(category, overrides)].values
        if outcome in ("pending", "declined"):
            continue
        n = int(n)
        v["accepted"] += n
        v[official_source(source, override).value] += n
        if outcome == "resolved":
            v["resolved"] += n
            v["oral" if form_ == "oral" else "written"] += n if form_ else 0
            v["amount_fen"] += int(amount or 0)
            v["confirmed"] += n if conf else 0
            v["performed"] += n if perf else 0
        v["prevented"] += n if prev else 0
        v["crime_cases"] += n if crime else 0
        v["crime_persons"] += int(crime_p or 0)
        v["petition_cases"] += n if petition else 0
        v["petition_persons"] += int(petition_p or 0)
    total = TypeLine("合计")
    for line in lines.values():
        for k, value in line.values.items():
            total.values[k] += value
    rounds_stmt = select(func.count(), func.coalesce(func.sum(col(ScreeningRound.disputes_found)), 0)).where(
        col(ScreeningRound.held_on) >= start, col(ScreeningRound.held_on) <= end
    )
    if organisation_id is not None:
        rounds_stmt = rounds_stmt.where(col(ScreeningRound.organisation_id) == organisation_id)
    rounds, found = session.execute(rounds_stmt).one()
    return OfficialTable(start, end, organisation, int(rounds), int(found), list(lines.values()), total)


__all__ = [
    "FIELDS",
    "OfficialTable",
    "RoundLine",
    "TypeLine",
    "case_report_of",
    "official_table",
    "record_case_report",
    "record_screening",
    "screening_rounds",
]
