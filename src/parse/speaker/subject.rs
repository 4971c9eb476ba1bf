//! The subject: who is named at the start of a paragraph or a speaker line.
//!
//! Forms, from summary and verbatim records in the three languages:
//! * an office with its article: `The Chair`, `The CHAIRPERSON`, `theCHAIRPERSON` (glued),
//!   `The Temporary President`, `The Under-Secretary-General for Humanitarian Affairs`,
//!   `La PRÉSIDENTE`, `El Presidente`, `L'Observateur`;
//! * an honorific and a name: `Mr. Kariyawasam`, `Mr.KÄLIN`, `Ms. MEDINA QUIROGA`,
//!   `Ms. Maria T.K. Olsen`, `Mr. van der Berg`, `Sheikh Al-Thani`, `Mr. WANG Xuexian`,
//!   `M. KÄLIN`, `Mme Chanet`, `El Sr. Nataf`, `La Sra. Pérez Gómez`, `Reverend Smith`;
//! * OCR noise before it (`:M. DUPONT`, `.Mr. Smith`) is skipped.
//!
//! The name ends at its last capitalised word (or initial, or particle followed by one);
//! the next thing is a bracket, a comma, a colon or the verb.

use super::super::text::strip_prefix_ci;
use super::super::vocabulary::{
    honorific_word, Title, ARTICLES, ARTICLES_BEFORE_HONORIFIC, HONORIFICS, PARTICLES, TITLES, TITLE_CONNECTORS,
};

/// A subject found: the name as printed (spacing made regular), its office if the name is
/// an office, and the bytes of the input it used.
#[derive(Clone, Debug, PartialEq)]
pub struct Subject {
    pub name: String,
    pub title: Option<Title>,
    pub end: usize,
}

/// Stray characters that OCR leaves before a name at a line's start.
fn noise(s: &str) -> usize {
    let n = s.bytes().take_while(|b| matches!(b, b':' | b';' | b'.' | b',' | b'\'' | b'`' | b'*' | b'_')).count();
    if n == 0 || n > 2 {
        return 0;
    }
    n + s[n..].bytes().take_while(|&b| b == b' ').count()
}

/// A cheap test, run on every line: can a subject start here at all? Its first word must
/// be an honorific or an article.
pub fn could_start(s: &str) -> bool {
    // Every article and honorific starts with a capital ASCII letter (or "the" glued): most lines
    // are rejected by their first byte.
    if !s.as_bytes().first().is_some_and(|b| {
        b.is_ascii_uppercase() || matches!(b, b't' | b':' | b';' | b'.' | b',' | b'\'' | b'`' | b'*' | b'_')
    }) {
        return false;
    }
    let s = &s[noise(s)..];
    let ascii = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let word_len = if s.as_bytes().get(ascii).is_some_and(|b| *b >= 0x80) {
        s.char_indices().find(|(_, c)| !c.is_alphabetic()).map_or(s.len(), |(i, _)| i)
    // "Maître", "Dña."
    } else {
        ascii
    };
    let word = &s[..word_len];
    if word.len() > 3 && word.starts_with("the") {
        return true; // "theCHAIRPERSON", glued
    }
    matches!(word, "The" | "the" | "THE" | "La" | "Le" | "El" | "LA" | "LE" | "EL" | "L" | "Los" | "Las" | "Les")
        || honorific_word(word)
        || word == "S" && s[1..].starts_with(" r")
}

/// The subject at the start of `s`.
pub fn subject(s: &str) -> Option<Subject> {
    if !could_start(s) {
        return None;
    }
    let skip = noise(s);
    let t = &s[skip..];
    let mut found = titled(t).or_else(|| honorific_name(t))?;
    found.end += skip;
    Some(found)
}

