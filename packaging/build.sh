#!/usr/bin/env bash
# Build the one-folder bundle: dist/fayan/fayan (+ Fayan.exe / Fayan.app on Windows / macOS).
# Usage: packaging/build.sh            (uses or creates .venv, installs pyinstaller)
#        PYTHON=python3.11 packaging/build.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e .
fi
VPY=.venv/bin/python
$VPY -m PyInstaller --version >/dev/null 2>&1 || $VPY -m pip install -q "pyinstaller>=6.5"
if [ ! -f packaging/icons/fayan-256.png ]; then
    $VPY packaging/make_icons.py
fi
start=$(date +%s)
$VPY -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/fayan.spec
end=$(date +%s)
size=$(du -sm dist/fayan | cut -f1)
echo "built dist/fayan in $((end - start)) s, ${size} MB"
