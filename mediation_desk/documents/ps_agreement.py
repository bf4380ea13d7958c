"""治安调解协议书 — public-security mediation agreement (PSAPL Art. 9; MPS 治安调解工作规范).

Three copies: one for each party and one kept by the public security organ.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from mediation_desk.domain.enums import PartyRole

from . import agreement_parts as parts
from .base import OFFICIAL, build_pdf, p
from .flowables import copies_line, payment_lead
from .snapshot import AgreementSnapshot

TITLE = "治安调解协议书"
LABELS = {
    PartyRole.APPLICANT: "当事人",
    PartyRole.RESPONDENT: "当事人",
    PartyRole.VICTIM: "被侵害人",
    PartyRole.SUSPECT: "违反治安管理行为人",
}
EFFECT = (
    "本协议自双方当事人签名之日起生效。对已履行协议的，公安机关对违反治安管理行为人不再处罚；"
    "不履行协议的，公安机关依法对违反治安管理行为人予以处罚；对违法行为造成的损害赔偿纠纷，"
    "当事人可以依法向人民法院提起民事诉讼。"
)


def story(a: AgreementSnapshot, *, qr_payload: str | None = None) -> list[Flowable]:
    """The flowables of the public-security mediation agreement."""
    organ = a.police_organ or a.organisation
    out: list[Flowable] = parts.header(TITLE, a.number)
    hosts = "、".join(m.name for m in a.mediators)
    out.append(p(f"调解机关：{organ}", "plain"))
    out.append(p(f"主持人：{hosts}　　调解地点：{a.place}", "plain"))
    if a.police_case_number:
        out.append(p(f"案件编号：{a.police_case_number}　　案由：{a.charge}", "plain"))
    out += parts.parties_block(a.parties, LABELS)
    out += parts.section("一、主要事实（包括伤情或者财产损失情况）", a.facts)
    out += parts.section("二、争议事项及责任", f"{a.issues}\n{a.responsibility}")
    out.append(p("三、经公安机关主持调解，双方当事人自愿达成如下协议：", "heading"))
    out += parts.numbered_terms(a.terms)
    if a.obligations:
        out += parts.table_lead(payment_lead(a.obligations, a.total_fen, "赔偿款项"))
        out += parts.compensation(a)
    out += parts.performance(a, "四、履行方式、地点和期限")
    out += parts.signature_part(
        a,
        title=TITLE,
        closing=[p(f"五、协议效力：{EFFECT}"), copies_line(a.copies, "双方当事人各执一份，公安机关留存一份")],
        qr_payload=qr_payload,
        labels=LABELS,
    )
    return out


def render(a: AgreementSnapshot, *, qr_payload: str | None = None) -> bytes:
    """Render the public-security mediation agreement (see :func:`.agreement.render`)."""
    return build_pdf(
        story(a, qr_payload=qr_payload),
        title=TITLE,
        margins=OFFICIAL,
        author=a.police_organ or a.organisation,
        subject=a.number,
    )
