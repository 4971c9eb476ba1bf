//! Pass 2: blocks.
//!
//! Lines are joined into blocks, each one logical unit of the record: a paragraph,
//! a heading, an event line, a header line, a piece of furniture. Furniture lines
//! always stand alone, so a page number in the middle of a wrapped paragraph
//! does not glue onto its text.
//!
//! Joining rules, in order:
//! 1. A line that starts in lowercase continues the block before it when that
//!    block does not end a sentence, across blank lines too ("As" / "- at 1 July
//!    2021, ..." in the seed; "Held at the Palais Wilson, Geneva," / "on Friday, ...").
//! 2. In hard-wrapped text, a line that starts a construct (a numbered paragraph,
//!    a speaker line, an event, a stage direction, an agenda item) begins a block.
//! 3. In hard-wrapped text, a line that ends a sentence and is clearly shorter than
//!    a full line ends its block, and so does a short line (a heading).
//! 4. Otherwise hard-wrapped lines are joined; in other text every line is a block.
//!
//! A block's text is its lines joined by single spaces, with Markdown emphasis and
//! list markers ("- 3.") removed; its spans are the lines' spans, so nothing is lost.

use super::furniture;
use super::lines::{Layout, Line};
use super::text::{ends_mid_sentence, ends_sentence, has_leaders, starts_lowercase, strip_emphasis};
use super::{event, numbering, speaker, stage};
use crate::model::{FurnitureKind, Span};

#[derive(Clone, Debug)]
pub struct Block {
    pub text: String,
    pub spans: Vec<Span>,
    pub furniture: Option<FurnitureKind>,
    pub page: usize,
    /// Number of source lines.
    pub lines: usize,
}

impl Block {
    pub fn span(&self) -> Span {
        let start = self.spans.first().map_or(0, |s| s.start);
        let end = self.spans.last().map_or(0, |s| s.end);
        Span::new(start, end)
    }
}

/// All blocks at once (tests and tools); `parse` streams them with [`Blocks`].
pub fn build(lines: &[Line<'_>], layout: &Layout) -> Vec<Block> {
    Blocks::new(lines, layout).collect()
}

/// The blocks of a text, produced one at a time, so that the body can be folded while
/// the blocks are made and no list of all blocks is kept (this keeps large inputs in cache).
pub struct Blocks<'a, 'l> {
    lines: &'l [Line<'a>],
    layout: Layout,
    running: furniture::TextSet<'a>,
    /// Lines at the top or bottom of a page, where running headers sit.
    edges: Vec<bool>,
    i: usize,
    /// A paragraph number left at the end of the line before its paragraph ("... resolution. 26." /
    /// "Mr. Kim (Republic of Korea) said ..."): it opens the next block.
    carry: Option<Line<'a>>,
}

impl std::fmt::Debug for Blocks<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Blocks").field("line", &self.i).field("lines", &self.lines.len()).finish()
    }
}

impl<'a, 'l> Blocks<'a, 'l> {
    pub fn new(lines: &'l [Line<'a>], layout: &Layout) -> Self {
        let running = furniture::running_headers(lines, layout);
        let mut edges = Vec::new();
        if !running.is_empty() {
            edges = vec![false; lines.len()];
            for i in furniture::page_edges(lines) {
                edges[i] = true;
            }
        }
        Blocks { lines, layout: *layout, running, edges, i: 0, carry: None }
    }

    fn furniture_of(&self, i: usize) -> Option<FurnitureKind> {
        let l = &self.lines[i];
        furniture::line_kind_with(l.text, self.layout.pipes).or_else(|| {
            (self.edges.get(i).copied().unwrap_or(false) && self.running.contains(l.text))
                .then_some(FurnitureKind::RunningHeader)
        })
    }
}

impl Iterator for Blocks<'_, '_> {
    type Item = Block;

