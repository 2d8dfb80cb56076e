"""Writes the macOS signing identity into Cargo.toml's packager table (release workflow only).

cargo-packager 0.11.8 reads `signing-identity` from its configuration, not from the
environment, so the workflow puts the repository secret there on the runner's copy.
"""

import os
import sys

path = sys.argv[1]
identity = os.environ["APPLE_SIGNING_IDENTITY"].replace("\\", "\\\\").replace('"', '\\"')
table = "[package.metadata.packager.macos]\n"
with open(path, encoding="utf-8") as f:
    text = f.read()
if table not in text:
    sys.exit(f"{path} has no {table.strip()} table")
text = text.replace(table, f'{table}signing-identity = "{identity}"\n', 1)
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
print("macOS signing identity set for cargo-packager")
