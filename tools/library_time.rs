//! How long the library takes to keep a record (summary and search index) and to export it, natively:
//! `cargo run --release --example library_time -- FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: library_time FILE");
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let t = std::time::Instant::now();
    let parsed = recordline::parse(&text);
    let parse = t.elapsed();
    let t = std::time::Instant::now();
    let entry = recordline::library::Entry::new("x", text.clone(), &parsed);
    let keep = t.elapsed();
    let t = std::time::Instant::now();
    let est = recordline::timeline::estimate(&parsed);
    let estimate = t.elapsed();
    let t = std::time::Instant::now();
    let index = recordline::library::Index::build(&parsed, &est);
    let index_time = t.elapsed();
    println!("estimate {estimate:?}, index {index_time:?} ({} terms)", index.terms.len());
    let t = std::time::Instant::now();
    let json = serde_json::to_string(&entry).unwrap_or_default();
    let to_json = t.elapsed();
    let t = std::time::Instant::now();
    let back: Option<recordline::library::Entry> = serde_json::from_str(&json).ok();
    let from_json = t.elapsed();
    println!(
        "{} bytes: parse {parse:?}, entry (summary + index) {keep:?}, entry as JSON {} bytes in {to_json:?}, read back {from_json:?} ({})",
        text.len(),
        json.len(),
        back.is_some()
    );
}
