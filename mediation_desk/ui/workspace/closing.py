"""结案: a confirmation that sums up what is left open, then the closing report (结案报告表).

The mediator sees unpaid instalments, follow-ups not done, sessions never recorded, an open
judicial-confirmation window and a running 48-hour clock before the case closes; closing
stops every clock. With "Produce the closing report" ticked (the default) the report opens in
the print preview once the case is closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from ...domain.enums import CaseStatus
from ...domain.money import format_money
from ...services import cases
from ...services import dossier as docs
from ...services.closing import OpenItems, open_items
from ..documents.preview import PreviewDialog
from ..i18n import join_list
from .common import fmt_date, fmt_dt
from .dialogs import FormDialog

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


def describe_open_items(items: OpenItems) -> list[str]:
    """One line per kind of thing left open (empty: nothing)."""
    lines: list[str] = []
    if items.unpaid:
        which = join_list(
            [
                f"{u.payer} {format_money(u.outstanding_fen)}"
                + (f" ({fmt_date(u.due_on)})" if u.due_on else "")
                for u in items.unpaid
            ]
        )
        text = QCoreApplication.translate(
            "CloseDialog", "Unpaid: {amount} on %n instalment(s) ({which}).", "", len(items.unpaid)
        )
        lines.append(text.format(amount=format_money(items.outstanding_fen), which=which))
    if items.follow_ups_pending:
        lines.append(
            QCoreApplication.translate(
                "CloseDialog", "%n follow-up(s) not done.", "", items.follow_ups_pending
            )
        )
    if items.sessions_open:
        text = QCoreApplication.translate(
            "CloseDialog", "%n scheduled session(s) never recorded: {when}.", "", len(items.sessions_open)
        )
        lines.append(text.format(when=join_list([fmt_dt(a) for a in items.sessions_open])))
    if items.judicial_window_until:
        text = QCoreApplication.translate(
            "CloseDialog", "The parties may still apply for judicial confirmation until {day}."
        )
        lines.append(text.format(day=fmt_date(items.judicial_window_until)))
    if items.fast_track_running:
        lines.append(
            QCoreApplication.translate(
                "CloseDialog", "The 48-hour fast track of the police matter has not reached its trial."
            )
        )
    return lines


class CloseDialog(FormDialog):
    """Confirm closing: what is left open, and whether to produce the closing report.

    Attributes:
        open_lines: the lines describing what is left open (tests read them).
        report: "Produce the closing report (结案报告表)" (ticked).
    """

    def __init__(self, items: OpenItems, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("closeCaseDialog")
        self.setWindowTitle(self.tr("Close the case"))
        self.open_lines = describe_open_items(items)
        if self.open_lines:
            head = self.tr("Still open on this case — closing stops its deadlines and reminders:")
            body = "".join(f"<li>{line}</li>" for line in self.open_lines)
            text = f"<p><b>{head}</b></p><ul>{body}</ul>"
        else:
            text = self.tr("Nothing is left open on this case.")
        summary = QLabel(text, self)
        summary.setObjectName("closeOpenItems")
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setWordWrap(True)
        if self.open_lines:
            summary.setStyleSheet("QLabel { color: #8a4b00; }")
        self.form.addRow(summary)
        self.report = QCheckBox(self.tr("Produce the closing report (结案报告表)"), self)
        self.report.setObjectName("closeReport")
        self.report.setChecked(True)
        self.form.addRow(self.report)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Close the case"))

    def collect(self) -> bool:
        return self.report.isChecked()


def start_closing(ws: CaseWorkspace) -> None:
    """Read what is open (background), ask for the confirmation, close, produce the report."""
    ctx, case_id = ws.ctx, ws.case_id

    def ask(items: Any) -> None:
        dialog = CloseDialog(items, ws)
        ws.close_dialog = dialog

        def submit(report: bool, dlg: Any) -> None:
            version = ws.version
            db, actor = ctx.db, ctx.actor

            def closed(result: Any) -> None:
                dlg.succeeded(result)
                if report:
                    show_closing_report(ws)

            def close() -> Any:
                return cases.change_status(db, actor, case_id, CaseStatus.CLOSED, expected_version=version)

            ws.run(close, done=closed, failed=dlg.failed)

        dialog.on_submit = submit
        dialog.open()

    ctx.tasks.run(lambda: open_items(ctx.db, ctx.actor, case_id), on_success=ask)


def show_closing_report(ws: CaseWorkspace) -> None:
    """Render the 结案报告表 in the background and open it in the print preview."""
    ctx, case_id = ws.ctx, ws.case_id

    def shown(pdf: Any) -> None:
        title = QCoreApplication.translate("CloseDialog", "Closing report")
        preview = PreviewDialog(pdf, title, ws)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ws.closing_preview = preview
        preview.open()

    ctx.tasks.run(lambda: docs.closing_report_pdf(ctx.db, ctx.actor, case_id), on_success=shown)


__all__ = ["CloseDialog", "describe_open_items", "show_closing_report", "start_closing"]
