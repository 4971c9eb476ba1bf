//! The meeting's clock as an SVG time axis: one segment per turn, coloured by
//! side, suspensions as gaps. A segment is a link to its turn.

use super::Store;
use crate::i18n::{Lang, Text};
use crate::timeline::{hh_mm, Minutes};
use crate::viewer::Action;
use yew::prelude::*;

/// The axis is drawn in a 1000-unit-wide viewBox ("0 0 1000 56").
const WIDTH: f32 = 1000.0;

#[component]
pub fn Clock() -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let est = &shown.estimates;
    let lang = store.lang;
    let t = lang.table();
    let (Some(start), Some(end)) = (est.start, est.end) else {
        return html! { <p class="rl-clock-none">{ t.text(Text::NoClockTimes) }</p> };
    };
    let time = |m: Minutes| un_time(lang, m);
    if end <= start {
        return html! {};
    }
    let x = |m: Minutes| (m - start) / (end - start) * WIDTH;
    let r = &shown.parsed.record;
    let segments = est.turns.iter().enumerate().filter_map(|(i, t)| t.map(|(a, b)| (i, a, b))).map(|(i, a, b)| {
        let turn = &r.turns[i];
        let side = turn.speaker.side.as_str();
        let who = turn.speaker.name.clone().unwrap_or_else(|| t.text(Text::SpeakerNotNamed).to_string());
        let label = t.clock_segment(&who, &time(a), &time(b));
        let go = {
            let store = store.clone();
            let first = turn.first_paragraph;
            Callback::from(move |_| store.dispatch(Action::GoToParagraph(first)))
        };
        let key = {
            let store = store.clone();
            let first = turn.first_paragraph;
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    store.dispatch(Action::GoToParagraph(first));
                }
            })
        };
        let dim = !store.passes_filter(i);
        html! {
            <rect class={classes!("rl-seg", format!("rl-side-{side}"), dim.then_some("rl-dim"))}
                x={tenths(x(a))} y="8" width={tenths((x(b) - x(a)).max(1.5))} height="22"
                role="link" tabindex="0" aria-label={label.clone()} data-clock-turn={i.to_string()}
                onclick={go} onkeydown={key}><title>{ label }</title></rect>
        }
    });
    let gaps = est.suspensions.iter().map(|&(a, b)| {
        html! {
            <g class="rl-gap" role="img" aria-label={t.clock_gap(&time(a), &time(b))}>
                <rect x={tenths(x(a))} y="4" width={tenths((x(b) - x(a)).max(2.0))} height="30" />
            </g>
        }
    });
    // Ticks every half hour.
    let first_tick = ((start / 30.0).ceil() * 30.0) as i32;
    let ticks = (first_tick..=end as i32).step_by(30).map(|m| {
        let m = m as f32;
        html! { <g class="rl-tick"><line x1={tenths(x(m))} x2={tenths(x(m))} y1="32" y2="38" />
        <text x={tenths(x(m))} y="52">{ hh_mm(m) }</text></g> }
    });
    html! {
        <figure class="rl-clock">
            <figcaption>{ t.clock_caption(&time(start), &time(end)) }</figcaption>
            <svg viewBox="0 0 1000 56" preserveAspectRatio="none" role="group" aria-label={t.text(Text::TimeAxis)}>
                <rect class="rl-axis" x="0" y="18" width="1000" height="2" />
                { for gaps }
                { for segments }
                { for ticks }
            </svg>
        </figure>
    }
}

/// A time on the clock (minutes since midnight) as the UN writes it in `lang`.
pub fn un_time(lang: Lang, m: Minutes) -> String {
    let m = m.round().max(0.0) as u32;
    lang.table().time(crate::model::ClockTime { hour: ((m / 60) % 24) as u8, minute: (m % 60) as u8 })
}

/// `12.3`: one decimal without the float formatter (it costs kilobytes of WebAssembly).
fn tenths(v: f32) -> String {
    let t = (v.max(0.0) * 10.0).round() as u64;
    format!("{}.{}", t / 10, t % 10)
}
