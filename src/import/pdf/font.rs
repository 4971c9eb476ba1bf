//! Fonts, as far as text needs them (ISO 32000-1, 9.5–9.10): how a shown string splits into
//! character codes, the Unicode text of each code, and each glyph's width.
//!
//! Unicode comes from the font's `/ToUnicode` map when it has one, else from its encoding
//! (`/WinAnsiEncoding`, `/MacRomanEncoding`, `/StandardEncoding`, with `/Differences`
//! glyph names). Composite (Type0) fonts use two-byte codes.

use super::document::Document;
use super::object::{Dict, Lexer, Obj};
use std::collections::HashMap;

pub struct Font {
    two_byte: bool,
    to_unicode: HashMap<u32, String>,
    encoding: [Option<char>; 256],
    widths: HashMap<u32, f64>,
    default_width: f64,
    /// Type 3 fonts give widths in glyph space; this scales them to text space (/1000 units).
    scale: f64,
}

impl Font {
    pub fn load(doc: &Document, d: &Dict) -> Font {
        let subtype = doc.get(d, b"Subtype");
        let two_byte = subtype.as_name() == Some(b"Type0");
        let mut font = Font {
            two_byte,
            to_unicode: HashMap::new(),
            encoding: [None; 256],
            widths: HashMap::new(),
            default_width: if two_byte { 1000.0 } else { 500.0 },
            scale: 1.0,
        };
        if let s @ Obj::Stream(..) = doc.get(d, b"ToUnicode") {
            if let Ok(data) = doc.stream_data(&s) {
                font.to_unicode = cmap(&data);
            }
        }
        if two_byte {
            if let Obj::Array(desc) = doc.get(d, b"DescendantFonts") {
                if let Some(Obj::Dict(cid)) = desc.first().map(|f| doc.resolve(f)) {
                    font.default_width = doc.get(&cid, b"DW").as_f64().unwrap_or(1000.0);
                    if let Obj::Array(w) = doc.get(&cid, b"W") {
                        font.cid_widths(doc, &w);
                    }
                }
            }
        } else {
            let base = match subtype.as_name() {
                Some(b"TrueType") => Encoding::WinAnsi,
                _ => Encoding::Standard,
            };
            font.encoding = table(base);
            match doc.get(d, b"Encoding") {
                Obj::Name(n) => font.encoding = table(named(&n).unwrap_or(base)),
                Obj::Dict(e) => {
                    if let Some(n) = doc.get(&e, b"BaseEncoding").as_name() {
                        font.encoding = table(named(n).unwrap_or(base));
                    }
                    if let Obj::Array(diffs) = doc.get(&e, b"Differences") {
                        let mut code = 0usize;
                        for item in diffs.iter().map(|o| doc.resolve(o)) {
                            match item {
                                Obj::Int(c) => code = c.clamp(0, 255) as usize,
                                Obj::Name(n) => {
                                    if code < 256 {
                                        font.encoding[code] = glyph(&n);
                                    }
                                    code += 1;
                                }
                                _ => {}
                            }
                        }
                    }
                }
                _ => {}
            }
            let first = doc.get(d, b"FirstChar").as_f64().unwrap_or(0.0) as u32;
            if let Obj::Array(w) = doc.get(d, b"Widths") {
                for (i, w) in w.iter().enumerate() {
                    if let Some(w) = doc.resolve(w).as_f64() {
                        font.widths.insert(first + i as u32, w);
                    }
                }
            } else if let Some(ws) = doc.get(d, b"BaseFont").as_name().and_then(super::standard14::widths) {
                for (i, w) in ws.iter().enumerate() {
                    font.widths.insert(32 + i as u32, *w as f64);
                }
                // Other codes (accented letters by /Differences): about a lower-case letter.
                font.default_width = ws[(b'n' - 32) as usize] as f64;
            }
            if subtype.as_name() == Some(b"Type3") {
                if let Obj::Array(m) = doc.get(d, b"FontMatrix") {
                    font.scale = m.first().and_then(Obj::as_f64).unwrap_or(0.001) * 1000.0;
                }
            }
        }
        font
    }

