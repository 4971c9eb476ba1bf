//! Checks of the parser's invariants, used by the tests, the fuzz target and the
//! property tests. They are in the library so that every harness checks the same thing.
//!
//! **No text lost**: every non-whitespace character of the input lies in the source
//! spans of exactly one leaf of the model (a header field, a section heading, an
//! event, a paragraph, a piece of furniture or an unrecognised block), and each
//! leaf's text is its source with only layout taken out: line breaks, Markdown
//! emphasis (`**`), list markers (`- `) and the paragraph number, which the model
//! holds in `number`.
//!
//! **No word lost in an export**: every word of the record's body (its paragraphs, events,
//! headings and unrecognised blocks) is in the text of each export (CSV fields, XML text
//! nodes), counted with repetition. A word is a whitespace-separated token with a letter or
//! a digit in it, compared as printed less control characters (XML cannot hold C0 controls,
//! and they are not text: a PDF's backspace after a page number).

use crate::model::{Parsed, Span};
use std::borrow::Cow;
use std::collections::HashMap;

/// Every way in which `parsed` breaks the no-text-lost invariant for `text`; empty when it holds.
pub fn text_lost(text: &str, parsed: &Parsed) -> Vec<String> {
    let mut owners = vec![0u8; text.len()];
    let mut problems = Vec::new();
    for (what, spans, leaf_text) in leaves(parsed) {
        for s in &spans {
            if s.end > text.len() || s.start > s.end || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end)
            {
                problems.push(format!("{what}: span {s:?} is outside the input"));
                continue;
            }
            for o in &mut owners[s.start..s.end] {
                *o = o.saturating_add(1);
            }
        }
        if let Some(p) = text_differs(text, &spans, leaf_text) {
            problems.push(format!("{what}: {p}"));
        }
    }
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || owners[i] == 1 {
            continue;
        }
        let context: String = text[i..].chars().take(40).collect();
        let how = if owners[i] == 0 { "in no part of the model" } else { "in more than one part of the model" };
        problems.push(format!("byte {i} ({c:?}) is {how}: {context:?}"));
        if problems.len() > 20 {
            break;
        }
    }
    problems
}

fn leaves(parsed: &Parsed) -> Vec<(String, Vec<Span>, &str)> {
    let r = &parsed.record;
    let mut out: Vec<(String, Vec<Span>, &str)> = Vec::new();
    out.extend(
        r.header_fields.iter().enumerate().map(|(i, f)| (format!("header field {i}"), vec![f.span], f.text.as_str())),
    );
    out.extend(r.furniture.iter().enumerate().map(|(i, f)| (format!("furniture {i}"), vec![f.span], f.text.as_str())));
    out.extend(
        r.sections.iter().enumerate().map(|(i, s)| (format!("section {i}"), s.spans.clone(), s.heading.as_str())),
    );
    out.extend(r.events.iter().enumerate().map(|(i, e)| (format!("event {i}"), vec![e.span], e.text.as_str())));
    out.extend(
        r.paragraphs.iter().enumerate().map(|(i, p)| (format!("paragraph {i}"), p.spans.clone(), p.text.as_str())),
    );
    out.extend(
        r.unrecognised.iter().enumerate().map(|(i, u)| (format!("unrecognised {i}"), u.spans.clone(), u.text.as_str())),
    );
    out
}

/// The leaf's text must be its source minus layout characters, in order.
fn text_differs(text: &str, spans: &[Span], leaf: &str) -> Option<String> {
    let source: Vec<char> = spans
        .iter()
        .filter(|s| s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end))
        .flat_map(|s| text[s.start..s.end].chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut src = source.iter();
    for c in leaf.chars().filter(|c| !c.is_whitespace()) {
        loop {
            match src.next() {
                Some(s) if *s == c => break,
                Some(s) if is_layout(*s) => continue,
                Some(s) => return Some(format!("text has {c:?} where the source has {s:?}")),
                None => return Some(format!("text has {c:?} beyond its source")),
            }
        }
    }
    src.find(|s| !is_layout(**s)).map(|s| format!("source character {s:?} is missing from the text"))
}

/// Characters the model may take out of a leaf's text: emphasis, list markers, paragraph numbers.
fn is_layout(c: char) -> bool {
    c == '*' || c == '-' || c == '.' || c.is_ascii_digit() || c == '\u{feff}'
}

/// The words of `text`, with how often each occurs: whitespace-separated tokens that hold a
/// letter or a digit (a dot leader or a dash alone is not a word), control characters and
/// the noncharacters U+FFFE, U+FFFF taken out.
pub fn words(text: &str) -> HashMap<Cow<'_, str>, usize> {
    let mut m = HashMap::new();
    for w in text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)) {
        let w = if w.chars().any(not_text) {
            Cow::Owned(w.chars().filter(|c| !not_text(*c)).collect())
        } else {
            Cow::Borrowed(w)
        };
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

fn not_text(c: char) -> bool {
    c.is_control() || c == '\u{fffe}' || c == '\u{ffff}'
}

/// The words of the record's body: paragraphs, events, section headings, unrecognised blocks.
pub fn body_words(parsed: &Parsed) -> HashMap<Cow<'_, str>, usize> {
    let r = &parsed.record;
    let texts = r.paragraphs.iter().map(|p| p.text.as_str());
    let texts = texts.chain(r.events.iter().map(|e| e.text.as_str()));
    let texts = texts.chain(r.sections.iter().map(|s| s.heading.as_str()));
    let texts = texts.chain(r.unrecognised.iter().map(|u| u.text.as_str()));
    let mut all = HashMap::new();
    for t in texts {
        for (w, n) in words(t) {
            *all.entry(w).or_insert(0) += n;
        }
    }
    all
}

/// The words of the record's body that `exported` (the text an export holds) lacks, or holds
/// fewer times, as "word (n missing)"; empty when every word is there.
pub fn words_lost(parsed: &Parsed, exported: &str) -> Vec<String> {
    let found = words(exported);
    let mut lost: Vec<String> = body_words(parsed)
        .into_iter()
        .filter_map(|(w, n)| {
            let have = found.get(&w).copied().unwrap_or(0);
            (have < n).then(|| format!("{w:?} ({} missing)", n - have))
        })
        .collect();
    lost.sort();
    lost
}
