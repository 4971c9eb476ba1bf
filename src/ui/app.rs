//! The viewer: owns the reducer, restores the last record, listens for paste and
//! drop anywhere, saves what was opened, and lays out the panels. The same component
//! is the full page, a viewer embedded in another site, or the iframe viewer; its
//! [`AppProps`] say which.

use super::{dom, Store};
use crate::i18n::{Lang, Text};
use crate::viewer::{Action, Reason, Tone, View, Viewer, INLINE, PASTED, SAMPLE, SAMPLE_NAME};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How the viewer is used. The default is the full page.
#[derive(Properties, PartialEq, Clone, Default, Debug)]
pub struct AppProps {
    /// Embedded in another page: no storage, no page-wide listeners, compact by default.
    #[prop_or_default]
    pub embedded: bool,
    /// In an iframe: answer the host's messages and report height and position.
    #[prop_or_default]
    pub frame: bool,
    /// No input panel: the reader cannot open another record.
    #[prop_or_default]
    pub read_only: bool,
    /// Turns start expanded.
    #[prop_or_default]
    pub expanded: bool,
    /// The header shows only the symbol, body and date.
    #[prop_or_default]
    pub compact: bool,
    /// A record to fetch and show.
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// The record's text given inline by the host.
    #[prop_or_default]
    pub text: Option<AttrValue>,
    /// A fixed height for the viewer ("600px"); it scrolls inside.
    #[prop_or_default]
    pub height: Option<AttrValue>,
    /// An embedded viewer that uses the library (the host asked, `data-library`); the full
    /// page always does.
    #[prop_or_default]
    pub library: bool,
    /// The interface's language as the host asks for it (`data-lang`, `?lang=`): "en", "fr", "es".
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

impl AppProps {
    /// Does this viewer own the page (storage, hash links, Ctrl+V anywhere)?
    fn owns_page(&self) -> bool {
        !self.embedded
    }

    /// The language to start in: the host's, else (on the full page) the reader's earlier
    /// choice, else the browser's.
    fn first_language(&self) -> Lang {
        self.lang
            .as_deref()
            .and_then(Lang::from_code)
            .or_else(|| self.owns_page().then(dom::saved_language).flatten())
            .unwrap_or_else(dom::browser_language)
    }
}

/// Text longer than this (bytes) is saved for the next visit after it is painted.
const LARGE: usize = 1 << 20;

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = {
        let lang = props.first_language();
        // Through the reducer like any change, before the first paint (no flash of English).
        use_reducer(move || {
            let mut viewer = Viewer::default();
            viewer.apply(Action::SetLanguage(lang));
            viewer
        })
    };
    let root = use_node_ref();
    let lang = store.lang;
    let t = lang.table();

    // The page and the iframe viewer own their document: `<html lang>` follows the interface.
    {
        let owns_document = props.owns_page() || props.frame;
        use_effect_with(lang, move |lang| {
            if owns_document {
                dom::set_document_language(*lang, lang.table().text(Text::PageTitle));
            }
        });
    }

    // What to show first: inline text, a fetched record, the last record, or the sample.
    {
        let store = store.clone();
        let props = props.clone();
        use_effect_with((), move |_| {
            if let Some(text) = &props.text {
                store.dispatch(Action::Load { text: text.to_string(), name: INLINE.to_string(), sample: false });
            } else if let Some(src) = &props.src {
                let src = src.to_string();
                wasm_bindgen_futures::spawn_local(async move {
                    match dom::fetch_record(&src).await {
                        Ok(text) => store.dispatch(Action::Load { text, name: src, sample: false }),
                        Err(reason) => store.dispatch(Action::Rejected { name: src, reason }),
                    }
                });
            } else if props.owns_page() {
                match dom::saved() {
                    Some(s) => store.dispatch(Action::Load { text: s.text, name: s.name, sample: false }),
                    None => store.dispatch(Action::Load {
                        text: SAMPLE.to_string(),
                        name: SAMPLE_NAME.to_string(),
                        sample: true,
                    }),
                }
            }
        });
    }

    // Start expanded when asked, each time a record is shown.
    {
        let store = store.clone();
        let loaded = store.shown.as_ref().map(|s| s.text.len());
        let expanded = props.expanded;
        use_effect_with(loaded, move |loaded| {
            if expanded && loaded.is_some() {
                store.dispatch(Action::ExpandAll);
            }
        });
    }

