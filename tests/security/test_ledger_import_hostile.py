"""Class 10: the ledger import reads every row, bounds the file, type-checks columns, never crashes."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError
from sqlalchemy import func, select

from mediation_desk.domain.errors import KnownError, NotFoundError, StorageError, ValidationError
from mediation_desk.domain.idcard import make_resident_id
from mediation_desk.services.base import SYSTEM
from mediation_desk.services.ledger_import import import_ledger
from mediation_desk.store.database import open_database
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, Person
from tests.security.xlsx_files import far_columns, inflating, lying_dimension, row, workbook


def _cases(db) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return int(s.execute(select(func.count()).select_from(Case)).scalar_one())


def _codes(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.code for e in report.errors}


def test_every_row_is_read_whatever_the_dimension_claims(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = import_ledger(db, SYSTEM, lying_dimension(tmp_path / "ten.xlsx", 10))
    assert report.errors == [] and len(report.imported) == 10
    assert _cases(db) == 10


@pytest.mark.parametrize("column", ["当事人", "调解员", "协议编号"])
def test_a_ten_thousand_character_text_is_refused(sqlite_db, tmp_path: Path, column: str) -> None:  # type: ignore[no-untyped-def]
    long = "张" * 10_000
    value = f"申请人：{long}；被申请人：李二" if column == "当事人" else long
    report = import_ledger(sqlite_db, SYSTEM, workbook(tmp_path / "long.xlsx", [row(1, **{column: value})]))
    assert "text.too_long" in _codes(report) and report.imported == []
    assert all(len(e.value) <= 200 for e in report.errors)


def test_an_invalid_id_number_is_never_stored_as_a_credit_code(sqlite_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = make_resident_id("110105", date(1985, 3, 14), 1)
    bad = good[:-1] + "0"  # a wrong check digit that happens to make a valid credit code (0.3.1 stored it so)
    assert bad != good
    parties = f"申请人：孙一（{bad}）；被申请人：李二"
    report = import_ledger(sqlite_db, SYSTEM, workbook(tmp_path / "id.xlsx", [row(1, 当事人=parties)]))
    assert _codes(report) == {"id.checksum"}
    with read_session(sqlite_db.engine) as s:
        assert s.execute(select(Person).where(Person.uscc == bad)).first() is None


@pytest.mark.parametrize("amount", [10**20, 1e20, 10**16])
def test_absurd_amounts_are_row_errors(sqlite_db, tmp_path: Path, amount: object) -> None:  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "amount.xlsx", [row(1, 协议金额=amount, 已履行金额=800)])
    report = import_ledger(sqlite_db, SYSTEM, path)
    assert _codes(report) & {"money.too_large", "money.invalid"} and report.imported == []


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p.write_bytes(b"not a zip at all") and p, "import.not_xlsx"),
        (lambda p: p.write_bytes(b"") and p, "import.not_xlsx"),
        (lambda p: _zip(p, {"hello.txt": b"hi"}), "import.not_xlsx"),
        (
            lambda p: _zip(p, {"[Content_Types].xml": b"<bad", "xl/worksheets/sheet1.xml": b"\x00\xff"}),
            "file.unreadable",
        ),
    ],
)
def test_a_bad_file_gets_a_clear_refusal(sqlite_db, tmp_path: Path, make, code: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.xlsx"
    make(path)
    with pytest.raises(KnownError) as err:
        import_ledger(sqlite_db, SYSTEM, path)
    assert err.value.code == code
    assert isinstance(err.value, (ValidationError, StorageError))


def test_a_zip_bomb_is_refused_before_it_is_inflated(sqlite_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = inflating(tmp_path / "bomb.xlsx", 8)
    assert path.stat().st_size < 200_000
    with pytest.raises(ValidationError) as err:
        import_ledger(sqlite_db, SYSTEM, path)
    assert err.value.code == "import.bomb"


def test_row_and_size_limits_have_a_message(sqlite_db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.services import ledger_read

    path = workbook(tmp_path / "many.xlsx", [row(n) for n in range(1, 8)])
    monkeypatch.setattr(ledger_read, "MAX_ROWS", 5)
    with pytest.raises(ValidationError) as err:
        import_ledger(sqlite_db, SYSTEM, path)
    assert (err.value.code, err.value.params) == ("import.too_many_rows", {"maximum": 5})
    monkeypatch.setattr(ledger_read, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ValidationError) as err:
        import_ledger(sqlite_db, SYSTEM, path)
    assert err.value.code == "import.too_large"
    assert _cases(sqlite_db) == 0


MEMORY_SCRIPT = """
import resource, sys, tracemalloc
from pathlib import Path
limit = 700 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from mediation_desk.services.ledger_import import read_rows
tracemalloc.start()
try:
    rows, errors = read_rows(Path(sys.argv[1]))
