//! Locales: the fallback chain of a page's language (SPEC sections 1 and 5) and its
//! writing direction. Chains are built here, never negotiated, so a `vi` site never
//! picks `vi-VN` strings.

use super::config::Config;
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// The locale, its `fallback` list (else its parents by dropping subtags), then the
/// workspace's source locale; each once.
pub fn chain(config: &Config, locale: &str) -> Vec<String> {
    let mut out = vec![locale.to_string()];
    match config.locales.iter().find(|l| l.id == locale).filter(|l| !l.fallback.is_empty()) {
        Some(settings) => out.extend(settings.fallback.iter().cloned()),
        None => {
            let mut tag = locale;
            while let Some((parent, _)) = tag.rsplit_once('-') {
                out.push(parent.to_string());
                tag = parent;
            }
        }
    }
    out.push(config.source_locale.clone());
    let mut seen = std::collections::HashSet::new();
    out.retain(|l| seen.insert(l.clone()));
    out
}

/// `rtl` for right-to-left scripts (Arabic, Hebrew, Persian...), else `ltr`.
pub fn direction(locale: &str) -> &'static str {
    match locale.parse::<LanguageIdentifier>().map(|l| l.character_direction()) {
        Ok(CharacterDirection::RTL) => "rtl",
        _ => "ltr",
    }
}

/// Whether `tag` is a BCP 47 language tag as glocal writes them (`pt-BR`, not `pt_BR`).
pub fn is_language_tag(tag: &str) -> bool {
    !tag.contains('_') && tag.parse::<LanguageIdentifier>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::config::LocaleSettings;

    fn config(locales: Vec<LocaleSettings>) -> Config {
        let mut c: Config = yaml_serde::from_str("title: t\nsource_locale: en\n").unwrap();
        c.locales = locales;
        c
    }

    #[test]
    fn a_chain_drops_subtags_then_ends_with_the_source_locale() {
        assert_eq!(chain(&config(vec![]), "vi-VN"), ["vi-VN", "vi", "en"]);
        assert_eq!(chain(&config(vec![]), "zh-Hant-TW"), ["zh-Hant-TW", "zh-Hant", "zh", "en"]);
        assert_eq!(chain(&config(vec![]), "en"), ["en"]);
    }

    #[test]
    fn a_declared_fallback_replaces_the_parents() {
        let pt = LocaleSettings { id: "pt-BR".into(), fallback: vec!["pt".into(), "es".into()], name: None };
        assert_eq!(chain(&config(vec![pt]), "pt-BR"), ["pt-BR", "pt", "es", "en"]);
    }

    #[test]
    fn a_vi_chain_never_contains_vi_vn() {
        assert!(!chain(&config(vec![]), "vi").contains(&"vi-VN".to_string()));
    }

    #[test]
    fn arabic_and_hebrew_are_right_to_left() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("he"), "rtl");
        assert_eq!(direction("vi"), "ltr");
    }
}
