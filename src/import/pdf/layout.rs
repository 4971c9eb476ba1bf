//! Reading order: placed glyphs to lines of text, the way a person reads the page.
//!
//! 1. *Gutter.* The UN's verbatim records are set in two columns below a full-width
//!    masthead. A gutter is an x near the middle of the page that (almost) no glyph covers
//!    while both sides are full of text; word gaps in justified lines never line up that way.
//!    Beside it there may be an *edge gutter*: a clear valley before a narrow strip of text
//!    at a side whose lines do not line up with the column's (a 1950 scan that caught part
//!    of the facing page); labels hung in a margin ("In favour:") line up, and stay.
//! 2. *Lines.* Glyphs are grouped by baseline. A line with a gap at every gutter splits into
//!    one part per column; a line with text across a gutter is a *full-width* line.
//! 3. *Bands.* The page is read top to bottom in bands. A full-width line ends a band, and so
//!    does a wide blank space across the page after a few lines (the masthead's rows); each
//!    band is read column by column from the left, and bands are separated by a
//!    blank line as `pdftotext` separates blocks.
//! 4. *Text.* Within a part, glyphs keep their drawing order in runs, runs are ordered by x,
//!    a gap wider than a fifth of the font size is a space, and a glyph drawn twice at the
//!    same place (bold by overprinting) counts once.

use super::content::{Glyph, Page};

/// The page's text, one string per output line (empty strings are blank lines), read
/// with `gutters` as the column gutters, left to right (see [`gutters`] and [`fits`]).
pub fn lines(page: &Page, gutters: &[f64]) -> Vec<String> {
    let glyphs = &page.glyphs;
    if glyphs.is_empty() {
        return Vec::new();
    }
    let mut rows = rows(glyphs);
    rows.sort_by(|a, b| b.y.total_cmp(&a.y));
    let spacing = typical_spacing(&rows, glyphs, gutters);
    let mut out = Vec::new();
    let mut columns: Vec<Vec<Line>> = vec![Vec::new(); gutters.len() + 1];
    let mut last_y: Option<f64> = None;
    // A column's lines, with a blank line where a wider space separates blocks.
    let column = |out: &mut Vec<String>, col: &mut Vec<Line>| {
        if col.is_empty() {
            return;
        }
        if out.last().is_some_and(|l| !l.is_empty()) {
            out.push(String::new());
        }
        let mut prev: Option<f64> = None;
        for (y, text) in col.drain(..) {
            if prev.is_some_and(|p| p - y > 1.45 * spacing) {
                out.push(String::new());
            }
            prev = Some(y);
            out.push(text);
        }
    };
    let flush = |out: &mut Vec<String>, columns: &mut Vec<Vec<Line>>| {
        for col in columns.iter_mut() {
            column(out, col);
        }
    };
    // Full-width lines read as one more column of their own.
    let mut full: Vec<Line> = Vec::new();
    for row in &rows {
        let parts = split(row, glyphs, gutters);
        if let Some(prev) = last_y {
            let small_band = columns.iter().map(Vec::len).max().unwrap_or(0) <= 4;
            if prev - row.y > 1.8 * spacing && small_band {
                column(&mut out, &mut full);
                flush(&mut out, &mut columns);
            }
        }
        last_y = Some(row.y);
        match parts {
            Parts::Full(idx) => {
                flush(&mut out, &mut columns);
                full.push((row.y, text(&idx, glyphs, &page.text)));
            }
            Parts::Split(cols) => {
                column(&mut out, &mut full);
                for (c, idx) in cols.iter().enumerate() {
                    if !idx.is_empty() {
                        columns[c].push((row.y, text(idx, glyphs, &page.text)));
                    }
                }
            }
        }
    }
    column(&mut out, &mut full);
    flush(&mut out, &mut columns);
    out.retain(|l| l.is_empty() || !l.trim().is_empty());
    for l in &mut out {
        let start = l.len() - l.trim_start().len();
        l.drain(..start);
    }
    out
}

/// A line's baseline and text.
type Line = (f64, String);

struct Row {
    y: f64,
    /// Glyph indices in drawing order.
    glyphs: Vec<usize>,
}

enum Parts {
    Full(Vec<usize>),
    /// One list of glyphs per column, left to right.
    Split(Vec<Vec<usize>>),
}

fn covers(g: &Glyph, x: f64) -> bool {
    !g.blank && g.x < x + 1.0 && g.x + g.w > x - 1.0
}

