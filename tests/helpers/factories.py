"""Builders for realistic test input (valid ID numbers, Chinese names)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mediation_desk.domain.enums import IdType, PartyRole, Source, Track
from mediation_desk.domain.idcard import make_resident_id
from mediation_desk.services.base import Actor
from mediation_desk.services.inputs import NewCase, PartyInput, PersonInput

MEDIATOR = Actor(user_id=None, username="mediator1", role="mediator", workstation="ws-test")


def person(name: str, *, birth: date = date(1985, 3, 14), seq: int = 12, phone: str = "13812345678",
           region: str = "110105") -> PersonInput:
    return PersonInput(name=name, id_type=IdType.RESIDENT_ID, id_number=make_resident_id(region, birth, seq),
                       phone=phone, address="北京市朝阳区建国路88号")


def new_case(org_id: int, *, track: Track = Track.PEOPLE, title: str = "张伟与李娜自行车损坏赔偿纠纷",
             applicant: PersonInput | None = None, respondent: PersonInput | None = None,
             extra: list[PartyInput] | None = None, received_at: datetime | None = None, **kw: object) -> NewCase:
    parties = [
        PartyInput(PartyRole.APPLICANT, applicant or person("张伟", seq=11, phone="13811112222")),
        PartyInput(PartyRole.RESPONDENT, respondent or person("李娜", birth=date(1990, 7, 2), seq=22,
                                                               phone="13933334444")),
    ] + list(extra or [])
    values: dict[str, object] = {"facts": "申请人停放的自行车被被申请人骑走后损坏。", "claims": "赔偿修车费用",
                                 "source": Source.POLICE_REFERRAL, "category": "property_damage", **kw}
    return NewCase(organisation_id=org_id, title=title, track=track, parties=parties,
                   received_at=received_at or datetime(2026, 3, 2, 1, 30, tzinfo=UTC), **values)  # type: ignore[arg-type]
