#!/usr/bin/env bash
# The test job: install, build, and run the whole test suite, then the same
# suite under AddressSanitizer + UndefinedBehaviorSanitizer.
# Set KYBERSAA_SKIP_SANITIZERS=1 to run only the plain build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
install_packages "${KYBERSAA_BUILD_PACKAGES[@]}" "${KYBERSAA_TEST_PACKAGES[@]}" \
  "${KYBERSAA_PDF_PACKAGES[@]}"
jobs=$(nproc)

echo "== build and test (dev preset)"
cmake --preset dev -DKYBERSAA_BUILD_TESTS=ON >/dev/null
cmake --build --preset dev
ctest --preset dev -j "$jobs"

if [ "${KYBERSAA_SKIP_SANITIZERS:-0}" != 1 ]; then
  echo "== build and test (asan-ubsan preset)"
  cmake --preset asan-ubsan >/dev/null
  cmake --build --preset asan-ubsan
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=$PWD/.lsan-suppressions" \
    ctest --preset asan-ubsan -j "$jobs"
fi