    // Keep the record shown (not the sample) for the next visit; a failed save is said.
    {
        let store = store.clone();
        let shown = store.shown.as_ref().map(|s| (s.name.clone(), s.text.clone(), s.sample));
        let saves = props.owns_page() && props.src.is_none();
        use_effect_with(shown, move |shown| {
            // A record too large for `localStorage` is still kept by the library (IndexedDB):
            // then the failed quick copy is not worth a word.
            let library_keeps = store.records.storage == crate::viewer::Storage::Ready;
            let save = move |name: String, text: &str| {
                if let Err(e) = dom::save(&name, text) {
                    if library_keeps {
                        dom::forget();
                        return;
                    }
                    store.dispatch(Action::Rejected { name, reason: Reason::NotKept(e) });
                }
            };
            // A record of megabytes is written after it is painted (that takes a while); a
            // usual one at once, so a reload straight after still finds it.
            let pending = match shown {
                Some((name, text, false)) if saves && text.len() > LARGE => {
                    let (name, text) = (name.clone(), text.clone());
                    Some(gloo::timers::callback::Timeout::new(50, move || save(name, &text)))
                }
                Some((name, text, false)) if saves => {
                    save(name.clone(), text);
                    None
                }
                _ => None,
            };
            move || drop(pending)
        });
    }

    // "#p23": on load, and whenever the fragment changes (not in a viewer embedded in a page).
    let follows_hash = props.owns_page() || props.frame;
    {
        let store = store.clone();
        let loaded = store.shown.as_ref().map(|s| s.text.len());
        use_effect_with(loaded, move |loaded| {
            if follows_hash && loaded.is_some() {
                if let Some(n) = dom::hash_paragraph() {
                    store.dispatch(Action::GoToNumber(n));
                }
            }
        });
    }
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().filter(|_| follows_hash).map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    if let Some(n) = dom::hash_paragraph() {
                        store.dispatch(Action::GoToNumber(n));
                    }
                })
            });
            move || drop(listener)
        });
    }

    super::keep::use_library(store.clone(), (props.owns_page() && !props.frame) || props.library);

    let reader = super::input::use_file_reader(store.clone());
    // Ctrl/Cmd+V anywhere outside a text field opens the pasted text, or the pasted file
    // (a file copied in the file manager): the same reader as a picked or dropped file.
    {
        let store = store.clone();
        let reader = reader.clone();
        let listens = props.owns_page() && !props.read_only;
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).filter(|_| listens).map(|d| {
                // Not passive: the page takes the paste over (prevent_default).
                EventListener::new_with_options(&d, "paste", EventListenerOptions::enable_prevent_default(), move |e| {
                    if dom::typing_in_field() {
                        return;
                    }
                    let Some(e) = e.dyn_ref::<web_sys::ClipboardEvent>() else { return };
                    e.prevent_default();
                    if let Some(files) = e.clipboard_data().and_then(|d| d.files()).filter(|f| f.length() > 0) {
                        reader.emit(files);
                        return;
                    }
                    let text = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok()).unwrap_or_default();
                    super::input::load_in_own_task(&store, text, PASTED.to_string());
                })
            });
            move || drop(listener)
        });
    }

    // Scroll to the paragraph a link, a search step or the clock pointed at.
    {
        let target =
            store.highlighted.and_then(|p| store.shown.as_ref().map(|s| super::turn::paragraph_id(&s.parsed, p)));
        let root = root.clone();
        use_effect_with(target, move |target| {
            if let (Some(id), Some(root)) = (target, root.cast::<web_sys::Element>()) {
                dom::scroll_to(&root, id);
            }
        });
    }

    super::frame::use_frame_api(props.frame, store.clone(), root.clone());

    let ondragover = {
        let store = store.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !store.dragging {
                store.dispatch(Action::Dragging(true));
            }
        })
    };
    let ondragleave = {
        let store = store.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving for a child element is not leaving the page.
            if e.related_target().is_none() {
                store.dispatch(Action::Dragging(false));
            }
        })
    };
    let ondrop = {
        let reader = reader.clone();
        let store = store.clone();
        let read_only = props.read_only;
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if read_only {
                store.dispatch(Action::Dragging(false));
                return;
            }
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                reader.emit(files);
            }
        })
    };
    let compact = props.compact;
    // One main landmark per page: an embedded viewer is a region of the host's page.
    let main_tag = if props.embedded { "section" } else { "main" };
    let style = props.height.as_ref().map(|h| format!("max-height: {h}; overflow: auto;"));
    let class = classes!("rl-app", props.embedded.then_some("rl-embedded"), props.frame.then_some("rl-frame"));

    html! {
        <ContextProvider<Store> context={store.clone()}>
            <div {class} {style} lang={lang.code()} ref={root.clone()} {ondragover} {ondragleave} {ondrop}>
                if props.owns_page() && !props.frame {
                    <header class="rl-bar">
                        <h1 class="rl-title">{ "Recordline" }</h1>
                        <p class="rl-tagline">{ t.text(Text::Tagline) }</p>
                        if dom::served_over_http() {
                            <a class="rl-offline" href="recordline.html" download="recordline.html"
                                title={t.text(Text::SaveOfflineTitle)}>
                                { t.text(Text::SaveOffline) }</a>
                        }
                        { language_menu(&store) }
                    </header>
                }
                if !props.read_only {
                    <super::input::InputPanel reader={reader.clone()} />
                }
                { progress(&store) }
                { message(&store, props.embedded) }
                <super::views::Views />
                if let View::Library = &store.records.view {
                    <super::library_view::LibraryView />
                } else if let View::Review(key) = &store.records.view {
                    <super::review::ReviewView review={key.clone()} />
                } else if let View::Appearances(who) = &store.records.view {
                    <super::appearances::AppearancesView who={who.clone()} />
                } else if let View::Versions { left, right } = &store.records.view {
                    <super::versions::VersionsView left={left.clone()} right={right.clone()} />
                } else if store.shown.is_some() {
                    <div class="rl-layout">
                        <@{main_tag} class="rl-main" id="record" aria-label={t.text(Text::MeetingRecord)}>
                            <super::header::RecordHeader {compact} />
                            <super::clock::Clock />
                            <super::toolbar::Toolbar />
                            <super::timeline::Timeline />
                        </@>
                        <aside class="rl-side" aria-label={t.text(Text::SpeakersAndNotes)}>
                            <super::library::Library />
                            <super::speakers::Speakers />
                            <super::problems::Problems />
                        </aside>
                    </div>
                }
                if store.dragging {
                    <div class="rl-drop" aria-hidden="true"><p>{ t.text(Text::DropToOpen) }</p></div>
                }
            </div>
        </ContextProvider<Store>>
    }
}

