"""收条 — a receipt for one payment under the agreement (dossier item 9)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from mediation_desk.domain.vocabulary import zh

from .base import FORM, build_pdf, fmt_date, fmt_datetime, p
from .flowables import money_capitals, money_figures
from .forms import Form, signature_lines
from .snapshot import CaseSnapshot, PaymentSnapshot


def story(case: CaseSnapshot, pay: PaymentSnapshot) -> list[Flowable]:
    """The flowables of one receipt."""
    agreement = case.agreement.number if case.agreement is not None else case.number
    text = (
        f"今收到{pay.payer}依照{agreement}调解协议支付的{pay.purpose or '款项'}"
        f"{money_capitals(pay.amount_fen)}（{money_figures(pay.amount_fen)}），支付方式：{zh(pay.method)}。"
    )
    form = Form()
    form.pair("收条编号", pay.receipt_number, "案号", case.number)
    form.full(text, height=22, style="cell_body")
    form.pair("金额（小写）", money_figures(pay.amount_fen), "金额（大写）", money_capitals(pay.amount_fen))
    form.pair("付款人", pay.payer, "收款人", pay.payee)
    form.pair("付款时间", fmt_datetime(pay.paid_at), "经办调解员", pay.handled_by)
    if pay.note:
        form.wide("备注", pay.note)
    form.full(
        [
            Spacer(1, 2 * mm),
            *signature_lines(
                [
                    f"收款人 {pay.payee}（签名或者按指印）",
                    f"付款人 {pay.payer}（签名或者按指印）",
                    f"经办人 {pay.handled_by}（签名）",
                ]
            ),
        ]
    )
    return [p("收　条", "form_title"), p(fmt_date(pay.paid_at), "number"), form.table()]


def render(case: CaseSnapshot, payment: PaymentSnapshot) -> bytes:
    """Render the receipt of ``payment`` (one PDF per payment)."""
    return build_pdf(
        story(case, payment),
        title="收条",
        margins=FORM,
        author=case.organisation,
        subject=payment.receipt_number,
    )
