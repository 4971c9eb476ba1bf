//! Starting the app in the three ways a page can use it:
//! * the full page (`index.html`, `recordline.html`);
//! * viewers embedded by script: every `<div data-recordline>` of a host page becomes an
//!   independent viewer inside its own shadow root, so the host's styles and the viewer's
//!   styles do not reach each other (only inherited values and `--rl-*` custom properties cross);
//! * the iframe viewer (`index.html?embed=1&src=...`).
//!
//! Attributes of `<div data-recordline>`: `data-src` (a record's URL) or a
//! `<script type="text/plain">` child holding the record's text; `data-readonly`
//! (no input panel); `data-start="expanded"` or `"collapsed"`; `data-compact`
//! (short header); `data-height` ("600px": the viewer scrolls inside); `data-library` (the
//! viewer keeps what it opens in the browser's library and shows it; off by default, so an
//! embedded viewer never touches the library unless the host asks; `&library=1` for the iframe); `data-lang` ("en", "fr",
//! "es": the interface's language; else the browser's). The iframe viewer takes `?lang=`.

use super::app::{App, AppProps};
use wasm_bindgen::JsCast;
use yew::AttrValue;

/// The stylesheets, for shadow roots. Rules for the document (`:root`, `body`) become rules
/// for the host element, and `rem` becomes `em`, so a host's root font size does not matter.
fn shadow_css() -> String {
    let sheets = [
        include_str!("../../styles/base.css"),
        include_str!("../../styles/app.css"),
        include_str!("../../styles/timeline.css"),
        include_str!("../../styles/library.css"),
        include_str!("../../styles/print.css"),
    ];
    let mut css = String::from(
        ":host { all: initial; display: block; position: relative; font: 16px/1.55 var(--rl-font); \
         color: var(--rl-fg); background: var(--rl-bg); text-align: left; }\n",
    );
    for sheet in sheets {
        css.push_str(&sheet.replace(":root", ":host").replace("body {", ".rl-app {").replace("rem", "em"));
        css.push('\n');
    }
    css
}

/// Starts whatever this page needs.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(hosts) = document.query_selector_all("[data-recordline]") {
        if hosts.length() > 0 {
            for i in 0..hosts.length() {
                if let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    mount_embedded(&document, host);
                }
            }
            return;
        }
    }
    let params = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok());
    let param = |name: &str| params.as_ref().and_then(|p| p.get(name));
    if param("embed").as_deref() == Some("1") {
        let props = AppProps {
            embedded: true,
            frame: true,
            read_only: param("readonly").as_deref() == Some("1"),
            expanded: param("start").as_deref() == Some("expanded"),
            compact: param("compact").as_deref() != Some("0"),
            src: param("src").map(AttrValue::from),
            text: None,
            height: None,
            library: param("library").as_deref() == Some("1"),
            lang: param("lang").map(AttrValue::from),
        };
        if let Some(body) = document.body() {
            yew::Renderer::<App>::with_root_and_props(body.into(), props).render();
        }
        return;
    }
    super::dom::register_service_worker();
    super::mount();
}

fn mount_embedded(document: &web_sys::Document, host: web_sys::Element) {
    if host.has_attribute("data-recordline-mounted") {
        return;
    }
    let _ = host.set_attribute("data-recordline-mounted", "");
    let attr = |name: &str| host.get_attribute(name);
    let flag = |name: &str| attr(name).is_some_and(|v| v != "false");
    let text = host
        .query_selector("script[type='text/plain']")
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
        .filter(|t| !t.trim().is_empty());
    let props = AppProps {
        embedded: true,
        frame: false,
        read_only: flag("data-readonly"),
        expanded: attr("data-start").as_deref() == Some("expanded"),
        compact: flag("data-compact"),
        src: attr("data-src").map(AttrValue::from),
        text: text.map(AttrValue::from),
        height: attr("data-height").map(AttrValue::from),
        library: flag("data-library"),
        lang: attr("data-lang").map(AttrValue::from),
    };
    let Ok(shadow) = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) else { return };
    let (Ok(style), Ok(mount)) = (document.create_element("style"), document.create_element("div")) else { return };
    style.set_text_content(Some(&shadow_css()));
    let _ = shadow.append_child(&style);
    let _ = shadow.append_child(&mount);
    yew::Renderer::<App>::with_root_and_props(mount, props).render();
}
