//! Procedural events: the meeting's clock.
//!
//! Forms accepted (English from real records, French and Spanish from the UN's
//! standard formulas):
//!
//! | event | English | French | Spanish |
//! |---|---|---|---|
//! | opened | `The meeting was called to order at 3.10 p.m.`; `The public part of the meeting was called to order at 11.10 a.m.`; `The second part (public) of the meeting was called to order at 4.05 p.m.`; `The discussion covered in the summary record began at 5.50 p.m.`; `The meeting was reconvened at 3.10 p.m.` | `La séance est ouverte à 10 h 10.`; `La deuxième partie (publique) de la séance est ouverte à 17 h 45.` | `Se declara abierta la sesión a las 10.05 horas.`; `Se abre la sesión a las 10.00 horas.`; `Se declara abierta la parte pública de la sesión a las 16.20 horas.` |
//! | suspended / resumed | `The meeting was suspended at 4.35 p.m. and` / `resumed at 5.15 p.m.`; `The meeting resumed at ...`; `The meeting was resumed at ...` | `La séance est suspendue à 16 h 30; elle est reprise à 16 h 55.`; `La séance est reprise à ...` | `Se suspende la sesión a las 16.30 horas y se reanuda a las 16.55 horas.`; `Se reanuda la sesión a las ...` |
//! | rose | `The meeting rose at 6 p.m.`; `The meeting was adjourned at 1 p.m.` | `La séance est levée à 18 heures.` | `Se levanta la sesión a las 18.00 horas.` |
//! | discussion ended | `The discussion covered in the summary record ended at 12.30 p.m.` | `... prend fin à ...` | `... termina a las ...` |
//! | chair changed | `Ms. Haidar (Vice-Chair) took the Chair.`; `In the absence of the President, Mr. Agyeman (Ghana), Vice-President, took the Chair.` | `... assume la présidence.` | `... ocupa la Presidencia.` |
//!
//! A resumption written in the same sentence as the suspension becomes a second
//! event; the sentence's source is split between the two at the word "resumed".

use super::clock::first_time;
use super::text::{contains_ci, find_ci, starts_with_ci, strip_prefix_ci};
use crate::model::{ClockTime, EventKind};

/// An event found at the start of a block.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundEvent {
    pub kind: EventKind,
    pub time: Option<ClockTime>,
    pub formula: &'static str,
    pub next_day: bool,
    pub person: Option<String>,
}

/// Cheap check used while joining lines: could this line open an event?
pub fn starts_event(line: &str) -> bool {
    // Every formula starts with T, L, S, I, P or E: most lines are rejected by their first byte.
    if !matches!(
        line.as_bytes().first(),
        Some(b'T' | b't' | b'L' | b'l' | b'S' | b's' | b'I' | b'i' | b'P' | b'p' | b'E' | b'e')
    ) {
        return false;
    }
    let first = line.as_bytes()[0].to_ascii_lowercase();
    super::vocabulary::EVENT_STARTS
        .iter()
        .filter(|p| p.as_bytes()[0].to_ascii_lowercase() == first)
        .any(|p| starts_with_ci(line, p))
}

/// The events a block states, or none if it is not an event line.
pub fn recognise(text: &str) -> Vec<FoundEvent> {
    if text.len() > 400 {
        return Vec::new();
    }
    // A chair change is one sentence ending in "took the Chair." or its French/Spanish forms.
    let trimmed = text.trim_end();
    // The sentence may lose its full stop ("... Mr. El-Shafei, Vice-Chairman took the Chair").
    let chair_like =
        ["Chair", "chair", "présidence", "Presidencia"].iter().any(|e| trimmed.trim_end_matches('.').ends_with(e));
    if let Some(e) = chair_like.then(|| chair_change(text)).flatten() {
        return vec![e];
    }
    if !starts_event(text) {
        return Vec::new();
    }
    // "Se declara abierta la sesión a las 1 1 . 2 0 horas": digits spaced out by a web page.
    let time =
        first_time(text).or_else(|| super::clock::despaced(text).and_then(|d| first_time(&d)).map(|(t, _)| (t, 0)));
    let at = |kind, formula| FoundEvent { kind, time: time.map(|t| t.0), formula, next_day: false, person: None };
    let head = super::text::prefix(text, 120);
    let has = |needle: &str| contains_ci(head, needle);
    if has("suspend") {
        let mut events = vec![at(EventKind::Suspended, "suspended")];
        if let Some(r) = resumption_after(text, time.map_or(0, |t| t.1)) {
            events.push(r);
            if let Some(c) = resumed_with_chair(text) {
                events.push(c);
            }
        }
        return events;
    }
    let event = if has("called to order")
        || has("est ouverte")
        || has("declara abierta")
        || has("se abre")
        || has("was opened")
    {
        let public = has("public") || has("publique") || has("pública");
        at(EventKind::Opened, if public { "public part called to order" } else { "called to order" })
    } else if has("began at") || has("commence à") || has("comienza a") || has("se inicia a") {
        at(EventKind::Opened, "discussion began")
    } else if has("reconvened") {
        at(EventKind::Opened, "reconvened")
    } else if has("resumed") || has("est reprise") || has("se reanuda") {
        at(EventKind::Resumed, "resumed")
    } else if has("meeting rose") || has("est levée") || has("se levanta") || has("was closed at") {
        at(EventKind::Rose, "rose")
    } else if has("adjourned") {
        at(EventKind::Rose, "adjourned")
    } else if has("ended at") || has("prend fin") || has("termina a") || has("concluded at") {
        at(EventKind::DiscussionEnded, "discussion ended")
    } else {
        return Vec::new();
    };
    // Without a clock time only a short clause ("The meeting rose.") is an event.
    if time.is_none() && text.len() > 80 {
        return Vec::new();
    }
    vec![event]
}

