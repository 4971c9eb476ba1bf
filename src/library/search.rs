//! One search over every record of the library.
//!
//! The query's words are folded ([`super::fold`]) and each must begin a term of the paragraph
//! (so "migra work" finds "migrant workers" and "trabajadores migratorios" needs its own
//! words); hits are grouped by record in library order, each with its speaker, side and
//! citation. Filters narrow by body (series), session, speaker, State and side; with filters and
//! no words, every paragraph that passes the filters is a hit (what a speaker said, all of it).

use super::index::IndexedSpeaker;
use super::{fold, Entry};
use crate::model::{Date, Side};
use std::borrow::Borrow;

/// What to keep. Text filters match folded, anywhere in the field ("azer" finds "Azerbaijan").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The symbol's series or the body's name ("CMW", "A/C.3/62", "Migrant Workers").
    pub body: String,
    pub session: String,
    pub speaker: String,
    /// The State: a speaker's country or affiliation.
    pub state: String,
    pub side: Option<Side>,
}

impl Filters {
    fn is_empty(&self) -> bool {
        self.body.trim().is_empty()
            && self.session.trim().is_empty()
            && self.speaker.trim().is_empty()
            && self.state.trim().is_empty()
            && self.side.is_none()
    }
}

/// One paragraph found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    /// Index of the paragraph in the record (to open the record at it).
    pub paragraph: usize,
    pub number: Option<u32>,
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
    pub side: Side,
    /// "CMW/C/SR.464, para. 23".
    pub citation: String,
    /// The paragraph's words around the first match.
    pub snippet: String,
    /// Byte ranges of `snippet` to mark: the words the query matched.
    pub marks: Vec<(usize, usize)>,
}

/// The hits in one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordHits {
    pub id: String,
    pub symbol: Option<String>,
    pub name: String,
    pub date: Option<Date>,
    /// The record's language (its words are in it, not in the interface's).
    pub language: Option<crate::model::Language>,
    /// How many paragraphs matched (more than `hits` holds when over the limit).
    pub total: usize,
    pub hits: Vec<SearchHit>,
}

/// Search `entries` (in the order given) for `query`, keeping at most `limit` hits a record.
pub fn search<E: Borrow<Entry>>(entries: &[E], query: &str, filters: &Filters, limit: usize) -> Vec<RecordHits> {
    let words: Vec<String> = super::terms(query).collect();
    if words.is_empty() && filters.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for e in entries.iter().map(Borrow::borrow).filter(|e| record_passes(e, filters)) {
        let mut found: Option<Vec<u32>> = None;
        for w in &words {
            let with = e.index.paragraphs_with(w);
            found = Some(match found {
                None => with,
                Some(prev) => intersect(&prev, &with),
            });
            if found.as_ref().is_some_and(Vec::is_empty) {
                break;
            }
        }
        let candidates: Vec<u32> = match found {
            Some(f) => f,
            None => (0..e.index.paragraphs.len() as u32).collect(),
        };
        let matching: Vec<usize> = candidates
            .into_iter()
            .map(|p| p as usize)
            .filter(|&p| speaker_passes(e.index.speaker_of(p), filters))
            .collect();
        if matching.is_empty() {
            continue;
        }
        let hits = matching.iter().take(limit).filter_map(|&p| hit(e, p, &words)).collect();
        out.push(RecordHits {
            id: e.id.clone(),
            symbol: e.summary.symbol.clone(),
            name: e.name.clone(),
            date: e.summary.date,
            language: Some(e.summary.language),
            total: matching.len(),
            hits,
        });
    }
    out
}

fn contains_folded(field: Option<&str>, filter: &str) -> bool {
    let filter = fold(filter.trim());
    filter.is_empty() || field.is_some_and(|f| fold(f).contains(&filter))
}

fn record_passes(e: &Entry, f: &Filters) -> bool {
    let s = &e.summary;
    (contains_folded(s.series.as_deref(), &f.body) || contains_folded(s.body.as_deref(), &f.body))
        && contains_folded(s.session.as_deref(), &f.session)
}

fn speaker_passes(s: Option<&IndexedSpeaker>, f: &Filters) -> bool {
    let needs_speaker = !f.speaker.trim().is_empty() || !f.state.trim().is_empty() || f.side.is_some();
    let Some(s) = s else { return !needs_speaker };
    contains_folded(s.name.as_deref(), &f.speaker)
        && (contains_folded(s.country.as_deref(), &f.state) || contains_folded(s.affiliation.as_deref(), &f.state))
        && f.side.is_none_or(|side| side == s.side)
}

fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Characters of context shown before the first match.
const BEFORE: usize = 80;
/// Characters shown in all.
const SNIPPET: usize = 280;

