//! Pass 3: the body. Blocks after the header are folded, in order, into sections,
//! events, stage directions and speaker turns made of paragraphs.
//!
//! Attribution rules:
//! * A paragraph that names its speaker (summary records) or opens with a speaker
//!   line (verbatim records) starts a turn.
//! * A paragraph with no name continues the turn of the paragraph just before it
//!   ("He noted that ...", "2.The review of States parties' reports was ...").
//!   Furniture and interpretation notes do not interrupt a turn; headings, events
//!   and stage directions do.
//! * Words with no speaker before them start a turn whose speaker is unknown. The
//!   parser never falls back to the Chair and never guesses.
//! * A speaker named without affiliation after being named with one keeps it
//!   ("Mr. Huseynov (Azerbaijan)" ... "Mr. Huseynov said"); a speaker who is one of
//!   the presiding officers in the header sits on the Chair's side.
//!
//! A paragraph left unfinished by a page break (no closing punctuation, or ending
//! on "of the") takes the next block that starts in lowercase or that follows
//! such a dangling word, across furniture.

use super::blocks::Block;
use super::text::{ends_mid_sentence, ends_sentence, letter_ratio, squash_spaces, starts_lowercase};
use super::{agenda, event, furniture, numbering, speaker, stage};
use crate::model::*;
use std::collections::HashMap;

struct Builder<'r> {
    record: &'r mut Record,
    diagnostics: Vec<Diagnostic>,
    source: &'r str,
    section: Option<usize>,
    turn: Option<usize>,
    /// The last body item was a paragraph of the current turn.
    continuing: bool,
    /// A paragraph that a page break left unfinished.
    open: Option<usize>,
    /// A vote label ("In favour:") whose list of States follows.
    vote: Option<usize>,
    /// The paragraph of a ballot's result, which takes its numbers and candidates.
    ballot: Option<usize>,
    /// Page furniture came after the open paragraph (a page break).
    page_turned: bool,
    /// A paragraph left unfinished when a heading cut in (a column break in a verbatim record).
    open_before_heading: Option<usize>,
    /// The last item was a decision announced inside the presiding officer's turn: a heading may follow.
    decided: bool,
    /// The section in force before the last heading, and whether a speech was running then.
    before_heading: (Option<usize>, bool),
    /// The block being folded follows a heading.
    last_was_heading_before_this: bool,
    last_was_heading: bool,
    known: HashMap<String, Speaker>,
    experts: bool,
    labels: usize,
    named_sentences: usize,
}

/// Folds the body's blocks into `record`. The blocks are consumed: their text moves into
/// the paragraphs rather than being copied.
pub fn body(blocks: impl Iterator<Item = Block>, record: &mut Record, source: &str) -> Vec<Diagnostic> {
    let experts = record.kind == RecordKind::Summary && !matches!(record.body_code.as_deref(), Some("A" | "S" | "E"));
    let mut b = Builder {
        record,
        diagnostics: Vec::new(),
        source,
        section: None,
        turn: None,
        continuing: false,
        open: None,
        vote: None,
        ballot: None,
        page_turned: false,
        open_before_heading: None,
        decided: false,
        before_heading: (None, false),
        last_was_heading_before_this: false,
        last_was_heading: false,
        known: HashMap::new(),
        experts,
        labels: 0,
        named_sentences: 0,
    };
    for block in blocks {
        b.block(block);
    }
    if b.record.symbol.is_none() && b.labels > b.named_sentences {
        b.record.kind = RecordKind::Verbatim;
    }
    b.finish()
}

