"""The printed text of an agreement against its archived signed content.

Two checks, both on text with all white space removed (line breaks fall anywhere in a PDF):

1. every item of the archived content — number, organisation, parties, mediators, facts, issues,
   responsibility, each term, each obligation with its amount, the performance — is printed;
2. the printed text equals the text of the same agreement rendered here from its record (which
   still hashes to the archived content), so nothing was added, dropped or changed around them.

Any difference makes the paper "altered", and the differences are named. For a scan without
text, :func:`readable_content` gives the archived content for the user to compare by eye.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from typing import Any

_SPACE = re.compile(r"\s+")
MAX_DIFF_CHARS = 40_000  # beyond this the texts are reported different without a diff
SNIPPET = 30
CONTEXT = 10


def normalise(text: str) -> str:
    """The text without any white space (PDF extraction breaks lines anywhere)."""
    return _SPACE.sub("", text)


def _amount(fen: int) -> str:
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{yuan:,}.{cents:02d}"


def _performance(c: dict[str, Any]) -> list[Any]:
    return [*(c.get("performance") or []), None, None, None][:3]


def archived_items(content: bytes) -> list[tuple[str, str]]:
    """(label, text) of every printed item of the archived canonical content."""
    c: dict[str, Any] = json.loads(content.decode("utf-8"))
    # labels in Chinese, like the paper they are compared with
    items = [("协议编号", c["number"]), ("调解组织", c["organisation"])]
    items += [("当事人", p["name"]) for p in c.get("parties", [])]
    items += [("人民调解员", m) for m in c.get("mediators", [])]
    labels = {"facts": "纠纷主要事实", "issues": "争议事项", "responsibility": "各方责任"}
    items += [(label, c[key]) for key, label in labels.items() if c.get(key)]
    items += [(f"协议条款{i}", t) for i, t in enumerate(c.get("terms", []), 1) if t]
    for i, o in enumerate(c.get("obligations", []), 1):
        items += [(f"履行事项{i}", o[k]) for k in ("description", "payer", "payee") if o.get(k)]
        if not c.get("confidential_amounts"):
            items.append((f"履行事项{i}金额", _amount(o["amount_fen"])))
    method, place, _deadline = _performance(c)
    items += [("履行方式、地点", v) for v in (method, place) if v]
    return [(label, str(text)) for label, text in items]


@dataclass(frozen=True)
class TextComparison:
    """``missing``: archived items not printed; ``changed``: printed text not in the agreement."""

    missing: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    reference_compared: bool = False

    @property
    def identical(self) -> bool:
        return not self.missing and not self.changed


def compare_text(printed: str, archived: bytes, reference: str | None) -> TextComparison:
    """Compare the printed text with the archived content and (if given) the reference rendering."""
    text = normalise(printed)
    items = archived_items(archived)
    missing = tuple(f"{label}: {value[:SNIPPET]}" for label, value in items if normalise(value) not in text)
    if reference is None:
        return TextComparison(missing)
    ref = normalise(reference)
    if text == ref:
        return TextComparison(missing, (), True)
    if len(text) + len(ref) > MAX_DIFF_CHARS:
        return TextComparison(missing, (f"printed {len(text)} characters, the agreement {len(ref)}",), True)
    changed = []
    matcher = difflib.SequenceMatcher(None, ref, text, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        # with a little context on each side, so "1" → "3" reads as "12,300.00" → "32,300.00"
        was = ref[max(0, i1 - CONTEXT) : i1 + min(i2 - i1, SNIPPET) + CONTEXT]
        now = text[max(0, j1 - CONTEXT) : j1 + min(j2 - j1, SNIPPET) + CONTEXT]
        changed.append(f"«{was}» → «{now}»")
        if len(changed) >= 10:
            break
    return TextComparison(missing, tuple(changed), True)


def readable_content(content: bytes) -> list[str]:
    """The archived content as lines a person compares with the paper (Chinese labels)."""
    c: dict[str, Any] = json.loads(content.decode("utf-8"))
    lines = [f"协议编号：{c['number']}（第{c['version']}版）", f"调解组织：{c['organisation']}"]
    lines += [
        f"当事人：{p['name']}" + (f"（代{p['represents']}）" if p.get("represents") else "")
        for p in c.get("parties", [])
    ]
    lines.append("人民调解员：" + "、".join(c.get("mediators", [])))
    labels = {"facts": "纠纷主要事实", "issues": "争议事项", "responsibility": "各方责任"}
    lines += [f"{label}：{c[key]}" for key, label in labels.items() if c.get(key)]
    lines += [f"协议条款{i}：{t}" for i, t in enumerate(c.get("terms", []), 1)]
    for o in c.get("obligations", []):
        amount = "（金额保密）" if c.get("confidential_amounts") else f"￥{_amount(o['amount_fen'])}"
        when = "当场履行" if o.get("on_the_spot") else (o.get("due_date") or "")
        who = f"{o.get('payer', '')}→{o.get('payee', '')}"
        lines.append(f"履行：{o.get('description', '')} {who} {amount} {when}")
    method, place, deadline = _performance(c)
    lines.append(f"履行方式：{method or ''}；地点：{place or ''}；期限：{deadline or ''}")
    lines.append(f"签订日期：{c.get('signed_on')}")
    return lines


__all__ = ["TextComparison", "archived_items", "compare_text", "normalise", "readable_content"]