/// `None` for a paragraph index the entry does not have (a damaged stored value).
fn hit(e: &Entry, p: usize, words: &[String]) -> Option<SearchHit> {
    let speaker = e.index.speaker_of(p);
    let par = e.index.paragraph(p)?;
    let text = e.paragraph_text(p);
    let matched = matching(text, words);
    let first = matched.first().map(|&(s, _)| s).unwrap_or(0);
    let start = char_floor(text, first.saturating_sub(BEFORE));
    let start = if start == 0 { 0 } else { text[start..].find(' ').map(|i| start + i + 1).unwrap_or(start) };
    let end = char_floor(text, (start + SNIPPET).min(text.len()));
    let mut snippet = String::new();
    if start > 0 {
        snippet.push('…');
    }
    let offset = snippet.len() as isize - start as isize;
    snippet.push_str(&text[start..end]);
    if end < text.len() {
        snippet.push('…');
    }
    let marks = matched
        .into_iter()
        .filter(|&(s, t)| s >= start && t <= end)
        .map(|(s, t)| ((s as isize + offset) as usize, (t as isize + offset) as usize))
        .collect();
    Some(SearchHit {
        paragraph: p,
        number: par.number,
        speaker: speaker.and_then(|s| s.name.clone()),
        affiliation: speaker.and_then(|s| s.affiliation.clone().or(s.country.clone())),
        side: speaker.map(|s| s.side).unwrap_or(Side::Unknown),
        citation: super::citation(e.summary.symbol.as_deref(), par.number),
        snippet,
        marks,
    })
}

/// Byte ranges of the words of `text` that begin with a word of `query` (folded): what to mark.
pub fn marks(text: &str, query: &str) -> Vec<(usize, usize)> {
    let words: Vec<String> = super::terms(query).collect();
    matching(text, &words)
}

/// Byte ranges of the words of `text` that begin with one of `words` (already folded).
fn matching(text: &str, words: &[String]) -> Vec<(usize, usize)> {
    if words.is_empty() {
        return Vec::new();
    }
    super::fold::word_spans(text)
        .filter(|&(s, t)| {
            let folded = fold(&text[s..t]);
            words.iter().any(|w| folded.starts_with(w.as_str()))
        })
        .collect()
}

fn char_floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Entry {
        crate::library::entry_for_test(crate::viewer::SAMPLE, "seed")
    }

    #[test]
    fn should_find_words_by_their_beginnings_with_citations() {
        let e = seed();
        let found = search(std::slice::from_ref(&e), "irregular migra", &Filters::default(), 100);
        assert_eq!(found.len(), 1);
        let r = &found[0];
        assert!(r.total >= 3 && r.hits.len() == r.total, "{}", r.total);
        for h in &r.hits {
            assert!(h.citation.starts_with("CMW/C/SR.464, para. "), "{}", h.citation);
            assert_eq!(h.number.map(|n| format!("CMW/C/SR.464, para. {n}")), Some(h.citation.clone()));
            let marked: Vec<String> = h.marks.iter().map(|&(s, t)| fold(&h.snippet[s..t])).collect();
            assert!(marked.iter().any(|m| m == "irregular"), "{marked:?} in {}", h.snippet);
            assert!(marked.iter().any(|m| m.starts_with("migra")), "{marked:?}");
        }
        assert!(search(std::slice::from_ref(&e), "irregular zzqx", &Filters::default(), 100).is_empty());
        assert!(search(std::slice::from_ref(&e), "  ", &Filters::default(), 100).is_empty());
    }

    #[test]
    fn should_filter_by_speaker_state_and_side() {
        let e = seed();
        let by_state = Filters { state: "azerbaijan".into(), ..Filters::default() };
        let found = search(std::slice::from_ref(&e), "", &by_state, 1000);
        assert!(!found.is_empty());
        assert!(found[0].hits.iter().all(|h| h.side == Side::Delegation), "{:?}", found[0].hits[0]);
        let members = Filters { side: Some(Side::Member), ..Filters::default() };
        let found = search(std::slice::from_ref(&e), "migrant", &members, 1000);
        assert!(found[0].hits.iter().all(|h| h.side == Side::Member));
        let nobody = Filters { speaker: "Nobody Atall".into(), ..Filters::default() };
        assert!(search(std::slice::from_ref(&e), "migrant", &nobody, 1000).is_empty());
        let other_body = Filters { body: "CEDAW".into(), ..Filters::default() };
        assert!(search(std::slice::from_ref(&e), "migrant", &other_body, 1000).is_empty());
    }

    #[test]
    fn should_cut_a_snippet_at_a_character_boundary() {
        let text = "1. Mme Dupont (France) dit que ".to_string() + &"é".repeat(200) + " migrations " + &"ñ".repeat(300);
        let parsed = crate::parse(&text);
        let e = Entry::new("x", text.clone(), &parsed);
        for r in search(std::slice::from_ref(&e), "migrations", &Filters::default(), 10) {
            for h in r.hits {
                assert!(h.snippet.contains("migrations"));
                assert!(h.snippet.len() < 1000);
            }
        }
    }
}
