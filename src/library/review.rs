//! Reviews: the meetings that together consider one thing.
//!
//! A treaty body reviews a State party over two or three meetings; each meeting's agenda
//! heading names the State's report by its symbol, the later ones with "(continued)":
//!
//! ```text
//! Consideration of reports submitted by States parties under article 73 of the Convention (continued)
//! Third periodic report of Azerbaijan (CMW/C/AZE/3; CMW/C/AZE/QPR/3)
//! ```
//!
//! A report's symbol is the body's series, the State's three-letter code and the report's
//! number ("CMW/C/AZE/3", "CERD/C/AZE/10-12", "E/C.12/AZE/4", "CEDAW/C/ARG/7"); lists of
//! issues ("/Q/3", "/QPR/3"), replies ("/RQ/3") and concluding observations ("/CO/3") are the
//! same review's papers but not its key.
//!
//! A General Assembly Main Committee or ECOSOC takes an agenda item over several meetings:
//! there the key is the series with its session ("A/C.3/62") and the item ("70"). Treaty
//! bodies use the same agenda item for every State reviewed in a session, so for them the
//! item is not a key.

use super::Entry;
use crate::model::Parsed;
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;

/// What the meetings of a review have in common.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewKey {
    /// A State party's report, by symbol: "CMW/C/AZE/3".
    Report(String),
    /// An agenda item of a General Assembly or ECOSOC body in one session: ("A/C.3/62", "70").
    AgendaItem { series: String, item: String },
    /// A review the reader made by hand, by name.
    Chosen(String),
}

impl ReviewKey {
    /// The reviews a parsed record belongs to, in order of appearance.
    pub fn of(parsed: &Parsed) -> Vec<ReviewKey> {
        let r = &parsed.record;
        let mut keys = Vec::new();
        let series = r.symbol.as_deref().map(super::summary::series);
        let assembly_or_council = matches!(r.body_code.as_deref(), Some("A" | "E" | "S"));
        if !assembly_or_council {
            // A treaty body: the report each heading names first.
            for s in &r.sections {
                if let Some(d) = s.documents.iter().find(|d| is_report(d)) {
                    push_new(&mut keys, ReviewKey::Report(d.trim().to_string()));
                }
            }
        } else if let Some(series) = series {
            for s in r.sections.iter().filter(|s| s.level == 1) {
                if let Some(item) = &s.agenda_item {
                    push_new(&mut keys, ReviewKey::AgendaItem { series: series.clone(), item: item.clone() });
                }
            }
        }
        keys
    }

    /// How the library names the review: "CMW/C/AZE/3", "A/C.3/62, agenda item 70".
    pub fn label(&self) -> String {
        match self {
            ReviewKey::Report(s) => s.clone(),
            ReviewKey::AgendaItem { series, item } => format!("{series}, agenda item {item}"),
            ReviewKey::Chosen(name) => name.clone(),
        }
    }
}

fn push_new(keys: &mut Vec<ReviewKey>, k: ReviewKey) {
    // A record names a handful of reports; a crafted one with thousands is capped, so the
    // grouping that follows stays small.
    if keys.len() < MAX_KEYS && !keys.contains(&k) {
        keys.push(k);
    }
}

/// At most this many reviews a record belongs to.
const MAX_KEYS: usize = 16;

/// Could `symbol` be a State party's report? The agenda heading lists the report first, then
/// its papers; these are not the report: lists of issues ("/Q/3", "/QPR/3", "/LOI/"), replies
/// ("/RQ/"), concluding observations ("/CO/"), the pre-sessional lists of old ("CCPR/C/73/L/UKR"),
/// miscellaneous papers ("/Misc.38") and core documents ("HRI/CORE/...").
pub fn is_report(symbol: &str) -> bool {
    let s = symbol.trim();
    let parts: Vec<&str> = s.split('/').collect();
    parts.len() >= 3
        && !s.contains(char::is_whitespace)
        && !s.starts_with("HRI/")
        && !parts.iter().any(|p| matches!(*p, "Q" | "QPR" | "LOI" | "RQ" | "CO" | "L") || p.starts_with("Misc"))
}

