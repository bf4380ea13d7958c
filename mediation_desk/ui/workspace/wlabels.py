"""Screen names for codes the workspace shows that ``ui/labels.py`` does not cover yet.

Literal ``QCoreApplication.translate("WorkspaceLabels", ...)`` calls, so that
``pyside6-lupdate`` extracts them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def stages() -> dict[str, str]:
    return {
        "acceptance": QCoreApplication.translate("WorkspaceLabels", "Acceptance"),
        "investigation": QCoreApplication.translate("WorkspaceLabels", "Investigation"),
        "mediation": QCoreApplication.translate("WorkspaceLabels", "Mediation"),
        "agreement": QCoreApplication.translate("WorkspaceLabels", "Agreement"),
        "performance": QCoreApplication.translate("WorkspaceLabels", "Performance"),
        "follow_up": QCoreApplication.translate("WorkspaceLabels", "Follow-up"),
        "judicial_confirmation": QCoreApplication.translate("WorkspaceLabels", "Judicial confirmation"),
    }


def outcomes() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("WorkspaceLabels", "Scheduled"),
        "agreed": QCoreApplication.translate("WorkspaceLabels", "Agreement reached"),
        "continued": QCoreApplication.translate("WorkspaceLabels", "Continue later"),
        "failed": QCoreApplication.translate("WorkspaceLabels", "Failed"),
    }


def agreement_states() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("WorkspaceLabels", "Draft"),
        "printed": QCoreApplication.translate("WorkspaceLabels", "Printed for signing"),
        "signed": QCoreApplication.translate("WorkspaceLabels", "Signed"),
        "superseded": QCoreApplication.translate("WorkspaceLabels", "Superseded"),
    }


def satisfaction() -> dict[str, str]:
    return {
        "satisfied": QCoreApplication.translate("WorkspaceLabels", "Satisfied"),
        "basically_satisfied": QCoreApplication.translate("WorkspaceLabels", "Basically satisfied"),
        "dissatisfied": QCoreApplication.translate("WorkspaceLabels", "Dissatisfied"),
    }


def payment_methods() -> dict[str, str]:
    return {
        "cash": QCoreApplication.translate("WorkspaceLabels", "Cash"),
        "bank_transfer": QCoreApplication.translate("WorkspaceLabels", "Bank transfer"),
        "wechat": QCoreApplication.translate("WorkspaceLabels", "WeChat Pay"),
        "alipay": QCoreApplication.translate("WorkspaceLabels", "Alipay"),
        "other": QCoreApplication.translate("WorkspaceLabels", "Other"),
    }


def follow_up_methods() -> dict[str, str]:
    """How a follow-up reached the person (电话, 上门, 短信, 微信; two older codes still shown)."""
    return {
        "phone": QCoreApplication.translate("WorkspaceLabels", "Phone"),
        "visit": QCoreApplication.translate("WorkspaceLabels", "Home visit"),
        "sms": QCoreApplication.translate("WorkspaceLabels", "Text message"),
        "wechat": QCoreApplication.translate("WorkspaceLabels", "WeChat"),
        "in_person": QCoreApplication.translate("WorkspaceLabels", "At the office"),
        "message": QCoreApplication.translate("WorkspaceLabels", "Text message"),
    }


def follow_up_performance() -> dict[str, str]:
    return {
        "performed": QCoreApplication.translate("WorkspaceLabels", "Performed"),
        "partly": QCoreApplication.translate("WorkspaceLabels", "Partly performed"),
        "not_performed": QCoreApplication.translate("WorkspaceLabels", "Not performed"),
    }


def sexes() -> dict[str, str]:
    return {
        "male": QCoreApplication.translate("WorkspaceLabels", "Male"),
        "female": QCoreApplication.translate("WorkspaceLabels", "Female"),
    }


def attachment_kinds() -> dict[str, str]:
    return {
        "agreement_pdf": QCoreApplication.translate("WorkspaceLabels", "Agreement (PDF)"),
        "agreement_scan": QCoreApplication.translate("WorkspaceLabels", "Signed agreement (scan)"),
        "receipt": QCoreApplication.translate("WorkspaceLabels", "Receipt"),
        "evidence": QCoreApplication.translate("WorkspaceLabels", "Evidence"),
        "identity": QCoreApplication.translate("WorkspaceLabels", "Identity proof"),
        "other": QCoreApplication.translate("WorkspaceLabels", "Other"),
    }


def audit_actions() -> dict[str, str]:
    return {
        "case.register": QCoreApplication.translate("WorkspaceLabels", "Case registered"),
        "case.status": QCoreApplication.translate("WorkspaceLabels", "Status changed"),
        "case.update": QCoreApplication.translate("WorkspaceLabels", "Case edited"),
        "case.party_add": QCoreApplication.translate("WorkspaceLabels", "Party added"),
        "committee.assign": QCoreApplication.translate("WorkspaceLabels", "Member assigned"),
        "committee.release": QCoreApplication.translate("WorkspaceLabels", "Member released"),
        "committee.chief": QCoreApplication.translate("WorkspaceLabels", "Chief mediator changed"),
        "person.relation": QCoreApplication.translate("WorkspaceLabels", "Relation recorded"),
        "person.relation_remove": QCoreApplication.translate("WorkspaceLabels", "Relation removed"),
        "session.schedule": QCoreApplication.translate("WorkspaceLabels", "Session scheduled"),
        "session.record": QCoreApplication.translate("WorkspaceLabels", "Session recorded"),
        "agreement.draft": QCoreApplication.translate("WorkspaceLabels", "Agreement drafted"),
        "agreement.revise": QCoreApplication.translate("WorkspaceLabels", "Agreement revised"),
        "agreement.correct": QCoreApplication.translate("WorkspaceLabels", "Agreement corrected"),
        "agreement.print": QCoreApplication.translate("WorkspaceLabels", "Agreement printed"),
        "agreement.sign": QCoreApplication.translate("WorkspaceLabels", "Agreement signed"),
        "payment.record": QCoreApplication.translate("WorkspaceLabels", "Payment recorded"),
        "followup.record": QCoreApplication.translate("WorkspaceLabels", "Follow-up recorded"),
        "consent.record": QCoreApplication.translate("WorkspaceLabels", "Consent recorded"),
        "case.extend": QCoreApplication.translate("WorkspaceLabels", "Mediation period extended"),
        "criminal.checklist": QCoreApplication.translate("WorkspaceLabels", "Eligibility checklist saved"),
        "case.eligibility_override": QCoreApplication.translate("WorkspaceLabels", "Eligibility overridden"),
        "party.add": QCoreApplication.translate("WorkspaceLabels", "Party added"),
        "matter.step": QCoreApplication.translate("WorkspaceLabels", "Fast-track step recorded"),
        "matter.appraisal": QCoreApplication.translate("WorkspaceLabels", "Appraisal report recorded"),
        "matter.recommendation": QCoreApplication.translate(
            "WorkspaceLabels", "Police recommendation recorded"
        ),
        "matter.decision": QCoreApplication.translate("WorkspaceLabels", "Procuratorate decision recorded"),
        "matter.decision_add": QCoreApplication.translate("WorkspaceLabels", "Matter decision recorded"),
    }


def conflict_kinds() -> dict[str, str]:
    return {
        "is_party": QCoreApplication.translate("WorkspaceLabels", "is a party to the case"),
        "kinship": QCoreApplication.translate("WorkspaceLabels", "is a relative of"),
        "employer": QCoreApplication.translate("WorkspaceLabels", "works for"),
        "agent": QCoreApplication.translate("WorkspaceLabels", "is the agent of"),
        "adviser": QCoreApplication.translate("WorkspaceLabels", "is an adviser of"),
        "shared_interest": QCoreApplication.translate("WorkspaceLabels", "shares an interest with"),
        "gift": QCoreApplication.translate("WorkspaceLabels", "received gifts from"),
        "colleague": QCoreApplication.translate("WorkspaceLabels", "is a colleague of"),
        "other": QCoreApplication.translate("WorkspaceLabels", "has another relation with"),
    }


def name(table: dict[str, str], code: str | None) -> str:
    """The screen name of ``code`` (the code itself when unknown)."""
    return table.get(code, code) if code else ""
