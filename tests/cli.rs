//! The command-line tool, run as a user runs it.

mod common;

use std::process::{Command, Output, Stdio};

fn recordline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_recordline")).args(args).output().expect("the binary runs")
}

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/CMW_C_SR.464.md");

#[test]
fn parse_outline_prints_the_timeline() {
    let out = recordline(&["parse", SEED, "--outline"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("[15:10] called to order"));
    assert!(stdout.contains("Mr. Kariyawasam (Country Rapporteur) ¶20-24 · member"));
    assert!(stdout.contains("[16:30] suspended\n[16:55] resumed"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("paragraph 3 has no number in the text"), "diagnostics go to stderr: {stderr}");
}

#[test]
fn parse_json_reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_recordline"))
        .args(["parse", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(std::fs::read(SEED).unwrap().as_slice()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["symbol"], "CMW/C/SR.464");
    assert_eq!(json["turns"].as_array().unwrap().len(), 20);
}

#[test]
fn unreadable_files_exit_1_with_the_reason() {
    let out = recordline(&["parse", "/no/such/record.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/record.txt"));
    let dir = std::env::temp_dir().join(format!("recordline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("binary.txt");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0xff, 0xfe, 0x00]).unwrap();
    let out = recordline(&["parse", binary.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("this is a PNG image, not a meeting record"));
    let noise = dir.join("noise.txt");
    std::fs::write(&noise, [b'a', 0xff, 0xfe, 0x00, 0x80]).unwrap();
    let out = recordline(&["parse", noise.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("this file is not text"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn parse_outline_speaks_french_and_spanish_with_lang() {
    let english = String::from_utf8(recordline(&["parse", SEED]).stdout).unwrap();
    assert_eq!(String::from_utf8(recordline(&["parse", SEED, "--lang", "en"]).stdout).unwrap(), english);
    let fr = String::from_utf8(recordline(&["parse", SEED, "--lang", "fr"]).stdout).unwrap();
    assert!(fr.starts_with("CMW/C/SR.464 · compte rendu analytique · en\n"), "{fr}");
    assert!(fr.contains("séance 464"), "{fr}");
    assert!(fr.contains("[15:10] La séance est ouverte"), "{fr}");
    assert!(fr.contains("[16:30] La séance est suspendue\n[16:55] La séance est reprise"), "{fr}");
    assert!(fr.contains("— ¶1 prise de place: "), "{fr}");
    assert!(fr.contains("Mr. Kariyawasam (Country Rapporteur) ¶20-24 · membre"), "the record's words stay: {fr}");
    let es = String::from_utf8(recordline(&["parse", SEED, "--lang", "es"]).stdout).unwrap();
    assert!(es.starts_with("CMW/C/SR.464 · acta resumida · en\n"), "{es}");
    assert!(es.contains("[16:30] Se suspende la sesión\n[16:55] Se reanuda la sesión"), "{es}");
    assert!(es.contains("The Chair ¶2 · presidencia"), "{es}");
    // The labels change, the lines do not: the same outline, line for line.
    assert_eq!(fr.lines().count(), english.lines().count());
    assert_eq!(recordline(&["parse", SEED, "--lang", "de"]).status.code(), Some(2));
    assert_eq!(recordline(&["parse", SEED, "--lang"]).status.code(), Some(2));
}

#[test]
fn misuse_exits_2() {
    assert_eq!(recordline(&[]).status.code(), Some(2));
    assert_eq!(recordline(&["parse"]).status.code(), Some(2));
    assert_eq!(recordline(&["parse", SEED, "--xml"]).status.code(), Some(2));
    assert_eq!(recordline(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(recordline(&["--help"]).status.code(), Some(0));
}

#[test]
fn check_prints_a_table_for_a_folder() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/web");
    let out = recordline(&["check", fixtures]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("file "));
    assert!(stdout.lines().any(|l| l.starts_with("CERD_C_SR.2010_Add.1.txt") && l.contains("summary")));
    assert!(stdout.lines().last().unwrap().starts_with("total (45 files)"));
    assert_eq!(recordline(&["check", "/no/such/dir"]).status.code(), Some(1));
}

/// Corpus mode: a folder with a good record and a file that is refused gives one JSON object a
/// line for each (in the files' order), a summary on standard error, and exit status 1.
#[test]
fn a_folder_parses_to_json_lines() {
    let dir = std::env::temp_dir().join(format!("recordline-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/CMW_C_SR.464.md"), dir.join("a-seed.md"))
        .unwrap();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/web/CRC_C_SR.1845.excerpt.txt"),
        dir.join("sub/b.txt"),
    )
    .unwrap();
    std::fs::write(dir.join("c-photo.png"), [0x89, b'P', b'N', b'G', 13, 10, 26, 10, 0, 0]).unwrap();
    let out = recordline(&["parse", dir.to_str().unwrap(), "--jsonl"]);
    assert_eq!(out.status.code(), Some(1), "a refused file is said in the exit status");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["file"].as_str().unwrap().ends_with("a-seed.md"));
    assert_eq!(lines[0]["symbol"], "CMW/C/SR.464");
    assert_eq!(lines[0]["turns"].as_array().unwrap().len(), 20);
    assert!(lines[1]["error"].as_str().unwrap().contains("PNG"), "{}", lines[1]);
    assert_eq!(lines[2]["symbol"], "CRC/C/SR.1845", "folders are read recursively, in name order");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("2 records") && stderr.contains("1 file(s) refused") && stderr.contains("c-photo.png"),
        "{stderr}"
    );
    let out = recordline(&["check", dir.to_str().unwrap()]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("CMW/C/SR.464") && table.contains("unreadable"), "{table}");
    // With --source, the lines are a library file the app imports (docs/library.md).
    let out = recordline(&["parse", dir.to_str().unwrap(), "--jsonl", "--source"]);
    let file = String::from_utf8(out.stdout).unwrap();
    let line: serde_json::Value = serde_json::from_str(file.lines().next().unwrap()).unwrap();
    assert_eq!((line["symbol"].as_str(), line["source"]["name"].as_str()), (Some("CMW/C/SR.464"), Some("a-seed.md")));
    let seed = std::fs::read_to_string(dir.join("a-seed.md")).unwrap();
    assert_eq!(line["source"]["text"].as_str(), Some(seed.as_str()));
    let library = recordline::library::import_jsonl(&file, &[]);
    assert_eq!(
        (library.entries.len(), library.refused.len()),
        (2, 1),
        "the two records; the PNG's error line is not one"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// `recordline parse record.pdf --json` reads the UN's PDF (from the shared corpus, in place),
/// and `recordline text` prints the text it read, pages separated by form feeds.
#[test]
fn pdf_files_parse_and_print_their_text() {
    let Some(files) = common::corpus_or_skip("pdf-files", "the CLI on a UN PDF") else { return };
    let pdf = files.join("S_PV.8422.pdf").display().to_string();
    let out = recordline(&["parse", &pdf, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["symbol"], "S/PV.8422");
    assert!(String::from_utf8_lossy(&out.stderr).contains("note: read from a PDF document (9 pages)"));
    let out = recordline(&["text", &pdf]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches('\x0c').count(), 8);
    assert!(text.contains("The meeting was called to order at 3.10 p.m."));
    let scanned = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/scanned.pdf");
    let out = recordline(&["text", scanned]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("this PDF is a scan"));
}

#[test]
fn parse_format_chooses_the_export() {
    let json = recordline(&["parse", SEED, "--format", "json"]);
    assert_eq!(json.status.code(), Some(0));
    assert_eq!(json.stdout, recordline(&["parse", SEED, "--json"]).stdout, "--json is short for --format json");
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let paragraphs = value["paragraphs"].as_array().unwrap().len();
    let outline = recordline(&["parse", SEED, "--format=outline"]);
    assert_eq!(outline.stdout, recordline(&["parse", SEED]).stdout, "the outline is the default");

    let csv = recordline(&["parse", SEED, "--format", "csv"]);
    assert_eq!(csv.status.code(), Some(0));
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("symbol,date,meeting,section,kind,turn,speaker,affiliation,side,paragraph,inferred,"));
    let rows: Vec<&str> = csv.split("\r\n").collect();
    let paragraph_rows = rows.iter().filter(|r| r.contains(",speech,") || r.contains(",stage_direction,")).count();
    assert_eq!(paragraph_rows, paragraphs, "one CSV row per paragraph of the JSON");

    let akn = String::from_utf8(recordline(&["parse", SEED, "--format", "akn"]).stdout).unwrap();
    assert!(akn.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso "));
    assert!(akn.contains("/akn/un/debateReport/minutes/un-cmw/2021-10-04/CMW-C-SR-464"));
    let tei = recordline(&["parse", SEED, "--format=tei"]);
    assert_eq!(tei.status.code(), Some(0));
    let tei = String::from_utf8(tei.stdout).unwrap();
    assert!(tei.contains("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\""));
    assert_eq!(tei.matches("<u ").count(), 20, "one utterance per turn");
}

#[test]
fn an_unknown_format_is_misuse() {
    for args in
        [&["parse", SEED, "--format", "xml"][..], &["parse", SEED, "--format"], &["parse", SEED, "--format=pdf"]]
    {
        let out = recordline(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("json, outline, csv, akn"), "{args:?}");
    }
    let help = String::from_utf8(recordline(&["--help"]).stdout).unwrap();
    assert!(help.contains("--format FORMAT") && help.contains("akn") && help.contains("tei"));
}
