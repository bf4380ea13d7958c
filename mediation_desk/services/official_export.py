"""The 司法部 statistics table written out: Excel in the table's own layout, and PDF for print."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ..domain.errors import StorageError
from ..store.database import Database
from ..store.engine import read_session
from .base import Actor, unit_of_work
from .official_table import FIELDS, OfficialTable, official_table

TITLE = "人民调解工作统计表"
#: the two header rows: (group, sub-heading) per column after 纠纷类型; a group spans its columns
HEADER: list[tuple[str, str]] = [
    ("受理调解", ""),
    ("调解成功", ""),
    ("协议形式", "口头"),
    ("协议形式", "书面"),
    ("协议涉及金额（元）", ""),
    ("司法确认", ""),
    ("已履行", ""),
    ("预防纠纷", ""),
    ("防止民转刑", "件"),
    ("防止民转刑", "人"),
    ("防止群体性上访", "件"),
    ("防止群体性上访", "人"),
    ("案件来源", "主动"),
    ("案件来源", "申请"),
    ("案件来源", "委托移送"),
]
NOTES = [
    "统计口径：本期收案（按收案日期）的案件；受理调解＝收案中除待受理、不予受理以外的案件；调解成功按案件当前结果；"
    "协议形式、金额、司法确认、已履行均为调解成功案件的；金额保密案件的金额不计入。",
    "纠纷类型：本系统的纠纷类别按司法部标准类型归类（停车、噪声纠纷计入邻里；财产损害、人身损害赔偿计入损害赔偿）。",
    "案件来源：当事人申请计入申请；主动调解计入主动；公安、法院、检察院、政府部门及12345热线移交的计入委托移送。",
]


def _period(t: OfficialTable) -> str:
    return f"{t.start.year}年{t.start.month}月{t.start.day}日至{t.end.year}年{t.end.month}月{t.end.day}日"


def table_rows(t: OfficialTable) -> list[list[Any]]:
    """The data rows: one per standard type, then 合计 (money in yuan)."""
    out = []
    for line in [*t.lines, t.total]:
        v = line.values
        out.append([line.name, *[v[f] / 100 if f == "amount_fen" else v[f] for f in FIELDS]])
    return out


def write_excel(t: OfficialTable, path: Path) -> None:
    """The table in its own layout: title, unit and period, two header rows, the types, 合计, screening."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    from .ledger_book import print_landscape
    from .sheet_cells import safe_row

    wb = Workbook()
    ws = wb.active
    ws.title = "人民调解统计表"
    n = 1 + len(HEADER)
    last = get_column_letter(n)
    ws.append(safe_row(ws, [TITLE]))
    ws.append(safe_row(ws, [f"填报单位：{t.organisation}    统计期间：{_period(t)}    单位：件、人、元"]))
    ws.append(["纠纷类型", *[g for g, _ in HEADER]])
    ws.append(["", *[sub for _, sub in HEADER]])
    for r in (1, 2):
        ws.merge_cells(f"A{r}:{last}{r}")
    ws.merge_cells("A3:A4")
    col = 2
    while col <= n:
        group, span = HEADER[col - 2][0], 1
        while col - 2 + span < len(HEADER) and HEADER[col - 2 + span][0] == group:
            span += 1
        letter, end = get_column_letter(col), get_column_letter(col + span - 1)
        ws.merge_cells(f"{letter}3:{end}3" if span > 1 else f"{letter}3:{letter}4")
        col += span
    for row in table_rows(t):
        ws.append(row)
    ws.append([])
    ws.append(safe_row(ws, [f"矛盾纠纷排查：{t.screening_rounds}次，排查发现纠纷{t.screening_found}件"]))
    for note in NOTES:
        ws.append(safe_row(ws, [note]))
        ws.merge_cells(f"A{ws.max_row}:{last}{ws.max_row}")
        ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[ws.max_row].height = 30
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    for r in range(3, 5 + len(t.lines) + 1):
        for c in range(1, n + 1):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if r <= 4 or r == 5 + len(t.lines):
                cell.font = Font(bold=True)
        ws.cell(r, 6).number_format = "#,##0.00"
    ws.column_dimensions["A"].width = 14
    for c in range(2, n + 1):
        ws.column_dimensions[get_column_letter(c)].width = 9
    ws.column_dimensions["F"].width = 20  # 协议涉及金额（元）
    print_landscape(ws, title_rows=4, freeze="B5")
    wb.properties.title = TITLE
    try:
        wb.save(path)
    except OSError as exc:
        raise StorageError("file.write", path=str(path), reason=str(exc)) from exc


def export_official(db: Database, actor: Actor, path: Path, *, start: date, end: date) -> Path:
    """Write the table of cases received ``start``..``end`` to ``path``: ``.xlsx`` or ``.pdf``."""
    from .ledger_book import committee_name
    from .statistics import authorise, counting

    authorise(actor, "statistics")
    authorise(actor, "export")
    with read_session(db.engine) as session:
        t = official_table(
            session,
            start,
            end,
            organisation=committee_name(session, actor),
            organisation_id=actor.organisation_id,
            visible=counting(actor),
        )
    with unit_of_work(db, actor) as uow:
        if Path(path).suffix.lower() == ".pdf":
            from ..documents.official_table import OfficialTableSnapshot, render_official_table

            header = ["纠纷类型", *[f"{g}{'（' + s + '）' if s else ''}" for g, s in HEADER]]
            rows = [[f"{v:,.2f}" if isinstance(v, float) else str(v) for v in row] for row in table_rows(t)]
            unit = f"填报单位：{t.organisation}    统计期间：{_period(t)}    单位：件、人、元"
            pdf = render_official_table(
                OfficialTableSnapshot(
                    title=TITLE,
                    unit_line=unit,
                    header=header,
                    rows=rows,
                    screening=f"矛盾纠纷排查：{t.screening_rounds}次，排查发现纠纷{t.screening_found}件",
                    notes=NOTES,
                )
            )
            try:
                Path(path).write_bytes(pdf)
            except OSError as exc:
                raise StorageError("file.write", path=str(path), reason=str(exc)) from exc
        else:
            write_excel(t, Path(path))
        uow.audit(
            "statistics.official",
            "statistics",
            None,
            diff={"path": [None, str(path)], "period": [None, _period(t)]},
        )
    return Path(path)


__all__ = ["HEADER", "NOTES", "TITLE", "export_official", "table_rows", "write_excel"]
