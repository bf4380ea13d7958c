"""The 司法部 statistics table: recorded facts, the figures by standard type, the Excel layout, the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.domain.official import OFFICIAL_TYPES, official_type
from mediation_desk.services.base import Actor
from mediation_desk.services.official_export import export_official
from mediation_desk.services.official_table import official_table, record_case_report, record_screening
from mediation_desk.store.engine import read_session
from tests.helpers.factories import MEDIATOR
from tests.helpers.stats_fixture import build

DIRECTOR = Actor(user_id=None, username="director1", role="director", organisation_id=1)
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def test_standard_types_include_the_newer_ones_and_every_category_maps() -> None:
    assert OFFICIAL_TYPES[-4:] == ("旅游", "知识产权", "互联网", "其他") and len(OFFICIAL_TYPES) == 18
    assert official_type("noise") == "邻里" and official_type("injury") == "损害赔偿"
    assert official_type("made_up") == "其他" and official_type("noise", {"noise": "环境污染"}) == "环境污染"


def test_the_table_counts_the_months_cases_by_type_source_and_prevention(db) -> None:  # type: ignore[no-untyped-def]
    fx = build(db)
    record_screening(db, DIRECTOR, held_on=date(2026, 3, 3), disputes_found=4, scope="朝阳门外大街社区")
    record_screening(db, DIRECTOR, held_on=date(2026, 3, 20), disputes_found=2)
    record_screening(db, DIRECTOR, held_on=date(2026, 4, 2), disputes_found=9)  # April: not counted
    record_case_report(db, DIRECTOR, fx.ids["C1"], prevented=True, prevent_crime=True, crime_persons=2)
    record_case_report(
        db, DIRECTOR, fx.ids["C6"], prevent_petition=True, petition_persons=15, source="initiative"
    )
    with pytest.raises(ValidationError, match="official.persons"):
        record_case_report(db, DIRECTOR, fx.ids["C6"], prevent_petition=True, petition_persons=0)
    with pytest.raises(ValidationError, match="screening.found"):
        record_screening(db, DIRECTOR, held_on=date(2026, 3, 3), disputes_found=-1)
    with pytest.raises(PermissionDenied):
        record_case_report(db, MEDIATOR, fx.ids["C1"], prevented=True)  # not on the case
    with read_session(db.engine) as s:
        t = official_table(s, *MARCH)
    assert (t.screening_rounds, t.screening_found) == (2, 6)
    lines = {line.name: line.values for line in t.lines}
    # received in March: C1 C2 C8 (noise → 邻里), C3 (parking → 邻里), C6 (neighbour → 邻里), C5 (损害赔偿),
    # C7 (injury → 损害赔偿), C10 (其他, declined: not accepted); C8 pending: not accepted
    assert lines["邻里"]["accepted"] == 4 and lines["邻里"]["resolved"] == 2  # C1 C2 C3 C6; C1 C2
    assert lines["损害赔偿"]["accepted"] == 2 and lines["损害赔偿"]["resolved"] == 2  # C5, C7
    assert lines["其他"]["accepted"] == 0
    total = t.total.values
    assert total["accepted"] == 6 and total["resolved"] == 4 and total["written"] == 4 and total["oral"] == 0
    assert total["amount_fen"] == 500_000 + 500_000 + 70_000  # C7 confidential: left out
    assert total["performed"] == 2  # C1, C5
    assert (
        total["crime_cases"],
        total["crime_persons"],
        total["petition_cases"],
        total["petition_persons"],
    ) == (1, 2, 1, 15)
    assert total["prevented"] == 1
    # sources: C1 C5 C6(override) … : application C3, initiative C6, the rest referrals
    assert (total["initiative"], total["application"], total["referral"]) == (1, 1, 4)
    assert sum(total[k] for k in ("initiative", "application", "referral")) == total["accepted"]


def test_excel_layout_and_pdf(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build(db)
    xlsx = export_official(db, DIRECTOR, tmp_path / "统计表.xlsx", start=MARCH[0], end=MARCH[1])
    ws = load_workbook(xlsx)["人民调解统计表"]
    assert ws["A1"].value == "人民调解工作统计表"
    assert ws["A2"].value.startswith(
        "填报单位：朝阳区人民调解委员会    统计期间：2026年3月1日至2026年3月31日"
    )
    assert [ws.cell(5 + i, 1).value for i in range(18)] == list(OFFICIAL_TYPES) and ws["A23"].value == "合计"
    assert (
        ws["B3"].value == "受理调解"
        and ws["D3"].value == "协议形式"
        and (ws["D4"].value, ws["E4"].value) == ("口头", "书面")
    )
    assert ws["J3"].value == "防止民转刑" and ws["N3"].value == "案件来源" and ws["P4"].value == "委托移送"
    assert ws["B23"].value == 6 and ws["C23"].value == 4
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows.replace("$", "") == "1:4" and ws.freeze_panes == "B5"
    pdf = export_official(db, DIRECTOR, tmp_path / "统计表.pdf", start=MARCH[0], end=MARCH[1])
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace(" ", "")
    assert "人民调解工作统计表" in text and "知识产权" in text and "互联网" in text and "合计" in text
