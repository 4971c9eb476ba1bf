//! Exporters: consumers of a parsed record. Each returns a `String`.
//!
//! * [`json`]: the JSON contract (`docs/json.md`), the same for the CLI and the web app.
//! * [`outline`]: a readable timeline, one line per event, heading, stage direction or turn.

mod outline;

pub use outline::{outline, outline_in, paragraph_ranges, speaker_label, speaker_label_in};

use crate::model::Parsed;

/// The record and its diagnostics as one pretty-printed JSON object.
/// Writes the JSON to `w` as it is made, without holding the whole text in memory (the CLI
/// writes to standard output this way: a record's JSON is several times its size).
pub fn write_json(parsed: &Parsed, w: impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(w, parsed).map_err(std::io::Error::other)
}

pub fn json(parsed: &Parsed) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(parsed).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
