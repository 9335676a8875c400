//! How file names say what a file is: `X.<locale>.md` is a translation of `X.md`,
//! never a lesson of its own (SPEC sections 2 and 5).

use std::collections::BTreeSet;
use unic_langid::LanguageIdentifier;

/// The locale a file stem names as a translation (`01-why.vi` -> `vi`): a language
/// tag whose language subtag has two or three letters.
pub fn translation_locale(stem: &str) -> Option<(&str, &str)> {
    let (base, tag) = stem.rsplit_once('.')?;
    let id: LanguageIdentifier = tag.parse().ok()?;
    (!base.is_empty() && (2..=3).contains(&id.language.as_str().len()) && tag != "und").then_some((base, tag))
}

/// `X.<locale>` is a translation of `X`, never a lesson of its own. A locale no
/// target builds still makes a translation (and `check` says it is never shown).
pub fn is_translation(stem: &str, known: &BTreeSet<String>) -> bool {
    stem.rsplit_once('.').is_some_and(|(_, l)| known.contains(l)) || translation_locale(stem).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stem_ending_in_a_language_tag_is_a_translation() {
        assert_eq!(translation_locale("01-why.vi"), Some(("01-why", "vi")));
        assert_eq!(translation_locale("course.pt-BR"), Some(("course", "pt-BR")));
        assert_eq!(translation_locale("01-why"), None);
        assert_eq!(translation_locale("notes.v2"), None);
        assert_eq!(translation_locale("plan.final"), None);
        assert!(is_translation("x.tlh", &BTreeSet::from(["tlh".to_string()])));
    }
}
