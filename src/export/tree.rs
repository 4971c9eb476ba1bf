//! The record's body as nested agenda sections, for the formats that nest (Akoma Ntoso's
//! `debateSection`, TEI's `div`).
//!
//! `Record::order` is flat: a heading is followed by what was said under it until the next
//! heading. Here a level-1 heading (an agenda item) holds everything up to the next level-1
//! heading, and a level-2 heading (a report under the item) everything up to the next
//! heading of level 1 or 2. What comes before the first heading (the call to order, a
//! seating) is a section with no heading (`index: None`): both formats want sections at the top.

use crate::model::{Item, Record};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// An agenda section (`Some` index in `Record::sections`), or the proceedings outside every
    /// agenda section at the top (`None`).
    Section {
        index: Option<usize>,
        children: Vec<Node>,
    },
    Event(usize),
    Turn(usize),
    /// A stage direction outside any turn.
    Paragraph(usize),
    Unrecognised(usize),
}

pub fn tree(r: &Record) -> Vec<Node> {
    let mut root: Vec<Node> = Vec::new();
    // Open sections, outermost first: (level, index, children).
    let mut open: Vec<(u8, usize, Vec<Node>)> = Vec::new();
    for item in &r.order {
        let node = match *item {
            Item::Section(i) => {
                let level = r.sections.get(i).map_or(1, |s| s.level);
                while open.last().is_some_and(|(l, _, _)| *l >= level) {
                    close(&mut open, &mut root);
                }
                open.push((level, i, Vec::new()));
                continue;
            }
            Item::Event(i) => Node::Event(i),
            Item::Turn(i) => Node::Turn(i),
            Item::Paragraph(i) => Node::Paragraph(i),
            Item::Unrecognised(i) => Node::Unrecognised(i),
        };
        match (open.last_mut(), root.last_mut()) {
            (Some((_, _, children)), _) => children.push(node),
            (None, Some(Node::Section { index: None, children })) => children.push(node),
            (None, _) => root.push(Node::Section { index: None, children: vec![node] }),
        }
    }
    while !open.is_empty() {
        close(&mut open, &mut root);
    }
    root
}

fn close(open: &mut Vec<(u8, usize, Vec<Node>)>, root: &mut Vec<Node>) {
    if let Some((_, index, children)) = open.pop() {
        let node = Node::Section { index: Some(index), children };
        match open.last_mut() {
            Some((_, _, parent)) => parent.push(node),
            None => root.push(node),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(nodes: &[Node], sections: &mut usize, items: &mut usize) {
        for n in nodes {
            match n {
                Node::Section { index, children } => {
                    *sections += usize::from(index.is_some());
                    count(children, sections, items);
                }
                _ => *items += 1,
            }
        }
    }

    #[test]
    fn should_nest_sub_headings_and_keep_every_item() {
        let parsed = crate::parse(crate::viewer::SAMPLE);
        let r = &parsed.record;
        let t = tree(r);
        let (mut sections, mut items) = (0, 0);
        count(&t, &mut sections, &mut items);
        assert_eq!(sections, r.sections.len());
        assert_eq!(sections + items, r.order.len());
        // The seed: the call to order, then an agenda item with the report of Azerbaijan under it.
        assert_eq!(t.len(), 2, "{t:?}");
        assert!(matches!(&t[0], Node::Section { index: None, children } if matches!(children[..], [Node::Event(_)])));
        let Node::Section { index: Some(0), children } = &t[1] else { panic!("{:?}", t[1]) };
        assert!(children.iter().any(|c| matches!(c, Node::Section { index: Some(1), .. })));
    }
}