/// "... and resumed at 4.55 p.m.", "; elle est reprise à 16 h 55", "y se reanuda a las 16.55 horas".
fn resumption_after(text: &str, from: usize) -> Option<FoundEvent> {
    let rest = &text[from..];
    let at = resume_word(rest)?;
    let after = &rest[at..];
    let time = first_time(after).map(|t| t.0);
    let next_day = contains_ci(after, " on ") || contains_ci(after, "following day") || contains_ci(after, "next day");
    Some(FoundEvent { kind: EventKind::Resumed, time, formula: "resumed", next_day, person: None })
}

/// "... and resumed at 3.20 p.m. with Mr. Wolfe (Jamaica), Vice-President, in the Chair."
fn resumed_with_chair(text: &str) -> Option<FoundEvent> {
    let at = with_chair_word(text)?;
    let rest = text[at + " with ".len()..].trim_end().trim_end_matches('.');
    let person = rest.strip_suffix("in the Chair")?.trim().trim_end_matches(',');
    let name = person.split(" (").next().unwrap_or(person).split(", ").next().unwrap_or(person).trim();
    (!name.is_empty() && name.len() < 80).then(|| FoundEvent {
        kind: EventKind::ChairChanged,
        time: None,
        formula: "took the Chair",
        next_day: false,
        person: Some(name.to_string()),
    })
}

/// Where "with X in the Chair" starts in a resumption sentence.
pub fn with_chair_word(s: &str) -> Option<usize> {
    s.trim_end().trim_end_matches('.').ends_with("in the Chair").then(|| s.rfind(" with ")).flatten()
}

/// Where the resumption clause starts in `s`.
pub fn resume_word(s: &str) -> Option<usize> {
    ["resumed", "elle est reprise", "se reanuda", "reanudándose"].iter().filter_map(|w| find_ci(s, w)).min()
}

