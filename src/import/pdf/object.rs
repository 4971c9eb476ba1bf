//! PDF objects and the lexer shared by the file body and content streams
//! (ISO 32000-1, 7.2 "Lexical conventions" and 7.3 "Objects").
//!
//! The lexer never fails: bytes it does not understand are skipped, so a damaged file
//! yields fewer objects, never a panic. Nesting is capped so a hostile file cannot
//! exhaust the stack.

/// A dictionary: few keys, so a list beats a map.
pub type Dict = Vec<(Vec<u8>, Obj)>;

#[derive(Debug, Clone, PartialEq)]
pub enum Obj {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Name(Vec<u8>),
    Str(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    /// A stream: its dictionary and the byte range of its (still encoded) data in the file.
    Stream(Dict, usize, usize),
    Ref(u32, u16),
    /// A bare word: an operator in a content stream, or a keyword such as `obj`.
    Keyword(Vec<u8>),
}

const MAX_DEPTH: usize = 64;

impl Obj {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Obj::Int(i) => Some(*i as f64),
            Obj::Real(r) => Some(*r),
            _ => None,
        }
    }
    pub fn as_name(&self) -> Option<&[u8]> {
        match self {
            Obj::Name(n) => Some(n),
            _ => None,
        }
    }
    pub fn as_dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) | Obj::Stream(d, ..) => Some(d),
            _ => None,
        }
    }
}

/// The value of `key` in a dictionary (unresolved).
pub fn get<'a>(d: &'a Dict, key: &[u8]) -> Option<&'a Obj> {
    d.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

pub fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0')
}

