//! The file's body: where each object is, its value, and its stream data decoded
//! (ISO 32000-1, 7.5 "File structure" and 7.4 "Filters").
//!
//! Objects are found by scanning for `n g obj` rather than by trusting the cross-reference
//! table, the way PDF readers repair a damaged file: a truncated file or one with stale
//! offsets still gives every object that is present. Objects packed in object streams
//! (PDF 1.5) are indexed too. A later definition replaces an earlier one, as in an
//! incremental update.

use super::budget::{Budget, Resource};
use super::object::{get, Dict, Lexer, Obj};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
enum Place {
    At(usize),
    /// In object stream `.0`, as its `.1`-th object.
    Packed(u32, usize),
}

pub struct Document {
    pub bytes: Vec<u8>,
    places: HashMap<u32, Place>,
    /// The objects of each object stream, unpacked at open.
    packed: HashMap<u32, Vec<Obj>>,
    /// The trailer's entries (from `trailer` dictionaries and cross-reference streams).
    pub trailer: Dict,
    /// What the document may still ask for (decoded bytes, objects, pages, operators, glyphs).
    pub budget: Budget,
}

#[derive(Debug, PartialEq, Eq)]
pub enum StreamError {
    TooLarge,
}

impl Document {
    pub fn read(bytes: Vec<u8>) -> Self {
        let mut doc = Document {
            bytes,
            places: HashMap::new(),
            packed: HashMap::new(),
            trailer: Dict::new(),
            budget: Budget::default(),
        };
        doc.scan();
        doc
    }

    fn scan(&mut self) {
        let bytes = std::mem::take(&mut self.bytes);
        let b = &bytes[..];
        let mut object_streams = Vec::new();
        let mut i = 0;
        while let Some(found) = memmem(&b[i..], b"obj") {
            let at = i + found;
            i = at + 3;
            if b.get(at + 3).is_some_and(|&c| !super::object::is_white(c) && !super::object::is_delim(c)) {
                continue;
            }
            let Some(num) = object_number(b, at) else { continue };
            if !self.budget.spend(Resource::Objects, 1) {
                break;
            }
            self.places.insert(num, Place::At(at + 3));
            let mut l = Lexer::new(b, at + 3);
            if let Some(Obj::Dict(d)) = l.next() {
                let kind = get(&d, b"Type").and_then(Obj::as_name);
                if kind == Some(b"ObjStm") {
                    object_streams.push(num);
                } else if kind == Some(b"XRef") {
                    self.merge_trailer(&d);
                }
            }
        }
        // `trailer << ... >>` dictionaries, oldest first so the newest wins.
        let mut i = 0;
        while let Some(found) = memmem(&b[i..], b"trailer") {
            let at = i + found + 7;
            i = at;
            if let Some(Obj::Dict(d)) = Lexer::new(b, at).next() {
                self.merge_trailer(&d);
            }
        }
        self.bytes = bytes;
        for stream in object_streams {
            self.index_object_stream(stream);
        }
    }

    fn merge_trailer(&mut self, d: &Dict) {
        for key in [&b"Root"[..], b"Encrypt", b"Info"] {
            if let Some(v) = get(d, key) {
                self.trailer.retain(|(k, _)| k != key);
                self.trailer.push((key.to_vec(), v.clone()));
            }
        }
    }

    /// Unpacks an object stream once, at open: its objects are indexed and kept.
    fn index_object_stream(&mut self, num: u32) {
        let objects = self.unpack(num);
        for (index, (obj, _)) in objects.iter().enumerate() {
            // An object defined directly in the file body after this stream keeps its place.
            self.places.entry(*obj).or_insert(Place::Packed(num, index));
        }
        let values = objects.into_iter().map(|(_, value)| value).collect();
        self.packed.insert(num, values);
    }

