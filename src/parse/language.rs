//! The record's language, from the frequency of short function words that are
//! frequent in one of English, French and Spanish and rare in the other two.

use crate::model::Language;

pub fn detect(text: &str) -> Language {
    // One pass over the words of the first 16 KB: enough words to decide, and cheap.
    let sample = super::text::prefix(text, 16_000);
    let (mut en, mut fr, mut es) = (0usize, 0usize, 0usize);
    for word in sample.split_ascii_whitespace() {
        match word {
            "the" | "and" | "of" | "said" | "was" | "that" => en += 1,
            "les" | "des" | "est" | "et" | "du" | "une" | "dans" => fr += 1,
            "los" | "las" | "del" | "y" | "el" | "una" | "por" => es += 1,
            _ => {}
        }
    }
    if fr > en && fr >= es {
        Language::Fr
    } else if es > en && es > fr {
        Language::Es
    } else {
        Language::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_detect_languages() {
        assert_eq!(detect("The Chair said that the State party and the Committee of the"), Language::En);
        assert_eq!(detect("La Présidente dit que les membres des comités et du Comité est une"), Language::Fr);
        assert_eq!(detect("El Presidente dice que los miembros del Comité y las partes por una"), Language::Es);
    }
}
