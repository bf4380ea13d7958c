"""Class 3: command-line commands that read personal data need an account and apply its policy."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from mediation_desk.__main__ import main
from mediation_desk.services import accounts
from mediation_desk.services.base import SYSTEM
from mediation_desk.services.cases import register_case
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent
from tests.helpers.factories import MEDIATOR, new_case, person

PASSWORD = "correct-horse-battery"


@pytest.fixture
def accounts_db(db):  # type: ignore[no-untyped-def]
    """Two open cases of the mediator, one sealed case nobody of them is on; three accounts."""
    admin = SYSTEM
    accounts.create_user(
        db,
        admin,
        username="director1",
        display_name="刘主任",
        role="director",
        password=PASSWORD,
        organisation_id=1,
    )
    accounts.create_user(
        db,
        admin,
        username="clerk",
        display_name="陈调解员",
        role="mediator",
        password=PASSWORD,
        organisation_id=1,
    )
    register_case(db, MEDIATOR, new_case(1))
    register_case(
        db,
        MEDIATOR,
        new_case(
            1,
            title="停车位纠纷",
            applicant=person("王五", seq=61, phone="13511110000"),
            respondent=person("赵四", seq=62, phone="13511110001"),
        ),
    )
    register_case(
        db,
        SYSTEM,
        new_case(1, title="封存案件", applicant=person("封存人", seq=71, phone="13511110002"), sealed=True),
    )
    return db


def _run(db, monkeypatch, argv: list[str], stdin: str = "") -> int:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--database", db.url, *argv])


def _cells(path: Path) -> str:
    wb = load_workbook(path)
    return "\n".join(
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None
    )


def test_export_without_an_account_is_refused(accounts_db, monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ledger.xlsx"
    assert _run(accounts_db, monkeypatch, ["export-ledger", str(out), "--unmasked"]) == 2
    assert "--user" in capsys.readouterr().err
    assert not out.exists()


def test_a_wrong_password_is_refused_with_a_message(accounts_db, monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ledger.xlsx"
    argv = ["export-ledger", str(out), "--user", "director1", "--password-stdin"]
    assert _run(accounts_db, monkeypatch, argv, "wrong-password\n") == 2
    err = capsys.readouterr().err
    assert "auth.failed" not in err.replace("(", " ").split() and "password is wrong" in err
    assert not out.exists()


def test_unmasked_needs_a_role_allowed_to_see_it(accounts_db, monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ledger.xlsx"
    argv = ["export-ledger", str(out), "--unmasked", "--user", "clerk", "--password-stdin"]
    assert _run(accounts_db, monkeypatch, argv, PASSWORD + "\n") == 2
    assert "perm.role" not in capsys.readouterr().err.split()
    assert not out.exists()


def test_the_accounts_policy_decides_what_is_written_and_it_is_audited(
    accounts_db,
    monkeypatch,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = tmp_path / "ledger.xlsx"
    argv = ["export-ledger", str(out), "--unmasked", "--user", "director1", "--password-stdin"]
    assert _run(accounts_db, monkeypatch, argv, PASSWORD + "\n") == 0
    text = _cells(out)
    assert "张伟" in text and "王五" in text
    assert "封存人" not in text  # a sealed case the director is not on
    with read_session(accounts_db.engine) as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "ledger.export")).scalars().one()
    assert event.username == "director1" and "command line" in event.workstation


def test_clerk_exports_only_their_own_cases(accounts_db, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ledger.xlsx"
    argv = ["export-ledger", str(out), "--user", "clerk", "--password-stdin"]
    assert _run(accounts_db, monkeypatch, argv, PASSWORD + "\n") == 0
    text = _cells(out)
    assert "张伟" not in text and "封存人" not in text  # registered by another mediator / sealed


def test_import_without_an_account_is_refused(accounts_db, monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in.xlsx"
    src.write_bytes(b"whatever")
    assert _run(accounts_db, monkeypatch, ["import-ledger", str(src)]) == 2
    assert "--user" in capsys.readouterr().err


def test_windows_and_commands_never_make_an_actor_themselves() -> None:
    """Only sign-in (services/accounts.py) makes the actor the windows and the commands act as."""
    import re

    import mediation_desk

    root = Path(mediation_desk.__file__).parent
    makers = []
    for path in [*root.joinpath("ui").rglob("*.py"), *root.joinpath("cli").rglob("*.py"), root / "app.py"]:
        text = path.read_text("utf-8")
        if re.search(r"\bActor\(|\bSYSTEM\b|role=\"system\"", text):
            makers.append(str(path.relative_to(root)))
    assert makers == []
