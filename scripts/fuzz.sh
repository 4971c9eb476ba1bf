#!/usr/bin/env bash
# Fuzzes with cargo-fuzz (libFuzzer) for a bounded time: scripts/fuzz.sh [SECONDS] [TARGET]
# (default 120 s each; targets "parse", "import" (every importer by name), "html", "docx", "pdf").
# Not part of CI. Seeds the corpus with the test fixtures. cargo-fuzz needs nightly
# features; RUSTC_BOOTSTRAP=1 lets the machine's one stable toolchain provide them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-120}"
targets="${2:-parse import html docx pdf pdf_structure}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p fuzz/corpus/parse fuzz/corpus/import fuzz/corpus/pdf fuzz/corpus/html fuzz/corpus/docx fuzz/corpus/pdf_structure
cp -n tests/fixtures/*.md tests/fixtures/web/*.txt fuzz/corpus/parse/ 2>/dev/null || true
cp -n tests/fixtures/import/CMW_C_SR.464.* fuzz/corpus/import/ 2>/dev/null || true
cp -n tests/fixtures/import/*.html fuzz/corpus/html/ 2>/dev/null || true
cp -n tests/fixtures/import/*.docx fuzz/corpus/docx/ 2>/dev/null || true
# Small PDFs seed the PDF target (the UN's PDFs are large; the smallest is used whole).
cp -n tests/fixtures/import/*.pdf fuzz/corpus/pdf/ 2>/dev/null || true
cp -n "${RECORDLINE_CORPUS:-../shared/corpus}/pdf-files/S_PV.3756.pdf" fuzz/corpus/pdf/ 2>/dev/null || true
# The structure-aware PDF target mutates the UN's PDFs themselves (read in place, never committed)
# and the crafted files of tests/fixtures/hostile.
cp -n "${RECORDLINE_CORPUS:-../shared/corpus}"/pdf-files/*.pdf fuzz/corpus/pdf_structure/ 2>/dev/null || true
cp -n tests/fixtures/hostile/*.pdf tests/fixtures/import/*.pdf fuzz/corpus/pdf_structure/ 2>/dev/null || true
cd fuzz
for target in $targets; do
  len=40000 limit=10
  # The UN's PDFs take up to 13 s each in the instrumented build (0.4 s in a release build).
  [ "$target" = pdf_structure ] && len=2000000 limit=60
  # A crash, a leak past 2 GB or an input over the time limit is a failure kept in fuzz/artifacts/.
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -- -max_total_time="$seconds" -max_len="$len" -rss_limit_mb=2048 -timeout="$limit"
done
