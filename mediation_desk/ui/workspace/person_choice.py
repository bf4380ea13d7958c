"""Pick a person already on the case (or "a new person") for a guardian, appropriate adult or agent.

Choosing someone on the case fills and locks the name, ID and phone fields and hands the service
that person's record (``existing_person_id``), so the case keeps one record of a parent who is
both a party and the child's guardian.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...domain.idcard import mask_id
from ...domain.phone import display_phone
from ...services.inputs import PersonInput
from ..messages import labels


class PartyRow(Protocol):
    """What the choice reads of a party row of the case (the workspace's loaded detail)."""

    person_id: int
    name: str
    role: str
    id_number: str
    phone: str


class PersonChoice(QComboBox):
    """ "A new person (enter below)" or one of the case's people (each person once).

    Args:
        people: The case's parties.
        excluded: Person ids not offered (the ward themself).
    """

    def __init__(self, people: Sequence[PartyRow], excluded: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personChoice")
        self._people: dict[int, PartyRow] = {}
        self.addItem(self.tr("A new person (enter below)"), None)
        for p in people:
            if p.person_id in excluded or p.person_id in self._people:
                continue
            self._people[p.person_id] = p
            self.addItem(f"{p.name}（{labels.label(labels.party_roles, p.role)}）", p.person_id)
        self._fields: tuple[QLineEdit, ...] = ()
        self.currentIndexChanged.connect(lambda _i: self._sync())

    def bind(self, name: QLineEdit, id_number: QLineEdit, phone: QLineEdit) -> None:
        """The fields to fill and lock while someone on the case is chosen."""
        self._fields = (name, id_number, phone)

    def select(self, person_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(person_id)))

    def _sync(self) -> None:
        row = self._people.get(self.currentData())
        if row is not None:
            values = (
                row.name,
                mask_id(row.id_number) if row.id_number else "",
                display_phone(row.phone) if row.phone else "",
            )
        for i, field in enumerate(self._fields):
            if row is not None:
                field.setText(values[i])
            elif not field.isEnabled():  # back to "a new person": clear what the choice filled in
                field.clear()
            field.setEnabled(row is None)

    def chosen(self) -> PersonInput | None:
        """The chosen person as the service takes them, or None for a new person."""
        row = self._people.get(self.currentData())
        if row is None:
            return None
        return PersonInput(name=row.name, id_type=None, existing_person_id=row.person_id)
