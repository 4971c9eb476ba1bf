//! Above the timeline: expand or collapse everything, search, and export.

use super::{dom, Store};
use crate::i18n::Text;
use crate::viewer::Action;
use yew::prelude::*;

#[component]
pub fn Toolbar() -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let lang = store.lang;
    let t = lang.table();
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
        t.text(Text::NoMatches).to_string()
    } else {
        t.match_of(store.current_hit + 1, store.hits.len())
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
        Callback::from(move |_: MouseEvent| {
            dom::download(&name, "text/plain", &crate::export::outline_in(&parsed, lang))
        })
    };
    // The formats researchers take into their own tools (docs/exports.md), made when asked for.
    let other = |format: crate::export::Format| {
        let parsed = shown.parsed.clone();
        let name = format!("{base}.{}", format.extension());
        Callback::from(move |_: MouseEvent| dom::download(&name, format.media_type(), &format.export(&parsed)))
    };
    html! {
        <div class="rl-toolbar">
            <div class="rl-group">
                <button type="button" onclick={dispatch(Action::ExpandAll)}>{ t.text(Text::ExpandAll) }</button>
                <button type="button" onclick={dispatch(Action::CollapseAll)}>{ t.text(Text::CollapseAll) }</button>
            </div>
            <div class="rl-group rl-search" role="search">
                <label for="rl-search" class="rl-visually-hidden">{ t.text(Text::SearchTheRecord) }</label>
                <input id="rl-search" type="search" placeholder={t.text(Text::SearchPlaceholder)} value={store.query.clone()} {oninput} {onkeydown} />
                <span class="rl-count" aria-live="polite" data-search-count="">{ count }</span>
                <button type="button" onclick={dispatch(Action::PreviousHit)} aria-label={t.text(Text::PreviousMatch)} disabled={store.hits.is_empty()}>{ "↑" }</button>
                <button type="button" onclick={dispatch(Action::NextHit)} aria-label={t.text(Text::NextMatch)} disabled={store.hits.is_empty()}>{ "↓" }</button>
            </div>
            <div class="rl-group">
                <button type="button" onclick={json}>{ t.text(Text::DownloadJson) }</button>
                <button type="button" onclick={outline}>{ t.text(Text::DownloadOutline) }</button>
                <details class="rl-menu">
                    <summary>{ t.text(Text::MoreFormats) }</summary>
                    <div class="rl-menu-items">
                        <button type="button" onclick={other(crate::export::Format::Csv)} data-export="csv">{ t.text(Text::DownloadCsv) }</button>
                        <button type="button" onclick={other(crate::export::Format::Akn)} data-export="akn">{ t.text(Text::DownloadAkn) }</button>
                        <button type="button" onclick={other(crate::export::Format::Tei)} data-export="tei">{ t.text(Text::DownloadTei) }</button>
                    </div>
                </details>
            </div>
        </div>
    }
}
