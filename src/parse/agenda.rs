//! Agenda headings and sub-headings.
//!
//! Forms accepted (from real records):
//! * summary records: `Consideration of reports submitted by States parties under article 73 of
//!   the Convention (continued)` then `Third periodic report of Azerbaijan (CMW/C/AZE/3;
//!   CMW/C/AZE/QPR/3)`; `ORGANIZATIONAL AND OTHER MATTERS (agenda item 3)`;
//!   `Kuwait(continued)(CEDAW/C/KWT/3-4)` (glued); `Articles 7 to 9 (continued)`;
//!   `Agenda item 31: United Nations Relief and Works Agency ... ( continued)`;
//!   Spanish `(tema 4 del programa) ( continuación )`, French `(point 4 de l'ordre du jour) (suite)`;
//! * verbatim records: `Agenda item 13`, `Agenda items 21 to 26`, `Agenda item 48 and 114
//!   (continued)`, `AGENDA ITEM 14 (continued)`, then title lines and document lines such as
//!   `Report of the Secretary-General (A/60/736)`; `TEMA 8 DEL PROGRAMA`.
//!
//! A heading is an unnumbered block that is short, starts with a capital and does
//! not read as a sentence (no closing full stop, no dangling "of the").

use super::text::{contains_ci, ends_mid_sentence, ends_sentence, find_ci, letter_ratio, strip_prefix_ci, word_count};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct HeadingInfo {
    pub agenda_item: Option<String>,
    pub documents: Vec<String>,
    pub continued: bool,
}

/// "13" from "Agenda item 13", "21 to 26" from "Agenda items 21 to 26".
pub fn agenda_item_number(text: &str) -> Option<String> {
    let rest = ["Agenda items ", "Agenda item ", "Punto ", "Point ", "Tema ", "Temas ", "Item "]
        .iter()
        .find_map(|p| strip_prefix_ci(text, p))?;
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(item_numbers(rest))
}

/// The item number(s) at the start of `s`: "13", "21 to 26", "48 and 114".
fn item_numbers(s: &str) -> String {
    let mut end = 0;
    let mut last_digit_end = 0;
    let words: Vec<&str> = s.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        let w_clean = w.trim_end_matches([':', ',', ')']);
        let is_num = !w_clean.is_empty()
            && w_clean.chars().all(|c| {
                c.is_ascii_digit()
                    || c == '.'
                    || c.is_ascii_lowercase()
                        && w_clean.len() <= 4
                        && w_clean.chars().next().is_some_and(|c| c.is_ascii_digit())
            });
        let is_joiner = matches!(*w, "to" | "and" | "y" | "et" | "a");
        if is_num {
            end += w.len() + usize::from(i > 0);
            last_digit_end = end - (w.len() - w_clean.len());
            if w.len() != w_clean.len() {
                break;
            }
        } else if is_joiner && i > 0 {
            end += w.len() + 1;
        } else {
            break;
        }
    }
    s[..last_digit_end].trim().to_string()
}

pub fn info(text: &str) -> HeadingInfo {
    let mut info = HeadingInfo {
        agenda_item: agenda_item_number(text),
        continued: [
            "(continued)",
            "( continued)",
            "(continuación)",
            "( continuación )",
            "(suite)",
            "(continuación )",
            "( continued )",
        ]
        .iter()
        .any(|c| contains_ci(text, c)),
        documents: Vec::new(),
    };
    if info.agenda_item.is_none() {
        // "(agenda item 4)", "(item 1 of the provisional agenda)", "(tema 4 del programa)"
        for marker in ["(agenda item ", "(item ", "(tema ", "(point "] {
            if let Some(i) = find_ci(text, marker) {
                let num = item_numbers(&text[i + marker.len()..]);
                if !num.is_empty() {
                    info.agenda_item = Some(num);
                    break;
                }
            }
        }
    }
    for group in bracket_groups(text) {
        if group.contains('/') {
            info.documents.extend(group.split([';', ',']).map(str::trim).filter(|d| !d.is_empty()).map(String::from));
        }
    }
    info
}

