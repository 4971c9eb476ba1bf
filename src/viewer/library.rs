//! The library's part of the viewer's state: the records kept in the browser, the library
//! search, and which view the main area shows (one record, the library, a review, or one
//! speaker's turns across records). Changes go through [`Viewer::apply`] like every other.

use super::{Action, Note, Viewer};
use crate::library::{self, Entry, Filters, RecordHits, ReviewKey, StorageProblem, Who};
use std::collections::BTreeSet;
use std::rc::Rc;

/// The reader's own reviews: a name and the entry ids of its meetings.
pub type ChosenReviews = Vec<(String, Vec<String>)>;

/// Hits shown per record in a library search, until the reader asks for all of a record's.
pub const HITS_PER_RECORD: usize = 3;
/// Hits shown for a record the reader opened out.
pub const ALL_HITS: usize = 500;

/// What the main area shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The record on screen (the timeline).
    #[default]
    Record,
    /// The library: its records, its reviews, and the search across them.
    Library,
    /// One review's meetings as one timeline.
    Review(ReviewKey),
    /// One speaker's or one State's turns across the library.
    Appearances(Who),
    /// Two language versions of one record side by side (library entry ids).
    Versions { left: String, right: String },
}

/// Can the library keep records here?
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Storage {
    /// Not opened yet.
    #[default]
    Opening,
    Ready,
    /// Refused (a private window, the quota, storage disabled): why. The record on screen
    /// still works; nothing is kept.
    Refused(StorageProblem),
    /// Not used (a viewer embedded in another page that did not ask for the library).
    Off,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    /// The records kept, in library order (body, session, date).
    pub entries: Vec<Rc<Entry>>,
    pub storage: Storage,
    pub view: View,
    pub query: String,
    pub filters: Filters,
    pub results: Vec<RecordHits>,
    /// Reviews the reader made by hand: a name and entry ids.
    pub chosen: ChosenReviews,
    /// Entries ticked to make a review of.
    pub selected: BTreeSet<String>,
    /// Records whose every hit the reader asked to see.
    pub all_hits: BTreeSet<String>,
    /// Records the reader removed this visit (with the one on screen at "Remove all"): a keep
    /// still waiting for them does not bring them back.
    pub removed: BTreeSet<String>,
    /// Each column's own search when two versions are side by side (left, right).
    pub version_queries: [String; 2],
}

impl Library {
    pub fn get(&self, id: &str) -> Option<&Rc<Entry>> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Bytes kept: each record's text and index (what the browser stores, near enough).
    pub fn bytes(&self) -> usize {
        self.entries.iter().map(|e| e.text.len() + e.index.paragraphs.iter().map(|p| p.text.len()).sum::<usize>()).sum()
    }

    /// Records kept in more than one language version: the symbol and one entry per language
    /// (the first kept), in the order English, French, Spanish.
    pub fn versions(&self) -> Vec<(String, Vec<Rc<Entry>>)> {
        let mut out: Vec<(String, Vec<Rc<Entry>>)> = Vec::new();
        let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for e in &self.entries {
            let Some(symbol) = &e.summary.symbol else { continue };
            match at.get(symbol.as_str()) {
                Some(&i) => {
                    let list = &mut out[i].1;
                    if !list.iter().any(|x| x.summary.language == e.summary.language) {
                        list.push(e.clone());
                    }
                }
                None => {
                    at.insert(symbol, out.len());
                    out.push((symbol.clone(), vec![e.clone()]));
                }
            }
        }
        out.retain(|(_, list)| list.len() > 1);
        for (_, list) in &mut out {
            list.sort_by_key(|e| e.summary.language as u8);
        }
        out
    }

    pub fn reviews(&self) -> Vec<library::Review> {
        library::reviews(&self.entries, &self.chosen)
    }

    fn research(&mut self) {
        self.results = library::search(&self.entries, &self.query, &self.filters, HITS_PER_RECORD);
        // Records opened out show all their hits (searched again, alone).
        for r in &mut self.results {
            if self.all_hits.contains(&r.id) && r.total > r.hits.len() {
                if let Some(e) = self.entries.iter().find(|e| e.id == r.id) {
                    let again = library::search(std::slice::from_ref(e), &self.query, &self.filters, ALL_HITS);
                    if let Some(all) = again.into_iter().next() {
                        *r = all;
                    }
                }
            }
        }
    }

