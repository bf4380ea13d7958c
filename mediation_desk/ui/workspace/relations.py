"""回避关系 Relations for the recusal check, on the Committee tab: how a committee member (or anyone
in the directory) is related to a party of the case — 亲属, 同事, 雇佣, 代理人… — recorded, shown in
words, removed when entered by mistake. Assigning a related member then asks for an override.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import committee, relations
from ...services.committee import MemberChoice
from ...services.relations import RelationRow
from ..messages import labels
from ..models.rows import RowsModel
from .common import make_table, selected_row, today
from .dialogs import FormDialog
from .person_choice import PartyRow

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


class RelationsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Person"), self.tr("Relation"), self.tr("Party"), self.tr("Note")]

    def value(self, row: RelationRow, column: int) -> str:
        kind = labels.label(labels.relation_kinds, row.kind)
        return [row.person_name, kind, row.other_name, row.note][column]


class RelationDialog(FormDialog):
    """A member of the directory, the relation (in words), the party, a note."""

    def __init__(
        self, members: Sequence[MemberChoice], parties: Sequence[PartyRow], parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setObjectName("relationDialog")
        self.setWindowTitle(self.tr("Record a relation (recusal)"))
        self.member = QComboBox(self)
        self.member.setObjectName("relationMember")
        for m in members:
            role = labels.label(labels.committee_roles, m.role)
            where = f"，{m.organisation}" if m.organisation else ""
            self.member.addItem(f"{m.name}（{role}{where}）", m.person_id)
        self.kind = QComboBox(self)
        self.kind.setObjectName("relationKind")
        for code, text in labels.relation_kinds().items():
            if code != "is_party":
                self.kind.addItem(text, code)
        self.party = QComboBox(self)
        self.party.setObjectName("relationParty")
        seen: set[int] = set()
        for p in parties:
            if p.person_id not in seen:
                seen.add(p.person_id)
                self.party.addItem(f"{p.name}（{labels.label(labels.party_roles, p.role)}）", p.person_id)
        self.note = QLineEdit(self)
        self.note.setObjectName("relationNote")
        self.note.setPlaceholderText(self.tr("e.g. cousins; same employer"))
        self.form.addRow(self.tr("Member"), self.member)
        self.form.addRow(self.tr("Relation"), self.kind)
        self.form.addRow(self.tr("Party"), self.party)
        self.form.addRow(self.tr("Note"), self.note)

    def select(self, member_id: int, kind: str, party_person_id: int) -> None:
        self.member.setCurrentIndex(self.member.findData(member_id))
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.party.setCurrentIndex(self.party.findData(party_person_id))

    def collect(self) -> dict[str, Any] | None:
        if self.member.currentData() is None or self.party.currentData() is None:
            self.show_error(self.tr("Choose the member and the party."), self.member)
            return None
        return {
            "person_id": int(self.member.currentData()),
            "other_person_id": int(self.party.currentData()),
            "kind": str(self.kind.currentData()),
            "note": self.note.text().strip(),
        }


class RelationsBox(QGroupBox):
    """The relations touching the case's parties, with "Record relation…" and "Remove"."""

    def __init__(self, ws: CaseWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Relations with the parties (recusal)"))
        self.ws = ws
        self.dialog: RelationDialog | None = None
        self.model = RelationsModel(self)
        self.view = make_table(self.model, self, stretch=3)
        self.view.setObjectName("relationsView")
        self.add_button = QPushButton(self.tr("Record relation…"), self)
        self.add_button.setObjectName("addRelation")
        self.add_button.clicked.connect(self.open_relation)
        self.remove_button = QPushButton(self.tr("Remove relation"), self)
        self.remove_button.setObjectName("removeRelation")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        """Read the case's relations in the background."""
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        self._load(lambda: relations.case_relations(db, actor, case_id), self.model.set_rows)

    def _load(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        self.ws.ctx.tasks.run(work, on_success=then)

    def open_relation(self) -> None:
        """Load the directory in the background, then open the dialog (``self.dialog``)."""
        db, actor = self.ws.ctx.db, self.ws.ctx.actor
        self._load(lambda: committee.member_choices(db, actor, today=today()), self._show_dialog)

    def _show_dialog(self, members: list[MemberChoice]) -> None:
        detail = self.ws.detail
        dialog = RelationDialog(members, list(detail.parties) if detail else [], self)
        dialog.on_submit = self._submit
        self.dialog = dialog
        dialog.open()

    def _submit(self, values: dict[str, Any], dialog: FormDialog) -> None:
        db, actor = self.ws.ctx.db, self.ws.ctx.actor

        def done(result: object) -> None:
            dialog.succeeded(result)
            self.refresh()

        self.ws.run(lambda: relations.add_relation(db, actor, **values), done=done, failed=dialog.failed)

    def remove_selected(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        db, actor, rid = self.ws.ctx.db, self.ws.ctx.actor, row.id
        self.ws.run(lambda: relations.remove_relation(db, actor, rid), done=lambda _r: self.refresh())
