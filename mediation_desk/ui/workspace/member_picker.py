"""The member picker: search the directory by name, role, organisation or post, tick several
members at once (each with their open-case load), choose the chief mediator explicitly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.enums import CommitteeRole, Stage
from ...domain.errors import KnownError
from ...domain.recusal import CHIEF_ROLES
from ...services.committee import MemberChoice, MemberPick
from ..messages import labels
from ..models.rows import RowsModel
from . import wlabels
from .common import from_qdate, make_table, to_qdate, today
from .dialogs import FormDialog
from .person_choice import PartyRow

DEFAULT_STAGES = (Stage.MEDIATION, Stage.AGREEMENT, Stage.PERFORMANCE)
_Index = QModelIndex | QPersistentModelIndex


def matches(row: MemberChoice, text: str) -> bool:
    """Whether every word of ``text`` is in the member's name, role (code or words), organisation or post."""
    hay = " ".join(
        [row.name, row.role, labels.label(labels.committee_roles, row.role), row.organisation, row.post]
    ).casefold()
    return all(word in hay for word in text.casefold().split())


class ChoicesModel(RowsModel):
    """Directory members with a tick in the first column (``picked``: the ticked members by id).

    A click on a row (or Space) ticks it; the tick is shown, not edited, so one click is one toggle.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picked: dict[int, MemberChoice] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("Post"),
            self.tr("Open cases"),
        ]

    def value(self, row: MemberChoice, column: int) -> str:
        return [
            row.name,
            labels.label(labels.committee_roles, row.role),
            row.organisation,
            row.post,
            str(row.open_cases),
        ][column]

    def sort_key(self, row: MemberChoice, column: int) -> Any:
        return row.open_cases if column == 4 else self.value(row, column)

    def alignment(self, column: int) -> Any:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column == 4 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row_at(index.row())
            return Qt.CheckState.Checked if row.person_id in self.picked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def toggle(self, row: int, on: bool | None = None) -> None:
        member = self.row_at(row)
        if member is None:
            return
        on = member.person_id not in self.picked if on is None else on
        if on:
            self.picked[member.person_id] = member
        else:
            self.picked.pop(member.person_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0), [Qt.ItemDataRole.CheckStateRole])


class AssignDialog(FormDialog):
    """Pick members from the directory, their stages and the chief mediator; recusal override.

    Args:
        directory: The active members (:func:`mediation_desk.services.committee.member_choices`).
        parties: The case's parties (to name them in a recusal conflict).
        chief: The current chief mediator's name ("" when the case has none).
        on_case: Person ids already on the case (not offered again).
    """

    def __init__(
        self,
        directory: list[MemberChoice],
        parties: Sequence[PartyRow],
        chief: str = "",
        on_case: frozenset[int] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign committee members"))
        self.parties = {p.person_id: p for p in parties}
        self.directory = [m for m in directory if m.person_id not in on_case]
        self.roles: dict[int, CommitteeRole] = {}
        self.search = QLineEdit(self)
        self.search.setObjectName("memberSearch")
        self.search.setPlaceholderText(self.tr("Search by name, role, organisation or post"))
        self.search.setClearButtonEnabled(True)
        self.model = ChoicesModel(self)
        self.view = make_table(self.model, self, stretch=2)
        self.view.setObjectName("memberChoices")
        self.view.setMinimumHeight(self.fontMetrics().height() * 9)
        self.view.clicked.connect(self._clicked)
        self.picked_label = QLabel(self)
        self.picked_label.setObjectName("pickedMembers")
        self.picked_label.setWordWrap(True)
        self.role = QComboBox(self)
        self.role.setObjectName("pickRole")
        for code, text in labels.committee_roles().items():
            self.role.addItem(text, code)
        self.role.activated.connect(self._role_chosen)
        self.chief = QComboBox(self)
        self.chief.setObjectName("chiefChoice")
        self._chief_keep = (
            self.tr("Keep {name}").format(name=chief)
            if chief
            else self.tr("No chief mediator yet — choose one")
        )
        self.stages: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (code, text) in enumerate(wlabels.stages().items()):
            box = QCheckBox(text, self)
            box.setChecked(code in DEFAULT_STAGES)
            self.stages[code] = box
            grid.addWidget(box, i // 4, i % 4)
        stage_widget = QWidget(self)
        stage_widget.setLayout(grid)
        self.from_date = QDateEdit(to_qdate(today()), self)
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("yyyy-MM-dd")
        self.conflict = QLabel(self)
        self.conflict.setObjectName("recusalConflict")
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet("color: #b00020;")
        self.override = QPlainTextEdit(self)
        self.override.setObjectName("overrideReason")
        self.override.setFixedHeight(54)
        self.override.setTabChangesFocus(True)
        self.override_label = QLabel(self.tr("Override reason"), self)
        self.form.addRow(self.search)
        self.form.addRow(self.view)
        self.form.addRow(self.tr("Selected"), self.picked_label)
        self.form.addRow(self.tr("Role on the case"), self.role)
        self.form.addRow(self.tr("Chief mediator"), self.chief)
        self.form.addRow(self.tr("Stages"), stage_widget)
        self.form.addRow(self.tr("From"), self.from_date)
        self.form.addRow(self.conflict)
        self.form.addRow(self.override_label, self.override)
        for widget in (self.conflict, self.override, self.override_label):
            widget.hide()
        self.setMinimumWidth(640)
        self.search.textChanged.connect(self._filter)
        self.model.dataChanged.connect(lambda *_: self._picked_changed())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_role())
        self._filter()
        self._picked_changed()

    # ---- picking --------------------------------------------------------------------------------
    def _filter(self) -> None:
        text = self.search.text()
        self.model.set_rows([m for m in self.directory if matches(m, text)])
        if self.model.rowCount():
            self.view.selectRow(0)

    def _clicked(self, index: QModelIndex) -> None:
        self.model.toggle(index.row())  # a click anywhere on the row ticks or unticks it

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Space and self.view.hasFocus():
            self.model.toggle(self.view.currentIndex().row())
            return
        super().keyPressEvent(event)

    def _role_of(self, member: MemberChoice) -> CommitteeRole:
        if member.person_id in self.roles:
            return self.roles[member.person_id]
        try:
            return CommitteeRole(member.role)
        except ValueError:
            return CommitteeRole.INVITED

    def _current(self) -> MemberChoice | None:
        row = self.model.row_at(self.view.currentIndex().row())
        return row if isinstance(row, MemberChoice) else None

    def _show_role(self) -> None:
        member = self._current()
        if member is not None:
            self.role.setCurrentIndex(self.role.findData(self._role_of(member).value))

    def _role_chosen(self) -> None:
        member = self._current()
        if member is not None:
            self.roles[member.person_id] = CommitteeRole(self.role.currentData())
            self.model.toggle(self.view.currentIndex().row(), True)

    def _picked_changed(self) -> None:
        picked = list(self.model.picked.values())
        self.picked_label.setText(
            "、".join(
                f"{m.name}（{labels.label(labels.committee_roles, self._role_of(m).value)}）" for m in picked
            )
            or self.tr("Tick one or more members in the list.")
        )
        current = self.chief.currentData()
        self.chief.clear()
        self.chief.addItem(self._chief_keep, None)
        for m in picked:
            if self._role_of(m).value in CHIEF_ROLES:
                self.chief.addItem(self.tr("Make {name} chief mediator").format(name=m.name), m.person_id)
        self.chief.setCurrentIndex(max(0, self.chief.findData(current)))

    # ---- the API the tab and the tests use ---------------------------------------------------------
    def select_person(self, person_id: int) -> None:
        """Tick ``person_id`` (clearing the search first if it hides them)."""
        if not self._tick(person_id):
            self.search.clear()
            self._tick(person_id)

    def _tick(self, person_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).person_id == person_id:
                self.view.selectRow(row)
                self.model.toggle(row, True)
                return True
        return False

    def select_role(self, role: CommitteeRole) -> None:
        """Give the highlighted member ``role`` on this case."""
        self.role.setCurrentIndex(self.role.findData(role.value))
        self._role_chosen()

    def select_chief(self, person_id: int | None) -> None:
        self.chief.setCurrentIndex(self.chief.findData(person_id))

    def collect(self) -> dict[str, Any] | None:
        picked = list(self.model.picked.values())
        if not picked:
            self.show_error(self.tr("Tick at least one member in the list."), self.view)
            return None
        stages = [Stage(code) for code, box in self.stages.items() if box.isChecked()]
        if not stages:
            self.show_error(self.tr("Choose at least one stage."))
            return None
        return {
            "picks": [MemberPick(m.person_id, self._role_of(m)) for m in picked],
            "stages": stages,
            "from_date": from_qdate(self.from_date.date()),
            "chief_person_id": self.chief.currentData(),
            "override_reason": self.override.toPlainText().strip() if self.override.isVisible() else "",
        }

    def failed(self, exc: object = None) -> bool:
        super().failed(exc)
        if isinstance(exc, KnownError) and exc.code == "recusal.conflict":
            member = self.model.picked.get(exc.params.get("person_id"))  # type: ignore[arg-type]
            who = member.name if member else ""
            reasons = []
            for c in exc.params.get("conflicts", []):
                kind = wlabels.name(wlabels.conflict_kinds(), str(c.get("kind")))
                party = self.parties.get(c.get("party_id"))  # type: ignore[arg-type]
                reasons.append(
                    f"{who} {kind} {party.name}" if party and c.get("kind") != "is_party" else f"{who} {kind}"
                )
            self.conflict.setText(
                self.tr("Conflict of interest:")
                + "\n"
                + "\n".join(dict.fromkeys(reasons))
                + "\n"
                + self.tr("Record why the member may still take part, or untick them.")
            )
            for widget in (self.conflict, self.override, self.override_label):
                widget.show()
            self.override.setFocus()
            return True
        return False
