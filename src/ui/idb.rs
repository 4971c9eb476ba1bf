//! The library's storage: the browser's IndexedDB (no 5 MB limit, unlike `localStorage`).
//!
//! Database `recordline`, version 1, two object stores with keys given out of line:
//! `records` (a library [`Entry`] as a JSON string, keyed by its id) and `reviews` (the
//! reader's own reviews, one JSON value `[name, ids]` per review, keyed by its name). Every failure (no IndexedDB in
//! a private window, storage disabled, the quota reached, a damaged value) comes back as a
//! [`StorageProblem`], said in the reader's language; the app then says the library is
//! unavailable and goes on with the record on screen.

use crate::library::{Entry, StorageProblem};
use js_sys::{Array, Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const NAME: &str = "recordline";
const RECORDS: &str = "records";
const REVIEWS: &str = "reviews";

/// What a failure means (a `DOMException`'s name, with the browser's message).
fn words(e: &JsValue) -> StorageProblem {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        return match d.name().as_str() {
            "QuotaExceededError" => StorageProblem::Full,
            "InvalidStateError" | "SecurityError" => StorageProblem::NotAllowed(d.message()),
            _ => StorageProblem::Other(format!("{}: {}", d.name(), d.message())),
        };
    }
    StorageProblem::Other(e.as_string().unwrap_or_else(|| "IndexedDB".to_string()))
}

/// A request's result, once it succeeds.
async fn done(req: &IdbRequest) -> Result<JsValue, StorageProblem> {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let r = req.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let r = req.clone();
        let bad = Closure::once_into_js(move |_: web_sys::Event| {
            let e = r.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(bad.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|e| words(&e))
}

/// A write transaction's end: complete, or aborted (the quota is reported here).
async fn committed(tx: &IdbTransaction) -> Result<(), StorageProblem> {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let t = tx.clone();
        let reject2 = reject.clone();
        let bad = Closure::once_into_js(move |_: web_sys::Event| {
            let e = t.error().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        let t = tx.clone();
        let aborted = Closure::once_into_js(move |_: web_sys::Event| {
            let e = t.error().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject2.call1(&JsValue::NULL, &e);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onerror(Some(bad.unchecked_ref()));
        tx.set_onabort(Some(aborted.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(|e| words(&e))
}

async fn open() -> Result<IdbDatabase, StorageProblem> {
    let window = web_sys::window().ok_or(StorageProblem::NoIndexedDb)?;
    let factory = window.indexed_db().map_err(|e| words(&e))?.ok_or(StorageProblem::NoIndexedDb)?;
    let req = factory.open_with_u32(NAME, 1).map_err(|e| words(&e))?;
    let upgrade = Closure::once_into_js(move |e: web_sys::Event| {
        let db = e
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            for store in [RECORDS, REVIEWS] {
                if !db.object_store_names().contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = done(&req).await?;
    db.dyn_into::<IdbDatabase>().map_err(|_| StorageProblem::NoIndexedDb)
}

fn transaction(db: &IdbDatabase, store: &str, mode: IdbTransactionMode) -> Result<IdbTransaction, StorageProblem> {
    db.transaction_with_str_and_mode(store, mode).map_err(|e| words(&e))
}

/// Every stored record and the reader's own reviews. A value that no longer reads as an
/// entry (damaged, or from an incompatible version) is skipped and counted.
pub async fn load() -> Result<(Vec<Entry>, Vec<(String, Vec<String>)>, usize), StorageProblem> {
    let db = open().await?;
    let tx = transaction(&db, RECORDS, IdbTransactionMode::Readonly)?;
    let store = tx.object_store(RECORDS).map_err(|e| words(&e))?;
    let all = done(&store.get_all().map_err(|e| words(&e))?).await?;
    let mut entries = Vec::new();
    let mut skipped = 0;
    for v in Array::from(&all).iter() {
        match v.as_string().map(|s| serde_json::from_str::<Entry>(&s)) {
            Some(Ok(e)) => entries.push(e),
            _ => skipped += 1,
        }
    }
    let tx = transaction(&db, REVIEWS, IdbTransactionMode::Readonly)?;
    let store = tx.object_store(REVIEWS).map_err(|e| words(&e))?;
    // One value per review, keyed by its name, so two tabs making reviews do not overwrite
    // each other's.
    let all = done(&store.get_all().map_err(|e| words(&e))?).await?;
    let mut chosen: Vec<(String, Vec<String>)> = Vec::new();
    for v in Array::from(&all).iter() {
        match v.as_string().map(|s| serde_json::from_str::<(String, Vec<String>)>(&s)) {
            Some(Ok(review)) => chosen.push(review),
            _ => skipped += 1,
        }
    }
    Ok((entries, chosen, skipped))
}

/// Stores records (one transaction: all or none).
pub async fn put(entries: &[Entry]) -> Result<(), StorageProblem> {
    let db = open().await?;
    let tx = transaction(&db, RECORDS, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(RECORDS).map_err(|e| words(&e))?;
    for e in entries {
        let json = serde_json::to_string(e).map_err(|e| StorageProblem::Other(e.to_string()))?;
        store.put_with_key(&JsValue::from_str(&json), &JsValue::from_str(&e.id)).map_err(|e| words(&e))?;
    }
    committed(&tx).await
}

/// Removes one record, or every record (`None`) and the reader's reviews.
pub async fn remove(id: Option<&str>) -> Result<(), StorageProblem> {
    let db = open().await?;
    let tx = transaction(&db, RECORDS, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(RECORDS).map_err(|e| words(&e))?;
    match id {
        Some(id) => store.delete(&JsValue::from_str(id)).map(|_| ()),
        None => store.clear().map(|_| ()),
    }
    .map_err(|e| words(&e))?;
    committed(&tx).await?;
    if id.is_none() {
        clear_reviews().await?;
    }
    Ok(())
}

/// Keeps the reader's own reviews: writes those that changed from `before` to `now` (one value
/// each, keyed by name) and deletes those no longer there; the other tabs' reviews stay.
pub async fn put_reviews(
    before: &[(String, Vec<String>)],
    now: &[(String, Vec<String>)],
) -> Result<(), StorageProblem> {
    let db = open().await?;
    let tx = transaction(&db, REVIEWS, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(REVIEWS).map_err(|e| words(&e))?;
    for review in now.iter().filter(|r| !before.contains(r)) {
        let json = serde_json::to_string(review).map_err(|e| StorageProblem::Other(e.to_string()))?;
        store.put_with_key(&JsValue::from_str(&json), &JsValue::from_str(&review.0)).map_err(|e| words(&e))?;
    }
    for (name, _) in before.iter().filter(|(n, _)| !now.iter().any(|(m, _)| m == n)) {
        store.delete(&JsValue::from_str(name)).map_err(|e| words(&e))?;
    }
    committed(&tx).await
}

/// Removes every review (with "Remove all").
async fn clear_reviews() -> Result<(), StorageProblem> {
    let db = open().await?;
    let tx = transaction(&db, REVIEWS, IdbTransactionMode::Readwrite)?;
    tx.object_store(REVIEWS).and_then(|s| s.clear()).map_err(|e| words(&e))?;
    committed(&tx).await
}
