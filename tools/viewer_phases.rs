//! Times what the app does natively with a record, step by step: parse, load into the
//! viewer (estimates, speakers), search. Finds the step that grows badly with size.
//! `cargo run --release --example viewer_phases FILE`
use recordline::viewer::{Action, Viewer};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: viewer_phases FILE");
    let text = std::fs::read_to_string(path).expect("UTF-8 file");
    let t = Instant::now();
    let parsed = recordline::parse(&text);
    let parse = t.elapsed();
    let t = Instant::now();
    let est = recordline::timeline::estimate(&parsed);
    let estimate = t.elapsed();
    let t = Instant::now();
    let speakers = recordline::timeline::speakers(&parsed, &est);
    let speakers_t = t.elapsed();
    let t = Instant::now();
    let hits = recordline::timeline::search(&parsed, "Committee");
    let search = t.elapsed();
    let mut v = Viewer::default();
    let t = Instant::now();
    v.apply(Action::Load { text: text.clone(), name: "big".into(), sample: false });
    let load = t.elapsed();
    let t = Instant::now();
    let items = v.visible_items();
    let visible = t.elapsed();
    let t = Instant::now();
    v.apply(Action::ExpandAll);
    let expand = t.elapsed();
    println!(
        "{} bytes, {} turns, {} paragraphs, {} speakers, {} hits, {} items\nparse {:?}, estimate {:?}, speakers {:?}, search {:?}, viewer load {:?}, visible items {:?}, expand all {:?}",
        text.len(), parsed.record.turns.len(), parsed.record.paragraphs.len(), speakers.len(), hits.len(), items.len(),
        parse, estimate, speakers_t, search, load, visible, expand
    );
}
