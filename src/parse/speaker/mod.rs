//! Speakers: who holds the floor. One construct per file:
//! * [`subject`]: the name at a paragraph's start (an office with its article, or an
//!   honorific and a name), in English, French and Spanish;
//! * [`summary`]: a summary record's third-person attribution, by form;
//! * [`verbatim`]: a verbatim record's speaker line ending with a colon;
//! * [`side`]: the speaker's side from what the text says.
//!
//! The words (honorifics, offices, verbs, interpretation notes) live in
//! [`super::vocabulary`].

mod side;
mod subject;
mod summary;
mod verbatim;

pub use super::vocabulary::Title;
pub use side::classify;
pub use subject::{could_start, paren_groups, subject, Subject};
pub use summary::{summary_speaker, summary_speaker_with};
pub use verbatim::{label_after, label_start, verbatim_label, LabelFound};

use super::text::{squash_spaces, starts_with_ci};
use super::vocabulary::{HONORIFICS, INTERPRETATION};

/// A speaker as the text names them, before the record's context is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Named {
    pub name: String,
    /// The subject is an office ("The Chair", "El Presidente"), not a person's name.
    pub title: Option<Title>,
    pub affiliation: Option<String>,
    pub role: Option<String>,
    pub speaking_as: Option<String>,
    pub interpretation: Option<String>,
}

/// Does a bracket say how the words reached the record ("spoke in French")?
/// OCR spells them many ways ("translated jram Russian", "trallslatcd from Russial/",
/// "traduit du rllsse"), so a short bracket opening with "tra" or "interp" counts too.
fn interpretation_of(group: &str) -> bool {
    let g = group.trim();
    INTERPRETATION.iter().any(|p| starts_with_ci(g, p))
        || g.len() < 50 && (starts_with_ci(g, "tra") || starts_with_ci(g, "interp")) && g.split(' ').count() <= 4
}

/// The named speaker with its brackets: the first that is not an interpretation note is
/// the affiliation.
fn named(name: String, title: Option<Title>, groups: &[&str]) -> Named {
    let mut n = Named { name, title, affiliation: None, role: None, speaking_as: None, interpretation: None };
    for g in groups {
        let g = squash_spaces(g);
        if interpretation_of(&g) {
            n.interpretation = Some(g);
        } else if n.affiliation.is_none() {
            n.affiliation = Some(g);
        }
    }
    n
}

/// "Mr.KÄLIN" → "Mr. KÄLIN"; runs of spaces become one.
pub fn normalise_name(name: &str) -> String {
    let squashed = squash_spaces(name);
    for h in HONORIFICS.iter().filter(|h| h.ends_with('.')) {
        if let Some(rest) = squashed.strip_prefix(h) {
            if rest.starts_with(|c: char| c.is_alphabetic()) {
                return format!("{h} {rest}");
            }
        }
    }
    squashed
}
