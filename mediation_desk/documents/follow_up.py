"""回访记录 — follow-up on performance and satisfaction (People's Mediation Law Art. 31)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from mediation_desk.domain.enums import Satisfaction
from mediation_desk.domain.vocabulary import zh

from .base import FORM, build_pdf, fmt_datetime, p
from .forms import Form, signature_lines
from .snapshot import CaseSnapshot, FollowUpSnapshot


def story(case: CaseSnapshot, visit: FollowUpSnapshot) -> list[Flowable]:
    """The flowables of one follow-up record."""
    ticks = "　".join(("■" if visit.satisfaction == s else "□") + zh(s) for s in Satisfaction)
    form = Form()
    form.pair("案号", case.number, "案由", case.title)
    form.pair("回访时间", fmt_datetime(visit.at), "回访方式", visit.method)
    form.pair("回访人", visit.by, "被回访人", visit.interviewee)
    agreement = case.agreement.number if case.agreement is not None else "（口头协议或无协议）"
    form.wide("调解协议", agreement)
    form.wide("协议履行情况", visit.performance, height=30)
    form.wide("满意程度", ticks)
    form.wide("当事人意见", visit.opinion, height=25)
    form.wide("备注", visit.note, height=12)
    form.full([Spacer(1, 2 * mm), *signature_lines([f"回访人 {visit.by}（签名）"])])
    return [p(case.organisation, "org"), p("人民调解回访记录", "form_title"), Spacer(1, 2 * mm), form.table()]


def render(case: CaseSnapshot, visit: FollowUpSnapshot) -> bytes:
    """Render the record of one follow-up."""
    return build_pdf(
        story(case, visit),
        title="人民调解回访记录",
        margins=FORM,
        author=case.organisation,
        subject=case.number,
    )
