"""Building blocks shared by the three agreement forms (人民调解 / 治安调解 / 刑事和解)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.vocabulary import zh

from . import facts, signatories
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
    return [p(title, "title"), p(number, "number")]


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
    """A run-in heading ("一、纠纷主要事实：…") and its indented body paragraphs."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return [p(f"{title}：无。", "body")]
    return [p(f"{title}：{lines[0]}", "body"), *(p(line) for line in lines[1:])]


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
        due = facts.obligation_due_text(o)
        when = "当场" if o.on_the_spot else (f"于{due}" if due else "")
        method = f"以{zh(o.method)}方式" if o.method is not None else ""
        amount = CONFIDENTIAL_AMOUNT if confidential else ""
        out.append(f"{o.payer}{when}{method}向{o.payee}支付{o.description}{amount}。")
    return out


def table_lead(text: str) -> list[Flowable]:
    """The sentence above the compensation table. It starts a new page only when the sentence, the
    table's header and two rows would not fit; the table itself splits between rows (header
    repeated) rather than leaving half a page blank."""
    return [CondPageBreak(30 * mm), p(text, "body")]


def compensation(a: AgreementSnapshot) -> list[Flowable]:
    """The compensation table (or the confidentiality note)."""
    if not a.obligations:
        return []
    table = compensation_table(a.obligations, WIDTH_MM, confidential=a.confidential_amounts)
    return [table, Spacer(1, 1 * mm)]


def performance(a: AgreementSnapshot, heading: str = "") -> list[Flowable]:
    """Method, place and deadline of performance (Art. 29 (3)) in one paragraph, derived from the
    obligations (:mod:`.facts`); the mediator's own words on the method follow the derived manner.

    Args:
        a: The agreement.
        heading: A run-in heading (``五、履行方式、地点和期限``) or ``""``.
    """
    done = facts.performance(a)
    method = "；".join(x for x in (done.manner, a.performance_method.strip().rstrip("。；")) if x)
    deadline = done.deadline_text or (fmt_date(a.performance_deadline) if a.performance_deadline else "")
    bits = [f"履行方式：{method or '按本协议约定履行'}"]
    if a.performance_place:
        bits.append(f"履行地点：{a.performance_place.rstrip('。')}")
    if deadline:
        bits.append(f"履行期限：{deadline}")
    return [p((f"{heading}。" if heading else "") + "。".join(bits) + "。", "body")]


#: Closing clauses printed on the signature page (with "（以下无正文）" and the first signatures).
CLAUSES_ON_SIGNATURE_PAGE = 1


def signature_part(
    a: AgreementSnapshot,
    *,
    title: str,
    closing: Sequence[Flowable],
    qr_payload: str | None,
    labels: dict[PartyRole, str] | None = None,
) -> list[Flowable]:
    """The closing clauses, then every party's signature place (by kind of party, see
    :mod:`.signatories`), the members' signature lines, the QR code and the seal area with the date.

    Signatures never stand on a page without agreement text: the last closing clause,
    "（以下无正文）" and the first row of party signatures stay on one page, and the last row stays
    with the members and the seal. A list of parties taller than a page breaks between rows, and
    a page that then starts with signatures says whose signature page it is.

    Args:
        a: The agreement.
        title: The document's title (人民调解协议书…), for the note on a continued signature page.
        closing: The final clauses of the agreement (the last one goes on the signature page).
        qr_payload: Verification payload for the QR code, or ``None``.
        labels: Role labels of this form.

    Returns:
        The flowables that end the agreement.
    """
    who = signatories.plan(a, labels)
    rows: list[Flowable] = list(signature_rows(who.groups, WIDTH_MM))
    note = f"（本页无正文，为《{title}》{a.number}签名页）"
    rows[1:] = [ContinuedRow(row, note) for row in rows[1:]]
    when = who.date_label + fmt_date(a.signed_on)
    seal = seal_parts(
        who.seal.organisation if who.seal else "",
        when,
        WIDTH_MM,
        qr=qr_payload,
        mark=who.seal.mark if who.seal else "",
        signers=who.members,
    )
    keep = max(0, len(closing) - CLAUSES_ON_SIGNATURE_PAGE)
    head = [*closing[keep:], rows[0]]  # the copies clause ends with "（以下无正文）"
    if len(rows) == 1:
        block: list[Flowable] = [KeepTogether([*head, *seal])]
    else:
        block = [KeepTogether(head), *rows[1:-1], KeepTogether([rows[-1], *seal])]
    return [*closing[:keep], KeepTogetherIfItFits(block)]
