//! The record model: plain values that hold everything a UN meeting record says.
//!
//! The model is the JSON contract (see `docs/json.md`): field names here are the
//! keys `recordline parse --json` prints. Every leaf that holds text keeps the
//! byte ranges of the input it came from (`spans`), so the interface can point at
//! the source and the "no text lost" invariant can be checked: every
//! non-whitespace byte of the input lies in the spans of exactly one leaf.
//!
//! Names follow the UN's own vocabulary: a *summary record* or *verbatim record*
//! has a header, agenda sections, procedural events ("the meeting rose"), stage
//! directions ("It was so decided.") and speaker turns made of numbered paragraphs.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A byte range `start..end` of the parsed text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@{}..{}", self.start, self.end)
    }
}

/// A time of day on the meeting's clock, 24-hour.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
}

impl ClockTime {
    pub fn new(hour: u8, minute: u8) -> Option<ClockTime> {
        (hour < 24 && minute < 60).then_some(ClockTime { hour, minute })
    }
    /// Minutes since midnight.
    pub fn minutes(&self) -> u32 {
        self.hour as u32 * 60 + self.minute as u32
    }
    /// "3.10 p.m." in the UN's English style.
    pub fn to_un_style(&self) -> String {
        let (h, suffix) = match self.hour {
            0 => (12, "a.m."),
            1..=11 => (self.hour, "a.m."),
            12 => (12, "p.m."),
            _ => (self.hour - 12, "p.m."),
        };
        if self.hour == 12 && self.minute == 0 {
            return "noon".to_string();
        }
        if self.minute == 0 {
            format!("{h} {suffix}")
        } else {
            format!("{h}.{:02} {suffix}", self.minute)
        }
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl fmt::Debug for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let (h, m) = s.split_once(':').ok_or_else(|| serde::de::Error::custom("expected HH:MM"))?;
        let hour = h.parse().map_err(serde::de::Error::custom)?;
        let minute = m.parse().map_err(serde::de::Error::custom)?;
        ClockTime::new(hour, minute).ok_or_else(|| serde::de::Error::custom("time out of range"))
    }
}

/// A calendar date, printed `YYYY-MM-DD`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let mut it = s.splitn(3, '-').map(|p| p.parse::<u16>());
        match (it.next(), it.next(), it.next()) {
            (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) if month <= 12 && day <= 31 => {
                Ok(Date { year, month: month as u8, day: day as u8 })
            }
            _ => Err(serde::de::Error::custom("expected YYYY-MM-DD")),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// Third-person summary record (symbol `.../SR.n`), the treaty bodies' record.
    Summary,
    /// First-person verbatim record (symbol `.../PV.n`) of the General Assembly or Security Council.
    Verbatim,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    En,
    Fr,
    Es,
}

