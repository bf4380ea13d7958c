"""The About dialog shows the package version."""

from __future__ import annotations

from mediation_desk import __version__
from mediation_desk.ui.about import AboutDialog


def test_about_dialog_shows_the_version(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert "Qt " in dialog.findChild(type(dialog.version_label), "aboutDetails").text()