    fn cid_widths(&mut self, doc: &Document, w: &[Obj]) {
        let items: Vec<Obj> = w.iter().map(|o| doc.resolve(o)).collect();
        let mut i = 0;
        while i < items.len() {
            let Some(first) = items[i].as_f64() else { break };
            match items.get(i + 1) {
                Some(Obj::Array(ws)) => {
                    for (k, w) in ws.iter().enumerate() {
                        if let Some(w) = doc.resolve(w).as_f64() {
                            self.widths.insert(first as u32 + k as u32, w);
                        }
                    }
                    i += 2;
                }
                Some(last) => {
                    let (last, w) =
                        (last.as_f64().unwrap_or(first), items.get(i + 2).and_then(Obj::as_f64).unwrap_or(0.0));
                    for c in first as u32..=(last as u32).min(first as u32 + 65_536) {
                        self.widths.insert(c, w);
                    }
                    i += 3;
                }
                None => break,
            }
        }
    }

    /// The codes of a shown string, each with its text and width (in 1/1000 of the font size).
    pub fn glyphs<'s>(&'s self, s: &'s [u8]) -> impl Iterator<Item = (u32, Text<'s>, f64)> + 's {
        let step = if self.two_byte { 2 } else { 1 };
        s.chunks(step).map(move |c| {
            let code = c.iter().fold(0u32, |a, &b| a << 8 | b as u32);
            let text = match self.to_unicode.get(&code) {
                Some(t) => Text::Str(t),
                None if self.two_byte => Text::None,
                None => self.encoding[code as usize & 0xFF].map_or(Text::None, Text::Char),
            };
            let w = self.widths.get(&code).copied().unwrap_or(self.default_width) * self.scale;
            (code, text, w)
        })
    }

    /// Whether code 32 is a single-byte space (word spacing applies to it alone).
    pub fn is_simple(&self) -> bool {
        !self.two_byte
    }
}

pub enum Text<'a> {
    Char(char),
    Str(&'a str),
    None,
}

/// Entries a ToUnicode map may set in all (a font has at most 65,536 two-byte codes; ranges
/// that overlap again and again are a crafted map's way to spend time).
const MAX_CMAP_ENTRIES: usize = 262_144;

/// A ToUnicode CMap: `bfchar` and `bfrange` entries.
fn cmap(data: &[u8]) -> HashMap<u32, String> {
    let mut map = HashMap::new();
    let mut room = MAX_CMAP_ENTRIES;
    let mut l = Lexer::new(data, 0);
    let mut stack: Vec<Obj> = Vec::new();
    let code = |o: &Obj| match o {
        Obj::Str(s) if s.len() <= 4 => Some(s.iter().fold(0u32, |a, &b| a << 8 | b as u32)),
        _ => None,
    };
    let utf16 = |o: &Obj| match o {
        Obj::Str(s) => {
            let units: Vec<u16> = s.chunks(2).map(|p| (p[0] as u16) << 8 | *p.get(1).unwrap_or(&0) as u16).collect();
            Some(String::from_utf16_lossy(&units))
        }
        _ => None,
    };
    while let Some(o) = l.next() {
        match o {
            Obj::Keyword(k) if k == b"endbfchar" => {
                for pair in stack.chunks(2) {
                    if let (Some(c), Some(t)) = (code(&pair[0]), pair.get(1).and_then(utf16)) {
                        map.insert(c, t);
                    }
                }
                stack.clear();
            }
            Obj::Keyword(k) if k == b"endbfrange" => {
                for triple in stack.chunks(3) {
                    let (Some(lo), Some(hi)) = (code(&triple[0]), triple.get(1).and_then(code)) else { continue };
                    match triple.get(2) {
                        Some(Obj::Array(dsts)) => {
                            for (c, d) in (lo..=hi).zip(dsts).take(room) {
                                room -= 1;
                                if let Some(t) = utf16(d) {
                                    map.insert(c, t);
                                }
                            }
                        }
                        Some(d) => {
                            let Some(base) = utf16(d) else { continue };
                            let mut units: Vec<u16> = base.encode_utf16().collect();
                            for c in (lo..=hi.min(lo.saturating_add(65_535))).take(room) {
                                room -= 1;
                                map.insert(c, String::from_utf16_lossy(&units));
                                if let Some(last) = units.last_mut() {
                                    *last = last.wrapping_add(1);
                                }
                            }
                        }
                        None => {}
                    }
                }
                stack.clear();
            }
            Obj::Keyword(k) if k == b"beginbfchar" || k == b"beginbfrange" => stack.clear(),
            Obj::Keyword(_) => {}
            o => stack.push(o),
        }
    }
    map
}

