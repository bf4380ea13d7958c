"""GUI test isolation: a test that changes application-wide state gets it restored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _restore_application_font(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Screenshot tests switch the app to a CJK font; later tests must see the default again."""
    font = qapp.font()
    yield
    qapp.setFont(font)


@pytest.fixture(autouse=True)
def _wheel_guard(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every GUI test runs with the guard the app installs at start (``app.run_gui``)."""
    from mediation_desk.ui import wheel_guard

    wheel_guard.install(qapp)
