#!/usr/bin/env python3
"""Fills the translations of a Qt .ts file from a TSV glossary (source<TAB>translation).

usage: fill_ts.py FILE.ts GLOSSARY.tsv [--english]
Only entries still marked unfinished are filled; what a translator already finished is kept.
--english fills just the plural forms of an English .ts (source text singular / plural), which
Qt needs for "%n change(s)"; the other English entries fall back to their source text.
"""
import re
import sys
import xml.etree.ElementTree as ET


def english_forms(source):
    """'%n change(s) ...' -> ['%n change ...', '%n changes ...'] ('issue(s)', 'page(s)' alike)."""
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return [singular, plural]


def main():
    ts_path, glossary_path = sys.argv[1], sys.argv[2]
    english = "--english" in sys.argv[3:]
    glossary = {}
    with open(glossary_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                source, _, target = line.partition("\t")
                glossary[source] = target
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue  # finished (or obsolete/vanished) already
        numerus = message.get("numerus") == "yes"
        if english:
            if not numerus:
                continue
            forms = english_forms(source)
        elif source in glossary:
            forms = [glossary[source]]
        else:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        if numerus:
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'))
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)


if __name__ == "__main__":
    main()
