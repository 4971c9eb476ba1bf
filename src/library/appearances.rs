//! Everything one speaker, or one State, said across the library: each turn in date order,
//! with its citation and first sentence; as CSV (RFC 4180, for a spreadsheet) and as
//! Markdown with citations (for an NGO's report).

use super::{fold, Entry};
use crate::model::{Date, Side};
use std::borrow::Borrow;

/// Whose turns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    /// A speaker by name ("Mr. Kariyawasam"): the same person in every language, whatever the
    /// honorific and the capitals ([`super::person_key`]).
    Speaker(String),
    /// A State: turns whose speaker's country or affiliation is the State ("Azerbaijan").
    State(String),
}

impl Who {
    pub fn label(&self) -> &str {
        match self {
            Who::Speaker(s) | Who::State(s) => s,
        }
    }
}

/// One turn of theirs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appearance {
    /// The library entry.
    pub id: String,
    pub symbol: Option<String>,
    pub date: Option<Date>,
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
    pub side: Side,
    /// The turn's first paragraph (index in the record, to open it there) and its number.
    pub paragraph: usize,
    pub number: Option<u32>,
    /// "CMW/C/SR.464, para. 23" (or "paras. 23-25" for a turn of several numbered paragraphs).
    pub citation: String,
    pub first_sentence: String,
    /// The record's language (the first sentence is in it).
    pub language: Option<crate::model::Language>,
}

/// Their turns across `entries`, by date, meeting, then order in the record.
pub fn appearances<E: Borrow<Entry>>(entries: &[E], who: &Who) -> Vec<Appearance> {
    let wanted = match who {
        Who::Speaker(name) => super::person_key(name),
        Who::State(state) => fold(state.trim()),
    };
    let mut out = Vec::new();
    if wanted.is_empty() {
        return out;
    }
    let mut ordered: Vec<&Entry> = entries.iter().map(Borrow::borrow).collect();
    ordered.sort_by_key(|e| (e.summary.date, e.summary.meeting));
    // One version of each meeting: the French and English versions of one record are one meeting.
    let mut symbols: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for e in ordered {
        if let Some(symbol) = e.summary.symbol.as_deref() {
            if !symbols.insert(symbol) {
                continue;
            }
        }
        for t in &e.index.turns {
            let Some(s) = e.index.speakers.get(t.speaker as usize) else { continue };
            let is_them = match who {
                Who::Speaker(_) => s.name.as_deref().is_some_and(|n| super::person_key(n) == wanted),
                Who::State(_) => {
                    [s.country.as_deref(), s.affiliation.as_deref()].into_iter().flatten().any(|f| fold(f) == wanted)
                }
            };
            if !is_them {
                continue;
            }
            let first = t.first_paragraph as usize;
            let numbers: Vec<u32> = (first..first + t.paragraph_count as usize)
                .filter_map(|p| e.index.paragraphs.get(p).and_then(|p| p.number))
                .collect();
            let symbol = e.summary.symbol.as_deref().unwrap_or("(no symbol)");
            let citation = match (numbers.first(), numbers.last()) {
                (Some(a), Some(b)) if a != b => format!("{symbol}, paras. {a}-{b}"),
                (Some(a), _) => format!("{symbol}, para. {a}"),
                _ => symbol.to_string(),
            };
            out.push(Appearance {
                id: e.id.clone(),
                symbol: e.summary.symbol.clone(),
                date: e.summary.date,
                speaker: s.name.clone(),
                affiliation: s.affiliation.clone().or(s.country.clone()),
                side: s.side,
                paragraph: first,
                number: numbers.first().copied(),
                citation,
                first_sentence: first_sentence(e.paragraph_text(first)),
                language: Some(e.summary.language),
            });
        }
    }
    out
}

/// The text up to the first full stop (or question mark) followed by a space and a capital,
/// not after a short word such as an honorific or an initial ("Mr. X", "J. Smith"); at most
/// about 300 bytes.
fn first_sentence(text: &str) -> String {
    const MOST: usize = 300;
    for (i, c) in text.char_indices() {
        if i > MOST {
            break;
        }
        if !matches!(c, '.' | '?' | '!') || !text[i + 1..].starts_with(' ') {
            continue;
        }
        let starts_capital = text[i + 2..].chars().next().is_some_and(char::is_uppercase);
        let word = text[..i].rsplit(' ').next().unwrap_or("");
        if starts_capital && (c != '.' || word.chars().count() > 3) {
            return text[..=i].to_string();
        }
    }
    if text.len() <= MOST {
        return text.to_string();
    }
    let mut cut = MOST;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = text[..cut].rfind(' ').unwrap_or(cut);
    format!("{}…", &text[..cut])
}

