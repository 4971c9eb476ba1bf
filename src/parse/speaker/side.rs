//! A speaker's side, from what the text says: a title ("The Chair" sits on the Chair's
//! side), an affiliation (a State's name makes a delegation; "Secretary of the Committee"
//! the secretariat; "Country Rapporteur" a member; an organisation "other"), or, in a
//! treaty body's summary record, a bare name (a committee member: delegates and staff are
//! always printed with their State or title). Nothing else is guessed.

use super::super::countries::is_state;
use super::super::text::contains_ci;
use super::super::vocabulary::{MEMBER_ROLES, ORGANISATION_WORDS, SECRETARIAT_WORDS};
use super::Named;
use crate::model::{Side, Speaker};

/// Decides a speaker's side from what the text says. `experts` is true for a body whose
/// members sit in their personal capacity (the treaty bodies), where a bare name is a member.
pub fn classify(n: &Named, experts: bool) -> Speaker {
    let mut speaker = Speaker {
        name: Some(n.name.clone()),
        affiliation: n.affiliation.clone(),
        country: None,
        role: n.role.clone(),
        speaking_as: n.speaking_as.clone(),
        side: Side::Unknown,
    };
    if let Some(t) = n.title {
        speaker.side = t.side();
        return speaker;
    }
    speaker.side = match n.affiliation.as_deref() {
        None if n.role.is_some() => Side::Unknown,
        None if experts => Side::Member,
        None => Side::Unknown,
        Some(a) => side_of_affiliation(a, &mut speaker.country),
    };
    speaker
}

fn side_of_affiliation(a: &str, country: &mut Option<String>) -> Side {
    if is_state(a) {
        *country = Some(a.to_string());
        return Side::Delegation;
    }
    let first = a.split(", ").next().unwrap_or(a);
    if is_state(first) {
        *country = Some(first.to_string());
        return Side::Delegation;
    }
    if MEMBER_ROLES.iter().any(|r| contains_ci(a, r)) {
        return Side::Member;
    }
    if SECRETARIAT_WORDS.iter().any(|r| contains_ci(a, r)) {
        return Side::Secretariat;
    }
    // A short capitalised name with no organisational word is taken as a State
    // ("Azerbaïdjan", "Kuwait"), since delegations are the one group named that way.
    let words = a.split_whitespace().count();
    let organisation = ORGANISATION_WORDS.iter().any(|w| a.contains(w)) || a.contains('(');
    if !organisation && words <= 4 && a.starts_with(|c: char| c.is_uppercase()) && !a.contains(',') {
        *country = Some(a.to_string());
        return Side::Delegation;
    }
    Side::Other
}

#[cfg(test)]
mod tests {
    use super::super::summary_speaker;
    use super::*;

    #[test]
    fn should_classify_sides() {
        let side = |text: &str| classify(&summary_speaker(text, false).unwrap(), true).side;
        assert_eq!(side("The Chair said"), Side::Chair);
        assert_eq!(side("Mr. Huseynov (Azerbaijan) said"), Side::Delegation);
        assert_eq!(side("Mr. Kariyawasam (Country Rapporteur) said"), Side::Member);
        assert_eq!(side("Mr. Corzo Sosa said"), Side::Member);
        assert_eq!(side("Mr. Nataf (Secretary of the Committee) said"), Side::Secretariat);
        assert_eq!(side("Mr. Tromel (International Disability Alliance (IDA)) said"), Side::Other);
        assert_eq!(side("Mr. Araya (Secretary of the Committee) said"), Side::Secretariat);
        assert_eq!(side("The Principal Secretary said"), Side::Secretariat);
    }
}
