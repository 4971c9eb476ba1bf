//! The exports (CSV, Akoma Ntoso, TEI) of the seed and three whole records of different
//! kinds: the CSV read back by an RFC 4180 reader written here, the XML read back by a small
//! reader that checks the tags nest and takes the text nodes, and in every format every word
//! of the record's body (`invariants::words_lost`). Schema validity (the OASIS Akoma Ntoso 3.0
//! XSD, TEI's tei_all.rng) is checked by `tests/exports/validate.py`, run by `scripts/test.sh`.

use recordline::export::{akn, csv, tei, CSV_COLUMNS};
use recordline::invariants::words_lost;
use recordline::model::Parsed;

const RECORDS: [&str; 4] = [
    "CMW_C_SR.464.md",          // the seed: a treaty body's summary record
    "whole/A_C.3_62_SR.22.txt", // a General Assembly Main Committee's summary record
    "whole/A_63_PV.40.txt",     // a General Assembly verbatim record
    "whole/S_PV.10124.es.txt",  // a Security Council verbatim record in Spanish
];

fn records() -> Vec<(&'static str, Parsed)> {
    RECORDS
        .iter()
        .map(|name| {
            let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            (*name, recordline::parse(&text))
        })
        .collect()
}

/// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas,
/// CR, LF and doubled quotes. Anything else (a bare quote inside an unquoted field, text
/// after a closing quote, a record not ended by CRLF) is an error.
fn read_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut chars = text.chars().peekable();
    let mut at = 0usize;
    while chars.peek().is_some() {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                    None => return Err(format!("row {at}: a quoted field is not closed")),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' || c == '\r' || c == '\n' {
                    break;
                }
                if c == '"' {
                    return Err(format!("row {at}: a quote inside an unquoted field"));
                }
                field.push(c);
                chars.next();
            }
        }
        row.push(field);
        match chars.next() {
            Some(',') => {}
            Some('\r') if chars.next() == Some('\n') => {
                rows.push(std::mem::take(&mut row));
                at += 1;
            }
            other => return Err(format!("row {at}: {other:?} after a field, expected a comma or CRLF")),
        }
    }
    if !row.is_empty() {
        return Err("the last record is not ended by CRLF".to_string());
    }
    Ok(rows)
}

/// The text nodes of an XML document, one per line, entities resolved; an error when the
/// tags do not nest. Enough for documents with no CDATA, comments or DTD, as ours are.
fn xml_text(xml: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut open: Vec<&str> = Vec::new();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        out.push_str(&unescape(&rest[..lt])?);
        out.push('\n');
        let gt = rest[lt..].find('>').ok_or("a tag is not closed")? + lt;
        let tag = &rest[lt + 1..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with('?') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(o) if o == name.trim() => {}
                o => return Err(format!("</{name}> closes {o:?}")),
            }
        } else if !tag.ends_with('/') {
            open.push(tag.split_whitespace().next().ok_or("an empty tag")?);
        }
    }
    if !open.is_empty() {
        return Err(format!("unclosed elements: {open:?}"));
    }
    if !rest.trim().is_empty() {
        return Err("text after the root element".to_string());
    }
    Ok(out)
}

fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';').ok_or("an entity without ;")? + amp;
        let name = &rest[amp + 1..semi];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = match name.strip_prefix("#x") {
                    Some(hex) => u32::from_str_radix(hex, 16),
                    None => name.strip_prefix('#').ok_or(format!("unknown entity &{name};"))?.parse(),
                };
                code.ok().and_then(char::from_u32).ok_or(format!("bad character reference &{name};"))?
            }
        };
        out.push(c);
        rest = &rest[semi + 1..];
    }
    if rest.contains('<') {
        return Err("a < in text".to_string());
    }
    out.push_str(rest);
    Ok(out)
}

