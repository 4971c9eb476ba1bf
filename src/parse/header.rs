//! The header: everything before the meeting's body.
//!
//! Real headers come in many shapes (see `record-variants.md` 2.1-2.2); the lines
//! recognised here, in any order, are:
//! * `United Nations CMW/C/SR.464`, `UNITED` / `NATIONS`, `Naciones Unidas`;
//! * symbols, even glued to the date (`E/C.12/2003/SR.3014 November 2003`);
//! * `Distr.: General 12 October 2021`, `Distr.GENERAL`, `Distr. GÉNÉRALE CRC/C/SR.670 9 janvier 2001 Original : FRANÇAIS`;
//! * `Original: English`, `ENGLISHOriginal: FRENCH`, `Original: inglés`;
//! * the body and session (`Committee on ... Families Thirty-third session`, `HUMAN RIGHTS COMMITTEE`,
//!   `Seventy-second session`, `43º período de sesiones`, `Seventy-third year`);
//! * the title (`Summary record of the 464th meeting`, `SUMMARY RECORD OF THE SECOND PART (PUBLIC)* OF THE 1955th
//!   MEETING`, `Summary record ( p artial )* of th e 452nd meeting**`, `121st plenary meeting`, `8422` / `nd meeting`,
//!   `COMPTE RENDU ANALYTIQUE (PARTIEL)* DE LA 670ème SÉANCE`, `Acta resumida de la primera parte (pública)* de la 924ª sesión`);
//! * `Held at the Palais des Nations, Geneva, on Monday, 4 October 2021, at 3 p.m.`, `Held via videoconference, ...`,
//!   `tenue au Palais Wilson, à Genève, le lundi 8 janvier 2001, à 10 heures`, `Celebrada en el Palais Wilson, ...`,
//!   and the verbatim form `Thursday, 13 December 2018, 3 p.m.` / `New York`;
//! * presiding officers: `Chair: Mr. Ünver`, `Chairperson:Mr. Kemal`, `Chair:Ms. Haidar (Vice-Chair)`,
//!   `Chairman: Mr. DIACONU` / `later: Mr. VALENCIA RODRIGUEZ`, `Temporary Chair:Mr. Walker (Office of ...)`,
//!   `Présidente : Mme OUEDRAOGO`, `Presidenta:Sra. BELMIR (Vicepresidenta)`, `Chairman: Mr. Al-Nasser ....... (Qatar)`,
//!   `President:` / `Mr. Adom . . . .` / `(Côte d’Ivoire)`;
//! * the contents list after `Contents`, `CONTENTS`, `SOMMAIRE`, `Sumario` or (Security Council) `Agenda`;
//! * Council members and attendance lists.
//!
//! The header ends where the body begins: the first event, numbered paragraph,
//! speaker, stage direction or run of prose. Heading-like lines just before that
//! point which nothing in the header claimed are handed back to the body.

use super::blocks::Block;
use super::clock::{first_date, first_time};
use super::text::{
    contains_ci, has_leaders, squash_spaces, starts_with_ci, strip_leaders, strip_prefix_ci, word_count,
};
use super::{agenda, event, furniture, numbering, speaker, stage, symbol};
use crate::model::{
    Chair, ContentsEntry, Furniture, FurnitureKind, HeaderField, HeaderFieldKind as K, Record, RecordKind,
};

#[derive(Default)]
struct State {
    in_contents: bool,
    in_attendance: bool,
    pending_chair: Option<(String, bool)>,
    title_seen: bool,
    held_seen: bool,
}

/// Reads the header from `blocks` into `record`. Returns the blocks that begin the body
/// (the first body block, after any heading lines handed back to it); the rest of the
/// body is what `blocks` still holds.
pub fn read(blocks: &mut impl Iterator<Item = Block>, record: &mut Record) -> Vec<Block> {
    let mut st = State::default();
    // Header blocks classified "other", kept in case they turn out to be body headings.
    let mut others: Vec<Block> = Vec::new();
    for b in blocks.by_ref() {
        let furniture = b.furniture.or_else(|| furniture::block_kind(&b.text));
        // The symbol that heads every page is also the record's symbol.
        let symbol_line = furniture == Some(FurnitureKind::RunningHeader)
            && record.symbol.is_none()
            && symbol::find(&b.text).is_some();
        if let Some(kind) = furniture.filter(|_| !symbol_line) {
            record.furniture.push(Furniture { kind, text: b.text.clone(), span: b.span() });
            continue;
        }
        match classify(&b, record, &mut st) {
            Some(kind) => {
                record.header_fields.push(HeaderField { kind, text: b.text.clone(), span: b.span() });
                if kind == K::ContentsItem {
                    record.contents.push(ContentsEntry { text: squash_spaces(&b.text), span: b.span() });
                }
                if kind == K::Other {
                    others.push(b);
                }
            }
            None => {
                let mut start = hand_back_headings(&mut others, record);
                start.push(b);
                return start;
            }
        }
    }
    Vec::new()
}

