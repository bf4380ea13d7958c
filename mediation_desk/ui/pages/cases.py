"""The case list page: search as you type, filters, a SQL-paged table; Enter opens a case."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.workflow import OPEN_STATUSES
from ...services import choices
from ...services.case_list import CaseFilters
from .. import formatting, i18n
from ..context import AppContext
from ..messages import labels
from ..models.case_table import (
    COL_CATEGORY,
    COL_CLOCK,
    COL_DUE,
    COL_MEDIATOR,
    COL_NUMBER,
    COL_PARTIES,
    COL_RECEIVED,
    COL_STATUS,
    COL_TITLE,
    COL_TRACK,
    CaseTableModel,
)
from ..preferences import header_state, preferences
from ..widgets import OpeningTableView

SEARCH_DELAY_MS = 150
OPEN = "__open__"


class CasesPage(QWidget):
    """Search box, filters and the case table."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("casesPage")
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, ID number, phone, case no. or text"))
        self.status = QComboBox()
        self.track = QComboBox()
        self.category = QComboBox()
        self.mediator = QComboBox()
        self.use_dates = QCheckBox(self.tr("Received"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        day = formatting.today()  # Beijing, whatever the workstation's time zone
        today = QDate(day.year, day.month, day.day)
        self.date_from.setDate(today.addMonths(-1))
        self.date_to.setDate(today)
        for combo in (self.status, self.track, self.category, self.mediator):
            # Long entries ("Public-security mediation") must not widen the window's minimum.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.new_button = QPushButton(self.tr("New case…"))
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")

        self.model = CaseTableModel(ctx, parent=self)
        self.table = OpeningTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        # The indicator first: enabling sorting then asks for the order the model already has
        # (no second and third query of the first page at start).
        self.table.horizontalHeader().setSortIndicator(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self._sorted = (COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator)
        self.table.open_requested.connect(ctx.bus.open_case.emit)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.status, self.track, self.category, self.mediator):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filters())
        self.model.total_changed.connect(self._show_total)
        self._act_when_loaded = False  # Enter was pressed while the matches were being read
        self.model.loaded.connect(self._loaded)

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("Status"), self.status),
            (self.tr("Track"), self.track),
            (self.tr("Category"), self.category),
            (self.tr("Mediator"), self.mediator),
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            filters.addWidget(lab)
            filters.addWidget(widget)
        filters.addSpacing(8)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.track)
        self.setTabOrder(self.track, self.category)
        self.setTabOrder(self.category, self.mediator)
        self.setTabOrder(self.mediator, self.use_dates)
        self.setTabOrder(self.use_dates, self.table)
        self.reload_choices()
        self._default_widths()
        self.restore_layout()

    def _default_widths(self) -> None:
        """Give each column the width of its header or its longest label in the UI language, measured
        with the table's fonts (English labels such as "Public-security mediation" are far wider than
        Chinese ones, and the font size is the user's choice)."""
        cats = self._all_categories  # read by reload_choices just before (one query at start, not two)
        chinese = i18n.is_chinese()
        samples: dict[int, list[str]] = {
            COL_NUMBER: ["（2026）京朝治调字第0000号"],
            COL_TITLE: ["张三与李四财产损害纠纷赔偿"],
            COL_CATEGORY: [(c.name_zh if chinese else (c.name_en or c.name_zh)) for c in cats],
            COL_TRACK: list(labels.tracks().values()),
            COL_STATUS: list(labels.statuses().values()),
            COL_MEDIATOR: ["欧阳某某某"],
            COL_PARTIES: ["张三、李四、王五"],
            COL_RECEIVED: ["2026-03-02"],
            COL_DUE: ["2026-03-02 10:00"],
            COL_CLOCK: [self.model.clock_text(timedelta(hours=-48))],
        }
        cell = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        head = header.fontMetrics()
        sort_arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        for col in range(self.model.columnCount()):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            texts = samples.get(col, [])
            widest = max((cell.horizontalAdvance(t) for t in texts), default=0) + 16
            self.table.setColumnWidth(col, max(widest, head.horizontalAdvance(title) + sort_arrow + 16))

    def _sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """The 48-hour column is no sort order: put the indicator back where the list is sorted."""
        header = self.table.horizontalHeader()
        if column == COL_CLOCK:
            blocked = header.blockSignals(True)
            header.setSortIndicator(*self._sorted)
            header.blockSignals(blocked)
            return
        self._sorted = (column, order)

    def reload_choices(self) -> None:
        """Fill the filter drop-downs (categories and mediators come from the database)."""
        ctx = self._ctx
        self._all_categories = choices.categories(ctx.db, ctx.actor, active_only=False)
        people = choices.mediators(ctx.db, ctx.actor)
        cats = [c for c in self._all_categories if c.active]  # the filter offers the active ones
        for w in (self.status, self.track, self.category, self.mediator):
            w.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All"), None)
        self.status.addItem(self.tr("Open"), OPEN)
        for code, text in labels.statuses().items():
            self.status.addItem(text, code)
        self.track.clear()
        self.track.addItem(self.tr("All"), None)
        for code, text in labels.tracks().items():
            self.track.addItem(text, code)
        self.category.clear()
        self.category.addItem(self.tr("All"), None)
        for cat in cats:
            self.category.addItem(
                cat.name_zh if i18n.is_chinese() else (cat.name_en or cat.name_zh), cat.code
            )
        self.mediator.clear()
        self.mediator.addItem(self.tr("All"), None)
        for pid, name in people:
            self.mediator.addItem(name, pid)
        for w in (self.status, self.track, self.category, self.mediator):
            w.blockSignals(False)

    def current_filters(self) -> CaseFilters:
        status = self.status.currentData()
        statuses: tuple[str, ...] = ()
        if status == OPEN:
            statuses = tuple(sorted(s.value for s in OPEN_STATUSES))
        elif status:
            statuses = (status,)
        first: date | None = None
        last: date | None = None
        if self.use_dates.isChecked():
            first = self.date_from.date().toPython()  # type: ignore[assignment]
            last = self.date_to.date().toPython()  # type: ignore[assignment]
        return CaseFilters(
            text=self.search.text(),
            statuses=statuses,
            track=self.track.currentData(),
            category=self.category.currentData(),
            mediator_id=self.mediator.currentData(),
            received_from=first,
            received_to=last,
        )

    def apply_filters(self) -> None:
        self._timer.stop()
        filters = self.current_filters()
        if filters != self.model.filters:
            self.count_label.setText(self.tr("Searching…"))
            self.model.set_filters(filters)

    def _search_now(self) -> None:
        """Enter in the search box: search now; one match opens, several put the cursor on the first."""
        self.apply_filters()
        if self.model.loading:
            self._act_when_loaded = True  # the matches are read off the UI thread
        else:
            self._act_on_matches()

    def _loaded(self) -> None:
        if self._act_when_loaded:
            self._act_when_loaded = False
            self._act_on_matches()

    def _act_on_matches(self) -> None:
        if self.model.rowCount() == 1:
            self._ctx.bus.open_case.emit(self.model.case_id(0))
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def _show_total(self, total: int) -> None:
        self.count_label.setText(self.tr("%1 cases").replace("%1", f"{total:,}"))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ---- layout memory ------------------------------------------------------------------------
    def restore_layout(self) -> None:
        state = preferences().get(header_state("cases"))
        if not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)

    def save_layout(self) -> None:
        preferences().set(header_state("cases"), self.table.horizontalHeader().saveState())

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.table.setFocus()
            self.table.selectRow(0)
            return
        super().keyPressEvent(event)
