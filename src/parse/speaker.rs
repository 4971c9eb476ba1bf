//! Speakers: who holds the floor.
//!
//! Summary records name the speaker in the third person at the start of a paragraph:
//! * `The Chair said`, `The CHAIRPERSON said`, `THE CHAIRPERSON declared open`, `theCHAIRPERSON said`;
//! * `Mr. Kariyawasam (Country Rapporteur) said`, `Mr.KÄLIN specified`, `Ms. MEDINA QUIROGA said`;
//! * `Mr. Huseynov (Azerbaijan), introducing his country's third periodic report (CMW/C/AZE/3), said`;
//! * `The Chair, speaking as Country Rapporteur, said`;
//! * `Mr. Salama (Chief, Human Rights Treaties Division, Office of the United Nations High
//!   Commissioner for Human Rights (OHCHR)) said` (nested parentheses);
//! * `In reply to a question from Mr. X, the Chair said`;
//! * French `La PRÉSIDENTE déclare ouverte`, `M. KÄLIN dit`; Spanish `El Sr. Nataf (Secretario del
//!   Comité) dice que`, `La Sra. SVEAASS dice`, `El PRESIDENTE indica`.
//!
//! A name is followed by a reporting verb ("said", "asked", "dit", "dice" ...). A name
//! not followed by one ("Mr. Huseynov had referred to ...") does not open a turn.
//!
//! Verbatim records print a speaker line ending with a colon:
//! * `The President: I thank ...`, `The President (spoke in French): ...`, `The President : ...`;
//! * `Mr. Buffa (Paraguay) (spoke in Spanish): ...`, `Mr. CHIRILA (Romania) (interpretation from French):`;
//! * `Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee: ...`;
//! * `Mr. Briz Gutiérrez: (Guatemala) (spoke in Spanish):` (a stray colon);
//! * `4. El PRESIDENTE (interpretación del inglés): ...`.

use super::countries::is_state;
use super::text::{contains_ci, squash_spaces, starts_with_ci, strip_prefix_ci};
use crate::model::{Side, Speaker};

/// A speaker as the text names them, before the record's context is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Named {
    pub name: String,
    /// The subject is a title ("The Chair", "El Presidente"), not a person's name.
    pub title: Option<Title>,
    pub affiliation: Option<String>,
    pub role: Option<String>,
    pub speaking_as: Option<String>,
    pub interpretation: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Title {
    Chair,
    Secretariat,
    Member,
}

/// A verbatim speaker line: the speaker and the byte offset where the speech starts.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelFound {
    pub named: Named,
    pub end: usize,
}

const HONORIFICS: &[&str] = &[
    "Mr.",
    "Mrs.",
    "Ms.",
    "Miss",
    "Mr",
    "Mrs",
    "Ms",
    "Dr.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Prof.",
    "Professor",
    "Archbishop",
    "Cardinal",
    "Sheikha",
    "Sheikh",
    "Princess",
    "Prince",
    "King",
    "Queen",
    "Emir",
    "Judge",
    "Ambassador",
    "Monsignor",
    "Msgr.",
    "H.E.",
    "Mme.",
    "Mme",
    "Mlle",
    "M.",
    "Sra.",
    "Srta.",
    "Sr.",
    "Dña.",
];

