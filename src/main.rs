//! `recordline`: the command-line shell over the parser core.
//!
//! ```text
//! recordline parse FILE|- [--format F] [--lang en|fr|es]   one record as json, outline, csv, akn or tei; diagnostics on stderr
//! recordline parse DIR|FILES... --jsonl [--source]  many records, one JSON object a line, on every core
//! recordline check DIR|FILES...                  a table of what every file holds
//! recordline text FILE|-                        the text the importers read (PDF, Word, HTML...)
//! ```
//! Exit status: 0 on success, 1 when a file cannot be read (the reason is printed),
//! 2 on misuse.

#![forbid(unsafe_code)]

#[path = "cli/corpus.rs"]
mod corpus;

use recordline::export::Format;
use recordline::model::{Parsed, Severity, Side};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  recordline parse FILE|- [--format FORMAT]      parse one record and print it; diagnostics go to stderr. FORMAT:
                                                   outline  a readable timeline (the default)
                                                   json     the JSON contract (docs/json.md)
                                                   csv      one row per paragraph, RFC 4180 (docs/exports.md)
                                                   akn      Akoma Ntoso 3.0, AKN4UN debate record (docs/exports.md)
                                                   tei      TEI P5, ParlaMint manner (docs/exports.md)
                                                 --json and --outline are short for --format json / outline
        [--lang en|fr|es]                        the outline's labels in English (default), French or Spanish
  recordline parse DIR|FILES... --jsonl          parse every file (folders recursively) on every core:
                                                 one JSON object per record and line; a summary on stderr
        [--source]                               each line also holds the text: a library file the app imports
  recordline check DIR|FILES...                  parse every file and print a table
  recordline text FILE|-                        print the text read from FILE (PDF, Word, HTML, any encoding)
  recordline --help | --version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        ["--version" | "-V"] => {
            println!("recordline {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        ["parse", rest @ ..] => parse_command(rest),
        ["check", rest @ ..] if !rest.is_empty() => check_command(rest),
        ["text", file] => match read_input(file) {
            Ok(text) => {
                let _ = std::io::stdout().lock().write_all(text.as_bytes());
                ExitCode::SUCCESS
            }
            Err(why) => {
                eprintln!("recordline: cannot read {file}: {why}");
                ExitCode::from(1)
            }
        },
        _ => misuse("expected a command"),
    }
}

fn misuse(why: &str) -> ExitCode {
    eprintln!("recordline: {why}\n{USAGE}");
    ExitCode::from(2)
}

fn parse_command(args: &[&str]) -> ExitCode {
    if args.contains(&"--jsonl") {
        let source = args.contains(&"--source");
        let named: Vec<&str> = args.iter().copied().filter(|a| !matches!(*a, "--jsonl" | "--source")).collect();
        if let Some(flag) = named.iter().find(|a| a.starts_with("--")) {
            return misuse(&format!("unknown option {flag} with --jsonl"));
        }
        if named.is_empty() {
            return misuse("parse --jsonl needs folders or files");
        }
        let files = match corpus::files(&named) {
            Ok(f) => f,
            Err(why) => {
                eprintln!("recordline: {why}");
                return ExitCode::from(1);
            }
        };
        let summary = corpus::jsonl(&files, source);
        eprintln!("{}", summary.report());
        return if summary.refused.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) };
    }
    let mut file = None;
    let mut format = Format::Outline;
    let mut lang = recordline::i18n::Lang::En;
    let mut args = args.iter();
    while let Some(a) = args.next() {
        match *a {
            "--json" => format = Format::Json,
            "--outline" => format = Format::Outline,
            "--lang" => match args.next().and_then(|code| recordline::i18n::Lang::from_code(code)) {
                Some(l) => lang = l,
                None => return misuse("--lang takes en, fr or es"),
            },
            "--format" => {
                let Some(name) = args.next() else {
                    return misuse("--format needs one of json, outline, csv, akn, tei");
                };
                match Format::from_name(name) {
                    Some(f) => format = f,
                    None => return misuse(&format!("unknown format {name}: expected json, outline, csv, akn or tei")),
                }
            }
            flag if flag.starts_with("--") => match flag.strip_prefix("--format=").map(Format::from_name) {
                Some(Some(f)) => format = f,
                Some(None) => {
                    return misuse(&format!("unknown format in {flag}: expected json, outline, csv, akn or tei"))
                }
                None => return misuse(&format!("unknown option {flag}")),
            },
            f if file.is_none() => file = Some(f),
            _ => return misuse("parse takes one file"),
        }
    }
    let Some(file) = file else { return misuse("parse needs a FILE (or - for standard input)") };
    let text = match read_input(file) {
        Ok(t) => t,
        Err(why) => {
            eprintln!("recordline: cannot read {file}: {why}");
            return ExitCode::from(1);
        }
    };
    let parsed = recordline::parse(&text);
    // The text is no longer needed once parsed; the JSON is streamed, not built in memory.
    drop(text);
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = match format {
        Format::Json => recordline::export::write_json(&parsed, &mut stdout).and_then(|()| writeln!(stdout)),
        Format::Outline => writeln!(stdout, "{}", recordline::export::outline_in(&parsed, lang).trim_end()),
        // Written as made: CSV keeps its CRLF row ends, XML ends with a line feed.
        other => stdout.write_all(other.export(&parsed).as_bytes()),
    };
    if written.and_then(|()| stdout.flush()).is_err() {
        return ExitCode::SUCCESS; // a closed pipe (`| head`) is not an error
    }
    drop(stdout);
    report(file, &parsed);
    ExitCode::SUCCESS
}

