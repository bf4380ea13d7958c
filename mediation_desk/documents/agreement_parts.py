"""Building blocks shared by the three agreement forms (人民调解 / 治安调解 / 刑事和解)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.vocabulary import zh

from .base import OFFICIAL, cn_number, fmt_date, p, party_description
from .flowables import CONFIDENTIAL_AMOUNT, compensation_table
from .signatures import ContinuedRow, KeepTogetherIfItFits, seal_parts, signature_rows
from .snapshot import AgreementSnapshot, ObligationSnapshot, PartySnapshot

WIDTH_MM = 210 - OFFICIAL.left - OFFICIAL.right

# Amounts in free text: "¥1,200.00", "1200元", "1,200.00元", "壹仟贰佰元整".
_AMOUNT_RE = re.compile(
    r"(?:人民币)?(?:[¥￥]\s*\d[\d,]*(?:\.\d+)?(?:\s*元)?|\d[\d,]*(?:\.\d+)?\s*(?:万元|元)"
    r"|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元(?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?整?)"
)


def redact_amounts(text: str) -> str:
    """Replace every money amount in ``text`` with the confidentiality note."""
    return _AMOUNT_RE.sub(CONFIDENTIAL_AMOUNT, text)


def header(title: str, number: str) -> list[Flowable]:
    """Title and the agreement number."""
    return [p(title, "title"), p(number, "number_c")]


def role_label(party: PartySnapshot, track_labels: dict[PartyRole, str] | None = None) -> str:
    """The role as printed on this form."""
    if track_labels and party.role in track_labels:
        return track_labels[party.role]
    return zh(party.role)


def parties_block(
    parties: Sequence[PartySnapshot], labels: dict[PartyRole, str] | None = None
) -> list[Flowable]:
    """Basic information of every party (principal parties first, then their companions)."""
    ordered = [x for x in parties if x.is_principal] + [x for x in parties if not x.is_principal]
    return [p(f"{role_label(x, labels)}：{party_description(x)}", "plain") for x in ordered]


def section(title: str, text: str) -> list[Flowable]:
    """A heading line ("一、…：") and its indented body paragraphs."""
    out: list[Flowable] = [p(title, "heading")]
    out += [p(line.strip()) for line in text.splitlines() if line.strip()]
    return out


def numbered_terms(terms: Sequence[str], *, start: int = 1, confidential: bool = False) -> list[Flowable]:
    """The agreed clauses, numbered （一）（二）…."""
    out: list[Flowable] = []
    for i, term in enumerate(terms, start):
        text = redact_amounts(term) if confidential else term
        out.append(p(f"（{cn_number(i)}）{text}"))
    return out


def obligation_sentences(obligations: Sequence[ObligationSnapshot], *, confidential: bool) -> list[str]:
    """One sentence per obligation, for forms that state them in words as well."""
    out: list[str] = []
    for o in obligations:
        when = "当场" if o.on_the_spot else (f"于{fmt_date(o.due_date)}前" if o.due_date else "")
        method = f"以{zh(o.method)}方式" if o.method is not None else ""
        amount = CONFIDENTIAL_AMOUNT if confidential else ""
        out.append(f"{o.payer}{when}{method}向{o.payee}支付{o.description}{amount}。")
    return out


def compensation(a: AgreementSnapshot) -> list[Flowable]:
    """The compensation table (or the confidentiality note)."""
    if not a.obligations:
        return []
    table = compensation_table(a.obligations, WIDTH_MM, confidential=a.confidential_amounts)
    return [table, Spacer(1, 2 * mm)]


def performance(a: AgreementSnapshot) -> list[Flowable]:
    """Method, place and deadline of performance (Art. 29 (3))."""
    deadline = fmt_date(a.performance_deadline) if a.performance_deadline else "当场履行完毕"
    return [
        p(f"履行方式：{a.performance_method}", "body"),
        p(f"履行地点：{a.performance_place}", "body"),
        p(f"履行期限：{deadline}", "body"),
    ]


def signers(a: AgreementSnapshot, labels: dict[PartyRole, str] | None = None) -> list[str]:
    """Signature labels: every principal party, then guardians, adults and agents."""
    out = [f"{role_label(x, labels)} {x.name}" for x in a.principal_parties]
    out += [f"{zh(x.role)} {x.name}" for x in a.parties if not x.is_principal]
    return out


#: Closing clauses printed on the signature page (with "（以下无正文）" and the first signatures).
CLAUSES_ON_SIGNATURE_PAGE = 2


def signature_part(
    a: AgreementSnapshot,
    *,
    title: str,
    closing: Sequence[Flowable],
    mediator_label: str,
    seal_org: str,
    seal_hint: str,
    qr_payload: str | None,
    labels: dict[PartyRole, str] | None = None,
) -> list[Flowable]:
    """The closing clauses, then the party signature + fingerprint rows, mediator lines, the QR
    code and the seal area with date.

    Signatures never stand on a page without agreement text: the last closing clauses,
    "（以下无正文）" and the first row of party signatures stay on one page, and the last row stays
    with the mediators and the seal. The whole block moves to the next page with those clauses
    when it fits there; a list of parties taller than a page breaks between rows, and a page
    that then starts with signatures says whose signature page it is.

    Args:
        a: The agreement.
        title: The document's title (人民调解协议书…), for the note on a continued signature page.
        closing: The final clauses of the agreement (the last two go on the signature page).
        mediator_label: Printed before each mediator's name.
        seal_org: Organisation named in the seal area.
        seal_hint: Grey hint above the seal circle.
        qr_payload: Verification payload for the QR code, or ``None``.
        labels: Role labels of this form.

    Returns:
        The flowables that end the agreement.
    """
    mediators = [f"{mediator_label} {m.name}" for m in a.mediators] or [mediator_label]
    rows: list[Flowable] = list(signature_rows(signers(a, labels), WIDTH_MM, qr=qr_payload))
    note = f"（本页无正文，为《{title}》{a.number}签名页）"
    rows[1:] = [ContinuedRow(row, note) for row in rows[1:]]
    seal = seal_parts(seal_org, fmt_date(a.signed_on), WIDTH_MM, hint=seal_hint, signers=mediators)
    keep = max(0, len(closing) - CLAUSES_ON_SIGNATURE_PAGE)
    head = [*closing[keep:], p("（以下无正文）", "right"), Spacer(1, 2 * mm), rows[0]]
    if len(rows) == 1:
        block: list[Flowable] = [KeepTogether([*head, *seal])]
    else:
        block = [KeepTogether(head), *rows[1:-1], KeepTogether([rows[-1], *seal])]
    return [*closing[:keep], KeepTogetherIfItFits(block)]
