#!/usr/bin/env bash
# What `npm test` needs from the machine besides Node, installed from Debian's apt when missing:
#   chromium                   headless browser of the end-to-end tests (/usr/bin/chromium)
#   mupdf-tools, poppler-utils two independent renderers that draw the agreements PDF
#   tesseract-ocr with tesseract-ocr-script-latn
#                              reads the drawn page back; the Latin-script model, because the Dutch
#                              and English ones have no ı, ş, ł or Ć to read names with
# With everything present it only checks (no apt-get update) and returns at once.
set -euo pipefail

missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need chromium chromium
need mutool mupdf-tools
need pdftoppm poppler-utils
need tesseract tesseract-ocr
if ! { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx Latin; }; then
  missing+=(tesseract-ocr-script-latn)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "test-tools: missing ${missing[*]} (Debian package names); install them and run again" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "test-tools: missing ${missing[*]}; run as root or install sudo" >&2
    exit 1
  fi
  SUDO="sudo"
fi
echo "test-tools: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