    /// Adds the entries not already kept (by id), in one pass.
    fn add(&mut self, entries: impl IntoIterator<Item = Entry>) -> usize {
        let mut ids: std::collections::HashSet<String> = self.entries.iter().map(|e| e.id.clone()).collect();
        let before = self.entries.len();
        for e in entries {
            if ids.insert(e.id.clone()) {
                self.entries.push(Rc::new(e));
            }
        }
        self.entries.len() - before
    }

    fn sort(&mut self) {
        self.entries.sort_by_cached_key(|e| e.summary.order_key());
    }
}

/// Changes to the library and the views.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryAction {
    /// The stored records, read when the app starts (and the reader's own reviews).
    Loaded {
        entries: Vec<Entry>,
        chosen: Vec<(String, Vec<String>)>,
    },
    /// The browser refused storage: why.
    Refused(StorageProblem),
    /// The embedded viewer does not use the library.
    Off,
    /// A record was stored.
    Kept(Box<Entry>),
    /// A record could not be stored (the quota, say): why. The library stays usable.
    NotKept {
        name: String,
        why: StorageProblem,
    },
    /// Remove one record (by id), or all.
    Forget(String),
    ForgetAll,
    Show(View),
    Search(String),
    Filter(Filters),
    /// Open a stored record, at a paragraph (index in the stored index) if given. A numbered
    /// paragraph is found again by its number, so a record indexed by an older parser still
    /// opens at the paragraph its citation names.
    Open {
        id: String,
        paragraph: Option<usize>,
    },
    Select(String),
    /// Show every hit of one record (by id).
    AllHits(String),
    /// Search one column of the versions side by side (0 left, 1 right).
    SearchVersion {
        column: usize,
        query: String,
    },
    /// Make a review of the ticked records under this name.
    MakeReview(String),
    /// A library file was imported: new records, duplicates skipped, lines refused.
    Imported {
        entries: Vec<Entry>,
        duplicates: usize,
        refused: usize,
    },
}

impl Viewer {
    pub(super) fn apply_library(&mut self, action: LibraryAction) {
        let lib = &mut self.records;
        match action {
            LibraryAction::Loaded { entries, chosen } => {
                lib.storage = Storage::Ready;
                lib.add(entries);
                lib.chosen = chosen;
                lib.sort();
                lib.research();
            }
            LibraryAction::Refused(why) => {
                lib.storage = Storage::Refused(why);
            }
            LibraryAction::Off => lib.storage = Storage::Off,
            LibraryAction::NotKept { name, why } => {
                self.problem(Note::NotInLibrary { name, why });
            }
            LibraryAction::Kept(e) => {
                if lib.add([*e]) > 0 {
                    lib.sort();
                    lib.research();
                }
            }
            LibraryAction::Forget(id) => {
                lib.removed.insert(id.clone());
                lib.entries.retain(|e| e.id != id);
                lib.selected.remove(&id);
                for (_, ids) in &mut lib.chosen {
                    ids.retain(|i| *i != id);
                }
                lib.research();
            }
            LibraryAction::ForgetAll => {
                lib.removed.extend(lib.entries.iter().map(|e| e.id.clone()));
                if let Some(shown) = self.shown.as_ref().filter(|s| !s.sample) {
                    lib.removed.insert(library::record_id(&shown.text));
                }
                lib.entries.clear();
                lib.selected.clear();
                lib.chosen.clear();
                lib.results.clear();
                if matches!(lib.view, View::Review(_) | View::Appearances(_) | View::Versions { .. }) {
                    lib.view = View::Library;
                }
            }
            LibraryAction::Show(view) => {
                if matches!(view, View::Versions { .. }) && view != lib.view {
                    lib.version_queries = Default::default();
                }
                lib.view = view;
            }
            LibraryAction::SearchVersion { column, query } => {
                if let Some(q) = lib.version_queries.get_mut(column) {
                    *q = query;
                }
            }
            LibraryAction::AllHits(id) => {
                lib.all_hits.insert(id);
                lib.research();
            }
            LibraryAction::Search(q) => {
                lib.all_hits.clear();
                lib.query = q;
                lib.research();
            }
            LibraryAction::Filter(f) => {
                lib.filters = f;
                lib.research();
            }
            LibraryAction::Open { id, paragraph } => {
                let Some(e) = lib.get(&id).cloned() else { return };
                lib.view = View::Record;
                self.load(e.text.clone(), e.name.clone(), false);
                let Some(p) = paragraph else { return };
                let number = e.index.paragraph(p).and_then(|par| par.number);
                let now = self.shown.as_ref().and_then(|s| match number {
                    Some(n) => s.parsed.record.paragraphs.iter().position(|par| par.number == Some(n)),
                    None => (p < s.parsed.record.paragraphs.len()).then_some(p),
                });
                if let Some(i) = now {
                    self.go_to(i);
                }
            }
            LibraryAction::Select(id) => {
                if !lib.selected.remove(&id) {
                    lib.selected.insert(id);
                }
            }
            LibraryAction::MakeReview(name) => {
                let name = name.trim().to_string();
                if lib.selected.len() < 2 {
                    self.info(Note::TickTwo);
                    return;
                }
                let name =
                    if name.is_empty() { self.lang.table().review_default_name(lib.chosen.len() + 1) } else { name };
                let ids: Vec<String> = lib.selected.iter().cloned().collect();
                lib.chosen.retain(|(n, _)| *n != name);
                lib.chosen.push((name.clone(), ids));
                lib.selected.clear();
                lib.view = View::Review(ReviewKey::Chosen(name));
            }
            LibraryAction::Imported { entries, duplicates, refused } => {
                let added = lib.add(entries);
                lib.sort();
                lib.research();
                let note = Note::Imported { added, duplicates, refused };
                if refused > 0 {
                    self.problem(note);
                } else {
                    self.info(note);
                }
            }
        }
    }
}

