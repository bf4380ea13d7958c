"""刑事和解协议书 — criminal reconciliation agreement (CPL Arts. 288–290; SPC interpretation 2021 Art. 592).

States that the offender admits guilt and repents, the apology, the compensation (amount and
method — or, when the parties ask, a confidentiality note instead of any amount), and that the
victim asks for or agrees to lenient treatment. Signed by the parties; three copies.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from mediation_desk.domain.enums import PartyRole

from . import agreement_parts as parts
from .base import OFFICIAL, build_pdf, p
from .flowables import copies_line, payment_lead
from .snapshot import AgreementSnapshot

TITLE = "刑事和解协议书"
LABELS = {
    PartyRole.VICTIM: "被害人",
    PartyRole.SUSPECT: "犯罪嫌疑人",
    PartyRole.APPLICANT: "被害人",
    PartyRole.RESPONDENT: "犯罪嫌疑人",
}
LENIENCY_YES = (
    "被害人自愿与犯罪嫌疑人和解，对犯罪嫌疑人的行为表示谅解，请求（同意）司法机关对犯罪嫌疑人依法从宽处理。"
)
LENIENCY_NO = "被害人自愿与犯罪嫌疑人和解，对是否请求从宽处理不作表示。"
VOLUNTARY = "本协议系双方当事人在自愿、合法的基础上达成，不损害国家、集体和他人的合法权益，不违反社会公德。"


def story(a: AgreementSnapshot, *, qr_payload: str | None = None) -> list[Flowable]:
    """The flowables of the criminal reconciliation agreement."""
    secret = a.confidential_amounts
    out: list[Flowable] = parts.header(TITLE, a.number)
    if a.police_case_number or a.charge:
        out.append(p(f"案件编号：{a.police_case_number}　　涉嫌罪名：{a.charge}", "plain"))
    if a.police_organ:
        out.append(p(f"办案机关：{a.police_organ}", "plain"))
    out += parts.parties_block(a.parties, LABELS)
    out += parts.section("一、案件事实", a.facts)
    out += parts.section("二、犯罪嫌疑人认罪悔罪", a.offender_admission)
    out += parts.section("三、赔礼道歉", a.apology)
    out.append(p("四、赔偿损失", "heading"))
    out += parts.numbered_terms(a.terms, confidential=secret)
    if secret:
        out += [p(s) for s in parts.obligation_sentences(a.obligations, confidential=True)]
    elif a.obligations:
        out += parts.table_lead(payment_lead(a.obligations, a.total_fen, "赔偿款项"))
        out += parts.compensation(a)
    out += parts.performance(a)
    out += parts.section("五、被害人谅解", LENIENCY_YES if a.victim_requests_leniency else LENIENCY_NO)
    closing = [p(f"六、其他：{VOLUNTARY}"), p("本协议自双方当事人签名之日起生效。")]
    if secret:
        closing.append(p("应双方当事人要求，赔偿数额予以保密，另行记载，由办案机关采取相应的保密措施。"))
    closing.append(copies_line(a.copies, "双方当事人各执一份，另一份交办案机关附卷备查"))
    out += parts.signature_part(
        a,
        title=TITLE,
        closing=closing,
        qr_payload=qr_payload,
        labels=LABELS,
    )
    return out


def render(a: AgreementSnapshot, *, qr_payload: str | None = None) -> bytes:
    """Render the criminal reconciliation agreement (see :func:`.agreement.render`)."""
    return build_pdf(
        story(a, qr_payload=qr_payload),
        title=TITLE,
        margins=OFFICIAL,
        author=a.organisation,
        subject=a.number,
    )
