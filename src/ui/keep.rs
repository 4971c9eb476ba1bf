//! Keeping records in the library: read the library when the app starts, and store every
//! record opened (the one shown and the others of a batch) once it is painted.

use super::{idb, Store};
use crate::library::{import_jsonl, Entry};
use crate::viewer::{Action, LibraryAction, Reason, Storage};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Reads the library (when `uses` is set), then keeps each record opened.
#[hook]
pub fn use_library(store: Store, uses: bool) {
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            if !uses {
                store.dispatch(LibraryAction::Off.into());
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                match idb::load().await {
                    Ok((entries, chosen, _skipped)) => store.dispatch(LibraryAction::Loaded { entries, chosen }.into()),
                    Err(why) => store.dispatch(LibraryAction::Refused(why).into()),
                }
            });
        });
    }
    // The reader's own reviews are kept whenever the reader changes them (not when they are
    // read at start). A failed write is said with the review's name; the library goes on.
    {
        let chosen = store.records.chosen.clone();
        let ready = store.records.storage == Storage::Ready;
        let saved: Rc<RefCell<Option<crate::viewer::ChosenReviews>>> = use_mut_ref(|| None);
        let store = store.clone();
        use_effect_with((ready, chosen), move |(ready, chosen)| {
            if !*ready {
                return;
            }
            let before = saved.borrow().clone();
            *saved.borrow_mut() = Some(chosen.clone());
            let Some(before) = before.filter(|b| b != chosen) else { return };
            let chosen = chosen.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(why) = idb::put_reviews(&before, &chosen).await {
                    let name = chosen.last().map(|(n, _)| n.clone()).unwrap_or_default();
                    store.dispatch(LibraryAction::NotKept { name, why }.into());
                }
            });
        });
    }
    // Texts already kept or being kept this visit, compared by address (no hashing of megabytes
    // per render). The texts are held here, so a freed text's address cannot come back as another's.
    let seen: Rc<RefCell<Vec<Rc<str>>>> = use_mut_ref(Vec::new);
    let ready = store.records.storage == Storage::Ready;
    let shown = store
        .shown
        .as_ref()
        .filter(|s| !s.sample)
        .map(|s| ((s.parsed.clone(), s.estimates.clone()), s.text.clone(), s.name.clone()));
    let opened: Vec<(String, Rc<str>)> = store.library.clone();
    let key = (
        ready,
        shown.as_ref().map(|(_, t, _)| (t.as_ptr() as usize, t.len())),
        opened.iter().map(|(_, t)| (t.as_ptr() as usize, t.len())).collect::<Vec<_>>(),
    );
    use_effect_with(key, move |_| {
        if !ready {
            return;
        }
        // The record shown comes with its parse and estimates; the others of a batch are parsed
        // when their turn comes.
        type Made = Option<(Rc<crate::Parsed>, Rc<crate::timeline::Estimates>)>;
        let mut todo: Vec<(Made, Rc<str>, String)> = Vec::new();
        if let Some((made, text, name)) = shown {
            todo.push((Some(made), text, name));
        }
        todo.extend(opened.into_iter().map(|(name, text)| (None, text, name)));
        // Only texts still open are remembered (they are held by the page anyway).
        seen.borrow_mut().retain(|t| todo.iter().any(|(_, x, _)| Rc::ptr_eq(t, x)));
        for (made, text, name) in todo {
            if seen.borrow().iter().any(|t| Rc::ptr_eq(t, &text)) {
                continue;
            }
            seen.borrow_mut().push(text.clone());
            let store = store.clone();
            // Well after the paint and the first slices of the timeline: indexing costs about
            // three times the parse (10 ms for a usual record, 0.2 s for 5 MB in WebAssembly), and
            // the reader should see the record first. 250 ms, plus 1 ms per 2 KB.
            let delay = 250 + (text.len() / 2000).min(5_000) as u32;
            gloo::timers::callback::Timeout::new(delay, move || {
                let id = crate::library::record_id(&text);
                // The handle reads the state as it is now: a record removed meanwhile (Remove all
                // while this waited) is not kept again.
                if store.records.contains(&id) || store.records.removed.contains(&id) {
                    return;
                }
                let (parsed, est) = match made {
                    Some((parsed, est)) => (parsed, est),
                    None => {
                        let parsed = Rc::new(crate::parse(&text));
                        let est = Rc::new(crate::timeline::estimate(&parsed));
                        (parsed, est)
                    }
                };
                if parsed.diagnostics.iter().any(|d| d.kind == crate::model::DiagnosticKind::NotARecord) {
                    return;
                }
                let entry = Entry::with_estimates(&name, text.to_string(), &parsed, &est);
                wasm_bindgen_futures::spawn_local(async move {
                    match idb::put(std::slice::from_ref(&entry)).await {
                        Ok(()) => store.dispatch(LibraryAction::Kept(Box::new(entry)).into()),
                        Err(why) => store.dispatch(LibraryAction::NotKept { name, why }.into()),
                    }
                });
            })
            .forget();
        }
    });
}

