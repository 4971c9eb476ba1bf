//! Two language versions of one record side by side: rows aligned by paragraph number
//! (`crate::versions::align`), a warning where the numbering differs, and a search in each
//! column. The two texts are parsed once when the view opens.

use super::Store;
use crate::i18n::{Lang, Text};
use crate::library::marks;
use crate::model::Parsed;
use crate::versions::{align, Alignment, Unit};
use crate::viewer::LibraryAction;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VersionsProps {
    pub left: String,
    pub right: String,
}

/// Rows drawn at a time.
const ROWS: usize = 300;

/// Both versions parsed and lined up.
struct Pair {
    parsed: [Parsed; 2],
    alignment: Alignment,
}

#[component]
pub fn VersionsView(props: &VersionsProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let t = store.lang.table();
    let entries = (store.records.get(&props.left).cloned(), store.records.get(&props.right).cloned());
    // Parsed and aligned once per pair of entries (not per render: a keystroke in a column's
    // search must not parse two records again).
    let pair = use_memo((props.left.clone(), props.right.clone(), entries.0.is_some() && entries.1.is_some()), {
        let entries = entries.clone();
        move |_| match &entries {
            (Some(a), Some(b)) => {
                let parsed = [crate::parse(&a.text), crate::parse(&b.text)];
                let alignment = align(&parsed[0], &parsed[1]);
                Some(Pair { parsed, alignment })
            }
            _ => None,
        }
    });
    let (Some(pair), (Some(left), Some(_))) = (pair.as_ref(), &entries) else {
        return html! { <p class="rl-empty">{ t.text(Text::VersionsGone) }</p> };
    };
    let symbol = left.summary.symbol.clone().unwrap_or_default();
    let langs = [0, 1].map(|c| Lang::of_record(pair.parsed[c].record.language));
    let queries = store.records.version_queries.clone();
    // Rows are drawn a page at a time (a record of megabytes has thousands of paragraphs): one
    // render stays short, and the reader asks for more.
    let shown_rows = use_state(|| ROWS);
    let al = &pair.alignment;
    let list = |ns: &[u32]| ns.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    let column_head = |c: usize| {
        let p = &pair.parsed[c];
        let store = store.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let query = e.target_unchecked_into::<HtmlInputElement>().value();
            store.dispatch(LibraryAction::SearchVersion { column: c, query }.into());
        });
        let matching = count(p, &queries[c]);
        html! {
            <div class="rl-version-head" data-column={c.to_string()} lang={langs[c].code()}>
                <h3>{ langs[c].own_name() }</h3>
                <p>{ p.record.date.map(|d| langs[c].table().date(d)).unwrap_or_default() }</p>
                <label>{ t.text(Text::SearchThisVersion) }
                    <input type="search" value={queries[c].clone()} {oninput} data-version-search={c.to_string()} />
                </label>
                if !queries[c].trim().is_empty() {
                    <span class="rl-count" aria-live="polite" data-version-count={c.to_string()}>{ t.version_matches(matching) }</span>
                }
            </div>
        }
    };
    html! {
        <section class="rl-versions" aria-labelledby="rl-versions-h" data-versions={symbol.clone()}>
            <h2 id="rl-versions-h">{ t.versions_title(&symbol) }</h2>
            if al.numbering_differs() {
                <p class="rl-lib-status rl-problem" role="status" data-numbering-differs="">
                    { t.numbering_differs(langs[0].own_name(), &list(&al.only_left), langs[1].own_name(), &list(&al.only_right)) }
                    if al.unpaired > 0 { { " " } { t.unpaired_rows(al.unpaired) } }
                </p>
            }
            <div class="rl-version-grid">
                { column_head(0) }
                { column_head(1) }
                { for al.rows.iter().take(*shown_rows).map(|r| html! {
                    <>
                        { cell(&pair.parsed[0], r.left, &queries[0], 0, r.number, langs[0]) }
                        { cell(&pair.parsed[1], r.right, &queries[1], 1, r.number, langs[1]) }
                    </>
                }) }
            </div>
            if al.rows.len() > *shown_rows {
                <button type="button" class="rl-quiet" data-more-rows="" onclick={
                    let shown_rows = shown_rows.clone();
                    Callback::from(move |_| shown_rows.set(*shown_rows + ROWS))
                }>{ t.show_more_rows(ROWS.min(al.rows.len() - *shown_rows), al.rows.len() - *shown_rows) }</button>
            }
        </section>
    }
}

/// Paragraphs of `p` a column's query finds.
fn count(p: &Parsed, query: &str) -> usize {
    if query.trim().is_empty() {
        return 0;
    }
    p.record.paragraphs.iter().filter(|par| !marks(&par.text, query).is_empty()).count()
}

/// `text` with the words the query finds marked.
fn marked(text: &str, query: &str) -> Html {
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e) in marks(text, query) {
        out.push(html! { { &text[at..s] } });
        out.push(html! { <mark>{ &text[s..e] }</mark> });
        at = e;
    }
    out.push(html! { { &text[at..] } });
    out.into_iter().collect()
}

fn cell(p: &Parsed, unit: Option<Unit>, query: &str, column: usize, number: Option<u32>, lang: Lang) -> Html {
    let r = &p.record;
    let class = classes!("rl-version-cell", if column == 0 { "rl-left" } else { "rl-right" });
    let body = match unit {
        None => html! {},
        Some(Unit::Heading(s)) => {
            html! { <h4>{ r.sections.get(s).map(|s| s.heading.clone()).unwrap_or_default() }</h4> }
        }
        Some(Unit::Event(e)) => {
            html! { <p class="rl-event-text"><em>{ r.events.get(e).map(|e| e.text.clone()).unwrap_or_default() }</em></p> }
        }
        Some(Unit::Unrecognised(u)) => {
            html! { <p class="rl-note">{ r.unrecognised.get(u).map(|u| u.text.clone()).unwrap_or_default() }</p> }
        }
        Some(Unit::Paragraph(i)) => {
            let Some(par) = r.paragraphs.get(i) else { return html! {} };
            // A turn's first paragraph (its text opens with the speaker's name) is marked, so
            // the turns of the two versions line up visibly.
            let starts_turn = par.turn.and_then(|ti| r.turns.get(ti)).is_some_and(|turn| turn.first_paragraph == i);
            html! {
                <p data-paragraph-number={par.number.map(|n| n.to_string())} class={classes!(starts_turn.then_some("rl-turn-start"))}>
                    if let Some(n) = par.number { <span class="rl-para-no">{ format!("{n}. ") }</span> }
                    { marked(&par.text, query) }
                </p>
            }
        }
    };
    html! {
        <div {class} lang={lang.code()} data-version-row="" data-column={column.to_string()}
            data-number={number.map(|n| n.to_string())}>{ body }</div>
    }
}
