//! Text files in the encodings users have: UTF-8 (with or without a byte-order mark),
//! UTF-16 LE/BE with a byte-order mark (Word's "Unicode text"), and Windows-1252 when the
//! bytes are not UTF-8 but read as text (old "ANSI" exports). Binary data is refused.

use super::ImportError;

/// Decodes text; fails on bytes that are not text in a known encoding.
pub fn text(bytes: &[u8]) -> Result<String, ImportError> {
    decode(bytes).map(|(t, _)| t)
}

/// Decodes text and says which encoding was assumed when it was not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<String>), ImportError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8_or_legacy(rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes).map(|t| (t, vec!["read as UTF-16 text".to_string()]));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes).map(|t| (t, vec!["read as UTF-16 text".to_string()]));
    }
    utf8_or_legacy(bytes, 0)
}

fn utf8_or_legacy(bytes: &[u8], base: usize) -> Result<(String, Vec<String>), ImportError> {
    match std::str::from_utf8(bytes) {
        Ok(s) if !binary(bytes) => Ok((s.to_string(), Vec::new())),
        Ok(_) => Err(ImportError::NotText { offset: base + first_control(bytes) }),
        Err(e) => {
            if binary(bytes) {
                return Err(ImportError::NotText { offset: base + e.valid_up_to() });
            }
            let note = "the file is not UTF-8; it was read as Windows-1252 (Western European) text".to_string();
            Ok((bytes.iter().map(|&b| windows_1252(b)).collect(), vec![note]))
        }
    }
}

/// Control characters other than tab, line ends and form feed mark binary data.
fn is_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)
}

fn binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(65_536)];
    let controls = sample.iter().filter(|&&b| is_control(b)).count();
    sample.contains(&0) || controls * 100 > sample.len().max(1)
}

fn first_control(bytes: &[u8]) -> usize {
    bytes.iter().position(|&b| is_control(b)).unwrap_or(0)
}

/// UTF-16 after its two-byte mark; an unpaired surrogate is refused with its own offset in the file.
fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    let units = bytes.chunks(2).map(|c| word([c[0], *c.get(1).unwrap_or(&0)]));
    let mut out = String::with_capacity(bytes.len() / 2);
    let mut at = 0;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(c) => {
                out.push(c);
                at += 2 * c.len_utf16();
            }
            Err(_) => return Err(ImportError::NotText { offset: 2 + at }),
        }
    }
    Ok(out)
}

/// Windows-1252: Latin-1 with printable characters in 0x80-0x9F.
pub(crate) fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
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
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Ünver".encode_utf16().flat_map(|u| u.to_be_bytes())).collect();
        assert_eq!(text(&be).unwrap(), "Ünver");
    }

    #[test]
    fn should_read_windows_1252_with_a_note() {
        let (t, notes) = decode(b"Chair: Mr. \xDCnver \x96 the Committee\x92s report").unwrap();
        assert_eq!(t, "Chair: Mr. Ünver – the Committee’s report");
        assert!(notes[0].contains("Windows-1252"));
    }

    #[test]
    fn should_refuse_binary_data() {
        assert!(matches!(text(b"ok \x00\x01\x02\x03 bad"), Err(ImportError::NotText { .. })));
        // An unpaired surrogate in UTF-16 is reported where it is: mark (2) + "ab" (4) = offset 6.
        let mut bad = b"\xFF\xFEa\0b\0".to_vec();
        bad.extend([0x00, 0xD8, b'c', 0]);
        assert_eq!(text(&bad), Err(ImportError::NotText { offset: 6 }));
        let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
        assert!(matches!(text(&noise), Err(ImportError::NotText { .. })));
    }
}
