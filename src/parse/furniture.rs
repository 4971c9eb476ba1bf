//! Page furniture, boilerplate and footnotes: text that belongs to the printed
//! page rather than to the meeting. It is recognised and set aside (kept in the
//! model with its span), never deleted.
//!
//! Forms accepted (all from real records):
//!
//! * job numbers: `GE.21-14135 5`, `4 GE.21-14135`, `GE.09-41904 (E) 010709 030709`,
//!   `GE.08-42419 (EXT)`, `18-43649 (E)`, `10-53066`, `N0553261`;
//! * barcodes: `*1843649*`;
//! * page numbers: `5`, `2/9`, `- 3 -`;
//! * date stamps in running headers: `13/12/2018`;
//! * rules: `______________`;
//! * boilerplate: `This record is subject to correction.`, `This record contains the text of
//!   speeches ...`, `Any corrected records ...`, French `Le présent compte rendu est sujet à
//!   rectifications.`, Spanish `La presente acta podrá ser objeto de correcciones.`;
//! * footnotes: `* No summary record was prepared for the rest of the meeting.`;
//! * re-publishers' site navigation: `Question of Palestine home || Permalink || ...`.
//!
//! Running headers (the symbol, the agenda title or the date repeated at the top
//! of every page) are found by repetition: a line is one when the same text sits
//! among the first six or last four lines of at least two pages, and is not a speaker's
//! opening line.

use super::lines::{Layout, Line};
use super::text::{starts_with_ci, strip_prefix_ci};
use crate::model::FurnitureKind;
use std::collections::{HashMap, HashSet};

/// Furniture that a single line shows by its form alone.
pub fn line_kind(text: &str) -> Option<FurnitureKind> {
    line_kind_with(text, true)
}

/// [`line_kind`], told whether the text has any '|' at all (so site navigation is possible).
pub fn line_kind_with(text: &str, pipes: bool) -> Option<FurnitureKind> {
    let first = *text.as_bytes().first()?;
    // Furniture starts with a digit, '*', a rule character, "GE." or "N"; anything else can
    // only be site navigation. This runs on every line.
    if !(first.is_ascii_digit() || matches!(first, b'*' | b'-' | b'_' | b'=' | b'G' | b'N') || first >= 0x80) {
        let chrome = pipes && text.contains("||")
            || text.starts_with("Follow UNISPAL")
            || starts_with_ci(text, "Está en la página");
        return chrome.then_some(FurnitureKind::SiteChrome);
    }
    if is_barcode(text) {
        return Some(FurnitureKind::Barcode);
    }
    if is_job_number(text) {
        return Some(FurnitureKind::JobNumber);
    }
    if is_page_number(text) {
        return Some(FurnitureKind::PageNumber);
    }
    if is_date_stamp(text) {
        return Some(FurnitureKind::DateStamp);
    }
    if text.chars().count() >= 5 && text.chars().all(|c| matches!(c, '_' | '-' | '=' | '—' | '–')) {
        return Some(FurnitureKind::Rule);
    }
    if pipes && text.contains("||") || starts_with_ci(text, "Está en la página") || text.starts_with("Follow UNISPAL")
    {
        return Some(FurnitureKind::SiteChrome);
    }
    None
}

/// Furniture shown by the opening words of a block (boilerplate, footnotes).
pub fn block_kind(text: &str) -> Option<FurnitureKind> {
    const BOILERPLATE: &[&str] = &[
        "This record is subject to correction",
        "Corrections should be",
        "Corrections will be issued",
        "Any corrected records",
        "Any corrections",
        "Corrected records will be reissued",
        "This record contains the text of speeches",
        "This record contains the original text of speeches",
        "Le présent compte rendu est sujet à rectification",
        "Ce procès-verbal contient",
        "Le présent procès-verbal contient",
        "La presente acta contiene",
        "Esta acta contiene",
        "El presente documento contiene",
        "Les rectifications",
        "Toute rectification",
        "La presente acta podrá ser objeto de correcciones",
        "La presente acta está sujeta a correcciones",
        "Las correcciones",
        "Toda corrección",
    ];
    let may_be_boilerplate =
        matches!(text.as_bytes().first(), Some(b'T' | b'C' | b'A' | b'L' | b'E' | b't' | b'c' | b'a' | b'l' | b'e'));
    if may_be_boilerplate && BOILERPLATE.iter().any(|p| starts_with_ci(text, p)) {
        return Some(FurnitureKind::Boilerplate);
    }
    // "________________* No se levantó acta de la segunda parte": a footnote under its rule.
    let text = if text.starts_with("____") { text.trim_start_matches('_') } else { text };
    let stars = text.len() - text.trim_start_matches('*').len();
    if (1..=3).contains(&stars) && text[stars..].chars().next().is_some_and(|c| c == ' ' || c.is_alphabetic()) {
        return Some(FurnitureKind::Footnote);
    }
    line_kind(text)
}

fn is_barcode(t: &str) -> bool {
    t.len() >= 8
        && t.starts_with('*')
        && t.ends_with('*')
        && t[1..t.len() - 1].chars().all(|c| c.is_ascii_digit() || c == ' ')
}

fn digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// `NN-NNNNN` at the start of `s`, returning the rest.
fn job_core(s: &str) -> Option<&str> {
    let s = s.strip_prefix('N').unwrap_or(s);
    let a = digits(s);
    if a != 2 || s.as_bytes().get(2) != Some(&b'-') {
        return None;
    }
    let b = digits(&s[3..]);
    (b == 5).then(|| &s[8..])
}

