"""Screen names for codes the workspace shows that ``ui/labels.py`` does not cover yet.

Literal ``QCoreApplication.translate("WorkspaceLabels", ...)`` calls, so that
``pyside6-lupdate`` extracts them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def stages() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "acceptance": t("WorkspaceLabels", "Acceptance"),
        "investigation": t("WorkspaceLabels", "Investigation"),
        "mediation": t("WorkspaceLabels", "Mediation"),
        "agreement": t("WorkspaceLabels", "Agreement"),
        "performance": t("WorkspaceLabels", "Performance"),
        "follow_up": t("WorkspaceLabels", "Follow-up"),
        "judicial_confirmation": t("WorkspaceLabels", "Judicial confirmation"),
    }


def outcomes() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "pending": t("WorkspaceLabels", "Scheduled"),
        "agreed": t("WorkspaceLabels", "Agreement reached"),
        "continued": t("WorkspaceLabels", "Continue later"),
        "failed": t("WorkspaceLabels", "Failed"),
    }


def agreement_states() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "draft": t("WorkspaceLabels", "Draft"),
        "printed": t("WorkspaceLabels", "Printed for signing"),
        "signed": t("WorkspaceLabels", "Signed"),
        "superseded": t("WorkspaceLabels", "Superseded"),
    }


def satisfaction() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "satisfied": t("WorkspaceLabels", "Satisfied"),
        "basically_satisfied": t("WorkspaceLabels", "Basically satisfied"),
        "dissatisfied": t("WorkspaceLabels", "Dissatisfied"),
    }


def payment_methods() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "cash": t("WorkspaceLabels", "Cash"),
        "bank_transfer": t("WorkspaceLabels", "Bank transfer"),
        "wechat": t("WorkspaceLabels", "WeChat Pay"),
        "alipay": t("WorkspaceLabels", "Alipay"),
        "other": t("WorkspaceLabels", "Other"),
    }


def follow_up_methods() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "phone": t("WorkspaceLabels", "Phone"),
        "visit": t("WorkspaceLabels", "Home visit"),
        "in_person": t("WorkspaceLabels", "At the office"),
        "message": t("WorkspaceLabels", "Text message"),
    }


def sexes() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"male": t("WorkspaceLabels", "Male"), "female": t("WorkspaceLabels", "Female")}


def attachment_kinds() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "agreement_pdf": t("WorkspaceLabels", "Agreement (PDF)"),
        "agreement_scan": t("WorkspaceLabels", "Signed agreement (scan)"),
        "receipt": t("WorkspaceLabels", "Receipt"),
        "evidence": t("WorkspaceLabels", "Evidence"),
        "identity": t("WorkspaceLabels", "Identity proof"),
        "other": t("WorkspaceLabels", "Other"),
    }


def audit_actions() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "case.register": t("WorkspaceLabels", "Case registered"),
        "case.status": t("WorkspaceLabels", "Status changed"),
        "case.update": t("WorkspaceLabels", "Case edited"),
        "case.party_add": t("WorkspaceLabels", "Party added"),
        "committee.assign": t("WorkspaceLabels", "Member assigned"),
        "committee.release": t("WorkspaceLabels", "Member released"),
        "session.schedule": t("WorkspaceLabels", "Session scheduled"),
        "session.record": t("WorkspaceLabels", "Session recorded"),
        "agreement.draft": t("WorkspaceLabels", "Agreement drafted"),
        "agreement.revise": t("WorkspaceLabels", "Agreement revised"),
        "agreement.correct": t("WorkspaceLabels", "Agreement corrected"),
        "agreement.print": t("WorkspaceLabels", "Agreement printed"),
        "agreement.sign": t("WorkspaceLabels", "Agreement signed"),
        "payment.record": t("WorkspaceLabels", "Payment recorded"),
        "followup.record": t("WorkspaceLabels", "Follow-up recorded"),
    }


def conflict_kinds() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "is_party": t("WorkspaceLabels", "is a party to the case"),
        "kinship": t("WorkspaceLabels", "is a relative of"),
        "employer": t("WorkspaceLabels", "works for"),
        "agent": t("WorkspaceLabels", "is the agent of"),
        "adviser": t("WorkspaceLabels", "is an adviser of"),
        "shared_interest": t("WorkspaceLabels", "shares an interest with"),
        "gift": t("WorkspaceLabels", "received gifts from"),
    }


def name(table: dict[str, str], code: str | None) -> str:
    """The screen name of ``code`` (the code itself when unknown)."""
    return table.get(code, code) if code else ""
