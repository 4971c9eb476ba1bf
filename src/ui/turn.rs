//! One speaker turn: collapsed to its first sentence, expanded to every paragraph
//! with its number, a link and a citation to copy.

use super::{dom, Store};
use crate::i18n::{Lang, Text};
use crate::model::{Paragraph, Parsed, Side};
use crate::viewer::Action;
use yew::prelude::*;

/// The element id of paragraph `index`: `p23` for printed paragraph 23, `pi7` for an unnumbered one.
pub fn paragraph_id(parsed: &Parsed, index: usize) -> String {
    match parsed.record.paragraphs.get(index).and_then(|p| p.number) {
        Some(n) => format!("p{n}"),
        None => format!("pi{index}"),
    }
}

/// "CMW/C/SR.464, para. 23" ("par. 23", "párr. 23").
pub fn citation(lang: Lang, parsed: &Parsed, index: usize, name: &str) -> String {
    let symbol = parsed.record.symbol.clone().unwrap_or_else(|| name.to_string());
    match parsed.record.paragraphs.get(index).and_then(|p| p.number) {
        Some(n) => lang.table().citation(&symbol, n),
        None => symbol,
    }
}

pub fn side_text(lang: Lang, side: Side, country: Option<&str>) -> String {
    let t = lang.table();
    match side {
        Side::Chair => t.text(Text::Chair).to_string(),
        Side::Member => t.text(Text::CommitteeMember).to_string(),
        Side::Delegation => match country {
            Some(c) => t.delegation_of(c),
            None => t.text(Text::Delegation).to_string(),
        },
        Side::Secretariat => t.text(Text::Secretariat).to_string(),
        Side::Other => t.text(Text::OtherSide).to_string(),
        Side::Unknown => t.text(Text::SpeakerNotNamed).to_string(),
    }
}

#[derive(Properties, PartialEq)]
pub struct TurnProps {
    pub index: usize,
}

#[component]
pub fn TurnCard(props: &TurnProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let Some(shown) = &store.shown else { return html! {} };
    let parsed = &shown.parsed;
    let i = props.index;
    let turn = &parsed.record.turns[i];
    let open = store.is_open(i);
    let side = turn.speaker.side.as_str();
    let lang = store.lang;
    let t = lang.table();
    let record_lang = Lang::of_record(parsed.record.language).code();
    let name = turn.speaker.name.clone().unwrap_or_else(|| t.text(Text::SpeakerNotNamed).to_string());
    let detail = [turn.speaker.affiliation.clone(), turn.speaker.role.clone()]
        .into_iter()
        .flatten()
        .chain(turn.speaker.speaking_as.as_ref().map(|s| t.speaking_as(s)))
        .chain(turn.interpretation.clone())
        .collect::<Vec<_>>();
    let numbers = crate::export::paragraph_ranges(&turn.paragraphs);
    let paras = &parsed.record.paragraphs[turn.first_paragraph..turn.first_paragraph + turn.paragraph_count];
    let toggle = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ToggleTurn(i)))
    };
    let time = shown.estimates.turns.get(i).copied().flatten();
    let words = shown.estimates.words.get(i).copied().unwrap_or(0);
    html! {
        <article class={classes!("rl-turn", format!("rl-side-{side}"), open.then_some("rl-open"))}
            id={format!("t{i}")} data-turn={i.to_string()} data-speaker={name.clone()} data-side={side}>
            <div class="rl-turn-head">
                <button type="button" class="rl-disclose" aria-expanded={open.to_string()} aria-controls={format!("tb{i}")} onclick={toggle}>
                    <span class="rl-speaker" lang={turn.speaker.name.as_ref().map(|_| record_lang)}>{ &name }</span>
                    { for detail.iter().map(|d| html! { <span class="rl-badge" lang={record_lang}>{ d }</span> }) }
                    <span class="rl-side-label">{ side_text(lang, turn.speaker.side, turn.speaker.country.as_deref()) }</span>
                    if !numbers.is_empty() { <span class="rl-numbers">{ format!("¶{numbers}") }</span> }
                </button>
                if let Some((start, _)) = time {
                    <span class="rl-time" tabindex="0" data-estimate=""
                        title={t.text(Text::EstimatedTitle)}
                        aria-label={t.about_estimated(&super::clock::un_time(lang, start))}>
                        { format!("≈ {}", super::clock::un_time(lang, start)) }
                    </span>
                }
                <span class="rl-words">{ t.words(words) }</span>
            </div>
            if !open {
                <p class="rl-first" lang={record_lang}>{ first_sentence(paras) }</p>
            }
            <div id={format!("tb{i}")} class="rl-body" hidden={!open}>
                { for paras.iter().enumerate().map(|(k, p)| paragraph(&store, turn.first_paragraph + k, p)) }
            </div>
        </article>
    }
}

