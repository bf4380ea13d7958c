"""The administrator's settings page: limits, categories, organisation codes, calendar — stored in the DB."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select

from mediation_desk.services import admin_settings as admin
from mediation_desk.services.base import Actor
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent, Category, Organisation
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.pages.admin_settings import AdminSettingsPage
from tests.gui.workspace_helpers import ime_type, no_crash_dialog, org_id
from tests.helpers.factories import MEDIATOR

ADMIN = Actor(user_id=None, username="admin1", role="admin", workstation="ws-test")

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
__all__ = ["no_crash_dialog"]


def _page(qtbot, db, actor: Actor = ADMIN) -> AdminSettingsPage:  # type: ignore[no-untyped-def]
    page = AdminSettingsPage(AppContext(db=db, actor=actor, organisation_id=org_id(db)))
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    return page


def _idle(qtbot, page: AdminSettingsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.ctx.tasks.busy, timeout=10_000)


def test_limit_and_category_changes_persist(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    page = _page(qtbot, db)
    spin = page.editors["public_security_working_days"]
    assert spin.value() == 3 and spin.suffix().strip() in ("working days", "个工作日")
    spin.setValue(5)
    page.editors["lawyer_fee_max_fen"].setText("800")
    page.save_limits()
    _idle(qtbot, page)
    assert page.limits_message.text() in ("Saved.", "已保存。")
    with read_session(db.engine) as s:
        stored = admin.read_limits(s)
    assert stored.public_security_working_days == 5 and stored.lawyer_fee_max_fen == 800_00
    # a mistyped amount is refused next to the button; nothing saved
    page.editors["lawyer_fee_max_fen"].setText("八百")
    page.save_limits()
    assert page.limits_message.text() not in ("Saved.", "已保存。", "")
    # a new category, renamed, then deactivated
    cats = page.categories
    dialog = cats.open_dialog(None)
    dialog.code.setText("pets")
    ime_type(dialog.name_zh, "宠物纠纷")
    dialog.name_en.setText("Pets")
    dialog.accept()
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: any(r.code == "pets" for r in cats.model.rows), timeout=5_000)
    cats.select("pets")
    dialog = cats.open_dialog(cats.selected())
    assert not dialog.code.isEnabled()
    dialog.name_zh.setText("")
    ime_type(dialog.name_zh, "饲养动物纠纷")
    dialog.accept()
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: any(r.name_zh == "饲养动物纠纷" for r in cats.model.rows), timeout=5_000)
    cats.select("pets")
    cats.toggle.click()
    _idle(qtbot, page)
    with read_session(db.engine) as s:
        pets = s.get(Category, "pets")
        assert pets is not None and pets.name_zh == "饲养动物纠纷" and not pets.active
        actions = set(s.execute(select(AuditEvent.action)).scalars())
    assert {"category.add", "category.rename", "category.active"} <= actions
    # a duplicate code is refused with a message in words
    dialog = cats.open_dialog(None)
    dialog.code.setText("pets")
    ime_type(dialog.name_zh, "宠物")
    dialog.accept()
    _idle(qtbot, page)
    assert "pets" in cats.message.text()


def test_organisation_codes_and_calendar_override_persist(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    page = _page(qtbot, db)
    page.org_code.setText("")
    ime_type(page.org_code, "京海")
    page.type_codes["public_security"].setText("")
    ime_type(page.type_codes["public_security"], "治")
    page.save_organisation()
    _idle(qtbot, page)
    with read_session(db.engine) as s:
        org = s.get(Organisation, org_id(db))
        assert org is not None and org.org_code == "京海"
        assert admin.read_type_codes(s)["public_security"] == "治"
    cal = page.calendar
    cal.day.setDate(QDate(2026, 10, 10))  # a Saturday made a working day
    cal.kind.setCurrentIndex(cal.kind.findData(True))
    ime_type(cal.note, "国庆调休上班")
    cal.set_day()
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: cal.model.rowCount() == 1, timeout=5_000)
    with read_session(db.engine) as s:
        assert [(d.day, d.working) for d in admin.list_calendar_overrides(s)] == [(date(2026, 10, 10), True)]
    cal.view.selectRow(0)
    cal.remove_selected()
    _idle(qtbot, page)
    qtbot.waitUntil(lambda: cal.model.rowCount() == 0, timeout=5_000)
    assert cal.coverage.text()


def test_a_mediator_reads_the_settings_but_cannot_change_them(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, sqlite_db, MEDIATOR)
    assert page.editors["public_security_working_days"].value() == 3  # the values are shown
    assert page.read_only_note.isVisible()
    assert not page.save_limits_button.isEnabled() and not page.save_org_button.isEnabled()
    assert not page.editors["mediation_days"].isEnabled()
    page.tabs.setCurrentIndex(3)  # still browsable
    assert page.tabs.currentIndex() == 3


def test_a_stale_save_shows_who_changed_the_limits_and_the_newer_values(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """Another administrator saved the limits after this page was opened: the save is refused with
    "changed by X at T", and the page shows what the other one saved (issue 14, class 7)."""
    db = sqlite_db
    page = _page(qtbot, db)
    other = Actor(user_id=None, username="admin2", role="admin", workstation="ws-other")
    admin.write_limits(db, other, {"public_security_working_days": 7})  # the other workstation
    page.editors["due_soon_days"].setValue(9)
    page.save_limits()
    _idle(qtbot, page)
    shown = page.limits_message.text()
    assert "admin2" in shown and ("while you were editing" in shown or "在您编辑期间" in shown), shown
    qtbot.waitUntil(lambda: page.editors["public_security_working_days"].value() == 7, timeout=10_000)
    with read_session(db.engine) as s:
        stored = admin.read_limits(s)
    assert stored.public_security_working_days == 7 and stored.due_soon_days != 9  # nothing overwritten
    page.grab().save("/tmp/server_stale_limits.png")
