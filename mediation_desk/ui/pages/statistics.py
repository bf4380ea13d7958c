"""The Statistics page (统计): a period, a breakdown, the figures; a click lists the cases behind a figure.

Everything is computed in the task runner; the page only shows results. Exports (Excel
ledger and statistics, the monthly report PDF) run there too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ...domain.money import format_money
from ...services import statistics as st
from ...store.engine import read_session
from ...store.models import Case
from ...store.queries.statistics import Row
from ..context import AppContext
from ..formatting import today as local_today
from ..messages import labels
from ..models.rows import Column, RowsModel
from ..widgets import OpeningTableView
from .statistics_charts import ChartPanel

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 2
CHART_MONTHS = 6
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class StatsData:
    period: st.Period
    by: str
    rows: list[Row]
    question: st.MonthlyQuestion
    months: list[str]
    rates: dict[str, list[float | None]]
    categories: dict[str, list[int]]
    mediators: list[Row]


def load(ctx: AppContext, period: st.Period, by: str) -> StatsData:
    """All the page shows (runs in the task runner)."""
    visible = st.visibility(ctx.actor)
    anchor = period.start
    months = st.months_back(anchor.year, anchor.month, CHART_MONTHS)
    with read_session(ctx.db.engine) as s:
        rows = st.figures(s, period, by=by, visible=visible)
        question = st.monthly_question(s, anchor.year, anchor.month, visible=visible)
        series = st.rate_series(s, months, visible=visible)
        cats = st.category_months(s, months, visible=visible)
        names = st.q.group_labels(session=s, by="category", keys=list(cats))
        mediators = st.figures(s, period, by="mediator", visible=visible)

    def pct(name: str) -> list[float | None]:
        return [None if getattr(r, name).value is None else round(float(getattr(r, name).value) * 100, 1)
                for r in series]

    return StatsData(period, by, rows, question,
                     [f"{p.start.year % 100:02d}-{p.start.month:02d}" for p in months],
                     {"response": pct("response"), "resolution": pct("resolution"),
                      "satisfaction": pct("satisfaction")},
                     {names.get(k, k): v for k, v in cats.items()}, mediators)


class FiguresModel(QAbstractTableModel):
    """Rows: groups; columns: figures. ``FIGURE_ROLE`` gives the figure name a cell stands for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.by = "total"
        self.columns: list[tuple[str, str]] = [
            ("label", self.tr("Group")), ("received", self.tr("Received")), ("accepted", self.tr("Accepted")),
            ("resolved", self.tr("Resolved")), ("failed", self.tr("Failed")),
            ("withdrawn", self.tr("Withdrawn")), ("open", self.tr("Still open")),
            ("overdue", self.tr("Overdue")), ("response", self.tr("Response rate")),
            ("resolution", self.tr("Resolution rate")), ("satisfaction", self.tr("Satisfaction rate")),
            ("agreed", self.tr("Agreed")), ("paid", self.tr("Paid")), ("outstanding", self.tr("Outstanding")),
            ("avg_days", self.tr("Avg. days")), ("max_days", self.tr("Longest days")),
            ("confidential", self.tr("Confidential")),
        ]

    def set_rows(self, rows: list[Row], by: str) -> None:
        self.beginResetModel()
        self.rows, self.by = rows, by
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None

    def label(self, row: Row) -> str:
        if self.by == "total":
            return self.tr("All cases")
        if row.key is None:
            return self.tr("(none)")
        table = {"source": labels.sources, "track": labels.tracks}.get(self.by)
        return labels.label(table, str(row.key)) if table else row.label

    def text(self, row: Row, name: str) -> str:
        if name == "label":
            return self.label(row)
        if name in ("response", "resolution", "satisfaction"):
            return getattr(row, name).percent()
        if name in ("agreed", "paid", "outstanding"):
            return format_money({"agreed": row.agreed_fen, "paid": row.paid_fen,
                                 "outstanding": row.outstanding_fen}[name])
        if name in ("avg_days", "max_days"):
            value = getattr(row, name)
            return "—" if value is None else f"{value:.1f}"
        return str(row.counts[name])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, name = self.rows[index.row()], self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, name)
        if role == FIGURE_ROLE:
            return name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StatisticsPage(QWidget):
    """Period and breakdown selectors, figures, the cases behind a figure, the monthly question, charts.

    Signals:
        loaded(): the figures of the selected period are on screen.
        exported(str): an export finished (the file path).
    """

    loaded = Signal()
    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPage")
        self._ctx = ctx
        self.data: StatsData | None = None
        self.kind = QComboBox()
        for code, text in (("day", self.tr("Day")), ("week", self.tr("Week")), ("month", self.tr("Month")),
                           ("quarter", self.tr("Quarter")), ("year", self.tr("Year")),
                           ("custom", self.tr("Custom"))):
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(2)
        start = today or local_today()  # Beijing, whatever the workstation's time zone
        self.anchor = QDateEdit(QDate(start.year, start.month, start.day))
        self.until = QDateEdit(QDate(start.year, start.month, start.day))
        for edit in (self.anchor, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.until.setVisible(False)
        self.by = QComboBox()
        for code, text in (("total", self.tr("Total")), ("organisation", self.tr("Organisation")),
                           ("mediator", self.tr("Mediator")), ("source", self.tr("Source")),
                           ("category", self.tr("Category")), ("track", self.tr("Track"))):
            self.by.addItem(text, code)
        self.period_label = QLabel()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedFile")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.excel_button = QPushButton(self.tr("Export Excel…"))
        self.pdf_button = QPushButton(self.tr("Monthly report PDF…"))
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Period:")), self.kind, self.anchor, self.until, QLabel(self.tr("By:")),
                  self.by, self.period_label):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.pdf_button)

        self.figures = FiguresModel(self)
        self.table = QTableView()
        self.table.setObjectName("figuresTable")
        self.table.setModel(self.figures)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._figure_clicked)
        self.cases_title = QLabel(self.tr("Click a figure to list its cases."))
        cols: list[Column[tuple[int, str, str, str]]] = [
            Column(self.tr("Case no."), lambda r: r[1]),
            Column(self.tr("Status"), lambda r: labels.label(labels.statuses, r[3])),
            Column(self.tr("Title"), lambda r: r[2])]
        self.cases = RowsModel(self, columns=cols, row_id=lambda r: r[0])
        self.case_view = OpeningTableView()
        self.case_view.setObjectName("figureCases")
        self.case_view.setModel(self.cases)
        self.case_view.open_requested.connect(ctx.bus.open_case.emit)
        for col in (0, 1):
            self.case_view.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents)

        self.topic = QLabel()
        self.topic.setWordWrap(True)
        self.topic_button = QPushButton(self.tr("List its cases"))
        self.topic_button.clicked.connect(self._topic_cases)
        qcols: list[Column[st.CategoryTrend]] = [
            Column(self.tr("Category"), lambda t: t.label),
            Column(self.tr("This month"), lambda t: str(t.count), True),
            Column(self.tr("Previous 3"), lambda t: " / ".join(map(str, t.previous)), True),
            Column(self.tr("Growth"),
                   lambda t: self.tr("new") if t.growth is None else f"{float(t.growth) * 100:+.1f}%", True)]
        self.question = RowsModel(self, columns=qcols, row_id=lambda t: 0)
        qview = QTableView()
        qview.setModel(self.question)
        qview.verticalHeader().setVisible(False)
        qview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        qbox = QGroupBox(self.tr("Monthly question"))
        ql = QVBoxLayout(qbox)
        row = QHBoxLayout()
        row.addWidget(self.topic, 1)
        row.addWidget(self.topic_button)
        ql.addLayout(row)
        ql.addWidget(qview)

        self.charts = ChartPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.charts.rates, self.tr("Rates over time"))
        self.tabs.addTab(self.charts.categories, self.tr("Categories by month"))
        self.tabs.addTab(self.charts.workload, self.tr("Mediator workload"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 3)
        ll.addWidget(self.cases_title)
        ll.addWidget(self.case_view, 2)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(qbox, 2)
        rl.addWidget(self.tabs, 3)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([1000, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.saved_label)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.anchor.dateChanged, self.until.dateChanged, self.by.currentIndexChanged):
            signal.connect(self.refresh)
        self.excel_button.clicked.connect(self._ask_excel)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.refresh()

    # --- period and loading -----------------------------------------------------------------

    def period(self) -> st.Period:
        a, u = self.anchor.date().toPython(), self.until.date().toPython()
        kind = str(self.kind.currentData())
        return st.make_period(kind, a, max(u, a) if kind == "custom" else None)  # type: ignore[arg-type]

    def _kind_changed(self) -> None:
        self.until.setVisible(self.kind.currentData() == "custom")
        self.refresh()

    def refresh(self) -> None:
        """Recompute the figures, the monthly question and the charts in the background."""
        period, by, ctx = self.period(), str(self.by.currentData()), self._ctx
        self.period_label.setText(period.label)
        ctx.tasks.run(lambda: load(ctx, period, by), on_success=self._show, on_error=self._error)

    def _show(self, data: Any) -> None:
        assert isinstance(data, StatsData)
        if data.period != self.period() or data.by != self.by.currentData():
            return  # a newer request is on its way
        self.data = data
        self.figures.set_rows(data.rows, data.by)
        q = data.question
        self.question.set_rows(q.by_count)
        self.topic.setText(self.tr("Suggested topic: %1 (%2 cases)").replace("%1", q.topic.label)
                           .replace("%2", str(q.topic.count)) if q.topic else self.tr("No cases this month."))
        self.topic_button.setEnabled(q.topic is not None)
        self.charts.set_rates(self.tr("Rates over time (%)"), data.months,
                              {self.tr("Response"): data.rates["response"],
                               self.tr("Resolution"): data.rates["resolution"],
                               self.tr("Satisfaction"): data.rates["satisfaction"]})
        self.charts.set_categories(self.tr("Cases received by category"), data.months, data.categories)
        top = [r for r in data.mediators if r.key is not None][:8][::-1]
        self.charts.set_workload(self.tr("Mediator workload"), [r.label for r in top],
                                 {self.tr("Received"): [r.counts["received"] for r in top],
                                  self.tr("Resolved"): [r.counts["resolved"] for r in top],
                                  self.tr("Still open"): [r.counts["open"] for r in top]})
        self.loaded.emit()

    def _error(self, exc: BaseException) -> None:
        from ..errors import show_error

        show_error(self, exc)

    # --- cases behind a figure ----------------------------------------------------------------

    def _figure_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or self.data is None:
            return
        figure = str(index.data(FIGURE_ROLE))
        if figure == "label":
            figure = "received"
        row = self.figures.rows[index.row()]
        self.show_cases_of(figure, row.key)

    def show_cases_of(self, figure: str, key: Any = None) -> None:
        """List the cases behind ``figure`` of the group ``key`` (in the background)."""
        if self.data is None:
            return
        period, by, ctx = self.data.period, self.data.by, self._ctx
        header = self.figures.columns[[c[0] for c in self.figures.columns].index(figure)][1] \
            if figure in [c[0] for c in self.figures.columns] else figure

        def work() -> list[tuple[int, str, str, str]]:
            with read_session(ctx.db.engine) as s:
                ids = st.cases_behind(s, period, figure, by=by, key=key, visible=st.visibility(ctx.actor))
                return _case_rows(s, ids)

        self.cases_title.setText(self.tr("Cases behind “%1”:").replace("%1", header))
        ctx.tasks.run(work, on_success=self._set_cases, on_error=self._error)

    def _topic_cases(self) -> None:
        if self.data is None or self.data.question.topic is None:
            return
        ids, ctx = self.data.question.topic_case_ids, self._ctx
        self.cases_title.setText(self.tr("Cases of the monthly question:"))

        def work() -> list[tuple[int, str, str, str]]:
            with read_session(ctx.db.engine) as s:
                return _case_rows(s, ids)

        ctx.tasks.run(work, on_success=self._set_cases, on_error=self._error)

    def _set_cases(self, rows: Any) -> None:
        self.cases.set_rows(rows)
        self.cases_title.setText(f"{self.cases_title.text().split(' (')[0]} ({len(rows)})")

    # --- exports ----------------------------------------------------------------------------

    def _ask_excel(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Excel"), "台账.xlsx", "Excel (*.xlsx)")
        if path:
            self.export_excel(Path(path))

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Monthly report"), "月度统计报告.pdf",
                                              "PDF (*.pdf)")
        if path:
            self.export_pdf(Path(path))

    def export_excel(self, path: Path) -> None:
        """Write the ledger (台账) of the period: one file, named to the user when written."""
        from ...services.ledger_book import export_book  # openpyxl: only when exporting

        period, ctx = self.period(), self._ctx

        def work() -> str:
            last = date.fromordinal(period.end.toordinal() - 1)
            return str(export_book(ctx.db, ctx.actor, path, start=period.start, end=last).path)

        ctx.tasks.run(work, on_success=self._saved, on_error=self._error)

    def export_statistics_excel(self, path: Path) -> None:
        """Write the period's statistics workbook (figures, definitions, monthly question)."""
        from ...services.statistics_export import export_statistics  # openpyxl: only when exporting

        period, ctx = self.period(), self._ctx

        def work() -> str:
            export_statistics(ctx.db, ctx.actor, path, period)
            return str(path)

        ctx.tasks.run(work, on_success=self._saved, on_error=self._error)

    def _saved(self, path: Any) -> None:
        """Name the written file to the user, then tell listeners."""
        self.saved_label.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def export_pdf(self, path: Path) -> None:
        """Write the monthly report of the selected period's month."""
        from ...services.statistics_report import export_monthly_report  # ReportLab: only when exporting

        start, ctx = self.period().start, self._ctx

        def work() -> str:
            export_monthly_report(ctx.db, ctx.actor, path, start.year, start.month)
            return str(path)

        ctx.tasks.run(work, on_success=self._saved, on_error=self._error)


def _case_rows(session: Any, ids: list[int]) -> list[tuple[int, str, str, str]]:
    if not ids:
        return []
    stmt = (select(Case.id, Case.number, Case.title, Case.status).where(Case.id.in_(ids[:2000]))  # type: ignore[union-attr]
            .order_by(Case.received_at))
    return [tuple(r) for r in session.execute(stmt).all()]  # type: ignore[misc]


__all__ = ["FiguresModel", "StatisticsPage", "StatsData", "load"]
