//! The library view: every record kept in this browser, grouped by body and session, the
//! reviews they form, one search across them with filters, and the library's export and import.

use super::{dom, keep, Store};
use crate::i18n::{Table, Text};
use crate::library::{Filters, RecordHits, ReviewKey, SearchHit, Who};
use crate::model::Side;
use crate::viewer::{LibraryAction, Storage, View};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// "1.2 MB", "340 KB"; in French "1,2 Mo", "340 Ko"; in Spanish "1,2 MB".
fn size(lang: crate::i18n::Lang, bytes: usize) -> String {
    let (mb, kb, comma) = match lang {
        crate::i18n::Lang::En => ("MB", "KB", false),
        crate::i18n::Lang::Fr => ("Mo", "Ko", true),
        crate::i18n::Lang::Es => ("MB", "KB", true),
    };
    if bytes >= 1_000_000 {
        let tenths = (bytes as u64 + 50_000) / 100_000;
        let sep = if comma { ',' } else { '.' };
        format!("{}{sep}{} {mb}", tenths / 10, tenths % 10)
    } else {
        format!("{} {kb}", bytes.div_ceil(1000))
    }
}

fn value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[component]
pub fn LibraryView() -> Html {
    let store = use_context::<Store>().expect("store");
    let lib = &store.records;
    let t = store.lang.table();
    let readers: Rc<RefCell<Vec<gloo::file::callbacks::FileReader>>> = use_mut_ref(Vec::new);
    let review_name = use_state(String::new);

    let status = match &lib.storage {
        Storage::Opening => html! { <p class="rl-lib-status" role="status">{ t.text(Text::LibraryOpening) }</p> },
        Storage::Refused(why) => html! {
            <p class="rl-lib-status rl-problem" role="alert" data-library-refused="">
                { t.library_refused(&why.words(store.lang)) }
            </p>
        },
        _ => html! {
            <p class="rl-lib-status" role="status" data-library-size={lib.bytes().to_string()}>
                { t.library_size(lib.entries.len(), &size(store.lang, lib.bytes())) }
            </p>
        },
    };

    let on_search = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| store.dispatch(LibraryAction::Search(value(&e)).into()))
    };
    let filter = |field: fn(&mut Filters, String)| {
        let store = store.clone();
        let current = lib.filters.clone();
        Callback::from(move |e: InputEvent| {
            let mut f = current.clone();
            field(&mut f, value(&e));
            store.dispatch(LibraryAction::Filter(f).into());
        })
    };
    let on_side = {
        let store = store.clone();
        let current = lib.filters.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let side = [Side::Chair, Side::Member, Side::Delegation, Side::Secretariat, Side::Other]
                .into_iter()
                .find(|s| s.as_str() == v);
            store.dispatch(LibraryAction::Filter(Filters { side, ..current.clone() }).into());
        })
    };
    let searching = !lib.query.trim().is_empty() || lib.filters != Filters::default();

    let export = {
        let store = store.clone();
        Callback::from(move |_| {
            dom::download(
                "recordline-library.jsonl",
                "application/x-ndjson",
                &crate::library::export_jsonl(&store.records.entries),
            );
        })
    };
    let import = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            readers.borrow_mut().push(keep::read_library_file(&store, &gloo::file::File::from(file)));
            input.set_value("");
        })
    };
    let forget_all = {
        let store = store.clone();
        Callback::from(move |_| {
            if dom::confirm(store.lang.table().text(Text::ConfirmRemoveAll)) {
                keep::forget(&store, None);
            }
        })
    };
    let make_review = {
        let store = store.clone();
        let name = review_name.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            store.dispatch(LibraryAction::MakeReview((*name).clone()).into());
        })
    };
    let on_review_name = {
        let name = review_name.clone();
        Callback::from(move |e: InputEvent| name.set(value(&e)))
    };

    html! {
        <section class="rl-library-view" aria-labelledby="rl-lib-h" data-library="">
            <h2 id="rl-lib-h">{ t.text(Text::Library) }</h2>
            { status }
            <form class="rl-lib-search" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class="rl-lib-query">{ t.text(Text::SearchLibrary) }
                    <input type="search" value={lib.query.clone()} oninput={on_search} data-library-search=""
                        placeholder={t.text(Text::SearchLibraryPlaceholder)} />
                </label>
                <fieldset class="rl-lib-filters">
                    <legend>{ t.text(Text::FilterOnly) }</legend>
                    <label>{ t.text(Text::FilterBody) }<input type="text" value={lib.filters.body.clone()} oninput={filter(|f, v| f.body = v)} data-filter="body" /></label>
                    <label>{ t.text(Text::Session) }<input type="text" value={lib.filters.session.clone()} oninput={filter(|f, v| f.session = v)} data-filter="session" /></label>
                    <label>{ t.text(Text::FilterSpeaker) }<input type="text" value={lib.filters.speaker.clone()} oninput={filter(|f, v| f.speaker = v)} data-filter="speaker" /></label>
                    <label>{ t.text(Text::FilterState) }<input type="text" value={lib.filters.state.clone()} oninput={filter(|f, v| f.state = v)} data-filter="state" /></label>
                    <label>{ t.text(Text::FilterSide) }
                        <select onchange={on_side} data-filter="side">
                            <option value="" selected={lib.filters.side.is_none()}>{ t.text(Text::AnySide) }</option>
                            { for [Side::Chair, Side::Member, Side::Delegation, Side::Secretariat, Side::Other].into_iter().map(|s| html! {
                                <option value={s.as_str()} selected={lib.filters.side == Some(s)}>{ super::turn::side_text(store.lang, s, None) }</option>
                            }) }
                        </select>
                    </label>
                </fieldset>
            </form>
            if searching {
                { results(&store, &lib.results) }
            } else {
                { versions(&store) }
                { reviews(&store) }
                { list(&store) }
                if !lib.entries.is_empty() {
                    <form class="rl-lib-make" onsubmit={make_review}>
                        <label>{ t.text(Text::ReviewName) }<input type="text" value={(*review_name).clone()} oninput={on_review_name} /></label>
                        <button type="submit" data-make-review="">{ t.make_review(lib.selected.len()) }</button>
                    </form>
                }
            }
            <div class="rl-lib-actions">
                <button type="button" onclick={export} disabled={lib.entries.is_empty()} data-library-export="">{ t.text(Text::ExportLibrary) }</button>
                <label class="rl-button">{ t.text(Text::ImportLibrary) }
                    <input type="file" accept=".jsonl,application/x-ndjson,application/jsonl" onchange={import} data-library-import="" class="rl-visually-hidden" />
                </label>
                <button type="button" class="rl-danger" onclick={forget_all} disabled={lib.entries.is_empty() && !matches!(lib.storage, Storage::Refused(_))} data-library-clear="">{ t.text(Text::RemoveAll) }</button>
            </div>
        </section>
    }
}