impl From<LibraryAction> for Action {
    fn from(a: LibraryAction) -> Action {
        Action::Library(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::viewer::SAMPLE;

    use crate::library::entry_for_test as entry;

    #[test]
    fn should_keep_search_and_open_records_at_a_paragraph() {
        let mut v = Viewer::default();
        v.apply(LibraryAction::Loaded { entries: vec![entry(SAMPLE, "seed")], chosen: vec![] }.into());
        assert_eq!(v.records.storage, Storage::Ready);
        let next = SAMPLE.replace("CMW/C/SR.464", "CMW/C/SR.465");
        v.apply(LibraryAction::Kept(Box::new(entry(&next, "next"))).into());
        v.apply(LibraryAction::Kept(Box::new(entry(&next, "next again"))).into());
        assert_eq!(v.records.entries.len(), 2, "the same text is kept once");
        v.apply(LibraryAction::Search("migrants".into()).into());
        assert_eq!(v.records.results.len(), 2);
        let first = v.records.results[0].clone();
        assert!(first.total > HITS_PER_RECORD && first.hits.len() == HITS_PER_RECORD, "{}", first.total);
        v.apply(LibraryAction::AllHits(first.id.clone()).into());
        assert_eq!(v.records.results[0].hits.len(), first.total, "all of one record's hits");
        assert_eq!(v.records.results[1].hits.len(), HITS_PER_RECORD, "the others' first hits");
        v.apply(LibraryAction::Search("irregular migrants".into()).into());
        let hit = v.records.results[1].hits[0].clone();
        let id = v.records.results[1].id.clone();
        v.apply(LibraryAction::Show(View::Library).into());
        v.apply(LibraryAction::Open { id, paragraph: Some(hit.paragraph) }.into());
        assert_eq!(v.records.view, View::Record);
        let shown = v.shown.as_ref().map(|s| s.parsed.record.symbol.clone());
        assert_eq!(shown, Some(Some("CMW/C/SR.465".to_string())));
        assert_eq!(v.highlighted, Some(hit.paragraph));
        v.apply(LibraryAction::Forget(v.records.entries[0].id.clone()).into());
        assert_eq!(v.records.entries.len(), 1);
        v.apply(LibraryAction::ForgetAll.into());
        assert!(v.records.entries.is_empty() && v.records.results.is_empty());
        let shown = v.shown.as_ref().map(|s| library::record_id(&s.text)).unwrap_or_default();
        assert!(v.records.removed.contains(&shown), "the record on screen is not kept again");
        assert!(v.shown.is_some(), "the record on screen stays");
    }

    #[test]
    fn should_make_a_review_by_hand_from_two_ticked_records() {
        let mut v = Viewer::default();
        let a = entry(SAMPLE, "a");
        let b = entry(&SAMPLE.replace("CMW/C/AZE/3", "CMW/C/SEN/2"), "b");
        let ids = [a.id.clone(), b.id.clone()];
        v.apply(LibraryAction::Loaded { entries: vec![a, b], chosen: vec![] }.into());
        v.apply(LibraryAction::Select(ids[0].clone()).into());
        v.apply(LibraryAction::MakeReview("Mine".into()).into());
        assert!(v.records.chosen.is_empty(), "one record is not a review");
        assert!(v.message.is_some());
        v.apply(LibraryAction::Select(ids[1].clone()).into());
        v.apply(LibraryAction::MakeReview("Mine".into()).into());
        assert_eq!(v.records.view, View::Review(ReviewKey::Chosen("Mine".into())));
        let reviews = v.records.reviews();
        assert_eq!(reviews.last().map(|r| r.records.len()), Some(2));
    }

    #[test]
    fn should_offer_language_versions_side_by_side_with_a_search_each() {
        let fixture = |p: &str| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(p);
            std::fs::read_to_string(path).unwrap_or_default()
        };
        let mut v = Viewer::default();
        let (en, fr) = (fixture("versions/CCPR_C_SR.2638.en.txt"), fixture("versions/CCPR_C_SR.2638.fr.txt"));
        v.apply(
            LibraryAction::Loaded {
                entries: vec![entry(&fr, "fr"), entry(SAMPLE, "seed"), entry(&en, "en")],
                chosen: vec![],
            }
            .into(),
        );
        let versions = v.records.versions();
        assert_eq!(versions.len(), 1, "only CCPR/C/SR.2638 has two languages");
        let (symbol, list) = &versions[0];
        assert_eq!(symbol, "CCPR/C/SR.2638");
        let names: Vec<&str> = list.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["en", "fr"], "English first");
        let view = View::Versions { left: list[0].id.clone(), right: list[1].id.clone() };
        v.apply(LibraryAction::Show(view.clone()).into());
        v.apply(LibraryAction::SearchVersion { column: 1, query: "Azerbaïdjan".into() }.into());
        assert_eq!(v.records.version_queries, [String::new(), "Azerbaïdjan".to_string()]);
        v.apply(LibraryAction::SearchVersion { column: 7, query: "x".into() }.into());
        v.apply(LibraryAction::Show(View::Library).into());
        v.apply(LibraryAction::Show(view).into());
        assert_eq!(v.records.version_queries, [String::new(), String::new()], "a new pair starts unsearched");
    }

