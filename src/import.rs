//! Importers: the bytes of a file the user opened, to the text of a record.
//!
//! * text: UTF-8 with or without byte-order mark, UTF-16 LE/BE with a byte-order mark, and
//!   Windows-1252 (Latin-1) when the bytes are not UTF-8 but look like text ([`text`]);
//! * HTML pages (`.html`, `.htm`): the body's text with paragraphs kept ([`html`]);
//! * Word documents (`.docx`): paragraphs in order, bold as a hint for speaker names
//!   ([`docx`]);
//! * anything else is named ("a PNG image, not a meeting record") or refused with its reason.
//!
//! Pure functions over bytes: no file system, no browser. The CLI and the web app share them.

mod docx;
mod html;
#[cfg(feature = "pdf")]
mod pdf;

#[cfg(feature = "pdf")]
pub use pdf::{PdfText, Reading as PdfReading};
mod text;
mod zip;

pub use text::text;

use std::fmt;

/// Files larger than this are refused before they are read.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The bytes are not text in an encoding we read; `offset` is the first bad byte.
    NotText {
        offset: usize,
    },
    /// A kind of file we recognise but do not read yet ("a PDF document").
    Unsupported {
        kind: &'static str,
    },
    /// A file that is not a document at all ("a PNG image").
    NotADocument {
        kind: &'static str,
    },
    TooLarge {
        bytes: usize,
    },
    /// The file is damaged: a truncated archive, broken XML.
    Corrupt {
        kind: &'static str,
        cause: String,
    },
    /// A `.docx` whose parts would inflate beyond the limit (a decompression bomb).
    TooLargeUnpacked {
        limit: usize,
    },
    /// A PDF that asks for more than its budget allows where nothing short of it can be read
    /// (`what`: "more than 64 MB of decoded data").
    PdfTooLarge {
        what: String,
    },
    /// A PDF whose pages are images only: it needs OCR first.
    Scanned,
    /// A PDF with encryption (a password, or restrictions that scramble its text).
    Encrypted,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotText { offset } => {
                write!(
                    f,
                    "this file is not text (it holds binary data; the first unreadable byte is at offset {offset})"
                )
            }
            ImportError::Unsupported { kind } => {
                write!(
                    f,
                    "this is {kind}, which Recordline cannot open yet; copy the record's text and paste it instead"
                )
            }
            ImportError::NotADocument { kind } => write!(f, "this is {kind}, not a meeting record"),
            ImportError::TooLarge { bytes } => {
                // One decimal by integer arithmetic: the float formatter costs kilobytes of WebAssembly.
                let tenths = (*bytes as u64 * 10 + 524_288) / 1_048_576;
                write!(
                    f,
                    "the file is {}.{} MB; files over {} MB are refused",
                    tenths / 10,
                    tenths % 10,
                    MAX_BYTES / 1_048_576
                )
            }
            ImportError::Corrupt { kind, cause } => write!(f, "this {kind} is damaged or incomplete ({cause})"),
            ImportError::Scanned => write!(
                f,
                "this PDF is a scan: its pages are pictures with no text layer. Run it through OCR first \
                 (for example OCRmyPDF, or \"Recognize text\" in a PDF editor), then open the result"
            ),
            ImportError::Encrypted => write!(
                f,
                "this PDF is encrypted, so its text cannot be read here. Open it in a PDF reader and save or \
                 print it as a new PDF without a password, or download the record again as Word"
            ),
            ImportError::PdfTooLarge { what } => write!(
                f,
                "this PDF asks for {what}, far more than any record; it may be damaged or crafted, and was not opened"
            ),
            ImportError::TooLargeUnpacked { limit } => write!(
                f,
                "this Word document would unpack to more than {} MB, far more than any record; it was not opened",
                limit / 1_048_576
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// What an importer read, and anything the reader should know about how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub text: String,
    /// "read as Windows-1252 text", "read from a Word document".
    pub notes: Vec<String>,
}

/// Reads a file the user opened: its text, or why it cannot be read.
pub fn open(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    open_with_notes(name, bytes).map(|i| i.text)
}

