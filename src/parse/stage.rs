//! Stage directions and decisions: the italic lines of a record that no one speaks.
//!
//! Forms accepted (from real records):
//! * seating: `At the invitation of the Chair, the delegation of Azerbaijan joined the meeting
//!   via video link.`; `... took places at the Committee table.`; `... resumed their places at
//!   the Committee table.`; `At the invitation of the President, Mr. Peleg (Israel) took a seat at
//!   the Council table`; Spanish `La delegación de Malta vuelve a tomar asiento a la mesa`;
//! * decisions: `It was so decided.`; `Así queda acordado.`; `Il en est ainsi décidé.`;
//! * adoptions: `The agenda was adopted.`; `Draft resolution I was adopted (resolution 65/182).`;
//!   `Chapter I was adopted.`; `Paragraphs 1 to 21 were adopted subject to editorial amendments.`;
//! * votes: `A recorded vote was taken.`; `A vote was taken by show of hands.`; `In favour:` /
//!   `Against:` / `Abstaining:` with their lists; `Il est procédé au vote à main levée.`;
//! * silence: `The members of the General Assembly observed a minute of silence.`;
//! * interpretation notes alone on a line: `(spoke in French)`, `(interpretation from Spanish)`;
//! * other: `A video entitled ... was projected.`; `... was escorted from the rostrum.`

use super::text::{contains_ci, starts_with_ci};
use crate::model::StageKind;

const STARTS: &[&str] = &[
    "It was so decided",
    "It was so agreed",
    "At the invitation of",
    "A recorded vote was taken",
    "A vote was taken",
    "In favour:",
    "Against:",
    "Abstaining:",
    "Abstentions:",
    "The agenda was adopted",
    "Así queda",
    "Il en est ainsi",
    "Il est procédé au vote",
    "Se procede a votación",
    "Sur l'invitation",
    "Sur l’invitation",
    "A la invitación",
    "Por invitación",
    "(spoke in",
    "(interpretation from",
];

/// Cheap check used while joining lines.
pub fn starts_stage(line: &str) -> bool {
    // Every start begins with I, A, T, S, P, ( or the first letter of "Against"/"Abstaining".
    if !matches!(
        line.as_bytes().first(),
        Some(b'I' | b'A' | b'T' | b'S' | b'P' | b'(' | b'i' | b'a' | b't' | b's' | b'p')
    ) {
        return false;
    }
    STARTS.iter().any(|p| starts_with_ci(line, p))
}

/// "In favour:", "Against:", "Abstaining:" open a list of States that follows.
/// The result of a secret ballot, line by line: "Number of ballot papers: 192", "Required absolute
/// majority: 97", "Number of votes obtained:" (French "Nombre de bulletins", "Majorité requise";
/// Spanish "Número de cédulas", "Mayoría requerida").
pub fn is_ballot_line(text: &str) -> bool {
    if !matches!(text.as_bytes().first(), Some(b'N' | b'R' | b'A' | b'M')) {
        return false;
    }
    [
        "Number of ballot papers",
        "Number of invalid ballots",
        "Number of valid ballots",
        "Number of members voting",
        "Number of members present and voting",
        "Required majority",
        "Required absolute majority",
        "Required two-thirds majority",
        "Number of votes obtained",
        "Abstentions:",
        "Nombre de bulletins",
        "Nombre de membres votants",
        "Majorité requise",
        "Nombre de voix obtenues",
        "Número de cédulas",
        "Número de miembros votantes",
        "Mayoría requerida",
        "Número de votos obtenidos",
    ]
    .iter()
    .any(|p| starts_with_ci(text, p))
}

pub fn is_vote_list_label(text: &str) -> bool {
    [
        "In favour:",
        "Against:",
        "Abstaining:",
        "Abstentions:",
        "Pour :",
        "Contre :",
        "Abstentions :",
        "Votos a favor:",
        "Votos en contra:",
        "Abstenciones:",
    ]
    .iter()
    .any(|p| starts_with_ci(text, p))
}

