//! The record's language, from the frequency of short function words that are
//! frequent in one of English, French and Spanish and rare in the other two.

use crate::model::Language;

pub fn detect(text: &str) -> Language {
    let sample = super::text::prefix(text, 60_000);
    let count = |words: &[&str]| -> usize { words.iter().map(|w| sample.matches(w).count()).sum() };
    let en = count(&[" the ", " and ", " of ", " said ", " was ", " that "]);
    let fr = count(&[" les ", " des ", " est ", " et ", " du ", " une ", " dans "]);
    let es = count(&[" los ", " las ", " del ", " y ", " el ", " una ", " por "]);
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
