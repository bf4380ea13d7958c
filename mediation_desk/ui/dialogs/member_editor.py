"""Add or edit a committee member of the directory (调解委员会成员), with inline validation.

The phone and ID number are checked as they are typed (an error appears once the input is
long enough to judge, or when the field is left), like the intake dialog. Saving goes through
:mod:`mediation_desk.services.directory`; a refusal keeps the dialog open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import KnownError, ValidationError
from ...domain.idcard import normalize_id, parse_resident_id
from ...domain.phone import display_phone, normalize_phone
from ...services import directory
from ...services.base import Actor, Changes
from ...services.directory import MemberInput
from ...services.directory_read import MemberForm, member_form
from .. import errors
from ..context import AppContext
from ..formatting import masked_id
from ..messages import labels
from .person_editor import ERROR_STYLE

if TYPE_CHECKING:  # pragma: no cover
    from ...store.database import Database

T = TypeVar("T")


def message_label(name: str) -> QLabel:
    """A red line under a field, hidden until the field's input is refused."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def with_message(edit: QWidget, message: QLabel) -> QWidget:
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(2)
    col.addWidget(edit)
    col.addWidget(message)
    return box


def check_field(edit: QLineEdit, label: QLabel, check: Callable[[str], object], *, ready: bool) -> bool:
    """Run ``check`` on the text; show its error when ``ready`` (long enough or field left)."""
    text = edit.text().strip()
    try:
        if text:
            check(text)
    except ValidationError as exc:
        label.setText(errors.message(exc))
        label.setVisible(ready)
        return False
    label.setVisible(False)
    return True


def phone_ready(text: str, final: bool) -> bool:
    return final or sum(ch.isdigit() for ch in text) >= 11


def check_phone(edit: QLineEdit, label: QLabel, *, final: bool) -> bool:
    """:func:`check_field` for a phone number (judged at 11 digits, or when the field is left)."""
    return check_field(edit, label, normalize_phone, ready=phone_ready(edit.text(), final))


