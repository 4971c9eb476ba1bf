//! TEI: the record as a parliamentary corpus file in the manner of ParlaMint (the
//! CLARIN corpora of parliamentary debates, TEI P5), valid against TEI P5's `tei_all`
//! schema (RELAX NG, checked by `tests/exports/validate.py`).
//!
//! ```text
//! TEI xml:id="CMW_C_SR.464" xml:lang="en"
//!   teiHeader
//!     fileDesc: titleStmt (title, meeting), publicationStmt, sourceDesc/bibl (title, idno type="symbol", date)
//!     profileDesc: settingDesc (place, date), particDesc (listPerson: person xml:id, persName,
//!       affiliation; listOrg: the body and each State), langUsage
//!   text/body
//!     div type="debateSection" per agenda section (nested for a sub-heading), head
//!       u who="#person" per turn, seg per paragraph (n = the printed number)
//!       note type="time" for an event with its time (time when="15:10:00" inside),
//!         type="event" without one; note type="narrative" or "vote" for a stage direction
//! ```
//!
//! What comes before the first heading is a `div type="proceedings"` (see `tree`). A turn whose speaker
//! the record does not name is a `u` with no `@who`. An unrecognised block is an `ab
//! type="unrecognised"`.

use super::participants::{participants, OrganizationKind, Participants};
use super::tree::{tree, Node};
use super::xml::{Ids, Writer};
use crate::model::{Event, Language, ParagraphKind, Parsed, Record, StageKind};

pub const NAMESPACE: &str = "http://www.tei-c.org/ns/1.0";

/// The record as a TEI document.
pub fn tei(parsed: &Parsed) -> String {
    let r = &parsed.record;
    let mut ids = Ids::default();
    let doc_id = ids.unique(document_id(r));
    let people = participants(r, &mut ids);
    let lang = language(r.language);
    let mut w = Writer::new();
    w.open("TEI", &[("xmlns", NAMESPACE), ("xml:id", &doc_id), ("xml:lang", lang)]);
    header(&mut w, r, &people);
    w.open("text", &[]);
    w.open("body", &[]);
    let mut body = Body { w: &mut w, r, people: &people, ids: &mut ids, utterances: 0 };
    let nodes = tree(r);
    for node in &nodes {
        body.node(node);
    }
    if nodes.is_empty() {
        // A record with no body (a header alone): TEI's body must hold something.
        w.empty("div", &[("type", "proceedings")]);
    }
    w.finish()
}

/// `CMW/C/SR.464` → `CMW_C_SR.464`, an `NCName`.
fn document_id(r: &Record) -> String {
    let id: String = r
        .symbol
        .as_deref()
        .unwrap_or("record")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' })
        .collect();
    if id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id
    } else {
        format!("record{id}")
    }
}

fn language(l: Language) -> &'static str {
    match l {
        Language::En => "en",
        Language::Fr => "fr",
        Language::Es => "es",
    }
}

fn header(w: &mut Writer, r: &Record, people: &Participants) {
    let symbol = r.symbol.as_deref().unwrap_or("(no symbol)");
    let title = match &r.title {
        Some(t) => format!("{symbol}: {t}"),
        None => symbol.to_string(),
    };
    let date = r.date.map(|d| d.to_string());
    w.open("teiHeader", &[]);
    w.open("fileDesc", &[]);
    w.open("titleStmt", &[]);
    w.text("title", &[("type", "main")], &title);
    let meeting: Vec<String> =
        [r.body.clone(), r.session.clone(), r.meeting.map(|m| format!("meeting {m}"))].into_iter().flatten().collect();
    if !meeting.is_empty() {
        let n = r.meeting.map(|m| m.to_string()).unwrap_or_default();
        let attrs: Vec<(&str, &str)> = if n.is_empty() { vec![] } else { vec![("n", n.as_str())] };
        w.text("meeting", &attrs, &meeting.join(", "));
    }
    w.close();
    w.open("publicationStmt", &[]);
    w.text("p", &[], "Encoded by Recordline from the text of the United Nations record.");
    w.close();
    w.open("sourceDesc", &[]);
    w.open("bibl", &[]);
    w.text("title", &[], &title);
    if let Some(s) = &r.symbol {
        w.text("idno", &[("type", "symbol")], s);
    }
    if let Some(d) = &date {
        w.text("date", &[("when", d)], d);
    }
    w.close();
    w.close();
    w.close();
    w.open("profileDesc", &[]);
    if r.place.is_some() || date.is_some() {
        w.open("settingDesc", &[]);
        w.open("setting", &[]);
        if let Some(p) = &r.place {
            w.text("name", &[("type", "place")], p);
        }
        if let Some(d) = &date {
            w.text("date", &[("when", d)], d);
        }
        w.close();
        w.close();
    }
    if !people.persons.is_empty() || !people.organizations.is_empty() {
        w.open("particDesc", &[]);
        if !people.persons.is_empty() {
            w.open("listPerson", &[]);
            for p in &people.persons {
                w.open("person", &[("xml:id", &p.id), ("role", p.side.as_str())]);
                w.text("persName", &[], &p.name);
                let state = p.state.map(|i| format!("#{}", people.organizations[i].id));
                let text = p.affiliation.clone().or_else(|| p.state.map(|i| people.organizations[i].name.clone()));
                if let Some(text) = text {
                    match &state {
                        Some(s) => w.text("affiliation", &[("ref", s)], &text),
                        None => w.text("affiliation", &[], &text),
                    }
                }
                w.close();
            }
            w.close();
        }
        if !people.organizations.is_empty() {
            w.open("listOrg", &[]);
            for o in &people.organizations {
                let role = match o.kind {
                    OrganizationKind::Body => "body",
                    OrganizationKind::State => "state",
                };
                w.open("org", &[("xml:id", &o.id), ("role", role)]);
                w.text("orgName", &[], &o.name);
                w.close();
            }
            w.close();
        }
        w.close();
    }
    w.open("langUsage", &[]);
    let name = match r.language {
        Language::En => "English",
        Language::Fr => "French",
        Language::Es => "Spanish",
    };
    w.text("language", &[("ident", language(r.language))], name);
    w.close();
    w.close();
    w.close();
}

