//! La interfaz en español, con los términos de las Naciones Unidas: «sesión», «acta
//! resumida», «acta literal», «Se suspende la sesión», «Presidencia», «16.30 horas»,
//! «4 de octubre de 2021», «párr. 23».

use super::{Table, Text};
use crate::import::ImportError;
use crate::model::{ClockTime, Date, DiagnosticKind, Side};

pub struct Es;

const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What the importers call a kind of file ("a PNG image"), in Spanish.
fn kind(k: &str) -> String {
    match k {
        "a PNG image" => "una imagen PNG",
        "a JPEG image" => "una imagen JPEG",
        "a GIF image" => "una imagen GIF",
        "a RIFF file (an image, sound or video)" => "un archivo RIFF (imagen, sonido o vídeo)",
        "a legacy Word (.doc) document; save it as .docx or PDF" => {
            "un documento de Word antiguo (.doc); guárdelo como .docx o PDF"
        }
        "a gzip archive" => "un archivo comprimido gzip",
        "a 7-Zip archive" => "un archivo comprimido 7-Zip",
        "a RAR archive" => "un archivo comprimido RAR",
        "an RTF document; save it as .docx or plain text" => {
            "un documento RTF; guárdelo como .docx o texto sin formato"
        }
        "a ZIP archive" => "un archivo comprimido ZIP",
        "a PDF document" | "PDF document" => "un documento PDF",
        "Word document" => "un documento de Word",
        other => return other.to_string(),
    }
    .to_string()
}

