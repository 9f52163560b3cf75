#!/usr/bin/env bash
# Measures the document classifier on the held-out set (corpus/heldout), which it was never
# trained on: first on the clean texts, then on what Sluss's OCR reads from scanned copies of
# them (printed and scanned by scripts/scan-corpus.sh: 200/300 DPI, PDF/TIFF/PNG/JPEG, skew,
# noise, some pages upside down or sideways). Prints accuracy, per-class precision and recall,
# the confusion matrix and the precision of what would be accepted without review, then the
# time to classify a 150-page report.
#
#   scripts/evaluate-classifier.sh [--pipeline FILE] [--corpus DIR]
#
# The scans are cached in .build/classifier-evaluation/ and redone when the corpus changes.
set -euo pipefail
cd "$(dirname "$0")/.."

pipeline=Pipelines/default.yaml
corpus=corpus/heldout
while [ $# -gt 0 ]; do
  case "$1" in
    --pipeline) pipeline="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    *) echo "usage: scripts/evaluate-classifier.sh [--pipeline FILE] [--corpus DIR]" >&2; exit 2 ;;
  esac
done

scripts/install-dependencies.sh
swift build -c release --product sluss >&2
sluss=.build/release/sluss
work=.build/classifier-evaluation
mkdir -p "$work"

echo "== Clean text of $corpus"
"$sluss" evaluate "$corpus" --pipeline "$pipeline" --misclassified

# shellcheck source=scripts/cached-scans.sh
source scripts/cached-scans.sh
scans=$(cached_scans "$corpus" "$work")

store="$work/store"
rm -rf "$store" "$work/ocr"
echo "== Reading the scans with Sluss" >&2
"$sluss" ingest "$scans" --store "$store" --pipeline "$pipeline" --json --stage-times > "$work/ingest.jsonl" || true
# Each document's OCR text goes to ocr/<class>/<name>.txt, the class taken from the scan's folder.
"$sluss" documents --store "$store" --json | python3 -c '
import json, os, subprocess, sys
store, out = sys.argv[1], sys.argv[2]
for line in sys.stdin:
    document = json.loads(line)
    source = document["source"]
    class_id = os.path.basename(os.path.dirname(source))
    name = os.path.splitext(os.path.basename(source))[0]
    os.makedirs(os.path.join(out, class_id), exist_ok=True)
    text = subprocess.run([sys.argv[3], "text", str(document["id"]), "--store", store], check=True, capture_output=True).stdout
    with open(os.path.join(out, class_id, name + ".txt"), "wb") as f:
        f.write(text)
' "$store" "$work/ocr" "$sluss"
echo
echo "== OCR of scanned copies of $corpus"
"$sluss" evaluate "$work/ocr" --pipeline "$pipeline" --misclassified

# A 150-page report: held-out BUP texts repeated to about 3,000 characters a page.
long="$work/long/bup-utredning"
mkdir -p "$long"
python3 - "$corpus/bup-utredning" "$long/report-150-pages.txt" <<'PY'
import os, sys
folder, target = sys.argv[1], sys.argv[2]
texts = [open(os.path.join(folder, name), encoding="utf-8").read() for name in sorted(os.listdir(folder)) if name.endswith(".txt")]
report = ""
while len(report) < 150 * 3000:
    report += "\n\n".join(texts)
open(target, "w", encoding="utf-8").write(report[:150 * 3000])
PY
echo
echo "== A 150-page report (450,000 characters)"
"$sluss" evaluate "$work/long" --pipeline "$pipeline" | grep -E "Accuracy|Time"
