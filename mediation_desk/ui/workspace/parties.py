"""当事人 Parties: who is on the case (ID and phone masked) and adding a party."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import IdType, PartyRole
from ...domain.errors import ValidationError
from ...domain.idcard import mask_id, parse_resident_id
from ...domain.phone import display_phone, mask_phone, normalize_phone
from ...services.case_workspace import CaseDetail, PartyRow, party_occupation
from ...services.directory import update_person_contact
from ...services.inputs import PartyInput, PersonInput
from ...services.parties import add_party
from .. import errors
from ..dialogs.party_papers import PartyPaperFields
from ..messages import labels
from ..models.rows import RowsModel
from . import wlabels
from .common import make_table, selected_row
from .dialogs import FormDialog
from .person_choice import PersonChoice

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


class PartiesModel(RowsModel):
    """Role, name, sex, age, masked ID and phone, address, guardian-of / agent-for.

    ``revealed`` holds the full ID numbers shown after an audited "Show ID" (this view only).
    """

    revealed: dict[int, str]

    def set_rows(self, rows: Any) -> None:
        self.revealed = {}
        super().set_rows(rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Role"),
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("Age"),
            self.tr("ID number"),
            self.tr("Phone"),
            self.tr("Address"),
            self.tr("Guardian of / agent for"),
        ]

    def value(self, row: PartyRow, column: int) -> str:
        if column == 0:
            return labels.label(labels.party_roles, row.role)
        if column == 1:
            return row.name
        if column == 2:
            return wlabels.name(wlabels.sexes(), row.sex)
        if column == 3:
            return "" if row.age is None else str(row.age)
        if column == 4:
            shown = getattr(self, "revealed", {}).get(row.person_id)
            return shown or (mask_id(row.id_number) if row.id_number else "")
        if column == 5:
            return mask_phone(row.phone) if row.phone else ""
        if column == 6:
            return row.address
        if row.guardian_of_name:
            return self.tr("Guardian of {name}").format(name=row.guardian_of_name)
        if row.agent_for_name:
            text = self.tr("Agent for {name}").format(name=row.agent_for_name)
            return f"{text} ({row.agent_authority})" if row.agent_authority else text
        return ""

    def sort_key(self, row: PartyRow, column: int) -> Any:
        return row.age if column == 3 else self.value(row, column)


class AddPartyDialog(FormDialog):
    """A new party: role, person, guardian-of or agent-for with authority, consent."""

    def __init__(self, parties: list[PartyRow], parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("addPartyDialog")
        self.setWindowTitle(self.tr("Add party"))
        self.role = QComboBox(self)
        for code, text in labels.party_roles().items():
            self.role.addItem(text, code)
        self.person = PersonChoice(parties, set(), self)
        self.name = QLineEdit(self)
        self.id_number = QLineEdit(self)
        self.id_number.setPlaceholderText(self.tr("18-character resident ID (optional)"))
        self.phone = QLineEdit(self)
        self.person.bind(self.name, self.id_number, self.phone)
        self.address = QLineEdit(self)
        self.link = QComboBox(self)
        self.link.addItem(self.tr("—"), None)
        for p in parties:
            self.link.addItem(f"{labels.label(labels.party_roles, p.role)} {p.name}", p.id)
        self.authority = QLineEdit(self)
        self.authority.setPlaceholderText(self.tr("Written scope of authority (agents)"))
        self.consent = QCheckBox(self.tr("Consents to mediation"), self)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Person"), self.person)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("ID number"), self.id_number)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Guardian of / agent for"), self.link)
        self.form.addRow(self.tr("Authority"), self.authority)
        self.papers = PartyPaperFields(self.form, self)  # 民族, 职业, 工作单位, 授权委托书
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.form.addRow("", self.consent)

    def _role_changed(self, _index: int = 0) -> None:
        self.papers.update_visibility(organisation=False, role=PartyRole(self.role.currentData()))

    def collect(self) -> tuple[PartyInput, int | None, int | None] | None:
        role = PartyRole(self.role.currentData())
        linked = self.link.currentData()
        guardian_of = linked if role in (PartyRole.GUARDIAN, PartyRole.APPROPRIATE_ADULT) else None
        agent_for = linked if role == PartyRole.AGENT else None
        chosen = self.person.chosen()
        if chosen is not None:  # someone already on the case, in another role: one record
            return (
                PartyInput(
                    role=role,
                    person=chosen,
                    agent_authority=self.authority.text().strip(),
                    power_of_attorney=self.papers.power_of_attorney.isChecked(),
                    consent=self.consent.isChecked(),
                ),
                guardian_of,
                agent_for,
            )
        name = self.name.text().strip()
        if not name:
            self.show_error(self.tr("Enter the name."), self.name)
            return None
        id_number, phone = self.id_number.text().strip(), self.phone.text().strip()
        try:
            if id_number:
                parse_resident_id(id_number)
        except ValidationError as exc:
            self.show_error(errors.message(exc), self.id_number)
            return None
        try:
            if phone:
                normalize_phone(phone)
        except ValidationError as exc:
            self.show_error(errors.message(exc), self.phone)
            return None
        person = PersonInput(
            name=name,
            id_number=id_number,
            phone=phone,
            address=self.address.text().strip(),
            id_type=IdType.RESIDENT_ID if id_number else None,
        )
        self.papers.fill(person, organisation=False)
        party = PartyInput(
            role=role,
            person=person,
            agent_authority=self.authority.text().strip(),
            power_of_attorney=self.papers.power_of_attorney.isChecked(),
            consent=self.consent.isChecked(),
        )
        return party, guardian_of, agent_for


class ContactDialog(FormDialog):
    """Correct a party's phone, address and occupation (audited; phone checked before saving)."""

    def __init__(self, party: PartyRow, occupation: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Contact details of {name}").format(name=party.name))
        self.party = party
        self.phone = QLineEdit(display_phone(party.phone) if party.phone else "", self)
        self.phone.setObjectName("contactPhone")
        self.address = QLineEdit(party.address, self)
        self.address.setObjectName("contactAddress")
        self.occupation = QLineEdit(occupation, self)
        self.occupation.setObjectName("contactOccupation")
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Occupation"), self.occupation)

    def collect(self) -> dict[str, str] | None:
        phone = self.phone.text().strip()
        try:
            if phone:
                normalize_phone(phone)
        except ValidationError as exc:
            self.show_error(errors.message(exc), self.phone)
            return None
        return {"phone": phone, "address": self.address.text(), "occupation": self.occupation.text()}


class PartiesTab(QWidget):
    """The parties table and the "Add party" action."""

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.dialog: FormDialog | None = None
        self.model = PartiesModel(self)
        self.view = make_table(self.model, self, stretch=6)
        self.view.setSortingEnabled(True)
        self.add_button = QPushButton(self.tr("Add party…"), self)
        self.add_button.clicked.connect(self.open_add)
        self.reveal_button = QPushButton(self.tr("Show ID…"), self)
        self.reveal_button.setObjectName("revealIdButton")
        self.reveal_button.setToolTip(self.tr("Show the selected party's full ID number (reason recorded)"))
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.contact_button = QPushButton(self.tr("Edit contact…"), self)
        self.contact_button.setObjectName("editContactButton")
        self.contact_button.clicked.connect(self.open_contact)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.contact_button)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

    def show_detail(self, detail: CaseDetail) -> None:
        self.model.set_rows(detail.parties)
        self.add_button.setEnabled(detail.case.status not in ("closed", "archived"))

    def reveal_selected(self) -> None:
        """Ask for a reason and show the selected party's full ID number (audited)."""
        from ..dialogs.sealed import reveal_full_id

        row = selected_row(self.view)
        if row is None or not row.id_number:
            return
        full = reveal_full_id(self.ws.ctx, row.person_id, row.name, self)
        if full:
            self.model.revealed[row.person_id] = full
            self.model.layoutChanged.emit()

    def open_add(self) -> AddPartyDialog:
        parties = list(self.ws.detail.parties) if self.ws.detail else []
        dialog = AddPartyDialog(parties, self)
        dialog.on_submit = self._submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_contact(self) -> ContactDialog | None:
        """ "Edit contact…" for the selected party."""
        row = selected_row(self.view)
        if row is None:
            return None
        ctx = self.ws.ctx
        occupation = party_occupation(ctx.db, ctx.actor, self.ws.case_id, row.person_id)
        dialog = ContactDialog(row, occupation, self)
        dialog.on_submit = self._submit_contact
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit_contact(self, values: dict[str, str], dialog: FormDialog) -> None:
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        person_id = dialog.party.person_id  # type: ignore[attr-defined]
        seen = dialog.party.person_version  # type: ignore[attr-defined]
        self.ws.run(
            lambda: update_person_contact(
                db, actor, person_id, case_id=case_id, expected_version=seen, **values
            ),
            done=dialog.succeeded,
            failed=dialog.failed,
        )

    def _submit(self, values: tuple[PartyInput, int | None, int | None], dialog: FormDialog) -> None:
        party, guardian_of, agent_for = values
        db, actor, case_id, version = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id, self.ws.version
        self.ws.run(
            lambda: add_party(
                db,
                actor,
                case_id,
                party,
                version,
                guardian_of_party_id=guardian_of,
                agent_for_party_id=agent_for,
            ),
            done=dialog.succeeded,
            failed=dialog.failed,
        )
