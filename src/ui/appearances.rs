//! One speaker's or one State's turns across the library, in date order, with citations;
//! downloadable as CSV and as Markdown with citations.

use super::{dom, Store};
use crate::i18n::Text;
use crate::library::{appearances, appearances_csv, appearances_markdown, Who};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppearancesProps {
    pub who: Who,
}

/// A file name from a person's or State's name: "Mr. Huseynov" → "mr-huseynov".
fn slug(s: &str) -> String {
    let folded = crate::library::fold(s);
    let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.join("-")
}

#[component]
pub fn AppearancesView(props: &AppearancesProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let list = appearances(&store.records.entries, &props.who);
    let who = props.who.clone();
    let t = store.lang.table();
    let csv = {
        let (list, who) = (list.clone(), who.clone());
        Callback::from(move |_| {
            dom::download(&format!("{}.csv", slug(who.label())), "text/csv", &appearances_csv(&list))
        })
    };
    let markdown = {
        let (list, who) = (list.clone(), who.clone());
        Callback::from(move |_| {
            dom::download(&format!("{}.md", slug(who.label())), "text/markdown", &appearances_markdown(&who, &list))
        })
    };
    html! {
        <section class="rl-appearances" aria-labelledby="rl-app-h" data-appearances={who.label().to_string()}>
            <h2 id="rl-app-h">{ match &who { Who::Speaker(n) => t.turns_of(n), Who::State(s) => t.turns_of_state(s) } }</h2>
            <p>{ t.appearances_count(list.len()) }</p>
            <div class="rl-lib-actions">
                <button type="button" onclick={csv} disabled={list.is_empty()} data-download="csv">{ t.text(Text::DownloadCsv) }</button>
                <button type="button" onclick={markdown} disabled={list.is_empty()} data-download="markdown">{ t.text(Text::DownloadMarkdown) }</button>
            </div>
            <ol class="rl-appearance-list">{ for list.iter().map(|a| {
                let onclick = super::library_view::open_record(&store, &a.id, Some(a.paragraph));
                html! {
                    <li data-appearance="" data-symbol={a.symbol.clone().unwrap_or_default()}>
                        <span class="rl-lib-date">{ a.date.map(|d| t.date(d)).unwrap_or_default() }</span>
                        <span class="rl-speaker">{ a.speaker.clone().unwrap_or_default() }</span>
                        if let Some(f) = &a.affiliation { <span class="rl-badge">{ f }</span> }
                        <p lang={a.language.map(|l| crate::i18n::Lang::of_record(l).code())}>{ &a.first_sentence }</p>
                        <button type="button" class="rl-cite" {onclick}>{
                            match (&a.symbol, a.number) { (Some(symbol), Some(n)) => t.citation(symbol, n), _ => a.citation.clone() }
                        }</button>
                    </li>
                }
            }) }</ol>
        </section>
    }
}
