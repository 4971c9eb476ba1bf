//! Stream filters (ISO 32000-1, 7.4): each undoes one encoding, within a byte budget.

use super::document::StreamError;

/// zlib data; a stream cut short gives what inflated before the cut.
pub fn flate(data: &[u8], limit: usize) -> Result<Vec<u8>, StreamError> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let mut out = vec![0u8; (data.len() * 4).clamp(1024, limit.max(1024))];
    let mut state = DecompressorOxide::new();
    let (mut read, mut written) = (0, 0);
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    loop {
        let (status, r, w) =
            decompress(&mut state, &data[read..], &mut out, written, flags | inflate_flags::TINFL_FLAG_HAS_MORE_INPUT);
        read += r;
        written += w;
        match status {
            TINFLStatus::HasMoreOutput => {
                if out.len() >= limit {
                    return Err(StreamError::TooLarge);
                }
                let grown = (out.len() * 2).min(limit);
                out.resize(grown, 0);
            }
            TINFLStatus::NeedsMoreInput if read < data.len() => {}
            _ => break,
        }
    }
    out.truncate(written);
    Ok(out)
}

/// LZW as PDF uses it (early code change on).
pub fn lzw(data: &[u8], limit: usize) -> Result<Vec<u8>, StreamError> {
    let mut out = Vec::new();
    let mut table: Vec<Vec<u8>> = Vec::new();
    let reset = |t: &mut Vec<Vec<u8>>| {
        t.clear();
        t.extend((0..=255u8).map(|b| vec![b]));
        t.push(Vec::new());
        t.push(Vec::new());
    };
    reset(&mut table);
    let (mut bits, mut acc, mut width) = (0u32, 0u32, 9u32);
    let mut prev: Option<Vec<u8>> = None;
    for &byte in data {
        acc = acc << 8 | byte as u32;
        bits += 8;
        while bits >= width {
            let code = (acc >> (bits - width)) & ((1 << width) - 1);
            bits -= width;
            match code {
                256 => {
                    reset(&mut table);
                    width = 9;
                    prev = None;
                    continue;
                }
                257 => return Ok(out),
                _ => {}
            }
            let entry = if (code as usize) < table.len() {
                table[code as usize].clone()
            } else if let Some(p) = &prev {
                let mut e = p.clone();
                e.push(p[0]);
                e
            } else {
                return Ok(out);
            };
            out.extend_from_slice(&entry);
            if out.len() > limit {
                return Err(StreamError::TooLarge);
            }
            if let Some(mut p) = prev.take() {
                p.push(entry[0]);
                if table.len() < 4096 {
                    table.push(p);
                }
            }
            prev = Some(entry);
            width = match table.len() + 1 {
                n if n >= 2048 => 12,
                n if n >= 1024 => 11,
                n if n >= 512 => 10,
                _ => 9,
            };
        }
    }
    Ok(out)
}

pub fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> =
        data.iter().take_while(|&&c| c != b'>').filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8)).collect();
    digits.chunks(2).map(|p| p[0] << 4 | p.get(1).copied().unwrap_or(0)).collect()
}

pub fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut group = Vec::with_capacity(5);
    for &c in data {
        match c {
            b'~' => break,
            b'z' if group.is_empty() => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group.push(c - b'!');
                if group.len() == 5 {
                    let v = group.iter().fold(0u64, |a, &d| a * 85 + d as u64) as u32;
                    out.extend_from_slice(&v.to_be_bytes());
                    group.clear();
                }
            }
            _ => {}
        }
    }
    if group.len() > 1 {
        let n = group.len();
        group.resize(5, 84);
        let v = group.iter().fold(0u64, |a, &d| a * 85 + d as u64) as u32;
        out.extend_from_slice(&v.to_be_bytes()[..n - 1]);
    }
    out
}

pub fn run_length(data: &[u8], limit: usize) -> Result<Vec<u8>, StreamError> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&n) = data.get(i) {
        match n {
            128 => break,
            0..=127 => {
                let end = (i + 2 + n as usize).min(data.len());
                out.extend_from_slice(&data[(i + 1).min(end)..end]);
                i = end;
            }
            _ => {
                if let Some(&b) = data.get(i + 1) {
                    out.extend(std::iter::repeat_n(b, 257 - n as usize));
                }
                i += 2;
            }
        }
        if out.len() > limit {
            return Err(StreamError::TooLarge);
        }
    }
    Ok(out)
}

/// PNG row predictors (one byte per pixel component, as cross-reference streams use them).
pub fn png_predictor(data: &[u8], columns: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut prev = vec![0u8; columns];
    for row in data.chunks(columns + 1) {
        let (kind, row) = (row[0], &row[1..]);
        let mut cur = vec![0u8; columns];
        for (i, &x) in row.iter().enumerate() {
            let a = if i > 0 { cur[i - 1] } else { 0 };
            let b = prev[i];
            let c = if i > 0 { prev[i - 1] } else { 0 };
            cur[i] = match kind {
                1 => x.wrapping_add(a),
                2 => x.wrapping_add(b),
                3 => x.wrapping_add(((a as u16 + b as u16) / 2) as u8),
                4 => {
                    let p = a as i16 + b as i16 - c as i16;
                    let (pa, pb, pc) = ((p - a as i16).abs(), (p - b as i16).abs(), (p - c as i16).abs());
                    x.wrapping_add(if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    })
                }
                _ => x,
            };
        }
        out.extend_from_slice(&cur[..row.len()]);
        prev = cur;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_undo_the_text_filters() {
        assert_eq!(ascii_hex(b"48 65 6C6C6F>"), b"Hello");
        assert_eq!(ascii85(b"87cURDZ~>"), b"Hello");
        assert_eq!(run_length(&[2, b'a', b'b', b'c', 254, b'x', 128], 100).unwrap(), b"abcxxx");
        let z = miniz_oxide::deflate::compress_to_vec_zlib(b"BT /F1 10 Tf (Hi) Tj ET", 6);
        assert_eq!(flate(&z, 1000).unwrap(), b"BT /F1 10 Tf (Hi) Tj ET");
        assert!(!flate(&z[..z.len() / 2], 1000).unwrap().is_empty());
        let big = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0u8; 100_000], 6);
        assert_eq!(flate(&big, 10_000), Err(StreamError::TooLarge));
        // "-----A---B" in LZW, from the PDF reference's example.
        let lzw_example = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];
        assert_eq!(lzw(&lzw_example, 100).unwrap(), b"-----A---B");
    }
}
