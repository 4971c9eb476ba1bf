//! Akoma Ntoso 3.0: the record in the document standard the UN System adopted (AKN4UN),
//! valid against the OASIS Akoma Ntoso 3.0 schema (`akomantoso30.xsd`, checked by
//! `tests/exports/validate.py`).
//!
//! The AKN4UN guidelines (UN System Chief Executives Board, HLCM, Part 2) give each class of
//! UN document an Akoma Ntoso document type:
//!
//! * a **summary record** is a *Meeting Report*, subclass *Meeting Minute* ("third-person
//!   accounts of meetings"): `debateReport name="meetingMinute"`, FRBR subtype `minutes`,
//!   its content in `mainBody`;
//! * a **verbatim record** is a *Meeting Record*, subclass *Verbatim Record* ("first-person
//!   accounts"): `debate name="verbatimRecord"`, FRBR subtype `record`, its content in
//!   `debateBody`.
//!
//! ```text
//! akomaNtoso
//!   debateReport name="meetingMinute"        (debate name="verbatimRecord")
//!     meta
//!       identification: FRBRWork / FRBRExpression / FRBRManifestation, IRIs in the AKN naming
//!         convention as AKN4UN uses it, from the symbol:
//!         /akn/un/debateReport/minutes/un-cmw/2021-10-04/CMW-C-SR-464  (+ /eng@, + /eng@/!main.xml)
//!       references: TLCOrganization (the body, each State), TLCPerson (each named speaker),
//!         TLCRole (the sides: chair, member, delegation, secretariat, other)
//!     preface: docNumber (the symbol), docTitle, docDate
//!     mainBody                                 (debateBody)
//!       debateSection name="agendaItem" (a sub-heading: a debateSection inside) with its heading
//!         speech by="#person" as="#side": from (the speaker as printed), p per paragraph
//!         narrative: an event (its time in an inline time element) or a stage direction
//! ```
//!
//! A turn whose speaker the record does not name is a `speech` by `#unknownSpeaker` (a
//! `TLCPerson` that says so): the schema requires a speaker, and the parser never guesses one.
//! A stage direction announced inside a turn ("It was so decided.") stays in the speech as a
//! `p` with `class="stageDirection"`, since a speech holds only blocks. Paragraph `eId`s
//! carry the printed number (`para_23`), made unique when a record prints a number twice.
//! (AKN4UN's own examples wrap each numbered paragraph in a `debateSection name="paragraph"`
//! with a `num`; one `speech` per turn is kept here instead, as the other formats have it.)

use super::participants::{body_id, participants, OrganizationKind, Participants};
use super::tree::{tree, Node};
use super::xml::{Ids, Writer};
use crate::model::{Event, Language, ParagraphKind, Parsed, Record, RecordKind, Side};

pub const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The record as an Akoma Ntoso 3.0 `debate` document.
pub fn akn(parsed: &Parsed) -> String {
    let r = &parsed.record;
    let mut ids = Ids::default();
    for reserved in ["recordline", "unknownSpeaker"].into_iter().chain(SIDES.iter().map(|(_, id)| *id)) {
        ids.unique(reserved.to_string());
    }
    let people = participants(r, &mut ids);
    let mut w = Writer::new();
    w.open("akomaNtoso", &[("xmlns", NAMESPACE)]);
    let kind = DocumentType::of(r);
    w.open(kind.element, &[("name", kind.name)]);
    meta(&mut w, r, &people);
    preface(&mut w, r);
    w.open(kind.body, &[]);
    let mut body = Body { w: &mut w, r, people: &people, ids: &mut ids, sections: 0 };
    let nodes = tree(r);
    for node in &nodes {
        body.node(node);
    }
    if nodes.is_empty() {
        // A record with no body (a header alone): the schema wants one section, which may be empty.
        let id = body.section_id();
        body.w.empty("debateSection", &[("name", "proceedings"), ("eId", &id)]);
    }
    w.finish()
}

