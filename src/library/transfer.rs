//! The library as one JSON Lines file, to hand a session's records to a colleague.
//!
//! Each line is one record: the same JSON object as `recordline parse FILE --json` (the
//! contract of `docs/json.md`) with one more member, `"source": {"name": …, "text": …}`, the
//! text it was parsed from. Importing reads only `source` and parses the text again, so a
//! file from an older or newer Recordline gives today's model, and a line whose model was
//! edited by hand cannot put words in a record's mouth. A record already in the library (same
//! text, hence same symbol) is not added twice.

use super::{record_id, Entry};
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::collections::HashSet;

/// The member added to the CLI's JSON on each line.
#[derive(Serialize, Deserialize, Default)]
struct Source {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// What an import reads of a line: only the source (every other member is skipped unread).
#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    source: Option<Source>,
}

/// The entries as JSON Lines, in the order given.
pub fn export_jsonl<E: Borrow<Entry>>(entries: &[E]) -> String {
    let mut out = String::new();
    for e in entries.iter().map(Borrow::borrow) {
        let parsed = crate::parse(&e.text);
        // The record's JSON object, its closing brace replaced by the source member.
        let body = serde_json::to_string(&parsed).unwrap_or_else(|_| "{}".to_string());
        let source = Source { name: Some(e.name.clone()), text: Some(e.text.clone()) };
        let source = serde_json::to_string(&source).unwrap_or_else(|_| "{}".to_string());
        let open = body.strip_suffix('}').unwrap_or("{");
        out.push_str(open);
        if open.len() > 1 {
            out.push(',');
        }
        out.push_str("\"source\":");
        out.push_str(&source);
        out.push_str("}\n");
    }
    out
}

/// What an import brought.
#[derive(Debug, Default)]
pub struct Imported {
    /// New records, in the file's order.
    pub entries: Vec<Entry>,
    /// Lines holding a record the library (or the file, earlier) already had.
    pub duplicates: usize,
    /// Lines that could not be read: (line number from 1, why).
    pub refused: Vec<(usize, String)>,
}

/// Reads a JSON Lines library; `known` holds the ids already in the library.
pub fn import_jsonl(file: &str, known: &[String]) -> Imported {
    let mut out = Imported::default();
    let mut seen: HashSet<String> = known.iter().cloned().collect();
    for (n, line) in file.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let source = match serde_json::from_str::<Line>(line) {
            Ok(Line { source: Some(Source { text: Some(text), name }) }) => (text, name),
            Ok(_) => {
                out.refused
                    .push((n + 1, "no \"source\" text (a Recordline library line holds the record's text)".into()));
                continue;
            }
            Err(e) => {
                out.refused.push((n + 1, format!("not JSON ({e})")));
                continue;
            }
        };
        let (text, name) = source;
        if text.trim().is_empty() {
            out.refused.push((n + 1, "an empty text".into()));
            continue;
        }
        let id = record_id(&text);
        if !seen.insert(id) {
            out.duplicates += 1;
            continue;
        }
        let name = name.unwrap_or_else(|| "imported record".to_string());
        let parsed = crate::parse(&text);
        // The library keeps meeting records only, as opening a file does.
        if parsed.diagnostics.iter().any(|d| d.kind == crate::model::DiagnosticKind::NotARecord) {
            out.refused.push((n + 1, "not a UN meeting record".into()));
            continue;
        }
        out.entries.push(Entry::new(&name, text, &parsed));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::library::entry_for_test as entry;

    #[test]
    fn should_round_trip_a_library_without_duplicates() {
        let seed = entry(crate::viewer::SAMPLE, "seed");
        let other = entry(&crate::viewer::SAMPLE.replace("CMW/C/SR.464", "CMW/C/SR.465"), "next");
        let file = export_jsonl(&[seed.clone(), other.clone()]);
        assert_eq!(file.lines().count(), 2);
        // Each line is the CLI's JSON contract plus the source.
        let first: serde_json::Value = serde_json::from_str(file.lines().next().unwrap_or("")).unwrap_or_default();
        assert_eq!(first["symbol"], "CMW/C/SR.464");
        assert!(first["diagnostics"].is_array());
        assert_eq!(first["source"]["name"], "seed");

        let fresh = import_jsonl(&file, &[]);
        assert_eq!(fresh.entries.len(), 2);
        assert_eq!(fresh.entries[0], seed);
        assert_eq!(fresh.entries[1].summary.symbol.as_deref(), Some("CMW/C/SR.465"));

        // Into a library that has the seed: only the other one is new; twice in a file counts once.
        let twice = format!("{file}{file}");
        let merged = import_jsonl(&twice, std::slice::from_ref(&seed.id));
        assert_eq!((merged.entries.len(), merged.duplicates), (1, 3));
    }

    #[test]
    fn should_refuse_texts_that_are_not_records() {
        let file = "{\"source\":{\"text\":\"\"}}\n{\"source\":{\"text\":\"a shopping list: milk, bread\"}}\n";
        let got = import_jsonl(file, &[]);
        assert!(got.entries.is_empty());
        assert_eq!(got.refused.iter().map(|(n, _)| *n).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn should_refuse_lines_it_cannot_read_and_keep_the_rest() {
        let good = export_jsonl(&[entry(crate::viewer::SAMPLE, "seed")]);
        let file = format!("not json\n{{\"record\": {{}}}}\n{good}");
        let got = import_jsonl(&file, &[]);
        assert_eq!(got.entries.len(), 1);
        assert_eq!(got.refused.iter().map(|(n, _)| *n).collect::<Vec<_>>(), [1, 2]);
    }
}
