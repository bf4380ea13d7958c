"""Settings › Statistics definitions: what the administrator may change in the three rates' meaning
(the response limit, which return-visit answers count as satisfied, what the resolution rate divides by)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services import hotline
from ...services import statistics as st
from ...services.hotline import HotlineDefinitions
from ..context import AppContext

ANSWERS = ("satisfied", "basically_satisfied", "dissatisfied")


class StatisticsDefinitionsSection(QWidget):
    """Two groups (cases, 12345) and one Save; the services check the values and the permission."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("statisticsDefinitions")
        names = {
            "satisfied": self.tr("satisfied"),
            "basically_satisfied": self.tr("basically satisfied"),
            "dissatisfied": self.tr("dissatisfied"),
        }
        self.case_hours, self.hot_hours = QSpinBox(), QSpinBox()
        for spin in (self.case_hours, self.hot_hours):
            spin.setRange(1, 720)
            spin.setSuffix(self.tr(" h"))
        self.case_answers = {a: QCheckBox(names[a]) for a in ANSWERS}
        self.hot_answers = {a: QCheckBox(names[a]) for a in ANSWERS}
        self.concluded = {
            o: QCheckBox(t)
            for o, t in (
                ("failed", self.tr("failed")),
                ("withdrawn", self.tr("withdrawn")),
                ("declined", self.tr("declined")),
            )
        }
        self.base = QComboBox()
        self.base.addItem(self.tr("tickets visited"), "visited")
        self.base.addItem(self.tr("tickets received"), "received")
        cases = QGroupBox(self.tr("Case statistics"))
        cf = QFormLayout(cases)
        cf.addRow(self.tr("Response within"), self.case_hours)
        cf.addRow(self.tr("Counted as satisfied"), self._row(self.case_answers.values()))
        cf.addRow(self.tr("Resolution rate: resolved ÷ resolved +"), self._row(self.concluded.values()))
        hot = QGroupBox(self.tr("12345 hotline"))
        hf = QFormLayout(hot)
        hf.addRow(self.tr("Response within"), self.hot_hours)
        hf.addRow(self.tr("Counted as satisfied"), self._row(self.hot_answers.values()))
        hf.addRow(self.tr("Resolution rate: resolved ÷"), self.base)
        self.save_button = QPushButton(self.tr("Save definitions"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(cases)
        layout.addWidget(hot)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        ctx.tasks.run(
            lambda: hotline.definitions_in_force(ctx.db), on_success=self._show, on_error=self._error
        )

    def _row(self, boxes: Any) -> QWidget:
        w = QWidget()
        r = QHBoxLayout(w)
        r.setContentsMargins(0, 0, 0, 0)
        for b in boxes:
            r.addWidget(b)
        r.addStretch(1)
        return w

    def _show(self, result: Any) -> None:
        d, h = result
        self.case_hours.setValue(d.response_hours)
        self.hot_hours.setValue(h.response_hours)
        for a in ANSWERS:
            self.case_answers[a].setChecked(a in d.satisfied_answers)
            self.hot_answers[a].setChecked(a in h.satisfied_answers)
        for o, box in self.concluded.items():
            box.setChecked(o in d.concluded_outcomes)
        self.base.setCurrentIndex(max(0, self.base.findData(h.resolution_base)))

    def values(self) -> tuple[st.Definitions, HotlineDefinitions]:
        concluded = ("resolved", *(o for o, b in self.concluded.items() if b.isChecked()))
        d = st.Definitions(
            response_hours=self.case_hours.value(),
            satisfied_answers=tuple(a for a, b in self.case_answers.items() if b.isChecked()),
            concluded_outcomes=concluded,
        )
        hot = tuple(a for a, b in self.hot_answers.items() if b.isChecked())
        h = HotlineDefinitions(
            response_hours=self.hot_hours.value(),
            satisfied_answers=hot,
            resolution_base=str(self.base.currentData()),
        )
        return d, h

    def save(self) -> None:
        ctx = self.ctx
        d, h = self.values()

        def work() -> None:
            st.save_definitions(ctx.db, ctx.actor, d)
            hotline.save_hotline_definitions(ctx.db, ctx.actor, h)

        ctx.tasks.run(
            work, on_success=lambda _: self.message.setText(self.tr("Saved.")), on_error=self._error
        )

    def _error(self, exc: BaseException) -> None:
        from ..errors import show_error

        show_error(self, exc)


__all__ = ["StatisticsDefinitionsSection"]
