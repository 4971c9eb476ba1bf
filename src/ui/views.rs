//! The switch between the main area's views: the record, the library, and a review or a
//! speaker's page when one is open.

use super::Store;
use crate::i18n::Text;
use crate::viewer::{LibraryAction, Storage, View};
use yew::prelude::*;

#[component]
pub fn Views() -> Html {
    let store = use_context::<Store>().expect("store");
    let lib = &store.records;
    if lib.storage == Storage::Off {
        return html! {};
    }
    let current = lib.view.clone();
    let t = store.lang.table();
    let tab = |view: View, label: String, hook: &'static str| {
        let selected = std::mem::discriminant(&current) == std::mem::discriminant(&view);
        let store = store.clone();
        let onclick = Callback::from(move |_| store.dispatch(LibraryAction::Show(view.clone()).into()));
        html! {
            <button type="button" class="rl-view-tab" aria-pressed={selected.to_string()} data-view={hook} {onclick}>{ label }</button>
        }
    };
    html! {
        <nav class="rl-views" aria-label={t.text(Text::ViewsLabel)}>
            { tab(View::Record, t.text(Text::RecordView).to_string(), "record") }
            { tab(View::Library, t.library_tab(lib.entries.len()), "library") }
            if let View::Review(key) = &current {
                { tab(current.clone(), t.review_title(&super::library_view::review_label(t, key)), "review") }
            }
            if let View::Appearances(who) = &current {
                { tab(current.clone(), t.turns_of(who.label()), "appearances") }
            }
            if let View::Versions { left, .. } = &current {
                { tab(current.clone(), t.versions_title(&lib.get(left).and_then(|e| e.summary.symbol.clone()).unwrap_or_default()), "versions") }
            }
        </nav>
    }
}
