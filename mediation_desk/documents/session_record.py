"""调解记录 — the record of one mediation session (People's Mediation Law Art. 27)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from mediation_desk.domain.enums import SessionOutcome

from .base import FORM, build_pdf, cn_number, fmt_datetime, fmt_time, p
from .forms import Form, party_sign_labels, signature_lines
from .snapshot import CaseSnapshot, SessionSnapshot

OUTCOMES = {
    SessionOutcome.PENDING: "待定",
    SessionOutcome.AGREED: "达成调解协议",
    SessionOutcome.CONTINUED: "需再次调解",
    SessionOutcome.FAILED: "调解不成",
}


def story(case: CaseSnapshot, session: SessionSnapshot) -> list[Flowable]:
    """The flowables of one session record."""
    form = Form()
    end = f"至{fmt_time(session.end)}" if session.end is not None else ""
    form.pair("案号", case.number, "调解次数", f"第{cn_number(session.index)}次")
    form.pair(
        "调解时间",
        f"{fmt_datetime(session.start)}{end}",
        "调解方式",
        "不公开调解" if session.private else "公开调解",
    )
    form.wide("调解地点", session.place)
    form.pair("主持人", session.host, "记录人", session.recorder)
    form.wide("参加人员", "、".join(session.attendees))
    form.wide("案由", case.title)
    lines = [p(line, "cell") for line in session.record.splitlines() if line.strip()]
    form.wide("调解记录", lines or [p("", "cell")], height=90)
    form.wide("调解结果", OUTCOMES.get(session.outcome, str(session.outcome)))
    form.full(
        [
            p("以上记录已经本人核对（或者向本人宣读），与本人所述一致。", "cell_body"),
            Spacer(1, 2 * mm),
            *signature_lines(
                [
                    *party_sign_labels(case.parties),
                    f"调解员 {session.host}（签名）",
                    f"记录人 {session.recorder}（签名）",
                ]
            ),
        ]
    )
    return [p(case.organisation, "org"), p("人民调解记录", "form_title"), Spacer(1, 2 * mm), form.table()]


def render(case: CaseSnapshot, session: SessionSnapshot) -> bytes:
    """Render the record of ``session`` (one PDF per session)."""
    return build_pdf(
        story(case, session),
        title="人民调解记录",
        margins=FORM,
        author=case.organisation,
        subject=case.number,
    )
