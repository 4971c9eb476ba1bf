//! Getting a record in: the paste area, the file picker, and the reader shared
//! with drag and drop.

use super::Store;
use crate::i18n::Text;
use crate::import::ImportError;
use crate::viewer::{Action, Reason};
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Reads dropped or picked files into `Action::Load` (or `Action::Rejected` with the reason).
#[hook]
pub fn use_file_reader(store: Store) -> Callback<web_sys::FileList> {
    // Readers must live until they call back.
    let pending: Rc<RefCell<Vec<FileReader>>> = use_mut_ref(Vec::new);
    Callback::from(move |files: web_sys::FileList| {
        // Several files: the first is shown, the others are listed to switch to.
        for index in 0..files.length() {
            let Some(file) = files.get(index) else { continue };
            let file = gloo::file::File::from(file);
            let name = file.name();
            let first = index == 0;
            if file.size() as usize > crate::import::MAX_BYTES {
                let reason = Reason::Import(ImportError::TooLarge { bytes: file.size() as usize });
                store.dispatch(Action::Rejected { name, reason });
                continue;
            }
            // A library file (JSON Lines, as the library exports it) goes into the library.
            if name.to_ascii_lowercase().ends_with(".jsonl") {
                pending.borrow_mut().push(super::keep::read_library_file(&store, &file));
                continue;
            }
            let store = store.clone();
            let reader = gloo::file::callbacks::read_as_bytes(&file, move |result| {
                let bytes = match result {
                    Ok(bytes) => bytes,
                    Err(e) => {
                        let reason = Reason::Unreadable(e.to_string());
                        return store.dispatch(Action::Rejected { name, reason });
                    }
                };
                // In a worker of its own, so that a reader failure cannot take the page down.
                let to = {
                    let (store, name) = (store.clone(), name.clone());
                    Rc::new(move |read| deliver(&store, name.clone(), first, read))
                };
                // No worker here (or a page policy stops it before it starts): read on the page.
                let on_page: Rc<dyn Fn(Vec<u8>)> = {
                    let (store, name) = (store.clone(), name.clone());
                    Rc::new(move |bytes| read_on_page(store.clone(), name.clone(), first, bytes))
                };
                if let Err(bytes) = super::worker::read_in_worker(&store, &name, bytes, to, on_page) {
                    read_on_page(store, name, first, bytes);
                }
            });
            pending.borrow_mut().push(reader);
        }
    })
}

/// Reads a file on the page, in slices for a PDF (when no worker can read it).
fn read_on_page(store: Store, name: String, first: bool, bytes: Vec<u8>) {
    match bytes {
        #[cfg(feature = "pdf")]
        bytes if crate::import::is_pdf(&name, &bytes) => match crate::import::PdfReading::start(bytes) {
            Ok(reading) => read_pdf_in_slices(store, name, first, reading),
            Err(e) => store.dispatch(Action::Rejected { name, reason: Reason::Import(e) }),
        },
        bytes => {
            let read = crate::import::open_with_notes(&name, &bytes);
            deliver(&store, name, first, read)
        }
    }
}

/// Shows what a file held, or why it could not be read.
fn deliver(
    store: &Store,
    name: String,
    first: bool,
    read: Result<crate::import::Imported, crate::import::ImportError>,
) {
    match read {
        Ok(i) => {
            let notes: Vec<String> = i.notes.iter().map(|n| store.lang.table().import_note(n)).collect();
            let name = if notes.is_empty() { name } else { format!("{name}, {}", notes.join("; ")) };
            if first {
                load_in_own_task(store, i.text, name);
            } else {
                store.dispatch(Action::Remember { text: i.text, name });
            }
        }
        Err(e) => store.dispatch(Action::Rejected { name, reason: Reason::Import(e) }),
    }
}

