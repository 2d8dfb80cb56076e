#!/usr/bin/env python3
"""Writes the translated lines of the .desktop file (Name, GenericName, Comment, Keywords, the
practice action's Name) from the app's own translations (i18n/<language>/p2p-cancel-review.ftl:
app-title, desktop-generic-name, desktop-comment, desktop-keywords, desktop-action-practice).
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
# (section, key) -> message: what a merchant reads in the menu.
translated = {
    ("Desktop Entry", "Name"): "app-title",
    ("Desktop Entry", "GenericName"): "desktop-generic-name",
    ("Desktop Entry", "Comment"): "desktop-comment",
    ("Desktop Entry", "Keywords"): "desktop-keywords",
    ("Desktop Action practice", "Name"): "desktop-action-practice",
}
out = []
section = None
for line in desktop.read_text(encoding="utf-8").splitlines():
    if re.match(r"^\w+\[[^]]+\]=", line):
        continue  # a translation: written anew below
    out.append(line)
    if line.startswith("["):
        section = line.strip("[]")
        continue
    key = line.split("=", 1)[0]
    ftl = translated.get((section, key))
    if ftl:
        english = message("en", ftl)
        if line != f"{key}={english}":
            raise SystemExit(f"{key} in [{section}] differs from the English {ftl}: {english}")
        out.extend(f"{key}[{desktop_locale(l)}]={message(l, ftl)}" for l in languages)
desktop.write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"{desktop.relative_to(root)}: {len(languages)} translations")
