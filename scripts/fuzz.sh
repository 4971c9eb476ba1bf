#!/usr/bin/env bash
# Fuzzes `parse` with cargo-fuzz (libFuzzer) for a bounded time: scripts/fuzz.sh [SECONDS] (default 120).
# Not part of CI. Seeds the corpus with the test fixtures. cargo-fuzz needs nightly
# features; RUSTC_BOOTSTRAP=1 lets the machine's one stable toolchain provide them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-120}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p fuzz/corpus/parse
cp -n tests/fixtures/*.md tests/fixtures/web/*.txt fuzz/corpus/parse/ 2>/dev/null || true
cd fuzz
RUSTC_BOOTSTRAP=1 cargo fuzz run parse -- -max_total_time="$seconds" -max_len=20000
