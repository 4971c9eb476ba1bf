#!/usr/bin/env bash
# Runs every test. Installs what it lacks first (scripts/setup.sh).
#
#   1. formatting check
#   2. native tests: unit tests, the seed reference, corpus snapshots and the
#      no-text-lost property over ../shared/corpus, generated inputs, the CLI
#      (plain `cargo test` compiles no Yew)
#   3. the library, and the web app, compiled for wasm32-unknown-unknown
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh core

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "native tests"
# Snapshots are reviewed by hand: never write new ones here.
INSTA_UPDATE=no cargo test --all-targets

step "the library builds for wasm32-unknown-unknown"
cargo build --lib --target wasm32-unknown-unknown

step "the web app compiles for wasm32-unknown-unknown"
cargo check --features web --bin recordline-web --target wasm32-unknown-unknown

step "all tests passed"
