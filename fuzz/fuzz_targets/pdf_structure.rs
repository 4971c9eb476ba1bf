//! Structure-aware fuzzing of the PDF reader (issue 11). The mutator works on a PDF's own
//! tokens rather than random bytes: it changes numbers to the values that break readers (0,
//! -1, 2^31, 10^300, a page 10^12 points wide), points references at themselves or at other
//! objects, nests arrays and dictionaries deep, swaps filters, drops `endstream`/`endobj`,
//! duplicates and truncates objects. Seeds are the UN's PDFs (scripts/fuzz.sh copies them in).
//! Every input must be read or refused: no panic, no stack overflow, no runaway allocation
//! (libFuzzer's -rss_limit_mb and -timeout catch the last two).
#![no_main]
use libfuzzer_sys::{fuzz_mutator, fuzz_target};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = recordline::import::open("record.pdf", data) {
        let _ = recordline::parse(&text);
    }
});

/// A small deterministic generator (libFuzzer gives the seed).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const NUMBERS: &[&[u8]] = &[
    b"0", b"-1", b"1", b"2147483647", b"2147483648", b"4294967295", b"9223372036854775807", b"-9223372036854775808",
    b"1e300", b"-1e300", b"1000000000000", b"0.0000001", b"65536", b"99999999",
];
const FILTERS: &[&[u8]] = &[
    b"/FlateDecode", b"/LZWDecode", b"/ASCII85Decode", b"/ASCIIHexDecode", b"/RunLengthDecode", b"/DCTDecode",
    b"[/FlateDecode /FlateDecode]", b"/Crypt",
];
const KEYWORDS: &[&[u8]] = &[b"endstream", b"endobj", b"stream", b"obj", b"xref", b"trailer", b"startxref"];

/// Where the number token around `at` starts and ends.
fn number_at(d: &[u8], at: usize) -> Option<(usize, usize)> {
    let is_num = |b: u8| b.is_ascii_digit() || b == b'.' || b == b'-';
    let mut s = at.min(d.len().saturating_sub(1));
    while s < d.len() && !is_num(d[s]) {
        s += 1;
        if s > at + 256 {
            return None;
        }
    }
    if s >= d.len() {
        return None;
    }
    let mut e = s;
    while e < d.len() && is_num(d[e]) {
        e += 1;
    }
    while s > 0 && is_num(d[s - 1]) {
        s -= 1;
    }
    Some((s, e))
}

fn find(d: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    d[from.min(d.len())..].windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn splice(d: &mut Vec<u8>, s: usize, e: usize, with: &[u8]) {
    let e = e.min(d.len());
    let s = s.min(e);
    d.splice(s..e, with.iter().copied());
}

fn mutate(d: &mut Vec<u8>, rng: &mut Rng) {
    if d.is_empty() {
        d.extend_from_slice(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj trailer << /Root 1 0 R >>");
    }
    let at = rng.below(d.len());
    match rng.below(10) {
        // A number becomes one that breaks readers.
        0 | 1 | 2 => {
            if let Some((s, e)) = number_at(d, at) {
                let n = NUMBERS[rng.below(NUMBERS.len())];
                splice(d, s, e, n);
            }
        }
        // A reference points elsewhere: at its own object, at nothing, at object 0.
        3 => {
            if let Some(r) = find(d, at, b" 0 R") {
                if let Some((s, e)) = number_at(d, r.saturating_sub(12)) {
                    let target = match rng.below(3) {
                        0 => b"1".to_vec(),
                        1 => (rng.below(60) + 1).to_string().into_bytes(),
                        _ => b"999999".to_vec(),
                    };
                    splice(d, s, e.min(r), &target);
                }
            }
        }
        // Deep nesting.
        4 => {
            let (open, close): (&[u8], &[u8]) = if rng.below(2) == 0 { (b"[", b"]") } else { (b"<< /K ", b">>") };
            let depth = 1 + rng.below(5000);
            let mut nest = open.repeat(depth);
            if rng.below(2) == 0 {
                nest.extend(close.repeat(depth));
            }
            splice(d, at, at, &nest);
        }
        // A filter changes.
        5 => {
            if let Some(f) = find(d, at, b"/Filter") {
                let end = d[f + 7..].iter().position(|&b| b == b'/' || b == b'>').map_or(d.len(), |p| f + 7 + p);
                let mut with = b"/Filter ".to_vec();
                with.extend_from_slice(FILTERS[rng.below(FILTERS.len())]);
                let stop = d[end..].iter().position(|&b| b == b' ' || b == b'/' || b == b'>').map_or(d.len(), |p| end + p + 1);
                splice(d, f, stop.min(d.len()), &with);
            }
        }
        // A keyword disappears or appears twice.
        6 => {
            let k = KEYWORDS[rng.below(KEYWORDS.len())];
            if let Some(p) = find(d, at, k) {
                if rng.below(2) == 0 {
                    splice(d, p, p + k.len(), b"");
                } else {
                    splice(d, p, p, k);
                }
            }
        }
        // An object is copied elsewhere (a later definition replaces an earlier one).
        7 => {
            if let (Some(s), Some(e)) = (find(d, at, b" obj"), find(d, at, b"endobj")) {
                if s < e && e - s < 100_000 {
                    let chunk = d[s.saturating_sub(8)..e + 6].to_vec();
                    let to = rng.below(d.len());
                    splice(d, to, to, &chunk);
                }
            }
        }
        // Truncation.
        8 => d.truncate(at.max(16)),
        // A box or a count becomes huge.
        _ => {
            for key in [&b"/MediaBox ["[..], b"/Count ", b"/N ", b"/First ", b"/Columns ", b"/Length "] {
                if let Some(p) = find(d, at, key) {
                    if let Some((s, e)) = number_at(d, p + key.len()) {
                        splice(d, s, e, NUMBERS[rng.below(NUMBERS.len())]);
                    }
                    break;
                }
            }
        }
    }
}

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    let mut rng = Rng(seed as u64 | 1);
    // Half the time libFuzzer's own byte mutations, half the time ours.
    if rng.below(2) == 0 {
        return libfuzzer_sys::fuzzer_mutate(data, size, max_size);
    }
    let mut d = data[..size].to_vec();
    for _ in 0..1 + rng.below(3) {
        mutate(&mut d, &mut rng);
    }
    d.truncate(max_size);
    data[..d.len()].copy_from_slice(&d);
    d.len()
});
