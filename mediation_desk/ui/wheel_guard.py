"""The mouse wheel never changes a box the user is not working in (issue 16: a checklist answer
changed from 是 to 否 while the page was being scrolled).

One application-wide event filter, installed at start (:func:`install`), covers every combo box,
spin box and date/time box, existing or created later:

- each one is polished with ``Qt.StrongFocus`` (Qt gives ``WheelFocus`` widgets the focus on the
  first wheel turn, before they receive the event — so the guard could not tell them apart);
- a wheel event on one that does not have the focus is handed to the nearest scroll area above it,
  which scrolls the page; the box keeps its value. Once the user clicks or tabs into the box, the
  wheel changes it as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit, QTimeEdit and QDateTimeEdit are spin boxes


def _guarded(obj: QObject) -> QWidget | None:
    """The combo or spin box ``obj`` is (or is inside, e.g. a spin box's line edit)."""
    widget = obj if isinstance(obj, QWidget) else None
    while widget is not None:
        if isinstance(widget, GUARDED):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
        if widget is not None and not isinstance(widget, GUARDED):
            return None  # only the box itself and its direct parts count
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """The application-wide filter (see the module docstring)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        box = _guarded(obj)
        if box is None or box.hasFocus() or (box.focusProxy() is not None and box.focusProxy().hasFocus()):
            return False
        assert isinstance(event, QWheelEvent)
        area = _scroll_area(box)
        if area is not None:
            viewport = area.viewport()
            position = viewport.mapFromGlobal(event.globalPosition().toPoint()).toPointF()
            scrolled = QWheelEvent(
                position,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QCoreApplication.sendEvent(viewport, scrolled)
        event.accept()
        return True  # the box never sees it


_GUARD: WheelGuard | None = None


def install(app: QApplication | QCoreApplication | None = None) -> WheelGuard:
    """Install the guard on the application once (idempotent); returns it."""
    global _GUARD
    target = app or QApplication.instance()
    assert target is not None, "create the QApplication first"
    if _GUARD is None:
        _GUARD = WheelGuard(target)
        target.installEventFilter(_GUARD)
    return _GUARD