    /// The object numbered `num`, unresolved (`None` when the file does not have it).
    pub fn object(&self, num: u32) -> Option<Obj> {
        match *self.places.get(&num)? {
            Place::At(at) => {
                let mut l = Lexer::new(&self.bytes, at);
                let obj = l.next()?;
                if let Obj::Dict(d) = &obj {
                    l.skip_white();
                    if self.bytes[l.at..].starts_with(b"stream") {
                        let mut start = l.at + 6;
                        if self.bytes.get(start) == Some(&b'\r') {
                            start += 1;
                        }
                        if self.bytes.get(start) == Some(&b'\n') {
                            start += 1;
                        }
                        let end = self.stream_end(d, start);
                        return Some(Obj::Stream(d.clone(), start, end));
                    }
                }
                Some(obj)
            }
            Place::Packed(stream, index) => self.packed.get(&stream)?.get(index).cloned(),
        }
    }

    /// An object stream's objects: (object number, value), in order.
    fn unpack(&self, stream: u32) -> Vec<(u32, Obj)> {
        let Some(s @ Obj::Stream(..)) = self.object_direct(stream) else { return Vec::new() };
        let d = s.as_dict().cloned().unwrap_or_default();
        let Ok(data) = self.stream_data(&s) else { return Vec::new() };
        let n = self.int(get(&d, b"N")).unwrap_or(0).clamp(0, 1_000_000) as usize;
        let first = self.int(get(&d, b"First")).unwrap_or(0).max(0) as usize;
        let mut l = Lexer::new(&data, 0);
        let mut offsets = Vec::new();
        for _ in 0..n {
            let (Some(Obj::Int(obj)), Some(Obj::Int(off))) = (l.next(), l.next()) else { break };
            let Ok(obj) = u32::try_from(obj) else { break };
            offsets.push((obj, off.max(0) as usize));
        }
        offsets
            .into_iter()
            .map(|(obj, off)| {
                (obj, Lexer::new(&data, first.saturating_add(off).min(data.len())).next().unwrap_or(Obj::Null))
            })
            .collect()
    }

    /// The value at an object's place, read as a value only: a stream's dictionary is not followed
    /// to its data. `/Length 7 0 R` is read this way, so a `/Length` that refers to its own
    /// stream (or to another stream whose `/Length` refers back) cannot recurse.
    fn plain_value(&self, num: u32) -> Option<Obj> {
        match *self.places.get(&num)? {
            Place::At(at) => Lexer::new(&self.bytes, at).next(),
            Place::Packed(stream, index) => self.packed.get(&stream)?.get(index).cloned(),
        }
    }

    /// An object stored directly in the body (object streams themselves always are).
    fn object_direct(&self, num: u32) -> Option<Obj> {
        match self.places.get(&num)? {
            Place::At(_) => self.object(num),
            Place::Packed(..) => None,
        }
    }

    /// Where a stream's data ends: at `/Length` when that is right, else before `endstream`.
    fn stream_end(&self, d: &Dict, start: usize) -> usize {
        let b = &self.bytes[..];
        let declared = match get(d, b"Length") {
            Some(Obj::Int(n)) => Some(*n),
            Some(Obj::Ref(n, _)) => match self.plain_value(*n) {
                Some(Obj::Int(n)) => Some(n),
                _ => None,
            },
            _ => None,
        };
        if let Some(n) = declared.and_then(|n| usize::try_from(n).ok()) {
            let end = start.saturating_add(n);
            if end <= b.len() {
                let mut l = Lexer::new(b, end);
                l.skip_white();
                if b[l.at..].starts_with(b"endstream") {
                    return end;
                }
            }
        }
        match memmem(&b[start.min(b.len())..], b"endstream") {
            Some(off) => {
                let mut end = start + off;
                while end > start && matches!(b[end - 1], b'\r' | b'\n') {
                    end -= 1;
                }
                end
            }
            None => b.len(),
        }
    }

    /// Follows references (a few steps at most) to a value.
    pub fn resolve(&self, obj: &Obj) -> Obj {
        let mut obj = obj.clone();
        for _ in 0..16 {
            match obj {
                Obj::Ref(n, _) => obj = self.object(n).unwrap_or(Obj::Null),
                _ => return obj,
            }
        }
        Obj::Null
    }

