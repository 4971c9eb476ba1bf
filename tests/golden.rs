//! The golden files (`tests/golden/`, format in `tests/golden/README.md`): for every record
//! we hold, the fields a reader checks, written by reading the text. The parser's JSON is
//! compared with each, field by field; any difference fails the test. The score (fields
//! right / fields checked) is printed by field group, so a change can be judged by it.
//!
//! A difference the parser cannot yet avoid may be listed, with its reason, in
//! `tests/golden/known-differences.txt`: it still counts as wrong in the score, the test
//! fails on any difference not listed, and on a listed one that no longer occurs (so the list
//! only shrinks as the parser improves).
//!
//! Records of the shared corpus (`../shared/corpus/pdf/`, or `$RECORDLINE_CORPUS/pdf/`) are
//! read in place. On a bare clone they are skipped with a message, unless
//! `RECORDLINE_REQUIRE_CORPUS=1` (set by `scripts/test.sh`) makes a missing corpus a failure.

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

mod common;
use common::{corpus_dir, corpus_required};

/// One golden file, as read.
#[derive(Debug, Default)]
struct Golden {
    scope_whole: bool,
    fields: BTreeMap<String, String>,
    events: Option<Vec<String>>,
    turns: Option<Vec<GoldenTurn>>,
}

#[derive(Debug)]
struct GoldenTurn {
    speaker: Option<String>,
    affiliation: Option<String>,
    words: String,
    line: usize,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn read_golden(path: &Path) -> Result<Golden, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut g = Golden::default();
    let mut list: Option<&str> = None;
    for (i, line) in text.lines().enumerate() {
        let at = || format!("{}:{}", path.display(), i + 1);
        let line = line.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some(item) = line.trim_start().strip_prefix("- ") {
            match list {
                Some("events") => g.events.get_or_insert_with(Vec::new).push(squash(item)),
                Some("turns") => {
                    let parts: Vec<&str> = item.splitn(3, '|').collect();
                    let [speaker, affiliation, words] = parts[..] else {
                        return Err(format!("{}: a turn is `- speaker | affiliation | first words`", at()));
                    };
                    let opt = |s: &str| Some(squash(s)).filter(|s| !s.is_empty() && s != "?" && s != "-");
                    g.turns.get_or_insert_with(Vec::new).push(GoldenTurn {
                        speaker: opt(speaker),
                        affiliation: opt(affiliation),
                        words: squash(words),
                        line: i + 1,
                    });
                }
                _ => return Err(format!("{}: a list item outside `events:` or `turns:`", at())),
            }
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(format!("{}: expected `key: value`", at()));
        };
        let (key, value) = (key.trim(), value.trim());
        match key {
            "events" | "turns" => {
                list = Some(if key == "events" { "events" } else { "turns" });
                if key == "events" {
                    g.events.get_or_insert_with(Vec::new);
                } else {
                    g.turns.get_or_insert_with(Vec::new);
                }
            }
            "scope" => g.scope_whole = value == "whole",
            "kind" | "language" | "symbol" | "meeting" | "partial" | "date" | "time" | "chairs" => {
                list = None;
                g.fields.insert(key.to_string(), value.to_string());
            }
            _ => return Err(format!("{}: unknown key `{key}`", at())),
        }
    }
    Ok(g)
}

/// Where a golden file's record is, by the directory the golden file is in.
fn record_for(golden: &Path) -> Option<PathBuf> {
    let dir = golden.parent()?.file_name()?.to_str()?;
    let name = golden.file_name()?.to_str()?.strip_suffix(".golden")?;
    Some(match dir {
        "seed" => root().join("tests/fixtures").join(name),
        "web" | "openings" | "whole" | "reviews" | "versions" => root().join("tests/fixtures").join(dir).join(name),
        "pdf" => corpus_dir().join("pdf").join(name),
        _ => return None,
    })
}