/// "The Chair", "THE CHAIRPERSON", "theCHAIRPERSON", "La PRÉSIDENTE", "El Presidente",
/// "The President of the General Assembly".
fn titled(s: &str) -> Option<Subject> {
    for article in ARTICLES {
        let Some(r) = s.strip_prefix(article) else { continue };
        let elided = article.ends_with('\'') || article.ends_with('’');
        let rest = if elided {
            r
        } else if let Some(r2) = r.strip_prefix(' ') {
            r2
        } else if r.starts_with(|c: char| c.is_uppercase()) {
            r // "theCHAIRPERSON", glued
        } else {
            continue;
        };
        // Only the offices that start with the same letter are tried.
        let Some(first) = rest.bytes().next().map(|b| b.to_ascii_lowercase()) else { continue };
        let same_letter = TITLES.iter().filter(|(t, _)| t.as_bytes()[0].to_ascii_lowercase() == first);
        for (title, kind) in same_letter {
            let Some(after) = strip_prefix_unicode_ci(rest, title) else { continue };
            if !(after.is_empty() || after.starts_with([' ', '(', ',', ':', ';', '.'])) {
                continue;
            }
            let after = after.strip_suffix('.').filter(|a| a.is_empty()).unwrap_or(after);
            let complement = office_complement(after);
            let printed = &rest[..rest.len() - after.len() + complement];
            let art = if *article == "the" || *article == "THE" { "The" } else { article };
            let sep = if elided { "" } else { " " };
            let name = super::normalise_name(&format!("{art}{sep}{printed}"));
            return Some(Subject { name, title: Some(*kind), end: s.len() - after.len() + complement });
        }
    }
    None
}

/// The rest of an office's name after its title: " for Humanitarian Affairs" in "The
/// Under-Secretary-General for Humanitarian Affairs said", " of the General Assembly". Only
/// capitalised words and connectors; the complement must end on a capitalised word. Bytes used.
fn office_complement(after: &str) -> usize {
    let mut used = 0;
    let mut good = 0;
    let mut first = true;
    for word in after.split(' ').skip(1).take(12) {
        let w = word.trim_end_matches([',', ':', ';']);
        let connector = TITLE_CONNECTORS.contains(&w);
        if first && !(w == "of" || w == "for" || w == "on" || w == "de" || w == "del" || w == "du" || w == "des") {
            break;
        }
        first = false;
        let capital = w.starts_with(|c: char| c.is_uppercase());
        if !(connector || capital) {
            break;
        }
        used += 1 + word.len();
        if capital {
            good = used - (word.len() - w.len());
        }
        if w.len() != word.len() {
            break; // a comma or colon ends the office
        }
    }
    good
}

/// "Mr. Kariyawasam", "Mr.KÄLIN", "El Sr. Nataf", "Sir Nigel RODLEY", "Mr. WANG Xuexian",
/// "Ms. Maria T.K. Olsen", "Mr. van der Berg".
fn honorific_name(s: &str) -> Option<Subject> {
    let start = ARTICLES_BEFORE_HONORIFIC.iter().find(|a| s.starts_with(*a)).map_or(0, |a| a.len());
    let t = &s[start..];
    // The first word must be an honorific (or the start of one broken by spaces: "M me", "S r.").
    let word = &t[..t.char_indices().find(|(_, c)| !c.is_alphabetic()).map_or(t.len(), |(i, _)| i)];
    if !(honorific_word(word) || word == "S") {
        return None;
    }
    let (honorific, after) = HONORIFICS
        .iter()
        .find_map(|h| {
            let r = t.strip_prefix(h)?;
            let ok = r.starts_with(' ') || h.ends_with('.') && r.starts_with(|c: char| c.is_uppercase());
            ok.then_some((*h, r))
        })
        .or_else(|| broken_honorific(t))?;
    let mut tokens: Vec<&str> = Vec::new();
    let mut rest = after.trim_start();
    while tokens.len() < 7 {
        let len = rest.find([' ', '(', ',', ':', ';']).unwrap_or(rest.len());
        let token = &rest[..len];
        if token.is_empty() {
            break;
        }
        let next = rest[len..].strip_prefix(' ').map(str::trim_start);
        let is_particle = PARTICLES.contains(&token)
            && next.is_some_and(|n| {
                n.starts_with(|c: char| c.is_uppercase()) || PARTICLES.iter().any(|p| n.starts_with(p))
            });
        if !(is_particle || name_token(token)) {
            break;
        }
        tokens.push(token);
        rest = &rest[len..];
        let Some(r) = rest.strip_prefix(' ') else { break };
        rest = r;
    }
    // A trailing particle is not part of the name.
    while tokens.last().is_some_and(|t| PARTICLES.contains(t)) {
        tokens.pop();
    }
    let last = *tokens.last()?;
    let end = (last.as_ptr() as usize - t.as_ptr() as usize) + last.len();
    let name = format!("{} {}", honorific.trim_end(), tokens.join(" "));
    Some(Subject { name, title: None, end: start + end })
}

