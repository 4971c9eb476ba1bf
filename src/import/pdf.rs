//! PDF documents (`.pdf`): the text layer in reading order, one page after another,
//! pages separated by form feeds as `pdftotext` separates them, so the parser's page
//! furniture rules apply unchanged.
//!
//! A small reader of our own, over `miniz_oxide` (already used for `.docx`): the object
//! layer ([`object`], [`document`], [`filter`]), fonts ([`font`]), the text operators of
//! content streams ([`content`]) and reading order with two-column pages ([`layout`]).
//! Why not a crate: see ARCHITECTURE.md, "The PDF reader".
//!
//! A PDF with no text layer (a scan) and an encrypted PDF are refused with what to do.

mod budget;
mod content;
mod document;
mod filter;
mod font;
mod layout;
mod object;
mod standard14;

use super::ImportError;
use budget::Resource;
use document::Document;
use object::{get, Dict, Obj};

/// The widest page laid out, in points (200 inches, the largest page PDF readers accept);
/// a `/MediaBox` beyond it is taken for a damaged or crafted one.
const MAX_PAGE_WIDTH: f64 = 14_400.0;

#[derive(Debug)]
pub struct PdfText {
    pub text: String,
    pub notes: Vec<String>,
}

pub fn text(bytes: &[u8]) -> Result<PdfText, ImportError> {
    let mut reading = Reading::start(bytes.to_vec())?;
    while reading.read_page()? {}
    reading.finish()
}

/// A PDF being read a page at a time, so a page can show progress and stay responsive
/// between pages: [`Reading::start`], [`Reading::read_page`] until it returns `false`,
/// then [`Reading::finish`].
pub struct Reading {
    doc: Document,
    pages: Vec<Dict>,
    read: Vec<PageRead>,
    fonts: content::Fonts,
}

/// A page read: laid out at once when it shows its own gutter (or none is needed later),
/// kept as glyphs only when it must wait for the document's usual gutter.
struct PageRead {
    glyphs: usize,
    images: usize,
    gutter: Option<f64>,
    lines: Option<Vec<String>>,
    page: Option<content::Page>,
}

impl std::fmt::Debug for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reading").field("pages", &self.pages.len()).field("read", &self.read.len()).finish()
    }
}

impl Reading {
    /// Finds the pages; refuses an encrypted file and one with no page at all.
    pub fn start(bytes: Vec<u8>) -> Result<Reading, ImportError> {
        let doc = Document::read(bytes);
        if get(&doc.trailer, b"Encrypt").is_some() {
            return Err(ImportError::Encrypted);
        }
        let pages = pages(&doc);
        if pages.is_empty() {
            return Err(ImportError::Corrupt { kind: "PDF document", cause: "no page could be read".to_string() });
        }
        Ok(Reading { read: Vec::with_capacity(pages.len()), doc, pages, fonts: content::Fonts::new() })
    }

    pub fn pages(&self) -> usize {
        self.pages.len()
    }

    pub fn pages_read(&self) -> usize {
        self.read.len()
    }

