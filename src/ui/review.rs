//! A review across meetings: one timeline over its meetings in order. Each meeting is a band
//! with its header and its own clock, then its turns; beside them, the speakers counted
//! across the meetings. Drawn from the library's index (no record is parsed again).

use super::Store;
use crate::i18n::{Table, Text};
use crate::library::{review_speakers, Entry, ReviewKey, Who};
use crate::model::ClockTime;
use crate::timeline::Minutes;
use crate::viewer::{LibraryAction, View};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub review: ReviewKey,
}

#[component]
pub fn ReviewView(props: &ReviewProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let lib = &store.records;
    let t = store.lang.table();
    let Some(review) = lib.reviews().into_iter().find(|r| r.key == props.review) else {
        return html! { <p class="rl-empty">{ t.text(Text::ReviewGone) }</p> };
    };
    let meetings: Vec<Rc<Entry>> = review.records.iter().filter_map(|id| lib.get(id).cloned()).collect();
    let refs: Vec<&Entry> = meetings.iter().map(|e| &**e).collect();
    let speakers = review_speakers(&refs);
    html! {
        <section class="rl-review" aria-labelledby="rl-review-h" data-review-view={review.key.label()}>
            <h2 id="rl-review-h">{ t.review_title(&super::library_view::review_label(t, &review.key)) }</h2>
            <p>{ t.meetings_in_order(meetings.len()) }</p>
            <div class="rl-review-layout">
                <div class="rl-review-meetings">{ for meetings.iter().enumerate().map(|(n, e)| band(&store, n, e)) }</div>
                <aside class="rl-review-speakers" aria-labelledby="rl-review-speakers-h">
                    <h3 id="rl-review-speakers-h">{ t.text(Text::SpeakersAcross) }</h3>
                    <ul>{ for speakers.iter().map(|s| {
                        let name = s.name.clone();
                        let to = store.clone();
                        let onclick = Callback::from(move |_| to.dispatch(LibraryAction::Show(View::Appearances(Who::Speaker(name.clone()))).into()));
                        let state = s.detail.clone().filter(|_| s.side == crate::model::Side::Delegation).map(|d| {
                            let to = store.clone();
                            let label = d.clone();
                            let onclick = Callback::from(move |_| to.dispatch(LibraryAction::Show(View::Appearances(Who::State(d.clone()))).into()));
                            html! { <button type="button" class="rl-link rl-badge" {onclick}>{ label }</button> }
                        });
                        html! { <li data-review-speaker={s.name.clone()}>
                            <button type="button" class="rl-link" {onclick}>{ &s.name }</button>
                            { state.unwrap_or_default() }
                            <span class="rl-count">{ t.turns_in_meetings(s.turns, s.meetings) }</span>
                        </li> }
                    }) }</ul>
                </aside>
            </div>
        </section>
    }
}

/// A moment of the meeting as the UN writes it in the reader's language ("3.10 p.m.", "15 h 10").
fn time(t: &dyn Table, m: Minutes) -> String {
    let m = m.round().max(0.0) as u32;
    t.time(ClockTime { hour: ((m / 60) % 24) as u8, minute: (m % 60) as u8 })
}

/// The meeting's clock: "3.10 p.m. – 6 p.m. · Suspended 4.30 p.m. to 4.55 p.m.".
fn clock(t: &dyn Table, e: &Entry) -> String {
    let s = &e.summary;
    let mut out = match (s.start, s.end) {
        (Some(a), Some(b)) => format!("{} – {}", time(t, a), time(t, b)),
        (Some(a), None) => t.starting_at(&time(t, a)),
        _ => t.text(Text::NoTimeGiven).to_string(),
    };
    for (a, b) in &s.suspensions {
        out.push_str(&format!(" · {}", t.clock_gap(&time(t, *a), &time(t, *b))));
    }
    out
}