type Table = &'static [(u8, char)];

/// StandardEncoding as differences from ASCII (codes 32–126 are ASCII unless listed).
const STANDARD: Table = &[
    (0x27, '’'),
    (0x60, '‘'),
    (0xA1, '¡'),
    (0xA2, '¢'),
    (0xA3, '£'),
    (0xA4, '⁄'),
    (0xA5, '¥'),
    (0xA6, 'ƒ'),
    (0xA7, '§'),
    (0xA8, '¤'),
    (0xA9, '\''),
    (0xAA, '“'),
    (0xAB, '«'),
    (0xAC, '‹'),
    (0xAD, '›'),
    (0xAE, 'ﬁ'),
    (0xAF, 'ﬂ'),
    (0xB1, '–'),
    (0xB2, '†'),
    (0xB3, '‡'),
    (0xB4, '·'),
    (0xB6, '¶'),
    (0xB7, '•'),
    (0xB8, '‚'),
    (0xB9, '„'),
    (0xBA, '”'),
    (0xBB, '»'),
    (0xBC, '…'),
    (0xBD, '‰'),
    (0xBF, '¿'),
    (0xC1, '`'),
    (0xC2, '´'),
    (0xC3, 'ˆ'),
    (0xC4, '˜'),
    (0xC5, '¯'),
    (0xC6, '˘'),
    (0xC7, '˙'),
    (0xC8, '¨'),
    (0xCA, '˚'),
    (0xCB, '¸'),
    (0xCD, '˝'),
    (0xCE, '˛'),
    (0xCF, 'ˇ'),
    (0xD0, '—'),
    (0xE1, 'Æ'),
    (0xE3, 'ª'),
    (0xE8, 'Ł'),
    (0xE9, 'Ø'),
    (0xEA, 'Œ'),
    (0xEB, 'º'),
    (0xF1, 'æ'),
    (0xF5, 'ı'),
    (0xF8, 'ł'),
    (0xF9, 'ø'),
    (0xFA, 'œ'),
    (0xFB, 'ß'),
];
const MAC_ROMAN: &str = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{F8FF}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";
#[derive(Clone, Copy)]
enum Encoding {
    Standard,
    WinAnsi,
    MacRoman,
}

fn named(n: &[u8]) -> Option<Encoding> {
    match n {
        b"WinAnsiEncoding" => Some(Encoding::WinAnsi),
        b"MacRomanEncoding" => Some(Encoding::MacRoman),
        b"StandardEncoding" => Some(Encoding::Standard),
        _ => None,
    }
}

fn table(e: Encoding) -> [Option<char>; 256] {
    let mut out = [None; 256];
    for c in 32..127u8 {
        out[c as usize] = Some(c as char);
    }
    match e {
        // WinAnsiEncoding is Windows-1252, which the text importer already decodes; its
        // unassigned codes are left out, and the no-break space is a space.
        Encoding::WinAnsi => {
            for c in 0x80..=0xFFu8 {
                out[c as usize] = Some(crate::import::text::windows_1252(c)).filter(|ch| !ch.is_control());
            }
            out[0xA0] = Some(' ');
        }
        Encoding::MacRoman => {
            for (i, ch) in MAC_ROMAN.chars().enumerate() {
                out[0x80 + i] = Some(ch);
            }
        }
        Encoding::Standard => {
            for &(c, ch) in STANDARD {
                out[c as usize] = Some(ch);
            }
        }
    }
    out
}

