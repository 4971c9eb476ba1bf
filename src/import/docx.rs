//! Word documents (`.docx`): the paragraphs of `word/document.xml` in order, with bold
//! runs kept as `**` (the parser reads them as speaker names) and table cells kept as
//! paragraphs. Headers, footers and footnotes live in other parts and are left out (they are
//! page furniture). The archive is read with a cap on what it may inflate to, so a
//! "decompression bomb" is refused instead of filling memory.

use super::ImportError;
use quick_xml::events::Event;
use std::io::Read;

/// The most a .docx may unpack to (its document part); real records are far below it.
pub const MAX_UNPACKED: usize = 64 * 1024 * 1024;

pub fn looks_like_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(std::io::Cursor::new(bytes)).is_ok_and(|mut z| z.by_name("word/document.xml").is_ok())
}

fn corrupt(cause: impl ToString) -> ImportError {
    ImportError::Corrupt { kind: "Word document", cause: cause.to_string() }
}

pub fn text(bytes: &[u8]) -> Result<String, ImportError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(corrupt)?;
    let part = archive.by_name("word/document.xml").map_err(|_| corrupt("it has no word/document.xml"))?;
    if part.size() as usize > MAX_UNPACKED {
        return Err(ImportError::TooLargeUnpacked { limit: MAX_UNPACKED });
    }
    let mut xml = Vec::new();
    // The declared size can lie: read at most one byte more than the limit.
    part.take(MAX_UNPACKED as u64 + 1).read_to_end(&mut xml).map_err(corrupt)?;
    if xml.len() > MAX_UNPACKED {
        return Err(ImportError::TooLargeUnpacked { limit: MAX_UNPACKED });
    }
    paragraphs(&xml)
}

/// Walks `<w:p>` paragraphs, `<w:r>` runs with `<w:b/>` and `<w:t>` text, `<w:tab/>`, `<w:br/>`.
fn paragraphs(xml: &[u8]) -> Result<String, ImportError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = String::new();
    let mut para = String::new();
    let (mut in_text, mut bold, mut bold_open) = (false, false, false);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).map_err(corrupt)? {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"w:b" || e.name().as_ref() == b"w:bCs" => {
                let off = e
                    .attributes()
                    .flatten()
                    .any(|a| a.key.as_ref() == b"w:val" && matches!(a.value.as_ref(), b"0" | b"false"));
                bold = !off;
            }
            Event::Start(e) => match e.name().as_ref() {
                b"w:t" => in_text = true,
                b"w:r" => bold = false,
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                b"w:tab" => para.push('\t'),
                b"w:br" | b"w:cr" => para.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t.unescape().map_err(corrupt)?;
                if bold && !bold_open && !s.trim().is_empty() {
                    para.push_str("**");
                    bold_open = true;
                } else if !bold && bold_open {
                    close_bold(&mut para);
                    bold_open = false;
                }
                para.push_str(&s);
            }
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => {
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
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
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
    use std::io::Write;

    fn docx(document: &str) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default();
        z.start_file("[Content_Types].xml", opts).unwrap();
        z.write_all(b"<Types/>").unwrap();
        z.start_file("word/document.xml", opts).unwrap();
        z.write_all(document.as_bytes()).unwrap();
        z.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn should_read_paragraphs_with_bold_names() {
        let doc = r#"<w:document><w:body><w:p><w:r><w:t>1.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">The Chair </w:t></w:r><w:r><w:t>said that it was so.</w:t></w:r></w:p><w:p><w:r><w:t>The meeting rose at 6 p.m.</w:t></w:r></w:p></w:body></w:document>"#;
        let t = text(&docx(doc)).unwrap();
        assert_eq!(t, "1.\t**The Chair** said that it was so.\n\nThe meeting rose at 6 p.m.\n\n");
    }

    #[test]
    fn should_refuse_damaged_archives() {
        let mut bytes = docx("<w:document/>");
        bytes.truncate(bytes.len() / 2);
        assert!(matches!(text(&bytes), Err(ImportError::Corrupt { .. })));
    }
}
