//! Word documents (`.docx`): the paragraphs of `word/document.xml` in order, with bold
//! runs kept as `**` (the parser reads them as speaker names) and table cells kept as
//! paragraphs. The archive is read with a cap on what it may inflate to (all parts
//! together), so a "decompression bomb" is refused instead of filling memory.
//!
//! The other parts a UN record's Word file has are page furniture, and are given in the
//! forms the parser sets aside as furniture:
//! * headers and footers (`word/header*.xml`, `word/footer*.xml`: the symbol, the job
//!   number `GE.21-14135`, the page number) come first, once each, as a PDF's first page
//!   shows them, so the symbol also reaches the record's header;
//! * footnotes and endnotes (`word/footnotes.xml`, `word/endnotes.xml`) come last, each as
//!   a `* ...` paragraph (the parser's footnote form), and each reference in the text
//!   becomes `*`, the UN's own footnote mark.

use super::ImportError;

/// The most a .docx may unpack to (its document part); real records are far below it.
pub const MAX_UNPACKED: usize = 64 * 1024 * 1024;

pub fn looks_like_docx(bytes: &[u8]) -> bool {
    super::zip::has_entry(bytes, "word/document.xml")
}

fn corrupt(cause: impl ToString) -> ImportError {
    ImportError::Corrupt { kind: "Word document", cause: cause.to_string() }
}

pub fn text(bytes: &[u8]) -> Result<String, ImportError> {
    use super::zip::ZipError;
    let mut budget = MAX_UNPACKED;
    let mut part = |name: &str| {
        let xml = super::zip::read(bytes, name, budget).map_err(|e| match e {
            ZipError::TooLarge => ImportError::TooLargeUnpacked { limit: MAX_UNPACKED },
            ZipError::Missing => corrupt(format!("it has no {name}")),
            ZipError::Damaged(why) => corrupt(why),
            ZipError::Method(m) => corrupt(format!("compression method {m}")),
        })?;
        budget -= xml.len().min(budget);
        Ok::<_, ImportError>(xml)
    };
    let body = paragraphs(&part("word/document.xml")?)?;
    let mut names = super::zip::names(bytes);
    names.sort();
    let mut furniture = String::new();
    let mut seen = std::collections::HashSet::new();
    for name in
        names.iter().filter(|n| (n.starts_with("word/header") || n.starts_with("word/footer")) && n.ends_with(".xml"))
    {
        for p in paragraphs(&part(name)?)?.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            if seen.insert(p.to_string()) {
                furniture.push_str(p);
                furniture.push_str("\n\n");
            }
        }
    }
    let mut notes = String::new();
    for name in ["word/footnotes.xml", "word/endnotes.xml"] {
        if names.iter().any(|n| n == name) {
            notes.push_str(&footnotes(&String::from_utf8_lossy(&part(name)?))?);
        }
    }
    Ok(furniture + &body + &notes)
}

/// Footnotes or endnotes, each as one `* ...` paragraph (Word's separator notes skipped).
fn footnotes(xml: &str) -> Result<String, ImportError> {
    let mut out = String::new();
    let mut at = 0;
    while let Some(start) = xml[at..].find("<w:footnote ").or_else(|| xml[at..].find("<w:endnote ")) {
        let start = at + start;
        let tag_end = xml[start..].find('>').map_or(xml.len(), |e| start + e);
        let close = ["</w:footnote>", "</w:endnote>"]
            .iter()
            .filter_map(|c| xml[start..].find(c).map(|e| start + e))
            .min()
            .unwrap_or(xml.len());
        at = close.max(tag_end + 1).min(xml.len());
        if xml[start..tag_end].contains("w:type=\"separator\"")
            || xml[start..tag_end].contains("w:type=\"continuationSeparator\"")
        {
            continue;
        }
        let text = paragraphs(&xml.as_bytes()[start..close])?;
        let text = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push_str("* ");
            out.push_str(text.trim_start_matches('*').trim_start());
            out.push_str("\n\n");
        }
    }
    Ok(out)
}

/// A tag of WordprocessingML: its name, whether it closes, and its attributes' text.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    attributes: &'a str,
}

/// The next tag at or after `at`: (text before it, the tag, the index after it).
fn next_tag(xml: &str, at: usize) -> Option<(&str, Tag<'_>, usize)> {
    let lt = at + xml[at..].find('<')?;
    let gt = lt + xml[lt..].find('>')?;
    let inner = xml[lt + 1..gt].trim_end_matches('/');
    let closing = inner.starts_with('/');
    let inner = inner.trim_start_matches('/');
    let name_end = inner.find(|c: char| c.is_whitespace()).unwrap_or(inner.len());
    Some((&xml[at..lt], Tag { name: &inner[..name_end], closing, attributes: &inner[name_end..] }, gt + 1))
}