/// The AKN4UN document class of a record.
struct DocumentType {
    /// The document element: `debateReport` or `debate`.
    element: &'static str,
    /// Its `@name`: the AKN4UN subclass.
    name: &'static str,
    /// The FRBR subtype, in the IRIs.
    subtype: &'static str,
    /// The main content: `mainBody` or `debateBody`.
    body: &'static str,
}

impl DocumentType {
    fn of(r: &Record) -> DocumentType {
        match r.kind {
            RecordKind::Summary => {
                DocumentType { element: "debateReport", name: "meetingMinute", subtype: "minutes", body: "mainBody" }
            }
            RecordKind::Verbatim => {
                DocumentType { element: "debate", name: "verbatimRecord", subtype: "record", body: "debateBody" }
            }
        }
    }
}

/// The sides as roles: (side, eId).
const SIDES: [(Side, &str); 5] = [
    (Side::Chair, "chair"),
    (Side::Member, "member"),
    (Side::Delegation, "delegation"),
    (Side::Secretariat, "secretariat"),
    (Side::Other, "other"),
];

/// ISO 639-2 code, as the AKN naming convention wants for expressions.
fn language(l: Language) -> &'static str {
    match l {
        Language::En => "eng",
        Language::Fr => "fra",
        Language::Es => "spa",
    }
}

/// The Work IRI, `/akn/un/{type}/{subtype}/{actor}/{date}/{number}` as AKN4UN writes it:
/// `/akn/un/debateReport/minutes/un-cmw/2021-10-04/CMW-C-SR-464`. The actor is the body
/// ([`body_id`]: `un-ga`, `un-sc`, `un-cmw`), the number the symbol with `-` for `/` and `.`
/// (a dot would read as a manifestation's format).
pub fn work_iri(r: &Record) -> String {
    let kind = DocumentType::of(r);
    let actor = body_id(r);
    let date = r.date.map(|d| d.to_string()).unwrap_or_else(|| "unknown".to_string());
    let number = match &r.symbol {
        Some(s) => iri_part(s),
        None => r.meeting.map_or("record".to_string(), |m| format!("meeting-{m}")),
    };
    format!("/akn/un/{}/{}/{actor}/{date}/{number}", kind.element, kind.subtype)
}

/// ASCII letters and digits kept, anything else `-`.
fn iri_part(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect()
}