fn first_sentence(paras: &[Paragraph]) -> String {
    let text = paras.iter().find(|p| p.kind == crate::model::ParagraphKind::Speech).map_or("", |p| p.text.as_str());
    let end = crate::parse::text::sentence_breaks(text).find(|&i| i > 40).map_or(text.len(), |i| i + 1);
    let mut s: String = text[..end].chars().take(260).collect();
    if s.len() < text.len() {
        s.push_str(" …");
    }
    s
}

/// A paragraph of a turn, or a stage direction on its own.
pub fn paragraph(store: &Store, index: usize, p: &Paragraph) -> Html {
    let Some(shown) = &store.shown else { return html! {} };
    let id = paragraph_id(&shown.parsed, index);
    let lang = store.lang;
    let t = lang.table();
    let cite = citation(lang, &shown.parsed, index, &shown.name);
    let copy = {
        let cite = cite.clone();
        Callback::from(move |_| dom::copy(&cite))
    };
    let target = store.highlighted == Some(index);
    let stage = p.kind == crate::model::ParagraphKind::StageDirection;
    html! {
        <p id={id.clone()} class={classes!("rl-para", stage.then_some("rl-stage"), target.then_some("rl-target"))}
            data-paragraph={p.number.map(|n| n.to_string())}>
            if let Some(n) = p.number {
                <a class="rl-num" href={format!("#{id}")} aria-label={t.paragraph_label(n, p.inferred)}>
                    { if p.inferred { format!("{n}≈") } else { n.to_string() } }</a>
            }
            { marked(store, index, &p.text) }
            <button type="button" class="rl-copy" onclick={copy} aria-label={t.cite_label(&cite)} data-cite={cite.clone()}>{ t.text(Text::Cite) }</button>
        </p>
    }
}

/// The text with search matches in `<mark>`; the current match is marked as such.
fn marked(store: &Store, index: usize, text: &str) -> Html {
    // The record's words, marked with the record's language.
    let lang = store.shown.as_ref().map(|s| Lang::of_record(s.parsed.record.language).code());
    let hits: Vec<(usize, &crate::timeline::SearchHit)> =
        store.hits.iter().enumerate().filter(|(_, h)| h.paragraph == index).collect();
    if hits.is_empty() {
        return html! { <span class="rl-text" {lang}>{ text }</span> };
    }
    let mut parts = Vec::new();
    let mut at = 0;
    for (n, h) in hits {
        if h.start < at || h.end > text.len() || !text.is_char_boundary(h.start) || !text.is_char_boundary(h.end) {
            continue;
        }
        parts.push(html! { { &text[at..h.start] } });
        let current = n == store.current_hit;
        parts.push(html! { <mark class={classes!(current.then_some("rl-current"))}>{ &text[h.start..h.end] }</mark> });
        at = h.end;
    }
    parts.push(html! { { &text[at..] } });
    html! { <span class="rl-text" {lang}>{ for parts }</span> }
}