/// Heading-like "other" lines right before the body belong to it ("Article 36: Reservations").
fn hand_back_headings(others: &mut Vec<Block>, record: &mut Record) -> Vec<Block> {
    let mut handed = Vec::new();
    while let (Some(last), Some(b)) = (record.header_fields.last(), others.last()) {
        if last.kind != K::Other || last.span != b.span() || !agenda::looks_like_heading(&b.text) {
            break;
        }
        record.header_fields.pop();
        handed.push(others.pop().expect("checked above"));
    }
    handed.reverse();
    handed
}

fn is_body_start(text: &str, record: &Record, st: &State) -> bool {
    if !event::recognise(text).is_empty() || stage::recognise(text).is_some() {
        return true;
    }
    let (number, rest) = numbering::split_number(text);
    if number.is_some() && rest.starts_with(|c: char| c.is_uppercase()) {
        return true;
    }
    if speaker::verbatim_label(text).is_some()
        || speaker::summary_speaker(text, record.kind == RecordKind::Verbatim).is_some()
    {
        return true;
    }
    if text.len() >= 150 && super::text::ends_sentence(text) && word_count(text) >= 25 {
        return true;
    }
    // The first body heading repeats a contents entry.
    st.in_contents && record.contents.iter().any(|c| same_heading(&c.text, text))
}

fn same_heading(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect() };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && (a == b || b.starts_with(&a) || a.starts_with(&b) && b.len() > 20)
}

fn classify(b: &Block, record: &mut Record, st: &mut State) -> Option<K> {
    let text = b.text.as_str();
    // A title's second line ("DE LA deuxième partie (publique) DE LA 1409ème SÉANCE").
    if text.len() < 300 && (contains_ci(text, "part") || contains_ci(text, "parcial")) {
        part_flags(text, record);
    }
    if let Some(kind) = presiding(text, record, st) {
        return Some(kind);
    }
    if let Some(kind) = identity(text, record) {
        return Some(kind);
    }
    if let Some(kind) = meeting_details(text, record, st) {
        return Some(kind);
    }
    // 1950s attendance lists: "Mr. CUVELIER Belgium" under the Chairman's line.
    if (st.in_attendance || !record.chairs.is_empty() && !st.in_contents) && (has_leaders(text) || speaker_like(text)) {
        st.in_attendance = true;
        return Some(K::Attendance);
    }
    if is_body_start(text, record, st) {
        return None;
    }
    if let Some(kind) = body_and_session(text, record) {
        return Some(kind);
    }
    if let Some(kind) = simple_line(text, st) {
        return Some(kind);
    }
    if st.in_contents {
        return Some(K::ContentsItem);
    }
    // The body's name wrapped onto a second line ("... Rights of All" / "Migrant Workers and ...").
    if record.header_fields.last().is_some_and(|f| f.kind == K::Body) && text.len() < 120 && !text.contains(':') {
        if let Some(body) = &mut record.body {
            body.push(' ');
            body.push_str(&squash_spaces(text));
        }
        return Some(K::Body);
    }
    Some(K::Other)
}

fn speaker_like(text: &str) -> bool {
    text.len() < 120 && !text.contains(':') && speaker::subject(text).is_some_and(|s| s.title.is_none())
}

