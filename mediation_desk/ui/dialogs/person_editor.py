"""The party editor of the intake dialog: inline validation as you type, existing-person matches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import IdType, PartyRole, PersonKind
from ...domain.errors import KnownError, ValidationError
from ...domain.idcard import age_on, normalize_id, parse_resident_id
from ...domain.phone import normalize_phone
from ...domain.uscc import normalize_uscc, validate_uscc
from ...services.inputs import PersonInput
from ...services.people import PersonMatch, look_up
from ...store.types import SHANGHAI, utcnow
from .. import errors
from ..context import AppContext
from ..messages import labels
from .party_papers import PartyPaperFields

ERROR_STYLE = "color: #b3261e;"
NOTICE_STYLE = "color: #8a5a00;"


@dataclass
class PartyDraft:
    """A party as entered, before saving."""

    role: PartyRole
    person: PersonInput
    juvenile: bool = False
    guardian_of: int | None = None
    other_cases: tuple[str, ...] = ()
    agent_for: int | None = None
    #: index of an earlier party who is the same person (a parent who applies and is guardian)
    same_as: int | None = None
    power_of_attorney: bool = False  # an agent's 授权委托书 is on file


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


class PersonEditor(QWidget):
    """Enter one party; ``add_requested`` fires with a valid :class:`PartyDraft`.

    Signals:
        added(object): a :class:`PartyDraft` the user added.
    """

    added = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._existing_id: int | None = None
        self._match: PersonMatch | None = None
        self._other_cases: tuple[str, ...] = ()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Natural person"), PersonKind.NATURAL.value)
        self.kind.addItem(self.tr("Organisation"), PersonKind.ORGANISATION.value)
        self.role = QComboBox()
        self.role.setObjectName("partyRole")
        for code, text in labels.party_roles().items():
            self.role.addItem(text, code)
        self.name = QLineEdit()
        self.name.setObjectName("partyName")
        self.id_type = QComboBox()
        for code, text in labels.id_types().items():
            self.id_type.addItem(text, code)
        self.id_number = QLineEdit()
        self.id_number.setObjectName("partyIdNumber")
        self.id_message = _message_label("idMessage")
        self.phone = QLineEdit()
        self.phone.setObjectName("partyPhone")
        self.phone_message = _message_label("phoneMessage")
        self.uscc = QLineEdit()
        self.uscc.setObjectName("partyUscc")
        self.uscc_message = _message_label("usccMessage")
        self.legal_rep = QLineEdit()
        self.address = QLineEdit()
        self.address.setObjectName("partyAddress")
        self.juvenile_notice = QLabel()
        self.juvenile_notice.setObjectName("juvenileNotice")
        self.juvenile_notice.setWordWrap(True)
        self.juvenile_notice.setStyleSheet(NOTICE_STYLE)
        self.juvenile_notice.setVisible(False)
        self.match_label = QLabel()
        self.match_label.setObjectName("matchLabel")
        self.match_label.setWordWrap(True)
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
        self.use_match = QPushButton(self.tr("Use this record"))
        self.use_match.setObjectName("useMatch")
        self.use_match.clicked.connect(self._use_match)
        match_row = QHBoxLayout()
        match_row.addWidget(self.match_label, 1)
        match_row.addWidget(self.use_match)
        self.match_box = QWidget()
        self.match_box.setLayout(match_row)
        match_row.setContentsMargins(0, 0, 0, 0)
        self.match_box.setVisible(False)
        self.add_button = QPushButton(self.tr("Add party"))
        self.add_button.setObjectName("addParty")
        self.add_button.clicked.connect(self.try_add)

        form = self.form = QFormLayout()  # the intake's parties panel adds "Person" and "For" rows
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        self._id_type_label = QLabel(self.tr("ID type"))
        form.addRow(self._id_type_label, self.id_type)
        self._id_label = QLabel(self.tr("ID number"))
        form.addRow(self._id_label, self._with_message(self.id_number, self.id_message))
        self._uscc_label = QLabel(self.tr("Credit code"))
        form.addRow(self._uscc_label, self._with_message(self.uscc, self.uscc_message))
        self._rep_label = QLabel(self.tr("Legal representative"))
        form.addRow(self._rep_label, self.legal_rep)
        form.addRow(self.tr("Phone"), self._with_message(self.phone, self.phone_message))
        form.addRow(self.tr("Address"), self.address)
        self.papers = PartyPaperFields(form, self)  # 民族, 职业, 工作单位, representative, 授权委托书
        self.role.currentIndexChanged.connect(lambda _i: self._kind_changed())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.juvenile_notice)
        layout.addWidget(self.match_box)
        buttons = self.button_row = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.id_number.textChanged.connect(self._id_changed)
        self.id_number.editingFinished.connect(lambda: self._check_id(final=True))
        self.id_type.currentIndexChanged.connect(lambda _i: self._id_changed(self.id_number.text()))
        self.phone.textChanged.connect(lambda _t: self._check_phone(final=False))
        self.phone.editingFinished.connect(lambda: self._check_phone(final=True))
        self.uscc.textChanged.connect(lambda _t: self._check_uscc(final=False))
        self.uscc.editingFinished.connect(lambda: self._check_uscc(final=True))
        self.name.editingFinished.connect(self._look_up)
        self._kind_changed()

    @staticmethod
    def _with_message(edit: QWidget, message: QLabel) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(edit)
        col.addWidget(message)
        return box

    # ---- state ---------------------------------------------------------------------------------
    def is_organisation(self) -> bool:
        return self.kind.currentData() == PersonKind.ORGANISATION.value

    def _kind_changed(self) -> None:
        org = self.is_organisation()
        for w in (self._id_type_label, self.id_type, self._id_label, self.id_number.parentWidget()):
            w.setVisible(not org)
        for w in (self._uscc_label, self.uscc.parentWidget(), self._rep_label, self.legal_rep):
            w.setVisible(org)
        if hasattr(self, "papers"):  # built after the first call from __init__
            self.papers.update_visibility(organisation=org, role=PartyRole(self.role.currentData()))

    def set_role(self, role: PartyRole) -> None:
        self.role.setCurrentIndex(self.role.findData(role.value))

    def clear(self) -> None:
        for edit in (self.name, self.id_number, self.phone, self.uscc, self.legal_rep, self.address):
            edit.clear()
        for lab in (self.id_message, self.phone_message, self.uscc_message, self.juvenile_notice):
            lab.setVisible(False)
        self.papers.clear()
        self.match_box.setVisible(False)
        self._existing_id = None
        self._match = None
        self._other_cases = ()

    def load(self, party: PartyDraft) -> None:
        """Show ``party`` for editing in place (the record it uses, if any, is kept)."""
        self.clear()
        person = party.person
        self.set_role(party.role)
        self.kind.setCurrentIndex(max(0, self.kind.findData(PersonKind(person.kind).value)))
        self.name.setText(person.name)
        if person.id_type is not None:
            self.id_type.setCurrentIndex(max(0, self.id_type.findData(IdType(person.id_type).value)))
        self.id_number.setText(person.id_number)
        self.uscc.setText(person.uscc)
        self.legal_rep.setText(person.legal_rep)
        self.phone.setText(person.phone)
        self.address.setText(person.address)
        self.papers.load(person, power_of_attorney=party.power_of_attorney)
        self._existing_id = person.existing_person_id  # after the ID's textChanged reset it
        self._other_cases = tuple(party.other_cases)

    def set_fields_enabled(self, enabled: bool) -> None:
        """Enable or lock the person's fields (locked: the party is a person already entered)."""
        for w in (
            self.kind,
            self.name,
            self.id_type,
            self.id_number,
            self.uscc,
            self.legal_rep,
            self.phone,
            self.address,
        ):
            w.setEnabled(enabled)
        self.papers.set_enabled(enabled)

    # ---- inline validation ---------------------------------------------------------------------
    @staticmethod
    def _show(label: QLabel, exc: KnownError | None) -> None:
        label.setText(errors.message(exc) if exc is not None else "")
        label.setVisible(exc is not None)

    def _is_resident_id(self) -> bool:
        return self.id_type.currentData() == IdType.RESIDENT_ID.value

    def _id_changed(self, _text: str) -> None:
        self._existing_id = None
        self._check_id(final=False)

    def _check_id(self, *, final: bool) -> bool:
        """Validate the ID number; while typing, a short number is not an error yet."""
        text = normalize_id(self.id_number.text())
        self.juvenile_notice.setVisible(False)
        if not text or not self._is_resident_id():
            self._show(self.id_message, None)
            return True
        try:
            rid = parse_resident_id(text)
        except ValidationError as exc:
            typing_short = exc.code == "id.length" and len(text) < 18 and not final
            self._show(self.id_message, None if typing_short else exc)
            return False
        self._show(self.id_message, None)
        today = utcnow().astimezone(SHANGHAI).date()
        age = age_on(rid.birth_date, today)
        if age < 18:
            self.juvenile_notice.setText(
                self.tr(
                    "Under 18 (age %1): the case will be marked juvenile and needs a guardian "
                    "or an appropriate adult. Add them as the next party."
                ).replace("%1", str(age))
            )
            self.juvenile_notice.setVisible(True)
        self._look_up()
        return True

    def _check_phone(self, *, final: bool) -> bool:
        text = self.phone.text().strip()
        if not text:
            self._show(self.phone_message, None)
            return True
        try:
            normalize_phone(text)
        except ValidationError as exc:
            digits = sum(ch.isdigit() for ch in text)
            self._show(self.phone_message, exc if final or digits >= 11 else None)
            return False
        self._show(self.phone_message, None)
        if final:
            self._look_up()
        return True

    def _check_uscc(self, *, final: bool) -> bool:
        text = normalize_uscc(self.uscc.text())
        if not text:
            self._show(self.uscc_message, None)
            return True
        try:
            validate_uscc(text)
        except ValidationError as exc:
            self._show(self.uscc_message, exc if final or len(text) >= 18 else None)
            return False
        self._show(self.uscc_message, None)
        return True

    # ---- existing persons ----------------------------------------------------------------------
    def _look_up(self) -> None:
        """Offer an existing record the user may see with the same ID number, or name and phone."""
        id_number = self.id_number.text() if not self.is_organisation() else ""
        name, phone = self.name.text(), self.phone.text()
        if not id_number.strip() and not (name.strip() and phone.strip()):
            self.match_box.setVisible(False)
            return
        # indexed lookups, well under 100 ms; the service hides persons the user may not see
        found = look_up(self._ctx.db, self._ctx.actor, id_number=id_number, name=name, phone=phone)
        match = found[0] if found else None
        if match is None or match.person_id == self._existing_id:
            self.match_box.setVisible(match is not None)
            if match is None:
                self._match = None
            return
        self._match = match
        cases = match.case_numbers
        numbers = "、".join(cases[:3]) + ("…" if len(cases) > 3 else "")
        text = self.tr("Already on record: %1 (%2), party to %3 case(s): %4")
        self.match_label.setText(
            text.replace("%1", match.name)
            .replace("%2", match.masked_id)
            .replace("%3", str(len(cases)))
            .replace("%4", numbers or "—")
        )
        self.use_match.setEnabled(True)
        self.match_box.setVisible(True)

    def _use_match(self) -> None:
        match = self._match
        self._existing_id = match.person_id if match is not None else None
        if match is not None:
            self._other_cases = match.case_numbers
            self.name.setText(match.name)
            if not self.address.text():
                self.address.setText(match.address)
            self.use_match.setEnabled(False)
            self.match_label.setText(self.match_label.text() + " ✓")

    # ---- add -----------------------------------------------------------------------------------
    def draft(self) -> PartyDraft | None:
        """The entered party, or None (and messages shown) when something is invalid."""
        ok = self._check_phone(final=True)
        if self.is_organisation():
            ok = self._check_uscc(final=True) and ok
        else:
            ok = self._check_id(final=True) and ok
        if not self.name.text().strip():
            ok = False
            self.name.setFocus()
        if not ok:
            return None
        role = PartyRole(self.role.currentData())
        if self.is_organisation():
            person = PersonInput(
                name=self.name.text().strip(),
                kind=PersonKind.ORGANISATION,
                id_type=None,
                uscc=self.uscc.text(),
                phone=self.phone.text(),
                address=self.address.text(),
                legal_rep=self.legal_rep.text(),
                existing_person_id=self._existing_id,
            )
            self.papers.fill(person, organisation=True)
            return PartyDraft(role, person, power_of_attorney=self.papers.power_of_attorney.isChecked())
        person = PersonInput(
            name=self.name.text().strip(),
            id_type=IdType(self.id_type.currentData()),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            existing_person_id=self._existing_id,
        )
        juvenile = False
        if person.id_number.strip() and self._is_resident_id():
            birth: date = parse_resident_id(person.id_number).birth_date
            juvenile = age_on(birth, utcnow().astimezone(SHANGHAI).date()) < 18
        cases = self._other_cases if self._existing_id else ()
        self.papers.fill(person, organisation=False)
        return PartyDraft(
            role,
            person,
            juvenile=juvenile,
            other_cases=cases,
            power_of_attorney=self.papers.power_of_attorney.isChecked(),
        )

    def try_add(self) -> None:
        party = self.draft()
        if party is not None:
            self.added.emit(party)
            self.clear()
            self.name.setFocus()