/// Reads a library file (picked or dropped) and imports it; the reader must live until it calls back.
pub fn read_library_file(store: &Store, file: &gloo::file::File) -> gloo::file::callbacks::FileReader {
    let store = store.clone();
    let name = file.name();
    gloo::file::callbacks::read_as_text(file, move |text| match text {
        Ok(text) => import(&store, &name, &text),
        Err(e) => store.dispatch(Action::Rejected { name, reason: Reason::Unreadable(e.to_string()) }),
    })
}

/// Waits `ms` milliseconds (a `setTimeout` as a future).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Imports a library file (JSON Lines) into the library.
pub fn import(store: &Store, name: &str, text: &str) {
    let name = name.to_string();
    let known: Vec<String> = store.records.entries.iter().map(|e| e.id.clone()).collect();
    let got = import_jsonl(text, &known);
    if got.entries.is_empty() && got.duplicates == 0 {
        let t = store.lang.table();
        let reason = match got.refused.first() {
            Some((line, why)) => t.not_a_library(*line, why),
            None => t.empty(&name),
        };
        store.dispatch(Action::Rejected { name, reason: Reason::Said(reason) });
        return;
    }
    let store = store.clone();
    wasm_bindgen_futures::spawn_local(async move {
        // A file dropped while the library is still being read waits for it (up to 30 s), so
        // its records are stored, not only shown.
        for _ in 0..150 {
            if store.records.storage != Storage::Opening {
                break;
            }
            sleep(200).await;
        }
        let stored = if store.records.storage == Storage::Ready { idb::put(&got.entries).await } else { Ok(()) };
        store.dispatch(
            LibraryAction::Imported { entries: got.entries, duplicates: got.duplicates, refused: got.refused.len() }
                .into(),
        );
        // Shown for this visit either way; said when they could not be kept.
        if let Err(why) = stored {
            store.dispatch(LibraryAction::NotKept { name, why }.into());
        }
    });
}

/// Removes one record (or all) from storage, then from the list.
/// The copy of the last record kept for the next visit goes too when that record is removed
/// (else the next visit would show it, and keep it in the library again).
pub fn forget(store: &Store, id: Option<String>) {
    let shown = store.shown.as_ref().filter(|s| !s.sample).map(|s| crate::library::record_id(&s.text));
    if id.is_none() || id == shown {
        super::dom::forget();
    }
    let store = store.clone();
    wasm_bindgen_futures::spawn_local(async move {
        // Removed from the list only once removed from storage; a failure is said, and the
        // library goes on (it would come back on the next visit otherwise).
        if store.records.storage == Storage::Ready {
            if let Err(why) = idb::remove(id.as_deref()).await {
                let name = id
                    .as_deref()
                    .and_then(|id| store.records.get(id))
                    .map(|e| e.name.clone())
                    .unwrap_or_else(|| store.lang.table().text(crate::i18n::Text::Library).to_string());
                store.dispatch(LibraryAction::NotKept { name, why }.into());
                return;
            }
        }
        store.dispatch(match id {
            Some(id) => LibraryAction::Forget(id).into(),
            None => LibraryAction::ForgetAll.into(),
        });
    });
}
