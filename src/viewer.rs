//! The viewer's state and every change to it, as a pure reducer.
//!
//! The web app (`src/ui`) holds one [`Viewer`] and turns user actions into
//! [`Action`]s; [`Viewer::apply`] is the only place state changes. It has no web
//! dependency, so `cargo test` checks all of it natively.
//!
//! Rules the reducer keeps:
//! * A new text replaces the record on screen only if it parsed into a meeting record.
//!   Empty text, binary or unreadable files, and text that is not a record leave the
//!   record (and the paste area) as they were and set a message saying what was
//!   expected and what was found.
//! * Turns start collapsed; search matches open the turns they are in; a deep link
//!   (`#p23`) opens the turn holding the paragraph.

use crate::i18n::{Lang, Text};
use crate::import::ImportError;
use crate::model::{DiagnosticKind, Item, Parsed, Side};
use crate::timeline::{self, Estimates, SearchHit};
use std::collections::BTreeSet;
use std::rc::Rc;

mod library;
pub use library::{ChosenReviews, Library, LibraryAction, Storage, View, ALL_HITS, HITS_PER_RECORD};

/// The sample shipped with the app: the summary record of CMW's 464th meeting.
pub const SAMPLE: &str = include_str!("../tests/fixtures/CMW_C_SR.464.md");
pub const SAMPLE_NAME: &str = "CMW_C_SR.464 (sample)";
/// The name given to pasted text; shown in the reader's language ([`display_name`]).
pub const PASTED: &str = "pasted text";
/// The name given to a record a host page passes inline.
pub const INLINE: &str = "the record";

#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub parsed: Rc<Parsed>,
    /// The text it was parsed from (what is saved for the next visit).
    pub text: Rc<str>,
    /// File name, "pasted text", or the sample's name.
    pub name: String,
    pub sample: bool,
    pub estimates: Rc<Estimates>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Problem,
}

/// A message to the reader, kept as what happened (not as words), so it is said in the
/// language the reader has chosen, even if they choose another after it appears.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub tone: Tone,
    pub note: Note,
    /// Was a record on screen (and kept) when a load failed?
    pub kept: bool,
}

/// What a message says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    Sample,
    Opened {
        name: String,
        symbol: Option<String>,
    },
    Empty {
        name: String,
    },
    NotARecord {
        name: String,
        words: usize,
        lines: usize,
        beginning: String,
    },
    Rejected {
        name: String,
        reason: Reason,
    },
    NoParagraph(u32),
    Cleared,
    /// The library: a review needs two records or more.
    TickTwo,
    /// A library file was imported.
    Imported {
        added: usize,
        duplicates: usize,
        refused: usize,
    },
    /// A record on screen could not be kept in the library.
    NotInLibrary {
        name: String,
        why: crate::library::StorageProblem,
    },
}

/// Why a file or a fetched record could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The importers' typed error.
    Import(ImportError),
    /// Already in words (said by a reader in a worker, in the reader's language then).
    Said(String),
    /// The browser could not read the file (its own words).
    Unreadable(String),
    /// Opened, but storage refused to keep it (the browser's words).
    NotKept(String),
    /// The reader in its worker stopped: the browser's words, no answer, or the worker failed.
    ReaderStopped(String),
    ReaderNoAnswer,
    ReaderFailed,
    /// The reader ran past its time limit.
    TimedOut {
        limit_ms: u32,
    },
    FetchFailed {
        url: String,
    },
    FetchStatus {
        url: String,
        status: u16,
        status_text: String,
    },
    FetchInterrupted {
        url: String,
    },
}

impl Reason {
    /// The reason in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        let t = lang.table();
        match self {
            Reason::Import(e) => t.import_error(e),
            Reason::Said(s) => s.clone(),
            Reason::Unreadable(cause) => t.unreadable(cause),
            Reason::NotKept(cause) => t.not_kept(cause),
            Reason::ReaderStopped(why) => t.reader_stopped(why),
            Reason::ReaderNoAnswer => t.reader_stopped(t.text(Text::NoAnswer)),
            Reason::ReaderFailed => t.reader_stopped(t.text(Text::WorkerFailed)),
            Reason::TimedOut { limit_ms } => t.reader_stopped(&t.took_longer(*limit_ms)),
            Reason::FetchFailed { url } => t.fetch_failed(url),
            Reason::FetchStatus { url, status, status_text } => t.fetch_status(url, *status, status_text),
            Reason::FetchInterrupted { url } => t.fetch_interrupted(url),
        }
    }
}