impl Builder<'_> {
    fn block(&mut self, block: Block) {
        let text = block.text.as_str();
        if let Some(kind) =
            block.furniture.or_else(|| furniture::block_kind(text)).or_else(|| self.running_header_in_body(text))
        {
            self.record.furniture.push(Furniture { kind, text: text.to_string(), span: block.span() });
            self.page_turned = self.open.is_some();
            return;
        }
        if self.try_ballot(&block)
            || self.try_continue_open(&block)
            || self.try_vote_list(&block)
            || self.try_after_heading(&block)
        {
            return;
        }
        // A header line met late ("A/76/PV.102", "8 September 2022") never opens with a name.
        let late = text.len() <= 120 && !speaker::could_start(text);
        if let Some(kind) = late.then(|| super::header::late_field(text, self.record)).flatten() {
            self.record.header_fields.push(HeaderField { kind, text: text.to_string(), span: block.span() });
            return;
        }
        self.vote = None;
        let (number, rest) = numbering::split_number(text);
        let offset = text.len() - rest.len();
        if self.try_event(&block, number, rest) {
            return;
        }
        // A speaker line comes first: "The President: ... I invite him to take a seat at the
        // Council table" is the President speaking, not a stage direction.
        // The name at the paragraph's start is read once, for both kinds of record.
        let subject = speaker::subject(rest);
        let label = subject.clone().and_then(|s| speaker::label_after(rest, s));
        if let Some(stage) = stage::recognise(rest).filter(|_| label.is_none()) {
            let vote_label = stage::is_vote_list_label(rest);
            self.stage_direction(block, number, offset, stage, vote_label);
            return;
        }
        let named = if label.is_none() {
            // In a verbatim record (known from the header, or from speaker lines seen so far) a
            // paragraph opening with a name is speech unless a reporting verb follows.
            let verbatim = self.record.kind == RecordKind::Verbatim || self.labels > self.named_sentences;
            speaker::summary_speaker_with(rest, subject, verbatim)
        } else {
            None
        };
        // A name alone ("Mr. Sayeman Bula-Bula (Democratic Republic of the Congo)", "Mr. Arturo Pérez
        // (Chile) 112"): a candidate or a participant listed in the speech, not a heading or a turn.
        let listed = number.is_none() && label.is_none() && named.is_none() && is_list_entry(rest);
        if listed && self.continuing && self.turn.is_some() {
            self.last_was_heading = false;
            self.paragraph(block, number, offset, ParagraphKind::Speech, None);
            return;
        }
        if number.is_none() && label.is_none() && named.is_none() && self.is_heading(rest) {
            self.heading(block, offset);
            return;
        }
        self.last_was_heading_before_this = self.last_was_heading;
        self.last_was_heading = false;
        if let Some(l) = label {
            self.labels += 1;
            let n = l.named;
            let label_text = squash_spaces(&rest[..l.end]);
            self.start_turn(&n, Some(label_text));
        } else if let Some(n) = named {
            self.named_sentences += 1;
            self.start_turn(&n, None);
        } else if number.is_none() && is_fragment(rest) {
            self.unrecognised(block);
            return;
        } else if self.chair_goes_on() {
            // The presiding officer's words between two agenda items ("It was so decided." /
            // "Agenda item 53 (continued)" / "May I take it that ..."): the headings did not stop them.
            self.continuing = true;
        } else if !(self.continuing && self.turn.is_some()) {
            self.unknown_turn(&block);
        }
        self.paragraph(block, number, offset, ParagraphKind::Speech, None);
    }

    /// Headings, with two rules from context: a line right after a heading that does not end a
    /// sentence is a sub-heading however long ("Armed Israeli aggression against ... and security");
    /// in a verbatim record, text that follows a speech without an "Agenda item" is the speech
    /// cut by a column break, not a heading.
    fn is_heading(&self, text: &str) -> bool {
        // A short label under a heading ("Paragraphe 7" / "Première phrase :", "First sentence:"), or
        // opening a part of the meeting ("Examen des rapports :", "EXAMEN DE LOS INFORMES :"), not in a speech.
        if (self.last_was_heading || !self.continuing)
            && text.len() < 40
            && text.trim_end().ends_with(':')
            && text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() <= 4
            && text.starts_with(char::is_uppercase)
        {
            return true;
        }
        // Prose is not a sub-heading: "Kazakhstan stresses an urgent need ... nonproliferation. As we
        // all know, the 2005 Review Conference ..." is a speech cut by a column break.
        if self.last_was_heading
            && !ends_sentence(text)
            && !ends_mid_sentence(text)
            && text.len() < 400
            && !agenda::has_sentence_break(text)
        {
            return text.starts_with(|c: char| c.is_uppercase() || c == '(' || c.is_ascii_digit());
        }
        if !agenda::looks_like_heading(text) {
            return false;
        }
        let capitals = text.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
        !(self.record.kind == RecordKind::Verbatim
            && self.continuing
            && !self.decided
            && agenda::agenda_item_number(text).is_none()
            && !capitals)
    }

    /// The record's own symbol repeated in the body is a running header, and so is the masthead's
    /// "Official Records" when a page's masthead is read into the body.
    fn running_header_in_body(&self, text: &str) -> Option<FurnitureKind> {
        if ["Official Records", "Documents officiels", "Documentos Oficiales"].contains(&text.trim()) {
            return Some(FurnitureKind::RunningHeader);
        }
        // "A" / "/63/PV.40": the symbol broken over two lines at the top of a page.
        if let Some(symbol) = self.record.symbol.as_deref() {
            let t = text.trim();
            if !t.is_empty() && (t.len() <= 2 && symbol.starts_with(t) || t.starts_with('/') && symbol.ends_with(t)) {
                return Some(FurnitureKind::RunningHeader);
            }
        }
        let symbol = self.record.symbol.as_deref()?;
        if text.len() > symbol.len() + 4 {
            return None;
        }
        let compact = text.split_whitespace().flat_map(str::chars);
        compact.eq(symbol.chars()).then_some(FurnitureKind::RunningHeader)
    }

    fn try_continue_open(&mut self, block: &Block) -> bool {
        let Some(p) = self.open else { return false };
        let prev = &self.record.paragraphs[p].text;
        let text = block.text.as_str();
        // "Mr. Sayeman Bula-Bula (Democratic" / "Republic of the Congo)": a bracket left open.
        let bracket = text.len() < 120 && text.contains(')') && prev.matches('(').count() > prev.matches(')').count();
        // "... Mr. Antônio Augusto" / page furniture / "Cançado Trindade and ...": a verbatim
        // speech cut by a page break goes on after it unless a heading comes.
        let page = self.page_turned
            && self.record.kind == RecordKind::Verbatim
            && !agenda::looks_like_heading(text)
            && !prev.trim_end().ends_with(')');
        self.page_turned = false;
        let joins = (starts_lowercase(text) || ends_mid_sentence(prev) || bracket || page)
            && !super::blocks::starts_construct(text);
        if !joins {
            return false;
        }
        self.append(p, block);
        if ends_sentence(&self.record.paragraphs[p].text) {
            self.open = None;
        }
        true
    }

    /// Adds a block's text and spans to paragraph `p` (a continuation, a vote list, a ballot).
    fn append(&mut self, p: usize, block: &Block) {
        let para = &mut self.record.paragraphs[p];
        para.text.push(' ');
        para.text.push_str(&block.text);
        para.spans.extend_from_slice(&block.spans);
    }

    /// Lowercase words right after a heading: the speech a column break cut before the heading
    /// ("May I take it that it is the wish of the Assembly" / headings / "to conclude its
    /// consideration of agenda item 118?"), or else the heading's own last line ("Letter dated ...
    /// from the Permanent Representative" / "addressed to the Secretary-General").
    fn try_after_heading(&mut self, block: &Block) -> bool {
        let text = block.text.as_str();
        if !self.last_was_heading || !starts_lowercase(text) || super::blocks::starts_construct(text) {
            return false;
        }
        if ends_sentence(text) && text.len() < 400 && self.heading_was_speech(block) {
            return true;
        }
        if let Some(p) = self.open_before_heading.take() {
            self.append(p, block);
            self.last_was_heading = false;
            self.continuing = true;
            self.open = (!ends_sentence(&self.record.paragraphs[p].text)).then_some(p);
            return true;
        }
        if ends_sentence(text) || text.len() >= 400 {
            return false;
        }
        let Some(s) = self.section.and_then(|s| self.record.sections.get_mut(s)) else { return false };
        s.heading.push(' ');
        s.heading.push_str(&squash_spaces(text));
        s.spans.extend_from_slice(&block.spans);
        true
    }

    /// In a verbatim record, words with no speaker right after headings that cut into the presiding
    /// officer's turn continue that turn.
    fn chair_goes_on(&self) -> bool {
        self.last_was_heading_before_this
            && self.before_heading.1
            && self.turn.is_some_and(|t| self.record.turns[t].speaker.side == Side::Chair)
    }

    /// "May I take it that it is the wish of the Assembly" / "to conclude its consideration of agenda
    /// item 118?": a sub-heading that the next line finishes as a sentence was the presiding
    /// officer's speech, cut by the headings a column break put before it. It goes back into the turn.
    fn heading_was_speech(&mut self, block: &Block) -> bool {
        let Some(&Item::Section(si)) = self.record.order.last() else { return false };
        let (section_before, was_speaking) = self.before_heading;
        if si + 1 != self.record.sections.len() || self.record.sections[si].level != 2 || !was_speaking {
            return false;
        }
        let Some(turn) = self.turn else { return false };
        let Some(s) = self.record.sections.pop() else { return false };
        self.record.order.pop();
        self.section = section_before;
        let mut spans = s.spans;
        spans.extend_from_slice(&block.spans);
        let text = format!("{} {}", s.heading, block.text);
        let merged = Block { text, spans, furniture: None, page: block.page, lines: block.lines + 1 };
        self.last_was_heading = false;
        self.turn = Some(turn);
        self.continuing = true;
        self.paragraph(merged, None, 0, ParagraphKind::Speech, None);
        true
    }

    /// The numbers and candidates of a ballot's result ("192", "Mr. Maurice Kamto (Cameroon) 44",
    /// "Ms. Miriam Defensor-Santiago" / "(Philippines)" / "71") join the result's paragraph.
    fn try_ballot(&mut self, block: &Block) -> bool {
        let Some(p) = self.ballot else { return false };
        let text = block.text.trim();
        let part = stage::is_ballot_line(text)
            || text.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '.')
            || is_list_entry(text)
            || text.len() < 60 && !ends_sentence(text) && (text.starts_with('(') || text.ends_with(')'));
        if !part {
            self.ballot = None;
            return false;
        }
        self.append(p, block);
        true
    }

    fn try_vote_list(&mut self, block: &Block) -> bool {
        let Some(p) = self.vote else { return false };
        let text = block.text.as_str();
        if stage::is_vote_list_label(text) || super::blocks::starts_construct(text) || text.len() > 6000 {
            return false;
        }
        self.append(p, block);
        true
    }

    /// An event, also when the record numbers it as a paragraph ("37. The meeting was
    /// suspended at 11.20 a.m. and resumed at 11.45 a.m."); a numbered one must give its time.
    fn try_event(&mut self, block: &Block, number: Option<u32>, rest: &str) -> bool {
        let found = event::recognise(if number.is_some() { rest } else { &block.text });
        let timed = |e: &event::FoundEvent| e.time.is_some() || e.kind == EventKind::ChairChanged;
        if found.is_empty() || number.is_some() && !found.iter().any(timed) {
            return false;
        }
        let chair_only = found.iter().all(|e| e.kind == EventKind::ChairChanged);
        let spans = self.event_spans(block, found.len());
        for (e, span) in found.into_iter().zip(spans) {
            let text = squash_spaces(&self.source[span.start..span.end]);
            if e.kind == EventKind::ChairChanged && e.formula == "took the Chair" {
                if let Some(person) = e.person.as_ref().filter(|p| !self.is_chair(p)) {
                    self.record.chairs.push(Chair {
                        name: person.clone(),
                        role: "Chair".to_string(),
                        affiliation: None,
                        later: true,
                    });
                }
            }
            self.record.order.push(Item::Event(self.record.events.len()));
            self.record.events.push(Event {
                kind: e.kind,
                time: e.time,
                formula: e.formula.to_string(),
                next_day: e.next_day,
                person: e.person,
                number,
                text,
                span,
            });
        }
        // A presiding officer taking the Chair does not stop the speaker who has the floor.
        if !chair_only {
            self.interrupt();
        }
        true
    }

    /// One span per event: a suspension and its resumption share a sentence, split at "resumed".
    fn event_spans(&self, block: &Block, n: usize) -> Vec<Span> {
        let whole = block.span();
        if n < 2 {
            return vec![whole];
        }
        let raw = &self.source[whole.start..whole.end];
        let split = event::resume_word(raw).map_or(whole.end, |i| whole.start + i);
        if n == 3 {
            let chair = event::with_chair_word(raw).map_or(whole.end, |i| whole.start + i).max(split);
            return vec![Span::new(whole.start, split), Span::new(split, chair), Span::new(chair, whole.end)];
        }
        vec![Span::new(whole.start, split), Span::new(split, whole.end)]
    }

    fn stage_direction(
        &mut self,
        block: Block,
        number: Option<u32>,
        offset: usize,
        stage: StageKind,
        vote_label: bool,
    ) {
        self.last_was_heading = false;
        // In a verbatim record the presiding officer goes on speaking after "It was so decided." or
        // "Draft resolution I was adopted.": the decision sits inside the turn.
        let presiding_flow = self.record.kind == RecordKind::Verbatim
            && (matches!(stage, StageKind::Decision | StageKind::Adoption)
                || stage::is_ballot_line(block.text.as_str()))
            && self.turn.is_some_and(|t| self.record.turns[t].speaker.side == Side::Chair);
        let inside_turn = (stage == StageKind::Interpretation || presiding_flow) && self.continuing;
        self.decided = presiding_flow && inside_turn;
        if !inside_turn {
            self.interrupt();
        }
        let p = self.paragraph(block, number, offset, ParagraphKind::StageDirection, Some(stage));
        if let Some(t) = self.turn.filter(|_| inside_turn && self.record.paragraphs[p].turn.is_none()) {
            self.record.paragraphs[p].turn = Some(t);
            self.record.turns[t].paragraph_count = p + 1 - self.record.turns[t].first_paragraph;
        }
        if !inside_turn {
            self.record.paragraphs[p].turn = None;
            self.record.order.push(Item::Paragraph(p));
        }
        self.open = None;
        if stage == StageKind::Vote && vote_label {
            self.vote = Some(p);
        }
        if stage == StageKind::Vote && stage::is_ballot_line(&self.record.paragraphs[p].text) {
            self.ballot = Some(p);
        }
    }

    fn heading(&mut self, block: Block, offset: usize) {
        let previous = self.section;
        let text = &block.text[offset..];
        let info = agenda::info(text);
        let in_contents = self.record.contents.iter().any(|c| squash_spaces(&c.text) == squash_spaces(text));
        let level = if (info.agenda_item.is_some() || in_contents) && !self.last_was_heading {
            1
        } else if self.last_was_heading {
            2
        } else if in_contents || self.section.is_none() {
            1
        } else {
            let parent_is_item = self.section.and_then(|s| self.record.sections.get(s)).is_some_and(|s| s.level == 1);
            if parent_is_item && self.record.kind == RecordKind::Summary {
                2
            } else {
                1
            }
        };
        let index = self.record.sections.len();
        self.record.sections.push(Section {
            heading: squash_spaces(text),
            level,
            agenda_item: info.agenda_item,
            documents: info.documents,
            continued: info.continued,
            spans: block.spans,
        });
        self.record.order.push(Item::Section(index));
        self.section = Some(index);
        if !self.last_was_heading {
            self.open_before_heading = self.open.filter(|_| self.record.kind == RecordKind::Verbatim);
            self.before_heading.1 = self.continuing && self.record.kind == RecordKind::Verbatim;
        }
        if level == 2 {
            self.before_heading.0 = previous;
        }
        self.interrupt();
        self.last_was_heading = true;
    }

    fn unrecognised(&mut self, block: Block) {
        let index = self.record.unrecognised.len();
        self.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::UnrecognisedBlock,
            severity: Severity::Warning,
            message: format!("text not recognised as part of the meeting: \"{}\"", preview(&block.text)),
            span: Some(block.span()),
        });
        self.record.unrecognised.push(Unrecognised { text: block.text, spans: block.spans });
        self.record.order.push(Item::Unrecognised(index));
    }

    fn start_turn(&mut self, named: &speaker::Named, label: Option<String>) {
        let mut s = speaker::classify(named, self.experts);
        self.resolve(&mut s);
        let index = self.record.turns.len();
        self.record.turns.push(Turn {
            speaker: s,
            paragraphs: Vec::new(),
            first_paragraph: self.record.paragraphs.len(),
            paragraph_count: 0,
            section: self.section,
            interpretation: named.interpretation.clone(),
            label,
        });
        self.record.order.push(Item::Turn(index));
        self.turn = Some(index);
    }

    fn unknown_turn(&mut self, block: &Block) {
        self.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::UnknownSpeaker,
            severity: Severity::Warning,
            message: format!("no speaker is named for: \"{}\"", preview(&block.text)),
            span: Some(block.span()),
        });
        let index = self.record.turns.len();
        self.record.turns.push(Turn {
            speaker: Speaker::unknown(),
            paragraphs: Vec::new(),
            first_paragraph: self.record.paragraphs.len(),
            paragraph_count: 0,
            section: self.section,
            interpretation: None,
            label: None,
        });
        self.record.order.push(Item::Turn(index));
        self.turn = Some(index);
    }

    /// Is this person already one of the record's presiding officers (printed once in the
    /// header, then "took the Chair" in the body)?
    fn is_chair(&self, name: &str) -> bool {
        let key = surname_key(name);
        self.record.chairs.iter().any(|c| surname_key(&c.name) == key)
    }

    /// Applies what the record already said about this person.
    fn resolve(&mut self, s: &mut Speaker) {
        let Some(name) = s.name.clone() else { return };
        let key = surname_key(&name);
        if s.side != Side::Delegation
            && self.record.chairs.iter().any(|c| surname_key(&c.name) == key)
            && s.affiliation.is_none()
        {
            s.side = Side::Chair;
            return;
        }
        if s.affiliation.is_some() {
            self.known.insert(key, s.clone());
        } else if let Some(k) = self.known.get(&key) {
            s.side = k.side;
            s.country = k.country.clone();
        }
    }

    fn paragraph(
        &mut self,
        block: Block,
        number: Option<u32>,
        offset: usize,
        kind: ParagraphKind,
        stage: Option<StageKind>,
    ) -> usize {
        let index = self.record.paragraphs.len();
        let turn =
            if kind == ParagraphKind::Speech || stage == Some(StageKind::Interpretation) { self.turn } else { None };
        let mut text = block.text;
        text.drain(..offset);
        // Blocks reserve room for the lines they may take; what is kept is sized to its text
        // (memory proportional to the input, not to the room a block guessed it would need).
        let mut spans = block.spans;
        if text.capacity() > text.len() + text.len() / 4 + 16 {
            text.shrink_to_fit();
        }
        spans.shrink_to_fit();
        self.open = (!ends_sentence(&text)).then_some(index);
        self.record.paragraphs.push(Paragraph {
            number,
            inferred: false,
            kind,
            stage,
            text,
            turn,
            section: self.section,
            spans,
        });
        if let Some(t) = turn {
            self.record.turns[t].paragraph_count = index + 1 - self.record.turns[t].first_paragraph;
            self.continuing = true;
        }
        if kind == ParagraphKind::Speech {
            self.decided = false;
        }
        index
    }

    /// A heading, event or stage direction ends the current turn's run.
    fn interrupt(&mut self) {
        self.continuing = false;
        self.open = None;
        self.vote = None;
        self.ballot = None;
    }

    fn finish(mut self) -> Vec<Diagnostic> {
        let taken: Vec<u32> = self.record.events.iter().filter_map(|e| e.number).collect();
        numbering::infer_and_check(&mut self.record.paragraphs, &taken, &mut self.diagnostics);
        for t in &mut self.record.turns {
            let range = t.first_paragraph..t.first_paragraph + t.paragraph_count;
            t.paragraphs = self.record.paragraphs[range]
                .iter()
                .filter(|p| p.kind == ParagraphKind::Speech)
                .filter_map(|p| p.number)
                .collect();
        }
        check_clock(&self.record.events, &mut self.diagnostics);
        self.diagnostics.sort_by_key(|d| d.span.map_or(usize::MAX, |s| s.start));
        self.diagnostics
    }
}

