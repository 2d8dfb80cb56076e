#!/usr/bin/env bash
# Renders the app icon from assets/icons/icon.svg into every size and format the installers
# use. Run it after changing the SVG; the results are committed, so builds need none of these
# tools. Needs Debian packages librsvg2-bin, imagemagick and icnsutils.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "/tmp/icon-$size.png"
done
# Linux (hicolor theme) and the window icon: the sizes the .deb and AppImage install.
for size in 32 48 64 128 256 512; do
  cp "/tmp/icon-$size.png" "${size}x${size}.png"
done
# Windows: one .ico with the sizes Explorer, the taskbar and the Start menu ask for.
convert /tmp/icon-{16,24,32,48,64,128,256}.png icon.ico
# macOS: one .icns for the bundle and the disk image.
png2icns icon.icns /tmp/icon-{16,32,48,128,256,512,1024}.png >/dev/null
