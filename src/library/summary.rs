//! What the library shows of a record without opening it, and the citation of a paragraph.

use super::review::ReviewKey;
use crate::model::{Date, Language, Parsed, RecordKind};
use serde::{Deserialize, Serialize};

/// A stored record's particulars, taken from its parsed header once when it is added.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub symbol: Option<String>,
    pub kind: RecordKind,
    pub language: Language,
    /// "Committee on the Protection of the Rights of All Migrant Workers...", as printed.
    pub body: Option<String>,
    /// The symbol's series: "CMW", "E/C.12", "A/C.3/62", "S" (see [`series`]).
    pub series: Option<String>,
    pub session: Option<String>,
    /// The session's number where the printed words give it ("Ninety-sixth", "Quatre-vingt-seizième": 96).
    pub session_number: Option<u32>,
    pub meeting: Option<u32>,
    pub date: Option<Date>,
    pub turns: usize,
    pub words: usize,
    pub bytes: usize,
    /// The meeting's clock (minutes since midnight, as `timeline::estimate` gives it): first
    /// and last moments, and suspensions; the review's bands show each meeting's own axis.
    pub start: Option<f32>,
    pub end: Option<f32>,
    pub suspensions: Vec<(f32, f32)>,
    /// The reviews the record belongs to (a State party's report; an agenda item of a session).
    pub reviews: Vec<ReviewKey>,
}

impl Summary {
    pub fn of(parsed: &Parsed, text: &str, est: &crate::timeline::Estimates) -> Summary {
        let r = &parsed.record;
        Summary {
            symbol: r.symbol.clone(),
            kind: r.kind,
            language: r.language,
            body: r.body.clone(),
            series: r.symbol.as_deref().map(series),
            session: r.session.clone(),
            session_number: r.session_number,
            meeting: r.meeting,
            date: r.date,
            turns: r.turns.len(),
            words: crate::timeline::word_count(text),
            bytes: text.len(),
            start: est.start,
            end: est.end,
            suspensions: est.suspensions.clone(),
            reviews: ReviewKey::of(parsed),
        }
    }

    /// The session as a grouping key: its number, else its printed words folded.
    pub fn session_key(&self) -> String {
        match (self.session_number, &self.session) {
            (Some(n), _) => format!("{n:05}"),
            (None, Some(s)) => super::fold(s),
            (None, None) => String::new(),
        }
    }

    /// The library's order: series, session, then meeting number (a body numbers its meetings
    /// in order, and a misprinted date cannot reorder them), then date.
    pub fn order_key(&self) -> (String, String, Option<u32>, Option<Date>) {
        (self.series.clone().unwrap_or_default(), self.session_key(), self.meeting, self.date)
    }
}

/// A symbol's series: what comes before the record part ("/SR.464", "/PV.102"):
/// "CMW/C/SR.464" → "CMW/C", "A/C.3/62/SR.22" → "A/C.3/62", "S/PV.8422" → "S",
/// "E/C.12/2003/SR.30" → "E/C.12/2003".
pub fn series(symbol: &str) -> String {
    let cut = ["/SR.", "/PV."].iter().filter_map(|m| symbol.find(m)).min();
    match cut {
        Some(i) => symbol[..i].to_string(),
        None => symbol.to_string(),
    }
}

/// A paragraph's citation, as readers write it: "CMW/C/SR.464, para. 23"; a record without
/// numbered paragraphs (a verbatim record) is cited by its symbol alone.
pub fn citation(symbol: Option<&str>, paragraph: Option<u32>) -> String {
    let symbol = symbol.unwrap_or("(no symbol)");
    match paragraph {
        Some(n) => format!("{symbol}, para. {n}"),
        None => symbol.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_cut_a_symbol_to_its_series() {
        assert_eq!(series("CMW/C/SR.464"), "CMW/C");
        assert_eq!(series("A/C.3/62/SR.22"), "A/C.3/62");
        assert_eq!(series("S/PV.8422"), "S");
        assert_eq!(series("E/C.12/2003/SR.30"), "E/C.12/2003");
    }

    #[test]
    fn should_summarise_the_seed() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        let s = Summary::of(&parsed, crate::viewer::SAMPLE, &crate::timeline::estimate(&parsed));
        assert_eq!((s.start, s.end), (Some(15.0 * 60.0 + 10.0), Some(18.0 * 60.0)));
        assert_eq!(s.symbol.as_deref(), Some("CMW/C/SR.464"));
        assert_eq!(s.meeting, Some(464));
        assert_eq!(s.turns, parsed.record.turns.len());
        assert!(s.words > 5000, "{}", s.words);
        assert_eq!(citation(s.symbol.as_deref(), Some(23)), "CMW/C/SR.464, para. 23");
        assert_eq!(citation(Some("S/PV.8422"), None), "S/PV.8422");
    }
}
