"""Administrator settings (管理设置): limits, dispute categories, organisation and number series, calendar.

Everything is stored in the database through :mod:`mediation_desk.services.admin_settings`;
reads and writes run in the task runner, refusals are shown next to the section that caused them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ConflictError, KnownError
from ...domain.limits import Limits
from ...domain.money import fen_to_text, parse_money
from ...services import admin_settings as admin
from ...services import policy
from ...services.settings_view import settings_view
from .. import errors
from ..context import AppContext
from ..messages import labels
from .admin_directory import DirectorySection
from .admin_lists import CalendarSection, CategoriesSection, Snapshot

MONEY_LIMITS = ("max_amount_fen", "lawyer_fee_max_fen")


def limit_units() -> dict[str, tuple[str, str]]:
    """Each limit's label and unit (the unit is shown as the spin box's suffix)."""
    days = QCoreApplication.translate("Admin", " days")
    wdays = QCoreApplication.translate("Admin", " working days")
    hours = QCoreApplication.translate("Admin", " hours")
    years = QCoreApplication.translate("Admin", " years")
    return {
        "mediation_days": (QCoreApplication.translate("Admin", "People's / lawyer mediation period"), days),
        "public_security_working_days": (
            QCoreApplication.translate("Admin", "Public-security mediation period"),
            wdays,
        ),
        "public_security_max_sessions": (
            QCoreApplication.translate("Admin", "Public-security mediation: at most"),
            QCoreApplication.translate("Admin", " sessions"),
        ),
        "acceptance_days": (QCoreApplication.translate("Admin", "Decide on acceptance within"), wdays),
        "judicial_confirmation_days": (
            QCoreApplication.translate("Admin", "Judicial confirmation window"),
            days,
        ),
        "follow_up_days": (
            QCoreApplication.translate("Admin", "Follow-up after a performance deadline"),
            days,
        ),
        "fast_track_hours": (QCoreApplication.translate("Admin", "48-hour fast track"), hours),
        "response_hours": (
            QCoreApplication.translate("Admin", "First contact (response rate) within"),
            hours,
        ),
        "hotline_reply_days": (
            QCoreApplication.translate("Admin", "12345 ticket: reply due within"),
            days,
        ),
        "due_soon_days": (QCoreApplication.translate("Admin", "Dashboard: due soon within"), days),
        "max_amount_fen": (
            QCoreApplication.translate("Admin", "Largest amount"),
            QCoreApplication.translate("Admin", "yuan"),
        ),
        "lawyer_fee_max_fen": (
            QCoreApplication.translate("Admin", "Highest lawyer-mediation fee"),
            QCoreApplication.translate("Admin", "yuan"),
        ),
        "juvenile_age": (QCoreApplication.translate("Admin", "Juvenile: under"), years),
        "guardian_present_age": (
            QCoreApplication.translate("Admin", "Public security: guardian must attend under"),
            years,
        ),
        "sensitive_age": (QCoreApplication.translate("Admin", "Sensitive data: under"), years),
        "reset_series_yearly": (
            QCoreApplication.translate("Admin", "Restart case numbers every January"),
            "",
        ),
    }


@dataclass(frozen=True)
class AdminData:
    limits: Limits
    org_name: str
    org_code: str
    type_codes: dict[str, str]
    lists: Snapshot
    #: the versions read of the limits, the organisation and the type codes (stale saves refused)
    versions: dict[str, int]


def load(ctx: AppContext) -> AdminData:
    """Everything the page shows (task runner: never on the UI thread)."""
    got = settings_view(ctx.db, ctx.actor, ctx.organisation_id)
    return AdminData(
        got.limits, got.org_name, got.org_code, got.type_codes, Snapshot.of(got), dict(got.versions)
    )


class AdminSettingsPage(QWidget):
    """Tabs: limits, categories, organisation and number series, working-day calendar, directory.

    Attributes:
        editors: the editor of each limit (QSpinBox, QLineEdit for amounts, QCheckBox).
        message: the line under the limits / organisation tabs (saved, or what was refused).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("adminSettingsPage")
        self.tabs = QTabWidget(self)
        self.editors: dict[str, QWidget] = {}
        self.loaded = False
        self.versions: dict[str, int] = {}
        limits_tab = QWidget()
        form = QFormLayout(limits_tab)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        names = limit_units()
        for f in fields(Limits):
            label, unit = names.get(f.name, (f.name, ""))
            if f.type in ("bool", bool):
                editor: QWidget = QCheckBox()
            elif f.name in MONEY_LIMITS:
                editor = QLineEdit()
                editor.setMinimumWidth(self.fontMetrics().horizontalAdvance("100000000.00") + 24)
                box = QWidget()
                row = QHBoxLayout(box)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(editor)
                row.addWidget(QLabel(unit))
            else:
                spin = QSpinBox()
                spin.setRange(0, 10_000)
                spin.setSuffix(unit)
                spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("10000" + unit) + 40)
                editor = spin
            editor.setObjectName(f"admin_limit_{f.name}")
            self.editors[f.name] = editor
            form.addRow(label, box if f.name in MONEY_LIMITS else editor)
        self.save_limits_button = QPushButton(self.tr("Save limits"))
        self.save_limits_button.clicked.connect(self.save_limits)
        self.limits_message = QLabel()
        self.limits_message.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_limits_button)
        save_row.addStretch(1)
        form.addRow(save_row)
        form.addRow(self.limits_message)  # the whole width: a refusal can be two sentences

        self.categories = CategoriesSection(ctx, self)
        self.categories.changed.connect(self.refresh)

        org_tab = QWidget()
        org_form = QFormLayout(org_tab)
        org_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.org_name = QLineEdit()
        self.org_name.setMinimumWidth(self.fontMetrics().horizontalAdvance("北京市朝阳区人民调解委员会") + 40)
        self.org_code = QLineEdit()
        org_form.addRow(self.tr("Organisation name"), self.org_name)
        org_form.addRow(self.tr("Code in case numbers (e.g. 京朝)"), self.org_code)
        self.type_codes: dict[str, QLineEdit] = {}
        for track, name in labels.tracks().items():
            edit = QLineEdit()
            edit.setObjectName(f"type_code_{track}")
            self.type_codes[track] = edit
            org_form.addRow(self.tr("Number type code: {track}").format(track=name), edit)
        self.save_org_button = QPushButton(self.tr("Save"))
        self.save_org_button.clicked.connect(self.save_organisation)
        self.org_message = QLabel()
        self.org_message.setWordWrap(True)
        org_form.addRow(self.save_org_button, self.org_message)
        self.example = QLabel()
        org_form.addRow(self.tr("Example"), self.example)

        self.calendar = CalendarSection(ctx, self)
        self.calendar.changed.connect(self.refresh)
        self.tabs.addTab(limits_tab, self.tr("Limits"))
        self.tabs.addTab(self.categories, self.tr("Dispute categories"))
        self.tabs.addTab(org_tab, self.tr("Organisation and numbers"))
        self.tabs.addTab(self.calendar, self.tr("Working-day calendar"))
        from .statistics_definitions import StatisticsDefinitionsSection

        self.definitions = StatisticsDefinitionsSection(ctx, self)
        self.tabs.addTab(self.definitions, self.tr("Statistics definitions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        #: Only administrators change settings (the services refuse anyone else); others may read them.
        self.may_edit = policy.can(ctx.actor, policy.SETTINGS)
        self.read_only_note = QLabel(self.tr("Only the administrator can change these settings."))
        self.read_only_note.setObjectName("settingsReadOnlyNote")
        self.read_only_note.setVisible(not self.may_edit)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs)
        for index in range(self.tabs.count()):  # the tabs stay browsable, their contents read-only
            self.tabs.widget(index).setEnabled(self.may_edit)
        # Members and organisations (名册): editable by whoever may manage the directory (its own rule).
        self.directory = DirectorySection(ctx)
        self.tabs.addTab(self.directory, self.tr("Directory"))
        self.refresh()

    # -- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx
        ctx.tasks.run(lambda: load(ctx), on_success=self._show, on_error=self._failed(self.limits_message))

    def _show(self, data: Any) -> None:
        assert isinstance(data, AdminData)
        for name, editor in self.editors.items():
            value = getattr(data.limits, name)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(fen_to_text(int(value)))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
        self.org_name.setText(data.org_name)
        self.org_code.setText(data.org_code)
        for track, edit in self.type_codes.items():
            edit.setText(data.type_codes.get(track, ""))
        people = data.type_codes.get("people", "调")
        self.example.setText(f"（2026）{data.org_code}{people}字第0001号")
        self.categories.show_rows(data.lists.categories)
        self.calendar.show_rows(data.lists.calendar, data.lists.covered)
        self.versions = data.versions
        self.loaded = True

    def _failed(self, label: QLabel) -> Any:
        def show(exc: BaseException) -> None:
            if isinstance(exc, KnownError):
                label.setText(errors.message(exc))
                label.setStyleSheet("color: #b00020;")
                if isinstance(exc, ConflictError):  # show what the other administrator saved
                    self.refresh()
            else:
                label.clear()
                errors.show_error(self, exc)

        return show

    def _saved(self, label: QLabel) -> Any:
        def done(changes: Any) -> None:
            label.setText(self.tr("Saved."))
            label.setStyleSheet("color: #2e7d32;")
            self.ctx.bus.publish(changes)
            self.refresh()

        return done

    # -- saving --------------------------------------------------------------------------------------

    def edited_limits(self) -> dict[str, Any]:
        """The limits as edited (raises a KnownError for a mistyped amount)."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QLineEdit):
                values[name] = parse_money(editor.text(), maximum_fen=10**14)
            elif isinstance(editor, QSpinBox):
                values[name] = editor.value()
        return values

    def save_limits(self) -> None:
        try:
            values = self.edited_limits()
        except KnownError as exc:
            self._failed(self.limits_message)(exc)
            return
        ctx = self.ctx
        self.limits_message.setText(self.tr("Saving…"))
        seen = self.versions.get("limits")
        ctx.tasks.run(
            lambda: admin.write_limits(ctx.db, ctx.actor, values, expected_version=seen),
            on_success=self._saved(self.limits_message),
            on_error=self._failed(self.limits_message),
        )

    def save_organisation(self) -> None:
        ctx = self.ctx
        name, code = self.org_name.text(), self.org_code.text()
        codes = {track: edit.text() for track, edit in self.type_codes.items()}
        seen = dict(self.versions)

        def work() -> Any:
            changes = admin.update_organisation(
                ctx.db,
                ctx.actor,
                ctx.organisation_id,
                name=name,
                org_code=code,
                expected_version=seen.get("organisation"),
            )
            expected = seen.get("type_codes")  # the first write checks it; the next ones follow it
            for track, value in codes.items():
                changes = changes | admin.write_type_code(
                    ctx.db, ctx.actor, track, value, expected_version=expected
                )
                expected = None
            return changes

        self.org_message.setText(self.tr("Saving…"))
        ctx.tasks.run(work, on_success=self._saved(self.org_message), on_error=self._failed(self.org_message))


__all__ = ["AdminSettingsPage", "limit_units", "load"]
