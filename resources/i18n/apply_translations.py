"""Fill unfinished entries of a .ts file from a Python/JSON mapping ``{source: translation}``.

Usage: ``python resources/i18n/apply_translations.py mediation_desk_zh_CN.ts mapping.json``
(a ``.py`` file defining ``T = {...}`` works too). Finished entries are left alone; a
numerus message gets the translation as its single Chinese form. Prints what is still unfinished.
"""

from __future__ import annotations

import json
import runpy
import sys
import xml.etree.ElementTree as ET


def load(path: str) -> dict[str, str]:
    if path.endswith(".py"):
        return dict(runpy.run_path(path)["T"])
    with open(path, encoding="utf-8") as fh:
        return dict(json.load(fh))


def apply(ts_path: str, mapping: dict[str, str]) -> list[tuple[str, str]]:
    tree = ET.parse(ts_path)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None:
                continue
            if tr.get("type") != "unfinished" and ((tr.text or "").strip() or tr.findall("numerusform")):
                continue
            if source not in mapping:
                missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                for form in tr.findall("numerusform"):
                    tr.remove(form)
                ET.SubElement(tr, "numerusform").text = mapping[source]
            else:
                tr.text = mapping[source]
            tr.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = apply(sys.argv[1], load(sys.argv[2]))
    for ctx, src in left:
        print(f"unfinished: [{ctx}] {src}")
    print(f"{len(left)} unfinished")
