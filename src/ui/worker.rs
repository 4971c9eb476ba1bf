//! Reading a file where a failure cannot take the page down (issue 11). A file is imported
//! and parsed in a Web Worker of its own, running this same WebAssembly module: if the reader
//! traps, aborts, runs out of memory or runs past a time limit, only the worker dies. The page
//! says so in plain words, the record on screen and the pasted text stay, and the app goes on.
//!
//! The worker is made from a Blob URL of [`WORKER_JS`], a classic worker (a module worker from a
//! Blob URL is refused to a page opened from `file://`; a classic one may still `import()`) that imports the app's
//! JavaScript glue (its URL: `globalThis.__recordlineGlue`, set by the single offline file and
//! by `recordline-embed.js`; else `recordline-web.js` beside the page) and instantiates the
//! already compiled module the page holds (`wasm_bindgen::module()`), so nothing is fetched
//! twice and it works from `file://`. One worker per file, ended when it answers.
//!
//! When a worker cannot be started (an old browser, a page policy), the file is read on the
//! page as before. The worker reads and parses; the page then parses the text again, which
//! cannot fail where the same code on the same text has just succeeded.

use super::Store;
use crate::i18n::Lang;
use crate::viewer::{Action, Reason};
use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long a file may take before the reader is stopped, unless the page says otherwise
/// (`?reader-timeout=MS`, for slow machines and for the tests).
const TIME_LIMIT_MS: u32 = 60_000;

const WORKER_JS: &str = r#"
postMessage({ started: true });
onmessage = async (e) => {
  const m = e.data;
  try {
    const glue = await import(m.glue);
    await glue.default({ module_or_path: m.module });
    const result = glue.recordline_read_file(new Uint8Array(m.bytes), m.name, m.lang, (done, total) => postMessage({ progress: [done, total] }));
    postMessage({ result });
  } catch (err) {
    postMessage({ failed: String((err && err.message) || err) });
  }
};
"#;

/// Runs in the worker: reads a file and parses its text; `progress(done, total)` between PDF pages.
/// Returns `{ ok: true, text, notes }` or `{ ok: false, reason }`, the reason in `lang` ("fr").
#[wasm_bindgen]
pub fn recordline_read_file(bytes: &[u8], name: &str, lang: &str, progress: &js_sys::Function) -> JsValue {
    let out = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&out, &JsValue::from_str(k), &v);
    };
    match read(bytes, name, progress) {
        Ok(imported) => {
            // Parsed here first: a parser failure ends this worker, not the page.
            let _ = crate::parse(&imported.text);
            set("ok", JsValue::TRUE);
            set("text", JsValue::from_str(&imported.text));
            set("notes", JsValue::from_str(&imported.notes.join("; ")));
        }
        Err(e) => {
            set("ok", JsValue::FALSE);
            let lang = Lang::from_code(lang).unwrap_or_default();
            set("reason", JsValue::from_str(&lang.table().import_error(&e)));
        }
    }
    out.into()
}

fn read(
    bytes: &[u8],
    name: &str,
    progress: &js_sys::Function,
) -> Result<crate::import::Imported, crate::import::ImportError> {
    #[cfg(feature = "pdf")]
    if crate::import::is_pdf(name, bytes) {
        let mut reading = crate::import::PdfReading::start(bytes.to_vec())?;
        let tell = |r: &crate::import::PdfReading| {
            let _ = progress.call2(&JsValue::NULL, &(r.pages_read() as f64).into(), &(r.pages() as f64).into());
        };
        tell(&reading);
        while reading.read_page()? {
            tell(&reading);
        }
        return reading.finish().map(|pdf| crate::import::Imported { text: pdf.text, notes: pdf.notes });
    }
    let _ = progress;
    crate::import::open_with_notes(name, bytes)
}

fn glue_url() -> Option<String> {
    let window = web_sys::window()?;
    if let Some(url) =
        js_sys::Reflect::get(&window, &JsValue::from_str("__recordlineGlue")).ok().and_then(|v| v.as_string())
    {
        return Some(url);
    }
    let base = window.document()?.base_uri().ok()??;
    web_sys::Url::new_with_base("recordline-web.js", &base).ok().map(|u| u.href())
}

fn time_limit() -> u32 {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| {
            s.trim_start_matches('?')
                .split('&')
                .find_map(|p| p.strip_prefix("reader-timeout=").and_then(|v| v.parse().ok()))
        })
        .unwrap_or(TIME_LIMIT_MS)
}

