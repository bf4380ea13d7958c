"""Builders for realistic test input (valid ID numbers, Chinese names)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from mediation_desk.domain.enums import IdType, PartyRole, Source, Track
from mediation_desk.domain.idcard import make_resident_id
from mediation_desk.services.base import Actor
from mediation_desk.services.inputs import NewCase, PartyInput, PersonInput

#: A real mediator account of the test organisation: user 1 of organisation 1 in every fresh test
#: database (``seed_users`` creates it; the ``db``/``sqlite_db`` fixtures call it). The policy lets a
#: mediator work the cases they registered, chair or are a member of (services/policy.py).
MEDIATOR = Actor(user_id=1, username="mediator1", role="mediator", workstation="ws-test", organisation_id=1)


def seed_users(db: Any) -> None:
    """Create the ``MEDIATOR`` account (test set-up data, inserted directly, no audit event)."""
    from sqlalchemy import select

    from mediation_desk.store.engine import write_session
    from mediation_desk.store.models import Organisation, User

    with write_session(db.engine) as s:
        org = s.execute(select(Organisation.id).order_by(Organisation.id)).scalars().first()
        assert org == MEDIATOR.organisation_id, (
            "seed_users expects the first organisation of a fresh database"
        )
        if s.execute(select(User.id).where(User.username == MEDIATOR.username)).first() is None:
            user = User(
                username=MEDIATOR.username, display_name="王淑英", role="mediator", organisation_id=org
            )
            s.add(user)
            s.flush()
            assert user.id == MEDIATOR.user_id, "seed_users expects an empty user table"


def person(
    name: str,
    *,
    birth: date = date(1985, 3, 14),
    seq: int = 12,
    phone: str = "13812345678",
    region: str = "110105",
) -> PersonInput:
    return PersonInput(
        name=name,
        id_type=IdType.RESIDENT_ID,
        id_number=make_resident_id(region, birth, seq),
        phone=phone,
        address="北京市朝阳区建国路88号",
    )


def new_case(
    org_id: int,
    *,
    track: Track = Track.PEOPLE,
    title: str = "张伟与李娜自行车损坏赔偿纠纷",
    applicant: PersonInput | None = None,
    respondent: PersonInput | None = None,
    extra: list[PartyInput] | None = None,
    received_at: datetime | None = None,
    **kw: object,
) -> NewCase:
    parties = [
        PartyInput(PartyRole.APPLICANT, applicant or person("张伟", seq=11, phone="13811112222")),
        PartyInput(
            PartyRole.RESPONDENT,
            respondent or person("李娜", birth=date(1990, 7, 2), seq=22, phone="13933334444"),
        ),
    ] + list(extra or [])
    values: dict[str, object] = {
        "facts": "申请人停放的自行车被被申请人骑走后损坏。",
        "claims": "赔偿修车费用",
        "source": Source.POLICE_REFERRAL,
        "category": "property_damage",
        **kw,
    }
    return NewCase(
        organisation_id=org_id,
        title=title,
        track=track,
        parties=parties,
        received_at=received_at or datetime(2026, 3, 2, 1, 30, tzinfo=UTC),
        **values,
    )  # type: ignore[arg-type]