/// The appearances as CSV: a header row, then one row each; RFC 4180 (CRLF, fields with a
/// comma, a quote or a line break quoted, quotes doubled), UTF-8.
pub fn appearances_csv(list: &[Appearance]) -> String {
    let mut out = String::from("symbol,date,speaker,affiliation,side,paragraph,citation,first_sentence\r\n");
    for a in list {
        let fields = [
            a.symbol.clone().unwrap_or_default(),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
            a.speaker.clone().unwrap_or_default(),
            a.affiliation.clone().unwrap_or_default(),
            a.side.as_str().to_string(),
            a.number.map(|n| n.to_string()).unwrap_or_default(),
            a.citation.clone(),
            a.first_sentence.clone(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A field, quoted where RFC 4180 needs it. A field that a spreadsheet would take for a formula
/// ("=HYPERLINK(...)", "+", "-", "@", a tab or carriage return first) gets an apostrophe first, the
/// usual guard: this file is made to be opened in a spreadsheet, and its words come from records.
fn csv_field(f: &str) -> String {
    let guarded;
    let f = if f.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{f}");
        guarded.as_str()
    } else {
        f
    };
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_string()
    }
}

/// The appearances as Markdown: a heading, then one item a turn, each ending with its
/// citation in brackets, ready to paste in a report.
pub fn appearances_markdown(who: &Who, list: &[Appearance]) -> String {
    let mut out = format!("## {}\n\n", who.label());
    for a in list {
        let date = a.date.map(|d| format!("{d}: ")).unwrap_or_default();
        let name = a.speaker.as_deref().unwrap_or("(unknown speaker)");
        let from = a.affiliation.as_deref().map(|f| format!(" ({f})")).unwrap_or_default();
        out.push_str(&format!("- {date}**{name}**{from}: {} ({})\n", a.first_sentence, a.citation));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Entry {
        crate::library::entry_for_test(crate::viewer::SAMPLE, "seed")
    }

    #[test]
    fn should_list_a_speakers_turns_with_citations() {
        let e = seed();
        let list = appearances(std::slice::from_ref(&e), &Who::Speaker("mr. huseynov".into()));
        assert_eq!(list.len(), 4);
        assert!(list.iter().all(|a| a.side == Side::Delegation && a.citation.starts_with("CMW/C/SR.464, para")));
        assert!(list[0].first_sentence.len() > 20 && list[0].first_sentence.len() < 400, "{}", list[0].first_sentence);
        let state = appearances(std::slice::from_ref(&e), &Who::State("Azerbaijan".into()));
        assert!(state.len() >= 4, "{}", state.len());
        assert!(appearances(std::slice::from_ref(&e), &Who::Speaker(" ".into())).is_empty());
    }

    #[test]
    fn should_write_rfc_4180_csv_and_cited_markdown() {
        let e = seed();
        let who = Who::Speaker("Mr. Huseynov".into());
        let list = appearances(std::slice::from_ref(&e), &who);
        let csv = appearances_csv(&list);
        assert_eq!(csv.matches("\r\n").count(), list.len() + 1);
        assert!(csv.starts_with("symbol,date,speaker,affiliation,side,paragraph,citation,first_sentence\r\n"));
        // A field with a comma is quoted and its quotes doubled; a formula is not one.
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assert_eq!(csv_field("-5"), "'-5");
        let md = appearances_markdown(&who, &list);
        assert!(md.starts_with("## Mr. Huseynov\n"));
        assert_eq!(md.matches("(CMW/C/SR.464, para").count(), list.len());
    }

    #[test]
    fn should_end_the_first_sentence_at_a_full_stop_not_an_honorific() {
        assert_eq!(
            first_sentence("Mr. Smith said that it was late. Then he left."),
            "Mr. Smith said that it was late."
        );
        assert_eq!(first_sentence("No stop here"), "No stop here");
    }
}
