"""The administrator's settings page: limits, dispute categories, organisation, number series, calendar.

Every write runs in one unit of work and leaves an audit event. Codes raised:
``settings.unknown_limit`` (``name``), ``settings.limit_type`` (``name``), ``settings.limit_range``
(``name``, ``minimum``), ``category.code`` (``value``), ``category.exists`` (``value``),
``category.name_empty``, ``type_code.track`` (``track``), ``type_code.invalid`` (``value``),
``organisation.name_empty``, ``calendar.no_change`` (``day``), plus ``record.not_found``;
every write refuses anyone but an administrator with ``perm.role`` (policy ``settings.manage``).
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from ..domain.enums import Track
from ..domain.errors import RuleViolation, ValidationError
from ..domain.limits import DEFAULT_TYPE_CODES, Limits
from ..domain.validation import clean
from ..domain.workdays import WorkCalendar
from ..store import versions
from ..store.database import Database
from ..store.models import CalendarOverride, Category, Organisation
from . import policy
from .base import Actor, Changes, UnitOfWork, unit_of_work
from .deadlines import refresh_all_due_at
from .settings import LIMITS_KEY, TYPE_CODES_KEY, edit_value, get_value, limits, set_value

#: Smallest allowed value of each numeric limit (0 where "none" makes sense).
_MINIMUM = {"max_amount_fen": 1, "lawyer_fee_max_fen": 0, "due_soon_days": 0, "follow_up_days": 0}
_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,29}$")
_TYPE_CODE_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,8}$")


def _settings_work(db: Database, actor: Actor) -> AbstractContextManager[UnitOfWork]:
    """A unit of work for a settings change: administrators (and the system) only."""
    policy.require(actor, policy.SETTINGS)
    return unit_of_work(db, actor)


# ---- limits ------------------------------------------------------------------------------------------------


def read_limits(session: Session) -> Limits:
    """The limits in force (defaults merged with the stored values)."""
    return limits(session)


def _check_limit(name: str, value: Any) -> Any:
    types = {f.name: f.type for f in fields(Limits)}
    if name not in types:
        raise ValidationError("settings.unknown_limit", name=name)
    if types[name] in ("bool", bool):
        if not isinstance(value, bool):
            raise ValidationError("settings.limit_type", name=name)
        return value
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError("settings.limit_type", name=name)
    minimum = _MINIMUM.get(name, 1)
    if value < minimum:
        raise ValidationError("settings.limit_range", name=name, minimum=minimum)
    return value


def write_limits(
    db: Database, actor: Actor, values: dict[str, Any], *, expected_version: int | None = None
) -> Changes:
    """Change some limits; only the values that differ from the defaults are stored.

    Deadlines of every open case are recomputed in the same transaction. ``expected_version``:
    ``settings.version(session, LIMITS_KEY)`` when the user opened the page (``record.changed``).
    """
    checked = {k: _check_limit(k, v) for k, v in values.items()}
    with _settings_work(db, actor) as uow:
        stored = dict(edit_value(uow, LIMITS_KEY, {}, expected_version))
        current = Limits.from_json(stored)
        changed = {k: v for k, v in checked.items() if getattr(current, k) != v}
        if not changed:
            return uow.changes
        defaults = Limits().to_json()
        stored.update(changed)
        stored = {k: v for k, v in stored.items() if defaults.get(k) != v}
        set_value(uow, LIMITS_KEY, stored)
        refresh_all_due_at(uow.session)
        uow.kinds.add("case")
        return uow.changes


# ---- categories --------------------------------------------------------------------------------------------


def list_categories(session: Session, *, include_inactive: bool = False) -> list[Category]:
    stmt = select(Category).order_by(col(Category.sort_order), col(Category.code))
    if not include_inactive:
        stmt = stmt.where(col(Category.active).is_(True))
    return list(session.execute(stmt).scalars())


def _name(value: str, field: str, max_len: int, *, required: bool = True) -> str:
    value = clean(field, value, max_len=max_len)
    if required and not value:
        raise ValidationError("category.name_empty")
    return value


def add_category(db: Database, actor: Actor, code: str, name_zh: str, name_en: str = "") -> Changes:
    """Add a dispute category (``code``: lower-case letters, digits, underscore)."""
    code = code.strip()
    if not _CODE_RE.match(code):
        raise ValidationError("category.code", value=code)
    zh, en = _name(name_zh, "name_zh", 50), _name(name_en, "name_en", 80, required=False)
    with _settings_work(db, actor) as uow:
        if uow.session.get(Category, code) is not None:
            raise RuleViolation("category.exists", value=code)
        order = (
            uow.session.execute(select(func.coalesce(func.max(col(Category.sort_order)), -1))).scalar_one()
            + 1
        )
        uow.session.add(Category(code=code, name_zh=zh, name_en=en, sort_order=order))
        uow.audit(
            "category.add",
            "settings",
            None,
            diff={"code": [None, code], "name_zh": [None, zh], "name_en": [None, en]},
        )
        return uow.changes


def rename_category(
    db: Database,
    actor: Actor,
    code: str,
    *,
    name_zh: str,
    name_en: str | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Rename a category (cases keep its code, so they follow the new name)."""
    zh = _name(name_zh, "name_zh", 50)
    with _settings_work(db, actor) as uow:
        cat = uow.lock(Category, code)
        versions.check_version(uow.session, cat, expected_version)
        diff: dict[str, list[Any]] = {}
        if cat.name_zh != zh:
            diff["name_zh"], cat.name_zh = [cat.name_zh, zh], zh
        if name_en is not None:
            en = _name(name_en, "name_en", 80, required=False)
            if cat.name_en != en:
                diff["name_en"], cat.name_en = [cat.name_en, en], en
        if diff:
            uow.audit("category.rename", "settings", None, diff={"code": [code, code], **diff})
        return uow.changes


