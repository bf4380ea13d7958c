"""当事人权利义务告知书 — parties' rights and duties (People's Mediation Law Arts. 23–24)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from .base import OFFICIAL, build_pdf, fmt_date, p
from .signatures import seal_block, signature_grid
from .snapshot import CaseSnapshot

WIDTH_MM = 210 - OFFICIAL.left - OFFICIAL.right

RIGHTS = (
    "选择或者接受人民调解员；",
    "接受调解、拒绝调解或者要求终止调解；",
    "要求调解公开进行或者不公开进行；",
    "自主表达意愿、自愿达成调解协议。",
)
DUTIES = (
    "如实陈述纠纷事实；",
    "遵守调解现场秩序，尊重人民调解员；",
    "尊重对方当事人行使权利。",
)
NOTES = (
    "人民调解不收取任何费用。",
    "人民调解员有泄露当事人个人隐私、商业秘密等行为的，由其所在的人民调解委员会给予批评教育、责令改正，"
    "情节严重的予以罢免。",
    "经调解达成的调解协议具有法律约束力，当事人应当按照约定履行；双方当事人可以自调解协议生效之日起"
    "三十日内共同向人民法院申请司法确认。",
    "调解不成的，当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。",
)


def story(case: CaseSnapshot) -> list[Flowable]:
    """The flowables of the notice."""
    names = "、".join(x.name for x in case.principal_parties)
    out: list[Flowable] = [p("人民调解当事人权利义务告知书", "title"), p(case.number, "number_c")]
    out.append(p(f"{names}：", "plain"))
    out.append(
        p(
            f"你（单位）与对方当事人之间的{case.title}，已由{case.organisation}受理调解。"
            "根据《中华人民共和国人民调解法》的规定，现将你（单位）在人民调解活动中享有的权利和承担的义务告知如下："
        )
    )
    out.append(p("一、当事人享有下列权利（《人民调解法》第二十三条）：", "heading"))
    out += [p(f"{i}. {t}") for i, t in enumerate(RIGHTS, 1)]
    out.append(p("二、当事人应当履行下列义务（《人民调解法》第二十四条）：", "heading"))
    out += [p(f"{i}. {t}") for i, t in enumerate(DUTIES, 1)]
    out.append(p("三、其他告知事项：", "heading"))
    out += [p(f"{i}. {t}") for i, t in enumerate(NOTES, 1)]
    out.append(p("以上内容本人已知悉。", "heading"))
    out.append(signature_grid([f"{x.name}" for x in case.principal_parties], WIDTH_MM))
    out.append(seal_block(case.organisation, fmt_date(case.accepted_on or case.received_at), WIDTH_MM))
    return out


def render(case: CaseSnapshot) -> bytes:
    """Render the notice of rights and duties, with an acknowledgement box per party."""
    return build_pdf(
        story(case),
        title="当事人权利义务告知书",
        margins=OFFICIAL,
        author=case.organisation,
        subject=case.number,
    )
