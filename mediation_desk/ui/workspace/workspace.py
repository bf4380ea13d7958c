"""The case workspace: one tab of the main window per open case.

Loads everything through :func:`~mediation_desk.services.case_workspace.load_workspace`
on the task runner, hands the result to each tab, runs service calls for the tabs and
publishes their ``Changes``; reloads when the bus says its case changed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ...domain.clock import utcnow
from ...domain.errors import ConflictError, KnownError
from ...domain.limits import Limits
from ...services.base import Changes
from ...services.case_workspace import CaseDetail, Workspace, load_workspace
from .. import errors
from ..context import AppContext
from ..messages import labels
from .common import show_message
from .track_dialogs import JuvenileBanner

if TYPE_CHECKING:
    from .agreement import AgreementTab
    from .committee import CommitteeTab
    from .documents import DocumentsTab
    from .followups import FollowUpsTab
    from .history import HistoryTab
    from .overview import OverviewTab
    from .parties import PartiesTab
    from .payments import PaymentsTab
    from .reporting import ReportingTab
    from .sessions import SessionsTab
    from .track_panel import TrackTab

# The tabs in their order: attribute, module, class. Each tab is built when it is first shown or
# first used (the Overview at once): building all ten took ~130 ms of CPU per case opened.
TABS = (
    ("overview", "overview", "OverviewTab"),
    ("parties", "parties", "PartiesTab"),
    ("committee", "committee", "CommitteeTab"),
    ("sessions", "sessions", "SessionsTab"),
    ("agreement", "agreement", "AgreementTab"),
    ("payments", "payments", "PaymentsTab"),
    ("follow_ups", "followups", "FollowUpsTab"),
    ("documents", "documents", "DocumentsTab"),
    ("history", "history", "HistoryTab"),
    ("track", "track_panel", "TrackTab"),
    ("reporting", "reporting", "ReportingTab"),
)


def _tab_property(key: str) -> Any:
    def get(self: CaseWorkspace) -> Any:
        return self.tab(key)

    return property(get, doc=f"The {key} tab (built on first use).")


class CaseWorkspace(QWidget):
    """Everything about one case, in tabs.

    Args:
        ctx: The application context (database, actor, bus, task runner).
        case_id: The case to show.
        parent: The owning widget.

    Signals:
        loaded(): the case was (re)loaded and every tab shows the new state.
        title_changed(str): the short title for the main window's tab.
    """

    loaded = Signal()
    title_changed = Signal(str)

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWorkspace")
        self.ctx = ctx
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self.due: list[Any] | None = None  # the case's due items (None until the first load)
        self.limits: Limits = Limits()  # the configured limits, loaded with the case
        self.clock: Callable[[], datetime] = utcnow  # "now" for countdowns (tests fix it)
        self.close_dialog: Any = None  # the 结案 confirmation last opened (workspace/closing.py)
        self.closing_preview: Any = None  # the closing report's preview after 结案
        self.last_message: Any = None
        self._pending = 0
        self._reload_again = False
        self.heading = QLabel(self.tr("Loading…"), self)
        self.heading.setObjectName("workspaceHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("workspaceStatus")
        self.status_label.setStyleSheet(
            "QLabel { background: #e8f0fe; color: #174ea6; border-radius: 4px; padding: 2px 10px; }"
        )
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_label)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._built: dict[str, QWidget] = {}
        for (key, _m, _n), title in zip(TABS, self._titles(), strict=True):
            # the Overview shows first; the others are placeholders until first shown or used
            self.tabs.addTab(self._create(key) if key == "overview" else QWidget(self.tabs), title)
        self.tabs.currentChanged.connect(self._build_at)
        self.juvenile_banner = JuvenileBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.juvenile_banner)
        layout.addWidget(self.tabs, 1)
        for i in range(10):  # Alt+1..Alt+9, Alt+0 switch tabs
            shortcut = QShortcut(QKeySequence(f"Alt+{(i + 1) % 10}"), self)
            shortcut.activated.connect(lambda i=i: self.tabs.setCurrentIndex(i))
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    # -- state ---------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A load or a service call is running."""
        return self._pending > 0

    @property
    def version(self) -> int | None:
        """The case version the user is looking at (for ``expected_version``)."""
        return self.detail.case.version if self.detail else None

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    # -- tabs, built on first use ---------------------------------------------------------------------

    overview: OverviewTab = _tab_property("overview")
    parties: PartiesTab = _tab_property("parties")
    committee: CommitteeTab = _tab_property("committee")
    sessions: SessionsTab = _tab_property("sessions")
    agreement: AgreementTab = _tab_property("agreement")
    payments: PaymentsTab = _tab_property("payments")
    follow_ups: FollowUpsTab = _tab_property("follow_ups")
    documents: DocumentsTab = _tab_property("documents")
    history: HistoryTab = _tab_property("history")
    track: TrackTab = _tab_property("track")
    reporting: ReportingTab = _tab_property("reporting")

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Overview"),
            self.tr("Parties"),
            self.tr("Committee"),
            self.tr("Sessions"),
            self.tr("Agreement"),
            self.tr("Payments"),
            self.tr("Follow-ups"),
            self.tr("Documents"),
            self.tr("History"),
            self.tr("Track rules"),
            self.tr("12345 & report"),
        )

    def tab(self, key: str) -> Any:
        """The tab ``key`` (see :data:`TABS`), built now if it was not yet, showing the loaded case."""
        widget = self._built.get(key)
        if widget is not None:
            return widget
        index = next(i for i, t in enumerate(TABS) if t[0] == key)
        widget = self._create(key)
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # swapping the placeholder is no change of tab
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, self._titles()[index])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        if self.detail is not None:
            widget.show_detail(self.detail)
        return widget

    def _create(self, key: str) -> QWidget:
        _key, module, name = next(t for t in TABS if t[0] == key)
        widget: QWidget = getattr(importlib.import_module(f"{__package__}.{module}"), name)(self)
        self._built[key] = widget
        return widget

    def _build_at(self, index: int) -> None:
        if 0 <= index < len(TABS):
            self.tab(TABS[index][0])

    def built_tabs(self) -> list[QWidget]:
        """The tabs built so far, in tab order."""
        return [self._built[key] for key, _m, _n in TABS if key in self._built]

    # -- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the case again in the background; tabs keep unsaved input."""
        if self._pending and self._loading:
            self._reload_again = True
            return
        self._loading = True
        self._pending += 1
        case_id = self.case_id
        self.ctx.read(lambda db, actor: load_workspace(db, actor, case_id), self._apply, self._load_failed)

    _loading = False

    def _apply(self, loaded: Workspace) -> None:
        self._pending -= 1
        self._loading = False
        detail, self.due, self.limits = loaded.detail, loaded.due, loaded.limits
        self.detail = detail
        case = detail.case
        self.heading.setText(f"{case.number}  {case.title}")
        self.status_label.setText(labels.label(labels.statuses, case.status))
        for tab in self.built_tabs():  # the others show the case when they are built
            tab.show_detail(detail)  # type: ignore[attr-defined]
        self.juvenile_banner.show_detail(detail)
        self.title_changed.emit(case.party_names or case.number)
        if self._reload_again:
            self._reload_again = False
            self.reload()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._pending -= 1
        self._loading = False
        if isinstance(exc, KnownError):
            self.heading.setText(self.tr("This case could not be opened."))
            self.last_message = show_message(self, exc)
        else:
            errors.show_error(self, exc)

    def _on_changed(self, changes: Changes) -> None:
        if self.case_id in changes.cases:
            self.reload()

    # -- service calls -------------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[KnownError], bool | None] | None = None,
    ) -> None:
        """Run a service call in the background and publish what it changed.

        A known error becomes a message over the workspace (a conflict also reloads, so the
        user sees who changed what); ``failed`` lets the caller keep its input and returns True
        when it showed the problem itself. A bug goes to the crash dialog.
        """
        self._pending += 1

        def ok(result: Any) -> None:
            self._pending -= 1
            changes = result if isinstance(result, Changes) else getattr(result, "changes", Changes())
            if done is not None:
                done(result)
            self.ctx.bus.publish(changes)

        def fail(exc: BaseException) -> None:
            self._pending -= 1
            if not isinstance(exc, KnownError):
                if failed is not None:
                    failed(KnownError("bug"))
                errors.show_error(self, exc)
                return
            handled = bool(failed(exc)) if failed is not None else False
            if not handled:
                parent = QApplication.activeModalWidget() or self  # over the dialog that is still open
                self.last_message = show_message(parent, exc)
            if isinstance(exc, ConflictError):
                self.reload()

        self.ctx.tasks.run(fn, on_success=ok, on_error=fail)