/// Symbol, distribution, original language, version language, organisation.
fn identity(text: &str, record: &mut Record) -> Option<K> {
    if text.len() > 200 {
        return None;
    }
    let mut kind = None;
    if let Some(found) = symbol::find(text) {
        if record.symbol.is_none() {
            record.meeting = record.meeting.or(found.meeting);
            record.body_code = Some(found.body_code.clone());
            record.kind = if found.verbatim { RecordKind::Verbatim } else { RecordKind::Summary };
            record.symbol = Some(found.symbol);
            if let Some((d, _, _)) = first_date(&text[found.end..]).or_else(|| glued_date(text, found.end)) {
                record.distribution_date.get_or_insert(d);
            }
            kind = Some(K::Symbol);
        }
    }
    if let Some(i) = super::text::find_ci(text, "Original") {
        let rest = text[i + 8..].trim_start().trim_start_matches(':').trim();
        let lang = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if !lang.is_empty() && rest.len() < 40 {
            record.original_language.get_or_insert(titlecase(lang));
            kind = kind.or(Some(K::OriginalLanguage));
        }
    }
    if starts_with_ci(text, "Distr") {
        if let Some((d, _, _)) = first_date(text) {
            record.distribution_date.get_or_insert(d);
        }
        kind = kind.or(Some(K::Distribution));
    }
    if kind.is_some() {
        return kind;
    }
    const ORGANIZATION: &[&str] =
        &["United Nations", "Nations Unies", "Naciones Unidas", "UNITED", "NATIONS", "UNITED NATIONS"];
    if ORGANIZATION.iter().any(|o| text.eq_ignore_ascii_case(o)) {
        return Some(K::Organization);
    }
    const LANGUAGES: &[&str] = &[
        "English",
        "French",
        "Spanish",
        "Russian",
        "Arabic",
        "Chinese",
        "Français",
        "Español",
        "FRANÇAIS",
        "ESPAÑOL",
        "Anglais",
        "Inglés",
    ];
    if LANGUAGES.iter().any(|l| text.eq_ignore_ascii_case(l) || text == *l) {
        return Some(K::VersionLanguage);
    }
    None
}

/// Header lines met in the body, where some layouts put the symbol, distribution and date
/// (the 1993 General Assembly records print them on the second page).
pub fn late_field(text: &str, record: &mut Record) -> Option<K> {
    if text.len() > 120 {
        return None;
    }
    // "Presidente: Sr. Rüdiger VON WECHMAR" printed among the first paragraphs (OCR column order).
    if record.chairs.is_empty() && text.contains(':') {
        let mut st = State::default();
        if let Some(k) = presiding(text, record, &mut st).filter(|_| !record.chairs.is_empty()) {
            return Some(k);
        }
    }
    if text.len() > 60 {
        return None;
    }
    if let Some(kind) = identity(text, record) {
        return Some(kind);
    }
    let date_only = first_date(text).is_some_and(|(_, s, e)| s == 0 && e == text.len());
    if date_only && record.distribution_date.is_none() {
        record.distribution_date = first_date(text).map(|(d, _, _)| d);
        return Some(K::DistributionDate);
    }
    None
}

/// "E/C.12/2003/SR.3014 November 2003": the day was glued to the symbol.
fn glued_date(text: &str, symbol_end: usize) -> Option<(crate::model::Date, usize, usize)> {
    let start = text[..symbol_end].rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| i + 1);
    first_date(&text[start..])
}

fn titlecase(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
        None => String::new(),
    }
}

/// Title, held-at line, date line, place.
fn meeting_details(text: &str, record: &mut Record, st: &mut State) -> Option<K> {
    // A web page's own title ("... – Summary record (excerpts)") may come before the record's.
    let better_title = record.meeting.is_none() && meeting_number(text).is_some();
    if (!st.title_seen || better_title) && text.len() < 300 && title(text, record) {
        st.title_seen = true;
        // One-line headers (1950s) also say where and when, and a held-at line in lowercase
        // ("tenue au Palais Wilson, à Genève,") is joined to the title line before it.
        if let Some(i) = held_within(text) {
            held(&text[i..], record);
            st.held_seen = true;
        }
        return Some(K::Title);
    }
    // A title line after a web page's own title: the held-at words still give the date.
    if record.date.is_none() && text.len() < 400 && meeting_number(text).is_some() {
        if let Some(i) = held_within(text) {
            held(&text[i..], record);
            st.held_seen = true;
            return Some(K::Held);
        }
    }
    if super::vocabulary::HELD.iter().any(|h| text.starts_with(h)) {
        held(text, record);
        st.held_seen = true;
        return Some(K::Held);
    }
    // Verbatim records: "Thursday, 13 December 2018, 3 p.m." and "New York" on the next line.
    if text.len() < 80 {
        if let Some((d, _, _)) = first_date(text) {
            let time = first_time(text).filter(|(_, end)| *end > 0);
            if time.is_some() || st.title_seen && record.date.is_none() {
                record.date.get_or_insert(d);
                if let Some((t, _)) = time {
                    record.scheduled_time.get_or_insert(t);
                }
                st.held_seen = true;
                return Some(K::Held);
            }
            if record.distribution_date.is_none() && !st.title_seen {
                record.distribution_date = Some(d);
                return Some(K::DistributionDate);
            }
        }
        if st.held_seen
            && record.place.is_none()
            && ["New York", "Geneva", "Genève", "Ginebra", "Vienna", "Nairobi", "Lake Success"].contains(&text)
        {
            record.place = Some(text.to_string());
            return Some(K::Place);
        }
    }
    None
}