fn read_input(file: &str) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| e.to_string())?;
        buf
    } else {
        std::fs::read(file).map_err(|e| e.to_string())?
    };
    let imported = recordline::import::open_with_notes(file, &bytes).map_err(|e| e.to_string())?;
    for note in &imported.notes {
        eprintln!("{file}: note: {note}");
    }
    Ok(imported.text)
}

fn report(file: &str, parsed: &Parsed) {
    let mut stderr = std::io::stderr().lock();
    for d in &parsed.diagnostics {
        let level = match d.severity {
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        let at = d.span.map(|s| format!(":{}", s.start)).unwrap_or_default();
        let _ = writeln!(stderr, "{file}{at}: {level}: {}", d.message);
    }
}

fn check_command(args: &[&str]) -> ExitCode {
    let files = match corpus::files(args) {
        Ok(f) => f,
        Err(why) => {
            eprintln!("recordline: {why}");
            return ExitCode::from(1);
        }
    };
    println!(
        "{:<40} {:<8} {:<24} {:>5} {:>7} {:>6} {:>6} {:>5}",
        "file", "kind", "symbol", "turns", "unknown", "events", "paras", "diags"
    );
    let mut totals = [0usize; 5];
    let summary = corpus::read_all(&files, false, |r| {
        let name = r.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let p = match &r.parsed {
            Ok(p) => p,
            Err(why) => {
                println!("{name:<40} unreadable: {why}");
                return;
            }
        };
        let rec = &p.record;
        let unknown = rec.turns.iter().filter(|t| t.speaker.side == Side::Unknown).count();
        let warnings = p.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count();
        let row = [rec.turns.len(), unknown, rec.events.len(), rec.paragraphs.len(), warnings];
        for (t, v) in totals.iter_mut().zip(row) {
            *t += v;
        }
        let kind = format!("{:?}", rec.kind).to_lowercase();
        println!(
            "{name:<40} {kind:<8} {:<24} {:>5} {:>7} {:>6} {:>6} {:>5}",
            rec.symbol.as_deref().unwrap_or("-"),
            row[0],
            row[1],
            row[2],
            row[3],
            row[4]
        );
    });
    println!(
        "{:<40} {:<8} {:<24} {:>5} {:>7} {:>6} {:>6} {:>5}",
        format!("total ({} files)", files.len()),
        "",
        "",
        totals[0],
        totals[1],
        totals[2],
        totals[3],
        totals[4]
    );
    if !summary.refused.is_empty() {
        eprintln!("recordline: {} file(s) could not be read", summary.refused.len());
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