impl Message {
    /// The message in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        let t = lang.table();
        let kept = || t.text(if self.kept { Text::KeptOnScreen } else { Text::KeptNothingShown });
        // A name the app gives ("pasted text") opens a sentence with a capital; a file's name stays as it is.
        let name = |n: &str| {
            let shown = display_name(lang, n);
            match n {
                PASTED | INLINE => crate::i18n::capitalised(&shown),
                _ => shown,
            }
        };
        match &self.note {
            Note::Sample => t.text(Text::SampleNote).to_string(),
            Note::Opened { name: n, symbol } => t.opened(&name(n), symbol.as_deref()),
            Note::Empty { name: n } => format!("{} {}", t.empty(&name(n)), kept()),
            Note::NotARecord { name: n, words, lines, beginning } => {
                format!("{} {}", t.not_a_record(&name(n), *words, *lines, beginning), kept())
            }
            Note::Rejected { name: n, reason } => format!("{} {}", t.rejected(&name(n), &reason.words(lang)), kept()),
            Note::NoParagraph(n) => t.no_paragraph(*n),
            Note::Cleared => t.text(Text::Cleared).to_string(),
            Note::TickTwo => t.text(Text::TickTwo).to_string(),
            Note::Imported { added, duplicates, refused } => t.imported(*added, *duplicates, *refused),
            Note::NotInLibrary { name: n, why } => t.not_in_library(&name(n), &why.words(lang)),
        }
    }
}