/// [`open`], with notes on how the file was read.
pub fn open_with_notes(name: &str, bytes: &[u8]) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        if ext == "docx" || docx::looks_like_docx(bytes) {
            let text = docx::text(bytes)?;
            return Ok(Imported { text, notes: vec!["read from a Word document".to_string()] });
        }
        return Err(ImportError::NotADocument { kind: "a ZIP archive" });
    }
    if is_pdf(name, bytes) {
        #[cfg(feature = "pdf")]
        {
            let pdf = pdf::text(bytes)?;
            return Ok(Imported { text: pdf.text, notes: pdf.notes });
        }
        #[cfg(not(feature = "pdf"))]
        return Err(ImportError::Unsupported { kind: "a PDF document" });
    }
    if let Some(e) = sniff(bytes) {
        return Err(e);
    }
    let (decoded, mut notes) = text::decode(bytes)?;
    if matches!(ext.as_str(), "html" | "htm" | "xhtml") || html::looks_like_html(&decoded) {
        notes.push("read from an HTML page".to_string());
        return Ok(Imported { text: html::text(&decoded), notes });
    }
    Ok(Imported { text: decoded, notes })
}

/// Whether the bytes are a PDF document (they start with `%PDF`, or a `.pdf` has the
/// marker in its first kilobyte, after the junk some mailers prepend).
pub fn is_pdf(name: &str, bytes: &[u8]) -> bool {
    let ext_pdf = name.rsplit_once('.').is_some_and(|(_, e)| e.eq_ignore_ascii_case("pdf"));
    bytes.starts_with(b"%PDF") || (ext_pdf && bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-"))
}

/// Names the kinds of file that are not text by their first bytes.
fn sniff(bytes: &[u8]) -> Option<ImportError> {
    const MAGIC: &[(&[u8], &str, bool)] = &[
        (b"\x89PNG", "a PNG image", false),
        (b"\xFF\xD8\xFF", "a JPEG image", false),
        (b"GIF8", "a GIF image", false),
        (b"RIFF", "a RIFF file (an image, sound or video)", false),
        (b"\xD0\xCF\x11\xE0", "a legacy Word (.doc) document; save it as .docx or PDF", true),
        (b"\x1F\x8B", "a gzip archive", false),
        (b"7z\xBC\xAF", "a 7-Zip archive", false),
        (b"Rar!", "a RAR archive", false),
        (b"{\\rtf", "an RTF document; save it as .docx or plain text", true),
    ];
    MAGIC.iter().find(|(magic, _, _)| bytes.starts_with(magic)).map(|(_, kind, document)| {
        if *document {
            ImportError::Unsupported { kind }
        } else {
            ImportError::NotADocument { kind }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_name_what_it_cannot_open() {
        assert!(matches!(open("a.pdf", b"%PDF-1.7"), Err(ImportError::Corrupt { .. })));
        assert_eq!(open("x.png", b"\x89PNG\r\n"), Err(ImportError::NotADocument { kind: "a PNG image" }));
        assert!(open("x.zip", b"PK\x03\x04rest").unwrap_err().to_string().contains("not a meeting record"));
        assert!(open("r.doc", b"\xD0\xCF\x11\xE0rest").unwrap_err().to_string().contains("save it as .docx"));
        assert_eq!(open("r.txt", "Chair: Mr. Ünver".as_bytes()).unwrap(), "Chair: Mr. Ünver");
        assert!(matches!(open("big.txt", &vec![b'a'; MAX_BYTES + 1]), Err(ImportError::TooLarge { .. })));
    }

    #[test]
    fn should_read_html_by_extension_or_content() {
        let page = b"<html><body><p>1.The <b>Chair</b> said that&nbsp;it was so.</p></body></html>";
        let i = open_with_notes("record.html", page).unwrap();
        assert_eq!(i.text.trim(), "1.The **Chair** said that it was so.");
        assert_eq!(i.notes, ["read from an HTML page"]);
        assert_eq!(open("saved", page).unwrap().trim(), "1.The **Chair** said that it was so.");
    }
}