/// A glyph name's character: the Adobe Glyph List's names for Latin text, `uniXXXX`, `uXXXX`.
fn glyph(name: &[u8]) -> Option<char> {
    let n = std::str::from_utf8(name).ok()?;
    let n = n.split('.').next().unwrap_or(n);
    if n.len() == 1 {
        return n.chars().next();
    }
    let hex = match n.strip_prefix("uni") {
        Some(h) => h.get(..4),
        None => n.strip_prefix('u').filter(|h| (4..=6).contains(&h.len())),
    };
    if let Some(c) = hex.and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32) {
        return Some(c);
    }
    const NAMES: &[(&str, char)] = &[
        ("space", ' '),
        ("exclam", '!'),
        ("quotedbl", '"'),
        ("numbersign", '#'),
        ("dollar", '$'),
        ("percent", '%'),
        ("ampersand", '&'),
        ("quotesingle", '\''),
        ("quoteright", '’'),
        ("quoteleft", '‘'),
        ("parenleft", '('),
        ("parenright", ')'),
        ("asterisk", '*'),
        ("plus", '+'),
        ("comma", ','),
        ("hyphen", '-'),
        ("period", '.'),
        ("slash", '/'),
        ("zero", '0'),
        ("one", '1'),
        ("two", '2'),
        ("three", '3'),
        ("four", '4'),
        ("five", '5'),
        ("six", '6'),
        ("seven", '7'),
        ("eight", '8'),
        ("nine", '9'),
        ("colon", ':'),
        ("semicolon", ';'),
        ("less", '<'),
        ("equal", '='),
        ("greater", '>'),
        ("question", '?'),
        ("at", '@'),
        ("bracketleft", '['),
        ("backslash", '\\'),
        ("bracketright", ']'),
        ("asciicircum", '^'),
        ("underscore", '_'),
        ("grave", '`'),
        ("braceleft", '{'),
        ("bar", '|'),
        ("braceright", '}'),
        ("asciitilde", '~'),
        ("endash", '–'),
        ("emdash", '—'),
        ("quotedblleft", '“'),
        ("quotedblright", '”'),
        ("quotesinglbase", '‚'),
        ("quotedblbase", '„'),
        ("bullet", '•'),
        ("ellipsis", '…'),
        ("fi", 'ﬁ'),
        ("fl", 'ﬂ'),
        ("ff", 'ﬀ'),
        ("ffi", 'ﬃ'),
        ("ffl", 'ﬄ'),
        ("section", '§'),
        ("paragraph", '¶'),
        ("degree", '°'),
        ("copyright", '©'),
        ("registered", '®'),
        ("trademark", '™'),
        ("dagger", '†'),
        ("daggerdbl", '‡'),
        ("nbspace", '\u{a0}'),
        ("minus", '−'),
        ("multiply", '×'),
        ("divide", '÷'),
        ("germandbls", 'ß'),
        ("dotlessi", 'ı'),
        ("guillemotleft", '«'),
        ("guillemotright", '»'),
        ("periodcentered", '·'),
        ("sterling", '£'),
        ("Euro", '€'),
        ("yen", '¥'),
        ("cent", '¢'),
        ("AE", 'Æ'),
        ("ae", 'æ'),
        ("OE", 'Œ'),
        ("oe", 'œ'),
        ("Oslash", 'Ø'),
        ("oslash", 'ø'),
        ("Lslash", 'Ł'),
        ("lslash", 'ł'),
        ("ordfeminine", 'ª'),
        ("ordmasculine", 'º'),
        ("exclamdown", '¡'),
        ("questiondown", '¿'),
        ("onehalf", '½'),
    ];
    if let Some(&(_, c)) = NAMES.iter().find(|(k, _)| *k == n) {
        return Some(c);
    }
    // Accented Latin letters: base letter + accent name ("eacute", "Ccedilla", "odieresis").
    const ACCENTS: &[(&str, char)] = &[
        ("acute", '\u{301}'),
        ("grave", '\u{300}'),
        ("circumflex", '\u{302}'),
        ("dieresis", '\u{308}'),
        ("tilde", '\u{303}'),
        ("cedilla", '\u{327}'),
        ("ring", '\u{30A}'),
        ("caron", '\u{30C}'),
        ("breve", '\u{306}'),
        ("macron", '\u{304}'),
        ("ogonek", '\u{328}'),
        ("dotaccent", '\u{307}'),
        ("hungarumlaut", '\u{30B}'),
    ];
    let (base, accent) = n.split_at(1);
    let base = base.chars().next()?;
    let mark = ACCENTS.iter().find(|(k, _)| *k == accent)?.1;
    compose(base, mark)
}

