//! The interface in English, as the UN writes it: "The meeting was suspended", "4.30 p.m.",
//! "4 October 2021", "para. 23".

use super::{Table, Text};
use crate::import::ImportError;
use crate::model::{ClockTime, Date, DiagnosticKind, Side};

pub struct En;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Table for En {
    fn text(&self, t: Text) -> &'static str {
        match t {
            Text::PageTitle => "Recordline: UN meeting records, readable",
            Text::Tagline => "UN meeting records, readable. Parsed on your computer; nothing is uploaded.",
            Text::SaveOffline => "Save Recordline for offline use",
            Text::SaveOfflineTitle => "One HTML file that works with no network: keep it on your computer or a USB stick and open it by double-click.",
            Text::MeetingRecord => "Meeting record",
            Text::SpeakersAndNotes => "Speakers and notes",
            Text::DropToOpen => "Drop the record to open it",
            Text::DismissMessage => "Dismiss message",
            Text::Language => "Language",
            Text::OpenARecord => "Open a record",
            Text::PasteLabel => "Paste the text of a summary or verbatim record, or open a .pdf, .docx, .html, .txt or .md file",
            Text::PastePlaceholder => "United Nations CMW/C/SR.464 … The meeting was called to order at 3.10 p.m. …",
            Text::ReadPasted => "Read pasted text",
            Text::OpenAFile => "Open a file…",
            Text::OpenARecordFile => "Open a record file",
            Text::DropHint => "or drop a file anywhere, or press Ctrl+V outside this box",
            Text::Clear => "Clear",
            Text::PastedText => "pasted text",
            Text::TheRecord => "the record",
            Text::SummaryRecord => "Summary record",
            Text::VerbatimRecord => "Verbatim record",
            Text::PartialMark => " (partial)",
            Text::NoSymbol => "Record without a symbol",
            Text::Session => "Session",
            Text::Meeting => "Meeting",
            Text::Date => "Date",
            Text::Scheduled => "Scheduled",
            Text::Place => "Place",
            Text::Chair => "Chair",
            Text::Clock => "Clock",
            Text::Later => "later: ",
            Text::PartialNote => "A partial record: only part of the meeting is recorded.",
            Text::Contents => "Contents",
            Text::NoClockTimes => "The record gives no clock times.",
            Text::TimeAxis => "Time axis of the meeting",
            Text::ExpandAll => "Expand all",
            Text::CollapseAll => "Collapse all",
            Text::SearchTheRecord => "Search the record",
            Text::SearchPlaceholder => "Search the record",
            Text::NoMatches => "no matches",
            Text::PreviousMatch => "Previous match",
            Text::NextMatch => "Next match",
            Text::DownloadJson => "Download JSON",
            Text::DownloadOutline => "Download outline",
            Text::TheMeeting => "The meeting",
            Text::ShowingSelected => "Showing only the selected speakers. ",
            Text::ShowEveryone => "Show everyone",
            Text::NotRecognised => "Not recognised",
            Text::Expand => "Expand",
            Text::Collapse => "Collapse",
            Text::CalledToOrder => "The meeting was called to order",
            Text::PublicPartCalledToOrder => "The public part of the meeting was called to order",
            Text::DiscussionBegan => "The discussion covered in the record began",
            Text::Reconvened => "The meeting was reconvened",
            Text::SuspendedEvent => "The meeting was suspended",
            Text::ResumedEvent => "The meeting resumed",
            Text::RoseEvent => "The meeting rose",
            Text::AdjournedEvent => "The meeting was adjourned",
            Text::DiscussionEnded => "The discussion covered in the record ended",
            Text::NoTimeGiven => "(no time given)",
            Text::Suspension => "Suspension",
            Text::SuspendedBand => "Suspended ",
            Text::ResumedBand => "resumed ",
            Text::ResumptionNotSaid => " (the record does not say when it resumed)",
            Text::CommitteeMember => "Committee member",
            Text::Delegation => "Delegation",
            Text::Secretariat => "Secretariat",
            Text::OtherSide => "Other (NGO, UN agency)",
            Text::SpeakerNotNamed => "Speaker not named",
            Text::EstimatedTitle => "Estimated: the record gives times only when the meeting opens, is suspended, resumes and rises; times in between are shared out by word count.",
            Text::Cite => "Cite",
            Text::Speakers => "Speakers",
            Text::SelectSpeakersHint => "Select speakers to show only their turns.",
            Text::GroupChair => "Chair",
            Text::GroupMembers => "Committee members",
            Text::GroupDelegations => "Delegations",
            Text::GroupSecretariat => "Secretariat",
            Text::GroupOthers => "Others",
            Text::GroupNotNamed => "Not named",
            Text::ClearSelection => "Clear selection",
            Text::NothingUnsure => "Nothing: every line was placed.",
            Text::SampleNote => "This is a sample: the summary record CMW/C/SR.464. To read your own record, paste its text, pick a file or drop one anywhere on the page. Nothing leaves your computer.",
            Text::KeptOnScreen => "The record on screen is unchanged.",
            Text::KeptNothingShown => "Paste the text of a summary or verbatim record, or open a .txt or .md file.",
            Text::Cleared => "Cleared. Paste, pick or drop a record to read it.",
            Text::NoAnswer => "no answer",
            Text::WorkerFailed => "the worker failed",
            Text::StageDirection => "stage direction",
            Text::Seating => "seating",
            Text::Decision => "decision",
            Text::Adoption => "adoption",
            Text::Vote => "vote",
            Text::Silence => "silence",
            Text::Interpretation => "interpretation",
            Text::NextDay => " next day",
            Text::NoSymbolMark => "(no symbol)",
            Text::UnknownSpeakerLabel => "(unknown speaker)",
            Text::Unrecognised => "unrecognised",
            Text::Inferred => "inferred",
            Text::ViewsLabel => "Views",
            Text::RecordView => "Record",
            Text::Library => "Library",
            Text::LibraryOpening => "Opening the library…",
            Text::SearchLibrary => "Search every record",
            Text::SearchLibraryPlaceholder => "Words, or the beginning of words",
            Text::FilterOnly => "Only",
            Text::FilterBody => "Body",
            Text::FilterSpeaker => "Speaker",
            Text::FilterState => "State",
            Text::FilterSide => "Side",
            Text::AnySide => "Any",
            Text::ReviewName => "Name of the review",
            Text::ExportLibrary => "Export the library (.jsonl)",
            Text::ImportLibrary => "Import a library…",
            Text::RemoveAll => "Remove all",
            Text::ConfirmRemoveAll => "Remove every record from the library in this browser?",
            Text::LibraryEmpty => "No record is kept yet. Every record you open is kept here until you remove it.",
            Text::NoSymbolGroup => "Records without a symbol",
            Text::Remove => "Remove",
            Text::ReviewsAcross => "Reviews across meetings",
            Text::NothingFoundLibrary => "Nothing found in the library.",
            Text::ReviewGone => "This review's records are no longer in the library.",
            Text::SpeakersAcross => "Speakers across the meetings",
            Text::OpenThisRecord => "Open this record",
            Text::DownloadCsv => "Download as CSV",
            Text::DownloadMarkdown => "Download as Markdown",
            Text::TickTwo => "Tick two or more records to make a review of them.",
            Text::StorageFull => "the browser's storage for this page is full",
            Text::NoIndexedDb => "this browser keeps no IndexedDB here (a private window?)",
            Text::MoreFormats => "More formats",
            Text::DownloadAkn => "Download Akoma Ntoso (XML)",
            Text::DownloadTei => "Download TEI (XML)",
            Text::LanguageVersions => "Language versions",
            Text::SearchThisVersion => "Search this version",
            Text::VersionsGone => "One of the two versions is no longer in the library.",
        }
    }

    fn time(&self, t: ClockTime) -> String {
        t.to_un_style()
    }

    fn date(&self, d: Date) -> String {
        match MONTHS.get((d.month as usize).wrapping_sub(1)) {
            Some(m) => format!("{} {m} {}", d.day, d.year),
            None => d.to_string(),
        }
    }

    fn reading(&self, name: &str, done: usize, total: usize) -> String {
        format!("Reading {name}: page {done} of {total}")
    }
    fn clock_caption(&self, start: &str, end: &str) -> String {
        format!("The meeting's clock, {start} to {end}. Turn times between the times the record gives are estimated from word counts.")
    }
    fn clock_segment(&self, who: &str, from: &str, to: &str) -> String {
        format!("{who}, about {from} to {to} (estimated)")
    }
    fn clock_gap(&self, from: &str, to: &str) -> String {
        format!("Suspended {from} to {to}")
    }
    fn called_to_order_at(&self, t: &str) -> String {
        format!("called to order {t}")
    }
    fn rose_at(&self, t: &str) -> String {
        format!("rose {t}")
    }
    fn suspended_for(&self, length: &str) -> String {
        format!("{length} suspended")
    }
    fn clock_length(&self, times: &str, length: &str) -> String {
        format!("{times}: {length}")
    }
    fn part_note(&self, part: &str) -> String {
        format!(" This record covers the {part} part of the meeting.")
    }
    fn match_of(&self, n: usize, total: usize) -> String {
        format!("{n} of {total}")
    }
    fn drawing(&self, done: usize, total: usize) -> String {
        format!("Drawing the rest of the record ({done} of {total} items)…")
    }
    fn expand_under(&self, heading: &str) -> String {
        format!("Expand all turns under {heading}")
    }
    fn collapse_under(&self, heading: &str) -> String {
        format!("Collapse all turns under {heading}")
    }
    fn took_the_chair(&self, person: &str) -> String {
        format!("{person} took the Chair")
    }
    fn delegation_of(&self, country: &str) -> String {
        format!("Delegation of {country}")
    }
    fn speaking_as(&self, what: &str) -> String {
        format!("speaking as {what}")
    }
    fn about_estimated(&self, time: &str) -> String {
        format!("about {time}, estimated from word counts between the times the record gives")
    }
    fn words(&self, n: usize) -> String {
        plural(n, "word", "words")
    }
    fn paragraph_label(&self, n: u32, inferred: bool) -> String {
        format!("Paragraph {n}{}", if inferred { " (number inferred)" } else { "" })
    }
    fn cite_label(&self, citation: &str) -> String {
        format!("Cite {citation} (copies the citation)")
    }
    fn citation(&self, symbol: &str, paragraph: u32) -> String {
        format!("{symbol}, para. {paragraph}")
    }
    fn speaker_stats(&self, turns: usize, words: usize) -> String {
        format!("{} · {}", plural(turns, "turn", "turns"), self.words(words))
    }
    fn records_opened(&self, n: usize) -> String {
        format!("Records opened ({n})")
    }
    fn unsure_of(&self, n: usize) -> String {
        format!("What the parser was unsure of ({n})")
    }
    fn and_more(&self, n: usize) -> String {
        format!("…and {n} more, listed in the JSON download.")
    }
    fn diagnostic(&self, kind: DiagnosticKind, numbers: &[&str], quoted: Option<&str>) -> String {
        // English diagnostics are the parser's own messages (see `super::diagnostic`); this
        // form is for a caller that has only the kind.
        let n = |i: usize| numbers.get(i).copied().unwrap_or("?");
        let q = quoted.unwrap_or("");
        match kind {
            DiagnosticKind::TimeBackwards => format!("a time ({}) comes after a later one ({})", n(0), n(1)),
            DiagnosticKind::SuspensionNotResumed => {
                "the meeting was suspended and the record never says it resumed".to_string()
            }
            DiagnosticKind::ParagraphNumberGap => format!("paragraph numbers jump from {} to {}", n(0), n(1)),
            DiagnosticKind::ParagraphNumberDuplicate => format!("paragraph number {} appears twice", n(0)),
            DiagnosticKind::ParagraphNumberOutOfOrder => format!("paragraph {} comes after paragraph {}", n(0), n(1)),
            DiagnosticKind::ParagraphNumberInferred => {
                format!("paragraph {} has no number in the text; inferred from its neighbours", n(0))
            }
            DiagnosticKind::UnknownSpeaker => format!("no speaker is named for: \"{q}\""),
            DiagnosticKind::UnrecognisedBlock => format!("text not recognised as part of the meeting: \"{q}\""),
            DiagnosticKind::EmptyInput => "the input is empty".to_string(),
            DiagnosticKind::NotARecord => "this text does not look like a UN meeting record".to_string(),
        }
    }
    fn sample_name(&self, name: &str) -> String {
        format!("{name} (sample)")
    }
    fn opened(&self, name: &str, symbol: Option<&str>) -> String {
        match symbol {
            Some(s) => format!("Opened {name} ({s})."),
            None => format!("Opened {name}."),
        }
    }
    fn empty(&self, name: &str) -> String {
        format!("{name} is empty: there is no text to read.")
    }
    fn not_a_record(&self, name: &str, words: usize, lines: usize, beginning: &str) -> String {
        format!(
            "{name} does not look like a UN meeting record (no document symbol, no meeting title, no \"The meeting \
             was called to order\" and no speaker such as \"The Chair said\" or \"Mr. X (France):\" was found). \
             Found: {words} words on {lines} lines, beginning \"{beginning}\"."
        )
    }
    fn no_paragraph(&self, n: u32) -> String {
        format!("This record has no paragraph {n}.")
    }
    fn rejected(&self, name: &str, reason: &str) -> String {
        format!("{name}: {reason}.")
    }
    fn not_kept(&self, cause: &str) -> String {
        format!("opened, but it could not be kept for your next visit ({cause})")
    }
    fn unreadable(&self, cause: &str) -> String {
        format!("the file could not be read ({cause})")
    }
    fn reader_stopped(&self, why: &str) -> String {
        format!("Recordline's reader stopped on this file ({why}); it may be damaged or crafted")
    }
    fn took_longer(&self, limit_ms: u32) -> String {
        let took = if limit_ms >= 1000 { format!("{} s", limit_ms / 1000) } else { format!("{limit_ms} ms") };
        format!("it took longer than {took} and was stopped")
    }
    fn fetch_failed(&self, url: &str) -> String {
        format!(
            "could not be loaded from {url}: the network request failed. Either the computer is offline or the \
             address is wrong, or the record is on another site that does not allow this page to read it (CORS, \
             or this page's Content Security Policy). To fix it, put the record on the same site as this page, or \
             have its server send the header Access-Control-Allow-Origin and allow its site in connect-src"
        )
    }
    fn fetch_status(&self, url: &str, status: u16, status_text: &str) -> String {
        format!("could not be loaded from {url}: the server answered {status} {status_text}. Check the address in data-src or src")
    }
    fn fetch_interrupted(&self, url: &str) -> String {
        format!("the download from {url} was interrupted")
    }
    fn import_error(&self, e: &ImportError) -> String {
        e.to_string()
    }
    fn import_note(&self, note: &str) -> String {
        note.to_string()
    }
    fn outline_kind(&self, verbatim: bool) -> &'static str {
        if verbatim {
            "verbatim record"
        } else {
            "summary record"
        }
    }
    fn outline_meeting(&self, n: u32) -> String {
        format!("meeting {n}")
    }
    fn outline_scheduled(&self, t: &str) -> String {
        format!("scheduled {t}")
    }
    fn outline_paragraphs(&self, n: usize) -> String {
        plural(n, "paragraph", "paragraphs")
    }
    fn side(&self, side: Side) -> &'static str {
        side.as_str()
    }

    fn library_tab(&self, n: usize) -> String {
        format!("Library ({n})")
    }
    fn review_title(&self, label: &str) -> String {
        format!("Review: {label}")
    }
    fn agenda_item_review(&self, series: &str, item: &str) -> String {
        format!("{series}, agenda item {item}")
    }
    fn review_default_name(&self, n: usize) -> String {
        format!("Review {n}")
    }
    fn turns_of(&self, who: &str) -> String {
        format!("Turns of {who}")
    }
    fn turns_of_state(&self, state: &str) -> String {
        format!("Turns of {state} (the State)")
    }
    fn library_refused(&self, why: &str) -> String {
        format!("The library is unavailable: {why}. The record on screen still works, but records are not kept after you leave.")
    }
    fn storage_not_allowed(&self, cause: &str) -> String {
        format!("the browser does not allow storage here ({cause})")
    }
    fn library_size(&self, n: usize, size: &str) -> String {
        format!("{} kept in this browser, using about {size}.", plural(n, "record", "records"))
    }
    fn make_review(&self, ticked: usize) -> String {
        format!("Make a review of the ticked records ({ticked})")
    }
    fn tick_for_review(&self, title: &str) -> String {
        format!("Tick {title} for a review")
    }
    fn remove_from_library(&self, name: &str) -> String {
        format!("Remove {name} from the library")
    }
    fn review_item(&self, label: &str, meetings: usize) -> String {
        format!("{label} ({})", plural(meetings, "meeting", "meetings"))
    }
    fn found_in(&self, paragraphs: usize, records: usize) -> String {
        format!("{} in {}.", plural(paragraphs, "paragraph", "paragraphs"), plural(records, "record", "records"))
    }
    fn hits_in_record(&self, n: usize) -> String {
        format!(" · {}", plural(n, "paragraph", "paragraphs"))
    }
    fn show_all_hits(&self, n: usize, record: &str) -> String {
        format!("Show all {n} in {record}")
    }
    fn meetings_in_order(&self, n: usize) -> String {
        format!("{}, in order.", plural(n, "meeting", "meetings"))
    }
    fn turns_in_meetings(&self, turns: usize, meetings: usize) -> String {
        format!("{} in {}", plural(turns, "turn", "turns"), plural(meetings, "meeting", "meetings"))
    }
    fn starting_at(&self, t: &str) -> String {
        format!("from {t}")
    }
    fn meeting_label(&self, n: usize, symbol: &str) -> String {
        format!("Meeting {n}: {symbol}")
    }
    fn appearances_count(&self, n: usize) -> String {
        format!("{} in the library, in date order.", plural(n, "turn", "turns"))
    }
    fn imported(&self, added: usize, duplicates: usize, refused: usize) -> String {
        let mut s = format!("Imported {} into the library", plural(added, "record", "records"));
        if duplicates > 0 {
            s.push_str(&format!("; {duplicates} already there"));
        }
        if refused > 0 {
            s.push_str(&format!("; {} could not be read", plural(refused, "line", "lines")));
        }
        s + "."
    }
    fn not_in_library(&self, name: &str, why: &str) -> String {
        format!("{name} is open, but it could not be kept in the library: {why}.")
    }
    fn not_a_library(&self, line: usize, why: &str) -> String {
        format!("this is not a Recordline library file (line {line}: {why})")
    }

    fn side_by_side(&self, left: &str, right: &str) -> String {
        format!("Side by side: {left} | {right}")
    }
    fn versions_title(&self, symbol: &str) -> String {
        format!("{symbol} side by side")
    }
    fn numbering_differs(&self, left: &str, only_left: &str, right: &str, only_right: &str) -> String {
        let mut parts = Vec::new();
        if !only_left.is_empty() {
            parts.push(format!("paragraphs {only_left} are only in the {left} version"));
        }
        if !only_right.is_empty() {
            parts.push(format!("paragraphs {only_right} are only in the {right} version"));
        }
        format!("The paragraph numbering differs: {}.", parts.join("; "))
    }
    fn unpaired_rows(&self, n: usize) -> String {
        format!("{} with one version only.", plural(n, "row", "rows"))
    }
    fn version_matches(&self, n: usize) -> String {
        plural(n, "paragraph", "paragraphs")
    }

    fn show_more_rows(&self, next: usize, left: usize) -> String {
        format!("Show the next {next} rows ({left} more)")
    }
}
