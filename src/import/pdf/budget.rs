//! One budget per document. Every quantity a PDF can ask for by writing a number (decoded
//! bytes, objects, pages, drawing operators, glyphs) is spent from it, so a crafted file cannot
//! make the reader allocate or loop without end; the limits are far above any UN record (the
//! largest of the corpus: 31 pages, about 150,000 glyphs, a few MB decoded), and low enough for a
//! browser tab (64 MB of decoded data, 2 million glyphs at about 50 bytes each). What a limit stops is
//! said: a note for the rest left unread, or a refusal for decoded data (a decompression bomb).

use std::cell::Cell;

/// What a document spends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resource {
    Decoded,
    Objects,
    Pages,
    Operators,
    Glyphs,
}

impl Resource {
    pub const ALL: [Resource; 5] =
        [Resource::Decoded, Resource::Objects, Resource::Pages, Resource::Operators, Resource::Glyphs];

    pub fn limit(self) -> usize {
        match self {
            Resource::Decoded => 64 * 1024 * 1024,
            Resource::Objects => 2_000_000,
            Resource::Pages => 5_000,
            Resource::Operators => 20_000_000,
            Resource::Glyphs => 2_000_000,
        }
    }

    /// "more than 64 MB of decoded data", "more than 5,000 pages".
    pub fn describe(self) -> String {
        let n = self.limit();
        match self {
            Resource::Decoded => format!("more than {} MB of decoded data", n / 1_048_576),
            Resource::Objects => format!("more than {} objects", thousands(n)),
            Resource::Pages => format!("more than {} pages", thousands(n)),
            Resource::Operators => format!("more than {} drawing operations", thousands(n)),
            Resource::Glyphs => format!("more than {} characters", thousands(n)),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[derive(Debug, Default)]
pub struct Budget {
    spent: [Cell<usize>; 5],
    exceeded: [Cell<bool>; 5],
}

impl Budget {
    /// Spends `n` of `what`; `false` (and the limit noted) when that would pass the limit.
    pub fn spend(&self, what: Resource, n: usize) -> bool {
        let i = what.index();
        let total = self.spent[i].get().saturating_add(n);
        if total > what.limit() {
            self.exceeded[i].set(true);
            return false;
        }
        self.spent[i].set(total);
        true
    }

    /// What is left of `what`.
    pub fn room(&self, what: Resource) -> usize {
        what.limit().saturating_sub(self.spent[what.index()].get())
    }

    pub fn exceeded(&self, what: Resource) -> bool {
        self.exceeded[what.index()].get()
    }

    /// A note for each limit reached: "this PDF asks for more than 5,000 pages; it may be
    /// damaged or crafted, and what lies beyond was not read".
    pub fn notes(&self) -> Vec<String> {
        Resource::ALL
            .iter()
            .filter(|r| self.exceeded(**r))
            .map(|r| {
                format!(
                    "this PDF asks for {}; it may be damaged or crafted, and what lies beyond was not read",
                    r.describe()
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_stop_at_the_limit_and_say_so() {
        let b = Budget::default();
        assert!(b.spend(Resource::Pages, 4_999));
        assert!(b.spend(Resource::Pages, 1));
        assert!(!b.spend(Resource::Pages, 1));
        assert_eq!(b.room(Resource::Pages), 0);
        assert_eq!(
            b.notes(),
            ["this PDF asks for more than 5,000 pages; it may be damaged or crafted, and what lies beyond was not read"]
        );
        assert!(!b.spend(Resource::Glyphs, usize::MAX), "no overflow");
    }
}
