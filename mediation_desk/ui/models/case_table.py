"""The case list model: pages from SQL (``fetchMore``), sorts in SQL, refreshes on changes."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...services import case_list
from ...services.base import Changes
from ...services.case_list import CaseFilters, CaseRow
from ...store.types import utcnow
from .. import i18n
from ..clock_text import clock_color, clock_warning, fmt_remaining
from ..context import AppContext
from ..formatting import fmt_date, fmt_deadline
from ..messages import labels

log = logging.getLogger(__name__)

(
    COL_NUMBER,
    COL_TITLE,
    COL_CATEGORY,
    COL_TRACK,
    COL_STATUS,
    COL_MEDIATOR,
    COL_PARTIES,
    COL_RECEIVED,
    COL_DUE,
    COL_CLOCK,  # the 48-hour clock: shown, not a sort order (the list sorts by indexed keys)
) = range(10)
SORT_KEYS = case_list.SORT_COLUMNS  # column index → the service's sort key (same order)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Page:
    """A page read on the worker, with what it was asked for."""

    generation: int
    reset: bool
    limit: int
    rows: list[CaseRow]


class CaseTableModel(QAbstractTableModel):
    """Cases matching :class:`CaseFilters`, ``page_size`` rows at a time.

    Pages are read on the database worker (:meth:`AppContext.read` → :mod:`services.case_list`); the
    rows shown stay until the new ones arrive.

    Signals:
        total_changed(int): the number of matching cases (counted in the background).
        loaded(): the pages asked for have arrived (:attr:`loading` is False again).
    """

    total_changed = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, *, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._rows: list[CaseRow] = []
        self._exhausted = False
        self._filters = CaseFilters(organisation_id=None)
        self._sort_key = "received_at"
        self._descending = True
        self._count_generation = 0
        self.total: int | None = None
        self._labels: dict[str, dict[str, str]] = {"track": labels.tracks(), "status": labels.statuses()}
        self._generation = 0  # bumped by every reload: pages for older filters are dropped
        self._reading = 0  # pages asked for and not yet arrived
        self._fetching = False
        ctx.bus.changed.connect(self._on_changed)
        self._reload(self._page_size)

    # ---- reading (on the database worker) ---------------------------------------------------
    def _read_page(self, limit: int, after: CaseRow | None, reset: bool) -> None:
        """Ask for ``limit`` rows (after ``after``: keyset paging) off the UI thread; :meth:`_arrived`
        shows them. An answer for older filters or an older order is dropped (its generation)."""
        generation = self._generation
        filters, order, descending = self._filters, self._sort_key, self._descending
        self._reading += 1

        def read(db: Any, actor: Any) -> _Page:
            rows = case_list.page(
                db, actor, filters, order=order, descending=descending, limit=limit, after=after
            )
            return _Page(generation, reset, limit, rows)

        self._ctx.read(read, self._arrived, self._failed)

    def _arrived(self, page: _Page) -> None:
        self._reading -= 1
        if page.generation != self._generation:
            self._settled()
            return
        if page.reset:
            self.beginResetModel()
            self._labels = {"track": labels.tracks(), "status": labels.statuses()}
            self._rows = list(page.rows)
            self._exhausted = len(page.rows) < page.limit
            self.endResetModel()
        else:
            self._fetching = False
            self._exhausted = len(page.rows) < page.limit
            if page.rows:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self.endInsertRows()
        self._settled()

    def _failed(self, exc: BaseException) -> None:
        self._reading -= 1
        self._fetching = False
        log.warning("case list read failed: %s", exc)
        self._settled()

    def _settled(self) -> None:
        if not self._reading:
            self.loaded.emit()

    def _reload(self, rows_wanted: int) -> None:
        self._generation += 1
        self._fetching = False
        self._read_page(max(self._page_size, rows_wanted), None, True)
        self._count_in_background()

    def _count_in_background(self) -> None:
        self._count_generation += 1
        generation = self._count_generation
        filters = self._filters

        def read(db: Any, actor: Any) -> tuple[int, int]:
            return generation, case_list.count(db, actor, filters)

        self._ctx.read(read, self._counted, lambda exc: log.warning("count failed: %s", exc))

    def _counted(self, answer: tuple[int, int]) -> None:
        generation, total = answer
        if generation == self._count_generation:  # an older count for older filters is dropped
            self.total = total
            self.total_changed.emit(total)

    @property
    def loading(self) -> bool:
        """Whether a page is being read (the rows shown may be about to change)."""
        return self._reading > 0

    # ---- public API ----------------------------------------------------------------------
    @property
    def filters(self) -> CaseFilters:
        return self._filters

    def set_filters(self, filters: CaseFilters) -> None:
        """Show the cases matching ``filters`` (from the first page)."""
        self._filters = filters
        self._reload(self._page_size)

    def refresh(self) -> None:
        """Re-read as many rows as are loaded now (after a change elsewhere)."""
        self._reload(len(self._rows))

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, case_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == case_id:
                return i
        return None

    def _on_changed(self, changes: Changes) -> None:
        if changes.cases or changes.kinds & {"case", "person", "membership", "settings", "category"}:
            self.refresh()

    # ---- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SORT_KEYS) + 1

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetching or self.loading:
            return
        self._fetching = True  # one page at a time; the view asks again once it has arrived
        self._read_page(self._page_size, self._rows[-1] if self._rows else None, False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (SORT_KEYS[column], descending) == (self._sort_key, self._descending):
            return  # already in this order (the view asks again when sorting is enabled)
        self._sort_key = SORT_KEYS[column]
        self._descending = descending
        self._reload(self._page_size)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Case no."),
            self.tr("Title"),
            self.tr("Category"),
            self.tr("Track"),
            self.tr("Status"),
            self.tr("Chief mediator"),
            self.tr("Parties"),
            self.tr("Received"),
            self.tr("Next deadline"),
            self.tr("48 h"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TITLE, COL_PARTIES):
            return row.title if col == COL_TITLE else row.parties
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DUE and row.due_at is not None:
            if row.due_at < utcnow():
                return QBrush(QColor("#b3261e"))
        if col == COL_CLOCK and row.fast_track_due_at is not None:
            left = row.fast_track_due_at - utcnow()
            if role == Qt.ItemDataRole.ForegroundRole:
                colour = clock_color(left)
                return QBrush(colour) if colour is not None else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return clock_warning(left) or self.tr("48-hour fast track: {left}").format(
                    left=fmt_remaining(left)
                )
        return None

    def _display(self, row: CaseRow, col: int) -> str:
        if col == COL_NUMBER:
            return row.number
        if col == COL_TITLE:
            return row.title
        if col == COL_CATEGORY:
            return (row.category_zh if i18n.is_chinese() else row.category_en) or row.category
        if col == COL_TRACK:
            return self._labels["track"].get(row.track, row.track)
        if col == COL_STATUS:
            return self._labels["status"].get(row.status, row.status)
        if col == COL_MEDIATOR:
            return row.chief_mediator or ""
        if col == COL_PARTIES:
            return row.parties
        if col == COL_RECEIVED:
            return fmt_date(row.received_at)
        if col == COL_DUE:
            return fmt_deadline(row.due_at)
        if col == COL_CLOCK and row.fast_track_due_at is not None:
            return self.clock_text(row.fast_track_due_at - utcnow())
        return ""

    def clock_text(self, left: Any) -> str:
        """``● 5:20 left`` (hours:minutes), ``● over 2:10`` past the limit."""
        minutes = int(left.total_seconds() // 60)
        hours, mins = divmod(abs(minutes), 60)
        hm = f"{hours}:{mins:02d}"
        text = self.tr("{hm} left").format(hm=hm) if minutes > 0 else self.tr("over {hm}").format(hm=hm)
        return f"● {text}"
