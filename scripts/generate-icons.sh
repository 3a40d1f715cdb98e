#!/usr/bin/env bash
# Renders assets/icons/logo.svg to the PNG sizes the manifest names (16, 32, 64, 80 px).
# Needs rsvg-convert (Debian/Ubuntu: apt-get install -y librsvg2-bin). The PNGs are committed,
# so this only runs when the logo changes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "generate-icons: rsvg-convert not found (apt-get install -y librsvg2-bin)" >&2; exit 1; }
for size in 16 32 64 80; do
  rsvg-convert --width "$size" --height "$size" --output "assets/icons/icon-$size.png" assets/icons/logo.svg
  echo "wrote assets/icons/icon-$size.png"
done