/// Where a held-at clause starts inside a title line ("... DE LA 670e SÉANCE tenue au Palais
/// Wilson", "de la 142ª sesiónCelebrada en el Palais Wilson", 1950s "... MEETING Held at Lake Success").
fn held_within(text: &str) -> Option<usize> {
    ["held at", "held in", "held on", "tenue au", "tenue à", "tenue le", "celebrada en", "celebrada el", "réunie au"]
        .iter()
        .filter_map(|h| super::text::find_ci(text, h))
        .min()
}

/// "SUMMARY RECORD OF THE FIRST PART (PUBLIC)*", "COMPTE RENDU ANALYTIQUE DE LA DEUXIÈME PARTIE
/// (PUBLIQUE)", "ACTA RESUMIDA DE LA PRIMERA PARTE (PÚBLICA)", "(partial)": a record of part of the
/// meeting. Read on every header line, since a title may be split over two ("DE LA deuxième partie
/// (publique) DE LA 1409ème SÉANCE").
fn part_flags(text: &str, record: &mut Record) {
    if text.len() > 300 {
        return;
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    record.partial |= ["(partial)", "(partiel)", "(parcial)"].iter().any(|p| compact.contains(p));
    for (words, part) in [
        ("firstpart", "first"),
        ("secondpart", "second"),
        ("premièrepartie", "first"),
        ("deuxièmepartie", "second"),
        ("deuxiemepartie", "second"),
        ("premierepartie", "first"),
        ("primeraparte", "first"),
        ("segundaparte", "second"),
    ] {
        if compact.contains(words) {
            record.part = Some(part.to_string());
        }
    }
    // "SUMMARY RECORD OF THE FIRST PART (PUBLIC)* OF THE 412th MEETING": a part is a partial record.
    record.partial |= record.part.is_some()
        || ["partiepublique", "publicpart", "partepública", "partepublica", "(public)*"]
            .iter()
            .any(|p| compact.contains(p));
}

/// Reads a title line; true if it is one.
fn title(text: &str, record: &mut Record) -> bool {
    let lower_is_title = [
        "summary record",
        "compte rendu analytique",
        "compte-rendu analytique",
        "acta resumida",
        "plenary meeting",
        "verbatim record",
        "séance plénière",
        "sesión plenaria",
    ]
    .iter()
    .any(|t| contains_ci(text, t));
    let meeting = meeting_number(text);
    let ordinal_only = meeting.is_some()
        && text.split_whitespace().count() <= 4
        && (contains_ci(text, "meeting") || contains_ci(text, "séance") || contains_ci(text, "sesión"));
    if !(lower_is_title || ordinal_only) {
        return false;
    }
    record.title = Some(squash_spaces(text));
    let meeting = super::clock::despaced(text).and_then(|d| meeting_number(&d)).or(meeting);
    if let Some(m) = meeting {
        record.meeting.get_or_insert(m);
    }
    part_flags(text, record);
    if contains_ci(text, "summary") || contains_ci(text, "analytique") || contains_ci(text, "resumida") {
        record.kind = RecordKind::Summary;
    } else if contains_ci(text, "plenary")
        || contains_ci(text, "verbatim")
        || contains_ci(text, "plénière")
        || contains_ci(text, "plenaria")
    {
        record.kind = RecordKind::Verbatim;
    }
    true
}

/// "Twenty-Sixth Meeting", "décima sesión": a meeting number in words.
fn meeting_number_in_words(text: &str) -> Option<u32> {
    if !(contains_ci(text, "meeting") || contains_ci(text, "ance") || contains_ci(text, "sesi")) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().take(40).collect();
    for (i, w) in words.iter().enumerate().skip(1) {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        if ["meeting", "séance", "seance", "sesión", "sesion"].contains(&w.as_str()) {
            let before = words[i - 1].trim_matches(|c: char| !c.is_alphabetic() && c != '-').to_lowercase();
            if let Some(n) = ordinal_words(&before) {
                return Some(n);
            }
        }
    }
    None
}

/// "464th meeting", "1628 th meeting", "670ème SÉANCE", "1613 e séance", "924ª sesión", "121st plenary meeting".
fn meeting_number(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            let n = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            let rest = text[i + n..].trim_start();
            let suffix = ["st", "nd", "rd", "th", "ème", "ère", "e", "ª", "a.", "º", "TH", "ST", "ND", "RD"]
                .iter()
                .find(|s| rest.starts_with(*s) && !rest[s.len()..].starts_with(|c: char| c.is_alphanumeric()));
            if let Some(s) = suffix {
                let after = rest[s.len()..].trim_start();
                let word = after.split_whitespace().next().unwrap_or("");
                let word = if ["plenary", "PLENARY", "(Chamber"].contains(&word) {
                    after.split_whitespace().nth(1).unwrap_or("")
                } else {
                    word
                };
                let w = word.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
                if ["meeting", "séance", "sesión", "seance", "sesion"].contains(&w.as_str()) {
                    return text[i..i + n].parse().ok();
                }
            }
            i += n;
        } else {
            i += 1;
        }
    }
    meeting_number_in_words(text)
}

