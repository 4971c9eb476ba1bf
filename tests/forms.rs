//! The UN's forms, class by class (issue 10): each test is built from the formulas the UN prints
//! in English, French and Spanish, not from one record's accidents. Checked through the parser's
//! output, as a reader would check the timeline.

use recordline::model::{EventKind, Record};

fn parse(text: &str) -> Record {
    recordline::parse(text).record
}

fn speakers(r: &Record) -> Vec<(Option<String>, Option<String>)> {
    r.turns.iter().map(|t| (t.speaker.name.clone(), t.speaker.affiliation.clone())).collect()
}

fn names(r: &Record) -> Vec<String> {
    r.turns.iter().map(|t| t.speaker.name.clone().unwrap_or_else(|| "?".into())).collect()
}

fn events(r: &Record) -> Vec<String> {
    r.events
        .iter()
        .map(|e| {
            let time = e.time.map(|t| format!("{:02}:{:02}", t.hour, t.minute)).unwrap_or_else(|| "-".into());
            match &e.person {
                Some(p) => format!("{:?} {time} {p}", e.kind),
                None => format!("{:?} {time}", e.kind),
            }
        })
        .collect()
}

/// Class 1: a paragraph that opens with a title and a name (and brackets) is a new turn,
/// whatever follows.
#[test]
fn attribution_is_by_form_not_by_verb() {
    let r = parse(
        "A/C.3/64/SR.1\n\n1. The Chair said that the Committee would take action.\n\n\
         2. Mr. Smith (Canada) placed on record its concern about the text.\n\n\
         3. Ms. Jones (Australia) withdrew the draft resolution.\n\n\
         4. Mr. Okafor (Nigeria), introducing the draft resolution, said that it was important.\n\n\
         5. Mr. Okafor (Nigeria), introducing draft resolution A/C.3/64/L.5 said that it was good.\n\n\
         6. He hoped that it would be adopted without a vote.\n",
    );
    assert_eq!(names(&r), ["The Chair", "Mr. Smith", "Ms. Jones", "Mr. Okafor", "Mr. Okafor"]);
    assert_eq!(r.turns[4].paragraph_count, 2, "an unnamed paragraph continues the turn");
    let r = parse(
        "CCPR/C/SR.2\n\n1. M. Dupont (France) admet que la question est difficile.\n\n\
         2. Mme Martin (Belgique) a voté contre le projet de résolution.\n\n3. M. KÄLIN dit que le Comité est saisi.\n",
    );
    assert_eq!(names(&r), ["M. Dupont", "Mme Martin", "M. KÄLIN"]);
    let r = parse(
        "CAT/C/SR.3\n\n1. El Sr. García (México) dice que su país ha avanzado.\n\n\
         2. La Sra. López pregunta si la ley ha cambiado.\n\n3. El Presidente dice que se levanta la sesión.\n",
    );
    assert_eq!(
        speakers(&r),
        [
            (Some("Sr. García".into()), Some("México".into())),
            (Some("Sra. López".into()), None),
            (Some("El Presidente".into()), None)
        ]
    );
    // A name that is talked about is not a speaker: the turn goes on.
    let r = parse(
        "CMW/C/SR.4\n\n1. Mr. Kariyawasam said that he welcomed the report.\n\n\
         2. Mr. Huseynov had referred to illegal migrants in his statement.\n",
    );
    assert_eq!(names(&r), ["Mr. Kariyawasam"]);
}

