//! Checks of the parser's invariants, used by the tests, the fuzz target and the
//! property tests. They are in the library so that every harness checks the same thing.
//!
//! **No text lost**: every non-whitespace character of the input lies in the source
//! spans of exactly one leaf of the model (a header field, a section heading, an
//! event, a paragraph, a piece of furniture or an unrecognised block), and each
//! leaf's text is its source with only layout taken out: line breaks, Markdown
//! emphasis (`**`), list markers (`- `) and the paragraph number, which the model
//! holds in `number`.

use crate::model::{Parsed, Span};

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
