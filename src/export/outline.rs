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

use crate::model::*;
use std::fmt::Write;

pub fn outline(parsed: &Parsed) -> String {
    let r = &parsed.record;
    let mut out = String::new();
    header(r, &mut out);
    for item in &r.order {
        match *item {
            Item::Section(i) => {
                let s = &r.sections[i];
                let indent = if s.level > 1 { "  " } else { "" };
                let _ = writeln!(out, "{indent}§ {}", s.heading);
            }
            Item::Event(i) => {
                let _ = writeln!(out, "{}", event_line(&r.events[i]));
            }
            Item::Turn(i) => {
                let t = &r.turns[i];
                let _ = writeln!(out, "{}", turn_line(r, t));
                // Decisions announced inside a presiding officer's turn (verbatim records).
                let inside = r.paragraphs.iter().skip(t.first_paragraph).take(t.paragraph_count);
                for p in inside.filter(|p| p.kind == ParagraphKind::StageDirection) {
                    if p.stage != Some(StageKind::Interpretation) {
                        let _ = writeln!(out, "  {}", stage_line(p));
                    }
                }
            }
            Item::Paragraph(i) => {
                let _ = writeln!(out, "{}", stage_line(&r.paragraphs[i]));
            }
            Item::Unrecognised(i) => {
                let _ = writeln!(out, "? unrecognised: {}", shorten(&r.unrecognised[i].text, 80));
            }
        }
    }
    out
}

fn stage_line(p: &Paragraph) -> String {
    let number = p.number.map(|n| format!("¶{n}{} ", if p.inferred { "≈" } else { "" })).unwrap_or_default();
    let stage = p.stage.map(stage_name).unwrap_or("stage direction");
    format!("— {number}{stage}: {}", shorten(&p.text, 90))
}

fn header(r: &Record, out: &mut String) {
    let kind = match r.kind {
        RecordKind::Summary => "summary record",
        RecordKind::Verbatim => "verbatim record",
    };
    let lang = match r.language {
        Language::En => "en",
        Language::Fr => "fr",
        Language::Es => "es",
    };
    let symbol = r.symbol.as_deref().unwrap_or("(no symbol)");
    let partial = if r.partial { " · partial" } else { "" };
    let _ = writeln!(out, "{symbol} · {kind} · {lang}{partial}");
    let mut facts = Vec::new();
    if let Some(b) = &r.body {
        facts.push(b.clone());
    }
    if let Some(s) = &r.session {
        facts.push(s.clone());
    }
    if let Some(m) = r.meeting {
        facts.push(format!("meeting {m}"));
    }
    if let Some(d) = r.date {
        facts.push(d.to_string());
    }
    if let Some(t) = r.scheduled_time {
        facts.push(format!("scheduled {t}"));
    }
    if let Some(p) = &r.place {
        facts.push(p.clone());
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}", facts.join(" · "));
    }
    for c in &r.chairs {
        let later = if c.later { "later " } else { "" };
        let aff = c.affiliation.as_ref().map(|a| format!(" ({a})")).unwrap_or_default();
        let _ = writeln!(out, "{later}{}: {}{aff}", c.role, c.name);
    }
}

fn event_line(e: &Event) -> String {
    let time = e.time.map_or("--:--".to_string(), |t| t.to_string());
    let day = if e.next_day { " next day" } else { "" };
    match (&e.kind, &e.person) {
        (EventKind::ChairChanged, Some(p)) => format!("[{time}] {p} took the Chair"),
        _ => format!("[{time}{day}] {}", e.formula),
    }
}

/// "Mr. Kariyawasam (Country Rapporteur)", "The Chair, speaking as Country Rapporteur",
/// "The President (spoke in French)", "(unknown speaker)".
pub fn speaker_label(t: &Turn) -> String {
    let s = &t.speaker;
    let mut label = s.name.clone().unwrap_or_else(|| "(unknown speaker)".to_string());
    if let Some(a) = &s.affiliation {
        let _ = write!(label, " ({a})");
    }
    if let Some(role) = &s.role {
        let _ = write!(label, ", {role}");
    }
    if let Some(as_) = &s.speaking_as {
        let on_behalf = as_.starts_with("on behalf") || as_.starts_with("in ");
        let _ = write!(label, ", speaking {}{as_}", if on_behalf { "" } else { "as " });
    }
    if let Some(i) = &t.interpretation {
        let _ = write!(label, " ({i})");
    }
    label
}

fn turn_line(r: &Record, t: &Turn) -> String {
    let paras = if t.paragraphs.is_empty() {
        let n = t.paragraph_count;
        format!("{n} paragraph{}", if n == 1 { "" } else { "s" })
    } else {
        let inferred =
            r.paragraphs[t.first_paragraph..t.first_paragraph + t.paragraph_count].iter().any(|p| p.inferred);
        format!("¶{}{}", paragraph_ranges(&t.paragraphs), if inferred { " (≈ inferred)" } else { "" })
    };
    let country = match (&t.speaker.country, &t.speaker.affiliation) {
        (Some(c), None) => format!(" [{c}]"),
        _ => String::new(),
    };
    format!("{}{country} {paras} · {}", speaker_label(t), t.speaker.side.as_str())
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

fn stage_name(s: StageKind) -> &'static str {
    match s {
        StageKind::Seating => "seating",
        StageKind::Decision => "decision",
        StageKind::Adoption => "adoption",
        StageKind::Vote => "vote",
        StageKind::Silence => "silence",
        StageKind::Interpretation => "interpretation",
        StageKind::Other => "stage direction",
    }
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max).collect();
    s.push('…');
    s
}