except MemoryError:
    print("MemoryError"); sys.exit(3)
print(len(rows), tracemalloc.get_traced_memory()[1])
"""


@pytest.mark.slow  # long: CI runs it; `pytest -m "not slow"` skips it locally
def test_a_small_hostile_workbook_reads_in_bounded_memory(tmp_path: Path) -> None:
    """A 1 MB file claiming the whole sheet, each row with a cell in column XFD (0.3.1: GBs)."""
    path = far_columns(tmp_path / "wide.xlsx", 8000)
    assert path.stat().st_size < 2_000_000
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 0, out.stdout + out.stderr[-2000:]
    rows, peak = (int(x) for x in out.stdout.split())
    assert rows >= 8000
    assert peak < 150 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"


def test_a_number_used_by_another_dispute_is_a_conflict_not_a_skip(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = workbook(tmp_path / "first.xlsx", [row(1), row(2)])
    assert len(import_ledger(db, SYSTEM, first).imported) == 2
    again = import_ledger(db, SYSTEM, first)  # a true duplicate: same number, same parties
    assert again.errors == [] and sorted(again.skipped) == [
        "（2025）京朝调字第0001号",
        "（2025）京朝调字第0002号",
    ]
    other = workbook(tmp_path / "other.xlsx", [row(3), row(1, 当事人="申请人：钱五；被申请人：孙六")])
    report = import_ledger(db, SYSTEM, other)
    assert [(e.row, e.code) for e in report.errors] == [(3, "number.conflict")]
    assert report.imported == [] and report.skipped == []
    assert _cases(db) == 2  # nothing imported, nothing dropped


def test_a_database_without_a_committee_gets_a_message(tmp_path: Path) -> None:
    from mediation_desk.cli.common import describe

    empty = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        with pytest.raises(NotFoundError) as err:
            import_ledger(empty, SYSTEM, workbook(tmp_path / "x.xlsx", [row(1)]))
    finally:
        empty.dispose()
    text = describe(err.value)
    assert (
        err.value.code == "organisation.none" and "organisation" in text and "organisation.none" not in text
    )


CELL = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.integers(min_value=-(10**22), max_value=10**22),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.booleans(),
)


@pytest.mark.slow  # long: CI runs it; `pytest -m "not slow"` skips it locally
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.integers(min_value=0, max_value=15), CELL, min_size=1, max_size=3))
@example(changes={11: 10**20, 12: 10**20})  # the amount that ended 0.3.1's import in a traceback
@example(changes={4: "申请人：" + "张" * 10_000 + "；被申请人：李二"})
def test_fuzzed_rows_never_crash_the_import(sqlite_db, tmp_path: Path, changes: dict[int, object]) -> None:  # type: ignore[no-untyped-def]
    """A valid row with one to three cells replaced by anything."""
    cells = row(1)
    for i, value in changes.items():
        cells[i] = value
    text_safe = [c.replace("\x00", "") if isinstance(c, str) else c for c in cells]  # openpyxl refuses NUL
    try:
        path = workbook(tmp_path / "fuzz.xlsx", [text_safe])
    except (ValueError, IllegalCharacterError):  # openpyxl will not write some control characters
        return
    try:
        import_ledger(sqlite_db, SYSTEM, path)
    except KnownError:
        pass
