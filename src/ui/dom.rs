//! The few browser calls the app makes: storage, downloads, clipboard, scrolling, languages.

use crate::i18n::Lang;
use crate::viewer::Reason;
use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

const SAVED: &str = "recordline:last-record";
const LANGUAGE: &str = "recordline:language";

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

/// The language the reader chose in the page, on an earlier visit.
pub fn saved_language() -> Option<Lang> {
    LocalStorage::raw().get_item(LANGUAGE).ok().flatten().and_then(|c| Lang::from_code(&c))
}

/// Keeps the reader's choice of language for the next visit (a refusal is not worth a message).
pub fn save_language(lang: Lang) {
    let _ = LocalStorage::raw().set_item(LANGUAGE, lang.code());
}

/// The first of the browser's languages (`navigator.languages`) the interface speaks.
pub fn browser_language() -> Lang {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Lang::En };
    let codes: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    match codes.is_empty() {
        true => Lang::preferred(navigator.language().as_deref()),
        false => Lang::preferred(codes.iter().map(String::as_str)),
    }
}

/// Sets `<html lang>` and the title in that language (the full page and the iframe viewer own
/// their document).
pub fn set_document_language(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(title);
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
/// it as text. Errors say what happened and how to fix it, with the URL (in the reader's
/// language, from [`Reason`]).
pub async fn fetch_record(url: &str) -> Result<String, Reason> {
    use wasm_bindgen_futures::JsFuture;
    let failed = || Reason::FetchFailed { url: url.to_string() };
    let window = web_sys::window().ok_or_else(failed)?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed())?;
    if !response.ok() {
        return Err(Reason::FetchStatus {
            url: url.to_string(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let interrupted = || Reason::FetchInterrupted { url: url.to_string() };
    let buffer =
        JsFuture::from(response.array_buffer().map_err(|_| interrupted())?).await.map_err(|_| interrupted())?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let name = url.rsplit('/').next().unwrap_or(url);
    crate::import::open(name, &bytes).map_err(Reason::Import)
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
