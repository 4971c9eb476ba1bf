//! Pass 1: lines and layout.
//!
//! The input is cut into lines at `\n`, `\r\n`, `\r` and the form feed `\f` that
//! `pdftotext` puts at page breaks. Each line keeps the byte span of its trimmed
//! text and the page it is on. Then the layout is measured, because the same
//! words reach us in three shapes:
//!
//! * one paragraph per line, blank lines between (converters, `CMW_C_SR.464.md`);
//! * one paragraph per line, no blank lines (OHCHR web pages, `CED_C_SR.276`);
//! * hard-wrapped lines of a PDF column, ~45-95 characters each
//!   (`pdftotext` output of verbatim records).
//!
//! A text is *hard-wrapped* when its long lines are short (the 90th percentile
//! of line lengths is at most 130 characters) and lines often continue on the
//! next one (at least 5 lines are followed by a line starting in lowercase).

use crate::model::Span;

#[derive(Clone, Debug)]
pub struct Line<'a> {
    /// The line without surrounding whitespace.
    pub text: &'a str,
    /// Byte offset of `text` in the input (32 bits: inputs are far below 4 GB; a small
    /// line keeps the list of lines, as large as the input, in cache).
    pub start: u32,
    /// Page number, counted from 0 at each form feed.
    pub page: u32,
    /// Length in characters.
    pub chars: u32,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.start as usize + self.text.len())
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub hard_wrapped: bool,
    /// Typical full line length in characters (hard-wrapped text only).
    pub wrap_width: usize,
    /// Lines carry Markdown list markers ("- 1. The Chair ...").
    pub markdown_lists: bool,
    pub pages: usize,
    /// The text holds a '*' somewhere (Markdown emphasis is possible); found once, not per line.
    pub asterisks: bool,
    /// The text holds a '|' somewhere (a re-publisher's navigation bar is possible).
    pub pipes: bool,
}

pub fn split(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(text.len() / 40 + 1);
    let mut page = 0u32;
    let mut start = 0;
    // Positions of the rare '\r' and form feed, found once; `split('\n')` searches with memchr.
    let mut special: Vec<usize> = ['\r', '\x0c'].iter().flat_map(|c| text.match_indices(*c).map(|(i, _)| i)).collect();
    special.sort_unstable();
    let mut next_special = 0;
    for piece in text.split('\n') {
        let end = start + piece.len();
        if special.get(next_special).is_some_and(|&p| p < end) {
            let bytes = piece.as_bytes();
            let mut from = 0;
            while let Some(&p) = special.get(next_special).filter(|&&p| p < end) {
                next_special += 1;
                let i = p - start;
                push_line(&mut lines, text, start + from, p, page);
                if bytes[i] == b'\x0c' {
                    page += 1;
                }
                from = i + 1;
            }
            // The '\r' of "\r\n" ends this line; it does not make an empty one.
            if !(from == bytes.len() && bytes.last() == Some(&b'\r')) {
                push_line(&mut lines, text, start + from, end, page);
            }
        } else {
            push_line(&mut lines, text, start, end, page);
        }
        start = end + 1;
    }
    lines
}

fn push_line<'a>(lines: &mut Vec<Line<'a>>, text: &'a str, start: usize, end: usize, page: u32) {
    let raw = &text[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw[lead..].trim_end();
    lines.push(Line { text: trimmed, start: (start + lead) as u32, page, chars: trimmed.chars().count() as u32 });
}

pub fn measure(lines: &[Line<'_>]) -> Layout {
    let mut lengths: Vec<usize> = lines.iter().filter(|l| !l.is_blank()).map(|l| l.chars as usize).collect();
    let pages = lines.last().map_or(1, |l| l.page as usize + 1);
    if lengths.is_empty() {
        return Layout {
            hard_wrapped: false,
            wrap_width: 0,
            markdown_lists: false,
            pages,
            asterisks: true,
            pipes: true,
        };
    }
    let nth = (lengths.len() * 9 / 10).min(lengths.len() - 1);
    let p90 = *lengths.select_nth_unstable(nth).1;
    let lowercase_continuations = lines
        .windows(2)
        .filter(|w| !w[0].is_blank() && !crate::parse::text::ends_sentence(w[0].text))
        .filter(|w| crate::parse::text::starts_lowercase(w[1].text))
        .count();
    let markdown_lists = lines
        .iter()
        .filter(|l| l.text.strip_prefix("- ").is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
        .count()
        >= 3;
    Layout {
        hard_wrapped: p90 <= 130 && lowercase_continuations >= 5,
        wrap_width: p90,
        markdown_lists,
        pages,
        asterisks: true,
        pipes: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_split_on_all_line_ends_and_count_pages() {
        let lines = split("a\r\nb\rc\x0cd\n  e  ");
        let texts: Vec<_> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", "d", "e"]);
        assert_eq!(lines[3].page, 1);
        assert_eq!(lines[4].span(), Span::new(11, 12));
    }

    #[test]
    fn should_see_hard_wrapping() {
        let wrapped = "The President: Members will\nrecall that, at its 2nd plenary\nmeeting, held on\n18 September the\nAssembly decided to\ninclude this item in\nthe agenda of the\nsixty-fourth session and\nto defer it.";
        assert!(measure(&split(wrapped)).hard_wrapped);
        let seed =
            "- 1. At the invitation of the Chair, the delegation joined.\n\n- 2. The Chair said that.\n\n- 3. He said.";
        let layout = measure(&split(seed));
        assert!(!layout.hard_wrapped);
        assert!(layout.markdown_lists);
    }
}
