"""人民调解协议书 — the written people's-mediation agreement (People's Mediation Law Art. 29).

Also used, with its own title, for lawyer and pre-litigation mediation. The public-security and
criminal-reconciliation forms live in :mod:`.ps_agreement` and :mod:`.criminal_agreement`.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from mediation_desk.domain.enums import Track

from . import agreement_parts as parts
from .base import OFFICIAL, build_pdf, p
from .flowables import copies_line, payment_lead
from .snapshot import AgreementSnapshot

TITLES: dict[Track, str] = {
    Track.PEOPLE: "人民调解协议书",
    Track.LAWYER: "调解协议书",
    Track.PRE_LITIGATION: "调解协议书",
}

EFFECT = (
    "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效，"
    "具有法律约束力，当事人应当按照约定履行。"
)
#: 律师调解: the lawyer signs and the studio seals (and keeps the copy).
EFFECT_LAWYER = (
    "本协议自各方当事人签名、盖章或者按指印，调解律师签名并加盖律师调解工作室印章之日起生效，"
    "当事人应当按照约定履行。"
)
CONFIRMATION = "当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认。"


def story(a: AgreementSnapshot, *, qr_payload: str | None = None) -> list[Flowable]:
    """The flowables of the agreement (exposed for the dossier and the benchmark)."""
    out: list[Flowable] = parts.header(TITLES.get(a.track, "调解协议书"), a.number)
    out += parts.parties_block(a.parties)
    out += parts.section("一、纠纷主要事实", a.facts)
    out += parts.section("二、争议事项", a.issues)
    out += parts.section("三、各方责任", a.responsibility)
    out.append(p("四、经调解，各方当事人自愿达成如下协议：", "heading"))
    out += parts.numbered_terms(a.terms)
    if a.obligations:
        out += parts.table_lead(payment_lead(a.obligations, a.total_fen, "上述款项"))
        out += parts.compensation(a)
    out += parts.performance(a, "五、履行方式、地点和期限")
    lawyer = a.track == Track.LAWYER
    closing = [p(f"六、其他约定：{EFFECT_LAWYER if lawyer else EFFECT}")]
    if a.track == Track.PEOPLE:
        closing.append(p(CONFIRMATION))
    keeper = "律师调解工作室" if lawyer else "人民调解委员会"
    closing.append(copies_line(a.copies, f"当事人各执一份，{keeper}留存一份"))
    out += parts.signature_part(
        a,
        title=TITLES.get(a.track, "调解协议书"),
        closing=closing,
        qr_payload=qr_payload,
    )
    return out


def render(a: AgreementSnapshot, *, qr_payload: str | None = None) -> bytes:
    """Render the agreement.

    Args:
        a: The agreement snapshot.
        qr_payload: Verification payload from :func:`.verification.make_qr_payload`, drawn as a
            QR code beside the seal area; ``None`` prints no code (a draft).

    Returns:
        The PDF bytes.
    """
    return build_pdf(
        story(a, qr_payload=qr_payload),
        title=TITLES.get(a.track, "调解协议书"),
        margins=OFFICIAL,
        author=a.organisation,
        subject=a.number,
    )
