"""The statistics workbook: one sheet per breakdown, the monthly question, and 口径说明 (every rate's
definition and formula with the period's numbers, and the lines that show the counts add up)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from ..domain.errors import StorageError
from ..store.database import Database
from ..store.engine import read_session
from .base import Actor, unit_of_work
from .ledger import sheet_header as _sheet_header
from .sheet_cells import safe_row


def _percent(rate: Any) -> Any:
    return None if rate.value is None else round(float(rate.value), 4)


def export_statistics(
    db: Database,
    actor: Actor,
    path: Path,
    period: Any,
    *,
    breakdowns: tuple[str, ...] = ("total", "organisation", "mediator", "source", "category", "track"),
) -> None:
    """Export the figures of ``period`` (one sheet per breakdown) and the monthly question.

    Args:
        visible: The cases to count; default: those ``actor`` may see (data-safety policy).
    """
    from . import statistics as st

    st.authorise(actor, "statistics")
    st.authorise(actor, "export")
    visible = st.counting(actor)

    names = {
        "total": "合计",
        "organisation": "按单位",
        "mediator": "按调解员",
        "source": "按来源",
        "category": "按纠纷类型",
        "track": "按调解类型",
    }
    wb = Workbook()
    wb.remove(wb.active)
    with read_session(db.engine) as session:
        for by in breakdowns:
            ws = wb.create_sheet(names[by])
            _sheet_header(ws, STAT_HEADERS, [18] + [10] * (len(STAT_HEADERS) - 1))
            for row in st.figures(session, period, by=by, visible=visible):
                label = period.label if by == "total" else row.label or "（未指定）"
                ws.append(safe_row(ws, stat_cells(label, row)))
            for col in RATE_COLUMNS:
                for cell in ws[col][1:]:
                    cell.number_format = "0.0%"
            for col in MONEY_COLUMNS:
                for cell in ws[col][1:]:
                    cell.number_format = "#,##0.00"
        if period.kind == "month":
            mq = st.monthly_question(session, period.start.year, period.start.month, visible=visible)
            ws = wb.create_sheet("每月一题")
            _sheet_header(
                ws, ("纠纷类型", "本月件数", "前三月件数", "前三月平均", "增长率"), [18, 10, 16, 12, 10]
            )
            for t in mq.by_count:
                ws.append(
                    safe_row(
                        ws,
                        [
                            t.label,
                            t.count,
                            "/".join(map(str, t.previous)),
                            round(float(t.average), 2),
                            None if t.growth is None else round(float(t.growth), 4),
                        ],
                    )
                )
                ws.cell(row=ws.max_row, column=5).number_format = "0.0%"
            ws.append([])
            ws.append(safe_row(ws, ["建议议题", mq.topic.label if mq.topic else "（本月无案件）"]))
            ws.append(safe_row(ws, ["比较期间", "、".join(p.label for p in (*mq.compared, mq.period))]))
        _definitions_sheet(wb, session, period, visible)
    with unit_of_work(db, actor) as uow:
        try:
            wb.save(path)
        except OSError as exc:
            raise StorageError("file.write", path=str(path), reason=str(exc)) from exc
        uow.audit(
            "statistics.export",
            "statistics",
            None,
            diff={"path": [None, str(path)], "period": [None, period.label]},
        )


def _definitions_sheet(wb: Any, session: Session, period: Any, visible: ColumnElement[bool] | None) -> None:
    """The sheet 口径说明: every rate's definition and formula with the period's numbers, and the
    lines that show the counts add up (cases, then the 12345 tickets)."""
    from . import monitoring
    from . import stat_notes as notes
    from . import statistics as st
    from .hotline import hotline_definitions

    total = st.figures(session, period, visible=visible)[0]
    hot = monitoring.hotline_figures(session, period, visible=visible)[0]
    ws = wb.create_sheet("口径说明", 1)
    _sheet_header(ws, ("项目", "定义", "公式", "本期计算"), [12, 70, 30, 40])
    for n in notes.case_notes(st.definitions(session), total):
        ws.append(safe_row(ws, [f"案件{n.name}", n.definition, n.formula, n.worked]))
    for n in notes.hotline_notes(hotline_definitions(session), hot):
        ws.append(safe_row(ws, [f"12345{n.name}", n.definition, n.formula, n.worked]))
    for line in (*notes.case_reconciliation(total), *notes.hotline_reconciliation(hot)):
        ws.append(safe_row(ws, ["核对", line]))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


STAT_HEADERS = (
    "分组",
    "收案",
    "待受理",
    "调解中",
    "调解成功",
    "调解不成",
    "撤回",
    "不予受理",
    "其中超期",
    "及时响应",
    "办结",
    "响应率",
    "解决率",
    "满意率",
    "回访答复",
    "满意",
    "协议金额",
    "已履行金额",
    "未履行金额",
    "平均调解天数",
    "最长调解天数",
    "保密案件",
    "本期结案（另计）",
    "本期受理（另计）",
)
#: the columns of the rates (O… in the sheet) and of the money
RATE_COLUMNS, MONEY_COLUMNS = ("L", "M", "N"), ("Q", "R", "S")


def stat_cells(label: str, row: Any) -> list[Any]:
    """One statistics row as spreadsheet values (rates as fractions, money in yuan)."""
    c = row.counts
    return [
        label,
        c["received"],
        c["pending"],
        c["in_mediation"],
        c["resolved"],
        c["failed"],
        c["withdrawn"],
        c["declined"],
        c["overdue"],
        c["responded"],
        c["concluded"],
        _percent(row.response),
        _percent(row.resolution),
        _percent(row.satisfaction),
        c["answered"],
        c["satisfied"],
        row.agreed_fen / 100,
        row.paid_fen / 100,
        row.outstanding_fen / 100,
        row.avg_days,
        row.max_days,
        c["confidential"],
        c["closed"],
        c["accepted"],
    ]


__all__ = ["STAT_HEADERS", "export_statistics", "stat_cells"]
