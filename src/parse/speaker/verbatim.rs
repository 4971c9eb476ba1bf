//! Verbatim records: the speaker line that opens a speech, ending with a colon.
//!
//! * `The President: I thank ...`, `The President (spoke in French): ...`, `The President : ...`;
//! * `Mr. Buffa (Paraguay) (spoke in Spanish): ...`, `Mr. CHIRILA (Romania) (interpretation from French):`;
//! * `Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee: ...`;
//! * `Mr. Briz Gutiérrez: (Guatemala) (spoke in Spanish):` (a stray colon);
//! * `4. El PRESIDENTE (interpretación del inglés): ...`, `El PRESIDENTE (traducido del francés):`,
//!   `The Temporary President:`, `El Presidente:`.

use super::super::text::squash_spaces;
use super::subject::{paren_groups, subject};
use super::{named, Named};

/// A verbatim speaker line: the speaker and the byte offset where the speech starts.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelFound {
    pub named: Named,
    pub end: usize,
}

/// A verbatim speaker line at the start of `text`.
pub fn verbatim_label(text: &str) -> Option<LabelFound> {
    label_after(text, subject(text)?)
}

/// The speaker line of `text`, whose subject is `found`.
pub fn label_after(text: &str, found: super::Subject) -> Option<LabelFound> {
    let mut i = found.end;
    let mut groups = Vec::new();
    let mut role = None;
    // A stray colon before the country: "Mr. Briz Gutiérrez: (Guatemala) (spoke in Spanish):"
    if let Some(r) = text[i..].strip_prefix(':') {
        if r.trim_start().starts_with('(') {
            i += 1;
        }
    }
    let (g, used) = paren_groups(&text[i..]);
    groups.extend(g);
    i += used;
    // ", Rapporteur of the Third Committee:" / ", Vice-President:"
    if let Some(r) = text[i..].strip_prefix(", ") {
        let end = r.find(':').filter(|&e| e < 120 && !r[..e].contains('.') || r[..e].ends_with("Rep."))?;
        let candidate = r[..end].trim();
        if candidate.starts_with(|c: char| c.is_uppercase()) {
            role = Some(squash_spaces(candidate));
            i += 2 + end;
            let (g, used) = paren_groups(&text[i..]);
            groups.extend(g);
            i += used;
        }
    }
    let rest = &text[i..];
    let colon = rest.trim_start_matches(' ');
    let after = colon.strip_prefix(':')?;
    if after.starts_with(|c: char| c.is_alphanumeric()) && !after.starts_with(char::is_uppercase) {
        return None;
    }
    let end = text.len() - after.len();
    let mut n = named(found.name, found.title, &groups);
    n.role = role;
    Some(LabelFound { named: n, end })
}

/// Could this line open a verbatim speaker line (possibly wrapped onto the next line)?
pub fn label_start(line: &str) -> bool {
    let Some(found) = subject(line) else { return false };
    let end = found.end;
    if label_after(line, found).is_some() {
        return true;
    }
    // A label wrapped inside its bracket: "Mr. RIVERO ROSARIO (Cuba) (interpretation from"
    let rest = &line[end..];
    let (_, used) = paren_groups(rest);
    let tail = rest[used..].trim();
    (tail.starts_with('(') && !tail.contains(')') && tail.len() < 40)
        || tail.starts_with(", ")
            && tail.len() < 60
            && !tail.contains(" said")
            && tail.chars().nth(2).is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_find_verbatim_labels() {
        let l = verbatim_label("The President (spoke in French): In accordance").unwrap();
        assert_eq!(
            (l.named.name.as_str(), l.named.interpretation.as_deref()),
            ("The President", Some("spoke in French"))
        );
        assert_eq!(&"The President (spoke in French): In accordance"[l.end..], " In accordance");
        let l = verbatim_label("Mr. Delattre (France) (spoke in French): France welcomes").unwrap();
        assert_eq!(l.named.affiliation.as_deref(), Some("France"));
        let l = verbatim_label("Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee: It is").unwrap();
        assert_eq!(l.named.role.as_deref(), Some("Rapporteur of the Third Committee"));
        let l = verbatim_label("Mr. Briz Gutiérrez: (Guatemala) (spoke in Spanish): We").unwrap();
        assert_eq!(l.named.affiliation.as_deref(), Some("Guatemala"));
        assert!(verbatim_label("The President : I thank").is_some());
        assert!(verbatim_label("The Security Council will now begin").is_none());
        assert!(label_start("Mr. RIVERO ROSARIO (Cuba) (interpretation from"));
        let l = verbatim_label("El PRESIDENTE (traducido del francés): Declaro").unwrap();
        assert_eq!((l.named.name.as_str(), l.named.affiliation), ("El PRESIDENTE", None));
        assert_eq!(verbatim_label("The Temporary President: I").unwrap().named.name, "The Temporary President");
    }
}
