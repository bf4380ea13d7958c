"""QtCharts for the Statistics page: rates over time, categories by month, mediator workload."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter


def _view(chart: QChart) -> QChartView:
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


class ChartPanel:
    """Three chart views whose data is replaced on every refresh."""

    def __init__(self) -> None:
        self.rates = _view(QChart())
        self.categories = _view(QChart())
        self.workload = _view(QChart())

    @staticmethod
    def _reset(view: QChartView, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        old = view.chart()
        view.setChart(chart)
        _view_setup(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def set_rates(self, title: str, months: list[str], series: dict[str, list[float | None]]) -> None:
        """Lines of percentages per month; a month without a denominator is a gap."""
        chart = self._reset(self.rates, title)
        x = QBarCategoryAxis()
        x.append(months)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for name, values in series.items():
            line = QLineSeries()
            line.setName(name)
            line.setPointsVisible(True)
            for i, v in enumerate(values):
                if v is not None:
                    line.append(i, v)
            chart.addSeries(line)
            line.attachAxis(y)
            # a category axis places point i at the i-th category centre
            line.attachAxis(x)

    def set_categories(
        self, title: str, months: list[str], series: dict[str, list[int]], top: int = 6
    ) -> None:
        """Grouped bars: the ``top`` busiest categories, cases received per month."""
        chart = self._reset(self.categories, title)
        bars = QBarSeries()
        for name in sorted(series, key=lambda k: -sum(series[k]))[:top]:
            s = QBarSet(name.removesuffix("纠纷"))  # the legend has little room: 邻里纠纷 → 邻里
            s.append([float(v) for v in series[name]])
            bars.append(s)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(months)
        y = QValueAxis()
        y.setLabelFormat("%d")
        y.setRange(0, _top(series.values()))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x)
        bars.attachAxis(y)
        y.applyNiceNumbers()

    def set_workload(self, title: str, names: list[str], series: dict[str, list[int]]) -> None:
        """Horizontal bars per mediator (e.g. received, resolved, still open)."""
        chart = self._reset(self.workload, title)
        bars = QHorizontalBarSeries()
        for label, values in series.items():
            s = QBarSet(label)
            s.append([float(v) for v in values])
            bars.append(s)
        chart.addSeries(bars)
        y = QBarCategoryAxis()
        y.append(names)
        x = QValueAxis()
        x.setLabelFormat("%d")
        x.setRange(0, _top(series.values()))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(y)
        bars.attachAxis(x)
        x.applyNiceNumbers()


def _top(values: object) -> float:
    """An axis maximum of at least 1 (an empty chart would give Qt a NaN range)."""
    return float(max([1, *(v for vs in values for v in vs)]))  # type: ignore[attr-defined]


def _view_setup(chart: QChart) -> None:
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)


__all__ = ["ChartPanel"]