/// The progress of a file being read page by page (a PDF).
fn progress(store: &Store) -> Html {
    let Some(p) = &store.reading else { return html! {} };
    let label = store.lang.table().reading(&p.name, p.done, p.total);
    html! {
        <div class="rl-message rl-info rl-progress" role="status" data-reading="">
            <span>{ label.clone() }</span>
            <progress max={p.total.to_string()} value={p.done.to_string()} aria-label={label} />
        </div>
    }
}

fn message(store: &Store, embedded: bool) -> Html {
    let Some(m) = &store.message else { return html! {} };
    // An embedded viewer speaks only when something went wrong.
    if embedded && m.tone == Tone::Info {
        return html! {};
    }
    let class = match m.tone {
        Tone::Info => "rl-message rl-info",
        Tone::Problem => "rl-message rl-problem",
    };
    let role = if m.tone == Tone::Problem { "alert" } else { "status" };
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::DismissMessage))
    };
    html! {
        <div class={class} role={role} data-message={if m.tone == Tone::Problem { "problem" } else { "info" }}>
            <p>{ m.words(store.lang) }</p>
            <button type="button" class="rl-quiet" onclick={dismiss} aria-label={store.lang.table().text(Text::DismissMessage)}>{ "×" }</button>
        </div>
    }
}

/// The language menu: each language named in itself; the choice is kept for the next visit.
fn language_menu(store: &Store) -> Html {
    let onchange = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_code(&select.value()) {
                dom::save_language(lang);
                store.dispatch(Action::SetLanguage(lang));
            }
        })
    };
    html! {
        <span class="rl-language">
            <label for="rl-language">{ store.lang.table().text(Text::Language) }</label>
            <select id="rl-language" {onchange} data-language="">
                { for Lang::ALL.into_iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={l == store.lang}>{ l.own_name() }</option>
                }) }
            </select>
        </span>
    }
}
