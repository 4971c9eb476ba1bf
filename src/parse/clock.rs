//! Clock times and calendar dates as UN records print them.
//!
//! Times (24-hour result):
//! * English: `3.10 p.m.`, `3 p.m.`, `10 a.m.`, `12 . 20 p.m.` (broken spacing), `4.35 p.m`,
//!   `noon`, `12 noon`, `midnight`;
//! * English with web spacing: `10 a .m .`, `10.35 a .m.`;
//! * French: `10 h 10`, `16 h 30`, `10 h 5`, `18 heures`, `12 heures 40`, `18 h. 30`;
//! * Spanish: `10.05 horas`, `16.30 horas`, `15.00 horas`.
//!
//! Dates: `4 October 2021`, `Monday, 4 October 2021`, `lundi 8 janvier 2001`,
//! `1er janvier 2001`, `11 de noviembre de 1999`.

use super::text::strip_prefix_ci;
use crate::model::{ClockTime, Date};

/// The first clock time in `s`, with the byte offset just after it.
pub fn first_time(s: &str) -> Option<(ClockTime, usize)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let at_word = i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'.';
        // "1 0 . 0 0 horas" (digits spaced out by a web page): the "0 horas" inside is no time.
        let spaced = i >= 2
            && bytes[i - 1] == b' '
            && bytes[i - 2].is_ascii_digit()
            && (i < 3 || !bytes[i - 3].is_ascii_alphanumeric());
        if at_word && !spaced && bytes[i].is_ascii_digit() {
            if let Some((t, used)) = time_at(&s[i..]) {
                return Some((t, i + used));
            }
        }
        if at_word && (bytes[i] == b'n' || bytes[i] == b'm') {
            if let Some(rest) = strip_prefix_ci(&s[i..], "noon") {
                return Some((ClockTime { hour: 12, minute: 0 }, s.len() - rest.len()));
            }
            if let Some(rest) = strip_prefix_ci(&s[i..], "midnight") {
                return Some((ClockTime { hour: 0, minute: 0 }, s.len() - rest.len()));
            }
        }
        i += 1;
    }
    None
}

fn number(s: &str) -> Option<(u32, usize)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return None;
    }
    Some((s[..n].parse().ok()?, n))
}

fn skip_spaces(s: &str, i: usize) -> usize {
    i + s[i..].bytes().take_while(|&b| b == b' ').count()
}