/// One parsed meeting record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub kind: RecordKind,
    pub language: Language,
    /// Document symbol as the UN writes it, e.g. `CMW/C/SR.464`.
    pub symbol: Option<String>,
    /// The committee or organ, as printed ("Committee on the Elimination of Racial Discrimination").
    pub body: Option<String>,
    /// The body's code taken from the symbol (`CMW`, `CCPR`, `A`, `S`).
    pub body_code: Option<String>,
    /// The session as printed ("Thirty-third session"; for the Security Council, "Seventy-third year").
    pub session: Option<String>,
    /// The session's number where the printed words give it (33).
    pub session_number: Option<u32>,
    pub meeting: Option<u32>,
    /// The title line as printed ("Summary record of the 464th meeting").
    pub title: Option<String>,
    /// A partial record: only part of the meeting was recorded (or is public).
    pub partial: bool,
    /// Which part of the meeting this record covers ("first", "second"), where the title says.
    pub part: Option<String>,
    pub date: Option<Date>,
    pub scheduled_time: Option<ClockTime>,
    /// "Palais des Nations, Geneva", "Headquarters, New York", "videoconference".
    pub place: Option<String>,
    pub distribution_date: Option<Date>,
    pub original_language: Option<String>,
    pub chairs: Vec<Chair>,
    /// The record's own contents list, one entry per line.
    pub contents: Vec<ContentsEntry>,
    /// Every header line, classified, with its source.
    pub header_fields: Vec<HeaderField>,
    pub sections: Vec<Section>,
    pub events: Vec<Event>,
    pub turns: Vec<Turn>,
    pub paragraphs: Vec<Paragraph>,
    pub furniture: Vec<Furniture>,
    pub unrecognised: Vec<Unrecognised>,
    /// The body in document order: what a reader meets, one item after another.
    pub order: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chair {
    /// As printed: "Mr. Ünver", "Ms. BELMIR".
    pub name: String,
    /// "Chair", "Chairperson", "Temporary Chair", "President", "Présidente"...
    pub role: String,
    /// What the parenthesis or dotted leader says: "(Vice-Chair)", a country.
    pub affiliation: Option<String>,
    /// True for a "later:" successor.
    pub later: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentsEntry {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeaderFieldKind {
    /// "United Nations", "UNITED NATIONS", "Naciones Unidas".
    Organization,
    /// "General Assembly", "Security Council", "Economic and Social Council".
    Organ,
    /// The treaty the body serves ("International Covenant on Civil and Political Rights").
    Treaty,
    Symbol,
    Distribution,
    DistributionDate,
    /// The language of this version ("ENGLISH", "Español").
    VersionLanguage,
    OriginalLanguage,
    Body,
    Session,
    /// "Official Records", "Provisional".
    Status,
    Title,
    /// "Held at ... on ..., at ..." or the verbatim date line.
    Held,
    Place,
    Presiding,
    /// A list of Council members or attendance ("Members:", "China .... Mr. Ma Zhaoxu").
    Attendance,
    ContentsHeading,
    ContentsItem,
    /// Header text not otherwise classified (logo letters, split words).
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderField {
    pub kind: HeaderFieldKind,
    pub text: String,
    pub span: Span,
}

/// An agenda section or sub-heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The heading as printed, lines joined.
    pub heading: String,
    /// 1 for an agenda item, 2 for a sub-heading under it.
    pub level: u8,
    /// "13", "21 to 26", "4" from "Agenda item 13", "(agenda item 4)".
    pub agenda_item: Option<String>,
    /// Document symbols given in the heading's brackets.
    pub documents: Vec<String>,
    /// The heading says "(continued)".
    pub continued: bool,
    pub spans: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Called to order; the public part called to order; the discussion covered began; reconvened.
    Opened,
    Suspended,
    Resumed,
    /// The meeting rose (or was adjourned).
    Rose,
    /// "The discussion covered in the summary record ended at ..."
    DiscussionEnded,
    /// "Ms. Haidar (Vice-Chair) took the Chair."
    ChairChanged,
}

impl EventKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            EventKind::Opened => "opened",
            EventKind::Suspended => "suspended",
            EventKind::Resumed => "resumed",
            EventKind::Rose => "rose",
            EventKind::DiscussionEnded => "discussion_ended",
            EventKind::ChairChanged => "chair_changed",
        }
    }
}

/// A procedural event on the meeting's clock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    pub time: Option<ClockTime>,
    /// The formula used, in words: "called to order", "public part called to order",
    /// "discussion began", "reconvened", "suspended", "resumed", "rose", "adjourned", "took the Chair".
    pub formula: String,
    /// The event happens on a later day than the meeting's ("... resumed at 11.30 a.m. on ...").
    pub next_day: bool,
    /// For a chair change: who took the Chair.
    pub person: Option<String>,
    /// The paragraph number, when the record numbers the event as a paragraph
    /// ("37. The meeting was suspended at 11.20 a.m.").
    #[serde(default)]
    pub number: Option<u32>,
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Chair,
    Member,
    Delegation,
    Secretariat,
    Other,
    Unknown,
}

