//! The library across real records (issue 13): the meetings of one review found by their
//! report symbol in English, French and Spanish, GA Third Committee meetings by agenda item,
//! and a search across them. Fixtures: `tests/fixtures/reviews/` (openings of consecutive
//! meetings, see its MANIFEST.md) and `tests/fixtures/whole/`.

use recordline::library::{reviews, search, Entry, Filters, ReviewKey};
use std::path::Path;

fn entry(path: &str) -> Entry {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()));
    let parsed = recordline::parse(&text);
    Entry::new(path, text, &parsed)
}

#[test]
fn should_find_each_meetings_review_by_its_report_in_three_languages() {
    let expected = [
        ("reviews/CMW_C_SR.100.txt", "CMW/C/AZE/1"),
        ("reviews/CMW_C_SR.100.fr.txt", "CMW/C/AZE/1"),
        ("reviews/CMW_C_SR.102.txt", "CMW/C/AZE/1"),
        ("reviews/CMW_C_SR.102.fr.txt", "CMW/C/AZE/1"),
        ("reviews/CMW_C_SR.102.es.txt", "CMW/C/AZE/1"),
        ("reviews/CCPR_C_SR.1957.txt", "CCPR/C/UKR/99/5"),
        ("reviews/CCPR_C_SR.1958.fr.txt", "CCPR/C/UKR/99/5"),
        ("reviews/CCPR_C_SR.1974.fr.txt", "CCPR/C/AZE/99/2"),
        ("reviews/CCPR_C_SR.1975.txt", "CCPR/C/AZE/99/2"),
        ("reviews/CCPR_C_SR.2638.txt", "CCPR/C/AZE/3"),
        ("reviews/CCPR_C_SR.2638.fr.txt", "CCPR/C/AZE/3"),
        ("reviews/CCPR_C_SR.2640.txt", "CCPR/C/AZE/3"),
        ("reviews/CERD_C_SR.1691.txt", "CERD/C/440/Add.1"),
        ("reviews/CERD_C_SR.1692.txt", "CERD/C/440/Add.1"),
        ("reviews/CERD_C_SR.1692.fr.txt", "CERD/C/440/Add.1"),
        ("web/CEDAW_C_SR.1012.excerpt.txt", "CEDAW/C/KWT/3-4"),
        ("CMW_C_SR.464.md", "CMW/C/AZE/3"),
    ];
    for (path, report) in expected {
        let e = entry(path);
        assert_eq!(e.summary.reviews.first(), Some(&ReviewKey::Report(report.to_string())), "{path}");
    }
}

#[test]
fn should_order_a_reviews_meetings_and_keep_reviews_apart() {
    let entries: Vec<Entry> = [
        "reviews/CCPR_C_SR.2640.txt",
        "reviews/CMW_C_SR.102.txt",
        "reviews/CCPR_C_SR.2638.txt",
        "reviews/CMW_C_SR.100.txt",
        "CMW_C_SR.464.md",
    ]
    .iter()
    .map(|p| entry(p))
    .collect();
    let found = reviews(&entries, &[]);
    let names: Vec<(String, Vec<String>)> = found
        .iter()
        .map(|r| {
            let names = r
                .records
                .iter()
                .map(|id| entries.iter().find(|e| &e.id == id).map(|e| e.name.clone()).unwrap_or_default())
                .collect();
            (r.key.label(), names)
        })
        .collect();
    assert_eq!(
        names,
        [
            (
                "CCPR/C/AZE/3".to_string(),
                vec!["reviews/CCPR_C_SR.2638.txt".to_string(), "reviews/CCPR_C_SR.2640.txt".to_string()]
            ),
            (
                "CMW/C/AZE/1".to_string(),
                vec!["reviews/CMW_C_SR.100.txt".to_string(), "reviews/CMW_C_SR.102.txt".to_string()]
            ),
        ]
    );
}

#[test]
fn should_group_third_committee_meetings_by_agenda_item_and_session() {
    // A/C.3/63/SR.38 and SR.39 take up the same item (64) in consecutive meetings.
    let a = entry("whole/A_C.3_63_SR.38.txt");
    let b = entry("whole/A_C.3_63_SR.39.txt");
    let shared: Vec<&ReviewKey> = a.summary.reviews.iter().filter(|k| b.summary.reviews.contains(k)).collect();
    assert!(
        shared.iter().any(|k| matches!(k, ReviewKey::AgendaItem { series, .. } if series == "A/C.3/63")),
        "{:?} / {:?}",
        a.summary.reviews,
        b.summary.reviews
    );
}

#[test]
fn should_search_across_records_in_english_and_french() {
    let entries: Vec<Entry> = ["reviews/CMW_C_SR.100.txt", "reviews/CMW_C_SR.100.fr.txt", "CMW_C_SR.464.md"]
        .iter()
        .map(|p| entry(p))
        .collect();
    let found = search(&entries, "azerbaidjan", &Filters::default(), 50);
    // Folded: "Azerbaïdjan" is found by "azerbaidjan", in the French record only.
    assert_eq!(found.len(), 1, "{:?}", found.iter().map(|r| &r.name).collect::<Vec<_>>());
    assert_eq!(found[0].name, "reviews/CMW_C_SR.100.fr.txt");
    let found = search(&entries, "Azerbaijan", &Filters::default(), 50);
    assert_eq!(found.len(), 2);
    for r in &found {
        for h in &r.hits {
            let symbol = r.symbol.clone().unwrap_or_default();
            assert!(h.citation.starts_with(&symbol), "{} / {}", h.citation, symbol);
        }
    }
}

mod hostile {
    use proptest::prelude::*;
    use recordline::library::import_jsonl;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// A library file from anywhere: every non-empty line is imported, a duplicate or refused;
        /// nothing panics.
        #[test]
        fn any_library_file_is_read_or_refused_line_by_line(lines in proptest::collection::vec(
            prop_oneof![
                any::<String>(),
                "[ -~]{0,40}".prop_map(|t| format!("{{\"source\":{{\"name\":\"x\",\"text\":{}}}}}", serde_json::Value::String(t))),
                Just("{\"source\":{\"text\":null}}".to_string()),
                Just("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".to_string()),
            ],
            0..12,
        )) {
            let file = lines.join("\n");
            let got = import_jsonl(&file, &[]);
            let counted = file.lines().filter(|l| !l.trim().is_empty()).count();
            prop_assert_eq!(got.entries.len() + got.duplicates + got.refused.len(), counted);
        }
    }
}
