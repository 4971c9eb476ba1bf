//! Importers: bytes to text. This first one reads text files; PDF, Word and HTML
//! importers join it later (see the issues). It is pure: it takes bytes, not paths.

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
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotText { offset } => write!(f, "not UTF-8 or UTF-16 text (invalid byte at offset {offset})"),
            ImportError::Unsupported { kind } => {
                write!(
                    f,
                    "this is {kind}, which Recordline cannot open yet; copy the record's text and paste it instead"
                )
            }
            ImportError::NotADocument { kind } => write!(f, "this is {kind}, not a meeting record"),
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file is {:.1} MB; files over {} MB are refused",
                *bytes as f64 / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ),
        }
    }
}

/// Reads a file the user opened: text files are decoded, other kinds are named.
pub fn open(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    if let Some(e) = sniff(name, bytes) {
        return Err(e);
    }
    text(bytes)
}

/// Names the kinds of file that are not plain text, by their first bytes or their extension.
fn sniff(name: &str, bytes: &[u8]) -> Option<ImportError> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    const MAGIC: &[(&[u8], &str, bool)] = &[
        (b"%PDF", "a PDF document", true),
        (b"\x89PNG", "a PNG image", false),
        (b"\xFF\xD8\xFF", "a JPEG image", false),
        (b"GIF8", "a GIF image", false),
        (b"\xD0\xCF\x11\xE0", "a legacy Word (.doc) document; save it as .docx or PDF", true),
        (b"\x1F\x8B", "a gzip archive", false),
        (b"7z\xBC\xAF", "a 7-Zip archive", false),
        (b"Rar!", "a RAR archive", false),
    ];
    for (magic, kind, document) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(if *document {
                ImportError::Unsupported { kind }
            } else {
                ImportError::NotADocument { kind }
            });
        }
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(if ext == "docx" {
            ImportError::Unsupported { kind: "a Word (.docx) document" }
        } else {
            ImportError::NotADocument { kind: "a ZIP archive" }
        });
    }
    if matches!(ext, "html" | "htm") {
        return Some(ImportError::Unsupported { kind: "an HTML page" });
    }
    None
}

impl std::error::Error for ImportError {}

/// Decodes UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark.
pub fn text(bytes: &[u8]) -> Result<String, ImportError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    utf8(bytes, 0)
}

fn utf8(bytes: &[u8], base: usize) -> Result<String, ImportError> {
    String::from_utf8(bytes.to_vec()).map_err(|e| ImportError::NotText { offset: base + e.utf8_error().valid_up_to() })
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    let units: Vec<u16> = bytes.chunks(2).map(|c| word([c[0], *c.get(1).unwrap_or(&0)])).collect();
    String::from_utf16(&units).map_err(|_| ImportError::NotText { offset: 2 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_decode_utf8_and_utf16() {
        assert_eq!(text(b"\xEF\xBB\xBFChair: Mr. \xC3\x9Cnver").unwrap(), "Chair: Mr. Ünver");
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Ünver".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert_eq!(text(&utf16).unwrap(), "Ünver");
        assert_eq!(text(b"ok \xFF bad"), Err(ImportError::NotText { offset: 3 }));
    }

    #[test]
    fn should_name_what_it_cannot_open() {
        assert_eq!(open("a.pdf", b"%PDF-1.7"), Err(ImportError::Unsupported { kind: "a PDF document" }));
        assert_eq!(open("x.png", b"\x89PNG\r\n"), Err(ImportError::NotADocument { kind: "a PNG image" }));
        assert!(open("x.zip", b"PK\x03\x04rest").unwrap_err().to_string().contains("not a meeting record"));
        assert!(open("r.docx", b"PK\x03\x04rest").unwrap_err().to_string().contains("cannot open yet"));
        assert_eq!(open("r.txt", "Chair: Mr. Ünver".as_bytes()).unwrap(), "Chair: Mr. Ünver");
    }
}
