//! Parses a file many times; used to profile the parser (`perf record`).
fn main() {
    let path = std::env::args().nth(1).expect("usage: parse_file FILE [TIMES]");
    let times: usize = std::env::args().nth(2).and_then(|t| t.parse().ok()).unwrap_or(50);
    let text = std::fs::read_to_string(path).expect("readable UTF-8");
    let mut turns = 0;
    for _ in 0..times {
        turns += recordline::parse(&text).record.turns.len();
    }
    println!("{turns}");
}
