#!/usr/bin/env bash
# Runs every test. Installs what it lacks first (scripts/setup.sh all).
#
#   1. formatting check and clippy (warnings are errors)
#   2. native tests: unit tests (parser recognisers, the viewer's reducer), the seed
#      reference, corpus snapshots and the no-text-lost property over ../shared/corpus,
#      generated inputs, the CLI (plain `cargo test` compiles no Yew)
#   3. the exports of the seed and three records validated by Python: CSV read back by its csv
#      module, Akoma Ntoso against the OASIS AKN 3.0 XSD, TEI against tei_all.rng (TEI P5 4.3.0)
#   4. the library compiled for wasm32-unknown-unknown
#   5. component tests in headless Chromium (wasm-bindgen-test)
#   6. the app built by Trunk, then end-to-end tests in headless Chromium (playwright-core)
set -euo pipefail
cd "$(dirname "$0")/.."
# wasm-opt from the npm package binaryen comes first: Trunk uses the first one on PATH.
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/setup.sh all

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (clippy, warnings are errors; with and without the web layer)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --features web -- -D warnings

step "native tests"
# Snapshots are reviewed by hand: never write new ones here. The shared corpus must be there
# (a bare clone skips the tests that need it; here a missing corpus fails).
RECORDLINE_REQUIRE_CORPUS=1 INSTA_UPDATE=no cargo test --all-targets

step "exports validated: CSV by Python's csv, AKN by the AKN 3.0 XSD, TEI by tei_all.rng"
cargo build --bin recordline
.venv/bin/python tests/exports/validate.py "${CARGO_TARGET_DIR:-target}/debug/recordline"

step "the library builds for wasm32-unknown-unknown"
cargo build --lib --target wasm32-unknown-unknown

step "component tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --features web --test web

step "build the app"
export TRUNK_SKIP_VERSION_CHECK=true
trunk build --release

step "end-to-end tests in headless Chromium"
node tests/e2e/run.mjs dist

step "all tests passed"
