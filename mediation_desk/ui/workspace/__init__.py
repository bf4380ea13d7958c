"""The case workspace: one tab per open case (overview, parties, committee, sessions, agreement,
payments, follow-ups, documents, history)."""

from .workspace import CaseWorkspace

__all__ = ["CaseWorkspace"]
