//! Content streams (ISO 32000-1, 8.2 and 9.4): the text operators run with enough of the
//! graphics state to place every glyph on the page.
//!
//! Only what positions text is kept: `cm`, `q`/`Q`, the text state (`Tc Tw Tz TL Ts Tf`),
//! positioning (`Td TD Tm T*`), showing (`Tj TJ ' "`) and form XObjects (`Do`), which are
//! run in place. Everything else (paths, colours, images) is skipped.

use super::budget::Resource;
use super::document::Document;
use super::font::{Font, Text};
use super::object::{get, Dict, Lexer, Obj};
use std::collections::HashMap;
use std::rc::Rc;

/// A glyph placed on the page, in page space (points, y upwards).
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    /// Advance width.
    pub w: f64,
    /// Font size as drawn.
    pub size: f64,
    /// Index into the page's text buffer (the glyph's Unicode text).
    pub text: (u32, u32),
    /// A space: it separates words but does not cover the page.
    pub blank: bool,
    /// The first glyph of invisible (OCR) text after the text position was set (`Td`, `Tm`,
    /// `T*`...): OCR layers place every word so, and a small gap before it is a word break.
    pub placed: bool,
}

#[derive(Default)]
pub struct Page {
    pub glyphs: Vec<Glyph>,
    pub text: String,
    /// Images drawn on the page (a page of images and no glyphs is a scan).
    pub images: usize,
}

