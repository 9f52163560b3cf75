#!/usr/bin/env bash
# Regenerate the fictitious sample scans in samples/ (and samples/.ground-truth/).
#
#   scripts/generate-samples.sh [OUTDIR]
#
# Installs the fonts it needs from Debian (fonts-liberation2, fonts-dejavu-core)
# when they are missing, keeps a virtualenv with the pinned packages of
# scripts/requirements-samples.txt in .venv-samples/ (git-ignored), and runs
# scripts/generate-samples.py (see scripts/python-env.sh). Output is deterministic:
# the same inputs give byte-identical files.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
outdir="${1:-$root/samples}"

# shellcheck source=scripts/python-env.sh
source "$here/python-env.sh"
setup_samples_python generate-samples

"$samples_python" "$here/generate-samples.py" "$outdir"
du -sh "$outdir"
