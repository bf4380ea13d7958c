"""A document checker: reads an agreement PDF back as a reader would and lists what is wrong.

Used by ``tests/unit/test_document_checker.py`` over a matrix of parties, tracks and performance.
It extracts the text with pypdf (one line per printed line) and checks: no contradictory
statements, no line starting with closing punctuation (or ending with opening punctuation), every
statutory element and every party's signature place, fonts embedded, and the page budget.
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from mediation_desk.documents import criminal_agreement, facts, ps_agreement, signatories
from mediation_desk.documents.snapshot import AgreementSnapshot
from mediation_desk.domain.enums import Track

CLOSING = "，。、；：？！）》」』】〕”’"
OPENING = "（《「『【〔“‘"


def page_texts(pdf: bytes) -> list[str]:
    """The text of every page."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def lines(pdf: bytes) -> list[str]:
    """Every printed line, stripped."""
    return [line.strip() for text in page_texts(pdf) for line in text.splitlines() if line.strip()]


def fonts_embedded(pdf: bytes) -> list[str]:
    """Names of fonts used but not embedded (empty: all embedded)."""
    missing: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return missing


def problems(a: AgreementSnapshot, pdf: bytes, *, max_pages: int) -> list[str]:
    """Everything wrong with the printed agreement ``pdf`` of snapshot ``a``."""
    out: list[str] = []
    printed = lines(pdf)
    flat = re.sub(r"\s+", "", "".join(printed))
    for line in printed:
        if line[0] in CLOSING:
            out.append(f"line starts with closing punctuation: {line!r}")
        if line[-1] in OPENING:
            out.append(f"line ends with opening punctuation: {line!r}")
    pages = len(page_texts(pdf))
    if pages > max_pages:
        out.append(f"{pages} pages (budget {max_pages})")
    out += [f"font not embedded: {name}" for name in fonts_embedded(pdf)]
    # contradictions: one deadline, one manner
    done = facts.performance(a)
    if a.obligations:
        if done.kind != "on_the_spot" and "当场履行完毕" in flat.replace("第一期当场履行", ""):
            out.append("says 当场履行完毕 beside later payments")
        if done.deadline is not None and done.kind != "on_the_spot":
            stated = re.findall(r"履行期限：(\d{4}年\d{1,2}月\d{1,2}日)", flat)
            if stated and any(s != facts.fmt_day(done.deadline) for s in stated):
                out.append(f"deadline {stated} but obligations end {facts.fmt_day(done.deadline)}")
        if done.kind == "instalments" and f"分{facts.cn_count(done.count)}期" not in flat:
            out.append("instalment count not stated")
    # statutory elements (Art. 29 and the forms)
    needed = [a.number, "履行方式", "履行期限", "份"]
    if a.track != Track.CRIMINAL:
        needed += ["（印章）"]
    for x in a.principal_parties:
        needed.append(x.name)
    needed.append(facts.fmt_day(a.signed_on))
    if a.obligations and not a.confidential_amounts:
        needed.append(facts.fmt_day(a.signed_on))
    out += [f"missing element {n!r}" for n in needed if re.sub(r"\s+", "", n) not in flat]
    # every signature place
    labels = {Track.PUBLIC_SECURITY: ps_agreement.LABELS, Track.CRIMINAL: criminal_agreement.LABELS}
    plan = signatories.plan(a, labels.get(a.track))
    for group in plan.groups:
        for signer in group:
            mark = "（单位盖章）" if signer.kind == "organisation" else "（签名）"
            if re.sub(r"\s+", "", signer.label) + mark not in flat:
                out.append(f"no signature place for {signer.label}")
            if (
                signer.kind == "organisation"
                and re.sub(r"\s+", "", signer.signatory) + "（签名）" not in flat
            ):
                out.append(f"no signatory line for {signer.label}")
    for member in plan.members:
        if re.sub(r"\s+", "", member.label) + "（签名）" not in flat:
            out.append(f"no signature line for {member.label}")
    persons = sum(1 for g in plan.groups for s in g if s.fingerprint)
    if flat.count("捺印") < persons:
        out.append("a natural person has no fingerprint box")
    return out
