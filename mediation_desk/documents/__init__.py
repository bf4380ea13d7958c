"""Every paper of the mediation dossier as PDF (ReportLab), rendered from snapshot dataclasses.

No Qt and no SQL here: a service builds a :class:`~.snapshot.CaseSnapshot` (or an
:class:`~.snapshot.AgreementSnapshot`) and calls a module's ``render(...) -> bytes``.
"""