/// The value of a scalar field as the golden file writes it, from the parser's JSON.
fn field_of(j: &Value, key: &str) -> String {
    let v = match key {
        "time" => &j["scheduled_time"],
        "chairs" => {
            let names: Vec<String> = j["chairs"]
                .as_array()
                .map(|a| a.iter().filter_map(|c| c["name"].as_str()).map(squash).collect())
                .unwrap_or_default();
            return if names.is_empty() { "-".into() } else { names.join(" ; ") };
        }
        _ => &j[key],
    };
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn event_of(e: &Value) -> String {
    let time = e["time"].as_str().unwrap_or("-");
    let mut s = format!("{} {}", e["kind"].as_str().unwrap_or("?"), time);
    if e["kind"] == "chair_changed" {
        if let Some(p) = e["person"].as_str() {
            s.push(' ');
            s.push_str(&squash(p));
        }
    }
    s
}

/// A parser turn in the golden file's terms: (speaker, affiliation, first paragraph's text).
fn turns_of(j: &Value) -> Vec<(Option<String>, Option<String>, String)> {
    let paragraphs = j["paragraphs"].as_array().cloned().unwrap_or_default();
    j["turns"]
        .as_array()
        .map(|turns| {
            turns
                .iter()
                .map(|t| {
                    let p = t["first_paragraph"].as_u64().unwrap_or(0) as usize;
                    let text = paragraphs.get(p).and_then(|p| p["text"].as_str()).map(squash).unwrap_or_default();
                    (t["speaker"]["name"].as_str().map(squash), t["speaker"]["affiliation"].as_str().map(squash), text)
                })
                .collect()
        })
        .unwrap_or_default()
}

fn turn_matches(g: &GoldenTurn, p: &(Option<String>, Option<String>, String)) -> bool {
    g.speaker == p.0 && g.affiliation == p.1 && p.2.starts_with(&g.words)
}

fn show(p: &(Option<String>, Option<String>, String)) -> String {
    let words: String = p.2.split(' ').take(6).collect::<Vec<_>>().join(" ");
    format!("{} | {} | {}", p.0.as_deref().unwrap_or("?"), p.1.as_deref().unwrap_or(""), words)
}

/// Longest common subsequence of two lists under `eq`: the matched index pairs.
fn lcs<A, B>(a: &[A], b: &[B], eq: impl Fn(&A, &B) -> bool) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![0u32; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for k in (0..m).rev() {
            t[i * (m + 1) + k] = if eq(&a[i], &b[k]) {
                t[(i + 1) * (m + 1) + k + 1] + 1
            } else {
                t[(i + 1) * (m + 1) + k].max(t[i * (m + 1) + k + 1])
            };
        }
    }
    let (mut i, mut k, mut pairs) = (0, 0, Vec::new());
    while i < n && k < m {
        if eq(&a[i], &b[k]) {
            pairs.push((i, k));
            i += 1;
            k += 1;
        } else if t[(i + 1) * (m + 1) + k] >= t[i * (m + 1) + k + 1] {
            i += 1;
        } else {
            k += 1;
        }
    }
    pairs
}

#[derive(Default, Clone, Copy)]
struct Score {
    right: usize,
    checked: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.right += other.right;
        self.checked += other.checked;
    }
    fn pct(self) -> f64 {
        if self.checked == 0 {
            100.0
        } else {
            100.0 * self.right as f64 / self.checked as f64
        }
    }
}

/// Compares one record with its golden file: (score by group, differences).
fn compare(g: &Golden, j: &Value) -> (BTreeMap<&'static str, Score>, Vec<String>) {
    let mut scores: BTreeMap<&'static str, Score> = BTreeMap::new();
    let mut diffs = Vec::new();
    for (key, want) in &g.fields {
        let got = field_of(j, key);
        let s = scores.entry("header").or_default();
        s.checked += 1;
        if squash(&got) == squash(want) {
            s.right += 1;
        } else {
            diffs.push(format!("{key}: golden `{want}`, parser `{got}`"));
        }
    }
    if let Some(want) = &g.events {
        let got: Vec<String> = j["events"].as_array().map(|a| a.iter().map(event_of).collect()).unwrap_or_default();
        let pairs = lcs(want, &got, |a, b| a == b);
        let s = scores.entry("events").or_default();
        s.checked += want.len().max(got.len());
        s.right += pairs.len();
        if pairs.len() != want.len() || want.len() != got.len() {
            diffs.push(format!("events: golden {want:?}, parser {got:?}"));
        }
    }
    if let Some(want) = &g.turns {
        let mut got = turns_of(j);
        if !g.scope_whole {
            got.truncate(want.len());
        }
        let pairs = lcs(want, &got, turn_matches);
        let s = scores.entry("turns").or_default();
        s.checked += want.len().max(got.len());
        s.right += pairs.len();
        let (mut wi, mut gi) = (0, 0);
        for &(pw, pg) in pairs.iter().chain(std::iter::once(&(want.len(), got.len()))) {
            for w in &want[wi..pw] {
                diffs.push(format!(
                    "turn missing (golden line {}): {} | {} | {}",
                    w.line,
                    w.speaker.as_deref().unwrap_or("?"),
                    w.affiliation.as_deref().unwrap_or(""),
                    w.words
                ));
            }
            for p in &got[gi..pg] {
                diffs.push(format!("turn not in golden: {}", show(p)));
            }
            wi = pw + 1;
            gi = pg + 1;
        }
    }
    (scores, diffs)
}

fn golden_files() -> Vec<PathBuf> {
    let mut all = Vec::new();
    for dir in ["seed", "web", "openings", "whole", "reviews", "versions", "pdf"] {
        let Ok(entries) = std::fs::read_dir(root().join("tests/golden").join(dir)) else { continue };
        all.extend(
            entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "golden")),
        );
    }
    all.sort();
    all
}

/// `tests/golden/known-differences.txt`: golden file → the differences accepted for now.
fn known_differences() -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(root().join("tests/golden/known-differences.txt")).unwrap_or_default();
    let mut known: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut file = None;
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(diff) = line.strip_prefix("  ") {
            if let Some(f) = &file {
                known.entry(String::clone(f)).or_default().push(diff.trim().to_string());
            }
        } else {
            file = Some(line.trim_end_matches(':').to_string());
        }
    }
    known
}

