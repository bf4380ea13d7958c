"""Class 1: intake never shows nor reuses a person the user may not see, whatever is typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.errors import NotFoundError
from mediation_desk.services.base import SYSTEM
from mediation_desk.services.cases import register_case
from mediation_desk.services.inputs import PartyInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import CaseParty, Person
from tests.helpers.factories import MEDIATOR, new_case, person

JUVENILE = person("小明", birth=date(2012, 5, 1), seq=31, phone="13700001111")


def _sealed_juvenile_case(db) -> int:  # type: ignore[no-untyped-def]
    """A sealed case with a juvenile party, registered by someone else (the mediator is not on it)."""
    data = new_case(1, title="少年伤害纠纷", applicant=JUVENILE, sealed=True)
    result = register_case(db, SYSTEM, data)
    with read_session(db.engine) as s:
        pid = s.execute(
            select(CaseParty.person_id).where(CaseParty.case_id == result.case_id, CaseParty.sort_order == 0)
        ).scalar_one()
    return int(pid)


def test_lookup_by_id_number_or_name_and_phone_hides_the_sealed_juvenile(db) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.services.people import look_up

    _sealed_juvenile_case(db)
    assert look_up(db, MEDIATOR, id_number=JUVENILE.id_number) == []
    assert look_up(db, MEDIATOR, name="小明", phone="13700001111") == []


def test_lookup_offers_a_person_of_the_users_own_case(db) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.services.people import look_up

    mine = person("赵六", seq=41, phone="13600002222")
    register_case(db, MEDIATOR, new_case(1, applicant=mine))
    found = look_up(db, MEDIATOR, id_number=mine.id_number)
    assert [m.name for m in found] == ["赵六"]
    assert "*" in found[0].masked_id and found[0].case_numbers


def test_naming_the_hidden_record_id_is_refused_like_a_missing_record(db) -> None:  # type: ignore[no-untyped-def]
    pid = _sealed_juvenile_case(db)
    reuse = replace(person("小明", seq=99, phone="13511112222"), id_number="", existing_person_id=pid)
    data = new_case(1, applicant=reuse)
    with pytest.raises(NotFoundError) as err:
        register_case(db, MEDIATOR, data)
    assert err.value.code == "person.not_found"


def test_typing_the_hidden_id_number_makes_a_new_record_and_leaks_nothing(db) -> None:  # type: ignore[no-untyped-def]
    pid = _sealed_juvenile_case(db)
    typed = replace(JUVENILE, phone="", address="")
    result = register_case(db, MEDIATOR, new_case(1, applicant=typed))
    with read_session(db.engine) as s:
        link = s.execute(
            select(CaseParty).where(CaseParty.case_id == result.case_id, CaseParty.sort_order == 0)
        ).scalar_one()
        assert link.person_id != pid
        new = s.get(Person, link.person_id)
        assert new is not None and new.phone == "" and new.address == ""
        old = s.get(Person, pid)
        assert old is not None and old.phone.endswith("13700001111")  # the sealed record is untouched


def test_a_party_added_later_cannot_reuse_the_hidden_person(db) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.services.parties import add_party

    pid = _sealed_juvenile_case(db)
    mine = register_case(db, MEDIATOR, new_case(1))
    reuse = replace(person("小明", seq=98), id_number="", existing_person_id=pid)
    with pytest.raises(NotFoundError):
        add_party(db, MEDIATOR, mine.case_id, PartyInput(PartyRole.APPLICANT, reuse))
