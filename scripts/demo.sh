#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Sluss, ingests the shipped samples into the default
# store (or $SLUSS_STORE) and lists what was stored.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-dependencies.sh
swift build -c release --product sluss >&2

status=0
.build/release/sluss ingest samples/ --original-location "Registraturen, pärm 2026:11" || status=$?
echo
.build/release/sluss documents
exit "$status"
