//! Small text helpers shared by the recognisers.
//!
//! Everything here works on `&str` without allocating unless it returns a `String`,
//! and compares ASCII case-insensitively where UN records vary in case
//! ("The CHAIRPERSON", "The Chairperson").

/// Characters that end a sentence or a paragraph.
pub fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| c == '*' || c.is_whitespace());
    matches!(s.chars().next_back(), Some('.' | '?' | '!' | ':' | ';' | '"' | '”' | '’' | '…' | '»'))
}

/// The first letter is lowercase (after leading punctuation such as quotes).
pub fn starts_lowercase(s: &str) -> bool {
    s.chars().find(|c| !matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')).is_some_and(|c| c.is_lowercase())
}

pub fn starts_uppercase(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Words after which a sentence cannot end: a paragraph ending with one was cut by a page break.
pub fn ends_mid_sentence(s: &str) -> bool {
    let s = s.trim_end();
    if s.ends_with(',') || s.ends_with('-') || s.ends_with('—') || s.ends_with('–') {
        return true;
    }
    let last = s.rsplit(' ').next().unwrap_or("");
    const FUNCTION_WORDS: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "to", "in", "for", "by", "with", "on", "at", "from", "that", "which",
        "as", "its", "their", "his", "her", "was", "were", "had", "been", "be", "is", "are", "de", "la", "le", "les",
        "des", "du", "et", "en", "el", "los", "las", "del", "y", "que", "una", "un", "une",
    ];
    FUNCTION_WORDS.contains(&last)
}

/// ASCII case-insensitive `starts_with`, returning the rest.
pub fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let n = prefix.len();
    // Most calls fail on the first byte; test it before slicing and comparing.
    match (s.as_bytes().first(), prefix.as_bytes().first()) {
        (Some(a), Some(b)) if !a.eq_ignore_ascii_case(b) => return None,
        _ => {}
    }
    if s.len() >= n && s.is_char_boundary(n) && s[..n].eq_ignore_ascii_case(prefix) {
        Some(&s[n..])
    } else {
        None
    }
}

pub fn starts_with_ci(s: &str, prefix: &str) -> bool {
    strip_prefix_ci(s, prefix).is_some()
}

/// ASCII case-insensitive `find`.
pub fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    // Scan for the first byte in either case, then compare the rest: this runs on every block.
    let (lo, up) = (n[0].to_ascii_lowercase(), n[0].to_ascii_uppercase());
    let last = h.len() - n.len();
    let mut i = 0;
    while i <= last {
        let b = h[i];
        if (b == lo || b == up) && h[i + 1..i + n.len()].eq_ignore_ascii_case(&n[1..]) {
            return Some(i);
        }
        i += 1;
    }
    None
}

pub fn contains_ci(haystack: &str, needle: &str) -> bool {
    find_ci(haystack, needle).is_some()
}