fn bracket_groups(text: &str) -> Vec<&str> {
    let mut groups = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    start = i + 1;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    groups.push(&text[start..i]);
                }
            }
            _ => {}
        }
    }
    groups
}

/// Could this unnumbered block be a heading?
/// The characters of `text` outside brackets, without allocating.
fn outside_brackets(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut depth = 0u32;
    text.chars().filter(move |&c| match c {
        '(' => {
            depth += 1;
            false
        }
        ')' => {
            depth = depth.saturating_sub(1);
            false
        }
        _ => depth == 0,
    })
}

pub fn looks_like_heading(text: &str) -> bool {
    if agenda_item_number(text).is_some() {
        return true;
    }
    let first = text.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit() || first == '(') || text.len() > 2000 {
        return false;
    }
    // The cheap tests at the end of the text first: most blocks are sentences.
    if ends_mid_sentence(text) {
        return false;
    }
    // The documents in brackets can be long ("(CEDAW/C/2008/III/L.1; CEDAW/C/BHR/CO/2, ...)") and in
    // lowercase ("(agenda item 1 bis)"); the heading's own words decide.
    let capitals = || {
        let mut letters = outside_brackets(text).filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some() && letters.all(|c| c.is_uppercase())
    };
    if ends_sentence(text) {
        // An all-caps heading may still end with a full stop; a sentence may not be a heading.
        return text.len() < 600 && !text.ends_with(':') && capitals() && letter_ratio(text) >= 0.6;
    }
    let words: std::borrow::Cow<'_, str> =
        if text.contains('(') { outside_brackets(text).collect::<String>().into() } else { text.into() };
    if words.len() > 320 || word_count(&words) > 45 || letter_ratio(&words) < 0.6 || has_sentence_break(&words) {
        return false;
    }
    // Long headings carry document symbols in brackets or are set in capitals; long lines without are prose.
    !(words.len() > 200 && !text.contains('(') && !capitals())
}

/// ". The" inside the text: two sentences, so prose.
pub fn has_sentence_break(text: &str) -> bool {
    super::text::sentence_breaks(text).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_agenda_item_numbers() {
        assert_eq!(agenda_item_number("Agenda item 13"), Some("13".into()));
        assert_eq!(agenda_item_number("Agenda items 21 to 26"), Some("21 to 26".into()));
        assert_eq!(agenda_item_number("Agenda item 48 and 114 (continued)"), Some("48 and 114".into()));
        assert_eq!(agenda_item_number("AGENDA ITEM 14 (continued)"), Some("14".into()));
        assert_eq!(agenda_item_number("Agenda item 31: United Nations Relief"), Some("31".into()));
        assert_eq!(agenda_item_number("TEMA 8 DEL PROGRAMA"), Some("8".into()));
        assert_eq!(agenda_item_number("Agenda for the session"), None);
    }

    #[test]
    fn should_read_heading_details() {
        let i = info("Third periodic report of Azerbaijan (CMW/C/AZE/3; CMW/C/AZE/QPR/3)");
        assert_eq!(i.documents, ["CMW/C/AZE/3", "CMW/C/AZE/QPR/3"]);
        assert!(!i.continued);
        let i = info("ORGANIZATIONAL AND OTHER MATTERS (agenda item 2) (continued) (CERD/C/57/Misc.38)");
        assert_eq!(i.agenda_item.as_deref(), Some("2"));
        assert!(i.continued);
        assert_eq!(i.documents, ["CERD/C/57/Misc.38"]);
    }

    #[test]
    fn should_tell_headings_from_prose() {
        assert!(looks_like_heading(
            "Consideration of reports submitted by States parties under article 73 of the Convention (continued)"
        ));
        assert!(looks_like_heading("OPENING OF THE SESSION"));
        assert!(!looks_like_heading("In a context that is characterized by ongoing serious violence, and with a"));
        assert!(!looks_like_heading("The meeting was called to order at 3.10 p.m."));
        assert!(!looks_like_heading("its"));
        assert!(!looks_like_heading(
            "He noted that the nomination of Mr. Zong-Naba Pimé had been approved. Issues rai"
        ));
        assert!(looks_like_heading("Chapter I: Organizational and related matters (CERD/C/80/R.1/Add.1)"));
    }
}
