//! The readable outline: the meeting as a list a person can scan.
//!
//! ```text
//! CMW/C/SR.464 · summary record · en
//! [15:10] called to order
//! § Consideration of reports submitted by States parties under article 73 of the Convention (continued)
//!   § Third periodic report of Azerbaijan (CMW/C/AZE/3; CMW/C/AZE/QPR/3)
//! — ¶1 seating: At the invitation of the Chair, the delegation of Azerbaijan joined the …
//! The Chair ¶2 · chair
//! Mr. Kariyawasam (Country Rapporteur) ¶20-24 · member
//! [16:30] suspended
//! ```
//!
//! Its labels come from the interface's tables ([`crate::i18n`]): [`outline`] writes them in
//! English (the snapshot format), [`outline_in`] in French or Spanish ("compte rendu
//! analytique", "séance 464", "— ¶1 installation: ..."). The record's own words stay as printed.

use crate::i18n::{self, Lang, Table, Text};
use crate::model::*;
use std::fmt::Write;

/// The outline with English labels.
pub fn outline(parsed: &Parsed) -> String {
    outline_in(parsed, Lang::En)
}

/// The outline with its labels in `lang`.
pub fn outline_in(parsed: &Parsed, lang: Lang) -> String {
    let r = &parsed.record;
    let t = lang.table();
    let mut out = String::new();
    header(r, t, &mut out);
    for item in &r.order {
        match *item {
            Item::Section(i) => {
                let s = &r.sections[i];
                let indent = if s.level > 1 { "  " } else { "" };
                let _ = writeln!(out, "{indent}§ {}", s.heading);
            }
            Item::Event(i) => {
                let _ = writeln!(out, "{}", event_line(&r.events[i], lang));
            }
            Item::Turn(i) => {
                let turn = &r.turns[i];
                let _ = writeln!(out, "{}", turn_line(r, turn, lang));
                // Decisions announced inside a presiding officer's turn (verbatim records).
                let inside = r.paragraphs.iter().skip(turn.first_paragraph).take(turn.paragraph_count);
                for p in inside.filter(|p| p.kind == ParagraphKind::StageDirection) {
                    if p.stage != Some(StageKind::Interpretation) {
                        let _ = writeln!(out, "  {}", stage_line(p, lang));
                    }
                }
            }
            Item::Paragraph(i) => {
                let _ = writeln!(out, "{}", stage_line(&r.paragraphs[i], lang));
            }
            Item::Unrecognised(i) => {
                let _ = writeln!(out, "? {}: {}", t.text(Text::Unrecognised), shorten(&r.unrecognised[i].text, 80));
            }
        }
    }
    out
}

fn stage_line(p: &Paragraph, lang: Lang) -> String {
    let number = p.number.map(|n| format!("¶{n}{} ", if p.inferred { "≈" } else { "" })).unwrap_or_default();
    let stage = i18n::stage(lang, p.stage.unwrap_or(StageKind::Other));
    format!("— {number}{stage}: {}", shorten(&p.text, 90))
}

fn header(r: &Record, t: &dyn Table, out: &mut String) {
    let kind = t.outline_kind(r.kind == RecordKind::Verbatim);
    let lang = match r.language {
        Language::En => "en",
        Language::Fr => "fr",
        Language::Es => "es",
    };
    let symbol = r.symbol.as_deref().unwrap_or(t.text(Text::NoSymbolMark));
    let partial = if r.partial { t.text(Text::PartialMark).trim().trim_matches(['(', ')']) } else { "" };
    let partial = if r.partial { format!(" · {partial}") } else { String::new() };
    let _ = writeln!(out, "{symbol} · {kind} · {lang}{partial}");
    let mut facts = Vec::new();
    if let Some(b) = &r.body {
        facts.push(b.clone());
    }
    if let Some(s) = &r.session {
        facts.push(s.clone());
    }
    if let Some(m) = r.meeting {
        facts.push(t.outline_meeting(m));
    }
    if let Some(d) = r.date {
        facts.push(d.to_string());
    }
    if let Some(time) = r.scheduled_time {
        facts.push(t.outline_scheduled(&time.to_string()));
    }
    if let Some(p) = &r.place {
        facts.push(p.clone());
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}", facts.join(" · "));
    }
    for c in &r.chairs {
        let later = if c.later { t.text(Text::Later).trim_end().trim_end_matches(':') } else { "" };
        let later = if c.later { format!("{later} ") } else { String::new() };
        let aff = c.affiliation.as_ref().map(|a| format!(" ({a})")).unwrap_or_default();
        let _ = writeln!(out, "{later}{}: {}{aff}", c.role, c.name);
    }
}

