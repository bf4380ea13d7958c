"""The auditor's page: filters, and the chain check that names a tampered event."""

from __future__ import annotations

from sqlalchemy import text

from mediation_desk.services import accounts, cases
from mediation_desk.services.base import Actor
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.pages.audit_viewer import COL_ACTION, AuditViewerPage
from tests.helpers.factories import MEDIATOR, new_case

AUDITOR = Actor(user_id=None, username="auditor1", role="auditor", workstation="ws-test", organisation_id=1)


def test_auditor_filters_and_verifies(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    r = cases.register_case(sqlite_db, MEDIATOR, new_case(1))
    cases.update_case(sqlite_db, MEDIATOR, r.case_id, {"title": "新标题"})
    accounts.create_first_admin(sqlite_db, username="admin", display_name="管理员", password="Tiao-Jie-2026!")
    page = AuditViewerPage(AppContext(db=sqlite_db, actor=AUDITOR, organisation_id=1))
    qtbot.addWidget(page)
    page.case.setText(str(r.case_id))
    with qtbot.waitSignal(page.refreshed, timeout=5000):  # read on the database worker
        page.refresh()
    shown = [page.model.index(i, COL_ACTION).data() for i in range(page.model.rowCount())]
    assert shown == ["case.update", "case.register"]
    page.case.setText("")
    page.user.setText("system")
    page.action.setText("user.")
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.refresh()
    assert [page.model.index(i, COL_ACTION).data() for i in range(page.model.rowCount())] == ["user.create"]
    page.verify()
    qtbot.waitUntil(lambda: "intact" in page.result.text(), timeout=5000)
    with sqlite_db.engine.begin() as conn:  # tamper below the app (drop the guard trigger first)
        names = [n for (n,) in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))]
        for name in names:
            if "audit" in name:
                conn.execute(text(f'DROP TRIGGER "{name}"'))
        conn.execute(text("UPDATE auditevent SET username = 'someone' WHERE action = 'case.update'"))
    page.verify()
    qtbot.waitUntil(lambda: "broken" in page.result.text(), timeout=5000)
    # a mediator is refused the audit log
    other = AuditViewerPage(AppContext(db=sqlite_db, actor=MEDIATOR, organisation_id=1))
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.refreshed, timeout=5000):
        other.refresh()
    assert other.model.rowCount() == 0 and other.result.text()


def test_hidden_contents_are_marked_in_the_screens_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """The Chinese audit page read "〔已隐去 hidden〕" in every masked change (the service's mark)."""
    from datetime import UTC, datetime

    from mediation_desk.services.audit_view import HIDDEN, AuditRow
    from mediation_desk.ui import i18n
    from mediation_desk.ui.pages.audit_viewer import COL_DIFF, AuditModel

    row = AuditRow(
        id=1,
        at=datetime(2026, 3, 2, 2, 0, tzinfo=UTC),
        username="mediator1",
        workstation="ws",
        action="case.update",
        entity="case",
        entity_id=7,
        case_id=7,
        case_number="",
        diff=f'{{"facts": [null, "{HIDDEN}"]}}',
    )
    try:
        for language, mark in (("zh_CN", "〔已隐去〕"), ("en", "[hidden]")):
            assert i18n.install(qapp, language)
            model = AuditModel()
            model.set_rows([row])
            shown = str(model.index(0, COL_DIFF).data())
            assert mark in shown and HIDDEN not in shown
    finally:
        i18n.install(qapp, "en")