/// Titles, longest first within each family.
const TITLES: &[(&str, Title)] = &[
    ("Deputy Secretary-General", Title::Secretariat),
    ("Under-Secretary-General", Title::Secretariat),
    ("Secretary-General", Title::Secretariat),
    ("Secretary of the Committee", Title::Secretariat),
    ("Principal Secretary", Title::Secretariat),
    ("Executive Secretary", Title::Secretariat),
    ("Acting Secretary", Title::Secretariat),
    ("Legal Counsel", Title::Secretariat),
    ("Secretary", Title::Secretariat),
    ("High Commissioner", Title::Secretariat),
    ("Acting Chairperson", Title::Chair),
    ("Acting Chairman", Title::Chair),
    ("Acting Chair", Title::Chair),
    ("Acting President", Title::Chair),
    ("Temporary Chairperson", Title::Chair),
    ("Temporary Chairman", Title::Chair),
    ("Temporary Chair", Title::Chair),
    ("Temporary President", Title::Chair),
    ("Chairperson", Title::Chair),
    ("Chairwoman", Title::Chair),
    ("Chairman", Title::Chair),
    ("Co-Chair", Title::Chair),
    ("Chair", Title::Chair),
    ("President", Title::Chair),
    ("Country Rapporteur", Title::Member),
    ("Rapporteur", Title::Member),
    ("Présidente", Title::Chair),
    ("Président", Title::Chair),
    ("Secrétaire", Title::Secretariat),
    ("Rapporteuse", Title::Member),
    ("Presidenta", Title::Chair),
    ("Presidente", Title::Chair),
    ("Secretaria", Title::Secretariat),
    ("Secretario", Title::Secretariat),
    ("Relatora", Title::Member),
    ("Relator", Title::Member),
];

const ARTICLES: &[&str] = &["The", "the", "THE", "La", "Le", "El", "LA", "LE", "EL", "L'", "L’"];

const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "ten",
    "al", "el", "bin", "ibn", "y", "e", "zu", "af",
];

/// A cheap test, run on every line: can a subject start here at all? Its first word
/// must be an honorific or an article.
fn could_start(s: &str) -> bool {
    let word_len = s.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    let word = &s[..word_len];
    if word.len() > 3 && word.starts_with("the") {
        return true; // "theCHAIRPERSON", glued
    }
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Dr"
            | "Sir"
            | "Dame"
            | "Lord"
            | "Lady"
            | "Baroness"
            | "Prof"
            | "Professor"
            | "Archbishop"
            | "Cardinal"
            | "Sheikha"
            | "Sheikh"
            | "Princess"
            | "Prince"
            | "King"
            | "Queen"
            | "Emir"
            | "Judge"
            | "Ambassador"
            | "Monsignor"
            | "Msgr"
            | "H"
            | "Mme"
            | "Mlle"
            | "M"
            | "Sra"
            | "Srta"
            | "Sr"
            | "D"
            | "The"
            | "the"
            | "THE"
            | "La"
            | "Le"
            | "El"
            | "LA"
            | "LE"
            | "EL"
            | "L"
    )
}

/// The subject at the start of `s`: (name as printed, title, bytes used).
fn subject(s: &str) -> Option<(String, Option<Title>, usize)> {
    if !could_start(s) {
        return None;
    }
    if let Some(found) = titled(s) {
        return Some(found);
    }
    honorific_name(s)
}

/// "The Chair", "THE CHAIRPERSON", "theCHAIRPERSON", "La PRÉSIDENTE", "El Presidente".
fn titled(s: &str) -> Option<(String, Option<Title>, usize)> {
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
        if !title_word(rest) {
            continue;
        }
        for (title, kind) in TITLES {
            let Some(after) = strip_prefix_unicode_ci(rest, title) else { continue };
            if !(after.is_empty() || after.starts_with([' ', '(', ',', ':', ';'])) {
                continue;
            }
            let printed = &rest[..rest.len() - after.len()];
            let art = if *article == "the" || *article == "THE" { "The" } else { article };
            let sep = if elided { "" } else { " " };
            return Some((format!("{art}{sep}{printed}"), Some(*kind), s.len() - after.len()));
        }
    }
    None
}

/// Does `rest` start with a word that begins one of the titles? A cheap filter: most
/// text after "The" ("The Council", "The situation") is rejected here, not against every title.
fn title_word(rest: &str) -> bool {
    let end = rest.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(rest.len());
    let word = &rest[..end];
    const FIRST_WORDS: &[&str] = &[
        "Deputy",
        "Under-Secretary-General",
        "Secretary-General",
        "Secretary",
        "Principal",
        "Executive",
        "Acting",
        "Legal",
        "High",
        "Temporary",
        "Chairperson",
        "Chairwoman",
        "Chairman",
        "Co-Chair",
        "Chair",
        "President",
        "Country",
        "Rapporteur",
        "Présidente",
        "Président",
        "Secrétaire",
        "Rapporteuse",
        "Presidenta",
        "Presidente",
        "Secretaria",
        "Secretario",
        "Relatora",
        "Relator",
    ];
    FIRST_WORDS.iter().any(|w| w.len() == word.len() && strip_prefix_unicode_ci(word, w).is_some())
}