/// A time starting exactly at `s`.
fn time_at(s: &str) -> Option<(ClockTime, usize)> {
    let (h, mut i) = number(s)?;
    let mut minute = 0;
    let mut had_minutes = false;
    // "3.10", "12 . 20", "15:00"
    let j = skip_spaces(s, i);
    if let Some(sep) = s[j..].chars().next().filter(|c| *c == '.' || *c == ':') {
        let k = skip_spaces(s, j + sep.len_utf8());
        if let Some((m, n)) = number(&s[k..]).filter(|(_, n)| *n == 2) {
            minute = m;
            had_minutes = true;
            i = k + n;
        }
    }
    let rest = &s[i..];
    let t = rest.trim_start();
    let used_ws = rest.len() - t.len();
    if let Some((pm, n)) = meridiem(t) {
        let hour = match (h, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        return ClockTime::new(hour as u8, minute as u8).map(|c| (c, i + used_ws + n));
    }
    if let Some(r) = strip_prefix_ci(t, "noon") {
        return (h == 12).then_some((ClockTime { hour: 12, minute: 0 }, s.len() - r.len()));
    }
    if let Some(r) = strip_prefix_ci(t, "horas").or_else(|| strip_prefix_ci(t, "hrs")) {
        return ClockTime::new(h as u8, minute as u8).map(|c| (c, s.len() - r.len()));
    }
    if had_minutes {
        return None;
    }
    french(h, t).map(|(c, r)| (c, s.len() - r.len()))
}

/// "p.m.", "pm", "p. m.", "a.m." at the start; returns (is_pm, bytes used).
fn meridiem(t: &str) -> Option<(bool, usize)> {
    let b = t.as_bytes();
    let pm = match b.first()?.to_ascii_lowercase() {
        b'p' => true,
        b'a' => false,
        _ => return None,
    };
    // "p.m.", "p. m.", "a .m ." (spaces around the full stops, as web pages print them)
    let spaces = |mut i: usize| {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    let mut i = spaces(1);
    if b.get(i) == Some(&b'.') {
        i = spaces(i + 1);
    }
    if b.get(i).map(u8::to_ascii_lowercase) != Some(b'm') {
        return None;
    }
    i += 1;
    let j = spaces(i);
    if b.get(j) == Some(&b'.') {
        i = j + 1;
    } else if b.get(i).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((pm, i))
}

/// French forms after the hour: "h 10", "h. 30", "heures 40", "heures", "h".
fn french(h: u32, t: &str) -> Option<(ClockTime, &str)> {
    let rest = strip_prefix_ci(t, "heures")
        .or_else(|| strip_prefix_ci(t, "heure"))
        .or_else(|| strip_prefix_ci(t, "h."))
        .or_else(|| strip_prefix_ci(t, "h"))?;
    if rest.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let r = rest.trim_start();
    // "10 h 5" is 10.05: the French records print one digit for minutes under ten.
    if let Some((m, n)) = number(r) {
        return ClockTime::new(h as u8, m as u8).map(|c| (c, &r[n..]));
    }
    ClockTime::new(h as u8, 0).map(|c| (c, rest))
}

/// A copy of `s` with digits spaced out by a web page joined again ("a las 1 1 . 2 0 horas" →
/// "a las 11.20 horas", "DE LA 1 4 ª SESIÓN" → "DE LA 14 ª SESIÓN"), or `None` when it has none.
/// Only single digits separated by single spaces are joined.
pub fn despaced(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let single = |i: usize| {
        b[i].is_ascii_digit()
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 1).is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    let found = (0..b.len().saturating_sub(2)).any(|i| single(i) && b[i + 1] == b' ' && single(i + 2));
    if !found {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    for (k, &c) in chars.iter().enumerate() {
        // A space between two digits, or beside a full stop between digits, goes.
        let between = c == ' '
            && ((digit(k.wrapping_sub(1)) && (digit(k + 1) || chars.get(k + 1) == Some(&'.')))
                || (chars.get(k.wrapping_sub(1)) == Some(&'.')
                    && digit(k + 1)
                    && (digit(k.wrapping_sub(2))
                        || chars.get(k.wrapping_sub(2)) == Some(&' ') && digit(k.wrapping_sub(3)))));
        if !between {
            out.push(c);
        }
    }
    Some(out)
}

/// The first "day month year" date in `s`: (date, start, end) in bytes.
pub fn first_date(s: &str) -> Option<(Date, usize, usize)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            if let Some((d, end)) = date_at(&s[i..]) {
                return Some((d, i, i + end));
            }
        }
        i += 1;
    }
    None
}

/// The first "day month" in `s` without a year ("on Wednesday, 23 October, at 3 p.m."):
/// (day, month, end).
pub fn first_day_month(s: &str) -> Option<(u8, u8, usize)> {
    let bytes = s.as_bytes();
    (0..bytes.len())
        .filter(|&i| bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()))
        .find_map(|i| day_month_at(&s[i..]).map(|(d, m, after)| (d, m, s.len() - after.len())))
}

/// "4 October", "1er janvier", "16 de mayo": (day, month, the text after the month).
fn day_month_at(s: &str) -> Option<(u8, u8, &str)> {
    let (day, mut i) = number(s)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    // "1er", "1st"
    for suffix in ["er", "st", "nd", "rd", "th", "º", "°"] {
        if s[i..].starts_with(suffix) {
            i += suffix.len();
            break;
        }
    }
    let mut rest = s[i..].trim_start();
    rest = strip_prefix_ci(rest, "de ").unwrap_or(rest);
    let (month, after) = super::vocabulary::MONTHS.iter().find_map(|(name, m)| {
        let r = strip_prefix_ci_unicode(rest, name)?;
        (!r.starts_with(|c: char| c.is_alphabetic())).then_some((*m, r))
    })?;
    Some((day as u8, month, after))
}

