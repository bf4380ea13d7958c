"""Open windows within the screen they open on (issue 16: the main window opened at 1280×720, and
with its title bar it was taller than a 1366×768 screen above the taskbar).

:func:`fit_to_screen` caps a window's size to the screen's available area (``QScreen.availableGeometry``:
the desktop minus the taskbar) less the title bar and frame, and moves it fully onto that screen —
after a restored geometry too (a layout saved on a larger monitor, or with another scaling).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QStyle, QWidget

FRAME = 8  # a window frame's side, logical px (the title bar comes from the style)


def screen_for(widget: QWidget) -> QScreen | None:
    """The screen ``widget`` will open on: the one under its centre, else under the mouse, else primary."""
    if widget.isVisible() or not widget.geometry().isEmpty():
        found = QGuiApplication.screenAt(widget.geometry().center())
        if found is not None:
            return found
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def room(widget: QWidget, screen: QScreen | None = None) -> QRect:
    """The client-area rectangle a top-level ``widget`` may take on ``screen`` (title bar and frame off)."""
    screen = screen or screen_for(widget)
    if screen is None:
        return QRect(0, 0, 1280, 650)
    available = screen.availableGeometry()
    title = widget.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight) or 30
    return available.adjusted(FRAME, title + FRAME, -FRAME, -FRAME)


def fit_to_screen(widget: QWidget, preferred: QSize | None = None) -> None:
    """Size ``widget`` to ``preferred`` (or its current size) within its screen's room, and move it
    onto that screen (centred when it was not placed yet or lay off the screen)."""
    area = room(widget)
    size = (preferred or widget.size()).boundedTo(area.size()).expandedTo(QSize(200, 150))
    widget.resize(size)
    frame = QRect(widget.pos(), size)
    if not area.contains(frame):
        centre = area.center() - QPoint(size.width() // 2, size.height() // 2)
        widget.move(max(area.left(), centre.x()), max(area.top(), centre.y()))