struct Body<'a> {
    w: &'a mut Writer,
    r: &'a Record,
    people: &'a Participants,
    ids: &'a mut Ids,
    utterances: usize,
}

impl Body<'_> {
    fn node(&mut self, node: &Node) {
        let r = self.r;
        match node {
            Node::Section { index, children } => {
                let section = index.and_then(|i| r.sections.get(i));
                let kind = match section {
                    None => "proceedings",
                    Some(s) if s.level > 1 => "subItem",
                    Some(_) => "debateSection",
                };
                self.w.open("div", &[("type", kind)]);
                if let Some(s) = section {
                    self.w.text("head", &[], &s.heading);
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
                    let n = p.number.map(|n| n.to_string()).unwrap_or_default();
                    self.stage(p.stage, &n, &p.text);
                }
            }
            Node::Unrecognised(i) => {
                if let Some(u) = r.unrecognised.get(*i) {
                    self.w.text("ab", &[("type", "unrecognised")], &u.text);
                }
            }
        }
    }

    /// A stage direction as a note: `vote` for a ballot, `narrative` for the rest, the
    /// stage's kind as its subtype.
    fn stage(&mut self, stage: Option<StageKind>, n: &str, text: &str) {
        let (kind, subtype) = match stage {
            Some(StageKind::Vote) => ("vote", "vote"),
            Some(StageKind::Seating) => ("narrative", "seating"),
            Some(StageKind::Decision) => ("narrative", "decision"),
            Some(StageKind::Adoption) => ("narrative", "adoption"),
            Some(StageKind::Silence) => ("narrative", "silence"),
            Some(StageKind::Interpretation) => ("narrative", "interpretation"),
            Some(StageKind::Other) | None => ("narrative", "other"),
        };
        let mut attrs = vec![("type", kind), ("subtype", subtype)];
        if !n.is_empty() {
            attrs.push(("n", n));
        }
        self.w.text("note", &attrs, text);
    }

    fn event(&mut self, e: &Event) {
        let n = e.number.map(|n| n.to_string()).unwrap_or_default();
        let mut attrs = vec![("subtype", e.kind.as_str())];
        if !n.is_empty() {
            attrs.push(("n", n.as_str()));
        }
        match e.time {
            Some(t) => {
                let when = format!("{t}:00");
                attrs.insert(0, ("type", "time"));
                self.w.wrapped(("note", attrs.as_slice()), ("time", &[("when", &when)]), &e.text);
            }
            None => {
                attrs.insert(0, ("type", "event"));
                self.w.text("note", &attrs, &e.text);
            }
        }
    }

    fn turn(&mut self, t: usize) {
        let r = self.r;
        let Some(turn) = r.turns.get(t) else { return };
        self.utterances += 1;
        let id = self.ids.unique(format!("u{}", self.utterances));
        let person = self.people.turn_person.get(t).copied().flatten().map(|i| &self.people.persons[i]);
        let who = person.map(|p| format!("#{}", p.id));
        let mut attrs = vec![("xml:id", id.as_str())];
        if let Some(who) = &who {
            attrs.push(("who", who));
        }
        self.w.open("u", &attrs);
        let end = (turn.first_paragraph + turn.paragraph_count).min(r.paragraphs.len());
        for p in r.paragraphs.get(turn.first_paragraph..end).unwrap_or_default() {
            let n = p.number.map(|n| n.to_string()).unwrap_or_default();
            if p.kind == ParagraphKind::StageDirection {
                self.stage(p.stage, &n, &p.text);
                continue;
            }
            let mut attrs = Vec::new();
            if !n.is_empty() {
                attrs.push(("n", n.as_str()));
            }
            if p.inferred {
                attrs.push(("cert", "medium"));
            }
            self.w.text("seg", &attrs, &p.text);
        }
        self.w.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_write_utterances_for_turns_and_persons_for_speakers() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        let xml = tei(&parsed);
        assert!(xml.contains("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"CMW_C_SR.464\" xml:lang=\"en\">"));
        assert!(xml.contains("<person xml:id=\"MrHuseynov\" role=\"delegation\">"));
        assert!(xml.contains("<u xml:id=\"u2\" who=\"#MrHuseynov\">"), "{}", &xml[..3000]);
        assert!(xml.contains("<note type=\"time\" subtype=\"opened\"><time when=\"15:10:00\">"));
        assert_eq!(xml.matches("<u ").count(), parsed.record.turns.len());
        assert!(xml.contains("<seg n=\"3\" cert=\"medium\">"), "an inferred number is less certain");
    }
}