/// An honorific broken by a web page's spacing: "M me Medina Quiroga", "M r . Salama",
/// "Sra . Ray", "S r. DAVID". Returns it as printed and the text after it.
fn broken_honorific(t: &str) -> Option<(&str, &str)> {
    for h in ["Mme", "Mrs", "Mr", "Ms", "Sra", "Srta", "Sr"] {
        let mut i = 0;
        let b = t.as_bytes();
        let mut broken = false;
        for (k, want) in h.bytes().enumerate() {
            if k > 0 && b.get(i) == Some(&b' ') {
                i += 1;
                broken = true;
            }
            if b.get(i) != Some(&want) {
                i = usize::MAX;
                break;
            }
            i += 1;
        }
        if i == usize::MAX {
            continue;
        }
        if b.get(i) == Some(&b' ') && b.get(i + 1) == Some(&b'.') {
            i += 2;
            broken = true;
        } else if b.get(i) == Some(&b'.') {
            i += 1;
        }
        let j = i + t[i..].bytes().take_while(|&c| c == b' ').count();
        if broken && j > i && b.get(j).is_some_and(u8::is_ascii_uppercase) {
            return Some((&t[..i], &t[i..]));
        }
    }
    None
}

/// A word of a name: capitalised ("Kariyawasam", "KÄLIN", "Al-Thani", "O'Flaherty"), an
/// initial or initials ("T.K.", "J."), or a lowercase prefix joined to a capital
/// ("al-Hussein", "d'Escoto"). A possessive ("Smith's") or a word ending a sentence
/// ("Smith.") is not.
fn name_token(token: &str) -> bool {
    let first = token.chars().next().unwrap_or(' ');
    // PDF text may keep an accent as a spacing character after its letter ("Jovanovic´").
    let letters_ok = token.chars().all(|c| {
        c.is_alphabetic() || matches!(c, '-' | '\u{2011}' | '\'' | '’' | '.' | '´' | '`' | '\u{0300}'..='\u{036f}')
    });
    if !letters_ok || token.ends_with("'s") || token.ends_with("’s") {
        return false;
    }
    if token.ends_with('.') {
        // Initials: "J.", "T.K.", "M.-C."
        let initials = token.split('.').filter(|p| !p.is_empty()).all(|p| {
            let p = p.trim_start_matches('-');
            p.chars().count() <= 2 && p.starts_with(|c: char| c.is_uppercase())
        });
        return initials;
    }
    if first.is_uppercase() {
        return true;
    }
    // "al-Hussein", "d'Escoto", "el-Sayed"
    token
        .find(['-', '\'', '’'])
        .filter(|&i| i <= 3)
        .and_then(|i| token[i..].chars().nth(1))
        .is_some_and(char::is_uppercase)
}

/// Case-insensitive prefix for titles, which may carry accents ("PRÉSIDENTE").
pub(crate) fn strip_prefix_unicode_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if prefix.is_ascii() {
        return strip_prefix_ci(s, prefix);
    }
    let mut chars = s.char_indices();
    for want in prefix.chars() {
        let (_, got) = chars.next()?;
        if !got.to_lowercase().eq(want.to_lowercase()) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &s[i..]))
}

