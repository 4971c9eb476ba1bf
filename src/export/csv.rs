//! CSV: the record as a table, for spreadsheets, pandas and R.
//!
//! Follows RFC 4180: a header row, fields separated by commas, records ended by CRLF, a
//! field holding a comma, a double quote, a CR or an LF enclosed in double quotes with its
//! double quotes doubled. UTF-8, no byte-order mark.
//!
//! One row per paragraph of the record (the JSON's `paragraphs`, in document order), and
//! one row for each heading, procedural event and unrecognised block, so that every word of
//! the record's body is in the table; the `kind` column tells them apart (`speech`,
//! `stage_direction`, `heading`, `event`, `unrecognised`). Filter on `kind` for speech alone.
//!
//! | column | holds |
//! |---|---|
//! | `symbol`, `date`, `meeting` | the record's symbol, date (ISO 8601) and meeting number, on every row |
//! | `section` | the heading of the agenda section the row is in |
//! | `kind` | as above |
//! | `turn` | the turn's index in the JSON's `turns` (from 0) |
//! | `speaker`, `affiliation`, `side` | as printed; the affiliation is the parenthesis, or else the State spoken for |
//! | `paragraph`, `inferred` | the paragraph number, and `true` where it was not printed but inferred |
//! | `estimated_time` | HH:MM, the paragraph's start estimated from the record's times and word counts (`timeline::estimate`) |
//! | `recorded_time` | HH:MM, an event's time as the record gives it |
//! | `text` | the words as printed |

use crate::model::{Item, Paragraph, ParagraphKind, Parsed};
use crate::timeline::{estimate, hh_mm, word_count, Estimates};

pub const COLUMNS: [&str; 14] = [
    "symbol",
    "date",
    "meeting",
    "section",
    "kind",
    "turn",
    "speaker",
    "affiliation",
    "side",
    "paragraph",
    "inferred",
    "estimated_time",
    "recorded_time",
    "text",
];

/// The record as CSV (RFC 4180).
pub fn csv(parsed: &Parsed) -> String {
    let r = &parsed.record;
    let est = estimate(parsed);
    let mut out = String::new();
    row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    let common = [
        r.symbol.clone().unwrap_or_default(),
        r.date.map(|d| d.to_string()).unwrap_or_default(),
        r.meeting.map(|m| m.to_string()).unwrap_or_default(),
    ];
    let mut section: Option<usize> = None;
    for item in &r.order {
        let heading = |s: Option<usize>| s.and_then(|i| r.sections.get(i)).map(|s| s.heading.clone());
        let mut cells = Row::default();
        match *item {
            Item::Section(i) => {
                section = Some(i);
                cells.kind = "heading";
                cells.text = heading(section).unwrap_or_default();
            }
            Item::Event(i) => {
                let Some(e) = r.events.get(i) else { continue };
                cells.kind = "event";
                cells.paragraph = e.number.map(|n| n.to_string()).unwrap_or_default();
                cells.recorded_time = e.time.map(|t| t.to_string()).unwrap_or_default();
                cells.text = e.text.clone();
            }
            Item::Turn(t) => {
                let Some(turn) = r.turns.get(t) else { continue };
                let end = (turn.first_paragraph + turn.paragraph_count).min(r.paragraphs.len());
                let paragraphs = r.paragraphs.get(turn.first_paragraph..end).unwrap_or_default();
                let times = paragraph_times(&est, t, paragraphs);
                for (p, time) in paragraphs.iter().zip(times) {
                    let s = &turn.speaker;
                    let mut cells = paragraph_row(p);
                    cells.turn = t.to_string();
                    cells.speaker = s.name.clone().unwrap_or_default();
                    cells.affiliation = s.affiliation.clone().or_else(|| s.country.clone()).unwrap_or_default();
                    cells.side = s.side.as_str();
                    cells.estimated_time = time;
                    let section = heading(p.section.or(section)).unwrap_or_default();
                    cells.write(&mut out, &common, section);
                }
                continue;
            }
            Item::Paragraph(i) => {
                let Some(p) = r.paragraphs.get(i) else { continue };
                cells = paragraph_row(p);
                let section = heading(p.section.or(section)).unwrap_or_default();
                cells.write(&mut out, &common, section);
                continue;
            }
            Item::Unrecognised(i) => {
                let Some(u) = r.unrecognised.get(i) else { continue };
                cells.kind = "unrecognised";
                cells.text = u.text.clone();
            }
        }
        cells.write(&mut out, &common, heading(section).unwrap_or_default());
    }
    out
}

/// The cells of one row after the record's own (symbol, date, meeting) and the section.
#[derive(Default)]
struct Row {
    kind: &'static str,
    turn: String,
    speaker: String,
    affiliation: String,
    side: &'static str,
    paragraph: String,
    inferred: &'static str,
    estimated_time: String,
    recorded_time: String,
    text: String,
}

impl Row {
    fn write(self, out: &mut String, common: &[String; 3], section: String) {
        let cells = [
            section,
            self.kind.to_string(),
            self.turn,
            self.speaker,
            self.affiliation,
            self.side.to_string(),
            self.paragraph,
            self.inferred.to_string(),
            self.estimated_time,
            self.recorded_time,
            self.text,
        ];
        row(out, common.iter().cloned().chain(cells));
    }
}

fn paragraph_row(p: &Paragraph) -> Row {
    Row {
        kind: match p.kind {
            ParagraphKind::Speech => "speech",
            ParagraphKind::StageDirection => "stage_direction",
        },
        paragraph: p.number.map(|n| n.to_string()).unwrap_or_default(),
        inferred: if p.inferred { "true" } else { "false" },
        text: p.text.clone(),
        ..Row::default()
    }
}

/// Each paragraph's estimated start: the turn's estimated span shared by words.
fn paragraph_times(est: &Estimates, turn: usize, paragraphs: &[Paragraph]) -> Vec<String> {
    let Some(Some((start, end))) = est.turns.get(turn) else { return vec![String::new(); paragraphs.len()] };
    let words: Vec<usize> = paragraphs.iter().map(|p| word_count(&p.text)).collect();
    let total = words.iter().sum::<usize>().max(1) as f32;
    let mut before = 0usize;
    words
        .iter()
        .map(|w| {
            let at = start + (end - start) * before as f32 / total;
            before += w;
            hh_mm(at)
        })
        .collect()
}

fn row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, &cell);
    }
    out.push_str("\r\n");
}

/// One field, enclosed in double quotes when RFC 4180 requires it.
fn field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_quote_fields_as_rfc_4180_says() {
        let mut out = String::new();
        row(&mut out, ["plain", "a, b", "say \"no\"", "two\nlines", ""].iter().map(|s| s.to_string()));
        assert_eq!(out, "plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",\r\n");
    }

    #[test]
    fn should_write_a_header_and_one_row_per_paragraph_heading_and_event() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        let r = &parsed.record;
        let text = csv(&parsed);
        assert!(text.starts_with("symbol,date,meeting,section,kind,turn,speaker,"));
        assert!(text.ends_with("\r\n"));
        let rows = text.matches("\r\n").count();
        let expected = 1 + r.paragraphs.len() + r.sections.len() + r.events.len() + r.unrecognised.len();
        // Rows end with CRLF; a paragraph's own line breaks (none in the seed) would be LF only.
        assert_eq!(rows, expected);
        assert!(text.contains("CMW/C/SR.464,2021-10-04,464,"));
        assert!(text.contains(",speech,1,Mr. Huseynov,Azerbaijan,delegation,3,true,"), "{}", &text[..2000]);
    }
}