/// Class 2: attributions wrapped over lines, numbers alone, OCR noise.
#[test]
fn wrapped_and_noisy_attributions() {
    let r = parse(
        "A/C.3/64/SR.5\n\n22. The Chair said that the Committee would now vote on the draft.\n\
         23. Mr. Okafor (Nigeria),\nintroducing the draft resolution, said that it was\nimportant to all Member States.\n\
         24. Mr. Salama (Chief, Human Rights Treaties\nDivision) said that the Committee had worked hard.\n",
    );
    assert_eq!(names(&r), ["The Chair", "Mr. Okafor", "Mr. Salama"]);
    assert_eq!(r.turns[2].speaker.affiliation.as_deref(), Some("Chief, Human Rights Treaties Division"));
    let r = parse(
        "CERD/C/SR.6\n\n60. The Chairperson said the list was closed.\n\n61 Ms. Lindqvist (Sweden) said that she agreed.\n\n\
         :M. DUPONT (France) dit que la délégation est prête.\n",
    );
    assert_eq!(names(&r), ["The Chairperson", "Ms. Lindqvist", "M. DUPONT"]);
    assert_eq!(r.paragraphs[1].number, Some(61));
    // The number left at the end of the line before its paragraph (`pdftotext -raw`).
    let text = "A/C.3/64/SR.1\n\n25. Ms. Abe (Japan) said that her delegation supported\nthe text as drafted by the main sponsors of the\n\
                resolution. 26.\nMr. Kim (Republic of Korea) said that his delegation\nalso supported the text as drafted by the sponsors.\n\
                27. Mr. Lee (China) said that it agreed.\n";
    let parsed = recordline::parse(text);
    let numbers: Vec<Option<u32>> = parsed.record.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [Some(25), Some(26), Some(27)]);
    assert!(parsed.record.paragraphs[0].text.ends_with("resolution."));
    assert!(recordline::invariants::text_lost(text, &parsed).is_empty());
}

/// Class 3: titles, particles, initials, and an office in the name slot.
#[test]
fn titles_and_names() {
    let lines = [
        ("Reverend Smith (Holy See) said that peace was essential.", "Reverend Smith"),
        ("Sir Nigel Rodley said that he agreed.", "Sir Nigel Rodley"),
        ("Dame Rosalyn Higgins said that the Court agreed.", "Dame Rosalyn Higgins"),
        ("Dr. Kim (Republic of Korea) said that.", "Dr. Kim"),
        ("Professor Lee said that the text was clear.", "Professor Lee"),
        ("Archbishop Tomasi (Holy See) said that.", "Archbishop Tomasi"),
        ("Monsignor Parolin (Holy See) said that.", "Monsignor Parolin"),
        ("Sheikh Al-Thani (Qatar) said that.", "Sheikh Al-Thani"),
        ("Lord Ahmad (United Kingdom) said that.", "Lord Ahmad"),
        ("Baroness Amos (Under-Secretary-General for Humanitarian Affairs) said that.", "Baroness Amos"),
        ("Judge Owada (President of the International Court of Justice) said that.", "Judge Owada"),
        ("Ambassador Smith (United States) said that.", "Ambassador Smith"),
        ("Prince Zeid (Jordan) said that.", "Prince Zeid"),
        ("Princess Haya (Jordan) said that.", "Princess Haya"),
        ("Ms. Maria T.K. Olsen (Denmark) said that.", "Ms. Maria T.K. Olsen"),
        ("Mr. van der Berg (Netherlands) said that.", "Mr. van der Berg"),
        ("Ms. Pérez Gómez (Spain) said that.", "Ms. Pérez Gómez"),
        ("The Principal Secretary said that.", "The Principal Secretary"),
        ("The Temporary President said that.", "The Temporary President"),
        ("Mlle Roux demande si la loi a changé.", "Mlle Roux"),
        ("Me Lefèvre (Avocat) explique que.", "Me Lefèvre"),
        ("La Srta. Ruiz (Chile) pregunta qué medidas.", "Srta. Ruiz"),
        ("Dña. Pilar Torres pregunta si.", "Dña. Pilar Torres"),
    ];
    let text: String = lines.iter().enumerate().map(|(i, (l, _))| format!("{}. {l}\n\n", i + 1)).collect();
    let r = parse(&format!("A/C.3/64/SR.7\n\n{text}"));
    let want: Vec<&str> = lines.iter().map(|(_, n)| *n).collect();
    assert_eq!(names(&r), want);
    let r = parse("A/62/PV.1\n\nThe Temporary President: I declare open the session.\n\nEl Presidente: Gracias.\n");
    assert_eq!(names(&r), ["The Temporary President", "El Presidente"]);
}

