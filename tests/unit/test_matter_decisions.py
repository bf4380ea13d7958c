"""Decisions of the linked criminal or administrative matter, on every track (rules)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import Track
from mediation_desk.domain.errors import RuleViolation, ValidationError
from mediation_desk.services import cases
from mediation_desk.services.inputs import MatterInput
from mediation_desk.services.matter_decisions import decisions, record_decision
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import LinkedMatter
from tests.helpers.factories import MEDIATOR, new_case


@pytest.mark.parametrize("track", [Track.PEOPLE, Track.PUBLIC_SECURITY, Track.CRIMINAL, Track.LAWYER])
def test_every_track_records_the_matters_decisions_with_dates(db, track: Track) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    kw: dict[str, object] = {}
    if track == Track.PUBLIC_SECURITY:
        kw = {"matter": MatterInput(charge="故意损毁财物")}
    case_id = cases.register_case(db, MEDIATOR, new_case(1, track=track, **kw)).case_id
    record_decision(db, MEDIATOR, case_id, "bail", date(2026, 3, 3), authority="朝阳分局")
    record_decision(
        db,
        MEDIATOR,
        case_id,
        "non_prosecution",
        date(2026, 4, 20),
        authority="朝阳区人民检察院",
        note="相对不起诉",
    )
    rows = decisions(db, MEDIATOR, case_id)
    assert [(r.kind, r.decided_on, r.authority) for r in rows] == [
        ("bail", date(2026, 3, 3), "朝阳分局"),
        ("non_prosecution", date(2026, 4, 20), "朝阳区人民检察院"),
    ]
    with read_session(db.engine) as s:  # the matter record exists even if intake had none
        matters = s.execute(select(LinkedMatter).where(LinkedMatter.case_id == case_id)).scalars().all()
        assert len(matters) == 1


def test_decision_codes_and_dates_are_checked(db) -> None:  # type: ignore[no-untyped-def]
    case_id = cases.register_case(db, MEDIATOR, new_case(1)).case_id
    with pytest.raises(ValidationError) as err:
        record_decision(db, MEDIATOR, case_id, "pardon", date(2026, 3, 3))
    assert err.value.code == "decision.unknown"
    with pytest.raises(ValidationError) as err:
        record_decision(db, MEDIATOR, case_id, "other", date(2026, 3, 3))
    assert err.value.code == "decision.note"
    tomorrow = datetime.now(UTC).date().replace(year=datetime.now(UTC).year + 1)
    with pytest.raises(RuleViolation) as rerr:
        record_decision(db, MEDIATOR, case_id, "judgment", tomorrow)
    assert rerr.value.code == "decision.future"
    for kind in ("non_prosecution", "case_withdrawn", "judgment", "administrative_penalty", "bail"):
        record_decision(db, MEDIATOR, case_id, kind, date(2026, 3, 3))
    assert len(decisions(db, MEDIATOR, case_id)) == 5