/// Walks `<w:p>` paragraphs, `<w:r>` runs with `<w:b/>` and `<w:t>` text, `<w:tab/>`, `<w:br/>`.
/// A small reader for this one vocabulary keeps an XML library out of the WebAssembly.
fn paragraphs(xml: &[u8]) -> Result<String, ImportError> {
    let xml = std::str::from_utf8(xml).map_err(|e| corrupt(format!("its text is not UTF-8 ({e})")))?;
    let mut out = String::new();
    let mut para = String::new();
    let (mut in_text, mut bold, mut bold_open) = (false, false, false);
    let mut at = 0;
    while let Some((before, tag, next)) = next_tag(xml, at) {
        at = next;
        if in_text && !before.is_empty() {
            let s = super::html::decode_entities(before);
            if bold && !bold_open && !s.trim().is_empty() {
                para.push_str("**");
                bold_open = true;
            } else if !bold && bold_open {
                close_bold(&mut para);
                bold_open = false;
            }
            para.push_str(&s);
        }
        match (tag.name, tag.closing) {
            ("w:b" | "w:bCs", false) => {
                let off = tag.attributes.contains("w:val=\"0\"") || tag.attributes.contains("w:val=\"false\"");
                bold = !off;
            }
            ("w:t", false) => in_text = true,
            ("w:t", true) => in_text = false,
            ("w:r", false) => bold = false,
            ("w:tab", false) => para.push('\t'),
            ("w:footnoteReference" | "w:endnoteReference", false) => para.push('*'),
            ("w:br" | "w:cr", false) => para.push('\n'),
            ("w:p", true) => {
                if bold_open {
                    close_bold(&mut para);
                    bold_open = false;
                }
                let p = para.trim();
                if !p.is_empty() {
                    out.push_str(p);
                    out.push_str("\n\n");
                }
                para.clear();
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Closes a bold run before any trailing space, so "**Mr. X** said" reads as the parser expects.
fn close_bold(para: &mut String) {
    let trimmed = para.trim_end().len();
    let tail = para.split_off(trimmed);
    para.push_str("**");
    para.push_str(&tail);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal stored (uncompressed) ZIP with one document part.
    fn docx(document: &str) -> Vec<u8> {
        let name = b"word/document.xml";
        let data = document.as_bytes();
        let mut z = Vec::new();
        let local = z.len() as u32;
        z.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        z.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        z.extend_from_slice(&(data.len() as u32).to_le_bytes());
        z.extend_from_slice(&(data.len() as u32).to_le_bytes());
        z.extend_from_slice(&(name.len() as u16).to_le_bytes());
        z.extend_from_slice(&0u16.to_le_bytes());
        z.extend_from_slice(name);
        z.extend_from_slice(data);
        let central = z.len() as u32;
        z.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        z.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        z.extend_from_slice(&(data.len() as u32).to_le_bytes());
        z.extend_from_slice(&(data.len() as u32).to_le_bytes());
        z.extend_from_slice(&(name.len() as u16).to_le_bytes());
        z.extend_from_slice(&[0; 12]);
        z.extend_from_slice(&local.to_le_bytes());
        z.extend_from_slice(name);
        let size = z.len() as u32 - central;
        z.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        z.extend_from_slice(&[0, 0, 0, 0, 1, 0, 1, 0]);
        z.extend_from_slice(&size.to_le_bytes());
        z.extend_from_slice(&central.to_le_bytes());
        z.extend_from_slice(&[0, 0]);
        z
    }

    #[test]
    fn should_read_paragraphs_with_bold_names() {
        let doc = r#"<w:document><w:body><w:p><w:r><w:t>1.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">The Chair </w:t></w:r><w:r><w:t>said that it was so.</w:t></w:r></w:p><w:p><w:r><w:t>The meeting rose at 6 p.m.</w:t></w:r></w:p></w:body></w:document>"#;
        let t = text(&docx(doc)).unwrap();
        assert_eq!(t, "1.\t**The Chair** said that it was so.\n\nThe meeting rose at 6 p.m.\n\n");
    }

    #[test]
    fn should_mark_footnote_references() {
        let doc = r#"<w:document><w:body><w:p><w:r><w:t>Summary record of the 464th meeting</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p></w:body></w:document>"#;
        assert_eq!(text(&docx(doc)).unwrap(), "Summary record of the 464th meeting*\n\n");
        let notes = r#"<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> No summary record was prepared for the rest of the meeting.</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
        assert_eq!(footnotes(notes).unwrap(), "* No summary record was prepared for the rest of the meeting.\n\n");
    }

    #[test]
    fn should_refuse_damaged_archives() {
        let mut bytes = docx("<w:document/>");
        bytes.truncate(bytes.len() / 2);
        assert!(matches!(text(&bytes), Err(ImportError::Corrupt { .. })));
    }
}
