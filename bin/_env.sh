# Sourced by bin/serve and bin/test: make sure .venv exists and holds the requirements they need.
# The caller sets REQUIREMENTS (default: requirements.txt); bin/test adds requirements-test.txt.
# Each file has its own stamp in .venv, so running bin/serve after bin/test (or the other way
# round) reinstalls nothing; a changed file reinstalls only what was asked for.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv ($("$PY" --version))"
  "$PY" -m venv .venv
fi
stale=()
for req in ${REQUIREMENTS:-requirements.txt}; do
  want="$(sha256sum "$req" | cut -d' ' -f1)"
  if [ "$(cat ".venv/.$req.sha256" 2>/dev/null)" != "$want" ]; then
    stale+=("$req")
  fi
done
if [ "${#stale[@]}" -gt 0 ]; then
  echo "Installing ${stale[*]} into .venv"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "${stale[@]/#/-r}"
  for req in "${stale[@]}"; do
    sha256sum "$req" | cut -d' ' -f1 > ".venv/.$req.sha256"
  done
fi
export PATH="$ROOT/.venv/bin:$PATH"
