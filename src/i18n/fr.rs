//! L'interface en français, dans les termes de l'ONU : « séance », « compte rendu
//! analytique », « procès-verbal », « La séance est suspendue », « 16 h 30 »,
//! « 4 octobre 2021 », « par. 23 ».

use super::{Table, Text};
use crate::import::ImportError;
use crate::model::{ClockTime, Date, DiagnosticKind, Side};

pub struct Fr;

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n <= 1 { one } else { many })
}

/// What the importers call a kind of file ("a PNG image"), in French.
fn kind(k: &str) -> String {
    match k {
        "a PNG image" => "une image PNG",
        "a JPEG image" => "une image JPEG",
        "a GIF image" => "une image GIF",
        "a RIFF file (an image, sound or video)" => "un fichier RIFF (image, son ou vidéo)",
        "a legacy Word (.doc) document; save it as .docx or PDF" => {
            "un ancien document Word (.doc) ; enregistrez-le au format .docx ou PDF"
        }
        "a gzip archive" => "une archive gzip",
        "a 7-Zip archive" => "une archive 7-Zip",
        "a RAR archive" => "une archive RAR",
        "an RTF document; save it as .docx or plain text" => {
            "un document RTF ; enregistrez-le au format .docx ou en texte brut"
        }
        "a ZIP archive" => "une archive ZIP",
        "a PDF document" | "PDF document" => "un document PDF",
        "Word document" => "un document Word",
        other => return other.to_string(),
    }
    .to_string()
}

