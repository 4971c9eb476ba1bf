//! Two language versions of one record, side by side.
//!
//! The UN issues a summary record in each official language with the same paragraph
//! numbers, so translators, interpreters and researchers compare versions paragraph by
//! paragraph. [`align`] lines up two parsed versions:
//!
//! * **anchors**: the numbered paragraphs whose number both versions have (in increasing
//!   order in both), one row each;
//! * **between anchors** (and in a verbatim record, which numbers nothing): the headings,
//!   events and paragraphs in order, pairing like with like (a heading with a heading, an event
//!   with an event, a paragraph with a paragraph); one left over takes a row of its own;
//! * **warnings**: the numbers only one version has, and how many rows have one side only, so
//!   the reader sees where the numbering or the cut of the texts differs.
//!
//! Pure: the app parses the two texts and draws the rows.

use crate::model::{Item, Parsed};

/// One thing of a version, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// An agenda heading (index into `Record::sections`).
    Heading(usize),
    /// A procedural event (index into `Record::events`).
    Event(usize),
    /// A paragraph (index into `Record::paragraphs`), in a turn or alone.
    Paragraph(usize),
    /// A block the parser did not recognise (index into `Record::unrecognised`).
    Unrecognised(usize),
}

impl Unit {
    fn kind(self) -> u8 {
        match self {
            Unit::Heading(_) => 0,
            Unit::Event(_) => 1,
            Unit::Paragraph(_) => 2,
            Unit::Unrecognised(_) => 3,
        }
    }
}

/// One row: what each version has there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub left: Option<Unit>,
    pub right: Option<Unit>,
    /// The paragraph number both sides share (an anchor row).
    pub number: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Alignment {
    pub rows: Vec<Row>,
    /// Paragraph numbers only the left version has, and only the right one.
    pub only_left: Vec<u32>,
    pub only_right: Vec<u32>,
    /// Rows with something on one side only.
    pub unpaired: usize,
}

impl Alignment {
    /// Does the numbering differ between the versions?
    pub fn numbering_differs(&self) -> bool {
        !self.only_left.is_empty() || !self.only_right.is_empty()
    }
}

/// The version's units in reading order.
pub fn units(p: &Parsed) -> Vec<Unit> {
    let r = &p.record;
    let mut out = Vec::with_capacity(r.paragraphs.len() + r.events.len() + r.sections.len());
    for item in &r.order {
        match *item {
            Item::Section(s) => out.push(Unit::Heading(s)),
            Item::Event(e) => out.push(Unit::Event(e)),
            Item::Paragraph(i) => out.push(Unit::Paragraph(i)),
            Item::Unrecognised(u) => out.push(Unit::Unrecognised(u)),
            Item::Turn(t) => {
                if let Some(t) = r.turns.get(t) {
                    out.extend((t.first_paragraph..t.first_paragraph + t.paragraph_count).map(Unit::Paragraph));
                }
            }
        }
    }
    out
}

fn number(p: &Parsed, u: Unit) -> Option<u32> {
    match u {
        Unit::Paragraph(i) => p.record.paragraphs.get(i).and_then(|p| p.number),
        _ => None,
    }
}

/// Lines up `left` and `right` (two language versions of one record).
pub fn align(left: &Parsed, right: &Parsed) -> Alignment {
    let (a, b) = (units(left), units(right));
    // Where each number first appears on each side.
    let first_at = |p: &Parsed, us: &[Unit]| {
        let mut at: std::collections::BTreeMap<u32, usize> = std::collections::BTreeMap::new();
        for (i, &u) in us.iter().enumerate() {
            if let Some(n) = number(p, u) {
                at.entry(n).or_insert(i);
            }
        }
        at
    };
    let (na, nb) = (first_at(left, &a), first_at(right, &b));
    let mut out = Alignment {
        only_left: na.keys().filter(|n| !nb.contains_key(n)).copied().collect(),
        only_right: nb.keys().filter(|n| !na.contains_key(n)).copied().collect(),
        ..Alignment::default()
    };
    // Anchors: the most shared numbers whose places run forward on both sides (a longest
    // increasing subsequence, so one misread number costs one anchor, not all those after it).
    let mut shared: Vec<(usize, usize, u32)> =
        na.iter().filter_map(|(&n, &i)| nb.get(&n).map(|&j| (i, j, n))).collect();
    shared.sort_unstable();
    let anchors = longest_forward(&shared);
    let (mut i, mut j) = (0, 0);
    for (ai, aj, n) in anchors {
        pair_between(&a[i..ai], &b[j..aj], &mut out);
        out.rows.push(Row { left: Some(a[ai]), right: Some(b[aj]), number: Some(n) });
        (i, j) = (ai + 1, aj + 1);
    }
    pair_between(&a[i..], &b[j..], &mut out);
    out.unpaired = out.rows.iter().filter(|r| r.left.is_none() || r.right.is_none()).count();
    out
}