/// Whether a gutter found on other pages of the document also fits this page (its first
/// page under a masthead, its last with a short right column): at least two rows of text on
/// each side of it, and fewer than half the rows across it.
pub fn fits(page: &Page, g: f64) -> bool {
    let rows = rows(&page.glyphs);
    let (mut left, mut right, mut across) = (0, 0, 0);
    for row in &rows {
        match split(row, &page.glyphs, &[g]) {
            Parts::Full(_) => across += 1,
            Parts::Split(cols) => {
                left += usize::from(!cols[0].is_empty());
                right += usize::from(!cols[1].is_empty());
            }
        }
    }
    left >= 2 && right >= 1 && across * 2 < rows.len()
}

/// The page's own column gutters, left to right: the main one near the middle if the page
/// clearly has one, and beside it an edge gutter where a narrow strip of text stands apart
/// at a side (a scan that caught part of the facing page).
pub fn gutters(page: &Page, width: f64) -> Vec<f64> {
    let Some((main, coverage)) = gutter(page, width) else { return Vec::new() };
    let mut out = vec![main];
    let m = (main / 2.0) as usize;
    let busy = |r: std::ops::Range<usize>| coverage.get(r).map_or(0, |c| c.iter().copied().max().unwrap_or(0));
    let last = coverage.iter().rposition(|&c| c > 0).unwrap_or(0);
    let first = coverage.iter().position(|&c| c > 0).unwrap_or(0);
    // Scan outwards from the main gutter, on each side, for a clear valley with text beyond.
    for right in [true, false] {
        let side_busy = if right { busy(m..last + 1) } else { busy(first..m) };
        let threshold = (side_busy / 8).max(1);
        let candidates: Vec<usize> = if right {
            (m + 20..last.saturating_sub(2)).collect()
        } else {
            (first + 3..m.saturating_sub(20)).rev().collect()
        };
        let mut run = 0;
        for &i in &candidates {
            if coverage[i] <= threshold {
                run += 1;
                let beyond = if right { busy(i..last + 1) } else { busy(first..i) };
                // A strip: text beyond the valley, but a narrow one (under 15 % of the page).
                let strip = if right { last - i } else { i - first } as f64 * 2.0;
                if run >= 4 && beyond >= 5 && strip < 0.15 * width {
                    let centre = (if right { i - run / 2 } else { i + run / 2 }) as f64 * 2.0;
                    // Labels hung in a margin ("In favour:" before a vote list) share their
                    // lines with the column beside them; a strip of another page does not.
                    if !aligned(&page.glyphs, centre, main, right) {
                        out.push(centre);
                    }
                    break;
                }
            } else {
                run = 0;
            }
        }
    }
    out.sort_by(f64::total_cmp);
    out
}

/// Whether most lines of the strip beyond `edge` sit on the baselines of the column
/// between `edge` and the main gutter.
fn aligned(glyphs: &[Glyph], edge: f64, main: f64, right: bool) -> bool {
    let in_strip = |x: f64| if right { x >= edge } else { x < edge };
    let in_column = |x: f64| if right { x >= main && x < edge } else { x >= edge && x < main };
    let mut strip: Vec<f64> = glyphs.iter().filter(|g| !g.blank && in_strip(g.x)).map(|g| g.y).collect();
    let mut column: Vec<f64> = glyphs.iter().filter(|g| !g.blank && in_column(g.x)).map(|g| g.y).collect();
    for ys in [&mut strip, &mut column] {
        ys.sort_by(f64::total_cmp);
        ys.dedup_by(|a, b| (*a - *b).abs() < 1.0);
    }
    let matched = strip.iter().filter(|&&y| column.iter().any(|&c| (c - y).abs() < 1.0)).count();
    matched * 2 >= strip.len()
}

/// The main gutter near the middle (x, in points) and the page's coverage (glyphs per
/// 2-point bin), if the page clearly has one.
fn gutter(page: &Page, width: f64) -> Option<(f64, Vec<usize>)> {
    let glyphs = &page.glyphs;
    let width = if width.is_finite() && width > 50.0 { width } else { 612.0 };
    let bins = (width / 2.0).ceil() as usize + 1;
    let mut coverage = vec![0usize; bins];
    for g in glyphs.iter().filter(|g| !g.blank) {
        let (a, b) = ((g.x / 2.0).floor(), ((g.x + g.w) / 2.0).floor());
        if !(a.is_finite() && b.is_finite()) || a < 0.0 || b >= bins as f64 {
            continue;
        }
        for c in &mut coverage[a as usize..=b as usize] {
            *c += 1;
        }
    }
    let (lo, hi) = ((bins as f64 * 0.3) as usize, (bins as f64 * 0.7) as usize);
    let busy = |range: std::ops::Range<usize>| coverage[range].iter().copied().max().unwrap_or(0);
    let mut best: Option<(usize, usize)> = None;
    let mut i = lo;
    while i < hi {
        let threshold = (busy(0..i).min(busy(i..bins)) / 6).max(1);
        if coverage[i] <= threshold && busy(0..i) >= 12 && busy(i..bins) >= 12 {
            let start = i;
            while i < hi && coverage[i] <= threshold {
                i += 1;
            }
            if best.is_none_or(|(s, e)| i - start > e - s) {
                best = Some((start, i));
            }
        }
        i += 1;
    }
    // A gutter is at least a few points wide.
    best.filter(|(s, e)| e - s >= 3).map(|(s, e)| ((s + e) as f64, coverage))
}

