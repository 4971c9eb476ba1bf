//! The record's header: what meeting this is, when, who chaired, and its contents.

use super::Store;
use crate::model::{EventKind, Record, RecordKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Only the symbol, body and date.
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn RecordHeader(props: &HeaderProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let r = &shown.parsed.record;
    let kind = match r.kind {
        RecordKind::Summary => "Summary record",
        RecordKind::Verbatim => "Verbatim record",
    };
    let row = |label: &str, value: Option<String>| -> Html {
        match value {
            Some(v) => html! { <><dt>{ label.to_string() }</dt><dd>{ v }</dd></> },
            None => html! {},
        }
    };
    let chairs = (!r.chairs.is_empty()).then(|| {
        r.chairs
            .iter()
            .map(|c| {
                let aff = c.affiliation.as_ref().map(|a| format!(" ({a})")).unwrap_or_default();
                let later = if c.later { "later: " } else { "" };
                format!("{later}{}{aff}", c.name)
            })
            .collect::<Vec<_>>()
            .join("; ")
    });
    let chair_label = r.chairs.first().map_or("Chair".to_string(), |c| c.role.clone());
    html! {
        <section class="rl-header" aria-labelledby="rl-symbol">
            <p class="rl-kind">{ kind }{ if r.partial { " (partial)" } else { "" } }{ format!(" · {}", shown.name) }</p>
            <h2 id="rl-symbol" data-symbol={r.symbol.clone().unwrap_or_default()}>{ r.symbol.clone().unwrap_or_else(|| "Record without a symbol".to_string()) }</h2>
            if let Some(body) = &r.body { <p class="rl-committee">{ body }</p> }
            if props.compact {
                <p class="rl-compact-facts">{ [r.date.map(long_date), clock_summary(r)].into_iter().flatten().collect::<Vec<_>>().join(" · ") }</p>
            } else {
            <dl class="rl-facts">
                { row("Session", r.session.clone()) }
                { row("Meeting", r.meeting.map(|m| m.to_string())) }
                { row("Date", r.date.map(long_date)) }
                { row("Scheduled", r.scheduled_time.map(|t| t.to_un_style())) }
                { row("Place", r.place.clone()) }
                { row(&chair_label, chairs) }
                { row("Clock", clock_summary(r)) }
            </dl>
            }
            if !props.compact && (r.partial || r.part.is_some()) {
                <p class="rl-note">
                    { if r.partial { "A partial record: only part of the meeting is recorded." } else { "" } }
                    { r.part.as_ref().map(|p| format!(" This record covers the {p} part of the meeting.")).unwrap_or_default() }</p>
            }
            { for r.furniture.iter().filter(|f| f.kind == crate::model::FurnitureKind::Footnote).map(|f| html! {
                <p class="rl-footnote">{ &f.text }</p>
            }) }
            if !props.compact && !r.contents.is_empty() {
                <nav class="rl-contents" aria-label="Contents">
                    <h3>{ "Contents" }</h3>
                    <ol>{ for r.contents.iter().map(|c| {
                        let target = section_for(r, &c.text);
                        html! { <li>{ match target {
                            Some(i) => html! { <a href={format!("#s{i}")}>{ &c.text }</a> },
                            None => html! { <span>{ &c.text }</span> },
                        } }</li> }
                    }) }</ol>
                </nav>
            }
        </section>
    }
}

fn long_date(d: crate::model::Date) -> String {
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
    format!("{} {} {}", d.day, MONTHS.get(d.month as usize - 1).unwrap_or(&""), d.year)
}

/// "Called to order 3.10 p.m., rose 6 p.m.: 2 h 50 min (25 min suspended)".
fn clock_summary(r: &Record) -> Option<String> {
    let opened = r.events.iter().find(|e| e.kind == EventKind::Opened).and_then(|e| e.time);
    let rose = r
        .events
        .iter()
        .rev()
        .find(|e| matches!(e.kind, EventKind::Rose | EventKind::DiscussionEnded))
        .and_then(|e| e.time);
    let mut parts = Vec::new();
    if let Some(o) = opened {
        parts.push(format!("called to order {}", o.to_un_style()));
    }
    if let Some(c) = rose {
        parts.push(format!("rose {}", c.to_un_style()));
    }
    if parts.is_empty() {
        return None;
    }
    let mut s = parts.join(", ");
    if let (Some(o), Some(c)) = (opened, rose) {
        if c > o {
            let suspended: u32 = suspensions(r);
            let total = c.minutes() - o.minutes();
            s.push_str(&format!(": {}", duration(total)));
            if suspended > 0 {
                s.push_str(&format!(" ({} suspended)", duration(suspended)));
            }
        }
    }
    let mut chars = s.chars();
    Some(chars.next().map(|f| f.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default())
}

fn suspensions(r: &Record) -> u32 {
    let mut total = 0;
    let mut from = None;
    for e in &r.events {
        match (e.kind, e.time) {
            (EventKind::Suspended, Some(t)) => from = Some(t),
            (EventKind::Resumed, Some(t)) => {
                if let Some(f) = from.take() {
                    total += t.minutes().saturating_sub(f.minutes());
                }
            }
            _ => {}
        }
    }
    total
}

pub fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

fn section_for(r: &Record, contents: &str) -> Option<usize> {
    let norm = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect() };
    let c = norm(contents);
    r.sections.iter().position(|s| {
        let h = norm(&s.heading);
        !c.is_empty() && (h.starts_with(&c) || c.starts_with(&h) && h.len() > 10)
    })
}
