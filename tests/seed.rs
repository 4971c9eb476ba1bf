//! The reference record, CMW/C/SR.464, must come out exactly as a careful reader
//! would mark it up (issue 2, "Reference: the seed record"). Checked through the
//! JSON contract, so the keys that other programs rely on are tested too.

use serde_json::Value;

const SEED: &str = include_str!("fixtures/CMW_C_SR.464.md");

fn seed_json() -> Value {
    let parsed = recordline::parse(SEED);
    serde_json::from_str(&recordline::export::json(&parsed)).expect("the JSON export is valid JSON")
}

#[test]
fn header_fields_are_read() {
    let j = seed_json();
    assert_eq!(j["kind"], "summary");
    assert_eq!(j["language"], "en");
    assert_eq!(j["symbol"], "CMW/C/SR.464");
    assert_eq!(j["meeting"], 464);
    assert_eq!(j["date"], "2021-10-04");
    assert_eq!(j["scheduled_time"], "15:00");
    assert_eq!(j["partial"], false);
    assert_eq!(
        j["body"],
        "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families"
    );
    assert_eq!(j["session"], "Thirty-third session");
    assert_eq!(j["session_number"], 33);
    assert_eq!(j["place"], "Palais des Nations, Geneva");
    assert_eq!(j["distribution_date"], "2021-10-12");
    assert_eq!(j["original_language"], "English");
    assert_eq!(
        j["chairs"],
        serde_json::json!([{"name": "Mr. Ünver", "role": "Chair", "affiliation": null, "later": false}])
    );
    let contents: Vec<&str> = j["contents"].as_array().unwrap().iter().map(|c| c["text"].as_str().unwrap()).collect();
    assert_eq!(
        contents,
        [
            "Consideration of reports submitted by States parties under article 73 of the Convention (continued)",
            "Third periodic report of Azerbaijan"
        ]
    );
}

#[test]
fn events_are_the_meetings_clock() {
    let j = seed_json();
    let events: Vec<(String, String)> = j["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["kind"].as_str().unwrap().to_string(), e["time"].as_str().unwrap().to_string()))
        .collect();
    let expected = [("opened", "15:10"), ("suspended", "16:30"), ("resumed", "16:55"), ("rose", "18:00")];
    assert_eq!(events, expected.map(|(k, t)| (k.to_string(), t.to_string())));
}

#[test]
fn sixty_six_paragraphs_with_number_three_inferred() {
    let j = seed_json();
    let paragraphs = j["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 66);
    for (i, p) in paragraphs.iter().enumerate() {
        assert_eq!(p["number"], i as u64 + 1, "paragraph {i}");
        assert_eq!(p["inferred"], i == 2, "paragraph {} inferred flag", i + 1);
    }
    assert_eq!(paragraphs[0]["kind"], "stage_direction");
    assert_eq!(paragraphs[0]["turn"], Value::Null);
    // Paragraph 6 was broken across a page ("As" / "at 1 July 2021") and is whole again.
    assert!(paragraphs[5]["text"].as_str().unwrap().contains("As at 1 July 2021, a total of 11,550 labour contracts"));
    // Paragraph 51 continues after the page footer "GE.21-14135 7".
    assert!(paragraphs[50]["text"].as_str().unwrap().ends_with("help them regularize their status."));
    assert!(!paragraphs[50]["text"].as_str().unwrap().contains("GE.21"));
}

#[test]
fn twenty_turns_attributed_as_in_the_record() {
    let j = seed_json();
    let turns: Vec<(String, Option<String>, String, Vec<u64>)> = j["turns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let s = &t["speaker"];
            let paras = t["paragraphs"].as_array().unwrap().iter().map(|n| n.as_u64().unwrap()).collect();
            (
                s["name"].as_str().unwrap().to_string(),
                s["affiliation"].as_str().map(String::from),
                s["side"].as_str().unwrap().to_string(),
                paras,
            )
        })
        .collect();
    let r = |a: u64, b: u64| (a..=b).collect::<Vec<u64>>();
    let aze = Some("Azerbaijan".to_string());
    let expected: Vec<(&str, Option<String>, &str, Vec<u64>)> = vec![
        ("The Chair", None, "chair", r(2, 2)),
        ("Mr. Huseynov", aze.clone(), "delegation", r(3, 19)),
        ("Mr. Kariyawasam", Some("Country Rapporteur".into()), "member", r(20, 24)),
        ("The Chair", None, "chair", r(25, 27)),
        ("Mr. Corzo Sosa", None, "member", r(28, 31)),
        ("Mr. Botero Navarro", None, "member", r(32, 35)),
        ("Mr. Babacar", None, "member", r(36, 37)),
        ("The Chair", None, "chair", r(38, 38)),
        ("Mr. Kariyawasam", None, "member", r(39, 39)),
        ("Mr. Charef", None, "member", r(40, 40)),
        ("Mr. Huseynov", aze.clone(), "delegation", r(41, 42)),
        ("Mr. Mammadov", aze.clone(), "delegation", r(43, 43)),
        ("Mr. Huseynov", aze.clone(), "delegation", r(44, 53)),
        ("Mr. Jafarov", aze.clone(), "delegation", r(54, 54)),
        ("Mr. Soualem", None, "member", r(55, 55)),
        ("Mr. Kariyawasam", None, "member", r(56, 57)),
        ("Mr. Charef", None, "member", r(58, 58)),
        ("Mr. Botero Navarro", None, "member", r(59, 61)),
        ("The Chair", None, "chair", r(62, 62)),
        ("Mr. Huseynov", aze, "delegation", r(63, 66)),
    ];
    let expected: Vec<_> = expected.into_iter().map(|(n, a, s, p)| (n.to_string(), a, s.to_string(), p)).collect();
    assert_eq!(turns, expected);
    assert_eq!(j["turns"][3]["speaker"]["speaking_as"], "Country Rapporteur");
}

#[test]
fn the_mention_of_a_name_inside_a_paragraph_opens_no_turn() {
    // Paragraph 23: "In his opening statement, Mr. Huseynov had referred to ..." stays in Mr. Kariyawasam's turn.
    let j = seed_json();
    assert_eq!(j["paragraphs"][22]["turn"], 2);
}

#[test]
fn agenda_sections_carry_their_documents() {
    let j = seed_json();
    let sections = j["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 2);
    assert_eq!(sections[0]["level"], 1);
    assert_eq!(sections[0]["continued"], true);
    assert_eq!(sections[1]["level"], 2);
    assert_eq!(sections[1]["documents"], serde_json::json!(["CMW/C/AZE/3", "CMW/C/AZE/QPR/3"]));
}

#[test]
fn only_the_inferred_number_is_diagnosed() {
    let parsed = recordline::parse(SEED);
    let kinds: Vec<_> = parsed.diagnostics.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [recordline::model::DiagnosticKind::ParagraphNumberInferred]);
    assert!(recordline::invariants::text_lost(SEED, &parsed).is_empty());
}
