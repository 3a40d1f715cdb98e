#!/usr/bin/env bash
# The browser and spreadsheet tests need Debian's chromium, LibreOffice Calc and poppler-utils.
# Installs whatever is missing when running as root (CI, a fresh dev container); otherwise names
# the packages to install and fails, so a missing tool is never mistaken for a passing test.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "test tools: installing ${need[*]} (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
else
  echo "test tools missing: ${need[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${need[*]}) and run npm test again." >&2
  exit 1
fi
