"""The juvenile banner (guardian / appropriate adult, social worker, sensitive data) and track dialogs."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...domain.eligibility import is_juvenile, is_sensitive
from ...domain.enums import PRINCIPAL_ROLES, PROTECTOR_ROLES, IdType, PartyRole
from ...domain.errors import ValidationError
from ...domain.idcard import age_on, parse_resident_id
from ...domain.phone import normalize_phone
from ...services.case_workspace import CaseDetail, PartyRow
from ...services.inputs import PersonInput
from ...services.tracks import add_protector
from .. import errors
from ..messages import labels
from .common import from_qdate, to_qdate, today
from .dialogs import FormDialog
from .person_choice import PersonChoice

if TYPE_CHECKING:
    from .workspace import CaseWorkspace

_PRINCIPALS = {r.value for r in PRINCIPAL_ROLES}
_PROTECTORS = {r.value for r in PROTECTOR_ROLES}


def incident_age(party: PartyRow, detail: CaseDetail) -> int | None:
    """The party's age on the day of the incident (else the day the case was received)."""
    if party.birth_date is None:
        return party.age
    day = detail.case.incident_on or detail.case.received_at.date()
    return age_on(party.birth_date, day)


def principals(detail: CaseDetail) -> list[PartyRow]:
    return [p for p in detail.parties if p.role in _PRINCIPALS]


class GuardianDialog(FormDialog):
    """A guardian or appropriate adult for a juvenile party: role, ward, and the person — one of the
    people already on the case (a parent who is a party) or a new person (name, ID, phone)."""

    def __init__(
        self, juveniles: list[PartyRow], parent: QWidget | None = None, people: list[PartyRow] | None = None
    ) -> None:
        super().__init__("", parent)
        self.setObjectName("guardianDialog")
        self.setWindowTitle(self.tr("Add guardian or appropriate adult"))
        self.role = QComboBox(self)
        for role in (PartyRole.GUARDIAN, PartyRole.APPROPRIATE_ADULT):
            self.role.addItem(labels.label(labels.party_roles, role.value), role.value)
        self.ward = QComboBox(self)
        for p in juveniles:
            self.ward.addItem(p.name, p.id)
        self.person = PersonChoice(people or [], {p.person_id for p in juveniles}, self)
        self.name = QLineEdit(self)
        self.id_number = QLineEdit(self)
        self.id_number.setPlaceholderText(self.tr("18-character resident ID (optional)"))
        self.phone = QLineEdit(self)
        self.person.bind(self.name, self.id_number, self.phone)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("For"), self.ward)
        self.form.addRow(self.tr("Person"), self.person)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("ID number"), self.id_number)
        self.form.addRow(self.tr("Phone"), self.phone)

    def collect(self) -> tuple[PersonInput, PartyRole, int | None] | None:
        chosen = self.person.chosen()
        if chosen is not None:
            return chosen, PartyRole(self.role.currentData()), self.ward.currentData()
        name, id_number, phone = (
            self.name.text().strip(),
            self.id_number.text().strip(),
            self.phone.text().strip(),
        )
        if not name:
            self.show_error(self.tr("Enter the name."), self.name)
            return None
        try:
            if id_number:
                parse_resident_id(id_number)
            if phone:
                normalize_phone(phone)
        except ValidationError as exc:
            self.show_error(errors.message(exc), self.id_number if exc.code.startswith("id.") else self.phone)
            return None
        person = PersonInput(
            name=name, id_number=id_number, phone=phone, id_type=IdType.RESIDENT_ID if id_number else None
        )
        return person, PartyRole(self.role.currentData()), self.ward.currentData()


