#!/usr/bin/env bash
# Measures Sluss's summaries against the reference summaries of corpus/summaries
# (reports/<id>.txt, references/<id>.txt; a report without a reference yet is left out):
# ROUGE next to lead, TextRank and the greedy oracle, first on the clean report texts,
# then on what Sluss's OCR reads from printed and scanned copies of them (made by
# scripts/scan-corpus.sh: 200/300 DPI, PDF/TIFF, skew, noise, some pages upside down or
# sideways). Then the speed targets: summarising a 150-page report (< 2 s; made by
# scripts/make-long-report.py from the reports) and reading a stored summary with
# 'sluss summary' (< 100 ms), also for a born-digital 150-page PDF ingested into the store.
# Ends with a block "Targets".
#
#   scripts/evaluate-summaries.sh [--pipeline FILE] [--corpus DIR]
#
# The scans are cached in .build/summary-evaluation/ and redone when a report or the
# scanner changes; the store there is made afresh on every run. SKIP_BUILD=1 uses the
# release binary as it is, without 'swift build'.
set -euo pipefail

pipeline=Pipelines/default.yaml
corpus=corpus/summaries
while [ $# -gt 0 ]; do
  case "$1" in
    --pipeline) pipeline="$(realpath "$2")"; shift 2 ;;
    --corpus) corpus="$(realpath "$2")"; shift 2 ;;
    *) echo "usage: scripts/evaluate-summaries.sh [--pipeline FILE] [--corpus DIR]" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
root="$(pwd)"

scripts/install-dependencies.sh
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  swift build -c release --product sluss >&2
fi
sluss="$root/.build/release/sluss"
work=.build/summary-evaluation
mkdir -p "$work"

step_started=$SECONDS
took() { echo "($1 took $((SECONDS - step_started)) s)" >&2; step_started=$SECONDS; }

# time_ms N COMMAND...: the best of N runs' wall time in milliseconds; the last run's
# standard output is kept in $work/last-output
time_ms() {
  python3 - "$work/last-output" "$@" <<'PY'
import subprocess, sys, time
output, runs, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
best = None
for _ in range(runs):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode(errors="replace"))
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}")
    best = elapsed if best is None else min(best, elapsed)
with open(output, "wb") as f:
    f.write(done.stdout)
print(f"{best * 1000:.0f}")
PY
}

