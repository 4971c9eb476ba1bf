//! Corpus mode: many records at once, on every core (std threads, no dependency).
//!
//! `recordline parse DIR|FILES... --jsonl` writes one JSON object per record, one per line, in the
//! order of the files (a folder's files sorted by name, folders read recursively): the JSON
//! contract of `parse --json` with a `"file"` key first, or `{"file": ..., "error": ...}` for a
//! file that cannot be read. A progress line goes to standard error while a long run lasts (on a
//! terminal), and a summary at the end: records, turns, MB/s, files refused and why.
//! `recordline check DIR` reads its files the same way. With `--source` each object also holds
//! `"source": {"name": …, "text": …}`, the text it was parsed from: the library file the web app
//! imports (`docs/library.md`), so a folder of records becomes a library to hand to a colleague.

use recordline::model::Parsed;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

/// The files named: files as they are, folders expanded (recursively, sorted by name).
pub fn files(args: &[&str]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for a in args {
        let p = Path::new(a);
        if p.is_dir() {
            walk(p, &mut out).map_err(|e| format!("cannot read directory {a}: {e}"))?;
        } else if p.is_file() {
            out.push(p.to_path_buf());
        } else {
            return Err(format!("no such file or directory: {a}"));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.is_file() {
            out.push(p);
        }
    }
    Ok(())
}

/// What one file gave: its size in bytes and its record, or why it could not be read.
pub struct Read {
    pub path: PathBuf,
    pub bytes: usize,
    pub parsed: Result<Parsed, String>,
    /// The text the importers read, when it is to be written out (`--source`).
    pub text: Option<String>,
}

fn read_one(path: &Path, keep_text: bool) -> Read {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    match std::fs::read(path) {
        Ok(b) => {
            let mut text = None;
            let parsed = recordline::import::open(&name, &b)
                .map(|t| {
                    let parsed = recordline::parse(&t);
                    text = keep_text.then_some(t);
                    parsed
                })
                .map_err(|e| e.to_string());
            Read { path: path.to_path_buf(), bytes: b.len(), parsed, text }
        }
        Err(e) => Read { path: path.to_path_buf(), bytes: 0, parsed: Err(e.to_string()), text: None },
    }
}

/// Reads every file on every core and hands each result to `each`, in the files' order.
pub fn read_all(files: &[PathBuf], keep_text: bool, mut each: impl FnMut(Read)) -> Summary {
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    // Every core, unless RECORDLINE_THREADS says how many (the benchmark compares 1 with all).
    let cores = std::env::var("RECORDLINE_THREADS").ok().and_then(|n| n.parse().ok()).filter(|n: &usize| *n > 0);
    let cores = cores.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let workers = cores.min(files.len().max(1));
    let (tx, rx) = mpsc::sync_channel::<(usize, Read)>(workers * 4);
    let mut summary = Summary::default();
    let progress = std::io::stderr().is_terminal() && files.len() > 1;
    std::thread::scope(|s| {
        for _ in 0..workers {
            let (tx, next) = (tx.clone(), &next);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                if tx.send((i, read_one(path, keep_text))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Results arrive in any order; they are passed on in the files' order.
        let mut waiting: std::collections::BTreeMap<usize, Read> = std::collections::BTreeMap::new();
        let mut due = 0;
        let mut last_report = Instant::now();
        for (i, r) in rx {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&due) {
                summary.count(&r);
                each(r);
                due += 1;
            }
            if progress && last_report.elapsed().as_millis() >= 500 {
                last_report = Instant::now();
                let _ = write!(std::io::stderr(), "\r{}", summary.line(files.len(), start.elapsed().as_secs_f64()));
            }
        }
    });
    summary.seconds = start.elapsed().as_secs_f64();
    summary.files = files.len();
    if progress {
        let _ = write!(std::io::stderr(), "\r\x1b[K");
    }
    summary
}

#[derive(Default)]
pub struct Summary {
    pub files: usize,
    pub records: usize,
    pub turns: usize,
    pub bytes: usize,
    pub seconds: f64,
    pub refused: Vec<(PathBuf, String)>,
}

impl Summary {
    fn count(&mut self, r: &Read) {
        self.bytes += r.bytes;
        match &r.parsed {
            Ok(p) => {
                self.records += 1;
                self.turns += p.record.turns.len();
            }
            Err(why) => self.refused.push((r.path.clone(), why.clone())),
        }
    }

    fn line(&self, total: usize, seconds: f64) -> String {
        let done = self.records + self.refused.len();
        format!(
            "{done}/{total} files, {} turns, {:.1} MB, {:.1} MB/s",
            self.turns,
            self.bytes as f64 / 1e6,
            self.bytes as f64 / 1e6 / seconds.max(1e-9)
        )
    }

    /// The closing summary: records, turns, MB/s, files refused and why.
    pub fn report(&self) -> String {
        let mut out = format!(
            "recordline: {} records, {} turns, {:.1} MB in {:.2} s ({:.1} MB/s, {:.0} records/s)",
            self.records,
            self.turns,
            self.bytes as f64 / 1e6,
            self.seconds,
            self.bytes as f64 / 1e6 / self.seconds.max(1e-9),
            (self.records + self.refused.len()) as f64 / self.seconds.max(1e-9)
        );
        if !self.refused.is_empty() {
            out.push_str(&format!("; {} file(s) refused:", self.refused.len()));
            for (p, why) in &self.refused {
                out.push_str(&format!("\n  {}: {why}", p.display()));
            }
        }
        out
    }
}

/// `parse ... --jsonl [--source]`: one JSON object per record, one per line.
pub fn jsonl(files: &[PathBuf], source: bool) -> Summary {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut closed = false;
    let summary = read_all(files, source, |r| {
        if closed {
            return;
        }
        let file = serde_json::to_string(&r.path.display().to_string()).unwrap_or_default();
        let line = match &r.parsed {
            Ok(p) => {
                let body = serde_json::to_string(p).unwrap_or_else(|_| "{}".into());
                let body = &body[1..];
                match &r.text {
                    // The library's line: the source after the record (`docs/library.md`).
                    Some(text) => {
                        let name = r.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                        let source = serde_json::json!({ "name": name, "text": text });
                        format!("{{\"file\":{file},{},\"source\":{source}}}", &body[..body.len().saturating_sub(1)])
                    }
                    None => format!("{{\"file\":{file},{body}"),
                }
            }
            Err(why) => format!("{{\"file\":{file},\"error\":{}}}", serde_json::to_string(why).unwrap_or_default()),
        };
        closed = writeln!(out, "{line}").is_err();
    });
    let _ = out.flush();
    summary
}