/// "Held at the Palais des Nations, Geneva, on Monday, 4 October 2021, at 3 p.m."
fn held(text: &str, record: &mut Record) {
    let owned = super::clock::despaced(text);
    let text = owned.as_deref().unwrap_or(text);
    // "on Wednesday, 23 October, at 3 p.m.": no year printed. The year is the distribution date's,
    // or the year before when the meeting's day and month come later in the year than it.
    if first_date(text).is_none() {
        if let (Some((day, month, end)), Some(distr)) = (super::clock::first_day_month(text), record.distribution_date)
        {
            let year = if (month, day) <= (distr.month, distr.day) { distr.year } else { distr.year - 1 };
            record.date.get_or_insert(crate::model::Date { year, month, day });
            if let Some((t, _)) = first_time(&text[end..]) {
                record.scheduled_time.get_or_insert(t);
            }
        }
    }
    if let Some((d, start, _)) = first_date(text) {
        record.date.get_or_insert(d);
        if let Some((t, _)) = first_time(&text[start..])
            .and_then(|(t, e)| first_date(&text[start..]).map(|(_, _, de)| (t, e > de)))
            .filter(|(_, after)| *after)
        {
            record.scheduled_time.get_or_insert(t);
        }
    }
    if record.place.is_none() {
        record.place = place(text);
    }
}

fn place(text: &str) -> Option<String> {
    let t = text.split_once(' ').map(|(_, r)| r)?;
    if contains_ci(t, "videoconference")
        || contains_ci(t, "video conference")
        || contains_ci(t, "visioconférence")
        || contains_ci(t, "videoconferencia")
    {
        return Some("videoconference".to_string());
    }
    let t = ["at the ", "at ", "au ", "à ", "en el ", "en la ", "en "].iter().find_map(|p| strip_prefix_ci(t, p))?;
    let end = [", on ", ",on ", " on ", ", le ", " le ", ", el ", " el "]
        .iter()
        .filter_map(|m| t.find(m))
        .min()
        .unwrap_or(t.len());
    let p = t[..end].trim().trim_end_matches(',').trim();
    (!p.is_empty() && p.len() < 100).then(|| p.to_string())
}

/// Presiding officers and attendance.
fn presiding(text: &str, record: &mut Record, st: &mut State) -> Option<K> {
    if let Some((role, later)) = st.pending_chair.take() {
        if speaker_like(text) || has_leaders(text) {
            push_chair(record, &role, later, text);
            st.pending_chair = None;
            return Some(K::Presiding);
        }
    }
    // "(Côte d’Ivoire)" on its own line after the President's name.
    if text.starts_with('(') && text.ends_with(')') && text.len() < 70 {
        if let Some(last) = record.chairs.last_mut() {
            if last.affiliation.is_none() && !st.in_attendance {
                last.affiliation = Some(text[1..text.len() - 1].trim().to_string());
                return Some(K::Presiding);
            }
        }
    }
    let (label, rest) = text.split_once(':')?;
    if label.len() > 40 {
        return None;
    }
    let compact: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    let role =
        super::vocabulary::PRESIDING_LABELS.iter().find(|r| compact.eq_ignore_ascii_case(r) || compact == **r)?;
    let later = super::vocabulary::LATER_LABELS.contains(&role.to_lowercase().as_str());
    let role_name =
        if later { record.chairs.last().map_or("Chair".to_string(), |c| c.role.clone()) } else { squash_spaces(label) };
    let rest = rest.trim();
    if rest.is_empty() {
        st.pending_chair = Some((role_name, later));
        return Some(K::Presiding);
    }
    push_chair(record, &role_name, later, rest);
    Some(K::Presiding)
}

