"""Class 12: the auditor sees actions, case numbers and users, never case contents."""

from __future__ import annotations

import json

from mediation_desk.domain.enums import PartyRole
from mediation_desk.services import audit_log, policy
from mediation_desk.services.base import Actor
from mediation_desk.services.cases import register_case, update_case
from mediation_desk.services.inputs import PartyInput, PersonInput
from mediation_desk.services.parties import add_party
from tests.helpers.factories import MEDIATOR, new_case, person

AUDITOR = Actor(user_id=None, username="auditor1", role="auditor", workstation="ws-test")
SECRETS = (
    "少年封存案件",
    "北京市朝阳区建国路88号",
    "张伟",
    "李娜",
    "申请人停放的自行车",
    "新的秘密标题",
    "王小二",
    "东城区秘密胡同1号",
)


def test_the_audit_log_hides_case_contents_from_the_auditor(db) -> None:  # type: ignore[no-untyped-def]
    result = register_case(db, MEDIATOR, new_case(1, title="少年封存案件", sealed=True))
    update_case(db, MEDIATOR, result.case_id, {"title": "新的秘密标题", "facts": "申请人停放的自行车又坏了"})
    extra = PersonInput(name="王小二", address="东城区秘密胡同1号", phone="13900001111")
    add_party(db, MEDIATOR, result.case_id, PartyInput(PartyRole.AGENT, extra, agent_authority="代为调解"))
    rows = audit_log.events(db, AUDITOR, audit_log.AuditFilter())
    shown = json.dumps(
        [[r.action, r.username, r.case_number, r.diff, r.entity] for r in rows], ensure_ascii=False
    )
    leaked = [s for s in SECRETS if s in shown]
    assert leaked == []
    # what the auditor is there for: who did what, on which case
    actions = {r.action for r in rows if r.case_id == result.case_id}
    assert {"case.register", "case.update"} <= actions
    assert all(r.case_number == result.number for r in rows if r.case_id == result.case_id)
    assert all(r.username == "mediator1" for r in rows if r.case_id == result.case_id)
    update = next(r for r in rows if r.action == "case.update")
    assert set(json.loads(update.diff)) == {"title", "facts"}  # which fields changed, not to what


def test_codes_and_flags_stay_readable_titles_do_not(db) -> None:  # type: ignore[no-untyped-def]
    result = register_case(db, MEDIATOR, new_case(1, applicant=person("赵六", seq=41), title="赵六家暴纠纷"))
    rows = audit_log.events(db, AUDITOR, audit_log.AuditFilter(case_id=result.case_id))
    register = next(r for r in rows if r.action == "case.register")
    diff = json.loads(register.diff)
    assert diff["number"] == [None, result.number] and diff["status"] == [None, "registered"]
    assert "赵六" not in register.diff


def test_the_policy_text_says_what_the_code_does() -> None:
    doc = policy.__doc__ or ""
    assert "auditor" in doc and "hidden" in doc and "case numbers" in doc
