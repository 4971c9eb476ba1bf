//! Search terms: the words of a text, lower-cased and without accents, so that "Sénégal",
//! "senegal" and "SENEGAL" meet, as do "migración" and "migracion".
//!
//! A term is a run of letters and digits (apostrophes and hyphens split words: "l'article"
//! gives "l" and "article"; "follow-up" gives "follow" and "up").

/// `c` lower-cased with its accent removed (Latin letters of French, Spanish and the other
/// Latin-script languages of UN records); other characters lower-cased as they are.
pub fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => {
            'a'
        }
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => 'c',
        'ď' | 'đ' | 'Ď' | 'Đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => {
            'e'
        }
        'ğ' | 'Ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => 'i',
        'ł' | 'ľ' | 'Ł' | 'Ľ' => 'l',
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => {
            'o'
        }
        'ř' | 'Ř' => 'r',
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => 's',
        'ť' | 'ţ' | 'Ť' | 'Ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'u',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'æ' | 'Æ' => {
            out.push_str("ae");
            return;
        }
        'œ' | 'Œ' => {
            out.push_str("oe");
            return;
        }
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(base);
}

/// `s` folded whole: lower case, no accents.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// `s` folded onto the end of `out` (most words are ASCII: lower-cased byte by byte).
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.extend(s.bytes().map(|b| b.to_ascii_lowercase() as char));
        return;
    }
    for c in s.chars() {
        fold_char(c, out);
    }
}

/// Who a speaker is across records and languages: the name without its honorifics, folded.
/// "Mr. Khalafov", "M. KHALAFOV" and "Sr. Khalafov" are one person; offices ("The Chair")
/// are kept as they are.
pub fn person_key(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let honorific = |w: &str| {
        let w = w.trim_end_matches('.');
        // As printed, or typed in lower case by a reader ("mr. huseynov").
        let mut c = w.chars();
        let capitalised: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
        crate::parse::vocabulary::honorific_word(w) || crate::parse::vocabulary::honorific_word(&capitalised)
    };
    let skip = words.iter().take_while(|w| honorific(w)).count();
    // A name that is only honorifics stays whole.
    let rest = if skip < words.len() { &words[skip..] } else { &words[..] };
    fold(&rest.join(" "))
}

/// The words of `s`: its runs of letters and digits, in order. The one definition of a word
/// for the index, the query and the marks.
pub fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// Byte ranges of [`words`] in `s`.
pub fn word_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // `words` yields sub-slices of `s`, so each one's offset is its distance from `s`'s start.
    words(s).map(move |w| {
        let start = w.as_ptr() as usize - s.as_ptr() as usize;
        (start, start + w.len())
    })
}

/// The terms of `s`, in order, repeats included.
pub fn terms(s: &str) -> impl Iterator<Item = String> + '_ {
    words(s).map(fold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_give_each_words_place() {
        let s = "¿Qué? l'État, 3-4";
        let spans: Vec<&str> = word_spans(s).map(|(a, b)| &s[a..b]).collect();
        assert_eq!(spans, words(s).collect::<Vec<_>>());
        assert_eq!(spans, ["Qué", "l", "État", "3", "4"]);
    }

    #[test]
    fn should_know_one_person_across_languages() {
        assert_eq!(person_key("Mr. Khalafov"), "khalafov");
        assert_eq!(person_key("M. KHALAFOV"), "khalafov");
        assert_eq!(person_key("Sr.  Khalafov"), "khalafov");
        assert_eq!(person_key("Ms. Šimonović"), "simonovic");
        assert_eq!(person_key("The Chair"), "the chair");
        assert_eq!(person_key("mr. huseynov"), "huseynov");
    }

    #[test]
    fn should_fold_case_and_accents_of_french_and_spanish() {
        assert_eq!(fold("Sénégal"), "senegal");
        assert_eq!(fold("MIGRACIÓN"), "migracion");
        assert_eq!(fold("Œuvre Ñandú"), "oeuvre nandu");
        assert_eq!(
            terms("l'article 9, follow-up (CMW/C/AZE/3)").collect::<Vec<_>>(),
            ["l", "article", "9", "follow", "up", "cmw", "c", "aze", "3"]
        );
    }
}