fn push_chair(record: &mut Record, role: &str, later: bool, text: &str) {
    let clean = strip_leaders(text);
    // "Mr. Landau/Mr. Waltz (United States of America)": two presidents of one meeting.
    if let Some((a, b)) = clean.split_once('/') {
        if speaker::subject(a.trim()).is_some() && speaker::subject(b.trim()).is_some() {
            let affiliation = b.find(" (").map(|i| b[i..].trim().to_string()).unwrap_or_default();
            push_chair(record, role, later, a.trim());
            if let Some(c) = record.chairs.last_mut() {
                c.affiliation = affiliation.strip_prefix('(').and_then(|a| a.strip_suffix(')')).map(str::to_string);
            }
            push_chair(record, role, later, b.trim());
            return;
        }
    }
    // 1950s: "Mr. CHANCE Canada", the State after the name without brackets.
    if !clean.contains('(') {
        let words: Vec<&str> = clean.split_whitespace().collect();
        for k in (1..words.len().min(5)).rev() {
            let state = words[words.len() - k..].join(" ");
            if words.len() - k >= 2 && super::countries::is_state(&state) {
                let name = words[..words.len() - k].join(" ");
                record.chairs.push(Chair {
                    name: speaker::normalise_name(&name),
                    role: role.to_string(),
                    affiliation: Some(state),
                    later,
                });
                return;
            }
        }
    }
    let (name, affiliation) = match clean.find(" (") {
        Some(i) if clean.ends_with(')') => {
            // "Mr. Peralta (Vice-Chairman) (Paraguay)": the State is the last bracket.
            let inner = &clean[i + 2..clean.len() - 1];
            let last = inner.rsplit_once(") (").map_or(inner, |(_, l)| l);
            (clean[..i].trim().to_string(), Some(last.trim().to_string()))
        }
        _ => (clean.trim().to_string(), None),
    };
    let name = speaker::normalise_name(&name);
    // "later: Mr. Majoor (Chairman)": the Chair back in the Chair is still one presiding officer.
    let key = |n: &str| n.split_whitespace().last().unwrap_or("").to_lowercase();
    if record.chairs.iter().any(|c| key(&c.name) == key(&name) && c.name.len() == name.len()) {
        return;
    }
    record.chairs.push(Chair { name, role: role.to_string(), affiliation, later });
}

/// Body (committee or organ) and session.
fn body_and_session(text: &str, record: &mut Record) -> Option<K> {
    if text.len() > 200 {
        return None;
    }
    if let Some((body, session)) = split_session(text) {
        if !body.is_empty() {
            record.body.get_or_insert_with(|| body.to_string());
            record.session.get_or_insert_with(|| squash_spaces(session));
            record.session_number = record.session_number.or_else(|| session_number(session));
            return Some(K::Body);
        }
        record.session.get_or_insert_with(|| squash_spaces(session));
        record.session_number = record.session_number.or_else(|| session_number(session));
        return Some(K::Session);
    }
    const BODY_STARTS: &[&str] = &[
        "Committee on",
        "Committee against",
        "Human Rights Committee",
        "COMMITTEE ON",
        "COMMITTEE AGAINST",
        "HUMAN RIGHTS COMMITTEE",
        "Comité",
        "COMITÉ",
        "COMITE",
        "Subcommittee",
        "Sub-Commission",
        "Ad Hoc Committee",
        "Special Political",
        "Conference on",
        "Commission on",
        "Working Group",
        "Consejo",
        "Committee of",
    ];
    let ends_committee = text.ends_with("Committee") || text.ends_with("Committee)") || text.ends_with("COMMITTEE");
    if BODY_STARTS.iter().any(|b| text.starts_with(b)) || ends_committee && word_count(text) <= 12 {
        match &mut record.body {
            Some(body) if text.starts_with('(') => {
                body.push(' ');
                body.push_str(text);
            }
            Some(_) => {}
            None => record.body = Some(squash_spaces(text)),
        }
        return Some(K::Body);
    }
    const ORGANS: &[&str] = &[
        "General Assembly",
        "Security Council",
        "Economic and Social Council",
        "Conseil économique et social",
        "Consejo Económico y Social",
        "Asamblea General",
        "Assemblée générale",
        "Conseil de sécurité",
        "Consejo de Seguridad",
        "Trusteeship Council",
    ];
    if ORGANS.iter().any(|o| text.eq_ignore_ascii_case(o) || text == *o) {
        if record.kind == RecordKind::Verbatim || record.symbol.as_deref().is_some_and(|s| s.contains("/PV.")) {
            record.body.get_or_insert_with(|| text.to_string());
        }
        return Some(K::Organ);
    }
    None
}

