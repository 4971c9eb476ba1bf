//! Component tests in a real browser (headless Chromium via wasm-bindgen-test):
//! the app mounts into an element, shows the sample, and reacts to clicks.
//! Run by scripts/test.sh: `cargo test --target wasm32-unknown-unknown --features web --test web`.
#![cfg(all(target_arch = "wasm32", feature = "web"))]

use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

/// Waits (up to 5 s; a debug build parses slowly) until the sample is on screen.
async fn loaded(root: &web_sys::Element) {
    for _ in 0..100 {
        if count(root, "[data-turn]") > 0 {
            return;
        }
        settle().await;
    }
}

fn fresh_root() -> web_sys::Element {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let document = window.document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector).unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn the_app_mounts_with_the_sample_and_its_clock() {
    let root = fresh_root();
    let app = recordline::ui::mount_into(root.clone());
    loaded(&root).await;
    assert_eq!(count(&root, "[data-turn]"), 20, "turns");
    assert_eq!(count(&root, "[data-event]"), 4, "events");
    let symbol = root.query_selector("#rl-symbol").unwrap().map(|e| e.text_content().unwrap_or_default());
    assert_eq!(symbol.as_deref(), Some("CMW/C/SR.464"), "symbol");
    assert_eq!(count(&root, "[data-clock-turn]"), 20, "clock segments");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_disclosure_button_opens_its_turn() {
    let root = fresh_root();
    let app = recordline::ui::mount_into(root.clone());
    loaded(&root).await;
    assert_eq!(count(&root, r#".rl-disclose[aria-expanded="true"]"#), 0);
    click(&root, r#"[data-turn="2"] .rl-disclose"#);
    settle().await;
    assert_eq!(count(&root, r#".rl-disclose[aria-expanded="true"]"#), 1);
    let body = root.query_selector("#tb2").unwrap().unwrap();
    assert!(!body.has_attribute("hidden"));
    assert_eq!(count(&root, "#tb2 [data-paragraph]"), 5, "¶20-24");
    app.destroy();
}

#[wasm_bindgen_test]
async fn selecting_a_speaker_filters_the_timeline() {
    let root = fresh_root();
    let app = recordline::ui::mount_into(root.clone());
    loaded(&root).await;
    click(&root, r#"[data-speaker-key="Mr. Kariyawasam|member"]"#);
    settle().await;
    assert_eq!(count(&root, "[data-turn]"), 3);
    app.destroy();
}
