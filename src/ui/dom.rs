//! The few browser calls the app makes: storage, downloads, clipboard, scrolling.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

const SAVED: &str = "recordline:last-record";

#[derive(Serialize, Deserialize)]
pub struct Saved {
    pub name: String,
    pub text: String,
}

pub fn save(name: &str, text: &str) -> Result<(), String> {
    LocalStorage::set(SAVED, Saved { name: name.to_string(), text: text.to_string() }).map_err(|e| e.to_string())
}

pub fn saved() -> Option<Saved> {
    LocalStorage::get(SAVED).ok()
}

pub fn forget() {
    LocalStorage::delete(SAVED);
}

/// Offers `content` as a file download; nothing leaves the machine.
pub fn download(filename: &str, mime: &str, content: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys_array(content);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn js_sys_array(content: &str) -> wasm_bindgen::JsValue {
    let array = js_sys::Array::new();
    array.push(&wasm_bindgen::JsValue::from_str(content));
    array.into()
}

pub fn copy(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Scrolls the element with `id` inside the viewer's `root` into view (works in shadow roots).
pub fn scroll_to(root: &web_sys::Element, id: &str) {
    let Ok(Some(el)) = root.query_selector(&format!("#{id}")) else { return };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The paragraph number in the page's `#p23` fragment.
pub fn hash_paragraph() -> Option<u32> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix("#p")?.parse().ok()
}

/// Is keyboard focus in a text field (where Ctrl+V belongs to the field)?
pub fn typing_in_field() -> bool {
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    active.is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA") || e.has_attribute("contenteditable"))
}

/// Fetches a record from `url` (same site, or a site that allows it by CORS) and reads
/// it as text. Errors say what happened and how to fix it, with the URL.
pub async fn fetch_record(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| {
        format!(
            "could not be loaded from {url}: the network request failed. Either the computer is offline or the \
             address is wrong, or the record is on another site that does not allow this page to read it (CORS, \
             or this page's Content Security Policy). To fix it, put the record on the same site as this page, or \
             have its server send the header Access-Control-Allow-Origin and allow its site in connect-src"
        )
    })?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "unexpected fetch result".to_string())?;
    if !response.ok() {
        return Err(format!(
            "could not be loaded from {url}: the server answered {} {}. Check the address in data-src or src",
            response.status(),
            response.status_text()
        ));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| "the response has no body".to_string())?)
        .await
        .map_err(|_| format!("the download from {url} was interrupted"))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let name = url.rsplit('/').next().unwrap_or(url);
    crate::import::open(name, &bytes).map_err(|e| e.to_string())
}

/// Is the page served over http(s) (rather than opened from disk)?
pub fn served_over_http() -> bool {
    web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "http:" || p == "https:")
}

/// Registers the service worker that lets the app open with no network after a first visit.
pub fn register_service_worker() {
    if !served_over_http() {
        return;
    }
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().service_worker().register("sw.js");
    }
}

/// Asks the reader to confirm (the browser's own dialog); `true` where no dialog can be shown.
pub fn confirm(question: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(question).ok()).unwrap_or(true)
}
