//! What the parser was unsure of: unknown speakers, paragraph gaps, unrecognised
//! text, clock oddities. A quiet list with links to the places.

use super::Store;
use crate::model::{Diagnostic, Parsed, Severity};
use crate::viewer::Action;
use yew::prelude::*;

#[component]
pub fn Problems() -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let diags = &shown.parsed.diagnostics;
    let warnings = diags.iter().filter(|d| d.severity == Severity::Warning).count();
    html! {
        <details class="rl-problems" open={warnings > 0 && warnings <= 5}>
            <summary>{ format!("What the parser was unsure of ({})", diags.len()) }</summary>
            if diags.is_empty() {
                <p class="rl-hint">{ "Nothing: every line was placed." }</p>
            } else {
                <ul>{ for diags.iter().map(|d| item(&store, &shown.parsed, d)) }</ul>
            }
        </details>
    }
}

fn item(store: &Store, parsed: &Parsed, d: &Diagnostic) -> Html {
    let target = d.span.and_then(|s| {
        parsed
            .record
            .paragraphs
            .iter()
            .position(|p| p.spans.iter().any(|ps| ps.start <= s.start && s.start < ps.end.max(ps.start + 1)))
    });
    let class = if d.severity == Severity::Warning { "rl-warning" } else { "rl-info-item" };
    match target {
        Some(p) => {
            let go = {
                let store = store.clone();
                Callback::from(move |_| store.dispatch(Action::GoToParagraph(p)))
            };
            html! { <li class={class}><button type="button" class="rl-link" onclick={go}>{ &d.message }</button></li> }
        }
        None => html! { <li class={class}>{ &d.message }</li> },
    }
}
