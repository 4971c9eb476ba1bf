//! The interface's words in English, French and Spanish: one table per language
//! (`i18n/en.rs`, `i18n/fr.rs`, `i18n/es.rs`), each a [`Table`] whose every method is
//! required, and whose [`Table::text`] is an exhaustive `match` over [`Text`], so a
//! language that lacks a string does not compile.
//!
//! The words follow the UN's own usage in each language: "séance", "compte rendu
//! analytique", "procès-verbal", "La séance est suspendue"; "sesión", "acta resumida",
//! "acta literal", "Se suspende la sesión", "Presidencia". Times and dates are written as
//! the UN writes them: "4.30 p.m.", "16 h 30", "16.30 horas"; "4 October 2021",
//! "4 octobre 2021", "4 de octubre de 2021" ([`Table::time`], [`Table::date`]).
//!
//! Pure: no web crate. The web app, the embeds and the CLI's outline
//! ([`crate::export::outline_in`]) take their words from here.

mod en;
mod es;
mod fr;

use crate::import::ImportError;
use crate::model::{ClockTime, Date, DiagnosticKind, Side, StageKind};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The BCP 47 code ("en", "fr", "es"), for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language named in itself, for the language menu.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// "fr", "fr-CA", "ES", "es_419" → the language; anything else → `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The first of the reader's preferred languages (`navigator.languages`) the
    /// interface speaks; English when none is.
    pub fn preferred<'a>(codes: impl IntoIterator<Item = &'a str>) -> Lang {
        codes.into_iter().find_map(Lang::from_code).unwrap_or_default()
    }

    /// This language's table.
    pub fn table(self) -> &'static dyn Table {
        match self {
            Lang::En => &en::En,
            Lang::Fr => &fr::Fr,
            Lang::Es => &es::Es,
        }
    }

    /// The language of a record (`model::Language`), for `lang` attributes on its text.
    pub fn of_record(l: crate::model::Language) -> Lang {
        match l {
            crate::model::Language::En => Lang::En,
            crate::model::Language::Fr => Lang::Fr,
            crate::model::Language::Es => Lang::Es,
        }
    }
}

/// A fixed string of the interface in `lang`.
pub fn text(lang: Lang, t: Text) -> &'static str {
    lang.table().text(t)
}

/// Declares [`Text`] and the list of all its variants together, so no variant escapes the tests.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// Every fixed string of the interface. The English words are in `i18n/en.rs`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$doc])* $name,)*
        }
        impl Text {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Text] = &[$(Text::$name,)*];
        }
    };
}

texts! {
    // The page
    PageTitle,
    Tagline,
    SaveOffline,
    SaveOfflineTitle,
    MeetingRecord,
    SpeakersAndNotes,
    DropToOpen,
    DismissMessage,
    /// The label of the language menu.
    Language,
    // Opening a record
    OpenARecord,
    PasteLabel,
    PastePlaceholder,
    ReadPasted,
    OpenAFile,
    OpenARecordFile,
    DropHint,
    Clear,
    PastedText,
    TheRecord,
    // The header
    SummaryRecord,
    VerbatimRecord,
    PartialMark,
    NoSymbol,
    Session,
    Meeting,
    Date,
    Scheduled,
    Place,
    Chair,
    Clock,
    Later,
    PartialNote,
    Contents,
    // The clock
    NoClockTimes,
    TimeAxis,
    // The toolbar
    ExpandAll,
    CollapseAll,
    SearchTheRecord,
    /// The search box's placeholder (short: the box is narrow).
    SearchPlaceholder,
    NoMatches,
    PreviousMatch,
    NextMatch,
    DownloadJson,
    DownloadOutline,
    // The timeline
    TheMeeting,
    ShowingSelected,
    ShowEveryone,
    NotRecognised,
    Expand,
    Collapse,
    CalledToOrder,
    PublicPartCalledToOrder,
    DiscussionBegan,
    Reconvened,
    SuspendedEvent,
    ResumedEvent,
    RoseEvent,
    AdjournedEvent,
    DiscussionEnded,
    NoTimeGiven,
    Suspension,
    SuspendedBand,
    ResumedBand,
    ResumptionNotSaid,
    // Turns
    CommitteeMember,
    Delegation,
    Secretariat,
    OtherSide,
    SpeakerNotNamed,
    EstimatedTitle,
    Cite,
    // Speakers
    Speakers,
    SelectSpeakersHint,
    GroupChair,
    GroupMembers,
    GroupDelegations,
    GroupSecretariat,
    GroupOthers,
    GroupNotNamed,
    ClearSelection,
    // Problems
    NothingUnsure,
    // Messages
    SampleNote,
    KeptOnScreen,
    KeptNothingShown,
    Cleared,
    NoAnswer,
    WorkerFailed,
    // The outline (CLI and download)
    StageDirection,
    Seating,
    Decision,
    Adoption,
    Vote,
    Silence,
    Interpretation,
    NextDay,
    NoSymbolMark,
    UnknownSpeakerLabel,
    Unrecognised,
    Inferred,
    // The library (issue 13)
    ViewsLabel,
    RecordView,
    Library,
    LibraryOpening,
    SearchLibrary,
    SearchLibraryPlaceholder,
    FilterOnly,
    FilterBody,
    FilterSpeaker,
    FilterState,
    FilterSide,
    AnySide,
    ReviewName,
    ExportLibrary,
    ImportLibrary,
    RemoveAll,
    ConfirmRemoveAll,
    LibraryEmpty,
    NoSymbolGroup,
    Remove,
    ReviewsAcross,
    NothingFoundLibrary,
    ReviewGone,
    SpeakersAcross,
    OpenThisRecord,
    DownloadCsv,
    DownloadMarkdown,
    TickTwo,
    StorageFull,
    NoIndexedDb,
    // The record's other exports (issue 14)
    MoreFormats,
    DownloadAkn,
    DownloadTei,
    // Language versions side by side (issue 14)
    LanguageVersions,
    SearchThisVersion,
    VersionsGone,
}