fn date_at(s: &str) -> Option<(Date, usize)> {
    let (day, month, after) = day_month_at(s)?;
    let mut r = after.trim_start().trim_start_matches(',').trim_start();
    r = strip_prefix_ci(r, "de ").unwrap_or(r);
    let y = r.bytes().take_while(u8::is_ascii_digit).count();
    if y != 4 {
        return None;
    }
    let year: u16 = r[..y].parse().ok()?;
    let end = s.len() - r.len() + y;
    Some((Date { year, month, day }, end))
}

/// Case-insensitive prefix for month names, which may carry accents ("février").
fn strip_prefix_ci_unicode<'a>(s: &'a str, lower: &str) -> Option<&'a str> {
    let mut chars = s.char_indices();
    for want in lower.chars() {
        let (_, got) = chars.next()?;
        if got.to_lowercase().next() != Some(want) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &s[i..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Option<String> {
        first_time(s).map(|(c, _)| c.to_string())
    }

    #[test]
    fn should_read_english_times() {
        assert_eq!(t("called to order at 3.10 p.m."), Some("15:10".into()));
        assert_eq!(t("at 3 p.m."), Some("15:00".into()));
        assert_eq!(t("at 10 a.m."), Some("10:00".into()));
        assert_eq!(t("at 12 . 20 p.m."), Some("12:20".into()));
        assert_eq!(t("rose a·t 6.30 p.m."), Some("18:30".into()));
        assert_eq!(t("at 4.35 p.m and"), Some("16:35".into()));
        assert_eq!(t("at noon"), Some("12:00".into()));
        assert_eq!(t("at 12 noon"), Some("12:00".into()));
        assert_eq!(t("at 12.30 a.m."), Some("00:30".into()));
        assert_eq!(t("on 4 October 2021, at 3 p.m."), Some("15:00".into()));
        assert_eq!(t("items 21 to 26"), None);
    }

    #[test]
    fn should_read_french_and_spanish_times() {
        assert_eq!(t("La séance est ouverte à 10 h 10."), Some("10:10".into()));
        assert_eq!(t("est levée à 18 heures."), Some("18:00".into()));
        assert_eq!(t("ouverte à 12 heures 40."), Some("12:40".into()));
        assert_eq!(t("levée à 18 h. 30."), Some("18:30".into()));
        assert_eq!(t("a las 10.05 horas."), Some("10:05".into()));
        assert_eq!(t("a las 16.30 horas y"), Some("16:30".into()));
        assert_eq!(t("a las 15 horas"), Some("15:00".into()));
    }

    #[test]
    fn should_join_spaced_digits_and_not_misread_them() {
        assert_eq!(despaced("a las 1 1 . 2 0 horas").as_deref(), Some("a las 11.20 horas"));
        assert_eq!(despaced("DE LA 1 4 ª SESIÓN").as_deref(), Some("DE LA 14 ª SESIÓN"));
        assert_eq!(despaced("at 3 p.m. on 4 October 2021"), None);
        assert_eq!(first_time("a las 1 0 . 0 0 horas"), None, "no 00:00 from the spaced digits");
        assert_eq!(first_time("Friday, 10 December 2010 10 a.m.").map(|t| t.0.to_string()).as_deref(), Some("10:00"));
    }

    #[test]
    fn should_read_dates() {
        let d = |s: &str| first_date(s).map(|(d, _, _)| d.to_string());
        assert_eq!(d("on Monday, 4 October 2021, at 3 p.m."), Some("2021-10-04".into()));
        assert_eq!(d("Distr.: General 12 October 2021"), Some("2021-10-12".into()));
        assert_eq!(d("le lundi 8 janvier 2001, à 10 heures"), Some("2001-01-08".into()));
        assert_eq!(d("el jueves 11 de noviembre de 1999"), Some("1999-11-11".into()));
        assert_eq!(d("1er février 2001"), Some("2001-02-01".into()));
        assert_eq!(d("session, 44 y 45"), None);
    }
}
