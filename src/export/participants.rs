//! Who takes part, for the formats that list people and organizations once and point at
//! them: Akoma Ntoso's `TLCPerson` / `TLCOrganization` references and TEI's `listPerson` /
//! `listOrg` (ParlaMint).
//!
//! A person is a named speaker, one per name and side, as in the speakers panel; the words
//! of an unnamed speaker belong to no person (the record does not say whose they are). An
//! organization is the body that met and each State a speaker speaks for (`Speaker::country`).

use super::xml::{name_id, Ids};
use crate::model::{Record, Side};

#[derive(Debug)]
pub struct Person {
    pub id: String,
    /// As printed ("Mr. Huseynov", "The Chair").
    pub name: String,
    /// What the parenthesis says, the first time it says something.
    pub affiliation: Option<String>,
    /// Index in [`Participants::organizations`] of the State the person speaks for.
    pub state: Option<usize>,
    pub side: Side,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrganizationKind {
    /// The committee or organ that met.
    Body,
    State,
}

#[derive(Debug)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub kind: OrganizationKind,
}

#[derive(Debug, Default)]
pub struct Participants {
    pub persons: Vec<Person>,
    pub organizations: Vec<Organization>,
    /// Per turn: index in `persons` of who spoke, `None` for an unnamed speaker.
    pub turn_person: Vec<Option<usize>>,
    /// Index in `organizations` of the body that met.
    pub body: Option<usize>,
}

/// The record's participants, with identifiers taken from `ids` (unique in the document).
pub fn participants(r: &Record, ids: &mut Ids) -> Participants {
    let mut p = Participants::default();
    let body_name = r.body.clone().or_else(|| r.body_code.clone());
    if let Some(name) = body_name {
        p.body = Some(p.organizations.len());
        p.organizations.push(Organization { id: ids.unique(body_id(r)), name, kind: OrganizationKind::Body });
    }
    for t in &r.turns {
        let state = t.speaker.country.as_ref().map(|country| state_index(&mut p, country, ids));
        let Some(name) = &t.speaker.name else {
            p.turn_person.push(None);
            continue;
        };
        let found = p.persons.iter().position(|x| &x.name == name && x.side == t.speaker.side);
        let index = match found {
            Some(i) => {
                let person = &mut p.persons[i];
                person.affiliation = person.affiliation.take().or_else(|| t.speaker.affiliation.clone());
                person.state = person.state.or(state);
                i
            }
            None => {
                p.persons.push(Person {
                    id: ids.unique(name_id(name, "person")),
                    name: name.clone(),
                    affiliation: t.speaker.affiliation.clone(),
                    state,
                    side: t.speaker.side,
                });
                p.persons.len() - 1
            }
        };
        p.turn_person.push(Some(index));
    }
    p
}

/// The body's identifier as AKN4UN names actors: `un-ga`, `un-sc`, `un-ecosoc`, and the
/// symbol's body code for the others (`un-cmw`, `un-a-c-3` for `A/C.3`); `un` when the record
/// has no symbol.
pub fn body_id(r: &Record) -> String {
    let code = match r.body_code.as_deref() {
        Some("A") => "ga".to_string(),
        Some("S") => "sc".to_string(),
        Some("E") => "ecosoc".to_string(),
        Some(code) => code.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect(),
        None => String::new(),
    };
    if code.is_empty() {
        "un".to_string()
    } else {
        format!("un-{code}")
    }
}

fn state_index(p: &mut Participants, country: &str, ids: &mut Ids) -> usize {
    let known = p.organizations.iter().position(|o| o.kind == OrganizationKind::State && o.name == country);
    known.unwrap_or_else(|| {
        p.organizations.push(Organization {
            id: ids.unique(name_id(country, "state")),
            name: country.to_string(),
            kind: OrganizationKind::State,
        });
        p.organizations.len() - 1
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_list_each_named_speaker_once_and_each_state() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        let mut ids = Ids::default();
        let p = participants(&parsed.record, &mut ids);
        assert_eq!(p.turn_person.len(), parsed.record.turns.len());
        let chair = p.persons.iter().filter(|x| x.name == "The Chair").count();
        assert_eq!(chair, 1, "the Chair speaks many times and is one person");
        let azerbaijan: Vec<&Organization> = p.organizations.iter().filter(|o| o.name == "Azerbaijan").collect();
        assert_eq!(azerbaijan.len(), 1);
        assert_eq!(azerbaijan[0].kind, OrganizationKind::State);
        let body = p.body.map(|i| &p.organizations[i]);
        assert_eq!(body.map(|o| o.id.as_str()), Some("un-cmw"));
        let huseynov = p.persons.iter().find(|x| x.name == "Mr. Huseynov");
        assert_eq!(huseynov.and_then(|x| x.state).map(|i| p.organizations[i].name.as_str()), Some("Azerbaijan"));
    }
}
