"""Administrator settings stored in the database: limits, organisation, type codes."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from ..domain.limits import DEFAULT_TYPE_CODES, Limits
from ..store import versions
from ..store.models import Setting
from .base import UnitOfWork

LIMITS_KEY = "limits"
TYPE_CODES_KEY = "type_codes"


def get_value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else default


def version(session: Session, key: str) -> int:
    """The version of setting ``key`` the user sees (0: never stored, the defaults)."""
    row = session.get(Setting, key)
    return row.row_version if row is not None else 0


def edit_value(uow: UnitOfWork, key: str, default: Any, expected_version: int | None = None) -> Any:
    """The stored value of ``key`` (or ``default``), its row locked until commit.

    Two administrators saving at once queue on the row; the second one's ``expected_version``
    (from :func:`version`) no longer matches and is refused with ``record.changed``.
    """
    row = uow.session.get(Setting, key, with_for_update=True, populate_existing=True)
    current = row.row_version if row is not None else 0
    if row is None:  # the first save of this setting: one insert wins, the other reads it
        try:
            with uow.session.begin_nested():
                uow.session.add(Setting(key=key, value=json.dumps(default, ensure_ascii=False)))
            uow.session.info.setdefault("new_settings", set()).add(key)  # audited as new
        except IntegrityError:
            current = -1
        row = uow.session.get(Setting, key, with_for_update=True, populate_existing=True)
        assert row is not None
        current = row.row_version if current < 0 else 0
    if expected_version is not None and expected_version != current:
        raise versions.stale_error(uow.session, row)
    stored: Any = json.loads(row.value)
    return stored


def set_value(uow: UnitOfWork, key: str, value: Any) -> None:
    row = uow.session.get(Setting, key)
    new = row is None or key in uow.session.info.get("new_settings", ())
    old = json.loads(row.value) if row is not None and not new else None
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        uow.session.add(Setting(key=key, value=text))
    else:
        row.value = text
    uow.audit("settings.update", "settings", None, diff={key: [old, value]})


def limits(session: Session) -> Limits:
    return Limits.from_json(get_value(session, LIMITS_KEY, {}))


def type_code(session: Session, track: str) -> str:
    codes = {**DEFAULT_TYPE_CODES, **get_value(session, TYPE_CODES_KEY, {})}
    return str(codes.get(track, "调"))
