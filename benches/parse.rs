//! Parse throughput on real records: the seed summary record, the largest verbatim
//! record, and ten records concatenated (to check that time grows linearly).
//! Run with `cargo bench --bench parse`; `scripts/bench.sh` prints MB/s and the ratio.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::Path;

fn corpus() -> std::path::PathBuf {
    std::env::var_os("RECORDLINE_CORPUS")
        .map(Into::into)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

fn inputs() -> Vec<(&'static str, String)> {
    let seed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/CMW_C_SR.464.md")).unwrap();
    // On a bare clone (no shared corpus) a verbatim record of the fixtures stands in, so that
    // `cargo test --all-targets` still runs; scripts/bench.sh needs the corpus.
    let largest = std::fs::read_to_string(corpus().join("pdf/A_79_PV.29.txt")).unwrap_or_else(|_| {
        eprintln!("the shared corpus is not here: A/63/PV.40 from tests/fixtures/whole stands in for A/79/PV.29");
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/whole/A_63_PV.40.txt"))
            .unwrap()
    });
    let seed_x10 = [seed.as_str(); 10].join("\n\n");
    let largest_x10 = [largest.as_str(); 10].join("\n\n");
    vec![
        ("seed", seed.clone()),
        ("seed_x10", seed_x10),
        ("verbatim_A_79_PV.29", largest.clone()),
        ("verbatim_x10", largest_x10),
    ]
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    // A shared 2-core VM is noisy: many samples over several seconds steady the mean.
    group.sample_size(60);
    group.measurement_time(std::time::Duration::from_secs(6));
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| b.iter(|| recordline::parse(t)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