/// Class 4: ballots, vote lists and candidates are not turns.
#[test]
fn ballots_and_lists_are_not_turns() {
    let r = parse(
        "A/C.3/64/SR.8\n\n1. The Chair said that the Committee would proceed to the election.\n\n\
         Number of ballot papers: 180\n\nRequired majority: 90\n\nNumber of votes obtained:\n\n\
         Mr. Arturo Pérez (Chile) 112\n\nMr. Juan Smith (Canada) 66\n\nMs. Jane Doe (Kenya) 12\n\n\
         Having obtained the required majority, Mr. Arturo Pérez (Chile) was elected.\n\n\
         2. The Chair said that Mr. Arturo Pérez had been elected.\n",
    );
    assert_eq!(names(&r), ["The Chair", "The Chair"]);
    let r = parse(
        "A/64/PV.9\n\nThe President: A recorded vote has been requested.\n\nA recorded vote was taken.\n\n\
         In favour: Afghanistan, Albania, Algeria, Andorra, Angola\n\nAgainst: Israel, United States of America\n\n\
         The President: The draft resolution was adopted.\n",
    );
    assert_eq!(names(&r), ["The President", "The President"]);
}

/// Class 5: events wherever and however they are printed.
#[test]
fn events_in_the_three_languages() {
    let r = parse(
        "CMW/C/SR.9\n\nThe meeting was called to order at 10 a.m.\n\n36. The Chair said that the list was closed.\n\n\
         37. The meeting was suspended at 11.20 a.m. and\nresumed at 11.45 a.m.\n\n38. The Chair said that.\n\n\
         The meeting was suspended at 4:10 p.m. and resumed at 4:30 p.m.\n\n\
         The meeting was suspended at noon and resumed at 3 p.m.\n\nThe meeting rose at midnight.\n",
    );
    assert_eq!(
        events(&r),
        [
            "Opened 10:00",
            "Suspended 11:20",
            "Resumed 11:45",
            "Suspended 16:10",
            "Resumed 16:30",
            "Suspended 12:00",
            "Resumed 15:00",
            "Rose 00:00"
        ]
    );
    assert_eq!(r.events[1].number, Some(37));
    assert!(
        !recordline::parse(
            "CMW/C/SR.9\n\n36. The Chair said.\n\n37. The meeting was suspended at 11.20 a.m.\n\n38. He said."
        )
        .diagnostics
        .iter()
        .any(|d| d.kind == recordline::model::DiagnosticKind::ParagraphNumberGap),
        "a numbered event fills its number"
    );
    let r = parse(
        "CCPR/C/SR.10\n\nLa séance est ouverte à 10 h 5.\n\n\
         La séance est suspendue à 11 h 15; elle est reprise à 11 h 30.\n\nLa séance est levée à 12 h 40.\n",
    );
    assert_eq!(events(&r), ["Opened 10:05", "Suspended 11:15", "Resumed 11:30", "Rose 12:40"]);
    let r = parse(
        "CAT/C/SR.11\n\nSe declara abierta la sesión a las 10.05 horas.\n\n\
         Se suspende la sesión a las 11.15 horas y se reanuda a las 11.30 horas.\n\n\
         Se levanta la sesión a las 13.00 horas.\n\nEl debate abarcado por el acta resumida se inicia a las 15.10 horas.\n",
    );
    assert_eq!(events(&r), ["Opened 10:05", "Suspended 11:15", "Resumed 11:30", "Rose 13:00", "Opened 15:10"]);
    let r = parse(
        "A/63/PV.40\n\nThe President: Voting will begin.\n\nThe meeting was suspended at 1.10 p.m. and resumed at \
         3.20 p.m. with Mr. Wolfe (Jamaica), Vice-President, in the Chair.\n\nThe President returned to the Chair.\n",
    );
    assert_eq!(
        events(&r),
        ["Suspended 13:10", "Resumed 15:20", "ChairChanged - Mr. Wolfe", "ChairChanged - The President"]
    );
    assert_eq!(r.events.iter().filter(|e| e.kind == EventKind::ChairChanged).count(), 2);
    assert!(recordline::invariants::text_lost(
        "A/63/PV.40\n\nThe meeting was suspended at 1.10 p.m. and resumed at 3.20 p.m. with Mr. Wolfe (Jamaica), Vice-President, in the Chair.",
        &recordline::parse("A/63/PV.40\n\nThe meeting was suspended at 1.10 p.m. and resumed at 3.20 p.m. with Mr. Wolfe (Jamaica), Vice-President, in the Chair."),
    )
    .is_empty());
}