/// One language's words: fixed strings and messages with arguments. Every method is required.
pub trait Table {
    /// A fixed string.
    fn text(&self, t: Text) -> &'static str;
    /// A time of day as the UN writes it in this language.
    fn time(&self, t: ClockTime) -> String;
    /// A date as the UN writes it in this language.
    fn date(&self, d: Date) -> String;

    /// "Reading {name}: page {done} of {total}".
    fn reading(&self, name: &str, done: usize, total: usize) -> String;
    /// "{start} to {end}" on the clock ("The meeting's clock, ...").
    fn clock_caption(&self, start: &str, end: &str) -> String;
    /// A clock segment: "{who}, about {from} to {to} (estimated)".
    fn clock_segment(&self, who: &str, from: &str, to: &str) -> String;
    /// A suspension on the clock: "Suspended {from} to {to}".
    fn clock_gap(&self, from: &str, to: &str) -> String;
    /// The header's clock line: called to order, rose, length and suspensions.
    fn called_to_order_at(&self, t: &str) -> String;
    fn rose_at(&self, t: &str) -> String;
    fn suspended_for(&self, length: &str) -> String;
    /// The header's clock line: "{times}: {length}" (French puts a space before the colon).
    fn clock_length(&self, times: &str, length: &str) -> String;
    /// "This record covers the {part} part of the meeting."
    fn part_note(&self, part: &str) -> String;
    /// The search count: "{n} of {total}".
    fn match_of(&self, n: usize, total: usize) -> String;
    /// "Drawing the rest of the record ({done} of {total} items)…".
    fn drawing(&self, done: usize, total: usize) -> String;
    fn expand_under(&self, heading: &str) -> String;
    fn collapse_under(&self, heading: &str) -> String;
    /// "{person} took the Chair".
    fn took_the_chair(&self, person: &str) -> String;
    fn delegation_of(&self, country: &str) -> String;
    fn speaking_as(&self, what: &str) -> String;
    /// The aria-label of an estimated turn time.
    fn about_estimated(&self, time: &str) -> String;
    fn words(&self, n: usize) -> String;
    fn paragraph_label(&self, n: u32, inferred: bool) -> String;
    fn cite_label(&self, citation: &str) -> String;
    /// "CMW/C/SR.464, para. 23".
    fn citation(&self, symbol: &str, paragraph: u32) -> String;
    /// A speaker's count: "{turns} turns · {words} words".
    fn speaker_stats(&self, turns: usize, words: usize) -> String;
    fn records_opened(&self, n: usize) -> String;
    fn unsure_of(&self, n: usize) -> String;
    fn and_more(&self, n: usize) -> String;
    /// A diagnostic's words from its kind, the numbers in it and the record's words it quotes.
    fn diagnostic(&self, kind: DiagnosticKind, numbers: &[&str], quoted: Option<&str>) -> String;
    /// "{name} (sample)".
    fn sample_name(&self, name: &str) -> String;
    fn opened(&self, name: &str, symbol: Option<&str>) -> String;
    fn empty(&self, name: &str) -> String;
    /// Not a record: what was found ("{words} words on {lines} lines, beginning ...").
    fn not_a_record(&self, name: &str, words: usize, lines: usize, beginning: &str) -> String;
    fn no_paragraph(&self, n: u32) -> String;
    /// "{name}: {reason}."
    fn rejected(&self, name: &str, reason: &str) -> String;
    fn not_kept(&self, cause: &str) -> String;
    fn unreadable(&self, cause: &str) -> String;
    fn reader_stopped(&self, why: &str) -> String;
    fn took_longer(&self, limit_ms: u32) -> String;
    fn fetch_failed(&self, url: &str) -> String;
    fn fetch_status(&self, url: &str, status: u16, status_text: &str) -> String;
    fn fetch_interrupted(&self, url: &str) -> String;
    fn import_error(&self, e: &ImportError) -> String;
    /// How a file was read ("read from a Word document"), from the importer's English note.
    fn import_note(&self, note: &str) -> String;
    /// The outline's first line: kind, partial.
    fn outline_kind(&self, verbatim: bool) -> &'static str;
    fn outline_meeting(&self, n: u32) -> String;
    fn outline_scheduled(&self, t: &str) -> String;
    fn outline_paragraphs(&self, n: usize) -> String;
    fn side(&self, side: Side) -> &'static str;

