"""Fill the English .ts: the source strings are English, so each translation is its source."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def fill(path: str) -> int:
    tree = ET.parse(path)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if (
                translation.get("type") != "unfinished"
                and forms
                and all((f.text or "").strip() for f in forms)
            ):
                continue
            for form in forms:
                translation.remove(form)
            for _ in range(2):  # English: singular and plural
                ET.SubElement(translation, "numerusform").text = source.text
        elif translation.get("type") != "unfinished" and (translation.text or "").strip():
            continue
        else:
            translation.text = source.text
        translation.attrib.pop("type", None)
        count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"{arg}: {fill(arg)} English entries filled")
