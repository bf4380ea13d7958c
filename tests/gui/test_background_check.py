"""Damage the start-up check could not see (the file looked unchanged) is found after the window shows.

The known-good record lets the start skip reading the whole file; the background
``quick_check`` then reads it, refuses further writes, closes the window and the start-up
restore offer follows — the damaged file kept aside unchanged, the newest verified backup restored.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from sqlalchemy import select

from mediation_desk import app as composition
from mediation_desk.store import backup as bk
from mediation_desk.store import backup_state, health
from mediation_desk.store.database import open_database
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case
from mediation_desk.ui import startup
from mediation_desk.ui import storage_check as watch
from tests.gui.ui_helpers import populated_db, use_test_preferences
from tests.helpers.factories import MEDIATOR

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def damaged_known_good(tmp_path: Path) -> Any:
    """A database with a verified backup, then damaged without its record noticing (disk decay)."""
    use_test_preferences(tmp_path)
    path = tmp_path / "desk.sqlite3"
    db, _org = populated_db(path, 4)
    bk.ensure_installation_id(db.engine)
    made = bk.create_backup(path, kind="manual")
    db.dispose()
    assert health.startup_check(db.url).status == "ok" and health.known_good(path)
    with open(path, "r+b") as fh:  # two pages of garbage in the middle of the file
        fh.seek(4096 * 2)
        fh.write(os.urandom(8192))
    health.record_known_good(path)  # the record still says "good": the start cannot tell
    return db.url, path, made


@pytest.mark.slow  # long: CI runs it; `pytest -m "not slow"` skips it locally
def test_background_check_finds_damage_and_offers_the_restore(
    qapp: Any, damaged_known_good: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, path, made = damaged_known_good
    code, restored = startup.check_storage(url)
    assert code is None and not restored and not watch.state.verified  # cheap start: window opens
    signed_in: list[bool] = []

    def sign_in(_db: Any, _parent: Any = None, demo: Any = None) -> Any:
        signed_in.append(True)
        return MEDIATOR if len(signed_in) == 1 else None

    monkeypatch.setattr(startup, "sign_in_user", sign_in)
    questions: list[str] = []
    monkeypatch.setattr(
        startup, "_ask", lambda _p, _title, text, question=True: questions.append(text) or True
    )
    QTimer.singleShot(120_000, lambda: QCoreApplication.exit(9))  # never hang the suite
    code, found = composition.run_database(qapp, url, False)
    assert code == 0 and found is not None and found.status == "corrupt", found
    assert not health.record_path(path).exists()  # the next start reads the whole file
    assert not list(path.parent.glob("desk.sqlite3.damaged-*"))  # not moved while it was open

    code, restored = startup.check_storage(url, found=found)  # the composition root's next round
    print(f"\nbackground check: {found.problems[:1]}; asked: {questions[0].splitlines()[0]}")
    assert code is None and restored and len(questions) == 1
    assert "damage" in questions[0] and "damaged file was kept unchanged" in questions[0]
    assert made.path.name in str(backup_state.read_state().get("restored_from"))
    assert list(path.parent.glob("desk.sqlite3.damaged-*")), "the damaged file is kept aside"
    again = open_database(url)
    try:
        with read_session(again.engine) as s:
            assert len(s.execute(select(Case.id)).all()) == 4
    finally:
        again.dispose()


def test_a_passing_background_check_lets_a_clean_exit_record_the_file(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_test_preferences(tmp_path)
    path = tmp_path / "desk.sqlite3"
    db, _org = populated_db(path, 2)
    db.dispose()
    assert health.startup_check(db.url).full_check  # first start: whole file, then recorded
    assert startup.check_storage(db.url) == (None, False) and not watch.state.verified  # cheap
    monkeypatch.setattr(startup, "sign_in_user", lambda _db, _p=None, demo=None: MEDIATOR)

    def quit_when_checked() -> None:
        check = watch.state.check
        if check is not None and check.report is not None:
            QCoreApplication.exit(0)
        else:
            QTimer.singleShot(20, quit_when_checked)

    QTimer.singleShot(20, quit_when_checked)
    QTimer.singleShot(120_000, lambda: QCoreApplication.exit(9))
    code, found = composition.run_database(qapp, db.url, False)
    assert code == 0 and found is None and watch.state.verified
    assert health.known_good(path)  # the session wrote (sign-out), the clean exit recorded the new state
    assert not health.startup_check(db.url).full_check
