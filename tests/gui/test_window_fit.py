"""Every window fits the screen it opens on: 1366×768, and 1920×1080 at 125 % and 150 % scaling.

The main window on each page and on each tab of a case, and every dialog opened from them, has
a minimum height within 650 logical px and a width within 1280 (the room the 150 % screen leaves
under a title bar and above a taskbar), and opens no larger than the screen's room.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QScreen

from mediation_desk.app import choose_font
from mediation_desk.ui import i18n
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.workspace import CaseWorkspace
from tests.gui import window_states
from tests.gui.ui_helpers import drain, make_window, populated_db, use_test_preferences
from tests.gui.window_states import LIMIT_HEIGHT, LIMIT_WIDTH, SCREENS, Screen, main_window_states, report
from tests.gui.workspace_helpers import wait
from tests.helpers.documents_case import drafted_case

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.mark.parametrize(
    ("language", "screen"),
    [("zh_CN", SCREENS[0]), ("zh_CN", SCREENS[1]), ("zh_CN", SCREENS[2]), ("en", SCREENS[2])],
    ids=lambda v: getattr(v, "name", v),
)
def test_every_window_state_fits_the_three_screens(
    qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: Any, language: str, screen: Screen
) -> None:
    """On ``screen`` (its available area, as ``QScreen.availableGeometry`` reports it to the app)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: screen.available)
    use_test_preferences(tmp_path)
    assert choose_font(qapp), "no CJK-capable font"  # the font the app starts with
    i18n.install(qapp, language)
    db, org = populated_db(tmp_path / "desk.sqlite3", 3)
    try:
        case = drafted_case(db)
        window: MainWindow = make_window(qtbot, db, org)
        window.open_case(case.case_id)  # the access check answers in the background
        qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), CaseWorkspace), timeout=10_000)
        ws = window.tabs.currentWidget()
        assert isinstance(ws, CaseWorkspace)
        wait(qtbot, ws)

        def settle() -> None:
            drain(qtbot, window.ctx)
            qtbot.wait(20)

        states = main_window_states(qtbot, window, ws, settle)
        if os.environ.get("MD_WRITE_SCREENSHOTS") == "1":  # the agreement tab, once 721 px tall
            window.tabs.setCurrentWidget(ws)
            ws.tabs.setCurrentIndex(4)
            settle()
            name = f"intake_fit_agreement_{screen.name.replace('%', 'pct')}_{language[:2]}.png"
            window.grab().save(str(Path(__file__).resolve().parents[2] / "docs" / "screenshots" / name))
        print("\n" + report(states, screen))
        assert len(states) >= 40
        too_tall = [s for s in states if s.min_height > LIMIT_HEIGHT or s.min_width > LIMIT_WIDTH]
        assert not too_tall, [s.name for s in too_tall]  # every minimum fits the smallest room
        too_big = [s for s in states if not s.fits(screen)]
        assert not too_big, "\n".join(
            f"{s.name}: min {s.min_width}×{s.min_height}, open {s.width}×{s.height}" for s in too_big
        )
    finally:
        i18n.install(qapp, "en")
        db.dispose()


def test_fit_to_screen_caps_and_moves_a_window_onto_its_screen(qtbot: Any) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from mediation_desk.ui.screen_fit import fit_to_screen, room

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.move(5000, 4000)  # a layout saved on a bigger monitor, off this screen
    fit_to_screen(widget, QSize(4000, 3000))
    area = room(widget, QGuiApplication.primaryScreen())
    assert widget.width() <= area.width() and widget.height() <= area.height()
    assert area.contains(widget.geometry())  # on the screen, title bar room kept above it


def test_the_main_window_opens_within_the_screen_and_remembers_its_geometry(
    qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    from mediation_desk.ui import preferences as prefs
    from mediation_desk.ui.screen_fit import room

    use_test_preferences(tmp_path)
    db, org = populated_db(tmp_path / "desk.sqlite3", 1)
    try:
        window: MainWindow = make_window(qtbot, db, org)
        area = room(window, QGuiApplication.primaryScreen())
        # the offscreen screen is smaller than 1280×720: the window is capped to it, not 1280×720
        assert window.height() <= max(area.height(), window.minimumSizeHint().height())
        window.resize(700, 500)
        window.save_layout()
        assert not prefs.preferences().get(prefs.WINDOW_GEOMETRY).isEmpty()
        again: MainWindow = make_window(qtbot, db, org)
        assert again.size() == window.size()  # the remembered size (as far as the screen allows)
    finally:
        db.dispose()


@pytest.mark.parametrize("role", ["director", "admin", "auditor"])
def test_the_other_roles_pages_and_dialogs_fit_the_smallest_room(
    qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: Any, role: str
) -> None:
    """The pages a director, administrator or auditor sees, and the directory dialogs, at 150 %."""
    from mediation_desk.app import build_window
    from mediation_desk.services.base import Actor
    from mediation_desk.ui.context import AppContext
    from tests.gui.window_states import opened_by

    screen = SCREENS[2]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: screen.available)
    use_test_preferences(tmp_path)
    assert choose_font(qapp)
    i18n.install(qapp, "zh_CN")
    db, org = populated_db(tmp_path / "desk.sqlite3", 2)
    try:
        actor = Actor(user_id=None, username=role, role=role, workstation="ws-test", organisation_id=org)
        window = build_window(AppContext(db=db, actor=actor, organisation_id=org))
        qtbot.addWidget(window)
        window.show()
        drain(qtbot, window.ctx)

        def settle() -> None:
            drain(qtbot, window.ctx)
            qtbot.wait(20)

        states = []
        for index in range(window.stack.count()):
            if window.page_visible(index):
                window.show_page(index)
                settle()
                states.append(window_states.measure(f"{role} page {index}", window))
                page = window.stack.currentWidget()
                for name, call in (
                    ("open_member_editor", lambda p=page: p.open_member_editor(None)),
                    ("open_organisations", lambda p=page: p.open_organisations()),
                ):
                    if hasattr(page, name):
                        states += opened_by(qtbot, f"{role} {name}", call, settle)
        print("\n" + report(states, screen))
        assert states and all(s.fits(screen) for s in states), [s for s in states if not s.fits(screen)]
    finally:
        i18n.install(qapp, "en")
        db.dispose()