def set_category_active(
    db: Database, actor: Actor, code: str, active: bool, *, expected_version: int | None = None
) -> Changes:
    """Deactivate (hide from new cases) or reactivate a category; old cases keep it."""
    with _settings_work(db, actor) as uow:
        cat = uow.lock(Category, code)
        versions.check_version(uow.session, cat, expected_version)
        if cat.active != active:
            uow.audit(
                "category.active",
                "settings",
                None,
                diff={"code": [code, code], "active": [cat.active, active]},
            )
            cat.active = active
        return uow.changes


# ---- organisation and number series ------------------------------------------------------------------------


def update_organisation(
    db: Database,
    actor: Actor,
    organisation_id: int,
    *,
    name: str | None = None,
    org_code: str | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Rename the organisation or change its code in case numbers (京朝)."""
    with _settings_work(db, actor) as uow:
        org = uow.lock(Organisation, organisation_id)
        versions.check_version(uow.session, org, expected_version)
        diff: dict[str, list[Any]] = {}
        if name is not None:
            new_name = clean("name", name)
            if not new_name:
                raise ValidationError("organisation.name_empty")
            if new_name != org.name:
                diff["name"], org.name = [org.name, new_name], new_name
        if org_code is not None:
            code = clean("org_code", org_code)
            if code != org.org_code:
                diff["org_code"], org.org_code = [org.org_code, code], code
        if diff:
            uow.audit("organisation.update", "settings", org.id, diff=diff)
        return uow.changes


def read_type_codes(session: Session) -> dict[str, str]:
    """Number-series type code of each track (调, 治调...), defaults merged with stored values."""
    return {**DEFAULT_TYPE_CODES, **get_value(session, TYPE_CODES_KEY, {})}


def write_type_code(
    db: Database, actor: Actor, track: str, code: str, *, expected_version: int | None = None
) -> Changes:
    """Change a track's type code; numbers already issued keep theirs, new series start at 1."""
    if track not in {t.value for t in Track}:
        raise ValidationError("type_code.track", track=track)
    code = code.strip()
    if not _TYPE_CODE_RE.match(code):
        raise ValidationError("type_code.invalid", value=code)
    with _settings_work(db, actor) as uow:
        stored = dict(edit_value(uow, TYPE_CODES_KEY, {}, expected_version))
        if read_type_codes(uow.session).get(track) != code:
            stored[track] = code
            set_value(uow, TYPE_CODES_KEY, stored)
        return uow.changes


# ---- working-day calendar ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarDay:
    day: date
    working: bool
    note: str


def list_calendar_overrides(session: Session, *, year: int | None = None) -> list[CalendarDay]:
    stmt = select(CalendarOverride).order_by(col(CalendarOverride.day))
    if year is not None:
        stmt = stmt.where(
            col(CalendarOverride.day) >= date(year, 1, 1), col(CalendarOverride.day) <= date(year, 12, 31)
        )
    return [CalendarDay(o.day, o.working, o.note) for o in session.execute(stmt).scalars()]


def covered_years() -> range:
    """Years whose official holiday schedule ships with the app; other years need overrides."""
    return WorkCalendar.known_years()


def set_calendar_day(db: Database, actor: Actor, day: date, *, working: bool, note: str = "") -> Changes:
    """Make ``day`` a working day or a holiday (an added year's schedule, or a correction)."""
    note = clean("note", note, max_len=100)
    with _settings_work(db, actor) as uow:
        row = uow.session.get(CalendarOverride, day)
        old = None if row is None else row.working
        if row is None:
            uow.session.add(CalendarOverride(day=day, working=working, note=note))
        else:
            row.working, row.note = working, note
        uow.session.flush()
        uow.audit(
            "calendar.set",
            "settings",
            None,
            diff={"day": [None, day.isoformat()], "working": [old, working], "note": [None, note]},
        )
        refresh_all_due_at(uow.session)
        uow.kinds.add("case")
        return uow.changes


def remove_calendar_day(db: Database, actor: Actor, day: date) -> Changes:
    """Drop an override: the day follows the official schedule (or Monday–Friday) again."""
    with _settings_work(db, actor) as uow:
        row = uow.session.get(CalendarOverride, day)
        if row is None:
            raise RuleViolation("calendar.no_change", day=day.isoformat())
        uow.audit(
            "calendar.remove",
            "settings",
            None,
            diff={"day": [day.isoformat(), None], "working": [row.working, None]},
        )
        uow.session.delete(row)
        uow.session.flush()
        refresh_all_due_at(uow.session)
        uow.kinds.add("case")
        return uow.changes


__all__ = [
    "CalendarDay",
    "add_category",
    "covered_years",
    "list_calendar_overrides",
    "list_categories",
    "read_limits",
    "read_type_codes",
    "remove_calendar_day",
    "rename_category",
    "set_calendar_day",
    "set_category_active",
    "update_organisation",
    "write_limits",
    "write_type_code",
]
