"""Every paper of the mediation dossier as PDF (ReportLab), rendered from snapshot dataclasses.

No Qt and no SQL here: a service builds a :class:`~.snapshot.CaseSnapshot` (or an
:class:`~.snapshot.AgreementSnapshot`) and calls a ``render(...) -> bytes`` function:

========================  ==========================================================
agreement                 ``render(a, *, qr_payload=None)`` 人民调解协议书
ps_agreement              ``render(a, *, qr_payload=None)`` 治安调解协议书
criminal_agreement        ``render(a, *, qr_payload=None)`` 刑事和解协议书
oral_agreement            ``render(a)`` 口头协议登记表
application               ``render_application(case)`` / ``render_registration(case)``
rights_notice             ``render(case)`` 当事人权利义务告知书
session_record            ``render(case, session)`` 调解记录
receipt                   ``render(case, payment)`` 收条
follow_up                 ``render(case, visit)`` 回访记录
judicial                  ``render(case)`` 司法确认申请书
failure_notice            ``render(case)`` 调解不成告知书
closing_report            ``render(case)`` 结案报告表
dossier                   ``render_dossier(case, *, qr_payload=None, progress=None)``,
                          ``render_agreement(a, *, qr_payload=None)`` (by track and form)
verification              keys, ``make_qr_payload``, ``verify_payload``, ``extract_payload_from_file``
========================  ==========================================================
"""

from typing import Any

# Imported on first use (module ``__getattr__``), not with the package: importing ReportLab costs
# ~20 MiB and ~0.3 s, and every ``mediation_desk.documents.*`` import (the snapshot dataclasses,
# verification) would pay it.
_LAZY = {"render_agreement": "dossier", "render_dossier": "dossier", "register_font": "fonts"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)


__all__ = ["register_font", "render_agreement", "render_dossier"]
