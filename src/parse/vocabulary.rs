//! The UN's vocabulary in English, French and Spanish: one home for the words the
//! recognisers look for.
//!
//! Every table here is data, quoted from the forms printed in UN records (summary records
//! of the treaty bodies, the General Assembly's Main Committees and ECOSOC; verbatim
//! records of the General Assembly and the Security Council). The recognisers
//! (`speaker`, `event`, `clock`, `header`) hold the rules; this module holds the words.

use crate::model::Side;

/// Honorifics printed before a person's name: "Mr. Kariyawasam", "Mme Chanet", "El Sr. Nataf",
/// "Sir Nigel Rodley", "Archbishop Tomasi". Longest first where one is a prefix of another.
/// Abbreviations are listed with and without their full stop ("Mr." and "Mr", as OCR and
/// some templates drop it).
pub const HONORIFICS: &[&str] = &[
    // English
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr.",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Prof.",
    "Professor",
    "Reverend",
    "Rev.",
    "Archbishop",
    "Bishop",
    "Cardinal",
    "Monsignor",
    "Msgr.",
    "Mgr.",
    "Mgr",
    "Rabbi",
    "Imam",
    "Sheikha",
    "Sheikh",
    "Shaikha",
    "Shaikh",
    "Princess",
    "Prince",
    "Emir",
    "Judge",
    "Ambassador",
    "H.E.",
    // French
    "Mme.",
    "Mme",
    "Mmes",
    "Mlle",
    "Mlles",
    "MM.",
    "M.",
    "Me",
    "Maître",
    "Pr",
    // Spanish
    "Sra.",
    "Srta.",
    "Sr.",
    "Sres.",
    "Sras.",
    "Dña.",
    "Doña",
    "Don",
    "Dra.",
    "D.",
];

/// Honorifics that name several people ("MM. X et Y"); kept apart so the side rules know.
pub const PLURAL_HONORIFICS: &[&str] = &["Mmes", "Mlles", "MM.", "Sres.", "Sras."];

/// The first word of every honorific, without a full stop: the cheap first test run on
/// every line ("could a name start here?").
pub fn honorific_word(word: &str) -> bool {
    // A `match` compiles to a switch on the length, then a few comparisons: this runs on every line.
    matches!(
        word,
        "Ambassador"
            | "Archbishop"
            | "Baron"
            | "Baroness"
            | "Bishop"
            | "Cardinal"
            | "D"
            | "Dame"
            | "Don"
            | "Doña"
            | "Dr"
            | "Dra"
            | "Dña"
            | "Emir"
            | "H"
            | "Imam"
            | "Judge"
            | "Lady"
            | "Lord"
            | "M"
            | "MM"
            | "Maître"
            | "Me"
            | "Mgr"
            | "Miss"
            | "Mlle"
            | "Mlles"
            | "Mme"
            | "Mmes"
            | "Monsignor"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Msgr"
            | "Pr"
            | "Prince"
            | "Princess"
            | "Prof"
            | "Professor"
            | "Rabbi"
            | "Rev"
            | "Reverend"
            | "Shaikh"
            | "Shaikha"
            | "Sheikh"
            | "Sheikha"
            | "Sir"
            | "Sr"
            | "Sra"
            | "Sras"
            | "Sres"
            | "Srta"
    )
}

/// The first words of [`HONORIFICS`] without their full stops (the `match` above must list the
/// same words: checked by a test).
#[cfg(test)]
const HONORIFIC_WORDS: &[&str] = &[
    "Ambassador",
    "Archbishop",
    "Baron",
    "Baroness",
    "Bishop",
    "Cardinal",
    "D",
    "Dame",
    "Don",
    "Doña",
    "Dr",
    "Dra",
    "Dña",
    "Emir",
    "H",
    "Imam",
    "Judge",
    "Lady",
    "Lord",
    "M",
    "MM",
    "Maître",
    "Me",
    "Mgr",
    "Miss",
    "Mlle",
    "Mlles",
    "Mme",
    "Mmes",
    "Monsignor",
    "Mr",
    "Mrs",
    "Ms",
    "Msgr",
    "Pr",
    "Prince",
    "Princess",
    "Prof",
    "Professor",
    "Rabbi",
    "Rev",
    "Reverend",
    "Shaikh",
    "Shaikha",
    "Sheikh",
    "Sheikha",
    "Sir",
    "Sr",
    "Sra",
    "Sras",
    "Sres",
    "Srta",
];

