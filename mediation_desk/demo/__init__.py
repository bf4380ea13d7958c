"""Demo data: a tool, not a service — fills a database with realistic cases and demo accounts.

The command line (``mediation-desk demo``) and the first-start offer use it. The entry point
(:mod:`mediation_desk.__main__`) hands :data:`DEMO` to the desktop start-up
(:func:`mediation_desk.app.run_gui`); ``ui/`` never imports this package. The modules import one
another one way only: :mod:`.generator` → :mod:`.pipeline` → :mod:`.cases` → :mod:`.work` →
:mod:`.records`, with shared tables in :mod:`.timeline`.

This module stays import-light: the worker processes of :mod:`.pipeline` import the package too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..store.database import Database


class DemoKit:
    """What the desktop start-up needs from the demo tool (see :class:`mediation_desk.ui.startup.Demo`)."""

    @property
    def accounts(self) -> tuple[str, ...]:
        """The demo accounts' user names."""
        from .users import DEMO_ACCOUNTS

        return tuple(name for name, _display, _role in DEMO_ACCOUNTS)

    @property
    def password(self) -> str:
        """The demo accounts' shared password (README)."""
        from .users import DEMO_PASSWORD

        return DEMO_PASSWORD

    def counts(self, db: Database) -> tuple[int, int]:
        """(all cases, cases added by demo runs)."""
        from .generator import demo_case_count

        return demo_case_count(db)

    def fill(self, db: Database, cases: int, progress: Callable[[int, int], None]) -> None:
        """Add ``cases`` demo cases and the demo accounts."""
        from .generator import generate
        from .users import create_demo_users

        generate(db, cases=cases, progress=progress)
        create_demo_users(db)


#: The demo tool as start-up takes it.
DEMO = DemoKit()
