"""The import-ledger command lists every refused cell with its full message, and never a traceback."""

from __future__ import annotations

import io
from pathlib import Path

from mediation_desk.__main__ import main
from mediation_desk.services import accounts
from mediation_desk.services.base import SYSTEM
from tests.security.xlsx_files import row, workbook

PASSWORD = "correct-horse-battery"


def test_too_long_cells_are_listed_with_their_limits(sqlite_db, monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A case number of 300 characters crashed the listing (TypeError: two values for ``field``);
    an over-long 当事人 cell printed "at most ? characters, it has ?"."""
    accounts.create_user(
        sqlite_db,
        SYSTEM,
        username="director1",
        display_name="刘主任",
        role="director",
        password=PASSWORD,
        organisation_id=1,
    )
    rows = [row(1, 案件编号="号" * 300), row(2, 当事人=f"申请人：{'张' * 2000}；被申请人：李二")]
    path = workbook(tmp_path / "long.xlsx", rows)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    argv = [
        "--database",
        sqlite_db.url,
        "import-ledger",
        str(path),
        "--user",
        "director1",
        "--password-stdin",
    ]
    assert main(argv) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "text.too_long" in line]
    assert len(lines) == 2, lines
    assert "案件编号 is required" not in err  # refused, not also "missing"
    assert all("?" not in line.split("[")[0] for line in lines), lines
    case_no, parties = lines
    assert "案件编号" in case_no and "300" in case_no
    assert "当事人" in parties and "2" in parties
