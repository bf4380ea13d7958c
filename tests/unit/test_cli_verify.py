"""``mediation-desk verify FILE`` through the real entry point."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from mediation_desk.__main__ import main
from mediation_desk.services import dossier
from mediation_desk.store.engine import write_session
from tests.helpers.documents_case import signed_case
from tests.helpers.factories import MEDIATOR

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")


def test_verify_prints_the_verdict_with_its_exit_code(sqlite_db, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(sqlite_db)
    url = str(sqlite_db.url)
    ours = tmp_path / "agreement.pdf"
    ours.write_bytes(dossier.agreement_pdf(sqlite_db, MEDIATOR, c.agreement_id))
    home = os.environ["MEDIATION_DESK_HOME"]
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(tmp_path / "another-installation"))
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(dossier.agreement_pdf(sqlite_db, MEDIATOR, c.agreement_id))
    monkeypatch.setenv("MEDIATION_DESK_HOME", home)

    assert main(["--database", url, "verify", str(ours)]) == 0
    assert "有效 / valid" in capsys.readouterr().out
    assert main(["--database", url, "verify", str(foreign)]) == 2
    assert "未知 / unknown" in capsys.readouterr().out
    with write_session(sqlite_db.engine) as s:
        s.execute(text("UPDATE agreementarchive SET content = REPLACE(content, '李娜', '李哪')"))
    assert main(["--database", url, "verify", str(ours)]) == 1
    assert "已被篡改 / altered" in capsys.readouterr().out


def test_verify_a_file_without_a_code_or_missing(sqlite_db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    blank = tmp_path / "photo.png"
    Image.new("L", (400, 300), 255).save(blank)
    url = str(sqlite_db.url)
    assert main(["--database", url, "verify", str(blank)]) == 2
    assert "unknown" in capsys.readouterr().out
    assert main(["--database", url, "verify", str(tmp_path / "missing.pdf")]) == 3
    notes = tmp_path / "notes.png"
    notes.write_text("not an image")
    assert main(["--database", url, "verify", str(notes)]) == 3
    assert "error" in capsys.readouterr().err
