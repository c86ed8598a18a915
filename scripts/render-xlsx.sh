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
# The workbook asks for 宋体 (SimSun), which Linux does not have; without an alias fontconfig picks
# whatever sans font it ranks first, and pages break differently from machine to machine. Print it
# as a Song-style serif, as Excel on Windows does.
cat > "$profile/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>
CONF
export FONTCONFIG_FILE="$profile/fonts.conf"
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$in" >/dev/null 2>&1
pdf="$out/$(basename "${in%.*}").pdf"
[ -s "$pdf" ] || { echo "render-xlsx: the conversion to PDF failed" >&2; exit 1; }
pdftoppm -png -r 110 "$pdf" "$out/page"
ls "$out"/page*.png