/// "(spoke in French)" alone: returns "spoke in French".
pub fn interpretation_note(text: &str) -> Option<&str> {
    let inner = text.trim().strip_prefix('(')?.strip_suffix(')')?;
    let note = ["spoke in ", "interpretation from ", "habla en ", "parle en "].iter().any(|p| starts_with_ci(inner, p));
    (note && !inner.contains('(')).then_some(inner)
}

pub fn recognise(text: &str) -> Option<StageKind> {
    // A vote list ("In favour: Afghanistan, Albania, ...") runs to a few thousand bytes.
    let first = text.as_bytes().first().copied().unwrap_or(b' ');
    if matches!(first, b'I' | b'A' | b'P' | b'C' | b'V') && text.len() < 6000 && is_vote_list_label(text)
        || text.len() < 200 && is_ballot_line(text)
    {
        return Some(StageKind::Vote);
    }
    if text.len() > 600 {
        return None;
    }
    if interpretation_note(text).is_some() {
        return Some(StageKind::Interpretation);
    }
    // The prefix forms all start with one of these bytes; most speech does not reach them.
    let prefix_form =
        matches!(text.as_bytes().first(), Some(b'I' | b'A' | b'S' | b'P' | b'C' | b'V' | b'(' | b'i' | b'a'));
    let vote = ["A recorded vote", "A vote was taken", "Il est procédé au vote", "Se procede a votación"];
    if prefix_form && (is_vote_list_label(text) || starts_with_any(text, &vote)) {
        return Some(StageKind::Vote);
    }
    if prefix_form && starts_with_any(text, &["It was so decided", "It was so agreed", "Así queda", "Il en est ainsi"])
    {
        return Some(StageKind::Decision);
    }
    if prefix_form
        && starts_with_any(
            text,
            &["At the invitation of", "Sur l'invitation", "Sur l’invitation", "A la invitación", "Por invitación"],
        )
    {
        return Some(StageKind::Seating);
    }
    // The sentence forms below are short; one pass over the words says which can apply.
    if text.len() >= 300 {
        return None;
    }
    let triggers = Triggers::of(text);
    if triggers.seating && seating(text) {
        return Some(StageKind::Seating);
    }
    if triggers.silence && silence(text) {
        return Some(StageKind::Silence);
    }
    if triggers.adoption && adoption(text) {
        return Some(StageKind::Adoption);
    }
    if text.len() < 250
        && triggers.other
        && (contains_ci(text, "was projected")
            || contains_ci(text, "was escorted")
            || contains_ci(text, "acted as tellers"))
    {
        return Some(StageKind::Other);
    }
    // "Having obtained the required majority, Mr. X (Chile) was elected Vice-Chair.", "Ayant obtenu
    // la majorité requise, M. X est élu", "Habiendo obtenido la mayoría requerida, el Sr. X queda
    // elegido": the result of an election, not anyone's words.
    if text.len() < 600
        && ["Having obtained", "Ayant obtenu", "Habiendo obtenido"].iter().any(|p| starts_with_ci(text, p))
        && ["elected", "élu", "elegid"].iter().any(|w| contains_ci(text, w))
    {
        return Some(StageKind::Decision);
    }
    // "Ms. A, Ms. B, ... and Mr. C made the solemn declaration provided for in rule 15": several
    // members at once, a record of what was done rather than a speech.
    if triggers.other
        && ["made the solemn declaration", "la declaración solemne", "la déclaration solennelle"]
            .iter()
            .any(|p| contains_ci(text, p))
    {
        return Some(StageKind::Other);
    }
    None
}

fn starts_with_any(text: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| starts_with_ci(text, p))
}

/// "The members of the General Assembly observed a minute of silence." A heading ("Minute of
/// silence in remembrance of ...") or the President's invitation ("I now invite representatives
/// to stand and observe a minute of silence") is not the stage direction.
/// Which sentence forms a short text could be, from its words (one pass, no searching).
#[derive(Default)]
struct Triggers {
    seating: bool,
    silence: bool,
    adoption: bool,
    other: bool,
}