fn chair_change(text: &str) -> Option<FoundEvent> {
    if text.len() > 300 {
        return None;
    }
    let t = text.trim_end_matches('.');
    // "The President returned to the Chair." names the office, not the person.
    for w in ["returned to the Chair", "resumed the Chair", "reprend la présidence", "vuelve a ocupar la Presidencia"]
    {
        if let Some(i) = t.find(w) {
            let who = t[..i].trim();
            if !who.is_empty() && who.len() < 60 && who.starts_with(|c: char| c.is_uppercase()) {
                let name = who.split(" (").next().unwrap_or(who).split(", ").next().unwrap_or(who);
                return Some(FoundEvent {
                    kind: EventKind::ChairChanged,
                    time: None,
                    formula: "returned to the Chair",
                    next_day: false,
                    person: Some(name.trim().to_string()),
                });
            }
        }
    }
    // The formulas are printed in this case; a plain search is fast on every block.
    let (before, _) =
        ["took the Chair", "took the chair", "assume la présidence", "ocupa la Presidencia", "assumed the Chair"]
            .iter()
            .find_map(|w| t.find(w).map(|i| (&t[..i], &t[i..])))?;
    if t.len() > 300 || before.trim().is_empty() {
        return None;
    }
    let mut person = before.trim().trim_end_matches(',').trim();
    for prefix in ["In the absence of", "Pending the election of", "En l'absence de", "En ausencia de"] {
        if let Some(rest) = strip_prefix_ci(person, prefix) {
            person = rest.split_once(", ").map_or(rest, |(_, p)| p).trim();
        }
    }
    let name = person.split(" (").next().unwrap_or(person).split(", ").next().unwrap_or(person);
    // "..., el Sr. Koulyk ocupa la Presidencia": the article is not part of the name.
    let name =
        ["el ", "la ", "le ", "El ", "La ", "Le "].iter().find_map(|a| name.trim().strip_prefix(a)).unwrap_or(name);
    Some(FoundEvent {
        kind: EventKind::ChairChanged,
        time: None,
        formula: "took the Chair",
        next_day: false,
        person: Some(name.trim().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(EventKind, Option<String>, &'static str)> {
        recognise(text).into_iter().map(|e| (e.kind, e.time.map(|t| t.to_string()), e.formula)).collect()
    }

    #[test]
    fn should_recognise_english_events() {
        assert_eq!(
            kinds("The meeting was called to order at 3.10 p.m."),
            [(EventKind::Opened, Some("15:10".into()), "called to order")]
        );
        assert_eq!(
            kinds("The public part of the meeting was called to order at 11.10 a.m."),
            [(EventKind::Opened, Some("11:10".into()), "public part called to order")]
        );
        assert_eq!(
            kinds("The discussion covered in the summary record began at 5.05 p.m."),
            [(EventKind::Opened, Some("17:05".into()), "discussion began")]
        );
        assert_eq!(
            kinds("The meeting was reconvened at 3.10 p.m."),
            [(EventKind::Opened, Some("15:10".into()), "reconvened")]
        );
        assert_eq!(
            kinds("The meeting was suspended at 4.35 p.m. and resumed at 5.15 p.m."),
            [
                (EventKind::Suspended, Some("16:35".into()), "suspended"),
                (EventKind::Resumed, Some("17:15".into()), "resumed")
            ]
        );
        assert_eq!(kinds("The meeting rose at 6 p.m."), [(EventKind::Rose, Some("18:00".into()), "rose")]);
        assert_eq!(kinds("The meeting rose a·t 6.30 p.m."), [(EventKind::Rose, Some("18:30".into()), "rose")]);
        assert_eq!(
            kinds("The meeting was adjourned at 1 p.m."),
            [(EventKind::Rose, Some("13:00".into()), "adjourned")]
        );
        assert_eq!(
            kinds("The discussion covered in the summary record ended at 12.30 p.m."),
            [(EventKind::DiscussionEnded, Some("12:30".into()), "discussion ended")]
        );
        assert_eq!(kinds("The meeting resumed at 3.15 p.m."), [(EventKind::Resumed, Some("15:15".into()), "resumed")]);
    }

    #[test]
    fn should_recognise_french_and_spanish_formulas() {
        assert_eq!(
            kinds("La séance est ouverte à 10 h 10."),
            [(EventKind::Opened, Some("10:10".into()), "called to order")]
        );
        assert_eq!(
            kinds("La séance est suspendue à 16 h 30; elle est reprise à 16 h 55."),
            [
                (EventKind::Suspended, Some("16:30".into()), "suspended"),
                (EventKind::Resumed, Some("16:55".into()), "resumed")
            ]
        );
        assert_eq!(kinds("La séance est levée à 18 heures."), [(EventKind::Rose, Some("18:00".into()), "rose")]);
        assert_eq!(
            kinds("Se declara abierta la parte pública de la sesión a las 16.20 horas."),
            [(EventKind::Opened, Some("16:20".into()), "public part called to order")]
        );
        assert_eq!(
            kinds("Se suspende la sesión a las 16.30 horas y se reanuda a las 16.55 horas."),
            [
                (EventKind::Suspended, Some("16:30".into()), "suspended"),
                (EventKind::Resumed, Some("16:55".into()), "resumed")
            ]
        );
        assert_eq!(kinds("Se levanta la sesión a las 18.00 horas."), [(EventKind::Rose, Some("18:00".into()), "rose")]);
    }

    #[test]
    fn should_recognise_chair_changes() {
        let e = recognise("In the absence of the President, Mr. Agyeman (Ghana), Vice-President, took the Chair.");
        assert_eq!(e[0].kind, EventKind::ChairChanged);
        assert_eq!(e[0].person.as_deref(), Some("Mr. Agyeman"));
        let e = recognise("Ms. Haidar (Vice-Chair) took the Chair.");
        assert_eq!(e[0].person.as_deref(), Some("Ms. Haidar"));
    }

    #[test]
    fn should_not_take_speech_for_an_event() {
        assert!(recognise("The meeting of the working group had been productive and he hoped it would continue.")
            .is_empty());
        assert!(recognise("The Chair said that the meeting was suspended.").is_empty());
    }
}
