//! What the timeline derives from a record: estimated clock times of the turns,
//! search hits, and speaker statistics. Pure functions of a [`Parsed`] record.
//!
//! **Estimated times.** A record gives the clock only at its events (called to order,
//! suspended, resumed, rose). Between two timed events, the time is shared among the
//! turns in proportion to their words; after the last timed event (or in a record
//! that gives only one time) turns advance at the rate measured elsewhere in the same
//! record, or at a typical rate for the kind of record (summary records condense
//! speech to about 55 words a minute, verbatim records run at about 120). Every such
//! time is an estimate and the interface says so.

use crate::model::{EventKind, Item, Parsed, RecordKind, Side};

/// Minutes since midnight (fractional).
pub type Minutes = f32;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Estimates {
    /// Per turn: estimated start and end.
    pub turns: Vec<Option<(Minutes, Minutes)>>,
    /// Per turn: words spoken.
    pub words: Vec<usize>,
    /// The meeting's first and last known or estimated moments.
    pub start: Option<Minutes>,
    pub end: Option<Minutes>,
    /// Suspensions: (suspended, resumed), from the record's own times.
    pub suspensions: Vec<(Minutes, Minutes)>,
    /// Words per minute used where the record gives no bracketing times.
    pub rate: f32,
}

fn minutes(t: crate::model::ClockTime) -> Minutes {
    t.minutes() as Minutes
}

pub fn estimate(parsed: &Parsed) -> Estimates {
    let r = &parsed.record;
    let words: Vec<usize> = r
        .turns
        .iter()
        .map(|t| {
            r.paragraphs[t.first_paragraph..t.first_paragraph + t.paragraph_count]
                .iter()
                .map(|p| word_count(&p.text))
                .sum()
        })
        .collect();
    let default_rate = if r.kind == RecordKind::Verbatim { 120.0 } else { 55.0 };
    let mut est = Estimates { turns: vec![None; r.turns.len()], words, rate: default_rate, ..Default::default() };
    // Runs of turns between timed events: (time before, turns, time after).
    let mut runs: Vec<(Option<Minutes>, Vec<usize>, Option<Minutes>)> = Vec::new();
    let mut current: (Option<Minutes>, Vec<usize>) = (None, Vec::new());
    let mut suspended_at: Option<Minutes> = None;
    for item in &r.order {
        match *item {
            Item::Turn(t) => current.1.push(t),
            Item::Event(e) => {
                let ev = &r.events[e];
                let Some(time) = ev.time.map(minutes) else { continue };
                match ev.kind {
                    EventKind::Suspended => suspended_at = Some(time),
                    EventKind::Resumed => {
                        if let Some(s) = suspended_at.take() {
                            est.suspensions.push((s, time));
                        }
                    }
                    _ => {}
                }
                let turns = std::mem::take(&mut current.1);
                runs.push((current.0, turns, Some(time)));
                current.0 = Some(time);
                est.start = Some(est.start.map_or(time, |s: f32| s.min(time)));
                est.end = Some(est.end.map_or(time, |e: f32| e.max(time)));
            }
            _ => {}
        }
    }
    runs.push((current.0, current.1, None));
    // The rate measured where the record brackets speech with two times.
    let (mut w, mut m) = (0usize, 0.0f32);
    for (a, turns, b) in &runs {
        if let (Some(a), Some(b)) = (a, b) {
            if b > a && !turns.is_empty() {
                w += turns.iter().map(|&t| est.words[t]).sum::<usize>();
                m += b - a;
            }
        }
    }
    if w > 0 && m > 0.0 {
        est.rate = (w as f32 / m).clamp(10.0, 400.0);
    }
    for (a, turns, b) in runs {
        spread(&mut est, a, &turns, b);
    }
    est
}

fn spread(est: &mut Estimates, before: Option<Minutes>, turns: &[usize], after: Option<Minutes>) {
    let total: usize = turns.iter().map(|&t| est.words[t].max(1)).sum();
    let length = match (before, after) {
        (Some(a), Some(b)) if b >= a => b - a,
        _ => total as f32 / est.rate,
    };
    let start = match (before, after) {
        (Some(a), _) => a,
        (None, Some(b)) => b - length,
        (None, None) => return,
    };
    let mut clock = start;
    for &t in turns {
        let share = est.words[t].max(1) as f32 / total.max(1) as f32 * length;
        est.turns[t] = Some((clock, clock + share));
        clock += share;
    }
    est.start = Some(est.start.map_or(start, |s| s.min(start)));
    est.end = Some(est.end.map_or(clock, |e| e.max(clock)));
}

/// "15:40" for a number of minutes since midnight.
pub fn hh_mm(m: Minutes) -> String {
    let m = m.round().max(0.0) as u32;
    format!("{:02}:{:02}", (m / 60) % 24, m % 60)
}

/// One occurrence of the search text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    pub paragraph: usize,
    pub turn: Option<usize>,
    /// Byte range in the paragraph's text.
    pub start: usize,
    pub end: usize,
}