fn rows(glyphs: &[Glyph]) -> Vec<Row> {
    let mut order: Vec<usize> = (0..glyphs.len()).collect();
    order.sort_by(|&a, &b| glyphs[b].y.total_cmp(&glyphs[a].y));
    let mut rows: Vec<Row> = Vec::new();
    for i in order {
        let g = &glyphs[i];
        match rows.last_mut() {
            Some(r) if (r.y - g.y).abs() < 0.3 * g.size.max(1.0) => r.glyphs.push(i),
            _ => rows.push(Row { y: g.y, glyphs: vec![i] }),
        }
    }
    for r in &mut rows {
        r.glyphs.sort_unstable();
    }
    rows
}

/// The usual distance between baselines in one column.
fn typical_spacing(rows: &[Row], glyphs: &[Glyph], gutters: &[f64]) -> f64 {
    let mut gaps: Vec<f64> = Vec::new();
    for col in 0..=gutters.len() {
        let ys: Vec<f64> = rows
            .iter()
            .filter(|r| r.glyphs.iter().any(|&i| column_of(glyphs[i].x, gutters) == col))
            .map(|r| r.y)
            .collect();
        gaps.extend(ys.windows(2).map(|w| w[0] - w[1]).filter(|d| *d > 0.5));
    }
    if gaps.is_empty() {
        return 12.0;
    }
    gaps.sort_by(f64::total_cmp);
    gaps[gaps.len() / 2]
}

/// The column `x` falls in, given the gutters left to right.
fn column_of(x: f64, gutters: &[f64]) -> usize {
    gutters.iter().take_while(|&&g| x >= g).count()
}

fn split(row: &Row, glyphs: &[Glyph], gutters: &[f64]) -> Parts {
    if gutters.is_empty() || row.glyphs.iter().any(|&i| gutters.iter().any(|&g| covers(&glyphs[i], g))) {
        return Parts::Full(row.glyphs.clone());
    }
    let mut cols = vec![Vec::new(); gutters.len() + 1];
    for &i in &row.glyphs {
        cols[column_of(glyphs[i].x, gutters)].push(i);
    }
    Parts::Split(cols)
}

fn text(idx: &[usize], glyphs: &[Glyph], buf: &str) -> String {
    // Runs in drawing order; a run ends where the pen jumps back.
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for &i in idx {
        let g = &glyphs[i];
        match runs.last_mut() {
            Some(run)
                if {
                    let p = &glyphs[*run.last().unwrap_or(&i)];
                    g.x >= p.x + p.w - 0.6 * g.size.max(1.0)
                } =>
            {
                run.push(i)
            }
            _ => runs.push(vec![i]),
        }
    }
    runs.sort_by(|a, b| glyphs[a[0]].x.total_cmp(&glyphs[b[0]].x));
    let mut out = String::new();
    let mut prev: Option<&Glyph> = None;
    for i in runs.into_iter().flatten() {
        let g = &glyphs[i];
        let t = buf.get(g.text.0 as usize..g.text.1 as usize).unwrap_or("");
        if let Some(p) = prev {
            // Overprinted bold: the same text again within a fraction of a point.
            if (g.x - p.x).abs() < 0.5 * g.size.max(1.0) * 0.3
                && buf.get(p.text.0 as usize..p.text.1 as usize) == Some(t)
            {
                continue;
            }
            let gap = g.x - (p.x + p.w);
            let min_gap = if g.placed { 0.05 } else { 0.15 } * g.size.max(1.0);
            if gap > min_gap && !out.ends_with(' ') && !t.starts_with(' ') {
                out.push(' ');
            }
        }
        out.push_str(t);
        prev = Some(g);
    }
    out.trim_end().to_string()
}