fn meta(w: &mut Writer, r: &Record, people: &Participants) {
    let work = work_iri(r);
    let lang = language(r.language);
    let expression = format!("{work}/{lang}@");
    let date = r.date.map(|d| d.to_string()).unwrap_or_else(|| "0001-01-01".to_string());
    let date_name = if r.date.is_some() { "meeting" } else { "unknown" };
    let author = people.body.map(|i| format!("#{}", people.organizations[i].id)).unwrap_or("#recordline".to_string());
    w.open("meta", &[]);
    w.open("identification", &[("source", "#recordline")]);
    w.open("FRBRWork", &[]);
    w.empty("FRBRthis", &[("value", &format!("{work}/!main"))]);
    w.empty("FRBRuri", &[("value", &work)]);
    if let Some(symbol) = &r.symbol {
        w.empty("FRBRalias", &[("value", symbol), ("name", "symbol")]);
    }
    w.empty("FRBRdate", &[("date", &date), ("name", date_name)]);
    w.empty("FRBRauthor", &[("href", &author)]);
    w.empty("FRBRcountry", &[("value", "un")]);
    w.empty("FRBRsubtype", &[("value", DocumentType::of(r).subtype)]);
    if let Some(m) = r.meeting {
        w.empty("FRBRnumber", &[("value", &m.to_string())]);
    }
    w.close();
    w.open("FRBRExpression", &[]);
    w.empty("FRBRthis", &[("value", &format!("{expression}/!main"))]);
    w.empty("FRBRuri", &[("value", &expression)]);
    w.empty("FRBRdate", &[("date", &date), ("name", date_name)]);
    w.empty("FRBRauthor", &[("href", &author)]);
    w.empty("FRBRlanguage", &[("language", lang)]);
    w.close();
    w.open("FRBRManifestation", &[]);
    w.empty("FRBRthis", &[("value", &format!("{expression}/!main.xml"))]);
    w.empty("FRBRuri", &[("value", &format!("{expression}.akn"))]);
    // No clock in the core: the manifestation is dated by the record's issue, else its meeting.
    let issued = r.distribution_date.map(|d| d.to_string()).unwrap_or_else(|| date.clone());
    w.empty("FRBRdate", &[("date", &issued), ("name", "transformation")]);
    w.empty("FRBRauthor", &[("href", "#recordline")]);
    w.close();
    w.close();
    w.open("references", &[("source", "#recordline")]);
    w.empty(
        "TLCOrganization",
        &[("eId", "recordline"), ("href", "/akn/ontology/organizations/recordline"), ("showAs", "Recordline")],
    );
    for o in &people.organizations {
        let class = match o.kind {
            OrganizationKind::Body => "organizations/un",
            OrganizationKind::State => "organizations/states",
        };
        let href = format!("/akn/ontology/{class}/{}", o.id);
        w.empty("TLCOrganization", &[("eId", &o.id), ("href", &href), ("showAs", &o.name)]);
    }
    for p in &people.persons {
        let href = format!("/akn/ontology/persons/un/{}", p.id);
        w.empty("TLCPerson", &[("eId", &p.id), ("href", &href), ("showAs", &p.name)]);
    }
    w.empty(
        "TLCPerson",
        &[
            ("eId", "unknownSpeaker"),
            ("href", "/akn/ontology/persons/unknownSpeaker"),
            ("showAs", "(speaker not named in the record)"),
        ],
    );
    for (_, id) in SIDES {
        let href = format!("/akn/ontology/roles/un/{id}");
        w.empty("TLCRole", &[("eId", id), ("href", &href), ("showAs", id)]);
    }
    w.close();
    w.close();
}

fn preface(w: &mut Writer, r: &Record) {
    if r.symbol.is_none() && r.title.is_none() && r.date.is_none() {
        return;
    }
    w.open("preface", &[]);
    if let Some(s) = &r.symbol {
        w.wrapped(("p", &[]), ("docNumber", &[]), s);
    }
    if let Some(t) = &r.title {
        w.wrapped(("p", &[]), ("docTitle", &[]), t);
    }
    if let Some(d) = r.date {
        let d = d.to_string();
        w.wrapped(("p", &[]), ("docDate", &[("date", &d)]), &d);
    }
    w.close();
}

struct Body<'a> {
    w: &'a mut Writer,
    r: &'a Record,
    people: &'a Participants,
    ids: &'a mut Ids,
    sections: usize,
}

