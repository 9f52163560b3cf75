#!/usr/bin/env bash
# Per-file overhead of 'sluss watch' outside OCR (issue 7's target: under 50 ms a file):
# 1,000 small born-digital letters swept in one run, against the start-up of an empty sweep.
#
#   bench/watch-overhead.sh [--files N]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift build -c release --product sluss >&2
exec python3 bench/watch_overhead.py --sluss .build/release/sluss "$@"
