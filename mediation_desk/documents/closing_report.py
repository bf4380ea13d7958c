"""结案报告表 — the closing report of a case."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.vocabulary import zh

from .base import FORM, build_pdf, fmt_date, p
from .flowables import CONFIDENTIAL_AMOUNT, money_both
from .forms import Form, signature_lines
from .signatories import MEMBER_TITLES
from .snapshot import CaseSnapshot, ClosingSnapshot

#: 结案方式 by how the case ended (the status before 结案).
OUTCOMES = {
    CaseStatus.AGREEMENT_REACHED: "调解成功（达成协议）",
    CaseStatus.PERFORMING: "调解成功（协议履行中）",
    CaseStatus.PERFORMED: "调解成功（协议已履行）",
    CaseStatus.NOT_PERFORMED: "调解成功（协议未履行）",
    CaseStatus.MEDIATION_FAILED: "调解不成",
    CaseStatus.WITHDRAWN: "当事人撤回",
    CaseStatus.DECLINED: "不予受理",
}


def outcome(c: ClosingSnapshot | None) -> str:
    """结案方式 as printed."""
    if c is None:
        return ""
    return OUTCOMES.get(c.status, zh(c.status))


def story(case: CaseSnapshot) -> list[Flowable]:
    """The flowables of the closing report."""
    a, c = case.agreement, case.closing
    secret = a is not None and a.confidential_amounts
    form = Form()
    form.pair("案号", case.number, "调解类型", zh(case.track))
    form.wide("案由", case.title)
    form.pair("案件来源", zh(case.source), "纠纷类型", zh(case.category))
    form.wide("当事人", "；".join(f"{zh(x.role)}：{x.name}" for x in case.parties))
    form.pair(
        "受理日期",
        fmt_date(case.accepted_on, blank=""),
        "结案日期",
        fmt_date(c.closed_on if c else None, blank=""),
    )
    form.pair("调解次数", f"{len(case.sessions)}次", "结案方式", outcome(c))
    staff = "；".join(f"{MEMBER_TITLES.get(m.role, zh(m.role))} {m.name}" for m in case.members)
    form.wide("调解人员", staff or "")
    if a is not None:
        amount = CONFIDENTIAL_AMOUNT if secret else money_both(a.total_fen)
        form.pair("协议编号", a.number, "协议形式", zh(a.form))
        form.wide("协议金额", amount)
        paid = sum(x.amount_fen for x in case.payments)
        status = "已全部履行" if paid >= a.total_fen else "尚未全部履行"
        form.wide("履行情况", status if secret else f"已履行{money_both(paid)}，{status}")
    visits = "；".join(
        f"{fmt_date(v.at)} {zh(v.satisfaction) if v.satisfaction else '未答复'}" for v in case.follow_ups
    )
    form.wide("回访情况", visits or "未回访")
    if case.judicial is not None:
        j = case.judicial
        form.wide(
            "司法确认",
            f"{j.court}　申请日期：{fmt_date(j.applied_on, blank='')}　{j.ruling_number}{j.result}",
        )
    if case.matter is not None and (case.matter.decision or case.matter.police_case_number):
        m = case.matter
        form.wide(
            "关联案件处理",
            f"{m.police_case_number}　{m.charge}　{m.decision}　{fmt_date(m.decided_on, blank='')}",
        )
    form.wide("调解结果及结案情况", c.summary if c else "", height=30)
    form.wide(
        "承办人意见", [Spacer(1, 8 * mm), *signature_lines([f"承办人 {c.handled_by if c else ''}（签名）"])]
    )
    form.wide(
        "审核意见", [Spacer(1, 8 * mm), *signature_lines([f"负责人 {c.reviewed_by if c else ''}（签名）"])]
    )
    return [
        p(case.organisation, "org"),
        p("人民调解案件结案报告表", "form_title"),
        Spacer(1, 2 * mm),
        form.table(),
    ]


def render(case: CaseSnapshot) -> bytes:
    """Render the closing report."""
    return build_pdf(
        story(case), title="结案报告表", margins=FORM, author=case.organisation, subject=case.number
    )
