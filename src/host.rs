//! Whom an iframe viewer listens to. Any page that holds a reference to the frame can post it a
//! message, so the viewer accepts `recordline:load` and `recordline:goto` only from its parent
//! window, and only when the parent's origin is one the host listed in the frame's address
//! (`index.html?embed=1&origin=https://ngo.example`, several with commas or repeated `origin=`).
//! With no `origin=` listed, only a parent of the viewer's own origin is heard.
//!
//! Pure functions, so the rule is tested natively; `ui/frame.rs` applies it.

/// The origins listed in a query string (`?embed=1&origin=https%3A%2F%2Fngo.example,https://b.example`).
pub fn listed_origins(query: &str) -> Vec<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(k, _)| *k == "origin")
        .flat_map(|(_, v)| {
            percent_decode(v).split(',').map(|o| o.trim().trim_end_matches('/').to_string()).collect::<Vec<_>>()
        })
        .filter(|o| !o.is_empty())
        .collect()
}

/// Does the viewer (at `own` origin) accept a message from `origin`, sent by its parent
/// (`from_parent`)? `listed` are the origins of [`listed_origins`].
pub fn accepts(listed: &[String], own: &str, origin: &str, from_parent: bool) -> bool {
    if !from_parent || origin.is_empty() || origin == "null" {
        return false;
    }
    if listed.is_empty() {
        return origin == own;
    }
    listed.iter().any(|l| l == "*" || l == origin)
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                match u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(v) => {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_the_listed_origins() {
        assert_eq!(listed_origins("?embed=1&src=a.txt"), Vec::<String>::new());
        assert_eq!(listed_origins("?embed=1&origin=https%3A%2F%2Fngo.example"), ["https://ngo.example"]);
        assert_eq!(
            listed_origins("embed=1&origin=https://a.example/,https://b.example&origin=http://localhost:8080"),
            ["https://a.example", "https://b.example", "http://localhost:8080"]
        );
    }

    #[test]
    fn should_hear_only_the_parent_from_a_listed_origin() {
        let listed = vec!["https://ngo.example".to_string()];
        let own = "https://recordline.example";
        assert!(accepts(&listed, own, "https://ngo.example", true));
        assert!(!accepts(&listed, own, "https://ngo.example", false), "not the parent window");
        assert!(!accepts(&listed, own, "https://evil.example", true), "an origin not listed");
        assert!(!accepts(&listed, own, "null", true), "an opaque origin");
        assert!(accepts(&[], own, own, true), "no list: the viewer's own origin");
        assert!(!accepts(&[], own, "https://ngo.example", true), "no list: no other origin");
        assert!(accepts(&["*".to_string()], own, "https://any.example", true), "a host may open it to all");
    }
}
