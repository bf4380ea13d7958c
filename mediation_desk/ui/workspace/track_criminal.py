"""刑事和解 Criminal reconciliation: the eligibility checklist, its override, confidentiality, decisions.

The checklist (CPL Art. 288) gives warnings, not a refusal: the mediator may proceed with a
recorded reason (kept on the case and in the audit history).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.eligibility import CriminalFacts, EligibilityWarning, criminal_warnings
from ...services import cases
from ...services.case_workspace import CaseDetail
from ...services.tracks import (
    PROCURATORATE_DECISIONS,
    override_eligibility,
    record_police_recommendation,
    record_procuratorate_decision,
    set_criminal_checklist,
)
from ..time_fields import TypedDateTimeEdit
from .common import fmt_dt, from_qdatetime, to_qdatetime
from .dialogs import ReasonDialog

if TYPE_CHECKING:
    from .workspace import CaseWorkspace

BOOL_FIELDS = ("civil_dispute_origin", "negligent", "intentional_crime_within_5y", "specific_victim")


def field_names() -> dict[str, str]:
    return {
        "civil_dispute_origin": QCoreApplication.translate("Criminal", "Caused by a civil dispute"),
        "chapter": QCoreApplication.translate("Criminal", "Chapter of the Criminal Law (special part)"),
        "likely_sentence_months": QCoreApplication.translate("Criminal", "Likely sentence (months)"),
        "negligent": QCoreApplication.translate("Criminal", "Negligent crime"),
        "intentional_crime_within_5y": QCoreApplication.translate(
            "Criminal", "Intentional crime in the last 5 years"
        ),
        "specific_victim": QCoreApplication.translate("Criminal", "A specific victim"),
    }


def warning_text(w: EligibilityWarning) -> str:
    """One checklist warning in words."""
    p = w.params
    texts = {
        "criminal.unknown": QCoreApplication.translate("Criminal", "Not known yet: {field}.").format(
            field=field_names().get(str(p.get("field")), str(p.get("field")))
        ),
        "criminal.not_civil_origin": QCoreApplication.translate(
            "Criminal", "The crime was not caused by a civil dispute."
        ),
        "criminal.chapter_out_of_scope": QCoreApplication.translate(
            "Criminal", "Chapter {chapter} is outside chapters 4 and 5 (person and property)."
        ).format(chapter=p.get("chapter")),
        "criminal.sentence_too_high": QCoreApplication.translate(
            "Criminal", "A likely sentence of {months} months is above the {maximum} months allowed."
        ).format(months=p.get("months"), maximum=p.get("maximum")),
        "criminal.dereliction_excluded": QCoreApplication.translate(
            "Criminal", "Negligent dereliction of duty (chapter 9) is excluded."
        ),
        "criminal.recent_intentional_crime": QCoreApplication.translate(
            "Criminal", "The suspect committed an intentional crime in the last 5 years."
        ),
        "criminal.no_specific_victim": QCoreApplication.translate("Criminal", "There is no specific victim."),
    }
    return texts.get(w.code, w.code)


def decision_names() -> dict[str, str]:
    return {
        "non_prosecution": QCoreApplication.translate("Criminal", "Not prosecuted"),
        "prosecution_leniency": QCoreApplication.translate("Criminal", "Prosecuted, leniency recommended"),
        "prosecution": QCoreApplication.translate("Criminal", "Prosecuted"),
        "returned": QCoreApplication.translate("Criminal", "Returned for further investigation"),
        "other": QCoreApplication.translate("Criminal", "Other"),
    }


class CriminalSection(QGroupBox):
    """Checklist editors, warnings, override, confidential flag, police and procuratorate.

    Attributes:
        tri: the yes/no/unknown combo of each boolean checklist item.
        warnings_label: the warnings in words (empty when the checklist is clean).
        dialog: the override reason dialog last opened.
    """

    def __init__(self, ws: CaseWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Criminal reconciliation"))
        self.ws = ws
        self.dialog: ReasonDialog | None = None
        names = field_names()
        form = QFormLayout()
        self.tri: dict[str, QComboBox] = {}
        for name in BOOL_FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"check_{name}")
            for text, value in ((self.tr("Unknown"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
                combo.addItem(text, value)
            self.tri[name] = combo
        self.chapter = QSpinBox(self)
        self.chapter.setRange(0, 10)
        self.chapter.setSpecialValueText(self.tr("Unknown"))
        self.months = QSpinBox(self)
        self.months.setRange(-1, 600)
        self.months.setSpecialValueText(self.tr("Unknown"))
        self.months.setSuffix(self.tr(" months"))
        for name in ("civil_dispute_origin", "negligent"):
            form.addRow(names[name], self.tri[name])
        form.addRow(names["chapter"], self.chapter)
        form.addRow(names["likely_sentence_months"], self.months)
        for name in ("intentional_crime_within_5y", "specific_victim"):
            form.addRow(names[name], self.tri[name])
        self.save_button = QPushButton(self.tr("Save checklist"), self)
        self.save_button.setObjectName("saveChecklist")
        self.save_button.clicked.connect(self.save_checklist)
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("eligibilityWarnings")
        self.warnings_label.setWordWrap(True)
        self.override_label = QLabel(self)
        self.override_label.setWordWrap(True)
        self.override_button = QPushButton(self.tr("Proceed despite the warnings…"), self)
        self.override_button.setObjectName("overrideEligibility")
        self.override_button.clicked.connect(self.open_override)
        self.confidential = QCheckBox(
            self.tr("Keep compensation amounts confidential (lists, statistics, exports)"), self
        )
        self.confidential.setObjectName("confidentialAmounts")
        self.confidential.clicked.connect(self.save_confidential)
        self.recommendation = QLineEdit(self)
        self.recommendation.setPlaceholderText(self.tr("e.g. lenient treatment recommended"))
        self.recommendation_at = TypedDateTimeEdit(self)
        self.recommendation_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        save_rec = QPushButton(self.tr("Save"), self)
        save_rec.clicked.connect(self.save_recommendation)
        self.decision = QComboBox(self)
        for code in PROCURATORATE_DECISIONS:
            self.decision.addItem(decision_names()[code], code)
        self.decision_at = TypedDateTimeEdit(self)
        self.decision_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        save_dec = QPushButton(self.tr("Save"), self)
        save_dec.clicked.connect(self.save_decision)
        self.decision_label = QLabel(self)
        rec_row, dec_row = QHBoxLayout(), QHBoxLayout()
        for row, widgets in (
            (rec_row, (self.recommendation, self.recommendation_at, save_rec)),
            (dec_row, (self.decision, self.decision_at, save_dec)),
        ):
            for w in widgets:
                row.addWidget(w, 1 if w in (self.recommendation, self.decision) else 0)
        form.addRow("", self.save_button)
        form.addRow(self.tr("Warnings"), self.warnings_label)
        form.addRow(self.tr("Override"), self.override_label)
        form.addRow("", self.override_button)
        form.addRow("", self.confidential)
        form.addRow(self.tr("Police recommendation"), rec_row)
        form.addRow(self.tr("Procuratorate decision"), dec_row)
        form.addRow("", self.decision_label)
        QVBoxLayout(self).addLayout(form)

    def facts(self) -> CriminalFacts:
        """The checklist as edited."""
        values: dict[str, Any] = {name: combo.currentData() for name, combo in self.tri.items()}
        values["chapter"] = self.chapter.value() or None
        values["likely_sentence_months"] = None if self.months.value() < 0 else self.months.value()
        return CriminalFacts(**values)

    def show_detail(self, detail: CaseDetail) -> None:
        matter, case = detail.matter, detail.case
        stored = CriminalFacts.from_json(
            json.loads(matter.eligibility) if matter and matter.eligibility else None
        )
        for name, combo in self.tri.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(stored, name))))
        self.chapter.setValue(stored.chapter or 0)
        self.months.setValue(-1 if stored.likely_sentence_months is None else stored.likely_sentence_months)
        warnings = criminal_warnings(stored)
        if warnings:
            self.warnings_label.setText("\n".join("• " + warning_text(w) for w in warnings))
            self.warnings_label.setStyleSheet("QLabel { color: #b26a00; }")
        else:
            self.warnings_label.setText(
                self.tr("None: the case is within the scope of criminal reconciliation.")
            )
            self.warnings_label.setStyleSheet("QLabel { color: #2e7d32; }")
        reason = case.eligibility_override.strip()
        self.override_label.setText(
            self.tr("Recorded: {reason}").format(reason=reason) if reason else self.tr("None")
        )
        self.override_button.setVisible(bool(warnings) and not reason)
        self.confidential.setChecked(bool(case.confidential_amounts))
        now = to_qdatetime(self.ws.clock())
        if matter is not None and matter.police_recommendation:
            self.recommendation.setText(matter.police_recommendation)
        self.recommendation_at.setDateTime(
            to_qdatetime(matter.recommendation_at) if matter and matter.recommendation_at else now
        )
        if matter is not None and matter.decision:
            self.decision.setCurrentIndex(max(0, self.decision.findData(matter.decision)))
        self.decision_at.setDateTime(
            to_qdatetime(matter.decision_at) if matter and matter.decision_at else now
        )
        self.decision_label.setText(
            self.tr("{decision} on {at}").format(
                decision=decision_names().get(matter.decision, matter.decision), at=fmt_dt(matter.decision_at)
            )
            if matter and matter.decision
            else self.tr("No decision recorded yet.")
        )

    # -- actions -------------------------------------------------------------------------------------

    def save_checklist(self) -> None:
        ws, facts = self.ws, self.facts()
        db, actor, case_id = ws.ctx.db, ws.ctx.actor, ws.case_id
        ws.run(lambda: set_criminal_checklist(db, actor, case_id, facts))

    def open_override(self) -> ReasonDialog:
        dialog = ReasonDialog(
            self.tr("Proceed despite the warnings"),
            self.tr(
                "Why may this case be reconciled although the checklist warns? The reason "
                "is kept on the case and in its history."
            ),
            self,
        )
        dialog.on_submit = self._submit_override
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit_override(self, reason: str, dialog: ReasonDialog) -> None:
        ws = self.ws
        db, actor, case_id, version = ws.ctx.db, ws.ctx.actor, ws.case_id, ws.version
        ws.run(
            lambda: override_eligibility(db, actor, case_id, reason, expected_version=version),
            done=dialog.succeeded,
            failed=dialog.failed,
        )

    def save_confidential(self, checked: bool) -> None:
        ws = self.ws
        db, actor, case_id, version = ws.ctx.db, ws.ctx.actor, ws.case_id, ws.version
        ws.run(
            lambda: cases.update_case(
                db, actor, case_id, {"confidential_amounts": checked}, expected_version=version
            )
        )

    def save_recommendation(self) -> None:
        ws, text, at = self.ws, self.recommendation.text(), from_qdatetime(self.recommendation_at.dateTime())
        db, actor, case_id = ws.ctx.db, ws.ctx.actor, ws.case_id
        ws.run(lambda: record_police_recommendation(db, actor, case_id, text, at))

    def save_decision(self) -> None:
        ws, code, at = self.ws, str(self.decision.currentData()), from_qdatetime(self.decision_at.dateTime())
        db, actor, case_id = ws.ctx.db, ws.ctx.actor, ws.case_id
        ws.run(lambda: record_procuratorate_decision(db, actor, case_id, code, at))


__all__ = ["CriminalSection", "decision_names", "warning_text"]