/// Balanced bracket groups after `s`'s start: (inner texts, bytes used). A group longer
/// than 400 bytes, or one left open, ends the search.
pub fn paren_groups(s: &str) -> (Vec<&str>, usize) {
    let mut groups = Vec::new();
    let mut used = 0;
    loop {
        let rest = &s[used..];
        let trimmed = rest.trim_start();
        if !trimmed.starts_with('(') {
            break;
        }
        let open = used + (rest.len() - trimmed.len());
        let mut depth = 0;
        let mut close = None;
        // Where an inner bracket closed: "(Jefa de la Sección, Oficina del Alto Comisionado
        // (ACNUDH) da la bienvenida": the outer one was never closed.
        let mut inner = None;
        for (i, c) in s[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(open + i);
                        break;
                    }
                    if depth == 1 && inner.is_none() {
                        inner = Some(open + i);
                    }
                }
                _ => {}
            }
            if i > 400 {
                break;
            }
        }
        let unclosed = inner.filter(|&i| {
            let after = &s[i + 1..];
            after.starts_with(' ') && after[1..].starts_with(|c: char| c.is_lowercase())
        });
        let closed = close.is_some();
        let Some(close) = close.or(unclosed) else { break };
        if !closed {
            groups.push(&s[open + 1..=close]);
            used = close + 1;
            break;
        }
        groups.push(&s[open + 1..close]);
        used = close + 1;
    }
    (groups, used)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Option<String> {
        subject(s).map(|f| f.name)
    }

    #[test]
    fn should_read_offices() {
        assert_eq!(name("The Chair said").as_deref(), Some("The Chair"));
        assert_eq!(name("theCHAIRPERSON said").as_deref(), Some("The CHAIRPERSON"));
        assert_eq!(name("The Temporary President: I declare").as_deref(), Some("The Temporary President"));
        assert_eq!(name("The Principal Secretary said").as_deref(), Some("The Principal Secretary"));
        assert_eq!(
            name("The Under-Secretary-General for Humanitarian Affairs said").as_deref(),
            Some("The Under-Secretary-General for Humanitarian Affairs")
        );
        assert_eq!(name("The Chairperson of the working group had").as_deref(), Some("The Chairperson"));
        assert_eq!(name("El Presidente dice").as_deref(), Some("El Presidente"));
        assert_eq!(name("La PRÉSIDENTE déclare").as_deref(), Some("La PRÉSIDENTE"));
        assert_eq!(name("The Committee decided"), None);
    }

    #[test]
    fn should_read_names() {
        assert_eq!(name("Mr. Kariyawasam (Country").as_deref(), Some("Mr. Kariyawasam"));
        assert_eq!(name("Mr.KÄLIN specified").as_deref(), Some("Mr. KÄLIN"));
        assert_eq!(name("Ms. Maria T.K. Olsen (Denmark) said").as_deref(), Some("Ms. Maria T.K. Olsen"));
        assert_eq!(name("Mr. van der Berg (Netherlands) said").as_deref(), Some("Mr. van der Berg"));
        assert_eq!(name("Ms. Pérez Gómez said").as_deref(), Some("Ms. Pérez Gómez"));
        assert_eq!(name("Reverend Smith (Holy See) said").as_deref(), Some("Reverend Smith"));
        assert_eq!(name("Sheikh al-Thani said").as_deref(), Some("Sheikh al-Thani"));
        assert_eq!(name("El Sr. Nataf (Secretario").as_deref(), Some("Sr. Nataf"));
        assert_eq!(name("La Srta. Ruiz pregunta").as_deref(), Some("Srta. Ruiz"));
        assert_eq!(name("Mme Chanet dit").as_deref(), Some("Mme Chanet"));
        assert_eq!(name(":M. DUPONT (France) dit").as_deref(), Some("M. DUPONT"));
        assert_eq!(name("M me Medina Quiroga propose").as_deref(), Some("M me Medina Quiroga"));
        assert_eq!(name("M r . Salama (Representative").as_deref(), Some("M r . Salama"));
        assert_eq!(name("La Sra . Ray (Jefa").as_deref(), Some("Sra . Ray"));
        assert_eq!(name("El S r. DAVID (Representante").as_deref(), Some("S r. DAVID"));
        assert_eq!(name("Mr. Smith's question"), None);
        assert_eq!(name("Mr. Smith. He").as_deref(), None);
    }
}
