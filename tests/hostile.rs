//! Hostile input (issue 11): every crafted file of `tests/fixtures/hostile/` (made by `make.py`
//! there) and the large ones made here is given to the CLI, `recordline parse FILE --json`,
//! under a 2 GB address-space limit and a time limit. It must end with a record or a readable
//! refusal: exit status 0 or 1, never a signal (an abort, a stack overflow), never a panic.
//! The same files keep the memory bound: peak memory is printed per MB of input.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const ADDRESS_SPACE_KB: u64 = 2_000_000;
const TIME_LIMIT: Duration = Duration::from_secs(20);

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

/// The large inputs of the same families, written to a temporary folder.
fn generated(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut write = |name: &str, bytes: Vec<u8>| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        files.push(p);
    };
    let pdf = |objects: &[Vec<u8>]| -> Vec<u8> {
        let mut out = b"%PDF-1.4\n".to_vec();
        for (i, o) in objects.iter().enumerate() {
            out.extend(format!("{} 0 obj\n", i + 1).bytes());
            out.extend(o);
            out.extend(b"\nendobj\n");
        }
        out.extend(b"trailer\n<< /Root 1 0 R >>\n%%EOF\n");
        out
    };
    let stream = |data: &[u8]| -> Vec<u8> {
        let mut s = format!("<< /Length {} >>\nstream\n", data.len()).into_bytes();
        s.extend(data);
        s.extend(b"\nendstream");
        s
    };
    let text = b"BT /F1 12 Tf 72 700 Td (The meeting was called to order at 3 p.m.) Tj ET".to_vec();
    let font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec();
    let page = b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_vec();
    // Arrays and dictionaries nested 200,000 deep.
    let nested_arrays = [b"[".repeat(200_000), b"]".repeat(200_000)].concat();
    write(
        "pdf-nested-arrays.pdf",
        pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] >>".to_vec(),
            page.clone(),
            font.clone(),
            stream(&text),
            nested_arrays,
        ]),
    );
    let nested_dicts =
        [b"<< /Type /Catalog /Pages 2 0 R /Deep ".to_vec(), b"<< /A ".repeat(100_000), b">> ".repeat(100_001)].concat();
    write(
        "pdf-nested-dicts.pdf",
        pdf(&[nested_dicts, b"<< /Type /Pages /Kids [3 0 R] >>".to_vec(), page.clone(), font.clone(), stream(&text)]),
    );
    // 200,000 pages, more than the page budget.
    let kids = vec!["3 0 R"; 200_000].join(" ");
    write(
        "pdf-many-pages.pdf",
        pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            format!("<< /Type /Pages /Kids [{kids}] /Count 200000 >>").into_bytes(),
            page.clone(),
            font.clone(),
            stream(&text),
        ]),
    );
    // A flood of glyphs: a form drawn by itself at every level.
    let flood = [
        b"BT /F1 1 Tf ".to_vec(),
        b"(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa) Tj ".repeat(20_000),
        b"ET /X1 Do".to_vec(),
    ]
    .concat();
    let form = b"<< /Type /XObject /Subtype /Form /Length 17 /Resources << /XObject << /X1 6 0 R >> >> >>\nstream\n/X1 Do /X1 Do /X1 Do\nendstream";
    write(
        "pdf-glyph-flood.pdf",
        pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>".to_vec(),
            font,
            stream(&flood),
            form.to_vec(),
        ]),
    );
    // HTML nested a million deep.
    write(
        "html-nesting.html",
        ["<html><body>", &"<div>".repeat(1_000_000), "The meeting rose at 6 p.m."].concat().into_bytes(),
    );
    // Text: megabytes of short speaker lines (memory per byte), one 3 MB word, a million brackets.
    let mut short = String::from("S/PV.1\n\n");
    for k in 0..120_000 {
        short.push_str(&if k % 2 == 0 {
            "The President: Next.\n".to_string()
        } else {
            format!("Mr. X{} (France): Yes.\n", k % 50)
        });
    }
    write("text-short-speaker-lines.txt", short.into_bytes());
    write("text-one-long-word.txt", ["Mr. X (France) said ", &"a".repeat(3_000_000)].concat().into_bytes());
    write("text-brackets.txt", ["1. Mr. X ", &"(".repeat(1_000_000), " said that."].concat().into_bytes());
    files
}

/// Runs the CLI on `file` under the limits: (exit code, stderr, seconds, peak memory in KB).
fn run(file: &Path) -> (Option<i32>, String, f64, Option<u64>) {
    let bin = env!("CARGO_BIN_EXE_recordline");
    let script = format!(
        "ulimit -v {ADDRESS_SPACE_KB}; exec {time}{bin} parse \"$1\" --json > /dev/null",
        time = if Path::new("/usr/bin/time").exists() { "/usr/bin/time -f 'peak-kb %M' " } else { "" }
    );
    let start = Instant::now();
    let mut child = Command::new("sh")
        .args(["-c", &script, "sh"])
        .arg(file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("sh runs");
    loop {
        if child.try_wait().unwrap().is_some() || start.elapsed() > TIME_LIMIT {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    if child.try_wait().unwrap().is_none() {
        let _ = child.kill();
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let peak = stderr.lines().find_map(|l| l.strip_prefix("peak-kb ")).and_then(|n| n.trim().parse().ok());
    // `/usr/bin/time` reports a child killed by a signal as exit status 128 + signal.
    let code = out.status.code().filter(|c| !stderr.contains("Command terminated by signal") && *c < 128);
    (code, stderr, start.elapsed().as_secs_f64(), peak)
}

#[test]
fn crafted_files_end_with_a_record_or_a_refusal() {
    let dir = std::env::temp_dir().join(format!("recordline-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e != "py"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the crafted files are missing: run tests/fixtures/hostile/make.py");
    files.extend(generated(&dir));
    let mut failures = Vec::new();
    for f in &files {
        let (code, stderr, seconds, peak) = run(f);
        let size = std::fs::metadata(f).map(|m| m.len()).unwrap_or(0);
        let per_mb = peak.map(|kb| {
            format!("{:.1} MB peak, {:.0}x the input", kb as f64 / 1024.0, kb as f64 * 1024.0 / size.max(1) as f64)
        });
        eprintln!(
            "{:<34} {:>9} bytes  exit {:?}  {seconds:.2} s  {}",
            f.file_name().unwrap().to_string_lossy(),
            size,
            code,
            per_mb.unwrap_or_default()
        );
        let ok = matches!(code, Some(0 | 1)) && !stderr.contains("panicked") && seconds < TIME_LIMIT.as_secs_f64();
        if !ok {
            failures.push(format!("{}: exit {code:?} after {seconds:.1} s\n{stderr}", f.display()));
        }
        if code == Some(1) {
            let why = stderr.lines().find(|l| l.starts_with("recordline:")).unwrap_or("");
            assert!(why.contains("cannot read"), "{}: a refusal says why: {stderr}", f.display());
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    assert!(failures.is_empty(), "crafted files that crashed the CLI:\n{}", failures.join("\n"));
}
