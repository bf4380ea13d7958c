"""The party fields the papers print beyond identity: 民族, 职业, 工作单位 (natural persons), the
法定代表人's title (organisations) and, for an agent, whether the 授权委托书 is on file.

Shared by the intake party editor and the workspace's "Add party" dialog; the rows are added to
the caller's form and shown or hidden by kind of person and role.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain.enums import PartyRole
from ...services.inputs import PersonInput

#: The default 民族 of a new natural person (editable: the list is long and typing is allowed).
DEFAULT_ETHNICITY = "汉族"
COMMON_ETHNICITIES = (
    "汉族",
    "回族",
    "满族",
    "蒙古族",
    "壮族",
    "维吾尔族",
    "藏族",
    "苗族",
    "彝族",
    "土家族",
    "朝鲜族",
)


class PartyPaperFields:
    """The extra rows of a party form (not a widget: its editors go into the caller's form)."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        self.ethnicity = QComboBox(parent)
        self.ethnicity.setObjectName("partyEthnicity")
        self.ethnicity.setEditable(True)
        self.ethnicity.addItems(list(COMMON_ETHNICITIES))
        self.occupation = QLineEdit(parent)
        self.occupation.setObjectName("partyOccupation")
        self.occupation.setMaxLength(50)
        self.employer = QLineEdit(parent)
        self.employer.setObjectName("partyEmployer")
        self.employer.setMaxLength(100)
        self.rep_title = QLineEdit(parent)
        self.rep_title.setObjectName("partyRepTitle")
        self.rep_title.setMaxLength(30)
        self.rep_title.setPlaceholderText(QCoreApplication.translate("PartyPapers", "e.g. General manager"))
        self.power_of_attorney = QCheckBox(
            QCoreApplication.translate("PartyPapers", "Power of attorney (授权委托书) received"), parent
        )
        self.power_of_attorney.setObjectName("partyPowerOfAttorney")
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        # literal translate() calls: pyside6-lupdate extracts only those (a wrapper taking the
        # text as a variable hid these labels from the .ts, so they showed in English)
        for key, text, editor in (
            ("ethnicity", QCoreApplication.translate("PartyPapers", "Ethnicity"), self.ethnicity),
            ("occupation", QCoreApplication.translate("PartyPapers", "Occupation"), self.occupation),
            ("employer", QCoreApplication.translate("PartyPapers", "Employer"), self.employer),
            (
                "rep_title",
                QCoreApplication.translate("PartyPapers", "Representative's title"),
                self.rep_title,
            ),
            ("poa", "", self.power_of_attorney),
        ):
            label = QLabel(text, parent)
            form.addRow(label, editor)
            self._rows[key] = (label, editor)
        self.clear()

    def update_visibility(self, *, organisation: bool, role: PartyRole | None) -> None:
        """Natural persons: 民族, 职业, 工作单位; organisations: the representative's title; agents:
        the power of attorney."""
        shown = {
            "ethnicity": not organisation,
            "occupation": not organisation,
            "employer": not organisation,
            "rep_title": organisation,
            "poa": role == PartyRole.AGENT,
        }
        for key, (label, editor) in self._rows.items():
            label.setVisible(shown[key])
            editor.setVisible(shown[key])

    def clear(self) -> None:
        self.ethnicity.setCurrentText(DEFAULT_ETHNICITY)
        for edit in (self.occupation, self.employer, self.rep_title):
            edit.clear()
        self.power_of_attorney.setChecked(False)

    def load(self, person: PersonInput, *, power_of_attorney: bool = False) -> None:
        self.ethnicity.setCurrentText(person.ethnicity or DEFAULT_ETHNICITY)
        self.occupation.setText(person.occupation)
        self.employer.setText(person.employer)
        self.rep_title.setText(person.legal_rep_title)
        self.power_of_attorney.setChecked(power_of_attorney)

    def fill(self, person: PersonInput, *, organisation: bool) -> None:
        """Copy the fields into ``person`` (only those that apply to its kind)."""
        if organisation:
            person.legal_rep_title = self.rep_title.text().strip()
            return
        person.ethnicity = self.ethnicity.currentText().strip()
        person.occupation = self.occupation.text().strip()
        person.employer = self.employer.text().strip()

    def set_enabled(self, enabled: bool) -> None:
        for editor in (self.ethnicity, self.occupation, self.employer, self.rep_title):
            editor.setEnabled(enabled)