class JuvenileBanner(QFrame):
    """Shown over the tabs of a juvenile case: who needs a guardian, sensitive data, social worker.

    Attributes:
        add_button: opens the :class:`GuardianDialog`.
        dialog: the dialog last opened.
    """

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.setObjectName("juvenileBanner")
        self.setStyleSheet(
            "QFrame#juvenileBanner { background: #fff4e5; border: 1px solid #f0b35b; border-radius: 4px; }"
        )
        self.dialog: GuardianDialog | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setObjectName("juvenileText")
        self.add_button = QPushButton(self.tr("Add guardian / appropriate adult…"), self)
        self.add_button.setObjectName("addGuardian")
        self.add_button.clicked.connect(self.open_add)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.add_button)
        self.hide()

    def juveniles(self, detail: CaseDetail) -> list[PartyRow]:
        return [p for p in principals(detail) if is_juvenile(incident_age(p, detail), self.ws.limits)]

    def _named_with_age(self, party: PartyRow, detail: CaseDetail) -> str:
        """The name with the age the rules go by — at the incident, which the parties tab (today's
        age) may contradict for an older case, so it says so ("唐佳睿（13）" beside "15")."""
        age = incident_age(party, detail)
        if age is None:
            return party.name
        return self.tr("{name} (aged {age} at the time)").format(name=party.name, age=age)

    def show_detail(self, detail: CaseDetail) -> None:
        lim = self.ws.limits
        juveniles = self.juveniles(detail)
        if not juveniles and not detail.case.juvenile:
            self.hide()
            return
        protectors = [p for p in detail.parties if p.role in _PROTECTORS]
        parts = [
            self.tr("Juvenile case: {names}.").format(
                names="、".join(self._named_with_age(p, detail) for p in juveniles) or "—"
            )
        ]
        if protectors:
            parts.append(
                self.tr("Guardian / appropriate adult: {names}.").format(
                    names="、".join(p.name for p in protectors)
                )
            )
        else:
            parts.append(
                self.tr(
                    "No guardian or appropriate adult yet: sessions cannot be recorded until one is added."
                )
            )
        under_16 = [p.name for p in juveniles if (incident_age(p, detail) or 99) < lim.guardian_present_age]
        if under_16 and detail.case.track == "public_security":
            parts.append(
                self.tr("Under {age}: a parent or guardian must attend every session ({names}).").format(
                    age=lim.guardian_present_age, names="、".join(under_16)
                )
            )
        sensitive = [p.name for p in juveniles if is_sensitive(incident_age(p, detail), lim)]
        if sensitive:
            parts.append(
                self.tr("Under {age}, data is sensitive: {names}.").format(
                    age=lim.sensitive_age, names="、".join(sensitive)
                )
            )
        parts.append(self.tr("A social worker may join the committee."))
        self.text.setText(" ".join(parts))
        self.add_button.setEnabled(detail.case.status not in ("closed", "archived"))
        self.show()

    def open_add(self) -> GuardianDialog:
        detail = self.ws.detail
        dialog = GuardianDialog(
            self.juveniles(detail) if detail else [], self, list(detail.parties) if detail else []
        )
        dialog.on_submit = self._submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit(self, values: tuple[PersonInput, PartyRole, int | None], dialog: FormDialog) -> None:
        person, role, ward = values
        ws = self.ws
        db, actor, case_id = ws.ctx.db, ws.ctx.actor, ws.case_id
        ws.run(
            lambda: add_protector(db, actor, case_id, person, role=role, ward_party_id=ward),
            done=dialog.succeeded,
            failed=dialog.failed,
        )


class ExtendDialog(FormDialog):
    """Extend the mediation limit: the new date, each principal party's consent, a reason."""

    def __init__(self, parties: list[PartyRow], current: date | None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Extend the mediation period"))
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        start = current or today()  # Beijing, whatever the workstation's time zone
        self.until.setDate(to_qdate(start).addDays(30))
        self.consents: dict[int, QCheckBox] = {}
        self.form.addRow(self.tr("New end date"), self.until)
        for p in parties:
            box = QCheckBox(
                self.tr("{name} ({role}) consents").format(
                    name=p.name, role=labels.label(labels.party_roles, p.role)
                ),
                self,
            )
            self.consents[p.id] = box
            self.form.addRow("", box)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        self.form.addRow(self.tr("Reason"), self.reason)

    def collect(self) -> dict[str, object] | None:
        missing = [box for box in self.consents.values() if not box.isChecked()]
        if missing:
            self.show_error(
                self.tr("Both parties must consent to an extension: tick each party's consent."), missing[0]
            )
            return None
        return {
            "until": from_qdate(self.until.date()),
            "consenting_party_ids": list(self.consents),
            "reason": self.reason.toPlainText().strip(),
        }
