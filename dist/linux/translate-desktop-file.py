#!/usr/bin/env python3
"""Writes the translated GenericName and Comment lines of the .desktop file from the app's own
translations (i18n/<language>/p2p-cancel-review.ftl: desktop-generic-name, desktop-comment).
Run it after changing a translation; a test checks that the .desktop file agrees."""

import pathlib
import re

root = pathlib.Path(__file__).resolve().parents[2]
desktop = root / "dist/linux/p2p-cancel-review.desktop"


def message(language, key):
    text = (root / "i18n" / language / "p2p-cancel-review.ftl").read_text(encoding="utf-8")
    found = re.search(rf"^{re.escape(key)} = (.+)$", text, re.MULTILINE)
    if not found:
        raise SystemExit(f"{language}: {key} is missing")
    return found.group(1).strip()


def desktop_locale(language):
    # Desktop files spell locales the POSIX way; Latin American Spanish is plain "es" there.
    return "es" if language == "es-419" else language.replace("-", "_")


languages = sorted(p.name for p in (root / "i18n").iterdir() if p.is_dir() and p.name != "en")
lines = [
    line
    for line in desktop.read_text(encoding="utf-8").splitlines()
    if not re.match(r"^(GenericName|Comment)\[", line)
]
out = []
for line in lines:
    out.append(line)
    for key, ftl in (("GenericName", "desktop-generic-name"), ("Comment", "desktop-comment")):
        if line.startswith(f"{key}="):
            out.extend(f"{key}[{desktop_locale(l)}]={message(l, ftl)}" for l in languages)
desktop.write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"{desktop.relative_to(root)}: {len(languages)} translations")
