#!/usr/bin/env bash
# Generate the benchmark inputs (long scanned report, born-digital twin, duplex scan
# with blank backs, 200 PNG letters, ground truth and manifest) into OUTDIR.
#
#   bench/generate.sh OUTDIR [--pages N] [--jobs J]
#
# Sets up the same fonts and pinned virtualenv as scripts/generate-samples.sh (see
# scripts/python-env.sh) and runs bench/generate-bench.py. Output is deterministic:
# the same inputs give byte-identical files. bench/out/ is git-ignored.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

if [ $# -lt 1 ] || [[ "$1" == -* ]]; then
  echo "usage: bench/generate.sh OUTDIR [--pages N] [--jobs J]" >&2
  exit 2
fi
outdir="$1"

# shellcheck source=../scripts/python-env.sh
source "$root/scripts/python-env.sh"
setup_samples_python generate-bench

"$samples_python" "$here/generate-bench.py" "$@"
du -sh "$outdir"
