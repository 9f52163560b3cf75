#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs the whole test suite against the real Tesseract,
# Leptonica, Poppler and SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-dependencies.sh
# OpenMP must be limited before the test process starts (see README, "Performance").
export OMP_THREAD_LIMIT=1
swift build --build-tests
swift test --skip-build "$@"
