"""历史 History: the status history (from → to, who, when, why) and the case's audit timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from ...domain.money import format_money
from ...services.audit_log import mask_diff
from ...services.case_workspace import AuditRow, CaseDetail, StatusRow
from .. import i18n
from ..messages import labels
from ..models.rows import RowsModel
from . import wlabels
from .common import fmt_dt, make_table

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


class StatusModel(RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("From status"),
            self.tr("To status"),
            self.tr("By"),
            self.tr("Reason"),
        ]

    def value(self, row: StatusRow, column: int) -> str:
        return [
            fmt_dt(row.at),
            labels.label(labels.statuses, row.from_status) or "—",
            labels.label(labels.statuses, row.to_status),
            row.by,
            row.reason,
        ][column]

    def sort_key(self, row: StatusRow, column: int) -> Any:
        return row.seq if column == 0 else self.value(row, column)


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={_plain(v)}" for k, v in value.items())
    return "" if value is None else str(value)


def _codes(key: str) -> dict[str, str]:
    tables = {
        "status": labels.statuses,
        "track": labels.tracks,
        "source": labels.sources,
        "role": lambda: {**labels.committee_roles(), **labels.party_roles()},
        "stages": wlabels.stages,
        "outcome": wlabels.outcomes,
        "state": wlabels.agreement_states,
        "method": wlabels.payment_methods,
        "satisfaction": wlabels.satisfaction,
    }
    table = tables.get(key)
    return table() if table else {}


def _show(key: str, value: Any) -> str:
    codes = _codes(key)
    if isinstance(value, str) and codes:
        if key == "stages":
            return i18n.join_list(codes.get(v, v) for v in value.split(","))
        return codes.get(value, value)
    if isinstance(value, int) and not isinstance(value, bool) and key.endswith("fen"):
        return format_money(value)
    if key == "obligations" and isinstance(value, list):
        return "、".join(format_money(v) if isinstance(v, int) else str(v) for v in value)
    if key == "content_sha256" and isinstance(value, str):
        return value[:12] + "…"
    return _plain(value)


def summary(diff: dict[str, Any]) -> str:
    """A one-line summary of an audit diff ``{field: [old, new]}`` (ID and phone numbers masked,
    empties left out).
    """
    names = labels.fields()
    parts = []
    for key, val in mask_diff(diff).items():
        name = names.get(key, key)
        if isinstance(val, list) and len(val) == 2:  # services write {field: [old, new]}
            old, new = val
            if new in (None, "", []) and old in (None, "", []):
                continue
            new_text = _show(key, new)
            parts.append(
                f"{name}: {new_text}" if old in (None, "", []) else f"{name}: {_show(key, old)} → {new_text}"
            )
        elif val not in (None, "", []):
            parts.append(f"{name}: {_show(key, val)}")
    return "; ".join(parts)


class AuditModel(RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("User"),
            self.tr("Workstation"),
            self.tr("Action"),
            self.tr("Details"),
        ]

    def value(self, row: AuditRow, column: int) -> str:
        return [
            fmt_dt(row.at),
            row.username,
            row.workstation,
            wlabels.name(wlabels.audit_actions(), row.action),
            summary(row.diff),
        ][column]

    def sort_key(self, row: AuditRow, column: int) -> Any:
        return row.id if column == 0 else self.value(row, column)


class HistoryTab(QWidget):
    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.status = StatusModel(self)
        self.status_view = make_table(self.status, self, stretch=4)
        self.audit = AuditModel(self)
        self.audit_view = make_table(self.audit, self, stretch=4)
        status_box = QGroupBox(self.tr("Status history"), self)
        QVBoxLayout(status_box).addWidget(self.status_view)
        audit_box = QGroupBox(self.tr("Audit timeline"), self)
        QVBoxLayout(audit_box).addWidget(self.audit_view)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(status_box)
        split.addWidget(audit_box)
        split.setSizes([220, 380])
        QVBoxLayout(self).addWidget(split)

    def show_detail(self, detail: CaseDetail) -> None:
        self.status.set_rows(detail.status_history)
        self.audit.set_rows(detail.audit)
