"""The dossier's own pages: cover (卷宗封面), contents list (卷内目录), note (卷内备考表), back cover."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from mediation_desk.domain.vocabulary import zh

from .base import FORM, OFFICIAL, build_pdf, fmt_date, p
from .flowables import grid
from .forms import Form, signature_lines
from .snapshot import CaseSnapshot

COVER_WIDTH_MM = 210 - OFFICIAL.left - OFFICIAL.right
FORM_WIDTH_MM = 210 - FORM.left - FORM.right


@dataclass(frozen=True, slots=True)
class ContentsRow:
    """One line of the contents list."""

    section: int
    section_title: str
    title: str
    pages: str  # page range in the merged dossier
    count: int
    note: str = ""


def _result(case: CaseSnapshot) -> str:
    if case.closing is not None:
        return zh(case.closing.status) + ("（达成协议）" if case.agreement is not None else "")
    return "达成协议" if case.agreement is not None else ""


def cover_story(case: CaseSnapshot) -> list[Flowable]:
    """The flowables of the cover."""
    parties = "；".join(f"{zh(x.role)}：{x.name}" for x in case.principal_parties)
    rows = [
        ("案　　号", case.number),
        ("案　　由", case.title),
        ("调解类型", zh(case.track)),
        ("当 事 人", parties),
        ("受理日期", fmt_date(case.accepted_on, blank="")),
        ("结案日期", fmt_date(case.closing.closed_on if case.closing else None, blank="")),
        ("调解结果", _result(case)),
        ("立 卷 人", case.archivist),
        ("归档日期", fmt_date(case.archived_on, blank="")),
        ("保管期限", case.retention_period),
    ]
    data = [[p(f"{k}：", "cover_row"), p(v, "cover_row")] for k, v in rows]
    table = Table(data, colWidths=[32 * mm, (COVER_WIDTH_MM - 40) * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.6, (0, 0, 0)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 3.2 * mm),
            ]
        )
    )
    return [
        Spacer(1, 10 * mm),
        p("人民调解卷宗", "cover_title"),
        Spacer(1, 18 * mm),
        table,
        Spacer(1, 20 * mm),
        p(case.organisation, "org"),
    ]


def render_cover(case: CaseSnapshot) -> bytes:
    """Render the dossier cover (no page number)."""
    return build_pdf(
        cover_story(case),
        title="卷宗封面",
        margins=OFFICIAL,
        author=case.organisation,
        subject=case.number,
        numbered=False,
    )


def render_contents(case: CaseSnapshot, rows: list[ContentsRow]) -> bytes:
    """Render the contents list (卷内目录) with page ranges in the merged dossier."""
    data: list[list[str]] = [["序号", "材料类别", "文件名称", "页号", "页数", "备注"]]
    for i, r in enumerate(rows, 1):
        data.append([str(i), f"{r.section} {r.section_title}", r.title, r.pages, str(r.count or ""), r.note])
    widths = [11.0, 45.0, 0.0, 18.0, 12.0, 26.0]
    widths[2] = FORM_WIDTH_MM - sum(widths)
    table = grid(data, widths, label_cols=(0, 3, 4), repeat_rows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), (0.93, 0.93, 0.93))]))
    story = [p("卷 内 目 录", "form_title"), p(f"案号：{case.number}", "number"), table]
    return build_pdf(story, title="卷内目录", margins=FORM, author=case.organisation, subject=case.number)


def render_note(case: CaseSnapshot) -> bytes:
    """Render the dossier note (卷内备考表)."""
    form = Form()
    form.wide("案号", case.number)
    form.wide("本卷情况说明", case.dossier_note or "本卷材料齐全、完整。", height=80)
    form.wide("立卷人", [Spacer(1, 6 * mm), *signature_lines([f"立卷人 {case.archivist}（签名）"])])
    form.wide("检查人", [Spacer(1, 6 * mm), *signature_lines(["检查人（签名）"])])
    form.wide("立卷时间", fmt_date(case.archived_on))
    story = [p("卷内备考表", "form_title"), Spacer(1, 2 * mm), form.table()]
    return build_pdf(story, title="卷内备考表", margins=FORM, author=case.organisation, subject=case.number)


def render_back_cover(case: CaseSnapshot) -> bytes:
    """Render the back cover (封底)."""
    story = [
        Spacer(1, 180 * mm),
        p(f"{case.organisation}　　{case.number}", "caption"),
        p("封　底", "caption"),
    ]
    return build_pdf(
        story, title="封底", margins=OFFICIAL, author=case.organisation, subject=case.number, numbered=False
    )