type M = [f64; 6];
const IDENTITY: M = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(a: &M, b: &M) -> M {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

#[derive(Clone)]
struct State {
    ctm: M,
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
    /// Text rendering mode (`Tr`); 3 is invisible, as in the text layer OCR puts over a scan.
    render: i64,
}

/// Fonts loaded so far, by object number (or by resource name for a direct font dictionary,
/// which is not kept): shared by every page of a document, so each font is read once.
pub type Fonts = HashMap<(u32, Vec<u8>), Rc<Font>>;

pub struct Interpreter<'d, 'f> {
    doc: &'d Document,
    fonts: &'f mut Fonts,
    pub page: Page,
    depth: usize,
    /// Operators run so far; a hostile file's endless forms stop here.
    ops: usize,
    /// The text position was set since the last glyph.
    placed: bool,
}

impl<'d, 'f> Interpreter<'d, 'f> {
    pub fn new(doc: &'d Document, fonts: &'f mut Fonts) -> Self {
        Interpreter { doc, fonts, page: Page::default(), depth: 0, ops: 0, placed: false }
    }

    /// Runs `data` (a content stream) with `resources`, starting from the matrix `ctm`.
    pub fn run(&mut self, data: &[u8], resources: &Dict, ctm: M) {
        let mut gs = State {
            ctm,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
            render: 0,
        };
        let mut stack: Vec<State> = Vec::new();
        let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
        let mut operands: Vec<Obj> = Vec::new();
        let mut l = Lexer::new(data, 0);
        while let Some(o) = l.next() {
            let Obj::Keyword(op) = o else {
                if operands.len() < 64 {
                    operands.push(o);
                }
                continue;
            };
            self.ops += 1;
            // Operators are spent from the document's budget a thousand at a time.
            if self.ops % 1000 == 0 && !self.doc.budget.spend(Resource::Operators, 1000) {
                return;
            }
            let num = |i: usize| operands.get(i).and_then(Obj::as_f64).unwrap_or(0.0);
            match op.as_slice() {
                b"q" if stack.len() < 256 => stack.push(gs.clone()),
                b"Q" => {
                    if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                b"cm" if operands.len() == 6 => {
                    gs.ctm = mul(&[num(0), num(1), num(2), num(3), num(4), num(5)], &gs.ctm)
                }
                b"BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                    self.placed = true;
                }
                b"Tc" => gs.char_spacing = num(0),
                b"Tw" => gs.word_spacing = num(0),
                b"Tz" => gs.scale = num(0) / 100.0,
                b"TL" => gs.leading = num(0),
                b"Ts" => gs.rise = num(0),
                b"Tr" => gs.render = num(0) as i64,
                b"Tf" => {
                    gs.size = num(1);
                    gs.font = operands.first().and_then(Obj::as_name).and_then(|n| self.font(resources, n));
                }
                b"Td" | b"TD" => {
                    if op == b"TD" {
                        gs.leading = -num(1);
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, num(0), num(1)], &tlm);
                    tm = tlm;
                    self.placed = true;
                }
                b"Tm" if operands.len() == 6 => {
                    tlm = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    tm = tlm;
                    self.placed = true;
                }
                b"T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                    self.placed = true;
                }
                b"Tj" | b"'" | b"\"" => {
                    if op != b"Tj" {
                        if op == b"\"" {
                            gs.word_spacing = num(0);
                            gs.char_spacing = num(1);
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                        tm = tlm;
                    }
                    if let Some(Obj::Str(s)) = operands.last() {
                        self.show(s, &gs, &mut tm);
                    }
                }
                b"TJ" => {
                    if let Some(Obj::Array(items)) = operands.first() {
                        for item in items {
                            match item {
                                Obj::Str(s) => self.show(s, &gs, &mut tm),
                                n => {
                                    let adjust = -n.as_f64().unwrap_or(0.0) / 1000.0 * gs.size * gs.scale;
                                    tm = mul(&[1.0, 0.0, 0.0, 1.0, adjust, 0.0], &tm);
                                }
                            }
                        }
                    }
                }
                b"Do" => {
                    if let Some(name) = operands.first().and_then(Obj::as_name) {
                        self.xobject(resources, name, gs.ctm);
                    }
                }
                b"BI" => {
                    // An inline image: skip its data, which is not PDF syntax, to `EI`.
                    self.page.images += 1;
                    let b = l.b;
                    let mut i = l.at;
                    while i + 2 < b.len()
                        && !(b[i..].starts_with(b"EI")
                            && super::object::is_white(b[i - 1])
                            && (b.len() == i + 2 || super::object::is_white(b[i + 2])))
                    {
                        i += 1;
                    }
                    l.at = (i + 2).min(b.len());
                }
                _ => {}
            }
            operands.clear();
        }
    }

    fn font(&mut self, resources: &Dict, name: &[u8]) -> Option<Rc<Font>> {
        let fonts = self.doc.get(resources, b"Font");
        let fonts = fonts.as_dict()?;
        let entry = get(fonts, name)?;
        let key = match entry {
            Obj::Ref(n, _) => (*n, Vec::new()),
            _ => (0, name.to_vec()),
        };
        if let Some(f) = self.fonts.get(&key) {
            return Some(f.clone());
        }
        let d = self.doc.resolve(entry);
        let font = Rc::new(Font::load(self.doc, d.as_dict()?));
        if key.0 != 0 {
            self.fonts.insert(key, font.clone());
        }
        Some(font)
    }

    fn xobject(&mut self, resources: &Dict, name: &[u8], ctm: M) {
        let xobjects = self.doc.get(resources, b"XObject");
        let Some(entry) = xobjects.as_dict().and_then(|x| get(x, name)) else { return };
        let x = self.doc.resolve(entry);
        let Some(d) = x.as_dict() else { return };
        match self.doc.get(d, b"Subtype").as_name() {
            Some(b"Image") => self.page.images += 1,
            Some(b"Form") if self.depth < 8 => {
                let matrix = match self.doc.get(d, b"Matrix") {
                    Obj::Array(m) if m.len() == 6 => {
                        let v: Vec<f64> = m.iter().map(|o| o.as_f64().unwrap_or(0.0)).collect();
                        [v[0], v[1], v[2], v[3], v[4], v[5]]
                    }
                    _ => IDENTITY,
                };
                let own = self.doc.get(d, b"Resources");
                let res = own.as_dict().cloned().unwrap_or_else(|| resources.clone());
                if let Ok(data) = self.doc.stream_data(&x) {
                    self.depth += 1;
                    self.run(&data, &res, mul(&matrix, &ctm));
                    self.depth -= 1;
                }
            }
            _ => {}
        }
    }

    fn show(&mut self, s: &[u8], gs: &State, tm: &mut M) {
        let Some(font) = gs.font.clone() else { return };
        for (code, text, w) in font.glyphs(s) {
            let trm = mul(&mul(&[gs.size * gs.scale, 0.0, 0.0, gs.size, 0.0, gs.rise], tm), &gs.ctm);
            let spacing = if font.is_simple() && code == 32 { gs.word_spacing } else { 0.0 };
            let tx = (w / 1000.0 * gs.size + gs.char_spacing + spacing) * gs.scale;
            let start = self.page.text.len() as u32;
            match text {
                Text::Char(c) => self.page.text.push(c),
                Text::Str(s) => self.page.text.push_str(s),
                Text::None => {}
            }
            let end = self.page.text.len() as u32;
            let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            let advance = mul(&[tx, 0.0, 0.0, 0.0, 0.0, 0.0], &mul(tm, &gs.ctm));
            let w = (advance[0] * advance[0] + advance[1] * advance[1]).sqrt();
            if end > start && self.doc.budget.spend(Resource::Glyphs, 1) {
                let blank = self.page.text[start as usize..].trim().is_empty();
                // Only an OCR layer (invisible text) places every word; elsewhere a new position
                // can fall inside a word (a change of font), so it proves nothing.
                let placed = std::mem::take(&mut self.placed) && gs.render == 3;
                self.page.glyphs.push(Glyph { x: trm[4], y: trm[5], w, size, text: (start, end), blank, placed });
            }
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
        }
    }
}