/// Parses `text` in a task of its own, then shows it: reading a file, parsing it and
/// drawing it are three tasks, so the page is never blocked by all three at once.
pub fn load_in_own_task(store: &Store, text: String, name: String) {
    let store = store.clone();
    gloo::timers::callback::Timeout::new(0, move || {
        let parsed = std::rc::Rc::new(crate::parse(&text));
        store.dispatch(Action::LoadParsed { parsed, text: std::rc::Rc::from(text), name, sample: false });
    })
    .forget();
}

/// Main-thread time one slice of PDF reading may take before the page gets a turn.
#[cfg(feature = "pdf")]
const SLICE_MS: f64 = 40.0;

#[cfg(feature = "pdf")]
/// Reads a PDF a few pages per task, updating the progress bar between tasks, so the page
/// stays responsive (and the record on screen usable) while a long record is read.
fn read_pdf_in_slices(store: Store, name: String, first: bool, mut reading: crate::import::PdfReading) {
    store.dispatch(Action::Reading { name: name.clone(), done: reading.pages_read(), total: reading.pages() });
    gloo::timers::callback::Timeout::new(0, move || {
        let start = js_sys::Date::now();
        loop {
            match reading.read_page() {
                Ok(true) if js_sys::Date::now() - start < SLICE_MS => {}
                Ok(true) => return read_pdf_in_slices(store, name, first, reading),
                Ok(false) => break,
                Err(e) => return store.dispatch(Action::Rejected { name, reason: Reason::Import(e) }),
            }
        }
        let read = reading.finish().map(|pdf| crate::import::Imported { text: pdf.text, notes: pdf.notes });
        deliver(&store, name, first, read);
    })
    .forget();
}

#[derive(Properties, PartialEq)]
pub struct InputProps {
    pub reader: Callback<web_sys::FileList>,
}

#[component]
pub fn InputPanel(props: &InputProps) -> Html {
    let store = use_context::<Store>().expect("store");
    // The box's text lives here: a keystroke redraws this panel only, not the timeline. The
    // reader's text goes to the store when they ask to read it.
    let text = use_state(|| store.input.clone());
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let read = {
        let (store, text) = (store.clone(), text.clone());
        Callback::from(move |()| store.dispatch(Action::ReadPasted((*text).clone())))
    };
    let onsubmit = {
        let read = read.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            read.emit(());
        })
    };
    let onchange = {
        let reader = props.reader.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                reader.emit(files);
            }
            input.set_value("");
        })
    };
    let onkeydown = {
        let read = read.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                read.emit(());
            }
        })
    };
    let clear = {
        let (store, text) = (store.clone(), text.clone());
        Callback::from(move |_| {
            super::dom::forget();
            text.set(String::new());
            store.dispatch(Action::Clear);
        })
    };
    let file_input = use_node_ref();
    let t = store.lang.table();
    let pick = {
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(input) = file_input.cast::<web_sys::HtmlElement>() {
                input.click();
            }
        })
    };
    html! {
        <section class="rl-input" aria-label={t.text(Text::OpenARecord)}>
            <form {onsubmit}>
                <label for="rl-paste" class="rl-label">{ t.text(Text::PasteLabel) }</label>
                <textarea id="rl-paste" rows="4" value={(*text).clone()} {oninput} {onkeydown}
                    placeholder={t.text(Text::PastePlaceholder)}
                    spellcheck="false" />
                <div class="rl-input-actions">
                    <button type="submit" class="rl-primary">{ t.text(Text::ReadPasted) }</button>
                    <button type="button" onclick={pick}>{ t.text(Text::OpenAFile) }</button>
                    <input id="rl-file" ref={file_input} type="file" multiple=true class="rl-visually-hidden" tabindex="-1" aria-label={t.text(Text::OpenARecordFile)}
                        accept=".pdf,.txt,.md,.text,.html,.htm,.docx,application/pdf,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" {onchange} />
                    <span class="rl-hint">{ t.text(Text::DropHint) }</span>
                    <button type="button" class="rl-quiet" onclick={clear}>{ t.text(Text::Clear) }</button>
                </div>
            </form>
        </section>
    }
}
