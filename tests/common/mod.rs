//! What the integration tests share: where the shared corpus is, and what to do without it.
//!
//! The UN records of `../shared/corpus/` (or `$RECORDLINE_CORPUS`) are read in place, never
//! copied into the repository. A user who clones the repository alone can still run `cargo
//! test`: the tests that need the corpus say that they skip and why. `scripts/test.sh` (and so
//! CI) sets `RECORDLINE_REQUIRE_CORPUS=1`, which makes a missing corpus a failure.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn corpus_dir() -> PathBuf {
    std::env::var_os("RECORDLINE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

pub fn corpus_required() -> bool {
    std::env::var("RECORDLINE_REQUIRE_CORPUS").is_ok_and(|v| v == "1")
}

/// The corpus folder `sub` (`"pdf"`, `"pdf-files"`), or `None` after saying that `what` is
/// skipped. Panics instead when `RECORDLINE_REQUIRE_CORPUS=1`.
pub fn corpus_or_skip(sub: &str, what: &str) -> Option<PathBuf> {
    let dir = corpus_dir().join(sub);
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        !corpus_required(),
        "{what} needs the shared corpus, not found at {} (RECORDLINE_REQUIRE_CORPUS=1)",
        dir.display()
    );
    eprintln!(
        "skipped: {what} needs the shared corpus, not found at {} (set RECORDLINE_CORPUS to its folder)",
        dir.display()
    );
    None
}