    pub fn int(&self, obj: Option<&Obj>) -> Option<i64> {
        match self.resolve(obj?) {
            Obj::Int(i) => Some(i),
            Obj::Real(r) => Some(r as i64),
            _ => None,
        }
    }

    /// The resolved value of `key` in `d`.
    pub fn get(&self, d: &Dict, key: &[u8]) -> Obj {
        get(d, key).map(|o| self.resolve(o)).unwrap_or(Obj::Null)
    }

    /// A stream's data with its filters undone. Image filters are not undone: text never needs them.
    pub fn stream_data(&self, stream: &Obj) -> Result<Vec<u8>, StreamError> {
        let Obj::Stream(d, start, end) = stream else { return Ok(Vec::new()) };
        let mut data = self.bytes.get(*start..*end).unwrap_or_default().to_vec();
        let filters = match self.get(d, b"Filter") {
            Obj::Name(n) => vec![n],
            Obj::Array(a) => a.iter().filter_map(|f| self.resolve(f).as_name().map(<[u8]>::to_vec)).collect(),
            _ => Vec::new(),
        };
        let parms = match self.get(d, b"DecodeParms") {
            Obj::Array(a) => a.iter().map(|p| self.resolve(p)).collect(),
            p => vec![p],
        };
        for (i, f) in filters.iter().enumerate() {
            let room = self.budget.room(Resource::Decoded);
            data = match f.as_slice() {
                b"FlateDecode" | b"Fl" => super::filter::flate(&data, room)?,
                b"LZWDecode" | b"LZW" => super::filter::lzw(&data, room)?,
                b"ASCII85Decode" | b"A85" => super::filter::ascii85(&data),
                b"ASCIIHexDecode" | b"AHx" => super::filter::ascii_hex(&data),
                b"RunLengthDecode" | b"RL" => super::filter::run_length(&data, room)?,
                _ => return Ok(Vec::new()),
            };
            if let Some(p) = parms.get(i).and_then(Obj::as_dict) {
                let predictor = self.int(get(p, b"Predictor")).unwrap_or(1);
                let columns = self.int(get(p, b"Columns")).unwrap_or(1).clamp(1, 1 << 20) as usize;
                if predictor >= 10 {
                    data = super::filter::png_predictor(&data, columns);
                }
            }
            if !self.budget.spend(Resource::Decoded, data.len()) {
                return Err(StreamError::TooLarge);
            }
        }
        Ok(data)
    }
}

/// `n g obj` ending at `at`: the object number.
fn object_number(b: &[u8], at: usize) -> Option<u32> {
    let mut i = at;
    let back_white = |i: &mut usize| {
        let s = *i;
        while *i > 0 && matches!(b[*i - 1], b' ' | b'\r' | b'\n' | b'\t' | b'\0' | b'\x0c') {
            *i -= 1;
        }
        *i < s
    };
    let back_digits = |i: &mut usize| {
        let s = *i;
        while *i > 0 && b[*i - 1].is_ascii_digit() && s - *i < 10 {
            *i -= 1;
        }
        (*i < s).then(|| std::str::from_utf8(&b[*i..s]).ok()?.parse::<u32>().ok()).flatten()
    };
    if !back_white(&mut i) {
        return None;
    }
    back_digits(&mut i)?;
    if !back_white(&mut i) {
        return None;
    }
    let num = back_digits(&mut i)?;
    (i == 0 || !b[i - 1].is_ascii_alphanumeric()).then_some(num)
}

pub fn memmem(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        match hay[i..hay.len() - needle.len() + 1].iter().position(|&c| c == first) {
            None => return None,
            Some(p) => {
                i += p;
                if hay[i..].starts_with(needle) {
                    return Some(i);
                }
                i += 1;
            }
        }
    }
    None
}
