"""What the settings pages read: limits, organisation, type codes, categories and the calendar.

Every signed-in user sees the settings (only those with :data:`policy.SETTINGS` change them, in
:mod:`.admin_settings`); none of it is case data. Each value comes with the version a save is
checked against, so a stale save is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.limits import Limits
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Category, Organisation
from . import admin_settings as admin
from . import settings
from .base import Actor


@dataclass(frozen=True)
class SettingsView:
    """The administrator's settings page, read in one session."""

    limits: Limits
    org_name: str
    org_code: str
    type_codes: dict[str, str]
    categories: list[Category]
    calendar: list[admin.CalendarDay]
    covered: range
    #: the versions read of the limits, the organisation and the type codes (stale saves refused)
    versions: dict[str, int]


def settings_view(db: Database, actor: Actor, organisation_id: int) -> SettingsView:
    """The settings of the installation and of organisation ``organisation_id``."""
    del actor  # every signed-in reader sees the settings; writes check ``policy.SETTINGS``
    with read_session(db.engine) as s:
        org = s.get(Organisation, organisation_id)
        return SettingsView(
            admin.read_limits(s),
            org.name if org else "",
            org.org_code if org else "",
            admin.read_type_codes(s),
            admin.list_categories(s, include_inactive=True),
            admin.list_calendar_overrides(s),
            admin.covered_years(),
            {
                "limits": settings.version(s, settings.LIMITS_KEY),
                "organisation": org.row_version if org else 1,
                "type_codes": settings.version(s, settings.TYPE_CODES_KEY),
            },
        )


def limits_view(db: Database, actor: Actor) -> tuple[Limits, int]:
    """The limits in force and their version (a stale save is refused)."""
    del actor  # as :func:`settings_view`
    with read_session(db.engine) as s:
        return settings.limits(s), settings.version(s, settings.LIMITS_KEY)


__all__ = ["SettingsView", "limits_view", "settings_view"]
