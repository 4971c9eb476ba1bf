//! The iframe viewer's message API (`index.html?embed=1`).
//!
//! The host may send, with `iframe.contentWindow.postMessage(message, "https://recordline.example")`:
//! * `{ type: "recordline:load", text: "...", name: "CMW_C_SR.464.txt" }`: show this record;
//! * `{ type: "recordline:goto", paragraph: 23 }`: go to paragraph 23.
//!
//! The viewer sends to its parent:
//! * `{ type: "recordline:ready" }` once it listens;
//! * `{ type: "recordline:loaded", symbol: "CMW/C/SR.464" | null, turns: 20 }` when a record shows;
//! * `{ type: "recordline:height", height: 1234 }` whenever its content height changes (for auto-resize);
//! * `{ type: "recordline:paragraph", paragraph: 23 }` when the paragraph at the top of the view changes.
//!
//! Messages are accepted only from the parent window and from the origins the host lists in the
//! frame's address (`&origin=https://ngo.example`; none listed: the viewer's own origin): see
//! [`crate::host`]. The viewer's own messages go to the listed origins (or to any, when none is).

use super::Store;
use crate::viewer::Action;
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

fn listed() -> Vec<String> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    crate::host::listed_origins(&search)
}

fn post(fields: &[(&str, JsValue)]) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else { return };
    let message = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(k), v);
    }
    let targets = listed();
    if targets.is_empty() || targets.iter().any(|t| t == "*") {
        let _ = parent.post_message(&message, "*");
        return;
    }
    // The parent's origin, where the browser tells it (`location.ancestorOrigins`): only a
    // listed origin that is the parent's is posted to, so no message is refused on the way.
    let parent_origin = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.location(), &JsValue::from_str("ancestorOrigins")).ok())
        .and_then(|list| js_sys::Reflect::get(&list, &JsValue::from_f64(0.0)).ok())
        .and_then(|o| o.as_string());
    for t in targets.iter().filter(|t| parent_origin.as_ref().is_none_or(|p| p == *t)) {
        let _ = parent.post_message(&message, t);
    }
}

/// Is this message from the parent window, at an origin the host listed?
fn from_host(e: &web_sys::MessageEvent) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let parent: Option<JsValue> = window.parent().ok().flatten().map(Into::into);
    let source: Option<JsValue> = e.source().map(Into::into);
    let from_parent = matches!((&parent, &source), (Some(p), Some(s)) if js_sys::Object::is(p, s));
    let own = window.location().origin().unwrap_or_default();
    crate::host::accepts(&listed(), &own, &e.origin(), from_parent)
}

fn field(data: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(data, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

#[hook]
pub fn use_frame_api(enabled: bool, store: Store, root: NodeRef) {
    // Listen for the host's messages.
    {
        let store = store.clone();
        use_effect_with(enabled, move |enabled| {
            let listener = web_sys::window().filter(|_| *enabled).map(|w| {
                let l = EventListener::new(&w, "message", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else { return };
                    if !from_host(e) {
                        return;
                    }
                    let data = e.data();
                    match field(&data, "type").and_then(|t| t.as_string()).as_deref() {
                        Some("recordline:load") => {
                            let text = field(&data, "text").and_then(|t| t.as_string()).unwrap_or_default();
                            let name = field(&data, "name")
                                .and_then(|t| t.as_string())
                                .unwrap_or(crate::viewer::INLINE.into());
                            store.dispatch(Action::Load { text, name, sample: false });
                        }
                        Some("recordline:goto") => {
                            if let Some(n) = field(&data, "paragraph").and_then(|n| n.as_f64()) {
                                store.dispatch(Action::GoToNumber(n as u32));
                            }
                        }
                        _ => {}
                    }
                });
                post(&[("type", "recordline:ready".into())]);
                l
            });
            move || drop(listener)
        });
    }
    // Say when a record is shown.
    {
        let loaded = store.shown.as_ref().map(|s| (s.parsed.record.symbol.clone(), s.parsed.record.turns.len()));
        use_effect_with(loaded, move |loaded| {
            if let (true, Some((symbol, turns))) = (enabled, loaded) {
                let symbol = symbol.as_deref().map_or(JsValue::NULL, JsValue::from_str);
                post(&[("type", "recordline:loaded".into()), ("symbol", symbol), ("turns", (*turns as f64).into())]);
            }
        });
    }
    // Report the content height after every render that changes it.
    let last_height = use_mut_ref(|| -1i32);
    {
        let root = root.clone();
        use_effect(move || {
            if enabled {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    let h = el.scroll_height();
                    if *last_height.borrow() != h {
                        *last_height.borrow_mut() = h;
                        post(&[("type", "recordline:height".into()), ("height", (h as f64).into())]);
                    }
                }
            }
        });
    }
    // Report the paragraph at the top of the view as the reader scrolls.
    use_effect_with(enabled, move |enabled| {
        let last = Rc::new(Cell::new(0u32));
        let listener = web_sys::window().filter(|_| *enabled).map(|w| {
            EventListener::new(&w, "scroll", move |_| {
                let Some(el) = root.cast::<web_sys::Element>() else { return };
                let Ok(list) = el.query_selector_all("[data-paragraph]") else { return };
                for i in 0..list.length() {
                    let Some(p) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
                    let rect = p.get_bounding_client_rect();
                    if rect.height() > 0.0 && rect.bottom() > 0.0 {
                        let n = p.get_attribute("data-paragraph").and_then(|n| n.parse().ok()).unwrap_or(0);
                        if n != last.get() {
                            last.set(n);
                            post(&[("type", "recordline:paragraph".into()), ("paragraph", (n as f64).into())]);
                        }
                        break;
                    }
                }
            })
        });
        move || drop(listener)
    });
}
