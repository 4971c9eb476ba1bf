//! Document symbols of meeting records: `CMW/C/SR.464`, `CCPR/C/SR.1955/Add.1`,
//! `E/C.12/2003/SR.30`, `A/C.4/64/SR.22`, `A/64/PV.121`, `S/PV.8422`.
//!
//! Real texts damage them: a stray space (`A /76/PV.102`), or the distribution
//! date glued on (`E/C.12/2003/SR.3014 November 2003` is SR.30 of 14 November;
//! `CAT/C/SR.75217 de enero de 2007` is SR.752 of 17 January). A glued day is
//! split off when the digits run straight into a month name.

use super::clock::first_date;

#[derive(Clone, Debug, PartialEq)]
pub struct FoundSymbol {
    /// Normalised: spaces removed.
    pub symbol: String,
    /// `SR` or `PV`.
    pub verbatim: bool,
    pub meeting: Option<u32>,
    /// Body code: the first segment (`CMW`, `E`, `A`, `S`) or `E/C.12`-style for CESCR.
    pub body_code: String,
    pub start: usize,
    pub end: usize,
}

/// The first record symbol in `s`.
pub fn find(s: &str) -> Option<FoundSymbol> {
    let mut from = 0;
    while from < s.len() {
        let (p, verbatim) = next_marker(&s[from..]).map(|(p, v)| (from + p, v))?;
        if let Some(found) = around(s, p, verbatim) {
            return Some(found);
        }
        from = p + 4;
    }
    None
}

fn next_marker(s: &str) -> Option<(usize, bool)> {
    let sr = s.find("/SR.");
    let pv = s.find("/PV.");
    match (sr, pv) {
        (Some(a), Some(b)) => Some(if a < b { (a, false) } else { (b, true) }),
        (Some(a), None) => Some((a, false)),
        (None, Some(b)) => Some((b, true)),
        (None, None) => None,
    }
}

fn around(s: &str, p: usize, verbatim: bool) -> Option<FoundSymbol> {
    let bytes = s.as_bytes();
    // Walk back over the series: letters, digits, '.', '/', and a space next to a '/'.
    let mut start = p;
    while start > 0 {
        let c = bytes[start - 1];
        let space_by_slash = c == b' ' && start >= 2 && (bytes[start] == b'/' || bytes[start - 2] == b'/');
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'/' || c == b'-' || space_by_slash {
            start -= 1;
        } else {
            break;
        }
    }
    while start < p && !bytes[start].is_ascii_uppercase() {
        start += 1;
    }
    // "GENERALCCPR/C/SR.2056": the distribution glued to the symbol.
    for glued in ["GENERALE", "GENERAL", "RESTRICTED", "LIMITED"] {
        if s[start..p].starts_with(glued) && bytes.get(start + glued.len()).is_some_and(u8::is_ascii_uppercase) {
            start += glued.len();
        }
    }
    if start >= p {
        return None;
    }
    // "CRC/C/SR. 804": a space after the full stop.
    let num_start =
        if bytes.get(p + 4) == Some(&b' ') && bytes.get(p + 5).is_some_and(u8::is_ascii_digit) { p + 5 } else { p + 4 };
    let n = bytes[num_start..].iter().take_while(|b| b.is_ascii_digit()).count();
    if n == 0 {
        return None;
    }
    let (digits_used, meeting) = split_glued_day(s, num_start, n);
    let mut end = num_start + digits_used;
    if let Some(rest) = s[end..].strip_prefix("/Add.") {
        let a = rest.bytes().take_while(u8::is_ascii_digit).count();
        if a > 0 {
            end += 5 + a;
        }
    }
    let symbol: String = s[start..end].chars().filter(|c| *c != ' ').collect();
    let body_code = body_code(&symbol);
    Some(FoundSymbol { symbol, verbatim, meeting, body_code, start, end })
}

/// When the meeting number's digits run into a month ("3014 November"), the last
/// one or two digits are the day of the date that follows.
fn split_glued_day(s: &str, num_start: usize, n: usize) -> (usize, Option<u32>) {
    let digits = &s[num_start..num_start + n];
    let after = &s[num_start + n..];
    let glued = n >= 3 && after.starts_with(' ') && {
        let probe = format!("1{after}");
        first_date(&probe).is_some_and(|(_, start, _)| start == 0)
    };
    if glued {
        for day_len in [2, 1] {
            let (m, d) = digits.split_at(n - day_len);
            if d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)) && !d.starts_with('0') {
                return (m.len(), m.parse().ok());
            }
        }
    }
    (n, digits.parse().ok())
}

fn body_code(symbol: &str) -> String {
    let mut parts = symbol.split('/');
    let first = parts.next().unwrap_or("");
    // The Committee on Economic, Social and Cultural Rights writes E/C.12.
    if first == "E" {
        if let Some(second) = symbol.split('/').nth(1) {
            if second.starts_with("C.") {
                return format!("E/{second}");
            }
        }
    }
    first.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_find_symbols() {
        let f = find("United Nations CMW/C/SR.464").unwrap();
        assert_eq!((f.symbol.as_str(), f.meeting, f.body_code.as_str()), ("CMW/C/SR.464", Some(464), "CMW"));
        let f = find("CCPR/C/SR.1955/Add.1").unwrap();
        assert_eq!(f.symbol, "CCPR/C/SR.1955/Add.1");
        let f = find("A /76/PV.102").unwrap();
        assert_eq!((f.symbol.as_str(), f.verbatim), ("A/76/PV.102", true));
        assert_eq!(find("S/PV.8422").unwrap().meeting, Some(8422));
    }

    #[test]
    fn should_split_glued_dates() {
        let f = find("E/C.12/2003/SR.3014 November 2003").unwrap();
        assert_eq!((f.symbol.as_str(), f.meeting, f.body_code.as_str()), ("E/C.12/2003/SR.30", Some(30), "E/C.12"));
        let f = find("CAT/C/SR.75217 de enero de 2007").unwrap();
        assert_eq!(f.symbol, "CAT/C/SR.752");
        let f = find("CRC/C/SR.670 9 janvier 2001").unwrap();
        assert_eq!(f.symbol, "CRC/C/SR.670");
        let f = find("CAT/C/SR. 86527 novembre 2008").unwrap();
        assert_eq!((f.symbol.as_str(), f.meeting), ("CAT/C/SR.865", Some(865)));
        assert_eq!(find("CRC/C/SR. 804 24 juillet 200 2").unwrap().symbol, "CRC/C/SR.804");
        assert_eq!(find("GENERALCCPR/C/SR.2056").unwrap().symbol, "CCPR/C/SR.2056");
    }
}