    fn next(&mut self) -> Option<Block> {
        let (lines, layout) = (self.lines, &self.layout);
        while self.i < lines.len() && lines[self.i].is_blank() {
            self.i += 1;
        }
        let i = self.i;
        if i >= lines.len() {
            return None;
        }
        if let Some(kind) = self.furniture_of(i) {
            let mut b = start_block(&lines[i], layout);
            b.furniture = Some(kind);
            self.i = i + 1;
            return Some(b);
        }
        let mut block = start_block(&lines[i], layout);
        if let Some(number) = self.carry.take() {
            block = start_block(&number, layout);
            append_line(&mut block, &lines[i], layout);
        }
        let mut last = i;
        // A speaker line broken after its honorific ("Mr." / "Tommo" / "Monthe (Cameroon) (spoke in"
        // / "French): ..."): its lines are joined until the colon.
        let mut label_pending = lone_honorific(lines[i].text);
        loop {
            let next = (last + 1..lines.len()).find(|&j| !lines[j].is_blank());
            let Some(j) = next else { break };
            if self.furniture_of(j).is_some() {
                break;
            }
            if label_pending {
                label_pending = block.lines < 5 && !lines[j].text.contains(':');
                append_line(&mut block, &lines[j], layout);
                last = j;
                continue;
            }
            if lone_honorific(lines[j].text) && broken_label_follows(lines, j) {
                break;
            }
            if let Some(number) = trailing_number(&lines[last], lines[j].text) {
                // The number leaves this block for the next.
                let t = lines[last].text;
                let cut = t.len() - t[..t.len() - number.text.len()].trim_end().len();
                if block.text.len() >= cut && block.text.ends_with(number.text) {
                    block.text.truncate(block.text.len() - cut);
                    if let Some(s) = block.spans.last_mut() {
                        s.end = s.end.saturating_sub(cut).max(s.start);
                    }
                    self.carry = Some(number);
                    break;
                }
            }
            let adjacent = j == last + 1;
            let join = if adjacent && layout.hard_wrapped {
                join_wrapped(&lines[last], lines[j].text, layout)
            } else {
                continues(&block.text, lines[j].text, layout)
                    && (adjacent || j - last <= 6 && !ends_with_document(&block.text))
            };
            if !join {
                break;
            }
            append_line(&mut block, &lines[j], layout);
            last = j;
        }
        self.i = last + 1;
        Some(block)
    }
}

