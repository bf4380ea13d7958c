"""The Statistics page (统计): a period, a breakdown, the figures; a click lists the cases behind a figure.

Everything is computed in the task runner; the page only shows results. Exports (Excel
ledger and statistics, the monthly report PDF) run there too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services import statistics as st
from ...services import statistics_page as page
from ...services.statistics_page import Row
from ..context import AppContext
from ..formatting import today as local_today
from ..messages import labels
from ..models.rows import Column, RowsModel
from ..widgets import OpeningTableView
from .statistics_charts import ChartPanel
from .statistics_figures import FIGURE_ROLE, FiguresModel
from .statistics_panels import HotlinePanel, NotesData, NotesPanel, WeekPanel
from .statistics_screening import ScreeningPanel

CHART_MONTHS = 6


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
    notes: NotesData | None = None


def load(ctx: AppContext, period: st.Period, by: str, today: date | None = None) -> StatsData:
    """All the page shows (runs in the task runner)."""
    day = today or local_today()
    anchor = period.start
    months = st.months_back(anchor.year, anchor.month, CHART_MONTHS)
    got = page.read_page(ctx.db, ctx.actor, period, by, months, day)
    notes = NotesData(got.definitions, got.hotline_definitions, got.hotline, got.today, got.week)

    def pct(name: str) -> list[float | None]:
        return [
            None if getattr(r, name).value is None else round(float(getattr(r, name).value) * 100, 1)
            for r in got.rates
        ]

    return StatsData(
        period,
        by,
        got.rows,
        got.question,
        [f"{p.start.year % 100:02d}-{p.start.month:02d}" for p in months],
        {"response": pct("response"), "resolution": pct("resolution"), "satisfaction": pct("satisfaction")},
        {got.category_names.get(k, k): v for k, v in got.categories.items()},
        got.mediators,
        notes,
    )


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
        self._today = today
        self.data: StatsData | None = None
        self.kind = QComboBox()
        for code, text in (
            ("day", self.tr("Day")),
            ("week", self.tr("Week")),
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
            ("custom", self.tr("Custom")),
        ):
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
        for code, text in (
            ("total", self.tr("Total")),
            ("organisation", self.tr("Organisation")),
            ("mediator", self.tr("Mediator")),
            ("source", self.tr("Source")),
            ("category", self.tr("Category")),
            ("track", self.tr("Track")),
        ):
            self.by.addItem(text, code)
        self.period_label = QLabel()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedFile")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # one menu for every file the page writes; each is named to the user when written
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportMenu")
        self.export_button.setText(self.tr("Export / print"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for text, name, pattern, fn in (
            (self.tr("Ledger (台账), Excel…"), "台账.xlsx", "Excel (*.xlsx)", self.export_excel),
            (
                self.tr("Statistics workbook, Excel…"),
                "统计表.xlsx",
                "Excel (*.xlsx)",
                self.export_statistics_excel,
            ),
            (
                self.tr("Official statistics table, Excel…"),
                "人民调解统计表.xlsx",
                "Excel (*.xlsx)",
                self.export_official,
            ),
            (
                self.tr("Official statistics table, PDF…"),
                "人民调解统计表.pdf",
                "PDF (*.pdf)",
                self.export_official,
            ),
            (self.tr("Weekly report, PDF…"), "周报.pdf", "PDF (*.pdf)", self.export_week_pdf),
            (self.tr("Monthly report, PDF…"), "月度统计报告.pdf", "PDF (*.pdf)", self.export_pdf),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, t=text, n=name, p=pattern, f=fn: self._ask(t, n, p, f))
        self.export_button.setMenu(menu)
        bar = QHBoxLayout()
        for w in (
            QLabel(self.tr("Period:")),
            self.kind,
            self.anchor,
            self.until,
            QLabel(self.tr("By:")),
            self.by,
            self.period_label,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.figures = FiguresModel(self)
        self.table = QTableView()
        self.table.setObjectName("figuresTable")
        self.table.setModel(self.figures)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._figure_clicked)
        self.cases_title = QLabel(self.tr("Click a figure to list its cases."))
        cols: list[Column[tuple[int, str, str, str]]] = [
            Column(self.tr("Case no."), lambda r: r[1]),
            Column(self.tr("Status"), lambda r: labels.label(labels.statuses, r[3])),
            Column(self.tr("Title"), lambda r: r[2]),
        ]
        self.cases = RowsModel(self, columns=cols, row_id=lambda r: r[0])
        self.case_view = OpeningTableView()
        self.case_view.setObjectName("figureCases")
        self.case_view.setModel(self.cases)
        self.case_view.open_requested.connect(ctx.bus.open_case.emit)
        for col in (0, 1):
            self.case_view.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )

        self.topic = QLabel()
        self.topic.setWordWrap(True)
        self.topic_button = QPushButton(self.tr("List its cases"))
        self.topic_button.clicked.connect(self._topic_cases)
        qcols: list[Column[st.CategoryTrend]] = [
            Column(self.tr("Category"), lambda t: t.label),
            Column(self.tr("This month"), lambda t: str(t.count), True),
            Column(self.tr("Previous 3"), lambda t: " / ".join(map(str, t.previous)), True),
            Column(
                self.tr("Growth"),
                lambda t: self.tr("new") if t.growth is None else f"{float(t.growth) * 100:+.1f}%",
                True,
            ),
        ]
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
        self.notes = NotesPanel()
        self.hotline = HotlinePanel()
        self.week = WeekPanel()
        self.week.print_button.clicked.connect(
            lambda: self._ask(self.tr("Weekly report"), "周报.pdf", "PDF (*.pdf)", self.export_week_pdf)
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.hotline, self.tr("12345 today"))
        self.tabs.addTab(self.week, self.tr("This week"))
        self.tabs.addTab(qbox, self.tr("Monthly question"))
        self.screening = ScreeningPanel(ctx)
        self.tabs.addTab(self.screening, self.tr("Screening (排查)"))
        self.tabs.addTab(self.charts.rates, self.tr("Rates over time"))
        self.tabs.addTab(self.charts.categories, self.tr("Categories by month"))
        self.tabs.addTab(self.charts.workload, self.tr("Mediator workload"))

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 3)
        tl.addWidget(self.notes)
        cases = QWidget()
        cl = QVBoxLayout(cases)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.cases_title)
        cl.addWidget(self.case_view, 1)
        bottom = QSplitter()
        bottom.addWidget(cases)
        bottom.addWidget(self.tabs)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.saved_label)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.anchor.dateChanged, self.until.dateChanged, self.by.currentIndexChanged):
            signal.connect(self.refresh)
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
        self.screening.show_period(period.start, date.fromordinal(period.end.toordinal() - 1))
        ctx.tasks.run(lambda: load(ctx, period, by, self._today), on_success=self._show, on_error=self._error)

    def _show(self, data: Any) -> None:
        assert isinstance(data, StatsData)
        if data.period != self.period() or data.by != self.by.currentData():
            return  # a newer request is on its way
        self.data = data
        self.figures.set_rows(data.rows, data.by)
        if data.notes is not None:
            total = data.rows[0] if data.by == "total" and data.rows else None
            if total is not None:
                self.notes.show_row(total, data.notes.definitions)
            else:
                self.notes.text.setText(self.tr("Definitions: choose “Total” to see each rate worked out."))
            self.hotline.show_data(data.notes)
            self.week.show_data(data.notes)
        q = data.question
        self.question.set_rows(q.by_count)
        self.topic.setText(
            self.tr("Suggested topic: %1 (%2 cases)")
            .replace("%1", q.topic.label)
            .replace("%2", str(q.topic.count))
            if q.topic
            else self.tr("No cases this month.")
        )
        if q.partial and q.compared:
            self.topic.setText(
                self.topic.text()
                + "\n"
                + self.tr("Month not over: %1 compared with the same days of %2.")
                .replace("%1", q.period.label)
                .replace("%2", ", ".join(p.label for p in q.compared))
            )
        self.topic_button.setEnabled(q.topic is not None)
        self.charts.set_rates(
            self.tr("Rates over time (%)"),
            data.months,
            {
                self.tr("Response"): data.rates["response"],
                self.tr("Resolution"): data.rates["resolution"],
                self.tr("Satisfaction"): data.rates["satisfaction"],
            },
        )
        self.charts.set_categories(self.tr("Cases received by category"), data.months, data.categories)
        top = [r for r in data.mediators if r.key is not None][:8][::-1]
        self.charts.set_workload(
            self.tr("Mediator workload"),
            [r.label for r in top],
            {
                self.tr("Received"): [r.counts["received"] for r in top],
                self.tr("Resolved"): [r.counts["resolved"] for r in top],
                self.tr("Still open"): [r.counts["open"] for r in top],
            },
        )
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
        header = (
            self.figures.columns[[c[0] for c in self.figures.columns].index(figure)][1]
            if figure in [c[0] for c in self.figures.columns]
            else figure
        )

        def work() -> list[tuple[int, str, str, str]]:
            return page.cases_behind(ctx.db, ctx.actor, period, figure, by=by, key=key)

        self.cases_title.setText(self.tr("Cases behind “%1”:").replace("%1", header))
        ctx.tasks.run(work, on_success=self._set_cases, on_error=self._error)

    def _topic_cases(self) -> None:
        if self.data is None or self.data.question.topic is None:
            return
        ids, ctx = self.data.question.topic_case_ids, self._ctx
        self.cases_title.setText(self.tr("Cases of the monthly question:"))

        def work() -> list[tuple[int, str, str, str]]:
            return page.cases_listed(ctx.db, ctx.actor, ids)

        ctx.tasks.run(work, on_success=self._set_cases, on_error=self._error)

    def _set_cases(self, rows: Any) -> None:
        self.cases.set_rows(rows)
        self.cases_title.setText(f"{self.cases_title.text().split(' (')[0]} ({len(rows)})")

    # --- exports ----------------------------------------------------------------------------

    def _ask(self, title: str, name: str, pattern: str, export: Any) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        if path:
            export(Path(path))

    def export_week_pdf(self, path: Path) -> None:
        """Write the weekly report (the week shown under "This week")."""
        from ...services.monitoring import export_week_digest

        ctx = self._ctx
        anchor = self.data.notes.week.period.start if self.data and self.data.notes else self.period().start

        def work() -> str:
            return str(export_week_digest(ctx.db, ctx.actor, path, anchor))

        ctx.tasks.run(work, on_success=self._saved, on_error=self._error)

    def export_official(self, path: Path) -> None:
        """Write the 司法部 statistics table of the period (Excel or PDF by the file's suffix)."""
        from ...services.official_export import export_official

        period, ctx = self.period(), self._ctx

        def work() -> str:
            last = date.fromordinal(period.end.toordinal() - 1)
            return str(export_official(ctx.db, ctx.actor, path, start=period.start, end=last))

        ctx.tasks.run(work, on_success=self._saved, on_error=self._error)

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


__all__ = ["FiguresModel", "StatisticsPage", "StatsData", "load"]
