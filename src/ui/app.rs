//! The page: owns the reducer, restores the last record, listens for paste and
//! drop anywhere, saves what was opened, and lays out the panels.

use super::{dom, Store};
use crate::viewer::{Action, Tone, Viewer, SAMPLE, SAMPLE_NAME};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let store = use_reducer(Viewer::default);

    // First visit: the sample; later visits: the record read last time.
    {
        let store = store.clone();
        use_effect_with((), move |_| match dom::saved() {
            Some(s) => store.dispatch(Action::Load { text: s.text, name: s.name, sample: false }),
            None => {
                store.dispatch(Action::Load { text: SAMPLE.to_string(), name: SAMPLE_NAME.to_string(), sample: true })
            }
        });
    }

    // Keep the record shown (not the sample) for the next visit; a failed save is said.
    {
        let store = store.clone();
        let shown = store.shown.as_ref().map(|s| (s.name.clone(), s.text.clone(), s.sample));
        use_effect_with(shown, move |shown| {
            if let Some((name, text, false)) = shown {
                if let Err(e) = dom::save(name, text) {
                    store.dispatch(Action::Rejected {
                        name: name.clone(),
                        reason: format!("opened, but it could not be kept for your next visit ({e})"),
                    });
                }
            }
        });
    }

    // "#p23": on load, and whenever the fragment changes.
    {
        let store = store.clone();
        let loaded = store.shown.as_ref().map(|s| s.text.len());
        use_effect_with(loaded, move |loaded| {
            if loaded.is_some() {
                if let Some(n) = dom::hash_paragraph() {
                    store.dispatch(Action::GoToNumber(n));
                }
            }
        });
    }
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    if let Some(n) = dom::hash_paragraph() {
                        store.dispatch(Action::GoToNumber(n));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Ctrl/Cmd+V anywhere outside a text field opens the pasted text.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|d| {
                // Not passive: the page takes the paste over (prevent_default).
                EventListener::new_with_options(&d, "paste", EventListenerOptions::enable_prevent_default(), move |e| {
                    if dom::typing_in_field() {
                        return;
                    }
                    let Some(e) = e.dyn_ref::<web_sys::ClipboardEvent>() else { return };
                    let text = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok()).unwrap_or_default();
                    e.prevent_default();
                    store.dispatch(Action::Load { text, name: "pasted text".to_string(), sample: false });
                })
            });
            move || drop(listener)
        });
    }

    // Scroll to the paragraph a link, a search step or the clock pointed at.
    {
        let target =
            store.highlighted.and_then(|p| store.shown.as_ref().map(|s| super::turn::paragraph_id(&s.parsed, p)));
        use_effect_with(target, move |target| {
            if let Some(id) = target {
                dom::scroll_to(id);
            }
        });
    }

    let reader = super::input::use_file_reader(store.clone());
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
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                reader.emit(files);
            }
        })
    };

    html! {
        <ContextProvider<Store> context={store.clone()}>
            <div class="rl-app" {ondragover} {ondragleave} {ondrop}>
                <header class="rl-bar">
                    <h1 class="rl-title">{ "Recordline" }</h1>
                    <p class="rl-tagline">{ "UN meeting records, readable. Parsed on your computer; nothing is uploaded." }</p>
                </header>
                <super::input::InputPanel reader={reader.clone()} />
                { message(&store) }
                if store.shown.is_some() {
                    <div class="rl-layout">
                        <main class="rl-main" id="record">
                            <super::header::RecordHeader />
                            <super::clock::Clock />
                            <super::toolbar::Toolbar />
                            <super::timeline::Timeline />
                        </main>
                        <aside class="rl-side" aria-label="Speakers and notes">
                            <super::speakers::Speakers />
                            <super::problems::Problems />
                        </aside>
                    </div>
                }
                if store.dragging {
                    <div class="rl-drop" aria-hidden="true"><p>{ "Drop the record to open it" }</p></div>
                }
            </div>
        </ContextProvider<Store>>
    }
}

fn message(store: &Store) -> Html {
    let Some(m) = &store.message else { return html! {} };
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
            <p>{ &m.text }</p>
            <button type="button" class="rl-quiet" onclick={dismiss} aria-label="Dismiss message">{ "×" }</button>
        </div>
    }
}
