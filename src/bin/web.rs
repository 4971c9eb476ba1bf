//! The web app's entry point (built by Trunk with `--features web`).
//!
//! For now the page shows the sample record CMW/C/SR.464, parsed in the browser,
//! as the readable outline; the full timeline interface replaces it.

use yew::prelude::*;

const SAMPLE: &str = include_str!("../../tests/fixtures/CMW_C_SR.464.md");

#[component]
fn App() -> Html {
    let parsed = use_memo((), |_| recordline::parse(SAMPLE));
    let outline = recordline::export::outline(&parsed);
    html! {
        <main>
            <h1>{ "Recordline" }</h1>
            <p>{ "Sample record, parsed in your browser:" }</p>
            <pre data-outline="">{ outline }</pre>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