/// Class 5: a presiding officer taking the Chair before the call to order; printed once.
#[test]
fn a_chair_taken_before_the_call_to_order() {
    let r = parse(
        "E/2010/SR.41\n\nProvisional summary record of the 41st meeting\n\nPresident: Mr. Soborun (Mauritius)\n\n\
         In the absence of Mr. Ali (Malaysia), Mr. Soborun (Mauritius), Vice-President, took the Chair.\n\n\
         The meeting was called to order at 10.20 a.m.\n\n1. The President said that the Council would begin.\n",
    );
    assert_eq!(events(&r), ["ChairChanged - Mr. Soborun", "Opened 10:20"]);
    assert_eq!(r.chairs.len(), 1, "{:?}", r.chairs);
    assert_eq!(r.meeting, Some(41));
}

/// Class 6: headers in French and Spanish, split held-at lines, partial records, old forms.
#[test]
fn headers_in_the_three_languages() {
    let r = parse(
        "CRC/C/SR.670\n\nCOMPTE RENDU ANALYTIQUE DE LA 670e SÉANCE\n\ntenue au Palais Wilson, à Genève,\n\n\
         le lundi 8 janvier 2001, à 10 heures\n\nPrésidente: Mme OUEDRAOGO\n\n1. La PRÉSIDENTE déclare ouverte la séance.\n",
    );
    assert_eq!(
        (r.date.map(|d| d.to_string()), r.scheduled_time.map(|t| t.to_string())),
        (Some("2001-01-08".into()), Some("10:00".into()))
    );
    let r = parse(
        "CAT/C/SR.835/Add.1\n\nACTA RESUMIDA DE LA PRIMERA PARTE (PÚBLICA)* DE LA 835ª SESIÓN\n\n\
         celebrada en el Palais Wilson, Ginebra,\nel viernes 16 de mayo de 2008 a las 16.20 horas\n\n\
         Presidenta: Sra. BELMIR\n\n1. La PRESIDENTA dice que.\n",
    );
    assert!(r.partial);
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2008-05-16"));
    assert_eq!(r.scheduled_time.map(|t| t.to_string()).as_deref(), Some("16:20"));
    let r = parse(
        "CCPR/C/SR.412\n\nSUMMARY RECORD OF THE FIRST PART (PUBLIC)* OF THE 412th MEETING\n\n\
         Held at the Palais des Nations, Geneva, on Monday, 4 April 1983, at 3 p.m.\n\nChairman: Mr. MAVROMMATIS\n\n1. The CHAIRMAN said.\n",
    );
    assert!(r.partial);
    assert_eq!(r.part.as_deref(), Some("first"));
    let r = parse(
        "CERD/C/SR.1012\n\nCOMPTE RENDU ANALYTIQUE DE LA DEUXIÈME PARTIE (PUBLIQUE)* DE LA 1012ème SÉANCE\n\n\
         tenue au Palais des Nations, à Genève, le mardi 5 mars 1994, à 15 heures\n\nPrésident : M. BANTON\n\n1. Le PRÉSIDENT dit.\n",
    );
    assert!(r.partial);
    assert_eq!(r.meeting, Some(1012));
    assert_eq!(r.chairs.len(), 1);
    let r = parse(
        "Ad Hoc Committee on Statelessness: Summary Record of the Twenty-Sixth Meeting Held at Lake Success, New York, \
         on Friday, 10 February 1950, at 2.15 p.m.\n\nChairman: Mr. CHANCE Canada\n\n1. The CHAIRMAN said.\n",
    );
    assert_eq!(r.meeting, Some(26));
    assert_eq!(r.chairs[0].name, "Mr. CHANCE");
    assert_eq!(r.chairs[0].affiliation.as_deref(), Some("Canada"));
}
