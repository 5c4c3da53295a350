#!/usr/bin/env bash
# The main job: install, build, and write the demo report for the latest
# sample month into out/ (HTML, PDF, JSON and Markdown in fi, sv and en).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
install_packages "${KYBERSAA_BUILD_PACKAGES[@]}" "${KYBERSAA_PDF_PACKAGES[@]}"
cmake --preset dev -DKYBERSAA_BUILD_TESTS=OFF -DKYBERSAA_BUILD_BENCH=OFF >/dev/null
cmake --build --preset dev --target kybersaa
./build/kybersaa demo --out out "$@"
