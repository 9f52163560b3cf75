# Python environment of the document generators; sourced, not run.
#
#   source scripts/python-env.sh
#   setup_samples_python NAME     # NAME prefixes the progress messages
#   "$samples_python" script.py ...
#
# Used by scripts/generate-samples.sh and bench/generate.sh. Installs the fonts the
# generators draw with from Debian (fonts-liberation2, fonts-dejavu-core) when they
# are missing, keeps a virtualenv with the pinned packages of
# scripts/requirements-samples.txt in .venv-samples/ (git-ignored; reinstalled when the
# requirements change) and sets samples_python to its interpreter. PYTHON names the
# interpreter that creates the virtualenv (default python3). Fonts and package
# versions are pinned because they decide the bytes of the generated files.

samples_env_scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
samples_env_root="$(cd "$samples_env_scripts/.." && pwd)"

samples_fonts=(
  /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf
  /usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf
  /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf
  /usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
)

samples_sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then samples_sudo=(sudo); fi
fi

samples_apt_updated=0
samples_apt_install() {
  # Install Debian packages; run 'apt-get update' once, only when needed.
  local opts=(-y -q -o DPkg::Lock::Timeout=600 --no-install-recommends)
  if ! DEBIAN_FRONTEND=noninteractive "${samples_sudo[@]}" apt-get install "${opts[@]}" "$@"; then
    if [ "$samples_apt_updated" -eq 0 ]; then
      "${samples_sudo[@]}" apt-get -q -o DPkg::Lock::Timeout=600 update
      samples_apt_updated=1
      DEBIAN_FRONTEND=noninteractive "${samples_sudo[@]}" apt-get install "${opts[@]}" "$@"
    else
      return 1
    fi
  fi
}

setup_samples_python() {
  local name="${1:-python-env}"
  local venv="$samples_env_root/.venv-samples"
  local req="$samples_env_scripts/requirements-samples.txt"
  local python="${PYTHON:-python3}"

  local missing=0 f
  for f in "${samples_fonts[@]}"; do
    [ -f "$f" ] || missing=1
  done
  if [ "$missing" -eq 1 ]; then
    echo "$name: installing fonts-liberation2 fonts-dejavu-core" >&2
    samples_apt_install fonts-liberation2 fonts-dejavu-core
  fi

  # virtualenv with the pinned requirements; reinstalled when the requirements change
  local stamp="$venv/.requirements.sha256"
  local want
  want="$(sha256sum "$req" | cut -d' ' -f1)"
  if [ ! -x "$venv/bin/python" ]; then
    if ! "$python" -m venv "$venv" 2>/dev/null; then
      echo "$name: installing python3-venv" >&2
      rm -rf "$venv"
      samples_apt_install python3-venv
      "$python" -m venv "$venv"
    fi
    # keep the virtualenv out of git even where .gitignore does not list it
    printf '*\n' > "$venv/.gitignore"
  fi
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --only-binary=:all: -r "$req"
    echo "$want" > "$stamp"
  fi

  samples_python="$venv/bin/python"
}
