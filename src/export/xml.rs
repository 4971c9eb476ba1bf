//! Writing XML: the one place where text is escaped, for the Akoma Ntoso and TEI exports.
//!
//! Follows XML 1.0 (fifth edition): `&` and `<` are escaped (and `>`, so that `]]>` never
//! appears), and `"`, since attribute values are always written in double quotes (an
//! apostrophe, common in the records' English, stays as it is); tabs and line ends become
//! character references so that attribute-value normalisation (§3.3.3) keeps them.
//! Characters XML 1.0 does not allow at all (C0 controls other than tab, line feed and
//! carriage return, such as the backspace some PDFs leave after a page number; U+FFFE,
//! U+FFFF) are left out: they are not text, and the document stays well-formed. The
//! no-word-lost check (`invariants::words`) does not count them either.
//!
//! [`Writer`] writes elements one per line, indented, and never puts whitespace inside an
//! element that holds text, so the text a reader extracts is exactly the record's.

use std::borrow::Cow;

/// `s` made safe for element content and attribute values alike.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if !allowed(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    matches!(c, '&' | '<' | '>' | '"' | '\t' | '\n' | '\r') || !allowed(c)
}

/// XML 1.0 `Char` (Rust strings hold no surrogates).
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
}

/// An identifier made from a name, usable as an XML `NCName` (TEI `xml:id`) and an Akoma
/// Ntoso `eId`: ASCII letters and digits and the Latin letters of U+00C0–U+02FF kept, each
/// run of anything else (spaces, dots, brackets) dropped, the first letter of each word
/// kept in its case ("Mr. Ünver" → "MrÜnver"). A name with no letter gives `fallback`.
pub fn name_id(name: &str, fallback: &str) -> String {
    let id: String = name.chars().filter(|c| c.is_ascii_alphanumeric() || latin_letter(*c)).collect();
    match id.chars().next() {
        Some(c) if c.is_ascii_alphabetic() || latin_letter(c) => id,
        Some(_) => format!("{fallback}{id}"),
        None => fallback.to_string(),
    }
}

fn latin_letter(c: char) -> bool {
    ('\u{c0}'..='\u{2ff}').contains(&c) && c != '\u{d7}' && c != '\u{f7}' && c.is_alphabetic()
}

/// Identifiers unique in one document: a second "MrSmith" becomes "MrSmith-2".
#[derive(Debug, Default)]
pub struct Ids {
    taken: std::collections::HashSet<String>,
}

impl Ids {
    pub fn unique(&mut self, wanted: String) -> String {
        if self.taken.insert(wanted.clone()) {
            return wanted;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{wanted}-{n}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// An XML document written element by element, indented two spaces a level.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
    open: Vec<&'static str>,
}

impl Writer {
    pub fn new() -> Writer {
        let mut w = Writer::default();
        w.out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w
    }

    fn indent(&mut self) {
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
    }

    fn start_tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            self.out.push_str(&escape(v));
            self.out.push('"');
        }
    }

    /// `<name attrs>` on a line of its own; children follow until [`Writer::close`].
    pub fn open(&mut self, name: &'static str, attrs: &[(&str, &str)]) {
        self.start_tag(name, attrs);
        self.out.push_str(">\n");
        self.open.push(name);
    }

    /// Closes the element opened last.
    pub fn close(&mut self) {
        if let Some(name) = self.open.pop() {
            self.indent();
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push_str(">\n");
        }
    }

    /// `<name attrs>text</name>` on one line.
    pub fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.start_tag(name, attrs);
        self.out.push('>');
        self.out.push_str(&escape(text));
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// `<outer attrs><inner inner_attrs>text</inner></outer>` on one line: text marked up
    /// inside a block (a time inside a narrative) with no whitespace added around it.
    pub fn wrapped(&mut self, outer: (&str, &[(&str, &str)]), inner: (&str, &[(&str, &str)]), text: &str) {
        self.start_tag(outer.0, outer.1);
        self.out.push('>');
        let depth = std::mem::take(&mut self.open);
        self.start_tag(inner.0, inner.1);
        self.open = depth;
        self.out.push('>');
        self.out.push_str(&escape(text));
        self.out.push_str("</");
        self.out.push_str(inner.0);
        self.out.push_str("></");
        self.out.push_str(outer.0);
        self.out.push_str(">\n");
    }

    /// `<name attrs/>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.start_tag(name, attrs);
        self.out.push_str("/>\n");
    }

    /// The document, every element closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_escape_markup_quotes_and_forbidden_characters() {
        assert_eq!(escape("Mr. Smith"), Cow::Borrowed("Mr. Smith"));
        assert_eq!(escape("a < b & \"c\" 'd' >"), "a &lt; b &amp; &quot;c&quot; 'd' &gt;");
        assert_eq!(escape("x\u{0}y\u{8}z\u{ffff}"), "xyz");
        assert_eq!(escape("line\nend\ttab"), "line&#10;end&#9;tab");
    }

    #[test]
    fn should_make_identifiers_from_names() {
        assert_eq!(name_id("Mr. Ünver", "person"), "MrÜnver");
        assert_eq!(name_id("The Chair", "person"), "TheChair");
        assert_eq!(name_id("Mr. Çevik × 2", "person"), "MrÇevik2");
        assert_eq!(name_id("42nd", "org"), "org42nd");
        assert_eq!(name_id("Ан Ли", "person"), "person");
        let mut ids = Ids::default();
        assert_eq!(ids.unique("MrSmith".into()), "MrSmith");
        assert_eq!(ids.unique("MrSmith".into()), "MrSmith-2");
        assert_eq!(ids.unique("MrSmith".into()), "MrSmith-3");
    }

    #[test]
    fn should_write_nested_elements_with_text_untouched() {
        let mut w = Writer::new();
        w.open("a", &[("n", "1 & 2")]);
        w.text("p", &[], "x < y");
        w.wrapped(("note", &[]), ("time", &[("when", "15:10:00")]), "at 3.10 p.m.");
        w.empty("b", &[]);
        let xml = w.finish();
        assert_eq!(
            xml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a n=\"1 &amp; 2\">\n  <p>x &lt; y</p>\n  \
             <note><time when=\"15:10:00\">at 3.10 p.m.</time></note>\n  <b/>\n</a>\n"
        );
    }
}
