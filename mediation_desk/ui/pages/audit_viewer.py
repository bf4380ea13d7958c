"""The auditor's page: the audit log filtered by user, case, action and date; verify the chain."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import KnownError
from ...services import audit_log, audit_view
from .. import errors
from ..context import AppContext
from ..formatting import local
from ..formatting import today as local_today

if TYPE_CHECKING:  # pragma: no cover - the service hands the rows over
    from ...services.audit_view import AuditRow

COL_AT, COL_USER, COL_STATION, COL_ACTION, COL_ENTITY, COL_CASE, COL_DIFF = range(7)
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Rows of audit events as the auditor may read them (case contents hidden by the service)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AuditRow] = []
        self.headers = [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Workstation"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Case"),
            self.tr("Change"),
        ]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.rows[index.row()]
        col = index.column()
        if col == COL_AT:
            return local(e.at).strftime("%Y-%m-%d %H:%M:%S")
        if col == COL_ENTITY:
            return f"{e.entity} {e.entity_id or ''}".strip()
        if col == COL_CASE:
            return e.case_number or ("" if e.case_id is None else str(e.case_id))
        if col == COL_DIFF:  # the service's bilingual mark, in the screen's language
            return e.diff.replace(audit_view.HIDDEN, self.tr("[hidden]"))
        return {COL_USER: e.username, COL_STATION: e.workstation, COL_ACTION: e.action}.get(col)


class AuditViewerPage(QWidget):
    """Filter bar, the table, and a "verify the chain" button with its result.

    Signals:
        refreshed(): the table shows the rows of the latest :meth:`refresh` (or its refusal).
    """

    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditViewerPage")
        self.ctx = ctx
        self.user = QLineEdit(objectName="auditUser", placeholderText=self.tr("User"))
        self.case = QLineEdit(objectName="auditCase", placeholderText=self.tr("Case id"))
        self.action = QLineEdit(objectName="auditAction", placeholderText=self.tr("Action, e.g. auth."))
        now = local_today()  # the users' calendar day, not the PC's zone
        today = QDate(now.year, now.month, now.day)
        self.start = QDateEdit(today.addMonths(-1), objectName="auditStart", calendarPopup=True)
        self.end = QDateEdit(today, objectName="auditEnd", calendarPopup=True)
        search = QPushButton(self.tr("Filter"), objectName="auditFilter")
        search.clicked.connect(self.refresh)
        verify = QPushButton(self.tr("Verify the chain"), objectName="auditVerify")
        verify.clicked.connect(self.verify)
        self.result = QLabel(objectName="auditResult")
        bar = QHBoxLayout()
        for w in (self.user, self.case, self.action, self.start, self.end, search, verify):
            bar.addWidget(w)
        self.model = AuditModel()
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_DIFF, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.table)

    def current_filter(self) -> audit_log.AuditFilter:
        case = self.case.text().strip()
        return audit_log.AuditFilter(
            username=self.user.text(),
            case_id=int(case) if case.isdigit() else None,
            action=self.action.text(),
            start=self.start.date().toPython(),  # type: ignore[arg-type]
            end=self.end.date().toPython(),
        )  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Read the events matching the filter on the database worker; the table follows."""
        filt = self.current_filter()
        self.ctx.read(lambda db, actor: audit_log.events(db, actor, filt), self._show, self._refused)

    def _show(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        self.refreshed.emit()

    def _refused(self, exc: BaseException) -> None:
        self._failed(exc)
        self.refreshed.emit()

    def verify(self) -> None:
        """Walk the chain in the background (it reads every event)."""
        self.result.setText(self.tr("Verifying…"))
        self.ctx.tasks.run(
            lambda: audit_log.verify(self.ctx.db, self.ctx.actor), self._verified, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.result.setText(errors.message(exc))

    def _verified(self, report: Any) -> None:
        if report.ok:
            self.result.setText(self.tr("Audit chain intact: %1 events.").replace("%1", str(report.checked)))
        else:
            self.result.setText(
                self.tr("Audit chain broken at event %1 (%2).")
                .replace("%1", str(report.broken_id))
                .replace("%2", report.reason)
            )