impl Triggers {
    fn of(text: &str) -> Triggers {
        let mut t = Triggers::default();
        for word in text.split_ascii_whitespace() {
            let w = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
            match w {
                "table" | "place" | "places" | "video" | "asiento" => t.seating = true,
                "minute" | "minuto" => t.silence = true,
                "adopted" | "adopté" | "adoptée" | "adoptés" | "adoptées" | "aprobado" | "aprobada" | "aprobados"
                | "aprobadas" | "rejected" => t.adoption = true,
                "projected" | "escorted" | "tellers" | "declaration" | "declaración" | "déclaration" => {
                    t.other = true
                }
                "aprueba" | "aprueban" => t.adoption = true,
                _ => {}
            }
        }
        t
    }
}

fn silence(text: &str) -> bool {
    if text.len() >= 250 {
        return false;
    }
    let minute = ["minute of silence", "minute of silent", "minute de silence", "minuto de silencio"]
        .iter()
        .any(|m| contains_ci(text, m));
    let observed = ["observed", "stood", "observent", "observèrent", "guardan", "guardaron", "guardó"]
        .iter()
        .any(|v| text.contains(v));
    minute && observed && text.len() < 250 && super::text::ends_sentence(text)
}

fn seating(text: &str) -> bool {
    // Each phrase below holds one of these words; a plain search rules most text out cheaply.
    if text.len() >= 300 {
        return false;
    }
    [
        "at the Committee table",
        "at the Council table",
        "took places at",
        "took a place at",
        "joined the meeting via video link",
        "tomar asiento",
        "toma asiento",
        "prend place",
        "prennent place",
    ]
    .iter()
    .any(|p| contains_ci(text, p))
}

/// "The agenda was adopted.", "Draft resolution I was adopted (resolution 65/182).":
/// one short sentence whose verb is "was/were adopted" (or French/Spanish equivalents).
fn adoption(text: &str) -> bool {
    if text.len() > 220 {
        return false;
    }
    if text.matches(". ").count() > 1 {
        return false;
    }
    let verb = [
        " was adopted",
        " were adopted",
        " was adopted ,",
        " est adopté",
        " sont adoptés",
        " queda aprobad",
        " quedan aprobad",
        " was rejected",
        " were rejected",
    ]
    .iter()
    .any(|v| contains_ci(text, v));
    // "Queda aprobado el párrafo 19 en su conjunto", "Se aprueba el programa".
    let opening =
        ["Queda aprobad", "Quedan aprobad", "Se aprueba", "Se aprueban"].iter().any(|p| starts_with_ci(text, p));
    let reported_speech = [" said ", " stated ", " dit ", " dice "].iter().any(|v| text.contains(v));
    (verb || opening) && !reported_speech && !text.contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_recognise_stage_directions() {
        assert_eq!(
            recognise(
                "At the invitation of the Chair, the delegation of Azerbaijan joined the meeting via video link."
            ),
            Some(StageKind::Seating)
        );
        assert_eq!(recognise("It was so decided."), Some(StageKind::Decision));
        assert_eq!(recognise("The agenda was adopted."), Some(StageKind::Adoption));
        assert_eq!(recognise("Draft resolution I was adopted (resolution 65/182)."), Some(StageKind::Adoption));
        assert_eq!(recognise("A recorded vote was taken."), Some(StageKind::Vote));
        assert_eq!(recognise("In favour:"), Some(StageKind::Vote));
        assert_eq!(
            recognise("The members of the General Assembly observed a minute of silence."),
            Some(StageKind::Silence)
        );
        assert_eq!(recognise("(spoke in French)"), Some(StageKind::Interpretation));
        assert_eq!(recognise("Así queda acordado."), Some(StageKind::Decision));
    }

    #[test]
    fn should_leave_speech_alone() {
        assert_eq!(recognise("I now invite representatives to stand and observe a minute of silence in tribute to the memory of the Queen."), None);
        assert_eq!(recognise("Minute of silence in remembrance of victims of enforced disappearance"), None);
        assert_eq!(recognise("The Chair said that the report was adopted."), None);
        assert_eq!(
            recognise("He recalled that the Convention had been adopted in 1990 and that States had ratified it."),
            None
        );
    }
}
