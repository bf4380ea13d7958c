"""About dialog: the application's name, version and the libraries it runs on."""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .. import __version__
from .icons import app_icon


def version_text() -> str:
    """The version line shown in the dialog (and usable in a window title)."""
    return f"{__version__}"


class AboutDialog(QDialog):
    """Shows the version of Mediation Desk, Qt, PySide6 and Python.

    Args:
        parent: The main window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Mediation Desk"))
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.icon_label = QLabel(objectName="aboutIcon")
        self.icon_label.setPixmap(app_icon().pixmap(64, 64))
        header.addWidget(self.icon_label)
        title = QLabel(f"<h2>{self.tr('Mediation Desk')}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        header.addWidget(title, 1)
        layout.addLayout(header)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", version_text()))
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.version_label)
        frozen = self.tr(" (standalone build)") if getattr(sys, "frozen", False) else ""
        details = QLabel(
            self.tr("Qt %1 · PySide6 %2 · Python %3")
            .replace("%1", qVersion())
            .replace("%2", pyside_version)
            .replace("%3", platform.python_version())
            + frozen
        )
        details.setObjectName("aboutDetails")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(details)
        layout.addWidget(QLabel(self.tr("Case tracker for people's mediation committees.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None = None) -> None:
    """Open the About dialog modally."""
    AboutDialog(parent).exec()
