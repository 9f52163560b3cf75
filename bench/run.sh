#!/usr/bin/env bash
# The throughput benchmark: Sluss against the tesseract CLI and OCRmyPDF on the same inputs, in
# one run, with ratios (the machine is shared and noisy: trust ratios over absolute figures).
#
#   bench/run.sh [--pages N] [--jobs N] [--skip-ocrmypdf] [--only report|born-digital|blank|png]
#                [--pipeline FILE]   (measure another Sluss pipeline than the shipped one)
#
# Installs what it needs from Debian (ocrmypdf, poppler-utils and Sluss's own packages), builds
# Sluss in release mode, generates the inputs into bench/out/ (git-ignored; regenerated when the
# generator or --pages changes) and runs bench/run.py. Takes 15-25 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

pages=150
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    if [[ ${args[i]} == --pages ]]; then pages=${args[i + 1]}; fi
done

scripts/install-dependencies.sh ocrmypdf poppler-utils
swift build -c release --product sluss >&2

generator=(bench/generate-bench.py bench/report_text.py bench/short_documents.py bench/sample_generator.py
           scripts/generate-samples.py)
stamp="pages=$pages $(cat "${generator[@]}" | sha256sum | cut -d' ' -f1)"
if [[ ! -f bench/out/manifest.json || "$(cat bench/out/.stamp 2>/dev/null)" != "$stamp" ]]; then
    echo "bench: generating inputs into bench/out (a few minutes)" >&2
    rm -rf bench/out
    bench/generate.sh bench/out --pages "$pages" >&2
    echo "$stamp" > bench/out/.stamp
fi

exec python3 bench/run.py --data bench/out "$@"
