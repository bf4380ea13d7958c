"""Backup and restore from the File menu (administrators): back up now, list, restore.

Backups are made in the task runner with a progress bar (SQLite online backup API, verified
before they count, then rotated). The list shows every backup file, each verified in the
background (hashes and ``integrity_check``). Restore asks for confirmation, closes the
database, restores (safety copy first; a damaged or foreign backup is refused) and starts the
app again on the restored data (the user is asked to start it by hand only if that fails);
automatic backups stay paused until the restored data is confirmed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...domain.errors import KnownError
from ...services import maintenance, policy
from ...services.maintenance import BackupInfo
from .. import errors, relaunch
from ..context import AppContext
from ..formatting import fmt_datetime
from ..models.rows import Column, RowsModel
from ..widgets import OpeningTableView

log = logging.getLogger(__name__)


class BackupDialog(QDialog):
    """Back up now, the verified backups, restore one.

    Attributes:
        last_backup: the :class:`BackupInfo` of the backup made in this dialog (tests, status).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backup and restore"))
        self.ctx = ctx
        self.last_backup: BackupInfo | None = None
        self.rows: list[tuple[Path, BackupInfo | None, str]] = []
        path = ctx.db.path if ctx.db.is_sqlite else None
        self.db_path: Path | None = path
        where = QLabel(
            self.tr("Backups are kept in %1 (12 daily, 10 weekly, 9 monthly).").replace(
                "%1", str(paths.backup_dir())
            )
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(objectName="backupStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(objectName="backupProgress")
        self.progress.setVisible(False)
        self.model: RowsModel[tuple[str, str, str, str]] = RowsModel(
            self,
            columns=[
                Column(header, lambda r, c=c: r[c])
                for c, header in enumerate(
                    (self.tr("Made at"), self.tr("Kind"), self.tr("Cases"), self.tr("Check"))
                )
            ],
            row_id=lambda r: 0,
        )
        self.table = OpeningTableView(self)
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.backup_button = QPushButton(self.tr("Back up now"), objectName="backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore selected…"), objectName="restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(policy.can(ctx.actor, policy.RESTORE))
        if path is None:
            self.backup_button.setEnabled(False)
            self.restore_button.setEnabled(False)
            self.status.setText(self.tr("Server mode: the database is backed up on the server (pg_dump)."))
        elif maintenance.automatic_paused():
            self.status.setText(self.tr("Automatic backups are paused until the restored data is confirmed."))
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (where, self.status, self.progress):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(640, 420)
        self.refresh()

    # ---- list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Verify every backup in the background and show the list."""
        actor = self.ctx.actor
        self.ctx.tasks.run(lambda: maintenance.scan_backups(actor), on_success=self._show)

    def _show(self, rows: Any) -> None:
        self.rows = list(rows)
        kinds = {"manual": self.tr("manual"), "exit": self.tr("on exit"), "daily": self.tr("daily")}
        cells: list[tuple[str, str, str, str]] = []
        for path, info, problem in self.rows:
            if info is not None:
                m = info.manifest
                cells.append(
                    (
                        fmt_datetime(info.created_at),
                        kinds.get(m.get("kind", ""), m.get("kind", "")),
                        str(m.get("cases", "")),
                        self.tr("verified"),
                    )
                )
            else:
                cells.append((path.name, "", "", self.tr("damaged (%1)").replace("%1", problem)))
        self.model.set_rows(cells)

    # ---- back up -----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.db_path is None:
            return
        db_path, db, actor = self.db_path, self.ctx.db, self.ctx.actor

        def work(progress: Any) -> BackupInfo:
            return maintenance.back_up_now(db, actor, db_path, lambda d, t: progress(d, t))

        self.backup_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Backing up…"))
        self.ctx.tasks.run(work, on_success=self._backed_up, on_error=self._failed, progress=self._progressed)

    def _progressed(self, done: int, total: int, _text: str = "") -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _backed_up(self, info: Any) -> None:
        self.last_backup = info
        self.progress.setVisible(False)
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("Backup written and verified: %1").replace("%1", info.path.name))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.backup_button.setEnabled(True)
        self.status.setText("")
        errors.show_error(self, exc)

    # ---- restore -----------------------------------------------------------------------------
    def selected_backup(self) -> Path | None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.rows) or self.rows[row][1] is None:
            return None
        return self.rows[row][0]

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None or self.db_path is None:
            return
        info = next(i for p, i, _problem in self.rows if p == chosen)
        assert info is not None
        text = self.tr(
            "Replace the current data with the backup made at %1?\n\nThe current database is kept "
            "aside first. Mediation Desk then starts again; check the data."
        ).replace("%1", fmt_datetime(info.created_at))
        answer = QMessageBox.question(self, self.tr("Restore backup"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(chosen)

    def restore(self, chosen: Path) -> bool:
        """Close the database, restore ``chosen``, start the app again on it (this copy quits)."""
        assert self.db_path is not None
        policy.require(self.ctx.actor, policy.RESTORE)
        self.ctx.tasks.wait()
        self.ctx.db.dispose()
        try:
            result = maintenance.restore(self.ctx.actor, chosen, self.db_path)
        except KnownError as exc:
            errors.show_known_error(self, exc)
            return False
        log.warning("restored %s (previous database kept at %s)", chosen, result.safety_copy)
        QMessageBox.information(
            self,
            self.tr("Restore backup"),
            self.tr(
                "The backup was restored. Mediation Desk closes now and starts again on the "
                "restored data; confirm it there."
            ),
        )
        relaunch.request()
        QApplication.closeAllWindows()
        return True


def open_backup_dialog(ctx: AppContext, parent: QWidget | None = None) -> BackupDialog:
    dialog = BackupDialog(ctx, parent)
    dialog.open()
    return dialog