/// Reads `bytes` in a worker and delivers the result to `store` (through `deliver`). Gives the
/// bytes back when no worker can be started, so the caller reads them on the page.
pub fn read_in_worker(
    store: &Store,
    name: &str,
    bytes: Vec<u8>,
    deliver: Rc<dyn Fn(Result<crate::import::Imported, crate::import::ImportError>)>,
    on_page: Rc<dyn Fn(Vec<u8>)>,
) -> Result<(), Vec<u8>> {
    let Some(glue) = glue_url() else { return Err(bytes) };
    let Some((worker, script)) = start() else { return Err(bytes) };
    let done = Rc::new(Cell::new(false));
    // Kept until the worker says it started: a worker that a page's policy stops before its first
    // line runs fails with an error event, and then the file is read on the page instead.
    // The worker gets a copy in a JS buffer; the bytes themselves wait here, not a second copy.
    let buffer = js_sys::Uint8Array::from(&bytes[..]).buffer();
    let unstarted: Rc<RefCell<Option<Vec<u8>>>> = Rc::new(RefCell::new(Some(bytes)));
    let listeners: Rc<RefCell<Vec<EventListener>>> = Rc::new(RefCell::new(Vec::new()));
    let finish = {
        let worker = worker.clone();
        let done = done.clone();
        let listeners = listeners.clone();
        move || {
            done.set(true);
            worker.terminate();
            let _ = web_sys::Url::revoke_object_url(&script);
            // The listeners are dropped after the current event, never inside their own call.
            let listeners = listeners.clone();
            gloo::timers::callback::Timeout::new(0, move || listeners.borrow_mut().clear()).forget();
        }
    };
    let failed = {
        let store = store.clone();
        let name = name.to_string();
        move |reason: Reason| store.dispatch(Action::Rejected { name: name.clone(), reason })
    };
    let on_message = {
        let (store, name, finish, failed, deliver) =
            (store.clone(), name.to_string(), finish.clone(), failed.clone(), deliver);
        let unstarted = unstarted.clone();
        EventListener::new(&worker, "message", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else { return };
            let data = e.data();
            let get = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok().filter(|v| !v.is_undefined());
            if get("started").is_some() {
                unstarted.borrow_mut().take();
                return;
            }
            if let Some(p) = get("progress") {
                let p = js_sys::Array::from(&p);
                let (d, t) = (p.get(0).as_f64().unwrap_or(0.0) as usize, p.get(1).as_f64().unwrap_or(0.0) as usize);
                store.dispatch(Action::Reading { name: name.clone(), done: d, total: t });
                return;
            }
            finish();
            if let Some(r) = get("result") {
                let field = |k: &str| js_sys::Reflect::get(&r, &JsValue::from_str(k)).ok().and_then(|v| v.as_string());
                if js_sys::Reflect::get(&r, &JsValue::from_str("ok")).ok().and_then(|v| v.as_bool()) == Some(true) {
                    let notes = field("notes").filter(|n| !n.is_empty()).map(|n| vec![n]).unwrap_or_default();
                    deliver(Ok(crate::import::Imported { text: field("text").unwrap_or_default(), notes }));
                } else {
                    let reason = Reason::Said(field("reason").unwrap_or_default());
                    store.dispatch(Action::Rejected { name: name.clone(), reason });
                }
            } else {
                failed(get("failed").and_then(|f| f.as_string()).map_or(Reason::ReaderNoAnswer, Reason::ReaderStopped));
            }
        })
    };
    let on_error = {
        let (finish, failed, unstarted) = (finish.clone(), failed.clone(), unstarted.clone());
        EventListener::new(&worker, "error", move |e| {
            let why = js_sys::Reflect::get(e, &JsValue::from_str("message")).ok().and_then(|m| m.as_string());
            finish();
            match unstarted.borrow_mut().take() {
                Some(bytes) => on_page(bytes),
                None => failed(why.map_or(Reason::ReaderFailed, Reason::ReaderStopped)),
            }
        })
    };
    listeners.borrow_mut().extend([on_message, on_error]);
    let limit = time_limit();
    {
        let (done, finish, failed) = (done.clone(), finish.clone(), failed.clone());
        gloo::timers::callback::Timeout::new(limit, move || {
            if !done.get() {
                finish();
                failed(Reason::TimedOut { limit_ms: limit });
            }
        })
        .forget();
    }
    let message = js_sys::Object::new();
    for (k, v) in [
        ("glue", JsValue::from_str(&glue)),
        ("module", wasm_bindgen::module()),
        ("bytes", buffer.clone().into()),
        ("name", JsValue::from_str(name)),
        ("lang", JsValue::from_str(store.lang.code())),
    ] {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(k), &v);
    }
    if worker.post_message_with_transfer(&message, &js_sys::Array::of1(&buffer)).is_err() {
        let bytes = unstarted.borrow_mut().take().unwrap_or_default();
        finish();
        return Err(bytes);
    }
    Ok(())
}

/// A worker running [`WORKER_JS`], and its script's object URL (revoked when it ends).
fn start() -> Option<(web_sys::Worker, String)> {
    let parts = js_sys::Array::of1(&JsValue::from_str(WORKER_JS));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    match web_sys::Worker::new(&url) {
        Ok(worker) => Some((worker, url)),
        Err(_) => {
            let _ = web_sys::Url::revoke_object_url(&url);
            None
        }
    }
}