    // The library (issue 13)
    /// The library tab: "Library (5)".
    fn library_tab(&self, n: usize) -> String;
    /// "Review: CMW/C/AZE/3".
    fn review_title(&self, label: &str) -> String;
    /// A review by agenda item: "A/C.3/62, agenda item 70".
    fn agenda_item_review(&self, series: &str, item: &str) -> String;
    /// A reader's review without a name: "Review 2".
    fn review_default_name(&self, n: usize) -> String;
    /// "Turns of Mr. Huseynov".
    fn turns_of(&self, who: &str) -> String;
    /// "Turns of Azerbaijan (the State)".
    fn turns_of_state(&self, state: &str) -> String;
    /// The library is unavailable: why, and that the record on screen still works.
    fn library_refused(&self, why: &str) -> String;
    /// Storage refused by the browser, in its words.
    fn storage_not_allowed(&self, cause: &str) -> String;
    /// "5 records kept in this browser, using about 15 KB."
    fn library_size(&self, n: usize, size: &str) -> String;
    fn make_review(&self, ticked: usize) -> String;
    fn tick_for_review(&self, title: &str) -> String;
    fn remove_from_library(&self, name: &str) -> String;
    /// A review in the list: "CMW/C/AZE/1 (2 meetings)".
    fn review_item(&self, label: &str, meetings: usize) -> String;
    /// "12 paragraphs in 3 records."
    fn found_in(&self, paragraphs: usize, records: usize) -> String;
    /// After a record's heading in the results: " · 12 paragraphs".
    fn hits_in_record(&self, n: usize) -> String;
    fn show_all_hits(&self, n: usize, record: &str) -> String;
    fn meetings_in_order(&self, n: usize) -> String;
    /// A speaker across a review: "3 turns in 2 meetings".
    fn turns_in_meetings(&self, turns: usize, meetings: usize) -> String;
    /// A meeting's clock that gives only its start: "from 3 p.m.".
    fn starting_at(&self, t: &str) -> String;
    /// A meeting band's label: "Meeting 2: CMW/C/SR.465".
    fn meeting_label(&self, n: usize, symbol: &str) -> String;
    /// "4 turns in the library, in date order."
    fn appearances_count(&self, n: usize) -> String;
    /// What an import brought: records added, already there, lines not read.
    fn imported(&self, added: usize, duplicates: usize, refused: usize) -> String;
    /// A record open on screen that could not be kept in the library.
    fn not_in_library(&self, name: &str, why: &str) -> String;
    /// A library file that is not one.
    fn not_a_library(&self, line: usize, why: &str) -> String;