/// The records, grouped by body (series) and session.
fn list(store: &Store) -> Html {
    let lib = &store.records;
    let t = store.lang.table();
    if lib.entries.is_empty() {
        return html! { <p class="rl-empty">{ t.text(Text::LibraryEmpty) }</p> };
    }
    // Grouped by series and session (by number: "Ninety-sixth" and "Quatre-vingt-seizième" meet).
    type Group<'a> = ((Option<String>, String), String, Vec<&'a Rc<crate::library::Entry>>);
    let mut groups: Vec<Group<'_>> = Vec::new();
    for e in &lib.entries {
        let s = &e.summary;
        let key = (s.series.clone(), s.session_key());
        let head = match (&s.series, &s.session) {
            (Some(series), Some(session)) => format!("{series} · {session}"),
            (Some(series), None) => series.clone(),
            (None, Some(session)) => session.clone(),
            (None, None) => t.text(Text::NoSymbolGroup).to_string(),
        };
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, list)) => list.push(e),
            None => groups.push((key, head, vec![e])),
        }
    }
    html! {
        <div class="rl-lib-list">
            { for groups.into_iter().map(|(_, head, entries)| html! {
                <section class="rl-lib-group">
                    <h3>{ head }</h3>
                    <ul>{ for entries.into_iter().map(|e| entry(store, e)) }</ul>
                </section>
            }) }
        </div>
    }
}