/// A record's name as shown: a file's name as it is; the names the app gives (pasted text,
/// the sample, a host's inline record) in `lang`.
pub fn display_name(lang: Lang, name: &str) -> String {
    match name {
        PASTED => crate::i18n::text(lang, Text::PastedText).to_string(),
        INLINE => crate::i18n::text(lang, Text::TheRecord).to_string(),
        SAMPLE_NAME => lang.table().sample_name("CMW_C_SR.464"),
        other => other.to_string(),
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Viewer {
    pub shown: Option<Shown>,
    /// The paste area's text.
    pub input: String,
    pub message: Option<Message>,
    /// Indices of the turns the reader opened.
    pub expanded: BTreeSet<usize>,
    /// Speaker keys (see [`speaker_key`]) the timeline is filtered to; empty = everyone.
    pub speakers: BTreeSet<String>,
    pub query: String,
    pub hits: Vec<SearchHit>,
    pub current_hit: usize,
    /// The paragraph a deep link or the clock pointed at (index into `paragraphs`).
    pub highlighted: Option<usize>,
    pub dragging: bool,
    /// Records opened together (several files dropped at once), to switch between: (name, text).
    pub library: Vec<(String, Rc<str>)>,
    /// A file being read a page at a time (a PDF): what the progress bar shows.
    pub reading: Option<Progress>,
    /// The records kept in the browser, the library search, and the view shown.
    pub records: Library,
    /// The interface's language.
    pub lang: Lang,
}

/// How far the reading of a file has got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub name: String,
    pub done: usize,
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Text to show: pasted, read from a file, restored, or the sample.
    Load {
        text: String,
        name: String,
        sample: bool,
    },
    /// Text already parsed (the app parses a file in a task of its own, so no one task is
    /// long): shown as `Load` would show it.
    LoadParsed {
        parsed: Rc<Parsed>,
        text: Rc<str>,
        name: String,
        sample: bool,
    },
    /// Another record of a batch of files: listed to switch to, not shown yet.
    Remember {
        text: String,
        name: String,
    },
    /// A file is being read: `done` of `total` pages so far. Ends with `Load` or `Rejected`.
    Reading {
        name: String,
        done: usize,
        total: usize,
    },
    /// A file that could not be read as text, and why.
    Rejected {
        name: String,
        reason: Reason,
    },
    SetInput(String),
    /// Parse the paste area.
    ParseInput,
    /// Read this pasted text (the paste box keeps its text to itself until the reader asks for it,
    /// so typing does not redraw the timeline).
    ReadPasted(String),
    ToggleTurn(usize),
    ExpandAll,
    CollapseAll,
    /// Open or close every turn of a section (and its sub-sections).
    ExpandSection(usize),
    CollapseSection(usize),
    ToggleSpeaker(String),
    ClearSpeakers,
    Search(String),
    NextHit,
    PreviousHit,
    /// Go to a paragraph by its printed number (a `#p23` link).
    GoToNumber(u32),
    /// Go to a paragraph by index (clock segment, diagnostics list).
    GoToParagraph(usize),
    Dragging(bool),
    DismissMessage,
    /// Forget the record (and the saved copy: the app removes it from storage).
    Clear,
    /// The library and the views (`viewer/library.rs`).
    Library(LibraryAction),
    /// Speak this language (chosen in the page, or the browser's, or a host's `data-lang`).
    SetLanguage(Lang),
}

impl Viewer {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Load { text, name, sample } => self.load(text, name, sample),
            Action::LoadParsed { parsed, text, name, sample } => self.load_parsed(parsed, text, name, sample),
            Action::Reading { name, done, total } => {
                self.dragging = false;
                self.reading = Some(Progress { name, done, total });
            }
            Action::Remember { text, name } => {
                if !text.trim().is_empty() {
                    self.remember(&name, &Rc::from(text));
                }
            }
            Action::Rejected { name, reason } => {
                self.dragging = false;
                self.reading = None;
                self.problem(Note::Rejected { name, reason });
            }
            Action::SetInput(text) => self.input = text,
            Action::ParseInput => {
                let text = self.input.clone();
                self.load(text, PASTED.to_string(), false);
            }
            Action::ReadPasted(text) => {
                self.input = text.clone();
                self.load(text, PASTED.to_string(), false);
            }
            Action::ToggleTurn(t) => {
                if !self.expanded.remove(&t) {
                    self.expanded.insert(t);
                }
            }
            Action::ExpandAll => self.expanded = self.turns().collect(),
            Action::CollapseAll => self.expanded.clear(),
            Action::ExpandSection(s) => {
                let turns: Vec<usize> = self.section_turns(s);
                self.expanded.extend(turns);
            }
            Action::CollapseSection(s) => {
                for t in self.section_turns(s) {
                    self.expanded.remove(&t);
                }
            }
            Action::ToggleSpeaker(key) => {
                if !self.speakers.remove(&key) {
                    self.speakers.insert(key);
                }
            }
            Action::ClearSpeakers => self.speakers.clear(),
            Action::Search(q) => self.search(q),
            Action::NextHit => self.step_hit(1),
            Action::PreviousHit => self.step_hit(-1),
            Action::GoToNumber(n) => {
                let index = self
                    .shown
                    .as_ref()
                    .and_then(|s| s.parsed.record.paragraphs.iter().position(|p| p.number == Some(n)));
                match index {
                    Some(i) => self.go_to(i),
                    None if self.shown.is_some() => self.info(Note::NoParagraph(n)),
                    None => {}
                }
            }
            Action::GoToParagraph(i) => self.go_to(i),
            Action::Library(a) => self.apply_library(a),
            Action::Dragging(on) => self.dragging = on,
            Action::DismissMessage => self.message = None,
            Action::Clear => {
                // The reader's language is theirs, not the record's, and the library is kept
                // apart from the record on screen: both stay.
                let mut records = std::mem::take(&mut self.records);
                records.view = View::Record;
                *self = Viewer { lang: self.lang, records, ..Viewer::default() };
                self.info(Note::Cleared);
            }
            Action::SetLanguage(lang) => self.lang = lang,
        }
    }

    fn load(&mut self, text: String, name: String, sample: bool) {
        let parsed = Rc::new(crate::parse(&text));
        self.load_parsed(parsed, Rc::from(text), name, sample);
    }

    /// Shows a parsed record, or says why not; a file being read is done with either way.
    fn load_parsed(&mut self, parsed: Rc<Parsed>, text: Rc<str>, name: String, sample: bool) {
        self.dragging = false;
        self.reading = None;
        if text.trim().is_empty() {
            self.problem(Note::Empty { name });
            return;
        }
        if parsed.diagnostics.iter().any(|d| d.kind == DiagnosticKind::NotARecord) {
            let words = text.split_whitespace().count();
            let lines = text.lines().count();
            let beginning: String = text.split_whitespace().take(8).collect::<Vec<_>>().join(" ");
            self.problem(Note::NotARecord { name, words, lines, beginning });
            return;
        }
        if !sample {
            self.remember(&name, &text);
        }
        self.info(if sample {
            Note::Sample
        } else {
            Note::Opened { name: name.clone(), symbol: parsed.record.symbol.clone() }
        });
        let estimates = Rc::new(timeline::estimate(&parsed));
        self.shown = Some(Shown { parsed, text, name, sample, estimates });
        self.records.view = View::Record;
        self.expanded.clear();
        self.speakers.clear();
        self.highlighted = None;
        let query = std::mem::take(&mut self.query);
        self.search(query);
    }

    /// Lists a record to switch back to; a name opened again (another paste) keeps its newest text.
    fn remember(&mut self, name: &str, text: &Rc<str>) {
        match self.library.iter_mut().find(|(n, _)| n == name) {
            Some(entry) => entry.1 = text.clone(),
            None => self.library.push((name.to_string(), text.clone())),
        }
    }

    fn problem(&mut self, note: Note) {
        self.message = Some(Message { tone: Tone::Problem, note, kept: self.shown.is_some() });
    }

    fn info(&mut self, note: Note) {
        self.message = Some(Message { tone: Tone::Info, note, kept: self.shown.is_some() });
    }

    /// The message on screen, in the reader's language.
    pub fn message_words(&self) -> Option<String> {
        self.message.as_ref().map(|m| m.words(self.lang))
    }

    fn turns(&self) -> impl Iterator<Item = usize> {
        0..self.shown.as_ref().map_or(0, |s| s.parsed.record.turns.len())
    }

    /// Turns of section `s` and of the sub-sections that follow it.
    pub fn section_turns(&self, s: usize) -> Vec<usize> {
        let Some(shown) = &self.shown else { return Vec::new() };
        let r = &shown.parsed.record;
        let Some(level) = r.sections.get(s).map(|x| x.level) else { return Vec::new() };
        let end = r
            .sections
            .iter()
            .enumerate()
            .skip(s + 1)
            .find(|(_, x)| x.level <= level)
            .map_or(r.sections.len(), |(i, _)| i);
        r.turns
            .iter()
            .enumerate()
            .filter(|(_, t)| t.section.is_some_and(|ts| ts >= s && ts < end))
            .map(|(i, _)| i)
            .collect()
    }

    fn search(&mut self, query: String) {
        self.hits = match &self.shown {
            Some(s) => timeline::search(&s.parsed, &query),
            None => Vec::new(),
        };
        self.query = query;
        self.current_hit = 0;
    }

    fn step_hit(&mut self, by: isize) {
        if self.hits.is_empty() {
            return;
        }
        let n = self.hits.len() as isize;
        self.current_hit = ((self.current_hit as isize + by).rem_euclid(n)) as usize;
        self.highlighted = Some(self.hits[self.current_hit].paragraph);
    }

    fn go_to(&mut self, paragraph: usize) {
        let Some(shown) = &self.shown else { return };
        if let Some(t) = shown.parsed.record.paragraphs.get(paragraph).and_then(|p| p.turn) {
            self.expanded.insert(t);
            // A filter that hides the target would make the link go nowhere.
            if !self.speakers.is_empty() && !self.speakers.contains(&speaker_key(&shown.parsed, t)) {
                self.speakers.clear();
            }
        }
        self.highlighted = Some(paragraph);
    }

    /// Is turn `t` open? (Opened by the reader, or holding a search match.)
    pub fn is_open(&self, t: usize) -> bool {
        self.expanded.contains(&t) || self.hits.iter().any(|h| h.turn == Some(t))
    }

    /// Does the speaker filter let turn `t` through?
    pub fn passes_filter(&self, t: usize) -> bool {
        match &self.shown {
            Some(s) => self.speakers.is_empty() || self.speakers.contains(&speaker_key(&s.parsed, t)),
            None => false,
        }
    }

    /// The body items to show, in order, with the speaker filter applied.
    pub fn visible_items(&self) -> Vec<Item> {
        let Some(s) = &self.shown else { return Vec::new() };
        s.parsed
            .record
            .order
            .iter()
            .copied()
            .filter(|item| match item {
                Item::Turn(t) => self.passes_filter(*t),
                _ => true,
            })
            .collect()
    }
}

