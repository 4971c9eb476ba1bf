//! The record's header: what meeting this is, when, who chaired, and its contents.

use super::Store;
use crate::i18n::{Lang, Table, Text};
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
    let lang = store.lang;
    let t = lang.table();
    // The record's own words are marked with the record's language.
    let record_lang = Lang::of_record(r.language).code();
    let kind = t.text(match r.kind {
        RecordKind::Summary => Text::SummaryRecord,
        RecordKind::Verbatim => Text::VerbatimRecord,
    });
    let row = |label: &str, value: Option<String>| -> Html {
        match value {
            Some(v) => html! { <><dt>{ label.to_string() }</dt><dd lang={record_lang}>{ v }</dd></> },
            None => html! {},
        }
    };
    let chairs = (!r.chairs.is_empty()).then(|| {
        r.chairs
            .iter()
            .map(|c| {
                let aff = c.affiliation.as_ref().map(|a| format!(" ({a})")).unwrap_or_default();
                let later = if c.later { t.text(Text::Later) } else { "" };
                format!("{later}{}{aff}", c.name)
            })
            .collect::<Vec<_>>()
            .join("; ")
    });
    // The officer's title as the record prints it, when it is in the interface's language.
    let chair_label = r
        .chairs
        .first()
        .filter(|_| Lang::of_record(r.language) == lang)
        .map_or(t.text(Text::Chair).to_string(), |c| c.role.clone());
    let name = crate::viewer::display_name(lang, &shown.name);
    html! {
        <section class="rl-header" aria-labelledby="rl-symbol">
            <p class="rl-kind">{ kind }{ if r.partial { t.text(Text::PartialMark) } else { "" } }{ format!(" · {name}") }</p>
            <h2 id="rl-symbol" data-symbol={r.symbol.clone().unwrap_or_default()}>{ r.symbol.clone().unwrap_or_else(|| t.text(Text::NoSymbol).to_string()) }</h2>
            if let Some(body) = &r.body { <p class="rl-committee" lang={record_lang}>{ body }</p> }
            if props.compact {
                <p class="rl-compact-facts">{ [r.date.map(|d| t.date(d)), clock_summary(r, t)].into_iter().flatten().collect::<Vec<_>>().join(" · ") }</p>
            } else {
            <dl class="rl-facts">
                { row(t.text(Text::Session), r.session.clone()) }
                { row(t.text(Text::Meeting), r.meeting.map(|m| m.to_string())) }
                { row(t.text(Text::Date), r.date.map(|d| t.date(d))) }
                { row(t.text(Text::Scheduled), r.scheduled_time.map(|x| t.time(x))) }
                { row(t.text(Text::Place), r.place.clone()) }
                { row(&chair_label, chairs) }
                { row(t.text(Text::Clock), clock_summary(r, t)) }
            </dl>
            }
            if !props.compact && (r.partial || r.part.is_some()) {
                <p class="rl-note">
                    { if r.partial { t.text(Text::PartialNote) } else { "" } }
                    { r.part.as_ref().map(|p| t.part_note(p)).unwrap_or_default() }</p>
            }
            { for r.furniture.iter().filter(|f| f.kind == crate::model::FurnitureKind::Footnote).map(|f| html! {
                <p class="rl-footnote" lang={record_lang}>{ &f.text }</p>
            }) }
            if !props.compact && !r.contents.is_empty() {
                <nav class="rl-contents" aria-label={t.text(Text::Contents)}>
                    <h3>{ t.text(Text::Contents) }</h3>
                    <ol lang={record_lang}>{ for r.contents.iter().map(|c| {
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

/// "Called to order 3.10 p.m., rose 6 p.m.: 2 h 50 min (25 min suspended)".
fn clock_summary(r: &Record, t: &dyn Table) -> Option<String> {
    let opened = r.events.iter().find(|e| e.kind == EventKind::Opened).and_then(|e| e.time);
    let rose = r
        .events
        .iter()
        .rev()
        .find(|e| matches!(e.kind, EventKind::Rose | EventKind::DiscussionEnded))
        .and_then(|e| e.time);
    let mut parts = Vec::new();
    if let Some(o) = opened {
        parts.push(t.called_to_order_at(&t.time(o)));
    }
    if let Some(c) = rose {
        parts.push(t.rose_at(&t.time(c)));
    }
    if parts.is_empty() {
        return None;
    }
    let mut s = parts.join(", ");
    if let (Some(o), Some(c)) = (opened, rose) {
        if c > o {
            let suspended: u32 = suspensions(r);
            let total = c.minutes() - o.minutes();
            s = t.clock_length(&s, &duration(total));
            if suspended > 0 {
                s.push_str(&format!(" ({})", t.suspended_for(&duration(suspended))));
            }
        }
    }
    Some(crate::i18n::capitalised(&s))
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

pub use crate::i18n::duration;

fn section_for(r: &Record, contents: &str) -> Option<usize> {
    let norm = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect() };
    let c = norm(contents);
    r.sections.iter().position(|s| {
        let h = norm(&s.heading);
        !c.is_empty() && (h.starts_with(&c) || c.starts_with(&h) && h.len() > 10)
    })
}