/// A review: its key and its meetings (library entry ids) in order of date and meeting number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    pub key: ReviewKey,
    pub records: Vec<String>,
}

/// The reviews of the library held by more than one record, each with its records in
/// meeting order, and the reader's own reviews (`chosen`: a name and entry ids), in that order.
pub fn reviews<E: Borrow<Entry>>(entries: &[E], chosen: &[(String, Vec<String>)]) -> Vec<Review> {
    let mut found: Vec<(ReviewKey, Vec<&Entry>)> = Vec::new();
    let mut at: std::collections::HashMap<&ReviewKey, usize> = std::collections::HashMap::new();
    // One version of a meeting: the language versions of one symbol are not two meetings.
    let mut symbols: std::collections::HashSet<(&ReviewKey, &str)> = std::collections::HashSet::new();
    for e in entries.iter().map(Borrow::borrow) {
        for k in &e.summary.reviews {
            if let Some(symbol) = e.summary.symbol.as_deref() {
                if !symbols.insert((k, symbol)) {
                    continue;
                }
            }
            match at.get(k) {
                Some(&i) => found[i].1.push(e),
                None => {
                    at.insert(k, found.len());
                    found.push((k.clone(), vec![e]));
                }
            }
        }
    }
    let mut out: Vec<Review> = found
        .into_iter()
        .filter(|(_, list)| list.len() > 1)
        .map(|(key, mut list)| {
            in_meeting_order(&mut list);
            Review { key, records: list.iter().map(|e| e.id.clone()).collect() }
        })
        .collect();
    out.sort_by(|a, b| a.key.cmp(&b.key));
    for (name, ids) in chosen {
        let mut list: Vec<&Entry> =
            ids.iter().filter_map(|id| entries.iter().map(Borrow::borrow).find(|e: &&Entry| &e.id == id)).collect();
        in_meeting_order(&mut list);
        out.push(Review { key: ReviewKey::Chosen(name.clone()), records: list.iter().map(|e| e.id.clone()).collect() });
    }
    out
}

/// A speaker of a review, counted across its meetings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewSpeaker {
    pub name: String,
    pub detail: Option<String>,
    pub side: crate::model::Side,
    pub turns: usize,
    /// In how many of the review's meetings the speaker took the floor.
    pub meetings: usize,
}

/// The named speakers of `meetings` (in order), in order of first appearance, with their turns
/// across all the meetings: a member's questions in the first and follow-up in the second
/// count together.
pub fn review_speakers(meetings: &[&Entry]) -> Vec<ReviewSpeaker> {
    let mut out: Vec<ReviewSpeaker> = Vec::new();
    let mut at: std::collections::HashMap<(String, crate::model::Side), usize> = std::collections::HashMap::new();
    for e in meetings {
        let mut seen_here: std::collections::HashSet<usize> = std::collections::HashSet::new();
        for t in &e.index.turns {
            let Some(s) = e.index.speakers.get(t.speaker as usize) else { continue };
            let Some(name) = &s.name else { continue };
            let key = (super::person_key(name), s.side);
            let i = match at.get(&key) {
                Some(&i) => i,
                None => {
                    at.insert(key, out.len());
                    out.push(ReviewSpeaker {
                        name: name.clone(),
                        detail: s.affiliation.clone().or(s.country.clone()),
                        side: s.side,
                        turns: 0,
                        meetings: 0,
                    });
                    out.len() - 1
                }
            };
            out[i].turns += 1;
            if seen_here.insert(i) {
                out[i].meetings += 1;
            }
        }
    }
    out
}

