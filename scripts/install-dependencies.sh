#!/usr/bin/env bash
# Installs the Debian packages Sluss builds and runs with, when they are missing.
# Safe to run again: it installs nothing that is already there.
#   scripts/install-dependencies.sh [MORE-PACKAGES...]   (the benchmark adds its peers)
set -euo pipefail

packages=(
    pkg-config
    libtesseract-dev      # Tesseract OCR engine (C API)
    libleptonica-dev      # Leptonica image library Tesseract uses
    libpoppler-glib-dev   # Poppler PDF rendering and text layer (GLib API, with cairo)
    libsqlite3-dev        # SQLite for the embedded store
    libqrencode-dev       # QR codes on cover sheets (försättsblad)
    libzbar-dev           # reading the QR codes of cover sheets in scans
    tesseract-ocr-swe     # Swedish model
    tesseract-ocr-osd     # orientation and script detection model
    tesseract-ocr-script-latn  # Latin-script model: reads the '%' and '§' the Swedish model lacks
    "$@"
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing Debian packages: ${missing[*]}" >&2
sudo_prefix=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_prefix=(sudo)
fi
"${sudo_prefix[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_prefix[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
