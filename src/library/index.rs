//! A record's search index, made once when the record joins the library and kept with it.
//!
//! It holds what a hit needs without parsing the record again: the speakers, the turns,
//! each paragraph's number and words, and the
//! record's terms ([`super::fold`]) with the paragraphs each occurs in, sorted, so that a
//! word typed so far ("migra") finds every term it begins by binary search.

use crate::model::{Parsed, Side};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub speakers: Vec<IndexedSpeaker>,
    pub turns: Vec<IndexedTurn>,
    pub paragraphs: Vec<IndexedParagraph>,
    /// (term, paragraphs it occurs in, ascending), sorted by term.
    pub terms: Vec<(String, Vec<u32>)>,
}

/// A distinct speaker of the record (name, affiliation and side together).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct IndexedSpeaker {
    pub name: Option<String>,
    pub affiliation: Option<String>,
    /// The State the speaker speaks for or comes from, where the record says.
    pub country: Option<String>,
    pub side: Side,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndexedTurn {
    /// Index into [`Index::speakers`].
    pub speaker: u32,
    pub first_paragraph: u32,
    pub paragraph_count: u32,
    /// Estimated start (minutes since midnight), as the record's timeline shows it.
    pub start: Option<f32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexedParagraph {
    pub number: Option<u32>,
    pub inferred: bool,
    /// Index into [`Index::turns`]; `None` for the words of no turn (a stage direction alone).
    pub turn: Option<u32>,
    /// The paragraph's words (the model's text: layout and the number removed), for the hit's
    /// snippet and the first sentence of a turn.
    pub text: String,
}

impl Index {
    pub fn build(parsed: &Parsed, est: &crate::timeline::Estimates) -> Index {
        let r = &parsed.record;
        let mut speakers: Vec<IndexedSpeaker> = Vec::new();
        // Each speaker once, found by hash (a record of thousands of speakers stays linear).
        let mut speaker_at: HashMap<IndexedSpeaker, u32> = HashMap::new();
        let turns = r
            .turns
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let s = IndexedSpeaker {
                    name: t.speaker.name.clone(),
                    affiliation: t.speaker.affiliation.clone(),
                    country: t.speaker.country.clone(),
                    side: t.speaker.side,
                };
                let speaker = match speaker_at.get(&s) {
                    Some(&i) => i,
                    None => {
                        let i = speakers.len() as u32;
                        speaker_at.insert(s.clone(), i);
                        speakers.push(s);
                        i
                    }
                };
                IndexedTurn {
                    speaker,
                    first_paragraph: t.first_paragraph as u32,
                    paragraph_count: t.paragraph_count as u32,
                    start: est.turns.get(i).copied().flatten().map(|(start, _)| start),
                }
            })
            .collect();
        // Terms are gathered in a hash map (a folded word is looked up without allocating) and
        // sorted once at the end: indexing costs a few times the parse, not more.
        // The standard hasher (SipHash), not a faster one: a record crafted so that its words
        // collide must not make indexing quadratic.
        let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
        let mut term = String::new();
        let paragraphs = r
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let i = i as u32;
                for word in super::fold::words(&p.text) {
                    term.clear();
                    super::fold::fold_into(word, &mut term);
                    match postings.get_mut(term.as_str()) {
                        Some(list) if list.last() == Some(&i) => {}
                        Some(list) => list.push(i),
                        None => {
                            postings.insert(term.clone(), vec![i]);
                        }
                    }
                }
                IndexedParagraph {
                    number: p.number,
                    inferred: p.inferred,
                    turn: p.turn.map(|t| t as u32),
                    text: p.text.clone(),
                }
            })
            .collect();
        let mut terms: Vec<(String, Vec<u32>)> = postings.into_iter().collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Index { speakers, turns, paragraphs, terms }
    }

    /// The paragraphs holding a term that begins with `prefix` (folded), ascending.
    pub fn paragraphs_with(&self, prefix: &str) -> Vec<u32> {
        let from = self.terms.partition_point(|(t, _)| t.as_str() < prefix);
        let mut out: Vec<u32> = Vec::new();
        for (term, list) in &self.terms[from..] {
            if !term.starts_with(prefix) {
                break;
            }
            out.extend_from_slice(list);
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A paragraph by index; `None` for an index a damaged stored value holds.
    pub fn paragraph(&self, p: usize) -> Option<&IndexedParagraph> {
        self.paragraphs.get(p)
    }

    /// The speaker of paragraph `p`, if it is in a turn.
    pub fn speaker_of(&self, p: usize) -> Option<&IndexedSpeaker> {
        let t = self.paragraphs.get(p)?.turn?;
        let s = self.turns.get(t as usize)?.speaker;
        self.speakers.get(s as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_find_paragraphs_by_the_beginning_of_a_word() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        let index = Index::build(&parsed, &crate::timeline::estimate(&parsed));
        let found = index.paragraphs_with("migra");
        assert!(!found.is_empty());
        for p in &found {
            let text = crate::library::fold(&parsed.record.paragraphs[*p as usize].text);
            assert!(text.contains("migra"), "{text}");
        }
        // Every paragraph that says it is found.
        let says = parsed.record.paragraphs.iter().filter(|p| crate::library::fold(&p.text).contains(" migra")).count();
        assert!(found.len() >= says);
        assert!(index.paragraphs_with("zzzzqq").is_empty());
        let huseynov = index.speakers.iter().filter(|s| s.name.as_deref() == Some("Mr. Huseynov")).count();
        assert_eq!(huseynov, 1);
    }
}
