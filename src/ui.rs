//! The web app: a thin Yew layer over the core. All state changes go through
//! [`crate::viewer::Viewer::apply`]; components render state and dispatch actions.
//! Only this module (and `src/bin/web.rs`) knows about Yew, web-sys and gloo.

mod app;
mod appearances;
mod clock;
mod dom;
mod embed;
mod frame;
mod header;
mod idb;
mod input;
mod keep;
mod library;
mod library_view;
mod problems;
mod review;
mod speakers;
mod timeline;
mod toolbar;
mod turn;
mod versions;
mod views;
mod worker;

pub use app::{App, AppProps};
pub use embed::start;

use crate::viewer::{Action, Viewer};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Viewer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// The reducer handle every component reads from context.
pub type Store = UseReducerHandle<Viewer>;

/// Mounts the app into the page's body.
pub fn mount() {
    yew::Renderer::<App>::new().render();
}

/// Mounts the app into an element (embedding; tests).
pub fn mount_into(element: web_sys::Element) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root(element).render()
}

/// For the end-to-end tests (`tests/e2e/run.mjs`): the interface's strings in `lang` ("en"),
/// as a JSON array ([`crate::i18n::strings`]), to look for English left on a French page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn interface_strings(lang: &str) -> String {
    let lang = crate::i18n::Lang::from_code(lang).unwrap_or_default();
    serde_json::to_string(&crate::i18n::strings(lang)).unwrap_or_default()
}

/// For the benchmark (`scripts/bench.sh`): parses `text` `runs` times in WebAssembly and
/// returns the milliseconds taken, so the browser's speed can be compared with native.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_parse(text: &str, runs: u32) -> f64 {
    let performance = web_sys::window().and_then(|w| w.performance());
    let now = || performance.as_ref().map_or(0.0, |p| p.now());
    let start = now();
    let mut turns = 0;
    for _ in 0..runs {
        turns += crate::parse(text).record.turns.len();
    }
    std::hint::black_box(turns);
    now() - start
}