/// Case-insensitive occurrences of `query` in the paragraphs, in order.
pub fn search(parsed: &Parsed, query: &str) -> Vec<SearchHit> {
    let q = query.trim();
    if q.is_empty() {
        return Vec::new();
    }
    let needle = q.to_lowercase();
    let mut hits = Vec::new();
    for (i, p) in parsed.record.paragraphs.iter().enumerate() {
        let lower = p.text.to_lowercase();
        // Lowercasing can change byte lengths (rarely); then search the text as printed.
        let (hay, nee) =
            if lower.len() == p.text.len() { (lower.as_str(), needle.as_str()) } else { (p.text.as_str(), q) };
        for (start, m) in hay.match_indices(nee) {
            hits.push(SearchHit { paragraph: i, turn: p.turn, start, end: start + m.len() });
        }
    }
    hits
}

/// A speaker in the speakers panel.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerSummary {
    pub key: String,
    pub name: String,
    /// Affiliation, country or role to show beside the name.
    pub detail: Option<String>,
    pub side: Side,
    pub turns: usize,
    pub words: usize,
}

/// Speakers in order of first appearance, with their turns and words.
pub fn speakers(parsed: &Parsed, est: &Estimates) -> Vec<SpeakerSummary> {
    let mut out: Vec<SpeakerSummary> = Vec::new();
    for (i, t) in parsed.record.turns.iter().enumerate() {
        let key = crate::viewer::speaker_key(parsed, i);
        let words = est.words.get(i).copied().unwrap_or(0);
        match out.iter_mut().find(|s| s.key == key) {
            Some(s) => {
                s.turns += 1;
                s.words += words;
                if s.detail.is_none() {
                    s.detail = t.speaker.affiliation.clone().or(t.speaker.country.clone());
                }
            }
            None => out.push(SpeakerSummary {
                key,
                name: t.speaker.name.clone().unwrap_or_else(|| "(unknown speaker)".to_string()),
                detail: t.speaker.affiliation.clone().or(t.speaker.country.clone()),
                side: t.speaker.side,
                turns: 1,
                words,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_estimate_turn_times_between_events() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        let est = estimate(&parsed);
        assert_eq!(est.start, Some(15.0 * 60.0 + 10.0));
        assert_eq!(est.end, Some(18.0 * 60.0));
        assert_eq!(est.suspensions, [(16.0 * 60.0 + 30.0, 16.0 * 60.0 + 55.0)]);
        let (first_start, _) = est.turns[0].unwrap();
        assert_eq!(first_start, 15.0 * 60.0 + 10.0);
        // Mr. Charef's turn (¶40) ends at the suspension; Mr. Huseynov's (¶41-42) starts at the resumption.
        assert!((est.turns[9].unwrap().1 - (16.0 * 60.0 + 30.0)).abs() < 0.01);
        assert!((est.turns[10].unwrap().0 - (16.0 * 60.0 + 55.0)).abs() < 0.01);
        for w in est.turns.windows(2) {
            assert!(w[0].unwrap().1 <= w[1].unwrap().0 + 0.01, "turn times run forward");
        }
    }

    #[test]
    fn should_search_case_insensitively() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        let hits = search(&parsed, "irregular migra");
        assert!(hits.len() >= 3);
        let p = &parsed.record.paragraphs[hits[0].paragraph];
        assert_eq!(p.text[hits[0].start..hits[0].end].to_lowercase(), "irregular migra");
        assert!(search(&parsed, "  ").is_empty());
    }

    #[test]
    fn should_summarise_speakers() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        let s = speakers(&parsed, &estimate(&parsed));
        let huseynov = s.iter().find(|s| s.name == "Mr. Huseynov").unwrap();
        assert_eq!((huseynov.turns, huseynov.side), (4, Side::Delegation));
        assert_eq!(s.iter().filter(|s| s.side == Side::Chair).count(), 1);
    }
}

/// Words in `text`: runs of non-space characters (ASCII whitespace and no-break space
/// separate them). A byte loop: `split_whitespace` decodes every character, and this runs
/// over the whole record each time one is opened.
pub fn word_count(text: &str) -> usize {
    let b = text.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // U+00A0 (C2 A0) and U+202F (E2 80 AF) are spaces in UN texts; other non-ASCII is a letter.
        let (space, len) = match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => (true, 1),
            0xC2 if b.get(i + 1) == Some(&0xA0) => (true, 2),
            0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xAF) => (true, 3),
            _ => (false, 1),
        };
        if !space && !in_word {
            count += 1;
        }
        in_word = !space;
        i += len;
    }
    count
}

#[cfg(test)]
mod word_tests {
    #[test]
    fn should_count_words_like_split_whitespace_for_record_text() {
        for t in ["", "  ", "one", " Mr.  Ünver said\tthat\n\nit was so. ", "1\u{a0}000 people", "a\u{202f}b"] {
            let expected = t
                .split(|c: char| c.is_ascii_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\x0b')
                .filter(|w| !w.is_empty())
                .count();
            assert_eq!(super::word_count(t), expected, "{t:?}");
        }
    }
}