    // Language versions side by side (issue 14)
    /// The button that opens two versions: "Side by side: English | Français".
    fn side_by_side(&self, left: &str, right: &str) -> String;
    /// The view's tab and heading: "CCPR/C/SR.2638 side by side".
    fn versions_title(&self, symbol: &str) -> String;
    /// The numbering differs: the numbers only each version has ("4, 5" and "").
    fn numbering_differs(&self, left: &str, only_left: &str, right: &str, only_right: &str) -> String;
    /// Rows with one side only (a cut text, a paragraph one version splits in two).
    fn unpaired_rows(&self, n: usize) -> String;
    /// A column's search count: "3 paragraphs".
    fn version_matches(&self, n: usize) -> String;
    /// "Show the next 300 rows (1,200 more)".
    fn show_more_rows(&self, next: usize, left: usize) -> String;
}

/// A duration as the record's clock gives it: "25 min", "2 h", "2 h 50 min" (the same in the three languages).
pub fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// `s` with a capital first letter (a sentence that opens with a lowercase phrase).
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|f| f.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

/// A file size in megabytes with one decimal, by integer arithmetic (the float formatter
/// costs kilobytes of WebAssembly): (units, tenths).
fn tenths_of_mb(bytes: usize) -> (u64, u64) {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    (tenths / 10, tenths % 10)
}

/// The notes the importers write on how a file was read (`import::Imported::notes`).
enum Note {
    Word,
    Html,
    Utf16,
    Windows1252,
    /// A PDF of this many pages.
    Pdf(usize),
    Other,
}

fn note_kind(note: &str) -> Note {
    if note == "read from a Word document" {
        Note::Word
    } else if note == "read from an HTML page" {
        Note::Html
    } else if note == "read as UTF-16 text" {
        Note::Utf16
    } else if note.contains("Windows-1252") {
        Note::Windows1252
    } else if let Some(rest) = note.strip_prefix("read from a PDF document (") {
        Note::Pdf(rest.split(' ').next().and_then(|n| n.parse().ok()).unwrap_or(0))
    } else {
        Note::Other
    }
}

/// The words of an event formula the parser gives ("called to order", "suspended"), in `lang`.
pub fn formula(lang: Lang, formula: &str) -> String {
    let t = match formula {
        "called to order" => Text::CalledToOrder,
        "public part called to order" => Text::PublicPartCalledToOrder,
        "discussion began" => Text::DiscussionBegan,
        "reconvened" => Text::Reconvened,
        "suspended" => Text::SuspendedEvent,
        "resumed" => Text::ResumedEvent,
        "rose" => Text::RoseEvent,
        "adjourned" => Text::AdjournedEvent,
        "discussion ended" => Text::DiscussionEnded,
        other => return other.to_string(),
    };
    text(lang, t).to_string()
}

/// A stage direction's kind, in `lang`.
pub fn stage(lang: Lang, s: StageKind) -> &'static str {
    text(
        lang,
        match s {
            StageKind::Seating => Text::Seating,
            StageKind::Decision => Text::Decision,
            StageKind::Adoption => Text::Adoption,
            StageKind::Vote => Text::Vote,
            StageKind::Silence => Text::Silence,
            StageKind::Interpretation => Text::Interpretation,
            StageKind::Other => Text::StageDirection,
        },
    )
}

