"""The parties tab of the intake dialog: the list, the editor, editing in place, guardians and agents.

A party in the list is edited in place (select it, "Edit party" or double-click: the editor
shows it, "Update party" puts it back where it was). The role box keeps what the user chose.
A guardian, appropriate adult or agent says whom they act for ("For"), and may be a person
already entered ("Person": a parent who applies for the family and is the child's guardian) —
the case then holds one record of that person, not two.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import PRINCIPAL_ROLES, PROTECTOR_ROLES, PartyRole
from ..context import AppContext
from ..formatting import masked_id, phone
from ..messages import labels
from ..models.rows import Column, RowsModel
from ..widgets import OpeningTableView
from .person_editor import PartyDraft, PersonEditor

ACTING_ROLES = frozenset(PROTECTOR_ROLES) | {PartyRole.AGENT}


class PartiesPanel(QWidget):
    """The parties being entered (``parties``), with the editor beside them.

    Signals:
        changed(): a party was added, updated or removed (the dialog clears its message).
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parties: list[PartyDraft] = []
        self.editing: int | None = None
        roles = labels.party_roles()
        self.model: RowsModel[PartyDraft] = RowsModel(
            self,
            columns=[
                Column(self.tr("Role"), lambda p: roles.get(p.role.value, p.role.value)),
                Column(self.tr("Name"), lambda p: p.person.name),
                Column(
                    self.tr("ID number / credit code"),
                    lambda p: masked_id(p.person.id_number or p.person.uscc),
                ),
                Column(self.tr("Phone"), lambda p: phone(p.person.phone) if p.person.phone else ""),
                Column(self.tr("Note"), self._note),
            ],
            row_id=lambda p: self.parties.index(p),
        )
        self.view = OpeningTableView()
        self.view.setObjectName("intakeParties")
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        fm = self.fontMetrics()
        for col, sample in enumerate(("被申请人人", "欧阳明明明", "110105********1234 ", "138 1234 5678 ")):
            self.view.setColumnWidth(col, fm.horizontalAdvance(sample) + 20)
        self.edit_button = QPushButton(self.tr("Edit party"))
        self.edit_button.setObjectName("editParty")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove party"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.editor = PersonEditor(ctx)
        self.editor.added.connect(self._put)
        self.cancel_edit = QPushButton(self.tr("Cancel edit"))
        self.cancel_edit.setObjectName("cancelEdit")
        self.cancel_edit.clicked.connect(self.stop_editing)
        self.cancel_edit.hide()
        self.same_as = QComboBox()
        self.same_as.setObjectName("samePerson")
        self.same_as.activated.connect(self._same_person_chosen)
        self.acting_for = QComboBox()
        self.acting_for.setObjectName("actingFor")
        links = self._links = self.editor.form  # under the role: who the person is, whom they act for
        links.insertRow(1, self.tr("Person"), self.same_as)
        links.insertRow(2, self.tr("For"), self.acting_for)
        self.editor.button_row.insertWidget(1, self.cancel_edit)
        self.editor_box = QGroupBox(self.tr("Add a party"))
        QVBoxLayout(self.editor_box).addWidget(self.editor)
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.editor_box, 2)
        self.editor.role.currentIndexChanged.connect(lambda _i: self._refresh_links())
        self._refresh_links()

    # ---- notes and links ---------------------------------------------------------------------------
    def _note(self, p: PartyDraft) -> str:
        notes = []
        if p.juvenile:
            notes.append(self.tr("under 18"))
        if p.guardian_of is not None and 0 <= p.guardian_of < len(self.parties):
            notes.append(self.tr("guardian of %1").replace("%1", self.parties[p.guardian_of].person.name))
        if p.agent_for is not None and 0 <= p.agent_for < len(self.parties):
            notes.append(self.tr("agent for %1").replace("%1", self.parties[p.agent_for].person.name))
        if p.same_as is not None and 0 <= p.same_as < len(self.parties):
            notes.append(
                self.tr("same person as the %1").replace(
                    "%1", labels.label(labels.party_roles, self.parties[p.same_as].role.value)
                )
            )
        if p.person.existing_person_id is not None:
            notes.append(self.tr("existing record, %1 other case(s)").replace("%1", str(len(p.other_cases))))
        return "; ".join(notes)

    def unguarded_juveniles(self) -> list[int]:
        guarded = {p.guardian_of for p in self.parties if p.role in PROTECTOR_ROLES}
        return [i for i, p in enumerate(self.parties) if p.juvenile and i not in guarded]

    def _others(self) -> list[tuple[int, PartyDraft]]:
        """The parties a new or edited party may refer to (not itself, not a later copy of it)."""
        return [(i, p) for i, p in enumerate(self.parties) if i != self.editing and p.same_as is None]

    def _refresh_links(self) -> None:
        """Show "Person" and "For" for a guardian, appropriate adult or agent; fill their choices."""
        role = PartyRole(self.editor.role.currentData())
        acting = role in ACTING_ROLES and bool(self.parties)
        for field in (self.same_as, self.acting_for):
            self._links.setRowVisible(field, acting)
        kept_same, kept_for = self.same_as.currentData(), self.acting_for.currentData()
        self.same_as.clear()
        self.same_as.addItem(self.tr("A new person (enter below)"), None)
        self.acting_for.clear()
        for i, p in self._others():
            text = f"{labels.label(labels.party_roles, p.role.value)} {p.person.name}"
            self.same_as.addItem(text, i)
            if p.role in PRINCIPAL_ROLES:
                self.acting_for.addItem(text, i)
        self.same_as.setCurrentIndex(max(0, self.same_as.findData(kept_same)))
        default = kept_for
        waiting = self.unguarded_juveniles()
        if role in PROTECTOR_ROLES and waiting and kept_for not in waiting:
            default = waiting[0]  # a guardian is for the child who still needs one
        self.acting_for.setCurrentIndex(max(0, self.acting_for.findData(default)))
        if not acting and self.same_as.currentData() is not None:
            self.same_as.setCurrentIndex(0)
            self._same_person_chosen()

    def _same_person_chosen(self) -> None:
        index = self.same_as.currentData()
        if index is None:
            self.editor.set_fields_enabled(True)
            return
        source = self.parties[index]
        role = self.editor.role.currentData()
        self.editor.load(replace(source, role=PartyRole(role)))
        self.editor.set_fields_enabled(False)

    # ---- add, update, remove -------------------------------------------------------------------
    def _put(self, party: Any) -> None:
        assert isinstance(party, PartyDraft)
        if party.role in ACTING_ROLES and self.parties:
            target = self.acting_for.currentData()
            party.guardian_of = target if party.role in PROTECTOR_ROLES else None
            party.agent_for = target if party.role == PartyRole.AGENT else None
            party.same_as = self.same_as.currentData()
            if party.same_as is not None:
                source = self.parties[party.same_as]
                party = replace(
                    party, person=source.person, juvenile=source.juvenile, other_cases=source.other_cases
                )
        if self.editing is not None and 0 <= self.editing < len(self.parties):
            row = self.editing
            self.parties[row] = party
            for p in self.parties:  # a later party that is the same person follows the edit
                if p.same_as == row:
                    p.person = party.person
        else:
            self.parties.append(party)
        self.stop_editing()
        self.model.set_rows(self.parties)
        self.changed.emit()

    def edit_selected(self) -> None:
        """Load the selected party into the editor; "Update party" puts it back in its place."""
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.parties):
            return
        self.editing = row
        party = self.parties[row]
        self.editor.load(party)
        self._refresh_links()
        target = party.guardian_of if party.guardian_of is not None else party.agent_for
        self.acting_for.setCurrentIndex(max(0, self.acting_for.findData(target)))
        self.same_as.setCurrentIndex(max(0, self.same_as.findData(party.same_as)))
        self.editor.set_fields_enabled(party.same_as is None)
        self.editor.add_button.setText(self.tr("Update party"))
        self.editor_box.setTitle(self.tr("Edit party %1").replace("%1", party.person.name))
        self.cancel_edit.show()
        self.editor.name.setFocus()

    def stop_editing(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.editor.clear()
        self.editor.set_fields_enabled(True)
        self.editor.add_button.setText(self.tr("Add party"))
        self.editor_box.setTitle(self.tr("Add a party"))
        self.cancel_edit.hide()
        self.same_as.setCurrentIndex(0)
        self._refresh_links()

    def remove_selected(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.parties):
            return
        del self.parties[row]

        def shift(ref: int | None) -> int | None:
            return None if ref is None or ref == row else ref - (ref > row)

        for p in self.parties:
            p.guardian_of, p.agent_for, p.same_as = shift(p.guardian_of), shift(p.agent_for), shift(p.same_as)
        self.stop_editing()
        self.model.set_rows(self.parties)
        self.changed.emit()
