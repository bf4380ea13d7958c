"""Render every document of the sample bike case to PNG (60 dpi) for visual review.

Run from the repository root: ``python docs/documents/render_samples.py``; needs ``pdftoppm``.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from mediation_desk.documents import (  # noqa: E402
    agreement,
    application,
    closing_report,
    criminal_agreement,
    failure_notice,
    follow_up,
    judicial,
    oral_agreement,
    ps_agreement,
    receipt,
    rights_notice,
    session_record,
)
from mediation_desk.documents.dossier_pages import render_back_cover, render_cover, render_note  # noqa: E402
from mediation_desk.documents.snapshot import ClosingSnapshot  # noqa: E402
from mediation_desk.domain.enums import AgreementForm, CaseStatus, PartyRole, Source  # noqa: E402
from mediation_desk.signing.keys import load_or_create_key  # noqa: E402
from mediation_desk.signing.payload import make_qr_payload  # noqa: E402
from tests.helpers import doc_fixtures as fx  # noqa: E402


def main() -> None:
    out = Path(__file__).resolve().parent
    case = fx.sample_case()
    with tempfile.TemporaryDirectory() as keys:
        key = load_or_create_key(Path(keys))
        qr = make_qr_payload(case.agreement, key)  # type: ignore[arg-type]
        crim = fx.criminal_agreement(confidential=True)
        failed = dataclasses.replace(
            case,
            agreement=None,
            closing=ClosingSnapshot(
                status=CaseStatus.MEDIATION_FAILED,
                closed_on=case.closing.closed_on,  # type: ignore[union-attr]
                summary="调解不成",
                failure_reason="双方对赔偿数额分歧较大",
            ),
        )
        docs = {
            "01-application": application.render_application(
                dataclasses.replace(case, source=Source.APPLICATION)
            ),
            "01-registration": application.render_registration(case),
            "02-rights-notice": rights_notice.render(case),
            "07-session-record": session_record.render(case, case.sessions[0]),
            "07-failure-notice": failure_notice.render(failed),
            "08-agreement-people": agreement.render(case.agreement, qr_payload=qr),  # type: ignore[arg-type]
            "08-agreement-public-security": ps_agreement.render(fx.ps_agreement(), qr_payload=qr),
            "08-agreement-criminal-confidential": criminal_agreement.render(
                crim, qr_payload=make_qr_payload(crim, key)
            ),
            "08-agreement-organisation-minor": agreement.render(
                fx.sample_agreement(
                    parties=(
                        fx.GUO,
                        dataclasses.replace(fx.COMPANY),
                        fx.AGENT,
                        dataclasses.replace(fx.MINOR, role=PartyRole.RESPONDENT),
                        fx.GUARDIAN,
                    ),
                    mediators=(fx.MEDIATOR, fx.LAWYER),
                ),
                qr_payload=qr,
            ),
            "08-oral-agreement": oral_agreement.render(fx.sample_agreement(form=AgreementForm.ORAL)),
            "09-receipt": receipt.render(case, case.payments[0]),
            "10-follow-up": follow_up.render(case, case.follow_ups[0]),
            "11-judicial-confirmation": judicial.render(case),
            "11-closing-report": closing_report.render(case),
            "00-cover": render_cover(case),
            "12-dossier-note": render_note(case),
            "13-back-cover": render_back_cover(case),
        }
    for old in out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for name, pdf in docs.items():
            path = Path(tmp) / f"{name}.pdf"
            path.write_bytes(pdf)
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(out / name)], check=True)
    print("\n".join(sorted(p.name for p in out.glob("*.png"))))


if __name__ == "__main__":
    main()