/// The key a speaker is filtered by: name and side ("Mr. Huseynov|delegation").
pub fn speaker_key(parsed: &Parsed, turn: usize) -> String {
    let t = &parsed.record.turns[turn];
    let name = t.speaker.name.as_deref().unwrap_or("(unknown speaker)");
    let side =
        if t.speaker.side == Side::Unknown && t.speaker.name.is_none() { "unknown" } else { t.speaker.side.as_str() };
    format!("{name}|{side}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_sample() -> Viewer {
        let mut v = Viewer::default();
        v.apply(Action::Load { text: SAMPLE.to_string(), name: SAMPLE_NAME.to_string(), sample: true });
        v
    }

    #[test]
    fn should_load_the_sample_with_a_note() {
        let v = with_sample();
        let shown = v.shown.as_ref().unwrap();
        assert!(shown.sample);
        assert_eq!(shown.parsed.record.turns.len(), 20);
        assert!(v.message_words().unwrap().contains("sample"));
    }

    #[test]
    fn should_keep_the_record_when_input_is_bad() {
        let mut v = with_sample();
        let before = v.shown.clone();
        let mut w = Viewer::default();
        w.apply(Action::ReadPasted("United Nations CMW/C/SR.1\n\n1. The Chair said that it was so.".into()));
        assert_eq!(w.shown.as_ref().and_then(|s| s.parsed.record.symbol.clone()).as_deref(), Some("CMW/C/SR.1"));
        assert!(w.input.contains("The Chair said"), "the pasted text is kept with the record");
        v.apply(Action::SetInput("   ".into()));
        v.apply(Action::ParseInput);
        assert_eq!(v.shown, before);
        assert_eq!(v.input, "   ", "the pasted text stays");
        assert_eq!(v.message.as_ref().unwrap().tone, Tone::Problem);
        assert!(v.message_words().unwrap().contains("empty"));

        v.apply(Action::SetInput("Shopping list\n\nMilk, eggs and bread for the weekend.".into()));
        v.apply(Action::ParseInput);
        assert_eq!(v.shown, before);
        let m = &v.message_words().unwrap();
        assert!(m.contains("does not look like a UN meeting record") && m.contains("beginning \"Shopping list"), "{m}");
        assert!(m.contains("unchanged"));

        v.apply(Action::Reading { name: "scan.pdf".into(), done: 3, total: 10 });
        assert_eq!(v.reading.as_ref().map(|r| (r.done, r.total)), Some((3, 10)));
        assert_eq!(v.shown, before, "the record stays on screen while a file is read");
        v.apply(Action::Rejected {
            name: "scan.pdf".into(),
            reason: Reason::Said("PDF files are not supported yet".into()),
        });
        assert_eq!(v.reading, None);
        assert_eq!(v.shown, before);
        assert!(v.message_words().unwrap().starts_with("scan.pdf: PDF files are not supported yet."));
    }

    #[test]
    fn should_show_text_parsed_elsewhere_as_load_shows_it() {
        let mut a = Viewer::default();
        a.apply(Action::Load { text: SAMPLE.to_string(), name: "a.txt".into(), sample: false });
        let mut b = Viewer::default();
        let parsed = Rc::new(crate::parse(SAMPLE));
        b.apply(Action::LoadParsed { parsed, text: Rc::from(SAMPLE), name: "a.txt".into(), sample: false });
        assert_eq!(a.shown, b.shown);
        assert_eq!(a.message, b.message);
        let mut c = Viewer::default();
        c.apply(Action::LoadParsed {
            parsed: Rc::new(crate::parse(" ")),
            text: Rc::from(" "),
            name: "e.txt".into(),
            sample: false,
        });
        assert!(c.shown.is_none() && c.message_words().unwrap().contains("is empty"));
    }

    #[test]
    fn should_open_and_close_turns() {
        let mut v = with_sample();
        assert!(!v.is_open(3));
        v.apply(Action::ToggleTurn(3));
        assert!(v.is_open(3));
        v.apply(Action::ToggleTurn(3));
        assert!(!v.is_open(3));
        v.apply(Action::ExpandAll);
        assert_eq!(v.expanded.len(), 20);
        v.apply(Action::CollapseAll);
        assert!(v.expanded.is_empty());
        v.apply(Action::ExpandSection(0));
        assert_eq!(v.expanded.len(), 20, "section 0 and its sub-section hold every turn");
        v.apply(Action::CollapseSection(1));
        assert!(v.expanded.is_empty());
    }

    #[test]
    fn should_filter_by_speaker_and_restore() {
        let mut v = with_sample();
        let all = v.visible_items().len();
        v.apply(Action::ToggleSpeaker("Mr. Huseynov|delegation".into()));
        let turns: Vec<_> = v.visible_items().into_iter().filter(|i| matches!(i, Item::Turn(_))).collect();
        assert_eq!(turns.len(), 4);
        v.apply(Action::ClearSpeakers);
        assert_eq!(v.visible_items().len(), all);
    }

    #[test]
    fn should_search_and_step_through_hits() {
        let mut v = with_sample();
        v.apply(Action::Search("RESTART".into()));
        assert_eq!(v.hits.len(), 2);
        assert!(v.is_open(v.hits[0].turn.unwrap()));
        v.apply(Action::NextHit);
        assert_eq!(v.current_hit, 1);
        v.apply(Action::NextHit);
        assert_eq!(v.current_hit, 0, "wraps around");
        v.apply(Action::PreviousHit);
        assert_eq!(v.current_hit, 1);
        v.apply(Action::Search(String::new()));
        assert!(v.hits.is_empty());
    }

    #[test]
    fn should_follow_a_deep_link() {
        let mut v = with_sample();
        v.apply(Action::ToggleSpeaker("Mr. Charef|member".into()));
        v.apply(Action::GoToNumber(23));
        let p = v.highlighted.unwrap();
        let shown = v.shown.as_ref().unwrap();
        assert_eq!(shown.parsed.record.paragraphs[p].number, Some(23));
        assert!(v.is_open(2), "the turn holding ¶23 (Mr. Kariyawasam) opens");
        assert!(v.speakers.is_empty(), "a filter hiding the target is lifted");
        v.apply(Action::GoToNumber(999));
        assert!(v.message_words().unwrap().contains("no paragraph 999"));
    }

    #[test]
    fn should_list_records_opened_together() {
        let mut v = with_sample();
        let other = include_str!("../tests/fixtures/web/CRC_C_SR.1845.excerpt.txt");
        v.apply(Action::Load { text: other.to_string(), name: "a.txt".into(), sample: false });
        v.apply(Action::Remember { text: SAMPLE.to_string(), name: "b.md".into() });
        let names: Vec<&str> = v.library.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a.txt", "b.md"], "the sample is not listed; both files are");
        assert_eq!(v.shown.as_ref().unwrap().name, "a.txt");
        let (name, text) = v.library[1].clone();
        v.apply(Action::Load { text: text.to_string(), name, sample: false });
        assert_eq!(v.shown.as_ref().unwrap().parsed.record.symbol.as_deref(), Some("CMW/C/SR.464"));
        assert_eq!(v.library.len(), 2, "switching does not add an entry");
        // Pasting again under the same name keeps the newest text, not the first.
        v.apply(Action::Load { text: SAMPLE.to_string(), name: "a.txt".into(), sample: false });
        assert_eq!(&*v.library[0].1, SAMPLE);
    }

    #[test]
    fn should_speak_the_chosen_language_and_keep_it() {
        let mut v = with_sample();
        assert_eq!(v.lang, Lang::En);
        v.apply(Action::SetLanguage(Lang::Fr));
        assert_eq!(v.lang, Lang::Fr);
        // The message on screen is said again in the new language.
        assert!(v.message_words().unwrap().starts_with("Ceci est un exemple"), "{:?}", v.message_words());
        v.apply(Action::GoToNumber(999));
        assert_eq!(v.message_words().unwrap(), "Ce compte rendu n'a pas de paragraphe 999.");
        v.apply(Action::SetInput("   ".into()));
        v.apply(Action::ParseInput);
        let m = v.message_words().unwrap();
        assert!(m.starts_with("Texte collé est vide") && m.ends_with("Le compte rendu affiché reste inchangé."), "{m}");
        v.apply(Action::SetLanguage(Lang::Es));
        v.apply(Action::Rejected {
            name: "x.png".into(),
            reason: Reason::Import(ImportError::NotADocument { kind: "a PNG image" }),
        });
        assert_eq!(
            v.message_words().unwrap(),
            "x.png: este archivo es una imagen PNG, no un acta de sesión. El acta que se muestra no cambia."
        );
        v.apply(Action::Clear);
        assert_eq!(v.lang, Lang::Es, "clearing the record keeps the reader's language");
        assert_eq!(display_name(Lang::Es, SAMPLE_NAME), "CMW_C_SR.464 (ejemplo)");
        assert_eq!(display_name(Lang::Fr, "a.pdf"), "a.pdf");
    }

    #[test]
    fn should_clear_everything() {
        let mut v = with_sample();
        v.apply(Action::Clear);
        assert!(v.shown.is_none());
        assert!(v.message.is_some());
    }
}
