#!/usr/bin/env bash
# Installs what Kybersää needs to build and test on Debian 12, by package
# name from Debian's archive. Sourced by demo.sh and test.sh; safe to re-run.
set -euo pipefail

KYBERSAA_BUILD_PACKAGES=(
  g++ cmake ninja-build pkg-config
  libsqlite3-dev libicu-dev libsodium-dev libsimdjson-dev nlohmann-json3-dev
  libcli11-dev libfmt-dev libexpected-dev libtomlplusplus-dev
  libexttextcat-dev libexttextcat-data libvoikko-dev voikko-fi libstemmer-dev
  libpoppler-cpp-dev libgumbo-dev libgmime-3.0-dev
)
KYBERSAA_TEST_PACKAGES=(
  libgtest-dev libgmock-dev libbenchmark-dev
)
# PDF output: Chromium prints the report's HTML (the demo writes PDFs, the
# tests print and read them back); a font so that text renders on a minimal
# system with no other fonts.
KYBERSAA_PDF_PACKAGES=(
  chromium fonts-dejavu-core
)

# install_packages PKG...: installs the packages that are missing.
install_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
