//! Behaviour of `parse` on the forms UN records use, built from the documented
//! UN formulas where no real example is in the corpus; diagnostics; and the
//! never-panic / no-text-lost properties over generated input.

use proptest::prelude::*;
use recordline::model::{DiagnosticKind, EventKind, Side};
use recordline::{invariants, parse};

fn check(text: &str) -> recordline::Parsed {
    let parsed = parse(text);
    let lost = invariants::text_lost(text, &parsed);
    assert!(lost.is_empty(), "text lost: {lost:?}");
    parsed
}

fn events(text: &str) -> Vec<(EventKind, String)> {
    check(text).record.events.iter().map(|e| (e.kind, e.time.map(|t| t.to_string()).unwrap_or_default())).collect()
}

fn speakers(text: &str) -> Vec<(Option<String>, Side, Vec<u32>)> {
    check(text).record.turns.iter().map(|t| (t.speaker.name.clone(), t.speaker.side, t.paragraphs.clone())).collect()
}

#[test]
fn french_summary_record_formulas() {
    let text = "COMPTE RENDU ANALYTIQUE DE LA 670ème SÉANCE\n\nPrésidente : Mme OUEDRAOGO\n\nLa séance est ouverte à 10 h 10.\n\n1.La PRÉSIDENTE déclare ouverte la session.\n\nLa séance est suspendue à 16 h 30; elle est reprise à 16 h 55.\n\n2.M. KÄLIN dit que le Comité est saisi du rapport.\n\nLa séance est levée à 18 heures.";
    assert_eq!(
        events(text),
        [
            (EventKind::Opened, "10:10".into()),
            (EventKind::Suspended, "16:30".into()),
            (EventKind::Resumed, "16:55".into()),
            (EventKind::Rose, "18:00".into())
        ]
    );
    let p = check(text);
    assert_eq!(p.record.language, recordline::model::Language::Fr);
    assert_eq!(p.record.meeting, Some(670));
    assert_eq!(
        speakers(text),
        [(Some("La PRÉSIDENTE".into()), Side::Chair, vec![1]), (Some("M. KÄLIN".into()), Side::Member, vec![2])]
    );
}

#[test]
fn spanish_summary_record_formulas() {
    let text = "Acta resumida de la 924ª sesión\n\nPresidente:Sr. Grossman\n\nSe declara abierta la sesión a las 10.05 horas.\n\n1.El Presidente invita al Secretario del Comité a que dé lectura a la lista.\n\nSe suspende la sesión a las 16.30 horas y se reanuda a las 16.55 horas.\n\n2.El Sr. Nataf (Secretario del Comité) dice que en su período de sesiones el Comité examinará los informes.\n\nSe levanta la sesión a las 18.00 horas.";
    assert_eq!(
        events(text),
        [
            (EventKind::Opened, "10:05".into()),
            (EventKind::Suspended, "16:30".into()),
            (EventKind::Resumed, "16:55".into()),
            (EventKind::Rose, "18:00".into())
        ]
    );
    assert_eq!(
        speakers(text),
        [(Some("El Presidente".into()), Side::Chair, vec![1]), (Some("Sr. Nataf".into()), Side::Secretariat, vec![2])]
    );
    assert_eq!(check(text).record.language, recordline::model::Language::Es);
}

#[test]
fn older_all_caps_style() {
    let text = "The meeting was called to order at 10.15 a.m.\n\n1.The CHAIRPERSON said that the Committee would begin.\n\n2.Mr.KÄLIN specified that the report was late.\n\n3.Ms. MEDINA QUIROGA said that she agreed.\n\n4.THE CHAIRPERSON declared the item closed.";
    let s = speakers(text);
    assert_eq!(s[0], (Some("The CHAIRPERSON".into()), Side::Chair, vec![1]));
    assert_eq!(s[1], (Some("Mr. KÄLIN".into()), Side::Member, vec![2]));
    assert_eq!(s[2].0.as_deref(), Some("Ms. MEDINA QUIROGA"));
    assert_eq!(s[3].1, Side::Chair);
}

