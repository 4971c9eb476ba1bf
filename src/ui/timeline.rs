//! The body in order: agenda sections, the clock's events (a suspension as one
//! band), stage directions, turns, and anything the parser could not place.

use super::turn::{paragraph, TurnCard};
use super::Store;
use crate::i18n::{Lang, Text};
use crate::model::{Event, EventKind, Item};
use crate::viewer::Action;
use std::rc::Rc;
use yew::prelude::*;

/// Items rendered per chunk. A chunk is its own component, so once drawn it is not
/// rendered again while later chunks are added.
const CHUNK: usize = 100;
/// Chunks added per task while a long record is drawn; the first paint has one.
const CHUNKS_PER_TASK: usize = 3;

/// The visible items, compared by identity (they are recomputed only when the record or
/// the speaker filter changes).
#[derive(Clone)]
pub struct Items(Rc<Vec<Item>>);

impl PartialEq for Items {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The body, drawn in slices: the first chunk at once, the rest a few chunks per task, so a
/// record of several megabytes paints quickly and the page never blocks for long. A deep
/// link, a search hit or a clock segment further down is drawn at once with all before it.
#[component]
pub fn Timeline() -> Html {
    let store = use_context::<Store>().expect("store");
    let record_id = store.shown.as_ref().map_or(0, |s| Rc::as_ptr(&s.parsed) as *const u8 as usize);
    let items = {
        let store = store.clone();
        use_memo((record_id, store.speakers.clone()), move |_| Items(Rc::new(store.visible_items())))
    };
    // (record, items drawn): a new record starts again from one chunk, in the same render.
    let drawn = use_state_eq(|| (record_id, CHUNK));
    let drawn_here = if drawn.0 == record_id { drawn.1 } else { CHUNK };
    let total = items.0.len();
    // Draw at least down to the paragraph a link or a search points at.
    let needed = store.highlighted.and_then(|h| {
        let r = &store.shown.as_ref()?.parsed.record;
        let k = items.0.iter().position(|it| match *it {
            Item::Turn(t) => {
                let turn = &r.turns[t];
                (turn.first_paragraph..turn.first_paragraph + turn.paragraph_count).contains(&h)
            }
            Item::Paragraph(p) => p == h,
            _ => false,
        })?;
        Some((k / CHUNK + 1) * CHUNK)
    });
    let limit = drawn_here.max(needed.unwrap_or(0)).min(total);
    {
        let drawn = drawn.clone();
        use_effect_with((record_id, limit, total), move |&(record_id, limit, total)| {
            let more = (limit < total).then(|| {
                gloo::timers::callback::Timeout::new(0, move || drawn.set((record_id, limit + CHUNK * CHUNKS_PER_TASK)))
            });
            move || drop(more)
        });
    }
    let Some(_) = &store.shown else { return html! {} };
    let filtered = !store.speakers.is_empty();
    let t = store.lang.table();
    html! {
        <section class="rl-timeline" aria-label={t.text(Text::TheMeeting)} aria-busy={(limit < total).to_string()}>
            if filtered {
                <p class="rl-note">{ t.text(Text::ShowingSelected) }
                    <button type="button" class="rl-link" onclick={let s = store.clone(); Callback::from(move |_| s.dispatch(Action::ClearSpeakers))}>{ t.text(Text::ShowEveryone) }</button></p>
            }
            // The chunks in a wrapper of their own: beside the conditional notes, Yew re-created
            // every chunk on each render (measured: the drawing task grew with the record).
            <div class="rl-chunks">
                { for (0..limit).step_by(CHUNK).map(|start| html! {
                    <TimelineChunk key={start} items={(*items).clone()} start={start} end={(start + CHUNK).min(limit)} />
                }) }
            </div>
            if limit < total {
                <p class="rl-note rl-drawing">{ t.drawing(limit, total) }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ChunkProps {
    items: Items,
    start: usize,
    end: usize,
}

/// Items `start..end` of the body, in order (a suspension and its resumption as one band).
#[component]
fn TimelineChunk(props: &ChunkProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let r = &shown.parsed.record;
    let lang = store.lang;
    let record_lang = Lang::of_record(r.language).code();
    let items = &props.items.0;
    let mut out = Vec::with_capacity(props.end - props.start);
    let mut k = props.start;
    // A resumption that closes the previous chunk's suspension is already drawn there.
    if k > 0 {
        if let (Some(Item::Event(a)), Some(Item::Event(b))) = (items.get(k - 1), items.get(k)) {
            if r.events[*a].kind == EventKind::Suspended && r.events[*b].kind == EventKind::Resumed {
                k += 1;
            }
        }
    }
    while k < props.end {
        match items[k] {
            Item::Section(i) => out.push(section(&store, i)),
            Item::Event(i) => {
                let next = items.get(k + 1).and_then(|it| match it {
                    Item::Event(j) if r.events[*j].kind == EventKind::Resumed => Some(*j),
                    _ => None,
                });
                if r.events[i].kind == EventKind::Suspended {
                    out.push(suspension(lang, &r.events[i], next.map(|j| &r.events[j])));
                    if next.is_some() {
                        k += 1;
                    }
                } else {
                    out.push(event(lang, &r.events[i]));
                }
            }
            Item::Turn(t) => out.push(html! { <TurnCard key={format!("t{t}")} index={t} /> }),
            Item::Paragraph(p) => out.push(paragraph(&store, p, &r.paragraphs[p])),
            Item::Unrecognised(u) => out.push(html! {
                <div class="rl-unrecognised" id={format!("u{u}")}>
                    <span class="rl-tag">{ lang.table().text(Text::NotRecognised) }</span><span lang={record_lang}>{ &r.unrecognised[u].text }</span>
                </div>
            }),
        }
        k += 1;
    }
    html! { <div class="rl-chunk">{ for out }</div> }
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
    let t = store.lang.table();
    let record_lang = Lang::of_record(shown.parsed.record.language).code();
    html! {
        <div class={classes!("rl-section", format!("rl-level-{}", s.level))} id={format!("s{i}")} data-section={i.to_string()}>
            if s.level <= 1 { <h3 lang={record_lang}>{ heading }</h3> } else { <h4 lang={record_lang}>{ heading }</h4> }
            if has_turns {
                <span class="rl-section-actions">
                    <button type="button" class="rl-quiet" onclick={open} aria-label={t.expand_under(&s.heading)}>{ t.text(Text::Expand) }</button>
                    <button type="button" class="rl-quiet" onclick={close} aria-label={t.collapse_under(&s.heading)}>{ t.text(Text::Collapse) }</button>
                </span>
            }
        </div>
    }
}

fn words(e: &Event) -> Text {
    match (e.kind, e.formula.as_str()) {
        (EventKind::Opened, "public part called to order") => Text::PublicPartCalledToOrder,
        (EventKind::Opened, "discussion began") => Text::DiscussionBegan,
        (EventKind::Opened, "reconvened") => Text::Reconvened,
        (EventKind::Opened, _) => Text::CalledToOrder,
        (EventKind::Suspended, _) => Text::SuspendedEvent,
        (EventKind::Resumed, _) => Text::ResumedEvent,
        (EventKind::Rose, "adjourned") => Text::AdjournedEvent,
        (EventKind::Rose, _) => Text::RoseEvent,
        (EventKind::DiscussionEnded, _) => Text::DiscussionEnded,
        // A chair change is drawn by `event` with the person's name ("{person} took the Chair").
        (EventKind::ChairChanged, _) => Text::Chair,
    }
}

fn time_html(lang: Lang, e: &Event) -> Html {
    match e.time {
        Some(t) => html! { <time datetime={t.to_string()}>{ lang.table().time(t) }</time> },
        None => html! { <span>{ lang.table().text(Text::NoTimeGiven) }</span> },
    }
}

fn event(lang: Lang, e: &Event) -> Html {
    let kind = e.kind.as_str();
    let time = e.time.map(|t| t.to_string());
    if e.kind == EventKind::ChairChanged {
        return html! {
            <div class="rl-event rl-chair-change" data-event={kind}>
                { lang.table().took_the_chair(&e.person.clone().unwrap_or_default()) }
            </div>
        };
    }
    html! {
        <div class={classes!("rl-event", format!("rl-event-{kind}"))} data-event={kind} data-time={time}>
            <span class="rl-event-words">{ lang.table().text(words(e)) }</span>{ " " }{ time_html(lang, e) }
        </div>
    }
}

/// "Suspended 4.30 p.m. – resumed 4.55 p.m., 25 min".
fn suspension(lang: Lang, s: &Event, r: Option<&Event>) -> Html {
    let t = lang.table();
    let length = match (s.time, r.and_then(|r| r.time)) {
        (Some(a), Some(b)) if b > a => format!(", {}", super::header::duration(b.minutes() - a.minutes())),
        _ => String::new(),
    };
    html! {
        <div class="rl-suspension" role="note" aria-label={t.text(Text::Suspension)}>
            <span data-event="suspended" data-time={s.time.map(|t| t.to_string())}>{ t.text(Text::SuspendedBand) }{ time_html(lang, s) }</span>
            if let Some(r) = r {
                { " – " }<span data-event="resumed" data-time={r.time.map(|t| t.to_string())}>{ t.text(Text::ResumedBand) }{ time_html(lang, r) }</span>
            } else {
                <span class="rl-note">{ t.text(Text::ResumptionNotSaid) }</span>
            }
            { length }
        </div>
    }
}
