//! `parse`: text in, record and diagnostics out. It never fails and never panics.
//!
//! The passes, in order:
//! 1. [`lines`]: cut the text into lines with spans and pages; measure the layout.
//! 2. [`blocks`]: join lines into blocks (paragraphs, headings, furniture).
//! 3. [`header`]: read the header until the body begins.
//! 4. [`build`]: fold the body into sections, events, stage directions and turns.
//!
//! Each recogniser (one per construct: [`clock`], [`symbol`], [`furniture`],
//! [`event`], [`stage`], [`agenda`], [`speaker`], [`numbering`]) documents the
//! real forms it accepts.

pub mod agenda;
pub mod blocks;
pub mod build;
pub mod clock;
pub mod countries;
pub mod event;
pub mod furniture;
pub mod header;
pub mod language;
pub mod lines;
pub mod numbering;
pub mod speaker;
pub mod stage;
pub mod symbol;
pub mod text;
pub mod vocabulary;

use crate::model::*;

/// Parses a meeting record.
///
/// ```
/// let parsed = recordline::parse("The meeting was called to order at 3.10 p.m.\n\n1. The Chair said that the meeting was open.\n\nThe meeting rose at 6 p.m.");
/// assert_eq!(parsed.record.events.len(), 2);
/// assert_eq!(parsed.record.turns[0].speaker.name.as_deref(), Some("The Chair"));
/// ```
pub fn parse(text: &str) -> Parsed {
    let lines = lines::split(text);
    let mut layout = lines::measure(&lines);
    layout.asterisks = text.contains('*');
    layout.pipes = text.contains('|');
    let mut blocks = blocks::Blocks::new(&lines, &layout);
    let mut record = empty_record(language::detect(text));
    let body_start = header::read(&mut blocks, &mut record);
    let mut diagnostics = build::body(body_start.into_iter().chain(blocks), &mut record, text);
    diagnose_input(text, &record, &mut diagnostics);
    Parsed { record, diagnostics }
}

fn empty_record(language: Language) -> Record {
    Record {
        kind: RecordKind::Summary,
        language,
        symbol: None,
        body: None,
        body_code: None,
        session: None,
        session_number: None,
        meeting: None,
        title: None,
        partial: false,
        part: None,
        date: None,
        scheduled_time: None,
        place: None,
        distribution_date: None,
        original_language: None,
        chairs: Vec::new(),
        contents: Vec::new(),
        header_fields: Vec::new(),
        sections: Vec::new(),
        events: Vec::new(),
        turns: Vec::new(),
        paragraphs: Vec::new(),
        furniture: Vec::new(),
        unrecognised: Vec::new(),
        order: Vec::new(),
    }
}

/// Empty input, or text in which nothing looks like a meeting record.
fn diagnose_input(text: &str, record: &Record, diagnostics: &mut Vec<Diagnostic>) {
    if text.trim().is_empty() {
        diagnostics.insert(
            0,
            Diagnostic {
                kind: DiagnosticKind::EmptyInput,
                severity: Severity::Warning,
                message: "the input is empty: paste or open the text of a UN meeting record".to_string(),
                span: None,
            },
        );
        return;
    }
    let named_turns = record.turns.iter().filter(|t| t.speaker.side != Side::Unknown).count();
    let looks_like_record = record.symbol.is_some()
        || record.title.is_some()
        || !record.events.is_empty()
        || named_turns > 0
        || record.paragraphs.iter().filter(|p| p.number.is_some() && !p.inferred).count() >= 2;
    if !looks_like_record {
        diagnostics.insert(0, Diagnostic {
            kind: DiagnosticKind::NotARecord,
            severity: Severity::Warning,
            message: "this text does not look like a UN meeting record: no document symbol, no meeting title, no \"The meeting was called to order\" and no speaker such as \"The Chair said\" or \"Mr. X (France):\" was found".to_string(),
            span: None,
        });
    }
}
