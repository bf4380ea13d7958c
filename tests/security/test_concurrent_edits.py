"""Class 7 (two workstations editing at once): every editable record refuses a stale save.

Two workstations (each its own engine) open the same record at the same version; the first one
saves; the second one's save, based on the version it opened, is refused with "changed by X at T"
and the first one's change is kept. On SQLite and PostgreSQL. On 0.3.1 only cases had a version:
the second save of an agreement draft (and of every other record) silently overwrote the first,
and on PostgreSQL two case saves at the same moment came back as a bare ``record.stale``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from typing import Any

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import CommitteeRole, SessionOutcome
from mediation_desk.domain.errors import ConflictError
from mediation_desk.services import (
    admin_settings,
    agreements,
    cases,
    committee,
    directory,
    sessions,
    settings,
)
from mediation_desk.services.base import Actor
from mediation_desk.services.directory import MemberInput, OrganisationInput
from mediation_desk.store.database import Database, open_database
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import (
    Agreement,
    CaseParty,
    Category,
    MediationSession,
    Membership,
    Obligation,
    Organisation,
    Person,
)
from tests.helpers.documents_case import agreement_input, drafted_case
from tests.helpers.factories import MEDIATOR, new_case

ADMIN = Actor(user_id=None, username="admin1", role="admin", workstation="ws-admin", organisation_id=1)
DIRECTOR = Actor(user_id=None, username="director1", role="director", workstation="ws-dir", organisation_id=1)
WHEN = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d$")


@pytest.fixture
def ws2(db: Database) -> Iterator[Database]:
    """A second workstation: its own engine on the same database."""
    other = open_database(db.url)
    yield other
    other.dispose()


def version(db: Database, model: Any, ident: Any) -> int:
    with read_session(db.engine) as s:
        record = s.get(model, ident)
        assert record is not None
        return int(record.row_version)


def refused(save: Callable[[], Any], by: str) -> ConflictError:
    """``save`` is refused as stale, naming ``by`` and a time."""
    with pytest.raises(ConflictError) as err:
        save()
    exc = err.value
    assert exc.code == "record.changed", exc
    assert exc.params["by"] == by and WHEN.match(exc.params["at"]), exc.params
    return exc


def test_agreement_draft_and_its_obligations(db: Database, ws2: Database) -> None:
    c = drafted_case(db)
    seen = version(db, Agreement, c.agreement_id)  # both workstations opened the draft
    mine = agreement_input(c.payer_id, c.payee_id, first_fen=5000_00)
    mine.terms = "工作站一修改的条款。"
    agreements.revise_agreement(db, MEDIATOR, c.agreement_id, mine, expected_version=seen)
    theirs = agreement_input(c.payer_id, c.payee_id, first_fen=9900_00)
    theirs.terms = "工作站二修改的条款。"
    exc = refused(
        lambda: agreements.revise_agreement(ws2, MEDIATOR, c.agreement_id, theirs, expected_version=seen),
        "mediator1",
    )
    assert exc.params["record"] == "agreement" and exc.params["version"] == seen + 1
    with read_session(db.engine) as s:
        ag = s.get(Agreement, c.agreement_id)
        amounts = (
            s.execute(
                select(Obligation.amount_fen)
                .where(Obligation.agreement_id == c.agreement_id)
                .order_by(Obligation.seq)
            )
            .scalars()
            .all()
        )
    assert ag is not None and ag.terms == "工作站一修改的条款。" and ag.changed_by == "mediator1"
    assert amounts == [5000_00, 6000_00]  # the first workstation's instalments, not the second's
    # printing and signing check the version the user saw too
    refused(
        lambda: agreements.mark_printed(ws2, MEDIATOR, c.agreement_id, expected_version=seen), "mediator1"
    )


def test_session_record(db: Database, ws2: Database) -> None:
    c = drafted_case(db)
    with read_session(db.engine) as s:
        sid = s.execute(select(MediationSession.id).where(MediationSession.case_id == c.case_id)).scalar_one()
    seen = version(db, MediationSession, sid)
    kw: dict[str, Any] = {"outcome": SessionOutcome.CONTINUED, "attendee_ids": [c.payer_id, c.payee_id]}
    sessions.record_session(db, MEDIATOR, sid, record="工作站一的笔录。", expected_version=seen, **kw)
    refused(
        lambda: sessions.record_session(
            ws2, MEDIATOR, sid, record="工作站二的笔录。", expected_version=seen, **kw
        ),
        "mediator1",
    )
    with read_session(db.engine) as s:
        assert s.get(MediationSession, sid).record == "工作站一的笔录。"  # type: ignore[union-attr]


def test_membership_release(db: Database, ws2: Database) -> None:
    c = drafted_case(db)
    with read_session(db.engine) as s:
        mid = s.execute(select(Membership.id).where(Membership.case_id == c.case_id)).scalar_one()
    seen = version(db, Membership, mid)
    committee.release_member(db, MEDIATOR, mid, on=date(2026, 3, 20), reason="调离", expected_version=seen)
    refused(
        lambda: committee.release_member(ws2, MEDIATOR, mid, on=date(2026, 3, 5), expected_version=seen),
        "mediator1",
    )
    with read_session(db.engine) as s:
        assert s.get(Membership, mid).to_date == date(2026, 3, 20)  # type: ignore[union-attr]


def test_party_contact_details(db: Database, ws2: Database) -> None:
    case_id = cases.register_case(db, MEDIATOR, new_case(1)).case_id
    with read_session(db.engine) as s:
        person_id = (
            s.execute(select(CaseParty.person_id).where(CaseParty.case_id == case_id)).scalars().first()
        )
    seen = version(db, Person, person_id)
    directory.update_person_contact(
        db, MEDIATOR, person_id, phone="13900001111", case_id=case_id, expected_version=seen
    )
    exc = refused(
        lambda: directory.update_person_contact(
            ws2, MEDIATOR, person_id, phone="13900002222", case_id=case_id, expected_version=seen
        ),
        "mediator1",
    )
    assert exc.params["record"] == "person"
    with read_session(db.engine) as s:
        assert s.get(Person, person_id).phone.endswith("13900001111")  # type: ignore[union-attr]


def test_directory_member_and_organisation(db: Database, ws2: Database) -> None:
    member = directory.add_member(db, DIRECTOR, MemberInput(name="赵敏", role=CommitteeRole.MEDIATOR)).id
    seen = version(db, Person, member)
    directory.update_member(
        db, DIRECTOR, member, MemberInput(name="赵敏", role="mediator", title="主任"), expected_version=seen
    )
    refused(
        lambda: directory.update_member(
            ws2, DIRECTOR, member, MemberInput(name="赵敏敏", role="mediator"), expected_version=seen
        ),
        "director1",
    )
    org = directory.add_organisation(db, DIRECTOR, OrganisationInput(name="朝阳区人民法院", kind="court")).id
    seen = version(db, Organisation, org)
    directory.update_organisation(
        db, DIRECTOR, org, OrganisationInput(name="朝阳法院", kind="court"), expected_version=seen
    )
    refused(
        lambda: directory.update_organisation(
            ws2, DIRECTOR, org, OrganisationInput(name="北京法院", kind="court"), expected_version=seen
        ),
        "director1",
    )
    with read_session(db.engine) as s:
        assert s.get(Organisation, org).name == "朝阳法院"  # type: ignore[union-attr]


def test_settings_limits_and_categories(db: Database, ws2: Database) -> None:
    with read_session(db.engine) as s:
        seen = settings.version(s, settings.LIMITS_KEY)
    admin_settings.write_limits(db, ADMIN, {"due_soon_days": 5}, expected_version=seen)
    refused(
        lambda: admin_settings.write_limits(ws2, ADMIN, {"follow_up_days": 20}, expected_version=seen),
        "admin1",
    )
    with read_session(db.engine) as s:
        assert settings.limits(s).due_soon_days == 5 and settings.limits(s).follow_up_days != 20
    with read_session(db.engine) as s:
        code = admin_settings.list_categories(s)[0].code
    seen = version(db, Category, code)
    admin_settings.rename_category(db, ADMIN, code, name_zh="邻里纠纷甲", expected_version=seen)
    refused(
        lambda: admin_settings.rename_category(ws2, ADMIN, code, name_zh="邻里纠纷乙", expected_version=seen),
        "admin1",
    )
    refused(
        lambda: admin_settings.set_category_active(ws2, ADMIN, code, False, expected_version=seen), "admin1"
    )
    seen = version(db, Organisation, 1)
    admin_settings.update_organisation(db, ADMIN, 1, name="朝阳区调委会", expected_version=seen)
    refused(
        lambda: admin_settings.update_organisation(ws2, ADMIN, 1, org_code="京海", expected_version=seen),
        "admin1",
    )


@pytest.mark.postgres
def test_postgres_conflicts_at_the_same_moment_name_who_and_when(db: Database, ws2: Database) -> None:
    """Two saves of one case based on the same version, released together: the loser is told who won."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("two writers at the same moment: PostgreSQL (SQLite has one writer at a time)")
    other = Actor(
        user_id=None, username="director1", role="director", workstation="ws-dir", organisation_id=1
    )
    for k in range(8):
        case_id = cases.register_case(db, MEDIATOR, new_case(1)).case_id
        seen = cases.update_case(db, MEDIATOR, case_id, {"facts": f"第{k}轮"}).version
        outcome = both_at_once(
            partial(_save_title, db, MEDIATOR, case_id, seen, "工作站一"),
            partial(_save_title, ws2, other, case_id, seen, "工作站二"),
        )
        lost = [o for o in outcome if isinstance(o, ConflictError)]
        assert len(lost) == 1, outcome
        winner = "mediator1" if lost[0] is outcome[1] else "director1"
        assert lost[0].code == "case.changed" and lost[0].params["by"] == winner, lost[0].params
        assert WHEN.match(lost[0].params["at"])


def _save_title(station: Database, actor: Actor, case_id: int, seen: int, title: str) -> Any:
    return cases.update_case(station, actor, case_id, {"title": title}, expected_version=seen)


def both_at_once(*work: Callable[[], Any]) -> list[Any]:
    """Run each ``work`` in its own thread, released together; its result or its exception."""
    barrier = threading.Barrier(len(work))
    outcome: list[Any] = [None] * len(work)

    def run(i: int) -> None:
        barrier.wait()
        try:
            outcome[i] = work[i]()
        except ConflictError as exc:
            outcome[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return outcome