/// "Mr. Kariyawasam", "Mr.KÄLIN", "El Sr. Nataf", "Sir Nigel RODLEY", "Mr. WANG Xuexian".
fn honorific_name(s: &str) -> Option<(String, Option<Title>, usize)> {
    let mut start = 0;
    for art in ["El ", "La ", "Le "] {
        if s.starts_with(art) {
            start = art.len();
        }
    }
    let t = &s[start..];
    let (honorific, after) = HONORIFICS.iter().find_map(|h| {
        let r = t.strip_prefix(h)?;
        let ok = r.starts_with(' ') || h.ends_with('.') && r.starts_with(|c: char| c.is_uppercase());
        ok.then_some((*h, r))
    })?;
    let after_ws = after.trim_start();
    let mut tokens: Vec<&str> = Vec::new();
    let mut rest = after_ws;
    while tokens.len() < 6 {
        let len = rest.find([' ', '(', ',', ':', ';']).unwrap_or(rest.len());
        let token = &rest[..len];
        if token.is_empty() {
            break;
        }
        let first = token.chars().next().unwrap_or(' ');
        let is_particle = PARTICLES.contains(&token) && rest[len..].starts_with(' ') && {
            let next = rest[len..].trim_start();
            next.starts_with(|c: char| c.is_uppercase())
        };
        let is_name =
            first.is_uppercase() && token.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        if !(is_name || is_particle) || token.ends_with('.') && token.len() > 3 {
            break;
        }
        tokens.push(token);
        rest = &rest[len..];
        if !rest.starts_with(' ') {
            break;
        }
        rest = &rest[1..];
    }
    // A trailing particle is not part of the name.
    while tokens.last().is_some_and(|t| PARTICLES.contains(t)) {
        tokens.pop();
    }
    if tokens.is_empty() {
        return None;
    }
    // The name ends where its last kept token ends.
    let last = *tokens.last()?;
    let end = (last.as_ptr() as usize - t.as_ptr() as usize) + last.len();
    let name = format!("{} {}", honorific.trim_end(), tokens.join(" "));
    Some((name, None, start + end))
}

/// Balanced parenthesis groups after `s`'s start: (inner texts, bytes used).
fn paren_groups(s: &str) -> (Vec<&str>, usize) {
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
        for (i, c) in s[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(open + i);
                        break;
                    }
                }
                _ => {}
            }
            if i > 400 {
                break;
            }
        }
        let Some(close) = close else { break };
        groups.push(&s[open + 1..close]);
        used = close + 1;
    }
    (groups, used)
}

fn interpretation_of(group: &str) -> bool {
    [
        "spoke in",
        "interpretation from",
        "interpretación del",
        "interpretación dei",
        "translated from",
        "traduit de",
        "traducido del",
        "habla en",
        "parle en",
    ]
    .iter()
    .any(|p| starts_with_ci(group.trim(), p))
        || contains_ci(group, "translat")
}

