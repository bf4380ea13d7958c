"""Signing: a party under age signs with their guardian (法定代理人) beside them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mediation_desk.domain.errors import RuleViolation
from mediation_desk.services import agreements
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import Agreement, CaseParty, Person
from tests.helpers.documents_case import T0, drafted_case
from tests.helpers.factories import MEDIATOR


def _minor_applicant(db, case_id: int) -> int:  # type: ignore[no-untyped-def]
    """Make the applicant 张伟 fourteen on the signing day; returns the applicant's party id."""
    with write_session(db.engine) as s:
        party = s.execute(
            select(CaseParty).where(CaseParty.case_id == case_id, CaseParty.role == "applicant")
        ).scalar_one()
        person = s.get(Person, party.person_id)
        assert person is not None
        person.birth_date = date(2012, 1, 5)
        return int(party.id)  # type: ignore[arg-type]


def _state(db, agreement_id: int) -> str:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        ag = s.get(Agreement, agreement_id)
        assert ag is not None
        return ag.state


def test_a_minor_without_a_guardian_signing_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    c = drafted_case(db)
    _minor_applicant(db, c.case_id)
    agreements.mark_printed(db, MEDIATOR, c.agreement_id)
    with pytest.raises(RuleViolation) as err:
        agreements.sign_agreement(db, MEDIATOR, c.agreement_id, signatories=["张伟", "李娜"], signed_at=T0)
    assert err.value.code == "agreement.guardian_unsigned" and err.value.params["name"] == "张伟"
    assert _state(db, c.agreement_id) == "printed"  # nothing half-saved


def test_the_guardian_signing_beside_the_minor_is_accepted(db) -> None:  # type: ignore[no-untyped-def]
    c = drafted_case(db)
    ward = _minor_applicant(db, c.case_id)
    with write_session(db.engine) as s:
        father = Person(name="张建国", birth_date=date(1980, 2, 2))
        s.add(father)
        s.flush()
        s.add(
            CaseParty(
                case_id=c.case_id, person_id=father.id, role="guardian", guardian_of_id=ward, sort_order=9
            )
        )
    agreements.mark_printed(db, MEDIATOR, c.agreement_id)
    with pytest.raises(RuleViolation):  # the guardian exists but did not sign
        agreements.sign_agreement(db, MEDIATOR, c.agreement_id, signatories=["张伟", "李娜"], signed_at=T0)
    agreements.sign_agreement(
        db, MEDIATOR, c.agreement_id, signatories=["张伟", "张建国", "李娜"], signed_at=T0
    )
    assert _state(db, c.agreement_id) == "signed"