/// Which side a title puts its holder on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Title {
    Chair,
    Secretariat,
    Member,
    Other,
}

impl Title {
    pub fn side(self) -> Side {
        match self {
            Title::Chair => Side::Chair,
            Title::Secretariat => Side::Secretariat,
            Title::Member => Side::Member,
            Title::Other => Side::Other,
        }
    }
}

/// Offices printed in the name slot after an article ("The Chair said", "The Temporary
/// President:", "El Presidente dice", "La PRÉSIDENTE déclare"), longest first within each
/// family so that "Acting Chairperson" is found before "Acting Chair".
pub const TITLES: &[(&str, Title)] = &[
    ("Deputy Secretary-General", Title::Secretariat),
    ("Assistant Secretary-General", Title::Secretariat),
    ("Under-Secretary-General", Title::Secretariat),
    ("Secretary-General", Title::Secretariat),
    ("Secretary of the Committee", Title::Secretariat),
    ("Secretary of the Council", Title::Secretariat),
    ("Principal Secretary", Title::Secretariat),
    ("Executive Secretary", Title::Secretariat),
    ("Acting Secretary", Title::Secretariat),
    ("Deputy Secretary", Title::Secretariat),
    ("Legal Counsel", Title::Secretariat),
    ("Secretary", Title::Secretariat),
    ("Deputy High Commissioner", Title::Secretariat),
    ("High Commissioner", Title::Secretariat),
    ("Directora", Title::Secretariat),
    ("Deputy Executive Director", Title::Secretariat),
    ("Executive Director", Title::Secretariat),
    ("Director-General", Title::Secretariat),
    ("Director", Title::Secretariat),
    ("Controller", Title::Secretariat),
    ("Administrator", Title::Secretariat),
    ("Special Representative of the Secretary-General", Title::Secretariat),
    ("High Representative", Title::Secretariat),
    ("Special Envoy", Title::Secretariat),
    ("Special Adviser", Title::Secretariat),
    ("Observer", Title::Other),
    ("Acting Chairperson", Title::Chair),
    ("Acting Chairman", Title::Chair),
    ("Acting Chair", Title::Chair),
    ("Acting President", Title::Chair),
    ("Temporary Chairperson", Title::Chair),
    ("Temporary Chairman", Title::Chair),
    ("Temporary Chair", Title::Chair),
    ("Temporary President", Title::Chair),
    ("Vice-Chairperson", Title::Chair),
    ("Vice-Chairman", Title::Chair),
    ("Vice-Chair", Title::Chair),
    ("Vice-President", Title::Chair),
    ("Chairperson", Title::Chair),
    ("Chairwoman", Title::Chair),
    ("Chairman", Title::Chair),
    ("Co-Chairperson", Title::Chair),
    ("Co-Chair", Title::Chair),
    ("Chair", Title::Chair),
    ("President", Title::Chair),
    ("Country Rapporteur", Title::Member),
    ("Special Rapporteur", Title::Other),
    ("Rapporteur", Title::Member),
    // French
    ("Président par intérim", Title::Chair),
    ("Président provisoire", Title::Chair),
    ("Présidente", Title::Chair),
    ("Président", Title::Chair),
    ("Vice-Présidente", Title::Chair),
    ("Vice-Président", Title::Chair),
    ("Secrétaire général", Title::Secretariat),
    ("Secrétaire", Title::Secretariat),
    ("Directeur", Title::Secretariat),
    ("Directrice", Title::Secretariat),
    ("Rapporteuse", Title::Member),
    // Spanish
    ("Presidente interino", Title::Chair),
    ("Presidente provisional", Title::Chair),
    ("Presidenta", Title::Chair),
    ("Presidente", Title::Chair),
    ("Vicepresidenta", Title::Chair),
    ("Vicepresidente", Title::Chair),
    ("Secretario General", Title::Secretariat),
    ("Secretaria", Title::Secretariat),
    ("Secretario", Title::Secretariat),
    ("Relatora", Title::Member),
    ("Relator", Title::Member),
];

/// Articles before a title ("The Chair", "La PRÉSIDENTE", "El Presidente", "L'Observateur").
pub const ARTICLES: &[&str] = &["The", "the", "THE", "La", "Le", "El", "LA", "LE", "EL", "L'", "L’"];

