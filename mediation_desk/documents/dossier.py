"""卷宗 — the dossier: cover, contents list and every document of a case in the fixed order of
DOMAIN.md, merged into one PDF; plus the agreement dispatcher by track and form."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from mediation_desk.domain.enums import AgreementForm, CaseStatus, Track

from . import (
    agreement,
    application,
    closing_report,
    criminal_agreement,
    failure_notice,
    follow_up,
    judicial,
    oral_agreement,
    ps_agreement,
    receipt,
    rights_notice,
    session_record,
)
from . import dossier_pages as pages
from .snapshot import AgreementSnapshot, CaseSnapshot

Progress = Callable[[int, int], None]

#: The fixed order of the dossier (DOMAIN.md "Documents").
SECTIONS: dict[int, str] = {
    1: "申请书/受理登记表",
    2: "当事人权利义务告知书",
    3: "身份证明",
    4: "授权委托书",
    5: "调查记录",
    6: "证据材料",
    7: "调解记录",
    8: "调解协议书",
    9: "收条/履行凭证",
    10: "回访记录",
    11: "司法确认材料",
    12: "卷内备考表",
    13: "封底",
}


def render_agreement(a: AgreementSnapshot, *, qr_payload: str | None = None) -> bytes:
    """Render an agreement in the form its track and form call for."""
    if a.form == AgreementForm.ORAL:
        return oral_agreement.render(a)
    if a.track == Track.PUBLIC_SECURITY:
        return ps_agreement.render(a, qr_payload=qr_payload)
    if a.track == Track.CRIMINAL:
        return criminal_agreement.render(a, qr_payload=qr_payload)
    return agreement.render(a, qr_payload=qr_payload)


@dataclass(frozen=True, slots=True)
class Item:
    """One line of the contents list; ``render`` is ``None`` for paper kept as original."""

    section: int
    title: str
    render: Callable[[], bytes] | None
    paper_pages: int = 0


def plan(case: CaseSnapshot, *, qr_payload: str | None = None) -> list[Item]:
    """The applicable documents of ``case`` in dossier order."""
    items: list[Item] = []
    if case.parties and case.source.value == "application":
        items.append(Item(1, "人民调解申请书", lambda: application.render_application(case)))
    items.append(Item(1, "人民调解受理登记表", lambda: application.render_registration(case)))
    items.append(Item(2, "当事人权利义务告知书", lambda: rights_notice.render(case)))
    items += [
        Item(x.section, x.title, None, x.pages) for x in sorted(case.attachments, key=lambda x: x.section)
    ]
    for s in case.sessions:
        items.append(Item(7, f"人民调解记录（第{s.index}次）", partial(session_record.render, case, s)))
    if case.closing is not None and case.closing.status == CaseStatus.MEDIATION_FAILED:
        items.append(Item(7, "调解不成告知书", lambda: failure_notice.render(case)))
    a = case.agreement
    if a is not None:
        title = (
            "口头协议登记表" if a.form == AgreementForm.ORAL else agreement.TITLES.get(a.track, "调解协议书")
        )
        title = {Track.PUBLIC_SECURITY: "治安调解协议书", Track.CRIMINAL: "刑事和解协议书"}.get(
            a.track, title
        )
        items.append(Item(8, title, lambda: render_agreement(a, qr_payload=qr_payload)))
    for pay in case.payments:
        items.append(Item(9, f"收条（{pay.receipt_number}）", partial(receipt.render, case, pay)))
    for v in case.follow_ups:
        items.append(Item(10, "回访记录", partial(follow_up.render, case, v)))
    if case.judicial is not None and a is not None:
        items.append(Item(11, "司法确认申请书", lambda: judicial.render(case)))
    if case.closing is not None:
        items.append(Item(11, "结案报告表", lambda: closing_report.render(case)))
    items.append(Item(12, "卷内备考表", lambda: pages.render_note(case)))
    items.append(Item(13, "封底", lambda: pages.render_back_cover(case)))
    return items


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader  # only the dossier merges (printing an agreement need not load pypdf)

    return len(PdfReader(io.BytesIO(pdf)).pages)


def render_dossier(
    case: CaseSnapshot, *, qr_payload: str | None = None, progress: Progress | None = None
) -> bytes:
    """Render every applicable document of ``case`` into one PDF, in dossier order.

    Args:
        case: The case snapshot.
        qr_payload: Verification payload for the agreement's QR code.
        progress: Called as ``progress(done, total)`` after each document.

    Returns:
        The merged PDF: cover, contents list, then the documents.
    """
    items = plan(case, qr_payload=qr_payload)
    total = sum(1 for i in items if i.render is not None) + 1
    done = 0
    rendered: list[tuple[Item, bytes | None, int]] = []
    for item in items:
        pdf = item.render() if item.render is not None else None
        rendered.append((item, pdf, _page_count(pdf) if pdf is not None else 0))
        if pdf is not None:
            done += 1
            if progress is not None:
                progress(done, total)
    cover = pages.render_cover(case)
    front_pages = _page_count(cover) + 1
    while True:  # the contents list may itself need more than one page
        rows, start = [], front_pages + 1
        for item, _pdf, count in rendered:
            span = (f"{start}" if count == 1 else f"{start}-{start + count - 1}") if count else ""
            rows.append(
                pages.ContentsRow(
                    item.section,
                    SECTIONS[item.section],
                    item.title,
                    span,
                    count,
                    f"纸质材料{item.paper_pages}页" if item.render is None else "",
                )
            )
            start += count
        contents = pages.render_contents(case, rows)
        needed = _page_count(cover) + _page_count(contents)
        if needed == front_pages:
            break
        front_pages = needed
    from pypdf import PdfWriter

    writer = PdfWriter()
    for pdf in (cover, contents, *(x[1] for x in rendered if x[1] is not None)):
        writer.append(io.BytesIO(pdf))
    writer.add_metadata({"/Title": f"人民调解卷宗 {case.number}", "/Author": case.organisation})
    out = io.BytesIO()
    writer.write(out)
    if progress is not None:
        progress(total, total)
    return out.getvalue()
