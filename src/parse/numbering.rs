//! Paragraph numbers.
//!
//! Forms: `1.The Chair` (the tab after the number lost, most OHCHR pages),
//! `1. The CHAIRMAN`, `2.   Mr. Panggabean`, `- 3.` (Markdown list marker),
//! `4. El PRESIDENTE`. A number is 1 to 3 digits followed by a full stop that is
//! not the decimal point of "1.5".
//!
//! Where a record numbers its paragraphs and a number was lost in conversion
//! (the seed's paragraph 3), the number is inferred from its neighbours, but only
//! when the gap holds exactly as many unnumbered paragraphs as numbers missing.

use crate::model::{Diagnostic, DiagnosticKind, Paragraph, Severity};

/// Splits a leading paragraph number from the text.
pub fn split_number(text: &str) -> (Option<u32>, &str) {
    let t = text.strip_prefix("- ").unwrap_or(text);
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 3 {
        return (None, text);
    }
    let rest = &t[n..];
    let Some(after) = rest.strip_prefix('.').or_else(|| lost_full_stop(rest)) else {
        return (None, text);
    };
    if after.starts_with(|c: char| c.is_ascii_digit()) || after.trim().is_empty() {
        return (None, text);
    }
    match t[..n].parse::<u32>() {
        Ok(0) | Err(_) => (None, text),
        Ok(num) => (Some(num), after.trim_start()),
    }
}

/// OCR and copying lose the full stop after a number: "61 Ms. Lindqvist (Sweden) said". Only a
/// speaker's name after the space makes the number a paragraph number ("61 States" is not).
fn lost_full_stop(rest: &str) -> Option<&str> {
    let after = rest.strip_prefix(' ')?;
    super::speaker::subject(after).filter(|s| s.title.is_none() || after.starts_with("The ")).map(|_| after)
}

/// Fills in lost numbers and reports gaps, duplicates and numbers out of order.
/// `taken` are the numbers printed on events ("37. The meeting was suspended ..."): no gap there.
pub fn infer_and_check(paragraphs: &mut [Paragraph], taken: &[u32], diagnostics: &mut Vec<Diagnostic>) {
    let numbered: Vec<usize> = (0..paragraphs.len()).filter(|&i| paragraphs[i].number.is_some()).collect();
    if numbered.len() < 2 {
        return;
    }
    infer_run(paragraphs, None, numbered[0], diagnostics);
    for w in numbered.windows(2) {
        infer_run(paragraphs, Some(w[0]), w[1], diagnostics);
    }
    check_sequence(paragraphs, taken, diagnostics);
}

/// Infers numbers for the unnumbered paragraphs strictly between `from` and `to`.
fn infer_run(paragraphs: &mut [Paragraph], from: Option<usize>, to: usize, diagnostics: &mut Vec<Diagnostic>) {
    let start = from.map_or(0, |f| f + 1);
    let low = from.and_then(|f| paragraphs[f].number).unwrap_or(0);
    let Some(high) = paragraphs[to].number else { return };
    let missing = high.saturating_sub(low + 1) as usize;
    if missing == 0 || missing != to - start {
        return;
    }
    for (k, p) in paragraphs[start..to].iter_mut().enumerate() {
        let n = low + 1 + k as u32;
        p.number = Some(n);
        p.inferred = true;
        diagnostics.push(Diagnostic {
            kind: DiagnosticKind::ParagraphNumberInferred,
            severity: Severity::Info,
            message: format!("paragraph {n} has no number in the text; inferred from its neighbours"),
            span: p.spans.first().copied(),
        });
    }
}

fn check_sequence(paragraphs: &[Paragraph], taken: &[u32], diagnostics: &mut Vec<Diagnostic>) {
    let mut previous: Option<u32> = None;
    for p in paragraphs {
        let Some(n) = p.number else { continue };
        let span = p.spans.first().copied();
        if let Some(prev) = previous {
            let (kind, message) = if n == prev {
                (DiagnosticKind::ParagraphNumberDuplicate, format!("paragraph number {n} appears twice"))
            } else if n < prev {
                (DiagnosticKind::ParagraphNumberOutOfOrder, format!("paragraph {n} comes after paragraph {prev}"))
            } else if n > prev + 1 && !(prev + 1..n).all(|m| taken.contains(&m)) {
                let missing = if n == prev + 2 { format!("{}", prev + 1) } else { format!("{}-{}", prev + 1, n - 1) };
                (
                    DiagnosticKind::ParagraphNumberGap,
                    format!("paragraph numbers jump from {prev} to {n} ({missing} missing)"),
                )
            } else {
                previous = Some(n);
                continue;
            };
            diagnostics.push(Diagnostic { kind, severity: Severity::Warning, message, span });
        }
        previous = Some(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_split_numbers_in_their_printed_forms() {
        assert_eq!(split_number("1.The Chair said"), (Some(1), "The Chair said"));
        assert_eq!(split_number("2.   Mr. Panggabean"), (Some(2), "Mr. Panggabean"));
        assert_eq!(split_number("- 3. He said"), (Some(3), "He said"));
        assert_eq!(split_number("1.5 million people"), (None, "1.5 million people"));
        assert_eq!(split_number("2009. The"), (None, "2009. The"));
        assert_eq!(split_number("12."), (None, "12."));
        assert_eq!(split_number("61 Ms. Lindqvist (Sweden) said"), (Some(61), "Ms. Lindqvist (Sweden) said"));
        assert_eq!(split_number("61 States voted"), (None, "61 States voted"));
    }
}
