"""Every window state a mediator meets, measured: the main window on each page and on each tab of a
case, and every dialog opened from them (issue 16, "every window fits the screen it opens on").

A state's size is in logical pixels (what ``QT_SCALE_FACTOR`` or the desktop's scaling multiply):
:data:`SCREENS` gives each screen's room for a window in logical pixels, title bar and taskbar
taken off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QTableView, QWidget

TITLE_BAR = 30  # logical px of a Windows title bar (it scales with the desktop)
TASKBAR = 40  # logical px of a Windows taskbar
FRAME = 16  # the window frame's two sides


@dataclass(frozen=True)
class Screen:
    name: str
    width: int  # physical px
    height: int
    scale: float

    @property
    def room(self) -> tuple[int, int]:
        """The logical width and height a window's client area may take (frame, title, taskbar off)."""
        return (int(self.width / self.scale) - FRAME, int(self.height / self.scale) - TASKBAR - TITLE_BAR)

    @property
    def available(self) -> QRect:
        """What ``QScreen.availableGeometry()`` reports on this screen: logical px, taskbar off."""
        return QRect(0, 0, int(self.width / self.scale), int(self.height / self.scale) - TASKBAR)


SCREENS = (
    Screen("1366x768", 1366, 768, 1.0),
    Screen("1920x1080@125%", 1920, 1080, 1.25),
    Screen("1920x1080@150%", 1920, 1080, 1.5),
)
LIMIT_HEIGHT = 650  # the 150 % screen's room (1280×720 logical): the bar every state is held to
LIMIT_WIDTH = 1264


@dataclass(frozen=True)
class State:
    """A window state: its minimum size and the size it opened at (on the screen the test set up)."""

    name: str
    min_width: int
    min_height: int
    width: int  # as opened
    height: int

    def fits(self, screen: Screen) -> bool:
        w, h = screen.room
        return max(self.min_width, self.width) <= w and max(self.min_height, self.height) <= h


def measure(name: str, widget: QWidget) -> State:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return State(name, hint.width(), hint.height(), widget.width(), widget.height())


def _dialogs() -> set[QWidget]:
    return {
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and not isinstance(w, QMessageBox) and w.isVisible()
    }


def opened_by(
    qtbot: Any, name: str, opener: Callable[[], Any], settle: Callable[[], None]
) -> Iterator[State]:
    """Run ``opener``; measure and close each dialog it opened (a message box is not one).

    A dialog run with ``exec()`` (a nested event loop) is measured and closed by a timer.
    """
    before = _dialogs()
    found: list[State] = []

    def sweep() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                box.close()
        for dialog in _dialogs() - before:
            found.append(measure(f"{name}: {type(dialog).__name__}", dialog))
            before.add(dialog)
            dialog.reject()

    timer = QTimer()
    timer.setInterval(150)
    timer.timeout.connect(sweep)
    timer.start()
    try:
        opener()
        settle()
        qtbot.wait(50)
    except Exception:  # noqa: BLE001 - an action the state does not allow: nothing to measure
        pass
    finally:
        sweep()
        timer.stop()
    yield from found


def main_window_states(qtbot: Any, window: QMainWindow, ws: Any, settle: Callable[[], None]) -> list[State]:
    """The window on each page, on each tab of the open case ``ws``, and the dialogs of both."""
    states: list[State] = []
    for index in range(window.stack.count()):  # type: ignore[attr-defined]
        if not window.page_visible(index):  # type: ignore[attr-defined]
            continue
        window.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        window.show_page(index)  # type: ignore[attr-defined]
        settle()
        states.append(measure(f"page {index}: {type(window.stack.currentWidget()).__name__}", window))  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(ws)  # type: ignore[attr-defined]
    for index in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(index)
        settle()
        states.append(measure(f"case tab {index}: {type(ws.tabs.currentWidget()).__name__}", window))
    for key in list(ws.overview.buttons):
        states += opened_by(qtbot, f"overview {key}", lambda k=key: ws.overview.trigger(k), settle)
    seen: set[str] = set()
    for index in range(ws.tabs.count()):  # every screen part of the case with an open_… action
        ws.tabs.setCurrentIndex(index)
        tab = ws.tabs.currentWidget()
        for table in tab.findChildren(QTableView):  # actions on "the selected row" need one
            model = table.model()
            if model is not None and model.rowCount() and not table.selectionModel().hasSelection():
                table.selectRow(0)
        for part in [tab, *tab.findChildren(QWidget)]:
            for attr in sorted(dir(type(part))):
                name = f"{type(part).__name__}.{attr}"
                if attr.startswith("open_") and name not in seen and callable(getattr(part, attr)):
                    seen.add(name)
                    states += opened_by(qtbot, name, getattr(part, attr), settle)
    ws.tabs.setCurrentIndex(0)
    for action in ws.overview.more_menu.actions():  # "More": every status change the case allows
        states += opened_by(qtbot, f"overview status {action.text()}", action.trigger, settle)
    states += opened_by(qtbot, "banner", ws.juvenile_banner.open_add, settle)
    window.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    for attr in ("new_case", "open_backup", "open_users", "show_about", "verify_agreement"):
        states += opened_by(qtbot, f"window.{attr}", getattr(window, attr), settle)
    return states


def report(states: list[State], screen: Screen) -> str:
    room = f"{screen.room[0]}×{screen.room[1]}"
    lines = [f"{screen.name} (room {room}): {'state':44} {'min w×h':>11} {'opened':>11}"]
    for st in states:
        mark = "fits" if st.fits(screen) else "TOO BIG"
        size = f"{st.min_width:5}×{st.min_height:<5} {st.width:5}×{st.height:<5}"
        lines.append(f"  {st.name[:58]:58} {size} {mark}")
    lines.append(f"{screen.name}: {sum(st.fits(screen) for st in states)}/{len(states)} states fit")
    return "\n".join(lines)