fn clean_line<'a>(text: &'a str, layout: &Layout) -> std::borrow::Cow<'a, str> {
    let t = if layout.markdown_lists { text.strip_prefix("- ").map(str::trim_start).unwrap_or(text) } else { text };
    if layout.asterisks {
        strip_emphasis(t)
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

fn start_block(line: &Line<'_>, layout: &Layout) -> Block {
    // Hard-wrapped paragraphs run to several lines: reserve once rather than grow line by line.
    let (extra, lines_room) = if layout.hard_wrapped { (line.text.len() * 7, 8) } else { (0, 1) };
    let text = match clean_line(line.text, layout) {
        std::borrow::Cow::Owned(mut s) => {
            s.reserve(extra);
            s
        }
        std::borrow::Cow::Borrowed(b) => {
            let mut s = String::with_capacity(b.len() + extra);
            s.push_str(b);
            s
        }
    };
    let mut spans = Vec::with_capacity(lines_room);
    spans.push(line.span());
    Block { text, spans, furniture: None, page: line.page as usize, lines: 1 }
}

fn append_line(block: &mut Block, line: &Line<'_>, layout: &Layout) {
    let text = clean_line(line.text, layout);
    // "repre-" + "sentative": keep the hyphen, add no space.
    let hyphen = block.text.ends_with('-') && !block.text.ends_with(" -") && starts_lowercase(&text);
    if !hyphen && !block.text.is_empty() {
        block.text.push(' ');
    }
    block.text.push_str(&text);
    block.spans.push(line.span());
    block.lines += 1;
}

/// "Report of the Secretary-General on the work of the Organization (A/60/1)": a heading closed by
/// its document's symbol is complete; lowercase words after a blank line are someone's speech.
fn ends_with_document(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(')') && t.rfind('(').is_some_and(|i| t[i..].contains('/') && t.len() - i < 60)
}

/// Rule 1: a lowercase line continues an unfinished block.
fn continues(block_text: &str, next: &str, layout: &Layout) -> bool {
    let next = clean_line(next, layout);
    // "later: Mr. VALENCIA RODRIGUEZ" is the next presiding officer, not a continuation.
    if ["later:", "later :", "puis", "luego", "más tarde"].iter().any(|p| next.starts_with(p)) {
        return false;
    }
    if ends_sentence(block_text) || starts_construct(&next) {
        return false;
    }
    // "In the absence of Mr. Hachani (Tunisia), Mr. Čekuolis (Lithuania)," / "Vice-President, took
    // the Chair.": a line ending with a comma is never the end of a paragraph.
    // "24. Mr. Salama (Chief, Human Rights Treaties" / "Division) said that ...": a bracket left
    // open is closed on the next line.
    let open_bracket = block_text.len() < 300
        && block_text.matches('(').count() > block_text.matches(')').count()
        && next.find(')').is_some_and(|i| i < 120);
    starts_lowercase(&next) || block_text.trim_end().ends_with(',') && !next.starts_with('(') || open_bracket
}

/// Rules 2-4 for two adjacent lines of hard-wrapped text. The cheap tests on the line
/// before come first; the construct test, which parses speakers, runs only when the
/// lines would otherwise be joined.
fn join_wrapped(prev: &Line<'_>, next: &str, layout: &Layout) -> bool {
    // "Chair: Mr. Mac-Donald ..... (Suriname)" / "later: Ms. Alfeine (Vice-Chair) ..... (Comoros)"
    if next.starts_with("later:") || next.starts_with("later :") {
        return false;
    }
    if starts_lowercase(next) {
        return true;
    }
    let width = layout.wrap_width.max(20);
    let prev_chars = prev.chars as usize;
    let sentence_end = ends_sentence(prev.text);
    // A line with dot leaders ("Mr. Yang ........ (Cameroon)") is complete.
    // "47. Mr. Majoor (Netherlands) resumed the Chair." stands alone like the other events.
    let chair_event = sentence_end && prev.text.trim_end().ends_with("the Chair.");
    if is_standalone_line(prev.text)
        || sentence_end && prev_chars * 100 < width * 85
        || chair_event
        || prev.text.trim_end().ends_with(')') && has_leaders(prev.text)
    {
        return false;
    }
    if prev_chars * 10 < width * 6 && !ends_mid_sentence(prev.text) {
        return false;
    }
    if starts_construct(next) && (sentence_end || prev_chars * 10 < width * 9 || speaker::label_start(next)) {
        return false;
    }
    // "5. Ms. Carvalho (Portugal) requested that ..." after a full-width heading line: a numbered
    // paragraph that opens with a name always starts a block.
    let (number, rest) = numbering::split_number(next);
    if number.is_some() && speaker::subject(rest).is_some() {
        return false;
    }
    true
}

/// "... as drafted by the sponsors. 26." before "Mr. Kim (Republic of Korea) said that ...": the
/// next paragraph's number printed at the end of the line before it (`pdftotext -raw`). The number,
/// as a line of its own.
fn trailing_number<'a>(line: &Line<'a>, next: &str) -> Option<Line<'a>> {
    let t = line.text;
    let body = t.strip_suffix('.')?;
    let digits = body.len() - body.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let before = body[..body.len() - digits].trim_end();
    if before.len() == body.len() - digits || !ends_sentence(before) {
        return None; // the number must follow a sentence's end and a space
    }
    speaker::summary_speaker(next, false)?;
    let at = body.len() - digits;
    Some(Line { text: &t[at..], start: line.start + at as u32, page: line.page, chars: (t.len() - at) as u32 })
}

/// A line holding only an honorific ("Mr.", "Ms.", "Mrs."): a speaker line broken after it.
fn lone_honorific(line: &str) -> bool {
    if line.len() > 12 {
        return false;
    }
    let t = line.trim();
    t.len() <= 4 && super::vocabulary::HONORIFICS.contains(&t) && t.ends_with('.')
}

