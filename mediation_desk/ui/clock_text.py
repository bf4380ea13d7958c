"""How clocks and deadlines read: hours and minutes, Beijing-day words, the 48-hour warnings.

Light (no workspace import): the dashboard, the case list, the overdue notice and the
workspace all use it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..domain.deadlines import days_left, fast_track_alert

RED = QColor("#c62828")
AMBER = QColor("#b26a00")


def fmt_span(span: timedelta) -> str:
    """A duration in words: "37 h 20 min" up to three days, then "4 d 3 h"; "12 min" (never negative)."""
    minutes = max(0, int(abs(span).total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if minutes < 72 * 60:
        days, hours = 0, hours + 24 * days
    if days:
        return QCoreApplication.translate("Track", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("Track", "{h} h {m} min").format(h=hours, m=mins)
    return QCoreApplication.translate("Track", "{m} min").format(m=mins)


def fmt_remaining(span: timedelta) -> str:
    """ "5 h 20 min left" or "overdue by 2 h 10 min"."""
    if span.total_seconds() <= 0:
        return QCoreApplication.translate("Track", "overdue by {span}").format(span=fmt_span(span))
    return QCoreApplication.translate("Track", "{span} left").format(span=fmt_span(span))


def relative_day(due: date | datetime, now: datetime) -> str:
    """ "Today", "Tomorrow", "In 3 days" or "Overdue by 2 days", on Beijing dates."""
    days = days_left(due, now)
    if days < 0:
        return QCoreApplication.translate("Deadlines", "Overdue by %n day(s)", "", -days)
    if days == 0:
        return QCoreApplication.translate("Deadlines", "Today")
    if days == 1:
        return QCoreApplication.translate("Deadlines", "Tomorrow")
    return QCoreApplication.translate("Deadlines", "In %n day(s)", "", days)


def clock_color(left: timedelta) -> QColor | None:
    """Red at 4 h left or when the time is up, amber at 12 h left, else no colour."""
    level = fast_track_alert(left)
    if level is None:
        return None
    return RED if level <= 4 else AMBER


def clock_warning(left: timedelta) -> str:
    """The warning that goes with a running 48-hour clock ("" when there is time enough)."""
    level = fast_track_alert(left)
    if level is None:
        return ""
    if level == 0:
        return QCoreApplication.translate("Deadlines", "The 48-hour limit has passed.")
    return QCoreApplication.translate(
        "Deadlines", "Less than %n hour(s) left on the 48-hour clock.", "", level
    )


__all__ = ["AMBER", "RED", "clock_color", "clock_warning", "fmt_remaining", "fmt_span", "relative_day"]
