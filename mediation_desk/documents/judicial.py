"""司法确认申请书 — joint application to the basic people's court (People's Mediation Law Art. 33;
Civil Procedure Law Arts. 205–206): within 30 days of the agreement taking effect."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.platypus import Flowable

from mediation_desk.domain.vocabulary import zh

from .base import OFFICIAL, build_pdf, fmt_date, p, party_description
from .signatures import signature_grid
from .snapshot import CaseSnapshot

WIDTH_MM = 210 - OFFICIAL.left - OFFICIAL.right
PROMISE = (
    "申请人承诺：出于解决纠纷的目的自愿达成调解协议，没有恶意串通、规避法律的行为；"
    "如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任。"
)


def deadline(effective: date) -> date:
    """Last day to apply: 30 days after the agreement takes effect."""
    return effective + timedelta(days=30)


def story(case: CaseSnapshot) -> list[Flowable]:
    """The flowables of the joint application."""
    a = case.agreement
    if a is None:
        raise ValueError("judicial confirmation needs an agreement")
    court = case.judicial.court if case.judicial is not None else "        人民法院"
    out: list[Flowable] = [p("司法确认申请书", "title")]
    out += [p(f"申请人：{party_description(x)}", "plain") for x in a.principal_parties]
    out += [p(f"{zh(x.role)}：{party_description(x)}", "plain") for x in a.parties if not x.is_principal]
    out.append(p("请求事项：", "heading"))
    out.append(
        p(
            f"请求人民法院确认申请人于{fmt_date(a.signed_on)}经{a.organisation}主持调解达成的"
            f"调解协议（编号：{a.number}）有效。"
        )
    )
    out.append(p("事实和理由：", "heading"))
    out.append(
        p(
            f"申请人之间因{case.title}，经{a.organisation}主持调解，于{fmt_date(a.signed_on)}自愿达成"
            "调解协议，该协议于各方签名并加盖调解委员会印章之日生效。该协议内容不违反法律、行政法规的"
            "强制性规定，不损害国家利益、社会公共利益和他人合法权益。现依据《中华人民共和国人民调解法》"
            "第三十三条及《中华人民共和国民事诉讼法》的有关规定，自调解协议生效之日起三十日内共同申请司法确认。"
        )
    )
    out.append(p(PROMISE))
    out.append(p(f"（本申请应于{fmt_date(deadline(a.signed_on))}前向人民法院提出。）", "plain"))
    out.append(p("此致", "body"))
    out.append(p(court, "plain"))
    out.append(
        p("附：调解协议书一份；申请人身份证明材料复印件；与调解协议相关的财产权利证明等证明材料。", "plain")
    )
    out.append(signature_grid([f"申请人 {x.name}" for x in a.principal_parties], WIDTH_MM))
    applied = case.judicial.applied_on if case.judicial is not None else None
    out.append(p(fmt_date(applied), "right"))
    return out


def render(case: CaseSnapshot) -> bytes:
    """Render the joint application for judicial confirmation of the case's agreement."""
    return build_pdf(
        story(case), title="司法确认申请书", margins=OFFICIAL, author=case.organisation, subject=case.number
    )
