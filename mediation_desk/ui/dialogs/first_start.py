"""First start: name the organisation (its code goes into case numbers) and offer demo data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .person_editor import ERROR_STYLE


class FirstStartDialog(QDialog):
    """Ask for the organisation's name and code; optionally fill the database with demo cases."""

    def __init__(self, *, demo_available: bool, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome to Mediation Desk"))
        intro = QLabel(
            self.tr(
                "A new database was created at:\n%1\n\nName the mediation organisation that works "
                "with it. Its short code appears in every case number, e.g. （2026）京朝调字第0001号."
            ).replace("%1", database)
        )
        intro.setWordWrap(True)
        self.org_name = QLineEdit()
        self.org_name.setObjectName("orgName")
        self.org_name.setPlaceholderText(self.tr("e.g. 朝阳区人民调解委员会"))
        self.org_code = QLineEdit()
        self.org_code.setObjectName("orgCode")
        self.org_code.setMaxLength(8)
        self.org_code.setPlaceholderText(self.tr("e.g. 京朝"))
        self.demo = QCheckBox(self.tr("Fill with demo cases to try the app"))
        self.demo.setObjectName("demoCheck")
        self.demo_count = QSpinBox()
        self.demo_count.setRange(10, 100_000)
        self.demo_count.setValue(300)
        self.demo_count.setSuffix(self.tr(" cases"))
        self.demo.setChecked(demo_available)
        self.demo.setVisible(demo_available)
        self.demo_count.setVisible(demo_available)
        self.demo.toggled.connect(self.demo_count.setEnabled)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Organisation name"), self.org_name)
        form.addRow(self.tr("Code for case numbers"), self.org_code)
        if demo_available:
            form.addRow(self.demo, self.demo_count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _check(self) -> None:
        if not self.org_name.text().strip():
            self.message.setText(self.tr("Enter the organisation's name."))
            self.org_name.setFocus()
            return
        if not self.org_code.text().strip():
            self.message.setText(self.tr("Enter a short code, e.g. 京朝."))
            self.org_code.setFocus()
            return
        self.accept()

    @property
    def demo_cases(self) -> int:
        """How many demo cases to generate (0: none)."""
        return self.demo_count.value() if self.demo.isVisible() and self.demo.isChecked() else 0
