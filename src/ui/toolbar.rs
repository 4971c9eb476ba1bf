//! Above the timeline: expand or collapse everything, search, and export.

use super::{dom, Store};
use crate::viewer::Action;
use yew::prelude::*;

#[component]
pub fn Toolbar() -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let dispatch = |a: Action| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(a.clone()))
    };
    let oninput = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            store.dispatch(Action::Search(input.value()));
        })
    };
    let onkeydown = {
        let store = store.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                store.dispatch(if e.shift_key() { Action::PreviousHit } else { Action::NextHit });
            }
        })
    };
    let count = if store.query.trim().is_empty() {
        String::new()
    } else if store.hits.is_empty() {
        "no matches".to_string()
    } else {
        format!("{} of {}", store.current_hit + 1, store.hits.len())
    };
    let base = shown.parsed.record.symbol.clone().unwrap_or_else(|| "record".to_string()).replace('/', "_");
    let json = {
        let parsed = shown.parsed.clone();
        let name = format!("{base}.json");
        Callback::from(move |_: MouseEvent| dom::download(&name, "application/json", &crate::export::json(&parsed)))
    };
    let outline = {
        let parsed = shown.parsed.clone();
        let name = format!("{base}.outline.txt");
        Callback::from(move |_: MouseEvent| dom::download(&name, "text/plain", &crate::export::outline(&parsed)))
    };
    html! {
        <div class="rl-toolbar">
            <div class="rl-group">
                <button type="button" onclick={dispatch(Action::ExpandAll)}>{ "Expand all" }</button>
                <button type="button" onclick={dispatch(Action::CollapseAll)}>{ "Collapse all" }</button>
            </div>
            <div class="rl-group rl-search" role="search">
                <label for="rl-search" class="rl-visually-hidden">{ "Search the record" }</label>
                <input id="rl-search" type="search" placeholder="Search the record" value={store.query.clone()} {oninput} {onkeydown} />
                <span class="rl-count" aria-live="polite" data-search-count="">{ count }</span>
                <button type="button" onclick={dispatch(Action::PreviousHit)} aria-label="Previous match" disabled={store.hits.is_empty()}>{ "↑" }</button>
                <button type="button" onclick={dispatch(Action::NextHit)} aria-label="Next match" disabled={store.hits.is_empty()}>{ "↓" }</button>
            </div>
            <div class="rl-group">
                <button type="button" onclick={json}>{ "Download JSON" }</button>
                <button type="button" onclick={outline}>{ "Download outline" }</button>
            </div>
        </div>
    }
}
