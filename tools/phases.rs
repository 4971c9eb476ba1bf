//! Times each parser pass on a file (wall clock, many runs): where does the time go?
use recordline::parse::{blocks, header, lines};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: phases FILE [RUNS]");
    let runs: u32 = std::env::args().nth(2).and_then(|r| r.parse().ok()).unwrap_or(20);
    let text = std::fs::read_to_string(path).expect("UTF-8 file");
    let mut t = [0f64; 4];
    for _ in 0..runs {
        let a = Instant::now();
        let ls = lines::split(&text);
        let layout = lines::measure(&ls);
        let b = Instant::now();
        let bs = blocks::build(&ls, &layout);
        let c = Instant::now();
        let full = recordline::parse(&text);
        let d = Instant::now();
        std::hint::black_box((&bs, &full));
        t[0] += (b - a).as_secs_f64();
        t[1] += (c - b).as_secs_f64();
        t[2] += (d - c).as_secs_f64();
    }
    let _ = header::late_field;
    let per = |x: f64| x / runs as f64 * 1e3;
    println!(
        "lines {:.3} ms, blocks {:.3} ms, whole parse {:.3} ms ({} bytes)",
        per(t[0]),
        per(t[1]),
        per(t[2]),
        text.len()
    );
}
