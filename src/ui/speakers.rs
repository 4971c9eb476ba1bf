//! Who spoke: speakers grouped by side, with turns and words. Selecting speakers
//! filters the timeline; clearing restores it.

use super::turn::side_text;
use super::Store;
use crate::model::Side;
use crate::viewer::Action;
use yew::prelude::*;

const SIDES: [(Side, &str); 6] = [
    (Side::Chair, "Chair"),
    (Side::Member, "Committee members"),
    (Side::Delegation, "Delegations"),
    (Side::Secretariat, "Secretariat"),
    (Side::Other, "Others"),
    (Side::Unknown, "Not named"),
];

#[component]
pub fn Speakers() -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let all = crate::timeline::speakers(&shown.parsed, &shown.estimates);
    let clear = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ClearSpeakers))
    };
    html! {
        <section class="rl-speakers" aria-labelledby="rl-speakers-h">
            <h2 id="rl-speakers-h">{ "Speakers" }</h2>
            <p class="rl-hint">{ "Select speakers to show only their turns." }</p>
            { for SIDES.iter().filter_map(|(side, title)| {
                let group: Vec<_> = all.iter().filter(|s| s.side == *side).collect();
                (!group.is_empty()).then(|| html! {
                    <div class={classes!("rl-speaker-group", format!("rl-side-{}", side.as_str()))}>
                        <h3>{ *title }</h3>
                        <ul>{ for group.into_iter().map(|s| {
                            let pressed = store.speakers.contains(&s.key);
                            let toggle = { let store = store.clone(); let key = s.key.clone(); Callback::from(move |_| store.dispatch(Action::ToggleSpeaker(key.clone()))) };
                            let detail = s.detail.clone().map(|d| format!(" ({d})")).unwrap_or_default();
                            html! {
                                <li><button type="button" class="rl-speaker-toggle" aria-pressed={pressed.to_string()} onclick={toggle}
                                        data-speaker-key={s.key.clone()} title={side_text(s.side, None)}>
                                    <span class="rl-speaker-name">{ format!("{}{detail}", s.name) }</span>
                                    <span class="rl-speaker-stats">{ format!("{} turn{} · {} words", s.turns, if s.turns == 1 { "" } else { "s" }, s.words) }</span>
                                </button></li>
                            }
                        }) }</ul>
                    </div>
                })
            }) }
            if !store.speakers.is_empty() {
                <button type="button" onclick={clear}>{ "Clear selection" }</button>
            }
        </section>
    }
}