impl Table for Es {
    fn text(&self, t: Text) -> &'static str {
        match t {
            Text::PageTitle => "Recordline: las actas de las sesiones de las Naciones Unidas, legibles",
            Text::Tagline => "Las actas de las sesiones de las Naciones Unidas, legibles. Se analizan en su computadora; no se envía nada.",
            Text::SaveOffline => "Guardar Recordline para usarlo sin conexión",
            Text::SaveOfflineTitle => "Un único archivo HTML que funciona sin red: guárdelo en su computadora o en una memoria USB y ábralo con doble clic.",
            Text::MeetingRecord => "Acta de la sesión",
            Text::SpeakersAndNotes => "Oradores y observaciones",
            Text::DropToOpen => "Suelte el acta para abrirla",
            Text::DismissMessage => "Cerrar el mensaje",
            Text::Language => "Idioma",
            Text::OpenARecord => "Abrir un acta",
            Text::PasteLabel => "Pegue el texto de un acta resumida o de un acta literal, o abra un archivo .pdf, .docx, .html, .txt o .md",
            Text::PastePlaceholder => "Naciones Unidas CMW/C/SR.464 … Se declara abierta la sesión a las 15.10 horas. …",
            Text::ReadPasted => "Leer el texto pegado",
            Text::OpenAFile => "Abrir un archivo…",
            Text::OpenARecordFile => "Abrir el archivo de un acta",
            Text::DropHint => "o suelte un archivo en cualquier lugar, o pulse Ctrl+V fuera de este cuadro",
            Text::Clear => "Borrar",
            Text::PastedText => "texto pegado",
            Text::TheRecord => "el acta",
            Text::SummaryRecord => "Acta resumida",
            Text::VerbatimRecord => "Acta literal",
            Text::PartialMark => " (parcial)",
            Text::NoSymbol => "Acta sin signatura",
            Text::Session => "Período de sesiones",
            Text::Meeting => "Sesión",
            Text::Date => "Fecha",
            Text::Scheduled => "Hora prevista",
            Text::Place => "Lugar",
            Text::Chair => "Presidencia",
            Text::Clock => "Horario",
            Text::Later => "más tarde: ",
            Text::PartialNote => "Acta parcial: solo consta en ella una parte de la sesión.",
            Text::Contents => "Índice",
            Text::NoClockTimes => "El acta no indica ninguna hora.",
            Text::TimeAxis => "Eje horario de la sesión",
            Text::ExpandAll => "Desplegar todo",
            Text::CollapseAll => "Plegar todo",
            Text::SearchTheRecord => "Buscar en el acta",
            Text::SearchPlaceholder => "Buscar en el acta",
            Text::NoMatches => "sin resultados",
            Text::PreviousMatch => "Resultado anterior",
            Text::NextMatch => "Resultado siguiente",
            Text::DownloadJson => "Descargar el JSON",
            Text::DownloadOutline => "Descargar el esquema",
            Text::TheMeeting => "La sesión",
            Text::ShowingSelected => "Solo se muestran las intervenciones de los oradores seleccionados. ",
            Text::ShowEveryone => "Mostrar a todos",
            Text::NotRecognised => "No reconocido",
            Text::Expand => "Desplegar",
            Text::Collapse => "Plegar",
            Text::CalledToOrder => "Se declara abierta la sesión",
            Text::PublicPartCalledToOrder => "Se declara abierta la parte pública de la sesión",
            Text::DiscussionBegan => "Comienza el debate recogido en el acta",
            Text::Reconvened => "Se vuelve a abrir la sesión",
            Text::SuspendedEvent => "Se suspende la sesión",
            Text::ResumedEvent => "Se reanuda la sesión",
            Text::RoseEvent => "Se levanta la sesión",
            Text::AdjournedEvent => "Se levanta la sesión",
            Text::DiscussionEnded => "Termina el debate recogido en el acta",
            Text::NoTimeGiven => "(no se indica la hora)",
            Text::Suspension => "Suspensión de la sesión",
            Text::SuspendedBand => "Se suspende a las ",
            Text::ResumedBand => "se reanuda a las ",
            Text::ResumptionNotSaid => " (el acta no dice cuándo se reanudó)",
            Text::CommitteeMember => "Miembro del Comité",
            Text::Delegation => "Delegación",
            Text::Secretariat => "Secretaría",
            Text::OtherSide => "Otros (ONG, organismo de las Naciones Unidas)",
            Text::SpeakerNotNamed => "Orador u oradora sin nombre",
            Text::EstimatedTitle => "Estimación: el acta solo indica la hora de apertura, suspensión, reanudación y levantamiento de la sesión; entre esas horas, el tiempo se reparte según el número de palabras.",
            Text::Cite => "Citar",
            Text::Speakers => "Oradores",
            Text::SelectSpeakersHint => "Seleccione oradores para mostrar solo sus intervenciones.",
            Text::GroupChair => "Presidencia",
            Text::GroupMembers => "Miembros del Comité",
            Text::GroupDelegations => "Delegaciones",
            Text::GroupSecretariat => "Secretaría",
            Text::GroupOthers => "Otros",
            Text::GroupNotNamed => "Sin nombre",
            Text::ClearSelection => "Borrar la selección",
            Text::NothingUnsure => "Nada: cada línea encontró su lugar.",
            Text::SampleNote => "Esto es un ejemplo: el acta resumida CMW/C/SR.464 (en inglés). Para leer su propia acta, pegue el texto, elija un archivo o suéltelo en cualquier lugar de la página. Nada sale de su computadora.",
            Text::KeptOnScreen => "El acta que se muestra no cambia.",
            Text::KeptNothingShown => "Pegue el texto de un acta resumida o de un acta literal, o abra un archivo .txt o .md.",
            Text::Cleared => "Borrado. Pegue, elija o suelte un acta para leerla.",
            Text::NoAnswer => "sin respuesta",
            Text::WorkerFailed => "el lector falló",
            Text::StageDirection => "indicación de procedimiento",
            Text::Seating => "toma de asiento",
            Text::Decision => "decisión",
            Text::Adoption => "aprobación",
            Text::Vote => "votación",
            Text::Silence => "minuto de silencio",
            Text::Interpretation => "interpretación",
            Text::NextDay => " al día siguiente",
            Text::NoSymbolMark => "(sin signatura)",
            Text::UnknownSpeakerLabel => "(orador desconocido)",
            Text::Unrecognised => "no reconocido",
            Text::Inferred => "deducido",
            Text::ViewsLabel => "Vistas",
            Text::RecordView => "Acta",
            Text::Library => "Biblioteca",
            Text::LibraryOpening => "Abriendo la biblioteca…",
            Text::SearchLibrary => "Buscar en todas las actas",
            Text::SearchLibraryPlaceholder => "Palabras, o su comienzo",
            Text::FilterOnly => "Solo",
            Text::FilterBody => "Órgano",
            Text::FilterSpeaker => "Orador u oradora",
            Text::FilterState => "Estado",
            Text::FilterSide => "Función",
            Text::AnySide => "Todas",
            Text::ReviewName => "Nombre del examen",
            Text::ExportLibrary => "Exportar la biblioteca (.jsonl)",
            Text::ImportLibrary => "Importar una biblioteca…",
            Text::RemoveAll => "Quitar todas",
            Text::ConfirmRemoveAll => "¿Quitar todas las actas de la biblioteca de este navegador?",
            Text::LibraryEmpty => "Aún no se guarda ninguna acta. Cada acta que abra se guarda aquí hasta que la quite.",
            Text::NoSymbolGroup => "Actas sin signatura",
            Text::Remove => "Quitar",
            Text::ReviewsAcross => "Exámenes en varias sesiones",
            Text::NothingFoundLibrary => "No se encontró nada en la biblioteca.",
            Text::ReviewGone => "Las actas de este examen ya no están en la biblioteca.",
            Text::SpeakersAcross => "Oradores en el conjunto de las sesiones",
            Text::OpenThisRecord => "Abrir esta acta",
            Text::DownloadCsv => "Descargar en CSV",
            Text::DownloadMarkdown => "Descargar en Markdown",
            Text::TickTwo => "Marque dos o más actas para hacer un examen con ellas.",
            Text::StorageFull => "el almacenamiento del navegador para esta página está lleno",
            Text::NoIndexedDb => "este navegador no guarda IndexedDB aquí (¿una ventana privada?)",
            Text::MoreFormats => "Otros formatos",
            Text::DownloadAkn => "Descargar en Akoma Ntoso (XML)",
            Text::DownloadTei => "Descargar en TEI (XML)",
            Text::LanguageVersions => "Versiones lingüísticas",
            Text::SearchThisVersion => "Buscar en esta versión",
            Text::VersionsGone => "Una de las dos versiones ya no está en la biblioteca.",
        }
    }

    fn time(&self, t: ClockTime) -> String {
        format!("{}.{:02} horas", t.hour, t.minute)
    }

    fn date(&self, d: Date) -> String {
        match MONTHS.get((d.month as usize).wrapping_sub(1)) {
            Some(m) => format!("{} de {m} de {}", d.day, d.year),
            None => d.to_string(),
        }
    }

    fn reading(&self, name: &str, done: usize, total: usize) -> String {
        format!("Leyendo {name}: página {done} de {total}")
    }
    fn clock_caption(&self, start: &str, end: &str) -> String {
        format!("El horario de la sesión, de las {start} a las {end}. Entre las horas que indica el acta, la hora de cada intervención se estima según el número de palabras.")
    }
    fn clock_segment(&self, who: &str, from: &str, to: &str) -> String {
        format!("{who}, aproximadamente de las {from} a las {to} (estimación)")
    }
    fn clock_gap(&self, from: &str, to: &str) -> String {
        format!("Suspendida de las {from} a las {to}")
    }
    fn called_to_order_at(&self, t: &str) -> String {
        format!("abierta a las {t}")
    }
    fn rose_at(&self, t: &str) -> String {
        format!("levantada a las {t}")
    }
    fn suspended_for(&self, length: &str) -> String {
        format!("con {length} de suspensión")
    }
    fn clock_length(&self, times: &str, length: &str) -> String {
        format!("{times}: {length}")
    }
    fn part_note(&self, part: &str) -> String {
        // The parser names the part in English ("first", "second").
        let part = match part {
            "first" => "primera",
            "second" => "segunda",
            other => other,
        };
        format!(" Esta acta abarca la {part} parte de la sesión.")
    }
    fn match_of(&self, n: usize, total: usize) -> String {
        format!("{n} de {total}")
    }
    fn drawing(&self, done: usize, total: usize) -> String {
        format!("Mostrando el resto del acta ({done} de {total} elementos)…")
    }
    fn expand_under(&self, heading: &str) -> String {
        format!("Desplegar todas las intervenciones de «{heading}»")
    }
    fn collapse_under(&self, heading: &str) -> String {
        format!("Plegar todas las intervenciones de «{heading}»")
    }
    fn took_the_chair(&self, person: &str) -> String {
        format!("{person} ocupa la Presidencia")
    }
    fn delegation_of(&self, country: &str) -> String {
        format!("Delegación: {country}")
    }
    fn speaking_as(&self, what: &str) -> String {
        format!("en su calidad de {what}")
    }
    fn about_estimated(&self, time: &str) -> String {
        format!("hacia las {time}, hora estimada según el número de palabras entre las horas que indica el acta")
    }
    fn words(&self, n: usize) -> String {
        plural(n, "palabra", "palabras")
    }
    fn paragraph_label(&self, n: u32, inferred: bool) -> String {
        format!("Párrafo {n}{}", if inferred { " (número deducido)" } else { "" })
    }
    fn cite_label(&self, citation: &str) -> String {
        format!("Citar {citation} (copia la referencia)")
    }
    fn citation(&self, symbol: &str, paragraph: u32) -> String {
        format!("{symbol}, párr. {paragraph}")
    }
    fn speaker_stats(&self, turns: usize, words: usize) -> String {
        format!("{} · {}", plural(turns, "intervención", "intervenciones"), self.words(words))
    }
    fn records_opened(&self, n: usize) -> String {
        format!("Actas abiertas ({n})")
    }
    fn unsure_of(&self, n: usize) -> String {
        format!("Dudas del análisis ({n})")
    }
    fn and_more(&self, n: usize) -> String {
        format!("…y {n} más, enumeradas en el JSON descargado.")
    }
    fn diagnostic(&self, kind: DiagnosticKind, numbers: &[&str], quoted: Option<&str>) -> String {
        let n = |i: usize| numbers.get(i).copied().unwrap_or("?");
        let q = quoted.unwrap_or("");
        match kind {
            DiagnosticKind::TimeBackwards => {
                format!("una hora ({}) es anterior a la del acontecimiento precedente ({})", n(0), n(1))
            }
            DiagnosticKind::SuspensionNotResumed => {
                "se suspendió la sesión y el acta nunca dice que se reanudara".to_string()
            }
            DiagnosticKind::ParagraphNumberGap => format!("la numeración de los párrafos salta de {} a {}", n(0), n(1)),
            DiagnosticKind::ParagraphNumberDuplicate => format!("el número de párrafo {} aparece dos veces", n(0)),
            DiagnosticKind::ParagraphNumberOutOfOrder => {
                format!("el párrafo {} viene después del párrafo {}", n(0), n(1))
            }
            DiagnosticKind::ParagraphNumberInferred => {
                format!("el párrafo {} no lleva número en el texto; se deduce de los párrafos vecinos", n(0))
            }
            DiagnosticKind::UnknownSpeaker => format!("No se nombra al orador o la oradora de: «{q}»"),
            DiagnosticKind::UnrecognisedBlock => format!("Texto no reconocido como parte de la sesión: «{q}»"),
            DiagnosticKind::EmptyInput => "el texto está vacío".to_string(),
            DiagnosticKind::NotARecord => "este texto no parece un acta de sesión de las Naciones Unidas".to_string(),
        }
    }
    fn sample_name(&self, name: &str) -> String {
        format!("{name} (ejemplo)")
    }
    fn opened(&self, name: &str, symbol: Option<&str>) -> String {
        match symbol {
            Some(s) => format!("Se abrió {name} ({s})."),
            None => format!("Se abrió {name}."),
        }
    }
    fn empty(&self, name: &str) -> String {
        format!("{name} está vacío: no hay texto que leer.")
    }
    fn not_a_record(&self, name: &str, words: usize, lines: usize, beginning: &str) -> String {
        format!(
            "{name} no parece un acta de sesión de las Naciones Unidas (no tiene signatura, ni título de sesión, ni \
             «Se declara abierta la sesión», ni orador como «El Presidente dice» o «Sr. X (Francia):»). Contenido: \
             {} en {}, que empieza por «{beginning}».",
            plural(words, "palabra", "palabras"),
            plural(lines, "línea", "líneas")
        )
    }
    fn no_paragraph(&self, n: u32) -> String {
        format!("Esta acta no tiene párrafo {n}.")
    }
    fn rejected(&self, name: &str, reason: &str) -> String {
        format!("{name}: {reason}.")
    }
    fn not_kept(&self, cause: &str) -> String {
        format!("se abrió, pero no se pudo guardar para su próxima visita ({cause})")
    }
    fn unreadable(&self, cause: &str) -> String {
        format!("no se pudo leer el archivo ({cause})")
    }
    fn reader_stopped(&self, why: &str) -> String {
        format!("el lector de Recordline se detuvo en este archivo ({why}); puede estar dañado o manipulado")
    }
    fn took_longer(&self, limit_ms: u32) -> String {
        let took = if limit_ms >= 1000 { format!("{} s", limit_ms / 1000) } else { format!("{limit_ms} ms") };
        format!("la lectura duró más de {took} y se detuvo")
    }
    fn fetch_failed(&self, url: &str) -> String {
        format!(
            "no se pudo cargar {url}: la solicitud de red falló. O bien la computadora no tiene conexión o la \
             dirección es errónea, o bien el acta está en otro sitio que no permite a esta página leerla (CORS, o la \
             política de seguridad de contenido de esta página). Para solucionarlo, coloque el acta en el mismo sitio \
             que esta página, o haga que su servidor envíe el encabezado Access-Control-Allow-Origin y autorice su \
             sitio en connect-src"
        )
    }
    fn fetch_status(&self, url: &str, status: u16, status_text: &str) -> String {
        format!("no se pudo cargar {url}: el servidor respondió {status} {status_text}. Compruebe la dirección en data-src o src")
    }
    fn fetch_interrupted(&self, url: &str) -> String {
        format!("se interrumpió la descarga de {url}")
    }
    fn import_error(&self, e: &ImportError) -> String {
        match e {
            ImportError::NotText { offset } => {
                format!("este archivo no es texto (contiene datos binarios; el primer byte ilegible está en la posición {offset})")
            }
            ImportError::Unsupported { kind: k } => format!(
                "este archivo es {}, que Recordline todavía no puede abrir; copie el texto del acta y péguelo",
                kind(k)
            ),
            ImportError::NotADocument { kind: k } => format!("este archivo es {}, no un acta de sesión", kind(k)),
            ImportError::TooLarge { bytes } => {
                let (units, tenths) = super::tenths_of_mb(*bytes);
                format!(
                    "el archivo ocupa {units},{tenths} MB; se rechazan los archivos de más de {} MB",
                    crate::import::MAX_BYTES / 1_048_576
                )
            }
            ImportError::Corrupt { kind: k, cause } => {
                format!("este {} está dañado o incompleto ({cause})", kind(k).trim_start_matches("un "))
            }
            ImportError::Scanned => "este PDF es un escaneo: sus páginas son imágenes sin capa de texto. Páselo antes \
                 por un programa de reconocimiento de texto (OCR, por ejemplo OCRmyPDF) y abra el resultado"
                .to_string(),
            ImportError::Encrypted => "este PDF está cifrado, por lo que su texto no se puede leer aquí. Ábralo en un \
                 lector de PDF y guárdelo o imprímalo como un PDF nuevo sin contraseña, o descargue de nuevo el acta \
                 en formato Word"
                .to_string(),
            ImportError::PdfTooLarge { what } => format!(
                "este PDF pide {what}, mucho más que cualquier acta; puede estar dañado o manipulado y no se abrió"
            ),
            ImportError::TooLargeUnpacked { limit } => format!(
                "este documento de Word ocuparía más de {} MB al descomprimirse, mucho más que cualquier acta; no se abrió",
                limit / 1_048_576
            ),
        }
    }
    fn import_note(&self, note: &str) -> String {
        match super::note_kind(note) {
            super::Note::Word => "leído de un documento de Word".to_string(),
            super::Note::Html => "leído de una página HTML".to_string(),
            super::Note::Utf16 => "leído como texto UTF-16".to_string(),
            super::Note::Windows1252 => {
                "el archivo no está en UTF-8; se leyó como texto Windows-1252 (Europa occidental)".to_string()
            }
            super::Note::Pdf(pages) => format!("leído de un documento PDF ({})", plural(pages, "página", "páginas")),
            super::Note::Other => note.to_string(),
        }
    }
    fn outline_kind(&self, verbatim: bool) -> &'static str {
        if verbatim {
            "acta literal"
        } else {
            "acta resumida"
        }
    }
    fn outline_meeting(&self, n: u32) -> String {
        format!("sesión {n}")
    }
    fn outline_scheduled(&self, t: &str) -> String {
        format!("prevista a las {t}")
    }
    fn outline_paragraphs(&self, n: usize) -> String {
        plural(n, "párrafo", "párrafos")
    }
    fn side(&self, side: Side) -> &'static str {
        match side {
            Side::Chair => "presidencia",
            Side::Member => "miembro",
            Side::Delegation => "delegación",
            Side::Secretariat => "secretaría",
            Side::Other => "otro",
            Side::Unknown => "desconocido",
        }
    }

    fn library_tab(&self, n: usize) -> String {
        format!("Biblioteca ({n})")
    }
    fn review_title(&self, label: &str) -> String {
        format!("Examen: {label}")
    }
    fn agenda_item_review(&self, series: &str, item: &str) -> String {
        format!("{series}, tema {item} del programa")
    }
    fn review_default_name(&self, n: usize) -> String {
        format!("Examen {n}")
    }
    fn turns_of(&self, who: &str) -> String {
        format!("Intervenciones de {who}")
    }
    fn turns_of_state(&self, state: &str) -> String {
        format!("Intervenciones del Estado: {state}")
    }
    fn library_refused(&self, why: &str) -> String {
        format!("La biblioteca no está disponible: {why}. El acta que se muestra sigue funcionando, pero no se guarda nada al salir.")
    }
    fn storage_not_allowed(&self, cause: &str) -> String {
        format!("el navegador no permite guardar datos aquí ({cause})")
    }
    fn library_size(&self, n: usize, size: &str) -> String {
        let kept = if n == 1 { "guardada" } else { "guardadas" };
        format!("{} {kept} en este navegador, que ocupan unos {size}.", plural(n, "acta", "actas"))
    }
    fn make_review(&self, ticked: usize) -> String {
        format!("Hacer un examen con las actas marcadas ({ticked})")
    }
    fn tick_for_review(&self, title: &str) -> String {
        format!("Marcar {title} para un examen")
    }
    fn remove_from_library(&self, name: &str) -> String {
        format!("Quitar {name} de la biblioteca")
    }
    fn review_item(&self, label: &str, meetings: usize) -> String {
        format!("{label} ({})", plural(meetings, "sesión", "sesiones"))
    }
    fn found_in(&self, paragraphs: usize, records: usize) -> String {
        format!("{} en {}.", plural(paragraphs, "párrafo", "párrafos"), plural(records, "acta", "actas"))
    }
    fn hits_in_record(&self, n: usize) -> String {
        format!(" · {}", plural(n, "párrafo", "párrafos"))
    }
    fn show_all_hits(&self, n: usize, record: &str) -> String {
        format!("Mostrar los {n} resultados de {record}")
    }
    fn meetings_in_order(&self, n: usize) -> String {
        format!("{}, por orden.", plural(n, "sesión", "sesiones"))
    }
    fn turns_in_meetings(&self, turns: usize, meetings: usize) -> String {
        format!("{} en {}", plural(turns, "intervención", "intervenciones"), plural(meetings, "sesión", "sesiones"))
    }
    fn starting_at(&self, t: &str) -> String {
        format!("desde las {t}")
    }
    fn meeting_label(&self, n: usize, symbol: &str) -> String {
        format!("Sesión {n}: {symbol}")
    }
    fn appearances_count(&self, n: usize) -> String {
        format!("{} en la biblioteca, por fecha.", plural(n, "intervención", "intervenciones"))
    }
    fn imported(&self, added: usize, duplicates: usize, refused: usize) -> String {
        let mut s = format!("Se importaron {} a la biblioteca", plural(added, "acta", "actas"));
        if duplicates > 0 {
            s.push_str(&format!("; {duplicates} ya estaban"));
        }
        if refused > 0 {
            s.push_str(&format!("; no se pudieron leer {}", plural(refused, "línea", "líneas")));
        }
        s + "."
    }
    fn not_in_library(&self, name: &str, why: &str) -> String {
        format!("{name} está abierta, pero no se pudo guardar en la biblioteca: {why}.")
    }
    fn not_a_library(&self, line: usize, why: &str) -> String {
        format!("no es un archivo de biblioteca de Recordline (línea {line}: {why})")
    }

    fn side_by_side(&self, left: &str, right: &str) -> String {
        format!("Lado a lado: {left} | {right}")
    }
    fn versions_title(&self, symbol: &str) -> String {
        format!("{symbol} lado a lado")
    }
    fn numbering_differs(&self, left: &str, only_left: &str, right: &str, only_right: &str) -> String {
        let mut parts = Vec::new();
        if !only_left.is_empty() {
            parts.push(format!("los párrafos {only_left} solo figuran en la versión {left}"));
        }
        if !only_right.is_empty() {
            parts.push(format!("los párrafos {only_right} solo figuran en la versión {right}"));
        }
        format!("La numeración de los párrafos difiere: {}.", parts.join("; "))
    }
    fn unpaired_rows(&self, n: usize) -> String {
        format!("{} con una sola versión.", plural(n, "fila", "filas"))
    }
    fn version_matches(&self, n: usize) -> String {
        plural(n, "párrafo", "párrafos")
    }

    fn show_more_rows(&self, next: usize, left: usize) -> String {
        format!("Mostrar las {next} filas siguientes (quedan {left})")
    }
}