/// A name alone, perhaps with its brackets and a number of votes: "Mr. Arturo Pérez (Chile) 112",
/// "Mr. Sayeman Bula-Bula (Democratic" (its bracket wrapped).
fn is_list_entry(text: &str) -> bool {
    if text.len() > 160 {
        return false;
    }
    let Some(s) = speaker::subject(text).filter(|s| s.title.is_none()) else { return false };
    let rest = &text[s.end..];
    let (_, used) = speaker::paren_groups(rest);
    let tail = rest[used..].trim();
    tail.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ' ')
        || tail.starts_with('(') && !tail.contains(')') && tail.len() < 60
}

/// Short fragments with no sentence shape ("begin", "its", ":~. ':'~'"), left by PDF columns or OCR.
fn is_fragment(text: &str) -> bool {
    // The letter ratio of the first 64 bytes is enough to tell OCR noise from words.
    let few_words = text.len() < 120 && text.split_whitespace().take(4).count() < 4 && !ends_sentence(text);
    few_words || text.len() < 400 && letter_ratio(super::text::prefix(text, 64)) < 0.5
}

fn surname_key(name: &str) -> String {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or("");
    let rest: Vec<&str> = words.collect();
    let key = if rest.is_empty() { first.to_string() } else { rest.join(" ") };
    key.to_lowercase()
}

