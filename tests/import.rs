//! Importers on real files: the seed record as a browser-saved HTML page, a Word document,
//! UTF-16 and Windows-1252 text, each read and parsed into the same meeting; and a matrix of
//! bad inputs, each with the message a reader gets.

use recordline::import::{open, open_with_notes, ImportError};
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap()
}

/// Symbol, turns (speaker and paragraph numbers) and the clock.
type Meeting = (Option<String>, Vec<(Option<String>, Vec<u32>)>, Vec<String>);

/// The facts of the seed that every import must keep.
fn meeting(text: &str) -> Meeting {
    let r = recordline::parse(text).record;
    let turns = r.turns.iter().map(|t| (t.speaker.name.clone(), t.paragraphs.clone())).collect();
    let events = r
        .events
        .iter()
        .map(|e| format!("{} {}", e.kind.as_str(), e.time.map(|t| t.to_string()).unwrap_or_default()))
        .collect();
    (r.symbol, turns, events)
}

#[test]
fn every_format_of_the_seed_gives_the_same_meeting() {
    let reference = meeting(&String::from_utf8(fixture("CMW_C_SR.464.md")).unwrap());
    assert_eq!(reference.1.len(), 20);
    for (name, note) in [
        ("import/CMW_C_SR.464.html", "read from an HTML page"),
        ("import/CMW_C_SR.464.docx", "read from a Word document"),
        ("import/CMW_C_SR.464.furniture.docx", "read from a Word document"),
        ("import/CMW_C_SR.464.utf16le.txt", "read as UTF-16 text"),
        ("import/CMW_C_SR.464.cp1252.txt", "Windows-1252"),
    ] {
        let imported = open_with_notes(name, &fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(imported.notes.iter().any(|n| n.contains(note)), "{name}: notes {:?}", imported.notes);
        assert_eq!(meeting(&imported.text), reference, "{name}");
    }
}

/// A Word file's header, footer and footnote are read, and set aside as the page furniture
/// they are: the job number and the page number, the footnote; no turn or unrecognised block.
#[test]
fn word_headers_footers_and_footnotes_are_furniture() {
    let name = "import/CMW_C_SR.464.furniture.docx";
    let text = open(name, &fixture(name)).unwrap();
    let plain = open("import/CMW_C_SR.464.docx", &fixture("import/CMW_C_SR.464.docx")).unwrap();
    let (with, without) = (recordline::parse(&text).record, recordline::parse(&plain).record);
    let furniture = |r: &recordline::model::Record| r.furniture.iter().map(|f| f.text.clone()).collect::<Vec<_>>();
    let added: Vec<String> = furniture(&with).into_iter().filter(|f| !furniture(&without).contains(f)).collect();
    assert!(added.iter().any(|f| f.contains("GE.21-14135")), "footer: {added:?}");
    assert!(added.iter().any(|f| f.starts_with("* Any corrections")), "footnote: {added:?}");
    assert_eq!(with.unrecognised.len(), without.unrecognised.len(), "{:?}", with.unrecognised);
    assert_eq!(text.matches("GE.21-14135\t5").count(), 1, "two footers with the same text are given once");
}

#[test]
fn the_html_import_drops_scripts() {
    let text = open("CMW_C_SR.464.html", &fixture("import/CMW_C_SR.464.html")).unwrap();
    assert!(!text.contains("alert") && !text.contains("tracker") && !text.contains('<'));
}

#[test]
fn bad_inputs_get_their_message() {
    let mut random = Vec::with_capacity(8192);
    let mut x: u32 = 2463534242;
    for _ in 0..8192 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        random.push(x as u8);
    }
    let docx = fixture("import/CMW_C_SR.464.docx");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", Vec::new(), ""),
        ("record.pdf", b"".to_vec(), ""),
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj".to_vec(), "this PDF document is damaged or incomplete"),
        ("scanned.pdf", fixture("import/scanned.pdf"), "this PDF is a scan"),
        ("encrypted.pdf", fixture("import/encrypted.pdf"), "this PDF is encrypted"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "this is a PNG image, not a meeting record"),
        ("archive.zip", b"PK\x03\x04\x14\0\0\0\0\0".to_vec(), "ZIP archive, not a meeting record"),
        ("old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec(), "save it as .docx or PDF"),
        ("noise.bin", random, "this file is not text"),
        ("bomb.docx", fixture("import/bomb.docx"), "would unpack to more than 64 MB"),
        ("cut.docx", docx[..docx.len() / 2].to_vec(), "damaged or incomplete"),
        ("huge.txt", vec![b'a'; recordline::import::MAX_BYTES + 1], "files over 50 MB are refused"),
    ];
    for (name, bytes, expected) in cases {
        match open(name, &bytes) {
            // Empty input is read as empty text; the viewer and the parser say it is empty.
            Ok(text) => assert!(expected.is_empty() && text.is_empty(), "{name} was read: {text:?}"),
            Err(e) => assert!(!expected.is_empty() && e.to_string().contains(expected), "{name}: {e}"),
        }
    }
    assert!(matches!(open("x.docx", &fixture("import/bomb.docx")), Err(ImportError::TooLargeUnpacked { .. })));
}

mod generated {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Markup-like text, read as HTML: never a panic, never a tag in the output.
        #[test]
        fn html_never_panics(body in "(<[a-z/!]{0,6}[^<>]{0,10}>?|&[a-z#0-9]{0,6};?|[a-zé <>&;]{0,12}){0,40}") {
            let page = format!("<html><body>{body}");
            let _ = recordline::import::open("page.html", page.as_bytes());
        }

        /// Any bytes under any name: an answer, never a panic.
        #[test]
        fn any_bytes_under_any_name(bytes in proptest::collection::vec(any::<u8>(), 0..600), name in "(x\\.txt|x\\.html|x\\.docx|x\\.pdf|x)") {
            let _ = recordline::import::open(&name, &bytes);
            let mut pdfish = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj 2 0 obj << /Kids [3 0 R] >> endobj 3 0 obj << /Contents 4 0 R >> endobj 4 0 obj << /Length 9 >> stream\n".to_vec();
            pdfish.extend_from_slice(&bytes);
            let _ = recordline::import::open(&name, &pdfish);
            let mut zipish = b"PK\x03\x04".to_vec();
            zipish.extend_from_slice(&bytes);
            let _ = recordline::import::open(&name, &zipish);
        }
    }
}