#[test]
fn reply_clauses_speaking_as_and_continuations() {
    let text = "1.In reply to a question from Mr. Amir, the Chair said that the list was final.\n\n2.He added that no change was possible.\n\n3.The Chair, speaking as Country Rapporteur, said that the State party should reply.\n\n4.Mr. Amir had referred to the list in his opening statement and asked for it again.";
    let p = check(text);
    let t = &p.record.turns;
    assert_eq!(t.len(), 2, "{t:#?}");
    assert_eq!(t[0].paragraphs, [1, 2]);
    assert_eq!(t[1].speaker.speaking_as.as_deref(), Some("Country Rapporteur"));
    // "Mr. Amir had referred ..." is a mention, not a new speaker.
    assert_eq!(t[1].paragraphs, [3, 4]);
}

#[test]
fn an_unknown_speaker_stays_unknown() {
    let text = "Chair: Mr. Ünver\n\nThe meeting was called to order at 3 p.m.\n\n1.The delegation had prepared a long answer on migration.\n\n2.The Chair said that the answer was welcome.";
    let p = check(text);
    assert_eq!(p.record.turns[0].speaker.side, Side::Unknown);
    assert_eq!(p.record.turns[0].speaker.name, None);
    assert!(p.diagnostics.iter().any(|d| d.kind == DiagnosticKind::UnknownSpeaker));
    assert_eq!(p.record.turns[1].speaker.side, Side::Chair);
}

#[test]
fn verbatim_speaker_lines_and_wrapped_events() {
    let text = "A/64/PV.121\n\nGeneral Assembly\nSixty-fourth session\n121st plenary meeting\nMonday, 13 September 2010, 3 p.m.\nNew York\n\nThe meeting was called to order at 3.30 p.m.\nAgenda item 13\nPrevention of armed conflict\nThe President (spoke in Arabic): Members will\nrecall that, at its 2nd plenary meeting, held on\n18 September 2009, the Assembly decided to include\nthis item in the agenda of the sixty-fourth session.\nIt was so decided.\nMr. Buffa (Paraguay) (spoke in Spanish): It is an\nhonour to speak before the Assembly today on this\nimportant matter for all of the Member States.\nThe meeting was suspended at 4.35 p.m. and\nresumed at 5.15 p.m.\nThe meeting rose at 5.20 p.m.";
    let p = check(text);
    let r = &p.record;
    assert_eq!(r.kind, recordline::model::RecordKind::Verbatim);
    assert_eq!(r.symbol.as_deref(), Some("A/64/PV.121"));
    assert_eq!(r.meeting, Some(121));
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2010-09-13"));
    assert_eq!(r.scheduled_time.map(|t| t.to_string()).as_deref(), Some("15:00"));
    assert_eq!(r.turns.len(), 2);
    assert_eq!(r.turns[0].interpretation.as_deref(), Some("spoke in Arabic"));
    assert_eq!(r.turns[1].speaker.country.as_deref(), Some("Paraguay"));
    assert_eq!(r.turns[1].speaker.side, Side::Delegation);
    assert_eq!(r.sections[0].agenda_item.as_deref(), Some("13"));
    let kinds: Vec<_> = r.events.iter().map(|e| (e.kind, e.time.unwrap().to_string())).collect();
    assert_eq!(
        kinds[1..],
        [
            (EventKind::Suspended, "16:35".into()),
            (EventKind::Resumed, "17:15".into()),
            (EventKind::Rose, "17:20".into())
        ]
    );
}

#[test]
fn glued_numbers_and_list_markers() {
    let text = "- 1.The Chair said that the meeting was open.\n\n- 2. **Ms. Gbedemah** said that she agreed.\n\n- 3. It was so decided.";
    let p = check(text);
    let numbers: Vec<_> = p.record.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [Some(1), Some(2), Some(3)]);
    assert_eq!(p.record.turns[1].speaker.name.as_deref(), Some("Ms. Gbedemah"));
    assert_eq!(p.record.paragraphs[1].text, "Ms. Gbedemah said that she agreed.");
}

