//! HTML pages (saved from OHCHR's document store, UNISPAL, a browser): the body's text
//! with block boundaries kept as line breaks, bold kept as `**` and italics as `*` (hints
//! the parser reads for speaker names and stage directions), scripts, styles and comments
//! dropped, character references decoded. The result is plain text: nothing of the page
//! is ever put into the app's page as HTML.

/// Does this text look like an HTML document?
pub fn looks_like_html(text: &str) -> bool {
    let head = super::super::parse::text::prefix(text.trim_start(), 1024).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body") || head.contains("<head")
}

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "blockquote",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "dd",
    "dt",
    "dl",
    "pre",
    "hr",
    "title",
    "td",
    "th",
];

pub fn text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some(lt) = rest.find('<') {
        if skip_until.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(end) = rest.find('>') else {
            // A '<' that opens no tag is text.
            if skip_until.is_none() {
                push_text(&mut out, rest);
            }
            rest = "";
            break;
        };
        let tag = &rest[1..end];
        rest = &rest[(end + 1).min(rest.len())..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(until) = skip_until {
            if closing && name == until {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" | "style" | "head" | "noscript" | "template" | "svg" if !closing => {
                skip_until = Some(match name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    "head" => "head",
                    "noscript" => "noscript",
                    "template" => "template",
                    _ => "svg",
                })
            }
            "b" | "strong" => out.push_str("**"),
            "i" | "em" => out.push('*'),
            n if BLOCKS.contains(&n) => {
                let paragraph =
                    matches!(n, "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table" | "tr" | "li");
                out.push_str(if paragraph { "\n\n" } else { "\n" });
            }
            _ => {}
        }
    }
    if skip_until.is_none() {
        push_text(&mut out, rest);
    }
    tidy(&out)
}

fn push_text(out: &mut String, raw: &str) {
    push_spaced(out, &decode_entities(raw));
}

/// HTML whitespace (including line breaks in the source) is one space.
fn push_spaced(out: &mut String, s: &str) {
    for (i, part) in s.split(|c: char| c.is_ascii_whitespace()).enumerate() {
        if i > 0 && !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
        out.push_str(part);
    }
}

/// Decodes character references in text (`&amp;`, `&#8217;`, `&eacute;`).
pub fn decode_entities(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut s = raw;
    while let Some(amp) = s.find('&') {
        out.push_str(&s[..amp]);
        s = &s[amp..];
        match entity(s) {
            Some((c, used)) => {
                out.push(c);
                s = &s[used..];
            }
            None => {
                out.push('&');
                s = &s[1..];
            }
        }
    }
    out.push_str(s);
    out
}

fn entity(s: &str) -> Option<(char, usize)> {
    let end = crate::parse::text::prefix(s, 12).find(';')?;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
        char::from_u32(u32::from_str_radix(num, 16).ok()?)?
    } else if let Some(num) = body.strip_prefix('#') {
        char::from_u32(num.parse().ok()?)?
    } else {
        named(body)?
    };
    Some((c, end + 1))
}

fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "deg" => '°',
        "ordm" => 'º',
        "ordf" => 'ª',
        "sect" => '§',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "aacute" => 'á',
        "agrave" => 'à',
        "acirc" => 'â',
        "auml" => 'ä',
        "iacute" => 'í',
        "icirc" => 'î',
        "iuml" => 'ï',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "ouml" => 'ö',
        "uacute" => 'ú',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "Eacute" => 'É',
        "Agrave" => 'À',
        "Ccedil" => 'Ç',
        "Uuml" => 'Ü',
        "Ouml" => 'Ö',
        "Auml" => 'Ä',
        "Ntilde" => 'Ñ',
        "szlig" => 'ß',
        "oelig" => 'œ',
        "iexcl" => '¡',
        "iquest" => '¿',
        _ => return None,
    })
}

/// Trims each line and keeps at most one blank line between paragraphs.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = true;
    for line in s.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
            continue;
        }
        out.push_str(line);
        out.push('\n');
        blank = false;
    }
    let end = out.trim_end().len();
    out.truncate(end);
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_keep_paragraphs_bold_and_entities() {
        let page = "<html><head><title>x</title><style>p{color:red}</style></head><body>\n<p>1.The <b>Chair</b> said that the Committee&#8217;s report &amp; its annex were ready.</p><p><i>It was so decided.</i></p><script>alert(1)</script></body></html>";
        assert_eq!(
            text(page),
            "1.The **Chair** said that the Committee’s report & its annex were ready.\n\n*It was so decided.*\n"
        );
    }

    #[test]
    fn should_never_keep_markup_or_script() {
        let hostile = "<body><img src=x onerror=\"alert(1)\"><p>Text<script>document.write('x')</script> here</p><!-- <b>no</b> --></body>";
        let t = text(hostile);
        assert_eq!(t.trim(), "Text here");
        assert!(!t.contains('<') && !t.contains("onerror"));
    }

    #[test]
    fn should_survive_broken_references() {
        assert_eq!(decode_entities("a &éééé; b &#xZZ; c &#99999999; d &"), "a &éééé; b &#xZZ; c &#99999999; d &");
        assert_eq!(text("<p>&amp</p><p>x &lt y</p><"), "&amp\n\nx &lt y\n\n<\n");
    }
}