/// A diagnostic in `lang`. The parser words its diagnostics in English; the numbers and the
/// record's words they quote are taken from that message and said again in `lang`.
pub fn diagnostic(lang: Lang, d: &crate::model::Diagnostic) -> String {
    if lang == Lang::En {
        return d.message.clone();
    }
    let quoted = d.message.split_once('"').and_then(|(_, rest)| rest.rsplit_once('"')).map(|(q, _)| q);
    let outside = match quoted {
        Some(q) => d.message.replacen(q, "", 1),
        None => d.message.clone(),
    };
    let numbers: Vec<&str> = outside
        .split(|c: char| !(c.is_ascii_digit() || c == ':'))
        .map(|s| s.trim_matches(':'))
        .filter(|s| s.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    lang.table().diagnostic(d.kind, &numbers, quoted)
}

/// The strings of `lang`'s table, for the end-to-end test that looks for English left on a
/// French or Spanish page: every fixed string, and the fixed words of each message with
/// arguments (the message is written with marker arguments and cut at them).
pub fn strings(lang: Lang) -> Vec<String> {
    const M: &str = "\u{1}";
    const N: usize = 7_654_321;
    let t = lang.table();
    let mut all: Vec<String> = Text::ALL.iter().map(|&x| t.text(x).to_string()).collect();
    let formatted = [
        t.reading(M, N, N),
        t.clock_caption(M, M),
        t.clock_segment(M, M, M),
        t.clock_gap(M, M),
        t.called_to_order_at(M),
        t.rose_at(M),
        t.suspended_for(M),
        t.part_note(M),
        t.match_of(N, N),
        t.drawing(N, N),
        t.expand_under(M),
        t.collapse_under(M),
        t.took_the_chair(M),
        t.delegation_of(M),
        t.speaking_as(M),
        t.about_estimated(M),
        t.words(N),
        t.paragraph_label(N as u32, true),
        t.cite_label(M),
        t.speaker_stats(N, N),
        t.records_opened(N),
        t.unsure_of(N),
        t.and_more(N),
        t.sample_name(M),
        t.opened(M, Some(M)),
        t.empty(M),
        t.not_a_record(M, N, N, M),
        t.no_paragraph(N as u32),
        t.not_kept(M),
        t.unreadable(M),
        t.reader_stopped(M),
        t.fetch_failed(M),
        t.fetch_interrupted(M),
        t.library_tab(N),
        t.review_title(M),
        t.agenda_item_review(M, M),
        t.review_default_name(N),
        t.turns_of(M),
        t.turns_of_state(M),
        t.library_refused(M),
        t.storage_not_allowed(M),
        t.library_size(N, M),
        t.make_review(N),
        t.tick_for_review(M),
        t.remove_from_library(M),
        t.review_item(M, N),
        t.found_in(N, N),
        t.hits_in_record(N),
        t.show_all_hits(N, M),
        t.meetings_in_order(N),
        t.turns_in_meetings(N, N),
        t.starting_at(M),
        t.meeting_label(N, M),
        t.appearances_count(N),
        t.imported(N, N, N),
        t.not_in_library(M, M),
        t.not_a_library(N, M),
        t.side_by_side(M, M),
        t.versions_title(M),
        t.numbering_differs(M, M, M, M),
        t.unpaired_rows(N),
        t.version_matches(N),
        t.show_more_rows(N, N),
    ];
    for f in formatted {
        let f = f.replace(&N.to_string(), M);
        all.extend(
            f.split(M)
                .map(str::trim)
                .filter(|s| s.chars().filter(|c| c.is_alphabetic()).count() >= 4)
                .map(String::from),
        );
    }
    all.sort();
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strings that really are the same word in English and in French or Spanish.
    const SAME: &[(Lang, &str)] =
        &[(Lang::Fr, "Session"), (Lang::Fr, "Date"), (Lang::Fr, "adoption"), (Lang::Fr, "vote"), (Lang::Fr, ": page")];

    fn allowed(lang: Lang, s: &str) -> bool {
        SAME.iter().any(|&(l, w)| l == lang && w == s)
    }

    #[test]
    fn should_give_every_string_in_every_language_and_translate_it() {
        assert!(Text::ALL.len() > 90, "every variant is listed");
        for lang in [Lang::Fr, Lang::Es] {
            for &t in Text::ALL {
                let (en, other) = (text(Lang::En, t), text(lang, t));
                assert!(!other.trim().is_empty(), "{lang:?} lacks {t:?}");
                assert!(en != other || allowed(lang, en), "{lang:?} {t:?} is left in English: {other:?}");
            }
        }
        for &t in Text::ALL {
            assert!(!text(Lang::En, t).trim().is_empty(), "English lacks {t:?}");
        }
    }

    #[test]
    fn should_translate_every_message_with_arguments() {
        let en = strings(Lang::En);
        for lang in [Lang::Fr, Lang::Es] {
            let other = strings(lang);
            let left: Vec<&String> = en.iter().filter(|s| other.contains(s) && !allowed(lang, s)).collect();
            assert!(left.is_empty(), "{lang:?} keeps English words: {left:?}");
        }
        for lang in Lang::ALL {
            let t = lang.table();
            assert!(t.records_opened(3).contains('3') && t.words(12).contains("12"), "{lang:?}");
            assert!(t.reading("a.pdf", 2, 9).contains("a.pdf") && t.match_of(2, 9).contains('9'));
            assert_ne!(t.words(1), t.words(2).replace('2', "1"), "{lang:?}: one word is singular");
        }
    }

    #[test]
    fn should_write_times_as_the_un_does() {
        let t = |h, m| ClockTime { hour: h, minute: m };
        let (en, fr, es) = (Lang::En.table(), Lang::Fr.table(), Lang::Es.table());
        assert_eq!(en.time(t(16, 30)), "4.30 p.m.");
        assert_eq!(en.time(t(10, 0)), "10 a.m.");
        assert_eq!(en.time(t(12, 0)), "noon");
        assert_eq!(fr.time(t(16, 30)), "16 h 30");
        assert_eq!(fr.time(t(15, 5)), "15 h 5");
        assert_eq!(fr.time(t(18, 0)), "18 heures");
        assert_eq!(es.time(t(16, 30)), "16.30 horas");
        assert_eq!(es.time(t(18, 0)), "18.00 horas");
        assert_eq!(es.time(t(9, 5)), "9.05 horas");
    }

    #[test]
    fn should_write_dates_as_the_un_does() {
        let d = |day, month| Date { year: 2021, month, day };
        assert_eq!(Lang::En.table().date(d(4, 10)), "4 October 2021");
        assert_eq!(Lang::Fr.table().date(d(4, 10)), "4 octobre 2021");
        assert_eq!(Lang::Fr.table().date(d(1, 8)), "1er août 2021");
        assert_eq!(Lang::Es.table().date(d(4, 10)), "4 de octubre de 2021");
        assert_eq!(Lang::Es.table().date(d(1, 2)), "1 de febrero de 2021");
        // A month out of range says the date in digits rather than inventing a month.
        assert_eq!(Lang::Fr.table().date(d(4, 13)), "2021-13-04");
    }

    #[test]
    fn should_follow_the_browsers_languages() {
        assert_eq!(Lang::preferred(["de-DE", "fr-CA", "en"]), Lang::Fr);
        assert_eq!(Lang::preferred(["es_419"]), Lang::Es);
        assert_eq!(Lang::preferred(["de", "ja"]), Lang::En);
        assert_eq!(Lang::preferred([]), Lang::En);
        assert_eq!(Lang::from_code("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_code("english"), None);
    }

    #[test]
    fn should_name_the_part_of_the_meeting_in_each_language() {
        assert_eq!(Lang::En.table().part_note("second"), " This record covers the second part of the meeting.");
        assert_eq!(Lang::Fr.table().part_note("second"), " Ce compte rendu porte sur la deuxième partie de la séance.");
        assert_eq!(Lang::Es.table().part_note("first"), " Esta acta abarca la primera parte de la sesión.");
    }

    #[test]
    fn should_say_diagnostics_in_the_language_with_their_numbers_and_quotes() {
        let parsed = crate::parse("United Nations CMW/C/SR.1\n\n1. The Chair said so.\n\n4. The Chair said more.\n\nSome words without a speaker here.");
        assert!(!parsed.diagnostics.is_empty());
        for d in &parsed.diagnostics {
            assert_eq!(diagnostic(Lang::En, d), d.message);
            let fr = diagnostic(Lang::Fr, d);
            assert_ne!(fr, d.message);
            if d.kind == DiagnosticKind::ParagraphNumberGap {
                assert!(fr.contains('1') && fr.contains('4'), "{fr}");
            }
        }
        let gap = crate::model::Diagnostic {
            kind: DiagnosticKind::UnknownSpeaker,
            severity: crate::model::Severity::Warning,
            message: "no speaker is named for: \"Some 3 words\"".into(),
            span: None,
        };
        assert_eq!(diagnostic(Lang::Es, &gap), "No se nombra al orador o la oradora de: «Some 3 words»");
    }

    #[test]
    fn should_say_import_errors_in_each_language() {
        let e = ImportError::Scanned;
        assert_eq!(Lang::En.table().import_error(&e), e.to_string());
        assert!(Lang::Fr.table().import_error(&e).contains("OCR"));
        let big = ImportError::TooLarge { bytes: 50 * 1_048_576 };
        assert!(Lang::Es.table().import_error(&big).contains("50,0"), "{}", Lang::Es.table().import_error(&big));
    }
}
