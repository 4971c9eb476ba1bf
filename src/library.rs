//! The library: many records together, as a team following a session holds them.
//!
//! The web app keeps every record opened (in the browser's IndexedDB); this module is what it
//! keeps and everything derived from many records at once, with no web dependency:
//!
//! * [`Entry`]: one stored record: its name, its source text, a [`Summary`] (symbol, body,
//!   session, date, turns, words) and a search [`Index`], both made once when it is added.
//!   The model itself is not stored: opening a record parses its text again.
//! * [`search`]: one query over every record, hits grouped by record, each with speaker,
//!   side and citation ("CMW/C/SR.464, para. 23"), with filters.
//! * [`reviews`]: records that consider the same State party's report (or, for the General
//!   Assembly and ECOSOC, the same agenda item in the same session) as one review in meeting order.
//! * [`appearances`]: every turn of one speaker or one State across the library, as CSV and as
//!   Markdown with citations.
//! * [`transfer`]: the library as JSON Lines (one record a line, the CLI's JSON contract plus
//!   the source text), and back, merging without duplicates.

mod appearances;
mod fold;
mod index;
mod review;
mod search;
mod summary;
mod transfer;

pub use appearances::{appearances, appearances_csv, appearances_markdown, Appearance, Who};
pub use fold::{fold, person_key, terms};
pub use index::{Index, IndexedParagraph, IndexedSpeaker, IndexedTurn};
pub use review::{review_speakers, reviews, Review, ReviewKey, ReviewSpeaker};
pub use search::{marks, search, Filters, RecordHits, SearchHit};
pub use summary::{citation, Summary};
pub use transfer::{export_jsonl, import_jsonl, Imported};

use crate::i18n::{Lang, Text};
use crate::model::Parsed;
use serde::{Deserialize, Serialize};

/// Why the browser could not keep records: the words are said in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The quota for the page is reached.
    Full,
    /// No IndexedDB at all (some private windows).
    NoIndexedDb,
    /// The browser refuses storage here: its own words.
    NotAllowed(String),
    /// Anything else, in the browser's words.
    Other(String),
}

impl StorageProblem {
    pub fn words(&self, lang: Lang) -> String {
        let t = lang.table();
        match self {
            StorageProblem::Full => t.text(Text::StorageFull).to_string(),
            StorageProblem::NoIndexedDb => t.text(Text::NoIndexedDb).to_string(),
            StorageProblem::NotAllowed(cause) => t.storage_not_allowed(cause),
            StorageProblem::Other(cause) => cause.clone(),
        }
    }
}

/// One record kept in the library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The text's fingerprint ([`record_id`]): the same text is the same entry.
    pub id: String,
    /// File name or "pasted text".
    pub name: String,
    /// The source text, as read (what is parsed again when the record is opened).
    pub text: String,
    pub summary: Summary,
    pub index: Index,
}

impl Entry {
    /// An entry for `text`, already parsed into `parsed` (the caller has parsed it to show it).
    pub fn new(name: &str, text: String, parsed: &Parsed) -> Entry {
        Entry::with_estimates(name, text, parsed, &crate::timeline::estimate(parsed))
    }

    /// As [`Entry::new`], with the record's time estimates already made (the page has them for
    /// the record it shows).
    pub fn with_estimates(name: &str, text: String, parsed: &Parsed, est: &crate::timeline::Estimates) -> Entry {
        Entry {
            id: record_id(&text),
            name: name.to_string(),
            summary: Summary::of(parsed, &text, est),
            index: Index::build(parsed, est),
            text,
        }
    }

    /// The words of paragraph `p` (by index in the record), as the model gives them.
    pub fn paragraph_text(&self, p: usize) -> &str {
        self.index.paragraphs.get(p).map(|p| p.text.as_str()).unwrap_or("")
    }
}

/// A fingerprint of a record's text (64-bit FNV-1a, in hex, with the length): the same text
/// gives the same id on every machine, so a library imported twice keeps one copy.
pub fn record_id(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}-{}", text.len())
}

/// An entry for `text`, as the app makes one (for the tests of the library and the reducer).
#[cfg(test)]
pub(crate) fn entry_for_test(text: &str, name: &str) -> Entry {
    Entry::new(name, text.to_string(), &crate::parse(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_give_the_same_text_the_same_id() {
        assert_eq!(record_id("abc"), record_id("abc"));
        assert_ne!(record_id("abc"), record_id("abd"));
        assert!(record_id("").ends_with("-0"));
    }

    #[test]
    fn should_keep_each_paragraphs_words() {
        let text = crate::viewer::SAMPLE.to_string();
        let parsed = crate::parse(&text);
        let e = Entry::new("seed", text, &parsed);
        for (p, par) in parsed.record.paragraphs.iter().enumerate() {
            assert_eq!(e.paragraph_text(p), par.text);
        }
        assert_eq!(e.paragraph_text(usize::MAX), "");
    }
}