#[test]
fn csv_reads_back_with_one_row_per_paragraph_and_every_word() {
    for (name, parsed) in records() {
        let r = &parsed.record;
        let rows = read_csv(&csv(&parsed)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(rows[0], CSV_COLUMNS, "{name}: header");
        for (i, row) in rows.iter().enumerate() {
            assert_eq!(row.len(), CSV_COLUMNS.len(), "{name}: row {i} has {} fields", row.len());
        }
        let kind = CSV_COLUMNS.iter().position(|c| *c == "kind").unwrap_or(0);
        let text = CSV_COLUMNS.len() - 1;
        let paragraphs: Vec<&Vec<String>> =
            rows[1..].iter().filter(|row| row[kind] == "speech" || row[kind] == "stage_direction").collect();
        assert_eq!(paragraphs.len(), r.paragraphs.len(), "{name}: one row per paragraph");
        let mut in_order: Vec<&recordline::model::Paragraph> = r.paragraphs.iter().collect();
        in_order.sort_by_key(|p| p.spans.first().map_or(0, |s| s.start));
        for (row, p) in paragraphs.iter().zip(&in_order) {
            assert_eq!(row[text], p.text, "{name}: a paragraph's text");
            let number = p.number.map(|n| n.to_string()).unwrap_or_default();
            assert_eq!(row[CSV_COLUMNS.iter().position(|c| *c == "paragraph").unwrap_or(0)], number);
        }
        let all: String = rows.iter().map(|row| row.join("\n")).collect::<Vec<_>>().join("\n");
        let lost = words_lost(&parsed, &all);
        assert!(lost.is_empty(), "{name}: the CSV lost {lost:?}");
    }
}

#[test]
fn the_xml_exports_nest_and_keep_every_word() {
    for (name, parsed) in records() {
        for (format, xml) in [("akn", akn(&parsed)), ("tei", tei(&parsed))] {
            let text = xml_text(&xml).unwrap_or_else(|e| panic!("{name} {format}: {e}"));
            let lost = words_lost(&parsed, &text);
            assert!(lost.is_empty(), "{name} {format}: lost {lost:?}");
        }
    }
}

#[test]
fn the_word_check_sees_a_paragraph_left_out() {
    let (_, parsed) = records().remove(0);
    let xml = tei(&parsed);
    let p = &parsed.record.paragraphs[5].text;
    let escaped = recordline::export::xml::escape(p);
    assert!(xml.contains(escaped.as_ref()));
    let text = xml_text(&xml.replacen(escaped.as_ref(), "", 1)).unwrap_or_default();
    assert!(!words_lost(&parsed, &text).is_empty(), "a paragraph left out must be noticed");
    assert!(xml_text("<a><b></a></b>").is_err(), "tags that do not nest must be noticed");
    assert!(read_csv("a,b\r\nc,\"d\"e\r\n").is_err(), "text after a closing quote must be noticed");
    assert_eq!(read_csv("a,\"b,\"\"c\"\"\r\nd\"\r\n"), Ok(vec![vec!["a".to_string(), "b,\"c\"\r\nd".to_string()]]));
}

#[test]
fn escaping_survives_hostile_text() {
    let text = "United Nations CMW/C/SR.1\n\n1. Mr. A&B <b>(X \"Y\", Z)</b> said ]]> \u{1} it was so.\n";
    let parsed = recordline::parse(text);
    for (format, xml) in [("akn", akn(&parsed)), ("tei", tei(&parsed))] {
        let out = xml_text(&xml).unwrap_or_else(|e| panic!("{format}: {e}"));
        assert!(out.contains("A&B <b>(X \"Y\", Z)</b> said ]]>"), "{format}: {out}");
        assert!(words_lost(&parsed, &out).is_empty());
    }
    let rows = read_csv(&csv(&parsed)).unwrap_or_else(|e| panic!("{e}"));
    assert!(rows.iter().any(|r| r.last().is_some_and(|t| t.contains("(X \"Y\", Z)"))));
}

/// Lines a record is made of, with the characters XML and CSV must escape.
fn record_line() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        Just("United Nations CMW/C/SR.464".to_string()),
        Just("The meeting was called to order at 3.10 p.m.".to_string()),
        Just("The meeting rose at 6 p.m.".to_string()),
        Just("Agenda item 13 (continued)".to_string()),
        Just("It was so decided.".to_string()),
        Just("The President (spoke in French):".to_string()),
        "(1?[0-9]\\.)?(Mr\\.|Ms\\.|The) [A-ZÄ][a-zé]{1,8}( \\([A-Za-z ,\"]{1,20}\\))? (said|asked) [a-z ,.;:<>&\"']{0,60}",
        "\\PC{0,40}",
        "[\\x00-\\x1f<>&\"',\r\n]{0,10}",
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

    #[test]
    fn generated_records_export_without_losing_a_word(lines in proptest::collection::vec(record_line(), 0..20)) {
        let text = lines.join("\n\n");
        let parsed = recordline::parse(&text);
        for (format, xml) in [("akn", akn(&parsed)), ("tei", tei(&parsed))] {
            let out = xml_text(&xml);
            proptest::prop_assert!(out.is_ok(), "{} {:?}: {:?}", format, text, out);
            let lost = words_lost(&parsed, &out.unwrap_or_default());
            proptest::prop_assert!(lost.is_empty(), "{} {:?}: lost {:?}", format, text, lost);
        }
        let rows = read_csv(&csv(&parsed));
        proptest::prop_assert!(rows.is_ok(), "{:?}: {:?}", text, rows);
        let rows = rows.unwrap_or_default();
        proptest::prop_assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()));
        let all: String = rows.iter().map(|r| r.join("\n")).collect::<Vec<_>>().join("\n");
        let lost = words_lost(&parsed, &all);
        proptest::prop_assert!(lost.is_empty(), "csv {:?}: lost {:?}", text, lost);
    }
}

/// The examples in docs/exports.md are the seed's output: every line of a fenced block
/// (`csv`, `xml akn`, `xml tei`) but a lone `…` is a line of the export.
#[test]
fn the_documented_examples_are_the_seeds_output() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/exports.md")).unwrap_or_default();
    let (_, seed) = records().remove(0);
    let outputs = [("```csv", csv(&seed)), ("```xml akn", akn(&seed)), ("```xml tei", tei(&seed))];
    for (fence, output) in outputs {
        let start = doc.find(&format!("{fence}\n")).unwrap_or_else(|| panic!("docs/exports.md has no {fence} block"));
        let block = &doc[start + fence.len() + 1..];
        let block = &block[..block.find("```").unwrap_or(block.len())];
        let lines: std::collections::HashSet<&str> = output.lines().map(str::trim).collect();
        let mut checked = 0;
        for line in block.lines().map(str::trim).filter(|l| *l != "…") {
            assert!(lines.contains(line), "docs/exports.md {fence}: not in the output: {line}");
            checked += 1;
        }
        assert!(checked > 5, "{fence}: too few lines checked");
    }
}
