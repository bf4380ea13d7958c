"""Class 2: every field of an update is checked with its type; unsealing is reserved and audited."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.services import policy
from mediation_desk.services.base import Actor
from mediation_desk.services.cases import register_case, update_case
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent, Case
from tests.helpers.factories import MEDIATOR, new_case

DIRECTOR = Actor(
    user_id=None, username="director1", role="director", workstation="ws-test", organisation_id=1
)
CUSTODIAN = Actor(user_id=None, username="custodian1", role="custodian", workstation="ws-test")


def _sealed(db) -> int:  # type: ignore[no-untyped-def]
    return register_case(db, MEDIATOR, new_case(1, sealed=True)).case_id


def _is_sealed(db, case_id: int) -> bool:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case.sealed


@pytest.mark.parametrize("value", [0, "false", "", None, 0.0, "0", []])
def test_sloppy_falsy_values_never_unseal(db, value: object) -> None:  # type: ignore[no-untyped-def]
    case_id = _sealed(db)
    for actor in (MEDIATOR, DIRECTOR):
        with pytest.raises(ValidationError) as err:
            update_case(db, actor, case_id, {"sealed": value}, legal_basis="法院调取")
        assert err.value.code == "field.type"
    assert _is_sealed(db, case_id)


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"confidential_amounts": 1}, "field.type"),
        ({"fee_fen": "100"}, "field.type"),
        ({"fee_fen": 1.5}, "field.type"),
        ({"fee_fen": True}, "field.type"),
        ({"incident_on": "2026-01-01"}, "field.type"),
        ({"chief_mediator_id": "1"}, "field.type"),
        ({"source": "nonsense"}, "field.type"),
        ({"title": 12}, "field.type"),
        ({"title": "停车\x00纠纷"}, "text.characters"),
    ],
)
def test_every_field_is_typed(db, values: dict[str, object], code: str) -> None:  # type: ignore[no-untyped-def]
    case_id = register_case(db, MEDIATOR, new_case(1)).case_id
    with pytest.raises(ValidationError) as err:
        update_case(db, MEDIATOR, case_id, values)
    assert err.value.code == code


def test_unknown_fields_are_refused_and_well_typed_values_saved(db) -> None:  # type: ignore[no-untyped-def]
    case_id = register_case(db, MEDIATOR, new_case(1)).case_id
    for values in ({"version": 99}, {"juvenile": False}, {"organisation_id": 2}, {"sealed": 1}):
        with pytest.raises(ValidationError) as err:
            update_case(db, MEDIATOR, case_id, values)
        assert err.value.code in ("field.unknown", "field.type")
    update_case(
        db,
        MEDIATOR,
        case_id,
        {"title": " 停车位纠纷 ", "incident_on": date(2026, 2, 1), "confidential_amounts": True},
    )
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        assert case is not None and case.title == "停车位纠纷" and case.confidential_amounts is True


def test_a_mediator_on_the_case_cannot_unseal(db) -> None:  # type: ignore[no-untyped-def]
    case_id = _sealed(db)
    with pytest.raises(PermissionDenied) as err:
        update_case(db, MEDIATOR, case_id, {"sealed": False}, legal_basis="当事人申请")
    assert err.value.code == "perm.unseal"
    assert _is_sealed(db, case_id)


def test_director_unseals_only_with_a_legal_basis_and_it_is_audited(db) -> None:  # type: ignore[no-untyped-def]
    case_id = _sealed(db)
    with pytest.raises(ValidationError) as err:
        update_case(db, DIRECTOR, case_id, {"sealed": False}, legal_basis="  ")
    assert err.value.code == "sealed.legal_basis_required"
    assert _is_sealed(db, case_id)
    update_case(db, DIRECTOR, case_id, {"sealed": False}, legal_basis="治安管理处罚法第136条：依法查询")
    assert not _is_sealed(db, case_id)
    with read_session(db.engine) as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "case.unseal")).scalars().one()
        assert event.case_id == case_id and event.username == "director1"
        assert "依法查询" in json.dumps(
            json.loads(event.diff) if isinstance(event.diff, str) else event.diff, ensure_ascii=False
        )


def test_custodian_unseals_only_after_opening_the_case(db) -> None:  # type: ignore[no-untyped-def]
    case_id = _sealed(db)
    with pytest.raises(PermissionDenied) as err:
        update_case(db, CUSTODIAN, case_id, {"sealed": False}, legal_basis="公安机关依法查询")
    assert err.value.code == "perm.legal_basis_required"
    policy.open_sealed(db, CUSTODIAN, case_id, "公安机关依法查询")
    try:
        update_case(db, CUSTODIAN, case_id, {"sealed": False}, legal_basis="公安机关依法查询")
    finally:
        policy.clear_grants(CUSTODIAN)
    assert not _is_sealed(db, case_id)