fn event_line(e: &Event, lang: Lang) -> String {
    let time = e.time.map_or("--:--".to_string(), |t| t.to_string());
    let day = if e.next_day { i18n::text(lang, Text::NextDay) } else { "" };
    match (&e.kind, &e.person) {
        (EventKind::ChairChanged, Some(p)) => format!("[{time}] {}", lang.table().took_the_chair(p)),
        // The formula in English is the parser's own words, kept as they are.
        _ if lang == Lang::En => format!("[{time}{day}] {}", e.formula),
        _ => format!("[{time}{day}] {}", i18n::formula(lang, &e.formula)),
    }
}

/// "Mr. Kariyawasam (Country Rapporteur)", "The Chair, speaking as Country Rapporteur",
/// "The President (spoke in French)", "(unknown speaker)".
pub fn speaker_label(t: &Turn) -> String {
    speaker_label_in(t, Lang::En)
}

/// [`speaker_label`] with its own words in `lang`.
pub fn speaker_label_in(t: &Turn, lang: Lang) -> String {
    let s = &t.speaker;
    let mut label = s.name.clone().unwrap_or_else(|| i18n::text(lang, Text::UnknownSpeakerLabel).to_string());
    if let Some(a) = &s.affiliation {
        let _ = write!(label, " ({a})");
    }
    if let Some(role) = &s.role {
        let _ = write!(label, ", {role}");
    }
    if let Some(as_) = &s.speaking_as {
        let on_behalf = as_.starts_with("on behalf") || as_.starts_with("in ");
        if lang == Lang::En {
            let _ = write!(label, ", speaking {}{as_}", if on_behalf { "" } else { "as " });
        } else if on_behalf {
            let _ = write!(label, ", {as_}");
        } else {
            let _ = write!(label, ", {}", lang.table().speaking_as(as_));
        }
    }
    if let Some(i) = &t.interpretation {
        let _ = write!(label, " ({i})");
    }
    label
}

fn turn_line(r: &Record, t: &Turn, lang: Lang) -> String {
    let table = lang.table();
    let paras = if t.paragraphs.is_empty() {
        table.outline_paragraphs(t.paragraph_count)
    } else {
        let inferred =
            r.paragraphs[t.first_paragraph..t.first_paragraph + t.paragraph_count].iter().any(|p| p.inferred);
        let inferred = if inferred { format!(" (≈ {})", table.text(Text::Inferred)) } else { String::new() };
        format!("¶{}{inferred}", paragraph_ranges(&t.paragraphs))
    };
    let country = match (&t.speaker.country, &t.speaker.affiliation) {
        (Some(c), None) => format!(" [{c}]"),
        _ => String::new(),
    };
    format!("{}{country} {paras} · {}", speaker_label_in(t, lang), table.side(t.speaker.side))
}

/// [3,4,5,7] → "3-5, 7".
pub fn paragraph_ranges(numbers: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let start = numbers[i];
        let mut end = start;
        while i + 1 < numbers.len() && numbers[i + 1] == end + 1 {
            end += 1;
            i += 1;
        }
        parts.push(if start == end { start.to_string() } else { format!("{start}-{end}") });
        i += 1;
    }
    parts.join(", ")
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max).collect();
    s.push('…');
    s
}