impl Table for Fr {
    fn text(&self, t: Text) -> &'static str {
        match t {
            Text::PageTitle => "Recordline : les comptes rendus de séance de l'ONU, lisibles",
            Text::Tagline => "Les comptes rendus de séance de l'ONU, lisibles. L'analyse se fait sur votre ordinateur ; rien n'est envoyé.",
            Text::SaveOffline => "Enregistrer Recordline pour l'utiliser hors ligne",
            Text::SaveOfflineTitle => "Un seul fichier HTML qui fonctionne sans réseau : gardez-le sur votre ordinateur ou une clé USB et ouvrez-le d'un double clic.",
            Text::MeetingRecord => "Compte rendu de séance",
            Text::SpeakersAndNotes => "Orateurs et remarques",
            Text::DropToOpen => "Déposez le compte rendu pour l'ouvrir",
            Text::DismissMessage => "Fermer le message",
            Text::Language => "Langue",
            Text::OpenARecord => "Ouvrir un compte rendu",
            Text::PasteLabel => "Collez le texte d'un compte rendu analytique ou d'un procès-verbal, ou ouvrez un fichier .pdf, .docx, .html, .txt ou .md",
            Text::PastePlaceholder => "Nations Unies CMW/C/SR.464 … La séance est ouverte à 15 h 10. …",
            Text::ReadPasted => "Lire le texte collé",
            Text::OpenAFile => "Ouvrir un fichier…",
            Text::OpenARecordFile => "Ouvrir le fichier d'un compte rendu",
            Text::DropHint => "ou déposez un fichier n'importe où, ou appuyez sur Ctrl+V hors de cette zone",
            Text::Clear => "Effacer",
            Text::PastedText => "texte collé",
            Text::TheRecord => "le compte rendu",
            Text::SummaryRecord => "Compte rendu analytique",
            Text::VerbatimRecord => "Procès-verbal",
            Text::PartialMark => " (partiel)",
            Text::NoSymbol => "Compte rendu sans cote",
            Text::Session => "Session",
            Text::Meeting => "Séance",
            Text::Date => "Date",
            Text::Scheduled => "Heure prévue",
            Text::Place => "Lieu",
            Text::Chair => "Présidence",
            Text::Clock => "Horaire",
            Text::Later => "puis : ",
            Text::PartialNote => "Compte rendu partiel : une partie seulement de la séance y est consignée.",
            Text::Contents => "Table des matières",
            Text::NoClockTimes => "Le compte rendu ne donne aucune heure.",
            Text::TimeAxis => "Axe horaire de la séance",
            Text::ExpandAll => "Tout déplier",
            Text::CollapseAll => "Tout replier",
            Text::SearchTheRecord => "Rechercher dans le compte rendu",
            Text::SearchPlaceholder => "Rechercher…",
            Text::NoMatches => "aucun résultat",
            Text::PreviousMatch => "Résultat précédent",
            Text::NextMatch => "Résultat suivant",
            Text::DownloadJson => "Télécharger le JSON",
            Text::DownloadOutline => "Télécharger le plan",
            Text::TheMeeting => "La séance",
            Text::ShowingSelected => "Seules les interventions des orateurs choisis sont affichées. ",
            Text::ShowEveryone => "Afficher tout le monde",
            Text::NotRecognised => "Non reconnu",
            Text::Expand => "Déplier",
            Text::Collapse => "Replier",
            Text::CalledToOrder => "La séance est ouverte",
            Text::PublicPartCalledToOrder => "La partie publique de la séance est ouverte",
            Text::DiscussionBegan => "Le débat consigné dans le compte rendu commence",
            Text::Reconvened => "La séance est de nouveau ouverte",
            Text::SuspendedEvent => "La séance est suspendue",
            Text::ResumedEvent => "La séance est reprise",
            Text::RoseEvent => "La séance est levée",
            Text::AdjournedEvent => "La séance est levée",
            Text::DiscussionEnded => "Le débat consigné dans le compte rendu prend fin",
            Text::NoTimeGiven => "(heure non indiquée)",
            Text::Suspension => "Suspension de séance",
            Text::SuspendedBand => "Suspendue à ",
            Text::ResumedBand => "reprise à ",
            Text::ResumptionNotSaid => " (le compte rendu ne dit pas quand elle a repris)",
            Text::CommitteeMember => "Membre du Comité",
            Text::Delegation => "Délégation",
            Text::Secretariat => "Secrétariat",
            Text::OtherSide => "Autre (ONG, organisme des Nations Unies)",
            Text::SpeakerNotNamed => "Orateur non nommé",
            Text::EstimatedTitle => "Estimation : le compte rendu ne donne l'heure qu'à l'ouverture, à la suspension, à la reprise et à la levée de la séance ; entre ces heures, le temps est réparti selon le nombre de mots.",
            Text::Cite => "Citer",
            Text::Speakers => "Orateurs",
            Text::SelectSpeakersHint => "Choisissez des orateurs pour n'afficher que leurs interventions.",
            Text::GroupChair => "Présidence",
            Text::GroupMembers => "Membres du Comité",
            Text::GroupDelegations => "Délégations",
            Text::GroupSecretariat => "Secrétariat",
            Text::GroupOthers => "Autres",
            Text::GroupNotNamed => "Non nommés",
            Text::ClearSelection => "Effacer la sélection",
            Text::NothingUnsure => "Rien : chaque ligne a trouvé sa place.",
            Text::SampleNote => "Ceci est un exemple : le compte rendu analytique CMW/C/SR.464 (en anglais). Pour lire votre propre compte rendu, collez-en le texte, choisissez un fichier ou déposez-le n'importe où sur la page. Rien ne quitte votre ordinateur.",
            Text::KeptOnScreen => "Le compte rendu affiché reste inchangé.",
            Text::KeptNothingShown => "Collez le texte d'un compte rendu analytique ou d'un procès-verbal, ou ouvrez un fichier .txt ou .md.",
            Text::Cleared => "Effacé. Collez, choisissez ou déposez un compte rendu pour le lire.",
            Text::NoAnswer => "aucune réponse",
            Text::WorkerFailed => "le lecteur a échoué",
            Text::StageDirection => "mention de procédure",
            Text::Seating => "prise de place",
            Text::Decision => "décision",
            Text::Adoption => "adoption",
            Text::Vote => "vote",
            Text::Silence => "minute de silence",
            Text::Interpretation => "interprétation",
            Text::NextDay => " le lendemain",
            Text::NoSymbolMark => "(sans cote)",
            Text::UnknownSpeakerLabel => "(orateur inconnu)",
            Text::Unrecognised => "non reconnu",
            Text::Inferred => "déduit",
            Text::ViewsLabel => "Affichages",
            Text::RecordView => "Compte rendu",
            Text::Library => "Bibliothèque",
            Text::LibraryOpening => "Ouverture de la bibliothèque…",
            Text::SearchLibrary => "Rechercher dans tous les comptes rendus",
            Text::SearchLibraryPlaceholder => "Des mots, ou leur début",
            Text::FilterOnly => "Seulement",
            Text::FilterBody => "Organe",
            Text::FilterSpeaker => "Orateur",
            Text::FilterState => "État",
            Text::FilterSide => "Rôle",
            Text::AnySide => "Tous",
            Text::ReviewName => "Nom de l'examen",
            Text::ExportLibrary => "Exporter la bibliothèque (.jsonl)",
            Text::ImportLibrary => "Importer une bibliothèque…",
            Text::RemoveAll => "Tout retirer",
            Text::ConfirmRemoveAll => "Retirer tous les comptes rendus de la bibliothèque de ce navigateur ?",
            Text::LibraryEmpty => "Aucun compte rendu n'est encore conservé. Chaque compte rendu que vous ouvrez est conservé ici jusqu'à ce que vous le retiriez.",
            Text::NoSymbolGroup => "Comptes rendus sans cote",
            Text::Remove => "Retirer",
            Text::ReviewsAcross => "Examens sur plusieurs séances",
            Text::NothingFoundLibrary => "Rien trouvé dans la bibliothèque.",
            Text::ReviewGone => "Les comptes rendus de cet examen ne sont plus dans la bibliothèque.",
            Text::SpeakersAcross => "Orateurs sur l'ensemble des séances",
            Text::OpenThisRecord => "Ouvrir ce compte rendu",
            Text::DownloadCsv => "Télécharger en CSV",
            Text::DownloadMarkdown => "Télécharger en Markdown",
            Text::TickTwo => "Cochez au moins deux comptes rendus pour en faire un examen.",
            Text::StorageFull => "l'espace de stockage du navigateur pour cette page est plein",
            Text::NoIndexedDb => "ce navigateur ne conserve pas de base IndexedDB ici (fenêtre de navigation privée ?)",
            Text::MoreFormats => "Autres formats",
            Text::DownloadAkn => "Télécharger en Akoma Ntoso (XML)",
            Text::DownloadTei => "Télécharger en TEI (XML)",
            Text::LanguageVersions => "Versions linguistiques",
            Text::SearchThisVersion => "Rechercher dans cette version",
            Text::VersionsGone => "L'une des deux versions n'est plus dans la bibliothèque.",
        }
    }

    fn time(&self, t: ClockTime) -> String {
        if t.minute == 0 {
            format!("{} heures", t.hour)
        } else {
            format!("{} h {}", t.hour, t.minute)
        }
    }

    fn date(&self, d: Date) -> String {
        let day = if d.day == 1 { "1er".to_string() } else { d.day.to_string() };
        match MONTHS.get((d.month as usize).wrapping_sub(1)) {
            Some(m) => format!("{day} {m} {}", d.year),
            None => d.to_string(),
        }
    }

    fn reading(&self, name: &str, done: usize, total: usize) -> String {
        format!("Lecture de {name} : page {done} sur {total}")
    }
    fn clock_caption(&self, start: &str, end: &str) -> String {
        format!("L'horaire de la séance, de {start} à {end}. Entre les heures que donne le compte rendu, l'heure de chaque intervention est estimée d'après le nombre de mots.")
    }
    fn clock_segment(&self, who: &str, from: &str, to: &str) -> String {
        format!("{who}, de {from} à {to} environ (estimation)")
    }
    fn clock_gap(&self, from: &str, to: &str) -> String {
        format!("Suspendue de {from} à {to}")
    }
    fn called_to_order_at(&self, t: &str) -> String {
        format!("ouverte à {t}")
    }
    fn rose_at(&self, t: &str) -> String {
        format!("levée à {t}")
    }
    fn suspended_for(&self, length: &str) -> String {
        format!("dont {length} de suspension")
    }
    fn clock_length(&self, times: &str, length: &str) -> String {
        format!("{times} : {length}")
    }
    fn part_note(&self, part: &str) -> String {
        // The parser names the part in English ("first", "second").
        let part = match part {
            "first" => "première",
            "second" => "deuxième",
            other => other,
        };
        format!(" Ce compte rendu porte sur la {part} partie de la séance.")
    }
    fn match_of(&self, n: usize, total: usize) -> String {
        format!("{n} sur {total}")
    }
    fn drawing(&self, done: usize, total: usize) -> String {
        format!("Affichage de la suite du compte rendu ({done} éléments sur {total})…")
    }
    fn expand_under(&self, heading: &str) -> String {
        format!("Déplier toutes les interventions sous « {heading} »")
    }
    fn collapse_under(&self, heading: &str) -> String {
        format!("Replier toutes les interventions sous « {heading} »")
    }
    fn took_the_chair(&self, person: &str) -> String {
        format!("{person} prend la présidence")
    }
    fn delegation_of(&self, country: &str) -> String {
        format!("Délégation : {country}")
    }
    fn speaking_as(&self, what: &str) -> String {
        format!("en qualité de {what}")
    }
    fn about_estimated(&self, time: &str) -> String {
        format!("vers {time}, heure estimée d'après le nombre de mots entre les heures que donne le compte rendu")
    }
    fn words(&self, n: usize) -> String {
        plural(n, "mot", "mots")
    }
    fn paragraph_label(&self, n: u32, inferred: bool) -> String {
        format!("Paragraphe {n}{}", if inferred { " (numéro déduit)" } else { "" })
    }
    fn cite_label(&self, citation: &str) -> String {
        format!("Citer {citation} (copie la référence)")
    }
    fn citation(&self, symbol: &str, paragraph: u32) -> String {
        format!("{symbol}, par. {paragraph}")
    }
    fn speaker_stats(&self, turns: usize, words: usize) -> String {
        format!("{} · {}", plural(turns, "intervention", "interventions"), self.words(words))
    }
    fn records_opened(&self, n: usize) -> String {
        format!("Comptes rendus ouverts ({n})")
    }
    fn unsure_of(&self, n: usize) -> String {
        format!("Points sur lesquels l'analyse a hésité ({n})")
    }
    fn and_more(&self, n: usize) -> String {
        format!("…et {n} de plus, énumérés dans le JSON téléchargé.")
    }
    fn diagnostic(&self, kind: DiagnosticKind, numbers: &[&str], quoted: Option<&str>) -> String {
        let n = |i: usize| numbers.get(i).copied().unwrap_or("?");
        let q = quoted.unwrap_or("");
        match kind {
            DiagnosticKind::TimeBackwards => {
                format!("une heure ({}) est antérieure à celle de l'événement précédent ({})", n(0), n(1))
            }
            DiagnosticKind::SuspensionNotResumed => {
                "la séance a été suspendue et le compte rendu ne dit jamais qu'elle a repris".to_string()
            }
            DiagnosticKind::ParagraphNumberGap => {
                format!("la numérotation des paragraphes passe de {} à {}", n(0), n(1))
            }
            DiagnosticKind::ParagraphNumberDuplicate => format!("le numéro de paragraphe {} figure deux fois", n(0)),
            DiagnosticKind::ParagraphNumberOutOfOrder => {
                format!("le paragraphe {} vient après le paragraphe {}", n(0), n(1))
            }
            DiagnosticKind::ParagraphNumberInferred => {
                format!(
                    "le paragraphe {} n'est pas numéroté dans le texte ; son numéro est déduit de ses voisins",
                    n(0)
                )
            }
            DiagnosticKind::UnknownSpeaker => format!("Aucun orateur n'est nommé pour : « {q} »"),
            DiagnosticKind::UnrecognisedBlock => {
                format!("Texte non reconnu comme faisant partie de la séance : « {q} »")
            }
            DiagnosticKind::EmptyInput => "le texte est vide".to_string(),
            DiagnosticKind::NotARecord => "ce texte ne ressemble pas à un compte rendu de séance de l'ONU".to_string(),
        }
    }
    fn sample_name(&self, name: &str) -> String {
        format!("{name} (exemple)")
    }
    fn opened(&self, name: &str, symbol: Option<&str>) -> String {
        match symbol {
            Some(s) => format!("{name} ({s}) est ouvert."),
            None => format!("{name} est ouvert."),
        }
    }
    fn empty(&self, name: &str) -> String {
        format!("{name} est vide : il n'y a aucun texte à lire.")
    }
    fn not_a_record(&self, name: &str, words: usize, lines: usize, beginning: &str) -> String {
        format!(
            "{name} ne ressemble pas à un compte rendu de séance de l'ONU (ni cote, ni titre de séance, ni « La séance \
             est ouverte », ni orateur tel que « Le Président dit » ou « M. X (France) : »). Contenu : {} sur {}, \
             commençant par « {beginning} ».",
            plural(words, "mot", "mots"),
            plural(lines, "ligne", "lignes")
        )
    }
    fn no_paragraph(&self, n: u32) -> String {
        format!("Ce compte rendu n'a pas de paragraphe {n}.")
    }
    fn rejected(&self, name: &str, reason: &str) -> String {
        format!("{name} : {reason}.")
    }
    fn not_kept(&self, cause: &str) -> String {
        format!("ouvert, mais il n'a pas pu être conservé pour votre prochaine visite ({cause})")
    }
    fn unreadable(&self, cause: &str) -> String {
        format!("le fichier n'a pas pu être lu ({cause})")
    }
    fn reader_stopped(&self, why: &str) -> String {
        format!("le lecteur de Recordline s'est arrêté sur ce fichier ({why}) ; il est peut-être endommagé ou piégé")
    }
    fn took_longer(&self, limit_ms: u32) -> String {
        let took = if limit_ms >= 1000 { format!("{} s", limit_ms / 1000) } else { format!("{limit_ms} ms") };
        format!("la lecture a duré plus de {took} et a été interrompue")
    }
    fn fetch_failed(&self, url: &str) -> String {
        format!(
            "impossible de charger {url} : la requête réseau a échoué. Soit l'ordinateur est hors ligne ou l'adresse \
             est erronée, soit le compte rendu se trouve sur un autre site qui ne permet pas à cette page de le lire \
             (CORS, ou la politique de sécurité du contenu de cette page). Pour y remédier, placez le compte rendu \
             sur le même site que cette page, ou faites envoyer par son serveur l'en-tête \
             Access-Control-Allow-Origin et autorisez son site dans connect-src"
        )
    }
    fn fetch_status(&self, url: &str, status: u16, status_text: &str) -> String {
        format!("impossible de charger {url} : le serveur a répondu {status} {status_text}. Vérifiez l'adresse dans data-src ou src")
    }
    fn fetch_interrupted(&self, url: &str) -> String {
        format!("le téléchargement de {url} a été interrompu")
    }
    fn import_error(&self, e: &ImportError) -> String {
        match e {
            ImportError::NotText { offset } => {
                format!("ce fichier n'est pas du texte (il contient des données binaires ; le premier octet illisible est à la position {offset})")
            }
            ImportError::Unsupported { kind: k } => format!(
                "ce fichier est {}, que Recordline ne sait pas encore ouvrir ; copiez le texte du compte rendu et collez-le",
                kind(k)
            ),
            ImportError::NotADocument { kind: k } => format!("ce fichier est {}, pas un compte rendu de séance", kind(k)),
            ImportError::TooLarge { bytes } => {
                let (units, tenths) = super::tenths_of_mb(*bytes);
                format!(
                    "le fichier fait {units},{tenths} Mo ; les fichiers de plus de {} Mo sont refusés",
                    crate::import::MAX_BYTES / 1_048_576
                )
            }
            ImportError::Corrupt { kind: k, cause } => {
                format!("ce {} est endommagé ou incomplet ({cause})", kind(k).trim_start_matches("un "))
            },
            ImportError::Scanned => "ce PDF est une numérisation : ses pages sont des images sans couche de texte. \
                 Passez-le d'abord par un logiciel de reconnaissance de texte (OCR, par exemple OCRmyPDF), puis \
                 ouvrez le résultat"
                .to_string(),
            ImportError::Encrypted => "ce PDF est chiffré, son texte ne peut donc pas être lu ici. Ouvrez-le dans un \
                 lecteur PDF et enregistrez-le ou imprimez-le sous un nouveau PDF sans mot de passe, ou téléchargez de \
                 nouveau le compte rendu au format Word"
                .to_string(),
            ImportError::PdfTooLarge { what } => format!(
                "ce PDF demande {what}, bien plus qu'aucun compte rendu ; il est peut-être endommagé ou piégé et n'a pas été ouvert"
            ),
            ImportError::TooLargeUnpacked { limit } => format!(
                "ce document Word occuperait plus de {} Mo une fois décompressé, bien plus qu'aucun compte rendu ; il n'a pas été ouvert",
                limit / 1_048_576
            ),
        }
    }
    fn import_note(&self, note: &str) -> String {
        match super::note_kind(note) {
            super::Note::Word => "lu depuis un document Word".to_string(),
            super::Note::Html => "lu depuis une page HTML".to_string(),
            super::Note::Utf16 => "lu comme texte UTF-16".to_string(),
            super::Note::Windows1252 => {
                "le fichier n'est pas en UTF-8 ; il a été lu comme texte Windows-1252 (Europe occidentale)".to_string()
            }
            super::Note::Pdf(pages) => format!("lu depuis un document PDF ({})", plural(pages, "page", "pages")),
            super::Note::Other => note.to_string(),
        }
    }
    fn outline_kind(&self, verbatim: bool) -> &'static str {
        if verbatim {
            "procès-verbal"
        } else {
            "compte rendu analytique"
        }
    }
    fn outline_meeting(&self, n: u32) -> String {
        format!("séance {n}")
    }
    fn outline_scheduled(&self, t: &str) -> String {
        format!("prévue à {t}")
    }
    fn outline_paragraphs(&self, n: usize) -> String {
        plural(n, "paragraphe", "paragraphes")
    }
    fn side(&self, side: Side) -> &'static str {
        match side {
            Side::Chair => "présidence",
            Side::Member => "membre",
            Side::Delegation => "délégation",
            Side::Secretariat => "secrétariat",
            Side::Other => "autre",
            Side::Unknown => "inconnu",
        }
    }

    fn library_tab(&self, n: usize) -> String {
        format!("Bibliothèque ({n})")
    }
    fn review_title(&self, label: &str) -> String {
        format!("Examen : {label}")
    }
    fn agenda_item_review(&self, series: &str, item: &str) -> String {
        format!("{series}, point {item} de l'ordre du jour")
    }
    fn review_default_name(&self, n: usize) -> String {
        format!("Examen {n}")
    }
    fn turns_of(&self, who: &str) -> String {
        format!("Interventions de {who}")
    }
    fn turns_of_state(&self, state: &str) -> String {
        format!("Interventions de l'État : {state}")
    }
    fn library_refused(&self, why: &str) -> String {
        format!("La bibliothèque n'est pas disponible : {why}. Le compte rendu affiché reste utilisable, mais rien n'est conservé après votre départ.")
    }
    fn storage_not_allowed(&self, cause: &str) -> String {
        format!("le navigateur n'autorise pas le stockage ici ({cause})")
    }
    fn library_size(&self, n: usize, size: &str) -> String {
        let kept = if n <= 1 { "conservé" } else { "conservés" };
        format!("{} {kept} dans ce navigateur, occupant environ {size}.", plural(n, "compte rendu", "comptes rendus"))
    }
    fn make_review(&self, ticked: usize) -> String {
        format!("Faire un examen des comptes rendus cochés ({ticked})")
    }
    fn tick_for_review(&self, title: &str) -> String {
        format!("Cocher {title} pour un examen")
    }
    fn remove_from_library(&self, name: &str) -> String {
        format!("Retirer {name} de la bibliothèque")
    }
    fn review_item(&self, label: &str, meetings: usize) -> String {
        format!("{label} ({})", plural(meetings, "séance", "séances"))
    }
    fn found_in(&self, paragraphs: usize, records: usize) -> String {
        format!(
            "{} dans {}.",
            plural(paragraphs, "paragraphe", "paragraphes"),
            plural(records, "compte rendu", "comptes rendus")
        )
    }
    fn hits_in_record(&self, n: usize) -> String {
        format!(" · {}", plural(n, "paragraphe", "paragraphes"))
    }
    fn show_all_hits(&self, n: usize, record: &str) -> String {
        format!("Afficher les {n} résultats de {record}")
    }
    fn meetings_in_order(&self, n: usize) -> String {
        format!("{}, dans l'ordre.", plural(n, "séance", "séances"))
    }
    fn turns_in_meetings(&self, turns: usize, meetings: usize) -> String {
        format!("{} en {}", plural(turns, "intervention", "interventions"), plural(meetings, "séance", "séances"))
    }
    fn starting_at(&self, t: &str) -> String {
        format!("à partir de {t}")
    }
    fn meeting_label(&self, n: usize, symbol: &str) -> String {
        format!("Séance {n} : {symbol}")
    }
    fn appearances_count(&self, n: usize) -> String {
        format!("{} dans la bibliothèque, par date.", plural(n, "intervention", "interventions"))
    }
    fn imported(&self, added: usize, duplicates: usize, refused: usize) -> String {
        let mut s = format!("{} importé(s) dans la bibliothèque", plural(added, "compte rendu", "comptes rendus"));
        if duplicates > 0 {
            s.push_str(&format!(" ; {duplicates} déjà présent(s)"));
        }
        if refused > 0 {
            s.push_str(&format!(" ; {} illisible(s)", plural(refused, "ligne", "lignes")));
        }
        s + "."
    }
    fn not_in_library(&self, name: &str, why: &str) -> String {
        format!("{name} est ouvert, mais n'a pas pu être conservé dans la bibliothèque : {why}.")
    }
    fn not_a_library(&self, line: usize, why: &str) -> String {
        format!("ce n'est pas un fichier de bibliothèque Recordline (ligne {line} : {why})")
    }

    fn side_by_side(&self, left: &str, right: &str) -> String {
        format!("Côte à côte : {left} | {right}")
    }
    fn versions_title(&self, symbol: &str) -> String {
        format!("{symbol} côte à côte")
    }
    fn numbering_differs(&self, left: &str, only_left: &str, right: &str, only_right: &str) -> String {
        let mut parts = Vec::new();
        if !only_left.is_empty() {
            parts.push(format!("les paragraphes {only_left} ne figurent que dans la version {left}"));
        }
        if !only_right.is_empty() {
            parts.push(format!("les paragraphes {only_right} ne figurent que dans la version {right}"));
        }
        format!("La numérotation des paragraphes diffère : {}.", parts.join(" ; "))
    }
    fn unpaired_rows(&self, n: usize) -> String {
        format!("{} avec une seule version.", plural(n, "ligne", "lignes"))
    }
    fn version_matches(&self, n: usize) -> String {
        plural(n, "paragraphe", "paragraphes")
    }

    fn show_more_rows(&self, next: usize, left: usize) -> String {
        format!("Afficher les {next} lignes suivantes ({left} restantes)")
    }
}