fn named(name: String, title: Option<Title>, groups: &[&str]) -> Named {
    let mut n = Named {
        name: normalise_name(&name),
        title,
        affiliation: None,
        role: None,
        speaking_as: None,
        interpretation: None,
    };
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

/// A verbatim speaker line at the start of `text`.
pub fn verbatim_label(text: &str) -> Option<LabelFound> {
    let (name, title, mut i) = subject(text)?;
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
    let mut n = named(name, title, &groups);
    n.role = role;
    Some(LabelFound { named: n, end })
}

/// Could this line open a verbatim speaker line (possibly wrapped onto the next line)?
pub fn label_start(line: &str) -> bool {
    if verbatim_label(line).is_some() {
        return true;
    }
    // A label wrapped inside its parenthesis: "Mr. RIVERO ROSARIO (Cuba) (interpretation from"
    let Some((_, _, i)) = subject(line) else { return false };
    let rest = &line[i..];
    let (_, used) = paren_groups(rest);
    let tail = rest[used..].trim();
    (tail.starts_with('(') && !tail.contains(')') && tail.len() < 40)
        || tail.starts_with(", ")
            && tail.len() < 60
            && !tail.contains(" said")
            && tail.chars().nth(2).is_some_and(char::is_uppercase)
}

const VERBS_EN: &[&str] = &[
    "said",
    "asked",
    "noted",
    "observed",
    "stated",
    "added",
    "replied",
    "responded",
    "explained",
    "recalled",
    "welcomed",
    "invited",
    "declared",
    "drew",
    "introduced",
    "congratulated",
    "commended",
    "expressed",
    "stressed",
    "emphasized",
    "emphasised",
    "pointed",
    "wondered",
    "enquired",
    "inquired",
    "requested",
    "suggested",
    "proposed",
    "agreed",
    "thanked",
    "announced",
    "reported",
    "informed",
    "reminded",
    "apologized",
    "apologised",
    "underscored",
    "specified",
    "highlighted",
    "urged",
    "concluded",
    "acknowledged",
    "sought",
    "wished",
    "hoped",
    "confirmed",
    "affirmed",
    "reiterated",
    "remarked",
    "indicated",
    "raised",
    "read",
    "opened",
    "closed",
    "presented",
    "outlined",
    "described",
    "continued",
    "commented",
    "mentioned",
    "clarified",
    "queried",
    "questioned",
    "praised",
    "regretted",
    "summarized",
    "summarised",
    "assured",
    "endorsed",
    "supported",
    "joined",
    "associated",
    "paid",
    "made",
    "gave",
    "took",
    "felt",
    "considered",
    "believed",
    "shared",
    "echoed",
    "referred",
    "proceeded",
    "underlined",
    "deplored",
    "cautioned",
    "warned",
    "appealed",
    "called",
    "encouraged",
    "recommended",
    "insisted",
    "maintained",
    "argued",
    "accepted",
    "objected",
    "disagreed",
    "thought",
    "trusted",
    "understood",
    "recognized",
    "recognised",
    "admitted",
    "submitted",
    "put",
    "posed",
    "turned",
    "returned",
    "moved",
    "seconded",
    "greeted",
    "extended",
    "elaborated",
    "provided",
    "offered",
    "cited",
    "quoted",
    "listed",
    "showed",
    "would",
    "did",
    "requested",
    "expressed",
    "reaffirmed",
    "pledged",
    "announced",
    "delivered",
    "reviewed",
    "briefed",
    "updated",
    "observed",
    "supported",
];
const VERBS_FR: &[&str] = &[
    "dit",
    "déclare",
    "demande",
    "indique",
    "souligne",
    "remercie",
    "rappelle",
    "fait",
    "estime",
    "ajoute",
    "invite",
    "note",
    "propose",
    "présente",
    "répond",
    "explique",
    "souhaite",
    "accueille",
    "annonce",
    "ouvre",
    "prononce",
    "félicite",
    "constate",
    "pense",
    "relève",
    "précise",
    "observe",
    "insiste",
    "suggère",
    "approuve",
    "appuie",
    "espère",
    "exprime",
    "salue",
    "signale",
    "informe",
    "regrette",
    "partage",
    "voudrait",
    "aimerait",
    "juge",
    "considère",
    "affirme",
    "convient",
    "se",
    "s'associe",
    "s’associe",
    "s'inquiète",
    "s’inquiète",
    "s'interroge",
    "s’interroge",
    "s'enquiert",
    "s’enquiert",
    "donne",
    "attire",
    "rend",
    "croit",
];
const VERBS_ES: &[&str] = &[
    "dice",
    "declara",
    "pregunta",
    "señala",
    "indica",
    "invita",
    "agradece",
    "pide",
    "propone",
    "presenta",
    "responde",
    "explica",
    "expresa",
    "observa",
    "subraya",
    "desea",
    "añade",
    "anuncia",
    "recuerda",
    "abre",
    "considera",
    "celebra",
    "felicita",
    "destaca",
    "informa",
    "manifiesta",
    "reitera",
    "sugiere",
    "insiste",
    "solicita",
    "opina",
    "cree",
    "lamenta",
    "acoge",
    "da",
    "toma",
    "hace",
    "se",
    "comunica",
    "pone",
    "somete",
];
const ADVERBS: &[&str] = &[
    "also",
    "further",
    "then",
    "again",
    "however",
    "finally",
    "lastly",
    "subsequently",
    "therefore",
    "accordingly",
    "nevertheless",
    "moreover",
    "additionally",
    "briefly",
    "too",
    "aussi",
    "también",
    "asimismo",
    "ensuite",
];

fn is_verb(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.', ';', ':']);
    VERBS_EN.contains(&w)
        || VERBS_FR.contains(&w)
        || VERBS_ES.contains(&w)
        || w.starts_with("s'")
        || w.starts_with("s’")
}

/// Is the text at `s` (after a subject) a reporting verb, perhaps after one adverb?
fn verb_follows(s: &str) -> bool {
    let mut words = s.split_whitespace();
    match words.next() {
        Some(w) if is_verb(w) => true,
        Some(w) if ADVERBS.contains(&w) => words.next().is_some_and(is_verb),
        _ => false,
    }
}

/// A summary-record speaker at the start of a paragraph.
pub fn summary_speaker(text: &str) -> Option<Named> {
    if let Some(n) = summary_at(text) {
        return Some(n);
    }
    // "In reply to a question from Mr. X, the Chair said ..."
    const OPENERS: &[&str] = &[
        "In reply to",
        "In response to",
        "Replying to",
        "Responding to",
        "Answering",
        "Turning to",
        "Referring to",
        "Speaking",
        "En réponse",
        "Répondant",
        "En respuesta",
        "Respondiendo",
    ];
    if !OPENERS.iter().any(|o| text.starts_with(o)) {
        return None;
    }
    let window = super::text::prefix(text, 300);
    window.match_indices(", ").find_map(|(i, _)| summary_at(&text[i + 2..]))
}

fn summary_at(text: &str) -> Option<Named> {
    let (name, title, i) = subject(text)?;
    let (groups, used) = paren_groups(&text[i..]);
    let rest = &text[i + used..];
    if let Some(after_comma) = rest.strip_prefix(',') {
        // "Mr. Salama (Chief, ...), commended the Committee"
        if verb_follows(after_comma) {
            return Some(named(name, title, &groups));
        }
        // ", speaking as Country Rapporteur, said" / ", introducing his country's report (...), said"
        let window = super::text::prefix(after_comma, 350);
        for (k, _) in window.match_indices(", ") {
            if verb_follows(&window[k + 2..]) {
                let clause = window[..k].trim();
                let mut n = named(name, title, &groups);
                n.speaking_as = speaking_as(clause);
                return Some(n);
            }
        }
        return None;
    }
    if rest.starts_with(' ') && verb_follows(rest) {
        return Some(named(name, title, &groups));
    }
    None
}

/// "speaking as Country Rapporteur" → "Country Rapporteur"; "speaking on behalf of X" → "on behalf of X".
fn speaking_as(clause: &str) -> Option<String> {
    for p in [
        "speaking as ",
        "speaking in his capacity as ",
        "speaking in her capacity as ",
        "en su calidad de ",
        "hablando en calidad de ",
        "parlant en qualité de ",
        "en qualité de ",
    ] {
        if let Some(r) = strip_prefix_ci(clause, p) {
            return Some(squash_spaces(r));
        }
    }
    strip_prefix_ci(clause, "speaking ").map(squash_spaces)
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

/// Words that mark the secretariat in an affiliation.
const SECRETARIAT: &[&str] = &[
    "Secretary",
    "Secretariat",
    "Office of the United Nations High Commissioner",
    "OHCHR",
    "Department",
    "Division",
    "Branch",
    "Section",
    "Unit",
    "High Commissioner for Human Rights",
    "Secretario",
    "Secretaria",
    "Secrétaire",
    "Secrétariat",
    "Legal Counsel",
    "Director",
    "Chief",
    "Officer",
    "Under-Secretary",
    "Assistant Secretary",
];
/// Words that mark a committee member's role.
const MEMBER_ROLES: &[&str] = &[
    "Rapporteur",
    "Vice-Chair",
    "Vice-Chairperson",
    "Vice-Chairman",
    "Task Force",
    "Coordinator",
    "Focal point",
    "Relator",
    "Relatora",
    "Vicepresident",
    "Rapporteuse",
    "Vice-Président",
    "member of the Committee",
    "Committee member",
    "Chair of the",
    "Chairperson of the",
];

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
        speaker.side = match t {
            Title::Chair => Side::Chair,
            Title::Secretariat => Side::Secretariat,
            Title::Member => Side::Member,
        };
        return speaker;
    }
    speaker.side = match n.affiliation.as_deref() {
        None if n.role.is_some() => Side::Unknown,
        None => {
            if experts {
                Side::Member
            } else {
                Side::Unknown
            }
        }
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
    if SECRETARIAT.iter().any(|r| contains_ci(a, r)) {
        return Side::Secretariat;
    }
    // A short capitalised name with no organisational word is taken as a State
    // ("Azerbaïdjan", "Kuwait"), since delegations are the one group named that way.
    const ORGANISATION: &[&str] = &[
        "International",
        "Organization",
        "Organisation",
        "Alliance",
        "Association",
        "Federation",
        "Fund",
        "Programme",
        "Council",
        "Commission",
        "Network",
        "Foundation",
        "Institute",
        "Centre",
        "Center",
        "Watch",
        "Amnesty",
        "Union",
        "League",
        "Society",
        "Group",
        "Coalition",
        "Agency",
        "Bank",
        "Forum",
        "Observer",
        "UNHCR",
        "UNICEF",
        "UNDP",
        "ILO",
        "IOM",
        "WHO",
        "UNESCO",
        "UN Women",
        "Movement",
        "Committee",
    ];
    let words = a.split_whitespace().count();
    let organisation = ORGANISATION.iter().any(|w| a.contains(w)) || a.contains('(');
    if !organisation && words <= 4 && a.starts_with(|c: char| c.is_uppercase()) && !a.contains(',') {
        *country = Some(a.to_string());
        return Side::Delegation;
    }
    Side::Other
}

/// Case-insensitive prefix for titles, which may carry accents ("PRÉSIDENTE").
fn strip_prefix_unicode_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(text: &str) -> Option<(String, Option<String>, Option<String>)> {
        summary_speaker(text).map(|n| (n.name, n.affiliation, n.speaking_as))
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

    #[test]
    fn should_not_take_a_mention_for_a_speaker() {
        assert_eq!(summary("Mr. Huseynov had referred to \"illegal migrants\""), None);
        assert_eq!(summary("In his opening statement, Mr. Huseynov had referred to"), None);
        assert_eq!(summary("The Committee preferred to use the terms"), None);
        assert_eq!(summary("He wished to know whether"), None);
        assert_eq!(summary("The Chairperson of the working group had"), None);
    }

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
    }

    #[test]
    fn should_classify_sides() {
        let side = |text: &str| classify(&summary_speaker(text).unwrap(), true).side;
        assert_eq!(side("The Chair said"), Side::Chair);
        assert_eq!(side("Mr. Huseynov (Azerbaijan) said"), Side::Delegation);
        assert_eq!(side("Mr. Kariyawasam (Country Rapporteur) said"), Side::Member);
        assert_eq!(side("Mr. Corzo Sosa said"), Side::Member);
        assert_eq!(side("Mr. Nataf (Secretary of the Committee) said"), Side::Secretariat);
        assert_eq!(side("Mr. Tromel (International Disability Alliance (IDA)) said"), Side::Other);
        assert_eq!(side("Mr. Araya (Secretary of the Committee) said"), Side::Secretariat);
    }
}
