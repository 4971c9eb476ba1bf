//! Exporters: consumers of a parsed record. Each returns a `String` (JSON can also be
//! streamed to a writer).
//!
//! * [`json`]: the JSON contract (`docs/json.md`), the same for the CLI and the web app.
//! * [`outline`]: a readable timeline, one line per event, heading, stage direction or turn.
//! * [`csv`]: one row per paragraph (and heading, event, unrecognised block), RFC 4180.
//! * [`akn`]: Akoma Ntoso 3.0, a `debate` in the AKN4UN conventions.
//! * [`tei`]: TEI P5 in the manner of ParlaMint.
//!
//! Formats are described, with the seed's output, in `docs/exports.md`. XML is escaped in
//! one place, [`xml`]; the participants and the nesting of sections are shared by the two
//! XML formats.

mod akn;
mod csv;
mod outline;
mod participants;
mod tei;
mod tree;
pub mod xml;

pub use akn::{akn, work_iri};
pub use csv::{csv, COLUMNS as CSV_COLUMNS};
pub use outline::{outline, outline_in, paragraph_ranges, speaker_label, speaker_label_in};
pub use tei::tei;

use crate::model::Parsed;

/// The formats a record can be exported in, by the names the CLI and the app use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Outline,
    Csv,
    Akn,
    Tei,
}

impl Format {
    pub const ALL: [Format; 5] = [Format::Json, Format::Outline, Format::Csv, Format::Akn, Format::Tei];

    /// The name on the command line (`--format akn`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Outline => "outline",
            Format::Csv => "csv",
            Format::Akn => "akn",
            Format::Tei => "tei",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// A file name's extension for a download.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Outline => "txt",
            Format::Csv => "csv",
            Format::Akn => "akn.xml",
            Format::Tei => "tei.xml",
        }
    }

    /// The media type for a download.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Outline => "text/plain;charset=utf-8",
            Format::Csv => "text/csv;charset=utf-8;header=present",
            Format::Akn | Format::Tei => "application/xml",
        }
    }

    /// The record in this format.
    pub fn export(self, parsed: &Parsed) -> String {
        match self {
            Format::Json => json(parsed),
            Format::Outline => outline(parsed),
            Format::Csv => csv(parsed),
            Format::Akn => akn(parsed),
            Format::Tei => tei(parsed),
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_name_each_format_once_and_export_the_seed_in_it() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(f));
            let out = f.export(&parsed);
            assert!(out.contains("CMW/C/SR.464"), "{}", f.name());
        }
        assert_eq!(Format::from_name("xml"), None);
        assert!(Format::Akn.export(&parsed).starts_with("<?xml"));
        assert!(Format::Csv.export(&parsed).starts_with("symbol,"));
    }
}