fn entry(store: &Store, e: &Rc<crate::library::Entry>) -> Html {
    let s = &e.summary;
    let t = store.lang.table();
    let symbol = s.symbol.clone().unwrap_or_default();
    let open = open_record(store, &e.id, None);
    let remove = {
        let store = store.clone();
        let id = e.id.clone();
        Callback::from(move |_| keep::forget(&store, Some(id.clone())))
    };
    let tick = {
        let store = store.clone();
        let id = e.id.clone();
        Callback::from(move |_| store.dispatch(LibraryAction::Select(id.clone()).into()))
    };
    let title = s.symbol.clone().unwrap_or_else(|| e.name.clone());
    let date = s.date.map(|d| t.date(d)).unwrap_or_default();
    let body = s.body.clone().unwrap_or_default();
    html! {
        <li class="rl-lib-record" data-library-record={e.id.clone()} data-symbol={symbol}>
            <input type="checkbox" checked={store.records.selected.contains(&e.id)} onchange={tick}
                aria-label={t.tick_for_review(&title)} />
            <button type="button" class="rl-lib-open" onclick={open}>
                <span class="rl-lib-symbol">{ title }</span>
                <span class="rl-lib-date">{ date }</span>
                <span class="rl-lib-body">{ body }</span>
                <span class="rl-lib-counts">{ t.speaker_stats(s.turns, s.words) }</span>
            </button>
            <button type="button" class="rl-quiet" onclick={remove} aria-label={t.remove_from_library(&e.name)} data-remove="">{ t.text(Text::Remove) }</button>
        </li>
    }
}

/// Records kept in more than one language: a button for each pair of versions.
fn versions(store: &Store) -> Html {
    let found = store.records.versions();
    if found.is_empty() {
        return html! {};
    }
    let t = store.lang.table();
    let name = |e: &crate::library::Entry| crate::i18n::Lang::of_record(e.summary.language).own_name();
    html! {
        <section class="rl-lib-reviews" aria-labelledby="rl-lib-versions-h">
            <h3 id="rl-lib-versions-h">{ t.text(Text::LanguageVersions) }</h3>
            <ul>{ for found.iter().flat_map(|(symbol, list)| {
                let mut pairs = Vec::new();
                for (i, a) in list.iter().enumerate() {
                    for b in &list[i + 1..] {
                        let view = View::Versions { left: a.id.clone(), right: b.id.clone() };
                        let store = store.clone();
                        let onclick = Callback::from(move |_| store.dispatch(LibraryAction::Show(view.clone()).into()));
                        pairs.push(html! { <li><button type="button" {onclick} data-side-by-side={symbol.clone()}>
                            { format!("{symbol} · {}", t.side_by_side(name(a), name(b))) }</button></li> });
                    }
                }
                pairs
            }) }</ul>
        </section>
    }
}

/// The reviews the library's records form (and the reader's own).
fn reviews(store: &Store) -> Html {
    let found = store.records.reviews();
    if found.is_empty() {
        return html! {};
    }
    let t = store.lang.table();
    html! {
        <section class="rl-lib-reviews" aria-labelledby="rl-lib-reviews-h">
            <h3 id="rl-lib-reviews-h">{ t.text(Text::ReviewsAcross) }</h3>
            <ul>{ for found.into_iter().map(|r| {
                let key = r.key.clone();
                let store = store.clone();
                let onclick = Callback::from(move |_| store.dispatch(LibraryAction::Show(View::Review(key.clone())).into()));
                let kind = match r.key { ReviewKey::Chosen(_) => "chosen", _ => "found" };
                html! { <li><button type="button" {onclick} data-review={r.key.label()} data-review-kind={kind}>
                    { t.review_item(&review_label(t, &r.key), r.records.len()) }</button></li> }
            }) }</ul>
        </section>
    }
}

/// The snippet with the matched words marked.
pub fn marked(h: &SearchHit) -> Html {
    let mut out = Vec::new();
    let mut at = 0;
    for &(s, t) in &h.marks {
        if s < at || t > h.snippet.len() {
            continue;
        }
        out.push(html! { { &h.snippet[at..s] } });
        out.push(html! { <mark>{ &h.snippet[s..t] }</mark> });
        at = t;
    }
    out.push(html! { { &h.snippet[at..] } });
    out.into_iter().collect()
}