    /// Reads the next page; `false` when every page has been read.
    pub fn read_page(&mut self) -> Result<bool, ImportError> {
        let Some(page) = self.pages.get(self.read.len()) else { return Ok(false) };
        let doc = &self.doc;
        let mut run = content::Interpreter::new(doc, &mut self.fonts);
        let resources = doc.get(page, b"Resources").as_dict().cloned().unwrap_or_default();
        let data =
            page_contents(doc, page).map_err(|_| ImportError::PdfTooLarge { what: Resource::Decoded.describe() })?;
        run.run(&data, &resources, [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
        let width = match doc.get(page, b"MediaBox") {
            Obj::Array(b) if b.len() == 4 => b[2].as_f64().unwrap_or(612.0) - b[0].as_f64().unwrap_or(0.0),
            _ => 612.0,
        };
        // A width out of any printer's range (`[0 0 1000000000000 792]`) is a damaged box: the
        // page is laid out as a letter page instead, and the layout never sizes anything from it.
        let width =
            if width.is_finite() && (1.0..=MAX_PAGE_WIDTH).contains(&width.abs()) { width.abs() } else { 612.0 };
        let gutters = layout::gutters(&run.page, width);
        let (glyphs, images) = (run.page.glyphs.len(), run.page.images);
        // Laid out now when the page has its own gutter, so `finish` has little left to do.
        let (lines, page) =
            if gutters.is_empty() { (None, Some(run.page)) } else { (Some(layout::lines(&run.page, &gutters)), None) };
        // The main gutter, the one nearest the middle (edge gutters sit by a side), is the one
        // other pages may borrow.
        let gutter = gutters.iter().copied().min_by(|a, b| (a - width / 2.0).abs().total_cmp(&(b - width / 2.0).abs()));
        self.read.push(PageRead { glyphs, images, gutter, lines, page });
        Ok(self.read.len() < self.pages.len())
    }

    /// The text of the pages read, in reading order, with notes on how it was read.
    pub fn finish(self) -> Result<PdfText, ImportError> {
        let total = self.read.len();
        // The document's usual gutter, for pages too sparse to show their own.
        let mut found: Vec<f64> = self.read.iter().filter_map(|p| p.gutter).collect();
        found.sort_by(f64::total_cmp);
        let usual = found.get(found.len() / 2).copied();
        let mut out = String::new();
        let (mut glyphs, mut images) = (0usize, 0usize);
        for (i, read) in self.read.into_iter().enumerate() {
            glyphs += read.glyphs;
            images += read.images;
            let lines = match (read.lines, read.page) {
                (Some(lines), _) => lines,
                (None, Some(page)) => {
                    let borrowed: Vec<f64> = usual.filter(|&g| layout::fits(&page, g)).into_iter().collect();
                    layout::lines(&page, &borrowed)
                }
                (None, None) => Vec::new(),
            };
            if i > 0 {
                out.push('\x0c');
            }
            // A line ending in a soft hyphen (U+00AD, a word broken by the typesetter) is
            // joined to the next, without the hyphen, as `pdftotext` joins it.
            let mut joining = false;
            for line in lines {
                if joining && line.is_empty() {
                    continue;
                }
                match line.strip_suffix('\u{ad}') {
                    Some(head) => {
                        out.push_str(head);
                        joining = true;
                    }
                    None => {
                        out.push_str(&line);
                        out.push('\n');
                        joining = false;
                    }
                }
            }
            if joining {
                out.push('\n');
            }
        }
        if glyphs == 0 {
            return Err(if images > 0 {
                ImportError::Scanned
            } else {
                ImportError::Corrupt { kind: "PDF document", cause: "its pages hold no text".to_string() }
            });
        }
        let mut notes = vec![format!("read from a PDF document ({total} page{})", if total == 1 { "" } else { "s" })];
        notes.extend(self.doc.budget.notes());
        let bytes = &self.doc.bytes;
        if !bytes[bytes.len().saturating_sub(1024)..].windows(5).any(|w| w == b"%%EOF") {
            notes
                .push("this PDF seems to be cut short (it has no end marker): what could be read is shown".to_string());
        }
        Ok(PdfText { text: out, notes })
    }
}

/// The pages in order: from the page tree, or, when the tree is missing (a truncated
/// file), every page object in the order of its object number.
fn pages(doc: &Document) -> Vec<Dict> {
    let mut out = Vec::new();
    let root = get(&doc.trailer, b"Root").map(|r| doc.resolve(r));
    if let Some(tree) = root.as_ref().and_then(Obj::as_dict).map(|c| doc.get(c, b"Pages")) {
        walk(doc, &tree, None, &mut out, &mut std::collections::HashSet::new(), 0);
    }
    out
}

/// The page tree, depth first. Bounded by design: at most 64 levels, each node visited once
/// (a `/Kids` entry that leads back up the tree is skipped), pages spent from the budget.
fn walk(
    doc: &Document,
    node: &Obj,
    inherited: Option<&Obj>,
    out: &mut Vec<Dict>,
    seen: &mut std::collections::HashSet<u32>,
    depth: usize,
) {
    if depth > 64 || doc.budget.exceeded(Resource::Pages) {
        return;
    }
    let Some(d) = node.as_dict() else { return };
    let resources = get(d, b"Resources").or(inherited).cloned();
    match doc.get(d, b"Type").as_name() {
        Some(b"Pages") | None if get(d, b"Kids").is_some() => {
            if let Obj::Array(kids) = doc.get(d, b"Kids") {
                for kid in &kids {
                    if let Obj::Ref(n, _) = kid {
                        if !seen.insert(*n) {
                            continue;
                        }
                    }
                    walk(doc, &doc.resolve(kid), resources.as_ref(), out, seen, depth + 1);
                }
            }
        }
        _ => {
            let mut page = d.clone();
            if get(&page, b"Resources").is_none() {
                if let Some(r) = resources {
                    page.push((b"Resources".to_vec(), r));
                }
            }
            if doc.budget.spend(Resource::Pages, 1) {
                out.push(page);
            }
        }
    }
}

fn page_contents(doc: &Document, page: &Dict) -> Result<Vec<u8>, document::StreamError> {
    let mut data = Vec::new();
    let parts = match doc.get(page, b"Contents") {
        Obj::Array(a) => a.iter().map(|o| doc.resolve(o)).collect(),
        s => vec![s],
    };
    for part in parts {
        data.extend(doc.stream_data(&part)?);
        data.push(b'\n');
    }
    Ok(data)
}