impl Body<'_> {
    fn section_id(&mut self) -> String {
        self.sections += 1;
        self.ids.unique(format!("dbsect_{}", self.sections))
    }

    fn node(&mut self, node: &Node) {
        let r = self.r;
        match node {
            Node::Section { index, children } => {
                let id = self.section_id();
                let section = index.and_then(|i| r.sections.get(i));
                let name = match section {
                    None => "proceedings",
                    Some(s) if s.level > 1 => "subItem",
                    Some(_) => "agendaItem",
                };
                self.w.open("debateSection", &[("name", name), ("eId", &id)]);
                if let Some(s) = section {
                    self.w.text("heading", &[], &s.heading);
                }
                for c in children {
                    self.node(c);
                }
                self.w.close();
            }
            Node::Event(i) => {
                if let Some(e) = r.events.get(*i) {
                    self.event(e);
                }
            }
            Node::Turn(t) => self.turn(*t),
            Node::Paragraph(i) => {
                if let Some(p) = r.paragraphs.get(*i) {
                    let id = self.paragraph_id(p.number, *i);
                    self.w.text("narrative", &[("eId", &id)], &p.text);
                }
            }
            Node::Unrecognised(i) => {
                if let Some(u) = r.unrecognised.get(*i) {
                    self.w.open("other", &[("class", "unrecognised")]);
                    self.w.text("p", &[], &u.text);
                    self.w.close();
                }
            }
        }
    }

    fn paragraph_id(&mut self, number: Option<u32>, index: usize) -> String {
        self.ids.unique(match number {
            Some(n) => format!("para_{n}"),
            None => format!("p_{}", index + 1),
        })
    }

    fn event(&mut self, e: &Event) {
        let mut attrs: Vec<(&str, String)> = vec![("class", e.kind.as_str().to_string())];
        if let Some(n) = e.number {
            attrs.push(("eId", self.ids.unique(format!("para_{n}"))));
        }
        let attrs: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        match e.time {
            Some(t) => {
                let time = format!("{t}:00");
                self.w.wrapped(("narrative", &attrs), ("time", &[("time", &time)]), &e.text);
            }
            None => self.w.text("narrative", &attrs, &e.text),
        }
    }

    fn turn(&mut self, t: usize) {
        let r = self.r;
        let Some(turn) = r.turns.get(t) else { return };
        let person = self.people.turn_person.get(t).copied().flatten().map(|i| &self.people.persons[i]);
        let by = format!("#{}", person.map_or("unknownSpeaker", |p| p.id.as_str()));
        let role = SIDES.iter().find(|(s, _)| *s == turn.speaker.side).map(|(_, id)| format!("#{id}"));
        let mut attrs = vec![("by", by.as_str())];
        if let Some(role) = &role {
            attrs.push(("as", role));
        }
        self.w.open("speech", &attrs);
        self.w.text("from", &[], &super::speaker_label(turn));
        let end = (turn.first_paragraph + turn.paragraph_count).min(r.paragraphs.len());
        for i in turn.first_paragraph..end {
            let p = &r.paragraphs[i];
            let id = self.paragraph_id(p.number, i);
            let mut attrs = vec![("eId", id.as_str())];
            if p.kind == ParagraphKind::StageDirection {
                attrs.push(("class", "stageDirection"));
            } else if p.inferred {
                attrs.push(("class", "inferredNumber"));
            }
            self.w.text("p", &attrs, &p.text);
        }
        self.w.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_name_the_work_from_the_symbol() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        assert_eq!(work_iri(&parsed.record), "/akn/un/debateReport/minutes/un-cmw/2021-10-04/CMW-C-SR-464");
        let xml = akn(&parsed);
        let expression = "/akn/un/debateReport/minutes/un-cmw/2021-10-04/CMW-C-SR-464/eng@/!main";
        assert!(xml.contains(&format!("<FRBRthis value=\"{expression}\"/>")));
        assert!(xml.contains("<debateReport name=\"meetingMinute\">"));
        assert!(xml.contains("<mainBody>"));
        assert!(xml.contains("<TLCOrganization eId=\"Azerbaijan\""));
        assert!(xml.contains("<speech by=\"#MrHuseynov\" as=\"#delegation\">"));
        assert!(xml.contains("<narrative class=\"opened\"><time time=\"15:10:00\">"));
        assert_eq!(xml.matches("<speech ").count(), parsed.record.turns.len());
    }

    #[test]
    fn should_make_a_verbatim_record_a_debate() {
        let text = "United Nations S/PV.8422\n\nSecurity Council\n\n8422nd meeting\n\n\
                    The meeting was called to order at 10.05 a.m.\n\nThe President (spoke in French): I welcome.\n";
        let parsed = crate::parse(text);
        assert_eq!(parsed.record.kind, RecordKind::Verbatim);
        assert!(work_iri(&parsed.record).starts_with("/akn/un/debate/record/un-sc/"), "{}", work_iri(&parsed.record));
        let xml = akn(&parsed);
        assert!(xml.contains("<debate name=\"verbatimRecord\">"));
        assert!(xml.contains("<debateBody>") && !xml.contains("<mainBody>"));
        assert!(xml.contains("<FRBRsubtype value=\"record\"/>"));
    }
}