/// "... Families Thirty-third session" → ("... Families", "Thirty-third session").
fn split_session(text: &str) -> Option<(&str, &str)> {
    let lower_end = text.trim_end_matches(|c: char| c == '*' || c.is_whitespace());
    let session_end =
        ["session", "SESSION", "período de sesiones", "year", "YEAR"].iter().find(|s| lower_end.ends_with(*s))?;
    let head = &lower_end[..lower_end.len() - session_end.len()].trim_end();
    // The ordinal is the last word; broken spacing ("Six ty- second") joins up to 3 words.
    let mut start = head.rfind(' ').map_or(0, |i| i + 1);
    for _ in 0..2 {
        let before = head[..start].trim_end();
        let prev = before.rsplit(' ').next().unwrap_or("");
        let broken = prev.ends_with('-') || head[start..].starts_with(|c: char| c.is_lowercase());
        if start > 0 && !prev.is_empty() && broken {
            start = before.len() - prev.len();
        } else {
            break;
        }
    }
    let ordinal = &head[start..];
    if ordinal.is_empty() || !(ordinal.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())) && start != 0 {
        return None;
    }
    if session_end.starts_with("year") && session_number(&lower_end[start..]).is_none() {
        return None;
    }
    Some((text[..start].trim(), &text[start..]))
}

/// "Thirty-third session" → 33, "Six ty- second session" → 62, "43º período de sesiones" → 43,
/// "Vingt-sixième session" → 26.
pub fn session_number(text: &str) -> Option<u32> {
    let digits: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let word: String = text
        .split_whitespace()
        .take_while(|w| !w.eq_ignore_ascii_case("session") && !w.eq_ignore_ascii_case("year"))
        .collect::<String>()
        .to_lowercase();
    ordinal_words(&word)
}

fn ordinal_words(word: &str) -> Option<u32> {
    const UNITS: &[(&str, u32)] = &[
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("thirtieth", 30),
        ("fortieth", 40),
        ("fiftieth", 50),
        ("sixtieth", 60),
        ("seventieth", 70),
        ("eightieth", 80),
        ("ninetieth", 90),
        ("primera", 1),
        ("primero", 1),
        ("segunda", 2),
        ("segundo", 2),
        ("tercera", 3),
        ("tercero", 3),
        ("cuarta", 4),
        ("quinta", 5),
        ("sexta", 6),
        ("séptima", 7),
        ("octava", 8),
        ("novena", 9),
        ("décima", 10),
        ("undécima", 11),
        ("duodécima", 12),
        ("vigésima", 20),
        ("trigésima", 30),
        ("premier", 1),
        ("première", 1),
        ("unième", 1),
        ("deuxième", 2),
        ("troisième", 3),
        ("quatrième", 4),
        ("cinquième", 5),
        ("sixième", 6),
        ("septième", 7),
        ("huitième", 8),
        ("neuvième", 9),
        ("dixième", 10),
        ("onzième", 11),
        ("douzième", 12),
        ("treizième", 13),
        ("quatorzième", 14),
        ("quinzième", 15),
        ("seizième", 16),
        ("vingtième", 20),
        ("trentième", 30),
        ("quarantième", 40),
        ("cinquantième", 50),
        ("soixantième", 60),
    ];
    const TENS: &[(&str, u32)] = &[
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
        ("quatre-vingt-dix", 90),
        ("quatre-vingt", 80),
        ("soixante-dix", 70),
        ("vingt", 20),
        ("trente", 30),
        ("quarante", 40),
        ("cinquante", 50),
        ("soixante", 60),
    ];
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    if let Some((_, n)) = UNITS.iter().find(|(u, _)| *u == w) {
        return Some(*n);
    }
    for (t, n) in TENS {
        if let Some(rest) = w.strip_prefix(t) {
            let rest = rest.trim_start_matches('-').trim_start_matches("et-");
            if let Some((_, u)) = UNITS.iter().find(|(u, _)| *u == rest) {
                return Some(n + u);
            }
        }
    }
    None
}

