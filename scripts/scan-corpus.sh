#!/usr/bin/env bash
# Print and scan a labelled text corpus: CORPUS/<class-id>/<name>.txt becomes
# OUT/<class-id>/<name>.<pdf|tif|png|jpg>, plus OUT/manifest.json.
#
#   scripts/scan-corpus.sh CORPUS OUT [--limit-per-class N] [--jobs J]
#
# Sets up the same fonts and pinned virtualenv as scripts/generate-samples.sh (see
# scripts/python-env.sh) and runs scripts/scan-corpus.py. Output is deterministic:
# the same inputs give byte-identical files.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ $# -lt 2 ] || [[ "$1" == -* ]] || [[ "$2" == -* ]]; then
  echo "usage: scripts/scan-corpus.sh CORPUS OUT [--limit-per-class N] [--jobs J]" >&2
  exit 2
fi
outdir="$2"

# shellcheck source=scripts/python-env.sh
source "$here/python-env.sh"
setup_samples_python scan-corpus

"$samples_python" "$here/scan-corpus.py" "$@"
du -sh "$outdir"
