//! `parse` never panics and never loses text, whatever the bytes (read as lossy UTF-8).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = recordline::parse(&text);
    let lost = recordline::invariants::text_lost(&text, &parsed);
    assert!(lost.is_empty(), "{lost:?}");
});