fn preview(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        s.push('…');
    }
    s
}

fn check_clock(events: &[Event], diagnostics: &mut Vec<Diagnostic>) {
    let mut previous: Option<(ClockTime, &str)> = None;
    let mut suspended: Option<&Event> = None;
    let mut later_day = false;
    for e in events {
        match e.kind {
            EventKind::Suspended => suspended = Some(e),
            EventKind::Resumed | EventKind::Opened if suspended.is_some() => suspended = None,
            _ => {}
        }
        later_day |= e.next_day;
        let Some(t) = e.time else { continue };
        if let Some((prev, prev_formula)) = previous {
            if t < prev && !later_day {
                diagnostics.push(Diagnostic {
                    kind: DiagnosticKind::TimeBackwards,
                    severity: Severity::Warning,
                    message: format!("{} at {} comes after {} at {}", e.formula, t, prev_formula, prev),
                    span: Some(e.span),
                });
            }
        }
        previous = Some((t, &e.formula));
    }
    if let Some(s) = suspended {
        diagnostics.push(Diagnostic {
            kind: DiagnosticKind::SuspensionNotResumed,
            severity: Severity::Warning,
            message: format!(
                "the meeting was suspended{} and the record never says it resumed",
                s.time.map(|t| format!(" at {t}")).unwrap_or_default()
            ),
            span: Some(s.span),
        });
    }
}