#[test]
fn clock_and_numbering_diagnostics() {
    let text = "The meeting was called to order at 3 p.m.\n\n1.The Chair said that the meeting was open.\n\n2.Mr. Amir said that he agreed.\n\n2.Mr. Amir said it again.\n\n6.Mr. Amir said it once more.\n\nThe meeting was suspended at 4.30 p.m.\n\nThe meeting rose at 2 p.m.";
    let kinds: Vec<_> = check(text).diagnostics.iter().map(|d| d.kind).collect();
    for k in [
        DiagnosticKind::ParagraphNumberDuplicate,
        DiagnosticKind::ParagraphNumberGap,
        DiagnosticKind::TimeBackwards,
        DiagnosticKind::SuspensionNotResumed,
    ] {
        assert!(kinds.contains(&k), "{k:?} missing from {kinds:?}");
    }
}

#[test]
fn empty_and_non_record_input_are_diagnosed() {
    assert_eq!(check("").diagnostics[0].kind, DiagnosticKind::EmptyInput);
    assert_eq!(check("   \n\n\t").diagnostics[0].kind, DiagnosticKind::EmptyInput);
    let recipe = "Pancakes\n\nMix the flour with two eggs and a cup of milk.\n\nFry in butter until golden.";
    assert_eq!(check(recipe).diagnostics[0].kind, DiagnosticKind::NotARecord);
}

#[test]
fn the_invariant_check_catches_a_dropped_paragraph() {
    let text = "1.The Chair said that the meeting was open.\n\n2.Mr. Amir said that he agreed.";
    let mut parsed = parse(text);
    parsed.record.paragraphs.pop();
    assert!(!invariants::text_lost(text, &parsed).is_empty());
    let mut parsed = parse(text);
    parsed.record.paragraphs[0].text.push_str(" invented");
    assert!(!invariants::text_lost(text, &parsed).is_empty());
}

/// Lines a record is made of, to build plausible generated records from.
fn record_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("The meeting was called to order at 3.10 p.m.".to_string()),
        Just("The meeting was suspended at 4.35 p.m. and".to_string()),
        Just("resumed at 5.15 p.m.".to_string()),
        Just("The meeting rose at 6 p.m.".to_string()),
        Just("GE.21-14135 5".to_string()),
        Just("*1843649*".to_string()),
        Just("Agenda item 13 (continued)".to_string()),
        Just("It was so decided.".to_string()),
        Just("In favour:".to_string()),
        Just("- 3.".to_string()),
        Just("\u{c}".to_string()),
        Just("The President (spoke in French):".to_string()),
        Just("Chair: Mr. Ünver".to_string()),
        "(1?[0-9]\\.)?(\\*\\*)?(Mr\\.|Ms\\.|The) [A-ZÄ][a-zé]{1,8}(\\*\\*)?( \\([A-Za-z ]{1,20}\\))? (said|asked|had) [a-z ,.;:]{0,60}",
        "[a-zA-Z0-9 .,;:()*\\-–’é]{0,80}",
        "\\PC{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn generated_records_never_panic_or_lose_text(lines in proptest::collection::vec(record_line(), 0..40), seps in proptest::collection::vec(prop_oneof![Just("\n"), Just("\n\n"), Just("\r\n"), Just(" ")], 40)) {
        let mut text = String::new();
        for (line, sep) in lines.iter().zip(seps.iter().cycle()) {
            text.push_str(line);
            text.push_str(sep);
        }
        let parsed = parse(&text);
        let lost = invariants::text_lost(&text, &parsed);
        prop_assert!(lost.is_empty(), "{:?}\n{:?}", text, lost);
    }

    #[test]
    fn arbitrary_text_never_panics_or_loses_text(text in "\\PC{0,300}") {
        let parsed = parse(&text);
        prop_assert!(invariants::text_lost(&text, &parsed).is_empty());
    }
}
