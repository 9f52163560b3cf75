#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Sluss, ingests the shipped samples into the default
# store (or $SLUSS_STORE), lists what was stored and prints the BUP report's summary.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-dependencies.sh
swift build -c release --product sluss >&2

status=0
.build/release/sluss ingest samples/ --original-location "Registraturen, pärm 2026:11" || status=$?
echo
.build/release/sluss documents
# The summary of the long BUP report, as a caseworker reads it.
bup=$(.build/release/sluss documents --json | python3 -c '
import json, sys
ids = [json.loads(line)["id"] for line in sys.stdin if json.loads(line)["file_name"] == "bup-utredning.pdf"]
print(ids[-1] if ids else "")')
if [ -n "$bup" ]; then
  echo
  .build/release/sluss summary "$bup"
fi
exit "$status"
