//! Exporters: consumers of a parsed record. Each returns a `String`.
//!
//! * [`json`]: the JSON contract (`docs/json.md`), the same for the CLI and the web app.
//! * [`outline`]: a readable timeline, one line per event, heading, stage direction or turn.

mod outline;

pub use outline::{outline, paragraph_ranges, speaker_label};

use crate::model::Parsed;

/// The record and its diagnostics as one pretty-printed JSON object.
pub fn json(parsed: &Parsed) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(parsed).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
