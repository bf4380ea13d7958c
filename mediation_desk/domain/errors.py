"""Known errors: each carries a stable code and parameters; ui/ turns them into words.

The domain never formats user-facing text. ``KnownError.code`` is a dotted, stable
identifier (``id.checksum``, ``workflow.transition``); ``params`` holds the values the
message needs.
"""

from __future__ import annotations

from typing import Any


class KnownError(Exception):
    """An expected failure the user can act on (bad input, refused step, conflict)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, Any] = params

    def __str__(self) -> str:  # for logs only, never shown to users as-is
        if not self.params:
            return self.code
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code}({inner})"


class ValidationError(KnownError):
    """Input that does not satisfy a format rule (ID number, phone, money...)."""


class RuleViolation(KnownError):
    """A step the law or the workflow forbids (closing with unpaid obligations...)."""


class ConflictError(KnownError):
    """A save based on stale data: ``params`` has ``by`` and ``at`` of the newer change."""


class NotFoundError(KnownError):
    """A record that does not exist (or that the user may not know exists)."""


class PermissionDenied(KnownError):
    """The signed-in user's role does not allow the action."""


class StorageError(KnownError):
    """Disk full, corrupt database, database from a newer version, network filesystem..."""
