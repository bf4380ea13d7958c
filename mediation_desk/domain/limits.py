"""Configurable limits (DOMAIN.md *configurable*): defaults here, overrides in the database."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from .enums import Track

DEFAULT_TYPE_CODES: dict[str, str] = {
    Track.PEOPLE.value: "调",
    Track.PUBLIC_SECURITY.value: "治调",
    Track.CRIMINAL.value: "刑和",
    Track.LAWYER.value: "律调",
    Track.PRE_LITIGATION.value: "诉前调",
}


@dataclass(frozen=True)
class Limits:
    """Every limit an administrator may change."""

    mediation_days: int = 30  # people's / lawyer mediation: normally one month (MoJ order 75 Art. 33)
    public_security_working_days: int = 3  # 治安调解: 3 working days after acceptance
    public_security_max_sessions: int = 2  # normally one session, at most one more
    acceptance_days: int = 3  # registered → accepted/declined
    judicial_confirmation_days: int = 30  # People's Mediation Law Art. 33
    follow_up_days: int = 7  # follow-up after each performance deadline
    fast_track_hours: int = 48  # 48小时全流程速裁
    response_hours: int = 24  # response rate: first contact within this time
    hotline_reply_days: int = 7  # 12345 ticket: the platform's reply deadline after receipt (default)
    due_soon_days: int = 3  # dashboard "due soon"
    max_amount_fen: int = 100_000_000_00  # ¥100,000,000.00
    lawyer_fee_max_fen: int = 500_00  # lawyer mediation: a low fee
    juvenile_age: int = 18
    guardian_present_age: int = 16  # 治安调解: under 16 needs a parent/guardian present
    sensitive_age: int = 14
    reset_series_yearly: bool = True

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Limits:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
