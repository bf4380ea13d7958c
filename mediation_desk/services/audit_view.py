"""What the auditor reads of an audit event: who did what, when, on which case — never the content.

The audit diff of a case event holds case contents (party names, addresses, titles of sealed
cases, facts, amounts, reasons typed by the mediator). The auditor checks *who did what and when*
(People's Mediation Law Art. 15: personal data only for those who work the case), so each diff
value is kept only for keys that carry codes, numbers, flags or dates (:data:`OPEN_KEYS`); every
other value is replaced by :data:`HIDDEN`. Account events (``auth.*``, ``user.*``) keep their
values: they are about accounts, not cases, and hold no secret (see ``services/accounts.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..store.models import AuditEvent

HIDDEN = "〔已隐去 hidden〕"
#: Diff keys whose values are codes, counts, flags, dates or case numbers (never free text).
OPEN_KEYS = frozenset(
    {
        "status",
        "number",
        "track",
        "source",
        "category",
        "juvenile",
        "sealed",
        "version",
        "state",
        "outcome",
        "method",
        "form",
        "seq",
        "role",
        "stages",
        "from_date",
        "to_date",
        "cases",
        "unmasked",
        "imported",
        "skipped",
        "failed_logins",
        "minutes",
        "until",
        "by_admin",
        "supersedes",
        "decision",
        "procedure",
        "stage",
        "kind",
        "active",
        "recorded_at",
        "paid_at",
        "due_date",
        "done_at",
        "starts_at",
        "ends_at",
        "given_at",
        "accepted_at",
        "closed_at",
        "period",
        "attendees",
    }
)
_ACCOUNT_PREFIXES = ("auth.", "user.")


@dataclass(frozen=True)
class AuditRow:
    """One event as the auditor sees it."""

    id: int
    at: datetime
    username: str
    workstation: str
    action: str
    entity: str
    entity_id: int | None
    case_id: int | None
    case_number: str
    diff: str


def _masked(key: str, value: Any) -> Any:
    if key in OPEN_KEYS and not isinstance(value, dict):
        return value
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, list):
        return [_masked(key, v) for v in value]
    if isinstance(value, dict):
        return {k: _masked(k, v) for k, v in value.items()}
    return HIDDEN


def auditor_diff(action: str, diff: str) -> str:
    """``diff`` (JSON) with the case contents hidden (see the module docstring)."""
    if action.startswith(_ACCOUNT_PREFIXES):
        return diff
    try:
        data = json.loads(diff)
    except ValueError:
        return HIDDEN
    if not isinstance(data, dict):
        return HIDDEN
    return json.dumps({k: _masked(k, v) for k, v in data.items()}, ensure_ascii=False, sort_keys=True)


def auditor_row(event: AuditEvent, case_number: str | None) -> AuditRow:
    return AuditRow(
        int(event.id or 0),
        event.at,
        event.username,
        event.workstation,
        event.action,
        event.entity,
        event.entity_id,
        event.case_id,
        case_number or "",
        auditor_diff(event.action, event.diff),
    )
