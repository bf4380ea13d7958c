"""The data-safety layer wired into the app: sealed cases hidden and opened with a legal basis,
backups from the UI, no case contents for the administrator, restore offered on a damaged file."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess
from sqlalchemy import select

from mediation_desk.app import build_window
from mediation_desk.domain.errors import KnownError
from mediation_desk.services.base import SYSTEM, Actor
from mediation_desk.services.cases import register_case
from mediation_desk.store import backup as bk
from mediation_desk.store import backup_state, health
from mediation_desk.store.database import open_database
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent, Case
from mediation_desk.store.queries.case_list import CaseFilters
from mediation_desk.ui import relaunch, startup
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.dialogs import sealed as sealed_dialogs
from mediation_desk.ui.dialogs.backup import BackupDialog
from mediation_desk.ui.main_window import PAGE_CASES, PAGE_DASHBOARD, PAGE_PEOPLE, MainWindow
from mediation_desk.ui.pages import dashboard
from tests.gui.ui_helpers import context, drain, populated_db, use_test_preferences
from tests.helpers.factories import MEDIATOR, new_case, person

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

CUSTODIAN = Actor(
    user_id=None, username="custodian1", role="custodian", workstation="ws-test", organisation_id=1
)
ADMIN = Actor(user_id=None, username="admin", role="admin", workstation="ws-test", organisation_id=1)
BASIS = "《治安管理处罚法》第136条；公安机关查询函（2026）17号"


@pytest.fixture
def world(tmp_path: Path) -> Any:
    """Three cases of the mediator and one sealed public-security case they are not on."""
    use_test_preferences(tmp_path)
    path = tmp_path / "desk.sqlite3"
    db, org = populated_db(path, 3)
    data = new_case(
        org,
        title="封存治安纠纷案",
        applicant=person("欧阳封存", seq=901, phone="13700000901"),
        respondent=person("司马保密", seq=902, phone="13700000902"),
        sealed=True,
    )
    sealed_id = register_case(db, SYSTEM, data).case_id
    yield db, org, sealed_id, path
    db.dispose()


def window_for(qtbot: Any, db: Any, org: int, actor: Actor) -> MainWindow:
    window = build_window(AppContext(db=db, actor=actor, organisation_id=org))
    qtbot.addWidget(window)
    window.show()
    drain(qtbot, window.ctx)
    return window


def listed(qtbot: Any, window: MainWindow, text: str = "") -> set[int]:
    model = window.cases.model
    model.set_filters(CaseFilters(text=text))
    drain(qtbot, window.ctx)
    return {model.case_id(r) for r in range(model.rowCount())}


def test_sealed_case_is_hidden_from_the_mediator_and_listed_for_the_custodian(qtbot: Any, world: Any) -> None:
    db, org, sealed_id, _ = world
    mediator = window_for(qtbot, db, org, MEDIATOR)
    own = listed(qtbot, mediator)
    found = listed(qtbot, mediator, "欧阳封存")
    custodian = window_for(qtbot, db, org, CUSTODIAN)
    theirs = listed(qtbot, custodian)
    searched = listed(qtbot, custodian, "欧阳封存")
    print(
        f"\nmediator lists {len(own)} cases, search for the sealed party finds {len(found)}; "
        f"custodian lists {sorted(theirs)}, search finds {sorted(searched)}"
    )
    assert len(own) == 3 and sealed_id not in own and found == set()
    assert theirs == {sealed_id} and searched == {sealed_id}


def test_dashboard_omits_the_sealed_case(world: Any) -> None:
    db, org, sealed_id, _ = world
    waiting = {i.case_id for i in dashboard.load(context(db, org)).waiting}
    for_custodian = {
        i.case_id for i in dashboard.load(AppContext(db=db, actor=CUSTODIAN, organisation_id=org)).waiting
    }
    print(f"\nawaiting acceptance — mediator: {sorted(waiting)}, custodian: {sorted(for_custodian)}")
    assert sealed_id not in waiting and len(waiting) == 3
    assert sealed_id in for_custodian


def test_opening_a_sealed_case_asks_for_the_legal_basis_and_audits_it(
    qtbot: Any, world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, org, sealed_id, _ = world
    refused: list[KnownError] = []
    monkeypatch.setattr(sealed_dialogs.errors, "show_known_error", lambda _p, exc: refused.append(exc))
    asked: list[str] = []

    def ask(_parent: Any, title: str, _label: str) -> str | None:
        asked.append(title)
        return BASIS

    monkeypatch.setattr(sealed_dialogs, "ask_text", ask)
    mediator = window_for(qtbot, db, org, MEDIATOR)
    with qtbot.waitSignal(mediator.case_checked, timeout=10_000) as checked:  # asked off the UI thread
        mediator.open_case(sealed_id)
    assert checked.args == [sealed_id, False]
    assert mediator.tabs.count() == 1 and [e.code for e in refused] == ["perm.sealed"] and asked == []

    custodian = window_for(qtbot, db, org, CUSTODIAN)
    with qtbot.waitSignal(custodian.case_checked, timeout=10_000):
        custodian.open_case(sealed_id)
    drain(qtbot, custodian.ctx)
    with read_session(db.engine) as s:
        events = s.execute(select(AuditEvent).where(AuditEvent.action == "sealed.open")).scalars().all()
    print(
        f"\nmediator refused: {refused[0].code}; custodian asked {asked}; audit: "
        f"{[(e.username, json.loads(e.diff)['legal_basis'][1]) for e in events]}"
    )
    assert len(asked) == 1 and custodian.open_case_ids() == [sealed_id]
    assert len(events) == 1 and events[0].username == "custodian1" and events[0].case_id == sealed_id
    assert json.loads(events[0].diff)["legal_basis"][1] == BASIS


def test_backup_dialog_makes_a_verified_backup(qtbot: Any, world: Any) -> None:
    db, org, _, _ = world
    dialog = BackupDialog(AppContext(db=db, actor=ADMIN, organisation_id=org))
    qtbot.addWidget(dialog)
    drain(qtbot, dialog.ctx)
    before = dialog.model.rowCount()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.last_backup is not None, timeout=20_000)
    drain(qtbot, dialog.ctx)
    info = dialog.last_backup
    assert info is not None and info.path.is_file()
    checked = bk.verify_backup(info.path)
    print(
        f"\nbackup {info.path.name}: {info.path.stat().st_size:,} bytes, cases {checked.manifest['cases']}, "
        f"integrity {checked.manifest['integrity']}; list {before} → {dialog.model.rowCount()} rows"
    )
    assert checked.manifest["integrity"] == "ok" and checked.manifest["cases"] == 4
    assert dialog.model.rowCount() == before + 1 and dialog.model.index(0, 3).data() == "verified"


def test_administrator_sees_no_case_contents(qtbot: Any, world: Any) -> None:
    db, org, _, _ = world
    w = window_for(qtbot, db, org, ADMIN)
    hidden = [w.nav.item(r).isHidden() for r in (PAGE_DASHBOARD, PAGE_CASES, PAGE_PEOPLE)]
    rows = w.cases.model.rowCount()
    print(
        f"\nadmin: case pages hidden {hidden}, case rows {rows}, backup action {w.backup_action is not None}"
    )
    assert all(hidden) and rows == 0 and not w.new_action.isEnabled()
    assert w.findChild(type(w.db_label), "noCaseContentNote") is not None
    assert w.backup_action is not None and w.users_action is not None and w.audit is None


def test_damaged_database_at_start_offers_the_newest_verified_backup(
    world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _, _, path = world
    url = db.url
    bk.ensure_installation_id(db.engine)
    made = bk.create_backup(path, kind="manual")
    db.dispose()
    with open(path, "r+b") as fh:  # two pages of garbage in the middle of the file
        fh.seek(4096 * 2)
        fh.write(os.urandom(8192))
    questions: list[str] = []
    monkeypatch.setattr(
        startup, "_ask", lambda _p, title, text, question=True: questions.append(text) or True
    )
    code, restored = startup.check_storage(url)
    print(
        f"\nstart-up on a damaged file: exit {code}, restored {restored}; "
        f"asked: {questions[0].splitlines()[0]}"
    )
    assert code is None and restored and len(questions) == 1
    assert made.path.name in str(backup_state.read_state().get("restored_from"))
    assert list(path.parent.glob("desk.sqlite3.damaged-*")), "the damaged file is kept aside"
    again = open_database(url)
    try:
        with read_session(again.engine) as s:
            assert len(s.execute(select(Case.id)).all()) == 4
    finally:
        again.dispose()
    assert backup_state.automatic_paused()
    assert startup.ask_confirm_restore(None) and not backup_state.automatic_paused()


def test_start_up_plan_without_a_backup_does_not_open(world: Any) -> None:
    db, _, _, path = world
    db.dispose()
    path.write_bytes(b"not a database at all" * 300)
    report = health.startup_check(db.url)
    print(
        f"\nno backup: status {report.status}, plan {startup.storage_plan(report)}, kept at {report.moved_to}"
    )
    assert startup.storage_plan(report) == "no_backup" and report.moved_to is not None


def test_backup_dialog_restores_the_selected_backup_after_confirmation(
    qtbot: Any, world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    db, org, sealed_id, path = world
    dialog = BackupDialog(AppContext(db=db, actor=ADMIN, organisation_id=org))
    qtbot.addWidget(dialog)
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.last_backup is not None, timeout=20_000)
    drain(qtbot, dialog.ctx)
    from mediation_desk.services.cases import update_case

    update_case(db, SYSTEM, sealed_id, {"title": "备份之后改过的标题"})
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    with read_session(db.engine) as s:
        title = s.get(Case, sealed_id).title  # type: ignore[union-attr]
    print(
        f"\nrestored from the dialog: title back to {title!r}, "
        f"automatic backups paused {backup_state.automatic_paused()}"
    )
    assert title == "封存治安纠纷案" and backup_state.automatic_paused()
    assert list(bk.paths.backup_dir().glob("before-restore-*.sqlite3")), "safety copy taken first"
    assert relaunch.requested(), "the app is to start again on the restored file once it has closed"
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, args: started.append((program, args)) or (True, 1)
    )
    monkeypatch.setattr(sys, "argv", ["mediation-desk", "--database", db.url, "--lang", "en"])
    assert relaunch.start_if_requested()
    print(f"started again as: {started}")
    assert started == [(sys.executable, ["-m", "mediation_desk", "--database", db.url, "--lang", "en"])]
    assert not relaunch.requested() and not relaunch.start_if_requested(), "one new start, not two"


def test_restart_after_restore_that_cannot_start_tells_the_user(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *_a: (False, 0))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/mediation-desk/mediation-desk", "--lang", "zh_CN"])
    bundle = relaunch.relaunch_command()
    assert bundle == (sys.executable, ["--lang", "zh_CN"]), "a bundle starts its own binary"
    relaunch.request()
    assert not relaunch.start_if_requested()
    assert len(warned) == 1 and "start it again" in warned[0].lower()


def test_users_dialog_lists_accounts_and_selects_by_row(qtbot: Any, world: Any) -> None:
    from mediation_desk.store.models import User
    from mediation_desk.ui.dialogs.users import UsersDialog

    db, org, _, _ = world
    dialog = UsersDialog(AppContext(db=db, actor=ADMIN, organisation_id=org))
    qtbot.addWidget(dialog)
    with read_session(db.engine) as s:
        users = list(s.execute(select(User).order_by(User.username)).scalars())
    assert dialog.model.rowCount() == len(users) >= 1
    assert [dialog.model.index(r, 0).data() for r in range(len(users))] == [u.username for u in users]
    assert dialog.selected_user() is None
    dialog.table.selectRow(len(users) - 1)
    assert dialog.selected_user() == users[-1].id