pub fn is_delim(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

pub struct Lexer<'a> {
    pub b: &'a [u8],
    pub at: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(b: &'a [u8], at: usize) -> Self {
        Lexer { b, at }
    }

    pub fn skip_white(&mut self) {
        while let Some(&c) = self.b.get(self.at) {
            if is_white(c) {
                self.at += 1;
            } else if c == b'%' {
                while self.b.get(self.at).is_some_and(|&c| c != b'\n' && c != b'\r') {
                    self.at += 1;
                }
            } else {
                break;
            }
        }
    }

    fn word(&mut self) -> &'a [u8] {
        let start = self.at;
        while self.b.get(self.at).is_some_and(|&c| !is_white(c) && !is_delim(c)) {
            self.at += 1;
        }
        &self.b[start..self.at]
    }

    /// The next object, `None` at the end of the input. `n g R` is read as one reference.
    pub fn next(&mut self) -> Option<Obj> {
        self.object(0)
    }

    /// One object. Recursion is bounded by design: arrays and dictionaries nested deeper than
    /// `MAX_DEPTH` are skipped by [`Lexer::skip_nested`], which keeps counts instead of a stack,
    /// and stray bytes are passed over in a loop.
    fn object(&mut self, depth: usize) -> Option<Obj> {
        loop {
            self.skip_white();
            let c = *self.b.get(self.at)?;
            let opens = c == b'[' || c == b'<' && self.b.get(self.at + 1) == Some(&b'<');
            if opens && depth >= MAX_DEPTH {
                self.skip_nested();
                return Some(Obj::Null);
            }
            if c.is_ascii_alphanumeric()
                || matches!(c, b'/' | b'(' | b'<' | b'[' | b')' | b'>' | b']' | b'{' | b'}' | b'+' | b'-' | b'.')
            {
                return self.value(c, depth);
            }
            let start = self.at;
            let w = self.word();
            if w.is_empty() && self.at == start {
                self.at += 1;
                continue;
            }
            self.at = start;
            return self.value(c, depth);
        }
    }

    /// Skips an array or dictionary of any depth (counts, no recursion), and the strings in it.
    fn skip_nested(&mut self) {
        let mut depth = 0usize;
        while let Some(&c) = self.b.get(self.at) {
            let double = |s: &Self, d: u8| c == d && s.b.get(s.at + 1) == Some(&d);
            match c {
                b'(' => {
                    self.literal();
                    continue;
                }
                b'[' => {
                    depth += 1;
                    self.at += 1;
                }
                b']' => {
                    depth = depth.saturating_sub(1);
                    self.at += 1;
                }
                b'<' if double(self, b'<') => {
                    depth += 1;
                    self.at += 2;
                }
                b'>' if double(self, b'>') => {
                    depth = depth.saturating_sub(1);
                    self.at += 2;
                }
                _ => self.at += 1,
            }
            if depth == 0 {
                return;
            }
        }
    }

    fn value(&mut self, c: u8, depth: usize) -> Option<Obj> {
        let obj = match c {
            b'/' => {
                self.at += 1;
                Obj::Name(name(self.word()))
            }
            b'(' => Obj::Str(self.literal()),
            b'<' if self.b.get(self.at + 1) == Some(&b'<') => {
                self.at += 2;
                Obj::Dict(self.dict(depth + 1))
            }
            b'<' => Obj::Str(self.hex()),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_white();
                    match self.b.get(self.at) {
                        None => break,
                        Some(b']') => {
                            self.at += 1;
                            break;
                        }
                        _ => match self.object(depth + 1) {
                            Some(o) => items.push(o),
                            None => break,
                        },
                    }
                }
                Obj::Array(items)
            }
            b')' | b'>' | b']' | b'{' | b'}' => {
                self.at += 1;
                Obj::Keyword(vec![c])
            }
            _ => {
                let w = self.word();
                if w.is_empty() {
                    self.at += 1;
                    return Some(Obj::Null);
                }
                match number(w) {
                    Some(Obj::Int(n)) if (0..=u32::MAX as i64).contains(&n) => self.maybe_ref(n as u32),
                    Some(num) => num,
                    None => match w {
                        b"true" => Obj::Bool(true),
                        b"false" => Obj::Bool(false),
                        b"null" => Obj::Null,
                        _ => Obj::Keyword(w.to_vec()),
                    },
                }
            }
        };
        Some(obj)
    }

    /// After an integer: `g R` makes it a reference; otherwise the lexer stays put.
    fn maybe_ref(&mut self, n: u32) -> Obj {
        let save = self.at;
        self.skip_white();
        let g = self.word();
        if let Some(Obj::Int(g)) = number(g) {
            self.skip_white();
            if self.b.get(self.at) == Some(&b'R') && self.b.get(self.at + 1).is_none_or(|&c| is_white(c) || is_delim(c))
            {
                self.at += 1;
                return Obj::Ref(n, g.clamp(0, u16::MAX as i64) as u16);
            }
        }
        self.at = save;
        Obj::Int(n as i64)
    }

    fn dict(&mut self, depth: usize) -> Dict {
        let mut d = Dict::new();
        loop {
            self.skip_white();
            match self.b.get(self.at) {
                None => return d,
                Some(b'>') => {
                    self.at = (self.at + 2).min(self.b.len());
                    return d;
                }
                Some(b'/') => {
                    self.at += 1;
                    let key = name(self.word());
                    match self.object(depth) {
                        Some(Obj::Keyword(k)) if k == b">" => {
                            self.at = (self.at + 1).min(self.b.len());
                            d.push((key, Obj::Null));
                            return d;
                        }
                        Some(v) => d.push((key, v)),
                        None => return d,
                    }
                }
                Some(_) => {
                    // A value with no key: skip it (or stop at a keyword that ends the dictionary).
                    match self.object(depth) {
                        Some(Obj::Keyword(k)) if k == b"stream" || k == b"endobj" => return d,
                        None => return d,
                        _ => {}
                    }
                }
            }
        }
    }

    fn literal(&mut self) -> Vec<u8> {
        self.at += 1;
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(&c) = self.b.get(self.at) {
            self.at += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(&e) = self.b.get(self.at) else { break };
                    self.at += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.b.get(self.at) == Some(&b'\n') {
                                self.at += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = (e - b'0') as u32;
                            for _ in 0..2 {
                                match self.b.get(self.at) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + (d - b'0') as u32;
                                        self.at += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }

    fn hex(&mut self) -> Vec<u8> {
        self.at += 1;
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(&c) = self.b.get(self.at) {
            self.at += 1;
            let v = match c {
                b'>' => break,
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => continue,
            };
            match high.take() {
                Some(h) => out.push(h << 4 | v),
                None => high = Some(v),
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }
}

/// A name with its `#xx` escapes decoded.
fn name(w: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(w.len());
    let mut i = 0;
    while i < w.len() {
        if w[i] == b'#' && i + 2 < w.len() && w[i + 1].is_ascii_hexdigit() && w[i + 2].is_ascii_hexdigit() {
            let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
            out.push(hex(w[i + 1]) << 4 | hex(w[i + 2]));
            i += 3;
            continue;
        }
        out.push(w[i]);
        i += 1;
    }
    out
}

/// A PDF number: `12`, `-3`, `.5`, `4.`, `+1.25` (and the odd `--3` some writers emit).
/// Parsed by hand: PDF numbers have no exponent, and the standard float parser costs
/// kilobytes of WebAssembly.
pub fn number(w: &[u8]) -> Option<Obj> {
    let first = *w.first()?;
    if !(first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.')) {
        return None;
    }
    let mut i = 0;
    let mut negative = false;
    while let Some(&c @ (b'+' | b'-')) = w.get(i) {
        negative |= c == b'-';
        i += 1;
    }
    let (mut int, mut frac, mut scale, mut digits, mut dot) = (0i64, 0i64, 1i64, 0, false);
    for &c in &w[i..] {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                if dot {
                    if scale < 1_000_000_000 {
                        frac = frac * 10 + (c - b'0') as i64;
                        scale *= 10;
                    }
                } else {
                    int = int.checked_mul(10)?.checked_add((c - b'0') as i64)?;
                }
            }
            b'.' if !dot => dot = true,
            _ => return None,
        }
    }
    if digits == 0 {
        return None;
    }
    let sign = if negative { -1 } else { 1 };
    if !dot {
        return Some(Obj::Int(sign * int));
    }
    Some(Obj::Real(sign as f64 * (int as f64 + frac as f64 / scale as f64)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(s: &str) -> Vec<Obj> {
        let mut l = Lexer::new(s.as_bytes(), 0);
        std::iter::from_fn(|| l.next()).collect()
    }

    #[test]
    fn should_read_the_object_kinds() {
        let o = all("<< /Type /Page /Kids [3 0 R 4 0 R] /W 612.5 /N#20x (a\\(b\\)\\101) >> <48 69> -3 BT");
        let Obj::Dict(d) = &o[0] else { panic!("{o:?}") };
        assert_eq!(get(d, b"Type"), Some(&Obj::Name(b"Page".to_vec())));
        assert_eq!(get(d, b"Kids"), Some(&Obj::Array(vec![Obj::Ref(3, 0), Obj::Ref(4, 0)])));
        assert_eq!(get(d, b"W"), Some(&Obj::Real(612.5)));
        assert_eq!(get(d, b"N x"), Some(&Obj::Str(b"a(b)A".to_vec())));
        assert_eq!(o[1], Obj::Str(b"Hi".to_vec()));
        assert_eq!(&o[2..], [Obj::Int(-3), Obj::Keyword(b"BT".to_vec())]);
    }

    #[test]
    fn should_read_numbers_as_pdf_writes_them() {
        assert_eq!(number(b"12"), Some(Obj::Int(12)));
        assert_eq!(number(b"-3"), Some(Obj::Int(-3)));
        assert_eq!(number(b".5"), Some(Obj::Real(0.5)));
        assert_eq!(number(b"4."), Some(Obj::Real(4.0)));
        assert_eq!(number(b"-.25"), Some(Obj::Real(-0.25)));
        assert_eq!(number(b"--3"), Some(Obj::Int(-3)));
        assert_eq!(number(b"612.5"), Some(Obj::Real(612.5)));
        for bad in [&b"1.2.3"[..], b"-", b".", b"1e5", b"abc", b"99999999999999999999"] {
            assert_eq!(number(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn should_survive_nonsense() {
        for s in ["<<<<<<", "(((", "[[[[", "/#", "<< /A >>", "1 0 R", "1 0", ")>]}", "#"] {
            let _ = all(s);
        }
        let deep = "[".repeat(10_000);
        assert_eq!(all(&deep).len(), 1);
    }
}