/// Articles printed before an honorific in French and Spanish ("El Sr. Nataf", "La Sra. Belmir").
pub const ARTICLES_BEFORE_HONORIFIC: &[&str] = &["El ", "La ", "Le ", "Los ", "Las ", "Les "];

/// Lowercase particles inside names ("Mr. van der Berg", "Ms. de la Cruz", "Mr. Ould Dah bin Ali").
pub const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "del", "della", "degli", "di", "du", "des", "la", "le", "lo", "van", "von", "der",
    "den", "ter", "ten", "al", "el", "bin", "ibn", "bint", "y", "e", "zu", "af", "op", "het", "'t", "ben", "st.",
];

/// Connecting words inside an office's name ("The Under-Secretary-General for Humanitarian
/// Affairs", "The President of the General Assembly", "El Presidente del Consejo").
pub const TITLE_CONNECTORS: &[&str] =
    &["of", "for", "on", "and", "the", "to", "de", "del", "des", "du", "la", "le", "pour", "para", "y", "et", "en"];

/// Words that, right after a name at a paragraph's start, show that the person is being
/// talked about rather than reported: "Mr. Huseynov had referred to ...", "Mr. X and Ms. Y
/// ...", "Mr. X's question". Anything else after a name (a verb in any tense or language,
/// a comma, a bracket) is an attribution.
pub const MENTION_WORDS: &[&str] = &[
    // English: the pluperfect and the passive report about a person, not what they said
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "will",
    "shall",
    "could",
    "should",
    "might",
    "may",
    "must",
    "can",
    "being",
    "been",
    "and",
    "or",
    "nor",
    "of",
    "who",
    "whose",
    "whom",
    "which",
    "that",
    "to",
    "as",
    "than",
    "himself",
    "herself",
    "themselves",
    // French
    "avait",
    "était",
    "sera",
    "serait",
    "et",
    "ou",
    "qui",
    "dont",
    "que",
    "de",
    "du",
    "des",
    "pour",
    "par",
    "avec",
    "lui-même",
    "elle-même",
    // Spanish
    "había",
    "habían",
    "era",
    "fue",
    "será",
    "sería",
    "y",
    "o",
    "quien",
    "quienes",
    "cuyo",
    "cuya",
    "del",
    "para",
    "por",
    "con",
    "él",
    "ella",
];

/// Phrases that, at a paragraph's start, are followed by the speaker after a comma:
/// "In reply to a question from Mr. X, the Chair said", "En réponse à ..., M. X dit".
pub const REPLY_OPENERS: &[&str] = &[
    "In reply to",
    "In response to",
    "Replying to",
    "Responding to",
    "Answering",
    "Turning to",
    "Referring to",
    "Speaking",
    "After a ",
    "Following a ",
    "At the invitation of",
    "En réponse",
    "Répondant",
    "En respuesta",
    "Respondiendo",
];

/// A bracket after a name that says how the words reached the record, not who the speaker is.
pub const INTERPRETATION: &[&str] = &[
    "spoke in",
    "speaking in",
    "interpretation from",
    "interpreted from",
    "translated from",
    "translation from",
    "interprétation de",
    "interprétation du",
    "traduit de",
    "traduit du",
    "parle en",
    "a parlé en",
    "interpretación del",
    "interpretación dei",
    "interpretación de",
    "traducido del",
    "traducción del",
    "habla en",
    "habló en",
];

/// "The Chair, speaking as Country Rapporteur, said" and its French and Spanish forms.
pub const SPEAKING_AS: &[&str] = &[
    "speaking as ",
    "speaking in his capacity as ",
    "speaking in her capacity as ",
    "speaking in his personal capacity as ",
    "en su calidad de ",
    "hablando en calidad de ",
    "hablando en su calidad de ",
    "parlant en qualité de ",
    "parlant en sa qualité de ",
    "en qualité de ",
    "en sa qualité de ",
];

/// Reporting verbs, used where a clause must be told from the verb that ends it
/// ("The Chair, speaking as Country Rapporteur, said"): the verb closes the clause.
pub const REPORTING_VERBS: &[&str] = &[
    // English
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
    "presented",
    "outlined",
    "described",
    "continued",
    "commented",
    "mentioned",
    "clarified",
    "queried",
    "questioned",
    "placed",
    "withdrew",
    "moved",
    "explained",
    "would",
    "did",
    // French
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
    "admet",
    "annonce",
    "précise",
    "observe",
    // Spanish
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
    "admite",
];

