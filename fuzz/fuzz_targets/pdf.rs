//! The PDF reader never panics and never runs away: any bytes behind a PDF header, and
//! mutations of a small real PDF (seeded from the fixtures) are read or refused.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.extend_from_slice(data);
    if let Ok(text) = recordline::import::open("record.pdf", &bytes) {
        let _ = recordline::parse(&text);
    }
    let _ = recordline::import::open("record.pdf", data);
});
