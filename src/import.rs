//! Importers: bytes to text. This first one reads text files; PDF, Word and HTML
//! importers join it later (see the issues). It is pure: it takes bytes, not paths.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The bytes are not text in an encoding we read; `offset` is the first bad byte.
    NotText { offset: usize },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotText { offset } => write!(f, "not UTF-8 or UTF-16 text (invalid byte at offset {offset})"),
        }
    }
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
}
