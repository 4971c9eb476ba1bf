//! The importers never panic, whatever the bytes and whichever kind the name claims.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["record.txt", "record.html", "record.docx", "record"] {
        if let Ok(text) = recordline::import::open(name, data) {
            let _ = recordline::parse(&text);
        }
    }
});