/// Latin-1 and Latin Extended-A letters from base + combining mark: enough of Unicode's
/// canonical compositions for the glyph names above. Each row: the composed letters, their
/// base letters in the same order, and the mark.
fn compose(base: char, mark: char) -> Option<char> {
    const ROWS: &[(&str, &str, char)] = &[
        ("ÀÈÌÒÙàèìòù", "AEIOUaeiou", '\u{300}'),
        ("ÁÉÍÓÚÝáéíóúýĆćĹĺŃńŔŕŚśŹź", "AEIOUYaeiouyCcLlNnRrSsZz", '\u{301}'),
        ("ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷ", "AEIOUaeiouCcGgHhJjSsWwYy", '\u{302}'),
        ("ÃÑÕãñõĨĩŨũ", "ANOanoIiUu", '\u{303}'),
        ("ÄËÏÖÜäëïöüÿŸ", "AEIOUaeiouyY", '\u{308}'),
        ("ÇçĢģĶķĻļŅņŖŗŞşŢţ", "CcGgKkLlNnRrSsTt", '\u{327}'),
        ("ÅåŮů", "AaUu", '\u{30A}'),
        ("ČčĎďĚěĽľŇňŘřŠšŤťŽž", "CcDdEeLlNnRrSsTtZz", '\u{30C}'),
        ("ĂăĔĕĞğĬĭŎŏŬŭ", "AaEeGgIiOoUu", '\u{306}'),
        ("ĀāĒēĪīŌōŪū", "AaEeIiOoUu", '\u{304}'),
        ("ĄąĘęĮįŲų", "AaEeIiUu", '\u{328}'),
        ("ĊċĖėĠġİŻż", "CcEeGgIZz", '\u{307}'),
        ("ŐőŰű", "OoUu", '\u{30B}'),
    ];
    let (letters, bases, _) = ROWS.iter().find(|(_, _, m)| *m == mark)?;
    let i = bases.chars().position(|b| b == base)?;
    letters.chars().nth(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_name_glyphs() {
        assert_eq!(glyph(b"eacute"), Some('é'));
        assert_eq!(glyph(b"Ccedilla"), Some('Ç'));
        assert_eq!(glyph(b"uni00FC"), Some('ü'));
        assert_eq!(glyph(b"quoteright"), Some('’'));
        assert_eq!(glyph(b"A"), Some('A'));
        assert_eq!(glyph(b"g123"), None);
        assert_eq!(table(Encoding::MacRoman)[0x8E], Some('é'));
        assert_eq!(table(Encoding::WinAnsi)[0xE9], Some('é'));
        assert_eq!(table(Encoding::Standard)[0x27], Some('’'));
    }

    #[test]
    fn should_read_a_to_unicode_map() {
        let m = cmap(
            b"2 beginbfchar <0003> <0020> <0011> <00660069> endbfchar 1 beginbfrange <0024> <0026> <0041> endbfrange",
        );
        assert_eq!(m[&3], " ");
        assert_eq!(m[&0x11], "fi");
        assert_eq!(m[&0x26], "C");
    }
}