fn is_job_number(t: &str) -> bool {
    // An optional page number before it ("4 GE.21-14135").
    let mut s = t;
    let lead = digits(s);
    if (1..=3).contains(&lead) && s.as_bytes().get(lead) == Some(&b' ') {
        s = &s[lead + 1..];
    }
    let after = if let Some(rest) = strip_prefix_ci(s, "GE.") {
        job_core(rest.trim_start())
    } else if s.starts_with('N') && s.len() == 8 && s[1..].bytes().all(|b| b.is_ascii_digit()) {
        Some("")
    } else {
        job_core(s)
    };
    let Some(rest) = after else { return false };
    let rest = rest.trim();
    // What may follow: "(E)", "(EXT)", print dates, a page number, or the page-1 "UNITED NATIONS".
    rest.is_empty()
        || rest.starts_with('(')
        || rest.split_whitespace().all(|w| w.bytes().all(|b| b.is_ascii_digit()))
        || rest.split_whitespace().count() <= 3 && rest.chars().all(|c| !c.is_lowercase())
}

fn is_page_number(t: &str) -> bool {
    let t = t.trim_matches(|c| c == '-' || c == ' ');
    let a = digits(t);
    if a == 0 || a > 3 {
        return false;
    }
    let rest = &t[a..];
    rest.is_empty() || rest.strip_prefix('/').is_some_and(|r| (1..=3).contains(&r.len()) && digits(r) == r.len())
}

fn is_date_stamp(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 10
        && b[2] == b'/'
        && b[5] == b'/'
        && b.iter().enumerate().all(|(i, c)| i == 2 || i == 5 || c.is_ascii_digit())
}

/// Lines repeated at the top or bottom of at least two pages.
/// A set of short texts, hashed with FNV-1a: these keys are a few dozen bytes and
/// not attacker-chosen in a way that matters, so the standard SipHash is wasted work.
pub type TextSet<'a> = HashSet<&'a str, Fnv>;
pub type Fnv = std::hash::BuildHasherDefault<FnvHasher>;

#[derive(Debug)]
pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Words of a sentence, not a title: "May I take it that it is the wish of the Assembly" opens
/// two pages alike, but running headers ("General Assembly - Forty-eighth session", "Official
/// Records") are names, with at most one lowercase word besides connectors.
fn prose(line: &str) -> bool {
    const CONNECTORS: &[&str] =
        &["of", "and", "the", "on", "for", "in", "to", "de", "la", "du", "des", "et", "y", "del", "el"];
    line.split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()) && !CONNECTORS.contains(w))
        .nth(1)
        .is_some()
}

pub fn running_headers<'a>(lines: &[Line<'a>], layout: &Layout) -> TextSet<'a> {
    if layout.pages < 3 {
        return TextSet::default();
    }
    let edges = page_edges(lines);
    // text -> (pages it is on, last page seen)
    let mut seen: HashMap<&'a str, (usize, usize), Fnv> =
        HashMap::with_capacity_and_hasher(edges.len(), Fnv::default());
    for edge in edges {
        let line = &lines[edge];
        // A speaker's words are never a running header, even when two speeches open alike at
        // the top of two pages ("The President: Members will recall that the").
        if line.chars > 90 || super::speaker::label_start(line.text) || prose(line.text) {
            continue;
        }
        let entry = seen.entry(line.text).or_insert((0, usize::MAX));
        if entry.1 != line.page as usize {
            entry.0 += 1;
            entry.1 = line.page as usize;
        }
    }
    seen.into_iter().filter(|(_, (n, _))| *n >= 2).map(|(t, _)| t).collect()
}

/// Indices of the first six and last four non-blank lines of every page.
pub fn page_edges(lines: &[Line<'_>]) -> Vec<usize> {
    let mut edges = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        let page = lines[start].page;
        let end = lines[start..].iter().position(|l| l.page != page).map_or(lines.len(), |p| start + p);
        let non_blank: Vec<usize> = (start..end).filter(|&i| !lines[i].is_blank()).collect();
        edges.extend(non_blank.iter().take(6));
        edges.extend(non_blank.iter().rev().take(4));
        start = end;
    }
    edges.sort_unstable();
    edges.dedup();
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_recognise_job_numbers_and_not_prose() {
        for t in [
            "GE.21-14135 5",
            "4 GE.21-14135",
            "GE.09-41904 (E) 010709 030709",
            "18-43649 (E)",
            "10-53066",
            "GE.08-42419 (EXT)",
            "GE.03-45037 (E) 121103 141103 UNITED NATIONS",
        ] {
            assert_eq!(line_kind(t), Some(FurnitureKind::JobNumber), "{t}");
        }
        for t in ["12-15 May", "2009, the Assembly decided", "20-24"] {
            assert_ne!(line_kind(t), Some(FurnitureKind::JobNumber), "{t}");
        }
    }

    #[test]
    fn should_recognise_other_furniture() {
        assert_eq!(line_kind("*1843649*"), Some(FurnitureKind::Barcode));
        assert_eq!(line_kind("2/9"), Some(FurnitureKind::PageNumber));
        assert_eq!(line_kind("13/12/2018"), Some(FurnitureKind::DateStamp));
        assert_eq!(line_kind("______________"), Some(FurnitureKind::Rule));
        assert_eq!(
            block_kind("* No summary record was prepared for the rest of the meeting."),
            Some(FurnitureKind::Footnote)
        );
        assert_eq!(
            block_kind("This record is subject to correction. Corrections should be"),
            Some(FurnitureKind::Boilerplate)
        );
        assert_eq!(block_kind("Le présent compte rendu est sujet à rectifications."), Some(FurnitureKind::Boilerplate));
        assert_eq!(line_kind("The Chair said"), None);
    }
}
