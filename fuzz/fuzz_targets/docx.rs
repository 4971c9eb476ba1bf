//! The Word reader never panics: arbitrary bytes, and arbitrary bytes after a ZIP signature.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = recordline::import::open("record.docx", data);
    let mut zip = b"PK\x03\x04".to_vec();
    zip.extend_from_slice(data);
    let _ = recordline::import::open("record.docx", &zip);
});
