#!/usr/bin/env bash
# Renders a workbook to PNG pages, to look at an export as a reviewer prints it.
# Usage: scripts/render-xlsx.sh FILE.xlsx OUTDIR
# Needs LibreOffice Calc, CJK fonts and poppler; when soffice or pdftoppm is missing it installs,
# once, exactly these Debian packages (no recommends, nothing already installed upgraded):
# libreoffice-calc-nogui fonts-noto-cjk fonts-wqy-zenhei poppler-utils.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 FILE.xlsx OUTDIR" >&2; exit 2; }
in=$(readlink -f "$1"); out=$2
[ -f "$in" ] || { echo "$0: no such workbook: $1" >&2; exit 2; }
mkdir -p "$out"; out=$(readlink -f "$out")
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  packages=(libreoffice-calc-nogui fonts-noto-cjk fonts-wqy-zenhei poppler-utils)
  echo "render-xlsx: apt-get install ${packages[*]} (once)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends --no-upgrade "${packages[@]}" >/dev/null
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$in" >/dev/null 2>&1
pdf="$out/$(basename "${in%.*}").pdf"
[ -s "$pdf" ] || { echo "render-xlsx: the conversion to PDF failed" >&2; exit 1; }
pdftoppm -png -r 110 "$pdf" "$out/page"
ls "$out"/page*.png