/// Adverbs that may stand between a name and its reporting verb ("Mr. X also said").
pub const ADVERBS: &[&str] = &["also", "then", "again", "further", "aussi", "también", "asimismo"];

/// Words in an affiliation that place a speaker in the secretariat.
pub const SECRETARIAT_WORDS: &[&str] = &[
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
    "Controller",
];

/// Words in an affiliation that mark a committee member's role.
pub const MEMBER_ROLES: &[&str] = &[
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

/// Words that make an affiliation an organisation rather than a State.
pub const ORGANISATION_WORDS: &[&str] = &[
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

/// Month names, lowercase, in the three languages (with the unaccented spellings OCR gives).
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
];

/// How the meeting's clock sentences begin (the recogniser in `event` reads the rest).
pub const EVENT_STARTS: &[&str] = &[
    "The meeting ",
    "The public part of the meeting",
    "The public meeting",
    "The second part",
    "The first part",
    "The closed part",
    "The discussion covered",
    "The Committee resumed",
    "El debate abarcado",
    "El debate resumido",
    "La séance",
    "La deuxième partie",
    "La première partie",
    "La partie publique",
    "Le débat",
    "Se declara abierta",
    "Se abre la",
    "Se suspende",
    "Se levanta",
    "Se reanuda",
    "Se declara abierta la parte",
    "Se declara cerrada",
    "La sesión",
    "In the absence of",
    "Pending the election",
];

/// The opening words of a held-at line ("Held at the Palais Wilson, Geneva, on ...").
pub const HELD: &[&str] = &["Held ", "held ", "Tenue ", "tenue ", "Celebrada ", "celebrada ", "Reconvened ", "Réunie "];

/// Labels of the header's presiding officers ("Chair: Mr. Ünver", "Présidente : Mme X",
/// "Presidente: Sr. Y"), compared with spaces removed; the last ones introduce a later officer.
pub const PRESIDING_LABELS: &[&str] = &[
    "Chair",
    "Chairperson",
    "Chairman",
    "Chairwoman",
    "President",
    "Président",
    "Présidente",
    "Presidente",
    "Presidenta",
    "Presidents",
    "Présidents",
    "Presidentes",
    "Presidencia",
    "Président(e)",
    "Presidente(a)",
    "Chair(person)",
    "Présidence",
    "TemporaryChair",
    "TemporaryChairperson",
    "TemporaryChairman",
    "TemporaryPresident",
    "ActingChair",
    "ActingChairperson",
    "ActingChairman",
    "ActingPresident",
    "Vice-Chair",
    "Vice-Chairperson",
    "Vice-Chairman",
    "Présidentprovisoire",
    "Presidenteprovisional",
    "Presidentainterina",
    "Presidenteinterino",
    "Later",
    "later",
    "puis",
    "Puis",
    "Ensuite",
    "ensuite",
    "luego",
    "Luego",
    "Mástarde",
    "mástarde",
    "Después",
    "después",
];

/// The labels above that introduce a later presiding officer.
pub const LATER_LABELS: &[&str] = &["later", "puis", "ensuite", "luego", "mástarde", "después"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorific_words_are_sorted_and_complete() {
        assert!(HONORIFIC_WORDS.iter().all(|w| honorific_word(w)), "honorific_word must list HONORIFIC_WORDS");
        for h in HONORIFICS {
            let word = h.split(['.', ' ']).next().unwrap();
            assert!(honorific_word(word), "{h} is missing from HONORIFIC_WORDS");
        }
    }

    #[test]
    fn should_list_every_honorific_word() {
        for w in ["Mr", "Ms", "Mme", "M", "Sra", "Sr", "Reverend", "Archbishop", "Dña", "Me", "H"] {
            assert!(honorific_word(w), "{w}");
        }
        assert!(!honorific_word("The"));
    }

    #[test]
    fn titles_come_longest_first() {
        for (i, (a, _)) in TITLES.iter().enumerate() {
            for (b, _) in &TITLES[i + 1..] {
                let boundary = b.len() > a.len() && b.starts_with(a) && !b[a.len()..].starts_with(char::is_alphabetic);
                assert!(!boundary, "{b} must come before {a}");
            }
        }
    }
}
