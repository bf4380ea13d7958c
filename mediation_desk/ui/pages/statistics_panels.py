"""Panels of the Statistics page: what each rate means (beside its figure), the counts that add up,
the 12345 hotline's three rates, today's monitoring and the week's digest.

The texts are built here with ``tr()`` from the definitions in force (the services hold the values;
reports print the Chinese of ``services/stat_notes.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ...services.hotline import HotlineDefinitions
from ...services.monitoring import HotlineRow, TodayView, WeekDigest
from ...services.statistics import Definitions, Row
from ..models.rows import Column, RowsModel


@dataclass(frozen=True)
class NotesData:
    """What the panels need besides the figures: the definitions in force and the hotline."""

    definitions: Definitions
    hotline_definitions: HotlineDefinitions
    hotline: HotlineRow
    today: TodayView
    week: WeekDigest


def answers_text(codes: tuple[str, ...]) -> str:
    """``满意 + 基本满意``: the return-visit answers that count as satisfied."""
    names = {
        "satisfied": QCoreApplication.translate("StatisticsNotes", "satisfied"),
        "basically_satisfied": QCoreApplication.translate("StatisticsNotes", "basically satisfied"),
        "dissatisfied": QCoreApplication.translate("StatisticsNotes", "dissatisfied"),
    }
    return " + ".join(names.get(c, c) for c in codes)


def _label(word_wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(word_wrap)
    label.setTextFormat(label.textFormat().PlainText)
    return label


class NotesPanel(QWidget):
    """Under the figures: each rate's definition and formula with the numbers, and the reconciliation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateNotes")
        self.text = _label()
        self.text.setObjectName("rateDefinitions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def _answers(self, codes: tuple[str, ...]) -> str:
        return answers_text(codes)

    def worked(self, rate: Any) -> str:
        return f"{rate.num} ÷ {rate.den} = {rate.percent()}"

    def show_row(self, row: Row, d: Definitions) -> None:
        c = row.counts
        outcomes = [
            (self.tr("pending"), "pending"),
            (self.tr("in mediation"), "in_mediation"),
            (self.tr("resolved"), "resolved"),
            (self.tr("failed"), "failed"),
            (self.tr("withdrawn"), "withdrawn"),
            (self.tr("declined"), "declined"),
        ]
        names = {code: text for text, code in outcomes}
        concluded = " + ".join(names[o] for o in d.concluded_outcomes if o in names)
        response = self.tr("Response rate = first contact within %1 h of receipt ÷ cases received: %2")
        resolution = self.tr("Resolution rate = resolved ÷ concluded (%1), of the cases received: %2")
        satisfaction = self.tr("Satisfaction rate = follow-ups answered %1 ÷ follow-ups answered: %2")
        received = self.tr("Received %1 = %2 (each case once, by its current outcome)")
        apart = self.tr("Counted apart: closed in the period %1, accepted %2; agreed ¥%3, paid ¥%4")
        lines = [
            response.replace("%1", str(d.response_hours)).replace("%2", self.worked(row.response)),
            resolution.replace("%1", concluded).replace("%2", self.worked(row.resolution)),
            satisfaction.replace("%1", self._answers(d.satisfied_answers)).replace(
                "%2", self.worked(row.satisfaction)
            ),
            received.replace("%1", str(c["received"])).replace(
                "%2", " + ".join(f"{text} {c[code]}" for text, code in outcomes)
            ),
            apart.replace("%1", str(c["closed"]))
            .replace("%2", str(c["accepted"]))
            .replace("%3", f"{row.agreed_fen / 100:,.2f}")
            .replace("%4", f"{row.paid_fen / 100:,.2f}"),
        ]
        self.text.setText("\n".join(lines))


class HotlinePanel(QWidget):
    """The 12345 hotline: the three rates with definitions, the counts that add up, today's tickets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotlinePanel")
        self.rates = _label()
        self.rates.setObjectName("hotlineRates")
        self.today = _label()
        self.today.setObjectName("hotlineToday")
        cols: list[Column[Any]] = [
            Column(self.tr("Ticket"), lambda t: t.ticket_no),
            Column(self.tr("Case no."), lambda t: t.case_number),
            Column(self.tr("Hours"), lambda t: f"{t.hours_waiting:.1f}", True),
        ]
        self.overdue = RowsModel(self, columns=cols, row_id=lambda t: t.case_id)
        self.overdue_view = QTableView()
        self.overdue_view.setObjectName("overdueTickets")
        self.overdue_view.setModel(self.overdue)
        self.overdue_view.verticalHeader().setVisible(False)
        self.overdue_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rates)
        layout.addWidget(self.today)
        layout.addWidget(self.overdue_view, 1)

    def show_data(self, n: NotesData) -> None:
        h, d, c = n.hotline, n.hotline_definitions, n.hotline.counts
        base = self.tr("return visits") if d.resolution_base == "visited" else self.tr("tickets received")
        answers = answers_text(d.satisfied_answers)

        def worked(rate: Any) -> str:
            return f"{rate.num} ÷ {rate.den} = {rate.percent()}"

        self.rates.setText(
            "\n".join(
                [
                    self.tr("Tickets received: %1").replace("%1", str(c["received"])),
                    self.tr("Response rate %1: first response within %2 h ÷ tickets received")
                    .replace("%1", worked(h.response))
                    .replace("%2", str(d.response_hours)),
                    self.tr("Resolution rate %1: resolved at the return visit ÷ %2")
                    .replace("%1", worked(h.resolution))
                    .replace("%2", base),
                    self.tr("Satisfaction rate %1: %2 ÷ ratings given")
                    .replace("%1", worked(h.satisfaction))
                    .replace("%2", answers),
                    self.tr("Received %1 = on time %2 + late %3 + overdue, no response %4 + waiting %5")
                    .replace("%1", str(c["received"]))
                    .replace("%2", str(c["responded_on_time"]))
                    .replace("%3", str(c["responded_late"]))
                    .replace("%4", str(c["unresponded_overdue"]))
                    .replace("%5", str(c["unresponded_waiting"])),
                    self.tr("Received %1 = resolved %2 + not resolved %3 + not visited %4")
                    .replace("%1", str(c["received"]))
                    .replace("%2", str(c["resolved"]))
                    .replace("%3", str(c["unresolved"]))
                    .replace("%4", str(c["not_visited"])),
                ]
            )
        )
        t = n.today
        self.today.setText(
            self.tr("Today (%1): %2 new tickets, %3 responses overdue (limit %4 h):")
            .replace("%1", t.day.isoformat())
            .replace("%2", str(len(t.new_tickets)))
            .replace("%3", str(len(t.overdue)))
            .replace("%4", str(t.response_hours))
        )
        self.overdue.set_rows(t.overdue)


class WeekPanel(QWidget):
    """The week's digest on screen, with its print button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekPanel")
        self.text = _label()
        self.text.setObjectName("weekDigest")
        self.print_button = QPushButton(self.tr("Weekly report PDF…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.print_button)

    def show_data(self, n: NotesData) -> None:
        w = n.week
        rows = [
            (self.tr("12345 tickets"), w.hotline["received"], w.hotline_before["received"]),
            (
                self.tr("Responded on time"),
                w.hotline["responded_on_time"],
                w.hotline_before["responded_on_time"],
            ),
            (self.tr("Cases received"), w.cases.counts["received"], w.cases_before.counts["received"]),
            (self.tr("Resolved"), w.cases.counts["resolved"], w.cases_before.counts["resolved"]),
            (self.tr("Closed in the week"), w.cases.counts["closed"], w.cases_before.counts["closed"]),
        ]
        head = self.tr("Week %1 (previous week in brackets)").replace("%1", w.period.label)
        lines = [
            head,
            *[f"{name}: {now} ({before})" for name, now, before in rows],
            self.tr("Response rate %1, resolution rate %2, satisfaction rate %3 (12345)")
            .replace("%1", w.hotline.response.percent())
            .replace("%2", w.hotline.resolution.percent())
            .replace("%3", w.hotline.satisfaction.percent()),
            self.tr("Most frequent: %1").replace(
                "%1", ", ".join(f"{k} {v}" for k, v in w.top_categories) or "—"
            ),
        ]
        self.text.setText("\n".join(lines))


__all__ = ["HotlinePanel", "NotesData", "NotesPanel", "WeekPanel"]