fn band(store: &Store, n: usize, e: &Rc<Entry>) -> Html {
    let s = &e.summary;
    let t = store.lang.table();
    let symbol = s.symbol.clone().unwrap_or_default();
    let open = super::library_view::open_record(store, &e.id, None);
    let axis = match (s.start, s.end) {
        (Some(a), Some(b)) if b > a => Some((a, b)),
        _ => None,
    };
    html! {
        <section class="rl-meeting" data-meeting={(n + 1).to_string()} data-symbol={symbol.clone()}
            aria-label={t.meeting_label(n + 1, s.symbol.as_deref().unwrap_or(t.text(Text::NoSymbolMark)))}>
            <header class="rl-meeting-band">
                <h3>{ s.symbol.clone().unwrap_or_else(|| e.name.clone()) }</h3>
                <span>{ s.meeting.map(|m| t.outline_meeting(m)).unwrap_or_default() }</span>
                <span>{ s.date.map(|d| t.date(d)).unwrap_or_default() }</span>
                <span class="rl-meeting-clock">{ clock(t, e) }</span>
                <button type="button" class="rl-quiet" onclick={open}>{ t.text(Text::OpenThisRecord) }</button>
                if let Some((a, b)) = axis {
                    <svg class="rl-meeting-axis" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
                        <rect x="0" y="1" width="100" height="2" class="rl-axis-run" />
                        { for s.suspensions.iter().map(|(x, y)| {
                            let from = (x - a) / (b - a) * 100.0;
                            let to = (y - a) / (b - a) * 100.0;
                            html! { <rect x={from.to_string()} y="0" width={(to - from).max(0.5).to_string()} height="4" class="rl-axis-pause" /> }
                        }) }
                    </svg>
                }
            </header>
            <ol class="rl-meeting-turns" lang={crate::i18n::Lang::of_record(s.language).code()}>{
                for (0..e.index.turns.len()).map(|i| html! { <ReviewTurn entry={e.clone()} index={i} /> })
            }</ol>
        </section>
    }
}

#[derive(Properties)]
struct ReviewTurnProps {
    entry: Rc<Entry>,
    index: usize,
}

impl PartialEq for ReviewTurnProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.entry, &other.entry) && self.index == other.index
    }
}

/// One turn of a meeting band: its speaker line, and its paragraphs drawn only once opened (a
/// review of long meetings would otherwise put every paragraph in the page at once).
#[component]
fn ReviewTurn(props: &ReviewTurnProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let open = use_state(|| false);
    let t = store.lang.table();
    let e = &props.entry;
    let Some(turn) = e.index.turns.get(props.index) else { return html! {} };
    let sp = e.index.speakers.get(turn.speaker as usize);
    let name = sp.and_then(|s| s.name.clone()).unwrap_or_else(|| t.text(Text::SpeakerNotNamed).to_string());
    let side = sp.map(|s| s.side).unwrap_or(crate::model::Side::Unknown);
    let detail = sp.and_then(|s| s.affiliation.clone());
    let first = turn.first_paragraph as usize;
    let paragraphs = || (first..first + turn.paragraph_count as usize).filter_map(|p| e.index.paragraphs.get(p));
    let numbers: Vec<u32> = paragraphs().filter_map(|p| p.number).collect();
    let toggle = {
        let open = open.clone();
        Callback::from(move |ev: MouseEvent| {
            ev.prevent_default();
            open.set(!*open);
        })
    };
    html! {
        <li class={classes!("rl-turn", format!("rl-side-{}", side.as_str()))} data-turn={props.index.to_string()}
            data-speaker={name.clone()} data-side={side.as_str()}>
            <details open={*open}>
                <summary onclick={toggle}>
                    <span class="rl-speaker">{ &name }</span>
                    if let Some(d) = detail { <span class="rl-badge">{ d }</span> }
                    if !numbers.is_empty() { <span class="rl-numbers">{ format!("¶{}", crate::export::paragraph_ranges(&numbers)) }</span> }
                    if let Some(start) = turn.start { <span class="rl-time" title={t.text(Text::EstimatedTitle)}>{ format!("≈ {}", time(t, start)) }</span> }
                </summary>
                if *open {
                    { for paragraphs().map(|p| html! {
                        <p>if let Some(n) = p.number { <span class="rl-para-no">{ format!("{n}. ") }</span> }{ &p.text }</p>
                    }) }
                }
            </details>
        </li>
    }
}