impl Side {
    pub fn as_str(&self) -> &'static str {
        match self {
            Side::Chair => "chair",
            Side::Member => "member",
            Side::Delegation => "delegation",
            Side::Secretariat => "secretariat",
            Side::Other => "other",
            Side::Unknown => "unknown",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// As printed with spacing normalised ("Mr. KÄLIN", "The Chair"); `None` when the record does not say.
    pub name: Option<String>,
    /// What the parenthesis says: a country, a role, an organization.
    pub affiliation: Option<String>,
    /// The State, where the affiliation (or a "speaking on behalf of" clause) names one.
    pub country: Option<String>,
    /// A role after the country ("Rapporteur of the Third Committee").
    pub role: Option<String>,
    /// "Country Rapporteur" from "The Chair, speaking as Country Rapporteur, said".
    pub speaking_as: Option<String>,
    pub side: Side,
}

impl Speaker {
    pub fn unknown() -> Speaker {
        Speaker { name: None, affiliation: None, country: None, role: None, speaking_as: None, side: Side::Unknown }
    }
}

/// One speaker's uninterrupted contribution: consecutive paragraphs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Turn {
    pub speaker: Speaker,
    /// The printed numbers of the turn's paragraphs (inferred ones included).
    pub paragraphs: Vec<u32>,
    /// Index of the turn's first paragraph in `Record::paragraphs`.
    pub first_paragraph: usize,
    /// How many paragraphs of `Record::paragraphs` the turn holds, from `first_paragraph` on.
    pub paragraph_count: usize,
    /// Index of the section the turn is in.
    pub section: Option<usize>,
    /// "spoke in French", "interpretation from Spanish".
    pub interpretation: Option<String>,
    /// In a verbatim record, the speaker line that opens the first paragraph
    /// ("The President (spoke in French):"); the paragraph's text still holds it.
    pub label: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Words of a speaker.
    Speech,
    /// An italic stage direction or decision: "It was so decided.", a vote, a seating.
    StageDirection,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    /// A delegation takes places at the table or joins by video link.
    Seating,
    Decision,
    Adoption,
    Vote,
    Silence,
    /// "(spoke in French)" alone on a line, mid-speech.
    Interpretation,
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The number as printed, or inferred where the text lost it.
    pub number: Option<u32>,
    /// The number was not printed; it was inferred from its neighbours.
    pub inferred: bool,
    pub kind: ParagraphKind,
    pub stage: Option<StageKind>,
    /// The paragraph's words, lines joined, markup and the number removed.
    pub text: String,
    pub turn: Option<usize>,
    pub section: Option<usize>,
    /// Where the paragraph came from; more than one range when it was broken across pages.
    pub spans: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FurnitureKind {
    /// "GE.21-14135 5", "18-43649 (E)", "10-53066".
    JobNumber,
    RunningHeader,
    PageNumber,
    /// "*1843649*"
    Barcode,
    /// "13/12/2018" in a running header.
    DateStamp,
    /// "This record is subject to correction..."
    Boilerplate,
    /// "* No summary record was prepared for the rest of the meeting."
    Footnote,
    /// "______________"
    Rule,
    /// A re-publisher's navigation ("Question of Palestine home || Permalink").
    SiteChrome,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Furniture {
    pub kind: FurnitureKind,
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unrecognised {
    pub text: String,
    pub spans: Vec<Span>,
}

/// One entry of the body in document order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "index", rename_all = "snake_case")]
pub enum Item {
    Section(usize),
    Event(usize),
    Turn(usize),
    /// A paragraph outside any turn: a stage direction.
    Paragraph(usize),
    Unrecognised(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticKind {
    /// An event's time is earlier than the one before it.
    TimeBackwards,
    /// The meeting was suspended and the record never says it resumed.
    SuspensionNotResumed,
    ParagraphNumberGap,
    ParagraphNumberDuplicate,
    ParagraphNumberOutOfOrder,
    /// A paragraph number was missing and has been inferred.
    ParagraphNumberInferred,
    /// Words with no speaker the parser could name.
    UnknownSpeaker,
    UnrecognisedBlock,
    /// The input holds no text at all.
    EmptyInput,
    /// Nothing in the text looks like a meeting record.
    NotARecord,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub severity: Severity,
    pub message: String,
    pub span: Option<Span>,
}

/// What `parse` returns: the record, and what the parser was unsure of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parsed {
    #[serde(flatten)]
    pub record: Record,
    pub diagnostics: Vec<Diagnostic>,
}