# Reports that have a reference, copied into texts/rapport/ (the layout scan-corpus.sh
# expects, one class "rapport") with their references next to them.
texts="$work/texts/rapport"
references="$work/references"
rm -rf "$work/texts" "$references"
mkdir -p "$texts" "$references"
missing=()
for report in "$corpus"/reports/*.txt; do
  [ -e "$report" ] || continue
  name="$(basename "$report")"
  if [ -s "$corpus/references/$name" ]; then
    cp "$report" "$texts/$name"
    cp "$corpus/references/$name" "$references/$name"
  else
    missing+=("${name%.txt}")
  fi
done
count=$(find "$texts" -name '*.txt' | wc -l)
if [ "$count" -eq 0 ]; then
  echo "evaluate-summaries: no report in $corpus/reports has a reference in $corpus/references" >&2
  exit 1
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Left out, no reference yet: ${missing[*]}" >&2
fi

echo "== Clean text of $corpus ($count reports)"
"$sluss" evaluate-summaries "$texts" "$references" --pipeline "$pipeline" | tee "$work/clean.txt"
took "clean text"

# shellcheck source=scripts/cached-scans.sh
source scripts/cached-scans.sh
scans=$(cached_scans "$work/texts" "$work")
took "printing and scanning"

store="$work/store"
rm -rf "$store" "$work/ocr"
mkdir -p "$work/ocr"
echo "== Reading the scans with Sluss" >&2
"$sluss" ingest "$scans/rapport" --store "$store" --pipeline "$pipeline" --json > "$work/ingest.jsonl" || true
took "ingest of the scans"
# Each document's OCR text goes to ocr/<id>.txt, the id being the scan's file name; parts of
# one scan that Sluss split into several documents are joined again, page after page.
"$sluss" documents --store "$store" --json | python3 -c '
import collections, json, os, subprocess, sys
store, out, sluss, ingested = sys.argv[1:5]
for line in open(ingested, encoding="utf-8"):
    result = json.loads(line)
    if result.get("status") not in ("ingested", "duplicate"):
        sys.stderr.write("not ingested: %s: %s\n" % (result.get("source"), result.get("error")))
parts = collections.defaultdict(list)
for line in sys.stdin:
    document = json.loads(line)
    parts[os.path.splitext(os.path.basename(document["source"]))[0]].append(document["id"])
for name, ids in sorted(parts.items()):
    if len(ids) > 1:
        sys.stderr.write(f"{name}: split into documents {ids}; their texts are joined\n")
    texts = [subprocess.run([sluss, "text", str(i), "--store", store], check=True,
                            capture_output=True).stdout.rstrip(b"\n") for i in ids]
    with open(os.path.join(out, name + ".txt"), "wb") as f:
        f.write(b"\f".join(texts) + b"\n")
' "$store" "$work/ocr" "$sluss" "$work/ingest.jsonl"
echo
echo "== OCR of scanned copies of $corpus"
"$sluss" evaluate-summaries "$work/ocr" "$references" --pipeline "$pipeline" | tee "$work/ocr.txt"
took "OCR evaluation"

# A 150-page report: the reports one after the other, about 3,000 characters a page.
long="$work/long"
rm -rf "$long"
echo
echo "== A 150-page report"
scripts/make-long-report.py "$corpus/reports" "$references" "$long" --pages 150 --chars-per-page 3000
"$sluss" evaluate-summaries "$long/reports" "$long/references" --pipeline "$pipeline" > "$work/long.txt"
grep -E "^report +pages|^report-150 " "$work/long.txt"
echo "(Only 'sluss time' counts here: the reference is another report's, so the scores mean nothing.)"
long_ms=$(awk '/^report-150 / { for (i = 1; i < NF; i++) if ($(i + 1) == "ms") v = $i } END { print v }' "$work/long.txt")
took "150-page report"

echo
echo "== Reading a stored summary"
read -r doc doc_pages doc_name < <("$sluss" documents --store "$store" --json | python3 -c '
import json, sys
documents = [json.loads(line) for line in sys.stdin]
d = max(documents, key=lambda d: (d["pages"], -d["id"]))
print(d["id"], d["pages"], d.get("file_name") or d["source"])
')
text_ms=$(time_ms 5 "$sluss" summary "$doc" --store "$store")
json_ms=$(time_ms 5 "$sluss" summary "$doc" --store "$store" --format json)
echo "Document $doc ($doc_name, $doc_pages pages, OCR): sluss summary $text_ms ms, --format json $json_ms ms (best of 5)"

# The 150-page report as a born-digital PDF (text layer, so no OCR), one page a page.
# shellcheck source=scripts/python-env.sh
source scripts/python-env.sh
setup_samples_python evaluate-summaries
"$samples_python" - "$long/reports/report-150.txt" "$long/report-150.pdf" <<'PY'
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

source, target = sys.argv[1], sys.argv[2]
font = "DejaVuSans"
pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
width, height = A4
margin = 56.0


def wrap(line, size):
    out, current = [], ""
    for word in line.split(" "):
        trial = word if not current else current + " " + word
        if current and pdfmetrics.stringWidth(trial, font, size) > width - 2 * margin:
            out.append(current)
            current = word
        else:
            current = trial
    out.append(current)
    return out


pages = open(source, encoding="utf-8").read().rstrip("\n").split("\f")
c = canvas.Canvas(target, pagesize=A4, invariant=1, pageCompression=1)
c.setTitle("report-150")
c.setCreator("scripts/evaluate-summaries.sh")
for page in pages:
    size = 10.0                     # smaller on a page that would not fit otherwise
    while True:
        lines = [piece for line in page.split("\n") for piece in wrap(line, size)]
        leading = size * 1.2
        if len(lines) * leading <= height - 2 * margin or size <= 6:
            break
        size -= 0.5
    c.setFont(font, size)
    y = height - margin - size
    for line in lines:
        c.drawString(margin, y, line)
        y -= leading
    c.showPage()
c.save()
PY
ingest_ms=$(time_ms 1 "$sluss" ingest "$long/report-150.pdf" --store "$store" --pipeline "$pipeline" --json)
read -r pdf_doc pdf_pages pdf_text_pages < <(python3 -c '
import json, sys
d = json.loads(open(sys.argv[1], encoding="utf-8").readline())
print(d["id"], d["pages"], d.get("text_layer_pages", "?"))
' "$work/last-output")
pdf_ms=$(time_ms 5 "$sluss" summary "$pdf_doc" --store "$store")
pdf_json_ms=$(time_ms 5 "$sluss" summary "$pdf_doc" --store "$store" --format json)
echo "Born-digital 150-page PDF: ingest $ingest_ms ms ($pdf_pages pages, $pdf_text_pages read from the text layer); document $pdf_doc: sluss summary $pdf_ms ms, --format json $pdf_json_ms ms (best of 5)"
took "stored summaries"

echo
echo "== Targets"
beats() {
  grep -E "^Sluss (beats|does not beat) lead and TextRank" "$1" | sed "s/^/  $2: /" || echo "  $2: (no such line in $1)"
}
echo "Sluss beats lead and TextRank on every report:"
beats "$work/clean.txt" "clean"
beats "$work/ocr.txt" "OCR  "
echo "Gap from TextRank to the oracle closed (target: at least 50%):"
grep -E "^Gap from" "$work/clean.txt" | sed -E 's/^.*\): /  clean: /; s/ \(target.*$//' || true
grep -E "^Gap from" "$work/ocr.txt" | sed -E 's/^.*\): /  OCR  : /; s/ \(target.*$//' || true
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "") print "not measured"; else print (v + 0 < t + 0 ? "met" : "NOT met") }'; }
echo "Summarising 150 pages: ${long_ms:-?} ms (target < 2000 ms): $(verdict "$long_ms" 2000)"
echo "Reading a stored summary of 150 pages: $pdf_ms ms, JSON $pdf_json_ms ms (target < 100 ms): $(verdict "$(printf '%s\n%s\n' "$pdf_ms" "$pdf_json_ms" | sort -n | tail -1)" 100)"