/// Do the lines from `j` (a lone honorific) make a speaker line within a few lines?
fn broken_label_follows(lines: &[Line<'_>], j: usize) -> bool {
    let mut joined = String::new();
    for l in lines[j..].iter().filter(|l| !l.is_blank()).take(5) {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(l.text.trim());
        if l.text.contains(':') {
            break;
        }
    }
    speaker::verbatim_label(&joined).is_some()
}

/// Lines that are complete on their own: "Agenda item 13", "(spoke in French)".
fn is_standalone_line(line: &str) -> bool {
    super::agenda::agenda_item_number(line).is_some() && line.len() < 60 || stage::interpretation_note(line).is_some()
}

/// A line that begins a new unit whatever came before it.
pub fn starts_construct(line: &str) -> bool {
    let (number, rest) = numbering::split_number(line);
    if number.is_some() {
        return starts_upper_or_quote(rest);
    }
    event::starts_event(line)
        || header_line_start(line)
        || stage::starts_stage(line)
        || super::agenda::agenda_item_number(line).is_some()
        || speaker::label_start(line)
}

/// Header lines that begin a block: "Held at Headquarters, New York, on ...", "Chairman: Mr. Wolfe
/// ....... (Jamaica)", "Présidente : Mme X".
fn header_line_start(line: &str) -> bool {
    let Some(&first) = line.as_bytes().first() else { return false };
    if !matches!(first, b'H' | b'T' | b'C' | b'R' | b'P' | b'A' | b'V' | b'E' | b'L' | b'M' | b'D' | b'l' | b'p') {
        return false;
    }
    if super::vocabulary::HELD.iter().any(|h| line.starts_with(h) && h.starts_with(char::is_uppercase)) {
        return true;
    }
    let head = super::text::prefix(line, 41);
    let Some(colon) = head.find(':') else { return false };
    let label = &head[..colon];
    // Compared with its spaces removed ("Président :", "Temporary Chair:"), without allocating.
    super::vocabulary::PRESIDING_LABELS.iter().any(|l| {
        let mut got = label.chars().filter(|c| !c.is_whitespace());
        l.chars().all(|w| got.next().is_some_and(|g| g.eq_ignore_ascii_case(&w))) && got.next().is_none()
    })
}

fn starts_upper_or_quote(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“' | '('))
}

#[cfg(test)]
mod tests {
    use super::super::lines;
    use super::*;

    fn texts(input: &str) -> Vec<String> {
        let lines = lines::split(input);
        let layout = lines::measure(&lines);
        build(&lines, &layout).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn should_rejoin_a_paragraph_broken_by_a_page() {
        let t = texts("- 6. As\n\n- at 1 July 2021, a total.\n\n- 7. The national.\n\n- 8. X.");
        assert_eq!(t[0], "6. As at 1 July 2021, a total.");
    }

    #[test]
    fn should_join_wrapped_lines_and_split_at_speakers() {
        let input = "The meeting was suspended at 4.35 p.m. and\nresumed at 5.15 p.m.\nThe President (spoke in Arabic): Members will\nrecall that, at its 2nd plenary meeting, held on\n18 September 2009, the Assembly decided to include\nthis item in the agenda of the sixty-fourth session.\nIt was so decided.\nThe President (spoke in Arabic): The Assembly\nhas thus concluded its consideration of agenda item 13.\nAgenda item 48 and 114 (continued)\nIntegrated and coordinated implementation of and\nfollow-up to the outcomes of the major United\nNations conferences.\nMr. Delattre (France) (spoke in French): France\nwelcomes the adoption of resolution 2448 (2018),\nwhich renews the mandate of the United Nations.";
        let t = texts(input);
        assert_eq!(t[0], "The meeting was suspended at 4.35 p.m. and resumed at 5.15 p.m.");
        assert!(t[1].starts_with("The President (spoke in Arabic): Members will recall"));
        assert_eq!(t[2], "It was so decided.");
        assert_eq!(t[4], "Agenda item 48 and 114 (continued)");
        assert!(t[6].starts_with("Mr. Delattre (France)"));
    }

    #[test]
    fn should_keep_furniture_apart() {
        let t = texts("worked in cooperation\n\nGE.21-14135 7\n\nwith other bodies.");
        assert_eq!(t, ["worked in cooperation", "GE.21-14135 7", "with other bodies."]);
    }
}
