//! Summary records: the speaker named in the third person at a paragraph's start.
//!
//! A summary record reports every intervention in a paragraph that opens with its speaker,
//! so the rule is by form, not by verb: **a paragraph that opens with an office or an
//! honorific and a name, optionally followed by brackets, starts a turn whatever follows**:
//! * `The Chair said that`, `The CHAIRPERSON declared open`, `theCHAIRPERSON said`;
//! * `Mr. Kariyawasam (Country Rapporteur) said`, `Mr. Smith (Canada) placed on record its
//!   concern`, `Ms. Jones (Australia) withdrew the draft resolution`;
//! * `Mr. Okafor (Nigeria), introducing the draft resolution, said` (with or without the
//!   second comma), `The Chair, speaking as Country Rapporteur, said`;
//! * `Mr. Salama (Chief, Human Rights Treaties Division, Office of the United Nations High
//!   Commissioner for Human Rights (OHCHR)) said` (nested brackets);
//! * French `M. Dupont (France) admet que`, `Mme Martin (Belgique) a voté contre le projet`,
//!   `M. KÄLIN dit que`; Spanish `El Sr. García (México) dice que`, `La Sra. López pregunta`;
//! * after a reply clause: `In reply to a question from Mr. X, the Chair said`.
//!
//! What follows the name decides only the exceptions, which are not attributions:
//! * a word that makes the person the topic (`Mr. Huseynov had referred to`, `Mr. X and
//!   Ms. Y`, `Mr. X's question`: `vocabulary::MENTION_WORDS`);
//! * a number (`Mr. Arturo Pérez (Chile) 112`: a ballot result) or nothing (a list of
//!   candidates or participants).
//!
//! In a verbatim record a speech can open with a name ("Mr. President, let me ..."), so
//! there the verb must be a reporting verb (`strict`).

use super::super::text::{prefix, squash_spaces, strip_prefix_ci};
use super::super::vocabulary::{ADVERBS, MENTION_WORDS, REPLY_OPENERS, REPORTING_VERBS, SPEAKING_AS};
use super::subject::{paren_groups, subject};
use super::{named, Named};

/// The speaker named at the start of a summary-record paragraph. With `strict`, only a
/// reporting verb after the name makes it an attribution (verbatim records).
pub fn summary_speaker(text: &str, strict: bool) -> Option<Named> {
    summary_speaker_with(text, subject(text), strict)
}

/// [`summary_speaker`] with the subject at the text's start already read.
pub fn summary_speaker_with(text: &str, found: Option<super::Subject>, strict: bool) -> Option<Named> {
    if let Some(n) = found.and_then(|f| summary_after(text, f, strict)) {
        return Some(n);
    }
    // "In reply to a question from Mr. X, the Chair said ..."
    if !REPLY_OPENERS.iter().any(|o| text.starts_with(o)) {
        return None;
    }
    let window = prefix(text, 300);
    window.match_indices(", ").find_map(|(i, _)| summary_at(&text[i + 2..], true))
}

/// The first word of `s`, without the punctuation after it.
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("").trim_end_matches([',', '.', ';', ':'])
}

fn is_reporting_verb(word: &str) -> bool {
    REPORTING_VERBS.contains(&word) || word.starts_with("s'") || word.starts_with("s’")
}

/// Does the text after a name report what the person did? `s` starts after the name and
/// its brackets, at the space.
fn attribution_follows(s: &str, strict: bool) -> bool {
    let w = first_word(s);
    if strict {
        // One adverb may come between: "Mr. X also said".
        let second = s.split_whitespace().nth(1).map(|w| w.trim_end_matches([',', '.', ';', ':']));
        return is_reporting_verb(w)
            || w.ends_with("ly") && second.is_some_and(is_reporting_verb)
            || ADVERBS.contains(&w) && second.is_some_and(is_reporting_verb);
    }
    w.starts_with(|c: char| c.is_lowercase()) && !MENTION_WORDS.contains(&w)
}

fn summary_at(text: &str, strict: bool) -> Option<Named> {
    summary_after(text, subject(text)?, strict)
}