/// Collapses runs of whitespace into one space and trims.
pub fn squash_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Removes Markdown emphasis (`**bold**`, `*italic*`) left by converters, keeping
/// asterisks that are footnote markers ("meeting*", "(public)*", "(partial) **").
/// Works on bytes ('*' is ASCII) and allocates only when something is removed.
pub fn strip_emphasis(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.as_bytes().contains(&b'*') {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut remove: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = line[i..].find('*') {
        let start = i + off;
        let run = stars(line, start);
        if run <= 2 && opens_emphasis(line, start, run) {
            if let Some(close) = closing_run(line, start + run, run) {
                remove.push((start, start + run));
                remove.push((close, close + run));
                i = close + run;
                continue;
            }
        }
        i = start + run;
    }
    if remove.is_empty() {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    for (a, b) in remove {
        out.push_str(&line[at..a]);
        at = b;
    }
    out.push_str(&line[at..]);
    std::borrow::Cow::Owned(out)
}

fn stars(line: &str, at: usize) -> usize {
    line.as_bytes()[at..].iter().take_while(|&&c| c == b'*').count()
}

fn opens_emphasis(line: &str, at: usize, run: usize) -> bool {
    let prev = line[..at].chars().next_back();
    let prev_ok = prev.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“'));
    let next_ok = line[at + run..].chars().next().is_some_and(|c| c.is_alphanumeric());
    prev_ok && next_ok
}

/// A run of exactly `run` asterisks after `from`, closing emphasis (no space before it).
fn closing_run(line: &str, from: usize, run: usize) -> Option<usize> {
    let mut j = from;
    while let Some(off) = line[j..].find('*') {
        let at = j + off;
        let r = stars(line, at);
        let prev_ok = at > from && !line[..at].chars().next_back().is_some_and(char::is_whitespace);
        if r == run && prev_ok {
            return Some(at);
        }
        j = at + r;
    }
    None
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
pub fn prefix(s: &str, max: usize) -> &str {
    if max >= s.len() {
        return s;
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// Byte offsets of the full stops that end a sentence inside `text`: ". " followed by a capital,
/// not after an abbreviation ("Mr. X", "No. 35", "para. 4") or a single letter (an initial).
pub fn sentence_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    const ABBREVIATIONS: &[&str] = &[
        "Mr", "Ms", "Mrs", "Dr", "No", "Nos", "St", "Add", "Rev", "Corr", "para", "paras", "art", "Sr", "Sra", "M",
        "Mme", "vol", "p", "pp",
    ];
    text.match_indices(". ").map(|(i, _)| i).filter(move |&i| {
        let next = text[i + 2..].chars().next();
        let word = text[..i].rsplit([' ', '(']).next().unwrap_or("");
        next.is_some_and(char::is_uppercase) && !ABBREVIATIONS.contains(&word) && word.chars().count() > 1
    })
}

/// Counts words (runs of non-whitespace).
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The share of letters among the non-whitespace characters.
pub fn letter_ratio(s: &str) -> f32 {
    let mut letters = 0usize;
    let mut total = 0usize;
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        total += 1;
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        letters as f32 / total as f32
    }
}

/// Removes runs of dot leaders (". . . .", "......", "………") and the spaces around them.
pub fn strip_leaders(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = String::new();
    let mut dots = 0;
    for c in s.chars() {
        if c == '.' || c == '…' || (c == ' ' && dots > 0) {
            pending.push(c);
            if c != ' ' {
                dots += if c == '…' { 3 } else { 1 };
            }
        } else {
            if dots < 3 {
                out.push_str(&pending);
            } else {
                out.push(' ');
            }
            pending.clear();
            dots = 0;
            out.push(c);
        }
    }
    if dots < 3 {
        out.push_str(&pending);
    }
    squash_spaces(&out)
}

/// True if the text has a run of at least `n` dot leaders.
pub fn has_leaders(s: &str) -> bool {
    s.contains("....") || s.contains(". . . .") || s.contains("……") || s.contains("………")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_strip_bold_and_italic_but_keep_footnote_markers() {
        assert_eq!(strip_emphasis("**The Chair** said"), "The Chair said");
        assert_eq!(strip_emphasis("Convention (*continued*)"), "Convention (continued)");
        assert_eq!(strip_emphasis("Summary record of the 1746th meeting*"), "Summary record of the 1746th meeting*");
        assert_eq!(strip_emphasis("(partial) ** of the 73rd meeting ***"), "(partial) ** of the 73rd meeting ***");
        assert_eq!(strip_emphasis("(partial)*of the 297th meeting**"), "(partial)*of the 297th meeting**");
        assert_eq!(strip_emphasis("* No summary record"), "* No summary record");
    }

    #[test]
    fn should_tell_sentence_ends() {
        assert!(ends_sentence("The meeting rose at 6 p.m."));
        assert!(!ends_sentence("Third periodic report of Azerbaijan (CMW/C/AZE/3)"));
        assert!(ends_mid_sentence("and with a"));
        assert!(!ends_mid_sentence("policies."));
    }

    #[test]
    fn should_strip_leaders() {
        assert_eq!(strip_leaders("Mr. Adom . . . . . . . ."), "Mr. Adom");
        assert_eq!(strip_leaders("Mr. Al-Nasser ....... (Qatar)"), "Mr. Al-Nasser (Qatar)");
        assert_eq!(strip_leaders("Mr. Acharya  ………… (Nepal)"), "Mr. Acharya (Nepal)");
        assert_eq!(strip_leaders("Mr. A. B. Smith"), "Mr. A. B. Smith");
    }
}
