//! What the parser was unsure of: unknown speakers, paragraph gaps, unrecognised
//! text, clock oddities. A quiet list with links to the places.

use super::Store;
use crate::i18n::{Lang, Text};
use crate::model::{Diagnostic, Parsed, Severity};
use crate::viewer::Action;
use yew::prelude::*;

/// The list shows this many; a record of several megabytes can have thousands.
const SHOWN: usize = 200;

#[component]
pub fn Problems() -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let diags = &shown.parsed.diagnostics;
    let warnings = diags.iter().filter(|d| d.severity == Severity::Warning).count();
    let t = store.lang.table();
    html! {
        <details class="rl-problems" open={warnings > 0 && warnings <= 5}>
            <summary>{ t.unsure_of(diags.len()) }</summary>
            if diags.is_empty() {
                <p class="rl-hint">{ t.text(Text::NothingUnsure) }</p>
            } else {
                <ul>{ for diags.iter().take(SHOWN).map(|d| item(&store, &shown.parsed, d)) }</ul>
                if diags.len() > SHOWN {
                    <p class="rl-hint">{ t.and_more(diags.len() - SHOWN) }</p>
                }
            }
        </details>
    }
}

fn item(store: &Store, parsed: &Parsed, d: &Diagnostic) -> Html {
    // Paragraphs are in document order: the last one starting at or before the span holds it.
    let target = d.span.and_then(|s| {
        let ps = &parsed.record.paragraphs;
        let after = ps.partition_point(|p| p.spans.first().is_some_and(|f| f.start <= s.start));
        let p = after.checked_sub(1)?;
        ps[p].spans.iter().any(|sp| sp.start <= s.start && s.start < sp.end.max(sp.start + 1)).then_some(p)
    });
    let class = if d.severity == Severity::Warning { "rl-warning" } else { "rl-info-item" };
    let words = crate::i18n::diagnostic(store.lang, d);
    // The words it quotes are the record's.
    let lang = Lang::of_record(parsed.record.language).code();
    match target {
        Some(p) => {
            let go = {
                let store = store.clone();
                Callback::from(move |_| store.dispatch(Action::GoToParagraph(p)))
            };
            html! { <li class={class}><button type="button" class="rl-link" onclick={go}>{ quoted(&words, lang) }</button></li> }
        }
        None => html! { <li class={class}>{ quoted(&words, lang) }</li> },
    }
}

/// A diagnostic's words, the record's words it quotes (between quotation marks) marked with their language.
fn quoted(words: &str, lang: &'static str) -> Html {
    let open = words.find(['"', '«']);
    let close = words.rfind(['"', '»']);
    match (open, close) {
        (Some(a), Some(b)) if a < b => {
            let a = a + words[a..].chars().next().map_or(1, char::len_utf8);
            html! { <>{ &words[..a] }<span {lang}>{ &words[a..b] }</span>{ &words[b..] }</> }
        }
        _ => html! { { words } },
    }
}
