#!/usr/bin/env bash
# Regenerate the fictitious sample scans in samples/ (and samples/.ground-truth/).
#
#   scripts/generate-samples.sh [OUTDIR]
#
# Installs the fonts it needs from Debian (fonts-liberation2, fonts-dejavu-core)
# when they are missing, keeps a virtualenv with the pinned packages of
# scripts/requirements-samples.txt in .venv-samples/ (git-ignored), and runs
# scripts/generate-samples.py. Output is deterministic: the same inputs give
# byte-identical files.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
outdir="${1:-$root/samples}"
venv="$root/.venv-samples"
req="$here/requirements-samples.txt"
python="${PYTHON:-python3}"

fonts=(
  /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf
  /usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf
  /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf
  /usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); fi
fi

apt_updated=0
apt_install() {
  # Install Debian packages; run 'apt-get update' once, only when needed.
  local opts=(-y -q -o DPkg::Lock::Timeout=600 --no-install-recommends)
  if ! DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install "${opts[@]}" "$@"; then
    if [ "$apt_updated" -eq 0 ]; then
      "${sudo_cmd[@]}" apt-get -q -o DPkg::Lock::Timeout=600 update
      apt_updated=1
      DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install "${opts[@]}" "$@"
    else
      return 1
    fi
  fi
}

missing=0
for f in "${fonts[@]}"; do
  [ -f "$f" ] || missing=1
done
if [ "$missing" -eq 1 ]; then
  echo "generate-samples: installing fonts-liberation2 fonts-dejavu-core" >&2
  apt_install fonts-liberation2 fonts-dejavu-core
fi

# virtualenv with the pinned requirements; reinstalled when the requirements change
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$req" | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ]; then
  if ! "$python" -m venv "$venv" 2>/dev/null; then
    echo "generate-samples: installing python3-venv" >&2
    rm -rf "$venv"
    apt_install python3-venv
    "$python" -m venv "$venv"
  fi
  # keep the virtualenv out of git even where .gitignore does not list it
  printf '*\n' > "$venv/.gitignore"
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --only-binary=:all: -r "$req"
  echo "$want" > "$stamp"
fi

"$venv/bin/python" "$here/generate-samples.py" "$outdir"
du -sh "$outdir"