fn results(store: &Store, results: &[RecordHits]) -> Html {
    let t = store.lang.table();
    if results.is_empty() {
        return html! { <p class="rl-empty" role="status">{ t.text(Text::NothingFoundLibrary) }</p> };
    }
    let total: usize = results.iter().map(|r| r.total).sum();
    html! {
        <div class="rl-lib-results">
            <p role="status">{ t.found_in(total, results.len()) }</p>
            { for results.iter().map(|r| html! {
                <section class="rl-lib-hits" data-symbol={r.symbol.clone().unwrap_or_default()}>
                    <h3>{ r.symbol.clone().unwrap_or_else(|| r.name.clone()) }
                        { r.date.map(|d| format!(" · {}", t.date(d))).unwrap_or_default() }
                        { t.hits_in_record(r.total) }
                    </h3>
                    <ol>{ for r.hits.iter().map(|h| hit(store, r, h)) }</ol>
                    if r.total > r.hits.len() {
                        <button type="button" class="rl-quiet" data-all-hits="" onclick={
                            let (store, id) = (store.clone(), r.id.clone());
                            Callback::from(move |_| store.dispatch(LibraryAction::AllHits(id.clone()).into()))
                        }>{ t.show_all_hits(r.total, &r.symbol.clone().unwrap_or_else(|| r.name.clone())) }</button>
                    }
                </section>
            }) }
        </div>
    }
}

fn hit(store: &Store, r: &RecordHits, h: &SearchHit) -> Html {
    let t = store.lang.table();
    let open = open_record(store, &r.id, Some(h.paragraph));
    let who = h.speaker.clone().map(|name| {
        let store = store.clone();
        let label = name.clone();
        let onclick = Callback::from(move |_| {
            store.dispatch(LibraryAction::Show(View::Appearances(Who::Speaker(name.clone()))).into())
        });
        html! { <button type="button" class="rl-link" {onclick}>{ label }</button> }
    });
    html! {
        <li class="rl-lib-hit" data-search-hit="" data-symbol={r.symbol.clone().unwrap_or_default()}
            data-paragraph={h.number.map(|n| n.to_string()).unwrap_or_default()}>
            <div class="rl-lib-hit-head">
                { who.unwrap_or_else(|| html! { <span>{ t.text(Text::SpeakerNotNamed) }</span> }) }
                { state(store, h) }
                <span class="rl-side-label">{ super::turn::side_text(store.lang, h.side, None) }</span>
                <button type="button" class="rl-cite" onclick={open}>{ citation(t, r, h) }</button>
            </div>
            <p lang={r.language.map(|l| crate::i18n::Lang::of_record(l).code())}>{ marked(h) }</p>
        </li>
    }
}

/// A delegate's State, as a link to every turn of that State across the library.
fn state(store: &Store, h: &SearchHit) -> Html {
    let Some(a) = h.affiliation.clone() else { return html! {} };
    if h.side != Side::Delegation {
        return html! { <span class="rl-badge">{ a }</span> };
    }
    let store = store.clone();
    let label = a.clone();
    let onclick =
        Callback::from(move |_| store.dispatch(LibraryAction::Show(View::Appearances(Who::State(a.clone()))).into()));
    html! { <button type="button" class="rl-link rl-badge" {onclick} data-state={label.clone()}>{ label }</button> }
}

/// Opens a stored record (at a paragraph, by index in its stored index): the library's links,
/// the review's bands and a speaker's page all open records this way.
pub fn open_record(store: &Store, id: &str, paragraph: Option<usize>) -> Callback<MouseEvent> {
    let (store, id) = (store.clone(), id.to_string());
    Callback::from(move |_| store.dispatch(LibraryAction::Open { id: id.clone(), paragraph }.into()))
}

/// A review's name in the reader's language ("A/C.3/62, agenda item 70").
pub fn review_label(t: &dyn Table, key: &ReviewKey) -> String {
    match key {
        ReviewKey::AgendaItem { series, item } => t.agenda_item_review(series, item),
        other => other.label(),
    }
}

/// A hit's citation in the reader's language ("CMW/C/SR.464, para. 23", "par. 23", "párr. 23").
fn citation(t: &dyn Table, r: &RecordHits, h: &SearchHit) -> String {
    match (&r.symbol, h.number) {
        (Some(symbol), Some(n)) => t.citation(symbol, n),
        (Some(symbol), None) => symbol.clone(),
        (None, _) => t.text(Text::NoSymbolMark).to_string(),
    }
}
