"""Due items of the open case, computed in the load task (worker thread, no widgets).

Prefers ``mediation_desk.services.deadlines`` (written by another engineer) when it offers
``case_due_items(session, case_id, now=...)``; otherwise builds the domain engine's facts
from the loaded detail; when neither works the overview falls back to ``Case.due_at``.
"""

from __future__ import annotations

import importlib
import logging
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...store.models import CalendarOverride
from ...store.queries.case_detail import CaseDetail
from ...store.types import utcnow

log = logging.getLogger(__name__)


def due_items(session: Session, detail: CaseDetail, now: datetime | None = None) -> list[Any] | None:
    """Every due item of the case, or None when no deadline engine is available."""
    now = now or utcnow()
    try:
        service = importlib.import_module("mediation_desk.services.deadlines")
    except ImportError:
        service = None
    for name in ("case_due_items", "due_items_for_case"):
        fn = getattr(service, name, None)
        if callable(fn):
            try:
                return list(fn(session, detail.case.id, now=now))
            except TypeError:  # another signature than expected: use the domain engine below
                log.info("services.deadlines.%s has an unexpected signature", name)
    try:
        return _from_domain(session, detail, now)
    except Exception:  # the engine is optional for this screen: fall back to Case.due_at
        log.exception("deadline engine failed for case %s", detail.case.id)
        return None


def _from_domain(session: Session, detail: CaseDetail, now: datetime) -> list[Any]:
    from ...domain import deadlines as dl
    from ...domain.enums import CaseStatus, Track
    from ...domain.workdays import WorkCalendar
    from ...services.settings import limits

    case = detail.case
    matter = detail.matter
    ag = detail.current_agreement
    signed = ag is not None and ag.state == "signed"
    overrides = {o.day: o.working for o in session.execute(select(CalendarOverride)).scalars()}
    facts = dl.CaseFacts(
        case_id=case.id, track=Track(case.track), status=CaseStatus(case.status),  # type: ignore[arg-type]
        received_at=case.received_at, accepted_at=case.accepted_at, extended_until=case.extended_until,
        appraisal_at=matter.appraisal_at if matter else None,
        sessions=tuple(dl.SessionFacts(s.id, s.starts_at, s.recorded_at) for s in detail.sessions),
        fast_track=dl.FastTrackFacts(matter.summoned_at, matter.investigation_done_at, matter.review_done_at,
                                     matter.trial_done_at)
                   if matter and matter.procedure == "fast_track_48h" else None,
        instalments=tuple(dl.InstalmentFacts(o.id, o.amount_fen, o.paid_fen, o.due_date, o.on_the_spot)
                          for o in ag.obligations) if signed and ag else (),
        performance_deadline=ag.performance_deadline if signed and ag else None,
        agreement_effective_on=ag.effective_on if signed and ag else None,
        follow_ups_done=tuple(f.done_at for f in detail.follow_ups if f.done_at),
    )
    return dl.due_items(facts, limits(session), WorkCalendar(overrides), now)
