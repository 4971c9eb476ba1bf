//! The whole corpus: every record parses without losing text, and its outline
//! matches the reviewed snapshot.
//!
//! `tests/fixtures/` holds the seed and the web records (copied into the project);
//! the verbatim records converted from PDF are read in place from
//! `../shared/corpus/pdf/` (or `$RECORDLINE_CORPUS/pdf/`), never copied.

use std::path::{Path, PathBuf};

mod common;

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e} (set RECORDLINE_CORPUS to the shared corpus)", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no records in {}", dir.display());
    files
}

fn all_records() -> Vec<PathBuf> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut all = vec![fixtures.join("CMW_C_SR.464.md")];
    all.extend(files(&fixtures.join("web")));
    all.extend(files(&fixtures.join("openings")));
    all.extend(files(&fixtures.join("whole")));
    if let Some(pdf) = common::corpus_or_skip("pdf", "the verbatim records of the shared corpus") {
        all.extend(files(&pdf));
    }
    all
}

fn read(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    recordline::import::text(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The snapshot of one record: its outline, then what the parser was unsure of.
fn snapshot_of(text: &str) -> String {
    let parsed = recordline::parse(text);
    let mut out = recordline::export::outline(&parsed);
    out.push_str("--- diagnostics\n");
    for d in &parsed.diagnostics {
        let at = d.span.map(|s| format!("@{} ", s.start)).unwrap_or_default();
        out.push_str(&format!("{at}{:?}: {}\n", d.kind, d.message));
    }
    out
}

#[test]
fn no_text_is_lost_in_any_record() {
    let mut failures = Vec::new();
    for path in all_records() {
        let text = read(&path);
        let problems = recordline::invariants::text_lost(&text, &recordline::parse(&text));
        if !problems.is_empty() {
            failures.push(format!("{}:\n  {}", path.display(), problems.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "text lost:\n{}", failures.join("\n"));
}

#[test]
fn every_record_matches_its_reviewed_outline() {
    for path in all_records() {
        let name = path.file_name().unwrap().to_string_lossy().replace('.', "_");
        let text = read(&path);
        insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!("outline", snapshot_of(&text));
        });
    }
}

#[test]
fn concatenated_records_parse_without_loss() {
    let text: String = all_records().iter().take(12).map(|p| read(p)).collect::<Vec<_>>().join("\n\n");
    let parsed = recordline::parse(&text);
    assert!(recordline::invariants::text_lost(&text, &parsed).is_empty());
    assert!(parsed.record.turns.len() > 50);
}