def finish_editor(
    dialog: QDialog, form: QFormLayout, message: QLabel, save: Callable[[], None]
) -> QDialogButtonBox:
    """Lay out a directory editor: the form, its message line, Save and Cancel; returns the buttons."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("M") * 40)
    return buttons


def name_missing(name: QLineEdit, message: QLabel, text: str) -> bool:
    """Whether the name is blank (then ``message`` says ``text`` and the cursor goes there)."""
    if name.text().strip():
        return False
    message.setText(text)
    message.setVisible(True)
    name.setFocus()
    return True


def save_record(
    ctx: AppContext,
    message: QLabel,
    record_id: int | None,
    value: T,
    add: Callable[[Database, Actor, T], directory.Saved],
    update: Callable[..., Changes],
    version: int | None = None,
) -> int | None:
    """Add ``value`` (``record_id`` None) or update the record through a directory service.

    ``version``: the record's ``row_version`` when the dialog read it (a save based on an older
    version is refused with "changed by X at T"). The changes are published on the bus. A refusal
    (a KnownError: bad input, a role that may not change the directory) is shown in ``message``
    and nothing is returned, so the dialog stays open with what was typed.

    Returns:
        The id of the saved record, or None when the service refused.
    """
    try:
        if record_id is None:
            result = add(ctx.db, ctx.actor, value)
            record_id, changes = result.id, result.changes
        else:
            changes = update(ctx.db, ctx.actor, record_id, value, expected_version=version)
    except KnownError as exc:
        message.setText(errors.message(exc))
        message.setVisible(True)
        return None
    ctx.bus.publish(changes)
    return record_id


class MemberEditor(QDialog):
    """Name, committee role, organisation, phone, ID number (optional), post.

    Args:
        ctx: The application context (the actor must be allowed to manage the directory).
        person_id: The member to edit; None adds a new one.

    Signals:
        saved(int): the member's person id, after the service saved it.
        loaded(): the organisations and the member's record are shown (read off the UI thread).
    """

    saved = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberEditor")
        self._ctx = ctx
        self.person_id = person_id
        self.version: int | None = None  # of the person record shown
        new = person_id is None
        self.setWindowTitle(self.tr("Add committee member") if new else self.tr("Edit committee member"))
        self.name = QLineEdit(objectName="memberName")
        self.role = QComboBox(objectName="memberRole")
        for code, text in labels.committee_roles().items():
            self.role.addItem(text, code)
        self.organisation = QComboBox(objectName="memberOrganisation")
        self.organisation.addItem(self.tr("(none)"), None)
        self.phone = QLineEdit(objectName="memberPhone")
        self.phone.setPlaceholderText("138 1234 5678")
        self.phone_message = message_label("memberPhoneMessage")
        self.id_number = QLineEdit(objectName="memberIdNumber")
        self.id_number.setPlaceholderText(self.tr("Optional"))
        self.id_message = message_label("memberIdMessage")
        self.title = QLineEdit(objectName="memberTitle")
        self.title.setPlaceholderText(self.tr("e.g. judge of the civil division, social worker"))
        self.message = message_label("memberMessage")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Phone"), with_message(self.phone, self.phone_message))
        form.addRow(self.tr("ID number"), with_message(self.id_number, self.id_message))
        form.addRow(self.tr("Post"), self.title)
        self.buttons = finish_editor(self, form, self.message, self.save)

        self.phone.textChanged.connect(lambda _t: self._check_phone(final=False))
        self.phone.editingFinished.connect(lambda: self._check_phone(final=True))
        self.id_number.textChanged.connect(lambda _t: self._check_id(final=False))
        self.id_number.editingFinished.connect(lambda: self._check_id(final=True))
        self._load()

    def _load(self) -> None:
        """Read the organisations and the member on the database worker; :meth:`_fill` shows them."""
        self.buttons.setEnabled(False)  # nothing to save until the record is shown
        person_id = self.person_id
        self._ctx.read(lambda db, actor: member_form(db, actor, person_id), self._fill, self._refused)

    def _fill(self, form: MemberForm) -> None:
        for oid, name in form.organisations:
            self.organisation.addItem(name, oid)
        person = form.member
        if person is not None:
            self.version = person.version
            self.name.setText(person.name)
            self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(person.organisation_id)))
            self.phone.setText(display_phone(person.phone) if person.phone else "")
            self.title.setText(person.title)
            if person.id_number:  # not shown in full: typing a new number replaces it
                self.id_number.setPlaceholderText(masked_id(person.id_number))
        self.buttons.setEnabled(True)
        self.loaded.emit()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.message.setText(errors.message(exc))
        self.message.setVisible(True)
        self.loaded.emit()

    # ---- inline validation -----------------------------------------------------------------------
    def _check_phone(self, *, final: bool) -> bool:
        return check_phone(self.phone, self.phone_message, final=final)

    def _check_id(self, *, final: bool) -> bool:
        ready = final or len(normalize_id(self.id_number.text())) >= 18
        return check_field(self.id_number, self.id_message, parse_resident_id, ready=ready)

    # ---- save -------------------------------------------------------------------------------------
    def member(self) -> MemberInput | None:
        """The typed member, or None (messages shown, cursor in the first bad field)."""
        ok_id = self._check_id(final=True)
        ok_phone = self._check_phone(final=True)
        if name_missing(self.name, self.message, self.tr("Enter the name.")):
            return None
        if not ok_phone or not ok_id:
            (self.phone if not ok_phone else self.id_number).setFocus()
            return None
        return MemberInput(
            name=self.name.text(),
            role=str(self.role.currentData()),
            organisation_id=self.organisation.currentData(),
            phone=self.phone.text(),
            id_number=self.id_number.text(),
            title=self.title.text(),
        )

    def save(self) -> None:
        member = self.member()
        if member is None:
            return
        saved = save_record(
            self._ctx,
            self.message,
            self.person_id,
            member,
            directory.add_member,
            directory.update_member,
            self.version,
        )
        if saved is not None:
            self.person_id = saved
            self.saved.emit(saved)
            self.accept()