fn summary_after(text: &str, found: super::Subject, strict: bool) -> Option<Named> {
    let i = found.end;
    let (groups, used) = paren_groups(&text[i..]);
    let rest = &text[i + used..];
    // "El Sr. GARVALOV , en su calidad de Relator": a space before the comma.
    let rest = if rest.trim_start().starts_with(',') { rest.trim_start() } else { rest };
    // "Mr. Dauth (Australia), …", "Mr. Gopinathan (India) ...": a speaker whose words a
    // re-publication left out (UNISPAL's excerpts). Still that speaker's paragraph.
    let elided = rest.trim_start_matches([',', ' ']);
    if !strict && (elided.starts_with('…') || elided.starts_with("...")) && elided.len() < 12 {
        return Some(named(found.name, found.title, &groups));
    }
    if let Some(after_comma) = rest.strip_prefix(',') {
        // ", introducing ..., said" / ", speaking as Country Rapporteur, said" / ", Vice-Chair, said"
        let window = prefix(after_comma, 350);
        for (j, (k, _)) in window.match_indices(", ").enumerate() {
            let w = first_word(&window[k + 2..]);
            // ", Relator Especial para el seguimiento, resume": an office between commas, then
            // the verb, whatever it is.
            let office = !strict
                && j == 0
                && window[..k].trim_start().starts_with(|c: char| c.is_uppercase())
                && w.starts_with(|c: char| c.is_lowercase())
                && !MENTION_WORDS.contains(&w);
            if is_reporting_verb(w) || office {
                let mut n = named(found.name, found.title, &groups);
                n.speaking_as = speaking_as(window[..k].trim());
                return Some(n);
            }
        }
        // ", introducing draft resolution A/C.3/64/L.5 said that": no second comma, so the
        // clause must open with a verb or a participle.
        let w = first_word(after_comma);
        let participle = ["ing", "ant", "ando", "iendo"].iter().any(|e| w.ends_with(e));
        let verb = is_reporting_verb(w) || !strict && participle && w.starts_with(|c: char| c.is_lowercase());
        return verb.then(|| named(found.name, found.title, &groups));
    }
    if rest.starts_with(' ') && attribution_follows(rest, strict) {
        return Some(named(found.name, found.title, &groups));
    }
    None
}

