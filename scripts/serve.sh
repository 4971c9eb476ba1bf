#!/usr/bin/env bash
# Builds the web app (release) and serves it at http://127.0.0.1:8080 with the sample
# record CMW/C/SR.464 loaded. Installs what it lacks first (scripts/setup.sh web).
set -euo pipefail
cd "$(dirname "$0")/.."
# wasm-opt from the npm package binaryen comes first: Trunk uses the first one on PATH.
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/setup.sh web
export TRUNK_SKIP_VERSION_CHECK=true
exec trunk serve --release "$@"