/// Organisation-independent one-liners: treaty, status, contents heading, attendance labels.
fn simple_line(text: &str, st: &mut State) -> Option<K> {
    const TREATY: &[&str] = &[
        "Convention",
        "International Convention",
        "International Covenant",
        "International covenant",
        "Convención",
        "Pacto",
        "Pacte",
        "on civil and",
        "political rights",
    ];
    if TREATY.iter().any(|t| text.starts_with(t)) && text.len() < 200 && !st.in_contents {
        return Some(K::Treaty);
    }
    const STATUS: &[&str] = &[
        "Official Records",
        "Provisional",
        "Documents officiels",
        "Documentos Oficiales",
        "Provisoire",
        "PROVISIONAL",
        "OFFICIAL RECORDS",
    ];
    if STATUS.contains(&text) {
        return Some(K::Status);
    }
    const CONTENTS: &[&str] = &[
        "Contents",
        "CONTENTS",
        "Contents (continued)",
        "CONTENTS (continued)",
        "SOMMAIRE",
        "Sommaire",
        "Sumario",
        "SUMARIO",
        "Agenda",
        "AGENDA",
        "Table des matières",
    ];
    if CONTENTS.contains(&text) {
        st.in_contents = true;
        st.in_attendance = false;
        return Some(K::ContentsHeading);
    }
    if ["Members:", "Present:", "PRESENT", "Present", "Members :"].contains(&text)
        || text.ends_with(':')
            && text.len() < 80
            && (starts_with_ci(text, "Representatives")
                || starts_with_ci(text, "Consultants")
                || starts_with_ci(text, "Observers"))
    {
        st.in_attendance = true;
        return Some(K::Attendance);
    }
    if has_leaders(text) && text.len() < 150 && !st.in_contents {
        st.in_attendance = true;
        return Some(K::Attendance);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_session_numbers() {
        assert_eq!(session_number("Thirty-third session"), Some(33));
        assert_eq!(session_number("Sixty-fourth session"), Some(64));
        assert_eq!(session_number("43º período de sesiones"), Some(43));
        assert_eq!(session_number("Vingt-sixième session"), Some(26));
        assert_eq!(session_number("Seventy-third year"), Some(73));
        assert_eq!(session_number("First session"), Some(1));
    }

    #[test]
    fn should_split_body_and_session() {
        assert_eq!(
            split_session("Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families Thirty-third session"),
            Some(("Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families", "Thirty-third session"))
        );
        assert_eq!(split_session("Seventy-fourth session"), Some(("", "Seventy-fourth session")));
        assert_eq!(split_session("Six ty- second session"), Some(("", "Six ty- second session")));
    }

    #[test]
    fn should_read_meeting_numbers_from_titles() {
        assert_eq!(meeting_number("Summary record of the 464th meeting"), Some(464));
        assert_eq!(meeting_number("SUMMARY RECORD OF THE SECOND PART (PUBLIC)* OF THE 1955th MEETING"), Some(1955));
        assert_eq!(meeting_number("Summary record ( p artial )* of th e 452nd meeting**"), Some(452));
        assert_eq!(meeting_number("COMPTE RENDU ANALYTIQUE (PARTIEL)* DE LA 670ème SÉANCE"), Some(670));
        assert_eq!(meeting_number("Acta resumida de la primera parte (pública)* de la 924ª sesión"), Some(924));
        assert_eq!(meeting_number("121st plenary meeting"), Some(121));
        assert_eq!(meeting_number("1628 th meeting"), Some(1628));
    }

    #[test]
    fn should_read_places() {
        assert_eq!(
            place("Held at the Palais des Nations, Geneva, on Monday, 4 October 2021, at 3 p.m.").as_deref(),
            Some("Palais des Nations, Geneva")
        );
        assert_eq!(place("Held via videoconference, on Friday, 16 April 2021").as_deref(), Some("videoconference"));
        assert_eq!(
            place("Held at Headquarters, New York, on Tuesday, 3 November 2009, at 3 p.m.").as_deref(),
            Some("Headquarters, New York")
        );
    }
}
