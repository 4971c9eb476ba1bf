//! The HTML reader never panics, and what it reads parses without losing text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = recordline::import::open("record.html", data) {
        let parsed = recordline::parse(&text);
        assert!(recordline::invariants::text_lost(&text, &parsed).is_empty());
    }
});
