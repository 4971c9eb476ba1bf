//! The body in order: agenda sections, the clock's events (a suspension as one
//! band), stage directions, turns, and anything the parser could not place.

use super::turn::{paragraph, TurnCard};
use super::Store;
use crate::model::{Event, EventKind, Item};
use crate::viewer::Action;
use yew::prelude::*;

#[component]
pub fn Timeline() -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let r = &shown.parsed.record;
    let items = store.visible_items();
    let mut out = Vec::with_capacity(items.len());
    let mut k = 0;
    while k < items.len() {
        match items[k] {
            Item::Section(i) => out.push(section(&store, i)),
            Item::Event(i) => {
                let next = items.get(k + 1).and_then(|it| match it {
                    Item::Event(j) if r.events[*j].kind == EventKind::Resumed => Some(*j),
                    _ => None,
                });
                if r.events[i].kind == EventKind::Suspended {
                    out.push(suspension(&r.events[i], next.map(|j| &r.events[j])));
                    if next.is_some() {
                        k += 1;
                    }
                } else {
                    out.push(event(&r.events[i]));
                }
            }
            Item::Turn(t) => out.push(html! { <TurnCard key={format!("t{t}")} index={t} /> }),
            Item::Paragraph(p) => out.push(paragraph(&store, p, &r.paragraphs[p])),
            Item::Unrecognised(u) => out.push(html! {
                <div class="rl-unrecognised" id={format!("u{u}")}>
                    <span class="rl-tag">{ "Not recognised" }</span>{ &r.unrecognised[u].text }
                </div>
            }),
        }
        k += 1;
    }
    let filtered = !store.speakers.is_empty();
    html! {
        <section class="rl-timeline" aria-label="The meeting">
            if filtered {
                <p class="rl-note">{ "Showing only the selected speakers. " }
                    <button type="button" class="rl-link" onclick={let s = store.clone(); Callback::from(move |_| s.dispatch(Action::ClearSpeakers))}>{ "Show everyone" }</button></p>
            }
            { for out }
        </section>
    }
}

fn section(store: &Store, i: usize) -> Html {
    let Some(shown) = &store.shown else { return html! {} };
    let s = &shown.parsed.record.sections[i];
    let open = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ExpandSection(i)))
    };
    let close = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::CollapseSection(i)))
    };
    let has_turns = !store.section_turns(i).is_empty();
    let heading = html! { <>{ &s.heading }</> };
    html! {
        <div class={classes!("rl-section", format!("rl-level-{}", s.level))} id={format!("s{i}")} data-section={i.to_string()}>
            if s.level <= 1 { <h3>{ heading }</h3> } else { <h4>{ heading }</h4> }
            if has_turns {
                <span class="rl-section-actions">
                    <button type="button" class="rl-quiet" onclick={open} aria-label={format!("Expand all turns under {}", s.heading)}>{ "Expand" }</button>
                    <button type="button" class="rl-quiet" onclick={close} aria-label={format!("Collapse all turns under {}", s.heading)}>{ "Collapse" }</button>
                </span>
            }
        </div>
    }
}

fn words(e: &Event) -> &'static str {
    match (e.kind, e.formula.as_str()) {
        (EventKind::Opened, "public part called to order") => "The public part of the meeting was called to order",
        (EventKind::Opened, "discussion began") => "The discussion covered in the record began",
        (EventKind::Opened, "reconvened") => "The meeting was reconvened",
        (EventKind::Opened, _) => "The meeting was called to order",
        (EventKind::Suspended, _) => "The meeting was suspended",
        (EventKind::Resumed, _) => "The meeting resumed",
        (EventKind::Rose, "adjourned") => "The meeting was adjourned",
        (EventKind::Rose, _) => "The meeting rose",
        (EventKind::DiscussionEnded, _) => "The discussion covered in the record ended",
        (EventKind::ChairChanged, _) => "took the Chair",
    }
}

fn time_html(e: &Event) -> Html {
    match e.time {
        Some(t) => html! { <time datetime={t.to_string()}>{ t.to_un_style() }</time> },
        None => html! { <span>{ "(no time given)" }</span> },
    }
}

fn event(e: &Event) -> Html {
    let kind = e.kind.as_str();
    let time = e.time.map(|t| t.to_string());
    if e.kind == EventKind::ChairChanged {
        return html! {
            <div class="rl-event rl-chair-change" data-event={kind}>
                { format!("{} took the Chair", e.person.clone().unwrap_or_default()) }
            </div>
        };
    }
    html! {
        <div class={classes!("rl-event", format!("rl-event-{kind}"))} data-event={kind} data-time={time}>
            <span class="rl-event-words">{ words(e) }</span>{ " " }{ time_html(e) }
        </div>
    }
}

/// "Suspended 4.30 p.m. – resumed 4.55 p.m., 25 min".
fn suspension(s: &Event, r: Option<&Event>) -> Html {
    let length = match (s.time, r.and_then(|r| r.time)) {
        (Some(a), Some(b)) if b > a => format!(", {}", super::header::duration(b.minutes() - a.minutes())),
        _ => String::new(),
    };
    html! {
        <div class="rl-suspension" role="note" aria-label="Suspension">
            <span data-event="suspended" data-time={s.time.map(|t| t.to_string())}>{ "Suspended " }{ time_html(s) }</span>
            if let Some(r) = r {
                { " – " }<span data-event="resumed" data-time={r.time.map(|t| t.to_string())}>{ "resumed " }{ time_html(r) }</span>
            } else {
                <span class="rl-note">{ " (the record does not say when it resumed)" }</span>
            }
            { length }
        </div>
    }
}