#[test]
fn every_record_matches_its_golden_file() {
    let mut known = known_differences();
    let mut total: BTreeMap<&'static str, Score> = BTreeMap::new();
    let mut by_scope: BTreeMap<String, Score> = BTreeMap::new();
    let mut failures = String::new();
    let mut skipped = Vec::new();
    let files = golden_files();
    assert!(!files.is_empty(), "no golden files in tests/golden/");
    for path in &files {
        let golden = read_golden(path).unwrap_or_else(|e| panic!("{e}"));
        let record = record_for(path).unwrap_or_else(|| panic!("{}: not in a known folder", path.display()));
        let Ok(bytes) = std::fs::read(&record) else {
            if record.starts_with(corpus_dir()) && !corpus_required() {
                skipped.push(record);
                continue;
            }
            panic!("{}: its record {} cannot be read", path.display(), record.display());
        };
        let text = recordline::import::text(&bytes).unwrap_or_else(|e| panic!("{}: {e}", record.display()));
        let parsed = recordline::parse(&text);
        let j: Value = serde_json::from_str(&recordline::export::json(&parsed)).expect("valid JSON");
        let (scores, diffs) = compare(&golden, &j);
        let dir = path.parent().and_then(|p| p.file_name()).map(|d| d.to_string_lossy().into_owned());
        for (group, s) in &scores {
            total.entry(group).or_default().add(*s);
            by_scope.entry(format!("{}/{group}", dir.clone().unwrap_or_default())).or_default().add(*s);
        }
        let name = path.strip_prefix(root()).unwrap_or(path).display().to_string();
        let mut accepted = known.remove(&name).unwrap_or_default();
        let mut new = Vec::new();
        for d in diffs {
            match accepted.iter().position(|k| *k == d) {
                Some(i) => {
                    accepted.remove(i);
                }
                None => new.push(d),
            }
        }
        if !new.is_empty() {
            let _ = writeln!(failures, "\n{name}:\n  {}", new.join("\n  "));
        }
        if !accepted.is_empty() {
            let _ = writeln!(
                failures,
                "\n{name}: listed in known-differences.txt but no longer found (remove them):\n  {}",
                accepted.join("\n  ")
            );
        }
    }
    if !skipped.is_empty() {
        eprintln!(
            "golden: skipped {} records of the shared corpus, not found at {} (set RECORDLINE_CORPUS to test them)",
            skipped.len(),
            corpus_dir().display()
        );
    }
    eprintln!("golden score ({} files):", files.len() - skipped.len());
    for (k, s) in &by_scope {
        eprintln!("  {k:<18} {:>5}/{:<5} {:6.2} %", s.right, s.checked, s.pct());
    }
    let mut all = Score::default();
    for (k, s) in &total {
        all.add(*s);
        eprintln!("  all/{k:<14} {:>5}/{:<5} {:6.2} %", s.right, s.checked, s.pct());
    }
    eprintln!("  all                {:>5}/{:<5} {:6.2} %", all.right, all.checked, all.pct());
    for (name, diffs) in &known {
        let skipped_here =
            skipped.iter().any(|r| name.ends_with(&format!("{}.golden", r.file_name().unwrap().to_string_lossy())));
        if !skipped_here {
            let _ = writeln!(
                failures,
                "\n{name}: listed in known-differences.txt but has no golden file:\n  {}",
                diffs.join("\n  ")
            );
        }
    }
    assert!(failures.is_empty(), "the parser differs from the golden files:{failures}");
}

#[test]
fn a_golden_file_is_read_and_compared() {
    let dir = std::env::temp_dir().join(format!("recordline-golden-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.golden");
    std::fs::write(
        &path,
        "# test\nscope: whole\nkind: summary\nsymbol: CMW/C/SR.1\nevents:\n- opened 10:00\nturns:\n- The Chair |  | The Chair said\n- Mr. X | France | Mr. X (France) said\n",
    )
    .unwrap();
    let g = read_golden(&path).unwrap();
    let text = "CMW/C/SR.1\n\nThe meeting was called to order at 10 a.m.\n\n1. The Chair said that it was so.\n\n2. Mr. X (France) said that he agreed.\n";
    let j: Value = serde_json::from_str(&recordline::export::json(&recordline::parse(text))).unwrap();
    let (scores, diffs) = compare(&g, &j);
    assert!(diffs.is_empty(), "{diffs:?}");
    assert_eq!(scores["turns"].right, 2);
    // A wrong golden line is reported, not silently accepted.
    std::fs::write(&path, "scope: whole\nturns:\n- The Chair |  | The Chair said\n- Mr. Y | France | Mr. X\n").unwrap();
    let (scores, diffs) = compare(&read_golden(&path).unwrap(), &j);
    assert_eq!(scores["turns"].right, 1);
    assert_eq!(diffs.len(), 2, "{diffs:?}");
    std::fs::remove_dir_all(&dir).ok();
}
