//! Who spoke: speakers grouped by side, with turns and words. Selecting speakers
//! filters the timeline; clearing restores it.

use super::turn::side_text;
use super::Store;
use crate::i18n::{Lang, Text};
use crate::model::Side;
use crate::viewer::Action;
use yew::prelude::*;

const SIDES: [(Side, Text); 6] = [
    (Side::Chair, Text::GroupChair),
    (Side::Member, Text::GroupMembers),
    (Side::Delegation, Text::GroupDelegations),
    (Side::Secretariat, Text::GroupSecretariat),
    (Side::Other, Text::GroupOthers),
    (Side::Unknown, Text::GroupNotNamed),
];

#[component]
pub fn Speakers() -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let all = crate::timeline::speakers(&shown.parsed, &shown.estimates);
    let lang = store.lang;
    let t = lang.table();
    let record_lang = Lang::of_record(shown.parsed.record.language).code();
    let clear = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ClearSpeakers))
    };
    html! {
        <section class="rl-speakers" aria-labelledby="rl-speakers-h">
            <h2 id="rl-speakers-h">{ t.text(Text::Speakers) }</h2>
            <p class="rl-hint">{ t.text(Text::SelectSpeakersHint) }</p>
            { for SIDES.iter().filter_map(|(side, title)| {
                let group: Vec<_> = all.iter().filter(|s| s.side == *side).collect();
                (!group.is_empty()).then(|| html! {
                    <div class={classes!("rl-speaker-group", format!("rl-side-{}", side.as_str()))}>
                        <h3>{ t.text(*title) }</h3>
                        <ul>{ for group.into_iter().map(|s| {
                            let pressed = store.speakers.contains(&s.key);
                            let toggle = { let store = store.clone(); let key = s.key.clone(); Callback::from(move |_| store.dispatch(Action::ToggleSpeaker(key.clone()))) };
                            let detail = s.detail.clone().map(|d| format!(" ({d})")).unwrap_or_default();
                            // The core names an unnamed speaker in English; say it in the reader's language.
                            let name = if s.name == crate::i18n::text(Lang::En, Text::UnknownSpeakerLabel) {
                                t.text(Text::UnknownSpeakerLabel)
                            } else {
                                s.name.as_str()
                            };
                            html! {
                                <li><button type="button" class="rl-speaker-toggle" aria-pressed={pressed.to_string()} onclick={toggle}
                                        data-speaker-key={s.key.clone()} title={side_text(lang, s.side, None)}>
                                    <span class="rl-speaker-name" lang={record_lang}>{ format!("{name}{detail}") }</span>
                                    <span class="rl-speaker-stats">{ t.speaker_stats(s.turns, s.words) }</span>
                                </button></li>
                            }
                        }) }</ul>
                    </div>
                })
            }) }
            if !store.speakers.is_empty() {
                <button type="button" onclick={clear}>{ t.text(Text::ClearSelection) }</button>
            }
        </section>
    }
}
