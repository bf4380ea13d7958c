"""The About dialog shows the package version."""

from __future__ import annotations

from mediation_desk import __version__
from mediation_desk.ui.about import AboutDialog


def test_about_dialog_shows_the_version(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert "Qt " in dialog.findChild(type(dialog.version_label), "aboutDetails").text()


def test_the_application_icon_is_bundled_and_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.ui.icons import app_icon

    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    assert image.pixelColor(32, 8).red() > 120  # the red tile is drawn, not an empty pixmap
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert not dialog.icon_label.pixmap().isNull()
