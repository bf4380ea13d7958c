"""The committee's ledger (人民调解台账) as the 司法局 receives it: a titled, printable Excel sheet.

One row per case received in the period, in the columns a ledger has (:data:`BOOK_COLUMNS`): the
title names the committee and the period, header rows repeat on every printed page, panes are
frozen under them, the page is A4 landscape fitted to its width. Parties are written as the
user's permission allows (ID numbers masked unless an unmasked export is allowed and asked
for); amounts of confidential cases are written as 保密. Every text cell goes through
:func:`~mediation_desk.services.sheet_cells.safe_row` (no formula, no control characters).

This is the ledger for people; :func:`mediation_desk.services.ledger.export_ledger` remains the
data export that ``import-ledger`` reads back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from sqlmodel import col

from ..domain.errors import StorageError
from ..domain.money import format_money
from ..store.database import Database
from ..store.engine import read_session
from ..store.types import SHANGHAI
from . import ledger as L
from .base import Actor, unit_of_work
from .sheet_cells import safe_row

BOOK_COLUMNS = (
    "序号",
    "受理日期",
    "当事人",
    "纠纷类型",
    "纠纷简要情况",
    "调解结果",
    "协议形式",
    "协议金额（元）",
    "履行情况",
    "回访",
    "结案日期",
    "调解员",
)
WIDTHS = (6, 11, 30, 12, 46, 10, 9, 13, 14, 16, 11, 9)
HEADER_ROW = 3  # title, period line, header
BRIEF_CHARS = 80
FORMS = {"written": "书面协议", "oral": "口头协议"}


@dataclass(frozen=True)
class BookFile:
    """What was written: the path and the number of cases."""

    path: Path
    cases: int


def _lines(text: str, width: float) -> int:
    units = sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
    return max(1, -(-units // max(1, int(width * 0.85))))


def brief(facts: str, limit: int = BRIEF_CHARS) -> str:
    """The first ``limit`` characters of the facts on one line (…when cut)."""
    one = " ".join(facts.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def _performance(row: L.LedgerRow) -> str:
    if not row.performance:
        return ""
    if row.performance == L.PERF_ONGOING and row.paid_fen and not row.confidential:
        return f"{row.performance}（已付{format_money(row.paid_fen)}）"
    return row.performance


def book_cells(n: int, row: L.LedgerRow) -> list[Any]:
    """One case as the ledger's cells."""
    amount: Any = None
    if row.form and row.agreed_fen is not None:
        amount = L.CONFIDENTIAL if row.confidential else row.agreed_fen / 100
    visit = "" if row.follow_up is None else f"{row.follow_up:%Y-%m-%d} {row.satisfaction}".strip()
    return [
        n,
        row.accepted,
        row.parties,
        row.category,
        brief(row.facts),
        row.result,
        FORMS.get(row.form, ""),
        amount,
        _performance(row),
        visit,
        row.closed,
        row.mediator,
    ]


def print_landscape(ws: Any, *, title_rows: int, freeze: str) -> None:
    """A4 landscape fitted to one page wide, rows ``1..title_rows`` repeated on every page, panes frozen."""
    ws.freeze_panes = freeze
    ws.print_title_rows = f"1:{title_rows}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True


def write_book(rows: list[L.LedgerRow], path: Path, *, title: str, period_line: str) -> None:
    """Write the ledger sheet: title, period line, header (repeated on every page), the cases."""
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    last = get_column_letter(len(BOOK_COLUMNS))
    ws.append(safe_row(ws, [title]))
    ws.append(safe_row(ws, [period_line]))
    ws.append(list(BOOK_COLUMNS))
    ws.merge_cells(f"A1:{last}1")
    ws.merge_cells(f"A2:{last}2")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws["A2"].alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[1].height = 30
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ws[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
    for n, row in enumerate(rows, start=1):
        ws.append(safe_row(ws, book_cells(n, row)))
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in ws.iter_rows(min_row=HEADER_ROW + 1):
        for cell in cells:
            cell.alignment, cell.border = wrap, box
        # openpyxl does not size rows: as many lines as the longest wrapped text needs (CJK ≈ 2 units)
        lines = max(_lines(str(c.value or ""), WIDTHS[i]) for i, c in enumerate(cells))
        ws.row_dimensions[cells[0].row].height = 15 * lines
        cells[1].number_format = cells[10].number_format = "yyyy-mm-dd"
        cells[7].number_format = "#,##0.00"
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    print_landscape(ws, title_rows=HEADER_ROW, freeze=f"A{HEADER_ROW + 1}")
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    wb.properties.creator = "Mediation Desk"
    wb.properties.title = title
    try:
        wb.save(path)
    except OSError as exc:
        raise StorageError("file.write", path=str(path), reason=str(exc)) from exc


def committee_name(session: Any, actor: Actor) -> str:
    """The name of the actor's organisation (the first organisation for the system)."""
    from sqlalchemy import select

    from ..store.models import Organisation

    stmt = select(col(Organisation.name)).order_by(col(Organisation.id))
    if actor.organisation_id is not None:
        stmt = stmt.where(col(Organisation.id) == actor.organisation_id)
    return str(session.execute(stmt).scalars().first() or "")


def export_book(
    db: Database, actor: Actor, path: Path, *, start: date, end: date, unmasked: bool = False
) -> BookFile:
    """Write the ledger of the cases received on days ``start``..``end`` (inclusive) to ``path``.

    Raises:
        PermissionDenied: when the actor may not export (or not unmasked, when asked).
    """
    from .statistics import authorise, visibility

    authorise(actor, "export")
    if unmasked:
        authorise(actor, "export.unmasked")
    with read_session(db.engine) as session:
        rows = L.ledger_rows(session, start=start, end=end, visible=visibility(actor), unmasked=unmasked)
        committee = committee_name(session, actor)
    with unit_of_work(db, actor) as uow:
        stamp = uow.now.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
        ids = "身份证件号码未脱敏" if unmasked else "身份证件号码已脱敏"
        period = f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"
        write_book(
            rows,
            Path(path),
            title=f"{committee}人民调解台账（{period}）",
            period_line=f"统计期间：{period}（按收案日期）  共{len(rows)}件  制表：{actor.username}  "
            f"导出时间：{stamp}  {ids}；金额保密案件的金额写作“保密”",
        )
        uow.audit(
            "ledger.book",
            "ledger",
            None,
            diff={"path": [None, str(path)], "cases": [None, len(rows)], "unmasked": [None, unmasked]},
        )
    return BookFile(Path(path), len(rows))


__all__ = [
    "BOOK_COLUMNS",
    "HEADER_ROW",
    "BookFile",
    "book_cells",
    "brief",
    "committee_name",
    "export_book",
    "print_landscape",
    "write_book",
]
