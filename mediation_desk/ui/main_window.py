"""The main window: navigation, pages, case tabs, status bar, shortcuts, remembered geometry."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ..services import policy
from ..services.case_access import CaseAccess, case_access
from . import errors
from . import preferences as prefs
from .context import AppContext
from .screen_fit import fit_to_screen

log = logging.getLogger(__name__)

PAGE_DASHBOARD, PAGE_CASES, PAGE_PEOPLE, PAGE_STATISTICS, PAGE_SETTINGS = range(5)


class MainWindow(QMainWindow):
    """Left navigation, the page stack in the first tab, one closable tab per open case.

    Signals:
        language_changed(str): the user picked another language (the app rebuilds the window).
        font_size_changed(int): the user picked another font size.
        case_checked(int, bool): :meth:`open_case` has its answer — the case's tab is open
            (True) or the user was refused / gave no legal basis (False).
    """

    language_changed = Signal(str)
    font_size_changed = Signal(int)
    case_checked = Signal(int, bool)
    lock_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending_tabs: dict[int, str] = {}  # open_case_at: the tab to show once the case opens
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Mediation Desk"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        names = (
            self.tr("Dashboard"),
            self.tr("Cases"),
            self.tr("People"),
            self.tr("Statistics"),
            self.tr("Settings"),
        )
        # Pages are built when first shown (issue 8: building all of them took 1.3 s at start
        # and the statistics page loads QtCharts); until then an empty widget holds the place.
        self._builders: dict[int, Callable[[], QWidget]] = {
            PAGE_DASHBOARD: self._dashboard_page,
            PAGE_CASES: self._cases_page,
            PAGE_PEOPLE: self._people_page,
            PAGE_STATISTICS: self._statistics_page,
            PAGE_SETTINGS: self._settings_page,
        }
        self._built: dict[int, QWidget] = {}
        self.audit_index: int | None = None
        if policy.can(ctx.actor, policy.AUDIT_READ):  # the auditor's page
            self.audit_index = len(names)
            self._builders[self.audit_index] = self._audit_page
            names = (*names, self.tr("Audit log"))
        for name in names:
            self.stack.addWidget(QWidget())
            QListWidgetItem(name, self.nav)
        self._intake: QWidget | None = None  # the open intake dialog (Ctrl+N reuses it)
        #: Administrators and auditors never see case contents (policy): case pages are hidden.
        self.sees_cases = ctx.actor.role not in ("admin", "auditor")
        if not self.sees_cases:
            for row in (PAGE_DASHBOARD, PAGE_CASES, PAGE_PEOPLE, PAGE_STATISTICS):
                self.nav.item(row).setHidden(True)
        fm = self.nav.fontMetrics()
        self.nav.setFixedWidth(max(fm.horizontalAdvance(n) for n in names) + 48)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 10px; }")
        self.nav.currentRowChanged.connect(self.show_page)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.addTab(self.stack, names[0])
        self.tabs.tabBar().setTabButton(
            0, self.tabs.tabBar().ButtonPosition.RightSide, None
        )  # home tab stays
        self._names = names
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self.tr("Database: %1").replace("%1", ctx.db.display_name()))
        self.db_label.setObjectName("databaseLabel")
        self.user_label = QLabel(self.tr("Signed in: %1").replace("%1", ctx.actor.username))
        self.user_label.setObjectName("userLabel")
        self.statusBar().addWidget(self.db_label, 1)
        if not self.sees_cases:
            note = QLabel(self.tr("Administrators and auditors do not see case contents."))
            note.setObjectName("noCaseContentNote")
            self.statusBar().addWidget(note)
        self.statusBar().addPermanentWidget(self.user_label)

        ctx.bus.open_case.connect(self.open_case)
        ctx.bus.open_case_at.connect(self.open_case_at)
        self._actions()
        self._restore()

    # ---- pages (built on first show) ---------------------------------------------------------------
    def page(self, index: int) -> QWidget:
        """The page at ``index``, built now if it was not shown yet."""
        built = self._built.get(index)
        if built is not None:
            return built
        widget = self._builders[index]()
        self._built[index] = widget
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return widget

    def built_pages(self) -> list[int]:
        """The pages built so far (the others are built when first shown)."""
        return sorted(self._built)

    @property
    def dashboard(self) -> Any:
        return self.page(PAGE_DASHBOARD)

    @property
    def cases(self) -> Any:
        return self.page(PAGE_CASES)

    @property
    def people(self) -> Any:
        return self.page(PAGE_PEOPLE)

    @property
    def statistics(self) -> Any:
        return self.page(PAGE_STATISTICS)

    @property
    def settings(self) -> Any:
        return self.page(PAGE_SETTINGS)

    @property
    def audit(self) -> Any:
        """The auditor's page (None for roles without it)."""
        return None if self.audit_index is None else self.page(self.audit_index)

    def _dashboard_page(self) -> QWidget:
        from .pages.dashboard import DashboardPage

        return DashboardPage(self.ctx)

    def _cases_page(self) -> QWidget:
        from .pages.cases import CasesPage

        page = CasesPage(self.ctx)
        page.new_button.clicked.connect(self.new_case)
        page.new_button.setEnabled(self.new_action.isEnabled())
        return page

    def _people_page(self) -> QWidget:
        from .pages.people import PeoplePage

        return PeoplePage(self.ctx)

    def _settings_page(self) -> QWidget:
        from .pages.settings import SettingsPage

        page = SettingsPage(self.ctx)
        page.language_changed.connect(self.language_changed)
        page.font_size_changed.connect(self.font_size_changed)
        return page

    def _audit_page(self) -> QWidget:
        from .pages.audit_viewer import AuditViewerPage

        page = AuditViewerPage(self.ctx)
        page.refresh()  # the last month's events at once
        return page

    def _statistics_page(self) -> QWidget:
        from .pages.statistics import StatisticsPage

        return StatisticsPage(self.ctx)

    def _actions(self) -> None:
        def action(text: str, keys: str, slot: Any, name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            # Explicit keys: some platforms map StandardKey.Close to Ctrl+F4 only.
            act.setShortcuts([QKeySequence(k) for k in keys.split(";")])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(self.tr("New case…"), "Ctrl+N", self.new_case, "actionNewCase")
        self.find_action = action(self.tr("Find case"), "Ctrl+F", self.find_case, "actionFind")
        self.close_action = action(
            self.tr("Close tab"), "Ctrl+W;Ctrl+F4", self.close_current_tab, "actionCloseTab"
        )
        self.quit_action = action(self.tr("Quit"), "Ctrl+Q", self.close, "actionQuit")
        self.verify_action = action(
            self.tr("Verify agreement…"), "Ctrl+Shift+V", self.verify_agreement, "actionVerifyAgreement"
        )
        for n in range(5):
            action(
                self._names[n],
                f"Ctrl+{n + 1}",  # Alt+digits belong to the case workspace's tabs
                lambda _c=False, n=n: self.show_page(n),
                f"page{n}",
            )
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.new_action)
        menu.addAction(self.find_action)
        menu.addAction(self.verify_action)
        menu.addSeparator()
        self._safety_actions(menu, action)
        menu.addAction(self.close_action)
        menu.addAction(self.quit_action)
        self.about_action = action(self.tr("About Mediation Desk…"), "F1", self.show_about, "actionAbout")
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)
        registers = policy.can(self.ctx.actor, policy.CASE_REGISTER, organisation_id=self.ctx.organisation_id)
        self.new_action.setEnabled(registers)  # the case page's "New case…" button follows it
        self.find_action.setEnabled(self.sees_cases)
        self.verify_action.setEnabled(self.sees_cases)  # verifying shows the agreement's case
        self.close_action.setEnabled(False)  # until a case tab is the current tab
        self.tabs.currentChanged.connect(lambda index: self.close_action.setEnabled(index > 0))

    def show_about(self) -> None:
        from .about import show_about

        show_about(self)

    def _safety_actions(self, menu: Any, action: Any) -> None:
        """Backup/restore and user accounts (administrators); lock and sign out (everyone)."""
        actor = self.ctx.actor
        self.backup_action: QAction | None = None
        self.users_action: QAction | None = None
        if policy.can(actor, policy.BACKUP):
            self.backup_action = action(
                self.tr("Backup and restore…"), "Ctrl+Shift+B", self.open_backup, "actionBackup"
            )
            menu.addAction(self.backup_action)
        if policy.can(actor, policy.USERS):
            self.users_action = action(
                self.tr("User accounts…"), "Ctrl+Shift+U", self.open_users, "actionUsers"
            )
            menu.addAction(self.users_action)
        self.lock_action = action(self.tr("Lock now"), "Ctrl+L", self.lock_requested.emit, "actionLock")
        self.sign_out_action = action(
            self.tr("Sign out"), "Ctrl+Shift+Q", self.sign_out_requested.emit, "actionSignOut"
        )
        menu.addAction(self.lock_action)
        menu.addAction(self.sign_out_action)
        menu.addSeparator()

    def open_backup(self) -> Any:
        from .dialogs.backup import open_backup_dialog

        return open_backup_dialog(self.ctx, self)

    def open_users(self) -> Any:
        from .dialogs.users import open_users_dialog

        return open_users_dialog(self.ctx, self)

    def verify_agreement(self) -> None:
        """Check a printed or scanned agreement's QR code (valid / altered / unknown)."""
        from .documents import open_verify_dialog

        open_verify_dialog(self.ctx, self)

    # ---- navigation --------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if not self.page_visible(index):  # e.g. Ctrl+2 (Cases) for the administrator
            return
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
            return  # currentRowChanged calls back
        self.page(index)
        self.stack.setCurrentIndex(index)
        self.tabs.setTabText(0, self._names[index])
        self.tabs.setCurrentIndex(0)

    def page_visible(self, index: int) -> bool:
        """Whether the signed-in user's role may see page ``index`` (its navigation entry is shown)."""
        return 0 <= index < self.stack.count() and not self.nav.item(index).isHidden()

    def find_case(self) -> None:
        self.show_page(PAGE_CASES)
        self.cases.focus_search()

    def new_case(self) -> QWidget:
        """The intake dialog (Ctrl+N): the open one if there is one, else a new one.

        The dialog deletes itself when closed (its ``registered`` signal carries the new case's
        id), so repeated Ctrl+N does not pile up hidden dialogs.
        """
        from .dialogs.intake import IntakeDialog

        if self._intake is not None:
            self._intake.raise_()
            self._intake.activateWindow()
            return self._intake
        dialog = IntakeDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._intake_closed)
        self._intake = dialog
        dialog.open()
        return dialog

    def _intake_closed(self) -> None:
        self._intake = None

    def open_case(self, case_id: int) -> None:
        """Show the case in its tab (focusing it when it is already open).

        Whether the user may read it is asked off the UI thread (:meth:`AppContext.read`); the tab
        opens, or the refusal shows, when the answer arrives (:attr:`case_checked`).
        """
        if self._focus_case(case_id):
            self._answered(case_id, True)
            return
        self.ctx.read(lambda db, actor: case_access(db, actor, case_id), self._open_checked)

    def _focus_case(self, case_id: int) -> bool:
        for i in range(1, self.tabs.count()):
            if self.tabs.widget(i).property("case_id") == case_id:
                self.tabs.setCurrentIndex(i)
                return True
        return False

    def _open_checked(self, access: CaseAccess) -> None:
        from .dialogs.sealed import may_open_case
        from .workspace import CaseWorkspace

        case_id = access.case_id
        if self._focus_case(case_id):  # opened twice while the first answer was on its way
            self._answered(case_id, True)
            return
        if not may_open_case(self.ctx, access, case_id, self):  # sealed: legal basis (custodian) or refusal
            self._answered(case_id, False)
            return
        try:
            widget = CaseWorkspace(self.ctx, case_id, self)
        except Exception as exc:
            errors.show_error(self, exc)
            self._answered(case_id, False)
            return
        widget.setProperty("case_id", case_id)
        index = self.tabs.addTab(widget, access.tab_title or str(case_id))
        self.tabs.setCurrentIndex(index)
        self._answered(case_id, True)

    def open_case_at(self, case_id: int, tab: str) -> None:
        """Open the case and show its tab ``tab`` (a workspace tab key; "": the overview)."""
        if tab:
            self._pending_tabs[case_id] = tab
        self.open_case(case_id)

    def _answered(self, case_id: int, opened: bool) -> None:
        """The case's tab is open and current (``opened``), or it was refused: go to the tab asked for."""
        tab = self._pending_tabs.pop(case_id, "")
        widget = self.tabs.currentWidget()
        here = widget is not None and widget.property("case_id") == case_id
        if opened and tab and here and hasattr(widget, "tab"):
            widget.show_tab(widget.tab(tab))
        self.case_checked.emit(case_id, opened)

    def close_tab(self, index: int) -> None:
        if index <= 0:
            return
        widget = self.tabs.widget(index)
        if not widget.close():  # a workspace with unsaved edits may refuse
            return
        self.tabs.removeTab(index)
        widget.deleteLater()

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def open_case_ids(self) -> list[int]:
        return [int(self.tabs.widget(i).property("case_id")) for i in range(1, self.tabs.count())]

    # ---- geometry ----------------------------------------------------------------------------------
    def _restore(self) -> None:
        p = prefs.preferences()
        geometry = p.get(prefs.WINDOW_GEOMETRY)
        restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        # the remembered geometry, else 1280×720 — either way within the screen it opens on
        fit_to_screen(self, None if restored else QSize(1280, 720))
        state = p.get(prefs.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        last = p.get(prefs.last_page(self.ctx.actor.username))
        if self.sees_cases:
            first = PAGE_DASHBOARD
        else:
            first = self.audit_index if self.audit_index is not None else PAGE_SETTINGS
        self.show_page(last if self.page_visible(last) else first)

    def save_layout(self) -> None:
        p = prefs.preferences()
        p.set(prefs.WINDOW_GEOMETRY, self.saveGeometry())
        p.set(prefs.WINDOW_STATE, self.saveState())
        p.set(prefs.last_page(self.ctx.actor.username), self.stack.currentIndex())
        if PAGE_CASES in self._built:
            self._built[PAGE_CASES].save_layout()  # type: ignore[attr-defined]
        p.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for i in range(self.tabs.count() - 1, 0, -1):
            widget = self.tabs.widget(i)
            if not widget.close():
                event.ignore()
                return
        self.save_layout()
        self.ctx.tasks.wait(10_000)
        super().closeEvent(event)