/// Puts a review's meetings in order: by meeting number when every record gives one and all are
/// of one body (a body numbers its meetings in order, and a misprinted date cannot then reorder
/// them), else by date (a review made by hand across bodies).
fn in_meeting_order(list: &mut [&Entry]) {
    let one_series = list.windows(2).all(|w| w[0].summary.series == w[1].summary.series);
    if one_series && list.iter().all(|e| e.summary.meeting.is_some()) {
        list.sort_by_key(|e| (e.summary.meeting, e.summary.date, e.name.clone()));
    } else {
        list.sort_by_key(|e| (e.summary.date, e.summary.meeting, e.name.clone()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_know_a_report_by_its_symbol() {
        for s in [
            "CMW/C/AZE/3",
            "CERD/C/AZE/10-12",
            "E/C.12/AZE/4",
            "CEDAW/C/ARG/7",
            "CRC/C/OPAC/KAZ/1",
            "CCPR/C/UKR/99/5",
            "CERD/C/440/Add.1",
        ] {
            assert!(is_report(s), "{s}");
        }
        for s in [
            "CMW/C/AZE/Q/3",
            "CMW/C/AZE/QPR/3",
            "CMW/C/AZE/CO/3",
            "CERD/C/57/Misc.38",
            "CCPR/C/73/L/UKR",
            "HRI/CORE/1/Add.117",
            "CMW/C/AZE/Q/1 and Add.1",
        ] {
            assert!(!is_report(s), "{s}");
        }
    }

    use crate::library::entry_for_test as entry;

    #[test]
    fn should_group_the_meetings_of_one_report_in_order() {
        let seed = crate::viewer::SAMPLE;
        assert_eq!(ReviewKey::of(&crate::parse(seed)), [ReviewKey::Report("CMW/C/AZE/3".into())]);
        // The next meeting of the same review, as the record would open.
        let next = seed
            .replace("CMW/C/SR.464", "CMW/C/SR.465")
            .replace("464th meeting", "465th meeting")
            .replace("Monday, 4 October 2021", "Tuesday, 5 October 2021");
        let other = seed.replace("CMW/C/AZE/3", "CMW/C/SEN/2").replace("CMW/C/SR.464", "CMW/C/SR.470");
        let entries = [entry(&next, "465"), entry(seed, "464"), entry(&other, "470")];
        let found = reviews(&entries, &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].key.label(), "CMW/C/AZE/3");
        let names: Vec<&str> = found[0]
            .records
            .iter()
            .map(|id| entries.iter().find(|e| &e.id == id).map(|e| e.name.as_str()).unwrap_or(""))
            .collect();
        assert_eq!(names, ["464", "465"]);
        let in_order: Vec<&Entry> =
            found[0].records.iter().filter_map(|id| entries.iter().find(|e| &e.id == id)).collect();
        let speakers = review_speakers(&in_order);
        let huseynov = speakers.iter().find(|s| s.name == "Mr. Huseynov").map(|s| (s.turns, s.meetings));
        assert_eq!(huseynov, Some((8, 2)));
        let chosen = reviews(&entries, &[("Mine".into(), vec![entries[2].id.clone(), entries[1].id.clone()])]);
        assert_eq!(chosen.last().map(|r| r.records.len()), Some(2));
    }

    #[test]
    fn should_group_an_assemblys_meetings_by_agenda_item_and_session() {
        let text = "United Nations A/C.3/62/SR.22\nGeneral Assembly\nSixty-second session\nThird Committee\n\
                    Summary record of the 22nd meeting\nHeld at Headquarters, New York, on Tuesday, 23 October 2007, at 3 p.m.\n\n\
                    Agenda item 70: Promotion and protection of human rights (continued)\n\n\
                    1. Mr. Smith (Canada) said that he welcomed the report.\n";
        let keys = ReviewKey::of(&crate::parse(text));
        assert_eq!(keys, [ReviewKey::AgendaItem { series: "A/C.3/62".into(), item: "70".into() }], "{keys:?}");
        assert_eq!(keys[0].label(), "A/C.3/62, agenda item 70");
    }
}
