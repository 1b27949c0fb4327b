#!/usr/bin/env python3
"""Fills the translations of a Qt .ts file from a TSV glossary (source<TAB>translation).

A line may add a third column, CONTEXT or CONTEXT/COMMENT, when one source needs different
words in different places ("Lost": 输单 for a deal, 流失 for a customer); such a line wins over
the context-free one for that context (and disambiguation comment).

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
                source, target, *where = line.split("\t")
                glossary[(where[0] if where else "", source)] = target
    tree = ET.parse(ts_path)
    missing = []
    messages = [(context.findtext("name") or "", m) for context in tree.getroot().iter("context")
                for m in context.iter("message")]
    for context, message in messages:
        source = message.find("source").text or ""
        comment = message.findtext("comment") or ""
        keys = [(f"{context}/{comment}", source), (context, source), ("", source)] if comment else \
            [(context, source), ("", source)]
        found = next((glossary[k] for k in keys if k in glossary), None)
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue  # finished (or obsolete/vanished) already
        numerus = message.get("numerus") == "yes"
        if english:
            if not numerus:
                continue
            forms = english_forms(source)
        elif found is not None:
            forms = [found]
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
