"""Administrator settings: limits, categories, organisation, type codes, calendar — each change audited."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import Track
from mediation_desk.domain.errors import RuleViolation, ValidationError
from mediation_desk.services import admin_settings as admin
from mediation_desk.services import base, cases, deadlines
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent, Case, Organisation
from tests.helpers.factories import MEDIATOR, new_case

ADMIN = base.Actor(user_id=None, username="admin1", role="admin", workstation="ws-test")
# Accepted Tue 30 Sep 2025 (Shanghai): the 3 working days are 9, 10 and the adjusted Saturday 11 Oct.
ACCEPTED = datetime(2025, 9, 30, 2, 0, tzinfo=UTC)


def _org(db) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return s.execute(select(Organisation.id)).scalar_one()


def _audit(db, action: str) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    with read_session(db.engine) as s:
        return [
            json.loads(e.diff)
            for e in s.execute(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            ).scalars()
        ]


@pytest.fixture
def ps_case(db, monkeypatch: pytest.MonkeyPatch) -> int:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(base, "utcnow", lambda: ACCEPTED)
    r = cases.register_case(
        db, MEDIATOR, new_case(_org(db), track=Track.PUBLIC_SECURITY, received_at=ACCEPTED)
    )
    cases.accept_case(db, MEDIATOR, r.case_id)
    return r.case_id


def _limit_day(db, case_id: int) -> date:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        items = deadlines.due_items_for_case(s, case_id, ACCEPTED)
        case = s.get(Case, case_id)
        limit = [i for i in items if i.kind == "mediation_limit"][0]
        assert case is not None and case.due_at == limit.due_at  # the cached next deadline follows
        assert limit.due_on is not None
        return limit.due_on


def test_changing_a_limit_moves_open_deadlines_and_is_audited(db, ps_case: int) -> None:  # type: ignore[no-untyped-def]
    assert _limit_day(db, ps_case) == date(2025, 10, 11)
    admin.write_limits(db, ADMIN, {"public_security_working_days": 5})
    assert _limit_day(db, ps_case) == date(2025, 10, 14)  # 9, 10, 11, 13, 14
    with read_session(db.engine) as s:
        assert admin.read_limits(s).public_security_working_days == 5
    assert _audit(db, "settings.update")[-1] == {"limits": [None, {"public_security_working_days": 5}]}
    admin.write_limits(db, ADMIN, {"public_security_working_days": 3})  # back to the default: nothing stored
    assert _audit(db, "settings.update")[-1] == {"limits": [{"public_security_working_days": 5}, {}]}


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"no_such_limit": 3}, "settings.unknown_limit"),
        ({"mediation_days": 0}, "settings.limit_range"),
        ({"mediation_days": 1.5}, "settings.limit_type"),
        ({"reset_series_yearly": 1}, "settings.limit_type"),
    ],
)
def test_bad_limits_are_refused(db, values: dict[str, object], code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        admin.write_limits(db, ADMIN, values)
    assert err.value.code == code


def test_calendar_override_shifts_deadline_and_can_be_removed(db, ps_case: int) -> None:  # type: ignore[no-untyped-def]
    admin.set_calendar_day(db, ADMIN, date(2025, 10, 11), working=False, note="本单位不调休")
    assert _limit_day(db, ps_case) == date(2025, 10, 13)
    with read_session(db.engine) as s:
        assert [(o.day, o.working) for o in admin.list_calendar_overrides(s, year=2025)] == [
            (date(2025, 10, 11), False)
        ]
    admin.remove_calendar_day(db, ADMIN, date(2025, 10, 11))
    assert _limit_day(db, ps_case) == date(2025, 10, 11)
    with pytest.raises(RuleViolation) as err:
        admin.remove_calendar_day(db, ADMIN, date(2025, 10, 11))
    assert err.value.code == "calendar.no_change"
    assert _audit(db, "calendar.set")[0]["working"] == [None, False]
    assert _audit(db, "calendar.remove")[0]["day"] == ["2025-10-11", None]


def test_a_year_without_official_schedule_is_added_by_overrides(db) -> None:  # type: ignore[no-untyped-def]
    national_day = date(2031, 10, 1)  # a Wednesday, in a year chinese_calendar does not know
    assert 2031 not in admin.covered_years() and 2025 in admin.covered_years()
    with read_session(db.engine) as s:
        assert deadlines.work_calendar(s).is_working_day(national_day)
    admin.set_calendar_day(db, ADMIN, national_day, working=False, note="国庆节")
    admin.set_calendar_day(db, ADMIN, date(2031, 9, 28), working=True, note="调休上班")  # a Sunday
    with read_session(db.engine) as s:
        cal = deadlines.work_calendar(s)
        assert not cal.is_working_day(national_day) and cal.is_working_day(date(2031, 9, 28))
        assert cal.add_working_days(date(2031, 9, 26), 2) == date(2031, 9, 29)  # Fri → Sun 28 → Mon 29


def test_categories_add_rename_deactivate(db) -> None:  # type: ignore[no-untyped-def]
    admin.add_category(db, ADMIN, "pets", "宠物纠纷", "Pets")
    with pytest.raises(RuleViolation) as exists:
        admin.add_category(db, ADMIN, "pets", "宠物纠纷")
    assert exists.value.code == "category.exists"
    with pytest.raises(ValidationError) as bad:
        admin.add_category(db, ADMIN, "Pets!", "宠物")
    assert bad.value.code == "category.code"
    with pytest.raises(ValidationError) as empty:
        admin.rename_category(db, ADMIN, "pets", name_zh="  ")
    assert empty.value.code == "category.name_empty"
    admin.rename_category(db, ADMIN, "pets", name_zh="饲养动物纠纷")
    admin.set_category_active(db, ADMIN, "pets", False)
    with read_session(db.engine) as s:
        active = [c.code for c in admin.list_categories(s)]
        every = {c.code: c.name_zh for c in admin.list_categories(s, include_inactive=True)}
    assert "pets" not in active and every["pets"] == "饲养动物纠纷" and "neighbour" in active
    assert _audit(db, "category.rename") == [
        {"code": ["pets", "pets"], "name_zh": ["宠物纠纷", "饲养动物纠纷"]}
    ]
    assert _audit(db, "category.active") == [{"code": ["pets", "pets"], "active": [True, False]}]


def test_organisation_and_type_codes_feed_new_numbers(db) -> None:  # type: ignore[no-untyped-def]
    org = _org(db)
    admin.update_organisation(db, ADMIN, org, name="朝阳区矛盾纠纷多元调解委员会", org_code="京朝阳")
    admin.write_type_code(db, ADMIN, "people", "民调")
    with pytest.raises(ValidationError) as bad:
        admin.write_type_code(db, ADMIN, "people", "民调 1")
    assert bad.value.code == "type_code.invalid"
    with pytest.raises(ValidationError) as track:
        admin.write_type_code(db, ADMIN, "martial", "武")
    assert track.value.code == "type_code.track"
    r = cases.register_case(db, MEDIATOR, new_case(org))
    assert r.number == "（2026）京朝阳民调字第0001号"
    with read_session(db.engine) as s:
        assert admin.read_type_codes(s)["people"] == "民调" and admin.read_type_codes(s)["criminal"] == "刑和"
    assert _audit(db, "organisation.update")[0]["org_code"] == ["京朝", "京朝阳"]
    with pytest.raises(ValidationError):
        admin.update_organisation(db, ADMIN, org, name=" ")


@pytest.mark.parametrize("role", ["mediator", "director", "custodian", "auditor"])
def test_only_the_administrator_changes_settings(db, role: str) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.domain.errors import PermissionDenied

    actor = base.Actor(user_id=None, username=f"{role}9", role=role, workstation="ws-test", organisation_id=1)
    org = _org(db)
    writes = [
        lambda: admin.write_limits(db, actor, {"public_security_working_days": 5}),
        lambda: admin.add_category(db, actor, "pets", "宠物纠纷"),
        lambda: admin.update_organisation(db, actor, org, name="别的委员会"),
        lambda: admin.write_type_code(db, actor, "people", "民调"),
        lambda: admin.set_calendar_day(db, actor, date(2031, 9, 28), working=True),
    ]
    for write in writes:
        with pytest.raises(PermissionDenied) as err:
            write()
        assert err.value.code == "perm.role"
    with read_session(db.engine) as s:
        assert admin.read_limits(s).public_security_working_days == 3
        assert s.get(Organisation, org).name != "别的委员会"  # type: ignore[union-attr]
