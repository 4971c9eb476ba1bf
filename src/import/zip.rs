//! Just enough of the ZIP format to read one part of a `.docx`: the central directory,
//! then the named entry, stored or deflated. Inflating has a hard limit, so an archive
//! built to expand enormously (a "decompression bomb") is refused, whatever it declares.
//! (A full ZIP crate would add about 50 KB of gzipped WebAssembly for this one job.)

const EOCD: u32 = 0x0605_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const LOCAL: u32 = 0x0403_4b50;

#[derive(Debug, PartialEq, Eq)]
pub enum ZipError {
    /// Not a ZIP archive, or cut short.
    Damaged(&'static str),
    Missing,
    /// The entry would inflate beyond the limit.
    TooLarge,
    /// A compression method other than stored or deflate.
    Method(u16),
}

// Offsets come from the file: every sum saturates, and every read is checked.
fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// A central directory entry: (name, method, compressed size, local header offset).
type Entry<'a> = (&'a [u8], u16, usize, usize);

fn entries(b: &[u8]) -> Result<Vec<Entry<'_>>, ZipError> {
    // The end record sits in the last 64 KB + 22 bytes.
    let from = b.len().saturating_sub(65_557);
    let eocd = (from..b.len().saturating_sub(21))
        .rev()
        .find(|&i| u32_at(b, i) == Some(EOCD))
        .ok_or(ZipError::Damaged("no end of central directory"))?;
    let count = u16_at(b, eocd + 10).ok_or(ZipError::Damaged("short end record"))? as usize;
    let mut at = u32_at(b, eocd + 16).ok_or(ZipError::Damaged("short end record"))? as usize;
    let mut out = Vec::with_capacity(count.min(1024));
    for _ in 0..count {
        if u32_at(b, at) != Some(CENTRAL) {
            return Err(ZipError::Damaged("broken central directory"));
        }
        let field = |off: usize| u16_at(b, at.saturating_add(off)).ok_or(ZipError::Damaged("short central entry"));
        let method = field(10)?;
        let compressed = u32_at(b, at.saturating_add(20)).ok_or(ZipError::Damaged("short central entry"))? as usize;
        let (name_len, extra_len, comment_len) = (field(28)? as usize, field(30)? as usize, field(32)? as usize);
        let local = u32_at(b, at.saturating_add(42)).ok_or(ZipError::Damaged("short central entry"))? as usize;
        let name_at = at.saturating_add(46);
        let name = b.get(name_at..name_at.saturating_add(name_len)).ok_or(ZipError::Damaged("short central entry"))?;
        out.push((name, method, compressed, local));
        at = name_at.saturating_add(name_len).saturating_add(extra_len).saturating_add(comment_len);
    }
    Ok(out)
}

/// The names of the archive's entries (empty if it is damaged).
pub fn names(b: &[u8]) -> Vec<String> {
    entries(b).map(|e| e.iter().map(|(n, ..)| String::from_utf8_lossy(n).into_owned()).collect()).unwrap_or_default()
}

pub fn has_entry(b: &[u8], name: &str) -> bool {
    entries(b).is_ok_and(|e| e.iter().any(|(n, ..)| *n == name.as_bytes()))
}

/// The bytes of entry `name`, inflated to at most `limit` bytes.
pub fn read(b: &[u8], name: &str, limit: usize) -> Result<Vec<u8>, ZipError> {
    let (_, method, compressed, local) =
        entries(b)?.into_iter().find(|(n, ..)| *n == name.as_bytes()).ok_or(ZipError::Missing)?;
    if u32_at(b, local) != Some(LOCAL) {
        return Err(ZipError::Damaged("broken local header"));
    }
    let name_len = u16_at(b, local.saturating_add(26)).ok_or(ZipError::Damaged("short local header"))? as usize;
    let extra_len = u16_at(b, local.saturating_add(28)).ok_or(ZipError::Damaged("short local header"))? as usize;
    let start = local.saturating_add(30).saturating_add(name_len).saturating_add(extra_len);
    let data = b.get(start..start.saturating_add(compressed)).ok_or(ZipError::Damaged("the entry is cut short"))?;
    match method {
        0 if data.len() > limit => Err(ZipError::TooLarge),
        0 => Ok(data.to_vec()),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit).map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ZipError::TooLarge,
            _ => ZipError::Damaged("the compressed data is corrupt"),
        }),
        m => Err(ZipError::Method(m)),
    }
}
