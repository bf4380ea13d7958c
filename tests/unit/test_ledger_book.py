"""The ledger (台账) as the 司法局 receives it, opened with openpyxl: title, period, columns, printing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from mediation_desk.services.base import Actor
from mediation_desk.services.ledger_book import BOOK_COLUMNS, export_book
from mediation_desk.store.database import Database
from tests.helpers.stats_fixture import build

DIRECTOR = Actor(user_id=None, username="director1", role="director", organisation_id=1)


def test_the_ledger_is_titled_printable_and_complete(db: Database, tmp_path: Path) -> None:
    fx = build(db)
    path = tmp_path / "台账.xlsx"
    written = export_book(db, DIRECTOR, path, start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert written.path == path and written.cases == 8
    ws = load_workbook(path)["台账"]
    assert ws["A1"].value == "朝阳区人民调解委员会人民调解台账（2026年3月1日至2026年3月31日）"
    assert ws["A2"].value.startswith("统计期间：2026年3月1日至2026年3月31日（按收案日期）  共8件")
    assert (
        [c.value for c in ws[3]]
        == list(BOOK_COLUMNS)
        == [
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
        ]
    )
    assert {"A1:L1", "A2:L2"} <= {str(r) for r in ws.merged_cells.ranges}
    # print: landscape A4 fitted to one page wide, title and header on every page, panes frozen
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows.replace("$", "") == "1:3" and ws.freeze_panes == "A4"
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
    assert [r[0] for r in rows] == list(range(1, 9))  # 序号
    c1 = next(r for r in rows if r[9] and "满意" in r[9] and r[5] == "调解成功" and r[7] == 5000)
    assert c1[6] == "书面协议" and c1[8] == "已履行" and c1[10] is not None and c1[11] == "王调解"
    assert any(r[7] == "保密" for r in rows)  # C7's confidential amount
    assert not any(r[7] == 80000 for r in rows)
    assert {r[5] for r in rows} == {"调解成功", "撤回", "调解不成", "不予受理", "待受理"}
    assert fx.m1


def test_cells_are_written_as_text_never_as_formulas(tmp_path: Path) -> None:
    from mediation_desk.services.ledger import LedgerRow
    from mediation_desk.services.ledger_book import write_book

    row = LedgerRow(
        case_id=1,
        number="N1",
        received=date(2026, 3, 1),
        accepted=date(2026, 3, 1),
        closed=None,
        parties='申请人：=HYPERLINK("http://x")',
        category="邻里纠纷",
        source="",
        track="",
        mediator="+1",
        result="调解中",
        agreement_no="",
        agreed_fen=None,
        paid_fen=None,
        performance="",
        follow_up=None,
        satisfaction="",
        confidential=False,
        facts="@SUM(A1)\x07",
    )
    write_book([row], tmp_path / "b.xlsx", title="=1+1", period_line="期间")
    ws = load_workbook(tmp_path / "b.xlsx")["台账"]
    assert ws["A1"].value == "=1+1" and ws["A1"].data_type == "s"
    assert ws["C4"].data_type == "s" and ws["C4"].value.startswith("申请人：")
    assert ws["L4"].value == "+1" and ws["L4"].data_type == "s"
    assert ws["E4"].value == "@SUM(A1)\ufffd" and ws["E4"].data_type == "s"
