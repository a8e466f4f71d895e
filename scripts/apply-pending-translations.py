#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/helpdesk_<lang>.ts from translations/pending/*.tsv.

When several people add strings in parallel, each records them in a TSV file instead of
editing the .ts files (which would conflict): one line per string, tab-separated:

    context  source  ru  uk  pl  hr  sr  de  fr  es  pt_BR  [en_plural]

Plural forms are separated by " | "; en_plural (for %n strings only) gives the English forms.
"\\t" and "\\n" in a field stand for a tab and a newline.

Run after `cmake --build build --target lupdate` (which adds the new strings as unfinished),
then run lupdate once more to write the files in its own format:

    cmake --build build --target lupdate
    python3 scripts/apply-pending-translations.py
    cmake --build build --target lupdate

Strings not found in a .ts file are reported and make the script exit with 1.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

LANGUAGES = ["ru", "uk", "pl", "hr", "sr", "de", "fr", "es", "pt_BR"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def unescape(text):
    return text.replace("\\t", "\t").replace("\\n", "\n")


def read_pending():
    entries = []
    for path in sorted(glob.glob(os.path.join(ROOT, "translations", "pending", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.split("\t")
                if len(fields) not in (2 + len(LANGUAGES), 3 + len(LANGUAGES)):
                    sys.exit(f"{path}:{number}: {len(fields)} columns, expected "
                             f"{2 + len(LANGUAGES)} or {3 + len(LANGUAGES)}")
                entry = {"context": fields[0], "source": unescape(fields[1]), "where":
                         f"{os.path.basename(path)}:{number}"}
                for i, language in enumerate(LANGUAGES):
                    entry[language] = unescape(fields[2 + i])
                entry["en"] = unescape(fields[2 + len(LANGUAGES)]) if len(fields) > 11 else None
                entries.append(entry)
    return entries


def fill(message, text):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in text.split(" | "):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def apply(language, entries):
    path = os.path.join(ROOT, "translations", f"helpdesk_{language}.ts")
    tree = ET.parse(path)
    index = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            index[(name, message.findtext("source"))] = message
    missing = []
    for entry in entries:
        text = entry["en"] if language == "en" else entry[language]
        if language == "en" and not text:
            continue  # English keeps plural forms only
        message = index.get((entry["context"], entry["source"]))
        if message is None:
            missing.append(entry)
            continue
        fill(message, text)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main():
    entries = read_pending()
    failed = False
    for language in LANGUAGES + ["en"]:
        for entry in apply(language, entries):
            failed = True
            print(f"{language}: not in the .ts file: {entry['context']} / {entry['source']!r} "
                  f"({entry['where']})", file=sys.stderr)
    print(f"{len(entries)} strings applied to {len(LANGUAGES) + 1} files")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
