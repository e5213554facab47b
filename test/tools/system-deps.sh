#!/usr/bin/env bash
# The programs the tests drive, outside npm: Chromium (the renderer), LibreOffice (renders the Word file),
# poppler (measures the PDF) and a CJK font. Installs what is missing on Debian when run as root; otherwise
# stops at once with the exact command to run.
set -euo pipefail

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
{ command -v pdftotext && command -v pdftoppm; } >/dev/null 2>&1 || missing+=(poppler-utils)
# (no grep -q: it would close the pipe early, and pipefail would call the font missing)
fc-list 2>/dev/null | grep 'Noto Serif CJK' >/dev/null || missing+=(fonts-noto-cjk)

[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "tests need: ${missing[*]} — installing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need these Debian packages: ${missing[*]}" >&2
  echo "Install them, then run the tests again:  sudo sh -c '$cmd'" >&2
  exit 1
fi