/// The longest subsequence of `pairs` (sorted by left place) whose right places increase too:
/// patience sorting, O(n log n).
fn longest_forward(pairs: &[(usize, usize, u32)]) -> Vec<(usize, usize, u32)> {
    // tails[k]: index in `pairs` of the smallest right place ending a run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; pairs.len()];
    for (x, &(_, j, _)) in pairs.iter().enumerate() {
        let k = tails.partition_point(|&t| pairs[t].1 < j);
        before[x] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(x);
        } else {
            tails[k] = x;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(x) = at {
        out.push(pairs[x]);
        at = before[x];
    }
    out.reverse();
    out
}

/// Pairs like with like, in order; what is left over takes a row alone.
fn pair_between(a: &[Unit], b: &[Unit], out: &mut Alignment) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let row = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x.kind() == y.kind() => {
                (i, j) = (i + 1, j + 1);
                Row { left: Some(x), right: Some(y), number: None }
            }
            // A heading or an event one side has and the other has not (yet): alone, so the
            // paragraphs after it stay paired.
            (Some(&x), Some(&y)) if x.kind() < y.kind() => {
                i += 1;
                let _ = y;
                Row { left: Some(x), right: None, number: None }
            }
            (Some(_), Some(&y)) => {
                j += 1;
                Row { left: None, right: Some(y), number: None }
            }
            (Some(&x), None) => {
                i += 1;
                Row { left: Some(x), right: None, number: None }
            }
            (None, Some(&y)) => {
                j += 1;
                Row { left: None, right: Some(y), number: None }
            }
            (None, None) => break,
        };
        out.rows.push(row);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(path: &str) -> Parsed {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path);
        crate::parse(&std::fs::read_to_string(&p).unwrap_or_default())
    }

    #[test]
    fn should_line_up_an_english_and_a_french_summary_record_by_paragraph_number() {
        let en = fixture("versions/CCPR_C_SR.2638.en.txt");
        let fr = fixture("versions/CCPR_C_SR.2638.fr.txt");
        let al = align(&en, &fr);
        let anchors: Vec<u32> = al.rows.iter().filter_map(|r| r.number).collect();
        assert_eq!(anchors, [1, 2, 3], "{al:?}");
        assert!(!al.numbering_differs());
        for r in al.rows.iter().filter(|r| r.number.is_some()) {
            let (Some(Unit::Paragraph(x)), Some(Unit::Paragraph(y))) = (r.left, r.right) else { panic!("{r:?}") };
            assert_eq!(en.record.paragraphs[x].number, fr.record.paragraphs[y].number);
        }
    }

    #[test]
    fn should_pair_by_order_where_one_version_lost_its_numbers() {
        // The English page of CAT/C/SR.924 lost its paragraph numbers; the Spanish kept 1 and 2.
        let en = fixture("web/CAT_C_SR.924.excerpt.txt");
        let es = fixture("web/CAT_C_SR.924.es.excerpt.txt");
        let al = align(&en, &es);
        assert_eq!(al.only_right, [1, 2]);
        assert_eq!(al.unpaired, 0, "{al:?}");
        let paragraphs = al
            .rows
            .iter()
            .filter(|r| matches!((r.left, r.right), (Some(Unit::Paragraph(_)), Some(Unit::Paragraph(_)))))
            .count();
        assert_eq!(paragraphs, 2);
    }

    #[test]
    fn should_warn_where_the_numbering_differs() {
        let en = fixture("versions/CERD_C_SR.1692.en.txt");
        let fr = fixture("versions/CERD_C_SR.1692.fr.txt");
        let al = align(&en, &fr);
        assert!(al.only_right.is_empty(), "{al:?}");
        assert!(al.only_left.contains(&4), "the English excerpt reaches paragraph 4: {al:?}");
        assert!(al.numbering_differs());
        // Every unit of each side is in exactly one row.
        let lefts: Vec<Unit> = al.rows.iter().filter_map(|r| r.left).collect();
        assert_eq!(lefts, units(&en));
        let rights: Vec<Unit> = al.rows.iter().filter_map(|r| r.right).collect();
        assert_eq!(rights, units(&fr));
    }

    #[test]
    fn should_survive_one_misread_number() {
        // The seed against itself with paragraph 40's number misread as 6: one anchor lost, not
        // the thirty after it.
        let seed = crate::viewer::SAMPLE;
        let misread = seed.replacen("- 40. ", "- 6. ", 1);
        assert_ne!(misread, seed);
        let (a, b) = (crate::parse(seed), crate::parse(&misread));
        let al = align(&a, &b);
        let anchors = al.rows.iter().filter(|r| r.number.is_some()).count();
        let numbered = a.record.paragraphs.iter().filter(|p| p.number.is_some()).count();
        assert!(anchors + 3 >= numbered, "{anchors} anchors of {numbered}");
        assert!(al.unpaired <= 4, "{} rows with one side", al.unpaired);
        assert_eq!(longest_forward(&[(0, 5, 1), (1, 1, 2), (2, 2, 3), (3, 0, 4), (4, 3, 5)]).len(), 3);
    }

    #[test]
    fn should_pair_a_verbatim_records_versions_in_order() {
        let en = fixture("whole/S_PV.10124.txt");
        let fr = fixture("whole/S_PV.10124.fr.txt");
        let al = align(&en, &fr);
        assert!(!al.numbering_differs());
        let paired = al.rows.iter().filter(|r| r.left.is_some() && r.right.is_some()).count();
        assert!(paired * 10 >= al.rows.len() * 8, "{paired} of {} rows paired", al.rows.len());
        let lefts: Vec<Unit> = al.rows.iter().filter_map(|r| r.left).collect();
        assert_eq!(lefts, units(&en));
    }
}