/// "speaking as Country Rapporteur" → "Country Rapporteur"; "speaking on behalf of X" and
/// "on behalf of X" → "on behalf of X".
fn speaking_as(clause: &str) -> Option<String> {
    for p in SPEAKING_AS {
        if let Some(r) = strip_prefix_ci(clause, p) {
            return Some(squash_spaces(r));
        }
    }
    if let Some(r) = strip_prefix_ci(clause, "speaking ") {
        return Some(squash_spaces(r));
    }
    ["on behalf of ", "au nom ", "en nombre "]
        .iter()
        .any(|p| strip_prefix_ci(clause, p).is_some())
        .then(|| squash_spaces(clause))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(text: &str) -> Option<(String, Option<String>, Option<String>)> {
        summary_speaker(text, false).map(|n| (n.name, n.affiliation, n.speaking_as))
    }

    fn who(text: &str) -> Option<String> {
        summary_speaker(text, false).map(|n| n.name)
    }

    #[test]
    fn should_find_summary_speakers() {
        assert_eq!(summary("The Chair said that the State party"), Some(("The Chair".into(), None, None)));
        assert_eq!(
            summary("Mr. Kariyawasam (Country Rapporteur) said that he"),
            Some(("Mr. Kariyawasam".into(), Some("Country Rapporteur".into()), None))
        );
        assert_eq!(
            summary("Mr. Huseynov (Azerbaijan), introducing his country's third periodic report (CMW/C/AZE/3), said that, during"),
            Some(("Mr. Huseynov".into(), Some("Azerbaijan".into()), None))
        );
        assert_eq!(
            summary("The Chair, speaking as Country Rapporteur, said that"),
            Some(("The Chair".into(), None, Some("Country Rapporteur".into())))
        );
        assert_eq!(summary("The CHAIRPERSON said"), Some(("The CHAIRPERSON".into(), None, None)));
        assert_eq!(
            summary("THE CHAIRPERSON declared open the thirty-first session"),
            Some(("The CHAIRPERSON".into(), None, None))
        );
        assert_eq!(summary("Mr.KÄLIN specified that"), Some(("Mr. KÄLIN".into(), None, None)));
        assert_eq!(summary("Ms. MEDINA QUIROGA said"), Some(("Ms. MEDINA QUIROGA".into(), None, None)));
        assert_eq!(
            summary("Mr. Salama (Chief, Human Rights Treaties Division, Office of the United Nations High Commissioner for Human Rights (OHCHR)) said"),
            Some(("Mr. Salama".into(), Some("Chief, Human Rights Treaties Division, Office of the United Nations High Commissioner for Human Rights (OHCHR)".into()), None))
        );
        assert_eq!(
            summary("In reply to a question from Mr. Amir, the Chair said that"),
            Some(("The Chair".into(), None, None))
        );
        assert_eq!(summary("La PRÉSIDENTE déclare ouverte la session"), Some(("La PRÉSIDENTE".into(), None, None)));
        assert_eq!(
            summary("El Sr. Nataf (Secretario del Comité) dice que"),
            Some(("Sr. Nataf".into(), Some("Secretario del Comité".into()), None))
        );
        assert_eq!(summary("La Sra. SVEAASS dice que"), Some(("Sra. SVEAASS".into(), None, None)));
        assert_eq!(summary("El Sr. WANG Xuexian dice que"), Some(("Sr. WANG Xuexian".into(), None, None)));
        assert_eq!(
            summary("Mr. Salama (Chief, Human Rights Treaties Branch), commended the"),
            Some(("Mr. Salama".into(), Some("Chief, Human Rights Treaties Branch".into()), None))
        );
    }

    /// Class 1 of issue 10: the form makes the turn, whatever the verb.
    #[test]
    fn should_attribute_by_form_not_by_verb() {
        assert_eq!(who("Mr. Smith (Canada) placed on record its concern").as_deref(), Some("Mr. Smith"));
        assert_eq!(who("Ms. Jones (Australia) withdrew the draft resolution.").as_deref(), Some("Ms. Jones"));
        assert_eq!(
            who("Mr. Okafor (Nigeria), introducing the draft resolution, said that").as_deref(),
            Some("Mr. Okafor")
        );
        assert_eq!(
            who("Mr. Okafor (Nigeria), introducing draft resolution A/C.3/64/L.5 said that").as_deref(),
            Some("Mr. Okafor")
        );
        assert_eq!(who("M. Dupont (France) admet que la question").as_deref(), Some("M. Dupont"));
        assert_eq!(who("Mme Martin (Belgique) a voté contre le projet").as_deref(), Some("Mme Martin"));
        assert_eq!(who("La Sra. López pregunta si").as_deref(), Some("Sra. López"));
        assert_eq!(who("Reverend Smith (Holy See) said that").as_deref(), Some("Reverend Smith"));
        assert_eq!(who("Mr. van der Berg (Netherlands) said that").as_deref(), Some("Mr. van der Berg"));
        assert_eq!(who("Ms. Maria T.K. Olsen (Denmark) said").as_deref(), Some("Ms. Maria T.K. Olsen"));
        assert_eq!(
            who("The Under-Secretary-General for Humanitarian Affairs said that").as_deref(),
            Some("The Under-Secretary-General for Humanitarian Affairs")
        );
        assert_eq!(
            summary("El Sr. GARVALOV , en su calidad de Relator para el país, dice que aceptará"),
            Some(("Sr. GARVALOV".into(), None, Some("Relator para el país".into())))
        );
        assert_eq!(
            who("El Sr. MARIÑO MENÉNDEZ, Relator Especial para el seguimiento, resume el amplio").as_deref(),
            Some("Sr. MARIÑO MENÉNDEZ")
        );
        assert_eq!(
            summary("La Sra . Ray (Jefa de la Sección, Oficina del Alto Comisionado (ACNUDH) da la bienvenida"),
            Some(("Sra . Ray".into(), Some("Jefa de la Sección, Oficina del Alto Comisionado (ACNUDH)".into()), None))
        );
        assert_eq!(
            summary("Mr. Sow (Guinea), on behalf of the Group of African States, said that"),
            Some(("Mr. Sow".into(), Some("Guinea".into()), Some("on behalf of the Group of African States".into())))
        );
    }

    #[test]
    fn should_keep_the_speaker_of_an_elided_paragraph() {
        assert_eq!(who("Mr. Dauth (Australia), …").as_deref(), Some("Mr. Dauth"));
        assert_eq!(who("Mr. Gopinathan (India) ...").as_deref(), Some("Mr. Gopinathan"));
    }

    #[test]
    fn should_not_take_a_mention_for_a_speaker() {
        assert_eq!(summary("Mr. Huseynov had referred to \"illegal migrants\""), None);
        assert_eq!(summary("In his opening statement, Mr. Huseynov had referred to"), None);
        assert_eq!(summary("The Committee preferred to use the terms"), None);
        assert_eq!(summary("He wished to know whether"), None);
        assert_eq!(summary("The Chairperson of the working group had"), None);
        assert_eq!(summary("Mr. Smith's question was"), None);
        assert_eq!(summary("Mr. X and Ms. Y said"), None);
        // Ballots and lists of candidates: a name and a number, or a name alone.
        assert_eq!(summary("Mr. Arturo Pérez (Chile) 112"), None);
        assert_eq!(summary("Ms. Jane Doe (Kenya)"), None);
        // A verbatim speech opening with an address is not a summary attribution.
        assert_eq!(summary_speaker("Mr. President, let me begin", true).map(|n| n.name), None);
        assert_eq!(summary_speaker("Mr. X (France) said that", true).map(|n| n.name).as_deref(), Some("Mr. X"));
    }
}
