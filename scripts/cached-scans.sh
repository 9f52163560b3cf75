# shellcheck shell=bash
# Sourced by the evaluation scripts. cached_scans TEXTS WORK prints the folder of printed and
# scanned copies of TEXTS (CLASS/NAME.txt files) under WORK, made by scripts/scan-corpus.sh and
# reused until a text, the scanner or the sample generator changes.
cached_scans() {
  local texts="$1" work="$2" root stamp scans
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  stamp=$( (cd "$texts" && find . -name '*.txt' -print0 | sort -z | xargs -0 sha256sum; cd "$root" && sha256sum scripts/scan-corpus.py scripts/generate-samples.py) | sha256sum | cut -c1-16)
  scans="$work/scans-$stamp"
  if [ ! -f "$scans/manifest.json" ]; then
    rm -rf "$work"/scans-*
    echo "== Printing and scanning $texts (a few minutes; cached until it changes)" >&2
    "$root/scripts/scan-corpus.sh" "$texts" "$scans" --jobs "$(nproc)" > "$work/scan.log" 2>&1 || { cat "$work/scan.log" >&2; return 1; }
    tail -2 "$work/scan.log" >&2
  fi
  echo "$scans"
}
