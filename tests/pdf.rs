//! The PDF reader against poppler: each UN PDF in `../shared/corpus/pdf-files/`, read by
//! our importer and parsed, must give the same record as the matching `pdftotext` output
//! in `../shared/corpus/pdf/` parsed: the same events, turns within 2 %, and at least 98 %
//! of words in common. Both folders are read in place (set `RECORDLINE_CORPUS` elsewhere).
//!
//! `cargo test --test pdf -- --nocapture` prints the figures per file.

mod common;

use common::{corpus_dir, corpus_or_skip};
use std::collections::HashMap;

/// Words: whitespace-separated tokens with a letter or digit in them (dot leaders, which
/// poppler splits into single dots and we keep whole, are not words).
fn words(s: &str) -> HashMap<&str, usize> {
    let mut m = HashMap::new();
    for w in s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)) {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

/// Share of the reference's words (with repetitions) that the other text also has.
fn words_in_common(ours: &str, reference: &str) -> f64 {
    let (a, b) = (words(ours), words(reference));
    let total: usize = b.values().sum();
    let common: usize = b.iter().map(|(w, n)| (*n).min(*a.get(w).unwrap_or(&0))).sum();
    common as f64 / total.max(1) as f64
}

/// Turns with a named speaker. Unknown-speaker turns are text a column jump cut off from
/// its speaker: poppler's default order makes many (a column's tail read after the next
/// column's head), so they are counted apart.
fn known_turns(r: &recordline::model::Record) -> usize {
    r.turns.iter().filter(|t| t.speaker.side != recordline::model::Side::Unknown).count()
}

/// `a` holds every item of `b`, in order (it may hold more).
fn contains_in_order(a: &[String], b: &[String]) -> bool {
    let mut it = a.iter();
    b.iter().all(|x| it.any(|y| y == x))
}

fn events(r: &recordline::model::Record) -> Vec<String> {
    r.events.iter().map(|e| format!("{} {}", e.formula, e.time.map(|t| t.to_un_style()).unwrap_or_default())).collect()
}

#[test]
fn pdf_files_read_like_poppler() {
    let Some(files) = corpus_or_skip("pdf-files", "the PDF reader against poppler") else { return };
    let dir = corpus_dir();
    let mut names: Vec<String> = std::fs::read_dir(files)
        .unwrap_or_else(|e| panic!("{}: {e} (set RECORDLINE_CORPUS to the shared corpus)", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    names.sort();
    assert!(names.len() >= 12, "expected the 12 UN PDFs, found {}", names.len());
    let mut failures = Vec::new();
    println!(
        "{:<14} {:>5} {:>13} {:>13} {:>6} {:>7}  events",
        "record", "pages", "turns (named)", "poppler", "diff", "words"
    );
    for name in names {
        let stem = name.trim_end_matches(".pdf");
        let bytes = std::fs::read(dir.join("pdf-files").join(&name)).unwrap();
        let ours = match recordline::import::open_with_notes(&name, &bytes) {
            Ok(i) => i.text,
            Err(e) => {
                failures.push(format!("{stem}: {e}"));
                continue;
            }
        };
        let reference = std::fs::read_to_string(dir.join("pdf").join(format!("{stem}.txt"))).unwrap();
        let (a, b) = (recordline::parse(&ours), recordline::parse(&reference));
        let (ka, kb) = (known_turns(&a.record), known_turns(&b.record));
        let diff = (ka as f64 - kb as f64).abs() / (kb.max(1) as f64);
        let common = words_in_common(&ours, &reference);
        let (ea, eb) = (events(&a.record), events(&b.record));
        // Every event poppler's text gives, in order; at most one more (a line poppler's
        // order buried in the masthead).
        let events_ok = contains_in_order(&ea, &eb) && ea.len() <= eb.len() + 1;
        let pages = ours.matches('\x0c').count() + 1;
        println!(
            "{stem:<14} {pages:>5} {:>13} {:>13} {:>5.1}% {:>6.2}%  {}",
            format!("{} ({ka})", a.record.turns.len()),
            format!("{} ({kb})", b.record.turns.len()),
            diff * 100.0,
            common * 100.0,
            if ea == eb { format!("same ({})", ea.len()) } else { format!("ours {ea:?}, poppler {eb:?}") }
        );
        if !events_ok || diff > 0.02 || common < 0.98 {
            failures.push(format!(
                "{stem}: named turns {ka} vs {kb}, words {:.2}%, events {ea:?} vs {eb:?}",
                common * 100.0
            ));
        }
        let lost = recordline::invariants::text_lost(&ours, &a);
        if !lost.is_empty() {
            failures.push(format!("{stem}: text lost: {}", lost.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A real record cut in half (as an interrupted download leaves it): the pages that arrived
/// are read, with a note that the file is incomplete; cut before any page, it is refused.
#[test]
fn a_truncated_pdf_says_so() {
    let Some(files) = corpus_or_skip("pdf-files", "the truncated UN PDF") else { return };
    let bytes = std::fs::read(files.join("A_79_PV.29.pdf")).unwrap();
    match recordline::import::open_with_notes("A_79_PV.29.pdf", &bytes[..bytes.len() / 2]) {
        Ok(i) => assert!(i.notes.iter().any(|n| n.contains("cut short")), "{:?}", i.notes),
        Err(e) => assert!(e.to_string().contains("damaged or incomplete"), "{e}"),
    }
    let e = recordline::import::open("x.pdf", &bytes[..2000]).unwrap_err();
    assert!(e.to_string().contains("damaged or incomplete"), "{e}");
}
