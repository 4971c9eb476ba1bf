//! Times the importer on a file (bytes to text): `cargo run --release --example import_time FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: import_time FILE");
    let bytes = std::fs::read(&path).expect("readable file");
    let t = std::time::Instant::now();
    let i = recordline::import::open_with_notes(&path, &bytes).expect("importable");
    println!("{} bytes -> {} chars in {:?} ({:?})", bytes.len(), i.text.len(), t.elapsed(), i.notes);
}