    #[test]
    fn should_open_a_hit_by_its_number_when_the_stored_index_is_older() {
        // An index made by another parser version: one paragraph more at the start, so every
        // index is off by one; the number still finds the paragraph.
        let mut e = entry(SAMPLE, "seed");
        let first = e.index.paragraphs[0].clone();
        e.index.paragraphs.insert(0, crate::library::IndexedParagraph { number: None, ..first });
        let stored = e.index.paragraphs.iter().position(|p| p.number == Some(23)).unwrap_or(0);
        let id = e.id.clone();
        let mut v = Viewer::default();
        v.apply(LibraryAction::Loaded { entries: vec![e], chosen: vec![] }.into());
        v.apply(LibraryAction::Open { id, paragraph: Some(stored) }.into());
        let shown = v.shown.as_ref().and_then(|s| v.highlighted.map(|h| s.parsed.record.paragraphs[h].number));
        assert_eq!(shown, Some(Some(23)));
    }

    #[test]
    fn should_keep_the_library_when_the_record_is_cleared() {
        let mut v = Viewer::default();
        v.apply(LibraryAction::Loaded { entries: vec![entry(SAMPLE, "seed")], chosen: vec![] }.into());
        v.apply(Action::Load { text: SAMPLE.to_string(), name: "seed".into(), sample: false });
        v.apply(LibraryAction::Show(View::Library).into());
        v.apply(Action::Clear);
        assert!(v.shown.is_none());
        assert_eq!((v.records.entries.len(), &v.records.storage, &v.records.view), (1, &Storage::Ready, &View::Record));
    }

    #[test]
    fn should_name_a_review_made_by_hand_with_a_name_not_taken() {
        let mut v = Viewer::default();
        let (a, b) = (entry(SAMPLE, "a"), entry(&SAMPLE.replace("CMW/C/AZE/3", "CMW/C/SEN/2"), "b"));
        let ids = [a.id.clone(), b.id.clone()];
        v.apply(LibraryAction::Loaded { entries: vec![a, b], chosen: vec![("Review 1".into(), ids.to_vec())] }.into());
        for id in &ids {
            v.apply(LibraryAction::Select(id.clone()).into());
        }
        v.apply(LibraryAction::MakeReview(String::new()).into());
        let names: Vec<&str> = v.records.chosen.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Review 1", "Review 2"], "the first review is not replaced");
    }

    #[test]
    fn should_say_what_an_import_brought() {
        let mut v = Viewer::default();
        v.apply(LibraryAction::Imported { entries: vec![entry(SAMPLE, "seed")], duplicates: 2, refused: 1 }.into());
        assert_eq!(v.records.entries.len(), 1);
        let m = v.message_words().unwrap_or_default();
        assert!(m.contains("Imported 1") && m.contains("2 already") && m.contains("1 line"), "{m}");
    }
}
